"""What the blind pages p43 (云浮日报's 要闻 page, read by pdftotext -layout) and p44 (邢台日报's 经济 page, read by
pypdf's layout mode) found. pypdf sets each line on a grid of characters, and a column's line with many digits
(narrower than a Han character) takes more characters than one of Han: the next column's line then follows it
with no gap at all (…规上工业企0个，总投资…), which read as one line gave figures that are none (0个, 126020人).
A bar chart's values beside an item's columns made its block read as a table's rows (…再招聘1 | 20名。), and a
短评 column's headline beside an item's hid the narrow column, whose lines ran into the item's. Sentences
invented, in the style of such pages."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got

# a lead over three columns as pypdf's layout mode prints it: rows 4, 5 and 10 run two columns together
LEAD = "\n".join([
    "前11个月全市规上工业增加值增长7.6%",
    "",
    "",
    "  本报讯（记者 赵某某 通讯员 钱某某     业集群实现营业收入315.4亿元。        城镇新增就业5.24万人，完成全年目标任",
    "）记者17日从市统计局获悉，1—11月，       重点项目支撑有力               务的107.3%；农村劳动力转移就业8.9万",
    "全市规模以上工业增加值同比增长7.6%，       今年，全市谋划实施市级重点项目23      人。",
    "比1—10月加快0.2个百分点；规上工业企0个，总投资3180亿元，截至11月底已完          市第三医院新院区11月投入使用，设",
    "业营业收入达到3840.5亿元，增长5.9%。成年度投资计划的106.4%。冀州区生物医      置床位1300张。截至11月底，全市每千人",
    "  特色产业集群提质扩量             药产业园今年新落地项目13个，新增就业      口医疗卫生机构床位数达到7.6张，每千",
    "  前11个月，全市17个省级重点县域特     岗位2400个。                 名老年人拥有养老床位25.4张。",
    "色产业集群实现营业收入1940.3亿元，增      民生投入持续加大                 市统计局有关负责人表示，预计全年",
    "长8.2%。其中，武邑县橡塑制品产业集群       1—11月，全市民生支出完成613.8亿全市规上工业增加值增长7%以上。",
    "营业收入达到684.7亿元，故城县丝网产元，占一般公共预算支出的81.3%。全市",
    "",
])


def test_two_columns_run_together_are_cut_apart_and_no_number_is_made_across_the_cut(extractor: Extractor) -> None:
    """Rows of the lead where a column's line runs on into the next column's with no gap are cut at the column's
    printed width: the columns read in order (the byline's paper, then its second and third column), and a number
    near the cut (…项目23 | 0个) is never read as 0个 or 23个: the line …规上工业企 as wide as its column's full line,
    the 0 past it, the 0 is the next column's, read on from its line above (230个), and its sentence reads as it
    would whole (谋划实施…230个，总投资3180亿元: a plan's figures)."""
    got = _got(_run(extractor, LEAD, "2025-12-18", source="衡水日报"), "place", "role")
    quotes = [q for q, *_ in got]
    assert "0个" not in quotes and "23个" not in quotes and "613.8亿" not in quotes
    sentence = "今年，全市谋划实施市级重点项目230个，总投资3180亿元，截至11月底已完成年度投资计划的106.4%。"
    plain = _got(_run(extractor, sentence, "2025-12-18", source="衡水日报"), "role")
    assert [(q, r) for q, _, r in got if q in ("230个", "3180亿元")] == [(q, r) for q, r in plain if q != "106.4%"]
    assert ("106.4%", "衡水市", "level") in got
    assert ("2400个", "冀州区", "level") in got and ("1300张", "衡水市", "level") in got
    assert ("7%以上", "衡水市", "target") in got  # 预计全年 above, in its own column, is read with it


ROW = "\n".join([
    "枣强裘皮产业营收增长9.8%           阜城县多渠道促进就业               桃城区农村公路提档升级",
    "",
    "",
    "  本报讯（记者 刘某）前11个月，枣        本报讯（记者 张某）今年以来，阜         本报讯（记者 王某）今年，桃城区",
    "强县裘皮产业实现营业收入148.6亿元，城县举办招聘活动28场，达成就业意向61          新建改建农村公路84公里，完成投资1.9",
    "同比增长9.8%；全县裘皮企业达到134030人；新开发公益性岗位540个。            亿元，惠及群众13.4万人。",
    "家。",
    "",
])


def test_a_row_of_items_whose_lines_run_together_reads_item_by_item(extractor: Extractor) -> None:
    """Three items side by side: only their first row shows three columns, the others run the first two items'
    lines together. The columns that row shows are the block's, and the lines are cut at the first item's width:
    each item reads whole with its county, and 1340 | 30人 (two items' numbers run together) is no figure."""
    got = _got(_run(extractor, ROW, "2025-12-18", source="衡水日报"), "place")
    assert "134030人" not in [q for q, _ in got]
    assert ("148.6亿元", "枣强县") in got and ("28场", "阜城县") in got and ("540个", "阜城县") in got
    assert ("84公里", "桃城区") in got


CHART = "\n".join([
    "1—11月部分县规上工业增加值增速（%）            景县人民医院新增床位400张",
    "",
    " 13",
    "                          10.2",
    "     8.4  9.3                      本报讯（记者 李某）近日，        今年以来，景县公开招聘基层",
    "  8             7.1             景县人民医院综合病房楼启用，新      医务人员184名，计划明年再招聘1",
    "                     4.8        增床位400张，全县医疗卫生机构     30名。",
    "                                床位总数达到3460张。",
    "  6",
    "",
    "  0",
    "    武邑县   景县   巨鹿县  阜城县  枣强县",
    "",
])


def test_a_charts_values_beside_an_items_columns_leave_its_columns_whole(extractor: Extractor) -> None:
    """A bar chart's ticks and values (short pieces) beside an item in two columns: most of the block's text is the
    item's running text, so its columns read down, not across as a table's rows (…再招聘1 | 30名 is 130名)."""
    got = _got(_run(extractor, CHART, "2025-12-18", source="衡水日报"), "place")
    quotes = [q for q, _ in got]
    assert "30名" not in quotes and "130名" in quotes
    assert ("3460张", "景县") in got and ("184名", "景县") in got


COMMENT = "\n".join([
    "新兴县稻米产业园带动农户增收                                                       短评｜让“小荔枝”结出“大",
    "                                                                     产业”",
    "  本报讯（记者 某某 通讯员 某某）今年                      产业园现有加工企业26家，上半年实现",
    "                                                                       上半年郁南县荔枝销售额突破",
    "以来，新兴县稻米省级现代农业产业园完                       产值14.8亿元，同比增长6.5%，带动1.4万户",
    "                                                                     7亿元，这背后是冷链、电商、品",
    "成投资3.18亿元，新建高标准农田2.6万亩，                  农户增收。",
    "                                                                     牌的一路跟进。小水果要做成大产业",
    "全县水稻种植面积稳定在38万亩。",
    "                                                                     ，还得在精深加工上多下功夫。",
    "",
])


def test_a_narrow_comment_column_beside_an_item_is_read_after_it(extractor: Extractor) -> None:
    """A 短评 column beside an item, printed on lines of its own between the item's (its pitch is not the item's),
    under a row of the two headlines: the narrow column is told past the item's last column, not by the headline
    row's end, and read after the item, whose figures keep their county."""
    got = _got(_run(extractor, COMMENT, "2025-08-14", source="云浮日报"), "place")
    assert ("14.8亿元", "新兴县") in got and ("6.5%", "新兴县") in got and ("1.4万户", "新兴县") in got
    assert ("突破7亿元", "郁南县") in got
