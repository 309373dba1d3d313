"""Build data/gold/damaged24: five texts of our own, written clean, then damaged by code the way video subtitles,
reader tools, web APIs, social posts and wrong decoders damage text in ways earlier damaged sets did not.

- s01 (从江县, jobs): a county TV news item's subtitle file (SRT): a cue number line, a timing line
  (00:00:05,000 --> 00:00:08,360) and one clause a cue, its commas and full stops dropped (cues end where they
  stood), 、 a space; a long clause cut between its label and its number (实现劳务收入 | 26.4亿元 同比增长7.8%).
- s02 (凤山县, beds): a web page as a reader tool turns it into Markdown: a Title:/URL Source:/Published Time: head,
  a breadcrumb of links, the headline underlined with === (a setext heading), the figures in **bold** (**1946张**, **7.6**%), image lines whose file names
  hold dates and ids, list numbers escaped (1\\. ), the meta line's view counter and a previous page's link.
- s03 (舟曲县, money): an article as a site's JSON API returns it, copied whole: one line, the metadata (id,
  pubDate, viewCount, an attachment's size), the body a string with its paragraph breaks written \\r\\n, its
  quotes \\" and its slashes \\/ (PHP's json_encode).
- s04 (卓尼县, jobs): a Weibo post: the account's name, a date line (26-1-22 18:30 来自 …), a #hashtag# headline,
  numbers in mathematical bold digits (𝟗𝟔𝟎人), keycap list marks before each clause (1️⃣ right before 𝟐𝟎𝟐𝟓年: the
  keycap's digit must not join the year), emoji after figures,
  ...全文, the repost, comment and like counters (转发 126 评论 38 赞 1260) and two comments with their own counters.
- s05 (天祝藏族自治县, stats): a bulletin put together from parts, two of them decoded wrong: the farming paragraph
  UTF-8 read as GBK (鍏ㄥ勾… mojibake, with losses where a byte paired a digit), the living paragraph GBK read as
  UTF-8 (�…Ԫ). Neither can be read back for certain, so their figures are not in the gold: a reading of a
  number in them (a 6.5% whose words are gone) is a false positive.

The gold is written from the hand annotation below (each figure: the clean sentence it is in, its quote and fields
per /work/shared/gold/GUIDE.md), never from what stats extracts.

    .venv/bin/python scripts/gold_damaged24.py      # writes data/gold/damaged24/{texts,damaged24.jsonl}
"""
# ruff: noqa: E501  (the clean texts are one paragraph a line, as written)

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# the checked replacement and the set writer are damaged17's (one copy of them)
sys.path.insert(0, str(ROOT / "scripts"))
import gold_damaged17 as _d17  # noqa: E402

sub = _d17.sub
OUT = ROOT / "data" / "gold" / "damaged24"

# --------------------------------------------------------------------------------------------- clean texts

# s01: the narration; / marks where a clause too long for one cue is cut (not part of the clean text)
S01 = """从江县2025年城镇新增就业1860人
本台消息，记者从从江县人力资源和社会保障局获悉，2025年，全县城镇新增就业1860人，完成年度目标任务的112%；城镇失业人员再就业426人，就业困难人员实现就业138人，城镇登记失业率控制在3.2%以内。全县农村劳动力转移就业8.62万人，实现劳务收入/26.4亿元，同比增长7.8%。全年开展职业技能培训5200人次，发放创业担保贷款3680万元，带动就业940人。2026年，全县计划城镇新增就业1800人以上。
"""

S02 = """凤山县医疗卫生服务能力持续提升
记者从凤山县卫生健康局获悉，截至2025年底，全县共有医疗卫生机构218个，实有床位1946张，比上年末增加138张，增长7.6%；每千常住人口床位数5.12张。全县卫生技术人员2380人，其中执业（助理）医师812人、注册护士1064人。
2025年，全县重点推进三项工程：
1. 县人民医院住院综合楼建成投用，新增床位320张，总投资2.16亿元。
2. 县中医医院康复科扩建完成，设置康复床位60张。
3. 全县9个乡镇卫生院新增床位86张，病床使用率达到78.5%。
到2026年底，全县实有床位将达到2100张，每千常住人口床位数达到5.5张。
"""

