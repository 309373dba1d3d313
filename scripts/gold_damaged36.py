"""Build data/gold/damaged36: five texts of our own, each in a form real text comes in that no damaged set used yet
(one kind a text; the texts are written clean, the damage is made by the code below):

- p01 (恩平市, Guangdong, an economy roundup): a qiaoxiang county's news reprinted by an overseas association's site in
  traditional characters and saved in Big5 (cp950, no BOM, no declaration): neither UTF-8 nor GB18030 reads it (read
  as GB18030 it is mojibake whose digits stand whole among wrong Han characters), full-width spaces at paragraph
  starts.
- p02 (五莲县, Shandong, jobs): an article as a site's JSON API returns it, copied whole, serialised with every
  non-ASCII character escaped (\\uXXXX, as Python's json.dumps and many PHP and Java APIs write by default): the
  figures' digits, points and percent marks stand as they are between escapes (\\u4e1a8260\\u4eba), paragraph breaks
  written \\n, the metadata (id, hits, publishTime) on the same line.
- p03 (沽源县, Hebei, beds): a page typed with "pangu" spacing (盘古之白), as auto-spacing plugins and many writers
  set Chinese: a space between every Han character and a Latin letter or digit on either side (全县实有床位 1460
  张, 2025 年底, 90% 以上), full-width punctuation left unspaced.
- p04 (竹山县, Hubei, social security): a report mailed by a bureau and saved whole as .eml: RFC 2047 headers in
  base64 (=?GBK?B?...?=), a multipart body whose text part is GBK in base64, 76 characters a line, as Foxmail and
  most Chinese mail clients send it; an attachment part (a small .xlsx, base64 too). The base64 lines hold
  digits of their own, but no figure.
- p05 (城口县, Chongqing, a statistics bulletin): a county forum (Discuz) post reposting the bulletin with BBCode
  left in: [size=4][b] headings, figures wrapped in [color=Red][b]…[/b][/color] with the unit outside the tags
  ([color=Red]68.42[/color]亿元), an [img] line with a dated attachment path, a [url=…] link, a [quote] of the
  source, the thread's head (楼主, 发表于 date and time) and a reply with no figure.

The gold is written by hand from the clean texts per /work/shared/gold/GUIDE.md, never from what stats extracts:
quotes and contexts are written as in the clean text (p01 in its traditional characters), values in base units.

    .venv/bin/python scripts/gold_damaged36.py      # writes data/gold/damaged36/{texts,damaged36.jsonl}
"""

# ruff: noqa: E501, RUF001  (the texts are written as the pages are, full-width marks included)

from __future__ import annotations

import base64
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
from gold_damaged28 import write_set  # noqa: E402

OUT = ROOT / "data" / "gold" / "damaged36"

P01 = """恩平市2025年經濟社會發展成績單
來源：恩平市人民政府網　轉載：恩平同鄉會僑訊　2026年2月18日
　　2025年，恩平市實現地區生產總值398.6億元，同比增長4.8%。其中，第一產業增加值68.42億元，增長3.6%。
　　全市規模以上工業增加值增長6.2%；固定資產投資完成126.5億元，增長5.1%。
　　全年接待遊客868萬人次，增長9.4%；旅遊總收入56.3億元。
　　全市城鎮新增就業5860人，完成年度任務的114.3%；農村勞動力轉移就業2.36萬人。城鎮登記失業率2.3%。
　　年末全市醫療衛生機構床位3126張，比上年增加236張；每千常住人口床位6.46張。
　　全市城鎮居民人均可支配收入41860元，增長4.2%；農村居民人均可支配收入24630元，增長6.5%。
　　全市僑資企業達860家，全年引進僑資項目32個，投資總額48.6億元。
　　2026年，恩平市地區生產總值預期增長5%左右，城鎮新增就業5000人以上。
"""

