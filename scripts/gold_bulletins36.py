"""Build data/gold/bulletins36: three 2025 bulletins on beds and jobs whose tables take forms real bulletins print and a
reader can take row by row, typeset as PDF and read back by readers, or settings of them, no earlier set used; the weak
fields are recall and period.

The typesetting and the hand-annotation format are bulletins35's (scripts/gold_bulletins35.py, itself bulletins32's
and 34's: P/H blocks, tables whose cells take their column's or their row's period and unit, a row naming its own
place, a landscape page with two tables side by side; gold written by its `gold`), with three new forms:
- heads on one line whose words carry their unit in parentheses (床位数（张） | 每千人口床位（张） | 卫生技术人员（人）),
  the province's row (全省) first, then the 设区市 (each row's figures that city's, GUIDE.md: place);
- rows whose label wraps: a label too long for its column goes on over a second line under it, the row's cells on the
  first (其中：基层医疗卫生 / 机构诊疗人次), in a portrait unit-column table (指标 | 单位 | 2025年 | 比上年增长（%）) and
  in both tables of a landscape page's side-by-side pair (指标 | 单位 | 数值 | 比上年增长（%） and 年末数 |
  比上年末增减);
- a quarterly release's table by 县（市、区） under 单位：人 whose two-level head sets a growth column inside the first
  group (城镇新增就业 over 1—9月 | 同比增长（%）, 其中：失业人员再就业 over 1—9月 | 第三季度): the 1—9月 cells are of
  2025M01-M09, the 第三季度 cells of 2025Q3, the growth cells of 1—9月 in % (GUIDE.md: period), its 全市 row the city's.
The bulletins: a 省 卫生健康统计简报 (年末 stocks, the year's 诊疗人次 and 出院人数), a 市 人社局 第三季度 数据发布
(1—9月 累计 with 同比, 第三季度 alone, 9月末 stocks and 比上年末增减) and a 县 统计公报's 卫生 and 就业 sections on a
landscape page (年末 stocks, the year's flows).

Readers no earlier set used (earlier: pdfplumber plain, layout, tolerances, text flow, words, lines, simple, grids
x10/y20 and y7, ratio; pdfminer default and many LAParams; pdftotext plain, -layout, -raw, -fixed, -colspacing, -tsv,
-bbox, -bbox-layout, -nodiag; pdftohtml -xml and HTML; pypdfium2 range, bounded, bands, objects, rects, characters with
tabs; pypdf is not installed here), these use one no set used and two few used, in settings or on pages no set gave
them: pdfplumber's layout text on a fine horizontal grid (x_density 4: the gutters between columns widen, a row's cells
stay on its line), `pdftotext -raw -nodiag` (content-stream order, as a table's row is drawn: label then cells; -raw
was used twice, never with -nodiag) and pypdfium2's get_text_range() on the landscape page (used twice on portrait
pages: PDFium's own order, here one side-by-side table whole, then the other, each wrapped label's second line a line
of its own).
The gold file is written from the hand annotation below, never from what stats extracts.

    .venv/bin/python scripts/gold_bulletins36.py      # writes data/gold/bulletins36/{texts,bulletins36.jsonl}
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
import gold_bulletins35 as g35  # noqa: E402

g18, g21 = g32.g18, g32.g21
P, H, C, V, T = g32.P, g32.H, g32.C, g32.V, g32.T
VC, SIDE, LAND, PL = g34.VC, g35.SIDE, g35.LAND, g35.PL

OUT = ROOT / "data" / "gold" / "bulletins36"
# the 单位 cells of this set's unit-column tables: g32.gold reads the module's table, so the new units go into it
g32.UNITS.update({"个": ("个", 1, "other"), "张": ("张", 1, "beds"), "万人": ("人", 10**4, "other")})

B, OT, PC, M, J = "beds", "other", "percent", "money", "jobs"
LV, CH = "level", "change"
Y = "2025"
W = 10**4
JAN_SEP, Q3, SEP = "2025M01-M09", "2025Q3", "2025-09"
JOB = {"topic": J}
BED = {"topic": B}


DOCS = [
    ("z1", "2026-03-25", "江西省卫生健康委员会", "pdfplumber-layout-x4", "江西省",
     "江西省2025年卫生健康统计简报", "江西省卫生健康委员会  2026年3月25日", [
        H("一、医疗卫生资源"),
        P("2025年末，全省医疗卫生机构总数3.68万个，比上年末增加412个。其中，医院1186个，基层医疗卫生机构3.51万个，"
          "专业公共卫生机构286个。",
          ("3.68万个", "个", LV, OT), ("412个", "个", CH, OT), ("1186个", "个", LV, OT), ("3.51万个", "个", LV, OT),
          ("286个", "个", LV, OT)),
        P("年末全省医疗卫生机构床位30.46万张，比上年末增加1.02万张；每千常住人口医疗卫生机构床位6.78张，比上年末增加"
          "0.26张。全省卫生技术人员34.62万人，比上年末增加1.36万人。",
          ("30.46万张", "张", LV, B), ("1.02万张", "张", CH, B), ("6.78张", "张", LV, B), ("0.26张", "张", CH, B),
          ("34.62万人", "人", LV, OT), ("1.36万人", "人", CH, OT)),
        T("表1  2025年末各设区市医疗卫生资源", "",
          [["地区", "床位数（张）", "每千人口床位（张）", "卫生技术人员（人）"]], [
            PL("全省", 0, ["304600", "6.78", "346200"], "江西省"),
            PL("南昌市", 0, ["52860", "8.02", "68420"], "南昌市"),
            PL("景德镇市", 0, ["11240", "7.12", "12680"], "景德镇市"),
            PL("萍乡市", 0, ["12460", "6.95", "13860"], "萍乡市"),
            PL("九江市", 0, ["30280", "6.46", "33140"], "九江市"),
            PL("新余市", 0, ["8460", "6.98", "9620"], "新余市"),
            PL("鹰潭市", 0, ["7120", "6.01", "7840"], "鹰潭市"),
            PL("赣州市", 0, ["56840", "6.32", "61280"], "赣州市"),
            PL("吉安市", 0, ["28460", "6.55", "30160"], "吉安市"),
            PL("宜春市", 0, ["32180", "6.46", "33920"], "宜春市"),
            PL("抚州市", 0, ["22340", "6.24", "23460"], "抚州市"),
            PL("上饶市", 0, ["38620", "6.13", "41360"], "上饶市"),
        ], [C("张", LV, B, Y), C("张", LV, B, Y), C("人", LV, OT, Y)],
          note="注：全省数含省直属医疗卫生机构；每千人口床位按年末常住人口计算。"),
        H("二、医疗服务"),
        P("全年全省医疗卫生机构总诊疗人次2.68亿人次，比上年增长3.6%；出院人数826.48万人，增长2.4%。医院病床使用率"
          "78.6%，比上年下降1.2个百分点。",
          ("2.68亿人次", "人次", LV, OT), ("3.6%", "%", CH, PC), ("826.48万人", "人", LV, OT), ("2.4%", "%", CH, PC),
          ("78.6%", "%", LV, PC), ("1.2个百分点", "百分点", CH, PC)),
        T("表2  2025年医疗服务主要指标", "", [["指标", "单位", "2025年", "比上年增长（%）"]], [
            ("总诊疗人次", 0, ["万人次", "26842.36", "3.6"]),
            ("其中：基层医疗卫生\n机构诊疗人次", 1, ["万人次", "14286.52", "2.8"]),
            ("出院人数", 0, ["万人", "826.48", "2.4"]),
            ("医院病床使用率", 0, ["%", "78.6", "—"]),
            ("每千常住人口执业\n（助理）医师", 0, ["人", "3.12", "3.0"]),
        ], ["unit", V(Y), C("%", CH, PC, Y)], note="注：病床使用率的增减见正文。"),
    ]),
    ("z2", "2025-10-20", "宜昌市人力资源和社会保障局", "pdftotext-raw-nodiag", "宜昌市",
     "宜昌市2025年第三季度人社数据发布", "宜昌市人力资源和社会保障局  2025年10月20日", [
        H("一、就业创业"),
        P("1—9月，全市城镇新增就业4.86万人，同比增长3.2%，完成年度目标任务的88.4%；失业人员再就业1.24万人，就业困难"
          "人员实现就业0.52万人。其中，第三季度全市城镇新增就业1.62万人。9月末，全市城镇登记失业率为2.31%。",
          ("4.86万人", "人", LV, J, {"period": JAN_SEP}), ("3.2%", "%", CH, J, {"period": JAN_SEP}),
          ("88.4%", "%", LV, J, {"period": JAN_SEP}), ("1.24万人", "人", LV, J, {"period": JAN_SEP}),
          ("0.52万人", "人", LV, J, {"period": JAN_SEP}), ("1.62万人", "人", LV, J, {"period": Q3}),
          ("2.31%", "%", LV, J, {"period": SEP})),
        T("表1  2025年1—9月各县（市、区）城镇新增就业情况", "单位：人",
          [["县（市、区）", "城镇新增就业", "", "其中：失业人员再就业", ""],
           ["", "1—9月", "同比增长（%）", "1—9月", "第三季度"]], [
            PL("夷陵区", 0, ["6480", "3.6", "1620", "540"], "夷陵区"),
            PL("西陵区", 0, ["7860", "2.9", "2040", "660"], "西陵区"),
            PL("伍家岗区", 0, ["5240", "4.1", "1360", "450"], "伍家岗区"),
            PL("宜都市", 0, ["4120", "2.4", "1060", "350"], "宜都市"),
            PL("当阳市", 0, ["3860", "1.8", "980", "320"], "当阳市"),
            PL("枝江市", 0, ["4060", "3.3", "1040", "340"], "枝江市"),
            PL("远安县", 0, ["1680", "-1.2", "420", "140"], "远安县"),
            PL("秭归县", 0, ["2140", "2.6", "540", "180"], "秭归县"),
            PL("全市", 0, ["48600", "3.2", "12400", "4080"], "宜昌市"),
        ], [C("人", LV, J, JAN_SEP), C("%", CH, J, JAN_SEP), C("人", LV, J, JAN_SEP), C("人", LV, J, Q3)],
          note="注：全市数含高新区及表中未列县区数据。"),
        H("二、社会保险"),
        P("9月末，全市企业职工基本养老保险参保人数142.36万人，比上年末增加2.84万人；失业保险参保人数38.64万人。1—9月，"
          "全市社会保险基金收入126.48亿元，同比增长5.2%。",
          ("142.36万人", "人", LV, OT, {"period": SEP}), ("2.84万人", "人", CH, OT, {"period": SEP}),
          ("38.64万人", "人", LV, OT, {"period": SEP}), ("126.48亿元", "元", LV, M, {"period": JAN_SEP}),
          ("5.2%", "%", CH, PC, {"period": JAN_SEP})),
        T("表2  2025年9月末社会保险参保情况", "", [["险种", "单位", "9月末", "比上年末增减"]], [
            ("企业职工基本养老保险", 0, ["万人", "142.36", "2.84"]),
            ("城乡居民基本养老保险", 0, ["万人", "186.42", "-0.62"]),
            ("失业保险", 0, ["万人", "38.64", "1.12"]),
            ("工伤保险", 0, ["万人", "52.18", "1.46"]),
        ], ["unit", V(SEP), VC(SEP)]),
    ]),
    ("z3", "2026-03-28", "沭阳县统计局", "pypdfium2-range-landscape", "沭阳县",
     "沭阳县2025年国民经济和社会发展统计公报（节选）", "沭阳县统计局  2026年3月28日", [
        LAND,
        H("八、卫生健康"),
        P("年末全县共有医疗卫生机构1126个，其中医院42个。医疗卫生机构床位6842张，比上年末增加302张；每千常住人口医疗"
          "卫生机构床位4.36张。卫生技术人员8126人，其中执业（助理）医师3264人，注册护士3518人。全年医疗卫生机构总诊疗"
          "人次986.42万人次。",
          ("1126个", "个", LV, OT), ("42个", "个", LV, OT), ("6842张", "张", LV, B), ("302张", "张", CH, B),
          ("4.36张", "张", LV, B), ("8126人", "人", LV, OT), ("3264人", "人", LV, OT), ("3518人", "人", LV, OT),
          ("986.42万人次", "人次", LV, OT)),
        H("九、就业和社会保障"),
        P("全年全县城镇新增就业12680人，比上年增长2.6%；失业人员再就业3142人。年末城镇登记失业率2.48%。年末全县企业"
          "职工基本养老保险参保人数32.46万人，比上年末增加0.86万人。年末全县共有养老机构68个，床位5260张。",
          ("12680人", "人", LV, J), ("2.6%", "%", CH, J), ("3142人", "人", LV, J), ("2.48%", "%", LV, J),
          ("32.46万人", "人", LV, OT), ("0.86万人", "人", CH, OT), ("68个", "个", LV, OT), ("5260张", "张", LV, B)),
        SIDE(
            T("表1  2025年卫生和就业主要指标", "", [["指标", "单位", "数值", "比上年增长（%）"]], [
                ("医疗卫生机构床位", 0, ["张", "6842", "4.6"], BED),
                ("每千常住人口医疗\n卫生机构床位", 0, ["张", "4.36", "3.1"], BED),
                ("卫生技术人员", 0, ["人", "8126", "3.8"]),
                ("城镇新增就业", 0, ["人", "12680", "2.6"], JOB),
                ("城镇登记失业率", 0, ["%", "2.48", "—"], JOB),
                ("养老机构床位", 0, ["张", "5260", "6.2"], BED),
            ], ["unit", V(Y), C("%", CH, PC, Y)], note="注：床位、人员、失业率为年末数。"),
            T("表2  2025年末社会保险参保情况", "", [["指标", "单位", "年末数", "比上年末增减"]], [
                ("企业职工基本养老\n保险参保人数", 0, ["万人", "32.46", "0.86"]),
                ("城乡居民基本养老\n保险参保人数", 0, ["万人", "78.62", "-0.34"]),
                ("城乡居民基本医疗\n保险参保人数", 0, ["万人", "148.26", "-1.12"]),
                ("失业保险参保人数", 0, ["万人", "21.38", "0.64"]),
            ], ["unit", V(Y), VC(Y)], note="注：增减为负表示减少。"),
        ),
    ]),
]


def gold(doc: str, place: str, blocks) -> list[dict]:
    """bulletins35's gold, each wrapped row label joined back into one (its line break is typesetting, not text)."""
    return g35.gold(doc, place, _map_tables(blocks, _joined))


