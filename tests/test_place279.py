"""A paper's imprint line names no place for the text after it (place279).

A page's imprint or masthead line (某某日报社出版, 主办：某某日报社, 社址：…, 国内统一连续出版物号 CN…), set by the page
between two paragraphs of an item whose headline names no place, is the paper's, not the item's: the paper's city it
names is no mention of the item's place, and the paragraph after it goes on with the place in force before it
(places.yaml imprint; `ArticleSituation.sentence` reads such a line as an aside). pages p89's 126万元 and 突破150万元:
德州市 -> 夏津县.
"""

from __future__ import annotations

import pytest

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got

LEAD = ("“合作社的分红又多了”\n\n"
        "本报讯（记者 王芳）3月2日，冠县柳林镇后屯村召开合作社分红会，全村412户村民共分得红利63.2万元。\n\n")
TAIL = "\n\n村党支部书记介绍，去年村集体经济收入达到138万元，今年目标是突破160万元。\n"


@pytest.mark.parametrize("imprint", [
    "聊城日报社出版",
    "主办：聊城日报社",
    "社址：聊城市东昌府区柳园南路1号　邮编：252000",
    "主管：中共聊城市委　主办：聊城日报社　国内统一连续出版物号 CN37-0021",
])
def test_an_imprint_line_names_no_place_for_the_text_after_it(extractor: Extractor, imprint: str) -> None:
    got = _got(_run(extractor, LEAD + imprint + TAIL, "2026-03-04", source="聊城日报"), "place")
    assert [g for g in got if g[0] in ("63.2万元", "138万元", "突破160万元")] == \
        [("63.2万元", "冠县"), ("138万元", "冠县"), ("突破160万元", "冠县")]


def test_a_sentence_on_a_paper_still_names_its_place(extractor: Extractor) -> None:
    # a sentence of the text that tells of a press (出版 in a clause with its figure) is no imprint line
    text = "本报讯 冠县今年新建农家书屋36个。聊城市出版地方志书12部。全年新增图书2.1万册。"
    got = _got(_run(extractor, text, "2026-03-04", source="聊城日报"), "place")
    assert ("12部", "聊城市") in got
