"""What the blind pages p119 and p120 of data/gold/pages showed (pages225): a national 农业 行业报's 地方 page read by
pdfminer with its boxes ordered by their left edge first, LAParams(boxes_flow=-1.0) (农民日报-style, 黑龙江, at 1.3, a new
setting: a column's lines one box, the boxes of the page's left column first whatever their items, a table's cells a box
each out of their rows' order) and a county-level city paper's 要闻 page read by poppler's words rejoined a line per
baseline (今日庄河-style, 辽宁, pdftotext -bbox at 1.4, its second page: the columns across the page run into one line, a
space between them).

Blind (main's code), p119-p120 alone: recall 0.754, precision 0.9796, qualifier 1.0, role 1.0, place 0.8947, period
0.9885, beds 1.0, jobs 1.0 (p119 0.7419, p120 0.7656); the whole set recall 0.9579, precision 0.9991, role 0.9894, place
0.9831, period 0.9927, beds 0.9916, jobs 0.988.

On the county page an export item beside a table of four 镇 (1—10月部分镇海产品出口额（单位：万美元） | 镇 出口额 增速（%）,
its rows set between the item's two columns' lines) read none of its eight cells: 出口额 was no column word (tables.yaml
columns: now 出口额, 进口额, 进出口额), and the caption, a line alone over the item's headline and then the table's head,
was taken by the lead's last line above (…提供就业岗位1.36万个，) as its next line, the head with it; a caption is now
told by a table's head two lines on where the line between is a headline alone (`Interleave._captions`). And the
table's last row (大郑镇 4260 5.9), a line of the row it shared with the item's column's foot (…规模以上出口企业18),
went on into the next column's top (家。): 5.9家 read (a wrong value) and 18家 lost; a table's row (a label, then numbers
alone a space apart) now goes on into no line (`Interleave._join`).

Final, p119-p120 alone: recall 0.8254, precision 0.9906, qualifier 1.0, role 1.0, place 0.9038, period 0.9896, beds 1.0,
jobs 1.0; the whole set recall 0.9595, precision 0.9993, role 0.9895, place 0.9831, period 0.9927, beds 0.9916, jobs
0.988 (p01-p118 as before, row for row).

Left: on the 农业 page pdfminer's order by left edge puts a table's cells out of their rows (哈尔滨市 齐齐哈尔市 绥化市
佳木斯市 | 14260 15310 17480 16820, the income column not in its labels' order) and a chart's values after its labels
and ticks far below its caption (今年部分市粮食产量　单位：亿斤 … 286.4 268.2 …), and prints the briefs' lines out of
order: ■ 五常市今年水稻种植面积达到252 | 80个，月补贴1500元。 boxes apart read as 25280个 (a wrong value; 3 | 80个 was
桦南县's), 252万亩 and 380个 lost, 提高2.3个 | … | 百分点 lost; the 北大荒 item read after the footer took 五常市 from the
document's opening (`DocSituation.first_place`: the deepest place of the chain its first place opens, 黑龙江 → 哈尔滨 →
五常市, across the whole page), five places. On the county page the pair's two-column item beside a one-column item (rows
of three pieces: 本报讯（记者 刘佳）11月 | 张，医院编制床位达到1200张 | …) read its columns across (350张 of the body
lost, 增收2.1万元 read under the briefs' headlines with 大连市), as pages218 left on p118; the chart's values over their
bars printed among the care item's lines in the order of their heights (900 820 … 640 600 430 380 …) not read; 本报讯
（记者 孙莉）1—10月 stands apart from its column's next line.
Sentences invented, in the style of such pages."""

from __future__ import annotations

import pytest

from stats.run.pipeline import Extractor
from tests.dated import dated_figures, quoted


def test_an_export_column_reads_under_its_unit_note(extractor: Extractor) -> None:
    """镇 出口额 增速（%） under （单位：万美元）: 出口额 is a column word, its cells in 万美元, the growth in percent."""
    text = "1—9月部分乡镇农产品出口额（单位：万美元）\n镇 出口额 增速（%）\n北关镇 3260 6.2\n南湖镇 2480 5.4\n"
    got = quoted(dated_figures(extractor, text, "2026-10-15", "今日某市"), "value", "measure", "role")
    assert ("3260", 32600000.0, "美元", "level") in got and ("5.4", 5.4, "%", "change") in got


