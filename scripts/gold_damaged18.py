"""Build data/gold/damaged18: five news texts of our own, written clean, then damaged by code the way PDF
extractors damage pages in ways earlier damaged sets used little or not at all.

- y01 (黟县, jobs): fake bold: the headline and the lead drawn twice, so each character of them comes out doubled
  (黟黟县县…44882200人人, 112200..55%%); a 内部资料 stamp read as a line of its own every five lines.
- y02 (五峰土家族自治县, beds): a vertical (竖排) headline one character a line (its number 1500 set across, as
  纵中横 does) with an English subtitle under it; a drop cap: every paragraph's first character on a line of its
  own (2 | 025年); superscript units and powers (4.6万m², 1.2×10⁴m², 6800m²).
- y03 (江华瑶族自治县, money): zero-width spaces, non-joiners, joiners, word joiners and BOMs inside numbers and
  words, soft hyphens inside numbers and at line ends; a 样稿 proof stamp between lines every six lines.
- y04 (和平县, jobs and beds): a headline with its 注音 read inline (和hé平píng县xiàn…) and a second headline with
  its pinyin line under it; a photo caption cut into a paragraph between two of its lines.
- y05 (巫溪县, stats): a two-column page read with its columns in reverse order (the right column's lines first,
  then the left column's), under a running head; the article's second half comes before its first.

The gold is written from the hand annotation below (each figure: the clean sentence it is in, its quote and fields
per /work/shared/gold/GUIDE.md), never from what stats extracts. A doubled headline or lead is one mention, read as
if drawn once.

    .venv/bin/python scripts/gold_damaged18.py      # writes data/gold/damaged18/{texts,damaged18.jsonl}
"""

# ruff: noqa: E501  (the clean texts are one paragraph a line, as written)

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# the fixed-width cut and the checked replacement are damaged17's (one copy of each)
sys.path.insert(0, str(ROOT / "scripts"))
import gold_damaged17 as _d17  # noqa: E402

wrap, sub = _d17.wrap, _d17.sub
OUT = ROOT / "data" / "gold" / "damaged18"

# --------------------------------------------------------------------------------------------- clean texts

Y01 = """黟县2025年城镇新增就业4820人
本报讯 1月14日，记者从黟县人社局获悉，2025年，全县城镇新增就业4820人，完成年度目标的120.5%；城镇登记失业率为2.15%，比上年下降0.3个百分点。
全年开展“就业援助月”“春风行动”等线上线下招聘会58场，组织参会企业1260家次，提供岗位2.36万个，初步达成就业意向6940人。其中，面向高校毕业生专场招聘会12场，提供岗位3800个。
农村劳动力转移就业方面，截至2025年底，全县农村劳动力转移就业3.72万人，其中县外务工2.15万人；脱贫劳动力务工规模达4630人，比上年增加215人。全县认定就业帮扶车间18个，吸纳就业820人。
创业扶持方面，全年发放创业担保贷款1.12亿元，增长15.6%，扶持个人创业385人，带动就业1540人。发放各类就业补助资金3260万元，惠及劳动者1.08万人次。
全年开展补贴性职业技能培训6850人次，其中徽派传统技艺培训1200人次；新增技能人才2310人。
2026年，黟县将力争城镇新增就业4500人以上，城镇调查失业率控制在5.5%以内。
"""

Y02_HEAD = ["五", "峰", "县", "域", "床", "位", "突", "破", "1500", "张"]
Y02_SUB = "Wufeng Health Report 2025: More Beds Closer to Home"
Y02 = """五峰新闻网讯（记者 向红梅）截至2025年底，全县医疗卫生机构实有床位1526张，比上年末增加134张，每千常住人口床位数9.12张，高于全省平均水平。全县共有医疗卫生机构212个，卫生技术人员1680人，其中执业（助理）医师562人、注册护士745人。
2025年，县人民医院住院综合楼投入使用，项目总投资3.2亿元，建筑面积4.6万m²，新增床位260张，医院开放床位达到720张。县中医医院康养中心建成，建筑面积1.2×10⁴m²，设置康复床位150张、安宁疗护床位20张。
乡镇卫生院方面，全县8个乡镇卫生院开放床位436张，平均床位使用率达到71.5%，较上年提高4.2个百分点。渔洋关镇中心卫生院新建住院楼面积6800m²，床位由60张增加至120张。
养老服务方面，全县共有养老机构14家，养老床位1860张，其中护理型床位1040张，护理型床位占比55.9%。
县卫健局负责人介绍，2026年，五峰将投入1.6亿元推进县域医共体建设，计划新增医疗床位180张，到2027年每千常住人口床位数达到9.5张。
"""

