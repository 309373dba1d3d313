"""Build data/gold/damaged22: five texts of our own, written clean, then damaged by code the way PDF and office
exports damage pages in ways earlier damaged sets used little or not at all.

- u01 (青川县, jobs): a PDF whose text layer gives some lines right to left: the paragraphs wrapped at 21
  characters (never inside a number), and every third line's characters in reverse order, digits included
  (人0781业就增新镇城县全 for 全县城镇新增就业1870人). A reversed line is read as if it were the right way round.
- u02 (武川县, beds): a slide deck exported to PDF: a title slide, one slide a section with its title, bullets as
  the symbol font's private-use glyph (U+F0A7) or •, big numbers alone on a line with their label on the line
  under them (1120张 | 实有床位, +6.1% | 床位增长), the cards' text boxes read before the bullets on some slides,
  a foot (the office's name and the slide number) on every slide.
- u03 (芒康县, money): a page whose digits are in another font than its Han text, so the extractor gives each
  line's Han text first and the line's numbers gathered at its end (教育支出亿元，增长%；农林水 7.62 5.4). On
  those lines no reader can tell which number goes with which unit: those figures are not in the gold, and any
  reading of them is a false positive. The other paragraphs are clean.
- u04 (长阳土家族自治县, stats): a statistics bulletin saved with each paragraph on one very long line and each
  section heading (一、综合) run into the end of the paragraph before it (…1.1个百分点。二、农业全年粮食…).
- u05 (留坝县, jobs): an OA mail forwarded as text: 发件人/主题：转发：/附件 lines (附件：1.2025年…docx, 36KB),
  the forwarded 通报 with a > mark at each line start, and its 附表 as a docx table saved as text: cells
  separated by tabs, the merged 类别 cell repeated on each of its rows.

The gold is written from the hand annotation below (each figure: the clean sentence it is in, its quote and fields
per /work/shared/gold/GUIDE.md), never from what stats extracts.

    .venv/bin/python scripts/gold_damaged22.py      # writes data/gold/damaged22/{texts,damaged22.jsonl}
"""
# ruff: noqa: E501  (the clean texts are one paragraph a line, as written)

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# the checked replacement and the set writer are damaged17's (one copy of them)
sys.path.insert(0, str(ROOT / "scripts"))
import gold_damaged17 as _d17  # noqa: E402

sub = _d17.sub
OUT = ROOT / "data" / "gold" / "damaged22"

# --------------------------------------------------------------------------------------------- clean texts

U01 = """青川县2025年城镇新增就业1870人
本报讯 1月20日，记者从青川县人力资源和社会保障局获悉，2025年全县城镇新增就业1870人，完成年度目标任务的106.9%；城镇失业人员再就业460人，就业困难人员实现就业138人，城镇登记失业率为3.7%。
全县农村劳动力转移就业9.36万人，比上年增加1800人，其中县外转移就业5.12万人；脱贫劳动力务工就业2.84万人，务工收入达到19.6亿元，同比增长5.8%。
全年发放稳岗返还资金265万元，惠及企业173家；发放创业担保贷款3860万元，扶持创业412人，带动就业1090人。
全年开展职业技能培训5240人次，培训后就业率达到79.4%；举办招聘会48场，提供就业岗位12600个。
2026年，全县力争城镇新增就业1800人以上，农村劳动力转移就业稳定在9.2万人以上。
"""

