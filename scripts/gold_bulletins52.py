"""Build data/gold/bulletins52: four 2025 bulletins of provinces the bulletin sets took fewest places from, each
with a table or two, typeset as PDF and read back by readers in settings no earlier set used; the weak field is
recall and attributes in such texts.

The places: 岫岩满族自治县 (鞍山市, 辽宁省: a 县 国民经济和社会发展统计公报; bulletins had only 朝阳市's 民政 of 辽宁),
鹤壁市 and its counties (河南省: a 民政事业发展统计公报; bulletins had 商丘市, 平顶山市, 洛阳市 and 灵宝市 of 河南, none
of them 民政), 日照市 (山东省: a 医疗保障事业发展统计公报; bulletins had 莱州市, 烟台市 and 鄄城县 of 山东, no 医保),
蓟州区 (天津市: a 文化和旅游发展统计公报; bulletins had only 北辰区 of 天津, and no 文旅 bulletin at all).

The typesetting and the hand-annotation format are bulletins51's (scripts/gold_bulletins51.py, bulletins50's table
setter: merged head cells, a 单位 column read as its row's unit, a row naming its own place giving that place's
figures, a fall read as negative), with tables of forms these kinds of bulletin print:
- a 主要农产品产量 table (产品名称 | 单位 | 产量 | 比上年增长（%）) whose rows mix 万吨 and 吨, a 其中： row, a fall;
- a 一般公共预算收支 table whose unit stands in the title line only (单位：万元), the year before's column beside the
  year's and a growth column;
- a 县（区） 低保 table with the 全市 row first, two columns in 人 and one in 万元 (the unit in each column's head);
- a 养老服务 table (指标 | 单位 | 2025年 | 2024年 | 增减) whose change column is in the row's unit, 养老床位 in 张 (beds);
- a 参保人数 table under a two-line head (参保人数 merged over 2025年末 and 2024年末, 比上年末 over 增长（%）) whose unit
  stands above it (单位：万人), a fall in the growth column;
- a 医保基金 table (项目 | 收入 | 支出 | 年末累计结存, 单位：万元) with its 合计 row first;
- a 旅游业主要指标 table whose rows mix 万人次, 亿元, 家 and 户.
The readers, none used in this setting by an earlier set (earlier: bulletins51's list and its own: pdftotext -fixed
2 … 8, pdfminer's boxes_flow at None, -0.5, -0.2, 0, 0.2, 0.3, 0.4, 0.6, 0.7, 0.8 and 1.0, pdfplumber's layout
x_density at 4 … 10 but 7.5 and y_density at 7, 9, 11, 13, 15, 16 and 20, pdfplumber's plain text with x_tolerance
1.5 and y_tolerance 2): pdfplumber's plain extract_text with x_tolerance 1.5 and y_tolerance 4 (a line's words
joined by single spaces, a table row one line), pdfminer with char_margin 2.0, line_margin 0.4 and boxes_flow 0.1,
pdfplumber's layout text at x_density 7.5 and y_density 14, and `pdftotext -layout -fixed 9` (a pitch wider than any
used: gutters of a space or none). pypdf and PyMuPDF are not installed here.
The gold file is written from the hand annotation below, never from what stats extracts.

    .venv/bin/python scripts/gold_bulletins52.py      # writes data/gold/bulletins52/{texts,bulletins52.jsonl}
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
import gold_bulletins36 as g36  # noqa: E402
import gold_bulletins50 as g50  # noqa: E402

g32 = g50.g32
P, H, C, V, T, AT = g50.P, g50.H, g50.C, g50.V, g50.T, g50.AT

OUT = ROOT / "data" / "gold" / "bulletins52"
g32.UNITS.update({"万吨": ("吨", 10**4, "other"), "吨": ("吨", 1, "other"), "个": ("个", 1, "other"),
                  "张": ("张", 1, "beds"), "人": ("人", 1, "other"), "家": ("家", 1, "other"),
                  "户": ("户", 1, "other"), "万人次": ("人次", 10**4, "other"), "亿元": ("元", 10**8, "money")})

B, OT, PC, M = "beds", "other", "percent", "money"
LV, CH = "level", "change"
Y = "2025"
Y0 = "2024"
W = 10**4


def VC(period: str) -> dict:
    """A change column (增减) in the row's own unit."""
    return {"measure": None, "role": CH, "topic": None, "period": period, "mag": 1}


LB = {"qualifier": "lower_bound"}

XY = "岫岩满族自治县"
HB = "鹤壁市"
RZ = "日照市"
JZ = "蓟州区"
HB_ROWS = [("全市", HB, ["4,816", "23,784", "21,600"]), ("淇滨区", "淇滨区", ["1,862", "2,346", "3,426"]),
           ("山城区", "山城区", ["1,248", "1,126", "1,964"]), ("鹤山区", "鹤山区", ["624", "1,486", "1,682"]),
           ("浚县", "浚县", ["586", "10,642", "8,124"]), ("淇县", "淇县", ["496", "8,184", "6,404"])]

