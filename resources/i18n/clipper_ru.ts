<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>ArchiveLocked</name>
    <message>
        <location filename="../../clipper/archive_lock.py" line="25"/>
        <source>The archive {folder} is open for changes in another Clipper window or command. Close it there, or wait for that command to finish, and try again.</source>
        <translation>Архив {folder} открыт для изменений в другом окне или команде Clipper. Закройте его там или дождитесь окончания команды и попробуйте снова.</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../clipper/ui/views/empty_state.py" line="21"/>
        <source>This archive is empty. Drop article files here, or:</source>
        <translation>Архив пуст. Перетащите сюда файлы статей или:</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/empty_state.py" line="22"/>
        <source>Import files…</source>
        <translation>Импортировать файлы…</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/empty_state.py" line="25"/>
        <source>Import the demo articles</source>
        <translation>Импортировать демонстрационные статьи</translation>
    </message>
</context>
<context>
    <name>Explain</name>
    <message>
        <location filename="../../clipper/search/explain.py" line="44"/>
        <source>every article</source>
        <translation>все статьи</translation>
    </message>
    <message>
        <location filename="../../clipper/search/explain.py" line="53"/>
        <source>!{word}: this word form only</source>
        <translation>!{word}: только эта форма слова</translation>
    </message>
    <message>
        <location filename="../../clipper/search/explain.py" line="55"/>
        <source>!{word} in {field}: this word form only</source>
        <translation>!{word} в поле {field}: только эта форма слова</translation>
    </message>
    <message>
        <location filename="../../clipper/search/explain.py" line="59"/>
        <source>{word}: words starting with «{start}»: {forms}</source>
        <translation>{word}: слова, начинающиеся на «{start}»: {forms}</translation>
    </message>
    <message>
        <location filename="../../clipper/search/explain.py" line="61"/>
        <source>{word}: words within a letter or two of «{start}»: {forms}</source>
        <translation>{word}: слова, отличающиеся от «{start}» на одну-две буквы: {forms}</translation>
    </message>
    <message>
        <location filename="../../clipper/search/explain.py" line="66"/>
        <source>{word}: stem «{stem}» — {forms}</source>
        <translation>{word}: основа «{stem}» — {forms}</translation>
    </message>
    <message>
        <location filename="../../clipper/search/explain.py" line="68"/>
        <source>{word} in {field}: stem «{stem}» — {forms}</source>
        <translation>{word} в поле {field}: основа «{stem}» — {forms}</translation>
    </message>
    <message>
        <location filename="../../clipper/search/explain.py" line="71"/>
        <source>&quot;{words}&quot;: these word forms in this order</source>
        <translation>&quot;{words}&quot;: эти формы слов в этом порядке</translation>
    </message>
    <message>
        <location filename="../../clipper/search/explain.py" line="77"/>
        <source>{field}: {value} → no such value</source>
        <translation>{field}: {value} → такого значения нет</translation>
    </message>
    <message>
        <location filename="../../clipper/search/explain.py" line="82"/>
        <source>date: {start} to {end}</source>
        <translation>дата: с {start} по {end}</translation>
    </message>
    <message>
        <location filename="../../clipper/search/explain.py" line="85"/>
        <source>without:</source>
        <translation>без:</translation>
    </message>
    <message>
        <location filename="../../clipper/search/explain.py" line="88"/>
        <source>any of:</source>
        <translation>любое из:</translation>
    </message>
    <message>
        <location filename="../../clipper/search/explain.py" line="89"/>
        <source>all of:</source>
        <translation>все из:</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../clipper/ui/dialogs/export.py" line="30"/>
        <location filename="../../clipper/ui/dialogs/export.py" line="81"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message numerus="yes">
        <location filename="../../clipper/ui/dialogs/export.py" line="31"/>
        <source>The selected articles (%n)</source>
        <translation>
            <numerusform>Выбранные статьи (%n)</numerusform>
            <numerusform>Выбранные статьи (%n)</numerusform>
            <numerusform>Выбранные статьи (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clipper/ui/dialogs/export.py" line="33"/>
        <source>Every article found (%n)</source>
        <translation>
            <numerusform>Все найденные статьи (%n)</numerusform>
            <numerusform>Все найденные статьи (%n)</numerusform>
            <numerusform>Все найденные статьи (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/export.py" line="46"/>
        <source>e.g. Пресс-служба ДП …</source>
        <translation>например, Пресс-служба ДП …</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/export.py" line="48"/>
        <source>no grouping</source>
        <translation>без группировки</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/export.py" line="48"/>
        <source>by date</source>
        <translation>по дате</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/export.py" line="49"/>
        <source>by region</source>
        <translation>по региону</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/export.py" line="49"/>
        <source>by official</source>
        <translation>по должностному лицу</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/export.py" line="50"/>
        <source>by outlet</source>
        <translation>по источнику</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/export.py" line="50"/>
        <source>by tag</source>
        <translation>по тегу</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/export.py" line="53"/>
        <source>full text</source>
        <translation>полный текст</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/export.py" line="54"/>
        <source>lead only</source>
        <translation>только начало (лид)</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/export.py" line="56"/>
        <source>newest first</source>
        <translation>сначала новые</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/export.py" line="57"/>
        <source>by relevance</source>
        <translation>по релевантности</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/export.py" line="59"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/export.py" line="68"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/export.py" line="70"/>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/export.py" line="71"/>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/export.py" line="72"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/export.py" line="73"/>
        <source>Grouping</source>
        <translation>Группировка</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/export.py" line="74"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/export.py" line="75"/>
        <source>Order</source>
        <translation>Порядок</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/export.py" line="76"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/export.py" line="104"/>
        <source>Choose where to write the file.</source>
        <translation>Выберите, куда записать файл.</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/export.py" line="119"/>
        <source>Writing {0}…</source>
        <translation>Запись {0}…</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/export.py" line="130"/>
        <source>Export cancelled: no file was written.</source>
        <translation>Экспорт отменён: файл не записан.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../clipper/ui/dialogs/export.py" line="134"/>
        <source>%n clipping(s) written to {0}</source>
        <translation>
            <numerusform>%n публикация записана в {0}</numerusform>
            <numerusform>%n публикации записаны в {0}</numerusform>
            <numerusform>%n публикаций записано в {0}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/export.py" line="137"/>
        <source>Open the file</source>
        <translation>Открыть файл</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/export.py" line="139"/>
        <source>Open the folder</source>
        <translation>Открыть папку</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/export.py" line="150"/>
        <source>The export failed: {0}</source>
        <translation>Экспорт не удался: {0}</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/export.py" line="156"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/export.py" line="166"/>
        <source>Digest</source>
        <translation>Дайджест</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/export.py" line="172"/>
        <source>Export to</source>
        <translation>Экспортировать в</translation>
    </message>
</context>
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
        <source>Needs review</source>
        <translation>Требует проверки</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/facet_panel.py" line="36"/>
        <source>nationwide (no region)</source>
        <translation>вся страна (без региона)</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/facet_panel.py" line="37"/>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/facet_panel.py" line="50"/>
        <source>Clear all filters</source>
        <translation>Сбросить все фильтры</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/facet_panel.py" line="57"/>
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
        <location filename="../../clipper/ui/views/facet_panel.py" line="134"/>
        <source>… {0} more: type {1}:name in the search</source>
        <translation>… ещё {0}: введите {1}:имя в поиске</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/facet_panel.py" line="187"/>
        <source>Russian</source>
        <translation>русский</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/facet_panel.py" line="187"/>
        <source>Kazakh</source>
        <translation>казахский</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/facet_panel.py" line="188"/>
        <source>mixed</source>
        <translation>смешанный</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/facet_panel.py" line="203"/>
        <source>Remove this filter</source>
        <translation>Убрать этот фильтр</translation>
    </message>
</context>
<context>
    <name>ImportFailure</name>
    <message>
        <location filename="../../clipper/importer.py" line="92"/>
        <source>no such file or folder</source>
        <translation>нет такого файла или папки</translation>
    </message>
    <message>
        <location filename="../../clipper/importer.py" line="100"/>
        <source>cannot read the file: {reason}</source>
        <translation>файл не читается: {reason}</translation>
    </message>
    <message>
        <location filename="../../clipper/ingest/read.py" line="23"/>
        <source>this is a PNG image, not an article</source>
        <translation>это изображение PNG, а не статья</translation>
    </message>
    <message>
        <location filename="../../clipper/ingest/read.py" line="24"/>
        <source>this is a JPEG image, not an article</source>
        <translation>это изображение JPEG, а не статья</translation>
    </message>
    <message>
        <location filename="../../clipper/ingest/read.py" line="25"/>
        <source>this is a GIF image, not an article</source>
        <translation>это изображение GIF, а не статья</translation>
    </message>
    <message>
        <location filename="../../clipper/ingest/read.py" line="26"/>
        <source>this is an old Word/Excel file (.doc/.xls): save it as .docx or .txt</source>
        <translation>это старый файл Word/Excel (.doc/.xls): сохраните его как .docx или .txt</translation>
    </message>
    <message>
        <location filename="../../clipper/ingest/read.py" line="28"/>
        <source>this is a RAR archive: unpack it first</source>
        <translation>это архив RAR: сначала распакуйте его</translation>
    </message>
    <message>
        <location filename="../../clipper/ingest/read.py" line="29"/>
        <source>this is a gzip archive: unpack it first</source>
        <translation>это архив gzip: сначала распакуйте его</translation>
    </message>
    <message>
        <location filename="../../clipper/ingest/read.py" line="48"/>
        <source>the file is empty</source>
        <translation>файл пуст</translation>
    </message>
    <message>
        <location filename="../../clipper/ingest/read.py" line="61"/>
        <source>the file holds no text</source>
        <translation>в файле нет текста</translation>
    </message>
    <message>
        <location filename="../../clipper/ingest/read.py" line="88"/>
        <source>this is a binary file, not text</source>
        <translation>это двоичный файл, а не текст</translation>
    </message>
    <message>
        <location filename="../../clipper/ingest/read.py" line="105"/>
        <source>the file says it is {encoding} but holds bytes that are not (at byte {at}): it is damaged</source>
        <translation>файл объявлен как {encoding}, но содержит другие байты (байт {at}): он повреждён</translation>
    </message>
    <message>
        <location filename="../../clipper/ingest/read.py" line="153"/>
        <source>the text is in an encoding Clipper cannot recognise</source>
        <translation>текст в кодировке, которую Clipper не может распознать</translation>
    </message>
    <message>
        <location filename="../../clipper/ingest/read.py" line="185"/>
        <source>the DOCX file is damaged or cut short (not a valid zip)</source>
        <translation>файл DOCX повреждён или обрезан (это не zip-архив)</translation>
    </message>
    <message>
        <location filename="../../clipper/ingest/read.py" line="188"/>
        <source>the DOCX file lacks a part Word documents have ({part})</source>
        <translation>в файле DOCX нет части, которая есть у документов Word ({part})</translation>
    </message>
    <message>
        <location filename="../../clipper/ingest/read.py" line="192"/>
        <source>the DOCX file cannot be read: {reason}</source>
        <translation>файл DOCX не читается: {reason}</translation>
    </message>
    <message>
        <location filename="../../clipper/ingest/read.py" line="201"/>
        <source>the DOCX file holds no text</source>
        <translation>в файле DOCX нет текста</translation>
    </message>
    <message>
        <location filename="../../clipper/ingest/pdf.py" line="20"/>
        <source>the PDF is password-protected</source>
        <translation>PDF защищён паролем</translation>
    </message>
    <message>
        <location filename="../../clipper/ingest/pdf.py" line="26"/>
        <source>the PDF is damaged or cut short ({reason})</source>
        <translation>PDF повреждён или обрезан ({reason})</translation>
    </message>
    <message>
        <location filename="../../clipper/ingest/pdf.py" line="31"/>
        <source>the PDF has no text layer (a scanned page): it needs OCR first</source>
        <translation>в PDF нет текстового слоя (это скан): сначала нужно распознавание (OCR)</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../clipper/ui/dialogs/import_report.py" line="15"/>
        <source>Import finished</source>
        <translation>Импорт завершён</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/import_report.py" line="16"/>
        <source>Imported: {0}   Duplicates (already in the archive): {1}   Failed: {2}</source>
        <translation>Импортировано: {0}   Повторы (уже в архиве): {1}   Ошибки: {2}</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/import_report.py" line="20"/>
        <source>The import was cancelled. </source>
        <translation>Импорт отменён. </translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/import_report.py" line="24"/>
        <source>FAILED  {0}: {1}</source>
        <translation>ОШИБКА  {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/import_report.py" line="25"/>
        <source>warning  {0}: {1}</source>
        <translation>внимание  {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/import_report.py" line="30"/>
        <source>Files that need a look (the originals are kept):</source>
        <translation>Файлы, которые стоит проверить (оригиналы сохранены):</translation>
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
        <location filename="../../clipper/ui/importing.py" line="86"/>
        <source>The import stopped: {0}</source>
        <translation>Импорт остановлен: {0}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../clipper/ui/main_window.py" line="52"/>
        <source>Results</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/main_window.py" line="84"/>
        <source>Filters</source>
        <translation>Фильтры</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/main_window.py" line="85"/>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/main_window.py" line="86"/>
        <source>Saved</source>
        <translation>Поиски</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/main_window.py" line="87"/>
        <source>Saved searches</source>
        <translation>Сохранённые поиски</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/main_window.py" line="97"/>
        <source>Cancel import</source>
        <translation>Отменить импорт</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/main_window.py" line="110"/>
        <source>Organise</source>
        <translation>Упорядочить</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/main_window.py" line="150"/>
        <source>Clipper — {0}</source>
        <translation>Clipper — {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../clipper/ui/main_window.py" line="183"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n статья</numerusform>
            <numerusform>%n статьи</numerusform>
            <numerusform>%n статей</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clipper/ui/main_window.py" line="275"/>
        <source>Another Clipper window or command is changing this archive: you can search and read; changes become possible when it has finished.</source>
        <translation>Этот архив сейчас изменяет другое окно или команда Clipper: искать и читать можно, изменения станут возможны, когда они закончат.</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/main_window.py" line="284"/>
        <source>The archive is busy with an import; make changes when it has finished.</source>
        <translation>Архив занят импортом; вносите изменения после его окончания.</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/main_window.py" line="328"/>
        <source>Open original</source>
        <translation>Открыть оригинал</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/main_window.py" line="329"/>
        <source>The original file of this article is missing.</source>
        <translation>Оригинальный файл этой статьи отсутствует.</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/main_window.py" line="353"/>
        <source>Edit details</source>
        <translation>Изменить сведения</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/main_window.py" line="355"/>
        <source>Corrected: {0}</source>
        <translation>Исправлено: {0}</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/main_window.py" line="365"/>
        <source>Exported to {0}</source>
        <translation>Экспортировано в {0}</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/main_window.py" line="379"/>
        <source>Imported {0}, duplicates {1}, failed {2}</source>
        <translation>Импортировано {0}, повторов {1}, ошибок {2}</translation>
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
    <name>OrganiseMenu</name>
    <message>
        <location filename="../../clipper/ui/organise_menu.py" line="29"/>
        <location filename="../../clipper/ui/organise_menu.py" line="39"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/organise_menu.py" line="31"/>
        <location filename="../../clipper/ui/organise_menu.py" line="42"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/organise_menu.py" line="38"/>
        <source>&amp;Undo: {0}</source>
        <translation>&amp;Отменить: {0}</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/organise_menu.py" line="41"/>
        <source>&amp;Redo: {0}</source>
        <translation>&amp;Повторить: {0}</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/organise_menu.py" line="43"/>
        <source>&amp;Tag selected articles…</source>
        <translation>&amp;Пометить тегом выбранные…</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/organise_menu.py" line="44"/>
        <source>Remove a tag from selected…</source>
        <translation>Снять тег с выбранных…</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/organise_menu.py" line="46"/>
        <source>Tag &amp;every article found…</source>
        <translation>Пометить тегом &amp;все найденные…</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/organise_menu.py" line="47"/>
        <source>&amp;Star / unstar</source>
        <translation>&amp;В избранное / из избранного</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/organise_menu.py" line="48"/>
        <source>Tone: &amp;positive</source>
        <translation>Тональность: &amp;позитивная</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/organise_menu.py" line="49"/>
        <source>Tone: ne&amp;utral</source>
        <translation>Тональность: &amp;нейтральная</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/organise_menu.py" line="50"/>
        <source>Tone: &amp;negative</source>
        <translation>Тональность: &amp;негативная</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/organise_menu.py" line="51"/>
        <source>Tone: &amp;clear</source>
        <translation>Тональность: &amp;снять</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/organise_menu.py" line="54"/>
        <source>&amp;Note…</source>
        <translation>&amp;Заметка…</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/organise_menu.py" line="55"/>
        <source>&amp;Save this search…</source>
        <translation>&amp;Сохранить этот поиск…</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/organise_menu.py" line="56"/>
        <source>&amp;Rules…</source>
        <translation>&amp;Правила…</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/organise_menu.py" line="59"/>
        <source>&amp;Organise</source>
        <translation>&amp;Упорядочить</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/organise_menu.py" line="64"/>
        <source>T&amp;one</source>
        <translation>&amp;Тональность</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/organise_menu.py" line="79"/>
        <source>Select articles first</source>
        <translation>Сначала выберите статьи</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/organise_menu.py" line="81"/>
        <source>Remove a tag</source>
        <translation>Снять тег</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/organise_menu.py" line="81"/>
        <location filename="../../clipper/ui/organise_menu.py" line="92"/>
        <location filename="../../clipper/ui/organise_menu.py" line="95"/>
        <source>Tag articles</source>
        <translation>Пометить статьи тегом</translation>
    </message>
    <message numerus="yes">
        <location filename="../../clipper/ui/organise_menu.py" line="82"/>
        <source>Tag for %n selected article(s):</source>
        <translation>
            <numerusform>Тег для %n выбранной статьи:</numerusform>
            <numerusform>Тег для %n выбранных статей:</numerusform>
            <numerusform>Тег для %n выбранных статей:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clipper/ui/organise_menu.py" line="94"/>
        <source>Tag for all %n article(s) found:</source>
        <translation>
            <numerusform>Тег для %n найденной статьи:</numerusform>
            <numerusform>Тег для всех %n найденных статей:</numerusform>
            <numerusform>Тег для всех %n найденных статей:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clipper/ui/organise_menu.py" line="111"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/organise_menu.py" line="111"/>
        <source>Note on «{0}»:</source>
        <translation>Заметка к «{0}»:</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/organise_menu.py" line="122"/>
        <location filename="../../clipper/ui/organise_menu.py" line="130"/>
        <source>Save this search</source>
        <translation>Сохранить этот поиск</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/organise_menu.py" line="123"/>
        <source>Name for the search «{0}»:</source>
        <translation>Название для поиска «{0}»:</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/organise_menu.py" line="123"/>
        <source>everything</source>
        <translation>всё</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/organise_menu.py" line="133"/>
        <source>Search saved as «{0}»</source>
        <translation>Поиск сохранён как «{0}»</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/organise_menu.py" line="140"/>
        <location filename="../../clipper/ui/organise_menu.py" line="151"/>
        <source>Saved searches</source>
        <translation>Сохранённые поиски</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/organise_menu.py" line="157"/>
        <source>Rename tag</source>
        <translation>Переименовать тег</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/organise_menu.py" line="158"/>
        <source>New name for «{0}»:</source>
        <translation>Новое название для «{0}»:</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/organise_menu.py" line="161"/>
        <source>Tag «{0}» renamed to «{1}»</source>
        <translation>Тег «{0}» переименован в «{1}»</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/organise_menu.py" line="167"/>
        <source>Merge tags</source>
        <translation>Объединить теги</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/organise_menu.py" line="168"/>
        <source>Merge «{0}» into:</source>
        <translation>Объединить «{0}» с:</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/organise_menu.py" line="172"/>
        <source>Tag «{0}» merged into «{1}»</source>
        <translation>Тег «{0}» объединён с «{1}»</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/organise_menu.py" line="176"/>
        <source>Colour of «{0}»</source>
        <translation>Цвет тега «{0}»</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/organise_menu.py" line="179"/>
        <source>Tag «{0}» recoloured</source>
        <translation>Цвет тега «{0}» изменён</translation>
    </message>
    <message numerus="yes">
        <location filename="../../clipper/ui/organise_menu.py" line="183"/>
        <source>Delete the tag «{0}»? It is on %n article(s).</source>
        <translation>
            <numerusform>Удалить тег «{0}»? Он стоит на %n статье.</numerusform>
            <numerusform>Удалить тег «{0}»? Он стоит на %n статьях.</numerusform>
            <numerusform>Удалить тег «{0}»? Он стоит на %n статьях.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clipper/ui/organise_menu.py" line="186"/>
        <source>%n rule(s) that set it will be removed too.</source>
        <translation>
            <numerusform>%n правило, которое его ставит, тоже будет удалено.</numerusform>
            <numerusform>%n правила, которые его ставят, тоже будут удалены.</numerusform>
            <numerusform>%n правил, которые его ставят, тоже будут удалены.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clipper/ui/organise_menu.py" line="188"/>
        <source>Delete tag</source>
        <translation>Удалить тег</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/organise_menu.py" line="191"/>
        <source>Tag «{0}» deleted</source>
        <translation>Тег «{0}» удалён</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/organise_menu.py" line="199"/>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
</context>
<context>
    <name>Organiser</name>
    <message numerus="yes">
        <location filename="../../clipper/ui/organising.py" line="53"/>
        <source>Tag «{0}» removed from %n article(s)</source>
        <translation>
            <numerusform>Тег «{0}» снят с %n статьи</numerusform>
            <numerusform>Тег «{0}» снят с %n статей</numerusform>
            <numerusform>Тег «{0}» снят с %n статей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clipper/ui/organising.py" line="54"/>
        <source>Tag «{0}» added to %n article(s)</source>
        <translation>
            <numerusform>Тег «{0}» добавлен к %n статье</numerusform>
            <numerusform>Тег «{0}» добавлен к %n статьям</numerusform>
            <numerusform>Тег «{0}» добавлен к %n статьям</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clipper/ui/organising.py" line="59"/>
        <source>positive</source>
        <translation>позитивная</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/organising.py" line="59"/>
        <source>neutral</source>
        <translation>нейтральная</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/organising.py" line="60"/>
        <source>negative</source>
        <translation>негативная</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/organising.py" line="60"/>
        <source>none</source>
        <translation>без тональности</translation>
    </message>
    <message numerus="yes">
        <location filename="../../clipper/ui/organising.py" line="61"/>
        <source>Tone «{0}» set on %n article(s)</source>
        <translation>
            <numerusform>Тональность «{0}» установлена для %n статьи</numerusform>
            <numerusform>Тональность «{0}» установлена для %n статей</numerusform>
            <numerusform>Тональность «{0}» установлена для %n статей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clipper/ui/organising.py" line="65"/>
        <source>Starred %n article(s)</source>
        <translation>
            <numerusform>В избранное добавлена %n статья</numerusform>
            <numerusform>В избранное добавлены %n статьи</numerusform>
            <numerusform>В избранное добавлено %n статей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clipper/ui/organising.py" line="66"/>
        <source>Unstarred %n article(s)</source>
        <translation>
            <numerusform>Из избранного убрана %n статья</numerusform>
            <numerusform>Из избранного убраны %n статьи</numerusform>
            <numerusform>Из избранного убрано %n статей</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clipper/ui/organising.py" line="70"/>
        <source>Note saved</source>
        <translation>Заметка сохранена</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/organising.py" line="90"/>
        <source>Undone: {0}</source>
        <translation>Отменено: {0}</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/organising.py" line="93"/>
        <source>Redone: {0}</source>
        <translation>Повторено: {0}</translation>
    </message>
</context>
<context>
    <name>QueryError</name>
    <message>
        <location filename="../../clipper/search/query.py" line="92"/>
        <location filename="../../clipper/search/query.py" line="239"/>
        <source>a closing bracket «)» has no opening one</source>
        <translation>закрывающая скобка «)» без открывающей</translation>
    </message>
    <message>
        <location filename="../../clipper/search/query.py" line="164"/>
        <source>a quotation mark {mark} is not closed</source>
        <translation>кавычка {mark} не закрыта</translation>
    </message>
    <message>
        <location filename="../../clipper/search/query.py" line="172"/>
        <source>«{field}:» needs a value right after the colon, e.g. {field}:…</source>
        <translation>после «{field}:» сразу нужно значение, например {field}:…</translation>
    </message>
    <message>
        <location filename="../../clipper/search/query.py" line="181"/>
        <source>a range «[» is not closed with «]»</source>
        <translation>диапазон «[» не закрыт скобкой «]»</translation>
    </message>
    <message>
        <location filename="../../clipper/search/query.py" line="208"/>
        <location filename="../../clipper/search/query.py" line="220"/>
        <source>OR needs a word on each side</source>
        <translation>для OR (ИЛИ) нужно слово с каждой стороны</translation>
    </message>
    <message>
        <location filename="../../clipper/search/query.py" line="211"/>
        <source>empty brackets «()»</source>
        <translation>пустые скобки «()»</translation>
    </message>
    <message>
        <location filename="../../clipper/search/query.py" line="229"/>
        <source>NOT (or «-») needs a word after it</source>
        <translation>после NOT (НЕ или «-») нужно слово</translation>
    </message>
    <message>
        <location filename="../../clipper/search/query.py" line="235"/>
        <source>a bracket «(» is not closed</source>
        <translation>скобка «(» не закрыта</translation>
    </message>
    <message>
        <location filename="../../clipper/search/query.py" line="254"/>
        <source>«{word}»: a * may only end a word (prefix search)</source>
        <translation>«{word}»: * может стоять только в конце слова (поиск по началу)</translation>
    </message>
    <message>
        <location filename="../../clipper/search/query.py" line="257"/>
        <source>«{word}» has no letters or digits to search for</source>
        <translation>в «{word}» нет букв или цифр для поиска</translation>
    </message>
    <message>
        <location filename="../../clipper/search/query.py" line="260"/>
        <source>«{word}»: a prefix needs at least {count} letters before the *</source>
        <translation>«{word}»: перед * нужно не меньше {count} букв</translation>
    </message>
    <message>
        <location filename="../../clipper/search/query.py" line="274"/>
        <source>an empty phrase «» finds nothing</source>
        <translation>пустая фраза «» ничего не найдёт</translation>
    </message>
    <message>
        <location filename="../../clipper/search/query.py" line="286"/>
        <source>«{field}:» takes a value, not a range [ … ]</source>
        <translation>«{field}:» принимает значение, а не диапазон [ … ]</translation>
    </message>
    <message>
        <location filename="../../clipper/search/query.py" line="307"/>
        <source>«date:{value}»: write a date as 2025, 2025-12 or 2025-12-07, or сегодня, вчера, неделя, месяц</source>
        <translation>«date:{value}»: дату пишите как 2025, 2025-12 или 2025-12-07, или сегодня, вчера, неделя, месяц</translation>
    </message>
    <message>
        <location filename="../../clipper/search/query.py" line="312"/>
        <location filename="../../clipper/search/query.py" line="324"/>
        <source>«date:{value}» is not a real date</source>
        <translation>«date:{value}» — несуществующая дата</translation>
    </message>
    <message>
        <location filename="../../clipper/search/query.py" line="332"/>
        <source>a date range looks like date:[2025-01-01 TO 2025-06-30]</source>
        <translation>диапазон дат пишется так: date:[2025-01-01 TO 2025-06-30]</translation>
    </message>
    <message>
        <location filename="../../clipper/search/query.py" line="343"/>
        <source>«{value}» in the date range is not a date like 2025-06-30</source>
        <translation>«{value}» в диапазоне — не дата вида 2025-06-30</translation>
    </message>
    <message>
        <location filename="../../clipper/search/query.py" line="347"/>
        <source>the date range is empty: {start} is after {end}</source>
        <translation>диапазон дат пуст: {start} позже {end}</translation>
    </message>
    <message>
        <location filename="../../clipper/search/request.py" line="39"/>
        <source>the period is empty: {start} is after {end}</source>
        <translation>период пуст: {start} позже {end}</translation>
    </message>
    <message>
        <location filename="../../clipper/search/run.py" line="108"/>
        <source>«review:{value}»: write review:yes or review:no</source>
        <translation>«review:{value}»: пишите review:yes или review:no (проверка:да / нет)</translation>
    </message>
    <message>
        <location filename="../../clipper/search/values.py" line="32"/>
        <source>«tone:{value}»: a tone is positive, neutral, negative or none (позитив, нейтрал, негатив, нет)</source>
        <translation>«tone:{value}»: тональность — позитив, нейтрал, негатив или нет (positive, neutral, negative, none)</translation>
    </message>
    <message>
        <location filename="../../clipper/search/values.py" line="39"/>
        <source>«starred:{value}»: say starred:yes or starred:no (да, нет)</source>
        <translation>«starred:{value}»: пишите starred:yes или starred:no (звезда:да / нет)</translation>
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
        <source>the tone given: positive, neutral, negative, none (позитив, нейтрал, негатив, нет; also тон:)</source>
        <translation>заданная тональность: positive, neutral, negative, none (позитив, нейтрал, негатив, нет; также тон:)</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/query_help.py" line="32"/>
        <source>starred articles, or those without a star (also звезда:да)</source>
        <translation>статьи в избранном или вне его (также звезда:да)</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/query_help.py" line="35"/>
        <source>articles with a field extraction was unsure of, not yet corrected (also проверка:да)</source>
        <translation>статьи, где распознавание не уверено в поле и оно ещё не исправлено (также проверка:да)</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/query_help.py" line="38"/>
        <source>a period</source>
        <translation>период</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/query_help.py" line="40"/>
        <source>a period ending today</source>
        <translation>период, заканчивающийся сегодня</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/query_help.py" line="42"/>
        <source>grouping</source>
        <translation>группировка</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/query_help.py" line="53"/>
        <source>Query language</source>
        <translation>Язык запросов</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/query_help.py" line="60"/>
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
        <source>positive</source>
        <translation>позитивная</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/reader.py" line="100"/>
        <source>neutral</source>
        <translation>нейтральная</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/reader.py" line="101"/>
        <source>negative</source>
        <translation>негативная</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/reader.py" line="102"/>
        <source>Tone</source>
        <translation>Тональность</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/reader.py" line="104"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../../clipper/ui/models/results.py" line="29"/>
        <source>Headline</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/models/results.py" line="29"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/models/results.py" line="29"/>
        <source>Outlet</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/models/results.py" line="30"/>
        <source>Regions</source>
        <translation>Регионы</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/models/results.py" line="30"/>
        <source>Officials</source>
        <translation>Должностные лица</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/models/results.py" line="30"/>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/models/results.py" line="31"/>
        <source>Tone</source>
        <translation>Тональность</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/models/results.py" line="32"/>
        <source>positive</source>
        <translation>позитивная</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/models/results.py" line="32"/>
        <source>neutral</source>
        <translation>нейтральная</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/models/results.py" line="33"/>
        <source>negative</source>
        <translation>негативная</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/models/results.py" line="97"/>
        <source>(cannot be read)</source>
        <translation>(не читается)</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/models/results.py" line="109"/>
        <source>(no headline)</source>
        <translation>(без заголовка)</translation>
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
        <translation>Правила</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/rules.py" line="27"/>
        <source>(keep the tone)</source>
        <translation>(не менять тональность)</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/rules.py" line="25"/>
        <source>positive</source>
        <translation>позитивная</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/rules.py" line="25"/>
        <source>neutral</source>
        <translation>нейтральная</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/rules.py" line="26"/>
        <source>negative</source>
        <translation>негативная</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/rules.py" line="30"/>
        <source>Add rule</source>
        <translation>Добавить правило</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/rules.py" line="32"/>
        <source>Remove selected rule</source>
        <translation>Удалить выбранное правило</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/rules.py" line="34"/>
        <source>Apply to the whole archive…</source>
        <translation>Применить ко всему архиву…</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/rules.py" line="39"/>
        <source>An article found by the saved search</source>
        <translation>Статья, найденная сохранённым поиском</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/rules.py" line="40"/>
        <source>gets the tag</source>
        <translation>получает тег</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/rules.py" line="41"/>
        <source>and the tone</source>
        <translation>и тональность</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/rules.py" line="50"/>
        <source>Rules run on every import, in this order, and on demand over the whole archive.</source>
        <translation>Правила выполняются при каждом импорте в этом порядке, а также по запросу для всего архива.</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/rules.py" line="65"/>
        <source>tag «{0}»</source>
        <translation>тег «{0}»</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/rules.py" line="66"/>
        <source>tone {0}</source>
        <translation>тональность {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../clipper/ui/dialogs/rules.py" line="69"/>
        <source>; would change %n article(s) now</source>
        <translation>
            <numerusform>; сейчас изменит %n статью</numerusform>
            <numerusform>; сейчас изменит %n статьи</numerusform>
            <numerusform>; сейчас изменит %n статей</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/rules.py" line="71"/>
        <source>«{0}» → {1}</source>
        <translation>«{0}» → {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../clipper/ui/dialogs/rules.py" line="82"/>
        <source>Applying the rules now would change %n article(s).</source>
        <translation>
            <numerusform>Применение правил сейчас изменит %n статью.</numerusform>
            <numerusform>Применение правил сейчас изменит %n статьи.</numerusform>
            <numerusform>Применение правил сейчас изменит %n статей.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/rules.py" line="88"/>
        <source>A rule starts from a saved search: search, then Organise → Save this search.</source>
        <translation>Правило строится на сохранённом поиске: выполните поиск, затем Упорядочить → Сохранить этот поиск.</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/dialogs/rules.py" line="114"/>
        <source>The rules would change no article.</source>
        <translation>Правила не изменят ни одной статьи.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../clipper/ui/dialogs/rules.py" line="116"/>
        <source>Apply the rules to the whole archive? %n article(s) will change.</source>
        <translation>
            <numerusform>Применить правила ко всему архиву? Изменится %n статья.</numerusform>
            <numerusform>Применить правила ко всему архиву? Изменятся %n статьи.</numerusform>
            <numerusform>Применить правила ко всему архиву? Изменится %n статей.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clipper/ui/dialogs/rules.py" line="125"/>
        <source>Rules applied: %n article(s) changed</source>
        <translation>
            <numerusform>Правила применены: изменена %n статья</numerusform>
            <numerusform>Правила применены: изменены %n статьи</numerusform>
            <numerusform>Правила применены: изменено %n статей</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SavedList</name>
    <message>
        <location filename="../../clipper/ui/views/sidebar.py" line="104"/>
        <source>Saved searches</source>
        <translation>Сохранённые поиски</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/sidebar.py" line="108"/>
        <source>No saved searches yet: search, then Ctrl+S</source>
        <translation>Сохранённых поисков пока нет: выполните поиск и нажмите Ctrl+S</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/sidebar.py" line="111"/>
        <source>Run</source>
        <translation>Выполнить</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/sidebar.py" line="111"/>
        <source>Delete</source>
        <translation>Удалить</translation>
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
        <location filename="../../clipper/ui/views/search_bar.py" line="114"/>
        <source>No searches yet</source>
        <translation>Запросов пока не было</translation>
    </message>
</context>
<context>
    <name>TagList</name>
    <message>
        <location filename="../../clipper/ui/views/sidebar.py" line="81"/>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/sidebar.py" line="87"/>
        <source>No tags yet: select articles and press Ctrl+T</source>
        <translation>Тегов пока нет: выберите статьи и нажмите Ctrl+T</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/sidebar.py" line="84"/>
        <source>Click: show the articles with this tag; right-click: rename, merge, colour, delete</source>
        <translation>Щелчок — статьи с этим тегом; правая кнопка — переименовать, объединить, цвет, удалить</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/sidebar.py" line="90"/>
        <source>Show its articles</source>
        <translation>Показать статьи</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/sidebar.py" line="91"/>
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/sidebar.py" line="92"/>
        <source>Merge into another tag…</source>
        <translation>Объединить с другим тегом…</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/sidebar.py" line="93"/>
        <source>Colour…</source>
        <translation>Цвет…</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/views/sidebar.py" line="94"/>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../clipper/ui/actions.py" line="48"/>
        <source>&amp;New archive…</source>
        <translation>&amp;Новый архив…</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="49"/>
        <source>&amp;Open archive…</source>
        <translation>&amp;Открыть архив…</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="50"/>
        <source>&amp;Import files…</source>
        <translation>&amp;Импортировать файлы…</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="52"/>
        <source>Import article files (Ctrl+I); or drop files on the window</source>
        <translation>Импортировать файлы статей (Ctrl+I) или перетащите файлы в окно</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="53"/>
        <source>Import &amp;folder…</source>
        <translation>Импортировать &amp;папку…</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="54"/>
        <source>Import every article in a folder and its subfolders</source>
        <translation>Импортировать все статьи из папки и её подпапок</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="55"/>
        <source>&amp;Export digest…</source>
        <translation>&amp;Экспорт дайджеста…</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="57"/>
        <source>PDF or Word digest, CSV or Excel list of the articles (Ctrl+E)</source>
        <translation>Дайджест PDF или Word, список статей CSV или Excel (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="58"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="59"/>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="60"/>
        <source>&amp;Edit details…</source>
        <translation>&amp;Изменить сведения…</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="61"/>
        <source>Correct headline, date, outlet… (F2)</source>
        <translation>Исправить заголовок, дату, источник… (F2)</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="62"/>
        <source>Open &amp;original</source>
        <translation>Открыть &amp;оригинал</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="63"/>
        <source>&amp;Next result</source>
        <translation>&amp;Следующий результат</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="65"/>
        <source>&amp;Previous result</source>
        <translation>&amp;Предыдущий результат</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="67"/>
        <source>Go to the &amp;text</source>
        <translation>Перейти к &amp;тексту</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="68"/>
        <source>Go to the &amp;results</source>
        <translation>Перейти к &amp;результатам</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="69"/>
        <source>Go to the fil&amp;ters</source>
        <translation>Перейти к &amp;фильтрам</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="70"/>
        <source>Articles to re&amp;view</source>
        <translation>Статьи для про&amp;верки</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="71"/>
        <source>Articles with a field extraction was unsure of and you have not corrected (review:yes)</source>
        <translation>Статьи, в которых распознавание не уверено в каком-то поле, а вы его ещё не исправили (review:yes)</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="73"/>
        <source>&amp;Query language</source>
        <translation>&amp;Язык запросов</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="76"/>
        <source>&amp;About Clipper</source>
        <translation>&amp;О программе Clipper</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="75"/>
        <source>A press-clipping archive.</source>
        <translation>Архив публикаций в СМИ.</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="80"/>
        <source>Sort by &amp;relevance</source>
        <translation>Сортировать по &amp;релевантности</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="81"/>
        <source>Sort by date, &amp;newest first</source>
        <translation>Сортировать по дате, сначала &amp;новые</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="82"/>
        <source>Sort by date, &amp;oldest first</source>
        <translation>Сортировать по дате, сначала &amp;старые</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="88"/>
        <source>As the &amp;system</source>
        <translation>Как в &amp;системе</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="100"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="102"/>
        <source>&amp;Recent archives</source>
        <translation>&amp;Недавние архивы</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="108"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="110"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="115"/>
        <source>&amp;Settings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="116"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="117"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="119"/>
        <source>Main</source>
        <translation>Основная</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="131"/>
        <source>Import articles</source>
        <translation>Импорт статей</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="132"/>
        <source>Articles ({0});;All files (*)</source>
        <translation>Статьи ({0});;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="138"/>
        <source>Import a folder of articles</source>
        <translation>Импорт папки со статьями</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="173"/>
        <source>Wait for the import to finish before opening another archive.</source>
        <translation>Дождитесь окончания импорта, прежде чем открывать другой архив.</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="144"/>
        <source>Open an archive</source>
        <translation>Открыть архив</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="149"/>
        <source>{0} does not exist any more.</source>
        <translation>{0} больше не существует.</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="153"/>
        <source>{0} is not a Clipper archive. Choose an archive folder, or an empty folder with File → New archive.</source>
        <translation>{0} — не архив Clipper. Выберите папку архива или пустую папку через Файл → Новый архив.</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="160"/>
        <source>Choose an empty folder for the new archive</source>
        <translation>Выберите пустую папку для нового архива</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="165"/>
        <source>{0} is not empty. A new archive needs an empty folder.</source>
        <translation>Папка {0} не пуста. Для нового архива нужна пустая папка.</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="192"/>
        <source>No other archives yet</source>
        <translation>Других архивов пока нет</translation>
    </message>
    <message>
        <location filename="../../clipper/ui/actions.py" line="200"/>
        <source>The new language is used from the next start of Clipper.
Новый язык будет использован при следующем запуске Clipper.</source>
        <translation>Новый язык будет использован при следующем запуске Clipper.
The new language is used from the next start of Clipper.</translation>
    </message>
</context>
</TS>
