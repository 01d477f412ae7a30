<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>CommandLine</name>
    <message>
        <source>Prep sheets only: the company to write it for (default: every company).</source>
        <translation>Solo hojas de repaso: la empresa para la que se escribe (predeterminado: todas).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
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
        <translation>Prepara entrevistas de comportamiento: una bóveda de historias, los valores de cada empresa y respuestas R-STAR-L.

Comandos:
  (ninguno)            abre la app con la bóveda
  import ARCHIVO.json  añade a la bóveda un archivo de intercambio
  export ARCHIVO.json  escribe toda la bóveda en un archivo de intercambio
  export ARCHIVO.pdf   escribe la hoja de repaso para imprimir la víspera;
                       también .html o .md (--company NOMBRE para una empresa)
  check ARCHIVO.json   pasa el asesor R-STAR-L por cada respuesta de un
                       archivo de intercambio y muestra los resultados en JSON</translation>
    </message>
    <message>
        <source>import, export or check</source>
        <translation>import, export o check</translation>
    </message>
    <message>
        <source>The exchange file.</source>
        <translation>El archivo de intercambio.</translation>
    </message>
    <message>
        <source>The vault file to use (default: %1).</source>
        <translation>El archivo de bóveda que se usa (predeterminado: %1).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>--database needs a file name.</source>
        <translation>--database necesita un nombre de archivo.</translation>
    </message>
    <message>
        <source>unknown command “%1”; use import, export or check (see --help).</source>
        <translation>comando desconocido “%1”; usa import, export o check (consulta --help).</translation>
    </message>
    <message>
        <source>%1 needs a file name, for example: starling %1 vault.json</source>
        <translation>%1 necesita un nombre de archivo, por ejemplo: starling %1 vault.json</translation>
    </message>
    <message>
        <source>too many arguments after “%1 %2”.</source>
        <translation>demasiados argumentos después de “%1 %2”.</translation>
    </message>
    <message>
        <source>cannot export to “%1”: use .json for the whole vault, or .pdf, .html or .md for the prep sheet.</source>
        <translation>no se puede exportar a “%1”: usa .json para la bóveda entera, o .pdf, .html o .md para la hoja de repaso.</translation>
    </message>
    <message>
        <source>--company applies to prep sheets (export FILE.pdf, .html or .md).</source>
        <translation>--company solo se aplica a las hojas de repaso (export ARCHIVO.pdf, .html o .md).</translation>
    </message>
    <message>
        <source>--company needs a company name.</source>
        <translation>--company necesita un nombre de empresa.</translation>
    </message>
    <message>
        <source>check reads an exchange file, not a vault; export the vault first (starling export FILE.json --database VAULT) and check that file.</source>
        <translation>check lee un archivo de intercambio, no una bóveda; exporta primero la bóveda (starling export ARCHIVO.json --database BÓVEDA) y comprueba ese archivo.</translation>
    </message>
    <message>
        <source>There is no app-data folder on this system; give a vault with --database FILE.</source>
        <translation>Este sistema no tiene carpeta de datos de aplicaciones; indica una bóveda con --database ARCHIVO.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the default vault; give a vault with --database FILE.</source>
        <translation>No se puede crear la carpeta %1 para la bóveda predeterminada; indica una bóveda con --database ARCHIVO.</translation>
    </message>
    <message>
        <source>the app needs a display; use import, export or check on the command line.</source>
        <translation>la app necesita una pantalla; usa import, export o check en la línea de órdenes.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <source>%1 does not exist; there is no vault to export.</source>
        <translation>%1 no existe; no hay ninguna bóveda que exportar.</translation>
    </message>
    <message>
        <source>cannot import into %1: %2</source>
        <translation>no se puede importar en %1: %2</translation>
    </message>
    <message>
        <source>Imported %1, %2, %3, %4, %5, %6 and %7 into %8.</source>
        <translation>Importado en %8: %1, %2, %3, %4, %5, %6 y %7.</translation>
    </message>
    <message>
        <source>Wrote the prep sheet to %1.</source>
        <translation>Hoja de repaso escrita en %1.</translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>Se ha exportado %1 a %2.</translation>
    </message>
    <message>
        <source>check needs a file name, for example: starling check vault.json</source>
        <translation>check necesita un nombre de archivo, por ejemplo: starling check vault.json</translation>
    </message>
    <message>
        <source>%1 is a folder; give the exchange file to check.</source>
        <translation>%1 es una carpeta; indica el archivo de intercambio que quieres comprobar.</translation>
    </message>
    <message>
        <source>%1 is larger than 512 MiB, too large for an exchange file.</source>
        <translation>%1 ocupa más de 512 MiB, demasiado para un archivo de intercambio.</translation>
    </message>
    <message>
        <source>cannot read %1: %2.</source>
        <translation>no se puede leer %1: %2.</translation>
    </message>
    <message>
        <source>cannot check %1: there is no temporary folder to work in (%2).</source>
        <translation>no se puede comprobar %1: no hay ninguna carpeta temporal donde trabajar (%2).</translation>
    </message>
    <message>
        <source>cannot check %1: %2</source>
        <translation>no se puede comprobar %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a valid Starling exchange file: %2</source>
        <translation>%1 no es un archivo de intercambio de Starling válido: %2</translation>
    </message>
    <message>
        <source>cannot check %1: the file lists %2 answers but %3 were read back; please report this.</source>
        <translation>no se puede comprobar %1: el archivo contiene %2 respuestas, pero se han leído %3; informa de este error, por favor.</translation>
    </message>
    <message numerus="yes">
        <source>%n story(s)</source>
        <translation>
            <numerusform>%n historia</numerusform>
            <numerusform>%n historias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n company(s)</source>
        <translation>
            <numerusform>%n empresa</numerusform>
            <numerusform>%n empresas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s)</source>
        <translation>
            <numerusform>%n valor</numerusform>
            <numerusform>%n valores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n vínculo</numerusform>
            <numerusform>%n vínculos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n pregunta</numerusform>
            <numerusform>%n preguntas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n respuesta</numerusform>
            <numerusform>%n respuestas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n practice run(s)</source>
        <translation>
            <numerusform>%n sesión de práctica</numerusform>
            <numerusform>%n sesiones de práctica</numerusform>
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
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. If the disk is full, free some space and try again; nothing was changed.</source>
        <translation>No se puede escribir %1: %2. Si el disco está lleno, libera espacio y vuelve a intentarlo; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Could not make the backups folder %1. Make the vault&apos;s folder writable to keep daily backups.</source>
        <translation>No se pudo crear la carpeta de copias de seguridad %1. Haz que la carpeta de la bóveda se pueda escribir para conservar copias diarias.</translation>
    </message>
    <message>
        <source>The daily backup of the vault failed: %1</source>
        <translation>Ha fallado la copia de seguridad diaria de la bóveda: %1</translation>
    </message>
    <message>
        <source>The daily backup of the vault failed: could not name it %1.</source>
        <translation>Ha fallado la copia de seguridad diaria de la bóveda: no se le pudo dar el nombre %1.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be restored: %2 The vault was not changed.</source>
        <translation>La copia de seguridad %1 no se puede restaurar: %2 La bóveda no ha cambiado.</translation>
    </message>
    <message>
        <source>Could not make the backups folder %1 to save the current vault before restoring. The vault was not changed.</source>
        <translation>No se pudo crear la carpeta de copias de seguridad %1 para guardar la bóveda actual antes de restaurar. La bóveda no ha cambiado.</translation>
    </message>
    <message>
        <source>Could not save the current vault before restoring: %1</source>
        <translation>No se pudo guardar la bóveda actual antes de restaurar: %1</translation>
    </message>
    <message>
        <source>Could not restore: %1 is in use. Close every program using the vault, then try again. The vault was not changed.</source>
        <translation>No se pudo restaurar: %1 está en uso. Cierra todos los programas que usan la bóveda y vuelve a intentarlo. La bóveda no ha cambiado.</translation>
    </message>
    <message>
        <source>Could not restore the backup: %1</source>
        <translation>No se pudo restaurar la copia de seguridad: %1</translation>
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
        <translation>verdadero o falso</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>%1 is empty; it needs a name or some text.</source>
        <translation>%1 está vacío; necesita un nombre o algo de texto.</translation>
    </message>
    <message>
        <source>%1 is empty; an id needs at least one character.</source>
        <translation>%1 está vacío; un id necesita al menos un carácter.</translation>
    </message>
    <message>
        <source>a list of text</source>
        <translation>una lista de textos</translation>
    </message>
    <message>
        <source>%1 has too many entries (%2; the limit is %3).</source>
        <translation>%1 tiene demasiadas entradas (%2; el límite es %3).</translation>
    </message>
    <message>
        <source>%1 must be text, but it is %2.</source>
        <translation>%1 debe ser texto, pero es %2.</translation>
    </message>
    <message>
        <source>%1 is %2, but it must be %3.</source>
        <translation>%1 es %2, pero debe ser %3.</translation>
    </message>
    <message>
        <source>%1 is %2, which is not a date; write it as year-month-day, for example 2024-03-15.</source>
        <translation>%1 es %2, que no es una fecha; escríbela como año-mes-día, por ejemplo 2024-03-15.</translation>
    </message>
    <message>
        <source>%1 is %2, which is not a date and time; write it in ISO 8601 UTC, for example 2024-03-15T09:30:00.000Z.</source>
        <translation>%1 es %2, que no es una fecha y hora; escríbela en ISO 8601 UTC, por ejemplo 2024-03-15T09:30:00.000Z.</translation>
    </message>
    <message>
        <source>%1 is %2, which falls outside the years 0001 to 9999 in UTC; write a date and time within them.</source>
        <translation>%1 es %2, que cae fuera de los años 0001 a 9999 en UTC; escribe una fecha y hora dentro de ese intervalo.</translation>
    </message>
    <message>
        <source>%1 must be an object, but it is %2.</source>
        <translation>%1 debe ser un objeto, pero es %2.</translation>
    </message>
    <message>
        <source>%1 is missing; it is required.</source>
        <translation>Falta %1; es obligatorio.</translation>
    </message>
    <message>
        <source>%1 must be %2, but it is %3.</source>
        <translation>%1 debe ser %2, pero es %3.</translation>
    </message>
    <message>
        <source>%1 is too long (%2 characters; the limit is %3).</source>
        <translation>%1 es demasiado largo (%2 caracteres; el límite es %3).</translation>
    </message>
    <message>
        <source>%1 is %2, but %3 already uses that id; every %4 needs its own id.</source>
        <translation>%1 es %2, pero %3 ya usa ese id; cada %4 necesita su propio id.</translation>
    </message>
    <message>
        <source>%1 refers to %2, but the file has no %3 with that id.</source>
        <translation>%1 hace referencia a %2, pero en el archivo no hay %3 con ese id.</translation>
    </message>
    <message>
        <source>format is missing, so this is not a Starling vault export (one has &quot;format&quot;: &quot;starling-vault&quot; at the top level).</source>
        <translation>Falta format, así que esto no es una exportación de bóveda de Starling (una exportación tiene &quot;format&quot;: &quot;starling-vault&quot; en el nivel superior).</translation>
    </message>
    <message>
        <source>format is %1, but a Starling vault export has “%2”. Choose a file exported by Starling.</source>
        <translation>format es %1, pero una exportación de bóveda de Starling tiene “%2”. Elige un archivo exportado por Starling.</translation>
    </message>
    <message>
        <source>version is missing; a Starling vault export states its format version.</source>
        <translation>Falta version; una exportación de bóveda de Starling indica la versión de su formato.</translation>
    </message>
    <message>
        <source>version must be a number, but it is %1.</source>
        <translation>version debe ser un número, pero es %1.</translation>
    </message>
    <message>
        <source>version is %1, but this version of Starling reads version %2 of the format only. Update Starling to import this file.</source>
        <translation>version es %1, pero esta versión de Starling solo lee la versión %2 del formato. Actualiza Starling para importar este archivo.</translation>
    </message>
    <message>
        <source>story</source>
        <translation>historia</translation>
    </message>
    <message>
        <source>company</source>
        <translation>empresa</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <source>question</source>
        <translation>pregunta</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>respuesta</translation>
    </message>
    <message>
        <source>%1 is %2, which is not a story kind; use one of: %3.</source>
        <translation>%1 es %2, que no es un tipo de historia; usa uno de estos: %3.</translation>
    </message>
    <message>
        <source>%1 is %2, the same company as %3 (names are compared ignoring case); list each company once.</source>
        <translation>%1 es %2, la misma empresa que %3 (los nombres se comparan sin distinguir mayúsculas); incluye cada empresa una sola vez.</translation>
    </message>
    <message>
        <source>%1 is %2, but the vault already has a company of that name; rename or delete one of them before importing.</source>
        <translation>%1 es %2, pero la bóveda ya tiene una empresa con ese nombre; cambia el nombre de una de ellas o elimínala antes de importar.</translation>
    </message>
    <message>
        <source>%1 links story %2 to value %3 again (already at %4); list each pair once.</source>
        <translation>%1 vuelve a vincular la historia %2 con el valor %3 (ya está en %4); incluye cada par una sola vez.</translation>
    </message>
    <message>
        <source>%1 is %2, a value of %3 (%4), but the answer is for %5 (%6); choose a value of the answer&apos;s own company.</source>
        <translation>%1 es %2, un valor de %3 (%4), pero la respuesta es para %5 (%6); elige un valor de la empresa de la propia respuesta.</translation>
    </message>
    <message>
        <source>a whole number of seconds, 0 or more</source>
        <translation>un número entero de segundos, 0 o más</translation>
    </message>
    <message>
        <source>a whole number from 1 to 5, or 0 when not rated</source>
        <translation>un número entero del 1 al 5, o 0 si no está valorado</translation>
    </message>
    <message>
        <source>%1 names neither an answer nor a question; a practice run belongs to exactly one of them.</source>
        <translation>%1 no indica ni una respuesta ni una pregunta; una sesión de práctica pertenece exactamente a una de las dos.</translation>
    </message>
    <message>
        <source>%1 names both an answer and a question; a practice run belongs to exactly one of them, so remove one.</source>
        <translation>%1 indica a la vez una respuesta y una pregunta; una sesión de práctica pertenece exactamente a una de las dos, así que quita una.</translation>
    </message>
    <message>
        <source>Could not write the imported data: %1</source>
        <translation>No se pudieron escribir los datos importados: %1</translation>
    </message>
    <message>
        <source>The file was not imported: %1 Nothing in the vault was changed; correct the file and import it again.</source>
        <translation>No se ha importado el archivo: %1 No se ha cambiado nada en la bóveda; corrige el archivo y vuelve a importarlo.</translation>
    </message>
    <message>
        <source>it is %1 MB, larger than the %2 MB an export can be, so it is probably not a Starling vault export.</source>
        <translation>ocupa %1 MB, más de los %2 MB que puede ocupar una exportación, así que probablemente no es una exportación de bóveda de Starling.</translation>
    </message>
    <message>
        <source>Could not read the vault to export it: %1</source>
        <translation>No se pudo leer la bóveda para exportarla: %1</translation>
    </message>
    <message>
        <source>No file name was given for the export. Choose where to save it.</source>
        <translation>No se ha indicado ningún nombre de archivo para la exportación. Elige dónde guardarla.</translation>
    </message>
    <message>
        <source>Cannot export to %1: it is a folder. Choose a file name inside it.</source>
        <translation>No se puede exportar a %1: es una carpeta. Elige un nombre de archivo dentro de ella.</translation>
    </message>
    <message>
        <source>Cannot export to %1: the folder %2 does not exist. Choose an existing folder.</source>
        <translation>No se puede exportar a %1: la carpeta %2 no existe. Elige una carpeta existente.</translation>
    </message>
    <message>
        <source>Cannot export to %1: %2. Check that the folder is writable, or choose another one.</source>
        <translation>No se puede exportar a %1: %2. Comprueba que se puede escribir en la carpeta o elige otra.</translation>
    </message>
    <message>
        <source>Cannot export to %1: %2. Free some disk space or choose another folder.</source>
        <translation>No se puede exportar a %1: %2. Libera espacio en el disco o elige otra carpeta.</translation>
    </message>
    <message>
        <source>No vault is open to import into. Open or create a vault first.</source>
        <translation>No hay ninguna bóveda abierta en la que importar. Abre o crea una bóveda primero.</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>el archivo está vacío.</translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at line %2, column %3).</source>
        <translation>no es JSON válido (%1 en la línea %2, columna %3).</translation>
    </message>
    <message>
        <source>the top level of the document must be an object with &quot;format&quot;: &quot;starling-vault&quot;, but it is %1.</source>
        <translation>el nivel superior del documento debe ser un objeto con &quot;format&quot;: &quot;starling-vault&quot;, pero es %1.</translation>
    </message>
    <message>
        <source>The file was not imported: %1 Nothing in the vault was changed.</source>
        <translation>No se ha importado el archivo: %1 No se ha cambiado nada en la bóveda.</translation>
    </message>
    <message>
        <source>No file was given to import. Choose a Starling vault export.</source>
        <translation>No se ha indicado ningún archivo para importar. Elige una exportación de bóveda de Starling.</translation>
    </message>
    <message>
        <source>Cannot import %1: the file does not exist. Check the name and folder.</source>
        <translation>No se puede importar %1: el archivo no existe. Comprueba el nombre y la carpeta.</translation>
    </message>
    <message>
        <source>Cannot import %1: it is a folder. Choose a Starling vault export inside it.</source>
        <translation>No se puede importar %1: es una carpeta. Elige una exportación de bóveda de Starling dentro de ella.</translation>
    </message>
    <message>
        <source>Cannot import %1: %2</source>
        <translation>No se puede importar %1: %2</translation>
    </message>
    <message>
        <source>Cannot import %1: %2. Check the file&apos;s permissions.</source>
        <translation>No se puede importar %1: %2. Comprueba los permisos del archivo.</translation>
    </message>
    <message>
        <source>Cannot import %1: %2.</source>
        <translation>No se puede importar %1: %2.</translation>
    </message>
    <message>
        <source>%1 is %2, but an answer&apos;s status is “draft” or “ready”.</source>
        <translation>%1 es %2, pero el estado de una respuesta es “draft” o “ready”.</translation>
    </message>
</context>
<context>
    <name>VaultLock</name>
    <message>
        <source>This vault is already open in another Starling window (process %1). Switch to it, or close it first.</source>
        <translation>Esta bóveda ya está abierta en otra ventana de Starling (proceso %1). Cambia a ella o ciérrala primero.</translation>
    </message>
    <message>
        <source>This vault is already open in another Starling window. Switch to it, or close it first.</source>
        <translation>Esta bóveda ya está abierta en otra ventana de Starling. Cambia a ella o ciérrala primero.</translation>
    </message>
    <message>
        <source>Cannot open %1: its folder is read-only, and Starling keeps a lock file beside the vault while it is open. Make the folder writable, or copy the vault to a writable folder and open the copy.</source>
        <translation>No se puede abrir %1: su carpeta es de solo lectura, y Starling guarda un archivo de bloqueo junto a la bóveda mientras está abierta. Haz que la carpeta se pueda escribir, o copia la bóveda en una carpeta con permiso de escritura y abre la copia.</translation>
    </message>
    <message>
        <source>Cannot open %1: the lock file %2 could not be created. Check that the folder exists and is writable.</source>
        <translation>No se puede abrir %1: no se pudo crear el archivo de bloqueo %2. Comprueba que la carpeta existe y que se puede escribir en ella.</translation>
    </message>
