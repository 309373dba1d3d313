"""Build data/gold/bulletins26: three 2026 bulletins of our own that are no one long table, typeset as PDF and read
back by readers, or settings of them, no earlier set used.

The typesetting is bulletins24's (scripts/gold_bulletins24.py: P/H blocks and tables, one PDF per bulletin with
reportlab in invariant mode) and so is the hand-annotation format, save that a quote may stand spaced out in the
prose (完成 9.86 万人: the quote is 9.86万人, GUIDE.md) and a figure may name its own place. New here: a 统计局 monthly
data release in short tables of a few rows each (指标 | 单位 | 10月 | 1—10月 | 同比增长（%）, output in 亿千瓦时, 万吨,
辆 and 万台, falls written -3.2 and a flat 0.0), a 医保局 通报 of the fund's 收入/支出/结余 in 亿元 and 万元 with
参保人数 in 万人, 增长/下降 and 个百分点, and a 省 人社厅 通报 whose 设区市 stand in a ranked list
(1. 厦门市  完成 9.86 万人，占目标任务的 98.6%), each figure of its city.

Of the readers earlier sets used (bulletins18…24 and pages: pdfplumber extract_text() plain, layout=True, x_density,
x/y_tolerance, use_text_flow, extract_words rejoined; pdfminer default, changed margins, word_margin/boxes_flow,
boxes_flow None and 1.0, no layout; pdftotext plain, -layout, -raw, -nopgbrk; pypdfium2 get_text_range() and
get_text_bounded(); pypdf plain and layout), these use settings none used: pdftotext with -colspacing 0.2 (a gap
after a word wider than a fifth of the font size starts a new column: a table's cells come out a column at a time),
pypdfium2's page objects (each text object's text in content-stream order, one a line: what PDFium's
FPDFTextObj_GetText gives) and pdfplumber's extract_text_lines() (its line clustering, each line's text stripped).
The gold file is written from the hand annotation below, never from what stats extracts.

    .venv/bin/python scripts/gold_bulletins26.py      # writes data/gold/bulletins26/{texts,bulletins26.jsonl}
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
import gold_bulletins22 as g22  # noqa: E402

g18, g21 = g22.g18, g22.g21
P, H, C, T, V = g18.P, g18.H, g18.C, g22.T, g22.V

OUT = ROOT / "data" / "gold" / "bulletins26"
g22.UNITS.update({"亿千瓦时": ("千瓦时", 10**8, "other"), "万吨": ("吨", 10**4, "other"), "辆": ("辆", 1, "other"),
                  "万台": ("台", 10**4, "other")})

B, OT, PC, M, J = "beds", "other", "percent", "money", "jobs"
LV, CH, TG = "level", "change", "target"
OPT = {"tier": "optional"}
OCT, M10, SEP, M9, Y = "2026-10", "2026M01-M10", "2026-09", "2026M01-M09", "2026"


def gold(doc: str, place: str, year: str, blocks) -> list[dict]:
    """The hand annotation of one bulletin as gold records: tables as bulletins22 writes them; prose with quotes
    found through the spaces the typesetting puts inside them, each figure with its own place where it names one."""
    out: list[dict] = []
    for block in blocks:
        kind, body, figs = block
        if kind == "t":
            out += g22.gold(doc, place, year, [block])
            continue
        if kind != "p":
            continue
        pos = 0
        for f in figs:
            quote, measure, role, topic = f[:4]
            rest = dict(f[4]) if len(f) > 4 else {}
            m = re.compile(r"\s*".join(map(re.escape, quote))).search(body, pos)
            assert m is not None, (doc, quote)
            pos = m.end()
            out.append({"doc": doc, "quote": quote, "value": g22._value(quote), "value_high": None, "measure": measure,
                        "qualifier": rest.get("qualifier", "exact"), "role": role, "topic": topic,
                        "tier": rest.get("tier", "must"), "context": body[max(0, m.start() - 20):pos + 12],
                        "place": rest.get("place", place), "period": rest.get("period", year)})
    return out


def ranked(n: int, city: str, done: str, share: str):
    """One line of a ranked list: the city, what it has done and its share of its target."""
    at = {"place": city}
    return P(f"{n}. {city}  完成 {done[:-2]} 万人，占目标任务的 {share}；",
             (done, "人", LV, J, at), (share, "%", LV, J, at))


DOCS = [
    ("x1", "2026-11-18", "滁州市统计局", "pdftotext-colspacing", "滁州市", M10,
     "滁州市2026年10月份主要统计数据发布", "滁州市统计局  2026年11月18日", [
        P("10月份，全市经济运行总体平稳。1—10月，全市规模以上工业增加值同比增长6.8%，其中10月当月增长5.4%；固定资产"
          "投资同比增长3.1%；社会消费品零售总额892.46亿元，增长4.6%。",
          ("6.8%", "%", CH, PC), ("5.4%", "%", CH, PC, {"period": OCT}), ("3.1%", "%", CH, PC),
          ("892.46亿元", "元", LV, M), ("4.6%", "%", CH, PC)),
        H("一、工业"),
        T("表1  主要工业产品产量", "", [["指标", "单位", "10月", "1—10月", "同比增长（%）"]], [
            ("发电量", 0, ["亿千瓦时", "9.86", "102.34", "3.6"]),
            ("钢材", 0, ["万吨", "12.46", "128.62", "-3.2"]),
            ("水泥", 0, ["万吨", "86.24", "812.56", "-5.8"]),
            ("汽车", 0, ["辆", "8624", "78436", "12.4"]),
            ("家用电冰箱", 0, ["万台", "42.18", "396.52", "0.0"]),
        ], ["unit", V(OCT), V(M10), C("%", CH, PC, M10)]),
        H("二、投资和消费"),
        P("1—10月，全市固定资产投资同比增长3.1%。其中，工业投资增长11.6%，基础设施投资增长2.4%，房地产开发投资下降"
          "9.3%。全市商品房销售面积186.42万平方米，下降4.7%。",
          ("3.1%", "%", CH, PC), ("11.6%", "%", CH, PC), ("2.4%", "%", CH, PC), ("9.3%", "%", CH, PC),
          ("186.42万平方米", "平方米", LV, OT), ("4.7%", "%", CH, PC)),
        T("表2  消费和房地产", "", [["指标", "单位", "10月", "1—10月", "同比增长（%）"]], [
            ("社会消费品零售总额", 0, ["亿元", "96.38", "892.46", "4.6"]),
            ("其中：城镇", 1, ["亿元", "78.52", "726.84", "4.3"]),
            ("乡村", 2, ["亿元", "17.86", "165.62", "5.9"]),
            ("商品房销售面积", 0, ["万平方米", "18.64", "186.42", "-4.7"]),
        ], ["unit", V(OCT), V(M10), C("%", CH, PC, M10)]),
        H("三、财政和金融"),
        T("表3  财政收支", "", [["指标", "单位", "10月", "1—10月", "同比增长（%）"]], [
            ("一般公共预算收入", 0, ["亿元", "14.62", "186.72", "2.8"]),
            ("其中：税收收入", 1, ["亿元", "10.18", "128.46", "0.0"]),
            ("一般公共预算支出", 0, ["亿元", "32.46", "356.18", "1.6"]),
        ], ["unit", V(OCT), V(M10), C("%", CH, PC, M10)]),
        P("10月末，全市金融机构人民币各项存款余额4286.35亿元，比年初增加312.48亿元；各项贷款余额3968.72亿元，比年初"
          "增加286.14亿元。",
          ("4286.35亿元", "元", LV, M, {"period": OCT}), ("312.48亿元", "元", CH, M, {"period": OCT}),
          ("3968.72亿元", "元", LV, M, {"period": OCT}), ("286.14亿元", "元", CH, M, {"period": OCT})),
        H("四、就业和价格"),
        P("1—10月，全市城镇新增就业4.28万人，完成年度目标任务的95.1%；失业人员再就业1.16万人。10月份，全市居民消费"
          "价格同比上涨0.3%，1—10月累计下降0.2%。",
          ("4.28万人", "人", LV, J), ("95.1%", "%", LV, J), ("1.16万人", "人", LV, J),
          ("0.3%", "%", CH, PC, {"period": OCT}), ("0.2%", "%", CH, PC)),
        P("注：表中增速均按可比口径计算；部分数据因四舍五入，分项之和与总计略有出入。"),
    ]),
    ("x2", "2026-10-28", "景德镇市医疗保障局", "pypdfium2-objects", "景德镇市", M9,
     "景德镇市2026年1—9月医疗保障基金运行情况通报", "景德镇市医疗保障局  2026年10月28日", [
        H("一、参保情况"),
        P("截至9月末，全市基本医疗保险参保人数146.82万人，参保率稳定在95%以上。其中，职工基本医疗保险参保人数38.64万人，"
          "同比增长1.8%；城乡居民基本医疗保险参保人数108.18万人，同比下降0.6%。",
          ("146.82万人", "人", LV, OT, {"period": SEP}), ("95%以上", "%", LV, PC,
                                                          {"period": SEP, "qualifier": "lower_bound"}),
          ("38.64万人", "人", LV, OT, {"period": SEP}), ("1.8%", "%", CH, PC, {"period": SEP}),
          ("108.18万人", "人", LV, OT, {"period": SEP}), ("0.6%", "%", CH, PC, {"period": SEP})),
        H("二、基金收支情况"),
        P("1—9月，全市基本医疗保险基金（含生育保险）总收入32.46亿元，同比增长3.2%；总支出28.94亿元，同比增长5.6%；当期"
          "结余3.52亿元，累计结余41.86亿元。",
          ("32.46亿元", "元", LV, M), ("3.2%", "%", CH, PC), ("28.94亿元", "元", LV, M), ("5.6%", "%", CH, PC),
          ("3.52亿元", "元", LV, M), ("41.86亿元", "元", LV, M, {"period": SEP})),
        P("职工基本医疗保险统筹基金收入14.28亿元，增长4.1%；支出12.36亿元，增长7.2%；统筹基金累计结余可支付月数为"
          "18.6个月。",
          ("14.28亿元", "元", LV, M), ("4.1%", "%", CH, PC), ("12.36亿元", "元", LV, M), ("7.2%", "%", CH, PC),
          ("18.6个月", "个月", LV, OT, OPT)),
        P("城乡居民基本医疗保险基金收入16.74亿元，下降1.3%；支出15.12亿元，增长3.8%。生育保险基金收入8642万元，支出"
          "7936万元，当期结余706万元。",
          ("16.74亿元", "元", LV, M), ("1.3%", "%", CH, PC), ("15.12亿元", "元", LV, M), ("3.8%", "%", CH, PC),
          ("8642万元", "元", LV, M), ("7936万元", "元", LV, M), ("706万元", "元", LV, M)),
        T("表1  2026年1—9月基本医疗保险基金收支情况", "单位：亿元",
          [["险种", "收入", "同比增长", "支出", "同比增长"], ["", "", "（%）", "", "（%）"]], [
            ("合计", 0, ["32.46", "3.2", "28.94", "5.6"]),
            ("职工基本医疗保险", 0, ["15.72", "3.9", "13.82", "7.4"]),
            ("其中：统筹基金", 1, ["14.28", "4.1", "12.36", "7.2"]),
            ("城乡居民基本医疗保险", 0, ["16.74", "-1.3", "15.12", "3.8"]),
        ], [C("元", LV, M, M9, 10**8), C("%", CH, PC, M9), C("元", LV, M, M9, 10**8), C("%", CH, PC, M9)]),
        H("三、医疗费用和待遇保障"),
        P("1—9月，全市参保人员住院就医28.64万人次，同比增长4.6%；住院总费用26.18亿元，其中基金支付17.42亿元。职工医保"
          "住院费用政策范围内基金支付比例为84.6%，比上年同期提高0.8个百分点；居民医保为70.2%，下降0.4个百分点。",
          ("28.64万人次", "人次", LV, OT), ("4.6%", "%", CH, PC), ("26.18亿元", "元", LV, M), ("17.42亿元", "元", LV, M),
          ("84.6%", "%", LV, PC), ("0.8个百分点", "百分点", CH, PC), ("70.2%", "%", LV, PC),
          ("0.4个百分点", "百分点", CH, PC)),
        P("全市门诊慢特病待遇享受人员6.82万人，基金支付2.36亿元；医疗救助资助参保1.28万人，资助金额486万元，直接救助"
          "4.62万人次，救助金额3864万元。",
          ("6.82万人", "人", LV, OT), ("2.36亿元", "元", LV, M), ("1.28万人", "人", LV, OT), ("486万元", "元", LV, M),
          ("4.62万人次", "人次", LV, OT), ("3864万元", "元", LV, M)),
        H("四、基金监管"),
        P("1—9月，全市检查定点医药机构1126家，处理违法违规机构186家，追回医保基金1642.8万元。",
          ("1126家", "家", LV, OT), ("186家", "家", LV, OT), ("1642.8万元", "元", LV, M)),
    ]),
    ("x3", "2026-11-12", "福建省人力资源和社会保障厅", "pdfplumber-lines", "福建省", M10,
     "福建省人力资源和社会保障厅关于2026年1—10月全省就业工作进展情况的通报", "福建省人力资源和社会保障厅  2026年11月12日", [
        P("各设区市人力资源和社会保障局："),
        P("今年以来，各地认真落实就业优先政策，全省就业形势总体稳定。现将1—10月全省就业工作进展情况通报如下。"),
        H("一、总体情况"),
        P("1—10月，全省城镇新增就业50.36万人，完成年度目标任务（56万人）的89.9%，同比增加1.24万人；失业人员再就业8.62万人，"
          "就业困难人员实现就业2.84万人。10月末，全省城镇调查失业率为5.0%。",
          ("50.36万人", "人", LV, J), ("56万人", "人", TG, J, {"period": Y}), ("89.9%", "%", LV, J),
          ("1.24万人", "人", CH, J), ("8.62万人", "人", LV, J), ("2.84万人", "人", LV, J),
          ("5.0%", "%", LV, J, {"period": OCT})),
        P("全省新增农村劳动力转移就业12.48万人，完成年度目标任务的104.0%；发放创业担保贷款48.62亿元，同比下降3.2%。",
          ("12.48万人", "人", LV, J), ("104.0%", "%", LV, J), ("48.62亿元", "元", LV, M), ("3.2%", "%", CH, PC)),
        H("二、各设区市城镇新增就业完成情况"),
        P("按完成年度目标任务比例排序："),
        ranked(1, "厦门市", "9.86万人", "98.6%"),
        ranked(2, "泉州市", "9.12万人", "95.0%"),
        ranked(3, "福州市", "10.24万人", "93.1%"),
        ranked(4, "莆田市", "3.56万人", "89.0%"),
        ranked(5, "漳州市", "4.86万人", "88.4%"),
        ranked(6, "宁德市", "3.42万人", "85.5%"),
        ranked(7, "三明市", "2.94万人", "84.0%"),
        ranked(8, "龙岩市", "3.28万人", "82.0%"),
        ranked(9, "南平市", "2.58万人", "80.6%"),
        H("三、下一步工作"),
        P("各地要对照年度目标任务，加大工作力度，确保完成全年城镇新增就业56万人、农村劳动力转移就业12万人的目标任务。完成"
          "比例低于85%的设区市要认真分析原因，于11月20日前报送整改措施。",
          ("56万人", "人", TG, J, {"period": Y}), ("12万人", "人", TG, J, {"period": Y}),
          ("85%", "%", LV, J, {"tier": "optional", "qualifier": "upper_bound"})),
    ]),
]


def extract(pdf: Path, tool: str) -> str:
    """The text one real reader gives of the PDF."""
    if tool == "pdfplumber-lines":
        import pdfplumber

        with pdfplumber.open(pdf) as doc:
            return "\n".join("\n".join(ln["text"] for ln in p.extract_text_lines(return_chars=False))
                             for p in doc.pages) + "\n"
    if tool == "pypdfium2-objects":
        import pypdfium2
        import pypdfium2.raw as pdfium_c

        doc = pypdfium2.PdfDocument(str(pdf))
        try:
            out = []
            for k in range(len(doc)):
                page = doc[k]
                tp = page.get_textpage()
                out += [o.extract() for o in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_TEXT,), textpage=tp)]
            return "\n".join(out) + "\n"
        finally:
            doc.close()
    return subprocess.run(["pdftotext", "-colspacing", "0.2", "-enc", "UTF-8", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout


def build_dated(out: Path, docs, extract) -> None:
    """Build a set whose DOCS rows carry each bulletin's own year (their sixth field), the gold dated by it and the
    pages typeset as round 21 does: what this builder and the later ones (27-29) each did in their main."""
    rows = [(doc, pub, src, tool, place, title, byline, blocks) for doc, pub, src, tool, place, _y, title, byline, blocks
            in docs]
    years = {d[0]: d[5] for d in docs}
    g18.gold = lambda doc, place, blocks: gold(doc, place, years[doc], blocks)
    g18.typeset = g21.typeset
    g18.build(out, rows, extract)


def main() -> None:
    build_dated(OUT, DOCS, extract)


if __name__ == "__main__":
    main()
