"""Build data/gold/damaged20: five news texts of our own, written clean, then damaged by code the way PDF
extractors damage pages in ways earlier damaged sets used little or not at all.

- w01 (松桃苗族自治县, jobs): a subset font's ToUnicode table maps glyphs to the CJK Radicals Supplement
  (⻓ ⻔ ⻋ ⻅ ⺠: NFKC leaves these as they are, so 增⻓2.7% has no word of growth before it) as well as to the
  Kangxi radicals (⼈ ⼀ ⼤ ⼯ ⼒ ⽐) and CJK compatibility ideographs (率 年), which NFKC does fold; lines cut
  between words, never inside a number.
- w02 (永顺县, beds): a report whose list marks are single enclosed or parenthesised glyphs (㈠ ⑴ ① ⒈), some right
  before a figure (分别为⑴860张: NFKC would make it (1)860, and ⒈ would make 1.), lines cut between words.
- w03 (江城哈尼族彝族自治县, money): a table laid out in fixed columns whose long labels wrap inside their cell:
  the label's second half comes on a line of its own under the row, the row's numbers on the first line.
- w04 (兰坪白族普米族自治县, jobs): lines cut between words without hyphens, where the cut falls between a number and
  its unit (24.6 | 亿元, 9.8 | %, 0.8个 | 百分点) or between 万 and 人 (9.76万 | 人).
- w05 (道真仡佬族苗族自治县, stats): a statistics bulletin with footnote marks (¹ ²) drawn after the number, before
  its unit (112.6¹亿元), superscript powers and units as written (8.62×10⁴吨, 11.8万m²), and the CJK Radicals
  Supplement glyphs of w01 (增⻓, 居⺠) in its body.

The gold is written from the hand annotation below (each figure: the clean sentence it is in, its quote and fields
per /work/shared/gold/GUIDE.md), never from what stats extracts.

    .venv/bin/python scripts/gold_damaged20.py      # writes data/gold/damaged20/{texts,damaged20.jsonl}
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
OUT = ROOT / "data" / "gold" / "damaged20"

# --------------------------------------------------------------------------------------------- clean texts

W01 = """松桃苗族自治县2025年城镇新增就业3150人
本报讯 1月20日，记者从县人力资源和社会保障部门获悉，2025年，全县城镇新增就业3150人，完成年度目标任务的105%；城镇失业人员再就业640人，就业困难人员实现就业238人，年末城镇登记失业率为3.2%，比上年下降0.3个百分点。
全年农村劳动力转移就业21.6万人，其中县外就业15.2万人，比上年增长2.7%；脱贫劳动力务工就业7.84万人，务工收入总额达到68.5亿元，增长5.1%。
全县开行“就业直通车”42趟，输送务工人员1680人。举办各类招聘活动86场，参会企业1260家，提供就业岗位3.46万个，达成就业意向5820人。新认定就业帮扶车间12个，吸纳就业2470人，其中脱贫人口1130人。
全年发放创业担保贷款1.26亿元，同比增长18.4%，扶持创业1050人，带动就业3380人。开展职业技能培训1.45万人次，发放培训补贴2160万元，城乡居民参训人数比上年增长9.6%。
2026年，全县力争城镇新增就业3000人以上，农村劳动力转移就业稳定在21万人以上，城镇登记失业率控制在4%以内。
"""

W02 = """永顺县2025年卫生健康事业发展情况通报
㈠医疗资源。截至2025年末，全县共有医疗卫生机构386个，其中县级公立医院4个、乡镇卫生院23个、村卫生室331个。
㈡床位。全县医疗卫生机构实有床位2860张，比上年末增加146张，增长5.4%；每千常住人口床位数6.92张。县人民医院、县中医医院、县妇幼保健院编制床位分别为⑴860张、⑵520张、⑶120张。
㈢人员。全县卫生技术人员3120人，比上年增加185人，其中执业（助理）医师1160人、注册护士1480人；每千常住人口执业（助理）医师2.81人。
㈣服务。全年总诊疗198.6万人次，增长4.2%；出院6.85万人次，病床使用率84.6%。
㈤2026年重点。⒈新增床位：全县计划新增床位260张，其中①180张用于县人民医院新院区、②80张用于县中医医院康复楼；⒉新院区一期工程总投资4.6亿元，建筑面积6.8万平方米；⒊到2026年底每千常住人口床位数达到7.2张。
永顺县卫生健康局
"""

W03_A = """江城哈尼族彝族自治县2025年财政预算执行情况
2025年，全县一般公共预算收入完成3.86亿元，同比增长4.6%，其中税收收入2.41亿元，增长2.8%；非税收入1.45亿元，增长7.7%。一般公共预算支出完成24.7亿元，增长3.2%，其中民生支出20.1亿元，占比81.4%。
表1 2025年一般公共预算主要支出项目
"""
W03_T = [["项目", "2025年（万元）", "2024年（万元）", "增长（%）"],
         ["一般公共服务支出", "18640", "17920", "4.0"],
         ["教育支出", "42350", "40860", "3.6"],
         ["社会保障和就业支出", "38720", "36150", "7.1"],
         ["卫生健康支出", "26480", "27130", "-2.4"],
         ["节能环保支出", "6120", "5480", "11.7"],
         ["农林水支出", "51370", "48260", "6.4"]]
W03_B = """全年争取上级转移支付资金19.8亿元，增长5.6%；发行新增专项债券3.2亿元，支持项目11个。
2026年，全县一般公共预算收入预期增长4%，一般公共预算支出安排23.5亿元。
"""

W04 = """兰坪白族普米族自治县2025年就业工作综述
2025年，兰坪白族普米族自治县把稳就业作为民生头等大事，全县城镇新增就业2870人，完成年度目标任务的110.4%；城镇失业人员再就业560人，就业困难人员实现就业192人，城镇调查失业率为4.6%。
全年农村劳动力转移就业9.76万人，比上年增加3200人，其中省外转移就业3.18万人，脱贫劳动力务工就业4.25万人，实现务工收入24.6亿元。
全县开发乡村公益性岗位1860个，安置就业1820人；认定就业帮扶车间16个，吸纳就业640人。全年发放创业担保贷款6480万元，同比增长9.8%，扶持创业510人，带动就业1460人。
全县开展职业技能培训9350人次，其中新型学徒制培训420人次，培训后实现就业4870人，发放培训补贴1270万元。城乡居民基本养老保险参保人数达到12.5万人，参保率95.6%，比上年提高0.8个百分点。
2026年，全县将力争城镇新增就业2800人以上，农村劳动力转移就业9.5万人以上，开展职业技能培训1万人次。
"""

W05 = """道真仡佬族苗族自治县2025年国民经济和社会发展统计公报
2025年，全县实现地区生产总值112.6亿元¹，比上年增长5.3%。其中，第一产业增加值24.8亿元，增长4.1%；第二产业增加值27.5亿元，增长6.2%；第三产业增加值60.3亿元，增长5.4%。人均地区生产总值4.58万元。
年末全县户籍人口35.36万人²，常住人口24.6万人，城镇化率47.2%，比上年末提高1.1个百分点。
全年粮食总产量8.62×10⁴吨，增长1.8%；生猪出栏21.4万头。全年新建改造农村公路186公里；新开工保障性住房1250套，建筑面积11.8万m²。
全体居民人均可支配收入17460元，增长6.3%；城镇居民人均可支配收入34280元，增长4.5%；农村居民人均可支配收入13650元，增长7.1%。
全年接待游客682.5万人次，实现旅游综合收入58.6亿元，分别增长9.2%和11.4%。年末全县共有医疗卫生机构218个，实有床位1960张，卫生技术人员2170人。
注：¹地区生产总值按现价计算，增长速度按不变价格计算。²户籍人口为公安部门年报数据。
"""

# --------------------------------------------------------------------------------------------- hand annotation

# (doc, the clean sentence stretch that holds the figure, quote, value, measure, qualifier, role, topic, place,
# period[, value_high]); the stretch is the gold's context
F: list[tuple] = [
    # w01 松桃苗族自治县, published 2026-01-21
    ("w01", "松桃苗族自治县2025年城镇新增就业3150人", "3150人", 3150, "人", "exact", "level", "jobs", "松桃苗族自治县", "2025"),
    ("w01", "全县城镇新增就业3150人，完成", "3150人", 3150, "人", "exact", "level", "jobs", "松桃苗族自治县", "2025"),
    ("w01", "完成年度目标任务的105%", "105%", 105, "%", "exact", "level", "jobs", "松桃苗族自治县", "2025"),
    ("w01", "城镇失业人员再就业640人", "640人", 640, "人", "exact", "level", "jobs", "松桃苗族自治县", "2025"),
    ("w01", "就业困难人员实现就业238人", "238人", 238, "人", "exact", "level", "jobs", "松桃苗族自治县", "2025"),
    ("w01", "年末城镇登记失业率为3.2%", "3.2%", 3.2, "%", "exact", "level", "jobs", "松桃苗族自治县", "2025"),
    ("w01", "比上年下降0.3个百分点", "0.3个百分点", 0.3, "百分点", "exact", "change", "jobs", "松桃苗族自治县", "2025"),
    ("w01", "农村劳动力转移就业21.6万人", "21.6万人", 216000, "人", "exact", "level", "jobs", "松桃苗族自治县", "2025"),
    ("w01", "其中县外就业15.2万人", "15.2万人", 152000, "人", "exact", "level", "jobs", "松桃苗族自治县", "2025"),
    ("w01", "比上年增长2.7%；", "2.7%", 2.7, "%", "exact", "change", "jobs", "松桃苗族自治县", "2025"),
    ("w01", "脱贫劳动力务工就业7.84万人", "7.84万人", 78400, "人", "exact", "level", "jobs", "松桃苗族自治县", "2025"),
    ("w01", "务工收入总额达到68.5亿元", "68.5亿元", 6850000000, "元", "exact", "level", "money", "松桃苗族自治县", "2025"),
    ("w01", "68.5亿元，增长5.1%", "5.1%", 5.1, "%", "exact", "change", "percent", "松桃苗族自治县", "2025"),
    ("w01", "“就业直通车”42趟", "42趟", 42, "趟", "exact", "level", "jobs", "松桃苗族自治县", "2025"),
    ("w01", "输送务工人员1680人", "1680人", 1680, "人", "exact", "level", "jobs", "松桃苗族自治县", "2025"),
    ("w01", "举办各类招聘活动86场", "86场", 86, "场", "exact", "level", "jobs", "松桃苗族自治县", "2025"),
    ("w01", "参会企业1260家", "1260家", 1260, "家", "exact", "level", "jobs", "松桃苗族自治县", "2025"),
    ("w01", "提供就业岗位3.46万个", "3.46万个", 34600, "个", "exact", "level", "jobs", "松桃苗族自治县", "2025"),
    ("w01", "达成就业意向5820人", "5820人", 5820, "人", "exact", "level", "jobs", "松桃苗族自治县", "2025"),
    ("w01", "新认定就业帮扶车间12个", "12个", 12, "个", "exact", "level", "other", "松桃苗族自治县", "2025"),
    ("w01", "吸纳就业2470人", "2470人", 2470, "人", "exact", "level", "jobs", "松桃苗族自治县", "2025"),
    ("w01", "其中脱贫人口1130人", "1130人", 1130, "人", "exact", "level", "jobs", "松桃苗族自治县", "2025"),
    ("w01", "发放创业担保贷款1.26亿元", "1.26亿元", 126000000, "元", "exact", "level", "money", "松桃苗族自治县", "2025"),
    ("w01", "同比增长18.4%", "18.4%", 18.4, "%", "exact", "change", "percent", "松桃苗族自治县", "2025"),
    ("w01", "扶持创业1050人", "1050人", 1050, "人", "exact", "level", "jobs", "松桃苗族自治县", "2025"),
    ("w01", "带动就业3380人", "3380人", 3380, "人", "exact", "level", "jobs", "松桃苗族自治县", "2025"),
    ("w01", "开展职业技能培训1.45万人次", "1.45万人次", 14500, "人次", "exact", "level", "jobs", "松桃苗族自治县", "2025"),
    ("w01", "发放培训补贴2160万元", "2160万元", 21600000, "元", "exact", "level", "money", "松桃苗族自治县", "2025"),
    ("w01", "参训人数比上年增长9.6%", "9.6%", 9.6, "%", "exact", "change", "jobs", "松桃苗族自治县", "2025"),
    ("w01", "力争城镇新增就业3000人以上", "3000人以上", 3000, "人", "lower_bound", "target", "jobs", "松桃苗族自治县", "2026"),
    ("w01", "转移就业稳定在21万人以上", "21万人以上", 210000, "人", "lower_bound", "target", "jobs", "松桃苗族自治县", "2026"),
    ("w01", "城镇登记失业率控制在4%以内", "4%以内", 4, "%", "upper_bound", "target", "jobs", "松桃苗族自治县", "2026"),
    # w02 永顺县, published 2026-02-12
    ("w02", "全县共有医疗卫生机构386个", "386个", 386, "个", "exact", "level", "other", "永顺县", "2025"),
    ("w02", "其中县级公立医院4个", "4个", 4, "个", "exact", "level", "other", "永顺县", "2025"),
    ("w02", "乡镇卫生院23个", "23个", 23, "个", "exact", "level", "other", "永顺县", "2025"),
    ("w02", "村卫生室331个", "331个", 331, "个", "exact", "level", "other", "永顺县", "2025"),
    ("w02", "实有床位2860张", "2860张", 2860, "张", "exact", "level", "beds", "永顺县", "2025"),
    ("w02", "比上年末增加146张", "146张", 146, "张", "exact", "change", "beds", "永顺县", "2025"),
    ("w02", "146张，增长5.4%", "5.4%", 5.4, "%", "exact", "change", "beds", "永顺县", "2025"),
    ("w02", "每千常住人口床位数6.92张", "6.92张", 6.92, "张", "exact", "level", "beds", "永顺县", "2025"),
    ("w02", "分别为⑴860张", "860张", 860, "张", "exact", "level", "beds", "永顺县", "2025"),
    ("w02", "⑵520张", "520张", 520, "张", "exact", "level", "beds", "永顺县", "2025"),
    ("w02", "⑶120张", "120张", 120, "张", "exact", "level", "beds", "永顺县", "2025"),
    ("w02", "全县卫生技术人员3120人", "3120人", 3120, "人", "exact", "level", "other", "永顺县", "2025"),
    ("w02", "比上年增加185人", "185人", 185, "人", "exact", "change", "other", "永顺县", "2025"),
    ("w02", "执业（助理）医师1160人", "1160人", 1160, "人", "exact", "level", "other", "永顺县", "2025"),
    ("w02", "注册护士1480人", "1480人", 1480, "人", "exact", "level", "other", "永顺县", "2025"),
    ("w02", "执业（助理）医师2.81人", "2.81人", 2.81, "人", "exact", "level", "other", "永顺县", "2025"),
    ("w02", "全年总诊疗198.6万人次", "198.6万人次", 1986000, "人次", "exact", "level", "other", "永顺县", "2025"),
    ("w02", "人次，增长4.2%", "4.2%", 4.2, "%", "exact", "change", "percent", "永顺县", "2025"),
    ("w02", "出院6.85万人次", "6.85万人次", 68500, "人次", "exact", "level", "other", "永顺县", "2025"),
    ("w02", "病床使用率84.6%", "84.6%", 84.6, "%", "exact", "level", "beds", "永顺县", "2025"),
    ("w02", "计划新增床位260张", "260张", 260, "张", "exact", "target", "beds", "永顺县", "2026"),
    ("w02", "①180张用于", "180张", 180, "张", "exact", "target", "beds", "永顺县", "2026"),
    ("w02", "②80张用于", "80张", 80, "张", "exact", "target", "beds", "永顺县", "2026"),
    ("w02", "一期工程总投资4.6亿元", "4.6亿元", 460000000, "元", "exact", "level", "money", "永顺县", "2026"),
    ("w02", "建筑面积6.8万平方米", "6.8万平方米", 68000, "平方米", "exact", "level", "other", "永顺县", "2026"),
    ("w02", "床位数达到7.2张", "7.2张", 7.2, "张", "exact", "target", "beds", "永顺县", "2026"),
    # w03 江城哈尼族彝族自治县, published 2026-01-30
    ("w03", "一般公共预算收入完成3.86亿元", "3.86亿元", 386000000, "元", "exact", "level", "money", "江城哈尼族彝族自治县", "2025"),
    ("w03", "同比增长4.6%", "4.6%", 4.6, "%", "exact", "change", "percent", "江城哈尼族彝族自治县", "2025"),
    ("w03", "其中税收收入2.41亿元", "2.41亿元", 241000000, "元", "exact", "level", "money", "江城哈尼族彝族自治县", "2025"),
    ("w03", "2.41亿元，增长2.8%", "2.8%", 2.8, "%", "exact", "change", "percent", "江城哈尼族彝族自治县", "2025"),
    ("w03", "非税收入1.45亿元", "1.45亿元", 145000000, "元", "exact", "level", "money", "江城哈尼族彝族自治县", "2025"),
    ("w03", "1.45亿元，增长7.7%", "7.7%", 7.7, "%", "exact", "change", "percent", "江城哈尼族彝族自治县", "2025"),
    ("w03", "一般公共预算支出完成24.7亿元", "24.7亿元", 2470000000, "元", "exact", "level", "money", "江城哈尼族彝族自治县", "2025"),
    ("w03", "24.7亿元，增长3.2%", "3.2%", 3.2, "%", "exact", "change", "percent", "江城哈尼族彝族自治县", "2025"),
    ("w03", "其中民生支出20.1亿元", "20.1亿元", 2010000000, "元", "exact", "level", "money", "江城哈尼族彝族自治县", "2025"),
    ("w03", "占比81.4%", "81.4%", 81.4, "%", "exact", "level", "percent", "江城哈尼族彝族自治县", "2025"),
    ("w03", "一般公共服务支出|18640", "18640", 186400000, "元", "exact", "level", "money", "江城哈尼族彝族自治县", "2025"),
    ("w03", "18640|17920", "17920", 179200000, "元", "exact", "level", "money", "江城哈尼族彝族自治县", "2024"),
    ("w03", "17920|4.0", "4.0", 4.0, "%", "exact", "change", "percent", "江城哈尼族彝族自治县", "2025"),
    ("w03", "教育支出|42350", "42350", 423500000, "元", "exact", "level", "money", "江城哈尼族彝族自治县", "2025"),
    ("w03", "42350|40860", "40860", 408600000, "元", "exact", "level", "money", "江城哈尼族彝族自治县", "2024"),
    ("w03", "40860|3.6", "3.6", 3.6, "%", "exact", "change", "percent", "江城哈尼族彝族自治县", "2025"),
    ("w03", "社会保障和就业支出|38720", "38720", 387200000, "元", "exact", "level", "money", "江城哈尼族彝族自治县", "2025"),
    ("w03", "38720|36150", "36150", 361500000, "元", "exact", "level", "money", "江城哈尼族彝族自治县", "2024"),
    ("w03", "36150|7.1", "7.1", 7.1, "%", "exact", "change", "percent", "江城哈尼族彝族自治县", "2025"),
    ("w03", "卫生健康支出|26480", "26480", 264800000, "元", "exact", "level", "money", "江城哈尼族彝族自治县", "2025"),
    ("w03", "26480|27130", "27130", 271300000, "元", "exact", "level", "money", "江城哈尼族彝族自治县", "2024"),
    ("w03", "27130|-2.4", "-2.4", -2.4, "%", "exact", "change", "percent", "江城哈尼族彝族自治县", "2025"),
    ("w03", "节能环保支出|6120", "6120", 61200000, "元", "exact", "level", "money", "江城哈尼族彝族自治县", "2025"),
    ("w03", "6120|5480", "5480", 54800000, "元", "exact", "level", "money", "江城哈尼族彝族自治县", "2024"),
    ("w03", "5480|11.7", "11.7", 11.7, "%", "exact", "change", "percent", "江城哈尼族彝族自治县", "2025"),
    ("w03", "农林水支出|51370", "51370", 513700000, "元", "exact", "level", "money", "江城哈尼族彝族自治县", "2025"),
    ("w03", "51370|48260", "48260", 482600000, "元", "exact", "level", "money", "江城哈尼族彝族自治县", "2024"),
    ("w03", "48260|6.4", "6.4", 6.4, "%", "exact", "change", "percent", "江城哈尼族彝族自治县", "2025"),
    ("w03", "上级转移支付资金19.8亿元", "19.8亿元", 1980000000, "元", "exact", "level", "money", "江城哈尼族彝族自治县", "2025"),
    ("w03", "19.8亿元，增长5.6%", "5.6%", 5.6, "%", "exact", "change", "percent", "江城哈尼族彝族自治县", "2025"),
    ("w03", "发行新增专项债券3.2亿元", "3.2亿元", 320000000, "元", "exact", "level", "money", "江城哈尼族彝族自治县", "2025"),
    ("w03", "支持项目11个", "11个", 11, "个", "exact", "level", "other", "江城哈尼族彝族自治县", "2025"),
    ("w03", "收入预期增长4%", "4%", 4, "%", "exact", "target", "percent", "江城哈尼族彝族自治县", "2026"),
    ("w03", "一般公共预算支出安排23.5亿元", "23.5亿元", 2350000000, "元", "exact", "target", "money", "江城哈尼族彝族自治县", "2026"),
    # w04 兰坪白族普米族自治县, published 2026-01-26
    ("w04", "全县城镇新增就业2870人", "2870人", 2870, "人", "exact", "level", "jobs", "兰坪白族普米族自治县", "2025"),
    ("w04", "完成年度目标任务的110.4%", "110.4%", 110.4, "%", "exact", "level", "jobs", "兰坪白族普米族自治县", "2025"),
    ("w04", "城镇失业人员再就业560人", "560人", 560, "人", "exact", "level", "jobs", "兰坪白族普米族自治县", "2025"),
    ("w04", "就业困难人员实现就业192人", "192人", 192, "人", "exact", "level", "jobs", "兰坪白族普米族自治县", "2025"),
    ("w04", "城镇调查失业率为4.6%", "4.6%", 4.6, "%", "exact", "level", "jobs", "兰坪白族普米族自治县", "2025"),
    ("w04", "农村劳动力转移就业9.76万人", "9.76万人", 97600, "人", "exact", "level", "jobs", "兰坪白族普米族自治县", "2025"),
    ("w04", "比上年增加3200人", "3200人", 3200, "人", "exact", "change", "jobs", "兰坪白族普米族自治县", "2025"),
    ("w04", "其中省外转移就业3.18万人", "3.18万人", 31800, "人", "exact", "level", "jobs", "兰坪白族普米族自治县", "2025"),
    ("w04", "脱贫劳动力务工就业4.25万人", "4.25万人", 42500, "人", "exact", "level", "jobs", "兰坪白族普米族自治县", "2025"),
    ("w04", "实现务工收入24.6亿元", "24.6亿元", 2460000000, "元", "exact", "level", "money", "兰坪白族普米族自治县", "2025"),
    ("w04", "开发乡村公益性岗位1860个", "1860个", 1860, "个", "exact", "level", "jobs", "兰坪白族普米族自治县", "2025"),
    ("w04", "安置就业1820人", "1820人", 1820, "人", "exact", "level", "jobs", "兰坪白族普米族自治县", "2025"),
    ("w04", "认定就业帮扶车间16个", "16个", 16, "个", "exact", "level", "other", "兰坪白族普米族自治县", "2025"),
    ("w04", "吸纳就业640人", "640人", 640, "人", "exact", "level", "jobs", "兰坪白族普米族自治县", "2025"),
    ("w04", "发放创业担保贷款6480万元", "6480万元", 64800000, "元", "exact", "level", "money", "兰坪白族普米族自治县", "2025"),
    ("w04", "同比增长9.8%", "9.8%", 9.8, "%", "exact", "change", "percent", "兰坪白族普米族自治县", "2025"),
    ("w04", "扶持创业510人", "510人", 510, "人", "exact", "level", "jobs", "兰坪白族普米族自治县", "2025"),
    ("w04", "带动就业1460人", "1460人", 1460, "人", "exact", "level", "jobs", "兰坪白族普米族自治县", "2025"),
    ("w04", "全县开展职业技能培训9350人次", "9350人次", 9350, "人次", "exact", "level", "jobs", "兰坪白族普米族自治县", "2025"),
    ("w04", "新型学徒制培训420人次", "420人次", 420, "人次", "exact", "level", "jobs", "兰坪白族普米族自治县", "2025"),
    ("w04", "培训后实现就业4870人", "4870人", 4870, "人", "exact", "level", "jobs", "兰坪白族普米族自治县", "2025"),
    ("w04", "发放培训补贴1270万元", "1270万元", 12700000, "元", "exact", "level", "money", "兰坪白族普米族自治县", "2025"),
    ("w04", "参保人数达到12.5万人", "12.5万人", 125000, "人", "exact", "level", "other", "兰坪白族普米族自治县", "2025"),
    ("w04", "参保率95.6%", "95.6%", 95.6, "%", "exact", "level", "percent", "兰坪白族普米族自治县", "2025"),
    ("w04", "比上年提高0.8个百分点", "0.8个百分点", 0.8, "百分点", "exact", "change", "percent", "兰坪白族普米族自治县", "2025"),
    ("w04", "力争城镇新增就业2800人以上", "2800人以上", 2800, "人", "lower_bound", "target", "jobs", "兰坪白族普米族自治县", "2026"),
    ("w04", "转移就业9.5万人以上", "9.5万人以上", 95000, "人", "lower_bound", "target", "jobs", "兰坪白族普米族自治县", "2026"),
    ("w04", "开展职业技能培训1万人次", "1万人次", 10000, "人次", "exact", "target", "jobs", "兰坪白族普米族自治县", "2026"),
    # w05 道真仡佬族苗族自治县, published 2026-03-20
    ("w05", "实现地区生产总值112.6亿元", "112.6亿元", 11260000000, "元", "exact", "level", "money", "道真仡佬族苗族自治县", "2025"),
    ("w05", "比上年增长5.3%", "5.3%", 5.3, "%", "exact", "change", "percent", "道真仡佬族苗族自治县", "2025"),
    ("w05", "第一产业增加值24.8亿元", "24.8亿元", 2480000000, "元", "exact", "level", "money", "道真仡佬族苗族自治县", "2025"),
    ("w05", "24.8亿元，增长4.1%", "4.1%", 4.1, "%", "exact", "change", "percent", "道真仡佬族苗族自治县", "2025"),
    ("w05", "第二产业增加值27.5亿元", "27.5亿元", 2750000000, "元", "exact", "level", "money", "道真仡佬族苗族自治县", "2025"),
    ("w05", "27.5亿元，增长6.2%", "6.2%", 6.2, "%", "exact", "change", "percent", "道真仡佬族苗族自治县", "2025"),
    ("w05", "第三产业增加值60.3亿元", "60.3亿元", 6030000000, "元", "exact", "level", "money", "道真仡佬族苗族自治县", "2025"),
    ("w05", "60.3亿元，增长5.4%", "5.4%", 5.4, "%", "exact", "change", "percent", "道真仡佬族苗族自治县", "2025"),
    ("w05", "人均地区生产总值4.58万元", "4.58万元", 45800, "元", "exact", "level", "money", "道真仡佬族苗族自治县", "2025"),
    ("w05", "年末全县户籍人口35.36万人", "35.36万人", 353600, "人", "exact", "level", "other", "道真仡佬族苗族自治县", "2025"),
    ("w05", "常住人口24.6万人", "24.6万人", 246000, "人", "exact", "level", "other", "道真仡佬族苗族自治县", "2025"),
    ("w05", "城镇化率47.2%", "47.2%", 47.2, "%", "exact", "level", "percent", "道真仡佬族苗族自治县", "2025"),
    ("w05", "比上年末提高1.1个百分点", "1.1个百分点", 1.1, "百分点", "exact", "change", "percent", "道真仡佬族苗族自治县", "2025"),
    ("w05", "粮食总产量8.62×10⁴吨", "8.62×10⁴吨", 86200, "吨", "exact", "level", "other", "道真仡佬族苗族自治县", "2025"),
    ("w05", "吨，增长1.8%", "1.8%", 1.8, "%", "exact", "change", "percent", "道真仡佬族苗族自治县", "2025"),
    ("w05", "生猪出栏21.4万头", "21.4万头", 214000, "头", "exact", "level", "other", "道真仡佬族苗族自治县", "2025"),
    ("w05", "新建改造农村公路186公里", "186公里", 186, "公里", "exact", "level", "other", "道真仡佬族苗族自治县", "2025"),
    ("w05", "新开工保障性住房1250套", "1250套", 1250, "套", "exact", "level", "other", "道真仡佬族苗族自治县", "2025"),
    ("w05", "建筑面积11.8万m²", "11.8万m²", 118000, "m²", "exact", "level", "other", "道真仡佬族苗族自治县", "2025"),
    ("w05", "全体居民人均可支配收入17460元", "17460元", 17460, "元", "exact", "level", "money", "道真仡佬族苗族自治县", "2025"),
    ("w05", "17460元，增长6.3%", "6.3%", 6.3, "%", "exact", "change", "percent", "道真仡佬族苗族自治县", "2025"),
    ("w05", "城镇居民人均可支配收入34280元", "34280元", 34280, "元", "exact", "level", "money", "道真仡佬族苗族自治县", "2025"),
    ("w05", "34280元，增长4.5%", "4.5%", 4.5, "%", "exact", "change", "percent", "道真仡佬族苗族自治县", "2025"),
    ("w05", "农村居民人均可支配收入13650元", "13650元", 13650, "元", "exact", "level", "money", "道真仡佬族苗族自治县", "2025"),
    ("w05", "13650元，增长7.1%", "7.1%", 7.1, "%", "exact", "change", "percent", "道真仡佬族苗族自治县", "2025"),
    ("w05", "全年接待游客682.5万人次", "682.5万人次", 6825000, "人次", "exact", "level", "other", "道真仡佬族苗族自治县", "2025"),
    ("w05", "旅游综合收入58.6亿元", "58.6亿元", 5860000000, "元", "exact", "level", "money", "道真仡佬族苗族自治县", "2025"),
    ("w05", "分别增长9.2%", "9.2%", 9.2, "%", "exact", "change", "percent", "道真仡佬族苗族自治县", "2025"),
    ("w05", "9.2%和11.4%", "11.4%", 11.4, "%", "exact", "change", "percent", "道真仡佬族苗族自治县", "2025"),
    ("w05", "共有医疗卫生机构218个", "218个", 218, "个", "exact", "level", "other", "道真仡佬族苗族自治县", "2025"),
    ("w05", "实有床位1960张", "1960张", 1960, "张", "exact", "level", "beds", "道真仡佬族苗族自治县", "2025"),
    ("w05", "卫生技术人员2170人", "2170人", 2170, "人", "exact", "level", "other", "道真仡佬族苗族自治县", "2025"),
]

MANIFEST = [("w01", "2026-01-21", "松桃苗族自治县融媒体中心"), ("w02", "2026-02-12", "永顺县卫生健康局"),
            ("w03", "2026-01-30", "江城哈尼族彝族自治县财政局"), ("w04", "2026-01-26", "兰坪白族普米族自治县人民政府"),
            ("w05", "2026-03-20", "道真仡佬族苗族自治县统计局")]

# --------------------------------------------------------------------------------------------- the damage

# glyphs a subset font's ToUnicode table maps to radical blocks: the CJK Radicals Supplement (no NFKC form),
# the Kangxi radicals and the CJK compatibility ideographs (NFKC folds these)
SUPPLEMENT = {"长": "\u2ed3", "门": "\u2ed4", "车": "\u2ecb", "见": "\u2ec5", "民": "\u2ea0", "齐": "\u2eec"}
KANGXI = {"人": "\u2f08", "一": "\u2f00", "大": "\u2f24", "工": "\u2f2f", "力": "\u2f12", "比": "\u2f50"}
COMPAT = {"率": "\uf961", "年": "\uf98e"}

# a token the cut never splits: a number (with its point), else one character
_TOKEN = re.compile(r"\d+(?:\.\d+)?|.", re.S)


def wrap_words(text: str, width: int) -> list[str]:
    """Cut every paragraph into lines of at most `width` characters between tokens, never inside a number: a cut
    may fall between a number and its unit or between 万 and 人 (no hyphen marks it). A '\\x00' forces a cut."""
    out: list[str] = []
    for para in text.splitlines():
        line = ""
        for m in _TOKEN.finditer(para):
            tok = m.group()
            if tok == "\x00":
                out.append(line)
                line = ""
                continue
            if len(line) + len(tok) > width:
                out.append(line)
                line = ""
            line += tok
        if line:
            out.append(line)
    return out


def glyphs(text: str, table: dict[str, str]) -> str:
    """Every character of `table` in the text as the font's glyph maps it."""
    return "".join(table.get(c, c) for c in text)


