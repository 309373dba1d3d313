"""speed142: named costs of `stats extract` cut, every answer the same. The start: `ssl` (OpenSSL's two libraries)
no longer loaded for pyarrow.fs's one question, the OCR and misread patterns' readings carried in the prepared
extractor instead of parsed and compiled at every start. Sentences invented."""

from __future__ import annotations

import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from stats.repair import layout
from stats.run.pipeline import Extractor

ROOT = Path(__file__).resolve().parent.parent


def test_a_lean_start_loads_no_ssl_and_ssl_stays_importable() -> None:
    """pyarrow.fs asks `ssl` for the certificate paths as it loads; a lean start answers from a stand-in, so OpenSSL
    is not loaded, and a later `import ssl` gets the real module (with its real paths)."""
    code = ("import sys; from stats.run.lean import import_arrow_without_numpy as lean; assert lean(files=True); "
            "import pyarrow.fs; print('ssl' in sys.modules, '_ssl' in sys.modules); "
            "import ssl; print(hasattr(ssl, 'SSLContext'), type(ssl.get_default_verify_paths()).__name__)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert done.stdout.split("\n")[:2] == ["False False", "True DefaultVerifyPaths"]


def test_the_prepared_extractor_carries_every_ocr_reading(extractor: Extractor, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every misreads, ocr_reads and ocr_one pattern of layout.yaml is read once, when the extractor is made; an
    extractor unpickled in a fresh process hands its readings to layout, which then reads no pattern again."""
    lex = extractor.rules.lexicon
    patterns = [p for p in (*lex.misreads, *lex.ocr_reads, lex.ocr_one) if p and "=>" in p]
    assert len(patterns) >= 3 and set(patterns) <= set(extractor.ocr_readings)
    assert all(extractor.ocr_readings[p] is not None for p in patterns)
    blob = pickle.dumps(extractor.ocr_readings)  # (its patterns pickled as the prepared extractor's are)
    monkeypatch.setattr(layout, "_OCR_READINGS", {})  # (as in a process that has read none yet)
    made: list[str] = []
    read = layout._ocr_read
    monkeypatch.setattr(layout, "_ocr_read", lambda p: made.append(p) or read(p))
    Extractor.__new__(Extractor).__setstate__(dict(extractor.__dict__, ocr_readings=pickle.loads(blob)))
    # a page with a year in Chinese digits (layout.yaml misreads reads them) and an OCR'd page: nothing read again
    page = "二〇二五年全市新增就业1.2万人。\n全年新增就业l2OO人，增长3.5%。"
    assert layout.undamaged(page, "。", lex.ocr_one, lex.ocr_reads, lex.misreads) == \
        layout.undamaged(page, "。", lex.ocr_one, lex.ocr_reads, lex.misreads)
    assert made == []
    assert {p: layout._ocr_one(p) is not None for p in patterns} == dict.fromkeys(patterns, True)
