"""Build data/gold/bulletins18: three short bulletins of our own typeset as PDF and read back by real extractors.

Each bulletin (prose paragraphs and tables with a unit line, a two-line head, 其中 rows and a 注：) is typeset
with reportlab (invariant mode, the CID font STSong-Light) and read back by one tool: pdfplumber's
extract_text(), pdfminer.high_level.extract_text() or plain `pdftotext` (no -layout). The gold file is written
from the hand annotation below: prose figures listed by hand (quote, measure, role, topic, period), table cells
from each table's own column description (unit, role, topic, period), never from what stats extracts.

    .venv/bin/python scripts/gold_bulletins18.py      # writes data/gold/bulletins18/{texts,bulletins18.jsonl}
"""

from __future__ import annotations

import csv
import json
import re
import subprocess
import sys
import tempfile
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.pdfpages import FONT, _register  # noqa: E402

OUT = ROOT / "data" / "gold" / "bulletins18"
MAG = {"万": 10**4, "亿": 10**8, "千": 10**3}


def P(text, *figs):
    """A paragraph and its figures: (quote, measure, role, topic[, period[, qualifier[, tier]]])."""
    return ("p", text, figs)


def H(text):
    return ("h", text, ())


def T(title, unit, head, rows, cols, note=""):
    """A table: head is two lines of cells; rows (label, indent, cells); cols describe the value cells."""
    return ("t", (title, unit, head, rows, cols, note), ())


def C(measure, role, topic, period, mag=1):
    return {"measure": measure, "role": role, "topic": topic, "period": period, "mag": mag}


UNITS = {"亿元": ("元", 10**8, "money"), "万元": ("元", 10**4, "money"), "元": ("元", 1, "money"),
         "万人次": ("人次", 10**4, "other")}

