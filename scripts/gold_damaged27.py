"""Build data/gold/damaged27: five texts of our own, written clean, then damaged by code the way real extractors and
converters damage a newspaper's, a bureau's or a government's pages.

- g01 (逊克县, jobs): saved in GBK (no BOM, no declaration); lines wrapped at 22 characters (never inside a number);
  a chart's caption (图表：…) and the chart's note line (注：…, with numbers of its own that are no figures of the
  text: a scale and a source year) set between two lines of one sentence, as a layout box falls in the flow.
- g02 (孙吴县 | 五大连池市 | 克东县): a page of three columns (beds, jobs, money), each wrapped at 13 characters
  (never inside a number), read across: each line is the three columns' lines, one space apart; a column that has
  ended leaves its place blank (spaces).
- g03 (汤原县, a statistics bulletin's excerpt): a table's rows (label, unit, 2025, growth) run into the prose
  between two lines of a paragraph, with no head row and no blank line; lines wrapped at 24 with a hyphen where
  the cut falls inside a number (23.1- | 6亿元).
- g04 (友谊县, a work report): half-width and full-width digits, points and percent marks mixed inside one
  number (１2.5％, 3２6０人, 1．２6亿元); lines wrapped at 25, one cut after a number with a space before the break
  and its unit on the next line (1.9 | 万人).
- g05 (甘南县, with 富裕县 and 龙江县): a paper's page 1 and page 2: the lead item cut mid-sentence with 转第2版,
  another county's item after it, page 2's running head, a third county's item, then 上接第1版 and the lead's
  second half, whose figures are 甘南县's although the item just before them is 龙江县's.

The gold is written from the hand annotation below (each figure: the clean sentence it is in, its quote and fields
per /work/shared/gold/GUIDE.md), never from what stats extracts. Quotes are written with half-width digits (GUIDE:
as if unbroken; the value is the number).

    .venv/bin/python scripts/gold_damaged27.py      # writes data/gold/damaged27/{texts,damaged27.jsonl}
"""
# ruff: noqa: E501  (the clean texts are one paragraph a line, as written)

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# the checked replacement, the fixed-width cut and the set writer are damaged17's, the whole-number wrap damaged23's
sys.path.insert(0, str(ROOT / "scripts"))
import gold_damaged17 as _d17  # noqa: E402
import gold_damaged23 as _d23  # noqa: E402

OUT = ROOT / "data" / "gold" / "damaged27"

# --------------------------------------------------------------------------------------------- clean texts

G01 = """逊克县多措并举稳就业促增收
本报讯 记者从逊克县人力资源和社会保障局获悉，2025年，全县城镇新增就业1260人，完成年度目标任务的105.0%；城镇失业人员再就业380人，就业困难人员实现就业96人，城镇登记失业率控制在3.2%。
全县农村劳动力转移就业2.18万人，比上年增加0.12万人，实现劳务收入14.6亿元，增长5.3%。全年开展职业技能培训2360人次，发放创业担保贷款4860万元，扶持创业215人，带动就业690人。
2026年，全县计划城镇新增就业1300人，农村劳动力转移就业2.2万人以上。
"""
G01_CAPTION = "图表：2021—2025年逊克县城镇新增就业人数"
G01_NOTE = "注：纵轴单位为百人；2021年数据为快报数。"

G02_A = """孙吴县新增医疗床位210张
2025年，孙吴县新增医疗床位210张，实有床位总数达到1180张，比上年增长21.6%；每千常住人口床位数13.74张。县医院新建住院楼设置床位160张，总投资2.3亿元。2026年，全县计划再新增床位90张。
"""
G02_B = """五大连池市城镇新增就业1620人
2025年，五大连池市城镇新增就业1620人，完成年度目标的108.0%；农村劳动力转移就业4.36万人，实现劳务收入26.8亿元。全年发放创业担保贷款7260万元，扶持创业328人。2026年，全市力争城镇新增就业1650人以上。
"""
G02_C = """克东县财政收入稳中有进
2025年，克东县一般公共预算收入完成3.68亿元，增长4.2%，其中税收收入2.41亿元。一般公共预算支出完成29.46亿元，增长2.8%，其中民生支出24.17亿元，占支出的82.0%。2026年，全县一般公共预算收入预期增长4.5%左右。
"""
G02_HEAD = "黑河日报 2026年1月21日 星期三 第4版 县域经济"

