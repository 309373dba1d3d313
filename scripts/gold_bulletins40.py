"""Build data/gold/bulletins40: three 2025 statistical texts on beds, jobs and money whose tables take forms real
bulletins and monthly reports print and no earlier set used, typeset as PDF and read back by readers, or settings of
them, no earlier set used; the weak field is recall in tables (bulletins39 was recall 0.51 and topic_jobs 0.2 blind).

The typesetting and the hand-annotation format are bulletins39's, 36's and 35's (scripts/gold_bulletins36.py: P/H/N
blocks, tables whose cells take their column's or their row's period and unit, a row naming its own place; gold written
by its `gold`), with a table setter of its own (a head cell may span columns, several 注 lines under a table) and forms
no earlier set used:
- a 县 统计公报 section 卫生和社会保障 in running text with a table 指标 | 单位 | 绝对数 | 比上年增长（%） whose rows
  are indented sub-items under 其中： (each a figure of the row's 单位), numbers with thousands separators (2,486) and
  two 注 lines under the table, the second with a figure of its own;
- a 市 人社局 统计月报 table 指标 | 单位 | 本月 | 累计 | 累计同比（%）: 本月 cells of the month (2025-11), 累计 of
  2025M01-M11, 累计同比 the change of 累计 in % (GUIDE.md: period), indented 其中 rows, thousands separators;
- a table whose first column holds 乡镇 and 街道 names and whose caption names the county (表1  2025年宁乡市各镇（街道）
  医疗卫生资源情况, heads with their units in parentheses): every row's figures the county's (a town's figures go
  under its county, rules/lexicon/places.yaml), its 合计 row last;
- a two-level column head: 2024年 | 2025年, each spanning 支出（亿元） | 占比（%）: each cell of its group's year, the
  占比 cells levels in %.
The texts: a 县 统计公报's 卫生和社会保障 section (年末 stocks, the year's flows), a 市 人社局 11月 统计月报 (本月, 累计
and 累计同比 flows, 11月末 stocks) and a 县级市 统计公报's 财政 and 卫生 sections (the towns' beds, the spending's
structure in two years).

Readers no earlier set used (earlier, bulletins39's list and its own: pdfplumber plain, layout, layout x4 and x10,
tolerances, text flow, words, lines, simple, grids, find_tables text strategy; pdfminer default, many LAParams, HTML and
XML output; pdftotext plain, -layout, -raw, -raw -nodiag, -raw -nopgbrk, -fixed 2.5, 3, 5 and 6, -colspacing, -tsv,
-bbox, -bbox-layout; pdftohtml -xml and HTML; pypdfium2 range, bounded, bounded lines, bands, objects, rects,
characters with tabs; pypdf is not installed here): pdfminer's hOCR output (extract_text_to_fp with output_type hocr)
read back a line (class ocr_line) at a time, its words (ocrx_word) joined by a space; `pdftotext -layout -eol dos`
(physical layout, each line ended by CR LF as a Windows tool writes it); pdfplumber's extract_words() grouped into
lines by their top, a line's words joined by a TAB (as a words-to-spreadsheet tool gives them).
The gold file is written from the hand annotation below, never from what stats extracts.

    .venv/bin/python scripts/gold_bulletins40.py      # writes data/gold/bulletins40/{texts,bulletins40.jsonl}
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
import gold_bulletins34 as g34  # noqa: E402
import gold_bulletins35 as g35  # noqa: E402
import gold_bulletins36 as g36  # noqa: E402

g18 = g32.g18
P, H, C, N, V = g32.P, g32.H, g32.C, g32.N, g32.V
PL = g35.PL

OUT = ROOT / "data" / "gold" / "bulletins40"
# the 单位 cells of this set's unit-column tables: g32.gold reads the module's table, so the new units go into it
g32.UNITS.update({"个": ("个", 1, "other"), "张": ("张", 1, "beds"), "万人": ("人", 10**4, "other"),
                  "亿元": ("元", 10**8, "money"), "万元": ("元", 10**4, "money"), "元": ("元", 1, "money"),
                  "人": ("人", 1, "other"), "人次": ("人次", 1, "other"), "万人次": ("人次", 10**4, "other"),
                  "%": ("%", 1, "percent"), "户": ("户", 1, "other")})

B, OT, PC, M, J = "beds", "other", "percent", "money", "jobs"
LV, CH = "level", "change"
Y = "2025"
W = 10**4
E8 = 10**8
JOB = {"topic": J}
BED = {"topic": B}
MONTH, JAN_NOV, NOV = "2025-11", "2025M01-M11", "2025-11"


def T(title, unit, head, rows, cols, notes=(), cont=0):
    """A table as bulletins32's T; a head cell may be (text, span), set centred over that many columns; `notes` are
    the 注 lines under it, one a line (their figures, if any, go in an N block of their own after the table)."""
    return ("t", (title, unit, head, rows, cols, tuple(notes), cont), ())


def TG(period: str) -> dict:
    """A value column whose unit is the row's 单位 cell, of the given period."""
    return V(period)


