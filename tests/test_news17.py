"""What the blind set data/gold/news17 found: seven news items from places no set had used (a 新华社 item
quoting four provinces, 甘肃's 分市看, 宁陵县's new hospital, 葫芦岛's 春风行动 fair, 塔城's holiday, 会泽县's
以工代赈 with its towns, a 数说鹤岗 box of bare figures): 312家用人单位 and 2.1万工日 read as no figure, a
province's office after a prefecture's sentence, a partner hospital's city taken for the county's, a
total's clause after a time lead with no subject, and a 数说 box read as one sentence, so that 力争 of one
entry made every entry after it a goal. Sentences invented, in the style of such items."""

from __future__ import annotations

from stats.repair.layout import repair_stream
from stats.rules.rulefile import load_rules
from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_employers_and_days_of_work_are_counted(extractor: Extractor) -> None:
    """312家用人单位: 家 before 用人 (and 用工) counts employers; 家用电器 stays household goods. 工日 is a
    measure word: days of work on a 以工代赈 project."""
    text = "本报讯 招聘会共吸引312家用人单位进场招聘，20家用工企业参加。项目累计用工2.1万工日。全市家用电器销售额增长5%。"
    got = _got(_run(extractor, text, "2026-02-24"), "measure")
    assert got == [("312家", "家"), ("20家", "家"), ("2.1万工日", "工日"), ("5%", "%")]


def test_a_provinces_office_speaks_for_the_province(extractor: Extractor) -> None:
    """省人社厅有关负责人表示，…: after a sentence about 武威市 in a province's paper, the office of the
    province speaks of the province again, as 市人社局 does of its city."""
    text = ("甘肃日报讯 前三季度，全省城镇新增就业31.8万人。武威市培训劳务品牌从业人员2.4万人次。\n"
            "省人社厅有关负责人表示，四季度将确保完成全年城镇新增就业32.6万人的目标任务。")
    got = _got(_run(extractor, text, "2026-11-05", source="甘肃日报"), "place")
    assert got == [("31.8万人", "甘肃省"), ("2.4万人次", "武威市"), ("32.6万人", "甘肃省")]


def test_a_partner_in_a_list_after_yu_is_no_place_of_the_figures(extractor: Extractor) -> None:
    """县人民医院与省人民医院、郑州大学第一附属医院建立专科联盟7个: 郑州 heads a partner's name, the second
    item of the list 与 opens; the figures stay the county's. A place heading the clause keeps its own."""
    text = ("宁陵县人民医院新院区正式启用。县人民医院与省人民医院、郑州大学第一附属医院建立紧密型专科联盟7个，"
            "去年下转患者3200人次。")
    got = _got(_run(extractor, text, "2026-09-16", source="宁陵县人民政府"), "place")
    assert got == [("7个", "宁陵县"), ("3200人次", "宁陵县")]
    text = "本报讯 参与脱贫攻坚、商丘市新增就业1.2万人。"
    assert _got(_run(extractor, text, "2026-09-16"), "place") == [("1.2万人", "商丘市")]


def test_a_total_after_a_time_lead_counts_what_the_figure_before_counts(extractor: Extractor) -> None:
    """每千人口床位数为5.8张，新院区全部启用后将提高到6.9张: the clause names nothing counted but its time
    and its verb, so 6.9张 is beds per thousand as 5.8张 is; a clause naming its own noun keeps it."""
    text = "本报讯 目前全县每千人口医疗卫生机构床位数为5.8张，新院区全部启用后将提高到6.9张。"
    got = _got(_run(extractor, text, "2026-09-16"), "metric", "role")
    assert got == [("5.8张", "beds.per_1000", "level"), ("6.9张", "beds.per_1000", "target")]
    text = "本报讯 全县养老床位2100张，新院区投用后医院床位将达到2600张。"
    assert _got(_run(extractor, text, "2026-09-16"), "subject")[1] != ("2600张", "养老床位")


BOX = ("数说鹤岗上半年民生答卷\n就业\n城镇新增就业\n1.32万人\n公益性岗位安置就业困难人员\n2150人\n下半年\n"
       "力争全年城镇新增就业\n2.15万人\n文化\n参与群众\n46万人次\n为民办实事\n城乡低保标准提高到每人每月\n785元\n"
       "开展招聘活动\n86场\n")


def test_a_shuoshuo_box_is_an_entry_a_sentence(extractor: Extractor) -> None:
    """A 数说 box sets a label a line and its figure alone the line under: each pair is an entry of its
    own, so 力争 of one entry makes no goal of those after it, and each figure takes its own label."""
    got = _got(_run(extractor, BOX, "2026-07-20", source="鹤岗日报"), "role", "metric")
    assert [(q, r) for q, r, _ in got] == [("1.32万人", "level"), ("2150人", "level"), ("2.15万人", "target"),
                                          ("46万人次", "level"), ("785元", "level"), ("86场", "level")]
    assert all(m.startswith("jobs.") for _, _, m in got[:3])


def test_a_figure_that_goes_on_with_its_sentence_ends_no_entry() -> None:
    """A figure alone under a label but over a line that goes on with the sentence (…达到 | 41.2万人 |
    ，同比增长…) is a column's line, and the bulk repair agrees with the line-by-line one on a box."""
    lex = load_rules().lexicon

    def pars(text: str, bulk: bool = True) -> list[str]:
        return [p.text for p in repair_stream([text], lex.article_start, lex.sentence_end, closing=lex.closing,
                                              complete=lex.line_complete, bulk=bulk, alone=lex.running_head,
                                              heading=lex.heading)]

    assert pars("参保人数达到\n41.2万人\n，同比增长3%。") == ["参保人数达到41.2万人，同比增长3%。"]
    assert pars(BOX) == pars(BOX, bulk=False)
    assert pars(BOX)[:3] == ["数说鹤岗上半年民生答卷就业城镇新增就业1.32万人", "公益性岗位安置就业困难人员2150人",
                             "下半年力争全年城镇新增就业2.15万人"]
