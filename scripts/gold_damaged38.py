"""Build data/gold/damaged38: five texts of our own, each in a form real text comes in that no damaged set used yet
(one kind a text; the texts are written clean, the damage is made by the code below):

- b01 (崇明区, Shanghai, jobs): a Word report's body as its .docx holds it (word/document.xml, read out of the
  archive as text): WordprocessingML on one long line after the XML declaration, each paragraph a <w:p> of runs
  (<w:r><w:rPr>…</w:rPr><w:t>…</w:t></w:r>) that revisions, spell checks and language marks cut wherever they fall,
  inside numbers too (<w:t>1</w:t></w:r><w:r><w:t>.26万个</w:t>), with rsid attributes, proofErr and bookmark
  marks, size and spacing values (w:val="32", w:line="560") and a <w:tbl> table, one cell a <w:tc>.
- b02 (西吉县, Ningxia, money): a Jupyter notebook (.ipynb) as its JSON is saved: each cell's source a list of
  strings, one a line, each ending in an escaped \\n, Han text as it is (nbformat writes no \\u escapes), a Markdown
  table in a markdown cell, code cells with their execution counts and an output ((12, 4): a shape, no figure), cell
  ids and the kernel's metadata (version 3.11.5, nbformat 4).
- b03 (酉阳土家族苗族自治县, Chongqing, beds): a county site's page saved by a browser as a web archive (.mht,
  "single file"): MIME headers (an RFC 2047 subject, a boundary, Content-Location), the page's HTML in GB2312 as
  quoted-printable (each byte of a Han character an =XX escape, = itself =3D, a soft break every 76 characters,
  inside a character's escapes and inside numbers too), upper-case tags as IE writes them, a table of <TD> cells,
  and a picture part in base64.
- b04 (五指山市, Hainan, jobs): an article as a CMS's save request carries it, copied from a browser's network panel
  (Copy as cURL): the request's head lines, then its form body URL-encoded (application/x-www-form-urlencoded):
  every byte of a Han character a %XX escape, a space a +, % itself %25 (增长12.5%25), the article's HTML
  escaped too (%3Cp%3E), the other fields (channelId, publishDate, attachIds, a _csrf token) around it.
- b05 (宁河区, Tianjin, money and beds): a report saved by WordPad or Word as RTF (a .rtf renamed .txt): the font
  table and control words (\\fs32, \\sa200\\sl276, \\lang2052), every Han character as its two GBK bytes written
  \\'hh (\\ansicpg936), the figures' digits standing as they are between them, \\par at each paragraph's end.

The gold is written by hand from the clean texts per /work/shared/gold/GUIDE.md, never from what stats extracts:
quotes and contexts as in the clean text, table rows as their cells joined by |, values in base units.

    .venv/bin/python scripts/gold_damaged38.py      # writes data/gold/damaged38/{texts,damaged38.jsonl}
"""
# ruff: noqa: E501, RUF001  (the texts are written as the pages are, full-width marks included)
from __future__ import annotations

import base64
import json
import quopri
import sys
from pathlib import Path
from urllib.parse import quote_plus

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
from gold_damaged28 import joined, write_set  # noqa: E402

OUT = ROOT / "data" / "gold" / "damaged38"

# b01: each paragraph's runs as Word cut them ("" between two runs marks a proofErr or a bookmark there).
B01_PARAS: list[list[str]] = [
    ["崇明区2025年", "就业工作情况"],
    ["上海市崇明区人力资源和社会保障局"],
    ["2025年，崇明区新增就业岗位", "1", ".26万个", "，完成市下达目标的", "105", ".3%", "。帮助长期失业青年就业创业", "38", "6人", "，援助就业困难人员就业", "1120", "人，城镇调查失业率", "4.2%", "。"],
    ["全年开展补贴性职业技能培训", "2.48", "万人次，发放职业培训补贴", "", "3860", "万元", "，同比增长", "6", ".4%", "。"],
    ["发放创业担保贷款", "1.05亿元", "，扶持成功创业", "520人", "，带动就业", "", "189", "0人", "。"],
    ["表1  2025年崇明区重点群体就业情况"],
    ["2026年，全区计划新增就业岗位", "1.2", "万个以上，城镇调查失业率控制在", "4.5", "%以内。"],
]
B01_TABLE = [["群体", "单位", "2025年", "比上年增长（%）"], ["高校毕业生", "人", "1460", "4.2"],
             ["农村富余劳动力", "人", "23", "80", "3.6"]]  # (a cell given as two strings: two runs)