# the deck as authored: slides split by a blank line; on a slide, its title, its bullets, then its cards (a big
# number line and its label line)
U02_SLIDES = [
    ["武川县2025年卫生健康工作汇报", "武川县卫生健康局", "2026年2月"],
    ["一、医疗资源总量", "• 全县医疗卫生机构156个，其中医院6个", "• 实有床位1120张，比上年末增加64张",
     "• 每千常住人口床位数7.42张", "1120张", "实有床位", "+6.1%", "床位增长"],
    ["二、人才队伍", "• 卫生技术人员1368人，增长4.5%", "• 执业（助理）医师512人，注册护士604人",
     "3.4人", "每千常住人口执业（助理）医师"],
    ["三、服务能力", "• 总诊疗人次62.8万人次，增长2.7%", "• 出院人数2.46万人次", "• 病床使用率74.3%",
     "62.8万人次", "总诊疗人次", "74.3%", "病床使用率"],
    ["四、重点项目", "• 县医院门急诊综合楼建成投用，总投资2.35亿元，新增床位150张", "• 县中蒙医院新增床位40张",
     "2.35亿元", "项目总投资"],
    ["五、2026年目标", "• 新增医疗床位100张", "• 每千常住人口床位数达到7.8张", "• 家庭医生签约服务覆盖率达到75%以上"],
]
U02 = "\n\n".join("\n".join(s) for s in U02_SLIDES) + "\n"

U03 = """2025年芒康县财政预算执行情况
2025年，全县一般公共预算收入完成3.46亿元，同比增长6.1%，其中税收收入2.18亿元，增长4.9%，非税收入1.28亿元，增长8.2%。
全县一般公共预算支出完成41.35亿元，增长3.2%。其中，教育支出7.62亿元，增长5.4%；农林水支出9.18亿元，增长2.6%；卫生健康支出3.94亿元，下降2.3%；社会保障和就业支出5.27亿元，增长7.1%。
全年争取中央和自治区转移支付资金36.8亿元，比上年增加2.4亿元。发行新增专项债券3.5亿元，支持重点项目9个。
全县政府性基金预算收入完成1.62亿元，下降15.3%；政府性基金预算支出4.86亿元，国有资本经营预算收入460万元。
全县国有资本经营预算支出380万元。年末全县地方政府债务余额28.6亿元，控制在限额以内。
全年发放各类惠民惠农补贴资金2.93亿元，惠及群众12.4万人次。
2026年，全县一般公共预算收入预期增长6%左右，一般公共预算支出安排39亿元。
"""
U03_FONT_SPLIT = (2, 4)  # the paragraphs (lines of U03) whose digits are in the other font

U04 = """长阳土家族自治县2025年国民经济和社会发展统计公报
一、综合
2025年，全县实现地区生产总值218.6亿元，比上年增长6.2%。其中，第一产业增加值32.45亿元，增长4.1%；第二产业增加值78.36亿元，增长7.3%；第三产业增加值107.79亿元，增长6.0%。年末全县常住人口33.26万人，城镇化率46.8%，比上年末提高1.1个百分点。
二、农业
全年粮食总产量10.82万吨，比上年增长1.6%。生猪出栏42.6万头，增长2.8%；茶叶产量1.35万吨，增长6.4%。
三、工业和建筑业
全县规模以上工业企业86家，规模以上工业增加值增长8.9%。全年建筑业总产值46.2亿元，增长5.1%。
四、国内贸易
全年社会消费品零售总额96.4亿元，增长5.7%。
五、人民生活
全体居民人均可支配收入26840元，增长6.5%。其中城镇居民人均可支配收入39620元，增长5.2%；农村居民人均可支配收入17460元，增长7.7%。
六、卫生和就业
年末全县共有医疗卫生机构318个，实有床位2640张，卫生技术人员2815人。全年城镇新增就业3260人，城镇登记失业率3.2%。
"""

