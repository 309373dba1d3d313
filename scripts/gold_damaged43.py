"""
Build data/gold/damaged43: five texts of our own, each in a form real text comes in that no damaged set used yet
(one kind a text; the texts are written clean, the form is made by the code below):

- y01 (宁陕县, Shaanxi, jobs): a county TV item's subtitles as a TTML (DFXP) file, as a video platform or a
  broadcaster's captioning tool exports them: the tt root with its parameters (ttp:frameRate="25",
  ttp:tickRate="10000000"), a head whose metadata holds a title with a date, a version (v2.3) and a copyright year,
  styles (tts:fontSize="100%", a text outline of 2px) and regions (tts:origin="10% 80%", tts:extent="80% 12%"), then
  one <p> a cue with its times in ticks (begin="52000000t"), one clause a cue, its commas and full stops dropped,
  figures in highlight spans (<span style="hl">1086</span>人), a <br/> inside a cue between a label and its number,
  a long clause cut between two cues between its label and its number, and a lower third in the top region (the
  programme's name and its date: no figures).
- y02 (镇宁布依族苗族自治县, Guizhou, beds): a county health account's blog post as a Hexo site keeps it
  (source/_posts/….md): YAML front matter between --- lines (date and updated with their offsets +0800, a tags
  list, a cover image whose name holds its size 1600x900, wordcount: 1268, min2read: 4, sticky: 3, views: 2046: the
  page's numbers, no figures), the figures in **bold**, Nunjucks tags ({% asset_img ward.jpg 800 450 … %},
  {% note info %} … {% endnote %} around a paragraph), a footnote reference glued after a figure ([^1]) with its
  definition at the end (a figure of its own), and a Markdown table with alignment colons and a kramdown class line
  under it ({: .table-striped}).
- y03 (涞源县, Hebei, money): a finance bureau's sheet as its .ods holds it (content.xml, read out of the archive as
  text): office:spreadsheet on one line after the declaration, automatic styles with number styles and column widths,
  a title cell spanning four columns (table:number-columns-spanned, covered cells after it), a 单位：万元 line, each
  number cell carrying its value twice, the stored one more precise than the cell shows (office:value="86324.37"
  shown as 86,324: the figure is what the cell shows), the growth cells typed percentage (office:value="0.063"
  shown as 6.3%) with their formulas (table:formula="of:=([.B4]-[.C4])/[.C4]"), <text:s/> indents in labels, a
  note row of prose with figures of its own, and the empty rows repeated to the sheet's end
  (table:number-rows-repeated="1048568").
- y04 (鄯善县, Xinjiang, jobs): an article as a browser's network panel saves it (a HAR file, Save all as HAR): the
  log's creator and version, the page with its timings (onLoad 1463.2), entries whose request and response heads,
  sizes, timings (wait 286.41) and server address hold numbers of their own (no figures), and the article's API
  reply as the response's content.text: a JSON string inside the JSON, so its quotes stand as \\\" and its
  slashes, which the site's PHP escapes, as \\\\/ (2360人<\\\\/span>), its HTML paragraphs inline.
- y05 (宁安市, Heilongjiang, beds and money): a health bureau's sheet saved by Excel as XML Spreadsheet 2003 (the
  .xls that many government systems export: <?mso-application progid="Excel.Sheet"?>): DocumentProperties (created
  2026-01-29, version 16.00), ExcelWorkbook window sizes, Styles with their NumberFormat (0.0%, 0.00), a Worksheet's
  Table with its ExpandedColumnCount and row heights, a merged title (ss:MergeAcross="3"), each cell a <Data> whose
  number stands as Excel stores it, not as the cell shows it: a double written to 17 digits (7.8600000000000003 for
  7.86) and a percentage as its fraction in E notation (5.1999999999999998E-2 for 5.2% under a 0.0% format), a
  skipped cell (ss:Index), a cell comment, and a second sheet (说明) whose one cell holds a paragraph of prose.

The gold is written by hand from the clean texts per /work/shared/gold/GUIDE.md, never from what stats extracts:
quotes and contexts as in the clean text (a sheet's cells as the sheet shows them), table rows as their cells joined
by |, values in base units.

    .venv/bin/python scripts/gold_damaged43.py      # writes data/gold/damaged43/{texts,damaged43.jsonl}
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
from gold_damaged28 import joined, write_set  # noqa: E402

OUT = ROOT / "data" / "gold" / "damaged43"

# y01: the item's clauses; each paragraph's clauses become cues.
Y01_PARAS = [
    "宁陕县2025年就业工作成效明显",
    "2025年，宁陕县城镇新增就业1086人，完成年度目标任务的120.7%；失业人员再就业312人，就业困难人员实现就业96人。",
    "全年转移农村劳动力4.12万人，实现劳务收入9.86亿元，同比增长6.2%。",
    "发放创业担保贷款6850万元，扶持创业436人，带动就业1290人；开发公益性岗位620个。",
    "2026年，全县计划城镇新增就业1000人以上。",
]


def _y01() -> str:
    cues: list[str] = []
    for p in Y01_PARAS:
        cues += [c for c in re.split(r"[，；。]", p) if c]
    body, t, n = [], 52000000, 2
    body.append('      <p xml:id="c1" begin="10000000t" end="50000000t" region="top">宁陕新闻　2026年1月20日</p>')
    for c in cues:
        c = re.sub(r"(?<=[^\d.])(\d[\d.]*)(?=[万亿人个%])", r'<span style="hl">\1</span>', c, count=1)
        if c.startswith("宁陕县城镇"):
            c = c.replace("就业<span", "就业<br/><span")
        parts = c.split("实现劳务收入") if "实现劳务收入" in c else [c]
        if len(parts) == 2:
            parts = ["实现劳务收入", parts[1]]
        for part in parts:
            d = 18000000 + 1500000 * len(re.sub(r"<[^>]+>", "", part)) // 4
            body.append(f'      <p xml:id="c{n}" begin="{t}t" end="{t + d}t">{part}</p>')
            t, n = t + d + 2000000, n + 1
    head = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<tt xmlns="http://www.w3.org/ns/ttml" xmlns:tts="http://www.w3.org/ns/ttml#styling" '
        'xmlns:ttp="http://www.w3.org/ns/ttml#parameter" xmlns:ttm="http://www.w3.org/ns/ttml#metadata" '
        'ttp:timeBase="media" ttp:frameRate="25" ttp:tickRate="10000000" xml:lang="zh-CN">',
        '  <head>', '    <metadata>', '      <ttm:title>宁陕新闻 2026-01-20</ttm:title>',
        '      <ttm:desc>字幕版本 v2.3 校对：县融媒体中心</ttm:desc>',
        '      <ttm:copyright>© 2026 宁陕县融媒体中心</ttm:copyright>', '    </metadata>', '    <styling>',
        '      <style xml:id="s1" tts:fontFamily="SimHei" tts:fontSize="100%" tts:color="#FFFFFF" '
        'tts:textOutline="#000000 2px"/>',
        '      <style xml:id="hl" tts:color="#FFD700" tts:fontWeight="bold"/>', '    </styling>', '    <layout>',
        '      <region xml:id="bottom" tts:origin="10% 80%" tts:extent="80% 12%" tts:displayAlign="after" '
        'tts:textAlign="center"/>',
        '      <region xml:id="top" tts:origin="5% 5%" tts:extent="60% 8%"/>', '    </layout>', '  </head>',
        '  <body style="s1" region="bottom">', '    <div>',
    ]
    return "\n".join([*head, *body, "    </div>", "  </body>", "</tt>", ""])


Y01_CLEAN = "\n".join(Y01_PARAS)

# y02: the post's body, Markdown and Hexo tags as the writer typed them.
Y02_FRONT = """---
title: 镇宁县2025年卫生健康服务能力持续提升
date: 2026-01-26 10:18:32 +0800
updated: 2026-01-27 08:02:15 +0800
author: 县卫健局宣传股
tags:
  - 卫生健康
  - 医疗资源