S03_TITLE = "舟曲县2025年财政收支情况"
S03 = """2025年，舟曲县一般公共预算收入完成3.42亿元，同比增长6.3%，其中税收收入2.05亿元，增长4.9%。一般公共预算支出完成38.76亿元，增长3.4%，其中民生支出31.20亿元，占支出的80.5%；全年“三保”支出12.64亿元。
全年争取上级转移支付资金34.8亿元，比上年增加2.1亿元；发行新增专项债券4.5亿元，支持“舟曲县城防洪”等项目16个。年末政府债务余额27.3亿元。
2026年，全县一般公共预算收入预期增长6%左右。"""

S04 = """卓尼县2025年就业成绩单
2025年，卓尼县城镇新增就业960人，完成年度任务的106.7%；
农村劳动力转移就业4.35万人，实现劳务收入11.6亿元，增长6.2%；
开展职业技能培训2860人次，扶持创业236人，带动就业690人；
全县城镇登记失业率3.0%。
2026年，卓尼县将力争城镇新增就业1000人以上。
"""

S05_HEAD = """天祝藏族自治县2025年国民经济和社会发展统计公报
天祝藏族自治县统计局（2026年3月20日）
一、综合
初步核算，2025年全县实现地区生产总值72.46亿元，按可比价格计算，比上年增长5.8%。其中，第一产业增加值15.32亿元，增长5.1%；第二产业增加值21.08亿元，增长6.4%；第三产业增加值36.06亿元，增长5.7%。年末全县常住人口15.62万人，城镇化率38.6%，比上年末提高1.2个百分点。
二、农业
"""
S05_FARM = "全年粮食总产量5.84万吨，比上年增长3.2%。年末牛存栏19.6万头，羊存栏86.4万只。"
S05_MID = """
三、卫生
年末全县共有医疗卫生机构246个，实有床位1128张，增长4.1%；卫生技术人员1362人。
四、人民生活
"""
S05_LIFE = "全体居民人均可支配收入18960元，增长6.5%。其中，城镇居民人均可支配收入35240元，增长4.9%；农村居民人均可支配收入13870元，增长7.3%。"
S05 = S05_HEAD + S05_FARM + S05_MID + S05_LIFE + "\n"

# --------------------------------------------------------------------------------------------- hand annotation

