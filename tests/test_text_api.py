"""`stats.extract_text` / `stats.extract_frame`: the figures of a string, as a notebook user calls them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

import stats
from stats.errors import RuleErrors
from stats.schema import FIGURES

SENTENCE = "全市新增城镇就业两万六千人，每户补助四到五万元，比上年增长百分之三点五。"


def test_import_stats_does_not_load_the_extractor() -> None:
    code = "import sys, stats; print('regex' in sys.modules, 'stats.text' in sys.modules); stats.extract_text"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]


def test_the_api_names_are_lazy_attributes() -> None:
    assert {"extract_text", "extract_frame"} <= set(stats._LAZY)
    assert callable(stats.extract_text) and callable(stats.extract_frame)


def test_extract_text_gives_the_figures_columns_in_order() -> None:
    figures = stats.extract_text(SENTENCE)
    assert [list(f) for f in figures] == [[c.name for c in FIGURES]] * 3
    assert [(f["quote"], f["value"], f["value_high"], f["measure"]) for f in figures] == [
        ("两万六千人", 26000, None, "人"), ("四到五万元", 40000, 50000, "元"), ("百分之三点五", 3.5, None, "%")]
    assert all(SENTENCE[f["start"]:f["end"]] == f["quote"] for f in figures)
    assert figures[0]["metric"] == "jobs.urban_new" and figures[2]["role"] == "change"


def test_extract_text_agrees_with_the_pipeline(extractor) -> None:
    """(the session's extractor of the shipped rules: `stats.extract_text` makes its own, `_extractor`)"""
    rows = extractor.extract_text(SENTENCE).figures
    assert [{k: r[k] for k in ("quote", "value", "metric", "rule_id")} for r in rows] == [
        {k: f[k] for k in ("quote", "value", "metric", "rule_id")} for f in stats.extract_text(SENTENCE)]


def test_rules_are_compiled_once() -> None:
    from stats.text import _extractor

    stats.extract_text(SENTENCE)
    assert _extractor(None) is _extractor(None)
    shipped = Path(stats.__file__).resolve().parents[1] / "rules"
    assert _extractor(shipped) is _extractor(str(shipped))


def test_extract_frame_has_the_published_dtypes() -> None:
    from stats.api import _PANDAS_TYPES

    frame = stats.extract_frame(SENTENCE)
    assert list(frame.columns) == [c.name for c in FIGURES]
    assert list(frame.dtypes) == [_PANDAS_TYPES[c.type] for c in FIGURES]  # as stats.load("figures")
    assert frame["value"].dtype == pd.Float64Dtype() and frame["start"].dtype == pd.Int64Dtype()
    assert frame["quote"].dtype == pd.StringDtype()
    assert frame["value_high"].isna().tolist() == [True, False, True]
    assert stats.extract_frame("没有数字的句子。").empty


def test_bad_input_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(TypeError, match="decode bytes first"):
        stats.extract_text(SENTENCE.encode())
    with pytest.raises(RuleErrors, match="rules folder not found"):
        stats.extract_text(SENTENCE, rules=tmp_path / "missing")


def test_a_string_takes_the_date_and_place_a_manifest_line_would_give() -> None:
    text = "今年上半年，全市城镇新增就业3.2万人。"
    bare = stats.extract_text(text)
    dated = stats.extract_text(text, published="2023-07-20", place="重庆市")
    assert [(f["quote"], f["place"], f["period"]) for f in dated] == [("3.2万人", "重庆市", "2023H1")]
    assert [(f["place"], f["period"]) for f in bare] == [(None, None)]