categories: [工作动态]
cover: /images/2026/01/zhenning-hospital-1600x900.jpg
toc: true
wordcount: 1268
min2read: 4
sticky: 3
views: 2046
---
"""
Y02_BODY = ("2025年，镇宁布依族苗族自治县医疗卫生机构实有床位**2186张**，比上年末增加**134张**，增长6.5%；"
            "每千常住人口医疗卫生机构床位6.42张[^1]。\n" + """
<!-- more -->

{% asset_img ward.jpg 800 450 县人民医院新住院综合楼 %}

## 重点项目

县人民医院新住院综合楼投入使用，新增床位**300张**，项目总投资2.46亿元。县中医院实有床位368张，县妇幼保健院实有床位120张。

{% note info %}
全县共有医疗卫生机构312个，卫生技术人员1956人。
{% endnote %}

## 床位分布

| 机构类别 | 床位（张） | 增长（%） |
|:---|---:|---:|
| 县级医院 | 1168 | 8.2 |
| 乡镇卫生院 | 624 | 3.4 |
{: .table-striped}

2026年，全县计划新增床位150张，每千常住人口床位达到6.8张以上。

[^1]: 按2025年末常住人口34.05万人计算。
""")


def _y02() -> str:
    return Y02_FRONT + "\n" + Y02_BODY


def _y02_clean() -> str:
    s = re.sub(r"\{%[^%]*%\}\n?|<!-- more -->\n?|\*\*|\[\^1\](?!:)|\[\^1\]: |^## |^\{:[^}]*\}\n", "", Y02_BODY,
               flags=re.M)
    s = re.sub(r"^\|:?-.*\n", "", s, flags=re.M)
    s = re.sub(r"^\| (.*) \|$", lambda m: "|".join(c.strip() for c in m.group(1).split("|")), s, flags=re.M)
    return re.sub(r"\n+", "\n", s).strip()


# y03: the sheet's rows: label (with its indent in spaces), the stored 2025 and 2024 values (万元).
Y03_TITLE = "涞源县2025年一般公共预算收支执行情况表"
Y03_ROWS = [
    ("一般公共预算收入", 86324.37, 81215.06),
    ("  其中：税收收入", 58630.42, 55940.18),
    ("        非税收入", 27693.95, 25274.88),
    ("一般公共预算支出", 312586.21, 298740.64),
    ("  其中：民生支出", 256318.47, 242105.3),
]
Y03_NOTE = "注：2025年争取上级转移支付资金18.6亿元，新增政府债券资金9.2亿元。"


def _shown(v: float) -> str:
    """A money cell as its #,##0 format shows it."""
    return f"{round(v):,}"


