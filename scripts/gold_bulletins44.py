"""Build data/gold/bulletins44: three 2025 statistical texts on beds, jobs and money whose tables take forms real
bulletins and data releases print and no earlier set used, typeset as PDF and read back by readers, or settings of
them, no earlier set used; the weak field is recall in tables (bulletins43 was recall 0.30 blind).

The typesetting and the hand-annotation format are bulletins43's (scripts/gold_bulletins43.py: its table setter, a
row naming its own place giving that place's figures, falls read as negative), with forms no earlier set used:
- a 市 统计公报 cross table of its counties and districts in rows (全市 first) whose columns are one metric's
  本期 | 上年末 | 比上年末增减（%）, the head wrapped over three lines (医疗卫生 / 机构床位 / （张）), falls written with
  the hyphen-minus (-1.1);
- the same table continued on the next page under a numbered 续表9 line whose head is NOT repeated;
- a 指标 | 单位 | 2025年 | 增长% table of mixed units (万人, 亿元, 张 per row) set as two side-by-side halves on one
  page, its 其中： part in the right half, falls in brackets (（2.6）);
- a 人社局 quarterly table 指标 | 单位 | 一季度 | 二季度 | 三季度 | 四季度 | 全年 whose rows are grouped under
  一、二、 lines of no value, with indented parts and 其中： parts (人 and 亿元 rows);
- a cross table of counties in rows whose head is 县市区 | 本期 | 上年同期 | 同比±% (one metric, 单位：人 above it),
  falls in brackets;
- a 县 财政 table under 单位：万元 whose head is wrapped over three lines (2025年 / 完成数 / …, 增减 / 幅度 / （%）),
  rows grouped 一、二、 with values on the group lines and 其中： parts, falls written −3.4 (U+2212);
- a 指标 | 单位 | 本期 | 上年同期 | 同比±% table of 个, 张 and 人 rows grouped under 一、二、, falls −2.8.
The texts: a 市 统计公报's 卫生健康 and 社会保障 sections, a 市 人社局 year's data release (quarterly 就业 and 社会保险基金,
城镇新增就业 by county) and a 县 统计公报's 财政 and 卫生健康 sections.

Readers no earlier set used (earlier, bulletins43's list and its own: pdftotext -layout -htmlmeta, -fixed 7,
pdfminer's loose HTML): `pdftotext -htmlmeta` without -layout (reading order, not physical layout, kept as the HTML it
writes: a <head> of meta tags, the text in <pre>, & < > as entities); poppler's `pdftohtml -c -s -i -noframes`
complex HTML kept as it writes it (each text run an absolutely positioned <p> with its top and left in px,
&#160; for spaces, a page a <div> of its own); pdfminer's HTML converter in its exact layout mode kept as it writes it
(each character a positioned <span> of its own, its left and top in px, no line boxes).
The gold file is written from the hand annotation below, never from what stats extracts.

    .venv/bin/python scripts/gold_bulletins44.py      # writes data/gold/bulletins44/{texts,bulletins44.jsonl}
"""

from __future__ import annotations

import io
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
import gold_bulletins32 as g32  # noqa: E402
import gold_bulletins36 as g36  # noqa: E402
import gold_bulletins40 as g40  # noqa: E402
import gold_bulletins43 as g43  # noqa: E402

g18 = g32.g18
P, H, C, N, V = g32.P, g32.H, g32.C, g32.N, g32.V
T = g40.T

OUT = ROOT / "data" / "gold" / "bulletins44"
g32.UNITS.update({"个": ("个", 1, "other"), "张": ("张", 1, "beds"), "万人": ("人", 10**4, "other"),
                  "亿元": ("元", 10**8, "money"), "万元": ("元", 10**4, "money"), "人": ("人", 1, "other")})

B, OT, PC, M, J = "beds", "other", "percent", "money", "jobs"
LV, CH = "level", "change"
Y, Y0 = "2025", "2024"
W = 10**4
JOB = {"topic": J}
BED = {"topic": B}
MINUS = g43.MINUS
AT, HALVES = g43.AT, g43.HALVES


def GROUP(n: int) -> list[str]:
    """A 一、二、 line of a grouped table: no value in any of its n cells."""
    return [""] * n


def CONT(n: int, label: str) -> tuple[int, str]:
    """The `cont` of a table broken after n rows, the next page opening with `label` (续表9) and no head again."""
    return (n, label)


