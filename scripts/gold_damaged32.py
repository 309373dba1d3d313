"""Build data/gold/damaged32: five texts of our own, each damaged the way a kind of real text comes that no damaged
set used yet (one kind a text; the texts are written clean, the damage is made by the code below or, for e04, typed
as such a mail is):

- e01 (伊宁县, Xinjiang, a jobs notice): a scanned page read by OCR: look-alike glyphs in words (己 for 已, 曰 for 日,
  未 for 末: 年未城镇调查失业率), O, 〇, l and I for 0 and 1 inside numbers (326O人, 1.O6万人次, 2l60人, 3I40人,
  468〇万元, one l at a number's start: l350个), and each line's last character doubled at the next line's start
  (增长 | 长6.5%, 1020人 | 人，), as a scanner's overlapping strips give it. The lines are cut where the doubled
  character is a Han character or a mark, never a digit or a magnitude (a doubled 0 or 万 is no longer readable).
- e02 (宽甸满族自治县, Liaoning, a plan report to the county 人大): a 人大 document copied from its PDF with the
  gutter line numbers at each line's start (counted again from 1 on each page, 16 lines a page, the page's foot
  — 2 — under it); the lines cut at 24 characters wherever that falls, inside numbers and between a number and its
  unit too (失业率3 | — 1 — | 1  .1%), so a gutter number stands inside a figure.
- e03 (临夏县, Gansu, a county's brochure): a vertically set (竖排) brochure read back column by column: each column
  of 14 characters a line, its numbers in Chinese numerals as vertical setting writes them (二〇二五年, 八十六点四亿元,
  百分之六点二, 二万九千八百六十元), a column's end falling inside a numeral (八十六点 | 四亿元, 百分 | 之五点四).
- e04 (平潭县, Fujian, a mail thread): a reply that quotes the mail before it with > and that one's quote with >>,
  the quoted lines re-wrapped by the mail client so that a line's tail stands on the next line without its marks
  (…再就业 | 740人，…), a cut between a number and its unit (2168 | 人) on a quoted line; the draft's figure and the
  corrected one are both mentions (2168人, 2186人).
- e05 (门源回族自治县, Qinghai, a statistics bulletin): a multi-page PDF as text: a contents page with dot leaders and
  page numbers (一、综合……1: page numbers, no figures), each page's running head (the bulletin's title) and foot
  (第 N 页 共 M 页) every 12 lines, falling inside sentences and inside numbers (17. | foot, head | 25亿元), and the
  appendix table broken across two pages, its head row repeated under 续表 on the second.

The gold is written by hand from the clean texts per /work/shared/gold/GUIDE.md, never from what stats extracts:
quotes and contexts are written as in the clean text (GUIDE: as if unbroken; e01's look-alikes read back), a table
row's cells joined by | in the context. A count of abstract things (e04's 两处需要更正) is optional (GUIDE: don't care).

    .venv/bin/python scripts/gold_damaged32.py      # writes data/gold/damaged32/{texts,damaged32.jsonl}
"""
# ruff: noqa: E501, RUF001  (the texts are written as the pages are, full-width marks included)

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
from gold_damaged28 import write_set  # noqa: E402

OUT = ROOT / "data" / "gold" / "damaged32"

E01 = """伊宁县2025年就业创业工作情况通报
伊宁县人力资源和社会保障局　2026年1月15日
　　2025年，全县认真落实就业优先政策，全年城镇新增就业3260人，完成年度目标任务的108.7%；城镇失业人员再就业1180人，就业困难人员实现就业426人。年末城镇调查失业率控制在4.2%以内。
　　全年农村劳动力转移就业8.64万人次，实现劳务收入14.8亿元，同比增长6.5%。其中，有组织转移就业3.12万人次，赴疆外转移就业2160人。
　　全年开展职业技能培训1.06万人次，其中就业技能培训6480人次，培训后就业率达到72.3%。截至12月31日，全县已累计发放创业担保贷款1.85亿元，扶持创业1020人，带动就业3140人。
　　全县共开发公益性岗位1350个，安置就业困难人员1210人。全年发放各类就业补助资金4680万元，比上年增加520万元。
　　2026年，全县计划城镇新增就业3300人以上，农村劳动力转移就业8.8万人次，城镇调查失业率控制在4.5%以内。
"""

