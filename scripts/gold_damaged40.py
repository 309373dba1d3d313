r"""Build data/gold/damaged40: five texts of our own, each in a form real text comes in that no damaged set used yet
(one kind a text; the texts are written clean, the form is made by the code below):

- g01 (额敏县, Xinjiang, jobs): a county TV item's subtitles as an Advanced SubStation Alpha file (.ass), as Aegisub
  saves it: [Script Info] with its PlayResX/PlayResY 1920/1080, the [Aegisub Project Garbage] block (a zoom of
  0.500000, an active line), the [V4+ Styles] Format and Style lines (font sizes, &H colours, margins, codepage 134),
  then [Events]: Dialogue lines of ten comma fields (layer, times 0:00:05.00, style, speaker, margins, effect), one
  clause a line, commas and full stops dropped, 、 a space; override tags in braces around and before figures
  ({\c&H00F0FF&\b1}1960{\b0\c}, {\fad(300,300)\pos(960,120)}), a \N line break inside a line, a clause cut
  between two Dialogue lines between its label and its number, and a Comment line (not shown: its 1690人 is no
  figure).
- g02 (桑植县, Hunan, beds): a scanned report as Tesseract writes it in hOCR: the XHTML head (ocr-system,
  ocr-capabilities), an ocr_page whose title holds the image's bbox 0 0 2480 3508 and scan_res 300 300, ocr_carea,
  ocr_par and ocr_line spans with bbox, baseline and x_size titles, and each recognised word an ocrx_word span on a
  line of its own with its bbox and x_wconf (one Han character a word, a number and its point one word); the page's
  lines wrapped at 24 characters, never inside a number.
- g03 (武夷山市, Fujian, money): a finance bureau's sheet saved by Excel as a web page (.htm): the Office
  namespaces, the conditional <!--[if gte mso 9]><xml> block with x:ExcelWorkbook's WindowHeight/WindowWidth, a
  style block of .xl classes (mso-number-format, font sizes in pt), <col> widths and <tr height> rows, cells with
  x:num holding the value Excel keeps (one more precise than the cell shows: x:num="5.1236" shown as 5.1; the figure
  is what the cell shows), thousands commas in the shown text, &nbsp; indents, a merged cell of prose under the table.
- g04 (海伦市, Heilongjiang, jobs): a report kept as an Emacs Org-mode file: #+TITLE/#+DATE/#+OPTIONS keywords, a
  property drawer with an ID and a CREATED timestamp, org emphasis around figures (*2380*, =115.5%=, ~1.42万~), a
  plain list, a footnote reference [fn:1] glued after a figure and its definition at the end, a TODO heading with a
  SCHEDULED timestamp, a #+BEGIN_COMMENT block holding a number of its own (not exported: 2210人 is no figure), and
  an org table with its |---+---| rule and a #+TBLFM line.
- g05 (敦煌市, Gansu, beds and money): a report kept as AsciiDoc source (Asciidoctor): the = title, the author and
  revision lines (v1.3, 2026-01-27), attribute entries (:toclevels: 2, and :beds-plan: 150 that the text uses as
  {beds-plan}张), == sections, unconstrained bold and monospace around figures (**1582**张, ``1.48``亿元), a
  footnote:[…] macro glued after a figure, a // comment line with a number of its own (not shown: 1496张 is no
  figure), an image:: macro with its size (640,360), a NOTE block and a |=== table with [cols="3,1,1,1"].

The gold is written by hand from the clean texts per /work/shared/gold/GUIDE.md, never from what stats extracts:
quotes and contexts as in the clean text, table rows as their cells joined by |, values in base units.

    .venv/bin/python scripts/gold_damaged40.py      # writes data/gold/damaged40/{texts,damaged40.jsonl}
"""
# ruff: noqa: E501, RUF001  (the texts are written as the pages are, full-width marks included)
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
from gold_damaged28 import joined, write_set  # noqa: E402

OUT = ROOT / "data" / "gold" / "damaged40"