YC = [("全市", "宜春市", ["34,218", "33,356", "2.6"]), ("袁州区", "袁州区", ["6,842", "6,512", "5.1"]),
      ("樟树市", "樟树市", ["2,936", "2,968", "-1.1"]), ("丰城市", "丰城市", ["5,624", "5,486", "2.5"]),
      ("靖安县", "靖安县", ["786", "812", "-3.2"]), ("奉新县", "奉新县", ["1,468", "1,426", "2.9"]),
      ("万载县", "万载县", ["1,862", "1,834", "1.5"]), ("上高县", "上高县", ["1,746", "1,698", "2.8"]),
      ("宜丰县", "宜丰县", ["1,312", "1,336", "-1.8"]), ("铜鼓县", "铜鼓县", ["624", "618", "1.0"]),
      ("高安市", "高安市", ["3,618", "3,542", "2.1"])]
NC = [("全市", "南充市", ["62,400", "60,116", "3.8"]), ("顺庆区", "顺庆区", ["9,862", "9,418", "4.7"]),
      ("高坪区", "高坪区", ["7,426", "7,512", "（1.1）"]), ("嘉陵区", "嘉陵区", ["5,318", "5,126", "3.7"]),
      ("阆中市", "阆中市", ["6,846", "6,612", "3.5"]), ("南部县", "南部县", ["8,124", "7,986", "1.7"]),
      ("西充县", "西充县", ["3,862", "3,948", "（2.2）"]), ("营山县", "营山县", ["6,418", "6,236", "2.9"]),
      ("蓬安县", "蓬安县", ["4,316", "4,128", "4.6"]), ("仪陇县", "仪陇县", ["5,862", "5,714", "2.6"])]