_NS = ('xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
       'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
       'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
       'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="w14"')


def _run(text: str, i: int) -> str:
    """One run: its properties (a font, a size, a language) and its text, as Word writes them."""
    rpr = ('<w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312" w:hAnsi="仿宋_GB2312" w:hint="eastAsia"/>'
           '<w:sz w:val="32"/><w:szCs w:val="32"/><w:lang w:eastAsia="zh-CN"/></w:rPr>')
    space = ' xml:space="preserve"' if text.startswith(" ") or text.endswith(" ") else ""
    return f'<w:r w:rsidRPr="00{0xA41C26 + 37 * i:06X}">{rpr}<w:t{space}>{text}</w:t></w:r>'


def _para(runs: list[str], n: int, style: str = "") -> str:
    """A paragraph of runs; an empty run string is a spell-check mark or a bookmark between two runs."""
    ppr = (f'<w:pPr>{style}<w:spacing w:line="560" w:lineRule="exact"/><w:ind w:firstLineChars="200" '
           'w:firstLine="640"/><w:rPr><w:sz w:val="32"/></w:rPr></w:pPr>')
    body = []
    for i, text in enumerate(runs):
        if text == "":
            body.append('<w:proofErr w:type="spellStart"/>' if i % 2 else
                        f'<w:bookmarkStart w:id="{n}" w:name="_Toc15823{n:04d}"/><w:bookmarkEnd w:id="{n}"/>')
        else:
            body.append(_run(text, 10 * n + i))
    return f'<w:p w:rsidR="00C4{n:04d}" w:rsidRDefault="00C41A26" w:rsidP="00D2{n:04d}">{ppr}{"".join(body)}</w:p>'


def _b01() -> str:
    """document.xml: the declaration, then the whole body on one line."""
    paras = [_para(p, n, '<w:pStyle w:val="1"/>' if n == 0 else "") for n, p in enumerate(B01_PARAS)]
    rows = []
    for r, row in enumerate(B01_TABLE):
        cells, k = [], 0
        while k < len(row):
            runs = [row[k]]
            if r == 2 and k == 2:
                runs, k = [row[2], row[3]], k + 1
            cells.append(f'<w:tc><w:tcPr><w:tcW w:w="2130" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr>'
                         f'{_para(runs, 40 + 4 * r + k)}</w:tc>')
            k += 1
        rows.append(f'<w:tr w:rsidR="00E6{r:04d}" w:rsidTr="00E61B2C"><w:trPr><w:jc w:val="center"/></w:trPr>{"".join(cells)}</w:tr>')
    table = ('<w:tbl><w:tblPr><w:tblW w:w="8520" w:type="dxa"/><w:tblBorders><w:top w:val="single" w:sz="4" '
             'w:space="0" w:color="auto"/></w:tblBorders></w:tblPr><w:tblGrid><w:gridCol w:w="2130"/>'
             '<w:gridCol w:w="2130"/><w:gridCol w:w="2130"/><w:gridCol w:w="2130"/></w:tblGrid>'
             + "".join(rows) + "</w:tbl>")
    body = "".join(paras[:6]) + table + paras[6]
    sect = ('<w:sectPr w:rsidR="00C41A26"><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" '
            'w:bottom="1984" w:left="1588" w:header="851" w:footer="1247" w:gutter="0"/><w:cols w:space="425"/>'
            '<w:docGrid w:type="lines" w:linePitch="579"/></w:sectPr>')
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            f'<w:document {_NS}><w:body>{body}{sect}</w:body></w:document>')


def _b01_clean() -> str:
    """The report as Word shows it: paragraphs a line each, the table's rows their cells joined by |."""
    lines = ["".join(p) for p in B01_PARAS]
    table = ["|".join(r) for r in B01_TABLE[:2]] + ["农村富余劳动力|人|2380|3.6"]
    return "\n".join(lines[:6] + table + lines[6:])


