"""Extraction on real sentences: values, units, qualifiers, roles, periods, metrics, exclusions.

Expected values are worked out by hand from GUIDE.md, sentence by sentence.
"""

from __future__ import annotations

import pytest

from stats.run.pipeline import Extractor


def _figs(ex: Extractor, text: str) -> list[tuple]:
    return [(f["quote"], f["value"], f["measure"], f["qualifier"], f["role"]) for f in ex.extract_text(text).figures]


def test_from_to_pair_gives_two_levels_each_with_its_own_year(extractor: Extractor) -> None:
    figs = extractor.extract_text("2013-2019年，全市总床位数由14.74万张增长至23.19万张").figures
    assert [(f["value"], f["unit"], f["role"], f["period"], f["metric"]) for f in figs] == [
        (147400, "bed", "level", "2013", "beds.total"),
        (231900, "bed", "level", "2019", "beds.total"),
    ]


def test_targets_and_qualifiers(extractor: Extractor) -> None:
    figs = extractor.extract_text("确保全年城镇新增就业60万人以上，调查失业率控制在5.5%左右").figures
    assert [(f["value"], f["qualifier"], f["role"], f["metric"]) for f in figs] == [
        (600000, "lower_bound", "target", "jobs.urban_new"),
        (5.5, "approx", "target", "jobs.unemployment_rate"),
    ]


def test_changes_and_levels(extractor: Extractor) -> None:
    assert _figs(extractor, "全市卫生总费用从440.93亿元增加到1424亿元，增长2.23倍，年均增长27.87%") == [
        ("440.93亿元", 44093000000, "元", "exact", "level"),
        ("1424亿元", 142400000000, "元", "exact", "level"),
        ("2.23倍", 2.23, "倍", "exact", "change"),
        ("27.87%", 27.87, "%", "exact", "change"),
    ]


def test_a_bound_after_a_measure_word_it_would_otherwise_refuse(extractor: Extractor) -> None:
    """所 refuses 以 after it (3所以 is the conjunction), but 所以上 is the measure and its bound."""
    assert _figs(extractor, "计划新建学校200所以上，所以上级部门加大投入") == [
        ("200所以上", 200, "所", "lower_bound", "target")]


def test_a_multiple_of_a_base_year_keeps_the_year_in_force(extractor: Extractor) -> None:
    """是2020年的1.8倍: 2020 is the base of the multiple, as in 比2020年, not its period."""
    figs = extractor.extract_text("2023年，全市参保人数达12.7万人，是2020年的1.8倍。").figures
    assert [(f["quote"], f["period"]) for f in figs] == [("12.7万人", "2023"), ("1.8倍", "2023")]


def test_a_year_named_after_shi_without_de_is_the_period(extractor: Extractor) -> None:
    """增幅最大的是2022年，…: 是 alone before a year names it; only 是…年的 makes it a ratio's base."""
    figs = extractor.extract_text("增幅最大的是2022年，全年城镇新增就业5.2万人。").figures
    assert [(f["quote"], f["period"]) for f in figs] == [("5.2万人", "2022")]


def test_comparison_base_keeps_a_target(extractor: Extractor) -> None:
    figs = extractor.extract_text("力争全年地区生产总值比上年增长6%左右").figures
    assert [(f["value"], f["qualifier"], f["role"], f["metric"]) for f in figs] == [
        (6, "approx", "target", "money.gdp")]  # the growth of GDP takes its metric (topic percent)


def test_reset_word_ends_a_target(extractor: Extractor) -> None:
    figs = extractor.extract_text("计划投资100亿元，截至目前已完成投资60亿元").figures
    assert [(f["value"], f["role"]) for f in figs] == [(1e10, "target"), (6e9, "level")]


