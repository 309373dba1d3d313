"""Build data/gold/bulletins43: three 2025 statistical texts on beds, jobs and money whose tables take forms real
bulletins and data releases print and no earlier set used, typeset as PDF and read back by readers, or settings of
them, no earlier set used; the weak field is recall in tables (bulletins42 was recall 0.69 blind).

The typesetting and the hand-annotation format are bulletins42's (scripts/gold_bulletins42.py: P/H/N blocks, tables
whose cells take their column's or their row's period and unit, thin-spaced numbers, footnote marks; gold written by
bulletins36's `gold`, a row naming its own place giving that place's figures), with a table setter of its own and
forms no earlier set used:
- a 市 统计公报 cross table of its counties and districts in rows (全市 first, then 区, 县 and 县级市) and metrics in
  columns, its head wrapped over three lines (医疗卫生 / 机构床位 / （张）), a 比上年末增减 column whose falls are
  written with the minus sign U+2212 (−32); each row's figures its own place's;
- the same table continued on the next page under a 续表 line whose head is NOT repeated (the rows go straight on);
- a 指标 | 单位 | 本期 | 上年同期 | 同比±% table whose rows are grouped under 一、二、三、 lines of no value, with indented
  parts and 其中： parts, the 单位 cell of each row 万人, 亿元 or 张, falls written in brackets as accountants do
  (（1.6）);
- a 人社局 quarterly table whose columns are the single quarters 一季度 | 二季度 | 三季度 | 四季度 (2025Q1 … 2025Q4),
  with an indented 其中： row;
- a table of a city's counties set as two side-by-side halves on one page (the head printed over each half, the
  second half's rows beside the first's), falls written -126;
- a 社会保险基金 table in 亿元 whose rows are grouped 一、基金收入 / 二、基金支出 and whose head is 项目 | 本期 | 上年同期 |
  同比±%, falls written −2.4;
- a 县 统计公报 财政 table with a 单位 column (万元, 亿元) grouped under 一、二、 with 其中： parts, falls in brackets.
The texts: a 市 统计公报's 卫生健康 and 社会保障 sections, a 市 人社局 year's data release (就业 by quarter, 登记失业 by
county, 社会保险基金) and a 县 统计公报's 财政 and 卫生健康 sections.

Readers no earlier set used (earlier, bulletins42's list and its own: pdftotext -layout -nopgbrk, a Markdown export of
pdfplumber's words, pdftotext -raw -eol mac): `pdftotext -layout -htmlmeta` kept as the HTML it writes (a <head> with
the document's meta tags, the layout text inside <pre>, & < > written as entities); `pdftotext -fixed 7` (physical
layout at a wide character pitch, where columns close up); pdfminer's HTML converter in its loose layout mode kept
as the HTML it writes (each text box a positioned <div> of its own, a table's cells boxes in column order, no <br>
at a line's end: the loose mode writes only the newline of the line's text; a minus sign set in a Latin font a
<span> of its own inside the number's box).
The gold file is written from the hand annotation below, never from what stats extracts.

    .venv/bin/python scripts/gold_bulletins43.py      # writes data/gold/bulletins43/{texts,bulletins43.jsonl}
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
import gold_bulletins32 as g32  # noqa: E402
import gold_bulletins36 as g36  # noqa: E402
import gold_bulletins40 as g40  # noqa: E402
import gold_bulletins41 as g41  # noqa: E402
import gold_bulletins42 as g42  # noqa: E402

g18 = g32.g18
P, H, C, N, V = g32.P, g32.H, g32.C, g32.N, g32.V
T = g40.T

OUT = ROOT / "data" / "gold" / "bulletins43"
g32.UNITS.update({"个": ("个", 1, "other"), "张": ("张", 1, "beds"), "万人": ("人", 10**4, "other"),
                  "亿元": ("元", 10**8, "money"), "万元": ("元", 10**4, "money"), "人": ("人", 1, "other")})

B, OT, PC, M, J = "beds", "other", "percent", "money", "jobs"
LV, CH = "level", "change"
Y, Y0 = "2025", "2024"
E8 = 10**8
JOB = {"topic": J}
BED = {"topic": B}
TS = g42.TS
MINUS = "\u2212"  # the minus sign a typesetter sets for a fall
LATIN, LATIN_FILE = "DejaVuSans", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
GROUP = ("", "", "", "")  # a 一、二、 line of a grouped table: no value in any cell


def AT(place: str, **opts) -> dict:
    """A cross table's row naming its own place: its figures are that place's."""
    return {"place": place, **opts}


def HALVES(n: int) -> int:
    """The `cont` of a table set as two side-by-side halves on one page, the first `n` rows the left half."""
    return -n


HY = {"全市": "衡阳市", "珠晖区": "珠晖区", "雁峰区": "雁峰区", "石鼓区": "石鼓区", "蒸湘区": "蒸湘区", "南岳区": "南岳区",
      "衡阳县": "衡阳县", "衡南县": "衡南县", "衡山县": "衡山县", "衡东县": "衡东县", "祁东县": "祁东县",
      "耒阳市": "耒阳市", "常宁市": "常宁市"}
HY_ROWS = [("全市", ["38,642", "42,186", "1,246"]), ("珠晖区", ["2,864", "3,412", "86"]),
           ("雁峰区", ["3,126", "3,968", f"{MINUS}32"]), ("石鼓区", ["4,862", "5,846", "124"]),
           ("蒸湘区", ["5,318", "6,624", "218"]), ("南岳区", ["468", "512", "12"]),
           ("衡阳县", ["4,236", "4,418", "146"]), ("衡南县", ["3,962", "4,126", "168"]),
           ("衡山县", ["1,846", "1,962", f"{MINUS}24"]), ("衡东县", ["2,418", "2,536", "96"]),
           ("祁东县", ["3,264", "3,386", "142"]), ("耒阳市", ["4,286", "4,412", "236"]),
           ("常宁市", ["1,992", "1,984", "74"])]
MY_ROWS = [("全市", ["18,642", "-126"]), ("涪城区", ["4,862", "-86"]), ("游仙区", ["2,146", "42"]),
           ("安州区", ["1,268", "-34"]), ("江油市", ["3,486", "-18"]), ("三台县", ["2,364", "26"]),
           ("盐亭县", ["1,126", "-12"]), ("梓潼县", ["968", "8"]), ("北川羌族自治县", ["1,046", "-22"]),
           ("平武县", ["1,376", "-30"])]

DOCS = [
    ("z1", "2026-03-30", "衡阳市统计局", "pdftotext-layout-htmlmeta", "衡阳市",
     "衡阳市2025年国民经济和社会发展统计公报（节选）", "衡阳市统计局  国家统计局衡阳调查队  2026年3月30日", [
        H("十二、卫生健康"),
        P("年末全市共有医疗卫生机构6,842个，其中医院236个。医疗卫生机构床位3.86万张，比上年末增加1,246张；卫生技术"
          "人员4.22万人，其中执业（助理）医师1.64万人。全年总诊疗人次3,862.4万人次，比上年下降1.2%。",
          ("6,842个", "个", LV, OT), ("236个", "个", LV, OT), ("3.86万张", "张", LV, B), ("1,246张", "张", CH, B),
          ("4.22万人", "人", LV, OT), ("1.64万人", "人", LV, OT), ("3,862.4万人次", "人次", LV, OT),
          ("1.2%", "%", CH, PC)),
        T("表10  2025年末各县市区医疗卫生机构床位和人员", "",
          [["县市区", "医疗卫生", "卫生技术", "比上年末"], ["", "机构床位", "人员", "床位增减"],
           ["", "（张）", "（人）", "（张）"]],
          [(name, 0, cells, AT(HY[name])) for name, cells in HY_ROWS],
          [C("张", LV, B, Y), C("人", LV, OT, Y), C("张", CH, B, Y)], cont=8,
          notes=["注：全市含市直医疗卫生机构，各县市区不含市直机构。"]),
        H("十三、社会保障"),
        P("年末全市城镇职工基本养老保险参保人数68.42万人，比上年末增加1.56万人；失业保险参保人数32.48万人。全年城乡"
          "低保资金支出6.42亿元，增长3.9%。年末养老机构床位2.15万张。",
          ("68.42万人", "人", LV, OT), ("1.56万人", "人", CH, OT), ("32.48万人", "人", LV, OT),
          ("6.42亿元", "元", LV, M), ("3.9%", "%", CH, PC), ("2.15万张", "张", LV, B)),
        T("表11  2025年社会保障主要指标", "", [["指标", "单位", "本期", "上年同期", "同比±%"]], [
            ("一、社会保险", 0, list(GROUP)),
            ("城镇职工基本养老保险参保人数", 1, ["万人", "68.42", "66.86", "2.3"]),
            ("其中：在职职工", 2, ["万人", "48.16", "47.62", "1.1"]),
            ("失业保险参保人数", 1, ["万人", "32.48", "33.01", "（1.6）"]),
            ("二、社会救助", 0, list(GROUP)),
            ("城市低保对象", 1, ["万人", "1.86", "2.04", "（8.8）"]),
            ("城乡低保资金支出", 1, ["亿元", "6.42", "6.18", "3.9"]),
            ("三、养老服务", 0, list(GROUP)),
            ("养老机构床位", 1, ["张", "21,460", "20,380", "5.3"], BED),
            ("其中：护理型床位", 2, ["张", "12,860", "11,240", "14.4"], BED),
        ], ["unit", V(Y), V(Y0), C("%", CH, PC, Y)],
          notes=["注：同比栏括号内数字为下降。"]),
    ]),
    ("z2", "2026-01-28", "绵阳市人力资源和社会保障局", "pdftotext-fixed7", "绵阳市",
     "绵阳市2025年人力资源和社会保障统计数据", "绵阳市人力资源和社会保障局  2026年1月28日", [
        H("一、就业"),
        P("2025年，全市城镇新增就业5.82万人，失业人员再就业1.64万人，就业困难人员实现就业5,126人。年末城镇登记失业人员"
          "1.86万人，城镇登记失业率3.06%。",
          ("5.82万人", "人", LV, J), ("1.64万人", "人", LV, J), ("5,126人", "人", LV, J), ("1.86万人", "人", LV, J),
          ("3.06%", "%", LV, J)),
        T("表1  2025年分季度就业主要指标", "", [["指标", "单位", "一季度", "二季度", "三季度", "四季度"]], [
            ("城镇新增就业", 0, ["人", "13,862", "16,248", "15,426", "12,664"], JOB),
            ("其中：高校毕业生", 1, ["人", "2,146", "4,862", "5,318", "1,968"], JOB),
            ("失业人员再就业", 0, ["人", "3,826", "4,462", "4,218", "3,894"], JOB),
            ("就业困难人员实现就业", 0, ["人", "1,186", "1,342", "1,368", "1,230"], JOB),
            ("农村劳动力新增转移就业", 0, ["万人", "1.24", "1.36", "0.98", "0.86"], JOB),
        ], ["unit", V("2025Q1"), V("2025Q2"), V("2025Q3"), V("2025Q4")],
          notes=["注：各季度数据均为当季数。"]),
        T("表2  2025年末各县市区城镇登记失业人员", "",
          [["县市区", "人数（人）", "比上年末增减"]],
          [(name, 0, cells, AT(name if name != "全市" else "绵阳市", **JOB)) for name, cells in MY_ROWS],
          [C("人", LV, J, Y), C("人", CH, J, Y)], cont=HALVES(5)),
        H("二、社会保险"),
        P("年末全市基本养老保险参保人数386.24万人，比上年末增加5.12万人。全年社会保险基金收入248.62亿元，增长4.6%；"
          "基金支出236.18亿元，下降2.4%。",
          ("386.24万人", "人", LV, OT), ("5.12万人", "人", CH, OT), ("248.62亿元", "元", LV, M), ("4.6%", "%", CH, PC),
          ("236.18亿元", "元", LV, M), ("2.4%", "%", CH, PC)),
        T("表3  2025年社会保险基金收支情况", "单位：亿元", [["项目", "本期", "上年同期", "同比±%"]], [
            ("一、基金收入", 0, ["248.62", "237.69", "4.6"]),
            ("基本养老保险", 1, ["162.48", "154.26", "5.3"]),
            ("失业保险", 1, ["5.86", "6.12", f"{MINUS}4.2"]),
            ("工伤保险", 1, ["3.64", "3.42", "6.4"]),
            ("二、基金支出", 0, ["236.18", "241.98", f"{MINUS}2.4"]),
            ("基本养老保险", 1, ["168.24", "171.36", f"{MINUS}1.8"]),
            ("其中：离退休人员基本养老金", 2, ["152.36", "150.84", "1.0"]),
            ("失业保险", 1, ["4.12", "4.86", f"{MINUS}15.2"]),
        ], [C("元", LV, M, Y, E8), C("元", LV, M, Y0, E8), C("%", CH, PC, Y)]),
    ]),
    ("z3", "2026-04-12", "石门县统计局", "pdfminer-html-loose", "石门县",
     "石门县2025年国民经济和社会发展统计公报（节选）", "石门县统计局  国家统计局石门调查队  2026年4月12日", [
        H("八、财政和金融"),
        P("全年一般公共预算收入9.86亿元，比上年下降3.2%，其中税收收入6.12亿元，下降5.6%。一般公共预算支出48.62亿元，"
          "增长2.8%。年末金融机构人民币各项存款余额512.36亿元，增长6.2%。",
          ("9.86亿元", "元", LV, M), ("3.2%", "%", CH, PC), ("6.12亿元", "元", LV, M), ("5.6%", "%", CH, PC),
          ("48.62亿元", "元", LV, M), ("2.8%", "%", CH, PC), ("512.36亿元", "元", LV, M), ("6.2%", "%", CH, PC)),
        T("表5  2025年财政金融主要指标", "", [["指标", "单位", "2025年", "比上年增长（%）"]], [
            ("一、一般公共预算收入", 0, ["万元", "98,620", "（3.2）"]),
            ("其中：税收收入", 1, ["万元", "61,240", "（5.6）"]),
            ("二、一般公共预算支出", 0, ["万元", "486,240", "2.8"]),
            ("其中：教育", 1, ["万元", "86,420", "1.6"]),
            ("卫生健康", 1, ["万元", "52,360", "（0.8）"]),
            ("社会保障和就业", 1, ["万元", "78,460", "4.2"]),
            ("三、金融机构人民币存款余额", 0, ["亿元", "512.36", "6.2"]),
            ("其中：住户存款", 1, ["亿元", "386.42", "8.4"]),
            ("四、金融机构人民币贷款余额", 0, ["亿元", "268.14", "7.6"]),
        ], ["unit", V(Y), C("%", CH, PC, Y)]),
        H("九、卫生健康"),
        P("年末全县共有医疗卫生机构412个，医疗卫生机构床位3,426张，比上年末减少58张；卫生技术人员3,168人。年末养老"
          "机构床位1,862张。",
          ("412个", "个", LV, OT), ("3,426张", "张", LV, B), ("58张", "张", CH, B), ("3,168人", "人", LV, OT),
          ("1,862张", "张", LV, B)),
        T("表6  2025年末医疗卫生和养老床位", "单位：张", [["项目", "本期", "上年同期", "同比±%"]], [
            ("医疗卫生机构床位", 0, ["3,426", "3,484", f"{MINUS}1.7"]),
            ("医院", 1, ["2,318", "2,296", "1.0"]),
            ("其中：民营医院", 2, ["612", "648", f"{MINUS}5.6"]),
            ("乡镇卫生院", 1, ["968", "1,052", f"{MINUS}8.0"]),
            ("养老机构床位", 0, ["1,862", "1,746", "6.6"]),
        ], [C("张", LV, B, Y), C("张", LV, B, Y0), C("%", CH, PC, Y)]),
    ]),
]


# --- typesetting: bulletins42's, a 续表 with no head, and a table set as two halves side by side ---------------------

def table(pg, title, unit, head, rows, cols, notes, cont) -> None:
    """bulletins42's table, except: with `cont` > 0 the page ends after that many rows and the next opens with 续表
    at the left and the rows straight after it (no head again); with `cont` < 0 the table is set as two halves side
    by side, its first -cont rows at the left, the rest at the right on the same baselines, the head over each."""
    if cont >= 0:
        return _whole(pg, title, unit, head, rows, notes, cont)
    return _halves(pg, title, unit, head, rows, notes, -cont)


def _geometry(pg, head, rows, left: float, right: float, ts: float):
    line0 = head[-1]
    ncol = sum(c[1] if isinstance(c, tuple) else 1 for c in line0)
    widest = max(pg.width(r[0], ts) + {0: 0, 1: ts, 2: 2 * ts}[r[1]] for r in rows)
    first = min(180.0, max(70.0, widest + 24.0))
    step = (right - left - first) / (ncol - 1)
    return [left + first + step * (k + 1) - 6 for k in range(ncol - 1)]


def _head(pg, head, lab: float, rights: list[float], ts: float, tl: float) -> None:
    for line in head:
        for k, text in enumerate(line):
            if text and k == 0:
                pg.text(lab, pg.y + ts, text, ts)
            elif text:
                pg.text(rights[k - 1] - pg.width(text, ts), pg.y + ts, text, ts)
        pg.y += tl


def _cell(pg, right: float, text: str, size: float) -> None:
    """bulletins42's number cell; a leading minus sign U+2212 set in a Latin font that holds it (the Chinese one has
    no glyph for it), as a typesetter setting its figures in a Latin face does."""
    if not text.startswith(MINUS):
        return g42._cell(pg, right, text, size)
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if LATIN not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(LATIN, LATIN_FILE))
    rest = text[1:]
    x = right - pg.width(rest, size) - pdfmetrics.stringWidth(MINUS, LATIN, size)
    pg.c.setFont(LATIN, size)
    pg.c.drawString(x, g18.HGT - (pg.y + size), MINUS)
    g42._cell(pg, right, rest, size)


def _row(pg, label: str, ind: int, cells, lab: float, rights: list[float], ts: float) -> None:
    pg.text(lab + {0: 0, 1: ts, 2: 2 * ts}[ind], pg.y + ts, label, ts)
    for k, cell in enumerate(cells):
        if cell:
            _cell(pg, rights[k], cell, ts)


def _whole(pg, title, unit, head, rows, notes, cont) -> None:
    ts, tl = 9.0, 15.0
    left, right = g18.LEFT, g18.RIGHT
    rights = _geometry(pg, head, rows, left, right, ts)
    c = pg.c

    def rule(width: float) -> None:
        c.setLineWidth(width)
        c.line(left, g18.HGT - pg.y, right, g18.HGT - pg.y)

    pg.need(tl * ((cont or len(rows)) + 6 + len(head) + len(notes)))
    pg.y += 6
    pg.text((g18.W - pg.width(title, 10.5)) / 2, pg.y + 10.5, title, 10.5)
    pg.y += tl + 4
    if unit:
        pg.text(right - pg.width(unit, ts), pg.y + ts, unit, ts)
        pg.y += tl
    rule(0.8)
    pg.y += 4
    _head(pg, head, left + 4, rights, ts, tl)
    rule(0.5)
    pg.y += 4
    for n, (label, ind, cells, *_own) in enumerate(rows):
        if cont and n == cont:
            rule(0.8)
            pg.footer()
            c.showPage()
            pg.page += 1
            pg.y = g18.TOPM
            pg.text(left, pg.y + ts, "续表", ts)
            pg.y += tl
            rule(0.8)
            pg.y += 4
        _row(pg, label, ind, cells, left + 4, rights, ts)
        pg.y += tl
    rule(0.8)
    pg.y += 6
    for note in notes:
        pg.text(left, pg.y + ts, note, ts)
        pg.y += tl
    pg.y += 8


def _halves(pg, title, unit, head, rows, notes, n) -> None:
    ts, tl = 9.0, 15.0
    left, right = g18.LEFT, g18.RIGHT
    mid = (left + right) / 2
    halves = [(left, mid - 6, rows[:n]), (mid + 6, right, rows[n:])]
    c = pg.c

    def rule(width: float) -> None:
        c.setLineWidth(width)
        c.line(left, g18.HGT - pg.y, right, g18.HGT - pg.y)

    pg.need(tl * (max(n, len(rows) - n) + 6 + len(head) + len(notes)))
    pg.y += 6
    pg.text((g18.W - pg.width(title, 10.5)) / 2, pg.y + 10.5, title, 10.5)
    pg.y += tl + 4
    if unit:
        pg.text(right - pg.width(unit, ts), pg.y + ts, unit, ts)
        pg.y += tl
    rule(0.8)
    pg.y += 4
    top = pg.y
    for lo, hi, _part in halves:
        pg.y = top
        _head(pg, head, lo + 4, _geometry(pg, head, rows, lo, hi, ts), ts, tl)
    rule(0.5)
    pg.y += 4
    top = pg.y
    for lo, hi, part in halves:
        pg.y = top
        rights = _geometry(pg, head, rows, lo, hi, ts)
        for label, ind, cells, *_own in part:
            _row(pg, label, ind, cells, lo + 4, rights, ts)
            pg.y += tl
    pg.y = top + tl * max(n, len(rows) - n)
    c.setLineWidth(0.5)
    c.line(mid, g18.HGT - (top - tl - 8), mid, g18.HGT - pg.y)
    rule(0.8)
    pg.y += 6
    for note in notes:
        pg.text(left, pg.y + ts, note, ts)
        pg.y += tl
    pg.y += 8


# bulletins36's typesetting with this set's table setter and bulletins40's line breaking.
typeset = g36.typeset_with(table, g40._word_lines)


def _clean(cell: str) -> str:
    """A cell as gold reads its value: bulletins42's, a fall written −3.2 or （3.2） read as -3.2."""
    if cell.startswith("（") and cell.endswith("）"):
        return "-" + cell[1:-1]
    return g42._clean(cell.replace(MINUS, "-"))


