"""What the blind pages p65-p66 found (data/gold/pages: 内江日报's 要闻 page read by pdfplumber's words a line per
baseline at a pitch of 1.6; 白银日报's 民生 page kept as its PDF for stats): an advert's cut on top of a price
(预约再优惠100元) read as a sum of money; a table of the city's counties under 县区 with a column of new beds
(新增床位) under a unit note read as nothing; and (p64, a chart's values swept between an article's lines) a line
broken off mid-word run by the sweep's rhythm alone into a chart's label (…带动就业5200余人。靖 | 白银区).
Sentences invented, in the style of such pages."""

from __future__ import annotations

from pathlib import Path

from stats.explain import explain
from stats.run.pipeline import Extractor
from stats.run.runner import extract_paths
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_a_cut_on_top_of_an_adverts_price_is_no_figure(extractor: Extractor) -> None:
    """再优惠100元 is what a buyer is spared, as 再减 is; a sum of the news (享受税收优惠12亿元) stays."""
    text = "【岁末特惠】口腔检查套餐298元起，12月20日前预约再优惠100元。今年全县企业享受税收优惠12亿元。"
    got = _got(_run(extractor, text, "2025-12-11", source="白银日报"), "value")
    assert got == [("12亿元", 1.2e9)]


def test_a_county_table_with_a_new_beds_column_under_a_unit_note(extractor: Extractor) -> None:
    """县区 床位数 新增床位 under （单位：张）: each cell a level in beds of its row's county, as of the caption's month."""
    text = ("截至11月底各县区医疗机构床位（单位：张）\n县区 床位数 新增床位\n城关区 4260 320\n七里河区 1880 150\n"
            "榆中县 3120 210\n")
    got = _got(_run(extractor, text, "2025-12-11", source="兰州日报"), "value", "measure", "place", "period")
    assert ("4260", 4260.0, "张", "城关区", "2025-11") in got
    assert ("150", 150.0, "张", "七里河区", "2025-11") in got
    assert ("210", 210.0, "张", "榆中县", "2025-11") in got
    assert len(got) == 6


def test_a_new_jobs_column_beside_a_percent_one_without_its_mark_reads_nothing(extractor: Extractor) -> None:
    """新增就业 完成目标 under （单位：人、%）: 完成目标 is no known column (a count done or a share of the goal?), so
    the head reads no table and no cell becomes a figure."""
    text = "1—10月各县区城镇新增就业（单位：人、%）\n县区 新增就业 完成目标\n城关区 12860 110.5\n榆中县 4520 104.2\n"
    assert _run(extractor, text, "2025-11-20", source="兰州日报") == []


_SWEPT = ("数读·1—11月各县区城镇新增就业（人）\n\n今年全市城镇新增就业2.05万人\n\n8000\n\n6000\n\n4000\n\n2000\n\n0\n\n"
          "本报讯（记者 王芳）记者从市人社局获悉，1—11月，全市城镇新\n\n7120\n\n"
          "增就业2.05万人，完成全年目标任务的110.6%；失业人员再就业4860人，\n\n6030\n\n就业困难人员实现就业1520人。\n\n"
          "3310\n\n2470\n\n今年以来，全市发放创业担保贷款2.84亿元，带动就业5200余人。靖\n\n"
          "远县新增就业7120人，居各县区首位。\n\n白银区\n\n平川区\n\n靖远县\n\n会宁县\n")


def test_a_line_broken_off_mid_word_is_not_run_into_a_charts_label(extractor: Extractor) -> None:
    """The sweep's rhythm alone runs no line into a short line ending on no mark (a chart's label, 白银区): a column
    line going on is full, or ends its paragraph on a mark."""
    sentences = [ln.split(": ", 1)[1] for ln in explain(extractor, _SWEPT).splitlines() if ln.startswith("sentence ")]
    assert not any(s.endswith("区") and s.startswith("靖") and len(s) < 8 for s in sentences)
    assert "白银区" in sentences


def _page(tmp_path: Path, runs: list[tuple[float, float, float, str]], name: str) -> list[dict]:
    """The figures stats reads from a PDF page of text runs (x, baseline from the top, type size, text)."""
    from .test_pdf import _box_pdf

    pdf = _box_pdf(tmp_path / f"{name}.pdf", runs)
    (tmp_path / "manifest.csv").write_text(f"file,published,source\n{name}.pdf,2025-12-11,兰州日报\n", encoding="utf-8")
    # in this process (stats run as `stats extract` runs it, without the command's start: test_cli runs that)
    tables = extract_paths([pdf.parent])
    assert tables.errors.num_rows == 0, tables.errors.to_pylist()
    return tables.figures.to_pylist()


