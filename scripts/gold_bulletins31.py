"""Build data/gold/bulletins31: three 2025 bulletins of our own, each with tables in layouts no earlier set used,
typeset as PDF and read back by readers, or settings of them, no earlier set used.

The typesetting is bulletins30's (round 21's: P/H blocks and tables, one PDF per bulletin with reportlab in invariant
mode, a table that goes on over a page break under 续表 with its head again) and so is the hand-annotation format. The
bulletins: a 市 国民经济和社会发展统计公报 excerpt (就业和社会保障, 卫生) with a 单位 table whose counts carry thousands
separators and a table of 医疗卫生机构 by type that starts with its 合计 row and breaks across a page; a 县
卫生健康事业发展统计公报 with a table of 机构数 / 占比（%） / 床位数 (合计 first) and a 单位 table of services with
separated counts that breaks across a page; a 市 医疗保障事业发展统计公报 with 参保人数 / 占比 / 比上年末增减 (signed,
separated), a 单位：万元 table of fund income that breaks across a page (the unit line repeated with its head) and a
two-column 支出金额 / 占比 table. Every table has a 注： line under it.

Readers no earlier set used: poppler's `pdftohtml -xml` (its text runs, each with a top and a left, rebuilt into lines
by their top, runs on a line joined by one space), pdfminer with detect_vertical and a small line_margin (0.3: a
column of right-aligned numbers may be read as vertical text; lines a row apart stay apart) and pdfplumber's layout
text with a fine vertical grid (y_density 7: blank lines between the rows). The gold file is written from the hand
annotation below, never from what stats extracts.

    .venv/bin/python scripts/gold_bulletins31.py      # writes data/gold/bulletins31/{texts,bulletins31.jsonl}
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
import gold_bulletins21 as g21  # noqa: E402
import gold_bulletins22 as g22  # noqa: E402

g18 = g22.g18
P, H, C, V = g18.P, g18.H, g18.C, g22.V

OUT = ROOT / "data" / "gold" / "bulletins31"
MAG = {"万": 10**4, "亿": 10**8, "千": 10**3}
# a 单位 cell: (measure, magnitude, topic)
UNITS = {"人": ("人", 1, "other"), "万人": ("人", 10**4, "other"), "人次": ("人次", 1, "other"),
         "万人次": ("人次", 10**4, "other"), "个": ("个", 1, "other"), "张": ("张", 1, "beds"),
         "%": ("%", 1, "percent"), "亿元": ("元", 10**8, "money"), "万元": ("元", 10**4, "money")}

B, OT, PC, M, J = "beds", "other", "percent", "money", "jobs"
LV, CH = "level", "change"
LB = {"qualifier": "lower_bound"}
Y = "2025"
W = 10**4
JOB = {"topic": J}
ALL = {"optional": {1}}  # a 合计 row's 占比 of 100.0: printed, but no reader wants it


def T(title, unit, head, rows, cols, note="", cont=0):
    """A table: rows (label, indent, cells[, opts]); opts may give the row's `topic`, or `optional`, the indexes of
    cells that are tier optional; with `cont`, the page ends after that many rows and the rest follows under 续表 and
    the head again."""
    return ("t", (title, unit, head, rows, cols, note, cont), ())


def _exact(cell: str, mag: int = 1) -> int | float:
    """A cell's value: thousands separators dropped, exact decimal arithmetic."""
    return g18.exact_num(cell.replace(",", ""), mag)


def _value(quote: str) -> int | float:
    m = re.match(r"-?[\d,.]+", quote)
    assert m is not None
    rest = quote[m.end():]
    return _exact(m.group(), next((f for k, f in MAG.items() if rest.startswith(k)), 1))


