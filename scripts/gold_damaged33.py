"""
Build data/gold/damaged33: five texts of our own, each damaged the way a kind of real text comes that no damaged
set used yet (one kind a text; the texts are written clean, the damage is made by the code below):

- k01 (尖扎县, Qinghai, jobs and living): a GB18030 file with a few bytes broken in transit: the second byte of a Han
  character lost right before a number (再就�386人: the number stands whole, but a reader cannot tell that U+FFFD
  from a digit's broken byte, 3�86人, so those three figures are optional: given or not, neither is counted), one
  lost inside a headline and one inside a sentence with no number in it (the bytes after it pair up wrong, mojibake up to the next ASCII byte),
  and the high bit set on one digit byte of two numbers (扶持创业218人 read back as 2�8人, 3650万元 as 3�50万元). The
  two numbers with a broken digit have no readable value: they are not in the gold, and any reading of them (8人,
  50万元, 2, 3) is a false positive, a digit a reader invented.
- k02 (察隅县, Tibet, beds and health): a PDF read by an extractor that writes a glyph its font's ToUnicode table
  does not map as (cid:NNNN): Han characters in words (县级(cid:1873)院, 增(cid:1206)6.3%, glued to the number
  after it: no reader can tell that glyph from a digit, so 6.3% is optional) and one digit in each of two numbers
  (3(cid:21)2人, 1.(cid:19)6亿元). Those two are not in the gold; the cid's own number is no figure.
- k03 (安图县, Jilin, economy): a report pasted from a messenger's and a mail client's export that wraps numbers in
  Unicode bidi controls: isolates (U+2066…U+2069) and embeddings (U+202A…U+202C) around numbers, LRM and RLM
  (U+200E, U+200F) between a number and its unit, before 年 and once inside a number (2\u200e460人).
- k04 (兴和县, Inner Mongolia, jobs): a Word report saved as text with its field codes shown: a TOC field with
  HYPERLINK and PAGEREF codes (_Toc bookmarks of nine digits, page numbers after the braces), SEQ codes for the
  table's number, a broken cross-reference (错误！未找到引用源。), NOTEREF and PAGEREF codes inside sentences, =SUM(ABOVE)
  formula fields in the table's total row (no value), and a PAGE/NUMPAGES foot.
- k05 (屯昌县, Hainan, a statistics bulletin): text read out of spreadsheet cells by a tool that leaves the OOXML
  escapes: each carriage return as _x000D_ before the line's end, the table's tabs as _x0009_ (地区生产总值_x0009_
  亿元_x0009_132.68_x0009_5.3_x000D_), so the escape's own digits (0009, 000D) stand against the figures.

The gold is written by hand from the clean texts per /work/shared/gold/GUIDE.md, never from what stats extracts:
quotes and contexts are written as in the clean text (GUIDE: as if unbroken), a table row's cells joined by | in the
context.

    .venv/bin/python scripts/gold_damaged33.py      # writes data/gold/damaged33/{texts,damaged33.jsonl}
"""
# ruff: noqa: E501, RUF001  (the texts are written as the pages are, full-width marks included)

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
from gold_damaged28 import write_set  # noqa: E402

OUT = ROOT / "data" / "gold" / "damaged33"

K01 = """尖扎县2025年就业和民生工作情况
　　2025年，全县城镇新增就业1120人，完成年度目标任务的112.0%；城镇失业人员再就业386人，就业困难人员实现就业142人。年末城镇登记失业率2.7%。
　　全年农村劳动力转移就业2.36万人次，实现劳务收入4.82亿元，同比增长5.9%。开展职业技能培训3260人次，发放创业担保贷款3650万元，扶持创业218人。
　　全县城镇居民人均可支配收入38640元，增长4.4%；农村居民人均可支配收入16820元，增长7.2%。
　　年末全县医疗卫生机构床位612张，每千常住人口床位6.86张。全县持续推进健康乡村建设，基层医疗服务能力稳步提升。
　　2026年，全县计划城镇新增就业1150人以上，城镇登记失业率控制在3.5%以内。
"""

