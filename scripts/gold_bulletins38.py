"""Build data/gold/bulletins38: three 2025 bulletins on beds and jobs whose tables take forms real bulletins and
yearbooks print and no earlier set used, typeset as PDF and read back by readers, or settings of them, no earlier set
used; the weak field is recall in tables.

The typesetting and the hand-annotation format are bulletins37's and 36's (scripts/gold_bulletins36.py, itself
bulletins35's, 34's and 32's: P/H/N blocks, tables whose cells take their column's or their row's period and unit, a
row naming its own place; gold written by its `gold`), with three forms no earlier set used:
- a 统计提要 (yearbook-style) table by 市州 under a head whose units stand on its second line (市州 | 床位数 |
  卫生技术人员 | 每千人口 over （张） | （人） | 床位数（张）), the province's row first with its label spaced out as
  yearbooks print it (全  省), then every 市, the 自治州 by its short form (恩施州) and the 省直管 cities and 林区:
  each row's figures that place's (GUIDE.md: place: 恩施州 is written out as 恩施土家族苗族自治州), a footnote with
  figures and units of its own under the table;
- a 市 人社 季报 whose quarters are columns (一季度 | 二季度 | 三季度 | 四季度 | 全年 under 单位：人; each cell of its
  column's quarter, the 全年 cell of the year) and a second table of stocks at each quarter's end (一季度末 |
  二季度末 | 三季度末 | 四季度末 under 单位：万人: each cell of its quarter's last month, GUIDE.md: period, 截至3月底);
- a 县 统计公报's tables under a two-row head that sets 本年 | 上年 under each of two words (床位数（张） and
  卫生技术人员（人） over 本年 | 上年 | 本年 | 上年; 就业人数（人） over 本年 | 上年 beside 比上年 over 增长（%）):
  each 本年 cell the year's, each 上年 cell the year before's, the 其中 rows indented.
The bulletins: a 省 卫生健康统计提要 (年末 stocks by 市州, the year's 诊疗人次), a 市 人社局 第四季度 统计季报 (the
quarters' flows, the quarter-end stocks) and a 县 统计公报's 卫生健康 and 就业 sections (年末 stocks, the year's flows,
2024's columns, a footnote on 养老机构床位).

Readers no earlier set used (earlier: pdfplumber plain, layout, tolerances, text flow, words, lines, simple, grids;
pdfminer default and many LAParams; pdftotext plain, -layout, -raw, -raw -nodiag, -raw -nopgbrk, -fixed 3 and 5,
-colspacing, -tsv, -bbox, -bbox-layout; pdftohtml -xml and HTML; pypdfium2 range, bounded, bounded lines, bands,
objects, rects, characters with tabs; pypdf is not installed here): pdfplumber's table finder (find_tables() with the
text strategy both ways: each table found written a row a line, its cells joined by a TAB, as a table-to-text tool
gives it, the page's other text lines between them by their top), pdfminer's HTML output (extract_text_to_fp with
output_type html) with its tags stripped (each text box a block, its lines broken where pdfminer's <br> stands) and
`pdftotext -layout -fixed 2.5 -nodiag` (physical layout at a narrow character pitch: gutters widen).
The gold file is written from the hand annotation below, never from what stats extracts.

    .venv/bin/python scripts/gold_bulletins38.py      # writes data/gold/bulletins38/{texts,bulletins38.jsonl}
"""

from __future__ import annotations

import html
import io
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
import gold_bulletins32 as g32  # noqa: E402
import gold_bulletins35 as g35  # noqa: E402
import gold_bulletins36 as g36  # noqa: E402

g18 = g32.g18
P, H, C, N, T = g32.P, g32.H, g32.C, g32.N, g32.T
PL = g35.PL

OUT = ROOT / "data" / "gold" / "bulletins38"

B, OT, PC, M, J = "beds", "other", "percent", "money", "jobs"
LV, CH = "level", "change"
Y, Y0 = "2025", "2024"
W = 10**4
Q1, Q2, Q3, Q4 = "2025Q1", "2025Q2", "2025Q3", "2025Q4"
MAR, JUN, SEP, DEC = "2025-03", "2025-06", "2025-09", "2025-12"
EN = "恩施土家族苗族自治州"