P02_TITLE = "五莲县2025年就业创业工作成效显著"
P02 = """2025年，五莲县城镇新增就业8260人，完成年度目标的118%；失业人员再就业2150人，就业困难人员实现就业860人。
全年农村劳动力转移就业18.6万人，实现劳务收入42.3亿元，同比增长5.8%。
发放创业担保贷款2.86亿元，扶持创业3120人，带动就业9460人。
开展职业技能培训2.4万人次，新增技能人才6800人，其中高技能人才1920人。
全县开发城乡公益性岗位4260个，年末城镇登记失业率控制在2.5%以内。
2026年，五莲县计划城镇新增就业8000人以上，开展职业技能培训2.5万人次。"""


def _p02() -> str:
    """P02 as the API serves it: one JSON line, every non-ASCII character a \\uXXXX escape."""
    obj = {"code": 0, "message": "success", "data": {"id": 2860417, "catalogId": 1032, "title": P02_TITLE,
                                                       "source": "五莲县人力资源和社会保障局", "publishTime": "2026-01-20 09:30:00",
                                                       "hits": 3412, "content": P02, "attachments": []}}
    return json.dumps(obj) + "\n"


P03_CLEAN = """沽源县卫生健康事业发展综述
发布时间：2026-02-06　来源：沽源县卫生健康局
截至2025年底，沽源县共有医疗卫生机构286个，其中公立医院4个、乡镇卫生院17个、村卫生室248个。全县实有床位1460张，比上年增加120张，增长9.0%；每千常住人口床位5.62张。
全县卫生技术人员1830人，其中执业（助理）医师716人、注册护士682人，每千常住人口执业（助理）医师2.76人。
全年总诊疗人次128.6万人次，同比增长6.3%；出院患者3.26万人次，县医院病床使用率86.4%。
县医院新院区完成投资3.2亿元，新增床位400张；全年投入基层医疗卫生机构建设资金2860万元。
2026年，全县计划新增床位150张，每千常住人口床位达到6张，县域内就诊率达到90%以上。
"""
_HAN = "\u4e00-\u9fff"


def _pangu(clean: str) -> str:
    """A space between a Han character and a Latin letter, digit or sign on either side, as pangu.js sets it
    (full-width punctuation is not Han: 9.0%； stays as it is)."""
    spaced = re.sub(f"([{_HAN}])([0-9A-Za-z])", r"\1 \2", clean)
    return re.sub(f"([0-9A-Za-z%])([{_HAN}])", r"\1 \2", spaced)


P04_BODY = """县政府办：
    现将我局2025年社会保障工作情况报送如下：
    2025年，全县城乡居民基本养老保险参保28.46万人，参保率达到98.2%；全年发放城乡居民养老金3.12亿元，同比增长4.6%。
    城镇职工基本养老保险参保4.68万人，比上年增加2360人。工伤保险参保2.15万人，失业保险参保1.86万人。
    全年为1.26万名困难群众代缴城乡居民养老保险费386万元。
    社会保障卡持卡人数43.2万人，电子社保卡签发22.6万张。
    2026年，全县城乡居民基本养老保险参保率保持在97%以上。
    附件：2025年社会保障主要指标.xlsx

竹山县人力资源和社会保障局
2026年1月26日
"""
_P04_BOUNDARY = "----=_NextPart_6977B2C1_0A3E6F28_4D21C9B3"


def _b64_lines(data: bytes) -> str:
    """Base64 in lines of 76 characters, as MIME writes it."""
    return base64.encodebytes(data).decode("ascii").replace("\n", "\r\n")


def _word(text: str) -> str:
    """An RFC 2047 encoded word in GBK and base64."""
    return "=?GBK?B?" + base64.b64encode(text.encode("gbk")).decode("ascii") + "?="