B02_CELLS: list[tuple[str, list[str], list]] = [
    ("markdown", ["# 西吉县2025年财政预算执行情况分析", "", "数据来源：西吉县财政局，2026年1月15日。"], []),
    ("code", ["import pandas as pd", 'df = pd.read_excel("西吉县2025年财政收支.xlsx", sheet_name=0)', "df.shape"], ["(12, 4)"]),
    ("markdown", ["## 一、收入情况", "", "2025年，西吉县一般公共预算收入5.86亿元，同比增长4.8%；其中税收收入3.12亿元，增长3.5%。政府性基金预算收入2.46亿元。"], []),
    ("markdown", ["## 二、支出情况", "", "一般公共预算支出48.6亿元，增长2.1%，其中民生支出38.9亿元，占一般公共预算支出的80.0%。", "",
                  "| 项目 | 2025年（亿元） | 比上年增长（%） |", "|:---|---:|---:|", "| 教育支出 | 8.62 | 3.4 |",
                  "| 社会保障和就业支出 | 9.14 | 5.2 |", "| 卫生健康支出 | 4.37 | 1.8 |"], []),
    ("code", ['print(df.loc[:2, ["项目", "2025年", "增长"]].to_markdown(index=False))'], None),
    ("markdown", ["## 三、2026年预算安排", "", "2026年，全县一般公共预算收入预期增长5%左右，一般公共预算支出安排46.2亿元。"], []),
]


def _b02() -> str:
    """The notebook's JSON as Jupyter saves it: indent 1, non-ASCII as it is, each source line a string."""
    cells = []
    for n, (kind, lines, out) in enumerate(B02_CELLS):
        source = [line + "\n" for line in lines[:-1]] + lines[-1:]
        cell: dict = {"cell_type": kind, "id": f"{0x3fa2c1d0 + 7919 * n:08x}", "metadata": {}}
        if kind == "code":
            cell["execution_count"] = n
            cell["outputs"] = [] if not out else [{"data": {"text/plain": out}, "execution_count": n, "metadata": {},
                                                    "output_type": "execute_result"}]
        cell["source"] = source
        cells.append(cell)
    nb = {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python",
                                                       "name": "python3"},
                                        "language_info": {"codemirror_mode": {"name": "ipython", "version": 3},
                                                          "file_extension": ".py", "mimetype": "text/x-python",
                                                          "name": "python", "nbconvert_exporter": "python",
                                                          "pygments_lexer": "ipython3", "version": "3.11.5"}},
          "nbformat": 4, "nbformat_minor": 5}
    return json.dumps(nb, ensure_ascii=False, indent=1) + "\n"


def _b02_clean() -> str:
    """The markdown cells as the notebook shows them, a table's rows as their cells joined by |."""
    out = []
    for kind, lines, _ in B02_CELLS:
        if kind == "markdown":
            for line in lines:
                if line.startswith("|"):
                    line = "|".join(c.strip() for c in line.strip("|").split("|"))
                out.append(line)
    return "\n".join(out)


B03_HEAD = "酉阳县2025年卫生健康事业发展综述"
B03_PARAS = [
    "2025年，酉阳土家族苗族自治县持续推进医疗卫生服务体系建设。截至年末，全县共有医疗卫生机构586个，实有床位3260张，比上年末增加148张，增长4.8%；每千常住人口床位5.42张。",
    "全县卫生技术人员4120人，其中执业（助理）医师1380人。全年总诊疗人次312.6万人次，同比增长3.9%。",
    "县人民医院新院区建成投用，新增床位400张，项目总投资6.8亿元。",
]
B03_TABLE = [["指标", "单位", "2025年", "比上年增长（%）"], ["乡镇卫生院床位", "张", "1186", "2.6"],
             ["民营医院床位", "张", "642", "9.3"]]
B03_LAST = "2026年，全县计划新增床位260张，每千常住人口床位达到5.8张以上。"
_B03_BOUNDARY = "----=_NextPart_000_0000_01DC9B4E.3F5A8C20"


