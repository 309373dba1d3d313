"""The example notebook runs top to bottom on a build and draws its chart."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pyarrow.parquet as pq
import pytest
from nbclient import NotebookClient

NOTEBOOK = Path(__file__).resolve().parents[1] / "examples" / "figures.ipynb"


def test_example_notebook_runs_and_draws_a_chart(corpus_build: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STATS_DATA_DIR", str(corpus_build))
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    assert not any(cell.get("outputs") for cell in notebook.cells), "commit the notebook without outputs"
    NotebookClient(
        notebook, timeout=60, kernel_name="python3", resources={"metadata": {"path": str(NOTEBOOK.parent)}}
    ).execute()
    outputs = [output for cell in notebook.cells for output in cell.get("outputs", [])]
    assert not [o for o in outputs if o["output_type"] == "error"]
    assert any("image/png" in o.get("data", {}) for o in outputs), "the chart was drawn"
    first_quote = pq.read_table(corpus_build / "figures.parquet").column("quote")[0].as_py()
    tables = [o["data"]["text/html"] for o in outputs if "text/html" in o.get("data", {})]
    assert first_quote in tables[0], "the first table shows the figures"