DOCS = [
    ("d1", "2026-04-20", "岫岩满族自治县统计局", "pdfplumber-xtol1.5-ytol4", XY,
     "岫岩满族自治县2025年国民经济和社会发展统计公报", "岫岩满族自治县统计局  2026年4月20日", [
        P("2025年，面对复杂多变的外部环境，全县上下坚持稳中求进工作总基调，经济运行总体平稳、稳中有进。"),
        H("一、综合"),
        P("初步核算，2025年全县地区生产总值142.36亿元，按不变价格计算，比上年增长5.6%。其中，第一产业增加值32.48亿元，"
          "增长4.2%；第二产业增加值38.64亿元，增长6.8%；第三产业增加值71.24亿元，增长5.4%。第三产业增加值占地区生产"
          "总值的比重为50.0%。",
          ("142.36亿元", "元", LV, M), ("5.6%", "%", CH, PC), ("32.48亿元", "元", LV, M), ("4.2%", "%", CH, PC),
          ("38.64亿元", "元", LV, M), ("6.8%", "%", CH, PC), ("71.24亿元", "元", LV, M), ("5.4%", "%", CH, PC),
          ("50.0%", "%", LV, PC)),
        H("二、农业"),
        P("全年粮食播种面积68.42万亩，比上年增长0.8%；粮食总产量32.16万吨，增长2.4%。年末生猪存栏18.64万头，全年"
          "生猪出栏26.42万头，增长3.8%。",
          ("68.42万亩", "亩", LV, OT), ("0.8%", "%", CH, PC), ("32.16万吨", "吨", LV, OT), ("2.4%", "%", CH, PC),
          ("18.64万头", "头", LV, OT), ("26.42万头", "头", LV, OT), ("3.8%", "%", CH, PC)),
        T("表1  2025年主要农产品产量及其增长速度", "",
          [["产品名称", "单位", "产量", "比上年增长（%）"]], [
            ("粮食", 0, ["万吨", "32.16", "2.4"]),
            ("其中：玉米", 1, ["万吨", "26.84", "2.9"]),
            ("大豆", 0, ["吨", "8,642", "-3.2"]),
            ("蔬菜", 0, ["万吨", "12.48", "4.6"]),
            ("柞蚕茧", 0, ["吨", "3,264", "1.6"]),
        ], ["unit", V(Y), C("%", CH, PC, Y)]),
        H("三、财政"),
        T("表2  2025年一般公共预算收支情况", "单位：万元",
          [["项目", "2025年", "2024年", "比上年增长（%）"]], [
            ("一般公共预算收入", 0, ["86,420", "82,160", "5.2"]),
            ("其中：税收收入", 1, ["52,640", "50,180", "4.9"]),
            ("一般公共预算支出", 0, ["386,240", "372,860", "3.6"]),
            ("其中：教育支出", 1, ["62,480", "60,120", "3.9"]),
            ("社会保障和就业支出", 1, ["64,860", "61,420", "5.6"]),
        ], [C("元", LV, M, Y, W), C("元", LV, M, Y0, W), C("%", CH, PC, Y)]),
        H("四、人民生活"),
        P("全年全县城镇常住居民人均可支配收入36,842元，比上年增长4.6%；农村常住居民人均可支配收入22,486元，增长6.8%。",
          ("36,842元", "元", LV, M), ("4.6%", "%", CH, PC), ("22,486元", "元", LV, M), ("6.8%", "%", CH, PC)),
    ]),
    ("d2", "2026-05-18", "鹤壁市民政局", "pdfminer-cm2-lm0.4-bf0.1", HB,
     "鹤壁市2025年民政事业发展统计公报", "鹤壁市民政局  2026年5月18日", [
        H("一、社会救助"),
        P("年末全市城乡居民最低生活保障对象2.86万人，比上年末减少0.12万人。其中，城市低保对象0.48万人，农村低保对象"
          "2.38万人。全年支出城乡低保资金2.16亿元，比上年增长3.2%。城市低保平均标准每人每月680元，农村低保平均标准"
          "每人每年5,640元。",
          ("2.86万人", "人", LV, OT), ("0.12万人", "人", CH, OT), ("0.48万人", "人", LV, OT), ("2.38万人", "人", LV, OT),
          ("2.16亿元", "元", LV, M), ("3.2%", "%", CH, PC), ("680元", "元", LV, M), ("5,640元", "元", LV, M)),
        T("表1  2025年各县（区）城乡低保情况", "",
          [["县（区）", "城市低保人数（人）", "农村低保人数（人）", "低保资金支出（万元）"]],
          [(name, 0, cells, AT(place)) for name, place, cells in HB_ROWS],
          [C("人", LV, OT, Y), C("人", LV, OT, Y), C("元", LV, M, Y, W)]),
        H("二、养老服务"),
        P("年末全市共有各类养老机构和设施386个，养老床位1.26万张，比上年末增加486张，其中护理型床位6,842张，占比"
          "54.3%。每千名老年人拥有养老床位34.6张。",
          ("386个", "个", LV, OT), ("1.26万张", "张", LV, B), ("486张", "张", CH, B), ("6,842张", "张", LV, B),
          ("54.3%", "%", LV, PC), ("34.6张", "张", LV, B)),
        P("年末全市老年人口36.48万人，占总人口的22.9%。全年为8.64万名高龄老年人发放高龄津贴4,286万元。",
          ("36.48万人", "人", LV, OT), ("22.9%", "%", LV, PC), ("8.64万名", "名", LV, OT), ("4,286万元", "元", LV, M)),
        T("表2  2025年养老服务基本情况", "",
          [["指标", "单位", "2025年", "2024年", "增减"]], [
            ("养老机构", 0, ["个", "124", "118", "6"]),
            ("社区养老服务设施", 0, ["个", "262", "236", "26"]),
            ("养老床位", 0, ["张", "12,600", "12,114", "486"]),
            ("其中：护理型床位", 1, ["张", "6,842", "6,126", "716"]),
        ], ["unit", V(Y), V(Y0), VC(Y)]),
        H("三、社会事务"),
        P("全年全市办理结婚登记8,642对，离婚登记2,864对。年末全市共有殡仪馆5个，全年火化遗体1.12万具。",
          ("8,642对", "对", LV, OT), ("2,864对", "对", LV, OT), ("5个", "个", LV, OT), ("1.12万具", "具", LV, OT)),
    ]),
    ("d3", "2026-04-28", "日照市医疗保障局", "pdfplumber-layout-x7.5-y14", RZ,
     "日照市2025年医疗保障事业发展统计公报", "日照市医疗保障局  2026年4月28日", [
        H("一、基本医疗保险参保情况"),
        P("2025年末，全市基本医疗保险参保人数282.46万人，参保率稳定在95%以上。其中，职工基本医疗保险参保人数68.42万人，"
          "比上年末增长2.6%；城乡居民基本医疗保险参保人数214.04万人。",
          ("282.46万人", "人", LV, OT), ("95%以上", "%", LV, PC, LB), ("68.42万人", "人", LV, OT),
          ("2.6%", "%", CH, PC), ("214.04万人", "人", LV, OT)),
        T("表1  2025年基本医疗保险参保人数", "单位：万人",
          [["险种", ("参保人数", 2), "比上年末"], ["", "2025年末", "2024年末", "增长（%）"]], [
            ("合计", 0, ["282.46", "281.64", "0.3"]),
            ("职工基本医疗保险", 0, ["68.42", "66.68", "2.6"]),
            ("其中：在职职工", 1, ["50.86", "49.72", "2.3"]),
            ("退休人员", 1, ["17.56", "16.96", "3.5"]),
            ("城乡居民基本医疗保险", 0, ["214.04", "214.96", "-0.4"]),
        ], [C("人", LV, OT, Y, W), C("人", LV, OT, Y0, W), C("%", CH, PC, Y)]),
        H("二、医疗保障基金收支情况"),
        P("全年全市基本医疗保险基金（含生育保险）总收入68.64亿元，比上年增长4.2%；总支出62.48亿元，增长5.6%。年末"
          "累计结存48.26亿元。",
          ("68.64亿元", "元", LV, M), ("4.2%", "%", CH, PC), ("62.48亿元", "元", LV, M), ("5.6%", "%", CH, PC),
          ("48.26亿元", "元", LV, M)),
        T("表2  2025年基本医疗保险基金收支情况", "单位：万元",
          [["项目", "收入", "支出", "年末累计结存"]], [
            ("合计", 0, ["686,400", "624,800", "482,600"]),
            ("职工基本医疗保险", 0, ["428,640", "376,420", "386,240"]),
            ("其中：统筹基金", 1, ["268,420", "241,860", "248,620"]),
            ("城乡居民基本医疗保险", 0, ["257,760", "248,380", "96,360"]),
        ], [C("元", LV, M, Y, W), C("元", LV, M, Y, W), C("元", LV, M, Y, W)]),
        H("三、医疗保障待遇"),
        P("全年全市享受职工医保待遇486.42万人次，职工医保住院费用政策范围内基金支付比例86.4%；享受城乡居民医保待遇"
          "1,286.48万人次，居民医保住院费用政策范围内基金支付比例68.2%。",
          ("486.42万人次", "人次", LV, OT), ("86.4%", "%", LV, PC), ("1,286.48万人次", "人次", LV, OT),
          ("68.2%", "%", LV, PC)),
        P("全年医疗救助资助参加基本医疗保险8.64万人，支出资助参保资金3,642万元；实施门诊和住院救助12.48万人次，支出"
          "救助资金1.26亿元。",
          ("8.64万人", "人", LV, OT), ("3,642万元", "元", LV, M), ("12.48万人次", "人次", LV, OT),
          ("1.26亿元", "元", LV, M)),
    ]),
    ("d4", "2026-04-10", "天津市蓟州区文化和旅游局", "pdftotext-layout-fixed-9", JZ,
     "天津市蓟州区2025年文化和旅游发展统计公报", "天津市蓟州区文化和旅游局  2026年4月10日", [
        H("一、文化事业"),
        P("2025年末，全区共有公共图书馆1个，文化馆1个，乡镇（街道）综合文化站27个，村（社区）综合性文化服务中心"
          "949个。公共图书馆总藏量86.42万册，全年总流通人次48.64万人次。",
          ("1个", "个", LV, OT), ("1个", "个", LV, OT), ("27个", "个", LV, OT), ("949个", "个", LV, OT),
          ("86.42万册", "册", LV, OT), ("48.64万人次", "人次", LV, OT)),
        H("二、文化遗产"),
        P("年末全区共有不可移动文物486处，其中全国重点文物保护单位6处，市级文物保护单位28处。共有区级以上非物质文化"
          "遗产代表性项目64项。",
          ("486处", "处", LV, OT), ("6处", "处", LV, OT), ("28处", "处", LV, OT), ("64项", "项", LV, OT)),
        H("三、旅游业"),
        P("全年全区接待国内游客2,864.2万人次，比上年增长8.6%；实现旅游总收入248.64亿元，增长9.2%。其中，过夜游客"
          "486.4万人次，增长12.4%。年末全区共有A级旅游景区32家，其中5A级景区1家，4A级景区8家；星级农家院1,286户。",
          ("2,864.2万人次", "人次", LV, OT), ("8.6%", "%", CH, PC), ("248.64亿元", "元", LV, M), ("9.2%", "%", CH, PC),
          ("486.4万人次", "人次", LV, OT), ("12.4%", "%", CH, PC), ("32家", "家", LV, OT), ("1家", "家", LV, OT),
          ("8家", "家", LV, OT), ("1,286户", "户", LV, OT)),
        T("表1  2025年旅游业主要指标", "",
          [["指标", "单位", "2025年", "比上年增长（%）"]], [
            ("接待游客人次", 0, ["万人次", "2,864.2", "8.6"]),
            ("其中：过夜游客", 1, ["万人次", "486.4", "12.4"]),
            ("旅游总收入", 0, ["亿元", "248.64", "9.2"]),
            ("其中：乡村旅游收入", 1, ["亿元", "86.42", "10.6"]),
            ("A级旅游景区", 0, ["家", "32", "6.7"]),
            ("星级农家院", 0, ["户", "1,286", "-2.4"]),
        ], ["unit", V(Y), C("%", CH, PC, Y)]),
        H("四、文化和旅游市场"),
        P("年末全区共有文化市场经营单位386家，其中娱乐场所42家，网吧36家。全年开展文化市场执法检查1,286次，办结案件"
          "24件。",
          ("386家", "家", LV, OT), ("42家", "家", LV, OT), ("36家", "家", LV, OT), ("1,286次", "次", LV, OT),
          ("24件", "件", LV, OT)),
    ]),
]


def gold(doc: str, place: str, blocks) -> list[dict]:
    """bulletins50's gold."""
    return g50.gold(doc, place, blocks)


# --- readers ----------------------------------------------------------------------------------------------------------

def extract(pdf: Path, tool: str) -> str:
    """The text one real reader gives of the PDF."""
    if tool == "pdfplumber-xtol1.5-ytol4":
        import pdfplumber

        with pdfplumber.open(pdf) as doc:
            return "\n".join((p.extract_text(x_tolerance=1.5, y_tolerance=4) or "") for p in doc.pages) + "\n"
    if tool == "pdfminer-cm2-lm0.4-bf0.1":
        return g36.pdfminer_text(pdf, char_margin=2.0, line_margin=0.4, boxes_flow=0.1)
    if tool == "pdfplumber-layout-x7.5-y14":
        return g36.plumber_layout(pdf, 7.5, 14)
    return g36.pdftotext(pdf, "-layout", "-fixed", "9")


def main() -> None:
    g36.run(OUT, DOCS, gold, g50.typeset, extract)


if __name__ == "__main__":
    main()
