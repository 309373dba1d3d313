"""Prose whose writer set a space between each number and its unit (a LaTeX source's ties or a Typst source's ~ made
spaces, a Markdown writer's spaces around numbers, a web page's thin spaces) is no page of glued columns: each such
paragraph is a line that single spaces cut into wide pieces, every cut after a number, and with a table's tab rows
beside them three such lines made the share of glued rows `interleave._split_rows` reads as pdfplumber's page of
columns. Read as a sweep, the pieces' numbers were cut from their units and dropped (damaged269's Typst report with
its ties made spaces: main read 5 of its 20 figures, 4 of them the table's). A gutter falls anywhere between two
columns' lines, mostly between words; a page whose every gap touches a number (`interleave._spaced_numbers`) is read
as it stands. (Thin and no-break spaces are no row's gap: the same text with them lost nothing on main.) Texts
invented.
"""

from __future__ import annotations

from stats.repair.interleave import glued_page
from stats.run.pipeline import Extractor
from tests.dated import dated_figures

_SPACED = "\n".join([
    "  某县2026年上半年",
    "重点民生工作进展情况",
    "",
    "一、就业创业",
    "",
    "上半年，全县城镇新增就业1860 人，完成年度目标的62.0%；城镇失业人员再就业352 人，其中就"
    "业困难人员就业96 人。截至6月底，全县农村劳动力转移就业人数由上年末的8.12 万人增至8.64 "
    "万人，新增转移5200 人。",
    "",
    "2026年1—6月主要就业指标完成情况",
    "指标\t年度目标\t1—6月完成\t完成率（%）",
    "城镇新增就业（人）\t3000\t1860\t62.0",
    "发放创业担保贷款（万元）\t8000\t4560\t57.0",
    "",
    "二、医疗卫生",
    "",
    "县人民医院新住院楼于5月启用，开放床位450 张，全县每千常住人口医疗机构床位数由上年末的5.86 "
    "张提高到6月末的6.12 张。全县养老机构新增床位90 张，投入资金2.6 亿元，是上年的1.2 倍"
    "，护理型床位占比提高3.5 个百分点，入住率增长4.1 %。",
    "含康复病房床位30张。",
    "",
    "三、下步打算",
    "",
    "下半年，力争全年城镇新增就业3000 人以上，年内再开放县人民医院床位150 张。",
    "",
])

_WANT = {"1860人", "352人", "96人", "8.12万人", "8.64万人", "5200人", "450张", "5.86张", "6.12张", "90张", "2.6亿元",
         "1.2倍", "3.5个百分点", "4.1%", "3000人以上", "150张"}


def test_prose_with_a_space_before_every_unit_keeps_its_numbers(extractor: Extractor) -> None:
    quotes = {f["quote"] for f in dated_figures(extractor, _SPACED, "2026-07-20", source="某县人民政府办公室")}
    assert _WANT <= quotes, sorted(_WANT - quotes)


def test_a_page_whose_every_gap_follows_a_number_is_no_glued_page() -> None:
    lines = _SPACED.split("\n")
    assert not glued_page(lines)
    # the same lines with one gap between words (a gutter between two columns' lines) make one as before
    assert glued_page([ln.replace("，全县每千", " 全县每千").replace("，年内再", " 年内再") for ln in lines])
