"""Datasette plugin piece: a figure read from a PDF shows its page region, the figure boxed.

Self-contained beside `datasette_plugin` (which marks sentences and links articles): it
renders only the `src_page` cell of the figures table, as the page number and the
picture `stats build` rendered for that figure (`pages.write_page_images`), served by
Datasette from the build's `pages/` folder (`--static pages:…`, set in `serve`).
"""

from __future__ import annotations

from typing import Any

from datasette import hookimpl
from markupsafe import Markup

from .pages import PAGES_DIR, image_name


@hookimpl
def render_cell(row: Any, value: Any, column: str, table: str | None, database: str, datasette: Any) -> Markup | None:
    if table != "figures" or column != "src_page" or value is None or "figure_id" not in row.keys():
        return None
    src = f"/{PAGES_DIR}/{image_name(row['figure_id'])}"
    return Markup('<a class="stats-page" href="{src}">page {page}<br><img src="{src}" loading="lazy" '
                  'style="max-width:480px" alt="page {page} of the source PDF, the figure boxed in red"></a>'
                  ).format(src=src, page=value)
