"""Reading sources in the encodings they really come in."""

from __future__ import annotations

from pathlib import Path

import pytest

from stats.errors import InputError
from stats.read.sources import find_files, read_source

TEXT = "确保全年城镇新增就业60万人以上，调查失业率控制在5.5%左右。"


@pytest.mark.parametrize(("encoding", "data", "recorded"), [
    ("utf-8", TEXT.encode("utf-8"), "utf-8"),
    ("utf-8-sig", b"\xef\xbb\xbf" + TEXT.encode("utf-8"), "utf-8-sig"),
    ("gbk", TEXT.encode("gbk"), "gb18030"),
    ("gb18030", TEXT.encode("gb18030"), "gb18030"),
])
def test_encodings(tmp_path: Path, encoding: str, data: bytes, recorded: str) -> None:
    p = tmp_path / f"{encoding}.txt"
    p.write_bytes(data)
    src = read_source(p)
    assert src.text == TEXT
    assert src.encoding == recorded
    assert src.doc_id == encoding


def test_empty_file_is_refused_with_its_path(tmp_path: Path) -> None:
    p = tmp_path / "empty.txt"
    p.write_bytes(b"  \n")
    with pytest.raises(InputError, match="empty.txt: empty file"):
        read_source(p)


def test_folders_are_walked_for_txt_files(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "1.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "notes.md").write_text("x", encoding="utf-8")
    assert [p.name for p in find_files([tmp_path])] == ["1.txt", "2.txt"]
