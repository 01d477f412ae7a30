<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>CommandLine</name>
    <message>
        <source>Prep sheets only: the company to write it for (default: every company).</source>
        <translation>Nur für Vorbereitungsblätter: das Unternehmen, für das es erstellt wird (Standard: alle Unternehmen).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Prepare behavioural interviews: a story vault, company values and R-STAR-L answers.

Commands:
  (none)             open the app on the vault
  import FILE.json   add the content of an exchange file to the vault
  export FILE.json   write the whole vault to an exchange file
  export FILE.pdf    write the prep sheet to print the night before; also FILE.html
                     or FILE.md (--company NAME for one company)
  check FILE.json    run the R-STAR-L coach on every answer in an exchange file and
                     print the findings as JSON</source>
        <translation>Bereiten Sie Verhaltensinterviews vor: ein Geschichtentresor, Unternehmenswerte und R-STAR-L-Antworten.

Befehle:
  (kein Befehl)      öffnet die App mit dem Tresor
  import DATEI.json  fügt den Inhalt einer Austauschdatei zum Tresor hinzu
  export DATEI.json  schreibt den gesamten Tresor in eine Austauschdatei
  export DATEI.pdf   schreibt das Vorbereitungsblatt zum Ausdrucken am Vorabend;
                     auch DATEI.html oder DATEI.md (--company NAME für ein Unternehmen)
  check DATEI.json   prüft jede Antwort einer Austauschdatei mit dem R-STAR-L-Coach
                     und gibt die Befunde als JSON aus</translation>
    </message>
    <message>
        <source>import, export or check</source>
        <translation>import, export oder check</translation>
    </message>
    <message>
        <source>The exchange file.</source>
        <translation>Die Austauschdatei.</translation>
    </message>
    <message>
        <source>The vault file to use (default: %1).</source>
        <translation>Die zu verwendende Tresordatei (Standard: %1).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>--database needs a file name.</source>
        <translation>--database benötigt einen Dateinamen.</translation>
    </message>
    <message>
        <source>unknown command “%1”; use import, export or check (see --help).</source>
        <translation>Unbekannter Befehl „%1“; verwenden Sie import, export oder check (siehe --help).</translation>
    </message>
    <message>
        <source>%1 needs a file name, for example: starling %1 vault.json</source>
        <translation>%1 benötigt einen Dateinamen, zum Beispiel: starling %1 vault.json</translation>
    </message>
    <message>
        <source>too many arguments after “%1 %2”.</source>
        <translation>Zu viele Argumente nach „%1 %2“.</translation>
    </message>
    <message>
        <source>cannot export to “%1”: use .json for the whole vault, or .pdf, .html or .md for the prep sheet.</source>
        <translation>Export nach „%1“ nicht möglich: Verwenden Sie .json für den gesamten Tresor oder .pdf, .html bzw. .md für das Vorbereitungsblatt.</translation>
    </message>
    <message>
        <source>--company applies to prep sheets (export FILE.pdf, .html or .md).</source>
        <translation>--company gilt nur für Vorbereitungsblätter (export DATEI.pdf, .html oder .md).</translation>
    </message>
    <message>
        <source>--company needs a company name.</source>
        <translation>--company benötigt einen Unternehmensnamen.</translation>
    </message>
    <message>
        <source>check reads an exchange file, not a vault; export the vault first (starling export FILE.json --database VAULT) and check that file.</source>
        <translation>check liest eine Austauschdatei, keinen Tresor; exportieren Sie zuerst den Tresor (starling export DATEI.json --database TRESOR) und prüfen Sie diese Datei.</translation>
    </message>
    <message>
        <source>There is no app-data folder on this system; give a vault with --database FILE.</source>
        <translation>Auf diesem System gibt es keinen Ordner für App-Daten; geben Sie mit --database DATEI einen Tresor an.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the default vault; give a vault with --database FILE.</source>
        <translation>Der Ordner %1 für den Standardtresor kann nicht angelegt werden; geben Sie mit --database DATEI einen Tresor an.</translation>
    </message>
    <message>
        <source>the app needs a display; use import, export or check on the command line.</source>
        <translation>Die App benötigt eine Anzeige; verwenden Sie auf der Befehlszeile import, export oder check.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 does not exist; there is no vault to export.</source>
        <translation>%1 existiert nicht; es gibt keinen Tresor zum Exportieren.</translation>
    </message>
    <message>
        <source>cannot import into %1: %2</source>
        <translation>Import in %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>Imported %1, %2, %3, %4, %5, %6 and %7 into %8.</source>
        <translation>%1, %2, %3, %4, %5, %6 und %7 in %8 importiert.</translation>
    </message>
    <message>
        <source>Wrote the prep sheet to %1.</source>
        <translation>Vorbereitungsblatt nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>%1 nach %2 exportiert.</translation>
    </message>
    <message>
        <source>check needs a file name, for example: starling check vault.json</source>
        <translation>check benötigt einen Dateinamen, zum Beispiel: starling check vault.json</translation>
    </message>
    <message>
        <source>%1 is a folder; give the exchange file to check.</source>
        <translation>%1 ist ein Ordner; geben Sie die zu prüfende Austauschdatei an.</translation>
    </message>
    <message>
        <source>%1 is larger than 512 MiB, too large for an exchange file.</source>
        <translation>%1 ist größer als 512 MiB und damit zu groß für eine Austauschdatei.</translation>
    </message>
    <message>
        <source>cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>cannot check %1: there is no temporary folder to work in (%2).</source>
        <translation>%1 kann nicht geprüft werden: Es gibt keinen temporären Ordner zum Arbeiten (%2).</translation>
    </message>
    <message>
        <source>cannot check %1: %2</source>
        <translation>%1 kann nicht geprüft werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a valid Starling exchange file: %2</source>
        <translation>%1 ist keine gültige Starling-Austauschdatei: %2</translation>
    </message>
    <message>
        <source>cannot check %1: the file lists %2 answers but %3 were read back; please report this.</source>
        <translation>%1 kann nicht geprüft werden: Die Datei enthält %2 Antworten, aber %3 wurden zurückgelesen; bitte melden Sie diesen Fehler.</translation>
    </message>
    <message numerus="yes">
        <source>%n story(s)</source>
        <translation>
            <numerusform>%n Geschichte</numerusform>
            <numerusform>%n Geschichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n company(s)</source>
        <translation>
            <numerusform>%n Unternehmen</numerusform>
            <numerusform>%n Unternehmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s)</source>
        <translation>
            <numerusform>%n Wert</numerusform>
            <numerusform>%n Werte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n Zuordnung</numerusform>
            <numerusform>%n Zuordnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n Frage</numerusform>
            <numerusform>%n Fragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n Antwort</numerusform>
            <numerusform>%n Antworten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n practice run(s)</source>
        <translation>
            <numerusform>%n Übungsdurchlauf</numerusform>
            <numerusform>%n Übungsdurchläufe</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Starling</source>
        <translation>Starling</translation>
    </message>
</context>
<context>
    <name>VaultBackups</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. If the disk is full, free some space and try again; nothing was changed.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Falls der Datenträger voll ist, geben Sie Speicherplatz frei und versuchen Sie es erneut; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Could not make the backups folder %1. Make the vault&apos;s folder writable to keep daily backups.</source>
        <translation>Der Sicherungsordner %1 konnte nicht angelegt werden. Machen Sie den Ordner des Tresors beschreibbar, um tägliche Sicherungen zu behalten.</translation>
    </message>
    <message>
        <source>The daily backup of the vault failed: %1</source>
        <translation>Die tägliche Sicherung des Tresors ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The daily backup of the vault failed: could not name it %1.</source>
        <translation>Die tägliche Sicherung des Tresors ist fehlgeschlagen: Sie konnte nicht %1 genannt werden.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be restored: %2 The vault was not changed.</source>
        <translation>Die Sicherung %1 kann nicht wiederhergestellt werden: %2 Der Tresor wurde nicht geändert.</translation>
    </message>
    <message>
        <source>Could not make the backups folder %1 to save the current vault before restoring. The vault was not changed.</source>
        <translation>Der Sicherungsordner %1 konnte nicht angelegt werden, um den aktuellen Tresor vor der Wiederherstellung zu sichern. Der Tresor wurde nicht geändert.</translation>
    </message>
    <message>
        <source>Could not save the current vault before restoring: %1</source>
        <translation>Der aktuelle Tresor konnte vor der Wiederherstellung nicht gesichert werden: %1</translation>
    </message>
    <message>
        <source>Could not restore: %1 is in use. Close every program using the vault, then try again. The vault was not changed.</source>
        <translation>Wiederherstellung nicht möglich: %1 wird verwendet. Schließen Sie alle Programme, die den Tresor verwenden, und versuchen Sie es erneut. Der Tresor wurde nicht geändert.</translation>
    </message>
    <message>
        <source>Could not restore the backup: %1</source>
        <translation>Die Sicherung konnte nicht wiederhergestellt werden: %1</translation>
    </message>
</context>
<context>
    <name>VaultExchange</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>wahr oder falsch</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>%1 is empty; it needs a name or some text.</source>
        <translation>%1 ist leer; es wird ein Name oder etwas Text benötigt.</translation>
    </message>
    <message>
        <source>%1 is empty; an id needs at least one character.</source>
        <translation>%1 ist leer; eine ID benötigt mindestens ein Zeichen.</translation>
    </message>
    <message>
        <source>a list of text</source>
        <translation>eine Liste von Texten</translation>
    </message>
    <message>
        <source>%1 has too many entries (%2; the limit is %3).</source>
        <translation>%1 hat zu viele Einträge (%2; die Grenze liegt bei %3).</translation>
    </message>
    <message>
        <source>%1 must be text, but it is %2.</source>
        <translation>%1 muss Text sein, ist aber %2.</translation>
    </message>
    <message>
        <source>%1 is %2, but it must be %3.</source>
        <translation>%1 ist %2, muss aber %3 sein.</translation>
    </message>
    <message>
        <source>%1 is %2, which is not a date; write it as year-month-day, for example 2024-03-15.</source>
        <translation>%1 ist %2, was kein Datum ist; schreiben Sie es als Jahr-Monat-Tag, zum Beispiel 2024-03-15.</translation>
    </message>
    <message>
        <source>%1 is %2, which is not a date and time; write it in ISO 8601 UTC, for example 2024-03-15T09:30:00.000Z.</source>
        <translation>%1 ist %2, was kein Datum mit Uhrzeit ist; schreiben Sie es in ISO 8601 UTC, zum Beispiel 2024-03-15T09:30:00.000Z.</translation>
    </message>
    <message>
        <source>%1 is %2, which falls outside the years 0001 to 9999 in UTC; write a date and time within them.</source>
        <translation>%1 ist %2 und liegt damit in UTC außerhalb der Jahre 0001 bis 9999; geben Sie ein Datum mit Uhrzeit in diesem Bereich an.</translation>
    </message>
    <message>
        <source>%1 must be an object, but it is %2.</source>
        <translation>%1 muss ein Objekt sein, ist aber %2.</translation>
    </message>
    <message>
        <source>%1 is missing; it is required.</source>
        <translation>%1 fehlt; es ist erforderlich.</translation>
    </message>
    <message>
        <source>%1 must be %2, but it is %3.</source>
        <translation>%1 muss %2 sein, ist aber %3.</translation>
    </message>
    <message>
        <source>%1 is too long (%2 characters; the limit is %3).</source>
        <translation>%1 ist zu lang (%2 Zeichen; die Grenze liegt bei %3).</translation>
    </message>
    <message>
        <source>%1 is %2, but %3 already uses that id; every %4 needs its own id.</source>
        <translation>%1 ist %2, aber %3 verwendet diese ID bereits; jeder Eintrag vom Typ „%4“ braucht eine eigene ID.</translation>
    </message>
    <message>
        <source>%1 refers to %2, but the file has no %3 with that id.</source>
        <translation>%1 verweist auf %2, aber die Datei enthält keinen Eintrag vom Typ „%3“ mit dieser ID.</translation>
    </message>
    <message>
        <source>format is missing, so this is not a Starling vault export (one has &quot;format&quot;: &quot;starling-vault&quot; at the top level).</source>
        <translation>format fehlt, daher ist dies kein Starling-Tresorexport (ein solcher hat &quot;format&quot;: &quot;starling-vault&quot; auf oberster Ebene).</translation>
    </message>
    <message>
        <source>format is %1, but a Starling vault export has “%2”. Choose a file exported by Starling.</source>
        <translation>format ist %1, aber ein Starling-Tresorexport hat „%2“. Wählen Sie eine von Starling exportierte Datei.</translation>
    </message>
    <message>
        <source>version is missing; a Starling vault export states its format version.</source>
        <translation>version fehlt; ein Starling-Tresorexport gibt die Version seines Formats an.</translation>
    </message>
    <message>
        <source>version must be a number, but it is %1.</source>
        <translation>version muss eine Zahl sein, ist aber %1.</translation>
    </message>
    <message>
        <source>version is %1, but this version of Starling reads version %2 of the format only. Update Starling to import this file.</source>
        <translation>version ist %1, aber diese Starling-Version liest nur Version %2 des Formats. Aktualisieren Sie Starling, um diese Datei zu importieren.</translation>
    </message>
    <message>
        <source>story</source>
        <translation>Geschichte</translation>
    </message>
    <message>
        <source>company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>%1 is %2, which is not a story kind; use one of: %3.</source>
        <translation>%1 ist %2, was keine Art von Geschichte ist; verwenden Sie eine von: %3.</translation>
    </message>
    <message>
        <source>%1 is %2, the same company as %3 (names are compared ignoring case); list each company once.</source>
        <translation>%1 ist %2, dasselbe Unternehmen wie %3 (Namen werden ohne Beachtung der Groß-/Kleinschreibung verglichen); führen Sie jedes Unternehmen nur einmal auf.</translation>
    </message>
    <message>
        <source>%1 is %2, but the vault already has a company of that name; rename or delete one of them before importing.</source>
        <translation>%1 ist %2, aber der Tresor hat bereits ein Unternehmen mit diesem Namen; benennen Sie eines davon um oder löschen Sie es vor dem Import.</translation>
    </message>
    <message>
        <source>%1 links story %2 to value %3 again (already at %4); list each pair once.</source>
        <translation>%1 ordnet Geschichte %2 erneut Wert %3 zu (bereits bei %4); führen Sie jedes Paar nur einmal auf.</translation>
    </message>
    <message>
        <source>%1 is %2, a value of %3 (%4), but the answer is for %5 (%6); choose a value of the answer&apos;s own company.</source>
        <translation>%1 ist %2, ein Wert von %3 (%4), aber die Antwort ist für %5 (%6); wählen Sie einen Wert des Unternehmens der Antwort.</translation>
    </message>
    <message>
        <source>a whole number of seconds, 0 or more</source>
        <translation>eine ganze Zahl von Sekunden, 0 oder mehr</translation>
    </message>
    <message>
        <source>a whole number from 1 to 5, or 0 when not rated</source>
        <translation>eine ganze Zahl von 1 bis 5 oder 0, wenn nicht bewertet</translation>
    </message>
    <message>
        <source>%1 names neither an answer nor a question; a practice run belongs to exactly one of them.</source>
        <translation>%1 nennt weder eine Antwort noch eine Frage; ein Übungsdurchlauf gehört zu genau einer davon.</translation>
    </message>
    <message>
        <source>%1 names both an answer and a question; a practice run belongs to exactly one of them, so remove one.</source>
        <translation>%1 nennt sowohl eine Antwort als auch eine Frage; ein Übungsdurchlauf gehört zu genau einer davon, entfernen Sie also eine.</translation>
    </message>
    <message>
        <source>Could not write the imported data: %1</source>
        <translation>Die importierten Daten konnten nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The file was not imported: %1 Nothing in the vault was changed; correct the file and import it again.</source>
        <translation>Die Datei wurde nicht importiert: %1 Im Tresor wurde nichts geändert; korrigieren Sie die Datei und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>it is %1 MB, larger than the %2 MB an export can be, so it is probably not a Starling vault export.</source>
        <translation>Sie ist %1 MB groß, mehr als die %2 MB, die ein Export haben kann; es ist also wahrscheinlich kein Starling-Tresorexport.</translation>
    </message>
    <message>
        <source>Could not read the vault to export it: %1</source>
        <translation>Der Tresor konnte für den Export nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No file name was given for the export. Choose where to save it.</source>
        <translation>Für den Export wurde kein Dateiname angegeben. Wählen Sie, wo er gespeichert werden soll.</translation>
    </message>
    <message>
        <source>Cannot export to %1: it is a folder. Choose a file name inside it.</source>
        <translation>Export nach %1 nicht möglich: Es ist ein Ordner. Wählen Sie einen Dateinamen darin.</translation>
    </message>
    <message>
        <source>Cannot export to %1: the folder %2 does not exist. Choose an existing folder.</source>
        <translation>Export nach %1 nicht möglich: Der Ordner %2 existiert nicht. Wählen Sie einen vorhandenen Ordner.</translation>
    </message>
    <message>
        <source>Cannot export to %1: %2. Check that the folder is writable, or choose another one.</source>
        <translation>Export nach %1 nicht möglich: %2. Prüfen Sie, ob der Ordner beschreibbar ist, oder wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>Cannot export to %1: %2. Free some disk space or choose another folder.</source>
        <translation>Export nach %1 nicht möglich: %2. Geben Sie Speicherplatz frei oder wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>No vault is open to import into. Open or create a vault first.</source>
        <translation>Es ist kein Tresor für den Import geöffnet. Öffnen oder erstellen Sie zuerst einen Tresor.</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at line %2, column %3).</source>
        <translation>Es ist kein gültiges JSON (%1 in Zeile %2, Spalte %3).</translation>
    </message>
    <message>
        <source>the top level of the document must be an object with &quot;format&quot;: &quot;starling-vault&quot;, but it is %1.</source>
        <translation>Die oberste Ebene des Dokuments muss ein Objekt mit &quot;format&quot;: &quot;starling-vault&quot; sein, ist aber %1.</translation>
    </message>
    <message>
        <source>The file was not imported: %1 Nothing in the vault was changed.</source>
        <translation>Die Datei wurde nicht importiert: %1 Im Tresor wurde nichts geändert.</translation>
    </message>
    <message>
        <source>No file was given to import. Choose a Starling vault export.</source>
        <translation>Es wurde keine Datei zum Importieren angegeben. Wählen Sie einen Starling-Tresorexport.</translation>
    </message>
    <message>
        <source>Cannot import %1: the file does not exist. Check the name and folder.</source>
        <translation>%1 kann nicht importiert werden: Die Datei existiert nicht. Prüfen Sie Name und Ordner.</translation>
    </message>
    <message>
        <source>Cannot import %1: it is a folder. Choose a Starling vault export inside it.</source>
        <translation>%1 kann nicht importiert werden: Es ist ein Ordner. Wählen Sie einen Starling-Tresorexport darin.</translation>
    </message>
    <message>
        <source>Cannot import %1: %2</source>
        <translation>%1 kann nicht importiert werden: %2</translation>
    </message>
    <message>
        <source>Cannot import %1: %2. Check the file&apos;s permissions.</source>
        <translation>%1 kann nicht importiert werden: %2. Prüfen Sie die Zugriffsrechte der Datei.</translation>
    </message>
    <message>
        <source>Cannot import %1: %2.</source>
        <translation>%1 kann nicht importiert werden: %2.</translation>
    </message>
    <message>
        <source>%1 is %2, but an answer&apos;s status is “draft” or “ready”.</source>
        <translation>%1 ist %2, aber der Status einer Antwort ist „draft“ oder „ready“.</translation>
    </message>
</context>
<context>
    <name>VaultLock</name>
    <message>
        <source>This vault is already open in another Starling window (process %1). Switch to it, or close it first.</source>
        <translation>Dieser Tresor ist bereits in einem anderen Starling-Fenster geöffnet (Prozess %1). Wechseln Sie dorthin oder schließen Sie es zuerst.</translation>
    </message>
    <message>
        <source>This vault is already open in another Starling window. Switch to it, or close it first.</source>
        <translation>Dieser Tresor ist bereits in einem anderen Starling-Fenster geöffnet. Wechseln Sie dorthin oder schließen Sie es zuerst.</translation>
    </message>
    <message>
        <source>Cannot open %1: its folder is read-only, and Starling keeps a lock file beside the vault while it is open. Make the folder writable, or copy the vault to a writable folder and open the copy.</source>
        <translation>%1 kann nicht geöffnet werden: Sein Ordner ist schreibgeschützt, und Starling legt neben dem geöffneten Tresor eine Sperrdatei an. Machen Sie den Ordner beschreibbar oder kopieren Sie den Tresor in einen beschreibbaren Ordner und öffnen Sie die Kopie.</translation>
    </message>
    <message>
        <source>Cannot open %1: the lock file %2 could not be created. Check that the folder exists and is writable.</source>
        <translation>%1 kann nicht geöffnet werden: Die Sperrdatei %2 konnte nicht angelegt werden. Prüfen Sie, ob der Ordner existiert und beschreibbar ist.</translation>
    </message>