@pytest.mark.parametrize(("text", "expected"), [
    ("全年接待游客人次1.3亿", [(1.3e8, "人次")]),
    ("帮助12万余外出务工人员返岗", [(120000, "人")]),
    ("分别提高2.1个、0.7个百分点", [(2.1, "百分点"), (0.7, "百分点")]),
    ("近六成企业", [(60, "%")]),
    ("百分之五十的居民", [(50, "%")]),
    ("城镇新增就业2万多名", [(20000, "名")]),
    ("重点培育2至3个龙头企业", [(2, "个")]),
    ("实现地区生产总值3.2万亿元", [(3.2e12, "元")]),
    ("全市300多万人参加，投资1000余万元", [(3e6, "人"), (1e7, "元")]),
    ("收入增长一倍，近千家企业", [(1, "倍"), (1000, "家")]),
    ("实际使用外资18.6亿美元", [(1.86e9, "美元")]),
    ("万余名干部下沉社区，近万家企业复工，投入资金逾亿元", [(10000, "名"), (10000, "家"), (1e8, "元")]),
    ("经济总量首次突破万亿元大关，打造万亿级产业集群", [(1e12, "元")]),
    ("粮食产量保持在1.3万亿斤以上", [(1.3e12, "斤")]),
    ("比上年下降0.5个千分点", [(0.5, "千分点")]),
    ("出生率为千分之六点二，工业增加值增长百分之八点五", [(6.2, "‰"), (8.5, "%")]),
    ("投入资金三点五亿元，下午三点五十分开会", [(3.5e8, "元")]),
    ("完成集装箱吞吐量118.6万标准箱", [(1.186e6, "标准箱")]),
    ("带动2万余茶农增收，转移农牧民1.5万人", [(20000, "人"), (15000, "人")]),
])
def test_hard_forms(extractor: Extractor, text: str, expected: list[tuple]) -> None:
    assert [(f["value"], f["measure"]) for f in extractor.extract_text(text).figures] == expected


@pytest.mark.parametrize("text", [
    "3月20日，我市召开电视电话会，下午2时30分开始",
    "深入学习贯彻十九届中央纪委四次全会精神",
    "按照“支持企业40条”中第27条等工作要求",
    "（下转2版）",
    "运-20、伊尔-76起飞，5G网络覆盖",
    "会上，万州、万盛、两江新区、四川、三甲医院作了发言",
    "稳就业是“六稳”之首，成渝地区双城经济圈，千方百计，一刀切",
    "数百万吨物资装备，一批项目",
    "可拨打热线1235012350咨询",
    "数以万计的群众参与，上万人次参观，服务千家万户",
    "全省贫困人口三分之一实现就业，三次产业结构比为6.9∶38.8∶54.3",
])
def test_not_figures(extractor: Extractor, text: str) -> None:
    assert extractor.extract_text(text).figures == []


def test_range_has_a_high_value(extractor: Extractor) -> None:
    f = extractor.extract_text("力争在未来3年时间里，重点培育2-3个百亿级龙头企业").figures
    rng = [x for x in f if x["quote"] == "2-3个"][0]
    assert (rng["value"], rng["value_high"], rng["role"]) == (2, 3, "target")


