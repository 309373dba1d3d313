"""Build data/gold/damaged23: five texts of our own, written clean, then damaged by code the way page layouts,
extractors, spreadsheets and OCR damage pages in ways earlier damaged sets used little or not at all.

- t01 (泸定县, jobs): an extractor that drops every space and every line break inside a paragraph (so 表1 2025年
  comes out 表12025年 and 3 150人次 as 3150人次) but keeps a line break after each table cell: the table is one
  cell a line, its unit column (人, 万人, 人次, 万元) a cell of its own between the label and the two years.
- t02 (康定市 | 九龙县): a two-page spread read across: the left page's lines (康定市, beds) alternate with the
  right page's lines (九龙县, money), each page wrapped at 22 characters, never inside a number.
- t03 (理塘县, with 稻城县 and 乡城县): a newspaper 版面: the lead article's first half, its jump line (下转第3版),
  two short items of other counties, the page 3 head, then (上接第1版) and the lead's second half, whose figures
  are 理塘县's although the item just before it is 乡城县's.
- t04 (紫云苗族布依族自治县, money): two sheets pasted from Excel with their number formats: tab-separated cells,
  thousands commas and two decimals (446,815.00), a 千元 unit line over the sheet, negatives in parentheses
  ((52,780.00)) and with a minus (-1.4%), numbers too wide for their column in scientific form (1.32E+06 万元).
- t05 (丹巴县, stats): a scanned bulletin's OCR with full-width and half-width punctuation swapped (, . ; : ( ) for
  ，。；：（）, ％ for %), a full-width ， where three numbers' decimal points were (9，84亿元: 9.84, or 9 and 84?
  no reader can tell), and lines cut at a fixed width, one cut inside the county's name (丹 | 巴县). The three
  numbers with ， are not in the gold; any reading of them is a false positive.

The gold is written from the hand annotation below (each figure: the clean sentence it is in, its quote and fields
per /work/shared/gold/GUIDE.md), never from what stats extracts. Contexts of t01 are written without its spaces;
a table row's cells are joined by | in the context.

    .venv/bin/python scripts/gold_damaged23.py      # writes data/gold/damaged23/{texts,damaged23.jsonl}
"""
# ruff: noqa: E501  (the clean texts are one paragraph a line, as written)

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# the checked replacement, the fixed-width cut and the set writer are damaged17's (one copy of them)
sys.path.insert(0, str(ROOT / "scripts"))
import gold_damaged17 as _d17  # noqa: E402

sub = _d17.sub
OUT = ROOT / "data" / "gold" / "damaged23"

# --------------------------------------------------------------------------------------------- clean texts

# t01 as the page shows it: spaces between words and numbers, thousands spaces; @TABLE is where the table stands
T01 = """泸定县2025年城镇新增就业1260人
本报讯 1月16日，记者从泸定县人力资源和社会保障局获悉，2025年全县城镇新增就业 1260 人，完成年度目标任务的 105%；城镇失业人员再就业 318 人，就业困难人员实现就业 96 人，城镇登记失业率为 3.4%。
全县农村劳动力转移就业 4.68 万人，其中省外转移就业 1.52 万人，实现劳务收入 12.3 亿元，同比增长 6.7%。全年开展职业技能培训 3 150 人次，发放创业担保贷款 2 460 万元，扶持创业 185 人，带动就业 520 人。
表1 2025年泸定县就业主要指标
@TABLE
2026年，全县力争城镇新增就业 1200 人以上，农村劳动力转移就业稳定在 4.6 万人以上。
"""
T01_TABLE = [["指标", "单位", "2024年", "2025年"],
             ["城镇新增就业", "人", "1210", "1260"],
             ["城镇失业人员再就业", "人", "296", "318"],
             ["农村劳动力转移就业", "万人", "4.55", "4.68"],
             ["职业技能培训", "人次", "2 980", "3 150"],
             ["创业担保贷款", "万元", "2 210", "2 460"]]

