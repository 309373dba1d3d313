"""Build data/gold/damaged19: five news texts of our own, written clean, then damaged by code the way PDF
extractors damage pages in ways earlier damaged sets used little or not at all.

- z01 (那坡县, jobs): a web page printed to PDF from its source: HTML leftovers inside and around numbers
  (&nbsp; &#x4E07; &#19975; &#20154; &#37; &#44; <br> <span> <strong> <p>), and the browser's print head and foot
  (a date, a clock time, the site's name, the page's address and 1/2) every ten lines.
- z02 (岑巩县, beds): a scanned report OCR read: O, o and 〇 for 0, l and I for 1, S for 5 inside numbers, which a
  reader reads back safely; 、 and , where a point was, which a reader cannot (a list mark and a thousands mark
  too: 7、1% may be 7 and 1%, 2,01万 may be 2.01 or 201 thousand), so those figures are not in the gold and any
  reading of them is a false positive; the document number (岑卫健发〔2026〕12号) at each page's head and
  第 N 页 共 M 页 at its foot, every twelve lines.
- z03 (阿荣旗, money): two tables as a converter writes them: a markdown table (| cells |, a |---:| rule) and an
  ASCII grid (+-----+ rules, | cells, a +=====+ rule under the head), columns of two years and a growth.
- z04 (左权县, jobs): a meeting record (会议纪要) with a line number at each line's start, its lines cut at a fixed
  width with a '-' at each line end that falls inside a word or a number (就-|业, 26-|80人, 1.-|48万人).
- z05 (麻栗坡县, stats): ideographic, em and no-break spaces inside numbers (7　2.46亿元, 14　260元, 1 5 6 0人),
  〇 for 0 inside Arabic numbers (38.〇6亿元), a date in Chinese numerals at the foot; a 2-up print gives one
  paragraph twice (once at the foot of one page, again at the head of the next).

The gold is written from the hand annotation below (each figure: the clean sentence it is in, its quote and fields
per /work/shared/gold/GUIDE.md), never from what stats extracts. A paragraph the 2-up print gives twice is one
mention, as damaged14 labels a repeated layer.

    .venv/bin/python scripts/gold_damaged19.py      # writes data/gold/damaged19/{texts,damaged19.jsonl}
"""

# ruff: noqa: E501  (the clean texts are one paragraph a line, as written)

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# the fixed-width cut and the checked replacement are damaged17's (one copy of each)
sys.path.insert(0, str(ROOT / "scripts"))
import gold_damaged17 as _d17  # noqa: E402

wrap, sub = _d17.wrap, _d17.sub
OUT = ROOT / "data" / "gold" / "damaged19"

# --------------------------------------------------------------------------------------------- clean texts

Z01 = """那坡县2025年城镇新增就业2360人
来源：那坡县人力资源和社会保障局 发布时间：2026-02-05
2025年，那坡县人社局围绕稳就业保民生，全县城镇新增就业2360人，完成年度目标任务的118%；城镇失业人员再就业412人，就业困难人员实现就业186人，年末城镇登记失业率为2.7%。
全年农村劳动力转移就业10.42万人，其中脱贫劳动力转移就业4.86万人，比上年增加1280人；实现劳务收入约31.5亿元。全县举办线上线下招聘会57场，提供岗位1.68万个，达成就业意向3940人。
全年开发乡村公益性岗位2150个，安置脱贫劳动力2090人。发放创业担保贷款8650万元，同比增长12.6%，扶持创业620人，带动就业1870人。开展职业技能培训1.12万人次，其中脱贫人口培训4630人次，培训合格率达到92.5%。发放就业补贴资金3260万元，惠及企业145家、个人9860人次。
2026年，那坡县力争城镇新增就业2200人以上，农村劳动力转移就业稳定在10万人以上，城镇调查失业率控制在5.5%以内。
"""

Z02 = """岑巩县卫生健康局关于2025年卫生健康工作情况的报告
岑卫健发〔2026〕12号
县人民政府：
2025年，全县卫生健康系统坚持以人民健康为中心，各项工作取得新进展。现将有关情况报告如下。
一、医疗资源
截至2025年底，全县共有医疗卫生机构205个，其中公立医院3个、乡镇卫生院11个、村卫生室158个。全县医疗卫生机构实有床位1580张，比上年末增加105张，增长7.1%；每千常住人口床位数8.06张。卫生技术人员1930人，其中执业（助理）医师610人，注册护士840人。
二、重点项目
县人民医院住院楼扩建项目总投资1.05亿元，新增床位150张，医院编制床位达到650张。县妇幼保健院新增产科床位30张、儿科床位25张。县中医医院投入1500万元建设康复中心，设置康复床位40张。
三、医疗服务
全年全县医疗机构总诊疗108.5万人次，同比增长5.3%；出院3.05万人次，病床使用率为81.2%。县域内就诊率达到91.5%，比上年提高2.6个百分点。
四、公共卫生
全县家庭医生签约服务15.8万人，签约率50.6%；老年人健康管理2.01万人，孕产妇系统管理率95.8%。全年投入基本公共卫生服务补助资金1850万元。
五、下一步工作
2026年，全县计划新增医疗床位120张，到2027年每千常住人口床位数达到8.5张。
岑巩县卫生健康局
2026年3月6日
"""

