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
    <name>PlannerActions</name>
    <message>
        <location filename="../../desktop/panels/planner_actions.py" line="+263"/>
        <source>Took the copied shifts away again.</source>
        <translation>De gekopieerde diensten zijn weer weggehaald.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned the copied shifts again.</source>
        <translation>De gekopieerde diensten zijn opnieuw gepland.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not saved: {reason}</source>
        <translation>Niet opgeslagen: {reason}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="+95"/>
        <source>The system&apos;s language</source>
        <translation>De taal van het systeem</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Language (from the next start)</source>
        <translation>Taal (vanaf de volgende start)</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../desktop/app.py" line="+188"/>
        <source>no password was given for the team server</source>
        <translation>er is geen wachtwoord voor de teamserver opgegeven</translation>
    </message>
    <message>
        <location line="+11"/>
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
