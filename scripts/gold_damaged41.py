r"""Build data/gold/damaged41: five texts of our own, each in a form real text comes in that no damaged set used yet
(one kind a text; the texts are written clean, the form is made by the code below):

- j01 (剑川县, Yunnan, jobs): a yearbook's chapter as its EPUB holds it (OEBPS/Text/chapter03.xhtml, read out of the
  archive as text): the XML declaration, the XHTML doctype, the epub namespace, a <head> with its stylesheet link,
  <section epub:type="chapter">, the heading's place name and two rare words in <ruby> with their pinyin in <rt>
  (one with <rp> parentheses, one right before a figure's word), a page-list mark (<span epub:type="pagebreak"
  title="47"/>) inside a sentence, an EPUB 3 noteref (<a epub:type="noteref"><sup>1</sup></a>) glued after a figure
  and a Duokan-style one (an <img> in a <sup>) after another, and the footnotes at the chapter's end as
  <aside epub:type="footnote"> (one holding a figure of its own: a note's figure is the book's text).
- j02 (若尔盖县, Sichuan, beds): a PowerPoint slide as its .pptx holds it (ppt/slides/slide3.xml, read out of the
  archive as text): DrawingML on one line after the XML declaration, shapes with their EMU offsets and extents
  (<a:off x="838200" y="365125"/>), each bullet an <a:p> of <a:r> runs with rPr sizes (sz="2400") and language
  marks, a number split over runs where its style changes (<a:t>68</a:t></a:r><a:r>…<a:t>2</a:t>), a table in a
  <p:graphicFrame> (<a:tbl>, grid columns' widths, <a:tr h="370840">, one cell an <a:tc>), and the slide number
  and date fields (<a:fld type="slidenum"> 3, 2026/1/20: no figures).
- j03 (平利县, Shaanxi, money): a county site's news page as a web crawler archives it (a WARC file, Wget's
  --warc-file): the warcinfo record (software, format, robots), the request record, the response record's WARC
  head (WARC-Date, WARC-Record-ID, Content-Length, digests) and the HTTP head (Date, Content-Length, Set-Cookie,
  Cache-Control max-age) over the page's HTML (meta tags with the article's id and date, a statistics script with
  numbers of its own, the navigation, the article's <p>s, a 浏览次数 counter, related links with their dates and the
  footer's ICP and site codes), then a metadata record of outlinks. Only the article's sentences hold figures.
- j04 (海晏县, Qinghai, jobs): a work group's chat as Telegram Desktop exports it (result.json): the chat's name,
  type and id, each message a JSON object (id, type, date and date_unixtime, from, from_id, reply_to_message_id,
  edited), its text a string or a list of plain strings and entity objects ({"type": "bold", "text": "486"}) that
  cut a sentence at a figure, then the same text again as text_entities; a photo with its width and height, a
  sticker, a service message (pin_message) and a forwarded link. Each town reports its figures; the county's office
  sums them up (the towns' figures are the county's: a town is no division of the gold's places).
- j05 (西盟佤族自治县, Yunnan, beds and money): a county account's blog post as a Hugo site keeps it (content/posts
  /….md): TOML front matter between +++ lines (date and lastmod with their offsets, weight = 20, readingTime = 6, a
  [cover] table with an image whose name holds its size 1920x1080, [params] with a page-view count: no figures),
  a <!--more--> summary divider, shortcodes ({{< figure … width="960" height="540" >}}, {{% notice %}} around a
  data note, {{< ref >}}), ## sections and a Markdown table with alignment colons.

The gold is written by hand from the clean texts per /work/shared/gold/GUIDE.md, never from what stats extracts:
quotes and contexts as in the clean text, table rows as their cells joined by |, values in base units.

    .venv/bin/python scripts/gold_damaged41.py      # writes data/gold/damaged41/{texts,damaged41.jsonl}
"""
# ruff: noqa: E501, RUF001  (the texts are written as the pages are, full-width marks included)
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
from gold_damaged28 import joined, write_set  # noqa: E402

OUT = ROOT / "data" / "gold" / "damaged41"

# j01: the chapter's paragraphs as XHTML fragments; {r:字:pinyin} is a ruby, {rp:词:pinyin} one with <rp>,
# {pb:47} a page-list mark, {n1} an EPUB 3 noteref, {n2} a Duokan one.
J01_TITLE = "第三章　{r:剑:jiàn}{r:川:chuān}县就业和社会保障"
J01_PARAS = [
    "2025年，剑川县城镇新增就业2160人，完成州下达目标任务的108.0%；失业人员再就业780人，就业困难人员就业236人。"
    "年末城镇登记失业率为2.7%{n1}。",
    "全县转移农村劳动力5.42万人次，其中省外转移1.86万人次，实现劳务收入12.6亿元，同比增长6.9%。"
    "{rp:白族:Báizú}木雕产业带动就业3200人。{r:甸:diàn}南镇建成就业帮扶车间12个，{pb:47}吸纳就业438人。",
    "全年开展补贴性职业技能培训6850人次，发放培训补贴412万元；发放创业担保贷款8600万元，扶持创业620人，带动就业1750人{n2}。",
    "2026年，全县计划城镇新增就业2200人以上，城镇登记失业率控制在4%以内。",
]
J01_NOTES = ["城镇登记失业率按全县城镇登记失业人员数与城镇从业人员数之比计算。",
             "其中返乡入乡创业人员带动就业1120人。"]