# --- typesetting: bulletins35's, with row labels that wrap onto a second line -----------------------------------------

def _joined(rows: list) -> list:
    return [(row[0].replace("\n", ""), *row[1:]) for row in rows]


def _wrapped(rows: list) -> list:
    """A row whose label holds a line break becomes its first line with the row's cells, then a row of the label's
    next line alone (no cells), set at the same indent: what a table whose label column is too narrow prints."""
    out = []
    for label, ind, cells, *own in rows:
        first, *rest = label.split("\n")
        out.append((first, ind, cells, *own))
        out += [(more, ind, [""] * len(cells)) for more in rest]
    return out


def _map_tables(blocks, fix):
    """The blocks with each table's rows (a side-by-side pair's too) passed through `fix`; other blocks unchanged (the
    landscape mark stays the very object bulletins35's typesetting looks for)."""
    out = []
    for block in blocks:
        kind, body, figs = block
        if kind == "t":
            title, unit, head, rows, cols, note, cont = body
            out.append(("t", (title, unit, head, fix(rows), cols, note, cont), figs))
        elif kind == "side":
            out.append(("side", tuple(_map_tables(list(body), fix)), figs))
        else:
            out.append(block)
    return out


def typeset(path: Path, title: str, byline: str, blocks) -> None:
    """bulletins35's typesetting of the blocks, each wrapped label set over two lines."""
    g35.typeset(path, title, byline, _map_tables(blocks, _wrapped))


