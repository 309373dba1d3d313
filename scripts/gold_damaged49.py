r"""Build data/gold/damaged49: five texts of our own, each in a form real text comes in that no damaged set used yet
(one kind a text; the texts are written clean, the form is made by the code below):

- r01 (镇坪县, Shaanxi, jobs): a county TV item's captions as YouTube Studio and many captioning tools export them
  (SubViewer's .sbv): no cue numbers, each cue a timing line of two times parted by a comma (0:00:03.200,0:00:06.840)
  over its text, a blank line after it; the narration's commas and full stops dropped, one clause a cue, a clause
  longer than 14 characters cut where the count falls (never inside a number: between a label and its number or
  between a number and its unit).
- r02 (泾川县, Gansu, beds): a health bureau's sheet as its .xlsx holds it (xl/worksheets/sheet1.xml, read out of the
  archive as text), written by a Java report system that streams its cells as inline strings (Apache POI's SXSSF):
  the declaration, then the worksheet on one line: its dimension, sheet view, column widths (width="32.7109375") and
  row heights (ht="22.5"), each row a <row r="4" spans="1:3">, each text cell an inlineStr (<c r="A4" s="2"
  t="inlineStr"><is><t>…</t></is></c>, one a rich string of two runs), each number cell its value in <v> (a year's
  column of beds and institutions, units in the labels), a date cell as Excel's serial number (46042: the sheet's
  date, no figure), a note row of prose with figures of its own, merged cells and the page's margins and setup.
- r03 (龙州县, Guangxi, money): a finance bureau's article passed through a Java web system that read its GBK bytes as
  ISO-8859-1 (the classic Tomcat 乱码) and saved what it read as UTF-8: every Han character and full-width mark is two
  Latin-1 characters (È«ÏØ for 全县, C1 controls and no-break spaces among them), the digits, points and % standing
  as they were; a head of 标题/发布时间/来源 lines, CRLF line ends.
- r04 (安图县, Jilin, jobs): a crawler's CSV whose body column a Python 3 script wrote from bytes (csv.writer given
  response bytes writes their repr): url, title, publish_time, crawl_time and status as text, the body
  b'\xe5\xae\x89\xe5\x9b\xbe…' with every UTF-8 byte of the Han text a \xhh escape, the digits, points and % standing
  between them (\xe4\xba\xba1385: hex digits glued to the figure), the paragraph breaks written \n; a second row of
  another page (a notice: no figures).
- r05 (阳新县, Hubei, beds and money): a county TV item's captions as a SAMI file (.smi, Microsoft's format that
  Windows Media and older Chinese subtitle tools write): <SAMI>, a <HEAD> with its TITLE (the programme and its date),
  SAMIParam metrics and a <STYLE> of font sizes and margins (24pt, 2pt) and a language class, then <SYNC Start=…>
  lines of milliseconds, each with its <P Class=ZHCC> cue, and an &nbsp; cue clearing the screen between clauses;
  the narration's commas and full stops dropped, cues cut at 14 characters (never inside a number).

The gold is written by hand from the clean texts per /work/shared/gold/GUIDE.md, never from what stats extracts.
Quotes are written as the figure stands in the clean text; a sheet cell's measure from its row's label.

    .venv/bin/python scripts/gold_damaged49.py      # writes data/gold/damaged49/{texts,damaged49.jsonl}
"""

from __future__ import annotations

import ast
import csv
import html
import io
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
from gold_damaged28 import joined, wrap, write_set  # noqa: E402

OUT = ROOT / "data" / "gold" / "damaged49"
_CUE = 14

# r01: the narration (its first clause the headline)
R01_TITLE = "镇坪县2025年就业创业工作综述"
R01_TEXT = ("2025年，镇坪县城镇新增就业1126人，完成年度目标任务的112.6%；城镇失业人员再就业286人，"
            "就业困难人员实现就业94人。全年转移农村劳动力就业2.38万人，实现劳务收入14.6亿元，同比增长6.2%。"
            "全县开展职业技能培训1840人次，发放培训补贴216万元。发放创业担保贷款6380万元，扶持创业342人，"
            "带动就业1065人。2026年，全县计划城镇新增就业1100人以上，城镇调查失业率控制在5.5%以内。")


def _cues(title: str, text: str) -> list[str]:
    cues = [title]
    for clause in filter(None, re.split("[，。；]", text)):
        cues += wrap(clause, _CUE)
    return cues


