r"""
Build data/gold/damaged44: five texts of our own, each in a form real text comes in that no damaged set used yet
(one kind a text; the texts are written clean, the form is made by the code below):

- x01 (浮梁县, Jiangxi, jobs): a county site's article page rendered by a script framework, so its HTML holds no
  article text at all: the body is an empty <div id="app"> and a <noscript> line, and the article stands only in the
  page's JSON-LD (<script type="application/ld+json">, as search-engine plugins write it): an @graph of a WebSite, a
  BreadcrumbList (positions 1 2 3), an ImageObject (width 1200, height 675) and a NewsArticle (datePublished with its
  offset +08:00, wordCount 386) whose articleBody holds the paragraphs with their breaks written \n and each
  paragraph's full-width indent written \u3000\u3000; a state script (articleId, a view counter) after it. The page's
  own numbers are no figures.
- x02 (桐柏县, Henan, beds): a notice passed through a Japanese-made 全角→半角 tool, as text pasted from such
  converters and some OCR exports comes: the full stop as the half-width ideographic ｡ (U+FF61), 、 as ､ (U+FF64),
  「」 as ｢｣, and ， ； ： （ ） as half-width , ; : ( ); then its last section, pasted from a PDF whose font mapped
  the full stop's glyph to the ideographic space, with U+3000 where each 。 stood (增长6.1%　全县…).
- x03 (龙胜各族自治县, Guangxi, money): a reply mail saved whole as .eml: RFC 2047 headers in GB18030 base64,
  In-Reply-To and References, a multipart/mixed body whose text part is GB18030, format=flowed, quoted-printable
  (each Han byte an =XX escape, soft breaks every 76 characters between escapes, inside numbers too); the reply on top
  with a figure of its own and a signature (a telephone number: no figure), then the forwarded message quoted line by
  line with "> " (wrapped at 30 characters, never inside a number) and, inside it, an earlier message quoted with
  ">> " (no figure); an attachment part in base64.
- x04 (通道侗族自治县, Hunan, jobs): a Word report's body as its .docx holds it (word/document.xml) with revisions
  tracked: a corrected figure's draft kept in <w:del><w:delText> right before its <w:ins> (the deleted draft is no
  text of the document: any reading of 1790 or of 17901836 is a false positive), a list set with tab stops (label,
  <w:tab/>, figure), runs cut inside numbers, a <w:br/> line break inside a paragraph, a footnote reference after a
  figure (its text is in footnotes.xml, not here), and the section's page size and margins (w:w="11906").
- x05 (平塘县, Guizhou, beds and money): a Word report converted by pandoc to LaTeX (pandoc -s -o report.tex): the
  default template's preamble (\setlength{\emergencystretch}{3em}, \setcounter{secnumdepth}{-\maxdimen}), each
  section under a \hypertarget whose label encodes the Han heading as ux hex (ux5e73ux5858…: no figures), figures in
  \textbf{…} (\textbf{1568}张, \textbf{5.9\%}), a \footnote glued after a figure, a \tightlist itemize, and a
  longtable whose column specs hold widths (\real{0.3500}) and whose head cells sit in minipages.

The gold is written by hand from the clean texts per /work/shared/gold/GUIDE.md, never from what stats extracts:
quotes and contexts as in the clean text, table rows as their cells joined by |, values in base units.

    .venv/bin/python scripts/gold_damaged44.py      # writes data/gold/damaged44/{texts,damaged44.jsonl}
"""

from __future__ import annotations

import base64
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
from gold_damaged28 import joined, wrap, write_set  # noqa: E402

OUT = ROOT / "data" / "gold" / "damaged44"

# x01: the article, only in the page's JSON-LD.
X01_TITLE = "浮梁县2025年就业形势保持稳定"
X01_PARAS = [
    "2025年，浮梁县城镇新增就业2146人，完成年度目标任务的112.4%；失业人员再就业586人，就业困难人员实现就业138人。",
    "全年新增转移农村劳动力3260人，农村劳动力转移就业总量达到8.74万人，实现劳务收入21.6亿元，同比增长5.8%。",
    "全县发放创业担保贷款1.26亿元，扶持创业912人，带动就业2680人；开发公益性岗位430个。",
    "2026年，全县计划城镇新增就业2000人以上，城镇登记失业率控制在4%以内。",
]


