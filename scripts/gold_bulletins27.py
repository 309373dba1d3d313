"""Build data/gold/bulletins27: three 2025 bulletins of our own, each with tables, typeset as PDF and read back by
readers, or settings of them, that no earlier set used.

The typesetting is bulletins26's (scripts/gold_bulletins26.py, itself bulletins24's: P/H blocks and tables, one PDF per
bulletin with reportlab in invariant mode) and so is the hand-annotation format. The bulletins: a 县级市
国民经济和社会发展统计公报's sections on 卫生健康 and 社会保障 with a 参保人数 table by 险种 (年末数 / 比上年末增减 in
万人, a fall written -0.06), a 县级市 卫生健康事业发展统计公报 whose 卫生资源 table sets 机构数/床位数/卫生技术人员 by
类别 in a unit column with 2025年 / 2024年 / 增减, and a 县级市 人力资源和社会保障事业发展统计公报 with a 基金收支 table
(收入 / 支出 / 累计结存 in 亿元) and a 参保 table.

Of the readers earlier bulletin sets used (bulletins18…26: pdfplumber extract_text() plain, layout=True, x_density,
x/y_tolerance, use_text_flow, extract_words rejoined, extract_text_lines(); pdfminer default, char_margin/line_margin
8.0/0.25, word_margin/boxes_flow, boxes_flow None and 1.0, char_margin/line_overlap; pdftotext plain, -layout, -raw,
-nopgbrk, -fixed, -colspacing; pypdfium2 get_text_range(), get_text_bounded() and page objects; pypdf plain and
layout), these use settings none used: `pdftotext -tsv` with its words rejoined a line at a time (one space between
words, whatever the gap), pdfminer with a wide line_margin (2.0: lines a table's rows apart merge into one box, so a
table comes out a column at a time) and pdfplumber's extract_text_simple() (its plain clustering, no layout).
The gold file is written from the hand annotation below, never from what stats extracts.

    .venv/bin/python scripts/gold_bulletins27.py      # writes data/gold/bulletins27/{texts,bulletins27.jsonl}
"""

from __future__ import annotations

import csv
import io
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

OUT = ROOT / "data" / "gold" / "bulletins27"
g22.UNITS.update({"人次": ("人次", 1, "other"), "件": ("件", 1, "other")})

B, OT, PC, M, J = "beds", "other", "percent", "money", "jobs"
LV, CH = "level", "change"
OPT = {"tier": "optional"}
Y, Y0 = "2025", "2024"
W, E = 10**4, 10**8