def _p04() -> bytes:
    """The mail as the client saved it: headers, the GBK text part in base64, a small attachment in base64."""
    sheet = bytes(range(256)) * 2  # stands for the .xlsx's bytes: not text
    head = [
        f"From: {_word('竹山县人社局')} <zsrsj2019@163.com>",
        f"To: {_word('县政府办')} <zsxzfb@163.com>",
        f"Subject: {_word('竹山县2025年社会保障工作情况报送')}",
        "Date: Mon, 26 Jan 2026 10:12:33 +0800",
        "X-Mailer: Foxmail 7.2.25.228[cn]",
        "Mime-Version: 1.0",
        f'Content-Type: multipart/mixed;\r\n\tboundary="{_P04_BOUNDARY}"',
        "Message-ID: <202601261012331863218@163.com>",
        "",
        "This is a multi-part message in MIME format.",
        "",
        f"--{_P04_BOUNDARY}",
        'Content-Type: text/plain;\r\n\tcharset="GBK"',
        "Content-Transfer-Encoding: base64",
        "",
        _b64_lines(P04_BODY.replace("\n", "\r\n").encode("gbk")),
        f"--{_P04_BOUNDARY}",
        f'Content-Type: application/octet-stream;\r\n\tname="{_word("2025年社会保障主要指标.xlsx")}"',
        "Content-Transfer-Encoding: base64",
        f'Content-Disposition: attachment;\r\n\tfilename="{_word("2025年社会保障主要指标.xlsx")}"',
        "",
        _b64_lines(sheet),
        f"--{_P04_BOUNDARY}--",
        "",
    ]
    return "\r\n".join(head).encode("ascii")


P05_CLEAN = """2025年，城口县实现地区生产总值68.42亿元，比上年增长5.3%。其中，第一产业增加值12.36亿元，增长3.8%；第二产业增加值16.85亿元，增长6.1%；第三产业增加值39.21亿元，增长5.4%。
全年粮食总产量6.82万吨，增长1.6%；生猪出栏18.6万头。
全年接待游客926万人次，增长12.3%；实现旅游综合收入52.6亿元。
全县城镇常住居民人均可支配收入38620元，增长4.1%；农村常住居民人均可支配收入16980元，增长6.6%。
年末全县户籍人口24.36万人。"""
# p05's BBCode as the poster set it: (the clean text, as the post has it).
_P05_TAGS = [("68.42亿元", "[color=Red][b]68.42[/b][/color]亿元"), ("增长5.3%", "增长[b]5.3%[/b]"),
             ("12.36亿元", "[color=Red]12.36[/color]亿元"), ("6.82万吨", "[b]6.82[/b]万吨"),
             ("18.6万头", "[color=#ff0000][b]18.6万头[/b][/color]"), ("926万人次", "[b][color=Red]926[/color][/b]万人次"),
             ("增长12.3%", "增长[color=Red]12.3[/color]%"), ("38620元", "[b]38620[/b]元"),
             ("24.36万人", "[size=3][b]24.36[/b][/size]万人")]
_P05_HEADS = ["[size=4][b]一、综合[/b][/size]", "[size=4][b]二、农业[/b][/size]", "[size=4][b]三、旅游[/b][/size]",
              "[size=4][b]四、居民收入[/b][/size]", "[size=4][b]五、人口[/b][/size]"]


def _p05() -> str:
    """P05 as the forum page gives it: the thread's head, the post's BBCode, a reply."""
    paras = _replaced(P05_CLEAN, _P05_TAGS).split("\n")
    body = "\n".join(f"{h}\n{p}" for h, p in zip(_P05_HEADS, paras, strict=True))
    lines = ["城口论坛 › 城口资讯 › 本地新闻", "",
             "【转帖】城口县2025年国民经济和社会发展统计公报出炉（摘要）", "",
             "山城老王", "楼主 发表于 2026-3-28 09:15:42 | 只看该作者", "",
             "[quote]来源：城口县统计局　发布日期：2026年3月26日[/quote]",
             "[img]https://bbs.cqck.cn/data/attachment/forum/202603/28/091532x8k2b6a2n6zz4m2r.jpg[/img]",
             body,
             "[url=http://www.cqck.gov.cn/zwgk/tjxx/202603/t20260326_15862044.html]点击查看统计公报全文[/url]",
             "", "回复 举报", "",
             "清风徐来", "沙发 发表于 2026-3-28 10:02:17 | 只看该作者", "",
             "家乡越来越好，顶一个！", "", "回复 举报", ""]
    return "\n".join(lines)