DOCS = [
    ("w1", "2026-05-20", "湖北省卫生健康委员会", "pdfplumber-tables-text", "湖北省",
     "湖北省2025年卫生健康统计提要（节选）", "湖北省卫生健康委员会统计信息中心  2026年5月20日", [
        H("一、医疗卫生资源"),
        P("2025年末，全省医疗卫生机构总数3.72万个，比上年末增加268个。全省医疗卫生机构床位44.86万张，比上年末增加"
          "1.12万张；每千常住人口医疗卫生机构床位7.68张。全省卫生技术人员49.36万人，比上年末增加1.58万人。",
          ("3.72万个", "个", LV, OT), ("268个", "个", CH, OT), ("44.86万张", "张", LV, B), ("1.12万张", "张", CH, B),
          ("7.68张", "张", LV, B), ("49.36万人", "人", LV, OT), ("1.58万人", "人", CH, OT)),
        T("表1  2025年末各市州医疗卫生机构床位和卫生技术人员", "",
          [["市州", "床位数", "卫生技术人员", "每千人口"], ["", "（张）", "（人）", "床位数（张）"]], [
            PL("全  省", 0, ["448600", "493600", "7.68"], "湖北省"),
            PL("武汉市", 0, ["112860", "138240", "8.22"], "武汉市"),
            PL("黄石市", 0, ["17460", "18620", "7.21"], "黄石市"),
            PL("十堰市", 0, ["25380", "26140", "8.01"], "十堰市"),
            PL("宜昌市", 0, ["32640", "34860", "8.46"], "宜昌市"),
            PL("襄阳市", 0, ["37120", "38460", "7.06"], "襄阳市"),
            PL("鄂州市", 0, ["7260", "7840", "6.88"], "鄂州市"),
            PL("荆门市", 0, ["19840", "19260", "7.52"], "荆门市"),
            PL("孝感市", 0, ["28460", "28920", "6.74"], "孝感市"),
            PL("荆州市", 0, ["34280", "35160", "6.57"], "荆州市"),
            PL("黄冈市", 0, ["37860", "36480", "6.41"], "黄冈市"),
            PL("咸宁市", 0, ["17920", "18240", "6.86"], "咸宁市"),
            PL("随州市", 0, ["12460", "12180", "6.32"], "随州市"),
            PL("恩施州", 0, ["26860", "25640", "8.05"], EN),
            PL("仙桃市", 0, ["7860", "8120", "6.92"], "仙桃市"),
            PL("潜江市", 0, ["6480", "6760", "7.04"], "潜江市"),
            PL("天门市", 0, ["7260", "7140", "6.36"], "天门市"),
            PL("神农架林区", 0, ["480", "620", "7.06"], "神农架林区"),
        ], [C("张", LV, B, Y), C("人", LV, OT, Y), C("张", LV, B, Y)]),
        N("注：全省数含省属医疗卫生机构床位2.35万张、卫生技术人员3.42万人；每千人口床位数按年末常住人口计算。",
          ("2.35万张", "张", LV, B), ("3.42万人", "人", LV, OT)),
        H("二、医疗服务"),
        P("全年全省医疗卫生机构总诊疗人次3.86亿人次，比上年增长3.2%；出院人数1286.42万人，增长2.6%。",
          ("3.86亿人次", "人次", LV, OT), ("3.2%", "%", CH, PC), ("1286.42万人", "人", LV, OT), ("2.6%", "%", CH, PC)),
    ]),
    ("w2", "2026-01-21", "赣州市人力资源和社会保障局", "pdfminer-html", "赣州市",
     "赣州市2025年第四季度人力资源和社会保障统计季报", "赣州市人力资源和社会保障局  2026年1月21日", [
        H("一、就业情况"),
        P("2025年，全市城镇新增就业5.46万人，同比增长2.4%，完成年度目标任务的109.2%。其中，第四季度城镇新增就业1.18万"
          "人。全年失业人员再就业1.62万人，就业困难人员实现就业0.48万人。",
          ("5.46万人", "人", LV, J), ("2.4%", "%", CH, J), ("109.2%", "%", LV, J),
          ("1.18万人", "人", LV, J, {"period": Q4}), ("1.62万人", "人", LV, J), ("0.48万人", "人", LV, J)),
        T("表1  2025年分季度就业情况", "单位：人", [["指标", "一季度", "二季度", "三季度", "四季度", "全年"]], [
            ("城镇新增就业", 0, ["14860", "15240", "12680", "11820", "54600"]),
            ("失业人员再就业", 0, ["4120", "4480", "3960", "3640", "16200"]),
            ("就业困难人员就业", 0, ["1260", "1340", "1180", "1020", "4800"]),
            ("农村劳动力转移就业", 0, ["9860", "10240", "8620", "7480", "36200"]),
        ], [C("人", LV, J, Q1), C("人", LV, J, Q2), C("人", LV, J, Q3), C("人", LV, J, Q4), C("人", LV, J, Y)],
          note="注：农村劳动力转移就业为当期新增转移人数。"),
        H("二、社会保险"),
        P("四季度末，全市企业职工基本养老保险参保人数168.42万人，比上年末增加4.26万人；失业保险参保人数42.18万人，"
          "工伤保险参保人数61.36万人。全年发放失业保险金1.86亿元，发放创业担保贷款28.64亿元。",
          ("168.42万人", "人", LV, OT, {"period": DEC}), ("4.26万人", "人", CH, OT, {"period": DEC}),
          ("42.18万人", "人", LV, OT, {"period": DEC}), ("61.36万人", "人", LV, OT, {"period": DEC}),
          ("1.86亿元", "元", LV, M), ("28.64亿元", "元", LV, M)),
        T("表2  2025年各季度末社会保险参保人数", "单位：万人",
          [["险种", "一季度末", "二季度末", "三季度末", "四季度末"]], [
            ("企业职工基本养老保险", 0, ["164.86", "165.92", "167.08", "168.42"]),
            ("城乡居民基本养老保险", 0, ["412.36", "411.84", "411.22", "410.68"]),
            ("失业保险", 0, ["40.92", "41.36", "41.74", "42.18"]),
            ("工伤保险", 0, ["59.84", "60.42", "60.96", "61.36"]),
        ], [C("人", LV, OT, MAR, W), C("人", LV, OT, JUN, W), C("人", LV, OT, SEP, W), C("人", LV, OT, DEC, W)],
          note="注：参保人数为季末时点数。"),
    ]),
    ("w3", "2026-03-18", "长兴县统计局", "pdftotext-layout-fixed25", "长兴县",
     "长兴县2025年国民经济和社会发展统计公报（节选）", "长兴县统计局  国家统计局长兴调查队  2026年3月18日", [
        H("十、卫生健康"),
        P("年末全县共有医疗卫生机构412个，其中医院28个。医疗卫生机构床位4236张，比上年末增加186张；卫生技术人员6842人，"
          "比上年末增加238人。每千常住人口医疗卫生机构床位6.12张。",
          ("412个", "个", LV, OT), ("28个", "个", LV, OT), ("4236张", "张", LV, B), ("186张", "张", CH, B),
          ("6842人", "人", LV, OT), ("238人", "人", CH, OT), ("6.12张", "张", LV, B)),
        T("表1  2025年末医疗卫生机构床位和人员", "",
          [["机构类别", "床位数（张）", "", "卫生技术人员（人）", ""], ["", "本年", "上年", "本年", "上年"]], [
            ("医院", 0, ["3186", "3042", "4862", "4716"]),
            ("其中：公立医院", 1, ["2468", "2386", "3964", "3862"]),
            ("基层医疗卫生机构", 0, ["842", "812", "1486", "1420"]),
            ("其中：乡镇卫生院", 1, ["786", "758", "1062", "1018"]),
            ("专业公共卫生机构", 0, ["208", "196", "494", "468"]),
            ("合计", 0, ["4236", "4050", "6842", "6604"]),
        ], [C("张", LV, B, Y), C("张", LV, B, Y0), C("人", LV, OT, Y), C("人", LV, OT, Y0)]),
        H("十一、就业和社会保障"),
        P("全年全县城镇新增就业8642人，比上年增长3.1%；失业人员再就业2316人，就业困难人员实现就业612人。年末城镇登记"
          "失业率为1.86%。",
          ("8642人", "人", LV, J), ("3.1%", "%", CH, J), ("2316人", "人", LV, J), ("612人", "人", LV, J),
          ("1.86%", "%", LV, J)),
        T("表2  2025年就业主要指标", "", [["指标", "就业人数（人）", "", "比上年"], ["", "本年", "上年", "增长（%）"]], [
            ("城镇新增就业", 0, ["8642", "8382", "3.1"]),
            ("失业人员再就业", 0, ["2316", "2284", "1.4"]),
            ("就业困难人员就业", 0, ["612", "596", "2.7"]),
            ("农村劳动力转移就业", 0, ["3864", "3920", "-1.4"]),
        ], [C("人", LV, J, Y), C("人", LV, J, Y0), C("%", CH, J, Y)], note="注：农村劳动力转移就业为新增转移人数。"),
        N("注：年末全县养老机构床位2860张，其中护理型床位1642张。",
          ("2860张", "张", LV, B), ("1642张", "张", LV, B)),
    ]),
]


