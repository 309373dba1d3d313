"""Build data/gold/bulletins46: three 2025 statistical texts on beds, jobs and money whose tables take forms real
bulletins and data releases print and no earlier set used, typeset as PDF and read back by readers, or settings of
them, no earlier set used; the weak field is recall in tables read by unusual readers (bulletins45 was recall 0.22
blind).

The typesetting and the hand-annotation format are bulletins45's (scripts/gold_bulletins45.py: bulletins43's table
setter with merged head cells, a row naming its own place giving that place's figures, falls read as negative,
wrapped labels), with forms no earlier set used:
- a 指标 | 单位 | 本期 | 上年同期 | 同比增长% | 上年增长% table: two level columns and two change columns, the 上年同期
  cell the year before's level and the 上年增长% cell the year before's growth (2024 over 2023); row labels carrying
  footnote marks written (1), (2) and the notes (注：(1)…(2)…) under the table holding no figure;
- a table of a 市's 区县（市） with the 全市 row first (the city's) split over two pages, its head repeated under 续表;
- a 区县 table whose numbers are set in full-width digits with full-width thousands separators, points and minus
  signs (１２，４８６, ３．４, －１．３) under a line dated by the release's publication month (（2026年1月）  单位：人),
  its 合计 row last (the city's); the cells are still 2025's;
- a two-row table whose columns are the years (指标 | 单位 | 2021年 … 2025年), each cell its column's year;
- a 指标 | 单位 | 数值 | 比上年增长% table whose 单位 cells say 亿元, 张 and 万人, with 其中： sub-rows indented;
- a 县's 乡镇 table with the 全县 row first (every row the county's), town labels with footnote marks (1) and a note
  whose second line opens with a mark and a year ((2)2025年新建…).
The texts: a 市 统计公报's 卫生健康 and 社会保障 sections, a 市 人社局 year's data release (城镇新增就业 by 区县, 2021—2025
就业) and a 县 统计公报's 财政 and 卫生健康 sections.

Readers no earlier set used (earlier, bulletins45's list and its own: pdftotext -tsv kept as TSV, -bbox-layout kept
as XHTML, pdfminer all_texts with loose margins; -fixed was used at 2.5, 3, 4, 5, 6 and 7, pdfminer's boxes_flow at
None, -0.5, 0, 0.2, 0.8 and 1.0, pdfplumber's layout x_density at 4, 5 and 10): `pdftotext -fixed 4.5` (physical
layout at an odd character pitch between 4 and 5); pdfminer with boxes_flow None and char_margin 3.0 (its advanced
layout analysis off, boxes top down then left to right: a table comes a cell a line, row after row; boxes_flow -1.0
was tried and left: it orders a column's cells by no rule a reader could undo, so no text could be read back);
pdfplumber's layout text at x_density 5.5 (a pitch between the ones used). pypdf is not installed here.
The gold file is written from the hand annotation below, never from what stats extracts.

    .venv/bin/python scripts/gold_bulletins46.py      # writes data/gold/bulletins46/{texts,bulletins46.jsonl}
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
import gold_bulletins42 as g42  # noqa: E402
import gold_bulletins45 as g45  # noqa: E402

g18 = g32.g18
P, H, C, N, V, T = g32.P, g32.H, g32.C, g32.N, g32.V, g40.T

OUT = ROOT / "data" / "gold" / "bulletins46"

B, OT, PC, M, J = "beds", "other", "percent", "money", "jobs"
LV, CH = "level", "change"
Y, Y0 = "2025", "2024"
W = 10**4
JOB = {"topic": J}
BED = {"topic": B}
AT = g45.AT
FW = str.maketrans("0123456789,.-", "０１２３４５６７８９，．－")  # a cell set in full-width figures
ASCII = str.maketrans("０１２３４５６７８９，．－", "0123456789,.-")

CD = [("全市", "常德市", ["5,246", "46,218", "48,642"]), ("武陵区", "武陵区", ["612", "12,486", "13,824"]),
      ("鼎城区", "鼎城区", ["586", "5,342", "5,126"]), ("安乡县", "安乡县", ["468", "3,214", "3,368"]),
      ("汉寿县", "汉寿县", ["624", "4,126", "4,012"]), ("澧县", "澧县", ["742", "5,268", "5,436"]),
      ("临澧县", "临澧县", ["398", "2,486", "2,614"]), ("桃源县", "桃源县", ["786", "5,162", "5,248"]),
      ("石门县", "石门县", ["654", "4,318", "4,526"]), ("津市市", "津市市", ["376", "3,816", "4,488"])]
YB = [("翠屏区", "翠屏区", ["12,486", "3.4", "3,218"]), ("南溪区", "南溪区", ["4,216", "2.1", "1,086"]),
      ("叙州区", "叙州区", ["7,864", "4.2", "2,014"]), ("江安县", "江安县", ["4,628", "-1.3", "1,142"]),
      ("长宁县", "长宁县", ["3,986", "2.8", "1,026"]), ("高县", "高县", ["4,312", "1.6", "1,184"]),
      ("珙县", "珙县", ["4,508", "3.6", "1,236"]), ("筠连县", "筠连县", ["3,624", "-0.8", "962"]),
      ("兴文县", "兴文县", ["4,176", "5.2", "1,108"]), ("屏山县", "屏山县", ["2,804", "2.4", "824"]),
      ("合计", "宜宾市", ["52,604", "3.1", "13,800"])]
GY = [("全县", ["1,246", "32"]), ("太和镇(1)", ["186", "12"]), ("洋市镇", ["142", "-4"]), ("仁义镇", ["128", "6"]),
      ("樟市镇", ["164", "8"]), ("和平镇", ["176", "-2"]), ("流峰镇", ["118", "4"]), ("荷叶镇", ["156", "6"]),
      ("舂陵江镇(2)", ["176", "2"])]

DOCS = [
    ("a1", "2026-03-28", "常德市统计局", "pdftotext-fixed-4.5", "常德市",
     "常德市2025年国民经济和社会发展统计公报（节选）", "常德市统计局  国家统计局常德调查队  2026年3月28日", [
        H("十一、卫生健康"),
        P("年末全市共有医疗卫生机构5,246个，其中医院186个。医疗卫生机构床位4.62万张，比上年末增加1,128张；卫生技术人员"
          "4.86万人。全年总诊疗人次3,128.6万人次，比上年增长2.4%。各区县（市）医疗卫生资源见下表。",
          ("5,246个", "个", LV, OT), ("186个", "个", LV, OT), ("4.62万张", "张", LV, B), ("1,128张", "张", CH, B),
          ("4.86万人", "人", LV, OT), ("3,128.6万人次", "人次", LV, OT), ("2.4%", "%", CH, PC)),
        T("表8  2025年末各区县（市）医疗卫生资源", "",
          [["区县（市）", "机构数（个）", "床位数（张）", "卫生技术人员（人）"]],
          [(name, 0, cells, AT(place)) for name, place, cells in CD],
          [C("个", LV, OT, Y), C("张", LV, B, Y), C("人", LV, OT, Y)], (), 6),
        H("十二、社会保障"),
        P("年末全市城镇职工基本养老保险参保人数86.42万人，比上年末增加2.16万人。全年城乡低保资金支出9.84亿元，下降2.6%。"
          "年末养老机构床位2.36万张。",
          ("86.42万人", "人", LV, OT), ("2.16万人", "人", CH, OT), ("9.84亿元", "元", LV, M), ("2.6%", "%", CH, PC),
          ("2.36万张", "张", LV, B)),
        T("表9  2025年社会保障主要指标", "",
          [["指标", "单位", "本期", "上年同期", "同比增长%", "上年增长%"]], [
            ("城镇职工基本养老保险参保人数(1)", 0, ["万人", "86.42", "84.26", "2.6", "3.0"]),
            ("城乡居民基本养老保险参保人数", 0, ["万人", "312.68", "314.52", "-0.6", "-0.4"]),
            ("失业保险参保人数", 0, ["万人", "38.64", "37.86", "2.1", "1.9"]),
            ("城乡低保资金支出(2)", 0, ["亿元", "9.84", "10.10", "-2.6", "1.8"]),
            ("养老机构床位", 0, ["张", "23,618", "22,746", "3.8", "4.4"], BED),
        ], ["unit", V(Y), V(Y0), C("%", CH, PC, Y), C("%", CH, PC, Y0)],
          ["注：(1)含离退休人员。(2)含农村特困人员救助供养资金。"]),
    ]),
    ("a2", "2026-01-20", "宜宾市人力资源和社会保障局", "pdfminer-noflow-cm3", "宜宾市",
     "宜宾市2025年人力资源和社会保障统计数据", "宜宾市人力资源和社会保障局  2026年1月20日", [
        H("一、就业"),
        P("2025年，全市城镇新增就业5.26万人，比上年增长3.1%；失业人员再就业1.38万人；就业困难人员实现就业4,218人。"
          "年末城镇登记失业率2.96%。",
          ("5.26万人", "人", LV, J), ("3.1%", "%", CH, J), ("1.38万人", "人", LV, J), ("4,218人", "人", LV, J),
          ("2.96%", "%", LV, J)),
        T("表1  2025年各区县城镇新增就业", "（2026年1月）  单位：人",
          [["区县", "城镇新增就业", "比上年增长%", "失业人员再就业"]],
          [(name, 0, [c.translate(FW) for c in cells], AT(place, **JOB)) for name, place, cells in YB],
          [C("人", LV, J, Y), C("%", CH, PC, Y), C("人", LV, J, Y)]),
        H("二、历年就业"),
        P("2021年以来全市城镇新增就业和城镇登记失业率见下表。"),
        T("表2  2021—2025年城镇新增就业和城镇登记失业率", "",
          [["指标", "单位", "2021年", "2022年", "2023年", "2024年", "2025年"]], [
            ("城镇新增就业", 0, ["万人", "4.86", "4.72", "4.94", "5.10", "5.26"], JOB),
            ("城镇登记失业率", 0, ["%", "3.32", "3.48", "3.26", "3.08", "2.96"], JOB),
        ], ["unit", V("2021"), V("2022"), V("2023"), V("2024"), V("2025")]),
        H("三、社会保险"),
        P("年末全市基本养老保险参保人数326.48万人，比上年末增加4.26万人。全年社会保险基金支出212.36亿元，增长4.8%。",
          ("326.48万人", "人", LV, OT), ("4.26万人", "人", CH, OT), ("212.36亿元", "元", LV, M), ("4.8%", "%", CH, PC)),
    ]),
    ("a3", "2026-04-12", "桂阳县统计局", "pdfplumber-layout-x5.5", "桂阳县",
     "桂阳县2025年国民经济和社会发展统计公报（节选）", "桂阳县统计局  国家统计局桂阳调查队  2026年4月12日", [
        H("八、财政"),
        P("全年一般公共预算收入21.46亿元，比上年增长4.2%，其中税收收入13.62亿元，增长2.8%。一般公共预算支出62.18亿元，"
          "下降1.6%。",
          ("21.46亿元", "元", LV, M), ("4.2%", "%", CH, PC), ("13.62亿元", "元", LV, M), ("2.8%", "%", CH, PC),
          ("62.18亿元", "元", LV, M), ("1.6%", "%", CH, PC)),
        T("表5  2025年财政和社会事业主要指标", "",
          [["指标", "单位", "数值", "比上年增长%"]], [
            ("一般公共预算收入", 0, ["亿元", "21.46", "4.2"]),
            ("其中：税收收入", 1, ["亿元", "13.62", "2.8"]),
            ("一般公共预算支出", 0, ["亿元", "62.18", "-1.6"]),
            ("其中：教育支出", 1, ["亿元", "11.26", "3.4"]),
            ("社会保障和就业支出", 1, ["亿元", "9.84", "6.2"]),
            ("医疗卫生机构床位", 0, ["张", "5,286", "2.9"], BED),
            ("其中：医院", 1, ["张", "3,412", "3.6"], BED),
            ("城镇新增就业", 0, ["万人", "0.68", "1.5"], JOB),
            ("城乡居民基本养老保险参保人数", 0, ["万人", "46.82", "-0.4"]),
        ], ["unit", V(Y), C("%", CH, PC, Y)]),
        H("九、卫生健康"),
        P("年末全县共有医疗卫生机构412个，医疗卫生机构床位5,286张，比上年末增加148张；卫生技术人员4,862人。各乡镇卫生院"
          "床位见下表。",
          ("412个", "个", LV, OT), ("5,286张", "张", LV, B), ("148张", "张", CH, B), ("4,862人", "人", LV, OT)),
        T("表6  2025年末各乡镇卫生院床位", "",
          [["乡镇", "床位数（张）", "比上年末增减（张）"]],
          [(name, 0, cells, AT("桂阳县")) for name, cells in GY],
          [C("张", LV, B, Y), C("张", CH, B, Y)],
          ["注：(1)含太和镇中心卫生院分院床位。", "(2)2025年新建病房楼投入使用。"]),
    ]),
]


# --- typesetting: bulletins45's, a table split over two pages with its head repeated --------------------------------

def table(pg, title, unit, head, rows, cols, notes, cont) -> None:
    """bulletins45's table; with `cont` > 0 bulletins42's, whose next page opens with 续表 and the head again."""
    if cont > 0:
        return g42.table(pg, title, unit, head, rows, cols, notes, cont)
    return g45.table(pg, title, unit, head, rows, cols, notes, cont)


# bulletins45's typesetting with this set's table setter.
typeset = g36.typeset_with(table, g40._word_lines)


def gold(doc: str, place: str, blocks) -> list[dict]:
    """bulletins45's gold, a full-width cell read as the number it writes; its quote and context stay as printed."""
    wide: set[str] = set()

    def fix(rows: list) -> list:
        out = []
        for label, ind, cells, *own in rows:
            if any(c != c.translate(ASCII) for c in cells):
                wide.add(label)
            out.append((label, ind, [c.translate(ASCII) for c in cells], *own))
        return out

    records = g45.gold(doc, place, g36._map_tables(blocks, fix))
    for r in records:
        label, _, rest = r["context"].partition(" ")
        if label in wide:
            r["quote"] = r["quote"].translate(FW)
            r["context"] = label + " " + rest.translate(FW)
    return records


# --- readers ----------------------------------------------------------------------------------------------------------

def _pdfminer_flow(pdf: Path) -> str:
    """pdfminer's text with boxes_flow None (boxes top down, then left to right) and char_margin 3.0."""
    from pdfminer.high_level import extract_text
    from pdfminer.layout import LAParams

    return extract_text(str(pdf), laparams=LAParams(boxes_flow=None, char_margin=3.0))


def _plumber_layout(pdf: Path) -> str:
    """pdfplumber's layout text at x_density 5.5, a page's text a block, pages apart by a blank line."""
    import pdfplumber

    with pdfplumber.open(pdf) as doc:
        return "\n\n".join(page.extract_text(layout=True, x_density=5.5) for page in doc.pages)


def extract(pdf: Path, tool: str) -> str:
    """The text one real reader gives of the PDF."""
    if tool == "pdfminer-noflow-cm3":
        return _pdfminer_flow(pdf)
    if tool == "pdfplumber-layout-x5.5":
        return _plumber_layout(pdf)
    return g36.pdftotext(pdf, "-fixed", "4.5")


def main() -> None:
    g36.run(OUT, DOCS, gold, typeset, extract)


if __name__ == "__main__":
    main()
