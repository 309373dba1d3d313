r"""Build data/gold/damaged39: five texts of our own, each in a form real text comes in that no damaged set used yet
(one kind a text; the texts are written clean, the form is made by the code below):

- f01 (镇原县, Gansu, jobs): a county press conference's captions as a WebVTT file (.vtt), as a video site or a
  captioning tool exports them: the WEBVTT head with its Kind/Language lines, a STYLE block (::cue colours and a
  120% size), a NOTE block of the proofreader (a version and a date: no figures), cue ids, timing lines with cue
  settings (line:85% position:50% align:center), voice tags (<v 主持人>, <v 县人社局局长>), one clause a cue, its
  commas and full stops dropped, and karaoke timestamps inside cues (<00:00:21.340>) with <c> spans, one of them
  between a figure's label and its number; a long clause cut between two cues, between its label and its number.
- f02 (德格县, Sichuan, beds): an OpenDocument text's body as its .odt holds it (content.xml, read out of the archive
  as text): the declaration, then office:document-content on one line, automatic styles with sizes and margins
  (fo:font-size="16pt", fo:margin-top="0.212cm"), text:h and text:p, text:span runs cutting inside numbers, text:s
  spaces, a text:soft-page-break, a footnote (text:note) whose citation 1 and body stand inline after its figure,
  and a table:table whose cells carry their numbers twice (office:value="468" and the cell's text).
- f03 (富源县, Yunnan, money): a WeChat account's articles as a data tool exports them to CSV: a head row
  (序号,公众号,标题,作者,发布时间,阅读数,在看数,点赞数,是否原创,原文链接,正文), one article a row, the body one quoted
  cell holding its paragraph breaks, its quote marks doubled (""三保""); the counters are the page's
  (阅读数 10万+, 12836: no figures), the link's id holds digits.
- f04 (三门县, Zhejiang, jobs): a report kept as LaTeX source (ctexart, siunitx, booktabs): the preamble, the figures
  in \num{4260} and \SI{118.3}{\percent}, \% in the prose, a \footnote glued after a figure, a % comment at a line's
  end with a number of its own (the comment is not shown: 182 is no figure), and a tabular with & cells, \\ row ends
  and \toprule/\midrule/\bottomrule rules, a fall written -2.7.
- f05 (龙泉市, Zhejiang, beds): a bureau's report mailed from Foxmail and saved whole as .eml: RFC 2047 headers in
  GB18030 base64, a multipart/alternative body whose text/plain part and text/html part are both GB18030 in base64,
  76 characters a line: the same report twice, so each figure is counted once (the plain part's reading or the
  HTML's, never both); the signature's telephone number is no figure.

The gold is written by hand from the clean texts per /work/shared/gold/GUIDE.md, never from what stats extracts:
quotes and contexts as in the clean text, table rows as their cells joined by |, values in base units.

    .venv/bin/python scripts/gold_damaged39.py      # writes data/gold/damaged39/{texts,damaged39.jsonl}
"""
# ruff: noqa: E501, RUF001  (the texts are written as the pages are, full-width marks included)
from __future__ import annotations

import base64
import csv
import io
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
from gold_damaged28 import joined, write_set  # noqa: E402

OUT = ROOT / "data" / "gold" / "damaged39"

# f01: (speaker or "", cue text); a cue's "|" is a karaoke timestamp between two of its chunks.
F01_CUES: list[tuple[str, str]] = [
    ("主持人", "各位记者朋友 大家上午好"),
    ("主持人", "欢迎参加镇原县2025年就业创业工作新闻发布会"),
    ("县人社局局长", "2025年"),
    ("县人社局局长", "镇原县城镇新增就业|2460人"),
    ("县人社局局长", "完成市下达任务的112.3%"),
    ("县人社局局长", "输转农村劳动力|6.82万人"),
    ("县人社局局长", "实现劳务收入"),
    ("县人社局局长", "15.6亿元 同比增长6.9%"),
    ("县人社局局长", "全年开展职业技能培训3150人次"),
    ("县人社局局长", "发放培训补贴|472万元"),
    ("县人社局局长", "发放创业担保贷款8600万元"),
    ("县人社局局长", "扶持创业1180人 带动就业|3240人"),
    ("县人社局局长", "年末城镇登记失业率2.8%"),
    ("记者", "请问今年有哪些打算"),
    ("县人社局局长", "2026年"),
    ("县人社局局长", "全县计划城镇新增就业2400人以上"),
    ("县人社局局长", "输转农村劳动力6.8万人以上"),
    ("主持人", "本次发布会到此结束 谢谢大家"),
]
F01_CLEAN = ("各位记者朋友，大家上午好。欢迎参加镇原县2025年就业创业工作新闻发布会。"
             "2025年，镇原县城镇新增就业2460人，完成市下达任务的112.3%，输转农村劳动力6.82万人，实现劳务收入15.6亿元，同比增长6.9%。"
             "全年开展职业技能培训3150人次，发放培训补贴472万元。发放创业担保贷款8600万元，扶持创业1180人，带动就业3240人。"
             "年末城镇登记失业率2.8%。请问今年有哪些打算？2026年，全县计划城镇新增就业2400人以上，输转农村劳动力6.8万人以上。"
             "本次发布会到此结束，谢谢大家。")