Z03_A = """阿荣旗2025年财政收支情况
2025年，全旗一般公共预算收入完成6.82亿元，同比增长5.4%；其中税收收入4.35亿元，增长3.9%，占一般公共预算收入的63.8%。一般公共预算支出完成38.6亿元，增长4.1%，其中民生支出31.2亿元，占比80.8%。
表1 2025年部分重点支出情况
"""
Z03_T1 = [["项目", "2025年（万元）", "2024年（万元）", "增长（%）"],
          ["教育支出", "61250", "58930", "3.9"],
          ["社会保障和就业支出", "72480", "68140", "6.4"],
          ["卫生健康支出", "39870", "40210", "-0.8"],
          ["农林水支出", "95630", "90120", "6.1"]]
Z03_B = """全年争取上级补助资金29.4亿元，新增政府债务限额6.5亿元，其中新增专项债券4.2亿元，支持项目18个。
表2 2025年其他预算收入情况
"""
Z03_T2 = [["指标", "金额（亿元）", "增长（%）"],
          ["政府性基金预算收入", "1.26", "-12.5"],
          ["国有资本经营预算收入", "0.08", "33.3"],
          ["社会保险基金预算收入", "9.74", "6.9"]]
Z03_C = """2026年，全旗一般公共预算收入预期增长5%，一般公共预算支出安排36.5亿元。
"""

Z04 = """左权县2025年度就业工作推进会会议纪要
1月12日，县政府召开2025年度就业工作推进会，会议听取了县人社局关于全年就业工作情况的汇报，研究部署2026年重点工作。现纪要如下。
会议指出，2025年全县城镇新增就业2680人，完成年度目标的107.2%；城镇失业人员再就业530人，就业困难人员实现就业214人，城镇登记失业率控制在3.1%以内。农村劳动力转移就业6.35万人，其中省外就业1.48万人，稳定就业的脱贫劳动力1.92万人。
会议指出，全年开发公益性岗位1360个，设立就业帮扶车间24个，吸纳就业870人，其中脱贫人口310人。发放创业担保贷款5120万元，扶持创业430人，带动就业1290人。开展补贴性职业技能培训8650人次，发放职业培训补贴1380万元。发放失业保险金1260万元，惠及失业人员1840人。全县城镇非私营单位在岗职工年平均工资7.86万元，增长4.2%；全县实有市场主体2.64万户。
会议强调，2026年全县要确保城镇新增就业2500人以上，农村劳动力转移就业6.2万人以上，全年开展职业技能培训8000人次，新建零工市场3-5个。
"""

Z05 = """前三季度麻栗坡县经济运行情况
前三季度，全县实现地区生产总值（GDP）72.46亿元，同比增长5.8%。其中，第一产业增加值15.32亿元，增长4.1%；第二产业增加值19.08亿元，增长7.6%；第三产业增加值38.06亿元，增长5.2%。
全县规模以上工业增加值同比增长9.4%；全县固定资产投资同比下降3.5%。社会消费品零售总额18.75亿元，增长6.2%。
全体居民人均可支配收入14260元，同比增长6.5%；城镇居民人均可支配收入28540元，增长4.6%；农村居民人均可支配收入10870元，增长7.3%。
截至9月末，全县金融机构人民币各项存款余额120.5亿元，比年初增加8.36亿元；各项贷款余额96.2亿元，比年初增加5.07亿元。
全县城镇新增就业1560人，农村劳动力转移就业10.3万人；接待游客306.8万人次，实现旅游总收入30.42亿元。
"""

# --------------------------------------------------------------------------------------------- hand annotation

