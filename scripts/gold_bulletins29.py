"""Build data/gold/bulletins29: three 2025 bulletins of our own, each with tables, typeset as PDF and read back by
readers, or settings of them, that no earlier set used.

The typesetting is bulletins28's (scripts/gold_bulletins28.py, itself bulletins27's: P/H blocks and tables, one PDF
per bulletin with reportlab in invariant mode) and so is the hand-annotation format. The bulletins: a 区
国民经济和社会发展统计公报 (excerpt) with a quarterly table (一季度 / 上半年 / 前三季度 / 全年 cumulative values by a
unit column, and a second table of their cumulative growth in %, falls written -3.6), a 县级市
医疗保障事业发展统计公报 with a 参保 table in 万人 (年末参保人数 / 比上年末增减, a fall written -0.42), a 基金收支
table in 亿元 and a 待遇 table of 万人次 and 元 rows, and a 县级市 统计公报's 卫生健康 and 民政和养老服务 sections
whose tables set 养老机构床位 beside 医疗卫生机构床位 (both beds, GUIDE.md: hospital or care beds).

Readers no earlier set used this way: pdfminer with a tight char_margin 0.5, word_margin 0.05 and line_margin 0.1
(every cell its own box, printed a box at a time), pdfplumber's extract_text with x_tolerance_ratio 0.5 (a word gap
relative to each character's size, not a fixed number of points), and pdfplumber's layout text at a coarse grid
(x_density 10, y_density 20: the gaps between columns shrink to a space or two). The gold file is written from the
hand annotation below, never from what stats extracts.

    .venv/bin/python scripts/gold_bulletins29.py      # writes data/gold/bulletins29/{texts,bulletins29.jsonl}
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
import gold_bulletins22 as g22  # noqa: E402
import gold_bulletins26 as g26  # noqa: E402

g18 = g22.g18
P, H, C, T, V = g18.P, g18.H, g18.C, g22.T, g22.V

OUT = ROOT / "data" / "gold" / "bulletins29"
g22.UNITS.update({"人次": ("人次", 1, "other"), "家": ("家", 1, "other"), "万人": ("人", 10**4, "other")})

B, OT, PC, M = "beds", "other", "percent", "money"
LV, CH = "level", "change"
LB = {"qualifier": "lower_bound"}
Y, Y0 = "2025", "2024"
Q1, H1, Q3 = "2025Q1", "2025H1", "2025Q1-Q3"
W, E = 10**4, 10**8



DOCS = [
    ("x1", "2026-04-10", "深圳市坪山区统计局", "pdfminer-tight", "坪山区", Y,
     "坪山区2025年国民经济和社会发展统计公报（节选）", "深圳市坪山区统计局  2026年4月10日", [
        H("一、综合"),
        P("初步核算，2025年全区地区生产总值1236.84亿元，比上年增长6.2%。其中，第一产业增加值1.26亿元，下降2.4%；"
          "第二产业增加值742.18亿元，增长7.8%；第三产业增加值493.40亿元，增长3.9%。",
          ("1236.84亿元", "元", LV, M), ("6.2%", "%", CH, PC), ("1.26亿元", "元", LV, M), ("2.4%", "%", CH, PC),
          ("742.18亿元", "元", LV, M), ("7.8%", "%", CH, PC), ("493.40亿元", "元", LV, M), ("3.9%", "%", CH, PC)),
        P("分季度看，一季度全区地区生产总值增长5.4%，上半年增长5.8%，前三季度增长6.0%，全年增长6.2%。",
          ("5.4%", "%", CH, PC, {"period": Q1}), ("5.8%", "%", CH, PC, {"period": H1}),
          ("6.0%", "%", CH, PC, {"period": Q3}), ("6.2%", "%", CH, PC)),
        T("表1  2025年分季度主要经济指标", "",
          [["指标", "单位", "一季度", "上半年", "前三季度", "全年"], ["", "", "", "", "", ""]], [
            ("地区生产总值", 0, ["亿元", "286.42", "592.16", "905.38", "1236.84"]),
            ("规模以上工业增加值", 0, ["亿元", "128.64", "268.92", "412.06", "563.72"]),
            ("固定资产投资", 0, ["亿元", "96.18", "214.56", "338.20", "462.94"]),
            ("社会消费品零售总额", 0, ["亿元", "42.36", "86.58", "131.24", "178.66"]),
            ("一般公共预算收入", 0, ["亿元", "18.42", "36.86", "52.14", "68.92"]),
        ], ["unit", V(Q1), V(H1), V(Q3), V(Y)]),
        T("表2  2025年分季度主要经济指标累计增速", "单位：%",
          [["指标", "一季度", "上半年", "前三季度", "全年"], ["", "", "", "", ""]], [
            ("地区生产总值", 0, ["5.4", "5.8", "6.0", "6.2"]),
            ("规模以上工业增加值", 0, ["7.2", "8.1", "8.4", "8.6"]),
            ("固定资产投资", 0, ["-3.6", "-1.2", "2.4", "4.1"]),
            ("社会消费品零售总额", 0, ["3.8", "4.2", "4.6", "5.0"]),
        ], [C("%", CH, PC, Q1), C("%", CH, PC, H1), C("%", CH, PC, Q3), C("%", CH, PC, Y)]),
        H("二、工业"),
        P("全年全区规模以上工业增加值563.72亿元，比上年增长8.6%。其中，战略性新兴产业增加值418.26亿元，增长10.2%，"
          "占规模以上工业增加值的比重为74.2%。年末全区规模以上工业企业652家。",
          ("563.72亿元", "元", LV, M), ("8.6%", "%", CH, PC), ("418.26亿元", "元", LV, M), ("10.2%", "%", CH, PC),
          ("74.2%", "%", LV, PC), ("652家", "家", LV, OT)),
        H("三、社会保障和卫生健康"),
        P("年末全区医疗卫生机构床位3186张，比上年增加214张；每千常住人口医疗卫生机构床位5.12张。全区城镇职工基本养老"
          "保险参保人数48.62万人。",
          ("3186张", "张", LV, B), ("214张", "张", CH, B), ("5.12张", "张", LV, B), ("48.62万人", "人", LV, OT)),
    ]),
    ("x2", "2026-03-28", "句容市医疗保障局", "pdfplumber-ratio", "句容市", Y,
     "句容市2025年医疗保障事业发展统计公报", "句容市医疗保障局  2026年3月28日", [
        H("一、参保情况"),
        P("2025年末，全市基本医疗保险参保人数58.64万人，比上年末增加0.42万人，参保率稳定在98.5%以上。其中，职工基本"
          "医疗保险参保人数24.18万人，增长3.6%；城乡居民基本医疗保险参保人数34.46万人。",
          ("58.64万人", "人", LV, OT), ("0.42万人", "人", CH, OT), ("98.5%以上", "%", LV, PC, LB),
          ("24.18万人", "人", LV, OT), ("3.6%", "%", CH, PC), ("34.46万人", "人", LV, OT)),
        T("表1  2025年末基本医疗保险参保情况", "单位：万人", [["项目", "年末参保人数", "比上年末增减"], ["", "", ""]], [
            ("基本医疗保险", 0, ["58.64", "0.42"]),
            ("职工基本医疗保险", 1, ["24.18", "0.84"]),
            ("其中：在职职工", 2, ["17.62", "0.66"]),
            ("退休人员", 2, ["6.56", "0.18"]),
            ("城乡居民基本医疗保险", 1, ["34.46", "-0.42"]),
        ], [C("人", LV, OT, Y, W), C("人", CH, OT, Y, W)]),
        H("二、基金收支"),
        P("全年全市基本医疗保险基金（含生育保险）总收入16.84亿元，比上年增长4.6%；总支出15.26亿元，增长6.2%；年末累计"
          "结存18.92亿元。",
          ("16.84亿元", "元", LV, M), ("4.6%", "%", CH, PC), ("15.26亿元", "元", LV, M), ("6.2%", "%", CH, PC),
          ("18.92亿元", "元", LV, M)),
        T("表2  2025年基本医疗保险基金收支情况", "单位：亿元",
          [["项目", "基金收入", "基金支出", "当年结存", "累计结存"], ["", "", "", "", ""]], [
            ("合计", 0, ["16.84", "15.26", "1.58", "18.92"]),
            ("职工基本医疗保险", 0, ["11.62", "10.14", "1.48", "15.36"]),
            ("城乡居民基本医疗保险", 0, ["5.22", "5.12", "0.10", "3.56"]),
        ], [C("元", LV, M, Y, E), C("元", LV, M, Y, E), C("元", LV, M, Y, E), C("元", LV, M, Y, E)]),
        H("三、医疗保障待遇"),
        P("全年全市参保人员享受医疗保险待遇386.42万人次，比上年增长7.4%。职工医保住院费用政策范围内基金支付比例85.6%，"
          "城乡居民医保住院费用政策范围内基金支付比例71.2%。",
          ("386.42万人次", "人次", LV, OT), ("7.4%", "%", CH, PC), ("85.6%", "%", LV, PC), ("71.2%", "%", LV, PC)),
        T("表3  2025年医疗保障待遇享受情况", "", [["指标", "单位", "2025年", "2024年"], ["", "", "", ""]], [
            ("享受待遇人次", 0, ["万人次", "386.42", "359.80"]),
            ("其中：住院", 1, ["万人次", "9.86", "9.42"]),
            ("门诊", 2, ["万人次", "376.56", "350.38"]),
            ("住院次均费用", 0, ["元", "9862", "10126"]),
        ], ["unit", V(Y), V(Y0)]),
        H("四、医药服务管理"),
        P("年末全市定点医药机构412家，其中定点医疗机构186家，定点零售药店226家。全年医保基金监管追回资金1286万元。",
          ("412家", "家", LV, OT), ("186家", "家", LV, OT), ("226家", "家", LV, OT), ("1286万元", "元", LV, M)),
    ]),
    ("x3", "2026-04-02", "靖江市统计局", "pdfplumber-dense", "靖江市", Y,
     "靖江市2025年国民经济和社会发展统计公报（节选）", "靖江市统计局  2026年4月2日", [
        H("十一、卫生健康"),
        P("年末全市共有医疗卫生机构312个，其中医院14个，基层医疗卫生机构291个，专业公共卫生机构7个。医疗卫生机构床位"
          "3428张，比上年增加126张；卫生技术人员4862人，其中执业（助理）医师1924人，注册护士2136人。",
          ("312个", "个", LV, OT), ("14个", "个", LV, OT), ("291个", "个", LV, OT), ("7个", "个", LV, OT),
          ("3428张", "张", LV, B), ("126张", "张", CH, B), ("4862人", "人", LV, OT), ("1924人", "人", LV, OT),
          ("2136人", "人", LV, OT)),
        H("十二、民政和养老服务"),
        P("年末全市共有养老机构46个，养老机构床位5820张，比上年增加360张；社区居家养老服务中心（站）168个。每千名老年人"
          "拥有养老床位38.6张。全市享受城乡最低生活保障人数4126人，全年发放低保金2864万元。",
          ("46个", "个", LV, OT), ("5820张", "张", LV, B), ("360张", "张", CH, B), ("168个", "个", LV, OT),
          ("38.6张", "张", LV, B), ("4126人", "人", LV, OT), ("2864万元", "元", LV, M)),
        T("表3  2025年末医疗卫生机构和养老机构床位", "单位：张", [["项目", "2025年", "2024年", "增减"], ["", "", "", ""]], [
            ("医疗卫生机构床位", 0, ["3428", "3302", "126"]),
            ("其中：医院", 1, ["2816", "2724", "92"]),
            ("基层医疗卫生机构", 1, ["542", "512", "30"]),
            ("养老机构床位", 0, ["5820", "5460", "360"]),
            ("其中：护理型床位", 1, ["3606", "3214", "392"]),
        ], [C("张", LV, B, Y), C("张", LV, B, Y0), C("张", CH, B, Y)]),
        T("表4  2025年末医疗卫生机构和养老机构", "",
          [["机构类别", "机构数", "床位数"], ["", "（个）", "（张）"]], [
            ("医疗卫生机构", 0, ["312", "3428"]),
            ("其中：医院", 1, ["14", "2816"]),
            ("养老机构", 0, ["46", "5820"]),
            ("其中：公办养老机构", 1, ["18", "2460"]),
            ("民办养老机构", 1, ["28", "3360"]),
        ], [C("个", LV, OT, Y), C("张", LV, B, Y)]),
        P("全年全市各类社会救助支出1.26亿元，比上年增长5.8%。",
          ("1.26亿元", "元", LV, M), ("5.8%", "%", CH, PC)),
    ]),
]


def extract(pdf: Path, tool: str) -> str:
    """The text one real reader gives of the PDF."""
    if tool == "pdfminer-tight":
        from pdfminer.high_level import extract_text
        from pdfminer.layout import LAParams

        return extract_text(str(pdf), laparams=LAParams(char_margin=0.5, word_margin=0.05, line_margin=0.1))
    import pdfplumber

    with pdfplumber.open(pdf) as doc:
        if tool == "pdfplumber-ratio":
            return "\n".join((p.extract_text(x_tolerance_ratio=0.5) or "") for p in doc.pages) + "\n"
        return "\n".join((p.extract_text(layout=True, x_density=10, y_density=20) or "") for p in doc.pages) + "\n"


def main() -> None:
    g26.build_dated(OUT, DOCS, extract)


if __name__ == "__main__":
    main()
