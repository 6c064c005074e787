"""Headline: the title line at the top of the article, or a short title derived from the lead.

Contract: `find_headline(lines)` takes the cleaned lines (page chrome already gone) and returns
(title, index of the headline line or None when the title was derived from the lead). Never raises.
"""

from __future__ import annotations

import re

from clipper.ingest.extract.regions import is_place_name
from clipper.ingest.extract.role_words import vocabulary
from clipper.ingest.extract.vocabulary import (ANNOUNCES, FIELD_LABEL, SECTION, TAGLINE,
                                               rubric_stems)
from clipper.ingest.nlp import has_verb

# A line this long is a paragraph; everything before the first one is the article's head.
PARAGRAPH = 160
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=[«\"A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])")


def find_headline(lines: list[str]) -> tuple[str | None, int | None]:
    head = head_lines(lines)
    # A channel's name over its subscriber count ("Полиция района" / "14 528 subscribers")
    channels = {head[k][0] for k in range(len(head) - 1) if _SUBSCRIBERS.match(head[k + 1][1])}
    candidates = [(i, line) for i, line in head if _could_be_headline(line) and i not in channels]
    if candidates:
        # Above the headline stand site names, rubrics and the town under the weather: all
        # shorter than the headline itself.
        best = max(candidates, key=lambda c: (min(len(c[1].split()), 20), -c[0]))
        # A headline over a longer deck ("Участковый, которого знает весь поселок" / "Майор
        # полиции … служит в поселке …"): the line just above the longest is a sentence too,
        # where a site's tagline or a body's name above a headline has no verb
        above = next((c for c in candidates if c[0] < best[0]), None)
        if above and len(above[1].split()) >= 4 and not _RUBRIC.search(above[1]) \
                and _between_blank(lines, above[0], best[0]) and has_verb(above[1]) \
                and not ANNOUNCES.match(above[1]):
            return above[1], above[0]
        return _capitals_over_deck(lines, best) or _wrapped(lines, best)
    if head:
        # "ПОЖАР В ЖЕЗКАЗГАНЕ" right above the text: a short headline in capitals (a masthead
        # or a rubric in capitals is one or two words)
        i, last = head[-1]
        if last.isupper() and 3 <= len(last.split()) <= 4 and not _is_rubric(last) \
                and not last.endswith((".", ",", ":", ";")):
            return last, i
    return derive_title(lines), None


def _capitals_over_deck(lines: list[str], deck: tuple[int, str]) -> tuple[str, int] | None:
    """A newspaper's headline in capitals over its longer deck ("ГОРОДОК ШАХТЕРОВ ПОД
    ПРИСМОТРОМ" / "В Абае открылись два участковых пункта полиции"): the deck reads as a
    sentence, the capitals as a headline; a rubric in capitals over the headline ("ЗАКОН И
    ПОРЯДОК В НАШЕМ ГОРОДЕ") is a section's name, a body's letterhead names the body."""
    above = next((c for c in reversed(head_lines(lines)) if c[0] < deck[0]), None)
    if above is None:
        return None
    i, line = above
    if line.isupper() and not deck[1].isupper() and len(line.split()) >= 4 \
            and len(line) < len(deck[1]) and not _is_rubric(line) \
            and not line.endswith((".", ",", ":", ";")) and _between_blank(lines, i, deck[0]) \
            and not _is_letterhead(line) and not SECTION.match(line) and has_verb(deck[1]) \
            and (has_verb(line) or not _names_section(line)):
        return line, i
    return None


# Words a headline cannot end on: a conjunction or preposition waits for its word
_OPEN_END = frozenset("и а но или в во на с со к по о об от до из за для у при над под без "
                      "және мен пен бен мен де да".split())


def _wrapped(lines: list[str], best: tuple[int, str]) -> tuple[str, int]:
    """A headline a PDF wrapped ("Аким ответил на вопросы жителей Каражала и" / "Жайрема"):
    a line ending on a conjunction or preposition goes on in the short line right under it;
    the index returned is the last line's, so the text starts after both."""
    i, line = best
    following = lines[i + 1] if i + 1 < len(lines) else ""
    if line.split()[-1].lower() in _OPEN_END and following and len(following.split()) <= 6 \
            and not following.endswith((".", ",", ":", ";")):
        return f"{line} {following}", i + 1
    return line, i


