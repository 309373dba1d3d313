"""Build data/gold/bulletins34: three 2025 bulletins on beds and jobs, in layouts no earlier set used, typeset as PDF
and read back by readers, or settings of them, no earlier set used; the weak fields are recall and period.

The typesetting and the hand-annotation format are bulletins32's and 33's (scripts/gold_bulletins32.py: P/H/N blocks,
two-column sections, tables whose cells take their column's or their row's period and unit; gold written by its
`gold`), with three new layouts:
- a unit-column table of 年末数 | 上年数 | 增减 (each row's unit in the 单位 cell; the 年末数 cell is the year's stock,
  the 上年数 cell the year before's, the 增减 cell the year's change, a fall written -2), and a second one of
  2025年 | 2024年 | 增长（%） whose rate rows carry no growth (—);
- tables whose unit stands only in the 注： line under them (注：表中数据单位为万人。 / 注：表中金额单位为亿元。), no
  单位 line over them and no unit in their head;
- a three-column section: headings and paragraphs flow down the left, the middle and the right column of a portrait
  page (balanced where the section ends), a full-width table under them.
The bulletins: a 市 卫生健康事业发展统计公报 (机构, 床位 and 人员 by kind, 每千人口床位, 诊疗人次, 病床使用率, 平均住院日),
a 省 人力资源和社会保障事业发展统计公报 (城镇新增就业, 失业率, 参保人数 with 比上年末增加, 基金收入/支出/结余 in 亿元,
both tables with their unit in the footnote) and a 县 统计公报's 社会事业 part in three columns (the year's figures and
年末 stocks, 养老机构床位 beside 医疗卫生机构床位, a 年末数 | 比上年末增减 table).

Readers no earlier set used (earlier: pdfplumber plain, layout, tolerances, text flow, words, lines, simple, grids,
ratio; pdfminer default and many LAParams; pdftotext plain, -layout, -raw, -fixed, -colspacing 0.2, -tsv, -bbox,
-bbox-layout; pdftohtml -xml; pypdfium2 range, bounded, objects, rects; pypdf plain and layout): poppler's
`pdftohtml -s -i -noframes -stdout` HTML with its tags stripped (each text run a line where it ends in <br/>, &#160;
for the gaps it keeps), pypdfium2's characters rebuilt into lines by their baseline with a TAB where the gap is wider
than a character (a table row's cells tab-separated, as a viewer's copy of a table gives them) and `pdftotext -layout
-colspacing 1.5` on the three-column page (gaps up to 1.5 em stay inside a column: the three columns side by side on
each line; the column's lines broken as a word processor breaks them, a number never split). The gold file is written
from the hand annotation below, never from what stats extracts.

    .venv/bin/python scripts/gold_bulletins34.py      # writes data/gold/bulletins34/{texts,bulletins34.jsonl}
"""

from __future__ import annotations

import html
import math
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
import gold_bulletins32 as g32  # noqa: E402

g18, g21 = g32.g18, g32.g21
P, H, C, V, N, T, TWO = g32.P, g32.H, g32.C, g32.V, g32.N, g32.T, g32.TWO

OUT = ROOT / "data" / "gold" / "bulletins34"
# the 单位 cells of this set's unit-column tables: g32.gold reads the module's table, so the new units go into it
g32.UNITS.update({"个": ("个", 1, "other"), "张": ("张", 1, "beds"), "万人": ("人", 10**4, "other")})

B, OT, PC, M, J = "beds", "other", "percent", "money", "jobs"
LV, CH = "level", "change"
Y = "2025"
W = 10**4
E8 = 10**8
OPT = {"tier": "optional"}
OPT3 = g32.OPT3


def VC(period: str) -> dict:
    """A change column (增减) whose unit is the row's 单位 cell."""
    return {"measure": None, "role": CH, "topic": None, "period": period, "mag": 1}


class Three(tuple):
    """The blocks of a three-column section (a TWO block whose body is a Three is typeset in three columns)."""


