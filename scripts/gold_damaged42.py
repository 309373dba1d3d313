r"""Build data/gold/damaged42: five texts of our own, each in a form real text comes in that no damaged set used yet
(one kind a text; the texts are written clean, the form is made by the code below):

- k01 (舒城县, Anhui, jobs): a meeting invitation as a calendar exports it (an iCalendar .ics file, as Outlook,
  钉钉 or a mail client's calendar saves it): VCALENDAR and VEVENT lines (PRODID, a VTIMEZONE with its offsets
  +0800, DTSTART/DTEND/DTSTAMP 20260116T090000, a UID with digits, SEQUENCE, ORGANIZER and ATTENDEE with their CN
  parameters, a VALARM's TRIGGER:-PT15M: no figures), CRLF line ends; the DESCRIPTION holds the meeting's briefing
  with its line breaks written \n, its half-width commas \, (thousands commas too: 8\,260人) and its semicolons \;,
  and every content line folded at 75 octets by a CRLF and a space, never inside a character's bytes but wherever
  else that falls: inside a number (8\,00 | 0人以上) and between a number and its unit (385 | 人, 186.5 | 亿元).
- k02 (桦甸市, Jilin, beds): a bulletin's page as its OFD file holds it (Doc_0/Pages/Page_0/Content.xml, the
  Chinese fixed-layout format of GB/T 33190, read out of the archive as text): the declaration, then ofd:Page on
  one line, each line of the page one or more ofd:TextObject with its Boundary (millimetres), Font and Size, its
  ofd:TextCode with X, Y and a DeltaX of glyph advances (g 12 5.6428); the converter sets Latin letters and
  digits in a font of their own, so every run of digits is a TextObject of its own between the Han runs
  (实有床位 | 2468 | 张), a PathObject's rule (AbbreviatedData M 0 0 L 160 0) under the head, a seal's
  ImageObject and the page's foot (— 1 —); the lines cut at 26 characters, never inside a number.
- k03 (东台市, Jiangsu, money): a newspaper page as a digitisation project keeps it in ALTO XML (v4, ABBYY
  FineReader Engine's export): the Description (the scan's file name with its date and page, the processing date
  and software version 12.4), Styles with font sizes, a Page with its HEIGHT and WIDTH in pixels, TextBlocks and
  TextLines with HPOS/VPOS/WIDTH/HEIGHT/BASELINE, each recognised word a String element whose CONTENT holds it
  (Han runs and numbers apart, as the engine segments by script) with its box, its word confidence WC="0.96" and
  for some its characters' confidences CC="0 0 1 0", SP elements between Latin words and numbers, one element a
  line; the paper's masthead line (the date and the page A2) over the article.
- k04 (白朗县, Tibet, jobs): an infographic (一图读懂) as Adobe Illustrator exports it to SVG: the generator comment,
  a <style> of .st classes (fills, font families, sizes 48px), background rects and paths whose d holds
  coordinates, each text element placed by a transform matrix, a paragraph's lines as tspans with their own x and
  y, and each card's big number in a tspan of its own beside its unit's (3860 | 人), its label a text element
  before it; a base64 image of the county's emblem.
- k05 (扎兰屯市, Inner Mongolia, beds and money): a reader's highlights of the city's yearbook as a Kindle with a
  Chinese interface exports them (My Clippings.txt): each entry the book's title line (opening with a byte-order
  mark, as the device writes it), a line of its page, its location range and the clock time it was added
  (- 您在第 86 页（位置 #1318-1320）的标注 | 添加于 2026年3月12日星期四 下午9:41:07: no figures), a blank line,
  the highlighted text and a ========== rule; a highlight made again longer keeps its shorter first version too
  (both are mentions: each is a figure of its own), a highlight starting inside a sentence, a reader's note with
  no figure and a bookmark with no text.

The gold is written by hand from the clean texts per /work/shared/gold/GUIDE.md, never from what stats extracts:
quotes and contexts as in the clean text, values in base units.

    .venv/bin/python scripts/gold_damaged42.py      # writes data/gold/damaged42/{texts,damaged42.jsonl}
"""
# ruff: noqa: E501, RUF001  (the texts are written as the pages are, full-width marks included)
from __future__ import annotations