G03_HEAD = """汤原县2025年国民经济和社会发展统计公报（摘要）
汤原县统计局
2026年2月10日
"""
G03_P1 = "全年全县地区生产总值完成123.16亿元，比上年增长5.2%。其中，第一产业增加值58.42亿元，增长3.6%；第二产业增加值20.37亿元，增长6.8%；第三产业增加值44.37亿元，增长5.9%。全年一般公共预算收入完成4.85亿元，增长3.9%。"
G03_ROWS = [["粮食总产量", "万吨", "136.8", "2.1"],
            ["城镇新增就业", "人", "2140", "3.4"],
            ["医疗卫生机构床位", "张", "1960", "6.5"]]
G03_P2 = "全年粮食总产量136.8万吨，增长2.1%。全年城镇新增就业2140人，农村劳动力转移就业3.92万人。年末全县医疗卫生机构实有床位1960张，其中养老机构床位620张；每千常住人口床位数9.86张。"

G04 = """友谊县人民政府工作报告
——2026年1月12日在友谊县第十七届人民代表大会第五次会议上
一、2025年工作回顾
过去一年，全县地区生产总值完成86.42亿元，增长5.4%；规模以上工业增加值增长12.5%；固定资产投资增长6.2%；一般公共预算收入完成3.26亿元，增长4.1%。城镇居民人均可支配收入35620元，增长4.6%；农村居民人均可支配收入28940元，增长6.8%。
全年城镇新增就业3260人，农村劳动力转移就业1.9万人，实现劳务收入1.26亿元。新增养老床位240张，全县养老机构床位总数达到1080张。
二、2026年主要目标
全县地区生产总值增长5.5%左右，一般公共预算收入增长4%以上，城镇新增就业3300人以上，城镇调查失业率控制在5.5%以内。
"""

G05_LEAD_1 = """甘南县农民人均可支配收入增长7.1%
本报讯（记者 于海波）记者从甘南县农业农村局获悉，2025年，甘南县农村居民人均可支配收入达到21860元，增长7.1%，高于全市平均水平0.6个百分点。全县粮食总产量达到31.6亿斤，新建高标准农田12.4万亩，"""
G05_LEAD_2 = """农业机械化率达到98.6%。全县农村劳动力转移就业5.74万人，实现劳务收入38.2亿元，增长6.4%。
2026年，全县计划新建高标准农田10万亩，农村居民人均可支配收入增长7%以上。
"""
G05_OTHER_1 = """富裕县中医院新院区开诊
本报讯 1月19日，富裕县中医院新院区正式开诊，新院区设置床位300张，总投资3.8亿元。新院区开诊后，全县医疗卫生机构实有床位达到2260张。
"""
G05_OTHER_2 = """龙江县民生支出占比超八成
本报讯 2025年，龙江县一般公共预算支出完成42.6亿元，其中民生支出35.1亿元，占支出的82.4%。
"""
G05_HEAD1 = "齐齐哈尔日报　2026年1月22日　星期四　第1版　要闻"
G05_HEAD2 = "齐齐哈尔日报　2026年1月22日　星期四　第2版　县域"

# --------------------------------------------------------------------------------------------- hand annotation