</context>
<context>
    <name>VaultStore</name>
    <message>
        <source>%1 is too long (%2 characters; the limit is %3). Shorten it and try again.</source>
        <translation>%1 supera la longitud máxima (%2 caracteres; el límite es %3). Acorta el texto y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>%1 has too many entries (%2; the limit is %3).</source>
        <translation>%1 tiene demasiadas entradas (%2; el límite es %3).</translation>
    </message>
    <message>
        <source>The situation</source>
        <translation>La situación</translation>
    </message>
    <message>
        <source>The task</source>
        <translation>La tarea</translation>
    </message>
    <message>
        <source>The action</source>
        <translation>La acción</translation>
    </message>
    <message>
        <source>The result</source>
        <translation>El resultado</translation>
    </message>
    <message>
        <source>The notes</source>
        <translation>Las notas</translation>
    </message>
    <message>
        <source>The story title</source>
        <translation>El título de la historia</translation>
    </message>
    <message>
        <source>The disk is full: free some space, then try again. Nothing was lost.</source>
        <translation>El disco está lleno: libera espacio y vuelve a intentarlo. No se ha perdido nada.</translation>
    </message>
    <message>
        <source>The vault is in use by another program that is writing to it. Close that program or wait for it to finish, then try again. Nothing was lost.</source>
        <translation>Otro programa está usando la bóveda y escribiendo en ella. Cierra ese programa o espera a que termine y vuelve a intentarlo. No se ha perdido nada.</translation>
    </message>
    <message>
        <source>The vault can no longer be written (it or its folder became read-only). Make it writable, then try again. Nothing saved before was lost.</source>
        <translation>Ya no se puede escribir en la bóveda (ella o su carpeta han pasado a ser de solo lectura). Haz que se pueda escribir y vuelve a intentarlo. No se ha perdido nada de lo guardado antes.</translation>
    </message>
    <message>
        <source>The disk reported an error while reading or writing the vault (%1). Check the disk or the drive&apos;s connection, then try again.</source>
        <translation>El disco ha dado un error al leer o escribir la bóveda (%1). Comprueba el disco o la conexión de la unidad y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The vault file is damaged (%1). Restore it from a backup (File › Restore from Backup) or an exported JSON file.</source>
        <translation>El archivo de la bóveda está dañado (%1). Restáuralo desde una copia de seguridad (Archivo › Restaurar copia de seguridad) o desde un archivo JSON exportado.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <source>Could not copy the vault to %1: %2</source>
        <translation>No se pudo copiar la bóveda en %1: %2</translation>
    </message>
    <message>
        <source>%1 is a folder, not a Starling vault. Choose a vault file.</source>
        <translation>%1 es una carpeta, no una bóveda de Starling. Elige un archivo de bóveda.</translation>
    </message>
    <message>
        <source>Cannot read %1: permission denied. Check the file&apos;s permissions.</source>
        <translation>No se puede leer %1: permiso denegado. Comprueba los permisos del archivo.</translation>
    </message>
    <message>
        <source>%1 is empty, so it is not a Starling vault. Choose another file, or a new file name to create a vault.</source>
        <translation>%1 está vacío, así que no es una bóveda de Starling. Elige otro archivo, o un nombre de archivo nuevo para crear una bóveda.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Starling vault (it is not an SQLite database).</source>
        <translation>%1 no es una bóveda de Starling (no es una base de datos SQLite).</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened (%2). Restore it from a backup (File › Restore from Backup; Starling keeps daily copies in the folder %3) or from an exported JSON file.</source>
        <translation>%1 está dañado y no se puede abrir (%2). Restáuralo desde una copia de seguridad (Archivo › Restaurar copia de seguridad; Starling guarda copias diarias en la carpeta %3) o desde un archivo JSON exportado.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Starling vault. Choose a Starling vault, or a new file name to create one.</source>
        <translation>%1 es una base de datos SQLite, pero no una bóveda de Starling. Elige una bóveda de Starling, o un nombre de archivo nuevo para crear una.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Starling (vault format %2; this version reads up to %3). Update Starling to open it.</source>
        <translation>%1 se escribió con una versión más reciente de Starling (formato de bóveda %2; esta versión lee hasta el %3). Actualiza Starling para abrirlo.</translation>
    </message>
    <message>
        <source>No vault file was given.</source>
        <translation>No se ha indicado ningún archivo de bóveda.</translation>
    </message>
    <message>
        <source>%1 is read-only. Change its permissions, or copy it somewhere writable and open the copy.</source>
        <translation>%1 es de solo lectura. Cambia sus permisos, o cópialo en un sitio con permiso de escritura y abre la copia.</translation>
    </message>
    <message>
        <source>The folder holding %1 is read-only, and Starling keeps its log beside the vault while it is open. Make the folder writable, or copy the vault to a writable folder and open the copy.</source>
        <translation>La carpeta que contiene %1 es de solo lectura, y Starling guarda su registro junto a la bóveda mientras está abierta. Haz que la carpeta se pueda escribir, o copia la bóveda en una carpeta con permiso de escritura y abre la copia.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2 is a file, not a folder. Choose a folder for the vault.</source>
        <translation>No se puede crear %1: %2 es un archivo, no una carpeta. Elige una carpeta para la bóveda.</translation>
    </message>
    <message>
        <source>Cannot create %1: the folder %2 does not exist.</source>
        <translation>No se puede crear %1: la carpeta %2 no existe.</translation>
    </message>
    <message>
        <source>Cannot create %1: the folder is not writable.</source>
        <translation>No se puede crear %1: no se puede escribir en la carpeta.</translation>
    </message>
    <message>
        <source>Cannot read the format of %1: %2</source>
        <translation>No se puede leer el formato de %1: %2</translation>
    </message>
    <message>
        <source>%1 is in use by another program that is writing to it. Close that program or wait for it to finish, then open the vault again.</source>
        <translation>Otro programa está usando %1 y escribiendo en él. Cierra ese programa o espera a que termine y vuelve a abrir la bóveda.</translation>
    </message>
    <message>
        <source>Cannot open %1: its folder does not support the write-ahead log Starling needs to keep edits safe. Move the vault to a local folder.</source>
        <translation>No se puede abrir %1: su carpeta no admite el registro de escritura anticipada (WAL) que Starling necesita para proteger los cambios. Mueve la bóveda a una carpeta local.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>No se puede crear %1: %2</translation>
    </message>
    <message>
        <source>Cannot create %1: the new vault could not be completed on disk.</source>
        <translation>No se puede crear %1: la bóveda nueva no se pudo completar en el disco.</translation>
    </message>
    <message>
        <source>Cannot create %1: another file took its name, or the folder refused the new file. Choose another name.</source>
        <translation>No se puede crear %1: otro archivo ha tomado su nombre, o la carpeta ha rechazado el archivo nuevo. Elige otro nombre.</translation>
    </message>
    <message>
        <source>Could not back up %1 before upgrading it (%2); the vault was not changed. Free some disk space or make the folder writable.</source>
        <translation>No se pudo hacer una copia de seguridad de %1 antes de actualizarlo (%2); la bóveda no ha cambiado. Libera espacio en el disco o haz que la carpeta se pueda escribir.</translation>
    </message>
    <message>
        <source>Could not upgrade the vault: %1</source>
        <translation>No se pudo actualizar la bóveda: %1</translation>
    </message>
    <message>
        <source>Could not upgrade the vault to format %1: %2</source>
        <translation>No se pudo actualizar la bóveda al formato %1: %2</translation>
    </message>
    <message>
        <source>No vault is open.</source>
        <translation>No hay ninguna bóveda abierta.</translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation>No se pudo %1: %2</translation>
    </message>
    <message>
        <source>Could not start a change: %1</source>
        <translation>No se pudo empezar un cambio: %1</translation>
    </message>
    <message>
        <source>Could not save the change: %1</source>
        <translation>No se pudo guardar el cambio: %1</translation>
    </message>
    <message>
        <source>Could not read the vault.</source>
        <translation>No se pudo leer la bóveda.</translation>
    </message>
    <message>
        <source>The story no longer exists.</source>
        <translation>La historia ya no existe.</translation>
    </message>
    <message>
        <source>Could not add the story: %1</source>
        <translation>No se pudo añadir la historia: %1</translation>
    </message>
    <message>
        <source>Could not save the story: %1</source>
        <translation>No se pudo guardar la historia: %1</translation>
    </message>
    <message>
        <source>Could not delete the story: %1</source>
        <translation>No se pudo eliminar la historia: %1</translation>
    </message>
    <message>
        <source>The company no longer exists.</source>
        <translation>La empresa ya no existe.</translation>
    </message>
    <message>
        <source>A company needs a name.</source>
        <translation>Una empresa necesita un nombre.</translation>
    </message>
    <message>
        <source>The company name</source>
        <translation>El nombre de la empresa</translation>
    </message>
    <message>
        <source>The role</source>
        <translation>El puesto</translation>
    </message>
    <message>
        <source>The level</source>
        <translation>El nivel</translation>
    </message>
    <message>
        <source>The source URL</source>
        <translation>La URL de origen</translation>
    </message>
    <message>
        <source>There is already a company named “%1”.</source>
        <translation>Ya hay una empresa llamada “%1”.</translation>
    </message>
    <message>
        <source>Could not add the company: %1</source>
        <translation>No se pudo añadir la empresa: %1</translation>
    </message>
    <message>
        <source>Could not save the company: %1</source>
        <translation>No se pudo guardar la empresa: %1</translation>
    </message>
    <message>
        <source>Could not delete the company: %1</source>
        <translation>No se pudo eliminar la empresa: %1</translation>
    </message>
    <message>
        <source>A value needs a name.</source>
        <translation>Un valor necesita un nombre.</translation>
    </message>
    <message>
        <source>The value name</source>
        <translation>El nombre del valor</translation>
    </message>
    <message>
        <source>The meaning</source>
        <translation>El significado</translation>
    </message>
    <message>
        <source>The keywords</source>
        <translation>Las palabras clave</translation>
    </message>
    <message>
        <source>The themes</source>
        <translation>Los temas</translation>
    </message>
    <message>
        <source>The value no longer exists.</source>
        <translation>El valor ya no existe.</translation>
    </message>
    <message>
        <source>A sub-principle must belong to the same company as its parent.</source>
        <translation>Un subprincipio debe pertenecer a la misma empresa que su valor padre.</translation>
    </message>
    <message>
        <source>Could not add the value: %1</source>
        <translation>No se pudo añadir el valor: %1</translation>
    </message>
    <message>
        <source>Could not save the value: %1</source>
        <translation>No se pudo guardar el valor: %1</translation>
    </message>
    <message>
        <source>A value cannot become a sub-principle of itself or of its own sub-principles.</source>
        <translation>Un valor no puede convertirse en subprincipio de sí mismo ni de sus propios subprincipios.</translation>
    </message>
    <message>
        <source>A value can only move within its own company.</source>
        <translation>Un valor solo se puede mover dentro de su propia empresa.</translation>
    </message>
    <message>
        <source>Could not move the value: %1</source>
        <translation>No se pudo mover el valor: %1</translation>
    </message>
    <message>
        <source>Could not delete the value: %1</source>
        <translation>No se pudo eliminar el valor: %1</translation>
    </message>
    <message>
        <source>The link notes</source>
        <translation>Las notas del vínculo</translation>
    </message>
    <message>
        <source>Could not link the story to the value: %1</source>
        <translation>No se pudo vincular la historia con el valor: %1</translation>
    </message>
    <message>
        <source>Could not remove the link: %1</source>
        <translation>No se pudo quitar el vínculo: %1</translation>
    </message>
    <message>
        <source>A question needs some text.</source>
        <translation>Una pregunta necesita algo de texto.</translation>
    </message>
    <message>
        <source>The question</source>
        <translation>La pregunta</translation>
    </message>
    <message>
        <source>The question no longer exists.</source>
        <translation>La pregunta ya no existe.</translation>
    </message>
    <message>
        <source>Could not add the question: %1</source>
        <translation>No se pudo añadir la pregunta: %1</translation>
    </message>
    <message>
        <source>Could not save the question: %1</source>
        <translation>No se pudo guardar la pregunta: %1</translation>
    </message>
    <message>
        <source>Could not delete the question: %1</source>
        <translation>No se pudo eliminar la pregunta: %1</translation>
    </message>
    <message>
        <source>The Repeat section</source>
        <translation>La sección Repetición</translation>
    </message>
    <message>
        <source>The Situation section</source>
        <translation>La sección Situación</translation>
    </message>
    <message>
        <source>The Task section</source>
        <translation>La sección Tarea</translation>
    </message>
    <message>
        <source>The Action section</source>
        <translation>La sección Acción</translation>
    </message>
    <message>
        <source>The Result section</source>
        <translation>La sección Resultado</translation>
    </message>
    <message>
        <source>The Link back section</source>
        <translation>La sección Conexión</translation>
    </message>
    <message>
        <source>The answer no longer exists.</source>
        <translation>La respuesta ya no existe.</translation>
    </message>
    <message>
        <source>Could not add the answer: %1</source>
        <translation>No se pudo añadir la respuesta: %1</translation>
    </message>
    <message>
        <source>Could not save the answer: %1</source>
        <translation>No se pudo guardar la respuesta: %1</translation>
    </message>
    <message>
        <source>Could not delete the answer: %1</source>
        <translation>No se pudo eliminar la respuesta: %1</translation>
    </message>
    <message>
        <source>A practice run belongs to exactly one answer or question.</source>
        <translation>Una sesión de práctica pertenece exactamente a una respuesta o a una pregunta.</translation>
    </message>
    <message>
        <source>A practice run cannot last a negative time.</source>
        <translation>Una sesión de práctica no puede durar un tiempo negativo.</translation>
    </message>
    <message>
        <source>A practice rating is from 1 to 5.</source>
        <translation>La valoración de una práctica va del 1 al 5.</translation>
    </message>
    <message>
        <source>Could not record the practice run: %1</source>
        <translation>No se pudo registrar la sesión de práctica: %1</translation>
    </message>
    <message>
        <source>Could not delete the practice run: %1</source>
        <translation>No se pudo eliminar la sesión de práctica: %1</translation>
    </message>
    <message>
        <source>The practice run no longer exists.</source>
        <translation>La sesión de práctica ya no existe.</translation>
    </message>
</context>
<context>
    <name>starling::AnswerEditor</name>
    <message>
        <source>✖ Fix:</source>
        <translation>✖ Corrige:</translation>
    </message>
    <message>
        <source>⚠ Consider:</source>
        <translation>⚠ Considera:</translation>
    </message>
    <message>
        <source>ℹ Note:</source>
        <translation>ℹ Nota:</translation>
    </message>
    <message>
        <source>Start from Story</source>
        <translation>Usar una historia</translation>
    </message>
    <message>
        <source>Choose a company above: an answer is written for one company’s values.</source>
        <translation>Elige una empresa arriba: cada respuesta se escribe para los valores de una empresa.</translation>
    </message>
    <message>
        <source>No answers for this company yet. In the Questions panel, pick a question and choose “Answer…” — or start a blank answer.</source>
        <translation>Aún no hay respuestas para esta empresa. En el panel Preguntas, elige una pregunta y pulsa “Responder…”, o empieza una respuesta en blanco.</translation>
    </message>
    <message>
        <source>Start a Blank Answer</source>
        <translation>Empezar respuesta en blanco</translation>
    </message>
    <message>
        <source>Start a blank answer</source>
        <translation>Empezar una respuesta en blanco</translation>
    </message>
    <message>
        <source>Save error</source>
        <translation>Error al guardar</translation>
    </message>
    <message>
        <source>Estimated speaking time</source>
        <translation>Tiempo estimado de exposición</translation>
    </message>
    <message>
        <source>Findings about the whole answer</source>
        <translation>Observaciones sobre la respuesta completa</translation>
    </message>
    <message>
        <source>“So you’d like to hear about a time when…”</source>
        <translation>“O sea, quieres que te cuente una vez en que…”</translation>
    </message>
    <message>
        <source>Where and when, in two or three sentences…</source>
        <translation>Dónde y cuándo, en dos o tres frases…</translation>
    </message>
    <message>
        <source>What was yours to achieve, and why it mattered…</source>
        <translation>Qué te tocaba conseguir a ti y por qué importaba…</translation>
    </message>
    <message>
        <source>First I… Then I… I chose… because…</source>
        <translation>Primero… Luego… Elegí… porque…</translation>
    </message>
    <message>
        <source>Losses fell 38% in two months; I learned…</source>
        <translation>Las pérdidas bajaron un 38 % en dos meses; aprendí…</translation>
    </message>
    <message>
        <source>One sentence that ties the result to this company…</source>
        <translation>Una frase que vincule el resultado con esta empresa…</translation>
    </message>
    <message>
        <source>Target value reminder</source>
        <translation>Recordatorio del valor objetivo</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Práctica</translation>
    </message>
    <message>
        <source>Length limit reached</source>
        <translation>Límite de longitud alcanzado</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Empresa:</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>A&amp;nswer:</source>
        <translation>&amp;Respuesta:</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>New answer</source>
        <translation>Nueva respuesta</translation>
    </message>
    <message>
        <source>Start a blank answer for this company</source>
        <translation>Empezar una respuesta en blanco para esta empresa</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete answer</source>
        <translation>Eliminar respuesta</translation>
    </message>
    <message>
        <source>Delete this answer and its practice history (you can undo)</source>
        <translation>Eliminar esta respuesta y su historial de práctica (se puede deshacer)</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>Pre&amp;gunta:</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>Valor objetivo</translation>
    </message>
    <message>
        <source>Target &amp;value:</source>
        <translation>&amp;Valor objetivo:</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>Start from story</source>
        <translation>Usar una historia</translation>
    </message>
    <message>
        <source>Copy the story’s Situation, Task, Action and Result into this answer to tailor them (a copy: the story stays as it is)</source>
        <translation>Copiar la Situación, la Tarea, la Acción y el Resultado de la historia en esta respuesta para adaptarlos (es una copia: la historia no cambia)</translation>
    </message>
    <message>
        <source>&amp;Story:</source>
        <translation>&amp;Historia:</translation>
    </message>
    <message>
        <source>&amp;Ready — I could give this answer tomorrow</source>
        <translation>&amp;Lista: podría dar esta respuesta mañana</translation>
    </message>
    <message>
        <source>Answer is ready</source>
        <translation>La respuesta está lista</translation>
    </message>
    <message>
        <source>&amp;Practise…</source>
        <translation>&amp;Practicar…</translation>
    </message>
    <message>
        <source>Practise this answer</source>
        <translation>Practicar esta respuesta</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>%1 word count</source>
        <translation>Número de palabras de %1</translation>
    </message>
    <message>
        <source>%1 findings</source>
        <translation>Observaciones de %1</translation>
    </message>
    <message>
        <source>No vault is open.</source>
        <translation>No hay ninguna bóveda abierta.</translation>
    </message>
    <message>
        <source>Choose a company first: an answer is written for one company.</source>
        <translation>Elige primero una empresa: cada respuesta se escribe para una empresa.</translation>
    </message>
    <message>
        <source>The answer on screen could not be saved.</source>
        <translation>La respuesta en pantalla no se pudo guardar.</translation>
    </message>
    <message>
        <source>Choose a company…</source>
        <translation>Elige una empresa…</translation>
    </message>
    <message>
        <source>No question chosen</source>
        <translation>Ninguna pregunta elegida</translation>
    </message>
    <message>
        <source>No target value</source>
        <translation>Sin valor objetivo</translation>
    </message>
    <message>
        <source>No story</source>
        <translation>Sin historia</translation>
    </message>
    <message>
        <source>Target value: %1</source>
        <translation>Valor objetivo: %1</translation>
    </message>
    <message>
        <source>Slip in: %1</source>
        <translation>Incluye: %1</translation>
    </message>
    <message>
        <source>Choose a target value to see its meaning and keywords here. This company’s values: %1</source>
        <translation>Elige un valor objetivo para ver aquí su significado y sus palabras clave. Valores de esta empresa: %1</translation>
    </message>
    <message>
        <source>This company has no values yet: add them in the Companies panel, then choose the one this answer should show.</source>
        <translation>Esta empresa aún no tiene valores: añádelos en el panel Empresas y luego elige el que debe reflejar esta respuesta.</translation>
    </message>
    <message>
        <source>Not practised yet. “Practise…” times you against the target.</source>
        <translation>Aún sin practicar. “Practicar…” te cronometra frente al objetivo.</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s); last %1</source>
        <translation>
            <numerusform>%n sesión; la última, %1</numerusform>
            <numerusform>%n sesiones; la última, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace this answer’s Situation, Task, Action and Result with a copy of “%1”? You can undo this.</source>
        <translation>¿Sustituir la Situación, la Tarea, la Acción y el Resultado de esta respuesta por una copia de “%1”? Puedes deshacerlo.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Sin guardar: %1</translation>
    </message>
    <message>
        <source>%1: this section is capped at %2 characters; the rest was not saved.</source>
        <translation>%1: esta sección tiene un máximo de %2 caracteres; el resto no se ha guardado.</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n palabra</numerusform>
            <numerusform>%n palabras</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2%</source>
        <translation>%1 · %2%</translation>
    </message>
    <message>
        <source>nothing written yet</source>
        <translation>aún no hay nada escrito</translation>
    </message>
    <message>
        <source>shorter than the target</source>
        <translation>más corta que el objetivo</translation>
    </message>
    <message>
        <source>longer than the target</source>
        <translation>más larga que el objetivo</translation>
    </message>
    <message>
        <source>within the target</source>
        <translation>dentro del objetivo</translation>
    </message>
    <message numerus="yes">
        <source>About %1 spoken (%n word(s) at %2 a minute) — target %3–%4, %5.</source>
        <translation>
            <numerusform>Unos %1 hablando (%n palabra a %2 por minuto): objetivo %3–%4, %5.</numerusform>
            <numerusform>Unos %1 hablando (%n palabras a %2 por minuto): objetivo %3–%4, %5.</numerusform>
        </translation>
    </message>
    <message>
        <source>Action is the largest part, as it should be.</source>
        <translation>La Acción es la parte más larga, como debe ser.</translation>
    </message>
    <message>
        <source>Make Action the largest part: now %1 is longer.</source>
        <translation>Haz que la Acción sea la parte más larga: ahora la sección %1 es más larga.</translation>
    </message>
    <message>
        <source>✔ The coach has nothing to add. Practise it out loud.</source>
        <translation>✔ El asesor no tiene nada que añadir. Practícala en voz alta.</translation>
    </message>
    <message>
        <source>Creates an empty answer for the chosen company</source>
        <translation>Crea una respuesta vacía para la empresa elegida</translation>
    </message>
    <message>
        <source>The company whose answers are listed</source>
        <translation>La empresa cuyas respuestas se muestran</translation>
    </message>
    <message>
        <source>The answer being edited</source>
        <translation>La respuesta que se está editando</translation>
    </message>
    <message>
        <source>The interview question this answer replies to</source>
        <translation>La pregunta de entrevista a la que responde esta respuesta</translation>
    </message>
    <message>
        <source>The company value the Link back section ties the answer to</source>
        <translation>El valor de la empresa con el que la sección Conexión vincula la respuesta</translation>
    </message>
    <message>
        <source>The story the answer tells</source>
        <translation>La historia que cuenta la respuesta</translation>
    </message>
    <message>
        <source>Marks the answer as ready for the interview</source>
        <translation>Marca la respuesta como lista para la entrevista</translation>
    </message>
    <message>
        <source>Opens the practice window on this answer</source>
        <translation>Abre la ventana de práctica con esta respuesta</translation>
    </message>
