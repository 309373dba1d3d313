"""PDF pages typeset from our own texts, read directly and through real text extractors.

The pages (tests/pdflayouts.py) set short articles in 3–5 justified columns, side by
side, with wide line spacing, headlines across columns and numbers falling at line
ends. What the clean text gives is the reference: read from the PDF, the same figures
must come in the same order, their source offsets must point at their quote, and their
page box at where the typesetter drew them. Read through poppler and pdfminer as text,
the layout repair must never make a figure the clean text does not have.
"""

from __future__ import annotations

import shutil
import subprocess
from collections import Counter
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from stats.cli import cli
from stats.explain import explain
from stats.read.pdf import NO_TEXT_LAYER
from stats.read.sources import read_pdf
from stats.run.pipeline import Extractor

from .conftest import need_program
from .pdflayouts import layouts
from .pdfpages import Drawn, typeset
from .pdftexts import ELDERLY, HEALTH, HEALTH_DECK, JOBS

pytest.importorskip("reportlab")

HEAD = "城市日报 2026年3月21日 星期六 第3版"


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, Drawn]]:
    folder = tmp_path_factory.mktemp("pdf")
    out = {}
    for name, regions in layouts().items():
        path = folder / f"{name}.pdf"
        out[name] = (path, typeset(path, regions, running_head=HEAD))
    return out


def _fold(s: str) -> str:
    return "".join(c for c in s if not c.isspace())


@pytest.mark.parametrize("name", sorted(layouts()))
def test_a_pdf_gives_the_figures_of_its_clean_text_with_offsets_and_boxes(
        extractor: Extractor, pages: dict[str, tuple[Path, Drawn]], name: str) -> None:
    path, drawn = pages[name]
    clean = extractor.extract_text(drawn.clean).figures
    src = read_pdf(path)
    got = extractor.extract_source(src).figures
    assert len(clean) >= 20
    assert [(f["value"], f["measure"], f["quote"]) for f in got] == [
        (f["value"], f["measure"], f["quote"]) for f in clean]
    for f, c in zip(got, clean, strict=True):
        assert _fold(src.text[f["src_start"]:f["src_end"]]) == f["quote"]
        boxes = [b for b in drawn.boxes[c["src_start"]:c["src_end"]] if b is not None]
        page = boxes[0][0]
        on_page = [b for b in boxes if b[0] == page]
        want = (min(b[1] for b in on_page), min(b[2] for b in on_page),
                max(b[3] for b in on_page), max(b[4] for b in on_page))
        assert f["src_page"] == page + 1
        got_box = (f["src_x0"], f["src_y0"], f["src_x1"], f["src_y1"])
        # x0 exact; the reader's boxes are the font's loose boxes: a little taller, digits a little wider
        assert all(abs(g - w) < tol for g, w, tol in zip(got_box, want, (1.0, 4.0, 3.0, 4.0), strict=True)), (
            f["quote"], got_box, want)


def test_headlines_open_articles_side_by_side(extractor: Extractor, pages: dict[str, tuple[Path, Drawn]]) -> None:
    path, _ = pages["side"]
    res = extractor.extract_source(read_pdf(path))
    assert [a["title"] for a in res.articles] == [ELDERLY.headline, JOBS.headline,
                                                  f"{HEALTH.headline} / {HEALTH_DECK.subtitle}"]
    by_article = {a["article_id"]: a["text"] for a in res.articles}
    assert all(f["quote"] in by_article[f["article_id"]] for f in res.figures)
    jobs = [f["quote"] for f in res.figures if f["article_id"].endswith("a02")]
    assert "15.6万人" in jobs and "42.0万张" not in jobs


def test_running_heads_and_page_numbers_are_no_text(pages: dict[str, tuple[Path, Drawn]]) -> None:
    for path, _ in pages.values():
        text = read_pdf(path).text
        assert "城市日报" not in text and "第3版" not in text
        assert all(not line.strip("\u3000").isdigit() for line in text.splitlines())


def test_a_page_without_text_is_reported_not_read(tmp_path: Path) -> None:
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(tmp_path / "scan.pdf"))
    c.setFillGray(0.5)
    c.rect(50, 50, 400, 600, fill=1)  # a picture of a page: no text layer
    c.showPage()
    c.save()
    out = tmp_path / "out"
    res = CliRunner().invoke(cli, ["extract", str(tmp_path), "--out", str(out), "-q"])
    assert res.exit_code == 0, res.output
    errors = pq.read_table(out / "errors.parquet").to_pylist()
    assert [e["message"] for e in errors] == [f"page 1: {NO_TEXT_LAYER}"]
    assert errors[0]["path"].endswith("scan.pdf")


