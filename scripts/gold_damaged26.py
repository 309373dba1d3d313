"""Build data/gold/damaged26: five texts of our own, written clean, then damaged by code the way real PDF extractors
damage a newspaper's or a government's pages.

- r01 (兴国县 | 上犹县): a page of two columns, each wrapped at its own width (20 and 18 characters, never inside a
  number), read across by an extractor that makes each line a box: a line of the left column, a line of the right
  one, in turn, no blank line between, under the paper's running head.
- r02 (铜鼓县, beds): a column wrapped at 24 characters wherever that falls (14. | 74万张, 1 | 260张), the page's foot
  (its editors' line) and the next page's head (the paper, the date, the page) between two lines of one sentence.
- r03 (石城县, jobs): a headline block (引题, 主题, 副题) set beside the body's first lines, read by boxes sorted
  down the page: a body line, the 引题, a body line, the 主题, a body line, the 副题, then the body.
- r04 (万载县, a work report): a paragraph set with wide letter-spacing, a space between every two characters
  (增 长 2 . 2 3 倍), and one paragraph's digits and points in full width (４１２０人, １．２６万人).
- r05 (安远县, jobs and beds): full-width digits, points and percent marks throughout (１２．６％), lines cut at 26
  characters wherever that falls (one inside a number), and the page number and the next page's head between
  two lines of a sentence.

The gold is written from the hand annotation below (each figure: the clean sentence it is in, its quote and fields
per /work/shared/gold/GUIDE.md), never from what stats extracts. Quotes are written with half-width digits and no
spaces (GUIDE: as if unbroken; the value is the number).

    .venv/bin/python scripts/gold_damaged26.py      # writes data/gold/damaged26/{texts,damaged26.jsonl}
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

OUT = ROOT / "data" / "gold" / "damaged26"

# --------------------------------------------------------------------------------------------- clean texts

R01_L = """兴国县新增医疗床位560张
记者从兴国县卫生健康委获悉，2025年，全县新增医疗床位560张，实有床位总数达到4860张，比上年增长13.0%；每千常住人口床位数6.58张。县人民医院新院区投入使用，设置床位800张，总投资9.6亿元。全县建成县域医疗次中心5个，新招聘卫生专业技术人员326名。2026年，全县计划再新增床位300张。
"""
R01_R = """上犹县财政收支平稳运行
2025年，上犹县一般公共预算收入完成6.42亿元，增长4.6%，其中税收收入4.15亿元，占比64.6%。一般公共预算支出完成38.76亿元，增长2.3%，其中民生支出31.28亿元，占支出的80.7%。全年争取上级转移支付资金25.4亿元，发行新增专项债券7.8亿元。2026年，全县一般公共预算收入预期增长5%左右。
"""
R01_HEAD = "赣南日报 2026年1月16日 星期五 第5版 县域经济"

R02 = """铜鼓县基层医疗服务能力稳步提升
本报铜鼓讯 记者从铜鼓县卫生健康委获悉，截至2025年底，全县医疗卫生机构实有床位1260张，比上年末增加148张，增长13.3%；每千常住人口床位数8.74张，高于全市平均水平0.62张。全县卫生技术人员1086人，其中执业（助理）医师412人、注册护士497人。
2025年，全县投入医疗卫生基础设施建设资金1.74亿元，县中医院综合大楼建成投用，新增床位220张；改造提升乡镇卫生院9所、村卫生室48个。全年总诊疗人次达到86.5万人次，增长6.2%。
2026年，全县计划新增医疗床位120张，到2026年底实有床位达到1380张。
"""
R02_FOOT = "责任编辑：刘芳　校对：陈敏"
R02_HEAD = "宜春日报　2026年1月14日　星期三　第3版　县区新闻"

# r03: the headline block and the body
R03_KICKER = "稳岗位 促增收 强保障"
R03_TITLE = "石城县城镇新增就业3180人"
R03_DECK = "——全年农村劳动力转移就业7.46万人"
R03_BODY = """本报讯（记者 温晓东）记者从石城县人力资源和社会保障局获悉，2025年，石城县城镇新增就业3180人，完成年度目标任务的113.6%；城镇失业人员再就业620人，就业困难人员实现就业145人。
全县农村劳动力转移就业7.46万人，其中省外转移就业4.08万人，实现劳务收入52.3亿元，增长6.1%。全年开展职业技能培训5260人次，发放创业担保贷款1.28亿元，扶持创业486人，带动就业1620人。
2026年，全县力争城镇新增就业3200人以上，城镇调查失业率控制在5.5%以内。
"""

R04 = """万载县人民政府工作报告
——2026年1月8日在万载县第十八届人民代表大会第六次会议上
一、2025年工作回顾
过去一年，全县地区生产总值完成236.8亿元，增长5.6%；规模以上工业增加值增长7.2%；固定资产投资增长4.8%；社会消费品零售总额完成98.46亿元，增长5.1%。一般公共预算收入完成15.32亿元，增长3.6%。城镇居民人均可支配收入46280元，增长4.5%；农村居民人均可支配收入24360元，增长6.3%。
全年城镇新增就业4120人，农村劳动力转移就业1.26万人。新增养老床位380张，建成社区嵌入式养老服务中心6个。花炮产业集群营业收入突破300亿元，花炮出口额增长2.23倍。
二、2026年主要目标
全县地区生产总值增长5.5%左右，一般公共预算收入增长4%左右，城镇新增就业4000人以上。
"""

R05 = """安远县民生实事交出亮眼答卷
2025年，安远县城镇新增就业2860人，完成年度目标任务的110.2%；农村劳动力转移就业14.74万人，比上年增加0.36万人。全县发放创业担保贷款9860万元，扶持创业312人，带动就业1040人。
全县新增医疗床位260张，实有床位达到2476张，增长11.7%；新增养老床位180张，养老机构床位总数1350张，其中护理型床位占比62.5%。
2026年，全县将新增城镇就业2900人，新增养老床位150张。
"""
R05_FOOT = "－ 2 －"
R05_HEAD = "安远县人民政府网　民生动态"

# --------------------------------------------------------------------------------------------- hand annotation

# (doc, the clean stretch that holds the figure, quote, value, measure, qualifier, role, topic, place, period)
XG = "兴国县"
SY = "上犹县"
TG = "铜鼓县"
SC = "石城县"
WZ = "万载县"
AY = "安远县"
F: list[tuple] = [
    # r01 兴国县 (left column, beds) and 上犹县 (right column, money), published 2026-01-16
    ("r01", "兴国县新增医疗床位560张", "560张", 560, "张", "exact", "level", "beds", XG, "2025"),
    ("r01", "全县新增医疗床位560张", "560张", 560, "张", "exact", "level", "beds", XG, "2025"),
    ("r01", "实有床位总数达到4860张", "4860张", 4860, "张", "exact", "level", "beds", XG, "2025"),
    ("r01", "比上年增长13.0%", "13.0%", 13.0, "%", "exact", "change", "beds", XG, "2025"),
    ("r01", "每千常住人口床位数6.58张", "6.58张", 6.58, "张", "exact", "level", "beds", XG, "2025"),
    ("r01", "设置床位800张", "800张", 800, "张", "exact", "level", "beds", XG, "2025"),
    ("r01", "总投资9.6亿元", "9.6亿元", 960000000, "元", "exact", "level", "money", XG, "2025"),
    ("r01", "县域医疗次中心5个", "5个", 5, "个", "exact", "level", "other", XG, "2025"),
    ("r01", "卫生专业技术人员326名", "326名", 326, "名", "exact", "level", "jobs", XG, "2025"),
    ("r01", "再新增床位300张", "300张", 300, "张", "exact", "target", "beds", XG, "2026"),
    ("r01", "一般公共预算收入完成6.42亿元", "6.42亿元", 642000000, "元", "exact", "level", "money", SY, "2025"),
    ("r01", "6.42亿元，增长4.6%", "4.6%", 4.6, "%", "exact", "change", "percent", SY, "2025"),
    ("r01", "其中税收收入4.15亿元", "4.15亿元", 415000000, "元", "exact", "level", "money", SY, "2025"),
    ("r01", "占比64.6%", "64.6%", 64.6, "%", "exact", "level", "percent", SY, "2025"),
    ("r01", "一般公共预算支出完成38.76亿元", "38.76亿元", 3876000000, "元", "exact", "level", "money", SY, "2025"),
    ("r01", "38.76亿元，增长2.3%", "2.3%", 2.3, "%", "exact", "change", "percent", SY, "2025"),
    ("r01", "其中民生支出31.28亿元", "31.28亿元", 3128000000, "元", "exact", "level", "money", SY, "2025"),
    ("r01", "占支出的80.7%", "80.7%", 80.7, "%", "exact", "level", "percent", SY, "2025"),
    ("r01", "转移支付资金25.4亿元", "25.4亿元", 2540000000, "元", "exact", "level", "money", SY, "2025"),
    ("r01", "新增专项债券7.8亿元", "7.8亿元", 780000000, "元", "exact", "level", "money", SY, "2025"),
    ("r01", "预期增长5%左右", "5%左右", 5, "%", "approx", "target", "percent", SY, "2026"),
    # r02 铜鼓县, published 2026-01-14
    ("r02", "实有床位1260张", "1260张", 1260, "张", "exact", "level", "beds", TG, "2025"),
    ("r02", "比上年末增加148张", "148张", 148, "张", "exact", "change", "beds", TG, "2025"),
    ("r02", "增长13.3%", "13.3%", 13.3, "%", "exact", "change", "beds", TG, "2025"),
    ("r02", "每千常住人口床位数8.74张", "8.74张", 8.74, "张", "exact", "level", "beds", TG, "2025"),
    ("r02", "高于全市平均水平0.62张", "0.62张", 0.62, "张", "exact", "change", "beds", TG, "2025"),
    ("r02", "卫生技术人员1086人", "1086人", 1086, "人", "exact", "level", "other", TG, "2025"),
    ("r02", "执业（助理）医师412人", "412人", 412, "人", "exact", "level", "other", TG, "2025"),
    ("r02", "注册护士497人", "497人", 497, "人", "exact", "level", "other", TG, "2025"),
    ("r02", "基础设施建设资金1.74亿元", "1.74亿元", 174000000, "元", "exact", "level", "money", TG, "2025"),
    ("r02", "新增床位220张", "220张", 220, "张", "exact", "level", "beds", TG, "2025"),
    ("r02", "乡镇卫生院9所", "9所", 9, "所", "exact", "level", "other", TG, "2025"),
    ("r02", "村卫生室48个", "48个", 48, "个", "exact", "level", "other", TG, "2025"),
    ("r02", "总诊疗人次达到86.5万人次", "86.5万人次", 865000, "人次", "exact", "level", "other", TG, "2025"),
    ("r02", "86.5万人次，增长6.2%", "6.2%", 6.2, "%", "exact", "change", "percent", TG, "2025"),
    ("r02", "计划新增医疗床位120张", "120张", 120, "张", "exact", "target", "beds", TG, "2026"),
    ("r02", "实有床位达到1380张", "1380张", 1380, "张", "exact", "target", "beds", TG, "2026"),
    # r03 石城县, published 2026-01-12
    ("r03", "石城县城镇新增就业3180人\n", "3180人", 3180, "人", "exact", "level", "jobs", SC, "2025"),
    ("r03", "农村劳动力转移就业7.46万人\n", "7.46万人", 74600, "人", "exact", "level", "jobs", SC, "2025"),
    ("r03", "石城县城镇新增就业3180人，", "3180人", 3180, "人", "exact", "level", "jobs", SC, "2025"),
    ("r03", "完成年度目标任务的113.6%", "113.6%", 113.6, "%", "exact", "level", "jobs", SC, "2025"),
    ("r03", "城镇失业人员再就业620人", "620人", 620, "人", "exact", "level", "jobs", SC, "2025"),
    ("r03", "就业困难人员实现就业145人", "145人", 145, "人", "exact", "level", "jobs", SC, "2025"),
    ("r03", "农村劳动力转移就业7.46万人，", "7.46万人", 74600, "人", "exact", "level", "jobs", SC, "2025"),
    ("r03", "省外转移就业4.08万人", "4.08万人", 40800, "人", "exact", "level", "jobs", SC, "2025"),
    ("r03", "实现劳务收入52.3亿元", "52.3亿元", 5230000000, "元", "exact", "level", "money", SC, "2025"),
    ("r03", "52.3亿元，增长6.1%", "6.1%", 6.1, "%", "exact", "change", "percent", SC, "2025"),
    ("r03", "开展职业技能培训5260人次", "5260人次", 5260, "人次", "exact", "level", "jobs", SC, "2025"),
    ("r03", "发放创业担保贷款1.28亿元", "1.28亿元", 128000000, "元", "exact", "level", "money", SC, "2025"),
    ("r03", "扶持创业486人", "486人", 486, "人", "exact", "level", "jobs", SC, "2025"),
    ("r03", "带动就业1620人", "1620人", 1620, "人", "exact", "level", "jobs", SC, "2025"),
    ("r03", "力争城镇新增就业3200人以上", "3200人以上", 3200, "人", "lower_bound", "target", "jobs", SC, "2026"),
    ("r03", "城镇调查失业率控制在5.5%以内", "5.5%以内", 5.5, "%", "upper_bound", "target", "jobs", SC, "2026"),
    # r04 万载县, published 2026-01-15
    ("r04", "地区生产总值完成236.8亿元", "236.8亿元", 23680000000, "元", "exact", "level", "money", WZ, "2025"),
    ("r04", "236.8亿元，增长5.6%", "5.6%", 5.6, "%", "exact", "change", "percent", WZ, "2025"),
    ("r04", "规模以上工业增加值增长7.2%", "7.2%", 7.2, "%", "exact", "change", "percent", WZ, "2025"),
    ("r04", "固定资产投资增长4.8%", "4.8%", 4.8, "%", "exact", "change", "percent", WZ, "2025"),
    ("r04", "社会消费品零售总额完成98.46亿元", "98.46亿元", 9846000000, "元", "exact", "level", "money", WZ, "2025"),
    ("r04", "98.46亿元，增长5.1%", "5.1%", 5.1, "%", "exact", "change", "percent", WZ, "2025"),
    ("r04", "一般公共预算收入完成15.32亿元", "15.32亿元", 1532000000, "元", "exact", "level", "money", WZ, "2025"),
    ("r04", "15.32亿元，增长3.6%", "3.6%", 3.6, "%", "exact", "change", "percent", WZ, "2025"),
    ("r04", "城镇居民人均可支配收入46280元", "46280元", 46280, "元", "exact", "level", "money", WZ, "2025"),
    ("r04", "46280元，增长4.5%", "4.5%", 4.5, "%", "exact", "change", "percent", WZ, "2025"),
    ("r04", "农村居民人均可支配收入24360元", "24360元", 24360, "元", "exact", "level", "money", WZ, "2025"),
    ("r04", "24360元，增长6.3%", "6.3%", 6.3, "%", "exact", "change", "percent", WZ, "2025"),
    ("r04", "全年城镇新增就业4120人", "4120人", 4120, "人", "exact", "level", "jobs", WZ, "2025"),
    ("r04", "农村劳动力转移就业1.26万人", "1.26万人", 12600, "人", "exact", "level", "jobs", WZ, "2025"),
    ("r04", "新增养老床位380张", "380张", 380, "张", "exact", "level", "beds", WZ, "2025"),
    ("r04", "养老服务中心6个", "6个", 6, "个", "exact", "level", "other", WZ, "2025"),
    ("r04", "营业收入突破300亿元", "突破300亿元", 30000000000, "元", "lower_bound", "level", "money", WZ, "2025"),
    ("r04", "花炮出口额增长2.23倍", "2.23倍", 2.23, "倍", "exact", "change", "other", WZ, "2025"),
    ("r04", "全县地区生产总值增长5.5%左右", "5.5%左右", 5.5, "%", "approx", "target", "percent", WZ, "2026"),
    ("r04", "一般公共预算收入增长4%左右", "4%左右", 4, "%", "approx", "target", "percent", WZ, "2026"),
    ("r04", "城镇新增就业4000人以上", "4000人以上", 4000, "人", "lower_bound", "target", "jobs", WZ, "2026"),
    # r05 安远县, published 2026-01-20
    ("r05", "安远县城镇新增就业2860人", "2860人", 2860, "人", "exact", "level", "jobs", AY, "2025"),
    ("r05", "完成年度目标任务的110.2%", "110.2%", 110.2, "%", "exact", "level", "jobs", AY, "2025"),
    ("r05", "农村劳动力转移就业14.74万人", "14.74万人", 147400, "人", "exact", "level", "jobs", AY, "2025"),
    ("r05", "比上年增加0.36万人", "0.36万人", 3600, "人", "exact", "change", "jobs", AY, "2025"),
    ("r05", "发放创业担保贷款9860万元", "9860万元", 98600000, "元", "exact", "level", "money", AY, "2025"),
    ("r05", "扶持创业312人", "312人", 312, "人", "exact", "level", "jobs", AY, "2025"),
    ("r05", "带动就业1040人", "1040人", 1040, "人", "exact", "level", "jobs", AY, "2025"),
    ("r05", "全县新增医疗床位260张", "260张", 260, "张", "exact", "level", "beds", AY, "2025"),
    ("r05", "实有床位达到2476张", "2476张", 2476, "张", "exact", "level", "beds", AY, "2025"),
    ("r05", "增长11.7%", "11.7%", 11.7, "%", "exact", "change", "beds", AY, "2025"),
    ("r05", "；新增养老床位180张", "180张", 180, "张", "exact", "level", "beds", AY, "2025"),
    ("r05", "养老机构床位总数1350张", "1350张", 1350, "张", "exact", "level", "beds", AY, "2025"),
    ("r05", "护理型床位占比62.5%", "62.5%", 62.5, "%", "exact", "level", "beds", AY, "2025"),
    ("r05", "将新增城镇就业2900人", "2900人", 2900, "人", "exact", "target", "jobs", AY, "2026"),
    ("r05", "新增养老床位150张", "150张", 150, "张", "exact", "target", "beds", AY, "2026"),
]

MANIFEST = [("r01", "2026-01-16", "赣南日报"), ("r02", "2026-01-14", "宜春日报"), ("r03", "2026-01-12", "赣南日报"),
            ("r04", "2026-01-15", "万载县人民政府网"), ("r05", "2026-01-20", "安远县人民政府网")]

# --------------------------------------------------------------------------------------------- the damage

_WIDE = str.maketrans("0123456789.%", "０１２３４５６７８９．％")


def damage_r01() -> bytes:
    """Each column wrapped at its width (20, 18; never inside a number), then a line of each in turn."""
    def lines_of(text: str, width: int) -> list[str]:
        return [ln for para in text.splitlines() for ln in _d23.wrap_whole(para, width)]
    left, right = lines_of(R01_L, 20), lines_of(R01_R, 18)
    out = [R01_HEAD]
    for i in range(max(len(left), len(right))):
        out += ([left[i]] if i < len(left) else []) + ([right[i]] if i < len(right) else [])
    return ("\n".join(out) + "\n").encode("utf-8")


def damage_r02() -> bytes:
    """Wrapped at 24 wherever that falls; after the eighth line the page's foot and the next page's head."""
    lines = _d17.wrap(R02, 24)
    out = lines[:8] + ["", R02_FOOT, "", R02_HEAD, ""] + lines[8:]
    return ("\n".join(out) + "\n").encode("utf-8")


def damage_r03() -> bytes:
    """The body wrapped at 22 (never inside a number); the headline block's three lines between its first four."""
    body = [ln for para in R03_BODY.splitlines() for ln in _d23.wrap_whole(para, 22)]
    out = [body[0], R03_KICKER, body[1], R03_TITLE, body[2], R03_DECK] + body[3:]
    return ("\n".join(out) + "\n").encode("utf-8")