def _j01_markup(s: str) -> str:
    """A paragraph's XHTML: its rubies, page mark and noterefs written as the EPUB has them."""
    import re

    s = re.sub(r"\{r:([^:]+):([^}]+)\}", r"<ruby>\1<rt>\2</rt></ruby>", s)
    s = re.sub(r"\{rp:([^:]+):([^}]+)\}", r"<ruby>\1<rp>（</rp><rt>\2</rt><rp>）</rp></ruby>", s)
    s = re.sub(r"\{pb:(\d+)\}", r'<span epub:type="pagebreak" role="doc-pagebreak" id="page\1" title="\1"/>', s)
    s = s.replace("{n1}", '<a epub:type="noteref" role="doc-noteref" href="#fn1" id="fnref1"><sup>1</sup></a>')
    return s.replace("{n2}", '<sup><a class="duokan-footnote" href="#df-2" id="dfref-2">'
                             '<img alt="" src="../Images/note.png"/></a></sup>')


def _j01_clean_line(s: str) -> str:
    import re

    s = re.sub(r"\{rp?:([^:]+):[^}]+\}", r"\1", s)
    return re.sub(r"\{pb:\d+\}|\{n\d\}", "", s)


def _j01() -> str:
    body = [f'<h2 class="chapter" id="c03">{_j01_markup(J01_TITLE)}</h2>']
    body += [f'  <p class="txt">{_j01_markup(p)}</p>' for p in J01_PARAS]
    body.append('  <aside epub:type="footnote" role="doc-footnote" id="fn1"><p class="note">'
                f'<a href="#fnref1">1</a>　{J01_NOTES[0]}</p></aside>')
    body.append('  <aside epub:type="footnote" class="duokan-footnote-content" id="df-2"><p class="note">'
                f'<a href="#dfref-2">注</a>　{J01_NOTES[1]}</p></aside>')
    return ('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html>\n'
            '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="zh-CN" xml:lang="zh-CN">\n'
            '<head>\n  <title>剑川年鉴（2026）</title>\n  <link href="../Styles/stylesheet.css" rel="stylesheet" type="text/css"/>\n</head>\n'
            '<body epub:type="bodymatter">\n<section epub:type="chapter" id="chapter03">\n'
            + "\n".join(body) + "\n</section>\n</body>\n</html>\n")


J01_CLEAN = "\n".join([_j01_clean_line(J01_TITLE), *(_j01_clean_line(p) for p in J01_PARAS), *J01_NOTES])

# j02: the slide's bullets as runs ("|" cuts a run, "*" starts a bold run), and its table.
J02_TITLE = "若尔盖县2025年医疗卫生资源情况"
J02_BULLETS = [
    "全县医疗卫生机构实有床位|*68|*2|张，比上年末增加|*46|张，增长|*7.2%",
    "每千常住人口床位|*8.|*63|张",
    "县人民医院综合楼投入使用，新增床位|*120|张",
    "新增养老机构护理型床位|40|张",
    "完成卫生健康领域投资|*1.|*38|亿元，同比增长|15.6|%",
    "2026年目标：每千常住人口床位达到|*9|张以上",
]
J02_TABLE = [["机构", "床位（张）", "比上年增加（张）"], ["县人民医院", "26|0", "32"], ["县藏医院", "126", "8"],
             ["乡镇卫生院", "256", "6"]]


def _run(text: str, bold: bool = False, sz: int = 2400) -> str:
    b = ' b="1"' if bold else ""
    lang = "en-US" if text[:1].isdigit() else "zh-CN"
    alt = "zh-CN" if lang == "en-US" else "en-US"
    return (f'<a:r><a:rPr lang="{lang}" altLang="{alt}" sz="{sz}"{b} dirty="0"><a:latin typeface="+mn-lt"/>'
            f'<a:ea typeface="+mn-ea"/></a:rPr><a:t>{text}</a:t></a:r>')


def _para(runs: str, bullet: bool = True) -> str:
    ppr = '<a:pPr marL="342900" indent="-342900"><a:buFont typeface="Wingdings" pitchFamily="2" charset="2"/><a:buChar char="&#167;"/></a:pPr>' if bullet else ""
    return f"<a:p>{ppr}{runs}</a:p>"