DOCS = [
    ("w1", "2026-04-08", "桐庐县统计局", "pdfminer-hocr", "桐庐县",
     "桐庐县2025年国民经济和社会发展统计公报（节选）", "桐庐县统计局  国家统计局桐庐调查队  2026年4月8日", [
        H("十、卫生和社会保障"),
        P("年末全县共有医疗卫生机构386个，其中医院12个，基层医疗卫生机构368个。医疗卫生机构床位2,486张，比上年末增加"
          "126张，其中医院床位1,862张。卫生技术人员4,128人，增长3.6%，其中执业（助理）医师1,684人，注册护士1,736人。"
          "每千常住人口床位5.62张。",
          ("386个", "个", LV, OT), ("12个", "个", LV, OT), ("368个", "个", LV, OT), ("2,486张", "张", LV, B),
          ("126张", "张", CH, B), ("1,862张", "张", LV, B), ("4,128人", "人", LV, OT), ("3.6%", "%", CH, PC),
          ("1,684人", "人", LV, OT), ("1,736人", "人", LV, OT), ("5.62张", "张", LV, B)),
        P("全年城镇新增就业8,624人，比上年增长2.8%；失业人员再就业2,136人，就业困难人员实现就业648人。年末城镇登记"
          "失业率1.86%。全年发放创业担保贷款2.46亿元。",
          ("8,624人", "人", LV, J), ("2.8%", "%", CH, J), ("2,136人", "人", LV, J), ("648人", "人", LV, J),
          ("1.86%", "%", LV, J), ("2.46亿元", "元", LV, M)),
        P("年末全县城乡居民基本养老保险参保人数16.84万人，城乡居民基本医疗保险参保人数38.62万人。全年城乡最低生活保障"
          "支出1.28亿元，增长4.2%。年末养老机构床位3,260张。",
          ("16.84万人", "人", LV, OT), ("38.62万人", "人", LV, OT), ("1.28亿元", "元", LV, M), ("4.2%", "%", CH, PC),
          ("3,260张", "张", LV, B)),
        T("表10  2025年卫生和社会保障主要指标", "", [["指标", "单位", "绝对数", "比上年增长（%）"]], [
            ("医疗卫生机构床位", 0, ["张", "2,486", "5.3"], BED),
            ("其中：医院", 1, ["张", "1,862", "4.8"], BED),
            ("基层医疗卫生机构", 1, ["张", "568", "7.2"], BED),
            ("卫生技术人员", 0, ["人", "4,128", "3.6"]),
            ("其中：执业（助理）医师", 1, ["人", "1,684", "3.1"]),
            ("注册护士", 1, ["人", "1,736", "4.4"]),
            ("总诊疗人次", 0, ["万人次", "486.32", "2.6"]),
            ("城镇新增就业", 0, ["人", "8,624", "2.8"], JOB),
            ("其中：失业人员再就业", 1, ["人", "2,136", "1.9"], JOB),
            ("城乡最低生活保障支出", 0, ["万元", "12,846", "4.2"]),
            ("养老机构床位", 0, ["张", "3,260", "6.1"], BED),
        ], ["unit", TG(Y), C("%", CH, PC, Y)],
          notes=["注：1.卫生技术人员含执业（助理）医师、注册护士、药师（士）、技师（士）等。",
                 "2.养老机构床位含乡镇敬老院床位。"]),
        N("全县共有乡镇卫生院14个，村卫生室186个；乡镇卫生院床位426张。",
          ("14个", "个", LV, OT), ("186个", "个", LV, OT), ("426张", "张", LV, B)),
    ]),
    ("w2", "2025-12-16", "绵阳市人力资源和社会保障局", "pdftotext-layout-eol-dos", "绵阳市",
     "绵阳市人力资源和社会保障统计月报（2025年11月）", "绵阳市人力资源和社会保障局  2025年12月16日", [
        H("一、就业"),
        P("11月，全市城镇新增就业4,862人。1—11月，全市城镇新增就业5.28万人，同比增长3.1%，完成年度目标任务的"
          "105.6%；失业人员再就业1.36万人，就业困难人员实现就业4,218人。11月末城镇登记失业率2.74%。",
          ("4,862人", "人", LV, J, {"period": MONTH}), ("5.28万人", "人", LV, J, {"period": JAN_NOV}),
          ("3.1%", "%", CH, J, {"period": JAN_NOV}), ("105.6%", "%", LV, J, {"period": JAN_NOV}),
          ("1.36万人", "人", LV, J, {"period": JAN_NOV}), ("4,218人", "人", LV, J, {"period": JAN_NOV}),
          ("2.74%", "%", LV, J, {"period": NOV})),
        T("表1  主要业务指标", "", [["指标", "单位", "本月", "累计", "累计同比（%）"]], [
            ("城镇新增就业", 0, ["人", "4,862", "52,836", "3.1"], JOB),
            ("其中：失业人员再就业", 1, ["人", "1,246", "13,642", "2.4"], JOB),
            ("就业困难人员实现就业", 1, ["人", "386", "4,218", "1.6"], JOB),
            ("农村劳动力转移就业", 0, ["人", "3,126", "38,460", "2.2"], JOB),
            ("发放创业担保贷款", 0, ["万元", "8,624", "96,480", "5.8"]),
            ("失业保险金发放", 0, ["万元", "2,146", "24,862", "-3.4"]),
        ], ["unit", TG(MONTH), TG(JAN_NOV), C("%", CH, PC, JAN_NOV)],
          notes=["注：1.累计为1—11月累计数，累计同比为与上年同期累计数相比。",
                 "2.本表数据为快报数。"]),
        H("二、社会保险"),
        P("11月末，全市企业职工基本养老保险参保人数186.42万人，失业保险参保人数68.36万人，工伤保险参保人数82.14万人。"
          "1—11月，全市社会保险基金收入286.42亿元，同比增长5.4%。",
          ("186.42万人", "人", LV, OT, {"period": NOV}), ("68.36万人", "人", LV, OT, {"period": NOV}),
          ("82.14万人", "人", LV, OT, {"period": NOV}), ("286.42亿元", "元", LV, M, {"period": JAN_NOV}),
          ("5.4%", "%", CH, PC, {"period": JAN_NOV})),
    ]),
    ("w3", "2026-03-30", "宁乡市统计局", "pdfplumber-words-tabs", "宁乡市",
     "宁乡市2025年国民经济和社会发展统计公报（节选）", "宁乡市统计局  2026年3月30日", [
        H("八、财政"),
        P("全年全市一般公共预算收入68.46亿元，比上年增长4.2%，其中税收收入48.62亿元。一般公共预算支出126.84亿元，增长"
          "3.1%，其中民生支出98.26亿元，占一般公共预算支出的77.5%。",
          ("68.46亿元", "元", LV, M), ("4.2%", "%", CH, PC), ("48.62亿元", "元", LV, M), ("126.84亿元", "元", LV, M),
          ("3.1%", "%", CH, PC), ("98.26亿元", "元", LV, M), ("77.5%", "%", LV, PC)),
        T("表3  宁乡市一般公共预算主要支出项目", "", [
            ["项目", ("2024年", 2), ("2025年", 2)],
            ["", "支出（亿元）", "占比（%）", "支出（亿元）", "占比（%）"]], [
            ("教育支出", 0, ["24.36", "19.8", "25.12", "19.8"]),
            ("社会保障和就业支出", 0, ["18.62", "15.1", "19.84", "15.6"]),
            ("卫生健康支出", 0, ["11.48", "9.3", "12.36", "9.7"]),
            ("城乡社区支出", 0, ["14.26", "11.6", "13.68", "10.8"]),
            ("农林水支出", 0, ["12.84", "10.4", "13.02", "10.3"]),
        ], [C("元", LV, M, "2024", E8), C("%", LV, PC, "2024"), C("元", LV, M, Y, E8), C("%", LV, PC, Y)],
          notes=["注：2024年为决算数，2025年为快报数。"]),
        H("九、卫生健康"),
        P("年末全市共有医疗卫生机构1,286个，医疗卫生机构床位8,642张，其中镇（街道）卫生院床位2,364张。卫生技术人员"
          "9,836人。全年总诊疗人次826.48万人次，增长2.9%。",
          ("1,286个", "个", LV, OT), ("8,642张", "张", LV, B), ("2,364张", "张", LV, B), ("9,836人", "人", LV, OT),
          ("826.48万人次", "人次", LV, OT), ("2.9%", "%", CH, PC)),
        T("表4  2025年宁乡市各镇（街道）医疗卫生资源情况", "", [
            ["镇（街道）", "机构数（个）", "床位数（张）", "卫生技术人员（人）"]], [
            ("玉潭街道", 0, ["86", "1,246", "1,628"]),
            ("城郊街道", 0, ["42", "386", "512"]),
            ("白马桥街道", 0, ["38", "264", "348"]),
            ("历经铺街道", 0, ["34", "218", "286"]),
            ("金洲镇", 0, ["46", "312", "402"]),
            ("大成桥镇", 0, ["28", "146", "188"]),
            ("双江口镇", 0, ["36", "208", "264"]),
            ("花明楼镇", 0, ["40", "236", "318"]),
            ("灰汤镇", 0, ["22", "168", "206"]),
            ("道林镇", 0, ["30", "152", "196"]),
            ("合计", 0, ["402", "3,336", "4,348"]),
        ], [C("个", LV, OT, Y), C("张", LV, B, Y), C("人", LV, OT, Y)],
          notes=["注：不含市直医疗卫生机构。"]),
    ]),
]


