"""What pages8 left on data/gold/pages: a page printed a row at a time (pdfplumber), whose first
column's last line (an indented first line, narrower than the column) goes on in a short line alone
under the row, the other columns having ended. Pages and sentences invented, in the style of such pages."""

from __future__ import annotations

from stats.rules.rulefile import RuleSet
from tests.repaired import FOUR_COLUMN_ROWS, paragraphs


def test_a_line_alone_under_a_row_ending_its_paragraph_goes_on_from_the_first_column(ruleset: RuleSet) -> None:
    """The row 今年，丙县计划新增普 | 及全体人民。 | 持返乡创业…带动就业 | …安全感。 is the last of four columns;
    under it, alone, 惠养老床位400张。 (short: the paragraph's last line). The columns that ended are the
    ones after the first: the line goes on from the first column's, however short. Before, it was judged
    by its width as if it might be any column's, and 400张 lost its 计划 (a level, not a target)."""
    rows = FOUR_COLUMN_ROWS
    pars = paragraphs(ruleset.lexicon, "\n".join(rows) + "\n")
    assert any(p.startswith("今年，丙县计划新增普惠养老床位400张。") for p in pars)
    assert "截至1月底，全县累计扶持返乡创业980人，带动就业5600余人。" in pars
    assert ("去年以来，甲县投入资金1.8亿元，改造提升乡镇敬老院12所，建成乡村康养床位900张。"
            "全县每千名老年人拥有养老床位由30张提高到38张。") in pars


_NARROW = ("全省每千人口床位数达到7.1张\n本报讯（记者 王丽）记\n者从省卫生健康委获悉，截至\n2023年底，全省医疗卫生机构\n"
           "床位总数达到28.4万张，每千\n人口医疗卫生机构床位数达到\n\n7.1张，比上年增加0.4张。\n"
           "甲市今年将新建和改扩建公\n立医院10所，新增床位3800\n张；到2025年，全市每千人口\n医疗机构床位数将达到7.9\n\n")


def test_a_boxs_label_set_between_blank_lines_into_a_broken_sentence_is_read_after_it(ruleset: RuleSet) -> None:
    """A narrow column's sentence breaks off on a number (…将达到7.9); the page set a box's label (数读) between
    blank lines before its column goes on (张。). The label is held back and read after the paragraph, as
    another item's headline set into a paragraph is, on a text with form feeds (every pdftotext page ends
    with one) as on one without. Before, 7.9 ran into 数读 and 张。 stood alone. A number's tail set alone
    there (8.2张) is the paragraph's own."""
    tail = "数读\n\n张。乙市人民医院新院区开放床位900张。\n\n"
    for page in (_NARROW + tail, _NARROW + tail + "\f城市日报\n", "\f" + _NARROW + tail):
        pars = paragraphs(ruleset.lexicon, page)
        assert any(p.endswith("每千人口医疗机构床位数将达到7.9张。乙市人民医院新院区开放床位900张。") for p in pars), pars
        assert "数读" in pars
    held = paragraphs(ruleset.lexicon, _NARROW + "8.2张\n\n乙市人民医院新院区开放床位900张。\n")
    assert "8.2张" not in held  # not held back


def test_blocks_a_page_break_ends_printed_out_of_order_are_read_by_their_seams(ruleset: RuleSet) -> None:
    """pdftotext without -layout prints a page block by block, and a column's blocks may come out of order:
    the line …城镇新增就业2.3万 runs into the next block printed (划新增光伏装机…, the tail of a brief set
    lower down), while the block that goes on with it (人。) comes two blocks on. The block that goes on is
    the one whose seam the page tells far better (万人 is written often, 万划 never); the block left behind
    goes on from the brief's broken first line (…丁市今年计 | 划新增…, 计划 written often). A page read in
    order, or without a page break, is handed on as it came."""
    lines = ["城市日报 2024年10月17日 星期四", "", "全省城镇新增就业18.2万人", "",
             "本报讯（记者 王明）前三季度，全省城镇新增就业18.2万人，", "完成全年计划的88%；城镇登记失业人员",
             "再就业4.6万人。", "",
             "甲市计划新建公共实训基地5个。", "", "乙市提供就业岗位3万个", "",
             "本报讯（记者 刘洋）今", "年以来，乙市通过“就业直", "通车”等活动提供就业岗位3", "万个，城镇新增就业2.3万", "",
             "划新增光伏装机容量150万千", "瓦。", "■本报讯 截至9月底，丙", "",
             "市累计建成5G基站3800个。", "■本报讯 戊市前三", "季度地区生产总值增长6.1%。", "",
             "人。", "己县今年计划新增农村", "劳动力转移就业6000人，开发", "公益性岗位400个。", "",
             "江城简讯", "■本报讯 庚市1-9月医", "药产业产值增长8.2%。", "■本报讯 丁市今年计", "",
             "启事", "本报2025年度征订工作正在进行，欢迎订阅。", "\f"]
    page = "\n".join(lines)
    pars = paragraphs(ruleset.lexicon, page)
    assert any(p.endswith("城镇新增就业2.3万人。己县今年计划新增农村劳动力转移就业6000人，开发公益性岗位400个。")
               for p in pars)
    assert "■本报讯丁市今年计划新增光伏装机容量150万千瓦。" in pars
    assert "■本报讯截至9月底，丙市累计建成5G基站3800个。" in pars
    assert any("2.3万划" in p for p in paragraphs(ruleset.lexicon, page.replace("\f", "")))  # no page break: as it came