def damage_w01(text: str) -> bytes:
    """Radical-supplement, Kangxi and compatibility glyphs all through, lines cut between words, a page head."""
    lines = wrap_words(glyphs(text, {**SUPPLEMENT, **KANGXI, **COMPAT}), 29)
    head = "松桃新闻  2026年1月21日  第2版"
    return ("\n".join([head] + lines[:9] + ["— 2 —", head] + lines[9:]) + "\n").encode("utf-8")


def damage_w02(text: str) -> bytes:
    """Enclosed and parenthesised list marks as written, lines cut between words, a foot every ten lines."""
    lines = wrap_words(text, 26)
    out: list[str] = []
    for k in range(0, len(lines), 10):
        out += lines[k:k + 10]
        out.append(f"- {k // 10 + 1} -")
    return ("\n".join(out) + "\n").encode("utf-8")


def cols(s: str) -> int:
    """A string's width in a fixed-width page: a Han or full-width character counts two columns."""
    return sum(2 if ord(c) > 0x2E7F else 1 for c in s)


def wrapped_table(rows: list[list[str]], widths: list[int]) -> list[str]:
    """A table in fixed columns, each cell cut to its column's width in lines; a long label's rest goes on a line of
    its own under the row, the other cells blank there (numbers stay on the row's first line)."""
    def cut(cell: str, w: int) -> list[str]:
        parts, cur = [], ""
        for ch in cell:
            if cols(cur + ch) > w:
                parts.append(cur)
                cur = ""
            cur += ch
        return parts + [cur]
    out: list[str] = []
    for row in rows:
        cells = [cut(c, w) for c, w in zip(row, widths, strict=True)]
        for i in range(max(len(c) for c in cells)):
            line = ""
            for c, w in zip(cells, widths, strict=True):
                part = c[i] if i < len(c) else ""
                line += part + " " * (w - cols(part) + 2)
            out.append(line.rstrip())
    return out


