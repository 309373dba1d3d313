"""The shipped corpus end to end: provenance, articles, and the gold floors of the issue."""

from __future__ import annotations

import unicodedata

from stats.evaluate import evaluate, read_gold
from stats.read.sources import read_source
from stats.run.pipeline import Tables

from .conftest import CORPUS, GOLD, need


def _fold(raw: str) -> str:
    return "".join(unicodedata.normalize("NFKC", c) if "\uff01" <= c <= "\uff5e" else c
                   for c in raw if not c.isspace())


def test_every_figure_points_at_its_quote_in_the_source(corpus_tables: Tables) -> None:
    sources = {p.stem: read_source(p).text for p in CORPUS.glob("*.txt")}
    wrong = [(f["doc_id"], f["quote"]) for f in corpus_tables.figures.to_pylist()
             if _fold(sources[f["doc_id"]][f["src_start"]:f["src_end"]]) != f["quote"]]
    assert corpus_tables.figures.num_rows > 100
    assert wrong == []


def test_figure_ids_are_unique_and_join_articles(corpus_tables: Tables) -> None:
    figs = corpus_tables.figures.to_pylist()
    assert len({f["figure_id"] for f in figs}) == len(figs)
    articles = {a["article_id"] for a in corpus_tables.articles.to_pylist()}
    assert {f["article_id"] for f in figs} <= articles


def test_articles_are_split_at_datelines(corpus_tables: Tables) -> None:
    arts = [a for a in corpus_tables.articles.to_pylist() if a["doc_id"] == "000_c924f8d40df74316"]
    datelines = [a["dateline"] for a in arts]
    assert datelines.count("本报讯") >= 5
    assert any(d.startswith("新华社北京3月20日电") for d in datelines)
    first = arts[0]
    assert first["byline"] == "（记者黄乔）"
    assert first["title"] == "全市统筹推进疫情防控和稳就业、人社扶贫电视电话会召开"


def test_documents_record_encoding_and_hash(corpus_tables: Tables) -> None:
    docs = corpus_tables.documents.to_pylist()
    assert len(docs) == 5
    assert {d["encoding"] for d in docs} == {"utf-8"}
    assert all(len(d["sha256"]) == 64 for d in docs)


def test_gold_floors_of_the_extraction_issue(corpus_tables: Tables) -> None:
    need(GOLD, "the shared gold seeds")
    s = evaluate(read_gold([GOLD]), corpus_tables.figures.to_pylist()).summary
    assert s["recall"] >= 0.97
    assert s["precision"] >= 0.97
    assert s["qualifier_acc"] >= 0.95
    assert s["role_acc"] >= 0.9
    assert s["topic_beds_acc"] >= 0.95 and s["topic_money_acc"] >= 0.95 and s["topic_percent_acc"] >= 0.95
    assert s["topic_jobs_acc"] >= 0.9
