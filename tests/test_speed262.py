"""The town table (stats/context/towns.tsv) from the prepared-data cache (issue 13, speed262): reading its ~30,000
names and sorting them into runs took ~55 ms of CPU in every process that met a town's ending, ~2% of a 1 MB run on
one core; a process after the first loads what the first built (~1-2 ms), the same table."""

from __future__ import annotations

from pathlib import Path

import pytest

from stats.context import towns as towns_module


def test_a_later_process_takes_the_town_table_from_the_cache(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The second read of the table (the per-process memo emptied, as in a new process) does not read its file, and
    answers as the table read from its file does."""
    monkeypatch.setenv("STATS_CACHE_DIR", str(tmp_path))
    towns_module.towns.cache_clear()
    try:
        read, longest = towns_module.towns()  # (the first process: read from the file, and kept)
        assert read is not None
        towns_module.towns.cache_clear()

        def unread(*args: object) -> None:
            raise AssertionError("the town table was read from its file and built again")

        monkeypatch.setattr(towns_module.Towns, "__init__", unread)  # (an unpickled table is built by no __init__)
        kept, kept_longest = towns_module.towns()
    finally:
        towns_module.towns.cache_clear()  # (the table of this test's cache folder is no other test's)
    assert kept is not None and kept is not read and kept_longest == longest
    assert len(kept) == len(read)
    assert list(kept._runs) == list(read._runs) and all(kept._runs[k] == read._runs[k] for k in read._runs)
    assert all(kept._counties[k] == read._counties[k] for k in read._counties)
    assert kept._codes == read._codes and kept._shared == read._shared


def test_a_changed_table_is_read_again(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A table of other names (another file: another path, size or time) is read from its file, not taken for the
    one cached before."""
    monkeypatch.setenv("STATS_CACHE_DIR", str(tmp_path / "cache"))
    table = tmp_path / "towns.tsv"
    table.write_text("# code\tprovince\tprefecture\tcounty\tnames\n110101\tp\tq\tr\tabcx abdx\n", encoding="utf-8")
    towns_module.towns.cache_clear()
    try:
        real, _ = towns_module.towns()
        assert real is not None and real.get("abcx") is None
        monkeypatch.setattr(towns_module, "TABLE", str(table))
        towns_module.towns.cache_clear()
        small, longest = towns_module.towns()
    finally:
        towns_module.towns.cache_clear()
    assert small is not None and longest == 4 and small.get("abcx") == ("110101",) and len(small) == 2
