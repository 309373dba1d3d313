"""stats.read.scribus: a Scribus .sla page read as its text frames show their stories."""

from __future__ import annotations

from stats.read.decode import decode_bytes
from stats.read.scribus import scribus_plain
from stats.run.pipeline import Extractor
from tests.dated import valued

_SLA = """<?xml version="1.0" encoding="UTF-8"?>
<SCRIBUSUTF8NEW Version="1.5.8">
<DOCUMENT ANZPAGES="2" PAGEWIDTH="595.28" PAGEHEIGHT="841.89" BORDERLEFT="40" TITLE="某县简报 第86期" DSIZE="10.5">
<STYLE NAME="正文" LINESP="18" FONTSIZE="10.5"/>
<PAGE PAGEXPOS="100" PAGEYPOS="20" PAGEWIDTH="595.28" PAGEHEIGHT="841.89" NUM="0"/>
<PAGEOBJECT XPOS="140" YPOS="96" ItemID="7" PTYPE="4" WIDTH="400" HEIGHT="40" ANNAME="三条标题" path="M0 0 L400 0 Z">
<StoryText>
<DefaultStyle PARENT="正文"/>
<ITEXT FONT="Source Han Sans SC Heavy" FONTSIZE="22" CH="某县新增就业"/>
<ITEXT FONT="Times New Roman Bold" FONTSIZE="22" CH="3120"/>
<ITEXT FONT="Source Han Sans SC Heavy" FONTSIZE="22" CH="人"/>
<trail/>
</StoryText>
</PAGEOBJECT>
<PAGEOBJECT XPOS="140" YPOS="150" ItemID="8" PTYPE="4" WIDTH="400" HEIGHT="300" ANNAME="正文">
<StoryText>
<DefaultStyle PARENT="正文"/>
<ITEXT FONT="Source Han Serif SC Regular" CH="今年以来，全县新增就业"/>
<ITEXT FONT="Times New Roman" CH="31"/>
<ITEXT FONT="Times New Roman" CH="20"/>
<ITEXT FONT="Source Han Serif SC Regular" CH="人；县医院床位由"/>
<ITEXT FONT="Times New Roman" CH="5"/>
<breakline/>
<ITEXT FONT="Times New Roman" CH="60"/>
<ITEXT FONT="Source Han Serif SC Regular" CH="张增加到&#x201c;"/>
<ITEXT FONT="Times New Roman" CH="720"/>
<ITEXT FONT="Source Han Serif SC Regular" CH="张&quot;。"/>
<para PARENT="正文"/>
<ITEXT CH="全年力争新增就业"/><tab/><ITEXT CH="3500人以上。"/>
<trail/>
</StoryText>
</PAGEOBJECT>
<PAGEOBJECT XPOS="300" YPOS="480" ItemID="9" PTYPE="2" WIDTH="200" HEIGHT="150" PFILE="images/0612.jpg"/>
</DOCUMENT>
</SCRIBUSUTF8NEW>
"""


def test_a_scribus_page_reads_as_its_frames_stories() -> None:
    """Each frame's runs joined, a paragraph's end a line's end, a line broken inside one no character, a tab a tab,
    a frame a paragraph; the document's and the frames' attributes (a title's 第86期, a frame named 三条标题) no
    text."""
    assert scribus_plain(_SLA) == ("某县新增就业3120人\n\n今年以来，全县新增就业3120人；县医院床位由560张增加到&#x201c;720张"
                                   "&quot;。\n全年力争新增就业\t3500人以上。\n")


def test_a_scribus_pages_figures(extractor: Extractor) -> None:
    """Read as written, the runs' numbers stood apart between attributes (31, 20, 5, 60), the frames' and pages'
    sizes around them and the frame's name 三条 a figure."""
    text = decode_bytes(_SLA.encode("utf-8"), "x.txt").text
    got = valued(extractor, text, "2026-11-05")
    assert {(3120, "人", "level", "2026"), (560, "张", "level", "2026"), (720, "张", "level", "2026"),
            (3500, "人", "target", "2026")} <= got
    assert len(got) == 4


def test_other_xml_stays_as_it_is() -> None:
    for text in ('<SCRIBUSUTF8NEW Version="1.5.8"><DOCUMENT/></SCRIBUSUTF8NEW>\n',
                 '<doc><ITEXT CH="新增就业3120人"/></doc>\n', "某县用Scribus排版，ITEXT共120段。\n"):
        assert scribus_plain(text) == text