def damage_r04() -> bytes:
    """The first paragraph of the review spaced out a character at a time (one space between every two, the
    wide 增 长 2 . 2 3 倍 of the next one too); the next paragraph's digits, points in full width."""
    paras = R04.splitlines()
    paras[3] = " ".join(paras[3])
    wide = paras[4].translate(_WIDE)
    paras[4] = _d17.sub(wide, "增长２．２３倍", "增 长 ２ ． ２ ３ 倍")
    return ("\n".join(paras) + "\n").encode("utf-8")


def damage_r05() -> bytes:
    """Full-width digits, points and percent marks; cut at 26 wherever that falls; after the sixth line (…增 | 长…)
    the page's number and the next page's head."""
    lines = _d17.wrap(R05.translate(_WIDE), 26)
    out = lines[:6] + [R05_FOOT, R05_HEAD] + lines[6:]
    return ("\n".join(out) + "\n").encode("utf-8")


def clean_of(doc: str) -> str:
    """The clean text a figure's context is looked up in."""
    return {"r01": R01_L + R01_R, "r02": R02, "r03": "\n".join([R03_KICKER, R03_TITLE, R03_DECK, R03_BODY]),
            "r04": R04, "r05": R05}[doc]


def main() -> None:
    """Write the texts, the manifest and the gold (damaged17's write_set)."""
    built = {"r01": damage_r01(), "r02": damage_r02(), "r03": damage_r03(), "r04": damage_r04(), "r05": damage_r05()}
    _d17.write_set(OUT, "damaged26", built, MANIFEST, F, clean_of, _d17.high_row)


if __name__ == "__main__":
    main()
