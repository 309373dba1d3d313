"""Build data/gold/bulletins45: three 2025 statistical texts on beds, jobs and money whose tables take forms real
bulletins and data releases print and no earlier set used, typeset as PDF and read back by readers, or settings of
them, no earlier set used; the weak field is recall in tables (bulletins44 was recall 0.20 blind).

The typesetting and the hand-annotation format are bulletins44's (scripts/gold_bulletins44.py: bulletins43's table
setter, a row naming its own place giving that place's figures, falls read as negative, a wrapped row label set over
two lines as bulletins36 sets it), with forms no earlier set used:
- a table whose head names the year in a merged cell over two columns (2025年 | 2024年 each centred over 数量 |
  增长%, or 完成数 | 增长%), with or without a 单位 column; the 2024年 增长% the growth of 2024 over 2023;
- a table transposed: the metrics in columns, their units in the head only (医疗卫生 / 机构床位（张）, 城镇新增就业 /
  （万人）), the years in rows (2021年 … 2025年), each cell its row's year;
- a row label wrapped over two lines (城镇职工基本养老保险 / 参保人数) with its cells on the first line;
- a 县 统计公报's table of its 乡镇 in rows (every row's figures the county's: a town's go under its county), a 合计
  row at the bottom (the county's, its total), a 比上年末增减（张） column of falls written -6;
- a 县（市、区） table with a 排名 column (a rank, no figure) and a 合计 row at the bottom (the city's);
- notes under a table (注：…) holding a figure of their own (注：合计含市本级新增就业1,286人。).
The texts: a 市 统计公报's 卫生健康 and 社会保障 sections, a 市 人社局 year's data release (城镇新增就业 by county,
2021—2025 就业) and a 县 统计公报's 财政 and 卫生健康 sections.

Readers no earlier set used (earlier, bulletins44's list and its own: pdftotext -htmlmeta, pdftohtml -c complex HTML,
pdfminer's exact HTML; the -tsv and -bbox-layout outputs were only ever rejoined into lines by the script):
`pdftotext -tsv` kept as the TSV it writes (a header line, then one line per word, page, block, paragraph and line
with level, numbers, left, top, width, height, conf and the text; the ###PAGE###, ###FLOW###, ###LINE### markers
of its levels 1-4 as it writes them); `pdftotext -bbox-layout` kept as the XHTML it writes (<page>, <flow>, <block>,
<line> and <word xMin= yMin= xMax= yMax=> elements, one word a line of the file); pdfminer's text with all_texts
on and loose margins (char_margin 1.0, word_margin 0.5, line_margin 0.2, boxes_flow 0.2: a table's cells boxes of
their own, read in pdfminer's order).
The gold file is written from the hand annotation below, never from what stats extracts.

    .venv/bin/python scripts/gold_bulletins45.py      # writes data/gold/bulletins45/{texts,bulletins45.jsonl}
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
import gold_bulletins32 as g32  # noqa: E402
import gold_bulletins36 as g36  # noqa: E402
import gold_bulletins40 as g40  # noqa: E402
import gold_bulletins43 as g43  # noqa: E402

g18 = g32.g18
P, H, C, N, V = g32.P, g32.H, g32.C, g32.N, g32.V
T = g40.T

OUT = ROOT / "data" / "gold" / "bulletins45"
g32.UNITS.update({"个": ("个", 1, "other"), "张": ("张", 1, "beds"), "万人": ("人", 10**4, "other"),
                  "亿元": ("元", 10**8, "money"), "万元": ("元", 10**4, "money"), "人": ("人", 1, "other")})

B, OT, PC, M, J = "beds", "other", "percent", "money", "jobs"
LV, CH = "level", "change"
Y, Y0 = "2025", "2024"
W = 10**4
JOB = {"topic": J}
BED = {"topic": B}
MINUS = g43.MINUS
AT = g43.AT
RANK = "rank"  # a 排名 column: printed, no figure


def YEAR(y: str) -> dict:
    """A transposed table's row: its cells are that year's."""
    return {"period": y}


TOWNS = [("网岭镇", ["86", "72", "4"]), ("皇图岭镇", ["124", "98", "-6"]), ("黄丰桥镇", ["68", "54", "2"]),
         ("酒埠江镇", ["142", "116", "12"]), ("桃水镇", ["96", "78", "-4"]), ("鸾山镇", ["58", "46", "1"]),
         ("宁家坪镇", ["74", "62", "3"]), ("新市镇", ["112", "94", "8"]), ("菜花坪镇", ["88", "70", "-2"]),
         ("丫江桥镇", ["104", "86", "6"]), ("合计", ["952", "776", "24"])]
SN = [("船山区", "船山区", ["12,486", "3.2", "1"]), ("安居区", "安居区", ["6,214", "1.6", "3"]),
      ("射洪市", "射洪市", ["9,862", "2.8", "2"]), ("蓬溪县", "蓬溪县", ["5,318", "-1.2", "5"]),
      ("大英县", "大英县", ["6,034", "4.1", "4"]), ("合计", "遂宁市", ["41,200", "2.6", ""])]

DOCS = [
    ("z1", "2026-03-26", "孝感市统计局", "pdftotext-tsv-raw", "孝感市",
     "孝感市2025年国民经济和社会发展统计公报（节选）", "孝感市统计局  国家统计局孝感调查队  2026年3月26日", [
        H("十一、卫生健康"),
        P("年末全市共有医疗卫生机构4,128个，其中医院162个。医疗卫生机构床位3.18万张，比上年末增加624张；卫生技术人员"
          "3.42万人，其中执业（助理）医师1.26万人。全年总诊疗人次2,486.2万人次，比上年增长1.8%。",
          ("4,128个", "个", LV, OT), ("162个", "个", LV, OT), ("3.18万张", "张", LV, B), ("624张", "张", CH, B),
          ("3.42万人", "人", LV, OT), ("1.26万人", "人", LV, OT), ("2,486.2万人次", "人次", LV, OT),
          ("1.8%", "%", CH, PC)),
        T("表8  2021—2025年末医疗卫生主要指标", "",
          [["年份", "医疗卫生", "卫生技术", "执业（助理）"], ["", "机构床位（张）", "人员（人）", "医师（人）"]], [
            ("2021年", 0, ["28,642", "30,186", "11,024"], YEAR("2021")),
            ("2022年", 0, ["29,418", "31,462", "11,386"], YEAR("2022")),
            ("2023年", 0, ["30,536", "32,518", "11,742"], YEAR("2023")),
            ("2024年", 0, ["31,176", "33,624", "12,108"], YEAR("2024")),
            ("2025年", 0, ["31,800", "34,236", "12,618"], YEAR("2025")),
        ], [C("张", LV, B, None), C("人", LV, OT, None), C("人", LV, OT, None)]),
        N("注：床位数含养老机构内设医疗机构床位216张。", ("216张", "张", LV, B)),
        H("十二、社会保障"),
        P("年末全市城镇职工基本养老保险参保人数72.36万人，比上年末增加1.84万人；城乡居民基本养老保险参保人数"
          "268.14万人。全年城乡低保资金支出7.26亿元，下降1.4%。年末养老机构床位1.96万张。",
          ("72.36万人", "人", LV, OT), ("1.84万人", "人", CH, OT), ("268.14万人", "人", LV, OT),
          ("7.26亿元", "元", LV, M), ("1.4%", "%", CH, PC), ("1.96万张", "张", LV, B)),
        T("表9  2025年社会保障主要指标", "",
          [["指标", "单位", ("2025年", 2), ("2024年", 2)], ["", "", "数量", "增长%", "数量", "增长%"]], [
            ("城镇职工基本养老保险\n参保人数", 0, ["万人", "72.36", "2.6", "70.52", "3.1"]),
            ("城乡居民基本养老保险\n参保人数", 0, ["万人", "268.14", "-0.6", "269.76", "-0.9"]),
            ("失业保险参保人数", 0, ["万人", "31.48", "2.2", "30.80", "1.7"]),
            ("城乡低保资金支出", 0, ["亿元", "7.26", "-1.4", "7.36", "2.4"]),
            ("养老机构床位", 0, ["张", "19,642", "4.6", "18,778", "5.2"], BED),
        ], ["unit", V(Y), C("%", CH, PC, Y), V(Y0), C("%", CH, PC, Y0)]),
    ]),
    ("z2", "2026-01-22", "遂宁市人力资源和社会保障局", "pdftotext-bbox-layout-xhtml", "遂宁市",
     "遂宁市2025年人力资源和社会保障统计数据", "遂宁市人力资源和社会保障局  2026年1月22日", [
        H("一、就业创业"),
        P("2025年，全市城镇新增就业4.12万人，比上年增长2.6%；失业人员再就业1.18万人；就业困难人员实现就业3,846人。"
          "年末城镇登记失业率3.08%。",
          ("4.12万人", "人", LV, J), ("2.6%", "%", CH, J), ("1.18万人", "人", LV, J), ("3,846人", "人", LV, J),
          ("3.08%", "%", LV, J)),
        T("表1  2025年各县（市、区）城镇新增就业", "", [["县（市、区）", "新增就业（人）", "比上年增长%", "排名"]],
          [(name, 0, cells, AT(place, **JOB)) for name, place, cells in SN],
          [C("人", LV, J, Y), C("%", CH, PC, Y), RANK]),
        N("注：合计含市本级新增就业1,286人。", ("1,286人", "人", LV, J)),
        H("二、历年就业"),
        P("2021年以来全市就业主要指标见下表。"),
        T("表2  2021—2025年就业主要指标", "",
          [["年份", "城镇新增就业", "失业人员再就业", "城镇登记"], ["", "（万人）", "（万人）", "失业率（%）"]], [
            ("2021年", 0, ["3.86", "1.12", "3.42"], {**YEAR("2021"), **JOB}),
            ("2022年", 0, ["3.78", "1.06", "3.56"], {**YEAR("2022"), **JOB}),
            ("2023年", 0, ["3.92", "1.14", "3.38"], {**YEAR("2023"), **JOB}),
            ("2024年", 0, ["4.02", "1.16", "3.21"], {**YEAR("2024"), **JOB}),
            ("2025年", 0, ["4.12", "1.18", "3.08"], {**YEAR("2025"), **JOB}),
        ], [C("人", LV, J, None, W), C("人", LV, J, None, W), C("%", LV, J, None)]),
        H("三、社会保险"),
        P("年末全市基本养老保险参保人数248.62万人，比上年末增加3.14万人。全年社会保险基金收入186.42亿元，增长5.2%。",
          ("248.62万人", "人", LV, OT), ("3.14万人", "人", CH, OT), ("186.42亿元", "元", LV, M), ("5.2%", "%", CH, PC)),
    ]),
    ("z3", "2026-04-08", "攸县统计局", "pdfminer-alltexts-loose", "攸县",
     "攸县2025年国民经济和社会发展统计公报（节选）", "攸县统计局  国家统计局攸县调查队  2026年4月8日", [
        H("七、财政"),
        P("全年一般公共预算收入18.62亿元，比上年增长3.6%，其中税收收入11.48亿元，增长1.2%。一般公共预算支出56.84亿元，"
          "下降2.1%。",
          ("18.62亿元", "元", LV, M), ("3.6%", "%", CH, PC), ("11.48亿元", "元", LV, M), ("1.2%", "%", CH, PC),
          ("56.84亿元", "元", LV, M), ("2.1%", "%", CH, PC)),
        T("表5  一般公共预算收支", "单位：万元",
          [["项目", ("2025年", 2), ("2024年", 2)], ["", "完成数", "增长%", "完成数", "增长%"]], [
            ("一般公共预算收入", 0, ["186,236", "3.6", "179,764", "5.4"]),
            ("其中：税收收入", 1, ["114,826", "1.2", "113,464", "4.8"]),
            ("非税收入", 1, ["71,410", "7.7", "66,300", "6.5"]),
            ("一般公共预算支出", 0, ["568,412", f"{MINUS}2.1", "580,604", "3.2"]),
            ("其中：教育", 1, ["98,624", "2.4", "96,312", "1.8"]),
            ("卫生健康", 1, ["46,218", f"{MINUS}3.6", "47,946", "6.2"]),
        ], [C("元", LV, M, Y, W), C("%", CH, PC, Y), C("元", LV, M, Y0, W), C("%", CH, PC, Y0)]),
        H("八、卫生健康"),
        P("年末全县共有医疗卫生机构486个，医疗卫生机构床位4,862张，比上年末增加138张；卫生技术人员4,316人。各乡镇卫生院"
          "床位见下表。",
          ("486个", "个", LV, OT), ("4,862张", "张", LV, B), ("138张", "张", CH, B), ("4,316人", "人", LV, OT)),
        T("表6  2025年末各乡镇卫生院床位和人员", "",
          [["乡镇", "床位数（张）", "卫生技术人员（人）", "比上年末增减（张）"]],
          [(name, 0, cells, AT("攸县")) for name, cells in TOWNS],
          [C("张", LV, B, Y), C("人", LV, OT, Y), C("张", CH, B, Y)]),
        N("注：合计不含县直医疗机构床位3,910张。", ("3,910张", "张", LV, B)),
    ]),
]


# --- typesetting: bulletins44's, a head cell (text, span) centred over its columns ----------------------------------

def _head(pg, head, lab: float, rights: list[float], ts: float, tl: float) -> None:
    """bulletins43's head, a cell (text, span) set centred over the span's columns (a merged year cell)."""
    step = rights[1] - rights[0] if len(rights) > 1 else 60.0
    for line in head:
        k = 0
        for cell in line:
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


def table(pg, title, unit, head, rows, cols, notes, cont) -> None:
    """bulletins43's table with a merged head cell set over its columns."""
    orig = g43._head
    g43._head = _head
    try:
        g43.table(pg, title, unit, head, rows, cols, notes, cont)
    finally:
        g43._head = orig


