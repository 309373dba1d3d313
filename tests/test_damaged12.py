"""What the blind set data/gold/damaged12 found: five pages damaged the way text extractors damage newspaper pages
(every line ending with a soft hyphen or a stray space and numbers cut inside a decimal at a line's end; Kangxi
radicals for 日 人 月 with full-width digits, ％ and ．; the page's running head, date line and page number repeated
between every column's text; two items set side by side and read across, each line the left one's line and then
the right one's; a photo caption and a 短讯 column glued to the lead): the page number of a running head repeated
between two columns ran into the number the column cut (养老床位13 | … | 3 | 20张 read 320张); the tail of a number
cut at the left item's line end read alone (61 | 2人 read 2人); 全县 after a paragraph on a neighbouring county, in a
paragraph its own county's office opens, was placed in the neighbour; the part of a goal done by a time opening the
clause (前三季度已完成1536人) counted people. Left: the two items read across mix their places and lose the numbers
cut at the left half's end. Sentences and pages invented, in the style of such pages."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got

HEAD = "某某日报\n2025年10月16日　星期四\n旗市区新闻\n3\n"


def test_a_running_head_repeated_between_columns_is_taken_out(extractor: Extractor) -> None:
    """An extractor that reads a page column by column writes the page's head (the paper, the date line, the
    section, the page number) between every two columns: the sentence a column cut runs on past it, and the page
    number runs into no number (养老床位13 | … | 3 | 20张 is 1320张, not 320张; 提供岗位 | … | 3 | 1.82万个 is not
    31.82万个)."""
    text = (HEAD + "某某县养老服务中心投入使用\n本报讯 某某县养老服务中心日前投入使用，新增养老床位180张。全县共有养老机构"
            "14家，养老床位13\n" + HEAD + "20张，全年举办招聘活动64场，提供岗位\n" + HEAD + "1.82万个。\n")
    got = _got(_run(extractor, text, "2025-10-16", source="呼伦贝尔日报"), "value")
    assert got == [("180张", 180), ("14家", 14), ("1320张", 1320), ("64场", 64), ("1.82万个", 18200)]


def test_the_first_running_head_stands_and_a_lone_one_stays(extractor: Extractor) -> None:
    """A head met once is the page's own (its date may date the text): nothing is taken out, and a column's number
    is read as before."""
    text = HEAD + "本报讯 全县新增养老床位180张，养老床位达到1320张。\n"
    got = _got(_run(extractor, text, "2025-10-16", source="呼伦贝尔日报"), "value")
    assert got == [("180张", 180), ("1320张", 1320)]


def _across(left: str, right: str, wl: int = 17, wr: int = 16) -> str:
    """Two items set side by side, read across: each line the left one's line and then the right one's."""
    ls = [left[i:i + wl] for i in range(0, len(left), wl)]
    rs = [right[i:i + wr] for i in range(0, len(right), wr)]
    n = max(len(ls), len(rs))
    return "\n".join(a + b for a, b in zip(ls + [""] * (n - len(ls)), rs + [""] * (n - len(rs)), strict=True)) + "\n"


def test_two_items_read_across_give_no_cut_tail(extractor: Extractor) -> None:
    """Two items side by side read across: the line where both open (their indents, the second inside the line)
    tells the left half's width; read item by item (leftovers22: the left halves, then the right ones), a number
    cut at the left half's end (…新增就业61 | 2人) goes on in its own next line, 612人, never its tail alone (2人),
    and no figure takes a value or a unit across the halves."""
    text = _across("　　本报讯（记者 马晓红）今年以来，今年上半年，全县城镇新增就业612人，完成年度目标的28.4%；输转劳动力"
                   "2.35万人，实现劳务收入4.8亿元。",
                   "　　本报讯（通讯员 陈立新）3月18日，某某县医养结合服务中心建成运营，新增床位200张，其中医疗床位80张，"
                   "项目总投资8500万元。")
    assert "就业61" in text and "\n2人" in text
    got = _got(_run(extractor, text, "2026-03-20", source="张掖日报"), "value")
    assert ("2人", 2) not in got
    right = {("612人", 612), ("28.4%", 28.4), ("2.35万人", 23500), ("4.8亿元", 480000000), ("200张", 200),
             ("80张", 80), ("8500万元", 85000000)}
    assert set(got) == right


def test_a_line_opening_with_a_number_under_a_left_half_ending_in_words_stays(extractor: Extractor) -> None:
    """On a page read across, a line whose number opens it under a line whose left half ends in words is the left
    item's paragraph run on (…计划输转城乡劳动力 | 5.2万人): read."""
    left = ["　　本报讯（记者 马晓红）今年以来", "，某某县计划输转城乡劳动力", "5.2万人，新增城镇就业2600人。"]
    right = ["　　本报讯（通讯员 陈立新）3月", "18日，全县新增床位200张。", ""]
    text = "\n".join(a + b for a, b in zip(left, right, strict=True)) + "\n"
    got = _got(_run(extractor, text, "2026-03-20", source="张掖日报"), "value")
    assert ("5.2万人", 52000) in got and ("2600人", 2600) in got


