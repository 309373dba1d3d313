r"""Build data/gold/damaged50: five texts of our own, each in a form real text comes in that no damaged set used yet
(one kind a text; the texts are written clean, the form is made by the code below):

- s01 (凤冈县, Guizhou, jobs): a bureau's note kept in 语雀 (Yuque) and exported as its Lake document (.lake): the
  <!doctype lake> head and its meta lines (doc-version 1), then the document on one line, every block a <p>, <h2>,
  <ol> or <li> with data-lake-id and id attributes of random ids (u3f1a9c2e: hex digits among letters), the text in
  <span class="ne-text"> runs that styles cut (a figure bold or coloured as a run of its own, between its label's and
  its unit's runs, once a colour change inside a number: 28. | 4亿元), an inline image card whose value is its JSON
  URL-encoded (data:%7B%22src%22… originWidth 1080, a size of 286734 bytes: no figures).
- s02 (宁强县, Shaanxi, beds): a county TV item's captions as a MicroDVD file (.sub, as older Chinese subtitle tools
  and players write it): the frame-rate cue {1}{1}25.000 first, then each cue one line {start}{end}text with frame
  numbers in braces and | for the cue's line break; the narration's commas and full stops dropped, one clause a cue,
  a clause longer than 14 characters set on two lines where the count falls (never inside a number: between a label
  and its number or between a number and its unit).
- s03 (通渭县, Gansu, money): a finance bureau's report that pandoc turned from .docx into Markdown: # headings,
  **bold** figures, a footnote mark [^1] and its note, escaped marks (\*), and two grid tables (+---+ rules, a
  === rule under the head, | cells padded to the width Han characters take on a terminal) whose cells wrap inside
  their column: a label over two lines of one row (政府性基金预算 | 收入), the head's year over its word (2025年 |
  完成数), the unit in the caption's 单位： note above the table; numbers never cut.
- s04 (桦川县, Heilongjiang, jobs): a quarterly analysis that Word saved as a "Word XML Document" (.xml: the Flat
  OPC package, as 公文 systems and mail merges keep it): the <?mso-application?> instruction, then a pkg:package of
  pkg:part elements, each its part's XML in pkg:xmlData: the package's relations, word/document.xml (paragraphs of
  runs with rsids, 32 half-point sizes, 560 line spacing, _Toc bookmarks, proofing marks, a run cut inside a number:
  1.2 | 6万人), a footer whose page number is a PAGE field (its code and its result 1), an image's base64 in
  pkg:binaryData, styles.xml and docProps' core (a revision 7, dates) and app.xml (Pages 2, Words 96, Characters
  552, TotalTime 38, AppVersion 16.0000: text nodes, no figures).
- s05 (屏南县, Fujian, money and beds): a map of the county's key projects as 奥维互动地图 (Ovi maps) exports it to
  KML: the declaration, the kml root, a Document with its name and a description of the year's totals, Styles with
  their icon scales (1.2) and colours (ff0000ff), Folders of Placemarks, each with a name, a description in CDATA
  (the project's figures, <br/> between lines), an ExtendedData block of the project's number (PN-2025-03) and its
  start date, a LookAt (range 1200.5, tilt 45) and a Point's coordinates (118.98765,26.91234,0): no figures but the
  descriptions'.

The gold is written by hand from the clean texts per /work/shared/gold/GUIDE.md, never from what stats extracts.
Quotes are written as the figure stands in the clean text; a table cell's measure from its caption's 单位： note.

    .venv/bin/python scripts/gold_damaged50.py      # writes data/gold/damaged50/{texts,damaged50.jsonl}
"""

from __future__ import annotations

import html
import re
import sys
import unicodedata
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
from gold_damaged28 import joined, wrap, write_set  # noqa: E402

OUT = ROOT / "data" / "gold" / "damaged50"
_CUE = 14

# s01: the note's blocks: (tag, runs); a run is (text, style) with style "" plain, "b" bold, "c" coloured
S01_BLOCKS = [
    ("h2", [("凤冈县2025年就业工作情况", "")]),
    ("p", [("2025年，凤冈县城镇新增就业", ""), ("1368", "b"), ("人，完成年度目标任务的", ""), ("114%", "b"),
           ("；城镇失业人员再就业312人，就业困难人员实现就业96人。", "")]),
    ("p", [("全年新增转移农村劳动力就业4260人，累计转移就业", ""), ("12.6万人", "c"), ("，实现劳务收入", ""),
           ("28.", ""), ("4亿元", "c"), ("，同比增长5.6%。", "")]),
    ("img", []),
    ("p", [("主要做法：", "b")]),
    ("li", [("开展职业技能培训", ""), ("3150", "b"), ("人次，发放培训补贴", ""), ("189万元", "b"), ("；", "")]),
    ("li", [("发放创业担保贷款8600万元，扶持创业415人，带动就业1290人；", "")]),
    ("li", [("开发公益性岗位236个，安置就业困难人员", ""), ("228", "c"), ("人。", "")]),
    ("p", [("2026年，全县计划城镇新增就业1300人以上，城镇调查失业率控制在5.5%以内。", "")]),
]
_LAKE_IDS = iter(f"u{n:08x}" for n in range(0x3f1a9c2e, 0x3f1a9c2e + 7919 * 200, 7919))