def damage_w03() -> bytes:
    """Prose cut between words at 28, the table in columns 12-10-10-8 wide with its long labels wrapped."""
    lines = (wrap_words(W03_A, 28) + wrapped_table(W03_T, [12, 10, 10, 8]) + wrap_words(W03_B, 28))
    return ("\n".join(lines) + "\n").encode("utf-8")


def damage_w04(text: str) -> bytes:
    """Lines cut between words at 30, and where a justified line ran out between a number and its unit."""
    for old in ["2870人", "9.76万人", "3200人", "3.18万人", "24.6亿元", "1860个", "6480万元", "9.8%", "12.5万人",
                "0.8个百分点", "9.5万人以上", "4.6%", "1万人次", "4870人"]:
        m = re.fullmatch(r"([\d.]+(?:万|个)?)(.+)", old)
        assert m is not None
        text = sub(text, old, m.group(1) + "\x00" + m.group(2))
    return ("\n".join(wrap_words(text, 30)) + "\n").encode("utf-8")


def damage_w05(text: str) -> bytes:
    """Footnote marks drawn after the number, before its unit; radical-supplement glyphs; lines cut at 27."""
    text = sub(text, "112.6亿元¹", "112.6¹亿元")
    text = sub(text, "35.36万人²", "35.36²万人")
    body, notes = text.rsplit("注：", 1)
    body = glyphs(body, SUPPLEMENT)
    return ("\n".join(wrap_words(body, 27) + ["注：" + notes.strip()]) + "\n").encode("utf-8")


def clean_of(doc: str) -> str:
    """The clean text a figure's context is looked up in (a table row's cells joined by |)."""
    table = "\n".join("|".join(r) for r in W03_T) + "\n"
    return {"w01": W01, "w02": W02, "w03": W03_A + table + W03_B, "w04": W04, "w05": W05}[doc]


def main() -> None:
    """Write the texts, the manifest and the gold (damaged17's write_set)."""
    built = {"w01": damage_w01(W01), "w02": damage_w02(W02), "w03": damage_w03(), "w04": damage_w04(W04),
             "w05": damage_w05(W05)}
    _d17.write_set(OUT, "damaged20", built, MANIFEST, F, clean_of, _d17.high_row)


if __name__ == "__main__":
    main()
