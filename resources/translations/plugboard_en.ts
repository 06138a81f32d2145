<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>PythonValues</name>
    <message numerus="yes">
        <source>%n more values were converted the same way.</source>
        <translation>
            <numerusform>%n more value was converted the same way.</numerusform>
            <numerusform>%n more values were converted the same way.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultSummary</name>
    <message numerus="yes">
        <source>a list of %n item(s)</source>
        <translation>
            <numerusform>a list of %n item</numerusform>
            <numerusform>a list of %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…and %n more</numerusform>
            <numerusform>…and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It logged %n error(s) while it ran: see Activity.</source>
        <translation>
            <numerusform>It logged %n error while it ran: see Activity.</numerusform>
            <numerusform>It logged %n errors while it ran: see Activity.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plugboard</name>
    <message numerus="yes">
        <source>Plugboard is already open; it shows the import preview of %n zip(s).</source>
        <translation>
            <numerusform>Plugboard is already open; it shows the import preview of %n zip.</numerusform>
            <numerusform>Plugboard is already open; it shows the import preview of %n zips.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Another start handed over %n zip(s) to import.</source>
        <translation>
            <numerusform>Another start handed over %n zip to import.</numerusform>
            <numerusform>Another start handed over %n zips to import.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plugboard::ui::SettingsTransferController</name>
    <message numerus="yes">
        <source>%n password(s) of your plugins are stored. Leave them out of the file, or write them in it in clear text?</source>
        <translation>
            <numerusform>%n password of your plugins is stored. Leave it out of the file, or write it in it in clear text?</numerusform>
            <numerusform>%n passwords of your plugins are stored. Leave them out of the file, or write them in it in clear text?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The settings of %n plugin(s), passwords included, are in %1.</source>
        <translation>
            <numerusform>The settings of %n plugin, passwords included, are in %1.</numerusform>
            <numerusform>The settings of %n plugins, passwords included, are in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The settings of %n plugin(s) are in %1.</source>
        <translation>
            <numerusform>The settings of %n plugin are in %1.</numerusform>
            <numerusform>The settings of %n plugins are in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plugboard::ui::SkippedFoldersNote</name>
    <message numerus="yes">
        <source>%n folder(s) skipped</source>
        <translation>
            <numerusform>%n folder skipped</numerusform>
            <numerusform>%n folders skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s) in the plugins folder are not plugins, so they are not listed. Dispatcharr leaves them out too.</source>
        <translation>
            <numerusform>%n folder in the plugins folder is not a plugin, so it is not listed. Dispatcharr leaves it out too.</numerusform>
            <numerusform>%n folders in the plugins folder are not plugins, so they are not listed. Dispatcharr leaves them out too.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plugboardctl</name>
    <message numerus="yes">
        <source>%n folder(s) skipped: a plugin.json but no plugin.py or __init__.py (%1).
</source>
        <translation>
            <numerusform>%n folder skipped: a plugin.json but no plugin.py or __init__.py (%1).
</numerusform>
            <numerusform>%n folders skipped: a plugin.json but no plugin.py or __init__.py (%1).
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>
%n plugin(s) in %1, %2 enabled.
</source>
        <translation>
            <numerusform>
%n plugin in %1, %2 enabled.
</numerusform>
            <numerusform>
%n plugins in %1, %2 enabled.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %1 (id %2): %n plugin(s), signature verified with the key %3.
</source>
        <translation>
            <numerusform>Added %1 (id %2): %n plugin, signature verified with the key %3.
</numerusform>
            <numerusform>Added %1 (id %2): %n plugins, signature verified with the key %3.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %1 (id %2): %n plugin(s), unsigned: nothing proves who published them, and every install from it asks you first.
</source>
        <translation>
            <numerusform>Added %1 (id %2): %n plugin, unsigned: nothing proves who published it, and every install from it asks you first.
</numerusform>
            <numerusform>Added %1 (id %2): %n plugins, unsigned: nothing proves who published them, and every install from it asks you first.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n plugin(s)%2.
</source>
        <translation>
            <numerusform>%1: %n plugin%2.
</numerusform>
            <numerusform>%1: %n plugins%2.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %1. Its %n installed plugin(s) stay, no longer updated from it.
</source>
        <translation>
            <numerusform>Removed %1. Its %n installed plugin stays, no longer updated from it.
</numerusform>
            <numerusform>Removed %1. Its %n installed plugins stay, no longer updated from it.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>
%n plugin(s) offered.
</source>
        <translation>
            <numerusform>
%n plugin offered.
</numerusform>
            <numerusform>
%n plugins offered.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>note: &quot;%1&quot; left %n thread(s) running in the background; they stop when plugboardctl exits. To keep them running, enable the plugin in the Plugboard window or under &quot;plugboardctl serve&quot; and run the action there.
</source>
        <translation>
            <numerusform>note: &quot;%1&quot; left %n thread running in the background; it stops when plugboardctl exits. To keep it running, enable the plugin in the Plugboard window or under &quot;plugboardctl serve&quot; and run the action there.
</numerusform>
            <numerusform>note: &quot;%1&quot; left %n threads running in the background; they stop when plugboardctl exits. To keep them running, enable the plugin in the Plugboard window or under &quot;plugboardctl serve&quot; and run the action there.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Warning: the export holds %n password(s) in clear text. Whoever can read it can use them: if you keep it in a file, make the file private (chmod 600) and delete it when you no longer need it.
</source>
        <translation>
            <numerusform>Warning: the export holds %n password in clear text. Whoever can read it can use it: if you keep it in a file, make the file private (chmod 600) and delete it when you no longer need it.
</numerusform>
            <numerusform>Warning: the export holds %n passwords in clear text. Whoever can read it can use them: if you keep it in a file, make the file private (chmod 600) and delete it when you no longer need it.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Warning: %1 holds %n password(s) in clear text. Whoever can read it can use them; it was written readable by you only (chmod 600): keep it so, and delete it when you no longer need it.
</source>
        <translation>
            <numerusform>Warning: %1 holds %n password in clear text. Whoever can read it can use it; it was written readable by you only (chmod 600): keep it so, and delete it when you no longer need it.
</numerusform>
            <numerusform>Warning: %1 holds %n passwords in clear text. Whoever can read it can use them; it was written readable by you only (chmod 600): keep it so, and delete it when you no longer need it.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Note: %n stored password(s) left out; --include-secrets writes them too. Importing the file keeps the passwords already set.
</source>
        <translation>
            <numerusform>Note: %n stored password left out; --include-secrets writes it too. Importing the file keeps the passwords already set.
</numerusform>
            <numerusform>Note: %n stored passwords left out; --include-secrets writes them too. Importing the file keeps the passwords already set.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported the settings of %n plugin(s) to %1: %2
</source>
        <translation>
            <numerusform>Exported the settings of %n plugin to %1: %2
</numerusform>
            <numerusform>Exported the settings of %n plugins to %1: %2
</numerusform>
        </translation>
    </message>
</context>
</TS>
