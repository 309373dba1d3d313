"""A Jupyter notebook (.ipynb) as its JSON is saved: each cell's text read as the notebook shows it.

Jupyter saves a notebook as JSON with an indent of one space, Han text as it is (no \\u escapes), and each cell's
source, and each output's text, a list of strings, one a line of the file, each but the last ending in an escaped
line break (    "一般公共预算支出48.6亿元，增长2.1%。\\n",). Read as written, every line of the text opens with a quote
mark and ends in \\n", so a Markdown table's row (    "| 教育支出 | 8.62 | 3.4 |\\n",) is no row, its last cell's
number stands against the escape's letter, and a quoted word inside (\\"…\\") keeps its backslash. So in a
notebook's text (a JSON object whose head holds a cell's "cell_type" key) each line that is a JSON string and
nothing else (a list's item; a key's line holds its key too and stays) is read as the string it stands for, its
line break dropped (the line ends there already); the keys' lines (ids, execution counts, the kernel's version:
no figures) are kept as they are.
"""

from __future__ import annotations

import json
import re

from stats.rules.prepared import compiled_re

_NOTEBOOK = '"cell_type":'
_HEAD = 4096  # a file's head, as `stats.read.decode.detect` judges it: every chunk of a large file is read alike
_OPEN_LINE = compiled_re(r'(?<![^\n])[ \t]*(?:"[^\n]*)?\Z')
_ITEM = compiled_re(r'^[ \t]*("(?:[^"\\\n]|\\.)*"),?[ \t]*$', re.MULTILINE)


def _item(m: re.Match[str]) -> str:
    try:
        line = json.loads(m.group(1))
    except ValueError:
        return m.group()
    return line[:-1] if line.endswith("\n") else line


def notebook(head: str | bytes) -> bool:
    """A text whose head (its first `_HEAD` characters or bytes) is this is a notebook's JSON: an object whose first
    cell's type key stands in it."""
    if isinstance(head, bytes):
        return head[:_HEAD].lstrip().startswith(b"{") and _NOTEBOOK.encode() in head[:_HEAD]
    return head[:_HEAD].lstrip().startswith("{") and _NOTEBOOK in head[:_HEAD]


def notebook_plain(text: str, is_notebook: bool | None = None) -> str:
    """text with a notebook's source and output lines read as their strings (see above) where `is_notebook` says it
    is a notebook's (None: where its own head says so); other text is returned as it is."""
    if not (notebook(text) if is_notebook is None else is_notebook):
        return text
    return _ITEM.sub(_item, text)


def notebook_cut(text: str) -> int:
    """Where a line that the end of `text` cuts starts, if it opens a string or is blanks so far (-1: none), so that
    the piece waits for the next and the line is read whole."""
    m = _OPEN_LINE.search(text, max(0, text.rfind("\n")))
    return m.start() if m is not None and m.end() > m.start() else -1