import base64
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
from gold_damaged28 import joined, write_set  # noqa: E402

OUT = ROOT / "data" / "gold" / "damaged42"

# k01: the briefing in the invitation's DESCRIPTION.
K01_PARAS = [
    "舒城县2026年就业工作会议材料摘要（送审稿）",
    "2025年，舒城县城镇新增就业8,260人，完成年度目标任务的118.0%；失业人员再就业1,460人，就业困难人员就业385人。年末城镇登记失业率为2.4%。",
    "全年新增转移农村劳动力1.36万人，累计转移就业26.8万人，实现劳务收入186.5亿元，同比增长5.7%。",
    "开展补贴性职业技能培训1.12万人次，发放职业培训补贴1,635万元；发放创业担保贷款3.2亿元，扶持创业1,240人。",
    "2026年目标：城镇新增就业8,000人以上，城镇登记失业率控制在4.5%以内。",
    "请各乡镇、各有关单位主要负责同志准时参会。",
]


def _ics_text(s: str) -> str:
    """A TEXT value escaped as RFC 5545 writes it."""
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _folded(line: str) -> str:
    """A content line folded at 75 octets (a CRLF and a space), never inside a character's UTF-8 bytes."""
    out, cur, size = [], "", 0
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > 75:
            out.append(cur)
            cur, size = " ", 1
        cur += ch
        size += n
    out.append(cur)
    return "\r\n".join(out)


def _k01() -> str:
    lines = [
        "BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
        "METHOD:REQUEST", "X-MS-OLK-FORCEINSPECTOROPEN:TRUE",
        "BEGIN:VTIMEZONE", "TID:China Standard Time".replace("TID", "TZID"), "BEGIN:STANDARD",
        "DTSTART:16010101T000000", "TZOFFSETFROM:+0800", "TZOFFSETTO:+0800", "END:STANDARD", "END:VTIMEZONE",
        "BEGIN:VEVENT",
        "ATTENDEE;CN=各乡镇人民政府;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:xzb@shucheng.gov.cn",
        "ATTENDEE;CN=县人社局就业股;ROLE=OPT-PARTICIPANT;RSVP=TRUE:mailto:jyg@shucheng.gov.cn",
        "CLASS:PUBLIC", "CREATED:20260112T013512Z",
        "DESCRIPTION:" + _ics_text("\n".join(K01_PARAS) + "\n"),
        "DTEND;TZID=China Standard Time:20260116T113000", "DTSTAMP:20260112T013512Z",
        "DTSTART;TZID=China Standard Time:20260116T090000", "LAST-MODIFIED:20260112T020844Z",
        "LOCATION:" + _ics_text("县政府三楼第一会议室"), "ORGANIZER;CN=舒城县人力资源和社会保障局:mailto:rsj@shucheng.gov.cn",
        "PRIORITY:5", "SEQUENCE:2", "SUMMARY;LANGUAGE=zh-cn:" + _ics_text("舒城县2026年就业工作会议"),
        "TRANSP:OPAQUE", "UID:040000008200E00074C5B7101A82E00800000000B0C6A2F55A83DC01000000000000000010000000",
        "X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
        "BEGIN:VALARM", "TRIGGER:-PT15M", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "END:VALARM",
        "END:VEVENT", "END:VCALENDAR",
    ]
    return "".join(_folded(x) + "\r\n" for x in lines)


K01_CLEAN = "\n".join(K01_PARAS)

# k02: the bulletin's page; each line is cut at 26 characters where no number is cut.
K02_TITLE = "桦甸市2025年卫生健康事业发展统计公报"
K02_PARAS = [
    "截至2025年末，全市共有医疗卫生机构326个，其中医院14个，基层医疗卫生机构298个。",
    "全市医疗卫生机构实有床位2468张，比上年末增加112张，增长4.8%；每千常住人口医疗卫生机构床位6.85张。",
    "市人民医院实有床位720张，市中医院实有床位386张；全市卫生技术人员2143人。",
    "全年医疗卫生机构总诊疗142.6万人次，出院5.38万人。",
    "2026年，全市计划新增床位120张。",
]