def gold(doc: str, place: str, blocks) -> list[dict]:
    """The hand annotation of one bulletin as gold records: a table's cells by their column's description (or the
    row's 单位 cell), prose figures found through the spaces the typesetting may put inside them."""
    out: list[dict] = []

    def add(quote, value, measure, role, topic, qualifier, tier, context):
        out.append({"doc": doc, "quote": quote, "value": value, "value_high": None, "measure": measure,
                    "qualifier": qualifier, "role": role, "topic": topic, "tier": tier, "context": context,
                    "place": place, "period": Y})

    for kind, body, figs in blocks:
        if kind == "p":
            pos = 0
            for f in figs:
                quote, measure, role, topic = f[:4]
                rest = dict(f[4]) if len(f) > 4 else {}
                m = re.compile(r"\s*".join(map(re.escape, quote))).search(body, pos)
                assert m is not None, (doc, quote)
                pos = m.end()
                add(quote, _value(quote), measure, role, topic, rest.get("qualifier", "exact"),
                    rest.get("tier", "must"), body[max(0, m.start() - 20):pos + 12])
        elif kind == "t":
            _title, _unit, _head, rows, cols, _note, _cont = body
            for label, _ind, cells, *own in rows:
                opts = own[0] if own else {}
                ctx = label + " " + " ".join(cells)
                unit = None
                for k, (spec, cell) in enumerate(zip(cols, cells, strict=True)):
                    if spec == "unit":
                        unit = cell
                        continue
                    if cell == "—":
                        continue
                    if spec["measure"] is None:
                        measure, mag, topic = UNITS[unit]
                    else:
                        measure, mag, topic = spec["measure"], spec["mag"], spec["topic"]
                    tier = "optional" if k in opts.get("optional", ()) else "must"
                    add(cell, _exact(cell, mag), measure, spec["role"], opts.get("topic", topic), "exact", tier, ctx)
    return out