def _lake_run(text: str, style: str) -> str:
    rid = next(_LAKE_IDS)
    span = f'<span class="ne-text" data-lake-id="{rid}" id="{rid}">{html.escape(text, quote=False)}</span>'
    if style == "b":
        return f"<strong>{span}</strong>"
    if style == "c":
        return f'<span style="color: #DF2A3F">{span}</span>'
    return span


def _s01() -> str:
    card = quote('{"src":"https://cdn.nlark.com/yuque/0/2026/png/2561/1768891234567-3f2a9c.png","originWidth":1080,'
                 '"originHeight":720,"size":286734,"width":540,"height":360,"id":"u7f3a1","margin":{"top":0}}',
                 safe="")
    out, in_list = [], False
    for tag, runs in S01_BLOCKS:
        if tag == "li" and not in_list:
            out.append(f'<ol list="{next(_LAKE_IDS)}" start="1">')
            in_list = True
        if tag != "li" and in_list:
            out.append("</ol>")
            in_list = False
        bid = next(_LAKE_IDS)
        if tag == "img":
            out.append(f'<p data-lake-id="{bid}" id="{bid}"><card type="inline" name="image" value="data:{card}">'
                       "</card></p>")
            continue
        body = "".join(_lake_run(t, s) for t, s in runs)
        attrs = f'data-lake-id="{bid}" id="{bid}"' + (f' fid="{bid}"' if tag == "li" else "")
        out.append(f"<{tag} {attrs}>{body}</{tag}>")
    if in_list:
        out.append("</ol>")
    head = ('<!doctype lake><meta name="doc-version" content="1" /><meta name="viewport" content="adapt" />'
            '<meta name="typography" content="classic" /><meta name="paragraphSpacing" content="relax" />')
    return head + "".join(out)


def _s01_clean() -> str:
    return "\n".join("".join(t for t, _ in runs) for tag, runs in S01_BLOCKS if runs)


# s02: the narration (its first clause the headline)
S02_TITLE = "宁强县卫生健康事业发展综述"
S02_TEXT = ("2025年，宁强县医疗卫生机构实有床位3862张，比上年末增加146张；每千常住人口医疗卫生机构床位6.12张。"
            "全县共有医院11个，乡镇卫生院26个，村卫生室312个。县人民医院新院区建成投用，新增床位400张，"
            "完成投资2.36亿元。全年争取上级卫生健康项目资金1.18亿元，同比增长8.4%。全县有执业（助理）医师1426人，"
            "注册护士1683人。2026年，全县计划新增床位200张，每千常住人口医疗卫生机构床位达到6.4张。")


def _s02_cues() -> list[str]:
    cues = [S02_TITLE]
    for clause in filter(None, re.split("[，。；]", S02_TEXT)):
        cues.append("|".join(wrap(clause, _CUE)))
    return cues


def _s02() -> str:
    out, f = ["{1}{1}25.000"], 25
    for cue in _s02_cues():
        end = f + 20 + 6 * len(cue)
        out.append(f"{{{f}}}{{{end}}}{cue}")
        f = end + 1
    return "\r\n".join(out) + "\r\n"


def _s02_clean() -> str:
    return S02_TITLE + "\n" + S02_TEXT


# s03: the report: paragraphs and two tables (caption, unit note, head rows, body rows)
S03_TITLE = "通渭县2025年财政预算执行情况"
S03_P1 = ("2025年，面对复杂严峻的经济形势，全县财政部门坚持稳中求进工作总基调，财政运行总体平稳。"
          "全县一般公共预算收入完成4.62亿元，同比增长5.5%，完成预算的101.3%。")
S03_P2 = ("全县一般公共预算支出完成38.96亿元，同比增长3.2%，其中民生支出31.24亿元，"
          "占一般公共预算支出的80.2%。")
S03_P3 = "2026年，全县一般公共预算收入预期增长5%左右。"
S03_T1 = ("表1 2025年一般公共预算收入执行情况", "单位：亿元",
          [("项目", "2025年完成数", "2024年完成数", "增长（%）")],
          [("一般公共预算收入", "4.62", "4.38", "5.5"),
           ("其中：税收收入", "2.86", "2.71", "5.5"),
           ("非税收入", "1.76", "1.67", "5.4"),
           ("政府性基金预算收入", "3.08", "3.52", "-12.5")])
