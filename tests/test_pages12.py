"""What the blind page p22 of data/gold/pages found (a city daily read back by pdftotext -raw: the
blocks one after another, no blank line between paragraphs, items or headlines): a beds article set in
four columns under a lead in three, an item's headline right under the last line of the item before it,
and a number box (数读) after a photo caption. Pages and sentences invented, in the style of such pages."""

from __future__ import annotations

from stats.repair.layout import repair_stream
from stats.rules.rulefile import RuleSet
from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got
from tests.repaired import FOUR_COLUMN_ROWS, paragraphs, swept

_HEAD = "城市日报 2024年12月19日 星期四 A02 要闻 1"
# a lead in three columns: lines 18 wide, the page's commonest
_LEAD = ["甲市前11个月城镇新增就业8.6万人", "本报讯（记者 刘明）记者18日从市人力资",
         "源和社会保障局获悉，1-11月，全市城镇新", "增就业8.6万人，完成全年目标任务的10",
         "5%；帮助失业人员再就业2.4万人，其中就", "业困难人员实现就业6200人。11月份，全",
         "市城镇调查失业率为4.8%，比上月下降0.1", "个百分点。今年以来，全市累计举办招聘会",
         "860场，提供岗位16.2万个。"]


def _pars(lex, lines: list[str], bulk: bool) -> list[str]:
    page = "\n".join(lines) + "\n"
    return [p.text for p in repair_stream([page], lex.article_start, lex.sentence_end, closing=lex.closing,
                                          complete=lex.line_complete, alone=lex.running_head,
                                          heading=lex.heading, bulk=bulk)]


def test_a_narrow_columns_line_with_no_mark_is_no_headline_set_into_it(ruleset: RuleSet) -> None:
    """Four columns under a lead in three: the narrow column's lines are short of the page's width. A
    line of them with no mark in it (0户困难老年人家庭实施; 困难老年人家庭实施适老化) is the paragraph's own,
    not another item's headline held back after it: a number runs on into it (…为185 | 0户), or it is as
    wide as the column's lines before it. Before, it was held back: 1850户 read 185 and 0户."""
    beds = ["甲市养老床位达到4.3万张", "本报讯（记者 赵丹）记者", "从市民政局获悉，截至11", "月底，全市养老机构床位",
            "总数达到4.3万张，其中护", "理型床位2.67万张。今年", "全市新建养老服务中心14", "个，改造供养服务设施8所",
            "，为185", "0户困难老年人家庭实施", "适老化改造。"]
    more = ["乙县今年新建养老中心6个", "本报讯（记者 李红）记者", "从乙县民政局获悉，今年全", "县新建养老服务中心6个，",
            "改造供养服务设施4所，为", "困难老年人家庭实施适老化", "改造，新增床位320张。"]
    lines = [_HEAD, *_LEAD, *beds, *more, "责任编辑：孙悦"]
    for bulk in (True, False):
        text = "\n".join(_pars(ruleset.lexicon, lines, bulk))
        assert "为1850户困难老年人家庭实施适老化改造。" in text, text
        assert "为困难老年人家庭实施适老化改造，新增床位320张。" in text, text


def test_an_items_headline_under_the_end_of_the_item_before_it_stands_alone(ruleset: RuleSet) -> None:
    """Read block by block, an item's headline comes right under the last line of the item before it
    (…控制在5.5%以内。 | 乙县海洋牧场建设提速 | 本报乙县12月18日讯…), a column of briefs' name likewise
    (…增长2.1倍。 | 滨城简讯 | ■本报讯…), and a box's name under a photo credit: each is a paragraph of
    its own, on the bulk path as on the line-by-line one. Before, each ran on at the end of the
    paragraph above, as words of its last sentence, and its item opened with no headline."""
    lines = [_HEAD, *_LEAD, "城镇调查失业率控制在5.5%以内。", "乙县海洋牧场建设提速",
             "本报乙县12月18日讯（记者 王鹏）今", "年以来，乙县新建海洋牧场示范区2个",
             "，实际利用外资1.6亿美元，增长2.1倍。",
             "滨城简讯", "■本报讯 截至11月底，丙区累计", "建成社区养老服务中心19个。",
             "今年前11个月，丁区规上工业产值增长8.3%。（记者 张弛 摄）", "数读 前11个月全市经济运行",
             "■ 7.2% 规模以上工业增加值同比增长", "责任编辑：孙悦"]
    out = [_pars(ruleset.lexicon, lines, bulk) for bulk in (True, False)]
    assert out[0] == out[1]
    for title in ("乙县海洋牧场建设提速", "滨城简讯", "数读前11个月全市经济运行"):
        assert title in out[0], out[0]
    assert any(p.endswith("控制在5.5%以内。") for p in out[0]), out[0]


