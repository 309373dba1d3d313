"""Build data/gold/bulletins47: three 2025 statistical texts on beds, jobs and money whose tables take forms real
bulletins and data releases print and no earlier set used, typeset as PDF and read back by readers, or settings of
them, no earlier set used; the weak field is recall in tables read by unusual readers (bulletins46 was recall 0.59
blind).

The typesetting and the hand-annotation format are bulletins46's (scripts/gold_bulletins46.py: bulletins45's table
setter with merged head cells, a row naming its own place giving that place's figures, a 排名 column giving none, a
table split over two pages with its head repeated under 续表), with forms no earlier set used:
- a 指标 | 单位 | 本期 | 同比增长% | 上年增长% table: one level column and two change columns, with no 上年同期 column
  between them (the 上年增长% cell the year before's growth, 2024 over 2023), in a 市 公报's 社会保障 section and a
  县 公报's 财政 section (其中： rows indented);
- cells carrying a footnote star (18.64*, 2.4*) and a note under the table (注：带*的为快报数。) holding no figure; the
  star is no part of the number;
- a table transposed (the years 2021年 … 2025年 in rows, the metrics in columns) whose unit stands alone on a line
  above the head (单位：万人), its head naming no unit at all;
- a 县's 乡镇 table with the 全县 row first and a 排名 column (a rank, no figure; the 全县 row's empty), each row's
  figures the county's;
- a 县区 table with a 合计 row last (the city's) whose cells carry stars too;
- a 险种 table whose columns carry their units in the head, two of them 万人 (a level and a change), one 亿元;
- a 市 table of its 县（市、区） with the 全市 row first split over two pages, its head repeated under 续表.
The texts: a 市 统计公报's 卫生健康 and 社会保障 sections, a 市 人社局 year's data release (2021—2025 就业, 就业 by 县区,
社会保险) and a 县 统计公报's 财政, 卫生健康 and 社会保障 sections.

Readers no earlier set used (earlier, bulletins46's list and its own: pdftotext -fixed at 2.5, 3, 4, 4.5, 5, 6 and 7,
pdfminer's boxes_flow at None, -0.5, 0, 0.2, 0.8 and 1.0, pdfplumber's layout x_density at 4, 5, 5.5 and 10 and
y_density at 7 and 20): `pdftotext -layout -fixed 3.5` (physical layout at a pitch between 3 and 4: gutters wider
than -fixed 4's); pdfminer with boxes_flow -0.2, char_margin 4.0 and line_margin 0.3 (a box's horizontal position
weighs a little in the reading order; lines a row apart stay apart); pdfplumber's layout text at x_density 6.5 and
y_density 11 (a coarse horizontal pitch and a fine vertical one: blank lines between rows). pypdf is not installed
here.
The gold file is written from the hand annotation below, never from what stats extracts.

    .venv/bin/python scripts/gold_bulletins47.py      # writes data/gold/bulletins47/{texts,bulletins47.jsonl}
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
import gold_bulletins45 as g45  # noqa: E402
import gold_bulletins46 as g46  # noqa: E402

P, H, C, N, V, T = g32.P, g32.H, g32.C, g32.N, g32.V, g40.T

OUT = ROOT / "data" / "gold" / "bulletins47"

B, OT, PC, M, J = "beds", "other", "percent", "money", "jobs"
LV, CH = "level", "change"
Y, Y0 = "2025", "2024"
W, E8 = 10**4, 10**8
JOB = {"topic": J}
BED = {"topic": B}
AT, RANK, YEAR = g45.AT, g45.RANK, g45.YEAR
STAR = "*"  # a cell's footnote star (注：带*的为快报数): no part of its number

YX = [("全市", "玉溪市", ["3,286", "27,418", "31,246"]), ("红塔区", "红塔区", ["612", "8,426", "9,864"]),
      ("江川区", "江川区", ["318", "2,214", "2,486"]), ("澄江市", "澄江市", ["286", "1,862", "2,124"]),
      ("通海县", "通海县", ["342", "2,618", "2,946"]), ("华宁县", "华宁县", ["298", "1,946", "2,218"]),
      ("易门县", "易门县", ["264", "1,724", "1,986"]), ("峨山彝族自治县", "峨山彝族自治县", ["246", "1,586", "1,842"]),
      ("新平彝族傣族自治县", "新平彝族傣族自治县", ["468", "3,742", "4,136"]),
      ("元江哈尼族彝族傣族自治县", "元江哈尼族彝族傣族自治县", ["452", "3,300", "3,644"])]
QZ = [("钦南区", "钦南区", ["11,246", "3.4", "2,918"]), ("钦北区", "钦北区", ["6,812", "1.8", "1,764"]),
      ("灵山县", "灵山县", ["8,624*", "2.6*", "2,386"]), ("浦北县", "浦北县", ["6,418", "-1.2", "1,682"]),
      ("合计", "钦州市", ["36,420*", "2.8*", "9,618"])]
MD = [("全县", ["486", "18", ""]), ("弥城镇", ["86", "6", "1"]), ("红岩镇", ["72", "4", "2"]),
      ("新街镇", ["64", "-2", "4"]), ("寅街镇", ["58", "3", "5"]), ("苴力镇", ["66", "2", "3"]),
      ("密祉镇", ["48", "-1", "7"]), ("德苴乡", ["42", "4", "8"]), ("牛街彝族乡", ["50", "2", "6"])]
YEARS = [("2021", ["3.28", "0.86", "0.24"]), ("2022", ["3.36", "0.88", "0.25"]), ("2023", ["3.42", "0.91", "0.27"]),
         ("2024", ["3.54", "0.94", "0.27"]), ("2025", ["3.64", "0.96", "0.28"])]

DOCS = [
    ("b1", "2026-03-26", "玉溪市统计局", "pdftotext-layout-fixed-3.5", "玉溪市",
     "玉溪市2025年国民经济和社会发展统计公报（节选）", "玉溪市统计局  国家统计局玉溪调查队  2026年3月26日", [
        H("十、卫生健康"),
        P("年末全市共有医疗卫生机构3,286个，其中医院118个，基层医疗卫生机构3,102个。医疗卫生机构床位2.74万张，比上年末"
          "增加816张；卫生技术人员3.12万人。全年总诊疗人次1,862.4万人次，比上年增长3.2%。各县（市、区）医疗卫生资源见"
          "下表。",
          ("3,286个", "个", LV, OT), ("118个", "个", LV, OT), ("3,102个", "个", LV, OT), ("2.74万张", "张", LV, B),
          ("816张", "张", CH, B), ("3.12万人", "人", LV, OT), ("1,862.4万人次", "人次", LV, OT), ("3.2%", "%", CH, PC)),
        T("表7  2025年末各县（市、区）医疗卫生资源", "",
          [["县（市、区）", "机构数（个）", "床位数（张）", "卫生技术人员（人）"]],
          [(name, 0, cells, AT(place)) for name, place, cells in YX],
          [C("个", LV, OT, Y), C("张", LV, B, Y), C("人", LV, OT, Y)], (), 5),
        H("十一、社会保障"),
        P("年末全市城镇职工基本养老保险参保人数42.86万人，比上年末增加1.24万人；城乡居民基本养老保险参保人数128.46万人。"
          "全年城乡低保资金支出4.12亿元，下降3.4%。年末养老机构床位1.12万张。",
          ("42.86万人", "人", LV, OT), ("1.24万人", "人", CH, OT), ("128.46万人", "人", LV, OT),
          ("4.12亿元", "元", LV, M), ("3.4%", "%", CH, PC), ("1.12万张", "张", LV, B)),
        T("表8  2025年社会保障主要指标", "",
          [["指标", "单位", "本期", "同比增长%", "上年增长%"]], [
            ("城镇职工基本养老保险参保人数", 0, ["万人", "42.86", "3.0", "2.7"]),
            ("城乡居民基本养老保险参保人数", 0, ["万人", "128.46", "-0.5", "-0.8"]),
            ("失业保险参保人数", 0, ["万人", "18.64*", "2.4*", "1.6"]),
            ("工伤保险参保人数", 0, ["万人", "24.38", "3.6", "4.1"]),
            ("城乡低保资金支出", 0, ["亿元", "4.12", "-3.4", "2.2"]),
            ("养老机构床位", 0, ["张", "11,236*", "4.8*", "5.6"], BED),
        ], ["unit", V(Y), C("%", CH, PC, Y), C("%", CH, PC, Y0)],
          ["注：带*的为快报数。"]),
    ]),
    ("b2", "2026-01-26", "钦州市人力资源和社会保障局", "pdfminer-bf-0.2-cm4", "钦州市",
     "钦州市2025年人力资源和社会保障统计数据", "钦州市人力资源和社会保障局  2026年1月26日", [
        H("一、就业"),
        P("2025年，全市城镇新增就业3.64万人，比上年增长2.8%；失业人员再就业0.96万人；就业困难人员实现就业2,846人。"
          "年末城镇登记失业率2.84%。全年开展补贴性职业技能培训4.28万人次。",
          ("3.64万人", "人", LV, J), ("2.8%", "%", CH, J), ("0.96万人", "人", LV, J), ("2,846人", "人", LV, J),
          ("2.84%", "%", LV, J), ("4.28万人次", "人次", LV, OT)),
        T("表1  2021—2025年城镇就业主要指标", "单位：万人",
          [["年份", "城镇新增就业", "失业人员再就业", "就业困难人员实现就业"]],
          [(f"{y}年", 0, cells, {**YEAR(y), **JOB}) for y, cells in YEARS],
          [C("人", LV, J, None, W), C("人", LV, J, None, W), C("人", LV, J, None, W)]),
        H("二、分县区就业"),
        P("分县区看，各县区城镇新增就业和失业人员再就业见下表。"),
        T("表2  2025年各县区城镇新增就业", "",
          [["县区", "城镇新增就业（人）", "比上年增长%", "失业人员再就业（人）"]],
          [(name, 0, cells, AT(place, **JOB)) for name, place, cells in QZ],
          [C("人", LV, J, Y), C("%", CH, PC, Y), C("人", LV, J, Y)],
          ["注：合计含市本级；带*的为快报数。"]),
        H("三、社会保险"),
        P("年末全市基本养老保险参保人数186.24万人，比上年末增加2.36万人；失业保险参保人数16.82万人。全年社会保险基金收入"
          "96.48亿元，增长4.6%；基金支出88.62亿元，增长6.2%。",
          ("186.24万人", "人", LV, OT), ("2.36万人", "人", CH, OT), ("16.82万人", "人", LV, OT),
          ("96.48亿元", "元", LV, M), ("4.6%", "%", CH, PC), ("88.62亿元", "元", LV, M), ("6.2%", "%", CH, PC)),
        T("表3  2025年社会保险参保和基金支出", "",
          [["险种", "参保人数（万人）", "比上年末增减（万人）", "基金支出（亿元）"]], [
            ("城镇职工基本养老保险", 0, ["58.36", "1.42", "46.28"]),
            ("城乡居民基本养老保险", 0, ["127.88", "0.94", "12.46"]),
            ("失业保险", 0, ["16.82", "0.38", "2.14"]),
            ("工伤保险", 0, ["24.16", "0.72", "1.86"]),
        ], [C("人", LV, OT, Y, W), C("人", CH, OT, Y, W), C("元", LV, M, Y, E8)]),
    ]),
    ("b3", "2026-04-14", "弥渡县统计局", "pdfplumber-layout-x6.5-y11", "弥渡县",
     "弥渡县2025年国民经济和社会发展统计公报（节选）", "弥渡县统计局  国家统计局弥渡调查队  2026年4月14日", [
        H("七、财政"),
        P("全年一般公共预算收入6.48亿元，比上年增长3.8%，其中税收收入3.86亿元，增长2.4%。一般公共预算支出28.64亿元，"
          "下降1.2%。",
          ("6.48亿元", "元", LV, M), ("3.8%", "%", CH, PC), ("3.86亿元", "元", LV, M), ("2.4%", "%", CH, PC),
          ("28.64亿元", "元", LV, M), ("1.2%", "%", CH, PC)),
        T("表4  2025年财政收支主要指标", "",
          [["指标", "单位", "本期", "同比增长%", "上年增长%"]], [
            ("一般公共预算收入", 0, ["亿元", "6.48", "3.8", "5.2"]),
            ("其中：税收收入", 1, ["亿元", "3.86", "2.4", "4.6"]),
            ("非税收入", 1, ["亿元", "2.62", "6.0", "6.1"]),
            ("一般公共预算支出", 0, ["亿元", "28.64", "-1.2", "3.4"]),
            ("其中：教育支出", 1, ["亿元", "5.12", "2.6", "1.8"]),
            ("卫生健康支出", 1, ["亿元", "3.24", "-2.8", "4.2"]),
        ], ["unit", V(Y), C("%", CH, PC, Y), C("%", CH, PC, Y0)]),
        H("八、卫生健康"),
        P("年末全县共有医疗卫生机构236个，医疗卫生机构床位2,186张，比上年末增加64张；卫生技术人员2,418人。各乡镇卫生院"
          "床位见下表。",
          ("236个", "个", LV, OT), ("2,186张", "张", LV, B), ("64张", "张", CH, B), ("2,418人", "人", LV, OT)),
        T("表5  2025年末各乡镇卫生院床位", "",
          [["乡镇", "床位数（张）", "比上年末增减（张）", "排名"]],
          [(name, 0, cells, AT("弥渡县")) for name, cells in MD],
          [C("张", LV, B, Y), C("张", CH, B, Y), RANK],
          ["注：排名按床位数。"]),
        H("九、社会保障"),
        P("年末全县城乡居民基本养老保险参保人数18.26万人，比上年末增加0.14万人。全年城镇新增就业2,864人，农村劳动力转移"
          "就业8.42万人。",
          ("18.26万人", "人", LV, OT), ("0.14万人", "人", CH, OT), ("2,864人", "人", LV, J), ("8.42万人", "人", LV, J)),
    ]),
]


# bulletins46's typesetting (its table setter, a table split over two pages with its head repeated under 续表).
typeset = g46.typeset


def gold(doc: str, place: str, blocks) -> list[dict]:
    """bulletins45's gold (a 排名 cell giving none), a cell's footnote star dropped from its value and quote."""
    def fix(rows: list) -> list:
        return [(label, ind, [c.removesuffix(STAR) for c in cells], *own) for label, ind, cells, *own in rows]

    return g45.gold(doc, place, g36._map_tables(blocks, fix))


# --- readers ----------------------------------------------------------------------------------------------------------

def extract(pdf: Path, tool: str) -> str:
    """The text one real reader gives of the PDF."""
    if tool == "pdfminer-bf-0.2-cm4":
        return g36.pdfminer_text(pdf, boxes_flow=-0.2, char_margin=4.0, line_margin=0.3)
    if tool == "pdfplumber-layout-x6.5-y11":
        return g36.plumber_layout(pdf, 6.5, 11)
    return g36.pdftotext(pdf, "-layout", "-fixed", "3.5")


def main() -> None:
    g36.run(OUT, DOCS, gold, typeset, extract)


if __name__ == "__main__":
    main()
