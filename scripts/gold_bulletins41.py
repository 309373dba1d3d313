"""Build data/gold/bulletins41: three 2025 statistical texts on beds, jobs and money whose tables take forms real
bulletins and data releases print and no earlier set used, typeset as PDF and read back by readers, or settings of
them, no earlier set used; the weak field is recall in tables (bulletins40 was recall 0.73 blind).

The typesetting and the hand-annotation format are bulletins40's (P/H/N blocks, tables whose cells take their column's
or their row's period and unit; gold written by bulletins36's `gold`), with a table setter of its own and forms no
earlier set used:
- a 县 统计公报 table whose rows are 乡镇 (the county's 全县 row first) under a caption naming the county and the
  period (表8  2025年末桃江县各乡镇医疗卫生机构床位情况, 单位：张), its sub-column 其中：卫生院 and a 比上年末增减
  column holding negative numbers; the table is split over two pages, its caption repeated with （续） over its head
  repeated; every row's figures the county's (a town's go under its county, rules/lexicon/places.yaml);
- a 市 人社局 data release's quarterly table (指标 | 单位 | 一季度 | 上半年 | 前三季度 | 全年): each cell of its
  column's span of the year (2025Q1, 2025H1, 2025Q1-Q3, 2025; GUIDE.md: period);
- a 重点群体 table (高校毕业生 | 农民工 | 就业困难人员 rows) whose head gives the 人 unit (就业人数（人）), a 占比 and a
  growth column, a — cell and negative growth;
- a 市 统计公报 table whose unit stands once in its caption (表9  2025年一般公共预算主要支出项目（单位：万元）) with
  2025年 | 2024年 | 增减（±） | 增幅（%） columns, the 增减 and 增幅 cells negative where spending fell;
- a table with merged cells: a 类别 column whose each cell spans its group's rows, printed once at the group's
  vertical middle (between two rows' lines where the group has an even number of rows), 指标 | 单位 | 2025年 |
  比上年增长（%） beside it.
The texts: a 县 统计公报's 就业 and 卫生健康 sections, a 市 人社局 year's data release (就业 by quarter, 重点群体, 社会
保险) and a 市 统计公报's 财政 and 卫生健康和社会保障 sections.

Readers no earlier set used (earlier, bulletins40's list and its own: pdfplumber plain, layout, layout x4 and x10,
tolerances, text flow, words, words joined by TABs, lines, simple, grids, find_tables text strategy; pdfminer default,
many LAParams, HTML, XML and hOCR output; pdftotext plain, -layout, -layout -eol dos, -raw, -raw -nodiag, -raw
-nopgbrk, -fixed 2.5, 3, 5 and 6, -colspacing, -tsv, -bbox, -bbox-layout; pdftohtml -xml and HTML; pypdfium2 range,
bounded, bounded lines, bands, objects, rects, characters with tabs): pdfplumber's extract_words() grouped into lines
by their top and written as CSV (a line's words its fields, a field holding a comma quoted: "2,146", as a
words-to-spreadsheet tool exports them); `pdftotext -fixed 4` (physical layout at a character pitch between 3 and 5);
pypdfium2's characters grouped into lines by their baseline, a gap wider than a fifth of the type size written as one
space for each quarter of the size it spans (a layout text of the page's own geometry).
The gold file is written from the hand annotation below, never from what stats extracts.

    .venv/bin/python scripts/gold_bulletins41.py      # writes data/gold/bulletins41/{texts,bulletins41.jsonl}
"""

from __future__ import annotations

import csv
import io
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
import gold_bulletins32 as g32  # noqa: E402
import gold_bulletins34 as g34  # noqa: E402
import gold_bulletins36 as g36  # noqa: E402
import gold_bulletins40 as g40  # noqa: E402

g18 = g32.g18
P, H, C, N, V = g32.P, g32.H, g32.C, g32.N, g32.V
T = g40.T
VC = g34.VC