# (doc, the clean stretch that holds the figure, quote, value, measure, qualifier, role, topic, place, period)
C = "从江县"
F_ = "凤山县"
Q = "舟曲县"
N = "卓尼县"
T = "天祝藏族自治县"
F: list[tuple] = [
    # s01 从江县, published 2026-01-20
    ("s01", "从江县2025年城镇新增就业1860人", "1860人", 1860, "人", "exact", "level", "jobs", C, "2025"),
    ("s01", "全县城镇新增就业1860人", "1860人", 1860, "人", "exact", "level", "jobs", C, "2025"),
    ("s01", "完成年度目标任务的112%", "112%", 112, "%", "exact", "level", "jobs", C, "2025"),
    ("s01", "城镇失业人员再就业426人", "426人", 426, "人", "exact", "level", "jobs", C, "2025"),
    ("s01", "就业困难人员实现就业138人", "138人", 138, "人", "exact", "level", "jobs", C, "2025"),
    ("s01", "城镇登记失业率控制在3.2%以内", "3.2%以内", 3.2, "%", "upper_bound", "level", "jobs", C, "2025"),
    ("s01", "农村劳动力转移就业8.62万人", "8.62万人", 86200, "人", "exact", "level", "jobs", C, "2025"),
    ("s01", "实现劳务收入26.4亿元", "26.4亿元", 2640000000, "元", "exact", "level", "money", C, "2025"),
    ("s01", "同比增长7.8%", "7.8%", 7.8, "%", "exact", "change", "percent", C, "2025"),
    ("s01", "开展职业技能培训5200人次", "5200人次", 5200, "人次", "exact", "level", "jobs", C, "2025"),
    ("s01", "发放创业担保贷款3680万元", "3680万元", 36800000, "元", "exact", "level", "money", C, "2025"),
    ("s01", "带动就业940人", "940人", 940, "人", "exact", "level", "jobs", C, "2025"),
    ("s01", "计划城镇新增就业1800人以上", "1800人以上", 1800, "人", "lower_bound", "target", "jobs", C, "2026"),
    # s02 凤山县, published 2026-01-14
    ("s02", "共有医疗卫生机构218个", "218个", 218, "个", "exact", "level", "other", F_, "2025"),
    ("s02", "实有床位1946张", "1946张", 1946, "张", "exact", "level", "beds", F_, "2025"),
    ("s02", "比上年末增加138张", "138张", 138, "张", "exact", "change", "beds", F_, "2025"),
    ("s02", "增加138张，增长7.6%", "7.6%", 7.6, "%", "exact", "change", "beds", F_, "2025"),
    ("s02", "每千常住人口床位数5.12张", "5.12张", 5.12, "张", "exact", "level", "beds", F_, "2025"),
    ("s02", "全县卫生技术人员2380人", "2380人", 2380, "人", "exact", "level", "other", F_, "2025"),
    ("s02", "执业（助理）医师812人", "812人", 812, "人", "exact", "level", "other", F_, "2025"),
    ("s02", "注册护士1064人", "1064人", 1064, "人", "exact", "level", "other", F_, "2025"),
    ("s02", "新增床位320张", "320张", 320, "张", "exact", "level", "beds", F_, "2025"),
    ("s02", "总投资2.16亿元", "2.16亿元", 216000000, "元", "exact", "level", "money", F_, "2025"),
    ("s02", "设置康复床位60张", "60张", 60, "张", "exact", "level", "beds", F_, "2025"),
    ("s02", "全县9个乡镇卫生院", "9个", 9, "个", "exact", "level", "other", F_, "2025"),
    ("s02", "新增床位86张", "86张", 86, "张", "exact", "level", "beds", F_, "2025"),
    # (三项工程: a count of a plan's parts, optional as GUIDE.md's "Don't care" has it; left out of the blind gold)
    ("s02", "重点推进三项工程", "三项", 3, "项", "exact", "level", "other", F_, "2025", "optional"),
    ("s02", "病床使用率达到78.5%", "78.5%", 78.5, "%", "exact", "level", "beds", F_, "2025"),
    ("s02", "实有床位将达到2100张", "2100张", 2100, "张", "exact", "target", "beds", F_, "2026"),
    ("s02", "床位数达到5.5张", "5.5张", 5.5, "张", "exact", "target", "beds", F_, "2026"),
    # s03 舟曲县, published 2026-02-10 (the JSON's id, viewCount and attachment size are no figures)
    ("s03", "一般公共预算收入完成3.42亿元", "3.42亿元", 342000000, "元", "exact", "level", "money", Q, "2025"),
    ("s03", "同比增长6.3%", "6.3%", 6.3, "%", "exact", "change", "percent", Q, "2025"),
    ("s03", "其中税收收入2.05亿元", "2.05亿元", 205000000, "元", "exact", "level", "money", Q, "2025"),
    ("s03", "2.05亿元，增长4.9%", "4.9%", 4.9, "%", "exact", "change", "percent", Q, "2025"),
    ("s03", "一般公共预算支出完成38.76亿元", "38.76亿元", 3876000000, "元", "exact", "level", "money", Q, "2025"),
    ("s03", "38.76亿元，增长3.4%", "3.4%", 3.4, "%", "exact", "change", "percent", Q, "2025"),
    ("s03", "其中民生支出31.20亿元", "31.20亿元", 3120000000, "元", "exact", "level", "money", Q, "2025"),
    ("s03", "占支出的80.5%", "80.5%", 80.5, "%", "exact", "level", "percent", Q, "2025"),
    ("s03", "“三保”支出12.64亿元", "12.64亿元", 1264000000, "元", "exact", "level", "money", Q, "2025"),
    ("s03", "上级转移支付资金34.8亿元", "34.8亿元", 3480000000, "元", "exact", "level", "money", Q, "2025"),
    ("s03", "比上年增加2.1亿元", "2.1亿元", 210000000, "元", "exact", "change", "money", Q, "2025"),
    ("s03", "发行新增专项债券4.5亿元", "4.5亿元", 450000000, "元", "exact", "level", "money", Q, "2025"),
    ("s03", "等项目16个", "16个", 16, "个", "exact", "level", "other", Q, "2025"),
    ("s03", "年末政府债务余额27.3亿元", "27.3亿元", 2730000000, "元", "exact", "level", "money", Q, "2025"),
    ("s03", "预期增长6%左右", "6%左右", 6, "%", "approx", "target", "percent", Q, "2026"),
    # s04 卓尼县, published 2026-01-22 (the post's counters and the comments' are no figures)
    ("s04", "卓尼县城镇新增就业960人", "960人", 960, "人", "exact", "level", "jobs", N, "2025"),
    ("s04", "完成年度任务的106.7%", "106.7%", 106.7, "%", "exact", "level", "jobs", N, "2025"),
    ("s04", "农村劳动力转移就业4.35万人", "4.35万人", 43500, "人", "exact", "level", "jobs", N, "2025"),
    ("s04", "实现劳务收入11.6亿元", "11.6亿元", 1160000000, "元", "exact", "level", "money", N, "2025"),
    ("s04", "11.6亿元，增长6.2%", "6.2%", 6.2, "%", "exact", "change", "percent", N, "2025"),
    ("s04", "开展职业技能培训2860人次", "2860人次", 2860, "人次", "exact", "level", "jobs", N, "2025"),
    ("s04", "扶持创业236人", "236人", 236, "人", "exact", "level", "jobs", N, "2025"),
    ("s04", "带动就业690人", "690人", 690, "人", "exact", "level", "jobs", N, "2025"),
    ("s04", "城镇登记失业率3.0%", "3.0%", 3.0, "%", "exact", "level", "jobs", N, "2025"),
    ("s04", "力争城镇新增就业1000人以上", "1000人以上", 1000, "人", "lower_bound", "target", "jobs", N, "2026"),
    # s05 天祝藏族自治县, published 2026-03-20 (the farming and living paragraphs are unreadable: not in the gold)
    ("s05", "地区生产总值72.46亿元", "72.46亿元", 7246000000, "元", "exact", "level", "money", T, "2025"),
    ("s05", "比上年增长5.8%", "5.8%", 5.8, "%", "exact", "change", "percent", T, "2025"),
    ("s05", "第一产业增加值15.32亿元", "15.32亿元", 1532000000, "元", "exact", "level", "money", T, "2025"),
    ("s05", "15.32亿元，增长5.1%", "5.1%", 5.1, "%", "exact", "change", "percent", T, "2025"),
    ("s05", "第二产业增加值21.08亿元", "21.08亿元", 2108000000, "元", "exact", "level", "money", T, "2025"),
    ("s05", "21.08亿元，增长6.4%", "6.4%", 6.4, "%", "exact", "change", "percent", T, "2025"),
    ("s05", "第三产业增加值36.06亿元", "36.06亿元", 3606000000, "元", "exact", "level", "money", T, "2025"),
    ("s05", "36.06亿元，增长5.7%", "5.7%", 5.7, "%", "exact", "change", "percent", T, "2025"),
    ("s05", "常住人口15.62万人", "15.62万人", 156200, "人", "exact", "level", "other", T, "2025"),
    ("s05", "城镇化率38.6%", "38.6%", 38.6, "%", "exact", "level", "percent", T, "2025"),
    ("s05", "提高1.2个百分点", "1.2个百分点", 1.2, "百分点", "exact", "change", "percent", T, "2025"),
    ("s05", "共有医疗卫生机构246个", "246个", 246, "个", "exact", "level", "other", T, "2025"),
    ("s05", "实有床位1128张", "1128张", 1128, "张", "exact", "level", "beds", T, "2025"),
    ("s05", "1128张，增长4.1%", "4.1%", 4.1, "%", "exact", "change", "beds", T, "2025"),
    ("s05", "卫生技术人员1362人", "1362人", 1362, "人", "exact", "level", "other", T, "2025"),
]