def _replaced(clean: str, pairs: list[tuple[str, str]]) -> str:
    """`clean` with each (clean, damaged) pair put in; each clean text must stand once."""
    for a, b in pairs:
        assert clean.count(a) == 1, a
        clean = clean.replace(a, b)
    return clean


TEXTS = {"p01": P01.encode("cp950"), "p02": _p02().encode("ascii"), "p03": _pangu(P03_CLEAN).encode("utf-8"),
         "p04": _p04(), "p05": _p05().encode("utf-8")}
MANIFEST = [("p01", "2026-02-18", "恩平同乡会侨讯"), ("p02", "2026-01-20", "五莲县人民政府网站"),
            ("p03", "2026-02-06", "沽源县卫生健康局"), ("p04", "2026-01-26", "竹山县人力资源和社会保障局"),
            ("p05", "2026-03-28", "城口论坛")]

EP, WL, GY, ZS, CK = "恩平市", "五莲县", "沽源县", "竹山县", "城口县"
F = [
    ("p01", "398.6億元", 39860000000, "元", "exact", "level", "money", EP, "2025", "恩平市實現地區生產總值398.6億元"),
    ("p01", "4.8%", 4.8, "%", "exact", "change", "percent", EP, "2025", "同比增長4.8%"),
    ("p01", "68.42億元", 6842000000, "元", "exact", "level", "money", EP, "2025", "第一產業增加值68.42億元"),
    ("p01", "3.6%", 3.6, "%", "exact", "change", "percent", EP, "2025", "68.42億元，增長3.6%"),
    ("p01", "6.2%", 6.2, "%", "exact", "change", "percent", EP, "2025", "全市規模以上工業增加值增長6.2%"),
    ("p01", "126.5億元", 12650000000, "元", "exact", "level", "money", EP, "2025", "固定資產投資完成126.5億元"),
    ("p01", "5.1%", 5.1, "%", "exact", "change", "percent", EP, "2025", "126.5億元，增長5.1%"),
    ("p01", "868萬人次", 8680000, "人次", "exact", "level", "other", EP, "2025", "全年接待遊客868萬人次"),
    ("p01", "9.4%", 9.4, "%", "exact", "change", "percent", EP, "2025", "868萬人次，增長9.4%"),
    ("p01", "56.3億元", 5630000000, "元", "exact", "level", "money", EP, "2025", "旅遊總收入56.3億元"),
    ("p01", "5860人", 5860, "人", "exact", "level", "jobs", EP, "2025", "全市城鎮新增就業5860人"),
    ("p01", "114.3%", 114.3, "%", "exact", "level", "jobs", EP, "2025", "完成年度任務的114.3%"),
    ("p01", "2.36萬人", 23600, "人", "exact", "level", "jobs", EP, "2025", "農村勞動力轉移就業2.36萬人"),
    ("p01", "2.3%", 2.3, "%", "exact", "level", "jobs", EP, "2025", "城鎮登記失業率2.3%"),
    ("p01", "3126張", 3126, "张", "exact", "level", "beds", EP, "2025", "年末全市醫療衛生機構床位3126張"),
    ("p01", "236張", 236, "张", "exact", "change", "beds", EP, "2025", "比上年增加236張"),
    ("p01", "6.46張", 6.46, "张", "exact", "level", "beds", EP, "2025", "每千常住人口床位6.46張"),
    ("p01", "41860元", 41860, "元", "exact", "level", "money", EP, "2025", "全市城鎮居民人均可支配收入41860元"),
    ("p01", "4.2%", 4.2, "%", "exact", "change", "percent", EP, "2025", "41860元，增長4.2%"),
    ("p01", "24630元", 24630, "元", "exact", "level", "money", EP, "2025", "農村居民人均可支配收入24630元"),
    ("p01", "6.5%", 6.5, "%", "exact", "change", "percent", EP, "2025", "24630元，增長6.5%"),
    ("p01", "860家", 860, "家", "exact", "level", "other", EP, "2025", "全市僑資企業達860家"),
    ("p01", "32個", 32, "个", "exact", "level", "other", EP, "2025", "全年引進僑資項目32個"),
    ("p01", "48.6億元", 4860000000, "元", "exact", "level", "money", EP, "2025", "投資總額48.6億元"),
    ("p01", "5%左右", 5, "%", "approx", "target", "percent", EP, "2026", "地區生產總值預期增長5%左右"),
    ("p01", "5000人以上", 5000, "人", "lower_bound", "target", "jobs", EP, "2026", "城鎮新增就業5000人以上"),
    ("p02", "8260人", 8260, "人", "exact", "level", "jobs", WL, "2025", "五莲县城镇新增就业8260人"),
    ("p02", "118%", 118, "%", "exact", "level", "jobs", WL, "2025", "完成年度目标的118%"),
    ("p02", "2150人", 2150, "人", "exact", "level", "jobs", WL, "2025", "失业人员再就业2150人"),
    ("p02", "860人", 860, "人", "exact", "level", "jobs", WL, "2025", "就业困难人员实现就业860人"),
    ("p02", "18.6万人", 186000, "人", "exact", "level", "jobs", WL, "2025", "全年农村劳动力转移就业18.6万人"),
    ("p02", "42.3亿元", 4230000000, "元", "exact", "level", "money", WL, "2025", "实现劳务收入42.3亿元"),
    ("p02", "5.8%", 5.8, "%", "exact", "change", "percent", WL, "2025", "同比增长5.8%"),
    ("p02", "2.86亿元", 286000000, "元", "exact", "level", "money", WL, "2025", "发放创业担保贷款2.86亿元"),
    ("p02", "3120人", 3120, "人", "exact", "level", "jobs", WL, "2025", "扶持创业3120人"),
    ("p02", "9460人", 9460, "人", "exact", "level", "jobs", WL, "2025", "带动就业9460人"),
    ("p02", "2.4万人次", 24000, "人次", "exact", "level", "jobs", WL, "2025", "开展职业技能培训2.4万人次"),
    ("p02", "6800人", 6800, "人", "exact", "level", "jobs", WL, "2025", "新增技能人才6800人"),
    ("p02", "1920人", 1920, "人", "exact", "level", "jobs", WL, "2025", "其中高技能人才1920人"),
    ("p02", "4260个", 4260, "个", "exact", "level", "jobs", WL, "2025", "全县开发城乡公益性岗位4260个"),
    ("p02", "2.5%以内", 2.5, "%", "upper_bound", "level", "jobs", WL, "2025", "年末城镇登记失业率控制在2.5%以内"),
    ("p02", "8000人以上", 8000, "人", "lower_bound", "target", "jobs", WL, "2026", "计划城镇新增就业8000人以上"),
    ("p02", "2.5万人次", 25000, "人次", "exact", "target", "jobs", WL, "2026", "开展职业技能培训2.5万人次"),
    ("p03", "286个", 286, "个", "exact", "level", "other", GY, "2025", "沽源县共有医疗卫生机构286个"),
    ("p03", "4个", 4, "个", "exact", "level", "other", GY, "2025", "其中公立医院4个"),
    ("p03", "17个", 17, "个", "exact", "level", "other", GY, "2025", "乡镇卫生院17个"),
    ("p03", "248个", 248, "个", "exact", "level", "other", GY, "2025", "村卫生室248个"),
    ("p03", "1460张", 1460, "张", "exact", "level", "beds", GY, "2025", "全县实有床位1460张"),
    ("p03", "120张", 120, "张", "exact", "change", "beds", GY, "2025", "比上年增加120张"),
    ("p03", "9.0%", 9.0, "%", "exact", "change", "percent", GY, "2025", "比上年增加120张，增长9.0%"),
    ("p03", "5.62张", 5.62, "张", "exact", "level", "beds", GY, "2025", "每千常住人口床位5.62张"),
    ("p03", "1830人", 1830, "人", "exact", "level", "other", GY, "2025", "全县卫生技术人员1830人"),
    ("p03", "716人", 716, "人", "exact", "level", "other", GY, "2025", "其中执业（助理）医师716人"),
    ("p03", "682人", 682, "人", "exact", "level", "other", GY, "2025", "注册护士682人"),
    ("p03", "2.76人", 2.76, "人", "exact", "level", "other", GY, "2025", "每千常住人口执业（助理）医师2.76人"),
    ("p03", "128.6万人次", 1286000, "人次", "exact", "level", "other", GY, "2025", "全年总诊疗人次128.6万人次"),
    ("p03", "6.3%", 6.3, "%", "exact", "change", "percent", GY, "2025", "128.6万人次，同比增长6.3%"),
    ("p03", "3.26万人次", 32600, "人次", "exact", "level", "other", GY, "2025", "出院患者3.26万人次"),
    ("p03", "86.4%", 86.4, "%", "exact", "level", "percent", GY, "2025", "县医院病床使用率86.4%"),
    ("p03", "3.2亿元", 320000000, "元", "exact", "level", "money", GY, "2025", "县医院新院区完成投资3.2亿元"),
    ("p03", "400张", 400, "张", "exact", "level", "beds", GY, "2025", "新增床位400张"),
    ("p03", "2860万元", 28600000, "元", "exact", "level", "money", GY, "2025", "全年投入基层医疗卫生机构建设资金2860万元"),
    ("p03", "150张", 150, "张", "exact", "target", "beds", GY, "2026", "全县计划新增床位150张"),
    ("p03", "6张", 6, "张", "exact", "target", "beds", GY, "2026", "每千常住人口床位达到6张"),
    ("p03", "90%以上", 90, "%", "lower_bound", "target", "percent", GY, "2026", "县域内就诊率达到90%以上"),
    ("p04", "28.46万人", 284600, "人", "exact", "level", "other", ZS, "2025", "全县城乡居民基本养老保险参保28.46万人"),
    ("p04", "98.2%", 98.2, "%", "exact", "level", "percent", ZS, "2025", "参保率达到98.2%"),
    ("p04", "3.12亿元", 312000000, "元", "exact", "level", "money", ZS, "2025", "全年发放城乡居民养老金3.12亿元"),
    ("p04", "4.6%", 4.6, "%", "exact", "change", "percent", ZS, "2025", "同比增长4.6%"),
    ("p04", "4.68万人", 46800, "人", "exact", "level", "other", ZS, "2025", "城镇职工基本养老保险参保4.68万人"),
    ("p04", "2360人", 2360, "人", "exact", "change", "other", ZS, "2025", "比上年增加2360人"),
    ("p04", "2.15万人", 21500, "人", "exact", "level", "other", ZS, "2025", "工伤保险参保2.15万人"),
    ("p04", "1.86万人", 18600, "人", "exact", "level", "other", ZS, "2025", "失业保险参保1.86万人"),
    ("p04", "1.26万名", 12600, "名", "exact", "level", "other", ZS, "2025", "全年为1.26万名困难群众"),
    ("p04", "386万元", 3860000, "元", "exact", "level", "money", ZS, "2025", "代缴城乡居民养老保险费386万元"),
    ("p04", "43.2万人", 432000, "人", "exact", "level", "other", ZS, "2025", "社会保障卡持卡人数43.2万人"),
    ("p04", "22.6万张", 226000, "张", "exact", "level", "other", ZS, "2025", "电子社保卡签发22.6万张"),
    ("p04", "97%以上", 97, "%", "lower_bound", "target", "percent", ZS, "2026", "城乡居民基本养老保险参保率保持在97%以上"),
    ("p05", "68.42亿元", 6842000000, "元", "exact", "level", "money", CK, "2025", "城口县实现地区生产总值68.42亿元"),
    ("p05", "5.3%", 5.3, "%", "exact", "change", "percent", CK, "2025", "比上年增长5.3%"),
    ("p05", "12.36亿元", 1236000000, "元", "exact", "level", "money", CK, "2025", "第一产业增加值12.36亿元"),
    ("p05", "3.8%", 3.8, "%", "exact", "change", "percent", CK, "2025", "12.36亿元，增长3.8%"),
    ("p05", "16.85亿元", 1685000000, "元", "exact", "level", "money", CK, "2025", "第二产业增加值16.85亿元"),
    ("p05", "6.1%", 6.1, "%", "exact", "change", "percent", CK, "2025", "16.85亿元，增长6.1%"),
    ("p05", "39.21亿元", 3921000000, "元", "exact", "level", "money", CK, "2025", "第三产业增加值39.21亿元"),
    ("p05", "5.4%", 5.4, "%", "exact", "change", "percent", CK, "2025", "39.21亿元，增长5.4%"),
    ("p05", "6.82万吨", 68200, "吨", "exact", "level", "other", CK, "2025", "全年粮食总产量6.82万吨"),
    ("p05", "1.6%", 1.6, "%", "exact", "change", "percent", CK, "2025", "6.82万吨，增长1.6%"),
    ("p05", "18.6万头", 186000, "头", "exact", "level", "other", CK, "2025", "生猪出栏18.6万头"),
    ("p05", "926万人次", 9260000, "人次", "exact", "level", "other", CK, "2025", "全年接待游客926万人次"),
    ("p05", "12.3%", 12.3, "%", "exact", "change", "percent", CK, "2025", "926万人次，增长12.3%"),
    ("p05", "52.6亿元", 5260000000, "元", "exact", "level", "money", CK, "2025", "实现旅游综合收入52.6亿元"),
    ("p05", "38620元", 38620, "元", "exact", "level", "money", CK, "2025", "全县城镇常住居民人均可支配收入38620元"),
    ("p05", "4.1%", 4.1, "%", "exact", "change", "percent", CK, "2025", "38620元，增长4.1%"),
    ("p05", "16980元", 16980, "元", "exact", "level", "money", CK, "2025", "农村常住居民人均可支配收入16980元"),
    ("p05", "6.6%", 6.6, "%", "exact", "change", "percent", CK, "2025", "16980元，增长6.6%"),
    ("p05", "24.36万人", 243600, "人", "exact", "level", "other", CK, "2025", "年末全县户籍人口24.36万人"),
]


