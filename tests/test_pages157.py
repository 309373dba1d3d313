"""What the blind pages p101 and p102 of data/gold/pages showed (pages157): a 自治州 daily's 要闻 page read by pdftotext
in its reading order (黔东南日报-style) and a province's 农村报 page kept as its PDF for stats (陕西农村报-style).

On the PDF page, a bar chart with its values printed on the bars under the lead: read as blocks, its title ran on as
the last line of the lead's first column (…达到860万吨 | 前三季度部分市苹果产量 单位：万吨 | 。9月末…), each value joined
the label under it or floated to the page's top, no article's, and the labels made one line (延安渭南咸阳榆林); no bar
was read. The PDF reader now takes such a chart apart and writes it as PDFium prints one, a line a bar, for the chart
reader to pair. A table of the province's cities under 市 bare whose column words (设施农业面积 设施农业产值) no table had
used read no cell.

On the pdftotext page, a table set beside an item came out as its title at its height, then the item, the page's foot,
and only then its head and rows, a cell a line: the head, far from the title whose unit note it needs (1至7月部分县（市）
就业情况（单位：人）, run on from a number a swept column broke off on, …村卫生室58), read no unit, so no cell. Such a head
now takes the note of the last title no table has read, where that title names what its label column lists. Sentences
invented, in the style of such pages."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from stats.read.manifest import DocMeta
from stats.read.sources import read_pdf
from stats.run.pipeline import Extractor
from tests.dated import dated_figures, quoted
from tests.goldsets import scored


def _chart_page(tmp_path: Path) -> Path:
    from tests import pdfnews
    from tests.pdfnews import Chart, Page
    from tests.pdfpages import Article, Region

    lead = Article("前三季度全省水果产量增长5.1%", [
        "本报讯（记者 秦川）前三季度，全省水果产量1286.4万吨，同比增长5.1%；果业总产值812.6亿元，增长6.3%。",
        "今年，全省新建标准化果园46.8万亩，预计全年水果产量达到1650万吨。9月末，全省冷库库容达到320万吨。"])
    item = Article("猕猴桃丰收　果农增收", [
        "本报讯（记者 周南）前三季度，汉中市猕猴桃产量18.6万吨，安康市12.4万吨。",
        "今年以来，商洛市新建猕猴桃基地2.3万亩。"])
    pdf = tmp_path / "chart.pdf"
    pdfnews.typeset_news(pdf, [Page([
        Region(lead, 40.0, 555.0, 60.0, 170.0, 2, leading=1.4, head_size=18.0),
        Chart("前三季度部分市猕猴桃产量　单位：万吨", ["汉中", "安康", "商洛", "铜川"], [18.6, 12.4, 9.8, 4.2],
              [0, 5, 10, 15, 20], 40.0, 250.0, 176.0, inside=True),
        Region(item, 270.0, 555.0, 176.0, 300.0, 2, leading=1.4, head_size=14.0),
    ])], "某某农村报 2026年10月22日 星期四 第1版 要闻")
    return pdf


@pytest.fixture(scope="module")
def chart_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _chart_page(tmp_path_factory.mktemp("pages157"))


@pytest.mark.slow
def test_a_pdf_chart_with_its_values_on_the_bars_is_written_a_line_a_bar(chart_pdf: Path) -> None:
    """Title, the axis's ticks from 0 up, then each bar's value over its label, a line each, after the lead it stands
    under; the lead's sentence no longer holds the chart's title, and no label runs on into the next."""
    lines = [ln.strip("\u3000") for ln in read_pdf(chart_pdf).text.split("\n")]
    at = lines.index("前三季度部分市猕猴桃产量 单位：万吨")
    assert lines[at + 1:at + 14] == ["0", "5", "10", "15", "20", "18.6", "汉中", "12.4", "安康", "9.8", "商洛", "4.2",
                                     "铜川"]
    assert any(ln.endswith("预计全年水果产量达到1650万吨。9月末，全省冷库库容达到320万吨。") for ln in lines[:at])


@pytest.mark.slow
def test_a_pdf_charts_bars_are_read_each_of_its_city(chart_pdf: Path, extractor: Extractor) -> None:
    """Each bar's value a level of its label's city (汉中 汉中市), in the title's unit and of its part of the year; none
    had been read."""
    src = dataclasses.replace(read_pdf(chart_pdf), meta=DocMeta("2026-10-22", "陕西农村报", "", "manifest.csv:2"))
    got = quoted(extractor.extract_source(src).figures, "value", "place", "period")
    for quote, value, place in [("18.6", 186000, "汉中市"), ("12.4", 124000, "安康市"), ("9.8", 98000, "商洛市"),
                                ("4.2", 42000, "铜川市")]:
        assert (quote, pytest.approx(value), place, "2026Q1-Q3") in got
    assert ("1650万吨", pytest.approx(16500000), "陕西省", "2026") in got


def test_a_farm_papers_table_of_cities_protected_farming_reads_each_cell(extractor: Extractor) -> None:
    """市 设施农业面积 设施农业产值 under 单位：万亩、亿元: the area in 亩, the output value in 元, each of its row's city of
    the paper's province; the columns' words had read no table."""
    text = ("前三季度部分市设施农业情况（单位：万亩、亿元）\n市 设施农业面积 设施农业产值\n宝鸡 54.2 98.5\n"
            "汉中 38.6 62.3\n")
    got = quoted(dated_figures(extractor, text, "2026-10-22", "陕西农村报"), "value", "measure", "place")
    assert got == [("54.2", pytest.approx(542000), "亩", "宝鸡市"), ("98.5", pytest.approx(9.85e9), "元", "宝鸡市"),
                   ("38.6", pytest.approx(386000), "亩", "汉中市"), ("62.3", pytest.approx(6.23e9), "元", "汉中市")]


# a 自治州 daily's page as pdftotext prints it in its reading order: a beds item beside a 数说 sidebar, its two columns'
# lines swept in turn, a jobs item under a headline set a character a line, then a table's title (at its height), the
# item set left of the table, the page's foot, and the table's head and rows a cell a line
_SWEPT = (
    "黔东南日报 2026年10月22日 星期四 第1版 要闻\n\n"
    "数说\n\n全州医疗卫生机构床位达到2.64万张\n本报讯（记者 陈红 通讯员 州卫）记者\n"
    "从州卫生健康局获悉，截至9月末，全州医\n\n"
    "163.2亿元\n社会消费品零售总额\n3208.4万人次\n接待游客\n311.6亿元\n旅游综合收入\n1.42万人\n城镇新增就业\n\n"
    "个，所有县（市）均建成县域医疗次中心。\n1至9月，全州县域内就诊率达到90.2%。\n\n疗卫生机构床位达到2.64万张，每千人口医\n\n"
    "今年，全州计划新增医疗卫生机构床位\n\n疗卫生机构床位数6.9张；全州执业（助理）\n\n1500张，到2027年每千人口执业（助理）医\n\n"
    "医师1.08万人。\n\n师数达到3.0人。\n\n今年以来，全州新建标准化村卫生室46\n\n稳\n岗\n扩\n就\n业\n\n1至9月\n\n"
    "本报讯（记者 吴娟）记者从州人力资源和社会保障局\n\n今年以来，全州开展“春风行动”等招聘活动152场，\n\n"
    "获悉，1至9月，全州城镇新增就业1.42万人，完成年度目标\n\n提供就业岗位3.6万个。9月末，全州城镇登记失业率为2.9\n\n"
    "任务的81.2%；农村劳动力转移就业新增1.97万人。\n\n%。\n\n1至9月部分县（市）就业情况（单位：人）\n\n"
    "返乡创业带动群众增收\n本报讯（记者 李明）今年以来，全州新增返乡创业人员2740人，带动\n"
    "就业1.05万人，发放创业担保贷款4.6亿元。\n"
    "1至9月，全州建成就业帮扶车间104个，吸纳脱贫劳动力就业3520人。\n\n黔东南日报社出版\n\n责任编辑：王红梅\n\n美编：刘洋\n\n"
    "校对：张敏\n\n1\n\n县（市）\n\n城镇新增就业\n\n转移就业\n\n镇远\n\n3120\n\n2650\n\n黎平\n\n1540\n\n2210\n\n从江\n\n1230\n\n"
    "1980\n\n天柱\n\n1060\n\n1750\n\n剑河\n\n870\n\n1420\n")


@pytest.mark.slow
def test_a_tables_title_swept_apart_from_its_head_measures_and_dates_its_rows(extractor: Extractor) -> None:
    """The head far under the title (which the sweep runs on from 46, …村卫生室461至9月…) takes its unit note and its
    part of the year: each county's cells, persons of 1至9月; none had been read. The cut number 46 never runs on into
    the caption opening with a range (461至9月): its unit's tail (个，所有县…) takes it whole (pagesfix167), as
    p101's 58个."""
    figs = quoted(dated_figures(extractor, _SWEPT, "2026-10-22", "黔东南日报"), "value", "measure", "place", "period")
    cells = [f for f in figs if f[0].isdigit()]
    assert cells == [("3120", 3120, "人", "镇远县", "2026M01-M09"), ("2650", 2650, "人", "镇远县", "2026M01-M09"),
                     ("1540", 1540, "人", "黎平县", "2026M01-M09"), ("2210", 2210, "人", "黎平县", "2026M01-M09"),
                     ("1230", 1230, "人", "从江县", "2026M01-M09"), ("1980", 1980, "人", "从江县", "2026M01-M09"),
                     ("1060", 1060, "人", "天柱县", "2026M01-M09"), ("1750", 1750, "人", "天柱县", "2026M01-M09"),
                     ("870", 870, "人", "剑河县", "2026M01-M09"), ("1420", 1420, "人", "剑河县", "2026M01-M09")]
    assert [f for f in figs if f[0].startswith("46")] == [("46个", 46, "个", "黔东南苗族侗族自治州", "2026")]