DOCS = [
    ("r1", "2026-04-10", "佛坪县统计局", "pdfplumber", "佛坪县", "佛坪县2025年国民经济和社会发展统计公报",
     "佛坪县统计局  2026年4月10日", [
        P("2025年，面对复杂多变的外部环境，全县上下坚持稳中求进工作总基调，经济运行稳中向好，民生保障有力有效。"),
        H("一、综合"),
        P("初步核算，全年全县地区生产总值21.86亿元，按不变价格计算，比上年增长5.6%。其中，第一产业增加值4.12亿元，"
          "增长3.9%；第二产业增加值6.35亿元，增长7.2%；第三产业增加值11.39亿元，增长5.1%。年末全县户籍人口2.83万人，"
          "常住人口2.61万人，常住人口城镇化率51.37%，比上年末提高0.92个百分点。",
          ("21.86亿元", "元", "level", "money"), ("5.6%", "%", "change", "percent"),
          ("4.12亿元", "元", "level", "money"), ("3.9%", "%", "change", "percent"),
          ("6.35亿元", "元", "level", "money"), ("7.2%", "%", "change", "percent"),
          ("11.39亿元", "元", "level", "money"), ("5.1%", "%", "change", "percent"),
          ("2.83万人", "人", "level", "other"), ("2.61万人", "人", "level", "other"),
          ("51.37%", "%", "level", "percent"), ("0.92个百分点", "百分点", "change", "percent")),
        T("表1  2025年佛坪县主要经济指标", "", [["指标", "单位", "2025年", "比上年"], ["", "", "绝对数", "增长（%）"]], [
            ("地区生产总值", 0, ["亿元", "21.86", "5.6"]),
            ("其中：第一产业", 1, ["亿元", "4.12", "3.9"]),
            ("第二产业", 2, ["亿元", "6.35", "7.2"]),
            ("第三产业", 2, ["亿元", "11.39", "5.1"]),
            ("规模以上工业增加值", 0, ["亿元", "—", "8.3"]),
            ("固定资产投资", 0, ["亿元", "—", "4.6"]),
            ("社会消费品零售总额", 0, ["亿元", "6.94", "5.3"]),
            ("一般公共预算收入", 0, ["万元", "9862", "6.8"]),
            ("其中：税收收入", 1, ["万元", "5317", "2.4"]),
            ("城镇居民人均可支配收入", 0, ["元", "39652", "4.5"]),
            ("农村居民人均可支配收入", 0, ["元", "15284", "6.9"]),
            ("接待游客人数", 0, ["万人次", "286.4", "11.7"]),
            ("旅游综合收入", 0, ["亿元", "15.62", "12.9"]),
        ], ["unit", None, C("%", "change", "percent", "2025")],
          note="注：地区生产总值、各产业增加值绝对数按现价计算，增长速度按不变价格计算。"),
        H("二、农业"),
        P("全年粮食播种面积3.26万亩，比上年下降0.8%；粮食总产量0.91万吨，增长1.4%。全县中药材种植面积5.8万亩，"
          "茶园面积2.3万亩。年末生猪存栏1.12万头，全年生猪出栏1.87万头，增长3.3%。",
          ("3.26万亩", "亩", "level", "other"), ("0.8%", "%", "change", "percent"),
          ("0.91万吨", "吨", "level", "other"), ("1.4%", "%", "change", "percent"),
          ("5.8万亩", "亩", "level", "other"), ("2.3万亩", "亩", "level", "other"),
          ("1.12万头", "头", "level", "other"), ("1.87万头", "头", "level", "other"),
          ("3.3%", "%", "change", "percent")),
        T("表2  2025年主要农产品产量", "单位：吨",
          [["产品名称", "产量", "", "比上年"], ["", "2025年", "2024年", "增长（%）"]], [
            ("粮食", 0, ["9106", "8980", "1.4"]),
            ("其中：玉米", 1, ["5420", "5318", "1.9"]),
            ("薯类", 2, ["2165", "2203", "-1.7"]),
            ("油料", 0, ["386", "372", "3.8"]),
            ("蔬菜", 0, ["15840", "15106", "4.9"]),
            ("茶叶", 0, ["412", "388", "6.2"]),
            ("中药材", 0, ["6830", "6512", "4.9"]),
        ], [C("吨", "level", "other", "2025"), C("吨", "level", "other", "2024"), C("%", "change", "percent", "2025")],
          note="注：薯类产量按五公斤鲜薯折一公斤粮食计算。"),
        H("三、财政和居民收入"),
        P("全年一般公共预算收入9862万元，比上年增长6.8%，其中税收收入5317万元，增长2.4%。一般公共预算支出12.47亿元，"
          "下降3.1%。全年全体居民人均可支配收入24318元，比上年增长5.9%。",
          ("9862万元", "元", "level", "money"), ("6.8%", "%", "change", "percent"),
          ("5317万元", "元", "level", "money"), ("2.4%", "%", "change", "percent"),
          ("12.47亿元", "元", "level", "money"), ("3.1%", "%", "change", "percent"),
          ("24318元", "元", "level", "money"), ("5.9%", "%", "change", "percent")),
    ]),
    ("r2", "2026-05-18", "兴安盟卫生健康委员会", "pdfminer", "兴安盟", "兴安盟2025年卫生健康事业发展统计公报",
     "兴安盟卫生健康委员会  2026年5月18日", [
        H("一、医疗卫生资源"),
        P("2025年末，全盟共有医疗卫生机构2186个，比上年增加23个。其中，医院58个，基层医疗卫生机构2079个，"
          "专业公共卫生机构42个。",
          ("2186个", "个", "level", "other"), ("23个", "个", "change", "other"), ("58个", "个", "level", "other"),
          ("2079个", "个", "level", "other"), ("42个", "个", "level", "other")),
        P("年末全盟医疗卫生机构床位数1.42万张，比上年增长3.1%，其中医院床位1.08万张，基层医疗卫生机构床位0.29万张。"
          "每千人口医疗卫生机构床位数9.12张，比上年增加0.36张。",
          ("1.42万张", "张", "level", "beds"), ("3.1%", "%", "change", "percent"), ("1.08万张", "张", "level", "beds"),
          ("0.29万张", "张", "level", "beds"), ("9.12张", "张", "level", "beds"), ("0.36张", "张", "change", "beds")),
        T("表1  2025年末医疗卫生机构及床位数", "", [["机构类别", "机构数（个）", "", "床位数（张）", ""],
                                               ["", "2025年", "2024年", "2025年", "2024年"]], [
            ("总计", 0, ["2186", "2163", "14206", "13779"]),
            ("医院", 0, ["58", "56", "10815", "10462"]),
            ("其中：公立医院", 1, ["31", "31", "8736", "8590"]),
            ("民营医院", 2, ["27", "25", "2079", "1872"]),
            ("基层医疗卫生机构", 0, ["2079", "2062", "2913", "2846"]),
            ("其中：乡镇卫生院", 1, ["86", "86", "2604", "2551"]),
            ("村卫生室", 2, ["1214", "1220", "—", "—"]),
            ("专业公共卫生机构", 0, ["42", "41", "386", "381"]),
            ("其他机构", 0, ["7", "4", "92", "90"]),
        ], [C("个", "level", "other", "2025"), C("个", "level", "other", "2024"),
            C("张", "level", "beds", "2025"), C("张", "level", "beds", "2024")],
          note="注：床位数为实有床位数，村卫生室不设床位。"),
        P("年末全盟卫生人员1.53万人，其中卫生技术人员1.21万人，比上年增长4.2%。",
          ("1.53万人", "人", "level", "other"), ("1.21万人", "人", "level", "other"), ("4.2%", "%", "change", "percent")),
        T("表2  2025年卫生技术人员数", "单位：人", [["类别", "2025年", "2024年", "每千人口数"], ["", "", "", "2025年"]], [
            ("卫生技术人员", 0, ["12086", "11598", "7.76"]),
            ("其中：执业（助理）医师", 1, ["4912", "4703", "3.15"]),
            ("注册护士", 2, ["5238", "4986", "3.36"]),
            ("药师（士）", 0, ["512", "497", "0.33"]),
        ], [C("人", "level", "other", "2025"), C("人", "level", "other", "2024"), C("人", "level", "other", "2025")],
          note="注：每千人口数按年末常住人口计算。"),
        H("二、医疗服务"),
        P("全年全盟医疗卫生机构总诊疗人次512.6万人次，比上年增长2.7%；出院人数18.3万人，医院病床使用率71.4%，"
          "出院者平均住院日8.6日。",
          ("512.6万人次", "人次", "level", "other"), ("2.7%", "%", "change", "percent"),
          ("18.3万人", "人", "level", "other"), ("71.4%", "%", "level", "percent"),
          ("8.6日", "日", "level", "other", "2025", "exact", "optional")),
    ]),
    ("r3", "2026-06-05", "芒市人力资源和社会保障局", "pdftotext", "芒市", "芒市2025年人力资源和社会保障事业发展统计公报",
     "芒市人力资源和社会保障局  2026年6月5日", [
        H("一、就业"),
        P("全年全市城镇新增就业0.52万人，比上年增加0.03万人，完成年度目标任务的108.3%。城镇失业人员再就业1260人，"
          "就业困难人员实现就业486人。年末城镇登记失业率3.14%。全年新增农村劳动力转移就业0.71万人，"
          "年末农村劳动力转移就业总量11.34万人。",
          ("0.52万人", "人", "level", "jobs"), ("0.03万人", "人", "change", "jobs"), ("108.3%", "%", "level", "jobs"),
          ("1260人", "人", "level", "jobs"), ("486人", "人", "level", "jobs"), ("3.14%", "%", "level", "jobs"),
          ("0.71万人", "人", "level", "jobs"), ("11.34万人", "人", "level", "jobs")),
        T("表1  2025年就业主要指标", "单位：人、%", [["指标", "2025年", "2024年", "比上年"], ["", "", "", "增长（%）"]], [
            ("城镇新增就业", 0, ["5236", "4918", "6.5"]),
            ("其中：失业人员再就业", 1, ["1260", "1185", "6.3"]),
            ("就业困难人员就业", 2, ["486", "452", "7.5"]),
            ("新增农村劳动力转移就业", 0, ["7108", "6854", "3.7"]),
            ("城镇登记失业率（%）", 0, ["3.14", "3.27", "—"], "%"),
        ], [C("人", "level", "jobs", "2025"), C("人", "level", "jobs", "2024"), C("%", "change", "jobs", "2025")]),
        P("全年发放创业担保贷款1.26亿元，扶持创业386人，带动就业1052人。",
          ("1.26亿元", "元", "level", "money"), ("386人", "人", "level", "jobs"), ("1052人", "人", "level", "jobs")),
        H("二、社会保险"),
        P("年末全市基本养老保险参保人数29.48万人，比上年末增加0.62万人。其中，城镇职工基本养老保险参保人数4.87万人，"
          "城乡居民基本养老保险参保人数24.61万人。失业保险参保人数1.96万人，工伤保险参保人数3.12万人。全年社会保险"
          "基金总收入18.74亿元，总支出17.25亿元，年末累计结余21.36亿元。",
          ("29.48万人", "人", "level", "other"), ("0.62万人", "人", "change", "other"), ("4.87万人", "人", "level", "other"),
          ("24.61万人", "人", "level", "other"), ("1.96万人", "人", "level", "other"), ("3.12万人", "人", "level", "other"),
          ("18.74亿元", "元", "level", "money"), ("17.25亿元", "元", "level", "money"),
          ("21.36亿元", "元", "level", "money")),
        T("表2  2025年社会保险基本情况", "", [["险种", "参保人数", "基金收入", "基金支出", "累计结余"],
                                          ["", "（万人）", "（亿元）", "（亿元）", "（亿元）"]], [
            ("城镇职工基本养老保险", 0, ["4.87", "9.63", "9.21", "8.74"]),
            ("城乡居民基本养老保险", 0, ["24.61", "3.58", "2.96", "6.12"]),
            ("职工基本医疗保险", 0, ["5.34", "4.27", "3.86", "5.03"]),
            ("其中：生育保险", 1, ["3.02", "0.41", "0.38", "0.29"]),
            ("失业保险", 0, ["1.96", "0.52", "0.47", "0.93"]),
            ("工伤保险", 0, ["3.12", "0.74", "0.75", "0.54"]),
        ], [C("人", "level", "other", "2025", 10**4), C("元", "level", "money", "2025", 10**8),
            C("元", "level", "money", "2025", 10**8), C("元", "level", "money", "2025", 10**8)],
          note="注：基金收入含财政补贴；生育保险已并入职工基本医疗保险，单列数据为其中数。"),
        H("三、人才和工资"),
        P("年末全市专业技术人才1.08万人。全市最低工资标准为每月1720元。",
          ("1.08万人", "人", "level", "other"), ("1720元", "元", "level", "money")),
    ]),
]


