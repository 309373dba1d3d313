"""The code's digest is kept in the cache folder by its files' sizes and times (stats.digest.engine_digest):
an edited file must change it, and a damaged memo must be ignored, never trusted or crash."""

from __future__ import annotations

from pathlib import Path

import pytest

from stats import digest


@pytest.fixture
def package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A small stand-in package, with its own cache folder."""
    pkg = tmp_path / "pkg"
    (pkg / "sub").mkdir(parents=True)
    (pkg / "a.py").write_text("A = 1\n")
    (pkg / "sub" / "b.py").write_text("B = 2\n")
    monkeypatch.setattr(digest, "_ENGINE", pkg)
    monkeypatch.setenv("STATS_CACHE_DIR", str(tmp_path / "cache"))
    digest.engine_digest.cache_clear()
    yield pkg
    digest.engine_digest.cache_clear()


def _fresh() -> str:
    digest.engine_digest.cache_clear()
    return digest.engine_digest()


def test_the_kept_digest_is_the_hash_of_the_files(package: Path) -> None:
    first = _fresh()
    assert first == digest._hash_engine()
    assert len(list((Path(digest.cache_root()) / "code").glob("engine-*"))) == 1
    assert _fresh() == first  # read from the memo


def test_an_edited_file_of_the_same_size_changes_the_digest(package: Path) -> None:
    first = _fresh()
    (package / "sub" / "b.py").write_text("B = 3\n")
    assert _fresh() != first
    assert _fresh() == digest._hash_engine()


def test_an_added_file_changes_the_digest(package: Path) -> None:
    first = _fresh()
    (package / "c.py").write_text("")
    assert _fresh() != first


@pytest.mark.parametrize("junk", ["", "garbage", "x y z", "0" * 32 + " " + "zz" * 8, "\x00\xff"])
def test_a_damaged_memo_is_ignored(package: Path, junk: str) -> None:
    good = _fresh()
    memo = next((Path(digest.cache_root()) / "code").glob("engine-*"))
    memo.write_bytes(junk.encode("latin-1"))
    assert _fresh() == good
    assert _fresh() == good  # and rewritten whole


def test_a_memo_is_trusted_only_while_its_key_holds(package: Path) -> None:
    _fresh()
    memo = next((Path(digest.cache_root()) / "code").glob("engine-*"))
    key, _ = memo.read_text().split(" ")
    memo.write_text(f"{key} {'0' * 16}")  # the key still matches: the memo is used
    assert _fresh() == "0" * 16
    (package / "a.py").write_text("A = 2\n")
    assert _fresh() == digest._hash_engine()
