"""What a query actually searched for, in words a press officer can check: `--explain`.

"преступность" → stem «преступн»: преступности (12), преступность (8) — so she sees why an
article was or was not found.
"""

from __future__ import annotations

from clipper.index.compile import stem_of
from clipper.search.query import And, DateRange, Everything, Facet, Not, Or, Phrase, Word, parse
from clipper.search.request import SearchRequest
from clipper.search.run import Engine, _flag_clauses
from clipper.search.values import resolve


def explain(engine: Engine, request: SearchRequest) -> list[str]:
    tree = parse(request.query)
    clauses = ([] if isinstance(tree, Everything) else
               list(tree.items) if isinstance(tree, And) else [tree])
    clauses += _flag_clauses(request)
    if not clauses:
        return ["every article"]
    return [line for clause in clauses for line in _describe(engine, clause, "")]


def _describe(engine: Engine, node, indent: str) -> list[str]:
    where = f" in {node.field}" if getattr(node, "field", None) and isinstance(
        node, (Word, Phrase)) else ""
    if isinstance(node, Word):
        if node.exact:
            return [f"{indent}!{node.text}{where}: this word form only"]
        if node.prefix or node.fuzzy:
            found = engine.index.expansions(node)
            how = "words starting with" if node.prefix else "words within a letter or two of"
            return [f"{indent}{node.text}{'*' if node.prefix else '~'}{where}: {how} "
                    f"«{node.text}»: {_forms(found)}"]
        stem = stem_of(node)
        return [f"{indent}{node.text}{where}: stem «{stem}» — {_forms(engine.index.word_forms(stem))}"]
    if isinstance(node, Phrase):
        return [f"{indent}\"{' '.join(node.words)}\"{where}: these word forms in this order"]
    if isinstance(node, Facet):
        values = resolve(node.field, node.value, engine.table) if node.field not in (
            "year", "month") else [node.value]
        return [f"{indent}{node.field}: {node.value} → {', '.join(values) or 'no such value'}"]
    if isinstance(node, DateRange):
        return [f"{indent}date: {node.start or '…'} to {node.end or '…'}"]
    if isinstance(node, Not):
        return [f"{indent}without:"] + _describe(engine, node.item, indent + "  ")
    if isinstance(node, Or):
        lines = [f"{indent}any of:"]
        for item in node.items:
            lines += _describe(engine, item, indent + "  ")
        return lines
    if isinstance(node, And):
        lines = [f"{indent}all of:"]
        for item in node.items:
            lines += _describe(engine, item, indent + "  ")
        return lines
    return [f"{indent}{node!r}"]


def _forms(forms: list[tuple[str, int]]) -> str:
    if not forms:
        return "no word in the archive"
    return ", ".join(f"{word} ({count})" for word, count in forms)


def one_line(lines: list[str]) -> str:
    """The explanation for a single line under a search box: "without: Петропавловск: …"."""
    parts, headers = [], []
    for line in lines:
        depth = (len(line) - len(line.lstrip())) // 2
        text = line.strip()
        headers = headers[:depth]
        if text.endswith(":"):
            headers.append(text[:-1])
            continue
        parts.append(": ".join(headers + [text]))
    return "; ".join(parts)