DOCS = [
    ("z1", "2026-03-28", "宜春市统计局", "pdftotext-htmlmeta", "宜春市",
     "宜春市2025年国民经济和社会发展统计公报（节选）", "宜春市统计局  国家统计局宜春调查队  2026年3月28日", [
        H("十二、卫生健康"),
        P("年末全市共有医疗卫生机构5,386个，其中医院198个。医疗卫生机构床位3.42万张，比上年末增加862张；卫生技术人员"
          "3.86万人。全年总诊疗人次2,946.8万人次，比上年增长2.1%。",
          ("5,386个", "个", LV, OT), ("198个", "个", LV, OT), ("3.42万张", "张", LV, B), ("862张", "张", CH, B),
          ("3.86万人", "人", LV, OT), ("2,946.8万人次", "人次", LV, OT), ("2.1%", "%", CH, PC)),
        T("表9  2025年末各县市区医疗卫生机构床位", "",
          [["县市区", "医疗卫生", "", "比上年末"], ["", "机构床位", "上年末", "增减"], ["", "（张）", "（张）", "（%）"]],
          [(name, 0, cells, AT(place, **BED)) for name, place, cells in YC],
          [C("张", LV, B, Y), C("张", LV, B, Y0), C("%", CH, PC, Y)], cont=CONT(7, "续表9"),
          notes=["注：全市含市直医疗卫生机构。"]),
        H("十三、社会保障"),
        P("年末全市城镇职工基本养老保险参保人数86.24万人，比上年末增加2.18万人；城乡居民基本养老保险参保人数"
          "286.42万人。全年发放城乡低保资金8.64亿元，下降2.6%。年末养老机构床位2.46万张。",
          ("86.24万人", "人", LV, OT), ("2.18万人", "人", CH, OT), ("286.42万人", "人", LV, OT),
          ("8.64亿元", "元", LV, M), ("2.6%", "%", CH, PC), ("2.46万张", "张", LV, B)),
        T("表10  2025年社会保障主要指标", "", [["指标", "单位", "2025年", "增长%"]], [
            ("职工养老保险参保", 0, ["万人", "86.24", "2.6"]),
            ("居民养老保险参保", 0, ["万人", "286.42", "（0.4）"]),
            ("失业保险参保", 0, ["万人", "38.62", "1.8"]),
            ("工伤保险参保", 0, ["万人", "52.18", "3.4"]),
            ("城乡低保资金", 0, ["亿元", "8.64", "（2.6）"]),
            ("城市低保对象", 0, ["万人", "2.14", "（6.1）"]),
            ("养老机构床位", 0, ["张", "24,612", "4.2"], BED),
            ("其中：护理型", 1, ["张", "13,468", "9.6"], BED),
        ], ["unit", V(Y), C("%", CH, PC, Y)], cont=HALVES(4)),
    ]),
    ("z2", "2026-01-26", "南充市人力资源和社会保障局", "pdftohtml-complex", "南充市",
     "南充市2025年人力资源和社会保障统计数据", "南充市人力资源和社会保障局  2026年1月26日", [
        H("一、就业创业"),
        P("2025年，全市城镇新增就业6.24万人，比上年增长3.8%；失业人员再就业1.82万人；农村劳动力新增转移就业3.16万人。"
          "年末城镇登记失业率3.12%。",
          ("6.24万人", "人", LV, J), ("3.8%", "%", CH, J), ("1.82万人", "人", LV, J), ("3.16万人", "人", LV, J),
          ("3.12%", "%", LV, J)),
        T("表1  2025年分季度就业和社会保险基金情况", "",
          [["指标", "单位", "一季度", "二季度", "三季度", "四季度", "全年"]], [
            ("一、就业", 0, GROUP(6)),
            ("城镇新增就业", 1, ["人", "14,286", "17,462", "16,318", "14,334", "62,400"], JOB),
            ("其中：高校毕业生", 2, ["人", "2,318", "5,126", "5,862", "2,094", "15,400"], JOB),
            ("失业人员再就业", 1, ["人", "4,126", "4,862", "4,738", "4,474", "18,200"], JOB),
            ("二、社会保险基金", 0, GROUP(6)),
            ("基金收入", 1, ["亿元", "62.48", "68.16", "64.32", "71.86", "266.82"]),
            ("其中：养老保险", 2, ["亿元", "41.26", "45.18", "42.64", "48.12", "177.20"]),
            ("基金支出", 1, ["亿元", "58.64", "61.42", "60.86", "63.28", "244.20"]),
        ], ["unit", V("2025Q1"), V("2025Q2"), V("2025Q3"), V("2025Q4"), V(Y)],
          notes=["注：各季度数据为当季数。"]),
        H("二、各县市区就业"),
        P("各县市区城镇新增就业情况见下表。"),
        T("表2  2025年各县市区城镇新增就业", "单位：人", [["县市区", "本期", "上年同期", "同比±%"]],
          [(name, 0, cells, AT(place, **JOB)) for name, place, cells in NC],
          [C("人", LV, J, Y), C("人", LV, J, Y0), C("%", CH, PC, Y)]),
        H("三、社会保险"),
        P("全年全市社会保险基金收入266.82亿元，增长4.2%；基金支出244.20亿元，下降1.6%。年末基本养老保险参保人数"
          "412.36万人。",
          ("266.82亿元", "元", LV, M), ("4.2%", "%", CH, PC), ("244.20亿元", "元", LV, M), ("1.6%", "%", CH, PC),
          ("412.36万人", "人", LV, OT)),
    ]),
    ("z3", "2026-04-10", "平江县统计局", "pdfminer-html-exact", "平江县",
     "平江县2025年国民经济和社会发展统计公报（节选）", "平江县统计局  国家统计局平江调查队  2026年4月10日", [
        H("七、财政和金融"),
        P("全年一般公共预算收入12.46亿元，比上年增长2.3%，其中税收收入7.86亿元，下降3.4%。一般公共预算支出58.42亿元，"
          "增长1.9%。年末金融机构人民币各项存款余额486.24亿元，增长5.8%；各项贷款余额312.68亿元，增长7.2%。",
          ("12.46亿元", "元", LV, M), ("2.3%", "%", CH, PC), ("7.86亿元", "元", LV, M), ("3.4%", "%", CH, PC),
          ("58.42亿元", "元", LV, M), ("1.9%", "%", CH, PC), ("486.24亿元", "元", LV, M), ("5.8%", "%", CH, PC),
          ("312.68亿元", "元", LV, M), ("7.2%", "%", CH, PC)),
        T("表6  2025年一般公共预算收支", "单位：万元",
          [["项目", "2025年", "2024年", "增减"], ["", "完成数", "完成数", "幅度"], ["", "", "", "（%）"]], [
            ("一、一般公共预算收入", 0, ["124,586", "121,786", "2.3"]),
            ("其中：税收收入", 1, ["78,624", "81,392", f"{MINUS}3.4"]),
            ("非税收入", 1, ["45,962", "40,394", "13.8"]),
            ("二、一般公共预算支出", 0, ["584,236", "573,318", "1.9"]),
            ("其中：教育", 1, ["102,468", "98,642", "3.9"]),
            ("社会保障和就业", 1, ["96,842", "91,236", "6.1"]),
            ("卫生健康", 1, ["62,418", "64,126", f"{MINUS}2.7"]),
            ("城乡社区", 1, ["28,624", "36,418", f"{MINUS}21.4"]),
        ], [C("元", LV, M, Y, W), C("元", LV, M, Y0, W), C("%", CH, PC, Y)]),
        H("八、卫生健康"),
        P("年末全县共有医疗卫生机构628个，医疗卫生机构床位5,864张，比上年末增加126张；卫生技术人员5,248人。",
          ("628个", "个", LV, OT), ("5,864张", "张", LV, B), ("126张", "张", CH, B), ("5,248人", "人", LV, OT)),
        T("表7  2025年末卫生和养老主要指标", "", [["指标", "单位", "本期", "上年同期", "同比±%"]], [
            ("一、医疗卫生", 0, GROUP(4)),
            ("医疗卫生机构", 1, ["个", "628", "634", f"{MINUS}0.9"]),
            ("医疗卫生机构床位", 1, ["张", "5,864", "5,738", "2.2"], BED),
            ("其中：医院", 2, ["张", "3,926", "3,812", "3.0"], BED),
            ("卫生技术人员", 1, ["人", "5,248", "5,106", "2.8"]),
            ("二、养老服务", 0, GROUP(4)),
            ("养老机构床位", 1, ["张", "2,186", "2,248", f"{MINUS}2.8"], BED),
        ], ["unit", V(Y), V(Y0), C("%", CH, PC, Y)]),
    ]),
]


