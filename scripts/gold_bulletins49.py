"""Build data/gold/bulletins49: three 2025 statistical bulletins (a 卫健委's, a 民政局's and a 人社局's) whose tables
take forms real bulletins print and no earlier set used, typeset as PDF and read back by readers, or settings of them,
no earlier set used; the weak field is recall in tables read by unusual readers.

The typesetting and the hand-annotation format are bulletins48's (scripts/gold_bulletins48.py: bulletins46's table
setter with merged head cells, a row naming its own place giving that place's figures, a fall read as negative), with
forms no earlier set used:
- tables whose unit column sits at the right end (指标 | 2025年 | 2024年 | 单位, and 指标 | 2025年 | 2024年 | 增减 |
  计量单位), rows 其中：医院 indented under the whole;
- a two-level head 年末数 | 比上年末增长 over 绝对数 | % with 其中：老年人 sub-rows indented and falls written with a
  hyphen-minus (-826, -6.2), a row's unit in a 单位 column on the left;
- a 每千人口 ratio table by city (市 | 每千人口床位（张） | 每千人口执业（助理）医师（人） | 每千人口注册护士（人）), the
  region's row first;
- figures in a footnote (注：每千人口指标按…常住人口…计算; 注：…含农村互助幸福院床位…);
- a long narrative paragraph of many figures that runs over a page break;
- 民政 figures (低保对象, 特困供养, 养老床位 by county, 结婚登记 in 对), 人社 figures (参保 by 险种 at three indents).
The places are 宁夏回族自治区, 商洛市 and its counties, 乌兰察布市.

Readers no earlier set used (earlier, bulletins48's list and its own: pdftotext -fixed at 2.5, 3, 3.5, 4, 4.5, 5,
5.5, 6 and 7, pdfminer's boxes_flow at None, -0.5, -0.2, 0, 0.2, 0.7, 0.8 and 1.0 and line_margin up to 0.6 outside
the 2.0 of one set, pdfplumber's layout x_density at 4, 5, 5.5, 6.5, 8 and 10 and y_density at 7, 11, 16 and 20):
pdfplumber's layout text at x_density 7 and y_density 13; pdfminer with char_margin 2.5, line_margin 0.9 and
boxes_flow 0.4 (lines a row and a half apart merge into one box, the order weighs position a little); `pdftotext
-layout -fixed 6.5` (physical layout at a pitch between 6 and 7: gutters narrow, cells close on each other).
The gold file is written from the hand annotation below, never from what stats extracts.

    .venv/bin/python scripts/gold_bulletins49.py      # writes data/gold/bulletins49/{texts,bulletins49.jsonl}
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
import gold_bulletins48 as g48  # noqa: E402

P, H, C, V, N, T = g32.P, g32.H, g32.C, g32.V, g32.N, g40.T

OUT = ROOT / "data" / "gold" / "bulletins49"
g32.UNITS.update({"万张": ("张", 10**4, "beds"), "万人次": ("人次", 10**4, "other"), "个": ("个", 1, "other"),
                  "张": ("张", 1, "beds"), "万人": ("人", 10**4, "other"), "人": ("人", 1, "other"),
                  "%": ("%", 1, "percent")})

B, OT, PC, M, J = "beds", "other", "percent", "money", "jobs"
LV, CH = "level", "change"
Y, Y0 = "2025", "2024"
W, E8 = 10**4, 10**8
JOB = {"topic": J}
AT = g45.AT


def VC(period: str) -> dict:
    """A change column whose unit is the row's 单位 cell."""
    return {"measure": None, "role": CH, "topic": None, "period": period, "mag": 1}


NX = "宁夏回族自治区"
CITY = [("银川市", ["6.86", "3.92"]), ("石嘴山市", ["6.42", "3.06"]), ("吴忠市", ["5.48", "2.68"]),
        ("固原市", ["5.26", "2.54"]), ("中卫市", ["5.12", "2.46"])]
COUNTY = [("商州区", ["2,486", "2,864"]), ("洛南县", ["1,862", "2,126"]), ("丹凤县", ["1,346", "1,548"]),
          ("商南县", ["1,218", "1,412"]), ("山阳县", ["1,684", "2,036"]), ("镇安县", ["1,512", "1,862"]),
          ("柞水县", ["1,138", "1,548"])]

