"""Build data/gold/bulletins28: three 2025 bulletins of our own, each with tables, typeset as PDF and read back by
readers, or settings of them, that no earlier set used.

The typesetting is bulletins27's (scripts/gold_bulletins27.py, itself bulletins24's and bulletins26's: P/H blocks and
tables, one PDF per bulletin with reportlab in invariant mode) and so is the hand-annotation format. The bulletins: a
县 国民经济和社会发展统计公报's sections on 卫生健康 and 社会保障 with a 主要指标 table (指标 | 单位 | 2025年 |
比上年增长（%）, a fall written -0.8), a 县级市 人力资源和社会保障事业发展统计公报 with a 就业 table (2025年 / 2024年 by
a unit column, rows of 人 and a rate), a 参保 table in 万人 (年末参保人数 / 比上年末增减) and a 基金收支 table in 亿元,
and a 县级市 卫生健康事业发展统计公报 whose 机构/床位/人员 table sets 机构数, 床位数, 卫生人员 and 卫生技术人员 by
医院 / 基层医疗卫生机构 / 专业公共卫生机构, with a 卫生人员 table of 2025年 / 2024年 / 增减 and per-thousand rows.

Of the readers earlier bulletin sets used (bulletins18…27: pdfplumber extract_text() plain, layout=True, x_density,
x/y_tolerance, use_text_flow, extract_words rejoined, extract_text_lines(), extract_text_simple(); pdfminer default,
char_margin/line_margin 8.0/0.25, word_margin/boxes_flow, boxes_flow None and 1.0, char_margin/line_overlap,
line_margin 2.0; pdftotext plain, -layout, -raw, -nopgbrk, -fixed, -colspacing, -tsv; pypdfium2 get_text_range(),
get_text_bounded() and page objects; pypdf plain and layout), these use ones none used: pypdfium2's text rectangles
(FPDFText_CountRects / GetRect: PDFium's runs of text, each rectangle's text a line, as a viewer's selection gives it),
`pdftotext -bbox-layout` (its blocks and lines, each line's words joined by one space, a blank line between blocks)
and pdfminer with detect_vertical and boxes_flow 0 (boxes ordered by where they stand across the page as much as down
it: a table comes out a column at a time). The gold file is written from the hand annotation below, never from what
stats extracts.

    .venv/bin/python scripts/gold_bulletins28.py      # writes data/gold/bulletins28/{texts,bulletins28.jsonl}
"""

from __future__ import annotations

import html
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
import gold_bulletins22 as g22  # noqa: E402
import gold_bulletins26 as g26  # noqa: E402

g18 = g22.g18
P, H, C, T, V = g18.P, g18.H, g18.C, g22.T, g22.V

OUT = ROOT / "data" / "gold" / "bulletins28"
g22.UNITS.update({"人次": ("人次", 1, "other"), "件": ("件", 1, "other"), "万人": ("人", 10**4, "other")})

B, OT, PC, M, J = "beds", "other", "percent", "money", "jobs"
LV, CH = "level", "change"
OPT = {"tier": "optional"}
JOB = {"topic": J}
Y, Y0 = "2025", "2024"
W, E = 10**4, 10**8

