"""Build data/gold/bulletins50: three 2025 statistical bulletins (a 州 教育 bulletin, a 州 医疗保障 bulletin and a 市
统计公报's 社会保障 section) whose tables take forms no earlier set used, typeset as PDF and read back by readers, or
settings of them, no earlier set used; the weak field is recall in tables read by unusual readers.

The typesetting and the hand-annotation format are bulletins49's (scripts/gold_bulletins49.py: bulletins46's table
setter with merged head cells, a row naming its own place giving that place's figures, a fall read as negative), with
forms no earlier set used:
- a table whose 单位 column stands in the middle (指标 | 2025年 | 单位 | 比上年增长（%）), a row's unit after its
  value and before its growth, a 其中： row and a wrapped row among its rows;
- a row label wrapped over two lines whose cells are set midway between the two lines (a cell vertically centred
  in a two-line row, as a word processor's table sets it), in a 医保 fund table (项目 | 收入 | 支出 | 年末累计结存);
- a 比重（%） column beside a 比上年末增长（%） column (参保人数 by 险种 at three indents, the whole 100.0), and a
  县（市、区） table with 床位数 and 比重 whose 全市 row comes first;
- a 县市 table of schools, students and teachers continued on the next page under 续表 with its head repeated, a
  note under it;
- narrative 其中 lists of counties (其中楚雄市9.86万人，禄丰市5.42万人…), each figure the county's;
- 教育 figures (学校数 in 所, 在校生, 专任教师, 毛入园率, 巩固率), 医保 figures (参保人数, 基金收入/支出/结存, 待遇).
The places are 楚雄彝族自治州 and its counties, 文山壮族苗族自治州 and its counties, 来宾市 and its counties.

Readers no earlier set used (earlier, bulletins49's list and its own: pdftotext -fixed at 2.5 … 7 in steps of 0.5,
pdfminer's boxes_flow at None, -0.5, -0.2, 0, 0.2, 0.4, 0.7, 0.8 and 1.0, pdfplumber's layout x_density at 4, 5, 5.5,
6.5, 7, 8 and 10 and y_density at 7, 11, 13, 16 and 20): pdfplumber's layout text at x_density 6 and y_density 15 (a
row midway between two label lines may stand on a line of its own); pdfminer with char_margin 3.5, line_margin 0.7
and boxes_flow 0.6; `pdftotext -layout -fixed 7.5` (physical layout at a wide pitch: gutters narrow further).
The gold file is written from the hand annotation below, never from what stats extracts.

    .venv/bin/python scripts/gold_bulletins50.py      # writes data/gold/bulletins50/{texts,bulletins50.jsonl}
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
import gold_bulletins43 as g43  # noqa: E402
import gold_bulletins45 as g45  # noqa: E402
import gold_bulletins47 as g47  # noqa: E402

g18 = g32.g18
P, H, C, V, N, T = g32.P, g32.H, g32.C, g32.V, g32.N, g40.T

OUT = ROOT / "data" / "gold" / "bulletins50"
g32.UNITS.update({"万人": ("人", 10**4, "other"), "人": ("人", 1, "other"), "所": ("所", 1, "other"),
                  "%": ("%", 1, "percent")})

B, OT, PC, M = "beds", "other", "percent", "money"
LV, CH = "level", "change"
Y = "2025"
W, E8 = 10**4, 10**8
AT = g45.AT
WRAP = "\x1f"  # a wrapped label's break, kept from bulletins36's splitting so that this set's setter centres the cells


def IN(place: str) -> dict:
    """A prose figure said of a county in a 其中 list: that county's."""
    return {"place": place}


CX = "楚雄彝族自治州"
WS = "文山壮族苗族自治州"
LB = "来宾市"
CX_ROWS = [("全州", CX, ["1,286", "586,400", "36,820"]), ("楚雄市", "楚雄市", ["212", "124,800", "7,860"]),
           ("禄丰市", "禄丰市", ["168", "72,600", "4,520"]), ("双柏县", "双柏县", ["86", "21,400", "1,486"]),
           ("牟定县", "牟定县", ["92", "26,800", "1,742"]), ("南华县", "南华县", ["108", "32,600", "2,064"]),
           ("姚安县", "姚安县", ["84", "28,200", "1,816"]), ("大姚县", "大姚县", ["136", "41,600", "2,648"]),
           ("永仁县", "永仁县", ["72", "16,800", "1,124"]), ("元谋县", "元谋县", ["96", "33,400", "2,086"]),
           ("武定县", "武定县", ["148", "51,400", "3,012"])]
