"""What the blind pages p67-p68 found (data/gold/pages: 启东日报's 要闻 page read by PDFium at a pitch of 1.8 with
every thirteenth line spaced out; 东台日报's 民生·健康 page read by pdftotext -raw at 1.7, its digits full width): a
county-level city's own daily placed none of its items (全市 in 启东日报 is 启东市, which no sentence names); a table by
town under 镇区 with a column of firms and one of job posts, under a note listing both units (单位：家、个), read as
nothing; and a number box of figures each over its label read as one run-on sentence (each label's 增长 taken by the
next figure) where the extractor ends its lines on \\r\\n, as PDFium does. Sentences invented, in the style of such
pages."""

from __future__ import annotations

from stats.explain import explain
from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_a_county_level_citys_own_daily_places_its_whole_city_words(extractor: Extractor) -> None:
    """如皋日报 is the paper of 如皋市 (a county-level city, the only division 如皋 names): its 全市 is that city."""
    text = "本报讯（记者 张明）1—11月，全市规模以上工业增加值同比增长8.4%，城镇新增就业1.36万人。"
    got = _got(_run(extractor, text, "2025-12-18", source="如皋日报"), "value", "place")
    assert got == [("8.4%", 8.4, "如皋市"), ("1.36万人", 13600.0, "如皋市")]


def test_a_countys_daily_or_a_paper_named_by_no_city_places_nothing_by_its_name(extractor: Extractor) -> None:
    """如东日报 is a county's (如东县: 全市 there is no county's word), and 新民晚报 is Shanghai's, though 新民 is a
    county-level city's short form: neither name makes 全市 a county-level city."""
    text = "本报讯（记者 张明）1—11月，全市规模以上工业增加值同比增长8.4%。"
    for source in ("如东日报", "新民晚报"):
        places = [f["place"] for f in _run(extractor, text, "2025-12-18", source=source)]
        assert places and not any(p in ("如东县", "新民市") for p in places)


def test_a_table_by_town_with_firms_and_posts_under_a_note_of_both_units(extractor: Extractor) -> None:
    """镇区 企业数 岗位数 under （单位：家、个）: 企业数 counts firms (家), 岗位数 posts (个), each cell a level of the
    paper's city (a town's figures are its city's)."""
    text = ("春风行动各镇区岗位需求（单位：家、个）\n镇区 企业数 岗位数\n城南镇 12 640\n白蒲镇 7 380\n"
            "搬经镇 5 260\n")
    got = _got(_run(extractor, text, "2025-03-06", source="如皋日报"), "value", "measure", "place")
    assert ("12", 12.0, "家", "如皋市") in got
    assert ("640", 640.0, "个", "如皋市") in got
    assert ("260", 260.0, "个", "如皋市") in got
    assert len(got) == 6


def test_a_firms_column_under_a_note_with_no_unit_of_firms_reads_nothing(extractor: Extractor) -> None:
    """企业数 under （单位：个、人）: no listed unit counts firms, so which is it? No table, no figure."""
    text = "春风行动各镇区用工需求（单位：个、人）\n镇区 企业数 招聘人数\n城南镇 12 640\n白蒲镇 7 380\n"
    assert _run(extractor, text, "2025-03-06", source="如皋日报") == []


_BOX = ("数说·1—11月全市经济运行\n8.4%\n规上工业增加值增长\n1562.3亿元\n规上工业营业收入\n318.6亿元\n"
        "外贸进出口总额\n城南镇文旅消费升温\n本报讯（记者 陈静）今年以来，城南镇接待游客42.6万人次。\n")


def _sentences(extractor: Extractor, text: str) -> list[str]:
    return [ln.split(": ", 1)[1] for ln in explain(extractor, text).splitlines() if ln.startswith("sentence ")]


def test_a_number_box_read_with_crlf_line_ends_keeps_each_figure_with_its_label(extractor: Extractor) -> None:
    """PDFium ends its lines on \\r\\n: the box's lines are told as those of a text broken by \\n alone (each figure
    a sentence with the label under it), not run into one sentence where 增长 reaches the next figure."""
    lf = _sentences(extractor, _BOX)
    crlf = _sentences(extractor, _BOX.replace("\n", "\r\n"))
    assert crlf == lf
    assert _sentences(extractor, _BOX.replace("\n", "\r\n")[:-1]) == lf  # (a text cut after its last line's \r)
    assert "8.4%规上工业增加值增长" in crlf and "1562.3亿元规上工业营业收入" in crlf
    roles = {f["quote"]: f["role"] for f in _run(extractor, _BOX.replace("\n", "\r\n"), "2025-12-18",
                                                 source="如皋日报")}
    assert roles["8.4%"] == "change" and roles["1562.3亿元"] == "level"


def test_a_lone_carriage_return_still_reads_its_lines_as_before(extractor: Extractor) -> None:
    """A text broken by \\r alone (an old Mac file) is not taken for one broken by \\r\\n: its figures are all read."""
    text = "本报讯 今年，全市新增床位320张。\r城镇新增就业1.2万人。\r"
    got = _got(_run(extractor, text, "2025-12-18", source="如皋日报"), "value")
    assert got == [("320张", 320.0), ("1.2万人", 12000.0)]