def _growth(a: float, b: float) -> float:
    return (a - b) / b


def _y03() -> str:
    def cell(inner: str, attrs: str = "") -> str:
        return f'<table:table-cell{attrs}>{inner}</table:table-cell>'

    def label(s: str) -> str:
        n = len(s) - len(s.lstrip(" "))
        sp = f'<text:s text:c="{n}"/>' if n > 1 else ("<text:s/>" if n == 1 else "")
        return f'<text:p>{sp}{s.lstrip(" ")}</text:p>'

    rows = [
        '<table:table-row table:style-name="ro2">' + cell(f"<text:p>{Y03_TITLE}</text:p>",
            ' table:style-name="ce1" table:number-columns-spanned="4" table:number-rows-spanned="1" '
            'office:value-type="string" calcext:value-type="string"')
        + '<table:covered-table-cell table:number-columns-repeated="3"/></table:table-row>',
        '<table:table-row table:style-name="ro1"><table:table-cell table:number-columns-repeated="3"/>'
        + cell("<text:p>单位：万元</text:p>", ' office:value-type="string" calcext:value-type="string"')
        + "</table:table-row>",
        '<table:table-row table:style-name="ro1">' + "".join(
            cell(f"<text:p>{h}</text:p>", ' table:style-name="ce2" office:value-type="string" calcext:value-type="string"')
            for h in ("项目", "2025年执行数", "上年执行数", "增长")) + "</table:table-row>",
    ]
    num = ' table:style-name="ce3" office:value-type="float" office:value="{}" calcext:value-type="float"'
    for i, (lab, a, b) in enumerate(Y03_ROWS, start=4):
        g = _growth(a, b)
        rows.append(
            '<table:table-row table:style-name="ro1">'
            + cell(label(lab), ' office:value-type="string" calcext:value-type="string"')
            + cell(f"<text:p>{_shown(a)}</text:p>", num.format(a))
            + cell(f"<text:p>{_shown(b)}</text:p>", num.format(b))
            + cell(f"<text:p>{g * 100:.1f}%</text:p>",
                   f' table:style-name="ce4" table:formula="of:=([.B{i}]-[.C{i}])/[.C{i}]" '
                   f'office:value-type="percentage" office:value="{round(g, 15)}" calcext:value-type="percentage"')
            + "</table:table-row>")
    rows.append('<table:table-row table:style-name="ro3">' + cell(f"<text:p>{Y03_NOTE}</text:p>",
                ' table:number-columns-spanned="4" table:number-rows-spanned="1" office:value-type="string" '
                'calcext:value-type="string"')
                + '<table:covered-table-cell table:number-columns-repeated="3"/></table:table-row>')
    rows.append('<table:table-row table:style-name="ro1" table:number-rows-repeated="1048568">'
                '<table:table-cell table:number-columns-repeated="1024"/></table:table-row>')
    styles = ('<office:automatic-styles><style:style style:name="co1" style:family="table-column">'
              '<style:table-column-properties fo:break-before="auto" style:column-width="5.503cm"/></style:style>'
              '<style:style style:name="co2" style:family="table-column"><style:table-column-properties '
              'fo:break-before="auto" style:column-width="3.254cm"/></style:style><style:style style:name="ro1" '
              'style:family="table-row"><style:table-row-properties style:row-height="0.6cm" fo:break-before="auto" '
              'style:use-optimal-row-height="true"/></style:style><style:style style:name="ro2" style:family="table-row">'
              '<style:table-row-properties style:row-height="0.9cm"/></style:style><style:style style:name="ro3" '
              'style:family="table-row"><style:table-row-properties style:row-height="1.2cm"/></style:style>'
              '<number:number-style style:name="N3"><number:number number:decimal-places="0" number:min-decimal-places="0" '
              'number:min-integer-digits="1" number:grouping="true"/></number:number-style><number:percentage-style '
              'style:name="N11"><number:number number:decimal-places="1" number:min-decimal-places="1" '
              'number:min-integer-digits="1"/><number:text>%</number:text></number:percentage-style>'
              '<style:style style:name="ce1" style:family="table-cell"><style:text-properties fo:font-size="16pt" '
              'fo:font-weight="bold"/></style:style><style:style style:name="ce3" style:family="table-cell" '
              'style:data-style-name="N3"/><style:style style:name="ce4" style:family="table-cell" '
              'style:data-style-name="N11"/></office:automatic-styles>')
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content '
            'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
            'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
            'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
            'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
            'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
            'xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" '
            'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0" office:version="1.3">'
            '<office:scripts/><office:font-face-decls><style:font-face style:name="宋体" svg:font-family="宋体"/>'
            '</office:font-face-decls>' + styles + '<office:body><office:spreadsheet><table:calculation-settings '
            'table:automatic-find-labels="false"/><table:table table:name="Sheet1" table:style-name="ta1">'
            '<table:table-column table:style-name="co1" table:default-cell-style-name="Default"/>'
            '<table:table-column table:style-name="co2" table:number-columns-repeated="3" '
            'table:default-cell-style-name="Default"/>' + "".join(rows) + "</table:table><table:named-expressions/>"
            "</office:spreadsheet></office:body></office:document-content>\n")