# --- readers ----------------------------------------------------------------------------------------------------------

_TEXT = {"vertical_strategy": "text", "horizontal_strategy": "text", "snap_tolerance": 3, "join_tolerance": 3}


def _tables(pdf: Path) -> str:
    """pdfplumber's table finder as a stream-mode table tool runs it: a table is the area between a three-line
    table's top rule and its bottom rule (三线表: top, under the head, bottom, the form bulletins print), its columns
    and rows found by the text strategy (no ruling inside); each table written a row a line, the row's non-empty
    cells joined by a TAB (a cell's own line breaks joined by a space), the page's text lines outside every table
    between them in order of their top."""
    import pdfplumber

    pages = []
    with pdfplumber.open(pdf) as doc:
        for page in doc.pages:
            rules = sorted(line["top"] for line in page.lines)
            areas = [(0, rules[k] - 1, page.width, rules[k + 2] + 1) for k in range(0, len(rules) - 2, 3)]

            def outside(obj, areas=areas) -> bool:
                mid = (obj["top"] + obj["bottom"]) / 2
                return not any(top <= mid <= bottom for _x0, top, _x1, bottom in areas)

            items = [(line["top"], line["text"]) for line in page.filter(outside).extract_text_lines()]
            for area in areas:
                table = page.crop(area).extract_table(_TEXT) or []
                rows = ["\t".join(" ".join(c.split()) for c in row if c) for row in table]
                items.append((area[1], "\n".join(r for r in rows if r)))
            pages.append("\n".join(text for _top, text in sorted(items, key=lambda item: item[0])))
    return "\n\f".join(pages) + "\n"


def _html(pdf: Path) -> str:
    """pdfminer's HTML output with its tags stripped: a text box's lines broken where it writes <br>, a box ended
    where its <div> ends."""
    from pdfminer.high_level import extract_text_to_fp
    from pdfminer.layout import LAParams

    out = io.StringIO()
    with open(pdf, "rb") as f:
        extract_text_to_fp(f, out, output_type="html", laparams=LAParams(), codec=None)
    body = re.sub(r"<br\s*/?>", "\n", out.getvalue())
    body = re.sub(r"</div>", "\n", body)
    body = re.sub(r"<[^>]+>", "", body)
    lines = [html.unescape(line).rstrip() for line in body.splitlines()]
    return "\n".join(line for line in lines if line.strip()) + "\n"


def extract(pdf: Path, tool: str) -> str:
    """The text one real reader gives of the PDF."""
    if tool == "pdfplumber-tables-text":
        return _tables(pdf)
    if tool == "pdfminer-html":
        return _html(pdf)
    return g36.pdftotext(pdf, "-layout", "-fixed", "2.5", "-nodiag")


def main() -> None:
    g36.run(OUT, DOCS, g36.gold, g36.typeset, extract)


if __name__ == "__main__":
    main()