# (doc, the clean stretch that holds the figure, quote, value, measure, qualifier, role, topic, place, period)
XK = "逊克县"
SW = "孙吴县"
WD = "五大连池市"
KD = "克东县"
TY = "汤原县"
YY = "友谊县"
GN = "甘南县"
FY = "富裕县"
LJ = "龙江县"
F: list[tuple] = [
    # g01 逊克县, published 2026-01-16
    ("g01", "全县城镇新增就业1260人", "1260人", 1260, "人", "exact", "level", "jobs", XK, "2025"),
    ("g01", "完成年度目标任务的105.0%", "105.0%", 105.0, "%", "exact", "level", "jobs", XK, "2025"),
    ("g01", "城镇失业人员再就业380人", "380人", 380, "人", "exact", "level", "jobs", XK, "2025"),
    ("g01", "就业困难人员实现就业96人", "96人", 96, "人", "exact", "level", "jobs", XK, "2025"),
    ("g01", "城镇登记失业率控制在3.2%", "3.2%", 3.2, "%", "exact", "level", "jobs", XK, "2025"),
    ("g01", "农村劳动力转移就业2.18万人", "2.18万人", 21800, "人", "exact", "level", "jobs", XK, "2025"),
    ("g01", "比上年增加0.12万人", "0.12万人", 1200, "人", "exact", "change", "jobs", XK, "2025"),
    ("g01", "实现劳务收入14.6亿元", "14.6亿元", 1460000000, "元", "exact", "level", "money", XK, "2025"),
    ("g01", "14.6亿元，增长5.3%", "5.3%", 5.3, "%", "exact", "change", "percent", XK, "2025"),
    ("g01", "开展职业技能培训2360人次", "2360人次", 2360, "人次", "exact", "level", "jobs", XK, "2025"),
    ("g01", "发放创业担保贷款4860万元", "4860万元", 48600000, "元", "exact", "level", "money", XK, "2025"),
    ("g01", "扶持创业215人", "215人", 215, "人", "exact", "level", "jobs", XK, "2025"),
    ("g01", "带动就业690人", "690人", 690, "人", "exact", "level", "jobs", XK, "2025"),
    ("g01", "计划城镇新增就业1300人", "1300人", 1300, "人", "exact", "target", "jobs", XK, "2026"),
    ("g01", "农村劳动力转移就业2.2万人以上", "2.2万人以上", 22000, "人", "lower_bound", "target", "jobs", XK, "2026"),
    # g02 孙吴县 (left, beds), 五大连池市 (middle, jobs), 克东县 (right, money), published 2026-01-21
    ("g02", "孙吴县新增医疗床位210张\n", "210张", 210, "张", "exact", "level", "beds", SW, "2025"),
    ("g02", "孙吴县新增医疗床位210张，", "210张", 210, "张", "exact", "level", "beds", SW, "2025"),
    ("g02", "实有床位总数达到1180张", "1180张", 1180, "张", "exact", "level", "beds", SW, "2025"),
    ("g02", "比上年增长21.6%", "21.6%", 21.6, "%", "exact", "change", "beds", SW, "2025"),
    ("g02", "每千常住人口床位数13.74张", "13.74张", 13.74, "张", "exact", "level", "beds", SW, "2025"),
    ("g02", "设置床位160张", "160张", 160, "张", "exact", "level", "beds", SW, "2025"),
    ("g02", "总投资2.3亿元", "2.3亿元", 230000000, "元", "exact", "level", "money", SW, "2025"),
    ("g02", "再新增床位90张", "90张", 90, "张", "exact", "target", "beds", SW, "2026"),
    ("g02", "五大连池市城镇新增就业1620人\n", "1620人", 1620, "人", "exact", "level", "jobs", WD, "2025"),
    ("g02", "五大连池市城镇新增就业1620人，", "1620人", 1620, "人", "exact", "level", "jobs", WD, "2025"),
    ("g02", "完成年度目标的108.0%", "108.0%", 108.0, "%", "exact", "level", "jobs", WD, "2025"),
    ("g02", "农村劳动力转移就业4.36万人", "4.36万人", 43600, "人", "exact", "level", "jobs", WD, "2025"),
    ("g02", "实现劳务收入26.8亿元", "26.8亿元", 2680000000, "元", "exact", "level", "money", WD, "2025"),
    ("g02", "发放创业担保贷款7260万元", "7260万元", 72600000, "元", "exact", "level", "money", WD, "2025"),
    ("g02", "扶持创业328人", "328人", 328, "人", "exact", "level", "jobs", WD, "2025"),
    ("g02", "力争城镇新增就业1650人以上", "1650人以上", 1650, "人", "lower_bound", "target", "jobs", WD, "2026"),
    ("g02", "一般公共预算收入完成3.68亿元", "3.68亿元", 368000000, "元", "exact", "level", "money", KD, "2025"),
    ("g02", "3.68亿元，增长4.2%", "4.2%", 4.2, "%", "exact", "change", "percent", KD, "2025"),
    ("g02", "其中税收收入2.41亿元", "2.41亿元", 241000000, "元", "exact", "level", "money", KD, "2025"),
    ("g02", "一般公共预算支出完成29.46亿元", "29.46亿元", 2946000000, "元", "exact", "level", "money", KD, "2025"),
    ("g02", "29.46亿元，增长2.8%", "2.8%", 2.8, "%", "exact", "change", "percent", KD, "2025"),
    ("g02", "其中民生支出24.17亿元", "24.17亿元", 2417000000, "元", "exact", "level", "money", KD, "2025"),
    ("g02", "占支出的82.0%", "82.0%", 82.0, "%", "exact", "level", "percent", KD, "2025"),
    ("g02", "预期增长4.5%左右", "4.5%左右", 4.5, "%", "approx", "target", "percent", KD, "2026"),
    # g03 汤原县, published 2026-02-10
    ("g03", "地区生产总值完成123.16亿元", "123.16亿元", 12316000000, "元", "exact", "level", "money", TY, "2025"),
    ("g03", "比上年增长5.2%", "5.2%", 5.2, "%", "exact", "change", "percent", TY, "2025"),
    ("g03", "第一产业增加值58.42亿元", "58.42亿元", 5842000000, "元", "exact", "level", "money", TY, "2025"),
    ("g03", "58.42亿元，增长3.6%", "3.6%", 3.6, "%", "exact", "change", "percent", TY, "2025"),
    ("g03", "第二产业增加值20.37亿元", "20.37亿元", 2037000000, "元", "exact", "level", "money", TY, "2025"),
    ("g03", "20.37亿元，增长6.8%", "6.8%", 6.8, "%", "exact", "change", "percent", TY, "2025"),
    ("g03", "第三产业增加值44.37亿元", "44.37亿元", 4437000000, "元", "exact", "level", "money", TY, "2025"),
    ("g03", "44.37亿元，增长5.9%", "5.9%", 5.9, "%", "exact", "change", "percent", TY, "2025"),
    ("g03", "一般公共预算收入完成4.85亿元", "4.85亿元", 485000000, "元", "exact", "level", "money", TY, "2025"),
    ("g03", "4.85亿元，增长3.9%", "3.9%", 3.9, "%", "exact", "change", "percent", TY, "2025"),
    ("g03", "粮食总产量|万吨|136.8", "136.8", 1368000, "吨", "exact", "level", "other", TY, "2025"),
    ("g03", "136.8|2.1", "2.1", 2.1, "%", "exact", "change", "percent", TY, "2025"),
    ("g03", "城镇新增就业|人|2140", "2140", 2140, "人", "exact", "level", "jobs", TY, "2025"),
    ("g03", "2140|3.4", "3.4", 3.4, "%", "exact", "change", "jobs", TY, "2025"),
    ("g03", "医疗卫生机构床位|张|1960", "1960", 1960, "张", "exact", "level", "beds", TY, "2025"),
    ("g03", "1960|6.5", "6.5", 6.5, "%", "exact", "change", "beds", TY, "2025"),
    ("g03", "全年粮食总产量136.8万吨", "136.8万吨", 1368000, "吨", "exact", "level", "other", TY, "2025"),
    ("g03", "136.8万吨，增长2.1%", "2.1%", 2.1, "%", "exact", "change", "percent", TY, "2025"),
    ("g03", "全年城镇新增就业2140人", "2140人", 2140, "人", "exact", "level", "jobs", TY, "2025"),
    ("g03", "农村劳动力转移就业3.92万人", "3.92万人", 39200, "人", "exact", "level", "jobs", TY, "2025"),
    ("g03", "医疗卫生机构实有床位1960张", "1960张", 1960, "张", "exact", "level", "beds", TY, "2025"),
    ("g03", "其中养老机构床位620张", "620张", 620, "张", "exact", "level", "beds", TY, "2025"),
    ("g03", "每千常住人口床位数9.86张", "9.86张", 9.86, "张", "exact", "level", "beds", TY, "2025"),
    # g04 友谊县, published 2026-01-14
    ("g04", "地区生产总值完成86.42亿元", "86.42亿元", 8642000000, "元", "exact", "level", "money", YY, "2025"),
    ("g04", "86.42亿元，增长5.4%", "5.4%", 5.4, "%", "exact", "change", "percent", YY, "2025"),
    ("g04", "规模以上工业增加值增长12.5%", "12.5%", 12.5, "%", "exact", "change", "percent", YY, "2025"),
    ("g04", "固定资产投资增长6.2%", "6.2%", 6.2, "%", "exact", "change", "percent", YY, "2025"),
    ("g04", "一般公共预算收入完成3.26亿元", "3.26亿元", 326000000, "元", "exact", "level", "money", YY, "2025"),
    ("g04", "3.26亿元，增长4.1%", "4.1%", 4.1, "%", "exact", "change", "percent", YY, "2025"),
    ("g04", "城镇居民人均可支配收入35620元", "35620元", 35620, "元", "exact", "level", "money", YY, "2025"),
    ("g04", "35620元，增长4.6%", "4.6%", 4.6, "%", "exact", "change", "percent", YY, "2025"),
    ("g04", "农村居民人均可支配收入28940元", "28940元", 28940, "元", "exact", "level", "money", YY, "2025"),
    ("g04", "28940元，增长6.8%", "6.8%", 6.8, "%", "exact", "change", "percent", YY, "2025"),
    ("g04", "全年城镇新增就业3260人", "3260人", 3260, "人", "exact", "level", "jobs", YY, "2025"),
    ("g04", "农村劳动力转移就业1.9万人", "1.9万人", 19000, "人", "exact", "level", "jobs", YY, "2025"),
    ("g04", "实现劳务收入1.26亿元", "1.26亿元", 126000000, "元", "exact", "level", "money", YY, "2025"),
    ("g04", "新增养老床位240张", "240张", 240, "张", "exact", "level", "beds", YY, "2025"),
    ("g04", "养老机构床位总数达到1080张", "1080张", 1080, "张", "exact", "level", "beds", YY, "2025"),
    ("g04", "全县地区生产总值增长5.5%左右", "5.5%左右", 5.5, "%", "approx", "target", "percent", YY, "2026"),
    ("g04", "一般公共预算收入增长4%以上", "4%以上", 4, "%", "lower_bound", "target", "percent", YY, "2026"),
    ("g04", "城镇新增就业3300人以上", "3300人以上", 3300, "人", "lower_bound", "target", "jobs", YY, "2026"),
    ("g04", "城镇调查失业率控制在5.5%以内", "5.5%以内", 5.5, "%", "upper_bound", "target", "jobs", YY, "2026"),
    # g05 甘南县 (lead, both pages), 富裕县, 龙江县, published 2026-01-22
    ("g05", "农民人均可支配收入增长7.1%\n", "7.1%", 7.1, "%", "exact", "change", "percent", GN, "2025"),
    ("g05", "农村居民人均可支配收入达到21860元", "21860元", 21860, "元", "exact", "level", "money", GN, "2025"),
    ("g05", "21860元，增长7.1%", "7.1%", 7.1, "%", "exact", "change", "percent", GN, "2025"),
    ("g05", "高于全市平均水平0.6个百分点", "0.6个百分点", 0.6, "百分点", "exact", "change", "percent", GN, "2025"),
    ("g05", "粮食总产量达到31.6亿斤", "31.6亿斤", 3160000000, "斤", "exact", "level", "other", GN, "2025"),
    ("g05", "新建高标准农田12.4万亩", "12.4万亩", 124000, "亩", "exact", "level", "other", GN, "2025"),
    ("g05", "农业机械化率达到98.6%", "98.6%", 98.6, "%", "exact", "level", "percent", GN, "2025"),
    ("g05", "农村劳动力转移就业5.74万人", "5.74万人", 57400, "人", "exact", "level", "jobs", GN, "2025"),
    ("g05", "实现劳务收入38.2亿元", "38.2亿元", 3820000000, "元", "exact", "level", "money", GN, "2025"),
    ("g05", "38.2亿元，增长6.4%", "6.4%", 6.4, "%", "exact", "change", "percent", GN, "2025"),
    ("g05", "计划新建高标准农田10万亩", "10万亩", 100000, "亩", "exact", "target", "other", GN, "2026"),
    ("g05", "人均可支配收入增长7%以上", "7%以上", 7, "%", "lower_bound", "target", "percent", GN, "2026"),
    ("g05", "新院区设置床位300张", "300张", 300, "张", "exact", "level", "beds", FY, "2026"),
    ("g05", "总投资3.8亿元", "3.8亿元", 380000000, "元", "exact", "level", "money", FY, "2026"),
    ("g05", "实有床位达到2260张", "2260张", 2260, "张", "exact", "level", "beds", FY, "2026"),
    ("g05", "民生支出占比超八成", "超八成", 80, "%", "lower_bound", "level", "percent", LJ, "2025"),
    ("g05", "一般公共预算支出完成42.6亿元", "42.6亿元", 4260000000, "元", "exact", "level", "money", LJ, "2025"),
    ("g05", "其中民生支出35.1亿元", "35.1亿元", 3510000000, "元", "exact", "level", "money", LJ, "2025"),
    ("g05", "占支出的82.4%", "82.4%", 82.4, "%", "exact", "level", "percent", LJ, "2025"),
]

