"""The number-reading evaluation list (tests/fixtures/numeral_cases.txt) through `stats.extract_text`.

A wrong number in a statistics table is worse than a missing one: the list must stay
almost entirely found and, above all, free of wrong values."""

from __future__ import annotations

from tests.numeral_eval import evaluate, load_cases


def test_the_list_is_varied_and_well_formed() -> None:
    cases = load_cases()
    assert len(cases) >= 290
    assert sum(1 for c in cases if not c.expect) >= 20  # cases that must give no figure at all
    assert len({c.text for c in cases}) == len(cases)


def test_numbers_are_found_and_never_read_wrong() -> None:
    score = evaluate(load_cases())
    assert score.wrong_rate <= 0.01, "\n".join(m for m in score.misses or [] if "WRONG" in m)
    assert score.found_rate >= 0.97, "\n".join(score.misses or [])