</context>
<context>
    <name>VaultStore</name>
    <message>
        <source>%1 is too long (%2 characters; the limit is %3). Shorten it and try again.</source>
        <translation>%1 ist zu lang (%2 Zeichen; die Grenze liegt bei %3). Kürzen Sie den Text und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 has too many entries (%2; the limit is %3).</source>
        <translation>%1 hat zu viele Einträge (%2; die Grenze liegt bei %3).</translation>
    </message>
    <message>
        <source>The situation</source>
        <translation>Die Situation</translation>
    </message>
    <message>
        <source>The task</source>
        <translation>Die Aufgabe</translation>
    </message>
    <message>
        <source>The action</source>
        <translation>Die Handlung</translation>
    </message>
    <message>
        <source>The result</source>
        <translation>Das Ergebnis</translation>
    </message>
    <message>
        <source>The notes</source>
        <translation>Die Notizen</translation>
    </message>
    <message>
        <source>The story title</source>
        <translation>Der Titel der Geschichte</translation>
    </message>
    <message>
        <source>The disk is full: free some space, then try again. Nothing was lost.</source>
        <translation>Der Datenträger ist voll: Geben Sie Speicherplatz frei und versuchen Sie es erneut. Es ging nichts verloren.</translation>
    </message>
    <message>
        <source>The vault is in use by another program that is writing to it. Close that program or wait for it to finish, then try again. Nothing was lost.</source>
        <translation>Der Tresor wird von einem anderen Programm beschrieben. Schließen Sie dieses Programm oder warten Sie, bis es fertig ist, und versuchen Sie es dann erneut. Es ging nichts verloren.</translation>
    </message>
    <message>
        <source>The vault can no longer be written (it or its folder became read-only). Make it writable, then try again. Nothing saved before was lost.</source>
        <translation>Der Tresor kann nicht mehr beschrieben werden (er oder sein Ordner ist schreibgeschützt geworden). Machen Sie ihn beschreibbar und versuchen Sie es erneut. Zuvor Gespeichertes ging nicht verloren.</translation>
    </message>
    <message>
        <source>The disk reported an error while reading or writing the vault (%1). Check the disk or the drive&apos;s connection, then try again.</source>
        <translation>Der Datenträger hat beim Lesen oder Schreiben des Tresors einen Fehler gemeldet (%1). Prüfen Sie den Datenträger oder die Verbindung zum Laufwerk und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The vault file is damaged (%1). Restore it from a backup (File › Restore from Backup) or an exported JSON file.</source>
        <translation>Die Tresordatei ist beschädigt (%1). Stellen Sie sie aus einer Sicherung (Datei › Aus Sicherung wiederherstellen) oder einer exportierten JSON-Datei wieder her.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>Could not copy the vault to %1: %2</source>
        <translation>Der Tresor konnte nicht nach %1 kopiert werden: %2</translation>
    </message>
    <message>
        <source>%1 is a folder, not a Starling vault. Choose a vault file.</source>
        <translation>%1 ist ein Ordner, kein Starling-Tresor. Wählen Sie eine Tresordatei.</translation>
    </message>
    <message>
        <source>Cannot read %1: permission denied. Check the file&apos;s permissions.</source>
        <translation>%1 kann nicht gelesen werden: Zugriff verweigert. Prüfen Sie die Zugriffsrechte der Datei.</translation>
    </message>
    <message>
        <source>%1 is empty, so it is not a Starling vault. Choose another file, or a new file name to create a vault.</source>
        <translation>%1 ist leer und daher kein Starling-Tresor. Wählen Sie eine andere Datei oder einen neuen Dateinamen, um einen Tresor zu erstellen.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a Starling vault (it is not an SQLite database).</source>
        <translation>%1 ist kein Starling-Tresor (es ist keine SQLite-Datenbank).</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened (%2). Restore it from a backup (File › Restore from Backup; Starling keeps daily copies in the folder %3) or from an exported JSON file.</source>
        <translation>%1 ist beschädigt und kann nicht geöffnet werden (%2). Stellen Sie es aus einer Sicherung wieder her (Datei › Aus Sicherung wiederherstellen; Starling legt tägliche Kopien im Ordner %3 ab) oder aus einer exportierten JSON-Datei.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Starling vault. Choose a Starling vault, or a new file name to create one.</source>
        <translation>%1 ist eine SQLite-Datenbank, aber kein Starling-Tresor. Wählen Sie einen Starling-Tresor oder einen neuen Dateinamen, um einen zu erstellen.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Starling (vault format %2; this version reads up to %3). Update Starling to open it.</source>
        <translation>%1 wurde von einer neueren Starling-Version geschrieben (Tresorformat %2; diese Version liest bis %3). Aktualisieren Sie Starling, um ihn zu öffnen.</translation>
    </message>
    <message>
        <source>No vault file was given.</source>
        <translation>Es wurde keine Tresordatei angegeben.</translation>
    </message>
    <message>
        <source>%1 is read-only. Change its permissions, or copy it somewhere writable and open the copy.</source>
        <translation>%1 ist schreibgeschützt. Ändern Sie die Zugriffsrechte oder kopieren Sie die Datei an einen beschreibbaren Ort und öffnen Sie die Kopie.</translation>
    </message>
    <message>
        <source>The folder holding %1 is read-only, and Starling keeps its log beside the vault while it is open. Make the folder writable, or copy the vault to a writable folder and open the copy.</source>
        <translation>Der Ordner, der %1 enthält, ist schreibgeschützt, und Starling führt neben dem geöffneten Tresor sein Protokoll. Machen Sie den Ordner beschreibbar oder kopieren Sie den Tresor in einen beschreibbaren Ordner und öffnen Sie die Kopie.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2 is a file, not a folder. Choose a folder for the vault.</source>
        <translation>%1 kann nicht erstellt werden: %2 ist eine Datei, kein Ordner. Wählen Sie einen Ordner für den Tresor.</translation>
    </message>
    <message>
        <source>Cannot create %1: the folder %2 does not exist.</source>
        <translation>%1 kann nicht erstellt werden: Der Ordner %2 existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot create %1: the folder is not writable.</source>
        <translation>%1 kann nicht erstellt werden: Der Ordner ist nicht beschreibbar.</translation>
    </message>
    <message>
        <source>Cannot read the format of %1: %2</source>
        <translation>Das Format von %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is in use by another program that is writing to it. Close that program or wait for it to finish, then open the vault again.</source>
        <translation>%1 wird von einem anderen Programm beschrieben. Schließen Sie dieses Programm oder warten Sie, bis es fertig ist, und öffnen Sie den Tresor dann erneut.</translation>
    </message>
    <message>
        <source>Cannot open %1: its folder does not support the write-ahead log Starling needs to keep edits safe. Move the vault to a local folder.</source>
        <translation>%1 kann nicht geöffnet werden: Sein Ordner unterstützt das Write-Ahead-Log nicht, das Starling zum sicheren Speichern von Änderungen braucht. Verschieben Sie den Tresor in einen lokalen Ordner.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>Cannot create %1: the new vault could not be completed on disk.</source>
        <translation>%1 kann nicht erstellt werden: Der neue Tresor konnte nicht vollständig auf den Datenträger geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot create %1: another file took its name, or the folder refused the new file. Choose another name.</source>
        <translation>%1 kann nicht erstellt werden: Eine andere Datei hat den Namen belegt, oder der Ordner hat die neue Datei abgelehnt. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Could not back up %1 before upgrading it (%2); the vault was not changed. Free some disk space or make the folder writable.</source>
        <translation>%1 konnte vor der Aktualisierung nicht gesichert werden (%2); der Tresor wurde nicht geändert. Geben Sie Speicherplatz frei oder machen Sie den Ordner beschreibbar.</translation>
    </message>
    <message>
        <source>Could not upgrade the vault: %1</source>
        <translation>Der Tresor konnte nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <source>Could not upgrade the vault to format %1: %2</source>
        <translation>Der Tresor konnte nicht auf Format %1 aktualisiert werden: %2</translation>
    </message>
    <message>
        <source>No vault is open.</source>
        <translation>Es ist kein Tresor geöffnet.</translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Could not start a change: %1</source>
        <translation>Die Änderung konnte nicht begonnen werden: %1</translation>
    </message>
    <message>
        <source>Could not save the change: %1</source>
        <translation>Die Änderung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Could not read the vault.</source>
        <translation>Der Tresor konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The story no longer exists.</source>
        <translation>Die Geschichte existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Could not add the story: %1</source>
        <translation>Die Geschichte konnte nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <source>Could not save the story: %1</source>
        <translation>Die Geschichte konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Could not delete the story: %1</source>
        <translation>Die Geschichte konnte nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>The company no longer exists.</source>
        <translation>Das Unternehmen existiert nicht mehr.</translation>
    </message>
    <message>
        <source>A company needs a name.</source>
        <translation>Ein Unternehmen braucht einen Namen.</translation>
    </message>
    <message>
        <source>The company name</source>
        <translation>Der Unternehmensname</translation>
    </message>
    <message>
        <source>The role</source>
        <translation>Die Rolle</translation>
    </message>
    <message>
        <source>The level</source>
        <translation>Die Stufe</translation>
    </message>
    <message>
        <source>The source URL</source>
        <translation>Die Quell-URL</translation>
    </message>
    <message>
        <source>There is already a company named “%1”.</source>
        <translation>Es gibt bereits ein Unternehmen namens „%1“.</translation>
    </message>
    <message>
        <source>Could not add the company: %1</source>
        <translation>Das Unternehmen konnte nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <source>Could not save the company: %1</source>
        <translation>Das Unternehmen konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Could not delete the company: %1</source>
        <translation>Das Unternehmen konnte nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>A value needs a name.</source>
        <translation>Ein Wert braucht einen Namen.</translation>
    </message>
    <message>
        <source>The value name</source>
        <translation>Der Name des Werts</translation>
    </message>
    <message>
        <source>The meaning</source>
        <translation>Die Bedeutung</translation>
    </message>
    <message>
        <source>The keywords</source>
        <translation>Die Schlüsselwörter</translation>
    </message>
    <message>
        <source>The themes</source>
        <translation>Die Themen</translation>
    </message>
    <message>
        <source>The value no longer exists.</source>
        <translation>Der Wert existiert nicht mehr.</translation>
    </message>
    <message>
        <source>A sub-principle must belong to the same company as its parent.</source>
        <translation>Ein Unterprinzip muss zum selben Unternehmen gehören wie sein übergeordneter Wert.</translation>
    </message>
    <message>
        <source>Could not add the value: %1</source>
        <translation>Der Wert konnte nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <source>Could not save the value: %1</source>
        <translation>Der Wert konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>A value cannot become a sub-principle of itself or of its own sub-principles.</source>
        <translation>Ein Wert kann kein Unterprinzip von sich selbst oder seinen eigenen Unterprinzipien werden.</translation>
    </message>
    <message>
        <source>A value can only move within its own company.</source>
        <translation>Ein Wert kann nur innerhalb seines eigenen Unternehmens verschoben werden.</translation>
    </message>
    <message>
        <source>Could not move the value: %1</source>
        <translation>Der Wert konnte nicht verschoben werden: %1</translation>
    </message>
    <message>
        <source>Could not delete the value: %1</source>
        <translation>Der Wert konnte nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>The link notes</source>
        <translation>Die Notizen zur Zuordnung</translation>
    </message>
    <message>
        <source>Could not link the story to the value: %1</source>
        <translation>Die Geschichte konnte dem Wert nicht zugeordnet werden: %1</translation>
    </message>
    <message>
        <source>Could not remove the link: %1</source>
        <translation>Die Zuordnung konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>A question needs some text.</source>
        <translation>Eine Frage braucht etwas Text.</translation>
    </message>
    <message>
        <source>The question</source>
        <translation>Die Frage</translation>
    </message>
    <message>
        <source>The question no longer exists.</source>
        <translation>Die Frage existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Could not add the question: %1</source>
        <translation>Die Frage konnte nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <source>Could not save the question: %1</source>
        <translation>Die Frage konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Could not delete the question: %1</source>
        <translation>Die Frage konnte nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>The Repeat section</source>
        <translation>Der Abschnitt „Wiederholung“</translation>
    </message>
    <message>
        <source>The Situation section</source>
        <translation>Der Abschnitt „Situation“</translation>
    </message>
    <message>
        <source>The Task section</source>
        <translation>Der Abschnitt „Aufgabe“</translation>
    </message>
    <message>
        <source>The Action section</source>
        <translation>Der Abschnitt „Handlung“</translation>
    </message>
    <message>
        <source>The Result section</source>
        <translation>Der Abschnitt „Ergebnis“</translation>
    </message>
    <message>
        <source>The Link back section</source>
        <translation>Der Abschnitt „Rückbezug“</translation>
    </message>
    <message>
        <source>The answer no longer exists.</source>
        <translation>Die Antwort existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Could not add the answer: %1</source>
        <translation>Die Antwort konnte nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <source>Could not save the answer: %1</source>
        <translation>Die Antwort konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Could not delete the answer: %1</source>
        <translation>Die Antwort konnte nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>A practice run belongs to exactly one answer or question.</source>
        <translation>Ein Übungsdurchlauf gehört zu genau einer Antwort oder Frage.</translation>
    </message>
    <message>
        <source>A practice run cannot last a negative time.</source>
        <translation>Ein Übungsdurchlauf kann keine negative Dauer haben.</translation>
    </message>
    <message>
        <source>A practice rating is from 1 to 5.</source>
        <translation>Eine Übungsbewertung liegt zwischen 1 und 5.</translation>
    </message>
    <message>
        <source>Could not record the practice run: %1</source>
        <translation>Der Übungsdurchlauf konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Could not delete the practice run: %1</source>
        <translation>Der Übungsdurchlauf konnte nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>The practice run no longer exists.</source>
        <translation>Der Übungsdurchlauf existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>starling::AnswerEditor</name>
    <message>
        <source>✖ Fix:</source>
        <translation>✖ Beheben:</translation>
    </message>
    <message>
        <source>⚠ Consider:</source>
        <translation>⚠ Bedenken:</translation>
    </message>
    <message>
        <source>ℹ Note:</source>
        <translation>ℹ Hinweis:</translation>
    </message>
    <message>
        <source>Start from Story</source>
        <translation>Aus Geschichte übernehmen</translation>
    </message>
    <message>
        <source>Choose a company above: an answer is written for one company’s values.</source>
        <translation>Wählen Sie oben ein Unternehmen: Eine Antwort wird für die Werte eines Unternehmens geschrieben.</translation>
    </message>
    <message>
        <source>No answers for this company yet. In the Questions panel, pick a question and choose “Answer…” — or start a blank answer.</source>
        <translation>Noch keine Antworten für dieses Unternehmen. Wählen Sie im Bereich „Fragen“ eine Frage und dann „Beantworten…“ – oder beginnen Sie eine leere Antwort.</translation>
    </message>
    <message>
        <source>Start a Blank Answer</source>
        <translation>Leere Antwort beginnen</translation>
    </message>
    <message>
        <source>Start a blank answer</source>
        <translation>Leere Antwort beginnen</translation>
    </message>
    <message>
        <source>Save error</source>
        <translation>Speicherfehler</translation>
    </message>
    <message>
        <source>Estimated speaking time</source>
        <translation>Geschätzte Sprechzeit</translation>
    </message>
    <message>
        <source>Findings about the whole answer</source>
        <translation>Befunde zur gesamten Antwort</translation>
    </message>
    <message>
        <source>“So you’d like to hear about a time when…”</source>
        <translation>„Sie möchten also von einer Situation hören, in der …“</translation>
    </message>
    <message>
        <source>Where and when, in two or three sentences…</source>
        <translation>Wo und wann, in zwei oder drei Sätzen …</translation>
    </message>
    <message>
        <source>What was yours to achieve, and why it mattered…</source>
        <translation>Was Sie erreichen sollten und warum es wichtig war …</translation>
    </message>
    <message>
        <source>First I… Then I… I chose… because…</source>
        <translation>Zuerst habe ich … Dann habe ich … Ich habe mich für … entschieden, weil …</translation>
    </message>
    <message>
        <source>Losses fell 38% in two months; I learned…</source>
        <translation>Die Verluste sanken in zwei Monaten um 38 %; ich habe gelernt …</translation>
    </message>
    <message>
        <source>One sentence that ties the result to this company…</source>
        <translation>Ein Satz, der das Ergebnis mit diesem Unternehmen verbindet …</translation>
    </message>
    <message>
        <source>Target value reminder</source>
        <translation>Erinnerung an den Zielwert</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Üben</translation>
    </message>
    <message>
        <source>Length limit reached</source>
        <translation>Längengrenze erreicht</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Unternehmen:</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>A&amp;nswer:</source>
        <translation>A&amp;ntwort:</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>New answer</source>
        <translation>Neue Antwort</translation>
    </message>
    <message>
        <source>Start a blank answer for this company</source>
        <translation>Eine leere Antwort für dieses Unternehmen beginnen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete answer</source>
        <translation>Antwort löschen</translation>
    </message>
    <message>
        <source>Delete this answer and its practice history (you can undo)</source>
        <translation>Diese Antwort und ihren Übungsverlauf löschen (kann rückgängig gemacht werden)</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Frage:</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>Target &amp;value:</source>
        <translation>&amp;Zielwert:</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Geschichte</translation>
    </message>
    <message>
        <source>Start from story</source>
        <translation>Aus Geschichte übernehmen</translation>
    </message>
    <message>
        <source>Copy the story’s Situation, Task, Action and Result into this answer to tailor them (a copy: the story stays as it is)</source>
        <translation>Situation, Aufgabe, Handlung und Ergebnis der Geschichte in diese Antwort kopieren, um sie anzupassen (eine Kopie: Die Geschichte bleibt unverändert)</translation>
    </message>
    <message>
        <source>&amp;Story:</source>
        <translation>&amp;Geschichte:</translation>
    </message>
    <message>
        <source>&amp;Ready — I could give this answer tomorrow</source>
        <translation>&amp;Bereit – ich könnte diese Antwort morgen geben</translation>
    </message>
    <message>
        <source>Answer is ready</source>
        <translation>Antwort ist bereit</translation>
    </message>
    <message>
        <source>&amp;Practise…</source>
        <translation>&amp;Üben…</translation>
    </message>
    <message>
        <source>Practise this answer</source>
        <translation>Diese Antwort üben</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>%1 word count</source>
        <translation>%1: Wortzahl</translation>
    </message>
    <message>
        <source>%1 findings</source>
        <translation>%1: Befunde</translation>
    </message>
    <message>
        <source>No vault is open.</source>
        <translation>Es ist kein Tresor geöffnet.</translation>
    </message>
    <message>
        <source>Choose a company first: an answer is written for one company.</source>
        <translation>Wählen Sie zuerst ein Unternehmen: Eine Antwort wird für ein Unternehmen geschrieben.</translation>
    </message>
    <message>
        <source>The answer on screen could not be saved.</source>
        <translation>Die angezeigte Antwort konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Choose a company…</source>
        <translation>Unternehmen wählen…</translation>
    </message>
    <message>
        <source>No question chosen</source>
        <translation>Keine Frage gewählt</translation>
    </message>
    <message>
        <source>No target value</source>
        <translation>Kein Zielwert</translation>
    </message>
    <message>
        <source>No story</source>
        <translation>Keine Geschichte</translation>
    </message>
    <message>
        <source>Target value: %1</source>
        <translation>Zielwert: %1</translation>
    </message>
    <message>
        <source>Slip in: %1</source>
        <translation>Einflechten: %1</translation>
    </message>
    <message>
        <source>Choose a target value to see its meaning and keywords here. This company’s values: %1</source>
        <translation>Wählen Sie einen Zielwert, um hier seine Bedeutung und Schlüsselwörter zu sehen. Werte dieses Unternehmens: %1</translation>
    </message>
    <message>
        <source>This company has no values yet: add them in the Companies panel, then choose the one this answer should show.</source>
        <translation>Dieses Unternehmen hat noch keine Werte: Fügen Sie sie im Bereich „Unternehmen“ hinzu und wählen Sie dann den, den diese Antwort zeigen soll.</translation>
    </message>
    <message>
        <source>Not practised yet. “Practise…” times you against the target.</source>
        <translation>Noch nicht geübt. „Üben…“ misst Ihre Zeit gegen das Ziel.</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s); last %1</source>
        <translation>
            <numerusform>%n Durchlauf; zuletzt %1</numerusform>
            <numerusform>%n Durchläufe; zuletzt %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace this answer’s Situation, Task, Action and Result with a copy of “%1”? You can undo this.</source>
        <translation>Situation, Aufgabe, Handlung und Ergebnis dieser Antwort durch eine Kopie von „%1“ ersetzen? Sie können dies rückgängig machen.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>%1: this section is capped at %2 characters; the rest was not saved.</source>
        <translation>%1: Dieser Abschnitt ist auf %2 Zeichen begrenzt; der Rest wurde nicht gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n Wort</numerusform>
            <numerusform>%n Wörter</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2%</source>
        <translation>%1 · %2 %</translation>
    </message>
    <message>
        <source>nothing written yet</source>
        <translation>noch nichts geschrieben</translation>
    </message>
    <message>
        <source>shorter than the target</source>
        <translation>kürzer als das Ziel</translation>
    </message>
    <message>
        <source>longer than the target</source>
        <translation>länger als das Ziel</translation>
    </message>
    <message>
        <source>within the target</source>
        <translation>im Zielbereich</translation>
    </message>
    <message numerus="yes">
        <source>About %1 spoken (%n word(s) at %2 a minute) — target %3–%4, %5.</source>
        <translation>
            <numerusform>Etwa %1 gesprochen (%n Wort bei %2 pro Minute) – Ziel %3–%4, %5.</numerusform>
            <numerusform>Etwa %1 gesprochen (%n Wörter bei %2 pro Minute) – Ziel %3–%4, %5.</numerusform>
        </translation>
    </message>
    <message>
        <source>Action is the largest part, as it should be.</source>
        <translation>Die Handlung ist der größte Teil, wie es sein soll.</translation>
    </message>
    <message>
        <source>Make Action the largest part: now %1 is longer.</source>
        <translation>Machen Sie die Handlung zum größten Teil: Derzeit ist %1 länger.</translation>
    </message>
    <message>
        <source>✔ The coach has nothing to add. Practise it out loud.</source>
        <translation>✔ Der Coach hat nichts zu ergänzen. Üben Sie die Antwort laut.</translation>
    </message>
    <message>
        <source>Creates an empty answer for the chosen company</source>
        <translation>Legt eine leere Antwort für das gewählte Unternehmen an</translation>
    </message>
    <message>
        <source>The company whose answers are listed</source>
        <translation>Das Unternehmen, dessen Antworten aufgelistet werden</translation>
    </message>
    <message>
        <source>The answer being edited</source>
        <translation>Die Antwort, die bearbeitet wird</translation>
    </message>
    <message>
        <source>The interview question this answer replies to</source>
        <translation>Die Interviewfrage, auf die diese Antwort eingeht</translation>
    </message>
    <message>
        <source>The company value the Link back section ties the answer to</source>
        <translation>Der Unternehmenswert, mit dem der Abschnitt „Rückbezug“ die Antwort verbindet</translation>
    </message>
    <message>
        <source>The story the answer tells</source>
        <translation>Die Geschichte, die die Antwort erzählt</translation>
    </message>
    <message>
        <source>Marks the answer as ready for the interview</source>
        <translation>Markiert die Antwort als bereit für das Interview</translation>
    </message>
    <message>
        <source>Opens the practice window on this answer</source>
        <translation>Öffnet das Übungsfenster mit dieser Antwort</translation>
    </message>