def _j02() -> str:
    def runs(line: str, sz: int = 2400) -> str:
        return "".join(_run(p.lstrip("*"), p.startswith("*"), sz) for p in line.split("|"))

    title = ('<p:sp><p:nvSpPr><p:cNvPr id="2" name="标题 1"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="title"/></p:nvPr></p:nvSpPr>'
             '<p:spPr><a:xfrm><a:off x="838200" y="365125"/><a:ext cx="10515600" cy="1325563"/></a:xfrm></p:spPr>'
             f'<p:txBody><a:bodyPr/><a:lstStyle/>{_para(runs(J02_TITLE, 4000), False)}</p:txBody></p:sp>')
    body = ('<p:sp><p:nvSpPr><p:cNvPr id="3" name="内容占位符 2"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph idx="1"/></p:nvPr></p:nvSpPr>'
            '<p:spPr><a:xfrm><a:off x="838200" y="1825625"/><a:ext cx="6096000" cy="4351338"/></a:xfrm></p:spPr>'
            '<p:txBody><a:bodyPr><a:normAutofit fontScale="92500" lnSpcReduction="10000"/></a:bodyPr><a:lstStyle/>'
            + "".join(_para(runs(b)) for b in J02_BULLETS) + "</p:txBody></p:sp>")
    rows = []
    for r in J02_TABLE:
        cells = "".join(f'<a:tc><a:txBody><a:bodyPr/><a:lstStyle/>{_para(runs(c, 1800), False)}</a:txBody>'
                        '<a:tcPr marL="91440" marR="91440"/></a:tc>' for c in r)
        rows.append(f'<a:tr h="370840">{cells}</a:tr>')
    table = ('<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="4" name="表格 3"/><p:cNvGraphicFramePr><a:graphicFrameLocks noGrp="1"/>'
             '</p:cNvGraphicFramePr><p:nvPr/></p:nvGraphicFramePr><p:xfrm><a:off x="7162800" y="1825625"/><a:ext cx="4191000" cy="1483360"/></p:xfrm>'
             '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/table"><a:tbl>'
             '<a:tblPr firstRow="1" bandRow="1"><a:tableStyleId>{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}</a:tableStyleId></a:tblPr>'
             '<a:tblGrid><a:gridCol w="1676400"/><a:gridCol w="1257300"/><a:gridCol w="1257300"/></a:tblGrid>'
             + "".join(rows) + "</a:tbl></a:graphicData></a:graphic></p:graphicFrame>")
    fields = ('<p:sp><p:nvSpPr><p:cNvPr id="5" name="日期占位符 4"/><p:cNvSpPr/><p:nvPr><p:ph type="dt" sz="half" idx="10"/></p:nvPr></p:nvSpPr><p:spPr/>'
              '<p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:fld id="{8A3F2C51-0B3E-4C2A-9F0D-2B6E1C7D4A10}" type="datetime1"><a:rPr lang="zh-CN" altLang="en-US"/><a:t>2026/1/20</a:t></a:fld><a:endParaRPr lang="zh-CN"/></a:p></p:txBody></p:sp>'
              '<p:sp><p:nvSpPr><p:cNvPr id="6" name="页脚占位符 5"/><p:cNvSpPr/><p:nvPr><p:ph type="ftr" sz="quarter" idx="11"/></p:nvPr></p:nvSpPr><p:spPr/>'
              '<p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:r><a:rPr lang="zh-CN" altLang="en-US"/><a:t>若尔盖县卫生健康局</a:t></a:r></a:p></p:txBody></p:sp>'
              '<p:sp><p:nvSpPr><p:cNvPr id="7" name="灯片编号占位符 6"/><p:cNvSpPr/><p:nvPr><p:ph type="sldNum" sz="quarter" idx="12"/></p:nvPr></p:nvSpPr><p:spPr/>'
              '<p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:fld id="{C1D2E3F4-5A6B-4C7D-8E9F-0A1B2C3D4E5F}" type="slidenum"><a:rPr lang="zh-CN" altLang="en-US"/><a:t>3</a:t></a:fld><a:endParaRPr lang="zh-CN"/></a:p></p:txBody></p:sp>')
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            '<p:sld xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
            'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"><p:cSld><p:spTree>'
            '<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x="0" y="0"/>'
            '<a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>'
            + title + body + table + fields
            + '</p:spTree><p:extLst><p:ext uri="{BB962C8B-B14F-4D97-AF65-F5344CB8AC3E}"><p14:creationId '
            'xmlns:p14="http://schemas.microsoft.com/office/powerpoint/2010/main" val="2841937265"/></p:ext></p:extLst>'
            '</p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>')


J02_CLEAN = "\n".join([J02_TITLE, *(b.replace("|", "").replace("*", "") for b in J02_BULLETS),
                       *("|".join(c.replace("|", "") for c in r) for r in J02_TABLE)])

# j03: the article's paragraphs; the page around them.
J03_TITLE = "平利县2025年财政收支运行平稳"
J03_PARAS = [
    "2025年，平利县完成一般公共预算收入3.86亿元，同比增长5.2%，其中税收收入2.47亿元，增长4.1%。",
    "全县一般公共预算支出32.65亿元，增长3.7%，其中民生支出26.41亿元，占一般公共预算支出的80.9%。",
    "全年争取上级转移支付资金24.3亿元；发行新增政府债券资金6.8亿元，重点用于交通、水利和医疗卫生项目。",
    "全年发放各类惠民惠农补贴资金2.92亿元，惠及群众8.6万人次。",
    "2026年，全县一般公共预算收入预期增长5%左右。",
]


def _j03() -> str:
    paras = "\n".join(f'<p style="text-indent:2em;">{p}</p>' for p in J03_PARAS)
    html = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="SiteName" content="平利县人民政府">
