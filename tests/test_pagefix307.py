"""Page-layout leftovers (pagefix307): a brief's headline opening on a place or a level word and a colon before a time
(某某：1—11月…) glued to the paragraph above it, a headline's level word alone (自治区：…) naming the region, and a unit
of another province heading the clause before a figure's that names no subject of its own. Sentences invented, in the
style of such pages."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures

def _rows(extractor: Extractor, text: str, published: str, source: str) -> list[dict]:
    return dated_figures(extractor, text, published, source)


def test_a_unit_of_another_province_whose_clause_holds_no_figure_is_the_next_clauses_subject(
        extractor: Extractor) -> None:
    """A unit of another province heading the clause right before a figure's clause that names no subject of its own
    (昆山市第一人民医院引进上海优质医疗资源，新增床位150张, in a 上海 district's paper): the unit adds the beds, they are
    its county's; a unit whose own clause holds a figure (…派出专家30名，…) places that clause only, as before."""
    text = ("嘉定报 2026年11月20日 星期五 第3版 协作\n\n嘉昆协作结硕果\n\n"
            "本报讯 今年以来，嘉定区与昆山市协作持续深化。前三季度，嘉定区新增就业岗位2.1万个；太仓市养老机构床位达到"
            "3200张；昆山市第一人民医院引进上海优质医疗资源，新增床位150张。\n")
    got = [(r["quote"], r["place"]) for r in _rows(extractor, text, "2026-11-20", "嘉定报")]
    assert got == [("2.1万个", "嘉定区"), ("3200张", "太仓市"), ("150张", "昆山市")], got
    other = text.replace("引进上海优质医疗资源", "派出专家30名")
    got = [(r["quote"], r["place"]) for r in _rows(extractor, other, "2026-11-20", "嘉定报")]
    assert ("30名", "昆山市") in got and ("150张", "昆山市") not in got, got
