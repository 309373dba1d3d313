"""
Build data/gold/damaged34: five texts of our own, each damaged the way a kind of real text comes that no damaged
set used yet (one kind a text; the texts are written clean, the damage is made by the code below):

- n01 (泾源县, Ningxia, jobs): a scanned page read by OCR whose confusions sit right against Han characters: B for 8
  and S for 5 (15B6人, 增长S.8%, B.16亿元), O for 0 and l, I for 1 (1O5.7%, 3l8人, 实现就业I25人), the full stop
  。 read as a small o right after a figure (3.B%o: no per mille sign, the % stands), and 万 read as its look-alike
  力 in two figures (3.52力人, 5260力元). 力 is no unit: those two have no readable magnitude and are not in the
  gold; any reading of them (3.52人, 5260元) is a false positive, a value a reader invented.
- n02 (岢岚县, Shanxi, beds): a text re-wrapped at a fixed width by a tool that then turned every line break into a
  space: each paragraph one line with a space every 19 characters wherever that falls, inside Han words (医疗 卫生,
  住院综 合楼), inside numbers (1 460万元, 14 .74张, 4.1 2人, 76. 3%) and between a number and its unit (85 张, 418 人).
- n03 (郧西县, Hubei, money): a report saved as UTF-16 (little-endian, with its byte-order mark) whose line ends
  are CRLF and lone CR mixed (an old Mac editor's CR lines pasted into a Windows file), a tab table among them.
- n04 (连山壮族瑶族自治县, Guangdong, a statistics bulletin): a UTF-8 file read as Windows-1252 and saved as UTF-8
  again (double-encoded: 全县 as å…¨åŽ¿, the bytes cp1252 leaves undefined as C1 controls, as browsers
  and editors keep them). The digits, points and % stand as they were; every Han character and mark is mojibake,
  which reads back exactly.
- n05 (岫岩满族自治县, Liaoning, jobs): a mail saved whole as .eml: its headers (an RFC 2047 encoded subject, a
  Date line), a MIME boundary, and the text part in quoted-printable UTF-8: every Han byte an =XX escape (their hex
  digits stand against the figures: =E4=B8=9A2186=E4=BA=BA), soft line breaks (= at a line's end) every 76
  characters, inside a character's escapes (=E8=| =87=AA).

The gold is written by hand from the clean texts per /work/shared/gold/GUIDE.md, never from what stats extracts:
quotes and contexts are written as in the clean text (GUIDE: as if unbroken; n01's look-alikes read back), a table
row's cells joined by | in the context.

    .venv/bin/python scripts/gold_damaged34.py      # writes data/gold/damaged34/{texts,damaged34.jsonl}
"""
# ruff: noqa: E501, RUF001  (the texts are written as the pages are, full-width marks included)

from __future__ import annotations

import base64
import quopri
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
from gold_damaged28 import write_set  # noqa: E402

OUT = ROOT / "data" / "gold" / "damaged34"

N01 = """泾源县2025年就业创业工作综述
　　2025年，全县城镇新增就业1586人，完成年度目标任务的105.7%；城镇失业人员再就业318人，就业困难人员实现就业125人。年末城镇登记失业率3.8%。
　　全年输出农村劳动力3.52万人，实现劳务收入8.16亿元，同比增长5.8%。开展职业技能培训2850人次，其中订单式培训1180人次。发放创业担保贷款5260万元，扶持创业185人，带动就业610人。
　　全年开发公益性岗位1508个，发放就业补助资金1830万元。
　　2026年，全县计划城镇新增就业1600人以上，城镇登记失业率控制在4.5%以内，输出农村劳动力3.6万人。
"""
# n01's OCR slips: (the clean text, as the OCR gives it).
_N01_OCR = [("2025年，全县", "2O25年，全县"), ("就业1586人", "就业15B6人"), ("105.7%", "1O5.7%"),
            ("再就业318人", "再就业3l8人"), ("实现就业125人。", "实现就业I25人o"), ("失业率3.8%。", "失业率3.B%o"),
            ("3.52万人", "3.52力人"), ("8.16亿元", "B.16亿元"), ("增长5.8%", "增长S.8%"),
            ("2850人次", "2B50人次"), ("1180人次", "1l80人次"), ("5260万元", "5260力元"), ("扶持创业185人", "扶持创业lB5人"),
            ("带动就业610人。", "带动就业6lO人o"), ("1508个", "15O8个"), ("1830万元。", "1B30万元o"),
            ("2026年", "2O26年"), ("1600人以上", "16O0人以上"), ("4.5%以内", "4.S%以内")]

