"""What the blind set data/gold/news29 found: seven items on beds, jobs and other counted quantities of kinds earlier
sets had less of (馆陶's account of the year in figures, 营口's market regulators with 增速 ranked in the province,
桓仁's villages, 依安's care for the old, 汶上's graduates, 沁县's county health alliance, 农安's figures set beside
last year's): an account's list of figures, a label, a colon and the figure a line (城镇新增就业：4260人), run into one
sentence whose next label named each figure; its ● bullets with the figure in 【】 opening an article each, no longer
under the headline's year; and 去年同期为5210人 dated this year and left without the kind of the figure before.
Sentences invented, in the style of such items."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def _kinds(figs: list[dict]) -> list[tuple[str, str]]:
    return [(f["quote"], f["metric"]) for f in figs]


def test_a_list_of_label_and_figure_lines_names_each_figure_by_its_own_label(extractor: Extractor) -> None:
    """城镇新增就业：4260人 / 失业人员再就业：1180人 / …: each line a paragraph of its own, no headline, and the figure after
    the colon counts what the label before it names (not the label of the line under it)."""
    text = ("2025年某县民生账单\n\n▶ 就业更稳\n城镇新增就业：4260人\n失业人员再就业：1180人\n"
            "举办招聘活动：56场，提供岗位：1.8万个\n\n▶ 看病更近\n新增床位：320张\n每千人口医疗卫生机构床位数：6.12张\n")
    figs = _run(extractor, text, "2026-01-28", source="馆陶县融媒体中心")
    assert [(q, m.split(".")[0]) for q, m in _kinds(figs)] == [
        ("4260人", "jobs"), ("1180人", "jobs"), ("56场", "jobs"), ("1.8万个", "jobs"), ("320张", "beds"),
        ("6.12张", "beds")]
    assert dict(_kinds(figs))["4260人"] == "jobs.urban_new" and dict(_kinds(figs))["6.12张"] == "beds.per_1000"
    assert {f["period"] for f in figs} == {"2025"}


def test_bullets_of_figures_stay_in_the_item_under_its_headlines_year(extractor: Extractor) -> None:
    """● 新增养老床位【260张】: a bullet of a list of figures with no mark opens no article (a brief's ● with its sentence,
    ●3月19日，…, still does): the figures keep the year of the item's headline, each its own label."""
    text = ("2025年某县民生账单\n\n过去一年，全县民生支出占一般公共预算支出的比重达到81.6%。\n\n▶ 养老更暖\n"
            "● 新增养老床位【260张】\n● 建成农村幸福院【38个】\n")
    figs = _run(extractor, text, "2026-01-28", source="馆陶县融媒体中心")
    assert _got(figs, "period") == [("81.6%", "2025"), ("260张", "2025"), ("38个", "2025")]
    assert _kinds(figs)[1][1].startswith("beds.") and not _kinds(figs)[2][1].startswith("beds.")
    assert len({f["article_id"] for f in figs}) == 1
    briefs = "●3月19日，全县新增城镇就业120人，同比增长5%。\n\n●3月20日，县人民医院新增床位50张。\n"
    figs = _run(extractor, briefs, "2026-03-21", source="某某日报")
    assert len({f["article_id"] for f in figs}) == 2


def test_last_years_same_time_stated_is_of_last_year_and_counts_the_same(extractor: Extractor) -> None:
    """城镇新增就业5630人，去年同期为5210人，较上年同期多420人: the value stated after 去年同期为 is last year's, of what
    the figure before counts; the change after it is this year's, of that kind too. So for 去年同期占比为…."""
    text = ("本报讯 今年1-10月，全县城镇新增就业5630人，去年同期为5210人，较上年同期多420人。"
            "全县医疗卫生机构实有床位4128张，去年同期为3896张。民生支出占一般公共预算支出的83.5%，去年同期占比为80.9%。")
    figs = _run(extractor, text, "2026-11-12", source="长春日报")
    got = [(q, m.split(".")[0], p[:4], r) for (q, m), (_, p, r) in zip(_kinds(figs), _got(figs, "period", "role"),
                                                                        strict=True)]
    assert got == [("5630人", "jobs", "2026", "level"), ("5210人", "jobs", "2025", "level"),
                   ("420人", "jobs", "2026", "change"), ("4128张", "beds", "2026", "level"),
                   ("3896张", "beds", "2025", "level"), ("83.5%", "percent", "2026", "level"),
                   ("80.9%", "percent", "2025", "level")]


def test_a_comparison_with_last_years_same_time_is_still_this_years(extractor: Extractor) -> None:
    """比去年同期增长8.2%, 较上年同期提高3.5个百分点: 同期 after a comparison word is the base, no period; nor is
    去年同期 followed by a mark (去年同期，全县…: the time of its own sentence)."""
    text = "本报讯 今年前三季度，全县县域内就诊率达到91.3%，较上年同期提高3.5个百分点。"
    assert _got(_run(extractor, text, "2026-11-05", source="长治日报"), "period") == [
        ("91.3%", "2026Q1-Q3"), ("3.5个百分点", "2026Q1-Q3")]
