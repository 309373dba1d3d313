"""speed286 (issue 13): a cold start's rule check runs the examples on the extractor corpus runs then use.

A start with rules not checked before (the first run after installing or changing stats or its rules) made two
extractors, each compiling the quantity grammar, the gazetteer's and the layout's patterns (~1.3 s of CPU each):
one for the rule check (`Extractor(ruleset)`, judging every rule for every quantity) and then the bulk one. The
check now takes the bulk (prepared) extractor with a limit on each exclusion pattern call (`Extractor.timed`): one
extractor a start, the examples proven on what `stats extract` runs, and the rule picked by `RuleIndex` (the rules a
quantity's unit and measure admit), which is the one judging them all picks (test_fastpath holds the two equal).
And the pickles a cold start stores (the rule set's, the extractor's) have their equal strings shared by a scan of
their opcodes by argument size instead of `pickletools`' generic reader: the same bytes, in less time.
Sentences invented."""

from __future__ import annotations

import io
import pickle

import pytest

from stats.check import rulecheck
from stats.rules import prepared as prep
from stats.rules.rulefile import RuleSet
from stats.run.document import bulk_extractor, prepared_extractor
from stats.run.pipeline import Extractor


def test_the_rule_check_runs_the_examples_on_the_bulk_extractor_with_a_limit(ruleset: RuleSet,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    given: list[Extractor] = []

    def examples(ex: Extractor, rules=None):  # noqa: ANN001, ANN202 - run_examples' signature
        given.append(ex)
        return [], 0

    monkeypatch.setattr(rulecheck, "run_examples", examples)
    monkeypatch.setattr(rulecheck, "run_todo", lambda ex: given.append(ex) or [])
    monkeypatch.setattr(rulecheck, "slow_patterns", lambda rules: [])
    made: list[Extractor] = []
    init = Extractor.__init__
    monkeypatch.setattr(Extractor, "__init__", lambda self, *a, **k: made.append(self) or init(self, *a, **k))
    report = rulecheck.check_rules(None)
    assert report.ok
    bulk = prepared_extractor(ruleset)
    assert made in ([], [bulk])  # (none where this process or the prepared-data cache had it already)
    assert [ex.timeout for ex in given] == [rulecheck.EXAMPLE_TIMEOUT, rulecheck.EXAMPLE_TIMEOUT]
    assert all(ex.finder is bulk.finder and ex.situator is bulk.situator and ex._choose == bulk._choose
               for ex in given)
    assert bulk.timeout is None and bulk_extractor(ruleset) is bulk  # the corpus run's own is left as it was
    assert len(made) <= 1


def test_a_timed_extractor_finds_what_the_untimed_one_finds(ruleset: RuleSet) -> None:
    bulk = prepared_extractor(ruleset)
    timed = bulk.timed(0.5)
    assert bulk.timed(None) is bulk and timed.timeout == 0.5 and bulk.timeout is None
    text = "2025年末，全县共有养老机构12家，床位1860张，比上年增长4.5%。"
    assert timed.extract_text(text).figures == bulk.extract_text(text).figures
    assert [f["quote"] for f in timed.extract_text(text).figures] == ["12家", "1860张", "4.5%"]


def _stream(obj: object, shared: dict[str, object] | None = None) -> bytes:
    buf = io.BytesIO()
    prep._Pickler(buf, shared or {}).dump(obj)
    return buf.getvalue()


def test_equal_strings_are_shared_by_the_quick_scan_into_the_very_bytes_the_generic_reader_writes(
        ruleset: RuleSet, monkeypatch: pytest.MonkeyPatch) -> None:
    """`share_equal_strings` reads the opcodes by their argument sizes (`_scan_strings`) and frames its output itself
    (`_rewrite`), where it read them with `pickletools` and wrote them with pickle's own pickler: a cold start stores
    the rule set's and the extractor's pickles (~400,000 opcodes), ~0.15 s less. The bytes are the same: frames cut at
    the same opcodes, the same memo numbers (past 255: LONG_BINGET), a piece past a frame's size written outside."""
    many = [f"word{i}" for i in range(600)]
    cases = [_stream(ruleset), _stream(prepared_extractor(ruleset), ruleset.shared()),
             _stream([*many, *["".join(["word", str(i)]) for i in range(600)], "长" * 70000, "长" * 70000,
                      b"z" * 200000, ("".join(["a", "b"]), "".join(["a", "b"]))]),
             pickle.dumps({"k": "".join(["v", "w"]), "l": ["".join(["v", "w"])] * 3}, protocol=4),
             pickle.dumps("x", protocol=5), pickle.dumps(1, protocol=5)]
    expected = [prep._share_equal_strings_read(data) for data in cases]
    assert [prep.share_equal_strings(data) for data in cases] == expected
    assert len(prep.share_equal_strings(cases[2])) < len(cases[2])
    back = pickle.loads(prep.share_equal_strings(cases[2]))
    assert back[600] is back[0] and back[1199] is back[599] and back[1202] == b"z" * 200000
    # what the quick scan does not read goes to the generic reader: protocol 2 (numbered by PUT), left as it is
    old = pickle.dumps(["".join(["v", "w"])] * 3, protocol=2)
    assert prep.share_equal_strings(old) == old

    def generic(data: bytes) -> bytes:
        raise AssertionError("read by pickletools")

    monkeypatch.setattr(prep, "_share_equal_strings_read", generic)
    assert [prep.share_equal_strings(data) for data in cases[:3]] == expected[:3]  # (the quick scan alone)