def _k02_lines(p: str, width: int = 26) -> list[str]:
    """A paragraph's lines, cut at `width` characters or just before, never inside a number."""
    lines, cur = [], ""
    for tok in re.findall(r"[0-9.]+%?|.", p):
        if len(cur) + len(tok) > width:
            lines.append(cur)
            cur = ""
        cur += tok
    return [*lines, cur] if cur else lines


def _k02() -> str:
    objs, oid, y = [], 10, 37.0

    def text_obj(s: str, x: float, y: float, font: int, size: float) -> str:
        nonlocal oid
        oid += 1
        adv = size * (0.5 if font == 5 else 1.0)
        w = round(adv * len(s), 3)
        delta = f"g {len(s) - 1} {adv:g}" if len(s) > 1 else ""
        dx = f' DeltaX="{delta}"' if delta else ""
        return (f'<ofd:TextObject ID="{oid}" Boundary="{x:.3f} {y:.3f} {w:.3f} {size * 1.3:.3f}" Font="{font}" Size="{size}">'
                f'<ofd:FillColor Value="0 0 0"/><ofd:TextCode X="0" Y="{size:.4f}"{dx}>{s}</ofd:TextCode></ofd:TextObject>')

    def line(s: str, x: float, y: float, size: float = 4.2333) -> list[str]:
        out = []
        for run in re.findall(r"[0-9.%]+|[^0-9.%]+", s):
            font = 5 if run[0].isdigit() else 3
            out.append(text_obj(run, x, y, font, size))
            x += size * (0.5 if font == 5 else 1.0) * len(run)
        return out

    objs += line(K02_TITLE, 36.0, 30.0, 5.6428)
    objs.append('<ofd:PathObject ID="9" Boundary="25.400 40.200 159.200 0.500" LineWidth="0.353"><ofd:StrokeColor Value="255 0 0"/>'
                '<ofd:AbbreviatedData>M 0 0 L 159.2 0</ofd:AbbreviatedData></ofd:PathObject>')
    y = 48.0
    for p in K02_PARAS:
        for i, ln in enumerate(_k02_lines(p)):
            objs += line(ln, 25.4 + (8.4666 if i == 0 else 0), y)
            y += 7.5
    objs += line("桦甸市卫生健康局", 120.0, y + 10)
    objs += line("2026年2月6日", 122.0, y + 17.5)
    objs.append('<ofd:ImageObject ID="88" Boundary="118.000 %.3f 42.000 42.000" ResourceID="12" CTM="42 0 0 42 0 0"/>' % (y + 2))
    objs += line("— 1 —", 100.0, 280.0, 4.9389)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Page xmlns:ofd="http://www.ofdspec.org/2016">'
            '<ofd:Area><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:Area><ofd:Content><ofd:Layer ID="3" Type="Body">'
            + "".join(objs) + "</ofd:Layer></ofd:Content></ofd:Page>\n")


K02_CLEAN = "\n".join([K02_TITLE, *K02_PARAS])

# k03: the article's lines as the scan holds them (never cut inside a number).
K03_HEAD = "东台日报　2026年1月28日　星期三　第A2版　综合新闻"
K03_TITLE = "东台市2025年财政收支运行平稳"
K03_PARAS = [
    "本报讯　2025年，东台市完成一般公共预算收入68.45亿元，同比增长4.2%，其中税收收入53.18亿元，税收占比77.7%。",
    "全市一般公共预算支出112.36亿元，增长3.1%；民生支出89.62亿元，占一般公共预算支出的79.8%。",
    "全年争取上级转移支付资金36.8亿元，新增政府债券资金21.5亿元。",
    "2026年，全市一般公共预算收入预期增长3%左右。（记者　陈立新）",
]