U05_MAIL = """发件人：留坝县人社局办公室
发送时间：2026年1月30日 10:26
收件人：各镇人民政府；县直有关部门
主题：转发：关于2025年全县就业和社会保障工作情况的通报
附件：1.2025年就业工作统计表.docx（36KB）
2.2026年就业工作要点.docx（21KB）

各单位：
现将《关于2025年全县就业和社会保障工作情况的通报》转发给你们，请结合实际抓好落实。

-------- 转发的邮件 --------
"""
U05_A = """发件人：留坝县人力资源和社会保障局
主题：关于2025年全县就业和社会保障工作情况的通报
各镇人民政府，县直有关部门：
2025年，全县城镇新增就业860人，完成年度目标任务的107.5%；城镇失业人员再就业215人，就业困难人员实现就业64人，城镇登记失业率3.5%。
全县农村劳动力转移就业1.84万人，其中县外转移就业1.06万人，务工收入4.26亿元，同比增长5.3%。
全年发放创业担保贷款1280万元，扶持创业136人，带动就业372人；开展职业技能培训1650人次。
城乡居民基本养老保险参保2.68万人，参保率达到98.2%；失业保险参保3420人。
附表：2025年就业工作主要指标
"""
U05_T = [["类别", "指标", "单位", "2025年", "比上年增加"],
         ["就业", "城镇新增就业", "人", "860", "35"],
         ["就业", "城镇失业人员再就业", "人", "215", "12"],
         ["就业", "农村劳动力转移就业", "万人", "1.84", "0.06"],
         ["培训", "职业技能培训", "人次", "1650", "120"],
         ["培训", "职业培训补贴", "万元", "186", "14"],
         ["社保", "城乡居民养老保险参保", "万人", "2.68", "0.03"],
         ["社保", "失业保险参保", "人", "3420", "96"]]
U05_B = """2026年，全县力争城镇新增就业850人以上，开展职业技能培训1500人次以上。
留坝县人力资源和社会保障局
2025年12月30日
"""

# --------------------------------------------------------------------------------------------- hand annotation

