"""Build data/gold/bulletins32: three 2025 bulletins of our own, of kinds and in layouts no earlier set used, typeset
as PDF and read back by readers, or settings of them, no earlier set used; the weak fields are recall and period.

The typesetting is bulletins31's (round 21's: P/H blocks and tables, one PDF per bulletin with reportlab in invariant
mode, a table that may go on over a page break under 续表) and so is the hand-annotation format, with three additions:
a two-column section (its headings and paragraphs flow down the left column, then the right one, the columns balanced
on a page), footnotes (a smaller-type 注释 block after a section, each note a figure's own sentence whose period may be
another year: 2020年第七次全国人口普查时…, 2024年…), and a period per table row or column (a row 2021年 … 2025年, a
column 2025年 / 2024年: each cell that row's or column's year). The bulletins: a 省 人力资源和社会保障事业发展统计公报
excerpt whose prose stands in two columns (十四五 figures of 2021-2025) with a table whose rows are the years
2021-2025; a 市 卫生健康事业发展统计公报 with a table of 医疗卫生机构 by kind (机构数 / 床位数 / 人员数, 其中 rows
indented, its 总计 row last) and a unit-column table of 2025年 / 2024年; a 县 国民经济和社会发展统计公报 (excerpt)
with circled note marks in the prose, the notes' own figures, and two 附表 at the end, one under 单位：万元 (2025年 /
2024年 / 增长), one whose head's second line gives each column's unit (单位：张, 单位：人).

Readers no earlier set used this way: pdfminer with char_margin 1.5 and line_margin 0.8 (a column's lines merge into
one box; the two columns stay apart), poppler's `pdftotext -bbox-layout` (its own blocks and lines, each line's words
joined by one space, blocks in its order) and `pdftotext -nopgbrk -fixed 5` (physical layout at a wide character
pitch: gutters shrink, no form feed between pages). The gold file is written from the hand annotation below, never
from what stats extracts.

    .venv/bin/python scripts/gold_bulletins32.py      # writes data/gold/bulletins32/{texts,bulletins32.jsonl}
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
import gold_bulletins21 as g21  # noqa: E402
import gold_bulletins22 as g22  # noqa: E402
from gold_bulletins31 import _exact, _value  # noqa: E402  (a cell's and a quote's value, as bulletins31 reads them)

g18 = g22.g18
P, H, C, V = g18.P, g18.H, g18.C, g22.V

OUT = ROOT / "data" / "gold" / "bulletins32"
# a 单位 cell: (measure, magnitude, topic)
UNITS = {"人": ("人", 1, "other"), "万人": ("人", 10**4, "other"), "万人次": ("人次", 10**4, "other"),
         "%": ("%", 1, "percent")}

B, OT, PC, M, J = "beds", "other", "percent", "money", "jobs"
LV, CH = "level", "change"
Y = "2025"
W = 10**4
# 三项社会保险: the count of a kind of thing the name holds (GUIDE.md: optional, as bulletins2 and bulletins14 label it)
OPT3 = {"tier": "optional", "value": 3}


def T(title, unit, head, rows, cols, note="", cont=0):
    """A table: rows (label, indent, cells[, opts]); opts may give the row's `period` (for a column whose period is
    None) or `topic`; with `cont`, the page ends after that many rows and the rest follows under 续表."""
    return ("t", (title, unit, head, rows, cols, note, cont), ())


def N(text, *figs):
    """A footnote block (smaller type, no indent) and its figures, as P's."""
    return ("n", text, figs)


def TWO(*blocks):
    """A two-column section of H and P blocks."""
    return ("2", blocks, ())