def _names_section(line: str) -> bool:
    """A rubric's noun phrase: opening with a rubric's word ("КРИМИНАЛ …", "ҚОҒАМ …",
    resources/text/rubrics.tsv) or with two nouns joined ("ЗАКОН И ПОРЯДОК …", "… ЖӘНЕ …")."""
    words = line.lower().replace("ё", "е").split()
    return words[0].startswith(rubric_stems()) or len(words) > 2 and words[1] in ("и", "және")




def _between_blank(lines: list[str], first: int, second: int) -> bool:
    """Only blank lines stand between the two."""
    return all(not line for line in lines[first + 1:second])


def head_lines(lines: list[str]) -> list[tuple[int, str]]:
    """The short lines before the first paragraph: site header, headline, byline."""
    head: list[tuple[int, str]] = []
    for i, line in enumerate(lines):
        if not line:
            continue
        if len(line) >= PARAGRAPH or _ends_sentence(line) and len(line.split()) > 6 \
                or _two_sentences(line):
            break
        following = lines[i + 1] if i + 1 < len(lines) else ""
        # A hard-wrapped paragraph: its next line carries on mid-sentence, however narrow the
        # column; a masthead in capitals over its tagline ("ПРИУРАЛЬЕ" / "общественно-
        # политическая газета …") is no sentence
        # "ОБЗОР СМИ" / "за 05.12.2025": a date under its heading, no sentence carried on
        # "Индустриальная Караганда" / "inkaraganda.kz": a site's address under its name
        if following[:1].islower() and not line.isupper() and not _DATED.match(following) \
                and not _WEB_ADDRESS.match(following):
            break
        head.append((i, line))
        # a clipping card's fields ("Рубрика: Криминал") stand over its headline
        if len(head) - sum(FIELD_LABEL.match(l) is not None for _, l in head) >= 6:
            break
    return head


_SUBSCRIBERS = re.compile(r"^[\d\s.,]+[KkКкMМ]?\s*(?:subscribers?|members|подписчик\w*|"
                          r"участник\w*|жазылушы\w*)$", re.IGNORECASE)
_DATED = re.compile(r"^(?:за|на|от)\s+\d", re.IGNORECASE)
# "inkaraganda.kz", "Gov.kz …": a site's address, opening its name or tagline
_WEB_ADDRESS = re.compile(r"^(?:https?://)?(?:www\.)?[^\W_][\w\-]*(?:\.[\w\-]+)*"
                          r"\.(?:kz|ru|com|org|net|info|media|news|asia)(?:/\S*)?(?=\s|$)",
                          re.IGNORECASE)


def _two_sentences(line: str) -> bool:
    """A PDF's hard-wrapped lead: a whole sentence, then the next begun on the same line ("Қар
    түсіп, жол тайғақтаған сайын апат қаупі де артады. Облыстық полиция …"); a headline with a
    short second phrase ("Сенат вернул закон. Что дальше?") is shorter."""
    return len(line.split()) >= 12 and bool(_SENTENCE_END.search(line.rstrip(".!?…")))


def _ends_sentence(line: str) -> bool:
    return line.rstrip("»\"").endswith((".", "!", "?", "…"))


def derive_title(lines: list[str], max_words: int = 12) -> str | None:
    text = " ".join(line for line in lines if line)
    if not text:
        return None
    sentence = _SENTENCE_END.split(text, maxsplit=1)[0].strip()
    words = sentence.split()
    if len(words) <= max_words:
        return sentence.rstrip(".")
    return " ".join(words[:max_words]).rstrip(",;:—–-") + "…"


_RUBRIC = re.compile(r"\s[|/›»>·•]\s")
_WORD = re.compile(r"[^\W\d_]{2,}")