S03_T2 = ("表2 2025年主要民生支出情况", "单位：万元",
          [("项目", "2025年完成数", "增长（%）")],
          [("教育支出", "86420", "4.1"),
           ("社会保障和就业支出", "72360", "6.3"),
           ("卫生健康支出", "45180", "2.8")])
_CELL = 7  # a cell's width in Han characters (14 terminal columns)


def _width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def _cell_lines(s: str) -> list[str]:
    """A cell's text wrapped inside its column: a year stays with its 年, a label cut where the width falls."""
    m = re.match(r"(\d{4}年)(.+)", s)
    if m:
        return [m.group(1), m.group(2)]
    return [s[i:i + _CELL] for i in range(0, len(s), _CELL)] or [""]


def _grid(head: list[tuple], rows: list[tuple]) -> list[str]:
    n = len(head[0])
    widths = [2 * _CELL + 2] * n
    rule = "+" + "+".join("-" * w for w in widths) + "+"
    out = [rule]

    def row_lines(cells: tuple) -> list[str]:
        parts = [_cell_lines(c) for c in cells]
        depth = max(len(p) for p in parts)
        lines = []
        for k in range(depth):
            segs = []
            for p, w in zip(parts, widths, strict=True):
                t = p[k] if k < len(p) else ""
                segs.append(" " + t + " " * (w - 1 - _width(t)))
            lines.append("|" + "|".join(segs) + "|")
        return lines

    for cells in head:
        out += row_lines(cells)
    out.append(rule.replace("-", "="))
    for cells in rows:
        out += row_lines(cells)
        out.append(rule)
    return out


def _md_escape(s: str) -> str:
    return s.replace("*", r"\*")


def _s03() -> str:
    p1 = S03_P1.replace("4.62亿元", "**4.62亿元**") + "[^1]"
    out = [f"# {S03_TITLE}", "", "## 一、一般公共预算收入情况", "", p1, ""]
    for cap, unit, head, rows in (S03_T1,):
        out += [f"**{cap}**", "", unit, "", *_grid(head, rows), ""]
    out += ["## 二、一般公共预算支出情况", "", S03_P2.replace("31.24亿元", "**31.24亿元**"), ""]
    for cap, unit, head, rows in (S03_T2,):
        out += [f"**{cap}**", "", unit, "", *_grid(head, rows), ""]
    out += ["## 三、2026年预算安排", "", S03_P3, "",
            _md_escape("[^1]: 数据为快报数，*以决算为准。"), ""]
    return "\n".join(out)


def _s03_clean() -> str:
    lines = [S03_TITLE, S03_P1]
    for cap, unit, head, rows in (S03_T1,):
        lines += [cap, unit, *("|".join(c) for c in head), *("|".join(r) for r in rows)]
    lines.append(S03_P2)
    for cap, unit, head, rows in (S03_T2,):
        lines += [cap, unit, *("|".join(c) for c in head), *("|".join(r) for r in rows)]
    lines.append(S03_P3)
    return "\n".join(lines)


# s04: the analysis (clean); each paragraph a list of runs as Word cut them (a number cut once: 1.2 | 6万人)
S04_PARAS = [
    ["桦川县2025年一季度就业形势分析"],
    ["一、总体情况"],
    ["2025年一季度，桦川县城镇新增就业", "386", "人，完成年度目标任务的29.7%；城镇失业人员再就业92人，",
     "就业困难人员实现就业31人。一季度末全县城镇登记失业率为3.1%，比上年同期下降0.2个百分点。"],
    ["二、农村劳动力转移就业"],
    ["一季度全县转移农村劳动力就业1.2", "6万人", "，同比增长4.8%，其中省外转移3860人。"],
    ["三、主要工作"],
    ["一是开展春风行动，举办招聘会12场，提供就业岗位", "2460", "个；二是发放创业担保贷款1350万元，扶持创业86人，",
     "带动就业264人；三是开展职业技能培训620人次。"],
    ["全年目标：城镇新增就业1300人，城镇登记失业率控制在4.5%以内。"],
]
_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_PNG = ("iVBORw0KGgoAAAANSUhEUgAAAHgAAABQCAIAAAD+kX3XAAAAA3NCSVQICAjb4U/gAAAACXBIWXMAAA7EAAAOxAGVKw4bAAAB"
        "x0lEQVR4nO3cMU7DQBRF0WdEQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDw0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0ND"
        "Q0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0ND")


def _w_run(text: str, k: int) -> str:
    rsid = f"00{0x3A41C2 + 977 * k:06X}"
    return (f'<w:r w:rsidR="{rsid}"><w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="仿宋_GB2312" '
            f'w:hint="eastAsia"/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr><w:t>{text}</w:t></w:r>')