N02 = """岢岚县卫生健康事业发展情况
　　截至2025年末，全县共有各类医疗卫生机构186个，其中县级公立医院3个、乡镇卫生院12个、村卫生室142个。全县实有床位1260张，比上年增加85张，增长7.2%；每千常住人口床位14.74张。卫生技术人员985人，其中执业（助理）医师352人、注册护士418人，每千常住人口执业（助理）医师4.12人。
　　全年总诊疗人次38.6万人次，同比增长6.8%；出院患者1.32万人次，病床使用率72.5%。县人民医院住院综合楼项目完成投资1.86亿元，新增床位260张。
　　全年拨付基本公共卫生服务补助资金1460万元，老年人健康管理率达到76.3%，高血压患者规范管理率68.4%。
　　2026年，全县计划新增床位120张，每千常住人口执业（助理）医师达到4.3人。
"""
N02_WIDTH = 19


def _n02() -> str:
    """N02 re-wrapped at N02_WIDTH characters and each break then turned into a space (the title is short)."""
    out = []
    for line in N02.splitlines():
        out.append(" ".join(line[i:i + N02_WIDTH] for i in range(0, len(line), N02_WIDTH)))
    return "\n".join(out) + "\n"


N03_LINES = [
    "郧西县2025年财政预算执行情况",
    "　　2025年，全县一般公共预算收入完成5.86亿元，为预算的102.3%，同比增长4.6%。其中税收收入3.92亿元，增长3.1%；非税收入1.94亿元，增长7.8%。",
    "　　全县一般公共预算支出完成38.62亿元，增长2.4%。其中民生支出31.27亿元，占一般公共预算支出的81.0%。教育支出6.84亿元，社会保障和就业支出7.26亿元，卫生健康支出4.58亿元，农林水支出6.12亿元。",
    "表1　2025年一般公共预算收支（单位：亿元）",
    "项目\t2025年\t2024年\t增长（%）",
    "一般公共预算收入\t5.86\t5.60\t4.6",
    "一般公共预算支出\t38.62\t37.71\t2.4",
    "　　全年争取上级转移支付资金30.46亿元，比上年增加1.82亿元。政府性基金预算收入2.65亿元，下降12.6%。",
    "　　2026年，全县一般公共预算收入预期增长5%左右，一般公共预算支出安排36.8亿元。",
]
# n03's line ends, one a line: the CR lines came from the old editor.
_N03_ENDS = ["\r\n", "\r", "\r", "\r\n", "\r", "\r", "\r\n", "\r", "\r\n"]


def _n03() -> bytes:
    """N03 in UTF-16LE with its BOM, its line ends CRLF and lone CR mixed."""
    text = "".join(line + end for line, end in zip(N03_LINES, _N03_ENDS, strict=True))
    return b"\xff\xfe" + text.encode("utf-16-le")