def _x01() -> str:
    body = "\n".join("\u3000\u3000" + p for p in X01_PARAS)
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "@id": "https://www.fuliang.gov.cn/#website", "url": "https://www.fuliang.gov.cn/",
         "name": "浮梁县人民政府"},
        {"@type": "BreadcrumbList", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "首页", "item": "https://www.fuliang.gov.cn/"},
            {"@type": "ListItem", "position": 2, "name": "政务动态", "item": "https://www.fuliang.gov.cn/zwdt/"},
            {"@type": "ListItem", "position": 3, "name": X01_TITLE}]},
        {"@type": "ImageObject", "@id": "https://www.fuliang.gov.cn/zwdt/202601/#primaryimage",
         "url": "https://www.fuliang.gov.cn/uploads/2026/01/20260121093512_688.jpg", "width": 1200, "height": 675},
        {"@type": "NewsArticle", "headline": X01_TITLE, "datePublished": "2026-01-21T09:30:00+08:00",
         "dateModified": "2026-01-21T16:05:42+08:00", "wordCount": 386, "inLanguage": "zh-CN",
         "author": {"@type": "Organization", "name": "浮梁县人力资源和社会保障局"},
         "publisher": {"@type": "Organization", "name": "浮梁县人民政府",
                       "logo": {"@type": "ImageObject", "url": "https://www.fuliang.gov.cn/images/logo.png",
                                "width": 600, "height": 60}},
         "image": {"@id": "https://www.fuliang.gov.cn/zwdt/202601/#primaryimage"},
         "articleBody": "@@BODY@@"}]}
    ld = json.dumps(graph, ensure_ascii=False, indent=2).replace("/", "\\/")
    ld = ld.replace('"@@BODY@@"', json.dumps(body, ensure_ascii=False).replace("\\u3000", "@@U@@")
                    .replace("\u3000", "\\u3000").replace("@@U@@", "\\u3000"))
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{X01_TITLE}_浮梁县人民政府</title>
<link rel="stylesheet" href="/static/css/app.8c2f1d43.css">
<script type="application/ld+json">
{ld}
</script>
</head>
<body>
<noscript><strong>本页面需要启用JavaScript才能正常显示，请开启后刷新。</strong></noscript>
<div id="app"></div>
<script>window.__INITIAL_STATE__={{"articleId":2026012108,"channelId":36,"views":3521,"likes":12}};</script>
<script src="/static/js/chunk-vendors.4e1b2c07.js"></script>
<script src="/static/js/app.91d0a6f2.js"></script>
</body>
</html>
"""


def _x01_clean() -> str:
    return "\n".join([X01_TITLE, *X01_PARAS])


# x02: the notice; its last section came from a PDF with U+3000 for each full stop.
X02_HEAD = [
    "桐柏县卫生健康委员会关于2025年全县医疗卫生资源情况的通报",
    "各乡镇卫生院、县直各医疗卫生单位：",
    "现将2025年全县医疗卫生资源情况通报如下。",
    "一、床位情况",
    "截至2025年末，桐柏县医疗卫生机构实有床位2468张，比上年末增加142张，增长6.1%。其中，医院床位1736张，"
    "基层医疗卫生机构床位658张，专业公共卫生机构床位74张。每千常住人口医疗卫生机构床位6.35张。",
    "二、重点项目",
    "县人民医院新院区（一期）建成投用，新增床位400张，项目总投资3.8亿元；县中医院康复病区新增床位60张。",
]
X02_TAIL = [
    "三、人员情况",
    "全县卫生技术人员2386人，增长4.7%。每千常住人口执业（助理）医师2.41人。",
    "四、下步安排",
    "2026年，全县计划新增床位200张，每千常住人口医疗卫生机构床位达到6.8张以上。",
]


def _x02() -> str:
    half = str.maketrans({"。": "｡", "、": "､", "「": "｢", "」": "｣", "，": ",", "；": ";", "：": ":", "（": "(",
                          "）": ")"})
    head = [p.translate(half) for p in X02_HEAD]
    tail = [p.replace("。", "\u3000") for p in X02_TAIL]
    return "\n".join(head + tail + ["桐柏县卫生健康委员会", "2026年1月27日"]) + "\n"


def _x02_clean() -> str:
    return "\n".join(X02_HEAD + X02_TAIL)


# x03: the reply mail.
X03_REPLY = [
    "王科长：",
    "您好！报告已按意见修改，2026年一般公共预算收入预期增长5%左右，已写入第三部分。转来的执行情况请一并审阅。",
    "",
    "李明",
    "龙胜各族自治县财政局预算股",
    "电话：0773-7512368",
]
X03_FWD_HEAD = [
    "-------- 转发的邮件 --------",
    "发件人: 县财政局国库股 <gkg@longsheng.gov.cn>",
    "日期: 2026年1月23日 16:42",
    "收件人: 预算股 <ysg@longsheng.gov.cn>",
    "主题: 2025年财政收支执行情况",
    "",
]
X03_FWD_PARAS = [
    "2025年，龙胜各族自治县一般公共预算收入6.84亿元，同比增长4.6%，其中税收收入4.12亿元，增长3.9%；"
    "非税收入2.72亿元。",
    "一般公共预算支出31.56亿元，增长5.2%，其中民生支出25.87亿元，占一般公共预算支出的82.0%。",
    "全年争取上级转移支付资金22.4亿元，新增政府债券资金6.5亿元。",
]
X03_INNER = ["在 2026年1月20日 09:15，县政府办公室 写道：", "请各单位于1月25日前报送2025年收支执行数据。"]


def _qp(text: str, charset: str = "gb18030") -> str:
    """Quoted-printable as mail clients write it: each byte not plain ASCII an =XX escape, soft breaks at 76."""
    lines = []
    for raw in text.split("\n"):
        toks = [f"={b:02X}" if b > 126 or b == 61 else chr(b) for b in raw.encode(charset)]
        cur = ""
        for t in toks:
            if len(cur) + len(t) > 75:
                lines.append(cur + "=")
                cur = ""
            cur += t
        lines.append(cur)
    return "\r\n".join(lines)


def _rfc2047(s: str) -> str:
    return "=?GB18030?B?" + base64.b64encode(s.encode("gb18030")).decode() + "?="


def _x03_body() -> str:
    quoted = ["> " + ln if ln else ">" for ln in X03_FWD_HEAD]
    for p in X03_FWD_PARAS:
        quoted += ["> " + ln for ln in wrap(p, 30)]
        quoted.append(">")
    quoted += [">> " + ln for ln in X03_INNER]
    return "\n".join(X03_REPLY + [""] + quoted) + "\n"


def _x03() -> str:
    att = base64.encodebytes(bytes(range(48, 123)) * 3).decode().replace("\n", "\r\n")
    head = [
        "Return-Path: <ysg@longsheng.gov.cn>",
        "Received: from mail.longsheng.gov.cn (unknown [10.12.8.21]) by mx.longsheng.gov.cn with ESMTP id 4F2A81C0E3;"
        " Sat, 24 Jan 2026 10:06:18 +0800 (CST)",
        f"From: {_rfc2047('李明')} <ysg@longsheng.gov.cn>",
        f"To: {_rfc2047('王科长')} <wangkz@longsheng.gov.cn>",
        f"Subject: {_rfc2047('回复：转发：2025年财政收支执行情况')}",
        "Date: Sat, 24 Jan 2026 10:06:12 +0800",
        "Message-ID: <20260124100612.38214@longsheng.gov.cn>",
        "In-Reply-To: <20260123164208.11907@longsheng.gov.cn>",
        "References: <20260120091530.20418@longsheng.gov.cn> <20260123164208.11907@longsheng.gov.cn>",
        "X-Mailer: Foxmail 7.2.25.228[cn]",
        "MIME-Version: 1.0",
        'Content-Type: multipart/mixed; boundary="----=_NextPart_6974_0A1B_2C3D"',
        "",
        "This is a multi-part message in MIME format.",
        "",
        "------=_NextPart_6974_0A1B_2C3D",
        'Content-Type: text/plain; charset="GB18030"; format=flowed',
        "Content-Transfer-Encoding: quoted-printable",
        "",
        _qp(_x03_body()),
        "",
        "------=_NextPart_6974_0A1B_2C3D",
        'Content-Type: application/octet-stream; name="zhixing2025.xlsx"',
        'Content-Disposition: attachment; filename="zhixing2025.xlsx"',
        "Content-Transfer-Encoding: base64",
        "",
        att,
        "------=_NextPart_6974_0A1B_2C3D--",
        "",
    ]
    return "\r\n".join(head)


def _x03_clean() -> str:
    return "\n".join(X03_REPLY + X03_FWD_HEAD + X03_FWD_PARAS + X03_INNER)


# x04: the report's paragraphs; a paragraph is a list of pieces: text, ("tab",), ("br",), ("fn", id),
# ("rev", deleted, inserted) and ("cut", text, at) for a run cut inside it.
X04_PARAS: list[list] = [
    ["通道侗族自治县2025年就业工作总结"],
    ["2025年，全县就业工作主要指标完成情况如下："],
    ["城镇新增就业", ("tab",), ("rev", "1790", "1836"), "人，完成年度目标任务的", ("cut", "114.8%", 3), "；"],
    ["失业人员再就业", ("tab",), ("cut", "462人", 1), "；"],
    ["就业困难人员实现就业", ("tab",), "127人。"],
    ["全年新增转移农村劳动力", ("cut", "2870人", 2), "，实现劳务收入", ("cut", "18.3亿元", 2), ("fn", 1),
     "，同比增长6.4%。", ("br",), "发放创业担保贷款", ("rev", "9200", "9860"), "万元，扶持创业", ("cut", "548人", 1),
     "，带动就业1620人。"],
    ["2026年，全县计划城镇新增就业", ("cut", "1800人", 2), "以上。"],
]
RPR = '<w:rPr><w:rFonts w:hint="eastAsia"/><w:sz w:val="32"/><w:szCs w:val="32"/><w:lang w:eastAsia="zh-CN"/></w:rPr>'


def _x04() -> str:
    def run(t: str, n: int) -> str:
        return f'<w:r w:rsidR="00{0x3A12B0 + n:06X}">{RPR}<w:t xml:space="preserve">{t}</w:t></w:r>'

    out = []
    n = 0
    for i, para in enumerate(X04_PARAS):
        runs = []
        for piece in para:
            n += 1
            if isinstance(piece, str):
                runs.append(run(piece, n))
            elif piece[0] == "tab":
                runs.append(f"<w:r>{RPR}<w:tab/></w:r>")
            elif piece[0] == "br":
                runs.append(f"<w:r>{RPR}<w:br/></w:r>")
            elif piece[0] == "fn":
                runs.append(f'<w:r><w:rPr><w:rStyle w:val="a5"/></w:rPr><w:footnoteReference w:id="{piece[1]}"/></w:r>')
            elif piece[0] == "rev":
                runs.append(f'<w:del w:id="{10 + n}" w:author="人社局" w:date="2026-01-19T15:22:00Z">'
                            f"<w:r>{RPR}<w:delText>{piece[1]}</w:delText></w:r></w:del>"
                            f'<w:ins w:id="{11 + n}" w:author="人社局" w:date="2026-01-19T15:22:00Z">'
                            f"{run(piece[2], n)}</w:ins>")
            else:
                t, at = piece[1], piece[2]
                runs.append(run(t[:at], n) + '<w:proofErr w:type="gramStart"/>' + run(t[at:], n + 1))
        ppr = ('<w:pPr><w:jc w:val="center"/></w:pPr>' if i == 0 else
               '<w:pPr><w:tabs><w:tab w:val="left" w:pos="5880"/></w:tabs><w:spacing w:line="560" w:lineRule="exact"/>'
               '<w:ind w:firstLineChars="200" w:firstLine="640"/></w:pPr>')
        out.append(f'<w:p w:rsidR="00{0x5B2C10 + i:06X}" w:rsidRDefault="00{0x5B2C10 + i:06X}">{ppr}{"".join(runs)}</w:p>')
    body = "".join(out)
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" mc:Ignorable="w14 wp14" '
            'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
            f'<w:body><w:bookmarkStart w:id="0" w:name="_GoBack"/>{body}<w:bookmarkEnd w:id="0"/>'
            '<w:sectPr><w:footerReference w:type="default" r:id="rId6"/><w:pgSz w:w="11906" w:h="16838"/>'
            '<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="1474" '
            'w:gutter="0"/><w:cols w:space="425"/><w:docGrid w:type="lines" w:linePitch="579"/></w:sectPr>'
            "</w:body></w:document>")


def _x04_clean() -> str:
    lines = []
    for para in X04_PARAS:
        s = ""
        for piece in para:
            if isinstance(piece, str):
                s += piece
            elif piece[0] == "tab":
                s += "\t"
            elif piece[0] == "br":
                s += "\n"
            elif piece[0] == "rev":
                s += piece[2]
            elif piece[0] == "cut":
                s += piece[1]
        lines.append(s)
    return "\n".join(lines)


# x05: the report as pandoc writes it to LaTeX.
X05_TITLE = "平塘县2025年卫生健康事业发展情况"
X05_S1 = "一、医疗卫生资源"
X05_P1 = ("2025年末，全县医疗卫生机构实有床位@@1568@@张，比上年末增加@@87@@张，增长@@5.9%@@。每千常住人口医疗卫生机构床位"
          "6.52张@@FN@@。")
X05_FN = "按2025年末常住人口24.05万人计算。"
X05_ITEMS = ["县人民医院外科综合楼投入使用，新增床位260张；", "县中医院新增康复床位48张。"]
X05_S2 = "二、卫生健康投入"
X05_P2 = "全年卫生健康支出@@4.36亿元@@，同比增长6.8%；争取中央和省级补助资金1.58亿元。"
X05_ROWS = [("医院", "1126", "1062", "6.0"), ("基层医疗卫生机构", "388", "372", "4.3"),
            ("专业公共卫生机构", "54", "47", "14.9")]
X05_S3 = "三、2026年目标"
X05_P3 = "2026年，全县计划新增床位120张，卫生健康支出4.6亿元以上。"


def _ux(s: str) -> str:
    return "".join(f"ux{ord(c):x}" if ord(c) > 127 else c for c in s if c not in "、，")


def _tex(s: str) -> str:
    s = re.sub(r"@@([^@]+)@@", lambda m: "\\textbf{" + m.group(1) + "}" if m.group(1) != "FN" else
               "\\footnote{" + X05_FN + "}", s)
    return s.replace("%", "\\%")


def _x05() -> str:
    def section(t: str) -> str:
        return f"\\hypertarget{{{_ux(t)}}}{{%\n\\section{{{t}}}\\label{{{_ux(t)}}}}}\n"

    head_cells = ["类别", "2025年床位（张）", "2024年床位（张）", "增长（\\%）"]
    widths = ["0.3500", "0.2167", "0.2167", "0.2167"]
    spec = "\n".join(f"  >{{\\raggedright\\arraybackslash}}p{{(\\columnwidth - 6\\tabcolsep) * \\real{{{w}}}}}"
                     for w in widths)
    heads = " &\n".join(f"\\begin{{minipage}}[b]{{\\linewidth}}\\raggedright\n{c}\n\\end{{minipage}}"
                        for c in head_cells)
    rows = "\n".join(" & ".join(r) + " \\\\" for r in X05_ROWS)
    return f"""% Options for packages loaded elsewhere