def _w_body() -> str:
    out, k = [], 0
    for i, runs in enumerate(S04_PARAS):
        ppr = ('<w:pPr><w:spacing w:line="560" w:lineRule="exact"/><w:ind w:firstLineChars="200" '
               'w:firstLine="640"/></w:pPr>')
        body = ""
        if len(runs) == 1 and i in (1, 3, 5):
            body += f'<w:bookmarkStart w:id="{i}" w:name="_Toc19372{i:04d}"/>'
        for j, run in enumerate(runs):
            if j == 1:
                body += '<w:proofErr w:type="spellStart"/>'
            body += _w_run(run, k)
            k += 1
            if j == 1:
                body += '<w:proofErr w:type="spellEnd"/>'
        if len(runs) == 1 and i in (1, 3, 5):
            body += f'<w:bookmarkEnd w:id="{i}"/>'
        out.append(f'<w:p w:rsidR="00{0x5B20E1 + i:06X}" w:rsidRDefault="00C41A26">{ppr}{body}</w:p>')
    sect = ('<w:sectPr><w:footerReference w:type="default" r:id="rId8"/><w:pgSz w:w="11906" w:h="16838"/>'
            '<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="1474" '
            'w:gutter="0"/><w:cols w:space="425"/><w:docGrid w:type="linesAndChars" w:linePitch="579" '
            'w:charSpace="-849"/></w:sectPr>')
    return "".join(out) + sect


def _part(name: str, ctype: str, xml: str, padding: str = "") -> str:
    pad = f' pkg:padding="{padding}"' if padding else ""
    return (f'<pkg:part pkg:name="{name}" pkg:contentType="{ctype}"{pad}><pkg:xmlData>{xml}</pkg:xmlData>'
            "</pkg:part>")


def _s04() -> str:
    ct = "application/vnd.openxmlformats-"
    rels = ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'extended-properties" Target="docProps/app.xml"/><Relationship Id="rId1" Type="http://schemas.'
            'openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            "</Relationships>")
    doc = (f'<w:document {_W} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
           f'mc:Ignorable="w14 wp14" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
           f"<w:body>{_w_body()}</w:body></w:document>")
    footer = (f'<w:ftr {_W}><w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t xml:space="preserve">— </w:t></w:r>'
              '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE   \\* '
              'MERGEFORMAT </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t>'
              '</w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t xml:space="preserve"> —</w:t></w:r>'
              "</w:p></w:ftr>")
    styles = (f'<w:styles {_W}><w:docDefaults><w:rPrDefault><w:rPr><w:kern w:val="2"/><w:sz w:val="21"/>'
              '<w:szCs w:val="22"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
              '</w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/>'
              '<w:qFormat/><w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr></w:style></w:styles>')
    app = ('<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
           'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template>Normal.dotm'
           "</Template><TotalTime>38</TotalTime><Pages>2</Pages><Words>96</Words><Characters>552</Characters>"
           "<Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity><Lines>4</Lines>"
           "<Paragraphs>1</Paragraphs><ScaleCrop>false</ScaleCrop><Company>桦川县人社局</Company>"
           "<CharactersWithSpaces>647</CharactersWithSpaces><AppVersion>16.0000</AppVersion></Properties>")
    core = ('<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title></dc:title><dc:creator>就业股'
            '</dc:creator><cp:lastModifiedBy>admin</cp:lastModifiedBy><cp:revision>7</cp:revision>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2025-04-14T01:20:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-04-15T02:58:00Z</dcterms:modified>'
            "</cp:coreProperties>")
    png = "\n".join(_PNG[i:i + 76] for i in range(0, len(_PNG), 76))
    parts = [
        _part("/_rels/.rels", f"{ct}package.relationships+xml", rels, "512"),
        _part("/word/document.xml", f"{ct}officedocument.wordprocessingml.document.main+xml", doc),
        _part("/word/footer1.xml", f"{ct}officedocument.wordprocessingml.footer+xml", footer),
        ('<pkg:part pkg:name="/word/media/image1.png" pkg:contentType="image/png" pkg:compression="store">'
         f"<pkg:binaryData>{png}</pkg:binaryData></pkg:part>"),
        _part("/word/styles.xml", f"{ct}officedocument.wordprocessingml.styles+xml", styles),
        _part("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml", core, "256"),
        _part("/docProps/app.xml", f"{ct}officedocument.extended-properties+xml", app, "256"),
    ]
    return ('<?xml version="1.0" standalone="yes"?>\r\n<?mso-application progid="Word.Document"?>\r\n'
            '<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">'
            + "".join(parts) + "</pkg:package>")


def _s04_clean() -> str:
    return "\n".join("".join(runs) for runs in S04_PARAS)


