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
        <location filename="../../desktop/widgets/cards.py" line="+62"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Consistency</name>
    <message numerus="yes">
        <location filename="../../desktop/consistency_html.py" line="+51"/>
        <source>How the team handled each reason over %n day(s) with contacts. &lt;i&gt;The usual way&lt;/i&gt; is the outcome the team agreed for the reason (marked ✓), else the one most contacts had. &lt;i&gt;Came back&lt;/i&gt;: another contact about the same case within %1 days.</source>
        <translation>
            <numerusform>How the team handled each reason over %n day with contacts. &lt;i&gt;The usual way&lt;/i&gt; is the outcome the team agreed for the reason (marked ✓), else the one most contacts had. &lt;i&gt;Came back&lt;/i&gt;: another contact about the same case within %1 days.</numerusform>
            <numerusform>How the team handled each reason over %n days with contacts. &lt;i&gt;The usual way&lt;/i&gt; is the outcome the team agreed for the reason (marked ✓), else the one most contacts had. &lt;i&gt;Came back&lt;/i&gt;: another contact about the same case within %1 days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsistencyText</name>
    <message numerus="yes">
        <location filename="../../core/reasons/text.py" line="+23"/>
        <source>Consistency per reason, %1 to %2 (%n day(s) with contacts; the team, not per person)</source>
        <translation>
            <numerusform>Consistency per reason, %1 to %2 (%n day with contacts; the team, not per person)</numerusform>
            <numerusform>Consistency per reason, %1 to %2 (%n days with contacts; the team, not per person)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%1%2: %n contact(s) — %3</source>
        <translation>
            <numerusform>%1%2: %n contact — %3</numerusform>
            <numerusform>%1%2: %n contacts — %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactImportDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/contact_import_dialog.py" line="+239"/>
        <source>Import %n row(s)</source>
        <translation>
            <numerusform>Import %n row</numerusform>
            <numerusform>Import %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>Imported %n row(s) from %1</source>
        <translation>
            <numerusform>Imported %n row from %1</numerusform>
            <numerusform>Imported %n rows from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>; %n were imported before</source>
        <translation>
            <numerusform>; %n was imported before</numerusform>
            <numerusform>; %n were imported before</numerusform>
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
    <name>FlagNotes</name>
    <message numerus="yes">
        <location filename="../../core/summary/text.py" line="+96"/>
        <source>pulled into contacts %n time(s) - long blocks in the plan would help</source>
        <translation>
            <numerusform>pulled into contacts %n time - long blocks in the plan would help</numerusform>
            <numerusform>pulled into contacts %n times - long blocks in the plan would help</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n task(s) left open (%1) - worth a handover</source>
        <translation>
            <numerusform>%n task left open (%1) - worth a handover</numerusform>
            <numerusform>%n tasks left open (%1) - worth a handover</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWords</name>
    <message numerus="yes">
        <location filename="../../desktop/contact_import_dialog.py" line="-238"/>
        <source>%n row(s) in the file</source>
        <translation>
            <numerusform>%n row in the file</numerusform>
            <numerusform>%n rows in the file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n ready to import.</source>
        <translation>
            <numerusform>, %n ready to import.</numerusform>
            <numerusform>, %n ready to import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n row(s) cannot be read</source>
        <translation>
            <numerusform>%n row cannot be read</numerusform>
            <numerusform>%n rows cannot be read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n with an agent who is not a team member</source>
        <translation>
            <numerusform>%n with an agent who is not a team member</numerusform>
            <numerusform>%n with an agent who is not a team member</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n with a reason not in the catalogue</source>
        <translation>
            <numerusform>%n with a reason not in the catalogue</numerusform>
            <numerusform>%n with a reason not in the catalogue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailboxDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/mailbox_dialog.py" line="+90"/>
        <source>Connected: %n unanswered mail(s) in %1%2.</source>
        <translation>
            <numerusform>Connected: %n unanswered mail in %1%2.</numerusform>
            <numerusform>Connected: %n unanswered mails in %1%2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MyShiftText</name>
    <message numerus="yes">
        <location filename="../../desktop/panels/myshift_text.py" line="+23"/>
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
    <name>PlanPaint</name>
    <message numerus="yes">
        <location filename="../../desktop/widgets/plan_layout.py" line="+25"/>
        <source>%n switch(es)</source>
        <translation>
            <numerusform>%n switch</numerusform>
            <numerusform>%n switches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanPdf</name>
    <message numerus="yes">
        <location filename="../../desktop/plan_pdf.py" line="+30"/>
        <source>%n on shift</source>
        <translation>
            <numerusform>%n on shift</numerusform>
            <numerusform>%n on shift</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n switch(es) in total</source>
        <translation>
            <numerusform>%n switch in total</numerusform>
            <numerusform>%n switches in total</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlannerActions</name>
    <message numerus="yes">
        <location filename="../../desktop/panels/planner_actions.py" line="+90"/>
        <source>%1 changes %n quarter-hour(s) that have already begun (from %2). The plan for time already worked is what today&apos;s summary compares with. Change it anyway?</source>
        <translation>
            <numerusform>%1 changes %n quarter-hour that has already begun (from %2). The plan for time already worked is what today&apos;s summary compares with. Change it anyway?</numerusform>
            <numerusform>%1 changes %n quarter-hours that have already begun (from %2). The plan for time already worked is what today&apos;s summary compares with. Change it anyway?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlannerText</name>
    <message numerus="yes">
        <location filename="../../desktop/panels/planner_text.py" line="+36"/>
        <source>%n person(s) on shift</source>
        <translation>
            <numerusform>%n person on shift</numerusform>
            <numerusform>%n people on shift</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n switch(es)</source>
        <translation>
            <numerusform>%n switch</numerusform>
            <numerusform>%n switches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>plan rules broken in %n row(s) (underlined in amber; hover for why)</source>
        <translation>
            <numerusform>plan rules broken in %n row (underlined in amber; hover for why)</numerusform>
            <numerusform>plan rules broken in %n rows (underlined in amber; hover for why)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>&lt;b&gt;Proposal&lt;/b&gt; (%1): %n cell(s) change, outlined below · short %2 → %3 staff-hours · switches %4 → %5. Apply stores it; you can undo it.</source>
        <translation>
            <numerusform>&lt;b&gt;Proposal&lt;/b&gt; (%1): %n cell changes, outlined below · short %2 → %3 staff-hours · switches %4 → %5. Apply stores it; you can undo it.</numerusform>
            <numerusform>&lt;b&gt;Proposal&lt;/b&gt; (%1): %n cells change, outlined below · short %2 → %3 staff-hours · switches %4 → %5. Apply stores it; you can undo it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>&lt;b&gt;Simulated&lt;/b&gt;, mean of %n day(s) on the forecast, the same customers for both (a return to back office costs %1 min, an interrupted task %2 min; the “Expected SL” row is this plan):</source>
        <translation>
            <numerusform>&lt;b&gt;Simulated&lt;/b&gt;, mean of %n day on the forecast, the same customers for both (a return to back office costs %1 min, an interrupted task %2 min; the “Expected SL” row is this plan):</numerusform>
            <numerusform>&lt;b&gt;Simulated&lt;/b&gt;, mean of %n days on the forecast, the same customers for both (a return to back office costs %1 min, an interrupted task %2 min; the “Expected SL” row is this plan):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReasonsDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/reasons_dialog.py" line="+178"/>
        <source>Imported: %n change(s).</source>
        <translation>
            <numerusform>Imported: %n change.</numerusform>
            <numerusform>Imported: %n changes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message numerus="yes">
        <location filename="../../desktop/report.py" line="+400"/>
        <source>Tasks and obstacles not picked up yet (%n)</source>
        <translation>
            <numerusform>Tasks and obstacles not picked up yet (%n)</numerusform>
            <numerusform>Tasks and obstacles not picked up yet (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Waiting for an answer (%n)</source>
        <translation>
            <numerusform>Waiting for an answer (%n)</numerusform>
            <numerusform>Waiting for an answer (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Open cases at the end of the day (%n)</source>
        <translation>
            <numerusform>Open cases at the end of the day (%n)</numerusform>
            <numerusform>Open cases at the end of the day (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RosterActions</name>
    <message numerus="yes">
        <location filename="../../desktop/panels/roster_actions.py" line="+111"/>
        <source>Planned %n shift(s) for %1.</source>
        <translation>
            <numerusform>Planned %n shift for %1.</numerusform>
            <numerusform>Planned %n shifts for %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/roster_import.py" line="+195"/>
        <source>%n shift(s) ready to import</source>
        <translation>
            <numerusform>%n shift ready to import</numerusform>
            <numerusform>%n shifts ready to import</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n row(s) with a problem left out (see Problem)</source>
        <translation>
            <numerusform>%n row with a problem left out (see Problem)</numerusform>
            <numerusform>%n rows with a problem left out (see Problem)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Import %n shift(s)</source>
        <translation>
            <numerusform>Import %n shift</numerusform>
            <numerusform>Import %n shifts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Imported %n shift(s)</source>
        <translation>
            <numerusform>Imported %n shift</numerusform>
            <numerusform>Imported %n shifts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n were already there</source>
        <translation>
            <numerusform>%n was already there</numerusform>
            <numerusform>%n were already there</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n row(s) left out</source>
        <translation>
            <numerusform>%n row left out</numerusform>
            <numerusform>%n rows left out</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RosterPanel</name>
    <message numerus="yes">
        <location filename="../../desktop/panels/roster.py" line="+192"/>
        <source>%n shift(s)</source>
        <translation>
            <numerusform>%n shift</numerusform>
            <numerusform>%n shifts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Suggest</name>
    <message numerus="yes">
        <location filename="../../core/live/suggest.py" line="+125"/>
        <source>; %n stay(s) in contact mode</source>
        <translation>
            <numerusform>; %n stays in contact mode</numerusform>
            <numerusform>; %n stay in contact mode</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>%n switch(es) today</source>
        <translation>
            <numerusform>%n switch today</numerusform>
            <numerusform>%n switches today</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryCsv</name>
    <message numerus="yes">
        <location filename="../../core/summary/export.py" line="+84"/>
        <source>pulled into contacts %n time(s)</source>
        <translation>
            <numerusform>pulled into contacts %n time</numerusform>
            <numerusform>pulled into contacts %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n task(s) left open</source>
        <translation>
            <numerusform>%n task left open</numerusform>
            <numerusform>%n tasks left open</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message numerus="yes">
        <location filename="../../desktop/panels/summary.py" line="+335"/>
        <source>%n person(s) on this day</source>
        <translation>
            <numerusform>%n person on this day</numerusform>
            <numerusform>%n people on this day</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryTable</name>
    <message numerus="yes">
        <location filename="../../desktop/models/summary_table.py" line="+89"/>
        <source>%n task(s) left open</source>
        <translation>
            <numerusform>%n task left open</numerusform>
            <numerusform>%n tasks left open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>pulled into contacts %n time(s)</source>
        <translation>
            <numerusform>pulled into contacts %n time</numerusform>
            <numerusform>pulled into contacts %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+195"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location line="+2"/>
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/team_dialog.py" line="+94"/>
        <source>%n on the team.</source>
        <translation>
            <numerusform>%n on the team.</numerusform>
            <numerusform>%n on the team.</numerusform>
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
<context>
    <name>WeekModel</name>
    <message numerus="yes">
        <location filename="../../desktop/models/week_model.py" line="+86"/>
        <source>%n on shift</source>
        <translation>
            <numerusform>%n on shift</numerusform>
            <numerusform>%n on shift</numerusform>
        </translation>
    </message>
</context>
</TS>