def _b03() -> bytes:
    """The web archive: headers, the HTML part in GB2312 quoted-printable, a picture part in base64, CRLF lines."""
    rows = "\n".join("<TR>" + "".join(f"<TD align=center>{c}</TD>" for c in row) + "</TR>" for row in B03_TABLE)
    paras = "\n".join(f'<P style="TEXT-INDENT: 2em; LINE-HEIGHT: 2">{p}</P>' for p in B03_PARAS)
    html = ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">\n'
            f'<HTML><HEAD><TITLE>{B03_HEAD}_酉阳土家族苗族自治县人民政府</TITLE>\n'
            '<META content="text/html; charset=gb2312" http-equiv=Content-Type>\n'
            '<META name=GENERATOR content="MSHTML 11.00.19041.4355"></HEAD>\n'
            '<BODY>\n<DIV class=title>' + B03_HEAD + '</DIV>\n'
            '<DIV class=info>发布时间：2026-02-12 10:26 来源：县卫生健康委 浏览次数：1386</DIV>\n'
            '<DIV class=content>\n' + paras + '\n<TABLE style="WIDTH: 560px" border=1 cellSpacing=0 cellPadding=4>\n<TBODY>\n'
            + rows + '\n</TBODY></TABLE>\n'
            f'<P style="TEXT-INDENT: 2em; LINE-HEIGHT: 2">{B03_LAST}</P>\n'
            '<P><IMG src="http://www.youyang.gov.cn/zwxx/bmdt/202602/W020260212386145623980.jpg" width=600 height=400></P>\n'
            '</DIV></BODY></HTML>\n')
    body = quopri.encodestring(html.encode("gb2312")).decode("ascii")
    subject = base64.b64encode((B03_HEAD + "_酉阳土家族苗族自治县人民政府").encode("gb2312")).decode("ascii")
    picture = base64.b64encode(bytes((i * 37 + 11) % 256 for i in range(270))).decode("ascii")
    picture = "\n".join(picture[i:i + 76] for i in range(0, len(picture), 76))
    text = ("From: <由 Windows Internet Explorer 11 保存>\n"
            f"Subject: =?gb2312?B?{subject}?=\n"
            "Date: Thu, 12 Feb 2026 15:42:07 +0800\n"
            "MIME-Version: 1.0\n"
            "Content-Type: multipart/related;\n"
            '\ttype="text/html";\n'
            f'\tboundary="{_B03_BOUNDARY}"\n'
            "X-MimeOLE: Produced By Microsoft MimeOLE V10.0.19041.4355\n\n"
            "This is a multi-part message in MIME format.\n\n"
            f"--{_B03_BOUNDARY}\n"
            "Content-Type: text/html;\n"
            '\tcharset="gb2312"\n'
            "Content-Transfer-Encoding: quoted-printable\n"
            "Content-Location: http://www.youyang.gov.cn/zwxx/bmdt/202602/t20260212_1386145.html\n\n"
            + body + "\n"
            f"--{_B03_BOUNDARY}\n"
            "Content-Type: image/jpeg\n"
            "Content-Transfer-Encoding: base64\n"
            "Content-Location: http://www.youyang.gov.cn/zwxx/bmdt/202602/W020260212386145623980.jpg\n\n"
            + picture + "\n\n"
            f"--{_B03_BOUNDARY}--\n")
    return text.replace("\n", "\r\n").encode("gb2312")  # (IE writes its From line in the system's code page)


def _b03_clean() -> str:
    """The page as the browser shows it: the headline, the paragraphs, the table's rows with cells joined by |."""
    return "\n".join([B03_HEAD, *B03_PARAS, *("|".join(r) for r in B03_TABLE), B03_LAST])


B04_TITLE = "五指山市2025年就业工作取得新成效"
B04_PARAS = [
    "2025年，五指山市城镇新增就业3180人，完成省下达任务的106.4%；失业人员再就业860人，就业困难人员就业412人。",
    "全年农村劳动力转移就业2.16万人，其中省外转移就业4860人。开展职业技能培训6200人次，发放培训补贴986万元，同比增长12.5%。",
    "发放创业担保贷款6800万元，扶持创业245人，带动就业730人。年末城镇登记失业率2.3%。",
    "2026年，全市计划城镇新增就业3000人以上。",
]