# s05: the map: (folder, [(name, description lines, number, start)])
S05_DOC = "屏南县2025年重点民生项目分布图"
S05_DESC = "截至2025年底，全县15个重点民生项目累计完成投资12.6亿元，占年度计划的108.6%。"
S05_FOLDERS = [
    ("卫生健康", [
        ("屏南县医院综合楼", ["项目总投资2.8亿元，新增床位300张。", "2025年完成投资1.16亿元，主体工程已封顶。"],
         "PN-2025-03", "2024-09-18"),
        ("县中医院康复大楼", ["项目总投资9600万元，新增康复床位120张。", "2025年完成投资4300万元。"],
         "PN-2025-05", "2025-03-02"),
    ]),
    ("养老服务", [
        ("县社会福利中心", ["总投资6800万元，设置养老床位260张，其中护理型床位180张。", "2025年完成投资3150万元。"],
         "PN-2025-08", "2025-02-26"),
    ]),
    ("教育", [
        ("屏南一中新校区", ["总投资3.6亿元，规划学位3000个。", "2025年完成投资1.42亿元，同比增长18.3%。"],
         "PN-2025-11", "2024-11-06"),
    ]),
]
_COORDS = ["118.98765,26.91234,0", "118.99412,26.90871,0", "118.97633,26.92055,0", "119.00218,26.91506,0"]


def _s05() -> str:
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<kml xmlns="http://www.opengis.net/kml/2.2" xmlns:gx="http://www.google.com/kml/ext/2.2">',
           "<Document>", f"<name>{S05_DOC}</name>", f"<description><![CDATA[{S05_DESC}]]></description>",
           '<Style id="icon_01"><IconStyle><color>ff0000ff</color><scale>1.2</scale><Icon>'
           "<href>http://www.ovital.com/res/icon/01.png</href></Icon></IconStyle>"
           "<LabelStyle><scale>0.8</scale></LabelStyle></Style>"]
    k = 0
    for folder, marks in S05_FOLDERS:
        out += ["<Folder>", f"<name>{folder}</name>"]
        for name, lines, number, start in marks:
            lon, lat, _ = _COORDS[k].split(",")
            k += 1
            out += ["<Placemark>", f"<name>{name}</name>",
                    f"<description><![CDATA[{'<br/>'.join(lines)}]]></description>",
                    f'<ExtendedData><Data name="编号"><value>{number}</value></Data>'
                    f'<Data name="开工日期"><value>{start}</value></Data></ExtendedData>',
                    f"<LookAt><longitude>{lon}</longitude><latitude>{lat}</latitude><altitude>0</altitude>"
                    "<heading>0</heading><tilt>45</tilt><range>1200.5</range></LookAt>",
                    "<styleUrl>#icon_01</styleUrl>",
                    f"<Point><coordinates>{_COORDS[k - 1]}</coordinates></Point>", "</Placemark>"]
        out.append("</Folder>")
    out += ["</Document>", "</kml>"]
    return "\n".join(out) + "\n"


def _s05_clean() -> str:
    lines = [S05_DOC, S05_DESC]
    for folder, marks in S05_FOLDERS:
        lines.append(folder)
        for name, desc, _, _ in marks:
            lines += [name, *desc]
    return "\n".join(lines)


TEXTS = {"s01": _s01().encode("utf-8"), "s02": _s02().encode("utf-8"), "s03": _s03().encode("utf-8"),
         "s04": _s04().encode("utf-8"), "s05": _s05().encode("utf-8")}

MANIFEST = [("s01", "2026-01-19", "凤冈县人力资源和社会保障局"), ("s02", "2026-01-20", "宁强县融媒体中心"),
            ("s03", "2026-01-22", "通渭县财政局"), ("s04", "2025-04-15", "桦川县人力资源和社会保障局"),
            ("s05", "2026-01-08", "屏南县发展和改革局")]