def gold(doc: str, place: str, blocks) -> list[dict]:
    """The hand annotation of one bulletin as gold records: a table's cells by their column's description (or the
    row's 单位 cell), with the row's period where the column has none; prose and note figures as listed, each with
    its own period where it is not the bulletin's year."""
    out: list[dict] = []

    def add(quote, value, measure, role, topic, qualifier, tier, context, period):
        out.append({"doc": doc, "quote": quote, "value": value, "value_high": None, "measure": measure,
                    "qualifier": qualifier, "role": role, "topic": topic, "tier": tier, "context": context,
                    "place": place, "period": period})

    def walk(blocks) -> None:
        for kind, body, figs in blocks:
            if kind == "2":
                walk(body)
            elif kind in ("p", "n"):
                pos = 0
                for f in figs:
                    quote, measure, role, topic = f[:4]
                    rest = dict(f[4]) if len(f) > 4 else {}
                    m = re.compile(r"\s*".join(map(re.escape, quote))).search(body, pos)
                    assert m is not None, (doc, quote)
                    pos = m.end()
                    add(quote, rest.get("value", _value(quote) if quote[0].isdigit() else None), measure, role, topic,
                        rest.get("qualifier", "exact"),
                        rest.get("tier", "must"), body[max(0, m.start() - 20):pos + 12], rest.get("period", Y))
            elif kind == "t":
                _title, _unit, _head, rows, cols, _note, _cont = body
                for label, _ind, cells, *own in rows:
                    opts = own[0] if own else {}
                    ctx = label + " " + " ".join(cells)
                    unit = None
                    for spec, cell in zip(cols, cells, strict=True):
                        if spec == "unit":
                            unit = cell
                            continue
                        if cell == "—":
                            continue
                        if spec["measure"] is None:
                            measure, mag, topic = UNITS[unit]
                        else:
                            measure, mag, topic = spec["measure"], spec["mag"], spec["topic"]
                        period = spec["period"] or opts["period"]
                        add(cell, _exact(cell, mag), measure, spec["role"], opts.get("topic", topic), "exact", "must",
                            ctx, period)

    walk(blocks)
    return out