# bulletins36's typesetting (wrapped labels over two lines) with this set's table setter and bulletins40's line breaking.
typeset = g36.typeset_with(table, g40._word_lines)


def _unranked(blocks):
    """The blocks with each table's 排名 column taken out of its cells and columns (a rank is no figure)."""
    out = []
    for block in blocks:
        kind, body, figs = block
        if kind == "t":
            title, unit, head, rows, cols, note, cont = body
            keep = [k for k, spec in enumerate(cols) if spec != RANK]
            rows = [(label, ind, [cells[k] for k in keep], *own) for label, ind, cells, *own in rows]
            out.append(("t", (title, unit, head, rows, [cols[k] for k in keep], note, cont), figs))
        else:
            out.append(block)
    return out


def gold(doc: str, place: str, blocks) -> list[dict]:
    """bulletins43's gold (a −2.1 or -6 cell a fall, read as negative), a 排名 cell giving none."""
    return g43.gold(doc, place, _unranked(blocks))


# --- readers ----------------------------------------------------------------------------------------------------------

def _pdfminer_alltexts(pdf: Path) -> str:
    """pdfminer's text with all_texts on and loose margins (pdf2txt.py -A -M 1.0 -W 0.5 -L 0.2 -F 0.2)."""
    from pdfminer.high_level import extract_text
    from pdfminer.layout import LAParams

    return extract_text(str(pdf), laparams=LAParams(all_texts=True, char_margin=1.0, word_margin=0.5,
                                                    line_margin=0.2, boxes_flow=0.2))


def extract(pdf: Path, tool: str) -> str:
    """The text one real reader gives of the PDF."""
    if tool == "pdfminer-alltexts-loose":
        return _pdfminer_alltexts(pdf)
    arg = "-tsv" if tool == "pdftotext-tsv-raw" else "-bbox-layout"
    return g36.pdftotext(pdf, arg)


def main() -> None:
    g36.run(OUT, DOCS, gold, typeset, extract)


if __name__ == "__main__":
    main()