# (doc, quote, value, measure, qualifier, role, topic, place, period, context[, tier])
FG, NQ, TW, HC, PN = "凤冈县", "宁强县", "通渭县", "桦川县", "屏南县"
F: list[tuple] = [
    ("s01", "1368人", 1368, "人", "exact", "level", "jobs", FG, "2025", "凤冈县城镇新增就业1368人"),
    ("s01", "114%", 114, "%", "exact", "level", "jobs", FG, "2025", "完成年度目标任务的114%"),
    ("s01", "312人", 312, "人", "exact", "level", "jobs", FG, "2025", "城镇失业人员再就业312人"),
    ("s01", "96人", 96, "人", "exact", "level", "jobs", FG, "2025", "就业困难人员实现就业96人"),
    ("s01", "4260人", 4260, "人", "exact", "level", "jobs", FG, "2025", "全年新增转移农村劳动力就业4260人"),
    ("s01", "12.6万人", 126000, "人", "exact", "level", "jobs", FG, "2025", "累计转移就业12.6万人"),
    ("s01", "28.4亿元", 2840000000, "元", "exact", "level", "money", FG, "2025", "实现劳务收入28.4亿元"),
    ("s01", "5.6%", 5.6, "%", "exact", "change", "percent", FG, "2025", "同比增长5.6%"),
    ("s01", "3150人次", 3150, "人次", "exact", "level", "jobs", FG, "2025", "开展职业技能培训3150人次"),
    ("s01", "189万元", 1890000, "元", "exact", "level", "money", FG, "2025", "发放培训补贴189万元"),
    ("s01", "8600万元", 86000000, "元", "exact", "level", "money", FG, "2025", "发放创业担保贷款8600万元"),
    ("s01", "415人", 415, "人", "exact", "level", "jobs", FG, "2025", "扶持创业415人"),
    ("s01", "1290人", 1290, "人", "exact", "level", "jobs", FG, "2025", "带动就业1290人"),
    ("s01", "236个", 236, "个", "exact", "level", "jobs", FG, "2025", "开发公益性岗位236个"),
    ("s01", "228人", 228, "人", "exact", "level", "jobs", FG, "2025", "安置就业困难人员228人"),
    ("s01", "1300人以上", 1300, "人", "lower_bound", "target", "jobs", FG, "2026", "全县计划城镇新增就业1300人以上"),
    ("s01", "5.5%以内", 5.5, "%", "upper_bound", "target", "jobs", FG, "2026", "城镇调查失业率控制在5.5%以内"),
    ("s02", "3862张", 3862, "张", "exact", "level", "beds", NQ, "2025", "宁强县医疗卫生机构实有床位3862张"),
    ("s02", "146张", 146, "张", "exact", "change", "beds", NQ, "2025", "比上年末增加146张"),
    ("s02", "6.12张", 6.12, "张", "exact", "level", "beds", NQ, "2025", "每千常住人口医疗卫生机构床位6.12张"),
    ("s02", "11个", 11, "个", "exact", "level", "other", NQ, "2025", "全县共有医院11个"),
    ("s02", "26个", 26, "个", "exact", "level", "other", NQ, "2025", "乡镇卫生院26个"),
    ("s02", "312个", 312, "个", "exact", "level", "other", NQ, "2025", "村卫生室312个"),
    ("s02", "400张", 400, "张", "exact", "level", "beds", NQ, "2025", "新增床位400张"),
    ("s02", "2.36亿元", 236000000, "元", "exact", "level", "money", NQ, "2025", "完成投资2.36亿元"),
    ("s02", "1.18亿元", 118000000, "元", "exact", "level", "money", NQ, "2025", "争取上级卫生健康项目资金1.18亿元"),
    ("s02", "8.4%", 8.4, "%", "exact", "change", "percent", NQ, "2025", "同比增长8.4%"),
    ("s02", "1426人", 1426, "人", "exact", "level", "other", NQ, "2025", "执业（助理）医师1426人"),
    ("s02", "1683人", 1683, "人", "exact", "level", "other", NQ, "2025", "注册护士1683人"),
    ("s02", "200张", 200, "张", "exact", "target", "beds", NQ, "2026", "全县计划新增床位200张"),
    ("s02", "6.4张", 6.4, "张", "exact", "target", "beds", NQ, "2026", "每千常住人口医疗卫生机构床位达到6.4张"),
    ("s03", "4.62亿元", 462000000, "元", "exact", "level", "money", TW, "2025", "全县一般公共预算收入完成4.62亿元"),
    ("s03", "5.5%", 5.5, "%", "exact", "change", "percent", TW, "2025", "4.62亿元，同比增长5.5%"),
    ("s03", "101.3%", 101.3, "%", "exact", "level", "percent", TW, "2025", "完成预算的101.3%"),
    ("s03", "4.62", 462000000, "元", "exact", "level", "money", TW, "2025", "一般公共预算收入|4.62|4.38|5.5"),
    ("s03", "4.38", 438000000, "元", "exact", "level", "money", TW, "2024", "一般公共预算收入|4.62|4.38|5.5"),
    ("s03", "5.5", 5.5, "%", "exact", "change", "percent", TW, "2025", "一般公共预算收入|4.62|4.38|5.5"),
    ("s03", "2.86", 286000000, "元", "exact", "level", "money", TW, "2025", "其中：税收收入|2.86|2.71|5.5"),
    ("s03", "2.71", 271000000, "元", "exact", "level", "money", TW, "2024", "其中：税收收入|2.86|2.71|5.5"),
    ("s03", "5.5", 5.5, "%", "exact", "change", "percent", TW, "2025", "其中：税收收入|2.86|2.71|5.5"),
    ("s03", "1.76", 176000000, "元", "exact", "level", "money", TW, "2025", "非税收入|1.76|1.67|5.4"),
    ("s03", "1.67", 167000000, "元", "exact", "level", "money", TW, "2024", "非税收入|1.76|1.67|5.4"),
    ("s03", "5.4", 5.4, "%", "exact", "change", "percent", TW, "2025", "非税收入|1.76|1.67|5.4"),
    ("s03", "3.08", 308000000, "元", "exact", "level", "money", TW, "2025", "政府性基金预算收入|3.08|3.52|-12.5"),
    ("s03", "3.52", 352000000, "元", "exact", "level", "money", TW, "2024", "政府性基金预算收入|3.08|3.52|-12.5"),
    ("s03", "-12.5", -12.5, "%", "exact", "change", "percent", TW, "2025", "政府性基金预算收入|3.08|3.52|-12.5"),
    ("s03", "38.96亿元", 3896000000, "元", "exact", "level", "money", TW, "2025", "全县一般公共预算支出完成38.96亿元"),
    ("s03", "3.2%", 3.2, "%", "exact", "change", "percent", TW, "2025", "38.96亿元，同比增长3.2%"),
    ("s03", "31.24亿元", 3124000000, "元", "exact", "level", "money", TW, "2025", "其中民生支出31.24亿元"),
    ("s03", "80.2%", 80.2, "%", "exact", "level", "percent", TW, "2025", "占一般公共预算支出的80.2%"),
    ("s03", "86420", 864200000, "元", "exact", "level", "money", TW, "2025", "教育支出|86420|4.1"),
    ("s03", "4.1", 4.1, "%", "exact", "change", "percent", TW, "2025", "教育支出|86420|4.1"),
    ("s03", "72360", 723600000, "元", "exact", "level", "money", TW, "2025", "社会保障和就业支出|72360|6.3"),
    ("s03", "6.3", 6.3, "%", "exact", "change", "percent", TW, "2025", "社会保障和就业支出|72360|6.3"),
    ("s03", "45180", 451800000, "元", "exact", "level", "money", TW, "2025", "卫生健康支出|45180|2.8"),
    ("s03", "2.8", 2.8, "%", "exact", "change", "percent", TW, "2025", "卫生健康支出|45180|2.8"),
    ("s03", "5%左右", 5, "%", "approx", "target", "percent", TW, "2026", "全县一般公共预算收入预期增长5%左右"),
    ("s04", "386人", 386, "人", "exact", "level", "jobs", HC, "2025Q1", "桦川县城镇新增就业386人"),
    ("s04", "29.7%", 29.7, "%", "exact", "level", "jobs", HC, "2025Q1", "完成年度目标任务的29.7%"),
    ("s04", "92人", 92, "人", "exact", "level", "jobs", HC, "2025Q1", "城镇失业人员再就业92人"),
    ("s04", "31人", 31, "人", "exact", "level", "jobs", HC, "2025Q1", "就业困难人员实现就业31人"),
    ("s04", "3.1%", 3.1, "%", "exact", "level", "jobs", HC, "2025Q1", "全县城镇登记失业率为3.1%"),
    ("s04", "0.2个百分点", 0.2, "百分点", "exact", "change", "percent", HC, "2025Q1", "比上年同期下降0.2个百分点"),
    ("s04", "1.26万人", 12600, "人", "exact", "level", "jobs", HC, "2025Q1", "一季度全县转移农村劳动力就业1.26万人"),
    ("s04", "4.8%", 4.8, "%", "exact", "change", "percent", HC, "2025Q1", "同比增长4.8%"),
    ("s04", "3860人", 3860, "人", "exact", "level", "jobs", HC, "2025Q1", "其中省外转移3860人"),
    ("s04", "12场", 12, "场", "exact", "level", "other", HC, "2025Q1", "举办招聘会12场"),
    ("s04", "2460个", 2460, "个", "exact", "level", "jobs", HC, "2025Q1", "提供就业岗位2460个"),
    ("s04", "1350万元", 13500000, "元", "exact", "level", "money", HC, "2025Q1", "发放创业担保贷款1350万元"),
    ("s04", "86人", 86, "人", "exact", "level", "jobs", HC, "2025Q1", "扶持创业86人"),
    ("s04", "264人", 264, "人", "exact", "level", "jobs", HC, "2025Q1", "带动就业264人"),
    ("s04", "620人次", 620, "人次", "exact", "level", "jobs", HC, "2025Q1", "开展职业技能培训620人次"),
    ("s04", "1300人", 1300, "人", "exact", "target", "jobs", HC, "2025", "全年目标：城镇新增就业1300人"),
    ("s04", "4.5%以内", 4.5, "%", "upper_bound", "target", "jobs", HC, "2025", "城镇登记失业率控制在4.5%以内"),
    ("s05", "15个", 15, "个", "exact", "level", "other", PN, "2025", "全县15个重点民生项目"),
    ("s05", "12.6亿元", 1260000000, "元", "exact", "level", "money", PN, "2025", "累计完成投资12.6亿元"),
    ("s05", "108.6%", 108.6, "%", "exact", "level", "percent", PN, "2025", "占年度计划的108.6%"),
    ("s05", "2.8亿元", 280000000, "元", "exact", "level", "money", PN, "2025", "项目总投资2.8亿元"),
    ("s05", "300张", 300, "张", "exact", "level", "beds", PN, "2025", "新增床位300张"),
    ("s05", "1.16亿元", 116000000, "元", "exact", "level", "money", PN, "2025", "2025年完成投资1.16亿元"),
    ("s05", "9600万元", 96000000, "元", "exact", "level", "money", PN, "2025", "项目总投资9600万元"),
    ("s05", "120张", 120, "张", "exact", "level", "beds", PN, "2025", "新增康复床位120张"),
    ("s05", "4300万元", 43000000, "元", "exact", "level", "money", PN, "2025", "2025年完成投资4300万元"),
    ("s05", "6800万元", 68000000, "元", "exact", "level", "money", PN, "2025", "总投资6800万元"),
    ("s05", "260张", 260, "张", "exact", "level", "beds", PN, "2025", "设置养老床位260张"),
    ("s05", "180张", 180, "张", "exact", "level", "beds", PN, "2025", "其中护理型床位180张"),
    ("s05", "3150万元", 31500000, "元", "exact", "level", "money", PN, "2025", "2025年完成投资3150万元"),
    ("s05", "3.6亿元", 360000000, "元", "exact", "level", "money", PN, "2025", "总投资3.6亿元"),
    ("s05", "3000个", 3000, "个", "exact", "target", "other", PN, "", "规划学位3000个"),
    ("s05", "1.42亿元", 142000000, "元", "exact", "level", "money", PN, "2025", "2025年完成投资1.42亿元"),
    ("s05", "18.3%", 18.3, "%", "exact", "change", "percent", PN, "2025", "同比增长18.3%"),
]