def _k03() -> str:
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<alto xmlns="http://www.loc.gov/standards/alto/ns-v4#" xmlns:xlink="http://www.w3.org/1999/xlink" '
           'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.loc.gov/standards/alto/ns-v4# '
           'http://www.loc.gov/alto/v4/alto-4-2.xsd">',
           '  <Description>', '    <MeasurementUnit>pixel</MeasurementUnit>',
           '    <sourceImageInformation>', '      <fileName>dtrb_20260128_A02.tif</fileName>', '    </sourceImageInformation>',
           '    <OCRProcessing ID="OCR_0">', '      <ocrProcessingStep>',
           '        <processingDateTime>2026-01-29T03:12:44</processingDateTime>', '        <processingSoftware>',
           '          <softwareCreator>ABBYY</softwareCreator>', '          <softwareName>ABBYY FineReader Engine</softwareName>',
           '          <softwareVersion>12.4</softwareVersion>', '        </processingSoftware>', '      </ocrProcessingStep>',
           '    </OCRProcessing>', '  </Description>', '  <Styles>',
           '    <TextStyle ID="TS_9.0" FONTSIZE="9.0" FONTFAMILY="SimSun"/>',
           '    <TextStyle ID="TS_22.0" FONTSIZE="22.0" FONTFAMILY="SimHei" FONTSTYLE="bold"/>',
           '    <TextStyle ID="TS_10.5" FONTSIZE="10.5" FONTFAMILY="SimSun"/>', '  </Styles>', '  <Layout>',
           '    <Page ID="P2" PHYSICAL_IMG_NR="2" PRINTED_IMG_NR="A2" HEIGHT="7016" WIDTH="4961" PC="0.951">',
           '      <PrintSpace HPOS="236" VPOS="188" WIDTH="4489" HEIGHT="6640">']
    sid = [0]

    def strings(s: str, hpos: int, vpos: int, size: int) -> list[str]:
        els, x = [], hpos
        toks = re.findall(r"[A-Za-z][A-Za-z0-9]*|[0-9.]+|[%（）　，。；：]|[^0-9.%A-Za-z（）　，。；：]{1,3}", s)
        for i, t in enumerate(toks):
            if t == "　":
                x += size
                continue
            sid[0] += 1
            w = size * len(t) if not t[0].isascii() else size // 2 * len(t)
            cc = f' CC="{" ".join("1" if c == "8" else "0" for c in t)}"' if t[0].isdigit() and sid[0] % 3 == 0 else ""
            wc = 0.97 if not t[0].isdigit() else 0.93
            els.append(f'            <String ID="S_{sid[0]}" CONTENT="{t}" HPOS="{x}" VPOS="{vpos}" WIDTH="{w}" HEIGHT="{size}" WC="{wc}"{cc}/>')
            x += w
            nxt = toks[i + 1] if i + 1 < len(toks) else ""
            if t[0].isascii() and t[0].isalnum() and nxt[:1].isascii() and nxt[:1].isalnum():
                els.append(f'            <SP WIDTH="{size // 3}" HPOS="{x}" VPOS="{vpos}"/>')
                x += size // 3
        return els

    def block(bid: str, lines: list[str], vpos: int, size: int, style: str) -> int:
        out.append(f'        <TextBlock ID="{bid}" HPOS="412" VPOS="{vpos}" WIDTH="2180" HEIGHT="{len(lines) * (size + 20)}" STYLEREFS="{style}">')
        for n, ln in enumerate(lines, 1):
            out.append(f'          <TextLine ID="{bid}_L{n}" HPOS="412" VPOS="{vpos}" WIDTH="{size * len(ln)}" HEIGHT="{size}" BASELINE="{vpos + size - 8}">')
            out.extend(strings(ln, 412, vpos, size))
            out.append("          </TextLine>")
            vpos += size + 20
        out.append("        </TextBlock>")
        return vpos + 60

    v = block("TB_head", [K03_HEAD], 240, 36, "TS_9.0")
    v = block("TB_title", [K03_TITLE], v, 88, "TS_22.0")
    for i, p in enumerate(K03_PARAS, 1):
        v = block(f"TB_{i}", _k02_lines(p, 24), v, 44, "TS_10.5")
    out += ["      </PrintSpace>", "    </Page>", "  </Layout>", "</alto>"]
    return "\n".join(out) + "\n"


K03_CLEAN = "\n".join([K03_HEAD, K03_TITLE, *K03_PARAS])

# k04: the infographic's texts: a lead paragraph in lines, then cards (label, number, unit).
K04_TITLE = "一图读懂白朗县2025年就业工作"
K04_LEAD = ["2025年，白朗县坚持把就业作为最基本的民生，", "多措并举稳岗位、促增收，全县就业形势保持", "总体稳定。"]
K04_CARDS = [("城镇新增就业", "1126", "人"), ("转移农村劳动力", "2.36", "万人次"), ("实现劳务收入", "3.15", "亿元"),
             ("高校毕业生就业率", "98.2", "%"), ("城镇登记失业率", "2.1", "%"), ("开展职业技能培训", "4680", "人次"),
             ("发放创业担保贷款", "5600", "万元")]