# (doc, the clean sentence stretch that holds the figure, quote, value, measure, qualifier, role, topic, place,
# period[, value_high]); the stretch is the gold's context
F: list[tuple] = [
    # z01 那坡县, published 2026-02-06
    ("z01", "那坡县2025年城镇新增就业2360人", "2360人", 2360, "人", "exact", "level", "jobs", "那坡县", "2025"),
    ("z01", "全县城镇新增就业2360人，完成", "2360人", 2360, "人", "exact", "level", "jobs", "那坡县", "2025"),
    ("z01", "完成年度目标任务的118%", "118%", 118, "%", "exact", "level", "jobs", "那坡县", "2025"),
    ("z01", "城镇失业人员再就业412人", "412人", 412, "人", "exact", "level", "jobs", "那坡县", "2025"),
    ("z01", "就业困难人员实现就业186人", "186人", 186, "人", "exact", "level", "jobs", "那坡县", "2025"),
    ("z01", "年末城镇登记失业率为2.7%", "2.7%", 2.7, "%", "exact", "level", "jobs", "那坡县", "2025"),
    ("z01", "农村劳动力转移就业10.42万人", "10.42万人", 104200, "人", "exact", "level", "jobs", "那坡县", "2025"),
    ("z01", "脱贫劳动力转移就业4.86万人", "4.86万人", 48600, "人", "exact", "level", "jobs", "那坡县", "2025"),
    ("z01", "比上年增加1280人", "1280人", 1280, "人", "exact", "change", "jobs", "那坡县", "2025"),
    ("z01", "实现劳务收入约31.5亿元", "约31.5亿元", 3150000000, "元", "approx", "level", "money", "那坡县", "2025"),
    ("z01", "线上线下招聘会57场", "57场", 57, "场", "exact", "level", "jobs", "那坡县", "2025"),
    ("z01", "提供岗位1.68万个", "1.68万个", 16800, "个", "exact", "level", "jobs", "那坡县", "2025"),
    ("z01", "达成就业意向3940人", "3940人", 3940, "人", "exact", "level", "jobs", "那坡县", "2025"),
    ("z01", "开发乡村公益性岗位2150个", "2150个", 2150, "个", "exact", "level", "jobs", "那坡县", "2025"),
    ("z01", "安置脱贫劳动力2090人", "2090人", 2090, "人", "exact", "level", "jobs", "那坡县", "2025"),
    ("z01", "发放创业担保贷款8650万元", "8650万元", 86500000, "元", "exact", "level", "money", "那坡县", "2025"),
    ("z01", "同比增长12.6%", "12.6%", 12.6, "%", "exact", "change", "percent", "那坡县", "2025"),
    ("z01", "扶持创业620人", "620人", 620, "人", "exact", "level", "jobs", "那坡县", "2025"),
    ("z01", "带动就业1870人", "1870人", 1870, "人", "exact", "level", "jobs", "那坡县", "2025"),
    ("z01", "开展职业技能培训1.12万人次", "1.12万人次", 11200, "人次", "exact", "level", "jobs", "那坡县", "2025"),
    ("z01", "脱贫人口培训4630人次", "4630人次", 4630, "人次", "exact", "level", "jobs", "那坡县", "2025"),
    ("z01", "培训合格率达到92.5%", "92.5%", 92.5, "%", "exact", "level", "jobs", "那坡县", "2025"),
    ("z01", "发放就业补贴资金3260万元", "3260万元", 32600000, "元", "exact", "level", "money", "那坡县", "2025"),
    ("z01", "惠及企业145家", "145家", 145, "家", "exact", "level", "other", "那坡县", "2025"),
    ("z01", "个人9860人次", "9860人次", 9860, "人次", "exact", "level", "other", "那坡县", "2025"),
    ("z01", "力争城镇新增就业2200人以上", "2200人以上", 2200, "人", "lower_bound", "target", "jobs", "那坡县", "2026"),
    ("z01", "转移就业稳定在10万人以上", "10万人以上", 100000, "人", "lower_bound", "target", "jobs", "那坡县", "2026"),
    ("z01", "城镇调查失业率控制在5.5%以内", "5.5%以内", 5.5, "%", "upper_bound", "target", "jobs", "那坡县", "2026"),
    # z02 岑巩县, published 2026-03-10 (7、1%, 50,6%, 2,01万人 and 95、8% have no sure reading: not here)
    ("z02", "全县共有医疗卫生机构205个", "205个", 205, "个", "exact", "level", "other", "岑巩县", "2025"),
    ("z02", "其中公立医院3个", "3个", 3, "个", "exact", "level", "other", "岑巩县", "2025"),
    ("z02", "乡镇卫生院11个", "11个", 11, "个", "exact", "level", "other", "岑巩县", "2025"),
    ("z02", "村卫生室158个", "158个", 158, "个", "exact", "level", "other", "岑巩县", "2025"),
    ("z02", "实有床位1580张", "1580张", 1580, "张", "exact", "level", "beds", "岑巩县", "2025"),
    ("z02", "比上年末增加105张", "105张", 105, "张", "exact", "change", "beds", "岑巩县", "2025"),
    ("z02", "每千常住人口床位数8.06张", "8.06张", 8.06, "张", "exact", "level", "beds", "岑巩县", "2025"),
    ("z02", "卫生技术人员1930人", "1930人", 1930, "人", "exact", "level", "other", "岑巩县", "2025"),
    ("z02", "执业（助理）医师610人", "610人", 610, "人", "exact", "level", "other", "岑巩县", "2025"),
    ("z02", "注册护士840人", "840人", 840, "人", "exact", "level", "other", "岑巩县", "2025"),
    ("z02", "扩建项目总投资1.05亿元", "1.05亿元", 105000000, "元", "exact", "level", "money", "岑巩县", "2025"),
    ("z02", "新增床位150张", "150张", 150, "张", "exact", "level", "beds", "岑巩县", "2025"),
    ("z02", "医院编制床位达到650张", "650张", 650, "张", "exact", "level", "beds", "岑巩县", "2025"),
    ("z02", "新增产科床位30张", "30张", 30, "张", "exact", "level", "beds", "岑巩县", "2025"),
    ("z02", "儿科床位25张", "25张", 25, "张", "exact", "level", "beds", "岑巩县", "2025"),
    ("z02", "县中医医院投入1500万元", "1500万元", 15000000, "元", "exact", "level", "money", "岑巩县", "2025"),
    ("z02", "设置康复床位40张", "40张", 40, "张", "exact", "level", "beds", "岑巩县", "2025"),
    ("z02", "医疗机构总诊疗108.5万人次", "108.5万人次", 1085000, "人次", "exact", "level", "other", "岑巩县", "2025"),
    ("z02", "同比增长5.3%", "5.3%", 5.3, "%", "exact", "change", "percent", "岑巩县", "2025"),
    ("z02", "出院3.05万人次", "3.05万人次", 30500, "人次", "exact", "level", "other", "岑巩县", "2025"),
    ("z02", "病床使用率为81.2%", "81.2%", 81.2, "%", "exact", "level", "beds", "岑巩县", "2025"),
    ("z02", "县域内就诊率达到91.5%", "91.5%", 91.5, "%", "exact", "level", "percent", "岑巩县", "2025"),
    ("z02", "比上年提高2.6个百分点", "2.6个百分点", 2.6, "百分点", "exact", "change", "percent", "岑巩县", "2025"),
    ("z02", "家庭医生签约服务15.8万人", "15.8万人", 158000, "人", "exact", "level", "other", "岑巩县", "2025"),
    ("z02", "补助资金1850万元", "1850万元", 18500000, "元", "exact", "level", "money", "岑巩县", "2025"),
    ("z02", "计划新增医疗床位120张", "120张", 120, "张", "exact", "target", "beds", "岑巩县", "2026"),
    ("z02", "床位数达到8.5张", "8.5张", 8.5, "张", "exact", "target", "beds", "岑巩县", "2027"),
    # z03 阿荣旗, published 2026-01-28
    ("z03", "一般公共预算收入完成6.82亿元", "6.82亿元", 682000000, "元", "exact", "level", "money", "阿荣旗", "2025"),
    ("z03", "同比增长5.4%", "5.4%", 5.4, "%", "exact", "change", "percent", "阿荣旗", "2025"),
    ("z03", "其中税收收入4.35亿元", "4.35亿元", 435000000, "元", "exact", "level", "money", "阿荣旗", "2025"),
    ("z03", "4.35亿元，增长3.9%", "3.9%", 3.9, "%", "exact", "change", "percent", "阿荣旗", "2025"),
    ("z03", "占一般公共预算收入的63.8%", "63.8%", 63.8, "%", "exact", "level", "percent", "阿荣旗", "2025"),
    ("z03", "一般公共预算支出完成38.6亿元", "38.6亿元", 3860000000, "元", "exact", "level", "money", "阿荣旗", "2025"),
    ("z03", "38.6亿元，增长4.1%", "4.1%", 4.1, "%", "exact", "change", "percent", "阿荣旗", "2025"),
    ("z03", "其中民生支出31.2亿元", "31.2亿元", 3120000000, "元", "exact", "level", "money", "阿荣旗", "2025"),
    ("z03", "占比80.8%", "80.8%", 80.8, "%", "exact", "level", "percent", "阿荣旗", "2025"),
    ("z03", "教育支出|61250", "61250", 612500000, "元", "exact", "level", "money", "阿荣旗", "2025"),
    ("z03", "61250|58930", "58930", 589300000, "元", "exact", "level", "money", "阿荣旗", "2024"),
    ("z03", "58930|3.9", "3.9", 3.9, "%", "exact", "change", "percent", "阿荣旗", "2025"),
    ("z03", "社会保障和就业支出|72480", "72480", 724800000, "元", "exact", "level", "money", "阿荣旗", "2025"),
    ("z03", "72480|68140", "68140", 681400000, "元", "exact", "level", "money", "阿荣旗", "2024"),
    ("z03", "68140|6.4", "6.4", 6.4, "%", "exact", "change", "percent", "阿荣旗", "2025"),
    ("z03", "卫生健康支出|39870", "39870", 398700000, "元", "exact", "level", "money", "阿荣旗", "2025"),
    ("z03", "39870|40210", "40210", 402100000, "元", "exact", "level", "money", "阿荣旗", "2024"),
    ("z03", "40210|-0.8", "-0.8", -0.8, "%", "exact", "change", "percent", "阿荣旗", "2025"),
    ("z03", "农林水支出|95630", "95630", 956300000, "元", "exact", "level", "money", "阿荣旗", "2025"),
    ("z03", "95630|90120", "90120", 901200000, "元", "exact", "level", "money", "阿荣旗", "2024"),
    ("z03", "90120|6.1", "6.1", 6.1, "%", "exact", "change", "percent", "阿荣旗", "2025"),
    ("z03", "争取上级补助资金29.4亿元", "29.4亿元", 2940000000, "元", "exact", "level", "money", "阿荣旗", "2025"),
    ("z03", "新增政府债务限额6.5亿元", "6.5亿元", 650000000, "元", "exact", "level", "money", "阿荣旗", "2025"),
    ("z03", "其中新增专项债券4.2亿元", "4.2亿元", 420000000, "元", "exact", "level", "money", "阿荣旗", "2025"),
    ("z03", "支持项目18个", "18个", 18, "个", "exact", "level", "other", "阿荣旗", "2025"),
    ("z03", "政府性基金预算收入|1.26", "1.26", 126000000, "元", "exact", "level", "money", "阿荣旗", "2025"),
    ("z03", "1.26|-12.5", "-12.5", -12.5, "%", "exact", "change", "percent", "阿荣旗", "2025"),
    ("z03", "国有资本经营预算收入|0.08", "0.08", 8000000, "元", "exact", "level", "money", "阿荣旗", "2025"),
    ("z03", "0.08|33.3", "33.3", 33.3, "%", "exact", "change", "percent", "阿荣旗", "2025"),
    ("z03", "社会保险基金预算收入|9.74", "9.74", 974000000, "元", "exact", "level", "money", "阿荣旗", "2025"),
    ("z03", "9.74|6.9", "6.9", 6.9, "%", "exact", "change", "percent", "阿荣旗", "2025"),
    ("z03", "一般公共预算收入预期增长5%", "5%", 5, "%", "exact", "target", "percent", "阿荣旗", "2026"),
    ("z03", "一般公共预算支出安排36.5亿元", "36.5亿元", 3650000000, "元", "exact", "target", "money", "阿荣旗", "2026"),
    # z04 左权县, published 2026-01-15
    ("z04", "全县城镇新增就业2680人", "2680人", 2680, "人", "exact", "level", "jobs", "左权县", "2025"),
    ("z04", "完成年度目标的107.2%", "107.2%", 107.2, "%", "exact", "level", "jobs", "左权县", "2025"),
    ("z04", "城镇失业人员再就业530人", "530人", 530, "人", "exact", "level", "jobs", "左权县", "2025"),
    ("z04", "就业困难人员实现就业214人", "214人", 214, "人", "exact", "level", "jobs", "左权县", "2025"),
    ("z04", "城镇登记失业率控制在3.1%以内", "3.1%以内", 3.1, "%", "upper_bound", "level", "jobs", "左权县", "2025"),
    ("z04", "农村劳动力转移就业6.35万人", "6.35万人", 63500, "人", "exact", "level", "jobs", "左权县", "2025"),
    ("z04", "其中省外就业1.48万人", "1.48万人", 14800, "人", "exact", "level", "jobs", "左权县", "2025"),
    ("z04", "稳定就业的脱贫劳动力1.92万人", "1.92万人", 19200, "人", "exact", "level", "jobs", "左权县", "2025"),
    ("z04", "开发公益性岗位1360个", "1360个", 1360, "个", "exact", "level", "jobs", "左权县", "2025"),
    ("z04", "设立就业帮扶车间24个", "24个", 24, "个", "exact", "level", "other", "左权县", "2025"),
    ("z04", "吸纳就业870人", "870人", 870, "人", "exact", "level", "jobs", "左权县", "2025"),
    ("z04", "其中脱贫人口310人", "310人", 310, "人", "exact", "level", "jobs", "左权县", "2025"),
    ("z04", "发放创业担保贷款5120万元", "5120万元", 51200000, "元", "exact", "level", "money", "左权县", "2025"),
    ("z04", "扶持创业430人", "430人", 430, "人", "exact", "level", "jobs", "左权县", "2025"),
    ("z04", "带动就业1290人", "1290人", 1290, "人", "exact", "level", "jobs", "左权县", "2025"),
    ("z04", "补贴性职业技能培训8650人次", "8650人次", 8650, "人次", "exact", "level", "jobs", "左权县", "2025"),
    ("z04", "发放职业培训补贴1380万元", "1380万元", 13800000, "元", "exact", "level", "money", "左权县", "2025"),
    ("z04", "发放失业保险金1260万元", "1260万元", 12600000, "元", "exact", "level", "money", "左权县", "2025"),
    ("z04", "惠及失业人员1840人", "1840人", 1840, "人", "exact", "level", "jobs", "左权县", "2025"),
    ("z04", "年平均工资7.86万元", "7.86万元", 78600, "元", "exact", "level", "money", "左权县", "2025"),
    ("z04", "7.86万元，增长4.2%", "4.2%", 4.2, "%", "exact", "change", "percent", "左权县", "2025"),
    ("z04", "全县实有市场主体2.64万户", "2.64万户", 26400, "户", "exact", "level", "other", "左权县", "2025"),
    ("z04", "确保城镇新增就业2500人以上", "2500人以上", 2500, "人", "lower_bound", "target", "jobs", "左权县", "2026"),
    ("z04", "转移就业6.2万人以上", "6.2万人以上", 62000, "人", "lower_bound", "target", "jobs", "左权县", "2026"),
    ("z04", "全年开展职业技能培训8000人次", "8000人次", 8000, "人次", "exact", "target", "jobs", "左权县", "2026"),
    ("z04", "新建零工市场3-5个", "3-5个", 3, "个", "exact", "target", "other", "左权县", "2026", 5),
    # z05 麻栗坡县, published 2025-11-05
    ("z05", "地区生产总值（GDP）72.46亿元", "72.46亿元", 7246000000, "元", "exact", "level", "money", "麻栗坡县", "2025Q1-Q3"),
    ("z05", "同比增长5.8%", "5.8%", 5.8, "%", "exact", "change", "percent", "麻栗坡县", "2025Q1-Q3"),
    ("z05", "第一产业增加值15.32亿元", "15.32亿元", 1532000000, "元", "exact", "level", "money", "麻栗坡县", "2025Q1-Q3"),
    ("z05", "15.32亿元，增长4.1%", "4.1%", 4.1, "%", "exact", "change", "percent", "麻栗坡县", "2025Q1-Q3"),
    ("z05", "第二产业增加值19.08亿元", "19.08亿元", 1908000000, "元", "exact", "level", "money", "麻栗坡县", "2025Q1-Q3"),
    ("z05", "19.08亿元，增长7.6%", "7.6%", 7.6, "%", "exact", "change", "percent", "麻栗坡县", "2025Q1-Q3"),
    ("z05", "第三产业增加值38.06亿元", "38.06亿元", 3806000000, "元", "exact", "level", "money", "麻栗坡县", "2025Q1-Q3"),
    ("z05", "38.06亿元，增长5.2%", "5.2%", 5.2, "%", "exact", "change", "percent", "麻栗坡县", "2025Q1-Q3"),
    ("z05", "规模以上工业增加值同比增长9.4%", "9.4%", 9.4, "%", "exact", "change", "percent", "麻栗坡县", "2025Q1-Q3"),
    ("z05", "固定资产投资同比下降3.5%", "3.5%", 3.5, "%", "exact", "change", "percent", "麻栗坡县", "2025Q1-Q3"),
    ("z05", "社会消费品零售总额18.75亿元", "18.75亿元", 1875000000, "元", "exact", "level", "money", "麻栗坡县", "2025Q1-Q3"),
    ("z05", "18.75亿元，增长6.2%", "6.2%", 6.2, "%", "exact", "change", "percent", "麻栗坡县", "2025Q1-Q3"),
    ("z05", "全体居民人均可支配收入14260元", "14260元", 14260, "元", "exact", "level", "money", "麻栗坡县", "2025Q1-Q3"),
    ("z05", "14260元，同比增长6.5%", "6.5%", 6.5, "%", "exact", "change", "percent", "麻栗坡县", "2025Q1-Q3"),
    ("z05", "城镇居民人均可支配收入28540元", "28540元", 28540, "元", "exact", "level", "money", "麻栗坡县", "2025Q1-Q3"),
    ("z05", "28540元，增长4.6%", "4.6%", 4.6, "%", "exact", "change", "percent", "麻栗坡县", "2025Q1-Q3"),
    ("z05", "农村居民人均可支配收入10870元", "10870元", 10870, "元", "exact", "level", "money", "麻栗坡县", "2025Q1-Q3"),
    ("z05", "10870元，增长7.3%", "7.3%", 7.3, "%", "exact", "change", "percent", "麻栗坡县", "2025Q1-Q3"),
    ("z05", "各项存款余额120.5亿元", "120.5亿元", 12050000000, "元", "exact", "level", "money", "麻栗坡县", "2025-09"),
    ("z05", "比年初增加8.36亿元", "8.36亿元", 836000000, "元", "exact", "change", "money", "麻栗坡县", "2025-09"),
    ("z05", "各项贷款余额96.2亿元", "96.2亿元", 9620000000, "元", "exact", "level", "money", "麻栗坡县", "2025-09"),
    ("z05", "比年初增加5.07亿元", "5.07亿元", 507000000, "元", "exact", "change", "money", "麻栗坡县", "2025-09"),
    ("z05", "全县城镇新增就业1560人", "1560人", 1560, "人", "exact", "level", "jobs", "麻栗坡县", "2025Q1-Q3"),
    ("z05", "农村劳动力转移就业10.3万人", "10.3万人", 103000, "人", "exact", "level", "jobs", "麻栗坡县", "2025Q1-Q3"),
    ("z05", "接待游客306.8万人次", "306.8万人次", 3068000, "人次", "exact", "level", "other", "麻栗坡县", "2025Q1-Q3"),
    ("z05", "实现旅游总收入30.42亿元", "30.42亿元", 3042000000, "元", "exact", "level", "money", "麻栗坡县", "2025Q1-Q3"),
]