def test_a_number_box_under_its_headline_is_the_area_its_headline_names(extractor: Extractor) -> None:
    """A box of figures (■ 7.2% 规模以上工业增加值同比增长) under its headline (数读 前11个月全市经济运行),
    after a photo caption that names a district: the box is an item of its own, its figures the
    city's (全市), not the district's the caption named last. Before, they took the caption's 丁区."""
    text = ("本报讯 截至11月底，全市养老机构床位总数达到4.3万张。\n"
            "12月16日，在金州区一家企业车间，工人正在作业。今年前11个月，金州区规上工业产值增长8.3%。（记者 张弛 摄）\n"
            "数读 前11个月全市经济运行\n■ 7.2%　规模以上工业增加值同比增长\n■ 2380亿元　社会消费品零售总额\n")
    assert _got(_run(extractor, text, "2024-12-19", source="大连日报"), "place") == [
        ("4.3万张", "大连市"), ("8.3%", "金州区"), ("7.2%", "大连市"), ("2380亿元", "大连市")]




def test_a_captions_last_line_with_its_credit_is_no_row_of_columns(ruleset: RuleSet) -> None:
    """pdfplumber prints a page of columns a row at a time, one space between them, and a caption across
    columns as lines of its own: its last line with the credit (万人次。（记者 潘郁 摄）) has spaces too, but
    no row next to it and pieces too narrow to be column lines. It is a line of its own, which the caption's
    line above (…接待游客约560) goes on into. Before, it was cut at its spaces and 约560万人次 left out."""
    rows = [*FOUR_COLUMN_ROWS, "2月20日，游客在老城区十字街游览。春节假期，丁市接待游客约560", "万人次。（记者 潘郁 摄）",
            "责任编辑：王彦军 美编：李慧 校对：郭强 02"]
    pars = paragraphs(ruleset.lexicon, "\n".join(rows) + "\n")
    assert any("春节假期，丁市接待游客约560万人次。（记者潘郁摄）" in p for p in pars), pars
    assert "截至1月底，全县累计扶持返乡创业980人，带动就业5600余人。" in pars


_TOUR = [["本报讯（记者 王明）7-8月，甲市接待游", "客1860万人次，同比增长13.6%，实现",
          "旅游总收入186亿元。丙县7-8月接待游客4"],
         ["20万人次。", "乙县今年新建高标准农田12万亩，总投", "资约3.6亿元，全县粮食播种面积稳定", "在80万亩。"]]
_PARKS = [["本报讯（记者 李红）今年以来，丁市新", "建城市公园32个，新增绿地面积260万平",
           "方米，全市城市绿化覆盖率达到42.5%。"],
          ["戊县今年计划新建口袋公园18个，总投资", "约2.4亿元，新增绿地面积36万平方米，", "惠及居民12万人。"]]


def test_the_two_halves_of_a_number_no_join_found_are_joined_where_each_is_the_others_only_one(
        ruleset: RuleSet) -> None:
    """pdfminer sweeps two articles a line at a time; a column's last line breaks off on a number
    (…接待游客4) that the next column's first line, the short last line of its paragraph, goes on with
    (20万人次。). The seam alone (a number running on) is too weak off the sweep's stride, and no join took
    them: but each is the only such half near the other, and they are joined. Before, both lost their
    digits and 420万人次 was missed."""
    rows = ["城市日报 2024年9月19日 星期四 第3版 要闻", "甲市暑期旅游市场持续升温", *swept(_TOUR),
            "丁市新增城市公园32个", *swept(_PARKS), "责任编辑：李明"]
    pars = paragraphs(ruleset.lexicon, "\n\n".join(rows) + "\n")
    assert any(p.endswith("丙县7-8月接待游客420万人次。") for p in pars), pars


def test_a_target_whose_clause_points_back_to_a_date_is_due_then(extractor: Extractor) -> None:
    """预计明年6月投用，届时将新增床位800张: 届时 points back to 明年6月, when the beds are due (a date in
    an earlier clause dates no target otherwise: 2020年1月立项，将新增… names no time it is due, so no period)."""
    text = "本报讯 市第三人民医院新院区预计明年6月投用，届时将新增床位800张。乙县医院2020年1月立项，将新增床位300张。"
    assert _got(_run(extractor, text, "2024-12-19", source="大连日报"), "period") == [
        ("800张", "2025-06"), ("300张", None)]