LB_ROWS = [("全市", LB, ["8,624", "100.0"]), ("兴宾区", "兴宾区", ["2,486", "28.8"]),
           ("合山市", "合山市", ["612", "7.1"]), ("象州县", "象州县", ["1,286", "14.9"]),
           ("武宣县", "武宣县", ["1,348", "15.6"]), ("忻城县", "忻城县", ["1,562", "18.1"]),
           ("金秀瑶族自治县", "金秀瑶族自治县", ["1,330", "15.4"])]

DOCS = [
    ("d1", "2026-04-22", "楚雄彝族自治州教育体育局", "pdfplumber-layout-x6-y15", CX,
     "楚雄彝族自治州2025年教育事业发展统计公报", "楚雄彝族自治州教育体育局  2026年4月22日", [
        P("2025年，全州教育系统坚持立德树人根本任务，持续推进学前教育普及普惠、义务教育优质均衡和县域高中振兴，"
          "各级各类教育协调发展。现将全州教育事业发展主要统计数据公布如下。"),
        H("一、总体情况"),
        P("2025年，全州共有各级各类学校1,286所，比上年减少24所；在校生58.64万人，比上年减少0.86万人；教职工4.12万人，"
          "其中专任教师3.68万人，比上年增加0.06万人。学前三年毛入园率92.6%，九年义务教育巩固率97.8%，高中阶段毛入学率"
          "93.4%，比上年提高0.8个百分点。",
          ("1,286所", "所", LV, OT), ("24所", "所", CH, OT), ("58.64万人", "人", LV, OT), ("0.86万人", "人", CH, OT),
          ("4.12万人", "人", LV, OT), ("3.68万人", "人", LV, OT), ("0.06万人", "人", CH, OT), ("92.6%", "%", LV, PC),
          ("97.8%", "%", LV, PC), ("93.4%", "%", LV, PC), ("0.8个百分点", "百分点", CH, PC)),
        T("表1  2025年各级各类教育基本情况", "",
          [["指标", "2025年", "单位", "比上年增长（%）"]], [
            ("学校数", 0, ["1,286", "所", "-1.8"]),
            ("在校生数", 0, ["58.64", "万人", "-1.4"]),
            ("其中：义务教育在校生", 1, ["41.26", "万人", "-2.2"]),
            ("普通高中在校生", 1, ["6.84", "万人", "1.6"]),
            ("中等职业教育在校生\n（不含技工学校）", 1, ["3.12", "万人", "2.4"]),
            ("专任教师数", 0, ["3.68", "万人", "1.7"]),
        ], [V(Y), "unit", C("%", CH, PC, Y)]),
        H("二、学前教育和义务教育"),
        P("全州共有幼儿园562所，比上年减少18所，其中普惠性幼儿园486所；在园幼儿8.26万人，比上年减少0.64万人；幼儿园"
          "专任教师5,864人。普惠性幼儿园覆盖率91.2%。",
          ("562所", "所", LV, OT), ("18所", "所", CH, OT), ("486所", "所", LV, OT), ("8.26万人", "人", LV, OT),
          ("0.64万人", "人", CH, OT), ("5,864人", "人", LV, OT), ("91.2%", "%", LV, PC)),
        P("全州共有小学418所，在校生27.84万人；初中136所，在校生13.42万人。义务教育阶段专任教师2.46万人，其中小学专任"
          "教师1.48万人，初中专任教师0.98万人。全州进城务工人员随迁子女在校生1.26万人，其中在公办学校就读的占96.4%。",
          ("418所", "所", LV, OT), ("27.84万人", "人", LV, OT), ("136所", "所", LV, OT), ("13.42万人", "人", LV, OT),
          ("2.46万人", "人", LV, OT), ("1.48万人", "人", LV, OT), ("0.98万人", "人", LV, OT),
          ("1.26万人", "人", LV, OT), ("96.4%", "%", LV, PC)),
        P("全州义务教育在校生41.26万人，其中楚雄市9.86万人，禄丰市5.42万人，武定县3.96万人，大姚县2.84万人。",
          ("41.26万人", "人", LV, OT), ("9.86万人", "人", LV, OT, IN("楚雄市")),
          ("5.42万人", "人", LV, OT, IN("禄丰市")), ("3.96万人", "人", LV, OT, IN("武定县")),
          ("2.84万人", "人", LV, OT, IN("大姚县"))),
        H("三、高中阶段教育"),
        P("全州共有普通高中42所，在校生6.84万人，比上年增加0.11万人；中等职业学校18所，在校生3.12万人。普通高中专任"
          "教师5,126人。各县市教育基本情况见表2。",
          ("42所", "所", LV, OT), ("6.84万人", "人", LV, OT), ("0.11万人", "人", CH, OT), ("18所", "所", LV, OT),
          ("3.12万人", "人", LV, OT), ("5,126人", "人", LV, OT)),
        T("表2  2025年各县市教育基本情况", "",
          [["县市", "学校数（所）", "在校生（人）", "专任教师（人）"]],
          [(name, 0, cells, AT(place)) for name, place, cells in CX_ROWS],
          [C("所", LV, OT, Y), C("人", LV, OT, Y), C("人", LV, OT, Y)], ["注：全州合计含州属学校。"], 6),
    ]),
    ("d2", "2026-03-20", "文山壮族苗族自治州医疗保障局", "pdfminer-cm3.5-lm0.7-bf0.6", WS,
     "文山壮族苗族自治州2025年医疗保障事业发展统计公报", "文山壮族苗族自治州医疗保障局  2026年3月20日", [
        H("一、参保情况"),
        P("截至2025年末，全州基本医疗保险参保人数348.62万人，参保率95.2%。其中，职工基本医疗保险参保人数32.46万人，比上年"
          "末增加0.84万人；城乡居民基本医疗保险参保人数316.16万人，比上年末减少3.28万人。分县（市）看，其中文山市参保"
          "56.84万人，广南县74.26万人，丘北县46.18万人。",
          ("348.62万人", "人", LV, OT), ("95.2%", "%", LV, PC), ("32.46万人", "人", LV, OT),
          ("0.84万人", "人", CH, OT), ("316.16万人", "人", LV, OT), ("3.28万人", "人", CH, OT),
          ("56.84万人", "人", LV, OT, IN("文山市")), ("74.26万人", "人", LV, OT, IN("广南县")),
          ("46.18万人", "人", LV, OT, IN("丘北县"))),
        T("表1  2025年末基本医疗保险参保人数", "",
          [["险种", "参保人数（万人）", "比重（%）", "比上年末增长（%）"]], [
            ("基本医疗保险", 0, ["348.62", "100.0", "-0.7"]),
            ("职工基本医疗保险", 1, ["32.46", "9.3", "2.7"]),
            ("其中：在职职工", 2, ["23.84", "6.8", "3.1"]),
            ("退休人员", 2, ["8.62", "2.5", "1.5"]),
            ("城乡居民基本医疗保险", 1, ["316.16", "90.7", "-1.0"]),
        ], [C("人", LV, OT, Y, W), C("%", LV, PC, Y), C("%", CH, PC, Y)]),
        H("二、基金收支"),
        P("2025年，全州基本医疗保险基金（含生育保险）总收入62.48亿元，比上年增长2.6%；总支出58.36亿元，增长4.1%；年末"
          "累计结存48.62亿元。其中，职工基本医疗保险统筹基金收入18.24亿元，支出16.86亿元；城乡居民基本医疗保险基金收入"
          "40.82亿元，支出38.94亿元。",
          ("62.48亿元", "元", LV, M), ("2.6%", "%", CH, PC), ("58.36亿元", "元", LV, M), ("4.1%", "%", CH, PC),
          ("48.62亿元", "元", LV, M), ("18.24亿元", "元", LV, M), ("16.86亿元", "元", LV, M),
          ("40.82亿元", "元", LV, M), ("38.94亿元", "元", LV, M)),
        T("表2  2025年基本医疗保险基金收支情况", "单位：亿元",
          [["项目", "收入", "支出", "年末累计结存"]], [
            ("基本医疗保险基金\n（含生育保险）", 0, ["62.48", "58.36", "48.62"]),
            ("职工基本医疗保险\n统筹基金", 1, ["18.24", "16.86", "22.14"]),
            ("职工基本医疗保险\n个人账户", 1, ["3.42", "2.56", "5.86"]),
            ("城乡居民基本医疗\n保险基金", 1, ["40.82", "38.94", "20.62"]),
        ], [C("元", LV, M, Y, E8), C("元", LV, M, Y, E8), C("元", LV, M, Y, E8)]),
        H("三、医疗保障待遇"),
        P("全年全州参保人员享受待遇1,286.42万人次，比上年增长5.6%。职工医保政策范围内住院费用基金支付比例85.2%，居民医保"
          "政策范围内住院费用基金支付比例70.4%，比上年提高0.6个百分点。全年医疗救助资助参保42.68万人，支出资金2.86亿元；"
          "门诊慢特病待遇享受人员18.24万人。",
          ("1,286.42万人次", "人次", LV, OT), ("5.6%", "%", CH, PC), ("85.2%", "%", LV, PC), ("70.4%", "%", LV, PC),
          ("0.6个百分点", "百分点", CH, PC), ("42.68万人", "人", LV, OT), ("2.86亿元", "元", LV, M),
          ("18.24万人", "人", LV, OT)),
        H("四、定点医药机构"),
        P("年末全州共有定点医疗机构2,486家，定点零售药店1,862家。其中，文山市定点零售药店412家，砚山县286家，富宁县"
          "198家。",
          ("2,486家", "家", LV, OT), ("1,862家", "家", LV, OT), ("412家", "家", LV, OT, IN("文山市")),
          ("286家", "家", LV, OT, IN("砚山县")), ("198家", "家", LV, OT, IN("富宁县"))),
    ]),
    ("d3", "2026-04-18", "来宾市统计局", "pdftotext-layout-fixed-7.5", LB,
     "来宾市2025年国民经济和社会发展统计公报（节选）", "来宾市统计局  国家统计局来宾调查队  2026年4月18日", [
        H("十二、卫生健康和社会保障"),
        P("年末全市共有医疗卫生机构1,862个，医疗卫生机构床位1.68万张，比上年末增加412张。",
          ("1,862个", "个", LV, OT), ("1.68万张", "张", LV, B), ("412张", "张", CH, B)),
        P("年末全市城乡居民基本养老保险参保人数142.36万人，比上年末增加1.28万人；城镇职工基本养老保险参保人数38.62万人。"
          "全市城市最低生活保障对象1.86万人，农村最低生活保障对象12.48万人，其中兴宾区3.62万人，忻城县2.16万人，金秀瑶族"
          "自治县1.38万人。全年城乡低保资金支出6.84亿元，增长2.4%。",
          ("142.36万人", "人", LV, OT), ("1.28万人", "人", CH, OT), ("38.62万人", "人", LV, OT),
          ("1.86万人", "人", LV, OT), ("12.48万人", "人", LV, OT), ("3.62万人", "人", LV, OT, IN("兴宾区")),
          ("2.16万人", "人", LV, OT, IN("忻城县")), ("1.38万人", "人", LV, OT, IN("金秀瑶族自治县")),
          ("6.84亿元", "元", LV, M), ("2.4%", "%", CH, PC)),
        T("表6  2025年末各县（市、区）养老服务床位", "",
          [["县（市、区）", "床位数（张）", "比重（%）"]],
          [(name, 0, cells, AT(place)) for name, place, cells in LB_ROWS],
          [C("张", LV, B, Y), C("%", LV, PC, Y)]),
    ]),
]


