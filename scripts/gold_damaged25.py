"""Build data/gold/damaged25: five texts of our own, written clean, then damaged by code the way PDF extractors and
copy-paste damage pages in ways earlier damaged sets did not.

- q01 (天峨县 | 保靖县): a newsletter's PDF holding two articles (天峨县, jobs; 保靖县, beds), its lines wrapped at 24
  characters (never inside a number), every nine lines the page's foot (— 3 —) and the next page's running head
  (县域民生观察 2026年第2期 …), which fall between and inside paragraphs of both articles.
- q02 (古丈县, beds): an extractor that put every character on its own line in one column (digits, points and
  marks too: 1 | 2 | 6 | 张), a blank line between paragraphs.
- q03 (隆林各族自治县, money): a table flattened in column order: one cell a line, the label column first, then the
  2025 column, the 2024 column and the growth column, each under its head cell.
- q04 (泸西县, jobs): numbers with a no-break space (U+00A0), a figure space (U+2007) or a plain space as thousands
  separator (3 260人, 2 368 500元), and a plain space between a year and 年 (2025 年).
- q05 (开远市 | 师宗县): a two-column page read across, left line, one space, right line, its lines cut by hand so
  that a left line ends in a number and the right line beside it opens with one (…床位420 2130人…: two numbers
  of two columns, never one) or with the right number's unit (…达到3260 万人…).

The gold is written from the hand annotation below (each figure: the clean sentence it is in, its quote and fields
per /work/shared/gold/GUIDE.md), never from what stats extracts. A table's cells are joined by | in the context.

    .venv/bin/python scripts/gold_damaged25.py      # writes data/gold/damaged25/{texts,damaged25.jsonl}
"""
# ruff: noqa: E501  (the clean texts are one paragraph a line, as written)

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# the checked replacement and the set writer are damaged17's, the whole-number wrap damaged23's
sys.path.insert(0, str(ROOT / "scripts"))
import gold_damaged17 as _d17  # noqa: E402
import gold_damaged23 as _d23  # noqa: E402

sub = _d17.sub
OUT = ROOT / "data" / "gold" / "damaged25"

# --------------------------------------------------------------------------------------------- clean texts

Q01_A = """天峨县2025年就业工作稳中有进
记者从天峨县人力资源和社会保障局获悉，2025年，全县城镇新增就业1420人，完成年度目标任务的109.2%；城镇失业人员再就业365人，就业困难人员实现就业112人。
全县农村劳动力转移就业6.18万人，其中县外务工4.72万人；全年开展职业技能培训3860人次，发放创业担保贷款2650万元，扶持创业318人，带动就业860人。
2026年，全县力争城镇新增就业1500人以上，城镇调查失业率控制在5.5%以内。
"""
Q01_B = """保靖县新增医疗床位280张
保靖县卫生健康局消息，2025年，全县新增医疗床位280张，截至年底实有床位2136张，比上年增长15.1%，每千常住人口床位数7.26张。其中，县人民医院床位680张，县中医医院床位420张，乡镇卫生院床位836张。
全年投入医疗卫生基础设施资金1.86亿元，建成标准化村卫生室198个。2026年，全县将新增床位150张。
"""
Q01_HEAD = "县域民生观察　2026年第2期　第{}页"

Q02 = """古丈县医疗卫生服务体系建设成效明显
2025年，古丈县新增医疗床位126张，全县实有床位986张，增长14.7%；每千常住人口床位数7.12张。县人民医院新建住院楼投入使用，新增床位90张，总投资1.35亿元。
全县现有医疗卫生机构162个，卫生技术人员1068人。2026年，全县计划新增床位60张。
"""

Q03_HEAD = """隆林各族自治县2025年财政预算执行情况
2025年，隆林各族自治县一般公共预算收入完成4.26亿元，增长5.8%；一般公共预算支出完成42.38亿元，增长3.1%，其中民生支出34.65亿元，占比81.8%。
表1 2025年一般公共预算主要支出项目（单位：万元）
"""
Q03_TABLE = [["项目", "2025年", "2024年", "增长（%）"],
             ["教育支出", "86420", "82150", "5.2"],
             ["社会保障和就业支出", "64830", "61260", "5.8"],
             ["卫生健康支出", "41570", "40320", "3.1"],
             ["农林水支出", "72960", "70480", "3.5"]]
