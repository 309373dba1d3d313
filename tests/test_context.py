"""The context stage: subjects, and what carries over between clauses and sentences.

Sentences are our own, written the way work reports and statistical bulletins write;
the expected metrics, roles and subjects are worked out by hand.
"""

from __future__ import annotations

import pytest

from stats.explain import explain
from stats.run.pipeline import Extractor


def _rows(ex: Extractor, text: str, *fields: str) -> list[tuple]:
    return [tuple(f[k] for k in ("quote", *fields)) for f in ex.extract_text(text).figures]


def test_a_number_before_its_noun_takes_the_noun_as_subject(extractor: Extractor) -> None:
    assert _rows(extractor, "新院区设有48个重症监护床位", "metric", "subject", "unit") == [
        ("48个", "beds.icu", "重症监护床位", "bed")]
    assert _rows(extractor, "病房楼建成后可提供360个床位", "metric", "role") == [("360个", "beds.total", "target")]


def test_parts_after_qizhong_share_the_whole_s_noun(extractor: Extractor) -> None:
    got = _rows(extractor, "全院编制床位1200张，其中南院区700张、北院区500张", "metric", "subject")
    assert got == [("1200张", "beds.total", "编制床位"), ("700张", "beds.total", "编制床位"),
                   ("500张", "beds.total", "编制床位")]


def test_qizhong_opening_a_sentence_carries_the_metric_across(extractor: Extractor) -> None:
    got = _rows(extractor, "全年发放创业担保贷款6.4亿元。其中，高校毕业生贷款2.2亿元，退役军人贷款0.8亿元。",
                "metric", "topic")
    assert got == [("6.4亿元", "jobs.funds", "jobs"), ("2.2亿元", "jobs.funds", "jobs"),
                   ("0.8亿元", "jobs.funds", "jobs")]


def test_a_new_paragraph_carries_nothing_over(extractor: Extractor) -> None:
    got = _rows(extractor, "全年发放创业担保贷款6.4亿元。\n\n其中，银行贷款余额增长12亿元。", "metric")
    assert got == [("6.4亿元", "jobs.funds"), ("12亿元", "money.loans")]  # a balance of loans, no jobs fund


def test_changes_after_a_level_measure_the_level(extractor: Extractor) -> None:
    got = _rows(extractor, "全市规模以上企业用工52万人，比上年同期增加1.3万人，增长2.6%", "metric", "role", "subject")
    assert got == [("52万人", "jobs.hiring", "level", "规模以上企业用工"),
                   ("1.3万人", "jobs.hiring", "change", "规模以上企业用工"),
                   ("2.6%", "jobs.hiring", "change", "规模以上企业用工")]


@pytest.mark.parametrize(("text", "metric"), [
    ("上半年城镇新增就业7.6万人，完成年度目标任务的58.5%", "jobs.urban_new"),
    ("全年农村劳动力转移就业42万人，完成年计划102.4%", "jobs.labour_transfer"),
    ("前三季度新增养老床位1800张，为年度计划的90%", "beds.added"),
])
def test_the_share_of_a_target_done_takes_the_subject_s_metric(extractor: Extractor, text: str, metric: str) -> None:
    figs = extractor.extract_text(text).figures
    assert [(f["metric"], f["role"]) for f in figs] == [(metric, "level"), (metric, "level")]
    assert figs[1]["unit"] == "percent"
    assert figs[0]["subject"] == figs[1]["subject"] != ""


def test_a_gap_to_a_target_is_a_change_of_the_subject(extractor: Extractor) -> None:
    got = _rows(extractor, "全市城镇登记失业率为3.2%，低于控制目标1.3个百分点", "metric", "role")
    assert got == [("3.2%", "jobs.unemployment_rate", "level"), ("1.3个百分点", "jobs.unemployment_rate", "change")]


def test_a_gap_word_cancels_the_plan_word_for_the_clauses_after_it(extractor: Extractor) -> None:
    """超年度目标 is a result beyond the goal: the figures after it stay levels."""
    got = _rows(extractor, "全市职工医保参保人数86万人，超年度目标2.1万人，参保率在97%以上；全市新增床位300张",
                "role")
    assert got == [("86万人", "level"), ("2.1万人", "change"), ("97%以上", "level"), ("300张", "level")]