MANIFEST = [("s01", "2026-01-20", "从江县融媒体中心"), ("s02", "2026-01-14", "凤山县人民政府网"),
            ("s03", "2026-02-10", "舟曲县人民政府网"), ("s04", "2026-01-22", "卓尼发布"),
            ("s05", "2026-03-20", "天祝藏族自治县统计局")]

# --------------------------------------------------------------------------------------------- the damage


def srt_time(ms: int) -> str:
    """A subtitle timing as SRT writes it (hh:mm:ss,mmm)."""
    return f"{ms // 3600000:02d}:{ms // 60000 % 60:02d}:{ms // 1000 % 60:02d},{ms % 1000:03d}"


def damage_s01() -> bytes:
    """One clause a cue (the marks that ended it dropped, 、 a space), a clause marked / cut in two cues; each cue
    its number, its timing (about four characters a second, a short gap between cues) and a blank line."""
    cues = [c for c in re.split(r"[，。；\n/]", S01.replace("、", " ")) if c]
    out, t = [], 1200
    for i, cue in enumerate(cues, start=1):
        dur = 800 + 250 * len(cue)
        out += [str(i), f"{srt_time(t)} --> {srt_time(t + dur)}", cue, ""]
        t += dur + 320
    return "\n".join(out).encode("utf-8")


