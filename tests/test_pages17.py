"""What p27 and p28 of data/gold/pages showed (a prefecture city daily read back by pdfminer with its default
settings, a regional daily by pdftotext -layout): a table by prefecture whose head names its first column 地市
and gives the units of the others in brackets. Pages invented, in the style of such pages."""

from __future__ import annotations

from stats.rules.rulefile import RuleSet
from stats.run.pipeline import Extractor
from tests.repaired import paragraphs

# a table under its title, set out with wide gaps as pdftotext -layout prints it
_TABLE = "\n".join([
    "上半年部分地市医疗卫生机构床位",
    "地市                    床位数（张）            每千人口床位数（张）",
    "那曲市                  1320                  31.5",
    "林芝市                  980                   28.2",
]) + "\n"


def test_a_table_headed_by_prefectures_gives_each_row_its_place(extractor: Extractor) -> None:
    got = {(f["value"], f["place"], f["unit"]) for f in extractor.extract_text(_TABLE).figures}
    assert got == {(1320, "那曲市", "bed"), (31.5, "那曲市", "bed"), (980, "林芝市", "bed"), (28.2, "林芝市", "bed")}


# two columns of an article swept a line at a time (pdfminer, a blank line after each), then a small table
# that pdfminer printed a cell a line, column after column
_SWEPT = [
    "全县养老服务体系加快完善",
    "本报讯（记者 李明）今年以来，全县",
    "护理型床位占比提高到62.5%，社区",
    "新建养老服务中心6个，新增养老床",
    "助餐点日均服务老年人约1800人",
    "位420张，全县养老床位总数达到35",
    "次。下半年，全县将新建助餐点",
    "60张，其中护理型床位2210张，",
    "12个。",
    "1-6月全县主要指标",
    "指标",
    "一般公共预算收入",
    "旅游总收入",
    "总量",
    "18.6亿元",
    "42.3亿元",
    "增速（%）",
    "3.2",
    "11.5",
]


def test_a_table_printed_a_cell_a_line_keeps_its_numbers_apart(ruleset: RuleSet) -> None:
    """A line of one number (18.6亿元, 3.2) is a table's cell: no column line goes on into it, it goes on into
    none (3.2 | 11.5 is no number 3.211.5), and its number is whole (its unit goes on nowhere: never cut off as a
    number broken at a line's end); the sweep's own columns still meet."""
    pars = paragraphs(ruleset.lexicon, "\n\n".join(_SWEPT) + "\n")
    assert {"18.6亿元", "42.3亿元", "3.2", "11.5"} <= set(pars)
    assert any("新增养老床位420张，全县养老床位总数达到3560张" in p for p in pars)