def _b04() -> str:
    """The cURL command as a browser's network panel copies it, the form body URL-encoded."""
    fields = [("channelId", "1206"), ("title", B04_TITLE), ("author", "市人力资源和社会保障局"),
              ("publishDate", "2026-01-20 09:30:00"), ("content", "".join(f"<p>{p}</p>" for p in B04_PARAS)),
              ("attachIds", "3386,3387"), ("status", "1"), ("_csrf", "8f3a2c61-94d0-4b7e-a215-60c9e8d41f27")]
    body = "&".join(f"{k}={quote_plus(v)}" for k, v in fields)
    return ("curl 'https://www.wzs.gov.cn/cms/admin/article/save' \\\n"
            "  -H 'Accept: application/json, text/javascript, */*; q=0.01' \\\n"
            "  -H 'Accept-Language: zh-CN,zh;q=0.9' \\\n"
            "  -H 'Content-Type: application/x-www-form-urlencoded; charset=UTF-8' \\\n"
            "  -H 'Cookie: JSESSIONID=5C1E0B7A93F24D8E61A2B7C4D09E3F58; cms_lang=zh_CN' \\\n"
            "  -H 'Origin: https://www.wzs.gov.cn' \\\n"
            "  -H 'Referer: https://www.wzs.gov.cn/cms/admin/article/edit?id=20260120386' \\\n"
            "  -H 'User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36' \\\n"
            f"  --data-raw '{body}'\n")


B05_TITLE = "宁河区2025年卫生健康财政资金使用情况"
B05_PARAS = [
    "天津市宁河区财政局　2026年2月6日",
    "2025年，宁河区卫生健康支出9.62亿元，同比增长5.7%，其中公共卫生支出1.86亿元。区财政安排基层医疗卫生机构建设资金3200万元，新建改建村卫生室46个。",
    "截至年末，全区医疗卫生机构实有床位2186张，每千常住人口床位5.08张。区中医医院扩建项目完成投资1.24亿元，新增床位180张。",
    "2026年，全区卫生健康支出预算安排9.8亿元。",
]


def _rtf_text(text: str) -> str:
    """Text as RTF writes it under \\ansicpg936: ASCII as it is (\\, { and } escaped), each GBK byte \\'hh."""
    out = []
    for ch in text:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ord(ch) < 128:
            out.append(ch)
        else:
            out.append("".join(f"\\'{b:02x}" for b in ch.encode("gbk")))
    return "".join(out)


def _b05() -> str:
    """The RTF file WordPad saves: its head, the headline in bold at size 16, the paragraphs at size 12."""
    head = ("{\\rtf1\\ansi\\ansicpg936\\deff0\\nouicompat\\deflang1033\\deflangfe2052{\\fonttbl{\\f0\\fnil\\fcharset134 "
            + _rtf_text("宋体") + ";}{\\f1\\fnil\\fcharset0 Calibri;}}\n"
            "{\\*\\generator Riched20 10.0.19041}\\viewkind4\\uc1 \n")
    lines = ["\\pard\\sa200\\sl276\\slmult1\\qc\\b\\f0\\fs32\\lang2052 " + _rtf_text(B05_TITLE) + "\\par"]
    lines.append("\\pard\\sa200\\sl276\\slmult1\\qr\\b0\\fs24 " + _rtf_text(B05_PARAS[0]) + "\\par")
    lines += ["\\pard\\sa200\\sl276\\slmult1\\fi480 " + _rtf_text(p) + "\\par" for p in B05_PARAS[1:]]
    return head + "\n".join(lines) + "\n}\n"


TEXTS = {"b01": _b01().encode("utf-8"), "b02": _b02().encode("utf-8"), "b03": _b03(),
         "b04": _b04().encode("ascii"), "b05": _b05().encode("ascii")}

