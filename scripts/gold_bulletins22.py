"""Build data/gold/bulletins22: three 2025/2026 bulletins of our own typeset as PDF and read back by the readers
earlier sets used least, in shapes they had few of.

The typesetting is bulletins21's (scripts/gold_bulletins21.py, itself bulletins18's: P/H blocks and tables with a
unit line, a two-line head, 其中 rows and a 注：; one PDF per bulletin with reportlab in invariant mode). New here:
rates per thousand (‰) and per 100 000 (1/10万) in prose and in a table whose rows are years (2023年/2024年/2025年,
each row's figures that year's) and whose heads carry the rate's base (孕产妇死亡率（1/10万）, 婴儿死亡率（‰）); a 统计月报
of 1—6月 with a two-column table (指标 | 绝对数 | 比上年同期增长%) whose row labels carry their own unit
(地区生产总值（亿元）, 城镇新增就业（人）) and whose 6月末 rows are of the month; and a 县 人社 bulletin with 基金收支 in
亿元, wages in 元 and 仲裁 cases in 件. Of the readers earlier bulletin sets used (counted over bulletins18…21:
pdfplumber extract_text() 2, pdfminer default 2, pdftotext 2, pypdfium2 2, pdftotext -layout 1, pdftotext -raw 1,
pdfplumber extract_text(layout=True) 1, pdfminer with changed margins 1), these use the ones used once:
pdfplumber's extract_text(layout=True), `pdftotext -raw` and `pdftotext -layout`, the first two with parameters no
set used (pdfplumber's x_density, pdftotext's -nopgbrk). The gold file is written from the hand annotation below,
never from what stats extracts.

    .venv/bin/python scripts/gold_bulletins22.py      # writes data/gold/bulletins22/{texts,bulletins22.jsonl}
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
import gold_bulletins18 as g18  # noqa: E402
import gold_bulletins21 as g21  # noqa: E402

P, H, C = g18.P, g18.H, g18.C

OUT = ROOT / "data" / "gold" / "bulletins22"
MAG = {"万": 10**4, "亿": 10**8, "千": 10**3}

# a 单位 cell or a row label's （unit）: (measure, magnitude, topic)
UNITS = {"亿元": ("元", 10**8, "money"), "万元": ("元", 10**4, "money"), "元": ("元", 1, "money"),
         "万人": ("人", 10**4, "other"), "人": ("人", 1, "other"), "万人次": ("人次", 10**4, "other"),
         "个": ("个", 1, "other"), "张": ("张", 1, "beds"), "%": ("%", 1, "percent"), "天": ("天", 1, "other"),
         "万平方米": ("平方米", 10**4, "other")}


def T(title, unit, head, rows, cols, note="", figs=()):
    """A table: rows (label, indent, cells[, opts]); opts may give the row's `unit` (a key of UNITS, for a value
    column whose measure is None), `period`, `topic` or `tier`."""
    return ("t", (title, unit, head, rows, cols, note, 0), (figs, {}))


def V(period=None):
    """A value column whose unit is the row's (a 单位 cell or the label's （亿元）); period None: the row's."""
    return {"measure": None, "role": "level", "topic": None, "period": period, "mag": 1}


def _value(quote: str) -> int | float:
    m = re.match(r"-?[\d.]+", quote)
    assert m is not None
    rest = quote[m.end():]
    return g18.exact_num(m.group(), next((f for k, f in MAG.items() if rest.startswith(k)), 1))