MANIFEST = [("z01", "2026-02-06", "那坡县人民政府门户网站"), ("z02", "2026-03-10", "岑巩县卫生健康局"),
            ("z03", "2026-01-28", "阿荣旗财政局"), ("z04", "2026-01-15", "左权县人民政府办公室"),
            ("z05", "2025-11-05", "麻栗坡县统计局")]

# --------------------------------------------------------------------------------------------- the damage

# an HTML character reference or tag: one unit of the page's width (a reference) or none (a tag)
_HTML_UNIT = re.compile(r"&#?\w+;|<[^>]*>|.", re.S)


def wrap_html(text: str, width: int) -> list[str]:
    """Cut every paragraph into lines of `width` rendered characters, never inside a reference or a tag."""
    out: list[str] = []
    for para in text.splitlines():
        line, n = "", 0
        for m in _HTML_UNIT.finditer(para):
            unit = m.group()
            w = 0 if unit.startswith("<") else 1
            if n + w > width:
                out.append(line)
                line, n = "", 0
            line += unit
            n += w
        if line:
            out.append(line)
    return out


def damage_z01(text: str) -> bytes:
    """The page's source leaks into the print: references and tags in and around numbers, a browser head and foot."""
    for old, new in [("全县城镇新增就业2360人", "全县城镇新增就业2&nbsp;360人"), ("10.42万人", "10.42&#x4E07;人"),
                     ("4.86万人", '<span class="num">4.86</span>万人'), ("约31.5亿元", "约31.5&nbsp;亿元"),
                     ("1.68万个", "1.68&#19975;个"), ("3940人", "3940&#20154;"), ("8650万元", "8650<br>万元"),
                     ("12.6%", "12.6&#37;"), ("92.5%", "92.5&#x25;"), ("3260万元", "3&#44;260万元"),
                     ("2200人以上", "<strong>2200人以上</strong>"), ("1.12万人次", "1.12&#x4e07;&#x4eba;次"),
                     ("5.5%以内", "5.5&#xFF05;以内"), ("412人", "412&nbsp;人")]:
        text = sub(text, old, new)
    lines = text.splitlines()
    body = [lines[0], lines[1]] + [f'<p style="text-indent:2em">{p}</p>' for p in lines[2:]]
    wrapped = wrap_html("\n".join(body), 30)
    head = "2026/2/6 09:14    那坡县人民政府门户网站"
    out: list[str] = []
    pages = (len(wrapped) + 9) // 10
    for k in range(pages):
        out.append(head)
        out += wrapped[k * 10:(k + 1) * 10]
        out.append(f"http://www.napo.gov.cn/xxgk/rsj/202602/t20260205_1288.html    {k + 1}/{pages}")
    return ("\n".join(out) + "\n").encode("utf-8")