<meta name="ColumnName" content="部门动态">
<meta name="ArticleTitle" content="{J03_TITLE}">
<meta name="PubDate" content="2026-02-03 09:30">
<meta name="ContentSource" content="县财政局">
<meta name="ArticleId" content="2765431">
<title>{J03_TITLE}_平利县人民政府</title>
<link rel="stylesheet" href="/images/2024/css/main.css?v=20240312">
<script>var _hmt = _hmt || [];(function(){{var hm=document.createElement("script");hm.src="https://hm.baidu.com/hm.js?3f6a1c2b";}})();var pageId=1024,siteId=610926;</script>
</head>
<body>
<div class="nav"><a href="/">首页</a> &gt; <a href="/xwzx/">新闻中心</a> &gt; <a href="/xwzx/bmdt/">部门动态</a></div>
<div class="article">
<h1>{J03_TITLE}</h1>
<div class="info">发布时间：2026-02-03 09:30　来源：县财政局　浏览次数：<span id="hits">1286</span>　【字体：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】</div>
<div class="content" id="zoom">
{paras}
</div>
<div class="related"><h3>相关阅读</h3><ul>
<li><a href="/xwzx/bmdt/202601/t20260115_2758812.html">平利县召开2026年财政工作会议</a><span>2026-01-15</span></li>
<li><a href="/xwzx/bmdt/202512/t20251229_2751206.html">县财政局下达第二批衔接资金3200万元</a><span>2025-12-29</span></li>
</ul></div>
</div>
<div class="footer">主办：平利县人民政府办公室　网站标识码：6109260001　<a href="https://beian.miit.gov.cn/">陕ICP备12003456号-1</a>　陕公网安备 61092602000123号</div>
</body>
</html>
"""
    body = html.encode("utf-8")
    http = ("HTTP/1.1 200 OK\r\nServer: nginx/1.20.1\r\nDate: Tue, 03 Feb 2026 08:15:41 GMT\r\n"
            "Content-Type: text/html; charset=utf-8\r\n"
            f"Content-Length: {len(body)}\r\nConnection: keep-alive\r\nVary: Accept-Encoding\r\n"
            "Set-Cookie: JSESSIONID=8F2C61D0A4B37E95C1D2F3A4B5C6D7E8; Path=/; HttpOnly\r\n"
            "Cache-Control: max-age=600\r\nX-Cache: HIT from cache-02\r\n\r\n").encode("ascii") + body
    request = ("GET /xwzx/bmdt/202602/t20260203_2765431.html HTTP/1.1\r\nUser-Agent: Wget/1.21.4\r\n"
               "Accept: */*\r\nAccept-Encoding: identity\r\nHost: www.pingli.gov.cn\r\nConnection: Keep-Alive\r\n\r\n").encode("ascii")
    info = ("software: Wget/1.21.4 (linux-gnu)\r\nformat: WARC File Format 1.1\r\n"
            "conformsTo: http://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/\r\n"
            "robots: classic\r\nwget-arguments: \"--warc-file=pingli-20260203\" \"--page-requisites\" \"--wait=2\"\r\n\r\n").encode("ascii")
    uri = "http://www.pingli.gov.cn/xwzx/bmdt/202602/t20260203_2765431.html"
    outlinks = ("outlink: http://www.pingli.gov.cn/xwzx/bmdt/202601/t20260115_2758812.html\r\n"
                "outlink: http://www.pingli.gov.cn/xwzx/bmdt/202512/t20251229_2751206.html\r\n"
                "outlink: http://www.pingli.gov.cn/images/2024/css/main.css?v=20240312\r\n").encode("ascii")

    def record(kind: str, rid: str, block: bytes, extra: str) -> bytes:
        head = (f"WARC/1.1\r\nWARC-Type: {kind}\r\n{extra}WARC-Date: 2026-02-03T08:15:42Z\r\n"
                f"WARC-Record-ID: <urn:uuid:{rid}>\r\nContent-Length: {len(block)}\r\n\r\n")
        return head.encode("ascii") + block + b"\r\n\r\n"

    return (record("warcinfo", "6e3b1f0a-2c4d-4e5f-8a9b-0c1d2e3f4a5b", info,
                   "Content-Type: application/warc-fields\r\nWARC-Filename: pingli-20260203.warc.gz\r\n")
            + record("request", "1a2b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c6d", request,
                     f"WARC-Target-URI: {uri}\r\nContent-Type: application/http;msgtype=request\r\n"
                     "WARC-Warcinfo-ID: <urn:uuid:6e3b1f0a-2c4d-4e5f-8a9b-0c1d2e3f4a5b>\r\n")
            + record("response", "7f8e9d0c-1b2a-4c3d-8e4f-5a6b7c8d9e0f", http,
                     f"WARC-Target-URI: {uri}\r\nContent-Type: application/http;msgtype=response\r\n"
                     "WARC-Concurrent-To: <urn:uuid:1a2b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c6d>\r\n"
                     "WARC-IP-Address: 111.20.136.45\r\nWARC-Payload-Digest: sha1:QX4M2ZK7T5J3N6P8R2W4Y6A8C0E2G4I6\r\n"
                     "WARC-Block-Digest: sha1:B3D5F7H9J1L3N5P7R9T1V3X5Z7B9D1F3\r\n")
            + record("metadata", "0c9b8a7f-6e5d-4c3b-a291-8f7e6d5c4b3a", outlinks,
                     f"WARC-Target-URI: {uri}\r\nContent-Type: application/warc-fields\r\n")).decode("utf-8")


J03_CLEAN = "\n".join([J03_TITLE, *J03_PARAS])

# j04: the chat's messages: (id, clock, unix, sender, sender id, text parts ("*x" a bold entity), extra fields).
J04_MSGS: list[tuple[int, str, int, str, str, list[str], dict]] = [
    (2202, "2026-01-19T09:02:41", 1768784561, "县人社局 李娜", "user5823104476",
     ["各乡镇请于今天下班前报送2025年全年就业数据，模板见群文件。"], {}),
    (2204, "2026-01-19T10:15:08", 1768788908, "三角城镇 马晓燕", "user6120938817",
     ["三角城镇：2025年城镇新增就业", "*486", "人，转移农村劳动力", "*3120", "人次，实现劳务收入", "*2860万元", "。"],
     {"reply_to_message_id": 2202}),
    (2205, "2026-01-19T10:21:33", 1768789293, "西海镇 才让卓玛", "user5517302946",
     ["西海镇：城镇新增就业312人，转移农村劳动力1860人次，发放创业担保贷款420万元。"], {}),
    (2207, "2026-01-19T11:02:57", 1768791777, "金滩乡 韩文斌", "user7034418265",
     ["金滩乡：转移农村劳动力2240人次，实现劳务收入1980万元，同比增长6.5%。"], {"reply_to_message_id": 2202}),
    (2209, "2026-01-19T14:40:12", 1768804812, "甘子河乡 索南", "user6659920134",
     ["甘子河乡：转移农村劳动力1420人次，开展技能培训360人次。"], {}),
    (2211, "2026-01-19T17:26:45", 1768814805, "县人社局 李娜", "user5823104476",
     ["汇总：2025年全县城镇新增就业", "*1326", "人，完成州下达任务的", "*110.5%", "；转移农村劳动力",
      "*1.12万人次", "，实现劳务收入", "*1.36亿元", "；年末城镇登记失业率", "*2.3%", "。"],
     {"edited": "2026-01-19T17:31:02", "edited_unixtime": "1768815062"}),
    (2212, "2026-01-19T17:28:10", 1768814890, "县人社局 李娜", "user5823104476",
     ["2026年全县计划城镇新增就业1300人以上，请各乡镇提前谋划。"], {}),
]


def _j04() -> str:
    msgs: list[dict] = [{"id": 2201, "type": "service", "date": "2026-01-19T08:58:02", "date_unixtime": "1768784282",
                         "actor": "县人社局 李娜", "actor_id": "user5823104476", "action": "pin_message",
                         "message_id": 2198, "text": "", "text_entities": []}]
    for mid, clock, unix, who, wid, parts, extra in J04_MSGS:
        ents = [{"type": "bold", "text": p[1:]} if p.startswith("*") else {"type": "plain", "text": p} for p in parts]
        text: object = parts[0] if len(parts) == 1 else [e if e["type"] == "bold" else e["text"] for e in ents]
        msg = {"id": mid, "type": "message", "date": clock, "date_unixtime": str(unix)}
        if "edited" in extra:
            msg.update(edited=extra["edited"], edited_unixtime=extra["edited_unixtime"])
        msg.update({"from": who, "from_id": wid})
        if "reply_to_message_id" in extra:
            msg["reply_to_message_id"] = extra["reply_to_message_id"]
        msg.update(text=text, text_entities=ents)
        msgs.append(msg)
        if mid == 2205:
            msgs.append({"id": 2206, "type": "message", "date": "2026-01-19T10:22:05", "date_unixtime": "1768789325",
                         "from": "西海镇 才让卓玛", "from_id": "user5517302946",
                         "photo": "photos/photo_12@19-01-2026_10-22-05.jpg", "width": 1280, "height": 960,
                         "text": "", "text_entities": []})
        if mid == 2209:
            msgs.append({"id": 2210, "type": "message", "date": "2026-01-19T15:03:29", "date_unixtime": "1768806209",
                         "from": "县人社局 李娜", "from_id": "user5823104476",
                         "file": "(File not included. Change data exporting settings to download.)",
                         "thumbnail": "(File not included. Change data exporting settings to download.)",
                         "media_type": "sticker", "sticker_emoji": "👍", "width": 512, "height": 512,
                         "text": "", "text_entities": []})
    msgs.append({"id": 2213, "type": "message", "date": "2026-01-20T08:30:16", "date_unixtime": "1768869016",
                 "from": "金滩乡 韩文斌", "from_id": "user7034418265", "forwarded_from": "海晏县融媒体",
                 "text": ["海晏县召开2026年就业工作推进会 ",
                          {"type": "link", "text": "https://mp.weixin.qq.com/s/Hx7Qa2Lm9Pz4Kt1Rv6Yw3B"}],
                 "text_entities": [{"type": "plain", "text": "海晏县召开2026年就业工作推进会 "},
                                   {"type": "link", "text": "https://mp.weixin.qq.com/s/Hx7Qa2Lm9Pz4Kt1Rv6Yw3B"}]})
    chat = {"name": "海晏县就业服务工作群", "type": "private_supergroup", "id": 1876543210, "messages": msgs}
    return json.dumps(chat, ensure_ascii=False, indent=1) + "\n"


J04_CLEAN = "\n".join("".join(p.lstrip("*") for p in parts) for *_, parts, _ in J04_MSGS)

J05 = """+++
title = "西盟佤族自治县2025年卫生健康事业发展回顾"
date = 2026-01-25T10:30:00+08:00
lastmod = 2026-01-26T16:02:11+08:00
draft = false
weight = 20
slug = "ximeng-health-2025"
tags = ["卫生健康", "床位", "2025年"]
categories = ["民生"]
toc = true
readingTime = 6