# g01: (style, speaker, line text); "{…}" are override tags as written, "\N" a hard line break.
G01_LINES: list[tuple[str, str, str]] = [
    ("标题", "", r"{\fad(300,300)\pos(960,120)}额敏县2025年就业工作综述"),
    ("Default", "解说", "2025年"),
    ("Default", "解说", r"额敏县城镇新增就业{\c&H00F0FF&\b1}1960{\b0\c}人"),
    ("Default", "解说", "完成地区下达任务的108.9%"),
    ("Default", "解说", r"农村富余劳动力转移就业{\b1}4.26万{\b0}人次"),
    ("Default", "解说", r"实现劳务收入9.8亿元\N同比增长7.2%"),
    ("Default", "解说", "全年开展职业技能培训"),
    ("Default", "解说", r"{\c&H00F0FF&}2860人次{\c} 发放培训补贴386万元"),
    ("Default", "解说", "发放创业担保贷款6200万元"),
    ("Default", "解说", r"扶持创业{\b1}540{\b0}人 带动就业1420人"),
    ("Default", "解说", "年末城镇登记失业率2.6%"),
    ("Default", "县人社局副局长", "2026年 我们计划城镇新增就业1900人以上"),
    ("Default", "解说", r"{\fad(0,500)}额敏县融媒体中心 报道"),
]
G01_COMMENT = (5, "此处原稿为1690人 已按人社局数据改正")
G01_CLEAN = ("额敏县2025年就业工作综述。2025年，额敏县城镇新增就业1960人，完成地区下达任务的108.9%，农村富余劳动力转移就业4.26万人次，"
             "实现劳务收入9.8亿元，同比增长7.2%。全年开展职业技能培训2860人次，发放培训补贴386万元。发放创业担保贷款6200万元，扶持创业540人，"
             "带动就业1420人。年末城镇登记失业率2.6%。2026年，我们计划城镇新增就业1900人以上。额敏县融媒体中心报道。")


def _ass_time(cs: int) -> str:
    """An ASS timestamp (h:mm:ss.cc, centiseconds)."""
    return f"{cs // 360000}:{cs // 6000 % 60:02d}:{cs // 100 % 60:02d}.{cs % 100:02d}"


def _g01() -> str:
    """The .ass file as Aegisub saves it (CRLF, BOM)."""
    head = ["[Script Info]", "; Script generated by Aegisub 3.2.2", "; http://www.aegisub.org/",
            "Title: 额敏县2025年就业工作综述", "ScriptType: v4.00+", "WrapStyle: 0", "ScaledBorderAndShadow: yes",
            "YCbCr Matrix: TV.709", "PlayResX: 1920", "PlayResY: 1080", "",
            "[Aegisub Project Garbage]", "Audio File: emx_jy_20260118.mp4", "Video File: emx_jy_20260118.mp4",
            "Video AR Value: 1.777778", "Video Zoom Percent: 0.500000", "Scroll Position: 3", "Active Line: 12",
            "Video Position: 1386", "",
            "[V4+ Styles]",
            "Format: Name, Fontname, Fontsize, PrimaryColour, SecondaryColour, OutlineColour, BackColour, Bold, Italic, "
            "Underline, StrikeOut, ScaleX, ScaleY, Spacing, Angle, BorderStyle, Outline, Shadow, Alignment, MarginL, "
            "MarginR, MarginV, Encoding",
            "Style: Default,方正黑体_GBK,62,&H00FFFFFF,&H000000FF,&H00000000,&H64000000,0,0,0,0,100,100,0,0,1,2.5,1,2,10,10,36,134",
            "Style: 标题,方正小标宋_GBK,80,&H0000F0FF,&H000000FF,&H00000000,&H00000000,-1,0,0,0,100,100,2,0,1,3,0,8,10,10,60,134",
            "", "[Events]", "Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text"]
    events = []
    start = 120
    for n, (style, who, text) in enumerate(G01_LINES):
        end = start + 180 + 22 * len(text)
        events.append(f"Dialogue: {1 if style == '标题' else 0},{_ass_time(start)},{_ass_time(end)},{style},{who},0,0,0,,{text}")
        if n == G01_COMMENT[0]:
            events.append(f"Comment: 0,{_ass_time(start)},{_ass_time(end)},Default,校对,0,0,0,,{G01_COMMENT[1]}")
        start = end + 8
    return "\ufeff" + "\r\n".join(head + events) + "\r\n"


G02_CLEAN = ("桑植县2025年卫生健康工作情况\n"
             "截至2025年末，全县医疗卫生机构实有床位2946张，比上年末增加138张，增长4.9%；每千常住人口床位6.84张。"
             "县人民医院新院区投入使用，新增床位400张；县中医医院开放床位520张。全县乡镇卫生院床位1168张。"
             "全年新增养老机构护理型床位220张，护理型床位占比达到58.6%。县妇幼保健院综合楼项目完成投资1.62亿元。"
             "2026年，全县计划新增床位200张，每千常住人口床位达到7张以上。\n"
             "桑植县卫生健康局\n2026年1月22日")