</context>
<context>
    <name>starling::AnswerListModel</name>
    <message>
        <source>Answer without a question (#%1)</source>
        <translation>Respuesta sin pregunta (n.º %1)</translation>
    </message>
    <message>
        <source>%1 — ready</source>
        <translation>%1 — lista</translation>
    </message>
    <message>
        <source>Target value: %1</source>
        <translation>Valor objetivo: %1</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
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
        <translation>Añade la Situación: dónde y cuándo, el contexto en dos o tres frases.</translation>
    </message>
    <message>
        <source>Add the Task: what you had to achieve, and why it was yours.</source>
        <translation>Añade la Tarea: qué tenías que conseguir y por qué te correspondía a ti.</translation>
    </message>
    <message>
        <source>Add the Action: what you did, in concrete steps, saying “I” rather than “we”.</source>
        <translation>Añade la Acción: qué hiciste, en pasos concretos, diciendo “yo” en vez de “nosotros”.</translation>
    </message>
    <message>
        <source>Add the Result: what changed, with a number — a percentage, an amount, a time saved.</source>
        <translation>Añade el Resultado: qué cambió, con una cifra: un porcentaje, una cantidad, el tiempo ahorrado.</translation>
    </message>
    <message>
        <source>Start with the Repeat: play the question back in your own words. It confirms the question and buys you a moment to think.</source>
        <translation>Empieza por la Repetición: reformula la pregunta con tus palabras. Confirma la pregunta y te da un momento para pensar.</translation>
    </message>
    <message>
        <source>The Repeat copies the question word for word. Rephrase it in your own words, for example “So, a time when I…”.</source>
        <translation>La Repetición copia la pregunta palabra por palabra. Reformúlala con tus palabras, por ejemplo “O sea, una vez en que yo…”.</translation>
    </message>
    <message>
        <source>The Action says “we” more often than “I” (we: %1, I: %2). Say what you did yourself: “I built…”, “I convinced…”.</source>
        <translation>La Acción dice “nosotros” más a menudo que “yo” (nosotros: %1, yo: %2). Di lo que hiciste tú: “construí…”, “convencí…”.</translation>
    </message>
    <message>
        <source>Add a number to the Result: a percentage, an amount, a time saved, how many people it reached.</source>
        <translation>Añade una cifra al Resultado: un porcentaje, una cantidad, el tiempo ahorrado, a cuántas personas llegó.</translation>
    </message>
    <message>
        <source>Add a Link back: one sentence that ties the result to one of this company’s values.</source>
        <translation>Añade una Conexión: una frase que vincule el resultado con uno de los valores de esta empresa.</translation>
    </message>
    <message>
        <source>The Link back touches none of this company’s values. Slip in the key word of the value you are aiming at.</source>
        <translation>La Conexión no toca ninguno de los valores de esta empresa. Incluye la palabra clave del valor al que apuntas.</translation>
    </message>
    <message>
        <source>The Link back touches none of this company’s values. Slip in the key word of the value you are aiming at, for example “%1”.</source>
        <translation>La Conexión no toca ninguno de los valores de esta empresa. Incluye la palabra clave del valor al que apuntas, por ejemplo “%1”.</translation>
    </message>
    <message>
        <source>The Link back quotes the value “%1”, which sounds scripted. Show it instead: slip in its key word naturally.</source>
        <translation>La Conexión cita el valor “%1”, y suena ensayado. Demuéstralo en su lugar: incluye su palabra clave con naturalidad.</translation>
    </message>
    <message>
        <source>The Link back talks about “%1” outright, which sounds scripted. Drop it and slip in the value’s key word naturally.</source>
        <translation>La Conexión habla de “%1” abiertamente, y suena ensayado. Quítalo e incluye la palabra clave del valor con naturalidad.</translation>
    </message>
    <message>
        <source>An answer for another company ends with the same Link back. Rewrite it around this company’s own values and their key words.</source>
        <translation>Una respuesta para otra empresa termina con la misma Conexión. Reescríbela en torno a los valores de esta empresa y sus palabras clave.</translation>
    </message>
    <message>
        <source>Spoken, this answer takes about %1, more than %2. Cut the Situation and Task to a sentence or two and keep the detail for the Action and Result.</source>
        <translation>En voz alta, esta respuesta dura unos %1, más de %2. Reduce la Situación y la Tarea a una o dos frases y guarda el detalle para la Acción y el Resultado.</translation>
    </message>
    <message>
        <source>Spoken, this answer takes only about %1, less than %2. Add concrete steps to the Action and numbers to the Result.</source>
        <translation>En voz alta, esta respuesta dura solo unos %1, menos de %2. Añade pasos concretos a la Acción y cifras al Resultado.</translation>
    </message>
    <message>
        <source>Choose the company value this answer targets, so the Link back has something to aim at.</source>
        <translation>Elige el valor de la empresa al que apunta esta respuesta, para que la Conexión tenga un objetivo.</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Repetición</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Link back</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Whole answer</source>
        <translation>Respuesta completa</translation>
    </message>
    <message>
        <source>Play the question back in your own words — it confirms the question and buys you a moment.</source>
        <translation>Reformula la pregunta con tus palabras: confirma la pregunta y te da un momento.</translation>
    </message>
    <message>
        <source>Where and when: the context in two or three sentences.</source>
        <translation>Dónde y cuándo: el contexto en dos o tres frases.</translation>
    </message>
    <message>
        <source>What you had to achieve, and why it was yours.</source>
        <translation>Qué tenías que conseguir y por qué te correspondía a ti.</translation>
    </message>
    <message>
        <source>What you did — “I”, not “we” — in concrete steps. The longest part.</source>
        <translation>Qué hiciste (“yo”, no “nosotros”) en pasos concretos. La parte más larga.</translation>
    </message>
    <message>
        <source>What changed, with a number: percent, money, time.</source>
        <translation>Qué cambió, con una cifra: porcentaje, dinero, tiempo.</translation>
    </message>
    <message>
        <source>Tie the result to this company’s values — slip in the value’s key word, don’t announce it.</source>
        <translation>Vincula el resultado con los valores de esta empresa: incluye la palabra clave del valor, no lo anuncies.</translation>
    </message>
    <message>
        <source>The whole answer: about two minutes when spoken.</source>
        <translation>La respuesta completa: unos dos minutos en voz alta.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Información</translation>
    </message>
</context>
<context>
    <name>starling::CompaniesPanel</name>
    <message>
        <source>No interview date</source>
        <translation>Sin fecha de entrevista</translation>
    </message>
    <message>
        <source>Interview %1</source>
        <translation>Entrevista: %1</translation>
    </message>
    <message>
        <source>no values yet</source>
        <translation>aún sin valores</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n value(s) mapped</source>
        <translation>
            <numerusform>%1 de %n valor con historia</numerusform>
            <numerusform>%1 de %n valores con historia</numerusform>
        </translation>
    </message>
    <message>
        <source>Role and level not set</source>
        <translation>Puesto y nivel sin indicar</translation>
    </message>
    <message numerus="yes">
        <source>%n story(s)</source>
        <translation>
            <numerusform>%n historia</numerusform>
            <numerusform>%n historias</numerusform>
        </translation>
    </message>
    <message>
        <source>no story yet</source>
        <translation>aún sin historias</translation>
    </message>
    <message>
        <source>Save error</source>
        <translation>Error al guardar</translation>
    </message>
    <message>
        <source>Add a company</source>
        <translation>Añadir una empresa</translation>
    </message>
    <message>
        <source>Add company</source>
        <translation>Añadir empresa</translation>
    </message>
    <message>
        <source>&amp;New company…</source>
        <translation>&amp;Nueva empresa…</translation>
    </message>
    <message>
        <source>From the values &amp;library…</source>
        <translation>Desde la &amp;biblioteca de valores…</translation>
    </message>
    <message>
        <source>Delete the selected company; you can undo it</source>
        <translation>Eliminar la empresa seleccionada; se puede deshacer</translation>
    </message>
    <message>
        <source>Delete company</source>
        <translation>Eliminar empresa</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Empresas</translation>
    </message>
    <message>
        <source>No companies yet. Add the companies you are interviewing with — or start from the values library.</source>
        <translation>Aún no hay empresas. Añade las empresas con las que tienes entrevistas, o empieza desde la biblioteca de valores.</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>Nueva empresa</translation>
    </message>
    <message>
        <source>From the values library…</source>
        <translation>Desde la biblioteca de valores…</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Nombre de la empresa</translation>
    </message>
    <message>
        <source>e.g. Acme Analytics</source>
        <translation>p. ej., Acme Analytics</translation>
    </message>
    <message>
        <source>Company name problem</source>
        <translation>Problema con el nombre de la empresa</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>e.g. ML engineer</source>
        <translation>p. ej., ingeniero/a de ML</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>e.g. Senior</source>
        <translation>p. ej., sénior</translation>
    </message>
    <message>
        <source>&amp;Interview</source>
        <translation>&amp;Entrevista</translation>
    </message>
    <message>
        <source>Interview scheduled</source>
        <translation>Entrevista programada</translation>
    </message>
    <message>
        <source>Tick when you know the interview date</source>
        <translation>Márcalo cuando sepas la fecha de la entrevista</translation>
    </message>
    <message>
        <source>Interview date</source>
        <translation>Fecha de la entrevista</translation>
    </message>
    <message>
        <source>Values page</source>
        <translation>Página de valores</translation>
    </message>
    <message>
        <source>https://… the company&apos;s values page</source>
        <translation>https://… la página de valores de la empresa</translation>
    </message>
    <message>
        <source>Company notes</source>
        <translation>Notas de la empresa</translation>
    </message>
    <message>
        <source>The team, the interview loop, who you will meet, what the recruiter stressed…</source>
        <translation>El equipo, las rondas de entrevistas, a quién vas a conocer, qué destacó la persona de selección…</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>Ni&amp;vel</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Puesto</translation>
    </message>
    <message>
        <source>&amp;Values page</source>
        <translation>Página de va&amp;lores</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <source>Company details</source>
        <translation>Datos de la empresa</translation>
    </message>
    <message>
        <source>Select a company to see its details.</source>
        <translation>Selecciona una empresa para ver sus datos.</translation>
    </message>
    <message>
        <source>Add value</source>
        <translation>Añadir valor</translation>
    </message>
    <message>
        <source>Add a value</source>
        <translation>Añadir un valor</translation>
    </message>
    <message>
        <source>Add sub-principle</source>
        <translation>Añadir subprincipio</translation>
    </message>
    <message>
        <source>Add a sub-principle under the selected value</source>
        <translation>Añadir un subprincipio bajo el valor seleccionado</translation>
    </message>
    <message>
        <source>Paste values</source>
        <translation>Pegar valores</translation>
    </message>
    <message>
        <source>Paste values copied from the company&apos;s careers page</source>
        <translation>Pegar los valores copiados de la página de empleo de la empresa</translation>
    </message>
    <message>
        <source>Delete value</source>
        <translation>Eliminar valor</translation>
    </message>
    <message>
        <source>Delete the selected value (Delete); you can undo it</source>
        <translation>Eliminar el valor seleccionado (Supr); se puede deshacer</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valores</translation>
    </message>
    <message>
        <source>The company&apos;s values and sub-principles. Drag to reorder or nest them; drop stories from the vault on a value to map them. F2 renames, Delete removes.</source>
        <translation>Los valores y subprincipios de la empresa. Arrástralos para reordenarlos o anidarlos; suelta historias de la bóveda sobre un valor para asignarlas. F2 cambia el nombre, Supr elimina.</translation>
    </message>
    <message>
        <source>No values yet. Paste them from the company&apos;s careers page, or add them one by one.</source>
        <translation>Aún no hay valores. Pégalos desde la página de empleo de la empresa o añádelos uno a uno.</translation>
    </message>
    <message>
        <source>Paste values…</source>
        <translation>Pegar valores…</translation>
    </message>
    <message>
        <source>Value name</source>
        <translation>Nombre del valor</translation>
    </message>
    <message>
        <source>As the company words it, e.g. “Ownership”</source>
        <translation>Como lo formula la empresa, p. ej., “Ownership”</translation>
    </message>
    <message>
        <source>Value name problem</source>
        <translation>Problema con el nombre del valor</translation>
    </message>
    <message>
        <source>What it really means</source>
        <translation>Qué significa realmente</translation>
    </message>
    <message>
        <source>What it really means, in plain words — e.g. “We are doers” → you act without waiting to be told.</source>
        <translation>Qué significa realmente, en palabras sencillas; p. ej., “Somos gente de acción” → actúas sin esperar a que te lo digan.</translation>
    </message>
    <message>
        <source>Key words</source>
        <translation>Palabras clave</translation>
    </message>
    <message>
        <source>Comma-separated words a link-back should slip in</source>
        <translation>Palabras separadas por comas que una Conexión debería incluir</translation>
    </message>
    <message>
        <source>owner, ownership, long term</source>
        <translation>responsable, responsabilidad, largo plazo</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>The recurring themes this value is about; most companies share the same few</source>
        <translation>Los temas recurrentes de este valor; la mayoría de las empresas comparten los mismos pocos temas</translation>
    </message>
    <message>
        <source>Use suggestions</source>
        <translation>Usar sugerencias</translation>
    </message>
    <message>
        <source>Set the themes to the suggested ones</source>
        <translation>Poner los temas sugeridos</translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation>Nom&amp;bre</translation>
    </message>
    <message>
        <source>What it really &amp;means</source>
        <translation>Qué &amp;significa realmente</translation>
    </message>
    <message>
        <source>&amp;Key words</source>
        <translation>Palabras &amp;clave</translation>
    </message>
    <message>
        <source>Comma-separated. Slip one into the link-back at the end of your answer, naturally.</source>
        <translation>Separadas por comas. Incluye una en la Conexión al final de tu respuesta, con naturalidad.</translation>
    </message>
    <message>
        <source>&amp;Themes</source>
        <translation>&amp;Temas</translation>
    </message>
    <message>
        <source>Select a value to write down what it really means.</source>
        <translation>Selecciona un valor para escribir qué significa realmente.</translation>
    </message>
    <message>
        <source>Values of %1</source>
        <translation>Valores de %1</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>sin programar</translation>
    </message>
    <message>
        <source>A company needs a name. Nothing is saved until it has one.</source>
        <translation>Una empresa necesita un nombre. No se guarda nada hasta que lo tenga.</translation>
    </message>
    <message>
        <source>Another company is already called “%1”. Choose a different name; your text is kept but not saved until then.</source>
        <translation>Ya hay otra empresa llamada “%1”. Elige otro nombre; tu texto se conserva, pero no se guarda hasta entonces.</translation>
    </message>
    <message>
        <source>A value needs a name. Nothing is saved until it has one.</source>
        <translation>Un valor necesita un nombre. No se guarda nada hasta que lo tenga.</translation>
    </message>
    <message>
        <source>No theme suggested yet: describe what the value means.</source>
        <translation>Aún no hay temas sugeridos: describe qué significa el valor.</translation>
    </message>
    <message>
        <source>Suggested: %1</source>
        <translation>Sugeridos: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Sin guardar: %1</translation>
    </message>
    <message>
        <source>Values copied from the Starling values library, as of %1. %2</source>
        <translation>Valores copiados de la biblioteca de valores de Starling, a fecha de %1. %2</translation>
    </message>
    <message>
        <source>Values copied from the Starling values library. %1</source>
        <translation>Valores copiados de la biblioteca de valores de Starling. %1</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nuevo valor</translation>
    </message>
    <message>
        <source>New sub-principle</source>
        <translation>Nuevo subprincipio</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s)</source>
        <translation>
            <numerusform>%n valor</numerusform>
            <numerusform>%n valores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n pregunta</numerusform>
            <numerusform>%n preguntas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n respuesta</numerusform>
            <numerusform>%n respuestas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>“%1” has %2.</source>
        <translation>“%1” tiene %2.</translation>
    </message>
    <message>
        <source>Deleting the company removes them too, and the stories&apos; links to its values. You can undo this.</source>
        <translation>Al eliminar la empresa también se eliminan, junto con los vínculos de las historias con sus valores. Puedes deshacerlo.</translation>
    </message>
    <message>
        <source>The companies you are interviewing with, their readiness and next interview</source>
        <translation>Las empresas con las que tienes entrevistas, su preparación y la próxima entrevista</translation>
    </message>
    <message>
        <source>Adds a company without values</source>
        <translation>Añade una empresa sin valores</translation>
    </message>
    <message>
        <source>Adds a well-known company with its published values</source>
        <translation>Añade una empresa conocida con sus valores publicados</translation>
    </message>
    <message>
        <source>The day of the next interview with this company</source>
        <translation>El día de la próxima entrevista con esta empresa</translation>
    </message>
    <message>
        <source>Anything worth remembering about the company: people, process, the role</source>
        <translation>Todo lo que merece la pena recordar de la empresa: personas, proceso, el puesto</translation>
    </message>
    <message>
        <source>Adds several values at once from text copied from the company&apos;s careers page</source>
        <translation>Añade varios valores a la vez a partir de texto copiado de la página de empleo de la empresa</translation>
    </message>
    <message>
        <source>Adds one value to the company</source>
        <translation>Añade un valor a la empresa</translation>
    </message>
    <message>
        <source>The value in your own plain words: what the company really expects</source>
        <translation>El valor en tus propias palabras: lo que la empresa espera realmente</translation>
    </message>
</context>
<context>
    <name>starling::CompanyListModel</name>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>mañana</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>ayer</translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>dentro de %n día</numerusform>
            <numerusform>dentro de %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Interview %1</source>
        <translation>Entrevista: %1</translation>
    </message>
</context>
<context>
    <name>starling::ExportDialog</name>
    <message>
        <source>Export Prep Sheet</source>
        <translation>Exportar hoja de repaso</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>Incluir</translation>
    </message>
    <message>
        <source>&amp;Cheat sheet</source>
        <translation>Hoja &amp;resumen</translation>
    </message>
    <message>
        <source>A first page with the company&apos;s values, the stories mapped to them, the gaps and the R-STAR-L reminder</source>
        <translation>Una primera página con los valores de la empresa, las historias asignadas a ellos, las carencias y el recordatorio R-STAR-L</translation>
    </message>
    <message>
        <source>Prepared &amp;answers</source>
        <translation>Respuestas prep&amp;aradas</translation>
    </message>
    <message>
        <source>Each answer section by section, from Repeat to Link back</source>
        <translation>Cada respuesta sección por sección, de la Repetición a la Conexión</translation>
    </message>
    <message>
        <source>&amp;Backbone stories</source>
        <translation>Historias &amp;troncales</translation>
    </message>
    <message>
        <source>Your backbone stories in STAR form</source>
        <translation>Tus historias troncales en formato STAR</translation>
    </message>
    <message>
        <source>&amp;Questions not answered yet</source>
        <translation>Pre&amp;guntas sin responder</translation>
    </message>
    <message>
        <source>The company&apos;s questions and the general ones without an answer for it</source>
        <translation>Las preguntas de la empresa y las generales que aún no tienen respuesta para ella</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
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
        <translation>HTML y Markdown son prácticos para enviarlos a un mentor o pegarlos en tus notas</translation>
    </message>
    <message>
        <source>C&amp;ompany:</source>
        <translation>&amp;Empresa:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Vista previa…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>All companies</source>
        <translation>Todas las empresas</translation>
    </message>
    <message>
        <source>Choose at least one section to include</source>
        <translation>Elige al menos una sección para incluir</translation>
    </message>
    <message>
        <source>No vault is open. Open or create a vault first.</source>
        <translation>No hay ninguna bóveda abierta. Abre o crea una bóveda primero.</translation>
    </message>
    <message>
        <source>all companies</source>
        <translation>todas las empresas</translation>
    </message>
    <message>
        <source>Prep sheet - %1</source>
        <translation>Hoja de repaso - %1</translation>
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
        <translation>Papel</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>Automático (%1)</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Formato de archivo</translation>
    </message>
    <message>
        <source>The company the prep sheet is for, or every company</source>
        <translation>La empresa para la que es la hoja de repaso, o todas las empresas</translation>
    </message>
    <message>
        <source>The paper size of the PDF and of printing</source>
        <translation>El tamaño de papel del PDF y de la impresión</translation>
    </message>