Y03 = """江华2025年财政总收入突破20亿元
记者从江华瑶族自治县财政局获悉，2025年，全县完成财政总收入20.36亿元，同比增长6.8%；其中地方一般公共预算收入11.42亿元，增长5.2%，税收收入7.85亿元，占地方一般公共预算收入的比重为68.7%，比上年提高2.4个百分点。
全县一般公共预算支出完成46.93亿元，增长3.6%，其中民生支出38.71亿元，占比82.5%。教育支出9.84亿元，社会保障和就业支出7.26亿元，卫生健康支出4.58亿元。
全年争取上级各类资金31.5亿元，新增地方政府专项债券额度6.4亿元，支持项目23个。县财政安排产业发展资金1.85亿元，撬动社会投资约12亿元。全县稀土新材料产业实现产值58.6亿元，增长14.2%。
惠企方面，全年为市场主体减税降费2.93亿元，惠及纳税人1.6万户；拨付创业担保贷款贴息资金1320万元。
2026年，全县地方一般公共预算收入预期增长5%以上，力争财政总收入达到21.5亿元。
"""

Y04_HEAD1 = "和平县去年新增就业3260人"
Y04_A = """本报讯（记者 黄晓东 通讯员 叶文华）3月2日，记者从和平县人力资源和社会保障局获悉，2025年，全县城镇新增就业3260人，城镇失业人员再就业1180人，就业困难人员实现就业420人，年末城镇登记失业率2.3%。
全年累计举办招聘活动46场，进场企业870家次，提供就业岗位1.94万个。全县农村劳动力转移就业11.6万人，其中跨省务工3.8万人，人均月收入约4860元。
“粤菜师傅”“广东技工”“南粤家政”三项工程培训1.25万人次，带动就业创业5860人次。全年发放就业创业补贴2480万元，发放创业担保贷款6850万元，扶持创业420人。
"""
Y04_HEAD2 = "和平县人民医院住院综合楼启用"
Y04_B = """本报讯（通讯员 曾志强）2月26日，和平县人民医院住院综合楼正式启用。该楼总投资4.3亿元，建筑面积5.2万平方米，设置床位600张，使医院编制床位增加到1000张。其中，重症医学科床位36张，新生儿科床位28张。目前，全县医疗卫生机构床位达到2380张，每千常住人口床位数5.6张。
"""
Y04_CAPTION = ["图为2月26日启用的和平县人民医院住院综合楼。", "（通讯员 曾志强 摄）"]
PINYIN = {"和": "hé", "平": "píng", "县": "xiàn", "去": "qù", "年": "nián", "新": "xīn", "增": "zēng", "就": "jiù",
          "业": "yè", "人": "rén", "民": "mín", "医": "yī", "院": "yuàn", "住": "zhù", "综": "zōng", "合": "hé",
          "楼": "lóu", "启": "qǐ", "用": "yòng"}

Y05_HEAD = "巫溪县前三季度经济运行稳中向好"
Y05 = """前三季度，全县实现地区生产总值86.4亿元，同比增长5.9%。其中，第一产业增加值14.2亿元，增长4.1%；第二产业增加值21.7亿元，增长6.5%；第三产业增加值50.5亿元，增长6.0%。
全县规模以上工业企业达到52家，规上工业增加值增长8.3%。固定资产投资同比增长7.1%，其中工业投资增长12.6%。社会消费品零售总额32.8亿元，增长5.4%。
全县居民人均可支配收入19860元，增长6.6%；其中城镇居民人均可支配收入36420元，增长5.3%，农村居民人均可支配收入14230元，增长7.2%。
全县接待游客842万人次，实现旅游综合收入41.6亿元，分别增长13.5%和11.8%。城镇新增就业4120人，农村劳动力转移就业18.3万人。截至9月底，全县金融机构各项存款余额218.5亿元，比年初增长6.2%。
"""