def gold(doc: str, place: str, year: str, blocks) -> list[dict]:
    """The hand annotation of one bulletin as gold records."""
    out: list[dict] = []

    def add(quote, value, measure, role, topic, period, qualifier, tier, context):
        out.append({"doc": doc, "quote": quote, "value": value, "value_high": None, "measure": measure,
                    "qualifier": qualifier, "role": role, "topic": topic, "tier": tier, "context": context,
                    "place": place, "period": period})

    def prose(body, figs):
        pos = 0
        for f in figs:
            quote, measure, role, topic = f[:4]
            rest = dict(f[4]) if len(f) > 4 else {}
            i = body.index(quote, pos)
            pos = i + len(quote)
            add(quote, _value(quote), measure, role, topic, rest.get("period", year), rest.get("qualifier", "exact"),
                rest.get("tier", "must"), body[max(0, i - 20):pos + 12])

    for kind, body, extra in blocks:
        if kind == "p":
            prose(body, extra)
        elif kind == "t":
            _title, _unit, _head, rows, cols, note, _cont = body
            note_figs, _places = extra
            for label, _ind, cells, *own in rows:
                opts = own[0] if own else {}
                ctx = label + " " + " ".join(cells)
                unit = opts.get("unit")
                for spec, cell in zip(cols, cells, strict=True):
                    if spec == "unit":
                        unit = cell
                        continue
                    if spec is None or cell == "—":
                        continue
                    period = spec["period"] or opts["period"]
                    if spec["measure"] is None:
                        measure, mag, topic = UNITS[unit]
                        role = spec["role"]
                    else:
                        measure, mag, topic, role = spec["measure"], spec["mag"], spec["topic"], spec["role"]
                    add(cell, g18.exact_num(cell, mag), measure, role, opts.get("topic", topic), period, "exact",
                        opts.get("tier", "must"), ctx)
            prose(note, note_figs)
    return out


B = "beds"
OT = "other"
PC = "percent"
M = "money"
J = "jobs"
LV, CH = "level", "change"
OPT = {"tier": "optional"}
H1, M6, JUN = "2026H1", "2026M01-M06", "2026-06"