MANIFEST = [("b01", "2026-01-26", "上海市崇明区人力资源和社会保障局"), ("b02", "2026-01-18", "西吉县财政局"),
            ("b03", "2026-02-12", "酉阳土家族苗族自治县卫生健康委员会"), ("b04", "2026-01-20", "五指山市人力资源和社会保障局"),
            ("b05", "2026-02-06", "天津市宁河区财政局")]

# (doc, quote, value, measure, qualifier, role, topic, place, period, context[, tier])
CM, XJ, YY, WZ, NH = "崇明区", "西吉县", "酉阳土家族苗族自治县", "五指山市", "宁河区"
F: list[tuple] = [
    ("b01", "1.26万个", 12600, "个", "exact", "level", "jobs", CM, "2025", "崇明区新增就业岗位1.26万个"),
    ("b01", "105.3%", 105.3, "%", "exact", "level", "jobs", CM, "2025", "完成市下达目标的105.3%"),
    ("b01", "386人", 386, "人", "exact", "level", "jobs", CM, "2025", "帮助长期失业青年就业创业386人"),
    ("b01", "1120人", 1120, "人", "exact", "level", "jobs", CM, "2025", "援助就业困难人员就业1120人"),
    ("b01", "4.2%", 4.2, "%", "exact", "level", "jobs", CM, "2025", "城镇调查失业率4.2%"),
    ("b01", "2.48万人次", 24800, "人次", "exact", "level", "jobs", CM, "2025", "开展补贴性职业技能培训2.48万人次"),
    ("b01", "3860万元", 38600000, "元", "exact", "level", "money", CM, "2025", "发放职业培训补贴3860万元"),
    ("b01", "6.4%", 6.4, "%", "exact", "change", "percent", CM, "2025", "同比增长6.4%"),
    ("b01", "1.05亿元", 105000000, "元", "exact", "level", "money", CM, "2025", "发放创业担保贷款1.05亿元"),
    ("b01", "520人", 520, "人", "exact", "level", "jobs", CM, "2025", "扶持成功创业520人"),
    ("b01", "1890人", 1890, "人", "exact", "level", "jobs", CM, "2025", "带动就业1890人"),
    ("b01", "1460", 1460, "人", "exact", "level", "jobs", CM, "2025", "高校毕业生|人|1460|4.2"),
    ("b01", "4.2", 4.2, "%", "exact", "change", "percent", CM, "2025", "高校毕业生|人|1460|4.2"),
    ("b01", "2380", 2380, "人", "exact", "level", "jobs", CM, "2025", "农村富余劳动力|人|2380|3.6"),
    ("b01", "3.6", 3.6, "%", "exact", "change", "percent", CM, "2025", "农村富余劳动力|人|2380|3.6"),
    ("b01", "1.2万个以上", 12000, "个", "lower_bound", "target", "jobs", CM, "2026", "全区计划新增就业岗位1.2万个以上"),
    ("b01", "4.5%以内", 4.5, "%", "upper_bound", "target", "jobs", CM, "2026", "城镇调查失业率控制在4.5%以内"),
    ("b02", "5.86亿元", 586000000, "元", "exact", "level", "money", XJ, "2025", "西吉县一般公共预算收入5.86亿元"),
    ("b02", "4.8%", 4.8, "%", "exact", "change", "percent", XJ, "2025", "同比增长4.8%"),
    ("b02", "3.12亿元", 312000000, "元", "exact", "level", "money", XJ, "2025", "其中税收收入3.12亿元"),
    ("b02", "3.5%", 3.5, "%", "exact", "change", "percent", XJ, "2025", "3.12亿元，增长3.5%"),
    ("b02", "2.46亿元", 246000000, "元", "exact", "level", "money", XJ, "2025", "政府性基金预算收入2.46亿元"),
    ("b02", "48.6亿元", 4860000000, "元", "exact", "level", "money", XJ, "2025", "一般公共预算支出48.6亿元"),
    ("b02", "2.1%", 2.1, "%", "exact", "change", "percent", XJ, "2025", "48.6亿元，增长2.1%"),
    ("b02", "38.9亿元", 3890000000, "元", "exact", "level", "money", XJ, "2025", "其中民生支出38.9亿元"),
    ("b02", "80.0%", 80.0, "%", "exact", "level", "percent", XJ, "2025", "占一般公共预算支出的80.0%"),
    ("b02", "8.62", 862000000, "元", "exact", "level", "money", XJ, "2025", "教育支出|8.62|3.4"),
    ("b02", "3.4", 3.4, "%", "exact", "change", "percent", XJ, "2025", "教育支出|8.62|3.4"),
    ("b02", "9.14", 914000000, "元", "exact", "level", "money", XJ, "2025", "社会保障和就业支出|9.14|5.2"),
    ("b02", "5.2", 5.2, "%", "exact", "change", "percent", XJ, "2025", "社会保障和就业支出|9.14|5.2"),
    ("b02", "4.37", 437000000, "元", "exact", "level", "money", XJ, "2025", "卫生健康支出|4.37|1.8"),
    ("b02", "1.8", 1.8, "%", "exact", "change", "percent", XJ, "2025", "卫生健康支出|4.37|1.8"),
    ("b02", "5%左右", 5, "%", "approx", "target", "percent", XJ, "2026", "一般公共预算收入预期增长5%左右"),
    ("b02", "46.2亿元", 4620000000, "元", "exact", "target", "money", XJ, "2026", "一般公共预算支出安排46.2亿元"),
    ("b03", "586个", 586, "个", "exact", "level", "other", YY, "2025", "全县共有医疗卫生机构586个"),
    ("b03", "3260张", 3260, "张", "exact", "level", "beds", YY, "2025", "实有床位3260张"),
    ("b03", "148张", 148, "张", "exact", "change", "beds", YY, "2025", "比上年末增加148张"),
    ("b03", "4.8%", 4.8, "%", "exact", "change", "percent", YY, "2025", "148张，增长4.8%"),
    ("b03", "5.42张", 5.42, "张", "exact", "level", "beds", YY, "2025", "每千常住人口床位5.42张"),
    ("b03", "4120人", 4120, "人", "exact", "level", "other", YY, "2025", "全县卫生技术人员4120人"),
    ("b03", "1380人", 1380, "人", "exact", "level", "other", YY, "2025", "其中执业（助理）医师1380人"),
    ("b03", "312.6万人次", 3126000, "人次", "exact", "level", "other", YY, "2025", "全年总诊疗人次312.6万人次"),
    ("b03", "3.9%", 3.9, "%", "exact", "change", "percent", YY, "2025", "同比增长3.9%"),
    ("b03", "400张", 400, "张", "exact", "level", "beds", YY, "2025", "新增床位400张"),
    ("b03", "6.8亿元", 680000000, "元", "exact", "level", "money", YY, "2025", "项目总投资6.8亿元"),
    ("b03", "1186", 1186, "张", "exact", "level", "beds", YY, "2025", "乡镇卫生院床位|张|1186|2.6"),
    ("b03", "2.6", 2.6, "%", "exact", "change", "percent", YY, "2025", "乡镇卫生院床位|张|1186|2.6"),
    ("b03", "642", 642, "张", "exact", "level", "beds", YY, "2025", "民营医院床位|张|642|9.3"),
    ("b03", "9.3", 9.3, "%", "exact", "change", "percent", YY, "2025", "民营医院床位|张|642|9.3"),
    ("b03", "260张", 260, "张", "exact", "target", "beds", YY, "2026", "全县计划新增床位260张"),
    ("b03", "5.8张以上", 5.8, "张", "lower_bound", "target", "beds", YY, "2026", "每千常住人口床位达到5.8张以上"),
    ("b04", "3180人", 3180, "人", "exact", "level", "jobs", WZ, "2025", "五指山市城镇新增就业3180人"),
    ("b04", "106.4%", 106.4, "%", "exact", "level", "jobs", WZ, "2025", "完成省下达任务的106.4%"),
    ("b04", "860人", 860, "人", "exact", "level", "jobs", WZ, "2025", "失业人员再就业860人"),
    ("b04", "412人", 412, "人", "exact", "level", "jobs", WZ, "2025", "就业困难人员就业412人"),
    ("b04", "2.16万人", 21600, "人", "exact", "level", "jobs", WZ, "2025", "全年农村劳动力转移就业2.16万人"),
    ("b04", "4860人", 4860, "人", "exact", "level", "jobs", WZ, "2025", "其中省外转移就业4860人"),
    ("b04", "6200人次", 6200, "人次", "exact", "level", "jobs", WZ, "2025", "开展职业技能培训6200人次"),
    ("b04", "986万元", 9860000, "元", "exact", "level", "money", WZ, "2025", "发放培训补贴986万元"),
    ("b04", "12.5%", 12.5, "%", "exact", "change", "percent", WZ, "2025", "同比增长12.5%"),
    ("b04", "6800万元", 68000000, "元", "exact", "level", "money", WZ, "2025", "发放创业担保贷款6800万元"),
    ("b04", "245人", 245, "人", "exact", "level", "jobs", WZ, "2025", "扶持创业245人"),
    ("b04", "730人", 730, "人", "exact", "level", "jobs", WZ, "2025", "带动就业730人"),
    ("b04", "2.3%", 2.3, "%", "exact", "level", "jobs", WZ, "2025", "年末城镇登记失业率2.3%"),
    ("b04", "3000人以上", 3000, "人", "lower_bound", "target", "jobs", WZ, "2026", "全市计划城镇新增就业3000人以上"),
    ("b05", "9.62亿元", 962000000, "元", "exact", "level", "money", NH, "2025", "宁河区卫生健康支出9.62亿元"),
    ("b05", "5.7%", 5.7, "%", "exact", "change", "percent", NH, "2025", "同比增长5.7%"),
    ("b05", "1.86亿元", 186000000, "元", "exact", "level", "money", NH, "2025", "其中公共卫生支出1.86亿元"),
    ("b05", "3200万元", 32000000, "元", "exact", "level", "money", NH, "2025", "基层医疗卫生机构建设资金3200万元"),
    ("b05", "46个", 46, "个", "exact", "level", "other", NH, "2025", "新建改建村卫生室46个"),
    ("b05", "2186张", 2186, "张", "exact", "level", "beds", NH, "2025", "全区医疗卫生机构实有床位2186张"),
    ("b05", "5.08张", 5.08, "张", "exact", "level", "beds", NH, "2025", "每千常住人口床位5.08张"),
    ("b05", "1.24亿元", 124000000, "元", "exact", "level", "money", NH, "2025", "扩建项目完成投资1.24亿元"),
    ("b05", "180张", 180, "张", "exact", "level", "beds", NH, "2025", "新增床位180张"),
    ("b05", "9.8亿元", 980000000, "元", "exact", "target", "money", NH, "2026", "全区卫生健康支出预算安排9.8亿元"),
]


