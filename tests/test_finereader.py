"""stats.read.finereader: ABBYY FineReader's XML of a scanned page read as the page's lines."""

from __future__ import annotations

from stats.read.finereader import finereader_plain
from stats.run.pipeline import Extractor
from tests.dated import valued


def _line(text: str, top: int) -> str:
    chars = "\n".join(f'      <charParams l="{200 + 60 * i}" t="{top}" r="{250 + 60 * i}" b="{top + 60}" '
                      f'charConfidence="{90 + i % 10}" wordStart="1" wordNumeric="{int(ch.isdigit())}">{ch}</charParams>'
                      for i, ch in enumerate(text))
    return (f'    <line baseline="{top + 60}" l="200" t="{top}" r="2200" b="{top + 70}">\n'
            f'     <formatting lang="ChinesePRC" ff="SimSun" fs="14.">\n{chars}\n     </formatting>\n    </line>\n')


_PAGE = ('<?xml version="1.0" encoding="UTF-8"?>\n'
         '<document xmlns="http://www.abbyy.com/FineReader_xml/FineReader10-schema-v1.xml" version="1.0" '
         'producer="ABBYY FineReader Engine 12">\n<page width="2480" height="3508" resolution="300">\n'
         '<block blockType="Text" l="1100" t="3300" r="1400" b="3360"><region><rect l="1100" t="3300" r="1400" '
         'b="3360"/></region><text><par>\n' + _line("— 5 —", 3300) + '</par></text></block>\n'
         '<block blockType="Text" l="200" t="400" r="2200" b="700"><region><rect l="200" t="400" r="2200" b="700"/>'
         '</region><text>\n  <par align="Justified">\n' + _line("截至9月底，全县养老床位12", 400)
         + _line("86张，护理型床位占比58%。", 480) + '  </par>\n  <par>\n' + _line("今年新增就业2 310人。", 560)
         + '  </par>\n</text></block>\n'
         '<block blockType="Picture" l="300" t="800" r="900" b="1200"><region><rect l="300" t="800" r="900" '
         'b="1200"/></region></block>\n'
         '<block blockType="Table" l="200" t="1300" r="2200" b="1500"><region><rect l="200" t="1300" r="2200" '
         'b="1500"/></region><row><cell><text><par>' + _line("指标", 1300) + '</par></text></cell><cell><text><par>'
         + _line("2026年", 1300) + '</par></text></cell></row><row><cell><text><par>' + _line("养老床位（张）", 1380)
         + '</par></text></cell><cell><text><par>' + _line("1304", 1380) + '</par></text></cell></row></block>\n'
         '</page>\n</document>\n')


def test_a_finereader_page_reads_as_its_lines() -> None:
    """Each line's characters joined (a space the engine read kept, the XML's layout between them dropped), a
    paragraph's end a blank line, a table's cells apart by tabs and its rows a line each, a picture no text; the
    blocks in the engine's order, its page number first."""
    assert finereader_plain(_PAGE) == ("— 5 —\n\n截至9月底，全县养老床位12\n86张，护理型床位占比58%。\n\n"
                                       "今年新增就业2 310人。\n\n指标\t2026年\n养老床位（张）\t1304\n")


def test_a_finereader_pages_figures(extractor: Extractor) -> None:
    """Read as written, every character stood on a line of its own among the boxes' numbers: no figure."""
    got = valued(extractor, _PAGE, "2026-10-20")
    assert {(1286, "张", "level", "2026-09"), (58, "%", "level", "2026-09"), (2310, "人", "level", "2026"),
            (1304, "张", "level", "2026")} <= got
    assert not any(v in (12, 86, 5, 90) for v, *_ in got)


def test_other_xml_stays_as_it_is() -> None:
    for text in ('<document xmlns="http://www.abbyy.com/FineReader_xml/FineReader10-schema-v1.xml"></document>\n',
                 '<page><block blockType="Text"><line><charParams>床</charParams></line></block></page>\n',
                 "某县采购ABBYY FineReader软件12套。\n"):
        assert finereader_plain(text) == text
