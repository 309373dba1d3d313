"""The damage sweep (scripts/damage_sweep.py) on two invented sentences: each damage keeps the text's
characters where it says it does, and the comparison tells a lost figure from a kept one."""

from __future__ import annotations

import importlib.util
import random
import sys
from pathlib import Path

_PATH = Path(__file__).resolve().parent.parent / "scripts" / "damage_sweep.py"
_SPEC = importlib.util.spec_from_file_location("damage_sweep", _PATH)
assert _SPEC is not None and _SPEC.loader is not None
sweep = importlib.util.module_from_spec(_SPEC)
sys.modules["damage_sweep"] = sweep  # (its dataclass looks its module up)
_SPEC.loader.exec_module(sweep)

TEXT = ("全县粮食产量达到12.45万吨，比上年增长3.2%。\n"
        "今年以来，全县新增城镇就业2860人，完成年度目标的115.6%，发放创业担保贷款1.6亿元。")


def test_damages_keep_the_words() -> None:
    for name, damage in sweep.DAMAGES.items():
        damaged, spans = damage(TEXT, random.Random(name))
        kept = "".join(ch for i, ch in enumerate(damaged) if not any(s <= i < e for s, e in spans))
        if name in ("hardwrap", "blanklines", "interleave"):
            assert kept.replace("\n", "") == TEXT.replace("\n", ""), name
    wrapped, _ = sweep.hyphenwrap(TEXT, random.Random(1))
    assert "-\n" in wrapped or all(len(line) <= 40 for line in wrapped.split("\n"))


def test_sweep_counts_kept_and_lost() -> None:
    docs = [("a", TEXT, None)]
    report = sweep.sweep(docs, {"hardwrap": sweep.hardwrap, "fullwidth": sweep.fullwidth})
    assert report["hardwrap"]["figures"] == 5
    assert report["hardwrap"]["kept"] == 5
    assert not [f for f in report["fullwidth"]["findings"] if f.kind in ("wrong", "added", "lost")]
    clean = [{"value": 1.0, "unit": "percent", "qualifier": "exact", "quote": "1%", "sentence": "s"},
             {"value": 2.0, "unit": "percent", "qualifier": "exact", "quote": "2%", "sentence": "s"}]
    kept, found = sweep.compare("x", "a", clean, clean[1:])
    assert kept == 1 and [f.kind for f in found] == ["lost"]
    kept, found = sweep.compare("x", "a", clean, [clean[0], {**clean[1], "value": 12.0}])
    assert kept == 1 and [f.kind for f in found] == ["lost", "wrong"]
