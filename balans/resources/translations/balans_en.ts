<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ActionWords</name>
    <message numerus="yes">
        <location filename="../../desktop/panels/myshift_actions.py" line="+81"/>
        <source>%n action(s) made while the server was away could not be stored: %1</source>
        <translation>
            <numerusform>%n action made while the server was away could not be stored: %1</numerusform>
            <numerusform>%n actions made while the server was away could not be stored: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Board</name>
    <message numerus="yes">
        <location filename="../../desktop/panels/board.py" line="+68"/>
        <source>%n task(s) in progress</source>
        <translation>
            <numerusform>%n task in progress</numerusform>
            <numerusform>%n tasks in progress</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n switch(es) today</source>
        <translation>
            <numerusform>%n switch today</numerusform>
            <numerusform>%n switches today</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoardPanel</name>
    <message numerus="yes">
        <location line="+217"/>
        <source>(%n more after this one)</source>
        <translation>
            <numerusform>(%n more after this one)</numerusform>
            <numerusform>(%n more after this one)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cards</name>
    <message numerus="yes">
        <location filename="../../desktop/widgets/cards.py" line="+70"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DayWords</name>
    <message numerus="yes">
        <location filename="../../desktop/panels/myshift_text.py" line="+39"/>
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
<context>
    <name>MyShiftText</name>
    <message numerus="yes">
        <location line="+23"/>
        <source>⚠ %n task(s) put aside today is/are still open: hand over what won&apos;t get finished.</source>
        <translation>
            <numerusform>⚠ %n task put aside today is still open: hand over what won&apos;t get finished.</numerusform>
            <numerusform>⚠ %n tasks put aside today are still open: hand over what won&apos;t get finished.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>and %n other(s) waiting in your queues</source>
        <translation>
            <numerusform>and %n other waiting in your queues</numerusform>
            <numerusform>and %n others waiting in your queues</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamNow</name>
    <message numerus="yes">
        <location filename="../../desktop/models/team_now.py" line="+94"/>
        <source>%n switch(es)</source>
        <translation>
            <numerusform>%n switch</numerusform>
            <numerusform>%n switches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n switch(es) between contact and back office</source>
        <translation>
            <numerusform>%n switch between contact and back office</numerusform>
            <numerusform>%n switches between contact and back office</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n contact(s) during a task</source>
        <translation>
            <numerusform>%n contact during a task</numerusform>
            <numerusform>%n contacts during a task</numerusform>
        </translation>
    </message>
</context>
</TS>