</context>
<context>
    <name>starling::LinkNotesDialog</name>
    <message>
        <source>Link notes</source>
        <translation>Notas del vínculo</translation>
    </message>
    <message>
        <source>How “%1” shows “%2”</source>
        <translation>Cómo “%1” demuestra “%2”</translation>
    </message>
    <message>
        <source>Rough bullet points: what you did that shows this value…</source>
        <translation>Puntos rápidos: qué hiciste que demuestre este valor…</translation>
    </message>
    <message>
        <source>Save the notes (Ctrl+Enter)</source>
        <translation>Guardar las notas (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Words to slip into the link-back: %1</source>
        <translation>Palabras para incluir en la Conexión: %1</translation>
    </message>
    <message>
        <source>Bullet notes on how the story shows this value</source>
        <translation>Notas rápidas sobre cómo la historia demuestra este valor</translation>
    </message>
</context>
<context>
    <name>starling::MainWindow</name>
    <message>
        <source>Cannot change the vault</source>
        <translation>No se puede cambiar la bóveda</translation>
    </message>
    <message>
        <source>&amp;New Vault…</source>
        <translation>&amp;Nueva bóveda…</translation>
    </message>
    <message>
        <source>&amp;Open Vault…</source>
        <translation>&amp;Abrir bóveda…</translation>
    </message>
    <message>
        <source>Open the &amp;Example Vault</source>
        <translation>Abrir la bóveda de &amp;ejemplo</translation>
    </message>
    <message>
        <source>&amp;Import JSON…</source>
        <translation>&amp;Importar JSON…</translation>
    </message>
    <message>
        <source>&amp;Export JSON…</source>
        <translation>E&amp;xportar JSON…</translation>
    </message>
    <message>
        <source>Restore from &amp;Backup…</source>
        <translation>Restaurar &amp;copia de seguridad…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Deshacer %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rehacer %1</translation>
    </message>
    <message>
        <source>&amp;Find Story</source>
        <translation>&amp;Buscar historia</translation>
    </message>
    <message>
        <source>&amp;New Story</source>
        <translation>&amp;Nueva historia</translation>
    </message>
    <message>
        <source>Add a story (%1)</source>
        <translation>Añadir una historia (%1)</translation>
    </message>
    <message>
        <source>&amp;Duplicate Story</source>
        <translation>D&amp;uplicar historia</translation>
    </message>
    <message>
        <source>Duplicate the selected story (Ctrl+D)</source>
        <translation>Duplicar la historia seleccionada (Ctrl+D)</translation>
    </message>
    <message>
        <source>De&amp;lete Story</source>
        <translation>&amp;Eliminar historia</translation>
    </message>
    <message>
        <source>Delete the selected story (Ctrl+Delete); you can undo it</source>
        <translation>Eliminar la historia seleccionada (Ctrl+Supr); se puede deshacer</translation>
    </message>
    <message>
        <source>&amp;Backbone Story</source>
        <translation>Historia &amp;troncal</translation>
    </message>
    <message>
        <source>&amp;Map to Value…</source>
        <translation>&amp;Asignar a un valor…</translation>
    </message>
    <message>
        <source>Map the selected story to a company value, from the keyboard</source>
        <translation>Asignar la historia seleccionada a un valor de empresa, desde el teclado</translation>
    </message>
    <message>
        <source>&amp;New Company</source>
        <translation>&amp;Nueva empresa</translation>
    </message>
    <message>
        <source>Add Company from &amp;Library…</source>
        <translation>Añadir empresa desde la &amp;biblioteca…</translation>
    </message>
    <message>
        <source>&amp;Paste Values…</source>
        <translation>&amp;Pegar valores…</translation>
    </message>
    <message>
        <source>Add &amp;Value</source>
        <translation>Añadir &amp;valor</translation>
    </message>
    <message>
        <source>Add &amp;Sub-principle</source>
        <translation>Añadir &amp;subprincipio</translation>
    </message>
    <message>
        <source>&amp;Delete Value</source>
        <translation>&amp;Eliminar valor</translation>
    </message>
    <message>
        <source>Delete &amp;Company</source>
        <translation>Eliminar e&amp;mpresa</translation>
    </message>
    <message>
        <source>&amp;New Answer</source>
        <translation>&amp;Nueva respuesta</translation>
    </message>
    <message>
        <source>Start a blank answer for the company in focus</source>
        <translation>Empezar una respuesta en blanco para la empresa activa</translation>
    </message>
    <message>
        <source>&amp;Delete Answer</source>
        <translation>&amp;Eliminar respuesta</translation>
    </message>
    <message>
        <source>&amp;Practise…</source>
        <translation>&amp;Practicar…</translation>
    </message>
    <message>
        <source>Rehearse answers against the clock (F5)</source>
        <translation>Ensayar respuestas contra el reloj (F5)</translation>
    </message>
    <message>
        <source>Prep &amp;Sheet…</source>
        <translation>&amp;Hoja de repaso…</translation>
    </message>
    <message>
        <source>Print or export the prep sheet to read the night before</source>
        <translation>Imprimir o exportar la hoja de repaso para leerla la noche antes</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>&amp;Restablecer disposición</translation>
    </message>
    <message>
        <source>How the &amp;Method Works</source>
        <translation>Cómo funciona el &amp;método</translation>
    </message>
    <message>
        <source>&amp;About Starling</source>
        <translation>&amp;Acerca de Starling</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Cannot start an answer</source>
        <translation>No se puede empezar una respuesta</translation>
    </message>
    <message>
        <source>Cannot delete the answer</source>
        <translation>No se puede eliminar la respuesta</translation>
    </message>
    <message>
        <source>Story Vault</source>
        <translation>Bóveda de historias</translation>
    </message>
    <message>
        <source>Companies and Values</source>
        <translation>Empresas y valores</translation>
    </message>
    <message>
        <source>Values Matrix</source>
        <translation>Matriz de valores</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>&lt;opened vault&gt;</source>
        <translation>&lt;bóveda abierta&gt;</translation>
    </message>
    <message>
        <source>Edit history</source>
        <translation>Historial de cambios</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Cannot change the company</source>
        <translation>No se puede cambiar la empresa</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Story</source>
        <translation>&amp;Historia</translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation>E&amp;mpresa</translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation>&amp;Respuesta</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>%1 — Starling</source>
        <translation>%1 — Starling</translation>
    </message>
    <message>
        <source>No vault — Starling</source>
        <translation>Sin bóveda — Starling</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Se ha abierto %1</translation>
    </message>
    <message>
        <source>Cannot open the vault</source>
        <translation>No se puede abrir la bóveda</translation>
    </message>
    <message>
        <source>Starling has automatic backups of this vault.</source>
        <translation>Starling tiene copias de seguridad automáticas de esta bóveda.</translation>
    </message>
    <message>
        <source>Restore from Backup…</source>
        <translation>Restaurar copia de seguridad…</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Restaurar copia de seguridad</translation>
    </message>
    <message>
        <source>There are no backups of %1 yet. Starling saves one each day the vault is opened, in the folder %2.</source>
        <translation>Aún no hay copias de seguridad de %1. Starling guarda una cada día que se abre la bóveda, en la carpeta %2.</translation>
    </message>
    <message>
        <source>Cannot restore the backup</source>
        <translation>No se puede restaurar la copia de seguridad</translation>
    </message>
    <message>
        <source>Restored %1 from a backup. The state before is kept in %2.</source>
        <translation>Se ha restaurado %1 desde una copia de seguridad. El estado anterior se conserva en %2.</translation>
    </message>
    <message>
        <source>New Vault</source>
        <translation>Nueva bóveda</translation>
    </message>
    <message>
        <source>Starling vault (*.starling);;All files (*)</source>
        <translation>Bóveda de Starling (*.starling);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot create the vault</source>
        <translation>No se puede crear la bóveda</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or use Open Vault to open it.</source>
        <translation>%1 ya existe. Elige otro nombre o usa Abrir bóveda para abrirla.</translation>
    </message>
    <message>
        <source>Open Vault</source>
        <translation>Abrir bóveda</translation>
    </message>
    <message>
        <source>Cannot open the example vault</source>
        <translation>No se puede abrir la bóveda de ejemplo</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>The example is missing from this build.</source>
        <translation>Falta el ejemplo en esta compilación.</translation>
    </message>
    <message>
        <source>Opened the example vault — a separate file; your own vault is unchanged.</source>
        <translation>Se ha abierto la bóveda de ejemplo, un archivo aparte; tu propia bóveda no ha cambiado.</translation>
    </message>
    <message>
        <source>Import JSON</source>
        <translation>Importar JSON</translation>
    </message>
    <message>
        <source>Starling exchange file (*.json);;All files (*)</source>
        <translation>Archivo de intercambio de Starling (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot import %1</source>
        <translation>No se puede importar %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n story(s)</source>
        <translation>
            <numerusform>Se ha importado %n historia</numerusform>
            <numerusform>Se han importado %n historias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n company(s)</source>
        <translation>
            <numerusform>%n empresa</numerusform>
            <numerusform>%n empresas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n respuesta</numerusform>
            <numerusform>%n respuestas</numerusform>
        </translation>
    </message>
    <message>
        <source>Export JSON</source>
        <translation>Exportar JSON</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>No se puede exportar</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Se ha exportado a %1</translation>
    </message>
    <message>
        <source>No vault is open</source>
        <translation>No hay ninguna bóveda abierta</translation>
    </message>
    <message>
        <source>Open or create a vault first (File menu).</source>
        <translation>Abre o crea una bóveda primero (menú Archivo).</translation>
    </message>
    <message>
        <source>Cannot add a story</source>
        <translation>No se puede añadir una historia</translation>
    </message>
    <message>
        <source>Cannot duplicate the story</source>
        <translation>No se puede duplicar la historia</translation>
    </message>
    <message numerus="yes">
        <source>mapped to %n value(s)</source>
        <translation>
            <numerusform>asignada a %n valor</numerusform>
            <numerusform>asignada a %n valores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>used in %n answer(s)</source>
        <translation>
            <numerusform>usada en %n respuesta</numerusform>
            <numerusform>usada en %n respuestas</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete story</source>
        <translation>Eliminar historia</translation>
    </message>
    <message>
        <source>“%1” is %2.</source>
        <translation>“%1” está %2.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>Deleting it removes those links; answers keep their text. You can undo this.</source>
        <translation>Al eliminarla se quitan esos vínculos; las respuestas conservan su texto. Puedes deshacerlo.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Cannot delete the story</source>
        <translation>No se puede eliminar la historia</translation>
    </message>
    <message>
        <source>Story deleted — Undo (%1) brings it back.</source>
        <translation>Historia eliminada: Deshacer (%1) la recupera.</translation>
    </message>
    <message>
        <source>Cannot change the story</source>
        <translation>No se puede cambiar la historia</translation>
    </message>
    <message>
        <source>Choose a company first</source>
        <translation>Elige primero una empresa</translation>
    </message>
    <message>
        <source>An answer is written for one company’s values: select the company in the Companies panel, then choose “Answer…” again.</source>
        <translation>Cada respuesta se escribe para los valores de una empresa: selecciona la empresa en el panel Empresas y vuelve a pulsar “Responder…”.</translation>
    </message>
    <message>
        <source>Cannot start the answer</source>
        <translation>No se puede empezar la respuesta</translation>
    </message>
    <message numerus="yes">
        <source>Map story to %n value(s)</source>
        <translation>
            <numerusform>Asignar la historia a %n valor</numerusform>
            <numerusform>Asignar la historia a %n valores</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot map the story</source>
        <translation>No se puede asignar la historia</translation>
    </message>
    <message>
        <source>How the method works</source>
        <translation>Cómo funciona el método</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Prepare a few deep stories once — answer any question&lt;/h2&gt;&lt;p&gt;Behavioural interviews decide culture fit and often the level of the offer. Starling guides you through three steps.&lt;/p&gt;&lt;h3&gt;1. Story vault&lt;/h3&gt;&lt;p&gt;Pick the 2–3 most impactful, longest, most interesting projects on your résumé and know them inside out: ideally one &lt;b&gt;success&lt;/b&gt;, one &lt;b&gt;failure&lt;/b&gt; and one &lt;b&gt;teamwork or leadership&lt;/b&gt; story. Give each enough depth and technical detail to answer many different questions; mark them as &lt;i&gt;backbone&lt;/i&gt; stories.&lt;/p&gt;&lt;h3&gt;2. Culture and values&lt;/h3&gt;&lt;p&gt;For each target company, collect its value principles and sub-principles and write what each one &lt;i&gt;really&lt;/i&gt; means in plain words (“We are doers” → you act without waiting to be told). Most companies share the same few themes, worded differently. Map a story onto every value: one example at minimum, two is better. Rough bullet points, not scripts.&lt;/p&gt;&lt;h3&gt;3. R-STAR-L answers&lt;/h3&gt;&lt;p&gt;STAR alone gives the same answer at every company. R-STAR-L adds two parts:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Repeat&lt;/b&gt; the question first, rephrased — never verbatim. It shows you listened, confirms which question you are answering, and buys thinking time.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Situation, Task, Action, Result&lt;/b&gt; — Action is the longest part: what &lt;i&gt;you&lt;/i&gt; did.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Link back&lt;/b&gt; last: tie the result to this company&apos;s value naturally, slipping in its key word (“owner”) rather than announcing “this shows your value X”.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Then practise against the clock — about two minutes an answer — and print a prep sheet the night before.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Prepara unas pocas historias a fondo una sola vez y responde a cualquier pregunta&lt;/h2&gt;&lt;p&gt;Las entrevistas de comportamiento deciden el encaje cultural y, a menudo, el nivel de la oferta. Starling te guía en tres pasos.&lt;/p&gt;&lt;h3&gt;1. Bóveda de historias&lt;/h3&gt;&lt;p&gt;Elige los 2–3 proyectos de tu currículum con más impacto, más largos y más interesantes, y conócelos al dedillo: lo ideal es una historia de &lt;b&gt;éxito&lt;/b&gt;, una de &lt;b&gt;fracaso&lt;/b&gt; y una de &lt;b&gt;trabajo en equipo o liderazgo&lt;/b&gt;. Dale a cada una la profundidad y el detalle técnico suficientes para responder a muchas preguntas distintas; márcalas como historias &lt;i&gt;troncales&lt;/i&gt;.&lt;/p&gt;&lt;h3&gt;2. Cultura y valores&lt;/h3&gt;&lt;p&gt;Para cada empresa que te interesa, reúne sus principios y subprincipios, y escribe qué significa &lt;i&gt;realmente&lt;/i&gt; cada uno en palabras sencillas (“Somos gente de acción” → actúas sin esperar a que te lo digan). La mayoría de las empresas comparten los mismos pocos temas, formulados de otra manera. Asigna una historia a cada valor: un ejemplo como mínimo, mejor dos. Puntos rápidos, no guiones.&lt;/p&gt;&lt;h3&gt;3. Respuestas R-STAR-L&lt;/h3&gt;&lt;p&gt;STAR por sí solo da la misma respuesta en todas las empresas. R-STAR-L añade dos partes:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Repetición&lt;/b&gt; de la pregunta al principio, reformulada, nunca literal. Demuestra que has escuchado, confirma a qué pregunta respondes y te da tiempo para pensar.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Situación, Tarea, Acción, Resultado&lt;/b&gt;: la Acción es la parte más larga, lo que hiciste &lt;i&gt;tú&lt;/i&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Conexión&lt;/b&gt; al final: vincula el resultado con el valor de esta empresa con naturalidad, incluyendo su palabra clave (“responsable”) en lugar de anunciar “esto demuestra vuestro valor X”.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Después practica contra el reloj (unos dos minutos por respuesta) e imprime una hoja de repaso la noche antes.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Starling</source>
        <translation>Acerca de Starling</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Starling %1&lt;/h3&gt;&lt;p&gt;Prepare behavioural interviews: a vault of deep stories, the values of each company, and R-STAR-L answers.&lt;/p&gt;&lt;p&gt;Everything stays on this computer, in one file.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Starling %1&lt;/h3&gt;&lt;p&gt;Prepara entrevistas de comportamiento: una bóveda de historias a fondo, los valores de cada empresa y respuestas R-STAR-L.&lt;/p&gt;&lt;p&gt;Todo se queda en este ordenador, en un solo archivo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No recent vaults</source>
        <translation>No hay bóvedas recientes</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Vaciar la lista</translation>
    </message>
    <message>
        <source>Unsaved typing</source>
        <translation>Texto sin guardar</translation>
    </message>
    <message>
        <source>Your last edits could not be saved: %1</source>
        <translation>Tus últimos cambios no se pudieron guardar: %1</translation>
    </message>
    <message>
        <source>Close anyway and lose them, or cancel and copy them somewhere safe?</source>
        <translation>¿Cerrar de todos modos y perderlos, o cancelar y copiarlos en un lugar seguro?</translation>
    </message>
    <message>
        <source>Close Anyway</source>
        <translation>Cerrar de todos modos</translation>
    </message>
    <message>
        <source>Every change in this session; choose an entry to go back to it</source>
        <translation>Todos los cambios de esta sesión; elige una entrada para volver a ella</translation>
    </message>
    <message>
        <source>Checking the vault file before showing it. A large vault takes a moment.</source>
        <translation>Comprobando el archivo de la bóveda antes de mostrarlo. Una bóveda grande tarda un momento.</translation>
    </message>
    <message>
        <source>Opening the vault</source>
        <translation>Abriendo la bóveda</translation>
    </message>
    <message>
        <source>Starling is checking the vault file; it opens when the check passes.</source>
        <translation>Starling está comprobando el archivo de la bóveda; se abrirá cuando pase la comprobación.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Abriendo %1…</translation>
    </message>
    <message>
        <source>Opening %1 — Starling</source>
        <translation>Abriendo %1 — Starling</translation>
    </message>
</context>
<context>
    <name>starling::MapToValueDialog</name>
    <message>
        <source>Map to value</source>
        <translation>Asignar a un valor</translation>
    </message>
    <message>
        <source>Type a company or value…</source>
        <translation>Escribe una empresa o un valor…</translation>
    </message>
    <message>
        <source>Search values</source>
        <translation>Buscar valores</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valores</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Asignar</translation>
    </message>
    <message>
        <source>The values cannot be listed.</source>
        <translation>No se pueden listar los valores.</translation>
    </message>
    <message>
        <source>Map “%1” to a value</source>
        <translation>Asignar “%1” a un valor</translation>
    </message>
    <message>
        <source>(mapped)</source>
        <translation>(asignada)</translation>
    </message>
    <message>
        <source>The story is mapped to this value already; choosing it opens the link&apos;s notes.</source>
        <translation>La historia ya está asignada a este valor; al elegirlo se abren las notas del vínculo.</translation>
    </message>
    <message>
        <source>No values yet — add a company&apos;s values first.</source>
        <translation>Aún no hay valores: añade primero los valores de una empresa.</translation>
    </message>
    <message>
        <source>No value matches “%1”.</source>
        <translation>Ningún valor coincide con “%1”.</translation>
    </message>
    <message>
        <source>Values of every company; those the story is mapped to already are marked</source>
        <translation>Valores de todas las empresas; los que ya tienen asignada la historia aparecen marcados</translation>
    </message>
</context>
<context>
    <name>starling::PasteValuesDialog</name>
    <message>
        <source>Paste values</source>
        <translation>Pegar valores</translation>
    </message>
    <message>
        <source>Paste values for %1</source>
        <translation>Pegar valores para %1</translation>
    </message>
    <message>
        <source>Copy the values from the company&apos;s careers page and paste them on the left.</source>
        <translation>Copia los valores de la página de empleo de la empresa y pégalos a la izquierda.</translation>
    </message>
    <message>
        <source>Copy the values from the careers page of %1 and paste them on the left.</source>
        <translation>Copia los valores de la página de empleo de %1 y pégalos a la izquierda.</translation>
    </message>
    <message>
        <source>Check the preview on the right: double-click to rename a value or edit its meaning, and use the buttons to fix what was read wrongly.</source>
        <translation>Revisa la vista previa de la derecha: haz doble clic para cambiar el nombre de un valor o editar su significado, y usa los botones para corregir lo que se haya leído mal.</translation>
    </message>
    <message>
        <source>Pasted values</source>
        <translation>Valores pegados</translation>
    </message>
    <message>
        <source>Values and sub-principles as copied from a careers page. The preview follows as you type.</source>
        <translation>Valores y subprincipios tal como se copiaron de una página de empleo. La vista previa se actualiza mientras escribes.</translation>
    </message>
    <message>
        <source>Paste a list of values here, for example:

Customer first
We start with what people need.
  • Listen before building
  • Earn trust every day

Ownership: we finish what we start.

Bullets, numbering, indentation and headings with a sentence under them all work.</source>
        <translation>Pega aquí una lista de valores, por ejemplo:

El cliente primero
Empezamos por lo que la gente necesita.
  • Escuchar antes de construir
  • Ganarse la confianza cada día

Responsabilidad: terminamos lo que empezamos.

Funcionan las viñetas, la numeración, la sangría y los títulos con una frase debajo.</translation>
    </message>
    <message>
        <source>&amp;Pasted text</source>
        <translation>&amp;Texto pegado</translation>
    </message>
    <message>
        <source>Preview of values</source>
        <translation>Vista previa de los valores</translation>
    </message>
    <message>
        <source>Values with their sub-principles. F2 renames, Delete removes, Ctrl+Right makes a sub-principle, Ctrl+Left makes a value.</source>
        <translation>Valores con sus subprincipios. F2 cambia el nombre, Supr elimina, Ctrl+Derecha crea un subprincipio, Ctrl+Izquierda crea un valor.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Significado</translation>
    </message>
    <message>
        <source>Nothing to preview yet.

Paste a values list on the left and the values appear here.</source>
        <translation>Aún no hay nada que mostrar.

Pega una lista de valores a la izquierda y los valores aparecerán aquí.</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <source>Make &amp;sub-principle</source>
        <translation>Convertir en &amp;subprincipio</translation>
    </message>
    <message>
        <source>Make sub-principle</source>
        <translation>Convertir en subprincipio</translation>
    </message>
    <message>
        <source>Makes the selected value a sub-principle of the value above it (Ctrl+Right)</source>
        <translation>Convierte el valor seleccionado en un subprincipio del valor de encima (Ctrl+Derecha)</translation>
    </message>
    <message>
        <source>Make &amp;value</source>
        <translation>Convertir en v&amp;alor</translation>
    </message>
    <message>
        <source>Make top-level value</source>
        <translation>Convertir en valor de primer nivel</translation>
    </message>
    <message>
        <source>Makes the selected sub-principle a value of its own (Ctrl+Left)</source>
        <translation>Convierte el subprincipio seleccionado en un valor propio (Ctrl+Izquierda)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove value</source>
        <translation>Quitar valor</translation>
    </message>
    <message>
        <source>Removes the selected value and its sub-principles (Delete)</source>
        <translation>Quita el valor seleccionado y sus subprincipios (Supr)</translation>
    </message>
    <message>
        <source>Preview summary</source>
        <translation>Resumen de la vista previa</translation>
    </message>
    <message>
        <source>Add values</source>
        <translation>Añadir valores</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Paste a values list to start.</source>
        <translation>Pega una lista de valores para empezar.</translation>
    </message>
    <message>
        <source>No values recognised. Put each value on its own line.</source>
        <translation>No se ha reconocido ningún valor. Pon cada valor en su propia línea.</translation>
    </message>
    <message>
        <source>1 value</source>
        <translation>1 valor</translation>
    </message>
    <message>
        <source>%1 values</source>
        <translation>%1 valores</translation>
    </message>
    <message>
        <source>1 sub-principle</source>
        <translation>1 subprincipio</translation>
    </message>
    <message>
        <source>%1 sub-principles</source>
        <translation>%1 subprincipios</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>(only the first %1 are kept)</source>
        <translation>(solo se conservan los primeros %1)</translation>
    </message>
</context>
<context>
    <name>starling::PracticeDialog</name>
    <message>
        <source>Practice</source>
        <translation>Práctica</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Practice order</source>
        <translation>Orden de práctica</translation>
    </message>
    <message>
        <source>Weakest first</source>
        <translation>Las más débiles primero</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>Al azar</translation>
    </message>
    <message>
        <source>Chosen by me</source>
        <translation>Elegidas por mí</translation>
    </message>
    <message>
        <source>What Next question picks. Weakest first: questions without an answer, then drafts, then what you practised least this week and rated lowest.</source>
        <translation>Qué elige Siguiente pregunta. Las más débiles primero: preguntas sin respuesta, luego borradores, luego lo que menos has practicado esta semana y peor has valorado.</translation>
    </message>
    <message>
        <source>Question to practise</source>
        <translation>Pregunta para practicar</translation>
    </message>
    <message>
        <source>&amp;Next question</source>
        <translation>&amp;Siguiente pregunta</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Siguiente pregunta</translation>
    </message>
    <message>
        <source>Pick the next question in the chosen order</source>
        <translation>Elegir la siguiente pregunta en el orden elegido</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Empresa:</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>&amp;Orden:</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>Pre&amp;gunta:</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Elapsed time</source>
        <translation>Tiempo transcurrido</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>Start the clock</source>
        <translation>Iniciar el reloj</translation>
    </message>
    <message>
        <source>Start the clock (Space)</source>
        <translation>Iniciar el reloj (Espacio)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>Pause the clock</source>
        <translation>Pausar el reloj</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>De&amp;tener</translation>
    </message>
    <message>
        <source>Stop the clock</source>
        <translation>Detener el reloj</translation>
    </message>
    <message>
        <source>Stop the clock (Space)</source>
        <translation>Detener el reloj (Espacio)</translation>
    </message>
    <message>
        <source>&amp;Reveal</source>
        <translation>&amp;Revelar</translation>
    </message>
    <message>
        <source>Reveal the prepared answer</source>
        <translation>Revelar la respuesta preparada</translation>
    </message>
    <message>
        <source>Show what you prepared (R)</source>
        <translation>Mostrar lo que preparaste (R)</translation>
    </message>
    <message>
        <source>How did it go?</source>
        <translation>¿Qué tal ha ido?</translation>
    </message>
    <message>
        <source>Rate it:</source>
        <translation>Valóralo:</translation>
    </message>
    <message>
        <source>lost the thread</source>
        <translation>perdí el hilo</translation>
    </message>
    <message>
        <source>shaky</source>
        <translation>con dudas</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>aceptable</translation>
    </message>
    <message>
        <source>good</source>
        <translation>bien</translation>
    </message>
    <message>
        <source>interview-ready</source>
        <translation>a punto para la entrevista</translation>
    </message>
    <message>
        <source>Rating %1 of 5, %2</source>
        <translation>Valoración %1 de 5, %2</translation>
    </message>
    <message>
        <source>%1 — %2 (key %1)</source>
        <translation>%1 — %2 (tecla %1)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Discard this run</source>
        <translation>Descartar esta sesión</translation>
    </message>
    <message>
        <source>Sa&amp;ve run</source>
        <translation>G&amp;uardar sesión</translation>
    </message>
    <message>
        <source>Save this run</source>
        <translation>Guardar esta sesión</translation>
    </message>
    <message>
        <source>Record the duration and rating in this answer&apos;s history (Enter)</source>
        <translation>Registrar la duración y la valoración en el historial de esta respuesta (Intro)</translation>
    </message>
    <message>
        <source>Prepared answer</source>
        <translation>Respuesta preparada</translation>
    </message>
    <message>
        <source>Close practice</source>
        <translation>Cerrar la práctica</translation>
    </message>
    <message>
        <source>General questions</source>
        <translation>Preguntas generales</translation>
    </message>
    <message>
        <source>%1 (no answer yet)</source>
        <translation>%1 (aún sin respuesta)</translation>
    </message>
    <message>
        <source>%1 (draft)</source>
        <translation>%1 (borrador)</translation>
    </message>
    <message>
        <source>An answer without a question</source>
        <translation>Una respuesta sin pregunta</translation>
    </message>
    <message>
        <source>Press Space to start</source>
        <translation>Pulsa Espacio para empezar</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <source>Keep going: %1 to the target</source>
        <translation>Sigue: faltan %1 para el objetivo</translation>
    </message>
    <message>
        <source>On target</source>
        <translation>En el objetivo</translation>
    </message>
    <message>
        <source>Over time by %1: wrap up</source>
        <translation>Te pasas %1: ve terminando</translation>
    </message>
    <message>
        <source>Open a vault to practise.</source>
        <translation>Abre una bóveda para practicar.</translation>
    </message>
    <message>
        <source>No company yet. Add the company you are interviewing with under Companies and Values, then write answers or add its questions.</source>
        <translation>Aún no hay empresas. Añade la empresa con la que tienes la entrevista en Empresas y valores, y luego escribe respuestas o añade sus preguntas.</translation>
    </message>
    <message>
        <source>No general questions or answers yet. Write an answer first or pick a question from the question bank.</source>
        <translation>Aún no hay preguntas generales ni respuestas. Escribe primero una respuesta o elige una pregunta del banco de preguntas.</translation>
    </message>
    <message>
        <source>%1 has no questions or answers yet. Write an answer first or pick a question for this company from the question bank.</source>
        <translation>%1 aún no tiene preguntas ni respuestas. Escribe primero una respuesta o elige una pregunta para esta empresa del banco de preguntas.</translation>
    </message>
    <message>
        <source>No answer yet</source>
        <translation>Aún sin respuesta</translation>
    </message>
    <message>
        <source>Draft answer</source>
        <translation>Respuesta en borrador</translation>
    </message>
    <message>
        <source>Ready answer</source>
        <translation>Respuesta lista</translation>
    </message>
    <message numerus="yes">
        <source>practised %n time(s) in the last 7 days</source>
        <translation>
            <numerusform>practicada %n vez en los últimos 7 días</numerusform>
            <numerusform>practicada %n veces en los últimos 7 días</numerusform>
        </translation>
    </message>
    <message>
        <source>not practised in the last 7 days</source>
        <translation>sin practicar en los últimos 7 días</translation>
    </message>
    <message>
        <source>last rated %1 of 5</source>
        <translation>última valoración: %1 de 5</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>Rea&amp;nudar</translation>
    </message>
    <message>
        <source>Resume the clock</source>
        <translation>Reanudar el reloj</translation>
    </message>
    <message>
        <source>Target %1–%2</source>
        <translation>Objetivo: %1–%2</translation>
    </message>
    <message>
        <source>%1 under the target</source>
        <translation>%1 por debajo del objetivo</translation>
    </message>
    <message>
        <source>within the target</source>
        <translation>dentro del objetivo</translation>
    </message>
    <message>
        <source>%1 over the target</source>
        <translation>%1 por encima del objetivo</translation>
    </message>
    <message>
        <source>You spoke for %1, %2.</source>
        <translation>Has hablado durante %1, %2.</translation>
    </message>
    <message>
        <source>Saved. Press Space to go again, or pick the next question.</source>
        <translation>Guardado. Pulsa Espacio para repetir o elige la siguiente pregunta.</translation>
    </message>
    <message>
        <source>Rate it (keys 1–5) and save it, or press Space to try again.</source>
        <translation>Valóralo (teclas 1–5) y guárdalo, o pulsa Espacio para volver a intentarlo.</translation>
    </message>
    <message>
        <source>Hide (&amp;R)</source>
        <translation>Ocultar (&amp;R)</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Repetición</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Link back</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>(not written yet)</source>
        <translation>(aún sin escribir)</translation>
    </message>
    <message>
        <source>Bullet notes from the story “%1”</source>
        <translation>Notas de la historia “%1”</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>No answer yet, and no story is mapped to the values of %1. Map stories in the Values Matrix, or write an answer to this question.</source>
        <translation>Aún no hay respuesta, y ninguna historia está asignada a los valores de %1. Asigna historias en la Matriz de valores o escribe una respuesta a esta pregunta.</translation>
    </message>
    <message>
        <source>No answer yet, and no story is mapped to any value. Map stories in the Values Matrix, or write an answer to this question.</source>
        <translation>Aún no hay respuesta, y ninguna historia está asignada a ningún valor. Asigna historias en la Matriz de valores o escribe una respuesta a esta pregunta.</translation>
    </message>
    <message>
        <source>No answer yet, and no value of %1 shares this question&apos;s themes. Every story mapped to its values:</source>
        <translation>Aún no hay respuesta, y ningún valor de %1 comparte los temas de esta pregunta. Todas las historias asignadas a sus valores:</translation>
    </message>
    <message>
        <source>No answer yet, and no value shares this question&apos;s themes. Every mapped story:</source>
        <translation>Aún no hay respuesta, y ningún valor comparte los temas de esta pregunta. Todas las historias asignadas:</translation>
    </message>
    <message>
        <source>No answer yet. Notes from the stories mapped to the values of %1 that fit this question:</source>
        <translation>Aún no hay respuesta. Notas de las historias asignadas a los valores de %1 que encajan con esta pregunta:</translation>
    </message>
    <message>
        <source>No answer yet. Notes from the stories mapped to values that fit this question:</source>
        <translation>Aún no hay respuesta. Notas de las historias asignadas a valores que encajan con esta pregunta:</translation>
    </message>
    <message>
        <source>(no notes yet)</source>
        <translation>(aún sin notas)</translation>
    </message>
    <message>
        <source>Practice history of this answer</source>
        <translation>Historial de práctica de esta respuesta</translation>
    </message>
    <message>
        <source>Practice history of this question</source>
        <translation>Historial de práctica de esta pregunta</translation>
    </message>
    <message>
        <source>Could not save the practice run: %1</source>
        <translation>No se pudo guardar la sesión de práctica: %1</translation>
    </message>
    <message>
        <source>The company whose questions are practised</source>
        <translation>La empresa cuyas preguntas se practican</translation>
    </message>
    <message>
        <source>The question asked when the clock starts</source>
        <translation>La pregunta que se hace cuando arranca el reloj</translation>
    </message>
    <message>
        <source>Stops the clock without ending the run; press again to go on</source>
        <translation>Detiene el reloj sin terminar la sesión; vuelve a pulsar para continuar</translation>
    </message>
    <message>
        <source>Forgets this run without saving its time or rating</source>
        <translation>Olvida esta sesión sin guardar su tiempo ni su valoración</translation>
    </message>
    <message>
        <source>The prepared answer, shown after Reveal, to compare with what you said</source>
        <translation>La respuesta preparada, que se muestra al revelar, para compararla con lo que dijiste</translation>
    </message>
</context>
<context>
    <name>starling::PracticeHistoryChart</name>
    <message>
        <source>Practice history</source>
        <translation>Historial de práctica</translation>
    </message>
    <message>
        <source>Not practised yet</source>
        <translation>Aún sin practicar</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s), last %1, target %2–%3</source>
        <translation>
            <numerusform>%n sesión, la última %1, objetivo %2–%3</numerusform>
            <numerusform>%n sesiones, la última %1, objetivo %2–%3</numerusform>
        </translation>
    </message>
    <message>
        <source>under the target by %1</source>
        <translation>%1 por debajo del objetivo</translation>
    </message>
    <message>
        <source>within the target</source>
        <translation>dentro del objetivo</translation>
    </message>
    <message>
        <source>over the target by %1</source>
        <translation>%1 por encima del objetivo</translation>
    </message>
    <message>
        <source>rated %1 of 5</source>
        <translation>valorada con %1 de 5</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>sin valorar</translation>
    </message>
    <message>
        <source>%1 on %2, %3, %4</source>
        <translation>%1 el %2, %3, %4</translation>
    </message>
</context>
<context>
    <name>starling::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Preference pages</source>
        <translation>Páginas de preferencias</translation>
    </message>
    <message>
        <source>Answers and practice</source>
        <translation>Respuestas y práctica</translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation>Ortografía</translation>
    </message>
    <message>
        <source>Fill in the default values; nothing is saved until you press OK</source>
        <translation>Rellena los valores predeterminados; no se guarda nada hasta que pulses Aceptar</translation>
    </message>
    <message>
        <source>Answer length</source>
        <translation>Duración de la respuesta</translation>
    </message>
    <message>
        <source>Speaking pace in words per minute</source>
        <translation>Ritmo al hablar, en palabras por minuto</translation>
    </message>
    <message>
        <source>About 150 words a minute is a calm interview pace</source>
        <translation>Unas 150 palabras por minuto es un ritmo tranquilo para una entrevista</translation>
    </message>
    <message>
        <source>Shortest target length, minutes and seconds</source>
        <translation>Duración objetivo mínima, en minutos y segundos</translation>
    </message>
    <message>
        <source>Shorter than this sounds thin</source>
        <translation>Si es más corta, suena pobre</translation>
    </message>
    <message>
        <source>Longest target length, minutes and seconds</source>
        <translation>Duración objetivo máxima, en minutos y segundos</translation>
    </message>
    <message>
        <source>Longer than this loses the interviewer</source>
        <translation>Si es más larga, pierdes al entrevistador</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>(minutes:seconds)</source>
        <translation>(minutos:segundos)</translation>
    </message>
    <message>
        <source>&amp;Words per minute:</source>
        <translation>&amp;Palabras por minuto:</translation>
    </message>
    <message>
        <source>&amp;Target length:</source>
        <translation>&amp;Duración objetivo:</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Práctica</translation>
    </message>
    <message>
        <source>Default practice order</source>
        <translation>Orden de práctica predeterminado</translation>
    </message>
    <message>
        <source>Weakest first</source>
        <translation>Las más débiles primero</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>Al azar</translation>
    </message>
    <message>
        <source>Chosen by me</source>
        <translation>Elegidas por mí</translation>
    </message>
    <message>
        <source>Weakest first: questions without an answer, then drafts, then what you practised least this week and rated lowest</source>
        <translation>Las más débiles primero: preguntas sin respuesta, luego borradores, luego lo que menos has practicado esta semana y peor has valorado</translation>
    </message>
    <message>
        <source>On &amp;Reveal, also show the story&apos;s bullet notes</source>
        <translation>Al &amp;revelar, incluir las notas de la historia</translation>
    </message>
    <message>
        <source>On Reveal, also show the story&apos;s bullet notes</source>
        <translation>Al revelar, incluir las notas de la historia</translation>
    </message>
    <message>
        <source>Default &amp;order:</source>
        <translation>&amp;Orden predeterminado:</translation>
    </message>
    <message>
        <source>At this pace, %1–%2 is about %3 to %4 words.</source>
        <translation>A este ritmo, %1–%2 son unas %3 a %4 palabras.</translation>
    </message>
    <message numerus="yes">
        <source>The longest target must be at least %n seconds longer than the shortest.</source>
        <translation>
            <numerusform>La duración máxima debe superar a la mínima en al menos %n segundo.</numerusform>
            <numerusform>La duración máxima debe superar a la mínima en al menos %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportación</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Predeterminado del sistema (%1)</translation>
    </message>
    <message>
        <source>The new language applies the next time Starling starts.</source>
        <translation>El nuevo idioma se aplica la próxima vez que se inicie Starling.</translation>
    </message>
    <message>
        <source>Dates, numbers and times follow the language. Standard dialogs, such as choosing a file, use Qt&apos;s own translations when they are installed.</source>
        <translation>Las fechas, los números y las horas siguen el idioma. Los diálogos estándar, como el de elegir un archivo, usan las traducciones propias de Qt cuando están instaladas.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Default paper size</source>
        <translation>Tamaño de papel predeterminado</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>Automático (%1)</translation>
    </message>
    <message>
        <source>Automatic: Letter where the language&apos;s region uses it, A4 elsewhere</source>
        <translation>Automático: Carta donde la región del idioma lo usa, A4 en el resto</translation>
    </message>
    <message>
        <source>Sections of the prep sheet</source>
        <translation>Secciones de la hoja de repaso</translation>
    </message>
    <message>
        <source>&amp;Cheat sheet</source>
        <translation>Hoja &amp;resumen</translation>
    </message>
    <message>
        <source>Prepared &amp;answers</source>
        <translation>Respuestas prep&amp;aradas</translation>
    </message>
    <message>
        <source>&amp;Backbone stories</source>
        <translation>Historias &amp;troncales</translation>
    </message>
    <message>
        <source>&amp;Questions not answered yet</source>
        <translation>Pre&amp;guntas sin responder</translation>
    </message>
    <message>
        <source>Default &amp;paper size:</source>
        <translation>Tamaño de &amp;papel predeterminado:</translation>
    </message>
    <message>
        <source>The Export dialog starts with these choices, and the choices you make there are kept here.</source>
        <translation>El diálogo Exportar empieza con estas opciones, y las que elijas allí se guardan aquí.</translation>
    </message>
    <message>
        <source>Choose at least one section for the prep sheet.</source>
        <translation>Elige al menos una sección para la hoja de repaso.</translation>
    </message>
    <message>
        <source>Reveal in the practice window also lists the notes on how the answer&apos;s story shows the target value</source>
        <translation>Revelar, en la ventana de práctica, también muestra las notas sobre cómo la historia de la respuesta demuestra el valor objetivo</translation>
    </message>
    <message>
        <source>The language of menus, dialogs and the prep sheet&apos;s headings; applies the next time Starling starts</source>
        <translation>El idioma de los menús, los diálogos y los títulos de la hoja de repaso; se aplica la próxima vez que se inicie Starling</translation>
    </message>
    <message>
        <source>A first page with the company&apos;s values, the stories mapped to them, the gaps and the R-STAR-L reminder</source>
        <translation>Una primera página con los valores de la empresa, las historias asignadas a ellos, las carencias y el recordatorio R-STAR-L</translation>
    </message>
    <message>
        <source>Each answer section by section, from Repeat to Link back</source>
        <translation>Cada respuesta sección por sección, de la Repetición a la Conexión</translation>
    </message>
    <message>
        <source>Your backbone stories in STAR form</source>
        <translation>Tus historias troncales en formato STAR</translation>
    </message>
    <message>
        <source>The company&apos;s questions and the general ones without an answer for it</source>
        <translation>Las preguntas de la empresa y las generales que aún no tienen respuesta para ella</translation>
    </message>
</context>
<context>
    <name>starling::PrepSheet</name>
    <message>
        <source>Unnamed company</source>
        <translation>Empresa sin nombre</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>running header: company — role</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Untitled story</source>
        <translation>Historia sin título</translation>
    </message>
    <message>
        <source>Not written yet</source>
        <translation>Aún sin escribir</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>mañana</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>ayer</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>dentro de %n día</numerusform>
            <numerusform>dentro de %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>interview date (countdown)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>not scheduled yet</source>
        <translation>aún sin programar</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entrevista</translation>
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
        <translation>Valores e historias</translation>
    </message>
    <message>
        <source>No values yet: add the company&apos;s values in Companies &amp; Values.</source>
        <translation>Aún no hay valores: añade los valores de la empresa en Empresas y valores.</translation>
    </message>
    <message>
        <source>Unnamed value</source>
        <translation>Valor sin nombre</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Significa</translation>
    </message>
    <message>
        <source>Key words</source>
        <translation>Palabras clave</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>GAP — no story mapped to this value yet</source>
        <translation>CARENCIA: aún no hay ninguna historia asignada a este valor</translation>
    </message>
    <message>
        <source>Prepared answers</source>
        <translation>Respuestas preparadas</translation>
    </message>
    <message>
        <source>Answer without a question</source>
        <translation>Respuesta sin pregunta</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Target value: %1 · Story: %2 · Status: %3</source>
        <translation>Valor objetivo: %1 · Historia: %2 · Estado: %3</translation>
    </message>
    <message>
        <source>No prepared answers yet.</source>
        <translation>Aún no hay respuestas preparadas.</translation>
    </message>
    <message>
        <source>Backbone stories</source>
        <translation>Historias troncales</translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation>Tipos</translation>
    </message>
    <message>
        <source>Mapped to</source>
        <translation>Asignada a</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>No backbone stories yet: mark your two or three best stories as backbone in the story vault.</source>
        <translation>Aún no hay historias troncales: marca tus dos o tres mejores historias como troncales en la bóveda de historias.</translation>
    </message>
    <message>
        <source>Questions not answered yet</source>
        <translation>Preguntas sin responder</translation>
    </message>
    <message>
        <source>Every question has an answer.</source>
        <translation>Todas las preguntas tienen respuesta.</translation>
    </message>
    <message>
        <source>Asked at %1</source>
        <translation>Se pregunta en %1</translation>
    </message>
    <message>
        <source>General questions</source>
        <translation>Preguntas generales</translation>
    </message>
    <message>
        <source>Prep sheet</source>
        <translation>Hoja de repaso</translation>
    </message>
    <message>
        <source>No companies in the vault yet: add the company you are interviewing with in Companies &amp; Values.</source>
        <translation>Aún no hay empresas en la bóveda: añade la empresa con la que tienes la entrevista en Empresas y valores.</translation>
    </message>
    <message>
        <source>The company chosen for the prep sheet is no longer in the vault. Choose another company or all companies.</source>
        <translation>La empresa elegida para la hoja de repaso ya no está en la bóveda. Elige otra empresa o todas las empresas.</translation>
    </message>
    <message>
        <source>Prep sheet — %1</source>
        <translation>Hoja de repaso — %1</translation>
    </message>
    <message>
        <source>Prep sheet — all companies</source>
        <translation>Hoja de repaso — todas las empresas</translation>
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
        <translation>No se puede exportar a “%1”: es una carpeta. Añade un nombre de archivo, por ejemplo hoja-de-repaso.pdf.</translation>
    </message>
    <message>
        <source>Cannot export to “%1”: the folder “%2” does not exist. Create it or choose another folder.</source>
        <translation>No se puede exportar a “%1”: la carpeta “%2” no existe. Créala o elige otra carpeta.</translation>
    </message>
    <message>
        <source>Cannot export to “%1”: “%2” is a file, not a folder. Choose another folder.</source>
        <translation>No se puede exportar a “%1”: “%2” es un archivo, no una carpeta. Elige otra carpeta.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2. Choose a folder you can write to.</source>
        <translation>No se puede escribir “%1”: %2. Elige una carpeta en la que puedas escribir.</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2. Free some disk space or choose another folder, then export again.</source>
        <translation>No se pudo escribir “%1”: %2. Libera espacio en el disco o elige otra carpeta y vuelve a exportar.</translation>
    </message>
    <message>
        <source>Could not save “%1”: %2. Free some disk space or choose another folder, then export again.</source>
        <translation>No se pudo guardar “%1”: %2. Libera espacio en el disco o elige otra carpeta y vuelve a exportar.</translation>
    </message>
    <message>
        <source>Could not write the prep sheet: %1. Free some disk space or choose another folder, then export again.</source>
        <translation>No se pudo escribir la hoja de repaso: %1. Libera espacio en el disco o elige otra carpeta y vuelve a exportar.</translation>
    </message>
    <message>
        <source>Cannot tell which format to write from the name “%1”. End it in .pdf, .html or .md.</source>
        <translation>No se sabe qué formato escribir a partir del nombre “%1”. Termínalo en .pdf, .html o .md.</translation>
    </message>
    <message>
        <source>No company named “%1”: the vault has no companies yet. Add one in Companies and Values first.</source>
        <translation>No hay ninguna empresa llamada “%1”: la bóveda aún no tiene empresas. Añade una primero en Empresas y valores.</translation>
    </message>
    <message>
        <source>No company named “%1” in the vault. Known companies: %2.</source>
        <translation>No hay ninguna empresa llamada “%1” en la bóveda. Empresas conocidas: %2.</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>The page is too small for the prep sheet. Choose a larger paper size or smaller margins.</source>
        <translation>La página es demasiado pequeña para la hoja de repaso. Elige un tamaño de papel mayor o márgenes más pequeños.</translation>
    </message>
    <message>
        <source>Could not start drawing the prep sheet: the printer or the file refused it. Check the printer, or export to a file instead.</source>
        <translation>No se pudo empezar a dibujar la hoja de repaso: la impresora o el archivo lo rechazaron. Comprueba la impresora o exporta a un archivo.</translation>
    </message>
    <message>
        <source>Could not start page %1 of the prep sheet. Check the printer or the disk, then try again.</source>
        <translation>No se pudo empezar la página %1 de la hoja de repaso. Comprueba la impresora o el disco y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>página %1 de %2</translation>
    </message>
    <message>
        <source>Could not write the PDF: %1</source>
        <translation>No se pudo escribir el PDF: %1</translation>
    </message>
</context>
<context>
    <name>starling::QuestionBank</name>
    <message>
        <source>The bundled question bank is missing from this build of Starling.</source>
        <translation>Falta el banco de preguntas incluido en esta compilación de Starling.</translation>
    </message>
    <message>
        <source>The bundled question bank is damaged: %1</source>
        <translation>El banco de preguntas incluido está dañado: %1</translation>
    </message>
    <message>
        <source>The question bank is not valid JSON: %1 at byte %2.</source>
        <translation>El banco de preguntas no es JSON válido: %1 en el byte %2.</translation>
    </message>
    <message>
        <source>The question bank must be a JSON object.</source>
        <translation>El banco de preguntas debe ser un objeto JSON.</translation>
    </message>
    <message>
        <source>format must be “starling-question-bank”.</source>
        <translation>format debe ser “starling-question-bank”.</translation>
    </message>
    <message>
        <source>version must be %1; this Starling cannot read other versions.</source>
        <translation>version debe ser %1; esta versión de Starling no puede leer otras versiones.</translation>
    </message>
    <message>
        <source>questions must be a list.</source>
        <translation>questions debe ser una lista.</translation>
    </message>
    <message>
        <source>%1 must be an object.</source>
        <translation>%1 debe ser un objeto.</translation>
    </message>
    <message>
        <source>%1.key must be non-empty text.</source>
        <translation>%1.key debe ser un texto no vacío.</translation>
    </message>
    <message>
        <source>%1.key is %2; use lower-case words joined by hyphens, like “tight-deadline”.</source>
        <translation>%1.key es %2; usa palabras en minúsculas unidas por guiones, como “tight-deadline”.</translation>
    </message>
    <message>
        <source>%1.key is %2, like %3.</source>
        <translation>%1.key es %2, igual que %3.</translation>
    </message>
    <message>
        <source>%1.text must be text.</source>
        <translation>%1.text debe ser texto.</translation>
    </message>
    <message>
        <source>%1.text must not be empty.</source>
        <translation>%1.text no debe estar vacío.</translation>
    </message>
    <message>
        <source>%1.text is too long.</source>
        <translation>%1.text es demasiado largo.</translation>
    </message>
    <message>
        <source>%1.text is the same question as %2.</source>
        <translation>%1.text es la misma pregunta que %2.</translation>
    </message>
    <message>
        <source>%1.themes must be a list of theme keys.</source>
        <translation>%1.themes debe ser una lista de claves de temas.</translation>
    </message>
    <message>
        <source>%1.themes must name between 1 and %2 themes.</source>
        <translation>%1.themes debe indicar entre 1 y %2 temas.</translation>
    </message>
    <message>
        <source>%1 is %2, which is not a known theme.</source>
        <translation>%1 es %2, que no es un tema conocido.</translation>
    </message>
    <message>
        <source>%1 repeats the theme %2.</source>
        <translation>%1 repite el tema %2.</translation>
    </message>
    <message>
        <source>%1.category must be “%2” or “%3”.</source>
        <translation>%1.category debe ser “%2” o “%3”.</translation>
    </message>
    <message>
        <source>Classic</source>
        <translation>Clásicas</translation>
    </message>
    <message>
        <source>Data &amp; ML</source>
        <translation>Datos y ML</translation>
    </message>
</context>
<context>
    <name>starling::QuestionSuggestions</name>
    <message>
        <source>Shares the theme %1 with %2</source>
        <translation>Comparte el tema %1 con %2</translation>
    </message>
    <message>
        <source>Shares the theme %1 with %2 at %3</source>
        <translation>Comparte el tema %1 con %2 en %3</translation>
    </message>
    <message>
        <source>Reads like %1</source>
        <translation>Suena a %1</translation>
    </message>
    <message>
        <source>Mentions: %1</source>
        <translation>Menciona: %1</translation>
    </message>
    <message>
        <source>Same theme: %1</source>
        <translation>Mismo tema: %1</translation>
    </message>
</context>
<context>
    <name>starling::QuestionsPanel</name>
    <message>
        <source>Bank</source>
        <translation>Banco</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Tuya</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Edit Question</source>
        <translation>Editar pregunta</translation>
    </message>
    <message>
        <source>New Question</source>
        <translation>Nueva pregunta</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Pregunta:</translation>
    </message>
    <message>
        <source>Question text</source>
        <translation>Texto de la pregunta</translation>
    </message>
    <message>
        <source>Tell me about a time you…</source>
        <translation>Háblame de una vez en que…</translation>
    </message>
    <message>
        <source>&amp;Themes it tests:</source>
        <translation>&amp;Temas que evalúa:</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>&amp;Suggest Themes</source>
        <translation>&amp;Sugerir temas</translation>
    </message>
    <message>
        <source>Suggest themes from the text</source>
        <translation>Sugerir temas a partir del texto</translation>
    </message>
    <message>
        <source>Only for %1</source>
        <translation>Solo para %1</translation>
    </message>
    <message>
        <source>Only for this company</source>
        <translation>Solo para esta empresa</translation>
    </message>
    <message>
        <source>A question only this company asks, such as “Why us?”</source>
        <translation>Una pregunta que solo hace esta empresa, como “¿Por qué nosotros?”</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>The question is too long.</source>
        <translation>La pregunta es demasiado larga.</translation>
    </message>
    <message>
        <source>✓ Answered</source>
        <translation>✓ Respondida</translation>
    </message>
    <message numerus="yes">
        <source>✓ %n answer(s)</source>
        <translation>
            <numerusform>✓ %n respuesta</numerusform>
            <numerusform>✓ %n respuestas</numerusform>
        </translation>
    </message>
    <message>
        <source>question bank, %1</source>
        <translation>banco de preguntas, %1</translation>
    </message>
    <message>
        <source>your question</source>
        <translation>tu pregunta</translation>
    </message>
    <message>
        <source>only for %1</source>
        <translation>solo para %1</translation>
    </message>
    <message>
        <source>themes: %1</source>
        <translation>temas: %1</translation>
    </message>
    <message>
        <source>answered for %1</source>
        <translation>respondida para %1</translation>
    </message>
    <message>
        <source>Search questions</source>
        <translation>Buscar preguntas</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Show the questions that test one theme</source>
        <translation>Mostrar las preguntas que evalúan un tema</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Todos los temas</translation>
    </message>
    <message>
        <source>Questions to show</source>
        <translation>Preguntas que mostrar</translation>
    </message>
    <message>
        <source>All questions, or the general ones plus the questions only one company asks</source>
        <translation>Todas las preguntas, o las generales más las que solo hace una empresa</translation>
    </message>
    <message>
        <source>Only questions not yet answered for the company</source>
        <translation>Solo las preguntas aún sin responder para la empresa</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>No questions match — clear the filters.</source>
        <translation>Ninguna pregunta coincide: quita los filtros.</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>&amp;Borrar filtros</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <source>&amp;Answer…</source>
        <translation>&amp;Responder…</translation>
    </message>
    <message>
        <source>Answer the selected question</source>
        <translation>Responder a la pregunta seleccionada</translation>
    </message>
    <message>
        <source>Write or open the answer to this question (Enter)</source>
        <translation>Escribir o abrir la respuesta a esta pregunta (Intro)</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nueva…</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>Nueva pregunta</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Edit the selected question</source>
        <translation>Editar la pregunta seleccionada</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Delete the selected question</source>
        <translation>Eliminar la pregunta seleccionada</translation>
    </message>
    <message>
        <source>Answer…</source>
        <translation>Responder…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>New Question…</source>
        <translation>Nueva pregunta…</translation>
    </message>
    <message>
        <source>Fits this question</source>
        <translation>Encaja con esta pregunta</translation>
    </message>
    <message>
        <source>Stories and values that fit this question</source>
        <translation>Historias y valores que encajan con esta pregunta</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>All questions</source>
        <translation>Todas las preguntas</translation>
    </message>
    <message>
        <source>Not yet answered for %1</source>
        <translation>Aún sin responder para %1</translation>
    </message>
    <message>
        <source>Not yet answered (pick a company first)</source>
        <translation>Aún sin responder (elige antes una empresa)</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n pregunta</numerusform>
            <numerusform>%n preguntas</numerusform>
        </translation>
    </message>
    <message>
        <source>No questions yet.</source>
        <translation>Aún no hay preguntas.</translation>
    </message>
    <message>
        <source>Pick a question to see which of your stories and values fit it.</source>
        <translation>Elige una pregunta para ver cuáles de tus historias y valores encajan con ella.</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Historias</translation>
    </message>
    <message>
        <source>Your story vault is empty.</source>
        <translation>Tu bóveda de historias está vacía.</translation>
    </message>
    <message>
        <source>No story shares a theme or words with this question yet.</source>
        <translation>Aún no hay ninguna historia que comparta un tema o palabras con esta pregunta.</translation>
    </message>
    <message>
        <source>Untitled story</source>
        <translation>Historia sin título</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valores</translation>
    </message>
    <message>
        <source>Pick a company to see which of its values this question lets you link back to.</source>
        <translation>Elige una empresa para ver con cuáles de sus valores puedes conectar al responder esta pregunta.</translation>
    </message>
    <message>
        <source>Values of %1</source>
        <translation>Valores de %1</translation>
    </message>
    <message>
        <source>This company has no values yet.</source>
        <translation>Esta empresa aún no tiene valores.</translation>
    </message>
    <message>
        <source>None of its values shares a theme or words with this question.</source>
        <translation>Ninguno de sus valores comparte un tema o palabras con esta pregunta.</translation>
    </message>
    <message>
        <source>Could not add the question to your vault: %1</source>
        <translation>No se pudo añadir la pregunta a tu bóveda: %1</translation>
    </message>
    <message>
        <source>Could not add the question: %1</source>
        <translation>No se pudo añadir la pregunta: %1</translation>
    </message>
    <message>
        <source>Could not save the question: %1</source>
        <translation>No se pudo guardar la pregunta: %1</translation>
    </message>
    <message>
        <source>Delete Question</source>
        <translation>Eliminar pregunta</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is used by %n answer(s). Delete it anyway? The answers keep their text, and you can undo this.</source>
        <translation>
            <numerusform>“%1” se usa en %n respuesta. ¿Eliminarla de todos modos? La respuesta conserva su texto y puedes deshacerlo.</numerusform>
            <numerusform>“%1” se usa en %n respuestas. ¿Eliminarla de todos modos? Las respuestas conservan su texto y puedes deshacerlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not delete the question: %1</source>
        <translation>No se pudo eliminar la pregunta: %1</translation>
    </message>
    <message>
        <source>Hides the questions the chosen company already has an answer to</source>
        <translation>Oculta las preguntas que la empresa elegida ya tiene respondidas</translation>
    </message>
    <message>
        <source>Questions from the bank and your own; drag one onto the answer editor</source>
        <translation>Preguntas del banco y tuyas; arrastra una al editor de respuestas</translation>
    </message>
    <message>
        <source>Shows every question again</source>
        <translation>Vuelve a mostrar todas las preguntas</translation>
    </message>
    <message>
        <source>The stories and the company values that suit the selected question</source>
        <translation>Las historias y los valores de la empresa que encajan con la pregunta seleccionada</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln question(s)</source>
        <translation>
            <numerusform>%L1 de %Ln pregunta</numerusform>
            <numerusform>%L1 de %Ln preguntas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>starling::Readiness</name>
    <message>
        <source>No values yet</source>
        <translation>Aún sin valores</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n value(s) covered</source>
        <translation>
            <numerusform>%1 de %n valor cubierto</numerusform>
            <numerusform>%1 de %n valores cubiertos</numerusform>
        </translation>
    </message>
    <message>
        <source>No answers yet</source>
        <translation>Aún sin respuestas</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n answer(s) ready</source>
        <translation>
            <numerusform>%1 de %n respuesta lista</numerusform>
            <numerusform>%1 de %n respuestas listas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n pass the checks</source>
        <translation>
            <numerusform>%1 de %n supera las comprobaciones</numerusform>
            <numerusform>%1 de %n superan las comprobaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>none practised this week</source>
        <translation>ninguna practicada esta semana</translation>
    </message>
    <message numerus="yes">
        <source>%n practised this week</source>
        <translation>
            <numerusform>%n practicada esta semana</numerusform>
            <numerusform>%n practicadas esta semana</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>starling::RestoreBackupDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation>Restaurar copia de seguridad</translation>
    </message>
    <message numerus="yes">
        <source>Starling keeps a copy of the vault from each of the last %n day(s) it was opened. Choose the copy to go back to.</source>
        <translation>
            <numerusform>Starling guarda una copia de la bóveda de cada uno de los últimos %n día en que se abrió. Elige la copia a la que quieres volver.</numerusform>
            <numerusform>Starling guarda una copia de la bóveda de cada uno de los últimos %n días en que se abrió. Elige la copia a la que quieres volver.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 (saved before a restore)</source>
        <translation>%1, %2 (guardada antes de una restauración)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>backup date in the confirmation</comment>
        <translation>d &apos;de&apos; MMMM</translation>
    </message>
    <message>
        <source>Replace the vault with the backup of %1? The current state is saved as a backup first.</source>
        <translation>¿Sustituir la bóveda por la copia de seguridad del %1? Antes se guarda el estado actual como copia de seguridad.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Sustituir</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Copias de seguridad, de la más reciente a la más antigua</translation>
    </message>
    <message>
        <source>Choose the copy of the vault to go back to</source>
        <translation>Elige la copia de la bóveda a la que quieres volver</translation>
    </message>
</context>
<context>
    <name>starling::SectionShareBar</name>
    <message>
        <source>Share of each section</source>
        <translation>Proporción de cada sección</translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <translation>%1 %2%</translation>
    </message>
</context>
<context>
    <name>starling::SpellCheckPage</name>
    <message>
        <source>Check spelling as you type</source>
        <translation>Revisar la ortografía al escribir</translation>
    </message>
    <message>
        <source>Spell checking</source>
        <translation>Ortografía</translation>
    </message>
    <message>
        <source>&amp;Check spelling as you type</source>
        <translation>&amp;Revisar la ortografía al escribir</translation>
    </message>
    <message>
        <source>Underline misspelled words in stories, answers and notes</source>
        <translation>Subrayar las palabras mal escritas en historias, respuestas y notas</translation>
    </message>
    <message>
        <source>Dictionary</source>
        <translation>Diccionario</translation>
    </message>
    <message>
        <source>Automatic uses the dictionary of the interface language</source>
        <translation>Automático usa el diccionario del idioma de la interfaz</translation>
    </message>
    <message>
        <source>&amp;Dictionary:</source>
        <translation>&amp;Diccionario:</translation>
    </message>
    <message>
        <source>Spell checking status</source>
        <translation>Estado de la revisión ortográfica</translation>
    </message>
    <message>
        <source>Personal word list</source>
        <translation>Lista de palabras personal</translation>
    </message>
    <message>
        <source>Personal words</source>
        <translation>Palabras personales</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove the selected words from the personal word list</source>
        <translation>Quitar las palabras seleccionadas de la lista de palabras personal</translation>
    </message>
    <message>
        <source>Remove the selected words now; they are underlined again</source>
        <translation>Quitar ya las palabras seleccionadas; vuelven a aparecer subrayadas</translation>
    </message>
    <message>
        <source>Personal word list problem</source>
        <translation>Problema con la lista de palabras personal</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>Automático (%1)</translation>
    </message>
    <message>
        <source>%1 (not installed)</source>
        <translation>%1 (no instalado)</translation>
    </message>
    <message>
        <source>The dictionary “%1” is not installed, so %2 is used instead.</source>
        <translation>El diccionario “%1” no está instalado, así que se usa %2 en su lugar.</translation>
    </message>
    <message>
        <source>Words added with “Add to Dictionary”: %1
Kept in %2</source>
        <translation>Palabras añadidas con “Añadir al diccionario”: %1
Se guardan en %2</translation>
    </message>
    <message>
        <source>Words you added to the dictionary; they are never underlined</source>
        <translation>Palabras que añadiste al diccionario; nunca se subrayan</translation>
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
        <translation>El diccionario “%1” usa la codificación %2, que este sistema no puede convertir.</translation>
    </message>
    <message>
        <source>Spell checking is off because no Hunspell dictionary is installed. Install one for your language, for example with “sudo apt install hunspell-en-us”, then open Preferences again.</source>
        <translation>La revisión ortográfica está desactivada porque no hay ningún diccionario de Hunspell instalado. Instala uno para tu idioma, por ejemplo con “sudo apt install hunspell-es”, y vuelve a abrir Preferencias.</translation>
    </message>
    <message>
        <source>Spell checking is off: %1</source>
        <translation>La revisión ortográfica está desactivada: %1</translation>
    </message>
    <message>
        <source>The dictionary “%1” is not installed, so %2 is used instead.</source>
        <translation>El diccionario “%1” no está instalado, así que se usa %2 en su lugar.</translation>
    </message>
    <message>
        <source>The personal word list “%1” could not be read (%2); Starling leaves it untouched.</source>
        <translation>No se pudo leer la lista de palabras personal “%1” (%2); Starling no la modifica.</translation>
    </message>
    <message>
        <source>The personal word list “%1” is not UTF-8 text; Starling leaves it untouched. Save it as UTF-8 to use it.</source>
        <translation>La lista de palabras personal “%1” no es texto UTF-8; Starling no la modifica. Guárdala como UTF-8 para usarla.</translation>
    </message>
    <message>
        <source>There is no place to keep the personal word list.</source>
        <translation>No hay ningún sitio donde guardar la lista de palabras personal.</translation>
    </message>
    <message>
        <source>Could not save the personal word list: the folder “%1” cannot be created.</source>
        <translation>No se pudo guardar la lista de palabras personal: no se puede crear la carpeta “%1”.</translation>
    </message>
    <message>
        <source>Could not save the personal word list “%1”: %2</source>
        <translation>No se pudo guardar la lista de palabras personal “%1”: %2</translation>
    </message>
    <message>
        <source>Only a single word can be added to the personal word list.</source>
        <translation>Solo se puede añadir una única palabra a la lista de palabras personal.</translation>
    </message>
</context>
<context>
    <name>starling::SpellHighlighter</name>
    <message>
        <source>No Suggestions</source>
        <translation>Sin sugerencias</translation>
    </message>
    <message>
        <source>Add “%1” to Dictionary</source>
        <translation>Añadir “%1” al diccionario</translation>
    </message>
    <message>
        <source>Keep this word in your personal word list</source>
        <translation>Guardar esta palabra en tu lista de palabras personal</translation>
    </message>
    <message>
        <source>Personal Word List</source>
        <translation>Lista de palabras personal</translation>
    </message>
    <message>
        <source>%1

“%2” is accepted until Starling closes.</source>
        <translation>%1

“%2” se acepta hasta que se cierre Starling.</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorar</translation>
    </message>
    <message>
        <source>Accept this word until Starling closes</source>
        <translation>Aceptar esta palabra hasta que se cierre Starling</translation>
    </message>
</context>
<context>
    <name>starling::StoryColumnHeader</name>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
</context>
<context>
    <name>starling::StoryEditor</name>
    <message>
        <source>1 word</source>
        <translation>1 palabra</translation>
    </message>
    <message>
        <source>%1 words</source>
        <translation>%1 palabras</translation>
    </message>
    <message>
        <source>Select a story in the vault, or add one.</source>
        <translation>Selecciona una historia en la bóveda o añade una.</translation>
    </message>
    <message>
        <source>Save error</source>
        <translation>Error al guardar</translation>
    </message>
    <message>
        <source>Story title</source>
        <translation>Título de la historia</translation>
    </message>
    <message>
        <source>A short name you will recognise, e.g. “Rebuilt the fraud model”</source>
        <translation>Un nombre corto que reconozcas, p. ej., “Rehíce el modelo de fraude”</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>What kind of story is it?</source>
        <translation>¿Qué tipo de historia es?</translation>
    </message>
    <message>
        <source>%1 story</source>
        <translation>Historia: %1</translation>
    </message>
    <message>
        <source>&amp;Backbone story</source>
        <translation>&amp;Historia troncal</translation>
    </message>
    <message>
        <source>Backbone story</source>
        <translation>Historia troncal</translation>
    </message>
    <message>
        <source>One of the 2–3 stories you know inside out, deep enough to answer many different questions.</source>
        <translation>Una de las 2–3 historias que conoces al dedillo, con profundidad suficiente para responder a muchas preguntas distintas.</translation>
    </message>
    <message>
        <source>&amp;Situation</source>
        <translation>&amp;Situación</translation>
    </message>
    <message>
        <source>The context in two or three sentences: team, company, stakes.</source>
        <translation>El contexto en dos o tres frases: equipo, empresa, lo que estaba en juego.</translation>
    </message>
    <message>
        <source>We were a six-person data team at a payments start-up; fraud losses had doubled in a quarter…</source>
        <translation>Éramos un equipo de datos de seis personas en una start-up de pagos; las pérdidas por fraude se habían duplicado en un trimestre…</translation>
    </message>
    <message>
        <source>T&amp;ask</source>
        <translation>T&amp;area</translation>
    </message>
    <message>
        <source>What you were responsible for: the goal or the problem that was yours.</source>
        <translation>De qué eras responsable: el objetivo o el problema que te correspondía.</translation>
    </message>
    <message>
        <source>I owned the fraud model and had to cut losses without blocking good customers…</source>
        <translation>El modelo de fraude era mío y tenía que reducir las pérdidas sin bloquear a los buenos clientes…</translation>
    </message>
    <message>
        <source>A&amp;ction</source>
        <translation>A&amp;cción</translation>
    </message>
    <message>
        <source>What YOU did, step by step, with the technical detail. Usually the longest part.</source>
        <translation>Qué hiciste TÚ, paso a paso, con el detalle técnico. Suele ser la parte más larga.</translation>
    </message>
    <message>
        <source>First I… Then I… I chose gradient boosting over… because…</source>
        <translation>Primero… Luego… Elegí gradient boosting en vez de… porque…</translation>
    </message>
    <message>
        <source>&amp;Result</source>
        <translation>&amp;Resultado</translation>
    </message>
    <message>
        <source>What changed, with numbers, and what you learned.</source>
        <translation>Qué cambió, con cifras, y qué aprendiste.</translation>
    </message>
    <message>
        <source>Losses fell 38% in two months; false positives stayed flat. I learned…</source>
        <translation>Las pérdidas bajaron un 38 % en dos meses; los falsos positivos no aumentaron. Aprendí…</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <source>Anything else, e.g. which questions this story answers.</source>
        <translation>Cualquier otra cosa, p. ej., a qué preguntas responde esta historia.</translation>
    </message>
    <message>
        <source>Answers: “a time you failed”, “a hard trade-off”…</source>
        <translation>Responde a: “una vez que fracasaste”, “una decisión difícil”…</translation>
    </message>
    <message>
        <source>Length limit reached</source>
        <translation>Límite de longitud alcanzado</translation>
    </message>
    <message>
        <source>%1 word count</source>
        <translation>Número de palabras de %1</translation>
    </message>
    <message>
        <source>%1: this field is capped at %2 characters; the rest was not saved.</source>
        <translation>%1: este campo tiene un máximo de %2 caracteres; el resto no se ha guardado.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Sin guardar: %1</translation>
    </message>
    <message>
        <source>Counts towards the balance of story kinds in your vault</source>
        <translation>Cuenta para el equilibrio de tipos de historia de tu bóveda</translation>
    </message>
</context>
<context>
    <name>starling::StoryItemDelegate</name>
    <message numerus="yes">
        <source>%n value(s)</source>
        <translation>
            <numerusform>%n valor</numerusform>
            <numerusform>%n valores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n respuesta</numerusform>
            <numerusform>%n respuestas</numerusform>
        </translation>
    </message>
    <message>
        <source>not mapped yet</source>
        <translation>aún sin asignar</translation>
    </message>
    <message>
        <source>no kind yet</source>
        <translation>aún sin tipo</translation>
    </message>
    <message numerus="yes">
        <source>%n companies</source>
        <translation>
            <numerusform>%n empresa</numerusform>
            <numerusform>%n empresas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>starling::StoryKind</name>
    <message>
        <source>Success</source>
        <translation>Éxito</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Fracaso</translation>
    </message>
    <message>
        <source>Teamwork</source>
        <translation>Trabajo en equipo</translation>
    </message>
    <message>
        <source>Leadership</source>
        <translation>Liderazgo</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflicto</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
</context>
<context>
    <name>starling::StorySuggestions</name>
    <message>
        <source>Shares the theme %1 with %2</source>
        <translation>Comparte el tema %1 con %2</translation>
    </message>
    <message>
        <source>Shares the theme %1 with %2 at %3</source>
        <translation>Comparte el tema %1 con %2 en %3</translation>
    </message>
    <message>
        <source>Reads like %1</source>
        <translation>Suena a %1</translation>
    </message>
    <message>
        <source>Mentions: %1</source>
        <translation>Menciona: %1</translation>
    </message>
    <message>
        <source>Mapped to %1 — same theme: %2</source>
        <translation>Asignada a %1; mismo tema: %2</translation>
    </message>
    <message>
        <source>Mapped to %1 at %2 — same theme: %3</source>
        <translation>Asignada a %1 en %2; mismo tema: %3</translation>
    </message>
</context>
<context>
    <name>starling::StoryVaultModel</name>
    <message>
        <source>Untitled story</source>
        <translation>Historia sin título</translation>
    </message>
    <message>
        <source>No kind set</source>
        <translation>Sin tipo</translation>
    </message>
    <message>
        <source>backbone story</source>
        <translation>historia troncal</translation>
    </message>
    <message numerus="yes">
        <source>Linked to %n value(s)</source>
        <translation>
            <numerusform>Vinculada a %n valor</numerusform>
            <numerusform>Vinculada a %n valores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>used in %n answer(s)</source>
        <translation>
            <numerusform>usada en %n respuesta</numerusform>
            <numerusform>usada en %n respuestas</numerusform>
        </translation>
    </message>
    <message>
        <source>Mapped at: %1</source>
        <translation>Asignada en: %1</translation>
    </message>
    <message>
        <source>Backbone story</source>
        <translation>Historia troncal</translation>
    </message>
</context>
<context>
    <name>starling::StoryVaultPanel</name>
    <message>
        <source>Search all story text</source>
        <translation>Buscar en todo el texto de las historias</translation>
    </message>
    <message>
        <source>Search stories</source>
        <translation>Buscar historias</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Recently updated</source>
        <translation>Actualizadas recientemente</translation>
    </message>
    <message>
        <source>Most used</source>
        <translation>Más usadas</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Historias</translation>
    </message>
    <message>
        <source>No story matches. Clear the search or the kind filter.</source>
        <translation>Ninguna historia coincide. Borra la búsqueda o el filtro de tipo.</translation>
    </message>
    <message>
        <source>Show stories of kind</source>
        <translation>Mostrar historias del tipo</translation>
    </message>
    <message>
        <source>Shows only the stories tagged with the chosen kind</source>
        <translation>Muestra solo las historias marcadas con el tipo elegido</translation>
    </message>
    <message>
        <source>Sort stories by</source>
        <translation>Ordenar historias por</translation>
    </message>
    <message>
        <source>The order of the story list</source>
        <translation>El orden de la lista de historias</translation>
    </message>
    <message>
        <source>Your stories; drag one onto a value in the matrix or onto an answer</source>
        <translation>Tus historias; arrastra una a un valor de la matriz o a una respuesta</translation>
    </message>
</context>
<context>
    <name>starling::Themes</name>
    <message>
        <source>Ownership</source>
        <translation>Responsabilidad</translation>
    </message>
    <message>
        <source>You treat the outcome as yours end to end, including the parts that are nobody&apos;s job.</source>
        <translation>Asumes el resultado como tuyo de principio a fin, incluidas las partes que no son trabajo de nadie.</translation>
    </message>
    <message>
        <source>Bias for action</source>
        <translation>Orientación a la acción</translation>
    </message>
    <message>
        <source>You move quickly on reversible decisions instead of waiting for certainty or permission.</source>
        <translation>Avanzas rápido en las decisiones reversibles en lugar de esperar a tener certeza o permiso.</translation>
    </message>
    <message>
        <source>Learning and growth</source>
        <translation>Aprendizaje y crecimiento</translation>
    </message>
    <message>
        <source>You stay curious, seek feedback and keep getting better at what you do.</source>
        <translation>Mantienes la curiosidad, buscas opiniones y sigues mejorando en lo que haces.</translation>
    </message>
    <message>
        <source>Collaboration / one team</source>
        <translation>Colaboración / un solo equipo</translation>
    </message>
    <message>
        <source>You help other people and teams succeed and put the shared goal above your own credit.</source>
        <translation>Ayudas a otras personas y equipos a tener éxito y pones el objetivo común por encima del mérito propio.</translation>
    </message>
    <message>
        <source>Customer focus</source>
        <translation>Orientación al cliente</translation>
    </message>
    <message>
        <source>You start from what the customer or user needs and work backwards from it.</source>
        <translation>Partes de lo que necesita el cliente o el usuario y trabajas hacia atrás desde ahí.</translation>
    </message>
    <message>
        <source>High standards</source>
        <translation>Exigencia alta</translation>
    </message>
    <message>
        <source>You hold your work to a bar others find unreasonably high, and fix defects at the root.</source>
        <translation>Pones a tu trabajo un listón que otros consideran exageradamente alto, y corriges los defectos de raíz.</translation>
    </message>
    <message>
        <source>Data-driven judgement</source>
        <translation>Criterio basado en datos</translation>
    </message>
    <message>
        <source>You decide on evidence, dig into the details and are right more often than not.</source>
        <translation>Decides con pruebas, profundizas en los detalles y aciertas más veces de las que fallas.</translation>
    </message>
    <message>
        <source>Integrity and trust</source>
        <translation>Integridad y confianza</translation>
    </message>
    <message>
        <source>You are honest, transparent and fair, and do the right thing when it costs you.</source>
        <translation>Actúas con honestidad, transparencia y justicia, y haces lo correcto aunque te cueste.</translation>
    </message>
    <message>
        <source>Innovation</source>
        <translation>Innovación</translation>
    </message>
    <message>
        <source>You look for new and simpler ways to solve problems and think beyond the next step.</source>
        <translation>Buscas formas nuevas y más sencillas de resolver problemas y piensas más allá del siguiente paso.</translation>
    </message>
    <message>
        <source>Dealing with ambiguity</source>
        <translation>Gestión de la ambigüedad</translation>
    </message>
    <message>
        <source>You make progress when the goal, the data or the plan is unclear, and adapt as you learn.</source>
        <translation>Avanzas cuando el objetivo, los datos o el plan no están claros, y te adaptas a medida que aprendes.</translation>
    </message>
    <message>
        <source>Resilience after failure</source>
        <translation>Resiliencia ante el fracaso</translation>
    </message>
    <message>
        <source>You own failures, recover from setbacks and show what you changed afterwards.</source>
        <translation>Asumes tus fracasos, te recuperas de los reveses y muestras qué cambiaste después.</translation>
    </message>
    <message>
        <source>Influence and communication</source>
        <translation>Influencia y comunicación</translation>
    </message>
    <message>
        <source>You bring people along without authority: listen, explain clearly, disagree openly, then commit.</source>
        <translation>Sumas a la gente sin tener autoridad: escuchas, explicas con claridad, discrepas abiertamente y luego te comprometes.</translation>
    </message>
    <message>
        <source>Delivering results</source>
        <translation>Lograr resultados</translation>
    </message>
    <message>
        <source>You deliver the outcomes that matter, on time and with the resources you have.</source>
        <translation>Consigues los resultados que importan, a tiempo y con los recursos que tienes.</translation>
    </message>
    <message>
        <source>Developing people</source>
        <translation>Desarrollo de personas</translation>
    </message>
    <message>
        <source>You hire well, mentor and coach, and help the people around you grow.</source>
        <translation>Contratas bien, orientas y formas a otros, y ayudas a crecer a las personas que te rodean.</translation>
    </message>
</context>
<context>
    <name>starling::ValueCoverage</name>
    <message>
        <source>No values yet</source>
        <translation>Aún sin valores</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n values covered, %2 with two stories</source>
        <translation>
            <numerusform>%1 de %n valor cubierto, %2 con dos historias</numerusform>
            <numerusform>%1 de %n valores cubiertos, %2 con dos historias</numerusform>
        </translation>
    </message>
    <message>
        <source>No story</source>
        <translation>Ninguna historia</translation>
    </message>
    <message>
        <source>One story</source>
        <translation>Una historia</translation>
    </message>
    <message>
        <source>Two or more</source>
        <translation>Dos o más</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Carencia</translation>
    </message>
    <message numerus="yes">
        <source>%n story(s)</source>
        <translation>
            <numerusform>%n historia</numerusform>
            <numerusform>%n historias</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>starling::ValueSuggestionsPanel</name>
    <message>
        <source>Suggestions</source>
        <translation>Sugerencias</translation>
    </message>
    <message>
        <source>Select a value in the matrix to see the stories likely to demonstrate it.</source>
        <translation>Selecciona un valor en la matriz para ver las historias que probablemente lo demuestran.</translation>
    </message>
    <message>
        <source>Suggestions for “%1”</source>
        <translation>Sugerencias para “%1”</translation>
    </message>
    <message>
        <source>Gap: no story shows this value yet. These look likely:</source>
        <translation>Carencia: aún no hay ninguna historia que demuestre este valor. Estas parecen probables:</translation>
    </message>
    <message>
        <source>One story so far; a second makes it stronger:</source>
        <translation>De momento una historia; una segunda lo refuerza:</translation>
    </message>
    <message numerus="yes">
        <source>Covered by %n story(s). Other candidates:</source>
        <translation>
            <numerusform>Cubierto por %n historia. Otras candidatas:</numerusform>
            <numerusform>Cubierto por %n historias. Otras candidatas:</numerusform>
        </translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Asignar</translation>
    </message>
    <message>
        <source>Map %1 to %2</source>
        <translation>Asignar %1 a %2</translation>
    </message>
    <message>
        <source>Reuse %1 from %2 at %3 — with its notes</source>
        <translation>Reutilizar %1 de %2 en %3, con sus notas</translation>
    </message>
    <message>
        <source>Reuse %1 from %2 at %3</source>
        <translation>Reutilizar %1 de %2 en %3</translation>
    </message>
    <message>
        <source>Reuse</source>
        <translation>Reutilizar</translation>
    </message>
    <message>
        <source>Map %1 to %2 with the notes written for %3</source>
        <translation>Asignar %1 a %2 con las notas escritas para %3</translation>
    </message>
    <message>
        <source>No story shares a theme or words with this value yet. Drag one from the Story Vault onto its row.</source>
        <translation>Aún no hay ninguna historia que comparta un tema o palabras con este valor. Arrastra una desde la Bóveda de historias hasta su fila.</translation>
    </message>
    <message>
        <source>No other story shares a theme or words with this value.</source>
        <translation>Ninguna otra historia comparte un tema o palabras con este valor.</translation>
    </message>
    <message>
        <source>Reading your stories to suggest the ones that fit…</source>
        <translation>Leyendo tus historias para sugerir las que encajan…</translation>
    </message>
</context>
<context>
    <name>starling::ValuesLibrary</name>
    <message>
        <source>%1 must be text.</source>
        <translation>%1 debe ser texto.</translation>
    </message>
    <message>
        <source>%1 must not be empty.</source>
        <translation>%1 no debe estar vacío.</translation>
    </message>
    <message>
        <source>%1 is too long.</source>
        <translation>%1 es demasiado largo.</translation>
    </message>
    <message>
        <source>%1 must be a list of text.</source>
        <translation>%1 debe ser una lista de textos.</translation>
    </message>
    <message>
        <source>%1 has too many entries.</source>
        <translation>%1 tiene demasiadas entradas.</translation>
    </message>
    <message>
        <source>%1 must be non-empty text.</source>
        <translation>%1 debe ser un texto no vacío.</translation>
    </message>
    <message>
        <source>%1 must be a list of values.</source>
        <translation>%1 debe ser una lista de valores.</translation>
    </message>
    <message>
        <source>%1 nests sub-principles too deeply.</source>
        <translation>%1 anida subprincipios a demasiada profundidad.</translation>
    </message>
    <message>
        <source>%1 must be an object.</source>
        <translation>%1 debe ser un objeto.</translation>
    </message>
    <message>
        <source>%1 is %2, which is not a known theme.</source>
        <translation>%1 es %2, que no es un tema conocido.</translation>
    </message>
    <message>
        <source>The bundled values library is missing from this build of Starling.</source>
        <translation>Falta la biblioteca de valores incluida en esta compilación de Starling.</translation>
    </message>
    <message>
        <source>The bundled values library is damaged: %1</source>
        <translation>La biblioteca de valores incluida está dañada: %1</translation>
    </message>
    <message>
        <source>The values library is not valid JSON: %1 at byte %2.</source>
        <translation>La biblioteca de valores no es JSON válido: %1 en el byte %2.</translation>
    </message>
    <message>
        <source>The values library must be a JSON object.</source>
        <translation>La biblioteca de valores debe ser un objeto JSON.</translation>
    </message>
    <message>
        <source>format must be “starling-values-library”.</source>
        <translation>format debe ser “starling-values-library”.</translation>
    </message>
    <message>
        <source>version must be %1; this Starling cannot read other versions.</source>
        <translation>version debe ser %1; esta versión de Starling no puede leer otras versiones.</translation>
    </message>
    <message>
        <source>companies must be a list.</source>
        <translation>companies debe ser una lista.</translation>
    </message>
    <message>
        <source>%1 is %2, like %3.</source>
        <translation>%1 es %2, igual que %3.</translation>
    </message>
    <message>
        <source>%1 is not a web address.</source>
        <translation>%1 no es una dirección web.</translation>
    </message>
    <message>
        <source>%1 is %2, which is not a date like 2024-01-31.</source>
        <translation>%1 es %2, que no es una fecha como 2024-01-31.</translation>
    </message>
    <message>
        <source>There are too many companies named “%1”.</source>
        <translation>Hay demasiadas empresas llamadas “%1”.</translation>
    </message>
    <message>
        <source>Values copied from the Starling values library, as of %1. %2</source>
        <translation>Valores copiados de la biblioteca de valores de Starling, a fecha de %1. %2</translation>
    </message>
    <message>
        <source>Values copied from the Starling values library. %1</source>
        <translation>Valores copiados de la biblioteca de valores de Starling. %1</translation>
    </message>
    <message>
        <source>Could not add %1 from the values library: %2</source>
        <translation>No se pudo añadir %1 desde la biblioteca de valores: %2</translation>
    </message>
</context>
<context>
    <name>starling::ValuesLibraryDialog</name>
    <message>
        <source>Add a company from the values library</source>
        <translation>Añadir una empresa desde la biblioteca de valores</translation>
    </message>
    <message>
        <source>Pick a company to add an editable copy of its published values. Starling&apos;s plain-words meanings and key words come with it; change anything afterwards.</source>
        <translation>Elige una empresa para añadir una copia editable de sus valores publicados. Incluye los significados en palabras sencillas y las palabras clave de Starling; después puedes cambiar lo que quieras.</translation>
    </message>
    <message>
        <source>Values library error</source>
        <translation>Error de la biblioteca de valores</translation>
    </message>
    <message>
        <source>Search the values library</source>
        <translation>Buscar en la biblioteca de valores</translation>
    </message>
    <message>
        <source>Search companies and values</source>
        <translation>Buscar empresas y valores</translation>
    </message>
    <message>
        <source>Companies in the values library</source>
        <translation>Empresas de la biblioteca de valores</translation>
    </message>
    <message>
        <source>No company or value matches the search.</source>
        <translation>Ninguna empresa ni ningún valor coincide con la búsqueda.</translation>
    </message>
    <message>
        <source>Source address</source>
        <translation>Dirección de origen</translation>
    </message>
    <message>
        <source>Values that will be added</source>
        <translation>Valores que se añadirán</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>What it really means</source>
        <translation>Qué significa realmente</translation>
    </message>
    <message>
        <source>Choose a company on the left to preview its values.</source>
        <translation>Elige una empresa a la izquierda para ver sus valores.</translation>
    </message>
    <message>
        <source>Add company</source>
        <translation>Añadir empresa</translation>
    </message>
    <message>
        <source>The values library cannot be read: %1</source>
        <translation>No se puede leer la biblioteca de valores: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) and sub-principle(s)</source>
        <translation>
            <numerusform>%n valor o subprincipio</numerusform>
            <numerusform>%n valores y subprincipios</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · as of %2</source>
        <translation>%1 · a fecha de %2</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Origen: %1</translation>
    </message>
    <message>
        <source>Check the company&apos;s current page: values change.</source>
        <translation>Consulta la página actual de la empresa: los valores cambian.</translation>
    </message>
    <message>
        <source>Choose a company to see the values it adds</source>
        <translation>Elige una empresa para ver los valores que añade</translation>
    </message>
    <message>
        <source>The values and sub-principles that are added to your vault</source>
        <translation>Los valores y subprincipios que se añaden a tu bóveda</translation>
    </message>
