"""Build data/gold/bulletins33: three 2025 bulletins of our own, of kinds and in layouts no earlier set used, typeset
as PDF and read back by readers, or settings of them, no earlier set used; the weak field is recall.

The typesetting and the hand-annotation format are bulletins32's (scripts/gold_bulletins32.py: P/H/N blocks, two-column
sections, tables whose cells take their column's or their row's period and unit; gold written by its `gold`), with
two new layouts:
- a landscape page (A4 on its side) whose text stands in two columns that flow down the left one, then the right one,
  beside a boxed sidebar of 主要指标 (指标 | 单位 | 绝对数 | 比上年 over 增长%, a row without a level written —);
- a table split across a page break where the page runs out, its head not repeated and no 续表 line: the rows simply
  go on at the top of the next page.
The bulletins: a 县 国民经济和社会发展统计公报 on the landscape page (亿元, 万吨, 万头, 亿立方米, 万平方米, ‰, 元), a 市
教育事业发展统计公报 (所, 万人, 个百分点, 万台, a 学校 table of 学校数 / 在校生数 / 专任教师数 split over two pages), and a
市 医疗保障基金运行情况公报 whose growth rates carry the year before in parentheses (增长5.2%（上年为3.1%）: the second
is 2024's), with a 单位：亿元 table of 2025年 / 2024年 / 增长（%） and a unit-column table of 万人次 and 元 rows (a fall
written -2.6).

Readers no earlier set used this way (earlier: pdfplumber plain, layout, x/y_tolerance, use_text_flow, words rejoined,
text_lines, simple, coarse and fine grids; pdfminer default and many LAParams; pdftotext plain, -layout, -raw, -fixed,
-colspacing, -tsv, -bbox-layout; pdftohtml -xml; pypdfium2 range, bounded, objects, rects): pdfplumber's layout text
with x_tolerance 1.5 on the landscape page (the two columns and the sidebar come out side by side on each line),
`pdftotext -bbox` (word boxes only, no layout analysis: rebuilt into lines by their top, a word joined to the one before
it with no space where they touch, with one where there is a gap) and pdfminer with char_margin 2.0 and word_margin 0.2
(spaces wherever a gap is a fifth of a character wide). The gold file is written from the hand annotation below, never
from what stats extracts.

    .venv/bin/python scripts/gold_bulletins33.py      # writes data/gold/bulletins33/{texts,bulletins33.jsonl}
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
import gold_bulletins32 as g32  # noqa: E402

g18, g21 = g32.g18, g32.g21
P, H, C, V, N, T, TWO = g32.P, g32.H, g32.C, g32.V, g32.N, g32.T, g32.TWO

OUT = ROOT / "data" / "gold" / "bulletins33"
# bulletins32's 单位 cells, and this set's: g32.gold reads the module's table, so the new units go into it
g32.UNITS.update({"亿元": ("元", 10**8, "money"), "元": ("元", 1, "money")})

B, OT, PC, M, J = "beds", "other", "percent", "money", "jobs"
LV, CH = "level", "change"
Y = "2025"
P24 = {"period": "2024"}
OPT = {"tier": "optional"}
LAND = ("landscape", None, ())  # first block of a bulletin set on a landscape page (g32.gold skips it)

DOCS = [
    ("z1", "2026-04-16", "宣汉县统计局", "pdfplumber-layout-xtol", "宣汉县",
     "宣汉县2025年国民经济和社会发展统计公报", "宣汉县统计局  2026年4月16日", [
        LAND,
        TWO(
            H("一、综合"),
            P("初步核算，2025年全县实现地区生产总值528.64亿元，按可比价格计算，比上年增长6.2%。其中，第一产业增加值"
              "86.42亿元，增长3.8%；第二产业增加值203.16亿元，增长7.4%；第三产业增加值239.06亿元，增长6.0%。",
              ("528.64亿元", "元", LV, M), ("6.2%", "%", CH, PC), ("86.42亿元", "元", LV, M), ("3.8%", "%", CH, PC),
              ("203.16亿元", "元", LV, M), ("7.4%", "%", CH, PC), ("239.06亿元", "元", LV, M), ("6.0%", "%", CH, PC)),
            P("年末全县户籍人口128.46万人，常住人口96.32万人，比上年末减少0.54万人。常住人口城镇化率为44.18%，比上年末"
              "提高1.12个百分点。全年出生人口0.72万人，人口出生率为7.46‰。",
              ("128.46万人", "人", LV, OT), ("96.32万人", "人", LV, OT), ("0.54万人", "人", CH, OT),
              ("44.18%", "%", LV, PC), ("1.12个百分点", "百分点", CH, PC), ("0.72万人", "人", LV, OT),
              ("7.46‰", "‰", LV, PC)),
            H("二、农业"),
            P("全年粮食播种面积106.24万亩，粮食总产量42.36万吨，比上年增长1.6%。全年生猪出栏98.46万头，增长2.4%；年末"
              "生猪存栏62.18万头。",
              ("106.24万亩", "亩", LV, OT), ("42.36万吨", "吨", LV, OT), ("1.6%", "%", CH, PC),
              ("98.46万头", "头", LV, OT), ("2.4%", "%", CH, PC), ("62.18万头", "头", LV, OT)),
            H("三、工业和建筑业"),
            P("年末全县规模以上工业企业186户，比上年末增加12户。全年规模以上工业增加值比上年增长8.6%。全年天然气产量"
              "68.42亿立方米，增长5.3%。全县具有资质等级的建筑业企业实现总产值126.38亿元，下降2.4%。",
              ("186户", "户", LV, OT), ("12户", "户", CH, OT), ("8.6%", "%", CH, PC), ("68.42亿立方米", "立方米", LV, OT),
              ("5.3%", "%", CH, PC), ("126.38亿元", "元", LV, M), ("2.4%", "%", CH, PC)),
            H("四、固定资产投资"),
            P("全年全县固定资产投资比上年增长5.1%。其中，工业投资增长12.6%，民间投资下降3.2%。全年房地产开发投资"
              "28.64亿元，下降8.6%；商品房销售面积46.82万平方米，下降6.4%。",
              ("5.1%", "%", CH, PC), ("12.6%", "%", CH, PC), ("3.2%", "%", CH, PC), ("28.64亿元", "元", LV, M),
              ("8.6%", "%", CH, PC), ("46.82万平方米", "平方米", LV, OT), ("6.4%", "%", CH, PC)),
            H("五、国内贸易"),
            P("全年全县社会消费品零售总额236.48亿元，比上年增长6.8%。按经营地分，城镇消费品零售额168.32亿元，增长6.5%；"
              "乡村消费品零售额68.16亿元，增长7.6%。",
              ("236.48亿元", "元", LV, M), ("6.8%", "%", CH, PC), ("168.32亿元", "元", LV, M), ("6.5%", "%", CH, PC),
              ("68.16亿元", "元", LV, M), ("7.6%", "%", CH, PC)),
            H("六、财政和金融"),
            P("全年一般公共预算收入24.86亿元，比上年增长4.6%，其中税收收入15.42亿元。一般公共预算支出98.64亿元，增长"
              "3.2%。年末全县金融机构人民币各项存款余额612.48亿元，比上年末增长8.2%；各项贷款余额386.24亿元，增长9.6%。",
              ("24.86亿元", "元", LV, M), ("4.6%", "%", CH, PC), ("15.42亿元", "元", LV, M), ("98.64亿元", "元", LV, M),
              ("3.2%", "%", CH, PC), ("612.48亿元", "元", LV, M), ("8.2%", "%", CH, PC), ("386.24亿元", "元", LV, M),
              ("9.6%", "%", CH, PC)),
            H("七、人民生活"),
            P("全年全体居民人均可支配收入30862元，比上年增长5.8%。其中，城镇居民人均可支配收入43216元，增长4.6%；农村"
              "居民人均可支配收入21648元，增长6.7%。",
              ("30862元", "元", LV, M), ("5.8%", "%", CH, PC), ("43216元", "元", LV, M), ("4.6%", "%", CH, PC),
              ("21648元", "元", LV, M), ("6.7%", "%", CH, PC)),
        ),
        T("2025年主要指标", "", [["指标", "单位", "绝对数", "比上年"], ["", "", "", "增长%"]], [
            ("地区生产总值", 0, ["亿元", "528.64", "6.2"]),
            ("第一产业增加值", 0, ["亿元", "86.42", "3.8"]),
            ("第二产业增加值", 0, ["亿元", "203.16", "7.4"]),
            ("第三产业增加值", 0, ["亿元", "239.06", "6.0"]),
            ("规模以上工业增加值", 0, ["亿元", "—", "8.6"]),
            ("固定资产投资", 0, ["亿元", "—", "5.1"]),
            ("社会消费品零售总额", 0, ["亿元", "236.48", "6.8"]),
            ("一般公共预算收入", 0, ["亿元", "24.86", "4.6"]),
            ("一般公共预算支出", 0, ["亿元", "98.64", "3.2"]),
            ("城镇居民人均可支配收入", 0, ["元", "43216", "4.6"]),
            ("农村居民人均可支配收入", 0, ["元", "21648", "6.7"]),
            ("常住人口城镇化率", 0, ["%", "44.18", "—"]),
        ], ["unit", V(Y), C("%", CH, PC, Y)]),
    ]),
    ("z2", "2026-03-30", "襄阳市教育局", "pdftotext-bbox-words", "襄阳市",
     "襄阳市2025年教育事业发展统计公报", "襄阳市教育局  2026年3月30日", [
        H("一、基本情况"),
        P("2025年，全市共有各级各类学校1868所，比上年减少46所；在校生（含幼儿园在园幼儿）92.46万人，比上年减少2.18万人；"
          "专任教师6.84万人，比上年增加0.12万人。",
          ("1868所", "所", LV, OT), ("46所", "所", CH, OT), ("92.46万人", "人", LV, OT), ("2.18万人", "人", CH, OT),
          ("6.84万人", "人", LV, OT), ("0.12万人", "人", CH, OT)),
        H("二、学前教育"),
        P("全市共有幼儿园986所，比上年减少38所，其中普惠性幼儿园862所，占幼儿园总数的87.4%。在园幼儿16.28万人，比上年"
          "减少1.86万人。学前三年毛入园率为93.6%，比上年提高0.8个百分点。幼儿园专任教师1.12万人。",
          ("986所", "所", LV, OT), ("38所", "所", CH, OT), ("862所", "所", LV, OT), ("87.4%", "%", LV, PC),
          ("16.28万人", "人", LV, OT), ("1.86万人", "人", CH, OT), ("93.6%", "%", LV, PC),
          ("0.8个百分点", "百分点", CH, PC), ("1.12万人", "人", LV, OT)),
        H("三、义务教育"),
        P("全市共有义务教育阶段学校612所，其中小学438所，初中174所。义务教育阶段在校生48.36万人，其中小学在校生"
          "31.62万人，初中在校生16.74万人。九年义务教育巩固率为98.2%。小学专任教师2.16万人，初中专任教师1.38万人。",
          ("612所", "所", LV, OT), ("438所", "所", LV, OT), ("174所", "所", LV, OT), ("48.36万人", "人", LV, OT),
          ("31.62万人", "人", LV, OT), ("16.74万人", "人", LV, OT), ("98.2%", "%", LV, PC), ("2.16万人", "人", LV, OT),
          ("1.38万人", "人", LV, OT)),
        H("四、高中阶段教育"),
        P("全市共有普通高中52所，在校生8.46万人，比上年增加0.32万人；中等职业学校28所（不含技工学校），在校生4.62万人。"
          "高中阶段毛入学率为95.8%。",
          ("52所", "所", LV, OT), ("8.46万人", "人", LV, OT), ("0.32万人", "人", CH, OT), ("28所", "所", LV, OT),
          ("4.62万人", "人", LV, OT), ("95.8%", "%", LV, PC)),
        H("五、高等教育"),
        P("全市共有普通高等学校6所，在校生8.12万人，比上年增长3.6%；其中本科生3.84万人，专科生4.28万人。",
          ("6所", "所", LV, OT), ("8.12万人", "人", LV, OT), ("3.6%", "%", CH, PC), ("3.84万人", "人", LV, OT),
          ("4.28万人", "人", LV, OT)),
        H("六、特殊教育"),
        P("全市共有特殊教育学校9所，在校生1846人，专任教师312人。",
          ("9所", "所", LV, OT), ("1846人", "人", LV, OT), ("312人", "人", LV, OT)),
        H("七、办学条件"),
        P("全市中小学校舍建筑面积686.42万平方米，比上年增加12.36万平方米。全市中小学教学用计算机9.86万台，每百名学生"
          "拥有计算机16.8台。",
          ("686.42万平方米", "平方米", LV, OT), ("12.36万平方米", "平方米", CH, OT), ("9.86万台", "台", LV, OT),
          ("16.8台", "台", LV, OT)),
        H("八、民办教育"),
        P("全市共有民办学校412所，比上年减少21所；在校生12.64万人，占全市在校生总数的13.7%。其中，民办幼儿园356所，"
          "在园幼儿8.92万人。",
          ("412所", "所", LV, OT), ("21所", "所", CH, OT), ("12.64万人", "人", LV, OT), ("13.7%", "%", LV, PC),
          ("356所", "所", LV, OT), ("8.92万人", "人", LV, OT)),
        T("表1  2025年各级各类学校基本情况", "",
          [["学校类别", "学校数", "在校生数", "专任教师数"], ["", "（所）", "（人）", "（人）"]], [
            ("总计", 0, ["1868", "924618", "68436"]),
            ("幼儿园", 0, ["986", "162846", "11236"]),
            ("义务教育", 0, ["612", "483618", "35418"]),
            ("其中：小学", 1, ["438", "316214", "21624"]),
            ("初中", 2, ["174", "167404", "13794"]),
            ("高中阶段教育", 0, ["80", "130842", "9826"]),
            ("其中：普通高中", 1, ["52", "84618", "6432"]),
            ("中等职业学校", 2, ["28", "46224", "3394"]),
            ("普通高等学校", 0, ["6", "81246", "4312"]),
            ("成人高等学校", 0, ["2", "12846", "286"]),
            ("特殊教育学校", 0, ["9", "1846", "312"]),
            ("技工学校", 0, ["5", "8640", "426"]),
        ], [C("所", LV, OT, Y), C("人", LV, OT, Y), C("人", LV, OT, Y)],
          note="注：在校生数含幼儿园在园幼儿；中等职业学校不含技工学校。", cont=-1),
    ]),
    ("z3", "2026-05-26", "株洲市医疗保障局", "pdfminer-cm2-wm02", "株洲市",
     "株洲市2025年医疗保障基金运行情况公报", "株洲市医疗保障局  2026年5月26日", [
        H("一、基本医疗保险参保情况"),
        P("2025年末，全市基本医疗保险参保人数372.64万人，参保率为95.6%（上年为95.2%）。其中，职工基本医疗保险参保人数"
          "86.42万人，比上年末增长2.6%（上年为1.9%）；城乡居民基本医疗保险参保人数286.22万人，比上年末下降1.4%（上年为"
          "下降0.8%）。",
          ("372.64万人", "人", LV, OT), ("95.6%", "%", LV, PC), ("95.2%", "%", LV, PC, P24), ("86.42万人", "人", LV, OT),
          ("2.6%", "%", CH, PC), ("1.9%", "%", CH, PC, P24), ("286.22万人", "人", LV, OT), ("1.4%", "%", CH, PC),
          ("0.8%", "%", CH, PC, P24)),
        H("二、基金收支情况"),
        P("全年全市基本医疗保险（含生育保险）基金总收入98.64亿元，增长5.2%（上年为3.1%）；基金总支出91.36亿元，增长"
          "6.8%（上年为7.4%）；当期结存7.28亿元，年末累计结存126.42亿元，可支付月数为16.6个月。",
          ("98.64亿元", "元", LV, M), ("5.2%", "%", CH, PC), ("3.1%", "%", CH, PC, P24), ("91.36亿元", "元", LV, M),
          ("6.8%", "%", CH, PC), ("7.4%", "%", CH, PC, P24), ("7.28亿元", "元", LV, M), ("126.42亿元", "元", LV, M),
          ("16.6个月", "个月", LV, OT, OPT)),
        P("职工基本医疗保险（含生育保险）基金收入52.46亿元，增长6.4%（上年为4.2%），其中统筹基金收入34.18亿元；基金支出"
          "46.82亿元，增长8.1%（上年为6.6%）。城乡居民基本医疗保险基金收入46.18亿元，增长3.9%（上年为1.8%）；基金支出"
          "44.54亿元，增长5.4%（上年为8.3%）。",
          ("52.46亿元", "元", LV, M), ("6.4%", "%", CH, PC), ("4.2%", "%", CH, PC, P24), ("34.18亿元", "元", LV, M),
          ("46.82亿元", "元", LV, M), ("8.1%", "%", CH, PC), ("6.6%", "%", CH, PC, P24), ("46.18亿元", "元", LV, M),
          ("3.9%", "%", CH, PC), ("1.8%", "%", CH, PC, P24), ("44.54亿元", "元", LV, M), ("5.4%", "%", CH, PC),
          ("8.3%", "%", CH, PC, P24)),
        T("表1  2025年基本医疗保险基金收支情况", "单位：亿元", [["项目", "2025年", "2024年", "增长（%）"]], [
            ("基金收入", 0, ["98.64", "93.76", "5.2"]),
            ("其中：职工医保", 1, ["52.46", "49.30", "6.4"]),
            ("城乡居民医保", 2, ["46.18", "44.46", "3.9"]),
            ("基金支出", 0, ["91.36", "85.54", "6.8"]),
            ("其中：职工医保", 1, ["46.82", "43.31", "8.1"]),
            ("城乡居民医保", 2, ["44.54", "42.26", "5.4"]),
        ], [C("元", LV, M, "2025", 10**8), C("元", LV, M, "2024", 10**8), C("%", CH, PC, "2025")]),
        H("三、医疗服务和待遇享受"),
        P("全年全市参保人员享受医保待遇1862.48万人次，比上年增长7.6%（上年为9.2%）。其中，普通门急诊1546.32万人次，"
          "门诊慢特病186.24万人次，住院129.92万人次。职工医保住院费用政策范围内基金支付比例为84.2%，城乡居民医保为"
          "70.6%。",
          ("1862.48万人次", "人次", LV, OT), ("7.6%", "%", CH, PC), ("9.2%", "%", CH, PC, P24),
          ("1546.32万人次", "人次", LV, OT), ("186.24万人次", "人次", LV, OT), ("129.92万人次", "人次", LV, OT),
          ("84.2%", "%", LV, PC), ("70.6%", "%", LV, PC)),
        T("表2  2025年医保待遇享受情况", "", [["指标", "单位", "2025年", "比上年增长（%）"]], [
            ("享受待遇人次", 0, ["万人次", "1862.48", "7.6"]),
            ("其中：普通门急诊", 1, ["万人次", "1546.32", "6.9"]),
            ("门诊慢特病", 2, ["万人次", "186.24", "12.4"]),
            ("住院", 2, ["万人次", "129.92", "5.8"]),
            ("次均住院费用", 0, ["元", "8426", "-2.6"]),
        ], ["unit", V(Y), C("%", CH, PC, Y)]),
        H("四、医保基金监管"),
        P("全年全市检查定点医药机构4862家，处理违法违规机构1236家，追回医保基金0.86亿元。",
          ("4862家", "家", LV, OT), ("1236家", "家", LV, OT), ("0.86亿元", "元", LV, M)),
        N("注：基金收入、支出数据为快报数，可支付月数按当年月均支出计算。"),
    ]),
]


# --- typesetting: bulletins32's, with a landscape page and a table split without its head -------------------------

LW, LH = 842.0, 595.0  # A4 on its side
LL, LR, LT, LB = 50.0, 792.0, 60.0, 545.0
SIDE = 580.0  # the sidebar's left edge; the two text columns stand between LL and SIDE - 20


def _landscape(path: Path, title: str, byline: str, blocks) -> None:
    """One landscape bulletin: the title across the page, a two-column section flowing down the left column, then the
    right one (then on to a new page), and on the first page a boxed sidebar table at the right."""
    from reportlab.pdfgen import canvas

    g18._register()
    c = canvas.Canvas(str(path), pagesize=(LW, LH), invariant=1)
    pg = g18.Pager(c)

    def text(x: float, y: float, s: str, size: float) -> None:
        c.setFont(g18.FONT, size)
        c.drawString(x, LH - y, s)

    size, lead, gap = 10.0, 16.0, 20.0
    colw = (SIDE - 20 - LL - gap) / 2
    text((LW - pg.width(title, 15)) / 2, LT + 15, title, 15)
    text((LW - pg.width(byline, 10)) / 2, LT + 38, byline, 10)
    top = LT + 56
    side = next(b for k, b, _f in blocks if k == "t")
    cols = next(b for k, b, _f in blocks if k == "2")
    # the sidebar: a box, its title, a two-line head and one line a row
    stitle, _unit, head, rows, _cols, _note, _cont = side
    ts, tl = 8.0, 13.0
    y = top
    text(SIDE + (LR - SIDE - pg.width(stitle, 9.5)) / 2, y + 12, stitle, 9.5)
    y += 20
    unit_x, rights = SIDE + 98, [LR - 48, LR - 4]

    def row(label: str, cells: list[str]) -> None:
        text(SIDE + 4, y + ts, label, ts)
        if cells[0]:
            text(unit_x, y + ts, cells[0], ts)
        for r, cell in zip(rights, cells[1:], strict=True):
            if cell:
                text(r - pg.width(cell, ts), y + ts, cell, ts)

    c.setLineWidth(0.6)
    c.line(SIDE, LH - y, LR, LH - y)
    y += 3
    for line in head:
        row(line[0], line[1:])
        y += tl
    c.line(SIDE, LH - y, LR, LH - y)
    y += 3
    for label, _ind, cells, *_own in rows:
        row(label, cells)
        y += tl
    c.rect(SIDE - 4, LH - y - 4, LR - SIDE + 8, y + 4 - (top - 4))
    # the columns
    lines: list[tuple[float, str]] = []
    for kind, body, _figs in cols:
        if kind == "h":
            lines.append((0.0, body))
        else:
            for k, line in enumerate(g18._lines(body, colw, size, 2 * size, pg)):
                lines.append((2 * size if k == 0 else 0.0, line))
    page, col, y = 1, 0, top
    for indent, line in lines:
        if y + lead > LB:
            if col == 0:
                col, y = 1, top
            else:
                text(LW / 2 - 15, LH - 25, f"— {page} —", 9)
                c.showPage()
                page, col, y, top = page + 1, 0, LT, LT
        text(LL + col * (colw + gap) + indent, y + size, line, size)
        y += lead
    text(LW / 2 - 15, LH - 25, f"— {page} —", 9)
    c.save()


def _split_table(pg, title, unit, head, rows, cols, note) -> None:
    """A table that runs on over the page break where the page runs out: the rows that fit close the page, the rest
    stand at the top of the next page with no head and no 续表 line (a blank head row where the head was)."""
    room = int((g18.BOTM - pg.y) // 15.0) - 6
    if room < 3:
        pg.need(g18.BOTM)
        room = int((g18.BOTM - pg.y) // 15.0) - 6
    if room >= len(rows):
        g21.table(pg, title, unit, head, rows, cols, note, 0)
        return
    g21.table(pg, title, unit, head, rows[:room], cols, "", 0)
    pg.need(g18.BOTM)
    pg.y -= 15.0 + 4 + 6  # no title line on the new page
    g21.table(pg, "", "", [[""] * len(head[0])], rows[room:], cols, note, 0)


def typeset(path: Path, title: str, byline: str, blocks) -> None:
    """bulletins32's typesetting; a bulletin whose first block is LAND goes on a landscape page, and a table whose
    `cont` is negative is split where the page runs out, without its head on the next page."""
    if blocks and blocks[0] is LAND:
        _landscape(path, title, byline, blocks)
        return
    orig = g21.table

    def table(pg, title, unit, head, rows, cols, note, cont) -> None:
        if cont < 0:
            _split_table(pg, title, unit, head, rows, cols, note)
        else:
            orig(pg, title, unit, head, rows, cols, note, cont)

    g21.table = table
    try:
        g32.typeset(path, title, byline, blocks)
    finally:
        g21.table = orig


def _bbox_words(pdf: Path) -> str:
    """poppler's word boxes (`pdftotext -bbox`, no layout analysis), a page at a time: words whose tops lie within
    2 pt of each other make a line, left to right; a word touching the one before it is joined with no space, one
    after a gap with one space."""
    out = subprocess.run(["pdftotext", "-bbox", "-enc", "UTF-8", str(pdf), "-"], check=True,
                         capture_output=True, text=True).stdout
    root = ET.fromstring(out[out.index("<html"):].replace('xmlns="http://www.w3.org/1999/xhtml"', ""))
    pages = []
    for page in root.iter("page"):
        words = sorted((float(w.get("yMin")), float(w.get("xMin")), float(w.get("xMax")), w.text or "")
                       for w in page.iter("word"))
        lines: list[list[tuple[float, float, str]]] = []
        last = None
        for top, x0, x1, word in words:
            if last is None or top - last > 2.0:
                lines.append([])
                last = top
            lines[-1].append((x0, x1, word))
        text = []
        for line in lines:
            s, end = "", None
            for x0, x1, word in sorted(line):
                s += ("" if end is None or x0 - end < 1.0 else " ") + word
                end = x1
            text.append(s)
        pages.append("\n".join(text))
    return "\n\f".join(pages) + "\n"


def extract(pdf: Path, tool: str) -> str:
    """The text one real reader gives of the PDF."""
    if tool == "pdfplumber-layout-xtol":
        import pdfplumber

        with pdfplumber.open(pdf) as doc:
            return "\n".join((p.extract_text(layout=True, x_tolerance=1.5) or "") for p in doc.pages) + "\n"
    if tool == "pdftotext-bbox-words":
        return _bbox_words(pdf)
    from pdfminer.high_level import extract_text
    from pdfminer.layout import LAParams

    return extract_text(str(pdf), laparams=LAParams(char_margin=2.0, word_margin=0.2))


def main() -> None:
    g18.gold = g32.gold
    g18.typeset = typeset
    g18.build(OUT, DOCS, extract)


if __name__ == "__main__":
    main()