# k01's broken bytes: (the text the broken character opens, which of its characters, what befell the bytes).
# "trail": a Han character's second byte lost; "high": a digit's byte with its high bit set.
_K01_BREAKS = [("就业和民生", 0, "trail"), ("业386人", 0, "trail"), ("位612张", 0, "trail"), ("长7.2%", 0, "trail"),
               ("推进健康", 0, "trail"), ("218人", 1, "high"), ("3650万元", 1, "high")]


def _k01() -> bytes:
    """K01 in GB18030 with `_K01_BREAKS` made, last first so that earlier offsets hold."""
    data = bytearray(K01.encode("gb18030"))
    cuts = []
    for anchor, k, kind in _K01_BREAKS:
        assert K01.count(anchor) == 1, anchor
        at = len(K01[:K01.index(anchor) + k].encode("gb18030"))
        cuts.append((at, kind))
    for at, kind in sorted(cuts, reverse=True):
        if kind == "trail":
            del data[at + 1]
        else:
            assert 0x30 <= data[at] <= 0x39
            data[at] |= 0x80
    return bytes(data)


K02 = """察隅县卫生健康事业发展情况
　　截至2025年底，全县共有医疗卫生机构68个，其中县级医院2个、乡镇卫生院6个、村卫生室56个。实有床位236张，比上年增加18张；每千常住人口床位7.82张。卫生技术人员312人，其中执业（助理）医师118人、注册护士96人。
　　全年完成诊疗人次12.6万人次，增长6.3%；出院患者4860人次。县人民医院新建住院楼建筑面积8600平方米，总投资1.26亿元。
　　全年落实基本公共卫生服务经费1280万元，老年人健康管理率达到78.6%，孕产妇系统管理率96.2%。
　　2026年，全县计划新增床位40张，每千常住人口床位达到8.2张。
"""

# k02's unmapped glyphs: (the clean text, as the extractor gives it); the last two break a digit.
_K02_CIDS = [("卫生健康事业", "卫生健(cid:2214)事业"), ("县级医院", "县级(cid:1873)院"), ("增长6.3%", "增(cid:1206)6.3%"),
             ("注册护士", "注册(cid:2207)士"), ("每千常住人口床位7.82张", "每(cid:612)常住人口床位7.82张"),
             ("新增床位40张", "新增(cid:2415)位40张"), ("建筑面积", "建(cid:3306)面积"),
             ("人员312人", "人员3(cid:21)2人"), ("总投资1.26亿元", "总投资1.(cid:19)6亿元")]

K03 = """安图县2025年经济运行情况
　　2025年，全县地区生产总值完成78.46亿元，同比增长5.6%。一般公共预算收入4.18亿元，增长3.9%。规模以上工业增加值增长7.4%。固定资产投资完成28.6亿元，增长9.2%。
　　全年接待游客862.4万人次，实现旅游收入96.8亿元，分别增长12.6%和14.3%。
　　城镇居民人均可支配收入34280元，增长4.3%；农村居民人均可支配收入18960元，增长6.5%。全年城镇新增就业2460人，城镇登记失业率3.2%。
　　2026年，全县地区生产总值预期增长5.5%左右，固定资产投资增长10%以上。
"""

LRI, FSI, PDI, LRE, RLE, PDF, LRM, RLM = "\u2066", "\u2068", "\u2069", "\u202a", "\u202b", "\u202c", "\u200e", "\u200f"
_K03_BIDI = [("完成78.46亿元", f"完成{LRI}78.46{PDI}亿元"), ("增长5.6%", f"增长{LRE}5.6%{PDF}"),
             ("收入4.18亿元", f"收入{FSI}4.18{PDI}亿元"), ("增长3.9%", f"增长{LRM}3.9{LRM}%"),
             ("增长7.4%", f"增长{RLE}7.4%{PDF}"), ("完成28.6亿元", f"完成{LRI}28.6{PDI}{LRM}亿元"),
             ("游客862.4万人次", f"游客{LRI}862.4{PDI}万人次"), ("12.6%和14.3%", f"{LRE}12.6%{PDF}和{LRE}14.3%{PDF}"),
             ("收入34280元", f"收入{LRM}34280{RLM}元"), ("增长4.3%", f"增长{FSI}4.3%{PDI}"),
             ("收入18960元", f"收入{LRI}18960{PDI}元"), ("就业2460人", f"就业2{LRM}460人"),
             ("失业率3.2%", f"失业率{RLM}3.2{RLM}%"), ("2026年", f"{LRI}2026{PDI}{RLM}年"),
             ("增长5.5%左右", f"增长{LRI}5.5%{PDI}左右"), ("增长10%以上", f"增长{LRE}10{PDF}%以上")]