def _sbv_time(ms: int) -> str:
    return f"{ms // 3600000}:{ms // 60000 % 60:02d}:{ms // 1000 % 60:02d}.{ms % 1000:03d}"


def _r01() -> str:
    out, t = [], 0
    for cue in _cues(R01_TITLE, R01_TEXT):
        end = t + 800 + 240 * len(cue)
        out += [f"{_sbv_time(t)},{_sbv_time(end)}", cue, ""]
        t = end + 40
    return "\n".join(out)


def _r01_clean() -> str:
    return R01_TITLE + "\n" + R01_TEXT


# r02: the sheet: rows of (label, 2025, 2024)
R02_TITLE = "泾川县2025年医疗卫生资源情况"
R02_ROWS = [
    ("医疗卫生机构（个）", "268", "265"),
    ("其中：医院（个）", "9", "9"),
    ("医疗卫生机构实有床位（张）", "2846", "2712"),
    ("其中：医院床位（张）", "2108", "1996"),
    ("基层医疗卫生机构床位（张）", "652", "634"),
    ("妇幼保健院床位（张）", "88", "82"),
    ("每千常住人口床位（张）", "7.36", "7.02"),
]
R02_NOTE = "注：2025年全县新增床位134张，主要是县中医医院新院区投入使用；2026年计划新增床位120张。"
_NS = ('xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
       'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
       'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac" '
       'xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac"')


def _istr(ref: str, style: int, text: str) -> str:
    return f'<c r="{ref}" s="{style}" t="inlineStr"><is><t>{html.escape(text, quote=False)}</t></is></c>'


def _r02() -> str:
    rows = [f'<row r="1" spans="1:3" ht="22.5" customHeight="1" x14ac:dyDescent="0.25">{_istr("A1", 1, R02_TITLE)}'
            '<c r="B1" s="1"/><c r="C1" s="1"/></row>',
            f'<row r="2" spans="1:3" x14ac:dyDescent="0.25">{_istr("A2", 4, "填报单位：泾川县卫生健康局")}'
            '<c r="B2" s="4"/><c r="C2" s="6"><v>46042</v></c></row>',
            f'<row r="3" spans="1:3" ht="18.75" customHeight="1" x14ac:dyDescent="0.25">{_istr("A3", 2, "指标")}'
            f'{_istr("B3", 2, "2025年")}{_istr("C3", 2, "2024年")}</row>']
    for i, (label, now, before) in enumerate(R02_ROWS, start=4):
        if label.startswith("其中：医院床位"):
            cell = (f'<c r="A{i}" s="3" t="inlineStr"><is><r><t>其中：</t></r><r><rPr><b/><sz val="11"/>'
                    f'<rFont val="宋体"/><family val="3"/><charset val="134"/></rPr><t>{label[3:]}</t></r></is></c>')
        else:
            cell = _istr(f"A{i}", 3, label)
        style = 7 if "." in now else 5
        rows.append(f'<row r="{i}" spans="1:3" x14ac:dyDescent="0.25">{cell}<c r="B{i}" s="{style}"><v>{now}</v></c>'
                    f'<c r="C{i}" s="{style}"><v>{before}</v></c></row>')
    n = len(R02_ROWS) + 4
    rows.append(f'<row r="{n}" spans="1:3" ht="33" customHeight="1" x14ac:dyDescent="0.25">{_istr(f"A{n}", 8, R02_NOTE)}'
                f'<c r="B{n}" s="8"/><c r="C{n}" s="8"/></row>')
    sheet = (f'<worksheet {_NS}><dimension ref="A1:C{n}"/><sheetViews><sheetView tabSelected="1" workbookViewId="0">'
             '<selection activeCell="B6" sqref="B6"/></sheetView></sheetViews>'
             '<sheetFormatPr defaultRowHeight="13.5" x14ac:dyDescent="0.25"/><cols>'
             '<col min="1" max="1" width="32.7109375" customWidth="1"/>'
             '<col min="2" max="3" width="12.42578125" customWidth="1"/></cols>'
             f'<sheetData>{"".join(rows)}</sheetData><mergeCells count="2"><mergeCell ref="A1:C1"/>'
             f'<mergeCell ref="A{n}:C{n}"/></mergeCells>'
             '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
             '<pageSetup paperSize="9" orientation="portrait" horizontalDpi="600" verticalDpi="600"/></worksheet>')
    return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' + sheet


def _r02_clean() -> str:
    return "\n".join([R02_TITLE, "填报单位：泾川县卫生健康局", "指标|2025年|2024年",
                      *("|".join(r) for r in R02_ROWS), R02_NOTE])