DOCS = [
    ("y1", "2026-06-10", "甘肃省人力资源和社会保障厅", "pdfminer-columns", "甘肃省",
     "甘肃省2025年度人力资源和社会保障事业发展统计公报（节选）", "甘肃省人力资源和社会保障厅  2026年6月10日", [
        TWO(
            H("一、就业"),
            P("2025年末全省城镇就业人员652.38万人，比上年末增加6.12万人。全年城镇新增就业33.46万人，完成年度目标任务"
              "的111.5%；失业人员再就业8.64万人，就业困难人员实现就业3.18万人。年末全省城镇登记失业率为3.06%，全年城镇"
              "调查失业率平均值为5.1%。",
              ("652.38万人", "人", LV, J), ("6.12万人", "人", CH, J), ("33.46万人", "人", LV, J),
              ("111.5%", "%", LV, J), ("8.64万人", "人", LV, J), ("3.18万人", "人", LV, J), ("3.06%", "%", LV, J),
              ("5.1%", "%", LV, J)),
            P("全年全省输转城乡富余劳动力521.36万人。“十四五”时期，全省累计城镇新增就业162.84万人，城镇新增就业年均"
              "增长1.8%。",
              ("521.36万人", "人", LV, J), ("162.84万人", "人", LV, J, {"period": "2021-2025"}),
              ("1.8%", "%", CH, J, {"period": "2021-2025"})),
            H("二、社会保险"),
            P("年末全省基本养老保险参保人数2186.54万人，比上年末增加18.36万人。其中，城镇职工基本养老保险参保人数"
              "648.12万人，城乡居民基本养老保险参保人数1538.42万人。年末全省失业保险参保人数246.38万人，工伤保险参保"
              "人数362.74万人，比上年末增加9.86万人。",
              ("2186.54万人", "人", LV, OT), ("18.36万人", "人", CH, OT), ("648.12万人", "人", LV, OT),
              ("1538.42万人", "人", LV, OT), ("246.38万人", "人", LV, OT), ("362.74万人", "人", LV, OT),
              ("9.86万人", "人", CH, OT)),
            P("全年三项社会保险基金总收入986.42亿元，比上年增长5.3%；基金总支出942.18亿元，增长6.1%。年末三项社会保险"
              "基金累计结余1068.36亿元。",
              ("三项", "项", LV, OT, OPT3), ("986.42亿元", "元", LV, M), ("5.3%", "%", CH, PC),
              ("942.18亿元", "元", LV, M), ("6.1%", "%", CH, PC), ("三项", "项", LV, OT, OPT3),
              ("1068.36亿元", "元", LV, M)),
            H("三、工资和劳动关系"),
            P("2025年全省城镇非私营单位就业人员年平均工资为108642元，比上年增长4.6%。年末全省月最低工资标准第一档为"
              "2020元。全年各级劳动人事争议仲裁机构共受理案件2.16万件，仲裁结案率为97.8%。",
              ("108642元", "元", LV, M), ("4.6%", "%", CH, PC), ("2020元", "元", LV, M), ("2.16万件", "件", LV, OT),
              ("97.8%", "%", LV, PC)),
            H("四、人才队伍建设"),
            P("年末全省专业技术人才总量达86.42万人，高技能人才38.16万人。全年新增技能人才6.84万人，其中高技能人才"
              "2.12万人。",
              ("86.42万人", "人", LV, OT), ("38.16万人", "人", LV, OT), ("6.84万人", "人", LV, OT),
              ("2.12万人", "人", LV, OT)),
        ),
        T("表1  2021—2025年全省就业和社会保险主要指标", "",
          [["年份", "城镇新增就业", "城镇登记失业率", "基本养老保险"], ["", "（万人）", "（%）", "参保人数（万人）"]], [
            ("2021年", 0, ["31.86", "3.21", "2098.46"], {"period": "2021"}),
            ("2022年", 0, ["32.14", "3.32", "2126.38"], {"period": "2022"}),
            ("2023年", 0, ["32.62", "3.18", "2148.72"], {"period": "2023"}),
            ("2024年", 0, ["33.08", "3.12", "2168.18"], {"period": "2024"}),
            ("2025年", 0, ["33.46", "3.06", "2186.54"], {"period": "2025"}),
        ], [C("人", LV, J, None, W), C("%", LV, J, None), C("人", LV, OT, None, W)],
          note="注：2025年数据为初步统计数。"),
    ]),
    ("y2", "2026-05-15", "遵义市卫生健康局", "pdftotext-bbox-layout", "遵义市",
     "遵义市2025年卫生健康事业发展统计公报", "遵义市卫生健康局  2026年5月15日", [
        H("一、卫生资源"),
        P("（一）医疗卫生机构。2025年末，全市医疗卫生机构总数达6132个，比上年增加46个。其中：医院236个，基层医疗卫生"
          "机构5784个，专业公共卫生机构94个。医院中，公立医院68个，民营医院168个。",
          ("6132个", "个", LV, OT), ("46个", "个", CH, OT), ("236个", "个", LV, OT), ("5784个", "个", LV, OT),
          ("94个", "个", LV, OT), ("68个", "个", LV, OT), ("168个", "个", LV, OT)),
        P("（二）床位。年末全市医疗卫生机构床位5.82万张，其中医院4.76万张，基层医疗卫生机构0.91万张。每千常住人口"
          "医疗卫生机构床位8.86张，比上年末增加0.24张。",
          ("5.82万张", "张", LV, B), ("4.76万张", "张", LV, B), ("0.91万张", "张", LV, B), ("8.86张", "张", LV, B),
          ("0.24张", "张", CH, B)),
        P("（三）卫生人员。年末全市卫生人员总数8.64万人，其中卫生技术人员6.92万人，乡村医生和卫生员0.58万人。卫生"
          "技术人员中，执业（助理）医师2.68万人，注册护士3.16万人。每千常住人口执业（助理）医师4.08人，每千常住人口"
          "注册护士4.81人。",
          ("8.64万人", "人", LV, OT), ("6.92万人", "人", LV, OT), ("0.58万人", "人", LV, OT),
          ("2.68万人", "人", LV, OT), ("3.16万人", "人", LV, OT), ("4.08人", "人", LV, OT), ("4.81人", "人", LV, OT)),
        T("表1  2025年末医疗卫生机构、床位和人员数", "",
          [["机构类别", "机构数", "床位数", "人员数"], ["", "（个）", "（张）", "（人）"]], [
            ("医院", 0, ["236", "47612", "52318"]),
            ("其中：公立医院", 1, ["68", "36524", "41286"]),
            ("民营医院", 2, ["168", "11088", "11032"]),
            ("基层医疗卫生机构", 0, ["5784", "9086", "27464"]),
            ("其中：乡镇卫生院", 1, ["212", "7846", "12618"]),
            ("村卫生室", 2, ["4896", "—", "6842"]),
            ("专业公共卫生机构", 0, ["94", "1502", "5862"]),
            ("其他医疗卫生机构", 0, ["18", "—", "756"]),
            ("总计", 0, ["6132", "58200", "86400"]),
        ], [C("个", LV, OT, Y), C("张", LV, B, Y), C("人", LV, OT, Y)],
          note="注：人员数为卫生人员数，含乡村医生和卫生员。"),
        H("二、医疗服务"),
        P("全年全市医疗卫生机构总诊疗人次3862.46万人次，比上年增长4.2%。其中，医院1586.32万人次，基层医疗卫生机构"
          "2146.18万人次。全年入院人数126.84万人，比上年增长2.6%。全市医院病床使用率为78.6%，比上年下降1.5个百分点。",
          ("3862.46万人次", "人次", LV, OT), ("4.2%", "%", CH, PC), ("1586.32万人次", "人次", LV, OT),
          ("2146.18万人次", "人次", LV, OT), ("126.84万人", "人", LV, OT), ("2.6%", "%", CH, PC),
          ("78.6%", "%", LV, PC), ("1.5个百分点", "百分点", CH, PC)),
        T("表2  医疗服务主要指标", "", [["指标", "单位", "2025年", "2024年"]], [
            ("总诊疗人次", 0, ["万人次", "3862.46", "3706.78"]),
            ("其中：医院", 1, ["万人次", "1586.32", "1532.64"]),
            ("入院人数", 0, ["万人", "126.84", "123.62"]),
            ("出院人数", 0, ["万人", "125.92", "122.84"]),
            ("医院病床使用率", 0, ["%", "78.6", "80.1"]),
        ], ["unit", V("2025"), V("2024")]),
        H("三、公共卫生"),
        P("全年全市孕产妇死亡率为8.62/10万，婴儿死亡率为3.12‰，5岁以下儿童死亡率为4.56‰。全市甲乙类法定报告传染病"
          "发病率为186.42/10万。年末全市家庭医生签约服务人数286.46万人，签约率41.8%。",
          ("8.62/10万", "/10万", LV, OT), ("3.12‰", "‰", LV, PC), ("4.56‰", "‰", LV, PC),
          ("186.42/10万", "/10万", LV, OT), ("286.46万人", "人", LV, OT), ("41.8%", "%", LV, PC)),
    ]),
    ("y3", "2026-04-08", "临泉县统计局", "pdftotext-fixed5-nopgbrk", "临泉县",
     "临泉县2025年国民经济和社会发展统计公报（节选）", "临泉县统计局  2026年4月8日", [
        H("一、综合"),
        P("初步核算，全年全县地区生产总值①486.32亿元，比上年增长5.8%。其中，第一产业增加值76.48亿元，增长3.6%；第二"
          "产业增加值152.36亿元，增长6.9%；第三产业增加值257.48亿元，增长5.7%。",
          ("486.32亿元", "元", LV, M), ("5.8%", "%", CH, PC), ("76.48亿元", "元", LV, M), ("3.6%", "%", CH, PC),
          ("152.36亿元", "元", LV, M), ("6.9%", "%", CH, PC), ("257.48亿元", "元", LV, M), ("5.7%", "%", CH, PC)),
        P("年末全县户籍人口228.64万人，常住人口②164.38万人，比上年末减少0.86万人。常住人口城镇化率为41.26%，比上年末"
          "提高1.08个百分点。",
          ("228.64万人", "人", LV, OT), ("164.38万人", "人", LV, OT), ("0.86万人", "人", CH, OT),
          ("41.26%", "%", LV, PC), ("1.08个百分点", "百分点", CH, PC)),
        H("二、社会事业"),
        P("年末全县共有医疗卫生机构862个，医疗卫生机构床位9864张，卫生技术人员③10236人。全年全县城镇新增就业1.26万人，"
          "农村劳动力转移就业68.42万人。年末全县城乡居民基本养老保险参保人数112.46万人。",
          ("862个", "个", LV, OT), ("9864张", "张", LV, B), ("10236人", "人", LV, OT), ("1.26万人", "人", LV, J),
          ("68.42万人", "人", LV, J), ("112.46万人", "人", LV, OT)),
        H("三、财政"),
        P("全年一般公共预算收入28.64亿元，比上年增长4.1%，其中税收收入18.36亿元。一般公共预算支出④186.42亿元，增长"
          "2.3%。",
          ("28.64亿元", "元", LV, M), ("4.1%", "%", CH, PC), ("18.36亿元", "元", LV, M), ("186.42亿元", "元", LV, M),
          ("2.3%", "%", CH, PC)),
        N("注释：①地区生产总值、各产业增加值绝对数按现价计算，增长速度按不变价格计算。"),
        N("②常住人口为人口抽样调查推算数。2020年第七次全国人口普查时全县常住人口为155.16万人。",
          ("155.16万人", "人", LV, OT, {"period": "2020"})),
        N("③卫生技术人员中，执业（助理）医师3862人，注册护士4716人。",
          ("3862人", "人", LV, OT), ("4716人", "人", LV, OT)),
        N("④2024年全县一般公共预算支出为182.24亿元。", ("182.24亿元", "元", LV, M, {"period": "2024"})),
        T("附表1  2025年财政收支情况", "单位：万元", [["项目", "2025年", "2024年", "增长（%）"]], [
            ("一般公共预算收入", 0, ["286400", "275120", "4.1"]),
            ("其中：税收收入", 1, ["183600", "172860", "6.2"]),
            ("一般公共预算支出", 0, ["1864200", "1822400", "2.3"]),
            ("其中：教育支出", 1, ["386240", "372860", "3.6"]),
            ("卫生健康支出", 2, ["218460", "206180", "6.0"]),
        ], [C("元", LV, M, "2025", W), C("元", LV, M, "2024", W), C("%", CH, PC, "2025")]),
        T("附表2  2025年末医疗卫生资源", "",
          [["机构类别", "床位", "卫生技术人员", "执业（助理）医师"], ["", "单位：张", "单位：人", "单位：人"]], [
            ("医院", 0, ["7236", "6428", "2316"]),
            ("基层医疗卫生机构", 0, ["2386", "3284", "1326"]),
            ("其中：乡镇卫生院", 1, ["2218", "2146", "842"]),
            ("专业公共卫生机构", 0, ["242", "524", "220"]),
        ], [C("张", LV, B, Y), C("人", LV, OT, Y), C("人", LV, OT, Y)]),
    ]),
]


