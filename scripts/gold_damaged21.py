"""Build data/gold/damaged21: five news texts of our own, written clean, then damaged by code the way copy-paste
and PDF or web extractors damage pages in ways earlier damaged sets used little or not at all.

- v01 (马边彝族自治县, jobs): a WeChat 公众号 article copied as text: the account's head (点击蓝字关注, its name, date
  and clock time), ▲ photo captions, emoji marks before list items and headings (📌 ✅ 👇 🔥), 来源：/编辑：/审核：
  lines, 长按识别二维码, 阅读原文 and the read counters, and a 往期推荐 list of other articles' headlines with numbers
  in them. Those headlines are links to other pages, not this text's figures: they are not in the gold (a reading
  of them is a false positive), as layout.yaml already treats a list of related pages.
- v02 (沐川县, beds): every Han character and every full-width punctuation mark followed by a space, numbers and
  Latin signs not (实 有 床 位 1260张 ， 增 长 7.3% 。), lines cut at a fixed width.
- v03 (叙永县, money): a page whose extractor put each sentence's end punctuation (。；！) at the start of the next
  line, every sentence a line of its own.
- v04 (盐津县, jobs): numbers printed with a thin space (U+2009) or a narrow no-break space (U+202F) as thousands
  separator (3 150人, 12 600万元, 1 286 400元), four-digit numbers in one text with and without it.
- v05 (屏边苗族自治县, stats): a bulletin whose table was exported as CSV lines: a header row, one row a line, cells
  separated by commas, numbers with a thousands comma quoted ("68,420"), an empty cell as "".

The gold is written from the hand annotation below (each figure: the clean sentence it is in, its quote and fields
per /work/shared/gold/GUIDE.md), never from what stats extracts.

    .venv/bin/python scripts/gold_damaged21.py      # writes data/gold/damaged21/{texts,damaged21.jsonl}
"""

# ruff: noqa: E501  (the clean texts are one paragraph a line, as written)

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# the checked replacement is damaged17's (one copy of it)
sys.path.insert(0, str(ROOT / "scripts"))
import gold_damaged17 as _d17  # noqa: E402

sub = _d17.sub
OUT = ROOT / "data" / "gold" / "damaged21"

# --------------------------------------------------------------------------------------------- clean texts

V01 = """马边去年城镇新增就业2460人！这份就业成绩单请查收
1月15日，记者从马边彝族自治县人力资源和社会保障局获悉，2025年全县城镇新增就业2460人，完成年度目标任务的108.6%，城镇失业人员再就业530人，就业困难人员实现就业176人，城镇登记失业率控制在3.6%。
稳岗扩岗
全年为企业发放稳岗返还资金386万元，惠及企业214家、职工1.12万人；发放一次性扩岗补助47万元，支持企业吸纳高校毕业生等青年就业320人。
▲2月举办的“春风行动”招聘会现场，58家企业带来岗位1950个
劳务输出
全县农村劳动力转移就业8.64万人，比上年增加2100人，其中省外转移就业3.95万人；脱贫劳动力务工就业3.27万人，务工收入达到21.8亿元，同比增长6.4%。全年开行返岗专车36趟，“点对点”输送务工人员1420人。
技能培训
全年开展职业技能培训7680人次，其中脱贫劳动力培训2940人次，培训后就业率达到82.5%；发放培训补贴905万元。新认定就业帮扶车间9个，吸纳就业410人。
▲县职业技能培训基地内，学员正在学习电工技能
今年目标
2026年，全县力争城镇新增就业2400人以上，农村劳动力转移就业稳定在8.5万人以上，开展职业技能培训7000人次以上。
"""

V01_TAIL = """来源：马边彝族自治县人力资源和社会保障局
编辑：阿依莫　审核：沙马拉且
长按识别二维码 关注我们
往期推荐
马边2025年地区生产总值增长5.8%
2.6亿元！马边10个重点项目集中开工
县人民医院新增床位200张 下月投用
阅读原文
阅读 2.3万　在看 64　点赞 218
"""