def test_extract_reads_pdf_beside_text_and_text_has_no_page(
        tmp_path: Path, pages: dict[str, tuple[Path, Drawn]]) -> None:
    path, drawn = pages["columns3"]
    shutil.copy(path, tmp_path / "page.pdf")
    (tmp_path / "page-text.txt").write_text(drawn.clean, encoding="utf-8")
    out = tmp_path / "out"
    res = CliRunner().invoke(cli, ["extract", str(tmp_path), "--out", str(out), "-q"])
    assert res.exit_code == 0, res.output
    rows = pq.read_table(out / "figures.parquet").to_pylist()
    pdf = [r for r in rows if r["doc_id"] == "page"]
    txt = [r for r in rows if r["doc_id"] == "page-text"]
    assert len(pdf) == len(txt) >= 20
    assert all(r["src_page"] == 1 and r["src_x0"] is not None for r in pdf)
    assert all(r["src_page"] is None and r["src_x0"] is None for r in txt)


def _extracted(tool: str, path: Path) -> str:
    if tool == "pdfminer":
        from pdfminer.high_level import extract_text

        return extract_text(str(path))
    exe = shutil.which("pdftotext")
    need_program(exe, "poppler-utils (pdftotext)")
    args = [exe, "-layout"] if tool == "poppler-layout" else [exe]
    return subprocess.run([*args, str(path), "-"], capture_output=True, text=True, check=True).stdout


# recall each extractor's text must reach on every layout (measured: the misses are the
# extractors' own order, lines of two columns interleaved, not the repair); precision is 1:
# the repair never makes a figure the clean text does not have
RECALL = {"poppler": 0.8, "poppler-layout": 0.95, "pdfminer": 0.55}


@pytest.mark.parametrize("tool", sorted(RECALL))
@pytest.mark.parametrize("name", sorted(layouts()))
def test_extractor_text_makes_no_wrong_figure(extractor: Extractor, pages: dict[str, tuple[Path, Drawn]],
                                              tool: str, name: str) -> None:
    path, drawn = pages[name]
    sig = lambda figs: Counter((f["value"], f["measure"]) for f in figs)  # noqa: E731
    base = sig(extractor.extract_text(drawn.clean).figures)
    got = sig(extractor.extract_text(_extracted(tool, path)).figures)
    hit = sum((base & got).values())
    assert hit / sum(base.values()) >= RECALL[tool], f"missed {list((base - got).elements())}"
    if tool == "poppler-layout":
        assert got - base == Counter(), f"made {list((got - base).elements())}"


GLUED = (
    "本报讯 全市养老床位总数达到          全市卫生技术人员\n"
    "42.0万张，比上年增长6.5%，每千      达到9.7万人，医疗卫生机\n"
    "名老年人拥有床位33.5张。全市        构床位6.4万张。全市\n"
    "新增床位8.6                         万张。\n"
)


def test_glued_columns_are_read_column_by_column(extractor: Extractor) -> None:
    figs = extractor.extract_text(GLUED).figures
    assert [(f["quote"], f["topic"]) for f in figs if f["measure"] != "%"] == [
        ("42.0万张", "beds"), ("33.5张", "beds"), ("9.7万人", "other"), ("6.4万张", "beds")]
    for f in figs:
        assert _fold(GLUED[f["src_start"]:f["src_end"]]) == f["quote"]


def test_a_number_at_a_column_end_never_takes_the_next_columns_number_or_unit(extractor: Extractor) -> None:
    glued = ("全市新增养老床位8.6            42.0万张床位已投入使用，\n"
             "比上年增加1.2万张。            全市养老机构达到\n"
             "养老床位520.3                  万人次参与评估。\n")
    values = [f["value"] for f in extractor.extract_text(glued).figures]
    assert 420000 in values and 12000 in values
    assert not any(str(v).startswith(("8.642", "86420", "5203")) for v in values)
    assert 5203000 not in values
    assert "not joined" in explain(extractor, glued)


def test_a_lone_gutter_splits_its_line(extractor: Extractor) -> None:
    text = "全市养老床位8.6        42.0万张床位已投入使用。  全市新增就业1.2万人。\n"
    res = extractor.extract_text(text)
    assert [f["value"] for f in res.figures] == [420000, 12000]
    assert [s["text"] for s in res.sentences] == ["全市养老床位8.6", "42.0万张床位已投入使用。", "全市新增就业1.2万人。"]
    assert "kept out" in explain(extractor, text)