def THREE(*blocks):
    return ("2", Three(blocks), ())


DOCS = [
    ("w1", "2026-05-20", "宜宾市卫生健康委员会", "pdftohtml-html", "宜宾市",
     "宜宾市2025年卫生健康事业发展统计公报", "宜宾市卫生健康委员会  2026年5月20日", [
        H("一、卫生资源"),
        P("（一）医疗卫生机构。2025年末，全市共有医疗卫生机构5846个，比上年末增加38个。其中，医院186个，基层医疗卫生"
          "机构5562个，专业公共卫生机构72个。医院中，三级医院14个，二级医院58个。",
          ("5846个", "个", LV, OT), ("38个", "个", CH, OT), ("186个", "个", LV, OT), ("5562个", "个", LV, OT),
          ("72个", "个", LV, OT), ("14个", "个", LV, OT), ("58个", "个", LV, OT)),
        P("（二）床位。年末全市医疗卫生机构实有床位4.12万张，比上年末增加0.16万张。其中，医院床位3.24万张，基层医疗"
          "卫生机构床位0.76万张，专业公共卫生机构床位0.12万张。每千人口医疗卫生机构床位8.92张，比上年末增加0.38张。",
          ("4.12万张", "张", LV, B), ("0.16万张", "张", CH, B), ("3.24万张", "张", LV, B), ("0.76万张", "张", LV, B),
          ("0.12万张", "张", LV, B), ("8.92张", "张", LV, B), ("0.38张", "张", CH, B)),
        P("（三）卫生人员。年末全市卫生人员总数5.86万人，其中卫生技术人员4.68万人。卫生技术人员中，执业（助理）医师"
          "1.82万人，注册护士2.14万人。每千人口执业（助理）医师3.94人，每千人口注册护士4.63人。",
          ("5.86万人", "人", LV, OT), ("4.68万人", "人", LV, OT), ("1.82万人", "人", LV, OT),
          ("2.14万人", "人", LV, OT), ("3.94人", "人", LV, OT), ("4.63人", "人", LV, OT)),
        T("表1  2025年末医疗卫生资源", "", [["指标", "单位", "年末数", "上年数", "增减"]], [
            ("医疗卫生机构", 0, ["个", "5846", "5808", "38"]),
            ("其中：医院", 1, ["个", "186", "181", "5"]),
            ("基层医疗卫生机构", 2, ["个", "5562", "5531", "31"]),
            ("专业公共卫生机构", 2, ["个", "72", "74", "-2"]),
            ("床位数", 0, ["张", "41218", "39624", "1594"]),
            ("其中：医院", 1, ["张", "32386", "31012", "1374"]),
            ("基层医疗卫生机构", 2, ["张", "7642", "7426", "216"]),
            ("专业公共卫生机构", 2, ["张", "1190", "1186", "4"]),
            ("卫生技术人员", 0, ["人", "46812", "45236", "1576"]),
            ("其中：执业（助理）医师", 1, ["人", "18246", "17682", "564"]),
            ("注册护士", 2, ["人", "21436", "20718", "718"]),
        ], ["unit", V(Y), V("2024"), VC(Y)]),
        H("二、医疗服务"),
        P("全年全市医疗卫生机构总诊疗人次3126.48万人次，比上年增长3.8%。其中，医院诊疗人次1246.32万人次，基层医疗卫生"
          "机构诊疗人次1782.64万人次。全年入院人数112.46万人，比上年增长2.1%。",
          ("3126.48万人次", "人次", LV, OT), ("3.8%", "%", CH, PC), ("1246.32万人次", "人次", LV, OT),
          ("1782.64万人次", "人次", LV, OT), ("112.46万人", "人", LV, OT), ("2.1%", "%", CH, PC)),
        P("全市医院病床使用率为82.4%，比上年下降1.6个百分点；医院出院者平均住院日为8.6日，比上年缩短0.3日。",
          ("82.4%", "%", LV, PC), ("1.6个百分点", "百分点", CH, PC), ("8.6日", "日", LV, OT, OPT),
          ("0.3日", "日", CH, OT, OPT)),
        T("表2  医疗服务主要指标", "", [["指标", "单位", "2025年", "2024年", "增长（%）"]], [
            ("总诊疗人次", 0, ["万人次", "3126.48", "3012.02", "3.8"]),
            ("其中：医院", 1, ["万人次", "1246.32", "1208.46", "3.1"]),
            ("基层医疗卫生机构", 2, ["万人次", "1782.64", "1722.18", "3.5"]),
            ("入院人数", 0, ["万人", "112.46", "110.15", "2.1"]),
            ("医院病床使用率", 0, ["%", "82.4", "84.0", "—"]),
        ], ["unit", V(Y), V("2024"), C("%", CH, PC, Y)]),
        H("三、公共卫生"),
        P("全年全市孕产妇死亡率为9.86/10万，婴儿死亡率为2.84‰。年末全市居民电子健康档案建档率为92.6%。",
          ("9.86/10万", "/10万", LV, OT), ("2.84‰", "‰", LV, PC), ("92.6%", "%", LV, PC)),
        N("注：本公报数据为快报数；每千人口指标按年末常住人口计算。"),
    ]),
    ("w2", "2026-06-05", "江西省人力资源和社会保障厅", "pypdfium2-chars-tabs", "江西省",
     "江西省2025年度人力资源和社会保障事业发展统计公报", "江西省人力资源和社会保障厅  2026年6月5日", [
        H("一、就业"),
        P("2025年全省城镇新增就业46.82万人，完成年度目标任务的117.1%。失业人员再就业11.36万人，就业困难人员实现就业"
          "4.12万人。年末全省城镇登记失业率为2.96%，全年城镇调查失业率平均为5.2%。",
          ("46.82万人", "人", LV, J), ("117.1%", "%", LV, J), ("11.36万人", "人", LV, J), ("4.12万人", "人", LV, J),
          ("2.96%", "%", LV, J), ("5.2%", "%", LV, J)),
        P("年末全省农村劳动力转移就业总量1386.42万人，比上年末增加12.64万人。",
          ("1386.42万人", "人", LV, J), ("12.64万人", "人", CH, J)),
        H("二、社会保险"),
        P("年末全省基本养老保险参保人数3168.46万人，比上年末增加21.38万人。其中，城镇职工基本养老保险参保人数"
          "1186.24万人，比上年末增加24.62万人；城乡居民基本养老保险参保人数1982.22万人，比上年末减少3.24万人。",
          ("3168.46万人", "人", LV, OT), ("21.38万人", "人", CH, OT), ("1186.24万人", "人", LV, OT),
          ("24.62万人", "人", CH, OT), ("1982.22万人", "人", LV, OT), ("3.24万人", "人", CH, OT)),
        P("年末全省失业保险参保人数462.38万人，比上年末增加8.74万人；工伤保险参保人数712.56万人，比上年末增加"
          "15.28万人。",
          ("462.38万人", "人", LV, OT), ("8.74万人", "人", CH, OT), ("712.56万人", "人", LV, OT),
          ("15.28万人", "人", CH, OT)),
        T("表1  2025年末社会保险参保情况", "", [["险种", "年末参保人数", "比上年末增加"]], [
            ("基本养老保险", 0, ["3168.46", "21.38"]),
            ("其中：城镇职工", 1, ["1186.24", "24.62"]),
            ("城乡居民", 2, ["1982.22", "-3.24"]),
            ("失业保险", 0, ["462.38", "8.74"]),
            ("工伤保险", 0, ["712.56", "15.28"]),
        ], [C("人", LV, OT, Y, W), C("人", CH, OT, Y, W)], note="注：表中数据单位为万人。"),
        P("全年全省三项社会保险基金总收入1862.34亿元，比上年增长6.2%；基金总支出1796.18亿元，增长7.4%。年末三项社会"
          "保险基金累计结余1524.62亿元。",
          ("三项", "项", LV, OT, OPT3), ("1862.34亿元", "元", LV, M), ("6.2%", "%", CH, PC),
          ("1796.18亿元", "元", LV, M), ("7.4%", "%", CH, PC), ("三项", "项", LV, OT, OPT3),
          ("1524.62亿元", "元", LV, M)),
        T("表2  2025年社会保险基金收支情况", "", [["项目", "基金收入", "基金支出", "年末累计结余"]], [
            ("城镇职工基本养老保险", 0, ["1426.18", "1398.64", "986.42"]),
            ("城乡居民基本养老保险", 0, ["312.46", "286.32", "428.16"]),
            ("失业保险", 0, ["42.36", "48.12", "68.24"]),
            ("工伤保险", 0, ["81.34", "63.10", "41.80"]),
        ], [C("元", LV, M, Y, E8), C("元", LV, M, Y, E8), C("元", LV, M, Y, E8)],
          note="注：表中金额单位为亿元；累计结余为年末数。"),
        H("三、工资和劳动关系"),
        P("全年全省城镇非私营单位就业人员年平均工资98426元，比上年增长4.8%。年末全省月最低工资标准第一档为2000元。"
          "全年各级劳动人事争议调解仲裁机构共处理争议案件4.26万件，结案率为96.4%。",
          ("98426元", "元", LV, M), ("4.8%", "%", CH, PC), ("2000元", "元", LV, M), ("4.26万件", "件", LV, OT),
          ("96.4%", "%", LV, PC)),
        H("四、人才队伍建设"),
        P("年末全省专业技术人才总量达312.64万人，技能人才总量达786.42万人，其中高技能人才248.36万人。全年新增技能人才"
          "32.48万人。",
          ("312.64万人", "人", LV, OT), ("786.42万人", "人", LV, OT), ("248.36万人", "人", LV, OT),
          ("32.48万人", "人", LV, OT)),
    ]),
    ("w3", "2026-04-10", "安化县统计局", "pdftotext-layout-colspacing15", "安化县",
     "安化县2025年国民经济和社会发展统计公报（社会事业部分）", "安化县统计局  2026年4月10日", [
        THREE(
            H("八、教育"),
            P("年末全县共有各级各类学校386所，在校学生12.46万人，专任教师8624人。全年普通高中招生6186人，在校生1.82万"
              "人。学前三年毛入园率为92.8%，高中阶段毛入学率为93.6%。",
              ("386所", "所", LV, OT), ("12.46万人", "人", LV, OT), ("8624人", "人", LV, OT), ("6186人", "人", LV, OT),
              ("1.82万人", "人", LV, OT), ("92.8%", "%", LV, PC), ("93.6%", "%", LV, PC)),
            H("九、卫生健康"),
            P("年末全县共有医疗卫生机构684个，其中医院18个，乡镇卫生院23个，村卫生室562个。医疗卫生机构实有床位5836张，"
              "比上年末增加126张，其中医院床位4218张。每千常住人口床位7.12张。卫生技术人员6248人，其中执业（助理）医师"
              "2316人，注册护士2842人。全年医疗卫生机构总诊疗人次486.42万人次，比上年增长3.2%。",
              ("684个", "个", LV, OT), ("18个", "个", LV, OT), ("23个", "个", LV, OT), ("562个", "个", LV, OT),
              ("5836张", "张", LV, B), ("126张", "张", CH, B), ("4218张", "张", LV, B), ("7.12张", "张", LV, B),
              ("6248人", "人", LV, OT), ("2316人", "人", LV, OT), ("2842人", "人", LV, OT),
              ("486.42万人次", "人次", LV, OT), ("3.2%", "%", CH, PC)),
            H("十、就业和社会保障"),
            P("全年全县城镇新增就业5862人，失业人员再就业1846人，就业困难人员实现就业612人。年末全县城镇登记失业率为"
              "2.86%。全年新增农村劳动力转移就业1.26万人，年末农村劳动力转移就业总量38.64万人。",
              ("5862人", "人", LV, J), ("1846人", "人", LV, J), ("612人", "人", LV, J), ("2.86%", "%", LV, J),
              ("1.26万人", "人", LV, J), ("38.64万人", "人", LV, J)),
            P("年末全县城镇职工基本养老保险参保人数8.46万人，比上年末增加0.32万人；城乡居民基本养老保险参保人数52.18万"
              "人。城乡居民基本医疗保险参保人数78.62万人，参保率为96.2%。",
              ("8.46万人", "人", LV, OT), ("0.32万人", "人", CH, OT), ("52.18万人", "人", LV, OT),
              ("78.62万人", "人", LV, OT), ("96.2%", "%", LV, PC)),
            P("年末全县共有养老机构48个，养老机构床位4386张。城市居民最低生活保障对象1.12万人，农村居民最低生活保障对象"
              "3.86万人。全年发放城乡低保资金2.84亿元。",
              ("48个", "个", LV, OT), ("4386张", "张", LV, B), ("1.12万人", "人", LV, OT), ("3.86万人", "人", LV, OT),
              ("2.84亿元", "元", LV, M)),
            H("十一、文化和旅游"),
            P("年末全县共有公共图书馆1个，文化馆1个，乡镇综合文化站23个。全年接待游客1286.42万人次，实现旅游综合收入"
              "136.28亿元，分别增长8.6%和9.2%。",
              ("1个", "个", LV, OT), ("1个", "个", LV, OT), ("23个", "个", LV, OT), ("1286.42万人次", "人次", LV, OT),
              ("136.28亿元", "元", LV, M), ("8.6%", "%", CH, PC), ("9.2%", "%", CH, PC)),
        ),
        T("表1  2025年末卫生和社会保障主要指标", "", [["指标", "单位", "年末数", "比上年末增减"]], [
            ("医疗卫生机构床位", 0, ["张", "5836", "126"]),
            ("其中：医院", 1, ["张", "4218", "84"]),
            ("养老机构床位", 0, ["张", "4386", "-52"]),
            ("卫生技术人员", 0, ["人", "6248", "186"]),
            ("城镇职工基本养老保险参保人数", 0, ["万人", "8.46", "0.32"]),
            ("城乡居民基本医疗保险参保人数", 0, ["万人", "78.62", "-0.94"]),
        ], ["unit", V(Y), VC(Y)]),
    ]),
]