_K04_TOC = ["{ TOC \\o \"1-2\" \\h \\z \\u }",
            "{ HYPERLINK \\l \"_Toc198640211\" }一、主要指标完成情况\t{ PAGEREF _Toc198640211 \\h }1",
            "{ HYPERLINK \\l \"_Toc198640212\" }二、重点工作\t{ PAGEREF _Toc198640212 \\h }2",
            "{ HYPERLINK \\l \"_Toc198640213\" }三、2026年工作安排\t{ PAGEREF _Toc198640213 \\h }3"]
_K04_BODY = [
    "一、主要指标完成情况",
    "　　2025年，全县城镇新增就业1386人，完成年度目标任务的115.5%；城镇失业人员再就业420人，就业困难人员实现就业168人，城镇登记失业率3.3%。主要指标见表{SEQ}。",
    "表{SEQ}　2025年主要就业指标",
    "指标\t单位\t2025年\t2024年",
    "城镇新增就业\t人\t1386\t1295",
    "城镇失业人员再就业\t人\t420\t396",
    "就业困难人员实现就业\t人\t168\t151",
    "合计\t人\t{SUM}\t{SUM}",
    "二、重点工作",
    "　　全年农村劳动力转移就业3.28万人，实现劳务收入7.96亿元，同比增长6.1%{NOTE}。开展补贴性职业技能培训4120人次，培训后就业率达到68.5%。发放创业担保贷款4860万元，扶持创业312人，带动就业965人。",
    "　　全年开发公益性岗位1480个，发放就业补助资金2360万元{PAGEREF}。{XREF}，转移就业人数比上年增加2100人。",
    "三、2026年工作安排",
    "　　2026年，全县计划城镇新增就业1400人以上，城镇登记失业率控制在4%以内，农村劳动力转移就业3.3万人。",
]
# What each placeholder is in the clean text, and as the Word export with its field codes shown gives it.
_K04_FIELDS = {"{SEQ}": ("1", "{ SEQ 表 \\* ARABIC }"), "{SUM}": ("", "{ =SUM(ABOVE) \\# \"0\" }"),
               "{NOTE}": ("", "（数据来源见注{ NOTEREF _Ref198640330 \\h }）"),
               "{PAGEREF}": ("", "（详见第{ PAGEREF _Ref198640345 \\h }页）"),
               "{XREF}": ("如表1所示", "如错误！未找到引用源。所示")}
_K04_HEAD = "兴和县2025年就业工作总结"
_K04_FOOT = "第{ PAGE }页　共{ NUMPAGES \\* Arabic }页"


def _k04(shown: bool) -> str:
    """k04 with its field codes shown (`shown`) or as the clean report reads (the fields' results)."""
    lines = [_K04_HEAD, *(_K04_TOC if shown else []), *_K04_BODY, *([_K04_FOOT] if shown else [])]
    text = "\n".join(lines) + "\n"
    for key, (clean, field) in _K04_FIELDS.items():
        text = text.replace(key, field if shown else clean)
    return text


K05_LINES = [
    "屯昌县2025年国民经济和社会发展统计公报（摘要）",
    "　　一、综合",
    "　　2025年，全县实现地区生产总值132.68亿元，比上年增长5.3%。其中，第一产业增加值56.42亿元，增长4.1%；第二产业增加值18.36亿元，增长6.8%；第三产业增加值57.90亿元，增长5.6%。",
    "　　二、农业",
    "　　全年粮食产量4.62万吨，下降1.3%；槟榔产量2.86万吨，橡胶产量1.14万吨。年末生猪存栏12.6万头。",
    "　　三、就业、收入和卫生",
    "　　全年城镇新增就业3120人，城镇登记失业率2.4%。城镇居民人均可支配收入40860元，增长4.6%；农村居民人均可支配收入21380元，增长6.9%。年末全县医疗卫生机构床位1468张，每千常住人口床位5.58张。",
    "附表　主要指标",
    "指标\t单位\t2025年\t比上年增长（%）",
    "地区生产总值\t亿元\t132.68\t5.3",
    "粮食产量\t万吨\t4.62\t-1.3",
    "城镇居民人均可支配收入\t元\t40860\t4.6",
]


