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


_MED = "某市2025年医疗保障事业发展统计公报\n\n全市基本医疗保险参保人数282.46万人。\n"
_YEAR_END = """\
                             表1 2025年基本医疗保险参保人数

                                                                单位：万人
          险种                          参保人数                      比上年末
                                   2025年末         2024年末       增长（%）
          合计                        282.46         281.64           0.3

          职工基本医疗保险                   68.42          66.68           2.6
           其中：在职职工                   50.86          49.72           2.3
          城乡居民基本医疗保险                214.04         214.96          -0.4

全年全市基本医疗保险基金总收入68.64亿元。
"""


def test_a_merged_top_cell_over_year_end_columns(extractor: Extractor) -> None:
    """险种 参保人数 比上年末 / 2025年末 2024年末 增长（%） under 单位：万人 (a 医保 bulletin's table, 参保人数 merged over
    the two years' year-end columns, 比上年末 over 增长（%）), as pdfplumber's layout text at x_density 7.5 sets it: each
    row reads as 2025年末 2024年末 比上年末增长（%）, the year's stock, the year before's and the growth. Before, a bottom
    piece with a year-end word after its year (2025年末) was no year to the flush reading, so the head read as none,
    the rows as nothing (fifteen figures lost), and the head's 2024年末 dated the paragraph after the table 2024."""
    got = _got(_run(extractor, _MED + _YEAR_END, "2026-04-28", "某市医疗保障局"), "value", "role", "period")
    assert got == [("282.46万人", 2824600, "level", "2025"),
                   ("282.46", 2824600, "level", "2025"), ("281.64", 2816400, "level", "2024"),
                   ("0.3", 0.3, "change", "2025"),
                   ("68.42", 684200, "level", "2025"), ("66.68", 666800, "level", "2024"),
                   ("2.6", 2.6, "change", "2025"),
                   ("50.86", 508600, "level", "2025"), ("49.72", 497200, "level", "2024"),
                   ("2.3", 2.3, "change", "2025"),
                   ("214.04", 2140400, "level", "2025"), ("214.96", 2149600, "level", "2024"),
                   ("-0.4", -0.4, "change", "2025"),
                   ("68.64亿元", 6864000000, "level", "2025")]
