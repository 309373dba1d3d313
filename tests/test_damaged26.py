"""What the blind set data/gold/damaged26 found: five texts of our own damaged by scripts/gold_damaged26.py (two
columns of two counties read a line each in turn with no blank line between, cut nowhere inside a number; a column cut
inside numbers with an editors' line and the next page's running head between two lines of a sentence; a headline
block read between a lead's first lines; a paragraph spaced out a character at a time; full-width digits with a
page's number and a web page's print head between 增 and 长). Blind, main scored precision, qualifier and jobs 1.0,
recall 0.9775 (9.6亿元 and 31.28亿元: the left column's 总投资 read into the right one's 9.6, the right one's 31.28
into the left one's 亿元), place 0.908 (the left column's figures given the right one's county), period 0.977, role
0.9885 and beds 0.9565 (增 | － 2 － | 安远县人民政府网　民生动态 | 长11.7%: 长11.7% read as a level). Sentences
invented, in the style of such pages.
"""

from __future__ import annotations

import re

from stats.rules.rulefile import load_rules
from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got
from tests.repaired import paragraphs, swept

LEX = load_rules().lexicon

_LEFT = ("凤冈县新增医疗床位380张\n记者从凤冈县卫生健康局获悉，2025年，全县新增医疗床位380张，实有床位总数达到"
         "2960张，比上年增长14.7%；每千常住人口床位数7.12张。县中医院住院综合楼投入使用，设置床位500张，总投资3.8亿元。"
         "全县建成医疗次中心3个，新招聘卫生专业技术人员168名。全县乡镇卫生院实有床位860张，村卫生室达到标准化建设要求的有"
         "126个。2026年，全县计划再新增床位200张。")
_RIGHT = ("余庆县财政运行总体平稳\n2025年，余庆县一般公共预算收入完成5.36亿元，增长3.9%，其中税收收入3.62亿元，占比67.5%。"
          "一般公共预算支出完成29.84亿元，增长1.8%，其中民生支出24.16亿元，占支出的81.0%。全年争取上级转移支付资金18.6亿元，"
          "发行新增专项债券5.2亿元。年末全县政府债务余额控制在限额以内，全年未发生债务风险事件。2026年，全县一般公共预算收入"
          "预期增长5%左右。")


def _wrapped(text: str, width: int) -> list[str]:
    """A paragraph's lines at most `width` characters, never cut inside a number (as a page sets whole numbers)."""
    out: list[str] = []
    for para in text.split("\n"):
        line = ""
        for tok in re.findall(r"\d+(?:\.\d+)?%?|.", para):
            if line and len(line) + len(tok) > width:
                out.append(line)
                line = ""
            line += tok
        out.append(line)
    return out


def test_two_columns_read_a_line_each_in_turn_are_put_back(extractor: Extractor) -> None:
    """Two columns of two widths read across a line at a time with no blank line between, no number cut at a line's
    end: the seams of the lines two apart are written elsewhere on the page (床位, 亿元, 全县), those of lines one
    apart are not. Each column is read on in its own lines, and each county's figures are its own."""
    page = "\n".join(swept([_wrapped(_LEFT, 20), _wrapped(_RIGHT, 17)])) + "\n"
    joined = "".join(paragraphs(LEX, page))
    assert "总投资3.8亿元。全县建成医疗次中心3个" in joined and "每千常住人口床位数7.12张" in joined
    assert "其中民生支出24.16亿元，占支出的81.0%" in joined
    got = {q: p for q, p in _got(_run(extractor, page, "2026-01-16"), "place")}
    assert got["3.8亿元"] == got["7.12张"] == got["168名"] == "凤冈县"
    assert got["24.16亿元"] == got["29.84亿元"] == got["18.6亿元"] == "余庆县"


def test_one_column_cut_at_a_fixed_width_reads_as_it_came(extractor: Extractor) -> None:
    """The same words of one column, wrapped at a width and read in order: its seams with the next line are the
    page's words, so nothing is read across, and every figure is the one county's."""
    page = "\n".join(_wrapped(_LEFT, 20)) + "\n"
    assert "".join(paragraphs(LEX, page)).startswith("凤冈县新增医疗床位380张")
    got = _got(_run(extractor, page, "2026-01-16"), "value", "place")
    assert ("3.8亿元", 380000000, "凤冈县") in got and ("126个", 126, "凤冈县") in got
    assert all(p == "凤冈县" for *_, p in got)


def test_a_web_pages_print_head_under_a_page_number_inside_a_sentence_is_dropped(extractor: Extractor) -> None:
    """A web page printed to PDF: under the page's number, the next page's head (the site's name and its section, a
    wide gap between) over the rest of a sentence the page cut (…增 | － 3 － | 某某县人民政府网　工作动态 | 长8.2%…):
    the head is no word of the sentence, which runs on, and the growth stays a growth."""
    page = ("正安县2025年新增医疗床位160张，实有床位达到1860张，增\n－ 3 －\n正安县人民政府网　工作动态\n"
            "长8.2%；新增养老床位120张。\n")
    got = _got(_run(extractor, page, "2026-01-20"), "role", "metric")
    assert [g[:2] for g in got] == [("160张", "level"), ("1860张", "level"), ("8.2%", "change"), ("120张", "level")]
    assert "beds" in got[2][2]


def test_a_heading_with_a_gap_under_a_page_number_after_a_whole_sentence_stays() -> None:
    """Under a page's number after a sentence that ended, a line in fields apart by a gap is the next page's own
    heading (二、　2026年工作安排), no running head: it stays, a paragraph of its own."""
    page = "全年城镇新增就业1260人。\n— 3 —\n二、　2026年工作安排\n全县城镇新增就业力争达到1300人。\n"
    pars = [p.replace(" ", "").replace("\u3000", "") for p in paragraphs(LEX, page)]
    assert "二、2026年工作安排" in pars