def _g02_words(line: str) -> list[str]:
    """Tesseract's words for a Han line: one Han character or mark a word, a run of digits and points one word."""
    words: list[str] = []
    for ch in line:
        if (ch.isdigit() or ch == ".") and words and words[-1][-1:].isdigit() | (words[-1][-1:] == "."):
            words[-1] += ch
        else:
            words.append(ch)
    return words


def _wrap(para: str) -> list[str]:
    """A paragraph's page lines: wrapped at 24 characters, never inside a number nor before its unit."""
    lines: list[str] = []
    cur = ""
    for ch in para:
        if len(cur) >= 24 and not (ch.isdigit() or ch == "." or cur[-1:].isdigit() and ch in "%.张亿"):
            lines.append(cur)
            cur = ""
        cur += ch
    lines.append(cur)
    return lines


def _g02() -> str:
    """The hOCR file: head, one page, one carea and par a paragraph, one line a page line, one span a word."""
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"',
           '    "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">',
           '<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en">', " <head>", "  <title></title>",
           '  <meta http-equiv="Content-Type" content="text/html;charset=utf-8"/>',
           "  <meta name='ocr-system' content='tesseract 5.3.0' />",
           "  <meta name='ocr-capabilities' content='ocr_page ocr_carea ocr_par ocr_line ocrx_word ocrp_wconf'/>",
           " </head>", " <body>",
           "  <div class='ocr_page' id='page_1' title='image \"sangzhi_wjj_2026_p1.png\"; bbox 0 0 2480 3508; ppageno 0; scan_res 300 300'>"]
    y = 296
    w = 1
    for p, para in enumerate(G02_CLEAN.split("\n"), 1):
        sub = _wrap(para)
        top = y
        bottom = y + 104 * len(sub) - 16
        out.append(f"   <div class='ocr_carea' id='block_1_{p}' title=\"bbox 236 {top} 2244 {bottom}\">")
        out.append(f"    <p class='ocr_par' id='par_1_{p}' lang='chi_sim' title=\"bbox 236 {top} 2244 {bottom}\">")
        for line in sub:
            out.append(f"     <span class='ocr_line' id='line_1_{w}' title=\"bbox 236 {y} {min(2244, 236 + 83 * len(line))} {y + 88}; "
                       f"baseline 0 -14; x_size 92; x_descenders 14; x_ascenders 0\">")
            x = 236
            for word in _g02_words(line):
                width = 82 if not word[0].isdigit() else 46 * len(word)
                conf = 96 - (7 * w + len(word)) % 11
                out.append(f"      <span class='ocrx_word' id='word_1_{w}' title='bbox {x} {y + 2} {x + width} {y + 86}; x_wconf {conf}'>{word}</span>")
                x += width + 1
                w += 1
            out.append("     </span>")
            y += 104
        out.append("    </p>")
        out.append("   </div>")
        y += 40
    out += ["  </div>", " </body>", "</html>"]
    return "\n".join(out) + "\n"


# g03: (label, unit, shown value, x:num, shown growth, x:num of growth); indent 1 = one &nbsp; pair.
G03_ROWS: list[tuple[str, str, str, str, str, str, int]] = [
    ("一般公共预算收入", "万元", "126,800", "126800", "4.6", "4.6", 0),
    ("其中：税收收入", "万元", "86,420", "86420", "3.8", "3.8", 1),
    ("非税收入", "万元", "40,380", "40380", "6.3", "6.3", 1),
    ("一般公共预算支出", "万元", "358,600", "358600", "5.1", "5.1236", 0),
    ("其中：教育支出", "万元", "62,150", "62150", "7.4", "7.4", 1),
    ("卫生健康支出", "万元", "31,870", "31870", "9.2", "9.2", 1),
]
G03_TITLE = "武夷山市2025年一般公共预算收支执行情况表"
G03_HEAD = ["项目", "单位", "2025年执行数", "比上年增长（%）"]
G03_NOTE = ("说明：2025年，全市一般公共预算收入12.68亿元，同比增长4.6%；一般公共预算支出35.86亿元，增长5.1%，"
            "其中民生支出28.76亿元，占一般公共预算支出的80.2%。")


