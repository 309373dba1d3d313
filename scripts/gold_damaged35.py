"""Build data/gold/damaged35: five texts of our own, each in a form real text comes in that no damaged set used yet
(one kind a text; m01, m03 and m05 are typed as such texts are, m02 and m04 are written clean and damaged by the code
below):

- m01 (琼中黎族苗族自治县, Hainan, jobs): a county account's short post on a social app (小红书/抖音 style), its
  numbers in the internet's shorthand magnitudes: w or W for 万 and k or K for 千 between a number and its unit
  (2.3k人, 3.46w人, 1.5w人次, 3.2k元, 1.6K个), + for "more than" (860+人), emoji and hashtags around them, and the
  app's counters under the post (浏览 2.6w, 赞 1.3k: the page's, not the text's, so no figures: a reading of them is a
  false positive). A reader that drops the letter reads 2.3k人 as 2.3人, a value it invented.
- m02 (泰顺县, Zhejiang, beds): a shared document's revision exported as Markdown: each corrected figure keeps its
  draft struck through right before it (~~1862~~1886张, ~~5.2%~~5.6%, ~~2.1亿元~~2.36亿元), key figures highlighted
  (==312个==), headings with #. The struck drafts are mentions of their own but no longer the document's word: they
  are optional; a reading that joins a draft to its correction (18621886张) is a value no one wrote.
- m03 (涟水县, Jiangsu, money): a meeting's recording turned to text by a speech recogniser that writes numbers in
  digits but the magnitudes inside one number and the percent in words (32亿6千万元, 1万2千人, 3千2百万元,
  百分之4.3), a 发言人N with its clock time over each turn.
- m04 (金寨县, Anhui, a statistics bulletin): an RSS feed copied as it is served: the XML's channel and item tags, a
  pubDate in RFC 822 form, the item's address with its date and id, and the article's HTML in the description
  escaped once more for XML, so its tags read &lt;p style=&quot;…&quot;&gt; and its own character references come
  doubly escaped (286.4&amp;nbsp;亿元, 1386&amp;#19975;人次, &amp;ldquo;…&amp;rdquo;), the whole article on one line.
- m05 (东兴市, Guangxi, a border port's economy): a bilingual release: each Chinese paragraph followed by its English
  translation, whose numbers are written the English way (10.86 million tonnes, 12,600 border residents, up 7.4%).
  The English sentences restate the Chinese figures in words no rule of ours reads; their numbers are optional
  (given or not, neither is counted), with the value where the English says it in the Chinese unit (a percent).

The gold is written by hand from the texts per /work/shared/gold/GUIDE.md, never from what stats extracts: quotes and
contexts are written as the figure stands in the text (m01's shorthand kept, m02's and m04's marks and escapes taken
out, m03's words kept), values in base units (2.3k人 → 2300 人, 32亿6千万元 → 3260000000 元).

    .venv/bin/python scripts/gold_damaged35.py      # writes data/gold/damaged35/{texts,damaged35.jsonl}
"""

# ruff: noqa: E501, RUF001  (the texts are written as the pages are, full-width marks included)

from __future__ import annotations

import html
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
from gold_damaged28 import write_set  # noqa: E402

OUT = ROOT / "data" / "gold" / "damaged35"

M01 = """琼中发布
🔥2025年琼中就业成绩单来啦！家门口就业越来越香
#琼中 #就业 #家门口就业
2026-01-16 发布于海南
去年一年，琼中城镇新增就业2.3k人🎉，完成全年任务的112.6%！
农村劳动力转移就业3.46w人，比上年多了1.2k人💪
全年实现劳务收入9.8亿元，同比增长6.4%📈

🌿家门口就业：全县建起就业帮扶车间28个，吸纳就业860+人，人均月收入3.2k元～
🎓技能培训：开展职业技能培训1.5w人次，发放培训补贴1260万元
💰创业：发放创业担保贷款6800万元，扶持创业460人，带动就业1.1k人
🏠公益岗：开发乡村公益性岗位1.6K个，托底安置脱贫劳动力
年末城镇登记失业率2.6%，低于全省平均水平～

📌2026年目标：城镇新增就业2.4k人以上，农村劳动力转移就业稳定在3.5w人左右！
大家觉得家门口就业香不香？评论区聊聊👇
信息来源：琼中黎族苗族自治县人力资源和社会保障局
#海南 #琼中 #乡村振兴
浏览 2.6w · 赞 1.3k · 收藏 562 · 评论 208
"""