V02 = """沐川县每千人口床位数达6.35张
本报讯 2月10日，记者从沐川县卫生健康局了解到，截至2025年末，全县医疗卫生机构实有床位1260张，比上年末增加86张，增长7.3%；每千常住人口床位数6.35张，比上年提高0.46张。
全县共有医疗卫生机构236个，其中医院8个、基层医疗卫生机构224个；卫生技术人员1586人，其中执业（助理）医师598人、注册护士712人。
县人民医院住院综合楼去年投用，新增床位120张，总投资1.86亿元，建筑面积3.2万平方米。县中医医院、县妇幼保健院床位分别为280张和96张。全县养老机构床位1350张，其中护理型床位760张，占比56.3%。
全年总诊疗人次86.4万人次，增长3.9%；出院人数3.18万人次，病床使用率78.6%。
按照规划，2026年全县将新增医疗床位150张，到2027年每千常住人口床位数达到7张以上。
"""

V03 = """叙永县2025年财政收支情况
2025年，叙永县一般公共预算收入完成12.64亿元，同比增长5.2%。其中税收收入7.83亿元，增长3.6%；非税收入4.81亿元，增长7.9%。
全县一般公共预算支出完成48.26亿元，增长2.4%。民生支出38.7亿元，占一般公共预算支出的80.2%！教育支出9.46亿元，增长4.1%；社会保障和就业支出8.52亿元，增长6.3%；卫生健康支出5.38亿元，下降1.7%。
全年争取上级转移支付资金31.5亿元，比上年增加1.9亿元。发行新增专项债券6.8亿元，支持重点项目14个。
全县政府性基金预算收入完成9.27亿元，下降12.4%；政府性基金预算支出11.36亿元。
全年发放各类惠民惠农补贴资金4.62亿元，惠及群众26.8万人次。
2026年，全县一般公共预算收入预期增长5%左右，一般公共预算支出安排46亿元。
"""

V04 = """盐津县2025年城镇新增就业3150人
本报讯 1月22日，记者从盐津县人力资源和社会保障局获悉，2025年，全县城镇新增就业3150人，完成年度目标任务的112.5%；城镇失业人员再就业1086人，就业困难人员实现就业248人，年末城镇登记失业率3.4%。
全县农村劳动力转移就业12.85万人，其中县外转移就业8.16万人，脱贫劳动力务工就业41260人，务工收入达到36.4亿元。
全年发放创业担保贷款12600万元，同比增长15.6%，扶持创业1230人，带动就业3870人；向1024家企业发放稳岗返还资金1286400元。
全年开展职业技能培训15420人次，发放职业培训补贴2360万元；举办招聘会112场，提供就业岗位46800个，达成就业意向9540人。
2026年，全县将力争城镇新增就业3000人以上，农村劳动力转移就业稳定在12.5万人以上。
"""

V05_A = """屏边苗族自治县2025年国民经济和社会发展统计公报
2025年，全县实现地区生产总值86.42亿元，比上年增长5.6%。其中，第一产业增加值19.38亿元，增长4.2%；第二产业增加值21.75亿元，增长6.8%；第三产业增加值45.29亿元，增长5.5%。
年末全县常住人口15.82万人，城镇化率41.6%，比上年末提高1.2个百分点。
表1 2025年主要指标
"""
V05_T = [["指标", "单位", "2025年", "比上年增长（%）"],
         ["粮食总产量", "吨", "68,420", "2.1"],
         ["生猪出栏", "头", "126,500", "3.4"],
         ["社会消费品零售总额", "万元", "286,340", "5.1"],
         ["全体居民人均可支配收入", "元", "18,960", "6.2"],
         ["城镇居民人均可支配收入", "元", "36,480", "4.6"],
         ["农村居民人均可支配收入", "元", "14,210", "7.4"],
         ["接待游客", "万人次", "412.6", ""]]
V05_B = """年末全县共有医疗卫生机构142个，实有床位1085张，卫生技术人员1312人。全年新增城镇就业1860人。
"""