@pytest.mark.parametrize(("text", "expected"), [
    ("人口自然增长率为-0.9‰", [("-0.9‰", -0.9, "‰")]),
    ("工业生产者出厂价格同比增长−3.0%", [("-3.0%", -3.0, "%")]),  # the minus of mathematics is folded as well
    ("规模以上工业企业利润下降－2.3%", [("-2.3%", -2.3, "%")]),  # the page's full-width minus is folded
    ("二季度经济增速为负0.5%", [("负0.5%", -0.5, "%")]),
    ("全年净利润-3.2亿元", [("-3.2亿元", -3.2e8, "元")]),
])
def test_minus_sign_makes_a_negative_value(extractor: Extractor, text: str, expected: list[tuple]) -> None:
    assert [(f["quote"], f["value"], f["measure"]) for f in extractor.extract_text(text).figures] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("重点培育3-5个龙头企业，建设2－3个产业园区", [(3, 5), (2, 3)]),  # a dash after a digit is a range
    ("运-20、歼-20、伊尔-76共3型飞机", [(3, None)]),  # after a name, a code
    ("COVID-19疫情期间新增病例12例", [(12, None)]),
    ("负责3个项目，负债1.2亿元", [(3, None), (1.2e8, None)]),  # 负 in a word is no sign
])
def test_dash_that_is_no_minus(extractor: Extractor, text: str, expected: list[tuple]) -> None:
    assert [(f["value"], f["value_high"]) for f in extractor.extract_text(text).figures] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a plan's horizon with a verb of attainment states goals, every figure after it
    ("到2025年，全市常住人口城镇化率达到75%以上，研发经费投入强度突破2.5%",
     [("75%以上", "target"), ("突破2.5%", "target")]),
    ("到“十四五”末，全市养老床位总数达到8万张", [("8万张", "target")]),
    # the year alone, or a reset word before the verb, is no plan
    ("到2022年底，全市已建成5G基站7.3万个，累计达到9万个", [("7.3万个", "level"), ("9万个", "level")]),
    ("全市GDP由2019年的2万亿元增加到2023年的3万亿元，人均达到10万元",
     [("2万亿元", "level"), ("3万亿元", "level"), ("10万元", "level")]),
    # 将 used like 把 marks an object; a future 将 before a verb stays a plan
    ("将3个项目纳入省重点项目，将120家企业作为重点帮扶对象", [("3个", "level"), ("120家", "level")]),
    ("将2000万元用于困难群众救助", [("2000万元", "level")]),
    ("今年将新建学校30所，将安排10亿元用于支持小微企业", [("30所", "target"), ("10亿元", "target")]),
    ("计划将3个项目纳入省重点项目", [("3个", "target")]),  # the earlier cue still governs
    # a goal reached: the figures after it are results
    ("圆满完成全年目标任务，城镇新增就业72.3万人，城镇调查失业率5.3%", [("72.3万人", "level"), ("5.3%", "level")]),
    ("确保完成全年目标任务，城镇新增就业60万人以上", [("60万人以上", "target")]),
    ("全年完成年度投资计划的103.5%，完成投资120亿元", [("103.5%", "level"), ("120亿元", "level")]),
    ("年度计划投资2000亿元，截至11月底完成年度计划的97.5%", [("2000亿元", "target"), ("97.5%", "level")]),
    ("上半年，全市一般公共预算收入完成年度预算的52.3%", [("52.3%", "level")]),
    ("经过全市上下共同努力，全年城镇新增就业72万人，完成目标任务的120%", [("72万人", "level"), ("120%", "level")]),
    ("努力实现城镇新增就业60万人", [("60万人", "target")]),
    ("目标管理考核中，全市有15个单位获评优秀", [("15个", "level")]),
    # 预算 in the name of an account is no budget
    ("一般公共预算收入完成2300亿元，增长5.6%", [("2300亿元", "level"), ("5.6%", "change")]),
    ("今年一般公共预算收入预计增长5%", [("5%", "target")]),
    # 免疫规划 names the national immunisation programme, no plan
    ("全区适龄儿童免疫规划疫苗接种率保持在95%以上", [("95%以上", "level")]),
])
def test_target_cues_and_what_cancels_them(extractor: Extractor, text: str, expected: list[tuple]) -> None:
    assert [(f["quote"], f["role"]) for f in extractor.extract_text(text).figures] == expected