def _num(cell: str, mag: int = 1):
    v = round(float(cell) * mag, 6)
    return int(v) if v == int(v) and (mag > 1 or "." not in cell) else v


def exact_num(cell: str, mag: int = 1) -> int | float:
    """The value a cell or quote writes, in exact decimal arithmetic (168.42亿元 is 16842000000, where a float product
    gives 16841999999.999998): whole where it is, or where a magnitude scaled a decimal. Later sets use it; this set's
    gold stays as `_num` wrote it."""
    v = Decimal(cell) * mag
    return int(v) if v == int(v) and (mag > 1 or "." not in cell) else float(v)


def _value(quote: str):
    m = re.match(r"-?[\d.]+", quote)
    return _num(m.group(), next((f for k, f in MAG.items() if quote[m.end():].startswith(k)), 1))


def gold(doc, place, blocks) -> list[dict]:
    out = []

    def add(quote, value, measure, role, topic, period, qualifier, tier, context):
        out.append({"doc": doc, "quote": quote, "value": value, "value_high": None, "measure": measure,
                    "qualifier": qualifier, "role": role, "topic": topic, "tier": tier, "context": context,
                    "place": place, "period": period})

    for kind, body, figs in blocks:
        if kind == "p":
            pos = 0
            for f in figs:
                quote, measure, role, topic = f[:4]
                period, qualifier, tier = (list(f[4:]) + ["2025", "exact", "must"][len(f) - 4:])[:3]
                i = body.index(quote, pos)
                pos = i + len(quote)
                add(quote, _value(quote), measure, role, topic, period, qualifier, tier, body[max(0, i - 20):pos + 12])
        elif kind == "t":
            title, unit, head, rows, cols, note = body
            for label, _ind, cells, *own in rows:  # own: a row's own measure (a rate row in a table of counts)
                unit_cell = None
                for spec, cell in zip(cols, cells, strict=True):
                    if spec is None:
                        continue
                    if spec == "unit":
                        unit_cell = cell
                        continue
                    if cell == "—":
                        continue
                    ctx = label + " " + " ".join(cells)
                    measure = own[0] if own and spec["role"] == "level" else spec["measure"]
                    add(cell, _num(cell, spec["mag"]), measure, spec["role"], spec["topic"], spec["period"],
                        "exact", "must", ctx)
                if unit_cell is not None:  # the table's value column takes the row's unit
                    cell = cells[1]
                    if cell != "—":
                        measure, mag, topic = UNITS[unit_cell]
                        ctx = label + " " + " ".join(cells)
                        add(cell, _num(cell, mag), measure, "level", topic, "2025", "exact", "must", ctx)
    return out