# --------------------------------------------------------------------------------------------- hand annotation

# (doc, the clean sentence stretch that holds the figure, quote, value, measure, qualifier, role, topic, place,
# period[, tier]); the stretch is the gold's context
YI, WF, JH, HP, WX = "黟县", "五峰土家族自治县", "江华瑶族自治县", "和平县", "巫溪县"
F = [
    # y01 黟县, published 2026-01-16
    ("y01", "黟县2025年城镇新增就业4820人", "4820人", 4820, "人", "exact", "level", "jobs", YI, "2025"),
    ("y01", "全县城镇新增就业4820人，完成", "4820人", 4820, "人", "exact", "level", "jobs", YI, "2025"),
    ("y01", "完成年度目标的120.5%", "120.5%", 120.5, "%", "exact", "level", "jobs", YI, "2025"),
    ("y01", "城镇登记失业率为2.15%", "2.15%", 2.15, "%", "exact", "level", "jobs", YI, "2025"),
    ("y01", "比上年下降0.3个百分点", "0.3个百分点", 0.3, "百分点", "exact", "change", "jobs", YI, "2025"),
    ("y01", "线上线下招聘会58场", "58场", 58, "场", "exact", "level", "jobs", YI, "2025"),
    ("y01", "组织参会企业1260家次", "1260家次", 1260, "家次", "exact", "level", "jobs", YI, "2025"),
    ("y01", "提供岗位2.36万个", "2.36万个", 23600, "个", "exact", "level", "jobs", YI, "2025"),
    ("y01", "初步达成就业意向6940人", "6940人", 6940, "人", "exact", "level", "jobs", YI, "2025"),
    ("y01", "专场招聘会12场", "12场", 12, "场", "exact", "level", "jobs", YI, "2025"),
    ("y01", "提供岗位3800个", "3800个", 3800, "个", "exact", "level", "jobs", YI, "2025"),
    ("y01", "全县农村劳动力转移就业3.72万人", "3.72万人", 37200, "人", "exact", "level", "jobs", YI, "2025"),
    ("y01", "其中县外务工2.15万人", "2.15万人", 21500, "人", "exact", "level", "jobs", YI, "2025"),
    ("y01", "脱贫劳动力务工规模达4630人", "4630人", 4630, "人", "exact", "level", "jobs", YI, "2025"),
    ("y01", "比上年增加215人", "215人", 215, "人", "exact", "change", "jobs", YI, "2025"),
    ("y01", "认定就业帮扶车间18个", "18个", 18, "个", "exact", "level", "other", YI, "2025"),
    ("y01", "吸纳就业820人", "820人", 820, "人", "exact", "level", "jobs", YI, "2025"),
    ("y01", "发放创业担保贷款1.12亿元", "1.12亿元", 112000000, "元", "exact", "level", "money", YI, "2025"),
    ("y01", "1.12亿元，增长15.6%", "15.6%", 15.6, "%", "exact", "change", "percent", YI, "2025"),
    ("y01", "扶持个人创业385人", "385人", 385, "人", "exact", "level", "jobs", YI, "2025"),
    ("y01", "带动就业1540人", "1540人", 1540, "人", "exact", "level", "jobs", YI, "2025"),
    ("y01", "就业补助资金3260万元", "3260万元", 32600000, "元", "exact", "level", "money", YI, "2025"),
    ("y01", "惠及劳动者1.08万人次", "1.08万人次", 10800, "人次", "exact", "level", "other", YI, "2025"),
    ("y01", "职业技能培训6850人次", "6850人次", 6850, "人次", "exact", "level", "jobs", YI, "2025"),
    ("y01", "传统技艺培训1200人次", "1200人次", 1200, "人次", "exact", "level", "jobs", YI, "2025"),
    ("y01", "新增技能人才2310人", "2310人", 2310, "人", "exact", "level", "other", YI, "2025"),
    ("y01", "力争城镇新增就业4500人以上", "4500人以上", 4500, "人", "lower_bound", "target", "jobs", YI, "2026"),
    ("y01", "城镇调查失业率控制在5.5%以内", "5.5%以内", 5.5, "%", "upper_bound", "target", "jobs", YI, "2026"),
    # y02 五峰土家族自治县, published 2026-02-27
    ("y02", "县域床位突破1500张", "突破1500张", 1500, "张", "lower_bound", "level", "beds", WF, "2025"),
    ("y02", "医疗卫生机构实有床位1526张", "1526张", 1526, "张", "exact", "level", "beds", WF, "2025"),
    ("y02", "比上年末增加134张", "134张", 134, "张", "exact", "change", "beds", WF, "2025"),
    ("y02", "每千常住人口床位数9.12张", "9.12张", 9.12, "张", "exact", "level", "beds", WF, "2025"),
    ("y02", "全县共有医疗卫生机构212个", "212个", 212, "个", "exact", "level", "other", WF, "2025"),
    ("y02", "卫生技术人员1680人", "1680人", 1680, "人", "exact", "level", "other", WF, "2025"),
    ("y02", "执业（助理）医师562人", "562人", 562, "人", "exact", "level", "other", WF, "2025"),
    ("y02", "注册护士745人", "745人", 745, "人", "exact", "level", "other", WF, "2025"),
    ("y02", "项目总投资3.2亿元", "3.2亿元", 320000000, "元", "exact", "level", "money", WF, "2025"),
    ("y02", "建筑面积4.6万m²", "4.6万m²", 46000, "m²", "exact", "level", "other", WF, "2025"),
    ("y02", "新增床位260张", "260张", 260, "张", "exact", "level", "beds", WF, "2025"),
    ("y02", "医院开放床位达到720张", "720张", 720, "张", "exact", "level", "beds", WF, "2025"),
    ("y02", "建筑面积1.2×10⁴m²", "1.2×10⁴m²", 12000, "m²", "exact", "level", "other", WF, "2025"),
    ("y02", "设置康复床位150张", "150张", 150, "张", "exact", "level", "beds", WF, "2025"),
    ("y02", "安宁疗护床位20张", "20张", 20, "张", "exact", "level", "beds", WF, "2025"),
    ("y02", "全县8个乡镇卫生院", "8个", 8, "个", "exact", "level", "other", WF, "2025"),
    ("y02", "乡镇卫生院开放床位436张", "436张", 436, "张", "exact", "level", "beds", WF, "2025"),
    ("y02", "平均床位使用率达到71.5%", "71.5%", 71.5, "%", "exact", "level", "beds", WF, "2025"),
    ("y02", "较上年提高4.2个百分点", "4.2个百分点", 4.2, "百分点", "exact", "change", "beds", WF, "2025"),
    ("y02", "新建住院楼面积6800m²", "6800m²", 6800, "m²", "exact", "level", "other", WF, "2025"),
    ("y02", "床位由60张增加至120张", "60张", 60, "张", "exact", "level", "beds", WF, "2025"),
    ("y02", "由60张增加至120张", "120张", 120, "张", "exact", "level", "beds", WF, "2025"),
    ("y02", "全县共有养老机构14家", "14家", 14, "家", "exact", "level", "other", WF, "2025"),
    ("y02", "养老床位1860张", "1860张", 1860, "张", "exact", "level", "beds", WF, "2025"),
    ("y02", "其中护理型床位1040张", "1040张", 1040, "张", "exact", "level", "beds", WF, "2025"),
    ("y02", "护理型床位占比55.9%", "55.9%", 55.9, "%", "exact", "level", "beds", WF, "2025"),
    ("y02", "五峰将投入1.6亿元", "1.6亿元", 160000000, "元", "exact", "target", "money", WF, "2026"),
    ("y02", "计划新增医疗床位180张", "180张", 180, "张", "exact", "target", "beds", WF, "2026"),
    ("y02", "每千常住人口床位数达到9.5张", "9.5张", 9.5, "张", "exact", "target", "beds", WF, "2027"),
    # y03 江华瑶族自治县, published 2026-02-06
    ("y03", "江华2025年财政总收入突破20亿元", "突破20亿元", 2000000000, "元", "lower_bound", "level", "money", JH, "2025"),
    ("y03", "完成财政总收入20.36亿元", "20.36亿元", 2036000000, "元", "exact", "level", "money", JH, "2025"),
    ("y03", "同比增长6.8%", "6.8%", 6.8, "%", "exact", "change", "percent", JH, "2025"),
    ("y03", "地方一般公共预算收入11.42亿元", "11.42亿元", 1142000000, "元", "exact", "level", "money", JH, "2025"),
    ("y03", "11.42亿元，增长5.2%", "5.2%", 5.2, "%", "exact", "change", "percent", JH, "2025"),
    ("y03", "税收收入7.85亿元", "7.85亿元", 785000000, "元", "exact", "level", "money", JH, "2025"),
    ("y03", "比重为68.7%", "68.7%", 68.7, "%", "exact", "level", "percent", JH, "2025"),
    ("y03", "比上年提高2.4个百分点", "2.4个百分点", 2.4, "百分点", "exact", "change", "percent", JH, "2025"),
    ("y03", "一般公共预算支出完成46.93亿元", "46.93亿元", 4693000000, "元", "exact", "level", "money", JH, "2025"),
    ("y03", "46.93亿元，增长3.6%", "3.6%", 3.6, "%", "exact", "change", "percent", JH, "2025"),
    ("y03", "其中民生支出38.71亿元", "38.71亿元", 3871000000, "元", "exact", "level", "money", JH, "2025"),
    ("y03", "占比82.5%", "82.5%", 82.5, "%", "exact", "level", "percent", JH, "2025"),
    ("y03", "教育支出9.84亿元", "9.84亿元", 984000000, "元", "exact", "level", "money", JH, "2025"),
    ("y03", "社会保障和就业支出7.26亿元", "7.26亿元", 726000000, "元", "exact", "level", "money", JH, "2025"),
    ("y03", "卫生健康支出4.58亿元", "4.58亿元", 458000000, "元", "exact", "level", "money", JH, "2025"),
    ("y03", "争取上级各类资金31.5亿元", "31.5亿元", 3150000000, "元", "exact", "level", "money", JH, "2025"),
    ("y03", "专项债券额度6.4亿元", "6.4亿元", 640000000, "元", "exact", "level", "money", JH, "2025"),
    ("y03", "支持项目23个", "23个", 23, "个", "exact", "level", "other", JH, "2025"),
    ("y03", "产业发展资金1.85亿元", "1.85亿元", 185000000, "元", "exact", "level", "money", JH, "2025"),
    ("y03", "撬动社会投资约12亿元", "约12亿元", 1200000000, "元", "approx", "level", "money", JH, "2025"),
    ("y03", "实现产值58.6亿元", "58.6亿元", 5860000000, "元", "exact", "level", "money", JH, "2025"),
    ("y03", "58.6亿元，增长14.2%", "14.2%", 14.2, "%", "exact", "change", "percent", JH, "2025"),
    ("y03", "减税降费2.93亿元", "2.93亿元", 293000000, "元", "exact", "level", "money", JH, "2025"),
    ("y03", "惠及纳税人1.6万户", "1.6万户", 16000, "户", "exact", "level", "other", JH, "2025"),
    ("y03", "贷款贴息资金1320万元", "1320万元", 13200000, "元", "exact", "level", "money", JH, "2025"),
    ("y03", "预期增长5%以上", "5%以上", 5, "%", "lower_bound", "target", "percent", JH, "2026"),
    ("y03", "力争财政总收入达到21.5亿元", "21.5亿元", 2150000000, "元", "exact", "target", "money", JH, "2026"),
    # y04 和平县, published 2026-03-03
    ("y04", "和平县去年新增就业3260人", "3260人", 3260, "人", "exact", "level", "jobs", HP, "2025"),
    ("y04", "全县城镇新增就业3260人", "3260人", 3260, "人", "exact", "level", "jobs", HP, "2025"),
    ("y04", "城镇失业人员再就业1180人", "1180人", 1180, "人", "exact", "level", "jobs", HP, "2025"),
    ("y04", "就业困难人员实现就业420人", "420人", 420, "人", "exact", "level", "jobs", HP, "2025"),
    ("y04", "年末城镇登记失业率2.3%", "2.3%", 2.3, "%", "exact", "level", "jobs", HP, "2025"),
    ("y04", "累计举办招聘活动46场", "46场", 46, "场", "exact", "level", "jobs", HP, "2025"),
    ("y04", "进场企业870家次", "870家次", 870, "家次", "exact", "level", "jobs", HP, "2025"),
    ("y04", "提供就业岗位1.94万个", "1.94万个", 19400, "个", "exact", "level", "jobs", HP, "2025"),
    ("y04", "农村劳动力转移就业11.6万人", "11.6万人", 116000, "人", "exact", "level", "jobs", HP, "2025"),
    ("y04", "其中跨省务工3.8万人", "3.8万人", 38000, "人", "exact", "level", "jobs", HP, "2025"),
    ("y04", "人均月收入约4860元", "约4860元", 4860, "元", "approx", "level", "money", HP, "2025"),
    ("y04", "三项工程", "三项", 3, "项", "exact", "level", "other", HP, "2025", "optional"),
    ("y04", "三项工程培训1.25万人次", "1.25万人次", 12500, "人次", "exact", "level", "jobs", HP, "2025"),
    ("y04", "带动就业创业5860人次", "5860人次", 5860, "人次", "exact", "level", "jobs", HP, "2025"),
    ("y04", "就业创业补贴2480万元", "2480万元", 24800000, "元", "exact", "level", "money", HP, "2025"),
    ("y04", "发放创业担保贷款6850万元", "6850万元", 68500000, "元", "exact", "level", "money", HP, "2025"),
    ("y04", "扶持创业420人", "420人", 420, "人", "exact", "level", "jobs", HP, "2025"),
    ("y04", "该楼总投资4.3亿元", "4.3亿元", 430000000, "元", "exact", "level", "money", HP, "2026"),
    ("y04", "建筑面积5.2万平方米", "5.2万平方米", 52000, "平方米", "exact", "level", "other", HP, "2026"),
    ("y04", "设置床位600张", "600张", 600, "张", "exact", "level", "beds", HP, "2026"),
    ("y04", "编制床位增加到1000张", "1000张", 1000, "张", "exact", "level", "beds", HP, "2026"),
    ("y04", "重症医学科床位36张", "36张", 36, "张", "exact", "level", "beds", HP, "2026"),
    ("y04", "新生儿科床位28张", "28张", 28, "张", "exact", "level", "beds", HP, "2026"),
    ("y04", "医疗卫生机构床位达到2380张", "2380张", 2380, "张", "exact", "level", "beds", HP, "2026"),
    ("y04", "每千常住人口床位数5.6张", "5.6张", 5.6, "张", "exact", "level", "beds", HP, "2026"),
    # y05 巫溪县, published 2025-10-24
    ("y05", "实现地区生产总值86.4亿元", "86.4亿元", 8640000000, "元", "exact", "level", "money", WX, "2025Q1-Q3"),
    ("y05", "同比增长5.9%", "5.9%", 5.9, "%", "exact", "change", "percent", WX, "2025Q1-Q3"),
    ("y05", "第一产业增加值14.2亿元", "14.2亿元", 1420000000, "元", "exact", "level", "money", WX, "2025Q1-Q3"),
    ("y05", "14.2亿元，增长4.1%", "4.1%", 4.1, "%", "exact", "change", "percent", WX, "2025Q1-Q3"),
    ("y05", "第二产业增加值21.7亿元", "21.7亿元", 2170000000, "元", "exact", "level", "money", WX, "2025Q1-Q3"),
    ("y05", "21.7亿元，增长6.5%", "6.5%", 6.5, "%", "exact", "change", "percent", WX, "2025Q1-Q3"),
    ("y05", "第三产业增加值50.5亿元", "50.5亿元", 5050000000, "元", "exact", "level", "money", WX, "2025Q1-Q3"),
    ("y05", "50.5亿元，增长6.0%", "6.0%", 6.0, "%", "exact", "change", "percent", WX, "2025Q1-Q3"),
    ("y05", "规模以上工业企业达到52家", "52家", 52, "家", "exact", "level", "other", WX, "2025Q1-Q3"),
    ("y05", "规上工业增加值增长8.3%", "8.3%", 8.3, "%", "exact", "change", "percent", WX, "2025Q1-Q3"),
    ("y05", "固定资产投资同比增长7.1%", "7.1%", 7.1, "%", "exact", "change", "percent", WX, "2025Q1-Q3"),
    ("y05", "工业投资增长12.6%", "12.6%", 12.6, "%", "exact", "change", "percent", WX, "2025Q1-Q3"),
    ("y05", "社会消费品零售总额32.8亿元", "32.8亿元", 3280000000, "元", "exact", "level", "money", WX, "2025Q1-Q3"),
    ("y05", "32.8亿元，增长5.4%", "5.4%", 5.4, "%", "exact", "change", "percent", WX, "2025Q1-Q3"),
    ("y05", "全县居民人均可支配收入19860元", "19860元", 19860, "元", "exact", "level", "money", WX, "2025Q1-Q3"),
    ("y05", "19860元，增长6.6%", "6.6%", 6.6, "%", "exact", "change", "percent", WX, "2025Q1-Q3"),
    ("y05", "城镇居民人均可支配收入36420元", "36420元", 36420, "元", "exact", "level", "money", WX, "2025Q1-Q3"),
    ("y05", "36420元，增长5.3%", "5.3%", 5.3, "%", "exact", "change", "percent", WX, "2025Q1-Q3"),
    ("y05", "农村居民人均可支配收入14230元", "14230元", 14230, "元", "exact", "level", "money", WX, "2025Q1-Q3"),
    ("y05", "14230元，增长7.2%", "7.2%", 7.2, "%", "exact", "change", "percent", WX, "2025Q1-Q3"),
    ("y05", "全县接待游客842万人次", "842万人次", 8420000, "人次", "exact", "level", "other", WX, "2025Q1-Q3"),
    ("y05", "实现旅游综合收入41.6亿元", "41.6亿元", 4160000000, "元", "exact", "level", "money", WX, "2025Q1-Q3"),
    ("y05", "分别增长13.5%", "13.5%", 13.5, "%", "exact", "change", "percent", WX, "2025Q1-Q3"),
    ("y05", "13.5%和11.8%", "11.8%", 11.8, "%", "exact", "change", "percent", WX, "2025Q1-Q3"),
    ("y05", "城镇新增就业4120人", "4120人", 4120, "人", "exact", "level", "jobs", WX, "2025Q1-Q3"),
    ("y05", "农村劳动力转移就业18.3万人", "18.3万人", 183000, "人", "exact", "level", "jobs", WX, "2025Q1-Q3"),
    ("y05", "各项存款余额218.5亿元", "218.5亿元", 21850000000, "元", "exact", "level", "money", WX, "2025-09"),
    ("y05", "比年初增长6.2%", "6.2%", 6.2, "%", "exact", "change", "percent", WX, "2025-09"),
]