def test_the_own_countys_office_after_a_paragraph_on_a_neighbour(extractor: Extractor) -> None:
    """全县 in a paragraph the article's own county's office opens, unnamed (县人社局负责人表示), after a paragraph on a
    neighbouring county: the article's county. Inside the neighbour's own paragraph the office is the neighbour's."""
    text = ("会昌县上半年城镇新增就业4180人\n本报讯 今年上半年，会昌县城镇新增就业4180人。\n"
            "同期，相邻的寻乌县城镇新增就业3620人。\n县人社局负责人表示，全年全县将力争城镇新增就业7000人以上。\n")
    got = _got(_run(extractor, text, "2025-08-14", source="赣南日报"), "place")
    assert got == [("4180人", "会昌县"), ("4180人", "会昌县"), ("3620人", "寻乌县"), ("7000人以上", "会昌县")]
    text = ("会昌县上半年城镇新增就业4180人\n本报讯 今年上半年，会昌县城镇新增就业4180人。\n"
            "同期，寻乌县城镇新增就业3620人。县人社局负责人表示，全年全县将力争城镇新增就业6000人以上。\n")
    got = _got(_run(extractor, text, "2025-08-14", source="赣南日报"), "place")
    assert got[-1] == ("6000人以上", "寻乌县")


def test_the_part_of_a_goal_done_by_a_time_counts_what_the_goal_counts(extractor: Extractor) -> None:
    """今年计划新增城镇就业1800人，前三季度已完成1536人，完成率85.3%: what is done by the time that opens the clause, and
    its share, are new urban jobs as the goal is."""
    text = "本报讯 某某市今年计划新增城镇就业1800人，前三季度已完成1536人，完成率85.3%。\n"
    got = _got(_run(extractor, text, "2025-10-16", source="呼伦贝尔日报"), "metric")
    assert got == [("1800人", "jobs.urban_new"), ("1536人", "jobs.urban_new"), ("85.3%", "jobs.urban_new")]


def test_soft_hyphens_and_stray_spaces_at_line_ends(extractor: Extractor) -> None:
    """Every line ending with a soft hyphen or a stray space, a decimal cut at the line's end (61. | 5%, 12. | 46万人)."""
    text = ("本报讯 今年上半年，全县城镇新增就业41\u00ad\n80人，完成年度目标任务的61.\u00ad\n"
            "5%；全县农村劳动力转移就业12. \n46万人，发放创业担保贷款1.\u00ad\n85亿元。 \n")
    got = _got(_run(extractor, text, "2025-08-14", source="赣南日报"), "value")
    assert got == [("4180人", 4180), ("61.5%", 61.5), ("12.46万人", 124600), ("1.85亿元", 185000000)]


def test_kangxi_radicals_and_full_width_digits(extractor: Extractor) -> None:
    """Kangxi radicals for 日 人 月 (⽇ ⼈ ⽉), digits, ％ and ． full-width: read as the plain characters."""
    text = ("本报讯 12\u2f493\u2f47，全县医疗卫生机构床位数达到９．１２张，护理型床位占比达到６１．５％。"
            "家庭医\u2f63签约服务覆盖１２．８万\u2f08。\n")
    got = _got(_run(extractor, text, "2025-12-05", source="丽水日报"), "value")
    assert got == [("9.12张", 9.12), ("61.5%", 61.5), ("12.8万人", 128000)]
