"""A figure's row page as a browser renders it: the figure marked in its sentence, a link to its article."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from datasette.utils import tilde_encode

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")

FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def dump_dom(url: str, profile: Path) -> str:
    """The DOM after the page has loaded, as headless Chromium serialises it."""
    result = subprocess.run(
        [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", "--dump-dom", url],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


@pytest.mark.skipif(CHROMIUM is None, reason="no chromium binary; run scripts/install-chromium.sh")
def test_row_page_marks_the_figure_and_links_its_article(server: str, corpus_build: Path, tmp_path: Path) -> None:
    figures = pq.read_table(corpus_build / "figures.parquet").to_pylist()
    sentences = {s["sentence_id"]: s for s in pq.read_table(corpus_build / "sentences.parquet").to_pylist()}
    # a figure that is not the first number of its sentence, so the offsets matter
    figure = next(f for f in figures if f["start"] > sentences[f["sentence_id"]]["start"] + 10)
    offset = sentences[figure["sentence_id"]]["start"]
    sentence = figure["sentence"]
    begin, end = figure["start"] - offset, figure["end"] - offset
    expected = f"{sentence[:begin]}<mark>{sentence[begin:end]}</mark>{sentence[end:]}"

    dom = dump_dom(f"{server}/stats/figures/{tilde_encode(figure['figure_id'])}", tmp_path / "profile")

    assert expected in dom
    assert dom.count("<mark>") == 1
    article_href = f'href="/stats/articles/{tilde_encode(figure["article_id"])}"'
    assert article_href in dom
