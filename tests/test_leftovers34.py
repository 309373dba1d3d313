"""What data/gold/damaged21 still missed after its own task: a text dump that set a space after every Han character
left its dateline (本 报 讯  3月 12日 ，…) unknown to the layout, so the spaced headline ran on into it and the
headline's figure took the day of the news for its time; and a caption's month of an event held (▲2月举办的招聘会…)
in an item of January read as the coming February, carried on to the next part's figures. Sentences invented, in the
style of such items."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got

_SPACED = (
    "某 某 县 城 镇 新 增 就 业 3120人\n"
    "本 报 讯  3月 12日 ， 记 者 从 某 某 县 人 社 局 获 悉 ， 截 至 2025年 末 ， 全 县\n"
    "城 镇 新 增 就 业 3120人 ， 增 长 4.2% 。\n"
)


def test_a_spaced_out_dateline_opens_its_paragraph_and_the_headline_keeps_the_body_year(extractor: Extractor) -> None:
    """The dateline spaced out as the whole text is opens a paragraph, as 本报讯 written close does: the headline
    over it is a line of its own, and its figure is of the year the body reports (2025), not of the news's month."""
    got = _got(_run(extractor, _SPACED, "2026-03-12", source="某某县融媒体中心"), "period")
    assert got == [("3120人", "2025"), ("3120人", "2025"), ("4.2%", "2025")]


def test_the_same_text_written_close_reads_the_same(extractor: Extractor) -> None:
    """The spaced text reads as the one written close (the fix joins no more than that)."""
    close = "".join(_SPACED.split(" "))
    spaced = _got(_run(extractor, _SPACED, "2026-03-12", source="某某县融媒体中心"), "period")
    assert _got(_run(extractor, close, "2026-03-12", source="某某县融媒体中心"), "period") == spaced


_CAPTION = (
    "去年全县就业成绩单\n"
    "1月12日，记者从某某县人社局获悉，2025年全县城镇新增就业1860人，城镇登记失业率3.5%。\n"
    "▲2月举办的招聘会现场，46家企业带来岗位1280个。\n"
    "全县农村劳动力转移就业6.2万人，比上年增加1800人。\n"
)


def test_a_month_of_an_event_held_in_a_january_item_is_last_years(extractor: Extractor) -> None:
    """2月举办的招聘会 in an item of January: a fair held, so last February (periods.yaml event_held), not the February
    to come; the figures of its sentence are the fair's."""
    got = _got(_run(extractor, _CAPTION, "2026-01-12", source="某某县人社局"), "period")
    assert ("46家", "2025-02") in got and ("1280个", "2025-02") in got


def test_the_month_of_an_event_held_is_not_carried_past_its_sentence(extractor: Extractor) -> None:
    """The fair's month dates its own sentence only: the next paragraph's figures are of the year the item reports
    (before, they fell to the document's month)."""
    got = _got(_run(extractor, _CAPTION, "2026-01-12", source="某某县人社局"), "period")
    assert ("6.2万人", "2025") in got and ("1800人", "2025") in got


def test_a_coming_event_keeps_its_month_ahead(extractor: Extractor) -> None:
    """将于3月举办的招聘会 is a fair to come (event_ahead): its target is of the document's year, not last year's."""
    text = "本报讯 1月20日，记者获悉，县人社局将于3月举办的招聘会预计提供岗位1500个。"
    got = _got(_run(extractor, text, "2026-01-20", source="某某县人社局"), "period")
    assert got and all(p.startswith("2026") for _, p in got)
