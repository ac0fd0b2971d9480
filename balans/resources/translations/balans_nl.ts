<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop/about.py" line="+20"/>
        <source>This PC only — %1</source>
        <translation>Alleen deze pc — %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team server — %1</source>
        <translation>Teamserver — %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log</source>
        <translation>Logboek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Built with</source>
        <translation>Gemaakt met</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Licence</source>
        <translation>Licentie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MIT — © The Balans authors</source>
        <translation>MIT — © De makers van Balans</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>About Balans</source>
        <translation>Over Balans</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Protected back-office time, visible context switching and unfinished work, for front offices.</source>
        <translation>Beschermde backofficetijd, zichtbaar schakelen en onaf werk, voor frontoffices.</translation>
    </message>
</context>
<context>
    <name>ActionWords</name>
    <message numerus="yes">
        <location filename="../../desktop/panels/myshift_actions.py" line="+81"/>
        <source>%n action(s) made while the server was away could not be stored: %1</source>
        <translation>
            <numerusform>%n actie die je deed terwijl de server weg was, kon niet worden opgeslagen: %1</numerusform>
            <numerusform>%n acties die je deed terwijl de server weg was, konden niet worden opgeslagen: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+58"/>
        <source>You are offline. Switch to contact mode and answer?</source>
        <translation>Je staat offline. Overschakelen naar klantcontact en opnemen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are offline. Switch to contact mode and register it?</source>
        <translation>Je staat offline. Overschakelen naar klantcontact en het contact registreren?</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>You are already serving that contact.</source>
        <translation>Die klant help je al.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 already took that contact.</source>
        <translation>%1 heeft dat contact al opgepakt.</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../desktop/actions.py" line="+20"/>
        <source>&amp;Live board</source>
        <translation>&amp;Live-overzicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queues, backlog and who does what now</source>
        <translation>Wachtrijen, werkvoorraad en wie nu wat doet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;My shift</source>
        <translation>&amp;Mijn dienst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your mode, your contacts and your tasks</source>
        <translation>Je modus, je contacten en je taken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Planner</source>
        <translation>&amp;Planning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan roles for a day</source>
        <translation>Rollen plannen voor een dag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;End of day</source>
        <translation>&amp;Einde van de dag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The summary of a day</source>
        <translation>Het overzicht van een dag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;oster</source>
        <translation>R&amp;ooster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The week&apos;s shifts per team member</source>
        <translation>De diensten van de week per teamlid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team &amp;members…</source>
        <translation>Team&amp;leden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add, change or deactivate team members</source>
        <translation>Teamleden toevoegen, wijzigen of op non-actief zetten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import a roster (CSV)…</source>
        <translation>Rooster &amp;importeren (CSV)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shifts from a spreadsheet or scheduling tool</source>
        <translation>Diensten uit een spreadsheet of roosterprogramma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload from the database</source>
        <translation>Opnieuw inlezen uit de database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database, time zone, thresholds, targets</source>
        <translation>Database, tijdzone, drempels, normen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact &amp;reasons…</source>
        <translation>Contact&amp;redenen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reason catalogue and the team&apos;s agreement per reason</source>
        <translation>De redenencatalogus en de afspraak van het team per reden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import &amp;contacts…</source>
        <translation>&amp;Contacten importeren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts from a telephony/ACD or queue-ticket export</source>
        <translation>Contacten uit een export van de telefonie/ACD of het wachtrijsysteem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-&amp;mail mailbox…</source>
        <translation>E-&amp;mailpostbus…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The IMAP folder the board shows as the e-mail queue</source>
        <translation>De IMAP-map die het overzicht als e-mailwachtrij toont</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load &amp;demo data…</source>
        <translation>&amp;Demogegevens laden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill this database with a simulated team</source>
        <translation>Deze database vullen met een gesimuleerd team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Balans</source>
        <translation>&amp;Over Balans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version, the database in use, where the log is</source>
        <translation>Versie, de gebruikte database, waar het logboek staat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close Balans</source>
        <translation>Balans sluiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Contact</source>
        <translation>&amp;Contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch my mode to contact</source>
        <translation>Mijn modus op contact zetten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back office</source>
        <translation>&amp;Backoffice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch my mode to back office</source>
        <translation>Mijn modus op backoffice zetten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B&amp;reak</source>
        <translation>&amp;Pauze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch my mode to break</source>
        <translation>Mijn modus op pauze zetten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Offline</source>
        <translation>&amp;Offline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch my mode to offline</source>
        <translation>Mijn modus op offline zetten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Answer the next contact</source>
        <translation>Volgend contact &amp;aannemen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer the next waiting contact</source>
        <translation>Het volgende wachtende contact aannemen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;End the contact…</source>
        <translation>Contact af&amp;sluiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End the contact I am serving</source>
        <translation>Het contact afsluiten dat ik nu help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;gister a contact…</source>
        <translation>Contact &amp;registreren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register a walk-in or a call</source>
        <translation>Een baliebezoek of telefoontje registreren</translation>
    </message>
</context>
<context>
    <name>BacklogCard</name>
    <message>
        <location filename="../../desktop/widgets/cards.py" line="+206"/>
        <source>Backlog</source>
        <translation>Werkvoorraad</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overdue</source>
        <translation>over de deadline</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backlog: %1 open, %2 overdue, %3</source>
        <translation>Werkvoorraad: %1 open, %2 over de deadline, %3</translation>
    </message>
