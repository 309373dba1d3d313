"""Build data/gold/bulletins35: three 2025 bulletins on beds and jobs, in layouts no earlier set used, typeset as PDF
and read back by readers, or settings of them, no earlier set used; the weak fields are recall and period.

The typesetting and the hand-annotation format are bulletins32's and 34's (scripts/gold_bulletins32.py: P/H/N blocks,
tables whose cells take their column's or their row's period and unit; gold written by its `gold`), with three new
layouts:
- a table whose rows are the province's 市 (机构数 | 床位数 | 每千人口床位 | 卫生技术人员, units on the head's second
  line) closed by a 合计 row: each row's figures are that city's, the 合计 row's the province's (GUIDE.md: place);
- a quarterly release's table by 县（市、区） under a two-level head (城镇新增就业 over 1—9月 | 第三季度 | 上年同期,
  其中：失业人员再就业 over 1—9月 | 第三季度): the 1—9月 cells are of 2025M01-M09, the 第三季度 cells of 2025Q3, the
  上年同期 cells of 2024M01-M09 (GUIDE.md: period), its 全市 row the city's, and its 注： saying the 全市 row holds the
  parks too (so it is no sum of the rows);
- a landscape page whose prose runs the page's width, with two tables side by side under it (年末数 | 比上年末增减 on
  the left, 2025年 | 2024年 on the right, each with a 单位 column and its own 注：), so a reader that keeps the layout
  gives a row of each table on one line.
The bulletins: a 省 卫生健康统计简报 (年末 stocks of 机构, 床位 and 人员, the year's 诊疗人次 and 出院人数), a 市 人社局
第三季度 数据发布 (1—9月 累计 against 上年同期, 第三季度 alone, 9月末 stocks of 参保人数 and the 失业率) and a 县
统计公报's 卫生 and 就业 sections (年末 stocks, the year's flows, 2024's column).

Readers no earlier set used (earlier: pdfplumber plain, layout, tolerances, text flow, words, lines, simple, grids,
ratio; pdfminer default and many LAParams; pdftotext plain, -layout, -raw, -fixed, -colspacing 0.2 and 1.5, -tsv,
-bbox, -bbox-layout; pdftohtml -xml and HTML; pypdfium2 range, bounded, objects, rects, characters with tabs; pypdf
plain and layout, not installed here): pdfminer with char_margin 3.0, line_margin 0.35, word_margin 0.15 and
boxes_flow 0.8 (a table's cells apart by more than three characters are boxes of their own, ordered mostly down the
page), pypdfium2's get_text_bounded() over each third of the page height in turn (a reader that takes a page a band
at a time: what falls across a band's edge goes with the band its box lies in) and `pdftotext -layout -nodiag
-nopgbrk` on the landscape page (the two tables side by side on each line, no form feed). The gold file is written
from the hand annotation below, never from what stats extracts.

    .venv/bin/python scripts/gold_bulletins35.py      # writes data/gold/bulletins35/{texts,bulletins35.jsonl}
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
import gold_bulletins32 as g32  # noqa: E402
import gold_bulletins34 as g34  # noqa: E402

g18, g21 = g32.g18, g32.g21
P, H, C, V, N, T = g32.P, g32.H, g32.C, g32.V, g32.N, g32.T
VC = g34.VC

OUT = ROOT / "data" / "gold" / "bulletins35"
# the 单位 cells of this set's unit-column tables: g32.gold reads the module's table, so the new units go into it
g32.UNITS.update({"个": ("个", 1, "other"), "张": ("张", 1, "beds"), "万人": ("人", 10**4, "other")})

B, OT, PC, M, J = "beds", "other", "percent", "money", "jobs"
LV, CH = "level", "change"
Y = "2025"
W = 10**4
E8 = 10**8
OPT = {"tier": "optional"}
JAN_SEP, Q3, JAN_SEP24, SEP = "2025M01-M09", "2025Q3", "2024M01-M09", "2025-09"
JOB = {"topic": J}


def SIDE(left, right):
    """Two tables set side by side under the prose of a landscape page."""
    return ("side", (left, right), ())


LAND = ("landscape", None, ())  # first block of a bulletin set on a landscape page (gold skips it)


def PL(label, ind, cells, place, **opts):
    """A table row whose figures are of the place it names."""
    return (label, ind, cells, {"place": place, **opts})


DOCS = [
    ("x1", "2026-03-18", "陕西省卫生健康委员会", "pdfminer-cm3-bf08", "陕西省",
     "陕西省2025年卫生健康统计简报", "陕西省卫生健康委员会统计信息中心  2026年3月18日", [
        H("一、医疗卫生资源"),
        P("截至2025年末，全省医疗卫生机构总数达4.22万个，比上年末增加386个。其中，医院1426个，基层医疗卫生机构"
          "4.02万个，专业公共卫生机构318个。",
          ("4.22万个", "个", LV, OT), ("386个", "个", CH, OT), ("1426个", "个", LV, OT), ("4.02万个", "个", LV, OT),
          ("318个", "个", LV, OT)),
        P("年末全省医疗卫生机构床位27.27万张，比上年末增加0.86万张，其中医院床位22.18万张。每千人口医疗卫生机构"
          "床位6.90张，比上年末增加0.24张。全省卫生技术人员33.04万人，比上年末增加1.12万人，每千人口卫生技术人员"
          "8.36人。",
          ("27.27万张", "张", LV, B), ("0.86万张", "张", CH, B), ("22.18万张", "张", LV, B), ("6.90张", "张", LV, B),
          ("0.24张", "张", CH, B), ("33.04万人", "人", LV, OT), ("1.12万人", "人", CH, OT), ("8.36人", "人", LV, OT)),
        T("表1  2025年末各市医疗卫生资源", "",
          [["地区", "机构数", "床位数", "每千人口", "卫生技术"], ["", "（个）", "（张）", "床位（张）", "人员（人）"]], [
            PL("西安市", 0, ["7846", "86420", "6.65", "128460"], "西安市"),
            PL("铜川市", 0, ["986", "5460", "7.84", "6120"], "铜川市"),
            PL("宝鸡市", 0, ["4512", "26840", "8.12", "29860"], "宝鸡市"),
            PL("咸阳市", 0, ["5286", "31260", "7.46", "34120"], "咸阳市"),
            PL("渭南市", 0, ["6024", "30180", "6.52", "31640"], "渭南市"),
            PL("延安市", 0, ["3186", "14620", "6.34", "16480"], "延安市"),
            PL("汉中市", 0, ["3946", "22480", "7.06", "23860"], "汉中市"),
            PL("榆林市", 0, ["4268", "24360", "6.76", "27360"], "榆林市"),
            PL("安康市", 0, ["3362", "17840", "7.26", "18620"], "安康市"),
            PL("商洛市", 0, ["2764", "13260", "6.62", "13840"], "商洛市"),
            PL("合计", 0, ["42180", "272720", "6.90", "330360"], "陕西省"),
        ], [C("个", LV, OT, Y), C("张", LV, B, Y), C("张", LV, B, Y), C("人", LV, OT, Y)],
          note="注：每千人口床位按各市年末常住人口计算；合计含省属单位。"),
        H("二、医疗服务"),
        P("2025年全省医疗卫生机构总诊疗人次2.18亿人次，比上年增长3.4%；其中医院诊疗人次8862.46万人次。全年出院人数"
          "812.46万人，比上年增长2.6%。医院病床使用率为81.2%，比上年下降0.8个百分点。",
          ("2.18亿人次", "人次", LV, OT), ("3.4%", "%", CH, PC), ("8862.46万人次", "人次", LV, OT),
          ("812.46万人", "人", LV, OT), ("2.6%", "%", CH, PC), ("81.2%", "%", LV, PC), ("0.8个百分点", "百分点", CH, PC)),
        T("表2  2025年各市医疗服务情况", "",
          [["地区", "诊疗人次", "比上年", "出院人数", "比上年"], ["", "（万人次）", "增长（%）", "（万人）", "增长（%）"]], [
            PL("西安市", 0, ["7846.32", "4.1", "286.42", "3.2"], "西安市"),
            PL("宝鸡市", 0, ["1862.48", "2.6", "74.36", "1.8"], "宝鸡市"),
            PL("咸阳市", 0, ["2246.18", "3.0", "86.24", "2.4"], "咸阳市"),
            PL("渭南市", 0, ["2124.64", "2.2", "78.12", "-0.6"], "渭南市"),
            PL("榆林市", 0, ["1686.26", "3.8", "62.48", "2.9"], "榆林市"),
        ], [C("人次", LV, OT, Y, W), C("%", CH, PC, Y), C("人", LV, OT, Y, W), C("%", CH, PC, Y)],
          note="注：表中列出诊疗人次居前五位的市。"),
    ]),
    ("x2", "2025-10-22", "绵阳市人力资源和社会保障局", "pypdfium2-bounded-bands", "绵阳市",
     "绵阳市2025年第三季度人力资源和社会保障数据发布", "绵阳市人力资源和社会保障局  2025年10月22日", [
        H("一、就业"),
        P("1—9月，全市城镇新增就业4.26万人，完成年度目标任务的94.7%，比上年同期增加0.18万人；其中失业人员再就业"
          "1.12万人，就业困难人员实现就业0.46万人。第三季度，全市城镇新增就业1.38万人，失业人员再就业0.37万人。",
          ("4.26万人", "人", LV, J, {"period": JAN_SEP}), ("94.7%", "%", LV, J, {"period": JAN_SEP}),
          ("0.18万人", "人", CH, J, {"period": JAN_SEP}), ("1.12万人", "人", LV, J, {"period": JAN_SEP}),
          ("0.46万人", "人", LV, J, {"period": JAN_SEP}), ("1.38万人", "人", LV, J, {"period": Q3}),
          ("0.37万人", "人", LV, J, {"period": Q3})),
        P("9月末，全市城镇登记失业率为2.86%，比上年同期下降0.12个百分点。1—9月，全市新增农村劳动力转移就业"
          "2.64万人，年内累计开展补贴性职业技能培训3.18万人次。",
          ("2.86%", "%", LV, J, {"period": SEP}), ("0.12个百分点", "百分点", CH, J, {"period": SEP}),
          ("2.64万人", "人", LV, J, {"period": JAN_SEP}), ("3.18万人次", "人次", LV, OT, {"period": JAN_SEP})),
        T("表1  2025年1—9月各县（市、区）城镇就业情况", "单位：人",
          [["县（市、区）", "", "城镇新增就业", "", "", "其中：失业人员再就业"],
           ["", "1—9月", "第三季度", "上年同期", "1—9月", "第三季度"]], [
            PL("涪城区", 0, ["8640", "2860", "8320", "2260", "740"], "涪城区"),
            PL("游仙区", 0, ["5120", "1680", "4960", "1340", "450"], "游仙区"),
            PL("安州区", 0, ["2980", "960", "2870", "780", "260"], "安州区"),
            PL("江油市", 0, ["6860", "2240", "6620", "1820", "590"], "江油市"),
            PL("三台县", 0, ["5460", "1760", "5280", "1430", "470"], "三台县"),
            PL("盐亭县", 0, ["2860", "920", "2790", "740", "240"], "盐亭县"),
            PL("梓潼县", 0, ["2460", "810", "2380", "640", "210"], "梓潼县"),
            PL("北川羌族自治县", 0, ["1860", "620", "1810", "480", "160"], "北川羌族自治县"),
            PL("平武县", 0, ["1420", "460", "1380", "370", "120"], "平武县"),
            PL("全市", 0, ["42600", "13800", "40800", "11200", "3680"], "绵阳市"),
        ], [C("人", LV, J, JAN_SEP), C("人", LV, J, Q3), C("人", LV, J, JAN_SEP24), C("人", LV, J, JAN_SEP),
            C("人", LV, J, Q3)],
          note="注：全市数含科技城新区、高新区、经开区等园区数据。"),
        H("二、社会保险"),
        P("9月末，全市企业职工基本养老保险参保人数186.42万人，比上年末增加3.26万人；失业保险参保人数42.86万人，"
          "工伤保险参保人数58.64万人，比上年末增加1.08万人。",
          ("186.42万人", "人", LV, OT, {"period": SEP}), ("3.26万人", "人", CH, OT, {"period": SEP}),
          ("42.86万人", "人", LV, OT, {"period": SEP}), ("58.64万人", "人", LV, OT, {"period": SEP}),
          ("1.08万人", "人", CH, OT, {"period": SEP})),
        P("1—9月，全市企业职工基本养老保险基金收入86.42亿元，同比增长5.6%；基金支出92.18亿元，同比增长6.8%。第三季度"
          "发放失业保险金0.86亿元。",
          ("86.42亿元", "元", LV, M, {"period": JAN_SEP}), ("5.6%", "%", CH, PC, {"period": JAN_SEP}),
          ("92.18亿元", "元", LV, M, {"period": JAN_SEP}), ("6.8%", "%", CH, PC, {"period": JAN_SEP}),
          ("0.86亿元", "元", LV, M, {"period": Q3})),
    ]),
    ("x3", "2026-04-02", "桃江县统计局", "pdftotext-layout-nodiag", "桃江县",
     "桃江县2025年国民经济和社会发展统计公报（节选）", "桃江县统计局  2026年4月2日", [
        LAND,
        H("九、卫生健康"),
        P("年末全县共有医疗卫生机构486个，比上年末增加12个，其中医院16个。医疗卫生机构实有床位3862张，其中医院床位2846张；"
          "每千常住人口床位7.48张，比上年末增加0.32张。卫生技术人员4126人，其中执业（助理）医师1538人，注册护士1864人。全年"
          "医疗卫生机构总诊疗人次312.64万人次，比上年增长2.8%。",
          ("486个", "个", LV, OT), ("12个", "个", CH, OT), ("16个", "个", LV, OT), ("3862张", "张", LV, B),
          ("2846张", "张", LV, B), ("7.48张", "张", LV, B), ("0.32张", "张", CH, B), ("4126人", "人", LV, OT),
          ("1538人", "人", LV, OT), ("1864人", "人", LV, OT), ("312.64万人次", "人次", LV, OT), ("2.8%", "%", CH, PC)),
        H("十、就业和社会保障"),
        P("全年全县城镇新增就业4218人，失业人员再就业1326人，就业困难人员实现就业438人。年末城镇登记失业率为2.74%。年末全县"
          "农村劳动力转移就业总量24.86万人，比上年末增加0.42万人。年末全县城乡居民基本医疗保险参保人数48.26万人，参保率"
          "96.8%。年末全县共有养老机构32个，床位2164张。",
          ("4218人", "人", LV, J), ("1326人", "人", LV, J), ("438人", "人", LV, J), ("2.74%", "%", LV, J),
          ("24.86万人", "人", LV, J), ("0.42万人", "人", CH, J), ("48.26万人", "人", LV, OT), ("96.8%", "%", LV, PC),
          ("32个", "个", LV, OT), ("2164张", "张", LV, B)),
        SIDE(
            T("表1  2025年末卫生和养老资源", "", [["指标", "单位", "年末数", "比上年末增减"]], [
                ("医疗卫生机构", 0, ["个", "486", "12"]),
                ("其中：医院", 1, ["个", "16", "1"]),
                ("医疗卫生机构床位", 0, ["张", "3862", "146"]),
                ("其中：医院", 1, ["张", "2846", "98"]),
                ("每千常住人口床位", 0, ["张", "7.48", "0.32"]),
                ("卫生技术人员", 0, ["人", "4126", "138"]),
                ("养老机构床位", 0, ["张", "2164", "-36"]),
            ], ["unit", V(Y), VC(Y)], note="注：床位为实有床位数。"),
            T("表2  2025年就业和社会保障", "", [["指标", "单位", "2025年", "2024年"]], [
                ("城镇新增就业", 0, ["人", "4218", "4106"], JOB),
                ("失业人员再就业", 0, ["人", "1326", "1298"], JOB),
                ("就业困难人员实现就业", 0, ["人", "438", "426"], JOB),
                ("城镇登记失业率", 0, ["%", "2.74", "2.81"], JOB),
                ("农村劳动力转移就业总量", 0, ["万人", "24.86", "24.44"], JOB),
                ("城乡居民医保参保人数", 0, ["万人", "48.26", "48.92"]),
            ], ["unit", V(Y), V("2024")], note="注：失业率、参保人数为年末数。"),
        ),
    ]),
]


def gold(doc: str, place: str, blocks) -> list[dict]:
    """bulletins32's gold, a table row at a time where a row names its own place (its figures are that place's), the
    two tables of a side-by-side block each in turn; the landscape mark gives none."""
    out: list[dict] = []
    for block in blocks:
        kind, body, _figs = block
        if kind == "landscape":
            continue
        tables = body if kind == "side" else (body,) if kind == "t" else ()
        if not tables:
            out += g32.gold(doc, place, [block])
            continue
        for table in tables:
            title, unit, head, rows, cols, note, cont = table[1] if table[0] == "t" else table
            for row in rows:
                where = row[3].get("place", place) if len(row) > 3 else place
                out += g32.gold(doc, where, [("t", (title, unit, head, [row], cols, note, cont), ())])
    return out


# --- typesetting: bulletins32's, with a landscape page whose two tables stand side by side --------------------------

LW, LH = 842.0, 595.0  # A4 on its side
LL, LR, LT, LB = 50.0, 792.0, 56.0, 560.0


def _landscape(path: Path, title: str, byline: str, blocks) -> None:
    """One landscape page: the title and byline centred, headings and paragraphs the page's width, then the two tables
    of the SIDE block side by side (each with its title, a rule over and under its head, one line a row, a rule under
    its rows and its 注：), the left table's rows and the right one's on the same baselines."""
    from reportlab.pdfgen import canvas

    g18._register()
    c = canvas.Canvas(str(path), pagesize=(LW, LH), invariant=1)
    pg = g18.Pager(c)

    def text(x: float, y: float, s: str, size: float) -> None:
        c.setFont(g18.FONT, size)
        c.drawString(x, LH - y, s)

    size, lead = 10.5, 17.0
    text((LW - pg.width(title, 15)) / 2, LT + 15, title, 15)
    text((LW - pg.width(byline, 10)) / 2, LT + 36, byline, 10)
    y = LT + 54
    side = None
    for kind, body, _figs in blocks:
        if kind == "h":
            text(LL + 2 * size, y + size, body, size)
            y += lead
        elif kind == "p":
            for k, line in enumerate(g18._lines(body, LR - LL, size, 2 * size, pg)):
                text(LL + (2 * size if k == 0 else 0), y + size, line, size)
                y += lead
        elif kind == "side":
            side = body
    assert side is not None
    ts, tl, gap = 9.0, 14.0, 30.0
    width = (LR - LL - gap) / 2
    y += 8
    top = y
    for n, (_k, (ttitle, _unit, head, rows, _cols, note, _cont), _f) in enumerate(side):
        left = LL + n * (width + gap)
        unit_x = left + 150
        rights = [left + width - 80, left + width - 4]
        y = top
        text(left + (width - pg.width(ttitle, 10)) / 2, y + 10, ttitle, 10)
        y += tl + 4

        def rule(at: float, w: float, left: float = left) -> None:
            c.setLineWidth(w)
            c.line(left, LH - at, left + width, LH - at)

        def row(label: str, cells: list[str], x0: float, y: float, unit_x: float = unit_x,
                rights: list[float] = rights) -> None:
            text(x0, y + ts, label, ts)
            text(unit_x, y + ts, cells[0], ts)
            for r, cell in zip(rights, cells[1:], strict=True):
                text(r - pg.width(cell, ts), y + ts, cell, ts)

        rule(y, 0.8)
        y += 4
        for line in head:
            row(line[0], line[1:], left + 4, y)
            y += tl
        rule(y, 0.5)
        y += 4
        for label, ind, cells, *_own in rows:
            row(label, cells, left + 4 + 2 * ts * ind, y)
            y += tl
        rule(y, 0.8)
        y += 6
        text(left, y + ts, note, ts)
    text(LW / 2 - 15, LH - 22, "— 1 —", 9)
    c.save()


def typeset(path: Path, title: str, byline: str, blocks) -> None:
    """bulletins32's typesetting, its paragraphs broken as bulletins34's three columns break theirs (a number never
    split over two lines, a closing mark never opening one); a bulletin whose first block is LAND goes on one
    landscape page."""
    orig = g18._lines
    g18._lines = g34._word_lines
    try:
        if blocks and blocks[0] is LAND:
            _landscape(path, title, byline, blocks)
        else:
            g32.typeset(path, title, byline, blocks)
    finally:
        g18._lines = orig


# --- readers ----------------------------------------------------------------------------------------------------------

def _bands(pdf: Path) -> str:
    """pypdfium2's get_text_bounded() over the top, the middle and the bottom third of each page in turn."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf))
    pages = []
    for page in doc:
        _left, _bottom, right, top = page.get_bbox()
        tp = page.get_textpage()
        third = top / 3
        pages.append("\n".join(tp.get_text_bounded(left=0, bottom=top - (k + 1) * third, right=right,
                                                   top=top - k * third).strip() for k in range(3)))
    doc.close()
    return "\n\f".join(pages) + "\n"


def extract(pdf: Path, tool: str) -> str:
    """The text one real reader gives of the PDF."""
    if tool == "pypdfium2-bounded-bands":
        return _bands(pdf)
    if tool == "pdftotext-layout-nodiag":
        return subprocess.run(["pdftotext", "-layout", "-nodiag", "-nopgbrk", "-enc", "UTF-8", str(pdf), "-"],
                              check=True, capture_output=True, text=True).stdout
    from pdfminer.high_level import extract_text
    from pdfminer.layout import LAParams

    return extract_text(str(pdf), laparams=LAParams(char_margin=3.0, line_margin=0.35, word_margin=0.15,
                                                    boxes_flow=0.8))


def main() -> None:
    g18.gold = gold
    g18.typeset = typeset
    g18.build(OUT, DOCS, extract)


if __name__ == "__main__":
    main()