def _y03_clean() -> str:
    rows = [Y03_TITLE, "单位：万元", "项目|2025年执行数|上年执行数|增长"]
    rows += [f"{lab.strip()}|{_shown(a)}|{_shown(b)}|{_growth(a, b) * 100:.1f}%" for lab, a, b in Y03_ROWS]
    return "\n".join([*rows, Y03_NOTE])


# y04: the article as the site's API gives it.
Y04_TITLE = "鄯善县2025年就业工作成效明显"
Y04_PARAS = [
    "2025年，鄯善县城镇新增就业<span style=\"color:#c00000\">2360人</span>，完成年度目标任务的107.3%；"
    "年末城镇登记失业率为2.9%。",
    "全年转移农村富余劳动力5.68万人次，实现劳务收入12.4亿元，同比增长7.1%。",
    "开展职业技能培训8620人次，发放培训补贴1146万元；发放创业担保贷款1.35亿元，扶持创业768人，带动就业2150人。",
    "2026年，全县计划城镇新增就业2300人以上。",
]


def _y04() -> str:
    html = "".join(f'<p style="text-indent:2em;">{p}</p>' for p in Y04_PARAS)
    api = {"code": 200, "msg": "success", "data": {
        "id": 38612, "channelId": 117, "title": Y04_TITLE, "source": "鄯善县人力资源和社会保障局",
        "publishTime": "2026-01-15 17:20:00", "views": 1863, "content": html,
        "attachments": [], "thumb": "/uploads/2026/01/15/20260115172011_683.jpg"}}
    inner = json.dumps(api, ensure_ascii=False, separators=(",", ":")).replace("/", "\\/")
    url = "https://www.shanshan.gov.cn/api/article/detail?id=38612&_t=1768530667418"
    har = {"log": {
        "version": "1.2", "creator": {"name": "WebInspector", "version": "537.36"},
        "pages": [{"startedDateTime": "2026-01-16T02:31:07.418Z", "id": "page_3",
                   "title": "https://www.shanshan.gov.cn/news/38612.html",
                   "pageTimings": {"onContentLoad": 812.6, "onLoad": 1463.2}}],
        "entries": [
            {"_initiator": {"type": "parser", "lineNumber": 18}, "_priority": "High", "_resourceType": "stylesheet",
             "cache": {}, "connection": "443", "pageref": "page_3",
             "request": {"method": "GET", "url": "https://www.shanshan.gov.cn/static/css/article.css?v=20251208",
                         "httpVersion": "http/2.0", "headers": [{"name": "accept", "value": "text/css,*/*;q=0.1"}],
                         "queryString": [{"name": "v", "value": "20251208"}], "cookies": [], "headersSize": -1,
                         "bodySize": 0},
             "response": {"status": 200, "statusText": "", "httpVersion": "http/2.0",
                          "headers": [{"name": "content-length", "value": "4862"},
                                      {"name": "date", "value": "Fri, 16 Jan 2026 02:31:07 GMT"}],
                          "cookies": [], "content": {"size": 4862, "mimeType": "text/css"}, "redirectURL": "",
                          "headersSize": -1, "bodySize": -1, "_transferSize": 5120, "_error": None},
             "serverIPAddress": "120.71.142.36", "startedDateTime": "2026-01-16T02:31:07.512Z", "time": 96.83,
             "timings": {"blocked": 2.13, "dns": -1, "ssl": -1, "connect": -1, "send": 0.21, "wait": 88.6,
                         "receive": 5.89, "_blocked_queueing": 1.41}},
            {"_initiator": {"type": "script", "stack": {"callFrames": [{"functionName": "loadDetail",
                                                                         "scriptId": "27", "lineNumber": 142,
                                                                         "columnNumber": 18}]}},
             "_priority": "High", "_resourceType": "xhr", "cache": {}, "connection": "443", "pageref": "page_3",
             "request": {"method": "GET", "url": url, "httpVersion": "http/2.0",
                         "headers": [{"name": "accept", "value": "application/json, text/plain, */*"},
                                     {"name": "x-requested-with", "value": "XMLHttpRequest"}],
                         "queryString": [{"name": "id", "value": "38612"}, {"name": "_t", "value": "1768530667418"}],
                         "cookies": [], "headersSize": -1, "bodySize": 0},
             "response": {"status": 200, "statusText": "", "httpVersion": "http/2.0",
                          "headers": [{"name": "content-type", "value": "application/json; charset=utf-8"},
                                      {"name": "date", "value": "Fri, 16 Jan 2026 02:31:08 GMT"},
                                      {"name": "cache-control", "value": "max-age=600"}],
                          "cookies": [], "content": {"size": len(inner.encode("utf-8")),
                                                     "mimeType": "application/json", "text": inner},
                          "redirectURL": "", "headersSize": -1, "bodySize": -1, "_transferSize": 1936,
                          "_error": None},
             "serverIPAddress": "120.71.142.36", "startedDateTime": "2026-01-16T02:31:07.836Z", "time": 301.27,
             "timings": {"blocked": 3.02, "dns": -1, "ssl": -1, "connect": -1, "send": 0.18, "wait": 286.41,
                         "receive": 11.66, "_blocked_queueing": 2.35}}]}}
    return json.dumps(har, ensure_ascii=False, indent=2) + "\n"


