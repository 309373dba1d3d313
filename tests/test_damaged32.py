"""What the blind set data/gold/damaged32 found: five texts of our own, each in a form no damaged set used (a scan's
OCR with look-alike glyphs and each line's last character doubled at the next line's start; a 人大 report copied with
its right-aligned gutter line numbers, counted anew on each page; a vertically set brochure read column by column; a
mail thread's > and >> quotes re-wrapped; a multi-page bulletin with its contents, running head and foot and 续表).
Blind, main took a gutter whose numbers stand right-aligned (" 9  …") or before a paragraph's indent for no gutter,
and read its numbers as one column (失业率3 | page | 1  .1% as 3123456789.1%); read 8.8万人 | 人次 as 8.8万人 on the
scanned page; and gave the figures of 临夏县位于甘肃省中部，总面积… to the province. Sentences invented, in the style
of such texts.
"""

from __future__ import annotations

import pytest

from stats.repair.layout import _unoverlapped, unnumbered
from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.goldsets import scored


def _gutter(paragraphs: list[str], width: int, per_page: int) -> str:
    """Paragraphs cut at `width` as a PDF's lines, each page's lines numbered from 1 in a right-aligned gutter
    and its foot under them, as a 人大 draft copied from its PDF comes."""
    lines = [p[i:i + width] for p in paragraphs for i in range(0, len(p), width)]
    out: list[str] = []
    for page, start in enumerate(range(0, len(lines), per_page), 1):
        out += [f"{n:>2}  {line}" for n, line in enumerate(lines[start:start + per_page], 1)]
        out += ["", f"— {page} —", ""]
    return "\n".join(out) + "\n"


_REPORT = ["　　一、主要指标", "　　全县地区生产总值完成86.4亿元，增长5.2%，城镇登记失业率2.8%。", "　　二、社会事业",
           "　　年末医疗卫生机构床位1324张，全年城镇新增就业1860人。", "　　三、今年目标",
           "　　城镇新增就业1900人以上，新增床位150张。"]
_WANTED = {(8640000000.0, "元"), (5.2, "%"), (2.8, "%"), (1324.0, "张"), (1860.0, "人"), (1900.0, "人"), (150.0, "张")}


def _values(extractor: Extractor, text: str) -> set[tuple[float, str]]:
    return {(f["value"], f["measure"]) for f in _run(extractor, text, "2026-01-12")}


@pytest.mark.parametrize("width", [14, 15, 17, 18])
def test_a_gutter_of_line_numbers_broken_by_indents_is_no_part_of_the_text(extractor: Extractor, width: int) -> None:
    """Right-aligned gutter numbers (" 8  60人。") are taken out however the paragraphs' indents and headings cut
    the run of lines under them, and a number cut at a line's end reads whole across the next line's number
    (床位13 | 6  24张 is 1324张, never 624张 or 61324): every figure, and no other."""
    assert _values(extractor, _gutter(_REPORT, width, 40)) == _WANTED


def test_a_short_last_page_counted_anew_is_a_gutter_too(extractor: Extractor) -> None:
    """The last page of a document numbered anew on each page may hold two or three lines: under pages whose runs
    prove the gutter, its numbers are taken out too (…就业1900 | — 1 — | 1  人以上 is 1900人以上, not 1人以上)."""
    paragraphs = ["某某县人民政府工作报告（审议稿）",
                  "　　过去一年，全县地区生产总值完成86.4亿元，增长5.2%。一般公共预算收入完成6.18亿元，增长3.6%。"
                  "全年城镇新增就业1860人，城镇登记失业率2.8%。年末医疗卫生机构床位1324张。",
                  "　　今年主要预期目标：地区生产总值增长5.5%左右，城镇新增就业1900人以上。"]
    got = _values(extractor, _gutter(paragraphs, 18, 7))
    assert (1900.0, "人") in got and (3.0, "人") not in got and (5.5, "%") in got


def test_a_line_alone_opening_on_one_is_no_gutter() -> None:
    """A single line opening on 1 and a space, with no run over it, keeps its 1 (a number cut with a space, 1 260人),
    as a run of three lines from 3 keeps its numbers: only runs that prove a gutter are taken out."""
    text = "全县城镇新增就业\n1 260人，增长4%。\n3 张\n4 张\n5 张\n"
    assert unnumbered(text) == text


_SCAN = ("某某县2025年劳务输出情况\n"
         "　　2025年，全县累计实现劳务输出5.6万人\n人次，同比增长4.2%，实现劳务收入9.8亿元，\n"
         "，比上年增长6.1%。全县开发公益性岗位\n位860个，培训农村劳动力3200人次\n次，其中取得职业资格证书的1460人。\n")