def test_a_target_list_after_a_colon_runs_to_the_end_of_the_sentence(extractor: Extractor) -> None:
    text = ("今年发展主要预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人以上；"
            "城镇调查失业率5.5%左右；居民消费价格涨幅3%左右；粮食产量保持在1.3万亿斤以上。")
    figs = extractor.extract_text(text).figures
    assert [(f["quote"], f["value"], f["qualifier"], f["role"], f["metric"]) for f in figs] == [
        ("5%左右", 5, "approx", "target", "money.gdp"),
        ("1200万人以上", 12000000, "lower_bound", "target", "jobs.urban_new"),
        ("5.5%左右", 5.5, "approx", "target", "jobs.unemployment_rate"),
        ("3%左右", 3, "approx", "target", "percent.consumer_prices"),
        ("1.3万亿斤以上", 1.3e12, "lower_bound", "target", "quantity.grain_output"),
    ]
    # the list broken over lines by the page layout reads the same
    assert [f["role"] for f in extractor.extract_text(text.replace("；", "；\n")).figures] == ["target"] * 5


def test_a_target_list_ends_at_a_sentence_that_turns_to_another_matter(extractor: Extractor) -> None:
    text = ("会议提出，今年的目标是：全市新增床位1200张。城镇新增就业6万人以上。会议强调，要抓好落实。"
            "全市新增床位800张。")
    got = [(f["quote"], f["role"]) for f in extractor.extract_text(text).figures]
    assert got == [("1200张", "target"), ("6万人以上", "target"), ("800张", "level")]


def test_a_goal_list_runs_past_an_item_without_figures(extractor: Extractor) -> None:
    """主要预期目标是：… a goal stated in words (外贸保持稳定) is an item of the list, not its end."""
    text = ("全市今年主要预期目标是：地区生产总值增长6%左右。城镇新增就业5万人。外贸进出口保持稳定。"
            "城乡居民收入分别增长6%和7%。常住人口城镇化率达到61%。")
    got = [(f["quote"], f["role"]) for f in extractor.extract_text(text).figures]
    assert got == [("6%左右", "target"), ("5万人", "target"), ("6%", "target"), ("7%", "target"),
                   ("61%", "target")]


def test_a_numbered_plan_heading_makes_targets_of_its_section(extractor: Extractor) -> None:
    """A work report written a paragraph a line, no blank lines: the heading 二、今年重点工作 is a
    paragraph of its own (not glued to the line after it), and the tasks under it are targets
    though their sentences hold no plan word, up to the next heading of its rank; a heading of
    results (三、上半年工作进展情况) opens no section, and 去年… in a first clause is no target."""
    text = ("一、去年工作回顾\n全县新建农村公路86公里，城镇新增就业3100人。\n"
            "二、今年重点工作\n（一）做强工业。全年实施工业项目20个以上，完成工业投资18亿元。\n"
            "（二）改善民生。新建幼儿园4所，新增床位200张。去年已建成卫生院3所。\n"
            "三、上半年工作进展情况\n全县新建幼儿园2所。")
    got = [(f["quote"], f["role"]) for f in extractor.extract_text(text).figures]
    assert got == [("86公里", "level"), ("3100人", "level"), ("20个以上", "target"), ("18亿元", "target"),
                   ("4所", "target"), ("200张", "target"), ("3所", "level"), ("2所", "level")]


def test_a_bound_word_before_the_verb_qualifies_the_number(extractor: Extractor) -> None:
    """至少 written before the verb (至少配备2名) bounds the number the verb governs, as 不少于 does."""
    assert _figs(extractor, "每个社区至少配备2名网格员，每个乡镇卫生院不少于配备3名全科医生。") == [
        ("2名", 2, "名", "lower_bound", "level"), ("3名", 3, "名", "lower_bound", "level")]


def test_a_clause_of_nothing_but_a_share_of_the_area_measures_the_figure_before(extractor: Extractor) -> None:
    """贵阳市城镇新增就业14.2万人，占全省的24.4%: the share is one of the jobs figure before it."""
    figs = extractor.extract_text("遵义市城镇新增就业9.8万人，占全省的16.8%；举办招聘会300场。").figures
    assert [(f["quote"], f["metric"].split(".")[0], f["unit"]) for f in figs] == [
        ("9.8万人", "jobs", "person"), ("16.8%", "jobs", "percent"), ("300场", "jobs", "count")]


