"""Build data/gold/bulletins23: three 2025/2026 bulletins of our own typeset as PDF and read back by the readers
earlier sets used least, in shapes they had few of.

The typesetting is bulletins22's (scripts/gold_bulletins22.py, itself bulletins21's and bulletins18's: P/H blocks and
tables with a unit line, a two-line head, 其中 rows and a 注：; one PDF per bulletin with reportlab in invariant mode)
and so is the hand-annotation format. New here: a 县 国民经济和社会发展统计公报 with many sections (农业 产量 in 吨 and
亩, 工业, 投资, 消费, 财政, 收入, 教育, 卫生, 社会保障, 就业) and a 主要农产品产量 table; a 市 第三季度 就业和社会保障
数据发布 whose table has a two-level head (本期 / 累计 over 数值 / 同比（%）: each row's 本期 figure is of the quarter,
its 累计 figure of 1—9月) and a unit column; and a 区 教育事业统计公报 with 学校 in 所, 在校生 and 专任教师 in 人,
毛入学率 in % and 生师比 written x:1, in prose and in a table column. A 生师比 is a ratio, not a count: it is labelled
`optional` with no value (as bulletins and damaged sets label it), so reading it as 12.9 人 or as 1 is a false
positive. Of the readers earlier bulletin sets used (counted over bulletins18…22: pdfplumber extract_text() 2,
pdfplumber extract_text(layout=True) 2, pdfminer default 2, pdfminer with changed margins 1, pdftotext 2,
pdftotext -layout 2, pdftotext -raw 2, pypdfium2 2; by library pypdfium2 2, pdfminer 3, pdfplumber 4, pdftotext 6),
these use pdfminer with changed LAParams (word_margin and boxes_flow, which no set changed), pypdfium2's
get_text_bounded() (not get_text_range()) and pdfplumber's extract_text() with x_tolerance and y_tolerance changed.
The gold file is written from the hand annotation below, never from what stats extracts.

    .venv/bin/python scripts/gold_bulletins23.py      # writes data/gold/bulletins23/{texts,bulletins23.jsonl}
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

OUT = ROOT / "data" / "gold" / "bulletins23"
g22.UNITS.update({"件": ("件", 1, "other"), "人次": ("人次", 1, "other"), "吨": ("吨", 1, "other"),
                  "所": ("所", 1, "other")})

_exact = g18.exact_num


def _ratio_safe(cell: str, mag: int = 1):
    """A 生师比 cell (12.9:1) has no value of its own; its record is made value-less below."""
    return None if ":" in cell else _exact(cell, mag)


g18.exact_num = _ratio_safe

B, OT, PC, M, J = "beds", "other", "percent", "money", "jobs"
LV, CH = "level", "change"
OPT = {"tier": "optional"}
Q3, M9, SEP = "2026Q3", "2026M01-M09", "2026-09"


def R(quote: str):
    """A 生师比 written x:1 (optional, value-less)."""
    return (quote, "", LV, OT, OPT)


DOCS = [
    ("v1", "2026-04-16", "留坝县统计局", "pdfminer-flow", "留坝县", "2025",
     "留坝县2025年国民经济和社会发展统计公报", "留坝县统计局  2026年4月16日", [
        P("2025年，全县上下坚持生态立县、旅游强县，经济运行总体平稳，民生福祉持续增进。"),
        H("一、综合"),
        P("初步核算，全年全县地区生产总值24.68亿元，按不变价格计算，比上年增长5.3%。其中，第一产业增加值4.36亿元，"
          "增长3.6%；第二产业增加值6.12亿元，增长6.1%；第三产业增加值14.20亿元，增长5.4%。年末全县户籍人口4.18万人，"
          "常住人口3.86万人，常住人口城镇化率46.25%。",
          ("24.68亿元", "元", LV, M), ("5.3%", "%", CH, PC), ("4.36亿元", "元", LV, M), ("3.6%", "%", CH, PC),
          ("6.12亿元", "元", LV, M), ("6.1%", "%", CH, PC), ("14.20亿元", "元", LV, M), ("5.4%", "%", CH, PC),
          ("4.18万人", "人", LV, OT), ("3.86万人", "人", LV, OT), ("46.25%", "%", LV, PC)),
        H("二、农业"),
        P("全年粮食播种面积3.42万亩，粮食总产量9862吨，比上年增长1.8%。油料产量426吨，蔬菜产量2.15万吨，食用菌产量"
          "3168吨，中药材产量1842吨。全年肉类总产量2316吨，下降2.4%。年末生猪存栏1.86万头，全年生猪出栏2.64万头。",
          ("3.42万亩", "亩", LV, OT), ("9862吨", "吨", LV, OT), ("1.8%", "%", CH, PC), ("426吨", "吨", LV, OT),
          ("2.15万吨", "吨", LV, OT), ("3168吨", "吨", LV, OT), ("1842吨", "吨", LV, OT), ("2316吨", "吨", LV, OT),
          ("2.4%", "%", CH, PC), ("1.86万头", "头", LV, OT), ("2.64万头", "头", LV, OT)),
        T("表1  2025年主要农产品产量", "", [["产品名称", "产量", "比上年增长"], ["", "（吨）", "（%）"]], [
            ("粮食", 0, ["9862", "1.8"]),
            ("油料", 0, ["426", "2.9"]),
            ("蔬菜", 0, ["21500", "3.4"]),
            ("食用菌", 0, ["3168", "8.6"]),
            ("中药材", 0, ["1842", "5.2"]),
            ("肉类", 0, ["2316", "-2.4"]),
        ], [C("吨", LV, OT, "2025"), C("%", CH, PC, "2025")]),
        H("三、工业和建筑业"),
        P("年末全县规模以上工业企业12户。全年规模以上工业增加值比上年增长7.6%，规模以上工业总产值8.64亿元，营业收入"
          "8.12亿元，增长6.3%，利润总额0.58亿元。全年建筑业增加值2.36亿元，增长4.2%。",
          ("12户", "户", LV, OT), ("7.6%", "%", CH, PC), ("8.64亿元", "元", LV, M), ("8.12亿元", "元", LV, M),
          ("6.3%", "%", CH, PC), ("0.58亿元", "元", LV, M), ("2.36亿元", "元", LV, M), ("4.2%", "%", CH, PC)),
        H("四、固定资产投资"),
        P("全年固定资产投资比上年增长4.8%，其中项目投资增长6.2%。房地产开发投资1.26亿元，下降9.4%；商品房销售面积"
          "2.18万平方米。",
          ("4.8%", "%", CH, PC), ("6.2%", "%", CH, PC), ("1.26亿元", "元", LV, M), ("9.4%", "%", CH, PC),
          ("2.18万平方米", "平方米", LV, OT)),
        H("五、国内贸易和旅游"),
        P("全年社会消费品零售总额5.86亿元，比上年增长5.6%。按经营地分，城镇消费品零售额4.12亿元，增长5.2%；乡村消费品"
          "零售额1.74亿元，增长6.5%。全年接待游客486.2万人次，实现旅游综合收入28.64亿元，增长9.3%。",
          ("5.86亿元", "元", LV, M), ("5.6%", "%", CH, PC), ("4.12亿元", "元", LV, M), ("5.2%", "%", CH, PC),
          ("1.74亿元", "元", LV, M), ("6.5%", "%", CH, PC), ("486.2万人次", "人次", LV, OT), ("28.64亿元", "元", LV, M),
          ("9.3%", "%", CH, PC)),
        H("六、财政和金融"),
        P("全年一般公共预算收入6862万元，比上年增长4.6%，其中税收收入4318万元。一般公共预算支出9.86亿元，增长3.2%，"
          "其中民生支出7.84亿元，占一般公共预算支出的79.5%。年末全县金融机构人民币各项存款余额42.36亿元，各项贷款余额"
          "18.74亿元。",
          ("6862万元", "元", LV, M), ("4.6%", "%", CH, PC), ("4318万元", "元", LV, M), ("9.86亿元", "元", LV, M),
          ("3.2%", "%", CH, PC), ("7.84亿元", "元", LV, M), ("79.5%", "%", LV, PC), ("42.36亿元", "元", LV, M),
          ("18.74亿元", "元", LV, M)),
        H("七、人民生活"),
        P("全年全县全体居民人均可支配收入21684元，比上年增长6.2%。其中，城镇居民人均可支配收入34862元，增长4.9%；农村"
          "居民人均可支配收入14326元，增长7.1%。农村居民人均生活消费支出11862元。",
          ("21684元", "元", LV, M), ("6.2%", "%", CH, PC), ("34862元", "元", LV, M), ("4.9%", "%", CH, PC),
          ("14326元", "元", LV, M), ("7.1%", "%", CH, PC), ("11862元", "元", LV, M)),
        H("八、教育和卫生"),
        P("年末全县共有各级各类学校21所，其中幼儿园9所，小学8所，初级中学2所，普通高中1所，职业中学1所。在校学生"
          "4862人，专任教师526人。学前三年毛入园率96.5%，高中阶段毛入学率94.2%。",
          ("21所", "所", LV, OT), ("9所", "所", LV, OT), ("8所", "所", LV, OT), ("2所", "所", LV, OT),
          ("1所", "所", LV, OT), ("1所", "所", LV, OT), ("4862人", "人", LV, OT), ("526人", "人", LV, OT),
          ("96.5%", "%", LV, PC), ("94.2%", "%", LV, PC)),
        T("表2  2025年各级各类学校基本情况", "", [["学校类别", "学校数", "在校学生", "专任教师"],
                                                 ["", "（所）", "（人）", "（人）"]], [
            ("幼儿园", 0, ["9", "986", "98"]),
            ("小学", 0, ["8", "2142", "214"]),
            ("初级中学", 0, ["2", "1056", "118"]),
            ("普通高中", 0, ["1", "512", "62"]),
            ("职业中学", 0, ["1", "166", "34"]),
        ], [C("所", LV, OT, "2025"), C("人", LV, OT, "2025"), C("人", LV, OT, "2025")]),
        P("年末全县共有医疗卫生机构86个，其中医院3个，乡镇卫生院8个，村卫生室68个。医疗卫生机构床位412张，卫生技术人员"
          "468人，其中执业（助理）医师172人，注册护士198人。",
          ("86个", "个", LV, OT), ("3个", "个", LV, OT), ("8个", "个", LV, OT), ("68个", "个", LV, OT),
          ("412张", "张", LV, B), ("468人", "人", LV, OT), ("172人", "人", LV, OT), ("198人", "人", LV, OT)),
        H("九、社会保障和就业"),
        P("年末全县城乡居民基本养老保险参保人数2.36万人，城镇职工基本养老保险参保人数0.86万人。基本医疗保险参保人数"
          "3.82万人，参保率96.8%。全县城乡居民最低生活保障对象1286人，特困供养人员312人。",
          ("2.36万人", "人", LV, OT), ("0.86万人", "人", LV, OT), ("3.82万人", "人", LV, OT), ("96.8%", "%", LV, PC),
          ("1286人", "人", LV, OT), ("312人", "人", LV, OT)),
        P("全年城镇新增就业628人，年末城镇登记失业率3.12%。全年农村劳动力转移就业1.46万人，开展职业技能培训1862人次。",
          ("628人", "人", LV, J), ("3.12%", "%", LV, J), ("1.46万人", "人", LV, J), ("1862人次", "人次", LV, OT)),
        P("注：本公报数据为初步统计数；地区生产总值及各产业增加值绝对数按现价计算，增长速度按不变价格计算。"),
    ]),
    ("v2", "2026-10-22", "磐石市人力资源和社会保障局", "pypdfium2-bounded", "磐石市", Q3,
     "磐石市2026年第三季度就业和社会保障数据发布", "磐石市人力资源和社会保障局  2026年10月22日", [
        H("一、就业"),
        P("2026年第三季度，全市城镇新增就业1846人，同比增长3.6%；1—9月累计城镇新增就业5382人，完成全年目标任务的"
          "89.7%。三季度末，全市城镇登记失业人员3126人，城镇登记失业率3.18%。",
          ("1846人", "人", LV, J), ("3.6%", "%", CH, J), ("5382人", "人", LV, J, {"period": M9}),
          ("89.7%", "%", LV, J, {"period": M9}), ("3126人", "人", LV, J, {"period": SEP}),
          ("3.18%", "%", LV, J, {"period": SEP})),
        H("二、社会保险"),
        P("三季度末，全市基本养老保险参保人数28.64万人，比上年末增加0.36万人；其中，城镇职工基本养老保险参保人数9.42万人，"
          "城乡居民基本养老保险参保人数19.22万人。失业保险参保人数3.26万人，工伤保险参保人数4.18万人。",
          ("28.64万人", "人", LV, OT, {"period": SEP}), ("0.36万人", "人", CH, OT, {"period": SEP}),
          ("9.42万人", "人", LV, OT, {"period": SEP}), ("19.22万人", "人", LV, OT, {"period": SEP}),
          ("3.26万人", "人", LV, OT, {"period": SEP}), ("4.18万人", "人", LV, OT, {"period": SEP})),
        P("1—9月，全市社会保险基金收入18.36亿元，同比增长4.8%；基金支出17.12亿元，同比增长6.2%。",
          ("18.36亿元", "元", LV, M, {"period": M9}), ("4.8%", "%", CH, PC, {"period": M9}),
          ("17.12亿元", "元", LV, M, {"period": M9}), ("6.2%", "%", CH, PC, {"period": M9})),
        H("三、劳动关系"),
        P("第三季度，全市劳动人事争议仲裁机构受理案件126件，同比下降8.4%；审结118件，结案率93.7%。",
          ("126件", "件", LV, OT), ("8.4%", "%", CH, PC), ("118件", "件", LV, OT), ("93.7%", "%", LV, PC)),
        T("表1  2026年第三季度就业和社会保障主要指标", "",
          [["指标", "单位", "本期", "", "累计", ""], ["", "", "（7—9月）", "同比（%）", "（1—9月）", "同比（%）"]], [
            ("城镇新增就业", 0, ["人", "1846", "3.6", "5382", "2.9"], {"topic": J}),
            ("失业人员再就业", 0, ["人", "486", "5.2", "1362", "4.1"], {"topic": J}),
            ("就业困难人员就业", 0, ["人", "158", "-2.8", "436", "1.6"], {"topic": J}),
            ("农村劳动力转移就业", 0, ["万人", "1.26", "4.5", "3.84", "3.8"], {"topic": J}),
            ("社会保险基金收入", 0, ["亿元", "6.34", "5.1", "18.36", "4.8"]),
            ("社会保险基金支出", 0, ["亿元", "5.92", "6.6", "17.12", "6.2"]),
            ("劳动人事争议受理案件", 0, ["件", "126", "-8.4", "372", "-5.3"]),
            ("职业技能培训", 0, ["人次", "1268", "12.4", "3642", "9.7"]),
        ], ["unit", V(Q3), C("%", CH, PC, Q3), V(M9), C("%", CH, PC, M9)],
          note="注：本期为7—9月数据，累计为1—9月数据；同比为与上年同期相比的增减幅度。"),
    ]),
    ("v3", "2026-03-27", "石嘴山市惠农区教育体育局", "pdfplumber-tolerance", "惠农区", "2025",
     "惠农区2025年教育事业统计公报", "石嘴山市惠农区教育体育局  2026年3月27日", [
        H("一、总体情况"),
        P("2025年，全区共有各级各类学校58所（不含教学点），比上年减少2所；在校学生（含在园幼儿）3.20万人，比上年减少"
          "862人；教职工2964人，其中专任教师2498人。",
          ("58所", "所", LV, OT), ("2所", "所", CH, OT), ("3.20万人", "人", LV, OT), ("862人", "人", CH, OT),
          ("2964人", "人", LV, OT), ("2498人", "人", LV, OT)),
        H("二、学前教育"),
        P("全区共有幼儿园26所，其中公办幼儿园15所，普惠性民办幼儿园9所。在园幼儿6248人，比上年减少514人。幼儿园专任"
          "教师486人，生师比12.9:1。学前三年毛入园率93.6%，普惠性幼儿园覆盖率92.3%，比上年提高1.2个百分点。",
          ("26所", "所", LV, OT), ("15所", "所", LV, OT), ("9所", "所", LV, OT), ("6248人", "人", LV, OT),
          ("514人", "人", CH, OT), ("486人", "人", LV, OT), R("12.9:1"), ("93.6%", "%", LV, PC),
          ("92.3%", "%", LV, PC), ("1.2个百分点", "百分点", CH, PC)),
        H("三、义务教育"),
        P("全区共有小学18所，在校生12846人，招生2018人，毕业生2236人；专任教师986人，生师比13.0:1。初中8所（含九年一贯制"
          "学校2所），在校生6524人，招生2136人，毕业生2048人；专任教师562人，生师比11.6:1。九年义务教育巩固率98.6%。"
          "小学、初中体育运动场（馆）面积达标率分别为96.4%和100%。",
          ("18所", "所", LV, OT), ("12846人", "人", LV, OT), ("2018人", "人", LV, OT), ("2236人", "人", LV, OT),
          ("986人", "人", LV, OT), R("13.0:1"), ("8所", "所", LV, OT), ("2所", "所", LV, OT), ("6524人", "人", LV, OT),
          ("2136人", "人", LV, OT), ("2048人", "人", LV, OT), ("562人", "人", LV, OT), R("11.6:1"),
          ("98.6%", "%", LV, PC), ("96.4%", "%", LV, PC), ("100%", "%", LV, PC)),
        H("四、高中阶段教育"),
        P("全区共有普通高中3所，在校生4386人，招生1452人，专任教师318人，生师比13.8:1。中等职业学校2所，在校生1862人，"
          "专任教师124人。高中阶段毛入学率95.2%，比上年提高0.8个百分点。",
          ("3所", "所", LV, OT), ("4386人", "人", LV, OT), ("1452人", "人", LV, OT), ("318人", "人", LV, OT),
          R("13.8:1"), ("2所", "所", LV, OT), ("1862人", "人", LV, OT), ("124人", "人", LV, OT),
          ("95.2%", "%", LV, PC), ("0.8个百分点", "百分点", CH, PC)),
        H("五、特殊教育"),
        P("全区有特殊教育学校1所，在校生86人，专任教师22人。适龄残疾儿童少年义务教育入学率97.5%。",
          ("1所", "所", LV, OT), ("86人", "人", LV, OT), ("22人", "人", LV, OT), ("97.5%", "%", LV, PC)),
        T("表1  2025年各级各类学校基本情况", "", [["学校类别", "学校数", "在校生", "专任教师", "生师比"],
                                                 ["", "（所）", "（人）", "（人）", ""]], [
            ("幼儿园", 0, ["26", "6248", "486", "12.9:1"]),
            ("小学", 0, ["18", "12846", "986", "13.0:1"]),
            ("初中", 0, ["8", "6524", "562", "11.6:1"]),
            ("普通高中", 0, ["3", "4386", "318", "13.8:1"]),
            ("中等职业学校", 0, ["2", "1862", "124", "15.0:1"]),
            ("特殊教育学校", 0, ["1", "86", "22", "3.9:1"]),
        ], [C("所", LV, OT, "2025"), C("人", LV, OT, "2025"), C("人", LV, OT, "2025"), C("", LV, OT, "2025")],
          note="注：生师比为在校生数与专任教师数之比。"),
        H("六、教育经费和办学条件"),
        P("全区教育经费总投入6.84亿元，比上年增长3.2%，其中一般公共预算教育经费5.92亿元。全区中小学校舍建筑面积"
          "48.62万平方米，生均教学仪器设备值3862元。",
          ("6.84亿元", "元", LV, M), ("3.2%", "%", CH, PC), ("5.92亿元", "元", LV, M),
          ("48.62万平方米", "平方米", LV, OT), ("3862元", "元", LV, M)),
        T("表2  主要教育发展指标", "", [["指标", "2025年", "2024年"], ["", "（%）", "（%）"]], [
            ("学前三年毛入园率", 0, ["93.6", "92.8"]),
            ("九年义务教育巩固率", 0, ["98.6", "98.4"]),
            ("高中阶段毛入学率", 0, ["95.2", "94.4"]),
            ("适龄残疾儿童少年入学率", 0, ["97.5", "97.1"]),
        ], [C("%", LV, PC, "2025"), C("%", LV, PC, "2024")]),
    ]),
]


def gold(doc: str, place: str, year: str, blocks) -> list[dict]:
    """bulletins22's hand annotation, with a 生师比 (x:1) made optional and value-less: it is a ratio, not a count."""
    out = g22.gold(doc, place, year, blocks)
    for r in out:
        if ":" in r["quote"]:
            r.update(value=None, measure="", tier="optional")
    return out