DOCS = [
    ("x1", "2026-03-28", "衡阳市统计局", "pdftohtml-xml", "衡阳市",
     "衡阳市2025年国民经济和社会发展统计公报（节选）", "衡阳市统计局  2026年3月28日", [
        H("十二、就业和社会保障"),
        P("全年全市城镇新增就业6.24万人，比上年增长2.1%；失业人员再就业1.86万人，就业困难人员实现就业0.52万人。年末"
          "城镇登记失业率为3.12%，比上年末下降0.08个百分点。全年新增农村劳动力转移就业3.68万人，年末农村劳动力转移就业"
          "总量达186.35万人。",
          ("6.24万人", "人", LV, J), ("2.1%", "%", CH, J), ("1.86万人", "人", LV, J), ("0.52万人", "人", LV, J),
          ("3.12%", "%", LV, J), ("0.08个百分点", "百分点", CH, J), ("3.68万人", "人", LV, J),
          ("186.35万人", "人", LV, J)),
        P("年末全市城镇职工基本养老保险参保人数168.42万人，比上年末增加4.36万人；城乡居民基本养老保险参保人数386.57万人。"
          "基本医疗保险参保人数612.38万人，其中职工基本医疗保险参保人数112.64万人。失业保险参保人数52.18万人，工伤保险"
          "参保人数78.46万人。",
          ("168.42万人", "人", LV, OT), ("4.36万人", "人", CH, OT), ("386.57万人", "人", LV, OT),
          ("612.38万人", "人", LV, OT), ("112.64万人", "人", LV, OT), ("52.18万人", "人", LV, OT),
          ("78.46万人", "人", LV, OT)),
        P("年末全市共有11.86万人享受城乡居民最低生活保障，其中城市低保对象2.14万人，农村低保对象9.72万人。全年发放低保"
          "资金7.36亿元。全市共有养老机构412个，养老床位4.26万张。",
          ("11.86万人", "人", LV, OT), ("2.14万人", "人", LV, OT), ("9.72万人", "人", LV, OT),
          ("7.36亿元", "元", LV, M), ("412个", "个", LV, OT), ("4.26万张", "张", LV, B)),
        T("表12  2025年就业和社会保障主要指标", "", [["指标", "单位", "2025年", "比上年增长"], ["", "", "", "（%）"]], [
            ("城镇新增就业", 0, ["人", "62,418", "2.1"], JOB),
            ("失业人员再就业", 0, ["人", "18,632", "-3.4"], JOB),
            ("就业困难人员实现就业", 0, ["人", "5,206", "1.8"], JOB),
            ("城镇职工基本养老保险参保人数", 0, ["万人", "168.42", "2.7"]),
            ("基本医疗保险参保人数", 0, ["万人", "612.38", "-0.6"]),
            ("城乡居民最低生活保障人数", 0, ["人", "118,624", "-4.2"]),
        ], ["unit", V(Y), C("%", CH, PC, Y)], note="注：就业指标为全年累计数，参保人数和低保人数为年末数。"),
        H("十三、卫生"),
        P("年末全市共有医疗卫生机构5862个，其中医院218个，基层医疗卫生机构5536个，专业公共卫生机构86个。医疗卫生机构"
          "床位5.36万张，比上年末增长2.8%。卫生技术人员5.12万人，其中执业（助理）医师2.03万人，注册护士2.36万人。每千"
          "常住人口医疗卫生机构床位8.04张。",
          ("5862个", "个", LV, OT), ("218个", "个", LV, OT), ("5536个", "个", LV, OT), ("86个", "个", LV, OT),
          ("5.36万张", "张", LV, B), ("2.8%", "%", CH, PC), ("5.12万人", "人", LV, OT), ("2.03万人", "人", LV, OT),
          ("2.36万人", "人", LV, OT), ("8.04张", "张", LV, B)),
        T("表13  2025年末医疗卫生机构、床位和人员", "",
          [["机构类别", "机构数", "床位数", "卫生技术人员"], ["", "（个）", "（张）", "（人）"]], [
            ("合计", 0, ["5,862", "53,618", "51,236"]),
            ("医院", 0, ["218", "41,286", "32,418"]),
            ("其中：公立医院", 1, ["86", "30,124", "25,862"]),
            ("民营医院", 2, ["132", "11,162", "6,556"]),
            ("基层医疗卫生机构", 0, ["5,536", "9,864", "15,836"]),
            ("其中：乡镇卫生院", 1, ["168", "8,426", "9,126"]),
            ("社区卫生服务中心（站）", 2, ["96", "1,012", "2,364"]),
            ("村卫生室", 2, ["4,218", "—", "2,842"]),
            ("专业公共卫生机构", 0, ["86", "2,146", "2,684"]),
            ("其他医疗卫生机构", 0, ["22", "322", "298"]),
        ], [C("个", LV, OT, Y), C("张", LV, B, Y), C("人", LV, OT, Y)],
          note="注：村卫生室不设床位；卫生技术人员不含乡村医生和卫生员。", cont=5),
    ]),
    ("x2", "2026-04-22", "岳西县卫生健康委员会", "pdfminer-vertical-tight", "岳西县",
     "岳西县2025年卫生健康事业发展统计公报", "岳西县卫生健康委员会  2026年4月22日", [
        H("一、卫生资源"),
        P("（一）机构。2025年末，全县共有医疗卫生机构312个，比上年减少3个。其中，医院8个，基层医疗卫生机构297个，专业"
          "公共卫生机构6个，其他医疗卫生机构1个。",
          ("312个", "个", LV, OT), ("3个", "个", CH, OT), ("8个", "个", LV, OT), ("297个", "个", LV, OT),
          ("6个", "个", LV, OT), ("1个", "个", LV, OT)),
        T("表1  2025年末医疗卫生机构数", "", [["机构类别", "机构数", "占比", "床位数"], ["", "（个）", "（%）", "（张）"]], [
            ("合计", 0, ["312", "100.0", "1,846"], ALL),
            ("医院", 0, ["8", "2.6", "1,264"]),
            ("基层医疗卫生机构", 0, ["297", "95.2", "526"]),
            ("其中：乡镇卫生院", 1, ["24", "7.7", "498"]),
            ("社区卫生服务中心", 2, ["2", "0.6", "28"]),
            ("村卫生室", 2, ["228", "73.1", "—"]),
            ("专业公共卫生机构", 0, ["6", "1.9", "56"]),
            ("其他医疗卫生机构", 0, ["1", "0.3", "—"]),
        ], [C("个", LV, OT, Y), C("%", LV, PC, Y), C("张", LV, B, Y)],
          note="注：占比为各类机构数占医疗卫生机构总数的比重。"),
        P("（二）床位。年末全县医疗卫生机构实有床位1846张，其中医院1264张，基层医疗卫生机构526张。每千常住人口医疗卫生"
          "机构床位5.92张，比上年增加0.21张。",
          ("1846张", "张", LV, B), ("1264张", "张", LV, B), ("526张", "张", LV, B), ("5.92张", "张", LV, B),
          ("0.21张", "张", CH, B)),
        P("（三）人员。年末全县卫生人员总数2638人，其中卫生技术人员2174人，乡村医生和卫生员246人。卫生技术人员中，执业"
          "（助理）医师836人，注册护士968人。每千常住人口执业（助理）医师2.68人，注册护士3.10人。",
          ("2638人", "人", LV, OT), ("2174人", "人", LV, OT), ("246人", "人", LV, OT), ("836人", "人", LV, OT),
          ("968人", "人", LV, OT), ("2.68人", "人", LV, OT), ("3.10人", "人", LV, OT)),
        H("二、医疗服务"),
        P("全年全县医疗卫生机构总诊疗人次168.24万人次，比上年增长3.6%；其中医院诊疗人次68.52万人次。入院人数5.26万人，"
          "比上年下降1.2%。医院病床使用率为81.4%，比上年提高2.3个百分点。",
          ("168.24万人次", "人次", LV, OT), ("3.6%", "%", CH, PC), ("68.52万人次", "人次", LV, OT),
          ("5.26万人", "人", LV, OT), ("1.2%", "%", CH, PC), ("81.4%", "%", LV, PC), ("2.3个百分点", "百分点", CH, PC)),
        T("表2  2025年医疗服务和基本公共卫生服务主要指标", "",
          [["指标", "单位", "2025年", "比上年增长"], ["", "", "", "（%）"]], [
            ("总诊疗人次", 0, ["人次", "1,682,436", "3.6"]),
            ("其中：医院", 1, ["人次", "685,214", "2.8"]),
            ("基层医疗卫生机构", 2, ["人次", "962,318", "4.1"]),
            ("入院人数", 0, ["人", "52,618", "-1.2"]),
            ("出院人数", 0, ["人", "52,264", "-1.5"]),
            ("住院手术人次", 0, ["人次", "12,846", "6.2"]),
            ("家庭医生签约人数", 0, ["人", "186,452", "2.4"]),
            ("老年人健康管理人数", 0, ["人", "42,318", "5.6"]),
            ("高血压患者规范管理人数", 0, ["人", "31,264", "1.9"]),
            ("糖尿病患者规范管理人数", 0, ["人", "9,862", "3.3"]),
        ], ["unit", V(Y), C("%", CH, PC, Y)], note="注：诊疗人次含门诊、急诊和健康检查人次。", cont=6),
        H("三、妇幼卫生"),
        P("全年全县住院分娩率100%，孕产妇系统管理率96.12%，3岁以下儿童系统管理率94.86%。婴儿死亡率2.36‰，5岁以下"
          "儿童死亡率3.48‰，全年无孕产妇死亡。",
          ("100%", "%", LV, PC), ("96.12%", "%", LV, PC), ("94.86%", "%", LV, PC), ("2.36‰", "‰", LV, PC),
          ("3.48‰", "‰", LV, PC)),
    ]),
    ("x3", "2026-05-20", "绵阳市医疗保障局", "pdfplumber-layout-finey", "绵阳市",
     "绵阳市2025年医疗保障事业发展统计公报", "绵阳市医疗保障局  2026年5月20日", [
        H("一、参保情况"),
        P("2025年末，全市基本医疗保险参保人数452.36万人，参保率稳定在95%以上。其中，职工基本医疗保险参保人数98.64万人，"
          "比上年末增长2.3%；城乡居民基本医疗保险参保人数353.72万人，比上年末下降1.1%。",
          ("452.36万人", "人", LV, OT), ("95%以上", "%", LV, PC, LB), ("98.64万人", "人", LV, OT),
          ("2.3%", "%", CH, PC), ("353.72万人", "人", LV, OT), ("1.1%", "%", CH, PC)),
        T("表1  2025年末基本医疗保险参保人数", "",
          [["类别", "参保人数", "占比", "比上年末增减"], ["", "（人）", "（%）", "（人）"]], [
            ("合计", 0, ["4,523,618", "100.0", "-16,452"], ALL),
            ("职工基本医疗保险", 0, ["986,412", "21.8", "22,164"]),
            ("其中：在职职工", 1, ["712,836", "15.8", "14,628"]),
            ("退休人员", 2, ["273,576", "6.0", "7,536"]),
            ("城乡居民基本医疗保险", 0, ["3,537,206", "78.2", "-38,616"]),
        ], [C("人", LV, OT, Y), C("%", LV, PC, Y), C("人", CH, OT, Y)],
          note="注：占比为各类参保人数占参保总人数的比重。"),
        H("二、基金收支"),
        P("全年全市基本医疗保险（含生育保险）基金总收入136.48亿元，比上年增长4.2%；基金总支出124.86亿元，增长5.6%；"
          "当年结存11.62亿元，累计结存186.34亿元。",
          ("136.48亿元", "元", LV, M), ("4.2%", "%", CH, PC), ("124.86亿元", "元", LV, M), ("5.6%", "%", CH, PC),
          ("11.62亿元", "元", LV, M), ("186.34亿元", "元", LV, M)),
        T("表2  2025年基本医疗保险基金收支情况", "单位：万元",
          [["险种", "基金收入", "基金支出", "累计结存"], ["", "", "", ""]], [
            ("合计", 0, ["1,364,826", "1,248,632", "1,863,418"]),
            ("职工基本医疗保险（含生育保险）", 0, ["826,418", "712,364", "1,426,582"]),
            ("其中：统筹基金", 1, ["498,236", "462,518", "986,214"]),
            ("城乡居民基本医疗保险", 0, ["538,408", "536,268", "436,836"]),
        ], [C("元", LV, M, Y, W), C("元", LV, M, Y, W), C("元", LV, M, Y, W)],
          note="注：职工基本医疗保险基金含生育保险基金，累计结存为滚存结余。", cont=2),
        H("三、待遇享受"),
        P("全年全市参保人员享受医保待遇2386.42万人次，比上年增长6.8%。职工医保住院费用政策范围内基金支付比例为84.62%，"
          "城乡居民医保住院费用政策范围内基金支付比例为68.35%。",
          ("2386.42万人次", "人次", LV, OT), ("6.8%", "%", CH, PC), ("84.62%", "%", LV, PC), ("68.35%", "%", LV, PC)),
        T("表3  2025年基本医疗保险基金支出结构", "", [["支出类别", "支出金额", "占比"], ["", "（万元）", "（%）"]], [
            ("合计", 0, ["1,248,632", "100.0"], ALL),
            ("住院费用", 0, ["786,214", "63.0"]),
            ("普通门诊费用", 0, ["248,362", "19.9"]),
            ("门诊慢特病费用", 0, ["168,426", "13.5"]),
            ("定点药店购药费用", 0, ["45,630", "3.7"]),
        ], [C("元", LV, M, Y, W), C("%", LV, PC, Y)], note="注：支出金额不含大病保险和医疗救助资金。"),
        H("四、医药服务管理"),
        P("年末全市定点医药机构8642家，其中定点医疗机构3516家，定点零售药店5126家。全年开展医保基金监督检查，追回医保"
          "基金1.26亿元。",
          ("8642家", "家", LV, OT), ("3516家", "家", LV, OT), ("5126家", "家", LV, OT), ("1.26亿元", "元", LV, M)),
    ]),
]