def _y04_clean() -> str:
    return "\n".join([Y04_TITLE, *(re.sub(r"<[^>]+>", "", p) for p in Y04_PARAS)])


# y05: the sheet's rows (label, unit, 2025, growth as a fraction or None) and the note sheet's paragraph.
Y05_TITLE = "宁安市2025年卫生健康资源情况"
Y05_ROWS = [
    ("医疗卫生机构实有床位", "张", 2748, 0.052),
    ("其中：医院床位", "张", 1966, 0.061),
    ("基层医疗卫生机构床位", "张", 642, 0.028),
    ("每千常住人口床位", "张", 7.86, None),
    ("卫生技术人员", "人", 2315, 0.034),
]
Y05_NOTE = ("2025年，宁安市卫生健康支出5.86亿元，同比增长7.4%；争取中央和省级医疗卫生补助资金1.72亿元，"
            "市人民医院新建传染病区新增床位120张。")


def _excel(v: float) -> str:
    """A number as Excel writes it in XML Spreadsheet 2003: an integer as it is, a fraction under 0.1 in E notation
    to 17 digits (5.1999999999999998E-2), another double to 17 significant digits (7.8600000000000003)."""
    if float(v).is_integer():
        return str(int(v))
    if abs(v) < 0.1:
        m, e = f"{v:.16E}".split("E")
        return f"{m}E{int(e)}"
    return format(v, ".17g")


def _y05() -> str:
    def data(v: object, kind: str) -> str:
        return f'<Data ss:Type="{kind}">{v}</Data>'

    out = ['<?xml version="1.0"?>', '<?mso-application progid="Excel.Sheet"?>',
           '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"',
           ' xmlns:o="urn:schemas-microsoft-com:office:office"', ' xmlns:x="urn:schemas-microsoft-com:office:excel"',
           ' xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"', ' xmlns:html="http://www.w3.org/TR/REC-html40">',
           ' <DocumentProperties xmlns="urn:schemas-microsoft-com:office:office">', '  <Author>Administrator</Author>',
           '  <LastAuthor>宁安市卫健局</LastAuthor>', '  <Created>2026-01-29T01:22:36Z</Created>',
           '  <LastSaved>2026-01-29T02:08:14Z</LastSaved>', '  <Version>16.00</Version>', ' </DocumentProperties>',
           ' <ExcelWorkbook xmlns="urn:schemas-microsoft-com:office:excel">', '  <WindowHeight>12600</WindowHeight>',
           '  <WindowWidth>22260</WindowWidth>', '  <WindowTopX>32767</WindowTopX>', '  <WindowTopY>32767</WindowTopY>',
           '  <ProtectStructure>False</ProtectStructure>', ' </ExcelWorkbook>', ' <Styles>',
           '  <Style ss:ID="Default" ss:Name="Normal">', '   <Alignment ss:Vertical="Center"/>',
           '   <Font ss:FontName="等线" x:CharSet="134" ss:Size="11" ss:Color="#000000"/>', '  </Style>',
           '  <Style ss:ID="s62">', '   <Font ss:FontName="黑体" x:CharSet="134" ss:Size="16" ss:Bold="1"/>', '  </Style>',
           '  <Style ss:ID="s63">', '   <NumberFormat ss:Format="0.0%"/>', '  </Style>',
           '  <Style ss:ID="s64">', '   <NumberFormat ss:Format="0.00"/>', '  </Style>', ' </Styles>',
           ' <Worksheet ss:Name="卫生资源">',
           f'  <Table ss:ExpandedColumnCount="4" ss:ExpandedRowCount="{len(Y05_ROWS) + 2}" x:FullColumns="1"',
           '   x:FullRows="1" ss:DefaultColumnWidth="54" ss:DefaultRowHeight="14.25">',
           '   <Column ss:Width="168.75"/>', '   <Column ss:Width="42"/>', '   <Column ss:Width="72" ss:Span="1"/>',
           '   <Row ss:Height="27">',
           f'    <Cell ss:MergeAcross="3" ss:StyleID="s62">{data(Y05_TITLE, "String")}</Cell>', '   </Row>',
           '   <Row>', *(f'    <Cell>{data(h, "String")}</Cell>' for h in ("指标", "单位", "2025年", "比上年增长")),
           '   </Row>']
    for lab, unit, v, g in Y05_ROWS:
        out.append('   <Row ss:AutoFitHeight="0" ss:Height="18">')
        out.append(f'    <Cell>{data(lab, "String")}</Cell>')
        out.append(f'    <Cell>{data(unit, "String")}</Cell>')
        style = ' ss:StyleID="s64"' if not float(v).is_integer() else ""
        comment = ('<Comment ss:Author="Administrator"><ss:Data xmlns="http://www.w3.org/TR/REC-html40">'
                   '<B><Font html:Face="宋体" x:CharSet="134" html:Size="9" html:Color="#000000">Administrator:'
                   '</Font></B><Font html:Face="宋体" x:CharSet="134" html:Size="9" html:Color="#000000">&#10;'
                   '按年末常住人口计算</Font></ss:Data></Comment>') if g is None else ""
        out.append(f'    <Cell{style}>{data(_excel(v), "Number")}{comment}</Cell>')
        if g is not None:
            out.append(f'    <Cell ss:StyleID="s63">{data(_excel(g), "Number")}</Cell>')
        out.append('   </Row>')
    out += ['  </Table>', '  <WorksheetOptions xmlns="urn:schemas-microsoft-com:office:excel">',
            '   <PageSetup>', '    <Header x:Margin="0.3"/>', '    <Footer x:Margin="0.3"/>',
            '    <PageMargins x:Bottom="0.75" x:Left="0.7" x:Right="0.7" x:Top="0.75"/>', '   </PageSetup>',
            '   <Print>', '    <ValidPrinterInfo/>', '    <PaperSizeIndex>9</PaperSizeIndex>',
            '    <HorizontalResolution>600</HorizontalResolution>', '    <VerticalResolution>600</VerticalResolution>',
            '   </Print>', '   <Selected/>', '   <Panes>', '    <Pane>', '     <Number>3</Number>',
            '     <ActiveRow>6</ActiveRow>', '     <ActiveCol>2</ActiveCol>', '    </Pane>', '   </Panes>',
            '   <ProtectObjects>False</ProtectObjects>', '   <ProtectScenarios>False</ProtectScenarios>',
            '  </WorksheetOptions>', ' </Worksheet>', ' <Worksheet ss:Name="说明">',
            '  <Table ss:ExpandedColumnCount="1" ss:ExpandedRowCount="1" x:FullColumns="1"',
            '   x:FullRows="1" ss:DefaultColumnWidth="54" ss:DefaultRowHeight="14.25">',
            '   <Column ss:Width="600"/>', '   <Row ss:AutoFitHeight="0" ss:Height="60">',
            f'    <Cell>{data(Y05_NOTE, "String")}</Cell>', '   </Row>', '  </Table>', ' </Worksheet>', '</Workbook>']
    return "\r\n".join(out) + "\r\n"


