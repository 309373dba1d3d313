"""Capacities a service could reach, once opened or at most (news). Sentences invented."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _quoted


def quoted(figs: list[dict], *keys: str) -> list[tuple]:
    """As `tests.dated.quoted`, an empty period (null in the table) written ""."""
    return [tuple("" if v is None else v for v in row) for row in _quoted(figs, *keys)]


def test_a_capacity_that_could_be_reached_is_an_undated_target(extractor: Extractor) -> None:
    """年门诊服务能力可达… and 开放后可满足…: what a hospital could handle, no count of what it did, due whenever
    that is; a capacity reached (日烘干能力达到…) stays a level."""
    figs = _run(extractor, "某县医院\n医院今年新招聘护士120名。新院区投用后，医院开放床位增加到900张，"
                           "年门诊服务能力可达50万人次。"
                           "一期开放后可满足全县约30%的住院需求。全县日烘干能力达到1.1万吨。", "2026-09-20")
    assert quoted(figs, "role", "period")[-3:] == [("50万人次", "target", ""), ("约30%", "target", ""),
                                                   ("1.1万吨", "level", "2026")]