def damage_s02() -> bytes:
    """The reader tool's head, the breadcrumb, a # heading, the meta line, an image, the figures bolded, the list
    numbers escaped, another image, the previous page's link."""
    body = S02.split("\n", 1)[1]
    for num in ("218个", "1946张", "138张", "5.12张", "2100张"):
        body = sub(body, num, f"**{num}**")
    body = sub(body, "增长7.6%", "增长**7.6**%")
    body = sub(body, "新增床位320张", "新增床位**320**张")
    body = re.sub(r"(?m)^(\d)\. ", r"\1\\. ", body)
    site = "http://www.gxfs.gov.cn"
    head = ["Title: 凤山县医疗卫生服务能力持续提升_凤山县人民政府门户网站",
            f"URL Source: {site}/xwzx/bmdt/202601/t20260114_1946218.html",
            "Published Time: 2026-01-14T09:30:00+08:00", "", "Markdown Content:",
            f"[首页]({site}/) > [新闻中心]({site}/xwzx/) > [部门动态]({site}/xwzx/bmdt/)", "",
            "凤山县医疗卫生服务能力持续提升", "===============", "",
            "发布时间：2026-01-14 09:30 来源：凤山县卫生健康局 浏览次数：2138 【字体：大 中 小】", "",
            f"![Image 1: 县人民医院住院综合楼]({site}/xwzx/bmdt/202601/W020260114532012861.jpg)", ""]
    paras = body.strip("\n").split("\n")
    paras.insert(2, f"![Image 2]({site}/xwzx/bmdt/202601/W020260114532016320.png)")
    tail = ["", "*   [上一篇：凤山县2025年城镇新增就业1420人 完成全年任务118%]"
            f"({site}/xwzx/bmdt/202601/t20260112_1942107.html)",
            f"*   [下一篇：凤山县召开2026年卫生健康工作会议]({site}/xwzx/bmdt/202601/t20260115_1947033.html)", "",
            "[【打印本页】](javascript:window.print()) [【关闭窗口】](javascript:window.close())"]
    return ("\n".join(head + [p + "\n" for p in paras] + tail) + "\n").encode("utf-8")