MANIFEST = [("g01", "2026-01-16", "黑河日报"), ("g02", "2026-01-21", "黑河日报"),
            ("g03", "2026-02-10", "汤原县统计局"), ("g04", "2026-01-14", "友谊县人民政府网"),
            ("g05", "2026-01-22", "齐齐哈尔日报")]

# --------------------------------------------------------------------------------------------- the damage


def wrapped(text: str, width: int) -> list[str]:
    """Each paragraph cut into lines of at most `width` characters, never inside a number."""
    return [ln for para in text.splitlines() for ln in _d23.wrap_whole(para, width)]


def damage_g01() -> bytes:
    """Wrapped at 22; the chart's caption and note between two lines of the second paragraph; saved in GBK."""
    lines = wrapped(G01, 22)
    at = next(i for i, ln in enumerate(lines) if ln.startswith("全县农村劳动力")) + 2
    out = lines[:at] + [G01_CAPTION, G01_NOTE] + lines[at:]
    return ("\n".join(out) + "\n").encode("gbk")


def damage_g02() -> bytes:
    """Three columns at 13 characters, read across, one space apart; an ended column's place is blank."""
    cols = [wrapped(t, 13) for t in (G02_A, G02_B, G02_C)]
    out = [G02_HEAD]
    for i in range(max(map(len, cols))):
        pieces = [c[i] if i < len(c) else " " * 26 for c in cols]
        out.append(" ".join(pieces).rstrip())
    return ("\n".join(out) + "\n").encode("utf-8")


