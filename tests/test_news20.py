"""What the blind set data/gold/news20 found: eight items on every counted quantity (潢川's new school places, the
原平–五台 motorway, 汝南's wheat, 泸溪's holiday visitors, 缙云's signed projects, 北票's old estates, 开鲁's medical
insurance, 藤县's trade), each with a few beds or jobs figures mixed in: the far end of a road read as five machines
(原平至五台高速公路), what a plant gives once it produces dated to the year of the news (投产后预计年产值超50亿元), and the
estates still to finish by the year's end read as done (其余7个小区年底前全部完工). Sentences invented, in the style of
such items."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_a_place_at_the_end_of_a_road_counts_nothing(extractor: Extractor) -> None:
    """五台 after 至 and before 高速公路 is 五台县 written short, one end of the road; 五台 of machines stays a count."""
    text = "本报讯 忻州至五台高速公路全长62公里，三台至巴中铁路今年完成投资18亿元。全县新购收割机五台。"
    got = _got(_run(extractor, text, "2026-10-28", source="忻州日报"), "measure")
    assert got == [("62公里", "公里"), ("18亿元", "元"), ("五台", "台")]


def test_what_a_plant_gives_once_it_produces_is_due_at_no_year(extractor: Extractor) -> None:
    """投产后 like 建成后: the output and the jobs a plant will bring are due whenever it produces, not in the year
    the signing is reported in; the project's cost, stated before, is of that year."""
    text = ("本报讯 今年上半年，全县签约招商项目42个。总投资28亿元的电池材料项目落户开发区，投产后预计年产值超40亿元，"
            "可新增就业岗位1200个。")
    got = _got(_run(extractor, text, "2026-07-15", source="丽水日报"), "role", "period")
    assert got == [("42个", "level", "2026H1"), ("28亿元", "level", "2026H1"), ("超40亿元", "target", None),
                   ("1200个", "target", None)]


def test_a_deadline_ahead_after_the_figures_noun_makes_a_goal(extractor: Extractor) -> None:
    """其余9个小区年底前全部完工: what is to be finished by the year's end is a goal, though the deadline follows the
    figure; what a past year's end saw finished (上年底前) or what is said done (已于年底前) stays a result."""
    text = ("本报讯 今年以来，全市已完工老旧小区31个，其余9个小区年底前全部完工。"
            "上年改造的26个小区上年底前全部完工，另有4个小区已于年底前交付。")
    got = _got(_run(extractor, text, "2026-11-12", source="朝阳日报"), "role")
    assert got == [("31个", "level"), ("9个", "target"), ("26个", "level"), ("4个", "level")]
