"""What the blind set data/gold/damaged6 found: six items as OCR of scanned reports gives them (a city's jobs half
year with a number at the start of every line, a city's health bulletin with its characters spaced out and page
marks, a city's bulletin with a table ruled in ｜ and ─, a paper's item with numbers broken at a line's end by a
hyphen and 万 read as 方, a county-level city's half year read line across both columns, a work report's pages
numbered line by line) from Jilin, Guangxi, Hunan, Guangdong, Hainan and Henan. Sentences invented, in the style
of such items; the figures worked out by hand from GUIDE.md."""

from __future__ import annotations

from stats.repair.layout import unnumbered
from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_numbers_a_scan_sets_at_the_start_of_its_lines_are_no_text(extractor: Extractor) -> None:
    """A page read with its lines' numbers (1 …, 2 …, or 01, 02 anew on each page): a run of lines each opening
    on a number one more than the line above's is such a page's, and the numbers go; a number cut at a line's
    end then meets its unit on the next line (4,318 | 5 人 is no 4,3185人), and 20 达到 is no figure."""
    text = ("1 本报讯 上半年，全市城镇新增就业1.26万人，失业人员再就业4,318\n"
            "2 人，就业困难人员实现就业1,052人。全市基本养老保险参保人数\n"
            "3 达到70.36万人，失业保险参保人数13.25万人。\n"
            "4 全市开展职业技能培训1.35万人次。\n")
    assert _got(_run(extractor, text, "2025-07-22"), "value") == [
        ("1.26万人", 12600), ("4,318人", 4318), ("1,052人", 1052), ("70.36万人", 703600), ("13.25万人", 132500),
        ("1.35万人次", 13500)]


def test_line_numbers_are_made_spaces_one_for_one_and_a_short_run_stays() -> None:
    """The pass keeps every other character where it stood; three numbered lines may be a list's, and stay."""
    text = "01 全市新增\n02 就业\n03 1.2万人\n04 。\n"
    assert unnumbered(text) == "   全市新增\n   就业\n   1.2万人\n   。\n"
    short = "1 全市新增\n2 就业\n3 1.2万人。\n"
    assert unnumbered(short) == short


def test_a_middle_dot_between_digits_on_a_page_ocr_read_is_a_point(extractor: Extractor) -> None:
    """On a page whose numbers show OCR's letters, a middle dot between digits (l·26万人, 59·O%, O·3l张) is the
    point OCR misread: nothing but a point stands so. On a page that shows no OCR, 6·8% stays unread (no
    figure, never 8%), and a date's name (“7·20”) is no figure on either."""
    text = "本报讯 全市城镇新增就业l·26万人，完成年度目标的59·O%，每千人口床位增加O·3l张，“7·20”暴雨后复工。"
    assert _got(_run(extractor, text, "2025-07-22"), "value") == [
        ("1.26万人", 12600), ("59.0%", 59.0), ("0.31张", 0.31)]
    assert _got(_run(extractor, "本报讯 全市工业增长6·8%，新增就业1200人。", "2025-07-22"), "value") == [("1200人", 1200)]


def test_a_comma_between_a_bare_number_and_digits_on_a_page_ocr_read_gives_no_figure(extractor: Extractor) -> None:
    """On a page OCR read, 12，6亿元 may be 12.6亿元 or two clauses: no sure reading, so no figure, never 12 元 nor
    6亿元; the clause's other figures stay."""
    text = "本报讯 全市实现劳务收入l2，6亿元，同比增长4.8%，新增就业3O5人。"
    assert _got(_run(extractor, text, "2025-07-22"), "value") == [("4.8%", 4.8), ("305人", 305)]


def test_wan_read_as_fang_before_a_unit_is_wan(extractor: Extractor) -> None:
    """万 read as 方 between a number and a unit no cubic metre stands before (1.08方人, 1.12方张, 1,246方元, a line's
    break before 方 too) is 万; 方 at a clause's end (清淤3.6方) may be cubic metres or 万: it stays as written."""
    text = ("本报讯 全市失业人员再就业1.08方人，养老床位1.12方张，发放高龄津贴1,246方元，提供助餐服务46.2\n"
            "方人次，清淤疏浚3.6方。")
    got = _got(_run(extractor, text, "2025-09-10"), "value")
    assert got[:4] == [("1.08万人", 10800), ("1.12万张", 11200), ("1,246万元", 12460000), ("46.2万人次", 462000)]
    assert all(q != "3.6万" for q, _ in got)


def test_a_number_cut_by_a_hyphen_where_no_range_can_be(extractor: Extractor) -> None:
    """A hyphen at a line's end before a line that opens on a number's point (3- | .4万人) or after a thousands
    group cut short (6,l8- | 2人) breaks one number: no range opens on a point, no group has fewer than three
    digits."""
    text = "本报讯 全市达成就业意向3-\n.4万人，武陟县城镇新增就业6,l8-\n2人，提供岗位3-\n5个。"
    got = _got(_run(extractor, text, "2025-09-10"), "value")
    assert got[:2] == [("3.4万人", 34000), ("6,182人", 6182)]


def test_a_heading_under_a_line_number_opens_its_section(extractor: Extractor) -> None:
    """A numbered heading on a page numbered line by line (04 （四）…完成情况) is read past its line's number: a
    paragraph of its own, which ends the plan the lines above set out, so the results under it are levels."""
    text = ("01 本报讯 全年城镇新增就业6.08万人，完成目标任务的121.6%。\n"
            "02 2025年主要预期目标是：城镇新增就业5.5万人以上，新增养老床位1,000张。\n"
            "03 （四）就业和养老服务重点工作完成情况\n"
            "04 城镇新增就业60800人，高校毕业生就业1.96万人。\n")
    assert _got(_run(extractor, text, "2025-02-14"), "role") == [
        ("6.08万人", "level"), ("121.6%", "level"), ("5.5万人以上", "target"), ("1,000张", "target"),
        ("60800人", "level"), ("1.96万人", "level")]
