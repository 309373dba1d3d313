"""Build data/gold/bulletins48: three 2025 statistical texts on medical insurance, beds, jobs and money whose tables
take forms real bulletins and data releases print and no earlier set used, typeset as PDF and read back by readers,
or settings of them, no earlier set used; the weak field is recall in tables read by unusual readers.

The typesetting and the hand-annotation format are bulletins47's (scripts/gold_bulletins47.py: bulletins46's table
setter with merged head cells, a row naming its own place giving that place's figures; gold by bulletins45's, a fall
written −2.4 or （2.4） read as negative), with forms no earlier set used:
- a 指标 | 单位 | 2025年 | 比上年增长（%） table whose head is set over three lines, the growth column's words split
  比上年 / 增长 / （%） and the other head words on the middle line (a head centred in its rows), falls written with
  the minus sign U+2212, rows at three indents (参保人数, 职工 and 居民, 其中：在职职工 and 退休人员);
- a 医保 fund table (单位：亿元 above it; 项目 | 收入 | 支出 | 累计结存), its first row the whole fund, two parts indented;
- a row-major year table whose head is the bare years 2021 2022 2023 2024 2025 (no 年), a 单位 column (个, 万张, 万人,
  万人次) giving each row's unit;
- two small tables set side by side on a portrait page (each its own title, head and rules, the right one's rows on
  the left one's baselines): a 险种 table in 万人 whose falls are in brackets (（2.06）, 注：括号内为减少数。) and a
  指标 | 单位 | 2025年 table;
- a 乡镇卫生院 table (乡镇（街道） | 床位数（张） | 比上年末增减（张） | 卫生技术人员（人）) with a 合计 row last, falls in
  brackets, each row's figures the county's;
- a year table whose head names the span whole on one line over the years (2021—2025年 centred over five columns,
  2021年 … 2025年 under it), a 单位 column.
The texts: a 省 医疗保障局's 统计快报 (参保, 基金收支, 待遇), a 市 统计公报's 卫生健康 and 社会保障 sections and a 县
统计公报's 卫生健康 and 就业和社会保障 sections.

Readers no earlier set used (earlier, bulletins47's list and its own: pdftotext -fixed at 2.5, 3, 3.5, 4, 4.5, 5, 6
and 7, pdfminer's boxes_flow at None, -0.5, -0.2, 0, 0.2, 0.8 and 1.0, pdfplumber's layout x_density at 4, 5, 5.5, 6.5
and 10 and y_density at 7, 11 and 20): pdfplumber's layout text at x_density 8 and y_density 16 (a coarse horizontal
pitch: gutters shrink, a three-line head's words close on each other); pdfminer with char_margin 6.0, line_margin 0.6
and boxes_flow 0.7 (wide boxes: a side-by-side pair's halves may fall into one box or two); `pdftotext -layout
-fixed 5.5` (physical layout at a pitch between 5 and 6). pypdf is not installed here.
The gold file is written from the hand annotation below, never from what stats extracts.

    .venv/bin/python scripts/gold_bulletins48.py      # writes data/gold/bulletins48/{texts,bulletins48.jsonl}
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
import gold_bulletins18 as g18  # noqa: E402
import gold_bulletins32 as g32  # noqa: E402
import gold_bulletins36 as g36  # noqa: E402
import gold_bulletins40 as g40  # noqa: E402
import gold_bulletins43 as g43  # noqa: E402
import gold_bulletins45 as g45  # noqa: E402
import gold_bulletins46 as g46  # noqa: E402
import gold_bulletins47 as g47  # noqa: E402

P, H, C, V, T = g32.P, g32.H, g32.C, g32.V, g40.T

OUT = ROOT / "data" / "gold" / "bulletins48"
g32.UNITS.update({"万张": ("张", 10**4, "beds"), "万人次": ("人次", 10**4, "other")})

B, OT, PC, M, J = "beds", "other", "percent", "money", "jobs"
LV, CH = "level", "change"
Y = "2025"
W, E8 = 10**4, 10**8
JOB = {"topic": J}
BED = {"topic": B}
AT = g45.AT
MINUS = g43.MINUS
LOWER = {"qualifier": "lower_bound"}
LEFT_HALF, RIGHT_HALF = "left", "right"  # a table's `cont`: set in the left or right half of the page, side by side
YEARS = [V(str(y)) for y in range(2021, 2026)]

MT = [("湄江街道", ["124", "12", "98"]), ("永兴镇", ["136", "18", "112"]), ("复兴镇", ["98", "（2）", "76"]),
      ("马山镇", ["64", "4", "48"]), ("高台镇", ["58", "2", "42"]), ("茅坪镇", ["62", "（6）", "46"]),
      ("兴隆镇", ["88", "10", "68"]), ("洗马镇", ["54", "4", "40"]), ("天城镇", ["52", "（4）", "38"]),
      ("合计", ["736", "38", "568"])]

DOCS = [
    ("b1", "2026-03-12", "吉林省医疗保障局", "pdfplumber-layout-x8-y16", "吉林省",
     "吉林省2025年医疗保障事业发展统计快报", "吉林省医疗保障局  2026年3月12日", [
        H("一、参保情况"),
        P("2025年末，全省基本医疗保险参保人数2,486.32万人，参保率稳定在95%以上。其中，参加职工基本医疗保险人数"
          "812.46万人，比上年末增加6.84万人；参加城乡居民基本医疗保险人数1,673.86万人，比上年末减少21.36万人。年末"
          "全省生育保险参保人数486.24万人。",
          ("2,486.32万人", "人", LV, OT), ("95%以上", "%", LV, PC, LOWER), ("812.46万人", "人", LV, OT),
          ("6.84万人", "人", CH, OT), ("1,673.86万人", "人", LV, OT), ("21.36万人", "人", CH, OT),
          ("486.24万人", "人", LV, OT)),
        T("表1  2025年基本医疗保险参保情况", "",
          [["", "", "", "比上年"], ["指标", "单位", "2025年", "增长"], ["", "", "", "（%）"]], [
            ("基本医疗保险参保人数", 0, ["万人", "2486.32", f"{MINUS}0.6"]),
            ("职工基本医疗保险", 1, ["万人", "812.46", "0.8"]),
            ("其中：在职职工", 2, ["万人", "586.24", "1.2"]),
            ("退休人员", 2, ["万人", "226.22", f"{MINUS}0.2"]),
            ("城乡居民基本医疗保险", 1, ["万人", "1673.86", f"{MINUS}1.3"]),
            ("生育保险参保人数", 0, ["万人", "486.24", "1.6"]),
            ("定点医药机构", 0, ["个", "24,862", "3.4"]),
        ], ["unit", V(Y), C("%", CH, PC, Y)]),
        H("二、基金收支"),
        P("2025年，全省基本医疗保险基金（含生育保险）总收入486.42亿元，比上年增长3.6%；总支出452.18亿元，增长5.2%；"
          "当年结存34.24亿元，年末累计结存612.86亿元。其中，职工基本医疗保险基金（含生育保险）收入286.34亿元，支出"
          "258.62亿元，年末累计结存468.24亿元；城乡居民基本医疗保险基金收入200.08亿元，支出193.56亿元，年末累计结存"
          "144.62亿元。",
          ("486.42亿元", "元", LV, M), ("3.6%", "%", CH, PC), ("452.18亿元", "元", LV, M), ("5.2%", "%", CH, PC),
          ("34.24亿元", "元", LV, M), ("612.86亿元", "元", LV, M), ("286.34亿元", "元", LV, M),
          ("258.62亿元", "元", LV, M), ("468.24亿元", "元", LV, M), ("200.08亿元", "元", LV, M),
          ("193.56亿元", "元", LV, M), ("144.62亿元", "元", LV, M)),
        T("表2  2025年基本医疗保险基金收支情况", "单位：亿元",
          [["项目", "收入", "支出", "累计结存"]], [
            ("基本医疗保险基金（含生育保险）", 0, ["486.42", "452.18", "612.86"]),
            ("职工基本医疗保险基金", 1, ["286.34", "258.62", "468.24"]),
            ("城乡居民基本医疗保险基金", 1, ["200.08", "193.56", "144.62"]),
        ], [C("元", LV, M, Y, E8), C("元", LV, M, Y, E8), C("元", LV, M, Y, E8)]),
        H("三、医疗保障待遇"),
        P("全年全省参保人员享受医疗保障待遇3,862.48万人次，比上年增长4.2%。职工基本医疗保险政策范围内住院费用基金支付"
          "比例84.6%，城乡居民基本医疗保险政策范围内住院费用基金支付比例68.2%，比上年提高0.4个百分点。全年医疗救助资助"
          "参加基本医疗保险186.42万人，支出资金6.84亿元。",
          ("3,862.48万人次", "人次", LV, OT), ("4.2%", "%", CH, PC), ("84.6%", "%", LV, PC), ("68.2%", "%", LV, PC),
          ("0.4个百分点", "百分点", CH, PC), ("186.42万人", "人", LV, OT), ("6.84亿元", "元", LV, M)),
    ]),
    ("b2", "2026-04-08", "齐齐哈尔市统计局", "pdfminer-cm6-lm0.6-bf0.7", "齐齐哈尔市",
     "齐齐哈尔市2025年国民经济和社会发展统计公报（节选）", "齐齐哈尔市统计局  国家统计局齐齐哈尔调查队  2026年4月8日", [
        H("十一、卫生健康"),
        P("年末全市共有医疗卫生机构4,862个，其中医院186个。医疗卫生机构床位4.12万张，比上年末增加1,246张；卫生技术"
          "人员3.68万人，其中执业（助理）医师1.42万人，注册护士1.56万人。全年医疗卫生机构总诊疗人次1,586.42万人次，"
          "比上年增长2.8%。",
          ("4,862个", "个", LV, OT), ("186个", "个", LV, OT), ("4.12万张", "张", LV, B), ("1,246张", "张", CH, B),
          ("3.68万人", "人", LV, OT), ("1.42万人", "人", LV, OT), ("1.56万人", "人", LV, OT),
          ("1,586.42万人次", "人次", LV, OT), ("2.8%", "%", CH, PC)),
        T("表9  2021—2025年卫生健康主要指标", "",
          [["指标", "单位", "2021", "2022", "2023", "2024", "2025"]], [
            ("医疗卫生机构", 0, ["个", "4,786", "4,812", "4,826", "4,840", "4,862"]),
            ("医疗卫生机构床位", 0, ["万张", "3.78", "3.86", "3.94", "4.00", "4.12"]),
            ("卫生技术人员", 0, ["万人", "3.32", "3.41", "3.50", "3.59", "3.68"]),
            ("总诊疗人次", 0, ["万人次", "1,426.8", "1,386.2", "1,512.6", "1,543.2", "1,586.4"]),
        ], ["unit", *YEARS]),
        H("十二、社会保障"),
        P("年末全市城镇职工基本养老保险参保人数98.46万人，比上年末增加1.12万人；城乡居民基本养老保险参保人数186.24万人，"
          "减少2.06万人。失业保险参保人数24.68万人，工伤保险参保人数32.14万人。全年城镇新增就业2.46万人，年末城镇登记"
          "失业率3.12%。年末全市共有养老机构312个，床位2.18万张。",
          ("98.46万人", "人", LV, OT), ("1.12万人", "人", CH, OT), ("186.24万人", "人", LV, OT),
          ("2.06万人", "人", CH, OT), ("24.68万人", "人", LV, OT), ("32.14万人", "人", LV, OT),
          ("2.46万人", "人", LV, J), ("3.12%", "%", LV, J), ("312个", "个", LV, OT), ("2.18万张", "张", LV, B)),
        T("表10  2025年末社会保险参保", "单位：万人",
          [["险种", "年末数", "比上年末"], ["", "", "增减"]], [
            ("城镇职工基本养老保险", 0, ["98.46", "1.12"]),
            ("城乡居民基本养老保险", 0, ["186.24", "（2.06）"]),
            ("失业保险", 0, ["24.68", "0.46"]),
            ("工伤保险", 0, ["32.14", "（0.38）"]),
        ], [C("人", LV, OT, Y, W), C("人", CH, OT, Y, W)], ["注：括号内为减少数。"], LEFT_HALF),
        T("表11  2025年就业和养老服务", "",
          [["指标", "单位", "2025年"]], [
            ("城镇新增就业", 0, ["人", "24,612"], JOB),
            ("失业人员再就业", 0, ["人", "6,846"], JOB),
            ("城镇登记失业率", 0, ["%", "3.12"], JOB),
            ("养老机构", 0, ["个", "312"]),
            ("养老机构床位", 0, ["张", "21,846"], BED),
        ], ["unit", V(Y)], (), RIGHT_HALF),
    ]),
    ("b3", "2026-04-20", "湄潭县统计局", "pdftotext-layout-fixed-5.5", "湄潭县",
     "湄潭县2025年国民经济和社会发展统计公报（节选）", "湄潭县统计局  国家统计局湄潭调查队  2026年4月20日", [
        H("九、卫生健康"),
        P("年末全县共有医疗卫生机构286个，其中乡镇卫生院（社区卫生服务中心）9个。医疗卫生机构床位3,126张，比上年末"
          "增加86张，其中乡镇卫生院床位736张。卫生技术人员3,462人。全年乡镇卫生院诊疗人次98.64万人次，下降1.8%。",
          ("286个", "个", LV, OT), ("9个", "个", LV, OT), ("3,126张", "张", LV, B), ("86张", "张", CH, B),
          ("736张", "张", LV, B), ("3,462人", "人", LV, OT), ("98.64万人次", "人次", LV, OT), ("1.8%", "%", CH, PC)),
        T("表6  2025年末乡镇卫生院床位和人员", "",
          [["乡镇（街道）", "床位数（张）", "比上年末增减（张）", "卫生技术人员（人）"]],
          [(name, 0, cells, AT("湄潭县")) for name, cells in MT],
          [C("张", LV, B, Y), C("张", CH, B, Y), C("人", LV, OT, Y)],
          ["注：括号内为减少数。"]),
        H("十、就业和社会保障"),
        P("全年全县城镇新增就业4,286人，比上年增长2.4%；农村劳动力转移就业1.86万人。年末全县城乡居民基本养老保险参保"
          "人数28.64万人，城乡居民基本医疗保险参保人数42.18万人。全年城乡居民基本医疗保险基金收入4.86亿元，支出"
          "4.62亿元。",
          ("4,286人", "人", LV, J), ("2.4%", "%", CH, J), ("1.86万人", "人", LV, J), ("28.64万人", "人", LV, OT),
          ("42.18万人", "人", LV, OT), ("4.86亿元", "元", LV, M), ("4.62亿元", "元", LV, M)),
        T("表7  2021—2025年就业和床位", "",
          [["指标", "单位", ("2021—2025年", 5)], ["", "", "2021年", "2022年", "2023年", "2024年", "2025年"]], [
            ("城镇新增就业", 0, ["人", "3,862", "3,946", "4,068", "4,186", "4,286"], JOB),
            ("农村劳动力转移就业", 0, ["万人", "1.72", "1.76", "1.79", "1.82", "1.86"], JOB),
            ("养老机构床位", 0, ["张", "1,126", "1,186", "1,248", "1,302", "1,368"], BED),
            ("乡镇卫生院床位", 0, ["张", "652", "668", "690", "712", "736"], BED),
        ], ["unit", *YEARS]),
    ]),
]


# --- typesetting: bulletins47's, with two tables side by side on a portrait page --------------------------------------

_TOP: list[float] = []  # the top of the left table of a side-by-side pair, and its bottom


def _half(pg, title, unit, head, rows, notes, side: str) -> None:
    """A small table set in one half of the page (bulletins43's whole table in narrower bounds, bulletins45's head
    with merged cells): the left one where the page stands, the right one on the left one's top, the page going on
    under the longer of the two."""
    ts, tl = 9.0, 15.0
    mid = (g18.LEFT + g18.RIGHT) / 2
    left, right = (g18.LEFT, mid - 8) if side == LEFT_HALF else (mid + 8, g18.RIGHT)
    c = pg.c

    def rule(width: float) -> None:
        c.setLineWidth(width)
        c.line(left, g18.HGT - pg.y, right, g18.HGT - pg.y)

    if side == LEFT_HALF:
        pg.need(tl * (len(rows) + 8 + len(head) + len(notes)))
        _TOP[:] = [pg.y]
    else:
        pg.y = _TOP[0]
    rights = g43._geometry(pg, head, rows, left, right, ts)
    pg.y += 6
    pg.text((left + right - pg.width(title, 10.5)) / 2, pg.y + 10.5, title, 10.5)
    pg.y += tl + 4
    if unit:
        pg.text(right - pg.width(unit, ts), pg.y + ts, unit, ts)
    pg.y += tl
    rule(0.8)
    pg.y += 4
    g45._head(pg, head, left + 4, rights, ts, tl)
    rule(0.5)
    pg.y += 4
    for label, ind, cells, *_own in rows:
        g43._row(pg, label, ind, cells, left + 4, rights, ts)
        pg.y += tl
    rule(0.8)
    pg.y += 6
    for note in notes:
        pg.text(left, pg.y + ts, note, ts)
        pg.y += tl
    pg.y += 8
    if side == LEFT_HALF:
        _TOP.append(pg.y)
    else:
        pg.y = max(pg.y, _TOP[1])


def table(pg, title, unit, head, rows, cols, notes, cont) -> None:
    """bulletins46's table; a table whose `cont` is a side is set in that half of the page."""
    if cont in (LEFT_HALF, RIGHT_HALF):
        return _half(pg, title, unit, head, rows, notes, cont)
    return g46.table(pg, title, unit, head, rows, cols, notes, cont)


typeset = g36.typeset_with(table, g40._word_lines)
gold = g47.gold


# --- readers ----------------------------------------------------------------------------------------------------------

def extract(pdf: Path, tool: str) -> str:
    """The text one real reader gives of the PDF."""
    if tool == "pdfminer-cm6-lm0.6-bf0.7":
        return g36.pdfminer_text(pdf, char_margin=6.0, line_margin=0.6, boxes_flow=0.7)
    if tool == "pdfplumber-layout-x8-y16":
        return g36.plumber_layout(pdf, 8, 16)
    return g36.pdftotext(pdf, "-layout", "-fixed", "5.5")


def main() -> None:
    g36.run(OUT, DOCS, gold, typeset, extract)


if __name__ == "__main__":
    main()
