"""Build data/gold/bulletins39: three 2025 bulletins on jobs, beds and money whose tables take forms real bulletins
print and no earlier set used, typeset as PDF and read back by readers, or settings of them, no earlier set used; the
weak field is recall in tables.

The typesetting and the hand-annotation format are bulletins38's, 36's and 35's (scripts/gold_bulletins36.py: P/H/N
blocks, tables whose cells take their column's or their row's period and unit, a row naming its own place; gold written
by its `gold`), with forms no earlier set used:
- a table whose metric stands only in its caption (表2  2025年各市城镇新增就业情况 over 市 | 人数 | 比上年增长（%）
  under 单位：人): each row's figures that city's, the 人数 cells the caption's metric (jobs);
- a 目标 | 完成 | 完成率（%） table with a 单位 column whose unit changes by row (万人, 亿元): the 目标 cells targets of
  the year (GUIDE.md: role), the 完成 cells levels, the 完成率 cells levels in % (jobs where the row is);
- a wide table whose years are columns (指标 | 单位 | 2021年 | 2022年 | 2023年 | 2024年 | 2025年) with a row per
  metric and its own unit (张, 人, 万人次, 亿元): each cell of its column's year;
- cells with footnote marks after the number (7.46①, 3.58②; the notes under the table): the figure is the number, the
  mark no part of it;
- a table by 县（市、区） under 单位：亿元 set over two pages (its head repeated under 续表) and closed by a 合计 row
  (the city's, as bulletins35's 合计).
The bulletins: a 省 人社厅 统计公报 (the year's flows against their targets, the 市's new jobs), a 市 卫生健康事业发展
统计公报 (年末 stocks, five years of its main figures) and a 市 统计公报's 财政 section (the 县（市、区）'s revenue and
spending, five years of the city's).

Readers no earlier set used (earlier: pdfplumber plain, layout, layout x4, tolerances, text flow, words, lines, simple,
grids, find_tables text strategy; pdfminer default and many LAParams, its HTML output; pdftotext plain, -layout, -raw,
-raw -nodiag, -raw -nopgbrk, -fixed 2.5, 3 and 5, -colspacing, -tsv, -bbox, -bbox-layout; pdftohtml -xml and HTML;
pypdfium2 range, bounded, bounded lines, bands, objects, rects, characters with tabs; pypdf is not installed here):
pdfminer's XML output (extract_text_to_fp with output_type xml) read back a <textline> a line, its <text> characters
joined, a text box's lines together, a blank line between boxes (a box of spaces alone dropped: here each column of a
table is a box of its own, so a table comes a column at a time); `pdftotext -fixed 6 -nodiag` (physical layout at a
wide character pitch: gutters narrow, a 2025 cell with its mark close on the 2024 one) and pdfplumber's layout text on
a coarse horizontal grid (x_density 10: the gutters between columns narrow, a row's cells stay on its line).
The gold file is written from the hand annotation below, never from what stats extracts.

    .venv/bin/python scripts/gold_bulletins39.py      # writes data/gold/bulletins39/{texts,bulletins39.jsonl}
"""

from __future__ import annotations

import io
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
import gold_bulletins32 as g32  # noqa: E402
import gold_bulletins35 as g35  # noqa: E402
import gold_bulletins36 as g36  # noqa: E402

g18 = g32.g18
P, H, C, N, T, V = g32.P, g32.H, g32.C, g32.N, g32.T, g32.V
PL = g35.PL

OUT = ROOT / "data" / "gold" / "bulletins39"
# the 单位 cells of this set's unit-column tables: g32.gold reads the module's table, so the new units go into it
g32.UNITS.update({"个": ("个", 1, "other"), "张": ("张", 1, "beds"), "万人": ("人", 10**4, "other"),
                  "亿元": ("元", 10**8, "money"), "元": ("元", 1, "money")})

B, OT, PC, M, J = "beds", "other", "percent", "money", "jobs"
LV, CH = "level", "change"
Y = "2025"
W = 10**4
E8 = 10**8
JOB = {"topic": J}
YEARS = [V(str(y)) for y in range(2021, 2026)]
YHEAD = ["2021年", "2022年", "2023年", "2024年", "2025年"]
MARK = re.compile(r"[①②③④⑤⑥⑦⑧⑨⑩]")