K04_NOTE = ["全年开发公益性岗位1350个，", "同比增长6.3%。"]
K04_GOAL = ("2026年目标：城镇新增就业", "1100", "人以上")


def _k04() -> str:
    emblem = base64.b64encode(bytes(range(7, 250, 3)) * 2).decode("ascii")
    parts = ['<?xml version="1.0" encoding="utf-8"?>',
             "<!-- Generator: Adobe Illustrator 27.0.0, SVG Export Plug-In . SVG Version: 6.00 Build 0)  -->",
             '<svg version="1.1" id="图层_1" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" x="0px" y="0px"',
             '\t viewBox="0 0 1080 2400" style="enable-background:new 0 0 1080 2400;" xml:space="preserve">',
             '<style type="text/css">',
             "\t.st0{fill:#C8102E;}", "\t.st1{fill:#FFFFFF;}", "\t.st2{fill:#FDF3E1;}",
             "\t.st3{font-family:'SourceHanSansCN-Bold-GBpc-EUC-H';}", "\t.st4{font-size:64px;}",
             "\t.st5{font-family:'SourceHanSansCN-Regular-GBpc-EUC-H';}", "\t.st6{font-size:30px;}",
             "\t.st7{font-family:'DIN-Bold';}", "\t.st8{font-size:96px;}", "\t.st9{fill:#333333;}",
             "</style>",
             '<rect class="st0" width="1080" height="2400"/>',
             '<path class="st2" d="M60.5,420.3h959c11,0,20,9,20,20v1840c0,11-9,20-20,20h-959c-11,0-20-9-20-20v-1840C40.5,429.3,49.5,420.3,60.5,420.3z"/>',
             f'<image style="overflow:visible;" width="160" height="160" xlink:href="data:image/png;base64,{emblem}" transform="matrix(0.5 0 0 0.5 500 40)">',
             "</image>",
             f'<text transform="matrix(1 0 0 1 156.2 260.8)" class="st1 st3 st4">{K04_TITLE}</text>']
    lead = "".join(f'<tspan x="{0 if i else 0}" y="{i * 48}" class="st9 st5 st6">{ln}</tspan>' for i, ln in enumerate(K04_LEAD))
    parts.append(f'<text transform="matrix(1 0 0 1 96.4 500.6)">{lead}</text>')
    y = 700.0
    for label, num, unit in K04_CARDS:
        parts.append(f'<rect x="80" y="{y - 70:.1f}" class="st1" width="920" height="220"/>')
        parts.append(f'<text transform="matrix(1 0 0 1 120.3 {y:.1f})" class="st9 st5 st6">{label}</text>')
        parts.append(f'<text transform="matrix(1 0 0 1 120.3 {y + 110:.1f})"><tspan x="0" y="0" class="st0 st7 st8">{num}</tspan>'
                     f'<tspan x="{len(num) * 52.8:.1f}" y="0" class="st0 st5 st6">{unit}</tspan></text>')
        y += 240
    note = "".join(f'<tspan x="0" y="{i * 48}" class="st9 st5 st6">{ln}</tspan>' for i, ln in enumerate(K04_NOTE))
    parts.append(f'<text transform="matrix(1 0 0 1 96.4 {y:.1f})">{note}</text>')
    g_label, g_num, g_unit = K04_GOAL
    parts.append(f'<text transform="matrix(1 0 0 1 96.4 {y + 140:.1f})"><tspan x="0" y="0" class="st1 st5 st6">{g_label}</tspan>'
                 f'<tspan x="360" y="0" class="st1 st7 st4">{g_num}</tspan><tspan x="500" y="0" class="st1 st5 st6">{g_unit}</tspan></text>')
    parts.append('<text transform="matrix(1 0 0 1 360 2360)" class="st1 st5 st6">来源：白朗县人力资源和社会保障局</text>')
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


K04_CLEAN = "\n".join([K04_TITLE, "".join(K04_LEAD), *(a + b + c for a, b, c in K04_CARDS), "".join(K04_NOTE),
                       "".join(K04_GOAL)])

