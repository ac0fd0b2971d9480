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