# --- typesetting -------------------------------------------------------------------------------------------------

W, HGT = 595.0, 842.0
LEFT, RIGHT, TOPM, BOTM = 72.0, 523.0, 70.0, 770.0


class Pager:
    def __init__(self, c):
        self.c, self.y, self.page = c, TOPM, 1

    def need(self, h):
        if self.y + h > BOTM:
            self.footer()
            self.c.showPage()
            self.page += 1
            self.y = TOPM

    def footer(self):
        self.text(W / 2 - 15, 805, f"— {self.page} —", 9)

    def text(self, x, y, s, size):
        self.c.setFont(FONT, size)
        self.c.drawString(x, HGT - y, s)

    def width(self, s, size):
        from reportlab.pdfbase import pdfmetrics

        return pdfmetrics.stringWidth(s, FONT, size)


def _lines(par: str, width: float, size: float, indent: float, pg: Pager) -> list[str]:
    lines, cur, used = [], "", indent
    for ch in par:
        w = pg.width(ch, size)
        if used + w > width and cur:
            lines.append(cur)
            cur, used = "", 0.0
        cur += ch
        used += w
    if cur:
        lines.append(cur)
    return lines


def typeset(path: Path, title: str, byline: str, blocks) -> None:
    from reportlab.pdfgen import canvas

    _register()
    c = canvas.Canvas(str(path), pagesize=(W, HGT), invariant=1)
    pg = Pager(c)
    size, lead = 10.5, 18.0
    pg.text((W - pg.width(title, 15)) / 2, pg.y + 15, title, 15)
    pg.y += 28
    pg.text((W - pg.width(byline, 10)) / 2, pg.y + 10, byline, 10)
    pg.y += 26
    for kind, body, _figs in blocks:
        if kind == "h":
            pg.need(lead * 2)
            pg.text(LEFT + 2 * size, pg.y + size, body, size)
            pg.y += lead
        elif kind == "p":
            for k, line in enumerate(_lines(body, RIGHT - LEFT, size, 2 * size, pg)):
                pg.need(lead)
                pg.text(LEFT + (2 * size if k == 0 else 0), pg.y + size, line, size)
                pg.y += lead
        else:
            table(pg, *body)
    pg.footer()
    c.save()