def damage_g03() -> bytes:
    """The head, then the first paragraph wrapped at 24 with a hyphen inside 123.1|6 (the cut put there by hand);
    the second paragraph's first line, the table's rows (cells a space or two apart), then the rest of it."""
    p1 = _d17.sub(G03_P1, "完成123.16亿元", "完成123.1-\n6亿元")
    first, rest = p1.split("\n")
    p1_lines = [first] + wrapped(rest, 24)
    p2_lines = wrapped(G03_P2, 24)
    rows = ["  ".join(r) for r in G03_ROWS]
    out = G03_HEAD.splitlines() + p1_lines + p2_lines[:1] + rows + p2_lines[1:]
    return ("\n".join(out) + "\n").encode("utf-8")


def damage_g04() -> bytes:
    """Digits of two widths inside single numbers; lines cut at 25 (never inside a number) with 1.9 | 万人 cut by
    hand, a space before the break."""
    text = G04
    for old, new in (("增长12.5%", "增长１2.5％"), ("就业3260人", "就业3２6０人"), ("收入1.26亿元", "收入1．２6亿元"),
                     ("35620元", "3５62０元"), ("增长6.8%。", "增长６.8%。")):
        text = _d17.sub(text, old, new)
    text = _d17.sub(text, "转移就业1.9万人", "转移就业1.9 \n万人")
    lines = [ln for para in text.split("\n") for ln in (_d23.wrap_whole(para, 25) if len(para) > 25 else [para])]
    return ("\n".join(lines) + "\n").encode("utf-8")