def _k05() -> str:
    """k05 as the sheet tool gives it: each line's carriage return escaped before its end, each tab escaped."""
    return "".join(line.replace("\t", "_x0009_") + "_x000D_\n" for line in K05_LINES)


def _replaced(clean: str, pairs: list[tuple[str, str]]) -> str:
    """`clean` with each (clean, damaged) pair put in; each clean text must stand once."""
    for a, b in pairs:
        assert clean.count(a) == 1, a
        clean = clean.replace(a, b)
    return clean


TEXTS = {"k01": _k01(), "k02": _replaced(K02, _K02_CIDS).encode("utf-8"),
         "k03": _replaced(K03, _K03_BIDI).encode("utf-8"), "k04": _k04(True).encode("utf-8"),
         "k05": _k05().encode("utf-8")}
MANIFEST = [("k01", "2026-01-22", "尖扎县人力资源和社会保障局"), ("k02", "2026-02-10", "察隅县卫生健康委员会"),
            ("k03", "2026-01-28", "安图县发展和改革局"), ("k04", "2026-01-16", "兴和县人力资源和社会保障局"),
            ("k05", "2026-03-30", "屯昌县统计局")]
JZ, CY, AT, XH, TC = "尖扎县", "察隅县", "安图县", "兴和县", "屯昌县"
F = [
    ("k01", "1120人", 1120, "人", "exact", "level", "jobs", JZ, "2025", "全县城镇新增就业1120人"),
    ("k01", "112.0%", 112.0, "%", "exact", "level", "jobs", JZ, "2025", "完成年度目标任务的112.0%"),
    ("k01", "386人", 386, "人", "exact", "level", "jobs", JZ, "2025", "城镇失业人员再就业386人", "optional"),
    ("k01", "142人", 142, "人", "exact", "level", "jobs", JZ, "2025", "就业困难人员实现就业142人"),
    ("k01", "2.7%", 2.7, "%", "exact", "level", "jobs", JZ, "2025", "年末城镇登记失业率2.7%"),
    ("k01", "2.36万人次", 23600, "人次", "exact", "level", "jobs", JZ, "2025", "全年农村劳动力转移就业2.36万人次"),
    ("k01", "4.82亿元", 482000000, "元", "exact", "level", "money", JZ, "2025", "实现劳务收入4.82亿元"),
    ("k01", "5.9%", 5.9, "%", "exact", "change", "percent", JZ, "2025", "4.82亿元，同比增长5.9%"),
    ("k01", "3260人次", 3260, "人次", "exact", "level", "jobs", JZ, "2025", "开展职业技能培训3260人次"),
    ("k01", "38640元", 38640, "元", "exact", "level", "money", JZ, "2025", "全县城镇居民人均可支配收入38640元"),
    ("k01", "4.4%", 4.4, "%", "exact", "change", "percent", JZ, "2025", "38640元，增长4.4%"),
    ("k01", "16820元", 16820, "元", "exact", "level", "money", JZ, "2025", "农村居民人均可支配收入16820元"),
    ("k01", "7.2%", 7.2, "%", "exact", "change", "percent", JZ, "2025", "16820元，增长7.2%", "optional"),
    ("k01", "612张", 612, "张", "exact", "level", "beds", JZ, "2025", "年末全县医疗卫生机构床位612张", "optional"),
    ("k01", "6.86张", 6.86, "张", "exact", "level", "beds", JZ, "2025", "每千常住人口床位6.86张"),
    ("k01", "1150人以上", 1150, "人", "lower_bound", "target", "jobs", JZ, "2026", "全县计划城镇新增就业1150人以上"),
    ("k01", "3.5%以内", 3.5, "%", "upper_bound", "target", "jobs", JZ, "2026", "城镇登记失业率控制在3.5%以内"),
    ("k02", "68个", 68, "个", "exact", "level", "other", CY, "2025", "全县共有医疗卫生机构68个"),
    ("k02", "2个", 2, "个", "exact", "level", "other", CY, "2025", "其中县级医院2个"),
    ("k02", "6个", 6, "个", "exact", "level", "other", CY, "2025", "乡镇卫生院6个"),
    ("k02", "56个", 56, "个", "exact", "level", "other", CY, "2025", "村卫生室56个"),
    ("k02", "236张", 236, "张", "exact", "level", "beds", CY, "2025", "实有床位236张"),
    ("k02", "18张", 18, "张", "exact", "change", "beds", CY, "2025", "比上年增加18张"),
    ("k02", "7.82张", 7.82, "张", "exact", "level", "beds", CY, "2025", "每千常住人口床位7.82张"),
    ("k02", "118人", 118, "人", "exact", "level", "other", CY, "2025", "执业（助理）医师118人"),
    ("k02", "96人", 96, "人", "exact", "level", "other", CY, "2025", "注册护士96人"),
    ("k02", "12.6万人次", 126000, "人次", "exact", "level", "other", CY, "2025", "全年完成诊疗人次12.6万人次"),
    ("k02", "6.3%", 6.3, "%", "exact", "change", "percent", CY, "2025", "12.6万人次，增长6.3%", "optional"),
    ("k02", "4860人次", 4860, "人次", "exact", "level", "other", CY, "2025", "出院患者4860人次"),
    ("k02", "8600平方米", 8600, "平方米", "exact", "level", "other", CY, "2025", "新建住院楼建筑面积8600平方米"),
    ("k02", "1280万元", 12800000, "元", "exact", "level", "money", CY, "2025", "全年落实基本公共卫生服务经费1280万元"),
    ("k02", "78.6%", 78.6, "%", "exact", "level", "percent", CY, "2025", "老年人健康管理率达到78.6%"),
    ("k02", "96.2%", 96.2, "%", "exact", "level", "percent", CY, "2025", "孕产妇系统管理率96.2%"),
    ("k02", "40张", 40, "张", "exact", "target", "beds", CY, "2026", "全县计划新增床位40张"),
    ("k02", "8.2张", 8.2, "张", "exact", "target", "beds", CY, "2026", "每千常住人口床位达到8.2张"),
    ("k03", "78.46亿元", 7846000000, "元", "exact", "level", "money", AT, "2025", "全县地区生产总值完成78.46亿元"),
    ("k03", "5.6%", 5.6, "%", "exact", "change", "percent", AT, "2025", "78.46亿元，同比增长5.6%"),
    ("k03", "4.18亿元", 418000000, "元", "exact", "level", "money", AT, "2025", "一般公共预算收入4.18亿元"),
    ("k03", "3.9%", 3.9, "%", "exact", "change", "percent", AT, "2025", "4.18亿元，增长3.9%"),
    ("k03", "7.4%", 7.4, "%", "exact", "change", "percent", AT, "2025", "规模以上工业增加值增长7.4%"),
    ("k03", "28.6亿元", 2860000000, "元", "exact", "level", "money", AT, "2025", "固定资产投资完成28.6亿元"),
    ("k03", "9.2%", 9.2, "%", "exact", "change", "percent", AT, "2025", "28.6亿元，增长9.2%"),
    ("k03", "862.4万人次", 8624000, "人次", "exact", "level", "other", AT, "2025", "全年接待游客862.4万人次"),
    ("k03", "96.8亿元", 9680000000, "元", "exact", "level", "money", AT, "2025", "实现旅游收入96.8亿元"),
    ("k03", "12.6%", 12.6, "%", "exact", "change", "percent", AT, "2025", "分别增长12.6%和14.3%"),
    ("k03", "14.3%", 14.3, "%", "exact", "change", "percent", AT, "2025", "分别增长12.6%和14.3%"),
    ("k03", "34280元", 34280, "元", "exact", "level", "money", AT, "2025", "城镇居民人均可支配收入34280元"),
    ("k03", "4.3%", 4.3, "%", "exact", "change", "percent", AT, "2025", "34280元，增长4.3%"),
    ("k03", "18960元", 18960, "元", "exact", "level", "money", AT, "2025", "农村居民人均可支配收入18960元"),
    ("k03", "6.5%", 6.5, "%", "exact", "change", "percent", AT, "2025", "18960元，增长6.5%"),
    ("k03", "2460人", 2460, "人", "exact", "level", "jobs", AT, "2025", "全年城镇新增就业2460人"),
    ("k03", "3.2%", 3.2, "%", "exact", "level", "jobs", AT, "2025", "城镇登记失业率3.2%"),
    ("k03", "5.5%左右", 5.5, "%", "approx", "target", "percent", AT, "2026", "地区生产总值预期增长5.5%左右"),
    ("k03", "10%以上", 10, "%", "lower_bound", "target", "percent", AT, "2026", "固定资产投资增长10%以上"),
    ("k04", "1386人", 1386, "人", "exact", "level", "jobs", XH, "2025", "全县城镇新增就业1386人"),
    ("k04", "115.5%", 115.5, "%", "exact", "level", "jobs", XH, "2025", "完成年度目标任务的115.5%"),
    ("k04", "420人", 420, "人", "exact", "level", "jobs", XH, "2025", "城镇失业人员再就业420人"),
    ("k04", "168人", 168, "人", "exact", "level", "jobs", XH, "2025", "就业困难人员实现就业168人"),
    ("k04", "3.3%", 3.3, "%", "exact", "level", "jobs", XH, "2025", "城镇登记失业率3.3%"),
    ("k04", "1386", 1386, "人", "exact", "level", "jobs", XH, "2025", "城镇新增就业|人|1386|1295"),
    ("k04", "1295", 1295, "人", "exact", "level", "jobs", XH, "2024", "城镇新增就业|人|1386|1295"),
    ("k04", "420", 420, "人", "exact", "level", "jobs", XH, "2025", "城镇失业人员再就业|人|420|396"),
    ("k04", "396", 396, "人", "exact", "level", "jobs", XH, "2024", "城镇失业人员再就业|人|420|396"),
    ("k04", "168", 168, "人", "exact", "level", "jobs", XH, "2025", "就业困难人员实现就业|人|168|151"),
    ("k04", "151", 151, "人", "exact", "level", "jobs", XH, "2024", "就业困难人员实现就业|人|168|151"),
    ("k04", "3.28万人", 32800, "人", "exact", "level", "jobs", XH, "2025", "全年农村劳动力转移就业3.28万人"),
    ("k04", "7.96亿元", 796000000, "元", "exact", "level", "money", XH, "2025", "实现劳务收入7.96亿元"),
    ("k04", "6.1%", 6.1, "%", "exact", "change", "percent", XH, "2025", "7.96亿元，同比增长6.1%"),
    ("k04", "4120人次", 4120, "人次", "exact", "level", "jobs", XH, "2025", "开展补贴性职业技能培训4120人次"),
    ("k04", "68.5%", 68.5, "%", "exact", "level", "jobs", XH, "2025", "培训后就业率达到68.5%"),
    ("k04", "4860万元", 48600000, "元", "exact", "level", "money", XH, "2025", "发放创业担保贷款4860万元"),
    ("k04", "312人", 312, "人", "exact", "level", "jobs", XH, "2025", "扶持创业312人"),
    ("k04", "965人", 965, "人", "exact", "level", "jobs", XH, "2025", "带动就业965人"),
    ("k04", "1480个", 1480, "个", "exact", "level", "jobs", XH, "2025", "全年开发公益性岗位1480个"),
    ("k04", "2360万元", 23600000, "元", "exact", "level", "money", XH, "2025", "发放就业补助资金2360万元"),
    ("k04", "2100人", 2100, "人", "exact", "change", "jobs", XH, "2025", "转移就业人数比上年增加2100人"),
    ("k04", "1400人以上", 1400, "人", "lower_bound", "target", "jobs", XH, "2026", "全县计划城镇新增就业1400人以上"),
    ("k04", "4%以内", 4, "%", "upper_bound", "target", "jobs", XH, "2026", "城镇登记失业率控制在4%以内"),
    ("k04", "3.3万人", 33000, "人", "exact", "target", "jobs", XH, "2026", "农村劳动力转移就业3.3万人"),
    ("k05", "132.68亿元", 13268000000, "元", "exact", "level", "money", TC, "2025", "全县实现地区生产总值132.68亿元"),
    ("k05", "5.3%", 5.3, "%", "exact", "change", "percent", TC, "2025", "比上年增长5.3%"),
    ("k05", "56.42亿元", 5642000000, "元", "exact", "level", "money", TC, "2025", "第一产业增加值56.42亿元"),
    ("k05", "4.1%", 4.1, "%", "exact", "change", "percent", TC, "2025", "56.42亿元，增长4.1%"),
    ("k05", "18.36亿元", 1836000000, "元", "exact", "level", "money", TC, "2025", "第二产业增加值18.36亿元"),
    ("k05", "6.8%", 6.8, "%", "exact", "change", "percent", TC, "2025", "18.36亿元，增长6.8%"),
    ("k05", "57.90亿元", 5790000000, "元", "exact", "level", "money", TC, "2025", "第三产业增加值57.90亿元"),
    ("k05", "5.6%", 5.6, "%", "exact", "change", "percent", TC, "2025", "57.90亿元，增长5.6%"),
    ("k05", "4.62万吨", 46200, "吨", "exact", "level", "other", TC, "2025", "全年粮食产量4.62万吨"),
    ("k05", "1.3%", 1.3, "%", "exact", "change", "percent", TC, "2025", "4.62万吨，下降1.3%"),
    ("k05", "2.86万吨", 28600, "吨", "exact", "level", "other", TC, "2025", "槟榔产量2.86万吨"),
    ("k05", "1.14万吨", 11400, "吨", "exact", "level", "other", TC, "2025", "橡胶产量1.14万吨"),
    ("k05", "12.6万头", 126000, "头", "exact", "level", "other", TC, "2025", "年末生猪存栏12.6万头"),
    ("k05", "3120人", 3120, "人", "exact", "level", "jobs", TC, "2025", "全年城镇新增就业3120人"),
    ("k05", "2.4%", 2.4, "%", "exact", "level", "jobs", TC, "2025", "城镇登记失业率2.4%"),
    ("k05", "40860元", 40860, "元", "exact", "level", "money", TC, "2025", "城镇居民人均可支配收入40860元"),
    ("k05", "4.6%", 4.6, "%", "exact", "change", "percent", TC, "2025", "40860元，增长4.6%"),
    ("k05", "21380元", 21380, "元", "exact", "level", "money", TC, "2025", "农村居民人均可支配收入21380元"),
    ("k05", "6.9%", 6.9, "%", "exact", "change", "percent", TC, "2025", "21380元，增长6.9%"),
    ("k05", "1468张", 1468, "张", "exact", "level", "beds", TC, "2025", "年末全县医疗卫生机构床位1468张"),
    ("k05", "5.58张", 5.58, "张", "exact", "level", "beds", TC, "2025", "每千常住人口床位5.58张"),
    ("k05", "132.68", 13268000000, "元", "exact", "level", "money", TC, "2025", "地区生产总值|亿元|132.68|5.3"),
    ("k05", "5.3", 5.3, "%", "exact", "change", "percent", TC, "2025", "地区生产总值|亿元|132.68|5.3"),
    ("k05", "4.62", 46200, "吨", "exact", "level", "other", TC, "2025", "粮食产量|万吨|4.62|-1.3"),
    ("k05", "-1.3", -1.3, "%", "exact", "change", "percent", TC, "2025", "粮食产量|万吨|4.62|-1.3"),
    ("k05", "40860", 40860, "元", "exact", "level", "money", TC, "2025", "城镇居民人均可支配收入|元|40860|4.6"),
    ("k05", "4.6", 4.6, "%", "exact", "change", "percent", TC, "2025", "城镇居民人均可支配收入|元|40860|4.6"),
]


def _probe(doc: str, ctx: str) -> str:
    """The text a context must lie in: the clean text, lines joined (a table row's cells joined by bars)."""
    clean = {"k01": K01, "k02": K02, "k03": K03, "k04": _k04(False), "k05": "\n".join(K05_LINES)}[doc]
    return clean.replace("\t", "|").replace("\n", "")


def main() -> None:
    """Write the texts, the manifest and the gold (damaged28's `write_set`), after checking k01's damage reads back
    as described: the broken digits as U+FFFD, every other number whole."""
    k01 = TEXTS["k01"].decode("gb18030", errors="replace")
    assert "2\ufffd8人" in k01 and "3\ufffd50万元" in k01 and "\ufffd386人" in k01, k01
    write_set(OUT, TEXTS, MANIFEST, F, _probe)


if __name__ == "__main__":
    main()