OUT = ROOT / "data" / "gold" / "bulletins41"
# the 单位 cells of this set's unit-column tables (bulletins40 put them into g32's table when it was imported)
g32.UNITS.update({"个": ("个", 1, "other"), "张": ("张", 1, "beds"), "万人": ("人", 10**4, "other"),
                  "亿元": ("元", 10**8, "money"), "万元": ("元", 10**4, "money"), "人": ("人", 1, "other"),
                  "万人次": ("人次", 10**4, "other")})

B, OT, PC, M, J = "beds", "other", "percent", "money", "jobs"
LV, CH = "level", "change"
Y = "2025"
W = 10**4
JOB = {"topic": J}
BED = {"topic": B}


def CAT(name: str, span: int, **opts) -> dict:
    """The options of a group's first row in a merged-cell table: the 类别 cell `name` spans it and the next span-1
    rows (gold reads no figure from it)."""
    return {"cat": (name, span), **opts}


TOWNS = [("全县", ["3,862", "486", "148"]), ("桃花江镇", ["1,846", "42", "96"]), ("灰山港镇", ["236", "42", "18"]),
         ("武潭镇", ["168", "38", "-6"]), ("马迹塘镇", ["212", "46", "12"]), ("三堂街镇", ["124", "30", "-8"]),
         ("大栗港镇", ["146", "34", "4"]), ("松木塘镇", ["118", "28", "-2"]), ("修山镇", ["132", "32", "6"]),
         ("鸬鹚渡镇", ["186", "40", "10"]), ("沾溪镇", ["164", "36", "8"]), ("石牛江镇", ["196", "44", "14"]),
         ("牛田镇", ["142", "34", "-4"]), ("浮邱山乡", ["92", "20", "0"]), ("鲊埠回族乡", ["100", "20", "0"])]