def damage_g05() -> bytes:
    """Page 1: its head, the lead's first half ending mid-sentence with （转第2版）, 富裕县's item; page 2: its head,
    龙江县's item, then （上接第1版） and the lead's second half; each wrapped at 23, never inside a number."""
    out = [G05_HEAD1] + wrapped(G05_LEAD_1, 23)
    out[-1] += "（转第2版）"
    out += wrapped(G05_OTHER_1, 23) + ["", G05_HEAD2] + wrapped(G05_OTHER_2, 23)
    tail = wrapped(G05_LEAD_2, 23)
    out += ["（上接第1版）" + tail[0]] + tail[1:]
    return ("\n".join(out) + "\n").encode("utf-8")


def clean_of(doc: str) -> str:
    """The clean text a figure's context is looked up in."""
    table = "\n".join("|".join(r) for r in G03_ROWS)
    return {"g01": G01, "g02": G02_A + G02_B + G02_C, "g03": G03_HEAD + G03_P1 + "\n" + table + "\n" + G03_P2,
            "g04": G04, "g05": G05_LEAD_1 + G05_LEAD_2 + G05_OTHER_1 + G05_OTHER_2}[doc]


def main() -> None:
    """Write the texts, the manifest and the gold (damaged17's write_set)."""
    built = {"g01": damage_g01(), "g02": damage_g02(), "g03": damage_g03(), "g04": damage_g04(), "g05": damage_g05()}
    _d17.write_set(OUT, "damaged27", built, MANIFEST, F, clean_of, _d17.high_row)


if __name__ == "__main__":
    main()
