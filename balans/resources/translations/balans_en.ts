<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>DayWords</name>
    <message numerus="yes">
        <location filename="../../desktop/panels/myshift_text.py" line="+31"/>
        <source>%n switch(es)</source>
        <translation>
            <numerusform>%n switch</numerusform>
            <numerusform>%n switches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n interruption(s)</source>
        <translation>
            <numerusform>%n interruption</numerusform>
            <numerusform>%n interruptions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n task(s) left open</source>
        <translation>
            <numerusform>%n task left open</numerusform>
            <numerusform>%n tasks left open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n obstacle(s)</source>
        <translation>
            <numerusform>%n obstacle</numerusform>
            <numerusform>%n obstacles</numerusform>
        </translation>
    </message>
</context>
</TS>
