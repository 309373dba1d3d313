"""Forms of data/gold/pages p83 and p84 (a city paper's 经济 page read by PDFium, a county paper's 民生 page kept as PDF),
each on invented text of other places:

- a bar chart's caption that names its unit in a unit note (…地区生产总值　单位：亿元), not in brackets: PDFium prints the
  chart a line a run (its ticks, then each bar's value over its label), and the bars were left unread for want of a
  bracketed unit; its labels the short forms of counties (耒阳, 衡南), each bar read as `label value`, a gap between;
- a firm a caption places in a district without naming it (在某区一家纺织企业的车间…。…，该企业实现产值…): 该企业 points back
  to that district, not to the city the article is on;
- this year's goal beside last year's result, the clause naming nothing but the year and the goal (去年全县城镇新增就业
  6820人，今年目标为6500人以上): the goal counts what the result counts (jobs);
- an interview's answer (答：今年将新建…；在某镇新建…): the plan it opens with reaches the items after the semicolon, as
  where it opens a sentence.
"""

from __future__ import annotations

from stats.repair.bars import stacked_charts
from stats.run.pipeline import Extractor
from tests.dated import dated_figures

_HEAD = "衡阳日报 2026年7月30日 星期四 第3版 经济"
_LEAD = "上半年全市经济增长5.6%\n本报讯 上半年，全市实现地区生产总值2186.4亿元，同比增长5.6%。"


def _chart(caption: str) -> str:
    """A chart as PDFium prints it: caption, the axis's ticks, then each bar's value over its label."""
    lines = [caption, "0", "100", "200", "300", "400",
             "312.5", "耒阳", "286.4", "常宁", "241.8", "衡南", "198.7", "衡东"]
    return "\n".join(lines)


def _page(*parts: str) -> str:
    return "\n".join([_HEAD, *parts]) + "\n"


def test_a_charts_caption_with_a_unit_note_reads_its_bars() -> None:
    """…生产总值　单位：亿元 names the bars' unit as …（亿元） does: each bar a figure of its own, in 亿元."""
    text = _chart("上半年部分县市地区生产总值　单位：亿元")
    charts = stacked_charts(text, lambda s: bool(s) and not any(c.isdigit() for c in s),
                            lambda w: w if w in ("亿元", "万人") else None, ("单位：",))
    assert [(b.label, b.value) for c in charts for b in c.bars] == [
        ("耒阳", "312.5"), ("常宁", "286.4"), ("衡南", "241.8"), ("衡东", "198.7")]
    assert [c.unit for c in charts] == ["亿元"]
    # (no note words given: the caption names no unit the reader knows, and no chart is read)
    assert stacked_charts(text, lambda s: True, lambda w: w if w == "亿元" else None) == []


def test_chart_bars_under_a_unit_note_are_figures_of_the_places_their_labels_name(extractor: Extractor) -> None:
    """Each bar in 亿元, of the county its short label names (耒阳 → 耒阳市, 衡南 → 衡南县), a level of the caption's
    half year; the ticks (100, 200 …) no figures."""
    figs = dated_figures(extractor, _page(_LEAD, _chart("上半年部分县市地区生产总值　单位：亿元")), "2026-07-30",
                         source="衡阳日报")
    bars = {f["quote"]: (f["value"], f["place"], f["period"]) for f in figs if f["quote"] in (
        "312.5", "286.4", "241.8", "198.7")}
    assert bars == {"312.5": (31250000000.0, "耒阳市", "2026H1"), "286.4": (28640000000.0, "常宁市", "2026H1"),
                    "241.8": (24180000000.0, "衡南县", "2026H1"), "198.7": (19870000000.0, "衡东县", "2026H1")}
    assert not any(f["quote"] in ("100", "200", "300", "400") for f in figs)


def test_a_unit_note_of_two_units_reads_no_bars(extractor: Extractor) -> None:
    """单位：亿元、% names two units: which is the bars'? No figure rather than a wrong one."""
    figs = dated_figures(extractor, _page(_LEAD, _chart("上半年部分县市主要指标　单位：亿元、%")), "2026-07-30",
                         source="衡阳日报")
    assert not any(f["quote"] in ("312.5", "286.4", "241.8", "198.7") for f in figs)


