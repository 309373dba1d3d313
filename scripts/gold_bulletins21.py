"""Build data/gold/bulletins21: three 2024/2025 county bulletins of our own typeset as PDF and read back by the
readers earlier sets used least, in shapes they had few of.

The typesetting is bulletins18's (scripts/gold_bulletins18.py: P/H blocks, one PDF per bulletin with reportlab in
invariant mode) with three additions: a table may be continued on the next page (`cont`: after that many rows the
page ends, and the next one starts with 续表 and the table's head again), a table's cells may carry thousands
separators (12,345), and a bar chart whose bars carry their values, with its caption (图3 …（单位：人）) under it.
A table's rows may be places (a 分乡镇 table: each row's figures are that township's, the 全县 row the county's), and a
unit column (指标/单位/2024年/2023年) gives its row's unit to every value cell of the row. The readers are pdfplumber's
extract_text() with its defaults, pypdfium2's get_text_range() and pdfminer's extract_text() with char_margin and
line_margin changed. The gold file is written from the hand annotation below, never from what stats extracts.

    .venv/bin/python scripts/gold_bulletins21.py      # writes data/gold/bulletins21/{texts,bulletins21.jsonl}
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

sys.path.insert(0, str(ROOT / "scripts"))
import gold_bulletins18 as g18  # noqa: E402

P, H, C = g18.P, g18.H, g18.C

OUT = ROOT / "data" / "gold" / "bulletins21"
MAG = {"万": 10**4, "亿": 10**8, "千": 10**3}

# a 单位 cell: (measure, magnitude, topic)
UNITS = {"亿元": ("元", 10**8, "money"), "万元": ("元", 10**4, "money"), "元": ("元", 1, "money"),
         "万人": ("人", 10**4, "other"), "人": ("人", 1, "other"), "万人次": ("人次", 10**4, "other"),
         "个": ("个", 1, "other"), "张": ("张", 1, "beds"), "%": ("%", 1, "percent")}


def T(title, unit, head, rows, cols, note="", figs=(), places=None, cont=0):
    """A table: `figs` are the figures of its 注： (as a paragraph's), `places` maps a row label to the place its
    figures are of (a 分乡镇 table), `cont` the number of rows after which it goes on on the next page (0: never)."""
    return ("t", (title, unit, head, rows, cols, note, cont), (figs, places or {}))


def G(caption, bars, spec):
    """A bar chart: bars are (label, value as written); spec (measure, magnitude, role, topic) its values'."""
    return ("g", (caption, bars), spec)


def _num(cell: str, mag: int = 1) -> int | float:
    return g18.exact_num(cell.replace(",", ""), mag)


def _value(quote: str) -> int | float:
    num = "".join(ch for ch in quote if ch.isdigit() or ch in ".-")
    k = len(quote) - len(quote.lstrip("0123456789.,-"))
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
        elif kind == "g":
            caption, bars = body
            measure, mag, role, topic = extra
            for label, cell in bars:
                add(cell, _num(cell, mag), measure, role, topic, label[:4], "exact", "must", caption + " " + label,
                    place)
        elif kind == "t":
            _title, _unit, _head, rows, cols, note, _cont = body
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
                    if spec["measure"] is None:  # the row's unit column names it
                        measure, mag, topic = UNITS[unit_cell]
                        add(cell, _num(cell, mag), measure, "level", opts.get("topic", topic), spec["period"],
                            "exact", "must", ctx, where)
                        continue
                    add(cell, _num(cell, spec["mag"]), spec["measure"], spec["role"], opts.get("topic", spec["topic"]),
                        spec["period"], "exact", "must", ctx, where)
            prose(note, note_figs)
    return out


def U(period):
    """A value column whose unit is the row's 单位 cell."""
    return {"measure": None, "role": "level", "topic": None, "period": period, "mag": 1}


J = {"topic": "jobs"}
GG = {"全县": "甘谷县", "大像山镇": "大像山镇", "新兴镇": "新兴镇", "磐安镇": "磐安镇", "六峰镇": "六峰镇",
      "安远镇": "安远镇", "金山镇": "金山镇", "大石镇": "大石镇", "礼辛镇": "礼辛镇"}

DOCS = [
    ("t1", "2026-04-08", "甘谷县统计局", "pdfplumber", "甘谷县", "2025", "甘谷县2025年国民经济和社会发展统计公报（节选）",
     "甘谷县统计局  2026年4月8日", [
        P("2025年，全县坚持稳中求进工作总基调，扎实推进乡村全面振兴，经济运行稳中有进，民生保障持续改善。"),
        H("一、综合"),
        P("初步核算，全年全县地区生产总值128.64亿元，按不变价格计算，比上年增长6.2%。其中，第一产业增加值31.27亿元，"
          "增长5.4%；第二产业增加值24.83亿元，增长7.1%；第三产业增加值72.54亿元，增长6.3%。年末全县常住人口51.36万人，"
          "比上年末减少0.42万人，常住人口城镇化率38.72%。",
          ("128.64亿元", "元", "level", "money"), ("6.2%", "%", "change", "percent"),
          ("31.27亿元", "元", "level", "money"), ("5.4%", "%", "change", "percent"),
          ("24.83亿元", "元", "level", "money"), ("7.1%", "%", "change", "percent"),
          ("72.54亿元", "元", "level", "money"), ("6.3%", "%", "change", "percent"),
          ("51.36万人", "人", "level", "other"), ("0.42万人", "人", "change", "other"),
          ("38.72%", "%", "level", "percent")),
        H("二、农业"),
        P("全年全县粮食播种面积62.35万亩，比上年增长0.6%；粮食总产量18.46万吨，增长2.3%。蔬菜种植面积28.6万亩，"
          "蔬菜产量96.82万吨，增长4.1%。果园面积41.2万亩，水果产量52.37万吨。年末生猪存栏12.84万头，全年生猪出栏"
          "18.62万头。",
          ("62.35万亩", "亩", "level", "other"), ("0.6%", "%", "change", "percent"),
          ("18.46万吨", "吨", "level", "other"), ("2.3%", "%", "change", "percent"),
          ("28.6万亩", "亩", "level", "other"), ("96.82万吨", "吨", "level", "other"),
          ("4.1%", "%", "change", "percent"), ("41.2万亩", "亩", "level", "other"),
          ("52.37万吨", "吨", "level", "other"), ("12.84万头", "头", "level", "other"),
          ("18.62万头", "头", "level", "other")),
        T("表1  2025年分乡镇主要农业指标", "",
          [["乡镇", "粮食播种面积", "粮食产量", "蔬菜产量", "农村居民人均"],
           ["", "（亩）", "（吨）", "（吨）", "可支配收入（元）"]], [
            ("全县", 0, ["623,500", "184,600", "968,200", "14,862"]),
            ("大像山镇", 0, ["21,350", "6,420", "86,150", "18,236"]),
            ("新兴镇", 0, ["48,620", "14,380", "112,460", "16,054"]),
            ("磐安镇", 0, ["56,280", "17,150", "98,370", "15,318"]),
            ("六峰镇", 0, ["42,910", "12,860", "74,580", "14,127"]),
            ("安远镇", 0, ["51,740", "15,230", "43,260", "13,645"]),
            ("金山镇", 0, ["38,460", "11,070", "36,920", "13,208"]),
            ("大石镇", 0, ["35,180", "10,340", "29,850", "12,976"]),
            ("礼辛镇", 0, ["33,270", "9,680", "27,140", "12,853"]),
        ], [C("亩", "level", "other", "2025"), C("吨", "level", "other", "2025"), C("吨", "level", "other", "2025"),
            C("元", "level", "money", "2025")],
          note="注：表中仅列主要乡镇，各乡镇合计不等于全县总数。", places=GG),
        H("三、工业和投资"),
        P("全年全县规模以上工业增加值比上年增长8.6%。年末规模以上工业企业46户，全年规模以上工业企业实现营业收入"
          "58.73亿元，增长9.2%，利润总额3.26亿元。全年全县固定资产投资比上年增长5.3%。社会消费品零售总额46.28亿元，"
          "增长6.7%。",
          ("8.6%", "%", "change", "percent"), ("46户", "户", "level", "other"), ("58.73亿元", "元", "level", "money"),
          ("9.2%", "%", "change", "percent"), ("3.26亿元", "元", "level", "money"), ("5.3%", "%", "change", "percent"),
          ("46.28亿元", "元", "level", "money"), ("6.7%", "%", "change", "percent")),
        H("四、人口和居民收入"),
        P("全年全县全体居民人均可支配收入19862元，比上年增长6.5%。城镇居民人均可支配收入32486元，增长5.1%；农村居民"
          "人均可支配收入14862元，增长7.3%。",
          ("19862元", "元", "level", "money"), ("6.5%", "%", "change", "percent"), ("32486元", "元", "level", "money"),
          ("5.1%", "%", "change", "percent"), ("14862元", "元", "level", "money"), ("7.3%", "%", "change", "percent")),
        T("表2  2025年末分乡镇人口", "单位：人",
          [["乡镇", "户籍人口", "常住人口", "其中：城镇人口"], ["", "", "", ""]], [
            ("全县", 0, ["628,430", "513,600", "198,870"]),
            ("大像山镇", 0, ["86,240", "92,150", "78,630"]),
            ("新兴镇", 0, ["72,580", "63,420", "18,260"]),
            ("磐安镇", 0, ["68,350", "57,860", "14,520"]),
            ("六峰镇", 0, ["54,120", "43,870", "9,340"]),
            ("安远镇", 0, ["61,470", "48,290", "8,760"]),
            ("金山镇", 0, ["45,830", "36,140", "6,850"]),
            ("大石镇", 0, ["42,960", "33,580", "5,920"]),
            ("礼辛镇", 0, ["39,740", "30,260", "5,180"]),
        ], [C("人", "level", "other", "2025"), C("人", "level", "other", "2025"), C("人", "level", "other", "2025")],
          note="注：常住人口为人口变动抽样调查推算数。", places=GG),
    ]),
    ("t2", "2025-04-18", "盂县统计局", "pypdfium2", "盂县", "2024", "盂县2024年国民经济和社会发展统计公报（节选）",
     "盂县统计局  2025年4月18日", [
        P("2024年，全县上下聚焦民生保障，就业形势总体稳定，社会保障和医疗卫生事业持续发展。"),
        H("一、就业"),
        P("全年全县城镇新增就业4862人，比上年增加215人；城镇失业人员再就业1536人，就业困难人员实现就业428人。年末城镇"
          "登记失业率2.96%。全年新增农村劳动力转移就业3754人，年末农村劳动力转移就业总量5.82万人。",
          ("4862人", "人", "level", "jobs"), ("215人", "人", "change", "jobs"), ("1536人", "人", "level", "jobs"),
          ("428人", "人", "level", "jobs"), ("2.96%", "%", "level", "jobs"), ("3754人", "人", "level", "jobs"),
          ("5.82万人", "人", "level", "jobs")),
        P("注：城镇新增就业、再就业人数为全年累计数，城镇登记失业率为年末数。"),
        H("二、社会保障"),
        P("年末全县城镇职工基本养老保险参保人数6.48万人，比上年末增加0.21万人；城乡居民基本养老保险参保人数16.37万人。"
          "年末基本医疗保险参保人数28.65万人，其中职工基本医疗保险参保人数5.94万人。年末失业保险参保人数2.86万人，"
          "工伤保险参保人数3.42万人。全年城市最低生活保障对象2136人，农村最低生活保障对象9847人，全年发放低保资金"
          "6842万元。",
          ("6.48万人", "人", "level", "other"), ("0.21万人", "人", "change", "other"),
          ("16.37万人", "人", "level", "other"), ("28.65万人", "人", "level", "other"),
          ("5.94万人", "人", "level", "other"), ("2.86万人", "人", "level", "other"),
          ("3.42万人", "人", "level", "other"), ("2136人", "人", "level", "other"), ("9847人", "人", "level", "other"),
          ("6842万元", "元", "level", "money")),
        T("表1  2024年末社会保险参保人数", "单位：万人",
          [["险种", "2024年末", "2023年末", "比上年末"], ["", "", "", "增长（%）"]], [
            ("基本养老保险", 0, ["22.85", "22.41", "2.0"]),
            ("其中：城镇职工", 1, ["6.48", "6.27", "3.3"]),
            ("城乡居民", 2, ["16.37", "16.14", "1.4"]),
            ("基本医疗保险", 0, ["28.65", "28.92", "-0.9"]),
            ("其中：职工", 1, ["5.94", "5.81", "2.2"]),
            ("失业保险", 0, ["2.86", "2.79", "2.5"]),
            ("工伤保险", 0, ["3.42", "3.30", "3.6"]),
        ], [C("人", "level", "other", "2024", 10**4), C("人", "level", "other", "2023", 10**4),
            C("%", "change", "percent", "2024")],
          note="注：基本医疗保险参保人数含职工和城乡居民基本医疗保险。"),
        H("三、卫生健康"),
        P("年末全县共有医疗卫生机构312个，其中医院9个，乡镇卫生院14个，村卫生室263个。医疗卫生机构实有床位1586张，"
          "比上年末增加62张；每千常住人口床位数5.38张。卫生技术人员2143人，其中执业（助理）医师846人，注册护士912人。"
          "全年医疗卫生机构总诊疗人次168.4万人次，比上年增长3.6%；出院人数3.27万人。",
          ("312个", "个", "level", "other"), ("9个", "个", "level", "other"), ("14个", "个", "level", "other"),
          ("263个", "个", "level", "other"), ("1586张", "张", "level", "beds"), ("62张", "张", "change", "beds"),
          ("5.38张", "张", "level", "beds"), ("2143人", "人", "level", "other"), ("846人", "人", "level", "other"),
          ("912人", "人", "level", "other"), ("168.4万人次", "人次", "level", "other"),
          ("3.6%", "%", "change", "percent"), ("3.27万人", "人", "level", "other")),
        T("表2  2024年医疗卫生主要指标", "", [["指标", "单位", "2024年", "2023年"], ["", "", "", ""]], [
            ("医疗卫生机构数", 0, ["个", "312", "305"]),
            ("其中：医院", 1, ["个", "9", "9"]),
            ("乡镇卫生院", 2, ["个", "14", "14"]),
            ("村卫生室", 2, ["个", "263", "258"]),
            ("实有床位数", 0, ["张", "1,586", "1,524"]),
            ("其中：医院床位", 1, ["张", "1,108", "1,062"]),
            ("卫生技术人员", 0, ["人", "2,143", "2,061"]),
            ("其中：执业（助理）医师", 1, ["人", "846", "812"]),
            ("注册护士", 2, ["人", "912", "868"]),
            ("总诊疗人次（全年）", 0, ["万人次", "168.4", "162.5"]),
            ("出院人数（全年）", 0, ["人", "32,718", "31,046"]),
            ("孕产妇系统管理率", 0, ["%", "93.6", "92.8"]),
        ], ["unit", U("2024"), U("2023")],
          note="注：机构数、床位数、人员数为年末数；诊疗人次、出院人数为全年数。", cont=6),
        P("全年全县婴儿死亡率2.86‰，5岁以下儿童死亡率3.42‰。",
          ("2.86‰", "‰", "level", "percent"), ("3.42‰", "‰", "level", "percent")),
    ]),
    ("t3", "2026-05-12", "枞阳县人力资源和社会保障局", "pdfminer-margins", "枞阳县", "2025",
     "枞阳县2025年人力资源和社会保障事业发展统计公报", "枞阳县人力资源和社会保障局  2026年5月12日", [
        H("一、就业创业"),
        P("全年全县城镇新增就业6218人，完成年度目标任务的124.4%。城镇失业人员再就业2147人，就业困难人员实现就业"
          "652人。年末城镇登记失业率2.74%。",
          ("6218人", "人", "level", "jobs"), ("124.4%", "%", "level", "jobs"), ("2147人", "人", "level", "jobs"),
          ("652人", "人", "level", "jobs"), ("2.74%", "%", "level", "jobs")),
        G("图3  2021—2025年全县城镇新增就业人数（单位：人）",
          [("2021年", "5436"), ("2022年", "5682"), ("2023年", "5817"), ("2024年", "5963"), ("2025年", "6218")],
          ("人", 1, "level", "jobs")),
        H("二、社会保险"),
        P("年末全县基本养老保险参保人数58.36万人，比上年末增加0.74万人，其中城镇职工基本养老保险参保人数9.82万人，"
          "城乡居民基本养老保险参保人数48.54万人。年末失业保险参保人数4.63万人，工伤保险参保人数6.17万人。",
          ("58.36万人", "人", "level", "other"), ("0.74万人", "人", "change", "other"),
          ("9.82万人", "人", "level", "other"), ("48.54万人", "人", "level", "other"),
          ("4.63万人", "人", "level", "other"), ("6.17万人", "人", "level", "other")),
        T("表1  2025年社会保险基金收支", "单位：万元",
          [["险种", "基金收入", "基金支出", "年末累计结余"], ["", "", "", ""]], [
            ("城镇职工基本养老保险", 0, ["186,452", "172,386", "214,637"]),
            ("城乡居民基本养老保险", 0, ["68,925", "57,318", "96,254"]),
            ("失业保险", 0, ["8,736", "7,142", "15,863"]),
            ("工伤保险", 0, ["6,384", "5,927", "4,218"]),
        ], [C("元", "level", "money", "2025", 10**4), C("元", "level", "money", "2025", 10**4),
            C("元", "level", "money", "2025", 10**4)],
          note="注：基金收入含财政补贴收入，年末累计结余为滚存结余。"),
        P("全年全县城乡居民基本养老保险基础养老金最低标准提高到每人每月188元，全年共为46.28万名参保人员代缴养老保险费"
          "1262万元。",
          ("188元", "元", "level", "money"), ("46.28万名", "名", "level", "other"), ("1262万元", "元", "level", "money")),
        H("三、人才队伍和工资"),
        P("年末全县专业技术人才1.86万人，其中高级职称人才2314人。全年新增技能人才3126人，其中高技能人才968人。全县"
          "最低月工资标准为2060元。",
          ("1.86万人", "人", "level", "other"), ("2314人", "人", "level", "other"), ("3126人", "人", "level", "other"),
          ("968人", "人", "level", "other"), ("2060元", "元", "level", "money")),
        T("表2  2025年人才队伍建设主要指标", "单位：人",
          [["指标", "2025年", "2024年", "比上年"], ["", "", "", "增长（%）"]], [
            ("专业技术人才", 0, ["18,614", "17,926", "3.8"]),
            ("其中：高级职称", 1, ["2,314", "2,187", "5.8"]),
            ("技能人才", 0, ["36,582", "34,215", "6.9"]),
            ("其中：高技能人才", 1, ["9,846", "8,912", "10.5"]),
        ], [C("人", "level", "other", "2025"), C("人", "level", "other", "2024"), C("%", "change", "percent", "2025")]),
        H("四、劳动关系"),
        P("全年全县劳动人事争议仲裁机构受理案件1236件，结案1198件，仲裁结案率96.9%。全年为1862名劳动者追发工资等"
          "待遇2476万元。",
          ("1236件", "件", "level", "other"), ("1198件", "件", "level", "other"), ("96.9%", "%", "level", "percent"),
          ("1862名", "名", "level", "other"), ("2476万元", "元", "level", "money")),
    ]),
]


# --- typesetting: bulletins18's, with a table that goes on on the next page and a bar chart ----------------------

def typeset(path: Path, title: str, byline: str, blocks) -> None:
    from reportlab.pdfgen import canvas

    g18._register()
    c = canvas.Canvas(str(path), pagesize=(g18.W, g18.HGT), invariant=1)
    pg = g18.Pager(c)
    size, lead = 10.5, 18.0
    pg.text((g18.W - pg.width(title, 15)) / 2, pg.y + 15, title, 15)
    pg.y += 28
    pg.text((g18.W - pg.width(byline, 10)) / 2, pg.y + 10, byline, 10)
    pg.y += 26
    for kind, body, _figs in blocks:
        if kind == "h":
            pg.need(lead * 2)
            pg.text(g18.LEFT + 2 * size, pg.y + size, body, size)
            pg.y += lead
        elif kind == "p":
            for k, line in enumerate(g18._lines(body, g18.RIGHT - g18.LEFT, size, 2 * size, pg)):
                pg.need(lead)
                pg.text(g18.LEFT + (2 * size if k == 0 else 0), pg.y + size, line, size)
                pg.y += lead
        elif kind == "g":
            chart(pg, *body)
        else:
            table(pg, *body)
    pg.footer()
    c.save()


def chart(pg, caption: str, bars) -> None:
    """Bars with their values over them and their years under them; the caption under the chart."""
    ts, height = 9.0, 120.0
    pg.need(height + 70)
    pg.y += 10
    c = pg.c
    base = pg.y + 14 + height
    top = max(float(v.replace(",", "")) for _l, v in bars)
    step = (g18.RIGHT - g18.LEFT - 60) / len(bars)
    c.setLineWidth(0.6)
    c.line(g18.LEFT + 30, g18.HGT - base, g18.RIGHT - 30, g18.HGT - base)
    for k, (label, value) in enumerate(bars):
        x = g18.LEFT + 30 + step * k + step * 0.25
        h = height * float(value.replace(",", "")) / top
        c.rect(x, g18.HGT - base, step * 0.5, h, stroke=0, fill=1)
        pg.text(x + step * 0.25 - pg.width(value, ts) / 2, base - h - 4, value, ts)
        pg.text(x + step * 0.25 - pg.width(label, ts) / 2, base + 4 + ts, label, ts)
    pg.y = base + 4 + ts + 10
    pg.text((g18.W - pg.width(caption, 10)) / 2, pg.y + 10, caption, 10)
    pg.y += 26


def table(pg, title, unit, head, rows, cols, note, cont) -> None:
    """bulletins18's table; with `cont`, the page ends after that many rows and the rest follows under 续表 and the
    head again."""
    ts, tl = 9.0, 15.0
    ncol = len(head[0])
    first = 180.0 if ncol <= 4 else 150.0
    step = (g18.RIGHT - g18.LEFT - first) / (ncol - 1)
    rights = [g18.LEFT + first + step * (k + 1) - 6 for k in range(ncol - 1)]
    c = pg.c
    left, right = g18.LEFT, g18.RIGHT

    def rule(width):
        c.setLineWidth(width)
        c.line(left, g18.HGT - pg.y, right, g18.HGT - pg.y)

    def heading():
        if unit:
            pg.text(right - pg.width(unit, ts), pg.y + ts, unit, ts)
            pg.y += tl
        rule(0.8)
        pg.y += 4
        for line in head:
            for k, cell in enumerate(line):
                if not cell:
                    continue
                if k == 0:
                    pg.text(left + 4, pg.y + ts, cell, ts)
                else:
                    pg.text(rights[k - 1] - pg.width(cell, ts), pg.y + ts, cell, ts)
            pg.y += tl
        rule(0.5)
        pg.y += 4

    pg.need(tl * ((cont or len(rows)) + 6))
    pg.y += 6
    pg.text((g18.W - pg.width(title, 10.5)) / 2, pg.y + 10.5, title, 10.5)
    pg.y += tl + 4
    heading()
    for n, (label, ind, cells, *_own) in enumerate(rows):
        if cont and n == cont:
            rule(0.8)
            pg.footer()
            c.showPage()
            pg.page += 1
            pg.y = g18.TOPM
            pg.text(left, pg.y + ts, "续表", ts)
            pg.y += tl
            heading()
        x = left + 4 + {0: 0, 1: 2 * ts, 2: 5 * ts}[ind]
        pg.text(x, pg.y + ts, label, ts)
        for k, cell in enumerate(cells):
            pg.text(rights[k] - pg.width(cell, ts), pg.y + ts, cell, ts)
        pg.y += tl
    rule(0.8)
    pg.y += 6
    if note:
        pg.text(left, pg.y + ts, note, ts)
        pg.y += tl
    pg.y += 8


def extract(pdf: Path, tool: str) -> str:
    """The text one real reader gives of the PDF."""
    if tool == "pdfplumber":
        import pdfplumber

        with pdfplumber.open(pdf) as doc:
            return "\n".join((p.extract_text() or "") for p in doc.pages) + "\n"
    if tool == "pypdfium2":
        import pypdfium2

        doc = pypdfium2.PdfDocument(str(pdf))
        try:
            return "\n".join(doc[k].get_textpage().get_text_range() for k in range(len(doc))) + "\n"
        finally:
            doc.close()
    from pdfminer.high_level import extract_text
    from pdfminer.layout import LAParams

    return extract_text(str(pdf), laparams=LAParams(char_margin=8.0, line_margin=0.25))


def main() -> None:
    docs = [(doc, pub, src, tool, place, title, byline, blocks) for doc, pub, src, tool, place, _y, title, byline, blocks
            in DOCS]
    years = {d[0]: d[5] for d in DOCS}
    g18.gold = lambda doc, place, blocks: gold(doc, place, years[doc], blocks)
    g18.typeset = typeset
    g18.build(OUT, docs, extract)


if __name__ == "__main__":
    main()