def test_net_growth_is_a_change(extractor: Extractor) -> None:
    assert _rows(extractor, "全市工伤保险参保人数41万人，较上年净增2.3万人", "role", "subject") == [
        ("41万人", "level", "工伤保险参保人数"), ("2.3万人", "change", "工伤保险参保人数")]


def test_a_share_done_takes_the_subject_even_where_the_metric_stays(extractor: Extractor) -> None:
    """Enrolment shares stay percent figures (no covers_changes), but they count the same thing."""
    got = _rows(extractor, "全市失业保险参保人数52万人，完成年计划的101.3%", "metric", "subject")
    assert got == [("52万人", "insurance.enrolment", "失业保险参保人数"),
                   ("101.3%", "percent.value", "失业保险参保人数")]


def test_an_addition_is_no_total(extractor: Extractor) -> None:
    got = _rows(extractor, "今年全市新增养老床位1500张，床位总数达到3.6万张", "metric")
    assert got == [("1500张", "beds.added"), ("3.6万张", "beds.total")]


def test_a_noun_plan_word_governs_its_own_clause_only(extractor: Extractor) -> None:
    got = _rows(extractor, "项目总规划用地面积12万平方米，设置床位600张，规划床位1000张", "role", "metric")
    assert got == [("12万平方米", "target", "quantity.area"), ("600张", "level", "beds.total"),
                   ("1000张", "target", "beds.planned")]


def test_a_plan_word_inside_a_sentence_stops_at_a_semicolon(extractor: Extractor) -> None:
    text = "全市城镇新增就业6.2万人，完成年度目标的104%；明年计划新增就业6.5万人；城镇登记失业率为3.1%"
    assert _rows(extractor, text, "role") == [("6.2万人", "level"), ("104%", "level"), ("6.5万人", "target"),
                                               ("3.1%", "level")]


def test_a_plan_word_heading_the_sentence_governs_its_semicolon_list(extractor: Extractor) -> None:
    text = "力争2025年底，全市养老机构护理型床位占比达到60%；新增普惠养老床位2000张；培训养老护理员3000人次"
    assert {r[1] for r in _rows(extractor, text, "role")} == {"target"}


def test_money_already_secured_is_no_target(extractor: Extractor) -> None:
    got = _rows(extractor, "今年以来已争取中央预算内资金3.2亿元，拨付到位2.8亿元", "role")
    assert got == [("3.2亿元", "level"), ("2.8亿元", "level")]
    assert _rows(extractor, "今年争取中央资金5亿元以上", "role") == [("5亿元以上", "target")]


def test_a_plan_announcing_its_goals_makes_its_cumulative_totals_targets(extractor: Extractor) -> None:
    text = "《方案》明确，到2027年，全市城镇累计新增就业30万人以上，城镇调查失业率控制在5.5%以内"
    assert _rows(extractor, text, "role") == [("30万人以上", "target"), ("5.5%以内", "target")]


@pytest.mark.parametrize(("text", "metric", "topic"), [
    ("全市失业保险参保人数达到120万人", "insurance.enrolment", "other"),
    ("全市企业劳动合同签订率达到98%", "labour.compliance_rate", "percent"),
    ("现场共有1.5万名求职者进场求职", "jobs.job_seekers", "jobs"),
    ("全年举办各类招聘活动420场次", "jobs.hiring", "jobs"),
    ("输转农村富余劳动力23万人次", "jobs.labour_transfer", "jobs"),
    ("全市私营企业从业人员达到64万人", "jobs.employed_staff", "jobs"),
    ("医院实际开放病床850张", "beds.total", "beds"),
    ("全市护理型床位达到1.1万张", "beds.care", "beds"),
])
def test_vocabulary(extractor: Extractor, text: str, metric: str, topic: str) -> None:
    assert _rows(extractor, text, "metric", "topic")[0][1:] == (metric, topic)


def test_explain_shows_the_subject_and_why_and_every_dropped_number(extractor: Extractor) -> None:
    out = explain(extractor, "根据第12条规定，全市城镇新增就业5.6万人，完成年度目标的62%，热线12345全天服务，项目代码3306")
    assert "subject «城镇新增就业»: the words before the number (cue '城镇新增就业')" in out
    assert "subject «城镇新增就业»: the share of a target done: carried from «5.6万人», metric jobs.urban_new" in out
    assert "excluded by exclude." in out  # 第12条 names the exclusion rule that dropped it
    assert "dropped «12345»: excluded by exclude.phone" in out
    assert "dropped «3306»: no measure word" in out