# OCR's look-alikes, each (clean, as read) once in E01.
_OCR = [("2026年1月15日", "2026年1月15曰"), ("新增就业3260人", "新增就业326O人"), ("年末城镇", "年未城镇"),
        ("赴疆外转移就业2160人", "赴疆外转移就业2l60人"), ("培训1.06万人次", "培训1.O6万人次"),
        ("12月31日", "12月31曰"), ("已累计", "己累计"), ("带动就业3140人", "带动就业3I40人"),
        ("扶持创业1020人", "扶持创业1O2O人"), ("岗位1350个", "岗位l350个"), ("资金4680万元", "资金468〇万元")]

E02 = """关于宽甸满族自治县2025年国民经济和社会发展计划执行情况与2026年国民经济和社会发展计划草案的报告
——2026年1月6日在宽甸满族自治县第十九届人民代表大会第六次会议上
县发展和改革局局长　王立新
　　一、2025年计划执行情况
　　2025年，全县地区生产总值完成146.3亿元，增长5.4%，增速比上年提高0.6个百分点。一般公共预算收入完成9.86亿元，增长3.2%。规模以上工业增加值增长6.1%。固定资产投资完成52.7亿元，增长8.4%。社会消费品零售总额完成48.26亿元，增长4.6%。城镇居民人均可支配收入37420元，增长4.1%；农村居民人均可支配收入21860元，增长6.3%。
　　全年城镇新增就业2380人，城镇登记失业率3.1%。粮食总产量21.4万吨，中药材种植面积达到16.8万亩。年末全县医疗卫生机构床位1946张，每千常住人口床位5.42张。
　　二、2026年主要预期目标
　　地区生产总值增长5.5%左右；一般公共预算收入增长4%；固定资产投资增长8%以上；城镇新增就业2400人以上，城镇登记失业率控制在3.5%以内；城乡居民人均可支配收入增长与经济增长同步。全年计划新增医疗床位120张。
"""

E03 = """临夏县县情简介
　　临夏县位于甘肃省中部西南面，总面积一千二百一十二平方公里，辖二十五个乡镇，常住人口三十五点六万人。
　　二〇二五年，全县实现地区生产总值八十六点四亿元，比上年增长百分之六点二；一般公共预算收入三点一八亿元，增长百分之五点四。全年粮食产量二十三点六万吨，蔬菜种植面积十二点五万亩。
　　全县城镇新增就业二千一百五十人，农村劳动力转移就业九点六万人，实现劳务收入二十六点八亿元。
　　全县共有医疗卫生机构二百八十六个，实有床位一千六百四十张，每千常住人口床位四点六一张。
　　城镇居民人均可支配收入二万九千八百六十元，增长百分之四点八；农村居民人均可支配收入一万二千四百二十元，增长百分之七点一。
　　二〇二六年，全县计划城镇新增就业二千二百人以上，地区生产总值增长百分之六左右。
"""

E04 = """发件人：陈志远
发送时间：2026年1月9日 16:42
收件人：县人社局办公室
抄送：林晓红
主题：回复：回复：平潭县2025年就业和社保数据核对

各位好：
核对后有两处需要更正：全县城镇新增就业应为2186人，农村劳动力转移
就业应为1.42万人，增长3.6%。其余数据无误。
另外补充一项：全年发放创业担保贷款6800万元，扶持创业486人。

陈志远
县人社局就业股

在 2026年1月9日 10:15，林晓红 写道：
> 陈股长：
> 初稿数据如下，请核对：2025年全县城镇新增就业2168
> 人，城镇登记失业率2.6%，城镇失业人员再就业
740人，就业困难人员实现就业215人。
> 全年开展补贴性职业技能培训5320人次，发放就业补助
资金1260万元。农村劳动力转移就业1.24万人。
>
> 在 2026年1月8日 17:30，县统计局王敏 写道：
>> 林主任：
>> 我局初步核算，2025年全县城镇居民人均可支配收入
40280元，增长4.3%；农村居民人均可支配收入24650元，
>> 增长6.8%。年末全县医疗卫生机构床位1365张，每千常
住人口床位7.12张。
>> 请贵局于1月9日前提供全年就业数据。
"""