M02_CLEAN = """# 泰顺县2025年卫生健康工作总结（修改稿）

> 说明：删除线为原稿数据，其后为核实后数据；高亮为重点指标。

## 一、医疗资源

截至2025年底，全县共有医疗卫生机构312个，其中医院11个、乡镇卫生院19个。全县实有床位1886张，比上年增加120张，增长6.8%；每千常住人口床位6.12张。

卫生技术人员2268人，其中执业（助理）医师912人、注册护士968人。

## 二、医疗服务

全年总诊疗人次186.4万人次，同比增长5.6%；出院患者4.12万人次。县人民医院病床使用率81.6%。

## 三、重点项目

县中医院迁建工程完成投资2.36亿元，新增床位300张；县域医共体建设投入资金4860万元。

## 四、2026年计划

全县计划新增床位200张，每千常住人口床位达到6.5张，家庭医生签约服务覆盖率保持在45%以上。
"""
# m02's revision marks: (the clean text, as the export gives it).
_M02_MARKS = [("医疗卫生机构312个", "医疗卫生机构==312个=="), ("实有床位1886张", "实有床位~~1862~~1886张"),
              ("比上年增加120张", "比上年增加~~96~~120张"), ("床位6.12张", "床位==6.12张=="),
              ("医师912人", "医师~~905~~912人"), ("同比增长5.6%", "同比增长~~5.2%~~5.6%"),
              ("病床使用率81.6%", "病床使用率==81.6%=="), ("完成投资2.36亿元", "完成投资~~2.1亿元~~2.36亿元"),
              ("计划新增床位200张", "计划新增床位~~150~~200张")]

M03 = """涟水县2026年财政工作会议 录音转写
发言人1 00:00:08
同志们，下面我把2025年全县财政运行情况简要通报一下。
发言人1 00:00:21
2025年，全县一般公共预算收入完成32亿6千万元，同比增长百分之4.3，其中税收收入24亿3千万元，税收占比达到百分之74.5。
发言人1 00:01:05
一般公共预算支出完成68亿2千万元，增长百分之2.1。民生支出55亿元，占比百分之80.6。全年争取上级转移支付资金31亿5千万元，比上年多了2亿3千万元。
发言人1 00:01:48
全年新增减税降费4亿8千万元，惠及市场主体1万2千户。
发言人1 00:02:30
民生方面，全年发放城乡低保资金1亿6千万元，保障对象2万3千人；城镇新增就业1万2千人。
发言人2 00:03:15
嗯，我补充一下，政府采购节约资金3千2百万元，节约率百分之6.8。
发言人1 00:03:40
2026年，全县一般公共预算收入预期增长百分之5左右，一般公共预算支出安排70亿元以上。
"""

M04_TITLE = "金寨县2025年国民经济和社会发展统计公报（摘要）"
M04_PARAS = [
    "2025年，全县地区生产总值286.4亿元，比上年增长5.6%。其中，第一产业增加值38.62亿元，增长3.4%；第二产业增加值96.15亿元，增长6.2%；第三产业增加值151.63亿元，增长5.7%。",
    "全年粮食总产量16.8万吨，增长1.2%。“六安瓜片”等茶叶产量1.06万吨，增长4.5%；茶产业综合产值68.2亿元。",
    "全年接待游客1386万人次，增长8.6%；实现旅游综合收入92.4亿元，增长9.1%。",
    "全县城镇居民人均可支配收入41260元，增长4.6%；农村居民人均可支配收入19860元，增长6.9%。全年城镇新增就业4860人。",
    "年末全县医疗卫生机构实有床位3120张，其中医院床位2240张。",
]
# m04's HTML as the page's editor wrote it: (the clean text, as the HTML has it).
_M04_HTML = [("286.4亿元", "286.4&nbsp;亿元"), ("16.8万吨", "16.8&nbsp;万吨"), ("“六安瓜片”", "&ldquo;六安瓜片&rdquo;"),
             ("1386万人次", "1386&#19975;人次"), ("41260元", "41260&nbsp;元"), ("4860人", "<strong>4860</strong>人"),
             ("3120张", "3120&nbsp;张")]
