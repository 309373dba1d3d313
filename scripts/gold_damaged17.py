"""Build data/gold/damaged17: five news texts of our own, written clean, then damaged by code the way PDF
extractors damage pages in ways earlier damaged sets used little or not at all.

- x01 (建德市, jobs): Kangxi radical glyphs (⼈ ⽇ ⾏ ⼯ ⼀ …) and CJK compatibility ideographs (率 年 不) in place of the
  unified ones, full-width and half-width digits and points mixed inside one number; saved as UTF-8 with BOM and CRLF.
- x02 (锦屏县, beds): footnote marks (①②, ¹²³) glued to numbers, some right before a number (床位¹2036张 must not
  read 12036), a running head and a foot whose date (2026年3月5日 星期四) is not any figure's period, Latin words
  hyphenated at line ends and a year range (2026-2027年) cut at its hyphen; lines wrapped at a fixed width.
- x03 (宁蒗彝族自治县 | 永胜县): two articles set in two columns, read across: each line is the left column's line, one
  space, the right column's line.
- x04 (乐业县, money): lines cut at a fixed width wherever it falls (through 亿元, 万人, 百分点), a table flattened to
  one cell a line; saved in GBK.
- x05 (云和县, stats): every line twice, once from the text layer and once from an OCR layer (the OCR copy with its
  own slips), and private use area code points (U+E000…) where the font had no mapping for a digit or a unit; a
  figure with such a code point has no readable value and is not in the gold (a reading of it is a false positive).

The gold is written from the hand annotation below (each figure: the clean sentence it is in, its quote and fields
per /work/shared/gold/GUIDE.md), never from what stats extracts. A figure repeated by the OCR layer is one figure (as
damaged14 labels a repeated layer).

    .venv/bin/python scripts/gold_damaged17.py      # writes data/gold/damaged17/{texts,damaged17.jsonl}
"""

# ruff: noqa: E501  (the clean texts are one paragraph a line, as written)

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "data" / "gold" / "damaged17"

# --------------------------------------------------------------------------------------------- clean texts

X01 = """建德市2025年城镇新增就业1.36万人
本报讯（记者 周雨桐 通讯员 方建华）1月20日，记者从建德市人力资源和社会保障局获悉，2025年，全市城镇新增就业1.36万人，完成年度目标任务的113.3%；城镇失业人员再就业3120人，就业困难人员实现就业865人，年末城镇登记失业率为1.9%，比上年下降0.2个百分点。
全年共举办“春风行动”“民营企业招聘月”等各类招聘活动126场，参会企业4380家（次），提供就业岗位6.2万个，达成就业意向1.85万人。其中，线上直播带岗38场，观看人数超过46万人次。
创业方面，全年发放创业担保贷款2.64亿元，同比增长18.4%，扶持创业1690人，带动就业5270人；新建大学生创业园2个，入驻项目73个。全市发放各类就业补贴资金8960万元，惠及企业1320家、个人2.1万人次。
技能培训方面，全年开展职业技能培训2.38万人次，新增技能人才6150人，其中高技能人才2040人，全市技能人才总量达到11.7万人。
2026年，建德市计划实现城镇新增就业1.2万人以上，城镇调查失业率控制在5%以内，力争开展职业技能培训2万人次。
"""

X02 = """锦屏县医疗卫生机构床位突破2000张
本报讯（记者 杨秀梅 通讯员 龙再林）3月3日，记者从锦屏县卫生健康局获悉，截至2025年底，全县共有医疗卫生机构186个，医疗卫生机构床位2036张，比上年末增加148张，增长7.8%；每千常住人口床位数6.12张。全县卫生技术人员2410人，其中执业（助理）医师836人、注册护士1052人，每千常住人口执业（助理）医师2.51人。
2025年，县人民医院外科综合楼建成投用，总投资2.85亿元，建筑面积3.6万平方米，新增床位300张，医院编制床位达到680张，其中重症医学科床位24张。医院同步上线“互联网医院”（Internet Hospital）和远程会诊平台，引进PET-CT等设备。县中医医院康复大楼完成主体工程，预计2026年6月投用，届时将新增床位120张。
基层方面，全县15个乡镇卫生院全部达到国家“优质服务基层行”基本标准，其中4个达到推荐标准；村卫生室达到168个，乡村医生312名。
2025年全县卫生健康总支出4.26亿元，同比增长6.3%；县级医院门急诊38.6万人次，出院病人2.74万人次，床位使用率达到86.4%。
根据《锦屏县“十四五”卫生健康事业发展规划》，到2025年底全县每千常住人口床位数达到6.0张以上的目标已提前完成。下一步，该县计划在2026-2027年再投入1.5亿元，新增养老服务床位260张。
"""

