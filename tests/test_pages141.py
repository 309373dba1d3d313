"""Forms of pages p97-p98 (pages141): a region's 科技报 kept as its PDF for stats at a loose pitch, and a 农垦 paper read
by pdfminer ordering its boxes by their height alone (boxes_flow 1) at a tight one.

On the PDF page: a 数说 sidebar set a figure a line over its label a line, one block in the body's type with the
box's title, and the headline of the item under the box, a size larger, close enough to run on in that block; a table
of cities under 市 whose third row names its city by a short form that is a common word elsewhere (山南). On the
pdfminer page: a table whose head was printed a cell a line with the label column's head among the value columns'
(劳务收入 / 市县 / 转移就业), then every value column's numbers in one run, then the labels; two items' headlines of a
row printed one a line over the second item's dateline, the first stating a figure of its own. Sentences invented, in
the style of such pages."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from stats.read.manifest import DocMeta
from stats.read.sources import read_pdf
from stats.run.pipeline import Extractor
from tests.dated import dated_figures, quoted


@pytest.mark.slow
def test_a_row_labelled_by_a_common_words_short_form_under_place_rows_is_that_division(extractor: Extractor) -> None:
    """山南 is a common word (south of the hills), a place's short form only where a sentence makes it one: a table row
    labelled by it alone, under rows labelled by cities of one province, is 山南市 (the row took the row above's city,
    日喀则市, a wrong place). A first row so labelled, under no row of places, stays unplaced by it."""
    text = ("西藏科技报 2026年10月15日 星期四 第1版 要闻\n2026年各市青稞良种推广情况（单位：万亩、%）\n"
            "市 推广面积 覆盖率\n拉萨 28.6 95.2\n日喀则 96.4 93.8\n山南 31.2 94.1\n林芝 9.8 88.6\n")
    got = quoted(dated_figures(extractor, text, "2026-10-15", "西藏科技报"), "place", "period")
    assert ("31.2", "山南市", "2026") in got and ("94.1", "山南市", "2026") in got
    assert ("96.4", "日喀则市", "2026") in got and ("9.8", "林芝市", "2026") in got
    first = text.replace("拉萨 28.6 95.2\n日喀则 96.4 93.8\n", "")
    got = quoted(dated_figures(extractor, first, "2026-10-15", "西藏科技报"), "place")
    assert all(place != "山南市" for q, place in got if q in ("31.2", "94.1"))


# the table as pdfminer with boxes_flow=1.0 prints it: the caption, the head's cells one a line, the label column's head
# between the value columns' heads, the right column's numbers, then the left one's, then the labels, each a box
_TABLE = "\n\n".join([
    "海南农垦报 2026年10月15日 星期四 第1版 要闻",
    "本报讯（记者 陈静）1至9月，全省农村劳动力转移就业41.2万人。",
    "1至9月部分市县农村劳动力转移就业和劳务收入（单位：万人、亿元）\n劳务收入\n市县",
    "转移就业", "18.6", "11.2", "7.9", "7.62", "3.84", "2.95", "海口", "三亚", "琼海",
    "本报讯（记者 王军）今年以来，全省新建橡胶标准化示范基地12个。",
]) + "\n"


@pytest.mark.slow
def test_a_head_printed_a_cell_a_line_with_its_label_head_among_the_columns_reads(extractor: Extractor) -> None:
    """Three head cells over a run of six numbers and three labels: the one cell that, set first, makes a head the
    table reader reads (市县) is the label column's, the others the value columns' in the order they came, as their
    columns came (18.6 11.2 7.9 under 劳务收入, 7.62 3.84 2.95 under 转移就业): each cell its row's city's, in its column's
    unit (no cell was read: the numbers stood a line each with no unit)."""
    got = quoted(dated_figures(extractor, _TABLE, "2026-10-15", "海南农垦报"), "value", "measure", "place")
    assert ("18.6", 1860000000, "元", "海口市") in got and ("7.62", 76200, "人", "海口市") in got
    assert ("7.9", 790000000, "元", "琼海市") in got and ("2.95", 29500, "人", "琼海市") in got
    assert ("41.2万人", 412000, "人", "海南省") in got


@pytest.mark.slow
def test_a_row_neighbours_headline_over_a_dateline_names_no_area_of_its_item(extractor: Extractor) -> None:
    """Two items' headlines set side by side, printed one a line over the second item's dateline: the first
    (白沙：…1.2万人就业) states a figure and shares no pair of characters with the lead, which restates the second: it
    is the other item's, set aside, so the hospital item's beds are the province's its lead names, not 白沙's (they
    had been 白沙黎族自治县's, the first headline taken for the item's). A kicker over its headline stays its item's."""
    text = ("海南农垦报 2026年11月12日 星期四 第1版 要闻\n\n"
            "本报讯（记者 王军）今年以来，全省新建橡胶标准化示范基地12个。\n\n"
            "白沙：茶产业带动1.2万人就业\n\n省农垦总医院新住院楼启用\n\n"
            "本报讯（记者 林芳）11月10日，海南省农垦总医院新住院楼正式启用，新增床位600张，医院开放床位达到2100张。\n\n"
            "本报讯（通讯员 白宣）今年以来，白沙黎族自治县新增茶园1800亩，带动农户就业1.2万人。\n")
    got = quoted(dated_figures(extractor, text, "2026-11-12", "海南农垦报"), "place")
    assert ("600张", "海南省") in got and ("2100张", "海南省") in got
    assert ("1800亩", "白沙黎族自治县") in got
    kicker = text.replace("白沙：茶产业带动1.2万人就业", "琼中：绿橙产业带动农户增收")
    got = quoted(dated_figures(extractor, kicker, "2026-11-12", "海南农垦报"), "place")
    assert ("600张", "琼中黎族苗族自治县") in got  # (no figure in it: a kicker, kept, whose county places the item)