# r03: the article (the first line the headline)
R03_PARAS = [
    "龙州县2025年财政预算执行情况",
    "2025年，全县一般公共预算收入完成5.86亿元，同比增长4.7%，其中税收收入3.62亿元，增长3.1%。",
    "一般公共预算支出42.38亿元，增长2.9%，其中民生支出33.56亿元，占一般公共预算支出的79.2%，"
    "教育支出8.16亿元。",
    "全年争取上级转移支付资金31.4亿元，新增政府债券资金7.2亿元，其中专项债券5.1亿元。",
    "政府性基金预算收入2.14亿元，下降12.6%，主要是国有土地使用权出让收入减少。",
    "2026年，全县一般公共预算收入预期增长5%左右。",
]
R03_HEAD = ["标题：龙州县2025年财政预算执行情况", "发布时间：2026-01-21 10:30:00", "来源：龙州县财政局", ""]


def _r03() -> bytes:
    text = "\r\n".join([*R03_HEAD, *R03_PARAS]) + "\r\n"
    return text.encode("gbk").decode("latin-1").encode("utf-8")


def _r03_clean() -> str:
    return "\n".join(R03_PARAS)


# r04: the article's paragraphs; the crawler's rows
R04_TITLE = "安图县2025年就业工作成效明显"
R04_PARAS = [
    "2025年，安图县城镇新增就业1385人，完成年度目标任务的115.4%；城镇失业人员再就业326人，"
    "就业困难人员实现就业108人，年末城镇登记失业率3.2%。",
    "全年转移农村劳动力就业1.96万人，实现劳务收入12.8亿元，同比增长5.1%。",
    "全县开发公益性岗位218个，开展职业技能培训2460人次，发放培训补贴265万元。",
    "发放创业担保贷款7420万元，扶持创业396人，带动就业1248人。",
    "2026年，全县计划城镇新增就业1300人以上。",
]
R04_OTHER = ("关于开展2026年春风行动专场招聘活动的通知",
             ["各乡镇、各有关单位：",
              "为促进春节后务工人员就业，县人社局定于春节后举办春风行动专场招聘活动，请各单位做好组织工作。",
              "安图县人力资源和社会保障局"])


def _r04() -> str:
    base = "http://www.antu.gov.cn/xxgk/gzdt/202601/"
    rows = [["url", "title", "publish_time", "crawl_time", "status", "body"],
            [base + "t20260121_486512.html", R04_TITLE, "2026-01-21 09:00", "2026-01-21 15:42:07", "200",
             str("\n".join(R04_PARAS).encode("utf-8"))],
            [base + "t20260119_486237.html", R04_OTHER[0], "2026-01-19 16:20", "2026-01-21 15:42:09", "200",
             str("\n".join(R04_OTHER[1]).encode("utf-8"))]]
    buf = io.StringIO()
    csv.writer(buf).writerows(rows)
    return buf.getvalue()


def _r04_clean() -> str:
    return "\n".join([R04_TITLE, *R04_PARAS, R04_OTHER[0], *R04_OTHER[1]])


# r05: the narration (its first clause the headline)
R05_TITLE = "阳新县卫生健康事业发展取得新进展"
R05_TEXT = ("记者从县卫生健康局获悉，截至2025年末，全县医疗卫生机构实有床位4326张，比上年末增加218张，"
            "每千常住人口医疗卫生机构床位5.64张，全县共有乡镇卫生院22个，村卫生室398个。2025年，全县卫生健康支出"
            "6.48亿元，同比增长4.3%，争取中央和省级补助资金1.26亿元。县人民医院综合楼项目完成投资8960万元，"
            "新增床位300张。2026年，全县计划新增床位240张，卫生健康支出预期增长4%左右。")


def _r05() -> str:
    out = ["<SAMI>", "<HEAD>", "<TITLE>阳新新闻 2026年1月23日</TITLE>", "<SAMIParam>", "  Metrics {time:ms;}",
           "  Spec {MSFT:1.0;}", "</SAMIParam>", '<STYLE TYPE="text/css">', "<!--",
           "P { font-family: 微软雅黑; font-size: 24pt; text-align: center; color: #FFFFFF; background-color: #000000;",
           "    margin-left: 2pt; margin-right: 2pt; margin-bottom: 2pt; }",
           ".ZHCC { Name: 简体中文; lang: zh-CN; SAMIType: CC; }", "-->", "</STYLE>", "</HEAD>", "<BODY>"]
    t = 0
    for i, cue in enumerate(_cues(R05_TITLE, R05_TEXT)):
        out.append(f"<SYNC Start={t}><P Class=ZHCC>{cue}")
        t += 600 + 230 * len(cue)
        if i % 3 == 2:
            out.append(f"<SYNC Start={t}><P Class=ZHCC>&nbsp;")
            t += 400
    out += ["</BODY>", "</SAMI>"]
    return "\r\n".join(out) + "\r\n"