# --- typesetting: bulletins21's, with a two-column section and footnotes ------------------------------------------

def _columns(pg, blocks, size: float, lead: float) -> None:
    """A two-column section: its lines (headings and paragraph lines a column wide) flow down the left column, then
    the right; on a page with room for all that is left, the two columns are balanced."""
    gap = 20.0
    colw = (g18.RIGHT - g18.LEFT - gap) / 2
    lines: list[tuple[float, str]] = []  # (indent, text)
    for kind, body, _figs in blocks:
        if kind == "h":
            lines.append((0.0, body))
        else:
            for k, line in enumerate(g18._lines(body, colw, size, 2 * size, pg)):
                lines.append((2 * size if k == 0 else 0.0, line))
    while lines:
        room = int((g18.BOTM - pg.y) // lead)
        if room < 2:
            pg.need(g18.BOTM)
            continue
        take = min(len(lines), 2 * room)
        left_n = min(room, (take + 1) // 2)
        top = pg.y
        for n, (indent, text) in enumerate(lines[:take]):
            col = 0 if n < left_n else 1
            row = n if col == 0 else n - left_n
            pg.text(g18.LEFT + col * (colw + gap) + indent, top + row * lead + size, text, size)
        pg.y = top + left_n * lead
        lines = lines[take:]
        if lines:
            pg.need(g18.BOTM)
    pg.y += 6


def typeset(path: Path, title: str, byline: str, blocks) -> None:
    """bulletins21's typesetting, with two-column sections and footnote blocks (9 pt, no first-line indent)."""
    from reportlab.pdfgen import canvas

    g18._register()
    c = canvas.Canvas(str(path), pagesize=(g18.W, g18.HGT), invariant=1)
    pg = g18.Pager(c)
    size, lead = 10.5, 18.0
    pg.text((g18.W - pg.width(title, 15)) / 2, pg.y + 15, title, 15)
    pg.y += 28
    pg.text((g18.W - pg.width(byline, 10)) / 2, pg.y + 10, byline, 10)
    pg.y += 26
    for kind, body, _figs in blocks:
        if kind == "h":
            pg.need(lead * 2)
            pg.text(g18.LEFT + 2 * size, pg.y + size, body, size)
            pg.y += lead
        elif kind == "p":
            for k, line in enumerate(g18._lines(body, g18.RIGHT - g18.LEFT, size, 2 * size, pg)):
                pg.need(lead)
                pg.text(g18.LEFT + (2 * size if k == 0 else 0), pg.y + size, line, size)
                pg.y += lead
        elif kind == "n":
            for line in g18._lines(body, g18.RIGHT - g18.LEFT, 9.0, 0.0, pg):
                pg.need(14.0)
                pg.text(g18.LEFT, pg.y + 9.0, line, 9.0)
                pg.y += 14.0
        elif kind == "2":
            _columns(pg, body, size, lead)
        else:
            g21.table(pg, *body)
    pg.footer()
    c.save()


def _bbox_lines(pdf: Path) -> str:
    """poppler's -bbox-layout: its blocks in its order, each of its lines a line of text, words joined by a space."""
    out = subprocess.run(["pdftotext", "-bbox-layout", "-enc", "UTF-8", str(pdf), "-"], check=True,
                         capture_output=True, text=True).stdout
    root = ET.fromstring(out[out.index("<html"):].replace('xmlns="http://www.w3.org/1999/xhtml"', ""))
    pages = []
    for page in root.iter("page"):
        lines = []
        for block in page.iter("block"):
            for line in block.iter("line"):
                lines.append(" ".join("".join(w.itertext()) for w in line.iter("word")))
        pages.append("\n".join(lines))
    return "\n\f".join(pages) + "\n"


def extract(pdf: Path, tool: str) -> str:
    """The text one real reader gives of the PDF."""
    if tool == "pdftotext-bbox-layout":
        return _bbox_lines(pdf)
    if tool == "pdftotext-fixed5-nopgbrk":
        return subprocess.run(["pdftotext", "-nopgbrk", "-fixed", "5", "-enc", "UTF-8", str(pdf), "-"], check=True,
                              capture_output=True, text=True).stdout
    from pdfminer.high_level import extract_text
    from pdfminer.layout import LAParams

    return extract_text(str(pdf), laparams=LAParams(char_margin=1.5, line_margin=0.8))


def main() -> None:
    g18.gold = gold
    g18.typeset = typeset
    g18.build(OUT, DOCS, extract)


if __name__ == "__main__":
    main()