# k05: the clippings: (page, location, when, kind, text).
K05_BOOK = "扎兰屯年鉴（2026） (扎兰屯市地方志编纂委员会)"
K05_CLIPS = [
    ("86", "1318", "2026年3月12日星期四 下午9:40:52", "标注", "全市医疗卫生机构实有床位2936张"),
    ("86", "1318-1320", "2026年3月12日星期四 下午9:41:07", "标注",
     "2025年末，全市医疗卫生机构实有床位2936张，比上年末增加158张，增长5.7%。"),
    ("86", "1320-1321", "2026年3月12日星期四 下午9:42:30", "标注", "每千常住人口医疗卫生机构床位7.42张。"),
    ("86", "1321", "2026年3月12日星期四 下午9:43:02", "笔记", "与统计公报核对"),
    ("87", "1334-1335", "2026年3月12日星期四 下午9:45:18", "标注", "新建住院楼投入使用，新增床位260张。"),
    ("87", "1336", "2026年3月12日星期四 下午9:46:11", "书签", ""),
    ("112", "1702-1705", "2026年3月13日星期五 上午10:05:44", "标注",
     "全年完成一般公共预算收入12.86亿元，同比增长6.4%；一般公共预算支出58.37亿元。"),
    ("113", "1718-1719", "2026年3月13日星期五 上午10:08:26", "标注", "全市卫生健康支出4.62亿元，增长8.1%。"),
]


def _k05() -> str:
    out = []
    for page, loc, when, kind, text in K05_CLIPS:
        where = f"位置 #{loc}"
        out.append(f"\ufeff{K05_BOOK}\r\n- 您在第 {page} 页（{where}）的{kind} | 添加于 {when}\r\n\r\n{text}\r\n==========\r\n")
    return "".join(out)


K05_CLEAN = "\n".join(t for *_, t in K05_CLIPS if t)

TEXTS = {"k01": _k01().encode("utf-8"), "k02": _k02().encode("utf-8"), "k03": _k03().encode("utf-8"),
         "k04": _k04().encode("utf-8"), "k05": _k05().encode("utf-8")}

MANIFEST = [("k01", "2026-01-12", "舒城县人力资源和社会保障局"), ("k02", "2026-02-06", "桦甸市卫生健康局"),
            ("k03", "2026-01-28", "东台日报"), ("k04", "2026-01-22", "白朗县人力资源和社会保障局"),
            ("k05", "2026-03-13", "扎兰屯市地方志编纂委员会")]