_E05_TITLE = "门源回族自治县2025年国民经济和社会发展统计公报"
_E05_TOC = ["目　录", "一、综合…………………………………………2", "二、农业和畜牧业……………………………2",
            "三、就业和居民收入…………………………2", "四、卫生和社会保障…………………………3",
            "附表　主要指标…………………………………3"]
_E05_BODY = [
    "一、综合",
    "　　2025年，全县实现地区生产总值64.38亿元，按不变价格计算，比上年增长5.1%。其中，第一产业增加值18.62亿元，增长4.6%；第二产业增加值17.25亿元，增长5.8%；第三产业增加值28.51亿元，增长4.9%。",
    "二、农业和畜牧业",
    "　　全年油菜籽产量5.86万吨，增长3.1%；青稞产量2.14万吨。年末牛存栏16.8万头，羊存栏52.6万只。",
    "三、就业和居民收入",
    "　　全年城镇新增就业1460人，城镇登记失业率2.9%。城镇居民人均可支配收入38960元，增长4.2%；农村居民人均可支配收入17640元，增长7.0%。",
    "四、卫生和社会保障",
    "　　年末全县医疗卫生机构床位986张，每千常住人口床位6.32张。城乡居民基本养老保险参保人数9.86万人。",
]
_E05_HEAD_ROW = "指标\t单位\t2025年\t比上年增长（%）"
_E05_ROWS = ["地区生产总值\t亿元\t64.38\t5.1", "一般公共预算收入\t亿元\t4.12\t6.3", "社会消费品零售总额\t亿元\t21.46\t5.5",
             "城镇居民人均可支配收入\t元\t38960\t4.2", "农村居民人均可支配收入\t元\t17640\t7.0"]


def _wrap(text: str, width: int) -> list[str]:
    """A paragraph's lines, cut every `width` characters wherever that falls."""
    return [text[i:i + width] for i in range(0, len(text), width)] or [""]


def _ocr(clean: str, width: int) -> str:
    """e01: the look-alikes put in, each paragraph cut near `width` where the doubled character stays readable (not
    after a digit, a look-alike digit, a point or a magnitude), the last character of each line doubled at the next
    line's start."""
    text = clean
    for old, new in _OCR:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    lines: list[str] = []
    for para in text.splitlines():
        rest, first = para, True
        while rest:
            cut = min(width, len(rest))
            while cut < len(rest) and re.match(r"[0-9.OlI〇万亿千百\s]", rest[cut - 1]):
                cut -= 1
            piece, rest = rest[:cut], rest[cut:]
            lines.append(piece if first else lines[-1][-1] + piece)
            first = False
    return "\n".join(lines) + "\n"


def _gutter(clean: str, width: int, per_page: int) -> str:
    """e02: each paragraph cut at `width`; each page's lines numbered from 1 in the gutter, the page's foot under
    them."""
    lines = [piece for para in clean.splitlines() for piece in _wrap(para, width)]
    out: list[str] = []
    for page, start in enumerate(range(0, len(lines), per_page), 1):
        out += [f"{n:>2}  {line}" for n, line in enumerate(lines[start:start + per_page], 1)]
        out += ["", f"— {page} —", ""]
    return "\n".join(out) + "\n"


def _columns(clean: str, height: int) -> str:
    """e03: each paragraph set in columns of `height` characters, read back one column a line (the indent kept)."""
    return "\n".join(piece for para in clean.splitlines() for piece in _wrap(para, height)) + "\n"


