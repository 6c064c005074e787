"""What a query actually searched for, in words a press officer can check: `--explain`.

"преступность" → stem «преступн»: преступности (12), преступность (8) — so she sees why an
article was or was not found.

`explain_lines` gives each line as a marked English template with its values, so the window
can show it in its own language; `explain` fills them in English for the command line.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from clipper.errors import QT_TRANSLATE_NOOP
from clipper.index.compile import stem_of
from clipper.search.query import And, DateRange, Everything, Facet, Not, Or, Phrase, Word, parse
from clipper.search.request import SearchRequest
from clipper.search.run import Engine, _flag_clauses
from clipper.search.values import resolve

CONTEXT = "Explain"  # translators' context: written out in each call, where lupdate reads it


@dataclass(frozen=True)
class Line:
    depth: int
    template: str  # English, with {names}; ends with ":" when the lines below belong to it
    values: dict = field(default_factory=dict)

    def text(self, template: str | None = None) -> str:
        return (template or self.template).format(**self.values)


def explain(engine: Engine, request: SearchRequest) -> list[str]:
    return ["  " * line.depth + line.text() for line in explain_lines(engine, request)]


def explain_lines(engine: Engine, request: SearchRequest) -> list[Line]:
    tree = parse(request.query)
    clauses = ([] if isinstance(tree, Everything) else
               list(tree.items) if isinstance(tree, And) else [tree])
    clauses += _flag_clauses(request)
    if not clauses:
        return [Line(0, QT_TRANSLATE_NOOP("Explain", "every article"))]
    return [line for clause in clauses for line in _describe(engine, clause, 0)]


def _describe(engine: Engine, node, depth: int) -> list[Line]:
    if isinstance(node, Word):
        word = node.text + ("*" if node.prefix else "~" if node.fuzzy else "")
        where = {"word": word, "field": node.field or ""}
        if node.exact:
            template = QT_TRANSLATE_NOOP("Explain", "!{word}: this word form only")
            if node.field:
                template = QT_TRANSLATE_NOOP("Explain", "!{word} in {field}: this word form only")
            return [Line(depth, template, where)]
        if node.prefix or node.fuzzy:
            forms = _forms(engine.index.expansions(node))
            template = (QT_TRANSLATE_NOOP("Explain", "{word}: words starting with «{start}»: "
                                                   "{forms}") if node.prefix else
                        QT_TRANSLATE_NOOP("Explain", "{word}: words within a letter or two of "
                                                   "«{start}»: {forms}"))
            return [Line(depth, template, {**where, "start": node.text, "forms": forms})]
        stem = stem_of(node)
        forms = _forms(engine.index.word_forms(stem))
        template = QT_TRANSLATE_NOOP("Explain", "{word}: stem «{stem}» — {forms}")
        if node.field:
            template = QT_TRANSLATE_NOOP("Explain", "{word} in {field}: stem «{stem}» — {forms}")
        return [Line(depth, template, {**where, "stem": stem, "forms": forms})]
    if isinstance(node, Phrase):
        return [Line(depth, QT_TRANSLATE_NOOP("Explain", "\"{words}\": these word forms in this "
                                                       "order"), {"words": " ".join(node.words)})]
    if isinstance(node, Facet):
        values = resolve(node.field, node.value, engine.table) if node.field not in (
            "year", "month") else [node.value]
        if not values:
            return [Line(depth, QT_TRANSLATE_NOOP("Explain", "{field}: {value} → no such value"),
                         {"field": node.field, "value": node.value})]
        return [Line(depth, "{field}: {value} → {values}",
                     {"field": node.field, "value": node.value, "values": ", ".join(values)})]
    if isinstance(node, DateRange):
        return [Line(depth, QT_TRANSLATE_NOOP("Explain", "date: {start} to {end}"),
                     {"start": node.start or "…", "end": node.end or "…"})]
    if isinstance(node, Not):
        return [Line(depth, QT_TRANSLATE_NOOP("Explain", "without:"))] + _describe(
            engine, node.item, depth + 1)
    if isinstance(node, (Or, And)):
        head = (QT_TRANSLATE_NOOP("Explain", "any of:") if isinstance(node, Or)
                else QT_TRANSLATE_NOOP("Explain", "all of:"))
        return [Line(depth, head)] + [line for item in node.items
                                      for line in _describe(engine, item, depth + 1)]
    return [Line(depth, "{node}", {"node": repr(node)})]


def _forms(forms: list[tuple[str, int]]) -> str:
    if not forms:
        return "—"
    return ", ".join(f"{word} ({count})" for word, count in forms)


def one_line(lines: list[Line], translate=lambda template: template) -> str:
    """The explanation for a single line under a search box: "without: Петропавловск: …"."""
    parts, headers = [], []
    for line in lines:
        text = line.text(translate(line.template))
        headers = headers[:line.depth]
        if text.endswith(":"):
            headers.append(text[:-1])
            continue
        parts.append(": ".join(headers + [text]))
    return "; ".join(parts)