# (doc, the clean stretch that holds the figure, quote, value, measure, qualifier, role, topic, place, period)
Q = "青川县"
W = "武川县"
K = "芒康县"
C = "长阳土家族自治县"
L = "留坝县"
F: list[tuple] = [
    # u01 青川县, published 2026-01-20 (every third line reversed)
    ("u01", "青川县2025年城镇新增就业1870人", "1870人", 1870, "人", "exact", "level", "jobs", Q, "2025"),
    ("u01", "全县城镇新增就业1870人，完成", "1870人", 1870, "人", "exact", "level", "jobs", Q, "2025"),
    ("u01", "完成年度目标任务的106.9%", "106.9%", 106.9, "%", "exact", "level", "jobs", Q, "2025"),
    ("u01", "城镇失业人员再就业460人", "460人", 460, "人", "exact", "level", "jobs", Q, "2025"),
    ("u01", "就业困难人员实现就业138人", "138人", 138, "人", "exact", "level", "jobs", Q, "2025"),
    ("u01", "城镇登记失业率为3.7%", "3.7%", 3.7, "%", "exact", "level", "jobs", Q, "2025"),
    ("u01", "农村劳动力转移就业9.36万人", "9.36万人", 93600, "人", "exact", "level", "jobs", Q, "2025"),
    ("u01", "比上年增加1800人", "1800人", 1800, "人", "exact", "change", "jobs", Q, "2025"),
    ("u01", "其中县外转移就业5.12万人", "5.12万人", 51200, "人", "exact", "level", "jobs", Q, "2025"),
    ("u01", "脱贫劳动力务工就业2.84万人", "2.84万人", 28400, "人", "exact", "level", "jobs", Q, "2025"),
    ("u01", "务工收入达到19.6亿元", "19.6亿元", 1960000000, "元", "exact", "level", "money", Q, "2025"),
    ("u01", "同比增长5.8%", "5.8%", 5.8, "%", "exact", "change", "percent", Q, "2025"),
    ("u01", "发放稳岗返还资金265万元", "265万元", 2650000, "元", "exact", "level", "money", Q, "2025"),
    ("u01", "惠及企业173家", "173家", 173, "家", "exact", "level", "other", Q, "2025"),
    ("u01", "发放创业担保贷款3860万元", "3860万元", 38600000, "元", "exact", "level", "money", Q, "2025"),
    ("u01", "扶持创业412人", "412人", 412, "人", "exact", "level", "jobs", Q, "2025"),
    ("u01", "带动就业1090人", "1090人", 1090, "人", "exact", "level", "jobs", Q, "2025"),
    ("u01", "开展职业技能培训5240人次", "5240人次", 5240, "人次", "exact", "level", "jobs", Q, "2025"),
    ("u01", "培训后就业率达到79.4%", "79.4%", 79.4, "%", "exact", "level", "jobs", Q, "2025"),
    ("u01", "举办招聘会48场", "48场", 48, "场", "exact", "level", "jobs", Q, "2025"),
    ("u01", "提供就业岗位12600个", "12600个", 12600, "个", "exact", "level", "jobs", Q, "2025"),
    ("u01", "力争城镇新增就业1800人以上", "1800人以上", 1800, "人", "lower_bound", "target", "jobs", Q, "2026"),
    ("u01", "转移就业稳定在9.2万人以上", "9.2万人以上", 92000, "人", "lower_bound", "target", "jobs", Q, "2026"),
    # u02 武川县, published 2026-02-26 (a deck; a card repeats a bullet's figure and is a mention of its own)
    ("u02", "全县医疗卫生机构156个", "156个", 156, "个", "exact", "level", "other", W, "2025"),
    ("u02", "其中医院6个", "6个", 6, "个", "exact", "level", "other", W, "2025"),
    ("u02", "• 实有床位1120张", "1120张", 1120, "张", "exact", "level", "beds", W, "2025"),
    ("u02", "比上年末增加64张", "64张", 64, "张", "exact", "change", "beds", W, "2025"),
    ("u02", "每千常住人口床位数7.42张", "7.42张", 7.42, "张", "exact", "level", "beds", W, "2025"),
    ("u02", "1120张\n实有床位", "1120张", 1120, "张", "exact", "level", "beds", W, "2025"),
    ("u02", "+6.1%\n床位增长", "6.1%", 6.1, "%", "exact", "change", "beds", W, "2025"),
    ("u02", "卫生技术人员1368人", "1368人", 1368, "人", "exact", "level", "other", W, "2025"),
    ("u02", "1368人，增长4.5%", "4.5%", 4.5, "%", "exact", "change", "percent", W, "2025"),
    ("u02", "执业（助理）医师512人", "512人", 512, "人", "exact", "level", "other", W, "2025"),
    ("u02", "注册护士604人", "604人", 604, "人", "exact", "level", "other", W, "2025"),
    ("u02", "3.4人\n每千常住人口执业", "3.4人", 3.4, "人", "exact", "level", "other", W, "2025"),
    ("u02", "总诊疗人次62.8万人次", "62.8万人次", 628000, "人次", "exact", "level", "other", W, "2025"),
    ("u02", "62.8万人次，增长2.7%", "2.7%", 2.7, "%", "exact", "change", "percent", W, "2025"),
    ("u02", "出院人数2.46万人次", "2.46万人次", 24600, "人次", "exact", "level", "other", W, "2025"),
    ("u02", "• 病床使用率74.3%", "74.3%", 74.3, "%", "exact", "level", "beds", W, "2025"),
    ("u02", "62.8万人次\n总诊疗人次", "62.8万人次", 628000, "人次", "exact", "level", "other", W, "2025"),
    ("u02", "74.3%\n病床使用率", "74.3%", 74.3, "%", "exact", "level", "beds", W, "2025"),
    ("u02", "综合楼建成投用，总投资2.35亿元", "2.35亿元", 235000000, "元", "exact", "level", "money", W, "2025"),
    ("u02", "新增床位150张", "150张", 150, "张", "exact", "level", "beds", W, "2025"),
    ("u02", "县中蒙医院新增床位40张", "40张", 40, "张", "exact", "level", "beds", W, "2025"),
    ("u02", "2.35亿元\n项目总投资", "2.35亿元", 235000000, "元", "exact", "level", "money", W, "2025"),
    ("u02", "新增医疗床位100张", "100张", 100, "张", "exact", "target", "beds", W, "2026"),
    ("u02", "床位数达到7.8张", "7.8张", 7.8, "张", "exact", "target", "beds", W, "2026"),
    ("u02", "覆盖率达到75%以上", "75%以上", 75, "%", "lower_bound", "target", "percent", W, "2026"),
    # u03 芒康县, published 2026-02-05 (the figures of the two font-split paragraphs are not in the gold)
    ("u03", "一般公共预算收入完成3.46亿元", "3.46亿元", 346000000, "元", "exact", "level", "money", K, "2025"),
    ("u03", "同比增长6.1%", "6.1%", 6.1, "%", "exact", "change", "percent", K, "2025"),
    ("u03", "其中税收收入2.18亿元", "2.18亿元", 218000000, "元", "exact", "level", "money", K, "2025"),
    ("u03", "2.18亿元，增长4.9%", "4.9%", 4.9, "%", "exact", "change", "percent", K, "2025"),
    ("u03", "非税收入1.28亿元", "1.28亿元", 128000000, "元", "exact", "level", "money", K, "2025"),
    ("u03", "1.28亿元，增长8.2%", "8.2%", 8.2, "%", "exact", "change", "percent", K, "2025"),
    ("u03", "转移支付资金36.8亿元", "36.8亿元", 3680000000, "元", "exact", "level", "money", K, "2025"),
    ("u03", "比上年增加2.4亿元", "2.4亿元", 240000000, "元", "exact", "change", "money", K, "2025"),
    ("u03", "发行新增专项债券3.5亿元", "3.5亿元", 350000000, "元", "exact", "level", "money", K, "2025"),
    ("u03", "支持重点项目9个", "9个", 9, "个", "exact", "level", "other", K, "2025"),
    ("u03", "国有资本经营预算支出380万元", "380万元", 3800000, "元", "exact", "level", "money", K, "2025"),
    ("u03", "地方政府债务余额28.6亿元", "28.6亿元", 2860000000, "元", "exact", "level", "money", K, "2025"),
    ("u03", "惠民惠农补贴资金2.93亿元", "2.93亿元", 293000000, "元", "exact", "level", "money", K, "2025"),
    ("u03", "惠及群众12.4万人次", "12.4万人次", 124000, "人次", "exact", "level", "other", K, "2025"),
    ("u03", "预期增长6%左右", "6%左右", 6, "%", "approx", "target", "percent", K, "2026"),
    ("u03", "一般公共预算支出安排39亿元", "39亿元", 3900000000, "元", "exact", "target", "money", K, "2026"),
    # u04 长阳土家族自治县, published 2026-03-20
    ("u04", "实现地区生产总值218.6亿元", "218.6亿元", 21860000000, "元", "exact", "level", "money", C, "2025"),
    ("u04", "比上年增长6.2%", "6.2%", 6.2, "%", "exact", "change", "percent", C, "2025"),
    ("u04", "第一产业增加值32.45亿元", "32.45亿元", 3245000000, "元", "exact", "level", "money", C, "2025"),
    ("u04", "32.45亿元，增长4.1%", "4.1%", 4.1, "%", "exact", "change", "percent", C, "2025"),
    ("u04", "第二产业增加值78.36亿元", "78.36亿元", 7836000000, "元", "exact", "level", "money", C, "2025"),
    ("u04", "78.36亿元，增长7.3%", "7.3%", 7.3, "%", "exact", "change", "percent", C, "2025"),
    ("u04", "第三产业增加值107.79亿元", "107.79亿元", 10779000000, "元", "exact", "level", "money", C, "2025"),
    ("u04", "107.79亿元，增长6.0%", "6.0%", 6.0, "%", "exact", "change", "percent", C, "2025"),
    ("u04", "年末全县常住人口33.26万人", "33.26万人", 332600, "人", "exact", "level", "other", C, "2025"),
    ("u04", "城镇化率46.8%", "46.8%", 46.8, "%", "exact", "level", "percent", C, "2025"),
    ("u04", "比上年末提高1.1个百分点", "1.1个百分点", 1.1, "百分点", "exact", "change", "percent", C, "2025"),
    ("u04", "全年粮食总产量10.82万吨", "10.82万吨", 108200, "吨", "exact", "level", "other", C, "2025"),
    ("u04", "比上年增长1.6%", "1.6%", 1.6, "%", "exact", "change", "percent", C, "2025"),
    ("u04", "生猪出栏42.6万头", "42.6万头", 426000, "头", "exact", "level", "other", C, "2025"),
    ("u04", "42.6万头，增长2.8%", "2.8%", 2.8, "%", "exact", "change", "percent", C, "2025"),
    ("u04", "茶叶产量1.35万吨", "1.35万吨", 13500, "吨", "exact", "level", "other", C, "2025"),
    ("u04", "1.35万吨，增长6.4%", "6.4%", 6.4, "%", "exact", "change", "percent", C, "2025"),
    ("u04", "规模以上工业企业86家", "86家", 86, "家", "exact", "level", "other", C, "2025"),
    ("u04", "工业增加值增长8.9%", "8.9%", 8.9, "%", "exact", "change", "percent", C, "2025"),
    ("u04", "建筑业总产值46.2亿元", "46.2亿元", 4620000000, "元", "exact", "level", "money", C, "2025"),
    ("u04", "46.2亿元，增长5.1%", "5.1%", 5.1, "%", "exact", "change", "percent", C, "2025"),
    ("u04", "社会消费品零售总额96.4亿元", "96.4亿元", 9640000000, "元", "exact", "level", "money", C, "2025"),
    ("u04", "96.4亿元，增长5.7%", "5.7%", 5.7, "%", "exact", "change", "percent", C, "2025"),
    ("u04", "全体居民人均可支配收入26840元", "26840元", 26840, "元", "exact", "level", "money", C, "2025"),
    ("u04", "26840元，增长6.5%", "6.5%", 6.5, "%", "exact", "change", "percent", C, "2025"),
    ("u04", "城镇居民人均可支配收入39620元", "39620元", 39620, "元", "exact", "level", "money", C, "2025"),
    ("u04", "39620元，增长5.2%", "5.2%", 5.2, "%", "exact", "change", "percent", C, "2025"),
    ("u04", "农村居民人均可支配收入17460元", "17460元", 17460, "元", "exact", "level", "money", C, "2025"),
    ("u04", "17460元，增长7.7%", "7.7%", 7.7, "%", "exact", "change", "percent", C, "2025"),
    ("u04", "共有医疗卫生机构318个", "318个", 318, "个", "exact", "level", "other", C, "2025"),
    ("u04", "实有床位2640张", "2640张", 2640, "张", "exact", "level", "beds", C, "2025"),
    ("u04", "卫生技术人员2815人", "2815人", 2815, "人", "exact", "level", "other", C, "2025"),
    ("u04", "全年城镇新增就业3260人", "3260人", 3260, "人", "exact", "level", "jobs", C, "2025"),
    ("u04", "城镇登记失业率3.2%", "3.2%", 3.2, "%", "exact", "level", "jobs", C, "2025"),
    # u05 留坝县, published 2026-01-30 (the mail's 附件 lines and clock time are not figures)
    ("u05", "全县城镇新增就业860人", "860人", 860, "人", "exact", "level", "jobs", L, "2025"),
    ("u05", "完成年度目标任务的107.5%", "107.5%", 107.5, "%", "exact", "level", "jobs", L, "2025"),
    ("u05", "城镇失业人员再就业215人", "215人", 215, "人", "exact", "level", "jobs", L, "2025"),
    ("u05", "就业困难人员实现就业64人", "64人", 64, "人", "exact", "level", "jobs", L, "2025"),
    ("u05", "城镇登记失业率3.5%", "3.5%", 3.5, "%", "exact", "level", "jobs", L, "2025"),
    ("u05", "农村劳动力转移就业1.84万人", "1.84万人", 18400, "人", "exact", "level", "jobs", L, "2025"),
    ("u05", "其中县外转移就业1.06万人", "1.06万人", 10600, "人", "exact", "level", "jobs", L, "2025"),
    ("u05", "务工收入4.26亿元", "4.26亿元", 426000000, "元", "exact", "level", "money", L, "2025"),
    ("u05", "同比增长5.3%", "5.3%", 5.3, "%", "exact", "change", "percent", L, "2025"),
    ("u05", "发放创业担保贷款1280万元", "1280万元", 12800000, "元", "exact", "level", "money", L, "2025"),
    ("u05", "扶持创业136人", "136人", 136, "人", "exact", "level", "jobs", L, "2025"),
    ("u05", "带动就业372人", "372人", 372, "人", "exact", "level", "jobs", L, "2025"),
    ("u05", "开展职业技能培训1650人次", "1650人次", 1650, "人次", "exact", "level", "jobs", L, "2025"),
    ("u05", "基本养老保险参保2.68万人", "2.68万人", 26800, "人", "exact", "level", "other", L, "2025"),
    ("u05", "参保率达到98.2%", "98.2%", 98.2, "%", "exact", "level", "percent", L, "2025"),
    ("u05", "失业保险参保3420人", "3420人", 3420, "人", "exact", "level", "other", L, "2025"),
    ("u05", "城镇新增就业|人|860", "860", 860, "人", "exact", "level", "jobs", L, "2025"),
    ("u05", "860|35", "35", 35, "人", "exact", "change", "jobs", L, "2025"),
    ("u05", "城镇失业人员再就业|人|215", "215", 215, "人", "exact", "level", "jobs", L, "2025"),
    ("u05", "215|12", "12", 12, "人", "exact", "change", "jobs", L, "2025"),
    ("u05", "农村劳动力转移就业|万人|1.84", "1.84", 18400, "人", "exact", "level", "jobs", L, "2025"),
    ("u05", "1.84|0.06", "0.06", 600, "人", "exact", "change", "jobs", L, "2025"),
    ("u05", "职业技能培训|人次|1650", "1650", 1650, "人次", "exact", "level", "jobs", L, "2025"),
    ("u05", "1650|120", "120", 120, "人次", "exact", "change", "jobs", L, "2025"),
    ("u05", "职业培训补贴|万元|186", "186", 1860000, "元", "exact", "level", "money", L, "2025"),
    ("u05", "186|14", "14", 140000, "元", "exact", "change", "money", L, "2025"),
    ("u05", "城乡居民养老保险参保|万人|2.68", "2.68", 26800, "人", "exact", "level", "other", L, "2025"),
    ("u05", "2.68|0.03", "0.03", 300, "人", "exact", "change", "other", L, "2025"),
    ("u05", "失业保险参保|人|3420", "3420", 3420, "人", "exact", "level", "other", L, "2025"),
    ("u05", "3420|96", "96", 96, "人", "exact", "change", "other", L, "2025"),
    ("u05", "力争城镇新增就业850人以上", "850人以上", 850, "人", "lower_bound", "target", "jobs", L, "2026"),
    ("u05", "开展职业技能培训1500人次以上", "1500人次以上", 1500, "人次", "lower_bound", "target", "jobs", L, "2026"),
]

