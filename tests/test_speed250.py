"""speed250 (issue 13): the cold start-up's rule check sweeps its own cycles. `stats extract` holds the cyclic
collector off until its extractor is made (stats.run.lean) and then freezes what the start made; on a rule set not
checked before, the check runs every rule example first, and the cycles those runs drop stayed, frozen for the life
of the process (peak RSS of a cold one-line extract 254 → 175 MB here)."""

from __future__ import annotations

import gc
import weakref

import pytest

from stats.check import rulecheck
from stats.run import lean


class _Node:
    def __init__(self) -> None:
        self.me = self  # a cycle: reference counting alone never frees it


@pytest.fixture
def held():
    """The collector held off as a lean `stats extract` start holds it; restored after."""
    was, threshold = gc.isenabled(), gc.get_threshold()
    gc.enable()
    lean.hold_gc()
    assert not gc.isenabled()
    try:
        yield threshold
    finally:
        lean._held = False
        gc.set_threshold(*threshold)
        if was:
            gc.enable()


def test_a_block_under_collecting_leaves_no_cycle_and_the_collector_held_again(held) -> None:
    outside = _Node()
    gone_outside = weakref.ref(outside)
    with lean.collecting():
        assert gc.isenabled()
        node = _Node()
        gone = weakref.ref(node)
        del node
    assert gone() is None  # swept at the block's end
    assert not gc.isenabled() and lean._held  # still held for `settled()`
    assert gc.get_threshold() == held
    del outside
    assert gone_outside() is not None  # a cycle made outside the block waits, as before


def test_collecting_does_nothing_where_the_collector_was_not_held() -> None:
    assert not lean._held
    gc.disable()
    try:
        with lean.collecting():
            assert not gc.isenabled()  # someone else's choice, left alone
    finally:
        gc.enable()


def test_the_rule_check_of_an_unchecked_rule_set_runs_under_collecting(held, monkeypatch, tmp_path) -> None:
    """require_rules on a rule set with no stamp: the cycles its check drops are swept before the start goes on."""
    monkeypatch.setenv("STATS_CACHE_DIR", str(tmp_path))
    refs = []

    def check(rules_dir):
        node = _Node()
        refs.append(weakref.ref(node))
        return rulecheck.RuleReport(object(), [], "ok")  # type: ignore[arg-type]

    monkeypatch.setattr(rulecheck, "check_rules", check)
    rulecheck.require_rules(None)
    assert refs and refs[0]() is None
    assert not gc.isenabled()
