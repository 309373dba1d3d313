"""What the blind set data/gold/reports5 found: work reports of a city and a county, a 人社 bulletin of
an autonomous prefecture, a league's (盟) statistics, 卫健, 医保 and 民政 releases, a province's budget
report, a city's 十五五 plan and a district's half-year jobs news; four read from a page (numbers broken
at line ends, spaced characters, full-width digits, a running head and a page number inside a
sentence, a farm output table read as lines). Sentences invented, in the style of such texts; the
figures worked out by hand from GUIDE.md."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted


def _quotes(ex: Extractor, text: str) -> list[tuple[str, float, str]]:
    return [(f["quote"], f["value"], f["measure"]) for f in ex.extract_text(text).figures]


def test_camels_couples_and_bodies_are_counted(extractor: Extractor) -> None:
    """峰 counts camels, 对 couples, 具 bodies: 17.9万峰, 1.16万对 and 1.37万具 gave no figure. A Chinese
    numeral before 峰 names a place (五峰县), 1对1 and 一对一 pair people off, 具有 and 具体 are words."""
    assert _quotes(extractor, "年末牲畜存栏156.2万头只，其中骆驼17.9万峰。") == [
        ("156.2万头只", 1562000, "头只"), ("17.9万峰", 179000, "峰")]
    assert _quotes(extractor, "全年办理结婚登记1.16万对，离婚登记4280对；火化遗体1.37万具。") == [
        ("1.16万对", 11600, "对"), ("4280对", 4280, "对"), ("1.37万具", 13700, "具")]
    assert _quotes(extractor, "五峰县和九峰山景区接待游客12万人次。") == [("12万人次", 120000, "人次")]
    assert _quotes(extractor, "开展1对1帮扶300户，一对一结对帮扶120户，其中2具有资质。") == [
        ("300户", 300, "户"), ("120户", 120, "户")]


def test_a_farm_output_table_headed_by_its_products(extractor: Extractor) -> None:
    """产品 单位 产量 比上年增长%: a table whose first column is headed 产品, its unit in a column of
    its own, read a row a line; no row was read (产品 was no label head)."""
    page = ("2024年全盟粮食产量达到3.62亿斤，增长5.1%。\n表1 2024年主要农畜产品产量\n产品 单位 产量 比上年增长%\n"
            "粮食 万吨 18.1 5.1\n鲜奶 万吨 2.15 -1.8\n三、工业\n全年规模以上工业增加值比上年增长9.4%。")
    figs = _run(extractor, page, "2025-04-10")
    assert quoted(figs, "value", "measure", "role", "period") == [
        ("3.62亿斤", 362000000, "斤", "level", "2024"), ("5.1%", 5.1, "%", "change", "2024"),
        ("18.1", 181000, "吨", "level", "2024"), ("5.1", 5.1, "%", "change", "2024"),
        ("2.15", 21500, "吨", "level", "2024"), ("-1.8", -1.8, "%", "change", "2024"),
        ("9.4%", 9.4, "%", "change", "2024")]


def test_a_page_foot_with_the_issuer_and_its_number_inside_a_sentence(extractor: Extractor) -> None:
    """平江县人民政府   — 3 —: a page's foot, the issuer's name and the page number, set between the two
    halves of a sentence the page break cut; read as body text it glued 3 to 1.3万人次 and lost it."""
    page = ("民生事业：发放创业担保贷款1.26亿元，开展职业技能培训\n平江县人民政府                         — 3 —\n"
            "1.3万人次。新增床位500张。")
    figs = _run(extractor, page, "2025-01-10", "平江县人民政府")
    assert quoted(figs, "metric") == [("1.26亿元", "jobs.funds"), ("1.3万人次", "jobs.training"),
                                      ("500张", "beds.added")]


def test_the_goal_written_between_the_goal_word_and_the_share_done(extractor: Extractor) -> None:
    """完成全年目标任务1.5万人的62.4%: 1.5万人 is the year's goal (a target, though 完成 cancels the goal
    word as a cue), 62.4% the share of it done, a result of the new jobs counted before it."""
    figs = _run(extractor, "1-6月，全区城镇新增就业9362人，完成全年目标任务1.5万人的62.4%；帮扶城镇失业人员再就业2185人。",
                "2025-07-18")
    assert quoted(figs, "role", "metric") == [
        ("9362人", "level", "jobs.urban_new"), ("1.5万人", "target", "jobs.urban_new"),
        ("62.4%", "level", "jobs.urban_new"), ("2185人", "level", "jobs.reemployment")]
    figs = _run(extractor, "全州城镇新增就业3.56万人，完成省下达目标任务的118.7%。", "2024-05-20")
    assert quoted(figs, "role", "metric") == [("3.56万人", "level", "jobs.urban_new"), ("118.7%", "level", "jobs.urban_new")]


def test_a_goal_in_chinese_numerals_is_the_goal_too(extractor: Extractor) -> None:
    """完成全年目标任务一万五千人的百分之六十二: the goal after the goal word is a target whether its digits are
    Arabic or Chinese (roles.yaml goal_after had named a macro the lexicon does not expand, so it matched only
    Arabic digits and the goal in Chinese numerals read as a level)."""
    figs = _run(extractor, "上半年，全区完成全年目标任务一万五千人的百分之六十二；完成年度计划八亿元的百分之七十五。",
                "2025-07-18")
    assert quoted(figs, "role") == [("一万五千人", "target"), ("百分之六十二", "level"), ("八亿元", "target"),
                                    ("百分之七十五", "level")]


def test_a_live_stream_showing_job_posts_is_a_hiring_event(extractor: Extractor) -> None:
    """组织“直播带岗”活动26场: 带岗 shows job posts to seekers, a hiring event (jobs), not a bare count."""
    figs = extractor.extract_text("全区共收集岗位信息1.2万余个，组织“直播带岗”活动26场，参与求职者达8600余人次。").figures
    assert [(f["quote"], f["metric"]) for f in figs] == [
        ("1.2万余个", "jobs.posts"), ("26场", "jobs.hiring"), ("8600余人次", "jobs.job_seekers")]


def test_a_yearly_average_due_at_the_end_of_the_plan_is_over_the_plans_years(extractor: Extractor) -> None:
    """“十五五”主要目标 … 到2030年，…年均增长6%左右: the average growth a plan sets is over its years
    (2026-2030), though the date that opens the clause sets the level (突破一千四百亿元) due at 2030."""
    page = ("二、“十五五”主要目标\n到2030年，全市地区生产总值突破一千四百亿元，年均增长6%左右；"
            "一般公共预算收入年均增长6%以上。")
    figs = _run(extractor, page, "2026-02-10")
    assert quoted(figs, "role", "period") == [
        ("突破一千四百亿元", "target", "2030"), ("6%左右", "target", "2026-2030"), ("6%以上", "target", "2026-2030")]
    # a yearly average with no plan about it keeps the year it is due
    figs = _run(extractor, "到2030年，粮食产量年均增长1%。", "2026-02-10")
    assert quoted(figs, "role", "period") == [("1%", "target", "2030")]
