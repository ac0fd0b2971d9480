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
    <name>ImportPreview</name>
    <message>
        <location filename="../../desktop/models/import_preview.py" line="+17"/>
        <location line="+9"/>
        <source>Line</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Arrived</source>
        <translation>Binnengekomen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+11"/>
        <source>Answered</source>
        <translation>Opgenomen</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Ended</source>
        <translation>Beëindigd</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Abandoned</source>
        <translation>Afgehaakt</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Employee</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offered</source>
        <translation>Aangeboden</translation>
    </message>
    <message>
        <location line="+3"/>
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
    <name>RoutineList</name>
    <message>
        <location filename="../../desktop/models/routine_list.py" line="+28"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <translation>beantwoord</translation>
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
        <location line="+42"/>
        <source>someone</source>
        <translation>iemand</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Obstacle from %1: %2</source>
        <translation>Obstakel van %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>for the team lead</source>
        <translation>voor de teamleider</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not picked up yet</source>
        <translation>nog niet opgepakt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>picked up</source>
        <translation>opgepakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✓ %1 by %2 %3</source>
        <translation>✓ %1 door %2 %3</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Since the end of %1: %2 new or changed, %3 acted upon, %4 not picked up yet.</source>
        <translation>Sinds het eind van %1: %2 nieuw of gewijzigd, %3 opgepakt, %4 nog niet opgepakt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>other</source>
        <translation>overig</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Served contacts (%1) are counted, not listed.</source>
        <translation>Geholpen contacten (%1) zijn geteld, niet opgesomd.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open cases at the end: %1; contacts waiting for an answer: %2.</source>
        <translation>Open zaken aan het eind: %1; contacten die op antwoord wachten: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open cases at the end: %1.</source>
        <translation>Open zaken aan het eind: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a working day.</source>
        <translation>Geen werkdag.</translation>
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