MANIFEST = [("u01", "2026-01-20", "青川县融媒体中心"), ("u02", "2026-02-26", "武川县卫生健康局"),
            ("u03", "2026-02-05", "芒康县财政局"), ("u04", "2026-03-20", "长阳土家族自治县统计局"),
            ("u05", "2026-01-30", "留坝县人民政府办公室")]

# --------------------------------------------------------------------------------------------- the damage

_NUM = re.compile(r"\d+(?:\.\d+)?%?")


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


def damage_u01(text: str) -> bytes:
    """The headline as it is; the body wrapped at 21, every third body line given right to left."""
    head, *paras = text.splitlines()
    lines: list[str] = []
    for para in paras:
        lines += wrap_whole(para, 21)
    lines = [ln[::-1] if i % 3 == 2 else ln for i, ln in enumerate(lines)]
    return ("\n".join([head] + lines) + "\n").encode("utf-8")


def damage_u02() -> bytes:
    """Each slide read out: cards first on the slides that have a bullet and a card of one figure (1, 3), bullets
    as the symbol font's U+F0A7 on even slides, the office's name and the slide number at each slide's foot."""
    out: list[str] = []
    for n, slide in enumerate(U02_SLIDES, start=1):
        title, rest = slide[0], slide[1:]
        if n == 1:
            body = rest
        else:
            bullets = [s for s in rest if s.startswith("• ")]
            cards = [s for s in rest if not s.startswith("• ")]
            if n % 2 == 0:
                bullets = ["\uf0a7" + s[1:] for s in bullets]
            body = cards + bullets if n in (2, 4) else bullets + cards
        out += [title] + body + ["武川县卫生健康局", str(n), "\f"]
    return ("\n".join(out) + "\n").encode("utf-8")