</context>
<context>
    <name>starling::AnswerListModel</name>
    <message>
        <source>Answer without a question (#%1)</source>
        <translation>Antwort ohne Frage (#%1)</translation>
    </message>
    <message>
        <source>%1 — ready</source>
        <translation>%1 – bereit</translation>
    </message>
    <message>
        <source>Target value: %1</source>
        <translation>Zielwert: %1</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
</context>
<context>
    <name>starling::CoachChecks</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>Add the Situation: where and when, the context in two or three sentences.</source>
        <translation>Ergänzen Sie die Situation: wo und wann, der Kontext in zwei oder drei Sätzen.</translation>
    </message>
    <message>
        <source>Add the Task: what you had to achieve, and why it was yours.</source>
        <translation>Ergänzen Sie die Aufgabe: was Sie erreichen mussten und warum es Ihre Aufgabe war.</translation>
    </message>
    <message>
        <source>Add the Action: what you did, in concrete steps, saying “I” rather than “we”.</source>
        <translation>Ergänzen Sie die Handlung: was Sie getan haben, in konkreten Schritten, mit „ich“ statt „wir“.</translation>
    </message>
    <message>
        <source>Add the Result: what changed, with a number — a percentage, an amount, a time saved.</source>
        <translation>Ergänzen Sie das Ergebnis: was sich geändert hat, mit einer Zahl – einem Prozentsatz, einem Betrag, einer eingesparten Zeit.</translation>
    </message>
    <message>
        <source>Start with the Repeat: play the question back in your own words. It confirms the question and buys you a moment to think.</source>
        <translation>Beginnen Sie mit der Wiederholung: Geben Sie die Frage in eigenen Worten wieder. Das bestätigt die Frage und verschafft Ihnen einen Moment zum Nachdenken.</translation>
    </message>
    <message>
        <source>The Repeat copies the question word for word. Rephrase it in your own words, for example “So, a time when I…”.</source>
        <translation>Die Wiederholung übernimmt die Frage wörtlich. Formulieren Sie sie in eigenen Worten, zum Beispiel „Also eine Situation, in der ich …“.</translation>
    </message>
    <message>
        <source>The Action says “we” more often than “I” (we: %1, I: %2). Say what you did yourself: “I built…”, “I convinced…”.</source>
        <translation>Die Handlung sagt öfter „we“ als „I“ (we: %1, I: %2). Sagen Sie, was Sie selbst getan haben: „I built…“, „I convinced…“.</translation>
    </message>
    <message>
        <source>Add a number to the Result: a percentage, an amount, a time saved, how many people it reached.</source>
        <translation>Ergänzen Sie das Ergebnis um eine Zahl: einen Prozentsatz, einen Betrag, eine eingesparte Zeit, wie viele Menschen es erreicht hat.</translation>
    </message>
    <message>
        <source>Add a Link back: one sentence that ties the result to one of this company’s values.</source>
        <translation>Ergänzen Sie einen Rückbezug: einen Satz, der das Ergebnis mit einem der Werte dieses Unternehmens verbindet.</translation>
    </message>
    <message>
        <source>The Link back touches none of this company’s values. Slip in the key word of the value you are aiming at.</source>
        <translation>Der Rückbezug berührt keinen der Werte dieses Unternehmens. Flechten Sie das Schlüsselwort des angestrebten Werts ein.</translation>
    </message>
    <message>
        <source>The Link back touches none of this company’s values. Slip in the key word of the value you are aiming at, for example “%1”.</source>
        <translation>Der Rückbezug berührt keinen der Werte dieses Unternehmens. Flechten Sie das Schlüsselwort des angestrebten Werts ein, zum Beispiel „%1“.</translation>
    </message>
    <message>
        <source>The Link back quotes the value “%1”, which sounds scripted. Show it instead: slip in its key word naturally.</source>
        <translation>Der Rückbezug zitiert den Wert „%1“, was einstudiert klingt. Zeigen Sie ihn stattdessen: Flechten Sie sein Schlüsselwort natürlich ein.</translation>
    </message>
    <message>
        <source>The Link back talks about “%1” outright, which sounds scripted. Drop it and slip in the value’s key word naturally.</source>
        <translation>Der Rückbezug spricht „%1“ direkt an, was einstudiert klingt. Lassen Sie das weg und flechten Sie das Schlüsselwort des Werts natürlich ein.</translation>
    </message>
    <message>
        <source>An answer for another company ends with the same Link back. Rewrite it around this company’s own values and their key words.</source>
        <translation>Eine Antwort für ein anderes Unternehmen endet mit demselben Rückbezug. Schreiben Sie ihn um die eigenen Werte dieses Unternehmens und deren Schlüsselwörter herum neu.</translation>
    </message>
    <message>
        <source>Spoken, this answer takes about %1, more than %2. Cut the Situation and Task to a sentence or two and keep the detail for the Action and Result.</source>
        <translation>Gesprochen dauert diese Antwort etwa %1, mehr als %2. Kürzen Sie Situation und Aufgabe auf ein bis zwei Sätze und heben Sie die Details für Handlung und Ergebnis auf.</translation>
    </message>
    <message>
        <source>Spoken, this answer takes only about %1, less than %2. Add concrete steps to the Action and numbers to the Result.</source>
        <translation>Gesprochen dauert diese Antwort nur etwa %1, weniger als %2. Ergänzen Sie konkrete Schritte in der Handlung und Zahlen im Ergebnis.</translation>
    </message>
    <message>
        <source>Choose the company value this answer targets, so the Link back has something to aim at.</source>
        <translation>Wählen Sie den Unternehmenswert, auf den diese Antwort zielt, damit der Rückbezug ein Ziel hat.</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handlung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Link back</source>
        <translation>Rückbezug</translation>
    </message>
    <message>
        <source>Whole answer</source>
        <translation>Gesamte Antwort</translation>
    </message>
    <message>
        <source>Play the question back in your own words — it confirms the question and buys you a moment.</source>
        <translation>Geben Sie die Frage in eigenen Worten wieder – das bestätigt die Frage und verschafft Ihnen einen Moment.</translation>
    </message>
    <message>
        <source>Where and when: the context in two or three sentences.</source>
        <translation>Wo und wann: der Kontext in zwei oder drei Sätzen.</translation>
    </message>
    <message>
        <source>What you had to achieve, and why it was yours.</source>
        <translation>Was Sie erreichen mussten und warum es Ihre Aufgabe war.</translation>
    </message>
    <message>
        <source>What you did — “I”, not “we” — in concrete steps. The longest part.</source>
        <translation>Was Sie getan haben – „ich“, nicht „wir“ – in konkreten Schritten. Der längste Teil.</translation>
    </message>
    <message>
        <source>What changed, with a number: percent, money, time.</source>
        <translation>Was sich geändert hat, mit einer Zahl: Prozent, Geld, Zeit.</translation>
    </message>
    <message>
        <source>Tie the result to this company’s values — slip in the value’s key word, don’t announce it.</source>
        <translation>Verbinden Sie das Ergebnis mit den Werten dieses Unternehmens – flechten Sie das Schlüsselwort des Werts ein, statt ihn anzukündigen.</translation>
    </message>
    <message>
        <source>The whole answer: about two minutes when spoken.</source>
        <translation>Die gesamte Antwort: gesprochen etwa zwei Minuten.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
</context>
<context>
    <name>starling::CompaniesPanel</name>
    <message>
        <source>No interview date</source>
        <translation>Kein Interviewtermin</translation>
    </message>
    <message>
        <source>Interview %1</source>
        <translation>Interview %1</translation>
    </message>
    <message>
        <source>no values yet</source>
        <translation>noch keine Werte</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n value(s) mapped</source>
        <translation>
            <numerusform>%1 von %n Wert zugeordnet</numerusform>
            <numerusform>%1 von %n Werten zugeordnet</numerusform>
        </translation>
    </message>
    <message>
        <source>Role and level not set</source>
        <translation>Rolle und Stufe nicht festgelegt</translation>
    </message>
    <message numerus="yes">
        <source>%n story(s)</source>
        <translation>
            <numerusform>%n Geschichte</numerusform>
            <numerusform>%n Geschichten</numerusform>
        </translation>
    </message>
    <message>
        <source>no story yet</source>
        <translation>noch keine Geschichte</translation>
    </message>
    <message>
        <source>Save error</source>
        <translation>Speicherfehler</translation>
    </message>
    <message>
        <source>Add a company</source>
        <translation>Ein Unternehmen hinzufügen</translation>
    </message>
    <message>
        <source>Add company</source>
        <translation>Unternehmen hinzufügen</translation>
    </message>
    <message>
        <source>&amp;New company…</source>
        <translation>&amp;Neues Unternehmen…</translation>
    </message>
    <message>
        <source>From the values &amp;library…</source>
        <translation>Aus der Werte&amp;bibliothek…</translation>
    </message>
    <message>
        <source>Delete the selected company; you can undo it</source>
        <translation>Das ausgewählte Unternehmen löschen; kann rückgängig gemacht werden</translation>
    </message>
    <message>
        <source>Delete company</source>
        <translation>Unternehmen löschen</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>No companies yet. Add the companies you are interviewing with — or start from the values library.</source>
        <translation>Noch keine Unternehmen. Fügen Sie die Unternehmen hinzu, bei denen Sie Interviews haben – oder beginnen Sie mit der Wertebibliothek.</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>Neues Unternehmen</translation>
    </message>
    <message>
        <source>From the values library…</source>
        <translation>Aus der Wertebibliothek…</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Unternehmensname</translation>
    </message>
    <message>
        <source>e.g. Acme Analytics</source>
        <translation>z. B. Acme Analytics</translation>
    </message>
    <message>
        <source>Company name problem</source>
        <translation>Problem mit dem Unternehmensnamen</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>e.g. ML engineer</source>
        <translation>z. B. ML-Engineer</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>e.g. Senior</source>
        <translation>z. B. Senior</translation>
    </message>
    <message>
        <source>&amp;Interview</source>
        <translation>&amp;Interview</translation>
    </message>
    <message>
        <source>Interview scheduled</source>
        <translation>Interview geplant</translation>
    </message>
    <message>
        <source>Tick when you know the interview date</source>
        <translation>Ankreuzen, sobald Sie den Interviewtermin kennen</translation>
    </message>
    <message>
        <source>Interview date</source>
        <translation>Interviewtermin</translation>
    </message>
    <message>
        <source>Values page</source>
        <translation>Werteseite</translation>
    </message>
    <message>
        <source>https://… the company&apos;s values page</source>
        <translation>https://… die Werteseite des Unternehmens</translation>
    </message>
    <message>
        <source>Company notes</source>
        <translation>Notizen zum Unternehmen</translation>
    </message>
    <message>
        <source>The team, the interview loop, who you will meet, what the recruiter stressed…</source>
        <translation>Das Team, der Interviewablauf, wen Sie treffen, was die Recruiterin oder der Recruiter betont hat …</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>&amp;Stufe</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rolle</translation>
    </message>
    <message>
        <source>&amp;Values page</source>
        <translation>&amp;Werteseite</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otizen</translation>
    </message>
    <message>
        <source>Company details</source>
        <translation>Unternehmensdetails</translation>
    </message>
    <message>
        <source>Select a company to see its details.</source>
        <translation>Wählen Sie ein Unternehmen, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>Add value</source>
        <translation>Wert hinzufügen</translation>
    </message>
    <message>
        <source>Add a value</source>
        <translation>Einen Wert hinzufügen</translation>
    </message>
    <message>
        <source>Add sub-principle</source>
        <translation>Unterprinzip hinzufügen</translation>
    </message>
    <message>
        <source>Add a sub-principle under the selected value</source>
        <translation>Ein Unterprinzip unter dem ausgewählten Wert hinzufügen</translation>
    </message>
    <message>
        <source>Paste values</source>
        <translation>Werte einfügen</translation>
    </message>
    <message>
        <source>Paste values copied from the company&apos;s careers page</source>
        <translation>Von der Karriereseite des Unternehmens kopierte Werte einfügen</translation>
    </message>
    <message>
        <source>Delete value</source>
        <translation>Wert löschen</translation>
    </message>
    <message>
        <source>Delete the selected value (Delete); you can undo it</source>
        <translation>Den ausgewählten Wert löschen (Entf); kann rückgängig gemacht werden</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>The company&apos;s values and sub-principles. Drag to reorder or nest them; drop stories from the vault on a value to map them. F2 renames, Delete removes.</source>
        <translation>Die Werte und Unterprinzipien des Unternehmens. Ziehen Sie sie, um sie umzuordnen oder zu verschachteln; legen Sie Geschichten aus dem Tresor auf einem Wert ab, um sie zuzuordnen. F2 benennt um, Entf entfernt.</translation>
    </message>
    <message>
        <source>No values yet. Paste them from the company&apos;s careers page, or add them one by one.</source>
        <translation>Noch keine Werte. Fügen Sie sie von der Karriereseite des Unternehmens ein oder legen Sie sie einzeln an.</translation>
    </message>
    <message>
        <source>Paste values…</source>
        <translation>Werte einfügen…</translation>
    </message>
    <message>
        <source>Value name</source>
        <translation>Name des Werts</translation>
    </message>
    <message>
        <source>As the company words it, e.g. “Ownership”</source>
        <translation>So, wie das Unternehmen ihn formuliert, z. B. „Eigenverantwortung“</translation>
    </message>
    <message>
        <source>Value name problem</source>
        <translation>Problem mit dem Namen des Werts</translation>
    </message>
    <message>
        <source>What it really means</source>
        <translation>Was er wirklich bedeutet</translation>
    </message>
    <message>
        <source>What it really means, in plain words — e.g. “We are doers” → you act without waiting to be told.</source>
        <translation>Was er wirklich bedeutet, in einfachen Worten – z. B. „Wir sind Macher“ → Sie handeln, ohne darauf zu warten, dass man es Ihnen sagt.</translation>
    </message>
    <message>
        <source>Key words</source>
        <translation>Schlüsselwörter</translation>
    </message>
    <message>
        <source>Comma-separated words a link-back should slip in</source>
        <translation>Durch Kommas getrennte Wörter, die ein Rückbezug einflechten sollte</translation>
    </message>
    <message>
        <source>owner, ownership, long term</source>
        <translation>Verantwortung, Eigenverantwortung, langfristig</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>The recurring themes this value is about; most companies share the same few</source>
        <translation>Die wiederkehrenden Themen, um die es bei diesem Wert geht; die meisten Unternehmen teilen dieselben wenigen</translation>
    </message>
    <message>
        <source>Use suggestions</source>
        <translation>Vorschläge übernehmen</translation>
    </message>
    <message>
        <source>Set the themes to the suggested ones</source>
        <translation>Die Themen auf die vorgeschlagenen setzen</translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation>N&amp;ame</translation>
    </message>
    <message>
        <source>What it really &amp;means</source>
        <translation>Was er wirklich be&amp;deutet</translation>
    </message>
    <message>
        <source>&amp;Key words</source>
        <translation>Sc&amp;hlüsselwörter</translation>
    </message>
    <message>
        <source>Comma-separated. Slip one into the link-back at the end of your answer, naturally.</source>
        <translation>Durch Kommas getrennt. Flechten Sie eines davon natürlich in den Rückbezug am Ende Ihrer Antwort ein.</translation>
    </message>
    <message>
        <source>&amp;Themes</source>
        <translation>&amp;Themen</translation>
    </message>
    <message>
        <source>Select a value to write down what it really means.</source>
        <translation>Wählen Sie einen Wert, um aufzuschreiben, was er wirklich bedeutet.</translation>
    </message>
    <message>
        <source>Values of %1</source>
        <translation>Werte von %1</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>nicht geplant</translation>
    </message>
    <message>
        <source>A company needs a name. Nothing is saved until it has one.</source>
        <translation>Ein Unternehmen braucht einen Namen. Bis es einen hat, wird nichts gespeichert.</translation>
    </message>
    <message>
        <source>Another company is already called “%1”. Choose a different name; your text is kept but not saved until then.</source>
        <translation>Ein anderes Unternehmen heißt bereits „%1“. Wählen Sie einen anderen Namen; Ihr Text bleibt erhalten, wird aber erst dann gespeichert.</translation>
    </message>
    <message>
        <source>A value needs a name. Nothing is saved until it has one.</source>
        <translation>Ein Wert braucht einen Namen. Bis er einen hat, wird nichts gespeichert.</translation>
    </message>
    <message>
        <source>No theme suggested yet: describe what the value means.</source>
        <translation>Noch kein Thema vorgeschlagen: Beschreiben Sie, was der Wert bedeutet.</translation>
    </message>
    <message>
        <source>Suggested: %1</source>
        <translation>Vorgeschlagen: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Values copied from the Starling values library, as of %1. %2</source>
        <translation>Werte aus der Starling-Wertebibliothek kopiert, Stand %1. %2</translation>
    </message>
    <message>
        <source>Values copied from the Starling values library. %1</source>
        <translation>Werte aus der Starling-Wertebibliothek kopiert. %1</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Neuer Wert</translation>
    </message>
    <message>
        <source>New sub-principle</source>
        <translation>Neues Unterprinzip</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s)</source>
        <translation>
            <numerusform>%n Wert</numerusform>
            <numerusform>%n Werte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n Frage</numerusform>
            <numerusform>%n Fragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n Antwort</numerusform>
            <numerusform>%n Antworten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>“%1” has %2.</source>
        <translation>„%1“ hat %2.</translation>
    </message>
    <message>
        <source>Deleting the company removes them too, and the stories&apos; links to its values. You can undo this.</source>
        <translation>Wenn Sie das Unternehmen löschen, werden diese ebenfalls entfernt, ebenso die Zuordnungen der Geschichten zu seinen Werten. Sie können dies rückgängig machen.</translation>
    </message>
    <message>
        <source>The companies you are interviewing with, their readiness and next interview</source>
        <translation>Die Unternehmen, bei denen Sie Interviews haben, ihr Vorbereitungsstand und das nächste Interview</translation>
    </message>
    <message>
        <source>Adds a company without values</source>
        <translation>Fügt ein Unternehmen ohne Werte hinzu</translation>
    </message>
    <message>
        <source>Adds a well-known company with its published values</source>
        <translation>Fügt ein bekanntes Unternehmen mit seinen veröffentlichten Werten hinzu</translation>
    </message>
    <message>
        <source>The day of the next interview with this company</source>
        <translation>Der Tag des nächsten Interviews bei diesem Unternehmen</translation>
    </message>
    <message>
        <source>Anything worth remembering about the company: people, process, the role</source>
        <translation>Alles, was Sie sich über das Unternehmen merken sollten: Menschen, Ablauf, die Rolle</translation>
    </message>
    <message>
        <source>Adds several values at once from text copied from the company&apos;s careers page</source>
        <translation>Fügt mehrere Werte auf einmal aus Text hinzu, der von der Karriereseite des Unternehmens kopiert wurde</translation>
    </message>
    <message>
        <source>Adds one value to the company</source>
        <translation>Fügt dem Unternehmen einen Wert hinzu</translation>
    </message>
    <message>
        <source>The value in your own plain words: what the company really expects</source>
        <translation>Der Wert in Ihren eigenen, einfachen Worten: was das Unternehmen wirklich erwartet</translation>
    </message>
</context>
<context>
    <name>starling::CompanyListModel</name>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Interview %1</source>
        <translation>Interview %1</translation>
    </message>
</context>
<context>
    <name>starling::ExportDialog</name>
    <message>
        <source>Export Prep Sheet</source>
        <translation>Vorbereitungsblatt exportieren</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>&amp;Cheat sheet</source>
        <translation>&amp;Spickzettel</translation>
    </message>
    <message>
        <source>A first page with the company&apos;s values, the stories mapped to them, the gaps and the R-STAR-L reminder</source>
        <translation>Eine erste Seite mit den Werten des Unternehmens, den zugeordneten Geschichten, den Lücken und der R-STAR-L-Erinnerung</translation>
    </message>
    <message>
        <source>Prepared &amp;answers</source>
        <translation>Vorbereitete &amp;Antworten</translation>
    </message>
    <message>
        <source>Each answer section by section, from Repeat to Link back</source>
        <translation>Jede Antwort Abschnitt für Abschnitt, von Wiederholung bis Rückbezug</translation>
    </message>
    <message>
        <source>&amp;Backbone stories</source>
        <translation>&amp;Kerngeschichten</translation>
    </message>
    <message>
        <source>Your backbone stories in STAR form</source>
        <translation>Ihre Kerngeschichten in STAR-Form</translation>
    </message>
    <message>
        <source>&amp;Questions not answered yet</source>
        <translation>Noch unbeantwortete F&amp;ragen</translation>
    </message>
    <message>
        <source>The company&apos;s questions and the general ones without an answer for it</source>
        <translation>Die Fragen des Unternehmens und die allgemeinen Fragen, die für es noch keine Antwort haben</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>HTML and Markdown are handy to send to a coach or paste into notes</source>
        <translation>HTML und Markdown eignen sich, um sie an einen Coach zu schicken oder in Notizen einzufügen</translation>
    </message>
    <message>
        <source>C&amp;ompany:</source>
        <translation>Unterneh&amp;men:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Druck&amp;vorschau…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>All companies</source>
        <translation>Alle Unternehmen</translation>
    </message>
    <message>
        <source>Choose at least one section to include</source>
        <translation>Wählen Sie mindestens einen Abschnitt aus</translation>
    </message>
    <message>
        <source>No vault is open. Open or create a vault first.</source>
        <translation>Es ist kein Tresor geöffnet. Öffnen oder erstellen Sie zuerst einen Tresor.</translation>
    </message>
    <message>
        <source>all companies</source>
        <translation>alle Unternehmen</translation>
    </message>
    <message>
        <source>Prep sheet - %1</source>
        <translation>Vorbereitungsblatt - %1</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>HTML (*.html *.htm)</source>
        <translation>HTML (*.html *.htm)</translation>
    </message>
    <message>
        <source>Markdown (*.md *.markdown)</source>
        <translation>Markdown (*.md *.markdown)</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>Automatisch (%1)</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Dateiformat</translation>
    </message>
    <message>
        <source>The company the prep sheet is for, or every company</source>
        <translation>Das Unternehmen, für das das Vorbereitungsblatt ist, oder alle Unternehmen</translation>
    </message>
    <message>
        <source>The paper size of the PDF and of printing</source>
        <translation>Das Papierformat der PDF-Datei und beim Drucken</translation>
    </message>
</context>
<context>
    <name>starling::LinkNotesDialog</name>
    <message>
        <source>Link notes</source>
        <translation>Notizen zur Zuordnung</translation>
    </message>
    <message>
        <source>How “%1” shows “%2”</source>
        <translation>Wie „%1“ „%2“ zeigt</translation>
    </message>
    <message>
        <source>Rough bullet points: what you did that shows this value…</source>
        <translation>Stichpunkte: was Sie getan haben, das diesen Wert zeigt …</translation>
    </message>
    <message>
        <source>Save the notes (Ctrl+Enter)</source>
        <translation>Notizen speichern (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Words to slip into the link-back: %1</source>
        <translation>Wörter für den Rückbezug: %1</translation>
    </message>
    <message>
        <source>Bullet notes on how the story shows this value</source>
        <translation>Stichpunkte dazu, wie die Geschichte diesen Wert zeigt</translation>
    </message>
</context>
<context>
    <name>starling::MainWindow</name>
    <message>
        <source>Cannot change the vault</source>
        <translation>Der Tresor kann nicht geändert werden</translation>
    </message>
    <message>
        <source>&amp;New Vault…</source>
        <translation>&amp;Neuer Tresor…</translation>
    </message>
    <message>
        <source>&amp;Open Vault…</source>
        <translation>Tresor ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open the &amp;Example Vault</source>
        <translation>Beis&amp;pieltresor öffnen</translation>
    </message>
    <message>
        <source>&amp;Import JSON…</source>
        <translation>JSON &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Export JSON…</source>
        <translation>JSON &amp;exportieren…</translation>
    </message>
    <message>
        <source>Restore from &amp;Backup…</source>
        <translation>Aus &amp;Sicherung wiederherstellen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederherstellen: %1</translation>
    </message>
    <message>
        <source>&amp;Find Story</source>
        <translation>Geschichte &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;New Story</source>
        <translation>&amp;Neue Geschichte</translation>
    </message>
    <message>
        <source>Add a story (%1)</source>
        <translation>Eine Geschichte hinzufügen (%1)</translation>
    </message>
    <message>
        <source>&amp;Duplicate Story</source>
        <translation>Geschichte &amp;duplizieren</translation>
    </message>
    <message>
        <source>Duplicate the selected story (Ctrl+D)</source>
        <translation>Die ausgewählte Geschichte duplizieren (Strg+D)</translation>
    </message>
    <message>
        <source>De&amp;lete Story</source>
        <translation>Geschichte &amp;löschen</translation>
    </message>
    <message>
        <source>Delete the selected story (Ctrl+Delete); you can undo it</source>
        <translation>Die ausgewählte Geschichte löschen (Strg+Entf); kann rückgängig gemacht werden</translation>
    </message>
    <message>
        <source>&amp;Backbone Story</source>
        <translation>&amp;Kerngeschichte</translation>
    </message>
    <message>
        <source>&amp;Map to Value…</source>
        <translation>Wert &amp;zuordnen…</translation>
    </message>
    <message>
        <source>Map the selected story to a company value, from the keyboard</source>
        <translation>Die ausgewählte Geschichte per Tastatur einem Unternehmenswert zuordnen</translation>
    </message>
    <message>
        <source>&amp;New Company</source>
        <translation>&amp;Neues Unternehmen</translation>
    </message>
    <message>
        <source>Add Company from &amp;Library…</source>
        <translation>Unternehmen aus &amp;Bibliothek hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Paste Values…</source>
        <translation>Werte &amp;einfügen…</translation>
    </message>
    <message>
        <source>Add &amp;Value</source>
        <translation>&amp;Wert hinzufügen</translation>
    </message>
    <message>
        <source>Add &amp;Sub-principle</source>
        <translation>&amp;Unterprinzip hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Delete Value</source>
        <translation>Wert &amp;löschen</translation>
    </message>
    <message>
        <source>Delete &amp;Company</source>
        <translation>Unternehmen l&amp;öschen</translation>
    </message>
    <message>
        <source>&amp;New Answer</source>
        <translation>&amp;Neue Antwort</translation>
    </message>
    <message>
        <source>Start a blank answer for the company in focus</source>
        <translation>Eine leere Antwort für das Unternehmen im Fokus beginnen</translation>
    </message>
    <message>
        <source>&amp;Delete Answer</source>
        <translation>Antwort &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Practise…</source>
        <translation>&amp;Üben…</translation>
    </message>
    <message>
        <source>Rehearse answers against the clock (F5)</source>
        <translation>Antworten gegen die Uhr proben (F5)</translation>
    </message>
    <message>
        <source>Prep &amp;Sheet…</source>
        <translation>&amp;Vorbereitungsblatt…</translation>
    </message>
    <message>
        <source>Print or export the prep sheet to read the night before</source>
        <translation>Das Vorbereitungsblatt für den Vorabend drucken oder exportieren</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>Layout &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>How the &amp;Method Works</source>
        <translation>So funktioniert die &amp;Methode</translation>
    </message>
    <message>
        <source>&amp;About Starling</source>
        <translation>&amp;Über Starling</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Cannot start an answer</source>
        <translation>Antwort kann nicht begonnen werden</translation>
    </message>
    <message>
        <source>Cannot delete the answer</source>
        <translation>Antwort kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Story Vault</source>
        <translation>Geschichtentresor</translation>
    </message>
    <message>
        <source>Companies and Values</source>
        <translation>Unternehmen und Werte</translation>
    </message>
    <message>
        <source>Values Matrix</source>
        <translation>Wertematrix</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>&lt;opened vault&gt;</source>
        <translation>&lt;geöffneter Tresor&gt;</translation>
    </message>
    <message>
        <source>Edit history</source>
        <translation>Bearbeitungsverlauf</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Cannot change the company</source>
        <translation>Das Unternehmen kann nicht geändert werden</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Story</source>
        <translation>&amp;Geschichte</translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation>&amp;Unternehmen</translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation>A&amp;ntwort</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>%1 — Starling</source>
        <translation>%1 – Starling</translation>
    </message>
    <message>
        <source>No vault — Starling</source>
        <translation>Kein Tresor – Starling</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Cannot open the vault</source>
        <translation>Der Tresor kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Starling has automatic backups of this vault.</source>
        <translation>Starling hat automatische Sicherungen dieses Tresors.</translation>
    </message>
    <message>
        <source>Restore from Backup…</source>
        <translation>Aus Sicherung wiederherstellen…</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>There are no backups of %1 yet. Starling saves one each day the vault is opened, in the folder %2.</source>
        <translation>Es gibt noch keine Sicherungen von %1. Starling legt an jedem Tag, an dem der Tresor geöffnet wird, eine im Ordner %2 an.</translation>
    </message>
    <message>
        <source>Cannot restore the backup</source>
        <translation>Die Sicherung kann nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>Restored %1 from a backup. The state before is kept in %2.</source>
        <translation>%1 wurde aus einer Sicherung wiederhergestellt. Der vorherige Zustand ist in %2 aufbewahrt.</translation>
    </message>
    <message>
        <source>New Vault</source>
        <translation>Neuer Tresor</translation>
    </message>
    <message>
        <source>Starling vault (*.starling);;All files (*)</source>
        <translation>Starling-Tresor (*.starling);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot create the vault</source>
        <translation>Der Tresor kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or use Open Vault to open it.</source>
        <translation>%1 existiert bereits. Wählen Sie einen anderen Namen oder öffnen Sie die Datei mit „Tresor öffnen“.</translation>
    </message>
    <message>
        <source>Open Vault</source>
        <translation>Tresor öffnen</translation>
    </message>
    <message>
        <source>Cannot open the example vault</source>
        <translation>Der Beispieltresor kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The example is missing from this build.</source>
        <translation>Das Beispiel fehlt in dieser Version.</translation>
    </message>
    <message>
        <source>Opened the example vault — a separate file; your own vault is unchanged.</source>
        <translation>Beispieltresor geöffnet – eine eigene Datei; Ihr eigener Tresor bleibt unverändert.</translation>
    </message>
    <message>
        <source>Import JSON</source>
        <translation>JSON importieren</translation>
    </message>
    <message>
        <source>Starling exchange file (*.json);;All files (*)</source>
        <translation>Starling-Austauschdatei (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot import %1</source>
        <translation>%1 kann nicht importiert werden</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n story(s)</source>
        <translation>
            <numerusform>Importiert: %n Geschichte</numerusform>
            <numerusform>Importiert: %n Geschichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n company(s)</source>
        <translation>
            <numerusform>%n Unternehmen</numerusform>
            <numerusform>%n Unternehmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n Antwort</numerusform>
            <numerusform>%n Antworten</numerusform>
        </translation>
    </message>
    <message>
        <source>Export JSON</source>
        <translation>JSON exportieren</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Nach %1 exportiert</translation>
    </message>
    <message>
        <source>No vault is open</source>
        <translation>Kein Tresor geöffnet</translation>
    </message>
    <message>
        <source>Open or create a vault first (File menu).</source>
        <translation>Öffnen oder erstellen Sie zuerst einen Tresor (Menü „Datei“).</translation>
    </message>
    <message>
        <source>Cannot add a story</source>
        <translation>Geschichte kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>Cannot duplicate the story</source>
        <translation>Die Geschichte kann nicht dupliziert werden</translation>
    </message>
    <message numerus="yes">
        <source>mapped to %n value(s)</source>
        <translation>
            <numerusform>%n Wert zugeordnet</numerusform>
            <numerusform>%n Werten zugeordnet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>used in %n answer(s)</source>
        <translation>
            <numerusform>in %n Antwort verwendet</numerusform>
            <numerusform>in %n Antworten verwendet</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete story</source>
        <translation>Geschichte löschen</translation>
    </message>
    <message>
        <source>“%1” is %2.</source>
        <translation>„%1“ ist %2.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>Deleting it removes those links; answers keep their text. You can undo this.</source>
        <translation>Beim Löschen werden diese Zuordnungen entfernt; Antworten behalten ihren Text. Sie können dies rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Cannot delete the story</source>
        <translation>Die Geschichte kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Story deleted — Undo (%1) brings it back.</source>
        <translation>Geschichte gelöscht – „Rückgängig“ (%1) stellt sie wieder her.</translation>
    </message>
    <message>
        <source>Cannot change the story</source>
        <translation>Die Geschichte kann nicht geändert werden</translation>
    </message>
    <message>
        <source>Choose a company first</source>
        <translation>Wählen Sie zuerst ein Unternehmen</translation>
    </message>
    <message>
        <source>An answer is written for one company’s values: select the company in the Companies panel, then choose “Answer…” again.</source>
        <translation>Eine Antwort wird für die Werte eines Unternehmens geschrieben: Wählen Sie das Unternehmen im Bereich „Unternehmen“ und dann erneut „Beantworten…“.</translation>
    </message>
    <message>
        <source>Cannot start the answer</source>
        <translation>Die Antwort kann nicht begonnen werden</translation>
    </message>
    <message numerus="yes">
        <source>Map story to %n value(s)</source>
        <translation>
            <numerusform>Geschichte %n Wert zuordnen</numerusform>
            <numerusform>Geschichte %n Werten zuordnen</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot map the story</source>
        <translation>Die Geschichte kann nicht zugeordnet werden</translation>
    </message>
    <message>
        <source>How the method works</source>
        <translation>So funktioniert die Methode</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Prepare a few deep stories once — answer any question&lt;/h2&gt;&lt;p&gt;Behavioural interviews decide culture fit and often the level of the offer. Starling guides you through three steps.&lt;/p&gt;&lt;h3&gt;1. Story vault&lt;/h3&gt;&lt;p&gt;Pick the 2–3 most impactful, longest, most interesting projects on your résumé and know them inside out: ideally one &lt;b&gt;success&lt;/b&gt;, one &lt;b&gt;failure&lt;/b&gt; and one &lt;b&gt;teamwork or leadership&lt;/b&gt; story. Give each enough depth and technical detail to answer many different questions; mark them as &lt;i&gt;backbone&lt;/i&gt; stories.&lt;/p&gt;&lt;h3&gt;2. Culture and values&lt;/h3&gt;&lt;p&gt;For each target company, collect its value principles and sub-principles and write what each one &lt;i&gt;really&lt;/i&gt; means in plain words (“We are doers” → you act without waiting to be told). Most companies share the same few themes, worded differently. Map a story onto every value: one example at minimum, two is better. Rough bullet points, not scripts.&lt;/p&gt;&lt;h3&gt;3. R-STAR-L answers&lt;/h3&gt;&lt;p&gt;STAR alone gives the same answer at every company. R-STAR-L adds two parts:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Repeat&lt;/b&gt; the question first, rephrased — never verbatim. It shows you listened, confirms which question you are answering, and buys thinking time.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Situation, Task, Action, Result&lt;/b&gt; — Action is the longest part: what &lt;i&gt;you&lt;/i&gt; did.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Link back&lt;/b&gt; last: tie the result to this company&apos;s value naturally, slipping in its key word (“owner”) rather than announcing “this shows your value X”.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Then practise against the clock — about two minutes an answer — and print a prep sheet the night before.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Einmal wenige tiefe Geschichten vorbereiten – jede Frage beantworten&lt;/h2&gt;&lt;p&gt;Verhaltensinterviews entscheiden über die kulturelle Passung und oft über die Stufe des Angebots. Starling führt Sie durch drei Schritte.&lt;/p&gt;&lt;h3&gt;1. Geschichtentresor&lt;/h3&gt;&lt;p&gt;Wählen Sie die 2–3 wirkungsvollsten, längsten und interessantesten Projekte aus Ihrem Lebenslauf und kennen Sie sie in- und auswendig: idealerweise eine Geschichte über einen &lt;b&gt;Erfolg&lt;/b&gt;, eine über einen &lt;b&gt;Misserfolg&lt;/b&gt; und eine über &lt;b&gt;Teamarbeit oder Führung&lt;/b&gt;. Geben Sie jeder genug Tiefe und technische Details, um viele verschiedene Fragen zu beantworten; markieren Sie sie als &lt;i&gt;Kerngeschichten&lt;/i&gt;.&lt;/p&gt;&lt;h3&gt;2. Kultur und Werte&lt;/h3&gt;&lt;p&gt;Sammeln Sie für jedes Zielunternehmen seine Wertprinzipien und Unterprinzipien und schreiben Sie auf, was jedes davon in einfachen Worten &lt;i&gt;wirklich&lt;/i&gt; bedeutet („Wir sind Macher“ → Sie handeln, ohne darauf zu warten, dass man es Ihnen sagt). Die meisten Unternehmen teilen dieselben wenigen Themen, nur anders formuliert. Ordnen Sie jedem Wert eine Geschichte zu: mindestens ein Beispiel, besser zwei. Grobe Stichpunkte, keine Skripte.&lt;/p&gt;&lt;h3&gt;3. R-STAR-L-Antworten&lt;/h3&gt;&lt;p&gt;STAR allein ergibt bei jedem Unternehmen dieselbe Antwort. R-STAR-L ergänzt zwei Teile:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Wiederholung&lt;/b&gt;: Geben Sie zuerst die Frage wieder, umformuliert – nie wörtlich. Das zeigt, dass Sie zugehört haben, bestätigt, welche Frage Sie beantworten, und verschafft Zeit zum Nachdenken.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Situation, Aufgabe, Handlung, Ergebnis&lt;/b&gt; – die Handlung ist der längste Teil: was &lt;i&gt;Sie&lt;/i&gt; getan haben.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Rückbezug&lt;/b&gt; zum Schluss: Verbinden Sie das Ergebnis natürlich mit dem Wert dieses Unternehmens und flechten Sie sein Schlüsselwort („Verantwortung“) ein, statt anzukündigen „das zeigt Ihren Wert X“.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Üben Sie dann gegen die Uhr – etwa zwei Minuten pro Antwort – und drucken Sie am Vorabend ein Vorbereitungsblatt aus.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Starling</source>
        <translation>Über Starling</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Starling %1&lt;/h3&gt;&lt;p&gt;Prepare behavioural interviews: a vault of deep stories, the values of each company, and R-STAR-L answers.&lt;/p&gt;&lt;p&gt;Everything stays on this computer, in one file.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Starling %1&lt;/h3&gt;&lt;p&gt;Bereiten Sie Verhaltensinterviews vor: ein Tresor mit tiefen Geschichten, die Werte jedes Unternehmens und R-STAR-L-Antworten.&lt;/p&gt;&lt;p&gt;Alles bleibt auf diesem Computer, in einer einzigen Datei.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No recent vaults</source>
        <translation>Keine zuletzt geöffneten Tresore</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>Unsaved typing</source>
        <translation>Ungespeicherte Eingaben</translation>
    </message>
    <message>
        <source>Your last edits could not be saved: %1</source>
        <translation>Ihre letzten Änderungen konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Close anyway and lose them, or cancel and copy them somewhere safe?</source>
        <translation>Trotzdem schließen und sie verwerfen, oder abbrechen und sie an einen sicheren Ort kopieren?</translation>
    </message>
    <message>
        <source>Close Anyway</source>
        <translation>Trotzdem schließen</translation>
    </message>
    <message>
        <source>Every change in this session; choose an entry to go back to it</source>
        <translation>Jede Änderung in dieser Sitzung; wählen Sie einen Eintrag, um dorthin zurückzukehren</translation>
    </message>
    <message>
        <source>Checking the vault file before showing it. A large vault takes a moment.</source>
        <translation>Die Tresordatei wird vor dem Anzeigen geprüft. Ein großer Tresor braucht einen Moment.</translation>
    </message>
    <message>
        <source>Opening the vault</source>
        <translation>Tresor wird geöffnet</translation>
    </message>
    <message>
        <source>Starling is checking the vault file; it opens when the check passes.</source>
        <translation>Starling prüft die Tresordatei; sie wird geöffnet, sobald die Prüfung bestanden ist.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet …</translation>
    </message>
    <message>
        <source>Opening %1 — Starling</source>
        <translation>%1 wird geöffnet – Starling</translation>
    </message>
</context>
<context>
    <name>starling::MapToValueDialog</name>
    <message>
        <source>Map to value</source>
        <translation>Wert zuordnen</translation>
    </message>
    <message>
        <source>Type a company or value…</source>
        <translation>Unternehmen oder Wert eingeben…</translation>
    </message>
    <message>
        <source>Search values</source>
        <translation>Werte suchen</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Zuordnen</translation>
    </message>
    <message>
        <source>The values cannot be listed.</source>
        <translation>Die Werte können nicht aufgelistet werden.</translation>
    </message>
    <message>
        <source>Map “%1” to a value</source>
        <translation>„%1“ einem Wert zuordnen</translation>
    </message>
    <message>
        <source>(mapped)</source>
        <translation>(zugeordnet)</translation>
    </message>
    <message>
        <source>The story is mapped to this value already; choosing it opens the link&apos;s notes.</source>
        <translation>Die Geschichte ist diesem Wert bereits zugeordnet; wenn Sie ihn wählen, öffnen sich die Notizen zur Zuordnung.</translation>
    </message>
    <message>
        <source>No values yet — add a company&apos;s values first.</source>
        <translation>Noch keine Werte – fügen Sie zuerst die Werte eines Unternehmens hinzu.</translation>
    </message>
    <message>
        <source>No value matches “%1”.</source>
        <translation>Kein Wert passt zu „%1“.</translation>
    </message>
    <message>
        <source>Values of every company; those the story is mapped to already are marked</source>
        <translation>Werte aller Unternehmen; die, denen die Geschichte bereits zugeordnet ist, sind markiert</translation>
    </message>
</context>
<context>
    <name>starling::PasteValuesDialog</name>
    <message>
        <source>Paste values</source>
        <translation>Werte einfügen</translation>
    </message>
    <message>
        <source>Paste values for %1</source>
        <translation>Werte für %1 einfügen</translation>
    </message>
    <message>
        <source>Copy the values from the company&apos;s careers page and paste them on the left.</source>
        <translation>Kopieren Sie die Werte von der Karriereseite des Unternehmens und fügen Sie sie links ein.</translation>
    </message>
    <message>
        <source>Copy the values from the careers page of %1 and paste them on the left.</source>
        <translation>Kopieren Sie die Werte von der Karriereseite von %1 und fügen Sie sie links ein.</translation>
    </message>
    <message>
        <source>Check the preview on the right: double-click to rename a value or edit its meaning, and use the buttons to fix what was read wrongly.</source>
        <translation>Prüfen Sie die Vorschau rechts: Doppelklicken Sie, um einen Wert umzubenennen oder seine Bedeutung zu bearbeiten, und korrigieren Sie falsch Erkanntes mit den Schaltflächen.</translation>
    </message>
    <message>
        <source>Pasted values</source>
        <translation>Eingefügte Werte</translation>
    </message>
    <message>
        <source>Values and sub-principles as copied from a careers page. The preview follows as you type.</source>
        <translation>Werte und Unterprinzipien, wie von einer Karriereseite kopiert. Die Vorschau folgt Ihrer Eingabe.</translation>
    </message>
    <message>
        <source>Paste a list of values here, for example:

Customer first
We start with what people need.
  • Listen before building
  • Earn trust every day

Ownership: we finish what we start.

Bullets, numbering, indentation and headings with a sentence under them all work.</source>
        <translation>Fügen Sie hier eine Liste von Werten ein, zum Beispiel:

Kunde zuerst
Wir beginnen mit dem, was Menschen brauchen.
  • Zuhören, bevor wir bauen
  • Jeden Tag Vertrauen verdienen

Verantwortung: Wir bringen zu Ende, was wir beginnen.

Aufzählungszeichen, Nummerierung, Einrückung und Überschriften mit einem Satz darunter funktionieren alle.</translation>
    </message>
    <message>
        <source>&amp;Pasted text</source>
        <translation>&amp;Eingefügter Text</translation>
    </message>
    <message>
        <source>Preview of values</source>
        <translation>Vorschau der Werte</translation>
    </message>
    <message>
        <source>Values with their sub-principles. F2 renames, Delete removes, Ctrl+Right makes a sub-principle, Ctrl+Left makes a value.</source>
        <translation>Werte mit ihren Unterprinzipien. F2 benennt um, Entf entfernt, Strg+Rechts macht ein Unterprinzip daraus, Strg+Links einen Wert.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>Nothing to preview yet.

Paste a values list on the left and the values appear here.</source>
        <translation>Noch nichts in der Vorschau.

Fügen Sie links eine Werteliste ein, dann erscheinen die Werte hier.</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>Make &amp;sub-principle</source>
        <translation>Zum &amp;Unterprinzip machen</translation>
    </message>
    <message>
        <source>Make sub-principle</source>
        <translation>Zum Unterprinzip machen</translation>
    </message>
    <message>
        <source>Makes the selected value a sub-principle of the value above it (Ctrl+Right)</source>
        <translation>Macht den ausgewählten Wert zu einem Unterprinzip des Werts darüber (Strg+Rechts)</translation>
    </message>
    <message>
        <source>Make &amp;value</source>
        <translation>Zum &amp;Wert machen</translation>
    </message>
    <message>
        <source>Make top-level value</source>
        <translation>Zum obersten Wert machen</translation>
    </message>
    <message>
        <source>Makes the selected sub-principle a value of its own (Ctrl+Left)</source>
        <translation>Macht das ausgewählte Unterprinzip zu einem eigenständigen Wert (Strg+Links)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Remove value</source>
        <translation>Wert entfernen</translation>
    </message>
    <message>
        <source>Removes the selected value and its sub-principles (Delete)</source>
        <translation>Entfernt den ausgewählten Wert und seine Unterprinzipien (Entf)</translation>
    </message>
    <message>
        <source>Preview summary</source>
        <translation>Zusammenfassung der Vorschau</translation>
    </message>
    <message>
        <source>Add values</source>
        <translation>Werte hinzufügen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Paste a values list to start.</source>
        <translation>Fügen Sie zum Beginnen eine Werteliste ein.</translation>
    </message>
    <message>
        <source>No values recognised. Put each value on its own line.</source>
        <translation>Keine Werte erkannt. Schreiben Sie jeden Wert in eine eigene Zeile.</translation>
    </message>
    <message>
        <source>1 value</source>
        <translation>1 Wert</translation>
    </message>
    <message>
        <source>%1 values</source>
        <translation>%1 Werte</translation>
    </message>
    <message>
        <source>1 sub-principle</source>
        <translation>1 Unterprinzip</translation>
    </message>
    <message>
        <source>%1 sub-principles</source>
        <translation>%1 Unterprinzipien</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>(only the first %1 are kept)</source>
        <translation>(nur die ersten %1 werden übernommen)</translation>
    </message>
</context>
<context>
    <name>starling::PracticeDialog</name>
    <message>
        <source>Practice</source>
        <translation>Üben</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Practice order</source>
        <translation>Übungsreihenfolge</translation>
    </message>
    <message>
        <source>Weakest first</source>
        <translation>Schwächste zuerst</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>Zufällig</translation>
    </message>
    <message>
        <source>Chosen by me</source>
        <translation>Selbst gewählt</translation>
    </message>
    <message>
        <source>What Next question picks. Weakest first: questions without an answer, then drafts, then what you practised least this week and rated lowest.</source>
        <translation>Was „Nächste Frage“ auswählt. Schwächste zuerst: Fragen ohne Antwort, dann Entwürfe, dann was Sie diese Woche am wenigsten geübt und am schlechtesten bewertet haben.</translation>
    </message>
    <message>
        <source>Question to practise</source>
        <translation>Zu übende Frage</translation>
    </message>
    <message>
        <source>&amp;Next question</source>
        <translation>&amp;Nächste Frage</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Nächste Frage</translation>
    </message>
    <message>
        <source>Pick the next question in the chosen order</source>
        <translation>Die nächste Frage in der gewählten Reihenfolge auswählen</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Unternehmen:</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>&amp;Reihenfolge:</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Frage:</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Elapsed time</source>
        <translation>Verstrichene Zeit</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>Start the clock</source>
        <translation>Die Uhr starten</translation>
    </message>
    <message>
        <source>Start the clock (Space)</source>
        <translation>Die Uhr starten (Leertaste)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Pause the clock</source>
        <translation>Die Uhr anhalten</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;topp</translation>
    </message>
    <message>
        <source>Stop the clock</source>
        <translation>Die Uhr stoppen</translation>
    </message>
    <message>
        <source>Stop the clock (Space)</source>
        <translation>Die Uhr stoppen (Leertaste)</translation>
    </message>
    <message>
        <source>&amp;Reveal</source>
        <translation>&amp;Aufdecken</translation>
    </message>
    <message>
        <source>Reveal the prepared answer</source>
        <translation>Die vorbereitete Antwort aufdecken</translation>
    </message>
    <message>
        <source>Show what you prepared (R)</source>
        <translation>Zeigen, was Sie vorbereitet haben (R)</translation>
    </message>
    <message>
        <source>How did it go?</source>
        <translation>Wie ist es gelaufen?</translation>
    </message>
    <message>
        <source>Rate it:</source>
        <translation>Bewerten:</translation>
    </message>
    <message>
        <source>lost the thread</source>
        <translation>den Faden verloren</translation>
    </message>
    <message>
        <source>shaky</source>
        <translation>wackelig</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>passabel</translation>
    </message>
    <message>
        <source>good</source>
        <translation>gut</translation>
    </message>
    <message>
        <source>interview-ready</source>
        <translation>interviewreif</translation>
    </message>
    <message>
        <source>Rating %1 of 5, %2</source>
        <translation>Bewertung %1 von 5, %2</translation>
    </message>
    <message>
        <source>%1 — %2 (key %1)</source>
        <translation>%1 – %2 (Taste %1)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Discard this run</source>
        <translation>Diesen Durchlauf verwerfen</translation>
    </message>
    <message>
        <source>Sa&amp;ve run</source>
        <translation>Durchlauf spei&amp;chern</translation>
    </message>
    <message>
        <source>Save this run</source>
        <translation>Diesen Durchlauf speichern</translation>
    </message>
    <message>
        <source>Record the duration and rating in this answer&apos;s history (Enter)</source>
        <translation>Dauer und Bewertung im Verlauf dieser Antwort festhalten (Eingabe)</translation>
    </message>
    <message>
        <source>Prepared answer</source>
        <translation>Vorbereitete Antwort</translation>
    </message>
    <message>
        <source>Close practice</source>
        <translation>Üben beenden</translation>
    </message>
    <message>
        <source>General questions</source>
        <translation>Allgemeine Fragen</translation>
    </message>
    <message>
        <source>%1 (no answer yet)</source>
        <translation>%1 (noch keine Antwort)</translation>
    </message>
    <message>
        <source>%1 (draft)</source>
        <translation>%1 (Entwurf)</translation>
    </message>
    <message>
        <source>An answer without a question</source>
        <translation>Eine Antwort ohne Frage</translation>
    </message>
    <message>
        <source>Press Space to start</source>
        <translation>Zum Starten die Leertaste drücken</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Keep going: %1 to the target</source>
        <translation>Weiter so: noch %1 bis zum Ziel</translation>
    </message>
    <message>
        <source>On target</source>
        <translation>Im Ziel</translation>
    </message>
    <message>
        <source>Over time by %1: wrap up</source>
        <translation>Zeit um %1 überschritten: zum Schluss kommen</translation>
    </message>
    <message>
        <source>Open a vault to practise.</source>
        <translation>Öffnen Sie einen Tresor, um zu üben.</translation>
    </message>
    <message>
        <source>No company yet. Add the company you are interviewing with under Companies and Values, then write answers or add its questions.</source>
        <translation>Noch kein Unternehmen. Fügen Sie unter „Unternehmen und Werte“ das Unternehmen hinzu, bei dem Sie ein Interview haben, und schreiben Sie dann Antworten oder fügen Sie seine Fragen hinzu.</translation>
    </message>
    <message>
        <source>No general questions or answers yet. Write an answer first or pick a question from the question bank.</source>
        <translation>Noch keine allgemeinen Fragen oder Antworten. Schreiben Sie zuerst eine Antwort oder wählen Sie eine Frage aus dem Fragenkatalog.</translation>
    </message>
    <message>
        <source>%1 has no questions or answers yet. Write an answer first or pick a question for this company from the question bank.</source>
        <translation>%1 hat noch keine Fragen oder Antworten. Schreiben Sie zuerst eine Antwort oder wählen Sie aus dem Fragenkatalog eine Frage für dieses Unternehmen.</translation>
    </message>
    <message>
        <source>No answer yet</source>
        <translation>Noch keine Antwort</translation>
    </message>
    <message>
        <source>Draft answer</source>
        <translation>Antwortentwurf</translation>
    </message>
    <message>
        <source>Ready answer</source>
        <translation>Fertige Antwort</translation>
    </message>
    <message numerus="yes">
        <source>practised %n time(s) in the last 7 days</source>
        <translation>
            <numerusform>in den letzten 7 Tagen %n-mal geübt</numerusform>
            <numerusform>in den letzten 7 Tagen %n-mal geübt</numerusform>
        </translation>
    </message>
    <message>
        <source>not practised in the last 7 days</source>
        <translation>in den letzten 7 Tagen nicht geübt</translation>
    </message>
    <message>
        <source>last rated %1 of 5</source>
        <translation>zuletzt mit %1 von 5 bewertet</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Resume the clock</source>
        <translation>Die Uhr weiterlaufen lassen</translation>
    </message>
    <message>
        <source>Target %1–%2</source>
        <translation>Ziel %1–%2</translation>
    </message>
    <message>
        <source>%1 under the target</source>
        <translation>%1 unter dem Ziel</translation>
    </message>
    <message>
        <source>within the target</source>
        <translation>im Zielbereich</translation>
    </message>
    <message>
        <source>%1 over the target</source>
        <translation>%1 über dem Ziel</translation>
    </message>
    <message>
        <source>You spoke for %1, %2.</source>
        <translation>Sie haben %1 gesprochen, %2.</translation>
    </message>
    <message>
        <source>Saved. Press Space to go again, or pick the next question.</source>
        <translation>Gespeichert. Drücken Sie die Leertaste für einen neuen Versuch oder wählen Sie die nächste Frage.</translation>
    </message>
    <message>
        <source>Rate it (keys 1–5) and save it, or press Space to try again.</source>
        <translation>Bewerten Sie den Durchlauf (Tasten 1–5) und speichern Sie ihn, oder drücken Sie die Leertaste für einen neuen Versuch.</translation>
    </message>
    <message>
        <source>Hide (&amp;R)</source>
        <translation>Aus&amp;blenden</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handlung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Link back</source>
        <translation>Rückbezug</translation>
    </message>
    <message>
        <source>(not written yet)</source>
        <translation>(noch nicht geschrieben)</translation>
    </message>
    <message>
        <source>Bullet notes from the story “%1”</source>
        <translation>Stichpunkte aus der Geschichte „%1“</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>No answer yet, and no story is mapped to the values of %1. Map stories in the Values Matrix, or write an answer to this question.</source>
        <translation>Noch keine Antwort, und den Werten von %1 ist keine Geschichte zugeordnet. Ordnen Sie Geschichten in der Wertematrix zu oder schreiben Sie eine Antwort auf diese Frage.</translation>
    </message>
    <message>
        <source>No answer yet, and no story is mapped to any value. Map stories in the Values Matrix, or write an answer to this question.</source>
        <translation>Noch keine Antwort, und keinem Wert ist eine Geschichte zugeordnet. Ordnen Sie Geschichten in der Wertematrix zu oder schreiben Sie eine Antwort auf diese Frage.</translation>
    </message>
    <message>
        <source>No answer yet, and no value of %1 shares this question&apos;s themes. Every story mapped to its values:</source>
        <translation>Noch keine Antwort, und kein Wert von %1 teilt die Themen dieser Frage. Alle Geschichten, die seinen Werten zugeordnet sind:</translation>
    </message>
    <message>
        <source>No answer yet, and no value shares this question&apos;s themes. Every mapped story:</source>
        <translation>Noch keine Antwort, und kein Wert teilt die Themen dieser Frage. Alle zugeordneten Geschichten:</translation>
    </message>
    <message>
        <source>No answer yet. Notes from the stories mapped to the values of %1 that fit this question:</source>
        <translation>Noch keine Antwort. Notizen aus den Geschichten, die passenden Werten von %1 zugeordnet sind:</translation>
    </message>
    <message>
        <source>No answer yet. Notes from the stories mapped to values that fit this question:</source>
        <translation>Noch keine Antwort. Notizen aus den Geschichten, die zu dieser Frage passenden Werten zugeordnet sind:</translation>
    </message>
    <message>
        <source>(no notes yet)</source>
        <translation>(noch keine Notizen)</translation>
    </message>
    <message>
        <source>Practice history of this answer</source>
        <translation>Übungsverlauf dieser Antwort</translation>
    </message>
    <message>
        <source>Practice history of this question</source>
        <translation>Übungsverlauf dieser Frage</translation>
    </message>
    <message>
        <source>Could not save the practice run: %1</source>
        <translation>Der Übungsdurchlauf konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The company whose questions are practised</source>
        <translation>Das Unternehmen, dessen Fragen geübt werden</translation>
    </message>
    <message>
        <source>The question asked when the clock starts</source>
        <translation>Die Frage, die gestellt wird, wenn die Uhr startet</translation>
    </message>
    <message>
        <source>Stops the clock without ending the run; press again to go on</source>
        <translation>Hält die Uhr an, ohne den Durchlauf zu beenden; erneut drücken, um fortzufahren</translation>
    </message>
    <message>
        <source>Forgets this run without saving its time or rating</source>
        <translation>Verwirft diesen Durchlauf, ohne Zeit oder Bewertung zu speichern</translation>
    </message>
    <message>
        <source>The prepared answer, shown after Reveal, to compare with what you said</source>
        <translation>Die vorbereitete Antwort, nach dem Aufdecken angezeigt, zum Vergleich mit dem, was Sie gesagt haben</translation>
    </message>
</context>
<context>
    <name>starling::PracticeHistoryChart</name>
    <message>
        <source>Practice history</source>
        <translation>Übungsverlauf</translation>
    </message>
    <message>
        <source>Not practised yet</source>
        <translation>Noch nicht geübt</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s), last %1, target %2–%3</source>
        <translation>
            <numerusform>%n Durchlauf, zuletzt %1, Ziel %2–%3</numerusform>
            <numerusform>%n Durchläufe, zuletzt %1, Ziel %2–%3</numerusform>
        </translation>
    </message>
    <message>
        <source>under the target by %1</source>
        <translation>%1 unter dem Ziel</translation>
    </message>
    <message>
        <source>within the target</source>
        <translation>im Zielbereich</translation>
    </message>
    <message>
        <source>over the target by %1</source>
        <translation>%1 über dem Ziel</translation>
    </message>
    <message>
        <source>rated %1 of 5</source>
        <translation>mit %1 von 5 bewertet</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>%1 on %2, %3, %4</source>
        <translation>%1 am %2, %3, %4</translation>
    </message>
</context>
<context>
    <name>starling::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Preference pages</source>
        <translation>Einstellungsseiten</translation>
    </message>
    <message>
        <source>Answers and practice</source>
        <translation>Antworten und Üben</translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation>Rechtschreibung</translation>
    </message>
    <message>
        <source>Fill in the default values; nothing is saved until you press OK</source>
        <translation>Tragen Sie die Standardwerte ein; gespeichert wird erst, wenn Sie OK drücken</translation>
    </message>
    <message>
        <source>Answer length</source>
        <translation>Antwortlänge</translation>
    </message>
    <message>
        <source>Speaking pace in words per minute</source>
        <translation>Sprechtempo in Wörtern pro Minute</translation>
    </message>
    <message>
        <source>About 150 words a minute is a calm interview pace</source>
        <translation>Etwa 150 Wörter pro Minute sind ein ruhiges Interviewtempo</translation>
    </message>
    <message>
        <source>Shortest target length, minutes and seconds</source>
        <translation>Kürzeste Ziellänge, Minuten und Sekunden</translation>
    </message>
    <message>
        <source>Shorter than this sounds thin</source>
        <translation>Kürzer klingt dünn</translation>
    </message>
    <message>
        <source>Longest target length, minutes and seconds</source>
        <translation>Längste Ziellänge, Minuten und Sekunden</translation>
    </message>
    <message>
        <source>Longer than this loses the interviewer</source>
        <translation>Länger verliert die Aufmerksamkeit des Gegenübers</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>(minutes:seconds)</source>
        <translation>(Minuten:Sekunden)</translation>
    </message>
    <message>
        <source>&amp;Words per minute:</source>
        <translation>&amp;Wörter pro Minute:</translation>
    </message>
    <message>
        <source>&amp;Target length:</source>
        <translation>&amp;Ziellänge:</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Üben</translation>
    </message>
    <message>
        <source>Default practice order</source>
        <translation>Standardreihenfolge beim Üben</translation>
    </message>
    <message>
        <source>Weakest first</source>
        <translation>Schwächste zuerst</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>Zufällig</translation>
    </message>
    <message>
        <source>Chosen by me</source>
        <translation>Selbst gewählt</translation>
    </message>
    <message>
        <source>Weakest first: questions without an answer, then drafts, then what you practised least this week and rated lowest</source>
        <translation>Schwächste zuerst: Fragen ohne Antwort, dann Entwürfe, dann was Sie diese Woche am wenigsten geübt und am schlechtesten bewertet haben</translation>
    </message>
    <message>
        <source>On &amp;Reveal, also show the story&apos;s bullet notes</source>
        <translation>Beim &amp;Aufdecken auch die Stichpunkte der Geschichte zeigen</translation>
    </message>
    <message>
        <source>On Reveal, also show the story&apos;s bullet notes</source>
        <translation>Beim Aufdecken auch die Stichpunkte der Geschichte zeigen</translation>
    </message>
    <message>
        <source>Default &amp;order:</source>
        <translation>Standard-&amp;Reihenfolge:</translation>
    </message>
    <message>
        <source>At this pace, %1–%2 is about %3 to %4 words.</source>
        <translation>Bei diesem Tempo sind %1–%2 etwa %3 bis %4 Wörter.</translation>
    </message>
    <message numerus="yes">
        <source>The longest target must be at least %n seconds longer than the shortest.</source>
        <translation>
            <numerusform>Das längste Ziel muss mindestens %n Sekunde länger sein als das kürzeste.</numerusform>
            <numerusform>Das längste Ziel muss mindestens %n Sekunden länger sein als das kürzeste.</numerusform>
        </translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Sprache der Oberfläche</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Systemstandard (%1)</translation>
    </message>
    <message>
        <source>The new language applies the next time Starling starts.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von Starling.</translation>
    </message>
    <message>
        <source>Dates, numbers and times follow the language. Standard dialogs, such as choosing a file, use Qt&apos;s own translations when they are installed.</source>
        <translation>Datumsangaben, Zahlen und Zeiten richten sich nach der Sprache. Standarddialoge, etwa zur Dateiauswahl, verwenden die Übersetzungen von Qt, sofern sie installiert sind.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Default paper size</source>
        <translation>Standard-Papierformat</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>Automatisch (%1)</translation>
    </message>
    <message>
        <source>Automatic: Letter where the language&apos;s region uses it, A4 elsewhere</source>
        <translation>Automatisch: Letter, wo die Region der Sprache es verwendet, sonst A4</translation>
    </message>
    <message>
        <source>Sections of the prep sheet</source>
        <translation>Abschnitte des Vorbereitungsblatts</translation>
    </message>
    <message>
        <source>&amp;Cheat sheet</source>
        <translation>&amp;Spickzettel</translation>
    </message>
    <message>
        <source>Prepared &amp;answers</source>
        <translation>Vorbereitete &amp;Antworten</translation>
    </message>
    <message>
        <source>&amp;Backbone stories</source>
        <translation>&amp;Kerngeschichten</translation>
    </message>
    <message>
        <source>&amp;Questions not answered yet</source>
        <translation>Noch unbeantwortete F&amp;ragen</translation>
    </message>
    <message>
        <source>Default &amp;paper size:</source>
        <translation>Standard-&amp;Papierformat:</translation>
    </message>
    <message>
        <source>The Export dialog starts with these choices, and the choices you make there are kept here.</source>
        <translation>Der Exportdialog beginnt mit dieser Auswahl, und die Auswahl, die Sie dort treffen, wird hier übernommen.</translation>
    </message>
    <message>
        <source>Choose at least one section for the prep sheet.</source>
        <translation>Wählen Sie mindestens einen Abschnitt für das Vorbereitungsblatt.</translation>
    </message>
    <message>
        <source>Reveal in the practice window also lists the notes on how the answer&apos;s story shows the target value</source>
        <translation>Beim Aufdecken im Übungsfenster werden auch die Notizen dazu aufgelistet, wie die Geschichte der Antwort den Zielwert zeigt</translation>
    </message>
    <message>
        <source>The language of menus, dialogs and the prep sheet&apos;s headings; applies the next time Starling starts</source>
        <translation>Die Sprache von Menüs, Dialogen und den Überschriften des Vorbereitungsblatts; gilt ab dem nächsten Start von Starling</translation>
    </message>
    <message>
        <source>A first page with the company&apos;s values, the stories mapped to them, the gaps and the R-STAR-L reminder</source>
        <translation>Eine erste Seite mit den Werten des Unternehmens, den zugeordneten Geschichten, den Lücken und der R-STAR-L-Erinnerung</translation>
    </message>
    <message>
        <source>Each answer section by section, from Repeat to Link back</source>
        <translation>Jede Antwort Abschnitt für Abschnitt, von Wiederholung bis Rückbezug</translation>
    </message>
    <message>
        <source>Your backbone stories in STAR form</source>
        <translation>Ihre Kerngeschichten in STAR-Form</translation>
    </message>
    <message>
        <source>The company&apos;s questions and the general ones without an answer for it</source>
        <translation>Die Fragen des Unternehmens und die allgemeinen Fragen, die für es noch keine Antwort haben</translation>
    </message>
</context>
<context>
    <name>starling::PrepSheet</name>
    <message>
        <source>Unnamed company</source>
        <translation>Unbenanntes Unternehmen</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>running header: company — role</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Untitled story</source>
        <translation>Unbenannte Geschichte</translation>
    </message>
    <message>
        <source>Not written yet</source>
        <translation>Noch nicht geschrieben</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>interview date (countdown)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>not scheduled yet</source>
        <translation>noch nicht geplant</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source> → </source>
        <comment>between R-STAR-L sections</comment>
        <translation> → </translation>
    </message>
    <message>
        <source>R-STAR-L</source>
        <translation>R-STAR-L</translation>
    </message>
    <message>
        <source>Values and stories</source>
        <translation>Werte und Geschichten</translation>
    </message>
    <message>
        <source>No values yet: add the company&apos;s values in Companies &amp; Values.</source>
        <translation>Noch keine Werte: Fügen Sie die Werte des Unternehmens unter „Unternehmen und Werte“ hinzu.</translation>
    </message>
    <message>
        <source>Unnamed value</source>
        <translation>Unbenannter Wert</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Bedeutet</translation>
    </message>
    <message>
        <source>Key words</source>
        <translation>Schlüsselwörter</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>GAP — no story mapped to this value yet</source>
        <translation>LÜCKE – diesem Wert ist noch keine Geschichte zugeordnet</translation>
    </message>
    <message>
        <source>Prepared answers</source>
        <translation>Vorbereitete Antworten</translation>
    </message>
    <message>
        <source>Answer without a question</source>
        <translation>Antwort ohne Frage</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Target value: %1 · Story: %2 · Status: %3</source>
        <translation>Zielwert: %1 · Geschichte: %2 · Status: %3</translation>
    </message>
    <message>
        <source>No prepared answers yet.</source>
        <translation>Noch keine vorbereiteten Antworten.</translation>
    </message>
    <message>
        <source>Backbone stories</source>
        <translation>Kerngeschichten</translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation>Arten</translation>
    </message>
    <message>
        <source>Mapped to</source>
        <translation>Zugeordnet zu</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>No backbone stories yet: mark your two or three best stories as backbone in the story vault.</source>
        <translation>Noch keine Kerngeschichten: Markieren Sie Ihre zwei oder drei besten Geschichten im Geschichtentresor als Kerngeschichten.</translation>
    </message>
    <message>
        <source>Questions not answered yet</source>
        <translation>Noch unbeantwortete Fragen</translation>
    </message>
    <message>
        <source>Every question has an answer.</source>
        <translation>Jede Frage hat eine Antwort.</translation>
    </message>
    <message>
        <source>Asked at %1</source>
        <translation>Gestellt bei %1</translation>
    </message>
    <message>
        <source>General questions</source>
        <translation>Allgemeine Fragen</translation>
    </message>
    <message>
        <source>Prep sheet</source>
        <translation>Vorbereitungsblatt</translation>
    </message>
    <message>
        <source>No companies in the vault yet: add the company you are interviewing with in Companies &amp; Values.</source>
        <translation>Noch keine Unternehmen im Tresor: Fügen Sie das Unternehmen, bei dem Sie ein Interview haben, unter „Unternehmen und Werte“ hinzu.</translation>
    </message>
    <message>
        <source>The company chosen for the prep sheet is no longer in the vault. Choose another company or all companies.</source>
        <translation>Das für das Vorbereitungsblatt gewählte Unternehmen ist nicht mehr im Tresor. Wählen Sie ein anderes Unternehmen oder alle Unternehmen.</translation>
    </message>
    <message>
        <source>Prep sheet — %1</source>
        <translation>Vorbereitungsblatt – %1</translation>
    </message>
    <message>
        <source>Prep sheet — all companies</source>
        <translation>Vorbereitungsblatt – alle Unternehmen</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>label before its text</comment>
        <translation>%1:</translation>
    </message>
</context>
<context>
    <name>starling::PrepSheetExport</name>
    <message>
        <source>Cannot export to “%1”: it is a folder. Add a file name, for example prep-sheet.pdf.</source>
        <translation>Export nach „%1“ nicht möglich: Es ist ein Ordner. Ergänzen Sie einen Dateinamen, zum Beispiel vorbereitung.pdf.</translation>
    </message>
    <message>
        <source>Cannot export to “%1”: the folder “%2” does not exist. Create it or choose another folder.</source>
        <translation>Export nach „%1“ nicht möglich: Der Ordner „%2“ existiert nicht. Legen Sie ihn an oder wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Cannot export to “%1”: “%2” is a file, not a folder. Choose another folder.</source>
        <translation>Export nach „%1“ nicht möglich: „%2“ ist eine Datei, kein Ordner. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2. Choose a folder you can write to.</source>
        <translation>„%1“ kann nicht geschrieben werden: %2. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2. Free some disk space or choose another folder, then export again.</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2. Geben Sie Speicherplatz frei oder wählen Sie einen anderen Ordner und exportieren Sie erneut.</translation>
    </message>
    <message>
        <source>Could not save “%1”: %2. Free some disk space or choose another folder, then export again.</source>
        <translation>„%1“ konnte nicht gespeichert werden: %2. Geben Sie Speicherplatz frei oder wählen Sie einen anderen Ordner und exportieren Sie erneut.</translation>
    </message>
    <message>
        <source>Could not write the prep sheet: %1. Free some disk space or choose another folder, then export again.</source>
        <translation>Das Vorbereitungsblatt konnte nicht geschrieben werden: %1. Geben Sie Speicherplatz frei oder wählen Sie einen anderen Ordner und exportieren Sie erneut.</translation>
    </message>
    <message>
        <source>Cannot tell which format to write from the name “%1”. End it in .pdf, .html or .md.</source>
        <translation>Aus dem Namen „%1“ lässt sich das Format nicht erkennen. Lassen Sie ihn auf .pdf, .html oder .md enden.</translation>
    </message>
    <message>
        <source>No company named “%1”: the vault has no companies yet. Add one in Companies and Values first.</source>
        <translation>Kein Unternehmen namens „%1“: Der Tresor enthält noch keine Unternehmen. Fügen Sie zuerst eines unter „Unternehmen und Werte“ hinzu.</translation>
    </message>
    <message>
        <source>No company named “%1” in the vault. Known companies: %2.</source>
        <translation>Kein Unternehmen namens „%1“ im Tresor. Bekannte Unternehmen: %2.</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>The page is too small for the prep sheet. Choose a larger paper size or smaller margins.</source>
        <translation>Die Seite ist zu klein für das Vorbereitungsblatt. Wählen Sie ein größeres Papierformat oder kleinere Ränder.</translation>
    </message>
    <message>
        <source>Could not start drawing the prep sheet: the printer or the file refused it. Check the printer, or export to a file instead.</source>
        <translation>Das Zeichnen des Vorbereitungsblatts konnte nicht beginnen: Der Drucker oder die Datei hat es abgelehnt. Prüfen Sie den Drucker oder exportieren Sie stattdessen in eine Datei.</translation>
    </message>
    <message>
        <source>Could not start page %1 of the prep sheet. Check the printer or the disk, then try again.</source>
        <translation>Seite %1 des Vorbereitungsblatts konnte nicht begonnen werden. Prüfen Sie den Drucker oder den Datenträger und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Could not write the PDF: %1</source>
        <translation>Die PDF-Datei konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>starling::QuestionBank</name>
    <message>
        <source>The bundled question bank is missing from this build of Starling.</source>
        <translation>Der mitgelieferte Fragenkatalog fehlt in dieser Starling-Version.</translation>
    </message>
    <message>
        <source>The bundled question bank is damaged: %1</source>
        <translation>Der mitgelieferte Fragenkatalog ist beschädigt: %1</translation>
    </message>
    <message>
        <source>The question bank is not valid JSON: %1 at byte %2.</source>
        <translation>Der Fragenkatalog ist kein gültiges JSON: %1 bei Byte %2.</translation>
    </message>
    <message>
        <source>The question bank must be a JSON object.</source>
        <translation>Der Fragenkatalog muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>format must be “starling-question-bank”.</source>
        <translation>format muss „starling-question-bank“ sein.</translation>
    </message>
    <message>
        <source>version must be %1; this Starling cannot read other versions.</source>
        <translation>version muss %1 sein; diese Starling-Version kann keine anderen Versionen lesen.</translation>
    </message>
    <message>
        <source>questions must be a list.</source>
        <translation>questions muss eine Liste sein.</translation>
    </message>
    <message>
        <source>%1 must be an object.</source>
        <translation>%1 muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>%1.key must be non-empty text.</source>
        <translation>%1.key muss ein nicht leerer Text sein.</translation>
    </message>
    <message>
        <source>%1.key is %2; use lower-case words joined by hyphens, like “tight-deadline”.</source>
        <translation>%1.key ist %2; verwenden Sie kleingeschriebene, durch Bindestriche verbundene Wörter wie „tight-deadline“.</translation>
    </message>
    <message>
        <source>%1.key is %2, like %3.</source>
        <translation>%1.key ist %2, genau wie %3.</translation>
    </message>
    <message>
        <source>%1.text must be text.</source>
        <translation>%1.text muss Text sein.</translation>
    </message>
    <message>
        <source>%1.text must not be empty.</source>
        <translation>%1.text darf nicht leer sein.</translation>
    </message>
    <message>
        <source>%1.text is too long.</source>
        <translation>%1.text ist zu lang.</translation>
    </message>
    <message>
        <source>%1.text is the same question as %2.</source>
        <translation>%1.text ist dieselbe Frage wie %2.</translation>
    </message>
    <message>
        <source>%1.themes must be a list of theme keys.</source>
        <translation>%1.themes muss eine Liste von Themenschlüsseln sein.</translation>
    </message>
    <message>
        <source>%1.themes must name between 1 and %2 themes.</source>
        <translation>%1.themes muss zwischen 1 und %2 Themen nennen.</translation>
    </message>
    <message>
        <source>%1 is %2, which is not a known theme.</source>
        <translation>%1 ist %2, was kein bekanntes Thema ist.</translation>
    </message>
    <message>
        <source>%1 repeats the theme %2.</source>
        <translation>%1 wiederholt das Thema %2.</translation>
    </message>
    <message>
        <source>%1.category must be “%2” or “%3”.</source>
        <translation>%1.category muss „%2“ oder „%3“ sein.</translation>
    </message>
    <message>
        <source>Classic</source>
        <translation>Klassisch</translation>
    </message>
    <message>
        <source>Data &amp; ML</source>
        <translation>Data &amp; ML</translation>
    </message>
</context>
<context>
    <name>starling::QuestionSuggestions</name>
    <message>
        <source>Shares the theme %1 with %2</source>
        <translation>Teilt das Thema %1 mit %2</translation>
    </message>
    <message>
        <source>Shares the theme %1 with %2 at %3</source>
        <translation>Teilt das Thema %1 mit %2 bei %3</translation>
    </message>
    <message>
        <source>Reads like %1</source>
        <translation>Ähnelt %1</translation>
    </message>
    <message>
        <source>Mentions: %1</source>
        <translation>Erwähnt: %1</translation>
    </message>
    <message>
        <source>Same theme: %1</source>
        <translation>Gleiches Thema: %1</translation>
    </message>
</context>
<context>
    <name>starling::QuestionsPanel</name>
    <message>
        <source>Bank</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Eigene</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Edit Question</source>
        <translation>Frage bearbeiten</translation>
    </message>
    <message>
        <source>New Question</source>
        <translation>Neue Frage</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Frage:</translation>
    </message>
    <message>
        <source>Question text</source>
        <translation>Fragetext</translation>
    </message>
    <message>
        <source>Tell me about a time you…</source>
        <translation>Erzählen Sie mir von einer Situation, in der Sie …</translation>
    </message>
    <message>
        <source>&amp;Themes it tests:</source>
        <translation>Geprüfte &amp;Themen:</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>&amp;Suggest Themes</source>
        <translation>Themen &amp;vorschlagen</translation>
    </message>
    <message>
        <source>Suggest themes from the text</source>
        <translation>Themen anhand des Textes vorschlagen</translation>
    </message>
    <message>
        <source>Only for %1</source>
        <translation>Nur für %1</translation>
    </message>
    <message>
        <source>Only for this company</source>
        <translation>Nur für dieses Unternehmen</translation>
    </message>
    <message>
        <source>A question only this company asks, such as “Why us?”</source>
        <translation>Eine Frage, die nur dieses Unternehmen stellt, etwa „Warum wir?“</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>The question is too long.</source>
        <translation>Die Frage ist zu lang.</translation>
    </message>
    <message>
        <source>✓ Answered</source>
        <translation>✓ Beantwortet</translation>
    </message>
    <message numerus="yes">
        <source>✓ %n answer(s)</source>
        <translation>
            <numerusform>✓ %n Antwort</numerusform>
            <numerusform>✓ %n Antworten</numerusform>
        </translation>
    </message>
    <message>
        <source>question bank, %1</source>
        <translation>Fragenkatalog, %1</translation>
    </message>
    <message>
        <source>your question</source>
        <translation>Ihre Frage</translation>
    </message>
    <message>
        <source>only for %1</source>
        <translation>nur für %1</translation>
    </message>
    <message>
        <source>themes: %1</source>
        <translation>Themen: %1</translation>
    </message>
    <message>
        <source>answered for %1</source>
        <translation>beantwortet für %1</translation>
    </message>
    <message>
        <source>Search questions</source>
        <translation>Fragen suchen</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Show the questions that test one theme</source>
        <translation>Die Fragen zeigen, die ein bestimmtes Thema prüfen</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Alle Themen</translation>
    </message>
    <message>
        <source>Questions to show</source>
        <translation>Anzuzeigende Fragen</translation>
    </message>
    <message>
        <source>All questions, or the general ones plus the questions only one company asks</source>
        <translation>Alle Fragen oder die allgemeinen plus die Fragen, die nur ein Unternehmen stellt</translation>
    </message>
    <message>
        <source>Only questions not yet answered for the company</source>
        <translation>Nur Fragen, die für das Unternehmen noch nicht beantwortet sind</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>No questions match — clear the filters.</source>
        <translation>Keine passenden Fragen – setzen Sie die Filter zurück.</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>&amp;Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Answer…</source>
        <translation>&amp;Beantworten…</translation>
    </message>
    <message>
        <source>Answer the selected question</source>
        <translation>Die ausgewählte Frage beantworten</translation>
    </message>
    <message>
        <source>Write or open the answer to this question (Enter)</source>
        <translation>Die Antwort auf diese Frage schreiben oder öffnen (Eingabe)</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>Neue Frage</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Be&amp;arbeiten…</translation>
    </message>
    <message>
        <source>Edit the selected question</source>
        <translation>Die ausgewählte Frage bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected question</source>
        <translation>Die ausgewählte Frage löschen</translation>
    </message>
    <message>
        <source>Answer…</source>
        <translation>Beantworten…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>New Question…</source>
        <translation>Neue Frage…</translation>
    </message>
    <message>
        <source>Fits this question</source>
        <translation>Passt zu dieser Frage</translation>
    </message>
    <message>
        <source>Stories and values that fit this question</source>
        <translation>Geschichten und Werte, die zu dieser Frage passen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>All questions</source>
        <translation>Alle Fragen</translation>
    </message>
    <message>
        <source>Not yet answered for %1</source>
        <translation>Noch nicht beantwortet für %1</translation>
    </message>
    <message>
        <source>Not yet answered (pick a company first)</source>
        <translation>Noch nicht beantwortet (zuerst ein Unternehmen wählen)</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n Frage</numerusform>
            <numerusform>%n Fragen</numerusform>
        </translation>
    </message>
    <message>
        <source>No questions yet.</source>
        <translation>Noch keine Fragen.</translation>
    </message>
    <message>
        <source>Pick a question to see which of your stories and values fit it.</source>
        <translation>Wählen Sie eine Frage, um zu sehen, welche Ihrer Geschichten und Werte dazu passen.</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Geschichten</translation>
    </message>
    <message>
        <source>Your story vault is empty.</source>
        <translation>Ihr Geschichtentresor ist leer.</translation>
    </message>
    <message>
        <source>No story shares a theme or words with this question yet.</source>
        <translation>Noch keine Geschichte teilt ein Thema oder Wörter mit dieser Frage.</translation>
    </message>
    <message>
        <source>Untitled story</source>
        <translation>Unbenannte Geschichte</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>Pick a company to see which of its values this question lets you link back to.</source>
        <translation>Wählen Sie ein Unternehmen, um zu sehen, auf welche seiner Werte Sie mit dieser Frage Bezug nehmen können.</translation>
    </message>
    <message>
        <source>Values of %1</source>
        <translation>Werte von %1</translation>
    </message>
    <message>
        <source>This company has no values yet.</source>
        <translation>Dieses Unternehmen hat noch keine Werte.</translation>
    </message>
    <message>
        <source>None of its values shares a theme or words with this question.</source>
        <translation>Keiner seiner Werte teilt ein Thema oder Wörter mit dieser Frage.</translation>
    </message>
    <message>
        <source>Could not add the question to your vault: %1</source>
        <translation>Die Frage konnte nicht zu Ihrem Tresor hinzugefügt werden: %1</translation>
    </message>
    <message>
        <source>Could not add the question: %1</source>
        <translation>Die Frage konnte nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <source>Could not save the question: %1</source>
        <translation>Die Frage konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Delete Question</source>
        <translation>Frage löschen</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is used by %n answer(s). Delete it anyway? The answers keep their text, and you can undo this.</source>
        <translation>
            <numerusform>„%1“ wird von %n Antwort verwendet. Trotzdem löschen? Die Antwort behält ihren Text, und Sie können dies rückgängig machen.</numerusform>
            <numerusform>„%1“ wird von %n Antworten verwendet. Trotzdem löschen? Die Antworten behalten ihren Text, und Sie können dies rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not delete the question: %1</source>
        <translation>Die Frage konnte nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>Hides the questions the chosen company already has an answer to</source>
        <translation>Blendet die Fragen aus, auf die das gewählte Unternehmen bereits eine Antwort hat</translation>
    </message>
    <message>
        <source>Questions from the bank and your own; drag one onto the answer editor</source>
        <translation>Fragen aus dem Katalog und Ihre eigenen; ziehen Sie eine auf den Antworteditor</translation>
    </message>
    <message>
        <source>Shows every question again</source>
        <translation>Zeigt wieder alle Fragen</translation>
    </message>
    <message>
        <source>The stories and the company values that suit the selected question</source>
        <translation>Die Geschichten und Unternehmenswerte, die zur ausgewählten Frage passen</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln question(s)</source>
        <translation>
            <numerusform>%L1 von %Ln Frage</numerusform>
            <numerusform>%L1 von %Ln Fragen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>starling::Readiness</name>
    <message>
        <source>No values yet</source>
        <translation>Noch keine Werte</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n value(s) covered</source>
        <translation>
            <numerusform>%1 von %n Wert abgedeckt</numerusform>
            <numerusform>%1 von %n Werten abgedeckt</numerusform>
        </translation>
    </message>
    <message>
        <source>No answers yet</source>
        <translation>Noch keine Antworten</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n answer(s) ready</source>
        <translation>
            <numerusform>%1 von %n Antwort bereit</numerusform>
            <numerusform>%1 von %n Antworten bereit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n pass the checks</source>
        <translation>
            <numerusform>%1 von %n besteht die Prüfungen</numerusform>
            <numerusform>%1 von %n bestehen die Prüfungen</numerusform>
        </translation>
    </message>
    <message>
        <source>none practised this week</source>
        <translation>diese Woche keine geübt</translation>
    </message>
    <message numerus="yes">
        <source>%n practised this week</source>
        <translation>
            <numerusform>%n diese Woche geübt</numerusform>
            <numerusform>%n diese Woche geübt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>starling::RestoreBackupDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message numerus="yes">
        <source>Starling keeps a copy of the vault from each of the last %n day(s) it was opened. Choose the copy to go back to.</source>
        <translation>
            <numerusform>Starling bewahrt eine Kopie des Tresors vom letzten Tag auf, an dem er geöffnet wurde (%n Tag). Wählen Sie die Kopie, zu der Sie zurückkehren möchten.</numerusform>
            <numerusform>Starling bewahrt von jedem der letzten %n Tage, an denen der Tresor geöffnet wurde, eine Kopie auf. Wählen Sie die Kopie, zu der Sie zurückkehren möchten.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 (saved before a restore)</source>
        <translation>%1, %2 (vor einer Wiederherstellung gesichert)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>backup date in the confirmation</comment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>Replace the vault with the backup of %1? The current state is saved as a backup first.</source>
        <translation>Den Tresor durch die Sicherung vom %1 ersetzen? Der aktuelle Stand wird zuvor als Sicherung gespeichert.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Sicherungen, neueste zuerst</translation>
    </message>
    <message>
        <source>Choose the copy of the vault to go back to</source>
        <translation>Wählen Sie die Kopie des Tresors, zu der Sie zurückkehren möchten</translation>
    </message>
</context>
<context>
    <name>starling::SectionShareBar</name>
    <message>
        <source>Share of each section</source>
        <translation>Anteil der einzelnen Abschnitte</translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <translation>%1 %2 %</translation>
    </message>
</context>
<context>
    <name>starling::SpellCheckPage</name>
    <message>
        <source>Check spelling as you type</source>
        <translation>Rechtschreibung während der Eingabe prüfen</translation>
    </message>
    <message>
        <source>Spell checking</source>
        <translation>Rechtschreibprüfung</translation>
    </message>
    <message>
        <source>&amp;Check spelling as you type</source>
        <translation>Rechtschreibung während der Eingabe &amp;prüfen</translation>
    </message>
    <message>
        <source>Underline misspelled words in stories, answers and notes</source>
        <translation>Falsch geschriebene Wörter in Geschichten, Antworten und Notizen unterstreichen</translation>
    </message>
    <message>
        <source>Dictionary</source>
        <translation>Wörterbuch</translation>
    </message>
    <message>
        <source>Automatic uses the dictionary of the interface language</source>
        <translation>„Automatisch“ verwendet das Wörterbuch der Oberflächensprache</translation>
    </message>
    <message>
        <source>&amp;Dictionary:</source>
        <translation>&amp;Wörterbuch:</translation>
    </message>
    <message>
        <source>Spell checking status</source>
        <translation>Status der Rechtschreibprüfung</translation>
    </message>
    <message>
        <source>Personal word list</source>
        <translation>Persönliche Wortliste</translation>
    </message>
    <message>
        <source>Personal words</source>
        <translation>Persönliche Wörter</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected words from the personal word list</source>
        <translation>Die ausgewählten Wörter aus der persönlichen Wortliste entfernen</translation>
    </message>
    <message>
        <source>Remove the selected words now; they are underlined again</source>
        <translation>Die ausgewählten Wörter sofort entfernen; sie werden wieder unterstrichen</translation>
    </message>
    <message>
        <source>Personal word list problem</source>
        <translation>Problem mit der persönlichen Wortliste</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>Automatisch (%1)</translation>
    </message>
    <message>
        <source>%1 (not installed)</source>
        <translation>%1 (nicht installiert)</translation>
    </message>
    <message>
        <source>The dictionary “%1” is not installed, so %2 is used instead.</source>
        <translation>Das Wörterbuch „%1“ ist nicht installiert, daher wird stattdessen %2 verwendet.</translation>
    </message>
    <message>
        <source>Words added with “Add to Dictionary”: %1
Kept in %2</source>
        <translation>Mit „Zum Wörterbuch hinzufügen“ aufgenommene Wörter: %1
Gespeichert in %2</translation>
    </message>
    <message>
        <source>Words you added to the dictionary; they are never underlined</source>
        <translation>Wörter, die Sie zum Wörterbuch hinzugefügt haben; sie werden nie unterstrichen</translation>
    </message>
</context>
<context>
    <name>starling::SpellChecker</name>
    <message>
        <source>%1 (%2)</source>
        <comment>language (territory)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>dictionary name – variant</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>The dictionary “%1” uses the encoding %2, which this system cannot convert.</source>
        <translation>Das Wörterbuch „%1“ verwendet die Kodierung %2, die dieses System nicht umwandeln kann.</translation>
    </message>
    <message>
        <source>Spell checking is off because no Hunspell dictionary is installed. Install one for your language, for example with “sudo apt install hunspell-en-us”, then open Preferences again.</source>
        <translation>Die Rechtschreibprüfung ist aus, weil kein Hunspell-Wörterbuch installiert ist. Installieren Sie eines für Ihre Sprache, zum Beispiel mit „sudo apt install hunspell-de-de“, und öffnen Sie dann die Einstellungen erneut.</translation>
    </message>
    <message>
        <source>Spell checking is off: %1</source>
        <translation>Die Rechtschreibprüfung ist aus: %1</translation>
    </message>
    <message>
        <source>The dictionary “%1” is not installed, so %2 is used instead.</source>
        <translation>Das Wörterbuch „%1“ ist nicht installiert, daher wird stattdessen %2 verwendet.</translation>
    </message>
    <message>
        <source>The personal word list “%1” could not be read (%2); Starling leaves it untouched.</source>
        <translation>Die persönliche Wortliste „%1“ konnte nicht gelesen werden (%2); Starling lässt sie unverändert.</translation>
    </message>
    <message>
        <source>The personal word list “%1” is not UTF-8 text; Starling leaves it untouched. Save it as UTF-8 to use it.</source>
        <translation>Die persönliche Wortliste „%1“ ist kein UTF-8-Text; Starling lässt sie unverändert. Speichern Sie sie als UTF-8, um sie zu verwenden.</translation>
    </message>
    <message>
        <source>There is no place to keep the personal word list.</source>
        <translation>Es gibt keinen Ort, an dem die persönliche Wortliste gespeichert werden kann.</translation>
    </message>
    <message>
        <source>Could not save the personal word list: the folder “%1” cannot be created.</source>
        <translation>Die persönliche Wortliste konnte nicht gespeichert werden: Der Ordner „%1“ kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not save the personal word list “%1”: %2</source>
        <translation>Die persönliche Wortliste „%1“ konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Only a single word can be added to the personal word list.</source>
        <translation>Zur persönlichen Wortliste kann nur ein einzelnes Wort hinzugefügt werden.</translation>
    </message>
</context>
<context>
    <name>starling::SpellHighlighter</name>
    <message>
        <source>No Suggestions</source>
        <translation>Keine Vorschläge</translation>
    </message>
    <message>
        <source>Add “%1” to Dictionary</source>
        <translation>„%1“ zum Wörterbuch hinzufügen</translation>
    </message>
    <message>
        <source>Keep this word in your personal word list</source>
        <translation>Dieses Wort in Ihrer persönlichen Wortliste speichern</translation>
    </message>
    <message>
        <source>Personal Word List</source>
        <translation>Persönliche Wortliste</translation>
    </message>
    <message>
        <source>%1

“%2” is accepted until Starling closes.</source>
        <translation>%1

„%2“ wird bis zum Beenden von Starling akzeptiert.</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorieren</translation>
    </message>
    <message>
        <source>Accept this word until Starling closes</source>
        <translation>Dieses Wort bis zum Beenden von Starling akzeptieren</translation>
    </message>
</context>
<context>
    <name>starling::StoryColumnHeader</name>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>starling::StoryEditor</name>
    <message>
        <source>1 word</source>
        <translation>1 Wort</translation>
    </message>
    <message>
        <source>%1 words</source>
        <translation>%1 Wörter</translation>
    </message>
    <message>
        <source>Select a story in the vault, or add one.</source>
        <translation>Wählen Sie eine Geschichte im Tresor aus oder fügen Sie eine hinzu.</translation>
    </message>
    <message>
        <source>Save error</source>
        <translation>Speicherfehler</translation>
    </message>
    <message>
        <source>Story title</source>
        <translation>Titel der Geschichte</translation>
    </message>
    <message>
        <source>A short name you will recognise, e.g. “Rebuilt the fraud model”</source>
        <translation>Ein kurzer Name, den Sie wiedererkennen, z. B. „Betrugsmodell neu gebaut“</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>What kind of story is it?</source>
        <translation>Welche Art von Geschichte ist es?</translation>
    </message>
    <message>
        <source>%1 story</source>
        <translation>Art: %1</translation>
    </message>
    <message>
        <source>&amp;Backbone story</source>
        <translation>&amp;Kerngeschichte</translation>
    </message>
    <message>
        <source>Backbone story</source>
        <translation>Kerngeschichte</translation>
    </message>
    <message>
        <source>One of the 2–3 stories you know inside out, deep enough to answer many different questions.</source>
        <translation>Eine der 2–3 Geschichten, die Sie in- und auswendig kennen und die tief genug sind, um viele verschiedene Fragen zu beantworten.</translation>
    </message>
    <message>
        <source>&amp;Situation</source>
        <translation>&amp;Situation</translation>
    </message>
    <message>
        <source>The context in two or three sentences: team, company, stakes.</source>
        <translation>Der Kontext in zwei oder drei Sätzen: Team, Unternehmen, was auf dem Spiel stand.</translation>
    </message>
    <message>
        <source>We were a six-person data team at a payments start-up; fraud losses had doubled in a quarter…</source>
        <translation>Wir waren ein sechsköpfiges Datenteam bei einem Zahlungs-Start-up; die Betrugsverluste hatten sich in einem Quartal verdoppelt …</translation>
    </message>
    <message>
        <source>T&amp;ask</source>
        <translation>&amp;Aufgabe</translation>
    </message>
    <message>
        <source>What you were responsible for: the goal or the problem that was yours.</source>
        <translation>Wofür Sie verantwortlich waren: das Ziel oder das Problem, das bei Ihnen lag.</translation>
    </message>
    <message>
        <source>I owned the fraud model and had to cut losses without blocking good customers…</source>
        <translation>Ich war für das Betrugsmodell verantwortlich und musste die Verluste senken, ohne gute Kunden zu blockieren …</translation>
    </message>
    <message>
        <source>A&amp;ction</source>
        <translation>&amp;Handlung</translation>
    </message>
    <message>
        <source>What YOU did, step by step, with the technical detail. Usually the longest part.</source>
        <translation>Was SIE getan haben, Schritt für Schritt, mit den technischen Details. Meist der längste Teil.</translation>
    </message>
    <message>
        <source>First I… Then I… I chose gradient boosting over… because…</source>
        <translation>Zuerst habe ich … Dann habe ich … Ich habe Gradient Boosting statt … gewählt, weil …</translation>
    </message>
    <message>
        <source>&amp;Result</source>
        <translation>&amp;Ergebnis</translation>
    </message>
    <message>
        <source>What changed, with numbers, and what you learned.</source>
        <translation>Was sich geändert hat, mit Zahlen, und was Sie gelernt haben.</translation>
    </message>
    <message>
        <source>Losses fell 38% in two months; false positives stayed flat. I learned…</source>
        <translation>Die Verluste sanken in zwei Monaten um 38 %; die Fehlalarme blieben gleich. Ich habe gelernt …</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>Anything else, e.g. which questions this story answers.</source>
        <translation>Alles Weitere, z. B. welche Fragen diese Geschichte beantwortet.</translation>
    </message>
    <message>
        <source>Answers: “a time you failed”, “a hard trade-off”…</source>
        <translation>Beantwortet: „eine Situation, in der Sie gescheitert sind“, „eine schwierige Abwägung“ …</translation>
    </message>
    <message>
        <source>Length limit reached</source>
        <translation>Längengrenze erreicht</translation>
    </message>
    <message>
        <source>%1 word count</source>
        <translation>%1: Wortzahl</translation>
    </message>
    <message>
        <source>%1: this field is capped at %2 characters; the rest was not saved.</source>
        <translation>%1: Dieses Feld ist auf %2 Zeichen begrenzt; der Rest wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Counts towards the balance of story kinds in your vault</source>
        <translation>Zählt zur Ausgewogenheit der Arten von Geschichten in Ihrem Tresor</translation>
    </message>
</context>
<context>
    <name>starling::StoryItemDelegate</name>
    <message numerus="yes">
        <source>%n value(s)</source>
        <translation>
            <numerusform>%n Wert</numerusform>
            <numerusform>%n Werte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n Antwort</numerusform>
            <numerusform>%n Antworten</numerusform>
        </translation>
    </message>
    <message>
        <source>not mapped yet</source>
        <translation>noch nicht zugeordnet</translation>
    </message>
    <message>
        <source>no kind yet</source>
        <translation>noch keine Art</translation>
    </message>
    <message numerus="yes">
        <source>%n companies</source>
        <translation>
            <numerusform>%n Unternehmen</numerusform>
            <numerusform>%n Unternehmen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>starling::StoryKind</name>
    <message>
        <source>Success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Misserfolg</translation>
    </message>
    <message>
        <source>Teamwork</source>
        <translation>Teamarbeit</translation>
    </message>
    <message>
        <source>Leadership</source>
        <translation>Führung</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>starling::StorySuggestions</name>
    <message>
        <source>Shares the theme %1 with %2</source>
        <translation>Teilt das Thema %1 mit %2</translation>
    </message>
    <message>
        <source>Shares the theme %1 with %2 at %3</source>
        <translation>Teilt das Thema %1 mit %2 bei %3</translation>
    </message>
    <message>
        <source>Reads like %1</source>
        <translation>Ähnelt %1</translation>
    </message>
    <message>
        <source>Mentions: %1</source>
        <translation>Erwähnt: %1</translation>
    </message>
    <message>
        <source>Mapped to %1 — same theme: %2</source>
        <translation>%1 zugeordnet – gleiches Thema: %2</translation>
    </message>
    <message>
        <source>Mapped to %1 at %2 — same theme: %3</source>
        <translation>%1 bei %2 zugeordnet – gleiches Thema: %3</translation>
    </message>
</context>
<context>
    <name>starling::StoryVaultModel</name>
    <message>
        <source>Untitled story</source>
        <translation>Unbenannte Geschichte</translation>
    </message>
    <message>
        <source>No kind set</source>
        <translation>Keine Art festgelegt</translation>
    </message>
    <message>
        <source>backbone story</source>
        <translation>Kerngeschichte</translation>
    </message>
    <message numerus="yes">
        <source>Linked to %n value(s)</source>
        <translation>
            <numerusform>%n Wert zugeordnet</numerusform>
            <numerusform>%n Werten zugeordnet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>used in %n answer(s)</source>
        <translation>
            <numerusform>in %n Antwort verwendet</numerusform>
            <numerusform>in %n Antworten verwendet</numerusform>
        </translation>
    </message>
    <message>
        <source>Mapped at: %1</source>
        <translation>Zugeordnet bei: %1</translation>
    </message>
    <message>
        <source>Backbone story</source>
        <translation>Kerngeschichte</translation>
    </message>
</context>
<context>
    <name>starling::StoryVaultPanel</name>
    <message>
        <source>Search all story text</source>
        <translation>Den gesamten Text der Geschichten durchsuchen</translation>
    </message>
    <message>
        <source>Search stories</source>
        <translation>Geschichten suchen</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Recently updated</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>Most used</source>
        <translation>Meistgenutzt</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Geschichten</translation>
    </message>
    <message>
        <source>No story matches. Clear the search or the kind filter.</source>
        <translation>Keine passende Geschichte. Leeren Sie die Suche oder den Artfilter.</translation>
    </message>
    <message>
        <source>Show stories of kind</source>
        <translation>Geschichten dieser Art zeigen</translation>
    </message>
    <message>
        <source>Shows only the stories tagged with the chosen kind</source>
        <translation>Zeigt nur die Geschichten mit der gewählten Art</translation>
    </message>
    <message>
        <source>Sort stories by</source>
        <translation>Geschichten sortieren nach</translation>
    </message>
    <message>
        <source>The order of the story list</source>
        <translation>Die Reihenfolge der Geschichtenliste</translation>
    </message>
    <message>
        <source>Your stories; drag one onto a value in the matrix or onto an answer</source>
        <translation>Ihre Geschichten; ziehen Sie eine auf einen Wert in der Matrix oder auf eine Antwort</translation>
    </message>
</context>
<context>
    <name>starling::Themes</name>
    <message>
        <source>Ownership</source>
        <translation>Eigenverantwortung</translation>
    </message>
    <message>
        <source>You treat the outcome as yours end to end, including the parts that are nobody&apos;s job.</source>
        <translation>Sie betrachten das Ergebnis von Anfang bis Ende als Ihres, auch die Teile, für die niemand zuständig ist.</translation>
    </message>
    <message>
        <source>Bias for action</source>
        <translation>Handlungsorientierung</translation>
    </message>
    <message>
        <source>You move quickly on reversible decisions instead of waiting for certainty or permission.</source>
        <translation>Sie handeln bei umkehrbaren Entscheidungen schnell, statt auf Gewissheit oder Erlaubnis zu warten.</translation>
    </message>
    <message>
        <source>Learning and growth</source>
        <translation>Lernen und Wachstum</translation>
    </message>
    <message>
        <source>You stay curious, seek feedback and keep getting better at what you do.</source>
        <translation>Sie bleiben neugierig, holen Feedback ein und werden in dem, was Sie tun, immer besser.</translation>
    </message>
    <message>
        <source>Collaboration / one team</source>
        <translation>Zusammenarbeit / ein Team</translation>
    </message>
    <message>
        <source>You help other people and teams succeed and put the shared goal above your own credit.</source>
        <translation>Sie helfen anderen Menschen und Teams zum Erfolg und stellen das gemeinsame Ziel über Ihren eigenen Ruhm.</translation>
    </message>
    <message>
        <source>Customer focus</source>
        <translation>Kundenorientierung</translation>
    </message>
    <message>
        <source>You start from what the customer or user needs and work backwards from it.</source>
        <translation>Sie gehen von dem aus, was Kunden oder Nutzer brauchen, und arbeiten sich von dort zurück.</translation>
    </message>
    <message>
        <source>High standards</source>
        <translation>Hohe Ansprüche</translation>
    </message>
    <message>
        <source>You hold your work to a bar others find unreasonably high, and fix defects at the root.</source>
        <translation>Sie legen an Ihre Arbeit einen Maßstab an, den andere unvernünftig hoch finden, und beheben Fehler an der Wurzel.</translation>
    </message>
    <message>
        <source>Data-driven judgement</source>
        <translation>Datenbasiertes Urteilen</translation>
    </message>
    <message>
        <source>You decide on evidence, dig into the details and are right more often than not.</source>
        <translation>Sie entscheiden anhand von Belegen, gehen den Details auf den Grund und liegen öfter richtig als falsch.</translation>
    </message>
    <message>
        <source>Integrity and trust</source>
        <translation>Integrität und Vertrauen</translation>
    </message>
    <message>
        <source>You are honest, transparent and fair, and do the right thing when it costs you.</source>
        <translation>Sie sind ehrlich, transparent und fair und tun das Richtige, auch wenn es Sie etwas kostet.</translation>
    </message>
    <message>
        <source>Innovation</source>
        <translation>Innovation</translation>
    </message>
    <message>
        <source>You look for new and simpler ways to solve problems and think beyond the next step.</source>
        <translation>Sie suchen nach neuen und einfacheren Lösungswegen und denken über den nächsten Schritt hinaus.</translation>
    </message>
    <message>
        <source>Dealing with ambiguity</source>
        <translation>Umgang mit Unklarheit</translation>
    </message>
    <message>
        <source>You make progress when the goal, the data or the plan is unclear, and adapt as you learn.</source>
        <translation>Sie kommen voran, auch wenn Ziel, Daten oder Plan unklar sind, und passen sich an, während Sie dazulernen.</translation>
    </message>
    <message>
        <source>Resilience after failure</source>
        <translation>Resilienz nach Misserfolgen</translation>
    </message>
    <message>
        <source>You own failures, recover from setbacks and show what you changed afterwards.</source>
        <translation>Sie stehen zu Misserfolgen, erholen sich von Rückschlägen und zeigen, was Sie danach geändert haben.</translation>
    </message>
    <message>
        <source>Influence and communication</source>
        <translation>Einfluss und Kommunikation</translation>
    </message>
    <message>
        <source>You bring people along without authority: listen, explain clearly, disagree openly, then commit.</source>
        <translation>Sie nehmen Menschen ohne Weisungsbefugnis mit: zuhören, klar erklären, offen widersprechen, dann mittragen.</translation>
    </message>
    <message>
        <source>Delivering results</source>
        <translation>Ergebnisse liefern</translation>
    </message>
    <message>
        <source>You deliver the outcomes that matter, on time and with the resources you have.</source>
        <translation>Sie liefern die Ergebnisse, auf die es ankommt, pünktlich und mit den vorhandenen Mitteln.</translation>
    </message>
    <message>
        <source>Developing people</source>
        <translation>Menschen entwickeln</translation>
    </message>
    <message>
        <source>You hire well, mentor and coach, and help the people around you grow.</source>
        <translation>Sie stellen gut ein, sind Mentor und Coach und helfen den Menschen um Sie herum zu wachsen.</translation>
    </message>
</context>
<context>
    <name>starling::ValueCoverage</name>
    <message>
        <source>No values yet</source>
        <translation>Noch keine Werte</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n values covered, %2 with two stories</source>
        <translation>
            <numerusform>%1 von %n Wert abgedeckt, %2 mit zwei Geschichten</numerusform>
            <numerusform>%1 von %n Werten abgedeckt, %2 mit zwei Geschichten</numerusform>
        </translation>
    </message>
    <message>
        <source>No story</source>
        <translation>Keine Geschichte</translation>
    </message>
    <message>
        <source>One story</source>
        <translation>Eine Geschichte</translation>
    </message>
    <message>
        <source>Two or more</source>
        <translation>Zwei oder mehr</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Lücke</translation>
    </message>
    <message numerus="yes">
        <source>%n story(s)</source>
        <translation>
            <numerusform>%n Geschichte</numerusform>
            <numerusform>%n Geschichten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>starling::ValueSuggestionsPanel</name>
    <message>
        <source>Suggestions</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <source>Select a value in the matrix to see the stories likely to demonstrate it.</source>
        <translation>Wählen Sie in der Matrix einen Wert, um die Geschichten zu sehen, die ihn wahrscheinlich zeigen.</translation>
    </message>
    <message>
        <source>Suggestions for “%1”</source>
        <translation>Vorschläge für „%1“</translation>
    </message>
    <message>
        <source>Gap: no story shows this value yet. These look likely:</source>
        <translation>Lücke: Noch keine Geschichte zeigt diesen Wert. Diese wirken passend:</translation>
    </message>
    <message>
        <source>One story so far; a second makes it stronger:</source>
        <translation>Bisher eine Geschichte; eine zweite macht ihn stärker:</translation>
    </message>
    <message numerus="yes">
        <source>Covered by %n story(s). Other candidates:</source>
        <translation>
            <numerusform>Durch %n Geschichte abgedeckt. Weitere Kandidaten:</numerusform>
            <numerusform>Durch %n Geschichten abgedeckt. Weitere Kandidaten:</numerusform>
        </translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Zuordnen</translation>
    </message>
    <message>
        <source>Map %1 to %2</source>
        <translation>%1 dem Wert %2 zuordnen</translation>
    </message>
    <message>
        <source>Reuse %1 from %2 at %3 — with its notes</source>
        <translation>%1 von %2 bei %3 wiederverwenden – mit den Notizen</translation>
    </message>
    <message>
        <source>Reuse %1 from %2 at %3</source>
        <translation>%1 von %2 bei %3 wiederverwenden</translation>
    </message>
    <message>
        <source>Reuse</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Map %1 to %2 with the notes written for %3</source>
        <translation>%1 dem Wert %2 zuordnen, mit den für %3 geschriebenen Notizen</translation>
    </message>
    <message>
        <source>No story shares a theme or words with this value yet. Drag one from the Story Vault onto its row.</source>
        <translation>Noch keine Geschichte teilt ein Thema oder Wörter mit diesem Wert. Ziehen Sie eine aus dem Geschichtentresor auf seine Zeile.</translation>
    </message>
    <message>
        <source>No other story shares a theme or words with this value.</source>
        <translation>Keine andere Geschichte teilt ein Thema oder Wörter mit diesem Wert.</translation>
    </message>
    <message>
        <source>Reading your stories to suggest the ones that fit…</source>
        <translation>Ihre Geschichten werden gelesen, um passende vorzuschlagen…</translation>
    </message>
</context>
<context>
    <name>starling::ValuesLibrary</name>
    <message>
        <source>%1 must be text.</source>
        <translation>%1 muss Text sein.</translation>
    </message>
    <message>
        <source>%1 must not be empty.</source>
        <translation>%1 darf nicht leer sein.</translation>
    </message>
    <message>
        <source>%1 is too long.</source>
        <translation>%1 ist zu lang.</translation>
    </message>
    <message>
        <source>%1 must be a list of text.</source>
        <translation>%1 muss eine Liste von Texten sein.</translation>
    </message>
    <message>
        <source>%1 has too many entries.</source>
        <translation>%1 hat zu viele Einträge.</translation>
    </message>
    <message>
        <source>%1 must be non-empty text.</source>
        <translation>%1 muss ein nicht leerer Text sein.</translation>
    </message>
    <message>
        <source>%1 must be a list of values.</source>
        <translation>%1 muss eine Liste von Werten sein.</translation>
    </message>
    <message>
        <source>%1 nests sub-principles too deeply.</source>
        <translation>%1 verschachtelt Unterprinzipien zu tief.</translation>
    </message>
    <message>
        <source>%1 must be an object.</source>
        <translation>%1 muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>%1 is %2, which is not a known theme.</source>
        <translation>%1 ist %2, was kein bekanntes Thema ist.</translation>
    </message>
    <message>
        <source>The bundled values library is missing from this build of Starling.</source>
        <translation>Die mitgelieferte Wertebibliothek fehlt in dieser Starling-Version.</translation>
    </message>
    <message>
        <source>The bundled values library is damaged: %1</source>
        <translation>Die mitgelieferte Wertebibliothek ist beschädigt: %1</translation>
    </message>
    <message>
        <source>The values library is not valid JSON: %1 at byte %2.</source>
        <translation>Die Wertebibliothek ist kein gültiges JSON: %1 bei Byte %2.</translation>
    </message>
    <message>
        <source>The values library must be a JSON object.</source>
        <translation>Die Wertebibliothek muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>format must be “starling-values-library”.</source>
        <translation>format muss „starling-values-library“ sein.</translation>
    </message>
    <message>
        <source>version must be %1; this Starling cannot read other versions.</source>
        <translation>version muss %1 sein; diese Starling-Version kann keine anderen Versionen lesen.</translation>
    </message>
    <message>
        <source>companies must be a list.</source>
        <translation>companies muss eine Liste sein.</translation>
    </message>
    <message>
        <source>%1 is %2, like %3.</source>
        <translation>%1 ist %2, genau wie %3.</translation>
    </message>
    <message>
        <source>%1 is not a web address.</source>
        <translation>%1 ist keine Webadresse.</translation>
    </message>
    <message>
        <source>%1 is %2, which is not a date like 2024-01-31.</source>
        <translation>%1 ist %2, was kein Datum wie 2024-01-31 ist.</translation>
    </message>
    <message>
        <source>There are too many companies named “%1”.</source>
        <translation>Es gibt zu viele Unternehmen namens „%1“.</translation>
    </message>
    <message>
        <source>Values copied from the Starling values library, as of %1. %2</source>
        <translation>Werte aus der Starling-Wertebibliothek kopiert, Stand %1. %2</translation>
    </message>
    <message>
        <source>Values copied from the Starling values library. %1</source>
        <translation>Werte aus der Starling-Wertebibliothek kopiert. %1</translation>
    </message>
    <message>
        <source>Could not add %1 from the values library: %2</source>
        <translation>%1 konnte nicht aus der Wertebibliothek hinzugefügt werden: %2</translation>
    </message>
</context>
<context>
    <name>starling::ValuesLibraryDialog</name>
    <message>
        <source>Add a company from the values library</source>
        <translation>Ein Unternehmen aus der Wertebibliothek hinzufügen</translation>
    </message>
    <message>
        <source>Pick a company to add an editable copy of its published values. Starling&apos;s plain-words meanings and key words come with it; change anything afterwards.</source>
        <translation>Wählen Sie ein Unternehmen, um eine bearbeitbare Kopie seiner veröffentlichten Werte hinzuzufügen. Die Erklärungen in einfachen Worten und die Schlüsselwörter von Starling werden mitgeliefert; Sie können danach alles ändern.</translation>
    </message>
    <message>
        <source>Values library error</source>
        <translation>Fehler in der Wertebibliothek</translation>
    </message>
    <message>
        <source>Search the values library</source>
        <translation>Die Wertebibliothek durchsuchen</translation>
    </message>
    <message>
        <source>Search companies and values</source>
        <translation>Unternehmen und Werte suchen</translation>
    </message>
    <message>
        <source>Companies in the values library</source>
        <translation>Unternehmen in der Wertebibliothek</translation>
    </message>
    <message>
        <source>No company or value matches the search.</source>
        <translation>Kein Unternehmen und kein Wert passt zur Suche.</translation>
    </message>
    <message>
        <source>Source address</source>
        <translation>Quelladresse</translation>
    </message>
    <message>
        <source>Values that will be added</source>
        <translation>Werte, die hinzugefügt werden</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>What it really means</source>
        <translation>Was er wirklich bedeutet</translation>
    </message>
    <message>
        <source>Choose a company on the left to preview its values.</source>
        <translation>Wählen Sie links ein Unternehmen, um eine Vorschau seiner Werte zu sehen.</translation>
    </message>
    <message>
        <source>Add company</source>
        <translation>Unternehmen hinzufügen</translation>
    </message>
    <message>
        <source>The values library cannot be read: %1</source>
        <translation>Die Wertebibliothek kann nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) and sub-principle(s)</source>
        <translation>
            <numerusform>%n Wert oder Unterprinzip</numerusform>
            <numerusform>%n Werte und Unterprinzipien</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · as of %2</source>
        <translation>%1 · Stand %2</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>Check the company&apos;s current page: values change.</source>
        <translation>Prüfen Sie die aktuelle Seite des Unternehmens: Werte ändern sich.</translation>
    </message>
    <message>
        <source>Choose a company to see the values it adds</source>
        <translation>Wählen Sie ein Unternehmen, um die Werte zu sehen, die es hinzufügt</translation>
    </message>
    <message>
        <source>The values and sub-principles that are added to your vault</source>
        <translation>Die Werte und Unterprinzipien, die Ihrem Tresor hinzugefügt werden</translation>
    </message>
</context>
<context>
    <name>starling::ValuesMatrixModel</name>
    <message>
        <source>“%1” is not mapped to “%2”.</source>
        <translation>„%1“ ist „%2“ nicht zugeordnet.</translation>
    </message>
    <message>
        <source>“%1” demonstrates “%2”</source>
        <translation>„%1“ zeigt „%2“</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Noch keine Notizen.</translation>
    </message>
    <message>
        <source>“%1” is not mapped to “%2”</source>
        <translation>„%1“ ist „%2“ nicht zugeordnet</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notizen: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <source>Stories that demonstrate each value: one at minimum, two is better.</source>
        <translation>Geschichten, die jeden Wert zeigen: mindestens eine, besser zwei.</translation>
    </message>
    <message>
        <source>No kind set</source>
        <translation>Keine Art festgelegt</translation>
    </message>
    <message>
        <source>backbone story</source>
        <translation>Kerngeschichte</translation>
    </message>
    <message>
        <source>Choose a company to see its values.</source>
        <translation>Wählen Sie ein Unternehmen, um seine Werte zu sehen.</translation>
    </message>
    <message>
        <source>No values yet — add the company&apos;s values first.</source>
        <translation>Noch keine Werte – fügen Sie zuerst die Werte des Unternehmens hinzu.</translation>
    </message>
</context>
<context>
    <name>starling::ValuesMatrixPanel</name>
    <message>
        <source>Coverage summary</source>
        <translation>Zusammenfassung der Abdeckung</translation>
    </message>
    <message>
        <source>Gap · 1 story (minimum) · 2+ stories (ideal)</source>
        <translation>Lücke · 1 Geschichte (Minimum) · 2+ Geschichten (ideal)</translation>
    </message>
    <message>
        <source>The method&apos;s target: every value backed by one story at minimum, two is better.</source>
        <translation>Das Ziel der Methode: Jeder Wert ist durch mindestens eine Geschichte belegt, besser durch zwei.</translation>
    </message>
    <message>
        <source>Show stories mapped nowhere</source>
        <translation>Nirgends zugeordnete Geschichten zeigen</translation>
    </message>
    <message>
        <source>Add a column for every story in the vault, not only the stories mapped somewhere and the backbone stories.</source>
        <translation>Eine Spalte für jede Geschichte im Tresor hinzufügen, nicht nur für die irgendwo zugeordneten Geschichten und die Kerngeschichten.</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <source>Show suggestions</source>
        <translation>Vorschläge zeigen</translation>
    </message>
    <message>
        <source>Show or hide stories suggested for the selected value</source>
        <translation>Für den ausgewählten Wert vorgeschlagene Geschichten ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Values matrix</source>
        <translation>Wertematrix</translation>
    </message>
    <message numerus="yes">
        <source>Map “%1” to %n value(s)</source>
        <translation>
            <numerusform>„%1“ %n Wert zuordnen</numerusform>
            <numerusform>„%1“ %n Werten zuordnen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unmap %n link(s)</source>
        <translation>
            <numerusform>%n Zuordnung aufheben</numerusform>
            <numerusform>%n Zuordnungen aufheben</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit notes…</source>
        <translation>Notizen bearbeiten…</translation>
    </message>
    <message>
        <source>Map and add notes…</source>
        <translation>Zuordnen und Notizen hinzufügen…</translation>
    </message>
    <message>
        <source>Unmap</source>
        <translation>Zuordnung aufheben</translation>
    </message>
    <message>
        <source>Map to value…</source>
        <translation>Wert zuordnen…</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Lücke</translation>
    </message>
    <message>
        <source>1 story (minimum)</source>
        <translation>1 Geschichte (Minimum)</translation>
    </message>
    <message>
        <source>2+ stories (ideal)</source>
        <translation>2+ Geschichten (ideal)</translation>
    </message>
    <message>
        <source>Choose a company in Companies and Values to see its matrix.</source>
        <translation>Wählen Sie unter „Unternehmen und Werte“ ein Unternehmen, um seine Matrix zu sehen.</translation>
    </message>
    <message>
        <source>No values yet — add the company&apos;s values first.</source>
        <translation>Noch keine Werte – fügen Sie zuerst die Werte des Unternehmens hinzu.</translation>
    </message>
    <message>
        <source>Add stories to your vault, then drag them here.</source>
        <translation>Fügen Sie Ihrem Tresor Geschichten hinzu und ziehen Sie sie dann hierher.</translation>
    </message>
    <message>
        <source>The company&apos;s values in rows and your stories in columns; drop a story on a row to map it</source>
        <translation>Die Werte des Unternehmens in Zeilen und Ihre Geschichten in Spalten; legen Sie eine Geschichte auf einer Zeile ab, um sie zuzuordnen</translation>
    </message>
</context>
<context>
    <name>starling::VaultBalance</name>
    <message>
        <source>Untitled story</source>
        <translation>Unbenannte Geschichte</translation>
    </message>
    <message>
        <source>No stories yet — add the 2–3 projects you know best: ideally a success, a failure and a teamwork or leadership story.</source>
        <translation>Noch keine Geschichten – fügen Sie die 2–3 Projekte hinzu, die Sie am besten kennen: idealerweise eine Erfolgs-, eine Misserfolgs- und eine Teamarbeits- oder Führungsgeschichte.</translation>
    </message>
    <message>
        <source>No backbone story yet — mark the 2–3 projects you know inside out as backbone.</source>
        <translation>Noch keine Kerngeschichte – markieren Sie die 2–3 Projekte, die Sie in- und auswendig kennen, als Kerngeschichten.</translation>
    </message>
    <message>
        <source>Only one backbone story — mark one or two more of your strongest projects as backbone.</source>
        <translation>Nur eine Kerngeschichte – markieren Sie ein oder zwei weitere Ihrer stärksten Projekte als Kerngeschichten.</translation>
    </message>
    <message numerus="yes">
        <source>%n backbone stories — keep the 2–3 you know best and unmark the rest, so each gets deep preparation.</source>
        <translation>
            <numerusform>%n Kerngeschichte – behalten Sie die 2–3, die Sie am besten kennen, und heben Sie die Markierung der übrigen auf, damit jede gründlich vorbereitet wird.</numerusform>
            <numerusform>%n Kerngeschichten – behalten Sie die 2–3, die Sie am besten kennen, und heben Sie die Markierung der übrigen auf, damit jede gründlich vorbereitet wird.</numerusform>
        </translation>
    </message>
    <message>
        <source>None of your backbone stories is a success — mark one as Success or make a success story backbone.</source>
        <translation>Keine Ihrer Kerngeschichten ist ein Erfolg – markieren Sie eine als Erfolg oder machen Sie eine Erfolgsgeschichte zur Kerngeschichte.</translation>
    </message>
    <message>
        <source>No success story yet — add a project you are proud of and mark it Success.</source>
        <translation>Noch keine Erfolgsgeschichte – fügen Sie ein Projekt hinzu, auf das Sie stolz sind, und markieren Sie es als Erfolg.</translation>
    </message>
    <message>
        <source>None of your backbone stories is a failure — interviewers ask for one. Make one backbone.</source>
        <translation>Keine Ihrer Kerngeschichten ist ein Misserfolg – Interviewer fragen danach. Machen Sie eine zur Kerngeschichte.</translation>
    </message>
    <message>
        <source>No failure story yet — interviewers ask for one.</source>
        <translation>Noch keine Misserfolgsgeschichte – Interviewer fragen danach.</translation>
    </message>
    <message>
        <source>None of your backbone stories shows teamwork or leadership — make one that does backbone.</source>
        <translation>Keine Ihrer Kerngeschichten zeigt Teamarbeit oder Führung – machen Sie eine solche zur Kerngeschichte.</translation>
    </message>
    <message>
        <source>No teamwork or leadership story yet — add one where you got things done through other people.</source>
        <translation>Noch keine Teamarbeits- oder Führungsgeschichte – fügen Sie eine hinzu, in der Sie etwas durch andere Menschen erreicht haben.</translation>
    </message>
    <message>
        <source>“%1” has no Situation yet — set the scene: team, goal, what was at stake.</source>
        <translation>„%1“ hat noch keine Situation – beschreiben Sie die Ausgangslage: Team, Ziel, was auf dem Spiel stand.</translation>
    </message>
    <message>
        <source>“%1” has no Task yet — say what you were responsible for.</source>
        <translation>„%1“ hat noch keine Aufgabe – sagen Sie, wofür Sie verantwortlich waren.</translation>
    </message>
    <message>
        <source>“%1” has no Action yet — describe what you did, step by step, saying “I”.</source>
        <translation>„%1“ hat noch keine Handlung – beschreiben Sie Schritt für Schritt, was Sie getan haben, und sagen Sie „ich“.</translation>
    </message>
    <message>
        <source>“%1” has no Result yet — say what changed, with a number if you can.</source>
        <translation>„%1“ hat noch kein Ergebnis – sagen Sie, was sich geändert hat, wenn möglich mit einer Zahl.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has a short Action (%n words) — add the steps you took and the technical detail; aim for %2 or more.</source>
        <translation>
            <numerusform>„%1“ hat eine kurze Handlung (%n Wort) – ergänzen Sie Ihre Schritte und die technischen Details; peilen Sie %2 oder mehr an.</numerusform>
            <numerusform>„%1“ hat eine kurze Handlung (%n Wörter) – ergänzen Sie Ihre Schritte und die technischen Details; peilen Sie %2 oder mehr an.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing missing — your backbone covers a success, a failure and teamwork. Keep rehearsing them.</source>
        <translation>Nichts fehlt – Ihre Kerngeschichten decken einen Erfolg, einen Misserfolg und Teamarbeit ab. Üben Sie sie weiter.</translation>
    </message>
</context>
<context>
    <name>starling::VaultBalanceWidget</name>
    <message>
        <source>Shows or hides what the vault still needs</source>
        <translation>Zeigt oder verbirgt, was dem Tresor noch fehlt</translation>
    </message>
    <message>
        <source>No vault open</source>
        <translation>Kein Tresor geöffnet</translation>
    </message>
    <message>
        <source>Vault balance unknown: %1</source>
        <translation>Tresorbilanz unbekannt: %1</translation>
    </message>
    <message numerus="yes">
        <source>Vault balance: %n gap(s)</source>
        <translation>
            <numerusform>Tresorbilanz: %n Lücke</numerusform>
            <numerusform>Tresorbilanz: %n Lücken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s)</source>
        <translation>
            <numerusform>%n Vorschlag</numerusform>
            <numerusform>%n Vorschläge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Vault balance: %n suggestion(s)</source>
        <translation>
            <numerusform>Tresorbilanz: %n Vorschlag</numerusform>
            <numerusform>Tresorbilanz: %n Vorschläge</numerusform>
        </translation>
    </message>
    <message>
        <source>Vault balance: complete</source>
        <translation>Tresorbilanz: vollständig</translation>
    </message>
    <message>
        <source>Add one</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>Öffnen</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>starling::VaultCommands</name>
    <message>
        <source>Rename story “%1”</source>
        <translation>Geschichte „%1“ umbenennen</translation>
    </message>
    <message>
        <source>Edit situation of “%1”</source>
        <translation>Situation von „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Edit task of “%1”</source>
        <translation>Aufgabe von „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Edit action of “%1”</source>
        <translation>Handlung von „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Edit result of “%1”</source>
        <translation>Ergebnis von „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Edit notes of “%1”</source>
        <translation>Notizen von „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>„%1“ bearbeiten</translation>
    </message>
    <message>
        <source>The value no longer exists.</source>
        <translation>Der Wert existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The story is no longer mapped to that value.</source>
        <translation>Die Geschichte ist diesem Wert nicht mehr zugeordnet.</translation>
    </message>
    <message>
        <source>Untitled story</source>
        <translation>Unbenannte Geschichte</translation>
    </message>
    <message>
        <source>New story</source>
        <translation>Neue Geschichte</translation>
    </message>
    <message>
        <source>Add story</source>
        <translation>Geschichte hinzufügen</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Duplicate story “%1”</source>
        <translation>Geschichte „%1“ duplizieren</translation>
    </message>
    <message>
        <source>Delete story “%1”</source>
        <translation>Geschichte „%1“ löschen</translation>
    </message>
    <message>
        <source>Internal error: story field %1 is not a text field.</source>
        <translation>Interner Fehler: Das Feld %1 der Geschichte ist kein Textfeld.</translation>
    </message>
    <message>
        <source>Change kinds of “%1”</source>
        <translation>Arten von „%1“ ändern</translation>
    </message>
    <message>
        <source>Mark “%1” as backbone</source>
        <translation>„%1“ als Kerngeschichte markieren</translation>
    </message>
    <message>
        <source>Unmark “%1” as backbone</source>
        <translation>Markierung von „%1“ als Kerngeschichte aufheben</translation>
    </message>
    <message>
        <source>mapped to 1 value</source>
        <translation>1 Wert zugeordnet</translation>
    </message>
    <message>
        <source>mapped to %1 values</source>
        <translation>%1 Werten zugeordnet</translation>
    </message>
    <message>
        <source>used in 1 answer</source>
        <translation>in 1 Antwort verwendet</translation>
    </message>
    <message>
        <source>used in %1 answers</source>
        <translation>in %1 Antworten verwendet</translation>
    </message>
    <message>
        <source>“%1” is %2 and %3. Delete it anyway? You can undo this.</source>
        <translation>„%1“ ist %2 und %3. Trotzdem löschen? Sie können dies rückgängig machen.</translation>
    </message>
    <message>
        <source>“%1” is %2. Delete it anyway? You can undo this.</source>
        <translation>„%1“ ist %2. Trotzdem löschen? Sie können dies rückgängig machen.</translation>
    </message>
    <message>
        <source>Add company “%1”</source>
        <translation>Unternehmen „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Rename company “%1”</source>
        <translation>Unternehmen „%1“ umbenennen</translation>
    </message>
    <message>
        <source>Edit role at “%1”</source>
        <translation>Rolle bei „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Edit level at “%1”</source>
        <translation>Stufe bei „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Change interview date with “%1”</source>
        <translation>Interviewtermin bei „%1“ ändern</translation>
    </message>
    <message>
        <source>Edit notes on “%1”</source>
        <translation>Notizen zu „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Edit source of “%1”</source>
        <translation>Quelle von „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Edit company “%1”</source>
        <translation>Unternehmen „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Delete company “%1”</source>
        <translation>Unternehmen „%1“ löschen</translation>
    </message>
    <message>
        <source>Add value “%1”</source>
        <translation>Wert „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Internal error: the new value could not be found.</source>
        <translation>Interner Fehler: Der neue Wert wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>Add values to “%1”</source>
        <translation>Werte zu „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Rename value “%1”</source>
        <translation>Wert „%1“ umbenennen</translation>
    </message>
    <message>
        <source>Edit meaning of “%1”</source>
        <translation>Bedeutung von „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Edit keywords of “%1”</source>
        <translation>Schlüsselwörter von „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Change themes of “%1”</source>
        <translation>Themen von „%1“ ändern</translation>
    </message>
    <message>
        <source>Edit value “%1”</source>
        <translation>Wert „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>A value can only move within its own company.</source>
        <translation>Ein Wert kann nur innerhalb seines eigenen Unternehmens verschoben werden.</translation>
    </message>
    <message>
        <source>Move value “%1”</source>
        <translation>Wert „%1“ verschieben</translation>
    </message>
    <message>
        <source>Move %1 values</source>
        <translation>%1 Werte verschieben</translation>
    </message>
    <message>
        <source>Delete value “%1”</source>
        <translation>Wert „%1“ löschen</translation>
    </message>
    <message>
        <source>Map “%1” to “%2”</source>
        <translation>„%1“ dem Wert „%2“ zuordnen</translation>
    </message>
    <message>
        <source>Map %1 stories to “%2”</source>
        <translation>%1 Geschichten dem Wert „%2“ zuordnen</translation>
    </message>
    <message>
        <source>Unmap “%1” from “%2”</source>
        <translation>Zuordnung von „%1“ zu „%2“ aufheben</translation>
    </message>
    <message>
        <source>The story is not mapped to that value.</source>
        <translation>Die Geschichte ist diesem Wert nicht zugeordnet.</translation>
    </message>
    <message>
        <source>Edit notes of “%1” for “%2”</source>
        <translation>Notizen von „%1“ zu „%2“ bearbeiten</translation>
    </message>
    <message>
        <source>The answer’s company no longer exists.</source>
        <translation>Das Unternehmen der Antwort existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The practice run no longer exists.</source>
        <translation>Der Übungsdurchlauf existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Add question “%1”</source>
        <translation>Frage „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>The question is empty.</source>
        <translation>Die Frage ist leer.</translation>
    </message>
    <message>
        <source>Edit question “%1”</source>
        <translation>Frage „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Delete question “%1”</source>
        <translation>Frage „%1“ löschen</translation>
    </message>
    <message>
        <source>Add answer for “%1”</source>
        <translation>Antwort für „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Edit answer: Repeat</source>
        <translation>Antwort bearbeiten: Wiederholung</translation>
    </message>
    <message>
        <source>Edit answer: Situation</source>
        <translation>Antwort bearbeiten: Situation</translation>
    </message>
    <message>
        <source>Edit answer: Task</source>
        <translation>Antwort bearbeiten: Aufgabe</translation>
    </message>
    <message>
        <source>Edit answer: Action</source>
        <translation>Antwort bearbeiten: Handlung</translation>
    </message>
    <message>
        <source>Edit answer: Result</source>
        <translation>Antwort bearbeiten: Ergebnis</translation>
    </message>
    <message>
        <source>Edit answer: Link back</source>
        <translation>Antwort bearbeiten: Rückbezug</translation>
    </message>
    <message>
        <source>Mark answer ready</source>
        <translation>Antwort als bereit markieren</translation>
    </message>
    <message>
        <source>Mark answer as draft</source>
        <translation>Antwort als Entwurf markieren</translation>
    </message>
    <message>
        <source>Change the answer’s question</source>
        <translation>Frage der Antwort ändern</translation>
    </message>
    <message>
        <source>Change the answer’s target value</source>
        <translation>Zielwert der Antwort ändern</translation>
    </message>
    <message>
        <source>Change the answer’s story</source>
        <translation>Geschichte der Antwort ändern</translation>
    </message>
    <message>
        <source>Edit answer</source>
        <translation>Antwort bearbeiten</translation>
    </message>
    <message>
        <source>Delete answer</source>
        <translation>Antwort löschen</translation>
    </message>
    <message>
        <source>Record practice run</source>
        <translation>Übungsdurchlauf festhalten</translation>
    </message>
    <message>
        <source>Delete practice run</source>
        <translation>Übungsdurchlauf löschen</translation>
    </message>
