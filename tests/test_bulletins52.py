"""What the blind set data/gold/bulletins52 found (four 2025 bulletins of our own, of provinces the bulletin sets took
fewest places from: 岫岩满族自治县's 统计公报, 鹤壁市's 民政 公报, 日照市's 医疗保障 公报 and 天津市蓟州区's 文化和旅游
公报, typeset as PDF and read back by reader settings no set used: scripts/gold_bulletins52.py). Texts invented, in
the shape those readers give such tables."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got

_ZONE = "某区2025年文化和旅游发展统计公报\n\n"


def test_a_class_the_country_confers_names_no_figure_of_the_country(extractor: Extractor) -> None:
    """其中全国重点文物保护单位6处 in a district's 文旅 bulletin counts the district's own sites of that national rank:
    the district's figure, as the 市级文物保护单位 beside it is; before, 全国 in the name made it the country's. A
    figure said of the country itself stays the country's."""
    text = (_ZONE + "年末全区共有不可移动文物486处，其中全国重点文物保护单位6处，市级文物保护单位28处；全国文明村镇"
            "3个。\n\n全国国内游客人次比上年增长5.6%。\n")
    got = _got(_run(extractor, text, "2026-04-10", "天津市蓟州区文化和旅游局"), "place")
    assert got == [("486处", "蓟州区"), ("6处", "蓟州区"), ("28处", "蓟州区"), ("3个", "蓟州区"), ("5.6%", "全国")]