DOCS = [
    ("x1", "2026-04-16", "庆元县统计局", "pypdfium2-rects", "庆元县", Y,
     "庆元县2025年国民经济和社会发展统计公报（节选）", "庆元县统计局  2026年4月16日", [
        H("十二、卫生健康"),
        P("年末全县共有医疗卫生机构236个，其中医院5个，基层医疗卫生机构226个，专业公共卫生机构5个。医疗卫生机构床位"
          "1086张，比上年增加42张，其中医院床位812张。卫生技术人员1524人，比上年增长4.2%，其中执业（助理）医师586人，"
          "注册护士642人。每千常住人口医疗卫生机构床位7.24张。",
          ("236个", "个", LV, OT), ("5个", "个", LV, OT), ("226个", "个", LV, OT), ("5个", "个", LV, OT),
          ("1086张", "张", LV, B), ("42张", "张", CH, B), ("812张", "张", LV, B), ("1524人", "人", LV, OT),
          ("4.2%", "%", CH, PC), ("586人", "人", LV, OT), ("642人", "人", LV, OT), ("7.24张", "张", LV, B)),
        P("全年全县医疗卫生机构总诊疗人次96.84万人次，比上年增长3.1%；出院人数2.36万人，下降0.8%。",
          ("96.84万人次", "人次", LV, OT), ("3.1%", "%", CH, PC), ("2.36万人", "人", LV, OT), ("0.8%", "%", CH, PC)),
        T("表6  2025年卫生健康主要指标", "", [["指标", "单位", "2025年", "比上年增长（%）"], ["", "", "", ""]], [
            ("医疗卫生机构数", 0, ["个", "236", "0.9"]),
            ("床位数", 0, ["张", "1086", "4.0"]),
            ("其中：医院", 1, ["张", "812", "3.4"]),
            ("卫生技术人员", 0, ["人", "1524", "4.2"]),
            ("总诊疗人次", 0, ["万人次", "96.84", "3.1"]),
            ("出院人数", 0, ["万人", "2.36", "-0.8"]),
        ], ["unit", V(Y), C("%", CH, PC, Y)]),
        H("十三、社会保障"),
        P("年末全县城镇职工基本养老保险参保人数3.46万人，比上年末增加0.12万人；城乡居民基本养老保险参保人数8.92万人。"
          "基本医疗保险参保人数17.28万人，失业保险参保人数1.38万人，工伤保险参保人数2.04万人。",
          ("3.46万人", "人", LV, OT), ("0.12万人", "人", CH, OT), ("8.92万人", "人", LV, OT),
          ("17.28万人", "人", LV, OT), ("1.38万人", "人", LV, OT), ("2.04万人", "人", LV, OT)),
        P("全年全县城乡居民最低生活保障对象3126人，发放低保资金2036万元；城乡低保标准每人每月1020元。",
          ("3126人", "人", LV, OT), ("2036万元", "元", LV, M), ("1020元", "元", LV, M)),
    ]),
    ("x2", "2026-05-08", "乌苏市人力资源和社会保障局", "pdftotext-bbox", "乌苏市", Y,
     "乌苏市2025年人力资源和社会保障事业发展统计公报", "乌苏市人力资源和社会保障局  2026年5月8日", [
        H("一、就业"),
        P("全年全市城镇新增就业3286人，完成年度目标任务的109.5%；城镇失业人员再就业968人，就业困难人员实现就业214人。"
          "年末城镇登记失业率2.92%。",
          ("3286人", "人", LV, J), ("109.5%", "%", LV, J), ("968人", "人", LV, J), ("214人", "人", LV, J),
          ("2.92%", "%", LV, J)),
        T("表1  2025年就业主要指标", "", [["指标", "单位", "2025年", "2024年"], ["", "", "", ""]], [
            ("城镇新增就业", 0, ["人", "3286", "3104"], JOB),
            ("城镇失业人员再就业", 0, ["人", "968", "912"], JOB),
            ("就业困难人员实现就业", 0, ["人", "214", "198"], JOB),
            ("城镇登记失业率", 0, ["%", "2.92", "3.05"], JOB),
        ], ["unit", V(Y), V(Y0)]),
        H("二、社会保险"),
        P("年末全市基本养老保险参保人数12.64万人，比上年末增加0.38万人。其中，城镇职工基本养老保险参保人数5.82万人，"
          "城乡居民基本养老保险参保人数6.82万人。失业保险参保人数2.46万人，工伤保险参保人数3.18万人。",
          ("12.64万人", "人", LV, OT), ("0.38万人", "人", CH, OT), ("5.82万人", "人", LV, OT),
          ("6.82万人", "人", LV, OT), ("2.46万人", "人", LV, OT), ("3.18万人", "人", LV, OT)),
        T("表2  2025年末社会保险参保情况", "单位：万人", [["险种", "年末参保人数", "比上年末增减"], ["", "", ""]], [
            ("基本养老保险", 0, ["12.64", "0.38"]),
            ("其中：城镇职工基本养老保险", 1, ["5.82", "0.26"]),
            ("城乡居民基本养老保险", 2, ["6.82", "0.12"]),
            ("失业保险", 0, ["2.46", "-0.04"]),
            ("工伤保险", 0, ["3.18", "0.15"]),
        ], [C("人", LV, OT, Y, W), C("人", CH, OT, Y, W)]),
        P("全年全市社会保险基金收入9.86亿元，基金支出9.12亿元，年末累计结存11.64亿元。",
          ("9.86亿元", "元", LV, M), ("9.12亿元", "元", LV, M), ("11.64亿元", "元", LV, M)),
        T("表3  2025年社会保险基金收支情况", "单位：亿元",
          [["项目", "基金收入", "基金支出", "累计结存"], ["", "", "", ""]], [
            ("合计", 0, ["9.86", "9.12", "11.64"]),
            ("城镇职工基本养老保险", 0, ["6.12", "6.34", "5.48"]),
            ("城乡居民基本养老保险", 0, ["1.86", "1.42", "3.96"]),
            ("失业保险", 0, ["0.22", "0.08", "0.86"]),
            ("工伤保险", 0, ["0.18", "0.12", "0.54"]),
        ], [C("元", LV, M, Y, E), C("元", LV, M, Y, E), C("元", LV, M, Y, E)]),
        H("三、劳动关系"),
        P("全年全市劳动人事争议仲裁机构立案受理案件268件，结案率97.2%。",
          ("268件", "件", LV, OT), ("97.2%", "%", LV, PC)),
    ]),
    ("x3", "2026-05-19", "阿勒泰市卫生健康委员会", "pdfminer-vertical", "阿勒泰市", Y,
     "阿勒泰市2025年卫生健康事业发展统计公报", "阿勒泰市卫生健康委员会  2026年5月19日", [
        H("一、卫生资源"),
        P("（一）医疗卫生机构。2025年末，全市医疗卫生机构总数达168个，比上年增加2个。其中，医院6个，基层医疗卫生机构"
          "157个，专业公共卫生机构5个。",
          ("168个", "个", LV, OT), ("2个", "个", CH, OT), ("6个", "个", LV, OT), ("157个", "个", LV, OT),
          ("5个", "个", LV, OT)),
        P("（二）床位数。年末全市医疗卫生机构床位1426张，其中医院1128张，基层医疗卫生机构262张，专业公共卫生机构36张。"
          "每千常住人口医疗卫生机构床位6.48张。",
          ("1426张", "张", LV, B), ("1128张", "张", LV, B), ("262张", "张", LV, B), ("36张", "张", LV, B),
          ("6.48张", "张", LV, B)),
        P("（三）卫生人员。年末全市卫生人员总数2318人，其中卫生技术人员1862人。卫生技术人员中，执业（助理）医师712人，"
          "注册护士836人。",
          ("2318人", "人", LV, OT), ("1862人", "人", LV, OT), ("712人", "人", LV, OT), ("836人", "人", LV, OT)),
        T("表1  2025年末医疗卫生机构、床位和人员数", "",
          [["机构类别", "机构数", "床位数", "卫生人员", "卫生技术人员"], ["", "（个）", "（张）", "（人）", "（人）"]], [
            ("总计", 0, ["168", "1426", "2318", "1862"]),
            ("医院", 0, ["6", "1128", "1564", "1296"]),
            ("其中：公立医院", 1, ["4", "986", "1342", "1118"]),
            ("基层医疗卫生机构", 0, ["157", "262", "618", "454"]),
            ("其中：乡镇卫生院", 1, ["9", "218", "286", "232"]),
            ("专业公共卫生机构", 0, ["5", "36", "136", "112"]),
        ], [C("个", LV, OT, Y), C("张", LV, B, Y), C("人", LV, OT, Y), C("人", LV, OT, Y)]),
        T("表2  2025年卫生人员情况", "", [["指标", "单位", "2025年", "2024年", "增减"], ["", "", "", "", ""]], [
            ("卫生技术人员", 0, ["人", "1862", "1786", "76"]),
            ("其中：执业（助理）医师", 1, ["人", "712", "684", "28"]),
            ("注册护士", 2, ["人", "836", "798", "38"]),
            ("每千常住人口执业（助理）医师", 0, ["人", "3.24", "3.12", "0.12"]),
            ("每千常住人口注册护士", 0, ["人", "3.80", "3.64", "0.16"]),
        ], ["unit", V(Y), V(Y0), {**V(Y), "role": "change"}]),
        H("二、医疗服务"),
        P("全年全市医疗卫生机构总诊疗人次86.42万人次，比上年增长2.6%；入院人数3.18万人，增长1.9%。医院病床使用率74.6%，"
          "比上年提高0.8个百分点。",
          ("86.42万人次", "人次", LV, OT), ("2.6%", "%", CH, PC), ("3.18万人", "人", LV, OT), ("1.9%", "%", CH, PC),
          ("74.6%", "%", LV, PC), ("0.8个百分点", "百分点", CH, PC)),
        H("三、妇幼卫生"),
        P("全年全市孕产妇系统管理率95.86%，3岁以下儿童系统管理率94.62%。婴儿死亡率3.12‰。",
          ("95.86%", "%", LV, PC), ("94.62%", "%", LV, PC), ("3.12‰", "‰", LV, PC)),
    ]),
]