def damage_z02(text: str) -> bytes:
    """OCR's letters and 〇 in numbers (readable), a list or thousands mark for a point (not), a head and foot."""
    for old, new in [("机构205个", "机构2O5个"), ("村卫生室158个", "村卫生室l58个"), ("床位1580张", "床位l58O张"),
                     ("增加105张", "增加1O5张"), ("增长7.1%", "增长7、1%"), ("8.06张", "8.o6张"),
                     ("1930人", "l93O人"), ("610人", "6l0人"), ("1.05亿元", "I.O5亿元"), ("床位150张", "床位1S0张"),
                     ("650张", "6S0张"), ("108.5万", "1〇8.5万"), ("3.05万", "3.〇5万"), ("81.2%", "8l.2%"),
                     ("91.5%", "9l.S%"), ("15.8万人", "lS.8万人"), ("50.6%", "50,6%"), ("2.01万人", "2,01万人"),
                     ("95.8%", "95、8%"), ("1850万元", "l85O万元")]:
        text = sub(text, old, new)
    lines = wrap(text, 26)
    out: list[str] = []
    pages = (len(lines) + 11) // 12
    for k in range(pages):
        if k:
            out.append("岑卫健发〔2026〕12号")
        out += lines[k * 12:(k + 1) * 12]
        out.append(f"第 {k + 1} 页 共 {pages} 页")
    return ("\n".join(out) + "\n").encode("utf-8")