DOCS = [
    ("x1", "2026-04-22", "龙南市统计局", "pdftotext-tsv", "龙南市", Y,
     "龙南市2025年国民经济和社会发展统计公报（节选）", "龙南市统计局  2026年4月22日", [
        H("十一、卫生健康"),
        P("年末全市共有医疗卫生机构268个，其中医院9个，基层医疗卫生机构253个，专业公共卫生机构6个。医疗卫生机构床位"
          "2186张，比上年增加94张；卫生技术人员2468人，比上年增长3.6%，其中执业（助理）医师918人，注册护士1102人。"
          "每千常住人口医疗卫生机构床位7.62张。",
          ("268个", "个", LV, OT), ("9个", "个", LV, OT), ("253个", "个", LV, OT), ("6个", "个", LV, OT),
          ("2186张", "张", LV, B), ("94张", "张", CH, B), ("2468人", "人", LV, OT), ("3.6%", "%", CH, PC),
          ("918人", "人", LV, OT), ("1102人", "人", LV, OT), ("7.62张", "张", LV, B)),
        P("全年全市医疗卫生机构总诊疗人次168.24万人次，比上年增长4.8%；入院人数5.12万人，增长2.3%。",
          ("168.24万人次", "人次", LV, OT), ("4.8%", "%", CH, PC), ("5.12万人", "人", LV, OT), ("2.3%", "%", CH, PC)),
        H("十二、社会保障"),
        P("年末全市城镇职工基本养老保险参保人数5.86万人，比上年末增加0.24万人；城乡居民基本养老保险参保人数18.42万人。"
          "基本医疗保险参保人数29.68万人，其中职工基本医疗保险参保人数4.26万人。失业保险参保人数2.14万人，工伤保险"
          "参保人数3.08万人。",
          ("5.86万人", "人", LV, OT), ("0.24万人", "人", CH, OT), ("18.42万人", "人", LV, OT),
          ("29.68万人", "人", LV, OT), ("4.26万人", "人", LV, OT), ("2.14万人", "人", LV, OT),
          ("3.08万人", "人", LV, OT)),
        T("表5  2025年末社会保险参保人数", "单位：万人", [["险种", "年末数", "比上年末增减"], ["", "", ""]], [
            ("城镇职工基本养老保险", 0, ["5.86", "0.24"]),
            ("城乡居民基本养老保险", 0, ["18.42", "-0.06"]),
            ("基本医疗保险", 0, ["29.68", "-0.35"]),
            ("其中：职工基本医疗保险", 1, ["4.26", "0.18"]),
            ("失业保险", 0, ["2.14", "0.09"]),
            ("工伤保险", 0, ["3.08", "0.12"]),
        ], [C("人", LV, OT, Y, W), C("人", CH, OT, Y, W)]),
        P("全年全市城乡居民最低生活保障对象5264人，发放低保资金3128万元；城市低保标准每人每月880元，农村低保标准每人"
          "每月700元。",
          ("5264人", "人", LV, OT), ("3128万元", "元", LV, M), ("880元", "元", LV, M), ("700元", "元", LV, M)),
        H("十三、就业"),
        P("全年城镇新增就业3462人，完成年度目标任务的115.4%；失业人员再就业868人。年末城镇登记失业率2.74%。",
          ("3462人", "人", LV, J), ("115.4%", "%", LV, J), ("868人", "人", LV, J), ("2.74%", "%", LV, J)),
    ]),
    ("x2", "2026-05-26", "华蓥市卫生健康局", "pdfminer-wide", "华蓥市", Y,
     "华蓥市2025年卫生健康事业发展统计公报", "华蓥市卫生健康局  2026年5月26日", [
        H("一、卫生资源"),
        P("（一）医疗卫生机构。2025年末，全市医疗卫生机构总数达214个，比上年减少3个。其中，医院8个，基层医疗卫生机构"
          "201个，专业公共卫生机构5个。",
          ("214个", "个", LV, OT), ("3个", "个", CH, OT), ("8个", "个", LV, OT), ("201个", "个", LV, OT),
          ("5个", "个", LV, OT)),
        P("（二）床位数。年末全市医疗卫生机构床位1968张，比上年增加56张，其中医院1542张，基层医疗卫生机构396张。每千"
          "常住人口医疗卫生机构床位7.86张。",
          ("1968张", "张", LV, B), ("56张", "张", CH, B), ("1542张", "张", LV, B), ("396张", "张", LV, B),
          ("7.86张", "张", LV, B)),
        P("（三）卫生人员。年末全市卫生技术人员2236人，比上年增加84人，其中执业（助理）医师842人，注册护士1006人。",
          ("2236人", "人", LV, OT), ("84人", "人", CH, OT), ("842人", "人", LV, OT), ("1006人", "人", LV, OT)),
        T("表1  2025年医疗卫生资源情况", "", [["指标", "单位", "2025年", "2024年", "增减"], ["", "", "", "", ""]], [
            ("医疗卫生机构数", 0, ["个", "214", "217", "-3"]),
            ("其中：医院", 1, ["个", "8", "8", "0"]),
            ("基层医疗卫生机构", 2, ["个", "201", "204", "-3"]),
            ("床位数", 0, ["张", "1968", "1912", "56"]),
            ("其中：医院", 1, ["张", "1542", "1498", "44"]),
            ("卫生技术人员", 0, ["人", "2236", "2152", "84"]),
            ("其中：执业（助理）医师", 1, ["人", "842", "816", "26"]),
            ("注册护士", 2, ["人", "1006", "958", "48"]),
        ], ["unit", V(Y), V(Y0), {**V(Y), "role": "change"}]),
        H("二、医疗服务"),
        P("全年全市医疗卫生机构总诊疗人次132.46万人次，比上年增长3.9%；出院人数4.68万人，增长1.7%。医院病床使用率"
          "78.4%，比上年下降1.2个百分点；医院出院者平均住院日8.6天。",
          ("132.46万人次", "人次", LV, OT), ("3.9%", "%", CH, PC), ("4.68万人", "人", LV, OT), ("1.7%", "%", CH, PC),
          ("78.4%", "%", LV, PC), ("1.2个百分点", "百分点", CH, PC), ("8.6天", "天", LV, OT, OPT)),
        H("三、妇幼卫生"),
        P("全年全市孕产妇系统管理率96.42%，3岁以下儿童系统管理率95.18%。婴儿死亡率2.46‰。",
          ("96.42%", "%", LV, PC), ("95.18%", "%", LV, PC), ("2.46‰", "‰", LV, PC)),
    ]),
    ("x3", "2026-05-12", "霍州市人力资源和社会保障局", "pdfplumber-simple", "霍州市", Y,
     "霍州市2025年人力资源和社会保障事业发展统计公报", "霍州市人力资源和社会保障局  2026年5月12日", [
        H("一、就业"),
        P("全年全市城镇新增就业2864人，完成年度目标任务的104.1%；城镇失业人员再就业742人，就业困难人员实现就业236人。"
          "年末城镇登记失业率3.12%。全年新增农村劳动力转移就业1526人。",
          ("2864人", "人", LV, J), ("104.1%", "%", LV, J), ("742人", "人", LV, J), ("236人", "人", LV, J),
          ("3.12%", "%", LV, J), ("1526人", "人", LV, J)),
        H("二、社会保险"),
        P("年末全市基本养老保险参保人数18.36万人，比上年末增加0.42万人。其中，城镇职工基本养老保险参保人数6.48万人，"
          "城乡居民基本养老保险参保人数11.88万人。失业保险参保人数2.96万人，工伤保险参保人数4.12万人。",
          ("18.36万人", "人", LV, OT), ("0.42万人", "人", CH, OT), ("6.48万人", "人", LV, OT),
          ("11.88万人", "人", LV, OT), ("2.96万人", "人", LV, OT), ("4.12万人", "人", LV, OT)),
        T("表1  2025年末社会保险参保情况", "",
          [["险种", "参保人数", "比上年末增减"], ["", "（人）", "（人）"]], [
            ("城镇职工基本养老保险", 0, ["64836", "2148"]),
            ("城乡居民基本养老保险", 0, ["118764", "2052"]),
            ("失业保险", 0, ["29618", "-386"]),
            ("工伤保险", 0, ["41246", "1124"]),
        ], [C("人", LV, OT, Y), C("人", CH, OT, Y)]),
        P("全年全市社会保险基金总收入14.26亿元，比上年增长5.2%；总支出13.18亿元，增长6.4%；年末累计结存16.84亿元。",
          ("14.26亿元", "元", LV, M), ("5.2%", "%", CH, PC), ("13.18亿元", "元", LV, M), ("6.4%", "%", CH, PC),
          ("16.84亿元", "元", LV, M)),
        T("表2  2025年社会保险基金收支情况", "单位：亿元",
          [["项目", "基金收入", "基金支出", "累计结存"], ["", "", "", ""]], [
            ("合计", 0, ["14.26", "13.18", "16.84"]),
            ("城镇职工基本养老保险", 0, ["8.64", "8.92", "7.26"]),
            ("城乡居民基本养老保险", 0, ["2.86", "2.18", "6.42"]),
            ("机关事业单位养老保险", 0, ["2.12", "1.76", "1.38"]),
            ("失业保险", 0, ["0.34", "0.12", "1.06"]),
            ("工伤保险", 0, ["0.30", "0.20", "0.72"]),
        ], [C("元", LV, M, Y, E), C("元", LV, M, Y, E), C("元", LV, M, Y, E)],
          note="注：累计结存为年末滚存结余；合计数因四舍五入与分项之和略有差异。"),
        H("三、劳动关系"),
        P("全年全市劳动人事争议仲裁机构立案受理案件386件，审结372件，结案率96.4%。劳动保障监察机构为612名劳动者追讨"
          "工资等待遇846万元。",
          ("386件", "件", LV, OT), ("372件", "件", LV, OT), ("96.4%", "%", LV, PC), ("612名", "名", LV, OT),
          ("846万元", "元", LV, M)),
    ]),
]


