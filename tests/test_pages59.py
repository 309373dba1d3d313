"""What the blind pages p59-p60 found (data/gold/pages: 宝安日报's 政务 page read by pdftotext in its reading order,
重庆日报's 要闻 page read by pdfminer with its layout analysis off): a 公示's ruled table of projects came out a cell a line,
row by row (序号 项目名称 / 总投资 / 年度计划 / 1 / a project / 38.6 / 6.2 / 2 / …), and gave nothing: no reader put
its rows back, its head (a numbered list's, 序号 before the label column) read as no head with its caption's unit, and
neither 总投资 nor 年度计划 was a column word; a 两会 图解 of circled numbers came out a row at a time, three figures
then their three labels, and each figure took the role and year of the text around the box, not of its label
(比上年增长 under 5.8%). Sentences invented, in the style of such pages."""

from __future__ import annotations

from stats.repair.transpose import figure_rows
from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got

# a 公示's table as pdftotext prints a ruled table's cells: each a block of its own, a blank line between them
_LIST = "\n\n".join([
    "某某区2026年第一批重点项目计划（单位：亿元）",
    "序号 项目名称", "总投资", "年度计划",
    "1", "区中医院新院区工程", "26.4", "5.1",
    "2", "东湖片区排水管网改造", "8.7", "2.3",
    "3", "城北学校扩建工程", "4.2", "1.6",
]) + "\n\n本报讯 上表为本批项目中投资额较大的3个。\n"


def test_a_table_printed_a_cell_a_line_row_by_row_reads_its_rows(extractor: Extractor) -> None:
    """Each row's number, label and cells put back on a line (transpose `_row_major_table`), under the head the lines
    over the first row make; 序号 frames the rows (tablerows `_shape`), the caption's note gives 亿元, 总投资 a level
    and 年度计划 a target of the caption's year (tables.yaml columns)."""
    got = _got(_run(extractor, _LIST, "2026-01-09", source="某某日报"), "value", "role", "period")
    cells = [g for g in got if g[0] in ("26.4", "5.1", "8.7", "2.3", "4.2", "1.6")]
    assert cells == [("26.4", 2640000000.0, "level", "2026"), ("5.1", 510000000.0, "target", "2026"),
                     ("8.7", 870000000.0, "level", "2026"), ("2.3", 230000000.0, "target", "2026"),
                     ("4.2", 420000000.0, "level", "2026"), ("1.6", 160000000.0, "target", "2026")]


def test_rows_out_of_turn_or_of_another_length_give_no_table(extractor: Extractor) -> None:
    """A row numbered out of turn (1, 3) or a row with a cell fewer leaves a doubt: no cell is read as the table's."""
    skipped = _LIST.replace("\n\n2\n\n", "\n\n3\n\n", 1)
    short = _LIST.replace("\n\n2.3\n\n", "\n\n", 1)
    for text in (skipped, short):
        got = [f["quote"] for f in _run(extractor, text, "2026-01-09", source="某某日报")]
        assert not {"26.4", "8.7", "4.2"} & set(got)


# a 图解 of circled numbers as pdftotext prints it: a row's figures one after the other, then their labels
_BOX = "\n\n".join([
    "本报讯 1月8日，某某区第三届人民代表大会第五次会议开幕。",
    "图解·2026年区政府工作报告",
    "2860亿元", "6.1%", "4300家",
    "2025年地区生产总值", "比上年增长", "规模以上工业企业",
    "5.5%左右", "1.8万人",
    "2026年预期增长", "2026年目标城镇新增就业",
    "本报讯 区政务服务中心新址日前启用，设窗口120个。",
]) + "\n"


def test_a_number_box_printed_a_row_at_a_time_pairs_each_figure_with_its_label(extractor: Extractor) -> None:
    """Each figure read after the label of its own place in the row (transpose `figure_rows`): 6.1% a change of 2025
    (比上年增长 under 2025年地区生产总值), 5.5%左右 a target of 2026, not the years and roles of the text around."""
    got = dict((q, (r, p)) for q, r, p in _got(_run(extractor, _BOX, "2026-01-09", source="某某日报"), "role",
                                                  "period"))
    assert got["2860亿元"] == ("level", "2025")
    assert got["6.1%"] == ("change", "2025")
    assert got["5.5%左右"] == ("target", "2026")
    assert got["1.8万人"] == ("target", "2026")


def test_labels_over_their_figures_or_labels_left_over_pair_nothing() -> None:
    """A box whose labels stand over their figures (read from its second row it would look like figures then labels)
    and a row followed by more labels than figures leave a doubt: no entries."""
    def is_label(text: str) -> bool:
        return not any(ch.isdigit() for ch in text)

    over = ["城镇新增就业", "新增学位", "12万人", "3600个", "新开工项目", "新增绿地", "86个", "120公顷"]
    assert figure_rows(over, is_label, set()) == []
    extra = ["12万人", "3600个", "城镇新增就业", "新增学位", "新增绿地"]
    assert figure_rows(extra, is_label, set()) == []
    box = ["12万人", "3600个", "城镇新增就业", "新增学位", "数据截至2025年9月底。"]
    assert [t.entries for t in figure_rows(box, is_label, set())] == [[(0, 2), (1, 3)]]
