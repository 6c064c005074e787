<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>FacetPanel</name>
    <message>
        <location filename="../../clipper/ui/views/facet_panel.py" line="31"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/facet_panel.py" line="31"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/facet_panel.py" line="32"/>
        <source>Officials</source>
        <translation>Должностные лица</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/facet_panel.py" line="32"/>
        <source>Outlet</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/facet_panel.py" line="33"/>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/facet_panel.py" line="33"/>
        <source>Tone</source>
        <translation>Тональность</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/facet_panel.py" line="34"/>
        <source>Starred</source>
        <translation>Избранное</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/facet_panel.py" line="34"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/facet_panel.py" line="35"/>
        <source>nationwide (no region)</source>
        <translation>вся страна (без региона)</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/facet_panel.py" line="36"/>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/facet_panel.py" line="49"/>
        <source>Clear all filters</source>
        <translation>Сбросить все фильтры</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/facet_panel.py" line="58"/>
        <source>Facets</source>
        <translation>Фильтры</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/facet_panel.py" line="64"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/facet_panel.py" line="65"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/facet_panel.py" line="71"/>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/facet_panel.py" line="83"/>
        <source>&lt;b&gt;Filters&lt;/b&gt;</source>
        <translation>&lt;b&gt;Фильтры&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/facet_panel.py" line="124"/>
        <source>… {0} more: type {1}:name in the search</source>
        <translation>… ещё {0}: введите {1}:имя в поиске</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/facet_panel.py" line="175"/>
        <source>Russian</source>
        <translation>русский</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/facet_panel.py" line="175"/>
        <source>Kazakh</source>
        <translation>казахский</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/facet_panel.py" line="176"/>
        <source>mixed</source>
        <translation>смешанный</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/facet_panel.py" line="191"/>
        <source>Remove this filter</source>
        <translation>Убрать этот фильтр</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../clipper/ui/dialogs/import_report.py" line="14"/>
        <source>Import finished</source>
        <translation>Импорт завершён</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/import_report.py" line="15"/>
        <source>Imported: {0}   Duplicates (already in the archive): {1}   Failed: {2}</source>
        <translation>Импортировано: {0}   Повторы (уже в архиве): {1}   Ошибки: {2}</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/import_report.py" line="19"/>
        <source>The import was cancelled. </source>
        <translation>Импорт отменён. </translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/import_report.py" line="23"/>
        <source>FAILED  {0}: {1}</source>
        <translation>ОШИБКА  {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/import_report.py" line="24"/>
        <source>warning  {0}: {1}</source>
        <translation>внимание  {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/import_report.py" line="29"/>
        <source>Files that need a look (the originals are kept):</source>
        <translation>Файлы, которые стоит проверить (оригиналы сохранены):</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <location filename="../../clipper/ui/importing.py" line="37"/>
        <location filename="../../clipper/ui/importing.py" line="43"/>
        <location filename="../../clipper/ui/importing.py" line="84"/>
        <location filename="../../clipper/ui/importing.py" line="95"/>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/importing.py" line="38"/>
        <source>An import is already running.</source>
        <translation>Импорт уже идёт.</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/importing.py" line="51"/>
        <source>Starting…</source>
        <translation>Запуск…</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/importing.py" line="62"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/importing.py" line="73"/>
        <source>Importing %v of %m</source>
        <translation>Импорт: %v из %m</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/importing.py" line="85"/>
        <source>The import stopped: {0}</source>
        <translation>Импорт остановлен: {0}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../clipper/ui/actions.py" line="39"/>
        <source>&amp;New archive…</source>
        <translation>&amp;Новый архив…</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="40"/>
        <source>&amp;Open archive…</source>
        <translation>&amp;Открыть архив…</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="42"/>
        <source>&amp;Import files…</source>
        <translation>&amp;Импортировать файлы…</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="43"/>
        <source>Import article files (Ctrl+I); or drop files on the window</source>
        <translation>Импортировать файлы статей (Ctrl+I) или перетащите файлы в окно</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="44"/>
        <source>Import &amp;folder…</source>
        <translation>Импортировать &amp;папку…</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="45"/>
        <source>Import every article in a folder and its subfolders</source>
        <translation>Импортировать все статьи из папки и её подпапок</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="46"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="47"/>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="48"/>
        <source>&amp;Edit details…</source>
        <translation>&amp;Изменить сведения…</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="49"/>
        <source>Correct headline, date, outlet… (F2)</source>
        <translation>Исправить заголовок, дату, источник… (F2)</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="50"/>
        <source>Open &amp;original</source>
        <translation>Открыть &amp;оригинал</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="51"/>
        <source>&amp;Next result</source>
        <translation>&amp;Следующий результат</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="52"/>
        <source>&amp;Previous result</source>
        <translation>&amp;Предыдущий результат</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="54"/>
        <source>Go to the &amp;text</source>
        <translation>Перейти к &amp;тексту</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="55"/>
        <source>Go to the &amp;results</source>
        <translation>Перейти к &amp;результатам</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="56"/>
        <source>Go to the fil&amp;ters</source>
        <translation>Перейти к &amp;фильтрам</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="57"/>
        <source>&amp;Query language</source>
        <translation>&amp;Язык запросов</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="59"/>
        <source>&amp;About Clipper</source>
        <translation>&amp;О программе Clipper</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="60"/>
        <source>A press-clipping archive.</source>
        <translation>Архив публикаций в СМИ.</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="63"/>
        <source>Sort by &amp;relevance</source>
        <translation>Сортировать по &amp;релевантности</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="63"/>
        <source>Sort by date, &amp;newest first</source>
        <translation>Сортировать по дате, сначала &amp;новые</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="64"/>
        <source>Sort by date, &amp;oldest first</source>
        <translation>Сортировать по дате, сначала &amp;старые</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="71"/>
        <source>As the &amp;system</source>
        <translation>Как в &amp;системе</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="79"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="81"/>
        <source>&amp;Recent archives</source>
        <translation>&amp;Недавние архивы</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="87"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="89"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="94"/>
        <source>&amp;Settings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="95"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="97"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="100"/>
        <source>Main</source>
        <translation>Основная</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="109"/>
        <source>Import articles</source>
        <translation>Импорт статей</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="110"/>
        <source>Articles ({0});;All files (*)</source>
        <translation>Статьи ({0});;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="116"/>
        <source>Import a folder of articles</source>
        <translation>Импорт папки со статьями</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="123"/>
        <source>Wait for the import to finish before opening another archive.</source>
        <translation>Дождитесь окончания импорта, прежде чем открывать другой архив.</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="126"/>
        <source>Open an archive</source>
        <translation>Открыть архив</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="130"/>
        <source>{0} does not exist any more.</source>
        <translation>{0} больше не существует.</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="134"/>
        <source>{0} is not a Clipper archive. Choose an archive folder, or an empty folder with File → New archive.</source>
        <translation>{0} — не архив Clipper. Выберите папку архива или пустую папку через Файл → Новый архив.</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="142"/>
        <source>Choose an empty folder for the new archive</source>
        <translation>Выберите пустую папку для нового архива</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="147"/>
        <source>{0} is not empty. A new archive needs an empty folder.</source>
        <translation>Папка {0} не пуста. Для нового архива нужна пустая папка.</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="169"/>
        <source>No other archives yet</source>
        <translation>Других архивов пока нет</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="177"/>
        <source>The new language is used from the next start of Clipper.
Новый язык будет использован при следующем запуске Clipper.</source>
        <translation>Новый язык будет использован при следующем запуске Clipper.
The new language is used from the next start of Clipper.</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/main_window.py" line="52"/>
        <source>Results</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/main_window.py" line="87"/>
        <source>Cancel import</source>
        <translation>Отменить импорт</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/main_window.py" line="123"/>
        <source>Clipper — {0}</source>
        <translation>Clipper — {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../clipper/ui/main_window.py" line="169"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n статья</numerusform>
            <numerusform>%n статьи</numerusform>
            <numerusform>%n статей</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clipper/ui/main_window.py" line="241"/>
        <source>Open original</source>
        <translation>Открыть оригинал</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/main_window.py" line="242"/>
        <source>The original file of this article is missing.</source>
        <translation>Оригинальный файл этой статьи отсутствует.</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/main_window.py" line="257"/>
        <location filename="../../clipper/ui/main_window.py" line="273"/>
        <source>Edit details</source>
        <translation>Изменить сведения</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/main_window.py" line="258"/>
        <source>The archive is busy with an import; edit when it has finished.</source>
        <translation>Архив занят импортом; внесите изменения после его окончания.</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/main_window.py" line="275"/>
        <source>Corrected: {0}</source>
        <translation>Исправлено: {0}</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/main_window.py" line="285"/>
        <source>Imported {0}, duplicates {1}, failed {2}</source>
        <translation>Импортировано {0}, повторов {1}, ошибок {2}</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/main_window.py" line="303"/>
        <source>This archive is empty. Drop article files here, or:</source>
        <translation>Архив пуст. Перетащите сюда файлы статей или:</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/main_window.py" line="304"/>
        <source>Import files…</source>
        <translation>Импортировать файлы…</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/main_window.py" line="306"/>
        <source>Import the demo articles</source>
        <translation>Импортировать демонстрационные статьи</translation>
    </message>
</context>
<context>
    <name>MetadataEditor</name>
    <message>
        <location filename="../../clipper/ui/dialogs/metadata_editor.py" line="29"/>
        <source>Article details</source>
        <translation>Сведения о статье</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/metadata_editor.py" line="34"/>
        <source>YYYY-MM-DD, empty if the article has none</source>
        <translation>ГГГГ-ММ-ДД, пусто, если даты нет</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/metadata_editor.py" line="40"/>
        <source>Russian</source>
        <translation>русский</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/metadata_editor.py" line="40"/>
        <source>Kazakh</source>
        <translation>казахский</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/metadata_editor.py" line="40"/>
        <source>mixed</source>
        <translation>смешанный</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/metadata_editor.py" line="45"/>
        <source>Regions</source>
        <translation>Регионы</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/metadata_editor.py" line="55"/>
        <source>Add an official: type, Enter</source>
        <translation>Добавить должностное лицо: введите и нажмите Enter</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/metadata_editor.py" line="62"/>
        <source>Headline</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/metadata_editor.py" line="62"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/metadata_editor.py" line="63"/>
        <source>Outlet</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/metadata_editor.py" line="64"/>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/metadata_editor.py" line="65"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/metadata_editor.py" line="66"/>
        <source>Regions (main first)</source>
        <translation>Регионы (главный первым)</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/metadata_editor.py" line="67"/>
        <source>Officials, one per line</source>
        <translation>Должностные лица, по одному в строке</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/metadata_editor.py" line="72"/>
        <source>Extraction was not sure of this field: check it</source>
        <translation>Распознавание не уверено в этом поле: проверьте его</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/metadata_editor.py" line="75"/>
        <source>You corrected this field; re-extraction keeps it</source>
        <translation>Вы исправили это поле; повторное распознавание его сохранит</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/metadata_editor.py" line="83"/>
        <source>⚠ extraction was unsure   ✎ corrected by you (kept by re-extraction)</source>
        <translation>⚠ распознавание не уверено   ✎ исправлено вами (сохраняется при повторном распознавании)</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/metadata_editor.py" line="123"/>
        <source>«{0}» is not a date like 2025-12-31</source>
        <translation>«{0}» — не дата вида 2025-12-31</translation>
    </message>
</context>
<context>
    <name>QueryHelp</name>
    <message>
        <location filename="../../clipper/ui/dialogs/query_help.py" line="10"/>
        <source>both words, in any form (Саденова, преступности)</source>
        <translation>оба слова в любой форме (Саденова, преступности)</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/query_help.py" line="12"/>
        <source>either word (also ИЛИ)</source>
        <translation>любое из слов (также ИЛИ)</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/query_help.py" line="14"/>
        <source>without the word (also НЕ)</source>
        <translation>без этого слова (также НЕ)</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/query_help.py" line="16"/>
        <source>these word forms in this order</source>
        <translation>эти формы слов в этом порядке</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/query_help.py" line="18"/>
        <source>words starting so (3 letters at least)</source>
        <translation>слова, начинающиеся так (не меньше 3 букв)</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/query_help.py" line="20"/>
        <source>this word form only</source>
        <translation>только эта форма слова</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/query_help.py" line="22"/>
        <source>typo-tolerant</source>
        <translation>с учётом опечаток</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/query_help.py" line="24"/>
        <source>a word in that field only</source>
        <translation>слово только в этом поле</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/query_help.py" line="26"/>
        <source>a facet value; region:nationwide for articles without a region</source>
        <translation>значение фильтра; region:nationwide — статьи без региона</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/query_help.py" line="29"/>
        <source>a period</source>
        <translation>период</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/query_help.py" line="31"/>
        <source>a period ending today</source>
        <translation>период, заканчивающийся сегодня</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/query_help.py" line="33"/>
        <source>grouping</source>
        <translation>группировка</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/query_help.py" line="44"/>
        <source>Query language</source>
        <translation>Язык запросов</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/query_help.py" line="51"/>
        <source>Case, ё/е and Kazakh letters do not matter. Under the search box Clipper shows what it searched for.</source>
        <translation>Регистр, ё/е и казахские буквы не важны. Под строкой поиска Clipper показывает, что именно он искал.</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <location filename="../../clipper/ui/views/reader.py" line="36"/>
        <source>Article text</source>
        <translation>Текст статьи</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/reader.py" line="37"/>
        <source>Open original</source>
        <translation>Открыть оригинал</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/reader.py" line="38"/>
        <source>The file as it was imported (Ctrl+Shift+O)</source>
        <translation>Файл в том виде, в каком он был импортирован (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/reader.py" line="40"/>
        <source>Edit details…</source>
        <translation>Изменить сведения…</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/reader.py" line="41"/>
        <source>Correct headline, date, outlet, regions… (F2)</source>
        <translation>Исправить заголовок, дату, источник, регионы… (F2)</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/reader.py" line="59"/>
        <source>No article chosen.</source>
        <translation>Статья не выбрана.</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/reader.py" line="68"/>
        <source>corrected</source>
        <translation>исправлено</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/reader.py" line="68"/>
        <source>check</source>
        <translation>проверить</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/reader.py" line="69"/>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/reader.py" line="86"/>
        <source>(no headline)</source>
        <translation>(без заголовка)</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/reader.py" line="88"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/reader.py" line="89"/>
        <source>Outlet</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/reader.py" line="90"/>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/reader.py" line="91"/>
        <source>Regions</source>
        <translation>Регионы</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/reader.py" line="91"/>
        <source>nationwide</source>
        <translation>вся страна</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/reader.py" line="93"/>
        <source>Officials</source>
        <translation>Должностные лица</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/reader.py" line="98"/>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/reader.py" line="100"/>
        <source>Tone</source>
        <translation>Тональность</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/reader.py" line="102"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../../clipper/ui/models/results.py" line="28"/>
        <source>Headline</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/models/results.py" line="28"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/models/results.py" line="28"/>
        <source>Outlet</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/models/results.py" line="29"/>
        <source>Regions</source>
        <translation>Регионы</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/models/results.py" line="29"/>
        <source>Officials</source>
        <translation>Должностные лица</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/models/results.py" line="29"/>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/models/results.py" line="90"/>
        <source>(cannot be read)</source>
        <translation>(не читается)</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/models/results.py" line="104"/>
        <source>(no headline)</source>
        <translation>(без заголовка)</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <location filename="../../clipper/ui/views/search_bar.py" line="22"/>
        <source>Search: words, &quot;a phrase&quot;, region:Алматы, date:2025 … (F1 for help)</source>
        <translation>Поиск: слова, &quot;фраза&quot;, region:Алматы, date:2025 … (F1 — справка)</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/search_bar.py" line="24"/>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/search_bar.py" line="30"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/search_bar.py" line="31"/>
        <source>Recent searches</source>
        <translation>Недавние запросы</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/search_bar.py" line="35"/>
        <source>Query language (F1)</source>
        <translation>Язык запросов (F1)</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/search_bar.py" line="113"/>
        <source>No searches yet</source>
        <translation>Запросов пока не было</translation>
    </message>
</context>
</TS>