</context>
<context>
    <name>starling::ValuesMatrixModel</name>
    <message>
        <source>“%1” is not mapped to “%2”.</source>
        <translation>“%1” no está asignada a “%2”.</translation>
    </message>
    <message>
        <source>“%1” demonstrates “%2”</source>
        <translation>“%1” demuestra “%2”</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Aún sin notas.</translation>
    </message>
    <message>
        <source>“%1” is not mapped to “%2”</source>
        <translation>“%1” no está asignada a “%2”</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notas: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Cobertura</translation>
    </message>
    <message>
        <source>Stories that demonstrate each value: one at minimum, two is better.</source>
        <translation>Historias que demuestran cada valor: una como mínimo, mejor dos.</translation>
    </message>
    <message>
        <source>No kind set</source>
        <translation>Sin tipo</translation>
    </message>
    <message>
        <source>backbone story</source>
        <translation>historia troncal</translation>
    </message>
    <message>
        <source>Choose a company to see its values.</source>
        <translation>Elige una empresa para ver sus valores.</translation>
    </message>
    <message>
        <source>No values yet — add the company&apos;s values first.</source>
        <translation>Aún no hay valores: añade primero los valores de la empresa.</translation>
    </message>
</context>
<context>
    <name>starling::ValuesMatrixPanel</name>
    <message>
        <source>Coverage summary</source>
        <translation>Resumen de la cobertura</translation>
    </message>
    <message>
        <source>Gap · 1 story (minimum) · 2+ stories (ideal)</source>
        <translation>Carencia · 1 historia (mínimo) · 2+ historias (ideal)</translation>
    </message>
    <message>
        <source>The method&apos;s target: every value backed by one story at minimum, two is better.</source>
        <translation>El objetivo del método: cada valor respaldado por una historia como mínimo, mejor dos.</translation>
    </message>
    <message>
        <source>Show stories mapped nowhere</source>
        <translation>Mostrar historias sin asignar</translation>
    </message>
    <message>
        <source>Add a column for every story in the vault, not only the stories mapped somewhere and the backbone stories.</source>
        <translation>Añadir una columna por cada historia de la bóveda, no solo las historias asignadas a algún valor y las troncales.</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Sugerencias</translation>
    </message>
    <message>
        <source>Show suggestions</source>
        <translation>Mostrar sugerencias</translation>
    </message>
    <message>
        <source>Show or hide stories suggested for the selected value</source>
        <translation>Mostrar u ocultar las historias sugeridas para el valor seleccionado</translation>
    </message>
    <message>
        <source>Values matrix</source>
        <translation>Matriz de valores</translation>
    </message>
    <message numerus="yes">
        <source>Map “%1” to %n value(s)</source>
        <translation>
            <numerusform>Asignar “%1” a %n valor</numerusform>
            <numerusform>Asignar “%1” a %n valores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unmap %n link(s)</source>
        <translation>
            <numerusform>Quitar %n vínculo</numerusform>
            <numerusform>Quitar %n vínculos</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit notes…</source>
        <translation>Editar notas…</translation>
    </message>
    <message>
        <source>Map and add notes…</source>
        <translation>Asignar y añadir notas…</translation>
    </message>
    <message>
        <source>Unmap</source>
        <translation>Quitar asignación</translation>
    </message>
    <message>
        <source>Map to value…</source>
        <translation>Asignar a un valor…</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Carencia</translation>
    </message>
    <message>
        <source>1 story (minimum)</source>
        <translation>1 historia (mínimo)</translation>
    </message>
    <message>
        <source>2+ stories (ideal)</source>
        <translation>2+ historias (ideal)</translation>
    </message>
    <message>
        <source>Choose a company in Companies and Values to see its matrix.</source>
        <translation>Elige una empresa en Empresas y valores para ver su matriz.</translation>
    </message>
    <message>
        <source>No values yet — add the company&apos;s values first.</source>
        <translation>Aún no hay valores: añade primero los valores de la empresa.</translation>
    </message>
    <message>
        <source>Add stories to your vault, then drag them here.</source>
        <translation>Añade historias a tu bóveda y luego arrástralas aquí.</translation>
    </message>
    <message>
        <source>The company&apos;s values in rows and your stories in columns; drop a story on a row to map it</source>
        <translation>Los valores de la empresa en filas y tus historias en columnas; suelta una historia en una fila para asignarla</translation>
    </message>