MANIFEST = [("y01", "2026-01-16", "黄山日报"), ("y02", "2026-02-27", "三峡日报"), ("y03", "2026-02-06", "永州日报"),
            ("y04", "2026-03-03", "河源日报"), ("y05", "2025-10-24", "巫溪县统计局")]

# --------------------------------------------------------------------------------------------- the damage


def doubled(line: str) -> str:
    """A line drawn twice a hair apart (fake bold): the extractor gives every character twice, spaces too."""
    return "".join(ch * 2 for ch in line)


def stamped(lines: list[str], every: int, stamp: str) -> list[str]:
    """A rotated stamp or watermark behind the text, read as a line of its own after every `every` lines."""
    out: list[str] = []
    for i, line in enumerate(lines, 1):
        out.append(line)
        if i % every == 0:
            out.append(stamp)
    return out


def damage_y01(text: str) -> bytes:
    """The headline and the lead in fake bold (each character twice), the body wrapped at 23 with a 内部资料 stamp."""
    head, lead, body = text.split("\n", 2)
    lines = [doubled(head), ""] + wrap(doubled(lead), 46) + wrap(body, 23)
    return ("\n".join(stamped(lines, 5, "内部资料 注意保存")) + "\n").encode("utf-8")


def drop_capped(para: str, width: int) -> list[str]:
    """A paragraph with a drop cap: its first character on a line of its own, the rest wrapped beside it."""
    return [para[0]] + wrap(para[1:], width)