</context>
<context>
    <name>Board</name>
    <message>
        <location filename="../../desktop/panels/board.py" line="+53"/>
        <source>Release %1 to back office — %2.</source>
        <translation>Laat %1 teruggaan naar backoffice — %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release…</source>
        <translation>Vrijgeven…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 waiting</source>
        <translation>%1 wachtend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 in contact</source>
        <translation>%1 in klantcontact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 needed</source>
        <translation>%1 nodig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue is building on %1 (%2).</source>
        <translation>De wachtrij voor %1 loopt op (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pull in %1.</source>
        <translation>Vraag %1 om bij te springen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <source>Costs: %1.</source>
        <translation>Dit kost: %1.</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+22"/>
        <source>Notify…</source>
        <translation>Inzetten…</translation>
    </message>
    <message numerus="yes">
        <location line="-20"/>
        <source>%n task(s) in progress</source>
        <translation>
            <numerusform>%n taak bezig</numerusform>
            <numerusform>%n taken bezig</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no task in progress</source>
        <translation>geen taak bezig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pull in %1 — %2, %3, %4.</source>
        <translation>Vraag %1 om bij te springen — %2, %3, %4.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n switch(es) today</source>
        <translation>
            <numerusform>%n wissel vandaag</numerusform>
            <numerusform>%n wissels vandaag</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1&apos;s planned back office until %2</source>
        <translation>de geplande backoffice van %1 tot %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1&apos;s planned back office</source>
        <translation>de geplande backoffice van %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none planned: %1 is not in a back-office block now</source>
        <translation>niets gepland: %1 zit nu niet in een backofficeblok</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” goes on hold</source>
        <translation>“%1” wordt gepauzeerd</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>as of %1 · sorted by name</source>
        <translation>stand %1 · op naam gesorteerd</translation>
    </message>
</context>
<context>
    <name>BoardPanel</name>
    <message>
        <location line="+29"/>
        <source>Mailbox: %1</source>
        <translation>Mailbox: %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>TEAM NOW</source>
        <translation>TEAM NU</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sorted by name</source>
        <translation>op naam gesorteerd</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>⚠ not up to date: %1</source>
        <translation>⚠ niet actueel: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+76"/>
        <source>(%n more after this one)</source>
        <translation>
            <numerusform>(hierna nog %n)</numerusform>
            <numerusform>(hierna nog %n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Pull in %1</source>
        <translation>%1 laten bijspringen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch %1 to contact mode now, for %2?</source>
        <translation>%1 nu op klantcontact zetten, voor %2?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is paused.</source>
        <translation>“%1” wordt gepauzeerd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Release %1</source>
        <translation>%1 vrijgeven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch %1 back to back office now?</source>
        <translation>%1 nu terug op backoffice zetten?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 sees the change on My shift.</source>
        <translation>%1 ziet de wijziging in Mijn dienst.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch to %1</source>
        <translation>Naar %1</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <location filename="../../core/calendar_words.py" line="+14"/>
        <source>Monday</source>
        <translation>maandag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tuesday</source>
        <translation>dinsdag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wednesday</source>
        <translation>woensdag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thursday</source>
        <translation>donderdag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friday</source>
        <translation>vrijdag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saturday</source>
        <translation>zaterdag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sunday</source>
        <translation>zondag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>January</source>
        <translation>januari</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>February</source>
        <translation>februari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>March</source>
        <translation>maart</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>April</source>
        <translation>april</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May</source>
        <translation>mei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>June</source>
        <translation>juni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>July</source>
        <translation>juli</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>August</source>
        <translation>augustus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>September</source>
        <translation>september</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>October</source>
        <translation>oktober</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>November</source>
        <translation>november</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>December</source>
        <translation>december</translation>
    </message>
</context>
<context>
    <name>Cards</name>
    <message>
        <location filename="../../core/live/durations.py" line="+16"/>
        <location filename="../../desktop/widgets/cards.py" line="-153"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../desktop/widgets/cards.py" line="-1"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../desktop/widgets/cards.py" line="-2"/>
        <source>%1 h</source>
        <translation>%1 u</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/widgets/cards.py" line="-2"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>over target</source>
        <translation>boven de norm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+20"/>
        <source>oldest %1</source>
        <translation>oudste %1</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>%1 answered today</source>
        <translation>vandaag %1 beantwoord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>target: answered within %1</source>
        <translation>norm: beantwoord binnen %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>waiting</source>
        <translation>wachtend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>longest %1</source>
        <translation>langste %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SL %1</source>
        <translation>SL %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 offered</source>
        <translation>%1 aangeboden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>target %1 in %2</source>
        <translation>norm %1 binnen %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>days to clear %1</source>
        <translation>%1 dagen werk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due today %1</source>
        <translation>deadline vandaag %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 in progress now</source>
        <translation>%1 nu bezig</translation>
    </message>
</context>
<context>
    <name>ChannelCard</name>
    <message>
        <location line="+72"/>
        <source>no contacts</source>
        <translation>geen contacten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2 %3, %4</source>
        <translation>%1: %2 %3, %4</translation>
    </message>
</context>
<context>
    <name>Consistency</name>
    <message>
        <location filename="../../desktop/consistency_html.py" line="+21"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>Contacten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved · follow-up · referred</source>
        <translation>Opgelost · vervolgactie · doorverwezen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The usual way</source>
        <translation>De gebruikelijke weg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day to day</source>
        <translation>Per dag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Came back</source>
        <translation>Kwam terug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handling</source>
        <translation>Afhandeling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost per year</source>
        <translation>Kosten per jaar</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Consistency per reason · %1 – %2</source>
        <translation>Consistentie per reden · %1 – %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>How the team handled each reason over %n day(s) with contacts. &lt;i&gt;The usual way&lt;/i&gt; is the outcome the team agreed for the reason (marked ✓), else the one most contacts had. &lt;i&gt;Came back&lt;/i&gt;: another contact about the same case within %1 days.</source>
        <translation>
            <numerusform>Hoe het team elke reden afhandelde over %n dag met contacten. &lt;i&gt;De gebruikelijke weg&lt;/i&gt; is de uitkomst die het team voor de reden heeft afgesproken (met ✓), anders de uitkomst die de meeste contacten hadden. &lt;i&gt;Kwam terug&lt;/i&gt;: nog een contact over dezelfde zaak binnen %1 dagen.</numerusform>
            <numerusform>Hoe het team elke reden afhandelde over %n dagen met contacten. &lt;i&gt;De gebruikelijke weg&lt;/i&gt; is de uitkomst die het team voor de reden heeft afgesproken (met ✓), anders de uitkomst die de meeste contacten hadden. &lt;i&gt;Kwam terug&lt;/i&gt;: nog een contact over dezelfde zaak binnen %1 dagen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No contacts with a reason ended in this period.</source>
        <translation>In deze periode is geen contact met een reden afgerond.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>failure demand</source>
        <translation>faalvraag</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&lt;b&gt;Handled most differently&lt;/b&gt; (worth a team talk about the agreement, not about people): %1.</source>
        <translation>&lt;b&gt;Het meest verschillend afgehandeld&lt;/b&gt; (een teamgesprek over de werkafspraak waard, niet over mensen): %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Repeat contacts about the same case: %1. Removing the causes of failure demand would save about &lt;b&gt;€ %2 a year&lt;/b&gt; (handling hours per day × %3 working days × € %4 an hour).</source>
        <translation>Herhaalcontacten over dezelfde zaak: %1. De oorzaken van faalvraag wegnemen zou ongeveer &lt;b&gt;€ %2 per jaar&lt;/b&gt; besparen (afhandeluren per dag × %3 werkdagen × € %4 per uur).</translation>
    </message>
</context>
<context>
    <name>ConsistencyText</name>
    <message numerus="yes">
        <location filename="../../core/reasons/text.py" line="+23"/>
        <source>Consistency per reason, %1 to %2 (%n day(s) with contacts; the team, not per person)</source>
        <translation>
            <numerusform>Consistentie per reden, %1 tot en met %2 (%n dag met contacten; het team, niet per persoon)</numerusform>
            <numerusform>Consistentie per reden, %1 tot en met %2 (%n dagen met contacten; het team, niet per persoon)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No contacts with a reason ended in this period.</source>
        <translation>In deze periode is geen contact met een reden afgerond.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>agreed</source>
        <translation>afgesproken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>most common</source>
        <translation>meest voorkomend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failure demand</source>
        <translation>faalvraag</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1%2: %n contact(s) — %3</source>
        <translation>
            <numerusform>%1%2: %n contact — %3</numerusform>
            <numerusform>%1%2: %n contacten — %3</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 ended %2 (%3)</source>
        <translation>%1 eindigde als %2 (%3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, day to day %1–%2</source>
        <translation>, per dag %1–%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; handling %1 min on average</source>
        <translation>; afhandeling gemiddeld %1 min</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>came back within %1 days: %2 (%3); cost per year %4</source>
        <translation>kwam terug binnen %1 dagen: %2 (%3); kosten per jaar %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Handled most differently: %1</source>
        <translation>Het meest verschillend afgehandeld: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat contacts about the same case: %1</source>
        <translation>Herhaalcontacten over dezelfde zaak: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removing the causes of failure demand would save about %1 a year (at EUR %2 an hour, %3 working days)</source>
        <translation>De oorzaken van faalvraag wegnemen zou ongeveer %1 per jaar besparen (bij EUR %2 per uur, %3 werkdagen)</translation>
    </message>
</context>
<context>
    <name>ContactImportDialog</name>
    <message>
        <location filename="../../desktop/contact_import_dialog.py" line="+25"/>
        <source>One row per call or ticket</source>
        <translation>Eén rij per gesprek of ticket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interval statistics</source>
        <translation>Intervalstatistieken</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Import contacts from a telephony or ticket export</source>
        <translation>Contacten importeren uit een export van telefonie of tickets</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a CSV export…</source>
        <translation>Kies een CSV-export…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose file…</source>
        <translation>Bestand kiezen…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Choose the export file.</source>
        <translation>Kies het exportbestand.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import the good rows and leave the bad ones out</source>
        <translation>De goede rijen importeren en de foute weglaten</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+136"/>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows are</source>
        <translation>Rijen zijn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel (when no column says)</source>
        <translation>Kanaal (zonder kolom)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Columns&lt;/b&gt; (* needed)</source>
        <translation>&lt;b&gt;Kolommen&lt;/b&gt; (* verplicht)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Preview&lt;/b&gt; — the first rows as they will be stored</source>
        <translation>&lt;b&gt;Voorbeeld&lt;/b&gt; — de eerste rijen zoals ze worden opgeslagen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Choose an export</source>
        <translation>Kies een export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-bestanden (*.csv *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading the file…</source>
        <translation>Het bestand wordt gelezen…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>give the source a name</source>
        <translation>geef de bron een naam</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Still needed: %1</source>
        <translation>Nog nodig: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>Import %n row(s)</source>
        <translation>
            <numerusform>%n rij importeren</numerusform>
            <numerusform>%n rijen importeren</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Importing…</source>
        <translation>Bezig met importeren…</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Imported %n row(s) from %1</source>
        <translation>
            <numerusform>%n rij geïmporteerd uit %1</numerusform>
            <numerusform>%n rijen geïmporteerd uit %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>; %n were imported before</source>
        <translation>
            <numerusform>; %n was al eerder geïmporteerd</numerusform>
            <numerusform>; %n waren al eerder geïmporteerd</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>. The mapping is saved for “%1”.</source>
        <translation>. De kolomindeling is bewaard voor “%1”.</translation>
    </message>
</context>
<context>
    <name>DayChart</name>
    <message>
        <location filename="../../desktop/charts/day_chart.py" line="+117"/>
        <source>Nobody has started yet today: the chart begins at opening.</source>
        <translation>Nog niemand is vandaag begonnen: de grafiek begint bij de opening.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>contacts waiting, e-mail too (left)</source>
        <translation>wachtende contacten, ook e-mail (links)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>backlog open (right)</source>
        <translation>open werkvoorraad (rechts)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>required (forecast)</source>
        <translation>nodig (prognose)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>planned</source>
        <translation>gepland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in contact mode</source>
        <translation>in klantcontact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(contact staff, people)</source>
        <translation>(klantcontact, mensen)</translation>
    </message>
</context>
<context>
    <name>DayWords</name>
    <message numerus="yes">
        <location filename="../../desktop/panels/myshift_text.py" line="+39"/>
        <source>%n switch(es)</source>
        <translation>
            <numerusform>%n wissel</numerusform>
            <numerusform>%n wissels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n interruption(s)</source>
        <translation>
            <numerusform>%n onderbreking</numerusform>
            <numerusform>%n onderbrekingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n task(s) left open</source>
        <translation>
            <numerusform>%n taak open gebleven</numerusform>
            <numerusform>%n taken open gebleven</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n obstacle(s)</source>
        <translation>
            <numerusform>%n obstakel</numerusform>
            <numerusform>%n obstakels</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My day: %1</source>
        <translation>Mijn dag: %1</translation>
    </message>
</context>
<context>
    <name>DemoObstacles</name>
    <message>
        <location filename="../../core/simulation/office.py" line="+157"/>
        <source>Printer at counter 2 jams</source>
        <translation>Printer bij balie 2 loopt vast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case system slow after 14:00</source>
        <translation>Zaaksysteem traag na 14:00</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headset keeps dropping calls</source>
        <translation>Headset verbreekt steeds gesprekken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No access to the tax system this morning</source>
        <translation>Vanochtend geen toegang tot het belastingsysteem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Knowledge base article on parking permits is outdated</source>
        <translation>Kennisbankartikel over parkeervergunningen is verouderd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appointment system double-books passport slots</source>
        <translation>Afsprakensysteem boekt paspoortafspraken dubbel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scanner in the back office is broken</source>
        <translation>Scanner in de backoffice is kapot</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Callback list in the case system shows the wrong owner</source>
        <translation>Terugbellijst in het zaaksysteem toont de verkeerde eigenaar</translation>
    </message>
</context>
<context>
    <name>DemoReasons</name>
    <message>
        <location line="-75"/>
        <source>Where is my permit?</source>
        <translation>Waar blijft mijn vergunning?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Didn&apos;t receive the letter</source>
        <translation>Brief niet ontvangen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wrong amount on the tax bill</source>
        <translation>Verkeerd bedrag op de belastingaanslag</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>My bin wasn&apos;t emptied</source>
        <translation>Mijn container is niet geleegd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nobody called me back</source>
        <translation>Niemand heeft me teruggebeld</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I don&apos;t understand the form</source>
        <translation>Ik begrijp het formulier niet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Apply for passport</source>
        <translation>Paspoort aanvragen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report a broken street light</source>
        <translation>Kapotte straatlantaarn melden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Register a move</source>
        <translation>Verhuizing doorgeven</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Request a parking permit</source>
        <translation>Parkeervergunning aanvragen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Book a bulky waste pickup</source>
        <translation>Grofvuil laten ophalen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register a birth</source>
        <translation>Geboorte aangeven</translation>
    </message>
</context>
<context>
    <name>DemoTasks</name>
    <message>
        <location line="-38"/>
        <source>Call back {who} about the status of the permit</source>
        <translation>{who} terugbellen over de status van de vergunning</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Resend the letter to {who}</source>
        <translation>Brief opnieuw sturen naar {who}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the tax assessment of {who}</source>
        <translation>Belastingaanslag van {who} controleren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report missed collection for {who} to the waste service</source>
        <translation>Niet-geleegde container van {who} melden bij de afvaldienst</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Call back {who} (second request)</source>
        <translation>{who} terugbellen (tweede verzoek)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send {who} an explanation of the form</source>
        <translation>{who} uitleg over het formulier sturen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passport appointment for {who}</source>
        <translation>Paspoortafspraak voor {who}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Forward street-light report from {who}</source>
        <translation>Melding straatlantaarn van {who} doorsturen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Process the move registration of {who}</source>
        <translation>Verhuizing van {who} verwerken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Parking permit application of {who}</source>
        <translation>Aanvraag parkeervergunning van {who}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Book bulky waste pickup for {who}</source>
        <translation>Grofvuil ophalen inplannen voor {who}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Complete the birth registration of {who}</source>
        <translation>Geboorteaangifte van {who} afronden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Scan and register the incoming post</source>
        <translation>Binnengekomen post scannen en registreren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Process returned letters</source>
        <translation>Retourpost verwerken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check passport appointment no-shows</source>
        <translation>Niet-verschenen paspoortafspraken nalopen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update the FAQ on waste collection</source>
        <translation>Veelgestelde vragen over afvalinzameling bijwerken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer messages in the shared mailbox of the council</source>
        <translation>Berichten in de gedeelde mailbox van de raad beantwoorden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tidy up the callback list</source>
        <translation>Terugbellijst opschonen</translation>
    </message>
</context>
<context>
    <name>FigureTile</name>
    <message>
        <location filename="../../desktop/panels/summary.py" line="+95"/>
        <source>below the goal</source>
        <translation>onder de norm</translation>
    </message>
</context>
<context>
    <name>FlagNotes</name>
    <message numerus="yes">
        <location filename="../../core/summary/text.py" line="+96"/>
        <source>pulled into contacts %n time(s) - long blocks in the plan would help</source>
        <translation>
            <numerusform>%n keer naar klantcontact gehaald - lange blokken in de planning zouden helpen</numerusform>
            <numerusform>%n keer naar klantcontact gehaald - lange blokken in de planning zouden helpen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n task(s) left open (%1) - worth a handover</source>
        <translation>
            <numerusform>%n taak open gebleven (%1) - overdragen loont</numerusform>
            <numerusform>%n taken open gebleven (%1) - overdragen loont</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>got %1 of %2 planned back-office minutes - the day needed them elsewhere</source>
        <translation>%1 van %2 geplande backofficeminuten gekregen - de dag had ze elders nodig</translation>
    </message>
</context>
<context>
    <name>ImportErrors</name>
    <message>
        <location filename="../../core/imports/convert.py" line="+45"/>
        <source>the file is empty</source>
        <translation>het bestand is leeg</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the same call as line %1</source>
        <translation>hetzelfde gesprek als regel %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the same interval as line %1</source>
        <translation>hetzelfde interval als regel %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>channel</source>
        <translation>kanaal</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>arrival time</source>
        <translation>aankomsttijd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the arrival time is empty</source>
        <translation>de aankomsttijd is leeg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answer time</source>
        <translation>opnametijd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting time</source>
        <translation>wachttijd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end time</source>
        <translation>eindtijd</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+44"/>
        <source>handling time</source>
        <translation>afhandeltijd</translation>
    </message>
    <message>
        <location line="-43"/>
        <location line="+41"/>
        <source>abandoned</source>
        <translation>afgehaakt</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>it has an end time but no answer time or waiting time</source>
        <translation>er is een eindtijd, maar geen opnametijd of wachttijd</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it was answered but has no end time or handling time</source>
        <translation>opgenomen, maar zonder eindtijd of afhandeltijd</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>answered</source>
        <translation>beantwoord</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>interval start</source>
        <translation>begin van het interval</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the interval start is empty</source>
        <translation>het begin van het interval is leeg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interval end</source>
        <translation>einde van het interval</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>offered</source>
        <translation>aangeboden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>offered is empty</source>
        <translation>aangeboden is leeg</translation>
    </message>
    <message>
        <location filename="../../core/imports/values.py" line="+29"/>
        <location line="+51"/>
        <source>is empty</source>
        <translation>is leeg</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>%1 is not a date and time</source>
        <translation>%1 is geen datum met tijd</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 is not a duration (seconds, m:ss or h:mm:ss)</source>
        <translation>%1 is geen duur (seconden, m:ss of u:mm:ss)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a duration</source>
        <translation>%1 is geen duur</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is not a number</source>
        <translation>%1 is geen getal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a whole number of 0 or more</source>
        <translation>%1 is geen geheel getal van 0 of meer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is neither yes nor no</source>
        <translation>%1 is geen ja of nee</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>channel %1 is not phone, counter, chat or e-mail</source>
        <translation>kanaal %1 is geen telefoon, balie, chat of e-mail</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <location filename="../../core/imports/mapping.py" line="+32"/>
        <source>Call or ticket id</source>
        <translation>Gespreks- of ticketnummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arrived (entered the queue)</source>
        <translation>Binnengekomen (in de wachtrij)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answered at</source>
        <translation>Opgenomen om</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting time (seconds or m:ss)</source>
        <translation>Wachttijd (seconden of m:ss)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ended at</source>
        <translation>Beëindigd om</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Handling time (seconds or m:ss)</source>
        <translation>Afhandeltijd (seconden of m:ss)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Abandoned (yes/no or result)</source>
        <translation>Afgehaakt (ja/nee of resultaat)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+22"/>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Reason or wrap-up code</source>
        <translation>Reden of afsluitcode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agent (employee id or name)</source>
        <translation>Medewerker (id of naam)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Interval start</source>
        <translation>Begin interval</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interval end</source>
        <translation>Einde interval</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offered</source>
        <translation>Aangeboden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answered</source>
        <translation>Beantwoord</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Abandoned</source>
        <translation>Afgehaakt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Average handling time (seconds or m:ss)</source>
        <translation>Gemiddelde afhandeltijd (seconden of m:ss)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>no column chosen for %1</source>
        <translation>geen kolom gekozen voor %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file has no column %1 (for %2)</source>
        <translation>het bestand heeft geen kolom %1 (voor %2)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>the saved import sources in %1 cannot be read</source>
        <translation>de bewaarde importbronnen in %1 zijn niet te lezen</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <location filename="../../desktop/models/import_preview.py" line="+15"/>
        <source>Line</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered</source>
        <translation>Opgenomen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abandoned</source>
        <translation>Afgehaakt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arrived</source>
        <translation>Binnengekomen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ended</source>
        <translation>Beëindigd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Employee</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Contactreden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offered</source>
        <translation>Aangeboden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handling s</source>
        <translation>Afhandeling s</translation>
    </message>
</context>
<context>
    <name>ImportWords</name>
    <message numerus="yes">
        <location filename="../../desktop/contact_import_dialog.py" line="-239"/>
        <source>%n row(s) in the file</source>
        <translation>
            <numerusform>%n rij in het bestand</numerusform>
            <numerusform>%n rijen in het bestand</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n ready to import.</source>
        <translation>
            <numerusform>, %n klaar om te importeren.</numerusform>
            <numerusform>, %n klaar om te importeren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n row(s) cannot be read</source>
        <translation>
            <numerusform>%n rij is niet te lezen</numerusform>
            <numerusform>%n rijen zijn niet te lezen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(shown in the preview with the reason).</source>
        <translation>(in het voorbeeld, met de reden).</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n with an agent who is not a team member</source>
        <translation>
            <numerusform>%n met een medewerker die niet in het team zit</numerusform>
            <numerusform>%n met een medewerker die niet in het team zit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n with a reason not in the catalogue</source>
        <translation>
            <numerusform>%n met een reden die niet in de lijst staat</numerusform>
            <numerusform>%n met een reden die niet in de lijst staat</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported without those details: %1.</source>
        <translation>Zonder die gegevens geïmporteerd: %1.</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <location filename="../../core/journal/state.py" line="+24"/>
        <source>contact %1 has not been answered and cannot end</source>
        <translation>contact %1 is nog niet beantwoord en kan niet eindigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contact %1 has already ended and cannot end</source>
        <translation>contact %1 is al afgerond en kan niet nog eens eindigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contact %1 was abandoned and cannot end</source>
        <translation>contact %1 is afgehaakt en kan niet eindigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>contact %1 is answered and cannot be abandoned</source>
        <translation>contact %1 is beantwoord en kan niet meer afhaken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contact %1 is ended and cannot be abandoned</source>
        <translation>contact %1 is afgerond en kan niet meer afhaken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contact %1 is abandoned and cannot be abandoned</source>
        <translation>contact %1 is al afgehaakt</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+38"/>
        <source>unknown task %1</source>
        <translation>onbekende taak %1</translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+151"/>
        <location line="+18"/>
        <location line="+20"/>
        <source>unknown contact %1</source>
        <translation>onbekend contact %1</translation>
    </message>
    <message>
        <location line="-187"/>
        <source>task %1 is already finished</source>
        <translation>taak %1 is al klaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>task %1 is already cancelled</source>
        <translation>taak %1 is al geannuleerd</translation>
    </message>
    <message>
        <location line="+46"/>
        <location line="+156"/>
        <source>unknown employee %1</source>
        <translation>onbekende medewerker %1</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>employee %1 has already left the team</source>
        <translation>medewerker %1 is al uit het team</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown reason %1</source>
        <translation>onbekende contactreden %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reason %1 is already retired</source>
        <translation>contactreden %1 is al buiten gebruik</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>employee %1 has left the team; add them again before planning shifts</source>
        <translation>medewerker %1 is uit het team; voeg diegene opnieuw toe voordat je diensten plant</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+60"/>
        <source>contact %1 has already arrived</source>
        <translation>contact %1 is al binnengekomen</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>contact %1 was abandoned and cannot be answered</source>
        <translation>contact %1 is afgehaakt en kan niet meer worden beantwoord</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>contact %1 was already answered by %2</source>
        <translation>contact %1 is al beantwoord door %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>contact %1 cannot be answered before it arrived</source>
        <translation>contact %1 kan niet worden beantwoord voordat het binnenkwam</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>contact %1 cannot end before it was answered</source>
        <translation>contact %1 kan niet eindigen voordat het is beantwoord</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>contact %1 cannot be abandoned before it arrived</source>
        <translation>contact %1 kan niet afhaken voordat het binnenkwam</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>task %1 already exists</source>
        <translation>taak %1 bestaat al</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>task %1 is not in progress and cannot be paused</source>
        <translation>taak %1 is niet bezig en kan niet worden gepauzeerd</translation>
    </message>
</context>
<context>
    <name>Mailbox</name>
    <message>
        <location filename="../../desktop/mailbox.py" line="+17"/>
        <source>Mail server (IMAP)</source>
        <translation>Mailserver (IMAP)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port (0: the usual one)</source>
        <translation>Poort (0: de gebruikelijke)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Security</source>
        <translation>Beveiliging</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder with the customers&apos; mails</source>
        <translation>Map met de mails van klanten</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>the mailbox password is not in the keyring yet</source>
        <translation>het wachtwoord van de mailbox staat nog niet in de sleutelbos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the mailbox could not be read (%1)</source>
        <translation>de mailbox kon niet worden gelezen (%1)</translation>
    </message>
</context>
<context>
    <name>MailboxDialog</name>
    <message>
        <location filename="../../desktop/mailbox_dialog.py" line="+17"/>
        <source>SSL/TLS (port 993)</source>
        <translation>SSL/TLS (poort 993)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STARTTLS (port 143)</source>
        <translation>STARTTLS (poort 143)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None (only on a trusted network)</source>
        <translation>Geen (alleen op een vertrouwd netwerk)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>E-mail mailbox</source>
        <translation>E-mailpostvak</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>customercontact@example.org</source>
        <translation>klantcontact@example.org</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the usual one</source>
        <translation>de gebruikelijke</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>leave empty to keep the one in the keyring</source>
        <translation>leeg laten om het bewaarde te houden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The board counts the mails in this folder that have no answer yet, and shows the age of the oldest.</source>
        <translation>Het live-overzicht telt de mails in deze map die nog geen antwoord hebben, en toont hoe oud de oudste is.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Test the connection</source>
        <translation>Verbinding testen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mail server</source>
        <translation>Mailserver</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Port</source>
        <translation>Poort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security</source>
        <translation>Beveiliging</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder</source>
        <translation>Map</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Give the password.</source>
        <translation>Vul het wachtwoord in.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, the oldest %1 h old</source>
        <translation>, de oudste is %1 uur oud</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Connected: %n unanswered mail(s) in %1%2.</source>
        <translation>
            <numerusform>Verbonden: %n onbeantwoorde mail in %1%2.</numerusform>
            <numerusform>Verbonden: %n onbeantwoorde mails in %1%2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+24"/>
        <source>Fill in the mail server and the user name.</source>
        <translation>Vul de mailserver en de gebruikersnaam in.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Checking…</source>
        <translation>Bezig met controleren…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/main_window.py" line="+144"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>Bee&amp;ld</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Shift</source>
        <translation>&amp;Dienst</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The new database or time zone is used from the next start of Balans.</source>
        <translation>De nieuwe database of tijdzone geldt vanaf de volgende keer dat Balans start.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Not connected to the database: %1. Your actions are kept and sent when the connection is back.</source>
        <translation>Geen verbinding met de database: %1. Wat je doet wordt bewaard en verstuurd zodra de verbinding terug is.</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../desktop/dialogs.py" line="+28"/>
        <source>Change a team member</source>
        <translation>Teamlid wijzigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a team member</source>
        <translation>Teamlid toevoegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anna de Vries</source>
        <translation>Anna de Vries</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>anna</source>
        <translation>anna</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short id</source>
        <translation>Korte code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channels</source>
        <translation>Kanalen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The channels are the queues this person can serve; the planner and the live board only count them there.</source>
        <translation>De kanalen zijn de wachtrijen die deze persoon kan bedienen; de planning en het live-overzicht tellen hem alleen daar mee.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Give the person&apos;s name.</source>
        <translation>Vul de naam van de persoon in.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The short id is lower-case letters and digits, like &apos;anna&apos;.</source>
        <translation>De korte code bestaat uit kleine letters en cijfers, zoals &apos;anna&apos;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The short id &apos;%1&apos; is taken by %2; choose another.</source>
        <translation>De korte code &apos;%1&apos; is al van %2; kies een andere.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose at least one channel.</source>
        <translation>Kies minstens één kanaal.</translation>
    </message>
</context>
<context>
    <name>ModeToggle</name>
    <message>
        <location filename="../../desktop/panels/myshift_widgets.py" line="+70"/>
        <source>Mode %1</source>
        <translation>Modus %1</translation>
    </message>
</context>
<context>
    <name>ModeTray</name>
    <message>
        <location filename="../../desktop/tray.py" line="+75"/>
        <source>Answer the next contact</source>
        <translation>Volgende contact opnemen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register a contact…</source>
        <translation>Contact registreren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show My shift</source>
        <translation>Mijn dienst tonen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Balans — %1: %2</source>
        <translation>Balans — %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balans — choose who you are in My shift</source>
        <translation>Balans — kies in Mijn dienst wie je bent</translation>
    </message>
</context>
<context>
    <name>MyShiftPanel</name>
    <message>
        <location filename="../../desktop/panels/myshift.py" line="+64"/>
        <location line="+157"/>
        <source>Who are you?</source>
        <translation>Wie ben je?</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>F5 %1 · F6 %2 · F7 %3 · F8 %4 — from every tab</source>
        <translation>F5 %1 · F6 %2 · F7 %3 · F8 %4 — vanuit elk tabblad</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Answer</source>
        <translation>Opnemen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End…</source>
        <translation>Afronden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register a contact…</source>
        <translation>Contact registreren…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2, from every tab)</source>
        <translation>%1 (%2, vanuit elk tabblad)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pause</source>
        <translation>Pauzeren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hand over…</source>
        <translation>Overdragen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Log an obstacle…</source>
        <translation>Obstakel melden…</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Could not read the latest state: %1.</source>
        <translation>De laatste stand kon niet worden gelezen: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Showing the state of %1.</source>
        <translation>Je ziet de stand van %1.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>started %1</source>
        <translation>begonnen %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in progress</source>
        <translation>bezig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>from %1: “%2”</source>
        <translation>van %1: “%2”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My task: “%1”</source>
        <translation>Mijn taak: “%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No task in progress</source>
        <translation>Geen taak bezig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start one from your tasks or the team backlog below.</source>
        <translation>Begin er een uit je taken of uit de werkvoorraad van het team hieronder.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>My day</source>
        <translation>Mijn dag</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose your name at the top left.</source>
        <translation>Kies linksboven je naam.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Serving %1 contact since %2</source>
        <translation>Bezig met een klant (%1) sinds %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 so far</source>
        <translation>%1 tot nu toe</translation>
    </message>
</context>
<context>
    <name>MyShiftSnapshot</name>
    <message>
        <location filename="../../core/live/myshift.py" line="+230"/>
        <source>a colleague</source>
        <translation>een collega</translation>
    </message>
</context>
<context>
    <name>MyShiftText</name>
    <message>
        <location filename="../../desktop/panels/myshift_text.py" line="-22"/>
        <source>no role planned for now</source>
        <translation>nu geen rol gepland</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>planned now: %1 until %2</source>
        <translation>nu gepland: %1 tot %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>planned now: %1</source>
        <translation>nu gepland: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>many</source>
        <translation>vele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>⚠ The day pulled you back and forth %1 times an hour between customers and tasks. Worth a word with the planner.</source>
        <translation>⚠ De dag trok je %1 keer per uur heen en weer tussen klanten en taken. Het bespreken waard met de planner.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>⚠ %n task(s) put aside today is/are still open: hand over what won&apos;t get finished.</source>
        <translation>
            <numerusform>⚠ %n taak die je vandaag opzij legde, staat nog open: draag over wat niet af komt.</numerusform>
            <numerusform>⚠ %n taken die je vandaag opzij legde, staan nog open: draag over wat niet af komt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>⚠ Contacts took %1% of your planned back-office time.</source>
        <translation>⚠ Klantcontacten namen %1% van je geplande backofficetijd in.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No one waiting in your queues</source>
        <translation>Niemand wacht in je wachtrijen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register a walk-in or a call with the button.</source>
        <translation>Registreer een bezoeker of een telefoontje met de knop.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>and %n other(s) waiting in your queues</source>
        <translation>
            <numerusform>en nog %n ander wacht in je wachtrijen</numerusform>
            <numerusform>en nog %n anderen wachten in je wachtrijen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the only one waiting in your queues</source>
        <translation>de enige die wacht in je wachtrijen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next waiting: %1, %2</source>
        <translation>Volgende wachtende: %1, %2</translation>
    </message>
</context>
<context>
    <name>OpeningPage</name>
    <message>
        <location filename="../../desktop/opening.py" line="+38"/>
        <source>Opening the database…</source>
        <translation>De database wordt geopend…</translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <location filename="../../desktop/main_window.py" line="-208"/>
        <source>Live board</source>
        <translation>Live-overzicht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>My shift</source>
        <translation>Mijn dienst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planner</source>
        <translation>Planning</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End of day</source>
        <translation>Einde van de dag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roster</source>
        <translation>Rooster</translation>
    </message>
</context>
<context>
    <name>PlanDay</name>
    <message>
        <location filename="../../core/planning/day.py" line="+103"/>
        <source>there are no shifts planned on %1</source>
        <translation>er zijn geen diensten gepland op %1</translation>
    </message>
</context>
<context>
    <name>PlanDemand</name>
    <message>
        <location filename="../../core/planning/demand.py" line="+166"/>
        <source>days to clear must be greater than 0</source>
        <translation>het aantal dagen om weg te werken moet groter zijn dan 0</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <location filename="../../core/planning/editor.py" line="+38"/>
        <source>Undo %1</source>
        <translation>%1 ongedaan maken</translation>
    </message>
</context>
<context>
    <name>PlanGrid</name>
    <message>
        <location filename="../../desktop/widgets/plan_grid.py" line="+40"/>
        <source>Plan grid</source>
        <translation>Planningsrooster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employees by quarter hour. Arrows move, Shift+arrows select, C, B, P paint contact, back office, break.</source>
        <translation>Medewerkers per kwartier. Pijltjes verplaatsen, Shift+pijltjes selecteren, C, B, P plannen klantcontact, backoffice, pauze.</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>not planned yet</source>
        <translation>nog niet gepland</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>off shift</source>
        <translation>geen dienst</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: %2 needed in contact, %3 planned, %4 short</source>
        <translation>%1: %2 nodig in klantcontact, %3 gepland, %4 te weinig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 needed in contact, %3 planned</source>
        <translation>%1: %2 nodig in klantcontact, %3 gepland</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>⚠ %1 block of %2 min: shorter than the minimum block, so it costs a switch that buys little</source>
        <translation>⚠ Blok %1 van %2 min: korter dan het minimumblok, dus een wissel die weinig oplevert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>⚠ This shift needs one 30-minute break near its middle</source>
        <translation>⚠ Deze dienst heeft één pauze van 30 minuten rond het midden nodig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>⚠ A role outside the shift</source>
        <translation>⚠ Een rol buiten de dienst</translation>
    </message>
</context>
<context>
    <name>PlanPaint</name>
    <message numerus="yes">
        <location filename="../../desktop/widgets/plan_layout.py" line="+25"/>
        <source>%n switch(es)</source>
        <translation>
            <numerusform>%n wissel</numerusform>
            <numerusform>%n wissels</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Needed</source>
        <translation>Nodig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected SL</source>
        <translation>Verwacht SL</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../desktop/widgets/plan_paint.py" line="+134"/>
        <source>short in %1</source>
        <translation>tekort in %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../desktop/widgets/plan_paint.py" line="+1"/>
        <source>covered</source>
        <translation>gedekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/widgets/plan_paint.py" line="-2"/>
        <source>contact staff</source>
        <translation>klantcontact</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../desktop/widgets/plan_paint.py" line="+2"/>
        <source>% on time</source>
        <translation>% op tijd</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/plan_paint.py" line="+46"/>
        <source>now</source>
        <translation>nu</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>short of contact staff</source>
        <translation>te weinig in klantcontact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plan rule broken</source>
        <translation>planregel overtreden</translation>
    </message>
</context>
<context>
    <name>PlanPdf</name>
    <message numerus="yes">
        <location filename="../../desktop/plan_pdf.py" line="+30"/>
        <source>%n on shift</source>
        <translation>
            <numerusform>%n in dienst</numerusform>
            <numerusform>%n in dienst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n switch(es) in total</source>
        <translation>
            <numerusform>%n wissel in totaal</numerusform>
            <numerusform>%n wissels in totaal</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Plan %1</source>
        <translation>Planning %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Plan for %1</source>
        <translation>Planning voor %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>printed %1</source>
        <translation>afgedrukt %1</translation>
    </message>
</context>
<context>
    <name>PlannerActions</name>
    <message>
        <location filename="../../desktop/panels/planner_actions.py" line="+70"/>
        <source>Paint %1</source>
        <translation>%1 plannen</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%1 changes %n quarter-hour(s) that have already begun (from %2). The plan for time already worked is what today&apos;s summary compares with. Change it anyway?</source>
        <translation>
            <numerusform>‘%1’ wijzigt %n kwartier dat al begonnen is (vanaf %2). Met de planning van gewerkte tijd vergelijkt het overzicht van vandaag. Toch wijzigen?</numerusform>
            <numerusform>‘%1’ wijzigt %n kwartieren die al begonnen zijn (vanaf %2). Met de planning van gewerkte tijd vergelijkt het overzicht van vandaag. Toch wijzigen?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+141"/>
        <source>Not saved: %1</source>
        <translation>Niet opgeslagen: %1</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>The shifts changed while the plan was being made; propose again.</source>
        <translation>De diensten zijn gewijzigd terwijl de planning werd gemaakt. Vraag opnieuw een voorstel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The proposal is the plan you already have.</source>
        <translation>Het voorstel is de planning die je al hebt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+12"/>
        <source>optimal</source>
        <translation>optimaal</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>best found in %1 s</source>
        <translation>beste gevonden in %1 s</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1; back office %2 h</source>
        <translation>%1; backoffice %2 u</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>best found</source>
        <translation>beste gevonden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Apply proposal</source>
        <translation>Voorstel toepassen</translation>
    </message>
    <message>
        <location line="+57"/>
        <location line="+53"/>
        <source>Copy %1</source>
        <translation>%1 kopiëren</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Planned the shifts of %1 on this day, with their roles.</source>
        <translation>De diensten van %1 zijn op deze dag gepland, met hun rollen.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Took the copied shifts away again.</source>
        <translation>De gekopieerde diensten zijn weer weggehaald.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned the copied shifts again.</source>
        <translation>De gekopieerde diensten zijn opnieuw gepland.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nothing was planned on %1 for the people on shift today.</source>
        <translation>Op %1 was niets gepland voor de medewerkers die vandaag in dienst zijn.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The plan already matches %1.</source>
        <translation>De planning is al gelijk aan %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not save the PDF: %1</source>
        <translation>De pdf kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved the plan to %1.</source>
        <translation>De planning is opgeslagen in %1.</translation>
    </message>
</context>
<context>
    <name>PlannerPanel</name>
    <message>
        <location filename="../../desktop/panels/planner.py" line="+47"/>
        <source>Export the plan as PDF</source>
        <translation>Planning exporteren als pdf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF (*.pdf)</source>
        <translation>Pdf (*.pdf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the past?</source>
        <translation>Het verleden wijzigen?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The day before</source>
        <translation>De dag ervoor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The day after</source>
        <translation>De dag erna</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+183"/>
        <source>Propose plan</source>
        <translation>Voorstel maken</translation>
    </message>
    <message>
        <location line="-182"/>
        <source>Let the optimiser propose a plan; see it before applying</source>
        <translation>Laat de optimalisatie een planning voorstellen; je ziet die voordat je hem toepast</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+182"/>
        <source>Evaluate</source>
        <translation>Doorrekenen</translation>
    </message>
    <message>
        <location line="-181"/>
        <source>Simulate the day with this plan: expected service level</source>
        <translation>Simuleer de dag met deze planning: verwacht servicelevel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy last week</source>
        <translation>Vorige week kopiëren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the last change (Ctrl+Z)</source>
        <translation>Laatste wijziging ongedaan maken (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Opnieuw (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export PDF…</source>
        <translation>Pdf exporteren…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Paint:</source>
        <translation>Plannen:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drag across cells to plan %1; key %2 paints the selection</source>
        <translation>Sleep over vakjes om %1 te plannen; toets %2 plant de selectie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>drag across a row · Shift-drag over several rows · arrows, then C / B / P</source>
        <translation>sleep over een rij · Shift-slepen over meer rijen · pijltjes, dan C / B / P</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Apply</source>
        <translation>Toepassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store the proposal</source>
        <translation>Het voorstel opslaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard</source>
        <translation>Verwerpen</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>No shifts are planned on %1. Plan them in the Roster, or copy last %2&apos;s.</source>
        <translation>Er zijn geen diensten gepland op %1. Plan ze in het Rooster, of kopieer die van vorige week %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy last %1</source>
        <translation>Vorige %1 kopiëren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy last %1&apos;s role plan for the people on shift</source>
        <translation>De rollen van vorige week %1 kopiëren voor wie in dienst is</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan last %1&apos;s shifts, with their role plan, on this empty day</source>
        <translation>De diensten van vorige week %1, met hun rollen, op deze lege dag plannen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Proposing…</source>
        <translation>Voorstel maken…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evaluating…</source>
        <translation>Doorrekenen…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 h back office · SL %2</source>
        <translation>%1 u backoffice · SL %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact covered first</source>
        <translation>Eerst klantcontact gedekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The best plan when a quarter-hour of back office is worth %1 customers answered on time</source>
        <translation>De beste planning als een kwartier backoffice evenveel waard is als %1 klanten die op tijd geholpen zijn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1. Expected: %2 answered on time, %3 give up; contact short %4 staff-hours</source>
        <translation>%1. Verwacht: %2 op tijd opgenomen, %3 haakt af; klantcontact %4 mensuren tekort</translation>
    </message>
</context>
<context>
    <name>PlannerText</name>
    <message>
        <location filename="../../desktop/panels/planner_text.py" line="+22"/>
        <source>this plan</source>
        <translation>deze planning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>everyone does everything</source>
        <translation>iedereen doet alles</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n person(s) on shift</source>
        <translation>
            <numerusform>%n medewerker in dienst</numerusform>
            <numerusform>%n medewerkers in dienst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n switch(es)</source>
        <translation>
            <numerusform>%n wissel</numerusform>
            <numerusform>%n wissels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>plan rules broken in %n row(s) (underlined in amber; hover for why)</source>
        <translation>
            <numerusform>planregels overtreden in %n rij (oranje onderstreept; wijs aan voor de reden)</numerusform>
            <numerusform>planregels overtreden in %n rijen (oranje onderstreept; wijs aan voor de reden)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>&lt;b&gt;Proposal&lt;/b&gt; (%1): %n cell(s) change, outlined below · short %2 → %3 staff-hours · switches %4 → %5. Apply stores it; you can undo it.</source>
        <translation>
            <numerusform>&lt;b&gt;Voorstel&lt;/b&gt; (%1): %n vakje wijzigt, hieronder omlijnd · tekort %2 → %3 mensuren · wissels %4 → %5. Toepassen slaat het op; je kunt het ongedaan maken.</numerusform>
            <numerusform>&lt;b&gt;Voorstel&lt;/b&gt; (%1): %n vakjes wijzigen, hieronder omlijnd · tekort %2 → %3 mensuren · wissels %4 → %5. Toepassen slaat het op; je kunt het ongedaan maken.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>&lt;b&gt;Simulated&lt;/b&gt;, mean of %n day(s) on the forecast, the same customers for both (a return to back office costs %1 min, an interrupted task %2 min; the “Expected SL” row is this plan):</source>
        <translation>
            <numerusform>&lt;b&gt;Gesimuleerd&lt;/b&gt;, gemiddelde van %n dag op de prognose, dezelfde klanten voor beide (terug naar backoffice kost %1 min, een onderbroken taak %2 min; de rij “Verwacht SL” is deze planning):</numerusform>
            <numerusform>&lt;b&gt;Gesimuleerd&lt;/b&gt;, gemiddelde van %n dagen op de prognose, dezelfde klanten voor beide (terug naar backoffice kost %1 min, een onderbroken taak %2 min; de rij “Verwacht SL” is deze planning):</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1 staff-hour</source>
        <translation>1 mensuur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 staff-hours</source>
        <translation>%1 mensuren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>contact covered all day</source>
        <translation>klantcontact de hele dag gedekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>short of contact staff in %1 of %2 quarter-hours (%3)</source>
        <translation>te weinig in klantcontact in %1 van %2 kwartieren (%3)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 h</source>
        <translation>%1 u</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>service level</source>
        <translation>servicelevel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>abandoned</source>
        <translation>afgehaakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>back-office work done</source>
        <translation>backofficewerk gedaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>backlog left at day end</source>
        <translation>werkvoorraad aan het eind van de dag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>switches planned / on the day</source>
        <translation>wissels gepland / op de dag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tasks interrupted by customers</source>
        <translation>taken onderbroken door klanten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>time lost getting back into tasks</source>
        <translation>tijd verloren met weer in taken komen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Back office: %1 h planned for %2 h of work today (new %3 h, due or overdue %4 h, %5 h more open over %6 days) · expected service level %7</source>
        <translation>Backoffice: %1 u gepland voor %2 u werk vandaag (nieuw %3 u, deadline vandaag of verstreken %4 u, nog %5 u open verdeeld over %6 dagen) · verwacht servicelevel %7</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>. It does not fit with contact covered; choose:</source>
        <translation>. Het past niet als klantcontact gedekt is; kies:</translation>
    </message>
</context>
<context>
    <name>ReasonFile</name>
    <message>
        <location filename="../../core/reasons/files.py" line="+33"/>
        <source>line %1: %2</source>
        <translation>regel %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; %1 more</source>
        <translation>; nog %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the file is empty</source>
        <translation>het bestand is leeg</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the header has no column %1 (expected %2)</source>
        <translation>de kopregel heeft geen kolom %1 (verwacht: %2)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>reason %1 is already on line %2</source>
        <translation>reden %1 staat al op regel %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is empty</source>
        <translation>%1 is leeg</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>demand %1 is not one of %2</source>
        <translation>demand %1 is niet een van %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>usual_outcome %1 is not one of %2</source>
        <translation>usual_outcome %1 is niet een van %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>retired %1 is not yes or no</source>
        <translation>retired %1 is geen yes of no</translation>
    </message>
</context>
<context>
    <name>ReasonNote</name>
    <message>
        <location filename="../../desktop/widgets/reason_note.py" line="+12"/>
        <source>resolved at once</source>
        <translation>meteen opgelost</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a follow-up task</source>
        <translation>een vervolgtaak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>referred elsewhere</source>
        <translation>doorverwezen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>How we handle this:</source>
        <translation>Zo pakken we dit aan:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Usually:</source>
        <translation>Meestal:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failure demand: the customer contacts us because something went wrong before.</source>
        <translation>Faalvraag: de klant neemt contact op omdat er eerder iets misging.</translation>
    </message>
</context>
<context>
    <name>ReasonsDialog</name>
    <message>
        <location filename="../../desktop/reasons_dialog.py" line="+25"/>
        <source>Contact reasons</source>
        <translation>Contactredenen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>permit-status</source>
        <translation>vergunning-status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where is my permit?</source>
        <translation>Waar blijft mijn vergunning?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value demand (what we are here for)</source>
        <translation>Waardevraag (waar we voor zijn)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failure demand (we failed to do something, or do it right)</source>
        <translation>Faalvraag (we deden iets niet, of niet goed)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>— not agreed —</source>
        <translation>— niet afgesproken —</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How we handle this, in a few sentences the whole team agreed on.</source>
        <translation>Hoe we dit afhandelen, in een paar zinnen waar het hele team achter staat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Short id</source>
        <translation>Korte id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the customer&apos;s words</source>
        <translation>In de woorden van de klant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demand</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usual outcome</source>
        <translation>Gebruikelijke uitkomst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How we handle this</source>
        <translation>Hoe we dit afhandelen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New reason</source>
        <translation>Nieuwe reden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retire</source>
        <translation>Buiten gebruik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import CSV…</source>
        <translation>CSV importeren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV…</source>
        <translation>CSV exporteren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Retired: saving brings it back.</source>
        <translation>Buiten gebruik: opslaan zet de reden terug.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The short id is lower-case letters, digits and dashes, like &apos;permit-status&apos;.</source>
        <translation>De korte id bestaat uit kleine letters, cijfers en streepjes, zoals &apos;vergunning-status&apos;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say what the customer asks, in their own words.</source>
        <translation>Schrijf op wat de klant vraagt, in de woorden van de klant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is a reason &apos;%1&apos; already.</source>
        <translation>Er is al een reden &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import reasons</source>
        <translation>Redenen importeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+25"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="-6"/>
        <source>Imported: %n change(s).</source>
        <translation>
            <numerusform>Geïmporteerd: %n wijziging.</numerusform>
            <numerusform>Geïmporteerd: %n wijzigingen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to change: the catalogue already matches the file.</source>
        <translation>Niets te wijzigen: de lijst komt al overeen met het bestand.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export reasons</source>
        <translation>Redenen exporteren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reasons.csv</source>
        <translation>redenen.csv</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Exported to %1.</source>
        <translation>Geëxporteerd naar %1.</translation>
    </message>
</context>
<context>
    <name>ReasonsModel</name>
    <message>
        <location filename="../../desktop/models/reasons_model.py" line="+13"/>
        <source>Resolved</source>
        <translation>Opgelost</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up task</source>
        <translation>Vervolgtaak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referred</source>
        <translation>Doorverwezen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason (customer&apos;s words)</source>
        <translation>Reden (woorden van de klant)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demand</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usually</source>
        <translation>Meestal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement</source>
        <translation>Werkafspraak</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>retired</source>
        <translation>buiten gebruik</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../desktop/report.py" line="+82"/>
        <source>Balans — end of day %1</source>
        <translation>Balans — einde van de dag %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot write %1</source>
        <translation>kan %1 niet schrijven</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End of day · %1</source>
        <translation>Einde van de dag · %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>page %1</source>
        <translation>pagina %1</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in progress</source>
        <translation>bezig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paused</source>
        <translation>gepauzeerd</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+15"/>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Offered</source>
        <translation>Aangeboden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered</source>
        <translation>Beantwoord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abandoned</source>
        <translation>Afgehaakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service level</source>
        <translation>Servicelevel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average wait</source>
        <translation>Gemiddelde wachttijd</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Handling time</source>
        <translation>Afhandeltijd</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demand</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>Contacten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Since</source>
        <translation>Sinds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting</source>
        <translation>Wacht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case</source>
        <translation>Zaak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age</source>
        <translation>Leeftijd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With</source>
        <translation>Bij</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 days</source>
        <translation>%1 dagen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>End-of-day summary — %1</source>
        <translation>Overzicht einde van de dag — %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Channels</source>
        <translation>Kanalen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>People</source>
        <translation>Medewerkers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>— by name. Notes say what the day did to someone; they are not a score.</source>
        <translation>— op naam. Notities zeggen wat de dag met iemand deed; het is geen score.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nobody was planned or active this day.</source>
        <translation>Niemand was deze dag ingepland of actief.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Contact reasons and their cost</source>
        <translation>Contactredenen en hun kosten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No ended contacts with a reason this day.</source>
        <translation>Deze dag geen afgeronde contacten met een reden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cost = handling hours × € %1 per hour. Failure demand: € %2 of € %3.</source>
        <translation>Kosten = afhandeluren × € %1 per uur. Faalvraag: € %2 van € %3.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Customers who came back about a case that was still open: %1.</source>
        <translation>Klanten die terugkwamen over een zaak die nog openstond: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Obstacles of the day</source>
        <translation>Obstakels van de dag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No obstacles were logged this day.</source>
        <translation>Deze dag zijn geen obstakels gemeld.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Routine: new or changed since the previous working day</source>
        <translation>Routine: nieuw of gewijzigd sinds de vorige werkdag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>other</source>
        <translation>overig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contacts nobody answered (they left the queue, or wait below): %1.</source>
        <translation>Contacten die niemand beantwoordde (ze verlieten de wachtrij, of wachten hieronder): %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Tasks and obstacles not picked up yet (%n)</source>
        <translation>
            <numerusform>Taken en obstakels die nog niet zijn opgepakt (%n)</numerusform>
            <numerusform>Taken en obstakels die nog niet zijn opgepakt (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>obstacle from %1: %2</source>
        <translation>obstakel van %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Waiting for an answer (%n)</source>
        <translation>
            <numerusform>Wachtend op antwoord (%n)</numerusform>
            <numerusform>Wachtend op antwoord (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Open cases at the end of the day (%n)</source>
        <translation>
            <numerusform>Open zaken aan het eind van de dag (%n)</numerusform>
            <numerusform>Open zaken aan het eind van de dag (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>past due</source>
        <translation>over de deadline</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 h</source>
        <translation>%1 uur</translation>
    </message>
</context>
<context>
    <name>RosterActions</name>
    <message>
        <location filename="../../core/roster/actions.py" line="+43"/>
        <source>unknown channel %1: use %2</source>
        <translation>onbekend kanaal %1: gebruik %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>choose at least one channel</source>
        <translation>kies minstens één kanaal</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+10"/>
        <source>give the person&apos;s name</source>
        <translation>geef de naam van de medewerker</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nothing to change: give a name or channels</source>
        <translation>niets te wijzigen: geef een naam of kanalen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown team member %1</source>
        <translation>onbekend teamlid %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a shift ends after it starts</source>
        <translation>een dienst eindigt na het begin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a shift is at most 16 hours</source>
        <translation>een dienst duurt hoogstens 16 uur</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>choose at least one day</source>
        <translation>kies minstens één dag</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the shift is already there</source>
        <translation>de dienst staat er al</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>choose another week to copy from</source>
        <translation>kies een andere week om uit te kopiëren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>nothing to copy from the week of %1</source>
        <translation>niets te kopiëren uit de week van %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>nobody had a shift on %1</source>
        <translation>niemand had dienst op %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no shifts to cancel</source>
        <translation>geen diensten om te schrappen</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/roster_actions.py" line="+65"/>
        <source>Not saved: %1</source>
        <translation>Niet opgeslagen: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Undone.</source>
        <translation>Ongedaan gemaakt.</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>Planned %n shift(s) for %1.</source>
        <translation>
            <numerusform>%n dienst gepland voor %1.</numerusform>
            <numerusform>%n diensten gepland voor %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Moved %1&apos;s shift of %2 %3 to %4, %5 %6.</source>
        <translation>Dienst van %1 op %2 %3 verplaatst naar %4, %5 %6.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Deleted %1&apos;s shift of %2 %3.</source>
        <translation>Dienst van %1 op %2 %3 verwijderd.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Copied the shift to %1, %2.</source>
        <translation>Dienst gekopieerd naar %1, %2.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Add a shift on %1…</source>
        <translation>Dienst toevoegen op %1…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change %1…</source>
        <translation>%1 wijzigen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1</source>
        <translation>%1 verwijderen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Copied the shifts of the week of %1.</source>
        <translation>De diensten van de week van %1 zijn gekopieerd.</translation>
    </message>
</context>
<context>
    <name>RosterCsv</name>
    <message>
        <location filename="../../core/roster/csv_import.py" line="+38"/>
        <source>employee</source>
        <translation>medewerker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date</source>
        <translation>datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start</source>
        <translation>begin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end</source>
        <translation>einde</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>the file is empty or its first line (the column names) is blank</source>
        <translation>het bestand is leeg of de eerste regel (de kolomnamen) is leeg</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 is not a date (like 2026-11-30 or 30-11-2026)</source>
        <translation>%1 is geen datum (zoals 30-11-2026 of 2026-11-30)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>start %1 is not a time (like 08:30)</source>
        <translation>begin %1 is geen tijd (zoals 08:30)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>end %1 is not a time (like 08:30)</source>
        <translation>einde %1 is geen tijd (zoals 08:30)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no date: map a date column, or give date and time in one cell</source>
        <translation>geen datum: kies een datumkolom, of zet datum en tijd samen in één cel</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is not on the team (add them first)</source>
        <translation>%1 zit niet in het team (voeg deze persoon eerst toe)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has left the team</source>
        <translation>%1 is uit het team</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>choose the column that holds %1</source>
        <translation>kies de kolom met %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no %1</source>
        <translation>geen %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the shift ends before it starts</source>
        <translation>de dienst eindigt voordat hij begint</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a shift is at most 16 hours</source>
        <translation>een dienst duurt hoogstens 16 uur</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>no row holds a shift that can be imported</source>
        <translation>geen enkele regel bevat een dienst die kan worden geïmporteerd</translation>
    </message>
</context>
<context>
    <name>RosterImport</name>
    <message>
        <location filename="../../desktop/roster_import.py" line="+27"/>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until</source>
        <translation>Tot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <location line="+61"/>
        <location line="+59"/>
        <source>Import a roster</source>
        <translation>Rooster importeren</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>a CSV file: a row per shift</source>
        <translation>een csv-bestand: een regel per dienst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose a file.</source>
        <translation>Kies een bestand.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+90"/>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Which column holds what? Day may be left empty when From and Until hold a date and a time.</source>
        <translation>Welke kolom bevat wat? Dag mag leeg blijven als Van en Tot een datum en een tijd bevatten.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Csv-bestanden (*.csv *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot read %1: %2.</source>
        <translation>Kan %1 niet lezen: %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>column %1</source>
        <translation>kolom %1</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n shift(s) ready to import</source>
        <translation>
            <numerusform>%n dienst klaar om te importeren</numerusform>
            <numerusform>%n diensten klaar om te importeren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n row(s) with a problem left out (see Problem)</source>
        <translation>
            <numerusform>%n regel met een probleem overgeslagen (zie Probleem)</numerusform>
            <numerusform>%n regels met een probleem overgeslagen (zie Probleem)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Import %n shift(s)</source>
        <translation>
            <numerusform>%n dienst importeren</numerusform>
            <numerusform>%n diensten importeren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Imported %n shift(s)</source>
        <translation>
            <numerusform>%n dienst geïmporteerd</numerusform>
            <numerusform>%n diensten geïmporteerd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n were already there</source>
        <translation>
            <numerusform>%n stond er al</numerusform>
            <numerusform>%n stonden er al</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n row(s) left out</source>
        <translation>
            <numerusform>%n regel overgeslagen</numerusform>
            <numerusform>%n regels overgeslagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing was imported: %1</source>
        <translation>Er is niets geïmporteerd: %1</translation>
    </message>
</context>
<context>
    <name>RosterPanel</name>
    <message>
        <location filename="../../desktop/panels/roster.py" line="+58"/>
        <source>The week before</source>
        <translation>De week ervoor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The week after</source>
        <translation>De week erna</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;Week of&apos; ddd d MMM yyyy</source>
        <comment>a Qt date format: words in single quotes</comment>
        <translation>&apos;Week van&apos; ddd d MMM yyyy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This week</source>
        <translation>Deze week</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add shift…</source>
        <translation>Dienst toevoegen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan a shift; the same hours on several days at once</source>
        <translation>Plan een dienst; dezelfde uren op meer dagen tegelijk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy previous week</source>
        <translation>Vorige week kopiëren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan last week&apos;s shifts again in this week</source>
        <translation>De diensten van vorige week opnieuw plannen in deze week</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import CSV…</source>
        <translation>Csv importeren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a roster from a spreadsheet or scheduling tool</source>
        <translation>Een rooster importeren uit een spreadsheet of planningsprogramma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team…</source>
        <translation>Team…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add, change or deactivate team members and channels</source>
        <translation>Teamleden en kanalen toevoegen, wijzigen of uitschakelen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Nobody is on the team yet. Add the people who work here, then plan their shifts week by week.</source>
        <translation>Er zit nog niemand in het team. Voeg de mensen toe die hier werken en plan daarna hun diensten per week.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add the team…</source>
        <translation>Team toevoegen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Double-click a day to add or change a shift · drag a shift to another day or person (Ctrl-drag copies) · Delete removes the selected shift · right-click for more</source>
        <translation>Dubbelklik op een dag om een dienst toe te voegen of te wijzigen · sleep een dienst naar een andere dag of persoon (Ctrl-slepen kopieert) · Delete verwijdert de gekozen dienst · rechtsklik voor meer</translation>
    </message>
    <message numerus="yes">
        <location line="+63"/>
        <source>%n shift(s)</source>
        <translation>
            <numerusform>%n dienst</numerusform>
            <numerusform>%n diensten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 hours</source>
        <translation>%1 uur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 people working this week</source>
        <translation>%1 van %2 medewerkers werken deze week</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nobody on %1</source>
        <translation>niemand op %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No shifts planned this week yet: add them, copy the previous week or import a roster.</source>
        <translation>Nog geen diensten gepland deze week: voeg ze toe, kopieer de vorige week of importeer een rooster.</translation>
    </message>
</context>
<context>
    <name>RosterText</name>
    <message>
        <location filename="../../core/roster/text.py" line="+15"/>
        <source>Week of %1 – %2</source>
        <translation>Week van %1 – %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nobody is on the team yet (balans team add).</source>
        <translation>Er zit nog niemand in het team (balans team add).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>hours</source>
        <translation>uren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (left)</source>
        <translation>%1 (vertrokken)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>on shift</source>
        <translation>in dienst</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Nobody is on the team yet.</source>
        <translation>Er zit nog niemand in het team.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>channels</source>
        <translation>kanalen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(left the team)</source>
        <translation>(uit het team)</translation>
    </message>
</context>
<context>
    <name>Routine</name>
    <message>
        <location filename="../../desktop/models/routine_list.py" line="+26"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New or changed</source>
        <translation>Nieuw of gewijzigd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acted upon</source>
        <translation>Opgepakt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>answered</source>
        <translation>opgenomen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>served</source>
        <translation>geholpen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>started</source>
        <translation>begonnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>finished</source>
        <translation>afgerond</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>title</source>
        <translation>titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due date</source>
        <translation>deadline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kind</source>
        <translation>soort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>estimate</source>
        <translation>schatting</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>someone</source>
        <translation>iemand</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Obstacle from %1: %2</source>
        <translation>Obstakel van %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 contact about %2</source>
        <translation>Contact via %1 over %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 contact</source>
        <translation>Contact via %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, abandoned</source>
        <translation>, afgehaakt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New task: %1</source>
        <translation>Nieuwe taak: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Task changed (%1): %2</source>
        <translation>Taak gewijzigd (%1): %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing</source>
        <translation>niets</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>for the team lead</source>
        <translation>voor de teamleider</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not picked up yet</source>
        <translation>nog niet opgepakt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>picked up</source>
        <translation>opgepakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✓ %1 by %2 %3</source>
        <translation>✓ %1 door %2 %3</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Since the end of %1: %2 new or changed, %3 acted upon, %4 not picked up yet.</source>
        <translation>Sinds het einde van %1: %2 nieuw of gewijzigd, %3 opgepakt, %4 nog niet opgepakt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>other</source>
        <translation>overig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Served contacts (%1) are counted, not listed.</source>
        <translation>Geholpen contacten (%1) zijn geteld, niet opgesomd.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open cases at the end: %1</source>
        <translation>Open zaken aan het eind: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; contacts waiting for an answer: %1.</source>
        <translation>; contacten die op antwoord wachten: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not a working day.</source>
        <translation>Geen werkdag.</translation>
    </message>
</context>
<context>
    <name>RoutineText</name>
    <message>
        <location filename="../../core/routine/text.py" line="+17"/>
        <source>Routine for %1</source>
        <translation>Routine voor %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (not a working day)</source>
        <translation> (geen werkdag)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New or changed since %1, up to %2</source>
        <translation>Nieuw of gewijzigd sinds %1, tot %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>NEW OR CHANGED: %1 items, %2 acted upon, %3 still to pick up</source>
        <translation>NIEUW OF GEWIJZIGD: %1 items, %2 opgepakt, %3 nog op te pakken</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>contacts served: %1</source>
        <translation>contacten geholpen: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>WAITING FOR AN ANSWER: %1</source>
        <translation>WACHT OP ANTWOORD: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> about %1</source>
        <translation> over %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1%2, since %3 (%4 days)</source>
        <translation>%1%2, sinds %3 (%4 dagen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OPEN CASES: %1</source>
        <translation>OPEN ZAKEN: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, due %1</source>
        <translation>, deadline %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (past due)</source>
        <translation> (over de deadline)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, with %1</source>
        <translation>, bij %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 days old, %2%3%4; last activity %5</source>
        <translation>%1 dagen oud, %2%3%4; laatste activiteit %5</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>obstacle from %1: %2</source>
        <translation>obstakel van %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 by %2 %3</source>
        <translation>%1 door %2 %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>someone</source>
        <translation>iemand</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> - not picked up yet</source>
        <translation> - nog niet opgepakt</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../desktop/settings.py" line="+53"/>
        <source>Database URL (empty: this PC only)</source>
        <translation>Database-URL (leeg: alleen deze pc)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team time zone</source>
        <translation>Tijdzone van het team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who I am</source>
        <translation>Wie ik ben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flag context switching above</source>
        <translation>Veel wisselen signaleren boven</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flag back office realised below</source>
        <translation>Backoffice niet gehaald signaleren onder</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only with planned back office of at least</source>
        <translation>Alleen bij geplande backoffice van minstens</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>During the day: flag switching after at least</source>
        <translation>Tijdens de dag: wisselen signaleren na minstens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>... and at least this many switches</source>
        <translation>... en minstens zoveel wissels</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>During the day: flag a task put aside for</source>
        <translation>Tijdens de dag: een weggelegde taak signaleren na</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone: answer within</source>
        <translation>Telefoon: opnemen binnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chat: answer within</source>
        <translation>Chat: beantwoorden binnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counter: see within</source>
        <translation>Balie: helpen binnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail: answer within</source>
        <translation>E-mail: beantwoorden binnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost of an hour of work</source>
        <translation>Kosten van een uur werk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customers who give up, at most</source>
        <translation>Klanten die afhaken, hoogstens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear the backlog within</source>
        <translation>Werkvoorraad weggewerkt binnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Getting back into back office after contact</source>
        <translation>Weer in de backoffice komen na klantcontact</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resuming a task a customer interrupted</source>
        <translation>Een door een klant onderbroken taak hervatten</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="+31"/>
        <location line="+2"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Where Balans keeps its data</source>
        <translation>Waar Balans de gegevens bewaart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This PC only (embedded database, nothing to install)</source>
        <translation>Alleen deze pc (ingebouwde database, niets te installeren)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team server (PostgreSQL, shared by several PCs)</source>
        <translation>Teamserver (PostgreSQL, gedeeld door meerdere pc&apos;s)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Test connection</source>
        <translation>Verbinding testen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port</source>
        <translation>Poort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Team, flags and targets</source>
        <translation>Team, signalen en normen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The system&apos;s language</source>
        <translation>De taal van het systeem</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> per hour</source>
        <translation> per uur</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="-5"/>
        <source> min at work</source>
        <translation> min aan het werk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> switches</source>
        <translation> wissels</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+14"/>
        <location line="+1"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>hours</source>
        <translation>uur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>days</source>
        <translation>dagen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> EUR</source>
        <translation> EUR</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language (from the next start)</source>
        <translation>Taal (vanaf de volgende start)</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Looking for this computer&apos;s keyring…</source>
        <translation>De sleutelbos van deze computer wordt gezocht…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The password is kept in this computer&apos;s keyring.</source>
        <translation>Het wachtwoord wordt bewaard in de sleutelbos van deze computer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This computer has no keyring: Balans will ask for the password at every start and never store it.</source>
        <translation>Deze computer heeft geen sleutelbos: Balans vraagt bij elke start om het wachtwoord en bewaart het nergens.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>✗ Could not connect: %1.</source>
        <translation>✗ Geen verbinding: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trying the server…</source>
        <translation>De server wordt geprobeerd…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos; is not a time zone (for example Europe/Amsterdam).</source>
        <translation>&apos;%1&apos; is geen tijdzone (bijvoorbeeld Europe/Amsterdam).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the team server&apos;s name or address.</source>
        <translation>Vul de naam of het adres van de teamserver in.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the database and your user name on the server.</source>
        <translation>Vul de database en je gebruikersnaam op de server in.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 Save these server settings anyway?</source>
        <translation>%1 Deze serverinstellingen toch opslaan?</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The keyring refused the password; nothing was stored.</source>
        <translation>De sleutelbos weigerde het wachtwoord; er is niets bewaard.</translation>
    </message>
</context>
<context>
    <name>ShiftDialog</name>
    <message>
        <location filename="../../desktop/shift_dialog.py" line="+30"/>
        <source>Change a shift</source>
        <translation>Dienst wijzigen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a shift</source>
        <translation>Dienst toevoegen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>ends the next day</source>
        <translation>eindigt de volgende dag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mon–Fri</source>
        <translation>ma–vr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check Monday to Friday</source>
        <translation>Maandag tot en met vrijdag aanvinken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Days</source>
        <translation>Dagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>until</source>
        <translation>tot</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete shift</source>
        <translation>Dienst verwijderen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Add the team first.</source>
        <translation>Voeg eerst het team toe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check at least one day.</source>
        <translation>Vink minstens één dag aan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The shift ends before it starts (check &apos;ends the next day&apos; for a night).</source>
        <translation>De dienst eindigt voordat hij begint (vink &apos;eindigt de volgende dag&apos; aan voor een nachtdienst).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A shift is at most 16 hours.</source>
        <translation>Een dienst duurt hoogstens 16 uur.</translation>
    </message>
</context>
<context>
    <name>ShiftDialogs</name>
    <message>
        <location filename="../../desktop/panels/myshift_dialogs.py" line="+29"/>
        <source>Resolved</source>
        <translation>Opgelost</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs a follow-up task</source>
        <translation>Vervolgtaak nodig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referred elsewhere</source>
        <translation>Doorverwezen</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Due by</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Register a contact</source>
        <translation>Contact registreren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End the contact</source>
        <translation>Contact afronden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It took about</source>
        <translation>Het duurde ongeveer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>— choose a reason —</source>
        <translation>— kies een reden —</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>— no, a new question —</source>
        <translation>— nee, een nieuwe vraag —</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Follow-up task, e.g. &apos;Call back about permit 2026-118&apos;</source>
        <translation>Vervolgtaak, bijv. &apos;Terugbellen over vergunning 2026-118&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>me</source>
        <translation>mij</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason</source>
        <translation>Contactreden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About an open case?</source>
        <translation>Over een open zaak?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>Vervolgactie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-up for</source>
        <translation>Vervolgactie voor</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose the reason the customer got in touch.</source>
        <translation>Kies waarom de klant contact opnam.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the follow-up task a short title.</source>
        <translation>Geef de vervolgtaak een korte titel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+35"/>
        <source>The due date is in the past.</source>
        <translation>De deadline ligt in het verleden.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>New task</source>
        <translation>Nieuwe taak</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. &apos;Check permit file 2026-118&apos;</source>
        <translation>bijv. &apos;Vergunningsdossier 2026-118 nakijken&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start it now</source>
        <translation>Nu beginnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Give the task a short title.</source>
        <translation>Geef de taak een korte titel.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Log an obstacle</source>
        <translation>Obstakel melden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What got in the way? Your team lead sees this in the end-of-day summary.</source>
        <translation>Wat zat je in de weg? Je teamleider ziet dit in het overzicht aan het einde van de dag.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Describe it in a few words.</source>
        <translation>Beschrijf het in een paar woorden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>in back office now</source>
        <translation>nu in backoffice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in contact now</source>
        <translation>nu in klantcontact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on a break</source>
        <translation>met pauze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not started</source>
        <translation>nog niet begonnen</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+34"/>
        <source>Hand over</source>
        <translation>Overdragen</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Where it stands, e.g. &apos;waiting for the scan from Mr Bos&apos;</source>
        <translation>Hoe het ervoor staat, bijv. &apos;wacht op de scan van dhr. Bos&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who takes over “%1”?</source>
        <translation>Wie neemt “%1” over?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colleague</source>
        <translation>Collega</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+17"/>
        <source>There is no colleague to hand it to.</source>
        <translation>Er is geen collega om het aan over te dragen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your task in progress</source>
        <translation>Je lopende taak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause “%1” or hand it over?</source>
        <translation>“%1” pauzeren of overdragen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A paused task stays yours, so you can pick it up later.</source>
        <translation>Een gepauzeerde taak blijft van jou, zodat je hem later weer kunt oppakken.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pause</source>
        <translation>Pauzeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hand over to…</source>
        <translation>Overdragen aan…</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../desktop/app.py" line="+179"/>
        <source>no password was given for the team server</source>
        <translation>er is geen wachtwoord voor de teamserver opgegeven</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+33"/>
        <location filename="../../desktop/startup.py" line="+20"/>
        <source>Balans cannot open its database: %1.</source>
        <translation>Balans kan zijn database niet openen: %1.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Password for %1</source>
        <translation>Wachtwoord voor %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This computer has no keyring, so Balans cannot remember it.</source>
        <translation>Deze computer heeft geen sleutelbos, dus Balans kan het niet onthouden.</translation>
    </message>
    <message>
        <location filename="../../desktop/startup.py" line="+1"/>
        <source>Check the server in the settings, or work on this PC only for now (the server setting is kept for the next start).</source>
        <translation>Controleer de server in de instellingen, of werk voorlopig alleen op deze pc (de serverinstelling blijft bewaard voor de volgende start).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings…</source>
        <translation>Instellingen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This PC only</source>
        <translation>Alleen deze pc</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../../core/storage/address.py" line="+41"/>
        <source>This PC only — %1</source>
        <translation>Alleen deze pc — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team server — %1/%2</source>
        <translation>Teamserver — %1/%2</translation>
    </message>
    <message>
        <location filename="../../core/storage/credentials.py" line="+72"/>
        <source>this system has no keyring to keep the password in; Balans will ask for it at every start</source>
        <translation>dit systeem heeft geen sleutelbos om het wachtwoord in te bewaren; Balans vraagt er bij elke start om</translation>
    </message>
    <message>
        <location filename="../../core/storage/probe.py" line="+30"/>
        <source>the server did not answer</source>
        <translation>de server gaf geen antwoord</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file on this PC opens</source>
        <translation>het bestand op deze pc gaat open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>connected to %1 on %2</source>
        <translation>verbonden met %1 op %2</translation>
    </message>
    <message>
        <location filename="../../core/storage/store.py" line="+58"/>
        <source>%1 is not a database URL (is the port a number?)</source>
        <translation>%1 is geen database-URL (is de poort een getal?)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unsupported database %1: use sqlite or postgresql</source>
        <translation>database %1 wordt niet ondersteund: gebruik sqlite of postgresql</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the port %1 in the database URL is not a number from 1 to 65535</source>
        <translation>de poort %1 in de database-URL is geen getal van 1 tot 65535</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the folder %1 does not exist</source>
        <translation>de map %1 bestaat niet</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>this database has schema version %1, newer than this program knows (up to %2); please update Balans</source>
        <translation>deze database heeft schemaversie %1, nieuwer dan dit programma kent (tot %2); werk Balans bij</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the server refused the user name or password</source>
        <translation>de server weigerde de gebruikersnaam of het wachtwoord</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the database does not exist on that server</source>
        <translation>de database bestaat niet op die server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>that user does not exist on the server</source>
        <translation>die gebruiker bestaat niet op de server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server took too long and stopped; nothing was stored, try again</source>
        <translation>de server deed er te lang over en stopte; er is niets opgeslagen, probeer het opnieuw</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the journal is locked by another session or program; nothing was stored, try again</source>
        <translation>het journaal is vergrendeld door een andere sessie of een ander programma; er is niets opgeslagen, probeer het opnieuw</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the database server is not reachable</source>
        <translation>de databaseserver is niet bereikbaar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the database on the server needs updating by its owner: run &apos;balans server init&apos; with the owner&apos;s login</source>
        <translation>de database op de server moet door de eigenaar worden bijgewerkt: voer &apos;balans server init&apos; uit met de login van de eigenaar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the database file cannot be opened</source>
        <translation>het databasebestand kan niet worden geopend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>that file is not a Balans (SQLite) database, or it is damaged</source>
        <translation>dat bestand is geen Balans-database (SQLite), of het is beschadigd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the disk is full; nothing was stored</source>
        <translation>de schijf is vol; er is niets opgeslagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the database file is read-only</source>
        <translation>het databasebestand is alleen-lezen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the database could not be opened: %1</source>
        <translation>de database kon niet worden geopend: %1</translation>
    </message>
</context>
<context>
    <name>Suggest</name>
    <message>
        <location filename="../../core/live/suggest.py" line="+112"/>
        <source>queues calm for %1 min; %2 in contact mode, %3 planned</source>
        <translation>wachtrijen al %1 min rustig; %2 in klantcontact, %3 gepland</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>back to %1 min of planned back office</source>
        <translation>terug naar %1 min geplande backoffice</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+26"/>
        <source> (until %1)</source>
        <translation> (tot %1)</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>, after the current contact</source>
        <translation>, na het huidige contact</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>; %n stay(s) in contact mode</source>
        <translation>
            <numerusform>; %n blijft in klantcontact</numerusform>
            <numerusform>; %n blijven in klantcontact</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 queue building: %2 waiting</source>
        <translation>wachtrij %1 loopt op: %2 wachtend</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, longest %1</source>
        <translation>, langste %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (target %1)</source>
        <translation> (norm %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; %1 in contact mode</source>
        <translation>; %1 in klantcontact</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %1 needed</source>
        <translation>, %1 nodig</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>takes %1 out of planned back office: %2 min left in the block%3</source>
        <translation>haalt %1 uit geplande backoffice: nog %2 min in het blok%3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not in a planned back-office block</source>
        <translation>%1 zit niet in een gepland backofficeblok</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (past due)</source>
        <translation> (over de deadline)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (due today)</source>
        <translation> (deadline vandaag)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>puts %1 on hold%2</source>
        <translation>pauzeert %1%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no task in progress</source>
        <translation>geen taak bezig</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n switch(es) today</source>
        <translation>
            <numerusform>%n wissel vandaag</numerusform>
            <numerusform>%n wissels vandaag</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuggestionBar</name>
    <message>
        <location filename="../../desktop/widgets/cards.py" line="+43"/>
        <source>Notify…</source>
        <translation>Inzetten…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not now</source>
        <translation>Niet nu</translation>
    </message>
</context>
<context>
    <name>SummaryCharts</name>
    <message>
        <location filename="../../desktop/charts/summary_charts.py" line="+194"/>
        <source>Planned and actual time per person</source>
        <translation>Geplande en werkelijke tijd per persoon</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>minutes</source>
        <translation>minuten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1  &amp;nbsp;·&amp;nbsp; upper bar: planned (pale), lower bar: actual (solid)</source>
        <translation>%1  &amp;nbsp;·&amp;nbsp; bovenste balk: gepland (licht), onderste balk: werkelijk (vol)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nobody was planned or active this day.</source>
        <translation>Niemand was deze dag ingepland of actief.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Service level per 15 minutes</source>
        <translation>Servicelevel per 15 minuten</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>in target (%)</source>
        <translation>binnen de norm (%)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Service level per %1 minutes</source>
        <translation>Servicelevel per %1 minuten</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No phone, counter or chat contacts this day.</source>
        <translation>Deze dag geen contacten via telefoon, balie of chat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1  &amp;nbsp;·&amp;nbsp; dashed line: the %2% goal; no point: nobody arrived on that channel</source>
        <translation>%1  &amp;nbsp;·&amp;nbsp; stippellijn: de norm van %2%; geen punt: niemand kwam binnen op dat kanaal</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Backlog over the day</source>
        <translation>Werkvoorraad over de dag</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>tasks open</source>
        <translation>taken open</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>tasks open at the end of each %1 minutes &amp;nbsp;·&amp;nbsp; %2 at the start, %3 new, %4 finished, %5 at the end</source>
        <translation>taken open aan het eind van elke %1 minuten &amp;nbsp;·&amp;nbsp; %2 aan het begin, %3 nieuw, %4 afgerond, %5 aan het eind</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No figures for this day.</source>
        <translation>Geen cijfers voor deze dag.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Contact reasons (Pareto)</source>
        <translation>Contactredenen (Pareto)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>contacts</source>
        <translation>contacten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cumulative share of contacts (%)</source>
        <translation>cumulatief aandeel (%)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>line: cumulative share</source>
        <translation>lijn: cumulatief aandeel</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No ended contacts with a reason this day.</source>
        <translation>Deze dag geen afgeronde contacten met een reden.</translation>
    </message>
</context>
<context>
    <name>SummaryCsv</name>
    <message>
        <location filename="../../core/summary/export.py" line="+36"/>
        <source>%1 planned (min)</source>
        <translation>%1 gepland (min)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 actual (min)</source>
        <translation>%1 werkelijk (min)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contacts handled</source>
        <translation>Contacten afgehandeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasks finished</source>
        <translation>Taken afgerond</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasks left open</source>
        <translation>Taken open gebleven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switches between contact and back office</source>
        <translation>Wissels tussen klantcontact en backoffice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts during a task</source>
        <translation>Contacten tijdens een taak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back office realised (%)</source>
        <translation>Backoffice gerealiseerd (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Offered</source>
        <translation>Aangeboden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered</source>
        <translation>Beantwoord</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Abandoned</source>
        <translation>Afgehaakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered within target (%)</source>
        <translation>Binnen de norm beantwoord (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average wait (s)</source>
        <translation>Gemiddelde wachttijd (s)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Handling time (s)</source>
        <translation>Afhandeltijd (s)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Contact reason</source>
        <translation>Contactreden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind of demand</source>
        <translation>Soort vraag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>Contacten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Handling (min)</source>
        <translation>Afhandeling (min)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost (EUR)</source>
        <translation>Kosten (EUR)</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>pulled into contacts %n time(s)</source>
        <translation>
            <numerusform>%n keer naar klantcontact gehaald</numerusform>
            <numerusform>%n keer naar klantcontact gehaald</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n task(s) left open</source>
        <translation>
            <numerusform>%n taak open gebleven</numerusform>
            <numerusform>%n taken open gebleven</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>got %1 of %2 planned back-office minutes</source>
        <translation>%1 van %2 geplande backofficeminuten gekregen</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <location filename="../../desktop/panels/summary.py" line="+85"/>
        <source>Previous day</source>
        <translation>Vorige dag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next day</source>
        <translation>Volgende dag</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export CSV…</source>
        <translation>CSV exporteren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export PDF…</source>
        <translation>PDF exporteren…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Show served contacts too</source>
        <translation>Ook geholpen contacten tonen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only what is not picked up yet</source>
        <translation>Alleen wat nog niet is opgepakt</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Routine: new or changed since the previous working day</source>
        <translation>Routine: nieuw of gewijzigd sinds de vorige werkdag</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Obstacles of the day</source>
        <translation>Obstakels van de dag</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sorted by name; click a column to sort by it. Notes say what the day did to someone — they are not a score.</source>
        <translation>Op naam gesorteerd; klik op een kolom om daarop te sorteren. Notities zeggen wat de dag met iemand deed — het is geen score.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>People</source>
        <translation>Medewerkers</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Charts</source>
        <translation>Grafieken</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Reading the journal…</source>
        <translation>Het journaal wordt gelezen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not read the summary: %1</source>
        <translation>Het overzicht kon niet worden gelezen: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n person(s) on this day</source>
        <translation>
            <numerusform>%n persoon op deze dag</numerusform>
            <numerusform>%n personen op deze dag</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody was planned or active on this day.</source>
        <translation>Niemand was op deze dag ingepland of actief.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Today so far, as of %1 · %2</source>
        <translation>Vandaag tot nu toe, stand %1 · %2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No obstacles were logged this day.</source>
        <translation>Deze dag zijn geen obstakels gemeld.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For the team lead to take away.</source>
        <translation>Voor de teamleider om op te pakken.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export CSV</source>
        <translation>CSV exporteren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saved people, channels and reasons as CSV in %1</source>
        <translation>Medewerkers, kanalen en redenen als CSV opgeslagen in %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export PDF</source>
        <translation>PDF exporteren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saved %1</source>
        <translation>%1 opgeslagen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not save: %1</source>
        <translation>Opslaan lukte niet: %1</translation>
    </message>
</context>
<context>
    <name>SummaryTable</name>
    <message numerus="yes">
        <location filename="../../desktop/models/summary_table.py" line="+89"/>
        <source>%n task(s) left open</source>
        <translation>
            <numerusform>%n taak open gebleven</numerusform>
            <numerusform>%n taken open gebleven</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>got %1 of %2 min back office</source>
        <translation>%1 van %2 min backoffice gekregen</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>pulled into contacts %n time(s)</source>
        <translation>
            <numerusform>%n keer naar klantcontact gehaald</numerusform>
            <numerusform>%n keer naar klantcontact gehaald</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1
planned → actual</source>
        <translation>%1
gepland → werkelijk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: planned minutes → actual minutes</source>
        <translation>%1: geplande minuten → werkelijke minuten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the day did to this person (not a score)</source>
        <translation>Wat de dag met deze persoon deed (geen score)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contacts
handled</source>
        <translation>Contacten
afgehandeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts this person ended</source>
        <translation>Contacten die deze persoon afrondde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tasks
finished</source>
        <translation>Taken
afgerond</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasks this person finished</source>
        <translation>Taken die deze persoon afrondde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tasks
left open</source>
        <translation>Taken
open gebleven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasks this person started today that are still open</source>
        <translation>Taken die deze persoon vandaag begon en die nog open zijn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Switches</source>
        <translation>Wissels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes between contact and back office</source>
        <translation>Wissels tussen klantcontact en backoffice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contacts
during a task</source>
        <translation>Contacten
tijdens een taak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts answered while a task was in progress</source>
        <translation>Contacten beantwoord terwijl een taak bezig was</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back office
realised</source>
        <translation>Backoffice
gerealiseerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the planned back-office minutes spent on back office without serving a customer</source>
        <translation>Deel van de geplande backofficeminuten dat echt aan backoffice is besteed, zonder een klant te helpen</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>%1: planned %2 min, actual %3 min</source>
        <translation>%1: gepland %2 min, werkelijk %3 min</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 switches and contacts during a task per working hour</source>
        <translation>%1 wissels en contacten tijdens een taak per gewerkt uur</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>; € %1 of € %2 handling cost</source>
        <translation>; € %1 van € %2 afhandelkosten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no contacts arrived</source>
        <translation>geen contacten binnengekomen</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location line="+2"/>
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n taak</numerusform>
            <numerusform>%n taken</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service level</source>
        <translation>Servicelevel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>answered within target (%1)</source>
        <translation>binnen de norm beantwoord (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Abandoned</source>
        <translation>Afgehaakt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1% of %2 offered; target at most 5%</source>
        <translation>%1% van %2 aangeboden; norm hoogstens 5%</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First-contact resolution</source>
        <translation>Direct opgelost</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>of ended contacts resolved on the spot; target 80%</source>
        <translation>van de afgeronde contacten meteen opgelost; norm 80%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failure demand</source>
        <translation>Faalvraag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>of contacts with a reason</source>
        <translation>van de contacten met een reden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backlog in</source>
        <translation>Werkvoorraad in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new today; %1 open at the start</source>
        <translation>nieuw vandaag; %1 open aan het begin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backlog out</source>
        <translation>Werkvoorraad uit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>finished, %1 cancelled; %2 open at the end, %3 past due</source>
        <translation>afgerond, %1 geannuleerd; %2 open aan het eind, %3 over de deadline</translation>
    </message>
</context>
<context>
    <name>TaskTabs</name>
    <message>
        <location filename="../../desktop/panels/myshift_tasks.py" line="+44"/>
        <source>My tasks</source>
        <translation>Mijn taken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team backlog</source>
        <translation>Werkvoorraad team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Beginnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause</source>
        <translation>Pauzeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New task…</source>
        <translation>Nieuwe taak…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>My tasks (%1)</source>
        <translation>Mijn taken (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team backlog (%1)</source>
        <translation>Werkvoorraad team (%1)</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../../desktop/models/tasks.py" line="+21"/>
        <source>Task</source>
        <translation>Taak</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age</source>
        <translation>Ouderdom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With</source>
        <translation>Bij</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>Gepauzeerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h</source>
        <translation>%1 u</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>today %1</source>
        <translation>vandaag %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · overdue</source>
        <translation>%1 · over de deadline</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <location filename="../../desktop/team_dialog.py" line="+31"/>
        <location line="+111"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Show former members</source>
        <translation>Oud-teamleden tonen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add…</source>
        <translation>Toevoegen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+61"/>
        <source>Leaves the team</source>
        <translation>Gaat uit het team</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Their history stays; their shifts that have not begun are cancelled</source>
        <translation>De geschiedenis blijft; diensten die nog niet begonnen zijn, vervallen</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Nobody is on the team yet: add the people who work here.</source>
        <translation>Er zit nog niemand in het team: voeg de mensen toe die hier werken.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n on the team.</source>
        <translation>
            <numerusform>%n in het team.</numerusform>
            <numerusform>%n in het team.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Back on the team</source>
        <translation>Terug in het team</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 leaves the team?

Their history stays. Their shifts from now on are cancelled.</source>
        <translation>%1 gaat uit het team?

De geschiedenis blijft. De diensten vanaf nu vervallen.</translation>
    </message>
</context>
<context>
    <name>TeamModel</name>
    <message>
        <location filename="../../desktop/models/team_model.py" line="+13"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Short id</source>
        <translation>Korte id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channels</source>
        <translation>Kanalen</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1 (left the team)</source>
        <translation>%1 (uit het team)</translation>
    </message>
</context>
<context>
    <name>TeamNow</name>
    <message>
        <location filename="../../desktop/models/team_now.py" line="+25"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Hierna</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actual</source>
        <translation>Werkelijk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doing</source>
        <translation>Bezig met</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&lt;1 min</source>
        <translation>&lt;1 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Serving a %1 contact since %2</source>
        <translation>Helpt sinds %2 een klant via %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 — since %2</source>
        <translation>%1 — sinds %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, due %1</source>
        <translation>, deadline %1</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n switch(es)</source>
        <translation>
            <numerusform>%n wissel</numerusform>
            <numerusform>%n wissels</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>⚠ back and forth %1x</source>
        <translation>⚠ %1x heen en weer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>⚠ back office lost to contacts</source>
        <translation>⚠ backoffice kwijt aan klantcontact</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n switch(es) between contact and back office</source>
        <translation>
            <numerusform>%n wissel tussen klantcontact en backoffice</numerusform>
            <numerusform>%n wissels tussen klantcontact en backoffice</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n contact(s) during a task</source>
        <translation>
            <numerusform>%n contact tijdens een taak</numerusform>
            <numerusform>%n contacten tijdens een taak</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (%1 an hour)</source>
        <translation> (%1 per uur)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>off shift</source>
        <translation>geen dienst</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outside the planned shift</source>
        <translation>Buiten de geplande dienst</translation>
    </message>
</context>
<context>
    <name>WeekModel</name>
    <message>
        <location filename="../../desktop/models/week_model.py" line="+79"/>
        <source>%1 (left)</source>
        <translation>%1 (vertrokken)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n on shift</source>
        <translation>
            <numerusform>%n in dienst</numerusform>
            <numerusform>%n in dienst</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 h</source>
        <translation>%1 u</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2 %3 (%4 h)</source>
        <translation>%1: %2 %3 (%4 u)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drag to move · Ctrl-drag to copy</source>
        <translation>Slepen om te verplaatsen · Ctrl-slepen om te kopiëren</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <location filename="../../desktop/welcome.py" line="+16"/>
        <source>Welcome to Balans</source>
        <translation>Welkom bij Balans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This database is empty.</source>
        <translation>Deze database is leeg.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load a simulated front office to look around, or add your team.</source>
        <translation>Laad een gesimuleerde frontoffice om rond te kijken, of voeg je team toe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load demo data</source>
        <translation>Demogegevens laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the team</source>
        <translation>Team toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Simulating a front office…</source>
        <translation>Frontoffice simuleren…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Demo data could not be loaded: %1</source>
        <translation>Demogegevens konden niet worden geladen: %1</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../../core/words.py" line="+13"/>
        <source>Contact</source>
        <translation>Klantcontact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back office</source>
        <translation>Backoffice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Break</source>
        <translation>Pauze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counter</source>
        <translation>Balie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>Opgelost</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>Vervolgactie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referred</source>
        <translation>Doorverwezen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value demand</source>
        <translation>Waardevraag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failure demand</source>
        <translation>Faalvraag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Context switching</source>
        <translation>Veel wisselen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unfinished tasks</source>
        <translation>Taken open gebleven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back office not realised</source>
        <translation>Backoffice niet gehaald</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>contact</source>
        <translation>klantcontact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>back office</source>
        <translation>backoffice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>break</source>
        <translation>pauze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone</source>
        <translation>telefoon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>counter</source>
        <translation>balie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chat</source>
        <translation>chat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resolved</source>
        <translation>opgelost</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>follow-up</source>
        <translation>vervolgactie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>referred</source>
        <translation>doorverwezen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>value demand</source>
        <translation>waardevraag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failure demand</source>
        <translation>faalvraag</translation>
    </message>
</context>
</TS>