# --- typesetting: bulletins42's table (续表 with the head again, merged head cells), a wrapped row's cells centred -----

def table(pg, title, unit, head, rows, cols, notes, cont) -> None:
    """bulletins42's table (with `cont`, the page ends after that many rows and the next opens with 续表 and the head
    again; a merged head cell centred over its columns; a −x cell set as bulletins43 sets it), except that a row whose
    label holds WRAP is set over two lines, its cells midway between them."""
    ts, tl = 9.0, 15.0
    line0 = head[-1]
    ncol = sum(c[1] if isinstance(c, tuple) else 1 for c in line0)
    widest = max(pg.width(part, ts) + {0: 0, 1: ts, 2: 2 * ts}[r[1]] for r in rows for part in r[0].split(WRAP))
    first = min(180.0, max(90.0, widest + 30.0)) if ncol <= 4 else 150.0
    step = (g18.RIGHT - g18.LEFT - first) / (ncol - 1)
    rights = [g18.LEFT + first + step * (k + 1) - 6 for k in range(ncol - 1)]
    c = pg.c
    left, right = g18.LEFT, g18.RIGHT
    lab = left + 4

    def rule(width: float) -> None:
        c.setLineWidth(width)
        c.line(left, g18.HGT - pg.y, right, g18.HGT - pg.y)

    def heading() -> None:
        if unit:
            pg.text(right - pg.width(unit, ts), pg.y + ts, unit, ts)
            pg.y += tl
        rule(0.8)
        pg.y += 4
        g45._head(pg, head, lab, rights, ts, tl)
        rule(0.5)
        pg.y += 4

    lines = sum(len(r[0].split(WRAP)) for r in rows[:cont or len(rows)])
    pg.need(tl * (lines + 6 + len(head) + len(notes)))
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
        parts = label.split(WRAP)
        top = pg.y
        for part in parts:
            pg.text(lab + {0: 0, 1: ts, 2: 2 * ts}[ind], pg.y + ts, part, ts)
            pg.y += tl
        end = pg.y
        pg.y = top + tl * (len(parts) - 1) / 2
        for k, cell in enumerate(cells):
            if cell:
                g43._cell(pg, rights[k], cell, ts)
        pg.y = end
    rule(0.8)
    pg.y += 6
    for note in notes:
        pg.text(left, pg.y + ts, note, ts)
        pg.y += tl
    pg.y += 8


