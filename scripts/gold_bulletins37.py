"""Build data/gold/bulletins37: three 2025 bulletins on beds and jobs whose tables take forms real bulletins print and
a reader can take row by row, typeset as PDF and read back by readers, or settings of them, no earlier set used; the
weak field is recall.

The typesetting and the hand-annotation format are bulletins36's (scripts/gold_bulletins36.py, itself bulletins35's,
34's and 32's: P/H/N blocks, tables whose cells take their column's or their row's period and unit, rows whose label
wraps; gold written by its `gold`), with three forms no earlier set used:
- a table by 机构类型 (总计 | 医院 | 其中：公立医院 | 民营医院 | 基层医疗卫生机构 | 专业公共卫生机构 | 其他机构), the
  其中 row indented under 医院 and its sibling (民营医院) set under the word after 其中：, heads on one line with
  their unit in parentheses (床位数（张） | 比上年末增减（张） | 卫生技术人员（人）); every row the city's (GUIDE.md:
  place: a kind of institution is no place);
- a county 人社局 monthly report's table whose caption has no year (主要业务指标完成情况) and whose head is
  指标名称 | 单位 | 本月 | 本年累计 | 上年同期 | 增减（%）: the year and month are only in the title and the
  publication date; 本月 cells are of 2025-11, 本年累计 of 2025M01-M11, 上年同期 of 2024M01-M11, the 增减（%） cells
  the change of 本年累计 on 上年同期 (GUIDE.md: period);
- a city 统计公报's 主要指标 table (指标 | 单位 | 绝对数 | 比上年增长（%）) whose 单位 cells mix 万人, 亿元, 张, %,
  whose year is in its caption only, followed by a footnote block with figures of its own (units in the footnote).
The bulletins: a 市 卫生健康事业发展统计公报 (年末 stocks by kind of institution, the year's 诊疗人次), a 县 人社局
11月 月报 (本月, 本年累计 and 上年同期 flows, 11月末 stocks) and a 市 统计公报's 主要指标, 卫生 and 就业 parts.

Readers no earlier set used (earlier: pdfplumber plain, layout, layout x4, tolerances, text flow, words, lines,
simple, grids; pdfminer default and many LAParams, none with boxes_flow 1.0 or line_overlap 0.7; pdftotext plain,
-layout, -raw, -raw -nodiag, -fixed, -colspacing, -tsv, -bbox, -bbox-layout; pdftohtml; pypdfium2 range, bounded,
bands, objects, rects, characters with tabs; pypdf is not installed here): pdfminer with boxes_flow 1.0 (boxes
ordered by height only) and line_overlap 0.7, pypdfium2's get_text_bounded() over one box per text line (the page's
text rects grouped by their baseline, each line's box the page's width: PDFium's own spacing within a line) and
`pdftotext -raw -nopgbrk` (content-stream order, no form feed).
The gold file is written from the hand annotation below, never from what stats extracts.

    .venv/bin/python scripts/gold_bulletins37.py      # writes data/gold/bulletins37/{texts,bulletins37.jsonl}
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
import gold_bulletins32 as g32  # noqa: E402
import gold_bulletins34 as g34  # noqa: E402
import gold_bulletins36 as g36  # noqa: E402

g18 = g32.g18
P, H, C, V, N, T = g32.P, g32.H, g32.C, g32.V, g32.N, g32.T
VC = g34.VC

OUT = ROOT / "data" / "gold" / "bulletins37"
# the 单位 cells of this set's unit-column tables: g32.gold reads the module's table, so the new units go into it
g32.UNITS.update({"个": ("个", 1, "other"), "张": ("张", 1, "beds"), "万人": ("人", 10**4, "other"),
                  "亿元": ("元", 10**8, "money"), "万元": ("元", 10**4, "money"), "件": ("件", 1, "other")})

B, OT, PC, M, J = "beds", "other", "percent", "money", "jobs"
LV, CH = "level", "change"
Y = "2025"
W = 10**4
NOV, JAN_NOV, JAN_NOV24 = "2025-11", "2025M01-M11", "2024M01-M11"
JOB = {"topic": J}
BED = {"topic": B}


DOCS = [
    ("y1", "2026-04-16", "柳州市卫生健康委员会", "pdfminer-cm25-lo07-bf10", "柳州市",
     "柳州市2025年卫生健康事业发展统计公报", "柳州市卫生健康委员会  2026年4月16日", [
        H("一、卫生资源"),
        P("2025年末，全市医疗卫生机构总数2846个，比上年末增加38个。其中，医院96个，基层医疗卫生机构2682个，专业公共卫生"
          "机构52个。全市医疗卫生机构床位2.79万张，比上年末增加862张；每千常住人口医疗卫生机构床位6.66张。",
          ("2846个", "个", LV, OT), ("38个", "个", CH, OT), ("96个", "个", LV, OT), ("2682个", "个", LV, OT),
          ("52个", "个", LV, OT), ("2.79万张", "张", LV, B), ("862张", "张", CH, B), ("6.66张", "张", LV, B)),
        T("表1  2025年末医疗卫生机构床位和人员（按机构类型分）", "",
          [["机构类型", "床位数（张）", "比上年末增减（张）", "卫生技术人员（人）"]], [
            ("总计", 0, ["27860", "862", "34120"]),
            ("医院", 0, ["21460", "724", "24860"]),
            ("其中：公立医院", 1, ["16280", "312", "19240"]),
            ("民营医院", 2, ["5180", "412", "5620"]),
            ("基层医疗卫生机构", 0, ["4920", "96", "7460"]),
            ("专业公共卫生机构", 0, ["1280", "38", "1620"]),
            ("其他机构", 0, ["200", "4", "180"]),
        ], [C("张", LV, B, Y), C("张", CH, B, Y), C("人", LV, OT, Y)],
          note="注：基层医疗卫生机构含社区卫生服务中心（站）、乡镇卫生院、村卫生室和诊所。"),
        H("二、医疗服务"),
        P("全年全市医疗卫生机构总诊疗人次2186.42万人次，比上年增长4.2%；出院人数68.36万人，增长3.1%。医院病床使用率"
          "81.4%，出院者平均住院日8.6天。",
          ("2186.42万人次", "人次", LV, OT), ("4.2%", "%", CH, PC), ("68.36万人", "人", LV, OT), ("3.1%", "%", CH, PC),
          ("81.4%", "%", LV, PC), ("8.6天", "天", LV, OT, {"tier": "optional"})),
        T("表2  2025年医疗服务情况（按机构类型分）", "",
          [["机构类型", "诊疗人次（万人次）", "比上年增长（%）", "出院人数（万人）"]], [
            ("总计", 0, ["2186.42", "4.2", "68.36"]),
            ("医院", 0, ["1264.18", "5.6", "59.82"]),
            ("其中：公立医院", 1, ["1086.52", "4.8", "51.46"]),
            ("民营医院", 2, ["177.66", "10.4", "8.36"]),
            ("基层医疗卫生机构", 0, ["862.64", "2.3", "8.54"]),
        ], [C("人次", LV, OT, Y, W), C("%", CH, PC, Y), C("人", LV, OT, Y, W)]),
    ]),
    ("y2", "2025-12-08", "泗洪县人力资源和社会保障局", "pypdfium2-bounded-lines", "泗洪县",
     "泗洪县2025年11月人力资源和社会保障主要业务数据", "泗洪县人力资源和社会保障局  2025年12月8日", [
        H("一、就业工作"),
        P("11月份，全县城镇新增就业412人，失业人员再就业118人。1—11月，全县累计城镇新增就业5386人，同比增长5.2%，"
          "完成年度目标任务的107.7%；农村劳动力转移就业3642人。",
          ("412人", "人", LV, J, {"period": NOV}), ("118人", "人", LV, J, {"period": NOV}),
          ("5386人", "人", LV, J, {"period": JAN_NOV}), ("5.2%", "%", CH, J, {"period": JAN_NOV}),
          ("107.7%", "%", LV, J, {"period": JAN_NOV}), ("3642人", "人", LV, J, {"period": JAN_NOV})),
        T("表1  主要业务指标完成情况", "", [["指标名称", "单位", "本月", "本年累计", "上年同期", "增减（%）"]], [
            ("城镇新增就业", 0, ["人", "412", "5386", "5120", "5.2"], JOB),
            ("其中：失业人员再就业", 1, ["人", "118", "1462", "1410", "3.7"], JOB),
            ("就业困难人员就业", 2, ["人", "36", "468", "452", "3.5"], JOB),
            ("农村劳动力转移就业", 0, ["人", "286", "3642", "3580", "1.7"], JOB),
            ("发放创业担保贷款", 0, ["万元", "860", "9460", "8820", "7.3"]),
            ("发放失业保险金", 0, ["万元", "126", "1386", "1420", "-2.4"]),
            ("劳动人事争议仲裁结案", 0, ["件", "24", "286", "302", "-5.3"]),
        ], ["unit", V(NOV), V(JAN_NOV), V(JAN_NOV24), C("%", CH, PC, JAN_NOV)],
          note="注：增减为本年累计比上年同期。"),
        H("二、社会保险"),
        P("11月末，全县企业职工基本养老保险参保人数18.64万人，比上年末增加0.52万人；失业保险参保人数6.38万人，比上年末"
          "增加0.21万人。",
          ("18.64万人", "人", LV, OT, {"period": NOV}), ("0.52万人", "人", CH, OT, {"period": NOV}),
          ("6.38万人", "人", LV, OT, {"period": NOV}), ("0.21万人", "人", CH, OT, {"period": NOV})),
    ]),
    ("y3", "2026-03-26", "绵阳市统计局", "pdftotext-raw-nopgbrk", "绵阳市",
     "绵阳市2025年国民经济和社会发展统计公报（节选）", "绵阳市统计局  国家统计局绵阳调查队  2026年3月26日", [
        H("一、综合"),
        P("年末全市常住人口488.6万人，比上年末增加1.2万人。全年全市实现地区生产总值4386.52亿元，按不变价格计算，比上年"
          "增长6.1%。",
          ("488.6万人", "人", LV, OT), ("1.2万人", "人", CH, OT), ("4386.52亿元", "元", LV, M),
          ("6.1%", "%", CH, PC)),
        T("表1  2025年全市主要指标", "", [["指标", "单位", "绝对数", "比上年增长（%）"]], [
            ("年末常住人口", 0, ["万人", "488.6", "0.2"]),
            ("地区生产总值", 0, ["亿元", "4386.52", "6.1"]),
            ("一般公共预算收入", 0, ["亿元", "186.34", "4.2"]),
            ("城镇新增就业", 0, ["万人", "6.28", "2.8"], JOB),
            ("城镇登记失业率", 0, ["%", "2.62", "—"], JOB),
            ("医疗卫生机构床位", 0, ["张", "38640", "3.4"], BED),
            ("其中：医院床位", 1, ["张", "29860", "2.9"], BED),
            ("卫生技术人员", 0, ["万人", "4.12", "4.6"]),
            ("养老机构床位", 0, ["张", "12860", "5.1"], BED),
        ], ["unit", V(Y), C("%", CH, PC, Y)]),
        N("注：1.地区生产总值绝对数按现价计算，增长速度按不变价格计算。2.城镇新增就业中，返乡入乡创业带动就业1.26万人；"
          "医院床位中，公立医院床位24180张。",
          ("1.26万人", "人", LV, J), ("24180张", "张", LV, B)),
        H("十、卫生健康和社会保障"),
        P("年末全市共有医疗卫生机构5862个，其中医院168个。医疗卫生机构床位3.86万张，比上年末增加0.13万张；卫生技术人员"
          "4.12万人。全年城镇新增就业6.28万人，比上年增长2.8%；年末城镇登记失业率2.62%。年末全市共有养老机构286个，"
          "养老机构床位1.29万张。",
          ("5862个", "个", LV, OT), ("168个", "个", LV, OT), ("3.86万张", "张", LV, B), ("0.13万张", "张", CH, B),
          ("4.12万人", "人", LV, OT), ("6.28万人", "人", LV, J), ("2.8%", "%", CH, J), ("2.62%", "%", LV, J),
          ("286个", "个", LV, OT), ("1.29万张", "张", LV, B)),
    ]),
]


# --- readers ----------------------------------------------------------------------------------------------------------

def _line_boxes(pdf: Path) -> str:
    """pypdfium2's get_text_bounded() over one box per text line: the page's text rects grouped by their baseline
    (bottoms within 2 pt), each group's box the page's width and the group's height, lines top to bottom."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf))
    pages = []
    for page in doc:
        _left, _bottom, right, _top = page.get_bbox()
        tp = page.get_textpage()
        bands: list[list[float]] = []
        for k in range(tp.count_rects()):
            _l, b, _r, t = tp.get_rect(k)
            for band in bands:
                if abs(band[0] - b) <= 2.0:
                    band[1] = max(band[1], t)
                    break
            else:
                bands.append([b, t])
        bands.sort(key=lambda band: -band[1])
        pages.append("\n".join(tp.get_text_bounded(left=0, bottom=b - 1, right=right, top=t + 1).strip()
                               for b, t in bands))
    doc.close()
    return "\n\f".join(pages) + "\n"


def extract(pdf: Path, tool: str) -> str:
    """The text one real reader gives of the PDF."""
    if tool == "pypdfium2-bounded-lines":
        return _line_boxes(pdf)
    if tool == "pdftotext-raw-nopgbrk":
        return g36.pdftotext(pdf, "-raw", "-nopgbrk")
    from pdfminer.high_level import extract_text
    from pdfminer.layout import LAParams

    return extract_text(str(pdf), laparams=LAParams(char_margin=25.0, line_overlap=0.7, boxes_flow=1.0))


def main() -> None:
    g36.run(OUT, DOCS, g36.gold, g36.typeset, extract)


if __name__ == "__main__":
    main()