def _rects(pdf: Path) -> str:
    """pypdfium2's text rectangles (PDFium's runs of text on a line), each rectangle's text a line."""
    import pypdfium2 as pdfium

    lines: list[str] = []
    doc = pdfium.PdfDocument(str(pdf))
    for page in doc:
        tp = page.get_textpage()
        for i in range(tp.count_rects()):
            text = tp.get_text_bounded(*tp.get_rect(i)).strip()
            if text:
                lines.append(text)
    return "\n".join(lines) + "\n"


def _bbox(pdf: Path) -> str:
    """`pdftotext -bbox-layout`'s blocks and lines: each line's words joined by one space, a blank line between
    blocks (what a script that reads the XHTML for its lines rebuilds)."""
    out = subprocess.run(["pdftotext", "-bbox-layout", "-enc", "UTF-8", str(pdf), "-"], check=True,
                         capture_output=True, text=True).stdout
    blocks: list[str] = []
    for block in re.findall(r"<block[^>]*>(.*?)</block>", out, re.S):
        lines = [" ".join(html.unescape(w) for w in re.findall(r"<word[^>]*>(.*?)</word>", line, re.S))
                 for line in re.findall(r"<line[^>]*>(.*?)</line>", block, re.S)]
        blocks.append("\n".join(x for x in lines if x))
    return "\n\n".join(blocks) + "\n"


def extract(pdf: Path, tool: str) -> str:
    """The text one real reader gives of the PDF."""
    if tool == "pypdfium2-rects":
        return _rects(pdf)
    if tool == "pdftotext-bbox":
        return _bbox(pdf)
    from pdfminer.high_level import extract_text
    from pdfminer.layout import LAParams

    return extract_text(str(pdf), laparams=LAParams(detect_vertical=True, boxes_flow=0.0))


def main() -> None:
    g26.build_dated(OUT, DOCS, extract)


if __name__ == "__main__":
    main()
