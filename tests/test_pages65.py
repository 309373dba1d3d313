"""What the blind pages p65-p66 found (data/gold/pages: 内江日报's 要闻 page read by pdfplumber's words a line per
baseline at a pitch of 1.6; 白银日报's 民生 page kept as its PDF for stats): an advert's cut on top of a price
(预约再优惠100元) read as a sum of money; a table of the city's counties under 县区 with a column of new beds
(新增床位) under a unit note read as nothing; and (p64, a chart's values swept between an article's lines) a line
broken off mid-word run by the sweep's rhythm alone into a chart's label (…带动就业5200余人。靖 | 白银区).
Sentences invented, in the style of such pages."""

from __future__ import annotations

from stats.explain import explain
from stats.run.pipeline import Extractor
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