def test_both_ends_of_a_from_to_pair_name_the_same_subject(extractor: Extractor) -> None:
    """由…增长至…, 从…提高到…: the verb and 至/到 between the two ends are no subject of the second."""
    got = _rows(extractor, "全县护理型床位由860张增加至1320张", "subject")
    assert got == [("860张", "护理型床位"), ("1320张", "护理型床位")]
    got = _rows(extractor, "城镇登记失业人员从3.1万人下降到2.6万人", "subject")
    assert got == [("3.1万人", "城镇登记失业人员"), ("2.6万人", "城镇登记失业人员")]


@pytest.mark.parametrize(("text", "want"), [
    # a gap to an average or a wider area is a difference of two figures
    ("全区规模以上工业增加值增长9.6%，高于全市平均水平1.8个百分点",
     [("9.6%", "change"), ("1.8个百分点", "change")]),
    ("全县地区生产总值增长6.8%，增速高于榆林市1.1个百分点", [("6.8%", "change"), ("1.1个百分点", "change")]),
    # 超 links a change verb to its number as 超过 does
    ("茶农户均增收超2万元", [("超2万元", "change")]),
    ("一季度地区生产总值增长6.3%，增速比全省高0.4个百分点", [("6.3%", "change"), ("0.4个百分点", "change")]),
    ("农村自来水普及率较三年前提高了近两成", [("三年", "level"), ("近两成", "change")]),  # 三年: a duration
    # a level bounded from below after 低于 stays a level
    ("城镇调查失业率低于5.5%", [("低于5.5%", "level")]),
])
def test_gaps_and_linked_changes(extractor: Extractor, text: str, want: list[tuple]) -> None:
    assert _rows(extractor, text, "role") == want


def test_a_change_against_a_quarter_end_measures_the_rate_before_it(extractor: Extractor) -> None:
    got = _rows(extractor, "6月末，全省城镇调查失业率为5.3%，较一季度末下降0.2个百分点", "metric", "role")
    assert got == [("5.3%", "jobs.unemployment_rate", "level"), ("0.2个百分点", "jobs.unemployment_rate", "change")]


def test_a_metric_named_with_a_reset_word_keeps_its_target(extractor: Extractor) -> None:
    """实际使用外资 names a metric; 实际 of 实际完成 still makes the figure a result."""
    text = "今年确定的目标是，全年实际使用外资增长5%以上，已实际完成3.1%。"
    assert _rows(extractor, text, "role") == [("5%以上", "target"), ("3.1%", "level")]


def test_a_list_of_places_shares_the_metric_of_its_first_item(extractor: Extractor) -> None:
    got = _rows(extractor, "分地区看，西安市去年城镇新增就业8.6万人，宝鸡市2.4万人，咸阳市上半年1.9万人。",
                "metric", "place")
    assert got == [("8.6万人", "jobs.urban_new", "西安市"), ("2.4万人", "jobs.urban_new", "宝鸡市"),
                   ("1.9万人", "jobs.urban_new", "咸阳市")]
    # an item names its own kind: it keeps it (从业人员 is not the new jobs before it)
    got = _rows(extractor, "西安市城镇新增就业8.6万人，宝鸡市从业人员24万人。", "metric")
    assert got == [("8.6万人", "jobs.urban_new"), ("24万人", "jobs.employed_staff")]
    # a clause with more than a place in it is no list item
    got = _rows(extractor, "西安市城镇新增就业8.6万人，宝鸡市举办活动参与群众2.4万人。", "metric")
    assert got[1][1] != "jobs.urban_new"


def test_the_share_a_list_makes_of_the_whole_takes_the_list_s_metric(extractor: Extractor) -> None:
    got = _rows(extractor, "西安市城镇新增就业8.6万人，宝鸡市2.4万人，两市合计占全省的35.2%。", "metric", "topic")
    assert got[2] == ("35.2%", "jobs.urban_new", "jobs")
    # a part that names itself is a share of its own (女性占), not the list's
    assert _rows(extractor, "全市新增就业6万人，其中女性占45%。", "metric")[1] == ("45%", "percent.share")