def test_a_firm_a_caption_places_without_naming_it_is_the_districts(extractor: Extractor) -> None:
    """在珠晖区一家纺织企业的车间…。上半年，该企业实现产值3.2亿元: the firm's figures are the district's; 全市 after it is
    the city again."""
    text = _page(_LEAD, "7月28日，在珠晖区一家纺织企业的车间，工人在赶制订单。上半年，该企业实现产值3.2亿元，同比增长12.5%。"
                 "上半年，全市规模以上工业增加值增长7.2%。")
    got = {f["quote"]: f["place"] for f in dated_figures(extractor, text, "2026-07-30", source="衡阳日报")}
    assert got["3.2亿元"] == "珠晖区" and got["12.5%"] == "珠晖区"
    assert got["7.2%"] == "衡阳市" and got["2186.4亿元"] == "衡阳市"


def test_a_district_heading_an_unnamed_firm_still_holds_its_own_figures_and_its_area_word(extractor: Extractor) -> None:
    """珠晖区一家企业新增就业岗位320个。全区…: the district heading an unnamed firm still places that clause's figure, and
    全区 after it is that district (a guard: the unit it now heads carries the district on as it did)."""
    text = _page(_LEAD, "珠晖区一家电子企业今年新增就业岗位320个。全区规模以上工业增加值增长8.2%。")
    got = {f["quote"]: f["place"] for f in dated_figures(extractor, text, "2026-07-30", source="衡阳日报")}
    assert got["320个"] == "珠晖区" and got["8.2%"] == "珠晖区"


def test_a_county_before_an_unnamed_unit_still_carries_to_gai_xian(extractor: Extractor) -> None:
    """6月7日，衡山县一家电商直播基地内…。目前，该县已培育电商主播860余名: 该县 is the county named before, which an unnamed
    unit after it does not take away (a guard: the unit 一家 opens is no head of a name that keeps its place to itself)."""
    text = _page(_LEAD, "6月7日，衡山县一家电商直播基地内，主播正在推介农产品。目前，该县已培育电商主播860余名，"
                 "今年1-5月农产品网络零售额达5.2亿元。")
    got = {f["quote"]: f["place"] for f in dated_figures(extractor, text, "2026-07-30", source="衡阳日报")}
    assert got["860余名"] == "衡山县" and got["5.2亿元"] == "衡山县"


def test_this_years_goal_beside_last_years_result_counts_what_the_result_counts(extractor: Extractor) -> None:
    """去年全县城镇新增就业5320人，今年目标为5000人以上: a jobs target of this year, as the result is a jobs level of the
    last."""
    text = ("祁东县融媒体中心 2026年2月12日 民生\n今年我县民生实事清单出炉\n"
            "本报讯 就业方面，去年全县城镇新增就业5320人，今年目标为5000人以上，城镇调查失业率控制在5%以内。\n")
    got = {f["quote"]: (f["role"], f["metric"].split(".")[0], f["period"])
           for f in dated_figures(extractor, text, "2026-02-12", source="今日祁东")}
    assert got["5320人"] == ("level", "jobs", "2025")
    assert got["5000人以上"] == ("target", "jobs", "2026")


def test_an_answers_plan_reaches_its_items_after_the_semicolon(extractor: Extractor) -> None:
    """答：今年将新建…5所，新增学位2400个；在某镇新建1家…，家庭医生签约服务新增1.2万人: all of the answer is planned."""
    text = ("今日祁东 2026年2月12日 民生\n问答｜民生实事怎么定\n问：教育和医疗方面有哪些实事？\n"
            "答：今年将新建改扩建中小学5所，新增学位2400个；在白地市镇新建1家社区卫生服务中心，家庭医生签约服务新增1.2万人。\n")
    got = {f["quote"]: f["role"] for f in dated_figures(extractor, text, "2026-02-12", source="今日祁东")}
    assert got["5所"] == got["2400个"] == "target"
    assert got["1.2万人"] == "target"