T02_L = """康定市医疗卫生服务能力持续提升
记者从康定市卫生健康局获悉，截至2025年底，全市共有医疗卫生机构265个，实有床位2380张，比上年末增加126张，增长5.6%；每千常住人口床位数7.86张。全市卫生技术人员2960人，其中执业（助理）医师1030人、注册护士1275人。2025年，全市总诊疗人次达到118.6万人次，病床使用率81.2%。市人民医院新院区建成投用，总投资4.8亿元，设置床位600张。到2026年底，全市实有床位将达到2600张。
"""

T02_R = """九龙县2025年财政收支情况
2025年，九龙县一般公共预算收入完成2.86亿元，同比增长5.2%，其中税收收入1.74亿元，增长3.8%。一般公共预算支出完成26.45亿元，增长2.1%，其中民生支出21.32亿元，占支出的80.6%。全年争取上级转移支付资金22.6亿元，比上年增加1.3亿元；发行新增专项债券2.8亿元，支持项目11个。年末政府债务余额18.9亿元。2026年，全县一般公共预算收入预期增长5%左右。
"""

# t03's lead article, its two halves, and the items set between them
T03_HEAD1 = "甘孜日报　2026年1月28日　星期三　第1版　要闻"
T03_A1 = """理塘县文旅产业带动群众增收
本报讯 1月26日，记者从理塘县文化广播电视和旅游局获悉，2025年全县接待游客386.5万人次，同比增长18.6%，实现旅游综合收入42.7亿元，增长21.3%。全县新增星级民宿46家，民宿总数达到312家，客房5860间。"""
T03_B = """稻城县新建村级卫生室18个
本报讯 2025年，稻城县投入资金1260万元，新建村级卫生室18个，全县村卫生室达到124个，实现行政村全覆盖。"""
T03_C = """乡城县2025年城镇新增就业530人
本报讯 2025年，乡城县城镇新增就业530人，城镇登记失业率3.1%，农村劳动力转移就业2.36万人。"""
T03_HEAD3 = "甘孜日报　2026年1月28日　星期三　第3版　综合"
T03_A2 = """旅游从业人员达到2.4万人，其中脱贫群众6800人，人均增收3200元。全县旅游项目完成投资9.6亿元，比上年增加1.2亿元。
2026年，全县力争接待游客420万人次，旅游综合收入突破48亿元。"""

# t04's two sheets as their cells hold them (the displayed formats come from the damage)
T04_TITLE = "紫云苗族布依族自治县2025年一般公共预算收支执行情况表"
T04_S1 = [["项目", "2024年执行数", "2025年执行数", "增减额", "增减率"],
          ["一般公共预算收入", "412360", "446815", "34455", "8.4"],
          ["其中：税收收入", "256180", "271930", "15750", "6.1"],
          ["非税收入", "156180", "174885", "18705", "12.0"],
          ["一般公共预算支出", "3865420", "3812640", "-52780", "-1.4"],
          ["其中：教育支出", "702350", "731480", "29130", "4.1"],
          ["卫生健康支出", "386920", "371260", "-15660", "-4.0"]]
T04_S2_TITLE = "紫云苗族布依族自治县2025年主要经济指标"
T04_S2 = [["指标", "单位", "2025年", "比上年增长"],
          ["地区生产总值", "万元", "1320000", "5.6"],
          ["常住人口", "人", "295000", "-0.8"],
          ["城镇居民人均可支配收入", "元", "40125", "4.9"]]

T05 = """丹巴县2025年国民经济和社会发展统计公报
丹巴县统计局（2026年3月18日）
一、综合
2025年，丹巴县实现地区生产总值（GDP）48.62亿元，按可比价格计算，比上年增长6.1%。其中，第一产业增加值9.84亿元，增长4.3%；第二产业增加值12.37亿元，增长7.2%；第三产业增加值26.41亿元，增长6.0%。年末，丹巴县常住人口5.86万人，城镇化率32.4%，比上年末提高1.5个百分点。
二、农业
全年粮食总产量1.92万吨，比上年增长2.1%。全年出栏生猪6.84万头，增长3.6%；水果产量2.15万吨，增长8.7%。
三、旅游和消费
全年接待游客168.4万人次，增长12.5%；实现旅游综合收入18.96亿元，增长14.2%。全年社会消费品零售总额11.28亿元，增长5.4%。
四、人民生活
全体居民人均可支配收入25360元，增长6.3%。其中，城镇居民人均可支配收入41870元，增长4.8%；农村居民人均可支配收入18640元，增长7.6%。
"""
T05_UNREADABLE = ["9.84亿元", "1.92万吨", "18.96亿元"]  # their point read as ，: not in the gold
T05_WIDTH = 24