def test_a_pdf_tables_title_closing_on_its_unit_note_opens_the_table(tmp_path: Path) -> None:
    """截至11月底各县区养老床位（单位：张） over a table beside an article, under a box set to the right: the title
    closes on a bracket, yet it is the table's title (no full stop in it), so the cells take its unit and month."""
    runs = [(40, 60, 16, "全市养老服务能力稳步提升"),
            *[(40, 84 + 14 * k, 9, line) for k, line in enumerate(
                ["本报讯（记者 李华）截至11月底，全市养老", "机构床位达到8620张，比去年末增加",
                 "460张，护理型床位占比达到61.5%。", "今年，市社会福利院新建的养护楼投入使",
                 "用，新增床位300张，全市养老服务", "水平持续提升，群众满意度不断提高。"])],
            (435, 60, 11, "链接"),
            *[(435, 76 + 13 * k, 8.5, line) for k, line in enumerate(
                ["护理型床位是指为失能", "老年人提供照护服务的", "养老床位。"])],
            (345, 122, 10.2, "截至11月底各县区养老床位（单位：张）"),
            (345, 138, 8.5, "县区"), (430, 138, 8.5, "床位数"), (500, 138, 8.5, "新增床位"),
            (345, 152, 8.5, "城关区"), (430, 152, 8.5, "3260"), (500, 152, 8.5, "180"),
            (345, 166, 8.5, "榆中县"), (430, 166, 8.5, "2140"), (500, 166, 8.5, "150"),
            (345, 180, 8.5, "皋兰县"), (430, 180, 8.5, "1220"), (500, 180, 8.5, "130")]
    got = {(f["quote"], f["measure"], f["place"], f["period"], f["topic"]) for f in _page(tmp_path, runs, "table")}
    assert ("3260", "张", "城关区", "2025-11", "beds") in got
    assert ("150", "张", "榆中县", "2025-11", "beds") in got
    assert ("1220", "张", "皋兰县", "2025-11", "beds") in got
    assert ("8620张", "张", "兰州市", "2025-11", "beds") in got


def test_a_pdf_subtitle_ending_on_a_percent_is_its_headlines_and_names_its_share_done(tmp_path: Path) -> None:
    """A deck in type between the headline's and the body's that ends on its figure (…112.4%) is a subtitle, not
    the head of a new item; naming nothing of its own, it is the share done of the headline's jobs figure."""
    runs = [(40, 60, 16, "今年全市城镇新增就业3.12万人"), (40, 84, 11.2, "完成年度目标任务的108.6%"),
            *[(40, 108 + 14 * k, 9, line) for k, line in enumerate(
                ["本报讯（记者 李华）记者10日从市人社局获悉，1—11", "月，全市城镇新增就业3.12万人，城镇调查失业率",
                 "为4.9%。今年以来，全市发放创业担保贷款4.2亿元。"])]]
    got = {(f["quote"], f["topic"]) for f in _page(tmp_path, runs, "deck")}
    assert ("108.6%", "jobs") in got
    assert ("3.12万人", "jobs") in got


def test_a_deck_with_a_figure_of_its_own_keeps_it(extractor: Extractor) -> None:
    """A deck naming its own figure (规上工业增加值增长8.3%) under a headline's jobs figure is not that figure's."""
    text = "今年全市城镇新增就业3.12万人\n\n规上工业增加值增长8.3%\n\n本报讯（记者 李华）全市经济运行总体平稳。"
    got = _got(_run(extractor, text, "2025-12-11", source="兰州日报"), "topic")
    assert ("8.3%", "percent") in got
    assert ("3.12万人", "jobs") in got


def test_a_deck_of_a_share_done_under_its_headline_in_text(extractor: Extractor) -> None:
    """The same as a text extractor gives it, the deck a paragraph of its own under the headline."""
    text = ("今年全市城镇新增就业3.12万人\n\n完成年度目标任务的108.6%\n\n"
            "本报讯（记者 李华）今年以来，全市发放创业担保贷款4.2亿元。")
    got = _got(_run(extractor, text, "2025-12-11", source="兰州日报"), "topic")
    assert ("108.6%", "jobs") in got


# a pdfplumber page read a line per baseline: a one-column article beside a two-column one, its rows of three pieces
# a space apart (the wide column's line, then the narrow columns' two); numbers cut at the narrow columns' ends
_ROWS = [
    "本报讯（通讯员 王芳 记者 刘强）12月8日，榆中县人民医院新门诊楼 本报讯（记者 张明）1—1 今年以来，全区发放创业",
    "投入使用，新增床位360张，医院开放床位达到980张，服务能力明显 1月，城关区城镇新增就业548 担保贷款2.36亿元，带动就业3",
    "提升。截至11月底，榆中县医疗卫生机构床位总数达到3860张，每千 0人，完成全年目标任务的108. 200余人。区内重点企业新增",
    "人口医疗机构床位数7.6张。按照规划，到2027年，榆中县将新增护理 4%；开发公益性岗位360个。 用工1180人。",
    "型养老床位500张，进一步满足群众就近养老需求。",
]


def test_a_narrow_columns_numbers_cut_at_its_line_ends_go_on_in_its_own_lines(extractor: Extractor) -> None:
    """Beside a wide column, the narrow columns are narrower than the row's widest piece: their full lines go on
    in the next row's pieces in their place (548 | 0人, 3 | 200余人), never read short (200余人 alone)."""
    got = _got(_run(extractor, "\n".join(_ROWS), "2025-12-11", source="兰州日报"), "value")
    assert ("5480人", 5480.0) in got
    assert ("3200余人", 3200.0) in got
    assert ("108.4%", 108.4) in got
    assert not any(q in ("200余人", "0人") for q, _ in got)
    assert ("3860张", 3860.0) in got