X03_L = """宁蒗县前11月转移就业9.8万人
本报讯（记者 和丽娟）记者从宁蒗彝族自治县人社局获悉，今年1至11月，全县农村劳动力转移就业9.8万人，其中省外务工4.6万人，实现劳务收入28.4亿元，同比增长9.6%，人均劳务收入约2.9万元。全县共开展劳务协作对接活动42场，组织“点对点”包车输送务工人员3860人。
今年以来，全县新增城镇就业1420人，城镇登记失业率控制在3.2%以内；开展农村劳动力技能培训6800人次，认定就业帮扶车间21个，吸纳就业1150人，其中脱贫人口480人。
"""

X03_R = """永胜县人民医院新院区开诊
本报讯（通讯员 杨春花）12月15日，永胜县人民医院新院区正式开诊。新院区总投资5.6亿元，占地面积120亩，建筑面积9.8万平方米，设置床位800张，比老院区增加350张，其中重症医学科床位30张、儿科床位62张。
新院区开设临床科室38个，配备医护人员960名，引进大型医疗设备46台（套），设备总值1.25亿元。至此，全县医疗卫生机构床位达到3120张，每千常住人口床位数6.8张。
"""

X04 = """乐业县2025年财政预算执行情况
2025年，全县一般公共预算收入完成3.68亿元，为预算的102.6%，比上年增长4.5%；其中税收收入2.14亿元，增长3.1%，税收收入占一般公共预算收入的比重为58.2%，比上年提高1.3个百分点。全县一般公共预算支出完成24.75亿元，增长2.8%。其中民生支出20.63亿元，占一般公共预算支出的83.4%。
全年争取上级转移支付补助资金19.86亿元，新增政府债券资金5.2亿元，其中专项债券3.9亿元，支持重点项目27个。就业方面，全年拨付就业补助资金2860万元，城镇新增就业1080人，农村劳动力转移就业7.35万人，新增转移就业2130人。
@TABLE
2026年预算安排：全县一般公共预算收入预期增长5%，一般公共预算支出安排23.6亿元。
"""

X04_TABLE = ["表1 2025年乐业县部分民生支出情况", "项目", "支出（万元）", "增长（%）",
             "教育", "46820", "3.6", "社会保障和就业", "38540", "5.2", "卫生健康", "27960", "-1.8",
             "农林水", "52310", "6.4"]

X05 = """前三季度云和县经济运行情况
前三季度，全县实现地区生产总值（GDP）98.6亿元，按可比价格计算，同比增长6.4%。其中，第一产业增加值4.12亿元，增长3.5%；第二产业增加值40.37亿元，增长7.8%；第三产业增加值54.11亿元，增长5.6%。
全县规模以上工业企业168家，实现规上工业增加值21.45亿元，增长9.2%；其中木制玩具行业产值46.8亿元，增长11.3%。全县固定资产投资同比增长8.6%，社会消费品零售总额36.24亿元，增长4.9%。限额以上批发零售业销售额PUA1亿元，增长7.2%。
全县居民人均可支配收入42368元，同比增长5.9%；城镇居民人均可支配收入54120元，增长5.1%；农村居民人均可支配收入28960元，增长6.8%。农村居民人均消费支出PUA2元，增长4.4%。
全县接待游客568.3万人次，增长12.4%；实现旅游总收入PUA3，增长10.6%。城镇新增就业3860人，新增市场主体PUA4户。截至9月底，全县养老服务床位1420张，每千名老人拥有养老床位48.5张。
"""

# the private use code points that stand for digits and units in x05 (the text layer of a subset font with no
# ToUnicode entry for those glyphs); none of these figures has a readable value
PUA = {"PUA1": "5\ue0137.38", "PUA2": "\ue02121\ue0236", "PUA3": "63.5\ue040\ue041", "PUA4": "1\ue0238\ue015"}

# --------------------------------------------------------------------------------------------- hand annotation

