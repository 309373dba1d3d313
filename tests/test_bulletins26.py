"""What the blind set data/gold/bulletins26 found (three 2026 bulletins of our own that are no one long table, typeset
as PDF and read back by readers no set used: scripts/gold_bulletins26.py), and what damaged11's lowest scores showed.
Sentences invented, in the style of such bulletins and news items."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_the_next_steps_that_name_the_whole_year_are_the_years_work(extractor: Extractor) -> None:
    """After the months so far (前三季度), 下一步 turns to the work still to come: with 全年 in its sentence it is the
    year's work, each of its goals of the year, not only the one whose clause says 全年. Without a word of the year
    the next steps name no time they are due."""
    text = ("某某市前三季度民生工作稳步推进。今年前三季度，全市城镇新增就业6240人。"
            "下一步，某某市将新建社区养老服务站12个，新增养老床位360张，力争全年城镇新增就业8000人。")
    got = _got(_run(extractor, text, "2025-10-20", source="某某日报"), "role", "period")
    assert got == [("6240人", "level", "2025Q1-Q3"), ("12个", "target", "2025"), ("360张", "target", "2025"),
                   ("8000人", "target", "2025")]
    bare = text.replace("，力争全年城镇新增就业8000人", "")
    got = _got(_run(extractor, bare, "2025-10-20", source="某某日报"), "role", "period")
    assert got == [("6240人", "level", "2025Q1-Q3"), ("12个", "target", None), ("360张", "target", None)]
