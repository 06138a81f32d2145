<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ApiClient</name>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation>Der Server hat mit HTTP %1 geantwortet.</translation>
    </message>
    <message>
        <source>Could not reach Plugboard on 127.0.0.1:%1: %2</source>
        <translation>Plugboard ist unter 127.0.0.1:%1 nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>Could not read &quot;%1&quot;: %2</source>
        <translation>„%1“ konnte nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>ApiJson</name>
    <message>
        <source>an empty JSON object</source>
        <translation>ein leeres JSON-Objekt</translation>
    </message>
    <message>
        <source>a JSON object with %1</source>
        <translation>ein JSON-Objekt mit %1</translation>
    </message>
    <message>
        <source>The body is empty; send %1.</source>
        <translation>Der Anfragetext ist leer; senden Sie %1.</translation>
    </message>
    <message>
        <source>The body is not valid JSON (%1 at byte %2); send %3.</source>
        <translation>Der Anfragetext ist kein gültiges JSON (%1 bei Byte %2); senden Sie %3.</translation>
    </message>
    <message>
        <source>The body must be a JSON object; send %1.</source>
        <translation>Der Anfragetext muss ein JSON-Objekt sein; senden Sie %1.</translation>
    </message>
    <message>
        <source>Unknown key &quot;%1&quot; in the body; send %2.</source>
        <translation>Unbekannter Schlüssel „%1“ im Anfragetext; senden Sie %2.</translation>
    </message>
</context>
<context>
    <name>ApiPolicy</name>
    <message>
        <source>Requests from web pages are refused: the Origin &quot;%1&quot; is not this server&apos;s.</source>
        <translation>Anfragen von Webseiten werden abgelehnt: Der Origin „%1“ gehört nicht zu diesem Server.</translation>
    </message>
    <message>
        <source>The Host &quot;%1&quot; is not this server&apos;s; use 127.0.0.1:%2.</source>
        <translation>Der Host „%1“ gehört nicht zu diesem Server; verwenden Sie 127.0.0.1:%2.</translation>
    </message>
    <message>
        <source>Send the API token as &quot;Authorization: Bearer &lt;token&gt;&quot;; `plugboardctl token` prints it.</source>
        <translation>Senden Sie das API-Token als „Authorization: Bearer &lt;token&gt;“; `plugboardctl token` gibt es aus.</translation>
    </message>
    <message>
        <source>The body is %1 bytes; this endpoint takes at most %2 bytes.</source>
        <translation>Der Anfragetext ist %1 Byte groß; dieser Endpunkt akzeptiert höchstens %2 Byte.</translation>
    </message>