# (doc, the clean sentence stretch that holds the figure, quote, value, measure, qualifier, role, topic, place,
# period, tier); the stretch is the gold's context
F = [
    # x01 建德市, published 2026-01-22
    ("x01", "建德市2025年城镇新增就业1.36万人", "1.36万人", 13600, "人", "exact", "level", "jobs", "建德市", "2025"),
    ("x01", "全市城镇新增就业1.36万人，完成", "1.36万人", 13600, "人", "exact", "level", "jobs", "建德市", "2025"),
    ("x01", "完成年度目标任务的113.3%", "113.3%", 113.3, "%", "exact", "level", "jobs", "建德市", "2025"),
    ("x01", "城镇失业人员再就业3120人", "3120人", 3120, "人", "exact", "level", "jobs", "建德市", "2025"),
    ("x01", "就业困难人员实现就业865人", "865人", 865, "人", "exact", "level", "jobs", "建德市", "2025"),
    ("x01", "年末城镇登记失业率为1.9%", "1.9%", 1.9, "%", "exact", "level", "jobs", "建德市", "2025"),
    ("x01", "比上年下降0.2个百分点", "0.2个百分点", 0.2, "百分点", "exact", "change", "jobs", "建德市", "2025"),
    ("x01", "各类招聘活动126场", "126场", 126, "场", "exact", "level", "jobs", "建德市", "2025"),
    ("x01", "参会企业4380家（次）", "4380家", 4380, "家", "exact", "level", "jobs", "建德市", "2025"),
    ("x01", "提供就业岗位6.2万个", "6.2万个", 62000, "个", "exact", "level", "jobs", "建德市", "2025"),
    ("x01", "达成就业意向1.85万人", "1.85万人", 18500, "人", "exact", "level", "jobs", "建德市", "2025"),
    ("x01", "线上直播带岗38场", "38场", 38, "场", "exact", "level", "jobs", "建德市", "2025"),
    ("x01", "观看人数超过46万人次", "超过46万人次", 460000, "人次", "lower_bound", "level", "other", "建德市", "2025"),
    ("x01", "发放创业担保贷款2.64亿元", "2.64亿元", 264000000, "元", "exact", "level", "money", "建德市", "2025"),
    ("x01", "同比增长18.4%", "18.4%", 18.4, "%", "exact", "change", "percent", "建德市", "2025"),
    ("x01", "扶持创业1690人", "1690人", 1690, "人", "exact", "level", "jobs", "建德市", "2025"),
    ("x01", "带动就业5270人", "5270人", 5270, "人", "exact", "level", "jobs", "建德市", "2025"),
    ("x01", "新建大学生创业园2个", "2个", 2, "个", "exact", "level", "other", "建德市", "2025"),
    ("x01", "入驻项目73个", "73个", 73, "个", "exact", "level", "other", "建德市", "2025"),
    ("x01", "就业补贴资金8960万元", "8960万元", 89600000, "元", "exact", "level", "money", "建德市", "2025"),
    ("x01", "惠及企业1320家", "1320家", 1320, "家", "exact", "level", "other", "建德市", "2025"),
    ("x01", "个人2.1万人次", "2.1万人次", 21000, "人次", "exact", "level", "other", "建德市", "2025"),
    ("x01", "开展职业技能培训2.38万人次", "2.38万人次", 23800, "人次", "exact", "level", "jobs", "建德市", "2025"),
    ("x01", "新增技能人才6150人", "6150人", 6150, "人", "exact", "level", "other", "建德市", "2025"),
    ("x01", "其中高技能人才2040人", "2040人", 2040, "人", "exact", "level", "other", "建德市", "2025"),
    ("x01", "技能人才总量达到11.7万人", "11.7万人", 117000, "人", "exact", "level", "other", "建德市", "2025"),
    ("x01", "计划实现城镇新增就业1.2万人以上", "1.2万人以上", 12000, "人", "lower_bound", "target", "jobs", "建德市",
     "2026"),
    ("x01", "城镇调查失业率控制在5%以内", "5%以内", 5, "%", "upper_bound", "target", "jobs", "建德市", "2026"),
    ("x01", "力争开展职业技能培训2万人次", "2万人次", 20000, "人次", "exact", "target", "jobs", "建德市", "2026"),
    # x02 锦屏县, published 2026-03-05
    ("x02", "锦屏县医疗卫生机构床位突破2000张", "突破2000张", 2000, "张", "lower_bound", "level", "beds", "锦屏县", "2025"),
    ("x02", "全县共有医疗卫生机构186个", "186个", 186, "个", "exact", "level", "other", "锦屏县", "2025"),
    ("x02", "医疗卫生机构床位2036张", "2036张", 2036, "张", "exact", "level", "beds", "锦屏县", "2025"),
    ("x02", "比上年末增加148张", "148张", 148, "张", "exact", "change", "beds", "锦屏县", "2025"),
    ("x02", "增加148张，增长7.8%", "7.8%", 7.8, "%", "exact", "change", "beds", "锦屏县", "2025"),
    ("x02", "每千常住人口床位数6.12张", "6.12张", 6.12, "张", "exact", "level", "beds", "锦屏县", "2025"),
    ("x02", "全县卫生技术人员2410人", "2410人", 2410, "人", "exact", "level", "other", "锦屏县", "2025"),
    ("x02", "执业（助理）医师836人", "836人", 836, "人", "exact", "level", "other", "锦屏县", "2025"),
    ("x02", "注册护士1052人", "1052人", 1052, "人", "exact", "level", "other", "锦屏县", "2025"),
    ("x02", "每千常住人口执业（助理）医师2.51人", "2.51人", 2.51, "人", "exact", "level", "other", "锦屏县", "2025"),
    ("x02", "总投资2.85亿元", "2.85亿元", 285000000, "元", "exact", "level", "money", "锦屏县", "2025"),
    ("x02", "建筑面积3.6万平方米", "3.6万平方米", 36000, "平方米", "exact", "level", "other", "锦屏县", "2025"),
    ("x02", "新增床位300张", "300张", 300, "张", "exact", "level", "beds", "锦屏县", "2025"),
    ("x02", "医院编制床位达到680张", "680张", 680, "张", "exact", "level", "beds", "锦屏县", "2025"),
    ("x02", "重症医学科床位24张", "24张", 24, "张", "exact", "level", "beds", "锦屏县", "2025"),
    ("x02", "届时将新增床位120张", "120张", 120, "张", "exact", "target", "beds", "锦屏县", "2026-06"),
    ("x02", "全县15个乡镇卫生院", "15个", 15, "个", "exact", "level", "other", "锦屏县", "2025"),
    ("x02", "其中4个达到推荐标准", "4个", 4, "个", "exact", "level", "other", "锦屏县", "2025"),
    ("x02", "村卫生室达到168个", "168个", 168, "个", "exact", "level", "other", "锦屏县", "2025"),
    ("x02", "乡村医生312名", "312名", 312, "名", "exact", "level", "other", "锦屏县", "2025"),
    ("x02", "卫生健康总支出4.26亿元", "4.26亿元", 426000000, "元", "exact", "level", "money", "锦屏县", "2025"),
    ("x02", "同比增长6.3%", "6.3%", 6.3, "%", "exact", "change", "percent", "锦屏县", "2025"),
    ("x02", "县级医院门急诊38.6万人次", "38.6万人次", 386000, "人次", "exact", "level", "other", "锦屏县", "2025"),
    ("x02", "出院病人2.74万人次", "2.74万人次", 27400, "人次", "exact", "level", "other", "锦屏县", "2025"),
    ("x02", "床位使用率达到86.4%", "86.4%", 86.4, "%", "exact", "level", "percent", "锦屏县", "2025"),
    ("x02", "每千常住人口床位数达到6.0张以上的目标", "6.0张以上", 6.0, "张", "lower_bound", "target", "beds", "锦屏县",
     "2025"),
    ("x02", "2026-2027年再投入1.5亿元", "1.5亿元", 150000000, "元", "exact", "target", "money", "锦屏县", "2026-2027"),
    ("x02", "新增养老服务床位260张", "260张", 260, "张", "exact", "target", "beds", "锦屏县", "2026-2027"),
    # x03 宁蒗彝族自治县 (left column) and 永胜县 (right column), published 2025-12-18
    ("x03", "宁蒗县前11月转移就业9.8万人", "9.8万人", 98000, "人", "exact", "level", "jobs", "宁蒗彝族自治县",
     "2025M01-M11"),
    ("x03", "全县农村劳动力转移就业9.8万人", "9.8万人", 98000, "人", "exact", "level", "jobs", "宁蒗彝族自治县",
     "2025M01-M11"),
    ("x03", "其中省外务工4.6万人", "4.6万人", 46000, "人", "exact", "level", "jobs", "宁蒗彝族自治县", "2025M01-M11"),
    ("x03", "实现劳务收入28.4亿元", "28.4亿元", 2840000000, "元", "exact", "level", "money", "宁蒗彝族自治县",
     "2025M01-M11"),
    ("x03", "同比增长9.6%", "9.6%", 9.6, "%", "exact", "change", "percent", "宁蒗彝族自治县", "2025M01-M11"),
    ("x03", "人均劳务收入约2.9万元", "约2.9万元", 29000, "元", "approx", "level", "money", "宁蒗彝族自治县",
     "2025M01-M11"),
    ("x03", "劳务协作对接活动42场", "42场", 42, "场", "exact", "level", "jobs", "宁蒗彝族自治县", "2025M01-M11"),
    ("x03", "包车输送务工人员3860人", "3860人", 3860, "人", "exact", "level", "jobs", "宁蒗彝族自治县", "2025M01-M11"),
    ("x03", "全县新增城镇就业1420人", "1420人", 1420, "人", "exact", "level", "jobs", "宁蒗彝族自治县", "2025"),
    ("x03", "城镇登记失业率控制在3.2%以内", "3.2%以内", 3.2, "%", "upper_bound", "level", "jobs", "宁蒗彝族自治县",
     "2025"),
    ("x03", "农村劳动力技能培训6800人次", "6800人次", 6800, "人次", "exact", "level", "jobs", "宁蒗彝族自治县", "2025"),
    ("x03", "认定就业帮扶车间21个", "21个", 21, "个", "exact", "level", "other", "宁蒗彝族自治县", "2025"),
    ("x03", "吸纳就业1150人", "1150人", 1150, "人", "exact", "level", "jobs", "宁蒗彝族自治县", "2025"),
    ("x03", "其中脱贫人口480人", "480人", 480, "人", "exact", "level", "jobs", "宁蒗彝族自治县", "2025"),
    ("x03", "新院区总投资5.6亿元", "5.6亿元", 560000000, "元", "exact", "level", "money", "永胜县", "2025"),
    ("x03", "占地面积120亩", "120亩", 120, "亩", "exact", "level", "other", "永胜县", "2025"),
    ("x03", "建筑面积9.8万平方米", "9.8万平方米", 98000, "平方米", "exact", "level", "other", "永胜县", "2025"),
    ("x03", "设置床位800张", "800张", 800, "张", "exact", "level", "beds", "永胜县", "2025"),
    ("x03", "比老院区增加350张", "350张", 350, "张", "exact", "change", "beds", "永胜县", "2025"),
    ("x03", "重症医学科床位30张", "30张", 30, "张", "exact", "level", "beds", "永胜县", "2025"),
    ("x03", "儿科床位62张", "62张", 62, "张", "exact", "level", "beds", "永胜县", "2025"),
    ("x03", "开设临床科室38个", "38个", 38, "个", "exact", "level", "other", "永胜县", "2025"),
    ("x03", "配备医护人员960名", "960名", 960, "名", "exact", "level", "other", "永胜县", "2025"),
    ("x03", "引进大型医疗设备46台（套）", "46台", 46, "台", "exact", "level", "other", "永胜县", "2025"),
    ("x03", "设备总值1.25亿元", "1.25亿元", 125000000, "元", "exact", "level", "money", "永胜县", "2025"),
    ("x03", "全县医疗卫生机构床位达到3120张", "3120张", 3120, "张", "exact", "level", "beds", "永胜县", "2025"),
    ("x03", "每千常住人口床位数6.8张", "6.8张", 6.8, "张", "exact", "level", "beds", "永胜县", "2025"),
    # x04 乐业县, published 2026-02-10
    ("x04", "一般公共预算收入完成3.68亿元", "3.68亿元", 368000000, "元", "exact", "level", "money", "乐业县", "2025"),
    ("x04", "为预算的102.6%", "102.6%", 102.6, "%", "exact", "level", "percent", "乐业县", "2025"),
    ("x04", "比上年增长4.5%", "4.5%", 4.5, "%", "exact", "change", "percent", "乐业县", "2025"),
    ("x04", "其中税收收入2.14亿元", "2.14亿元", 214000000, "元", "exact", "level", "money", "乐业县", "2025"),
    ("x04", "2.14亿元，增长3.1%", "3.1%", 3.1, "%", "exact", "change", "percent", "乐业县", "2025"),
    ("x04", "比重为58.2%", "58.2%", 58.2, "%", "exact", "level", "percent", "乐业县", "2025"),
    ("x04", "比上年提高1.3个百分点", "1.3个百分点", 1.3, "百分点", "exact", "change", "percent", "乐业县", "2025"),
    ("x04", "一般公共预算支出完成24.75亿元", "24.75亿元", 2475000000, "元", "exact", "level", "money", "乐业县", "2025"),
    ("x04", "24.75亿元，增长2.8%", "2.8%", 2.8, "%", "exact", "change", "percent", "乐业县", "2025"),
    ("x04", "其中民生支出20.63亿元", "20.63亿元", 2063000000, "元", "exact", "level", "money", "乐业县", "2025"),
    ("x04", "占一般公共预算支出的83.4%", "83.4%", 83.4, "%", "exact", "level", "percent", "乐业县", "2025"),
    ("x04", "转移支付补助资金19.86亿元", "19.86亿元", 1986000000, "元", "exact", "level", "money", "乐业县", "2025"),
    ("x04", "新增政府债券资金5.2亿元", "5.2亿元", 520000000, "元", "exact", "level", "money", "乐业县", "2025"),
    ("x04", "其中专项债券3.9亿元", "3.9亿元", 390000000, "元", "exact", "level", "money", "乐业县", "2025"),
    ("x04", "支持重点项目27个", "27个", 27, "个", "exact", "level", "other", "乐业县", "2025"),
    ("x04", "拨付就业补助资金2860万元", "2860万元", 28600000, "元", "exact", "level", "money", "乐业县", "2025"),
    ("x04", "城镇新增就业1080人", "1080人", 1080, "人", "exact", "level", "jobs", "乐业县", "2025"),
    ("x04", "农村劳动力转移就业7.35万人", "7.35万人", 73500, "人", "exact", "level", "jobs", "乐业县", "2025"),
    ("x04", "新增转移就业2130人", "2130人", 2130, "人", "exact", "level", "jobs", "乐业县", "2025"),
    ("x04", "教育\n46820", "46820", 468200000, "元", "exact", "level", "money", "乐业县", "2025"),
    ("x04", "46820\n3.6", "3.6", 3.6, "%", "exact", "change", "percent", "乐业县", "2025"),
    ("x04", "社会保障和就业\n38540", "38540", 385400000, "元", "exact", "level", "money", "乐业县", "2025"),
    ("x04", "38540\n5.2", "5.2", 5.2, "%", "exact", "change", "percent", "乐业县", "2025"),
    ("x04", "卫生健康\n27960", "27960", 279600000, "元", "exact", "level", "money", "乐业县", "2025"),
    ("x04", "27960\n-1.8", "-1.8", -1.8, "%", "exact", "change", "percent", "乐业县", "2025"),
    ("x04", "农林水\n52310", "52310", 523100000, "元", "exact", "level", "money", "乐业县", "2025"),
    ("x04", "52310\n6.4", "6.4", 6.4, "%", "exact", "change", "percent", "乐业县", "2025"),
    ("x04", "一般公共预算收入预期增长5%", "5%", 5, "%", "exact", "target", "percent", "乐业县", "2026"),
    ("x04", "一般公共预算支出安排23.6亿元", "23.6亿元", 2360000000, "元", "exact", "target", "money", "乐业县", "2026"),
    # x05 云和县, published 2025-10-28
    ("x05", "地区生产总值（GDP）98.6亿元", "98.6亿元", 9860000000, "元", "exact", "level", "money", "云和县", "2025Q1-Q3"),
    ("x05", "同比增长6.4%", "6.4%", 6.4, "%", "exact", "change", "percent", "云和县", "2025Q1-Q3"),
    ("x05", "第一产业增加值4.12亿元", "4.12亿元", 412000000, "元", "exact", "level", "money", "云和县", "2025Q1-Q3"),
    ("x05", "4.12亿元，增长3.5%", "3.5%", 3.5, "%", "exact", "change", "percent", "云和县", "2025Q1-Q3"),
    ("x05", "第二产业增加值40.37亿元", "40.37亿元", 4037000000, "元", "exact", "level", "money", "云和县", "2025Q1-Q3"),
    ("x05", "40.37亿元，增长7.8%", "7.8%", 7.8, "%", "exact", "change", "percent", "云和县", "2025Q1-Q3"),
    ("x05", "第三产业增加值54.11亿元", "54.11亿元", 5411000000, "元", "exact", "level", "money", "云和县", "2025Q1-Q3"),
    ("x05", "54.11亿元，增长5.6%", "5.6%", 5.6, "%", "exact", "change", "percent", "云和县", "2025Q1-Q3"),
    ("x05", "全县规模以上工业企业168家", "168家", 168, "家", "exact", "level", "other", "云和县", "2025Q1-Q3"),
    ("x05", "规上工业增加值21.45亿元", "21.45亿元", 2145000000, "元", "exact", "level", "money", "云和县", "2025Q1-Q3"),
    ("x05", "21.45亿元，增长9.2%", "9.2%", 9.2, "%", "exact", "change", "percent", "云和县", "2025Q1-Q3"),
    ("x05", "木制玩具行业产值46.8亿元", "46.8亿元", 4680000000, "元", "exact", "level", "money", "云和县", "2025Q1-Q3"),
    ("x05", "46.8亿元，增长11.3%", "11.3%", 11.3, "%", "exact", "change", "percent", "云和县", "2025Q1-Q3"),
    ("x05", "固定资产投资同比增长8.6%", "8.6%", 8.6, "%", "exact", "change", "percent", "云和县", "2025Q1-Q3"),
    ("x05", "社会消费品零售总额36.24亿元", "36.24亿元", 3624000000, "元", "exact", "level", "money", "云和县",
     "2025Q1-Q3"),
    ("x05", "36.24亿元，增长4.9%", "4.9%", 4.9, "%", "exact", "change", "percent", "云和县", "2025Q1-Q3"),
    ("x05", "增长7.2%", "7.2%", 7.2, "%", "exact", "change", "percent", "云和县", "2025Q1-Q3"),
    ("x05", "全县居民人均可支配收入42368元", "42368元", 42368, "元", "exact", "level", "money", "云和县", "2025Q1-Q3"),
    ("x05", "42368元，同比增长5.9%", "5.9%", 5.9, "%", "exact", "change", "percent", "云和县", "2025Q1-Q3"),
    ("x05", "城镇居民人均可支配收入54120元", "54120元", 54120, "元", "exact", "level", "money", "云和县", "2025Q1-Q3"),
    ("x05", "54120元，增长5.1%", "5.1%", 5.1, "%", "exact", "change", "percent", "云和县", "2025Q1-Q3"),
    ("x05", "农村居民人均可支配收入28960元", "28960元", 28960, "元", "exact", "level", "money", "云和县", "2025Q1-Q3"),
    ("x05", "28960元，增长6.8%", "6.8%", 6.8, "%", "exact", "change", "percent", "云和县", "2025Q1-Q3"),
    ("x05", "增长4.4%", "4.4%", 4.4, "%", "exact", "change", "percent", "云和县", "2025Q1-Q3"),
    ("x05", "全县接待游客568.3万人次", "568.3万人次", 5683000, "人次", "exact", "level", "other", "云和县", "2025Q1-Q3"),
    ("x05", "568.3万人次，增长12.4%", "12.4%", 12.4, "%", "exact", "change", "percent", "云和县", "2025Q1-Q3"),
    ("x05", "增长10.6%", "10.6%", 10.6, "%", "exact", "change", "percent", "云和县", "2025Q1-Q3"),
    ("x05", "城镇新增就业3860人", "3860人", 3860, "人", "exact", "level", "jobs", "云和县", "2025Q1-Q3"),
    ("x05", "全县养老服务床位1420张", "1420张", 1420, "张", "exact", "level", "beds", "云和县", "2025-09"),
    ("x05", "每千名老人拥有养老床位48.5张", "48.5张", 48.5, "张", "exact", "level", "beds", "云和县", "2025-09"),
]