def typeset_with(table, word_lines):
    """This typesetting with another table setter and line breaking, as the later sets (40 on) use it: g36's
    typesetting reaches the table setter as bulletins21's `table` and the line breaking as bulletins34's
    `_word_lines`, so they are swapped in for one PDF and restored after it, also when it fails."""

    def typeset_swapped(path: Path, title: str, byline: str, blocks) -> None:
        orig, orig_lines = g21.table, g34._word_lines
        g21.table, g34._word_lines = table, word_lines
        try:
            typeset(path, title, byline, blocks)
        finally:
            g21.table, g34._word_lines = orig, orig_lines

    return typeset_swapped


def run(out: Path, docs: list, gold, typeset, extract) -> None:
    """Build a set as bulletins18's `build` does, with a script's own gold, typesetting and reader (each later
    script's main)."""
    g18.gold = gold
    g18.typeset = typeset
    g18.build(out, docs, extract)


def pdftotext(pdf: Path, *args: str) -> str:
    """pdftotext's UTF-8 text of the PDF with the given settings, decoded as it comes (a \\r of -eol dos or mac kept)."""
    return subprocess.run(["pdftotext", *args, "-enc", "UTF-8", str(pdf), "-"], check=True,
                          capture_output=True).stdout.decode("utf-8")