# a county-level city paper's page printed a row at a time by poppler's words (one space between the columns): a lead in
# two columns, then an export item's two columns beside a table to their right, the table's caption over the item's
# headline and the table's head, its rows set between the item's lines, its last row on the row of the item's first
# column's foot (…企业15), the item's second column opening 家。
_TABLE_BESIDE = [
    "今日某市 2026年10月15日 星期四 第1版 要闻 1",
    "全市1—9月城镇新增就业3680人",
    "稳岗扩岗见实效 重点群体就业有保障",
    "本报讯（记者 李明）10月13日，记者从市人社局获悉，1— 发放创业担保贷款9600万元，扶持创业人员860人，带动就业245",
    "9月，全市城镇新增就业3680人，完成年度目标任务的92.6% 0人。",
    "；城镇登记失业率控制在3.5%以内，帮扶就业困难人员再就业6 全市农村劳动力转移就业达到9.8万人，实现劳务收入26.5",
    "20人。 亿元，同比增长4.8%。明年，全市城镇新增就业目标为4000人以",
    "今年以来，全市举办招聘会36场，提供就业岗位1.12万个， 上。",
    "1—9月部分镇农产品出口额（单位：万美元）",
    "农产品出口稳步增长",
    "镇 出口额 增速（%）",
    "东岗镇 5260 7.4",
    "本报讯（记者 赵静）1—9月， 家。",
    "西河镇 4180 6.3",
    "全市农产品出口额达到2.64亿美 全市今年新建出口基地12个，",
    "南湾镇 3520 5.8",
    "元，同比增长6.9%；出口企业达到 带动农户2600户。",
    "98家，其中规模以上出口企业15 北山镇 2940 5.1",
]


def test_a_caption_over_an_items_headline_and_a_table_head_goes_on_from_no_line(extractor: Extractor) -> None:
    """1—9月部分镇农产品出口额（单位：万美元） stands alone under the lead's rows, then the item's headline, then the
    table's head: it is the table's caption, which no column line goes on into. The lead's …1.12万个， goes on at its
    second column's top, and the table reads its cells in 万美元."""
    got = quoted(dated_figures(extractor, "\n".join(_TABLE_BESIDE) + "\n", "2026-10-15", "今日某市"),
                 "value", "measure", "sentence")
    assert ("5260", 52600000.0, "美元") in [(q, v, m) for q, v, m, _ in got]
    assert ("2940", 29400000.0, "美元") in [(q, v, m) for q, v, m, _ in got]
    sentence = next(s for q, _, _, s in got if q == "1.12万个")
    assert "发放创业担保贷款9600万元" in sentence and "出口额" not in sentence


def test_a_table_row_beside_an_items_columns_goes_on_into_no_line(extractor: Extractor) -> None:
    """北山镇 2940 5.1, the table's last row, shares its row with the item's first column's foot (…规模以上出口企业15);
    the second column opens 家。: the row ends at its last cell, the foot goes on there (15家), and no 5.1家."""
    got = quoted(dated_figures(extractor, "\n".join(_TABLE_BESIDE) + "\n", "2026-10-15", "今日某市"), "value", "measure")
    assert ("15家", 15.0, "家") in got
    assert not [q for q, v, m in got if m == "家" and v == 5.1]


@pytest.mark.slow
def test_the_pages_set_with_p119_and_p120_scores_at_its_floors() -> None:
    """data/gold/pages with p119 (农民日报-style, pdfminer LAParams(boxes_flow=-1.0) at 1.3) and p120 (今日庄河-style,
    pdftotext -bbox at 1.4), annotated blind: floors, not the exact scores (see the module's docstring). The whole set's
    recall 0.9626 -> 0.9595 and place 0.9847 -> 0.9831 here and in the pages tests before: the new pages' own misses,
    p01-p118 unchanged."""
    from stats.evaluate import evaluate, read_gold
    from tests.goldsets import GOLD, extracted

    folder = GOLD / "pages"
    gold = read_gold([folder])
    figures = extracted(folder / "texts").figures.to_pylist()
    two = evaluate([g for g in gold if g["doc"] in ("p119", "p120")], figures).summary
    assert two["recall"] >= 0.82 and two["precision"] >= 0.999 and two["qualifier_acc"] >= 1.0  # pagefix233: 1.0
    assert two["role_acc"] >= 0.99 and two["place_acc"] >= 0.93 and two["period_acc"] >= 0.98  # pagefix233: 0.9333
    s = evaluate(gold, figures).summary
    assert s["recall"] >= 0.956 and s["precision"] >= 0.999  # with pages232 (p121-p122's own misses): 0.9591
    assert s["place_acc"] >= 0.982 and s["period_acc"] >= 0.992 and s["role_acc"] >= 0.989  # +pagefix233: 0.9835, 0.9932
    assert s["topic_beds_acc"] >= 0.99 and s["topic_jobs_acc"] >= 0.98
    before = evaluate([g for g in gold if g["doc"] not in ("p119", "p120", "p121", "p122", "p123", "p124", "p125",
                                                              "p126", "p127", "p128", "p129", "p130", "p131",
                                                              "p132", "p133", "p134", "p135", "p136")],
                      figures).summary
    assert before["recall"] >= 0.962 and before["precision"] >= 0.999