# (doc, quote, value, measure, qualifier, role, topic, place, period, context[, tier])
SC, HD, DT, BL, ZL = "舒城县", "桦甸市", "东台市", "白朗县", "扎兰屯市"
F: list[tuple] = [
    ("k01", "8,260人", 8260, "人", "exact", "level", "jobs", SC, "2025", "舒城县城镇新增就业8,260人"),
    ("k01", "118.0%", 118.0, "%", "exact", "level", "jobs", SC, "2025", "完成年度目标任务的118.0%"),
    ("k01", "1,460人", 1460, "人", "exact", "level", "jobs", SC, "2025", "失业人员再就业1,460人"),
    ("k01", "385人", 385, "人", "exact", "level", "jobs", SC, "2025", "就业困难人员就业385人"),
    ("k01", "2.4%", 2.4, "%", "exact", "level", "jobs", SC, "2025", "年末城镇登记失业率为2.4%"),
    ("k01", "1.36万人", 13600, "人", "exact", "level", "jobs", SC, "2025", "全年新增转移农村劳动力1.36万人"),
    ("k01", "26.8万人", 268000, "人", "exact", "level", "jobs", SC, "2025", "累计转移就业26.8万人"),
    ("k01", "186.5亿元", 18650000000, "元", "exact", "level", "money", SC, "2025", "实现劳务收入186.5亿元"),
    ("k01", "5.7%", 5.7, "%", "exact", "change", "percent", SC, "2025", "同比增长5.7%"),
    ("k01", "1.12万人次", 11200, "人次", "exact", "level", "jobs", SC, "2025", "补贴性职业技能培训1.12万人次"),
    ("k01", "1,635万元", 16350000, "元", "exact", "level", "money", SC, "2025", "发放职业培训补贴1,635万元"),
    ("k01", "3.2亿元", 320000000, "元", "exact", "level", "money", SC, "2025", "发放创业担保贷款3.2亿元"),
    ("k01", "1,240人", 1240, "人", "exact", "level", "jobs", SC, "2025", "扶持创业1,240人"),
    ("k01", "8,000人以上", 8000, "人", "lower_bound", "target", "jobs", SC, "2026", "城镇新增就业8,000人以上"),
    ("k01", "4.5%以内", 4.5, "%", "upper_bound", "target", "jobs", SC, "2026", "城镇登记失业率控制在4.5%以内"),
    ("k02", "326个", 326, "个", "exact", "level", "other", HD, "2025", "全市共有医疗卫生机构326个"),
    ("k02", "14个", 14, "个", "exact", "level", "other", HD, "2025", "其中医院14个"),
    ("k02", "298个", 298, "个", "exact", "level", "other", HD, "2025", "基层医疗卫生机构298个"),
    ("k02", "2468张", 2468, "张", "exact", "level", "beds", HD, "2025", "全市医疗卫生机构实有床位2468张"),
    ("k02", "112张", 112, "张", "exact", "change", "beds", HD, "2025", "比上年末增加112张"),
    ("k02", "4.8%", 4.8, "%", "exact", "change", "percent", HD, "2025", "112张，增长4.8%"),
    ("k02", "6.85张", 6.85, "张", "exact", "level", "beds", HD, "2025", "每千常住人口医疗卫生机构床位6.85张"),
    ("k02", "720张", 720, "张", "exact", "level", "beds", HD, "2025", "市人民医院实有床位720张"),
    ("k02", "386张", 386, "张", "exact", "level", "beds", HD, "2025", "市中医院实有床位386张"),
    ("k02", "2143人", 2143, "人", "exact", "level", "other", HD, "2025", "全市卫生技术人员2143人"),
    ("k02", "142.6万人次", 1426000, "人次", "exact", "level", "other", HD, "2025", "医疗卫生机构总诊疗142.6万人次"),
    ("k02", "5.38万人", 53800, "人", "exact", "level", "other", HD, "2025", "出院5.38万人"),
    ("k02", "120张", 120, "张", "exact", "target", "beds", HD, "2026", "全市计划新增床位120张"),
    ("k03", "68.45亿元", 6845000000, "元", "exact", "level", "money", DT, "2025", "东台市完成一般公共预算收入68.45亿元"),
    ("k03", "4.2%", 4.2, "%", "exact", "change", "percent", DT, "2025", "同比增长4.2%"),
    ("k03", "53.18亿元", 5318000000, "元", "exact", "level", "money", DT, "2025", "其中税收收入53.18亿元"),
    ("k03", "77.7%", 77.7, "%", "exact", "level", "percent", DT, "2025", "税收占比77.7%"),
    ("k03", "112.36亿元", 11236000000, "元", "exact", "level", "money", DT, "2025", "全市一般公共预算支出112.36亿元"),
    ("k03", "3.1%", 3.1, "%", "exact", "change", "percent", DT, "2025", "112.36亿元，增长3.1%"),
    ("k03", "89.62亿元", 8962000000, "元", "exact", "level", "money", DT, "2025", "民生支出89.62亿元"),
    ("k03", "79.8%", 79.8, "%", "exact", "level", "percent", DT, "2025", "占一般公共预算支出的79.8%"),
    ("k03", "36.8亿元", 3680000000, "元", "exact", "level", "money", DT, "2025", "争取上级转移支付资金36.8亿元"),
    ("k03", "21.5亿元", 2150000000, "元", "exact", "level", "money", DT, "2025", "新增政府债券资金21.5亿元"),
    ("k03", "3%左右", 3, "%", "approx", "target", "percent", DT, "2026", "一般公共预算收入预期增长3%左右"),
    ("k04", "1126人", 1126, "人", "exact", "level", "jobs", BL, "2025", "城镇新增就业1126人"),
    ("k04", "2.36万人次", 23600, "人次", "exact", "level", "jobs", BL, "2025", "转移农村劳动力2.36万人次"),
    ("k04", "3.15亿元", 315000000, "元", "exact", "level", "money", BL, "2025", "实现劳务收入3.15亿元"),
    ("k04", "98.2%", 98.2, "%", "exact", "level", "jobs", BL, "2025", "高校毕业生就业率98.2%"),
    ("k04", "2.1%", 2.1, "%", "exact", "level", "jobs", BL, "2025", "城镇登记失业率2.1%"),
    ("k04", "4680人次", 4680, "人次", "exact", "level", "jobs", BL, "2025", "开展职业技能培训4680人次"),
    ("k04", "5600万元", 56000000, "元", "exact", "level", "money", BL, "2025", "发放创业担保贷款5600万元"),
    ("k04", "1350个", 1350, "个", "exact", "level", "jobs", BL, "2025", "全年开发公益性岗位1350个"),
    ("k04", "6.3%", 6.3, "%", "exact", "change", "percent", BL, "2025", "同比增长6.3%"),
    ("k04", "1100人以上", 1100, "人", "lower_bound", "target", "jobs", BL, "2026", "城镇新增就业1100人以上"),
    ("k05", "2936张", 2936, "张", "exact", "level", "beds", ZL, "2025", "全市医疗卫生机构实有床位2936张"),
    ("k05", "2936张", 2936, "张", "exact", "level", "beds", ZL, "2025", "2025年末，全市医疗卫生机构实有床位2936张"),
    ("k05", "158张", 158, "张", "exact", "change", "beds", ZL, "2025", "比上年末增加158张"),
    ("k05", "5.7%", 5.7, "%", "exact", "change", "percent", ZL, "2025", "158张，增长5.7%"),
    ("k05", "7.42张", 7.42, "张", "exact", "level", "beds", ZL, "2025", "每千常住人口医疗卫生机构床位7.42张"),
    ("k05", "260张", 260, "张", "exact", "level", "beds", ZL, "2025", "新建住院楼投入使用，新增床位260张"),
    ("k05", "12.86亿元", 1286000000, "元", "exact", "level", "money", ZL, "2025", "全年完成一般公共预算收入12.86亿元"),
    ("k05", "6.4%", 6.4, "%", "exact", "change", "percent", ZL, "2025", "同比增长6.4%"),
    ("k05", "58.37亿元", 5837000000, "元", "exact", "level", "money", ZL, "2025", "一般公共预算支出58.37亿元"),
    ("k05", "4.62亿元", 462000000, "元", "exact", "level", "money", ZL, "2025", "全市卫生健康支出4.62亿元"),
    ("k05", "8.1%", 8.1, "%", "exact", "change", "percent", ZL, "2025", "4.62亿元，增长8.1%"),
]