def pdfminer_text(pdf: Path, **laparams: float) -> str:
    """pdfminer's text of the PDF with the given layout parameters (char_margin, line_margin, boxes_flow …)."""
    from pdfminer.high_level import extract_text
    from pdfminer.layout import LAParams

    return extract_text(str(pdf), laparams=LAParams(**laparams))


def plumber_layout(pdf: Path, x_density: float, y_density: float) -> str:
    """pdfplumber's layout text at the given densities, a page's text a block, pages apart by a blank line."""
    import pdfplumber

    with pdfplumber.open(pdf) as doc:
        return "\n\n".join(page.extract_text(layout=True, x_density=x_density, y_density=y_density)
                           for page in doc.pages)


# --- readers ----------------------------------------------------------------------------------------------------------

def extract(pdf: Path, tool: str) -> str:
    """The text one real reader gives of the PDF."""
    if tool == "pdftotext-raw-nodiag":
        return pdftotext(pdf, "-raw", "-nodiag")
    if tool == "pdfplumber-layout-x4":
        import pdfplumber

        with pdfplumber.open(pdf) as doc:
            return "\n".join((p.extract_text(layout=True, x_density=4) or "") for p in doc.pages) + "\n"
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf))
    text = "\n\f".join(page.get_textpage().get_text_range() for page in doc) + "\n"
    doc.close()
    return text


def main() -> None:
    run(OUT, DOCS, gold, typeset, extract)


if __name__ == "__main__":
    main()