def _tsv(pdf: Path) -> str:
    """pdftotext -tsv's words (level 5 rows) rejoined a line at a time, one space between words: what a script that
    reads the TSV for its words, not pdftotext's text, rebuilds."""
    out = subprocess.run(["pdftotext", "-tsv", "-enc", "UTF-8", str(pdf), "-"], check=True, capture_output=True,
                         text=True).stdout
    lines: list[str] = []
    key, words = None, []
    for row in csv.DictReader(io.StringIO(out), delimiter="\t", quoting=csv.QUOTE_NONE):
        if row["level"] != "5" or row["text"].startswith("###"):
            continue
        k = (row["page_num"], row["block_num"], row["par_num"], row["line_num"])
        if k != key and words:
            lines.append(" ".join(words))
            words = []
        key = k
        words.append(row["text"])
    if words:
        lines.append(" ".join(words))
    return "\n".join(lines) + "\n"


def extract(pdf: Path, tool: str) -> str:
    """The text one real reader gives of the PDF."""
    if tool == "pdftotext-tsv":
        return _tsv(pdf)
    if tool == "pdfplumber-simple":
        import pdfplumber

        with pdfplumber.open(pdf) as doc:
            return "\n".join(p.extract_text_simple() for p in doc.pages) + "\n"
    from pdfminer.high_level import extract_text
    from pdfminer.layout import LAParams

    return extract_text(str(pdf), laparams=LAParams(line_margin=2.0))


def main() -> None:
    g26.build_dated(OUT, DOCS, extract)


if __name__ == "__main__":
    main()
