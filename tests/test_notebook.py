"""The example notebook runs top to bottom on a build, draws its chart and the site's series chart.

In the slow job: starting a Jupyter kernel and running the notebook takes ~15 s, a twelfth of the default
suite's 3-minute budget."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pyarrow.parquet as pq
import pytest
from nbclient import NotebookClient

pytestmark = pytest.mark.slow

NOTEBOOK = Path(__file__).resolve().parents[1] / "examples" / "figures.ipynb"


@pytest.fixture(scope="module")
def outputs(corpus_build: Path) -> list[dict]:
    """The outputs of every cell, the notebook run once on the suite's build."""
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    assert not any(cell.get("outputs") for cell in notebook.cells), "commit the notebook without outputs"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("STATS_DATA_DIR", str(corpus_build))
        NotebookClient(
            notebook, timeout=60, kernel_name="python3", resources={"metadata": {"path": str(NOTEBOOK.parent)}}
        ).execute()
    return [output for cell in notebook.cells for output in cell.get("outputs", [])]


def test_example_notebook_runs_and_draws_a_chart(outputs: list[dict], corpus_build: Path) -> None:
    errors = [o for o in outputs if o["output_type"] == "error"]
    assert not errors, errors[:1]
    assert any("image/png" in o.get("data", {}) for o in outputs), "the chart was drawn"
    first_quote = pq.read_table(corpus_build / "figures.parquet").column("quote")[0].as_py()
    tables = [o["data"]["text/html"] for o in outputs if "text/html" in o.get("data", {})]
    assert first_quote in tables[0], "the first table shows the figures"


def test_notebook_draws_the_series_chart_the_site_shows(outputs: list[dict]) -> None:
    svgs = [o["data"]["image/svg+xml"] for o in outputs if "image/svg+xml" in o.get("data", {})]
    assert len(svgs) == 1
    assert 'class="stats-chart"' in svgs[0] and svgs[0].count('class="stats-point"') >= 1