def test_a_colon_without_a_cue_opens_no_list(extractor: Extractor) -> None:
    text = "记者从市人社局获悉：全市新增床位1200张。城镇新增就业6万人。"
    assert {f["role"] for f in extractor.extract_text(text).figures} == {"level"}


@pytest.mark.parametrize(("text", "periods"), [
    ("到2025年，全市常住人口城镇化率达到75%，较2020年提高5个百分点", ["2025", "2025"]),
    ("与2012年相比，全市森林覆盖率提高了8.2个百分点", [None]),
    ("全市人均地区生产总值比2010年翻一番，外贸总额突破千亿元", [None, None]),
    ("全市地区生产总值由2012年的1.1万亿元增加到2022年的2.9万亿元", ["2012", "2022"]),
    ("2023年全市出生人口19.78万人，较2022年减少1.2万人", ["2023", "2023"]),
    # a comparison word, a few words and 的 before the year: still the base, here and in the clauses after
    ("2023年，全市报销比例达到72%，比改革前的2011年提高25.3个百分点；人员支出占比达到46.2%",
     ["2023", "2023", "2023"]),
])
def test_a_comparison_base_year_is_no_period(extractor: Extractor, text: str, periods: list) -> None:
    assert [f["period"] for f in extractor.extract_text(text).figures] == periods


def test_a_share_of_the_plan_done_is_no_target(extractor: Extractor) -> None:
    """为年度计划的108.3%: the plan is the base of the share; 计划的投资 stays a plan."""
    figs = extractor.extract_text("全年完成固定资产投资120.5亿元，为年度计划的108.3%，占预算的九成").figures
    assert [(f["value"], f["role"]) for f in figs] == [(1.205e10, "level"), (108.3, "level"), (90, "level")]
    figs = extractor.extract_text("该项目计划的投资为100亿元").figures
    assert [(f["value"], f["role"]) for f in figs] == [(1e10, "target")]


@pytest.mark.parametrize(("text", "roles"), [
    ("全市户籍人口比上年多1.2万人，同比少增320亿元", ["change", "change"]),
    ("全市累计建成高标准农田1800万亩，亩均增产10%以上", ["level", "change"]),
    ("带动农户增收2.3亿元，居民人均消费支出增长幅度不足1%", ["change", "change"]),
    ("至少3个项目开工，许多3个月的项目，最多5人", ["level", "level", "level"]),
    ("全县共有家庭农场860家，比去年同期多出72家", ["level", "change"]),
])
def test_more_and_less_than_last_year_are_changes(extractor: Extractor, text: str, roles: list) -> None:
    assert [f["role"] for f in extractor.extract_text(text).figures] == roles