</context>
<context>
    <name>ApiRoutes</name>
    <message>
        <source>Send the zip as multipart/form-data with a &quot;file&quot; field (curl: -F file=@plugin.zip). %1</source>
        <translation>Senden Sie die ZIP-Datei als multipart/form-data mit einem Feld „file“ (curl: -F file=@plugin.zip). %1</translation>
    </message>
    <message>
        <source>Send one &quot;file&quot; per import.</source>
        <translation>Senden Sie pro Import genau ein „file“.</translation>
    </message>
    <message>
        <source>Unknown form field &quot;%1&quot;; the import takes file, overwrite, keep_enabled and folder.</source>
        <translation>Unbekanntes Formularfeld „%1“; der Import akzeptiert file, overwrite, keep_enabled und folder.</translation>
    </message>
    <message>
        <source>The form has no &quot;file&quot; with a zip in it (curl: -F file=@plugin.zip).</source>
        <translation>Das Formular enthält kein „file“ mit einer ZIP-Datei (curl: -F file=@plugin.zip).</translation>
    </message>
    <message>
        <source>Could not make a temporary folder in &quot;%1&quot;: %2</source>
        <translation>In „%1“ konnte kein temporärer Ordner angelegt werden: %2</translation>
    </message>
    <message>
        <source>Could not store the upload in &quot;%1&quot;: %2</source>
        <translation>Der Upload konnte nicht in „%1“ gespeichert werden: %2</translation>
    </message>
    <message>
        <source> Over the API: send overwrite=true.</source>
        <translation> Über die API: Senden Sie overwrite=true.</translation>
    </message>
    <message>
        <source>The plugin&apos;s code is still loading; ask again in a moment.</source>
        <translation>Der Code des Plugins wird noch geladen; fragen Sie gleich noch einmal an.</translation>
    </message>
    <message>
        <source>The plugin went away.</source>
        <translation>Das Plugin wurde inzwischen entfernt.</translation>
    </message>
    <message>
        <source>Send {&quot;enabled&quot;: true or false, &quot;acknowledge_trust&quot;: true or false}.</source>
        <translation>Senden Sie {&quot;enabled&quot;: true oder false, &quot;acknowledge_trust&quot;: true oder false}.</translation>
    </message>
    <message>
        <source>Send {&quot;settings&quot;: {&quot;&lt;field id&gt;&quot;: value, …}}.</source>
        <translation>Senden Sie {&quot;settings&quot;: {&quot;&lt;field id&gt;&quot;: Wert, …}}.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no usable logo.png.</source>
        <translation>„%1“ hat keine verwendbare logo.png.</translation>
    </message>
    <message>
        <source>limit must be a number from 1 to 1000.</source>
        <translation>limit muss eine Zahl von 1 bis 1000 sein.</translation>
    </message>
    <message>
        <source>This Plugboard serves no plugin repositories.</source>
        <translation>Dieses Plugboard stellt keine Plugin-Repositorys bereit.</translation>
    </message>
    <message>
        <source>No repository &quot;%1&quot; is in the list; GET /api/plugins/repos/ lists their ids.</source>
        <translation>Das Repository „%1“ ist nicht in der Liste; GET /api/plugins/repos/ listet die IDs auf.</translation>
    </message>
    <message>
        <source>Unknown query parameter &quot;%1&quot;; available takes q (search text) and repo (a repository id).</source>
        <translation>Unbekannter Abfrageparameter „%1“; available akzeptiert q (Suchtext) und repo (eine Repository-ID).</translation>
    </message>
    <message>
        <source>The stored manifest of %1 no longer reads: %2</source>
        <translation>Das gespeicherte Manifest von %1 lässt sich nicht mehr lesen: %2</translation>
    </message>
    <message>
        <source>%1 offers no plugin &quot;%2&quot;; GET /api/plugins/repos/available/?repo=%3 lists what it offers.</source>
        <translation>%1 bietet kein Plugin „%2“ an; GET /api/plugins/repos/available/?repo=%3 listet das Angebot auf.</translation>
    </message>
    <message>
        <source>%1 has no manifest yet; refresh it first (POST /api/plugins/repos/%2/refresh/).</source>
        <translation>%1 hat noch kein Manifest; aktualisieren Sie es zuerst (POST /api/plugins/repos/%2/refresh/).</translation>
    </message>
    <message>
        <source>The body must be a JSON object such as {&quot;version&quot;: &quot;1.2.0&quot;} (or empty for the latest version).</source>
        <translation>Der Anfragetext muss ein JSON-Objekt wie {&quot;version&quot;: &quot;1.2.0&quot;} sein (oder leer für die neueste Version).</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be text, such as &quot;1.2.0&quot;.</source>
        <translation>„version“ muss Text sein, z. B. „1.2.0“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false.</source>
        <translation>„%1“ muss true oder false sein.</translation>
    </message>
    <message>
        <source>Send {&quot;url&quot;: &quot;https://…/manifest.json&quot;} with the repository&apos;s address, and &quot;public_key&quot; with its armored OpenPGP key when it signs its manifest.</source>
        <translation>Senden Sie {&quot;url&quot;: &quot;https://…/manifest.json&quot;} mit der Adresse des Repositorys und „public_key“ mit seinem OpenPGP-Schlüssel im ASCII-Armor-Format, falls es sein Manifest signiert.</translation>
    </message>
    <message>
        <source>&quot;public_key&quot; must be the armored key as text (&quot;-----BEGIN PGP PUBLIC KEY BLOCK-----…&quot;), or null for an unsigned repository.</source>
        <translation>„public_key“ muss der Schlüssel im ASCII-Armor-Format als Text sein („-----BEGIN PGP PUBLIC KEY BLOCK-----…“) oder null für ein unsigniertes Repository.</translation>
    </message>
    <message>
        <source>Send {&quot;enabled&quot;: true or false}.</source>
        <translation>Senden Sie {&quot;enabled&quot;: true oder false}.</translation>
    </message>
    <message>
        <source>Removing a repository takes no body; its id is in the path.</source>
        <translation>Das Entfernen eines Repositorys erwartet keinen Anfragetext; seine ID steht im Pfad.</translation>
    </message>
    <message>
        <source>Send &quot;online_access&quot; (true or false), &quot;refresh_interval_hours&quot; (a whole number of hours, 0 for never), or both.</source>
        <translation>Senden Sie „online_access“ (true oder false), „refresh_interval_hours“ (eine ganze Zahl von Stunden, 0 für nie) oder beides.</translation>
    </message>
    <message>
        <source>&quot;online_access&quot; must be true or false.</source>
        <translation>„online_access“ muss true oder false sein.</translation>
    </message>
    <message>
        <source>&quot;refresh_interval_hours&quot; must be a whole number from 0 (never) to %1.</source>
        <translation>„refresh_interval_hours“ muss eine ganze Zahl von 0 (nie) bis %1 sein.</translation>
    </message>
    <message>
        <source>Send {&quot;action&quot;: &quot;&lt;action id&gt;&quot;, &quot;params&quot;: {…}}.</source>
        <translation>Senden Sie {&quot;action&quot;: &quot;&lt;action id&gt;&quot;, &quot;params&quot;: {…}}.</translation>
    </message>
    <message>
        <source>&quot;params&quot; must be a JSON object.</source>
        <translation>„params“ muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>&quot;timeout&quot; must be a number of seconds greater than 0.</source>
        <translation>„timeout“ muss eine Anzahl Sekunden größer als 0 sein.</translation>
    </message>
    <message>
        <source>No job %1 in this Plugboard (jobs are kept until %2 more have finished, and until the app stops).</source>
        <translation>Kein Auftrag %1 in diesem Plugboard (Aufträge bleiben erhalten, bis %2 weitere abgeschlossen sind, längstens bis die App beendet wird).</translation>
    </message>
    <message>
        <source>Job %1 has already finished.</source>
        <translation>Auftrag %1 ist bereits abgeschlossen.</translation>
    </message>
    <message>
        <source>The event stream is a WebSocket: connect with ws://127.0.0.1:&lt;port&gt;/api/plugins/events/ and the same Authorization header.</source>
        <translation>Der Ereignisstrom ist ein WebSocket: Verbinden Sie sich mit ws://127.0.0.1:&lt;port&gt;/api/plugins/events/ und demselben Authorization-Header.</translation>
    </message>
</context>
<context>
    <name>ApiServer</name>
    <message>
        <source>Send {&quot;memory_limit_mb&quot;: a whole number of MiB, or 0 for the default}.</source>
        <translation>Senden Sie {&quot;memory_limit_mb&quot;: eine ganze Zahl in MiB oder 0 für den Standardwert}.</translation>
    </message>
</context>
<context>
    <name>ApiToken</name>
    <message>
        <source>Could not create the data folder &quot;%1&quot;.</source>
        <translation>Der Datenordner „%1“ konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not write the API token to &quot;%1&quot;: %2</source>
        <translation>Das API-Token konnte nicht in „%1“ geschrieben werden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a regular file; remove it so Plugboard can make a new API token.</source>
        <translation>„%1“ ist keine reguläre Datei; entfernen Sie sie, damit Plugboard ein neues API-Token erstellen kann.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can be read by other users; fix it with `chmod 600 %1` or make a new token with `plugboardctl token --rotate`.</source>
        <translation>„%1“ ist für andere Benutzer lesbar; beheben Sie das mit `chmod 600 %1` oder erstellen Sie ein neues Token mit `plugboardctl token --rotate`.</translation>
    </message>
    <message>
        <source>Could not read &quot;%1&quot;: %2</source>
        <translation>„%1“ konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not hold a Plugboard API token; make a new one with `plugboardctl token --rotate`.</source>
        <translation>„%1“ enthält kein Plugboard-API-Token; erstellen Sie ein neues mit `plugboardctl token --rotate`.</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>Another folder (&quot;%1&quot;) has the same key &quot;%2&quot;; rename one of them.</source>
        <translation>Ein anderer Ordner („%1“) hat denselben Schlüssel „%2“; benennen Sie einen der beiden um.</translation>
    </message>
    <message>
        <source>Duplicate key &quot;%1&quot;: the folder &quot;%2&quot; has the same key and is used instead; rename this folder to use both.</source>
        <translation>Doppelter Schlüssel „%1“: Der Ordner „%2“ hat denselben Schlüssel und wird stattdessen verwendet; benennen Sie diesen Ordner um, um beide zu verwenden.</translation>
    </message>
    <message>
        <source>Stored settings no field declares any more are kept: %1.</source>
        <translation>Gespeicherte Einstellungen, die kein Feld mehr deklariert, bleiben erhalten: %1.</translation>
    </message>
    <message>
        <source>The plugin&apos;s folder is missing; it cannot be enabled.</source>
        <translation>Der Ordner des Plugins fehlt; es kann nicht aktiviert werden.</translation>
    </message>
    <message>
        <source>The plugin&apos;s folder is missing from the plugins folder. Its settings are kept; put the folder back, or remove the plugin to forget it.</source>
        <translation>Der Ordner des Plugins fehlt im Plugin-Ordner. Seine Einstellungen bleiben erhalten; legen Sie den Ordner zurück oder entfernen Sie das Plugin, um es zu vergessen.</translation>
    </message>
</context>
<context>
    <name>Confirmation</name>
    <message>
        <source>Run %1?</source>
        <translation>%1 ausführen?</translation>
    </message>
    <message>
        <source>You&apos;re about to run &quot;%1&quot; from &quot;%2&quot;.</source>
        <translation>Sie sind dabei, „%1“ aus „%2“ auszuführen.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>reading the schema version</source>
        <translation>Lesen der Schemaversion</translation>
    </message>
    <message>
        <source>The plugin database is busy while %1: another program has held it for more than %2 seconds. Nothing was changed; try again.</source>
        <translation>Die Plugin-Datenbank ist belegt (%1): Ein anderes Programm blockiert sie seit mehr als %2 Sekunden. Es wurde nichts geändert; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The plugin database failed while %1: %2.</source>
        <translation>Fehler in der Plugin-Datenbank (%1): %2.</translation>
    </message>
    <message>
        <source>No plugin with key &quot;%1&quot; is known to the database.</source>
        <translation>In der Datenbank ist kein Plugin mit dem Schlüssel „%1“ bekannt.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer Plugboard (schema %2; this one knows %3). Update Plugboard or use another data folder.</source>
        <translation>Die Datenbank %1 wurde von einem neueren Plugboard geschrieben (Schema %2; dieses kennt %3). Aktualisieren Sie Plugboard oder verwenden Sie einen anderen Datenordner.</translation>
    </message>
    <message>
        <source>upgrading the schema</source>
        <translation>Aktualisieren des Schemas</translation>
    </message>
    <message>
        <source>upgrading the schema to version %1</source>
        <translation>Aktualisieren des Schemas auf Version %1</translation>
    </message>
    <message>
        <source>trimming %1</source>
        <translation>Kürzen von %1</translation>
    </message>
    <message>
        <source>forgetting %1 of %2</source>
        <translation>Löschen von %1 für %2</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not installed; install libqt6sql6-sqlite.</source>
        <translation>Der SQLite-Treiber von Qt (QSQLITE) ist nicht installiert; installieren Sie libqt6sql6-sqlite.</translation>
    </message>
    <message>
        <source>Cannot open the plugin database %1: %2.</source>
        <translation>Die Plugin-Datenbank %1 kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>switching to WAL mode</source>
        <translation>Umschalten in den WAL-Modus</translation>
    </message>
    <message>
        <source>The plugin database failed while %1: %2. It is damaged: Plugboard checks it on the next try and, if need be, restores the newest backup.</source>
        <translation>Die Plugin-Datenbank ist beim %1 gescheitert: %2. Sie ist beschädigt: Plugboard prüft sie beim nächsten Versuch und stellt, wenn nötig, die neueste Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The plugin database could not be written while %1: the disk is full, a file size limit was reached or the disk failed (%2). Nothing was changed; make room and try again.</source>
        <translation>Die Plugin-Datenbank konnte beim %1 nicht geschrieben werden: Der Datenträger ist voll, eine Dateigrößengrenze wurde erreicht oder der Datenträger hat versagt (%2). Nichts wurde geändert; schaffen Sie Platz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The plugin database could not be written while %1: it or its folder is read-only (%2). Nothing was changed.</source>
        <translation>Die Plugin-Datenbank konnte beim %1 nicht geschrieben werden: Sie oder ihr Ordner ist schreibgeschützt (%2). Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Plugboard did not upgrade the plugin database, because it could not back it up first: %1</source>
        <translation>Plugboard hat die Plugin-Datenbank nicht aktualisiert, weil es sie vorher nicht sichern konnte: %1</translation>
    </message>
</context>
<context>
    <name>DatabaseBackups</name>
    <message>
        <source>Cannot open the plugin database: %1.</source>
        <translation>Die Plugin-Datenbank lässt sich nicht öffnen: %1.</translation>
    </message>
    <message>
        <source>reading what changed</source>
        <translation>Lesen der Änderungen</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>von Hand</translation>
    </message>
    <message>
        <source>before upgrade</source>
        <translation>vor Aktualisierung</translation>
    </message>
    <message>
        <source>There is no plugin database at %1 yet: nothing to back up.</source>
        <translation>Unter %1 gibt es noch keine Plugin-Datenbank: Es gibt nichts zu sichern.</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1. The database was not backed up; it is unchanged.</source>
        <translation>Der Sicherungsordner %1 lässt sich nicht anlegen. Die Datenbank wurde nicht gesichert; sie ist unverändert.</translation>
    </message>
    <message>
        <source>Cannot open the plugin database %1: %2.</source>
        <translation>Die Plugin-Datenbank %1 lässt sich nicht öffnen: %2.</translation>
    </message>
    <message>
        <source>The backup into %1 failed: %2. The database is unchanged, and so are the older backups.</source>
        <translation>Die Sicherung nach %1 ist gescheitert: %2. Die Datenbank ist unverändert, die älteren Sicherungen ebenso.</translation>
    </message>
    <message>
        <source>The backup into %1 could not be written whole (%2). The database is unchanged, and so are the older backups.</source>
        <translation>Die Sicherung nach %1 ließ sich nicht vollständig schreiben (%2). Die Datenbank ist unverändert, die älteren Sicherungen ebenso.</translation>
    </message>
    <message>
        <source>sync failed</source>
        <translation>Schreiben auf den Datenträger gescheitert</translation>
    </message>
    <message>
        <source>The backup could not be renamed into %1. The database is unchanged.</source>
        <translation>Die Sicherung ließ sich nicht in %1 umbenennen. Die Datenbank ist unverändert.</translation>
    </message>
</context>
<context>
    <name>DatabaseIntegrity</name>
    <message>
        <source>The plugin database %1 is damaged: %2.</source>
        <translation>Die Plugin-Datenbank %1 ist beschädigt: %2.</translation>
    </message>
    <message>
        <source>it is not an SQLite database</source>
        <translation>sie ist keine SQLite-Datenbank</translation>
    </message>
    <message>
        <source>its header names an impossible page size</source>
        <translation>ihr Kopf nennt eine unmögliche Seitengröße</translation>
    </message>
    <message>
        <source>it is shorter than its header says (%1 of %2 pages)</source>
        <translation>sie ist kürzer, als ihr Kopf angibt (%1 von %2 Seiten)</translation>
    </message>
    <message>
        <source>The plugin database %1 was written by a newer Plugboard (schema %2; this one knows up to %3). Nothing was changed: use that Plugboard, or a backup from before it.</source>
        <translation>Die Plugin-Datenbank %1 wurde von einem neueren Plugboard geschrieben (Schema %2; dieses kennt bis %3). Nichts wurde geändert: Verwenden Sie jenes Plugboard oder eine Sicherung von davor.</translation>
    </message>
    <message>
        <source>The plugin database %1 cannot be read (%2). Nothing was changed; check that the data folder is there and may be written to.</source>
        <translation>Die Plugin-Datenbank %1 lässt sich nicht lesen (%2). Nichts wurde geändert; prüfen Sie, ob der Datenordner vorhanden und beschreibbar ist.</translation>
    </message>
</context>
<context>
    <name>DatabaseRecovery</name>
    <message>
        <source>Cannot move %1 aside to %2; nothing was changed. Is the data folder read-only?</source>
        <translation>%1 lässt sich nicht nach %2 beiseitelegen; nichts wurde geändert. Ist der Datenordner schreibgeschützt?</translation>
    </message>
    <message>
        <source>Cannot copy the backup %1 into place as %2 (is the disk full or the folder read-only?).</source>
        <translation>Die Sicherung %1 lässt sich nicht als %2 an ihren Platz kopieren (ist der Datenträger voll oder der Ordner schreibgeschützt?).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 lässt sich nicht schreiben: %2.</translation>
    </message>
    <message>
        <source>The plugin database %1 is damaged, and another program has been putting it right for 30 seconds. Nothing was changed; try again.</source>
        <translation>Die Plugin-Datenbank %1 ist beschädigt, und ein anderes Programm repariert sie seit 30 Sekunden. Nichts wurde geändert; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The plugin database %1 is empty (0 bytes), but it had backups.</source>
        <translation>Die Plugin-Datenbank %1 ist leer (0 Byte), obwohl es Sicherungen von ihr gibt.</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>diese Datei gibt es nicht</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>sie ist leer</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2. The database was not changed.</source>
        <translation>%1 lässt sich nicht wiederherstellen: %2. Die Datenbank wurde nicht geändert.</translation>
    </message>
    <message>
        <source>Another program is restoring the plugin database. Nothing was changed; try again.</source>
        <translation>Ein anderes Programm stellt gerade die Plugin-Datenbank wieder her. Nichts wurde geändert; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 It was moved to %2, and there was no backup to restore, so Plugboard started with an empty database: plugins must be enabled and set up again.</source>
        <translation>%1 Sie wurde nach %2 verschoben. Es gab keine Sicherung zum Wiederherstellen, daher hat Plugboard mit einer leeren Datenbank begonnen: Plugins müssen erneut aktiviert und eingerichtet werden.</translation>
    </message>
    <message>
        <source>%1 It was moved to %2, and the backup of %3 was restored: changes made after %3 are lost.</source>
        <translation>%1 Sie wurde nach %2 verschoben, und die Sicherung vom %3 wurde wiederhergestellt: Änderungen nach %3 sind verloren.</translation>
    </message>
    <message>
        <source>There is no good backup in %1 to restore.</source>
        <translation>In %1 gibt es keine intakte Sicherung zum Wiederherstellen.</translation>
    </message>
</context>
<context>
    <name>ExamplePlugins</name>
    <message>
        <source>The example plugins are not installed with this copy of Plugboard.</source>
        <translation>Die Beispiel-Plugins sind in dieser Plugboard-Installation nicht enthalten.</translation>
    </message>
    <message>
        <source>Could not create the plugins folder &quot;%1&quot;.</source>
        <translation>Der Plugin-Ordner „%1“ konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not copy the example &quot;%1&quot; into &quot;%2&quot;.</source>
        <translation>Das Beispiel „%1“ konnte nicht nach „%2“ kopiert werden.</translation>
    </message>
</context>
<context>
    <name>FolderRemover</name>
    <message>
        <source>Refusing to delete &quot;%1&quot;: it is not a folder directly inside &quot;%2&quot;.</source>
        <translation>„%1“ wird nicht gelöscht: Es ist kein Ordner direkt in „%2“.</translation>
    </message>
    <message>
        <source>Could not remove &quot;%1&quot;: the folder could not be moved (check that you may write to &quot;%2&quot;).</source>
        <translation>„%1“ konnte nicht entfernt werden: Der Ordner ließ sich nicht verschieben (prüfen Sie, ob Sie in „%2“ schreiben dürfen).</translation>
    </message>
</context>
<context>
    <name>FolderScanner</name>
    <message>
        <source>The plugins folder %1 does not exist.</source>
        <translation>Der Plugin-Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The plugins folder %1 cannot be read.</source>
        <translation>Der Plugin-Ordner %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>It has a plugin.json but no plugin.py or __init__.py: there is no code to run.</source>
        <translation>Er enthält eine plugin.json, aber keine plugin.py und keine __init__.py: Es gibt keinen Code zum Ausführen.</translation>
    </message>
</context>
<context>
    <name>GuiOptions</name>
    <message>
        <source>Plugboard: discover, configure and run Dispatcharr-style Python plugins.</source>
        <translation>Plugboard: Python-Plugins im Dispatcharr-Stil finden, konfigurieren und ausführen.</translation>
    </message>
    <message>
        <source>Data folder (database, plugin data). Default: $PLUGBOARD_DATA_DIR or ~/.local/share/plugboard.</source>
        <translation>Datenordner (Datenbank, Plugin-Daten). Standard: $PLUGBOARD_DATA_DIR oder ~/.local/share/plugboard.</translation>
    </message>
    <message>
        <source>Plugins folder. Default: $DISPATCHARR_PLUGINS_DIR or &lt;data dir&gt;/plugins.</source>
        <translation>Plugin-Ordner. Standard: $DISPATCHARR_PLUGINS_DIR oder &lt;data dir&gt;/plugins.</translation>
    </message>
    <message>
        <source>Save a PNG of the window once the plugins are shown.</source>
        <translation>Ein PNG des Fensters speichern, sobald die Plugins angezeigt werden.</translation>
    </message>
    <message>
        <source>With --screenshot: exit after saving it.</source>
        <translation>Mit --screenshot: nach dem Speichern beenden.</translation>
    </message>
    <message>
        <source>Select this plugin (key or folder) at start.</source>
        <translation>Dieses Plugin (Schlüssel oder Ordner) beim Start auswählen.</translation>
    </message>
    <message>
        <source>Details tab to show: actions, settings or activity.</source>
        <translation>Anzuzeigender Detail-Tab: actions, settings oder activity.</translation>
    </message>
    <message>
        <source>Start with this search text.</source>
        <translation>Mit diesem Suchtext starten.</translation>
    </message>
    <message>
        <source>Window size, e.g. 1280x800.</source>
        <translation>Fenstergröße, z. B. 1280x800.</translation>
    </message>
    <message>
        <source>light or dark; default: follow the system palette.</source>
        <translation>light oder dark; Standard: der Systempalette folgen.</translation>
    </message>
    <message>
        <source>Serve the REST API on this loopback port for this run (0 picks a free one; default: the saved port, 9191). A --screenshot run serves none unless this is given.</source>
        <translation>Die REST-API bei diesem Start auf diesem Loopback-Port bereitstellen (0 wählt einen freien Port; Standard: der gespeicherte Port, 9191). Ein Start mit --screenshot stellt sie nur bereit, wenn diese Option angegeben ist.</translation>
    </message>
    <message>
        <source>Do not serve the REST API in this run.</source>
        <translation>Die REST-API bei diesem Start nicht bereitstellen.</translation>
    </message>
    <message>
        <source>Language to speak, e.g. de or en. Default: $PLUGBOARD_LANG or the system&apos;s.</source>
        <translation>Sprache der Oberfläche, z. B. de oder en. Standard: $PLUGBOARD_LANG oder die Systemsprache.</translation>
    </message>
    <message>
        <source>Plugin zips to import (a preview opens).</source>
        <translation>Zu importierende Plugin-ZIP-Dateien (eine Vorschau wird geöffnet).</translation>
    </message>
    <message>
        <source>--api-port needs a port from 0 to 65535.</source>
        <translation>--api-port erwartet einen Port von 0 bis 65535.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a .zip file; only plugin zips can be opened.</source>
        <translation>„%1“ ist keine .zip-Datei; es können nur Plugin-ZIP-Dateien geöffnet werden.</translation>
    </message>
    <message>
        <source>--size must look like 1280x800, not &quot;%1&quot;.</source>
        <translation>--size muss die Form 1280x800 haben, nicht „%1“.</translation>
    </message>
    <message>
        <source>--quit needs --screenshot FILE.</source>
        <translation>--quit erfordert --screenshot FILE.</translation>
    </message>
    <message>
        <source>--tab must be actions, settings or activity, not &quot;%1&quot;.</source>
        <translation>--tab muss actions, settings oder activity sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--color-scheme must be light or dark, not &quot;%1&quot;.</source>
        <translation>--color-scheme muss light oder dark sein, nicht „%1“.</translation>
    </message>
</context>
<context>
    <name>HostMessages</name>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>at most %1 characters</source>
        <translation>höchstens %1 Zeichen</translation>
    </message>
    <message>
        <source>a whole number of at least %1</source>
        <translation>eine ganze Zahl von mindestens %1</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a map</source>
        <translation>eine Map</translation>
    </message>
    <message>
        <source>a list of at most %1 items</source>
        <translation>eine Liste mit höchstens %1 Einträgen</translation>
    </message>
    <message>
        <source>The plugin&apos;s process sent a %1 whose &quot;%2&quot; is not %3.</source>
        <translation>Der Prozess des Plugins hat eine Nachricht „%1“ gesendet, deren Feld „%2“ ungültig ist (erwartet: %3).</translation>
    </message>
    <message>
        <source>The plugin&apos;s process sent a job result with an unknown outcome &quot;%1&quot;.</source>
        <translation>Der Prozess des Plugins hat ein Auftragsergebnis mit dem unbekannten Ausgang „%1“ gesendet.</translation>
    </message>
</context>
<context>
    <name>HostProcess</name>
    <message>
        <source>segmentation fault</source>
        <translation>Speicherzugriffsfehler</translation>
    </message>
    <message>
        <source>aborted</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>killed</source>
        <translation>zwangsweise beendet</translation>
    </message>
    <message>
        <source>bus error</source>
        <translation>Busfehler</translation>
    </message>
    <message>
        <source>arithmetic error</source>
        <translation>Rechenfehler</translation>
    </message>
    <message>
        <source>illegal instruction</source>
        <translation>ungültiger Maschinenbefehl</translation>
    </message>
    <message>
        <source>terminated</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>signal %1</source>
        <translation>Signal %1</translation>
    </message>
    <message>
        <source>the plugin&apos;s process could not start: %1</source>
        <translation>der Prozess des Plugins konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>the plugin&apos;s process crashed (%1)</source>
        <translation>der Prozess des Plugins ist abgestürzt (%1)</translation>
    </message>
    <message>
        <source>the plugin&apos;s process ended</source>
        <translation>der Prozess des Plugins hat sich beendet</translation>
    </message>
    <message>
        <source>the plugin&apos;s process exited with code %1</source>
        <translation>der Prozess des Plugins wurde mit Code %1 beendet</translation>
    </message>
    <message>
        <source>Plugboard&apos;s plugin host (plugboard-host) is missing from this installation, so no plugin can run; reinstall Plugboard</source>
        <translation>Der Plugin-Host von Plugboard (plugboard-host) fehlt in dieser Installation, daher kann kein Plugin ausgeführt werden; installieren Sie Plugboard neu</translation>
    </message>
    <message>
        <source>could not make a socket for the plugin&apos;s process: %1</source>
        <translation>für den Prozess des Plugins konnte kein Socket angelegt werden: %1</translation>
    </message>
</context>
<context>
    <name>HostProcessRuntime</name>
    <message>
        <source>The plugin&apos;s process ran out of memory (its limit is %1 MiB) and ended while running &quot;%2&quot;.</source>
        <translation>Dem Prozess des Plugins ist der Speicher ausgegangen (sein Limit beträgt %1 MiB), und er wurde während der Ausführung von „%2“ beendet.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; ran out of memory: the plugin may use at most %2 MiB (its memory limit). Nothing else was affected.</source>
        <translation>Bei „%1“ ist der Speicher ausgegangen: Das Plugin darf höchstens %2 MiB belegen (sein Speicherlimit). Nichts anderes war betroffen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; ran out of memory.</source>
        <translation>Bei „%1“ ist der Speicher ausgegangen.</translation>
    </message>
    <message>
        <source>The plugin &quot;%1&quot; is not loaded.</source>
        <translation>Das Plugin „%1“ ist nicht geladen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; did not stop within %2 s of being asked, so its process was ended.</source>
        <translation>„%1“ hat nicht innerhalb von %2 s nach der Aufforderung angehalten, daher wurde sein Prozess beendet.</translation>
    </message>
    <message>
        <source>the plugin&apos;s process was ended</source>
        <translation>der Prozess des Plugins wurde beendet</translation>
    </message>
    <message>
        <source>the plugin&apos;s process speaks another protocol version</source>
        <translation>der Prozess des Plugins verwendet eine andere Protokollversion</translation>
    </message>
    <message>
        <source>the plugin&apos;s process did not answer within %1 s</source>
        <translation>der Prozess des Plugins hat nicht innerhalb von %1 s geantwortet</translation>
    </message>
    <message>
        <source>%1 while running &quot;%2&quot;.</source>
        <translation>%1, während „%2“ ausgeführt wurde.</translation>
    </message>
    <message>
        <source>%1 before &quot;%2&quot; started.</source>
        <translation>%1, bevor „%2“ gestartet wurde.</translation>
    </message>
    <message>
        <source>the plugin was stopped before its code finished loading.</source>
        <translation>das Plugin wurde angehalten, bevor sein Code fertig geladen war.</translation>
    </message>
</context>
<context>
    <name>HostProtocol</name>
    <message>
        <source>the plugin&apos;s process sent a frame of %1 bytes, over the limit of %2</source>
        <translation>der Prozess des Plugins hat einen Frame mit %1 Byte gesendet, über dem Limit von %2</translation>
    </message>
    <message>
        <source>the plugin&apos;s process sent an empty frame</source>
        <translation>der Prozess des Plugins hat einen leeren Frame gesendet</translation>
    </message>
    <message>
        <source>the plugin&apos;s process sent a frame that is not valid CBOR (%1)</source>
        <translation>der Prozess des Plugins hat einen Frame gesendet, der kein gültiges CBOR ist (%1)</translation>
    </message>
    <message>
        <source>the plugin&apos;s process sent %1 bytes after the message in a frame</source>
        <translation>der Prozess des Plugins hat %1 Byte nach der Nachricht in einem Frame gesendet</translation>
    </message>
    <message>
        <source>the plugin&apos;s process sent a frame that is not a message (a CBOR map)</source>
        <translation>der Prozess des Plugins hat einen Frame gesendet, der keine Nachricht (eine CBOR-Map) ist</translation>
    </message>
    <message>
        <source>the plugin&apos;s process sent a message with a bad member %1</source>
        <translation>der Prozess des Plugins hat eine Nachricht mit einem ungültigen Element %1 gesendet</translation>
    </message>
    <message>
        <source>the plugin&apos;s process sent a message without a valid type</source>
        <translation>der Prozess des Plugins hat eine Nachricht ohne gültigen Typ gesendet</translation>
    </message>
</context>
<context>
    <name>HostZygote</name>
    <message>
        <source>the plugin host zygote crashed (signal %1)</source>
        <translation>der Zygote-Prozess des Plugin-Hosts ist abgestürzt (Signal %1)</translation>
    </message>
    <message>
        <source>the plugin host zygote exited with code %1</source>
        <translation>der Zygote-Prozess des Plugin-Hosts wurde mit Code %1 beendet</translation>
    </message>
    <message>
        <source>the plugin host zygote could not start: %1</source>
        <translation>der Zygote-Prozess des Plugin-Hosts konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>the plugin host zygote did not get ready within %1 s</source>
        <translation>der Zygote-Prozess des Plugin-Hosts war nicht innerhalb von %1 s bereit</translation>
    </message>
</context>
<context>
    <name>HttpServer</name>
    <message>
        <source>Could not listen on 127.0.0.1 port %1: %2. Is another Plugboard serving there? Choose another port.</source>
        <translation>Auf 127.0.0.1, Port %1, kann nicht gelauscht werden: %2. Läuft dort bereits ein anderes Plugboard? Wählen Sie einen anderen Port.</translation>
    </message>
</context>
<context>
    <name>ImportScan</name>
    <message>
        <source>It lists and keeps its settings here, but its actions need Dispatcharr&apos;s server (it imports %1).</source>
        <translation>Seine Einstellungen werden hier angezeigt und gespeichert, aber seine Aktionen benötigen den Server von Dispatcharr (es importiert %1).</translation>
    </message>
    <message>
        <source>%1 (Debian package %2)</source>
        <translation>%1 (Debian-Paket %2)</translation>
    </message>
    <message>
        <source>It needs the Python module %1, which Plugboard&apos;s Python does not have.</source>
        <translation>Es benötigt das Python-Modul %1, das im Python von Plugboard fehlt.</translation>
    </message>
    <message>
        <source>It needs the Python modules %1, which Plugboard&apos;s Python does not have.</source>
        <translation>Es benötigt die Python-Module %1, die im Python von Plugboard fehlen.</translation>
    </message>
</context>
<context>
    <name>InstanceRecord</name>
    <message>
        <source>Another Plugboard (process %1) already runs the plugins of &quot;%2&quot;. Quit it first, or give this one another --data-dir.</source>
        <translation>Ein anderes Plugboard (Prozess %1) führt bereits die Plugins von „%2“ aus. Beenden Sie es zuerst oder geben Sie diesem ein anderes --data-dir.</translation>
    </message>
    <message>
        <source>The instance record was not claimed.</source>
        <translation>Der Instanzeintrag wurde nicht reserviert.</translation>
    </message>
    <message>
        <source>Could not write &quot;%1&quot;: %2</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>&quot;%1&quot; is not a language name; Plugboard speaks English. Languages: %2.</source>
        <translation>„%1“ ist kein Sprachname; Plugboard verwendet Englisch. Sprachen: %2.</translation>
    </message>
    <message>
        <source>Plugboard has no %1 translation yet; it speaks English. Languages: %2.</source>
        <translation>Für %1 gibt es noch keine Übersetzung von Plugboard; es verwendet Englisch. Sprachen: %2.</translation>
    </message>
</context>
<context>
    <name>LoadFailureStore</name>
    <message>
        <source>reading the plugins&apos; load failures</source>
        <translation>Lesen der Ladefehler der Plugins</translation>
    </message>
    <message>
        <source>saving the plugin&apos;s load failure</source>
        <translation>Speichern des Ladefehlers des Plugins</translation>
    </message>
    <message>
        <source>clearing the plugin&apos;s load failure</source>
        <translation>Löschen des Ladefehlers des Plugins</translation>
    </message>
</context>
<context>
    <name>Logo</name>
    <message>
        <source>logo.png is not a regular file; it is not shown.</source>
        <translation>logo.png ist keine reguläre Datei; es wird nicht angezeigt.</translation>
    </message>
    <message>
        <source>logo.png is %1 KiB, more than the %2 KiB limit; it is not shown.</source>
        <translation>logo.png ist %1 KiB groß, mehr als das Limit von %2 KiB; es wird nicht angezeigt.</translation>
    </message>
    <message>
        <source>logo.png is not a PNG, JPEG, GIF, WebP or BMP image; it is not shown.</source>
        <translation>logo.png ist kein PNG-, JPEG-, GIF-, WebP- oder BMP-Bild; es wird nicht angezeigt.</translation>
    </message>
</context>
<context>
    <name>Manifest</name>
    <message>
        <source>: &quot;confirm&quot; must be true, false or an object, not %1; it was ignored.</source>
        <translation>: „confirm“ muss true, false oder ein Objekt sein, nicht %1; der Wert wurde ignoriert.</translation>
    </message>
    <message>
        <source>: &quot;confirm.required&quot; must be true or false, not %1; confirmation stays required.</source>
        <translation>: „confirm.required“ muss true oder false sein, nicht %1; die Bestätigung bleibt erforderlich.</translation>
    </message>
    <message>
        <source>: &quot;events&quot; is empty text; it was ignored.</source>
        <translation>: „events“ ist leerer Text; der Wert wurde ignoriert.</translation>
    </message>
    <message>
        <source>: &quot;events&quot; must be a list of event names, not %1; it was ignored.</source>
        <translation>: „events“ muss eine Liste von Ereignisnamen sein, nicht %1; der Wert wurde ignoriert.</translation>
    </message>
    <message>
        <source>: events[%1] was dropped: an event name must be non-empty text, not %2.</source>
        <translation>: events[%1] wurde verworfen: Ein Ereignisname muss ein nicht leerer Text sein, nicht %2.</translation>
    </message>
    <message>
        <source> was skipped: it has no &quot;label&quot;.</source>
        <translation> wurde übersprungen: „label“ fehlt.</translation>
    </message>
    <message>
        <source> was skipped: its &quot;label&quot; must be text, not %1.</source>
        <translation> wurde übersprungen: „label“ muss Text sein, nicht %1.</translation>
    </message>
    <message>
        <source> was skipped: its &quot;label&quot; is empty.</source>
        <translation> wurde übersprungen: „label“ ist leer.</translation>
    </message>
    <message>
        <source>: &quot;button_variant&quot; %1 is not one of %2; &quot;filled&quot; is used.</source>
        <translation>: „button_variant“ %1 ist nicht zulässig (erlaubt: %2); „filled“ wird verwendet.</translation>
    </message>
    <message>
        <source>: &quot;button_color&quot; %1 is not a Mantine colour name (%2); the default colour is used.</source>
        <translation>: „button_color“ %1 ist kein Mantine-Farbname (%2); die Standardfarbe wird verwendet.</translation>
    </message>
    <message>
        <source>: %1 was skipped: an option must be text, a number or an object with a &quot;value&quot;, not %2.</source>
        <translation>: %1 wurde übersprungen: Eine Option muss Text, eine Zahl oder ein Objekt mit „value“ sein, nicht %2.</translation>
    </message>
    <message>
        <source>: %1 was skipped: it has no &quot;value&quot;.</source>
        <translation>: %1 wurde übersprungen: „value“ fehlt.</translation>
    </message>
    <message>
        <source>: %1 was skipped: its &quot;value&quot; must be text or a number, not %2.</source>
        <translation>: %1 wurde übersprungen: „value“ muss Text oder eine Zahl sein, nicht %2.</translation>
    </message>
    <message>
        <source>: the label of %1 must be text, not %2; the value is shown instead.</source>
        <translation>: Die Beschriftung von %1 muss Text sein, nicht %2; stattdessen wird der Wert angezeigt.</translation>
    </message>
    <message>
        <source>: &quot;options&quot; must be a list, not %1; it was ignored.</source>
        <translation>: „options“ muss eine Liste sein, nicht %1; der Wert wurde ignoriert.</translation>
    </message>
    <message>
        <source>: %1 was skipped: an earlier option already has the value %2.</source>
        <translation>: %1 wurde übersprungen: Eine frühere Option hat bereits den Wert %2.</translation>
    </message>
    <message>
        <source>: &quot;%1&quot; must be a number, not %2; it was ignored.</source>
        <translation>: „%1“ muss eine Zahl sein, nicht %2; der Wert wurde ignoriert.</translation>
    </message>
    <message>
        <source>: &quot;step&quot; must be greater than 0, not %1; it was ignored.</source>
        <translation>: „step“ muss größer als 0 sein, nicht %1; der Wert wurde ignoriert.</translation>
    </message>
    <message>
        <source>: &quot;min&quot; (%1) is greater than &quot;max&quot; (%2); both were ignored.</source>
        <translation>: „min“ (%1) ist größer als „max“ (%2); beide Werte wurden ignoriert.</translation>
    </message>
    <message>
        <source>; the field has no default.</source>
        <translation>; das Feld hat keinen Standardwert.</translation>
    </message>
    <message>
        <source>: the default must be true or false, not %1</source>
        <translation>: Der Standardwert muss true oder false sein, nicht %1</translation>
    </message>
    <message>
        <source>: the default must be a number, not %1</source>
        <translation>: Der Standardwert muss eine Zahl sein, nicht %1</translation>
    </message>
    <message>
        <source>: the default %1 is outside min/max; it was kept.</source>
        <translation>: Der Standardwert %1 liegt außerhalb von min/max; er wurde beibehalten.</translation>
    </message>
    <message>
        <source>: the default must be text, not %1</source>
        <translation>: Der Standardwert muss Text sein, nicht %1</translation>
    </message>
    <message>
        <source>: the default must be one of the option values, not %1</source>
        <translation>: Der Standardwert muss einer der Optionswerte sein, nicht %1</translation>
    </message>
    <message>
        <source>: the default %1 is not one of the options; it was kept.</source>
        <translation>: Der Standardwert %1 ist keine der Optionen; er wurde beibehalten.</translation>
    </message>
    <message>
        <source> was skipped: it has no &quot;type&quot; (one of %1).</source>
        <translation> wurde übersprungen: „type“ fehlt (erlaubt: %1).</translation>
    </message>
    <message>
        <source> was skipped: its &quot;type&quot; must be one of %1, not %2.</source>
        <translation> wurde übersprungen: „type“ muss einer der Werte %1 sein, nicht %2.</translation>
    </message>
    <message>
        <source> was skipped: type %1 is not one of %2.</source>
        <translation> wurde übersprungen: Der Typ %1 ist nicht zulässig (erlaubt: %2).</translation>
    </message>
    <message>
        <source>: &quot;label&quot; must be text, not %1; the id is shown instead.</source>
        <translation>: „label“ muss Text sein, nicht %1; stattdessen wird die ID angezeigt.</translation>
    </message>
    <message>
        <source>; the plugin is listed as legacy.</source>
        <translation>; das Plugin wird als Plugin im alten Format aufgeführt.</translation>
    </message>
    <message>
        <source>%1 is %2 bytes, more than the %3 bytes Plugboard reads</source>
        <translation>%1 ist %2 Byte groß, mehr als die %3 Byte, die Plugboard liest</translation>
    </message>
    <message>
        <source>%1 must hold a JSON object at the top level, not %2</source>
        <translation>%1 muss auf oberster Ebene ein JSON-Objekt enthalten, nicht %2</translation>
    </message>
    <message>
        <source>an object is not closed, or a comma is missing</source>
        <translation>ein Objekt ist nicht geschlossen oder es fehlt ein Komma</translation>
    </message>
    <message>
        <source>a colon is missing after a key</source>
        <translation>nach einem Schlüssel fehlt ein Doppelpunkt</translation>
    </message>
    <message>
        <source>a list is not closed, or a comma is missing</source>
        <translation>eine Liste ist nicht geschlossen oder es fehlt ein Komma</translation>
    </message>
    <message>
        <source>a comma is missing</source>
        <translation>es fehlt ein Komma</translation>
    </message>
    <message>
        <source>a value is not valid JSON</source>
        <translation>ein Wert ist kein gültiges JSON</translation>
    </message>
    <message>
        <source>the text ends in the middle of a value</source>
        <translation>der Text endet mitten in einem Wert</translation>
    </message>
    <message>
        <source>a number is not valid</source>
        <translation>eine Zahl ist ungültig</translation>
    </message>
    <message>
        <source>a string has an invalid escape sequence</source>
        <translation>eine Zeichenkette enthält eine ungültige Escape-Sequenz</translation>
    </message>
    <message>
        <source>a string is not valid UTF-8</source>
        <translation>eine Zeichenkette ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>a string is not closed</source>
        <translation>eine Zeichenkette ist nicht geschlossen</translation>
    </message>
    <message>
        <source>a value is missing after a comma</source>
        <translation>nach einem Komma fehlt ein Wert</translation>
    </message>
    <message>
        <source>it is nested too deeply</source>
        <translation>es ist zu tief verschachtelt</translation>
    </message>
    <message>
        <source>it is too large</source>
        <translation>es ist zu groß</translation>
    </message>
    <message>
        <source>there is more text after the end of the document</source>
        <translation>nach dem Ende des Dokuments folgt weiterer Text</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
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
        <source>%1 is not valid JSON (%2) at line %3, column %4</source>
        <translation>%1 ist kein gültiges JSON (%2) in Zeile %3, Spalte %4</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be text, not %2; it was ignored.</source>
        <translation>„%1“ muss Text sein, nicht %2; der Wert wurde ignoriert.</translation>
    </message>
    <message>
        <source>&quot;help_url&quot; %1 is not an http or https address; no Docs link is shown.</source>
        <translation>„help_url“ %1 ist keine http- oder https-Adresse; es wird kein Doku-Link angezeigt.</translation>
    </message>
    <message>
        <source>%1 could not be read (%2)</source>
        <translation>%1 konnte nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source> is empty</source>
        <translation> ist leer</translation>
    </message>
    <message>
        <source>No %1: the plugin is listed as legacy; add a %1 so Plugboard can show its name, settings and actions without running its code.</source>
        <translation>Keine %1: Das Plugin wird als Plugin im alten Format aufgeführt. Fügen Sie eine %1 hinzu, damit Plugboard Namen, Einstellungen und Aktionen des Plugins anzeigen kann, ohne seinen Code auszuführen.</translation>
    </message>
    <message>
        <source> is not a regular file</source>
        <translation> ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>%1 more problems in this list are not shown.</source>
        <translation>%1 weitere Probleme in dieser Liste werden nicht angezeigt.</translation>
    </message>
    <message>
        <source>The entry </source>
        <translation>Der Eintrag </translation>
    </message>
    <message>
        <source> was skipped: it must be an object, not %1.</source>
        <translation> wurde übersprungen: Er muss ein Objekt sein, nicht %1.</translation>
    </message>
    <message>
        <source> was skipped: it has no &quot;id&quot;.</source>
        <translation> wurde übersprungen: „id“ fehlt.</translation>
    </message>
    <message>
        <source> was skipped: its &quot;id&quot; is empty.</source>
        <translation> wurde übersprungen: „id“ ist leer.</translation>
    </message>
    <message>
        <source> was skipped: its &quot;id&quot; must be text or a number, not </source>
        <translation> wurde übersprungen: „id“ muss Text oder eine Zahl sein, nicht </translation>
    </message>
    <message>
        <source>: &quot;%1&quot; must be text, not %2; it was ignored.</source>
        <translation>: „%1“ muss Text sein, nicht %2; der Wert wurde ignoriert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of objects, not %2; it was ignored.</source>
        <translation>„%1“ muss eine Liste von Objekten sein, nicht %2; der Wert wurde ignoriert.</translation>
    </message>
    <message>
        <source> was skipped: an earlier %1 already uses this id.</source>
        <translation> wurde übersprungen: Die ID wird bereits von einem früheren Eintrag (%1) verwendet.</translation>
    </message>
    <message>
        <source>field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Run</source>
        <comment>the default label of an action&apos;s button</comment>
        <translation>Ausführen</translation>
    </message>
</context>
<context>
    <name>ModuleAvailability</name>
    <message>
        <source>Could not ask %1 which Python modules it has: %2.</source>
        <translation>Die verfügbaren Python-Module konnten nicht bei %1 abgefragt werden: %2.</translation>
    </message>
</context>
<context>
    <name>Multipart</name>
    <message>
        <source>Part %1 of the upload has a malformed header line.</source>
        <translation>Teil %1 des Uploads hat eine fehlerhafte Kopfzeile.</translation>
    </message>
    <message>
        <source>Part %1 of the upload has two Content-Disposition headers.</source>
        <translation>Teil %1 des Uploads hat zwei Content-Disposition-Header.</translation>
    </message>
    <message>
        <source>Part %1 of the upload is not form-data.</source>
        <translation>Teil %1 des Uploads ist nicht form-data.</translation>
    </message>
    <message>
        <source>Part %1 of the upload has a malformed Content-Disposition.</source>
        <translation>Teil %1 des Uploads hat einen fehlerhaften Content-Disposition-Header.</translation>
    </message>
    <message>
        <source>Part %1 of the upload has no field name.</source>
        <translation>Teil %1 des Uploads hat keinen Feldnamen.</translation>
    </message>
    <message>
        <source>Part %1 of the upload has no Content-Disposition header.</source>
        <translation>Teil %1 des Uploads hat keinen Content-Disposition-Header.</translation>
    </message>
    <message>
        <source>The upload must be sent as multipart/form-data.</source>
        <translation>Der Upload muss als multipart/form-data gesendet werden.</translation>
    </message>
    <message>
        <source>The multipart/form-data Content-Type has no valid boundary.</source>
        <translation>Der Content-Type multipart/form-data hat keine gültige Boundary.</translation>
    </message>
    <message>
        <source>The upload does not start with its multipart boundary.</source>
        <translation>Der Upload beginnt nicht mit seiner Multipart-Boundary.</translation>
    </message>
    <message>
        <source>The upload&apos;s multipart boundary is followed by garbage.</source>
        <translation>Auf die Multipart-Boundary des Uploads folgen ungültige Daten.</translation>
    </message>
    <message>
        <source>The upload has more than %1 parts.</source>
        <translation>Der Upload hat mehr als %1 Teile.</translation>
    </message>
    <message>
        <source>The upload ends inside the headers of part %1.</source>
        <translation>Der Upload endet innerhalb der Header von Teil %1.</translation>
    </message>
    <message>
        <source>Part %1 of the upload has headers over %2 bytes.</source>
        <translation>Teil %1 des Uploads hat Header mit mehr als %2 Byte.</translation>
    </message>
    <message>
        <source>The upload ends before part %1 is complete (no closing boundary): it was cut off.</source>
        <translation>Der Upload endet, bevor Teil %1 vollständig ist (keine abschließende Boundary): Er wurde abgeschnitten.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false, not &quot;%2&quot;.</source>
        <translation>„%1“ muss true oder false sein, nicht „%2“.</translation>
    </message>
</context>
<context>
    <name>PluginEnvironment</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>; missing %1</source>
        <translation>; es fehlt %1</translation>
    </message>
</context>
<context>
    <name>PluginHost</name>
    <message>
        <source>The plugin called sys.exit(%1) while loading; Plugboard ignored it and kept running.</source>
        <translation>Das Plugin hat beim Laden sys.exit(%1) aufgerufen; Plugboard hat dies ignoriert und läuft weiter.</translation>
    </message>
    <message>
        <source>The plugin called sys.exit(%1) while creating the Plugin instance; Plugboard ignored it and kept running.</source>
        <translation>Das Plugin hat beim Erzeugen der Plugin-Instanz sys.exit(%1) aufgerufen; Plugboard hat dies ignoriert und läuft weiter.</translation>
    </message>
    <message>
        <source>The plugin called sys.exit(%1) in run; Plugboard ignored it and kept running.</source>
        <comment>run is the plugin&apos;s run() method</comment>
        <translation>Das Plugin hat in run() sys.exit(%1) aufgerufen; Plugboard hat dies ignoriert und läuft weiter.</translation>
    </message>
    <message>
        <source>The plugin called sys.exit(%1) in a background job; Plugboard ignored it and kept running.</source>
        <translation>Das Plugin hat in einem Hintergrundauftrag sys.exit(%1) aufgerufen; Plugboard hat dies ignoriert und läuft weiter.</translation>
    </message>
    <message>
        <source>The plugin called sys.exit(%1) in stop; Plugboard ignored it and kept running.</source>
        <comment>stop is the plugin&apos;s stop() method</comment>
        <translation>Das Plugin hat in stop() sys.exit(%1) aufgerufen; Plugboard hat dies ignoriert und läuft weiter.</translation>
    </message>
    <message>
        <source>The plugin raised KeyboardInterrupt while loading.</source>
        <translation>Das Plugin hat beim Laden KeyboardInterrupt ausgelöst.</translation>
    </message>
    <message>
        <source>The plugin raised KeyboardInterrupt while creating the Plugin instance.</source>
        <translation>Das Plugin hat beim Erzeugen der Plugin-Instanz KeyboardInterrupt ausgelöst.</translation>
    </message>
    <message>
        <source>The plugin raised KeyboardInterrupt in run.</source>
        <comment>run is the plugin&apos;s run() method</comment>
        <translation>Das Plugin hat in run() KeyboardInterrupt ausgelöst.</translation>
    </message>
    <message>
        <source>The plugin raised KeyboardInterrupt in a background job.</source>
        <translation>Das Plugin hat in einem Hintergrundauftrag KeyboardInterrupt ausgelöst.</translation>
    </message>
    <message>
        <source>The plugin raised KeyboardInterrupt in stop.</source>
        <comment>stop is the plugin&apos;s stop() method</comment>
        <translation>Das Plugin hat in stop() KeyboardInterrupt ausgelöst.</translation>
    </message>
    <message>
        <source>The plugin recursed too deeply while loading (%1).</source>
        <translation>Das Plugin hat beim Laden die maximale Rekursionstiefe überschritten (%1).</translation>
    </message>
    <message>
        <source>The plugin recursed too deeply while creating the Plugin instance (%1).</source>
        <translation>Das Plugin hat beim Erzeugen der Plugin-Instanz die maximale Rekursionstiefe überschritten (%1).</translation>
    </message>
    <message>
        <source>The plugin recursed too deeply in run (%1).</source>
        <comment>run is the plugin&apos;s run() method</comment>
        <translation>Das Plugin hat in run() die maximale Rekursionstiefe überschritten (%1).</translation>
    </message>
    <message>
        <source>The plugin recursed too deeply in a background job (%1).</source>
        <translation>Das Plugin hat in einem Hintergrundauftrag die maximale Rekursionstiefe überschritten (%1).</translation>
    </message>
    <message>
        <source>The plugin recursed too deeply in stop (%1).</source>
        <comment>stop is the plugin&apos;s stop() method</comment>
        <translation>Das Plugin hat in stop() die maximale Rekursionstiefe überschritten (%1).</translation>
    </message>
    <message>
        <source>The plugin raised an error while loading: %1</source>
        <translation>Das Plugin hat beim Laden einen Fehler ausgelöst: %1</translation>
    </message>
    <message>
        <source>The plugin raised an error while creating the Plugin instance: %1</source>
        <translation>Das Plugin hat beim Erzeugen der Plugin-Instanz einen Fehler ausgelöst: %1</translation>
    </message>
    <message>
        <source>The plugin raised an error in run: %1</source>
        <comment>run is the plugin&apos;s run() method</comment>
        <translation>Das Plugin hat in run() einen Fehler ausgelöst: %1</translation>
    </message>
    <message>
        <source>The plugin raised an error in a background job: %1</source>
        <translation>Das Plugin hat in einem Hintergrundauftrag einen Fehler ausgelöst: %1</translation>
    </message>
    <message>
        <source>The plugin raised an error in stop: %1</source>
        <comment>stop is the plugin&apos;s stop() method</comment>
        <translation>Das Plugin hat in stop() einen Fehler ausgelöst: %1</translation>
    </message>
    <message>
        <source>This plugin needs Dispatcharr&apos;s server modules (it imports &apos;%1&apos;), which a desktop host does not have.</source>
        <translation>Dieses Plugin benötigt die Servermodule von Dispatcharr (es importiert &apos;%1&apos;), die ein Desktop-Host nicht hat.</translation>
    </message>
    <message>
        <source>This plugin needs the Python module &apos;%1&apos;, which is not installed. Install the Debian package %2 (sudo apt install %2), then restart the plugin.</source>
        <translation>Dieses Plugin benötigt das Python-Modul &apos;%1&apos;, das nicht installiert ist. Installieren Sie das Debian-Paket %2 (sudo apt install %2) und starten Sie dann das Plugin neu.</translation>
    </message>
    <message>
        <source>This plugin needs the Python module &apos;%1&apos;, which Plugboard&apos;s Python does not have.</source>
        <translation>Dieses Plugin benötigt das Python-Modul &apos;%1&apos;, das im Python von Plugboard fehlt.</translation>
    </message>
    <message>
        <source>The plugin&apos;s code has a syntax error in %1 at line %2: %3.</source>
        <comment>%1 is a file name, %3 Python&apos;s own description of the error</comment>
        <translation>Der Code des Plugins hat in %1, Zeile %2, einen Syntaxfehler: %3.</translation>
    </message>
    <message>
        <source>Python cannot import %1.</source>
        <translation>Python kann %1 nicht importieren.</translation>
    </message>
    <message>
        <source>%1 does not define a Plugin class.</source>
        <translation>%1 definiert keine Klasse Plugin.</translation>
    </message>
    <message>
        <source>Plugin in %1 is not a class.</source>
        <translation>Plugin in %1 ist keine Klasse.</translation>
    </message>
    <message>
        <source>The Plugin class has no run(action, params, context) method.</source>
        <translation>Die Klasse Plugin hat keine Methode run(action, params, context).</translation>
    </message>
    <message>
        <source>The plugin raised %1.</source>
        <comment>%1 is the type of a Python exception, like ValueError</comment>
        <translation>Das Plugin hat %1 ausgelöst.</translation>
    </message>
    <message>
        <source>The plugin&apos;s data folder %1 could not be created.</source>
        <translation>Der Datenordner %1 des Plugins konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Plugboard could not prepare the plugin&apos;s logger: %1</source>
        <translation>Plugboard konnte den Logger des Plugins nicht vorbereiten: %1</translation>
    </message>
    <message>
        <source>Loading the plugin was cancelled.</source>
        <translation>Das Laden des Plugins wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Plugin.%1 must be text, not %2; it was ignored.</source>
        <comment>%1 is an attribute name, %2 a Python type</comment>
        <translation>Plugin.%1 muss Text sein, nicht %2; der Wert wurde ignoriert.</translation>
    </message>
    <message>
        <source>Reading the Plugin class attributes failed: %1</source>
        <translation>Die Attribute der Klasse Plugin konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The job was cancelled while its result was converted.</source>
        <translation>Der Auftrag wurde abgebrochen, während sein Ergebnis umgewandelt wurde.</translation>
    </message>
    <message>
        <source>The plugin reported an error.</source>
        <translation>Das Plugin hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>The job ran out of time and stopped.</source>
        <translation>Der Auftrag hat das Zeitlimit überschritten und sich beendet.</translation>
    </message>
    <message>
        <source>The job was cancelled and stopped.</source>
        <translation>Der Auftrag wurde abgebrochen und hat sich beendet.</translation>
    </message>
    <message>
        <source>The job ran out of time and was stopped.</source>
        <translation>Der Auftrag hat das Zeitlimit überschritten und wurde gestoppt.</translation>
    </message>
    <message>
        <source>The job was cancelled.</source>
        <translation>Der Auftrag wurde abgebrochen.</translation>
    </message>
    <message>
        <source>[Plugboard] Called %1 (reason: %2).</source>
        <comment>a line of the plugin&apos;s log; %1 is like stop(context), %2 an identifier like reload</comment>
        <translation>[Plugboard] %1 aufgerufen (Grund: %2).</translation>
    </message>
    <message>
        <source>[Plugboard] stop failed (reason: %1): %2</source>
        <comment>a line of the plugin&apos;s log; stop is the plugin&apos;s stop() method, %1 an identifier like reload</comment>
        <translation>[Plugboard] stop() ist fehlgeschlagen (Grund: %1): %2</translation>
    </message>
    <message>
        <source>[Plugboard] stop took too long and was interrupted (reason: %1).</source>
        <comment>a line of the plugin&apos;s log; stop is the plugin&apos;s stop() method, %1 an identifier like reload</comment>
        <translation>[Plugboard] stop() hat zu lange gedauert und wurde unterbrochen (Grund: %1).</translation>
    </message>
</context>
<context>
    <name>PluginImporter</name>
    <message>
        <source>without a version</source>
        <translation>ohne Version</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was installed.</source>
        <translation>Der Import wurde abgebrochen; es wurde nichts installiert.</translation>
    </message>
    <message>
        <source>Checking the zip…</source>
        <translation>ZIP-Datei wird geprüft…</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already installed (%2). Installing %3 over it needs your consent: choose Replace.</source>
        <translation>„%1“ ist bereits installiert (%2). Um %3 darüber zu installieren, ist Ihre Zustimmung nötig: Wählen Sie „Ersetzen“.</translation>
    </message>
    <message>
        <source>Extracting…</source>
        <translation>Wird entpackt…</translation>
    </message>
    <message>
        <source>Installing…</source>
        <translation>Wird installiert…</translation>
    </message>
    <message>
        <source>The plugin was installed but discovery did not find it.</source>
        <translation>Das Plugin wurde installiert, aber die Plugin-Erkennung hat es nicht gefunden.</translation>
    </message>
</context>
<context>
    <name>PluginKey</name>
    <message>
        <source>The folder name &quot;%1&quot; gives an empty plugin key; rename the folder.</source>
        <translation>Der Ordnername „%1“ ergibt einen leeren Plugin-Schlüssel; benennen Sie den Ordner um.</translation>
    </message>
    <message>
        <source>The folder name is longer than %1 characters; rename the folder to a shorter name.</source>
        <translation>Der Ordnername ist länger als %1 Zeichen; geben Sie dem Ordner einen kürzeren Namen.</translation>
    </message>
    <message>
        <source>No plugin with key &quot;%1&quot;.</source>
        <translation>Kein Plugin mit dem Schlüssel „%1“.</translation>
    </message>
</context>
<context>
    <name>PluginLimitStore</name>
    <message>
        <source>reading the plugin&apos;s memory limit</source>
        <translation>Lesen des Speicherlimits des Plugins</translation>
    </message>
    <message>
        <source>A plugin&apos;s memory limit must be between %1 and %2 MiB (or 0 for the default, %3 MiB); %4 is not.</source>
        <translation>Das Speicherlimit eines Plugins muss zwischen %1 und %2 MiB liegen (oder 0 für den Standardwert, %3 MiB); %4 liegt nicht in diesem Bereich.</translation>
    </message>
    <message>
        <source>saving the plugin&apos;s memory limit</source>
        <translation>Speichern des Speicherlimits des Plugins</translation>
    </message>
</context>
<context>
    <name>PluginLogStore</name>
    <message>
        <source>recording plugin log lines</source>
        <translation>Aufzeichnen von Protokollzeilen der Plugins</translation>
    </message>
    <message>
        <source>reading the log of %1</source>
        <translation>Lesen des Protokolls von %1</translation>
    </message>
</context>
<context>
    <name>PluginManager</name>
    <message>
        <source>&quot;%1&quot; crashed repeatedly and is stopped; restart it (Restart on its card, or plugboardctl restart %2) to run it again.</source>
        <translation>„%1“ ist wiederholt abgestürzt und wurde angehalten; starten Sie es neu („Neu starten“ auf seiner Karte oder plugboardctl restart %2), um es wieder auszuführen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is disabled; enable it first.</source>
        <translation>„%1“ ist deaktiviert; aktivieren Sie es zuerst.</translation>
    </message>
    <message>
        <source>Plugin crashed</source>
        <translation>Plugin abgestürzt</translation>
    </message>
    <message>
        <source>It crashed repeatedly and is stopped until you restart it.</source>
        <translation>Es ist wiederholt abgestürzt und bleibt angehalten, bis Sie es neu starten.</translation>
    </message>
    <message>
        <source>%1. Plugboard started it again.</source>
        <translation>%1. Plugboard hat das Plugin neu gestartet.</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be loaded: %2</source>
        <translation>„%1“ konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is still loading; try again in a moment.</source>
        <translation>„%1“ wird noch geladen; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not loaded.</source>
        <translation>„%1“ ist nicht geladen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is disabled; enable it before running its actions.</source>
        <translation>„%1“ ist deaktiviert; aktivieren Sie das Plugin, bevor Sie seine Aktionen ausführen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; declares no actions, so it has no action &quot;%2&quot;.</source>
        <translation>„%1“ deklariert keine Aktionen und hat daher keine Aktion „%2“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no action &quot;%2&quot;; its actions are: %3.</source>
        <translation>„%1“ hat keine Aktion „%2“; seine Aktionen sind: %3.</translation>
    </message>
    <message>
        <source>The folder of &quot;%1&quot; is missing, so its settings fields are unknown; put the folder back to change them.</source>
        <translation>Der Ordner von „%1“ fehlt, daher sind seine Einstellungsfelder unbekannt; stellen Sie den Ordner wieder her, um sie zu ändern.</translation>
    </message>
    <message>
        <source>Enabling &quot;%1&quot; needs your trust first: a plugin runs any code it likes with your user&apos;s rights. Enable only plugins from authors you trust.</source>
        <translation>Bevor „%1“ aktiviert werden kann, müssen Sie ihm vertrauen: Ein Plugin führt beliebigen Code mit Ihren Benutzerrechten aus. Aktivieren Sie nur Plugins von Autoren, denen Sie vertrauen.</translation>
    </message>
</context>
<context>
    <name>PluginPaths</name>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>Der Datenordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot create the plugins folder %1.</source>
        <translation>Der Plugin-Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The plugins folder %1 does not exist.</source>
        <translation>Der Plugin-Ordner %1 existiert nicht.</translation>
    </message>
</context>
<context>
    <name>PluginRepositories</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Icons are fetched once online access is allowed.</source>
        <translation>Symbole werden abgerufen, sobald der Online-Zugriff erlaubt ist.</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verifiziert</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <source>unsigned</source>
        <translation>unsigniert</translation>
    </message>
</context>
<context>
    <name>PluginRunner</name>
    <message>
        <source>%1. Its last output:
%2</source>
        <translation>%1. Letzte Ausgabe:
%2</translation>
    </message>
    <message>
        <source>Crashed %1 times within a minute, so Plugboard stopped it; restart it to try again. The last time: %2.</source>
        <translation>Innerhalb einer Minute %1-mal abgestürzt, daher hat Plugboard das Plugin gestoppt; starten Sie es neu, um es noch einmal zu versuchen. Zuletzt: %2.</translation>
    </message>
    <message>
        <source>The plugin was stopped before its code finished loading.</source>
        <translation>Das Plugin wurde gestoppt, bevor sein Code fertig geladen war.</translation>
    </message>
</context>
<context>
    <name>PluginSettings</name>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>%1 must be true or false (got %2).</source>
        <translation>%1 muss true oder false sein (erhalten: %2).</translation>
    </message>
    <message>
        <source>%1 must be a finite number (got %2).</source>
        <translation>%1 muss eine endliche Zahl sein (erhalten: %2).</translation>
    </message>
    <message>
        <source>%1 must be a number (got %2).</source>
        <translation>%1 muss eine Zahl sein (erhalten: %2).</translation>
    </message>
    <message>
        <source>%1 must be at least %2 (got %3).</source>
        <translation>%1 muss mindestens %2 sein (erhalten: %3).</translation>
    </message>
    <message>
        <source>%1 must be at most %2 (got %3).</source>
        <translation>%1 darf höchstens %2 sein (erhalten: %3).</translation>
    </message>
    <message>
        <source>%1 must be a multiple of %2 from %3.</source>
        <translation>%1 muss ein Vielfaches von %2 sein, gezählt ab %3.</translation>
    </message>
    <message>
        <source>%1 must be text or a number (got %2).</source>
        <translation>%1 muss Text oder eine Zahl sein (erhalten: %2).</translation>
    </message>
    <message>
        <source>%1 must be one of: %2.</source>
        <translation>%1 muss einer der folgenden Werte sein: %2.</translation>
    </message>
    <message>
        <source>%1 must be text (got %2).</source>
        <translation>%1 muss Text sein (erhalten: %2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a setting of this plugin.</source>
        <translation>„%1“ ist keine Einstellung dieses Plugins.</translation>
    </message>
    <message>
        <source>1 setting was not saved: </source>
        <translation>1 Einstellung wurde nicht gespeichert: </translation>
    </message>
    <message>
        <source>%1 settings were not saved: </source>
        <translation>%1 Einstellungen wurden nicht gespeichert: </translation>
    </message>
</context>
<context>
    <name>PluginStatus</name>
    <message>
        <source>Files missing: the plugin&apos;s folder is gone. Put it back, or remove the plugin to forget its settings.</source>
        <translation>Dateien fehlen: Der Ordner des Plugins ist nicht mehr vorhanden. Stellen Sie ihn wieder her, oder entfernen Sie das Plugin, um seine Einstellungen zu verwerfen.</translation>
    </message>
    <message>
        <source>Files missing</source>
        <translation>Dateien fehlen</translation>
    </message>
    <message>
        <source>Duplicate key: the folder &quot;%1&quot; already provides &quot;%2&quot;; rename or remove one of them.</source>
        <translation>Schlüssel-Duplikat: Der Ordner „%1“ stellt „%2“ bereits bereit; benennen Sie einen der beiden um, oder entfernen Sie ihn.</translation>
    </message>
    <message>
        <source>Duplicate key &quot;%1&quot; (also in &quot;%2&quot;)</source>
        <translation>Schlüssel-Duplikat „%1“ (auch in „%2“)</translation>
    </message>
    <message>
        <source>Unusable folder name</source>
        <translation>Unbrauchbarer Ordnername</translation>
    </message>
    <message>
        <source>Failed to load: %1</source>
        <translation>Laden fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Legacy plugin: it has no plugin.json, so its details, settings and actions are known only once it is enabled. Its author can add a plugin.json.</source>
        <translation>Plugin im alten Format: Es hat keine plugin.json, daher sind seine Details, Einstellungen und Aktionen erst bekannt, wenn es aktiviert ist. Sein Autor kann eine plugin.json hinzufügen.</translation>
    </message>
    <message>
        <source>Legacy plugin (no plugin.json)</source>
        <translation>Plugin im alten Format (keine plugin.json)</translation>
    </message>
    <message>
        <source>Problems found in its files (%1), listed below.</source>
        <translation>In seinen Dateien wurden Probleme gefunden (%1), siehe unten.</translation>
    </message>
    <message>
        <source>Problems in its files: %1</source>
        <translation>Probleme in seinen Dateien: %1</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
</context>
<context>
    <name>PluginStore</name>
    <message>
        <source>reading plugins</source>
        <translation>Lesen der Plugins</translation>
    </message>
    <message>
        <source>reading plugin %1</source>
        <translation>Lesen von Plugin %1</translation>
    </message>
    <message>
        <source>saving plugin %1</source>
        <translation>Speichern von Plugin %1</translation>
    </message>
    <message>
        <source>recording discovered plugins</source>
        <translation>Erfassen gefundener Plugins</translation>
    </message>
    <message>
        <source>removing plugin %1</source>
        <translation>Entfernen von Plugin %1</translation>
    </message>
    <message>
        <source>reading the revision</source>
        <translation>Lesen der Revision</translation>
    </message>
</context>
<context>
    <name>Python</name>
    <message>
        <source>The plugin &quot;%1&quot; is still busy with job %2, which ignored its cancellation; it takes no new actions until that job ends. Disable it or restart Plugboard if it never does.</source>
        <translation>Das Plugin „%1“ ist noch mit Auftrag %2 beschäftigt, der seinen Abbruch ignoriert hat; bis dieser Auftrag endet, nimmt es keine neuen Aktionen an. Deaktivieren Sie es oder starten Sie Plugboard neu, falls der Auftrag nie endet.</translation>
    </message>
    <message>
        <source>Plugboard is shutting down.</source>
        <translation>Plugboard wird beendet.</translation>
    </message>
    <message>
        <source>The previous instance of &quot;%1&quot; is still running a job that ignored its cancellation; restart Plugboard to load the plugin again.</source>
        <translation>Die vorherige Instanz von „%1“ führt noch einen Auftrag aus, der seinen Abbruch ignoriert hat; starten Sie Plugboard neu, um das Plugin wieder zu laden.</translation>
    </message>
    <message>
        <source>The plugin &quot;%1&quot; could not be loaded: %2</source>
        <translation>Das Plugin „%1“ konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>The plugin was stopped (%1) before this job ran.</source>
        <comment>%1 is an identifier like reload or disable</comment>
        <translation>Das Plugin wurde gestoppt (%1), bevor dieser Auftrag ausgeführt wurde.</translation>
    </message>
    <message>
        <source>[Plugboard] Unloaded while job %1 still runs; stop() and the module clean-up follow when it ends.</source>
        <comment>a line of the plugin&apos;s log</comment>
        <translation>[Plugboard] Entladen, während Auftrag %1 noch läuft; stop() und das Aufräumen des Moduls folgen, sobald er endet.</translation>
    </message>
    <message>
        <source>The plugin &quot;%1&quot; is not loaded.</source>
        <translation>Das Plugin „%1“ ist nicht geladen.</translation>
    </message>
    <message>
        <source>The plugin &quot;%1&quot; is being stopped.</source>
        <translation>Das Plugin „%1“ wird gerade gestoppt.</translation>
    </message>
    <message>
        <source>The job waited too long in the queue and was dropped.</source>
        <translation>Der Auftrag hat zu lange in der Warteschlange gewartet und wurde verworfen.</translation>
    </message>
    <message>
        <source>The job was cancelled before it started.</source>
        <translation>Der Auftrag wurde abgebrochen, bevor er begann.</translation>
    </message>
    <message>
        <source>[Plugboard] Job %1 finally ended (%2); the plugin takes actions again.</source>
        <comment>a line of the plugin&apos;s log; %2 is an identifier like ok or error</comment>
        <translation>[Plugboard] Auftrag %1 ist endlich beendet (%2); das Plugin nimmt wieder Aktionen an.</translation>
    </message>
    <message>
        <source>The plugin is blocked in a call that has not returned for %1 s; Plugboard stopped waiting for it.</source>
        <translation>Das Plugin hängt in einem Aufruf, der seit %1 s nicht zurückgekehrt ist; Plugboard wartet nicht länger darauf.</translation>
    </message>
    <message>
        <source>The plugin ignored the cancellation and keeps running; Plugboard stopped waiting for it.</source>
        <translation>Das Plugin hat den Abbruch ignoriert und läuft weiter; Plugboard wartet nicht länger darauf.</translation>
    </message>
    <message>
        <source>unknown error</source>
        <comment>why Python could not start</comment>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>Python was shut down in this process.</source>
        <translation>Python wurde in diesem Prozess bereits beendet.</translation>
    </message>
    <message>
        <source>Python could not be configured: %1</source>
        <translation>Python konnte nicht konfiguriert werden: %1</translation>
    </message>
    <message>
        <source>Python could not start (home %1): %2</source>
        <comment>%1 is a folder</comment>
        <translation>Python konnte nicht gestartet werden (Home-Ordner %1): %2</translation>
    </message>
    <message>
        <source>Python started but Plugboard&apos;s host module failed: %1</source>
        <translation>Python wurde gestartet, aber das Host-Modul von Plugboard ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>[Plugboard] The plugin wrote more than %1 KiB of log and output in %2 s; the rest of it was left out.</source>
        <comment>a line of the plugin&apos;s log</comment>
        <translation>[Plugboard] Das Plugin hat in %2 s mehr als %1 KiB Protokoll und Ausgabe geschrieben; der Rest wurde weggelassen.</translation>
    </message>
    <message>
        <source> … [%1 more characters left out]</source>
        <comment>ends a line of the plugin&apos;s log that was cut</comment>
        <translation> … [%1 weitere Zeichen weggelassen]</translation>
    </message>
    <message>
        <source>The plugin was stopped before this job could run.</source>
        <translation>Das Plugin wurde gestoppt, bevor dieser Auftrag ausgeführt werden konnte.</translation>
    </message>
    <message>
        <source>The plugin &quot;%1&quot; is not loaded: %2</source>
        <comment>%2 is why</comment>
        <translation>Das Plugin „%1“ ist nicht geladen: %2</translation>
    </message>
</context>
<context>
    <name>PythonValues</name>
    <message numerus="yes">
        <source>%n more values were converted the same way.</source>
        <translation>
            <numerusform>%n weiterer Wert wurde auf die gleiche Weise umgewandelt.</numerusform>
            <numerusform>%n weitere Werte wurden auf die gleiche Weise umgewandelt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The result holds more than %1 values; the rest were left out.</source>
        <translation>Das Ergebnis enthält mehr als %1 Werte; der Rest wurde weggelassen.</translation>
    </message>
    <message>
        <source>An integer too large for 64 bits was stored as a floating-point number.</source>
        <translation>Eine für 64 Bit zu große Ganzzahl wurde als Gleitkommazahl gespeichert.</translation>
    </message>
    <message>
        <source>%1 is not a JSON number; it became null.</source>
        <comment>%1 is NaN or Infinity</comment>
        <translation>%1 ist keine JSON-Zahl; daraus wurde null.</translation>
    </message>
    <message>
        <source>Nested more than %1 levels deep; the rest became null.</source>
        <translation>Mehr als %1 Ebenen tief verschachtelt; der Rest wurde zu null.</translation>
    </message>
    <message>
        <source>A set was converted to a list.</source>
        <translation>Eine Menge (set) wurde in eine Liste umgewandelt.</translation>
    </message>
    <message>
        <source>%1 bytes were too many; the first %2 were converted to base64 text.</source>
        <translation>%1 Byte waren zu viele; die ersten %2 wurden in Base64-Text umgewandelt.</translation>
    </message>
    <message>
        <source>Bytes were converted to base64 text.</source>
        <translation>Bytes wurden in Base64-Text umgewandelt.</translation>
    </message>
    <message>
        <source>A %1 was converted to ISO 8601 text.</source>
        <comment>%1 is a Python type: datetime, date or time</comment>
        <translation>Ein Wert vom Typ %1 wurde in ISO-8601-Text umgewandelt.</translation>
    </message>
    <message>
        <source>an integer too large for JSON cannot be stored as JSON; its repr() text was kept instead.</source>
        <translation>Eine für JSON zu große Ganzzahl kann nicht als JSON gespeichert werden; stattdessen wurde ihr repr()-Text übernommen.</translation>
    </message>
    <message>
        <source>a set cannot be stored as JSON; its repr() text was kept instead.</source>
        <translation>Eine Menge (set) kann nicht als JSON gespeichert werden; stattdessen wurde ihr repr()-Text übernommen.</translation>
    </message>
    <message>
        <source>A %1 object cannot be stored as JSON; its repr() text was kept instead.</source>
        <comment>%1 is a Python type</comment>
        <translation>Ein Objekt vom Typ %1 kann nicht als JSON gespeichert werden; stattdessen wurde sein repr()-Text übernommen.</translation>
    </message>
    <message>
        <source>Text of %1 characters was cut to the first %2.</source>
        <translation>Text mit %1 Zeichen wurde auf die ersten %2 gekürzt.</translation>
    </message>
    <message>
        <source>A %1 key was replaced by its repr() text.</source>
        <comment>%1 is a Python type</comment>
        <translation>Ein Schlüssel vom Typ %1 wurde durch seinen repr()-Text ersetzt.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Plugboard</source>
        <translation>Plugboard</translation>
    </message>
    <message>
        <source>Runs on the event &quot;%1&quot; in Dispatcharr</source>
        <translation>Wird beim Ereignis „%1“ in Dispatcharr ausgeführt</translation>
    </message>
</context>
<context>
    <name>Repositories</name>
    <message>
        <source>%1 is disabled; enable it to install from it.</source>
        <translation>%1 ist deaktiviert; aktivieren Sie das Repository, um daraus zu installieren.</translation>
    </message>
    <message>
        <source>%1 lists no plugin &quot;%2&quot;; &quot;plugboardctl available&quot; shows what it offers.</source>
        <translation>%1 listet kein Plugin „%2“; „plugboardctl available“ zeigt, was angeboten wird.</translation>
    </message>
    <message>
        <source>Reading the versions of %1</source>
        <translation>Versionen von %1 werden gelesen</translation>
    </message>
    <message>
        <source>%1 is unsigned: nothing proves who published %2. Install it only if you trust that repository (confirm, or pass --accept-unsigned).</source>
        <translation>%1 ist unsigniert: Nichts belegt, wer %2 veröffentlicht hat. Installieren Sie es nur, wenn Sie diesem Repository vertrauen (bestätigen Sie, oder übergeben Sie --accept-unsigned).</translation>
    </message>
    <message>
        <source>%1 is deprecated in %2: it may not be maintained any more (confirm, or pass --accept-deprecated).</source>
        <translation>%1 ist in %2 als veraltet markiert: Es wird möglicherweise nicht mehr gepflegt (bestätigen Sie, oder übergeben Sie --accept-deprecated).</translation>
    </message>
    <message>
        <source>A plugin with the key &quot;%1&quot; is already installed (version %2) and did not come from %3. Installing replaces it: its settings are kept, its code is not (confirm, or pass --replace).</source>
        <translation>Ein Plugin mit dem Schlüssel „%1“ ist bereits installiert (Version %2) und stammt nicht aus %3. Die Installation ersetzt es: Seine Einstellungen bleiben erhalten, sein Code nicht (bestätigen Sie, oder übergeben Sie --replace).</translation>
    </message>
    <message>
        <source>%1 lists no version %2 of %3 (it lists %4).</source>
        <translation>%1 listet keine Version %2 von %3 (gelistet: %4).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 gives no SHA-256 checksum for %2 %3, so Plugboard cannot check the download; it was not installed.</source>
        <translation>%1 gibt keine SHA-256-Prüfsumme für %2 %3 an, daher kann Plugboard den Download nicht prüfen; das Plugin wurde nicht installiert.</translation>
    </message>
    <message>
        <source>%1 %2 is older than the installed %3 (confirm the downgrade, or pass --downgrade).</source>
        <translation>%1 %2 ist älter als die installierte Version %3 (bestätigen Sie das Zurückstufen, oder übergeben Sie --downgrade).</translation>
    </message>
    <message>
        <source>Could not create the download folder %1.</source>
        <translation>Der Download-Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The download of %1 %2 does not match the SHA-256 in %3&apos;s manifest (expected %4, got %5); nothing was installed.</source>
        <translation>Der Download von %1 %2 stimmt nicht mit der SHA-256-Prüfsumme im Manifest von %3 überein (erwartet %4, erhalten %5); es wurde nichts installiert.</translation>
    </message>
    <message>
        <source>Checking %1 %2</source>
        <translation>%1 %2 wird geprüft</translation>
    </message>
    <message>
        <source>Installing %1 %2</source>
        <translation>%1 %2 wird installiert</translation>
    </message>
    <message>
        <source>The stored manifest of %1 no longer reads: %2</source>
        <translation>Das gespeicherte Manifest von %1 ist nicht mehr lesbar: %2</translation>
    </message>
    <message>
        <source>The repository manifest is %1, not an object; check the repository&apos;s address.</source>
        <translation>Das Repository-Manifest ist %1, kein Objekt; prüfen Sie die Adresse des Repositorys.</translation>
    </message>
    <message>
        <source>The repository manifest has no signed part (no &quot;manifest&quot; member).</source>
        <translation>Das Repository-Manifest hat keinen signierten Teil (kein Element „manifest“).</translation>
    </message>
    <message>
        <source>The signed part of the repository manifest (&quot;manifest&quot;) is %1, not an object.</source>
        <translation>Der signierte Teil des Repository-Manifests („manifest“) ist %1, kein Objekt.</translation>
    </message>
    <message>
        <source>Could not write %1 to %2: %3.</source>
        <translation>%1 konnte nicht in %2 geschrieben werden: %3.</translation>
    </message>
    <message>
        <source>The download of %1 was cancelled.</source>
        <translation>Der Download wurde abgebrochen: %1.</translation>
    </message>
    <message>
        <source>%1 sent nothing for %2 seconds; the download of %3 was stopped.</source>
        <translation>%1 hat %2 Sekunden lang nichts gesendet; %3 wird nicht weiter heruntergeladen.</translation>
    </message>
    <message>
        <source>The download of %1 from %2 took longer than %3 seconds and was stopped.</source>
        <translation>%1 konnte nicht innerhalb von %3 Sekunden von %2 heruntergeladen werden; der Download wurde gestoppt.</translation>
    </message>
    <message>
        <source>%1 at %2 is %3, more than the %4 Plugboard accepts; nothing was kept.</source>
        <translation>%1 unter %2 ist %3 groß, mehr als die %4, die Plugboard akzeptiert; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>%1 at %2 is larger than the %3 Plugboard accepts; the download was stopped and nothing was kept.</source>
        <translation>%1 unter %2 ist größer als die %3, die Plugboard akzeptiert; der Download wurde gestoppt und nichts gespeichert.</translation>
    </message>
    <message>
        <source>Downloading %1 (%2 of %3)</source>
        <translation>%1 wird heruntergeladen (%2 von %3)</translation>
    </message>
    <message>
        <source>Downloading %1 (%2)</source>
        <translation>%1 wird heruntergeladen (%2)</translation>
    </message>
    <message>
        <source>%1 redirected more than %2 times (a redirect loop?); %3 was not fetched.</source>
        <translation>%1 hat mehr als %2-mal weitergeleitet (eine Weiterleitungsschleife?); %3 wurde nicht abgerufen.</translation>
    </message>
    <message>
        <source>%1 answered %2%3 for %4.</source>
        <translation>%1 antwortete mit %2%3; %4 wurde nicht abgerufen.</translation>
    </message>
    <message>
        <source>Could not fetch %1 from %2: %3.</source>
        <translation>%1 konnte nicht von %2 abgerufen werden: %3.</translation>
    </message>
    <message>
        <source>%1 gave no usable HTTP answer (%2) for %3.</source>
        <translation>%1 lieferte keine verwertbare HTTP-Antwort (%2); %3 wurde nicht abgerufen.</translation>
    </message>
    <message>
        <source>Could not create the icon folder %1.</source>
        <translation>Der Symbolordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>an icon</source>
        <translation>ein Symbol</translation>
    </message>
    <message>
        <source>%1 is not a PNG, JPEG, GIF, WebP or SVG image.</source>
        <translation>%1 ist kein PNG-, JPEG-, GIF-, WebP- oder SVG-Bild.</translation>
    </message>
    <message>
        <source>Could not keep the icon in %1: %2.</source>
        <translation>Das Symbol konnte nicht in %1 gespeichert werden: %2.</translation>
    </message>
    <message>
        <source>%1 is not signed, but the repository is pinned to the key %2.</source>
        <translation>%1 ist nicht signiert, aber für das Repository ist der Schlüssel %2 festgelegt.</translation>
    </message>
    <message>
        <source>%1 cannot be checked: the key %2 is not known yet.</source>
        <translation>%1 kann nicht geprüft werden: Der Schlüssel %2 ist noch nicht bekannt.</translation>
    </message>
    <message>
        <source>the repository&apos;s key</source>
        <translation>der Schlüssel des Repositorys</translation>
    </message>
    <message>
        <source>%1 calls itself &quot;%2&quot;, the name of Dispatcharr&apos;s official repository, but is not signed with the official key (%3); it was refused.</source>
        <translation>%1 nennt sich „%2“ wie das offizielle Repository von Dispatcharr, ist aber nicht mit dem offiziellen Schlüssel signiert (%3); es wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The manifest of %1</source>
        <translation>Das Manifest von %1</translation>
    </message>
    <message>
        <source>The manifest %1 gives for &quot;%2&quot; describes &quot;%3&quot; instead; it was not used.</source>
        <translation>Das Manifest, das %1 für „%2“ angibt, beschreibt stattdessen „%3“; es wurde nicht verwendet.</translation>
    </message>
    <message>
        <source>The manifest of %1 in %2</source>
        <translation>Das Manifest von %1 in %2</translation>
    </message>
    <message>
        <source>the official repository&apos;s key</source>
        <translation>der Schlüssel des offiziellen Repositorys</translation>
    </message>
    <message>
        <source>The key published at %1 has the fingerprint %2, not the official %3; it was not kept, and nothing from the repository is trusted.</source>
        <translation>Der unter %1 veröffentlichte Schlüssel hat den Fingerabdruck %2, nicht den offiziellen %3; er wurde nicht gespeichert, und nichts aus dem Repository gilt als vertrauenswürdig.</translation>
    </message>
    <message>
        <source>the manifest of %1</source>
        <translation>das Manifest von %1</translation>
    </message>
    <message>
        <source>The OpenPGP key</source>
        <translation>Der OpenPGP-Schlüssel</translation>
    </message>
    <message>
        <source>curve %1</source>
        <translation>Kurve %1</translation>
    </message>
    <message>
        <source>public-key algorithm %1</source>
        <translation>Public-Key-Algorithmus %1</translation>
    </message>
    <message>
        <source>is not OpenPGP armor: it has no &quot;-----BEGIN PGP …-----&quot; line.</source>
        <translation>ist kein OpenPGP-Armor: Die Zeile „-----BEGIN PGP …-----“ fehlt.</translation>
    </message>
    <message>
        <source>has &quot;%1&quot; where &quot;%2&quot; should end it.</source>
        <translation>enthält „%1“ statt der abschließenden Zeile „%2“.</translation>
    </message>
    <message>
        <source>has text after its checksum line; the armor is damaged.</source>
        <translation>enthält Text nach der Prüfsummenzeile; der Armor ist beschädigt.</translation>
    </message>
    <message>
        <source>ends without its &quot;%1&quot; line; the text was cut short.</source>
        <translation>endet ohne die Zeile „%1“; der Text wurde abgeschnitten.</translation>
    </message>
    <message>
        <source>has characters that are not base64 in its armor; the text is damaged.</source>
        <translation>enthält im Armor Zeichen, die kein Base64 sind; der Text ist beschädigt.</translation>
    </message>
    <message>
        <source>has an empty armor block.</source>
        <translation>hat einen leeren Armor-Block.</translation>
    </message>
    <message>
        <source>has a malformed checksum line in its armor.</source>
        <translation>hat im Armor eine fehlerhafte Prüfsummenzeile.</translation>
    </message>
    <message>
        <source>fails its armor checksum (CRC-24); the text was changed or damaged.</source>
        <translation>besteht die Armor-Prüfsumme (CRC-24) nicht; der Text wurde verändert oder beschädigt.</translation>
    </message>
    <message>
        <source>%1 ends in the middle of an OpenPGP packet; the data was cut short or damaged.</source>
        <translation>%1 endet mitten in einem OpenPGP-Paket; die Daten wurden abgeschnitten oder beschädigt.</translation>
    </message>
    <message>
        <source>%1 is not OpenPGP data: byte %2 does not start a packet.</source>
        <translation>%1 enthält keine OpenPGP-Daten: das Byte an Position %2 leitet kein Paket ein.</translation>
    </message>
    <message>
        <source>%1 has an OpenPGP packet in parts (a partial body length), which keys and signatures never use.</source>
        <translation>%1 enthält ein OpenPGP-Paket in Teilen (partielle Längenangabe), was bei Schlüsseln und Signaturen nie vorkommt.</translation>
    </message>
    <message>
        <source>%1 has an OpenPGP packet with the reserved tag 0; the data is damaged.</source>
        <translation>%1 enthält ein OpenPGP-Paket mit dem reservierten Tag 0; die Daten sind beschädigt.</translation>
    </message>
    <message>
        <source>is %1 bytes, more than the %2 bytes a public key may be; it is not a single key.</source>
        <translation>ist %1 Byte groß, mehr als die %2 Byte, die ein öffentlicher Schlüssel haben darf; das ist kein einzelner Schlüssel.</translation>
    </message>
    <message>
        <source>is empty.</source>
        <translation>ist leer.</translation>
    </message>
    <message>
        <source>is a private (secret) key. Never share it; give the repository&apos;s public key instead.</source>
        <translation>ist ein privater (geheimer) Schlüssel. Geben Sie ihn niemals weiter; geben Sie stattdessen den öffentlichen Schlüssel des Repositorys an.</translation>
    </message>
    <message>
        <source>is armored as &quot;%1&quot;, not as a &quot;PUBLIC KEY BLOCK&quot;.</source>
        <translation>hat den Armor-Typ „%1“, nicht „PUBLIC KEY BLOCK“.</translation>
    </message>
    <message>
        <source>is neither an armored public key (&quot;-----BEGIN PGP PUBLIC KEY BLOCK-----&quot;) nor a binary OpenPGP key.</source>
        <translation>ist weder ein öffentlicher Schlüssel im Armor-Format („-----BEGIN PGP PUBLIC KEY BLOCK-----“) noch ein binärer OpenPGP-Schlüssel.</translation>
    </message>
    <message>
        <source>holds a private (secret) key. Never share it; give the repository&apos;s public key instead.</source>
        <translation>enthält einen privaten (geheimen) Schlüssel. Geben Sie ihn niemals weiter; geben Sie stattdessen den öffentlichen Schlüssel des Repositorys an.</translation>
    </message>
    <message>
        <source>holds no primary public key.</source>
        <translation>enthält keinen primären öffentlichen Schlüssel.</translation>
    </message>
    <message>
        <source>holds %1 primary keys; a repository is pinned to exactly one, so give a file with only its key.</source>
        <translation>enthält %1 Primärschlüssel; für ein Repository wird genau einer festgelegt, geben Sie also eine Datei an, die nur dessen Schlüssel enthält.</translation>
    </message>
    <message>
        <source>has an empty public-key packet.</source>
        <translation>hat ein leeres Public-Key-Paket.</translation>
    </message>
    <message>
        <source>is a version %1 key (obsolete, with MD5 fingerprints), which Plugboard does not accept; the repository needs a current (version 4) key.</source>
        <translation>ist ein Schlüssel der Version %1 (veraltet, mit MD5-Fingerabdrücken), den Plugboard nicht akzeptiert; das Repository benötigt einen aktuellen Schlüssel (Version 4).</translation>
    </message>
    <message>
        <source>is a version %1 key; Plugboard and gpgv read version 4 keys only.</source>
        <translation>ist ein Schlüssel der Version %1; Plugboard und gpgv lesen nur Schlüssel der Version 4.</translation>
    </message>
    <message>
        <source>has a truncated public-key packet.</source>
        <translation>hat ein abgeschnittenes Public-Key-Paket.</translation>
    </message>
    <message>
        <source>has a public-key packet too large for a version 4 key.</source>
        <translation>hat ein Public-Key-Paket, das für einen Schlüssel der Version 4 zu groß ist.</translation>
    </message>
    <message>
        <source>No key fingerprint was given.</source>
        <translation>Es wurde kein Schlüssel-Fingerabdruck angegeben.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a key fingerprint: it holds &quot;%2&quot;, and a fingerprint is 40 hexadecimal digits.</source>
        <translation>„%1“ ist kein Schlüssel-Fingerabdruck: Die Eingabe enthält das Zeichen „%2“, ein Fingerabdruck besteht aber aus 40 Hexadezimalziffern.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a short key ID, which other keys can share; give the full 40-digit fingerprint.</source>
        <translation>„%1“ ist eine kurze Schlüssel-ID, die auch andere Schlüssel haben können; geben Sie den vollständigen 40-stelligen Fingerabdruck an.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 hexadecimal digits; a key fingerprint has 40.</source>
        <translation>„%1“ hat %2 Hexadezimalziffern; ein Schlüssel-Fingerabdruck hat 40.</translation>
    </message>
    <message>
        <source>It is %1, not text; it is ignored.</source>
        <translation>Der Wert ist %1, kein Text; er wird ignoriert.</translation>
    </message>
    <message>
        <source>It is %1, not true or false; it is ignored.</source>
        <translation>Der Wert ist %1, nicht true oder false; er wird ignoriert.</translation>
    </message>
    <message>
        <source>It is %1, not a size in KB; it is ignored.</source>
        <translation>Der Wert ist %1, keine Größe in KB; er wird ignoriert.</translation>
    </message>
    <message>
        <source>The size %1 KB is not possible; it is ignored.</source>
        <translation>Die Größe %1 KB ist nicht möglich; sie wird ignoriert.</translation>
    </message>
    <message>
        <source>It is %1, not a list; it is ignored.</source>
        <translation>Der Wert ist %1, keine Liste; er wird ignoriert.</translation>
    </message>
    <message>
        <source>Only the first %1 items are kept.</source>
        <translation>Nur die ersten %1 Einträge werden übernommen.</translation>
    </message>
    <message>
        <source>It is %1, not text; it is left out.</source>
        <translation>Der Eintrag ist %1, kein Text; er wird ausgelassen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http(s) or file address; relative addresses that need it are left empty.</source>
        <translation>„%1“ ist keine http(s)- oder file-Adresse; relative Adressen, die darauf aufbauen, bleiben leer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is relative but the repository names no base address for it; it is ignored.</source>
        <translation>„%1“ ist relativ, aber das Repository nennt dafür keine Basisadresse; der Wert wird ignoriert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid address; it is ignored.</source>
        <translation>„%1“ ist keine gültige Adresse; der Wert wird ignoriert.</translation>
    </message>
    <message>
        <source>The repository manifest is %1 bytes, more than the %2 bytes Plugboard reads; the repository must publish a smaller file.</source>
        <translation>Das Repository-Manifest ist %1 Byte groß, mehr als die %2 Byte, die Plugboard liest; das Repository muss eine kleinere Datei veröffentlichen.</translation>
    </message>
    <message>
        <source>The repository manifest is empty; check the repository&apos;s address.</source>
        <translation>Das Repository-Manifest ist leer; prüfen Sie die Adresse des Repositorys.</translation>
    </message>
    <message>
        <source>The repository manifest is not valid JSON (%1); check the repository&apos;s address or ask its maintainer.</source>
        <translation>Das Repository-Manifest ist kein gültiges JSON (%1); prüfen Sie die Adresse des Repositorys, oder wenden Sie sich an dessen Betreuer.</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a true/false value</source>
        <translation>ein Wahrheitswert (true/false)</translation>
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
        <source>an unknown value</source>
        <translation>ein unbekannter Wert</translation>
    </message>
    <message>
        <source>No repository &quot;%1&quot; is in the list; `plugboardctl repo list` shows their ids and addresses.</source>
        <translation>Es gibt kein Repository „%1“ in der Liste; `plugboardctl repo list` zeigt die IDs und Adressen der Repositorys.</translation>
    </message>
    <message>
        <source>the repository</source>
        <translation>das Repository</translation>
    </message>
    <message>
        <source>the key given for the repository</source>
        <translation>der für das Repository angegebene Schlüssel</translation>
    </message>
    <message>
        <source>%1 is Dispatcharr&apos;s official repository, which is always in the list.</source>
        <translation>%1 ist das offizielle Repository von Dispatcharr, das immer in der Liste steht.</translation>
    </message>
    <message>
        <source>The repository %1 is already in the list.</source>
        <translation>Das Repository %1 ist bereits in der Liste.</translation>
    </message>
    <message>
        <source>Online access is not allowed yet: Plugboard fetches nothing until you allow it.</source>
        <translation>Der Online-Zugriff ist noch nicht erlaubt: Plugboard ruft nichts ab, bis Sie ihn erlauben.</translation>
    </message>
    <message>
        <source>No repository with id %1.</source>
        <translation>Kein Repository mit der ID %1.</translation>
    </message>
    <message>
        <source>%1 has not been fetched yet; refresh it first.</source>
        <translation>%1 wurde noch nicht abgerufen; aktualisieren Sie das Repository zuerst.</translation>
    </message>
    <message>
        <source>%1 lists no plugin &quot;%2&quot;.</source>
        <translation>%1 listet kein Plugin „%2“.</translation>
    </message>
    <message>
        <source>%1 gives no manifest address for &quot;%2&quot;, so its versions are not known.</source>
        <translation>%1 nennt keine Manifest-Adresse für „%2“, daher sind die Versionen des Plugins unbekannt.</translation>
    </message>
    <message>
        <source>The plugin &quot;%1&quot; has no name.</source>
        <translation>Das Plugin „%1“ hat keinen Namen.</translation>
    </message>
    <message>
        <source>It is %1, not a version object; it is left out.</source>
        <translation>Der Eintrag ist %1, kein Versionsobjekt; er wird ausgelassen.</translation>
    </message>
    <message>
        <source>The version has no version number; it is left out.</source>
        <translation>Die Version hat keine Versionsnummer; sie wird ausgelassen.</translation>
    </message>
    <message>
        <source>The plugin has no slug.</source>
        <translation>Das Plugin hat keinen Slug.</translation>
    </message>
    <message>
        <source>The slug &quot;%1…&quot; is longer than %2 characters.</source>
        <translation>Der Slug „%1…“ ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <source>The slug &quot;%1&quot; starts or ends with a space.</source>
        <translation>Der Slug „%1“ beginnt oder endet mit einem Leerzeichen.</translation>
    </message>
    <message>
        <source>The slug &quot;%1&quot; contains &quot;..&quot; or is &quot;.&quot;.</source>
        <translation>Der Slug „%1“ enthält „..“ oder ist „.“.</translation>
    </message>
    <message>
        <source>The slug &quot;%1&quot; contains a slash.</source>
        <translation>Der Slug „%1“ enthält einen Schrägstrich.</translation>
    </message>
    <message>
        <source>The slug &quot;%1&quot; contains a control character.</source>
        <translation>Der Slug „%1“ enthält ein Steuerzeichen.</translation>
    </message>
    <message>
        <source>The repository manifest has no registry_name; it is not a repository manifest, or a broken one.</source>
        <translation>Das Repository-Manifest hat keinen registry_name; es ist kein Repository-Manifest oder ist beschädigt.</translation>
    </message>
    <message>
        <source>The repository manifest of &quot;%1&quot; has no list of plugins.</source>
        <translation>Das Repository-Manifest von „%1“ hat keine Plugin-Liste.</translation>
    </message>
    <message>
        <source>The list of plugins of &quot;%1&quot; is %2, not a list.</source>
        <translation>Die Plugin-Liste von „%1“ ist %2, keine Liste.</translation>
    </message>
    <message>
        <source>The repository lists more than %1 plugins; the rest are left out.</source>
        <translation>Das Repository listet mehr als %1 Plugins; die übrigen werden ausgelassen.</translation>
    </message>
    <message>
        <source>It is %1, not a plugin; it is left out.</source>
        <translation>Der Eintrag ist %1, kein Plugin; er wird ausgelassen.</translation>
    </message>
    <message>
        <source>It is left out.</source>
        <translation>Der Eintrag wird ausgelassen.</translation>
    </message>
    <message>
        <source>The slug &quot;%1&quot; is listed again; only its first entry is kept.</source>
        <translation>Der Slug „%1“ ist erneut aufgeführt; nur sein erster Eintrag wird übernommen.</translation>
    </message>
    <message>
        <source>Only the first %1 versions are kept.</source>
        <translation>Nur die ersten %1 Versionen werden übernommen.</translation>
    </message>
    <message>
        <source>The plugin&apos;s manifest cannot be used: %1</source>
        <translation>Das Manifest des Plugins ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>The plugin&apos;s manifest is for &quot;%1&quot;, not for &quot;%2&quot; as the repository&apos;s list says.</source>
        <translation>Das Manifest des Plugins gilt für „%1“, nicht für „%2“, wie es in der Liste des Repositorys steht.</translation>
    </message>
    <message>
        <source>%1 has a malformed signature: %2</source>
        <translation>%1 hat eine fehlerhafte Signatur: %2</translation>
    </message>
    <message>
        <source>%1 has no signature, or its signature is empty, so it cannot be trusted.</source>
        <translation>%1 hat keine oder eine leere Signatur und ist daher nicht vertrauenswürdig.</translation>
    </message>
    <message>
        <source>it is %1 bytes, far more than any signature.</source>
        <translation>sie ist %1 Byte groß, weit mehr als jede Signatur.</translation>
    </message>
    <message>
        <source>it is not an armored OpenPGP signature (no &quot;-----BEGIN PGP SIGNATURE-----&quot; line).</source>
        <translation>sie ist keine OpenPGP-Signatur im Armor-Format (keine Zeile „-----BEGIN PGP SIGNATURE-----“).</translation>
    </message>
    <message>
        <source>the text</source>
        <translation>der Text</translation>
    </message>
    <message>
        <source>it is armored as &quot;%1&quot;, not as a &quot;SIGNATURE&quot;.</source>
        <translation>sie hat den Armor-Typ „%1“, nicht „SIGNATURE“.</translation>
    </message>
    <message>
        <source>The text</source>
        <translation>Der Text</translation>
    </message>
    <message>
        <source>it holds an OpenPGP packet of type %1, not only signatures.</source>
        <translation>sie enthält ein OpenPGP-Paket vom Typ %1, nicht nur Signaturen.</translation>
    </message>
    <message>
        <source>it holds no signature packet.</source>
        <translation>sie enthält kein Signaturpaket.</translation>
    </message>
    <message>
        <source>Could not make a temporary folder to check a signature in (%1): %2</source>
        <translation>Es konnte kein temporärer Ordner zum Prüfen einer Signatur angelegt werden (%1): %2</translation>
    </message>
    <message>
        <source>Could not write %1 to check a signature: %2</source>
        <translation>%1 konnte zum Prüfen einer Signatur nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Signatures cannot be checked: gpgv (%1) is not installed or cannot be run. Install the gpgv package.</source>
        <translation>Signaturen können nicht geprüft werden: gpgv (%1) ist nicht installiert oder kann nicht ausgeführt werden. Installieren Sie das Paket gpgv.</translation>
    </message>
    <message>
        <source>%1 was not accepted: gpgv did not finish checking its signature within %2 seconds and was stopped. Try again later.</source>
        <translation>%1 wurde nicht akzeptiert: gpgv hat die Prüfung der Signatur nicht innerhalb von %2 Sekunden abgeschlossen und wurde beendet. Versuchen Sie es später noch einmal.</translation>
    </message>
    <message>
        <source>%1 was not accepted: gpgv (%2) crashed while checking its signature.</source>
        <translation>%1 wurde nicht akzeptiert: gpgv (%2) ist beim Prüfen der Signatur abgestürzt.</translation>
    </message>
    <message>
        <source>%1 is signed with the repository&apos;s key %2, but that key has been revoked; nothing signed with it is accepted.</source>
        <translation>%1 ist mit dem Schlüssel %2 des Repositorys signiert, aber dieser Schlüssel wurde widerrufen; nichts, was damit signiert ist, wird akzeptiert.</translation>
    </message>
    <message>
        <source>%1 is signed with the repository&apos;s key %2, but that key expired%3; the repository must renew its key.</source>
        <translation>%1 ist mit dem Schlüssel %2 des Repositorys signiert, aber dieser Schlüssel ist%3 abgelaufen; das Repository muss seinen Schlüssel erneuern.</translation>
    </message>
    <message>
        <source> on %1</source>
        <translation> am %1</translation>
    </message>
    <message>
        <source>%1 has a signature that has expired; the repository must sign it again.</source>
        <translation>%1 hat eine abgelaufene Signatur; das Repository muss neu signieren.</translation>
    </message>
    <message>
        <source>%1 was not accepted: gpgv passed its signature but gave no readable signature time.</source>
        <translation>%1 wurde nicht akzeptiert: gpgv hat die Signatur bestätigt, aber keine lesbare Signaturzeit geliefert.</translation>
    </message>
    <message>
        <source>%1 does not match its signature (bad signature): it was changed after it was signed, or the signature belongs to something else.</source>
        <translation>%1 stimmt nicht mit der Signatur überein (ungültige Signatur): Der Inhalt wurde nach dem Signieren verändert, oder die Signatur gehört zu etwas anderem.</translation>
    </message>
    <message>
        <source>%1 is signed by another key (%2), not by the repository&apos;s key %3.</source>
        <translation>%1 ist mit einem anderen Schlüssel (%2) signiert, nicht mit dem Schlüssel %3 des Repositorys.</translation>
    </message>
    <message>
        <source>%1 is signed with the pinned key %2, but the key file given for the repository is another key (%3); fetch the repository&apos;s own key.</source>
        <translation>%1 ist mit dem festgelegten Schlüssel %2 signiert, aber die für das Repository angegebene Schlüsseldatei enthält einen anderen Schlüssel (%3); rufen Sie den eigenen Schlüssel des Repositorys ab.</translation>
    </message>
    <message>
        <source>%1 is signed with an algorithm that gpgv cannot check.</source>
        <translation>%1 ist mit einem Algorithmus signiert, den gpgv nicht prüfen kann.</translation>
    </message>
    <message>
        <source>%1 was not accepted: gpgv could not check its signature (error %2): %3</source>
        <translation>%1 wurde nicht akzeptiert: gpgv konnte die Signatur nicht prüfen (Fehler %2): %3</translation>
    </message>
    <message>
        <source>%1 has a malformed signature: gpgv found no OpenPGP data in it.</source>
        <translation>%1 hat eine fehlerhafte Signatur: gpgv hat darin keine OpenPGP-Daten gefunden.</translation>
    </message>
    <message>
        <source>%1 was not accepted: gpgv could not check its signature (exit code %2): %3</source>
        <translation>%1 wurde nicht akzeptiert: gpgv konnte die Signatur nicht prüfen (Exit-Code %2): %3</translation>
    </message>
    <message>
        <source>%1 is not accepted: gpgv reported no valid signature for it.</source>
        <translation>%1 wird nicht akzeptiert: gpgv meldet dafür keine gültige Signatur.</translation>
    </message>
    <message>
        <source>The signed data</source>
        <translation>Der signierte Inhalt</translation>
    </message>
    <message>
        <source>The repository&apos;s pinned key fingerprint &quot;%1&quot; is not a fingerprint, so no signature can be accepted.</source>
        <translation>Der fest hinterlegte Schlüssel-Fingerabdruck „%1“ des Repositorys ist kein Fingerabdruck, daher kann keine Signatur akzeptiert werden.</translation>
    </message>
    <message>
        <source>%1 cannot be checked: no key was given for the repository.</source>
        <translation>%1 kann nicht geprüft werden: Für das Repository wurde kein Schlüssel angegeben.</translation>
    </message>
    <message>
        <source>No data was given to check a signature on.</source>
        <translation>Es wurden keine Daten übergeben, deren Signatur geprüft werden könnte.</translation>
    </message>
    <message>
        <source>%1 does not match its signature (bad signature) in any of the %2 forms tried (%3): it was changed after it was signed, or the signature belongs to something else.</source>
        <translation>%1 stimmt in keiner der %2 geprüften Formen (%3) mit seiner Signatur überein (ungültige Signatur): Der Inhalt wurde nach dem Signieren verändert, oder die Signatur gehört zu etwas anderem.</translation>
    </message>
    <message>
        <source>repository %1</source>
        <translation>Repository %1</translation>
    </message>
    <message>
        <source>The manifest of %1 has no signature time, so it cannot be checked against the last one accepted.</source>
        <translation>Das Manifest von %1 hat keinen Signaturzeitpunkt und kann daher nicht mit dem zuletzt akzeptierten verglichen werden.</translation>
    </message>
    <message>
        <source>The manifest of %1 is signed at %2, before the one already accepted (signed at %3): an older manifest was served again (a replay or rollback), so it is refused and the last good one is kept.</source>
        <translation>Das Manifest von %1 wurde am %2 signiert, also vor dem bereits akzeptierten (signiert am %3): Ein älteres Manifest wurde erneut ausgeliefert (Replay oder Rollback). Es wird daher abgelehnt, und das letzte gültige Manifest bleibt erhalten.</translation>
    </message>
    <message>
        <source>The address of %1 (&quot;%2&quot;) is not a valid URL.</source>
        <translation>Die Adresse für %1 („%2“) ist keine gültige URL.</translation>
    </message>
    <message>
        <source>The address of %1 (%2) contains a user name or password; Plugboard never sends credentials in an address.</source>
        <translation>Die Adresse für %1 (%2) enthält einen Benutzernamen oder ein Passwort; Plugboard sendet niemals Zugangsdaten in einer Adresse.</translation>
    </message>
    <message>
        <source>The address of %1 (%2) names no server.</source>
        <translation>Die Adresse für %1 (%2) nennt keinen Server.</translation>
    </message>
    <message>
        <source>The address of %1 (%2) is plain HTTP to another machine; only HTTPS is used there, so nobody on the way can change what is installed.</source>
        <translation>Die Adresse für %1 (%2) verwendet unverschlüsseltes HTTP zu einem anderen Rechner; dorthin wird nur HTTPS verwendet, damit unterwegs niemand verändern kann, was installiert wird.</translation>
    </message>
    <message>
        <source>The address of %1 (%2) is a local file, which only a repository in a local folder may use.</source>
        <translation>Die Adresse für %1 (%2) ist eine lokale Datei; das ist nur für ein Repository in einem lokalen Ordner zulässig.</translation>
    </message>
    <message>
        <source>The address of %1 (%2) uses &quot;%3:&quot;; only https: (and http: to this machine) are used.</source>
        <translation>Die Adresse für %1 (%2) verwendet „%3:“; verwendet werden nur https: (und http: zu diesem Rechner).</translation>
    </message>
    <message>
        <source>%1 redirected to an address Plugboard does not follow: %2</source>
        <translation>%1 leitet auf eine Adresse weiter, der Plugboard nicht folgt: %2</translation>
    </message>
</context>
<context>
    <name>RepositoryStore</name>
    <message>
        <source>adding the repository %1</source>
        <translation>Hinzufügen des Repositorys %1</translation>
    </message>
    <message>
        <source>No repository with id %1.</source>
        <translation>Kein Repository mit der ID %1.</translation>
    </message>
    <message>
        <source>reading the repositories</source>
        <translation>Lesen der Repositorys</translation>
    </message>
    <message>
        <source>reading repository %1</source>
        <translation>Lesen von Repository %1</translation>
    </message>
    <message>
        <source>reading the repository %1</source>
        <translation>Lesen des Repositorys %1</translation>
    </message>
    <message>
        <source>The repository %1 is already in the list (as &quot;%2&quot;).</source>
        <translation>Das Repository %1 ist bereits in der Liste (als „%2“).</translation>
    </message>
    <message>
        <source>adding the official repository</source>
        <translation>Hinzufügen des offiziellen Repositorys</translation>
    </message>
    <message>
        <source>saving repository %1</source>
        <translation>Speichern von Repository %1</translation>
    </message>
    <message>
        <source>removing repository %1</source>
        <translation>Entfernen von Repository %1</translation>
    </message>
    <message>
        <source>The official repository %1 cannot be removed; disable it instead.</source>
        <translation>Das offizielle Repository %1 kann nicht entfernt werden; deaktivieren Sie es stattdessen.</translation>
    </message>
    <message>
        <source>reading the manifest of %1 from repository %2</source>
        <translation>Lesen des Manifests von %1 aus Repository %2</translation>
    </message>
    <message>
        <source>saving the manifest of %1 from repository %2</source>
        <translation>Speichern des Manifests von %1 aus Repository %2</translation>
    </message>
    <message>
        <source>reading where plugins were installed from</source>
        <translation>Lesen der Herkunft installierter Plugins</translation>
    </message>
    <message>
        <source>recording where plugin %1 came from</source>
        <translation>Speichern der Herkunft von Plugin %1</translation>
    </message>
    <message>
        <source>forgetting where plugin %1 came from</source>
        <translation>Entfernen der Herkunftsangabe von Plugin %1</translation>
    </message>
    <message>
        <source>reading whether online access is allowed</source>
        <translation>Lesen der Einstellung, ob Online-Zugriff erlaubt ist</translation>
    </message>
    <message>
        <source>saving whether online access is allowed</source>
        <translation>Speichern der Einstellung, ob Online-Zugriff erlaubt ist</translation>
    </message>
    <message>
        <source>reading the refresh interval</source>
        <translation>Lesen des Aktualisierungsintervalls</translation>
    </message>
    <message>
        <source>The refresh interval must be between 0 (never) and %1 hours; %2 is not.</source>
        <translation>Das Aktualisierungsintervall muss zwischen 0 (nie) und %1 Stunden liegen; %2 liegt außerhalb dieses Bereichs.</translation>
    </message>
    <message>
        <source>saving the refresh interval</source>
        <translation>Speichern des Aktualisierungsintervalls</translation>
    </message>
    <message>
        <source>reading the repositories&apos; revision</source>
        <translation>Lesen der Revision der Repositorys</translation>
    </message>
</context>
<context>
    <name>RequestTracker</name>
    <message>
        <source>Header lines must end in CRLF.</source>
        <translation>Header-Zeilen müssen mit CRLF enden.</translation>
    </message>
    <message>
        <source>The request head is larger than %1 KiB.</source>
        <translation>Der Anfragekopf ist größer als %1 KiB.</translation>
    </message>
    <message>
        <source>The request line is not &quot;METHOD /path HTTP/1.1&quot;.</source>
        <translation>Die Anfragezeile hat nicht die Form „METHOD /path HTTP/1.1“.</translation>
    </message>
    <message>
        <source>Only HTTP/1.0 and HTTP/1.1 are served here.</source>
        <translation>Hier werden nur HTTP/1.0 und HTTP/1.1 unterstützt.</translation>
    </message>
    <message>
        <source>The request target holds a control character or a space.</source>
        <translation>Das Anfrageziel enthält ein Steuerzeichen oder ein Leerzeichen.</translation>
    </message>
    <message>
        <source>Folded header lines are not accepted.</source>
        <translation>Gefaltete Header-Zeilen werden nicht akzeptiert.</translation>
    </message>
    <message>
        <source>A header line is not &quot;Name: value&quot;.</source>
        <translation>Eine Header-Zeile hat nicht die Form „Name: Wert“.</translation>
    </message>
    <message>
        <source>A header value holds a control character.</source>
        <translation>Ein Header-Wert enthält ein Steuerzeichen.</translation>
    </message>
    <message>
        <source>Send one Content-Length header, not several.</source>
        <translation>Senden Sie genau einen Content-Length-Header, nicht mehrere.</translation>
    </message>
    <message>
        <source>Content-Length must be a number of bytes.</source>
        <translation>Content-Length muss eine Anzahl von Bytes sein.</translation>
    </message>
    <message>
        <source>Send the body with a Content-Length; chunked bodies are not accepted.</source>
        <translation>Senden Sie den Anfragetext mit Content-Length; Chunked-Übertragung wird nicht akzeptiert.</translation>
    </message>
    <message>
        <source>Only &quot;Expect: 100-continue&quot; is understood.</source>
        <translation>Nur „Expect: 100-continue“ wird unterstützt.</translation>
    </message>
</context>
<context>
    <name>ResultSummary</name>
    <message numerus="yes">
        <source>a list of %n item(s)</source>
        <translation>
            <numerusform>eine Liste mit %n Eintrag</numerusform>
            <numerusform>eine Liste mit %n Einträgen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…und %n weiterer</numerusform>
            <numerusform>…und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It logged %n error(s) while it ran: see Activity.</source>
        <translation>
            <numerusform>Es hat während der Ausführung %n Fehler protokolliert: siehe Aktivität.</numerusform>
            <numerusform>Es hat während der Ausführung %n Fehler protokolliert: siehe Aktivität.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunDetails</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 finished.</source>
        <translation>%1 ist fertig.</translation>
    </message>
    <message>
        <source>%1 reported an error.</source>
        <translation>%1 hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>%1 was cancelled before it finished.</source>
        <translation>%1 wurde vor dem Ende abgebrochen.</translation>
    </message>
    <message>
        <source>%1 ran out of time and was stopped.</source>
        <translation>%1 hat das Zeitlimit überschritten und wurde gestoppt.</translation>
    </message>
    <message>
        <source>%1 failed.</source>
        <translation>%1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Started %1, ended %2 (%3).</source>
        <translation>Gestartet %1, beendet %2 (%3).</translation>
    </message>
    <message>
        <source>Ended %1 without starting.</source>
        <translation>Beendet %1, ohne zu starten.</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <source>The plugin logged nothing while it ran.</source>
        <translation>Das Plugin hat während der Ausführung nichts protokolliert.</translation>
    </message>
    <message>
        <source>%1 is queued since %2: it starts when the plugin&apos;s running action ends.</source>
        <translation>%1 ist seit %2 in der Warteschlange: Es startet, sobald die laufende Aktion des Plugins endet.</translation>
    </message>
    <message>
        <source>Cancel takes it off the queue.</source>
        <translation>„Abbrechen“ nimmt es aus der Warteschlange.</translation>
    </message>
    <message>
        <source>%1 is being cancelled. A plugin busy in a system call stops when the call returns.</source>
        <translation>%1 wird abgebrochen. Ein Plugin, das in einem Systemaufruf beschäftigt ist, stoppt, sobald der Aufruf zurückkehrt.</translation>
    </message>
    <message>
        <source>%1 is running: %2% done.</source>
        <translation>%1 wird ausgeführt: %2% erledigt.</translation>
    </message>
    <message>
        <source>%1 is running: %2% done — %3.</source>
        <translation>%1 wird ausgeführt: %2% erledigt — %3.</translation>
    </message>
    <message>
        <source>%1 is running.</source>
        <translation>%1 wird ausgeführt.</translation>
    </message>
    <message>
        <source>%1 is running — %2.</source>
        <translation>%1 wird ausgeführt — %2.</translation>
    </message>
    <message>
        <source>Started %1, %2 ago.</source>
        <translation>Gestartet %1, vor %2.</translation>
    </message>
    <message>
        <source>Cancel on its row (or the Delete key) stops it.</source>
        <translation>„Abbrechen“ in seiner Zeile (oder die Entf-Taste) stoppt es.</translation>
    </message>
    <message>
        <source>Logged while it ran (the last %1 of %2 lines; the log below has them all):</source>
        <translation>Während der Ausführung protokolliert (die letzten %1 von %2 Zeilen; das Protokoll unten enthält alle):</translation>
    </message>
    <message>
        <source>Logged while it ran:</source>
        <translation>Während der Ausführung protokolliert:</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
</context>
<context>
    <name>RunJournal</name>
    <message>
        <source>recording runs</source>
        <translation>Aufzeichnen der Ausführungen</translation>
    </message>
    <message>
        <source>reading the runs of %1</source>
        <translation>Lesen der Ausführungen von %1</translation>
    </message>
</context>
<context>
    <name>RuntimeVersions</name>
    <message>
        <source>unavailable</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <source>Qt %1, Python %2, SQLite %3, QuaZip %4</source>
        <translation>Qt %1, Python %2, SQLite %3, QuaZip %4</translation>
    </message>
    <message>
        <source>Plugin modules: %1</source>
        <translation>Plugin-Module: %1</translation>
    </message>
    <message>
        <source>Example plugins: not installed</source>
        <translation>Beispiel-Plugins: nicht installiert</translation>
    </message>
    <message>
        <source>Example plugins: %1</source>
        <translation>Beispiel-Plugins: %1</translation>
    </message>
</context>
<context>
    <name>SettingsFile</name>
    <message>
        <source>The entry of &quot;%1&quot; must be an object with its &quot;settings&quot;.</source>
        <translation>Der Eintrag von „%1“ muss ein Objekt mit seinen „settings“ sein.</translation>
    </message>
    <message>
        <source>The entry of &quot;%1&quot; has a key the format does not know: &quot;%2&quot;.</source>
        <translation>Der Eintrag von „%1“ hat einen Schlüssel, den das Format nicht kennt: „%2“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; of &quot;%2&quot; must be text.</source>
        <translation>„%1“ von „%2“ muss Text sein.</translation>
    </message>
    <message>
        <source>The entry of &quot;%1&quot; has no &quot;settings&quot; object ({&quot;&lt;field id&gt;&quot;: value, …}).</source>
        <translation>Der Eintrag von „%1“ hat kein „settings“-Objekt ({&quot;&lt;field id&gt;&quot;: Wert, …}).</translation>
    </message>
    <message>
        <source>The settings file is empty.</source>
        <translation>Die Einstellungsdatei ist leer.</translation>
    </message>
    <message>
        <source>The settings file is not valid JSON (%1 at byte %2).</source>
        <translation>Die Einstellungsdatei ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>The settings file must hold one JSON object, as an export writes it ({&quot;format&quot;: &quot;plugboard-settings&quot;, …}).</source>
        <translation>Die Einstellungsdatei muss ein JSON-Objekt enthalten, wie es ein Export schreibt ({&quot;format&quot;: &quot;plugboard-settings&quot;, …}).</translation>
    </message>
    <message>
        <source>This is not a Plugboard settings file: its &quot;format&quot; must be &quot;%1&quot;.</source>
        <translation>Dies ist keine Plugboard-Einstellungsdatei: Ihr „format“ muss „%1“ sein.</translation>
    </message>
    <message>
        <source>The settings file has no &quot;schema_version&quot; (a whole number, %1 for this Plugboard).</source>
        <translation>Die Einstellungsdatei hat keine „schema_version“ (eine ganze Zahl, %1 für dieses Plugboard).</translation>
    </message>
    <message>
        <source>The settings file has schema version %1, which a newer Plugboard wrote; this one reads version %2. Update Plugboard to import it.</source>
        <translation>Die Einstellungsdatei hat die Schemaversion %1, die ein neueres Plugboard geschrieben hat; dieses liest Version %2. Aktualisieren Sie Plugboard, um sie zu importieren.</translation>
    </message>
    <message>
        <source>The settings file has schema version %1; Plugboard writes version %2 and has never written a lower one.</source>
        <translation>Die Einstellungsdatei hat die Schemaversion %1; Plugboard schreibt Version %2 und hat nie eine niedrigere geschrieben.</translation>
    </message>
    <message>
        <source>The settings file has a key the format does not know: &quot;%1&quot;.</source>
        <translation>Die Einstellungsdatei hat einen Schlüssel, den das Format nicht kennt: „%1“.</translation>
    </message>
    <message>
        <source>&quot;includes_secrets&quot; must be true or false.</source>
        <translation>„includes_secrets“ muss true oder false sein.</translation>
    </message>
    <message>
        <source>&quot;exported_at&quot; must be a date as text.</source>
        <translation>„exported_at“ muss ein Datum als Text sein.</translation>
    </message>
    <message>
        <source>&quot;plugins&quot; must be an object that maps plugin keys to their settings ({&quot;&lt;key&gt;&quot;: {&quot;settings&quot;: {…}}}).</source>
        <translation>„plugins“ muss ein Objekt sein, das Plugin-Schlüssel ihren Einstellungen zuordnet ({&quot;&lt;key&gt;&quot;: {&quot;settings&quot;: {…}}}).</translation>
    </message>
</context>
<context>
    <name>SettingsTransfer</name>
    <message>
        <source>The folder of &quot;%1&quot; is missing, so its settings fields are unknown.</source>
        <translation>Der Ordner von „%1“ fehlt, daher sind seine Einstellungsfelder unbekannt.</translation>
    </message>
    <message>
        <source>The file holds no plugin settings.</source>
        <translation>Die Datei enthält keine Plugin-Einstellungen.</translation>
    </message>
    <message>
        <source>Plugins applied: %1, skipped: %2, refused: %3.</source>
        <translation>Plugins übernommen: %1, übersprungen: %2, abgelehnt: %3.</translation>
    </message>
    <message>
        <source>Not installed here.</source>
        <translation>Hier nicht installiert.</translation>
    </message>
    <message>
        <source>None of its settings in the file is a field it has now.</source>
        <translation>Keine seiner Einstellungen in der Datei ist ein Feld, das es jetzt hat.</translation>
    </message>
    <message>
        <source>It already has these settings.</source>
        <translation>Es hat diese Einstellungen bereits.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 lässt sich nicht schreiben: %2.</translation>
    </message>
    <message>
        <source>Cannot make %1 private to you: %2.</source>
        <translation>%1 lässt sich nicht nur für Sie lesbar machen: %2.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 lässt sich nicht lesen: %2.</translation>
    </message>
    <message>
        <source>%1 is larger than %2, too large for a settings file.</source>
        <translation>%1 ist größer als %2, zu groß für eine Einstellungsdatei.</translation>
    </message>
</context>
<context>
    <name>WindowApi</name>
    <message>
        <source>The REST API is not running</source>
        <translation>Die REST-API läuft nicht</translation>
    </message>
    <message>
        <source>No API token</source>
        <translation>Kein API-Token</translation>
    </message>
    <message>
        <source>API token copied</source>
        <translation>API-Token kopiert</translation>
    </message>
    <message>
        <source>Send it as &quot;Authorization: Bearer &lt;token&gt;&quot; to %1.</source>
        <translation>Senden Sie das Token als „Authorization: Bearer &lt;token&gt;“ an %1.</translation>
    </message>
</context>
<context>
    <name>ZipInspector</name>
    <message>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be imported: %2</source>
        <translation>„%1“ kann nicht importiert werden: %2</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; is damaged (%2).</source>
        <translation>der Eintrag „%1“ ist beschädigt (%2).</translation>
    </message>
    <message>
        <source>Could not open &quot;%1&quot;: %2.</source>
        <translation>„%1“ konnte nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>the zip archive is empty.</source>
        <translation>das ZIP-Archiv ist leer.</translation>
    </message>
    <message>
        <source>it is not a zip archive, or it is damaged.</source>
        <translation>die Datei ist kein ZIP-Archiv oder ist beschädigt.</translation>
    </message>
    <message>
        <source>its table of contents is damaged.</source>
        <translation>das Inhaltsverzeichnis des Archivs ist beschädigt.</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; is a symbolic link; a link could point outside the plugin folder, so Plugboard does not install them.</source>
        <translation>der Eintrag „%1“ ist ein symbolischer Link; ein Link könnte auf etwas außerhalb des Plugin-Ordners zeigen, daher installiert Plugboard keine Links.</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; is a device, pipe or socket, not a file or folder.</source>
        <translation>der Eintrag „%1“ ist ein Gerät, eine Pipe oder ein Socket, weder Datei noch Ordner.</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; is encrypted, so Plugboard cannot check it; make the zip again without a password.</source>
        <translation>der Eintrag „%1“ ist verschlüsselt, daher kann Plugboard ihn nicht prüfen; erstellen Sie die ZIP-Datei ohne Passwort neu.</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; is a folder but holds data.</source>
        <translation>der Eintrag „%1“ ist ein Ordner, enthält aber Daten.</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; uses compression method %2, which Plugboard cannot read; make the zip again with ordinary (deflate) compression.</source>
        <translation>der Eintrag „%1“ verwendet die Komprimierungsmethode %2, die Plugboard nicht lesen kann; erstellen Sie die ZIP-Datei mit normaler Komprimierung (Deflate) neu.</translation>
    </message>
    <message>
        <source>it holds %1 entries, more than the %2 a plugin may have.</source>
        <translation>das Archiv enthält %1 Einträge, mehr als die %2, die ein Plugin haben darf.</translation>
    </message>
    <message>
        <source>it holds more than the %1 entries a plugin may have.</source>
        <translation>das Archiv enthält mehr als die %1 Einträge, die ein Plugin haben darf.</translation>
    </message>
    <message>
        <source>its data runs past the end of the archive</source>
        <translation>seine Daten reichen über das Ende des Archivs hinaus</translation>
    </message>
    <message>
        <source>the entries &quot;%1&quot; and &quot;%2&quot; share the same data, a shape only zip bombs have.</source>
        <translation>die Einträge „%1“ und „%2“ teilen sich dieselben Daten – ein Aufbau, den nur ZIP-Bomben haben.</translation>
    </message>
    <message>
        <source>it cannot be opened</source>
        <translation>er lässt sich nicht öffnen</translation>
    </message>
    <message>
        <source>its data cannot be decompressed</source>
        <translation>seine Daten lassen sich nicht entpacken</translation>
    </message>
    <message>
        <source>it decompresses to more than %1 MiB (reading stopped at &quot;%2&quot;).</source>
        <translation>das Archiv ist entpackt größer als %1 MiB (Lesen bei „%2“ abgebrochen).</translation>
    </message>
    <message>
        <source>it expands more than %1 times (noticed at &quot;%2&quot;), which is how zip bombs look.</source>
        <translation>das Archiv wächst beim Entpacken auf mehr als das %1-Fache (bemerkt bei „%2“), wie es für ZIP-Bomben typisch ist.</translation>
    </message>
    <message>
        <source>its header says %1 bytes, its data holds %2</source>
        <translation>sein Header nennt %1 Byte, seine Daten umfassen %2</translation>
    </message>
    <message>
        <source>its checksum does not match its data</source>
        <translation>seine Prüfsumme passt nicht zu seinen Daten</translation>
    </message>
    <message>
        <source>it cannot be read to the end</source>
        <translation>er lässt sich nicht bis zum Ende lesen</translation>
    </message>
    <message>
        <source>it holds no plugin.py and no __init__.py, so it is not a plugin.</source>
        <translation>das Archiv enthält weder plugin.py noch __init__.py und ist daher kein Plugin.</translation>
    </message>
    <message>
        <source>it holds more than one plugin at the same level (&quot;%1&quot; and &quot;%2&quot;); import them one at a time.</source>
        <translation>das Archiv enthält mehr als ein Plugin auf derselben Ebene („%1“ und „%2“); importieren Sie die Plugins einzeln.</translation>
    </message>
    <message>
        <source>The zip has no plugin.json beside the plugin&apos;s code: the plugin will be listed as legacy.</source>
        <translation>Die ZIP-Datei enthält keine plugin.json neben dem Code des Plugins: Das Plugin wird als Plugin im alten Format aufgeführt.</translation>
    </message>
    <message>
        <source>plugin.json is %1 bytes, more than the %2 bytes Plugboard reads; the plugin will be listed as legacy.</source>
        <translation>plugin.json ist %1 Byte groß, mehr als die %2 Byte, die Plugboard liest; das Plugin wird als Plugin im alten Format aufgeführt.</translation>
    </message>
    <message>
        <source>it decompresses to more than %1 MiB.</source>
        <translation>das Archiv ist entpackt größer als %1 MiB.</translation>
    </message>
    <message>
        <source>it expands more than %1 times, which is how zip bombs look.</source>
        <translation>das Archiv wächst beim Entpacken auf mehr als das %1-Fache, wie es für ZIP-Bomben typisch ist.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; changed after it was inspected; inspect it again.</source>
        <translation>„%1“ wurde nach der Prüfung verändert; prüfen Sie die Datei erneut.</translation>
    </message>
    <message>
        <source>The import report does not match its archive.</source>
        <translation>Der Importbericht passt nicht zu seinem Archiv.</translation>
    </message>
</context>
<context>
    <name>ZipInstaller</name>
    <message>
        <source>Could not write &quot;%1&quot; into &quot;%2&quot;: %3.</source>
        <translation>„%1“ konnte nicht in „%2“ geschrieben werden: %3.</translation>
    </message>
    <message>
        <source>Could not create the plugins folder &quot;%1&quot;.</source>
        <translation>Der Plugin-Ordner „%1“ konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Could not create a staging folder in &quot;%1&quot; (check that you may write there).</source>
        <translation>In „%1“ konnte kein Zwischenordner erstellt werden (prüfen Sie, ob Sie dort schreiben dürfen).</translation>
    </message>
    <message>
        <source>Could not create a staging folder in &quot;%1&quot;: %2.</source>
        <translation>In „%1“ konnte kein Zwischenordner erstellt werden: %2.</translation>
    </message>
    <message>
        <source>Could not open &quot;%1&quot;: %2.</source>
        <translation>„%1“ konnte nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a staging folder in &quot;%2&quot;.</source>
        <translation>„%1“ ist kein Zwischenordner in „%2“.</translation>
    </message>
    <message>
        <source>Another import is changing the plugins folder &quot;%1&quot;; try again when it is done.</source>
        <translation>Ein anderer Import ändert gerade den Plugin-Ordner „%1“; versuchen Sie es erneut, wenn er abgeschlossen ist.</translation>
    </message>
    <message>
        <source>The plugins folder already has a folder named &quot;%1&quot;; choose Replace to overwrite it, or another folder name.</source>
        <translation>Der Plugin-Ordner enthält bereits einen Ordner namens „%1“; wählen Sie „Ersetzen“, um ihn zu überschreiben, oder einen anderen Ordnernamen.</translation>
    </message>
    <message>
        <source>The previous plugin could not be moved back (%1); it is in &quot;%2&quot; and will be restored at the next start.</source>
        <translation>Das vorherige Plugin konnte nicht zurückverschoben werden (%1); es liegt in „%2“ und wird beim nächsten Start wiederhergestellt.</translation>
    </message>
    <message>
        <source>Could not move the installed &quot;%1&quot; aside: %2.</source>
        <translation>Der installierte Ordner „%1“ konnte nicht beiseitegeschoben werden: %2.</translation>
    </message>
    <message>
        <source>A folder named &quot;%1&quot; appeared in the plugins folder during the import.</source>
        <translation>Während des Imports ist im Plugin-Ordner ein Ordner namens „%1“ entstanden.</translation>
    </message>
    <message>
        <source>Could not move &quot;%1&quot; into place: %2.</source>
        <translation>„%1“ konnte nicht an seinen Zielort verschoben werden: %2.</translation>
    </message>
</context>
<context>
    <name>ZipPath</name>
    <message>
        <source>the entry &quot;%1…&quot; has a NUL byte in its name.</source>
        <translation>der Eintrag „%1…“ enthält ein NUL-Byte im Namen.</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; is marked as UTF-8, but its name is not valid UTF-8.</source>
        <translation>der Eintrag „%1“ ist als UTF-8 markiert, aber sein Name ist kein gültiges UTF-8.</translation>
    </message>
    <message>
        <source>an entry has an empty name.</source>
        <translation>ein Eintrag hat einen leeren Namen.</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; has a control character in its name.</source>
        <translation>der Eintrag „%1“ enthält ein Steuerzeichen im Namen.</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; has an absolute path; a plugin zip may only hold relative paths.</source>
        <translation>der Eintrag „%1“ hat einen absoluten Pfad; eine Plugin-ZIP-Datei darf nur relative Pfade enthalten.</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; starts with a drive letter; a plugin zip may only hold relative paths.</source>
        <translation>der Eintrag „%1“ beginnt mit einem Laufwerksbuchstaben; eine Plugin-ZIP-Datei darf nur relative Pfade enthalten.</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; has an empty folder name in its path.</source>
        <translation>der Eintrag „%1“ enthält einen leeren Ordnernamen im Pfad.</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; goes up a folder (&quot;..&quot;) and could land outside the plugin folder.</source>
        <translation>der Eintrag „%1“ geht einen Ordner nach oben („..“) und könnte außerhalb des Plugin-Ordners landen.</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; has a &quot;.&quot; folder in its path, which no ordinary zip tool writes.</source>
        <translation>der Eintrag „%1“ enthält einen „.“-Ordner im Pfad, den kein gewöhnliches ZIP-Programm schreibt.</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; has a name part longer than 255 bytes, which no file system here accepts.</source>
        <translation>der Eintrag „%1“ hat einen Namensteil, der länger als 255 Byte ist; das akzeptiert hier kein Dateisystem.</translation>
    </message>
    <message>
        <source>The folder name is empty.</source>
        <translation>Der Ordnername ist leer.</translation>
    </message>
    <message>
        <source>The folder name &quot;%1&quot; contains &quot;/&quot; or &quot;\&quot;; choose a single folder name.</source>
        <translation>Der Ordnername „%1“ enthält „/“ oder „\“; wählen Sie einen einzelnen Ordnernamen.</translation>
    </message>
    <message>
        <source>The folder name &quot;%1&quot; contains a control character.</source>
        <translation>Der Ordnername „%1“ enthält ein Steuerzeichen.</translation>
    </message>
    <message>
        <source>The folder name &quot;%1&quot; starts with &quot;.&quot;; Plugboard skips such folders.</source>
        <translation>Der Ordnername „%1“ beginnt mit „.“; solche Ordner überspringt Plugboard.</translation>
    </message>
    <message>
        <source>The folder name is longer than 200 bytes; choose a shorter one.</source>
        <translation>Der Ordnername ist länger als 200 Byte; wählen Sie einen kürzeren.</translation>
    </message>
    <message>
        <source>the entries &quot;%1&quot; and &quot;%2&quot; differ only in letter case or Unicode form, and would overwrite each other on many systems.</source>
        <translation>die Einträge „%1“ und „%2“ unterscheiden sich nur in der Groß-/Kleinschreibung oder der Unicode-Form und würden sich auf vielen Systemen gegenseitig überschreiben.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is both a file and a folder in the archive.</source>
        <translation>„%1“ ist im Archiv sowohl eine Datei als auch ein Ordner.</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; appears twice in the archive.</source>
        <translation>der Eintrag „%1“ kommt im Archiv zweimal vor.</translation>
    </message>
</context>
<context>
    <name>plugboard</name>
    <message>
        <source>Plugboard is already open; its window was raised.</source>
        <translation>Plugboard ist bereits geöffnet; sein Fenster wurde in den Vordergrund geholt.</translation>
    </message>
    <message numerus="yes">
        <source>Plugboard is already open; it shows the import preview of %n zip(s).</source>
        <translation>
            <numerusform>Plugboard ist bereits geöffnet; es zeigt die Importvorschau von %n ZIP-Datei.</numerusform>
            <numerusform>Plugboard ist bereits geöffnet; es zeigt die Importvorschau von %n ZIP-Dateien.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Another start handed over %n zip(s) to import.</source>
        <translation>
            <numerusform>Ein weiterer Start hat %n ZIP-Datei zum Importieren übergeben.</numerusform>
            <numerusform>Ein weiterer Start hat %n ZIP-Dateien zum Importieren übergeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Another start cannot reach this window (%1); it will say that Plugboard already runs.</source>
        <translation>Ein weiterer Start kann dieses Fenster nicht erreichen (%1); er wird melden, dass Plugboard bereits läuft.</translation>
    </message>
</context>
<context>
    <name>plugboard::ApiServer</name>
    <message>
        <source>Send the API token.</source>
        <translation>Senden Sie das API-Token.</translation>
    </message>
    <message>
        <source>No endpoint %1 %2; GET /api/plugins/openapi.json lists them.</source>
        <translation>Kein Endpunkt %1 %2; GET /api/plugins/openapi.json listet alle Endpunkte auf.</translation>
    </message>
    <message>
        <source>%1 is not allowed on %2; use %3.</source>
        <translation>%1 ist für %2 nicht erlaubt; verwenden Sie %3.</translation>
    </message>
</context>
<context>
    <name>plugboard::EventStream</name>
    <message>
        <source>No event stream at this path; use /api/plugins/events/.</source>
        <translation>Unter diesem Pfad gibt es keinen Ereignisstrom; verwenden Sie /api/plugins/events/.</translation>
    </message>
    <message>
        <source>Send the API token as &quot;Authorization: Bearer &lt;token&gt;&quot;.</source>
        <translation>Senden Sie das API-Token als „Authorization: Bearer &lt;token&gt;“.</translation>
    </message>
    <message>
        <source>Too many events went unread; reconnect to follow again.</source>
        <translation>Zu viele Ereignisse blieben ungelesen; verbinden Sie sich erneut, um weiter mitzulesen.</translation>
    </message>
    <message>
        <source>Plugboard is stopping.</source>
        <translation>Plugboard wird beendet.</translation>
    </message>
</context>
<context>
    <name>plugboard::ui::AboutDialog</name>
    <message>
        <source>About Plugboard</source>
        <translation>Über Plugboard</translation>
    </message>
    <message>
        <source>Plugboard icon</source>
        <translation>Plugboard-Symbol</translation>
    </message>
    <message>
        <source>Plugboard</source>
        <translation>Plugboard</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Plugboard version</source>
        <translation>Plugboard-Version</translation>
    </message>
    <message>
        <source>Plugboard %1</source>
        <translation>Plugboard %1</translation>
    </message>
    <message>
        <source>Discovers, shows, configures and runs Python plugins written to Dispatcharr&apos;s plugin contract.</source>
        <translation>Erkennt Python-Plugins, die für die Plugin-Schnittstelle von Dispatcharr geschrieben wurden, zeigt sie an, konfiguriert sie und führt sie aus.</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <source>Plugin modules</source>
        <translation>Plugin-Module</translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <source>QuaZip</source>
        <translation>QuaZip</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>Plugins folder</source>
        <translation>Plugin-Ordner</translation>
    </message>
    <message>
        <source>Example plugins</source>
        <translation>Beispiel-Plugins</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>nicht installiert</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>GNU General Public License, version 3 or later (GPL-3.0-or-later)</source>
        <translation>GNU General Public License, Version 3 oder neuer (GPL-3.0-or-later)</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Plugin author guide</source>
        <translation>Leitfaden für Plugin-Autoren</translation>
    </message>
    <message>
        <source>Report a problem</source>
        <translation>Problem melden</translation>
    </message>
    <message>
        <source>Dispatcharr</source>
        <translation>Dispatcharr</translation>
    </message>
    <message>
        <source>Plugin processes</source>
        <translation>Plugin-Prozesse</translation>
    </message>
    <message>
        <source>Plugin</source>
        <translation>Plugin</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>&amp;Copy Details</source>
        <translation>&amp;Details kopieren</translation>
    </message>
    <message>
        <source>Copy versions and folders</source>
        <translation>Versionen und Ordner kopieren</translation>
    </message>
    <message>
        <source>Copy the versions and folders, for a bug report.</source>
        <translation>Versionen und Ordner für einen Fehlerbericht kopieren.</translation>
    </message>
    <message>
        <source>Open in the file manager</source>
        <translation>Im Dateimanager öffnen</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Plugin process: %1 (%2), pid %3, %4</source>
        <translation>Plugin-Prozess: %1 (%2), PID %3, %4</translation>
    </message>
    <message>
        <source>No plugin runs now. Each enabled plugin runs in a process of its own.</source>
        <translation>Derzeit läuft kein Plugin. Jedes aktivierte Plugin läuft in einem eigenen Prozess.</translation>
    </message>
    <message>
        <source>1 plugin process, %1 in memory:</source>
        <translation>1 Plugin-Prozess, %1 im Speicher:</translation>
    </message>
    <message>
        <source>%1 plugin processes, %2 in memory:</source>
        <translation>%1 Plugin-Prozesse, %2 im Speicher:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>%1 · others: --lang %2 or $PLUGBOARD_LANG</source>
        <translation>%1 · andere Sprachen: --lang %2 oder $PLUGBOARD_LANG</translation>
    </message>
    <message>
        <source>English</source>
        <comment>the name of the language of this translation, in itself</comment>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>Database backups</source>
        <translation>Datenbanksicherungen</translation>
    </message>
    <message>
        <source>Open in the file manager. A copy of the plugin database is kept once a day when something changed (the last 7) and before every upgrade; a damaged database is restored from the newest good one.</source>
        <translation>Im Dateimanager öffnen. Eine Kopie der Plugin-Datenbank wird einmal täglich angelegt, wenn sich etwas geändert hat (die letzten 7), und vor jeder Aktualisierung; eine beschädigte Datenbank wird aus der neuesten intakten wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>plugboard::ui::ActionList</name>
    <message>
        <source>This legacy plugin declares its actions in its code: enable it to see them.</source>
        <translation>Dieses Plugin im alten Format legt seine Aktionen im Code fest: Aktivieren Sie es, um sie zu sehen.</translation>
    </message>
    <message>
        <source>This plugin has no actions.</source>
        <translation>Dieses Plugin hat keine Aktionen.</translation>
    </message>
    <message>
        <source>Enable the plugin to run its actions.</source>
        <translation>Aktivieren Sie das Plugin, um seine Aktionen auszuführen.</translation>
    </message>
    <message>
        <source>The plugin failed to load; see the error above.</source>
        <translation>Das Plugin konnte nicht geladen werden; siehe den Fehler oben.</translation>
    </message>
    <message>
        <source>The plugin is loading…</source>
        <translation>Das Plugin wird geladen…</translation>
    </message>
    <message>
        <source>Background job %1</source>
        <translation>Hintergrundauftrag %1</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>in der Warteschlange</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>cancelling…</source>
        <translation>wird abgebrochen…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel %1</source>
        <translation>%1 abbrechen</translation>
    </message>
</context>
<context>
    <name>plugboard::ui::ActionRow</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cancel %1</source>
        <translation>%1 abbrechen</translation>
    </message>
    <message>
        <source>Cancelling… (a plugin busy in a system call stops when the call returns)</source>
        <translation>Wird abgebrochen… (ein Plugin, das in einem Systemaufruf steckt, stoppt, sobald der Aufruf zurückkehrt)</translation>
    </message>
    <message>
        <source>Running: %1%</source>
        <translation>Wird ausgeführt: %1&#xa0;%</translation>
    </message>
    <message>
        <source>Running: %1% — %2</source>
        <translation>Wird ausgeführt: %1&#xa0;% — %2</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Wird ausgeführt…</translation>
    </message>
    <message>
        <source>queued after it: %1</source>
        <translation>danach in der Warteschlange: %1</translation>
    </message>
    <message>
        <source>Queued (%1): waits for the plugin&apos;s running action</source>
        <translation>In der Warteschlange (%1): wartet auf die laufende Aktion des Plugins</translation>
    </message>
    <message>
        <source>Running… %1%</source>
        <translation>Läuft… %1 %</translation>
    </message>
</context>
<context>
    <name>plugboard::ui::ActivityView</name>
    <message>
        <source>Plugin log</source>
        <translation>Plugin-Protokoll</translation>
    </message>
    <message>
        <source>Nothing logged yet.</source>
        <translation>Noch nichts protokolliert.</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>What the selected run did</source>
        <translation>Was die ausgewählte Ausführung getan hat</translation>
    </message>
    <message>
        <source>Select a run to see what it did.</source>
        <translation>Wählen Sie eine Ausführung, um zu sehen, was sie getan hat.</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Ausführungen</translation>
    </message>
</context>
<context>
    <name>plugboard::ui::ClampedText</name>
    <message>
        <source>Less</source>
        <translation>Weniger</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <source>Show less of the text</source>
        <translation>Weniger vom Text zeigen</translation>
    </message>
    <message>
        <source>Show all of the text</source>
        <translation>Den ganzen Text zeigen</translation>
    </message>
</context>
<context>
    <name>plugboard::ui::ConfirmRunDialog</name>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
</context>
<context>
    <name>plugboard::ui::FieldEditor</name>
    <message>
        <source>Error for %1</source>
        <translation>Fehler bei %1</translation>
    </message>
    <message>
        <source>The smallest value allowed is %1.</source>
        <translation>Der kleinste zulässige Wert ist %1.</translation>
    </message>
    <message>
        <source>The largest value allowed is %1.</source>
        <translation>Der größte zulässige Wert ist %1.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show or hide what you typed</source>
        <translation>Eingabe anzeigen oder verbergen</translation>
    </message>
    <message>
        <source>Saved; type a new value to replace it</source>
        <translation>Gespeichert; geben Sie zum Ersetzen einen neuen Wert ein</translation>
    </message>
</context>
<context>
    <name>plugboard::ui::FindPluginsPage</name>
    <message>
        <source>Install</source>
        <translation>Installieren</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Versions the repository lists</source>
        <translation>Vom Repository aufgeführte Versionen</translation>
    </message>
    <message>
        <source>Install This Version</source>
        <translation>Diese Version installieren</translation>
    </message>
    <message>
        <source>No plugin selected</source>
        <translation>Kein Plugin ausgewählt</translation>
    </message>
    <message>
        <source>Choose a plugin in the list to read about it.</source>
        <translation>Wählen Sie ein Plugin in der Liste aus, um mehr darüber zu erfahren.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>aus %1</translation>
    </message>
    <message>
        <source>licence %1</source>
        <translation>Lizenz %1</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>aktualisiert am %1</translation>
    </message>
    <message>
        <source>Signature verified</source>
        <translation>Signatur geprüft</translation>
    </message>
    <message>
        <source>Signature invalid</source>
        <translation>Signatur ungültig</translation>
    </message>
    <message>
        <source>Unsigned</source>
        <translation>Unsigniert</translation>
    </message>
    <message>
        <source>Official repository</source>
        <translation>Offizielles Repository</translation>
    </message>
    <message>
        <source>Deprecated</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <source>Installed: %1</source>
        <translation>Installiert: %1</translation>
    </message>
    <message>
        <source>The repository gives no description.</source>
        <translation>Das Repository enthält keine Beschreibung.</translation>
    </message>
    <message>
        <source>Reading the versions the repository lists…</source>
        <translation>Vom Repository aufgeführte Versionen werden gelesen…</translation>
    </message>
    <message>
        <source>Project page</source>
        <translation>Projektseite</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Diskussion</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quellcode</translation>
    </message>
    <message>
        <source>Maintained by %1</source>
        <translation>Betreut von %1</translation>
    </message>
    <message>
        <source>latest</source>
        <translation>neueste</translation>
    </message>
    <message>
        <source>installed</source>
        <translation>installiert</translation>
    </message>
    <message>
        <source>pre-release</source>
        <translation>Vorabversion</translation>
    </message>
    <message>
        <source>Dispatcharr ≥ %1</source>
        <translation>Dispatcharr ≥ %1</translation>
    </message>
    <message>
        <source>Only the latest version is known: %1</source>
        <translation>Nur die neueste Version ist bekannt: %1</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installiert</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The repository&apos;s signature does not verify: Plugboard does not install from it.</source>
        <translation>Die Signatur des Repositorys ist ungültig: Plugboard installiert nichts daraus.</translation>
    </message>
    <message>
        <source>Install the version chosen above</source>
        <translation>Die oben ausgewählte Version installieren</translation>
    </message>
    <message>
        <source>Installing %1 %2…</source>
        <translation>%1 %2 wird installiert…</translation>
    </message>
    <message>
        <source>%1 updated</source>
        <translation>%1 aktualisiert</translation>
    </message>
    <message>
        <source>%1 installed</source>
        <translation>%1 installiert</translation>
    </message>
    <message>
        <source>Version %1 from %2. It is switched off: enable it on the Installed page when you trust it.</source>
        <translation>Version %1 aus %2. Das Plugin ist ausgeschaltet: Aktivieren Sie es auf der Seite „Installiert“, sobald Sie ihm vertrauen.</translation>
    </message>
    <message>
        <source>Install cancelled</source>
        <translation>Installation abgebrochen</translation>
    </message>
    <message>
        <source>%1 was not installed; nothing changed.</source>
        <translation>%1 wurde nicht installiert; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Could not install %1</source>
        <translation>%1 konnte nicht installiert werden</translation>
    </message>
    <message>
        <source>Updates available</source>
        <translation>Updates verfügbar</translation>
    </message>
    <message>
        <source>1 installed plugin can be updated: Installed ▸ Updates shows it.</source>
        <translation>Für ein installiertes Plugin gibt es ein Update: Sie finden es unter Installiert ▸ Updates.</translation>
    </message>
    <message>
        <source>%1 installed plugins can be updated: Installed ▸ Updates shows them.</source>
        <translation>Für %1 installierte Plugins gibt es Updates: Sie finden sie unter Installiert ▸ Updates.</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Wird neu geladen…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Find Plugins</source>
        <translation>Plugins finden</translation>
    </message>
    <message>
        <source>Search name, description, author</source>
        <translation>Name, Beschreibung, Autor durchsuchen</translation>
    </message>
    <message>
        <source>Search offered plugins</source>
        <translation>Angebotene Plugins durchsuchen</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <source>All repositories</source>
        <translation>Alle Repositorys</translation>
    </message>
    <message>
        <source>Fetch the lists of the enabled repositories again</source>
        <translation>Die Listen der aktivierten Repositorys erneut abrufen</translation>
    </message>
    <message>
        <source>Manage Repositories…</source>
        <translation>Repositorys verwalten…</translation>
    </message>
    <message>
        <source>Add, switch off, remove or refresh plugin repositories</source>
        <translation>Plugin-Repositorys hinzufügen, ausschalten, entfernen oder neu laden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Find plugins in repositories</source>
        <translation>Plugins in Repositorys finden</translation>
    </message>
    <message>
        <source>Plugboard has not gone online yet. To list the plugins that repositories offer, it downloads their lists from the internet (Dispatcharr&apos;s official repository first) and checks their signatures. Until you allow it, nothing is fetched. You can switch repositories off under Manage Repositories…</source>
        <translation>Plugboard war noch nicht online. Um die Plugins aufzulisten, die Repositorys anbieten, lädt es deren Listen aus dem Internet herunter (zuerst das offizielle Repository von Dispatcharr) und prüft ihre Signaturen. Solange Sie das nicht erlauben, wird nichts abgerufen. Unter „Repositorys verwalten…“ können Sie Repositorys ausschalten.</translation>
    </message>
    <message>
        <source>Allow Online Access</source>
        <translation>Onlinezugriff erlauben</translation>
    </message>
    <message>
        <source>Offered plugins</source>
        <translation>Angebotene Plugins</translation>
    </message>
    <message>
        <source>Could not allow online access</source>
        <translation>Onlinezugriff konnte nicht erlaubt werden</translation>
    </message>
    <message>
        <source>%1 (official)</source>
        <translation>%1 (offiziell)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 von %2 angezeigt</translation>
    </message>
    <message>
        <source>1 plugin offered</source>
        <translation>1 Plugin angeboten</translation>
    </message>
    <message>
        <source>%1 plugins offered</source>
        <translation>%1 Plugins angeboten</translation>
    </message>
    <message>
        <source>Repositories are not available in this window.</source>
        <translation>In diesem Fenster sind keine Repositorys verfügbar.</translation>
    </message>
    <message>
        <source>Fetching the repositories&apos; lists…</source>
        <translation>Die Listen der Repositorys werden abgerufen…</translation>
    </message>
    <message>
        <source>No repository could be read. Check your internet connection, then press Refresh. What went wrong is shown above.</source>
        <translation>Kein Repository konnte gelesen werden. Prüfen Sie Ihre Internetverbindung und klicken Sie dann auf „Neu laden“. Was schiefgelaufen ist, sehen Sie oben.</translation>
    </message>
    <message>
        <source>No enabled repository offers plugins. Enable a repository or add one with Manage Repositories…, then press Refresh.</source>
        <translation>Kein aktiviertes Repository bietet Plugins an. Aktivieren Sie ein Repository oder fügen Sie über „Repositorys verwalten…“ eines hinzu und klicken Sie dann auf „Neu laden“.</translation>
    </message>
    <message>
        <source>No offered plugin matches your search. Clear the search or choose All repositories.</source>
        <translation>Kein angebotenes Plugin passt zu Ihrer Suche. Leeren Sie die Suche oder wählen Sie „Alle Repositorys“.</translation>
    </message>
</context>
<context>
    <name>plugboard::ui::ImportDialog</name>
    <message>
        <source>&amp;Replace the installed plugin</source>
        <translation>Installiertes Plugin &amp;ersetzen</translation>
    </message>
    <message>
        <source>&amp;Keep it enabled: I trust the new code</source>
        <translation>Aktiviert &amp;lassen: Ich vertraue dem neuen Code</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <source>Author:</source>
        <translation>Autor:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>Folder name</source>
        <translation>Ordnername</translation>
    </message>
    <message>
        <source>&amp;Folder name:</source>
        <translation>&amp;Ordnername:</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <source>Contents:</source>
        <translation>Inhalt:</translation>
    </message>
    <message>
        <source>%1 files, %2</source>
        <translation>%1 Dateien, %2</translation>
    </message>
    <message>
        <source>Installed:</source>
        <translation>Installiert:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>yes, without a version</source>
        <translation>ja, ohne Version</translation>
    </message>
    <message>
        <source>yes, version %1</source>
        <translation>ja, Version %1</translation>
    </message>
    <message>
        <source>Legacy plugin: it has no usable plugin.json, so its settings and actions are known only once it is enabled.</source>
        <translation>Plugin im alten Format: Es hat keine verwendbare plugin.json, daher sind seine Einstellungen und Aktionen erst bekannt, wenn es aktiviert ist.</translation>
    </message>
    <message>
        <source>It ships compiled code (%1%2). Compiled code can do anything a program can, and cannot be read before it runs.</source>
        <translation>Es enthält kompilierten Code (%1%2). Kompilierter Code kann alles tun, was ein Programm kann, und lässt sich nicht lesen, bevor er ausgeführt wird.</translation>
    </message>
    <message>
        <source>Its plugin.json has problems: %1</source>
        <translation>Seine plugin.json hat Probleme: %1</translation>
    </message>
    <message>
        <source>no version</source>
        <translation>keine Version</translation>
    </message>
    <message>
        <source>It replaces the installed %1 (%2 → %3). Its settings are kept; the new code must be trusted again before it runs.</source>
        <translation>Es ersetzt das installierte Plugin %1 (%2 → %3). Seine Einstellungen bleiben erhalten; dem neuen Code muss erneut vertraut werden, bevor er ausgeführt wird.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Tick &quot;Replace the installed plugin&quot; to continue.</source>
        <translation>Setzen Sie ein Häkchen bei „Installiertes Plugin ersetzen“, um fortzufahren.</translation>
    </message>
</context>
<context>
    <name>plugboard::ui::InstallConfirmDialog</name>
    <message>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Downgrade</source>
        <translation>Zurückstufen</translation>
    </message>
    <message>
        <source>Reinstall</source>
        <translation>Neu installieren</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>Installieren</translation>
    </message>
    <message>
        <source>The repository is not signed with a key Plugboard checked: nothing proves who published this plugin.</source>
        <translation>Das Repository ist nicht mit einem von Plugboard geprüften Schlüssel signiert: Nichts belegt, wer dieses Plugin veröffentlicht hat.</translation>
    </message>
    <message>
        <source>Its publisher marked this plugin deprecated: it may no longer work or be maintained.</source>
        <translation>Der Herausgeber hat dieses Plugin als veraltet markiert: Es funktioniert möglicherweise nicht mehr oder wird nicht mehr gepflegt.</translation>
    </message>
    <message>
        <source>Version %1 is installed; this installs the older %2.</source>
        <translation>Version %1 ist installiert; hiermit wird die ältere Version %2 installiert.</translation>
    </message>
    <message>
        <source>It replaces the copy of %1 (%2) installed by hand; its settings are kept.</source>
        <translation>Es ersetzt die von Hand installierte Kopie von %1 (%2); die Einstellungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>It replaces the copy of %1 (%2) installed from another repository; its settings are kept.</source>
        <translation>Es ersetzt die aus einem anderen Repository installierte Kopie von %1 (%2); die Einstellungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>Its author is not named.</source>
        <translation>Der Autor ist nicht angegeben.</translation>
    </message>
    <message>
        <source>It says it is made by %1.</source>
        <translation>Laut eigener Angabe stammt es von %1.</translation>
    </message>
    <message>
        <source>A plugin runs its own code with your user&apos;s rights: it can read and change your files and reach the network. It is installed switched off; you enable it when you trust it.</source>
        <translation>Ein Plugin führt eigenen Code mit Ihren Benutzerrechten aus: Es kann Ihre Dateien lesen und ändern und auf das Netzwerk zugreifen. Es wird ausgeschaltet installiert; Sie aktivieren es, sobald Sie ihm vertrauen.</translation>
    </message>
    <message>
        <source>Checking what its code needs to run…</source>
        <translation>Es wird geprüft, was sein Code zur Ausführung benötigt…</translation>
    </message>
    <message>
        <source>What its code needs could not be checked: %1</source>
        <translation>Was sein Code benötigt, konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>Its code needs nothing that Plugboard&apos;s Python lacks.</source>
        <translation>Sein Code benötigt nichts, was dem Python von Plugboard fehlt.</translation>
    </message>
    <message>
        <source>Before you install it:</source>
        <translation>Bevor Sie es installieren:</translation>
    </message>
    <message>
        <source>Update %1?</source>
        <translation>%1 aktualisieren?</translation>
    </message>
    <message>
        <source>Update %1 to %2 from %3?</source>
        <translation>%1 aus %3 auf %2 aktualisieren?</translation>
    </message>
    <message>
        <source>Downgrade %1?</source>
        <translation>%1 zurückstufen?</translation>
    </message>
    <message>
        <source>Downgrade %1 to %2 from %3?</source>
        <translation>%1 aus %3 auf %2 zurückstufen?</translation>
    </message>
    <message>
        <source>Reinstall %1?</source>
        <translation>%1 neu installieren?</translation>
    </message>
    <message>
        <source>Reinstall %1 %2 from %3?</source>
        <translation>%1 %2 aus %3 neu installieren?</translation>
    </message>
    <message>
        <source>Replace %1?</source>
        <translation>%1 ersetzen?</translation>
    </message>
    <message>
        <source>Replace %1 with %2 from %3?</source>
        <translation>%1 durch %2 aus %3 ersetzen?</translation>
    </message>
    <message>
        <source>Install %1?</source>
        <translation>%1 installieren?</translation>
    </message>
    <message>
        <source>Install %1 %2 from %3?</source>
        <translation>%1 %2 aus %3 installieren?</translation>
    </message>
</context>
<context>
    <name>plugboard::ui::LoadErrorDialog</name>
    <message>
        <source>%1 failed to load</source>
        <translation>%1 konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>(No traceback: the error happened before Python ran the plugin.)</source>
        <translation>(Kein Traceback: Der Fehler trat auf, bevor Python das Plugin ausgeführt hat.)</translation>
    </message>
    <message>
        <source>Traceback</source>
        <translation>Traceback</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Import the plugin&apos;s code again, after you fixed it.</source>
        <translation>Den Code des Plugins erneut importieren, nachdem Sie ihn korrigiert haben.</translation>
    </message>
</context>
<context>
    <name>plugboard::ui::MainWindow</name>
    <message>
        <source>Plugboard</source>
        <translation>Plugboard</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installiert</translation>
    </message>
    <message>
        <source>The plugins installed here (Ctrl+1)</source>
        <translation>Die hier installierten Plugins (Strg+1)</translation>
    </message>
    <message>
        <source>Could not read the plugins folder</source>
        <translation>Der Plugin-Ordner konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Import Plugin Zips…</source>
        <translation>Plugin-ZIPs &amp;importieren…</translation>
    </message>
    <message>
        <source>Add &amp;Example Plugins</source>
        <translation>Beispiel-Plugins &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Open Plugins Folder</source>
        <translation>Plugin-Ordner ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Installed Plugins</source>
        <translation>&amp;Installierte Plugins</translation>
    </message>
    <message>
        <source>Find &amp;Plugins in Repositories</source>
        <translation>&amp;Plugins in Repositorys finden</translation>
    </message>
    <message>
        <source>&amp;Search Installed Plugins</source>
        <translation>Installierte Plugins &amp;durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Reload Plugins</source>
        <translation>Plugins &amp;neu laden</translation>
    </message>
    <message>
        <source>Local &amp;REST API</source>
        <translation>Lokale &amp;REST-API</translation>
    </message>
    <message>
        <source>&amp;Serve the REST API</source>
        <translation>REST-API &amp;bereitstellen</translation>
    </message>
    <message>
        <source>Let scripts and plugboardctl drive Plugboard over HTTP on this computer only (127.0.0.1), with a token.</source>
        <translation>Skripte und plugboardctl dürfen Plugboard per HTTP steuern – nur auf diesem Computer (127.0.0.1) und mit einem Token.</translation>
    </message>
    <message>
        <source>&amp;Copy API Token</source>
        <translation>API-Token &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Plugboard</source>
        <translation>&amp;Über Plugboard</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation>Erreichbar unter %1</translation>
    </message>
    <message>
        <source>Not serving</source>
        <translation>Nicht bereitgestellt</translation>
    </message>
    <message>
        <source>Not serving: %1</source>
        <translation>Nicht bereitgestellt: %1</translation>
    </message>
    <message>
        <source>Find Plugins</source>
        <translation>Plugins finden</translation>
    </message>
    <message>
        <source>Plugins the repositories offer (Ctrl+2)</source>
        <translation>Von den Repositorys angebotene Plugins (Strg+2)</translation>
    </message>
    <message>
        <source>Import plugin zips</source>
        <translation>Plugin-ZIPs importieren</translation>
    </message>
    <message>
        <source>Plugin zips (*.zip *.ZIP)</source>
        <translation>Plugin-ZIP-Dateien (*.zip *.ZIP)</translation>
    </message>
    <message>
        <source>Only plugin .zip files can be imported</source>
        <translation>Nur Plugin-ZIP-Dateien (.zip) können importiert werden</translation>
    </message>
    <message>
        <source>Drop to import %1</source>
        <translation>Ablegen, um %1 zu importieren</translation>
    </message>
    <message>
        <source>Drop to import %1 plugin zips</source>
        <translation>Ablegen, um %1 Plugin-ZIPs zu importieren</translation>
    </message>
    <message>
        <source>Some files were not imported</source>
        <translation>Einige Dateien wurden nicht importiert</translation>
    </message>
    <message>
        <source>Only .zip files can be imported. Left out: %1.</source>
        <translation>Nur .zip-Dateien können importiert werden. Ausgelassen: %1.</translation>
    </message>
    <message>
        <source>The daily backup of the plugin database failed</source>
        <translation>Die tägliche Sicherung der Plugin-Datenbank ist gescheitert</translation>
    </message>
    <message>
        <source>E&amp;xport Settings…</source>
        <translation>Einstellungen e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Write every plugin&apos;s settings to a file</source>
        <translation>Die Einstellungen aller Plugins in eine Datei schreiben</translation>
    </message>
    <message>
        <source>Import &amp;Settings…</source>
        <translation>Ein&amp;stellungen importieren…</translation>
    </message>
    <message>
        <source>Apply the plugin settings of an exported file</source>
        <translation>Die Plugin-Einstellungen einer exportierten Datei übernehmen</translation>
    </message>
</context>
<context>
    <name>plugboard::ui::ManageRepositoriesDialog</name>
    <message>
        <source>Manage Repositories</source>
        <translation>Repositorys verwalten</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>Plugins</source>
        <translation>Plugins</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last fetched</source>
        <translation>Zuletzt abgerufen</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>Repositories</source>
        <translation>Repositorys</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>https://example.org/plugins/manifest.json</source>
        <translation>https://example.org/plugins/manifest.json</translation>
    </message>
    <message>
        <source>Repository address</source>
        <translation>Repository-Adresse</translation>
    </message>
    <message>
        <source>Key File…</source>
        <translation>Schlüsseldatei…</translation>
    </message>
    <message>
        <source>The repository&apos;s OpenPGP public key: its manifests must be signed with it. Without a key the repository is unsigned.</source>
        <translation>Der öffentliche OpenPGP-Schlüssel des Repositorys: Seine Manifeste müssen damit signiert sein. Ohne Schlüssel ist das Repository unsigniert.</translation>
    </message>
    <message>
        <source>Paste Key…</source>
        <translation>Schlüssel einfügen…</translation>
    </message>
    <message>
        <source>Paste the repository&apos;s armored public key (-----BEGIN PGP PUBLIC KEY BLOCK-----)</source>
        <translation>Öffentlichen Schlüssel des Repositorys im ASCII-Armor-Format einfügen (-----BEGIN PGP PUBLIC KEY BLOCK-----)</translation>
    </message>
    <message>
        <source>no key (unsigned)</source>
        <translation>kein Schlüssel (unsigniert)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add by address:</source>
        <translation>Per Adresse hinzufügen:</translation>
    </message>
    <message>
        <source>%1 (official)</source>
        <translation>%1 (offiziell)</translation>
    </message>
    <message>
        <source>key pinned</source>
        <translation>Schlüssel hinterlegt</translation>
    </message>
    <message>
        <source>not fetched</source>
        <translation>nicht abgerufen</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>wird gezählt…</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <source>The official repository cannot be removed, only disabled.</source>
        <translation>Das offizielle Repository kann nicht entfernt, sondern nur deaktiviert werden.</translation>
    </message>
    <message>
        <source>Could not read the key file %1: %2.</source>
        <translation>Die Schlüsseldatei %1 konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>it is too large</source>
        <translation>sie ist zu groß</translation>
    </message>
    <message>
        <source>The pasted text is not an armored public key: it must start with &quot;-----BEGIN PGP PUBLIC KEY BLOCK-----&quot;.</source>
        <translation>Der eingefügte Text ist kein öffentlicher Schlüssel im ASCII-Armor-Format: Er muss mit „-----BEGIN PGP PUBLIC KEY BLOCK-----“ beginnen.</translation>
    </message>
    <message>
        <source>pasted key</source>
        <translation>eingefügter Schlüssel</translation>
    </message>
    <message>
        <source>Paste the repository&apos;s public key</source>
        <translation>Öffentlichen Schlüssel des Repositorys einfügen</translation>
    </message>
    <message>
        <source>The armored OpenPGP public key the repository&apos;s manifests are signed with:</source>
        <translation>Der öffentliche OpenPGP-Schlüssel im ASCII-Armor-Format, mit dem die Manifeste des Repositorys signiert sind:</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <source>%1 · signature %2 · %3 · press Add to keep it.</source>
        <translation>%1 · Signatur %2 · %3 · Mit „Hinzufügen“ übernehmen.</translation>
    </message>
    <message>
        <source>1 plugin</source>
        <translation>1 Plugin</translation>
    </message>
    <message>
        <source>%1 plugins</source>
        <translation>%1 Plugins</translation>
    </message>
    <message>
        <source>Cannot be added: %1</source>
        <translation>Kann nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <source>Choose the repository&apos;s public key</source>
        <translation>Öffentlichen Schlüssel des Repositorys auswählen</translation>
    </message>
    <message>
        <source>OpenPGP keys (*.asc *.pub *.gpg *.key);;All files (*)</source>
        <translation>OpenPGP-Schlüssel (*.asc *.pub *.gpg *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Fetching and checking %1…</source>
        <translation>%1 wird abgerufen und geprüft…</translation>
    </message>
    <message>
        <source>Added %1: %2, signature %3.</source>
        <translation>%1 hinzugefügt: %2, Signatur %3.</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>Nicht hinzugefügt: %1</translation>
    </message>
    <message>
        <source>%1 is disabled: its plugins are no longer offered.</source>
        <translation>%1 ist deaktiviert: Seine Plugins werden nicht mehr angeboten.</translation>
    </message>
    <message>
        <source>%1 is enabled.</source>
        <translation>%1 ist aktiviert.</translation>
    </message>
    <message>
        <source>Removed %1. Plugins installed from it stay installed, no longer managed by a repository.</source>
        <translation>%1 entfernt. Daraus installierte Plugins bleiben installiert, werden aber nicht mehr über ein Repository verwaltet.</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <source>Refreshed.</source>
        <translation>Aktualisiert.</translation>
    </message>
    <message>
        <source>Refresh failed: %1</source>
        <translation>Aktualisierung fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>plugboard::ui::OfferedPluginsModel</name>
    <message>
        <source>Install</source>
        <translation>Installieren</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installiert</translation>
    </message>
    <message>
        <source>Update from %1</source>
        <translation>Update von %1</translation>
    </message>
    <message>
        <source>Downgrade from %1</source>
        <translation>Zurückstufen von %1</translation>
    </message>
    <message>
        <source>Installed by hand (%1)</source>
        <translation>Manuell installiert (%1)</translation>
    </message>
    <message>
        <source>From another repository (%1)</source>
        <translation>Aus anderem Repository (%1)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1 (deprecated)</source>
        <translation>%1 (veraltet)</translation>
    </message>
    <message>
        <source>%1 (official)</source>
        <translation>%1 (offiziell)</translation>
    </message>
</context>
<context>
    <name>plugboard::ui::PluginCardDelegate</name>
    <message>
        <source>By %1</source>
        <translation>Von %1</translation>
    </message>
    <message>
        <source>Docs</source>
        <translation>Doku</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Vergessen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>No description.</source>
        <translation>Keine Beschreibung.</translation>
    </message>
    <message>
        <source>Disable this plugin (Space)</source>
        <translation>Dieses Plugin deaktivieren (Leertaste)</translation>
    </message>
    <message>
        <source>Enable this plugin (Space)</source>
        <translation>Dieses Plugin aktivieren (Leertaste)</translation>
    </message>
    <message>
        <source>Remove this plugin (Delete)</source>
        <translation>Dieses Plugin entfernen (Entf)</translation>
    </message>
    <message>
        <source>Folder %1</source>
        <translation>Ordner %1</translation>
    </message>
    <message>
        <source>By %1 · folder %2</source>
        <translation>Von %1 · Ordner %2</translation>
    </message>
</context>
<context>
    <name>plugboard::ui::PluginController</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 failed to load</source>
        <translation>%1 konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>Could not enable %1</source>
        <translation>%1 konnte nicht aktiviert werden</translation>
    </message>
    <message>
        <source>Could not disable %1</source>
        <translation>%1 konnte nicht deaktiviert werden</translation>
    </message>
    <message>
        <source>Could not run %1</source>
        <translation>%1 konnte nicht ausgeführt werden</translation>
    </message>
    <message>
        <source>Could not remove %1</source>
        <translation>%1 konnte nicht entfernt werden</translation>
    </message>
    <message>
        <source>Removed %1</source>
        <translation>%1 entfernt</translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation>Einstellungen gespeichert</translation>
    </message>
    <message>
        <source>%1 uses them from its next run.</source>
        <translation>%1 verwendet sie ab der nächsten Ausführung.</translation>
    </message>
    <message>
        <source>Reset settings?</source>
        <translation>Einstellungen zurücksetzen?</translation>
    </message>
    <message>
        <source>Every setting of %1 goes back to its default value.</source>
        <translation>Alle Einstellungen von %1 werden auf ihre Standardwerte zurückgesetzt.</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Could not reset the settings</source>
        <translation>Die Einstellungen konnten nicht zurückgesetzt werden</translation>
    </message>
    <message>
        <source>Settings reset</source>
        <translation>Einstellungen zurückgesetzt</translation>
    </message>
    <message>
        <source>%1 is back to its defaults.</source>
        <translation>%1 verwendet wieder die Standardwerte.</translation>
    </message>
    <message>
        <source>Could not reload %1</source>
        <translation>%1 konnte nicht neu geladen werden</translation>
    </message>
    <message>
        <source>Could not read the memory limit</source>
        <translation>Das Speicherlimit konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Memory Limit of %1</source>
        <translation>Speicherlimit von %1</translation>
    </message>
    <message>
        <source>%1 runs in a process of its own. How much memory may it use, in MiB? A run that needs more fails with a message; nothing else is harmed. The default is %2 MiB.</source>
        <translation>%1 läuft in einem eigenen Prozess. Wie viel Speicher (in MiB) darf es verwenden? Eine Ausführung, die mehr benötigt, schlägt mit einer Meldung fehl; sonst wird nichts beeinträchtigt. Standard sind %2 MiB.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Could not change the memory limit</source>
        <translation>Das Speicherlimit konnte nicht geändert werden</translation>
    </message>
    <message>
        <source>Memory limit set</source>
        <translation>Speicherlimit festgelegt</translation>
    </message>
    <message>
        <source>%1 may now use %2 MiB.</source>
        <translation>%1 darf jetzt %2 MiB verwenden.</translation>
    </message>
    <message>
        <source>Could not add the example plugins</source>
        <translation>Die Beispiel-Plugins konnten nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>Example plugins added</source>
        <translation>Beispiel-Plugins hinzugefügt</translation>
    </message>
    <message>
        <source>They were already there.</source>
        <translation>Sie waren bereits vorhanden.</translation>
    </message>
    <message>
        <source>Added %1. They start disabled: switch one on to try it.</source>
        <translation>%1 hinzugefügt. Sie sind zunächst deaktiviert: Schalten Sie eines ein, um es auszuprobieren.</translation>
    </message>
    <message>
        <source>Could not import %1</source>
        <translation>%1 konnte nicht importiert werden</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Replaced with %1</source>
        <translation>Ersetzt durch %1</translation>
    </message>
    <message>
        <source>Installed %1</source>
        <translation>%1 installiert</translation>
    </message>
    <message>
        <source>It stays enabled with its settings.</source>
        <translation>Es bleibt mit seinen Einstellungen aktiviert.</translation>
    </message>
    <message>
        <source>Its settings are kept. It is disabled until you trust the new code.</source>
        <translation>Seine Einstellungen bleiben erhalten. Es ist deaktiviert, bis Sie dem neuen Code vertrauen.</translation>
    </message>
    <message>
        <source>It is disabled until you enable it.</source>
        <translation>Es ist deaktiviert, bis Sie es aktivieren.</translation>
    </message>
    <message>
        <source>Enable now</source>
        <translation>Jetzt aktivieren</translation>
    </message>
    <message>
        <source>background job %1</source>
        <translation>Hintergrundauftrag %1</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>Abgeschlossen.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>%1 is off</source>
        <translation>%1 ist ausgeschaltet</translation>
    </message>
    <message>
        <source>Its stop() ran and its code was unloaded.</source>
        <translation>Seine stop()-Methode lief, und sein Code wurde entladen.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Turn off %1?</source>
        <translation>%1 ausschalten?</translation>
    </message>
    <message>
        <source>%1 is running an action. Turning it off cancels the run.</source>
        <translation>%1 führt gerade eine Aktion aus. Beim Ausschalten wird die Ausführung abgebrochen.</translation>
    </message>
    <message>
        <source>Turn Off</source>
        <translation>Ausschalten</translation>
    </message>
</context>
<context>
    <name>plugboard::ui::PluginDetailsPanel</name>
    <message>
        <source>Select a plugin to see its actions and settings.</source>
        <translation>Wählen Sie ein Plugin aus, um seine Aktionen und Einstellungen zu sehen.</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>&amp;Aktionen</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>Ac&amp;tivity</source>
        <translation>Ak&amp;tivität</translation>
    </message>
    <message>
        <source>Plugin details</source>
        <translation>Plugin-Details</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <source>Show the load error</source>
        <translation>Ladefehler anzeigen</translation>
    </message>
</context>
<context>
    <name>plugboard::ui::PluginFilterProxy</name>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Legacy</source>
        <translation>Altes Format</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Updates</translation>
    </message>
    <message>
        <source>No plugins.</source>
        <translation>Keine Plugins.</translation>
    </message>
    <message>
        <source>No plugins are enabled.</source>
        <translation>Kein Plugin ist aktiviert.</translation>
    </message>
    <message>
        <source>No plugins are disabled.</source>
        <translation>Kein Plugin ist deaktiviert.</translation>
    </message>
    <message>
        <source>No plugins are legacy plugins.</source>
        <translation>Kein Plugin hat das alte Format.</translation>
    </message>
    <message>
        <source>No plugins have problems.</source>
        <translation>Kein Plugin hat Probleme.</translation>
    </message>
    <message>
        <source>Every plugin from a repository is up to date.</source>
        <translation>Alle Plugins aus Repositorys sind auf dem neuesten Stand.</translation>
    </message>
</context>
<context>
    <name>plugboard::ui::PluginHeader</name>
    <message>
        <source>Restart</source>
        <translation>Neu starten</translation>
    </message>
    <message>
        <source>Memory…</source>
        <translation>Speicher…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>End the plugin&apos;s process and start it again with its code as it is now; also after it crashed repeatedly</source>
        <translation>Den Prozess des Plugins beenden und mit dem aktuellen Code neu starten; auch nach wiederholten Abstürzen</translation>
    </message>
    <message>
        <source>Restart plugin</source>
        <translation>Plugin neu starten</translation>
    </message>
    <message>
        <source>How much memory the plugin&apos;s process may use; a run that needs more fails and nothing else is harmed</source>
        <translation>Wie viel Speicher der Prozess des Plugins verwenden darf; eine Ausführung, die mehr benötigt, schlägt fehl, sonst wird nichts beeinträchtigt</translation>
    </message>
    <message>
        <source>Memory limit</source>
        <translation>Speicherlimit</translation>
    </message>
    <message>
        <source>Remove plugin</source>
        <translation>Plugin entfernen</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Von %1</translation>
    </message>
    <message>
        <source>Docs</source>
        <translation>Doku</translation>
    </message>
    <message>
        <source>Key %1 · folder missing</source>
        <translation>Schlüssel %1 · Ordner fehlt</translation>
    </message>
    <message>
        <source>Key %1 · %2</source>
        <translation>Schlüssel %1 · %2</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Forget…</source>
        <translation>Vergessen…</translation>
    </message>
</context>
<context>
    <name>plugboard::ui::PluginListModel</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>Update available: %1</source>
        <translation>Update verfügbar: %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Queued…</source>
        <translation>In der Warteschlange…</translation>
    </message>
    <message>
        <source>%1 · update available: %2</source>
        <translation>%1 · Update verfügbar: %2</translation>
    </message>
    <message>
        <source>%1 · running, %2%</source>
        <translation>%1 · läuft, %2 %</translation>
    </message>
    <message>
        <source>%1 · running…</source>
        <translation>%1 · läuft…</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
</context>
<context>
    <name>plugboard::ui::PluginListView</name>
    <message>
        <source>Plugins</source>
        <translation>Plugins</translation>
    </message>
</context>
<context>
    <name>plugboard::ui::PluginsPage</name>
    <message>
        <source>Plugins</source>
        <translation>Plugins</translation>
    </message>
    <message>
        <source>Plugin count</source>
        <translation>Anzahl der Plugins</translation>
    </message>
    <message>
        <source>Search name, description, author (Ctrl+F)</source>
        <translation>Name, Beschreibung, Autor durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search plugins</source>
        <translation>Plugins durchsuchen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Install plugins from zip files (Ctrl+I); you can also drop zips anywhere on the window</source>
        <translation>Plugins aus ZIP-Dateien installieren (Strg+I); Sie können ZIPs auch an beliebiger Stelle im Fenster ablegen</translation>
    </message>
    <message>
        <source>Import plugin zips</source>
        <translation>Plugin-ZIPs importieren</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Stop the plugins, look for changes in the plugins folder and load the enabled ones again (F5)</source>
        <translation>Plugins anhalten, den Plugin-Ordner auf Änderungen prüfen und die aktivierten Plugins neu laden (F5)</translation>
    </message>
    <message>
        <source>Reload plugins</source>
        <translation>Plugins neu laden</translation>
    </message>
    <message>
        <source>Looking for plugins…</source>
        <translation>Plugins werden gesucht…</translation>
    </message>
    <message>
        <source>No plugins yet</source>
        <translation>Noch keine Plugins</translation>
    </message>
    <message>
        <source>Plugboard looks for plugins in
%1
Add the example plugins to try it, import a plugin zip (or drop it anywhere here), or copy a plugin folder there and press F5.</source>
        <translation>Plugboard sucht Plugins in
%1
Fügen Sie zum Ausprobieren die Beispiel-Plugins hinzu, importieren Sie eine Plugin-ZIP-Datei (oder legen Sie sie hier ab) oder kopieren Sie einen Plugin-Ordner dorthin und drücken Sie F5.</translation>
    </message>
    <message>
        <source>Add example plugins</source>
        <translation>Beispiel-Plugins hinzufügen</translation>
    </message>
    <message>
        <source>Import plugin zip…</source>
        <translation>Plugin-ZIP importieren…</translation>
    </message>
    <message>
        <source>Open plugins folder</source>
        <translation>Plugin-Ordner öffnen</translation>
    </message>
    <message>
        <source>Show all plugins</source>
        <translation>Alle Plugins anzeigen</translation>
    </message>
    <message>
        <source>No plugins match &quot;%1&quot;.</source>
        <translation>Keine Plugins passen zu „%1“.</translation>
    </message>
    <message>
        <source>%1 in all · %2 enabled</source>
        <translation>%1 insgesamt · %2 aktiviert</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>plugboard::ui::RecoveryBanner</name>
    <message>
        <source>Open Backups Folder</source>
        <translation>Sicherungsordner öffnen</translation>
    </message>
    <message>
        <source>Show the database backups and the damaged file in the file manager</source>
        <translation>Die Datenbanksicherungen und die beschädigte Datei im Dateimanager zeigen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Hide this notice; the damaged file stays where it is</source>
        <translation>Diesen Hinweis ausblenden; die beschädigte Datei bleibt, wo sie ist</translation>
    </message>
    <message>
        <source>There was no backup to restore, so Plugboard started with an empty database: your plugins are still installed but need to be enabled and set up again. The damaged file is kept at %1.</source>
        <translation>Es gab keine Sicherung zum Wiederherstellen, daher hat Plugboard mit einer leeren Datenbank begonnen: Ihre Plugins sind noch installiert, müssen aber erneut aktiviert und eingerichtet werden. Die beschädigte Datei liegt unter %1.</translation>
    </message>
    <message>
        <source>Plugboard restored the backup of %1. Changes made after that time are lost. The damaged file is kept at %2.</source>
        <translation>Plugboard hat die Sicherung vom %1 wiederhergestellt. Änderungen nach diesem Zeitpunkt sind verloren. Die beschädigte Datei liegt unter %2.</translation>
    </message>
    <message>
        <source>The plugin database was damaged: Plugboard started a new one</source>
        <translation>Die Plugin-Datenbank war beschädigt: Plugboard hat eine neue angelegt</translation>
    </message>
    <message>
        <source>The plugin database was damaged: Plugboard restored a backup</source>
        <translation>Die Plugin-Datenbank war beschädigt: Plugboard hat eine Sicherung wiederhergestellt</translation>
    </message>
    <message>
        <source>What was wrong: %1</source>
        <translation>Was nicht stimmte: %1</translation>
    </message>
</context>
<context>
    <name>plugboard::ui::RemoveDialog</name>
    <message>
        <source>Also delete the plugin&apos;s data</source>
        <translation>Auch die Daten des Plugins löschen</translation>
    </message>
    <message>
        <source>Forget %1?</source>
        <translation>%1 vergessen?</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>%1 entfernen?</translation>
    </message>
    <message>
        <source>Its folder is already gone. Plugboard forgets its settings and history.</source>
        <translation>Sein Ordner ist bereits weg. Plugboard vergisst seine Einstellungen und seinen Verlauf.</translation>
    </message>
    <message>
        <source>The plugin is stopped and its folder is deleted:
%1
Its settings are forgotten.</source>
        <translation>Das Plugin wird angehalten und sein Ordner gelöscht:
%1
Seine Einstellungen werden verworfen.</translation>
    </message>
    <message>
        <source>Files the plugin wrote to its own data folder.</source>
        <translation>Dateien, die das Plugin in seinen eigenen Datenordner geschrieben hat.</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Vergessen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>plugboard::ui::RunList</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Zeitlimit überschritten</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Recent runs</source>
        <translation>Letzte Ausführungen</translation>
    </message>
    <message>
        <source>Background job %1</source>
        <translation>Hintergrundauftrag %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In der Warteschlange</translation>
    </message>
    <message>
        <source>Running %1%</source>
        <translation>Läuft · %1%</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>%p%</source>
        <translation>%p%</translation>
    </message>
    <message>
        <source>Waits for the plugin&apos;s running action.</source>
        <translation>Wartet auf die laufende Aktion des Plugins.</translation>
    </message>
    <message>
        <source>Cancel %1</source>
        <translation>%1 abbrechen</translation>
    </message>
</context>
<context>
    <name>plugboard::ui::SettingsForm</name>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>Auf Standard zurücksetzen</translation>
    </message>
    <message>
        <source>Save the changed settings (Ctrl+S)</source>
        <translation>Geänderte Einstellungen speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Forget your changes and show the saved settings</source>
        <translation>Ihre Änderungen verwerfen und die gespeicherten Einstellungen anzeigen</translation>
    </message>
    <message>
        <source>Go back to the plugin&apos;s default values</source>
        <translation>Zu den Standardwerten des Plugins zurückkehren</translation>
    </message>
    <message>
        <source>These settings were changed elsewhere. Save keeps your version; Cancel shows the new one.</source>
        <translation>Diese Einstellungen wurden anderswo geändert. „Speichern“ behält Ihre Version, „Abbrechen“ zeigt die neue.</translation>
    </message>
    <message>
        <source>The plugin&apos;s folder is missing, so its settings are unknown.</source>
        <translation>Der Ordner des Plugins fehlt, daher sind seine Einstellungen unbekannt.</translation>
    </message>
    <message>
        <source>This legacy plugin declares its settings in its code: enable it to see them.</source>
        <translation>Dieses Plugin im alten Format legt seine Einstellungen im Code fest: Aktivieren Sie es, um sie zu sehen.</translation>
    </message>
    <message>
        <source>This plugin has no settings.</source>
        <translation>Dieses Plugin hat keine Einstellungen.</translation>
    </message>
    <message>
        <source>Its plugin.json declares no settings. A plugin can also declare them in its code: they appear here once it is enabled.</source>
        <translation>Seine plugin.json deklariert keine Einstellungen. Ein Plugin kann sie auch in seinem Code deklarieren: Sie erscheinen hier, sobald es aktiviert ist.</translation>
    </message>
</context>
<context>
    <name>plugboard::ui::SettingsImportDialog</name>
    <message>
        <source>Import Settings</source>
        <translation>Einstellungen importieren</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: %2</source>
        <translation>Aus %1 wurde nichts importiert: %2</translation>
    </message>
    <message>
        <source>%1 holds no plugin settings.</source>
        <translation>%1 enthält keine Plugin-Einstellungen.</translation>
    </message>
    <message>
        <source>Settings imported from %1.</source>
        <translation>Einstellungen aus %1 importiert.</translation>
    </message>
    <message>
        <source>Settings imported from %1, but not for every plugin: nothing of a refused plugin changed.</source>
        <translation>Einstellungen aus %1 importiert, aber nicht für jedes Plugin: An einem abgelehnten Plugin hat sich nichts geändert.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Left out, not settings of this plugin now: %1</source>
        <translation>Ausgelassen, jetzt keine Einstellungen dieses Plugins: %1</translation>
    </message>
    <message>
        <source>Applied (%1): the fields that changed</source>
        <translation>Übernommen (%1): die geänderten Felder</translation>
    </message>
    <message>
        <source>Skipped (%1): left as they are</source>
        <translation>Übersprungen (%1): unverändert gelassen</translation>
    </message>
    <message>
        <source>Refused (%1): not changed</source>
        <translation>Abgelehnt (%1): nicht geändert</translation>
    </message>
</context>
<context>
    <name>plugboard::ui::SettingsTransferController</name>
    <message>
        <source>Export settings</source>
        <translation>Einstellungen exportieren</translation>
    </message>
    <message>
        <source>Plugboard settings (*.json)</source>
        <translation>Plugboard-Einstellungen (*.json)</translation>
    </message>
    <message>
        <source>Import settings</source>
        <translation>Einstellungen importieren</translation>
    </message>
    <message>
        <source>Plugboard settings (*.json);;All files (*)</source>
        <translation>Plugboard-Einstellungen (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Include passwords?</source>
        <translation>Passwörter einschließen?</translation>
    </message>
    <message numerus="yes">
        <source>%n password(s) of your plugins are stored. Leave them out of the file, or write them in it in clear text?</source>
        <translation>
            <numerusform>%n Passwort Ihrer Plugins ist gespeichert. Soll es aus der Datei herausbleiben oder im Klartext hineingeschrieben werden?</numerusform>
            <numerusform>%n Passwörter Ihrer Plugins sind gespeichert. Sollen sie aus der Datei herausbleiben oder im Klartext hineingeschrieben werden?</numerusform>
        </translation>
    </message>
    <message>
        <source>Whoever can read a file with passwords can use them. Plugboard makes it readable by you only; keep it so, and delete it when you no longer need it. Importing a file without passwords keeps the passwords already set.</source>
        <translation>Wer eine Datei mit Passwörtern lesen kann, kann sie benutzen. Plugboard macht sie nur für Sie lesbar; lassen Sie es so und löschen Sie sie, wenn Sie sie nicht mehr brauchen. Ein Import ohne Passwörter behält die bereits gesetzten Passwörter.</translation>
    </message>
    <message>
        <source>Leave Passwords Out</source>
        <translation>Passwörter weglassen</translation>
    </message>
    <message>
        <source>Include Passwords</source>
        <translation>Passwörter einschließen</translation>
    </message>
    <message>
        <source>Settings not exported</source>
        <translation>Einstellungen nicht exportiert</translation>
    </message>
    <message>
        <source>Settings exported</source>
        <translation>Einstellungen exportiert</translation>
    </message>
    <message numerus="yes">
        <source>The settings of %n plugin(s), passwords included, are in %1.</source>
        <translation>
            <numerusform>Die Einstellungen von %n Plugin, Passwörter eingeschlossen, stehen in %1.</numerusform>
            <numerusform>Die Einstellungen von %n Plugins, Passwörter eingeschlossen, stehen in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The settings of %n plugin(s) are in %1.</source>
        <translation>
            <numerusform>Die Einstellungen von %n Plugin stehen in %1.</numerusform>
            <numerusform>Die Einstellungen von %n Plugins stehen in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plugboard::ui::SkippedFoldersNote</name>
    <message numerus="yes">
        <source>%n folder(s) skipped</source>
        <translation>
            <numerusform>%n Ordner übersprungen</numerusform>
            <numerusform>%n Ordner übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Folders with a plugin.json but no plugin.py or __init__.py are not plugins; click to see which</source>
        <translation>Ordner mit einer plugin.json, aber ohne plugin.py oder __init__.py sind keine Plugins; klicken Sie, um zu sehen, welche</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Skipped folders</source>
        <translation>Übersprungene Ordner</translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s) in the plugins folder are not plugins, so they are not listed. Dispatcharr leaves them out too.</source>
        <translation>
            <numerusform>%n Ordner im Plugin-Ordner ist kein Plugin und wird daher nicht aufgeführt. Dispatcharr lässt ihn ebenfalls aus.</numerusform>
            <numerusform>%n Ordner im Plugin-Ordner sind keine Plugins und werden daher nicht aufgeführt. Dispatcharr lässt sie ebenfalls aus.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plugboard::ui::Toast</name>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Close notification</source>
        <translation>Benachrichtigung schließen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>plugboard::ui::ToastArea</name>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
</context>
<context>
    <name>plugboard::ui::TrustDialog</name>
    <message>
        <source>Enable %1?</source>
        <translation>%1 aktivieren?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; will run its own code with your user&apos;s rights.</source>
        <translation>„%1“ führt eigenen Code mit Ihren Benutzerrechten aus.</translation>
    </message>
    <message>
        <source>Its author is not named.</source>
        <translation>Sein Autor ist nicht angegeben.</translation>
    </message>
    <message>
        <source>It says it is made by %1.</source>
        <translation>Laut eigener Angabe stammt es von %1.</translation>
    </message>
    <message>
        <source>A plugin can read and change your files and reach the network like any program you start. Enable only plugins from authors you trust.</source>
        <translation>Ein Plugin kann wie jedes Programm, das Sie starten, Ihre Dateien lesen und ändern und auf das Netzwerk zugreifen. Aktivieren Sie nur Plugins von Autoren, denen Sie vertrauen.</translation>
    </message>
    <message>
        <source>I understand, enable</source>
        <translation>Verstanden, aktivieren</translation>
    </message>
</context>
<context>
    <name>plugboard::ui::UpdatesBar</name>
    <message>
        <source>Show Updates</source>
        <translation>Updates anzeigen</translation>
    </message>
    <message>
        <source>List only the plugins that have an update</source>
        <translation>Nur Plugins mit verfügbarem Update anzeigen</translation>
    </message>
    <message>
        <source>Update All…</source>
        <translation>Alle aktualisieren…</translation>
    </message>
    <message>
        <source>Install the new version of every plugin that has one</source>
        <translation>Die neue Version jedes Plugins installieren, für das eine vorliegt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>%1: %2 → %3 (%4)</source>
        <translation>%1: %2 → %3 (%4)</translation>
    </message>
    <message>
        <source>%1 is skipped: its repository&apos;s signature does not verify.</source>
        <translation>%1 wird übersprungen: Die Signatur seines Repositorys ist ungültig.</translation>
    </message>
    <message>
        <source>%1 comes from an unsigned repository: nothing proves who published it.</source>
        <translation>%1 stammt aus einem unsignierten Repository: Nichts belegt, wer es veröffentlicht hat.</translation>
    </message>
    <message>
        <source>%1 is marked deprecated by its publisher.</source>
        <translation>%1 wurde vom Herausgeber als veraltet markiert.</translation>
    </message>
    <message>
        <source>Update All</source>
        <translation>Alle aktualisieren</translation>
    </message>
    <message>
        <source>Update %1?</source>
        <translation>%1 aktualisieren?</translation>
    </message>
    <message>
        <source>Update %1 plugins?</source>
        <translation>%1 Plugins aktualisieren?</translation>
    </message>
    <message>
        <source>Each plugin is stopped while its new version is installed; its settings are kept, and a failed update leaves the old version in place.</source>
        <translation>Jedes Plugin wird angehalten, während seine neue Version installiert wird. Seine Einstellungen bleiben erhalten, und bei einem fehlgeschlagenen Update bleibt die alte Version bestehen.</translation>
    </message>
    <message>
        <source>Keep enabled plugins switched on (I trust their new code)</source>
        <translation>Aktivierte Plugins eingeschaltet lassen (ich vertraue ihrem neuen Code)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>An update failed</source>
        <translation>Ein Update ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 updates failed</source>
        <translation>%1 Updates sind fehlgeschlagen</translation>
    </message>
    <message>
        <source>Updates cancelled</source>
        <translation>Updates abgebrochen</translation>
    </message>
    <message>
        <source>%1 of %2 plugins were updated; the others are as they were.</source>
        <translation>%1 von %2 Plugins wurden aktualisiert; die übrigen sind unverändert.</translation>
    </message>
    <message>
        <source>%1 updated</source>
        <translation>%1 aktualisiert</translation>
    </message>
    <message>
        <source>%1 plugins updated</source>
        <translation>%1 Plugins aktualisiert</translation>
    </message>
    <message>
        <source>Their settings were kept; enabled plugins stay on.</source>
        <translation>Die Einstellungen wurden beibehalten; aktivierte Plugins bleiben eingeschaltet.</translation>
    </message>
    <message>
        <source>Their settings were kept. An enabled plugin is off until you enable its new code.</source>
        <translation>Die Einstellungen wurden beibehalten. Ein aktiviertes Plugin bleibt ausgeschaltet, bis Sie seinen neuen Code aktivieren.</translation>
    </message>
    <message>
        <source>Cancelling the updates…</source>
        <translation>Updates werden abgebrochen…</translation>
    </message>
    <message>
        <source>Updating %1 (%2 of %3)…</source>
        <translation>%1 wird aktualisiert (%2 von %3)…</translation>
    </message>
    <message>
        <source>1 update available from your repositories: %1 %2</source>
        <translation>1 Update aus Ihren Repositorys verfügbar: %1 %2</translation>
    </message>
    <message>
        <source>%1 updates available from your repositories</source>
        <translation>%1 Updates aus Ihren Repositorys verfügbar</translation>
    </message>
</context>
<context>
    <name>plugboardctl</name>
    <message>
        <source>List the plugins found in the plugins folder, with their state.</source>
        <translation>Die im Plugin-Ordner gefundenen Plugins mit ihrem Status auflisten.</translation>
    </message>
    <message>
        <source>Show one plugin: metadata, settings, actions and diagnostics.</source>
        <translation>Ein Plugin anzeigen: Metadaten, Einstellungen, Aktionen und Diagnosen.</translation>
    </message>
    <message>
        <source>Scan the plugins folder again and record new or missing plugins.</source>
        <translation>Den Plugin-Ordner erneut durchsuchen und neue oder fehlende Plugins erfassen.</translation>
    </message>
    <message>
        <source>Enable a plugin. The first time needs your trust: answer the question or pass --yes.</source>
        <translation>Ein Plugin aktivieren. Beim ersten Mal ist Ihr Vertrauen nötig: Beantworten Sie die Frage oder übergeben Sie --yes.</translation>
    </message>
    <message>
        <source>Disable a plugin.</source>
        <translation>Ein Plugin deaktivieren.</translation>
    </message>
    <message>
        <source>Start a plugin again in a fresh process: after it crashed repeatedly, or to reload its code and C extensions.</source>
        <translation>Ein Plugin in einem neuen Prozess erneut starten: nach wiederholten Abstürzen oder um seinen Code und seine C-Erweiterungen neu zu laden.</translation>
    </message>
    <message>
        <source>Show or set how much memory a plugin&apos;s process may use (default 2048 MiB).</source>
        <translation>Anzeigen oder festlegen, wie viel Speicher der Prozess eines Plugins belegen darf (Standard: 2048 MiB).</translation>
    </message>
    <message>
        <source>Run a plugin action and print its result (Ctrl+C cancels it). An action that asks first is asked on a terminal, or confirmed with --yes.</source>
        <translation>Eine Plugin-Aktion ausführen und ihr Ergebnis ausgeben (Strg+C bricht sie ab). Fragt eine Aktion vorher nach, wird die Frage im Terminal gestellt oder mit --yes bestätigt.</translation>
    </message>
    <message>
        <source>Check a plugin zip without installing it: what it holds, its plugin root, folder, key, version (and the installed one), warnings. Writes nothing.</source>
        <translation>Eine Plugin-ZIP-Datei prüfen, ohne sie zu installieren: Inhalt, Stammordner des Plugins, Ordner, Schlüssel, Version (und die installierte), Warnungen. Schreibt nichts.</translation>
    </message>
    <message>
        <source>Install plugins from zips. Installed plugins arrive disabled; --replace installs over a plugin with the same key (settings kept, trust asked again unless --keep-enabled --yes); --enable --yes enables them too.</source>
        <translation>Plugins aus ZIP-Dateien installieren. Installierte Plugins sind zunächst deaktiviert; --replace installiert über ein Plugin mit demselben Schlüssel (Einstellungen bleiben erhalten, das Vertrauen wird erneut erfragt, außer bei --keep-enabled --yes); --enable --yes aktiviert sie zusätzlich.</translation>
    </message>
    <message>
        <source>Stop a plugin, delete its folder and forget its settings; --purge-data also deletes its data folder. Asks first, or pass --yes.</source>
        <translation>Ein Plugin stoppen, seinen Ordner löschen und seine Einstellungen vergessen; --purge-data löscht auch seinen Datenordner. Fragt vorher nach, außer mit --yes.</translation>
    </message>
    <message>
        <source>Print the REST API&apos;s bearer token (made on first use, kept in &lt;data dir&gt;/api-token, mode 0600); --rotate replaces it, so old copies stop working.</source>
        <translation>Das Bearer-Token der REST-API ausgeben (wird bei der ersten Verwendung erzeugt und in &lt;data dir&gt;/api-token mit Modus 0600 gespeichert); --rotate ersetzt es, sodass alte Kopien nicht mehr funktionieren.</translation>
    </message>
    <message>
        <source>Serve the REST API on 127.0.0.1 (default port 9191) without a window: load the enabled plugins and run their actions for API clients until Ctrl+C. Other plugboardctl commands on this data folder then go through it.</source>
        <translation>Die REST-API ohne Fenster auf 127.0.0.1 bereitstellen (Standardport 9191): die aktivierten Plugins laden und ihre Aktionen für API-Clients ausführen, bis Strg+C gedrückt wird. Andere plugboardctl-Befehle für diesen Datenordner laufen dann darüber.</translation>
    </message>
    <message>
        <source>Manage plugin repositories (REPO is an id or URL from &quot;repo list&quot;). Dispatcharr&apos;s official repository is always listed and pinned to its key. add fetches and checks the manifest first (with --key, its signature must verify with that key) and adds nothing when that fails; refresh fetches again (exit 1 if any refresh failed) and keeps the last good manifest of a repository that fails.</source>
        <translation>Plugin-Repositorys verwalten (REPO ist eine ID oder URL aus „repo list“). Das offizielle Repository von Dispatcharr ist immer aufgeführt und an seinen Schlüssel gebunden. add ruft das Manifest zuerst ab und prüft es (mit --key muss seine Signatur mit diesem Schlüssel verifiziert werden) und fügt nichts hinzu, wenn das fehlschlägt; refresh ruft erneut ab (Exit-Status 1, wenn eine Aktualisierung fehlschlug) und behält bei einem fehlschlagenden Repository dessen letztes gültiges Manifest.</translation>
    </message>
    <message>
        <source>List the plugins the repositories offer (from their last fetched manifests), with the version installed here and whether an update is available.</source>
        <translation>Die von den Repositorys angebotenen Plugins auflisten (aus ihren zuletzt abgerufenen Manifesten), mit der hier installierten Version und der Angabe, ob ein Update verfügbar ist.</translation>
    </message>
    <message>
        <source>Install a plugin from a repository (the latest version, or --version V): downloaded, checked against the SHA-256 in the verified manifest, and installed under its slug. It arrives disabled; --enable --yes turns it on. An unsigned repository, a deprecated plugin, a downgrade or replacing a copy from elsewhere is asked on a terminal, or given with --accept-unsigned, --yes, --downgrade or --replace.</source>
        <translation>Ein Plugin aus einem Repository installieren (die neueste Version oder --version V): Es wird heruntergeladen, mit der SHA-256-Prüfsumme im verifizierten Manifest abgeglichen und unter seinem Slug installiert. Es ist zunächst deaktiviert; --enable --yes schaltet es ein. Bei einem unsignierten Repository, einem als veraltet markierten Plugin, einer älteren Version oder dem Ersetzen einer Kopie aus anderer Quelle wird im Terminal nachgefragt oder die Zustimmung mit --accept-unsigned, --yes, --downgrade bzw. --replace erteilt.</translation>
    </message>
    <message>
        <source>Update plugins installed from repositories to the version their repository lists now. Settings are kept; new code is trusted again only with --keep-enabled --yes (otherwise it arrives disabled). A failed update leaves the old version in place; exit 1 if any failed.</source>
        <translation>Aus Repositorys installierte Plugins auf die Version aktualisieren, die ihr Repository jetzt anbietet. Die Einstellungen bleiben erhalten; neuem Code wird nur mit --keep-enabled --yes erneut vertraut (sonst ist das Plugin danach deaktiviert). Ein fehlgeschlagenes Update lässt die alte Version bestehen; Exit-Status 1, wenn eines fehlschlug.</translation>
    </message>
    <message>
        <source>Show a plugin&apos;s recent runs and log lines.</source>
        <translation>Die letzten Ausführungen und Protokollzeilen eines Plugins anzeigen.</translation>
    </message>
    <message>
        <source>Usage: plugboardctl [OPTIONS] COMMAND [ARGS]

Manage Dispatcharr-style Python plugins from the command line.

Commands:
</source>
        <translation>Aufruf: plugboardctl [OPTIONS] COMMAND [ARGS]

Dispatcharr-artige Python-Plugins über die Befehlszeile verwalten.

Befehle:
</translation>
    </message>
    <message>
        <source>
Options (before or after the command):
  --plugins-dir DIR   plugins folder (default: $DISPATCHARR_PLUGINS_DIR, else &lt;data dir&gt;/plugins)
  --data-dir DIR      data folder with the database (default: $PLUGBOARD_DATA_DIR, else ~/.local/share/plugboard)
  --json              print JSON instead of tables
  --verbose           also say where the plugins run, and Plugboard&apos;s own progress notes
  --lang LANG         the language to speak, e.g. de or en (default: $PLUGBOARD_LANG, else the system&apos;s)
  --help              show this help, or a command&apos;s help after it
  --version           print the version

A KEY is the plugin&apos;s key (its folder name in lower case, spaces as _) or its folder name.
Exit status: 0 success, 1 the operation failed, 2 usage error.
</source>
        <translation>
Optionen (vor oder nach dem Befehl):
  --plugins-dir DIR   Plugin-Ordner (Standard: $DISPATCHARR_PLUGINS_DIR, sonst &lt;data dir&gt;/plugins)
  --data-dir DIR      Datenordner mit der Datenbank (Standard: $PLUGBOARD_DATA_DIR, sonst ~/.local/share/plugboard)
  --json              JSON statt Tabellen ausgeben
  --verbose           zusätzlich melden, wo die Plugins laufen, und Plugboards eigene Fortschrittsmeldungen zeigen
  --lang LANG         Sprache der Ausgabe, z. B. de oder en (Standard: $PLUGBOARD_LANG, sonst die des Systems)
  --help              diese Hilfe anzeigen, nach einem Befehl dessen Hilfe
  --version           die Version ausgeben

Ein KEY ist der Schlüssel des Plugins (sein Ordnername in Kleinbuchstaben, Leerzeichen als _) oder sein Ordnername.
Exit-Status: 0 Erfolg, 1 Vorgang fehlgeschlagen, 2 Aufruffehler.
</translation>
    </message>
    <message>
        <source>Usage: plugboardctl %1

%2

Global options: --plugins-dir DIR, --data-dir DIR, --json, --verbose, --lang LANG, --help.
</source>
        <translation>Aufruf: plugboardctl %1

%2

Globale Optionen: --plugins-dir DIR, --data-dir DIR, --json, --verbose, --lang LANG, --help.
</translation>
    </message>
    <message>
        <source>unknown option --%1</source>
        <translation>unbekannte Option --%1</translation>
    </message>
    <message>
        <source>option --%1 needs a value</source>
        <translation>Option --%1 benötigt einen Wert</translation>
    </message>
    <message>
        <source>option --%1 takes no value</source>
        <translation>Option --%1 erwartet keinen Wert</translation>
    </message>
    <message>
        <source>option --%1 needs a non-empty value</source>
        <translation>Option --%1 benötigt einen nicht leeren Wert</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>kein Befehl angegeben</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>option --%1 does not apply to &quot;%2&quot;</source>
        <translation>Option --%1 gilt nicht für „%2“</translation>
    </message>
    <message>
        <source>option --%1 given more than once</source>
        <translation>Option --%1 mehrfach angegeben</translation>
    </message>
    <message>
        <source>--set needs ID=VALUE, got &quot;%1&quot;</source>
        <translation>--set erwartet ID=VALUE, erhalten: „%1“</translation>
    </message>
    <message>
        <source>--reset cannot be combined with --set or --from-json</source>
        <translation>--reset kann nicht mit --set oder --from-json kombiniert werden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs: %2</source>
        <translation>„%1“ erwartet: %2</translation>
    </message>
    <message>
        <source>too many arguments for &quot;%1&quot;</source>
        <translation>zu viele Argumente für „%1“</translation>
    </message>
    <message>
        <source>--folder names the folder of one zip; import the zips one at a time</source>
        <translation>--folder benennt den Ordner einer einzelnen ZIP-Datei; importieren Sie die ZIP-Dateien einzeln</translation>
    </message>
    <message>
        <source> Run &quot;plugboardctl list&quot; to see the keys in %1.</source>
        <translation> Führen Sie „plugboardctl list“ aus, um die Schlüssel in %1 zu sehen.</translation>
    </message>
    <message>
        <source>Cancelling… (a plugin blocked in a system call stops when the call returns; press Ctrl+C again to leave now)
</source>
        <translation>Wird abgebrochen… (ein in einem Systemaufruf blockiertes Plugin stoppt, sobald der Aufruf zurückkehrt; drücken Sie erneut Strg+C, um sofort zu beenden)
</translation>
    </message>
    <message>
        <source>plugboardctl: %1
Run &quot;plugboardctl --help&quot; for usage.
</source>
        <translation>plugboardctl: %1
Hinweise zur Verwendung erhalten Sie mit „plugboardctl --help“.
</translation>
    </message>
    <message>
        <source>Disabled %1 (%2).
</source>
        <translation>%1 (%2) deaktiviert.
</translation>
    </message>
    <message>
        <source>Restarted %1 (%2), but its code failed to load: %3
</source>
        <translation>%1 (%2) neu gestartet, aber sein Code konnte nicht geladen werden: %3
</translation>
    </message>
    <message>
        <source>Enabled %1 (%2), but its code failed to load: %3
</source>
        <translation>%1 (%2) aktiviert, aber sein Code konnte nicht geladen werden: %3
</translation>
    </message>
    <message>
        <source>Restarted %1 (%2) in a fresh process; its code loaded.
</source>
        <translation>%1 (%2) in einem neuen Prozess neu gestartet; sein Code wurde geladen.
</translation>
    </message>
    <message>
        <source>Enabled %1 (%2); its code loaded.
</source>
        <translation>%1 (%2) aktiviert; sein Code wurde geladen.
</translation>
    </message>
    <message>
        <source>Do you trust &quot;%1&quot; and want to enable it?</source>
        <translation>Vertrauen Sie „%1“ und möchten Sie es aktivieren?</translation>
    </message>
    <message>
        <source>Not enabled.
</source>
        <translation>Nicht aktiviert.
</translation>
    </message>
    <message>
        <source> Run again with --yes to confirm that you trust it.</source>
        <translation> Führen Sie den Befehl erneut mit --yes aus, um zu bestätigen, dass Sie ihm vertrauen.</translation>
    </message>
    <message>
        <source>Scanned %1: %2 plugins.
</source>
        <translation>%1 durchsucht: %2 Plugins.
</translation>
    </message>
    <message>
        <source>Forget &quot;%1&quot; and its settings?</source>
        <translation>„%1“ und seine Einstellungen vergessen?</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot;: stop it, delete %2 and forget its settings%3?</source>
        <translation>„%1“ entfernen: stoppen, %2%3 löschen und seine Einstellungen vergessen?</translation>
    </message>
    <message>
        <source> and its data folder</source>
        <translation> und seinen Datenordner</translation>
    </message>
    <message>
        <source>Removing &quot;%1&quot; deletes its folder; pass --yes to confirm.</source>
        <translation>Das Entfernen von „%1“ löscht seinen Ordner; übergeben Sie zur Bestätigung --yes.</translation>
    </message>
    <message>
        <source>Nothing removed.
</source>
        <translation>Nichts entfernt.
</translation>
    </message>
    <message>
        <source>Forgot %1 (%2).
</source>
        <translation>%1 (%2) vergessen.
</translation>
    </message>
    <message>
        <source>Removed %1 (%2): deleted %3%4.
</source>
        <translation>%1 (%2) entfernt: %3%4 gelöscht.
</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>%1 %2
</source>
        <translation>%1 %2
</translation>
    </message>
    <message>
        <source>  By %1
</source>
        <translation>  Von %1
</translation>
    </message>
    <message>
        <source>
Key:       %1
Folder:    %2
Root:      %3 (%4)
Files:     %5, %6 (archive: %7 files, %8)
Manifest:  %9
</source>
        <translation>
Schlüssel:    %1
Ordner:       %2
Stammordner:  %3 (%4)
Dateien:      %5, %6 (Archiv: %7 Dateien, %8)
Manifest:     %9
</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(oberste Ebene)</translation>
    </message>
    <message>
        <source>none: a legacy plugin</source>
        <translation>keins: ein Plugin im alten Format</translation>
    </message>
    <message>
        <source>plugin.json</source>
        <translation>plugin.json</translation>
    </message>
    <message>
        <source>Installed: %1 (%2); importing it needs --replace
</source>
        <translation>Installiert:  %1 (%2); zum Importieren ist --replace nötig
</translation>
    </message>
    <message>
        <source>without a version</source>
        <translation>ohne Version</translation>
    </message>
    <message>
        <source>Installed: no
</source>
        <translation>Installiert:  nein
</translation>
    </message>
    <message>
        <source>Binaries:  %1
</source>
        <translation>Binärdateien: %1
</translation>
    </message>
    <message>
        <source>Needs:     %1
</source>
        <translation>Benötigt:     %1
</translation>
    </message>
    <message>
        <source>  note: %1: %2
</source>
        <translation>  Hinweis: %1: %2
</translation>
    </message>
    <message>
        <source>%1 runs the plugin&apos;s new code: pass --yes to confirm that you trust it.</source>
        <translation>%1 führt den neuen Code des Plugins aus: Übergeben Sie --yes, um zu bestätigen, dass Sie ihm vertrauen.</translation>
    </message>
    <message>
        <source>plugboardctl: %1: %2
</source>
        <translation>plugboardctl: %1: %2
</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Replaced %1 (%2) in %3</source>
        <translation>%1 (%2) in %3 ersetzt</translation>
    </message>
    <message>
        <source>Installed %1 (%2) into %3</source>
        <translation>%1 (%2) in %3 installiert</translation>
    </message>
    <message>
        <source>; enabled.
</source>
        <translation>; aktiviert.
</translation>
    </message>
    <message>
        <source>; disabled: enable it with `plugboardctl enable %1`.
</source>
        <translation>; deaktiviert: Aktivieren Sie es mit `plugboardctl enable %1`.
</translation>
    </message>
    <message>
        <source>plugboardctl: %1 failed to load: %2
</source>
        <translation>plugboardctl: %1 konnte nicht geladen werden: %2
</translation>
    </message>
    <message>
        <source>--memory takes a whole number of MiB (such as 512) or &quot;default&quot;</source>
        <translation>--memory erwartet eine ganze Zahl in MiB (etwa 512) oder „default“</translation>
    </message>
    <message>
        <source>%1 may use %2 MiB of memory (the default).
</source>
        <translation>%1 darf %2 MiB Speicher belegen (Standardwert).
</translation>
    </message>
    <message>
        <source>%1 may use %2 MiB of memory.
</source>
        <translation>%1 darf %2 MiB Speicher belegen.
</translation>
    </message>
    <message>
        <source>Applied to its running process.
</source>
        <translation>Auf den laufenden Prozess angewendet.
</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>No plugins in %1.
Put a plugin folder there (one holding plugin.py or __init__.py), then run &quot;plugboardctl list&quot; again.
</source>
        <translation>Keine Plugins in %1.
Legen Sie dort einen Plugin-Ordner ab (einen mit plugin.py oder __init__.py) und führen Sie dann erneut „plugboardctl list“ aus.
</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <source>NOTES</source>
        <translation>HINWEISE</translation>
    </message>
    <message>
        <source>update available: %1%2</source>
        <translation>Update verfügbar: %1%2</translation>
    </message>
    <message numerus="yes">
        <source>
%n plugin(s) in %1, %2 enabled.
</source>
        <translation>
            <numerusform>
%n Plugin in %1, %2 aktiviert.
</numerusform>
            <numerusform>
%n Plugins in %1, %2 aktiviert.
</numerusform>
        </translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Von %1</translation>
    </message>
    <message>
        <source>Docs:</source>
        <translation>Doku:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(fehlt)</translation>
    </message>
    <message>
        <source>, trusted</source>
        <translation>, vertrauenswürdig</translation>
    </message>
    <message>
        <source>, not trusted yet</source>
        <translation>, noch nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <source>Load error:</source>
        <translation>Ladefehler:</translation>
    </message>
    <message>
        <source>Failed at:</source>
        <translation>Fehlgeschlagen am:</translation>
    </message>
    <message>
        <source>Manifest:</source>
        <translation>Manifest:</translation>
    </message>
    <message>
        <source>legacy (no usable plugin.json)</source>
        <translation>altes Format (keine verwendbare plugin.json)</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <source>SETTING</source>
        <translation>EINSTELLUNG</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>WERT</translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation>BESCHRIFTUNG</translation>
    </message>
    <message>
        <source>(set)</source>
        <translation>(gesetzt)</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Hinweise:</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>AKTION</translation>
    </message>
    <message>
        <source>BUTTON</source>
        <translation>SCHALTFLÄCHE</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>BESCHREIBUNG</translation>
    </message>
    <message>
        <source> (asks first)</source>
        <translation> (fragt vorher nach)</translation>
    </message>
    <message>
        <source>Diagnostics:</source>
        <translation>Diagnose:</translation>
    </message>
    <message>
        <source>Traceback of the failed load:</source>
        <translation>Traceback des fehlgeschlagenen Ladevorgangs:</translation>
    </message>
    <message>
        <source>plugboardctl: running the plugins here (no Plugboard window or server owns this data folder).</source>
        <translation>plugboardctl: Die Plugins laufen hier (kein Plugboard-Fenster und kein Server verwaltet diesen Datenordner).</translation>
    </message>
    <message>
        <source>Left without waiting for the plugin.</source>
        <translation>Beendet, ohne auf das Plugin zu warten.</translation>
    </message>
    <message>
        <source>the Plugboard window</source>
        <translation>das Plugboard-Fenster</translation>
    </message>
    <message>
        <source>plugboardctl serve</source>
        <translation>plugboardctl serve</translation>
    </message>
    <message>
        <source>%1 (process %2) runs the plugins of this data folder with its REST API turned off, so plugboardctl cannot hand it this command. Turn the API on (View → Serve the REST API) or quit it, then try again.</source>
        <translation>Die Plugins dieses Datenordners werden durch %1 (Prozess %2) ausgeführt, dessen REST-API ausgeschaltet ist; daher kann plugboardctl ihm diesen Befehl nicht übergeben. Schalten Sie die API ein (Ansicht → Lokale REST-API → REST-API bereitstellen) oder beenden Sie das Programm, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>%1 (process %2) runs this data folder&apos;s plugins from %3, not from %4. Use its plugins folder, or another --data-dir.</source>
        <translation>Die Plugins dieses Datenordners werden durch %1 (Prozess %2) aus %3 ausgeführt, nicht aus %4. Verwenden Sie dessen Plugin-Ordner oder geben Sie mit --data-dir einen anderen Datenordner an.</translation>
    </message>
    <message>
        <source>plugboardctl: through %1 (process %2, 127.0.0.1:%3), which runs these plugins.</source>
        <translation>plugboardctl: über %1 (Prozess %2, 127.0.0.1:%3), das diese Plugins ausführt.</translation>
    </message>
    <message>
        <source>Could not follow the running Plugboard&apos;s events: %1</source>
        <translation>Die Ereignisse des laufenden Plugboard konnten nicht verfolgt werden: %1</translation>
    </message>
    <message>
        <source>Left without waiting; the job goes on in %1 (GET /api/plugins/jobs/%2/ tells how it ends).</source>
        <translation>Beendet, ohne zu warten; der Auftrag wird durch %1 weiter ausgeführt (GET /api/plugins/jobs/%2/ zeigt, wie er endet).</translation>
    </message>
    <message>
        <source>%1 stopped before the job ended.</source>
        <translation>Der Auftrag war noch nicht beendet, als %1 stoppte.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>SIGNATURE</source>
        <translation>SIGNATUR</translation>
    </message>
    <message>
        <source>PLUGINS</source>
        <translation>PLUGINS</translation>
    </message>
    <message>
        <source>LAST FETCHED</source>
        <translation>ZULETZT ABGERUFEN</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source> (official)</source>
        <translation> (offiziell)</translation>
    </message>
    <message>
        <source>pinned, not fetched</source>
        <translation>Schlüssel hinterlegt, nicht abgerufen</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>  last error of %1
</source>
        <translation>  letzter Fehler bei %1
</translation>
    </message>
    <message>
        <source>Could not read the key file %1: %2.</source>
        <translation>Die Schlüsseldatei %1 konnte nicht gelesen werden: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Added %1 (id %2): %n plugin(s), signature verified with the key %3.
</source>
        <translation>
            <numerusform>%1 hinzugefügt (ID %2): %n Plugin, Signatur mit dem Schlüssel %3 verifiziert.
</numerusform>
            <numerusform>%1 hinzugefügt (ID %2): %n Plugins, Signatur mit dem Schlüssel %3 verifiziert.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %1 (id %2): %n plugin(s), unsigned: nothing proves who published them, and every install from it asks you first.
</source>
        <translation>
            <numerusform>%1 hinzugefügt (ID %2): %n Plugin, unsigniert: Nichts belegt, wer es veröffentlicht hat, und jede Installation daraus fragt Sie zuerst.
</numerusform>
            <numerusform>%1 hinzugefügt (ID %2): %n Plugins, unsigniert: Nichts belegt, wer sie veröffentlicht hat, und jede Installation daraus fragt Sie zuerst.
</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: unchanged.
</source>
        <translation>%1: unverändert.
</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n plugin(s)%2.
</source>
        <translation>
            <numerusform>%1: %n Plugin%2.
</numerusform>
            <numerusform>%1: %n Plugins%2.
</numerusform>
        </translation>
    </message>
    <message>
        <source>, updated</source>
        <translation>, aktualisiert</translation>
    </message>
    <message>
        <source>%1: %2
</source>
        <translation>%1: %2
</translation>
    </message>
    <message>
        <source>Refresh failed for %1; the last good manifest of each stays in use.
</source>
        <translation>Aktualisieren fehlgeschlagen für %1; das jeweils letzte gültige Manifest bleibt in Gebrauch.
</translation>
    </message>
    <message>
        <source>repo %1 needs a repository (its id or URL)</source>
        <translation>repo %1 benötigt ein Repository (seine ID oder URL)</translation>
    </message>
    <message>
        <source>unknown repo action &quot;%1&quot; (list, add, remove, enable, disable, refresh)</source>
        <translation>unbekannte repo-Aktion „%1“ (list, add, remove, enable, disable, refresh)</translation>
    </message>
    <message>
        <source>Removed %1.
</source>
        <translation>%1 entfernt.
</translation>
    </message>
    <message numerus="yes">
        <source>Removed %1. Its %n installed plugin(s) stay, no longer updated from it.
</source>
        <translation>
            <numerusform>%1 entfernt. %n daraus installiertes Plugin bleibt erhalten, wird von dort aber nicht mehr aktualisiert.
</numerusform>
            <numerusform>%1 entfernt. %n daraus installierte Plugins bleiben erhalten, werden von dort aber nicht mehr aktualisiert.
</numerusform>
        </translation>
    </message>
    <message>
        <source>Enabled %1.
</source>
        <translation>%1 aktiviert.
</translation>
    </message>
    <message>
        <source>Disabled %1.
</source>
        <translation>%1 deaktiviert.
</translation>
    </message>
    <message>
        <source>No repository has been fetched yet. Run &quot;plugboardctl repo refresh&quot; (it goes online) and try again.
</source>
        <translation>Es wurde noch kein Repository abgerufen. Führen Sie „plugboardctl repo refresh“ aus (dabei wird auf das Internet zugegriffen) und versuchen Sie es erneut.
</translation>
    </message>
    <message>
        <source>SLUG</source>
        <translation>SLUG</translation>
    </message>
    <message>
        <source>LATEST</source>
        <translation>NEUESTE</translation>
    </message>
    <message>
        <source>INSTALLED</source>
        <translation>INSTALLIERT</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>REPOSITORY</source>
        <translation>REPOSITORY</translation>
    </message>
    <message>
        <source> (deprecated)</source>
        <translation> (veraltet)</translation>
    </message>
    <message numerus="yes">
        <source>
%n plugin(s) offered.
</source>
        <translation>
            <numerusform>
%n Plugin angeboten.
</numerusform>
            <numerusform>
%n Plugins angeboten.
</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1 came from %2, which no longer lists it.
</source>
        <translation>  %1 stammt aus %2, das es nicht mehr anbietet.
</translation>
    </message>
    <message>
        <source>Go on?</source>
        <translation>Fortfahren?</translation>
    </message>
    <message>
        <source>No enabled repository offers &quot;%1&quot;. &quot;plugboardctl available&quot; lists what they offer (&quot;plugboardctl repo refresh&quot; fetches their lists again).</source>
        <translation>Kein aktiviertes Repository bietet „%1“ an. „plugboardctl available“ zeigt, was sie anbieten („plugboardctl repo refresh“ ruft ihre Listen erneut ab).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is offered by %2; choose one with --repo.</source>
        <translation>„%1“ wird von %2 angeboten; wählen Sie eines mit --repo aus.</translation>
    </message>
    <message>
        <source>Updated %1 to %2 from %3 (key %4)</source>
        <translation>%1 aus %3 auf %2 aktualisiert (Schlüssel %4)</translation>
    </message>
    <message>
        <source>Installed %1 %2 from %3 (key %4)</source>
        <translation>%1 %2 aus %3 installiert (Schlüssel %4)</translation>
    </message>
    <message>
        <source>; it is enabled.
</source>
        <translation>; es ist aktiviert.
</translation>
    </message>
    <message>
        <source>; it is disabled: &quot;plugboardctl enable %1&quot; asks for your trust and turns it on.
</source>
        <translation>; es ist deaktiviert: „plugboardctl enable %1“ fragt nach Ihrem Vertrauen und schaltet es ein.
</translation>
    </message>
    <message>
        <source>Its code did not load: %1
</source>
        <translation>Sein Code wurde nicht geladen: %1
</translation>
    </message>
    <message>
        <source>update needs plugin keys or --all</source>
        <translation>update benötigt Plugin-Schlüssel oder --all</translation>
    </message>
    <message>
        <source>%1 was not installed from an enabled repository.</source>
        <translation>%1 wurde nicht aus einem aktivierten Repository installiert.</translation>
    </message>
    <message>
        <source>%1 is up to date (%2).
</source>
        <translation>%1 ist aktuell (%2).
</translation>
    </message>
    <message>
        <source>Every plugin from a repository is up to date.
</source>
        <translation>Alle Plugins aus Repositorys sind aktuell.
</translation>
    </message>
    <message>
        <source>--params must be a JSON object such as &apos;{&quot;limit&quot;: 5}&apos;.</source>
        <translation>--params muss ein JSON-Objekt sein, etwa &apos;{&quot;limit&quot;: 5}&apos;.</translation>
    </message>
    <message>
        <source>%1 finished in %2 ms.
</source>
        <translation>%1 in %2 ms abgeschlossen.
</translation>
    </message>
    <message>
        <source>%1 ended with %2 after %3 ms: %4
</source>
        <translation>%1 endete nach %3 ms mit %2: %4
</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds greater than 0</source>
        <translation>--timeout erwartet eine Anzahl Sekunden größer als 0</translation>
    </message>
    <message>
        <source>&quot;%1&quot; asks before it runs: %2 Run again with --yes to confirm.</source>
        <translation>„%1“ fragt vor der Ausführung nach: %2 Führen Sie den Befehl zur Bestätigung erneut mit --yes aus.</translation>
    </message>
    <message>
        <source>Run &quot;%1&quot;?</source>
        <translation>„%1“ ausführen?</translation>
    </message>
    <message>
        <source>Not run.
</source>
        <translation>Nicht ausgeführt.
</translation>
    </message>
    <message>
        <source> Enable it with &quot;plugboardctl enable %1&quot;.</source>
        <translation> Aktivieren Sie es mit „plugboardctl enable %1“.</translation>
    </message>
    <message numerus="yes">
        <source>note: &quot;%1&quot; left %n thread(s) running in the background; they stop when plugboardctl exits. To keep them running, enable the plugin in the Plugboard window or under &quot;plugboardctl serve&quot; and run the action there.
</source>
        <translation>
            <numerusform>Hinweis: „%1“ hat %n Thread im Hintergrund laufen lassen; er endet, wenn plugboardctl beendet wird. Damit er weiterläuft, aktivieren Sie das Plugin im Plugboard-Fenster oder unter „plugboardctl serve“ und führen Sie die Aktion dort aus.
</numerusform>
            <numerusform>Hinweis: „%1“ hat %n Threads im Hintergrund laufen lassen; sie enden, wenn plugboardctl beendet wird. Damit sie weiterlaufen, aktivieren Sie das Plugin im Plugboard-Fenster oder unter „plugboardctl serve“ und führen Sie die Aktion dort aus.
</numerusform>
        </translation>
    </message>
    <message>
        <source>--limit needs a whole number greater than 0</source>
        <translation>--limit erwartet eine ganze Zahl größer als 0</translation>
    </message>
    <message>
        <source>%1 has not run yet.
</source>
        <translation>%1 wurde noch nicht ausgeführt.
</translation>
    </message>
    <message>
        <source>STARTED</source>
        <translation>GESTARTET</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation>ERGEBNIS</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>DAUER</translation>
    </message>
    <message>
        <source>MESSAGE</source>
        <translation>MELDUNG</translation>
    </message>
    <message>
        <source>Log:</source>
        <translation>Protokoll:</translation>
    </message>
    <message>
        <source>--port needs a port number from 0 to 65535 (0 picks a free one)</source>
        <translation>--port erwartet eine Portnummer von 0 bis 65535 (0 wählt einen freien Port)</translation>
    </message>
    <message>
        <source>Serving the REST API at %1
</source>
        <translation>REST-API wird unter %1 bereitgestellt
</translation>
    </message>
    <message>
        <source>Plugins: %1 (%2 found). Token: `plugboardctl token`. Ctrl+C stops.
</source>
        <translation>Plugins: %1 (%2 gefunden). Token: `plugboardctl token`. Strg+C beendet.
</translation>
    </message>
    <message>
        <source>Stopping (plugins get stop() with reason &quot;shutdown&quot;)…
</source>
        <translation>Wird beendet (Plugins erhalten stop() mit dem Grund &quot;shutdown&quot;)…
</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2 at byte %3).</source>
        <translation>%1 ist kein gültiges JSON (%2 bei Byte %3).</translation>
    </message>
    <message>
        <source>Standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <source>The settings JSON must be an object like {&quot;limit&quot;: 5}.</source>
        <translation>Das Einstellungs-JSON muss ein Objekt sein, etwa {&quot;limit&quot;: 5}.</translation>
    </message>
    <message>
        <source>--set needs ID=VALUE, got &quot;%1&quot;.</source>
        <translation>--set erwartet ID=VALUE, erhalten: „%1“.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>%1 declares no settings in a plugin.json (legacy plugin).
</source>
        <translation>%1 deklariert keine Einstellungen in einer plugin.json (Plugin im alten Format).
</translation>
    </message>
    <message>
        <source>%1 has no settings.
</source>
        <translation>%1 hat keine Einstellungen.
</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>QUELLE</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>gespeichert</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>
Kept from earlier versions (no field uses them): %1
</source>
        <translation>
Aus früheren Versionen beibehalten (von keinem Feld verwendet): %1
</translation>
    </message>
    <message>
        <source>Settings of %1 reset to their defaults.

</source>
        <translation>Einstellungen von %1 auf die Standardwerte zurückgesetzt.

</translation>
    </message>
    <message>
        <source>Settings of %1 saved.

</source>
        <translation>Einstellungen von %1 gespeichert.

</translation>
    </message>
    <message>
        <source>A new token replaced the old one in %1.
</source>
        <translation>Ein neues Token hat das alte in %1 ersetzt.
</translation>
    </message>
    <message>
        <source>[y/N]</source>
        <comment>the answers of confirm()</comment>
        <translation>[j/N]</translation>
    </message>
    <message>
        <source>y</source>
        <comment>short yes</comment>
        <translation>j</translation>
    </message>
    <message>
        <source>yes</source>
        <comment>long yes</comment>
        <translation>ja</translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s) skipped: a plugin.json but no plugin.py or __init__.py (%1).
</source>
        <translation>
            <numerusform>%n Ordner übersprungen: eine plugin.json, aber keine plugin.py oder __init__.py (%1).
</numerusform>
            <numerusform>%n Ordner übersprungen: eine plugin.json, aber keine plugin.py oder __init__.py (%1).
</numerusform>
        </translation>
    </message>
    <message>
        <source>Look after the plugin database: check reads every page and lists the backups (exit 1 when it is damaged); backup takes one now into &lt;data dir&gt;/backups; restore puts the newest good backup (or FILE) in its place, keeping the replaced file. Plugboard also backs it up daily and before upgrades, and restores a damaged one by itself.</source>
        <translation>Die Plugin-Datenbank pflegen: check liest jede Seite und listet die Sicherungen (Exit-Code 1, wenn sie beschädigt ist); backup legt jetzt eine Sicherung in &lt;data dir&gt;/backups an; restore setzt die neueste intakte Sicherung (oder DATEI) an ihre Stelle und behält die ersetzte Datei. Plugboard sichert sie außerdem täglich und vor Aktualisierungen und stellt eine beschädigte selbst wieder her.</translation>
    </message>
    <message>
        <source>The daily backup of the plugin database failed: %1
</source>
        <translation>Die tägliche Sicherung der Plugin-Datenbank ist gescheitert: %1
</translation>
    </message>
    <message>
        <source>%1 is healthy (schema %2, %3): every page of it reads back.
</source>
        <translation>%1 ist intakt (Schema %2, %3): Jede Seite lässt sich lesen.
</translation>
    </message>
    <message>
        <source>There is no database at %1 yet; Plugboard makes one when it first needs it.
</source>
        <translation>Unter %1 gibt es noch keine Datenbank; Plugboard legt sie an, sobald sie gebraucht wird.
</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes).
</source>
        <translation>%1 ist leer (0 Byte).
</translation>
    </message>
    <message>
        <source>Any plugboardctl command (or the window) moves it aside and restores the newest good backup; &quot;plugboardctl db restore&quot; does it now.
</source>
        <translation>Jeder plugboardctl-Befehl (oder das Fenster) legt sie beiseite und stellt die neueste intakte Sicherung wieder her; „plugboardctl db restore“ tut es sofort.
</translation>
    </message>
    <message>
        <source>No backups yet in %1.
</source>
        <translation>Noch keine Sicherungen in %1.
</translation>
    </message>
    <message>
        <source>Backups in %1 (newest first):
</source>
        <translation>Sicherungen in %1 (neueste zuerst):
</translation>
    </message>
    <message>
        <source>Last recovery: %1
</source>
        <translation>Letzte Wiederherstellung: %1
</translation>
    </message>
    <message>
        <source>Backed up the plugin database to %1 (%2, in %3 s).
</source>
        <translation>Die Plugin-Datenbank wurde nach %1 gesichert (%2, in %3 s).
</translation>
    </message>
    <message>
        <source>Replace the plugin database with %1? Settings, switches and trust change back to what they were then (the current file is kept).</source>
        <translation>Die Plugin-Datenbank durch %1 ersetzen? Einstellungen, Schalter und Vertrauen werden auf den damaligen Stand zurückgesetzt (die aktuelle Datei bleibt erhalten).</translation>
    </message>
    <message>
        <source>Restoring replaces the plugin database; pass --yes to confirm.</source>
        <translation>Das Wiederherstellen ersetzt die Plugin-Datenbank; bestätigen Sie mit --yes.</translation>
    </message>
    <message>
        <source>Nothing restored.
</source>
        <translation>Nichts wiederhergestellt.
</translation>
    </message>
    <message>
        <source>Restored the plugin database from %1.
</source>
        <translation>Die Plugin-Datenbank wurde aus %1 wiederhergestellt.
</translation>
    </message>
    <message>
        <source>Restored the plugin database from the backup of %1 (%2).
</source>
        <translation>Die Plugin-Datenbank wurde aus der Sicherung vom %1 wiederhergestellt (%2).
</translation>
    </message>
    <message>
        <source>The database it replaced is kept at %1.
</source>
        <translation>Die ersetzte Datenbank liegt unter %1.
</translation>
    </message>
    <message>
        <source>&quot;db&quot; needs: check, backup, or restore [FILE]</source>
        <translation>„db“ braucht: check, backup oder restore [DATEI]</translation>
    </message>
    <message>
        <source>--export and --import cannot be combined; run one, then the other</source>
        <translation>--export und --import lassen sich nicht kombinieren; führen Sie eines nach dem anderen aus</translation>
    </message>
    <message>
        <source>--%1 cannot be combined with --set, --from-json or --reset</source>
        <translation>--%1 lässt sich nicht mit --set, --from-json oder --reset kombinieren</translation>
    </message>
    <message>
        <source>--include-secrets only goes with --export</source>
        <translation>--include-secrets geht nur mit --export</translation>
    </message>
    <message>
        <source>--import takes no KEY: the file says which plugins it holds</source>
        <translation>--import nimmt keinen SCHLÜSSEL: Die Datei sagt, welche Plugins sie enthält</translation>
    </message>
    <message>
        <source>&quot;settings&quot; needs a KEY, or --export FILE or --import FILE</source>
        <translation>„settings“ braucht einen SCHLÜSSEL, oder --export DATEI oder --import DATEI</translation>
    </message>
    <message>
        <source>too many arguments for &quot;settings&quot; (one KEY, or --export FILE KEY...)</source>
        <translation>zu viele Argumente für „settings“ (ein SCHLÜSSEL, oder --export DATEI SCHLÜSSEL...)</translation>
    </message>
    <message>
        <source>Show a plugin&apos;s settings, or change them (validated, all or nothing). --export writes the settings of every plugin (or of the KEYs given) to a JSON file, without passwords unless --include-secrets (then the file is readable by you only); --import applies such a file, each plugin validated like a save and all or nothing, and reports what was applied, skipped (not installed here, nothing to change) and refused (exit 1 if any was). FILE - is standard output or input.</source>
        <translation>Die Einstellungen eines Plugins zeigen oder ändern (geprüft, alles oder nichts). --export schreibt die Einstellungen aller Plugins (oder der angegebenen SCHLÜSSEL) in eine JSON-Datei, ohne Passwörter außer mit --include-secrets (dann ist die Datei nur für Sie lesbar); --import übernimmt eine solche Datei, jedes Plugin geprüft wie beim Speichern und alles oder nichts, und meldet, was übernommen, übersprungen (hier nicht installiert, nichts zu ändern) und abgelehnt wurde (Exit-Code 1, wenn etwas abgelehnt wurde). DATEI - ist die Standardausgabe bzw. -eingabe.</translation>
    </message>
    <message>
        <source>Applied to %1: %2
</source>
        <translation>Übernommen für %1: %2
</translation>
    </message>
    <message>
        <source>  left out, not settings of this plugin now: %1
</source>
        <translation>  ausgelassen, jetzt keine Einstellungen dieses Plugins: %1
</translation>
    </message>
    <message>
        <source>Skipped %1: %2
</source>
        <translation>Übersprungen %1: %2
</translation>
    </message>
    <message>
        <source>Refused %1: %2
</source>
        <translation>Abgelehnt %1: %2
</translation>
    </message>
    <message numerus="yes">
        <source>Warning: the export holds %n password(s) in clear text. Whoever can read it can use them: if you keep it in a file, make the file private (chmod 600) and delete it when you no longer need it.
</source>
        <translation>
            <numerusform>Warnung: Der Export enthält %n Passwort im Klartext. Wer ihn lesen kann, kann es benutzen: Wenn Sie ihn in einer Datei aufbewahren, machen Sie die Datei privat (chmod 600) und löschen Sie sie, wenn Sie sie nicht mehr brauchen.
</numerusform>
            <numerusform>Warnung: Der Export enthält %n Passwörter im Klartext. Wer ihn lesen kann, kann sie benutzen: Wenn Sie ihn in einer Datei aufbewahren, machen Sie die Datei privat (chmod 600) und löschen Sie sie, wenn Sie sie nicht mehr brauchen.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Warning: %1 holds %n password(s) in clear text. Whoever can read it can use them; it was written readable by you only (chmod 600): keep it so, and delete it when you no longer need it.
</source>
        <translation>
            <numerusform>Warnung: %1 enthält %n Passwort im Klartext. Wer die Datei lesen kann, kann es benutzen; sie wurde nur für Sie lesbar geschrieben (chmod 600): Lassen Sie es so und löschen Sie sie, wenn Sie sie nicht mehr brauchen.
</numerusform>
            <numerusform>Warnung: %1 enthält %n Passwörter im Klartext. Wer die Datei lesen kann, kann sie benutzen; sie wurde nur für Sie lesbar geschrieben (chmod 600): Lassen Sie es so und löschen Sie sie, wenn Sie sie nicht mehr brauchen.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Note: %n stored password(s) left out; --include-secrets writes them too. Importing the file keeps the passwords already set.
</source>
        <translation>
            <numerusform>Hinweis: %n gespeichertes Passwort ausgelassen; --include-secrets schreibt es mit. Ein Import der Datei behält die bereits gesetzten Passwörter.
</numerusform>
            <numerusform>Hinweis: %n gespeicherte Passwörter ausgelassen; --include-secrets schreibt sie mit. Ein Import der Datei behält die bereits gesetzten Passwörter.
</numerusform>
        </translation>
    </message>
    <message>
        <source>No plugin has settings; %1 lists none.
</source>
        <translation>Kein Plugin hat Einstellungen; %1 enthält keine.
</translation>
    </message>
    <message numerus="yes">
        <source>Exported the settings of %n plugin(s) to %1: %2
</source>
        <translation>
            <numerusform>Die Einstellungen von %n Plugin wurden nach %1 exportiert: %2
</numerusform>
            <numerusform>Die Einstellungen von %n Plugins wurden nach %1 exportiert: %2
</numerusform>
        </translation>
    </message>
    <message>
        <source> Nothing was imported.</source>
        <translation> Nichts wurde importiert.</translation>
    </message>
    <message>
        <source>the newest good backup</source>
        <translation>die neueste intakte Sicherung</translation>
    </message>
</context>
</TS>