def table(pg: Pager, title, unit, head, rows, cols, note):
    ts, tl = 9.0, 15.0
    ncol = len(head[0])
    first = 180.0 if ncol <= 4 else 150.0
    step = (RIGHT - LEFT - first) / (ncol - 1)
    rights = [LEFT + first + step * (k + 1) - 6 for k in range(ncol - 1)]
    pg.need(tl * (len(rows) + 6))
    pg.y += 6
    pg.text((W - pg.width(title, 10.5)) / 2, pg.y + 10.5, title, 10.5)
    pg.y += tl + 4
    if unit:
        pg.text(RIGHT - pg.width(unit, ts), pg.y + ts, unit, ts)
        pg.y += tl
    c = pg.c
    c.setLineWidth(0.8)
    c.line(LEFT, HGT - pg.y, RIGHT, HGT - pg.y)
    pg.y += 4
    for line in head:
        for k, cell in enumerate(line):
            if not cell:
                continue
            if k == 0:
                pg.text(LEFT + 4, pg.y + ts, cell, ts)
            else:
                pg.text(rights[k - 1] - pg.width(cell, ts), pg.y + ts, cell, ts)
        pg.y += tl
    c.setLineWidth(0.5)
    c.line(LEFT, HGT - pg.y, RIGHT, HGT - pg.y)
    pg.y += 4
    for label, ind, cells, *_own in rows:
        x = LEFT + 4 + {0: 0, 1: 2 * ts, 2: 5 * ts}[ind]
        pg.text(x, pg.y + ts, label, ts)
        for k, cell in enumerate(cells):
            pg.text(rights[k] - pg.width(cell, ts), pg.y + ts, cell, ts)
        pg.y += tl
    c.setLineWidth(0.8)
    c.line(LEFT, HGT - pg.y, RIGHT, HGT - pg.y)
    pg.y += 6
    if note:
        pg.text(LEFT, pg.y + ts, note, ts)
        pg.y += tl
    pg.y += 8