\\PassOptionsToPackage{{unicode}}{{hyperref}}
\\PassOptionsToPackage{{hyphens}}{{url}}
%
\\documentclass[
]{{article}}
\\usepackage{{amsmath,amssymb}}
\\usepackage{{lmodern}}
\\usepackage{{iftex}}
\\ifPDFTeX
  \\usepackage[T1]{{fontenc}}
  \\usepackage[utf8]{{inputenc}}
  \\usepackage{{textcomp}} % provide euro and other symbols
\\else % if luatex or xetex
  \\usepackage{{unicode-math}}
  \\defaultfontfeatures{{Scale=MatchLowercase}}
  \\defaultfontfeatures[\\rmfamily]{{Ligatures=TeX,Scale=1}}
\\fi
\\usepackage{{longtable,booktabs,array}}
\\usepackage{{calc}} % for calculating minipage widths
\\usepackage{{footnotehyperref}}
\\makesavenoteenv{{longtable}}
\\setlength{{\\emergencystretch}}{{3em}} % prevent overfull lines
\\providecommand{{\\tightlist}}{{%
  \\setlength{{\\itemsep}}{{0pt}}\\setlength{{\\parskip}}{{0pt}}}}
\\setcounter{{secnumdepth}}{{-\\maxdimen}} % remove section numbering
\\usepackage{{bookmark}}
\\IfFileExists{{xurl.sty}}{{\\usepackage{{xurl}}}}{{}} % add URL line breaks if available
\\urlstyle{{same}}
\\hypersetup{{
  pdftitle={{{X05_TITLE}}},
  pdfauthor={{平塘县卫生健康局}},
  hidelinks,
  pdfcreator={{LaTeX via pandoc}}}}

