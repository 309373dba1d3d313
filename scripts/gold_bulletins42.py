"""Build data/gold/bulletins42: three 2025 statistical texts on beds, jobs and money whose tables take forms real
bulletins and data releases print and no earlier set used, typeset as PDF and read back by readers, or settings of
them, no earlier set used; the weak field is recall in tables (bulletins41 was recall 0.53 blind).

The typesetting and the hand-annotation format are bulletins41's (scripts/gold_bulletins41.py: P/H/N blocks, tables
whose cells take their column's or their row's period and unit; gold written by bulletins36's `gold`), with a table
setter of its own and forms no earlier set used:
- a 县 统计公报 table whose 合计 row comes first and its parts after (医院, its 其中：公立医院, 基层医疗卫生机构 …),
  each head cell holding its column's unit in brackets (机构数（个） | 床位（张） | 卫生技术人员（人）), a footnoted
  cell (3 012①) explained by a 注① line under the table, cells of no value set as — and …;
- numbers right-aligned with a thin space between their thousands (4 126, set as two runs a quarter em apart: what a
  reader gives of them is its own);
- a 指标 | 单位 | 绝对数 | 比上年增长（%） table continued on the next page under a 续表 line and its head repeated
  (no caption again), cells of no value —, … and blank;
- a 人社局 release's table rotated: years as rows (2021年 … 2025年), metrics as columns with their units in brackets,
  each row's cells of its own year;
- a two-level head: 2025年 merged over 人数（人） | 增长（%）, 2024年 over 人数（人）;
- a 社会保险基金 table in 亿元 (单位：亿元 over it) whose 合计 row comes first;
- a 市 统计公报 table 指标 | 2025年 | 2024年 | 增减 of beds under 单位：张, a row label with a footnote mark
  (养老机构床位②) and its 注.
The texts: a 县 统计公报's 卫生健康 and 就业和社会保障 sections, a 市 人社局 year's data (就业 over five years, 重点群体,
社会保险基金) and a 市 统计公报's 财政 and 卫生健康 sections.

Readers no earlier set used (earlier, bulletins41's list and its own: pdfplumber plain, layout, layout x4 and x10,
tolerances, text flow, words, words joined by TABs, words as CSV, lines, simple, grids, find_tables text strategy;
pdfminer default, many LAParams, HTML, XML and hOCR output; pdftotext plain, -layout, -layout -eol dos, -raw, -raw
-nodiag, -raw -nopgbrk, -fixed 2.5, 3, 4, 5 and 6, -colspacing, -tsv, -bbox, -bbox-layout; pdftohtml -xml and HTML;
pypdfium2 range, bounded, bounded lines, bands, objects, rects, characters with tabs, characters with gap spaces):
`pdftotext -layout -nopgbrk` (physical layout, pages run together with no form feed, a table's 续表 straight after the
page's number); a PDF-to-Markdown export of pdfplumber's words (a line of one run of words a line of text, the largest
type a # heading, lines of several runs far apart rows of a pipe table, its cells placed under the columns of its
fullest line, a |---| rule under its first line); `pdftotext -raw -eol mac` (content-stream order, each line ended by a
lone CR as the old Mac convention writes it).
The gold file is written from the hand annotation below, never from what stats extracts.

    .venv/bin/python scripts/gold_bulletins42.py      # writes data/gold/bulletins42/{texts,bulletins42.jsonl}
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
import gold_bulletins41 as g41  # noqa: E402

g18 = g32.g18
P, H, C, N, V = g32.P, g32.H, g32.C, g32.N, g32.V
T = g40.T

OUT = ROOT / "data" / "gold" / "bulletins42"
g32.UNITS.update({"个": ("个", 1, "other"), "张": ("张", 1, "beds"), "万人": ("人", 10**4, "other"),
                  "亿元": ("元", 10**8, "money"), "万元": ("元", 10**4, "money"), "人": ("人", 1, "other")})

B, OT, PC, M, J = "beds", "other", "percent", "money", "jobs"
LV, CH = "level", "change"
Y = "2025"
E8 = 10**8
JOB = {"topic": J}
BED = {"topic": B}
TS = "\u2009"  # a thin space in a cell: set as a gap, never as a character
MARKS = "①②③④⑤"
EMPTY = ("—", "…", "")  # cells of no value


def Y_(year: str) -> dict:
    """A rotated table's row: its cells are of the year it names."""
    return {"period": year, "topic": J}


