"""Conventions over the rule corpus itself (Sigma/semgrep style): all offenders at once."""

from __future__ import annotations

import ast
from pathlib import Path

import regex

from stats.rules.rulefile import RuleSet

STATS = Path(__file__).resolve().parent.parent / "stats"
# A cue longer than this is a phrase lifted from one sentence, not a domain word.
MAX_CUE = 6


def test_metric_names_follow_the_topic_conventions(ruleset: RuleSet) -> None:
    """The conventions are those of rules/topics.yaml, which the loader also enforces."""
    assert set(ruleset.topics) >= {r.topic for r in ruleset.metrics}
    bad = [(r.id, p) for r in ruleset.metrics for p in ruleset.topics[r.topic].rule_problems(r.metric, r.units)]
    assert bad == []
    assert any(t.metric_segment or t.metric_prefix for t in ruleset.topics.values())


def test_rule_ids_are_prefixed_by_their_file(ruleset: RuleSet) -> None:
    stems = {"beds": "beds.", "jobs": "jobs.", "money": "money.", "percent": "percent.", "counts": "quantity.",
             "insurance": "insurance.", "labour": "labour.", "lodging": "lodging."}
    bad = [(r.file, r.id) for r in ruleset.metrics if not r.id.startswith(stems.get(Path(r.file).stem, "?"))]
    bad += [(r.file, r.id) for r in ruleset.exclusions if not r.id.startswith("exclude.")]
    assert bad == []


def test_cues_are_words_not_sentences(ruleset: RuleSet) -> None:
    long = [(r.id, c) for r in ruleset.metrics for c in (*r.cues, *r.requires) if len(c) > MAX_CUE]
    assert long == []


def test_exclusion_patterns_hold_no_long_literal_phrases(ruleset: RuleSet) -> None:
    long = [(r.id, m.group(0)) for r in ruleset.exclusions
            for m in regex.finditer(r"\p{Han}{7,}", regex.sub(r"\[[^\]]*\]", "", r.pattern.pattern))]
    assert long == []


def test_every_unit_in_the_catalogue_is_used(ruleset: RuleSet) -> None:
    lex = ruleset.lexicon
    used = {m.unit for m in lex.measures.values()} | {m.unit for m in lex.measure_before.values()}
    used |= {r.unit for r in ruleset.metrics if r.unit}
    assert set(lex.unit_catalog) - used == set()


# What the engine may not spell out: Han characters (domain words) and the punctuation of
# Chinese text (，。：；“” and full-width forms), which rules/lexicon/layout.yaml holds. The
# ideographic space, the ellipsis and dashes are typography of any script and pass.
DOMAIN = regex.compile(r"[\p{Han}\u3001-\u303f\ufe30-\ufe4f\uff01-\uffef\u2018-\u201f\u2030\u00b7]")


def _code_strings(path: Path) -> list[tuple[int, str]]:
    """(line, value) of every string constant of a module except docstrings (comments are no constants)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docs = {id(n.body[0].value) for n in ast.walk(tree)
            if isinstance(n, (ast.Module, ast.FunctionDef, ast.ClassDef, ast.AsyncFunctionDef))
            and n.body and isinstance(n.body[0], ast.Expr) and isinstance(n.body[0].value, ast.Constant)}
    return [(node.lineno, node.value) for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docs]


def test_engine_holds_no_domain_words_or_chinese_punctuation() -> None:
    """Han characters and Chinese punctuation in stats/ (publish/ included) may appear in docstrings
    and comments, never in code: they are knowledge, and live in rules/."""
    offenders, scanned = [], set()
    for path in sorted(STATS.rglob("*.py")):
        if path == STATS / "schema.py":  # column descriptions are documentation
            continue
        scanned.add(path.relative_to(STATS).parts[0])
        offenders += [f"{path.relative_to(STATS)}:{line}: {value[:30]!r}" for line, value in _code_strings(path)
                      if DOMAIN.search(value)]
    assert offenders == []
    assert {"publish", "read", "repair", "split", "find", "classify", "context", "metrics", "tables",
            "rules", "run", "check", "cli.py"} <= scanned


def test_the_domain_check_sees_punctuation_and_words(tmp_path: Path) -> None:
    """The check above would pass on a reader that finds nothing: it must flag these and only these."""
    src = tmp_path / "m.py"
    src.write_text('"""Doc: 床位，。"""\nA = "，"\nB = "床位"\nC = "\uff05"\nD = ", ; : % - \u00ab\u00bb"  # 。\n',
                   encoding="utf-8")
    assert [line for line, value in _code_strings(src) if DOMAIN.search(value)] == [2, 3, 4]


def test_exclusion_requires_holds_for_every_match(ruleset: RuleSet, corpus_tables) -> None:
    """The `requires` pre-check may skip a sentence only where the pattern could not match."""
    texts = [s["text"] for s in corpus_tables.sentences.to_pylist()]
    texts += [ex.text for r in [*ruleset.exclusions, *ruleset.metrics] for ex in (*r.examples, *r.negatives)]
    broken = []
    for rule in ruleset.exclusions:
        if not rule.requires:
            continue
        for text in texts:
            for m in rule.pattern.finditer(text):
                if not any(c in m.group(0) for c in rule.requires):
                    broken.append((rule.id, m.group(0)))
    assert broken == []
    assert all(r.requires for r in ruleset.exclusions), "every shipped exclusion names what it requires"