def damage_s03() -> bytes:
    """The API's answer as PHP writes it: one line, the body's paragraphs joined by \\r\\n, slashes escaped."""
    data = {"code": 200, "msg": "success", "data": {
        "id": 3420531, "channelId": 16, "title": S03_TITLE, "source": "舟曲县财政局", "author": "",
        "pubDate": "2026-02-10 10:30:00", "viewCount": 1276, "content": S03.replace("\n", "\r\n"),
        "attachments": [{"name": "舟曲县2025年一般公共预算执行情况表.xlsx", "size": "36.2KB",
                         "url": "/uploads/file/20260210/1770690600278.xlsx"}],
        "url": "https://www.zhouqu.gov.cn/zwgk/czxx/2026/0210/3420531.html"}}
    return (json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("/", "\\/") + "\n").encode("utf-8")


BOLD_DIGITS = str.maketrans("0123456789", "".join(chr(0x1D7CE + i) for i in range(10)))


def keycap(n: int) -> str:
    """A keycap emoji of one digit (the digit, VS16, COMBINING ENCLOSING KEYCAP)."""
    return f"{n}\ufe0f\u20e3"


def damage_s04() -> bytes:
    """The post: its account and date line, the headline a hashtag, 2025 and the first figure in bold digits,
    each clause a keycap line with an emoji, ...全文, the counters and two comments with theirs."""
    lines = S04.strip("\n").split("\n")
    lead = sub(lines[1], "2025年", "2025年".translate(BOLD_DIGITS))
    lead = sub(lead, "960人", "960".translate(BOLD_DIGITS) + "人🎉")
    items = [lead, lines[2].replace("增长6.2%；", "增长6.2%💰；"), lines[3], lines[4] + "👍", lines[5] + "💪"]
    out = ["卓尼发布", "26-1-22 18:30 来自 微博网页版 已编辑", "", f"#{lines[0]}#"]
    out += [f"{keycap(i)}{it}" for i, it in enumerate(items[:4], start=1)] + [items[4] + " #甘南身边事# ...全文"]
    out += ["", "网页链接", "", "转发 126 | 评论 38 | 赞 1260", "", "按热度 按时间", "",
            "洮河边的小卓：家乡越来越好了👏", "1-22 19:02 来自甘肃 回复 12 赞 86", "",
            "甘南小马哥：明年继续加油💪💪", "1-22 20:15 来自甘肃 回复 3 赞 24"]
    return ("\n".join(out) + "\n").encode("utf-8")


def damage_s05() -> bytes:
    """The farming paragraph's UTF-8 bytes read as GBK and the living paragraph's GBK bytes read as UTF-8, both
    with the decoder's replacement characters, then all saved as UTF-8."""
    farm = S05_FARM.encode("utf-8").decode("gbk", errors="replace")
    life = S05_LIFE.encode("gbk").decode("utf-8", errors="replace")
    assert "\ufffd" in farm and "\ufffd" in life, "no loss: the paragraphs could be read back"
    return (S05_HEAD + farm + S05_MID + life + "\n").encode("utf-8")


def clean_of(doc: str) -> str:
    """The clean text a figure's context is looked up in."""
    return {"s01": S01.replace("/", ""), "s02": S02, "s03": S03_TITLE + "\n" + S03, "s04": S04, "s05": S05}[doc]


def row24(doc: str, ctx: str, quote: str, value: float, measure: str, qual: str, role: str, topic: str, place: str,
          period: str, tier: str = "must") -> dict:
    """A gold row (damaged17's `high_row`) with its tier: must, or optional for a figure GUIDE.md does not care for."""
    return _d17.high_row(doc, ctx, quote, value, measure, qual, role, topic, place, period) | {"tier": tier}


def main() -> None:
    """Write the texts, the manifest and the gold (damaged17's write_set)."""
    built = {"s01": damage_s01(), "s02": damage_s02(), "s03": damage_s03(), "s04": damage_s04(),
             "s05": damage_s05()}
    _d17.write_set(OUT, "damaged24", built, MANIFEST, F, clean_of, row24)


if __name__ == "__main__":
    main()