# --------------------------------------------------------------------------------------------- hand annotation

# (doc, the clean stretch that holds the figure, quote, value, measure, qualifier, role, topic, place, period)
D = "泸定县"
K = "康定市"
J = "九龙县"
L = "理塘县"
Z = "紫云苗族布依族自治县"
B = "丹巴县"
F: list[tuple] = [
    # t01 泸定县, published 2026-01-16 (contexts without the page's spaces)
    ("t01", "泸定县2025年城镇新增就业1260人", "1260人", 1260, "人", "exact", "level", "jobs", D, "2025"),
    ("t01", "全县城镇新增就业1260人，完成", "1260人", 1260, "人", "exact", "level", "jobs", D, "2025"),
    ("t01", "完成年度目标任务的105%", "105%", 105, "%", "exact", "level", "jobs", D, "2025"),
    ("t01", "城镇失业人员再就业318人", "318人", 318, "人", "exact", "level", "jobs", D, "2025"),
    ("t01", "就业困难人员实现就业96人", "96人", 96, "人", "exact", "level", "jobs", D, "2025"),
    ("t01", "城镇登记失业率为3.4%", "3.4%", 3.4, "%", "exact", "level", "jobs", D, "2025"),
    ("t01", "全县农村劳动力转移就业4.68万人", "4.68万人", 46800, "人", "exact", "level", "jobs", D, "2025"),
    ("t01", "其中省外转移就业1.52万人", "1.52万人", 15200, "人", "exact", "level", "jobs", D, "2025"),
    ("t01", "实现劳务收入12.3亿元", "12.3亿元", 1230000000, "元", "exact", "level", "money", D, "2025"),
    ("t01", "同比增长6.7%", "6.7%", 6.7, "%", "exact", "change", "percent", D, "2025"),
    ("t01", "开展职业技能培训3150人次", "3150人次", 3150, "人次", "exact", "level", "jobs", D, "2025"),
    ("t01", "发放创业担保贷款2460万元", "2460万元", 24600000, "元", "exact", "level", "money", D, "2025"),
    ("t01", "扶持创业185人", "185人", 185, "人", "exact", "level", "jobs", D, "2025"),
    ("t01", "带动就业520人", "520人", 520, "人", "exact", "level", "jobs", D, "2025"),
    ("t01", "城镇新增就业|人|1210", "1210", 1210, "人", "exact", "level", "jobs", D, "2024"),
    ("t01", "1210|1260", "1260", 1260, "人", "exact", "level", "jobs", D, "2025"),
    ("t01", "再就业|人|296", "296", 296, "人", "exact", "level", "jobs", D, "2024"),
    ("t01", "296|318", "318", 318, "人", "exact", "level", "jobs", D, "2025"),
    ("t01", "转移就业|万人|4.55", "4.55", 45500, "人", "exact", "level", "jobs", D, "2024"),
    ("t01", "4.55|4.68", "4.68", 46800, "人", "exact", "level", "jobs", D, "2025"),
    ("t01", "职业技能培训|人次|2980", "2980", 2980, "人次", "exact", "level", "jobs", D, "2024"),
    ("t01", "2980|3150", "3150", 3150, "人次", "exact", "level", "jobs", D, "2025"),
    ("t01", "创业担保贷款|万元|2210", "2210", 22100000, "元", "exact", "level", "money", D, "2024"),
    ("t01", "2210|2460", "2460", 24600000, "元", "exact", "level", "money", D, "2025"),
    ("t01", "力争城镇新增就业1200人以上", "1200人以上", 1200, "人", "lower_bound", "target", "jobs", D, "2026"),
    ("t01", "稳定在4.6万人以上", "4.6万人以上", 46000, "人", "lower_bound", "target", "jobs", D, "2026"),
    # t02 康定市 (left page) and 九龙县 (right page), published 2026-02-12
    ("t02", "共有医疗卫生机构265个", "265个", 265, "个", "exact", "level", "other", K, "2025"),
    ("t02", "实有床位2380张", "2380张", 2380, "张", "exact", "level", "beds", K, "2025"),
    ("t02", "比上年末增加126张", "126张", 126, "张", "exact", "change", "beds", K, "2025"),
    ("t02", "增加126张，增长5.6%", "5.6%", 5.6, "%", "exact", "change", "beds", K, "2025"),
    ("t02", "每千常住人口床位数7.86张", "7.86张", 7.86, "张", "exact", "level", "beds", K, "2025"),
    ("t02", "全市卫生技术人员2960人", "2960人", 2960, "人", "exact", "level", "other", K, "2025"),
    ("t02", "执业（助理）医师1030人", "1030人", 1030, "人", "exact", "level", "other", K, "2025"),
    ("t02", "注册护士1275人", "1275人", 1275, "人", "exact", "level", "other", K, "2025"),
    ("t02", "总诊疗人次达到118.6万人次", "118.6万人次", 1186000, "人次", "exact", "level", "other", K, "2025"),
    ("t02", "病床使用率81.2%", "81.2%", 81.2, "%", "exact", "level", "beds", K, "2025"),
    ("t02", "总投资4.8亿元", "4.8亿元", 480000000, "元", "exact", "level", "money", K, "2025"),
    ("t02", "设置床位600张", "600张", 600, "张", "exact", "level", "beds", K, "2025"),
    ("t02", "实有床位将达到2600张", "2600张", 2600, "张", "exact", "target", "beds", K, "2026"),
    ("t02", "一般公共预算收入完成2.86亿元", "2.86亿元", 286000000, "元", "exact", "level", "money", J, "2025"),
    ("t02", "同比增长5.2%", "5.2%", 5.2, "%", "exact", "change", "percent", J, "2025"),
    ("t02", "其中税收收入1.74亿元", "1.74亿元", 174000000, "元", "exact", "level", "money", J, "2025"),
    ("t02", "1.74亿元，增长3.8%", "3.8%", 3.8, "%", "exact", "change", "percent", J, "2025"),
    ("t02", "一般公共预算支出完成26.45亿元", "26.45亿元", 2645000000, "元", "exact", "level", "money", J, "2025"),
    ("t02", "26.45亿元，增长2.1%", "2.1%", 2.1, "%", "exact", "change", "percent", J, "2025"),
    ("t02", "其中民生支出21.32亿元", "21.32亿元", 2132000000, "元", "exact", "level", "money", J, "2025"),
    ("t02", "占支出的80.6%", "80.6%", 80.6, "%", "exact", "level", "percent", J, "2025"),
    ("t02", "上级转移支付资金22.6亿元", "22.6亿元", 2260000000, "元", "exact", "level", "money", J, "2025"),
    ("t02", "比上年增加1.3亿元", "1.3亿元", 130000000, "元", "exact", "change", "money", J, "2025"),
    ("t02", "发行新增专项债券2.8亿元", "2.8亿元", 280000000, "元", "exact", "level", "money", J, "2025"),
    ("t02", "支持项目11个", "11个", 11, "个", "exact", "level", "other", J, "2025"),
    ("t02", "年末政府债务余额18.9亿元", "18.9亿元", 1890000000, "元", "exact", "level", "money", J, "2025"),
    ("t02", "预期增长5%左右", "5%左右", 5, "%", "approx", "target", "percent", J, "2026"),
    # t03 理塘县 lead, 稻城县 and 乡城县 items, published 2026-01-28 (第1版/第3版 are page references)
    ("t03", "全县接待游客386.5万人次", "386.5万人次", 3865000, "人次", "exact", "level", "other", L, "2025"),
    ("t03", "同比增长18.6%", "18.6%", 18.6, "%", "exact", "change", "percent", L, "2025"),
    ("t03", "旅游综合收入42.7亿元", "42.7亿元", 4270000000, "元", "exact", "level", "money", L, "2025"),
    ("t03", "42.7亿元，增长21.3%", "21.3%", 21.3, "%", "exact", "change", "percent", L, "2025"),
    ("t03", "新增星级民宿46家", "46家", 46, "家", "exact", "level", "other", L, "2025"),
    ("t03", "民宿总数达到312家", "312家", 312, "家", "exact", "level", "other", L, "2025"),
    ("t03", "客房5860间", "5860间", 5860, "间", "exact", "level", "other", L, "2025"),
    ("t03", "稻城县新建村级卫生室18个", "18个", 18, "个", "exact", "level", "other", "稻城县", "2025"),
    ("t03", "投入资金1260万元", "1260万元", 12600000, "元", "exact", "level", "money", "稻城县", "2025"),
    ("t03", "1260万元，新建村级卫生室18个", "18个", 18, "个", "exact", "level", "other", "稻城县", "2025"),
    ("t03", "全县村卫生室达到124个", "124个", 124, "个", "exact", "level", "other", "稻城县", "2025"),
    ("t03", "乡城县2025年城镇新增就业530人", "530人", 530, "人", "exact", "level", "jobs", "乡城县", "2025"),
    ("t03", "乡城县城镇新增就业530人", "530人", 530, "人", "exact", "level", "jobs", "乡城县", "2025"),
    ("t03", "城镇登记失业率3.1%", "3.1%", 3.1, "%", "exact", "level", "jobs", "乡城县", "2025"),
    ("t03", "农村劳动力转移就业2.36万人", "2.36万人", 23600, "人", "exact", "level", "jobs", "乡城县", "2025"),
    ("t03", "旅游从业人员达到2.4万人", "2.4万人", 24000, "人", "exact", "level", "jobs", L, "2025"),
    ("t03", "其中脱贫群众6800人", "6800人", 6800, "人", "exact", "level", "jobs", L, "2025"),
    ("t03", "人均增收3200元", "3200元", 3200, "元", "exact", "change", "money", L, "2025"),
    ("t03", "旅游项目完成投资9.6亿元", "9.6亿元", 960000000, "元", "exact", "level", "money", L, "2025"),
    ("t03", "比上年增加1.2亿元", "1.2亿元", 120000000, "元", "exact", "change", "money", L, "2025"),
    ("t03", "力争接待游客420万人次", "420万人次", 4200000, "人次", "exact", "target", "other", L, "2026"),
    ("t03", "旅游综合收入突破48亿元", "突破48亿元", 4800000000, "元", "lower_bound", "target", "money", L, "2026"),
    # t04 紫云苗族布依族自治县, published 2026-02-09 (sheet 1 in 千元; sheet 2's units in its 单位 column)
    ("t04", "一般公共预算收入|412,360.00", "412,360.00", 412360000, "元", "exact", "level", "money", Z, "2024"),
    ("t04", "412,360.00|446,815.00", "446,815.00", 446815000, "元", "exact", "level", "money", Z, "2025"),
    ("t04", "446,815.00|34,455.00", "34,455.00", 34455000, "元", "exact", "change", "money", Z, "2025"),
    ("t04", "34,455.00|8.4%", "8.4%", 8.4, "%", "exact", "change", "percent", Z, "2025"),
    ("t04", "税收收入|256,180.00", "256,180.00", 256180000, "元", "exact", "level", "money", Z, "2024"),
    ("t04", "256,180.00|271,930.00", "271,930.00", 271930000, "元", "exact", "level", "money", Z, "2025"),
    ("t04", "271,930.00|15,750.00", "15,750.00", 15750000, "元", "exact", "change", "money", Z, "2025"),
    ("t04", "15,750.00|6.1%", "6.1%", 6.1, "%", "exact", "change", "percent", Z, "2025"),
    ("t04", "非税收入|156,180.00", "156,180.00", 156180000, "元", "exact", "level", "money", Z, "2024"),
    ("t04", "156,180.00|174,885.00", "174,885.00", 174885000, "元", "exact", "level", "money", Z, "2025"),
    ("t04", "174,885.00|18,705.00", "18,705.00", 18705000, "元", "exact", "change", "money", Z, "2025"),
    ("t04", "18,705.00|12.0%", "12.0%", 12.0, "%", "exact", "change", "percent", Z, "2025"),
    ("t04", "一般公共预算支出|3,865,420.00", "3,865,420.00", 3865420000, "元", "exact", "level", "money", Z, "2024"),
    ("t04", "3,865,420.00|3,812,640.00", "3,812,640.00", 3812640000, "元", "exact", "level", "money", Z, "2025"),
    ("t04", "3,812,640.00|(52,780.00)", "(52,780.00)", -52780000, "元", "exact", "change", "money", Z, "2025"),
    ("t04", "(52,780.00)|-1.4%", "-1.4%", -1.4, "%", "exact", "change", "percent", Z, "2025"),
    ("t04", "教育支出|702,350.00", "702,350.00", 702350000, "元", "exact", "level", "money", Z, "2024"),
    ("t04", "702,350.00|731,480.00", "731,480.00", 731480000, "元", "exact", "level", "money", Z, "2025"),
    ("t04", "731,480.00|29,130.00", "29,130.00", 29130000, "元", "exact", "change", "money", Z, "2025"),
    ("t04", "29,130.00|4.1%", "4.1%", 4.1, "%", "exact", "change", "percent", Z, "2025"),
    ("t04", "卫生健康支出|386,920.00", "386,920.00", 386920000, "元", "exact", "level", "money", Z, "2024"),
    ("t04", "386,920.00|371,260.00", "371,260.00", 371260000, "元", "exact", "level", "money", Z, "2025"),
    ("t04", "371,260.00|(15,660.00)", "(15,660.00)", -15660000, "元", "exact", "change", "money", Z, "2025"),
    ("t04", "(15,660.00)|-4.0%", "-4.0%", -4.0, "%", "exact", "change", "percent", Z, "2025"),
    ("t04", "万元|1.32E+06", "1.32E+06", 13200000000, "元", "exact", "level", "money", Z, "2025"),
    ("t04", "1.32E+06|5.6%", "5.6%", 5.6, "%", "exact", "change", "percent", Z, "2025"),
    ("t04", "常住人口|人|2.95E+05", "2.95E+05", 295000, "人", "exact", "level", "other", Z, "2025"),
    ("t04", "2.95E+05|-0.8%", "-0.8%", -0.8, "%", "exact", "change", "percent", Z, "2025"),
    ("t04", "元|40,125.00", "40,125.00", 40125, "元", "exact", "level", "money", Z, "2025"),
    ("t04", "40,125.00|4.9%", "4.9%", 4.9, "%", "exact", "change", "percent", Z, "2025"),
    # t05 丹巴县, published 2026-03-18 (9，84亿元, 1，92万吨 and 18，96亿元 are not in the gold)
    ("t05", "地区生产总值（GDP）48.62亿元", "48.62亿元", 4862000000, "元", "exact", "level", "money", B, "2025"),
    ("t05", "比上年增长6.1%", "6.1%", 6.1, "%", "exact", "change", "percent", B, "2025"),
    ("t05", "9.84亿元，增长4.3%", "4.3%", 4.3, "%", "exact", "change", "percent", B, "2025"),
    ("t05", "第二产业增加值12.37亿元", "12.37亿元", 1237000000, "元", "exact", "level", "money", B, "2025"),
    ("t05", "12.37亿元，增长7.2%", "7.2%", 7.2, "%", "exact", "change", "percent", B, "2025"),
    ("t05", "第三产业增加值26.41亿元", "26.41亿元", 2641000000, "元", "exact", "level", "money", B, "2025"),
    ("t05", "26.41亿元，增长6.0%", "6.0%", 6.0, "%", "exact", "change", "percent", B, "2025"),
    ("t05", "常住人口5.86万人", "5.86万人", 58600, "人", "exact", "level", "other", B, "2025"),
    ("t05", "城镇化率32.4%", "32.4%", 32.4, "%", "exact", "level", "percent", B, "2025"),
    ("t05", "提高1.5个百分点", "1.5个百分点", 1.5, "百分点", "exact", "change", "percent", B, "2025"),
    ("t05", "比上年增长2.1%", "2.1%", 2.1, "%", "exact", "change", "percent", B, "2025"),
    ("t05", "出栏生猪6.84万头", "6.84万头", 68400, "头", "exact", "level", "other", B, "2025"),
    ("t05", "6.84万头，增长3.6%", "3.6%", 3.6, "%", "exact", "change", "percent", B, "2025"),
    ("t05", "水果产量2.15万吨", "2.15万吨", 21500, "吨", "exact", "level", "other", B, "2025"),
    ("t05", "2.15万吨，增长8.7%", "8.7%", 8.7, "%", "exact", "change", "percent", B, "2025"),
    ("t05", "接待游客168.4万人次", "168.4万人次", 1684000, "人次", "exact", "level", "other", B, "2025"),
    ("t05", "168.4万人次，增长12.5%", "12.5%", 12.5, "%", "exact", "change", "percent", B, "2025"),
    ("t05", "18.96亿元，增长14.2%", "14.2%", 14.2, "%", "exact", "change", "percent", B, "2025"),
    ("t05", "社会消费品零售总额11.28亿元", "11.28亿元", 1128000000, "元", "exact", "level", "money", B, "2025"),
    ("t05", "11.28亿元，增长5.4%", "5.4%", 5.4, "%", "exact", "change", "percent", B, "2025"),
    ("t05", "全体居民人均可支配收入25360元", "25360元", 25360, "元", "exact", "level", "money", B, "2025"),
    ("t05", "25360元，增长6.3%", "6.3%", 6.3, "%", "exact", "change", "percent", B, "2025"),
    ("t05", "城镇居民人均可支配收入41870元", "41870元", 41870, "元", "exact", "level", "money", B, "2025"),
    ("t05", "41870元，增长4.8%", "4.8%", 4.8, "%", "exact", "change", "percent", B, "2025"),
    ("t05", "农村居民人均可支配收入18640元", "18640元", 18640, "元", "exact", "level", "money", B, "2025"),
    ("t05", "18640元，增长7.6%", "7.6%", 7.6, "%", "exact", "change", "percent", B, "2025"),
]

