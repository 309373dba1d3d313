"""A rule set's digest is the hash of the bytes it was loaded from.

The digest keys the caches of what is made from the rules (extractors, checked examples, extracted documents). A
rule file edited after a run loaded its rules, but before the run asked for the key, gave the extractor made from
the old rules the key of the new ones, and every later run with that cache used the old rules (pages295 met it).
"""

from __future__ import annotations

import shutil
from pathlib import Path

from stats.digest import files_digest
from stats.rules.rulefile import DEFAULT_RULES, load_rules


def test_an_edit_after_the_load_does_not_change_the_loaded_rules_digest(tmp_path: Path) -> None:
    root = tmp_path / "rules"
    shutil.copytree(DEFAULT_RULES, root)
    ruleset = load_rules(root)
    before = ruleset.digest()
    assert before == files_digest(root, ruleset.files)
    topics = root / "topics.yaml"
    topics.write_bytes(topics.read_bytes() + b"\n# an edit after the load\n")
    assert files_digest(root, ruleset.files) != before
    assert ruleset.digest() == before  # the rules this object holds are still the old ones
    again = load_rules(root)  # a load after the edit is a new rule set with the new bytes' digest
    assert again is not ruleset
    assert again.digest() == files_digest(root, again.files) != before