def _ts(ms: int) -> str:
    """A WebVTT timestamp (hh:mm:ss.ttt)."""
    return f"{ms // 3600000:02d}:{ms // 60000 % 60:02d}:{ms // 1000 % 60:02d}.{ms % 1000:03d}"


def _f01() -> str:
    """The WebVTT file: head, style, note, then one cue a clause with its id, timing, settings and voice."""
    out = ["WEBVTT - 镇原县融媒体中心", "Kind: captions", "Language: zh-CN", "",
           "STYLE", "::cue {", "  font-size: 120%;", "  background-color: rgba(0, 0, 0, 0.6);", "}",
           '::cue(v[voice="主持人"]) {', "  color: #ffcc00;", "}", "",
           "NOTE 字幕校对 第3版 2026-01-16 校对人 李娟", ""]
    start = 3200
    for n, (who, text) in enumerate(F01_CUES, 1):
        length = 900 + 260 * len(text.replace("|", ""))
        end = start + length
        chunks = text.split("|")
        body = chunks[0]
        for k, chunk in enumerate(chunks[1:], 1):
            body += f"<{_ts(start + k * length // len(chunks))}><c>{chunk}</c>"
        settings = " line:85% position:50% align:center" if n % 3 else " line:90% align:center"
        out += [f"zy-{n:03d}", f"{_ts(start)} --> {_ts(end)}{settings}", f"<v {who}>{body}</v>", ""]
        start = end + 120 + 37 * (n % 4)
    return "\n".join(out)


F02_TITLE = "德格县2025年卫生健康事业发展情况"
# runs of each paragraph ("" marks a soft page break; "␠" a text:s space; a ("note", body) tuple a footnote)
F02_PARAS: list[list] = [
    ["2025年，德格县持续推进医疗卫生服务能力提升。截至年末，全县医疗卫生机构实有床位", "11", "86张，比上年末增加96张，增长", "8", ".8%；每千常住人口床位5.96张",
     ("note", "按2025年末常住人口19.9万人计算。"), "。"],
    ["县人民医院住院部改扩建项目完成投资", "1.36亿元", "，新增床位", "", "150张。全县卫生技术人员1", "420人。"],
]
F02_TABLE = [["指标", "单位", "2025年", "比上年增长（%）"], ["乡镇卫生院床位", "张", "468", "5.2"],
             ["民营医院床位", "张", "236", "12.4"]]
F02_LAST = ["2026年，全县计划新增床位", "120张", "，每千常住人口床位达到6.2张以上。"]
_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
           'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0" '
           'office:version="1.3"')


def _f02_run(run, n: int) -> str:
    """One run of a paragraph as LibreOffice writes it."""
    if run == "":
        return "<text:soft-page-break/>"
    if isinstance(run, tuple):
        return (f'<text:note text:id="ftn{n}" text:note-class="footnote"><text:note-citation>1</text:note-citation>'
                f'<text:note-body><text:p text:style-name="Footnote">{run[1]}</text:p></text:note-body></text:note>')
    return f'<text:span text:style-name="T{n % 4 + 1}">{run}</text:span>'