</context>
<context>
    <name>starling::VaultSession</name>
    <message>
        <source>Cannot create %1: the folder %2 does not exist.</source>
        <translation>%1 kann nicht erstellt werden: Der Ordner %2 existiert nicht.</translation>
    </message>
    <message>
        <source>No vault is open.</source>
        <translation>Es ist kein Tresor geöffnet.</translation>
    </message>
</context>
<context>
    <name>starling::WelcomePage</name>
    <message>
        <source>Starling logo</source>
        <translation>Starling-Logo</translation>
    </message>
    <message>
        <source>Prepare a few deep stories once — answer any behavioural question</source>
        <translation>Einmal wenige tiefe Geschichten vorbereiten – jede Verhaltensfrage beantworten</translation>
    </message>
    <message>
        <source>Interviewers use behavioural questions to judge culture fit and often the level of the offer. Candidates who wing them fail; candidates who prepare like this stand out.</source>
        <translation>Interviewer nutzen Verhaltensfragen, um die kulturelle Passung und oft die Stufe des Angebots zu beurteilen. Wer improvisiert, scheitert; wer sich so vorbereitet, sticht heraus.</translation>
    </message>
    <message>
        <source>Story vault</source>
        <translation>Geschichtentresor</translation>
    </message>
    <message>
        <source>Pick the 2–3 most impactful projects from your résumé — ideally a success, a failure and a teamwork or leadership story — and write them out in depth: situation, task, action, result.</source>
        <translation>Wählen Sie die 2–3 wirkungsvollsten Projekte aus Ihrem Lebenslauf – idealerweise eine Erfolgs-, eine Misserfolgs- und eine Teamarbeits- oder Führungsgeschichte – und schreiben Sie sie ausführlich auf: Situation, Aufgabe, Handlung, Ergebnis.</translation>
    </message>
    <message>
        <source>Company values</source>
        <translation>Unternehmenswerte</translation>
    </message>
    <message>
        <source>For each target company, collect its value principles, write what each one really means in plain words, and map a story onto every value — two is better than one.</source>
        <translation>Sammeln Sie für jedes Zielunternehmen seine Wertprinzipien, schreiben Sie in einfachen Worten auf, was jedes wirklich bedeutet, und ordnen Sie jedem Wert eine Geschichte zu – zwei sind besser als eine.</translation>
    </message>
    <message>
        <source>R-STAR-L answers</source>
        <translation>R-STAR-L-Antworten</translation>
    </message>
    <message>
        <source>Answer in six parts: Repeat the question in your own words, Situation, Task, Action, Result, then Link back to the company&apos;s value with its key word — naturally, not announced.</source>
        <translation>Antworten Sie in sechs Teilen: Wiederholung der Frage in eigenen Worten, Situation, Aufgabe, Handlung, Ergebnis, dann Rückbezug auf den Wert des Unternehmens mit seinem Schlüsselwort – natürlich, nicht angekündigt.</translation>
    </message>
    <message>
        <source>Add your first story</source>
        <translation>Erste Geschichte hinzufügen</translation>
    </message>
    <message>
        <source>Open the example vault</source>
        <translation>Beispieltresor öffnen</translation>
    </message>
    <message>
        <source>A small data-scientist vault in a separate file; your own vault is not touched.</source>
        <translation>Ein kleiner Data-Scientist-Tresor in einer eigenen Datei; Ihr eigener Tresor bleibt unberührt.</translation>
    </message>
    <message>
        <source>Creates a story and opens it in the editor</source>
        <translation>Legt eine Geschichte an und öffnet sie im Editor</translation>
    </message>
</context>
</TS>