def gold(doc: str, place: str, blocks) -> list[dict]:
    """bulletins41's gold, each cell's value read as `_clean` gives it (a group line of no value gives none)."""
    def fix(rows: list) -> list:
        return [(label, ind, [c if c in g32.UNITS else _clean(c) for c in cells], *own)
                for label, ind, cells, *own in rows]

    return g41.gold(doc, place, g36._map_tables(blocks, fix))


# --- readers ----------------------------------------------------------------------------------------------------------

def _pdfminer_loose(pdf: Path) -> str:
    """pdfminer's HTMLConverter in its loose layout mode, as it writes it."""
    from pdfminer.converter import HTMLConverter
    from pdfminer.layout import LAParams
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage

    out = io.BytesIO()
    rsrc = PDFResourceManager()
    device = HTMLConverter(rsrc, out, codec="utf-8", laparams=LAParams(), layoutmode="loose")
    interp = PDFPageInterpreter(rsrc, device)
    with open(pdf, "rb") as f:
        for page in PDFPage.get_pages(f):
            interp.process_page(page)
    device.close()
    return out.getvalue().decode("utf-8")


def extract(pdf: Path, tool: str) -> str:
    """The text one real reader gives of the PDF."""
    if tool == "pdfminer-html-loose":
        return _pdfminer_loose(pdf)
    args = ["-layout", "-htmlmeta"] if tool == "pdftotext-layout-htmlmeta" else ["-fixed", "7"]
    return g36.pdftotext(pdf, *args)


def main() -> None:
    g36.run(OUT, DOCS, gold, typeset, extract)


if __name__ == "__main__":
    main()