def _g03() -> str:
    """The .htm Excel writes for one sheet (GBK declared as gb2312 but saved here as UTF-8 text, CRLF)."""
    rows = []
    rows.append(f" <tr height=36 style='height:27.0pt'>\n  <td colspan=4 height=36 class=xl65 width=548 style='height:27.0pt;width:412pt'>{G03_TITLE}</td>\n </tr>")
    rows.append(" <tr height=20 style='height:15.0pt'>\n  <td height=20 class=xl66 style='height:15.0pt'></td>\n  <td class=xl66></td>\n  <td class=xl66></td>\n  <td class=xl67>单位：万元、%</td>\n </tr>")
    rows.append(" <tr height=28 style='height:21.0pt'>\n" + "\n".join(f"  <td class=xl68{' height=28 style=' + chr(39) + 'height:21.0pt' + chr(39) if i == 0 else ''}>{h}</td>" for i, h in enumerate(G03_HEAD)) + "\n </tr>")
    for label, unit, shown, num, g_shown, g_num, indent in G03_ROWS:
        pad = "&nbsp;&nbsp;" * indent
        rows.append(" <tr height=28 style='height:21.0pt'>\n"
                    f"  <td height=28 class=xl69 style='height:21.0pt'>{pad}{label}</td>\n"
                    f"  <td class=xl70>{unit}</td>\n"
                    f"  <td class=xl71 align=right x:num=\"{num}\">{shown}</td>\n"
                    f"  <td class=xl72 align=right x:num=\"{g_num}\">{g_shown}</td>\n </tr>")
    rows.append(f" <tr height=64 style='mso-height-source:userset;height:48.0pt'>\n  <td colspan=4 height=64 class=xl73 width=548 style='height:48.0pt;width:412pt'>{G03_NOTE}</td>\n </tr>")
    return ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\"\r\nxmlns:o=\"urn:schemas-microsoft-com:office:office\"\r\n"
            "xmlns:x=\"urn:schemas-microsoft-com:office:excel\"\r\nxmlns=\"http://www.w3.org/TR/REC-html40\">\r\n\r\n<head>\r\n"
            "<meta http-equiv=Content-Type content=\"text/html; charset=utf-8\">\r\n<meta name=ProgId content=Excel.Sheet>\r\n"
            "<meta name=Generator content=\"Microsoft Excel 15\">\r\n<link rel=File-List href=\"2025收支表.files/filelist.xml\">\r\n"
            "<style id=\"2025收支表_18342_Styles\">\r\n<!--table\r\n\t{mso-displayed-decimal-separator:\"\\.\";\r\n\tmso-displayed-thousand-separator:\"\\,\";}\r\n"
            ".xl65\r\n\t{font-size:18.0pt;\r\n\tfont-weight:700;\r\n\tfont-family:方正小标宋简体, monospace;\r\n\tmso-font-charset:134;\r\n\ttext-align:center;}\r\n"
            ".xl67\r\n\t{font-size:10.0pt;\r\n\ttext-align:right;}\r\n"
            ".xl71\r\n\t{font-size:11.0pt;\r\n\tmso-number-format:\"\\#\\,\\#\\#0\";\r\n\ttext-align:right;\r\n\tborder:.5pt solid windowtext;}\r\n"
            ".xl72\r\n\t{font-size:11.0pt;\r\n\tmso-number-format:\"0\\.0\";\r\n\ttext-align:right;\r\n\tborder:.5pt solid windowtext;}\r\n"
            "-->\r\n</style>\r\n<!--[if gte mso 9]><xml>\r\n <x:ExcelWorkbook>\r\n  <x:ExcelWorksheets>\r\n   <x:ExcelWorksheet>\r\n"
            "    <x:Name>Sheet1</x:Name>\r\n    <x:WorksheetOptions>\r\n     <x:DefaultRowHeight>285</x:DefaultRowHeight>\r\n"
            "     <x:Print><x:ValidPrinterInfo/><x:PaperSizeIndex>9</x:PaperSizeIndex><x:HorizontalResolution>600</x:HorizontalResolution></x:Print>\r\n"
            "    </x:WorksheetOptions>\r\n   </x:ExcelWorksheet>\r\n  </x:ExcelWorksheets>\r\n  <x:WindowHeight>11640</x:WindowHeight>\r\n"
            "  <x:WindowWidth>19200</x:WindowWidth>\r\n  <x:WindowTopX>0</x:WindowTopX>\r\n  <x:WindowTopY>0</x:WindowTopY>\r\n"
            "  <x:ProtectStructure>False</x:ProtectStructure>\r\n </x:ExcelWorkbook>\r\n</xml><![endif]-->\r\n</head>\r\n\r\n"
            "<body link=\"#0563C1\" vlink=\"#954F72\">\r\n\r\n<table border=0 cellpadding=0 cellspacing=0 width=548 style='border-collapse:\r\n collapse;table-layout:fixed;width:412pt'>\r\n"
            " <col width=214 style='mso-width-source:userset;mso-width-alt:6848;width:161pt'>\r\n <col width=72 style='width:54pt'>\r\n"
            " <col width=131 span=2 style='mso-width-source:userset;mso-width-alt:4192;width:98pt'>\r\n"
            + "\r\n".join(rows).replace("\n", "\r\n").replace("\r\r\n", "\r\n")
            + "\r\n <![if supportMisalignedColumns]>\r\n <tr height=0 style='display:none'>\r\n  <td width=214 style='width:161pt'></td>\r\n"
            "  <td width=72 style='width:54pt'></td>\r\n  <td width=131 style='width:98pt'></td>\r\n  <td width=131 style='width:98pt'></td>\r\n"
            " </tr>\r\n <![endif]>\r\n</table>\r\n\r\n</body>\r\n\r\n</html>\r\n")