MANIFEST = [("t01", "2026-01-16", "泸定县融媒体中心"), ("t02", "2026-02-12", "甘孜日报"),
            ("t03", "2026-01-28", "甘孜日报"), ("t04", "2026-02-09", "紫云苗族布依族自治县财政局"),
            ("t05", "2026-03-18", "丹巴县统计局")]

# --------------------------------------------------------------------------------------------- the damage


def wrap_whole(para: str, width: int) -> list[str]:
    """Cut a paragraph into lines of at most `width` characters, never inside a number (a number is one token)."""
    tokens = [m.group() for m in re.finditer(r"\d+(?:\.\d+)?%?|.", para)]
    out, cur = [], ""
    for tok in tokens:
        if cur and len(cur) + len(tok) > width:
            out.append(cur)
            cur = ""
        cur += tok
    return out + [cur] if cur else out


def damage_t01() -> bytes:
    """Every paragraph without its spaces; the table one cell a line (each cell followed by a line break)."""
    cells = [c.replace(" ", "") for r in T01_TABLE for c in r]
    text = T01.replace(" ", "").replace("@TABLE\n", "".join(c + "\n" for c in cells))
    return text.encode("utf-8")


def damage_t02() -> bytes:
    """Each page wrapped at 22 (its headline a line of its own), then the two pages' lines taken in turn."""
    def lines_of(page: str) -> list[str]:
        return [ln for para in page.splitlines() for ln in wrap_whole(para, 22)]
    left, right = lines_of(T02_L), lines_of(T02_R)
    out: list[str] = []
    for i in range(max(len(left), len(right))):
        out += ([left[i]] if i < len(left) else []) + ([right[i]] if i < len(right) else [])
    return ("\n".join(out) + "\n").encode("utf-8")