DOCS = [
    ("u1", "2026-05-20", "漳平市卫生健康局", "pdfplumber-layout", "漳平市", "2025",
     "漳平市2025年卫生健康事业发展统计公报", "漳平市卫生健康局  2026年5月20日", [
        H("一、医疗卫生资源"),
        P("（一）医疗卫生机构。2025年末，全市共有医疗卫生机构286个，比上年增加4个。其中，医院11个，基层医疗卫生机构"
          "268个，专业公共卫生机构6个，其他医疗卫生机构1个。医院中，公立医院5个，民营医院6个。基层医疗卫生机构中，"
          "社区卫生服务中心（站）9个，乡镇卫生院14个，村卫生室218个，诊所和医务室27个。",
          ("286个", "个", LV, OT), ("4个", "个", CH, OT), ("11个", "个", LV, OT), ("268个", "个", LV, OT),
          ("6个", "个", LV, OT), ("1个", "个", LV, OT), ("5个", "个", LV, OT), ("6个", "个", LV, OT),
          ("9个", "个", LV, OT), ("14个", "个", LV, OT), ("218个", "个", LV, OT), ("27个", "个", LV, OT)),
        P("（二）床位数。年末全市医疗卫生机构床位2136张，其中医院1682张（占78.7%），基层医疗卫生机构398张（占18.6%），"
          "专业公共卫生机构56张。与上年比较，床位增加87张，其中医院床位增加72张。每千常住人口医疗卫生机构床位数8.14张。",
          ("2136张", "张", LV, B), ("1682张", "张", LV, B), ("78.7%", "%", LV, PC), ("398张", "张", LV, B),
          ("18.6%", "%", LV, PC), ("56张", "张", LV, B), ("87张", "张", CH, B), ("72张", "张", CH, B),
          ("8.14张", "张", LV, B)),
        P("（三）卫生人员。年末全市卫生人员总数3318人，其中卫生技术人员2694人，乡村医生和卫生员236人，其他技术人员"
          "118人，管理人员97人，工勤技能人员173人。卫生技术人员中，执业（助理）医师1046人，注册护士1218人。每千常住"
          "人口执业（助理）医师3.99人，每千常住人口注册护士4.64人。",
          ("3318人", "人", LV, OT), ("2694人", "人", LV, OT), ("236人", "人", LV, OT), ("118人", "人", LV, OT),
          ("97人", "人", LV, OT), ("173人", "人", LV, OT), ("1046人", "人", LV, OT), ("1218人", "人", LV, OT),
          ("3.99人", "人", LV, OT), ("4.64人", "人", LV, OT)),
        T("表1  2025年末医疗卫生机构、床位、人员数", "",
          [["机构类别", "机构数", "床位数", "卫生技术人员"], ["", "（个）", "（张）", "（人）"]], [
            ("总计", 0, ["286", "2136", "2694"]),
            ("医院", 0, ["11", "1682", "1852"]),
            ("其中：公立医院", 1, ["5", "1214", "1436"]),
            ("民营医院", 2, ["6", "468", "416"]),
            ("基层医疗卫生机构", 0, ["268", "398", "702"]),
            ("其中：乡镇卫生院", 1, ["14", "342", "386"]),
            ("村卫生室", 2, ["218", "—", "214"]),
            ("专业公共卫生机构", 0, ["6", "56", "128"]),
            ("其他机构", 0, ["1", "—", "12"]),
        ], [C("个", LV, OT, "2025"), C("张", LV, B, "2025"), C("人", LV, OT, "2025")],
          note="注：床位数为实有床位数；卫生技术人员含执业（助理）医师、注册护士、药师（士）、技师（士）等。"),
        H("二、医疗服务"),
        P("（一）门诊和住院。全年全市医疗卫生机构总诊疗人次186.42万人次，比上年增长4.3%。其中，医院诊疗人次92.68万"
          "人次，基层医疗卫生机构诊疗人次87.15万人次。全年居民平均到医疗卫生机构就诊6.9次。全年全市医疗卫生机构入院"
          "人数6.84万人，比上年增长2.6%；出院人数6.79万人。",
          ("186.42万人次", "人次", LV, OT), ("4.3%", "%", CH, PC), ("92.68万人次", "人次", LV, OT),
          ("87.15万人次", "人次", LV, OT), ("6.9次", "次", LV, OT), ("6.84万人", "人", LV, OT), ("2.6%", "%", CH, PC),
          ("6.79万人", "人", LV, OT)),
        P("（二）病床使用。全年全市医院病床使用率76.8%，比上年提高1.4个百分点；其中公立医院病床使用率82.3%。乡镇卫生院"
          "病床使用率54.6%。医院出院者平均住院日8.2天，比上年缩短0.4天。",
          ("76.8%", "%", LV, PC), ("1.4个百分点", "百分点", CH, PC), ("82.3%", "%", LV, PC), ("54.6%", "%", LV, PC),
          ("8.2天", "天", LV, OT, OPT), ("0.4天", "天", CH, OT, OPT)),
        T("表2  2025年医疗服务主要指标", "", [["指标", "单位", "2025年", "2024年"], ["", "", "", ""]], [
            ("总诊疗人次", 0, ["万人次", "186.42", "178.73"]),
            ("其中：医院", 1, ["万人次", "92.68", "88.91"]),
            ("入院人数", 0, ["万人", "6.84", "6.67"]),
            ("出院人数", 0, ["万人", "6.79", "6.61"]),
            ("医院病床使用率", 0, ["%", "76.8", "75.4"]),
            ("医院出院者平均住院日", 0, ["天", "8.2", "8.6"], OPT),
        ], ["unit", V("2025"), V("2024")]),
        H("三、妇幼卫生"),
        P("全年全市活产数9416人。孕产妇死亡率10.62/10万，婴儿死亡率2.12‰，5岁以下儿童死亡率3.08‰。孕产妇系统管理率"
          "95.86%，3岁以下儿童系统管理率94.32%，住院分娩率100%。",
          ("9416人", "人", LV, OT), ("10.62/10万", "/10万", LV, OT), ("2.12‰", "‰", LV, PC), ("3.08‰", "‰", LV, PC),
          ("95.86%", "%", LV, PC), ("94.32%", "%", LV, PC), ("100%", "%", LV, PC)),
        T("表3  2023—2025年妇幼卫生主要指标", "",
          [["年份", "孕产妇死亡率", "婴儿死亡率", "5岁以下儿童"], ["", "（1/10万）", "（‰）", "死亡率（‰）"]], [
            ("2023年", 0, ["21.05", "2.86", "3.94"], {"period": "2023"}),
            ("2024年", 0, ["10.38", "2.47", "3.51"], {"period": "2024"}),
            ("2025年", 0, ["10.62", "2.12", "3.08"], {"period": "2025"}),
        ], [C("/10万", LV, OT, None), C("‰", LV, PC, None), C("‰", LV, PC, None)],
          note="注：孕产妇死亡率按每10万活产计算，婴儿死亡率和5岁以下儿童死亡率按每千活产计算。"),
        H("四、疾病预防控制"),
        P("全年全市甲乙类法定传染病报告发病率为168.3/10万，比上年下降5.2%。全市适龄儿童国家免疫规划疫苗接种率保持在"
          "95%以上。年末全市65岁及以上老年人健康管理人数3.12万人，高血压患者规范管理人数2.46万人，2型糖尿病患者规范"
          "管理人数0.87万人。",
          ("168.3/10万", "/10万", LV, OT), ("5.2%", "%", CH, PC), ("95%以上", "%", LV, PC, {"qualifier": "lower_bound"}),
          ("65岁及以上", "岁", LV, OT, {"qualifier": "lower_bound", "tier": "optional"}),
          ("3.12万人", "人", LV, OT), ("2.46万人", "人", LV, OT), ("0.87万人", "人", LV, OT)),
    ]),
    ("u2", "2026-04-28", "将乐县人力资源和社会保障局", "pdftotext-raw", "将乐县", "2025",
     "将乐县2025年人力资源和社会保障事业发展统计公报", "将乐县人力资源和社会保障局  2026年4月28日", [
        H("一、就业"),
        P("全年全县城镇新增就业2386人，完成年度目标任务的119.3%；城镇失业人员再就业724人，就业困难人员实现就业213人。"
          "年末全县城镇登记失业人员1092人，城镇登记失业率2.86%。全年新增农村劳动力转移就业1648人，年末农村劳动力转移"
          "就业总量4.37万人。",
          ("2386人", "人", LV, J), ("119.3%", "%", LV, J), ("724人", "人", LV, J), ("213人", "人", LV, J),
          ("1092人", "人", LV, J), ("2.86%", "%", LV, J), ("1648人", "人", LV, J), ("4.37万人", "人", LV, J)),
        P("全年组织职业技能培训4126人次，发放就业补助资金1862万元，发放创业担保贷款1.35亿元，扶持创业312人，带动就业"
          "986人。",
          ("4126人次", "人次", LV, OT), ("1862万元", "元", LV, M), ("1.35亿元", "元", LV, M), ("312人", "人", LV, J),
          ("986人", "人", LV, J)),
        H("二、社会保险"),
        P("年末全县基本养老保险参保人数11.26万人，比上年末增加0.18万人。其中，城镇职工基本养老保险参保人数2.37万人，"
          "城乡居民基本养老保险参保人数8.89万人。年末失业保险参保人数1.28万人，工伤保险参保人数1.76万人。",
          ("11.26万人", "人", LV, OT), ("0.18万人", "人", CH, OT), ("2.37万人", "人", LV, OT), ("8.89万人", "人", LV, OT),
          ("1.28万人", "人", LV, OT), ("1.76万人", "人", LV, OT)),
        P("全年全县社会保险基金总收入9.46亿元，比上年增长5.8%；基金总支出8.73亿元，增长7.2%；年末基金累计结余"
          "12.58亿元。",
          ("9.46亿元", "元", LV, M), ("5.8%", "%", CH, PC), ("8.73亿元", "元", LV, M), ("7.2%", "%", CH, PC),
          ("12.58亿元", "元", LV, M)),
        T("表1  2025年社会保险基金收支情况", "单位：亿元",
          [["险种", "基金收入", "基金支出", "年末累计结余"], ["", "", "", ""]], [
            ("合计", 0, ["9.46", "8.73", "12.58"]),
            ("城镇职工基本养老保险", 0, ["5.62", "5.41", "6.37"]),
            ("城乡居民基本养老保险", 0, ["1.95", "1.58", "4.12"]),
            ("机关事业单位养老保险", 0, ["1.48", "1.42", "0.86"]),
            ("失业保险", 0, ["0.21", "0.16", "0.75"]),
            ("工伤保险", 0, ["0.20", "0.16", "0.48"]),
        ], [C("元", LV, M, "2025", 10**8), C("元", LV, M, "2025", 10**8), C("元", LV, M, "2025", 10**8)],
          note="注：基金收入含财政补贴收入，年末累计结余为滚存结余。"),
        H("三、工资"),
        P("2025年全县城镇非私营单位在岗职工年平均工资98642元，比上年增长4.6%；城镇私营单位就业人员年平均工资56318元，"
          "增长3.2%。全县最低月工资标准为1960元，非全日制用工小时最低工资标准为20.5元。",
          ("98642元", "元", LV, M), ("4.6%", "%", CH, PC), ("56318元", "元", LV, M), ("3.2%", "%", CH, PC),
          ("1960元", "元", LV, M), ("20.5元", "元", LV, M)),
        T("表2  2024—2025年职工年平均工资", "单位：元",
          [["指标", "2025年", "2024年", "比上年"], ["", "", "", "增长（%）"]], [
            ("城镇非私营单位在岗职工", 0, ["98642", "94304", "4.6"]),
            ("其中：国有单位", 1, ["112836", "107154", "5.3"]),
            ("城镇私营单位就业人员", 0, ["56318", "54572", "3.2"]),
        ], [C("元", LV, M, "2025"), C("元", LV, M, "2024"), C("%", CH, PC, "2025")]),
        H("四、劳动关系"),
        P("全年全县劳动人事争议调解仲裁机构共处理争议案件486件，涉及劳动者623人，涉案金额1286万元。其中，仲裁机构"
          "立案受理案件312件，审结298件，仲裁结案率95.5%。全年劳动保障监察机构主动检查用人单位416户，为287名劳动者"
          "追讨工资等待遇682万元。",
          ("486件", "件", LV, OT), ("623人", "人", LV, OT), ("1286万元", "元", LV, M), ("312件", "件", LV, OT),
          ("298件", "件", LV, OT), ("95.5%", "%", LV, PC), ("416户", "户", LV, OT), ("287名", "名", LV, OT),
          ("682万元", "元", LV, M)),
    ]),
    ("u3", "2026-07-20", "清镇市统计局", "pdftotext-layout", "清镇市", H1,
     "清镇市统计月报（2026年6月）", "清镇市统计局  2026年7月20日", [
        H("一、地区生产总值"),
        P("上半年，全市地区生产总值186.35亿元，按不变价格计算，同比增长5.6%。其中，第一产业增加值14.28亿元，增长"
          "4.1%；第二产业增加值78.62亿元，增长6.3%；第三产业增加值93.45亿元，增长5.2%。",
          ("186.35亿元", "元", LV, M), ("5.6%", "%", CH, PC), ("14.28亿元", "元", LV, M), ("4.1%", "%", CH, PC),
          ("78.62亿元", "元", LV, M), ("6.3%", "%", CH, PC), ("93.45亿元", "元", LV, M), ("5.2%", "%", CH, PC)),
        H("二、工业和投资"),
        P("1—6月，全市规模以上工业增加值同比增长7.4%，其中6月当月增长8.1%。规模以上工业企业实现营业收入216.84亿元，"
          "增长6.9%。全市固定资产投资同比增长4.2%，其中工业投资增长12.6%，房地产开发投资下降8.7%。商品房销售面积"
          "28.46万平方米，下降6.3%。",
          ("7.4%", "%", CH, PC, {"period": M6}), ("8.1%", "%", CH, PC, {"period": JUN}),
          ("216.84亿元", "元", LV, M, {"period": M6}), ("6.9%", "%", CH, PC, {"period": M6}),
          ("4.2%", "%", CH, PC, {"period": M6}), ("12.6%", "%", CH, PC, {"period": M6}),
          ("8.7%", "%", CH, PC, {"period": M6}), ("28.46万平方米", "平方米", LV, OT, {"period": M6}),
          ("6.3%", "%", CH, PC, {"period": M6})),
        H("三、消费、金融和财政"),
        P("1—6月，全市社会消费品零售总额68.92亿元，同比增长5.3%。6月末，全市金融机构人民币各项存款余额512.36亿元，"
          "比年初增长6.8%；各项贷款余额638.47亿元，比年初增长7.5%。1—6月，全市一般公共预算收入12.64亿元，同比增长"
          "3.6%，其中税收收入8.92亿元，增长2.1%；一般公共预算支出21.38亿元，增长4.8%。",
          ("68.92亿元", "元", LV, M, {"period": M6}), ("5.3%", "%", CH, PC, {"period": M6}),
          ("512.36亿元", "元", LV, M, {"period": JUN}), ("6.8%", "%", CH, PC, {"period": JUN}),
          ("638.47亿元", "元", LV, M, {"period": JUN}), ("7.5%", "%", CH, PC, {"period": JUN}),
          ("12.64亿元", "元", LV, M, {"period": M6}), ("3.6%", "%", CH, PC, {"period": M6}),
          ("8.92亿元", "元", LV, M, {"period": M6}), ("2.1%", "%", CH, PC, {"period": M6}),
          ("21.38亿元", "元", LV, M, {"period": M6}), ("4.8%", "%", CH, PC, {"period": M6})),
        H("四、居民收入和就业"),
        P("上半年，全市全体居民人均可支配收入21846元，同比增长5.9%。其中，城镇居民人均可支配收入26384元，增长4.7%；"
          "农村居民人均可支配收入13562元，增长6.8%。1—6月，全市城镇新增就业4286人，同比增加312人；6月末城镇登记"
          "失业率2.68%。",
          ("21846元", "元", LV, M), ("5.9%", "%", CH, PC), ("26384元", "元", LV, M), ("4.7%", "%", CH, PC),
          ("13562元", "元", LV, M), ("6.8%", "%", CH, PC), ("4286人", "人", LV, J, {"period": M6}),
          ("312人", "人", CH, J, {"period": M6}), ("2.68%", "%", LV, J, {"period": JUN})),
        T("表1  2026年1—6月主要经济指标", "", [["指标", "1—6月", "比上年同期"], ["", "绝对数", "增长（%）"]], [
            ("地区生产总值（亿元）", 0, ["186.35", "5.6"], {"unit": "亿元", "period": H1}),
            ("其中：第一产业增加值（亿元）", 1, ["14.28", "4.1"], {"unit": "亿元", "period": H1}),
            ("第二产业增加值（亿元）", 2, ["78.62", "6.3"], {"unit": "亿元", "period": H1}),
            ("第三产业增加值（亿元）", 2, ["93.45", "5.2"], {"unit": "亿元", "period": H1}),
            ("规模以上工业增加值（亿元）", 0, ["—", "7.4"], {"unit": "亿元", "period": M6}),
            ("规模以上工业营业收入（亿元）", 0, ["216.84", "6.9"], {"unit": "亿元", "period": M6}),
            ("固定资产投资（亿元）", 0, ["—", "4.2"], {"unit": "亿元", "period": M6}),
            ("其中：工业投资（亿元）", 1, ["—", "12.6"], {"unit": "亿元", "period": M6}),
            ("房地产开发投资（亿元）", 2, ["—", "-8.7"], {"unit": "亿元", "period": M6}),
            ("商品房销售面积（万平方米）", 0, ["28.46", "-6.3"], {"unit": "万平方米", "period": M6}),
            ("社会消费品零售总额（亿元）", 0, ["68.92", "5.3"], {"unit": "亿元", "period": M6}),
            ("一般公共预算收入（亿元）", 0, ["12.64", "3.6"], {"unit": "亿元", "period": M6}),
            ("其中：税收收入（亿元）", 1, ["8.92", "2.1"], {"unit": "亿元", "period": M6}),
            ("一般公共预算支出（亿元）", 0, ["21.38", "4.8"], {"unit": "亿元", "period": M6}),
            ("6月末存款余额（亿元）", 0, ["512.36", "9.2"], {"unit": "亿元", "period": JUN}),
            ("6月末贷款余额（亿元）", 0, ["638.47", "10.4"], {"unit": "亿元", "period": JUN}),
            ("城镇新增就业（人）", 0, ["4286", "7.9"], {"unit": "人", "period": M6, "topic": J}),
            ("城镇居民人均可支配收入（元）", 0, ["26384", "4.7"], {"unit": "元", "period": H1}),
            ("农村居民人均可支配收入（元）", 0, ["13562", "6.8"], {"unit": "元", "period": H1}),
        ], [V(), C("%", CH, PC, None)],
          note="注：地区生产总值为季度核算数，增长速度按不变价格计算；存贷款余额增速为比上年同期增长。"),
    ]),
]


def extract(pdf: Path, tool: str) -> str:
    """The text one real reader gives of the PDF."""
    if tool == "pdfplumber-layout":
        import pdfplumber

        with pdfplumber.open(pdf) as doc:
            return "\n".join((p.extract_text(layout=True, x_density=5) or "") for p in doc.pages) + "\n"
    flags = ["-raw", "-nopgbrk"] if tool == "pdftotext-raw" else ["-layout"]
    return subprocess.run(["pdftotext", *flags, "-enc", "UTF-8", str(pdf), "-"], check=True, capture_output=True,
                          text=True).stdout


def main() -> None:
    docs = [(doc, pub, src, tool, place, title, byline, blocks) for doc, pub, src, tool, place, _y, title, byline, blocks
            in DOCS]
    years = {d[0]: d[5] for d in DOCS}
    g18.gold = lambda doc, place, blocks: gold(doc, place, years[doc], blocks)
    g18.typeset = g21.typeset
    g18.build(OUT, docs, extract)


if __name__ == "__main__":
    main()