def test_a_clause_that_only_says_respectively_reads_the_clause_before(extractor: Extractor) -> None:
    text = "年末床位数居前三位的是甲县、乙县和丙县，分别为5200张、4800张和4100张。"
    assert [t for _, t in _rows(extractor, text, "topic")] == ["beds", "beds", "beds"]
    # across a semicolon the clause before is another item: nothing leans on it
    text = "全县养老床位3200张；分别为120张、80张的两所敬老院今年投用。"
    assert _rows(extractor, text, "topic")[1:3] == [("120张", "other"), ("80张", "other")]


def test_the_next_place_of_a_list_with_its_bare_verb_takes_the_list_s_metric(extractor: Extractor) -> None:
    text = "甲省上半年新增养老床位9600张，乙省新增8800张，丙省新增7500张。"
    assert [t for _, t in _rows(extractor, text, "topic")] == ["beds", "beds", "beds"]


def test_a_change_against_last_year_s_end_measures_the_figure_before(extractor: Extractor) -> None:
    text = "截至6月底，全市医疗卫生机构床位总数达到5.2万张，比去年底增加2100张。"
    assert _rows(extractor, text, "topic", "role") == [("5.2万张", "beds", "level"), ("2100张", "beds", "change")]


def test_a_cumulative_goal_stays_a_goal(extractor: Extractor) -> None:
    assert _rows(extractor, "到2025年底，全市力争实现城镇新增就业累计65万人以上。", "role") == [
        ("65万人以上", "target")]
    # a result reported after the plan, across a mark and a number, is a level
    assert _rows(extractor, "项目计划总投资8亿元，目前累计完成投资6亿元。", "role") == [
        ("8亿元", "target"), ("6亿元", "level")]


def test_a_work_report_setting_goals_makes_its_figures_targets(extractor: Extractor) -> None:
    text = "报告提出，今年全市地区生产总值增长6.5%左右，城镇新增就业5万人以上。"
    assert _rows(extractor, text, "role") == [("6.5%左右", "target"), ("5万人以上", "target")]
    # a report's review is no goal
    assert _rows(extractor, "报告回顾，去年全市地区生产总值增长6.2%。", "role") == [("6.2%", "change")]


def test_a_change_against_a_written_year_s_same_period_measures_the_figure_before(extractor: Extractor) -> None:
    text = "1~5月，全市发放创业担保贷款3.2亿元，比2019年同期增长1.1倍。"
    assert _rows(extractor, text, "topic") == [("3.2亿元", "jobs"), ("1.1倍", "jobs")]


def test_a_city_setting_a_goal_makes_its_figures_targets(extractor: Extractor) -> None:
    text = "湛江市提出，到2027年港口货物吞吐量突破4亿吨，集装箱吞吐量达到200万标准箱。"
    assert [r for _, r in _rows(extractor, text, "role")] == ["target", "target"]


def test_subject_words_are_stripped_as_the_rule_files_order_them(extractor: Extractor) -> None:
    """The lead words go first listed first, the trailing words longest first: checked against
    a plain scan of the word lists on strings made of the rules' own words."""
    import random

    ctx = extractor.new_context()
    lead, trail = ctx._lead, ctx._trail
    assert lead and trail
    rng = random.Random(7)
    words = list(lead.words) + list(trail.words)
    for _ in range(3000):
        s = "".join(rng.choice(words) for _ in range(rng.randint(1, 3)))[rng.randint(0, 2):]
        want_head = next((w for w in lead.words if s.startswith(w)), "")
        want_tail = next((w for w in sorted(trail.words, key=len, reverse=True) if s.endswith(w)), "")
        assert (lead.head(s), trail.tail(s)) == (want_head, want_tail), s


def test_a_headline_restating_a_target_of_its_body_is_that_target(extractor: Extractor) -> None:
    # the headline drops the body's plan word (计划): its figure, the same beds, is the same target;
    # a headline figure the body states as a level, or no figure of the body, stays a level
    text = ("滁州市今年新增养老床位1500张\n本报讯（记者 李某）今年，滁州市计划新增养老床位1500张，"
            "其中护理型床位900张。去年全市新增养老床位1300张。\n"
            "蚌埠市去年新增养老床位1100张\n本报讯（记者 王某）去年，蚌埠市新增养老床位1100张。\n")
    roles = [(f["quote"], f["role"]) for f in extractor.extract_text(text).figures]
    assert roles == [("1500张", "target"), ("1500张", "target"), ("900张", "target"), ("1300张", "level"),
                     ("1100张", "level"), ("1100张", "level")]