def damage_y02(text: str) -> bytes:
    """A vertical headline one character a line (its number set across), an English subtitle, drop caps."""
    lines = list(Y02_HEAD) + [Y02_SUB, ""]
    for para in text.splitlines():
        lines += drop_capped(para, 22)
    return ("\n".join(lines) + "\n").encode("utf-8")


# each character that a zero-width character or soft hyphen follows in y03, by the stretch it is in
ZW = [("20.36亿", "20.\u200b36亿"), ("11.42亿", "11\u200d.42亿"), ("7.85亿", "7.8\u20605亿"), ("46.93亿", "46.9\ufeff3亿"),
      ("38.71亿", "38\u00ad.71亿"), ("68.7%", "68.\u200c7%"), ("2.4个百分点", "2.4个\u200b百分点"),
      ("31.5亿元", "31.5\u200b亿元"), ("2.93亿元", "2\u200b.\u200b93亿元"), ("1320万元", "13\u206020万元"),
      ("财政总收入达到21.5亿元", "财\u200c政总收入达到2\u00ad1.5亿元"), ("社会保障", "社\u200d会\u200d保\u200d障"),
      ("稀土新材料", "稀土\u00ad新材料"), ("纳税人1.6万户", "纳税人1.6\ufeff万户")]


def damage_y03(text: str) -> bytes:
    """Zero-width characters and soft hyphens inside numbers and words; lines of 24 with a soft hyphen where one
    cuts between two digits; a 样稿 proof stamp every six lines."""
    for old, new in ZW:
        text = sub(text, old, new)
    out: list[str] = []
    for line in wrap(text, 24):
        if out and out[-1][-1:].isdigit() and line[:1].isdigit():
            out[-1] += "\u00ad"
        out.append(line)
    return ("\n".join(stamped(out, 6, "样 稿")) + "\n").encode("utf-8")