DOCS = [
    ("x1", "2026-04-10", "桃江县统计局", "pdfplumber-words-csv", "桃江县",
     "桃江县2025年国民经济和社会发展统计公报（节选）", "桃江县统计局  国家统计局桃江调查队  2026年4月10日", [
        H("九、就业和社会保障"),
        P("全年城镇新增就业6,286人，比上年增长2.4%，其中高校毕业生就业1,862人。农村劳动力转移就业1.26万人。年末城镇"
          "登记失业率2.18%。全年发放创业担保贷款1.86亿元，城乡居民最低生活保障支出9,862万元。",
          ("6,286人", "人", LV, J), ("2.4%", "%", CH, J), ("1,862人", "人", LV, J), ("1.26万人", "人", LV, J),
          ("2.18%", "%", LV, J), ("1.86亿元", "元", LV, M), ("9,862万元", "元", LV, M)),
        H("十、卫生健康"),
        P("年末全县共有医疗卫生机构512个，其中医院14个，乡镇卫生院15个。医疗卫生机构床位3,862张，比上年末增加148张，"
          "其中乡镇卫生院床位486张。卫生技术人员4,236人。年末养老机构床位2,146张，每千名老年人拥有养老床位32.6张。",
          ("512个", "个", LV, OT), ("14个", "个", LV, OT), ("15个", "个", LV, OT), ("3,862张", "张", LV, B),
          ("148张", "张", CH, B), ("486张", "张", LV, B), ("4,236人", "人", LV, OT), ("2,146张", "张", LV, B),
          ("32.6张", "张", LV, B)),
        T("表8  2025年末桃江县各乡镇医疗卫生机构床位情况", "单位：张",
          [["乡镇", "床位数", "其中：卫生院", "比上年末增减"]],
          [(name, 0, cells, BED) for name, cells in TOWNS],
          [C("张", LV, B, Y), C("张", LV, B, Y), C("张", CH, B, Y)], cont=9,
          notes=["注：全县含县直医疗卫生机构床位，县直机构床位计入所在乡镇。"]),
    ]),
    ("x2", "2026-01-22", "遵义市人力资源和社会保障局", "pdftotext-fixed4", "遵义市",
     "遵义市2025年人力资源和社会保障主要统计数据", "遵义市人力资源和社会保障局  2026年1月22日", [
        H("一、就业"),
        P("2025年，全市城镇新增就业6.12万人，完成年度目标任务的108.5%；失业人员再就业1.86万人，就业困难人员实现就业"
          "6,248人。农村劳动力新增转移就业4.36万人。年末城镇调查失业率5.1%。",
          ("6.12万人", "人", LV, J), ("108.5%", "%", LV, J), ("1.86万人", "人", LV, J), ("6,248人", "人", LV, J),
          ("4.36万人", "人", LV, J), ("5.1%", "%", LV, J)),
        T("表1  2025年分季度主要就业指标", "", [["指标", "单位", "一季度", "上半年", "前三季度", "全年"]], [
            ("城镇新增就业", 0, ["人", "14,862", "32,416", "48,624", "61,236"], JOB),
            ("失业人员再就业", 0, ["人", "4,126", "9,368", "14,052", "18,634"], JOB),
            ("就业困难人员实现就业", 0, ["人", "1,462", "3,218", "4,836", "6,248"], JOB),
            ("农村劳动力新增转移就业", 0, ["人", "9,846", "21,362", "33,518", "43,620"], JOB),
            ("发放创业担保贷款", 0, ["万元", "18,640", "42,366", "61,842", "82,460"]),
        ], ["unit", V("2025Q1"), V("2025H1"), V("2025Q1-Q3"), V(Y)],
          notes=["注：各季度数据均为自年初起的累计数。"]),
        T("表2  2025年重点群体就业情况", "",
          [["重点群体", "就业人数（人）", "占城镇新增就业比重（%）", "比上年增长（%）"]], [
            ("高校毕业生", 0, ["21,486", "35.1", "4.6"], JOB),
            ("农民工", 0, ["186,420", "—", "-1.2"], JOB),
            ("就业困难人员", 0, ["6,248", "10.2", "-3.8"], JOB),
        ], [C("人", LV, J, Y), C("%", LV, PC, Y), C("%", CH, PC, Y)],
          notes=["注：农民工为年末在外务工和就地就近就业的农村劳动力，不计入城镇新增就业。"]),
        H("二、社会保险"),
        P("年末全市基本养老保险参保人数512.36万人，比上年末增加8.64万人；失业保险参保人数86.42万人。全年社会保险基金"
          "支出168.24亿元，增长5.6%。",
          ("512.36万人", "人", LV, OT), ("8.64万人", "人", CH, OT), ("86.42万人", "人", LV, OT),
          ("168.24亿元", "元", LV, M), ("5.6%", "%", CH, PC)),
    ]),
    ("x3", "2026-03-28", "常德市统计局", "pypdfium2-chars-gaps", "常德市",
     "常德市2025年国民经济和社会发展统计公报（节选）", "常德市统计局  国家统计局常德调查队  2026年3月28日", [
        H("十一、财政"),
        P("全年全市一般公共预算收入186.24亿元，比上年增长3.2%，其中税收收入121.68亿元，下降1.4%。一般公共预算支出"
          "542.36亿元，增长2.1%。",
          ("186.24亿元", "元", LV, M), ("3.2%", "%", CH, PC), ("121.68亿元", "元", LV, M), ("1.4%", "%", CH, PC),
          ("542.36亿元", "元", LV, M), ("2.1%", "%", CH, PC)),
        T("表9  2025年一般公共预算支出主要项目（单位：万元）", "",
          [["项目", "2025年", "2024年", "增减（±）", "增幅（%）"]], [
            ("教育支出", 0, ["986,420", "962,180", "24,240", "2.5"]),
            ("社会保障和就业支出", 0, ["824,360", "798,640", "25,720", "3.2"]),
            ("卫生健康支出", 0, ["468,240", "486,120", "-17,880", "-3.7"]),
            ("城乡社区支出", 0, ["362,860", "401,360", "-38,500", "-9.6"]),
            ("农林水支出", 0, ["512,480", "498,260", "14,220", "2.9"]),
        ], [C("元", LV, M, Y, W), C("元", LV, M, "2024", W), C("元", CH, M, Y, W), C("%", CH, PC, Y)]),
        H("十二、卫生健康和社会保障"),
        P("年末全市共有医疗卫生机构4,862个，医疗卫生机构床位4.36万张，比上年末增加1,286张。卫生技术人员4.12万人。"
          "全年城镇新增就业4.86万人，年末城镇登记失业率2.62%。",
          ("4,862个", "个", LV, OT), ("4.36万张", "张", LV, B), ("1,286张", "张", CH, B), ("4.12万人", "人", LV, OT),
          ("4.86万人", "人", LV, J), ("2.62%", "%", LV, J)),
        T("表10  2025年卫生健康和社会保障主要指标", "", [["类别", "指标", "单位", "2025年", "比上年增长（%）"]], [
            ("医疗卫生机构床位", 0, ["张", "43,600", "3.0"], CAT("卫生健康", 3, **BED)),
            ("卫生技术人员", 0, ["人", "41,200", "2.6"]),
            ("总诊疗人次", 0, ["万人次", "2,486.32", "-1.8"]),
            ("城镇新增就业", 0, ["人", "48,600", "1.9"], CAT("就业", 2, **JOB)),
            ("失业人员再就业", 0, ["人", "12,460", "-2.3"], JOB),
            ("养老机构床位", 0, ["张", "12,860", "4.2"], CAT("社会保障", 2, **BED)),
            ("城乡低保支出", 0, ["万元", "48,620", "-0.6"]),
        ], ["unit", V(Y), C("%", CH, PC, Y)]),
    ]),
]


