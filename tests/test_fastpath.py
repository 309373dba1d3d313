"""The cheap checks in front of the grammar and the rules never drop what the full check keeps."""

from __future__ import annotations

from pathlib import Path

from stats.extract.metrics import _cue_distance
from stats.extract.pipeline import Extractor
from stats.extract.quantities import QuantityFinder
from stats.rules.rulefile import load_rules
from stats.run.runner import collect

ROOT = Path(__file__).resolve().parent.parent


def _texts() -> list[str]:
    rules = load_rules()
    texts = [e.text for r in [*rules.metrics, *rules.exclusions] for e in (*r.examples, *r.negatives, *r.todo)]
    texts += collect([ROOT / "data" / "corpus"]).sentences.column("text").to_pylist()
    return texts


def test_a_sentence_the_grammar_finds_a_number_in_passes_the_cheap_scan() -> None:
    finder = QuantityFinder(load_rules().lexicon)
    texts = _texts()
    skipped = [t for t in texts if not finder.may_hold(t)]
    assert skipped, "the scan skips sentences without numbers"
    assert [t for t in skipped if finder.pattern.search(t)] == []


def _slow_cue_distance(words: tuple[str, ...], before: str, after: str, window: int) -> tuple[int, str] | None:
    """The word-by-word definition the pre-checked version must agree with."""
    best = None
    for w in words:
        pos = before.rfind(w)
        if pos >= 0 and (best is None or len(before) - (pos + len(w)) < best[0]):
            best = (len(before) - (pos + len(w)), w)
        pos = after.find(w)
        if 0 <= pos < window and (best is None or pos + 1 < best[0]):
            best = (pos + 1, w)
    return best


def test_cue_distance_with_its_pre_check_agrees_with_the_word_by_word_search() -> None:
    ex = Extractor(load_rules())
    words = [(w, r.cue_window_after) for r in ex.rules.metrics for w in (r.cues, r.requires) if w]
    for text in _texts()[:400]:
        for cut in range(0, len(text), 7):
            for w, window in words:
                before, after = text[:cut], text[cut:]
                assert _cue_distance(w, before, after, window) == _slow_cue_distance(w, before, after, window)