# --------------------------------------------------------------------------------------------- hand annotation

# (doc, the clean sentence stretch that holds the figure, quote, value, measure, qualifier, role, topic, place,
# period[, value_high]); the stretch is the gold's context
M = "马边彝族自治县"
MU = "沐川县"
X = "叙永县"
Y = "盐津县"
P = "屏边苗族自治县"
F: list[tuple] = [
    # v01 马边彝族自治县, published 2026-01-15 (the 往期推荐 headlines are other pages': not figures of this text)
    ("v01", "马边去年城镇新增就业2460人", "2460人", 2460, "人", "exact", "level", "jobs", M, "2025"),
    ("v01", "全县城镇新增就业2460人，完成", "2460人", 2460, "人", "exact", "level", "jobs", M, "2025"),
    ("v01", "完成年度目标任务的108.6%", "108.6%", 108.6, "%", "exact", "level", "jobs", M, "2025"),
    ("v01", "城镇失业人员再就业530人", "530人", 530, "人", "exact", "level", "jobs", M, "2025"),
    ("v01", "就业困难人员实现就业176人", "176人", 176, "人", "exact", "level", "jobs", M, "2025"),
    ("v01", "城镇登记失业率控制在3.6%", "3.6%", 3.6, "%", "exact", "level", "jobs", M, "2025"),
    ("v01", "发放稳岗返还资金386万元", "386万元", 3860000, "元", "exact", "level", "money", M, "2025"),
    ("v01", "惠及企业214家", "214家", 214, "家", "exact", "level", "other", M, "2025"),
    ("v01", "职工1.12万人", "1.12万人", 11200, "人", "exact", "level", "jobs", M, "2025"),
    ("v01", "一次性扩岗补助47万元", "47万元", 470000, "元", "exact", "level", "money", M, "2025"),
    ("v01", "青年就业320人", "320人", 320, "人", "exact", "level", "jobs", M, "2025"),
    ("v01", "58家企业带来岗位", "58家", 58, "家", "exact", "level", "jobs", M, "2025-02"),
    ("v01", "带来岗位1950个", "1950个", 1950, "个", "exact", "level", "jobs", M, "2025-02"),
    ("v01", "农村劳动力转移就业8.64万人", "8.64万人", 86400, "人", "exact", "level", "jobs", M, "2025"),
    ("v01", "比上年增加2100人", "2100人", 2100, "人", "exact", "change", "jobs", M, "2025"),
    ("v01", "其中省外转移就业3.95万人", "3.95万人", 39500, "人", "exact", "level", "jobs", M, "2025"),
    ("v01", "脱贫劳动力务工就业3.27万人", "3.27万人", 32700, "人", "exact", "level", "jobs", M, "2025"),
    ("v01", "务工收入达到21.8亿元", "21.8亿元", 2180000000, "元", "exact", "level", "money", M, "2025"),
    ("v01", "同比增长6.4%", "6.4%", 6.4, "%", "exact", "change", "percent", M, "2025"),
    ("v01", "开行返岗专车36趟", "36趟", 36, "趟", "exact", "level", "jobs", M, "2025"),
    ("v01", "输送务工人员1420人", "1420人", 1420, "人", "exact", "level", "jobs", M, "2025"),
    ("v01", "全年开展职业技能培训7680人次", "7680人次", 7680, "人次", "exact", "level", "jobs", M, "2025"),
    ("v01", "脱贫劳动力培训2940人次", "2940人次", 2940, "人次", "exact", "level", "jobs", M, "2025"),
    ("v01", "培训后就业率达到82.5%", "82.5%", 82.5, "%", "exact", "level", "jobs", M, "2025"),
    ("v01", "发放培训补贴905万元", "905万元", 9050000, "元", "exact", "level", "money", M, "2025"),
    ("v01", "新认定就业帮扶车间9个", "9个", 9, "个", "exact", "level", "other", M, "2025"),
    ("v01", "吸纳就业410人", "410人", 410, "人", "exact", "level", "jobs", M, "2025"),
    ("v01", "力争城镇新增就业2400人以上", "2400人以上", 2400, "人", "lower_bound", "target", "jobs", M, "2026"),
    ("v01", "转移就业稳定在8.5万人以上", "8.5万人以上", 85000, "人", "lower_bound", "target", "jobs", M, "2026"),
    ("v01", "开展职业技能培训7000人次以上", "7000人次以上", 7000, "人次", "lower_bound", "target", "jobs", M, "2026"),
    # v02 沐川县, published 2026-02-10
    ("v02", "沐川县每千人口床位数达6.35张", "6.35张", 6.35, "张", "exact", "level", "beds", MU, "2025"),
    ("v02", "实有床位1260张", "1260张", 1260, "张", "exact", "level", "beds", MU, "2025"),
    ("v02", "比上年末增加86张", "86张", 86, "张", "exact", "change", "beds", MU, "2025"),
    ("v02", "86张，增长7.3%", "7.3%", 7.3, "%", "exact", "change", "beds", MU, "2025"),
    ("v02", "每千常住人口床位数6.35张", "6.35张", 6.35, "张", "exact", "level", "beds", MU, "2025"),
    ("v02", "比上年提高0.46张", "0.46张", 0.46, "张", "exact", "change", "beds", MU, "2025"),
    ("v02", "全县共有医疗卫生机构236个", "236个", 236, "个", "exact", "level", "other", MU, "2025"),
    ("v02", "其中医院8个", "8个", 8, "个", "exact", "level", "other", MU, "2025"),
    ("v02", "基层医疗卫生机构224个", "224个", 224, "个", "exact", "level", "other", MU, "2025"),
    ("v02", "卫生技术人员1586人", "1586人", 1586, "人", "exact", "level", "other", MU, "2025"),
    ("v02", "执业（助理）医师598人", "598人", 598, "人", "exact", "level", "other", MU, "2025"),
    ("v02", "注册护士712人", "712人", 712, "人", "exact", "level", "other", MU, "2025"),
    ("v02", "新增床位120张", "120张", 120, "张", "exact", "level", "beds", MU, "2025"),
    ("v02", "总投资1.86亿元", "1.86亿元", 186000000, "元", "exact", "level", "money", MU, "2025"),
    ("v02", "建筑面积3.2万平方米", "3.2万平方米", 32000, "平方米", "exact", "level", "other", MU, "2025"),
    ("v02", "床位分别为280张", "280张", 280, "张", "exact", "level", "beds", MU, "2025"),
    ("v02", "280张和96张", "96张", 96, "张", "exact", "level", "beds", MU, "2025"),
    ("v02", "全县养老机构床位1350张", "1350张", 1350, "张", "exact", "level", "beds", MU, "2025"),
    ("v02", "其中护理型床位760张", "760张", 760, "张", "exact", "level", "beds", MU, "2025"),
    ("v02", "占比56.3%", "56.3%", 56.3, "%", "exact", "level", "beds", MU, "2025"),
    ("v02", "全年总诊疗人次86.4万人次", "86.4万人次", 864000, "人次", "exact", "level", "other", MU, "2025"),
    ("v02", "万人次，增长3.9%", "3.9%", 3.9, "%", "exact", "change", "percent", MU, "2025"),
    ("v02", "出院人数3.18万人次", "3.18万人次", 31800, "人次", "exact", "level", "other", MU, "2025"),
    ("v02", "病床使用率78.6%", "78.6%", 78.6, "%", "exact", "level", "beds", MU, "2025"),
    ("v02", "全县将新增医疗床位150张", "150张", 150, "张", "exact", "target", "beds", MU, "2026"),
    ("v02", "床位数达到7张以上", "7张以上", 7, "张", "lower_bound", "target", "beds", MU, "2027"),
    # v03 叙永县, published 2026-01-28
    ("v03", "一般公共预算收入完成12.64亿元", "12.64亿元", 1264000000, "元", "exact", "level", "money", X, "2025"),
    ("v03", "同比增长5.2%", "5.2%", 5.2, "%", "exact", "change", "percent", X, "2025"),
    ("v03", "其中税收收入7.83亿元", "7.83亿元", 783000000, "元", "exact", "level", "money", X, "2025"),
    ("v03", "7.83亿元，增长3.6%", "3.6%", 3.6, "%", "exact", "change", "percent", X, "2025"),
    ("v03", "非税收入4.81亿元", "4.81亿元", 481000000, "元", "exact", "level", "money", X, "2025"),
    ("v03", "4.81亿元，增长7.9%", "7.9%", 7.9, "%", "exact", "change", "percent", X, "2025"),
    ("v03", "一般公共预算支出完成48.26亿元", "48.26亿元", 4826000000, "元", "exact", "level", "money", X, "2025"),
    ("v03", "48.26亿元，增长2.4%", "2.4%", 2.4, "%", "exact", "change", "percent", X, "2025"),
    ("v03", "民生支出38.7亿元", "38.7亿元", 3870000000, "元", "exact", "level", "money", X, "2025"),
    ("v03", "占一般公共预算支出的80.2%", "80.2%", 80.2, "%", "exact", "level", "percent", X, "2025"),
    ("v03", "教育支出9.46亿元", "9.46亿元", 946000000, "元", "exact", "level", "money", X, "2025"),
    ("v03", "9.46亿元，增长4.1%", "4.1%", 4.1, "%", "exact", "change", "percent", X, "2025"),
    ("v03", "社会保障和就业支出8.52亿元", "8.52亿元", 852000000, "元", "exact", "level", "money", X, "2025"),
    ("v03", "8.52亿元，增长6.3%", "6.3%", 6.3, "%", "exact", "change", "percent", X, "2025"),
    ("v03", "卫生健康支出5.38亿元", "5.38亿元", 538000000, "元", "exact", "level", "money", X, "2025"),
    ("v03", "下降1.7%", "1.7%", 1.7, "%", "exact", "change", "percent", X, "2025"),
    ("v03", "争取上级转移支付资金31.5亿元", "31.5亿元", 3150000000, "元", "exact", "level", "money", X, "2025"),
    ("v03", "比上年增加1.9亿元", "1.9亿元", 190000000, "元", "exact", "change", "money", X, "2025"),
    ("v03", "发行新增专项债券6.8亿元", "6.8亿元", 680000000, "元", "exact", "level", "money", X, "2025"),
    ("v03", "支持重点项目14个", "14个", 14, "个", "exact", "level", "other", X, "2025"),
    ("v03", "政府性基金预算收入完成9.27亿元", "9.27亿元", 927000000, "元", "exact", "level", "money", X, "2025"),
    ("v03", "下降12.4%", "12.4%", 12.4, "%", "exact", "change", "percent", X, "2025"),
    ("v03", "政府性基金预算支出11.36亿元", "11.36亿元", 1136000000, "元", "exact", "level", "money", X, "2025"),
    ("v03", "惠民惠农补贴资金4.62亿元", "4.62亿元", 462000000, "元", "exact", "level", "money", X, "2025"),
    ("v03", "惠及群众26.8万人次", "26.8万人次", 268000, "人次", "exact", "level", "other", X, "2025"),
    ("v03", "预期增长5%左右", "5%左右", 5, "%", "approx", "target", "percent", X, "2026"),
    ("v03", "一般公共预算支出安排46亿元", "46亿元", 4600000000, "元", "exact", "target", "money", X, "2026"),
    # v04 盐津县, published 2026-01-22
    ("v04", "盐津县2025年城镇新增就业3150人", "3150人", 3150, "人", "exact", "level", "jobs", Y, "2025"),
    ("v04", "全县城镇新增就业3150人，完成", "3150人", 3150, "人", "exact", "level", "jobs", Y, "2025"),
    ("v04", "完成年度目标任务的112.5%", "112.5%", 112.5, "%", "exact", "level", "jobs", Y, "2025"),
    ("v04", "城镇失业人员再就业1086人", "1086人", 1086, "人", "exact", "level", "jobs", Y, "2025"),
    ("v04", "就业困难人员实现就业248人", "248人", 248, "人", "exact", "level", "jobs", Y, "2025"),
    ("v04", "年末城镇登记失业率3.4%", "3.4%", 3.4, "%", "exact", "level", "jobs", Y, "2025"),
    ("v04", "农村劳动力转移就业12.85万人", "12.85万人", 128500, "人", "exact", "level", "jobs", Y, "2025"),
    ("v04", "其中县外转移就业8.16万人", "8.16万人", 81600, "人", "exact", "level", "jobs", Y, "2025"),
    ("v04", "脱贫劳动力务工就业41260人", "41260人", 41260, "人", "exact", "level", "jobs", Y, "2025"),
    ("v04", "务工收入达到36.4亿元", "36.4亿元", 3640000000, "元", "exact", "level", "money", Y, "2025"),
    ("v04", "发放创业担保贷款12600万元", "12600万元", 126000000, "元", "exact", "level", "money", Y, "2025"),
    ("v04", "同比增长15.6%", "15.6%", 15.6, "%", "exact", "change", "percent", Y, "2025"),
    ("v04", "扶持创业1230人", "1230人", 1230, "人", "exact", "level", "jobs", Y, "2025"),
    ("v04", "带动就业3870人", "3870人", 3870, "人", "exact", "level", "jobs", Y, "2025"),
    ("v04", "向1024家企业", "1024家", 1024, "家", "exact", "level", "other", Y, "2025"),
    ("v04", "稳岗返还资金1286400元", "1286400元", 1286400, "元", "exact", "level", "money", Y, "2025"),
    ("v04", "开展职业技能培训15420人次", "15420人次", 15420, "人次", "exact", "level", "jobs", Y, "2025"),
    ("v04", "发放职业培训补贴2360万元", "2360万元", 23600000, "元", "exact", "level", "money", Y, "2025"),
    ("v04", "举办招聘会112场", "112场", 112, "场", "exact", "level", "jobs", Y, "2025"),
    ("v04", "提供就业岗位46800个", "46800个", 46800, "个", "exact", "level", "jobs", Y, "2025"),
    ("v04", "达成就业意向9540人", "9540人", 9540, "人", "exact", "level", "jobs", Y, "2025"),
    ("v04", "力争城镇新增就业3000人以上", "3000人以上", 3000, "人", "lower_bound", "target", "jobs", Y, "2026"),
    ("v04", "转移就业稳定在12.5万人以上", "12.5万人以上", 125000, "人", "lower_bound", "target", "jobs", Y, "2026"),
    # v05 屏边苗族自治县, published 2026-03-25
    ("v05", "实现地区生产总值86.42亿元", "86.42亿元", 8642000000, "元", "exact", "level", "money", P, "2025"),
    ("v05", "比上年增长5.6%", "5.6%", 5.6, "%", "exact", "change", "percent", P, "2025"),
    ("v05", "第一产业增加值19.38亿元", "19.38亿元", 1938000000, "元", "exact", "level", "money", P, "2025"),
    ("v05", "19.38亿元，增长4.2%", "4.2%", 4.2, "%", "exact", "change", "percent", P, "2025"),
    ("v05", "第二产业增加值21.75亿元", "21.75亿元", 2175000000, "元", "exact", "level", "money", P, "2025"),
    ("v05", "21.75亿元，增长6.8%", "6.8%", 6.8, "%", "exact", "change", "percent", P, "2025"),
    ("v05", "第三产业增加值45.29亿元", "45.29亿元", 4529000000, "元", "exact", "level", "money", P, "2025"),
    ("v05", "45.29亿元，增长5.5%", "5.5%", 5.5, "%", "exact", "change", "percent", P, "2025"),
    ("v05", "年末全县常住人口15.82万人", "15.82万人", 158200, "人", "exact", "level", "other", P, "2025"),
    ("v05", "城镇化率41.6%", "41.6%", 41.6, "%", "exact", "level", "percent", P, "2025"),
    ("v05", "比上年末提高1.2个百分点", "1.2个百分点", 1.2, "百分点", "exact", "change", "percent", P, "2025"),
    ("v05", "粮食总产量|吨|68,420", "68,420", 68420, "吨", "exact", "level", "other", P, "2025"),
    ("v05", "68,420|2.1", "2.1", 2.1, "%", "exact", "change", "percent", P, "2025"),
    ("v05", "生猪出栏|头|126,500", "126,500", 126500, "头", "exact", "level", "other", P, "2025"),
    ("v05", "126,500|3.4", "3.4", 3.4, "%", "exact", "change", "percent", P, "2025"),
    ("v05", "社会消费品零售总额|万元|286,340", "286,340", 2863400000, "元", "exact", "level", "money", P, "2025"),
    ("v05", "286,340|5.1", "5.1", 5.1, "%", "exact", "change", "percent", P, "2025"),
    ("v05", "全体居民人均可支配收入|元|18,960", "18,960", 18960, "元", "exact", "level", "money", P, "2025"),
    ("v05", "18,960|6.2", "6.2", 6.2, "%", "exact", "change", "percent", P, "2025"),
    ("v05", "城镇居民人均可支配收入|元|36,480", "36,480", 36480, "元", "exact", "level", "money", P, "2025"),
    ("v05", "36,480|4.6", "4.6", 4.6, "%", "exact", "change", "percent", P, "2025"),
    ("v05", "农村居民人均可支配收入|元|14,210", "14,210", 14210, "元", "exact", "level", "money", P, "2025"),
    ("v05", "14,210|7.4", "7.4", 7.4, "%", "exact", "change", "percent", P, "2025"),
    ("v05", "接待游客|万人次|412.6", "412.6", 4126000, "人次", "exact", "level", "other", P, "2025"),
    ("v05", "共有医疗卫生机构142个", "142个", 142, "个", "exact", "level", "other", P, "2025"),
    ("v05", "实有床位1085张", "1085张", 1085, "张", "exact", "level", "beds", P, "2025"),
    ("v05", "卫生技术人员1312人", "1312人", 1312, "人", "exact", "level", "other", P, "2025"),
    ("v05", "全年新增城镇就业1860人", "1860人", 1860, "人", "exact", "level", "jobs", P, "2025"),
]