# --- typesetting: bulletins40's, a table split with its caption repeated (续), and a merged 类别 column -------------

CATW = 66.0  # the width of a merged-cell table's 类别 column


def table(pg, title, unit, head, rows, cols, notes, cont) -> None:
    """bulletins40's table (head cells may span columns, 注 lines under it), and: with `cont`, the page ends after that
    many rows, closed by its rule, and the next page opens with the caption again followed by （续） and the head again;
    where a row's options carry `cat` (name, span), the first head cell is a 类别 column and the name is set once in
    it at the vertical middle of its span's rows."""
    ts, tl = 9.0, 15.0
    cats = any(len(r) > 3 and "cat" in r[3] for r in rows)
    line0 = head[-1][1:] if cats else head[-1]
    ncol = sum(c[1] if isinstance(c, tuple) else 1 for c in line0)
    first = CATW + 120.0 if cats else 180.0 if ncol <= 4 else 150.0
    step = (g18.RIGHT - g18.LEFT - first) / (ncol - 1)
    rights = [g18.LEFT + first + step * (k + 1) - 6 for k in range(ncol - 1)]
    c = pg.c
    left, right = g18.LEFT, g18.RIGHT
    lab = left + 4 + (CATW if cats else 0.0)

    def rule(width: float) -> None:
        c.setLineWidth(width)
        c.line(left, g18.HGT - pg.y, right, g18.HGT - pg.y)

    def caption(text: str) -> None:
        pg.text((g18.W - pg.width(text, 10.5)) / 2, pg.y + 10.5, text, 10.5)
        pg.y += tl + 4

    def heading() -> None:
        if unit:
            pg.text(right - pg.width(unit, ts), pg.y + ts, unit, ts)
            pg.y += tl
        rule(0.8)
        pg.y += 4
        for line in head:
            cells = list(line)
            if cats:
                pg.text(left + 4, pg.y + ts, cells.pop(0), ts)
            k = 0
            for cell in cells:
                text, span = cell if isinstance(cell, tuple) else (cell, 1)
                if text and k == 0:
                    pg.text(lab, pg.y + ts, text, ts)
                elif text and span == 1:
                    pg.text(rights[k - 1] - pg.width(text, ts), pg.y + ts, text, ts)
                elif text:
                    lo, hi = rights[k - 1] - step + 6, rights[k + span - 2]
                    pg.text((lo + hi - pg.width(text, ts)) / 2, pg.y + ts, text, ts)
                k += span
            pg.y += tl
        rule(0.5)
        pg.y += 4

    pg.need(tl * ((cont or len(rows)) + 6 + len(head) + len(notes)))
    pg.y += 6
    caption(title)
    heading()
    for n, (label, ind, cells, *own) in enumerate(rows):
        if cont and n == cont:
            rule(0.8)
            pg.footer()
            c.showPage()
            pg.page += 1
            pg.y = g18.TOPM
            caption(title + "（续）")
            heading()
        if own and "cat" in own[0]:
            name, span = own[0]["cat"]
            c.setLineWidth(0.3)  # the merged cell's own rule over it (none over the table's first group)
            if n:
                c.line(left, g18.HGT - pg.y + 2, right, g18.HGT - pg.y + 2)
            pg.text(left + 4, pg.y + ts + tl * (span - 1) / 2, name, ts)
        x = lab + {0: 0, 1: 2 * ts, 2: 5 * ts}[ind]
        pg.text(x, pg.y + ts, label, ts)
        for k, cell in enumerate(cells):
            pg.text(rights[k] - pg.width(cell, ts), pg.y + ts, cell, ts)
        pg.y += tl
    rule(0.8)
    pg.y += 6
    for note in notes:
        pg.text(left + (0 if note.startswith("注") else 2 * ts), pg.y + ts, note, ts)
        pg.y += tl
    pg.y += 8