DOCS = [
    ("y1", "2026-04-16", "攸县统计局", "pdftotext-layout-nopgbrk", "攸县",
     "攸县2025年国民经济和社会发展统计公报（节选）", "攸县统计局  国家统计局攸县调查队  2026年4月16日", [
        H("九、卫生健康"),
        P("年末全县共有医疗卫生机构468个，其中医院16个，基层医疗卫生机构446个。医疗卫生机构床位4,126张，比上年末增加"
          "96张；卫生技术人员4,862人，其中执业（助理）医师1,846人。全年总诊疗人次386.42万人次，增长3.6%。",
          ("468个", "个", LV, OT), ("16个", "个", LV, OT), ("446个", "个", LV, OT), ("4,126张", "张", LV, B),
          ("96张", "张", CH, B), ("4,862人", "人", LV, OT), ("1,846人", "人", LV, OT),
          ("386.42万人次", "人次", LV, OT), ("3.6%", "%", CH, PC)),
        T("表6  2025年末全县医疗卫生机构、床位和人员", "",
          [["机构类别", "机构数（个）", "床位（张）", "卫生技术人员（人）"]], [
            ("合计", 0, ["468", f"4{TS}126", f"4{TS}862"]),
            ("医院", 1, ["16", f"3{TS}012①", f"3{TS}046"]),
            ("其中：公立医院", 2, ["6", f"2{TS}486", f"2{TS}618"]),
            ("基层医疗卫生机构", 1, ["446", f"1{TS}024", f"1{TS}602"]),
            ("专业公共卫生机构", 1, ["5", "90", "214"]),
            ("其他机构", 1, ["1", "—", "…"]),
        ], [C("个", LV, OT, Y), C("张", LV, B, Y), C("人", LV, OT, Y)],
          notes=["注①：医院床位含民营医院床位。"]),
        H("十、就业和社会保障"),
        P("全年城镇新增就业5,268人，比上年增长1.8%；失业人员再就业1,426人。年末城镇登记失业率2.36%。全年城乡居民基本"
          "养老保险基金支出3.42亿元，城乡低保支出8,640万元。",
          ("5,268人", "人", LV, J), ("1.8%", "%", CH, J), ("1,426人", "人", LV, J), ("2.36%", "%", LV, J),
          ("3.42亿元", "元", LV, M), ("8,640万元", "元", LV, M)),
        T("表7  2025年就业和社会保障主要指标", "", [["指标", "单位", "绝对数", "比上年增长（%）"]], [
            ("城镇新增就业", 0, ["人", f"5{TS}268", "1.8"], JOB),
            ("失业人员再就业", 0, ["人", f"1{TS}426", "-2.4"], JOB),
            ("就业困难人员实现就业", 0, ["人", "386", "—"], JOB),
            ("农村劳动力转移就业", 0, ["万人", "12.46", "0.6"], JOB),
            ("发放创业担保贷款", 0, ["万元", f"12{TS}860", "6.2"]),
            ("城镇职工基本养老保险参保人数", 0, ["万人", "8.62", "2.1"]),
            ("城乡居民基本养老保险参保人数", 0, ["万人", "42.36", "-0.4"]),
            ("城乡居民基本养老保险基金支出", 0, ["亿元", "3.42", "5.8"]),
            ("城乡低保支出", 0, ["万元", f"8{TS}640", "…"]),
            ("城乡低保对象", 0, ["人", f"9{TS}862", "-6.1"]),
            ("养老机构床位", 0, ["张", f"1{TS}860", ""], BED),
        ], ["unit", V(Y), C("%", CH, PC, Y)], cont=5,
          notes=["注：“—”表示无可比口径，“…”表示数据暂缺。"]),
    ]),
    ("y2", "2026-02-06", "南充市人力资源和社会保障局", "pdfplumber-markdown", "南充市",
     "南充市2025年人力资源和社会保障主要统计数据", "南充市人力资源和社会保障局  2026年2月6日", [
        H("一、就业"),
        P("2025年，全市城镇新增就业5.46万人，完成年度目标任务的109.2%；失业人员再就业1.52万人，就业困难人员实现就业"
          "4,862人。年末城镇登记失业率3.12%。",
          ("5.46万人", "人", LV, J), ("109.2%", "%", LV, J), ("1.52万人", "人", LV, J), ("4,862人", "人", LV, J),
          ("3.12%", "%", LV, J)),
        T("表1  2021—2025年全市主要就业指标", "",
          [["年份", "城镇新增就业（人）", "失业人员再就业（人）", "城镇登记失业率（%）"]], [
            ("2021年", 0, ["51,286", "14,862", "3.46"], Y_("2021")),
            ("2022年", 0, ["50,124", "13,948", "3.52"], Y_("2022")),
            ("2023年", 0, ["52,368", "14,206", "3.38"], Y_("2023")),
            ("2024年", 0, ["53,642", "14,986", "3.24"], Y_("2024")),
            ("2025年", 0, ["54,618", "15,236", "3.12"], Y_("2025")),
        ], [C("人", LV, J, None), C("人", LV, J, None), C("%", LV, J, None)]),
        T("表2  2025年重点群体就业情况", "",
          [["重点群体", ("2025年", 2), "2024年"], ["", "人数（人）", "增长（%）", "人数（人）"]], [
            ("高校毕业生", 0, ["18,624", "5.2", "17,704"], JOB),
            ("农村劳动力转移就业", 0, ["124,860", "0.8", "123,869"], JOB),
            ("退役军人", 0, ["1,262", "", "1,186"], JOB),
            ("就业困难人员", 0, ["4,862", "-1.1", "4,916"], JOB),
        ], [C("人", LV, J, Y), C("%", CH, PC, Y), C("人", LV, J, "2024")]),
        H("二、社会保险"),
        P("年末全市城镇职工基本养老保险参保人数186.42万人，比上年末增加4.26万人。全年社会保险基金总收入286.36亿元，"
          "总支出268.12亿元。",
          ("186.42万人", "人", LV, OT), ("4.26万人", "人", CH, OT), ("286.36亿元", "元", LV, M),
          ("268.12亿元", "元", LV, M)),
        T("表3  2025年社会保险基金收支情况", "单位：亿元", [["险种", "基金收入", "基金支出", "累计结余"]], [
            ("合计", 0, ["286.36", "268.12", "412.58"]),
            ("城镇职工基本养老保险", 1, ["168.42", "172.36", "186.24"]),
            ("城乡居民基本养老保险", 1, ["42.18", "36.24", "98.62"]),
            ("失业保险", 1, ["6.24", "5.86", "18.46"]),
            ("工伤保险", 1, ["3.86", "4.12", "6.82"]),
            ("职工基本医疗保险", 1, ["65.66", "49.54", "102.44"]),
        ], [C("元", LV, M, Y, E8), C("元", LV, M, Y, E8), C("元", LV, M, Y, E8)]),
    ]),
    ("y3", "2026-03-31", "岳阳市统计局", "pdftotext-raw-eol-mac", "岳阳市",
     "岳阳市2025年国民经济和社会发展统计公报（节选）", "岳阳市统计局  国家统计局岳阳调查队  2026年3月31日", [
        H("十一、财政"),
        P("全年全市一般公共预算收入212.46亿元，比上年增长4.1%，其中税收收入142.38亿元，增长2.6%。一般公共预算支出"
          "586.24亿元，增长1.8%。",
          ("212.46亿元", "元", LV, M), ("4.1%", "%", CH, PC), ("142.38亿元", "元", LV, M), ("2.6%", "%", CH, PC),
          ("586.24亿元", "元", LV, M), ("1.8%", "%", CH, PC)),
        T("表8  2025年一般公共预算收支", "", [["指标", "单位", "绝对数", "比上年增长（%）"]], [
            ("一般公共预算收入", 0, ["亿元", "212.46", "4.1"]),
            ("其中：税收收入", 1, ["亿元", "142.38", "2.6"]),
            ("一般公共预算支出", 0, ["亿元", "586.24", "1.8"]),
            ("其中：教育", 1, ["亿元", "98.62", "3.4"]),
            ("社会保障和就业", 2, ["亿元", "86.46", "5.2"]),
            ("卫生健康", 2, ["亿元", "52.18", "-2.1"]),
            ("城乡社区", 2, ["亿元", "36.48①", "-12.4"]),
        ], ["unit", V(Y), C("%", CH, PC, Y)], notes=["注：①含城乡社区规划与管理、公共设施等支出。"]),
        H("十四、卫生健康和就业"),
        P("年末全市共有医疗卫生机构5,126个，医疗卫生机构床位4.86万张，比上年末增加1,462张。卫生技术人员4.52万人。"
          "全年城镇新增就业6.24万人，年末城镇调查失业率5.2%。",
          ("5,126个", "个", LV, OT), ("4.86万张", "张", LV, B), ("1,462张", "张", CH, B), ("4.52万人", "人", LV, OT),
          ("6.24万人", "人", LV, J), ("5.2%", "%", LV, J)),
        T("表9  2025年末全市床位情况", "单位：张", [["指标", "2025年", "2024年", "增减"]], [
            ("医疗卫生机构床位", 0, ["48624", "47162", "1462"]),
            ("医院", 1, ["38426", "37268", "1158"]),
            ("基层医疗卫生机构", 1, ["8862", "8648", "214"]),
            ("专业公共卫生机构", 1, ["1336", "1246", "90"]),
            ("养老机构床位②", 0, ["12486", "12802", "-316"]),
        ], [C("张", LV, B, Y), C("张", LV, B, "2024"), C("张", CH, B, Y)],
          notes=["注：②含社区养老服务设施床位。"]),
    ]),
]