def _is_rubric(line: str) -> bool:
    """«Новости / Общество» is a rubric; a bilingual headline «Сәтбаевта … / В Сатпаеве …»
    has a sentence on each side."""
    if not _RUBRIC.search(line):
        return False
    halves = line.split(" / ")
    return len(halves) != 2 or min(len(h.split()) for h in halves) < 3 \
        or bool(_RUBRIC.search(halves[0]) or _RUBRIC.search(halves[1]))


# "Пресс-служба ДП Костанайской области", "… полиция департаментінің баспасөз қызметі": who
# sends the release, printed over it or under it; the headline is elsewhere
_PRESS_SERVICE = re.compile(r"^(?:пресс-служба|пресс-центр|press service)\b|"
                            r"(?:баспасөз қызметі|баспасөз орталығы|пресс-служба)$", re.IGNORECASE)


def _is_letterhead(line: str) -> bool:
    """A body's name over its release: "ДЕПАРТАМЕНТ ПО ЧРЕЗВЫЧАЙНЫМ СИТУАЦИЯМ …" (a Russian name
    opens with the body), "АҚМОЛА ОБЛЫСЫ ПОЛИЦИЯ ДЕПАРТАМЕНТІ" (a Kazakh one ends with it), in
    one language or both ("… ӘКІМДІГІ / АКИМАТ …"); in small letters only a whole name
    ("Департамент полиции Павлодарской области", "Павлодар облысы полиция департаменті")."""
    bodies = vocabulary()["body"]
    def names_body(part: str) -> bool:
        words = part.lower().split()
        if len(words) < 2:
            return False
        if re.search(r"[әғқңөұүһі]", part.lower()):
            return words[-1] in bodies
        return words[0] in bodies and (part.isupper() or bool(_NAME_END.search(part)))
    # the cheap word checks first: has_verb tags the line, and most head lines name no body
    return (line.isupper() or len(line.split()) >= 3) \
        and all(names_body(part.strip()) or _PRESS_SERVICE.search(part.strip())
                for part in line.split(" / ")) and not has_verb(_COMPOUND_HEAD.sub("", line))


# "Западно-" of "Западно-Казахстанской" reads as a short adjective, a verb's like: a region's
# compound name is no sentence
_COMPOUND_HEAD = re.compile(r"\b\w+-(?=\w)")

# How a Russian body's full name ends: its region or town, or the country
_NAME_END = re.compile(r"(?:области|района|города|округа|Казахстан|Республики Казахстан|"
                       r"\b[А-ЯЁ]{2,5})$")


def _is_signature(line: str) -> bool:
    return all(_PRESS_SERVICE.search(part.strip()) for part in line.split(" / ")) \
        and not has_verb(line)


def is_post_location(line: str) -> bool:
    """"Шымкент, Казахстан": where a social post was made, printed over the post; neither its
    headline nor its outlet."""
    parts = line.split(", ")
    return len(parts) == 2 and is_place_name(parts[0]) and len(parts[1].split()) <= 2 \
        and all(w[:1].isupper() for w in parts[1].split()) and not has_verb(line)


def _could_be_headline(line: str) -> bool:
    # "за 05.12.2025", "14 528 subscribers": a headline says something in two words at least
    if len(line) < 4 or len(_WORD.findall(line)) < 2:
        return False
    tagline = TAGLINE.search(line)
    # "Закрылась старейшая районная газета области" says something
    if FIELD_LABEL.match(line) or tagline and (
            tagline["since"] or not has_verb(_COMPOUND_HEAD.sub("", line))):
        return False
    if _is_letterhead(line) or _is_signature(line):
        return False
    # "Gov.kz Мемлекеттік органдардың … платформасы": the site's address and its tagline (a
    # headline quoting a site goes on to say what it did: "Tengrinews.kz узнал …")
    if is_post_location(line):
        return False
    address = _WEB_ADDRESS.match(line)
    if address and not has_verb(line[address.end():]):
        return False
    if _is_rubric(line) or (line.isupper() and len(line.split()) <= 4):
        return False  # «Новости / Общество», «ВЕЧЕРНИЙ УРАЛЬСК»
    if line.endswith((".", ",", ":", ";")) and not line.endswith("..."):
        return False
    return True
