"""The published tables' columns: one declaration feeds Parquet types, DuckDB, SQLite and the docs.

Every output table is declared here once, with its Arrow type and a description a
user reads in Datasette. `metadata.yml` and the tests check against this list, so a
column cannot be added without being described.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyarrow as pa


@dataclass(frozen=True)
class Column:
    name: str
    type: pa.DataType
    description: str


FIGURES = (
    Column("figure_id", pa.string(), "Stable id of the figure: doc_id:start-end in the repaired text."),
    Column("doc_id", pa.string(), "Source document: its path below the corpus folder, without .txt (2020/page1)."),
    Column("article_id", pa.string(), "Article the figure stands in (doc_id/aNN)."),
    Column("sentence_id", pa.string(), "Sentence the figure stands in (article_id/sNNN)."),
    Column("metric", pa.string(), "What the figure measures, a dotted name from rules/metrics (e.g. beds.total)."),
    Column("topic", pa.string(), "Broad topic of the metric: beds, jobs, money, percent or other."),
    Column("value", pa.float64(), "The number in base units: yuan, persons, items; percent as written (27.87)."),
    Column("value_high", pa.float64(), "Upper end of a range (2-3个 gives 3); null unless a range."),
    Column("unit", pa.string(), "Unit code from rules/lexicon/units.yaml: CNY, percent, person, bed, tonne, count…"),
    Column("measure", pa.string(), "The unit word as written, without magnitude: 元, 张, 人, %, 倍, 百分点, 个."),
    Column("qualifier", pa.string(), "exact, approx (约, 左右), lower_bound (以上, 余, 超过) or upper_bound (以下, 以内)."),
    Column("role", pa.string(), "level (a state or count), target (goal, plan, forecast) or change (growth, fall)."),
    Column("period", pa.string(), "When the figure applies: 2023, 2013-2019, 2023Q1, 2023H1, 2023Q1-Q3, 2023-03 or "
           "2023M01-M10 (months from January); relative words (今年, 上半年) resolved against the document's date; "
           "a level with no time of its own takes the document's month; empty where nothing tells."),
    Column("place", pa.string(), "The area the figure applies to, by its full standard name (全国, 重庆市, 江津区): named "
           "in its clause or sentence, carried over from before, or the article's area (全市, 我省); empty where "
           "nothing tells."),
    Column("place_code", pa.string(), "Six-digit administrative division code of the place (500116); 000000 for 全国; "
           "empty for a country abroad."),
    Column("place_level", pa.string(), "Level of the place: country, province, prefecture or county; abroad for a "
           "country abroad."),
    Column("subject", pa.string(), "The words that name what the figure counts, as written (重症监护床位, 城镇新增就业); "
           "carried from the figure before where its clause names none (其中…, 比上年增长…, 完成目标的…)."),
    Column("quote", pa.string(), "The figure as written, spaces and line breaks removed (60万人以上)."),
    Column("sentence", pa.string(), "The repaired sentence that holds the figure."),
    Column("start", pa.int64(), "Start offset of the quote in the repaired document text (characters)."),
    Column("end", pa.int64(), "End offset (exclusive) of the quote in the repaired document text."),
    Column("src_start", pa.int64(), "Start offset of the quote in the decoded source file (characters)."),
    Column("src_end", pa.int64(), "End offset (exclusive) of the quote in the decoded source file (characters)."),
    Column("rule_id", pa.string(), "Id of the metric rule that named the figure (rules/metrics/*.yaml)."),
    Column("src_page", pa.int64(), "Page of a PDF source the quote is printed on, from 1; null for text files."),
    Column("src_x0", pa.float64(), "Left edge of the quote on its PDF page, in points from the left; null for text."),
    Column("src_y0", pa.float64(), "Top edge of the quote on its PDF page, in points from the top; null for text."),
    Column("src_x1", pa.float64(), "Right edge of the quote on its PDF page, in points from the left; null for text."),
    Column("src_y1", pa.float64(), "Bottom edge of the quote on its PDF page, in points from the top; null for text."),
)

ARTICLES = (
    Column("article_id", pa.string(), "Article id: doc_id/aNN, numbered in page order."),
    Column("doc_id", pa.string(), "Source document: its path below the corpus folder, without .txt (2020/page1)."),
    Column("seq", pa.int64(), "Position of the article on the page, from 1."),
    Column("title", pa.string(), "Headline lines attached to the article, joined by ' / '; may be empty."),
    Column("byline", pa.string(), "Byline as printed, e.g. （记者 黄乔）; may be empty."),
    Column("dateline", pa.string(), "Dateline such as 本报讯 or 新华社北京3月20日电; may be empty."),
    Column("text", pa.string(), "Repaired article text, one paragraph a line."),
    Column("start", pa.int64(), "Start offset of the article in the repaired document text."),
    Column("end", pa.int64(), "End offset (exclusive) of the article in the repaired document text."),
    Column("src_start", pa.int64(), "Start offset of the article in the decoded source file."),
    Column("src_end", pa.int64(), "End offset (exclusive) of the article in the decoded source file."),
    Column("n_figures", pa.int64(), "Number of figures extracted from the article."),
)

SENTENCES = (
    Column("sentence_id", pa.string(), "Sentence id: article_id/sNNN."),
    Column("article_id", pa.string(), "Article the sentence belongs to."),
    Column("doc_id", pa.string(), "Source document."),
    Column("text", pa.string(), "Repaired sentence text."),
    Column("start", pa.int64(), "Start offset in the repaired document text."),
    Column("end", pa.int64(), "End offset (exclusive) in the repaired document text."),
)

DOCUMENTS = (
    Column("doc_id", pa.string(), "Document id: the path below the corpus folder, without .txt (2020/page1); unique."),
    Column("path", pa.string(), "Path of the source file as given to stats extract."),
    Column("encoding", pa.string(), "Encoding the file was read with: utf-8, utf-8-sig, utf-16, utf-16-le or "
           "utf-16-be (no BOM), gb18030 or cp950 (Big5); pdf for a PDF; quoted-printable/ or base64-mail/ before it "
           "for a mail's escaped or base64 text, "
           "json-escaped/ for a JSON reply whose characters are \\uXXXX escapes, lark-blocks/ for a Lark "
           "document's blocks read out, gb18030-utf-8-lines/ for a file whose lines are GB18030 and UTF-8 (an "
           "mbox's mails); /cp1252 after it for UTF-8 double-encoded through Windows-1252."),
    Column("sha256", pa.string(), "SHA-256 of the file's bytes; the key for incremental builds."),
    Column("bytes", pa.int64(), "Size of the file in bytes."),
    Column("chars", pa.int64(), "Characters in the decoded source text."),
    Column("n_articles", pa.int64(), "Number of articles found on the page."),
    Column("n_figures", pa.int64(), "Number of figures extracted from the document."),
    Column("published", pa.string(), "Date of the document (YYYY-MM-DD, or YYYY-MM, YYYY): from manifest.csv beside "
           "the file, else a dated header in the text; empty when unknown. Relative times (今年) resolve against it."),
    Column("source", pa.string(), "Publisher as manifest.csv gives it (重庆日报); empty without a manifest."),
    Column("place", pa.string(), "Default area of the document from manifest.csv (full standard name); empty if none."),
    Column("place_code", pa.string(), "Six-digit division code of the document's default area."),
)

ERRORS = (
    Column("path", pa.string(), "File or rule that failed."),
    Column("stage", pa.string(), "Pipeline stage that failed: read, layout, segment, extract, rules."),
    Column("message", pa.string(), "What went wrong and what to do about it."),
)

TABLES: dict[str, tuple[Column, ...]] = {
    "figures": FIGURES,
    "articles": ARTICLES,
    "sentences": SENTENCES,
    "documents": DOCUMENTS,
    "errors": ERRORS,
}


def arrow_schema(table: str) -> pa.Schema:
    """The Arrow schema of a published table, so every writer agrees on types."""
    return pa.schema([pa.field(c.name, c.type) for c in TABLES[table]])