def _parted(title: str) -> str:
    return "\n\n".join([title, "返乡创业带动群众增收",
                         "本报讯（记者 李四）今年以来，全州新增返乡创业人员2180人，带动就业7600人。",
                         "县（市） 城镇新增就业 转移就业", "凯里 3120 2650", "黎平 1540 2210"]) + "\n"


def test_a_head_under_no_unit_takes_the_unit_note_of_its_title_printed_above_an_item(extractor: Extractor) -> None:
    """县（市） 城镇新增就业 转移就业 names no unit and has no caption over it; the title printed before the item set
    beside the table names what its label column lists (部分县（市）) under 单位：人: its note and time are the head's."""
    got = quoted(dated_figures(extractor, _parted("1至9月部分县（市）就业情况（单位：人）"), "2026-10-20", "黔东南日报"),
                 "value", "measure", "place", "period")
    assert got[2:] == [("3120", 3120, "人", "凯里市", "2026M01-M09"), ("2650", 2650, "人", "凯里市", "2026M01-M09"),
                       ("1540", 1540, "人", "黎平县", "2026M01-M09"), ("2210", 2210, "人", "黎平县", "2026M01-M09")]


def test_a_title_that_names_another_label_column_gives_a_head_no_unit(extractor: Extractor) -> None:
    """A title of a table of firms (部分企业用工情况) is no title of a head by 县（市）: its unit note is not the head's,
    and no cell is read (a wrong table's unit on its cells would be worse than none)."""
    got = quoted(dated_figures(extractor, _parted("1至9月部分企业用工情况（单位：人）"), "2026-10-20", "黔东南日报"))
    assert got == [("2180人",), ("7600人",)]


