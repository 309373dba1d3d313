"""Leftovers of earlier sets (leftovers33): a table printed a column at a time (指标 / labels / 绝对数 / 14826元 … /
同比增长 / 5.6% …) under a sentence broken off at a column's foot, which the layout repair went on with the table's
second label, and a page's folio printed under its last column. Texts invented."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got

_PAGE = ("某市夜间经济持续升温\n\n"
         "（上接第1版）今年以来，\n\n"
         "东城区今年打造特色步行\n\n"
         "市商务局有关负责人介绍，\n\n"
         "520亿元。\n\n"
         "全市餐饮收入达到\n\n"
         "街区4条，新增夜间消费\n\n"
         "下半年全市将举办各类\n\n"
         "到236.8亿元，同比增长7.1%，\n\n"
         "集聚区2个；西城区新开业\n\n"
         "促消费活动80场以上，力争\n\n"
         "其中外卖收入增长15.2%。\n\n"
         "品牌首店18家。\n\n"
         "全年餐饮收入突破\n\n"
         "前三季度全省居民收入和消费\n\n"
         "指标\n\n"
         "居民人均可支配收入\n\n"
         "城镇居民人均可支配收入\n\n"
         "农村居民人均可支配收入\n\n"
         "居民人均消费支出\n\n"
         "绝对数\n\n"
         "23518元\n\n"
         "31204元\n\n"
         "13677元\n\n"
         "15490元\n\n"
         "同比增长\n\n"
         "5.1%\n\n"
         "4.6%\n\n"
         "6.7%\n\n"
         "6.2%\n\n"
         "责任编辑：王芳　美编：李强　校对：赵敏　　3\n\n"
         "某省日报 2025年10月30日 星期四 第3版 经济\n\n"
         "2\n\n"
         "图表前三季度全省经济运行\n\n"
         "■ 全省地区生产总值4120亿元，同比增长5.8%。\n")


def test_a_growth_column_under_a_broken_off_sentence_pairs_with_its_labels(extractor: Extractor) -> None:
    """The layout repair went on with 全年餐饮收入突破 at 城镇居民人均可支配收入, a label printed after the table's
    caption and its first label: put back where the source printed it, the labels are as many as each column's cells
    and every row reads its level and its growth (5.1% a change, not a level), the folio numbers under the growth
    column (3, 2) left out of it."""
    got = _got(_run(extractor, _PAGE, "2025-10-30", "某省日报"), "role", "value")
    assert ("23518元", "level", 23518.0) in got and ("31204元", "level", 31204.0) in got
    for quote, value in (("5.1%", 5.1), ("4.6%", 4.6), ("6.7%", 6.7), ("6.2%", 6.2)):
        assert (quote, "change", value) in got, got
    sentences = {f["sentence"] for f in _run(extractor, _PAGE, "2025-10-30", "某省日报")}
    assert "城镇居民人均可支配收入31204元 4.6%" in sentences, sentences


def test_a_growth_column_with_one_cell_too_many_is_not_paired(extractor: Extractor) -> None:
    """Five growths under four labels, the fifth a growth too (its measure, %): which row each is the lines do not
    say, so none is read as a row's change."""
    more = _PAGE.replace("6.2%\n\n", "6.2%\n\n3.9%\n\n")
    got = _got(_run(extractor, more, "2025-10-30", "某省日报"), "role")
    assert ("5.1%", "change") not in got and ("4.6%", "change") not in got