</context>
<context>
    <name>starling::VaultBalance</name>
    <message>
        <source>Untitled story</source>
        <translation>Historia sin título</translation>
    </message>
    <message>
        <source>No stories yet — add the 2–3 projects you know best: ideally a success, a failure and a teamwork or leadership story.</source>
        <translation>Aún no hay historias: añade los 2–3 proyectos que mejor conoces; lo ideal es una historia de éxito, una de fracaso y una de trabajo en equipo o liderazgo.</translation>
    </message>
    <message>
        <source>No backbone story yet — mark the 2–3 projects you know inside out as backbone.</source>
        <translation>Aún no hay historias troncales: marca como troncales los 2–3 proyectos que conoces al dedillo.</translation>
    </message>
    <message>
        <source>Only one backbone story — mark one or two more of your strongest projects as backbone.</source>
        <translation>Solo hay una historia troncal: marca como troncales uno o dos de tus proyectos más sólidos.</translation>
    </message>
    <message numerus="yes">
        <source>%n backbone stories — keep the 2–3 you know best and unmark the rest, so each gets deep preparation.</source>
        <translation>
            <numerusform>%n historia troncal: quédate con las 2–3 que mejor conoces y desmarca el resto, para preparar cada una a fondo.</numerusform>
            <numerusform>%n historias troncales: quédate con las 2–3 que mejor conoces y desmarca el resto, para preparar cada una a fondo.</numerusform>
        </translation>
    </message>
    <message>
        <source>None of your backbone stories is a success — mark one as Success or make a success story backbone.</source>
        <translation>Ninguna de tus historias troncales es de éxito: marca una como Éxito o haz troncal una historia de éxito.</translation>
    </message>
    <message>
        <source>No success story yet — add a project you are proud of and mark it Success.</source>
        <translation>Aún no hay ninguna historia de éxito: añade un proyecto que te enorgullezca y márcalo como Éxito.</translation>
    </message>
    <message>
        <source>None of your backbone stories is a failure — interviewers ask for one. Make one backbone.</source>
        <translation>Ninguna de tus historias troncales es de fracaso, y los entrevistadores piden una. Haz troncal una.</translation>
    </message>
    <message>
        <source>No failure story yet — interviewers ask for one.</source>
        <translation>Aún no hay ninguna historia de fracaso, y los entrevistadores piden una.</translation>
    </message>
    <message>
        <source>None of your backbone stories shows teamwork or leadership — make one that does backbone.</source>
        <translation>Ninguna de tus historias troncales muestra trabajo en equipo o liderazgo: haz troncal una que lo muestre.</translation>
    </message>
    <message>
        <source>No teamwork or leadership story yet — add one where you got things done through other people.</source>
        <translation>Aún no hay ninguna historia de trabajo en equipo o liderazgo: añade una en la que lograras cosas a través de otras personas.</translation>
    </message>
    <message>
        <source>“%1” has no Situation yet — set the scene: team, goal, what was at stake.</source>
        <translation>“%1” aún no tiene Situación. Describe el escenario: equipo, objetivo, qué estaba en juego.</translation>
    </message>
    <message>
        <source>“%1” has no Task yet — say what you were responsible for.</source>
        <translation>“%1” aún no tiene Tarea: di de qué eras responsable.</translation>
    </message>
    <message>
        <source>“%1” has no Action yet — describe what you did, step by step, saying “I”.</source>
        <translation>“%1” aún no tiene Acción: describe lo que hiciste, paso a paso, diciendo “yo”.</translation>
    </message>
    <message>
        <source>“%1” has no Result yet — say what changed, with a number if you can.</source>
        <translation>“%1” aún no tiene Resultado: di qué cambió, con una cifra si puedes.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has a short Action (%n words) — add the steps you took and the technical detail; aim for %2 or more.</source>
        <translation>
            <numerusform>“%1” tiene una Acción corta (%n palabra): añade los pasos que diste y el detalle técnico; apunta a %2 o más.</numerusform>
            <numerusform>“%1” tiene una Acción corta (%n palabras): añade los pasos que diste y el detalle técnico; apunta a %2 o más.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing missing — your backbone covers a success, a failure and teamwork. Keep rehearsing them.</source>
        <translation>No falta nada: tus historias troncales cubren un éxito, un fracaso y trabajo en equipo. Sigue ensayándolas.</translation>
    </message>
