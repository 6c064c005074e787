"""The parts of a web page around its article: the date and byline by the headline, the day
the top bar shows, and the site's name in the <title>, the logo and the footer.

Contract: `page_parts(markup)` returns a `PageParts`; markup it cannot parse gives empty parts.
Nothing here decides a field: the extractors weigh what these parts say.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from clipper.ingest.extract.author import is_person
from clipper.ingest.extract.date import is_date_line
from clipper.ingest.extract.names import first_name_parse
from clipper.ingest.extract.outlet import canonical_outlet
from clipper.ingest.extract.vocabulary import SECTION
from clipper.ingest.nlp import has_verb

_DATE_MARK = re.compile(r"date|time|publish|posted|created", re.IGNORECASE)
_UPDATE_MARK = re.compile(r"updat|modif", re.IGNORECASE)
_BYLINE_MARK = re.compile(r"author|byline", re.IGNORECASE)
# a byline known by its label, whatever its class ("<div class="credits">Текст: …")
_LABELLED_BYLINE = re.compile(r"(?:^|[|·•])\s*(?:автор(?:ы)?|авторы|текст|мәтін|author)\s*:\s*\S",
                              re.IGNORECASE)
_BRAND_MARK = re.compile(r"logo|brand|site-?title|site-?name", re.IGNORECASE)
# Containers of other articles' dates, names and places: related and popular lists,
# comments, sidebars, menus, footers. Matched against the words of a class or id.
_ELSEWHERE_WORDS = frozenset({
    "aside", "comment", "comments", "related", "sidebar", "side", "popular", "lenta", "other",
    "more", "recent", "last", "latest", "widget", "similar", "also", "feed", "list", "footer",
    "menu", "nav", "secondary", "share", "tags", "readmore"})
_ELSEWHERE_TAGS = frozenset({"aside", "footer", "nav"})
_SKIPPED_TAGS = frozenset({"script", "style", "meta", "link", "noscript", "head", "title"})
# "Вчера, 18:40", "Сегодня", "2 часа назад", "Кеше": a day the reader must work out
_RELATIVE = re.compile(r"^(?:вчера|сегодня|позавчера|кеше|бүгін|yesterday|today|"
                       r"\d+\s+(?:мин|час|сағат|hour|min)\w*\.?\s+(?:назад|бұрын|ago))",
                       re.IGNORECASE)
_TODAY_IS = re.compile(r"^(?:сегодня|бүгін|today)\s*:?\s+\D{0,15}\d.*\d{4}", re.IGNORECASE)
_STATE_BODY_NAME = re.compile(r"^(?:Министерство|Департамент|Управление|Акимат|Прокуратура|"
                              r"Комитет|Агентство|Аппарат акима)\s+\w|\s(?:әкімдігі|департаменті|"
                              r"министрлігі|прокуратурасы|басқармасы)$")
_ISO_DAY = re.compile(r"^(\d{4}-\d{2}-\d{2})")
_DOMAIN = re.compile(r"^\S+\.(?:kz|ru|com|media|info|org|net|news)$", re.IGNORECASE)
_TITLE_PARTS = re.compile(r"\s+(?:[|—–-]|::|«|»)\s+")


@dataclass
class PageParts:
    title: str | None = None
    # The headline element's text (<h1>)
    headline: str | None = None
    # Visible dates the page marks as such by its headline, in page order.
    dates: list[str] = field(default_factory=list)
    # A <time datetime="…"> by the headline: the page's own statement of the day.
    stated_date: dt.date | None = None
    # The article's own date element gives a relative day ("Вчера, 18:40").
    relative: bool = False
    # Texts above the headline outside the article (top bars: the day the page was saved).
    top_texts: list[str] = field(default_factory=list)
    bylines: list[str] = field(default_factory=list)
    brands: list[str] = field(default_factory=list)
    footer: list[str] = field(default_factory=list)

    def title_site(self, headline: str | None) -> str | None:
        """"Headline — Site", "Site :: Headline": the part of the <title> that is not the
        headline, when it is short enough to be a name."""
        if not self.title:
            return None
        parts = [p.strip() for p in _TITLE_PARTS.split(self.title) if p.strip()]
        if len(parts) < 2:
            return None
        key = _fold(headline or "")
        others = [p for p in parts if not key or not (_fold(p) in key or key in _fold(p))]
        if len(others) > 1:  # "Headline | Новости Караганды — ekaraganda.kz": the domain,
            # but a state body's page on a platform of bodies' sites ("Headline - Акимат
            # Улытауской области | Gov.kz") is the body's
            others = [p for p in others if _STATE_BODY_NAME.match(p)][:1] \
                or [p for p in others if _DOMAIN.search(p)][:1]
        if len(others) != 1 or len(others[0].split()) > 4:
            return None
        if has_verb(others[0]):
            return None  # "Актобе закрыта": the rest of a headline cut at its dash
        return others[0]

    def headline_in_title(self, title: str | None, site: str | None = None) -> str | None:
        """"Мошенники задержаны | Новости Караганды — ekaraganda.kz", "Tengrinews.kz ::
        Мошенники задержаны": the <title> without the site's name and rubric at its ends
        (a headline's own dash, "Атырау – Актобе", stays)."""
        if not title:
            return title
        pieces = re.split(r"(\s+(?:\||::|—|–|-)\s+)", title)
        texts = pieces[::2]
        def is_site(piece: str) -> bool:
            piece = piece.strip()
            return bool(_DOMAIN.search(piece) or site and _fold(piece) == _fold(site)
                        or canonical_outlet(piece)
                        or SECTION.match(piece) and len(piece.split()) <= 4)
        start, end = 0, len(texts)
        while end - start > 1 and is_site(texts[end - 1]):
            end -= 1
        while end - start > 1 and is_site(texts[start]):
            start += 1
        return "".join(pieces[2 * start:2 * end - 1]).strip()


def page_parts(markup: str) -> PageParts:
    from lxml import html as lxml_html

    parts = PageParts()
    try:
        tree = lxml_html.fromstring(markup)
    except Exception:
        return parts
    title = tree.find(".//title")
    parts.title = _text(title) if title is not None else None
    order = {element: i for i, element in enumerate(tree.iter())}
    headline = _headline_element(tree, parts.title)
    parts.headline = _text(headline) if headline is not None else None
    start = order[headline] if headline is not None else -1
    # What stands above the headline in its own block is the article's head ("<div
    # class="post-head"><span class="date">…</span><h1>"); a page's top bar is not in it.
    block = headline.getparent() if headline is not None else None
    if block is not None and block.tag in ("body", "html"):
        block = None
    elsewhere: dict = {}
    for element in tree.iter():
        if not isinstance(element.tag, str) or element.tag in _SKIPPED_TAGS:
            continue
        marks = " ".join(filter(None, (element.get("class"), element.get("id"),
                                       element.get("itemprop"), element.get("rel"))))
        outside = _elsewhere(element, elsewhere)
        if element.tag == "footer" or "footer" in _words(marks):
            parts.footer += [t for t in _block_texts(element) if t not in parts.footer]
        if _BRAND_MARK.search(marks) and not outside:
            parts.brands += [t for t in (_text(element), *_image_names(element)) if t]
        if outside:
            continue
        in_article = (start < 0 or order[element] > start or _inside(element, "article")
                      or block is not None and _inside(element, block))
        marked = (element.tag == "time" or _DATE_MARK.search(marks)) \
            and not _UPDATE_MARK.search(marks)
        # a bare <div>12.03.2026, 10:45</div> under the headline is dated too
        dated = in_article and (marked or len(element) == 0 and _looks_dated(_text(element)))
        if dated and _beside_other_headline(element, headline):
            continue  # "<li><a>Другой заголовок</a> <small>12.09.2025</small></li>"
        if in_article and marked:
            _add_date(parts, element)
        elif in_article and (_BYLINE_MARK.search(marks) or "by" in _words(marks)
                             or _LABELLED_BYLINE.search(element.text or "")
                             and len(_text(element)) < 120):
            parts.bylines.append(_text(element))
        elif dated:
            _add_date(parts, element)
            parts.bylines += _names_beside(element)
        elif not in_article and len(element) == 0:
            # Runs of spaces part a top bar's items: "Пятница, 23 января 2026  -21°C"
            text = re.sub(r"\s{2,}", " | ", element.text_content().strip())
            if text and len(text) < 120:
                parts.top_texts.append(text)
    return parts


# "Мадина Алимханова": two or three capitalised words
_NAME_SHAPE = re.compile(r"^[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w\-]+(?:\s+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w\-]+){1,2}$")


def _names_beside(element) -> list[str]:
    """"<span>11 ноября 2025</span> <span>Мадина Алимханова</span>": a person's name in an
    unmarked element beside the date under the headline is the byline (a first name reads in
    it: "Северный Казахстан" beside the date is a rubric)."""
    parent = element.getparent()
    if parent is None:
        return []
    return [text for text in (_text(e) for e in parent if e is not element and len(e) == 0
                              and isinstance(e.tag, str))
            if _NAME_SHAPE.match(text) and is_person(text)
            and any(p and p.is_known for p in map(first_name_parse, text.split()[:2]))]


# A link this long is another article's headline, where a rubric or an author link is shorter
_LINKED_HEADLINE_WORDS = 4


def _beside_other_headline(element, headline) -> bool:
    """Whether the element is an entry of a related or latest-news list that a page does not
    mark as such ("rbox", "latestnews"): it shares its parent with a link to another article,
    in a list item or among other dated entries (an author's link by a date is not one)."""
    parent = element.getparent()
    if parent is None or headline is not None and (parent is headline
                                                   or _inside(headline, parent)):
        return False
    own = _text(headline) if headline is not None else None
    if not any(link is not element and len(_text(link).split()) >= _LINKED_HEADLINE_WORDS
               and _text(link) != own and not _inside(element, link)
               for link in parent.iter("a")):
        return False
    if parent.tag == "li":
        return True
    around = parent.getparent() if parent.getparent() is not None else parent
    dated = (e for e in around.iter() if isinstance(e.tag, str) and len(e) == 0
             and _looks_dated(_text(e)))
    return next(dated, None) is not None and next(dated, None) is not None


def _headline_element(tree, title: str | None):
    """The first <h1>; on pages without one, the first <h2>/<h3> the <title> repeats."""
    h1 = next(tree.iter("h1"), None)
    if h1 is not None or not title:
        return h1
    return next((h for h in tree.iter("h2", "h3") if _text(h) and _fold(_text(h)) in _fold(title)),
                None)


def _add_date(parts: PageParts, element) -> None:
    text = _text(element)
    if _TODAY_IS.match(text):
        # "Сегодня: 15 декабря 2025 г.": the day the page was viewed, named in full (neither a
        # relative day nor the article's), as a top bar gives it
        parts.top_texts.append(text)
        return
    if not parts.dates and not parts.stated_date and text and _RELATIVE.match(text):
        parts.relative = True
    m = _ISO_DAY.match(element.get("datetime") or "")
    if m and parts.stated_date is None and not parts.relative:
        try:
            parts.stated_date = dt.date.fromisoformat(m[1])
        except ValueError:
            pass
    if text and len(text) < 120 and text not in parts.dates:
        parts.dates.append(text)


def _looks_dated(text: str) -> bool:
    return 0 < len(text) < 60 and bool(_RELATIVE.match(text) or is_date_line(text))


def _elsewhere(element, cache: dict) -> bool:
    """Whether the element stands in a related list, comments, a sidebar, menu or footer."""
    if element in cache:
        return cache[element]
    marks = " ".join(filter(None, (element.get("class"), element.get("id"))))
    parent = element.getparent()
    found = (element.tag in _ELSEWHERE_TAGS or bool(_words(marks) & _ELSEWHERE_WORDS)
             or (parent is not None and _elsewhere(parent, cache)))
    cache[element] = found
    return found


def _inside(element, container) -> bool:
    """Within an element of that tag, or within that very element."""
    if isinstance(container, str):
        return any(ancestor.tag == container for ancestor in element.iterancestors())
    return any(ancestor is container for ancestor in element.iterancestors())


def _words(marks: str) -> set[str]:
    return set(re.split(r"[\s_\-]+", marks.lower())) - {""}


def _text(element) -> str:
    return " ".join(element.text_content().split())


def _image_names(element) -> list[str]:
    return [" ".join(img.get("alt", "").split()) for img in element.iter("img")]


def _block_texts(element) -> list[str]:
    """A footer's lines: its paragraphs and list items, or its whole text."""
    blocks = [_text(b) for b in element.iter("p", "div", "li") if len(b) == 0 or b.tag == "p"]
    blocks = [b for b in blocks if b]
    return blocks or [_text(element)]


def _fold(text: str) -> str:
    return " ".join(text.lower().split())
