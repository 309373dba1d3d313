"""Reading order on the blind pages p23/p24 of data/gold/pages (pages15): a column of briefs set at its own
line pitch, which pdfplumber prints on rows of its own between the other columns' rows, and briefs a
sweeping extractor printed one line at a time, in order, where the other columns had ended. Pages invented,
in the style of such pages."""

from __future__ import annotations

from stats.rules.rulefile import RuleSet
from tests.repaired import paragraphs, swept

# two columns of an article, their rows glued (one space between), and a column of briefs whose lines
# pdfplumber prints on rows of their own between them (its pitch is not the article's)
_ALTERNATE_ROWS = [
    "乙县今年新建村级养老服务站26个， 新增养老床位410张，护理型床位占比",
    "覆盖全县所有乡镇，每个服务站配备 达到55%以上，全县养老服务网络已",
    "专职护理人员2名以上，服务老年人 经基本建成，群众满意度明显提升。",
    "1.2万人次。 乙县民政局负责人表示。",
    "甲市今年新增托育托位3200个 城区简讯",
    "■本报讯 2024年，东城区新增经",
    "本报讯（记者 李明）15日，甲市 托位数3.2个，比2020年底增加1.1个。",
    "营主体2.4万户，同比增长6.5%。",
    "妇幼保健院新院区正式开诊启用 今年，全市计划新增托育托位3200个，",
    "■本报讯 西城区今年计划改造",
    "，一期开放床位800张，设置临床科室28 其中普惠托位2100个；到2025年底，全市每",
    "背街小巷52条，惠及居民3.4万户。",
    "个。 千人口托位数将达到4.5个。",
    "■本报讯 截至去年底，南城区",
    "截至2024年底，全市托育机构托位总数 北城区妇幼保健院新建托育楼预计5月投",
    "累计培育专精特新企业180家。",
    "达到2.6万个，每千人口托育机构 用，可新增托位260个。",
    "■本报讯 北城区去年粮食总产",
    "量达到31.2万吨，增长2.7%。",
]


def test_a_column_printed_on_rows_of_its_own_goes_on_over_the_other_columns_rows(ruleset: RuleSet) -> None:
    """Each brief goes on in the next row of one piece, not in the row of two under it (西城区今年计划改造 |
    ，一期开放床位800张 read as one sentence before, and 科室28 | 个。 were kept apart by the brief's row
    between them); the article's columns go on over the briefs' rows."""
    pars = paragraphs(ruleset.lexicon, "\n".join(_ALTERNATE_ROWS) + "\n")
    assert "■本报讯2024年，东城区新增经营主体2.4万户，同比增长6.5%。" in pars
    assert "■本报讯西城区今年计划改造背街小巷52条，惠及居民3.4万户。" in pars
    assert "■本报讯截至去年底，南城区累计培育专精特新企业180家。" in pars
    assert ("本报讯（记者李明）15日，甲市妇幼保健院新院区正式开诊启用，一期开放床位800张，设置临床科室28个。"
            in pars)
    assert "截至2024年底，全市托育机构托位总数达到2.6万个，每千人口托育机构托位数3.2个，比2020年底增加1.1个。" in pars
    assert "北城区妇幼保健院新建托育楼预计5月投用，可新增托位260个。" in pars


# an article over two columns, and a column of briefs beside it that runs on after the article ended: a
# sweeping extractor prints the rows across the columns, a blank line after each line, then the briefs'
# last lines one after the other, in order
_ARTICLE = ["本报讯（记者 张华）记者从市统计局获悉，", "今年前7个月，全市规模以上工业增加值同比",
            "增长7.3%，其中高技术制造业增长1", "2.5%；固定资产投资同比增长4.1%。",
            "全市社会消费品零售总额达到528.6亿元，", "同比增长5.2%，网上零售额增长16.8%。"]
_BRIEFS = ["乙县前7个月外贸进出口总值3.6亿元，", "同比增长21.4%，其中出口增长1", "8.2%。",
           "■本报讯 截至7月底，丙县", "累计建成5G基站2300个。", "■本报讯 上半年，丁县接待", "游客126万人次，同比增长11.2%。",
           "■本报讯 戊县今年新建日间", "照料中心9个，新增养老床位180", "张。", "■本报讯 己县前7个月新登",
           "记经营主体2600户。", "■本报讯 庚县今年将新增城", "镇就业3200人。"]


def test_briefs_printed_one_line_at_a_time_in_order_go_on_line_by_line(ruleset: RuleSet) -> None:
    """Each brief's first line (■本报讯 庚县今年将新增城) goes on in the line printed after it, not a
    paragraph of its own (its 今年将 was lost to 3200人, and 180 | 张。 was cut)."""
    pars = paragraphs(ruleset.lexicon, "\n\n".join(swept([_ARTICLE, _BRIEFS])) + "\n")
    assert "■本报讯上半年，丁县接待游客126万人次，同比增长11.2%。" in pars
    assert "■本报讯戊县今年新建日间照料中心9个，新增养老床位180张。" in pars
    assert "■本报讯庚县今年将新增城镇就业3200人。" in pars


# two columns swept a line at a time: the first column's foot breaks off on a number, and the next column
# opens with a % mark; a line of the second breaks off on a number its next line goes on with
_FOOT = ["本报讯（记者 周明）记者从甲县农业农村局获", "悉，今年前7个月，全县农业总产值达到4",
         "6.8亿元，同比增长5.1%，其中蔬菜产值增长1", "2.4%。全县新建高标准农田3.2万亩。",
         "今年以来，甲县蔬菜种植面积稳定在12万亩，", "预计全年产量达到5.6万吨。目前，全县蔬菜",
         "全产业链综合产值超过六十亿元。", "上半年，乙市规模以上工业增加值", "同比增长7.4%，其中新材料产业增长13.2"]
_TOP = ["%。", "丙区今年计划新建设施农业大棚15", "00栋，带动农户户均增收6000元以上。",
        "丁县前7个月外贸进出口总值3.1亿元", "，增长22.5%。", "乙县上半年新增城镇就业3200人，完成年度目",
        "标任务的58%；农村劳动力转移就业6.4万人，", "实现劳务收入37亿元。乙县今年计划开发公",
        "益性岗位1500个，已安置脱贫劳动力就业。"]


def test_a_line_two_numbers_claim_alike_stops_neither_ones_join_on_the_rhythm(ruleset: RuleSet) -> None:
    """%。 may go on from …增长13.2 or from …大棚15 (both off the sweep's rhythm, alike): that claim, which
    neither can make, no longer stops …大棚15 | 00栋 on the rhythm (1500栋 was lost)."""
    pars = paragraphs(ruleset.lexicon, "\n\n".join(swept([_FOOT, _TOP])) + "\n")
    assert "丙区今年计划新建设施农业大棚1500栋，带动农户户均增收6000元以上。" in pars