def font_split(line: str) -> str:
    """The line's Han text and marks first, then its numbers (digits and points) in their order, space-separated."""
    nums = re.findall(r"\d+(?:\.\d+)?", line)
    rest = re.sub(r"\d+(?:\.\d+)?", "", line)
    return rest + " " + " ".join(nums) if nums else rest


def damage_u03(text: str) -> bytes:
    """Every paragraph wrapped at 26; the lines of the font-split paragraphs with their numbers at their end."""
    lines: list[str] = []
    for i, para in enumerate(text.splitlines()):
        wrapped = wrap_whole(para, 26)
        lines += [font_split(ln) for ln in wrapped] if i in U03_FONT_SPLIT else wrapped
    return ("\n".join(lines) + "\n").encode("utf-8")


def damage_u04(text: str) -> bytes:
    """Each paragraph one long line; each section heading run into the end of the line before it (the first into
    the title), so a heading reads as the tail of the paragraph it follows."""
    out: list[str] = []
    for ln in text.splitlines():
        if out and re.match(r"[一二三四五六七八九十]+、", ln):
            out[-1] += ln
        else:
            out.append(ln)
    return ("\r\n".join(out) + "\r\n").encode("utf-8")


def damage_u05() -> bytes:
    """The mail's head as it is; the forwarded 通报 and its table behind > marks, the table's cells tab-separated."""
    quoted = U05_A.splitlines() + ["\t".join(r) for r in U05_T] + U05_B.splitlines()
    lines = U05_MAIL.splitlines() + ["> " + ln for ln in quoted]
    return ("\n".join(lines) + "\n").encode("utf-8")


def clean_of(doc: str) -> str:
    """The clean text a figure's context is looked up in (a table row's cells joined by |)."""
    table = "\n".join("|".join(r) for r in U05_T) + "\n"
    return {"u01": U01, "u02": U02, "u03": U03, "u04": U04, "u05": U05_MAIL + U05_A + table + U05_B}[doc]


def row(doc: str, ctx: str, *rest) -> dict:
    """damaged17's gold row, a card's two lines written as one stretch."""
    return _d17.high_row(doc, ctx.replace("\n", " "), *rest)


def main() -> None:
    """Write the texts, the manifest and the gold (damaged17's write_set)."""
    built = {"u01": damage_u01(U01), "u02": damage_u02(), "u03": damage_u03(U03), "u04": damage_u04(U04),
             "u05": damage_u05()}
    _d17.write_set(OUT, "damaged22", built, MANIFEST, F, clean_of, row)


if __name__ == "__main__":
    main()