def ruby_inline(head: str) -> str:
    """A headline whose 注音 the extractor reads in line: each character followed by its pinyin."""
    return "".join(ch + PINYIN.get(ch, "") for ch in head)


def ruby_under(head: str) -> list[str]:
    """A headline with its pinyin set as a line under it."""
    return [head, " ".join(PINYIN[ch] for ch in head if ch in PINYIN)]


def damage_y04(a: str, b: str) -> bytes:
    """The first headline with inline 注音, the second with a pinyin line; a caption cut into the second item."""
    lines = [ruby_inline(Y04_HEAD1), ""] + wrap(a, 21) + [""] + ruby_under(Y04_HEAD2) + [""]
    body = wrap(b, 21)
    lines += body[:3] + Y04_CAPTION + body[3:]
    return ("\n".join(lines) + "\n").encode("utf-8")


def damage_y05(text: str) -> bytes:
    """Two columns of 16 characters, the article running down the left one and on in the right one; the
    extractor reads the right column before the left."""
    lines = wrap(text, 16)
    half = (len(lines) + 1) // 2
    left, right = lines[:half], lines[half:]
    head = ["巫溪县统计局 统计信息 2025年第10期", "", Y05_HEAD, ""]
    return ("\n".join(head + right + left + ["", "—2—"]) + "\n").encode("utf-8")


def clean_of(doc: str) -> str:
    """The clean text a figure's context is looked up in."""
    return {"y01": Y01, "y02": "".join(Y02_HEAD) + "\n" + Y02, "y03": Y03,
            "y04": Y04_HEAD1 + "\n" + Y04_A + Y04_HEAD2 + "\n" + Y04_B, "y05": Y05_HEAD + "\n" + Y05}[doc]


def _row18(doc: str, ctx: str, quote: str, value: float | None, measure: str, qual: str, role: str, topic: str,
           place: str, period: str, *tier: str) -> dict:
    """damaged18's gold row: a figure may name its tier (optional), must otherwise; no high ends."""
    return {**_d17.high_row(doc, ctx, quote, value, measure, qual, role, topic, place, period),
            "tier": tier[0] if tier else "must"}


def main() -> None:
    """Write the texts, the manifest and the gold (damaged17's write_set)."""
    built = {"y01": damage_y01(Y01), "y02": damage_y02(Y02), "y03": damage_y03(Y03), "y04": damage_y04(Y04_A, Y04_B),
             "y05": damage_y05(Y05)}
    _d17.write_set(OUT, "damaged18", built, MANIFEST, F, clean_of, _row18)


if __name__ == "__main__":
    main()