def _probe(doc: str, ctx: str) -> str:
    """The clean text a context must lie in, lines joined."""
    clean = {"p01": P01, "p02": P02, "p03": P03_CLEAN, "p04": P04_BODY, "p05": P05_CLEAN}[doc]
    return clean.replace("\n", "")


def main() -> None:
    """Write the texts, the manifest and the gold (damaged28's `write_set`), after checking that each damage
    reads back to the clean text: p01 from cp950, p02 from its JSON, p03 with the spaces next to Han taken out,
    p04's text part from base64 and GBK, p05 without its tags."""
    assert TEXTS["p01"].decode("cp950") == P01
    assert json.loads(TEXTS["p02"])["data"]["content"] == P02
    assert re.sub(f"(?<=[{_HAN}]) | (?=[{_HAN}])", "", TEXTS["p03"].decode("utf-8")) == P03_CLEAN
    part = TEXTS["p04"].decode("ascii").split("Content-Transfer-Encoding: base64\r\n\r\n")[1].split("--")[0]
    assert base64.b64decode(part).decode("gbk").replace("\r\n", "\n") == P04_BODY
    p05 = re.sub(r"\[/?(?:b|color|size)(?:=[^\]]*)?\]", "", TEXTS["p05"].decode("utf-8"))
    assert all(line in p05 for line in P05_CLEAN.split("\n"))
    write_set(OUT, TEXTS, MANIFEST, F, _probe)


if __name__ == "__main__":
    main()