def _clean(doc: str) -> str:
    """The text as its program shows it (a table's rows as cells joined by |)."""
    return {"s01": _s01_clean, "s02": _s02_clean, "s03": _s03_clean, "s04": _s04_clean, "s05": _s05_clean}[doc]()


_probe = joined(_clean, rows_kept=True)


def main() -> None:
    """Write the texts, the manifest and the gold (damaged28's `write_set`), after checking that each form holds
    the clean text: s01's runs read out of the lake markup, s02's cues put back, s03's grid cells put back together,
    s04's runs read out of the package's document part, s05's descriptions read out of the KML."""
    import xml.etree.ElementTree as ET

    lake = TEXTS["s01"].decode("utf-8")
    blocks = re.findall(r"<(?:h2|p|li) data-lake-id[^>]*>(.*?)</(?:h2|p|li)>", lake)
    got = [html.unescape(re.sub(r"<[^>]+>", "", b)) for b in blocks]
    assert "\n".join(x for x in got if x) == _s01_clean(), got
    cues = [re.sub(r"^\{\d+\}\{\d+\}", "", c).replace("|", "") for c in TEXTS["s02"].decode("utf-8").split("\r\n")[1:]]
    assert "".join(cues) == re.sub("[，。；]", "", _s02_clean().replace("\n", ""))
    md = TEXTS["s03"].decode("utf-8")
    for _, _, head, rows in (S03_T1, S03_T2):
        for cells in (*head, *rows):
            assert "".join(_cell_lines(cells[0])) == cells[0]
            assert all(re.search(rf"\| {re.escape(x)} *\|", md) for c in cells for x in _cell_lines(c)), cells
    flat = ET.fromstring(TEXTS["s04"].decode("utf-8").split("\r\n", 2)[2])
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    body = next(p for p in flat if p.get("{http://schemas.microsoft.com/office/2006/xmlPackage}name")
                == "/word/document.xml")
    paras = ["".join(t.text for t in p.iter(f"{w}t")) for p in body.iter(f"{w}p")]
    assert "\n".join(paras) == _s04_clean(), paras
    root = ET.fromstring(TEXTS["s05"].decode("utf-8").split("\n", 1)[1])
    ns = "{http://www.opengis.net/kml/2.2}"
    descs = [d.text.replace("<br/>", "") for d in root.iter(f"{ns}description")]
    assert "".join(descs) == "".join([S05_DESC, *("".join(d) for _, m in S05_FOLDERS for _, d, _, _ in m)])
    write_set(OUT, TEXTS, MANIFEST, F, _probe)


if __name__ == "__main__":
    main()