MANIFEST = [("v01", "2026-01-15", "马边彝族自治县人力资源和社会保障局"), ("v02", "2026-02-10", "沐川县融媒体中心"),
            ("v03", "2026-01-28", "叙永县财政局"), ("v04", "2026-01-22", "盐津县融媒体中心"),
            ("v05", "2026-03-25", "屏边苗族自治县统计局")]

# --------------------------------------------------------------------------------------------- the damage


def damage_v01(text: str) -> bytes:
    """The article as a reader copies it out of the WeChat app: the account's head, emoji marks, a 图片 line above
    each ▲ caption, and the account's foot with its 往期推荐 list and counters."""
    text = sub(text, "新增就业2460人！", "新增就业2460人👍")
    for head, mark in [("稳岗扩岗", "📌"), ("劳务输出", "📌"), ("技能培训", "📌"), ("今年目标", "🔥")]:
        text = sub(text, f"\n{head}\n", f"\n{mark}{head}\n")
    text = sub(text, "\n▲", "\n图片\n▲", 2)
    text = sub(text, "全年开展职业技能培训7680人次", "✅全年开展职业技能培训7680人次")
    text = sub(text, "新认定就业帮扶车间9个", "✅新认定就业帮扶车间9个")
    lines = text.splitlines()
    head = ["马边发布", "原创 马边发布 2026年01月15日 19:30 四川", "点击蓝字关注我们👇", ""]
    body = [lines[0], "", lines[1] + "一起来看👇"] + lines[2:]
    return ("\n".join(head + body + ["", "END", ""] + V01_TAIL.splitlines()) + "\n").encode("utf-8")