MANIFEST = [("x01", "2026-01-22", "杭州日报"), ("x02", "2026-03-05", "黔东南日报"), ("x03", "2025-12-18", "丽江日报"),
            ("x04", "2026-02-10", "乐业县财政局"), ("x05", "2025-10-28", "云和县统计局")]

# --------------------------------------------------------------------------------------------- the damage


def wrap(text: str, width: int) -> list[str]:
    """Cut every paragraph into lines of `width` characters wherever that falls, as a fixed-width text box does."""
    out: list[str] = []
    for para in text.splitlines():
        out.extend(para[i:i + width] for i in range(0, len(para), width))
    return out


def sub(text: str, old: str, new: str, count: int = 1) -> str:
    """Replace `old` exactly `count` times (and fail loudly where the clean text changed under the damage)."""
    assert text.count(old) == count, (old, text.count(old))
    return text.replace(old, new)


KANGXI = {"人": "\u2f08", "日": "\u2f47", "行": "\u2f8f", "工": "\u2f2f", "一": "\u2f00", "大": "\u2f24",
          "力": "\u2f12", "月": "\u2f49", "生": "\u2f63", "入": "\u2f0a", "高": "\u2fbc", "比": "\u2f50"}
COMPAT = {"率": "\uf961", "年": "\uf98e", "不": "\uf967"}