def _box_page(tmp_path: Path) -> Path:
    from tests import pdfnews
    from tests.pdfnews import Page
    from tests.pdfpages import Article, Region

    jobs = Article("前三季度全区城镇新增就业4.12万人", [
        "本报讯（记者 央金）记者从自治区人力资源和社会保障厅获悉，前三季度，全区城镇新增就业4.12万人，农牧民转移就业"
        "62.8万人次，实现劳务收入58.6亿元。",
        "9月末，全区城镇调查失业率为4.6%。今年以来，全区开发生态岗位53.7万个。"])
    box = Article("数说·前三季度", ["5.86亿元", "科技经费投入", "4.12万人", "城镇新增就业", "62.8万人次", "农牧民转移就业",
                                 "14862元", "农村居民人均可支配收入"])
    county = Article("墨竹工卡：藏鸡存栏达18.5万羽", [
        "本报讯（通讯员 墨宣）今年以来，墨竹工卡县新建藏鸡标准化养殖场12个。前三季度，全县藏鸡产业实现产值8600万元。"])
    hospital = Article("自治区藏医院新院区投入使用", [
        "本报讯（记者 德吉）10月12日，自治区藏医院新院区正式投入使用，新增床位400张，医院编制床位增至1000张。"])
    pdf = tmp_path / "box.pdf"
    pdfnews.typeset_news(pdf, [Page([
        Region(jobs, 40.0, 400.0, 60.0, 228.0, 2, leading=1.9, head_size=16.0),
        Region(box, 415.0, 555.0, 60.0, 228.0, 1, size=10.0, leading=1.7, head_size=11.0),
        # (the grid's row right under the box: the hospital's headline some 15 points under the box's last label)
        Region(county, 216.0, 378.0, 232.0, 400.0, 1, leading=1.9, head_size=11.0),
        Region(hospital, 393.0, 555.0, 232.0, 400.0, 1, leading=1.9, head_size=11.0),
    ])], "西藏科技报 2026年10月15日 星期四 第1版 要闻")
    return pdf


@pytest.fixture(scope="module")
def box_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _box_page(tmp_path_factory.mktemp("pages141"))


@pytest.mark.slow
def test_a_box_of_figures_over_labels_in_the_bodys_type_reads_as_entries(box_pdf: Path) -> None:
    """Each figure and the label under it one entry, the figure first (4.12万人城镇新增就业), as the layout repair hands
    on such a box from a text (each had been a paragraph of its own, the figure apart from what it counts); the item's
    headline under the box, a size larger and further below than the box's lines are apart, a line of its own (it had
    run on into the last label: 农村居民人均可支配收入自治区藏医院…)."""
    text = read_pdf(box_pdf).text
    assert "4.12万人城镇新增就业" in text and "14862元农村居民人均可支配收入\n" in text
    assert "\n\u3000自治区藏医院新院区投入使用\n" in text


@pytest.mark.slow
def test_a_boxs_entries_under_its_title_stay_its_own(box_pdf: Path, extractor: Extractor) -> None:
    """Read as entries, each figure counts what its label says (4.12万人 of 城镇新增就业 new urban jobs, not bare
    people) and stays the box's, of the paper's region, not the next item's county (墨竹工卡's)."""
    src = dataclasses.replace(read_pdf(box_pdf), meta=DocMeta("2026-10-15", "西藏科技报", "", "manifest.csv:2"))
    got = quoted(extractor.extract_source(src).figures, "metric", "place")
    box = [g for g in got if g[0] in ("5.86亿元", "14862元")]
    assert box and all(place == "西藏自治区" for _q, _m, place in box)
    assert ("4.12万人", "jobs.urban_new", "西藏自治区") in got
    assert ("400张", "beds.added", "西藏自治区") in got and ("12个", "quantity.items", "墨竹工卡县") in got
