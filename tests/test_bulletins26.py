"""What the blind set data/gold/bulletins26 found (three 2026 bulletins of our own that are no one long table, typeset
as PDF and read back by readers no set used: scripts/gold_bulletins26.py), and what damaged11's lowest scores showed.
Sentences invented, in the style of such bulletins and news items."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_the_next_steps_that_name_the_whole_year_are_the_years_work(extractor: Extractor) -> None:
    """After the months so far (前三季度), 下一步 turns to the work still to come: with 全年 in its sentence it is the
    year's work, each of its goals of the year, not only the one whose clause says 全年. Without a word of the year
    the next steps name no time they are due."""
    text = ("某某市前三季度民生工作稳步推进。今年前三季度，全市城镇新增就业6240人。"
            "下一步，某某市将新建社区养老服务站12个，新增养老床位360张，力争全年城镇新增就业8000人。")
    got = _got(_run(extractor, text, "2025-10-20", source="某某日报"), "role", "period")
    assert got == [("6240人", "level", "2025Q1-Q3"), ("12个", "target", "2025"), ("360张", "target", "2025"),
                   ("8000人", "target", "2025")]
    bare = text.replace("，力争全年城镇新增就业8000人", "")
    got = _got(_run(extractor, bare, "2025-10-20", source="某某日报"), "role", "period")
    assert got == [("6240人", "level", "2025Q1-Q3"), ("12个", "target", None), ("360张", "target", None)]


def _cells(*cells: str) -> str:
    """A table as pdftotext prints it with a narrow column spacing: a cell a line, a blank line after each."""
    return "".join(f"{c}\n\n" for c in cells)


_HEAD = ("某某市统计局", "某某市2026年10月份主要统计数据发布\n表1  主要工业产品产量\n")


def test_a_row_whose_label_the_reader_set_elsewhere_reads_from_its_unit_cell(extractor: Extractor) -> None:
    """pdftotext -colspacing 0.2 set two rows' labels (发电量, then 汽车 and 家用电冰箱 on adjacent lines) apart from
    their cells: the rows still read, each from its unit cell, 亿 the magnitude of 亿千瓦时 (not a label 亿 over
    千瓦时), and the cells of the row after the stray labels are no one number run together (86247843612.4万台)."""
    text = _HEAD[1] + _cells("指标", "单位", "10月", "1—10月", "同比增长（%）", "亿千瓦时", "9.86", "102.34", "3.6",
                             "钢材", "万吨", "12.46", "128.62", "-3.2", "发电量") + "汽车\n家用电冰箱\n\n" + _cells(
        "辆", "8624", "78436", "12.4", "万台", "42.18", "396.52", "0.0") + "二、投资和消费\n"
    got = _got(_run(extractor, text, "2026-11-18", source=_HEAD[0]), "value", "measure", "role")
    assert got == [("9.86", 986000000, "千瓦时", "level"), ("102.34", 10234000000, "千瓦时", "level"),
                   ("3.6", 3.6, "%", "change"), ("12.46", 124600, "吨", "level"), ("128.62", 1286200, "吨", "level"),
                   ("-3.2", -3.2, "%", "change"), ("8624", 8624, "辆", "level"), ("78436", 78436, "辆", "level"),
                   ("12.4", 12.4, "%", "change"), ("42.18", 421800, "台", "level"), ("396.52", 3965200, "台", "level"),
                   ("0.0", 0.0, "%", "change")]


def test_a_head_whose_percent_marks_stand_after_its_words_reads_its_growth_columns_in_percent(
        extractor: Extractor) -> None:
    """A head over two lines (险种 收入 同比增长 支出 同比增长 / （%） （%）) that a reader printed a cell a line: the marks
    come after all the words, one for each growth column that names no unit; the amounts are the caption's 亿元. With
    one mark for two growth columns which column is in percent is not known: no figure of the table."""
    cells = ["险种 ", "收入 ", "同比增长 ", "支出 ", "同比增长", "（%） ", "（%）", "合计 ", "32.46 ", "3.2 ", "28.94 ",
             "5.6", "城乡居民医保 ", "16.74 ", "-1.3 ", "15.12 ", "3.8"]
    text = "表1  2026年1—9月基本医疗保险基金收支情况\n单位：亿元\n" + "\n".join(cells) + "\n三、待遇保障\n"
    got = _got(_run(extractor, text, "2026-10-28", source="某某市医疗保障局"), "value", "measure", "role")
    assert got == [("32.46", 3246000000, "元", "level"), ("3.2", 3.2, "%", "change"),
                   ("28.94", 2894000000, "元", "level"), ("5.6", 5.6, "%", "change"),
                   ("16.74", 1674000000, "元", "level"), ("-1.3", -1.3, "%", "change"),
                   ("15.12", 1512000000, "元", "level"), ("3.8", 3.8, "%", "change")]
    one = text.replace("（%） \n（%）\n", "（%）\n")
    assert _run(extractor, one, "2026-10-28", source="某某市医疗保障局") == []


def test_a_ranked_list_of_cities_counts_what_its_heading_names(extractor: Extractor) -> None:
    """A 省 人社厅's 通报 ranks its cities a line each under a heading and a lead-in (按…排序：), each line its rank,
    the city and what it did, then its share of its target: each line a paragraph of its own, of its city, its
    figures the new urban jobs its heading names; the share of the target done is a result, no target."""
    text = ("某某省人力资源和社会保障厅关于2026年1—10月全省就业工作进展情况的通报\n二、各设区市城镇新增就业完成情况\n"
            "按完成年度目标任务比例排序：\n1. 漳州市 完成 4.86 万人，占目标任务的 88.4%；\n"
            "2. 龙岩市 完成 3.28 万人，占目标任务的 82.0%；\n三、下一步工作\n")
    figs = _run(extractor, text, "2026-11-12", source="某某省人力资源和社会保障厅")
    assert _got(figs, "value", "role", "place") == [("4.86万人", 48600, "level", "漳州市"),
                                                    ("88.4%", 88.4, "level", "漳州市"),
                                                    ("3.28万人", 32800, "level", "龙岩市"),
                                                    ("82.0%", 82.0, "level", "龙岩市")]
    assert all(f["metric"] == "jobs.urban_new" for f in figs)
    plain = text.replace("二、各设区市城镇新增就业完成情况", "二、各设区市工作完成情况")
    assert not any(f["metric"].startswith("jobs.") for f in _run(extractor, plain, "2026-11-12",
                                                                 source="某某省人力资源和社会保障厅"))
