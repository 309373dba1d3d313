"""stats.read.xmlbook: a DocBook document, a FictionBook (FB2) and a TEI text read as a reader shows them."""

from __future__ import annotations

from stats.read.decode import decode_bytes
from stats.read.xmlbook import xml_book_plain
from stats.run.pipeline import Extractor
from tests.dated import valued

_DOCBOOK = """<?xml version="1.0" encoding="UTF-8"?>
<article xmlns="http://docbook.org/ns/docbook" version="5.0">
  <info>
    <title>某县卫生资源情况</title>
    <pubdate>2026-11-02</pubdate>
    <revhistory><revision><revnumber>2.1</revnumber><date>2026-10-30</date></revision></revhistory>
  </info>
  <section>
    <title>床位</title>
    <para>截至9月底，全县实有床位<emphasis role="bold">2480</emphasis>张<footnote><para>不含民营医院床位305张。</para>
</footnote>，同比增长<phrase>6.2%</phrase>。<remark>待核：2460张</remark></para>
    <informaltable>
      <tgroup cols="3">
        <colspec colname="c1" colwidth="2*"/>
        <thead>
          <row><entry>机构类别</entry><entry>2025年底（张）</entry><entry>2026年9月底（张）</entry></row>
        </thead>
        <tbody>
          <row><entry>县级医院</entry><entry>1210</entry><entry>1296</entry></row>
        </tbody>
      </tgroup>
    </informaltable>
  </section>
</article>
"""

_FB2 = """<?xml version="1.0" encoding="utf-8"?>
<FictionBook xmlns="http://www.gribuser.ru/xml/fictionbook/2.0" xmlns:l="http://www.w3.org/1999/xlink">
 <description>
  <title-info><book-title>某县年鉴（2026）</book-title><date value="2026-08-01">2026</date></title-info>
  <document-info><program-used>calibre 7.16.0</program-used><version>1.0</version></document-info>
 </description>
 <body>
  <section>
   <title><p>就业</p></title>
   <p>2025年，全县城镇新增就业<emphasis>4210</emphasis>人；转移就业增至<strong>12.6万</strong>人。</p>
   <p>发放创业担保贷款1.2亿元<a l:href="#n1" type="note">[1]</a>，扶持创业680人。</p>
   <empty-line/>
   <p>2026年，计划城镇新增就业4300人。</p>
  </section>
 </body>
 <body name="notes">
  <section id="n1"><title><p>1</p></title><p>含小微企业贷款0.35亿元。</p></section>
 </body>
 <binary id="c.jpg" content-type="image/jpeg">/9j/4AAQSkZJRgABAQ2wBDAAYEBQ8AAAA1234</binary>
</FictionBook>
"""


def _read(text: str) -> str:
    return decode_bytes(text.encode("utf-8"), "x.txt").text


def test_a_docbook_article_reads_as_its_blocks() -> None:
    """The info dropped but for its title, the remark dropped, the footnote a line after its paragraph, each table
    row a line of tab-parted cells (its head and rows together), the inline elements' tags out."""
    assert xml_book_plain(_DOCBOOK) == (
        "某县卫生资源情况\n\n床位\n截至9月底，全县实有床位2480张，同比增长6.2%。\n不含民营医院床位305张。\n"
        "机构类别\t2025年底（张）\t2026年9月底（张）\n县级医院\t1210\t1296\n")


def test_a_docbook_articles_figures(extractor: Extractor) -> None:
    """Read as written, 2480 and 6.2% stood against tags (no figure), the revision's numbers around them."""
    got = valued(extractor, _DOCBOOK, "2026-11-02")
    assert {(2480, "张", "level", "2026-09"), (6.2, "%", "change", "2026-09"),
            (305, "张", "level", "2026-09")} <= got
    assert not any(v in (2460, 2.1) for v, *_ in got)


def test_a_fictionbook_reads_as_its_paragraphs() -> None:
    """The description dropped but for the book's title, the cover's base64 dropped, the note set after the
    paragraph holding its mark (the mark dropped), an empty line a blank line."""
    assert xml_book_plain(_FB2) == (
        "某县年鉴（2026）\n\n就业\n\n2025年，全县城镇新增就业4210人；转移就业增至12.6万人。\n"
        "发放创业担保贷款1.2亿元，扶持创业680人。\n含小微企业贷款0.35亿元。\n\n2026年，计划城镇新增就业4300人。\n")


def test_a_fictionbooks_figures(extractor: Extractor) -> None:
    """The note's loan reads in 2025, the paragraph it is on (where the notes stood, after the plan: 2026); the
    emphasis no longer parts 12.6万 from 人."""
    got = valued(extractor, _FB2, "2026-10-12")
    assert {(4210, "人", "level", "2025"), (126000, "人", "level", "2025"),
            (35000000, "元", "level", "2025"), (4300, "人", "target", "2026")} <= got


def test_other_xml_and_text_stay_as_they_are() -> None:
    """A text naming DocBook in words, or an XML of another schema, is no such document."""
    for text in ("某县用DocBook写作手册，共印1200册。\n", "<doc><para>新增就业3120人</para></doc>\n",
                 "某县TEI项目投入120万元。\n", "<TEXT><p>新增就业3120人</p></TEXT>\n"):
        assert xml_book_plain(text) == text


_TEI = """<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0">
  <teiHeader>
    <fileDesc>
      <titleStmt><title>某县志·卫生</title></titleStmt>
      <extent>共8页</extent>
      <publicationStmt><date when="2026-05-01">2026</date><idno type="ISBN">978-7-1234-5678-9</idno></publicationStmt>
    </fileDesc>
  </teiHeader>
  <text>
    <body>
      <head>床位</head>
      <p>2025年末，全县床位由上年末的2<lb break="no"/>
         140张增至2<pb n="38" facs="p038.jpg" break="no"/>365张<note place="foot" n="1">含民营医院410张。</note>，
         <lb/>其中新增康复床位<choice><sic>600</sic><corr>60</corr></choice>张<del>（待核）</del>。</p>
      <fw type="pageNum">— 38 —</fw>
      <p>全年新增就业<hi rend="bold">3120</hi>人。</p>
    </body>
  </text>
</TEI>
"""


def test_a_tei_text_reads_as_its_edition_shows_it() -> None:
    """The header dropped but for its title; a break inside a number no character, nor the XML's line end and
    indentation; the correction read, not the error; the deletion and the page number dropped; the note after its
    paragraph."""
    assert xml_book_plain(_TEI) == ("某县志·卫生\n床位\n2025年末，全县床位由上年末的2140张增至2365张，"
                                    "其中新增康复床位60张。\n含民营医院410张。\n全年新增就业3120人。\n")


def test_a_tei_texts_figures(extractor: Extractor) -> None:
    """Read as written, 2 and 140 stood apart (2<lb break="no"/> and its line's end), 600 and 60 both read, the
    header's 8页 a figure and the note's 410张 glued inside the sentence."""
    got = valued(extractor, _TEI, "2026-05-01")
    assert {(2140, "张", "level", "2024"), (2365, "张", "level", "2025"), (60, "张", "level", "2025"),
            (3120, "人", "level", "2025")} <= got
    assert not any(v in (600, 8, 140, 38) for v, *_ in got)


def test_a_tei_break_between_latin_words_is_a_space() -> None:
    tei = '<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>GDP<lb/>growth 5.2%</p></body></text></TEI>'
    assert xml_book_plain(tei) == "GDP growth 5.2%\n"