def damage_x01(text: str) -> bytes:
    """Radical and compatibility glyphs from a subset font's ToUnicode table, digits of two widths in one number."""
    for old, new in [("1.36万人，完成", "１.36万⼈，完成"), ("113.3%", "１１3.3％"), ("3120人", "3１20人"),
                     ("6.2万个", "６．2万个"), ("2.64亿元", "2.6４亿元"), ("8960万元", "89６0万元"),
                     ("2.38万人次", "2．38万人次"), ("11.7万人", "１1.7万人"), ("5%以内", "５%以内")]:
        text = sub(text, old, new)
    lines = text.splitlines()
    out = [lines[0]]
    for line in lines[1:]:  # the body font: every 人 日 行 工 一, every other one of the rest, is a radical
        seen: dict[str, int] = {}
        chars = []
        for ch in line:
            if ch in KANGXI:
                seen[ch] = seen.get(ch, 0) + 1
                if ch in "人日行工一" or seen[ch] % 2:
                    ch = KANGXI[ch]
            elif ch in COMPAT:
                ch = COMPAT[ch]
            chars.append(ch)
        out.append("".join(chars))
    return ("\ufeff" + "\r\n".join(out) + "\r\n").encode("utf-8")


def damage_x02(text: str) -> bytes:
    """Footnote marks glued on both sides of numbers, a running head and foot mid-paragraph, line-end hyphens."""
    for old, new in [("医疗卫生机构186个", "医疗卫生机构186个①"), ("机构床位2036张", "机构床位¹2036张"),
                     ("增长7.8%", "增长7.8%²"), ("床位数6.12张。", "床位数①6.12张。"),
                     ("医师2.51人", "医师2.51人②"), ("总投资2.85亿元", "总投资²2.85亿元"),
                     ("总支出4.26亿元", "总支出4.26亿元³"), ("门急诊38.6万人次", "门急诊③38.6万人次"),
                     ("床位数达到6.0张", "床位数达到6.0张④")]:
        text = sub(text, old, new)
    lines = wrap(text, 18)
    out: list[str] = []
    for i, line in enumerate(lines):
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        # a word or number the fixed width cut: Latin gets the typesetter's hyphen, a range keeps its own
        if line[-1:].isascii() and line[-1:].islower() and nxt[:1].isascii() and nxt[:1].islower():
            line += "-"
        out.append(line)
        if i == 11:
            out += ["", "4", "黔东南日报 2026年3月5日 星期四", "", "黔东南日报 2026年3月5日 星期四 05版 卫生健康", ""]
    out += ["", "责任编辑：吴倩 校对：潘红 2026-03-05 星期四", "5"]
    return ("\n".join(out) + "\n").encode("utf-8")