def _pages(width: int, per_page: int) -> str:
    """e05: a title page with the contents, then the body cut at `width` and the appendix table, 12 lines a page
    under the running head with the foot under them; a page that opens inside the table opens with 续表 and the
    head row again."""
    flow: list[tuple[str, bool]] = []
    for para in _E05_BODY:
        flow += [(piece, False) for piece in _wrap(para, width)]
    flow += [("附表　2025年主要指标", False), (_E05_HEAD_ROW, False)] + [(row, True) for row in _E05_ROWS]
    pages = [[_E05_TITLE, "门源回族自治县统计局", "2026年3月", "", *_E05_TOC]]
    page: list[str] = []
    for line, in_table in flow:
        if len(page) == per_page:
            pages.append(page)
            page = ["续表", _E05_HEAD_ROW] if in_table else []
        page.append(line)
    pages.append(page)
    out: list[str] = []
    for n, lines in enumerate(pages, 1):
        out += ([] if n == 1 else [_E05_TITLE, ""]) + lines + ["", f"第 {n} 页 共 {len(pages)} 页", ""]
    return "\n".join(out) + "\n"


_E05_CLEAN = "\n".join([_E05_TITLE, *_E05_BODY, "附表　2025年主要指标", _E05_HEAD_ROW, *_E05_ROWS])

TEXTS = {"e01": _ocr(E01, 22).encode("utf-8"), "e02": _gutter(E02, 24, 16).encode("utf-8"),
         "e03": _columns(E03, 14).encode("utf-8"), "e04": E04.encode("utf-8"), "e05": _pages(25, 12).encode("utf-8")}

MANIFEST = [("e01", "2026-01-20", "伊宁县人力资源和社会保障局"), ("e02", "2026-01-10", "宽甸满族自治县人民代表大会常务委员会"),
            ("e03", "2026-03-02", "临夏县融媒体中心"), ("e04", "2026-01-09", "平潭县人力资源和社会保障局"),
            ("e05", "2026-03-28", "门源回族自治县统计局")]