_PUNCT = set("，。；：、（）“”！？")


def spaced(text: str) -> str:
    """Every Han character and full-width punctuation mark followed by one space; digits, points and % as they are."""
    out = []
    for ch in text:
        out.append(ch)
        if "\u4e00" <= ch <= "\u9fff" or ch in _PUNCT:
            out.append(" ")
    return re.sub(r" +\n", "\n", "".join(out))


def cut_at_spaces(line: str, width: int) -> list[str]:
    """Cut a spaced line into lines of at most `width` characters at its spaces (a run of digits is never cut)."""
    out, cur = [], ""
    for tok in line.split(" "):
        if cur and len(cur) + 1 + len(tok) > width:
            out.append(cur)
            cur = tok
        else:
            cur = f"{cur} {tok}" if cur else tok
    return out + [cur] if cur else out


def damage_v02(text: str) -> bytes:
    """Each Han character and full-width mark spaced out, the lines cut at 44 characters between tokens."""
    lines: list[str] = []
    for para in spaced(text).splitlines():
        lines += cut_at_spaces(para.strip(), 44)
    return ("\n".join(lines) + "\n").encode("utf-8")


def damage_v03(text: str) -> bytes:
    """Every sentence a line, its end mark (。；！) moved to the start of the next line (a paragraph's last mark too)."""
    out: list[str] = []
    carry = ""
    for para in text.splitlines():
        parts = re.split(r"([。；！])", para)
        for k in range(0, len(parts), 2):
            piece = parts[k]
            if not piece and k + 1 >= len(parts):
                continue
            out.append(carry + piece)
            carry = parts[k + 1] if k + 1 < len(parts) else ""
    if carry:
        out.append(carry)
    return ("\n".join(out) + "\n").encode("utf-8")