@pytest.mark.parametrize(("text", "expected"), [
    ("七八十人参加", [(70, 80, "人")]),
    ("带动三四百万农民增收", [(3e6, 4e6, "人")]),
    ("两三家企业，十七八个项目", [(2, 3, "家"), (17, 18, "个")]),
])
def test_neighbouring_chinese_digits_before_a_place_are_a_range(extractor: Extractor, text: str,
                                                               expected: list) -> None:
    figs = extractor.extract_text(text).figures
    assert [(f["value"], f["value_high"], f["measure"]) for f in figs] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("全市医疗卫生机构实有床位5.6万张", [(56000, "level", "exact", "beds.total")]),
    ("新增ICU床位300张", [(300, "level", "exact", "beds.added")]),  # an addition is no total
    ("全市医疗机构开放床位2000余张", [(2000, "level", "lower_bound", "beds.total")]),
    ("方舱医院可提供床位2000张", [(2000, "level", "exact", "beds.total")]),
    ("全院可容纳500张床位", [(500, "level", "exact", "beds.total")]),
    ("力争新增床位1000张", [(1000, "target", "exact", "beds.planned")]),
    ("到2025年，全市养老床位总数达到6万张以上", [(60000, "target", "lower_bound", "beds.planned")]),
    ("每千人口医疗卫生机构床位数7.2张", [(7.2, "level", "exact", "beds.per_1000")]),
    ("重症医学科床位增至每10万人口4张", [(4, "level", "exact", "beds.per_1000")]),
    ("全市每千名老年人拥有养老床位35张", [(35, "level", "exact", "beds.per_1000")]),
    ("全市医院床位使用率85.3%", [(85.3, "level", "exact", "beds.occupancy_rate")]),
    ("社区养老服务设施新增床位1200张，其中护理型床位占比62%",
     [(1200, "level", "exact", "beds.added"), (62, "level", "exact", "beds.share")]),
    ("全市护理型床位占养老床位比例达到60%", [(60, "level", "exact", "beds.share")]),
    ("该医院项目总投资3亿元，建设床位800张",
     [(3e8, "level", "exact", "money.investment"), (800, "level", "exact", "beds.total")]),
    ("二级以上综合医院设置老年医学科的比例达到60%", [(60, "level", "exact", "percent.share")]),
    ("2023届高校毕业生就业率达到92.5%", [(92.5, "level", "exact", "jobs.graduate_employment_rate")]),
    ("年末城镇登记失业率为2.8%", [(2.8, "level", "exact", "jobs.unemployment_rate")]),
    ("城镇调查失业率控制在5.5%以内", [(5.5, "level", "upper_bound", "jobs.unemployment_rate")]),
    ("开发公益性岗位1.2万个", [(12000, "level", "exact", "jobs.posts")]),
    ("提供就业岗位超过3万个", [(30000, "level", "lower_bound", "jobs.posts")]),
    ("全年农村劳动力转移就业45万人", [(450000, "level", "exact", "jobs.labour_transfer")]),
    ("全年完成职业技能培训12万人次", [(120000, "level", "exact", "jobs.training")]),
    ("新引进企业吸纳就业1.8万人", [(18000, "level", "exact", "jobs.hiring")]),
    ("安排就业专项资金3.5亿元", [(3.5e8, "level", "exact", "jobs.funds")]),
    ("新建20个就业帮扶车间，吸纳脱贫劳动力就业800余人",
     [(20, "level", "exact", "jobs.other"), (800, "level", "lower_bound", "jobs.poverty_relief")]),
    ("普通病房床位费每日上调至45元", [(45, "level", "exact", "money.amount")]),
])
def test_bed_and_job_figures_on_varied_sentences(extractor: Extractor, text: str, expected: list) -> None:
    """A bed or job word names the topic only where the figure counts beds or jobs."""
    figs = extractor.extract_text(text).figures
    assert [(f["value"], f["role"], f["qualifier"], f["metric"]) for f in figs] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("全市医院病床周转次数达到32次", [(32, "beds.turnover")]),
    ("该院开放1200床", [(1200, "quantity.beds")]),
    ("就业服务中心大楼建筑面积1.2万平方米", [(12000, "quantity.area")]),
    ("每万常住人口全科医生数达到3.5名", [(3.5, "quantity.people_per_10k")]),
])
def test_bed_turnover_bed_measure_and_no_jobs_area(extractor: Extractor, text: str, expected: list) -> None:
    """Turnover counts are bed figures; an office's floor area is no employment figure; a rate base is no count (and
    the people counted per ten thousand residents are a rate, not a count of people)."""
    assert [(f["value"], f["metric"]) for f in extractor.extract_text(text).figures] == expected


def test_a_bound_after_a_second_measure_word_in_brackets(extractor: Extractor) -> None:
    """牲畜存栏310万头（只）左右: the count stands for head of cattle and of sheep; 左右 still qualifies it."""
    figs = extractor.extract_text("全州牲畜存栏稳定在310万头（只）左右，生猪出栏120万头（只）以上。").figures
    assert [(f["value"], f["measure"], f["qualifier"]) for f in figs] == [
        (3100000, "头", "approx"), (1200000, "头", "lower_bound")]