</context>
<context>
    <name>starling::VaultBalanceWidget</name>
    <message>
        <source>Shows or hides what the vault still needs</source>
        <translation>Muestra u oculta lo que aún le falta a la bóveda</translation>
    </message>
    <message>
        <source>No vault open</source>
        <translation>Ninguna bóveda abierta</translation>
    </message>
    <message>
        <source>Vault balance unknown: %1</source>
        <translation>Equilibrio de la bóveda desconocido: %1</translation>
    </message>
    <message numerus="yes">
        <source>Vault balance: %n gap(s)</source>
        <translation>
            <numerusform>Equilibrio de la bóveda: %n carencia</numerusform>
            <numerusform>Equilibrio de la bóveda: %n carencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s)</source>
        <translation>
            <numerusform>%n sugerencia</numerusform>
            <numerusform>%n sugerencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Vault balance: %n suggestion(s)</source>
        <translation>
            <numerusform>Equilibrio de la bóveda: %n sugerencia</numerusform>
            <numerusform>Equilibrio de la bóveda: %n sugerencias</numerusform>
        </translation>
    </message>
    <message>
        <source>Vault balance: complete</source>
        <translation>Equilibrio de la bóveda: completo</translation>
    </message>
    <message>
        <source>Add one</source>
        <translation>Añadir una</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>Abrirla</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… y %n más</numerusform>
            <numerusform>… y %n más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>starling::VaultCommands</name>
    <message>
        <source>Rename story “%1”</source>
        <translation>Cambiar el nombre de la historia “%1”</translation>
    </message>
    <message>
        <source>Edit situation of “%1”</source>
        <translation>Editar la situación de “%1”</translation>
    </message>
    <message>
        <source>Edit task of “%1”</source>
        <translation>Editar la tarea de “%1”</translation>
    </message>
    <message>
        <source>Edit action of “%1”</source>
        <translation>Editar la acción de “%1”</translation>
    </message>
    <message>
        <source>Edit result of “%1”</source>
        <translation>Editar el resultado de “%1”</translation>
    </message>
    <message>
        <source>Edit notes of “%1”</source>
        <translation>Editar las notas de “%1”</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Editar “%1”</translation>
    </message>
    <message>
        <source>The value no longer exists.</source>
        <translation>El valor ya no existe.</translation>
    </message>
    <message>
        <source>The story is no longer mapped to that value.</source>
        <translation>La historia ya no está asignada a ese valor.</translation>
    </message>
    <message>
        <source>Untitled story</source>
        <translation>Historia sin título</translation>
    </message>
    <message>
        <source>New story</source>
        <translation>Nueva historia</translation>
    </message>
    <message>
        <source>Add story</source>
        <translation>Añadir historia</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>Duplicate story “%1”</source>
        <translation>Duplicar la historia “%1”</translation>
    </message>
    <message>
        <source>Delete story “%1”</source>
        <translation>Eliminar la historia “%1”</translation>
    </message>
    <message>
        <source>Internal error: story field %1 is not a text field.</source>
        <translation>Error interno: el campo de historia %1 no es un campo de texto.</translation>
    </message>
    <message>
        <source>Change kinds of “%1”</source>
        <translation>Cambiar los tipos de “%1”</translation>
    </message>
    <message>
        <source>Mark “%1” as backbone</source>
        <translation>Marcar “%1” como troncal</translation>
    </message>
    <message>
        <source>Unmark “%1” as backbone</source>
        <translation>Desmarcar “%1” como troncal</translation>
    </message>
    <message>
        <source>mapped to 1 value</source>
        <translation>asignada a 1 valor</translation>
    </message>
    <message>
        <source>mapped to %1 values</source>
        <translation>asignada a %1 valores</translation>
    </message>
    <message>
        <source>used in 1 answer</source>
        <translation>usada en 1 respuesta</translation>
    </message>
    <message>
        <source>used in %1 answers</source>
        <translation>usada en %1 respuestas</translation>
    </message>
    <message>
        <source>“%1” is %2 and %3. Delete it anyway? You can undo this.</source>
        <translation>“%1” está %2 y %3. ¿Eliminarla de todos modos? Puedes deshacerlo.</translation>
    </message>
    <message>
        <source>“%1” is %2. Delete it anyway? You can undo this.</source>
        <translation>“%1” está %2. ¿Eliminarla de todos modos? Puedes deshacerlo.</translation>
    </message>
    <message>
        <source>Add company “%1”</source>
        <translation>Añadir la empresa “%1”</translation>
    </message>
    <message>
        <source>Rename company “%1”</source>
        <translation>Cambiar el nombre de la empresa “%1”</translation>
    </message>
    <message>
        <source>Edit role at “%1”</source>
        <translation>Editar el puesto en “%1”</translation>
    </message>
    <message>
        <source>Edit level at “%1”</source>
        <translation>Editar el nivel en “%1”</translation>
    </message>
    <message>
        <source>Change interview date with “%1”</source>
        <translation>Cambiar la fecha de la entrevista con “%1”</translation>
    </message>
    <message>
        <source>Edit notes on “%1”</source>
        <translation>Editar las notas de “%1”</translation>
    </message>
    <message>
        <source>Edit source of “%1”</source>
        <translation>Editar el origen de “%1”</translation>
    </message>
    <message>
        <source>Edit company “%1”</source>
        <translation>Editar la empresa “%1”</translation>
    </message>
    <message>
        <source>Delete company “%1”</source>
        <translation>Eliminar la empresa “%1”</translation>
    </message>
    <message>
        <source>Add value “%1”</source>
        <translation>Añadir el valor “%1”</translation>
    </message>
    <message>
        <source>Internal error: the new value could not be found.</source>
        <translation>Error interno: no se encontró el valor nuevo.</translation>
    </message>
    <message>
        <source>Add values to “%1”</source>
        <translation>Añadir valores a “%1”</translation>
    </message>
    <message>
        <source>Rename value “%1”</source>
        <translation>Cambiar el nombre del valor “%1”</translation>
    </message>
    <message>
        <source>Edit meaning of “%1”</source>
        <translation>Editar el significado de “%1”</translation>
    </message>
    <message>
        <source>Edit keywords of “%1”</source>
        <translation>Editar las palabras clave de “%1”</translation>
    </message>
    <message>
        <source>Change themes of “%1”</source>
        <translation>Cambiar los temas de “%1”</translation>
    </message>
    <message>
        <source>Edit value “%1”</source>
        <translation>Editar el valor “%1”</translation>
    </message>
    <message>
        <source>A value can only move within its own company.</source>
        <translation>Un valor solo se puede mover dentro de su propia empresa.</translation>
    </message>
    <message>
        <source>Move value “%1”</source>
        <translation>Mover el valor “%1”</translation>
    </message>
    <message>
        <source>Move %1 values</source>
        <translation>Mover %1 valores</translation>
    </message>
    <message>
        <source>Delete value “%1”</source>
        <translation>Eliminar el valor “%1”</translation>
    </message>
    <message>
        <source>Map “%1” to “%2”</source>
        <translation>Asignar “%1” a “%2”</translation>
    </message>
    <message>
        <source>Map %1 stories to “%2”</source>
        <translation>Asignar %1 historias a “%2”</translation>
    </message>
    <message>
        <source>Unmap “%1” from “%2”</source>
        <translation>Quitar la asignación de “%1” a “%2”</translation>
    </message>
    <message>
        <source>The story is not mapped to that value.</source>
        <translation>La historia no está asignada a ese valor.</translation>
    </message>
    <message>
        <source>Edit notes of “%1” for “%2”</source>
        <translation>Editar las notas de “%1” para “%2”</translation>
    </message>
    <message>
        <source>The answer’s company no longer exists.</source>
        <translation>La empresa de la respuesta ya no existe.</translation>
    </message>
    <message>
        <source>The practice run no longer exists.</source>
        <translation>La sesión de práctica ya no existe.</translation>
    </message>
    <message>
        <source>Add question “%1”</source>
        <translation>Añadir la pregunta “%1”</translation>
    </message>
    <message>
        <source>The question is empty.</source>
        <translation>La pregunta está vacía.</translation>
    </message>
    <message>
        <source>Edit question “%1”</source>
        <translation>Editar la pregunta “%1”</translation>
    </message>
    <message>
        <source>Delete question “%1”</source>
        <translation>Eliminar la pregunta “%1”</translation>
    </message>
    <message>
        <source>Add answer for “%1”</source>
        <translation>Añadir una respuesta para “%1”</translation>
    </message>
    <message>
        <source>Edit answer: Repeat</source>
        <translation>Editar respuesta: Repetición</translation>
    </message>
    <message>
        <source>Edit answer: Situation</source>
        <translation>Editar respuesta: Situación</translation>
    </message>
    <message>
        <source>Edit answer: Task</source>
        <translation>Editar respuesta: Tarea</translation>
    </message>
    <message>
        <source>Edit answer: Action</source>
        <translation>Editar respuesta: Acción</translation>
    </message>
    <message>
        <source>Edit answer: Result</source>
        <translation>Editar respuesta: Resultado</translation>
    </message>
    <message>
        <source>Edit answer: Link back</source>
        <translation>Editar respuesta: Conexión</translation>
    </message>
    <message>
        <source>Mark answer ready</source>
        <translation>Marcar la respuesta como lista</translation>
    </message>
    <message>
        <source>Mark answer as draft</source>
        <translation>Marcar la respuesta como borrador</translation>
    </message>
    <message>
        <source>Change the answer’s question</source>
        <translation>Cambiar la pregunta de la respuesta</translation>
    </message>
    <message>
        <source>Change the answer’s target value</source>
        <translation>Cambiar el valor objetivo de la respuesta</translation>
    </message>
    <message>
        <source>Change the answer’s story</source>
        <translation>Cambiar la historia de la respuesta</translation>
    </message>
    <message>
        <source>Edit answer</source>
        <translation>Editar la respuesta</translation>
    </message>
    <message>
        <source>Delete answer</source>
        <translation>Eliminar la respuesta</translation>
    </message>
    <message>
        <source>Record practice run</source>
        <translation>Registrar la sesión de práctica</translation>
    </message>
    <message>
        <source>Delete practice run</source>
        <translation>Eliminar la sesión de práctica</translation>
    </message>