def _clean(doc: str) -> str:
    """The text as its program shows it, lines kept (a table's rows as their cells joined by |)."""
    if doc == "b01":
        return _b01_clean()
    if doc == "b02":
        return _b02_clean()
    if doc == "b03":
        return _b03_clean()
    if doc == "b04":
        return "\n".join([B04_TITLE, *B04_PARAS])
    return "\n".join([B05_TITLE, *B05_PARAS])


# the clean text, lines joined (table rows kept a line each, for contexts with |)
_probe = joined(_clean, rows_kept=True)


def main() -> None:
    """Write the texts, the manifest and the gold (damaged28's `write_set`), after checking that each damage reads
    back to the clean text: b03's quoted-printable and b04's URL encoding decode to the page, b02's JSON loads."""
    from urllib.parse import parse_qs
    mht = TEXTS["b03"].decode("gb2312").replace("\r\n", "\n")
    part = mht.split("quoted-printable\n")[1].split("\n\n", 1)[1].split("\n--")[0]
    page = quopri.decodestring(part.encode("ascii")).decode("gb2312")
    assert all(p in page for p in B03_PARAS)
    form = parse_qs(TEXTS["b04"].decode("ascii").split("--data-raw '")[1].rstrip("'\n"))
    assert form["content"][0] == "".join(f"<p>{p}</p>" for p in B04_PARAS)
    assert json.loads(TEXTS["b02"])["nbformat"] == 4
    write_set(OUT, TEXTS, MANIFEST, F, _probe)


if __name__ == "__main__":
    main()