_M04_LINK = "https://www.jinzhai.gov.cn/tjxx/tjgb/t20260324_4862519.html"


def _m04() -> str:
    """M04 as its RSS feed serves it: the article's HTML (with its references) escaped once more into the
    description, on one line, inside the channel's and the item's tags."""
    body = _replaced("\n".join(M04_PARAS), _M04_HTML)
    article = "".join(f'<p style="text-indent:2em;">{p}</p>' for p in body.split("\n"))
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', "<channel>",
             "<title>金寨县人民政府 - 统计信息</title>", "<link>https://www.jinzhai.gov.cn/tjxx/</link>",
             "<description>金寨县人民政府网站统计信息栏目</description>",
             "<lastBuildDate>Wed, 25 Mar 2026 09:12:40 +0800</lastBuildDate>", "<item>",
             f"<title>{M04_TITLE}</title>", f"<link>{_M04_LINK}</link>", f"<guid>{_M04_LINK}</guid>",
             "<pubDate>Tue, 24 Mar 2026 16:05:00 +0800</pubDate>", "<author>金寨县统计局</author>",
             f"<description>{html.escape(article, quote=True)}</description>",
             "</item>", "</channel>", "</rss>"]
    return "\n".join(lines) + "\n"


M05 = """东兴市2025年口岸经济发展情况
Port Economy of Dongxing City in 2025
　　2025年，东兴市口岸进出口货运量1086万吨，同比增长7.4%；进出口贸易总额826.5亿元，增长5.2%。
　　In 2025, cargo through Dongxing's ports totaled 10.86 million tonnes, up 7.4% year on year; total import and export trade reached 82.65 billion yuan, up 5.2%.
　　全年出入境车辆42.6万辆次，出入境人员586.3万人次，增长21.5%。
　　Vehicles crossed the border 426,000 times and travelers 5.863 million times in the year, up 21.5%.
　　全市边民互市贸易额286.2亿元，带动1.26万名边民增收，落地加工企业126家。
　　Border residents' trade totaled 28.62 billion yuan, raising the incomes of 12,600 border residents; 126 processing enterprises have set up in the city.
　　全年城镇新增就业5680人，城镇登记失业率2.4%；农村劳动力转移就业3.42万人。
　　The city created 5,680 new urban jobs, with a registered urban unemployment rate of 2.4%, and 34,200 rural workers moved into off-farm jobs.
　　2026年，东兴市力争进出口贸易总额突破900亿元，城镇新增就业5800人以上。
　　In 2026, Dongxing aims to push total trade above 90 billion yuan and to create more than 5,800 new urban jobs.
"""


def _replaced(clean: str, pairs: list[tuple[str, str]]) -> str:
    """`clean` with each (clean, damaged) pair put in; each clean text must stand once."""
    for a, b in pairs:
        assert clean.count(a) == 1, a
        clean = clean.replace(a, b)
    return clean


TEXTS = {"m01": M01.encode("utf-8"), "m02": _replaced(M02_CLEAN, _M02_MARKS).encode("utf-8"), "m03": M03.encode("utf-8"),
         "m04": _m04().encode("utf-8"), "m05": M05.encode("utf-8")}
MANIFEST = [("m01", "2026-01-16", "琼中发布"), ("m02", "2026-01-22", "泰顺县卫生健康局"),
            ("m03", "2026-02-10", "涟水县财政局"), ("m04", "2026-03-24", "金寨县人民政府网站"),
            ("m05", "2026-02-05", "东兴市人民政府")]

