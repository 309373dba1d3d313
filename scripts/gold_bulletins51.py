"""Build data/gold/bulletins51: four 2025 bulletins of provinces no earlier bulletin set (or almost none) took its
places from, each with a table or two, typeset as PDF and read back by readers in settings no earlier set used; the
weak field is recall and attributes in such texts.

The places: 江孜县 (日喀则市, 西藏自治区: a 县 国民经济和社会发展统计公报; no bulletin set had 西藏), 琼海市 (海南省: a
卫生健康事业发展统计公报; bulletins had only 乐东黎族自治县 of 海南), 吴忠市 and its counties (宁夏回族自治区: a
人力资源和社会保障事业发展统计公报; bulletins had only the region's 卫健委 and 惠农区), 怀柔区 (北京市: an 教育事业发展
统计公报; no bulletin set had 北京).

The typesetting and the hand-annotation format are bulletins50's (scripts/gold_bulletins50.py: bulletins46's table
setter with merged head cells, a 单位 column wherever it stands read as its row's unit, a row naming its own place
giving that place's figures, a fall read as negative, a wrapped label's cells set midway), with tables of forms these
kinds of bulletin print:
- a 主要农产品产量 table (产品 | 单位 | 产量 | 比上年增长（%）) whose rows mix 万吨 and 吨, a 其中： row among them;
- a 社会事业 table whose change column (比上年增减) is in the row's own unit, a fall as −2;
- a 医疗卫生资源 table with a merged head (年末数 over 2025年 and 2024年) and a growth column, the 2024 column the
  year before's figures, a 每千人口 row in 张 among counts;
- a 县（市、区） 就业 table with the 全市 row first, a column in 人, one in 万人 and one in %;
- a 学段 table of schools, students and teachers whose 总计 row comes last, a note under it.
The readers, none used by an earlier set (earlier: bulletins50's list and its own: pdftotext -fixed 2.5 … 7.5 in
steps of 0.5, pdfminer's boxes_flow at None, -0.5, -0.2, 0, 0.2, 0.4, 0.6, 0.7, 0.8 and 1.0, pdfplumber's layout
x_density at 4, 5, 5.5, 6, 6.5, 7, 8 and 10 and y_density at 7, 11, 13, 15, 16 and 20):
`pdftotext -layout -fixed 8` (a pitch wider still: gutters down to a space or two), pdfminer with char_margin 1.5,
line_margin 0.3 and boxes_flow 0.3, pdfplumber's layout text at x_density 9 and y_density 9, and
`pdftotext -layout -fixed 2` (a narrow pitch: wide gutters and long lines).
The gold file is written from the hand annotation below, never from what stats extracts.

    .venv/bin/python scripts/gold_bulletins51.py      # writes data/gold/bulletins51/{texts,bulletins51.jsonl}
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

OUT = ROOT / "data" / "gold" / "bulletins51"
g32.UNITS.update({"万吨": ("吨", 10**4, "other"), "吨": ("吨", 1, "other"), "个": ("个", 1, "other"),
                  "张": ("张", 1, "beds"), "所": ("所", 1, "other"), "人": ("人", 1, "other")})

B, OT, PC, M, J = "beds", "other", "percent", "money", "jobs"
LV, CH, TG = "level", "change", "target"
Y = "2025"
W = 10**4


def VC(period: str) -> dict:
    """A change column (比上年增减) in the row's own unit."""
    return {"measure": None, "role": CH, "topic": None, "period": period, "mag": 1}


UB = {"qualifier": "upper_bound"}

JZ = "江孜县"
QH = "琼海市"
WZ = "吴忠市"
HR = "怀柔区"
WZ_ROWS = [("全市", WZ, ["18,642", "22.64", "3.42"]), ("利通区", "利通区", ["5,864", "4.86", "3.36"]),
           ("红寺堡区", "红寺堡区", ["1,926", "3.42", "3.58"]), ("青铜峡市", "青铜峡市", ["3,648", "3.96", "3.28"]),
           ("盐池县", "盐池县", ["2,186", "2.84", "3.46"]), ("同心县", "同心县", ["2,412", "5.18", "3.62"])]

