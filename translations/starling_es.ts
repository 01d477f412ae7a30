<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>CommandLine</name>
    <message>
        <source>Prep sheets only: the company to write it for (default: every company).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import, export or check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault file to use (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--database needs a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command “%1”; use import, export or check (see --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a file name, for example: starling %1 vault.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many arguments after “%1 %2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot export to “%1”: use .json for the whole vault, or .pdf, .html or .md for the prep sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--company applies to prep sheets (export FILE.pdf, .html or .md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--company needs a company name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check reads an exchange file, not a vault; export the vault first (starling export FILE.json --database VAULT) and check that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no app-data folder on this system; give a vault with --database FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the default vault; give a vault with --database FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the app needs a display; use import, export or check on the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist; there is no vault to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot import into %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1, %2, %3, %4, %5, %6 and %7 into %8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the prep sheet to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check needs a file name, for example: starling check vault.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; give the exchange file to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 512 MiB, too large for an exchange file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot check %1: there is no temporary folder to work in (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot check %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid Starling exchange file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot check %1: the file lists %2 answers but %3 were read back; please report this.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Starling</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaultBackups</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2. If the disk is full, free some space and try again; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not make the backups folder %1. Make the vault&apos;s folder writable to keep daily backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily backup of the vault failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily backup of the vault failed: could not name it %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 cannot be restored: %2 The vault was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not make the backups folder %1 to save the current vault before restoring. The vault was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the current vault before restoring: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not restore: %1 is in use. Close every program using the vault, then try again. The vault was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not restore the backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaultExchange</name>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty; it needs a name or some text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty; an id needs at least one character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has too many entries (%2; the limit is %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be text, but it is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, but it must be %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, which is not a date; write it as year-month-day, for example 2024-03-15.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, which is not a date and time; write it in ISO 8601 UTC, for example 2024-03-15T09:30:00.000Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, which falls outside the years 0001 to 9999 in UTC; write a date and time within them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an object, but it is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing; it is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be %2, but it is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too long (%2 characters; the limit is %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, but %3 already uses that id; every %4 needs its own id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refers to %2, but the file has no %3 with that id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format is missing, so this is not a Starling vault export (one has &quot;format&quot;: &quot;starling-vault&quot; at the top level).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format is %1, but a Starling vault export has “%2”. Choose a file exported by Starling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version is missing; a Starling vault export states its format version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version must be a number, but it is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version is %1, but this version of Starling reads version %2 of the format only. Update Starling to import this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, which is not a story kind; use one of: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, the same company as %3 (names are compared ignoring case); list each company once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, but the vault already has a company of that name; rename or delete one of them before importing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 links story %2 to value %3 again (already at %4); list each pair once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, but an answer&apos;s status is Ǎraft” or “ready”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, a value of %3 (%4), but the answer is for %5 (%6); choose a value of the answer&apos;s own company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number of seconds, 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number from 1 to 5, or 0 when not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names neither an answer nor a question; a practice run belongs to exactly one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names both an answer and a question; a practice run belongs to exactly one of them, so remove one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the imported data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was not imported: %1 Nothing in the vault was changed; correct the file and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is %1 MB, larger than the %2 MB an export can be, so it is probably not a Starling vault export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the vault to export it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file name was given for the export. Choose where to save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export to %1: it is a folder. Choose a file name inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export to %1: the folder %2 does not exist. Choose an existing folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export to %1: %2. Check that the folder is writable, or choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export to %1: %2. Free some disk space or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No vault is open to import into. Open or create a vault first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at line %2, column %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the top level of the document must be an object with &quot;format&quot;: &quot;starling-vault&quot;, but it is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was not imported: %1 Nothing in the vault was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file was given to import. Choose a Starling vault export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import %1: the file does not exist. Check the name and folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import %1: it is a folder. Choose a Starling vault export inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import %1: %2. Check the file&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaultLock</name>
    <message>
        <source>This vault is already open in another Starling window (process %1). Switch to it, or close it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault is already open in another Starling window. Switch to it, or close it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: its folder is read-only, and Starling keeps a lock file beside the vault while it is open. Make the folder writable, or copy the vault to a writable folder and open the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: the lock file %2 could not be created. Check that the folder exists and is writable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaultStore</name>
    <message>
        <source>%1 is too long (%2 characters; the limit is %3). Shorten it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has too many entries (%2; the limit is %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: free some space, then try again. Nothing was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is in use by another program that is writing to it. Close that program or wait for it to finish, then try again. Nothing was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault can no longer be written (it or its folder became read-only). Make it writable, then try again. Nothing saved before was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk reported an error while reading or writing the vault (%1). Check the disk or the drive&apos;s connection, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault file is damaged (%1). Restore it from a backup (File › Restore from Backup) or an exported JSON file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not copy the vault to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a Starling vault. Choose a vault file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: permission denied. Check the file&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty, so it is not a Starling vault. Choose another file, or a new file name to create a vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Starling vault (it is not an SQLite database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened (%2). Restore it from a backup (File › Restore from Backup; Starling keeps daily copies in the folder %3) or from an exported JSON file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Starling vault. Choose a Starling vault, or a new file name to create one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Starling (vault format %2; this version reads up to %3). Update Starling to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No vault file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only. Change its permissions, or copy it somewhere writable and open the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder holding %1 is read-only, and Starling keeps its log beside the vault while it is open. Make the folder writable, or copy the vault to a writable folder and open the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: %2 is a file, not a folder. Choose a folder for the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: the folder %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: the folder is not writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the format of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in use by another program that is writing to it. Close that program or wait for it to finish, then open the vault again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: its folder does not support the write-ahead log Starling needs to keep edits safe. Move the vault to a local folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: the new vault could not be completed on disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: another file took its name, or the folder refused the new file. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not back up %1 before upgrading it (%2); the vault was not changed. Free some disk space or make the folder writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not upgrade the vault: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not upgrade the vault to format %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No vault is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start a change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add the story: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the story: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the story: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A company needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a company named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add the company: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the company: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the company: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keywords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sub-principle must belong to the same company as its parent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add the value: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the value: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value cannot become a sub-principle of itself or of its own sub-principles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value can only move within its own company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not move the value: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the value: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not link the story to the value: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove the link: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A question needs some text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add the question: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the question: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the question: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Repeat section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Situation section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Task section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Action section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Result section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Link back section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add the answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A practice run belongs to exactly one answer or question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A practice run cannot last a negative time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A practice rating is from 1 to 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the practice run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the practice run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice run no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>starling::AnswerEditor</name>
    <message>
        <source>✖ Fix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Consider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ℹ Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a company above: an answer is written for one company’s values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answers for this company yet. In the Questions panel, pick a question and choose “Answer…” — or start a blank answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a Blank Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a blank answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated speaking time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings about the whole answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“So you’d like to hear about a time when…”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where and when, in two or three sentences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was yours to achieve, and why it mattered…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First I… Then I… I chose… because…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Losses fell 38% in two months; I learned…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One sentence that ties the result to this company…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target value reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length limit reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;nswer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a blank answer for this company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this answer and its practice history (you can undo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target &amp;value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the story’s Situation, Task, Action and Result into this answer to tailor them (a copy: the story stays as it is)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Story:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ready — I could give this answer tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Practise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practise this answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 word count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No vault is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a company first: an answer is written for one company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer on screen could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a company…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No question chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No target value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target value: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a target value to see its meaning and keywords here. This company’s values: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This company has no values yet: add them in the Companies panel, then choose the one this answer should show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not practised yet. “Practise…” times you against the target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n run(s); last %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Replace this answer’s Situation, Task, Action and Result with a copy of “%1”? You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this section is capped at %2 characters; the rest was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing written yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shorter than the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longer than the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>About %1 spoken (%n word(s) at %2 a minute) — target %3–%4, %5.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Action is the largest part, as it should be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make Action the largest part: now %1 is longer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ The coach has nothing to add. Practise it out loud.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>starling::AnswerListModel</name>
    <message>
        <source>Answer without a question (#%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target value: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>starling::CoachChecks</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the Situation: where and when, the context in two or three sentences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the Task: what you had to achieve, and why it was yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the Action: what you did, in concrete steps, saying “I” rather than “we”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the Result: what changed, with a number — a percentage, an amount, a time saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with the Repeat: play the question back in your own words. It confirms the question and buys you a moment to think.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Repeat copies the question word for word. Rephrase it in your own words, for example “So, a time when I…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Action says “we” more often than “I” (we: %1, I: %2). Say what you did yourself: “I built…”, “I convinced…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a number to the Result: a percentage, an amount, a time saved, how many people it reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Link back: one sentence that ties the result to one of this company’s values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Link back touches none of this company’s values. Slip in the key word of the value you are aiming at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Link back touches none of this company’s values. Slip in the key word of the value you are aiming at, for example “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Link back quotes the value “%1”, which sounds scripted. Show it instead: slip in its key word naturally.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Link back talks about “%1” outright, which sounds scripted. Drop it and slip in the value’s key word naturally.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An answer for another company ends with the same Link back. Rewrite it around this company’s own values and their key words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoken, this answer takes about %1, more than %2. Cut the Situation and Task to a sentence or two and keep the detail for the Action and Result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoken, this answer takes only about %1, less than %2. Add concrete steps to the Action and numbers to the Result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the company value this answer targets, so the Link back has something to aim at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play the question back in your own words — it confirms the question and buys you a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where and when: the context in two or three sentences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you had to achieve, and why it was yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you did — “I”, not “we” — in concrete steps. The longest part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed, with a number: percent, money, time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tie the result to this company’s values — slip in the value’s key word, don’t announce it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole answer: about two minutes when spoken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>starling::CompaniesPanel</name>
    <message>
        <source>No interview date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no values yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n value(s) mapped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Role and level not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n story(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no story yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New company…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the values &amp;library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected company; you can undo it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No companies yet. Add the companies you are interviewing with — or start from the values library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the values library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Acme Analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company name problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. ML engineer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Senior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick when you know the interview date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://… the company&apos;s values page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team, the interview loop, who you will meet, what the recruiter stressed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Values page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a company to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add sub-principle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a sub-principle under the selected value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste values copied from the company&apos;s careers page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected value (Delete); you can undo it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company&apos;s values and sub-principles. Drag to reorder or nest them; drop stories from the vault on a value to map them. F2 renames, Delete removes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No values yet. Paste them from the company&apos;s careers page, or add them one by one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste values…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the company words it, e.g. “Ownership”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value name problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it really means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it really means, in plain words — e.g. “We are doers” → you act without waiting to be told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated words a link-back should slip in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner, ownership, long term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recurring themes this value is about; most companies share the same few</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the themes to the suggested ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it really &amp;means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated. Slip one into the link-back at the end of your answer, naturally.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a value to write down what it really means.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A company needs a name. Nothing is saved until it has one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another company is already called “%1”. Choose a different name; your text is kept but not saved until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value needs a name. Nothing is saved until it has one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No theme suggested yet: describe what the value means.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values copied from the Starling values library, as of %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values copied from the Starling values library. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New sub-principle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n value(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the company removes them too, and the stories&apos; links to its values. You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>starling::CompanyListModel</name>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Interview %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>starling::ExportDialog</name>
    <message>
        <source>Export Prep Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cheat sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A first page with the company&apos;s values, the stories mapped to them, the gaps and the R-STAR-L reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared &amp;answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each answer section by section, from Repeat to Link back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backbone stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your backbone stories in STAR form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Questions not answered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company&apos;s questions and the general ones without an answer for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML and Markdown are handy to send to a coach or paste into notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ompany:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one section to include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No vault is open. Open or create a vault first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prep sheet - %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML (*.html *.htm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md *.markdown)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>starling::LinkNotesDialog</name>
    <message>
        <source>Link notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How “%1” shows “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rough bullet points: what you did that shows this value…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the notes (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words to slip into the link-back: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>starling::MainWindow</name>
    <message>
        <source>Cannot change the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;Example Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from &amp;Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a story (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duplicate Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate the selected story (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected story (Ctrl+Delete); you can undo it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backbone Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Map to Value…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map the selected story to a company value, from the keyboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Company from &amp;Library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste Values…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Sub-principle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete &amp;Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a blank answer for the company in focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Practise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehearse answers against the clock (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prep &amp;Sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print or export the prep sheet to read the night before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the &amp;Method Works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Starling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companies and Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values Matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;opened vault&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Starling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No vault — Starling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starling has automatic backups of this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups of %1 yet. Starling saves one each day the vault is opened, in the folder %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 from a backup. The state before is kept in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starling vault (*.starling);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or use Open Vault to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the example vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The example is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened the example vault — a separate file; your own vault is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starling exchange file (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n story(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n company(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No vault is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or create a vault first (File menu).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add a story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot duplicate the story</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>mapped to %n value(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>used in %n answer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting it removes those links; answers keep their text. You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete the story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story deleted — Undo (%1) brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a company first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An answer is written for one company’s values: select the company in the Companies panel, then choose “Answer…” again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Map story to %n value(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot map the story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the method works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Prepare a few deep stories once — answer any question&lt;/h2&gt;&lt;p&gt;Behavioural interviews decide culture fit and often the level of the offer. Starling guides you through three steps.&lt;/p&gt;&lt;h3&gt;1. Story vault&lt;/h3&gt;&lt;p&gt;Pick the 2–3 most impactful, longest, most interesting projects on your résumé and know them inside out: ideally one &lt;b&gt;success&lt;/b&gt;, one &lt;b&gt;failure&lt;/b&gt; and one &lt;b&gt;teamwork or leadership&lt;/b&gt; story. Give each enough depth and technical detail to answer many different questions; mark them as &lt;i&gt;backbone&lt;/i&gt; stories.&lt;/p&gt;&lt;h3&gt;2. Culture and values&lt;/h3&gt;&lt;p&gt;For each target company, collect its value principles and sub-principles and write what each one &lt;i&gt;really&lt;/i&gt; means in plain words (“We are doers” → you act without waiting to be told). Most companies share the same few themes, worded differently. Map a story onto every value: one example at minimum, two is better. Rough bullet points, not scripts.&lt;/p&gt;&lt;h3&gt;3. R-STAR-L answers&lt;/h3&gt;&lt;p&gt;STAR alone gives the same answer at every company. R-STAR-L adds two parts:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Repeat&lt;/b&gt; the question first, rephrased — never verbatim. It shows you listened, confirms which question you are answering, and buys thinking time.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Situation, Task, Action, Result&lt;/b&gt; — Action is the longest part: what &lt;i&gt;you&lt;/i&gt; did.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Link back&lt;/b&gt; last: tie the result to this company&apos;s value naturally, slipping in its key word (“owner”) rather than announcing “this shows your value X”.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Then practise against the clock — about two minutes an answer — and print a prep sheet the night before.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Starling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Starling %1&lt;/h3&gt;&lt;p&gt;Prepare behavioural interviews: a vault of deep stories, the values of each company, and R-STAR-L answers.&lt;/p&gt;&lt;p&gt;Everything stays on this computer, in one file.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent vaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved typing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your last edits could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close anyway and lose them, or cancel and copy them somewhere safe?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>starling::MapToValueDialog</name>
    <message>
        <source>Map to value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a company or value…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The values cannot be listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map “%1” to a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(mapped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story is mapped to this value already; choosing it opens the link&apos;s notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No values yet — add a company&apos;s values first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No value matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>starling::PasteValuesDialog</name>
    <message>
        <source>Paste values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste values for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the values from the company&apos;s careers page and paste them on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the values from the careers page of %1 and paste them on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the preview on the right: double-click to rename a value or edit its meaning, and use the buttons to fix what was read wrongly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasted values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values and sub-principles as copied from a careers page. The preview follows as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a list of values here, for example:

Customer first
We start with what people need.
  • Listen before building
  • Earn trust every day

Ownership: we finish what we start.

Bullets, numbering, indentation and headings with a sentence under them all work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pasted text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values with their sub-principles. F2 renames, Delete removes, Ctrl+Right makes a sub-principle, Ctrl+Left makes a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to preview yet.

Paste a values list on the left and the values appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make &amp;sub-principle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make sub-principle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes the selected value a sub-principle of the value above it (Ctrl+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make &amp;value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make top-level value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes the selected sub-principle a value of its own (Ctrl+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes the selected value and its sub-principles (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a values list to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No values recognised. Put each value on its own line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 sub-principle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sub-principles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(only the first %1 are kept)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>starling::PracticeDialog</name>
    <message>
        <source>Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weakest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen by me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What Next question picks. Weakest first: questions without an answer, then drafts, then what you practised least this week and rated lowest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question to practise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the next question in the chosen order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the clock (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause the clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the clock (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reveal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal the prepared answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what you prepared (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How did it go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lost the thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shaky</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interview-ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating %1 of 5, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (key %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard this run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the duration and rating in this answer&apos;s history (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no answer yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An answer without a question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Space to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep going: %1 to the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over time by %1: wrap up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a vault to practise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No company yet. Add the company you are interviewing with under Companies and Values, then write answers or add its questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No general questions or answers yet. Write an answer first or pick a question from the question bank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no questions or answers yet. Write an answer first or pick a question for this company from the question bank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>practised %n time(s) in the last 7 days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>not practised in the last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last rated %1 of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume the clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 under the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 over the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You spoke for %1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Press Space to go again, or pick the next question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate it (keys 1–5) and save it, or press Space to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide (&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not written yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bullet notes from the story “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer yet, and no story is mapped to the values of %1. Map stories in the Values Matrix, or write an answer to this question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer yet, and no story is mapped to any value. Map stories in the Values Matrix, or write an answer to this question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer yet, and no value of %1 shares this question&apos;s themes. Every story mapped to its values:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer yet, and no value shares this question&apos;s themes. Every mapped story:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer yet. Notes from the stories mapped to the values of %1 that fit this question:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer yet. Notes from the stories mapped to values that fit this question:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no notes yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice history of this answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice history of this question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the practice run: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>starling::PracticeHistoryChart</name>
    <message>
        <source>Practice history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not practised yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n run(s), last %1, target %2–%3</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>under the target by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over the target by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rated %1 of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2, %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>starling::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preference pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers and practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the default values; nothing is saved until you press OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaking pace in words per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About 150 words a minute is a calm interview pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortest target length, minutes and seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shorter than this sounds thin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest target length, minutes and seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longer than this loses the interviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(minutes:seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Words per minute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default practice order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weakest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen by me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weakest first: questions without an answer, then drafts, then what you practised least this week and rated lowest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On &amp;Reveal, also show the story&apos;s bullet notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On Reveal, also show the story&apos;s bullet notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At this pace, %1–%2 is about %3 to %4 words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The longest target must be at least %n seconds longer than the shortest.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>starling::PrepSheet</name>
    <message>
        <source>Unnamed company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>running header: company — role</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not written yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>interview date (countdown)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not scheduled yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> → </source>
        <comment>between R-STAR-L sections</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R-STAR-L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values and stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No values yet: add the company&apos;s values in Companies &amp; Values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unnamed value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GAP — no story mapped to this value yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer without a question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target value: %1 · Story: %2 · Status: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No prepared answers yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backbone stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapped to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backbone stories yet: mark your two or three best stories as backbone in the story vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions not answered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every question has an answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prep sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No companies in the vault yet: add the company you are interviewing with in Companies &amp; Values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company chosen for the prep sheet is no longer in the vault. Choose another company or all companies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prep sheet — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prep sheet — all companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>label before its text</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>starling::PrepSheetExport</name>
    <message>
        <source>Cannot export to “%1”: it is a folder. Add a file name, for example prep-sheet.pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export to “%1”: the folder “%2” does not exist. Create it or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export to “%1”: “%2” is a file, not a folder. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2. Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write “%1”: %2. Free some disk space or choose another folder, then export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save “%1”: %2. Free some disk space or choose another folder, then export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the prep sheet: %1. Free some disk space or choose another folder, then export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot tell which format to write from the name “%1”. End it in .pdf, .html or .md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No company named “%1”: the vault has no companies yet. Add one in Companies and Values first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No company named “%1” in the vault. Known companies: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page is too small for the prep sheet. Choose a larger paper size or smaller margins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start drawing the prep sheet: the printer or the file refused it. Check the printer, or export to a file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start page %1 of the prep sheet. Check the printer or the disk, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the PDF: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>starling::QuestionBank</name>
    <message>
        <source>The bundled question bank is missing from this build of Starling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundled question bank is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question bank is not valid JSON: %1 at byte %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question bank must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format must be “starling-question-bank”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version must be %1; this Starling cannot read other versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>questions must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.key must be non-empty text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.key is %2; use lower-case words joined by hyphens, like “tight-deadline”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.key is %2, like %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.text must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.text must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.text is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.text is the same question as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.themes must be a list of theme keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.themes must name between 1 and %2 themes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, which is not a known theme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 repeats the theme %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.category must be “%2” or “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data &amp; ML</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>starling::QuestionSuggestions</name>
    <message>
        <source>Shares the theme %1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares the theme %1 with %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads like %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same theme: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>starling::QuestionsPanel</name>
    <message>
        <source>Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell me about a time you…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Themes it tests:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Suggest Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest themes from the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for this company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A question only this company asks, such as “Why us?”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>✓ %n answer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>question bank, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>themes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the questions that test one theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All questions, or the general ones plus the questions only one company asks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only questions not yet answered for the company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No questions match — clear the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the selected question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write or open the answer to this question (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Question…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fits this question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stories and values that fit this question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet answered for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet answered (pick a company first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n question(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No questions yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a question to see which of your stories and values fit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your story vault is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No story shares a theme or words with this question yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a company to see which of its values this question lets you link back to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This company has no values yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of its values shares a theme or words with this question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add the question to your vault: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add the question: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the question: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” is used by %n answer(s). Delete it anyway? The answers keep their text, and you can undo this.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could not delete the question: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>starling::Readiness</name>
    <message>
        <source>No values yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n value(s) covered</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No answers yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n answer(s) ready</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n pass the checks</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>none practised this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n practised this week</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>starling::RestoreBackupDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Starling keeps a copy of the vault from each of the last %n day(s) it was opened. Choose the copy to go back to.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 (saved before a restore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>backup date in the confirmation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the vault with the backup of %1? The current state is saved as a backup first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>starling::SectionShareBar</name>
    <message>
        <source>Share of each section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>starling::SpellCheckPage</name>
    <message>
        <source>Check spelling as you type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>starling::StoryColumnHeader</name>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>starling::StoryEditor</name>
    <message>
        <source>1 word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a story in the vault, or add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short name you will recognise, e.g. “Rebuilt the fraud model”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What kind of story is it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backbone story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backbone story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the 2–3 stories you know inside out, deep enough to answer many different questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The context in two or three sentences: team, company, stakes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We were a six-person data team at a payments start-up; fraud losses had doubled in a quarter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you were responsible for: the goal or the problem that was yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I owned the fraud model and had to cut losses without blocking good customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What YOU did, step by step, with the technical detail. Usually the longest part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First I… Then I… I chose gradient boosting over… because…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed, with numbers, and what you learned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Losses fell 38% in two months; false positives stayed flat. I learned…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything else, e.g. which questions this story answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers: “a time you failed”, “a hard trade-off”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length limit reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 word count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this field is capped at %2 characters; the rest was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>starling::StoryItemDelegate</name>
    <message numerus="yes">
        <source>%n value(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>not mapped yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no kind yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n companies</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>starling::StoryKind</name>
    <message>
        <source>Success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teamwork</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leadership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>starling::StorySuggestions</name>
    <message>
        <source>Shares the theme %1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares the theme %1 with %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads like %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapped to %1 — same theme: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapped to %1 at %2 — same theme: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>starling::StoryVaultModel</name>
    <message>
        <source>Untitled story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No kind set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backbone story</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Linked to %n value(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>used in %n answer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Mapped at: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backbone story</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>starling::StoryVaultPanel</name>
    <message>
        <source>Search all story text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recently updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No story matches. Clear the search or the kind filter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>starling::Themes</name>
    <message>
        <source>Ownership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You treat the outcome as yours end to end, including the parts that are nobody&apos;s job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bias for action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You move quickly on reversible decisions instead of waiting for certainty or permission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning and growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You stay curious, seek feedback and keep getting better at what you do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collaboration / one team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You help other people and teams succeed and put the shared goal above your own credit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You start from what the customer or user needs and work backwards from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High standards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You hold your work to a bar others find unreasonably high, and fix defects at the root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data-driven judgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You decide on evidence, dig into the details and are right more often than not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity and trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are honest, transparent and fair, and do the right thing when it costs you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Innovation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You look for new and simpler ways to solve problems and think beyond the next step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dealing with ambiguity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You make progress when the goal, the data or the plan is unclear, and adapt as you learn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resilience after failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You own failures, recover from setbacks and show what you changed afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Influence and communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You bring people along without authority: listen, explain clearly, disagree openly, then commit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivering results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You deliver the outcomes that matter, on time and with the resources you have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Developing people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You hire well, mentor and coach, and help the people around you grow.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>starling::ValueCoverage</name>
    <message>
        <source>No values yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n values covered, %2 with two stories</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n story(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>starling::ValueSuggestionsPanel</name>
    <message>
        <source>Suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a value in the matrix to see the stories likely to demonstrate it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap: no story shows this value yet. These look likely:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One story so far; a second makes it stronger:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Covered by %n story(s). Other candidates:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reuse %1 from %2 at %3 — with its notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reuse %1 from %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map %1 to %2 with the notes written for %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No story shares a theme or words with this value yet. Drag one from the Story Vault onto its row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other story shares a theme or words with this value.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>starling::ValuesLibrary</name>
    <message>
        <source>%1 must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a list of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has too many entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be non-empty text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a list of values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 nests sub-principles too deeply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, which is not a known theme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundled values library is missing from this build of Starling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundled values library is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The values library is not valid JSON: %1 at byte %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The values library must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format must be “starling-values-library”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version must be %1; this Starling cannot read other versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>companies must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, like %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, which is not a date like 2024-01-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are too many companies named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values copied from the Starling values library, as of %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values copied from the Starling values library. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add %1 from the values library: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>starling::ValuesLibraryDialog</name>
    <message>
        <source>Add a company from the values library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a company to add an editable copy of its published values. Starling&apos;s plain-words meanings and key words come with it; change anything afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values library error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the values library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search companies and values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companies in the values library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No company or value matches the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values that will be added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it really means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a company on the left to preview its values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The values library cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) and sub-principle(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · as of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the company&apos;s current page: values change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>starling::ValuesMatrixModel</name>
    <message>
        <source>“%1” is not mapped to “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” demonstrates “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not mapped to “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stories that demonstrate each value: one at minimum, two is better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No kind set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backbone story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a company to see its values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No values yet — add the company&apos;s values first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>starling::ValuesMatrixPanel</name>
    <message>
        <source>Coverage summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap · 1 story (minimum) · 2+ stories (ideal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The method&apos;s target: every value backed by one story at minimum, two is better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show stories mapped nowhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a column for every story in the vault, not only the stories mapped somewhere and the backbone stories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide stories suggested for the selected value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Map “%1” to %n value(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unmap %n link(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Edit notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map and add notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map to value…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 story (minimum)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2+ stories (ideal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a company in Companies and Values to see its matrix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No values yet — add the company&apos;s values first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add stories to your vault, then drag them here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>starling::VaultBalance</name>
    <message>
        <source>Untitled story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stories yet — add the 2–3 projects you know best: ideally a success, a failure and a teamwork or leadership story.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backbone story yet — mark the 2–3 projects you know inside out as backbone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one backbone story — mark one or two more of your strongest projects as backbone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n backbone stories — keep the 2–3 you know best and unmark the rest, so each gets deep preparation.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>None of your backbone stories is a success — mark one as Success or make a success story backbone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No success story yet — add a project you are proud of and mark it Success.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of your backbone stories is a failure — interviewers ask for one. Make one backbone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No failure story yet — interviewers ask for one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of your backbone stories shows teamwork or leadership — make one that does backbone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No teamwork or leadership story yet — add one where you got things done through other people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no Situation yet — set the scene: team, goal, what was at stake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no Task yet — say what you were responsible for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no Action yet — describe what you did, step by step, saying “I”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no Result yet — say what changed, with a number if you can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” has a short Action (%n words) — add the steps you took and the technical detail; aim for %2 or more.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing missing — your backbone covers a success, a failure and teamwork. Keep rehearsing them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>starling::VaultBalanceWidget</name>
    <message>
        <source>Shows or hides what the vault still needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No vault open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault balance unknown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Vault balance: %n gap(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Vault balance: %n suggestion(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Vault balance: complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>starling::VaultCommands</name>
    <message>
        <source>Rename story “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit situation of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit task of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit action of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit result of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit notes of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story is no longer mapped to that value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate story “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete story “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error: story field %1 is not a text field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change kinds of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark “%1” as backbone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmark “%1” as backbone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mapped to 1 value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mapped to %1 values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>used in 1 answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>used in %1 answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is %2 and %3. Delete it anyway? You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is %2. Delete it anyway? You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add company “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename company “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit role at “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit level at “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change interview date with “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit notes on “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit source of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit company “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete company “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add value “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error: the new value could not be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add values to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename value “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit meaning of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit keywords of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change themes of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit value “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value can only move within its own company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move value “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete value “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map “%1” to “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map %1 stories to “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmap “%1” from “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story is not mapped to that value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit notes of “%1” for “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer’s company no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice run no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add question “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit question “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete question “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add answer for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit answer: Repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit answer: Situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit answer: Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit answer: Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit answer: Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit answer: Link back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark answer ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark answer as draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the answer’s question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the answer’s target value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the answer’s story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record practice run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete practice run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>starling::VaultSession</name>
    <message>
        <source>Cannot create %1: the folder %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No vault is open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>starling::WelcomePage</name>
    <message>
        <source>Starling logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare a few deep stories once — answer any behavioural question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviewers use behavioural questions to judge culture fit and often the level of the offer. Candidates who wing them fail; candidates who prepare like this stand out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the 2–3 most impactful projects from your résumé — ideally a success, a failure and a teamwork or leadership story — and write them out in depth: situation, task, action, result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each target company, collect its value principles, write what each one really means in plain words, and map a story onto every value — two is better than one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R-STAR-L answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer in six parts: Repeat the question in your own words, Situation, Task, Action, Result, then Link back to the company&apos;s value with its key word — naturally, not announced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your first story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the example vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A small data-scientist vault in a separate file; your own vault is not touched.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