def extract(pdf: Path, tool: str) -> str:
    """The text one real reader gives of the PDF."""
    if tool == "pdfplumber-tolerance":
        import pdfplumber

        with pdfplumber.open(pdf) as doc:
            return "\n".join((p.extract_text(x_tolerance=1.5, y_tolerance=2) or "") for p in doc.pages) + "\n"
    if tool == "pypdfium2-bounded":
        import pypdfium2

        doc = pypdfium2.PdfDocument(str(pdf))
        try:
            return "\n".join(doc[k].get_textpage().get_text_bounded() for k in range(len(doc))) + "\n"
        finally:
            doc.close()
    from pdfminer.high_level import extract_text
    from pdfminer.layout import LAParams

    return extract_text(str(pdf), laparams=LAParams(word_margin=0.2, char_margin=3.0, boxes_flow=0.2))


def main() -> None:
    docs = [(doc, pub, src, tool, place, title, byline, blocks) for doc, pub, src, tool, place, _y, title, byline, blocks
            in DOCS]
    years = {d[0]: d[5] for d in DOCS}
    g18.gold = lambda doc, place, blocks: gold(doc, place, years[doc], blocks)
    g18.typeset = g21.typeset
    g18.build(OUT, docs, extract)


if __name__ == "__main__":
    main()