N04 = """连山壮族瑶族自治县2025年国民经济和社会发展统计公报（摘要）
　　一、综合
　　2025年，全县地区生产总值48.62亿元，比上年增长4.2%。其中，第一产业增加值11.35亿元，增长4.8%；第二产业增加值9.76亿元，增长2.9%；第三产业增加值27.51亿元，增长4.5%。
　　二、农业
　　全年粮食播种面积8.26万亩，粮食产量2.84万吨，增长1.6%。茶叶产量1260吨，增长9.3%。年末生猪存栏5.86万头。
　　三、人民生活
　　全县城镇居民人均可支配收入36480元，增长4.1%；农村居民人均可支配收入21650元，增长6.6%。全年城镇新增就业1320人，城镇登记失业率2.3%。
　　四、卫生
　　年末全县医疗卫生机构床位765张，每千常住人口床位7.12张。
"""


def cp1252_mojibake_of(text: str) -> str:
    """`text`'s UTF-8 bytes read as Windows-1252 (an undefined byte kept as the C1 control of its value); the tests of
    the read-back damage their own sentences with it, so the set and the tests are damaged the one way."""
    out = []
    for b in text.encode("utf-8"):
        try:
            out.append(bytes([b]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(b))
    return "".join(out)


N05_BODY = """市人社局：
　　现将岫岩满族自治县2025年就业工作情况报送如下。
　　2025年，全县城镇新增就业2186人，完成年度目标任务的109.3%；城镇失业人员再就业542人，就业困难人员实现就业213人，城镇登记失业率3.6%。
　　全年农村劳动力转移就业4.68万人，实现劳务收入11.35亿元，同比增长6.2%。开展补贴性职业技能培训3420人次，发放创业担保贷款6180万元，扶持创业296人，带动就业884人。开发公益性岗位1260个。
　　2026年，全县计划城镇新增就业2200人以上，城镇登记失业率控制在4.5%以内。
岫岩满族自治县人力资源和社会保障局
2026年1月13日
"""
_N05_SUBJECT = "岫岩县2025年就业工作情况报送"
_N05_BOUNDARY = "----=_Part_41786_1302.1768268537"


def _n05() -> str:
    """N05_BODY as a mail client saves the mail: headers, a boundary, the body quoted-printable, CRLF line ends."""
    subject = base64.b64encode(_N05_SUBJECT.encode("utf-8")).decode("ascii")
    body = quopri.encodestring(N05_BODY.encode("utf-8")).decode("ascii")
    lines = ["Return-Path: <xyrsj_jyk@example.cn>", "From: =?UTF-8?B?" + base64.b64encode("岫岩县就业服务中心".encode()).decode() + "?= <xyrsj_jyk@example.cn>",
             "To: asrsj_jyc@example.cn", f"Subject: =?UTF-8?B?{subject}?=", "Date: Tue, 13 Jan 2026 09:42:17 +0800",
             "MIME-Version: 1.0", f'Content-Type: multipart/mixed; boundary="{_N05_BOUNDARY}"', "",
             f"--{_N05_BOUNDARY}", "Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: quoted-printable",
             "", *body.splitlines(), f"--{_N05_BOUNDARY}--", ""]
    return "\r\n".join(lines)


def _replaced(clean: str, pairs: list[tuple[str, str]]) -> str:
    """`clean` with each (clean, damaged) pair put in; each clean text must stand once."""
    for a, b in pairs:
        assert clean.count(a) == 1, a
        clean = clean.replace(a, b)
    return clean


TEXTS = {"n01": _replaced(N01, _N01_OCR).encode("utf-8"), "n02": _n02().encode("utf-8"), "n03": _n03(),
         "n04": cp1252_mojibake_of(N04).encode("utf-8"), "n05": _n05().encode("ascii")}
MANIFEST = [("n01", "2026-01-20", "固原日报"), ("n02", "2026-02-06", "岢岚县卫生健康和体育局"),
            ("n03", "2026-01-26", "郧西县财政局"), ("n04", "2026-03-27", "连山壮族瑶族自治县统计局"),
            ("n05", "2026-01-13", "岫岩满族自治县人力资源和社会保障局")]

JY, KL, YX, LS, XY = "泾源县", "岢岚县", "郧西县", "连山壮族瑶族自治县", "岫岩满族自治县"
F = [
    ("n01", "1586人", 1586, "人", "exact", "level", "jobs", JY, "2025", "全县城镇新增就业1586人"),
    ("n01", "105.7%", 105.7, "%", "exact", "level", "jobs", JY, "2025", "完成年度目标任务的105.7%"),
    ("n01", "318人", 318, "人", "exact", "level", "jobs", JY, "2025", "城镇失业人员再就业318人"),
    ("n01", "125人", 125, "人", "exact", "level", "jobs", JY, "2025", "就业困难人员实现就业125人"),
    ("n01", "3.8%", 3.8, "%", "exact", "level", "jobs", JY, "2025", "年末城镇登记失业率3.8%"),
    ("n01", "8.16亿元", 816000000, "元", "exact", "level", "money", JY, "2025", "实现劳务收入8.16亿元"),
    ("n01", "5.8%", 5.8, "%", "exact", "change", "percent", JY, "2025", "8.16亿元，同比增长5.8%"),
    ("n01", "2850人次", 2850, "人次", "exact", "level", "jobs", JY, "2025", "开展职业技能培训2850人次"),
    ("n01", "1180人次", 1180, "人次", "exact", "level", "jobs", JY, "2025", "其中订单式培训1180人次"),
    ("n01", "185人", 185, "人", "exact", "level", "jobs", JY, "2025", "扶持创业185人"),
    ("n01", "610人", 610, "人", "exact", "level", "jobs", JY, "2025", "带动就业610人"),
    ("n01", "1508个", 1508, "个", "exact", "level", "jobs", JY, "2025", "全年开发公益性岗位1508个"),
    ("n01", "1830万元", 18300000, "元", "exact", "level", "money", JY, "2025", "发放就业补助资金1830万元"),
    ("n01", "1600人以上", 1600, "人", "lower_bound", "target", "jobs", JY, "2026", "全县计划城镇新增就业1600人以上"),
    ("n01", "4.5%以内", 4.5, "%", "upper_bound", "target", "jobs", JY, "2026", "城镇登记失业率控制在4.5%以内"),
    ("n01", "3.6万人", 36000, "人", "exact", "target", "jobs", JY, "2026", "输出农村劳动力3.6万人"),
    ("n02", "186个", 186, "个", "exact", "level", "other", KL, "2025", "全县共有各类医疗卫生机构186个"),
    ("n02", "3个", 3, "个", "exact", "level", "other", KL, "2025", "其中县级公立医院3个"),
    ("n02", "12个", 12, "个", "exact", "level", "other", KL, "2025", "乡镇卫生院12个"),
    ("n02", "142个", 142, "个", "exact", "level", "other", KL, "2025", "村卫生室142个"),
    ("n02", "1260张", 1260, "张", "exact", "level", "beds", KL, "2025", "全县实有床位1260张"),
    ("n02", "85张", 85, "张", "exact", "change", "beds", KL, "2025", "比上年增加85张"),
    ("n02", "7.2%", 7.2, "%", "exact", "change", "percent", KL, "2025", "比上年增加85张，增长7.2%"),
    ("n02", "14.74张", 14.74, "张", "exact", "level", "beds", KL, "2025", "每千常住人口床位14.74张"),
    ("n02", "985人", 985, "人", "exact", "level", "other", KL, "2025", "卫生技术人员985人"),
    ("n02", "352人", 352, "人", "exact", "level", "other", KL, "2025", "执业（助理）医师352人"),
    ("n02", "418人", 418, "人", "exact", "level", "other", KL, "2025", "注册护士418人"),
    ("n02", "4.12人", 4.12, "人", "exact", "level", "other", KL, "2025", "每千常住人口执业（助理）医师4.12人"),
    ("n02", "38.6万人次", 386000, "人次", "exact", "level", "other", KL, "2025", "全年总诊疗人次38.6万人次"),
    ("n02", "6.8%", 6.8, "%", "exact", "change", "percent", KL, "2025", "38.6万人次，同比增长6.8%"),
    ("n02", "1.32万人次", 13200, "人次", "exact", "level", "other", KL, "2025", "出院患者1.32万人次"),
    ("n02", "72.5%", 72.5, "%", "exact", "level", "percent", KL, "2025", "病床使用率72.5%"),
    ("n02", "1.86亿元", 186000000, "元", "exact", "level", "money", KL, "2025", "住院综合楼项目完成投资1.86亿元"),
    ("n02", "260张", 260, "张", "exact", "level", "beds", KL, "2025", "新增床位260张"),
    ("n02", "1460万元", 14600000, "元", "exact", "level", "money", KL, "2025", "全年拨付基本公共卫生服务补助资金1460万元"),
    ("n02", "76.3%", 76.3, "%", "exact", "level", "percent", KL, "2025", "老年人健康管理率达到76.3%"),
    ("n02", "68.4%", 68.4, "%", "exact", "level", "percent", KL, "2025", "高血压患者规范管理率68.4%"),
    ("n02", "120张", 120, "张", "exact", "target", "beds", KL, "2026", "全县计划新增床位120张"),
    ("n02", "4.3人", 4.3, "人", "exact", "target", "other", KL, "2026", "每千常住人口执业（助理）医师达到4.3人"),
    ("n03", "5.86亿元", 586000000, "元", "exact", "level", "money", YX, "2025", "全县一般公共预算收入完成5.86亿元"),
    ("n03", "102.3%", 102.3, "%", "exact", "level", "percent", YX, "2025", "为预算的102.3%"),
    ("n03", "4.6%", 4.6, "%", "exact", "change", "percent", YX, "2025", "为预算的102.3%，同比增长4.6%"),
    ("n03", "3.92亿元", 392000000, "元", "exact", "level", "money", YX, "2025", "其中税收收入3.92亿元"),
    ("n03", "3.1%", 3.1, "%", "exact", "change", "percent", YX, "2025", "3.92亿元，增长3.1%"),
    ("n03", "1.94亿元", 194000000, "元", "exact", "level", "money", YX, "2025", "非税收入1.94亿元"),
    ("n03", "7.8%", 7.8, "%", "exact", "change", "percent", YX, "2025", "1.94亿元，增长7.8%"),
    ("n03", "38.62亿元", 3862000000, "元", "exact", "level", "money", YX, "2025", "全县一般公共预算支出完成38.62亿元"),
    ("n03", "2.4%", 2.4, "%", "exact", "change", "percent", YX, "2025", "38.62亿元，增长2.4%"),
    ("n03", "31.27亿元", 3127000000, "元", "exact", "level", "money", YX, "2025", "其中民生支出31.27亿元"),
    ("n03", "81.0%", 81.0, "%", "exact", "level", "percent", YX, "2025", "占一般公共预算支出的81.0%"),
    ("n03", "6.84亿元", 684000000, "元", "exact", "level", "money", YX, "2025", "教育支出6.84亿元"),
    ("n03", "7.26亿元", 726000000, "元", "exact", "level", "money", YX, "2025", "社会保障和就业支出7.26亿元"),
    ("n03", "4.58亿元", 458000000, "元", "exact", "level", "money", YX, "2025", "卫生健康支出4.58亿元"),
    ("n03", "6.12亿元", 612000000, "元", "exact", "level", "money", YX, "2025", "农林水支出6.12亿元"),
    ("n03", "5.86", 586000000, "元", "exact", "level", "money", YX, "2025", "一般公共预算收入|5.86|5.60|4.6"),
    ("n03", "5.60", 560000000, "元", "exact", "level", "money", YX, "2024", "一般公共预算收入|5.86|5.60|4.6"),
    ("n03", "4.6", 4.6, "%", "exact", "change", "percent", YX, "2025", "一般公共预算收入|5.86|5.60|4.6"),
    ("n03", "38.62", 3862000000, "元", "exact", "level", "money", YX, "2025", "一般公共预算支出|38.62|37.71|2.4"),
    ("n03", "37.71", 3771000000, "元", "exact", "level", "money", YX, "2024", "一般公共预算支出|38.62|37.71|2.4"),
    ("n03", "2.4", 2.4, "%", "exact", "change", "percent", YX, "2025", "一般公共预算支出|38.62|37.71|2.4"),
    ("n03", "30.46亿元", 3046000000, "元", "exact", "level", "money", YX, "2025", "全年争取上级转移支付资金30.46亿元"),
    ("n03", "1.82亿元", 182000000, "元", "exact", "change", "money", YX, "2025", "比上年增加1.82亿元"),
    ("n03", "2.65亿元", 265000000, "元", "exact", "level", "money", YX, "2025", "政府性基金预算收入2.65亿元"),
    ("n03", "12.6%", 12.6, "%", "exact", "change", "percent", YX, "2025", "2.65亿元，下降12.6%"),
    ("n03", "5%左右", 5, "%", "approx", "target", "percent", YX, "2026", "一般公共预算收入预期增长5%左右"),
    ("n03", "36.8亿元", 3680000000, "元", "exact", "target", "money", YX, "2026", "一般公共预算支出安排36.8亿元"),
    ("n04", "48.62亿元", 4862000000, "元", "exact", "level", "money", LS, "2025", "全县地区生产总值48.62亿元"),
    ("n04", "4.2%", 4.2, "%", "exact", "change", "percent", LS, "2025", "比上年增长4.2%"),
    ("n04", "11.35亿元", 1135000000, "元", "exact", "level", "money", LS, "2025", "第一产业增加值11.35亿元"),
    ("n04", "4.8%", 4.8, "%", "exact", "change", "percent", LS, "2025", "11.35亿元，增长4.8%"),
    ("n04", "9.76亿元", 976000000, "元", "exact", "level", "money", LS, "2025", "第二产业增加值9.76亿元"),
    ("n04", "2.9%", 2.9, "%", "exact", "change", "percent", LS, "2025", "9.76亿元，增长2.9%"),
    ("n04", "27.51亿元", 2751000000, "元", "exact", "level", "money", LS, "2025", "第三产业增加值27.51亿元"),
    ("n04", "4.5%", 4.5, "%", "exact", "change", "percent", LS, "2025", "27.51亿元，增长4.5%"),
    ("n04", "8.26万亩", 82600, "亩", "exact", "level", "other", LS, "2025", "全年粮食播种面积8.26万亩"),
    ("n04", "2.84万吨", 28400, "吨", "exact", "level", "other", LS, "2025", "粮食产量2.84万吨"),
    ("n04", "1.6%", 1.6, "%", "exact", "change", "percent", LS, "2025", "2.84万吨，增长1.6%"),
    ("n04", "1260吨", 1260, "吨", "exact", "level", "other", LS, "2025", "茶叶产量1260吨"),
    ("n04", "9.3%", 9.3, "%", "exact", "change", "percent", LS, "2025", "1260吨，增长9.3%"),
    ("n04", "5.86万头", 58600, "头", "exact", "level", "other", LS, "2025", "年末生猪存栏5.86万头"),
    ("n04", "36480元", 36480, "元", "exact", "level", "money", LS, "2025", "全县城镇居民人均可支配收入36480元"),
    ("n04", "4.1%", 4.1, "%", "exact", "change", "percent", LS, "2025", "36480元，增长4.1%"),
    ("n04", "21650元", 21650, "元", "exact", "level", "money", LS, "2025", "农村居民人均可支配收入21650元"),
    ("n04", "6.6%", 6.6, "%", "exact", "change", "percent", LS, "2025", "21650元，增长6.6%"),
    ("n04", "1320人", 1320, "人", "exact", "level", "jobs", LS, "2025", "全年城镇新增就业1320人"),
    ("n04", "2.3%", 2.3, "%", "exact", "level", "jobs", LS, "2025", "城镇登记失业率2.3%"),
    ("n04", "765张", 765, "张", "exact", "level", "beds", LS, "2025", "年末全县医疗卫生机构床位765张"),
    ("n04", "7.12张", 7.12, "张", "exact", "level", "beds", LS, "2025", "每千常住人口床位7.12张"),
    ("n05", "2186人", 2186, "人", "exact", "level", "jobs", XY, "2025", "全县城镇新增就业2186人"),
    ("n05", "109.3%", 109.3, "%", "exact", "level", "jobs", XY, "2025", "完成年度目标任务的109.3%"),
    ("n05", "542人", 542, "人", "exact", "level", "jobs", XY, "2025", "城镇失业人员再就业542人"),
    ("n05", "213人", 213, "人", "exact", "level", "jobs", XY, "2025", "就业困难人员实现就业213人"),
    ("n05", "3.6%", 3.6, "%", "exact", "level", "jobs", XY, "2025", "城镇登记失业率3.6%"),
    ("n05", "4.68万人", 46800, "人", "exact", "level", "jobs", XY, "2025", "全年农村劳动力转移就业4.68万人"),
    ("n05", "11.35亿元", 1135000000, "元", "exact", "level", "money", XY, "2025", "实现劳务收入11.35亿元"),
    ("n05", "6.2%", 6.2, "%", "exact", "change", "percent", XY, "2025", "11.35亿元，同比增长6.2%"),
    ("n05", "3420人次", 3420, "人次", "exact", "level", "jobs", XY, "2025", "开展补贴性职业技能培训3420人次"),
    ("n05", "6180万元", 61800000, "元", "exact", "level", "money", XY, "2025", "发放创业担保贷款6180万元"),
    ("n05", "296人", 296, "人", "exact", "level", "jobs", XY, "2025", "扶持创业296人"),
    ("n05", "884人", 884, "人", "exact", "level", "jobs", XY, "2025", "带动就业884人"),
    ("n05", "1260个", 1260, "个", "exact", "level", "jobs", XY, "2025", "开发公益性岗位1260个"),
    ("n05", "2200人以上", 2200, "人", "lower_bound", "target", "jobs", XY, "2026", "全县计划城镇新增就业2200人以上"),
    ("n05", "4.5%以内", 4.5, "%", "upper_bound", "target", "jobs", XY, "2026", "城镇登记失业率控制在4.5%以内"),
]


def _probe(doc: str, ctx: str) -> str:
    """The text a context must lie in: the clean text, lines joined (a table row's cells joined by bars)."""
    clean = {"n01": N01, "n02": N02, "n03": "\n".join(N03_LINES), "n04": N04, "n05": N05_BODY}[doc]
    return clean.replace("\t", "|").replace("\n", "")


def main() -> None:
    """Write the texts, the manifest and the gold (damaged28's `write_set`), after checking that each damage
    reads back to the clean text where it should: n02 without its wrap spaces, n03 and n05 decoded, n04 undone."""
    assert _n02().replace(" ", "") == N02.replace(" ", "")
    assert TEXTS["n03"].decode("utf-16").replace("\r\n", "\n").replace("\r", "\n") == "\n".join(N03_LINES) + "\n"
    undone = bytes(ord(c) if ord(c) < 256 else c.encode("cp1252")[0] for c in TEXTS["n04"].decode("utf-8"))
    assert undone.decode("utf-8") == N04
    body = TEXTS["n05"].decode("ascii").split("quoted-printable\r\n\r\n")[1].split(f"\r\n--{_N05_BOUNDARY}--")[0]
    assert quopri.decodestring(body.replace("\r\n", "\n").encode()).decode("utf-8") == N05_BODY.rstrip("\n")
    write_set(OUT, TEXTS, MANIFEST, F, _probe)


if __name__ == "__main__":
    main()
