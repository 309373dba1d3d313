"""What the blind set data/gold/bulletins28 found (three 2025 bulletins of our own with tables, typeset as PDF and read
back by readers no set used: scripts/gold_bulletins28.py). Sentences and tables invented, in the style of such
bulletins."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got

_SRC = "某某县卫生健康局"
_HEAD = ("某某县2025年卫生健康事业发展统计公报\n一、卫生资源\n年末全县医疗卫生机构床位980张。\n"
         "表1  2025年末医疗卫生机构、床位和人员数\n")
_AFTER = "二、医疗服务\n全年全县医疗卫生机构总诊疗人次64.20万人次，比上年增长2.1%。\n"
_LABELS = ("机构类别", "总计", "医院", "基层医疗卫生机构")
_COLUMNS = ("120", "4", "116", "980", "760", "220", "1650", "1180", "470", "1320", "960", "360")


def _lines(*cells: str) -> str:
    """Boxes as pdfminer prints them: a line each, a blank line after each."""
    return "".join(f"{c}\n\n" for c in cells)


def test_heads_whose_words_came_before_their_like_units_read_each_word_with_its_unit(extractor: Extractor) -> None:
    """pdfminer (detect_vertical, boxes_flow 0) printed the label column, then each head broken word over unit, the
    last two words one after the other before their two （人）, then the four columns in one run: the rows read, each
    column in its own unit (个, 张, 人, 人)."""
    heads = ("机构数", "（个）", "床位数", "（张）", "卫生人员", "卫生技术人员", "（人）", "（人）")
    text = _HEAD + _lines(*_LABELS, *heads, *_COLUMNS) + _AFTER
    got = _got(_run(extractor, text, "2026-05-20", source=_SRC), "value", "measure", "topic")
    assert got == [
        ("980张", 980, "张", "beds"),
        ("120", 120, "个", "other"), ("980", 980, "张", "beds"), ("1650", 1650, "人", "other"),
        ("1320", 1320, "人", "other"),
        ("4", 4, "个", "other"), ("760", 760, "张", "beds"), ("1180", 1180, "人", "other"), ("960", 960, "人", "other"),
        ("116", 116, "个", "other"), ("220", 220, "张", "beds"), ("470", 470, "人", "other"),
        ("360", 360, "人", "other"),
        ("64.20万人次", 642000, "人次", "other"), ("2.1%", 2.1, "%", "percent")]


def test_words_before_units_that_differ_make_no_table(extractor: Extractor) -> None:
    """Two words one after the other before two units that differ (床位数 / 卫生人员 / （张） / （人）): which unit is which
    word's is a guess, so no figure of the table, while the prose around it still reads."""
    heads = ("机构数", "（个）", "床位数", "卫生人员", "（张）", "（人）")
    text = _HEAD + _lines(*_LABELS, *heads, *_COLUMNS[:9]) + _AFTER
    got = _got(_run(extractor, text, "2026-05-20", source=_SRC), "value")
    assert got == [("980张", 980), ("64.20万人次", 642000), ("2.1%", 2.1)]


_STAFF = ("卫生技术人员", "其中：执业（助理）医师", "注册护士")
_STAFF_CELLS = ("1320", "512", "604", "1268", "490", "580", "52", "22", "24")


def test_a_unit_table_whose_head_caption_labels_and_units_came_before_one_run_reads_row_by_row(
        extractor: Extractor) -> None:
    """pdfminer printed the whole head left to right (指标 / 单位 / 2025年 / 2024年 / 增减), the caption (表2 / its words),
    the labels, the next section's heading (a box beside the table), the unit column's cells, then every column in
    one run: the rows read (each cell in its row's 人, of its column's year, 增减 a change), and the heading after them
    still opens its section."""
    head = ("指标", "单位", "2025年", "2024年", "增减", "表2", "2025年卫生人员情况")
    text = _HEAD + _lines(*head, *_STAFF, "二、医疗服务", "人", "人", "人", *_STAFF_CELLS) + _AFTER[7:]
    got = _got(_run(extractor, text, "2026-05-20", source=_SRC), "value", "measure", "role", "period")
    assert got == [
        ("980张", 980, "张", "level", "2025"),
        ("1320", 1320, "人", "level", "2025"), ("1268", 1268, "人", "level", "2024"),
        ("52", 52, "人", "change", "2025"),
        ("512", 512, "人", "level", "2025"), ("490", 490, "人", "level", "2024"), ("22", 22, "人", "change", "2025"),
        ("604", 604, "人", "level", "2025"), ("580", 580, "人", "level", "2024"), ("24", 24, "人", "change", "2025"),
        ("64.20万人次", 642000, "人次", "level", "2025"), ("2.1%", 2.1, "%", "change", "2025")]


def test_units_fewer_than_the_labels_make_no_table(extractor: Extractor) -> None:
    """A unit cell lost (two units under three labels, six numbers): the run may be two rows of three columns or three
    of two, which row a cell is of a guess: no figure of the table."""
    head = ("指标", "单位", "2025年", "2024年", "增减", "表2", "2025年卫生人员情况")
    text = _HEAD + _lines(*head, *_STAFF, "二、医疗服务", "人", "人", *_STAFF_CELLS[:6]) + _AFTER[7:]
    got = _got(_run(extractor, text, "2026-05-20", source=_SRC), "value")
    assert got == [("980张", 980), ("64.20万人次", 642000), ("2.1%", 2.1)]
