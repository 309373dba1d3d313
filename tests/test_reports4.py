"""What the blind set data/gold/reports4 found: work reports of a city, a district and a banner,
statistics, 卫健, 人社 and 医保 bulletins and a 1—11月 news item, four read from a page (numbers
broken at line ends, spaced characters, a page number inside a sentence, full-width digits, a fund's
table read as lines). Sentences invented, in the style of such texts; the figures worked out by hand
from GUIDE.md."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run


def _quotes(ex: Extractor, text: str) -> list[tuple[str, float, str]]:
    return [(f["quote"], f["value"], f["measure"]) for f in ex.extract_text(text).figures]


def test_a_chinese_numeral_counting_bands_is_no_tenth_of_the_amount(extractor: Extractor) -> None:
    """1670元两档: 两 began a count of bands (档), not the tenths of a spoken price (两块八 = 2.8 元);
    read as one, the wage was 1670.2 元 (a wrong value)."""
    assert _quotes(extractor, "最低工资标准调整为每月1790元和1670元两档。") == [
        ("1790元", 1790, "元"), ("1670元", 1670, "元"), ("两档", 2, "档")]
    assert _quotes(extractor, "车票5元3角。") == [("5元3角", 5.3, "元")]


def test_a_count_of_people_before_cheng(extractor: Extractor) -> None:
    """名 before 城镇/城乡 counts people: refused before 城 (for 名城, a famous city, which no numeral
    comes right before), 2000名城镇失业人员 gave no figure at all."""
    assert _quotes(extractor, "帮助2000名城镇失业人员实现再就业。") == [("2000名", 2000, "名")]
    assert _quotes(extractor, "全年为四万五千余名城乡居民发放临时救助资金。") == [("四万五千余名", 45000, "名")]
    assert _quotes(extractor, "该市获评国家历史文化名城。") == []


def test_livestock_counted_large_and_small_together(extractor: Extractor) -> None:
    assert _quotes(extractor, "牲畜存栏突破300万头只。") == [("突破300万头只", 3000000, "头只")]


def test_a_fund_table_by_insurance_read_as_lines(extractor: Extractor) -> None:
    """险种 收入 支出 增长%: a fund's table by insurance, the caption's 亿元 for the money columns."""
    page = ("全市医保基金总收入103.58亿元。\n表1 2023年基本医疗保险基金收支情况 单位：亿元\n险种 收入 支出 增长%\n"
            "职工医保 38.62 33.95 8.1\n居民医保 64.96 62.26 5.9\n三、待遇保障\n全年享受待遇3320万人次。")
    figs = _run(extractor, page, "2024-03-29")
    assert [(f["quote"], f["value"], f["role"], f["unit"]) for f in figs] == [
        ("103.58亿元", 10358000000, "level", "CNY"),
        ("38.62", 3862000000, "level", "CNY"), ("33.95", 3395000000, "level", "CNY"), ("8.1", 8.1, "change", "percent"),
        ("64.96", 6496000000, "level", "CNY"), ("62.26", 6226000000, "level", "CNY"), ("5.9", 5.9, "change", "percent"),
        ("3320万人次", 33200000, "level", "person_time")]


def test_a_due_date_opening_a_clause_with_its_own_figure_is_that_figures(extractor: Extractor) -> None:
    """我们将新增托位3000个，…，力争到2025年…65%: the date after 3000个 is due for the 65% of its own
    clause; a plan with no year of its own, nor one named before it, has no period. A date after a plan whose clause holds no
    figure of its own (规划床位1500张，预计2025年底竣工) is still the plan's."""
    figs = _run(extractor, "我们将新增托位3000个，新建社区养老服务设施50个以上，力争到2025年全市护理型床位占比达到65%。",
                "2024-01-26")
    assert [(f["quote"], f["role"], f["period"]) for f in figs] == [
        ("3000个", "target", None), ("50个以上", "target", None), ("65%", "target", "2025")]
    figs = _run(extractor, "新院区规划床位1500张，预计2025年底竣工。", "2024-01-26")
    assert [(f["quote"], f["period"]) for f in figs] == [("1500张", "2025")]


def test_the_year_of_a_from_figure_is_not_the_to_figures(extractor: Extractor) -> None:
    """由2022年的5.82张增加到5.97张 under 2023年末: 2022 dates the first figure only."""
    figs = _run(extractor, "2023年末，全区床位4.35万张。每千人口床位数由2022年的5.82张增加到5.97张。", "2024-06-18")
    assert [(f["quote"], f["period"]) for f in figs] == [("4.35万张", "2023"), ("5.82张", "2022"), ("5.97张", "2023")]


def test_a_list_opened_by_qizhong_runs_past_its_colon_and_commas(extractor: Extractor) -> None:
    """其中：医院3.62万张（占83.2%），基层医疗卫生机构0.58万张: every part is a count of beds, though the
    colon and a comma cut the list into clauses and a share stands between two parts; a semicolon ends
    the list."""
    figs = extractor.extract_text(
        "全区医疗卫生机构床位4.35万张，其中：医院3.62万张（占83.2%），基层医疗卫生机构0.58万张（占13.3%）。").figures
    assert [(f["quote"], f["metric"]) for f in figs] == [
        ("4.35万张", "beds.total"), ("3.62万张", "beds.total"), ("83.2%", "percent.share"),
        ("0.58万张", "beds.total"), ("13.3%", "percent.share")]
    figs = extractor.extract_text("全市地区生产总值100亿元，其中第一产业10亿元，全市常住人口50万人。").figures
    assert [f["metric"] for f in figs] == ["money.gdp", "money.gdp", "quantity.population"]
    # a part its own cue rule names is no carried part: 新增取得证书 are skills, not training
    text = "全市开展职业技能培训3.2万人次，其中农民工培训1.86万人次，新增取得职业技能等级证书1.4万人。"
    figs = extractor.extract_text(text).figures
    assert [f["metric"] for f in figs] == ["jobs.training", "jobs.training", "jobs.skills"]
    # a semicolon ends the list: 新增技能人才 after it names its own kind, not a part of the training
    figs = extractor.extract_text("全市开展职业技能培训1.6万人次，其中农民工培训2300余人次；新增技能人才9500人。").figures
    assert [f["metric"] for f in figs] == ["jobs.training", "jobs.training", "jobs.skills"]


def test_a_clause_that_only_bounds_counts_what_the_figure_before_counts(extractor: Extractor) -> None:
    """失业率为3.64%，控制在4.5%以内: the bound is of the unemployment rate (jobs), not a bare percent;
    参加失业保险人数, a bulletin's wording of enrolment, is an insurance figure, not a jobs one."""
    figs = extractor.extract_text("年末城镇登记失业率为3.64%，控制在4.5%以内。").figures
    assert [(f["quote"], f["metric"]) for f in figs] == [
        ("3.64%", "jobs.unemployment_rate"), ("4.5%以内", "jobs.unemployment_rate")]
    figs = extractor.extract_text("全市地区生产总值增长5.2%，居民消费价格涨幅控制在3%以内。").figures
    assert [f["metric"] for f in figs] == ["money.gdp", "percent.value"]
    figs = extractor.extract_text("年末全市参加失业保险人数为32.1万人。").figures
    assert [f["metric"] for f in figs] == ["insurance.enrolment"]