def damage_x03(left: str, right: str) -> bytes:
    """Two columns of 17 characters read across: left line, a space, right line (a short column padded blank)."""
    ll, rl = wrap(left, 17), wrap(right, 17)
    n = max(len(ll), len(rl))
    ll += [""] * (n - len(ll))
    rl += [""] * (n - len(rl))
    lines = [(a + " " + b).strip() for a, b in zip(ll, rl, strict=True)]
    return ("丽江日报 2025年12月18日 星期四 第2版 县域\n" + "\n".join(lines) + "\n").encode("utf-8")


def damage_x04(text: str) -> bytes:
    """Fixed widths (20 for the first text box, 21 for the next) cut through 亿|元, 万|人, 百分|点; the table is
    one cell a line; GBK."""
    head, tail = text.split("@TABLE\n")
    paras = head.splitlines()
    lines = wrap("\n".join(paras[:2]), 20) + wrap("\n".join(paras[2:]), 21) + X04_TABLE + wrap(tail, 21)
    return ("\n".join(lines) + "\n").encode("gbk")


OCR = [("。", "."), ("98.6亿", "98.6乙"), ("40.37", "4O.37"), ("168家", "l68家"), ("21.45", "2l.45"),
       ("42368", "42368"), ("54120", "5412O"), ("28960", "2896O"), ("3860人", "386O人"), ("1420张", "l420张")]