Q03_TAIL = "2026年，全县一般公共预算收入预期增长5%左右。\n"

Q04 = """泸西县2025年就业工作综述
2025年，泸西县城镇新增就业3260人，完成年度目标任务的108.7%；城镇失业人员再就业1120人，就业困难人员实现就业286人。
全县农村劳动力转移就业18.64万人，实现劳务收入62.8亿元，增长7.2%。全年开展职业技能培训12480人次，发放创业担保贷款16500万元，扶持创业1860人，带动就业5240人；发放稳岗返还资金2368500元，惠及企业1026家。
2026年，全县力争城镇新增就业3300人以上。
"""

# q05: each column's lines as cut on the page (the clean text is the lines joined)
Q05_L = ["开远市新增养老床位420张",
         "2025年，开远市新建社区养老服务",
         "中心8个，新增养老床位420",
         "张，全市养老床位总数达到3260",
         "张，其中护理型床位1860张，占",
         "比57.1%。全市医疗卫生机构实有",
         "床位2980张，每千常住人口床位",
         "数8.26张。2026年，全市计划新",
         "增养老床位300张。"]
Q05_R = ["师宗县2025年城镇新增就业2130人",
         "2025年，师宗县城镇新增就业",
         "2130人，农村劳动力转移就业12.6",
         "万人，其中省外转移就业5.18万人",
         "，实现劳务收入46.2亿元。全年开",
         "展职业技能培训6200人次，扶持创",
         "业420人，带动就业1350人。2026",
         "年，全县力争城镇新增就业2200人",
         "以上。"]

# --------------------------------------------------------------------------------------------- hand annotation

