"""Leftovers of earlier sets (leftovers32): what a project gives once built, in an item whose headline says when it is
finished, and a number box a layout-keeping extractor printed as its row of figures over the row of their labels.
Texts invented."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got

_BUILT = ("某县中医院康复大楼主体完工 预计2028年投用\n\n"
          "本报讯 9月3日，某县中医院康复大楼主体结构完工。项目总投资2.6亿元，规划设置床位300张。"
          "大楼投用后，医院编制床位将增加到700张。项目建成后，将新增康复治疗床位80张。")


def test_a_target_due_once_built_takes_the_year_the_headline_says_it_is_finished(extractor: Extractor) -> None:
    """预计2028年投用 in the headline: what the project gives once in use (投用后…增加到700张, 建成后新增…80张) and the
    beds it is planned with (规划设置床位300张) are due in 2028, the year the text says it is built; the money
    already set out is a level, undated by it."""
    got = _got(_run(extractor, _BUILT, "2026-09-04"), "role", "period")
    assert ("700张", "target", "2028") in got
    assert ("80张", "target", "2028") in got
    assert ("300张", "target", "2028") in got
    assert [g for g in got if g[0] == "2.6亿元"] == [("2.6亿元", "level", "2026-09")]


def test_without_a_year_it_is_built_or_with_two_the_target_stays_undated(extractor: Extractor) -> None:
    """No year of finishing in the headline (主体完工 only), or two (一期2027年建成、二期2029年投用: which part
    the beds are of the text does not say): what it gives once built names no time it is due, as before; nor does a
    year already past (2025年投用, in an item of 2026) date it."""
    none = _BUILT.replace(" 预计2028年投用", "")
    two = _BUILT.replace("预计2028年投用", "一期2027年建成、二期2029年投用")
    past = _BUILT.replace("预计2028年投用", "2025年投用")
    for text in (none, two, past):
        got = _got(_run(extractor, text, "2026-09-04"), "role", "period")
        assert ("700张", "target", None) in got and ("80张", "target", None) in got, text


_BOX = ("数说\n\n"
        "  126.5亿元          6.2%          4.8%       38.6亿元        3.05万元\n"
        "     地区生产总值       地区生产总值增长     固定资产投资增长     一般公共预算收入     居民人均可支配收入\n\n")


def test_a_number_boxs_row_of_figures_over_its_row_of_labels_pairs_each_figure_with_its_label(
        extractor: Extractor) -> None:
    """Five figures on one line, their five labels on the next: each label names the figure over it (增长 makes the
    6.2% under 地区生产总值增长 a change, and 38.6亿元 under 一般公共预算收入 a level), not the figure after it, as the
    two lines read column by column had it (…6.2%地区生产总值增长4.8%…)."""
    got = _got(_run(extractor, _BOX, "2026-07-20"), "role", "value")
    assert ("126.5亿元", "level", 12650000000.0) in got
    assert ("6.2%", "change", 6.2) in got and ("4.8%", "change", 4.8) in got
    assert ("38.6亿元", "level", 3860000000.0) in got and ("3.05万元", "level", 30500.0) in got


def test_a_box_whose_counts_disagree_is_not_paired(extractor: Extractor) -> None:
    """Four labels under five figures: which label is whose the lines do not say, so no entry is read as a label
    and its figure (地区生产总值增长6.2% is no sentence of the text)."""
    short = _BOX.replace("     居民人均可支配收入", "")
    sentences = {f["sentence"] for f in _run(extractor, short, "2026-07-20")}
    assert "地区生产总值增长6.2%" not in sentences


_CAPTIONS = ("镜头·身边的变化\n"
             "甲城区一处老旧小区改造后的新貌。今年全区改造老旧小区31个。（记者 王明 摄）\n"
             "{unit}的医生在为居民义诊。目前，全区家庭医生签约服务覆盖9.6万人。（记者 李华 摄）\n")


def test_a_whole_area_word_after_a_caption_naming_a_unit_of_another_district_is_that_district(
        extractor: Extractor) -> None:
    """Photo captions of a city's page, each on a district: the second names its district only at the head of a
    unit's name (潮南区某街道社区卫生服务中心), which carries no place on, yet 全区 right after it is that district, not
    the one the caption before spoke of."""
    text = _CAPTIONS.replace("甲城区", "金平区").format(unit="潮南区峡山街道社区卫生服务中心")
    got = _got(_run(extractor, text, "2025-11-14", source="汕头特区晚报"), "place")
    assert ("31个", "金平区") in got
    assert ("9.6万人", "潮南区") in got