# --- typesetting: bulletins36's, with head cells that span columns and several 注 lines under a table ------------------

def table(pg, title, unit, head, rows, cols, notes, cont) -> None:
    """bulletins21's table, a head cell (text, span) set centred over the span's columns, each 注 line a line under
    the closing rule."""
    ts, tl = 9.0, 15.0
    ncol = sum(c[1] if isinstance(c, tuple) else 1 for c in head[-1])
    first = 180.0 if ncol <= 4 else 150.0
    step = (g18.RIGHT - g18.LEFT - first) / (ncol - 1)
    rights = [g18.LEFT + first + step * (k + 1) - 6 for k in range(ncol - 1)]
    c = pg.c
    left, right = g18.LEFT, g18.RIGHT

    def rule(width: float) -> None:
        c.setLineWidth(width)
        c.line(left, g18.HGT - pg.y, right, g18.HGT - pg.y)

    def heading() -> None:
        if unit:
            pg.text(right - pg.width(unit, ts), pg.y + ts, unit, ts)
            pg.y += tl
        rule(0.8)
        pg.y += 4
        for line in head:
            k = 0
            for cell in line:
                text, span = cell if isinstance(cell, tuple) else (cell, 1)
                if text and k == 0:
                    pg.text(left + 4, pg.y + ts, text, ts)
                elif text and span == 1:
                    pg.text(rights[k - 1] - pg.width(text, ts), pg.y + ts, text, ts)
                elif text:
                    lo, hi = rights[k - 1] - step + 6, rights[k + span - 2]
                    pg.text((lo + hi - pg.width(text, ts)) / 2, pg.y + ts, text, ts)
                k += span
            pg.y += tl
        rule(0.5)
        pg.y += 4

    pg.need(tl * ((cont or len(rows)) + 6 + len(head) + len(notes)))
    pg.y += 6
    pg.text((g18.W - pg.width(title, 10.5)) / 2, pg.y + 10.5, title, 10.5)
    pg.y += tl + 4
    heading()
    for label, ind, cells, *_own in rows:
        x = left + 4 + {0: 0, 1: 2 * ts, 2: 5 * ts}[ind]
        pg.text(x, pg.y + ts, label, ts)
        for k, cell in enumerate(cells):
            pg.text(rights[k] - pg.width(cell, ts), pg.y + ts, cell, ts)
        pg.y += tl
    rule(0.8)
    pg.y += 6
    for note in notes:
        pg.text(left + (0 if note.startswith("注") else 2 * ts), pg.y + ts, note, ts)
        pg.y += tl
    pg.y += 8