def _r05_clean() -> str:
    return R05_TITLE + "\n" + R05_TEXT


TEXTS = {"r01": _r01().encode("utf-8"), "r02": _r02().encode("utf-8"), "r03": _r03(),
         "r04": _r04().encode("utf-8"), "r05": _r05().encode("utf-8")}

MANIFEST = [("r01", "2026-01-20", "镇坪县融媒体中心"), ("r02", "2026-01-20", "泾川县卫生健康局"),
            ("r03", "2026-01-21", "龙州县财政局"), ("r04", "2026-01-21", "安图县人力资源和社会保障局"),
            ("r05", "2026-01-23", "阳新县融媒体中心")]

# (doc, quote, value, measure, qualifier, role, topic, place, period, context[, tier])
ZP, JC, LZ, AT, YX = "镇坪县", "泾川县", "龙州县", "安图县", "阳新县"
F: list[tuple] = [
    ("r01", "1126人", 1126, "人", "exact", "level", "jobs", ZP, "2025", "镇坪县城镇新增就业1126人"),
    ("r01", "112.6%", 112.6, "%", "exact", "level", "jobs", ZP, "2025", "完成年度目标任务的112.6%"),
    ("r01", "286人", 286, "人", "exact", "level", "jobs", ZP, "2025", "城镇失业人员再就业286人"),
    ("r01", "94人", 94, "人", "exact", "level", "jobs", ZP, "2025", "就业困难人员实现就业94人"),
    ("r01", "2.38万人", 23800, "人", "exact", "level", "jobs", ZP, "2025", "全年转移农村劳动力就业2.38万人"),
    ("r01", "14.6亿元", 1460000000, "元", "exact", "level", "money", ZP, "2025", "实现劳务收入14.6亿元"),
    ("r01", "6.2%", 6.2, "%", "exact", "change", "percent", ZP, "2025", "同比增长6.2%"),
    ("r01", "1840人次", 1840, "人次", "exact", "level", "jobs", ZP, "2025", "开展职业技能培训1840人次"),
    ("r01", "216万元", 2160000, "元", "exact", "level", "money", ZP, "2025", "发放培训补贴216万元"),
    ("r01", "6380万元", 63800000, "元", "exact", "level", "money", ZP, "2025", "发放创业担保贷款6380万元"),
    ("r01", "342人", 342, "人", "exact", "level", "jobs", ZP, "2025", "扶持创业342人"),
    ("r01", "1065人", 1065, "人", "exact", "level", "jobs", ZP, "2025", "带动就业1065人"),
    ("r01", "1100人以上", 1100, "人", "lower_bound", "target", "jobs", ZP, "2026", "全县计划城镇新增就业1100人以上"),
    ("r01", "5.5%以内", 5.5, "%", "upper_bound", "target", "jobs", ZP, "2026", "城镇调查失业率控制在5.5%以内"),
    ("r02", "268", 268, "个", "exact", "level", "other", JC, "2025", "医疗卫生机构（个）|268|265"),
    ("r02", "265", 265, "个", "exact", "level", "other", JC, "2024", "医疗卫生机构（个）|268|265"),
    ("r02", "9", 9, "个", "exact", "level", "other", JC, "2025", "其中：医院（个）|9|9"),
    ("r02", "9", 9, "个", "exact", "level", "other", JC, "2024", "其中：医院（个）|9|9"),
    ("r02", "2846", 2846, "张", "exact", "level", "beds", JC, "2025", "医疗卫生机构实有床位（张）|2846|2712"),
    ("r02", "2712", 2712, "张", "exact", "level", "beds", JC, "2024", "医疗卫生机构实有床位（张）|2846|2712"),
    ("r02", "2108", 2108, "张", "exact", "level", "beds", JC, "2025", "其中：医院床位（张）|2108|1996"),
    ("r02", "1996", 1996, "张", "exact", "level", "beds", JC, "2024", "其中：医院床位（张）|2108|1996"),
    ("r02", "652", 652, "张", "exact", "level", "beds", JC, "2025", "基层医疗卫生机构床位（张）|652|634"),
    ("r02", "634", 634, "张", "exact", "level", "beds", JC, "2024", "基层医疗卫生机构床位（张）|652|634"),
    ("r02", "88", 88, "张", "exact", "level", "beds", JC, "2025", "妇幼保健院床位（张）|88|82"),
    ("r02", "82", 82, "张", "exact", "level", "beds", JC, "2024", "妇幼保健院床位（张）|88|82"),
    ("r02", "7.36", 7.36, "张", "exact", "level", "beds", JC, "2025", "每千常住人口床位（张）|7.36|7.02"),
    ("r02", "7.02", 7.02, "张", "exact", "level", "beds", JC, "2024", "每千常住人口床位（张）|7.36|7.02"),
    ("r02", "134张", 134, "张", "exact", "level", "beds", JC, "2025", "2025年全县新增床位134张"),
    ("r02", "120张", 120, "张", "exact", "target", "beds", JC, "2026", "2026年计划新增床位120张"),
    ("r03", "5.86亿元", 586000000, "元", "exact", "level", "money", LZ, "2025", "全县一般公共预算收入完成5.86亿元"),
    ("r03", "4.7%", 4.7, "%", "exact", "change", "percent", LZ, "2025", "同比增长4.7%"),
    ("r03", "3.62亿元", 362000000, "元", "exact", "level", "money", LZ, "2025", "其中税收收入3.62亿元"),
    ("r03", "3.1%", 3.1, "%", "exact", "change", "percent", LZ, "2025", "3.62亿元，增长3.1%"),
    ("r03", "42.38亿元", 4238000000, "元", "exact", "level", "money", LZ, "2025", "一般公共预算支出42.38亿元"),
    ("r03", "2.9%", 2.9, "%", "exact", "change", "percent", LZ, "2025", "42.38亿元，增长2.9%"),
    ("r03", "33.56亿元", 3356000000, "元", "exact", "level", "money", LZ, "2025", "其中民生支出33.56亿元"),
    ("r03", "79.2%", 79.2, "%", "exact", "level", "percent", LZ, "2025", "占一般公共预算支出的79.2%"),
    ("r03", "8.16亿元", 816000000, "元", "exact", "level", "money", LZ, "2025", "教育支出8.16亿元"),
    ("r03", "31.4亿元", 3140000000, "元", "exact", "level", "money", LZ, "2025", "争取上级转移支付资金31.4亿元"),
    ("r03", "7.2亿元", 720000000, "元", "exact", "level", "money", LZ, "2025", "新增政府债券资金7.2亿元"),
    ("r03", "5.1亿元", 510000000, "元", "exact", "level", "money", LZ, "2025", "其中专项债券5.1亿元"),
    ("r03", "2.14亿元", 214000000, "元", "exact", "level", "money", LZ, "2025", "政府性基金预算收入2.14亿元"),
    ("r03", "12.6%", 12.6, "%", "exact", "change", "percent", LZ, "2025", "2.14亿元，下降12.6%"),
    ("r03", "5%左右", 5, "%", "approx", "target", "percent", LZ, "2026", "一般公共预算收入预期增长5%左右"),
    ("r04", "1385人", 1385, "人", "exact", "level", "jobs", AT, "2025", "安图县城镇新增就业1385人"),
    ("r04", "115.4%", 115.4, "%", "exact", "level", "jobs", AT, "2025", "完成年度目标任务的115.4%"),
    ("r04", "326人", 326, "人", "exact", "level", "jobs", AT, "2025", "城镇失业人员再就业326人"),
    ("r04", "108人", 108, "人", "exact", "level", "jobs", AT, "2025", "就业困难人员实现就业108人"),
    ("r04", "3.2%", 3.2, "%", "exact", "level", "jobs", AT, "2025", "年末城镇登记失业率3.2%"),
    ("r04", "1.96万人", 19600, "人", "exact", "level", "jobs", AT, "2025", "全年转移农村劳动力就业1.96万人"),
    ("r04", "12.8亿元", 1280000000, "元", "exact", "level", "money", AT, "2025", "实现劳务收入12.8亿元"),
    ("r04", "5.1%", 5.1, "%", "exact", "change", "percent", AT, "2025", "同比增长5.1%"),
    ("r04", "218个", 218, "个", "exact", "level", "jobs", AT, "2025", "全县开发公益性岗位218个"),
    ("r04", "2460人次", 2460, "人次", "exact", "level", "jobs", AT, "2025", "开展职业技能培训2460人次"),
    ("r04", "265万元", 2650000, "元", "exact", "level", "money", AT, "2025", "发放培训补贴265万元"),
    ("r04", "7420万元", 74200000, "元", "exact", "level", "money", AT, "2025", "发放创业担保贷款7420万元"),
    ("r04", "396人", 396, "人", "exact", "level", "jobs", AT, "2025", "扶持创业396人"),
    ("r04", "1248人", 1248, "人", "exact", "level", "jobs", AT, "2025", "带动就业1248人"),
    ("r04", "1300人以上", 1300, "人", "lower_bound", "target", "jobs", AT, "2026", "全县计划城镇新增就业1300人以上"),
    ("r05", "4326张", 4326, "张", "exact", "level", "beds", YX, "2025", "全县医疗卫生机构实有床位4326张"),
    ("r05", "218张", 218, "张", "exact", "change", "beds", YX, "2025", "比上年末增加218张"),
    ("r05", "5.64张", 5.64, "张", "exact", "level", "beds", YX, "2025", "每千常住人口医疗卫生机构床位5.64张"),
    ("r05", "22个", 22, "个", "exact", "level", "other", YX, "2025", "全县共有乡镇卫生院22个"),
    ("r05", "398个", 398, "个", "exact", "level", "other", YX, "2025", "村卫生室398个"),
    ("r05", "6.48亿元", 648000000, "元", "exact", "level", "money", YX, "2025", "全县卫生健康支出6.48亿元"),
    ("r05", "4.3%", 4.3, "%", "exact", "change", "percent", YX, "2025", "同比增长4.3%"),
    ("r05", "1.26亿元", 126000000, "元", "exact", "level", "money", YX, "2025", "争取中央和省级补助资金1.26亿元"),
    ("r05", "8960万元", 89600000, "元", "exact", "level", "money", YX, "2025", "综合楼项目完成投资8960万元"),
    ("r05", "300张", 300, "张", "exact", "level", "beds", YX, "2025", "新增床位300张"),
    ("r05", "240张", 240, "张", "exact", "target", "beds", YX, "2026", "全县计划新增床位240张"),
    ("r05", "4%左右", 4, "%", "approx", "target", "percent", YX, "2026", "卫生健康支出预期增长4%左右"),
]