def _y05_clean() -> str:
    rows = [Y05_TITLE, "指标|单位|2025年|比上年增长"]
    for lab, unit, v, g in Y05_ROWS:
        cells = [lab, unit, f"{v:g}"] + ([f"{g * 100:.1f}%"] if g is not None else [])
        rows.append("|".join(cells))
    return "\n".join([*rows, Y05_NOTE])


TEXTS = {"y01": _y01().encode("utf-8"), "y02": _y02().encode("utf-8"), "y03": _y03().encode("utf-8"),
         "y04": _y04().encode("utf-8"), "y05": _y05().encode("utf-8")}

MANIFEST = [("y01", "2026-01-20", "宁陕县融媒体中心"), ("y02", "2026-01-26", "镇宁布依族苗族自治县卫生健康局"),
            ("y03", "2026-02-03", "涞源县财政局"), ("y04", "2026-01-15", "鄯善县人力资源和社会保障局"),
            ("y05", "2026-01-29", "宁安市卫生健康局")]

# (doc, quote, value, measure, qualifier, role, topic, place, period, context[, tier])
NS, ZN, LY, SS, NA = "宁陕县", "镇宁布依族苗族自治县", "涞源县", "鄯善县", "宁安市"
F: list[tuple] = [
    ("y01", "1086人", 1086, "人", "exact", "level", "jobs", NS, "2025", "宁陕县城镇新增就业1086人"),
    ("y01", "120.7%", 120.7, "%", "exact", "level", "jobs", NS, "2025", "完成年度目标任务的120.7%"),
    ("y01", "312人", 312, "人", "exact", "level", "jobs", NS, "2025", "失业人员再就业312人"),
    ("y01", "96人", 96, "人", "exact", "level", "jobs", NS, "2025", "就业困难人员实现就业96人"),
    ("y01", "4.12万人", 41200, "人", "exact", "level", "jobs", NS, "2025", "全年转移农村劳动力4.12万人"),
    ("y01", "9.86亿元", 986000000, "元", "exact", "level", "money", NS, "2025", "实现劳务收入9.86亿元"),
    ("y01", "6.2%", 6.2, "%", "exact", "change", "percent", NS, "2025", "同比增长6.2%"),
    ("y01", "6850万元", 68500000, "元", "exact", "level", "money", NS, "2025", "发放创业担保贷款6850万元"),
    ("y01", "436人", 436, "人", "exact", "level", "jobs", NS, "2025", "扶持创业436人"),
    ("y01", "1290人", 1290, "人", "exact", "level", "jobs", NS, "2025", "带动就业1290人"),
    ("y01", "620个", 620, "个", "exact", "level", "jobs", NS, "2025", "开发公益性岗位620个"),
    ("y01", "1000人以上", 1000, "人", "lower_bound", "target", "jobs", NS, "2026", "全县计划城镇新增就业1000人以上"),
    ("y02", "2186张", 2186, "张", "exact", "level", "beds", ZN, "2025", "医疗卫生机构实有床位2186张"),
    ("y02", "134张", 134, "张", "exact", "change", "beds", ZN, "2025", "比上年末增加134张"),
    ("y02", "6.5%", 6.5, "%", "exact", "change", "percent", ZN, "2025", "134张，增长6.5%"),
    ("y02", "6.42张", 6.42, "张", "exact", "level", "beds", ZN, "2025", "每千常住人口医疗卫生机构床位6.42张"),
    ("y02", "300张", 300, "张", "exact", "level", "beds", ZN, "2025", "新住院综合楼投入使用，新增床位300张"),
    ("y02", "2.46亿元", 246000000, "元", "exact", "level", "money", ZN, "2025", "项目总投资2.46亿元"),
    ("y02", "368张", 368, "张", "exact", "level", "beds", ZN, "2025", "县中医院实有床位368张"),
    ("y02", "120张", 120, "张", "exact", "level", "beds", ZN, "2025", "县妇幼保健院实有床位120张"),
    ("y02", "312个", 312, "个", "exact", "level", "other", ZN, "2025", "全县共有医疗卫生机构312个"),
    ("y02", "1956人", 1956, "人", "exact", "level", "other", ZN, "2025", "卫生技术人员1956人"),
    ("y02", "1168", 1168, "张", "exact", "level", "beds", ZN, "2025", "县级医院|1168|8.2"),
    ("y02", "8.2", 8.2, "%", "exact", "change", "percent", ZN, "2025", "县级医院|1168|8.2"),
    ("y02", "624", 624, "张", "exact", "level", "beds", ZN, "2025", "乡镇卫生院|624|3.4"),
    ("y02", "3.4", 3.4, "%", "exact", "change", "percent", ZN, "2025", "乡镇卫生院|624|3.4"),
    ("y02", "150张", 150, "张", "exact", "target", "beds", ZN, "2026", "全县计划新增床位150张"),
    ("y02", "6.8张以上", 6.8, "张", "lower_bound", "target", "beds", ZN, "2026", "每千常住人口床位达到6.8张以上"),
    ("y02", "34.05万人", 340500, "人", "exact", "level", "other", ZN, "2025", "按2025年末常住人口34.05万人计算"),
    ("y03", "86,324", 863240000, "元", "exact", "level", "money", LY, "2025", "一般公共预算收入|86,324|81,215|6.3%"),
    ("y03", "81,215", 812150000, "元", "exact", "level", "money", LY, "2024", "一般公共预算收入|86,324|81,215|6.3%"),
    ("y03", "6.3%", 6.3, "%", "exact", "change", "percent", LY, "2025", "一般公共预算收入|86,324|81,215|6.3%"),
    ("y03", "58,630", 586300000, "元", "exact", "level", "money", LY, "2025", "其中：税收收入|58,630|55,940|4.8%"),
    ("y03", "55,940", 559400000, "元", "exact", "level", "money", LY, "2024", "其中：税收收入|58,630|55,940|4.8%"),
    ("y03", "4.8%", 4.8, "%", "exact", "change", "percent", LY, "2025", "其中：税收收入|58,630|55,940|4.8%"),
    ("y03", "27,694", 276940000, "元", "exact", "level", "money", LY, "2025", "非税收入|27,694|25,275|9.6%"),
    ("y03", "25,275", 252750000, "元", "exact", "level", "money", LY, "2024", "非税收入|27,694|25,275|9.6%"),
    ("y03", "9.6%", 9.6, "%", "exact", "change", "percent", LY, "2025", "非税收入|27,694|25,275|9.6%"),
    ("y03", "312,586", 3125860000, "元", "exact", "level", "money", LY, "2025", "一般公共预算支出|312,586|298,741|4.6%"),
    ("y03", "298,741", 2987410000, "元", "exact", "level", "money", LY, "2024", "一般公共预算支出|312,586|298,741|4.6%"),
    ("y03", "4.6%", 4.6, "%", "exact", "change", "percent", LY, "2025", "一般公共预算支出|312,586|298,741|4.6%"),
    ("y03", "256,318", 2563180000, "元", "exact", "level", "money", LY, "2025", "其中：民生支出|256,318|242,105|5.9%"),
    ("y03", "242,105", 2421050000, "元", "exact", "level", "money", LY, "2024", "其中：民生支出|256,318|242,105|5.9%"),
    ("y03", "5.9%", 5.9, "%", "exact", "change", "percent", LY, "2025", "其中：民生支出|256,318|242,105|5.9%"),
    ("y03", "18.6亿元", 1860000000, "元", "exact", "level", "money", LY, "2025", "争取上级转移支付资金18.6亿元"),
    ("y03", "9.2亿元", 920000000, "元", "exact", "level", "money", LY, "2025", "新增政府债券资金9.2亿元"),
    ("y04", "2360人", 2360, "人", "exact", "level", "jobs", SS, "2025", "鄯善县城镇新增就业2360人"),
    ("y04", "107.3%", 107.3, "%", "exact", "level", "jobs", SS, "2025", "完成年度目标任务的107.3%"),
    ("y04", "2.9%", 2.9, "%", "exact", "level", "jobs", SS, "2025", "年末城镇登记失业率为2.9%"),
    ("y04", "5.68万人次", 56800, "人次", "exact", "level", "jobs", SS, "2025", "全年转移农村富余劳动力5.68万人次"),
    ("y04", "12.4亿元", 1240000000, "元", "exact", "level", "money", SS, "2025", "实现劳务收入12.4亿元"),
    ("y04", "7.1%", 7.1, "%", "exact", "change", "percent", SS, "2025", "同比增长7.1%"),
    ("y04", "8620人次", 8620, "人次", "exact", "level", "jobs", SS, "2025", "开展职业技能培训8620人次"),
    ("y04", "1146万元", 11460000, "元", "exact", "level", "money", SS, "2025", "发放培训补贴1146万元"),
    ("y04", "1.35亿元", 135000000, "元", "exact", "level", "money", SS, "2025", "发放创业担保贷款1.35亿元"),
    ("y04", "768人", 768, "人", "exact", "level", "jobs", SS, "2025", "扶持创业768人"),
    ("y04", "2150人", 2150, "人", "exact", "level", "jobs", SS, "2025", "带动就业2150人"),
    ("y04", "2300人以上", 2300, "人", "lower_bound", "target", "jobs", SS, "2026", "全县计划城镇新增就业2300人以上"),
    ("y05", "2748", 2748, "张", "exact", "level", "beds", NA, "2025", "医疗卫生机构实有床位|张|2748|5.2%"),
    ("y05", "5.2%", 5.2, "%", "exact", "change", "percent", NA, "2025", "医疗卫生机构实有床位|张|2748|5.2%"),
    ("y05", "1966", 1966, "张", "exact", "level", "beds", NA, "2025", "其中：医院床位|张|1966|6.1%"),
    ("y05", "6.1%", 6.1, "%", "exact", "change", "percent", NA, "2025", "其中：医院床位|张|1966|6.1%"),
    ("y05", "642", 642, "张", "exact", "level", "beds", NA, "2025", "基层医疗卫生机构床位|张|642|2.8%"),
    ("y05", "2.8%", 2.8, "%", "exact", "change", "percent", NA, "2025", "基层医疗卫生机构床位|张|642|2.8%"),
    ("y05", "7.86", 7.86, "张", "exact", "level", "beds", NA, "2025", "每千常住人口床位|张|7.86"),
    ("y05", "2315", 2315, "人", "exact", "level", "other", NA, "2025", "卫生技术人员|人|2315|3.4%"),
    ("y05", "3.4%", 3.4, "%", "exact", "change", "percent", NA, "2025", "卫生技术人员|人|2315|3.4%"),
    ("y05", "5.86亿元", 586000000, "元", "exact", "level", "money", NA, "2025", "宁安市卫生健康支出5.86亿元"),
    ("y05", "7.4%", 7.4, "%", "exact", "change", "percent", NA, "2025", "同比增长7.4%"),
    ("y05", "1.72亿元", 172000000, "元", "exact", "level", "money", NA, "2025", "医疗卫生补助资金1.72亿元"),
    ("y05", "120张", 120, "张", "exact", "level", "beds", NA, "2025", "新建传染病区新增床位120张"),
]