DOCS = [
    ("c1", "2026-05-18", "宁夏回族自治区卫生健康委员会", "pdfplumber-layout-x7-y13", NX,
     "2025年宁夏回族自治区卫生健康事业发展统计公报", "宁夏回族自治区卫生健康委员会  2026年5月18日", [
        P("2025年，全区卫生健康系统深入推进健康宁夏建设，持续深化医药卫生体制改革，优质医疗资源扩容下沉和区域均衡"
          "布局加快推进，基层医疗卫生服务能力不断增强，卫生健康事业高质量发展取得新成效。现将全区卫生健康事业发展主要"
          "统计数据公布如下。"),
        H("一、医疗卫生资源"),
        P("2025年末，全区医疗卫生机构总数4,386个，比上年增加42个。其中：医院218个，基层医疗卫生机构4,012个，专业"
          "公共卫生机构128个。全区医疗卫生机构床位4.46万张，其中医院3.72万张，基层医疗卫生机构0.58万张。",
          ("4,386个", "个", LV, OT), ("42个", "个", CH, OT), ("218个", "个", LV, OT), ("4,012个", "个", LV, OT),
          ("128个", "个", LV, OT), ("4.46万张", "张", LV, B), ("3.72万张", "张", LV, B), ("0.58万张", "张", LV, B)),
        T("表1  2025年末全区医疗卫生机构和床位数", "",
          [["指标", "2025年末", "单位"]], [
            ("医疗卫生机构总数", 0, ["4,386", "个"]),
            ("其中：医院", 1, ["218", "个"]),
            ("基层医疗卫生机构", 1, ["4,012", "个"]),
            ("专业公共卫生机构", 1, ["128", "个"]),
            ("医疗卫生机构床位", 0, ["44,612", "张"]),
            ("其中：医院", 1, ["37,248", "张"]),
            ("卫生技术人员", 0, ["6.12", "万人"]),
        ], [V(Y), "unit"]),
        H("二、卫生人力"),
        P("2025年末，全区卫生人员总数8.24万人，其中卫生技术人员6.12万人，比上年增加0.18万人，增长3.0%。卫生技术人员"
          "中，执业（助理）医师2.36万人，注册护士2.78万人。每千人口执业（助理）医师3.24人，每千人口注册护士3.82人，"
          "每千人口医疗卫生机构床位6.13张。",
          ("8.24万人", "人", LV, OT), ("6.12万人", "人", LV, OT), ("0.18万人", "人", CH, OT), ("3.0%", "%", CH, PC),
          ("2.36万人", "人", LV, OT), ("2.78万人", "人", LV, OT), ("3.24人", "人", LV, OT), ("3.82人", "人", LV, OT),
          ("6.13张", "张", LV, B)),
        T("表2  2025年末各市每千人口床位和医师数", "",
          [["地区", "每千人口床位（张）", "每千人口执业（助理）医师（人）"]],
          [("全区", 0, ["6.13", "3.24"], AT(NX))] + [(name, 0, cells, AT(name)) for name, cells in CITY],
          [C("张", LV, B, Y), C("人", LV, OT, Y)]),
        N("注：每千人口指标按2025年末常住人口728.64万人计算，2024年末常住人口为725.18万人。",
          ("728.64万人", "人", LV, OT), ("725.18万人", "人", LV, OT, {"period": Y0})),
        H("三、医疗服务"),
        P("2025年，全区医疗卫生机构总诊疗人次4,862.36万人次，比上年增长3.4%。其中，医院诊疗1,986.42万人次，基层医疗"
          "卫生机构诊疗2,684.18万人次，基层诊疗量占总诊疗量的55.2%。全年医疗卫生机构入院人数112.64万人，比上年增长"
          "2.2%；住院病人手术38.46万人次。医院病床使用率76.8%，比上年提高1.2个百分点，其中公立医院病床使用率81.4%，"
          "三级公立医院92.6%。年末全区开展远程医疗服务的医院"
          "102家，互联网医院36家，全年提供远程会诊4.82万例。全区孕产妇死亡率8.62/10万，婴儿死亡率2.86‰，"
          "5岁以下儿童死亡率3.94‰；住院分娩率99.92%，孕产妇系统管理率94.6%，3岁以下儿童系统管理率93.8%。",
          ("4,862.36万人次", "人次", LV, OT), ("3.4%", "%", CH, PC), ("1,986.42万人次", "人次", LV, OT),
          ("2,684.18万人次", "人次", LV, OT), ("55.2%", "%", LV, PC), ("112.64万人", "人", LV, OT),
          ("2.2%", "%", CH, PC), ("38.46万人次", "人次", LV, OT), ("76.8%", "%", LV, PC),
          ("1.2个百分点", "百分点", CH, PC), ("81.4%", "%", LV, PC), ("92.6%", "%", LV, PC),
          ("102家", "家", LV, OT), ("36家", "家", LV, OT),
          ("4.82万例", "例", LV, OT),
          ("8.62/10万", "/10万", LV, OT), ("2.86‰", "‰", LV, OT), ("3.94‰", "‰", LV, OT), ("99.92%", "%", LV, PC),
          ("94.6%", "%", LV, PC), ("93.8%", "%", LV, PC)),
    ]),
    ("c2", "2026-04-28", "商洛市民政局", "pdfminer-cm2.5-lm0.9-bf0.4", "商洛市",
     "商洛市2025年民政事业发展统计公报", "商洛市民政局  2026年4月28日", [
        H("一、社会救助"),
        P("2025年末，全市共有城市最低生活保障对象1.26万人，比上年末减少0.08万人；农村最低生活保障对象8.64万人，比上年"
          "末减少0.32万人。全年支出城乡低保资金4.82亿元，其中城市低保资金0.86亿元，农村低保资金3.96亿元。全市城市低保"
          "平均标准每人每月782元，农村低保平均标准每人每年5,486元。年末全市特困人员救助供养1.42万人，全年支出特困人员"
          "救助供养资金2.36亿元。",
          ("1.26万人", "人", LV, OT), ("0.08万人", "人", CH, OT), ("8.64万人", "人", LV, OT),
          ("0.32万人", "人", CH, OT), ("4.82亿元", "元", LV, M), ("0.86亿元", "元", LV, M), ("3.96亿元", "元", LV, M),
          ("782元", "元", LV, M), ("5,486元", "元", LV, M), ("1.42万人", "人", LV, OT), ("2.36亿元", "元", LV, M),
          ),
        T("表1  2025年末城乡低保和特困人员救助供养情况", "",
          [["指标", "单位", "年末数", ("比上年末增长", 2)], ["", "", "", "绝对数", "%"]], [
            ("城市最低生活保障对象", 0, ["人", "12,586", "-826", "-6.2"]),
            ("其中：老年人", 1, ["人", "3,642", "-118", "-3.1"]),
            ("农村最低生活保障对象", 0, ["人", "86,412", "-3,218", "-3.6"]),
            ("其中：老年人", 1, ["人", "38,624", "-1,246", "-3.1"]),
            ("特困人员救助供养", 0, ["人", "14,236", "286", "2.1"]),
        ], ["unit", V(Y), VC(Y), C("%", CH, PC, Y)]),
        H("二、养老服务"),
        P("年末全市共有各类养老服务机构和设施1,286个，养老服务床位2.46万张，比上年末增加1,862张。其中，注册登记的养老"
          "机构86个，床位1.12万张；社区养老服务机构和设施1,200个，床位1.34万张。每千名老年人拥有养老床位28.6张，护理型"
          "床位占养老机构床位的比例达62.4%。",
          ("1,286个", "个", LV, OT), ("2.46万张", "张", LV, B), ("1,862张", "张", CH, B), ("86个", "个", LV, OT),
          ("1.12万张", "张", LV, B), ("1,200个", "个", LV, OT), ("1.34万张", "张", LV, B), ("28.6张", "张", LV, B),
          ("62.4%", "%", LV, PC), ),
        T("表2  2025年末各县（区）养老服务床位", "单位：张",
          [["县（区）", "养老机构床位", "社区养老服务床位"]],
          [(name, 0, cells, AT(name)) for name, cells in COUNTY] + [("全市", 0, ["11,246", "13,396"], AT("商洛市"))],
          [C("张", LV, B, Y), C("张", LV, B, Y)]),
        N("注：社区养老服务床位含农村互助幸福院床位3,246张。",
          ("3,246张", "张", LV, B)),
        H("三、社会事务"),
        P("全年全市办理结婚登记1.08万对，比上年下降4.6%；办理离婚登记0.42万对。年末全市共有殡仪馆7个，公益性公墓42个。"
          "全年发放困难残疾人生活补贴和重度残疾人护理补贴1.26亿元，惠及残疾人4.18万人。",
          ("1.08万对", "对", LV, OT), ("4.6%", "%", CH, PC), ("0.42万对", "对", LV, OT), ("7个", "个", LV, OT),
          ("42个", "个", LV, OT), ("1.26亿元", "元", LV, M), ("4.18万人", "人", LV, OT)),
    ]),
    ("c3", "2026-05-06", "乌兰察布市人力资源和社会保障局", "pdftotext-layout-fixed-6.5", "乌兰察布市",
     "乌兰察布市2025年度人力资源和社会保障事业发展统计公报", "乌兰察布市人力资源和社会保障局  2026年5月6日", [
        H("一、就业"),
        P("2025年，全市城镇新增就业1.86万人，完成年度目标任务的112.4%；城镇失业人员再就业0.62万人，就业困难人员实现"
          "就业0.24万人。年末城镇登记失业率3.26%。全年农村牧区劳动力转移就业28.64万人，比上年增长1.8%。",
          ("1.86万人", "人", LV, J), ("112.4%", "%", LV, J), ("0.62万人", "人", LV, J), ("0.24万人", "人", LV, J),
          ("3.26%", "%", LV, J), ("28.64万人", "人", LV, J), ("1.8%", "%", CH, J)),
        T("表1  2025年就业主要指标", "",
          [["指标", "2025年", "2024年", "增减", "计量单位"]], [
            ("城镇新增就业", 0, ["18,624", "18,206", "418", "人"], JOB),
            ("其中：失业人员再就业", 1, ["6,218", "6,046", "172", "人"], JOB),
            ("农村牧区劳动力转移就业", 0, ["28.64", "28.13", "0.51", "万人"], JOB),
            ("城镇登记失业率", 0, ["3.26", "3.34", "—", "%"], JOB),
        ], [V(Y), V(Y0), VC(Y), "unit"]),
        H("二、社会保险"),
        P("年末全市基本养老保险参保人数148.62万人，比上年末增加2.14万人。其中，城镇职工基本养老保险参保人数42.36万人，"
          "城乡居民基本养老保险参保人数106.26万人。失业保险参保人数12.48万人，工伤保险参保人数18.62万人。全年基本养老、"
          "失业、工伤保险基金总收入86.42亿元，总支出82.16亿元，年末累计结存64.28亿元。",
          ("148.62万人", "人", LV, OT), ("2.14万人", "人", CH, OT), ("42.36万人", "人", LV, OT),
          ("106.26万人", "人", LV, OT), ("12.48万人", "人", LV, OT), ("18.62万人", "人", LV, OT),
          ("86.42亿元", "元", LV, M), ("82.16亿元", "元", LV, M), ("64.28亿元", "元", LV, M)),
        T("表2  2025年末社会保险参保人数", "单位：万人",
          [["险种", "年末参保人数", ("比上年末增长", 2)], ["", "", "绝对数", "%"]], [
            ("基本养老保险", 0, ["148.62", "2.14", "1.5"]),
            ("城镇职工基本养老保险", 1, ["42.36", "1.26", "3.1"]),
            ("其中：在职职工", 2, ["30.18", "0.96", "3.3"]),
            ("离退休人员", 2, ["12.18", "0.30", "2.5"]),
            ("城乡居民基本养老保险", 1, ["106.26", "0.88", "0.8"]),
            ("失业保险", 0, ["12.48", "0.36", "3.0"]),
            ("工伤保险", 0, ["18.62", "-0.24", "-1.3"]),
        ], [C("人", LV, OT, Y, W), C("人", CH, OT, Y, W), C("%", CH, PC, Y)]),
        H("三、劳动关系"),
        P("全年全市各级劳动人事争议调解仲裁机构共处理争议案件2,486件，比上年下降3.2%，涉及劳动者3,162人，调解成功率"
          "72.4%，仲裁结案率96.8%。全年劳动保障监察机构立案查处违法案件"
          "126件，为1,846名劳动者追发工资等待遇2,864万元。年末全市企业劳动合同签订率98.2%，集体合同覆盖职工12.64万"
          "人。",
          ("2,486件", "件", LV, OT), ("3.2%", "%", CH, PC), ("3,162人", "人", LV, OT), ("72.4%", "%", LV, PC),
          ("96.8%", "%", LV, PC), ("126件", "件", LV, OT),
          ("1,846名", "名", LV, OT), ("2,864万元", "元", LV, M), ("98.2%", "%", LV, PC), ("12.64万人", "人", LV, OT),
          ),
    ]),
]