def test_build_renders_each_pdf_figure_and_the_row_page_shows_it(
        tmp_path: Path, pages: dict[str, tuple[Path, Drawn]]) -> None:
    import asyncio

    from datasette.app import Datasette
    from datasette.utils import tilde_encode

    from stats.publish.pages import PAGES_DIR, image_name
    from stats.publish.serve import TEMPLATES, database_path, datasette_argv, register_plugin

    shutil.copy(pages["side"][0], tmp_path / "side.pdf")
    out = tmp_path / "site"
    res = CliRunner().invoke(cli, ["build", str(tmp_path / "side.pdf"), "--out", str(out)])
    assert res.exit_code == 0, res.output
    figures = pq.read_table(out / "figures.parquet").to_pylist()
    pngs = sorted((out / PAGES_DIR).iterdir())
    assert sorted(p.name for p in pngs) == sorted(image_name(f["figure_id"]) for f in figures)
    head = pngs[0].read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n" and int.from_bytes(head[16:20], "big") > 100  # a real picture
    assert f"{PAGES_DIR}:{out / PAGES_DIR}" in datasette_argv(out)

    register_plugin()
    ds = Datasette([str(database_path(out))], static_mounts=[(PAGES_DIR, str(out / PAGES_DIR))],
                   template_dir=str(TEMPLATES))
    fig = next(f for f in figures if f["quote"] == "15.6万人")
    src = f"/{PAGES_DIR}/{image_name(fig['figure_id'])}"

    async def fetch() -> tuple[str, int, bytes]:
        page = await ds.client.get(f"/stats/figures/{tilde_encode(fig['figure_id'])}")
        img = await ds.client.get(src)
        return page.text, img.status_code, img.content

    html, status, body = asyncio.run(fetch())
    assert f'<img src="{src}"' in html and "page 1" in html
    # the card at the head of the page shows the picture too: the raw row's cell is off the right of the screen
    card = html.split('<section class="stats-card">')[1].split("</section>")[0]
    assert f'<img src="{src}"' in card and f'<a href="{src}">1</a>' in card
    assert status == 200 and body == (out / PAGES_DIR / image_name(fig["figure_id"])).read_bytes()


def test_a_broken_pdf_is_an_error_row_not_a_traceback(tmp_path: Path) -> None:
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4\nthis is no pdf at all\n")
    out = tmp_path / "out"
    res = CliRunner().invoke(cli, ["extract", str(tmp_path), "--out", str(out), "-q"])
    assert res.exit_code == 0, res.output
    errors = pq.read_table(out / "errors.parquet").to_pylist()
    assert len(errors) == 1 and errors[0]["stage"] == "read"
    assert errors[0]["message"].startswith("not a readable PDF")


def test_blank_lines_inside_an_indented_paragraph_are_column_breaks(extractor: Extractor) -> None:
    # poppler prints each column as a block and drops the paragraph indent: the first line of a
    # paragraph is two characters short of the column, and a blank line follows it at a column break
    text = ("会议指出，全市养老床位总数达到四十\n"
            "二万张，比上年增长百分之六点五，每\n"
            "千名老年人拥有床位三十三张。\n"
            "全年全市共培训养老护理员1.2万\n\n"
            "人次，社区养老服务设施覆盖率达到\n"
            "百分之九十二，市财政安排补贴资金三\n"
            "亿元。\n")
    quotes = [f["quote"] for f in extractor.extract_text(text).figures]
    assert "1.2万人次" in quotes and "1.2万" not in quotes


def test_text_printed_twice_over_itself_reads_once(extractor: Extractor, tmp_path: Path) -> None:
    from reportlab.pdfgen import canvas

    from .pdfpages import FONT, _register

    _register()
    c = canvas.Canvas(str(tmp_path / "bold.pdf"))
    for dx in (0.0, 0.4):  # bold faked the way some papers do: the line again, a hair to the right
        t = c.beginText(60 + dx, 700)
        t.setFont(FONT, 10)
        t.textOut("全市城镇新增就业15.6万人，比上年增长3.2%。")
        c.drawText(t)
    c.showPage()
    c.save()
    src = read_pdf(tmp_path / "bold.pdf")
    assert src.text.strip("\u3000") == "全市城镇新增就业15.6万人，比上年增长3.2%。"
    assert [f["quote"] for f in extractor.extract_source(src).figures] == ["15.6万人", "3.2%"]


