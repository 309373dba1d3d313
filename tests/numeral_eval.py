"""Found-rate and wrong-value rate of the extractor on tests/fixtures/numeral_cases.txt.

Each line of the list is a sentence of our own and the figures it must give (value,
value_high for a range, measure word). A case's expected figure is *found* when a figure
has its value, high end and measure; every figure whose value matches no expected figure
of its sentence is a *wrong value* (a wrong number in a table is worse than a missing one).
Run `python tests/numeral_eval.py [-v]` for the rates and the misses.
"""

from __future__ import annotations

import math
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

CASES = Path(__file__).parent / "fixtures" / "numeral_cases.txt"


@dataclass(frozen=True)
class Expected:
    value: float
    high: float | None
    measure: str


@dataclass(frozen=True)
class Case:
    line: int
    text: str
    expect: tuple[Expected, ...]


def _number(s: str) -> float:
    return float(s)


def _expected(spec: str) -> Expected:
    number, _, measure = spec.strip().rpartition(":")
    low, high = number, None
    # a range is low-high; a leading minus belongs to the number
    cut = number.find("-", 1)
    if cut > 0:
        low, high = number[:cut], number[cut + 1:]
    return Expected(_number(low), _number(high) if high is not None else None, measure.strip())


def load_cases(path: Path = CASES) -> list[Case]:
    cases = []
    for i, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip() or raw.startswith("#"):
            continue
        text, _, specs = raw.rpartition(" | ")
        expect = () if specs.strip() == "-" else tuple(_expected(s) for s in specs.split(";"))
        cases.append(Case(i, text, expect))
    return cases


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)


def _extract(text: str) -> list[dict[str, Any]]:
    try:
        from stats import extract_text  # type: ignore[attr-defined]
    except ImportError:  # before the public API existed: the same pipeline
        from stats.rules.rulefile import load_rules
        from stats.run.pipeline import Extractor

        global _EX
        if "_EX" not in globals():
            _EX = Extractor(load_rules())
        return _EX.extract_text(text).figures
    return extract_text(text)


@dataclass
class Score:
    expected: int = 0
    found: int = 0
    wrong: int = 0
    misses: list[str] | None = None

    @property
    def found_rate(self) -> float:
        return self.found / self.expected if self.expected else 1.0

    @property
    def wrong_rate(self) -> float:
        return self.wrong / self.expected if self.expected else 0.0


def evaluate(cases: list[Case]) -> Score:
    score = Score(misses=[])
    for case in cases:
        figures = _extract(case.text)
        score.expected += len(case.expect) or 1  # a no-figure case is one number in scope
        if not case.expect:
            score.found += not figures
        for e in case.expect:
            if any(_close(f["value"], e.value) and _close(f["value_high"], e.high) and f["measure"] == e.measure
                   for f in figures):
                score.found += 1
            else:
                score.misses.append(f"{case.line}: miss {case.text} want {e} got "
                                    f"{[(f['quote'], f['value'], f['value_high'], f['measure']) for f in figures]}")
        for f in figures:
            if not any(_close(f["value"], e.value) and _close(f["value_high"], e.high) for e in case.expect):
                score.wrong += 1
                score.misses.append(f"{case.line}: WRONG {case.text}: {f['quote']} = {f['value']}"
                                    f"{'' if f['value_high'] is None else '-' + str(f['value_high'])}")
    return score


def main(argv: list[str]) -> int:
    score = evaluate(load_cases())
    if "-v" in argv:
        print("\n".join(score.misses or []))
    print(f"cases={len(load_cases())} numbers={score.expected} found={score.found_rate:.3f} "
          f"wrong={score.wrong_rate:.3f} ({score.wrong} wrong values)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