def _clean(doc: str) -> str:
    """The text as its program shows it, lines kept (a sheet's and a table's rows as cells joined by |)."""
    return {"y01": Y01_CLEAN, "y02": _y02_clean(), "y03": _y03_clean(), "y04": _y04_clean(),
            "y05": _y05_clean()}[doc]


# the clean text, lines joined
_probe = joined(_clean)


def main() -> None:
    """Write the texts, the manifest and the gold (damaged28's `write_set`), after checking that each form holds
    the clean text: y01's cues joined, y04's API reply read back out of the HAR and its JSON."""
    cues = "".join(re.findall(r"<p [^>]*>(.*?)</p>", TEXTS["y01"].decode("utf-8"))[1:])
    assert re.sub(r"<[^>]+>", "", cues) == re.sub(r"[，；。\n]", "", Y01_CLEAN), cues
    har = json.loads(TEXTS["y04"].decode("utf-8"))
    api = json.loads(har["log"]["entries"][1]["response"]["content"]["text"])
    assert api["data"]["content"] == "".join(f'<p style="text-indent:2em;">{p}</p>' for p in Y04_PARAS)
    assert "<\\\\/span>" in TEXTS["y04"].decode("utf-8")
    write_set(OUT, TEXTS, MANIFEST, F, _probe)


if __name__ == "__main__":
    main()