def TG(period: str) -> dict:
    """A target column (目标) whose unit is the row's 单位 cell."""
    return {"measure": None, "role": "target", "topic": None, "period": period, "mag": 1}


DOCS = [
    ("v1", "2026-05-28", "安徽省人力资源和社会保障厅", "pdfminer-xml", "安徽省",
     "安徽省2025年度人力资源和社会保障事业发展统计公报（节选）", "安徽省人力资源和社会保障厅  2026年5月28日", [
        H("一、就业"),
        P("2025年，全省城镇新增就业71.36万人，完成年度目标任务的109.8%，比上年增长2.1%。失业人员再就业18.42万人，"
          "就业困难人员实现就业6.24万人。年末城镇登记失业率为2.36%。全年发放创业担保贷款186.42亿元。",
          ("71.36万人", "人", LV, J), ("109.8%", "%", LV, J), ("2.1%", "%", CH, J), ("18.42万人", "人", LV, J),
          ("6.24万人", "人", LV, J), ("2.36%", "%", LV, J), ("186.42亿元", "元", LV, M)),
        T("表1  2025年就业工作主要目标任务完成情况", "", [["指标", "单位", "目标", "完成", "完成率（%）"]], [
            ("城镇新增就业", 0, ["万人", "65", "71.36", "109.8"], JOB),
            ("失业人员再就业", 0, ["万人", "16", "18.42", "115.1"], JOB),
            ("就业困难人员就业", 0, ["万人", "5.5", "6.24", "113.5"], JOB),
            ("农村劳动力转移就业", 0, ["万人", "40", "42.68", "106.7"], JOB),
            ("发放创业担保贷款", 0, ["亿元", "160", "186.42", "116.5"]),
        ], ["unit", TG(Y), V(Y), C("%", LV, PC, Y)], note="注：完成率为完成数与目标数之比。"),
        T("表2  2025年各市城镇新增就业情况", "单位：人", [["市", "人数", "比上年增长（%）"]], [
            PL("合肥市", 0, ["158640", "3.2"], "合肥市", **JOB),
            PL("淮北市", 0, ["24860", "1.6"], "淮北市", **JOB),
            PL("亳州市", 0, ["36420", "2.4"], "亳州市", **JOB),
            PL("宿州市", 0, ["41280", "1.8"], "宿州市", **JOB),
            PL("蚌埠市", 0, ["38960", "2.2"], "蚌埠市", **JOB),
            PL("阜阳市", 0, ["56240", "2.9"], "阜阳市", **JOB),
            PL("淮南市", 0, ["29180", "-0.6"], "淮南市", **JOB),
            PL("滁州市", 0, ["45620", "3.6"], "滁州市", **JOB),
            PL("六安市", 0, ["38740", "1.4"], "六安市", **JOB),
            PL("马鞍山市", 0, ["33260", "2.7"], "马鞍山市", **JOB),
            PL("芜湖市", 0, ["62180", "3.8"], "芜湖市", **JOB),
            PL("宣城市", 0, ["26840", "1.2"], "宣城市", **JOB),
            PL("铜陵市", 0, ["16420", "0.8"], "铜陵市", **JOB),
            PL("池州市", 0, ["14860", "1.1"], "池州市", **JOB),
            PL("安庆市", 0, ["42360", "2.0"], "安庆市", **JOB),
            PL("黄山市", 0, ["15680", "0.9"], "黄山市", **JOB),
        ], [C("人", LV, J, Y), C("%", CH, J, Y)], note="注：各市数据之和与全省数据的差额为省直单位数。"),
        H("二、社会保险"),
        P("年末全省企业职工基本养老保险参保人数1486.24万人，比上年末增加32.16万人；失业保险参保人数682.46万人；"
          "工伤保险参保人数836.18万人。全年三项社会保险基金总收入2864.36亿元，比上年增长6.2%。",
          ("1486.24万人", "人", LV, OT), ("32.16万人", "人", CH, OT), ("682.46万人", "人", LV, OT),
          ("836.18万人", "人", LV, OT), ("三项", "项", LV, OT, g32.OPT3), ("2864.36亿元", "元", LV, M),
          ("6.2%", "%", CH, PC)),
    ]),
    ("v2", "2026-04-16", "洛阳市卫生健康委员会", "pdftotext-fixed6-nodiag", "洛阳市",
     "洛阳市2025年卫生健康事业发展统计公报", "洛阳市卫生健康委员会  2026年4月16日", [
        H("一、卫生资源"),
        P("2025年末，全市医疗卫生机构总数7846个，比上年末增加126个。全市医疗卫生机构床位5.36万张，比上年末增加1862"
          "张；每千常住人口医疗卫生机构床位7.46张。全市卫生技术人员5.82万人，比上年末增加2146人；每千常住人口执业"
          "（助理）医师3.58人。",
          ("7846个", "个", LV, OT), ("126个", "个", CH, OT), ("5.36万张", "张", LV, B), ("1862张", "张", CH, B),
          ("7.46张", "张", LV, B), ("5.82万人", "人", LV, OT), ("2146人", "人", CH, OT), ("3.58人", "人", LV, OT)),
        H("二、医疗服务"),
        P("全年全市医疗卫生机构总诊疗人次4286.52万人次，比上年增长3.4%；出院人数168.36万人，增长2.2%。全市卫生健康"
          "财政投入68.42亿元，比上年增长4.6%。",
          ("4286.52万人次", "人次", LV, OT), ("3.4%", "%", CH, PC), ("168.36万人", "人", LV, OT),
          ("2.2%", "%", CH, PC), ("68.42亿元", "元", LV, M), ("4.6%", "%", CH, PC)),
        T("表1  2021—2025年卫生健康事业发展主要指标", "", [["指标", "单位", *YHEAD]], [
            ("医疗卫生机构数", 0, ["个", "7412", "7536", "7648", "7720", "7846"]),
            ("医疗卫生机构床位", 0, ["张", "46820", "48460", "50160", "51738", "53600"]),
            ("每千人口床位", 0, ["张", "6.68", "6.86", "7.08", "7.24", "7.46①"]),
            ("卫生技术人员", 0, ["人", "50240", "52360", "54180", "56054", "58200"]),
            ("每千人口执业（助理）医师", 0, ["人", "3.12", "3.24", "3.36", "3.47", "3.58①"]),
            ("总诊疗人次", 0, ["万人次", "3862.14", "3948.62", "4012.36", "4145.56", "4286.52"]),
            ("卫生健康财政投入", 0, ["亿元", "58.26", "60.84", "62.48", "65.41", "68.42②"]),
        ], ["unit", *YEARS], note="注：①按年末常住人口计算。②含中央和省级转移支付资金。"),
        N("注：年末全市养老机构床位2.86万张，其中护理型床位1.64万张。",
          ("2.86万张", "张", LV, B), ("1.64万张", "张", LV, B)),
    ]),
    ("v3", "2026-03-26", "岳阳市统计局", "pdfplumber-layout-x10", "岳阳市",
     "岳阳市2025年国民经济和社会发展统计公报（节选）", "岳阳市统计局  国家统计局岳阳调查队  2026年3月26日", [
        H("九、财政"),
        P("全年全市一般公共预算收入186.42亿元，比上年增长4.8%，其中税收收入126.36亿元，增长3.6%。一般公共预算支出"
          "512.68亿元，增长2.9%。其中，民生支出402.16亿元，占一般公共预算支出的78.4%。",
          ("186.42亿元", "元", LV, M), ("4.8%", "%", CH, PC), ("126.36亿元", "元", LV, M), ("3.6%", "%", CH, PC),
          ("512.68亿元", "元", LV, M), ("2.9%", "%", CH, PC), ("402.16亿元", "元", LV, M), ("78.4%", "%", LV, PC)),
        P("县（市、区）一般公共预算收入合计112.64亿元，比上年增长5.2%。",
          ("112.64亿元", "元", LV, M), ("5.2%", "%", CH, PC)),
        P("各县（市、区）财政收支情况见表1。市本级一般公共预算收入73.78亿元，一般公共预算支出118.36亿元。全市"
          "社会保障和就业支出86.52亿元，卫生健康支出48.36亿元，教育支出96.84亿元，分别增长3.8%、5.1%和2.6%。全年"
          "全市城镇新增就业4.26万人，城镇登记失业率2.64%。年末全市医疗卫生机构床位4.48万张，养老机构床位2.16万张。",
          ("73.78亿元", "元", LV, M), ("118.36亿元", "元", LV, M), ("86.52亿元", "元", LV, M),
          ("48.36亿元", "元", LV, M), ("96.84亿元", "元", LV, M), ("3.8%", "%", CH, PC), ("5.1%", "%", CH, PC),
          ("2.6%", "%", CH, PC), ("4.26万人", "人", LV, J), ("2.64%", "%", LV, J), ("4.48万张", "张", LV, B),
          ("2.16万张", "张", LV, B)),
        T("表1  2025年各县（市、区）财政收支情况", "单位：亿元",
          [["县（市、区）", "一般公共预算收入", "比上年增长（%）", "一般公共预算支出"]], [
            PL("岳阳楼区", 0, ["18.64", "5.6", "36.42"], "岳阳楼区"),
            PL("云溪区", 0, ["6.82", "4.2", "14.26"], "云溪区"),
            PL("君山区", 0, ["4.36", "3.8", "12.84"], "君山区"),
            PL("岳阳县", 0, ["11.48", "5.4", "42.16"], "岳阳县"),
            PL("华容县", 0, ["10.26", "4.9", "44.38"], "华容县"),
            PL("湘阴县", 0, ["12.84", "6.1", "40.62"], "湘阴县"),
            PL("平江县", 0, ["11.92", "5.8", "58.46"], "平江县"),
            PL("汨罗市", 0, ["18.46", "4.6", "42.84"], "汨罗市"),
            PL("临湘市", 0, ["17.86", "5.0", "36.58"], "临湘市"),
            PL("合计", 0, ["112.64", "5.2", "328.56"], "岳阳市"),
        ], [C("元", LV, M, Y, E8), C("%", CH, PC, Y), C("元", LV, M, Y, E8)], cont=6,
          note="注：合计为各县（市、区）数之和，不含市本级和经开区等管理区。"),
        T("表2  2021—2025年财政和就业主要指标", "", [["指标", "单位", *YHEAD]], [
            ("一般公共预算收入", 0, ["亿元", "152.36", "160.48", "168.24", "177.88", "186.42"]),
            ("其中：税收收入", 1, ["亿元", "108.62", "112.46", "118.34", "121.97", "126.36"]),
            ("一般公共预算支出", 0, ["亿元", "468.24", "482.16", "494.62", "498.23", "512.68"]),
            ("城镇新增就业", 0, ["人", "41860", "42280", "42540", "42360", "42600"], JOB),
        ], ["unit", *YEARS], note="注：2024年及以前年度数据为决算数。"),
    ]),
]