def markdown_table(rows: list[list[str]]) -> list[str]:
    """A table as a PDF-to-markdown converter writes it: | cells |, numbers right-aligned by the rule."""
    rule = "|" + "|".join(["---"] + ["---:"] * (len(rows[0]) - 1)) + "|"
    return ["| " + " | ".join(rows[0]) + " |", rule] + ["| " + " | ".join(r) + " |" for r in rows[1:]]


def grid_table(rows: list[list[str]]) -> list[str]:
    """A table as a text-mode converter draws it: +----+ rules, | cells padded to a width that counts a Han
    character as two columns, a +====+ rule under the head."""
    def cols(s: str) -> int:
        return sum(2 if ord(c) > 0x2E7F else 1 for c in s)
    widths = [max(cols(r[i]) for r in rows) for i in range(len(rows[0]))]
    def rule(ch: str) -> str:
        return "+" + "+".join(ch * (w + 2) for w in widths) + "+"
    def row(r: list[str]) -> str:
        return "|" + "|".join(" " + c + " " * (w - cols(c)) + " " for c, w in zip(r, widths, strict=True)) + "|"
    return [rule("-"), row(rows[0]), rule("=")] + [x for r in rows[1:] for x in (row(r), rule("-"))]


def damage_z03() -> bytes:
    """Prose lines cut at 28, the tables drawn whole."""
    lines = (wrap(Z03_A, 28) + markdown_table(Z03_T1) + wrap(Z03_B, 28) + grid_table(Z03_T2) + wrap(Z03_C, 28))
    return ("\n".join(lines) + "\n").encode("utf-8")


