"""`stats.extract_text` and `stats.extract_frame`: the figures of one string, for notebooks.

The same pipeline as `stats extract` (layout repair, sentences, exclusions, metric rules),
run on a string instead of a corpus, so a notebook user can check how a sentence reads
without writing files. The rule set is loaded and compiled once per rules folder and
kept: the first call costs about a second, later ones milliseconds.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd

    from stats.rules.rulefile import RuleSet
    from stats.run.pipeline import Extractor

_CACHE: dict[object, Extractor] = {}
_NOT_NUMBERS = frozenset({"date", "ordinal", "name", "id", "page_ref", "vague"})  # exclusions.yaml `why`
_LOCK = threading.Lock()


def _extractor(rules: RuleSet | str | Path | None) -> Extractor:
    """One compiled Extractor per rules folder (None: the rules shipped with stats) or per RuleSet."""
    from stats.rules.rulefile import RuleSet, load_rules
    from stats.run.pipeline import Extractor

    if isinstance(rules, RuleSet):
        key: object = ("set", id(rules))
    elif rules is None or isinstance(rules, (str, Path)):
        key = ("dir", Path(rules).resolve() if rules is not None else None)
    else:
        raise TypeError(f"rules must be None, a rules folder (str or Path) or a RuleSet, not {type(rules).__name__}")
    with _LOCK:
        ex = _CACHE.get(key)
        if ex is None or (isinstance(rules, RuleSet) and ex.rules is not rules):
            ruleset = rules if isinstance(rules, RuleSet) else load_rules(key[1])  # type: ignore[index]
            ex = _CACHE[key] = Extractor(ruleset, all_verdicts=False)
        return ex


def extract_text(text: str, rules: RuleSet | str | Path | None = None, *, doc_id: str = "text",
                 published: str = "", place: str = "") -> list[dict[str, Any]]:
    """The figures of `text`, one dict per figure with the columns of figures.parquet, in order.

    >>> [(f["quote"], f["value"], f["measure"]) for f in extract_text("全年新增就业两万六千人。")]
    [('两万六千人', 26000.0, '人')]

    rules: None for the shipped rules, a rules folder, or a RuleSet from
    `stats.rules.rulefile.load_rules`; a broken rules folder raises `stats.errors.RuleErrors`
    naming each file and line. published (2023-05-04) and place (重庆市) are what a manifest line
    would say of the text: relative times (今年, 上半年) resolve against the date, and 全市 or a
    figure that names no place takes the place.

    A text that is one number and nothing else (一千零五, 3.5万, 负五) gives that number with an
    empty measure and no unit or metric; in running text such a number is no figure."""
    if not isinstance(text, str):
        raise TypeError(f"extract_text reads a str, not {type(text).__name__} (decode bytes first)")
    import dataclasses

    from stats.read.manifest import DocMeta
    from stats.read.sources import source_from_text
    from stats.schema import FIGURES

    source = source_from_text(text, doc_id)
    if published or place:
        source = dataclasses.replace(source, meta=DocMeta(published=published, place=place))
    ex = _extractor(rules)
    result = ex.extract_source(source)
    rows = result.figures
    if not rows and len(result.sentences) == 1:
        rows = _bare_number(ex, result.sentences[0], doc_id)
    return [{c.name: row.get(c.name) for c in FIGURES} for row in rows]


def _bare_number(ex: Extractor, sentence: dict[str, Any], doc_id: str) -> list[dict[str, Any]]:
    """A text that is one number and nothing else (一千零五, 3.5万, 负五, 约3万, 三分之二) gives that
    number, with no measure, unit or metric: the caller asked how it reads. In running text
    a number without a measure word is no figure (the GUIDE), and `stats extract` never
    gives one; a text that is only a date or an ordinal (2023年, 第三) gives nothing here either,
    nor one that the exclusion rules call a date, an ordinal, a name, an identifier or vague
    (十四五, 千千万万).
    The rules for words that only look like numbers in prose (一家, 百姓) do not apply: the
    text is the number."""
    q = ex.finder.whole(sentence["text"])
    if q is None:
        return []
    if any(s < q.end and q.start < e and rule.why in _NOT_NUMBERS for s, e, rule in ex.excluded_spans(sentence["text"])):
        return []
    start, end = sentence["start"] + q.start, sentence["start"] + q.end
    return [{"figure_id": f"{doc_id}:{start}-{end}", "doc_id": doc_id, "article_id": sentence["article_id"],
             "sentence_id": sentence["sentence_id"], "value": q.value, "value_high": q.value_high,
             "measure": "", "qualifier": q.qualifier, "role": "level", "quote": q.quote,
             "sentence": sentence["text"], "start": start, "end": end}]


def extract_frame(text: str, rules: RuleSet | str | Path | None = None, *, doc_id: str = "text",
                  published: str = "", place: str = "") -> pd.DataFrame:
    """`extract_text` as a pandas DataFrame with the dtypes `stats.load("figures")` gives."""
    import pandas as pd
    import pyarrow as pa

    from stats.schema import arrow_schema

    # nullable dtypes, as stats.load gives them (stats.api sits beside this module, not below it)
    dtypes = {pa.string(): pd.StringDtype(), pa.int64(): pd.Int64Dtype(), pa.float64(): pd.Float64Dtype()}
    rows = extract_text(text, rules, doc_id=doc_id, published=published, place=place)
    table = pa.Table.from_pylist(rows, schema=arrow_schema("figures"))
    return table.to_pandas(types_mapper=dtypes.get)