def damage_x05(text: str) -> bytes:
    """Each line from the text layer, then the same line from the OCR layer (the PUA glyphs read as the OCR saw
    them, its own slips made)."""
    for key, pua in PUA.items():
        text = text.replace(key, pua)
    out: list[str] = []
    for line in wrap(text, 26):
        # the OCR layer reads a blot where the text layer has no mapping
        ocr = re.sub("[\ue000-\uf8ff]", "■", line)
        for old, new in OCR:
            ocr = ocr.replace(old, new)
        out += [line, ocr]
    return ("\n".join(out) + "\n").encode("utf-8")


def clean_of(doc: str) -> str:
    """The clean text a figure's context is looked up in."""
    return {"x01": X01, "x02": X02, "x03": X03_L + X03_R, "x04": X04.replace("@TABLE\n", "\n".join(X04_TABLE) + "\n"),
            "x05": X05}[doc]


def write_set(out: Path, name: str, built: dict[str, bytes], manifest: list[tuple[str, str, str]],
              figures: list[tuple], clean_of: Callable[[str], str], row_of: Callable[..., dict]) -> None:
    """Write a damaged set's texts, manifest and gold (one copy for every gold_damaged script), checking each
    figure's stretch and quote against the clean text; --check prints every digit run no figure covers."""
    texts = out / "texts"
    texts.mkdir(parents=True, exist_ok=True)
    for doc, data in built.items():
        (texts / f"{doc}.txt").write_bytes(data)
    (texts / "manifest.csv").write_text("file,published,source\n" + "".join(
        f"{d}.txt,{p},{s}\n" for d, p, s in manifest), encoding="utf-8")
    rows = []
    for fig in figures:
        doc, ctx, quote = fig[:3]
        clean = clean_of(doc)
        assert clean.count(ctx) == 1, (doc, ctx, clean.count(ctx))
        assert quote in ctx, (doc, quote, ctx)
        rows.append(row_of(*fig))
    (out / f"{name}.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                                       encoding="utf-8")
    if "--check" in sys.argv:  # every digit run of the clean texts that no figure covers, to read by eye
        for doc, *_ in manifest:
            clean = clean_of(doc)
            covered: set[int] = set()
            for d, ctx, quote, *_ in figures:
                if d == doc:
                    s = clean.index(ctx) + ctx.index(quote)
                    covered.update(range(s, s + len(quote)))
            for m in re.finditer(r"\d+(?:\.\d+)?", clean):
                if not covered.intersection(range(m.start(), m.end())):
                    print(doc, m.group(), clean[max(0, m.start() - 8):m.end() + 4].replace("\n", "/"))
    print(len(rows), "figures;", {d: sum(r["doc"] == d for r in rows) for d, *_ in manifest})


def high_row(doc: str, ctx: str, quote: str, value: float | None, measure: str, qual: str, role: str, topic: str,
             place: str, period: str, *high: float) -> dict:
    """A gold row of a figure written (doc, context, quote, value, measure, qualifier, role, topic, place, period[,
    high end]): every figure must."""
    return {"doc": doc, "quote": quote, "value": value, "value_high": high[0] if high else None, "measure": measure,
            "qualifier": qual, "role": role, "topic": topic, "tier": "must", "context": ctx, "place": place,
            "period": period}


def _row17(doc: str, ctx: str, quote: str, value: float | None, measure: str, qual: str, role: str, topic: str,
           place: str, period: str) -> dict:
    """damaged17's gold row: its contexts are looked up across line breaks and written without them."""
    return high_row(doc, ctx.replace("\n", ""), quote, value, measure, qual, role, topic, place, period)


def main() -> None:
    """Write the texts, the manifest and the gold."""
    built = {"x01": damage_x01(X01), "x02": damage_x02(X02), "x03": damage_x03(X03_L, X03_R),
             "x04": damage_x04(X04), "x05": damage_x05(X05)}
    write_set(OUT, "damaged17", built, MANIFEST, F, clean_of, _row17)


if __name__ == "__main__":
    main()