def _pdftohtml_lines(pdf: Path) -> str:
    """poppler's XML text runs, a page at a time, gathered into lines by their top and joined left to right."""
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp) / "out"
        subprocess.run(["pdftohtml", "-xml", "-i", "-q", "-enc", "UTF-8", str(pdf), str(base)], check=True)
        root = ET.parse(f"{base}.xml").getroot()
    pages = []
    for page in root.iter("page"):
        runs = sorted((int(t.get("top")), int(t.get("left")), "".join(t.itertext())) for t in page.iter("text"))
        lines: list[list[tuple[int, str]]] = []
        last = None
        for top, left, text in runs:
            if last is None or top - last > 3:
                lines.append([])
            lines[-1].append((left, text))
            last = top
        pages.append("\n".join(" ".join(t for _l, t in sorted(line)) for line in lines))
    return "\n\f".join(pages) + "\n"


def extract(pdf: Path, tool: str) -> str:
    """The text one real reader gives of the PDF."""
    if tool == "pdftohtml-xml":
        return _pdftohtml_lines(pdf)
    if tool == "pdfplumber-layout-finey":
        import pdfplumber

        with pdfplumber.open(pdf) as doc:
            return "\n".join((p.extract_text(layout=True, y_density=7) or "") for p in doc.pages) + "\n"
    from pdfminer.high_level import extract_text
    from pdfminer.layout import LAParams

    return extract_text(str(pdf), laparams=LAParams(detect_vertical=True, line_margin=0.3))


def main() -> None:
    g18.gold = gold
    g18.typeset = g21.typeset
    g18.build(OUT, DOCS, extract)


if __name__ == "__main__":
    main()