# (doc, the clean stretch that holds the figure, quote, value, measure, qualifier, role, topic, place, period)
E = "天峨县"
B = "保靖县"
G = "古丈县"
L = "隆林各族自治县"
X = "泸西县"
K = "开远市"
S = "师宗县"
F: list[tuple] = [
    # q01 天峨县 (jobs) then 保靖县 (beds), published 2026-01-20
    ("q01", "全县城镇新增就业1420人", "1420人", 1420, "人", "exact", "level", "jobs", E, "2025"),
    ("q01", "完成年度目标任务的109.2%", "109.2%", 109.2, "%", "exact", "level", "jobs", E, "2025"),
    ("q01", "城镇失业人员再就业365人", "365人", 365, "人", "exact", "level", "jobs", E, "2025"),
    ("q01", "就业困难人员实现就业112人", "112人", 112, "人", "exact", "level", "jobs", E, "2025"),
    ("q01", "农村劳动力转移就业6.18万人", "6.18万人", 61800, "人", "exact", "level", "jobs", E, "2025"),
    ("q01", "其中县外务工4.72万人", "4.72万人", 47200, "人", "exact", "level", "jobs", E, "2025"),
    ("q01", "开展职业技能培训3860人次", "3860人次", 3860, "人次", "exact", "level", "jobs", E, "2025"),
    ("q01", "发放创业担保贷款2650万元", "2650万元", 26500000, "元", "exact", "level", "money", E, "2025"),
    ("q01", "扶持创业318人", "318人", 318, "人", "exact", "level", "jobs", E, "2025"),
    ("q01", "带动就业860人", "860人", 860, "人", "exact", "level", "jobs", E, "2025"),
    ("q01", "力争城镇新增就业1500人以上", "1500人以上", 1500, "人", "lower_bound", "target", "jobs", E, "2026"),
    ("q01", "城镇调查失业率控制在5.5%以内", "5.5%以内", 5.5, "%", "upper_bound", "target", "jobs", E, "2026"),
    ("q01", "保靖县新增医疗床位280张", "280张", 280, "张", "exact", "level", "beds", B, "2025"),
    ("q01", "全县新增医疗床位280张", "280张", 280, "张", "exact", "level", "beds", B, "2025"),
    ("q01", "实有床位2136张", "2136张", 2136, "张", "exact", "level", "beds", B, "2025"),
    ("q01", "比上年增长15.1%", "15.1%", 15.1, "%", "exact", "change", "beds", B, "2025"),
    ("q01", "每千常住人口床位数7.26张", "7.26张", 7.26, "张", "exact", "level", "beds", B, "2025"),
    ("q01", "县人民医院床位680张", "680张", 680, "张", "exact", "level", "beds", B, "2025"),
    ("q01", "县中医医院床位420张", "420张", 420, "张", "exact", "level", "beds", B, "2025"),
    ("q01", "乡镇卫生院床位836张", "836张", 836, "张", "exact", "level", "beds", B, "2025"),
    ("q01", "基础设施资金1.86亿元", "1.86亿元", 186000000, "元", "exact", "level", "money", B, "2025"),
    ("q01", "建成标准化村卫生室198个", "198个", 198, "个", "exact", "level", "other", B, "2025"),
    ("q01", "全县将新增床位150张", "150张", 150, "张", "exact", "target", "beds", B, "2026"),
    # q02 古丈县, published 2026-01-15
    ("q02", "古丈县新增医疗床位126张", "126张", 126, "张", "exact", "level", "beds", G, "2025"),
    ("q02", "全县实有床位986张", "986张", 986, "张", "exact", "level", "beds", G, "2025"),
    ("q02", "增长14.7%", "14.7%", 14.7, "%", "exact", "change", "beds", G, "2025"),
    ("q02", "每千常住人口床位数7.12张", "7.12张", 7.12, "张", "exact", "level", "beds", G, "2025"),
    ("q02", "新增床位90张", "90张", 90, "张", "exact", "level", "beds", G, "2025"),
    ("q02", "总投资1.35亿元", "1.35亿元", 135000000, "元", "exact", "level", "money", G, "2025"),
    ("q02", "现有医疗卫生机构162个", "162个", 162, "个", "exact", "level", "other", G, "2025"),
    ("q02", "卫生技术人员1068人", "1068人", 1068, "人", "exact", "level", "other", G, "2025"),
    ("q02", "计划新增床位60张", "60张", 60, "张", "exact", "target", "beds", G, "2026"),
    # q03 隆林各族自治县, published 2026-02-12 (the table's cells in 万元; its growth column in %)
    ("q03", "一般公共预算收入完成4.26亿元", "4.26亿元", 426000000, "元", "exact", "level", "money", L, "2025"),
    ("q03", "4.26亿元，增长5.8%", "5.8%", 5.8, "%", "exact", "change", "percent", L, "2025"),
    ("q03", "一般公共预算支出完成42.38亿元", "42.38亿元", 4238000000, "元", "exact", "level", "money", L, "2025"),
    ("q03", "42.38亿元，增长3.1%", "3.1%", 3.1, "%", "exact", "change", "percent", L, "2025"),
    ("q03", "其中民生支出34.65亿元", "34.65亿元", 3465000000, "元", "exact", "level", "money", L, "2025"),
    ("q03", "占比81.8%", "81.8%", 81.8, "%", "exact", "level", "percent", L, "2025"),
    ("q03", "教育支出|86420", "86420", 864200000, "元", "exact", "level", "money", L, "2025"),
    ("q03", "86420|82150", "82150", 821500000, "元", "exact", "level", "money", L, "2024"),
    ("q03", "82150|5.2", "5.2", 5.2, "%", "exact", "change", "percent", L, "2025"),
    ("q03", "社会保障和就业支出|64830", "64830", 648300000, "元", "exact", "level", "money", L, "2025"),
    ("q03", "64830|61260", "61260", 612600000, "元", "exact", "level", "money", L, "2024"),
    ("q03", "61260|5.8", "5.8", 5.8, "%", "exact", "change", "percent", L, "2025"),
    ("q03", "卫生健康支出|41570", "41570", 415700000, "元", "exact", "level", "money", L, "2025"),
    ("q03", "41570|40320", "40320", 403200000, "元", "exact", "level", "money", L, "2024"),
    ("q03", "40320|3.1", "3.1", 3.1, "%", "exact", "change", "percent", L, "2025"),
    ("q03", "农林水支出|72960", "72960", 729600000, "元", "exact", "level", "money", L, "2025"),
    ("q03", "72960|70480", "70480", 704800000, "元", "exact", "level", "money", L, "2024"),
    ("q03", "70480|3.5", "3.5", 3.5, "%", "exact", "change", "percent", L, "2025"),
    ("q03", "预期增长5%左右", "5%左右", 5, "%", "approx", "target", "percent", L, "2026"),
    # q04 泸西县, published 2026-01-26
    ("q04", "泸西县城镇新增就业3260人", "3260人", 3260, "人", "exact", "level", "jobs", X, "2025"),
    ("q04", "完成年度目标任务的108.7%", "108.7%", 108.7, "%", "exact", "level", "jobs", X, "2025"),
    ("q04", "城镇失业人员再就业1120人", "1120人", 1120, "人", "exact", "level", "jobs", X, "2025"),
    ("q04", "就业困难人员实现就业286人", "286人", 286, "人", "exact", "level", "jobs", X, "2025"),
    ("q04", "农村劳动力转移就业18.64万人", "18.64万人", 186400, "人", "exact", "level", "jobs", X, "2025"),
    ("q04", "实现劳务收入62.8亿元", "62.8亿元", 6280000000, "元", "exact", "level", "money", X, "2025"),
    ("q04", "62.8亿元，增长7.2%", "7.2%", 7.2, "%", "exact", "change", "percent", X, "2025"),
    ("q04", "开展职业技能培训12480人次", "12480人次", 12480, "人次", "exact", "level", "jobs", X, "2025"),
    ("q04", "发放创业担保贷款16500万元", "16500万元", 165000000, "元", "exact", "level", "money", X, "2025"),
    ("q04", "扶持创业1860人", "1860人", 1860, "人", "exact", "level", "jobs", X, "2025"),
    ("q04", "带动就业5240人", "5240人", 5240, "人", "exact", "level", "jobs", X, "2025"),
    ("q04", "稳岗返还资金2368500元", "2368500元", 2368500, "元", "exact", "level", "money", X, "2025"),
    ("q04", "惠及企业1026家", "1026家", 1026, "家", "exact", "level", "other", X, "2025"),
    ("q04", "力争城镇新增就业3300人以上", "3300人以上", 3300, "人", "lower_bound", "target", "jobs", X, "2026"),
    # q05 开远市 (left column, beds) and 师宗县 (right column, jobs), published 2026-01-18
    ("q05", "开远市新增养老床位420张", "420张", 420, "张", "exact", "level", "beds", K, "2025"),
    ("q05", "中心8个", "8个", 8, "个", "exact", "level", "other", K, "2025"),
    ("q05", "新增养老床位420张，全市", "420张", 420, "张", "exact", "level", "beds", K, "2025"),
    ("q05", "养老床位总数达到3260张", "3260张", 3260, "张", "exact", "level", "beds", K, "2025"),
    ("q05", "护理型床位1860张", "1860张", 1860, "张", "exact", "level", "beds", K, "2025"),
    ("q05", "占比57.1%", "57.1%", 57.1, "%", "exact", "level", "beds", K, "2025"),
    ("q05", "实有床位2980张", "2980张", 2980, "张", "exact", "level", "beds", K, "2025"),
    ("q05", "每千常住人口床位数8.26张", "8.26张", 8.26, "张", "exact", "level", "beds", K, "2025"),
    ("q05", "计划新增养老床位300张", "300张", 300, "张", "exact", "target", "beds", K, "2026"),
    ("q05", "师宗县2025年城镇新增就业2130人", "2130人", 2130, "人", "exact", "level", "jobs", S, "2025"),
    ("q05", "师宗县城镇新增就业2130人，", "2130人", 2130, "人", "exact", "level", "jobs", S, "2025"),
    ("q05", "农村劳动力转移就业12.6万人", "12.6万人", 126000, "人", "exact", "level", "jobs", S, "2025"),
    ("q05", "省外转移就业5.18万人", "5.18万人", 51800, "人", "exact", "level", "jobs", S, "2025"),
    ("q05", "实现劳务收入46.2亿元", "46.2亿元", 4620000000, "元", "exact", "level", "money", S, "2025"),
    ("q05", "开展职业技能培训6200人次", "6200人次", 6200, "人次", "exact", "level", "jobs", S, "2025"),
    ("q05", "扶持创业420人", "420人", 420, "人", "exact", "level", "jobs", S, "2025"),
    ("q05", "带动就业1350人", "1350人", 1350, "人", "exact", "level", "jobs", S, "2025"),
    ("q05", "力争城镇新增就业2200人以上", "2200人以上", 2200, "人", "lower_bound", "target", "jobs", S, "2026"),
]