\\title{{{X05_TITLE}}}
\\author{{平塘县卫生健康局}}
\\date{{2026年1月28日}}

\\begin{{document}}
\\maketitle

{section(X05_S1)}
{_tex(X05_P1)}

\\begin{{itemize}}
\\tightlist
\\item
  {X05_ITEMS[0]}
\\item
  {X05_ITEMS[1]}
\\end{{itemize}}

{section(X05_S2)}
{_tex(X05_P2)}

\\begin{{longtable}}[]{{@{{}}
{spec}@{{}}}}
\\toprule\\noalign{{}}
{heads} \\\\
\\midrule\\noalign{{}}
\\endhead
\\bottomrule\\noalign{{}}
\\endlastfoot
{rows}
\\end{{longtable}}

{section(X05_S3)}
{_tex(X05_P3)}

\\end{{document}}
"""


def _x05_clean() -> str:
    def plain(s: str) -> str:
        return s.replace("@@FN@@", "").replace("@@", "")

    rows = ["|".join(r) for r in X05_ROWS]
    return "\n".join([X05_TITLE, X05_S1, plain(X05_P1), *X05_ITEMS, X05_S2, plain(X05_P2), *rows, X05_S3,
                      plain(X05_P3), X05_FN])


TEXTS = {"x01": _x01().encode("utf-8"), "x02": _x02().encode("utf-8"), "x03": _x03().encode("ascii"),
         "x04": _x04().encode("utf-8"), "x05": _x05().encode("utf-8")}

MANIFEST = [("x01", "2026-01-21", "浮梁县人民政府"), ("x02", "2026-01-27", "桐柏县卫生健康委员会"),
            ("x03", "2026-01-24", "龙胜各族自治县财政局"), ("x04", "2026-01-19", "通道侗族自治县人力资源和社会保障局"),
            ("x05", "2026-01-28", "平塘县卫生健康局")]

# (doc, quote, value, measure, qualifier, role, topic, place, period, context[, tier])
FL, TB, LS, TD, PT = "浮梁县", "桐柏县", "龙胜各族自治县", "通道侗族自治县", "平塘县"
F: list[tuple] = [
    ("x01", "2146人", 2146, "人", "exact", "level", "jobs", FL, "2025", "浮梁县城镇新增就业2146人"),
    ("x01", "112.4%", 112.4, "%", "exact", "level", "jobs", FL, "2025", "完成年度目标任务的112.4%"),
    ("x01", "586人", 586, "人", "exact", "level", "jobs", FL, "2025", "失业人员再就业586人"),
    ("x01", "138人", 138, "人", "exact", "level", "jobs", FL, "2025", "就业困难人员实现就业138人"),
    ("x01", "3260人", 3260, "人", "exact", "level", "jobs", FL, "2025", "全年新增转移农村劳动力3260人"),
    ("x01", "8.74万人", 87400, "人", "exact", "level", "jobs", FL, "2025", "农村劳动力转移就业总量达到8.74万人"),
    ("x01", "21.6亿元", 2160000000, "元", "exact", "level", "money", FL, "2025", "实现劳务收入21.6亿元"),
    ("x01", "5.8%", 5.8, "%", "exact", "change", "percent", FL, "2025", "同比增长5.8%"),
    ("x01", "1.26亿元", 126000000, "元", "exact", "level", "money", FL, "2025", "发放创业担保贷款1.26亿元"),
    ("x01", "912人", 912, "人", "exact", "level", "jobs", FL, "2025", "扶持创业912人"),
    ("x01", "2680人", 2680, "人", "exact", "level", "jobs", FL, "2025", "带动就业2680人"),
    ("x01", "430个", 430, "个", "exact", "level", "jobs", FL, "2025", "开发公益性岗位430个"),
    ("x01", "2000人以上", 2000, "人", "lower_bound", "target", "jobs", FL, "2026", "全县计划城镇新增就业2000人以上"),
    ("x01", "4%以内", 4, "%", "upper_bound", "target", "jobs", FL, "2026", "城镇登记失业率控制在4%以内"),
    ("x02", "2468张", 2468, "张", "exact", "level", "beds", TB, "2025", "医疗卫生机构实有床位2468张"),
    ("x02", "142张", 142, "张", "exact", "change", "beds", TB, "2025", "比上年末增加142张"),
    ("x02", "6.1%", 6.1, "%", "exact", "change", "percent", TB, "2025", "142张，增长6.1%"),
    ("x02", "1736张", 1736, "张", "exact", "level", "beds", TB, "2025", "医院床位1736张"),
    ("x02", "658张", 658, "张", "exact", "level", "beds", TB, "2025", "基层医疗卫生机构床位658张"),
    ("x02", "74张", 74, "张", "exact", "level", "beds", TB, "2025", "专业公共卫生机构床位74张"),
    ("x02", "6.35张", 6.35, "张", "exact", "level", "beds", TB, "2025", "每千常住人口医疗卫生机构床位6.35张"),
    ("x02", "400张", 400, "张", "exact", "level", "beds", TB, "2025", "建成投用，新增床位400张"),
    ("x02", "3.8亿元", 380000000, "元", "exact", "level", "money", TB, "2025", "项目总投资3.8亿元"),
    ("x02", "60张", 60, "张", "exact", "level", "beds", TB, "2025", "康复病区新增床位60张"),
    ("x02", "2386人", 2386, "人", "exact", "level", "other", TB, "2025", "全县卫生技术人员2386人"),
    ("x02", "4.7%", 4.7, "%", "exact", "change", "percent", TB, "2025", "2386人，增长4.7%"),
    ("x02", "2.41人", 2.41, "人", "exact", "level", "other", TB, "2025", "执业（助理）医师2.41人"),
    ("x02", "200张", 200, "张", "exact", "target", "beds", TB, "2026", "全县计划新增床位200张"),
    ("x02", "6.8张以上", 6.8, "张", "lower_bound", "target", "beds", TB, "2026", "医疗卫生机构床位达到6.8张以上"),
    ("x03", "5%左右", 5, "%", "approx", "target", "percent", LS, "2026", "一般公共预算收入预期增长5%左右"),
    ("x03", "6.84亿元", 684000000, "元", "exact", "level", "money", LS, "2025", "一般公共预算收入6.84亿元"),
    ("x03", "4.6%", 4.6, "%", "exact", "change", "percent", LS, "2025", "6.84亿元，同比增长4.6%"),
    ("x03", "4.12亿元", 412000000, "元", "exact", "level", "money", LS, "2025", "其中税收收入4.12亿元"),
    ("x03", "3.9%", 3.9, "%", "exact", "change", "percent", LS, "2025", "4.12亿元，增长3.9%"),
    ("x03", "2.72亿元", 272000000, "元", "exact", "level", "money", LS, "2025", "非税收入2.72亿元"),
    ("x03", "31.56亿元", 3156000000, "元", "exact", "level", "money", LS, "2025", "一般公共预算支出31.56亿元"),
    ("x03", "5.2%", 5.2, "%", "exact", "change", "percent", LS, "2025", "31.56亿元，增长5.2%"),
    ("x03", "25.87亿元", 2587000000, "元", "exact", "level", "money", LS, "2025", "其中民生支出25.87亿元"),
    ("x03", "82.0%", 82.0, "%", "exact", "level", "percent", LS, "2025", "占一般公共预算支出的82.0%"),
    ("x03", "22.4亿元", 2240000000, "元", "exact", "level", "money", LS, "2025", "争取上级转移支付资金22.4亿元"),
    ("x03", "6.5亿元", 650000000, "元", "exact", "level", "money", LS, "2025", "新增政府债券资金6.5亿元"),
    ("x04", "1836人", 1836, "人", "exact", "level", "jobs", TD, "2025", "城镇新增就业\t1836人"),
    ("x04", "114.8%", 114.8, "%", "exact", "level", "jobs", TD, "2025", "完成年度目标任务的114.8%"),
    ("x04", "462人", 462, "人", "exact", "level", "jobs", TD, "2025", "失业人员再就业\t462人"),
    ("x04", "127人", 127, "人", "exact", "level", "jobs", TD, "2025", "就业困难人员实现就业\t127人"),
    ("x04", "2870人", 2870, "人", "exact", "level", "jobs", TD, "2025", "全年新增转移农村劳动力2870人"),
    ("x04", "18.3亿元", 1830000000, "元", "exact", "level", "money", TD, "2025", "实现劳务收入18.3亿元"),
    ("x04", "6.4%", 6.4, "%", "exact", "change", "percent", TD, "2025", "同比增长6.4%"),
    ("x04", "9860万元", 98600000, "元", "exact", "level", "money", TD, "2025", "发放创业担保贷款9860万元"),
    ("x04", "548人", 548, "人", "exact", "level", "jobs", TD, "2025", "扶持创业548人"),
    ("x04", "1620人", 1620, "人", "exact", "level", "jobs", TD, "2025", "带动就业1620人"),
    ("x04", "1800人以上", 1800, "人", "lower_bound", "target", "jobs", TD, "2026", "全县计划城镇新增就业1800人以上"),
    ("x05", "1568张", 1568, "张", "exact", "level", "beds", PT, "2025", "医疗卫生机构实有床位1568张"),
    ("x05", "87张", 87, "张", "exact", "change", "beds", PT, "2025", "比上年末增加87张"),
    ("x05", "5.9%", 5.9, "%", "exact", "change", "percent", PT, "2025", "87张，增长5.9%"),
    ("x05", "6.52张", 6.52, "张", "exact", "level", "beds", PT, "2025", "每千常住人口医疗卫生机构床位6.52张"),
    ("x05", "24.05万人", 240500, "人", "exact", "level", "other", PT, "2025", "按2025年末常住人口24.05万人计算"),
    ("x05", "260张", 260, "张", "exact", "level", "beds", PT, "2025", "外科综合楼投入使用，新增床位260张"),
    ("x05", "48张", 48, "张", "exact", "level", "beds", PT, "2025", "县中医院新增康复床位48张"),
    ("x05", "4.36亿元", 436000000, "元", "exact", "level", "money", PT, "2025", "全年卫生健康支出4.36亿元"),
    ("x05", "6.8%", 6.8, "%", "exact", "change", "percent", PT, "2025", "同比增长6.8%"),
    ("x05", "1.58亿元", 158000000, "元", "exact", "level", "money", PT, "2025", "中央和省级补助资金1.58亿元"),
    ("x05", "1126", 1126, "张", "exact", "level", "beds", PT, "2025", "医院|1126|1062|6.0"),
    ("x05", "1062", 1062, "张", "exact", "level", "beds", PT, "2024", "医院|1126|1062|6.0"),
    ("x05", "6.0", 6.0, "%", "exact", "change", "percent", PT, "2025", "医院|1126|1062|6.0"),
    ("x05", "388", 388, "张", "exact", "level", "beds", PT, "2025", "基层医疗卫生机构|388|372|4.3"),
    ("x05", "372", 372, "张", "exact", "level", "beds", PT, "2024", "基层医疗卫生机构|388|372|4.3"),
    ("x05", "4.3", 4.3, "%", "exact", "change", "percent", PT, "2025", "基层医疗卫生机构|388|372|4.3"),
    ("x05", "54", 54, "张", "exact", "level", "beds", PT, "2025", "专业公共卫生机构|54|47|14.9"),
    ("x05", "47", 47, "张", "exact", "level", "beds", PT, "2024", "专业公共卫生机构|54|47|14.9"),
    ("x05", "14.9", 14.9, "%", "exact", "change", "percent", PT, "2025", "专业公共卫生机构|54|47|14.9"),
    ("x05", "120张", 120, "张", "exact", "target", "beds", PT, "2026", "全县计划新增床位120张"),
    ("x05", "4.6亿元以上", 460000000, "元", "lower_bound", "target", "money", PT, "2026", "卫生健康支出4.6亿元以上"),
]


def _clean(doc: str) -> str:
    """The text as its program shows it (a table's rows as cells joined by |)."""
    return {"x01": _x01_clean, "x02": _x02_clean, "x03": _x03_clean, "x04": _x04_clean,
            "x05": _x05_clean}[doc]()


# the clean text, lines joined
_probe = joined(_clean)


def main() -> None:
    """Write the texts, the manifest and the gold (damaged28's `write_set`), after checking that each form holds
    the clean text: x01's articleBody read back out of its JSON-LD, x03's text part decoded back."""
    import email
    import email.policy

    page = TEXTS["x01"].decode("utf-8")
    ld = json.loads(re.search(r'ld\+json">\n(.*?)\n</script>', page, re.S).group(1))
    assert ld["@graph"][3]["articleBody"].replace("\u3000", "").split("\n") == X01_PARAS
    msg = email.message_from_bytes(TEXTS["x03"], policy=email.policy.default)
    part = next(p for p in msg.walk() if p.get_content_type() == "text/plain")
    assert part.get_content().replace("\r\n", "\n").rstrip() == _x03_body().rstrip()
    write_set(OUT, TEXTS, MANIFEST, F, _probe)


if __name__ == "__main__":
    main()