@pytest.mark.slow
def test_the_pages_set_with_p101_and_p102_scores_at_its_floors() -> None:
    """data/gold/pages with p101 (黔东南日报-style, pdftotext in its reading order at 1.8) and p102 (陕西农村报-style, kept
    as PDF for stats at 1.4). Blind, p101-p102 alone: recall 0.748, precision 1.0, role 0.9891, place 0.9891, period 1.0
    (both charts, both tables and 58个 missed); the whole set recall 0.9641, precision 0.9993, role 0.9898, place
    0.9822, period 0.9919. After: p102 all found, p101 recall 0.913 (left: its chart, interleaved with the item beside
    it, 58个 cut, a role and a place of lines swept out of order), p76's chart read too; the whole set recall 0.9708,
    precision 0.9993, role 0.9899, place 0.9823, period 0.992. Floors, not the exact scores."""
    s = scored("pages")
    # (0.968 since p105/p106 joined the set, 0.965 since p107/p108 did, precision 0.998 and role 0.988 with them,
    # 0.963 since p109/p110 did: their own misses; see test_evaluate)
    assert s["recall"] >= 0.956 and s["precision"] >= 0.999  # with pages232 (p121-p122's own misses): 0.9591, 0.9993
    assert s["place_acc"] >= 0.982 and s["period_acc"] >= 0.992 and s["role_acc"] >= 0.989  # +pagefix233: 0.9835, 0.9932
    # pagesfix193 (p107's 8亿斤 and 4.1元 no longer read, 220万亩 a target): precision 0.9994, role 0.989
    assert s["precision"] >= 0.999 and s["role_acc"] >= 0.989  # role: p44's 2180亿元; precision 0.9994 (pagefix219)