MANIFEST = [("q01", "2026-01-20", "县域民生观察"), ("q02", "2026-01-15", "古丈县人民政府网"),
            ("q03", "2026-02-12", "隆林各族自治县人民政府网"), ("q04", "2026-01-26", "泸西县人民政府网"),
            ("q05", "2026-01-18", "红河日报")]

# --------------------------------------------------------------------------------------------- the damage


def damage_q01() -> bytes:
    """Both articles wrapped at 24 (never inside a number), a blank line between them; every nine lines the
    page's foot and the next page's running head."""
    lines = [ln for para in (Q01_A + "\n" + Q01_B).splitlines() for ln in (_d23.wrap_whole(para, 24) or [""])]
    out, page = [Q01_HEAD.format(3)], 3
    for i, line in enumerate(lines, start=1):
        out.append(line)
        if i % 9 == 0 and i < len(lines):
            out += ["", f"— {page} —", "", Q01_HEAD.format(page + 1)]
            page += 1
    out.append(f"— {page} —")
    return ("\n".join(out) + "\n").encode("utf-8")


def damage_q02() -> bytes:
    """Every character on its own line; a blank line between paragraphs."""
    return ("\n\n".join("\n".join(para) for para in Q02.splitlines()) + "\n").encode("utf-8")


def damage_q03() -> bytes:
    """The paragraphs as written; the table one cell a line, column after column."""
    cells = [row[k] for k in range(len(Q03_TABLE[0])) for row in Q03_TABLE]
    return (Q03_HEAD + "".join(c + "\n" for c in cells) + Q03_TAIL).encode("utf-8")