# --- typesetting: bulletins43's, a 续表 line of the table's own number --------------------------------------------------

def table(pg, title, unit, head, rows, cols, notes, cont) -> None:
    """bulletins43's table; a `cont` of (n, label) breaks the page after n rows and opens the next with `label`
    (续表9) at the left and the rows straight after it, the head not repeated."""
    if not isinstance(cont, tuple):
        return g43.table(pg, title, unit, head, rows, cols, notes, cont)
    n, label = cont
    orig = pg.text

    def text(x: float, y: float, s: str, size: float) -> None:
        orig(x, y, label if s == "续表" else s, size)

    pg.text = text
    try:
        g43._whole(pg, title, unit, head, rows, notes, n)
    finally:
        pg.text = orig


# bulletins36's typesetting with this set's table setter and bulletins40's line breaking.
typeset = g36.typeset_with(table, g40._word_lines)


def gold(doc: str, place: str, blocks) -> list[dict]:
    """bulletins43's gold (a −3.4, -1.1 or （1.1） cell a fall, read as negative)."""
    return g43.gold(doc, place, blocks)


# --- readers ----------------------------------------------------------------------------------------------------------

def _pdfminer_exact(pdf: Path) -> str:
    """pdfminer's HTMLConverter in its exact layout mode, as it writes it."""
    from pdfminer.converter import HTMLConverter
    from pdfminer.layout import LAParams
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage

    out = io.BytesIO()
    rsrc = PDFResourceManager()
    device = HTMLConverter(rsrc, out, codec="utf-8", laparams=LAParams(), layoutmode="exact")
    interp = PDFPageInterpreter(rsrc, device)
    with open(pdf, "rb") as f:
        for page in PDFPage.get_pages(f):
            interp.process_page(page)
    device.close()
    return out.getvalue().decode("utf-8")


def _pdftohtml_complex(pdf: Path) -> str:
    """poppler's complex HTML (`pdftohtml -c -s -i -noframes`, which writes only to a file), as it writes it."""
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp) / "out"
        subprocess.run(["pdftohtml", "-c", "-s", "-i", "-noframes", "-q", "-enc", "UTF-8", str(pdf), str(base)],
                       check=True)
        return next(Path(tmp).glob("*.html")).read_text(encoding="utf-8")


def extract(pdf: Path, tool: str) -> str:
    """The text one real reader gives of the PDF."""
    if tool == "pdfminer-html-exact":
        return _pdfminer_exact(pdf)
    if tool == "pdftohtml-complex":
        return _pdftohtml_complex(pdf)
    return g36.pdftotext(pdf, "-htmlmeta")


def main() -> None:
    g36.run(OUT, DOCS, gold, typeset, extract)


if __name__ == "__main__":
    main()