def _g03_clean() -> str:
    """The sheet as Excel shows it, one row a line, cells joined by |."""
    return "\n".join([G03_TITLE, "单位：万元、%", "|".join(G03_HEAD),
                      *("|".join([r[0], r[1], r[2], r[4]]) for r in G03_ROWS), G03_NOTE])


G04 = """#+TITLE: 海伦市2025年就业工作总结
#+AUTHOR: 海伦市人力资源和社会保障局
#+DATE: <2026-01-26 Mon>
#+OPTIONS: toc:nil num:t ^:nil H:3
#+STARTUP: overview
#+LATEX_CLASS: ctexart

* 主要成效
  :PROPERTIES:
  :ID:       7c1e2a40-3b58-4d2f-9a61-0f26a8c4d001
  :CREATED:  [2026-01-20 Tue 09:42]
  :END:
2025年，海伦市城镇新增就业 *2380* 人，完成省下达目标的 =115.5%= ，
帮助失业人员再就业 *1060* 人，就业困难人员就业 *312* 人。[fn:1]
全年转移农村劳动力 ~6.35万~ 人次，实现劳务收入 *11.2亿元* ，同比增长6.8%。

- 开展补贴性职业技能培训 ~1.42万~ 人次；
- 发放创业担保贷款 *9800万元* ，扶持创业 *760* 人，带动就业 *2240* 人；
- 年末城镇登记失业率2.4%[fn:2]。

** TODO 核实扶持创业数据                                                 :数据:
   SCHEDULED: <2026-01-28 Wed>
#+BEGIN_COMMENT
上年同期城镇新增就业 2210 人，增幅待统计局核定后补入。
#+END_COMMENT

* 重点群体
#+CAPTION: 2025年海伦市重点群体就业情况
#+NAME: tab:groups
| 群体       | 单位 | 2025年 | 比上年增长（%） |
|------------+------+--------+-----------------|
| 高校毕业生 | 人   |   1160 |             5.5 |
| 脱贫劳动力 | 人   |   3420 |             2.9 |
#+TBLFM: $4=0;%.1f

* 2026年目标
2026年，全市计划城镇新增就业 *2300* 人以上，城镇登记失业率控制在 =3.5%= 以内。

* Footnotes
[fn:1] 据市就业服务中心统计，数据截至2025年12月31日。
[fn:2] 失业率为年末数。
"""
G04_CLEAN = ("海伦市2025年就业工作总结\n"
             "2025年，海伦市城镇新增就业2380人，完成省下达目标的115.5%，帮助失业人员再就业1060人，就业困难人员就业312人。"
             "全年转移农村劳动力6.35万人次，实现劳务收入11.2亿元，同比增长6.8%。\n"
             "开展补贴性职业技能培训1.42万人次；\n发放创业担保贷款9800万元，扶持创业760人，带动就业2240人；\n年末城镇登记失业率2.4%。\n"
             "群体|单位|2025年|比上年增长（%）\n高校毕业生|人|1160|5.5\n脱贫劳动力|人|3420|2.9\n"
             "2026年，全市计划城镇新增就业2300人以上，城镇登记失业率控制在3.5%以内。")

