"""What the blind set data/gold/damaged48 found: five texts of our own, each in a form no damaged set used (a bureau
column's Atom feed; a Mac TextEdit RTF; a 幕布 outline exported as OPML; a DokuWiki page's source; a radio item's LRC
captions). Sentences invented, in the style of those forms.
"""

from __future__ import annotations

import pytest

from stats.read.decode import decode_bytes
from stats.run.pipeline import Extractor
from tests.chunked import decoded_in_chunks as _chunked
from tests.dated import dated_figures as _run
from tests.goldsets import scored


def _got(extractor: Extractor, text: str, published: str = "2026-01-21") -> set[tuple[float, str, str, str]]:
    """Each figure's value, measure, qualifier and role."""
    return {(f["value"], f["measure"], f["qualifier"], f["role"]) for f in _run(extractor, text, published)}


def _gbk_escapes(text: str) -> str:
    return "".join(c if ord(c) < 128 else "".join(f"\\'{b:02x}" for b in c.encode("gbk")) for c in text)


_COCOA = ("{\\rtf1\\ansi\\ansicpg1252\\cocoartf2761\n\\cocoatextscaling0\\cocoaplatform0{\\fonttbl"
          "\\f0\\fnil\\fcharset134 PingFangSC-Regular;\\f1\\fswiss\\fcharset0 Helvetica;}\n{\\colortbl;\\red255\\green255"
          "\\blue255;}\n\\paperw11900\\paperh16840\\vieww11520\\viewh8400\\viewkind0\n\\pard\\tx566\\tx1133\\pardirnatural"
          "\n\n\\f0\\fs24 \\cf0 " + _gbk_escapes("2025年末，某县医疗卫生机构实有床位2316张，比上年末增加84张。") + "\\\n"
          + _gbk_escapes("全年卫生健康支出") + "{\\f1 2.6}" + _gbk_escapes("亿元。") + "}")


def test_a_textedit_rtf_reads_its_escapes_in_its_fonts_charset() -> None:
    """TextEdit declares \\ansicpg1252 but writes Chinese in a font of charset 134: its escapes are GBK's bytes, not
    Windows-1252's (once 2025Äê, ... no Han word, no figure); a group's font (\\f1, charset 0) gives way to the one
    around it at its end; whole and in pieces alike."""
    data = _COCOA.encode("ascii")
    d = decode_bytes(data, "report.txt")
    assert d.text == ("2025年末，某县医疗卫生机构实有床位2316张，比上年末增加84张。\n全年卫生健康支出2.6亿元。")
    assert _chunked(data, 19) == d.text


def test_a_font_of_the_ansi_charset_keeps_the_documents_code_page() -> None:
    """A font of charset 0 (Times New Roman in a Word document under \\ansicpg936) reads its escapes in the
    document's code page: GBK here, as before."""
    data = ("{\\rtf1\\ansi\\ansicpg936{\\fonttbl{\\f0\\froman\\fcharset0 Times New Roman;}}\\f0 "
            + _gbk_escapes("床位120张") + "\\par}").encode("ascii")
    assert decode_bytes(data, "x.txt").text == "床位120张\n"


@pytest.mark.slow
def test_the_damaged48_gold_set_scores_at_its_floors() -> None:
    """Blind (main 503ee2b3): brief: recall=0.6753 precision=0.9811 qualifier=0.9808 role=0.8077 place=1.0
    period=0.75 topic_beds=0.8 topic_jobs=0.9565. Floors, not the exact scores."""
    s = scored("damaged48")
    assert s["recall"] >= 0.6 and s["precision"] >= 0.95