QZ, TS, LS, JZ, DX = "琼中黎族苗族自治县", "泰顺县", "涟水县", "金寨县", "东兴市"
OPT = "optional"
F = [
    ("m01", "2.3k人", 2300, "人", "exact", "level", "jobs", QZ, "2025", "琼中城镇新增就业2.3k人"),
    ("m01", "112.6%", 112.6, "%", "exact", "level", "jobs", QZ, "2025", "完成全年任务的112.6%"),
    ("m01", "3.46w人", 34600, "人", "exact", "level", "jobs", QZ, "2025", "农村劳动力转移就业3.46w人"),
    ("m01", "1.2k人", 1200, "人", "exact", "change", "jobs", QZ, "2025", "比上年多了1.2k人"),
    ("m01", "9.8亿元", 980000000, "元", "exact", "level", "money", QZ, "2025", "全年实现劳务收入9.8亿元"),
    ("m01", "6.4%", 6.4, "%", "exact", "change", "percent", QZ, "2025", "同比增长6.4%"),
    ("m01", "28个", 28, "个", "exact", "level", "other", QZ, "2025", "全县建起就业帮扶车间28个"),
    ("m01", "860+人", 860, "人", "lower_bound", "level", "jobs", QZ, "2025", "吸纳就业860+人"),
    ("m01", "3.2k元", 3200, "元", "exact", "level", "money", QZ, "2025", "人均月收入3.2k元"),
    ("m01", "1.5w人次", 15000, "人次", "exact", "level", "jobs", QZ, "2025", "开展职业技能培训1.5w人次"),
    ("m01", "1260万元", 12600000, "元", "exact", "level", "money", QZ, "2025", "发放培训补贴1260万元"),
    ("m01", "6800万元", 68000000, "元", "exact", "level", "money", QZ, "2025", "发放创业担保贷款6800万元"),
    ("m01", "460人", 460, "人", "exact", "level", "jobs", QZ, "2025", "扶持创业460人"),
    ("m01", "1.1k人", 1100, "人", "exact", "level", "jobs", QZ, "2025", "带动就业1.1k人"),
    ("m01", "1.6K个", 1600, "个", "exact", "level", "jobs", QZ, "2025", "开发乡村公益性岗位1.6K个"),
    ("m01", "2.6%", 2.6, "%", "exact", "level", "jobs", QZ, "2025", "年末城镇登记失业率2.6%"),
    ("m01", "2.4k人以上", 2400, "人", "lower_bound", "target", "jobs", QZ, "2026", "城镇新增就业2.4k人以上"),
    ("m01", "3.5w人左右", 35000, "人", "approx", "target", "jobs", QZ, "2026", "农村劳动力转移就业稳定在3.5w人左右"),
    ("m02", "312个", 312, "个", "exact", "level", "other", TS, "2025", "全县共有医疗卫生机构312个"),
    ("m02", "11个", 11, "个", "exact", "level", "other", TS, "2025", "其中医院11个"),
    ("m02", "19个", 19, "个", "exact", "level", "other", TS, "2025", "乡镇卫生院19个"),
    ("m02", "1862", 1862, "张", "exact", "level", "beds", TS, "2025", "实有床位~~1862~~", OPT),
    ("m02", "1886张", 1886, "张", "exact", "level", "beds", TS, "2025", "全县实有床位1886张"),
    ("m02", "96", 96, "张", "exact", "change", "beds", TS, "2025", "比上年增加~~96~~", OPT),
    ("m02", "120张", 120, "张", "exact", "change", "beds", TS, "2025", "比上年增加120张"),
    ("m02", "6.8%", 6.8, "%", "exact", "change", "percent", TS, "2025", "比上年增加120张，增长6.8%"),
    ("m02", "6.12张", 6.12, "张", "exact", "level", "beds", TS, "2025", "每千常住人口床位6.12张"),
    ("m02", "2268人", 2268, "人", "exact", "level", "other", TS, "2025", "卫生技术人员2268人"),
    ("m02", "905", 905, "人", "exact", "level", "other", TS, "2025", "医师~~905~~", OPT),
    ("m02", "912人", 912, "人", "exact", "level", "other", TS, "2025", "其中执业（助理）医师912人"),
    ("m02", "968人", 968, "人", "exact", "level", "other", TS, "2025", "注册护士968人"),
    ("m02", "186.4万人次", 1864000, "人次", "exact", "level", "other", TS, "2025", "全年总诊疗人次186.4万人次"),
    ("m02", "5.2%", 5.2, "%", "exact", "change", "percent", TS, "2025", "同比增长~~5.2%~~", OPT),
    ("m02", "5.6%", 5.6, "%", "exact", "change", "percent", TS, "2025", "186.4万人次，同比增长5.6%"),
    ("m02", "4.12万人次", 41200, "人次", "exact", "level", "other", TS, "2025", "出院患者4.12万人次"),
    ("m02", "81.6%", 81.6, "%", "exact", "level", "percent", TS, "2025", "县人民医院病床使用率81.6%"),
    ("m02", "2.1亿元", 210000000, "元", "exact", "level", "money", TS, "2025", "完成投资~~2.1亿元~~", OPT),
    ("m02", "2.36亿元", 236000000, "元", "exact", "level", "money", TS, "2025", "县中医院迁建工程完成投资2.36亿元"),
    ("m02", "300张", 300, "张", "exact", "level", "beds", TS, "2025", "新增床位300张"),
    ("m02", "4860万元", 48600000, "元", "exact", "level", "money", TS, "2025", "县域医共体建设投入资金4860万元"),
    ("m02", "150", 150, "张", "exact", "target", "beds", TS, "2026", "计划新增床位~~150~~", OPT),
    ("m02", "200张", 200, "张", "exact", "target", "beds", TS, "2026", "全县计划新增床位200张"),
    ("m02", "6.5张", 6.5, "张", "exact", "target", "beds", TS, "2026", "每千常住人口床位达到6.5张"),
    ("m02", "45%以上", 45, "%", "lower_bound", "target", "percent", TS, "2026", "家庭医生签约服务覆盖率保持在45%以上"),
    ("m03", "32亿6千万元", 3260000000, "元", "exact", "level", "money", LS, "2025", "全县一般公共预算收入完成32亿6千万元"),
    ("m03", "百分之4.3", 4.3, "%", "exact", "change", "percent", LS, "2025", "同比增长百分之4.3"),
    ("m03", "24亿3千万元", 2430000000, "元", "exact", "level", "money", LS, "2025", "其中税收收入24亿3千万元"),
    ("m03", "百分之74.5", 74.5, "%", "exact", "level", "percent", LS, "2025", "税收占比达到百分之74.5"),
    ("m03", "68亿2千万元", 6820000000, "元", "exact", "level", "money", LS, "2025", "一般公共预算支出完成68亿2千万元"),
    ("m03", "百分之2.1", 2.1, "%", "exact", "change", "percent", LS, "2025", "68亿2千万元，增长百分之2.1"),
    ("m03", "55亿元", 5500000000, "元", "exact", "level", "money", LS, "2025", "民生支出55亿元"),
    ("m03", "百分之80.6", 80.6, "%", "exact", "level", "percent", LS, "2025", "占比百分之80.6"),
    ("m03", "31亿5千万元", 3150000000, "元", "exact", "level", "money", LS, "2025", "全年争取上级转移支付资金31亿5千万元"),
    ("m03", "2亿3千万元", 230000000, "元", "exact", "change", "money", LS, "2025", "比上年多了2亿3千万元"),
    ("m03", "4亿8千万元", 480000000, "元", "exact", "level", "money", LS, "2025", "全年新增减税降费4亿8千万元"),
    ("m03", "1万2千户", 12000, "户", "exact", "level", "other", LS, "2025", "惠及市场主体1万2千户"),
    ("m03", "1亿6千万元", 160000000, "元", "exact", "level", "money", LS, "2025", "全年发放城乡低保资金1亿6千万元"),
    ("m03", "2万3千人", 23000, "人", "exact", "level", "other", LS, "2025", "保障对象2万3千人"),
    ("m03", "1万2千人", 12000, "人", "exact", "level", "jobs", LS, "2025", "城镇新增就业1万2千人"),
    ("m03", "3千2百万元", 32000000, "元", "exact", "level", "money", LS, "2025", "政府采购节约资金3千2百万元"),
    ("m03", "百分之6.8", 6.8, "%", "exact", "level", "percent", LS, "2025", "节约率百分之6.8"),
    ("m03", "百分之5左右", 5, "%", "approx", "target", "percent", LS, "2026", "一般公共预算收入预期增长百分之5左右"),
    ("m03", "70亿元以上", 7000000000, "元", "lower_bound", "target", "money", LS, "2026", "一般公共预算支出安排70亿元以上"),
    ("m04", "286.4亿元", 28640000000, "元", "exact", "level", "money", JZ, "2025", "全县地区生产总值286.4亿元"),
    ("m04", "5.6%", 5.6, "%", "exact", "change", "percent", JZ, "2025", "比上年增长5.6%"),
    ("m04", "38.62亿元", 3862000000, "元", "exact", "level", "money", JZ, "2025", "第一产业增加值38.62亿元"),
    ("m04", "3.4%", 3.4, "%", "exact", "change", "percent", JZ, "2025", "38.62亿元，增长3.4%"),
    ("m04", "96.15亿元", 9615000000, "元", "exact", "level", "money", JZ, "2025", "第二产业增加值96.15亿元"),
    ("m04", "6.2%", 6.2, "%", "exact", "change", "percent", JZ, "2025", "96.15亿元，增长6.2%"),
    ("m04", "151.63亿元", 15163000000, "元", "exact", "level", "money", JZ, "2025", "第三产业增加值151.63亿元"),
    ("m04", "5.7%", 5.7, "%", "exact", "change", "percent", JZ, "2025", "151.63亿元，增长5.7%"),
    ("m04", "16.8万吨", 168000, "吨", "exact", "level", "other", JZ, "2025", "全年粮食总产量16.8万吨"),
    ("m04", "1.2%", 1.2, "%", "exact", "change", "percent", JZ, "2025", "16.8万吨，增长1.2%"),
    ("m04", "1.06万吨", 10600, "吨", "exact", "level", "other", JZ, "2025", "茶叶产量1.06万吨"),
    ("m04", "4.5%", 4.5, "%", "exact", "change", "percent", JZ, "2025", "1.06万吨，增长4.5%"),
    ("m04", "68.2亿元", 6820000000, "元", "exact", "level", "money", JZ, "2025", "茶产业综合产值68.2亿元"),
    ("m04", "1386万人次", 13860000, "人次", "exact", "level", "other", JZ, "2025", "全年接待游客1386万人次"),
    ("m04", "8.6%", 8.6, "%", "exact", "change", "percent", JZ, "2025", "1386万人次，增长8.6%"),
    ("m04", "92.4亿元", 9240000000, "元", "exact", "level", "money", JZ, "2025", "实现旅游综合收入92.4亿元"),
    ("m04", "9.1%", 9.1, "%", "exact", "change", "percent", JZ, "2025", "92.4亿元，增长9.1%"),
    ("m04", "41260元", 41260, "元", "exact", "level", "money", JZ, "2025", "全县城镇居民人均可支配收入41260元"),
    ("m04", "4.6%", 4.6, "%", "exact", "change", "percent", JZ, "2025", "41260元，增长4.6%"),
    ("m04", "19860元", 19860, "元", "exact", "level", "money", JZ, "2025", "农村居民人均可支配收入19860元"),
    ("m04", "6.9%", 6.9, "%", "exact", "change", "percent", JZ, "2025", "19860元，增长6.9%"),
    ("m04", "4860人", 4860, "人", "exact", "level", "jobs", JZ, "2025", "全年城镇新增就业4860人"),
    ("m04", "3120张", 3120, "张", "exact", "level", "beds", JZ, "2025", "年末全县医疗卫生机构实有床位3120张"),
    ("m04", "2240张", 2240, "张", "exact", "level", "beds", JZ, "2025", "其中医院床位2240张"),
    ("m05", "1086万吨", 10860000, "吨", "exact", "level", "other", DX, "2025", "东兴市口岸进出口货运量1086万吨"),
    ("m05", "7.4%", 7.4, "%", "exact", "change", "percent", DX, "2025", "1086万吨，同比增长7.4%"),
    ("m05", "826.5亿元", 82650000000, "元", "exact", "level", "money", DX, "2025", "进出口贸易总额826.5亿元"),
    ("m05", "5.2%", 5.2, "%", "exact", "change", "percent", DX, "2025", "826.5亿元，增长5.2%"),
    ("m05", "42.6万辆次", 426000, "辆次", "exact", "level", "other", DX, "2025", "全年出入境车辆42.6万辆次"),
    ("m05", "586.3万人次", 5863000, "人次", "exact", "level", "other", DX, "2025", "出入境人员586.3万人次"),
    ("m05", "21.5%", 21.5, "%", "exact", "change", "percent", DX, "2025", "586.3万人次，增长21.5%"),
    ("m05", "286.2亿元", 28620000000, "元", "exact", "level", "money", DX, "2025", "全市边民互市贸易额286.2亿元"),
    ("m05", "1.26万名", 12600, "名", "exact", "level", "other", DX, "2025", "带动1.26万名边民增收"),
    ("m05", "126家", 126, "家", "exact", "level", "other", DX, "2025", "落地加工企业126家"),
    ("m05", "5680人", 5680, "人", "exact", "level", "jobs", DX, "2025", "全年城镇新增就业5680人"),
    ("m05", "2.4%", 2.4, "%", "exact", "level", "jobs", DX, "2025", "城镇登记失业率2.4%"),
    ("m05", "3.42万人", 34200, "人", "exact", "level", "jobs", DX, "2025", "农村劳动力转移就业3.42万人"),
    ("m05", "900亿元", 90000000000, "元", "lower_bound", "target", "money", DX, "2026", "进出口贸易总额突破900亿元"),
    ("m05", "5800人以上", 5800, "人", "lower_bound", "target", "jobs", DX, "2026", "城镇新增就业5800人以上"),
    # the English restatements: optional; a percent keeps its value, a number in English units pairs on its quote
    ("m05", "7.4%", 7.4, "%", "exact", "change", "percent", DX, "2025", "up 7.4% year on year", OPT),
    ("m05", "5.2%", 5.2, "%", "exact", "change", "percent", DX, "2025", "82.65 billion yuan, up 5.2%", OPT),
    ("m05", "21.5%", 21.5, "%", "exact", "change", "percent", DX, "2025", "5.863 million times in the year, up 21.5%", OPT),
    ("m05", "2.4%", 2.4, "%", "exact", "level", "jobs", DX, "2025", "unemployment rate of 2.4%", OPT),
    ("m05", "10.86", None, "吨", "exact", "level", "other", DX, "2025", "totaled 10.86 million tonnes", OPT),
    ("m05", "82.65", None, "元", "exact", "level", "money", DX, "2025", "trade reached 82.65 billion yuan", OPT),
    ("m05", "426,000", None, "辆次", "exact", "level", "other", DX, "2025", "crossed the border 426,000 times", OPT),
    ("m05", "5.863", None, "人次", "exact", "level", "other", DX, "2025", "travelers 5.863 million times", OPT),
    ("m05", "28.62", None, "元", "exact", "level", "money", DX, "2025", "trade totaled 28.62 billion yuan", OPT),
    ("m05", "12,600", None, "名", "exact", "level", "other", DX, "2025", "incomes of 12,600 border residents", OPT),
    ("m05", "126", None, "家", "exact", "level", "other", DX, "2025", "126 processing enterprises", OPT),
    ("m05", "5,680", None, "人", "exact", "level", "jobs", DX, "2025", "created 5,680 new urban jobs", OPT),
    ("m05", "34,200", None, "人", "exact", "level", "jobs", DX, "2025", "34,200 rural workers", OPT),
    ("m05", "90", None, "元", "lower_bound", "target", "money", DX, "2026", "total trade above 90 billion yuan", OPT),
    ("m05", "5,800", None, "人", "lower_bound", "target", "jobs", DX, "2026", "more than 5,800 new urban jobs", OPT),
]