G05 = """= 敦煌市2025年医疗卫生服务体系建设情况
敦煌市卫生健康局 <dhswjj@163.com>
v1.3, 2026-01-27: 终稿
:toc: left
:toclevels: 2
:sectnums:
:imagesdir: images
:table-caption: 表
:beds-plan: 150

== 床位资源

截至2025年末，敦煌市医疗卫生机构实有床位**1582**张，比上年末增加86张，增长5.7%；
每千常住人口床位8.96张footnote:[按2025年末常住人口17.66万人计算。]。
// 2024年末为1496张，见上年报告第3页
全年新增养老机构护理型床位**130**张。

image::chart_beds_2025.png[床位增长图,640,360]

.2025年敦煌市床位构成
[cols="3,1,1,1",options="header"]
|===
|类别 |单位 |2025年 |比上年增长（%）
|公立医院床位 |张 |1126 |4.2
|民营医院床位 |张 |268 |11.7
|===

[NOTE]
====
本节数据截至2025年12月31日。
====

== 项目投资

市医院医技综合楼项目完成投资``1.48``亿元，新增床位**200**张；
全市卫生健康领域完成固定资产投资2.36亿元，同比增长12.5%。

== 2026年安排

2026年，全市计划新增床位{beds-plan}张，每千常住人口床位达到9.2张以上。
"""
G05_CLEAN = ("敦煌市2025年医疗卫生服务体系建设情况\n"
             "截至2025年末，敦煌市医疗卫生机构实有床位1582张，比上年末增加86张，增长5.7%；每千常住人口床位8.96张。"
             "全年新增养老机构护理型床位130张。\n"
             "类别|单位|2025年|比上年增长（%）\n公立医院床位|张|1126|4.2\n民营医院床位|张|268|11.7\n"
             "市医院医技综合楼项目完成投资1.48亿元，新增床位200张；全市卫生健康领域完成固定资产投资2.36亿元，同比增长12.5%。\n"
             "2026年，全市计划新增床位150张，每千常住人口床位达到9.2张以上。\n"
             "1按2025年末常住人口17.66万人计算。")

TEXTS = {"g01": _g01().encode("utf-8"), "g02": _g02().encode("utf-8"), "g03": _g03().encode("utf-8"),
         "g04": G04.encode("utf-8"), "g05": G05.encode("utf-8")}

MANIFEST = [("g01", "2026-01-18", "额敏县融媒体中心"), ("g02", "2026-01-22", "桑植县卫生健康局"),
            ("g03", "2026-02-06", "武夷山市财政局"), ("g04", "2026-01-26", "海伦市人力资源和社会保障局"),
            ("g05", "2026-01-27", "敦煌市卫生健康局")]

