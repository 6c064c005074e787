<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ArchiveLocked</name>
    <message>
        <location filename="../../clipper/archive_lock.py" line="25"/>
        <source>The archive {folder} is open for changes in another Clipper window or command. Close it there, or wait for that command to finish, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../clipper/ui/views/empty_state.py" line="21"/>
        <source>This archive is empty. Drop article files here, or:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/empty_state.py" line="22"/>
        <source>Import files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/empty_state.py" line="25"/>
        <source>Import the demo articles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Explain</name>
    <message>
        <location filename="../../clipper/search/explain.py" line="44"/>
        <source>every article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/search/explain.py" line="53"/>
        <source>!{word}: this word form only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/search/explain.py" line="55"/>
        <source>!{word} in {field}: this word form only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/search/explain.py" line="59"/>
        <source>{word}: words starting with «{start}»: {forms}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/search/explain.py" line="61"/>
        <source>{word}: words within a letter or two of «{start}»: {forms}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/search/explain.py" line="66"/>
        <source>{word}: stem «{stem}» — {forms}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/search/explain.py" line="68"/>
        <source>{word} in {field}: stem «{stem}» — {forms}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/search/explain.py" line="71"/>
        <source>&quot;{words}&quot;: these word forms in this order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/search/explain.py" line="77"/>
        <source>{field}: {value} → no such value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/search/explain.py" line="82"/>
        <source>date: {start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/search/explain.py" line="85"/>
        <source>without:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/search/explain.py" line="88"/>
        <source>any of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/search/explain.py" line="89"/>
        <source>all of:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../clipper/ui/dialogs/export.py" line="30"/>
        <location filename="../../clipper/ui/dialogs/export.py" line="81"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../clipper/ui/dialogs/export.py" line="31"/>
        <source>The selected articles (%n)</source>
        <translation>
            <numerusform>The selected articles (%n)</numerusform>
            <numerusform>The selected articles (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clipper/ui/dialogs/export.py" line="33"/>
        <source>Every article found (%n)</source>
        <translation>
            <numerusform>Every article found (%n)</numerusform>
            <numerusform>Every article found (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/export.py" line="46"/>
        <source>e.g. Пресс-служба ДП …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/export.py" line="48"/>
        <source>no grouping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/export.py" line="48"/>
        <source>by date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/export.py" line="49"/>
        <source>by region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/export.py" line="49"/>
        <source>by official</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/export.py" line="50"/>
        <source>by outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/export.py" line="50"/>
        <source>by tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/export.py" line="53"/>
        <source>full text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/export.py" line="54"/>
        <source>lead only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/export.py" line="56"/>
        <source>newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/export.py" line="57"/>
        <source>by relevance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/export.py" line="59"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/export.py" line="68"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/export.py" line="70"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/export.py" line="71"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/export.py" line="72"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/export.py" line="73"/>
        <source>Grouping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/export.py" line="74"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/export.py" line="75"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/export.py" line="76"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/export.py" line="104"/>
        <source>Choose where to write the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/export.py" line="119"/>
        <source>Writing {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/export.py" line="130"/>
        <source>Export cancelled: no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../clipper/ui/dialogs/export.py" line="134"/>
        <source>%n clipping(s) written to {0}</source>
        <translation>
            <numerusform>%n clipping written to {0}</numerusform>
            <numerusform>%n clippings written to {0}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/export.py" line="137"/>
        <source>Open the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/export.py" line="139"/>
        <source>Open the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/export.py" line="150"/>
        <source>The export failed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/export.py" line="156"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/export.py" line="166"/>
        <source>Digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/export.py" line="172"/>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FacetPanel</name>
    <message>
        <location filename="../../clipper/ui/views/facet_panel.py" line="31"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/facet_panel.py" line="31"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/facet_panel.py" line="32"/>
        <source>Officials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/facet_panel.py" line="32"/>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/facet_panel.py" line="33"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/facet_panel.py" line="33"/>
        <source>Tone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/facet_panel.py" line="34"/>
        <source>Starred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/facet_panel.py" line="34"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/facet_panel.py" line="35"/>
        <source>Needs review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/facet_panel.py" line="36"/>
        <source>nationwide (no region)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/facet_panel.py" line="37"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/facet_panel.py" line="50"/>
        <source>Clear all filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/facet_panel.py" line="57"/>
        <source>Facets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/facet_panel.py" line="64"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/facet_panel.py" line="65"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/facet_panel.py" line="71"/>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/facet_panel.py" line="134"/>
        <source>… {0} more: type {1}:name in the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/facet_panel.py" line="187"/>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/facet_panel.py" line="187"/>
        <source>Kazakh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/facet_panel.py" line="188"/>
        <source>mixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/facet_panel.py" line="203"/>
        <source>Remove this filter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportFailure</name>
    <message>
        <location filename="../../clipper/importer.py" line="92"/>
        <source>no such file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/importer.py" line="100"/>
        <source>cannot read the file: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ingest/read.py" line="23"/>
        <source>this is a PNG image, not an article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ingest/read.py" line="24"/>
        <source>this is a JPEG image, not an article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ingest/read.py" line="25"/>
        <source>this is a GIF image, not an article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ingest/read.py" line="26"/>
        <source>this is an old Word/Excel file (.doc/.xls): save it as .docx or .txt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ingest/read.py" line="28"/>
        <source>this is a RAR archive: unpack it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ingest/read.py" line="29"/>
        <source>this is a gzip archive: unpack it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ingest/read.py" line="48"/>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ingest/read.py" line="61"/>
        <source>the file holds no text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ingest/read.py" line="88"/>
        <source>this is a binary file, not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ingest/read.py" line="105"/>
        <source>the file says it is {encoding} but holds bytes that are not (at byte {at}): it is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ingest/read.py" line="153"/>
        <source>the text is in an encoding Clipper cannot recognise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ingest/read.py" line="185"/>
        <source>the DOCX file is damaged or cut short (not a valid zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ingest/read.py" line="188"/>
        <source>the DOCX file lacks a part Word documents have ({part})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ingest/read.py" line="192"/>
        <source>the DOCX file cannot be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ingest/read.py" line="201"/>
        <source>the DOCX file holds no text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ingest/pdf.py" line="20"/>
        <source>the PDF is password-protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ingest/pdf.py" line="26"/>
        <source>the PDF is damaged or cut short ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ingest/pdf.py" line="31"/>
        <source>the PDF has no text layer (a scanned page): it needs OCR first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../clipper/ui/dialogs/import_report.py" line="15"/>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/import_report.py" line="16"/>
        <source>Imported: {0}   Duplicates (already in the archive): {1}   Failed: {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/import_report.py" line="20"/>
        <source>The import was cancelled. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/import_report.py" line="24"/>
        <source>FAILED  {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/import_report.py" line="25"/>
        <source>warning  {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/import_report.py" line="30"/>
        <source>Files that need a look (the originals are kept):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <location filename="../../clipper/ui/importing.py" line="37"/>
        <location filename="../../clipper/ui/importing.py" line="43"/>
        <location filename="../../clipper/ui/importing.py" line="85"/>
        <location filename="../../clipper/ui/importing.py" line="98"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/importing.py" line="38"/>
        <source>An import is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/importing.py" line="51"/>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/importing.py" line="62"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/importing.py" line="73"/>
        <source>Importing %v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/importing.py" line="86"/>
        <source>The import stopped: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../clipper/ui/main_window.py" line="52"/>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/main_window.py" line="84"/>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/main_window.py" line="85"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/main_window.py" line="86"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/main_window.py" line="87"/>
        <source>Saved searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/main_window.py" line="97"/>
        <source>Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/main_window.py" line="110"/>
        <source>Organise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/main_window.py" line="150"/>
        <source>Clipper — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../clipper/ui/main_window.py" line="183"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clipper/ui/main_window.py" line="275"/>
        <source>Another Clipper window or command is changing this archive: you can search and read; changes become possible when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/main_window.py" line="284"/>
        <source>The archive is busy with an import; make changes when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/main_window.py" line="328"/>
        <source>Open original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/main_window.py" line="329"/>
        <source>The original file of this article is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/main_window.py" line="353"/>
        <source>Edit details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/main_window.py" line="355"/>
        <source>Corrected: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/main_window.py" line="365"/>
        <source>Exported to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/main_window.py" line="379"/>
        <source>Imported {0}, duplicates {1}, failed {2}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetadataEditor</name>
    <message>
        <location filename="../../clipper/ui/dialogs/metadata_editor.py" line="29"/>
        <source>Article details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/metadata_editor.py" line="34"/>
        <source>YYYY-MM-DD, empty if the article has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/metadata_editor.py" line="40"/>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/metadata_editor.py" line="40"/>
        <source>Kazakh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/metadata_editor.py" line="40"/>
        <source>mixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/metadata_editor.py" line="45"/>
        <source>Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/metadata_editor.py" line="55"/>
        <source>Add an official: type, Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/metadata_editor.py" line="62"/>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/metadata_editor.py" line="62"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/metadata_editor.py" line="63"/>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/metadata_editor.py" line="64"/>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/metadata_editor.py" line="65"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/metadata_editor.py" line="66"/>
        <source>Regions (main first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/metadata_editor.py" line="67"/>
        <source>Officials, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/metadata_editor.py" line="72"/>
        <source>Extraction was not sure of this field: check it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/metadata_editor.py" line="75"/>
        <source>You corrected this field; re-extraction keeps it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/metadata_editor.py" line="83"/>
        <source>⚠ extraction was unsure   ✎ corrected by you (kept by re-extraction)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/metadata_editor.py" line="123"/>
        <source>«{0}» is not a date like 2025-12-31</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganiseMenu</name>
    <message>
        <location filename="../../clipper/ui/organise_menu.py" line="29"/>
        <location filename="../../clipper/ui/organise_menu.py" line="39"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/organise_menu.py" line="31"/>
        <location filename="../../clipper/ui/organise_menu.py" line="42"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/organise_menu.py" line="38"/>
        <source>&amp;Undo: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/organise_menu.py" line="41"/>
        <source>&amp;Redo: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/organise_menu.py" line="43"/>
        <source>&amp;Tag selected articles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/organise_menu.py" line="44"/>
        <source>Remove a tag from selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/organise_menu.py" line="46"/>
        <source>Tag &amp;every article found…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/organise_menu.py" line="47"/>
        <source>&amp;Star / unstar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/organise_menu.py" line="48"/>
        <source>Tone: &amp;positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/organise_menu.py" line="49"/>
        <source>Tone: ne&amp;utral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/organise_menu.py" line="50"/>
        <source>Tone: &amp;negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/organise_menu.py" line="51"/>
        <source>Tone: &amp;clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/organise_menu.py" line="54"/>
        <source>&amp;Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/organise_menu.py" line="55"/>
        <source>&amp;Save this search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/organise_menu.py" line="56"/>
        <source>&amp;Rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/organise_menu.py" line="59"/>
        <source>&amp;Organise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/organise_menu.py" line="64"/>
        <source>T&amp;one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/organise_menu.py" line="79"/>
        <source>Select articles first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/organise_menu.py" line="81"/>
        <source>Remove a tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/organise_menu.py" line="81"/>
        <location filename="../../clipper/ui/organise_menu.py" line="92"/>
        <location filename="../../clipper/ui/organise_menu.py" line="95"/>
        <source>Tag articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../clipper/ui/organise_menu.py" line="82"/>
        <source>Tag for %n selected article(s):</source>
        <translation>
            <numerusform>Tag for %n selected article:</numerusform>
            <numerusform>Tag for %n selected articles:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clipper/ui/organise_menu.py" line="94"/>
        <source>Tag for all %n article(s) found:</source>
        <translation>
            <numerusform>Tag for all %n article found:</numerusform>
            <numerusform>Tag for all %n articles found:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clipper/ui/organise_menu.py" line="111"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/organise_menu.py" line="111"/>
        <source>Note on «{0}»:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/organise_menu.py" line="122"/>
        <location filename="../../clipper/ui/organise_menu.py" line="130"/>
        <source>Save this search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/organise_menu.py" line="123"/>
        <source>Name for the search «{0}»:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/organise_menu.py" line="123"/>
        <source>everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/organise_menu.py" line="133"/>
        <source>Search saved as «{0}»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/organise_menu.py" line="140"/>
        <location filename="../../clipper/ui/organise_menu.py" line="151"/>
        <source>Saved searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/organise_menu.py" line="157"/>
        <source>Rename tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/organise_menu.py" line="158"/>
        <source>New name for «{0}»:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/organise_menu.py" line="161"/>
        <source>Tag «{0}» renamed to «{1}»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/organise_menu.py" line="167"/>
        <source>Merge tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/organise_menu.py" line="168"/>
        <source>Merge «{0}» into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/organise_menu.py" line="172"/>
        <source>Tag «{0}» merged into «{1}»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/organise_menu.py" line="176"/>
        <source>Colour of «{0}»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/organise_menu.py" line="179"/>
        <source>Tag «{0}» recoloured</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../clipper/ui/organise_menu.py" line="183"/>
        <source>Delete the tag «{0}»? It is on %n article(s).</source>
        <translation>
            <numerusform>Delete the tag «{0}»? It is on %n article.</numerusform>
            <numerusform>Delete the tag «{0}»? It is on %n articles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clipper/ui/organise_menu.py" line="186"/>
        <source>%n rule(s) that set it will be removed too.</source>
        <translation>
            <numerusform>%n rule that set it will be removed too.</numerusform>
            <numerusform>%n rules that set it will be removed too.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clipper/ui/organise_menu.py" line="188"/>
        <source>Delete tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/organise_menu.py" line="191"/>
        <source>Tag «{0}» deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/organise_menu.py" line="199"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Organiser</name>
    <message numerus="yes">
        <location filename="../../clipper/ui/organising.py" line="53"/>
        <source>Tag «{0}» removed from %n article(s)</source>
        <translation>
            <numerusform>Tag «{0}» removed from %n article</numerusform>
            <numerusform>Tag «{0}» removed from %n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clipper/ui/organising.py" line="54"/>
        <source>Tag «{0}» added to %n article(s)</source>
        <translation>
            <numerusform>Tag «{0}» added to %n article</numerusform>
            <numerusform>Tag «{0}» added to %n articles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clipper/ui/organising.py" line="59"/>
        <source>positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/organising.py" line="59"/>
        <source>neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/organising.py" line="60"/>
        <source>negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/organising.py" line="60"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../clipper/ui/organising.py" line="61"/>
        <source>Tone «{0}» set on %n article(s)</source>
        <translation>
            <numerusform>Tone «{0}» set on %n article</numerusform>
            <numerusform>Tone «{0}» set on %n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clipper/ui/organising.py" line="65"/>
        <source>Starred %n article(s)</source>
        <translation>
            <numerusform>Starred %n article</numerusform>
            <numerusform>Starred %n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clipper/ui/organising.py" line="66"/>
        <source>Unstarred %n article(s)</source>
        <translation>
            <numerusform>Unstarred %n article</numerusform>
            <numerusform>Unstarred %n articles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clipper/ui/organising.py" line="70"/>
        <source>Note saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/organising.py" line="90"/>
        <source>Undone: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/organising.py" line="93"/>
        <source>Redone: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueryError</name>
    <message>
        <location filename="../../clipper/search/query.py" line="92"/>
        <location filename="../../clipper/search/query.py" line="239"/>
        <source>a closing bracket «)» has no opening one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/search/query.py" line="164"/>
        <source>a quotation mark {mark} is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/search/query.py" line="172"/>
        <source>«{field}:» needs a value right after the colon, e.g. {field}:…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/search/query.py" line="181"/>
        <source>a range «[» is not closed with «]»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/search/query.py" line="208"/>
        <location filename="../../clipper/search/query.py" line="220"/>
        <source>OR needs a word on each side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/search/query.py" line="211"/>
        <source>empty brackets «()»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/search/query.py" line="229"/>
        <source>NOT (or «-») needs a word after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/search/query.py" line="235"/>
        <source>a bracket «(» is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/search/query.py" line="254"/>
        <source>«{word}»: a * may only end a word (prefix search)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/search/query.py" line="257"/>
        <source>«{word}» has no letters or digits to search for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/search/query.py" line="260"/>
        <source>«{word}»: a prefix needs at least {count} letters before the *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/search/query.py" line="274"/>
        <source>an empty phrase «» finds nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/search/query.py" line="286"/>
        <source>«{field}:» takes a value, not a range [ … ]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/search/query.py" line="307"/>
        <source>«date:{value}»: write a date as 2025, 2025-12 or 2025-12-07, or сегодня, вчера, неделя, месяц</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/search/query.py" line="312"/>
        <location filename="../../clipper/search/query.py" line="324"/>
        <source>«date:{value}» is not a real date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/search/query.py" line="332"/>
        <source>a date range looks like date:[2025-01-01 TO 2025-06-30]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/search/query.py" line="343"/>
        <source>«{value}» in the date range is not a date like 2025-06-30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/search/query.py" line="347"/>
        <source>the date range is empty: {start} is after {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/search/request.py" line="39"/>
        <source>the period is empty: {start} is after {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/search/run.py" line="108"/>
        <source>«review:{value}»: write review:yes or review:no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/search/values.py" line="32"/>
        <source>«tone:{value}»: a tone is positive, neutral, negative or none (позитив, нейтрал, негатив, нет)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/search/values.py" line="39"/>
        <source>«starred:{value}»: say starred:yes or starred:no (да, нет)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueryHelp</name>
    <message>
        <location filename="../../clipper/ui/dialogs/query_help.py" line="10"/>
        <source>both words, in any form (Саденова, преступности)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/query_help.py" line="12"/>
        <source>either word (also ИЛИ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/query_help.py" line="14"/>
        <source>without the word (also НЕ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/query_help.py" line="16"/>
        <source>these word forms in this order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/query_help.py" line="18"/>
        <source>words starting so (3 letters at least)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/query_help.py" line="20"/>
        <source>this word form only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/query_help.py" line="22"/>
        <source>typo-tolerant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/query_help.py" line="24"/>
        <source>a word in that field only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/query_help.py" line="26"/>
        <source>a facet value; region:nationwide for articles without a region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/query_help.py" line="29"/>
        <source>the tone given: positive, neutral, negative, none (позитив, нейтрал, негатив, нет; also тон:)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/query_help.py" line="32"/>
        <source>starred articles, or those without a star (also звезда:да)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/query_help.py" line="35"/>
        <source>articles with a field extraction was unsure of, not yet corrected (also проверка:да)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/query_help.py" line="38"/>
        <source>a period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/query_help.py" line="40"/>
        <source>a period ending today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/query_help.py" line="42"/>
        <source>grouping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/query_help.py" line="53"/>
        <source>Query language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/query_help.py" line="60"/>
        <source>Case, ё/е and Kazakh letters do not matter. Under the search box Clipper shows what it searched for.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <location filename="../../clipper/ui/views/reader.py" line="36"/>
        <source>Article text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/reader.py" line="37"/>
        <source>Open original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/reader.py" line="38"/>
        <source>The file as it was imported (Ctrl+Shift+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/reader.py" line="40"/>
        <source>Edit details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/reader.py" line="41"/>
        <source>Correct headline, date, outlet, regions… (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/reader.py" line="59"/>
        <source>No article chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/reader.py" line="68"/>
        <source>corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/reader.py" line="68"/>
        <source>check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/reader.py" line="69"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/reader.py" line="86"/>
        <source>(no headline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/reader.py" line="88"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/reader.py" line="89"/>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/reader.py" line="90"/>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/reader.py" line="91"/>
        <source>Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/reader.py" line="91"/>
        <source>nationwide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/reader.py" line="93"/>
        <source>Officials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/reader.py" line="98"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/reader.py" line="100"/>
        <source>positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/reader.py" line="100"/>
        <source>neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/reader.py" line="101"/>
        <source>negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/reader.py" line="102"/>
        <source>Tone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/reader.py" line="104"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../../clipper/ui/models/results.py" line="29"/>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/models/results.py" line="29"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/models/results.py" line="29"/>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/models/results.py" line="30"/>
        <source>Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/models/results.py" line="30"/>
        <source>Officials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/models/results.py" line="30"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/models/results.py" line="31"/>
        <source>Tone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/models/results.py" line="32"/>
        <source>positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/models/results.py" line="32"/>
        <source>neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/models/results.py" line="33"/>
        <source>negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/models/results.py" line="97"/>
        <source>(cannot be read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/models/results.py" line="109"/>
        <source>(no headline)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <location filename="../../clipper/ui/dialogs/rules.py" line="20"/>
        <location filename="../../clipper/ui/dialogs/rules.py" line="87"/>
        <location filename="../../clipper/ui/dialogs/rules.py" line="95"/>
        <location filename="../../clipper/ui/dialogs/rules.py" line="106"/>
        <location filename="../../clipper/ui/dialogs/rules.py" line="113"/>
        <location filename="../../clipper/ui/dialogs/rules.py" line="118"/>
        <location filename="../../clipper/ui/dialogs/rules.py" line="123"/>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/rules.py" line="27"/>
        <source>(keep the tone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/rules.py" line="25"/>
        <source>positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/rules.py" line="25"/>
        <source>neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/rules.py" line="26"/>
        <source>negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/rules.py" line="30"/>
        <source>Add rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/rules.py" line="32"/>
        <source>Remove selected rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/rules.py" line="34"/>
        <source>Apply to the whole archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/rules.py" line="39"/>
        <source>An article found by the saved search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/rules.py" line="40"/>
        <source>gets the tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/rules.py" line="41"/>
        <source>and the tone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/rules.py" line="50"/>
        <source>Rules run on every import, in this order, and on demand over the whole archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/rules.py" line="65"/>
        <source>tag «{0}»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/rules.py" line="66"/>
        <source>tone {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../clipper/ui/dialogs/rules.py" line="69"/>
        <source>; would change %n article(s) now</source>
        <translation>
            <numerusform>; would change %n article now</numerusform>
            <numerusform>; would change %n articles now</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/rules.py" line="71"/>
        <source>«{0}» → {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../clipper/ui/dialogs/rules.py" line="82"/>
        <source>Applying the rules now would change %n article(s).</source>
        <translation>
            <numerusform>Applying the rules now would change %n article.</numerusform>
            <numerusform>Applying the rules now would change %n articles.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/rules.py" line="88"/>
        <source>A rule starts from a saved search: search, then Organise → Save this search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/rules.py" line="114"/>
        <source>The rules would change no article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../clipper/ui/dialogs/rules.py" line="116"/>
        <source>Apply the rules to the whole archive? %n article(s) will change.</source>
        <translation>
            <numerusform>Apply the rules to the whole archive? %n article will change.</numerusform>
            <numerusform>Apply the rules to the whole archive? %n articles will change.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clipper/ui/dialogs/rules.py" line="125"/>
        <source>Rules applied: %n article(s) changed</source>
        <translation>
            <numerusform>Rules applied: %n article changed</numerusform>
            <numerusform>Rules applied: %n articles changed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SavedList</name>
    <message>
        <location filename="../../clipper/ui/views/sidebar.py" line="104"/>
        <source>Saved searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/sidebar.py" line="108"/>
        <source>No saved searches yet: search, then Ctrl+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/sidebar.py" line="111"/>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/sidebar.py" line="111"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <location filename="../../clipper/ui/views/search_bar.py" line="22"/>
        <source>Search: words, &quot;a phrase&quot;, region:Алматы, date:2025 … (F1 for help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/search_bar.py" line="24"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/search_bar.py" line="30"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/search_bar.py" line="31"/>
        <source>Recent searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/search_bar.py" line="35"/>
        <source>Query language (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/search_bar.py" line="114"/>
        <source>No searches yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagList</name>
    <message>
        <location filename="../../clipper/ui/views/sidebar.py" line="81"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/sidebar.py" line="87"/>
        <source>No tags yet: select articles and press Ctrl+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/sidebar.py" line="84"/>
        <source>Click: show the articles with this tag; right-click: rename, merge, colour, delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/sidebar.py" line="90"/>
        <source>Show its articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/sidebar.py" line="91"/>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/sidebar.py" line="92"/>
        <source>Merge into another tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/sidebar.py" line="93"/>
        <source>Colour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/sidebar.py" line="94"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../clipper/ui/actions.py" line="48"/>
        <source>&amp;New archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="49"/>
        <source>&amp;Open archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="50"/>
        <source>&amp;Import files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="52"/>
        <source>Import article files (Ctrl+I); or drop files on the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="53"/>
        <source>Import &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="54"/>
        <source>Import every article in a folder and its subfolders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="55"/>
        <source>&amp;Export digest…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="57"/>
        <source>PDF or Word digest, CSV or Excel list of the articles (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="58"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="59"/>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="60"/>
        <source>&amp;Edit details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="61"/>
        <source>Correct headline, date, outlet… (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="62"/>
        <source>Open &amp;original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="63"/>
        <source>&amp;Next result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="65"/>
        <source>&amp;Previous result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="67"/>
        <source>Go to the &amp;text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="68"/>
        <source>Go to the &amp;results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="69"/>
        <source>Go to the fil&amp;ters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="70"/>
        <source>Articles to re&amp;view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="71"/>
        <source>Articles with a field extraction was unsure of and you have not corrected (review:yes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="73"/>
        <source>&amp;Query language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="76"/>
        <source>&amp;About Clipper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="75"/>
        <source>A press-clipping archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="80"/>
        <source>Sort by &amp;relevance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="81"/>
        <source>Sort by date, &amp;newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="82"/>
        <source>Sort by date, &amp;oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="88"/>
        <source>As the &amp;system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="100"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="102"/>
        <source>&amp;Recent archives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="108"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="110"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="115"/>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="116"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="117"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="119"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="131"/>
        <source>Import articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="132"/>
        <source>Articles ({0});;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="138"/>
        <source>Import a folder of articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="173"/>
        <source>Wait for the import to finish before opening another archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="144"/>
        <source>Open an archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="149"/>
        <source>{0} does not exist any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="153"/>
        <source>{0} is not a Clipper archive. Choose an archive folder, or an empty folder with File → New archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="160"/>
        <source>Choose an empty folder for the new archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="165"/>
        <source>{0} is not empty. A new archive needs an empty folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="192"/>
        <source>No other archives yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="200"/>
        <source>The new language is used from the next start of Clipper.
Новый язык будет использован при следующем запуске Clipper.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