def damage_q04() -> bytes:
    """Thousands gaps of three kinds (no-break space, figure space, plain space), a space before 年."""
    text = Q04
    for old, new in [("就业3260人", "就业3\u00a0260人"), ("培训12480人次", "培训12\u2007480人次"),
                     ("贷款16500万元", "贷款16\u00a0500万元"), ("创业1860人", "创业1 860人"),
                     ("就业5240人", "就业5\u2007240人"), ("资金2368500元", "资金2\u00a0368\u00a0500元"),
                     ("企业1026家", "企业1 026家"), ("2025年，泸西县", "2025 年，泸西县"),
                     ("2026年，全县", "2026 年，全县")]:
        text = sub(text, old, new)
    return text.encode("utf-8")


def damage_q05() -> bytes:
    """Left line, one space, right line, under the paper's running head."""
    lines = [a + " " + b for a, b in zip(Q05_L, Q05_R, strict=True)]
    return ("红河日报 2026年1月18日 星期日 第3版 县域\n" + "\n".join(lines) + "\n").encode("utf-8")


def clean_of(doc: str) -> str:
    """The clean text a figure's context is looked up in (a table row's cells joined by |)."""
    table = "\n".join("|".join(r) for r in Q03_TABLE) + "\n"
    return {"q01": Q01_A + Q01_B, "q02": Q02, "q03": Q03_HEAD + table + Q03_TAIL, "q04": Q04,
            "q05": "\n".join(c[0] + "\n" + "".join(c[1:]) for c in (Q05_L, Q05_R))}[doc]


def main() -> None:
    """Write the texts, the manifest and the gold (damaged17's write_set)."""
    built = {"q01": damage_q01(), "q02": damage_q02(), "q03": damage_q03(), "q04": damage_q04(),
             "q05": damage_q05()}
    _d17.write_set(OUT, "damaged25", built, MANIFEST, F, clean_of, _d17.high_row)


if __name__ == "__main__":
    main()