def _table_pdf(path: Path, rows: list[tuple[str, ...]], xs: tuple[int, ...]) -> Path:
    """A page with one table: each row's cells set at the given x positions, 16 points apart."""
    from reportlab.pdfgen import canvas

    from .pdfpages import FONT, _register

    _register()
    c = canvas.Canvas(str(path), pagesize=(595, 842))
    for r, cells in enumerate(rows):
        for x, cell in zip(xs, cells, strict=True):
            t = c.beginText(x, 700 - 16 * r)
            t.setFont(FONT, 10)
            t.textOut(cell)
            c.drawText(t)
    c.showPage()
    c.save()
    return path


def test_a_table_on_a_page_is_read_row_by_row(extractor: Extractor, tmp_path: Path) -> None:
    rows = [("指标", "今年", "上年"), ("养老机构（家）", "512", "498"), ("养老床位", "4.2万张", "3.9万张"),
            ("护理人员", "1.1万人", "0.9万人")]
    src = read_pdf(_table_pdf(tmp_path / "table.pdf", rows, (60, 200, 280)))
    res = extractor.extract_source(src)
    assert sorted(f["value"] for f in res.figures) == [9000, 11000, 39000, 42000]  # never 512498
    assert "养老床位4.2万张3.9万张" in [s["text"] for s in res.sentences]
    beds = next(f for f in res.figures if f["quote"] == "4.2万张")
    assert beds["src_x0"] == 200.0 and beds["metric"].startswith("beds")


def test_a_two_column_table_keeps_each_value_with_its_label(extractor: Extractor, tmp_path: Path) -> None:
    rows = [("全市养老机构数量（家）", "512"), ("全市养老床位总数", "4.2万张"), ("全市护理人员总数", "1.1万人")]
    res = extractor.extract_source(read_pdf(_table_pdf(tmp_path / "list.pdf", rows, (60, 200))))
    assert sorted(f["value"] for f in res.figures) == [11000, 42000]
    assert "全市养老床位总数4.2万张" in [s["text"] for s in res.sentences]


def test_bare_numbers_under_a_head_with_units_stay_on_their_row(extractor: Extractor, tmp_path: Path) -> None:
    """Cells of bare numbers whose units the columns' head gives go on their label's row, a space apart
    (a row cut into lines loses its head); two that could read as one number (1 | 280) stay apart."""
    rows = [("地市", "床位数（张）", "每千人口床位数（张）"), ("甲城市", "6820", "7.4"), ("乙城市", "4150", "5.1")]
    src = read_pdf(_table_pdf(tmp_path / "beds.pdf", rows, (60, 200, 320)))
    assert "\u3000甲城市 6820 7.4" in src.text.split("\n")
    got = {(f["value"], f["metric"]) for f in extractor.extract_source(src).figures}
    assert {(6820, "beds.total"), (7.4, "beds.per_1000"), (4150, "beds.total"), (5.1, "beds.per_1000")} <= got
    rows = [("指标", "今年", "上年"), ("养老机构", "1", "280")]
    lines = read_pdf(_table_pdf(tmp_path / "apart.pdf", rows, (60, 200, 280))).text.split("\n")
    assert "\u3000养老机构 1" in lines and "\u3000280" in lines


def _box_pdf(path: Path, runs: list[tuple[float, float, float, str]]) -> Path:
    """A page of text runs, each (x, baseline from the top, type size, text)."""
    from reportlab.pdfgen import canvas

    from .pdfpages import FONT, _register

    _register()
    c = canvas.Canvas(str(path), pagesize=(595, 842))
    for x, y, size, text in runs:
        t = c.beginText(x, 842 - y)
        t.setFont(FONT, size)
        t.textOut(text)
        c.drawText(t)
    c.showPage()
    c.save()
    return path