def damage_t03() -> bytes:
    """The page 1 head, the lead's first half with its jump line, the two items, the page 3 head, the lead's
    second half behind its continuation line."""
    parts = [T03_HEAD1, T03_A1 + "（下转第3版）", T03_B, T03_C, "", T03_HEAD3, "（上接第1版）" + T03_A2]
    return ("\n".join(parts) + "\n").encode("utf-8")


def excel_cell(cell: str, percent: bool) -> str:
    """A cell as Excel shows it: a percent with one decimal; a number of more than six digits in a narrow column
    in scientific form; else thousands commas and two decimals, negatives in parentheses (accounting format)."""
    if percent:
        return f"{float(cell):.1f}%"
    if not re.fullmatch(r"-?\d+", cell):
        return cell
    n = int(cell)
    if n >= 100000 and n % 1000 == 0:  # the narrow 2025年 column of sheet 2
        mant, exp = f"{n:.2E}".split("E")
        return f"{mant}E+{int(exp):02d}"
    shown = f"{abs(n):,.2f}"
    return f"({shown})" if n < 0 else shown


def shown_sheets() -> tuple[list[list[str]], list[list[str]]]:
    """The two sheets' cells as Excel shows them (sheet 1's last column and sheet 2's last are percents)."""
    s1 = [T04_S1[0]] + [[r[0]] + [excel_cell(c, i == 4) for i, c in enumerate(r[1:], start=1)] for r in T04_S1[1:]]
    s2 = [T04_S2[0]] + [r[:2] + [excel_cell(r[2], False), excel_cell(r[3], True)] for r in T04_S2[1:]]
    return s1, s2


