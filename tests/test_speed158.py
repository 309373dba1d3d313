"""speed158: named costs of the extraction path cut, every answer the same (issue 13). Sentences invented.

- the web page gate (`layout._page_gates`): layout.yaml's web_page words searched as one flat alternation and each
  other pattern on its own, not one alternation of them all that a branch opening with a group made the engine try
  at every position (~0.7 ms of every 37 KB piece, ~8 times the searches apart).
- an output table's row group handed to the Parquet writer as one chunk a column (`TableWriter._flush`), not a chunk
  a document: the same file, written for ~40% of the CPU (dense 1 MB: 0.21 -> 0.08 s under cProfile).
"""

from __future__ import annotations

import re
from re import _constants as _c  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from stats.repair.layout import _page_gates
from stats.run.pipeline import Extractor
from stats.run.tables import TableWriter
from stats.schema import arrow_schema
from stats.tables.rows import table_from_rows


def _web_page(extractor: Extractor) -> tuple[str, ...]:
    return tuple(p.pattern for p in extractor.rules.lexicon.web_page)


def test_each_web_page_pattern_is_words_alone_or_one_branch(extractor: Extractor) -> None:
    """A pattern that is no list of plain words holds no top-level bar: its branches would open differently, and
    the engine would try the whole of it at every position of a piece (the meta line's two forms are two patterns)."""
    plain = re.compile(r"[^\\.^$*+?{}\[\]()|]+(?:\|[^\\.^$*+?{}\[\]()|]+)*")
    for source in _web_page(extractor):
        if plain.fullmatch(source):
            continue
        parsed = _parser.parse(source)
        assert not (len(parsed) == 1 and parsed[0][0] is _c.BRANCH), source


@pytest.mark.parametrize("text", [
    "首页 > 新闻中心\n发布时间：2026-03-12 10:30 浏览次数：1289\n本报讯 全县新增就业3200人。",
    "2026-10-09 08:15  来源：某某区融媒体中心\n全区粮食产量41.2万吨。",
    "2026/10/09 来源: 县统计局\n全区粮食产量41.2万吨。",
    "更新时间 : 2025年的数据\n",
    "本报讯 全县新增就业3200人，上一篇报道说过。",
    "本报讯 全县新增就业3200人，2026年10月9日来源不明。",
    "2026-10-09 全区粮食产量41.2万吨。",
    "",
])
def test_the_gates_find_a_web_pages_word_where_the_joined_pattern_does(extractor: Extractor, text: str) -> None:
    """The gates together answer as the one alternation of every pattern did: a piece is looked at just where
    that alternation finds something in it."""
    sources = _web_page(extractor)
    joined = re.compile("|".join(sources))
    gates = _page_gates(sources)
    assert len(gates) == 1 + sum(not re.fullmatch(r"[^\\.^$*+?{}\[\]()|]+(?:\|[^\\.^$*+?{}\[\]()|]+)*", s)
                                 for s in sources)
    assert any(g.search(text) is not None for g in gates) == (joined.search(text) is not None)


def test_a_row_group_goes_to_the_writer_as_one_chunk_a_column(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Three documents' tables, one row group: the writer is handed one chunk a column, and the file holds every
    document's row in the order they came."""
    handed: list[int] = []
    write = pq.ParquetWriter.write_table

    def recorded(self: pq.ParquetWriter, table: pa.Table, row_group_size: int | None = None) -> None:
        handed.extend(column.num_chunks for column in table.columns)
        write(self, table, row_group_size=row_group_size)

    monkeypatch.setattr(pq.ParquetWriter, "write_table", recorded)
    schema = arrow_schema("documents")
    writer = TableWriter("documents", tmp_path / "documents.parquet")
    for k in range(3):
        row = {f.name: None for f in schema}
        row.update(doc_id=f"d{k}", path=f"p{k}.txt", chars=10 * k, n_articles=k, n_figures=k)
        writer.write(table_from_rows([row], schema))
    path = writer.close()
    assert handed and set(handed) == {1}
    back = pq.read_table(path)
    assert back.column("doc_id").to_pylist() == ["d0", "d1", "d2"]
    assert back.column("chars").to_pylist() == [0, 10, 20]
