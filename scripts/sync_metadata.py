"""Rewrite metadata.yml's column descriptions of the core tables from stats/schema.py.

Run after changing a column in stats/schema.py; tests/test_metadata.py fails until you do.
"""

from __future__ import annotations

import sys

from stats.publish.metadata import METADATA_PATH
from stats.publish.metadata_sync import synced

if __name__ == "__main__":
    text = METADATA_PATH.read_text(encoding="utf-8")
    new = synced(text)
    if new == text:
        print(f"{METADATA_PATH}: in sync with stats/schema.py")
        sys.exit(0)
    METADATA_PATH.write_text(new, encoding="utf-8")
    print(f"{METADATA_PATH}: column descriptions rewritten from stats/schema.py")