# bulletins36's typesetting with this set's table setter and bulletins40's line breaking.
typeset = g36.typeset_with(table, g40._word_lines)


def gold(doc: str, place: str, blocks) -> list[dict]:
    """bulletins36's gold (a table's head, caption and notes and a 类别 cell give no figures)."""
    return g36.gold(doc, place, blocks)


# --- readers ----------------------------------------------------------------------------------------------------------

def _words_csv(pdf: Path) -> str:
    """pdfplumber's extract_words(), grouped into lines by their top (within 2 pt), a line's words left to right written
    as one CSV record (a word holding a comma or a quote quoted)."""
    import pdfplumber

    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    with pdfplumber.open(pdf) as doc:
        for page in doc.pages:
            lines: list[list[dict]] = []
            for word in sorted(page.extract_words(), key=lambda x: (round(x["top"]), x["x0"])):
                if lines and abs(lines[-1][0]["top"] - word["top"]) <= 2:
                    lines[-1].append(word)
                else:
                    lines.append([word])
            for ln in lines:
                w.writerow([x["text"] for x in sorted(ln, key=lambda x: x["x0"])])
    return out.getvalue()


def _char_gaps(pdf: Path) -> str:
    """pypdfium2's characters with their boxes, grouped into lines by their baseline (within 2 pt), left to right; a gap
    wider than a fifth of the type size written as one space per quarter of the size it spans, a page's lines top down."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf))
    pages = []
    try:
        for page in doc:
            tp = page.get_textpage()
            chars = []
            for i in range(tp.count_chars()):
                ch = tp.get_text_range(i, 1)
                if not ch.strip():
                    continue
                x0, y0, x1, y1 = tp.get_charbox(i, loose=True)
                chars.append((ch, x0, x1, y0, max(y1 - y0, 1.0)))
            lines: list[list[tuple]] = []
            for ch in sorted(chars, key=lambda c: (-round(c[3]), c[1])):
                if lines and abs(lines[-1][0][3] - ch[3]) <= 2:
                    lines[-1].append(ch)
                else:
                    lines.append([ch])
            out = []
            for ln in lines:
                ln.sort(key=lambda c: c[1])
                text, last = "", None
                for ch, x0, x1, _y, h in ln:
                    size = max(h, 6.0)
                    if last is not None and x0 - last > size / 5:
                        text += " " * max(1, round((x0 - last) / (size / 4)))
                    text += ch
                    last = x1
                out.append(text)
            pages.append("\n".join(out))
    finally:
        doc.close()
    return "\n\n".join(pages) + "\n"


def extract(pdf: Path, tool: str) -> str:
    """The text one real reader gives of the PDF."""
    if tool == "pdfplumber-words-csv":
        return _words_csv(pdf)
    if tool == "pypdfium2-chars-gaps":
        return _char_gaps(pdf)
    return g36.pdftotext(pdf, "-fixed", "4")


def main() -> None:
    g36.run(OUT, DOCS, gold, typeset, extract)


if __name__ == "__main__":
    main()