def _marked(rows: list) -> list:
    return [(label.replace("\n", WRAP), *rest) for label, *rest in rows]


_typeset = g36.typeset_with(table, g40._word_lines)


def typeset(path: Path, title: str, byline: str, blocks) -> None:
    """bulletins36's typesetting with this set's table setter, a wrapped label's break passed on to it as WRAP."""
    _typeset(path, title, byline, g36._map_tables(blocks, _marked))


# --- gold ---------------------------------------------------------------------------------------------------------------

def _unit_first(blocks):
    """For the gold only: a table's 单位 column, wherever it stands, read as if it stood first (the gold walks a row's
    cells in order and needs the row's unit before its values); the typesetting keeps it where it is."""
    out = []
    for kind, body, figs in blocks:
        if kind == "t" and "unit" in body[4] and body[4][0] != "unit":
            title, unit, head, rows, cols, notes, cont = body
            k = cols.index("unit")
            rows = [(label, ind, [cells[k], *cells[:k], *cells[k + 1:]], *own) for label, ind, cells, *own in rows]
            body = (title, unit, head, rows, ["unit", *cols[:k], *cols[k + 1:]], notes, cont)
        out.append((kind, body, figs))
    return out


def gold(doc: str, place: str, blocks) -> list[dict]:
    """bulletins49's gold (bulletins47's, a 单位 column read as its row's unit wherever it stands), a block at a time so
    that a prose figure said of a county in a 其中 list takes that county as its place."""
    out: list[dict] = []
    for block in _unit_first(blocks):
        records = g47.gold(doc, place, [block])
        kind, _body, figs = block
        if kind in ("p", "n"):
            assert len(records) == len(figs), (doc, block[1][:20])
            for rec, fig in zip(records, figs, strict=True):
                if len(fig) > 4 and "place" in fig[4]:
                    rec["place"] = fig[4]["place"]
        out += records
    return out


# --- readers ----------------------------------------------------------------------------------------------------------

def extract(pdf: Path, tool: str) -> str:
    """The text one real reader gives of the PDF."""
    if tool == "pdfminer-cm3.5-lm0.7-bf0.6":
        return g36.pdfminer_text(pdf, char_margin=3.5, line_margin=0.7, boxes_flow=0.6)
    if tool == "pdfplumber-layout-x6-y15":
        return g36.plumber_layout(pdf, 6, 15)
    return g36.pdftotext(pdf, "-layout", "-fixed", "7.5")


def main() -> None:
    g36.run(OUT, DOCS, gold, typeset, extract)


if __name__ == "__main__":
    main()