def _f02() -> str:
    """content.xml: the declaration, then the document on one line."""
    styles = ('<office:automatic-styles><style:style style:name="P1" style:family="paragraph" style:parent-style-name="Standard">'
              '<style:paragraph-properties fo:margin-top="0.212cm" fo:margin-bottom="0.212cm" fo:text-indent="0.847cm"/>'
              '<style:text-properties style:font-name="仿宋_GB2312" fo:font-size="16pt"/></style:style>'
              '<style:style style:name="T1" style:family="text"><style:text-properties fo:font-size="16pt" style:font-size-asian="16pt"/></style:style>'
              '<style:style style:name="T2" style:family="text"><style:text-properties officeooo:rsid="0012a4f3"/></style:style>'
              '<style:style style:name="Table1" style:family="table"><style:table-properties style:width="15.998cm" table:align="margins"/></style:style>'
              '</office:automatic-styles>')
    body = [f'<text:h text:style-name="Heading_20_1" text:outline-level="1">{F02_TITLE}</text:h>']
    for p, runs in enumerate(F02_PARAS):
        body.append('<text:p text:style-name="P1">' + "".join(_f02_run(r, 10 * p + i) for i, r in enumerate(runs)) + "</text:p>")
    rows = []
    for r, row in enumerate(F02_TABLE):
        cells = []
        for c, cell in enumerate(row):
            if r and c >= 2:
                cells.append(f'<table:table-cell table:style-name="Table1.B{r + 1}" office:value-type="float" office:value="{cell}" calcext:value-type="float">'
                             f'<text:p text:style-name="P2">{cell}</text:p></table:table-cell>')
            else:
                cells.append(f'<table:table-cell table:style-name="Table1.A{r + 1}" office:value-type="string" calcext:value-type="string">'
                             f'<text:p text:style-name="P2">{cell}</text:p></table:table-cell>')
        rows.append("<table:table-row>" + "".join(cells) + "</table:table-row>")
    body.append('<table:table table:name="Table1" table:style-name="Table1"><table:table-column table:style-name="Table1.A" table:number-columns-repeated="4"/>'
                + "".join(rows) + "</table:table>")
    body.append('<text:p text:style-name="P1">' + "".join(_f02_run(r, 40 + i) for i, r in enumerate(F02_LAST)) + "</text:p>")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<office:document-content {_ODF_NS}><office:scripts/><office:font-face-decls/>{styles}'
            '<office:body><office:text><text:sequence-decls><text:sequence-decl text:display-outline-level="0" text:name="Table"/>'
            f'</text:sequence-decls>{"".join(body)}</office:text></office:body></office:document-content>\n')


def _f02_clean() -> str:
    """The document as the word processor shows it (the footnote's body at the foot), the table's rows joined by |."""
    paras = ["".join(r for r in runs if isinstance(r, str)) for runs in F02_PARAS]
    return "\n".join([F02_TITLE, *paras, *("|".join(r) for r in F02_TABLE), "".join(F02_LAST), "1按2025年末常住人口19.9万人计算。"])


F03_ROWS = [
    ("1", "富源发布", "富源县2025年财政收支情况", "富源县财政局", "2026-01-21 18:30:05", "10万+", "46", "208", "是",
     "https://mp.weixin.qq.com/s/Xk3Vb2026Pq8nT1c5Lw7A",
     "2025年，富源县一般公共预算收入12.46亿元，同比增长5.3%；其中税收收入8.92亿元，增长4.1%。\n"
     "一般公共预算支出42.8亿元，增长3.6%，其中民生支出33.5亿元，占一般公共预算支出的78.3%。\n"
     "县财政统筹资金2.6亿元办好\"民生实事\"，落实\"三保\"支出28.6亿元。\n"
     "2026年，全县一般公共预算收入预期增长5%左右。"),
    ("2", "富源发布", "富源县发放耕地地力保护补贴", "富源县农业农村局", "2026-01-19 09:12:47", "12836", "21", "95", "否",
     "https://mp.weixin.qq.com/s/Rq82mZ2026k4Hd9sP0Wn3g",
     "近日，富源县发放2025年耕地地力保护补贴6860万元，惠及农户8.6万户。\n补贴资金已通过\"一卡通\"直接发放到户。"),
]


def _f03() -> str:
    """The export's CSV: the head row, one article a row, the body quoted with its quotes doubled, CRLF rows."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(["序号", "公众号", "标题", "作者", "发布时间", "阅读数", "在看数", "点赞数", "是否原创", "原文链接", "正文"])
    writer.writerows(F03_ROWS)
    return "\ufeff" + buf.getvalue()


F04 = r"""\documentclass[12pt,a4paper]{ctexart}
\usepackage[margin=2.5cm]{geometry}
\usepackage{siunitx}
\usepackage{booktabs}
\sisetup{group-separator={,},group-minimum-digits=4}
\setlength{\parindent}{2em}
\title{三门县2025年就业工作总结}
\author{三门县人力资源和社会保障局}
\date{2026年1月23日}
\begin{document}
\maketitle
% 初稿 v3，2026-01-20 修改；第2节数据待核

