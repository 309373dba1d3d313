"""Wrong results other helpers saw and left alone (leftovers20): the people and work sent to a paired partner placed
at the sender, ... Sentences invented, in the style of the items they came from."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_the_figures_after_a_pairing_are_the_partners(extractor: Extractor) -> None:
    """萧山区2家医院与来凤县人民医院结对，派驻医生15名: the doctors serve, and the new techniques are brought in, in the
    partner county; a new item after a semicolon (萧山区3所学校…) counts the sender's own schools again."""
    text = ("本报讯 医疗教育帮扶方面，萧山区2家医院与来凤县人民医院结对，派驻医生15名，开展新技术12项；"
            "萧山区3所学校与来凤县5所学校结对，支教教师20名。")
    got = _got(_run(extractor, text, "2026-07-10", source="来凤县人民政府"), "place")
    assert got == [("2家", "萧山区"), ("15名", "来凤县"), ("12项", "来凤县"), ("3所", "萧山区"), ("5所", "来凤县"),
                   ("20名", "来凤县")]


def test_a_clause_naming_its_own_place_after_a_pairing_keeps_it(extractor: Extractor) -> None:
    """The clause after the pairing names its own subject (萧山区投入…): the figure is that place's; and a partner of a
    comparison (与来凤县相比) pairs nothing."""
    text = "本报讯 萧山区与来凤县结对以来，萧山区累计投入帮扶资金860万元。"
    got = _got(_run(extractor, text, "2026-07-10", source="萧山日报"), "place")
    assert got == [("860万元", "萧山区")]
    text = "本报讯 今年萧山区新增城镇就业1.2万人，与来凤县相比，多出8000人。"
    got = _got(_run(extractor, text, "2026-07-10", source="萧山日报"), "place")
    assert got == [("1.2万人", "萧山区"), ("8000人", "萧山区")]
