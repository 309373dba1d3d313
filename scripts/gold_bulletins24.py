"""Build data/gold/bulletins24: three 2025 bulletins of our own typeset as PDF and read back by readers, or settings of
them, earlier sets used least, in shapes they had few of.

The typesetting is bulletins23's (scripts/gold_bulletins23.py, itself bulletins22's, 21's and 18's: P/H blocks and
tables with a unit line, a two-line head, 其中 rows and a 注：; one PDF per bulletin with reportlab in invariant mode)
and so is the hand-annotation format. New here: tables whose two-level head sets a 比上年增长 column beside each level
column (机构数 / 床位数 over （个） 增长（%） （张） 增长（%）; 参保人数 / 基金收入 over （万人） 增长（%） （亿元）
增长（%）), a unit-column table under 2025年 over 绝对数 / 比上年增长（%）, and footnote marks written into the prose where
bulletins print them as superscripts ([1], ①) right before a figure, with the notes (注释：[1]…) after the text: the
mark's digit is no part of the figure. The bulletins are a 县 国民经济和社会发展统计公报's sections on 卫生, 社会保障
and 就业, a 市 卫生健康事业发展统计公报 and a 市 人力资源和社会保障事业发展统计公报.

Of the readers earlier bulletin sets used (counted over bulletins18…23: pdfplumber extract_text() 2, with layout=True
2, with x/y_tolerance 1; pdfminer default 2, with changed margins 1, with word_margin/boxes_flow 1; pdftotext 2,
-layout 2, -raw 2; pypdfium2 get_text_range() 2, get_text_bounded() 1; by library pypdfium2 3, pdfminer 4,
pdfplumber 5, pdftotext 6), these use the two least used libraries and pdfplumber with a setting no set used:
pdfminer with boxes_flow=None (its advanced layout analysis off: text boxes in plain top-down, left-to-right order),
pypdfium2's get_text_bounded() and pdfplumber's extract_text(use_text_flow=True) (characters in content-stream order).
The gold file is written from the hand annotation below, never from what stats extracts.

    .venv/bin/python scripts/gold_bulletins24.py      # writes data/gold/bulletins24/{texts,bulletins24.jsonl}
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
import gold_bulletins22 as g22  # noqa: E402

g18, g21 = g22.g18, g22.g21
P, H, C, T, V = g18.P, g18.H, g18.C, g22.T, g22.V

OUT = ROOT / "data" / "gold" / "bulletins24"
g22.UNITS.update({"件": ("件", 1, "other"), "人次": ("人次", 1, "other")})

B, OT, PC, M, J = "beds", "other", "percent", "money", "jobs"
LV, CH = "level", "change"
OPT = {"tier": "optional"}
Y = "2025"

DOCS = [
    ("w1", "2026-04-20", "汉阴县统计局", "pdfminer-noflow", "汉阴县", Y,
     "汉阴县2025年国民经济和社会发展统计公报（节选）", "汉阴县统计局  2026年4月20日", [
        H("十、卫生健康"),
        P("年末全县共有医疗卫生机构312个，其中医院6个，乡镇卫生院18个，村卫生室248个，社区卫生服务中心（站）4个。"
          "医疗卫生机构床位1862张，比上年增长4.3%；卫生技术人员2146人，增长3.8%，其中执业（助理）医师826人，注册护士"
          "948人。",
          ("312个", "个", LV, OT), ("6个", "个", LV, OT), ("18个", "个", LV, OT), ("248个", "个", LV, OT),
          ("4个", "个", LV, OT), ("1862张", "张", LV, B), ("4.3%", "%", CH, PC), ("2146人", "人", LV, OT),
          ("3.8%", "%", CH, PC), ("826人", "人", LV, OT), ("948人", "人", LV, OT)),
        T("表3  2025年末医疗卫生机构、床位和人员", "",
          [["指标", "单位", "2025年", ""], ["", "", "绝对数", "比上年增长（%）"]], [
            ("医疗卫生机构", 0, ["个", "312", "1.6"]),
            ("其中：医院", 1, ["个", "6", "20.0"]),
            ("床位数", 0, ["张", "1862", "4.3"]),
            ("其中：医院", 1, ["张", "1286", "5.1"]),
            ("卫生技术人员", 0, ["人", "2146", "3.8"]),
            ("其中：执业（助理）医师", 1, ["人", "826", "4.6"]),
            ("注册护士", 2, ["人", "948", "5.2"]),
        ], ["unit", V(Y), C("%", CH, PC, Y)], note="注：医疗卫生机构数不含诊所、医务室。"),
        H("十一、社会保障"),
        P("年末全县城镇职工基本养老保险参保人数2.46万人，比上年末增加0.12万人；城乡居民基本养老保险参保人数16.82万人。"
          "城乡居民基本医疗保险参保人数24.36万人，参保率[1]97.2%。失业保险参保人数1.08万人，工伤保险参保人数1.62万人。",
          ("2.46万人", "人", LV, OT), ("0.12万人", "人", CH, OT), ("16.82万人", "人", LV, OT),
          ("24.36万人", "人", LV, OT), ("97.2%", "%", LV, PC), ("1.08万人", "人", LV, OT), ("1.62万人", "人", LV, OT)),
        P("全年全县城乡居民最低生活保障对象4862人，发放低保资金2836万元；特困供养人员1126人。城市低保标准每人每月690元，"
          "农村低保标准每人每年5280元。",
          ("4862人", "人", LV, OT), ("2836万元", "元", LV, M), ("1126人", "人", LV, OT), ("690元", "元", LV, M),
          ("5280元", "元", LV, M)),
        H("十二、就业"),
        P("全年城镇新增就业1628人，比上年增长2.6%；失业人员再就业512人，就业困难人员实现就业186人。年末城镇登记失业率"
          "[2]3.28%。全年农村劳动力转移就业9.64万人，其中省外转移5.12万人。",
          ("1628人", "人", LV, J), ("2.6%", "%", CH, J), ("512人", "人", LV, J), ("186人", "人", LV, J),
          ("3.28%", "%", LV, J), ("9.64万人", "人", LV, J), ("5.12万人", "人", LV, J)),
        T("表4  2025年就业和社会保障主要指标", "", [["指标", "单位", "2025年", "比上年增长"], ["", "", "", "（%）"]], [
            ("城镇新增就业", 0, ["人", "1628", "2.6"], {"topic": J}),
            ("农村劳动力转移就业", 0, ["万人", "9.64", "1.8"], {"topic": J}),
            ("城镇职工基本养老保险参保人数", 0, ["万人", "2.46", "5.1"]),
            ("城乡居民基本医疗保险参保人数", 0, ["万人", "24.36", "-0.6"]),
            ("城乡低保对象", 0, ["人", "4862", "-3.4"]),
        ], ["unit", V(Y), C("%", CH, PC, Y)]),
        P("注释：[1]参保率指参保人数占应参保人数的比重。[2]城镇登记失业率为年末城镇登记失业人员占城镇从业人员与城镇登记"
          "失业人员之和的比重。"),
    ]),
    ("w2", "2026-05-26", "铜川市卫生健康委员会", "pypdfium2-bounded", "铜川市", Y,
     "铜川市2025年卫生健康事业发展统计公报", "铜川市卫生健康委员会  2026年5月26日", [
        H("一、卫生资源"),
        P("2025年末，全市共有医疗卫生机构1486个，比上年增加12个。其中，医院42个，基层医疗卫生机构1412个，专业公共卫生"
          "机构24个。全市医疗卫生机构床位1.16万张，比上年增长2.9%；每千人口医疗卫生机构床位①7.28张。",
          ("1486个", "个", LV, OT), ("12个", "个", CH, OT), ("42个", "个", LV, OT), ("1412个", "个", LV, OT),
          ("24个", "个", LV, OT), ("1.16万张", "张", LV, B), ("2.9%", "%", CH, PC), ("7.28张", "张", LV, B)),
        T("表1  2025年末医疗卫生机构和床位数", "",
          [["机构类别", "机构数", "", "床位数", ""], ["", "（个）", "增长（%）", "（张）", "增长（%）"]], [
            ("总计", 0, ["1486", "0.8", "11642", "2.9"]),
            ("医院", 0, ["42", "2.4", "8936", "3.4"]),
            ("其中：公立医院", 1, ["18", "5.9", "6824", "2.1"]),
            ("民营医院", 2, ["24", "-4.0", "2112", "7.8"]),
            ("基层医疗卫生机构", 0, ["1412", "0.6", "2318", "1.2"]),
            ("专业公共卫生机构", 0, ["24", "4.3", "388", "0.5"]),
        ], [C("个", LV, OT, Y), C("%", CH, PC, Y), C("张", LV, B, Y), C("%", CH, PC, Y)],
          note="注：床位数为实有床位数；增长为比上年增长。"),
        P("年末全市卫生人员1.62万人，比上年增长3.2%；其中卫生技术人员1.31万人，增长3.6%。卫生技术人员中，执业（助理）"
          "医师5126人，注册护士5864人。每千人口执业（助理）医师①3.21人，每千人口注册护士①3.67人。",
          ("1.62万人", "人", LV, OT), ("3.2%", "%", CH, PC), ("1.31万人", "人", LV, OT), ("3.6%", "%", CH, PC),
          ("5126人", "人", LV, OT), ("5864人", "人", LV, OT), ("3.21人", "人", LV, OT), ("3.67人", "人", LV, OT)),
        T("表2  2025年末卫生人员数", "单位：人", [["类别", "2025年", "2024年", "比上年增长"], ["", "", "", "（%）"]], [
            ("卫生人员", 0, ["16218", "15716", "3.2"]),
            ("其中：卫生技术人员", 1, ["13106", "12651", "3.6"]),
            ("执业（助理）医师", 2, ["5126", "4932", "3.9"]),
            ("注册护士", 2, ["5864", "5608", "4.6"]),
            ("乡村医生和卫生员", 1, ["862", "904", "-4.6"]),
        ], [C("人", LV, OT, Y), C("人", LV, OT, "2024"), C("%", CH, PC, Y)]),
        H("二、医疗服务"),
        P("全年全市医疗卫生机构总诊疗人次624.8万人次，比上年增长3.4%；入院人数21.6万人，增长1.9%。医院病床使用率76.2%，"
          "出院者平均住院日8.4日。",
          ("624.8万人次", "人次", LV, OT), ("3.4%", "%", CH, PC), ("21.6万人", "人", LV, OT), ("1.9%", "%", CH, PC),
          ("76.2%", "%", LV, PC), ("8.4日", "日", LV, OT, OPT)),
        H("三、妇幼卫生"),
        P("全市孕产妇死亡率为8.62/10万，婴儿死亡率2.36‰，5岁以下儿童死亡率3.12‰。孕产妇系统管理率95.8%，3岁以下儿童"
          "系统管理率94.6%。",
          ("8.62/10万", "/10万", LV, OT), ("2.36‰", "‰", LV, PC), ("3.12‰", "‰", LV, PC), ("95.8%", "%", LV, PC),
          ("94.6%", "%", LV, PC)),
        P("注：①每千人口指标按年末常住人口计算。"),
    ]),
    ("w3", "2026-06-12", "灵宝市人力资源和社会保障局", "pdfplumber-flow", "灵宝市", Y,
     "灵宝市2025年人力资源和社会保障事业发展统计公报", "灵宝市人力资源和社会保障局  2026年6月12日", [
        H("一、就业创业"),
        P("2025年，全市城镇新增就业6248人，完成年度目标任务的104.1%；失业人员再就业1862人，就业困难人员实现就业624人。"
          "年末城镇登记失业率[1]3.06%。全年新增农村劳动力转移就业1.28万人，年末农村劳动力转移就业总量16.42万人。全年发放"
          "创业担保贷款1.86亿元。",
          ("6248人", "人", LV, J), ("104.1%", "%", LV, J), ("1862人", "人", LV, J), ("624人", "人", LV, J),
          ("3.06%", "%", LV, J), ("1.28万人", "人", LV, J), ("16.42万人", "人", LV, J), ("1.86亿元", "元", LV, M)),
        H("二、社会保险"),
        P("年末全市基本养老保险参保人数52.36万人，比上年末增加0.84万人。其中，城镇职工基本养老保险参保人数12.48万人，"
          "城乡居民基本养老保险参保人数39.88万人。失业保险参保人数5.62万人，增长2.7%；工伤保险参保人数7.14万人，增长3.5%。",
          ("52.36万人", "人", LV, OT), ("0.84万人", "人", CH, OT), ("12.48万人", "人", LV, OT),
          ("39.88万人", "人", LV, OT), ("5.62万人", "人", LV, OT), ("2.7%", "%", CH, PC), ("7.14万人", "人", LV, OT),
          ("3.5%", "%", CH, PC)),
        T("表1  2025年社会保险参保和基金收入情况", "",
          [["险种", "参保人数", "", "基金收入", ""], ["", "（万人）", "增长（%）", "（亿元）", "增长（%）"]], [
            ("基本养老保险", 0, ["52.36", "1.6", "38.62", "5.4"]),
            ("其中：城镇职工", 1, ["12.48", "3.2", "31.26", "6.1"]),
            ("城乡居民", 1, ["39.88", "1.1", "7.36", "2.6"]),
            ("失业保险", 0, ["5.62", "2.7", "0.86", "4.9"]),
            ("工伤保险", 0, ["7.14", "3.5", "0.62", "8.8"]),
        ], [C("人", LV, OT, Y, 10**4), C("%", CH, PC, Y), C("元", LV, M, Y, 10**8), C("%", CH, PC, Y)],
          note="注：增长为与上年相比的增减幅度；基金收入含财政补贴收入。"),
        P("全年全市社会保险基金总收入40.10亿元，总支出37.84亿元，年末累计结存28.46亿元。",
          ("40.10亿元", "元", LV, M), ("37.84亿元", "元", LV, M), ("28.46亿元", "元", LV, M)),
        H("三、人才队伍建设"),
        P("年末全市共有专业技术人才3.26万人，其中具有高级职称的4862人。全年新增高技能人才2186人，开展补贴性职业技能培训"
          "1.42万人次。",
          ("3.26万人", "人", LV, OT), ("4862人", "人", LV, OT), ("2186人", "人", LV, OT), ("1.42万人次", "人次", LV, OT)),
        H("四、劳动关系"),
        P("全年全市劳动人事争议仲裁机构受理案件486件，比上年下降6.2%；结案468件，结案率96.3%。全年为1286名劳动者追发"
          "工资待遇2864万元。",
          ("486件", "件", LV, OT), ("6.2%", "%", CH, PC), ("468件", "件", LV, OT), ("96.3%", "%", LV, PC),
          ("1286名", "名", LV, OT), ("2864万元", "元", LV, M)),
        T("表2  劳动关系主要指标", "", [["指标", "单位", "2025年", "2024年"], ["", "", "", ""]], [
            ("受理劳动人事争议案件", 0, ["件", "486", "518"]),
            ("结案", 0, ["件", "468", "497"]),
            ("追发工资待遇", 0, ["万元", "2864", "3126"]),
        ], ["unit", V(Y), V("2024")]),
        P("注释：[1]城镇登记失业率为年末城镇登记失业人员占城镇从业人员与城镇登记失业人员之和的比重。"),
    ]),
]


def extract(pdf: Path, tool: str) -> str:
    """The text one real reader gives of the PDF."""
    if tool == "pdfplumber-flow":
        import pdfplumber

        with pdfplumber.open(pdf) as doc:
            return "\n".join((p.extract_text(use_text_flow=True) or "") for p in doc.pages) + "\n"
    if tool == "pypdfium2-bounded":
        import pypdfium2

        doc = pypdfium2.PdfDocument(str(pdf))
        try:
            return "\n".join(doc[k].get_textpage().get_text_bounded() for k in range(len(doc))) + "\n"
        finally:
            doc.close()
    from pdfminer.high_level import extract_text
    from pdfminer.layout import LAParams

    return extract_text(str(pdf), laparams=LAParams(boxes_flow=None))


def main() -> None:
    docs = [(doc, pub, src, tool, place, title, byline, blocks) for doc, pub, src, tool, place, _y, title, byline, blocks
            in DOCS]
    years = {d[0]: d[5] for d in DOCS}
    g18.gold = lambda doc, place, blocks: g22.gold(doc, place, years[doc], blocks)
    g18.typeset = g21.typeset
    g18.build(OUT, docs, extract)


if __name__ == "__main__":
    main()
