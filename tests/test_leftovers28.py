"""Leftovers of earlier sets (leftovers28): a table pdfminer printed with some of its value columns before its
label column (`repair.transpose._labels_after`). Sentences and tables invented."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got

# a 分县 table whose text boxes came out of order: two value columns, then the label column's head, the third
# column's top word and the labels, then the third column
_OUT_OF_ORDER = [
    "全市卫生资源稳步增长。",
    "表2  2025年末分县（市、区）卫生资源",
    "床位数",
    "（张）",
    "4260", "1830", "2430",
    "卫生技术人员",
    "（人）",
    "5120", "2210", "2910",
    "县（市、区）",
    "医疗卫生机构",
    "全市", "延平区", "顺昌县",
    "（个）",
    "612", "284", "328",
    "注：全市合计含市直单位。",
    "",
]


def _table(extractor: Extractor, lines: list[str]) -> list[tuple]:
    text = "\n".join(lines)
    return _got(_run(extractor, text, "2026-04-20", source="南平市统计局"), "value", "measure", "place")


def test_columns_printed_before_the_labels_pair_with_them_row_by_row(extractor: Extractor) -> None:
    """Every column as long as the labels, each under its own unit: each row takes each column's number of its own
    place in the run, with that column's unit, and the row's place."""
    got = _table(extractor, _OUT_OF_ORDER)
    assert ("4260", 4260.0, "张", "南平市") in got
    assert ("1830", 1830.0, "张", "延平区") in got
    assert ("2210", 2210.0, "人", "延平区") in got
    assert ("2910", 2910.0, "人", "顺昌县") in got
    assert ("328", 328.0, "个", "顺昌县") in got
    assert len([g for g in got if g[0] in {"4260", "1830", "2430", "5120", "2210", "2910", "612", "284", "328"}]) == 9


def test_the_head_words_give_the_columns_their_topics(extractor: Extractor) -> None:
    """床位数 over the first column printed makes its cells beds; 卫生技术人员 over the second does not."""
    text = "\n".join(_OUT_OF_ORDER)
    figs = _run(extractor, text, "2026-04-20", source="南平市统计局")
    metric = {text[f["src_start"]:f["src_end"]]: f["metric"] for f in figs}
    assert "beds" in metric["1830"].split(".")
    assert "beds" not in metric["2210"].split(".")


def test_a_column_of_another_length_leaves_the_table_unread(extractor: Extractor) -> None:
    """One column a number short (a cell lost): which row each of its numbers is of is not known, and no column
    is paired with the labels."""
    lines = list(_OUT_OF_ORDER)
    lines.remove("2210")
    got = _table(extractor, lines)
    assert not any(g[3] in {"延平区", "顺昌县"} for g in got)


def test_a_column_under_no_unit_of_its_own_leaves_the_table_unread(extractor: Extractor) -> None:
    """A column printed before the labels whose unit line is missing: which head is its own is a guess."""
    lines = list(_OUT_OF_ORDER)
    lines.remove("（人）")
    got = _table(extractor, lines)
    assert not any(g[3] in {"延平区", "顺昌县"} for g in got)


def test_a_goal_of_a_later_paragraph_is_not_due_in_a_year_named_for_another_goal(extractor: Extractor) -> None:
    """计划2027年建成 (a year after the document's) dates the goal of its own sentence; the next paragraph's plan
    (将同步配套建设…) names no time it is due and takes none from it."""
    text = ("本报讯 9月8日，县第二水厂扩建工程开工，总投资3.6亿元，计划2027年建成投用。\n"
            "工程建设期间，县里将同步配套建设供水管网18.5公里、加压泵站3座。")
    got = _got(_run(extractor, text, "2026-09-10", source="宜宾日报"), "period")
    assert ("18.5公里", None) in got or ("18.5公里", "") in got
    assert ("3座", None) in got or ("3座", "") in got


def test_a_year_that_frames_its_sentence_still_dates_the_goals_after_it(extractor: Extractor) -> None:
    """今年，全县将… opens its sentence: the year frames the text, and a goal of the next paragraph that names no time
    is due in it, as before."""
    text = ("今年，全县将新建供水管网18.5公里。\n"
            "同时，县里将改造老旧小区12个。")
    got = _got(_run(extractor, text, "2026-03-10", source="宜宾日报"), "period")
    assert ("12个", "2026") in got


def test_this_years_end_named_inside_a_sentence_still_dates_the_goals_after_it(extractor: Extractor) -> None:
    """确保年底…不低于92% is this year's work: a goal of the next paragraph that names no time is due this year too."""
    text = ("该负责人说，全市将确保年底高校毕业生就业率不低于92%。\n"
            "该负责人说，为确保就业帮扶2万人目标任务完成，全市还将深化劳务协作。")
    got = _got(_run(extractor, text, "2026-03-10", source="宜宾日报"), "period")
    assert ("2万人", "2026") in got


def test_a_city_that_named_a_hospitals_key_specialties_is_not_their_place(extractor: Extractor) -> None:
    """嘉兴市重点专科9个 in an item on 海宁市's hospital: 嘉兴市 is the level that named them; the specialties, and 全市
    after them, are 海宁市's."""
    text = ("海宁市人民医院新院区投用\n"
            "海宁市人民医院现有省级重点专科2个、嘉兴市重点专科9个，新院区投用后可满足全市约35%的住院需求。")
    got = _got(_run(extractor, text, "2026-09-10", source="嘉兴日报"), "place")
    assert ("2个", "海宁市") in got
    assert ("9个", "海宁市") in got
    assert ("约35%", "海宁市") in got


def test_the_note_under_a_table_of_places_is_of_the_texts_place_again(extractor: Extractor) -> None:
    """Each row of a 分县 table takes its own county; the note under the table (注：…按年末常住人口…计算) is the city's
    again, not the last row's county's."""
    text = "\n".join([
        "南平市2025年卫生健康事业发展统计公报",
        "表2  2025年末分县（市、区）卫生资源情况",
        "县（市、区） 床位数（张） 卫生技术人员（人）",
        "全市 4260 5120",
        "延平区 1830 2210",
        "顺昌县 2430 2910",
        "注：每千人口床位数按年末常住人口268.52万人计算。",
    ])
    got = _got(_run(extractor, text, "2026-04-20", source="南平市统计局"), "place")
    assert ("2430", "顺昌县") in got
    assert ("268.52万人", "南平市") in got
