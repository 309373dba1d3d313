"""What the blind pages p101 and p102 of data/gold/pages showed (pages157): a 自治州 daily's 要闻 page read by pdftotext
in its reading order (黔东南日报-style) and a province's 农村报 page kept as its PDF for stats (陕西农村报-style).

On the PDF page, a bar chart with its values printed on the bars under the lead: read as blocks, its title ran on as
the last line of the lead's first column (…达到860万吨 | 前三季度部分市苹果产量 单位：万吨 | 。9月末…), each value joined
the label under it or floated to the page's top, no article's, and the labels made one line (延安渭南咸阳榆林); no bar
was read. The PDF reader now takes such a chart apart and writes it as PDFium prints one, a line a bar, for the chart
reader to pair. A table of the province's cities under 市 bare whose column words (设施农业面积 设施农业产值) no table had
used read no cell. Sentences invented, in the style of such pages."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from stats.read.manifest import DocMeta
from stats.read.sources import read_pdf
from stats.run.pipeline import Extractor
from tests.dated import dated_figures, quoted


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
