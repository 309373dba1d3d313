"""Build data/gold/bulletins20: three 2024/2025 statistical bulletins of our own typeset as PDF and read back by the
readers earlier sets used least, in table shapes they had few of.

The typesetting is bulletins18's (scripts/gold_bulletins18.py: P/H blocks, tables typeset by its `table`, one PDF per
bulletin with reportlab in invariant mode); the readers are pdfminer's extract_text() with its default LAParams,
plain `pdftotext` (reading order, no -layout) and `pdftotext -raw` (content-stream order). New here: a table's rows may
be places (a 分县（市、区） table: each row's figures are that county's, the 全市 row the city's), a row may carry its
own unit column (指标/单位/绝对数/比上年增长%) with its own topic (a 就业 row is `jobs`), a bulletin's year may be 2024,
and a table's 注： may hold a figure of its own. The gold file is written from the hand annotation below, never from
what stats extracts.

    .venv/bin/python scripts/gold_bulletins20.py      # writes data/gold/bulletins20/{texts,bulletins20.jsonl}
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

sys.path.insert(0, str(ROOT / "scripts"))
import gold_bulletins18 as g18  # noqa: E402

P, H, C = g18.P, g18.H, g18.C

OUT = ROOT / "data" / "gold" / "bulletins20"
MAG = {"万": 10**4, "亿": 10**8, "千": 10**3}

# a 单位 cell: (measure, magnitude, topic)
UNITS = {"亿元": ("元", 10**8, "money"), "万元": ("元", 10**4, "money"), "元": ("元", 1, "money"),
         "万人": ("人", 10**4, "other"), "人": ("人", 1, "other"), "万人次": ("人次", 10**4, "other"),
         "个": ("个", 1, "other"), "张": ("张", 1, "beds"), "%": ("%", 1, "percent")}


def T(title, unit, head, rows, cols, note="", figs=(), places=None):
    """A table as bulletins18 typesets it; `figs` are the figures of its 注： (as a paragraph's), `places` maps a
    row label to the place its figures are of (a 分地区 table)."""
    return ("t", (title, unit, head, rows, cols, note), (figs, places or {}))


_num = g18.exact_num


def _value(quote: str) -> int | float:
    num = "".join(ch for ch in quote if ch.isdigit() or ch in ".-")
    k = len(num)
    return _num(num, next((f for m, f in MAG.items() if quote[k:].startswith(m)), 1))


def gold(doc: str, place: str, year: str, blocks) -> list[dict]:
    """The hand annotation of one bulletin as gold records."""
    out: list[dict] = []

    def add(quote, value, measure, role, topic, period, qualifier, tier, context, where):
        out.append({"doc": doc, "quote": quote, "value": value, "value_high": None, "measure": measure,
                    "qualifier": qualifier, "role": role, "topic": topic, "tier": tier, "context": context,
                    "place": where, "period": period})

    def prose(body, figs):
        pos = 0
        for f in figs:
            quote, measure, role, topic = f[:4]
            rest = dict(f[4]) if len(f) > 4 else {}
            i = body.index(quote, pos)
            pos = i + len(quote)
            add(quote, _value(quote), measure, role, topic, rest.get("period", year), rest.get("qualifier", "exact"),
                rest.get("tier", "must"), body[max(0, i - 20):pos + 12], rest.get("place", place))

    for kind, body, extra in blocks:
        if kind == "p":
            prose(body, extra)
        elif kind == "t":
            title, _unit, _head, rows, cols, note = body
            note_figs, places = extra
            for label, _ind, cells, *own in rows:
                opts = own[0] if own else {}
                where = places.get(label, place)
                ctx = label + " " + " ".join(cells)
                unit_cell = None
                for spec, cell in zip(cols, cells, strict=True):
                    if spec == "unit":
                        unit_cell = cell
                        continue
                    if spec is None or cell == "—":
                        continue
                    topic = opts.get("topic", spec["topic"]) if spec["role"] == "level" else \
                        ("jobs" if opts.get("topic") == "jobs" else spec["topic"])
                    add(cell, _num(cell, spec["mag"]), spec["measure"], spec["role"], topic, spec["period"], "exact",
                        "must", ctx, where)
                if unit_cell is not None and cells[1] != "—":
                    measure, mag, topic = UNITS[unit_cell]
                    add(cells[1], _num(cells[1], mag), measure, "level", opts.get("topic", topic), year, "exact",
                        "must", ctx, where)
            prose(note, note_figs)
    return out


J = {"topic": "jobs"}
SQ = {"全市": "商丘市", "梁园区": "梁园区", "睢阳区": "睢阳区", "民权县": "民权县", "睢县": "睢县", "宁陵县": "宁陵县",
      "柘城县": "柘城县", "虞城县": "虞城县", "夏邑县": "夏邑县", "永城市": "永城市"}

DOCS = [
    ("t1", "2026-04-15", "商丘市统计局", "pdfminer", "商丘市", "2025", "商丘市2025年国民经济和社会发展统计公报（节选）",
     "商丘市统计局  2026年4月15日", [
        P("2025年，全市坚持稳中求进工作总基调，着力扩大内需、稳定就业、保障民生，经济社会发展保持总体平稳。"),
        H("一、综合"),
        P("初步核算，全年全市地区生产总值3286.45亿元，按不变价格计算，比上年增长5.7%。年末全市常住人口768.52万人，"
          "比上年末减少3.16万人，其中城镇常住人口362.84万人，常住人口城镇化率47.21%，比上年末提高1.05个百分点。",
          ("3286.45亿元", "元", "level", "money"), ("5.7%", "%", "change", "percent"),
          ("768.52万人", "人", "level", "other"), ("3.16万人", "人", "change", "other"),
          ("362.84万人", "人", "level", "other"), ("47.21%", "%", "level", "percent"),
          ("1.05个百分点", "百分点", "change", "percent")),
        H("二、财政"),
        P("全年全市一般公共预算收入215.63亿元，比上年增长4.1%，其中税收收入138.27亿元，增长2.6%，税收占一般公共预算"
          "收入的比重为64.1%。一般公共预算支出612.38亿元，增长3.5%。其中，教育支出128.46亿元，增长5.2%；社会保障和"
          "就业支出96.75亿元，增长7.8%；卫生健康支出68.14亿元，下降1.9%。",
          ("215.63亿元", "元", "level", "money"), ("4.1%", "%", "change", "percent"),
          ("138.27亿元", "元", "level", "money"), ("2.6%", "%", "change", "percent"),
          ("64.1%", "%", "level", "percent"), ("612.38亿元", "元", "level", "money"),
          ("3.5%", "%", "change", "percent"), ("128.46亿元", "元", "level", "money"),
          ("5.2%", "%", "change", "percent"), ("96.75亿元", "元", "level", "money"),
          ("7.8%", "%", "change", "percent"), ("68.14亿元", "元", "level", "money"),
          ("1.9%", "%", "change", "percent")),
        T("表1  2025年分县（市、区）一般公共预算收支", "单位：亿元",
          [["县（市、区）", "一般公共预算收入", "", "一般公共预算支出"], ["", "绝对数", "比上年增长（%）", "绝对数"]], [
            ("全市", 0, ["215.63", "4.1", "612.38"]),
            ("梁园区", 0, ["14.82", "3.6", "38.64"]),
            ("睢阳区", 0, ["12.57", "2.9", "35.21"]),
            ("民权县", 0, ["17.36", "5.3", "52.87"]),
            ("睢县", 0, ["13.48", "4.4", "47.62"]),
            ("宁陵县", 0, ["9.26", "3.1", "36.45"]),
            ("柘城县", 0, ["16.74", "6.2", "50.38"]),
            ("虞城县", 0, ["18.95", "4.8", "61.27"]),
            ("夏邑县", 0, ["15.83", "3.7", "58.96"]),
            ("永城市", 0, ["41.27", "5.6", "89.43"]),
        ], [C("元", "level", "money", "2025", 10**8), C("%", "change", "percent", "2025"),
            C("元", "level", "money", "2025", 10**8)],
          note="注：全市合计含市本级及各功能区，分县（市、区）数据不含功能区。", places=SQ),
        P("永城市一般公共预算收入居全市首位，占全市的19.1%。",
          ("19.1%", "%", "level", "percent", {"place": "永城市"})),
        H("三、就业"),
        P("全年全市城镇新增就业7.86万人，完成年度目标的112.3%；失业人员再就业2.14万人，就业困难人员实现就业0.73万人。"
          "年末城镇登记失业率3.42%。全年新增农村劳动力转移就业6.58万人，年末农村劳动力转移就业总量达到312.46万人。",
          ("7.86万人", "人", "level", "jobs"), ("112.3%", "%", "level", "jobs"), ("2.14万人", "人", "level", "jobs"),
          ("0.73万人", "人", "level", "jobs"), ("3.42%", "%", "level", "jobs"), ("6.58万人", "人", "level", "jobs"),
          ("312.46万人", "人", "level", "jobs")),
        T("表2  2025年就业和社会保障主要指标", "", [["指标", "单位", "绝对数", "比上年"], ["", "", "", "增长（%）"]], [
            ("城镇新增就业", 0, ["万人", "7.86", "2.9"], J),
            ("其中：失业人员再就业", 1, ["万人", "2.14", "-1.4"], J),
            ("年末城镇登记失业率", 0, ["%", "3.42", "—"], J),
            ("年末城镇职工基本养老保险参保人数", 0, ["万人", "112.65", "3.8"]),
            ("年末城乡居民基本养老保险参保人数", 0, ["万人", "486.32", "0.6"]),
            ("年末基本医疗保险参保人数", 0, ["万人", "742.18", "-0.8"]),
            ("年末失业保险参保人数", 0, ["万人", "48.27", "2.5"]),
            ("年末工伤保险参保人数", 0, ["万人", "61.93", "4.1"]),
            ("年末城市最低生活保障人数", 0, ["万人", "2.86", "-3.4"]),
            ("年末农村最低生活保障人数", 0, ["万人", "21.47", "-2.2"]),
        ], ["unit", None, C("%", "change", "percent", "2025")],
          note="注：参保人数、低保人数为年末数，新增就业、再就业人数为全年累计数。"),
        H("四、社会保障"),
        P("年末全市参加城镇职工基本养老保险人数112.65万人，比上年末增加4.12万人；参加城乡居民基本养老保险人数"
          "486.32万人。参加基本医疗保险人数742.18万人，其中参加职工基本医疗保险人数86.54万人。全年为2.86万名城市居民"
          "和21.47万名农村居民发放最低生活保障资金9.64亿元。全年新增城市低保对象1260人。",
          ("112.65万人", "人", "level", "other"), ("4.12万人", "人", "change", "other"),
          ("486.32万人", "人", "level", "other"), ("742.18万人", "人", "level", "other"),
          ("86.54万人", "人", "level", "other"), ("2.86万名", "名", "level", "other"),
          ("21.47万名", "名", "level", "other"), ("9.64亿元", "元", "level", "money"),
          ("1260人", "人", "level", "other")),
        H("五、卫生健康"),
        P("年末全市共有医疗卫生机构7215个，其中医院168个，基层医疗卫生机构6962个。医疗卫生机构床位5.86万张，比上年末"
          "增长3.7%，其中医院床位4.62万张。卫生技术人员6.43万人，其中执业（助理）医师2.48万人，注册护士2.87万人。"
          "全年医疗卫生机构总诊疗人次4186.3万人次，增长2.4%。",
          ("7215个", "个", "level", "other"), ("168个", "个", "level", "other"), ("6962个", "个", "level", "other"),
          ("5.86万张", "张", "level", "beds"), ("3.7%", "%", "change", "percent"), ("4.62万张", "张", "level", "beds"),
          ("6.43万人", "人", "level", "other"), ("2.48万人", "人", "level", "other"),
          ("2.87万人", "人", "level", "other"), ("4186.3万人次", "人次", "level", "other"),
          ("2.4%", "%", "change", "percent")),
        T("表3  2025年末分县（市、区）医疗卫生资源", "",
          [["县（市、区）", "医疗卫生机构", "床位数", "卫生技术人员", "每千人口床位"],
           ["", "（个）", "（张）", "（人）", "（张）"]], [
            ("全市", 0, ["7215", "58600", "64300", "7.62"]),
            ("梁园区", 0, ["486", "9820", "11250", "11.86"]),
            ("睢阳区", 0, ["512", "7340", "8160", "8.95"]),
            ("民权县", 0, ["728", "5160", "5480", "6.18"]),
            ("睢县", 0, ["654", "4380", "4620", "5.87"]),
            ("宁陵县", 0, ["521", "3270", "3410", "6.02"]),
            ("柘城县", 0, ["716", "4850", "5230", "5.74"]),
            ("虞城县", 0, ["892", "5960", "6370", "5.92"]),
            ("夏邑县", 0, ["838", "5430", "5960", "5.81"]),
            ("永城市", 0, ["1268", "7860", "8460", "6.85"]),
        ], [C("个", "level", "other", "2025"), C("张", "level", "beds", "2025"), C("人", "level", "other", "2025"),
            C("张", "level", "beds", "2025")],
          note="注：每千人口床位数按年末常住人口768.52万人计算。",
          figs=(("768.52万人", "人", "level", "other"),), places=SQ),
    ]),
    ("t2", "2025-06-20", "建德市卫生健康局", "pdftotext", "建德市", "2024", "建德市2024年卫生健康事业发展统计公报",
     "建德市卫生健康局  2025年6月20日", [
        H("一、卫生资源"),
        P("2024年末，全市医疗卫生机构总数达到386个，比上年增加5个，其中医院14个，基层医疗卫生机构362个，专业公共卫生"
          "机构8个。全市医疗卫生机构实有床位3126张，比上年增加148张，每千常住人口床位数6.81张。",
          ("386个", "个", "level", "other"), ("5个", "个", "change", "other"), ("14个", "个", "level", "other"),
          ("362个", "个", "level", "other"), ("8个", "个", "level", "other"), ("3126张", "张", "level", "beds"),
          ("148张", "张", "change", "beds"), ("6.81张", "张", "level", "beds")),
        T("表1  2024年卫生资源和医疗服务主要指标", "", [["指标", "单位", "2024年", "比上年"], ["", "", "", "增长（%）"]], [
            ("医疗卫生机构数", 0, ["个", "386", "1.3"]),
            ("其中：医院", 1, ["个", "14", "7.7"]),
            ("实有床位数", 0, ["张", "3126", "5.0"]),
            ("卫生技术人员", 0, ["人", "3864", "4.6"]),
            ("其中：执业（助理）医师", 1, ["人", "1582", "3.9"]),
            ("注册护士", 2, ["人", "1675", "5.8"]),
            ("总诊疗人次（全年）", 0, ["万人次", "412.6", "3.2"]),
            ("出院人数（全年）", 0, ["万人", "3.84", "6.1"]),
        ], ["unit", None, C("%", "change", "percent", "2024")],
          note="注：机构数、床位数、人员数为年末数，诊疗人次、出院人数为全年数。"),
        P("全市每千常住人口执业（助理）医师3.45人，每千常住人口注册护士3.65人。",
          ("3.45人", "人", "level", "other"), ("3.65人", "人", "level", "other")),
        H("二、医疗服务"),
        P("全年全市医疗卫生机构总诊疗人次412.6万人次，比上年增长3.2%，其中医院诊疗人次186.4万人次，基层医疗卫生机构"
          "诊疗人次218.7万人次。全年出院人数3.84万人，医院病床使用率78.6%，出院者平均住院日7.9天。",
          ("412.6万人次", "人次", "level", "other"), ("3.2%", "%", "change", "percent"),
          ("186.4万人次", "人次", "level", "other"), ("218.7万人次", "人次", "level", "other"),
          ("3.84万人", "人", "level", "other"), ("78.6%", "%", "level", "percent"),
          ("7.9天", "天", "level", "other", {"tier": "optional"})),
        H("三、公共卫生"),
        P("年末全市家庭医生签约服务覆盖人数21.36万人，重点人群签约率82.4%。全年婴儿死亡率1.86‰，5岁以下儿童死亡率"
          "2.41‰。居民健康素养水平达到38.2%，比上年提高2.6个百分点。",
          ("21.36万人", "人", "level", "other"), ("82.4%", "%", "level", "percent"),
          ("1.86‰", "‰", "level", "percent"), ("2.41‰", "‰", "level", "percent"),
          ("38.2%", "%", "level", "percent"), ("2.6个百分点", "百分点", "change", "percent")),
    ]),
    ("t3", "2026-05-26", "苍南县人力资源和社会保障局", "pdftotext-raw", "苍南县", "2025",
     "苍南县2025年人力资源和社会保障事业发展统计公报", "苍南县人力资源和社会保障局  2026年5月26日", [
        H("一、就业创业"),
        P("全年全县城镇新增就业2.35万人，比上年增长4.9%。帮助城镇失业人员再就业4860人，就业困难人员就业1325人。"
          "年末城镇登记失业率2.18%。全年发放创业担保贷款3.26亿元，扶持创业1148人，带动就业3672人。",
          ("2.35万人", "人", "level", "jobs"), ("4.9%", "%", "change", "jobs"), ("4860人", "人", "level", "jobs"),
          ("1325人", "人", "level", "jobs"), ("2.18%", "%", "level", "jobs"), ("3.26亿元", "元", "level", "money"),
          ("1148人", "人", "level", "jobs"), ("3672人", "人", "level", "jobs")),
        T("表1  2025年就业创业情况", "单位：人", [["指标", "2025年", "2024年", "比上年"], ["", "", "", "增长（%）"]], [
            ("城镇新增就业", 0, ["23486", "22389", "4.9"]),
            ("其中：失业人员再就业", 1, ["4860", "4712", "3.1"]),
            ("就业困难人员就业", 2, ["1325", "1284", "3.2"]),
            ("扶持创业", 0, ["1148", "1036", "10.8"]),
        ], [C("人", "level", "jobs", "2025"), C("人", "level", "jobs", "2024"), C("%", "change", "jobs", "2025")]),
        H("二、社会保险"),
        P("年末全县基本养老保险参保人数86.74万人，其中城镇职工基本养老保险参保人数38.52万人，城乡居民基本养老保险"
          "参保人数48.22万人。年末失业保险参保人数16.83万人，工伤保险参保人数24.65万人。全年失业保险金发放人数0.62万人，"
          "发放金额0.96亿元。",
          ("86.74万人", "人", "level", "other"), ("38.52万人", "人", "level", "other"),
          ("48.22万人", "人", "level", "other"), ("16.83万人", "人", "level", "other"),
          ("24.65万人", "人", "level", "other"), ("0.62万人", "人", "level", "other"),
          ("0.96亿元", "元", "level", "money")),
        T("表2  2025年社会保险基金收支", "单位：万元",
          [["险种", "基金收入", "", "基金支出"], ["", "2025年", "比上年增长（%）", "2025年"]], [
            ("城镇职工基本养老保险", 0, ["486235", "6.2", "452718"]),
            ("城乡居民基本养老保险", 0, ["58612", "3.5", "49836"]),
            ("失业保险", 0, ["21468", "-4.3", "18927"]),
            ("工伤保险", 0, ["15372", "8.1", "13864"]),
        ], [C("元", "level", "money", "2025", 10**4), C("%", "change", "percent", "2025"),
            C("元", "level", "money", "2025", 10**4)],
          note="注：基金收入含财政补贴收入。"),
        P("年末全县城乡居民基本养老保险基础养老金最低标准提高到每人每月305元。",
          ("305元", "元", "level", "money")),
        H("三、工资和人才"),
        P("全县最低月工资标准为2290元，非全日制用工小时最低工资标准为22元。年末全县专业技术人才6.84万人，高技能人才"
          "2.17万人，全年新增技能人才0.53万人。",
          ("2290元", "元", "level", "money"), ("22元", "元", "level", "money"), ("6.84万人", "人", "level", "other"),
          ("2.17万人", "人", "level", "other"), ("0.53万人", "人", "level", "other")),
        H("四、劳动关系"),
        P("全年全县劳动人事争议仲裁机构共受理案件1862件，结案1795件，结案率96.4%。",
          ("1862件", "件", "level", "other"), ("1795件", "件", "level", "other"), ("96.4%", "%", "level", "percent")),
    ]),
]


def extract(pdf: Path, tool: str) -> str:
    """The text one real reader gives of the PDF."""
    if tool == "pdfminer":
        from pdfminer.high_level import extract_text

        return extract_text(str(pdf))
    flags = ["-raw"] if tool == "pdftotext-raw" else []
    return subprocess.run(["pdftotext", *flags, "-enc", "UTF-8", str(pdf), "-"], check=True, capture_output=True,
                          text=True).stdout


def main() -> None:
    docs = [(doc, pub, src, tool, place, title, byline, blocks) for doc, pub, src, tool, place, _y, title, byline, blocks
            in DOCS]
    years = {d[0]: d[5] for d in DOCS}
    g18.gold = lambda doc, place, blocks: gold(doc, place, years[doc], blocks)
    g18.build(OUT, docs, extract)


if __name__ == "__main__":
    main()
