"""speed142: named costs of `stats extract` cut, every answer the same. The start: `ssl` (OpenSSL's two libraries)
no longer loaded for pyarrow.fs's one question."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_a_lean_start_loads_no_ssl_and_ssl_stays_importable() -> None:
    """pyarrow.fs asks `ssl` for the certificate paths as it loads; a lean start answers from a stand-in, so OpenSSL
    is not loaded, and a later `import ssl` gets the real module (with its real paths)."""
    code = ("import sys; from stats.run.lean import import_arrow_without_numpy as lean; assert lean(files=True); "
            "import pyarrow.fs; print('ssl' in sys.modules, '_ssl' in sys.modules); "
            "import ssl; print(hasattr(ssl, 'SSLContext'), type(ssl.get_default_verify_paths()).__name__)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert done.stdout.split("\n")[:2] == ["False False", "True DefaultVerifyPaths"]