# (doc, quote, value, measure, qualifier, role, topic, place, period, context[, tier])
EM, SZ, WY, HL, DH = "额敏县", "桑植县", "武夷山市", "海伦市", "敦煌市"
F: list[tuple] = [
    ("g01", "1960人", 1960, "人", "exact", "level", "jobs", EM, "2025", "额敏县城镇新增就业1960人"),
    ("g01", "108.9%", 108.9, "%", "exact", "level", "jobs", EM, "2025", "完成地区下达任务的108.9%"),
    ("g01", "4.26万人次", 42600, "人次", "exact", "level", "jobs", EM, "2025", "农村富余劳动力转移就业4.26万人次"),
    ("g01", "9.8亿元", 980000000, "元", "exact", "level", "money", EM, "2025", "实现劳务收入9.8亿元"),
    ("g01", "7.2%", 7.2, "%", "exact", "change", "percent", EM, "2025", "同比增长7.2%"),
    ("g01", "2860人次", 2860, "人次", "exact", "level", "jobs", EM, "2025", "全年开展职业技能培训2860人次"),
    ("g01", "386万元", 3860000, "元", "exact", "level", "money", EM, "2025", "发放培训补贴386万元"),
    ("g01", "6200万元", 62000000, "元", "exact", "level", "money", EM, "2025", "发放创业担保贷款6200万元"),
    ("g01", "540人", 540, "人", "exact", "level", "jobs", EM, "2025", "扶持创业540人"),
    ("g01", "1420人", 1420, "人", "exact", "level", "jobs", EM, "2025", "带动就业1420人"),
    ("g01", "2.6%", 2.6, "%", "exact", "level", "jobs", EM, "2025", "年末城镇登记失业率2.6%"),
    ("g01", "1900人以上", 1900, "人", "lower_bound", "target", "jobs", EM, "2026", "我们计划城镇新增就业1900人以上"),
    ("g02", "2946张", 2946, "张", "exact", "level", "beds", SZ, "2025", "全县医疗卫生机构实有床位2946张"),
    ("g02", "138张", 138, "张", "exact", "change", "beds", SZ, "2025", "比上年末增加138张"),
    ("g02", "4.9%", 4.9, "%", "exact", "change", "percent", SZ, "2025", "138张，增长4.9%"),
    ("g02", "6.84张", 6.84, "张", "exact", "level", "beds", SZ, "2025", "每千常住人口床位6.84张"),
    ("g02", "400张", 400, "张", "exact", "level", "beds", SZ, "2025", "新院区投入使用，新增床位400张"),
    ("g02", "520张", 520, "张", "exact", "level", "beds", SZ, "2025", "县中医医院开放床位520张"),
    ("g02", "1168张", 1168, "张", "exact", "level", "beds", SZ, "2025", "全县乡镇卫生院床位1168张"),
    ("g02", "220张", 220, "张", "exact", "level", "beds", SZ, "2025", "新增养老机构护理型床位220张"),
    ("g02", "58.6%", 58.6, "%", "exact", "level", "beds", SZ, "2025", "护理型床位占比达到58.6%"),
    ("g02", "1.62亿元", 162000000, "元", "exact", "level", "money", SZ, "2025", "综合楼项目完成投资1.62亿元"),
    ("g02", "200张", 200, "张", "exact", "target", "beds", SZ, "2026", "全县计划新增床位200张"),
    ("g02", "7张以上", 7, "张", "lower_bound", "target", "beds", SZ, "2026", "每千常住人口床位达到7张以上"),
    ("g03", "126,800", 1268000000, "元", "exact", "level", "money", WY, "2025", "一般公共预算收入|万元|126,800|4.6"),
    ("g03", "4.6", 4.6, "%", "exact", "change", "percent", WY, "2025", "一般公共预算收入|万元|126,800|4.6"),
    ("g03", "86,420", 864200000, "元", "exact", "level", "money", WY, "2025", "其中：税收收入|万元|86,420|3.8"),
    ("g03", "3.8", 3.8, "%", "exact", "change", "percent", WY, "2025", "其中：税收收入|万元|86,420|3.8"),
    ("g03", "40,380", 403800000, "元", "exact", "level", "money", WY, "2025", "非税收入|万元|40,380|6.3"),
    ("g03", "6.3", 6.3, "%", "exact", "change", "percent", WY, "2025", "非税收入|万元|40,380|6.3"),
    ("g03", "358,600", 3586000000, "元", "exact", "level", "money", WY, "2025", "一般公共预算支出|万元|358,600|5.1"),
    ("g03", "5.1", 5.1, "%", "exact", "change", "percent", WY, "2025", "一般公共预算支出|万元|358,600|5.1"),
    ("g03", "62,150", 621500000, "元", "exact", "level", "money", WY, "2025", "其中：教育支出|万元|62,150|7.4"),
    ("g03", "7.4", 7.4, "%", "exact", "change", "percent", WY, "2025", "其中：教育支出|万元|62,150|7.4"),
    ("g03", "31,870", 318700000, "元", "exact", "level", "money", WY, "2025", "卫生健康支出|万元|31,870|9.2"),
    ("g03", "9.2", 9.2, "%", "exact", "change", "percent", WY, "2025", "卫生健康支出|万元|31,870|9.2"),
    ("g03", "12.68亿元", 1268000000, "元", "exact", "level", "money", WY, "2025", "全市一般公共预算收入12.68亿元"),
    ("g03", "4.6%", 4.6, "%", "exact", "change", "percent", WY, "2025", "12.68亿元，同比增长4.6%"),
    ("g03", "35.86亿元", 3586000000, "元", "exact", "level", "money", WY, "2025", "一般公共预算支出35.86亿元"),
    ("g03", "5.1%", 5.1, "%", "exact", "change", "percent", WY, "2025", "35.86亿元，增长5.1%"),
    ("g03", "28.76亿元", 2876000000, "元", "exact", "level", "money", WY, "2025", "其中民生支出28.76亿元"),
    ("g03", "80.2%", 80.2, "%", "exact", "level", "percent", WY, "2025", "占一般公共预算支出的80.2%"),
    ("g04", "2380人", 2380, "人", "exact", "level", "jobs", HL, "2025", "海伦市城镇新增就业2380人"),
    ("g04", "115.5%", 115.5, "%", "exact", "level", "jobs", HL, "2025", "完成省下达目标的115.5%"),
    ("g04", "1060人", 1060, "人", "exact", "level", "jobs", HL, "2025", "帮助失业人员再就业1060人"),
    ("g04", "312人", 312, "人", "exact", "level", "jobs", HL, "2025", "就业困难人员就业312人"),
    ("g04", "6.35万人次", 63500, "人次", "exact", "level", "jobs", HL, "2025", "全年转移农村劳动力6.35万人次"),
    ("g04", "11.2亿元", 1120000000, "元", "exact", "level", "money", HL, "2025", "实现劳务收入11.2亿元"),
    ("g04", "6.8%", 6.8, "%", "exact", "change", "percent", HL, "2025", "同比增长6.8%"),
    ("g04", "1.42万人次", 14200, "人次", "exact", "level", "jobs", HL, "2025", "补贴性职业技能培训1.42万人次"),
    ("g04", "9800万元", 98000000, "元", "exact", "level", "money", HL, "2025", "发放创业担保贷款9800万元"),
    ("g04", "760人", 760, "人", "exact", "level", "jobs", HL, "2025", "扶持创业760人"),
    ("g04", "2240人", 2240, "人", "exact", "level", "jobs", HL, "2025", "带动就业2240人"),
    ("g04", "2.4%", 2.4, "%", "exact", "level", "jobs", HL, "2025", "年末城镇登记失业率2.4%"),
    ("g04", "1160", 1160, "人", "exact", "level", "jobs", HL, "2025", "高校毕业生|人|1160|5.5"),
    ("g04", "5.5", 5.5, "%", "exact", "change", "percent", HL, "2025", "高校毕业生|人|1160|5.5"),
    ("g04", "3420", 3420, "人", "exact", "level", "jobs", HL, "2025", "脱贫劳动力|人|3420|2.9"),
    ("g04", "2.9", 2.9, "%", "exact", "change", "percent", HL, "2025", "脱贫劳动力|人|3420|2.9"),
    ("g04", "2300人以上", 2300, "人", "lower_bound", "target", "jobs", HL, "2026", "全市计划城镇新增就业2300人以上"),
    ("g04", "3.5%以内", 3.5, "%", "upper_bound", "target", "jobs", HL, "2026", "城镇登记失业率控制在3.5%以内"),
    ("g05", "1582张", 1582, "张", "exact", "level", "beds", DH, "2025", "敦煌市医疗卫生机构实有床位1582张"),
    ("g05", "86张", 86, "张", "exact", "change", "beds", DH, "2025", "比上年末增加86张"),
    ("g05", "5.7%", 5.7, "%", "exact", "change", "percent", DH, "2025", "86张，增长5.7%"),
    ("g05", "8.96张", 8.96, "张", "exact", "level", "beds", DH, "2025", "每千常住人口床位8.96张"),
    ("g05", "17.66万人", 176600, "人", "exact", "level", "other", DH, "2025", "按2025年末常住人口17.66万人计算"),
    ("g05", "130张", 130, "张", "exact", "level", "beds", DH, "2025", "新增养老机构护理型床位130张"),
    ("g05", "1126", 1126, "张", "exact", "level", "beds", DH, "2025", "公立医院床位|张|1126|4.2"),
    ("g05", "4.2", 4.2, "%", "exact", "change", "percent", DH, "2025", "公立医院床位|张|1126|4.2"),
    ("g05", "268", 268, "张", "exact", "level", "beds", DH, "2025", "民营医院床位|张|268|11.7"),
    ("g05", "11.7", 11.7, "%", "exact", "change", "percent", DH, "2025", "民营医院床位|张|268|11.7"),
    ("g05", "1.48亿元", 148000000, "元", "exact", "level", "money", DH, "2025", "综合楼项目完成投资1.48亿元"),
    ("g05", "200张", 200, "张", "exact", "level", "beds", DH, "2025", "新增床位200张"),
    ("g05", "2.36亿元", 236000000, "元", "exact", "level", "money", DH, "2025", "完成固定资产投资2.36亿元"),
    ("g05", "12.5%", 12.5, "%", "exact", "change", "percent", DH, "2025", "同比增长12.5%"),
    ("g05", "150张", 150, "张", "exact", "target", "beds", DH, "2026", "全市计划新增床位150张"),
    ("g05", "9.2张以上", 9.2, "张", "lower_bound", "target", "beds", DH, "2026", "每千常住人口床位达到9.2张以上"),
]


def _clean(doc: str) -> str:
    """The text as its program shows it, lines kept (a table's rows as their cells joined by |)."""
    return {"g01": G01_CLEAN, "g02": G02_CLEAN, "g03": _g03_clean(), "g04": G04_CLEAN, "g05": G05_CLEAN}[doc]


# the clean text, lines joined (table rows kept a line each, for contexts with |)
_probe = joined(_clean, rows_kept=True)


def main() -> None:
    """Write the texts, the manifest and the gold (damaged28's `write_set`), after checking that each form holds
    the clean text's figures: g02's words join back to its lines, g03's cells and g01's lines hold their numbers."""
    import re

    words = re.findall(r"class='ocrx_word'[^>]*>([^<]*)</span>", TEXTS["g02"].decode("utf-8"))
    assert "".join(words) == G02_CLEAN.replace("\n", ""), "".join(words)
    assert all(r[2] in TEXTS["g03"].decode("utf-8") for r in G03_ROWS)
    write_set(OUT, TEXTS, MANIFEST, F, _probe)


if __name__ == "__main__":
    main()