def _probe(doc: str, ctx: str) -> str:
    """The text a context must lie in: the text as written (m02's struck drafts with their marks, for the drafts'
    contexts; the clean text for the rest), m04's article clean, lines joined."""
    if doc == "m02":
        return M02_CLEAN.replace("\n", "") if "~~" not in ctx else TEXTS["m02"].decode("utf-8").replace("\n", "")
    if doc == "m04":
        return "".join(M04_PARAS)
    return TEXTS[doc].decode("utf-8").replace("\n", "")


def main() -> None:
    """Write the texts, the manifest and the gold (damaged28's `write_set`), after checking that each damage
    reads back to the clean text where it should: m02 without its drafts and highlights, m04 unescaped twice."""
    m02 = TEXTS["m02"].decode("utf-8")
    undrafted = "".join(part for i, part in enumerate(m02.split("~~")) if i % 2 == 0)
    assert undrafted.replace("==", "") == M02_CLEAN
    desc = TEXTS["m04"].decode("utf-8").split("<description>")[2].split("</description>")[0]
    article = html.unescape(html.unescape(desc)).replace("<strong>", "").replace("</strong>", "")
    assert article.replace("\xa0", "").replace('<p style="text-indent:2em;">', "").split("</p>")[:-1] == M04_PARAS
    write_set(OUT, TEXTS, MANIFEST, F, _probe)


if __name__ == "__main__":
    main()