def _word_lines(par: str, width: float, size: float, indent: float, pg) -> list[str]:
    """bulletins34's line breaking, a number's thousands separators part of the number (2,364 never broken after its
    comma, as no word processor breaks it)."""
    lines, cur, used = [], "", indent
    for tok in re.findall(r"[0-9][0-9,.]*[0-9][%‰]?|[0-9][%‰]?|.", par):
        w = pg.width(tok, size)
        if used + w > width and cur and tok not in g34._CLOSING:
            lines.append(cur)
            cur, used = "", 0.0
        cur += tok
        used += w
    if cur:
        lines.append(cur)
    return lines


# bulletins36's typesetting with this set's table setter and line breaking.
typeset = g36.typeset_with(table, _word_lines)


def gold(doc: str, place: str, blocks) -> list[dict]:
    """bulletins36's gold (a table's head and notes give no figures; a row naming its place gives that place's)."""
    return g36.gold(doc, place, blocks)


# --- readers ----------------------------------------------------------------------------------------------------------

def _hocr(pdf: Path) -> str:
    """pdfminer's hOCR output read back: each ocr_line a line of text, its ocrx_word spans joined by a space, a blank
    line between pages."""
    from pdfminer.high_level import extract_text_to_fp
    from pdfminer.layout import LAParams

    out = io.StringIO()
    with open(pdf, "rb") as f:
        extract_text_to_fp(f, out, output_type="hocr", laparams=LAParams(), codec=None)
    pages = []
    for page in re.split(r"<div class='ocr_page'", out.getvalue())[1:]:
        lines = []
        for line in page.splitlines():  # pdfminer writes each ocr_line, its words inside, on a line of its own
            if "class='ocr_line'" not in line:
                continue
            words = [html.unescape(w).strip() for w in re.findall(r"class='ocrx_word'[^>]*>(.*?)</span>", line)]
            if any(words):
                lines.append(" ".join(w for w in words if w))
        pages.append("\n".join(lines))
    return "\n\n".join(pages) + "\n"


def _word_tabs(pdf: Path) -> str:
    """pdfplumber's extract_words(), grouped into lines by their top (within 2 pt), a line's words left to right joined
    by a TAB."""
    import pdfplumber

    pages = []
    with pdfplumber.open(pdf) as doc:
        for page in doc.pages:
            lines: list[list[dict]] = []
            for w in sorted(page.extract_words(), key=lambda w: (round(w["top"]), w["x0"])):
                if lines and abs(lines[-1][0]["top"] - w["top"]) <= 2:
                    lines[-1].append(w)
                else:
                    lines.append([w])
            pages.append("\n".join("\t".join(w["text"] for w in sorted(ln, key=lambda w: w["x0"])) for ln in lines))
    return "\n".join(pages) + "\n"


def extract(pdf: Path, tool: str) -> str:
    """The text one real reader gives of the PDF."""
    if tool == "pdfminer-hocr":
        return _hocr(pdf)
    if tool == "pdfplumber-words-tabs":
        return _word_tabs(pdf)
    return g36.pdftotext(pdf, "-layout", "-eol", "dos")


def main() -> None:
    g36.run(OUT, DOCS, gold, typeset, extract)


if __name__ == "__main__":
    main()