# --- typesetting: bulletins41's, a 续表 line over a table's head repeated, and thin-spaced numbers ------------------

def _cell(pg, right: float, text: str, size: float) -> None:
    """A number set right-aligned at `right`; a thin space in it set as a quarter em gap between two runs."""
    parts = text.split(TS)
    gap = size / 4
    x = right - sum(pg.width(p, size) for p in parts) - gap * (len(parts) - 1)
    for p in parts:
        pg.text(x, pg.y + size, p, size)
        x += pg.width(p, size) + gap


def table(pg, title, unit, head, rows, cols, notes, cont) -> None:
    """bulletins41's table without the merged 类别 column, its number cells set by `_cell`; with `cont`, the page ends
    after that many rows, closed by its rule, and the next page opens with 续表 at the left and the head again."""
    ts, tl = 9.0, 15.0
    line0 = head[-1]
    ncol = sum(c[1] if isinstance(c, tuple) else 1 for c in line0)
    widest = max(pg.width(r[0], ts) + {0: 0, 1: ts, 2: 2 * ts}[r[1]] for r in rows)
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
        for line in head:
            k = 0
            for cell in line:
                text, span = cell if isinstance(cell, tuple) else (cell, 1)
                if text and k == 0:
                    pg.text(lab, pg.y + ts, text, ts)
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
        pg.text(lab + {0: 0, 1: ts, 2: 2 * ts}[ind], pg.y + ts, label, ts)
        for k, cell in enumerate(cells):
            if cell:
                _cell(pg, rights[k], cell, ts)
        pg.y += tl
    rule(0.8)
    pg.y += 6
    for note in notes:
        pg.text(left, pg.y + ts, note, ts)
        pg.y += tl
    pg.y += 8


