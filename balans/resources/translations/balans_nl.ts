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
    <name>DayWords</name>
    <message numerus="yes">
        <location filename="../../desktop/panels/myshift_text.py" line="+31"/>
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
    <name>ImportPreviewModel</name>
    <message>
        <location filename="../../desktop/models/import_preview.py" line="+14"/>
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
    <name>Journal</name>
    <message>
        <location filename="../../core/journal/state.py" line="+23"/>
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
        <location line="+43"/>
        <source>unknown task %1</source>
        <translation>onbekende taak %1</translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+36"/>
        <source>unknown contact %1</source>
        <translation>onbekend contact %1</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>task %1 is already finished</source>
        <translation>taak %1 is al klaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>task %1 is already cancelled</source>
        <translation>taak %1 is al geannuleerd</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+132"/>
        <source>unknown employee %1</source>
        <translation>onbekende medewerker %1</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>employee %1 has already left the team</source>
        <translation>medewerker %1 is al uit het team</translation>
    </message>
    <message>
        <location line="+15"/>
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
        <location line="+31"/>
        <location line="+49"/>
        <source>contact %1 has already arrived</source>
        <translation>contact %1 is al binnengekomen</translation>
    </message>
    <message>
        <location line="-38"/>
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
        <location line="+7"/>
        <source>contact %1 cannot end before it was answered</source>
        <translation>contact %1 kan niet eindigen voordat het is beantwoord</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>contact %1 cannot be abandoned before it arrived</source>
        <translation>contact %1 kan niet afhaken voordat het binnenkwam</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>task %1 already exists</source>
        <translation>taak %1 bestaat al</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>task %1 is not in progress and cannot be paused</source>
        <translation>taak %1 is niet bezig en kan niet worden gepauzeerd</translation>
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
    <name>Startup</name>
    <message>
        <location filename="../../desktop/app.py" line="+190"/>
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
        <location line="+63"/>
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
