"""What the blind set data/gold/bulletins4 found: a province's 2025 statistical bulletin, a prefecture's with
numbers cut at line ends and a running head, a Tianjin district's 卫健 bulletin with its table of institutions,
a county's 人社 bulletin, a prefecture's 前三季度 release with a table that lost its gaps, a county's 1% sample
survey bulletin, a county's 教育 bulletin and a county's statistical bulletin. Most misses were the two tables:
a blank cell between two numbers (村卫生室 186 — 342) and a blank cell glued to a sign (固定资产投资%—-2.3).
Sentences invented, in the style of such texts; the figures worked out by hand from GUIDE.md."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted

_HEALTH = ("表1 2025年末某区医疗卫生机构、床位和人员数\n"
           "机构类别            机构数（个）   床位数（张）   人员数（人）\n"
           "医院                     21          3682          5870\n"
           "  其中：公立医院          6          2480          4125\n"
           "        村卫生室        186            —            342\n"
           "专业公共卫生机构          8            —            368\n"
           "其他医疗卫生机构          7            67            54\n")


def test_a_table_of_institutions_beds_and_staff_with_blank_cells(extractor: Extractor) -> None:
    """机构类别 | 机构数（个） | 床位数（张） | 人员数（人）: the columns name what they count, each its unit in
    brackets; a row with no beds prints — between its numbers, which ended the table (the rows after it
    were cut a cell a line as columns glued by an extractor). Each cell keeps its column."""
    figs = _run(extractor, _HEALTH, "2026-05-18")
    assert quoted(figs, "value", "measure", "period") == [
        ("21", 21, "个", "2025"), ("3682", 3682, "张", "2025"), ("5870", 5870, "人", "2025"),
        ("6", 6, "个", "2025"), ("2480", 2480, "张", "2025"), ("4125", 4125, "人", "2025"),
        ("186", 186, "个", "2025"), ("342", 342, "人", "2025"),
        ("8", 8, "个", "2025"), ("368", 368, "人", "2025"),
        ("7", 7, "个", "2025"), ("67", 67, "张", "2025"), ("54", 54, "人", "2025")]


def test_the_beds_column_gives_beds(extractor: Extractor) -> None:
    """The cells under 床位数（张） are beds, also in a row whose label opens with 其中：."""
    figs = _run(extractor, _HEALTH, "2026-05-18")
    assert [f["quote"] for f in figs if "beds" in f["metric"]] == ["3682", "2480", "67"]


def test_a_blank_cell_glued_to_a_growth_sign(extractor: Extractor) -> None:
    """固定资产投资%—-2.3: the level blank and the sign run into the dash; the row after a long text was
    joined to the next rows as one sentence (税收收入亿元45.2-0.8城镇居民…415824.6)."""
    line = "前三季度，全市社会消费品零售总额386.5亿元，同比增长5.1%。"
    body = "\n\n".join(f"{n}、消费市场平稳增长\n{line}" for n in "一二三四五六")
    page = (f"某市2025年前三季度经济运行情况\n\n{body}\n\n附表 某市2025年1—9月主要经济指标\n"
            "指标名称 单位 1—9月 同比增长(%)\n规模以上工业增加值%— 7.4\n固定资产投资%—-2.3\n"
            "其中：税收收入亿元45.2-0.8\n城镇居民人均可支配收入元41582 4.6\n")
    figs = _run(extractor, page, "2025-10-24")
    table = [f for f in figs if f["quote"][-1].isdigit()]
    assert quoted(table, "value", "measure", "role") == [
        ("7.4", 7.4, "%", "change"), ("-2.3", -2.3, "%", "change"),
        ("45.2", 4520000000, "元", "level"), ("-0.8", -0.8, "%", "change"),
        ("41582", 41582, "元", "level"), ("4.6", 4.6, "%", "change")]


def test_sample_survey_name_and_a_rise_to_a_level(extractor: Extractor) -> None:
    """全国1%人口抽样调查 names a survey (its 1% no figure); 由6215人上升为8188人 is a from–to pair, both levels."""
    figs = _run(extractor, "根据2025年全国1%人口抽样调查结果，每10万人中拥有大学文化程度的人数由6215人上升为8188人。",
                "2026-05-12")
    assert quoted(figs, "role") == [("6215人", "level"), ("8188人", "level")]


def test_a_control_bound_after_the_rate_is_a_target(extractor: Extractor) -> None:
    """年末城镇登记失业率为2.36%，控制在4.5%以内: the rate, then the bound it was held within (a goal);
    失业率控制在3%以内 alone states the rate, a level."""
    figs = _run(extractor, "年末城镇登记失业率为2.36%，控制在4.5%以内。全年城镇登记失业率控制在3%以内。", "2026-04-22")
    assert quoted(figs, "role", "qualifier") == [
        ("2.36%", "level", "exact"), ("4.5%以内", "target", "upper_bound"), ("3%以内", "level", "upper_bound")]


def test_a_caption_number_before_its_first_word(extractor: Extractor) -> None:
    """表2 人口主要数据 on a line of its own, no head under it: its 2 read with 人 was a figure (2人)."""
    figs = _run(extractor, "表2 人口主要数据\n全县常住人口26.38万人。\n图3 床位数变化\n全县床位2000张。", "2026-05-18")
    assert quoted(figs, "value") == [("26.38万人", 263800), ("2000张", 2000)]
