"""What the metric column left generic: over every gold set's output a third of the rows were quantity.items,
quantity.people, quantity.institutions or percent.growth, the largest groups of them counts that bulletins and work
reports name by their own words (医疗卫生机构, 卫生技术人员, 常住人口, 在校学生, 学位, 规上工业企业, 出栏…) and the growth
rates written right after such counts. A bracketed note between a noun and its number (学校（含幼儿园）186所) left the
figure no subject. Sentences invented, in the style of statistical bulletins."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_a_bulletins_health_paragraph_names_institutions_staff_and_inpatients(extractor: Extractor) -> None:
    """Institutions, their staff and their inpatients each have their own metric, the parts after 其中 the whole's;
    a growth right after the discharges is the discharges' growth, in percent."""
    text = ("年末全县共有医疗卫生机构286个，其中医院12个。卫生技术人员3120人，其中注册护士1460人。"
            "全年出院人数4.1万人，增长2.5%。")
    got = _got(_run(extractor, text, "2025-03-20", source="测试日报"), "metric", "topic")
    assert got == [("286个", "quantity.health_institutions", "other"), ("12个", "quantity.health_institutions", "other"),
                   ("3120人", "quantity.health_workers", "other"), ("1460人", "quantity.health_workers", "other"),
                   ("4.1万人", "quantity.hospital_discharges", "other"),
                   ("2.5%", "quantity.hospital_discharges", "percent")]


def test_schools_pupils_teachers_and_places_are_told_apart(extractor: Extractor) -> None:
    """Schools, pupils, teachers and school places in one sentence: each by the cue nearest it (中小学 before the
    places names no schools)."""
    text = "全市共有各级各类学校126所，在校学生9.8万人，专任教师7200人；新增中小学学位3600个。"
    got = _got(_run(extractor, text, "2025-03-20", source="测试日报"), "metric")
    assert got == [("126所", "quantity.schools"), ("9.8万人", "quantity.students"),
                   ("7200人", "quantity.teachers"), ("3600个", "quantity.school_places")]


def test_a_named_count_never_takes_a_jobs_or_beds_figure(extractor: Extractor) -> None:
    """The named counts sit below every jobs and beds rule: 医院's beds stay beds, 企业's posts stay jobs."""
    text = "全县医院实有床位2860张。招聘会组织企业86家，提供就业岗位3200个。"
    got = dict(_got(_run(extractor, text, "2025-03-20", source="测试日报"), "metric"))
    assert got["2860张"].startswith("beds.")
    assert got["3200个"].startswith("jobs.")


def test_a_bracketed_note_before_the_number_leaves_the_noun_as_subject(extractor: Extractor) -> None:
    """学校（含幼儿园）186所: the note qualifies the noun before it, which names what is counted; the change after it
    carries that subject."""
    text = "年末全县共有各级各类学校（含幼儿园）86所，比上年减少3所。"
    got = _got(_run(extractor, text, "2025-03-20", source="测试日报"), "subject")
    assert got == [("86所", "各级各类学校"), ("3所", "各级各类学校")]


def test_rates_listed_after_a_named_growth_lean_on_no_older_whole(extractor: Extractor) -> None:
    """粮食总产量…，增长1.9%。其中，…分别增长2.1%、3.4%: the growth leaves the amount the last figure, but the 其中 list of
    rates after it lists growths of its parts, not parts of the last rate level of the paragraph before (城镇化率)."""
    text = "年末常住人口城镇化率为56.2%。\n全年粮食总产量98.7万吨，增长1.9%。其中，小麦、玉米产量分别增长2.1%、3.4%。"
    got = dict(_got(_run(extractor, text, "2025-03-20", source="测试日报"), "metric"))
    assert got["56.2%"] == "percent.urbanisation_rate"
    assert got["1.9%"] == "quantity.grain_output"
    assert got["2.1%"] != "percent.urbanisation_rate" and got["3.4%"] != "percent.urbanisation_rate"
