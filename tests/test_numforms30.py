"""Number forms after numforms29: lists of three or more whose last two items are neighbours (3、5、6万人), and a rate
written once before a list (百分之三、五、七), read in one extractor call (tests/batchread.py).

Changed here, each by /work/shared/gold/GUIDE.md "Fields: measure" (the unit elided once): a list of three or more
whose measure word is written after its last item gives every item (3、5、6万人 = 3万, 5万, 6万 人), where its last
two were read as the neighbour range 5万–6万 (as 5、6万人 alone is) and the first was dropped; a rate written before
the first of a list lends itself to each item (百分之三、五、七 = 3 %, 5 %, 7 %; 百分之三、四、五 was 3–4 % with 5
dropped), where only the first was read. None where no reading is sure: an item of other places than the first
(百分之三、八十; 百分之三、五十 is the spoken 三五十's range since numforms31), two items with no 分别 (百分之三、五:
or 3–5 %?) or a word after the last (百分之三、五月份) leaves the first alone, as before. "From–to pairs give two
figures": a from-figure before a verb of reaching (从约3万增至约5万人, 由3万增加到5万人) takes the to-figure's measure
(and magnitude where sure) as after 到, where it was dropped (rules/lexicon/numerals.yaml from_to.reach). Two ends
each behind the same word of "about" (约3万人至约5万人) are one range about (value_high), as 约3万人至5万人 is, where
they were two figures (stats/find/quantity_links.py `_about_ranges`)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.batchread import TRAP, Case, Fig, fig, read_alone, read_cases, same

FRAMES: list[str] = ["全年新增{}", "三县各有{}"]


def neighbour_lists() -> Iterator[Case]:
    for frame in FRAMES:
        for items, values, measure in [
            (["3", "5", "6万人"], [3e4, 5e4, 6e4], "人"),
            (["5", "6", "7万人"], [5e4, 6e4, 7e4], "人"),
            (["三", "五", "六万人"], [3e4, 5e4, 6e4], "人"),
            (["2", "3", "4家"], [2, 3, 4], "家"),
            (["1", "3", "4亿元"], [1e8, 3e8, 4e8], "元"),
        ]:
            yield frame.format("、".join(items)), [fig(i, v, measure=measure) for i, v in zip(items, values, strict=True)]
    # two neighbours alone stay one range
    yield "全市约有5、6万人", [fig("5、6万人", 5e4, 6e4, "approx", "人")]
    yield "每套三、四百元", [fig("三、四百元", 300, 400, measure="元")]


def rate_lists() -> Iterator[Case]:
    for written, values in [
        (["百分之三", "五", "七"], [3, 5, 7]), (["百分之三", "四", "五"], [3, 4, 5]), (["百分之三", "五"], [3, 5]),
        (["百分之十五", "二十", "三十"], [15, 20, 30]), (["百分之三点五", "四点二", "五点一"], [3.5, 4.2, 5.1]),
    ]:
        yield "增速分别为" + "、".join(written), [fig(w, v, measure="%") for w, v in zip(written, values, strict=True)]
    # neighbours alone are one range; an item of other places or a word after the last: the first alone
    yield "增速回落百分之五、六", [fig("百分之五、六", 5, 6, measure="%")]
    yield "覆盖面提高到百分之五、六十", [fig("百分之五、六十", 50, 60, measure="%")]
    yield "占比为百分之三、五十", [fig("百分之三、五十", 30, 50, measure="%")]  # 三五十 spoken: 30–50 % (numforms31)
    yield "增速为百分之三、五", [fig("百分之三", 3, measure="%")]  # two items, no 分别: 3 % and 5 %, or 3–5 %?
    yield "增长百分之三、五月份回落", [fig("百分之三", 3, measure="%")]


def from_reach_to() -> Iterator[Case]:
    """GUIDE's from–to pairs (由14.74万张增长至23.19万张: two figures): a verb of reaching between them, the from-figure
    written without its measure word takes the to-figure's, and its magnitude where that is sure."""
    for reach in ["增至", "增加到", "提高至", "下降到"]:
        yield f"就业从约3万{reach}约5万人", [fig("约3万", 3e4, None, "approx", "人"),
                                             fig("约5万人", 5e4, None, "approx", "人")]
    yield "人数由3万增加到5万人", [fig("3万", 3e4, measure="人"), fig("5万人", 5e4, measure="人")]
    yield "病床由800下降到600张", [fig("800", 800, measure="张"), fig("600张", 600, measure="张")]
    yield "营收从6500增至2万元", [fig("6500", 6500, measure="元"), fig("2万元", 2e4, measure="元")]
    yield "营收从3增至7000万元", [fig("7000万元", 7e7, measure="元")]  # 3 or 3000万? no from-figure
    yield "人数从3万增长5万人", [fig("5万人", 5e4, measure="人")]  # a growth by, no reaching: the change alone


def about_ranges() -> Iterator[Case]:
    """Two ends of one measure, each behind the same word of "about", joined by a range link: one range, about, as
    约3万人至5万人 is; other words on the two ends, a from word, or ends the wrong way round keep two figures."""
    yield "全年接待约3万人至约5万人", [fig("约3万人至约5万人", 3e4, 5e4, "approx", "人")]
    yield "全年接待近3万人到近5万人", [fig("近3万人到近5万人", 3e4, 5e4, "approx", "人")]
    yield "每户补贴约2000元到约3000元", [fig("约2000元到约3000元", 2000, 3000, "approx", "元")]
    yield "全年接待约3万人至近5万人", [fig("约3万人", 3e4, None, "approx", "人"), fig("近5万人", 5e4, None, "approx", "人")]
    yield "客流从约3万人至约5万人", [fig("约3万人", 3e4, None, "approx", "人"), fig("约5万人", 5e4, None, "approx", "人")]
    yield "全年接待约5万人至约3万人", [fig("约5万人", 5e4, None, "approx", "人"), fig("约3万人", 3e4, None, "approx", "人")]


CASES = [*neighbour_lists(), *rate_lists(), *from_reach_to(), *about_ranges()]


@pytest.fixture(scope="module")
def read() -> dict[str, list[Fig]]:
    return read_cases(CASES)


def test_the_generators_make_each_sentence_once() -> None:
    assert len({t for t, _ in CASES}) == len(CASES) > 15


@pytest.mark.parametrize(("text", "want"), CASES, ids=[t for t, _ in CASES])
def test_each_form_gives_its_figures(read: dict[str, list[Fig]], text: str, want: list[Fig]) -> None:
    assert same(read[text], [*want, TRAP[1]]), read[text]


@pytest.mark.parametrize("text", ["全年新增3、5、6万人", "增速分别为百分之三、五、七", "就业从约3万增至约5万人"])
def test_a_sentence_reads_the_same_alone(read: dict[str, list[Fig]], text: str) -> None:
    """The batched reading is what the extractor gives the sentence alone: its neighbours lend it nothing."""
    assert read_alone(text) == read[text]