DOCS = [
    ("d1", "2026-04-15", "江孜县统计局", "pdftotext-layout-fixed-8", JZ,
     "江孜县2025年国民经济和社会发展统计公报", "江孜县统计局  2026年4月15日", [
        P("2025年，全县上下坚持稳中求进工作总基调，扎实推进乡村振兴和民生改善，经济社会保持平稳健康发展。"),
        H("一、综合"),
        P("初步核算，2025年全县地区生产总值38.64亿元，按不变价格计算，比上年增长7.2%。其中，第一产业增加值6.82亿元，"
          "增长4.6%；第二产业增加值11.48亿元，增长9.1%；第三产业增加值20.34亿元，增长6.8%。全县人均地区生产总值"
          "5.46万元，增长6.9%。",
          ("38.64亿元", "元", LV, M), ("7.2%", "%", CH, PC), ("6.82亿元", "元", LV, M), ("4.6%", "%", CH, PC),
          ("11.48亿元", "元", LV, M), ("9.1%", "%", CH, PC), ("20.34亿元", "元", LV, M), ("6.8%", "%", CH, PC),
          ("5.46万元", "元", LV, M), ("6.9%", "%", CH, PC)),
        P("年末全县户籍总人口7.12万人，比上年末增加0.08万人。全年出生人口986人，出生率13.86‰；死亡人口412人，"
          "死亡率5.79‰。",
          ("7.12万人", "人", LV, OT), ("0.08万人", "人", CH, OT), ("986人", "人", LV, OT), ("13.86‰", "‰", LV, PC),
          ("412人", "人", LV, OT), ("5.79‰", "‰", LV, PC)),
        H("二、农牧业"),
        P("全年农作物播种面积16.42万亩，比上年增长1.2%。其中，青稞播种面积12.86万亩。全年粮食产量4.86万吨，增长2.6%。"
          "年末牲畜存栏28.64万头，全年出栏9.42万头。",
          ("16.42万亩", "亩", LV, OT), ("1.2%", "%", CH, PC), ("12.86万亩", "亩", LV, OT), ("4.86万吨", "吨", LV, OT),
          ("2.6%", "%", CH, PC), ("28.64万头", "头", LV, OT), ("9.42万头", "头", LV, OT)),
        T("表1  2025年主要农畜产品产量", "",
          [["产品名称", "单位", "产量", "比上年增长（%）"]], [
            ("粮食", 0, ["万吨", "4.86", "2.6"]),
            ("其中：青稞", 1, ["万吨", "3.92", "3.1"]),
            ("小麦", 1, ["万吨", "0.68", "-1.4"]),
            ("油菜籽", 0, ["吨", "4,612", "1.8"]),
            ("蔬菜", 0, ["万吨", "2.14", "5.2"]),
            ("肉类", 0, ["吨", "6,186", "3.4"]),
            ("牛奶", 0, ["万吨", "1.26", "4.8"]),
        ], ["unit", V(Y), C("%", CH, PC, Y)]),
        H("三、国内贸易和财政金融"),
        P("全年社会消费品零售总额9.86亿元，比上年增长8.2%。其中，城镇消费品零售额6.42亿元，增长8.6%。",
          ("9.86亿元", "元", LV, M), ("8.2%", "%", CH, PC), ("6.42亿元", "元", LV, M), ("8.6%", "%", CH, PC)),
        P("全年一般公共预算收入2.86亿元，比上年增长6.4%；一般公共预算支出32.48亿元，增长3.2%。",
          ("2.86亿元", "元", LV, M), ("6.4%", "%", CH, PC), ("32.48亿元", "元", LV, M), ("3.2%", "%", CH, PC)),
        H("四、人民生活和社会事业"),
        P("全年全县城镇居民人均可支配收入48,626元，比上年增长6.2%；农村居民人均可支配收入21,864元，增长8.6%。",
          ("48,626元", "元", LV, M), ("6.2%", "%", CH, PC), ("21,864元", "元", LV, M), ("8.6%", "%", CH, PC)),
        T("表2  2025年末社会事业基本情况", "",
          [["指标", "单位", "2025年", "比上年增减"]], [
            ("各级各类学校", 0, ["所", "68", "-2"]),
            ("在校学生", 0, ["人", "12,486", "-214"]),
            ("医疗卫生机构", 0, ["个", "42", "1"]),
            ("医疗卫生机构床位", 0, ["张", "326", "18"]),
        ], ["unit", V(Y), VC(Y)]),
    ]),
    ("d2", "2026-05-20", "琼海市卫生健康委员会", "pdfminer-cm1.5-lm0.3-bf0.3", QH,
     "琼海市2025年卫生健康事业发展统计公报", "琼海市卫生健康委员会  2026年5月20日", [
        H("一、卫生资源"),
        P("2025年末，全市共有医疗卫生机构412个，比上年增加6个。其中，医院18个，基层医疗卫生机构382个，专业公共卫生"
          "机构10个。医院中，公立医院8个，民营医院10个。",
          ("412个", "个", LV, OT), ("6个", "个", CH, OT), ("18个", "个", LV, OT), ("382个", "个", LV, OT),
          ("10个", "个", LV, OT), ("8个", "个", LV, OT), ("10个", "个", LV, OT)),
        P("年末全市医疗卫生机构床位3,286张，比上年增加124张，其中医院床位2,648张，乡镇卫生院床位486张。每千人口医疗"
          "卫生机构床位6.12张，比上年增加0.21张。",
          ("3,286张", "张", LV, B), ("124张", "张", CH, B), ("2,648张", "张", LV, B), ("486张", "张", LV, B),
          ("6.12张", "张", LV, B), ("0.21张", "张", CH, B)),
        P("年末全市卫生人员5,862人，其中卫生技术人员4,726人。卫生技术人员中，执业（助理）医师1,648人，注册护士2,214人。"
          "每千人口执业（助理）医师3.07人，每千人口注册护士4.12人。",
          ("5,862人", "人", LV, OT), ("4,726人", "人", LV, OT), ("1,648人", "人", LV, OT), ("2,214人", "人", LV, OT),
          ("3.07人", "人", LV, OT), ("4.12人", "人", LV, OT)),
        T("表1  2025年医疗卫生资源情况", "",
          [["指标", "单位", ("年末数", 2), "比上年"], ["", "", "2025年", "2024年", "增长（%）"]], [
            ("医疗卫生机构", 0, ["个", "412", "406", "1.5"]),
            ("床位", 0, ["张", "3,286", "3,162", "3.9"]),
            ("卫生技术人员", 0, ["人", "4,726", "4,538", "4.1"]),
            ("其中：执业（助理）医师", 1, ["人", "1,648", "1,592", "3.5"]),
            ("注册护士", 1, ["人", "2,214", "2,108", "5.0"]),
            ("每千人口床位", 0, ["张", "6.12", "5.91", "3.6"]),
        ], ["unit", V(Y), V("2024"), C("%", CH, PC, Y)]),
        H("二、医疗服务"),
        P("全年全市医疗卫生机构总诊疗人次286.42万人次，比上年增长4.8%；入院人数8.64万人，增长3.2%。医院病床使用率"
          "78.6%。",
          ("286.42万人次", "人次", LV, OT), ("4.8%", "%", CH, PC), ("8.64万人", "人", LV, OT), ("3.2%", "%", CH, PC),
          ("78.6%", "%", LV, PC)),
        H("三、妇幼健康和公共卫生"),
        P("全市居民人均预期寿命80.62岁。婴儿死亡率2.86‰，孕产妇系统管理率95.2%，儿童系统管理率94.6%。全年甲乙类法定"
          "传染病报告发病率为186.42/10万。",
          ("80.62岁", "岁", LV, OT), ("2.86‰", "‰", LV, PC), ("95.2%", "%", LV, PC), ("94.6%", "%", LV, PC),
          ("186.42/10万", "/10万", LV, OT, {"value": 186.42})),
        P("年末全市家庭医生签约服务人数18.64万人，重点人群签约率76.8%。",
          ("18.64万人", "人", LV, OT), ("76.8%", "%", LV, PC)),
    ]),
    ("d3", "2026-05-12", "吴忠市人力资源和社会保障局", "pdfplumber-layout-x9-y9", WZ,
     "吴忠市2025年人力资源和社会保障事业发展统计公报", "吴忠市人力资源和社会保障局  2026年5月12日", [
        H("一、就业"),
        P("2025年，全市城镇新增就业1.86万人，城镇失业人员再就业4,126人，就业困难人员实现就业1,268人。年末城镇登记"
          "失业率3.42%，控制在4.5%以内。全年农村劳动力转移就业22.64万人，其中就地就近就业12.48万人。",
          ("1.86万人", "人", LV, J), ("4,126人", "人", LV, J), ("1,268人", "人", LV, J), ("3.42%", "%", LV, J),
          ("4.5%以内", "%", TG, J, UB), ("22.64万人", "人", LV, J), ("12.48万人", "人", LV, J)),
        T("表1  2025年各县（市、区）就业情况", "",
          [["县（市、区）", "城镇新增就业（人）", "农村劳动力转移就业（万人）", "城镇登记失业率（%）"]],
          [(name, 0, cells, AT(place)) for name, place, cells in WZ_ROWS],
          [C("人", LV, J, Y), C("人", LV, J, Y, W), C("%", LV, J, Y)]),
        P("全年开展补贴性职业技能培训2.14万人次，新增技能人才0.86万人，其中高技能人才0.32万人。",
          ("2.14万人次", "人次", LV, OT), ("0.86万人", "人", LV, OT), ("0.32万人", "人", LV, OT)),
        H("二、社会保险"),
        P("年末全市基本养老保险参保人数98.64万人，比上年末增加1.26万人。其中，城镇职工基本养老保险参保人数26.48万人，"
          "城乡居民基本养老保险参保人数72.16万人。失业保险参保人数11.86万人，工伤保险参保人数16.42万人。全年社会保险"
          "基金总收入42.86亿元，总支出40.12亿元。",
          ("98.64万人", "人", LV, OT), ("1.26万人", "人", CH, OT), ("26.48万人", "人", LV, OT),
          ("72.16万人", "人", LV, OT), ("11.86万人", "人", LV, OT), ("16.42万人", "人", LV, OT),
          ("42.86亿元", "元", LV, M), ("40.12亿元", "元", LV, M)),
        P("年末全市企业退休人员月人均基本养老金3,186元，城乡居民基础养老金最低标准提高到每人每月208元。",
          ("3,186元", "元", LV, M), ("208元", "元", LV, M)),
        H("三、劳动关系"),
        P("全年劳动人事争议仲裁机构共受理案件1,286件，结案率96.8%；为2,146名劳动者追发工资等待遇2,864万元。",
          ("1,286件", "件", LV, OT), ("96.8%", "%", LV, PC), ("2,146名", "名", LV, OT), ("2,864万元", "元", LV, M)),
    ]),
    ("d4", "2026-03-28", "北京市怀柔区教育委员会", "pdftotext-layout-fixed-2", HR,
     "北京市怀柔区2025年教育事业发展统计公报", "北京市怀柔区教育委员会  2026年3月28日", [
        H("一、总体情况"),
        P("2025年，全区共有各级各类学校86所，比上年减少2所；在校生5.42万人，比上年增加0.12万人；教职工6,864人，"
          "其中专任教师5,126人。",
          ("86所", "所", LV, OT), ("2所", "所", CH, OT), ("5.42万人", "人", LV, OT), ("0.12万人", "人", CH, OT),
          ("6,864人", "人", LV, OT), ("5,126人", "人", LV, OT)),
        T("表1  2025年各级各类学校基本情况", "",
          [["学段", "学校数（所）", "在校生（人）", "专任教师（人）"]], [
            ("普通高中", 0, ["6", "6,842", "712"]),
            ("初中", 0, ["12", "9,486", "986"]),
            ("小学", 0, ["22", "21,648", "1,684"]),
            ("幼儿园", 0, ["38", "12,864", "1,126"]),
            ("特殊教育学校", 0, ["1", "186", "48"]),
            ("中等职业学校", 0, ["2", "1,642", "186"]),
            ("总计", 0, ["86", "54,200", "5,126"]),
        ], [C("所", LV, OT, Y), C("人", LV, OT, Y), C("人", LV, OT, Y)], ["注：总计含其他教育机构。"]),
        H("二、各级教育"),
        P("全区学前三年毛入园率98.6%，普惠性幼儿园覆盖率92.4%，比上年提高1.2个百分点。义务教育巩固率100%，初中毕业生"
          "升入高中阶段比例99.2%。",
          ("98.6%", "%", LV, PC), ("92.4%", "%", LV, PC), ("1.2个百分点", "百分点", CH, PC), ("100%", "%", LV, PC),
          ("99.2%", "%", LV, PC)),
        H("三、教育经费"),
        P("全年全区教育经费总投入18.64亿元，比上年增长3.6%，其中一般公共预算教育经费16.42亿元。生均一般公共预算教育"
          "事业费小学4.26万元、初中6.18万元。",
          ("18.64亿元", "元", LV, M), ("3.6%", "%", CH, PC), ("16.42亿元", "元", LV, M), ("4.26万元", "元", LV, M),
          ("6.18万元", "元", LV, M)),
    ]),
]


def gold(doc: str, place: str, blocks) -> list[dict]:
    """bulletins50's gold."""
    return g50.gold(doc, place, blocks)


# --- readers ----------------------------------------------------------------------------------------------------------

def extract(pdf: Path, tool: str) -> str:
    """The text one real reader gives of the PDF."""
    if tool == "pdfminer-cm1.5-lm0.3-bf0.3":
        return g36.pdfminer_text(pdf, char_margin=1.5, line_margin=0.3, boxes_flow=0.3)
    if tool == "pdfplumber-layout-x9-y9":
        return g36.plumber_layout(pdf, 9, 9)
    if tool == "pdftotext-layout-fixed-2":
        return g36.pdftotext(pdf, "-layout", "-fixed", "2")
    return g36.pdftotext(pdf, "-layout", "-fixed", "8")


def main() -> None:
    g36.run(OUT, DOCS, gold, g50.typeset, extract)


if __name__ == "__main__":
    main()