\section{主要成效}
2025年，三门县城镇新增就业\num{4260}人，完成省下达目标的\SI{118.3}{\percent}；帮助失业人员再就业\num{1320}人，
就业困难人员就业\num{486}人。全年开展补贴性职业技能培训\num{1.36}万人次，发放培训补贴\SI{1260}{万元}，
同比增长\SI{8.2}{\percent}\footnote{补贴数据来源于县财政局，截至2025年12月31日。}。

发放创业担保贷款\SI{1.18}{亿元}，扶持创业\num{620}人，% 含返乡创业 182 人，待人社局核实
带动就业\num{2150}人。年末城镇登记失业率2.1\%。

\begin{table}[htbp]
  \centering
  \caption{2025年三门县重点群体就业情况}
  \begin{tabular}{lcrr}
    \toprule
    群体 & 单位 & 2025年 & 比上年增长（\%） \\
    \midrule
    高校毕业生 & 人 & \num{1680} & 6.3 \\
    退役军人 & 人 & 215 & -2.7 \\
    \bottomrule
  \end{tabular}
\end{table}

\section{2026年目标}
2026年，全县计划城镇新增就业\num{4000}人以上，城镇登记失业率控制在\SI{3}{\percent}以内。

\end{document}
"""
F04_CLEAN = ("三门县2025年就业工作总结\n"
             "2025年，三门县城镇新增就业4260人，完成省下达目标的118.3%；帮助失业人员再就业1320人，就业困难人员就业486人。"
             "全年开展补贴性职业技能培训1.36万人次，发放培训补贴1260万元，同比增长8.2%。\n"
             "发放创业担保贷款1.18亿元，扶持创业620人，带动就业2150人。年末城镇登记失业率2.1%。\n"
             "群体|单位|2025年|比上年增长（%）\n高校毕业生|人|1680|6.3\n退役军人|人|215|-2.7\n"
             "2026年，全县计划城镇新增就业4000人以上，城镇登记失业率控制在3%以内。")

F05_SUBJECT = "龙泉市2025年医疗卫生资源情况报送"
F05_PARAS = [
    "各位领导：",
    "现将龙泉市2025年医疗卫生资源情况报送如下：",
    "截至2025年末，全市医疗卫生机构实有床位2386张，比上年末增加124张，增长5.5%；每千常住人口床位8.12张。其中公立医院床位1620张，民营医院床位486张。",
    "全年新增养老机构护理型床位260张，护理型床位占比达到62.5%。",
    "市中医院迁建项目完成投资2.85亿元，新增床位300张。",
    "2026年，全市计划新增床位180张。",
    "龙泉市卫生健康局规划信息科",
    "联系电话：0578-7121386",
]
_F05_BOUNDARY = "----=_001_NextPart158624730186_=----"


def _b64_lines(data: bytes) -> str:
    """Base64 in lines of 76 characters, as a mail client writes a part."""
    text = base64.b64encode(data).decode("ascii")
    return "\n".join(text[i:i + 76] for i in range(0, len(text), 76))


def _f05() -> bytes:
    """The .eml: headers, a multipart/alternative body of a plain and an HTML part, both GB18030 base64, CRLF."""
    plain = "\r\n".join(F05_PARAS).encode("gb18030")
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=GB18030"><style>body { font-size: 14px; '
            'font-family: 微软雅黑; color: #000000; line-height: 1.5; }</style></head><body>\r\n'
            + "\r\n".join(f'<div><span style="font-size: 14pt; font-family: 仿宋_GB2312;">{p}</span></div>' for p in F05_PARAS[:6])
            + '\r\n<div><br></div><hr style="width: 210px; height: 1px;" color="#b5c4df" size="1" align="left">\r\n'
            + f'<div><span>{F05_PARAS[6]}</span></div><div><span>{F05_PARAS[7]}</span></div>\r\n</body></html>\r\n').encode("gb18030")
    subject = base64.b64encode(F05_SUBJECT.encode("gb18030")).decode("ascii")
    sender = base64.b64encode("龙泉市卫生健康局".encode("gb18030")).decode("ascii")
    text = (f"From: =?GB18030?B?{sender}?= <lqswjj_ghk@163.com>\n"
            "To: \"lqszfb\" <lqszfb@163.com>\n"
            f"Subject: =?GB18030?B?{subject}?=\n"
            "Date: Tue, 3 Feb 2026 16:08:52 +0800\n"
            "X-Priority: 3\n"
            "X-Has-Attach: no\n"
            "X-Mailer: Foxmail 7.2.25.228[cn]\n"
            "Mime-Version: 1.0\n"
            "Message-ID: <202602031608513861274@163.com>\n"
            "Content-Type: multipart/alternative;\n"
            f'\tboundary="{_F05_BOUNDARY}"\n\n'
            "This is a multi-part message in MIME format.\n\n"
            f"--{_F05_BOUNDARY}\n"
            'Content-Type: text/plain;\n\tcharset="GB18030"\n'
            "Content-Transfer-Encoding: base64\n\n"
            + _b64_lines(plain) + "\n\n"
            f"--{_F05_BOUNDARY}\n"
            'Content-Type: text/html;\n\tcharset="GB18030"\n'
            "Content-Transfer-Encoding: base64\n\n"
            + _b64_lines(html) + "\n\n"
            f"--{_F05_BOUNDARY}--\n\n")
    return text.replace("\n", "\r\n").encode("ascii")


TEXTS = {"f01": _f01().encode("utf-8"), "f02": _f02().encode("utf-8"), "f03": _f03().encode("utf-8"),
         "f04": F04.encode("utf-8"), "f05": _f05()}

MANIFEST = [("f01", "2026-01-16", "镇原县融媒体中心"), ("f02", "2026-02-10", "德格县卫生健康局"),
            ("f03", "2026-01-21", "富源发布"), ("f04", "2026-01-23", "三门县人力资源和社会保障局"),
            ("f05", "2026-02-03", "龙泉市卫生健康局")]

# (doc, quote, value, measure, qualifier, role, topic, place, period, context[, tier])
ZY, DG, FY, SM, LQ = "镇原县", "德格县", "富源县", "三门县", "龙泉市"
F: list[tuple] = [
    ("f01", "2460人", 2460, "人", "exact", "level", "jobs", ZY, "2025", "镇原县城镇新增就业2460人"),
    ("f01", "112.3%", 112.3, "%", "exact", "level", "jobs", ZY, "2025", "完成市下达任务的112.3%"),
    ("f01", "6.82万人", 68200, "人", "exact", "level", "jobs", ZY, "2025", "输转农村劳动力6.82万人"),
    ("f01", "15.6亿元", 1560000000, "元", "exact", "level", "money", ZY, "2025", "实现劳务收入15.6亿元"),
    ("f01", "6.9%", 6.9, "%", "exact", "change", "percent", ZY, "2025", "同比增长6.9%"),
    ("f01", "3150人次", 3150, "人次", "exact", "level", "jobs", ZY, "2025", "全年开展职业技能培训3150人次"),
    ("f01", "472万元", 4720000, "元", "exact", "level", "money", ZY, "2025", "发放培训补贴472万元"),
    ("f01", "8600万元", 86000000, "元", "exact", "level", "money", ZY, "2025", "发放创业担保贷款8600万元"),
    ("f01", "1180人", 1180, "人", "exact", "level", "jobs", ZY, "2025", "扶持创业1180人"),
    ("f01", "3240人", 3240, "人", "exact", "level", "jobs", ZY, "2025", "带动就业3240人"),
    ("f01", "2.8%", 2.8, "%", "exact", "level", "jobs", ZY, "2025", "年末城镇登记失业率2.8%"),
    ("f01", "2400人以上", 2400, "人", "lower_bound", "target", "jobs", ZY, "2026", "全县计划城镇新增就业2400人以上"),
    ("f01", "6.8万人以上", 68000, "人", "lower_bound", "target", "jobs", ZY, "2026", "输转农村劳动力6.8万人以上"),
    ("f02", "1186张", 1186, "张", "exact", "level", "beds", DG, "2025", "全县医疗卫生机构实有床位1186张"),
    ("f02", "96张", 96, "张", "exact", "change", "beds", DG, "2025", "比上年末增加96张"),
    ("f02", "8.8%", 8.8, "%", "exact", "change", "percent", DG, "2025", "96张，增长8.8%"),
    ("f02", "5.96张", 5.96, "张", "exact", "level", "beds", DG, "2025", "每千常住人口床位5.96张"),
    ("f02", "19.9万人", 199000, "人", "exact", "level", "other", DG, "2025", "按2025年末常住人口19.9万人计算"),
    ("f02", "1.36亿元", 136000000, "元", "exact", "level", "money", DG, "2025", "住院部改扩建项目完成投资1.36亿元"),
    ("f02", "150张", 150, "张", "exact", "level", "beds", DG, "2025", "新增床位150张"),
    ("f02", "1420人", 1420, "人", "exact", "level", "other", DG, "2025", "全县卫生技术人员1420人"),
    ("f02", "468", 468, "张", "exact", "level", "beds", DG, "2025", "乡镇卫生院床位|张|468|5.2"),
    ("f02", "5.2", 5.2, "%", "exact", "change", "percent", DG, "2025", "乡镇卫生院床位|张|468|5.2"),
    ("f02", "236", 236, "张", "exact", "level", "beds", DG, "2025", "民营医院床位|张|236|12.4"),
    ("f02", "12.4", 12.4, "%", "exact", "change", "percent", DG, "2025", "民营医院床位|张|236|12.4"),
    ("f02", "120张", 120, "张", "exact", "target", "beds", DG, "2026", "全县计划新增床位120张"),
    ("f02", "6.2张以上", 6.2, "张", "lower_bound", "target", "beds", DG, "2026", "每千常住人口床位达到6.2张以上"),
    ("f03", "12.46亿元", 1246000000, "元", "exact", "level", "money", FY, "2025", "富源县一般公共预算收入12.46亿元"),
    ("f03", "5.3%", 5.3, "%", "exact", "change", "percent", FY, "2025", "同比增长5.3%"),
    ("f03", "8.92亿元", 892000000, "元", "exact", "level", "money", FY, "2025", "其中税收收入8.92亿元"),
    ("f03", "4.1%", 4.1, "%", "exact", "change", "percent", FY, "2025", "8.92亿元，增长4.1%"),
    ("f03", "42.8亿元", 4280000000, "元", "exact", "level", "money", FY, "2025", "一般公共预算支出42.8亿元"),
    ("f03", "3.6%", 3.6, "%", "exact", "change", "percent", FY, "2025", "42.8亿元，增长3.6%"),
    ("f03", "33.5亿元", 3350000000, "元", "exact", "level", "money", FY, "2025", "其中民生支出33.5亿元"),
    ("f03", "78.3%", 78.3, "%", "exact", "level", "percent", FY, "2025", "占一般公共预算支出的78.3%"),
    ("f03", "2.6亿元", 260000000, "元", "exact", "level", "money", FY, "2025", "县财政统筹资金2.6亿元"),
    ("f03", "28.6亿元", 2860000000, "元", "exact", "level", "money", FY, "2025", "\"三保\"支出28.6亿元"),
    ("f03", "5%左右", 5, "%", "approx", "target", "percent", FY, "2026", "一般公共预算收入预期增长5%左右"),
    ("f03", "6860万元", 68600000, "元", "exact", "level", "money", FY, "2025", "耕地地力保护补贴6860万元"),
    ("f03", "8.6万户", 86000, "户", "exact", "level", "other", FY, "2025", "惠及农户8.6万户"),
    ("f04", "4260人", 4260, "人", "exact", "level", "jobs", SM, "2025", "三门县城镇新增就业4260人"),
    ("f04", "118.3%", 118.3, "%", "exact", "level", "jobs", SM, "2025", "完成省下达目标的118.3%"),
    ("f04", "1320人", 1320, "人", "exact", "level", "jobs", SM, "2025", "帮助失业人员再就业1320人"),
    ("f04", "486人", 486, "人", "exact", "level", "jobs", SM, "2025", "就业困难人员就业486人"),
    ("f04", "1.36万人次", 13600, "人次", "exact", "level", "jobs", SM, "2025", "补贴性职业技能培训1.36万人次"),
    ("f04", "1260万元", 12600000, "元", "exact", "level", "money", SM, "2025", "发放培训补贴1260万元"),
    ("f04", "8.2%", 8.2, "%", "exact", "change", "percent", SM, "2025", "同比增长8.2%"),
    ("f04", "1.18亿元", 118000000, "元", "exact", "level", "money", SM, "2025", "发放创业担保贷款1.18亿元"),
    ("f04", "620人", 620, "人", "exact", "level", "jobs", SM, "2025", "扶持创业620人"),
    ("f04", "2150人", 2150, "人", "exact", "level", "jobs", SM, "2025", "带动就业2150人"),
    ("f04", "2.1%", 2.1, "%", "exact", "level", "jobs", SM, "2025", "年末城镇登记失业率2.1%"),
    ("f04", "1680", 1680, "人", "exact", "level", "jobs", SM, "2025", "高校毕业生|人|1680|6.3"),
    ("f04", "6.3", 6.3, "%", "exact", "change", "percent", SM, "2025", "高校毕业生|人|1680|6.3"),
    ("f04", "215", 215, "人", "exact", "level", "jobs", SM, "2025", "退役军人|人|215|-2.7"),
    ("f04", "-2.7", -2.7, "%", "exact", "change", "percent", SM, "2025", "退役军人|人|215|-2.7"),
    ("f04", "4000人以上", 4000, "人", "lower_bound", "target", "jobs", SM, "2026", "全县计划城镇新增就业4000人以上"),
    ("f04", "3%以内", 3, "%", "upper_bound", "target", "jobs", SM, "2026", "城镇登记失业率控制在3%以内"),
    ("f05", "2386张", 2386, "张", "exact", "level", "beds", LQ, "2025", "全市医疗卫生机构实有床位2386张"),
    ("f05", "124张", 124, "张", "exact", "change", "beds", LQ, "2025", "比上年末增加124张"),
    ("f05", "5.5%", 5.5, "%", "exact", "change", "percent", LQ, "2025", "124张，增长5.5%"),
    ("f05", "8.12张", 8.12, "张", "exact", "level", "beds", LQ, "2025", "每千常住人口床位8.12张"),
    ("f05", "1620张", 1620, "张", "exact", "level", "beds", LQ, "2025", "其中公立医院床位1620张"),
    ("f05", "486张", 486, "张", "exact", "level", "beds", LQ, "2025", "民营医院床位486张"),
    ("f05", "260张", 260, "张", "exact", "level", "beds", LQ, "2025", "新增养老机构护理型床位260张"),
    ("f05", "62.5%", 62.5, "%", "exact", "level", "beds", LQ, "2025", "护理型床位占比达到62.5%"),
    ("f05", "2.85亿元", 285000000, "元", "exact", "level", "money", LQ, "2025", "迁建项目完成投资2.85亿元"),
    ("f05", "300张", 300, "张", "exact", "level", "beds", LQ, "2025", "新增床位300张"),
    ("f05", "180张", 180, "张", "exact", "target", "beds", LQ, "2026", "全市计划新增床位180张"),
]


def _clean(doc: str) -> str:
    """The text as its program shows it, lines kept (a table's rows as their cells joined by |)."""
    if doc == "f01":
        return F01_CLEAN
    if doc == "f02":
        return _f02_clean()
    if doc == "f03":
        return "\n".join(row[-1] for row in F03_ROWS)
    if doc == "f04":
        return F04_CLEAN
    return "\n".join(F05_PARAS)


# the clean text, lines joined (table rows kept a line each, for contexts with |)
_probe = joined(_clean, rows_kept=True)


def main() -> None:
    """Write the texts, the manifest and the gold (damaged28's `write_set`), after checking that each form reads back
    to the clean text: f03's CSV parses to its rows, f05's two parts decode to the report, f02's runs join to it."""
    rows = list(csv.reader(io.StringIO(TEXTS["f03"].decode("utf-8-sig"))))
    assert [r[-1] for r in rows[1:]] == [r[-1] for r in F03_ROWS]
    eml = TEXTS["f05"].decode("ascii").replace("\r\n", "\n")
    parts = [p.split("\n\n", 1)[1] for p in eml.split(f"--{_F05_BOUNDARY}\n")[1:]]
    plain = base64.b64decode(parts[0].split("\n\n")[0]).decode("gb18030")
    html = base64.b64decode(parts[1].split("\n\n")[0].replace(f"--{_F05_BOUNDARY}--", "")).decode("gb18030")
    assert all(p in plain and p in html for p in F05_PARAS)
    assert "实有床位1186张" in _f02_clean()
    write_set(OUT, TEXTS, MANIFEST, F, _probe)


if __name__ == "__main__":
    main()