# (doc, quote, value, measure, qualifier, role, topic, place, period, context[, tier])
YN, KD, LX, PT, MY = "伊宁县", "宽甸满族自治县", "临夏县", "平潭县", "门源回族自治县"
F: list[tuple] = [
    ("e01", "3260人", 3260, "人", "exact", "level", "jobs", YN, "2025", "全年城镇新增就业3260人"),
    ("e01", "108.7%", 108.7, "%", "exact", "level", "jobs", YN, "2025", "完成年度目标任务的108.7%"),
    ("e01", "1180人", 1180, "人", "exact", "level", "jobs", YN, "2025", "城镇失业人员再就业1180人"),
    ("e01", "426人", 426, "人", "exact", "level", "jobs", YN, "2025", "就业困难人员实现就业426人"),
    ("e01", "4.2%以内", 4.2, "%", "upper_bound", "level", "jobs", YN, "2025", "年末城镇调查失业率控制在4.2%以内"),
    ("e01", "8.64万人次", 86400, "人次", "exact", "level", "jobs", YN, "2025", "农村劳动力转移就业8.64万人次"),
    ("e01", "14.8亿元", 1480000000, "元", "exact", "level", "money", YN, "2025", "实现劳务收入14.8亿元"),
    ("e01", "6.5%", 6.5, "%", "exact", "change", "percent", YN, "2025", "14.8亿元，同比增长6.5%"),
    ("e01", "3.12万人次", 31200, "人次", "exact", "level", "jobs", YN, "2025", "有组织转移就业3.12万人次"),
    ("e01", "2160人", 2160, "人", "exact", "level", "jobs", YN, "2025", "赴疆外转移就业2160人"),
    ("e01", "1.06万人次", 10600, "人次", "exact", "level", "jobs", YN, "2025", "全年开展职业技能培训1.06万人次"),
    ("e01", "6480人次", 6480, "人次", "exact", "level", "jobs", YN, "2025", "其中就业技能培训6480人次"),
    ("e01", "72.3%", 72.3, "%", "exact", "level", "jobs", YN, "2025", "培训后就业率达到72.3%"),
    ("e01", "1.85亿元", 185000000, "元", "exact", "level", "money", YN, "2025-12", "全县已累计发放创业担保贷款1.85亿元"),
    ("e01", "1020人", 1020, "人", "exact", "level", "jobs", YN, "2025-12", "扶持创业1020人"),
    ("e01", "3140人", 3140, "人", "exact", "level", "jobs", YN, "2025-12", "带动就业3140人"),
    ("e01", "1350个", 1350, "个", "exact", "level", "jobs", YN, "2025", "全县共开发公益性岗位1350个"),
    ("e01", "1210人", 1210, "人", "exact", "level", "jobs", YN, "2025", "安置就业困难人员1210人"),
    ("e01", "4680万元", 46800000, "元", "exact", "level", "money", YN, "2025", "全年发放各类就业补助资金4680万元"),
    ("e01", "520万元", 5200000, "元", "exact", "change", "money", YN, "2025", "比上年增加520万元"),
    ("e01", "3300人以上", 3300, "人", "lower_bound", "target", "jobs", YN, "2026", "全县计划城镇新增就业3300人以上"),
    ("e01", "8.8万人次", 88000, "人次", "exact", "target", "jobs", YN, "2026", "农村劳动力转移就业8.8万人次"),
    ("e01", "4.5%以内", 4.5, "%", "upper_bound", "target", "jobs", YN, "2026", "城镇调查失业率控制在4.5%以内"),
    ("e02", "146.3亿元", 14630000000, "元", "exact", "level", "money", KD, "2025", "全县地区生产总值完成146.3亿元"),
    ("e02", "5.4%", 5.4, "%", "exact", "change", "percent", KD, "2025", "146.3亿元，增长5.4%"),
    ("e02", "0.6个百分点", 0.6, "百分点", "exact", "change", "percent", KD, "2025", "增速比上年提高0.6个百分点"),
    ("e02", "9.86亿元", 986000000, "元", "exact", "level", "money", KD, "2025", "一般公共预算收入完成9.86亿元"),
    ("e02", "3.2%", 3.2, "%", "exact", "change", "percent", KD, "2025", "9.86亿元，增长3.2%"),
    ("e02", "6.1%", 6.1, "%", "exact", "change", "percent", KD, "2025", "规模以上工业增加值增长6.1%"),
    ("e02", "52.7亿元", 5270000000, "元", "exact", "level", "money", KD, "2025", "固定资产投资完成52.7亿元"),
    ("e02", "8.4%", 8.4, "%", "exact", "change", "percent", KD, "2025", "52.7亿元，增长8.4%"),
    ("e02", "48.26亿元", 4826000000, "元", "exact", "level", "money", KD, "2025", "社会消费品零售总额完成48.26亿元"),
    ("e02", "4.6%", 4.6, "%", "exact", "change", "percent", KD, "2025", "48.26亿元，增长4.6%"),
    ("e02", "37420元", 37420, "元", "exact", "level", "money", KD, "2025", "城镇居民人均可支配收入37420元"),
    ("e02", "4.1%", 4.1, "%", "exact", "change", "percent", KD, "2025", "37420元，增长4.1%"),
    ("e02", "21860元", 21860, "元", "exact", "level", "money", KD, "2025", "农村居民人均可支配收入21860元"),
    ("e02", "6.3%", 6.3, "%", "exact", "change", "percent", KD, "2025", "21860元，增长6.3%"),
    ("e02", "2380人", 2380, "人", "exact", "level", "jobs", KD, "2025", "全年城镇新增就业2380人"),
    ("e02", "3.1%", 3.1, "%", "exact", "level", "jobs", KD, "2025", "城镇登记失业率3.1%"),
    ("e02", "21.4万吨", 214000, "吨", "exact", "level", "other", KD, "2025", "粮食总产量21.4万吨"),
    ("e02", "16.8万亩", 168000, "亩", "exact", "level", "other", KD, "2025", "中药材种植面积达到16.8万亩"),
    ("e02", "1946张", 1946, "张", "exact", "level", "beds", KD, "2025", "年末全县医疗卫生机构床位1946张"),
    ("e02", "5.42张", 5.42, "张", "exact", "level", "beds", KD, "2025", "每千常住人口床位5.42张"),
    ("e02", "5.5%左右", 5.5, "%", "approx", "target", "percent", KD, "2026", "地区生产总值增长5.5%左右"),
    ("e02", "4%", 4, "%", "exact", "target", "percent", KD, "2026", "一般公共预算收入增长4%"),
    ("e02", "8%以上", 8, "%", "lower_bound", "target", "percent", KD, "2026", "固定资产投资增长8%以上"),
    ("e02", "2400人以上", 2400, "人", "lower_bound", "target", "jobs", KD, "2026", "城镇新增就业2400人以上"),
    ("e02", "3.5%以内", 3.5, "%", "upper_bound", "target", "jobs", KD, "2026", "城镇登记失业率控制在3.5%以内"),
    ("e02", "120张", 120, "张", "exact", "target", "beds", KD, "2026", "全年计划新增医疗床位120张"),
    ("e03", "一千二百一十二平方公里", 1212, "平方公里", "exact", "level", "other", LX, None, "总面积一千二百一十二平方公里"),
    ("e03", "二十五个", 25, "个", "exact", "level", "other", LX, None, "辖二十五个乡镇"),
    ("e03", "三十五点六万人", 356000, "人", "exact", "level", "other", LX, None, "常住人口三十五点六万人"),
    ("e03", "八十六点四亿元", 8640000000, "元", "exact", "level", "money", LX, "2025", "全县实现地区生产总值八十六点四亿元"),
    ("e03", "百分之六点二", 6.2, "%", "exact", "change", "percent", LX, "2025", "比上年增长百分之六点二"),
    ("e03", "三点一八亿元", 318000000, "元", "exact", "level", "money", LX, "2025", "一般公共预算收入三点一八亿元"),
    ("e03", "百分之五点四", 5.4, "%", "exact", "change", "percent", LX, "2025", "三点一八亿元，增长百分之五点四"),
    ("e03", "二十三点六万吨", 236000, "吨", "exact", "level", "other", LX, "2025", "全年粮食产量二十三点六万吨"),
    ("e03", "十二点五万亩", 125000, "亩", "exact", "level", "other", LX, "2025", "蔬菜种植面积十二点五万亩"),
    ("e03", "二千一百五十人", 2150, "人", "exact", "level", "jobs", LX, "2025", "全县城镇新增就业二千一百五十人"),
    ("e03", "九点六万人", 96000, "人", "exact", "level", "jobs", LX, "2025", "农村劳动力转移就业九点六万人"),
    ("e03", "二十六点八亿元", 2680000000, "元", "exact", "level", "money", LX, "2025", "实现劳务收入二十六点八亿元"),
    ("e03", "二百八十六个", 286, "个", "exact", "level", "other", LX, "2025", "全县共有医疗卫生机构二百八十六个"),
    ("e03", "一千六百四十张", 1640, "张", "exact", "level", "beds", LX, "2025", "实有床位一千六百四十张"),
    ("e03", "四点六一张", 4.61, "张", "exact", "level", "beds", LX, "2025", "每千常住人口床位四点六一张"),
    ("e03", "二万九千八百六十元", 29860, "元", "exact", "level", "money", LX, "2025", "城镇居民人均可支配收入二万九千八百六十元"),
    ("e03", "百分之四点八", 4.8, "%", "exact", "change", "percent", LX, "2025", "八百六十元，增长百分之四点八"),
    ("e03", "一万二千四百二十元", 12420, "元", "exact", "level", "money", LX, "2025", "农村居民人均可支配收入一万二千四百二十元"),
    ("e03", "百分之七点一", 7.1, "%", "exact", "change", "percent", LX, "2025", "四百二十元，增长百分之七点一"),
    ("e03", "二千二百人以上", 2200, "人", "lower_bound", "target", "jobs", LX, "2026", "全县计划城镇新增就业二千二百人以上"),
    ("e03", "百分之六左右", 6, "%", "approx", "target", "percent", LX, "2026", "地区生产总值增长百分之六左右"),
    ("e04", "两处", 2, "处", "exact", "level", "other", PT, "2025", "核对后有两处需要更正", "optional"),
    ("e04", "2186人", 2186, "人", "exact", "level", "jobs", PT, "2025", "全县城镇新增就业应为2186人"),
    ("e04", "1.42万人", 14200, "人", "exact", "level", "jobs", PT, "2025", "农村劳动力转移就业应为1.42万人"),
    ("e04", "3.6%", 3.6, "%", "exact", "change", "jobs", PT, "2025", "1.42万人，增长3.6%"),
    ("e04", "6800万元", 68000000, "元", "exact", "level", "money", PT, "2025", "全年发放创业担保贷款6800万元"),
    ("e04", "486人", 486, "人", "exact", "level", "jobs", PT, "2025", "扶持创业486人"),
    ("e04", "2168人", 2168, "人", "exact", "level", "jobs", PT, "2025", "2025年全县城镇新增就业2168人"),
    ("e04", "2.6%", 2.6, "%", "exact", "level", "jobs", PT, "2025", "城镇登记失业率2.6%"),
    ("e04", "740人", 740, "人", "exact", "level", "jobs", PT, "2025", "城镇失业人员再就业740人"),
    ("e04", "215人", 215, "人", "exact", "level", "jobs", PT, "2025", "就业困难人员实现就业215人"),
    ("e04", "5320人次", 5320, "人次", "exact", "level", "jobs", PT, "2025", "全年开展补贴性职业技能培训5320人次"),
    ("e04", "1260万元", 12600000, "元", "exact", "level", "money", PT, "2025", "发放就业补助资金1260万元"),
    ("e04", "1.24万人", 12400, "人", "exact", "level", "jobs", PT, "2025", "农村劳动力转移就业1.24万人"),
    ("e04", "40280元", 40280, "元", "exact", "level", "money", PT, "2025", "全县城镇居民人均可支配收入40280元"),
    ("e04", "4.3%", 4.3, "%", "exact", "change", "percent", PT, "2025", "40280元，增长4.3%"),
    ("e04", "24650元", 24650, "元", "exact", "level", "money", PT, "2025", "农村居民人均可支配收入24650元"),
    ("e04", "6.8%", 6.8, "%", "exact", "change", "percent", PT, "2025", "24650元，增长6.8%"),
    ("e04", "1365张", 1365, "张", "exact", "level", "beds", PT, "2025", "年末全县医疗卫生机构床位1365张"),
    ("e04", "7.12张", 7.12, "张", "exact", "level", "beds", PT, "2025", "每千常住人口床位7.12张"),
    ("e05", "64.38亿元", 6438000000, "元", "exact", "level", "money", MY, "2025", "全县实现地区生产总值64.38亿元"),
    ("e05", "5.1%", 5.1, "%", "exact", "change", "percent", MY, "2025", "比上年增长5.1%"),
    ("e05", "18.62亿元", 1862000000, "元", "exact", "level", "money", MY, "2025", "第一产业增加值18.62亿元"),
    ("e05", "4.6%", 4.6, "%", "exact", "change", "percent", MY, "2025", "18.62亿元，增长4.6%"),
    ("e05", "17.25亿元", 1725000000, "元", "exact", "level", "money", MY, "2025", "第二产业增加值17.25亿元"),
    ("e05", "5.8%", 5.8, "%", "exact", "change", "percent", MY, "2025", "17.25亿元，增长5.8%"),
    ("e05", "28.51亿元", 2851000000, "元", "exact", "level", "money", MY, "2025", "第三产业增加值28.51亿元"),
    ("e05", "4.9%", 4.9, "%", "exact", "change", "percent", MY, "2025", "28.51亿元，增长4.9%"),
    ("e05", "5.86万吨", 58600, "吨", "exact", "level", "other", MY, "2025", "全年油菜籽产量5.86万吨"),
    ("e05", "3.1%", 3.1, "%", "exact", "change", "percent", MY, "2025", "5.86万吨，增长3.1%"),
    ("e05", "2.14万吨", 21400, "吨", "exact", "level", "other", MY, "2025", "青稞产量2.14万吨"),
    ("e05", "16.8万头", 168000, "头", "exact", "level", "other", MY, "2025", "年末牛存栏16.8万头"),
    ("e05", "52.6万只", 526000, "只", "exact", "level", "other", MY, "2025", "羊存栏52.6万只"),
    ("e05", "1460人", 1460, "人", "exact", "level", "jobs", MY, "2025", "全年城镇新增就业1460人"),
    ("e05", "2.9%", 2.9, "%", "exact", "level", "jobs", MY, "2025", "城镇登记失业率2.9%"),
    ("e05", "38960元", 38960, "元", "exact", "level", "money", MY, "2025", "城镇居民人均可支配收入38960元"),
    ("e05", "4.2%", 4.2, "%", "exact", "change", "percent", MY, "2025", "38960元，增长4.2%"),
    ("e05", "17640元", 17640, "元", "exact", "level", "money", MY, "2025", "农村居民人均可支配收入17640元"),
    ("e05", "7.0%", 7.0, "%", "exact", "change", "percent", MY, "2025", "17640元，增长7.0%"),
    ("e05", "986张", 986, "张", "exact", "level", "beds", MY, "2025", "年末全县医疗卫生机构床位986张"),
    ("e05", "6.32张", 6.32, "张", "exact", "level", "beds", MY, "2025", "每千常住人口床位6.32张"),
    ("e05", "9.86万人", 98600, "人", "exact", "level", "other", MY, "2025", "城乡居民基本养老保险参保人数9.86万人"),
    ("e05", "64.38", 6438000000, "元", "exact", "level", "money", MY, "2025", "地区生产总值|亿元|64.38|5.1"),
    ("e05", "5.1", 5.1, "%", "exact", "change", "percent", MY, "2025", "地区生产总值|亿元|64.38|5.1"),
    ("e05", "4.12", 412000000, "元", "exact", "level", "money", MY, "2025", "一般公共预算收入|亿元|4.12|6.3"),
    ("e05", "6.3", 6.3, "%", "exact", "change", "percent", MY, "2025", "一般公共预算收入|亿元|4.12|6.3"),
    ("e05", "21.46", 2146000000, "元", "exact", "level", "money", MY, "2025", "社会消费品零售总额|亿元|21.46|5.5"),
    ("e05", "5.5", 5.5, "%", "exact", "change", "percent", MY, "2025", "社会消费品零售总额|亿元|21.46|5.5"),
    ("e05", "38960", 38960, "元", "exact", "level", "money", MY, "2025", "城镇居民人均可支配收入|元|38960|4.2"),
    ("e05", "4.2", 4.2, "%", "exact", "change", "percent", MY, "2025", "城镇居民人均可支配收入|元|38960|4.2"),
    ("e05", "17640", 17640, "元", "exact", "level", "money", MY, "2025", "农村居民人均可支配收入|元|17640|7.0"),
    ("e05", "7.0", 7.0, "%", "exact", "change", "percent", MY, "2025", "农村居民人均可支配收入|元|17640|7.0"),
]


def _probe(doc: str, ctx: str) -> str:
    """The text a context must lie in: the clean text, lines joined (e04: its quote marks off; e05: a table row's
    cells joined by bars)."""
    if doc == "e04":
        return "".join(re.sub(r"^(>+ ?)+", "", line) for line in E04.splitlines())
    clean = {"e01": E01, "e02": E02, "e03": E03, "e05": _E05_CLEAN}[doc]
    return clean.replace("\t", "|").replace("\n", "")


def main() -> None:
    """Write the texts, the manifest and the gold (damaged28's `write_set`); a figure whose period is None (e03's
    area, townships and people, which the brochure dates nowhere) is written without a period, so it is not
    scored on one."""
    write_set(OUT, TEXTS, MANIFEST, F, _probe)
    path = OUT / f"{OUT.name}.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    for row in rows:
        if row["period"] is None:
            del row["period"]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


if __name__ == "__main__":
    main()
