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


def test_a_bare_number_parsed_only_when_kept_gives_what_parsing_every_match_gives() -> None:
    lazy = QuantityFinder(load_rules().lexicon)
    eager = QuantityFinder(load_rules().lexicon)
    eager._lazy = False  # every match parsed as it comes, as before the fast path
    assert lazy._lazy, "the shipped link words hold no numeral, so bare numbers are parsed late"
    texts = _texts() + ["分别提高2.1个、0.7个百分点", "从3到5万元", "接待游客人次1.3亿", "统一部署，一是加强"]
    found = 0
    for text in texts:
        got = lazy.find(text)
        assert got == eager.find(text), text
        found += len(got)
    assert found > 100


def _slow_measure_before(finder: QuantityFinder, num_start: int, text: str) -> object:
    for link in (*finder.lex.measure_before_links, ""):
        head = num_start - len(link)
        if link and not text.startswith(link, head):
            continue
        for word, m in finder.lex.measure_before.items():
            if text.startswith(word, head - len(word)):
                return m
    return None


def test_the_measure_word_before_a_number_is_found_with_or_without_the_character_pre_check() -> None:
    finder = QuantityFinder(load_rules().lexicon)
    hits = 0
    for text in [*_texts()[:600], "接待游客人次1.3亿", "旅游收入为52亿元"]:
        for i in range(len(text)):
            got = finder._measure_before(i, text)
            assert got == _slow_measure_before(finder, i, text), (text, i)
            hits += got is not None
    assert hits


def test_trimming_the_ends_of_a_subject_agrees_with_the_pattern_it_replaces() -> None:
    from stats.extract.context import _EDGE, _edge

    samples = ["", "，", "。\n", " 床位 ", "（一）就业", "就业：\n", "a,b\n", "——新增：", "，，就业，，"]
    for text in _texts()[:300]:
        samples += [text[i:i + 9] for i in range(0, len(text), 5)]
    for s in samples:
        assert _edge(s) == _EDGE.sub("", s), s


def test_bulk_rule_choice_names_every_figure_as_the_full_judgement_does() -> None:
    rules = load_rules()
    full, bulk = Extractor(rules), Extractor(rules, all_verdicts=False)
    named = 0
    for text in _texts():
        a = [(c.q, c.excluded_by, c.rule_id, c.role, c.subject) for c in full.candidates(text)]
        assert a == [(c.q, c.excluded_by, c.rule_id, c.role, c.subject) for c in bulk.candidates(text)], text
        named += sum(1 for x in a if x[2])
    assert named > 100