def test_a_scan_that_doubles_each_lines_last_character_is_read_once(extractor: Extractor) -> None:
    """A page read in overlapping strips repeats each line's last character at the next line's start: on a page
    where most breaks show it, the repeat is dropped, so 5.6万人 | 人次 is 5.6万人次 (not 5.6万人) and 岗位 | 位860个
    a post count."""
    figs = _run(extractor, _SCAN, "2026-01-20")
    got = {(f["value"], f["measure"]) for f in figs}
    assert (56000.0, "人次") in got and (56000.0, "人") not in got
    assert {(860.0, "个"), (3200.0, "人次"), (1460.0, "人"), (980000000.0, "元")} <= got


def test_a_page_with_one_chance_repeat_at_a_break_is_left_as_written() -> None:
    """A word cut at a break whose next line opens with the character it ended on (家家 | 户户) is a chance, not a
    scan's overlap: with too few such breaks the page is left alone; and a number cut at a break of a page that
    overlaps with a digit again (12 | 26: 126 or 1226?) is made unreadable, never read either way."""
    plain = ["　　全县实施农村饮水安全巩固提升工程，家家", "家户户通上了自来水，全年新增受益人口",
             "1.2万人，农村自来水普及率达到96.5%。"]
    assert _unoverlapped(plain) is None
    overlapped = ["　　全县新增城镇就业岗位一千", "千二百个，实有床位达到12", "26张，同比增长百分之三", "三点一，全县卫生院",
                  "院二十六所。"]
    out = _unoverlapped(overlapped)
    assert out is not None
    assert out[0].endswith("一 ") and out[2].endswith("百分之 ") and out[3].endswith("卫生 ")
    assert out[1].endswith("达到\ufffd\ufffd") and out[2].startswith("\ufffd\ufffd张")


def test_a_number_cut_with_a_digit_again_on_an_overlapping_page_gives_no_figure(extractor: Extractor) -> None:
    """床位达到12 | 26张 on a page whose strips overlap: 126 or 1226, no reading is sure, so neither is given; the
    page's other figures are read once each."""
    text = ("某某县2025年卫生健康情况\n　　2025年，全县医疗卫生机构实有床位达到12\n"
            "26张，同比增长4.2%，卫生技术人员2860人，\n，比上年增加126人。全县开发公益性岗位\n位860个，培训农村劳动力3200人次\n次，其中取得职业资格证书的1460人。\n")
    got = _values(extractor, text)
    assert not {v for v, m in got if m == "张"}
    assert {(2860.0, "人"), (126.0, "人"), (860.0, "个"), (3200.0, "人次"), (1460.0, "人")} <= got


def test_the_area_a_place_is_said_to_lie_in_is_no_subject(extractor: Extractor) -> None:
    """华池县位于甘肃省东部，总面积…: the province is where the county stands; the area, townships and people are the
    county's. A unit placed after 位于 (项目位于华池县) still takes that place."""
    figs = _run(extractor, "华池县位于甘肃省东部，总面积3776平方公里，辖15个乡镇，常住人口10.2万人。", "2026-03-02")
    assert {f["quote"]: f["place"] for f in figs} == {"3776平方公里": "华池县", "15个": "华池县", "10.2万人": "华池县"}
    figs = _run(extractor, "该项目位于华池县，总投资2.6亿元。", "2026-03-02")
    assert [f["place"] for f in figs] == ["华池县"]


@pytest.mark.slow  # a gold set extracted: the quick suite is near its limit
def test_the_damaged32_gold_set_scores_at_its_floors() -> None:
    """data/gold/damaged32 (five texts of our own in forms no damaged set used, by scripts/gold_damaged32.py). Blind,
    main scored recall 0.9833, precision 0.9752, place 0.9746, topic_jobs 0.9714, the rest 1.0; after (with 两处,
    an abstract count, made optional in the gold): recall 1.0, precision 1.0, every other score 1.0. Floors, not
    the exact scores."""
    s = scored("damaged32")
    assert s["recall"] >= 0.99 and s["precision"] >= 0.99
    assert s["role_acc"] >= 0.99 and s["qualifier_acc"] >= 0.99
    assert s["place_acc"] >= 0.99 and s["period_acc"] >= 0.99
    assert s["topic_beds_acc"] >= 0.99 and s["topic_jobs_acc"] >= 0.99
