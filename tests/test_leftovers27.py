"""Leftovers of earlier stops, fixed in general ways: a guesthouse's or hotel's beds are lodging, no hospital or care
beds (rules/metrics/lodging.yaml, scope `lead`); a wider area's value of the same time (全国同期为5.2%) counts what the
figure before counts past a change in points between; a level reached after a total over its sentence's span is at
the span's end; 组织 a place's people and 采购 a place's goods leave the figure the organiser's and the buyer's; a head
set over two lines is read under the width the page gives a Han character (one column or two). Sentences invented."""

from __future__ import annotations

from stats.find import tablerows
from stats.find.tablerows import under_words
from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def _metrics(extractor: Extractor, text: str) -> list[tuple]:
    return _got(_run(extractor, text, "2026-06-20", source="某县融媒体中心"), "metric", "topic")


def test_guesthouse_and_hotel_beds_are_lodging_not_hospital_beds(extractor: Extractor) -> None:
    """民宿床位, 酒店客房床位, 旅游住宿床位: beds of lodging, topic other (GUIDE: beds are hospital or care beds); a
    hospital's beds stay beds.total."""
    got = _metrics(extractor, "全县民宿床位2.36万张，酒店客房床位4100张。今年新增旅游住宿床位900张。县人民医院床位650张。")
    assert got == [("2.36万张", "lodging.bed_places", "other"), ("4100张", "lodging.bed_places", "other"),
                   ("900张", "lodging.bed_places", "other"), ("650张", "beds.total", "beds")]


def test_beds_after_a_count_of_guesthouses_are_theirs_and_a_clinic_count_takes_them_back(extractor: Extractor) -> None:
    """民宿52家，床位610张: the lodging counted in the clause right before names the beds; 卫生院12个，床位380张 after
    it in the same sentence are the clinics' (`lead` reads the clause right before, not the whole sentence)."""
    got = _metrics(extractor, "全镇有民宿52家，床位610张；乡镇卫生院3个，床位380张。")
    assert ("610张", "lodging.bed_places", "other") in got
    assert ("380张", "beds.total", "beds") in got
    got = _metrics(extractor, "全镇有乡镇卫生院3个，床位180张；农家乐和民宿40家，床位520张。")
    assert ("180张", "beds.total", "beds") in got
    assert ("520张", "lodging.bed_places", "other") in got


def test_a_wider_areas_value_of_the_same_time_counts_the_rate_past_a_change_in_points(extractor: Extractor) -> None:
    """城镇调查失业率5.1%，比全国同期低0.1个百分点；全国同期为5.2%: the base's value is a jobless rate as the 5.1% is,
    though the figure right before it is a change in points."""
    text = "本报讯 上半年，全市城镇调查失业率4.9%，比全省同期低0.2个百分点，全省同期为5.1%。"
    got = _got(_run(extractor, text, "2026-07-20", source="某市日报"), "metric")
    assert got == [("4.9%", "jobs.unemployment_rate"), ("0.2个百分点", "jobs.unemployment_rate"),
                   ("5.1%", "jobs.unemployment_rate")]


def test_a_level_reached_after_a_total_over_the_span_is_at_its_end(extractor: Extractor) -> None:
    """近三年累计投入资金…亿元，全县床位达到…张，每千人口床位数…张: the total is over the three years, the beds
    reached and the rate listed after them stand at the span's end (the document's year)."""
    text = "本报讯 近三年，全县累计投入卫生资金12.8亿元，全县医疗卫生机构床位达到3260张，每千人口床位数7.1张。"
    got = [g for g in _got(_run(extractor, text, "2026-09-12", source="某县融媒体中心"), "period") if g[0] != "近三年"]
    assert got == [("12.8亿元", "2024-2026"), ("3260张", "2026"), ("7.1张", "2026")]


def test_organised_trainees_and_goods_bought_are_the_helpers_figures(extractor: Extractor) -> None:
    """组织墨玉县干部群众赴沪培训…人次: the trainings the organiser held; 采购墨玉县农副产品…亿元: the buyer's spend; 安排
    墨玉县援疆资金 stays the receiver's."""
    text = ("上海市对口支援墨玉县。2025年，上海安排墨玉县援疆资金5.1亿元。"
            "上海还组织墨玉县干部群众赴沪交流培训8600人次。全年消费帮扶采购墨玉县农副产品超过2亿元。")
    got = _got(_run(extractor, text, "2026-01-10", source="人民日报"), "place")
    assert got == [("5.1亿元", "墨玉县"), ("8600人次", "上海市"), ("超过2亿元", "上海市")]


def _lay(items: list[tuple[int, str]]) -> str:
    """A laid-out line: each word at its column, counted in characters (a Han character one column)."""
    line = ""
    for at, word in items:
        line = line.ljust(at) + word
    return line


def test_a_two_line_head_is_read_under_the_width_its_page_gives_han_characters(monkeypatch) -> None:
    """The same head laid out twice: one column per Han character (pdfplumber's layout=True) and two (a monospace
    file); each rest joins the word it stands under in its own width (结余 under 年末滚存, not 基金支出)."""
    want = "项目  基金收入  比上年增长（%）  基金支出  年末滚存结余"
    narrow_top = _lay([(0, "项目"), (10, "基金收入"), (20, "比上年"), (30, "基金支出"), (40, "年末滚存")])
    narrow_bottom = _lay([(19, "增长（%）"), (41, "结余")])
    assert under_words(narrow_top, narrow_bottom) == want
    # (two columns a Han character: the same words, each start moved by the wide characters before it)
    wide_top = _lay([(0, "项目"), (12, "基金收入"), (26, "比上年"), (39, "基金支出"), (53, "年末滚存")])
    wide_bottom = _lay([(23, "增长（%）"), (50, "结余")])
    assert under_words(wide_top, wide_bottom) == want
    # the narrow page read as two columns a character gives 结余 to 基金支出: the width must be the page's own
    monkeypatch.setattr(tablerows, "WIDTH_MODELS", (2,))
    assert under_words(narrow_top, narrow_bottom) == "项目  基金收入  比上年增长（%）  基金支出结余  年末滚存"