def _clean(doc: str) -> str:
    """The text as its program shows it (a sheet's rows as cells joined by |)."""
    return {"r01": _r01_clean, "r02": _r02_clean, "r03": _r03_clean, "r04": _r04_clean, "r05": _r05_clean}[doc]()


_probe = joined(_clean, rows_kept=True)


def main() -> None:
    """Write the texts, the manifest and the gold (damaged28's `write_set`), after checking that each form holds
    the clean text: r01's and r05's cues put back, r02's cells read out of the XML, r03's characters read back as
    Latin-1 bytes and those as GBK, r04's body cells read back as the bytes their repr stands for."""
    import xml.etree.ElementTree as ET

    cues = TEXTS["r01"].decode("utf-8").split("\n")[1::3]
    assert "".join(cues) == re.sub("[，。；]", "", _r01_clean().replace("\n", ""))
    ns = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    rows = []
    for row in ET.fromstring(TEXTS["r02"].decode("utf-8").split("\r\n", 1)[1]).iter(f"{ns}row"):
        cells = ["".join(t.text for t in c.iter(f"{ns}t")) or "".join(v.text for v in c.iter(f"{ns}v"))
                 for c in row.iter(f"{ns}c")]
        rows.append("|".join(x for x in cells if x and x != "46042"))
    assert "\n".join(rows) == _r02_clean(), rows
    back = TEXTS["r03"].decode("utf-8").encode("latin-1").decode("gbk").split("\r\n")
    assert back[len(R03_HEAD):-1] == R03_PARAS
    got = list(csv.reader(io.StringIO(TEXTS["r04"].decode("utf-8"))))
    assert ast.literal_eval(got[1][5]).decode("utf-8").split("\n") == R04_PARAS
    assert ast.literal_eval(got[2][5]).decode("utf-8").split("\n") == R04_OTHER[1]
    text = TEXTS["r05"].decode("utf-8")
    cues = [c for c in re.findall(r"<P Class=ZHCC>(.*)\r", text) if c != "&nbsp;"]
    assert "".join(cues) == re.sub("[，。；]", "", _r05_clean().replace("\n", ""))
    write_set(OUT, TEXTS, MANIFEST, F, _probe)


if __name__ == "__main__":
    main()
