"""What the blind pages p85-p86 found (data/gold/pages: 柳州晚报's 经济 page read by pdfplumber with an x_tolerance wider
than an article's gutter; 今日婺源's 民生 page read by pdftotext's layout mode at a loose pitch). On p86 an interview
beside a hospital item came out with a blank row after every row of the two (-layout's grid of rows does not fit the
pitch): each row alone was a block too short to show its columns, so the two items were read across a row at a time
and their sentences cut and spliced. The interview's answers open on 答：, which the clause marks made a first clause
of its own: an answer opening with 去年 under the report's section of this year's works (三、今年为民办实事, just above
on the page) was read as the section's goals after its first clause. Sentences invented, in the style of such pages."""

from __future__ import annotations

from stats.rules.rulefile import RuleSet
from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got
from tests.repaired import paragraphs

# two items side by side as `pdftotext -layout` prints them at a loose pitch: a blank row after every row of text
_LEFT = ["问：去年全镇的民宿发展得怎么样？", "答：去年全镇新增民宿86家，总数", "达到412家；接待游客68万人次，",
         "增长12.4%。"]
_RIGHT = ["本报讯（记者 某某）3月5日，县人民", "医院新建门诊楼开工，总投资2.6亿元，",
          "计划明年底投入使用。去年，县人民医院", "门急诊量达到48.3万人次。"]


def _double_spaced() -> str:
    rows = ["访谈｜民宿如何留住游客                         县人民医院新建门诊楼开工", ""]
    for left, right in zip(_LEFT, _RIGHT, strict=True):
        rows += ["   " + left.ljust(40) + right, ""]
    return "\n".join(rows) + "\n"


def test_two_items_a_blank_row_after_every_row_are_read_column_by_column(ruleset: RuleSet) -> None:
    """A blank row alone between rows of text, a run of them two rows apart, is the pitch's, no gap between blocks:
    each item's column is read whole, its sentences unbroken."""
    text = "\n".join(paragraphs(ruleset.lexicon, _double_spaced()))
    assert "问：去年全镇的民宿发展得怎么样？答：去年全镇新增民宿86家，总数达到412家；接待游客68万人次，增长12.4%。" in text
    assert "县人民医院新建门诊楼开工，总投资2.6亿元，计划明年底投入使用。去年，县人民医院门急诊量达到48.3万人次。" in text


def test_two_blank_rows_still_part_blocks(ruleset: RuleSet) -> None:
    """Two blank rows between rows of side-by-side text still end a block (a row of page items under another):
    the items' lines above the gap are not read into the columns below it."""
    top = "   " + "甲县新增就业1200人，".ljust(40) + "乙县新增就业900人，"
    page = "\n".join([top, "   " + "增长5.1%。".ljust(40) + "增长4.2%。", "", "",
                      "   " + "丙县今年计划新建公园3个，".ljust(40) + "丁县今年计划新建学校2所，",
                      "   " + "新增绿地12公顷。".ljust(40) + "新增学位900个。"]) + "\n"
    text = "".join(paragraphs(ruleset.lexicon, page))
    assert text.index("甲县新增就业1200人，增长5.1%。乙县新增就业900人，增长4.2%。") < text.index("丙县今年计划新建公园3个")


def test_an_answer_of_last_year_under_a_section_of_this_years_works_reports_results(extractor: Extractor) -> None:
    """答： opens an interview's answer, no clause of its own: an answer whose first clause speaks of the past
    (去年…) is no goal of the section above it, every clause of it a result; an answer of this year stays one."""
    text = ("某某县报 2026年3月10日 第3版\n三、今年为民办实事\n县城新增公共停车泊位800个，改造老旧小区6个。\n"
            "问：去年全县乡村旅游有哪些亮点？\n"
            "答：去年全县新增A级景区2家，总数达到19家；乡村民宿接待游客126万人次，增长9.8%。\n"
            "问：今年还有什么打算？\n答：今年将新建旅游厕所30座。\n")
    got = _got(_run(extractor, text, "2026-03-10", "某某县报"), "role", "period")
    assert got == [("800个", "target", "2026"), ("6个", "target", "2026"), ("2家", "level", "2025"),
                   ("19家", "level", "2025"), ("126万人次", "level", "2025"), ("9.8%", "change", "2025"),
                   ("30座", "target", "2026")]