def grouped(text: str) -> str:
    """Integer parts of four or more digits grouped by threes with a thin space (U+2009) or, in every second
    paragraph, a narrow no-break space (U+202F); years (before 年) and every other four-digit number stay whole."""
    out: list[str] = []
    for i, para in enumerate(text.splitlines()):
        sep = "\u2009" if i % 2 == 0 else "\u202f"
        pieces, last, seen = [], 0, 0
        for m in re.finditer(r"(?<![\d.])\d{4,}(?![\d.]|年)", para):
            digits = m.group()
            seen += len(digits) == 4
            if len(digits) > 4 or seen % 2:
                head = len(digits) % 3 or 3
                digits = sep.join([digits[:head]] + [digits[j:j + 3] for j in range(head, len(digits), 3)])
            pieces += [para[last:m.start()], digits]
            last = m.end()
        out.append("".join(pieces) + para[last:])
    return "\n".join(out) + "\n"


def damage_v04(text: str) -> bytes:
    """Thousands grouped by thin and narrow no-break spaces."""
    return grouped(text).encode("utf-8")


def csv_line(cells: list[str]) -> str:
    """One CSV row as a spreadsheet exports it: a cell with a comma, or an empty one, in double quotes."""
    return ",".join(f'"{c}"' if ("," in c or not c) else c for c in cells)


def damage_v05() -> bytes:
    """The prose as it is, the table as CSV lines."""
    lines = V05_A.splitlines() + [csv_line(r) for r in V05_T] + V05_B.splitlines()
    return ("\n".join(lines) + "\n").encode("utf-8")


def clean_of(doc: str) -> str:
    """The clean text a figure's context is looked up in (a table row's cells joined by |)."""
    table = "\n".join("|".join(r) for r in V05_T) + "\n"
    return {"v01": V01, "v02": V02, "v03": V03, "v04": V04, "v05": V05_A + table + V05_B}[doc]


def main() -> None:
    """Write the texts, the manifest and the gold (damaged17's write_set)."""
    built = {"v01": damage_v01(V01), "v02": damage_v02(V02), "v03": damage_v03(V03), "v04": damage_v04(V04),
             "v05": damage_v05()}
    _d17.write_set(OUT, "damaged21", built, MANIFEST, F, clean_of, _d17.high_row)


if __name__ == "__main__":
    main()
