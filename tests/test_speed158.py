"""speed158: named costs of the extraction path cut, every answer the same (issue 13). Sentences invented.

- the web page gate (`layout._page_gates`): layout.yaml's web_page words searched as one flat alternation and each
  other pattern on its own, not one alternation of them all that a branch opening with a group made the engine try
  at every position (~0.7 ms of every 37 KB piece, ~8 times the searches apart).
"""

from __future__ import annotations

import re
from re import _constants as _c  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]

import pytest

from stats.repair.layout import _page_gates
from stats.run.pipeline import Extractor


def _web_page(extractor: Extractor) -> tuple[str, ...]:
    return tuple(p.pattern for p in extractor.rules.lexicon.web_page)


def test_each_web_page_pattern_is_words_alone_or_one_branch(extractor: Extractor) -> None:
    """A pattern that is no list of plain words holds no top-level bar: its branches would open differently, and
    the engine would try the whole of it at every position of a piece (the meta line's two forms are two patterns)."""
    plain = re.compile(r"[^\\.^$*+?{}\[\]()|]+(?:\|[^\\.^$*+?{}\[\]()|]+)*")
    for source in _web_page(extractor):
        if plain.fullmatch(source):
            continue
        parsed = _parser.parse(source)
        assert not (len(parsed) == 1 and parsed[0][0] is _c.BRANCH), source


@pytest.mark.parametrize("text", [
    "首页 > 新闻中心\n发布时间：2026-03-12 10:30 浏览次数：1289\n本报讯 全县新增就业3200人。",
    "2026-10-09 08:15  来源：某某区融媒体中心\n全区粮食产量41.2万吨。",
    "2026/10/09 来源: 县统计局\n全区粮食产量41.2万吨。",
    "更新时间 : 2025年的数据\n",
    "本报讯 全县新增就业3200人，上一篇报道说过。",
    "本报讯 全县新增就业3200人，2026年10月9日来源不明。",
    "2026-10-09 全区粮食产量41.2万吨。",
    "",
])
def test_the_gates_find_a_web_pages_word_where_the_joined_pattern_does(extractor: Extractor, text: str) -> None:
    """The gates together answer as the one alternation of every pattern did: a piece is looked at just where
    that alternation finds something in it."""
    sources = _web_page(extractor)
    joined = re.compile("|".join(sources))
    gates = _page_gates(sources)
    assert len(gates) == 1 + sum(not re.fullmatch(r"[^\\.^$*+?{}\[\]()|]+(?:\|[^\\.^$*+?{}\[\]()|]+)*", s)
                                 for s in sources)
    assert any(g.search(text) is not None for g in gates) == (joined.search(text) is not None)