_WORDISH = re.compile(r"[\u4e00-\u9fff0-9.]")


def damage_z04(text: str) -> bytes:
    """Lines cut at 23, a '-' where a cut falls between two Han characters or inside a number, a line number in
    front of each line (a space after it)."""
    lines = wrap(text, 23)
    out: list[str] = []
    for i, line in enumerate(lines):
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if nxt and len(line) == 23 and _WORDISH.fullmatch(line[-1]) and _WORDISH.fullmatch(nxt[0]):
            line += "-"
        out.append(f"{i + 1} {line}")
    return ("\n".join(out) + "\n").encode("utf-8")


def damage_z05(text: str) -> bytes:
    """Spaces of other widths inside numbers, 〇 for 0 inside them; a 2-up print gives one paragraph twice."""
    for old, new in [("72.46亿元", "7\u30002.46亿元"), ("15.32亿元", "15.\u300032亿元"), ("19.08亿元", "1\u30009.〇8亿元"),
                     ("38.06亿元", "38.〇6亿元"), ("18.75亿元", "18.75\u3000亿元"), ("14260元", "14\u3000260元"),
                     ("28540元", "28\u00a0540元"), ("10870元", "1〇870元"), ("120.5亿元", "12〇.5亿元"),
                     ("8.36亿元", "8.3\u20036亿元"), ("5.07亿元", "5.〇7亿元"), ("1560人", "1\u20035\u20036\u20030人"),
                     ("10.3万人", "1〇.3\u3000万人"), ("306.8万人次", "3\u30000\u30006.8万人次"),
                     ("增长9.4%", "增长9.\u20034%")]:
        text = sub(text, old, new)
    paras = text.splitlines()
    # the 2-up sheet: page 1 ends with the third paragraph, page 2 begins with it again
    pages = [paras[:4], paras[3:]]
    out: list[str] = []
    for k, page in enumerate(pages):
        out += wrap("\n".join(page), 27)
        out.append(f"— {k + 1} —")
    out.append("麻栗坡县统计局 二〇二五年十一月五日")
    return ("\n".join(out) + "\n").encode("utf-8")


def clean_of(doc: str) -> str:
    """The clean text a figure's context is looked up in (a table row's cells joined by |)."""
    def table(rows: list[list[str]]) -> str:
        return "\n".join("|".join(r) for r in rows) + "\n"
    return {"z01": Z01, "z02": Z02, "z03": Z03_A + table(Z03_T1) + Z03_B + table(Z03_T2) + Z03_C, "z04": Z04,
            "z05": Z05}[doc]


def main() -> None:
    """Write the texts, the manifest and the gold (damaged17's write_set)."""
    built = {"z01": damage_z01(Z01), "z02": damage_z02(Z02), "z03": damage_z03(), "z04": damage_z04(Z04),
             "z05": damage_z05(Z05)}
    _d17.write_set(OUT, "damaged19", built, MANIFEST, F, clean_of, _d17.high_row)


if __name__ == "__main__":
    main()
