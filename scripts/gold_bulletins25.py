"""Build data/gold/bulletins25: three 2025 bulletins of our own typeset as PDF and read back by readers, or settings of
them, that no earlier set used.

The typesetting is bulletins24's (scripts/gold_bulletins24.py, itself bulletins23's, 22's, 21's and 18's: P/H blocks
and tables with a unit line, a two-line head, 其中 rows and a 注：; one PDF per bulletin with reportlab in invariant
mode) and so is the hand-annotation format. The bulletins: a 地级市 国民经济和社会发展统计公报's sections on 人口, 就业,
卫生健康 and 社会保障 (比上年增长, 个百分点, ‰ rates, a unit-column table with 2025年 / 2024年 / 比上年增长), a 县
卫生健康统计简报 with a 医疗机构 / 床位 / 人员 table whose head spans two lines (其中：卫生 over 技术人员（人）), and a 省
人力资源和社会保障事业发展统计公报 with 参保 tables under a 单位 line (年末 levels and 增减, a 基金 table whose head words
break over two lines).

Of the readers earlier bulletin sets used (bulletins18…24: pdfplumber extract_text() with defaults, layout=True,
x/y_tolerance or use_text_flow; pdfminer with default, changed margins, word_margin/boxes_flow or boxes_flow=None;
pdftotext plain, -layout, -raw, -raw -nopgbrk; pypdfium2 get_text_range() and get_text_bounded()), these use settings
none used: `pdftotext -layout -fixed 3` (an odd character pitch: gutters of other widths than plain -layout's),
pdfplumber's extract_words() joined (words gathered into lines by their top, a line's words joined by one space) and
pdfminer with a small char_margin and line_overlap (a line breaks into boxes at wide gaps, a table's cells among them).
The gold file is written from the hand annotation below, never from what stats extracts.

    .venv/bin/python scripts/gold_bulletins25.py      # writes data/gold/bulletins25/{texts,bulletins25.jsonl}
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
import gold_bulletins22 as g22  # noqa: E402

g18, g21 = g22.g18, g22.g21
P, H, C, T, V = g18.P, g18.H, g18.C, g22.T, g22.V

OUT = ROOT / "data" / "gold" / "bulletins25"
g22.UNITS.update({"件": ("件", 1, "other"), "人次": ("人次", 1, "other")})

_digits = g22._value
# (a count in a Chinese numeral, 五项 社会保险基金: optional, as earlier sets label it)
g22._value = lambda quote: {"五": 5}[quote[0]] if quote[0] == "五" else _digits(quote)

B, OT, PC, M, J = "beds", "other", "percent", "money", "jobs"
LV, CH = "level", "change"
OPT = {"tier": "optional"}
Y = "2025"
W = 10**4

DOCS = [
    ("x1", "2026-04-16", "金昌市统计局", "pdftotext-fixed", "金昌市", Y,
     "金昌市2025年国民经济和社会发展统计公报（节选）", "金昌市统计局  2026年4月16日", [
        H("二、人口"),
        P("年末全市常住人口43.26万人，比上年末减少0.32万人。其中，城镇常住人口33.18万人，常住人口城镇化率76.70%，"
          "比上年末提高0.58个百分点。全年出生人口2862人，出生率6.60‰；死亡人口2936人，死亡率6.77‰；人口自然增长率"
          "-0.17‰。",
          ("43.26万人", "人", LV, OT), ("0.32万人", "人", CH, OT), ("33.18万人", "人", LV, OT), ("76.70%", "%", LV, PC),
          ("0.58个百分点", "百分点", CH, PC), ("2862人", "人", LV, OT), ("6.60‰", "‰", LV, PC), ("2936人", "人", LV, OT),
          ("6.77‰", "‰", LV, PC), ("-0.17‰", "‰", LV, PC)),
        H("十、就业"),
        P("全年城镇新增就业5126人，比上年增长3.4%；城镇失业人员再就业1286人，就业困难人员实现就业412人。年末城镇登记"
          "失业率2.86%，比上年末下降0.12个百分点。全年农村劳动力转移就业4.62万人。",
          ("5126人", "人", LV, J), ("3.4%", "%", CH, J), ("1286人", "人", LV, J), ("412人", "人", LV, J),
          ("2.86%", "%", LV, J), ("0.12个百分点", "百分点", CH, J), ("4.62万人", "人", LV, J)),
        H("十一、卫生健康"),
        P("年末全市共有医疗卫生机构486个，其中医院21个，基层医疗卫生机构452个。医疗卫生机构床位3862张，比上年增长2.4%；"
          "每千常住人口医疗卫生机构床位8.93张。卫生技术人员4126人，增长3.1%，其中执业（助理）医师1562人，注册护士"
          "1948人。",
          ("486个", "个", LV, OT), ("21个", "个", LV, OT), ("452个", "个", LV, OT), ("3862张", "张", LV, B),
          ("2.4%", "%", CH, PC), ("8.93张", "张", LV, B), ("4126人", "人", LV, OT), ("3.1%", "%", CH, PC),
          ("1562人", "人", LV, OT), ("1948人", "人", LV, OT)),
        T("表5  2025年末卫生资源主要指标", "",
          [["指标", "单位", "2025年", "2024年", "比上年"], ["", "", "", "", "增长（%）"]], [
            ("医疗卫生机构", 0, ["个", "486", "482", "0.8"]),
            ("床位数", 0, ["张", "3862", "3772", "2.4"]),
            ("卫生技术人员", 0, ["人", "4126", "4002", "3.1"]),
            ("其中：执业（助理）医师", 1, ["人", "1562", "1508", "3.6"]),
            ("注册护士", 1, ["人", "1948", "1876", "3.8"]),
        ], ["unit", V(Y), V("2024"), C("%", CH, PC, Y)]),
        H("十二、社会保障"),
        P("年末全市城镇职工基本养老保险参保人数12.86万人，比上年末增加0.36万人；城乡居民基本养老保险参保人数11.42万人。"
          "基本医疗保险参保人数41.28万人，参保率95.4%，比上年提高0.6个百分点。失业保险参保人数6.12万人，增长2.2%。全年"
          "城乡居民最低生活保障对象3126人，发放低保资金1862万元。",
          ("12.86万人", "人", LV, OT), ("0.36万人", "人", CH, OT), ("11.42万人", "人", LV, OT),
          ("41.28万人", "人", LV, OT), ("95.4%", "%", LV, PC), ("0.6个百分点", "百分点", CH, PC),
          ("6.12万人", "人", LV, OT), ("2.2%", "%", CH, PC), ("3126人", "人", LV, OT), ("1862万元", "元", LV, M)),
    ]),
    ("x2", "2026-03-18", "镇远县卫生健康局", "pdfplumber-words", "镇远县", Y,
     "镇远县2025年卫生健康统计简报", "镇远县卫生健康局  2026年3月18日", [
        H("一、医疗卫生资源"),
        P("2025年末，全县共有医疗卫生机构248个，比上年增加3个。其中，医院5个，乡镇卫生院12个，社区卫生服务中心1个，"
          "村卫生室216个。全县医疗卫生机构床位1526张，比上年增长3.7%；每千常住人口医疗卫生机构床位5.86张。卫生人员"
          "2318人，其中卫生技术人员1846人。",
          ("248个", "个", LV, OT), ("3个", "个", CH, OT), ("5个", "个", LV, OT), ("12个", "个", LV, OT),
          ("1个", "个", LV, OT), ("216个", "个", LV, OT), ("1526张", "张", LV, B), ("3.7%", "%", CH, PC),
          ("5.86张", "张", LV, B), ("2318人", "人", LV, OT), ("1846人", "人", LV, OT)),
        T("表1  2025年末医疗卫生机构、床位和人员数", "",
          [["机构类别", "机构数", "床位数", "卫生人员", "其中：卫生"],
           ["", "（个）", "（张）", "（人）", "技术人员（人）"]], [
            ("总计", 0, ["248", "1526", "2318", "1846"]),
            ("医院", 0, ["5", "986", "1268", "1062"]),
            ("基层医疗卫生机构", 0, ["238", "512", "942", "692"]),
            ("其中：乡镇卫生院", 1, ["12", "486", "618", "524"]),
            ("村卫生室", 1, ["216", "—", "236", "86"]),
            ("专业公共卫生机构", 0, ["5", "28", "108", "92"]),
        ], [C("个", LV, OT, Y), C("张", LV, B, Y), C("人", LV, OT, Y), C("人", LV, OT, Y)],
          note="注：基层医疗卫生机构含诊所9个；村卫生室不设床位。", figs=(("9个", "个", LV, OT),)),
        H("二、医疗服务"),
        P("全年全县医疗卫生机构总诊疗人次98.6万人次，比上年增长4.2%；出院人数4.12万人，增长2.8%。医院病床使用率78.4%，"
          "比上年下降1.6个百分点。",
          ("98.6万人次", "人次", LV, OT), ("4.2%", "%", CH, PC), ("4.12万人", "人", LV, OT), ("2.8%", "%", CH, PC),
          ("78.4%", "%", LV, PC), ("1.6个百分点", "百分点", CH, PC)),
        H("三、公共卫生"),
        P("全县孕产妇系统管理率96.2%，3岁以下儿童系统管理率93.8%，适龄儿童免疫规划疫苗接种率98.6%。全年为1.86万名65岁"
          "及以上老年人提供健康管理服务。",
          ("96.2%", "%", LV, PC), ("93.8%", "%", LV, PC), ("98.6%", "%", LV, PC), ("1.86万名", "名", LV, OT)),
    ]),
    ("x3", "2026-06-08", "陕西省人力资源和社会保障厅", "pdfminer-narrow", "陕西省", Y,
     "陕西省2025年人力资源和社会保障事业发展统计公报", "陕西省人力资源和社会保障厅  2026年6月8日", [
        H("一、就业"),
        P("2025年，全省城镇新增就业41.26万人，完成年度目标任务的103.2%；失业人员再就业12.38万人，就业困难人员实现"
          "就业4.16万人。年末城镇登记失业率3.12%。全年农村劳动力转移就业736.8万人。",
          ("41.26万人", "人", LV, J), ("103.2%", "%", LV, J), ("12.38万人", "人", LV, J), ("4.16万人", "人", LV, J),
          ("3.12%", "%", LV, J), ("736.8万人", "人", LV, J)),
        H("二、社会保险"),
        P("年末全省基本养老保险参保人数3086.42万人，比上年末增加42.36万人。其中，城镇职工基本养老保险参保人数"
          "1126.84万人，城乡居民基本养老保险参保人数1959.58万人。年末失业保险参保人数486.26万人，比上年末增加12.84万人；"
          "工伤保险参保人数712.48万人，增长3.6%。",
          ("3086.42万人", "人", LV, OT), ("42.36万人", "人", CH, OT), ("1126.84万人", "人", LV, OT),
          ("1959.58万人", "人", LV, OT), ("486.26万人", "人", LV, OT), ("12.84万人", "人", CH, OT),
          ("712.48万人", "人", LV, OT), ("3.6%", "%", CH, PC)),
        T("表1  2025年末社会保险参保人数", "单位：万人", [["险种", "2025年末", "2024年末", "增减"], ["", "", "", ""]], [
            ("城镇职工基本养老保险", 0, ["1126.84", "1098.62", "28.22"]),
            ("城乡居民基本养老保险", 0, ["1959.58", "1945.44", "14.14"]),
            ("失业保险", 0, ["486.26", "473.42", "12.84"]),
            ("工伤保险", 0, ["712.48", "687.74", "24.74"]),
        ], [C("人", LV, OT, Y, W), C("人", LV, OT, "2024", W), C("人", CH, OT, Y, W)]),
        P("全年全省五项社会保险基金总收入1543.30亿元，总支出1445.58亿元，年末累计结存2096.04亿元。",
          ("五项", "项", LV, OT, OPT), ("1543.30亿元", "元", LV, M), ("1445.58亿元", "元", LV, M),
          ("2096.04亿元", "元", LV, M)),
        T("表2  2025年社会保险基金收支情况", "单位：亿元",
          [["险种", "基金", "基金", "年末"], ["", "收入", "支出", "累计结存"]], [
            ("城镇职工基本养老保险", 0, ["1286.42", "1238.16", "1562.38"]),
            ("城乡居民基本养老保险", 0, ["186.24", "142.68", "412.56"]),
            ("失业保险", 0, ["42.18", "38.62", "86.24"]),
            ("工伤保险", 0, ["28.46", "26.12", "34.86"]),
        ], [C("元", LV, M, Y, 10**8), C("元", LV, M, Y, 10**8), C("元", LV, M, Y, 10**8)],
          note="注：基金收入含财政补贴收入。"),
        H("三、劳动关系"),
        P("全年全省各级劳动人事争议仲裁机构共处理争议案件3.82万件，结案率96.8%。全年为2.46万名劳动者追发工资待遇"
          "3.12亿元。",
          ("3.82万件", "件", LV, OT), ("96.8%", "%", LV, PC), ("2.46万名", "名", LV, OT), ("3.12亿元", "元", LV, M)),
    ]),
]


def _words(pdf: Path) -> str:
    """pdfplumber's extract_words() of each page, gathered into lines by their top (rounded to a point) and joined by
    one space: the way a script that wants words, not pdfplumber's own text, rebuilds the lines."""
    import pdfplumber

    pages = []
    with pdfplumber.open(pdf) as doc:
        for page in doc.pages:
            lines: dict[int, list[dict]] = {}
            for w in page.extract_words():
                lines.setdefault(round(w["top"]), []).append(w)
            pages.append("\n".join(" ".join(w["text"] for w in sorted(ws, key=lambda w: w["x0"]))
                                   for _top, ws in sorted(lines.items())))
    return "\n".join(pages) + "\n"


def extract(pdf: Path, tool: str) -> str:
    """The text one real reader gives of the PDF."""
    if tool == "pdfplumber-words":
        return _words(pdf)
    if tool == "pdftotext-fixed":
        return subprocess.run(["pdftotext", "-layout", "-fixed", "3", "-enc", "UTF-8", str(pdf), "-"], check=True,
                              capture_output=True, text=True).stdout
    from pdfminer.high_level import extract_text
    from pdfminer.layout import LAParams

    return extract_text(str(pdf), laparams=LAParams(char_margin=1.0, line_overlap=0.3))


def main() -> None:
    docs = [(doc, pub, src, tool, place, title, byline, blocks) for doc, pub, src, tool, place, _y, title, byline, blocks
            in DOCS]
    years = {d[0]: d[5] for d in DOCS}
    g18.gold = lambda doc, place, blocks: g22.gold(doc, place, years[doc], blocks)
    g18.typeset = g21.typeset
    g18.build(OUT, docs, extract)


if __name__ == "__main__":
    main()
