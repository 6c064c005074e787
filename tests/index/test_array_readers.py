"""The array readers agree with whoosh's own, segment by segment, deletions included."""

import numpy as np
import pytest

from conftest import REPO


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    from clipper.archive import Archive

    with Archive.open(tmp_path_factory.mktemp("arrays") / "archive") as opened:
        opened.import_paths([REPO / "archive" / "articles"])
        for hit in opened.search(query="полиция", limit=1).hits:  # a deletion, a second segment
            opened.correct(hit.id, author="Проверка Проверкин")
        yield opened


def test_document_numbers_map_to_articles_as_whoosh_reads_them(archive):
    reader = archive.index._searcher.reader()
    assert len(reader.leaf_readers()) > 1 and reader.has_deletions()
    column = reader.column_reader("num")
    expected = [-1 if reader.is_deleted(d) else column[d] for d in range(reader.doc_count_all())]
    assert archive.index.docnum_nums().tolist() == expected


def test_lengths_are_whooshs_field_lengths(archive):
    from clipper.index.postings import Postings

    postings = Postings(archive.index._searcher)
    reader = postings.reader
    for field in ("title", "text"):
        expected = [reader.doc_field_length(d, field) or 0 for d in range(reader.doc_count_all())]
        assert postings.lengths(field).tolist() == expected


def test_term_postings_are_whooshs_matches(archive):
    from clipper.index.postings import Postings

    postings = Postings(archive.index._searcher)
    reader = postings.reader
    for field, term in [("text", "полиц"), ("title", "мошенник"), ("text_exact", "в")]:
        docs, _freqs = postings.term(field, term)
        expected = sorted(d for d in reader.postings(field, term).all_ids()
                          if not reader.is_deleted(d))
        assert docs.tolist() == expected
        assert np.all(np.diff(docs) > 0)  # sorted, as the scoring's searchsorted needs


@pytest.mark.parametrize("query", ['"полиции Алматы"', '"в Караганде"', '"закон и порядок"',
                                   'title:"полиция"', '"участковый инспектор"',
                                   '"департамента полиции"', '«Касым-Жомарт Токаев»',
                                   '"нет такой фразы нигде"'])
def test_phrases_match_the_documents_whooshs_span_matcher_finds(archive, query):
    from clipper.index.compile import to_whoosh
    from clipper.search.query import parse

    node = parse(query)
    index = archive.index
    with index.reading():
        expected = sorted(d for d in index._searcher.docs_for_query(to_whoosh(node))
                          if not index._searcher.reader().is_deleted(d))
    assert index.docs(node).tolist() == expected