[cover]
  image = "/images/2026/01/ximeng-hospital-1920x1080.jpg"
  alt = "县人民医院新院区"
  relative = false

[params]
  author = "县卫生健康局"
  pv = 3412
+++

截至2025年末，西盟佤族自治县医疗卫生机构实有床位548张，比上年末增加36张，增长7.0%；每千常住人口床位6.12张。

<!--more-->

{{< figure src="/images/2026/01/ximeng-hospital-1920x1080.jpg" title="县人民医院新院区" width="960" height="540" >}}

## 床位建设

县人民医院新院区投入使用，新增床位150张；全年新增养老机构护理型床位80张，护理型床位占比达到61.5%。

| 机构 | 床位（张） | 比上年增长（%） |
|:---|---:|---:|
| 县人民医院 | 300 | 8.3 |
| 乡镇卫生院 | 186 | 4.5 |

## 资金投入

全年卫生健康支出2.16亿元，同比增长9.8%；医疗卫生项目完成投资1.42亿元。

{{% notice info "数据说明" %}}
本文数据来自县卫生健康局年度统计，上年数据见{{< ref "/posts/2025/ximeng-health-2024.md" >}}。
{{% /notice %}}

## 2026年目标

2026年，全县计划新增床位60张，每千常住人口床位达到6.5张以上。
"""
J05_CLEAN = ("截至2025年末，西盟佤族自治县医疗卫生机构实有床位548张，比上年末增加36张，增长7.0%；每千常住人口床位6.12张。\n"
             "县人民医院新院区投入使用，新增床位150张；全年新增养老机构护理型床位80张，护理型床位占比达到61.5%。\n"
             "机构|床位（张）|比上年增长（%）\n县人民医院|300|8.3\n乡镇卫生院|186|4.5\n"
             "全年卫生健康支出2.16亿元，同比增长9.8%；医疗卫生项目完成投资1.42亿元。\n"
             "2026年，全县计划新增床位60张，每千常住人口床位达到6.5张以上。")

TEXTS = {"j01": _j01().encode("utf-8"), "j02": _j02().encode("utf-8"), "j03": _j03().encode("utf-8"),
         "j04": _j04().encode("utf-8"), "j05": J05.encode("utf-8")}

MANIFEST = [("j01", "2026-03-10", "剑川县地方志办公室"), ("j02", "2026-01-20", "若尔盖县卫生健康局"),
            ("j03", "2026-02-03", "平利县财政局"), ("j04", "2026-01-19", "海晏县人力资源和社会保障局"),
            ("j05", "2026-01-25", "西盟佤族自治县卫生健康局")]

# (doc, quote, value, measure, qualifier, role, topic, place, period, context[, tier])
JC, RG, PL, HY, XM = "剑川县", "若尔盖县", "平利县", "海晏县", "西盟佤族自治县"
F: list[tuple] = [
    ("j01", "2160人", 2160, "人", "exact", "level", "jobs", JC, "2025", "剑川县城镇新增就业2160人"),
    ("j01", "108.0%", 108.0, "%", "exact", "level", "jobs", JC, "2025", "完成州下达目标任务的108.0%"),
    ("j01", "780人", 780, "人", "exact", "level", "jobs", JC, "2025", "失业人员再就业780人"),
    ("j01", "236人", 236, "人", "exact", "level", "jobs", JC, "2025", "就业困难人员就业236人"),
    ("j01", "2.7%", 2.7, "%", "exact", "level", "jobs", JC, "2025", "年末城镇登记失业率为2.7%"),
    ("j01", "5.42万人次", 54200, "人次", "exact", "level", "jobs", JC, "2025", "全县转移农村劳动力5.42万人次"),
    ("j01", "1.86万人次", 18600, "人次", "exact", "level", "jobs", JC, "2025", "其中省外转移1.86万人次"),
    ("j01", "12.6亿元", 1260000000, "元", "exact", "level", "money", JC, "2025", "实现劳务收入12.6亿元"),
    ("j01", "6.9%", 6.9, "%", "exact", "change", "percent", JC, "2025", "同比增长6.9%"),
    ("j01", "3200人", 3200, "人", "exact", "level", "jobs", JC, "2025", "白族木雕产业带动就业3200人"),
    ("j01", "12个", 12, "个", "exact", "level", "other", JC, "2025", "甸南镇建成就业帮扶车间12个"),
    ("j01", "438人", 438, "人", "exact", "level", "jobs", JC, "2025", "吸纳就业438人"),
    ("j01", "6850人次", 6850, "人次", "exact", "level", "jobs", JC, "2025", "补贴性职业技能培训6850人次"),
    ("j01", "412万元", 4120000, "元", "exact", "level", "money", JC, "2025", "发放培训补贴412万元"),
    ("j01", "8600万元", 86000000, "元", "exact", "level", "money", JC, "2025", "发放创业担保贷款8600万元"),
    ("j01", "620人", 620, "人", "exact", "level", "jobs", JC, "2025", "扶持创业620人"),
    ("j01", "1750人", 1750, "人", "exact", "level", "jobs", JC, "2025", "带动就业1750人"),
    ("j01", "2200人以上", 2200, "人", "lower_bound", "target", "jobs", JC, "2026", "全县计划城镇新增就业2200人以上"),
    ("j01", "4%以内", 4, "%", "upper_bound", "target", "jobs", JC, "2026", "城镇登记失业率控制在4%以内"),
    ("j01", "1120人", 1120, "人", "exact", "level", "jobs", JC, "2025", "其中返乡入乡创业人员带动就业1120人"),
    ("j02", "682张", 682, "张", "exact", "level", "beds", RG, "2025", "全县医疗卫生机构实有床位682张"),
    ("j02", "46张", 46, "张", "exact", "change", "beds", RG, "2025", "比上年末增加46张"),
    ("j02", "7.2%", 7.2, "%", "exact", "change", "percent", RG, "2025", "46张，增长7.2%"),
    ("j02", "8.63张", 8.63, "张", "exact", "level", "beds", RG, "2025", "每千常住人口床位8.63张"),
    ("j02", "120张", 120, "张", "exact", "level", "beds", RG, "2025", "综合楼投入使用，新增床位120张"),
    ("j02", "40张", 40, "张", "exact", "level", "beds", RG, "2025", "新增养老机构护理型床位40张"),
    ("j02", "1.38亿元", 138000000, "元", "exact", "level", "money", RG, "2025", "完成卫生健康领域投资1.38亿元"),
    ("j02", "15.6%", 15.6, "%", "exact", "change", "percent", RG, "2025", "同比增长15.6%"),
    ("j02", "9张以上", 9, "张", "lower_bound", "target", "beds", RG, "2026", "每千常住人口床位达到9张以上"),
    ("j02", "260", 260, "张", "exact", "level", "beds", RG, "2025", "县人民医院|260|32"),
    ("j02", "32", 32, "张", "exact", "change", "beds", RG, "2025", "县人民医院|260|32"),
    ("j02", "126", 126, "张", "exact", "level", "beds", RG, "2025", "县藏医院|126|8"),
    ("j02", "8", 8, "张", "exact", "change", "beds", RG, "2025", "县藏医院|126|8"),
    ("j02", "256", 256, "张", "exact", "level", "beds", RG, "2025", "乡镇卫生院|256|6"),
    ("j02", "6", 6, "张", "exact", "change", "beds", RG, "2025", "乡镇卫生院|256|6"),
    ("j03", "3.86亿元", 386000000, "元", "exact", "level", "money", PL, "2025", "平利县完成一般公共预算收入3.86亿元"),
    ("j03", "5.2%", 5.2, "%", "exact", "change", "percent", PL, "2025", "同比增长5.2%"),
    ("j03", "2.47亿元", 247000000, "元", "exact", "level", "money", PL, "2025", "其中税收收入2.47亿元"),
    ("j03", "4.1%", 4.1, "%", "exact", "change", "percent", PL, "2025", "2.47亿元，增长4.1%"),
    ("j03", "32.65亿元", 3265000000, "元", "exact", "level", "money", PL, "2025", "全县一般公共预算支出32.65亿元"),
    ("j03", "3.7%", 3.7, "%", "exact", "change", "percent", PL, "2025", "32.65亿元，增长3.7%"),
    ("j03", "26.41亿元", 2641000000, "元", "exact", "level", "money", PL, "2025", "其中民生支出26.41亿元"),
    ("j03", "80.9%", 80.9, "%", "exact", "level", "percent", PL, "2025", "占一般公共预算支出的80.9%"),
    ("j03", "24.3亿元", 2430000000, "元", "exact", "level", "money", PL, "2025", "争取上级转移支付资金24.3亿元"),
    ("j03", "6.8亿元", 680000000, "元", "exact", "level", "money", PL, "2025", "发行新增政府债券资金6.8亿元"),
    ("j03", "2.92亿元", 292000000, "元", "exact", "level", "money", PL, "2025", "发放各类惠民惠农补贴资金2.92亿元"),
    ("j03", "8.6万人次", 86000, "人次", "exact", "level", "other", PL, "2025", "惠及群众8.6万人次"),
    ("j03", "5%左右", 5, "%", "approx", "target", "percent", PL, "2026", "一般公共预算收入预期增长5%左右"),
    ("j04", "486", 486, "人", "exact", "level", "jobs", HY, "2025", "2025年城镇新增就业486人"),
    ("j04", "3120", 3120, "人次", "exact", "level", "jobs", HY, "2025", "转移农村劳动力3120人次"),
    ("j04", "2860万元", 28600000, "元", "exact", "level", "money", HY, "2025", "实现劳务收入2860万元"),
    ("j04", "312人", 312, "人", "exact", "level", "jobs", HY, "2025", "西海镇：城镇新增就业312人"),
    ("j04", "1860人次", 1860, "人次", "exact", "level", "jobs", HY, "2025", "转移农村劳动力1860人次"),
    ("j04", "420万元", 4200000, "元", "exact", "level", "money", HY, "2025", "发放创业担保贷款420万元"),
    ("j04", "2240人次", 2240, "人次", "exact", "level", "jobs", HY, "2025", "转移农村劳动力2240人次"),
    ("j04", "1980万元", 19800000, "元", "exact", "level", "money", HY, "2025", "实现劳务收入1980万元"),
    ("j04", "6.5%", 6.5, "%", "exact", "change", "percent", HY, "2025", "同比增长6.5%"),
    ("j04", "1420人次", 1420, "人次", "exact", "level", "jobs", HY, "2025", "转移农村劳动力1420人次"),
    ("j04", "360人次", 360, "人次", "exact", "level", "jobs", HY, "2025", "开展技能培训360人次"),
    ("j04", "1326", 1326, "人", "exact", "level", "jobs", HY, "2025", "全县城镇新增就业1326人"),
    ("j04", "110.5%", 110.5, "%", "exact", "level", "jobs", HY, "2025", "完成州下达任务的110.5%"),
    ("j04", "1.12万人次", 11200, "人次", "exact", "level", "jobs", HY, "2025", "转移农村劳动力1.12万人次"),
    ("j04", "1.36亿元", 136000000, "元", "exact", "level", "money", HY, "2025", "实现劳务收入1.36亿元"),
    ("j04", "2.3%", 2.3, "%", "exact", "level", "jobs", HY, "2025", "年末城镇登记失业率2.3%"),
    ("j04", "1300人以上", 1300, "人", "lower_bound", "target", "jobs", HY, "2026", "全县计划城镇新增就业1300人以上"),
    ("j05", "548张", 548, "张", "exact", "level", "beds", XM, "2025", "医疗卫生机构实有床位548张"),
    ("j05", "36张", 36, "张", "exact", "change", "beds", XM, "2025", "比上年末增加36张"),
    ("j05", "7.0%", 7.0, "%", "exact", "change", "percent", XM, "2025", "36张，增长7.0%"),
    ("j05", "6.12张", 6.12, "张", "exact", "level", "beds", XM, "2025", "每千常住人口床位6.12张"),
    ("j05", "150张", 150, "张", "exact", "level", "beds", XM, "2025", "新院区投入使用，新增床位150张"),
    ("j05", "80张", 80, "张", "exact", "level", "beds", XM, "2025", "新增养老机构护理型床位80张"),
    ("j05", "61.5%", 61.5, "%", "exact", "level", "beds", XM, "2025", "护理型床位占比达到61.5%"),
    ("j05", "300", 300, "张", "exact", "level", "beds", XM, "2025", "县人民医院|300|8.3"),
    ("j05", "8.3", 8.3, "%", "exact", "change", "percent", XM, "2025", "县人民医院|300|8.3"),
    ("j05", "186", 186, "张", "exact", "level", "beds", XM, "2025", "乡镇卫生院|186|4.5"),
    ("j05", "4.5", 4.5, "%", "exact", "change", "percent", XM, "2025", "乡镇卫生院|186|4.5"),
    ("j05", "2.16亿元", 216000000, "元", "exact", "level", "money", XM, "2025", "全年卫生健康支出2.16亿元"),
    ("j05", "9.8%", 9.8, "%", "exact", "change", "percent", XM, "2025", "同比增长9.8%"),
    ("j05", "1.42亿元", 142000000, "元", "exact", "level", "money", XM, "2025", "医疗卫生项目完成投资1.42亿元"),
    ("j05", "60张", 60, "张", "exact", "target", "beds", XM, "2026", "全县计划新增床位60张"),
    ("j05", "6.5张以上", 6.5, "张", "lower_bound", "target", "beds", XM, "2026", "每千常住人口床位达到6.5张以上"),
]


def _clean(doc: str) -> str:
    """The text as its program shows it, lines kept (a table's rows as their cells joined by |)."""
    return {"j01": J01_CLEAN, "j02": J02_CLEAN, "j03": J03_CLEAN, "j04": J04_CLEAN, "j05": J05_CLEAN}[doc]


# the clean text, lines joined (table rows kept a line each, for contexts with |)
_probe = joined(_clean, rows_kept=True)


def main() -> None:
    """Write the texts, the manifest and the gold (damaged28's `write_set`), after checking that each form holds
    the clean text's figures: j02's runs join back to its lines, j04's JSON parses and its entities join back."""
    import re

    slide = TEXTS["j02"].decode("utf-8")
    paras = ["".join(re.findall(r"<a:t>([^<]*)</a:t>", p)) for p in re.findall(r"<a:p>.*?</a:p>", slide)]
    assert all(line in paras for line in J02_CLEAN.split("\n") if "|" not in line), paras
    chat = json.loads(TEXTS["j04"])
    joined = ["".join(e["text"] for e in m["text_entities"]) for m in chat["messages"]]
    assert all(line in joined for line in J04_CLEAN.split("\n"))
    write_set(OUT, TEXTS, MANIFEST, F, _probe)


if __name__ == "__main__":
    main()