def _unit_first(blocks):
    """For the gold only: a table whose unit column stands at the right end read as if it stood first (the gold walks
    a row's cells in order and needs the row's unit before its values); the typesetting keeps it at the right."""
    out = []
    for kind, body, figs in blocks:
        if kind == "t" and body[4] and body[4][-1] == "unit":
            title, unit, head, rows, cols, notes, cont = body
            rows = [(label, ind, [cells[-1], *cells[:-1]], *own) for label, ind, cells, *own in rows]
            body = (title, unit, head, rows, ["unit", *cols[:-1]], notes, cont)
        out.append((kind, body, figs))
    return out


def gold(doc: str, place: str, blocks) -> list[dict]:
    """bulletins48's gold, a unit column at a table's right end read as its row's unit."""
    return g48.gold(doc, place, _unit_first(blocks))


typeset = g48.typeset


# --- readers ----------------------------------------------------------------------------------------------------------

def extract(pdf: Path, tool: str) -> str:
    """The text one real reader gives of the PDF."""
    if tool == "pdfminer-cm2.5-lm0.9-bf0.4":
        return g36.pdfminer_text(pdf, char_margin=2.5, line_margin=0.9, boxes_flow=0.4)
    if tool == "pdfplumber-layout-x7-y13":
        return g36.plumber_layout(pdf, 7, 13)
    return g36.pdftotext(pdf, "-layout", "-fixed", "6.5")


def main() -> None:
    g36.run(OUT, DOCS, gold, typeset, extract)


if __name__ == "__main__":
    main()
