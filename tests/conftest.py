"""Shared fixtures: the shipped rules, loaded once, and the shipped corpus extracted once."""

from __future__ import annotations

from pathlib import Path

import pytest

from stats.pipeline import Extractor, Tables, extract_paths
from stats.rulefile import RuleSet, load_rules

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "data" / "corpus"
GOLD = ROOT.parent / "shared" / "gold" / "seeds"


@pytest.fixture(scope="session")
def ruleset() -> RuleSet:
    return load_rules()


@pytest.fixture(scope="session")
def extractor(ruleset: RuleSet) -> Extractor:
    return Extractor(ruleset)


@pytest.fixture(scope="session")
def corpus_tables() -> Tables:
    return extract_paths([CORPUS])