def test_a_small_head_over_briefs_and_a_figures_box_are_read_as_items(tmp_path: Path) -> None:
    """A head only 1.2 times the body (a column of briefs, a 数读 box) is an item's head, not body text;
    a box of figures each before its label is read row by row, figure with label."""
    body = [(40, 100 + 14 * k, 9, line) for k, line in enumerate(
        ["本报讯全县今年新建村级", "卫生室一十二个，新增", "护理人员八十名。"])]
    runs = [(40, 80, 16, "全县卫生室建设提速"), *body,
            (320, 80, 11, "山城简讯"), (320, 100, 9, "■本报讯河口镇新建"), (320, 114, 9, "公园三处。"),
            (40, 200, 11, "数读·全县民生"),
            (40, 220, 8.5, "■ 76%"), (80, 220, 8.5, "民生支出占比"),
            (40, 236, 8.5, "■ 1.2亿元"), (100, 236, 8.5, "低保资金"),
            (40, 252, 8.5, "■ 830户"), (96, 252, 8.5, "改造危房")]
    text = read_pdf(_box_pdf(tmp_path / "box.pdf", runs)).text
    lines = [ln.strip("\u3000") for ln in text.split("\n")]
    assert "山城简讯" in lines and "数读·全县民生" in lines  # heads of their own, not glued to the article
    assert "■ 76% 民生支出占比" in lines or "■76% 民生支出占比" in lines
    assert any(ln.endswith("1.2亿元 低保资金") for ln in lines)


def test_a_titled_table_under_columns_comes_after_them_with_its_labels(tmp_path: Path) -> None:
    """A table set below an article's two columns is read after both columns (not inside the first),
    its title opening it, its labels (ragged, far left of the cells) each with its row."""
    runs = [(40, 80, 16, "全镇养老服务持续改善"),
            (40, 100, 9, "本报讯全镇今年新建"), (40, 114, 9, "日间照料中心四个，"),
            (200, 100, 9, "新增床位一百二十张"), (200, 114, 9, "惠及老人近千名。"),
            (40, 140, 10.2, "全镇主要民生指标"),
            (40, 156, 8.5, "指标"), (200, 156, 8.5, "总量"), (300, 156, 8.5, "增长"),
            (40, 170, 8.5, "养老床位"), (200, 170, 8.5, "860张"), (300, 170, 8.5, "6.2%"),
            (40, 184, 8.5, "城镇新增就业人数"), (200, 184, 8.5, "1.4万人"), (300, 184, 8.5, "3.1%")]
    text = read_pdf(_box_pdf(tmp_path / "table.pdf", runs)).text
    lines = [ln.strip("\u3000") for ln in text.split("\n")]
    assert "本报讯全镇今年新建日间照料中心四个，新增床位一百二十张惠及老人近千名。" in lines
    at = lines.index("全镇主要民生指标")
    assert lines[at + 1:at + 4] == ["指标 总量 增长", "养老床位 860张 6.2%", "城镇新增就业人数 1.4万人 3.1%"]


def test_glyph_boxes_are_the_pdfs_own_widths_not_the_machines_font(tmp_path: Path) -> None:
    """A CJK font the PDF names but does not embed is drawn in whatever the machine has (or a stand-in): its
    ink, and so PDFium's loose box, differs from machine to machine, the advance in the PDF's /W does not."""
    import pypdfium2 as pdfium
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfgen import canvas

    from stats.read.pdf import _glyphs

    from .pdfpages import FONT, _register

    _register()
    text, size = "产值2026亿元增长8.5%", 10
    c = canvas.Canvas(str(tmp_path / "w.pdf"))
    c.setFont(FONT, size)
    c.drawString(60, 700, text)
    c.showPage()
    c.save()
    doc = pdfium.PdfDocument(str(tmp_path / "w.pdf"))
    page = doc[0]
    textpage = page.get_textpage()
    glyphs = _glyphs(textpage.raw, page.get_size()[1])
    x = 60.0
    assert "".join(g.ch for g in glyphs) == text
    for g in glyphs:
        w = pdfmetrics.stringWidth(g.ch, FONT, size)
        assert (g.ch, round(g.x0, 2), round(g.x1, 2)) == (g.ch, round(x, 2), round(x + w, 2))
        x += w
    assert len({(round(g.top, 2), round(g.bottom, 2)) for g in glyphs}) == 1  # ascent and descent, not ink
    textpage.close()
    page.close()
    doc.close()


def test_a_lost_font_is_reported_only_where_its_glyphs_have_no_ink(tmp_path: Path) -> None:
    """PDFium's text page drops a text object of a space alone whatever the machine: with its font drawing
    every other character, nothing is lost and nothing is reported (the standard fonts are never missing)."""
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(tmp_path / "s.pdf"))
    c.setFont("Helvetica", 10)
    c.drawString(60, 700, "GDP grew 5.2% in 2025")
    c.drawString(60, 680, " ")
    c.showPage()
    c.save()
    got = read_pdf(tmp_path / "s.pdf")
    assert got.warnings == ()
    assert "5.2%" in got.text