# --- typesetting: bulletins32's, with a three-column section -------------------------------------------------------

_two_columns = g32._columns


_CLOSING = set("，。；、：）”")


def _word_lines(par: str, width: float, size: float, indent: float, pg) -> list[str]:
    """A paragraph broken into lines as a word processor breaks a narrow column: a number (digits, its point and a
    % or ‰ after it) is never split, and a closing mark hangs at the end of its line rather than open the next."""
    lines, cur, used = [], "", indent
    for tok in re.findall(r"[0-9.]+[%‰]?|.", par):
        w = pg.width(tok, size)
        if used + w > width and cur and tok not in _CLOSING:
            lines.append(cur)
            cur, used = "", 0.0
        cur += tok
        used += w
    if cur:
        lines.append(cur)
    return lines


def _columns(pg, blocks, size: float, lead: float) -> None:
    """bulletins32's two-column section; a Three body flows down three columns (9.5 pt, each column a third of the
    measure less the gutters), balanced on the page where the section ends."""
    if not isinstance(blocks, Three):
        _two_columns(pg, blocks, size, lead)
        return
    n, gap, size, lead = 3, 14.0, 9.5, 15.0
    colw = (g18.RIGHT - g18.LEFT - (n - 1) * gap) / n
    lines: list[tuple[float, str]] = []
    for kind, body, _figs in blocks:
        if kind == "h":
            lines.append((0.0, body))
        else:
            for k, line in enumerate(_word_lines(body, colw, size, 2 * size, pg)):
                lines.append((2 * size if k == 0 else 0.0, line))
    while lines:
        room = int((g18.BOTM - pg.y) // lead)
        if room < 2:
            pg.need(g18.BOTM)
            continue
        take = min(len(lines), n * room)
        per = min(room, math.ceil(take / n))
        top = pg.y
        for k, (indent, text) in enumerate(lines[:take]):
            col, row = divmod(k, per)
            pg.text(g18.LEFT + col * (colw + gap) + indent, top + row * lead + size, text, size)
        pg.y = top + per * lead
        lines = lines[take:]
        if lines:
            pg.need(g18.BOTM)
    pg.y += 6


def typeset(path: Path, title: str, byline: str, blocks) -> None:
    """bulletins32's typesetting, its column sections through `_columns` (two or three columns)."""
    orig = g32._columns
    g32._columns = _columns
    try:
        g32.typeset(path, title, byline, blocks)
    finally:
        g32._columns = orig


# --- readers ----------------------------------------------------------------------------------------------------------

def _html(pdf: Path) -> str:
    """poppler's HTML (`pdftohtml -s -i -noframes -stdout`) as a reader that strips its tags gives it: a line where a
    run ends in <br/>, a form feed at each page's <hr/>, entities unescaped (&#160; a space)."""
    out = subprocess.run(["pdftohtml", "-s", "-i", "-noframes", "-stdout", "-q", "-enc", "UTF-8", str(pdf)],
                         check=True, capture_output=True, text=True).stdout
    body = out[out.find("<body"):]
    body = re.sub(r"<br\s*/?>", "\n", body)
    body = re.sub(r"<hr\s*/?>", "\n\f", body)
    body = re.sub(r"<[^>]+>", "", body)
    return html.unescape(body).replace("\xa0", " ").strip() + "\n"


def _chars_tabs(pdf: Path) -> str:
    """pypdfium2's characters, a page at a time, rebuilt into lines by their baseline (within 2 pt); within a line a
    gap wider than the character's height is a TAB, one wider than a fifth of it a space, else nothing."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf))
    pages = []
    for page in doc:
        tp = page.get_textpage()
        chars = []
        for i in range(tp.count_chars()):
            ch = tp.get_text_range(i, 1)
            if not ch.strip():
                continue
            left, bottom, right, top = tp.get_charbox(i, loose=True)
            chars.append((-bottom, left, right, top - bottom, ch))
        chars.sort()
        lines: list[list[tuple[float, float, float, str]]] = []
        base = None
        for nb, left, right, height, ch in chars:
            if base is None or nb - base > 2.0:
                lines.append([])
                base = nb
            lines[-1].append((left, right, height, ch))
        text = []
        for line in lines:
            s, end = "", None
            for left, right, height, ch in sorted(line):
                if end is not None:
                    gap = left - end
                    s += "\t" if gap > max(height, 4.0) else " " if gap > 0.2 * max(height, 4.0) else ""
                s += ch
                end = right
            text.append(s)
        pages.append("\n".join(text))
    doc.close()
    return "\n\f".join(pages) + "\n"


def extract(pdf: Path, tool: str) -> str:
    """The text one real reader gives of the PDF."""
    if tool == "pdftohtml-html":
        return _html(pdf)
    if tool == "pypdfium2-chars-tabs":
        return _chars_tabs(pdf)
    return subprocess.run(["pdftotext", "-layout", "-colspacing", "1.5", "-enc", "UTF-8", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout


def main() -> None:
    g18.gold = g32.gold
    g18.typeset = typeset
    g18.build(OUT, DOCS, extract)


if __name__ == "__main__":
    main()