def extract(pdf: Path, tool: str) -> str:
    if tool == "pdfplumber":
        import pdfplumber

        with pdfplumber.open(pdf) as doc:
            return "\n".join((p.extract_text() or "") for p in doc.pages) + "\n"
    if tool == "pdfminer":
        from pdfminer.high_level import extract_text

        return extract_text(str(pdf))
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], check=True, capture_output=True,
                          text=True).stdout


def build(out: Path, docs: list, read) -> None:
    """Typeset each bulletin of `docs`, write what the reader `read(pdf, tool)` gives of it as the set's text, its
    manifest, and the gold from the hand description (bulletins19 builds its set with this too)."""
    texts = out / "texts"
    texts.mkdir(parents=True, exist_ok=True)
    records = []
    with tempfile.TemporaryDirectory() as tmp:
        for doc, _published, _source, tool, place, title, byline, blocks in docs:
            pdf = Path(tmp) / f"{doc}.pdf"
            typeset(pdf, title, byline, blocks)
            (texts / f"{doc}.txt").write_text(read(pdf, tool), encoding="utf-8")
            records += gold(doc, place, blocks)
    with open(texts / "manifest.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["file", "published", "source"])
        for doc, published, source, *_ in docs:
            w.writerow([f"{doc}.txt", published, source])
    with open(out / f"{out.name}.jsonl", "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(records), "figures,", sum(r["tier"] == "must" for r in records), "must")


def main() -> None:
    build(OUT, DOCS, extract)


if __name__ == "__main__":
    main()
