"""What p113 of data/gold/pages left (pagefix212): a 人社 行业报's 地方 page read by pdftotext -bbox, its words rejoined a
line per baseline. The lead's three columns run under a row of two headlines and the main headline's row of one piece
(`_row_links` reads those rows, alternating one piece and more, as a column set on rows of its own); its second column
ends in a row of two pieces, …全省基本养老保险参保, under which the caption of a table across the page stands alone in
its row, 1—10月各市州就业情况（单位：人）, over the table's head. Read so, the column's foot went on into the caption by the
rhythm alone (the one column still running, its seam telling nothing), the table had no head under a caption of its own
and none of its ten cells read, and the third column came after the table, its last row's 玉树州 placing the province's
468.2万人, 62.4万人 and 98.6万人. Now a line alone in its row right over a table's head is the table's caption, which
no line goes on into nor rivals another's top (`Interleave._captions`), and a column's top is not looked for over a
row of one piece up to a short line ending on a word (a headline row over the columns: `column_top`).

Under them a pair of items of two columns each, the right item's dateline, 本报讯（记者 李娜）11月, and the top of its
second column, 0人。 (…意向96 cut at its first column's foot), a space apart: the dateline, short of a column, took that
piece as its line's rest (`_rejoin`), 0人 a figure, 11月 | 18日 never met and the item's 2800个 and 960人 left out. A
piece of a number's last digits and its unit closed by a paragraph's mark is now no head's rest.

Left: on p114 (pdfplumber's words at y_tolerance 3) an item of two columns beside an item of one wide column, the row
…新增床位300 构床位达到2680张，每千人口 收1.2万元。: its second piece, a narrow column's full line but short of the
wide column's lines around, takes the third as its rest (a line's head cut at a space it holds), and 户均增 | 收1.2万元
never meet (1.2万元 read a level). Keeping a piece with a wide comma or semicolon inside from taking the next fixed it
(and 7.4张 a per-thousand figure), but the new pieces moved the lead's joins (8.62 | 万人 no longer met: 8.62万人 lost)
and p55's 83个 was lost: left out. Sentences invented, in the style of such pages."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures, quoted

# a lead of three columns under the page's headlines, its third column the shortest, and a table's caption across the
# page under it, as pdftotext -bbox's words rejoined a line per baseline print them
_LEAD_OVER_A_TABLE = [
    "中国劳动保障报 2026年10月21日 星期三 第3版 地方 1",
    "稳岗扩岗政策持续发力 重点群体就业总体稳定",
    "甘肃1—9月城镇新增就业28.6万人",
    "本报兰州讯（记者 马丽）记者日前 1—9月，全省农村劳动力转移就 人数达到1286.4万人，失业保险参保人数18",
    "从甘肃省人力资源和社会保障厅获悉，1 业486.2万人次，实现劳务收入1126.4亿元 6.4万人，工伤保险参保人数226.8万人。到2",
    "—9月，全省城镇新增就业28.6万人，完 ，同比增长7.2%。全省发放创业担保贷款 027年，全省基本养老保险参保率将稳定",
    "成年度目标任务的95.3%；城镇调查失业 36.8亿元，扶持创业1.26万人，带动就业326 在95%以上。",
    "率为5.2%；失业人员再就业6.42万人，就 0人。",
    "业困难人员实现就业2.12万人。 截至9月底，全省基本养老保险参保",
    "1—9月各市州就业情况（单位：人）",
    "市州 城镇新增就业 失业人员再就业",
    "兰州市 86240 18420",
    "天水市 42680 9160",
    "白银市 21360 5240",
    "陇南市 21150 5540",
    "兰州市第一人民医院新增床位600张 天水专场招聘会提供岗位3200个",
    "本报讯（通讯员 兰宣）11 张。截至10月底，兰州市每千 本报讯（记者 王芳）11月 0人。",
    "月16日，兰州市第一人民医院 人口医疗卫生机构床位数达到 18日，天水市举办冬季专场招 今年以来，天水市累计举",
    "新院区投入使用，新增床位60 8.2张。 聘会，64家企业提供就业岗位 办招聘活动52场，城镇新增就",
    "0张，医院编制床位达到1800 3200个，现场达成就业意向84 业9600人。",
    "1—10月部分市州创业担保贷款 单位：亿元",
    "技能培训惠及农民工8.6万人次",
]


def _got(extractor: Extractor) -> set[tuple]:
    got = quoted(dated_figures(extractor, "\n".join(_LEAD_OVER_A_TABLE) + "\n", "2026-10-21", "中国劳动保障报"),
                 "value", "role", "metric", "place")
    return {(g[0], g[1], g[2], g[3], g[4]) for g in got}


def test_a_columns_foot_goes_on_at_the_next_columns_top_over_a_tables_caption(extractor: Extractor) -> None:
    """…全省基本养老保险参保 at the second column's foot goes on at the third column's top (人数达到1286.4万人…), not into
    the table's caption alone in the row under it: the enrolment figures are the province's, none the last row's."""
    got = _got(extractor)
    for quote, value in (("1286.4万人", 12864000.0), ("186.4万人", 1864000.0), ("226.8万人", 2268000.0)):
        assert (quote, value, "level", "insurance.enrolment", "甘肃省") in got


def test_a_tables_caption_over_its_head_stays_the_tables(extractor: Extractor) -> None:
    """1—9月各市州就业情况（单位：人） | 市州 城镇新增就业 失业人员再就业: the caption opens the table's own paragraph
    (its 1 kept), and each row's cells read, the row's city's."""
    got = _got(extractor)
    assert ("86240", 86240.0, "level", "jobs.urban_new", "兰州市") in got
    assert ("18420", 18420.0, "level", "jobs.reemployment", "兰州市") in got
    assert ("5540", 5540.0, "level", "jobs.reemployment", "陇南市") in got
    # (the caption's 1 kept, no tail of a number cut at another line's end: the cells count the nine months)
    periods = {g[0]: g[2] for g in quoted(dated_figures(extractor, "\n".join(_LEAD_OVER_A_TABLE) + "\n", "2026-10-21",
                                                         "中国劳动保障报"), "value", "period")}
    assert periods["86240"] == "2026M01-M09"


def test_a_datelines_neighbour_piece_of_a_numbers_tail_is_no_part_of_its_line(extractor: Extractor) -> None:
    """本报讯（记者 王芳）11月 | 0人。: the second piece, a number's last digit and its unit, is the top of another
    column (…意向84 cut at its foot), not the dateline's rest: no 0人 is read, and the dateline goes on in its column
    (11月 | 18日，天水市举办…), the fair's figures 天水市's."""
    got = _got(extractor)
    assert not any(g[0] == "0人" for g in got)
    assert ("64家", 64.0, "level", "jobs.fair_employers", "天水市") in got