def damage_t04() -> bytes:
    """The title, the 千元 unit line, sheet 1 tab-separated in Excel's formats; then sheet 2 the same way."""
    s1, s2 = shown_sheets()
    out = [T04_TITLE, "单位：千元"] + ["\t".join(r) for r in s1] + ["", T04_S2_TITLE] + ["\t".join(r) for r in s2]
    return ("\r\n".join(out) + "\r\n").encode("utf-8")


OCR_SWAP = {"，": ",", "。": ".", "；": ";", "：": ":", "（": "(", "）": ")", "%": "％"}


def damage_t05() -> bytes:
    """The unreadable points first (。 to ， inside three numbers), then the punctuation swapped, then every
    paragraph cut at a fixed width wherever that falls; one cut must fall inside 丹巴县."""
    text = T05
    for num in T05_UNREADABLE:
        text = sub(text, num, num.replace(".", "\x00"))
    for a, b in OCR_SWAP.items():
        text = text.replace(a, b)
    text = text.replace("\x00", "，")
    lines = _d17.wrap(text, T05_WIDTH)
    assert any(a.endswith("丹") and b.startswith("巴县") for a, b in zip(lines, lines[1:], strict=False)), "no cut in 丹巴县"
    return ("\n".join(lines) + "\n").encode("utf-8")


def clean_of(doc: str) -> str:
    """The clean text a figure's context is looked up in (a table row's cells joined by |)."""
    def table(rows: list[list[str]]) -> str:
        return "\n".join("|".join(r) for r in rows) + "\n"
    t01 = T01.replace("@TABLE\n", table(T01_TABLE)).replace(" ", "")
    t03 = "\n".join([T03_HEAD1, T03_A1, T03_B, T03_C, T03_HEAD3, T03_A2])
    s1, s2 = shown_sheets()
    t04 = "\n".join([T04_TITLE, table(s1), T04_S2_TITLE, table(s2)])
    return {"t01": t01, "t02": T02_L + T02_R, "t03": t03, "t04": t04, "t05": T05}[doc]


def main() -> None:
    """Write the texts, the manifest and the gold (damaged17's write_set)."""
    built = {"t01": damage_t01(), "t02": damage_t02(), "t03": damage_t03(), "t04": damage_t04(),
             "t05": damage_t05()}
    _d17.write_set(OUT, "damaged23", built, MANIFEST, F, clean_of, _d17.high_row)


if __name__ == "__main__":
    main()