# bulletins36's typesetting with this set's table setter and bulletins40's line breaking.
typeset = g36.typeset_with(table, g40._word_lines)


def _clean(cell: str) -> str:
    """A cell as gold reads its value: no thin space, no footnote mark; a cell of no value the — gold skips."""
    if cell in EMPTY:
        return "—"
    return cell.replace(TS, "").rstrip(MARKS)


def gold(doc: str, place: str, blocks) -> list[dict]:
    """bulletins41's gold, each cell's value read as `_clean` gives it (a row label's footnote mark dropped too)."""
    def fix(rows: list) -> list:
        return [(label.rstrip(MARKS), ind, [c if c in g32.UNITS else _clean(c) for c in cells], *own)
                for label, ind, cells, *own in rows]

    return g41.gold(doc, place, g36._map_tables(blocks, fix))


# --- readers ----------------------------------------------------------------------------------------------------------

def _markdown(pdf: Path) -> str:
    """pdfplumber's words grouped into lines by their top (within 2 pt), a line's words into runs where the gap between
    two is wider than the type size; a line of one run written as text (as a # heading where its type is larger than
    12 pt), consecutive lines of two runs or more as a pipe table: each run placed under the column of the table's
    fullest line whose right edge is nearest its own (a run starting left of the first column's right edge under it),
    a |---| rule under the table's first line, empty cells where a line has no run."""
    import pdfplumber

    out: list[str] = []
    with pdfplumber.open(pdf) as doc:
        for page in doc.pages:
            lines: list[list[dict]] = []
            for word in sorted(page.extract_words(extra_attrs=["size"]), key=lambda x: (round(x["top"]), x["x0"])):
                if lines and abs(lines[-1][0]["top"] - word["top"]) <= 2:
                    lines[-1].append(word)
                else:
                    lines.append([word])
            runs_by_line = []
            for ln in lines:
                ln.sort(key=lambda x: x["x0"])
                runs: list[list[dict]] = [[ln[0]]]
                for w in ln[1:]:
                    if w["x0"] - runs[-1][-1]["x1"] > w["size"]:
                        runs.append([w])
                    else:
                        runs[-1].append(w)
                runs_by_line.append(runs)
            k = 0
            while k < len(runs_by_line):
                runs = runs_by_line[k]
                if len(runs) < 2:
                    text = " ".join(w["text"] for w in runs[0])
                    out.append(("# " + text) if runs[0][0]["size"] > 12 else text)
                    k += 1
                    continue
                end = k
                while end < len(runs_by_line) and len(runs_by_line[end]) >= 2:
                    end += 1
                block = runs_by_line[k:end]
                full = max(block, key=len)
                edges = [r[-1]["x1"] for r in full]
                for n, line in enumerate(block):
                    cells = [""] * len(edges)
                    for run in line:
                        col = 0 if run[0]["x0"] < edges[0] else min(range(1, len(edges)),
                                                                     key=lambda c: abs(edges[c] - run[-1]["x1"]))
                        text = " ".join(w["text"] for w in run)
                        cells[col] = (cells[col] + " " + text).strip()
                    out.append("| " + " | ".join(cells) + " |")
                    if n == 0:
                        out.append("|" + "---|" * len(edges))
                k = end
            out.append("")
    return "\n".join(out) + "\n"


def extract(pdf: Path, tool: str) -> str:
    """The text one real reader gives of the PDF."""
    if tool == "pdfplumber-markdown":
        return _markdown(pdf)
    args = ["-layout", "-nopgbrk"] if tool == "pdftotext-layout-nopgbrk" else ["-raw", "-eol", "mac"]
    return g36.pdftotext(pdf, *args)


def main() -> None:
    g36.run(OUT, DOCS, gold, typeset, extract)


if __name__ == "__main__":
    main()