</context>
<context>
    <name>starling::VaultSession</name>
    <message>
        <source>Cannot create %1: the folder %2 does not exist.</source>
        <translation>No se puede crear %1: la carpeta %2 no existe.</translation>
    </message>
    <message>
        <source>No vault is open.</source>
        <translation>No hay ninguna bóveda abierta.</translation>
    </message>
</context>
<context>
    <name>starling::WelcomePage</name>
    <message>
        <source>Starling logo</source>
        <translation>Logotipo de Starling</translation>
    </message>
    <message>
        <source>Prepare a few deep stories once — answer any behavioural question</source>
        <translation>Prepara unas pocas historias a fondo una sola vez y responde a cualquier pregunta de comportamiento</translation>
    </message>
    <message>
        <source>Interviewers use behavioural questions to judge culture fit and often the level of the offer. Candidates who wing them fail; candidates who prepare like this stand out.</source>
        <translation>Los entrevistadores usan preguntas de comportamiento para valorar el encaje cultural y, a menudo, el nivel de la oferta. Quien improvisa fracasa; quien se prepara así destaca.</translation>
    </message>
    <message>
        <source>Story vault</source>
        <translation>Bóveda de historias</translation>
    </message>
    <message>
        <source>Pick the 2–3 most impactful projects from your résumé — ideally a success, a failure and a teamwork or leadership story — and write them out in depth: situation, task, action, result.</source>
        <translation>Elige los 2–3 proyectos de tu currículum con más impacto (lo ideal es una historia de éxito, una de fracaso y una de trabajo en equipo o liderazgo) y escríbelos a fondo: situación, tarea, acción, resultado.</translation>
    </message>
    <message>
        <source>Company values</source>
        <translation>Valores de la empresa</translation>
    </message>
    <message>
        <source>For each target company, collect its value principles, write what each one really means in plain words, and map a story onto every value — two is better than one.</source>
        <translation>Para cada empresa que te interesa, reúne sus principios, escribe qué significa realmente cada uno en palabras sencillas y asigna una historia a cada valor; mejor dos que una.</translation>
    </message>
    <message>
        <source>R-STAR-L answers</source>
        <translation>Respuestas R-STAR-L</translation>
    </message>
    <message>
        <source>Answer in six parts: Repeat the question in your own words, Situation, Task, Action, Result, then Link back to the company&apos;s value with its key word — naturally, not announced.</source>
        <translation>Responde en seis partes: Repetición de la pregunta con tus palabras, Situación, Tarea, Acción, Resultado y, al final, Conexión con el valor de la empresa mediante su palabra clave, con naturalidad, sin anunciarlo.</translation>
    </message>
    <message>
        <source>Add your first story</source>
        <translation>Añade tu primera historia</translation>
    </message>
    <message>
        <source>Open the example vault</source>
        <translation>Abrir la bóveda de ejemplo</translation>
    </message>
    <message>
        <source>A small data-scientist vault in a separate file; your own vault is not touched.</source>
        <translation>Una pequeña bóveda de científico de datos en un archivo aparte; tu propia bóveda no se toca.</translation>
    </message>
    <message>
        <source>Creates a story and opens it in the editor</source>
        <translation>Crea una historia y la abre en el editor</translation>
    </message>
</context>
</TS>