def _unmarked(rows: list) -> list:
    """Each cell without its footnote mark: the figure is the number (7.46① is 7.46)."""
    return [(label, ind, [MARK.sub("", c) for c in cells], *own) for label, ind, cells, *own in rows]


def gold(doc: str, place: str, blocks) -> list[dict]:
    """bulletins36's gold, each cell's footnote mark dropped from its quote and value."""
    return g36.gold(doc, place, g36._map_tables(blocks, _unmarked))


# --- readers ----------------------------------------------------------------------------------------------------------

def _xml(pdf: Path) -> str:
    """pdfminer's XML output read back: a <textline>'s <text> characters joined into a line, a text box's lines
    together, a blank line between boxes, a form feed between pages."""
    from pdfminer.high_level import extract_text_to_fp
    from pdfminer.layout import LAParams

    out = io.StringIO()
    with open(pdf, "rb") as f:
        extract_text_to_fp(f, out, output_type="xml", laparams=LAParams(), codec=None)
    import xml.etree.ElementTree as ET

    root = ET.fromstring(out.getvalue())
    pages = []
    for page in root.iter("page"):
        boxes = []
        for box in page.iter("textbox"):
            lines = ["".join(t.text or "" for t in line.iter("text")).rstrip() for line in box.iter("textline")]
            if any(line.strip() for line in lines):
                boxes.append("\n".join(line for line in lines if line.strip()))
        pages.append("\n\n".join(boxes))
    return "\n\f".join(pages) + "\n"


def extract(pdf: Path, tool: str) -> str:
    """The text one real reader gives of the PDF."""
    if tool == "pdfminer-xml":
        return _xml(pdf)
    if tool == "pdfplumber-layout-x10":
        import pdfplumber

        with pdfplumber.open(pdf) as doc:
            return "\n".join((p.extract_text(layout=True, x_density=10) or "") for p in doc.pages) + "\n"
    return g36.pdftotext(pdf, "-fixed", "6", "-nodiag")


def main() -> None:
    g36.run(OUT, DOCS, gold, g36.typeset, extract)


if __name__ == "__main__":
    main()