def test_a_headline_figure_its_body_states_as_a_level_and_a_target_stays_a_level(extractor: Extractor) -> None:
    # the body says where the rate stands (稳定在) and what it must stay at (确保…不低于): the headline's
    # figure, written as the level is, is that level
    text = ("宿州市参保率稳定在96%以上\n本报讯（记者 张某）截至9月底，宿州市参保率稳定在96%以上。"
            "市医保局表示，将确保全年参保率不低于96%。\n")
    roles = [(f["quote"], f["role"]) for f in extractor.extract_text(text).figures]
    assert roles == [("96%以上", "level"), ("96%以上", "level"), ("不低于96%", "target")]


def test_items_parted_by_a_pause_name_their_own_counts(extractor: Extractor) -> None:
    # (the first item's 新增就业 stands in the clause of all three; each later item names its own count)
    got = _rows(extractor, "今年城镇新增就业2.15万人、失业人员再就业0.64万人、就业困难人员就业0.21万人。", "metric")
    assert got == [("2.15万人", "jobs.urban_new"), ("0.64万人", "jobs.reemployment"), ("0.21万人", "jobs.assistance")]
    # a word heading the list stays with an item that names the rule's cue itself (床位: beds added, 新增 before)
    got = _rows(extractor, "年内新增日间照料中心15个、护理型床位360张。", "metric")
    assert got[1] == ("360张", "beds.added")
    # and so does the scale the first item writes (每千常住人口: per thousand people, no head count of nurses)
    got = _rows(extractor, "每千常住人口执业（助理）医师2.87人、注册护士3.12人。", "metric", "unit")
    assert got == [("2.87人", "quantity.people_per_1000", "per_1k_people"),
                   ("3.12人", "quantity.people_per_1000", "per_1k_people")]
    # and so does a verb heading the list where the item names a count of another topic (teachers hired)
    got = _rows(extractor, "全县公开招聘小学教师120名、幼儿园教师45名。", "metric")
    assert got == [("120名", "jobs.hiring"), ("45名", "jobs.hiring")]
    # a bare next item names nothing of its own: the clause's count still names it
    assert _rows(extractor, "城镇新增就业1.2万人、1.5万人。", "metric") == [
        ("1.2万人", "jobs.urban_new"), ("1.5万人", "jobs.urban_new")]


def test_respective_shares_done_pair_with_the_counts_in_order(extractor: Extractor) -> None:
    got = _rows(extractor, "城镇新增就业2.1万人，失业人员再就业0.7万人，分别完成年度计划的104.2%和98.5%。", "metric")
    assert got == [("2.1万人", "jobs.urban_new"), ("0.7万人", "jobs.reemployment"),
                   ("104.2%", "jobs.urban_new"), ("98.5%", "jobs.reemployment")]
    # (shares of a whole, 分别占全市的, keep their own reading, as one after its count alone does)
    got = _rows(extractor, "甲县粮食产量30.2万吨，乙县粮食产量28.7万吨，分别占全市的21.3%和20.2%。", "metric")
    assert [m for _, m in got[2:]] == ["percent.share", "percent.share"]


def test_a_part_larger_than_the_change_before_qizhong_is_no_part_of_it(extractor: Extractor) -> None:
    got = _rows(extractor, "每千名老年人拥有养老床位约28张，比上年增加2张。其中，某镇敬老院床位由40张增加到90张。", "metric")
    # a home's beds (敬老院床位: care beds), no beds per thousand elders
    assert [m for _, m in got[2:]] == ["beds.care", "beds.care"]
    # (a part no larger than the change still leans on it)
    got = _rows(extractor, "每千名老年人拥有养老床位28张，比上年增加2张。其中，城区增加1.5张。", "metric", "role")
    assert got[2] == ("1.5张", "beds.per_1000", "change")
    # (a part larger than the change but not than the level the change measures is a part of that level)
    got = _rows(extractor, "年末全县常住人口52.4万人，比上年末减少0.3万人。其中，女性25.9万人。", "metric")
    assert got[2] == ("25.9万人", "quantity.population")