def _clean(doc: str) -> str:
    """The text as its program shows it, lines kept."""
    return {"k01": K01_CLEAN, "k02": K02_CLEAN, "k03": K03_CLEAN, "k04": K04_CLEAN, "k05": K05_CLEAN}[doc]


# the clean text, lines joined
_probe = joined(_clean)


def main() -> None:
    """Write the texts, the manifest and the gold (damaged28's `write_set`), after checking that each form holds
    the clean text: k01's unfolded, unescaped DESCRIPTION, k02's and k03's runs joined a paragraph at a time."""
    ics = TEXTS["k01"].decode("utf-8").replace("\r\n ", "")
    desc = re.search(r"^DESCRIPTION:(.*)$", ics, re.M).group(1).rstrip("\r")
    desc = re.sub(r"\\(.)", lambda m: "\n" if m.group(1) in "nN" else m.group(1), desc)
    assert desc.strip("\n") == K01_CLEAN, desc
    assert any(line.startswith(" ") and line[1:2].isdigit() for line in TEXTS["k01"].decode("utf-8").split("\r\n"))
    ofd = "".join(re.findall(r"<ofd:TextCode[^>]*>([^<]*)</ofd:TextCode>", TEXTS["k02"].decode("utf-8")))
    assert all(p in ofd for p in K02_PARAS), ofd
    alto = "".join(re.findall(r'CONTENT="([^"]*)"', TEXTS["k03"].decode("utf-8")))
    assert all(p.replace("　", "") in alto for p in K03_PARAS), alto
    write_set(OUT, TEXTS, MANIFEST, F, _probe)


if __name__ == "__main__":
    main()