def test_a_number_cut_on_its_point_beside_lines_run_together_leaves_its_tail_out(extractor: Extractor) -> None:
    """A brief's line ending on a number cut on its point (农田3.), then a line of two columns run together with no
    gap (pdfplumber at a wide x_tolerance: far longer than the brief's), then the tail (2万亩。): no number ends on a
    point, so the tail under the line between is the cut number's whatever the lines' widths; which number it is
    cannot be told, and 2万亩 would be a wrong value: both left out. Cut at its point and taken up on the very next
    line, the number is read whole."""
    page = ("某某晚报 2026年10月28日 星期三 A05 经济\n县区简讯\n■甲县今年计划新建高标准农田3.\n"
            "全市袋装食品销售收入86.4亿元，同比增长亿元。截至9月底，全市食品生产企业\n2万亩。\n"
            "■乙县今年茶叶种植面积达到12.6万亩。\n")
    quotes = [q for q, in _got(_run(extractor, page, "2026-10-28", "某某晚报"))]
    assert "2万亩" not in quotes and "3.2万亩" not in quotes
    assert "86.4亿元" in quotes and "12.6万亩" in quotes
    whole = page.replace("农田3.\n全市袋装食品销售收入86.4亿元，同比增长亿元。截至9月底，全市食品生产企业\n2万亩。",
                         "农田3.\n2万亩。")
    assert "3.2万亩" in [q for q, in _got(_run(extractor, whole, "2026-10-28", "某某晚报"))]


def test_a_box_of_figures_a_space_apart_over_its_labels_pairs_each_figure_with_its_label(extractor: Extractor) -> None:
    """A 图说 box that pdfplumber's plain text prints a row at a time on a page of no glued rows: its figures one
    space apart on one line, its labels so on the next. Each figure goes with the label under it (7.4% a growth,
    62.8万辆 no longer run into 7.4%), and the headline after the box opens a paragraph of its own."""
    page = ("某某晚报 2026年10月28日 星期三 A05 经济\n图说·前三季度某市经济\n2318.6亿元 7.4% 62.8万辆 31.5万辆\n"
            "地区生产总值 规上工业增加值增长 汽车产量 新能源汽车产量\n"
            "本报讯（记者 某某）前三季度，全市城镇新增就业4.6万人。\n")
    got = _got(_run(extractor, page, "2026-10-28", "某某晚报"), "role", "period")
    assert got == [("2318.6亿元", "level", "2026Q1-Q3"), ("7.4%", "change", "2026Q1-Q3"),
                   ("62.8万辆", "level", "2026Q1-Q3"), ("31.5万辆", "level", "2026Q1-Q3"),
                   ("4.6万人", "level", "2026Q1-Q3")]


def test_a_tables_head_of_years_a_space_apart_is_no_box(ruleset: RuleSet) -> None:
    """Years a space apart over words (2025年 2024年 / 实际 目标) head a table's columns: no box's entries."""
    page = "某某县统计月报\n2025年 2024年\n实际完成 年度目标\n全县城镇新增就业3200人。\n"
    assert "实际完成2025年" not in "".join(paragraphs(ruleset.lexicon, page))


def test_a_running_head_between_a_numbers_two_parts_leaves_it_whole(extractor: Extractor) -> None:
    """A page break inside a number: the cut line ends on its point, the next page's running head (its gaps wide, no
    clause's mark) stands between, and the tail opens the line after it (…分别为68.5%和71. | 某某日报  2025年10月15日
    星期三  第2版 | 3%。): no two columns read across, the number is read whole."""
    text = ("本报讯（记者 某某）今年以来，全市乡镇卫生院床位使用率稳步提升，其中甲县、乙县\n"
            "乡镇卫生院床位使用率分别为68.5%和71.\n某某日报  2025年10月15日  星期三  第2版\n"
            "3%。全市家庭医生签约服务覆盖人数达到126万人。\n")
    quotes = [q for q, in _got(_run(extractor, text, "2025-10-15", "某某日报"))]
    assert "71.3%" in quotes and "68.5%" in quotes
