"""Build data/gold/damaged37: five texts of our own, each in a form real text comes in that no damaged set used yet
(one kind a text; d01, d04 and d05 are typed as such texts are, d02 and d03 are written clean and damaged by the code
below):

- d01 (奇台县, Xinjiang, jobs): a note kept in reStructuredText, as a Sphinx or Read the Docs project's source: the
  title between = rules, section titles over - rules, a field list (:日期: 2026-01-22, :版本: 1.2), a contents
  directive, the figures in inline markup that rst lets stand against Han only through escaped spaces
  (就业\\ **3260**\\ 人, 贷款\\ ``1.26``\\ 亿元), a footnote reference glued after a figure (2.6%\\ [#]_), a unit's
  power as a role (万m\\ :sup:`2`), a simple table between = rules inside a table directive, a note directive with
  the plan's figures, and the footnote at the end.
- d02 (蓟州区, Tianjin, beds): a report exported by a database tool as UTF-16 little-endian with no byte-order mark
  and CRLF line ends (as bcp -w and some report writers save "Unicode" text): every ASCII character, digits
  included, is followed by a NUL byte, and no BOM says so.
- d03 (密云区, Beijing, jobs): two government SMS notices as a phone's backup exports them: each long message cut by
  the carrier into parts of 67 characters wherever that falls (inside a number too: 就业21 | 80人), each part a
  record of its own (时间：, 号码：, 内容：) that opens with its counter ((1/3)), the parts in order.
- d04 (庆元县, Zhejiang, a plan report): a Word report saved as text whose multilevel list numbers are Roman numerals
  from the Number Forms block (Ⅰ． Ⅱ． for chapters, ⅰ． ⅱ． ⅲ． for items), the chapters' followed by a tab, the items'
  by nothing, so an item's mark stands right against a number (ⅱ．12个…, ⅲ．2025年…): NFKC makes them ii.12 and
  iii.2025, which are no figures and must not read as 11.12 or 111.2025.
- d05 (宁强县, Shaanxi, an encyclopedia entry): a Wikipedia article's wikitext source: the infobox template (codes
  only: no figures), '''bold''' figures, [[links|piped]] (108国道 is a road's name), <ref> citations glued after
  figures with cite templates holding dates and ids, a named ref reused (<ref name="…" />), a wikitable
  ({| … |}, ! heads, || cells) and the categories.

The gold is written by hand from the clean texts per /work/shared/gold/GUIDE.md, never from what stats extracts:
quotes and contexts as in the clean text, table rows as their cells joined by |, values in base units.

    .venv/bin/python scripts/gold_damaged37.py      # writes data/gold/damaged37/{texts,damaged37.jsonl}
"""
# ruff: noqa: E501, RUF001  (the texts are written as the pages are, full-width marks included)
from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
from gold_damaged28 import joined, write_set  # noqa: E402

OUT = ROOT / "data" / "gold" / "damaged37"

D01 = r"""=====================================
奇台县2025年就业创业工作情况
=====================================

:作者: 奇台县人力资源和社会保障局
:日期: 2026-01-22
:版本: 1.2

.. contents:: 目录
   :depth: 2

一、总体情况
------------

2025年，奇台县城镇新增就业\ **3260**\ 人，完成自治区下达任务的\ **108.7%**\ ；城镇失业人员再就业\ **920**\ 人，就业困难人员实现就业\ **386**\ 人。年末城镇登记失业率\ **2.6%**\ [#]_。

二、农村劳动力转移就业
----------------------

全年农村劳动力转移就业\ **4.12**\ 万人次，实现劳务收入\ **6.86**\ 亿元，同比增长\ *7.4%*\ 。其中，有组织转移就业\ **1.35**\ 万人次。

三、创业带动就业
----------------

发放创业担保贷款\ ``1.26``\ 亿元，扶持创业\ ``618``\ 人，带动就业\ ``1540``\ 人。新建创业孵化基地厂房\ **1.8**\ 万m\ :sup:`2`\ ，入驻企业\ **46**\ 家。

四、重点群体就业
----------------

.. table:: 表1  2025年重点群体就业情况
   :widths: auto

   ============  ======  =======  ================
   群体          单位    2025年   比上年增长（%）
   ============  ======  =======  ================
   高校毕业生    人      1186     6.2
   脱贫劳动力    万人    2.04     3.8
   ============  ======  =======  ================

五、2026年工作安排
------------------

.. note::

   2026年，全县计划城镇新增就业\ **3000**\ 人以上，开展职业技能培训\ **6000**\ 人次。

.. rubric:: 注释

.. [#] 城镇登记失业率为年末数。
"""

D02 = """蓟州区2025年卫生健康事业发展情况
天津市蓟州区卫生健康委员会　2026年2月12日
截至2025年末，全区共有医疗卫生机构612个，其中医院21个、基层医疗卫生机构578个。全区医疗卫生机构实有床位4286张，比上年末增加236张，增长5.8%；每千常住人口床位5.16张。
全区卫生技术人员6420人，其中执业（助理）医师2680人、注册护士2530人。
全年总诊疗人次486.2万人次，同比增长4.6%；出院患者9.86万人次。二级以上公立医院病床使用率82.7%。
全年卫生健康支出18.6亿元，其中区人民医院新建住院楼投资3.4亿元，新增床位500张。
2026年，全区计划新增床位300张，每千常住人口床位达到5.5张以上。
"""

D03_A = ("【密云区人力社保局】尊敬的各位市民：2025年，密云区城镇新增就业8260人，完成全年任务的112.6%；帮扶城乡就业困难人员就业2180人，"
         "农村劳动力转移就业3120人。全年发放创业担保贷款1.28亿元，扶持创业560人，带动就业1680人。开展职业技能培训3.6万人次，"
         "新增技能人才2400人，年末城镇登记失业率控制在3%以内。2026年全区计划城镇新增就业8000人以上。详询12333。回复TD退订")
D03_B = ("【密云区人力社保局】2025年全区发放失业保险金4860万元，惠及失业人员6420人；为1260家企业发放稳岗返还资金2160万元，"
         "同比增长8.5%。全区城乡居民养老保险参保率达99.2%。回复TD退订")
_PART = 67  # characters a part of a long SMS holds (70 less the concatenation header)


def _parts(text: str) -> list[str]:
    """The message cut as the carrier cuts it: every 67 characters, wherever that falls."""
    return [text[i:i + _PART] for i in range(0, len(text), _PART)]


def _d03() -> str:
    """The backup's records: each part of each message a record, its counter before its text."""
    records = []
    for stamp, message in (("2026-01-21 10:15:", D03_A), ("2026-01-21 16:40:", D03_B)):
        parts = _parts(message)
        for i, part in enumerate(parts, 1):
            records.append(f"时间：{stamp}{30 + i:02d}\n号码：1069012333\n内容：({i}/{len(parts)}){part}\n")
    return f"短信备份导出  共{len(records)}条\n\n" + "\n".join(records)


D04 = """庆元县2025年国民经济和社会发展计划执行情况与2026年计划
庆元县发展和改革局
Ⅰ．\t2025年计划执行情况
ⅰ．经济运行总体平稳。全县实现地区生产总值126.8亿元，增长5.9%；一般公共预算收入8.62亿元，增长4.3%。
ⅱ．项目投资持续发力。全年实施重点项目86个，完成投资42.6亿元。
ⅲ．12个省市县长项目完成投资18.4亿元。
ⅳ．2025年全县规模以上工业增加值增长7.2%，新增规上企业16家。
Ⅱ．\t民生事业
ⅰ．城乡居民收入稳步增长。全体居民人均可支配收入45260元，增长5.8%；农村居民人均可支配收入32180元，增长6.9%。
ⅱ．3120人实现城镇新增就业。年末全县医疗卫生机构床位1386张。
Ⅲ．\t2026年主要预期目标
ⅰ．地区生产总值增长6%左右；
ⅱ．一般公共预算收入增长5%；
ⅲ．城镇新增就业3000人以上。
"""

D05 = """{{Infobox China county
|名称 = 宁强县
|地图 = Ningqiang mcp.png
|上级行政区 = [[汉中市]]
|行政区划代码 = 610726
|电话区号 = 0916
|邮政编码 = 724400
|车辆号牌 = 陕F
}}
'''宁强县'''是[[中华人民共和国]][[陕西省]][[汉中市]]下辖的一个[[县]]，位于陕西省西南部，地处[[嘉陵江]]和[[汉江]]源头。

== 人口 ==
2025年末，宁强县户籍人口'''32.46万人'''，常住人口'''27.8万人'''<ref name="tjgb2025" />。

== 经济 ==
2025年，宁强县实现[[地区生产总值]]'''128.6亿元'''，比上年增长5.4%<ref name="tjgb2025">{{cite web|title=宁强县2025年国民经济和社会发展统计公报|url=http://www.nq.gov.cn/zwgk/tjxx/202603/t20260318_1286.html|publisher=宁强县统计局|date=2026-03-18|accessdate=2026-04-02}}</ref>。其中，第一产业增加值21.36亿元，增长3.9%；第二产业增加值38.42亿元，增长6.2%；第三产业增加值68.82亿元，增长5.3%。

全县城镇常住居民人均可支配收入'''36420元'''，增长4.5%；农村常住居民人均可支配收入'''14860元'''，增长6.8%<ref name="tjgb2025" />。

{| class="wikitable"
|+ 2025年宁强县主要农产品产量
! 产品 !! 产量（万吨） !! 比上年增长（%）
|-
| 粮食 || 12.6 || 1.8
|-
| 茶叶 || 0.42 || 7.6
|}

== 旅游 ==
2025年，全县接待游客'''1086万人次'''，实现旅游综合收入'''62.4亿元'''<ref>{{cite news|title=宁强县2025年旅游接待人次突破千万|work=汉中日报|date=2026-01-15|id=HZRB-20260115-03}}</ref>。

== 交通 ==
[[G5京昆高速公路|京昆高速]]、[[国道108线|108国道]]和[[阳安铁路]]过境。

== 参考资料 ==
{{reflist}}

[[Category:汉中市县份]]
"""

TEXTS = {"d01": D01.encode("utf-8"), "d02": D02.replace("\n", "\r\n").encode("utf-16-le"),
         "d03": _d03().encode("utf-8"), "d04": D04.encode("utf-8"), "d05": D05.encode("utf-8")}

MANIFEST = [("d01", "2026-01-22", "奇台县人力资源和社会保障局"), ("d02", "2026-02-12", "天津市蓟州区卫生健康委员会"),
            ("d03", "2026-01-21", "密云区人力资源和社会保障局"), ("d04", "2026-02-05", "庆元县发展和改革局"),
            ("d05", "2026-04-02", "维基百科")]

# (doc, quote, value, measure, qualifier, role, topic, place, period, context[, tier])
QT, JZ, MY, QY, NQ = "奇台县", "蓟州区", "密云区", "庆元县", "宁强县"
F: list[tuple] = [
    ("d01", "3260人", 3260, "人", "exact", "level", "jobs", QT, "2025", "奇台县城镇新增就业3260人"),
    ("d01", "108.7%", 108.7, "%", "exact", "level", "jobs", QT, "2025", "完成自治区下达任务的108.7%"),
    ("d01", "920人", 920, "人", "exact", "level", "jobs", QT, "2025", "城镇失业人员再就业920人"),
    ("d01", "386人", 386, "人", "exact", "level", "jobs", QT, "2025", "就业困难人员实现就业386人"),
    ("d01", "2.6%", 2.6, "%", "exact", "level", "jobs", QT, "2025", "年末城镇登记失业率2.6%"),
    ("d01", "4.12万人次", 41200, "人次", "exact", "level", "jobs", QT, "2025", "全年农村劳动力转移就业4.12万人次"),
    ("d01", "6.86亿元", 686000000, "元", "exact", "level", "money", QT, "2025", "实现劳务收入6.86亿元"),
    ("d01", "7.4%", 7.4, "%", "exact", "change", "percent", QT, "2025", "同比增长7.4%"),
    ("d01", "1.35万人次", 13500, "人次", "exact", "level", "jobs", QT, "2025", "有组织转移就业1.35万人次"),
    ("d01", "1.26亿元", 126000000, "元", "exact", "level", "money", QT, "2025", "发放创业担保贷款1.26亿元"),
    ("d01", "618人", 618, "人", "exact", "level", "jobs", QT, "2025", "扶持创业618人"),
    ("d01", "1540人", 1540, "人", "exact", "level", "jobs", QT, "2025", "带动就业1540人"),
    ("d01", "1.8万m²", 18000, "m²", "exact", "level", "other", QT, "2025", "新建创业孵化基地厂房1.8万m²"),
    ("d01", "46家", 46, "家", "exact", "level", "other", QT, "2025", "入驻企业46家"),
    ("d01", "1186", 1186, "人", "exact", "level", "jobs", QT, "2025", "高校毕业生|人|1186|6.2"),
    ("d01", "6.2", 6.2, "%", "exact", "change", "percent", QT, "2025", "高校毕业生|人|1186|6.2"),
    ("d01", "2.04", 20400, "人", "exact", "level", "jobs", QT, "2025", "脱贫劳动力|万人|2.04|3.8"),
    ("d01", "3.8", 3.8, "%", "exact", "change", "percent", QT, "2025", "脱贫劳动力|万人|2.04|3.8"),
    ("d01", "3000人以上", 3000, "人", "lower_bound", "target", "jobs", QT, "2026", "全县计划城镇新增就业3000人以上"),
    ("d01", "6000人次", 6000, "人次", "exact", "target", "jobs", QT, "2026", "开展职业技能培训6000人次"),
    ("d02", "612个", 612, "个", "exact", "level", "other", JZ, "2025", "全区共有医疗卫生机构612个"),
    ("d02", "21个", 21, "个", "exact", "level", "other", JZ, "2025", "其中医院21个"),
    ("d02", "578个", 578, "个", "exact", "level", "other", JZ, "2025", "基层医疗卫生机构578个"),
    ("d02", "4286张", 4286, "张", "exact", "level", "beds", JZ, "2025", "全区医疗卫生机构实有床位4286张"),
    ("d02", "236张", 236, "张", "exact", "change", "beds", JZ, "2025", "比上年末增加236张"),
    ("d02", "5.8%", 5.8, "%", "exact", "change", "percent", JZ, "2025", "236张，增长5.8%"),
    ("d02", "5.16张", 5.16, "张", "exact", "level", "beds", JZ, "2025", "每千常住人口床位5.16张"),
    ("d02", "6420人", 6420, "人", "exact", "level", "other", JZ, "2025", "全区卫生技术人员6420人"),
    ("d02", "2680人", 2680, "人", "exact", "level", "other", JZ, "2025", "其中执业（助理）医师2680人"),
    ("d02", "2530人", 2530, "人", "exact", "level", "other", JZ, "2025", "注册护士2530人"),
    ("d02", "486.2万人次", 4862000, "人次", "exact", "level", "other", JZ, "2025", "全年总诊疗人次486.2万人次"),
    ("d02", "4.6%", 4.6, "%", "exact", "change", "percent", JZ, "2025", "同比增长4.6%"),
    ("d02", "9.86万人次", 98600, "人次", "exact", "level", "other", JZ, "2025", "出院患者9.86万人次"),
    ("d02", "82.7%", 82.7, "%", "exact", "level", "percent", JZ, "2025", "二级以上公立医院病床使用率82.7%"),
    ("d02", "18.6亿元", 1860000000, "元", "exact", "level", "money", JZ, "2025", "全年卫生健康支出18.6亿元"),
    ("d02", "3.4亿元", 340000000, "元", "exact", "level", "money", JZ, "2025", "新建住院楼投资3.4亿元"),
    ("d02", "500张", 500, "张", "exact", "level", "beds", JZ, "2025", "新增床位500张"),
    ("d02", "300张", 300, "张", "exact", "target", "beds", JZ, "2026", "全区计划新增床位300张"),
    ("d02", "5.5张以上", 5.5, "张", "lower_bound", "target", "beds", JZ, "2026", "每千常住人口床位达到5.5张以上"),
    ("d03", "8260人", 8260, "人", "exact", "level", "jobs", MY, "2025", "密云区城镇新增就业8260人"),
    ("d03", "112.6%", 112.6, "%", "exact", "level", "jobs", MY, "2025", "完成全年任务的112.6%"),
    ("d03", "2180人", 2180, "人", "exact", "level", "jobs", MY, "2025", "帮扶城乡就业困难人员就业2180人"),
    ("d03", "3120人", 3120, "人", "exact", "level", "jobs", MY, "2025", "农村劳动力转移就业3120人"),
    ("d03", "1.28亿元", 128000000, "元", "exact", "level", "money", MY, "2025", "全年发放创业担保贷款1.28亿元"),
    ("d03", "560人", 560, "人", "exact", "level", "jobs", MY, "2025", "扶持创业560人"),
    ("d03", "1680人", 1680, "人", "exact", "level", "jobs", MY, "2025", "带动就业1680人"),
    ("d03", "3.6万人次", 36000, "人次", "exact", "level", "jobs", MY, "2025", "开展职业技能培训3.6万人次"),
    ("d03", "2400人", 2400, "人", "exact", "level", "jobs", MY, "2025", "新增技能人才2400人"),
    ("d03", "3%以内", 3, "%", "upper_bound", "level", "jobs", MY, "2025", "年末城镇登记失业率控制在3%以内"),
    ("d03", "8000人以上", 8000, "人", "lower_bound", "target", "jobs", MY, "2026", "全区计划城镇新增就业8000人以上"),
    ("d03", "4860万元", 48600000, "元", "exact", "level", "money", MY, "2025", "全区发放失业保险金4860万元"),
    ("d03", "6420人", 6420, "人", "exact", "level", "jobs", MY, "2025", "惠及失业人员6420人"),
    ("d03", "1260家", 1260, "家", "exact", "level", "other", MY, "2025", "为1260家企业"),
    ("d03", "2160万元", 21600000, "元", "exact", "level", "money", MY, "2025", "发放稳岗返还资金2160万元"),
    ("d03", "8.5%", 8.5, "%", "exact", "change", "percent", MY, "2025", "同比增长8.5%"),
    ("d03", "99.2%", 99.2, "%", "exact", "level", "percent", MY, "2025", "全区城乡居民养老保险参保率达99.2%"),
    ("d04", "126.8亿元", 12680000000, "元", "exact", "level", "money", QY, "2025", "全县实现地区生产总值126.8亿元"),
    ("d04", "5.9%", 5.9, "%", "exact", "change", "percent", QY, "2025", "126.8亿元，增长5.9%"),
    ("d04", "8.62亿元", 862000000, "元", "exact", "level", "money", QY, "2025", "一般公共预算收入8.62亿元"),
    ("d04", "4.3%", 4.3, "%", "exact", "change", "percent", QY, "2025", "8.62亿元，增长4.3%"),
    ("d04", "86个", 86, "个", "exact", "level", "other", QY, "2025", "全年实施重点项目86个"),
    ("d04", "42.6亿元", 4260000000, "元", "exact", "level", "money", QY, "2025", "完成投资42.6亿元"),
    ("d04", "12个", 12, "个", "exact", "level", "other", QY, "2025", "12个省市县长项目"),
    ("d04", "18.4亿元", 1840000000, "元", "exact", "level", "money", QY, "2025", "省市县长项目完成投资18.4亿元"),
    ("d04", "7.2%", 7.2, "%", "exact", "change", "percent", QY, "2025", "规模以上工业增加值增长7.2%"),
    ("d04", "16家", 16, "家", "exact", "level", "other", QY, "2025", "新增规上企业16家"),
    ("d04", "45260元", 45260, "元", "exact", "level", "money", QY, "2025", "全体居民人均可支配收入45260元"),
    ("d04", "5.8%", 5.8, "%", "exact", "change", "percent", QY, "2025", "45260元，增长5.8%"),
    ("d04", "32180元", 32180, "元", "exact", "level", "money", QY, "2025", "农村居民人均可支配收入32180元"),
    ("d04", "6.9%", 6.9, "%", "exact", "change", "percent", QY, "2025", "32180元，增长6.9%"),
    ("d04", "3120人", 3120, "人", "exact", "level", "jobs", QY, "2025", "3120人实现城镇新增就业"),
    ("d04", "1386张", 1386, "张", "exact", "level", "beds", QY, "2025", "年末全县医疗卫生机构床位1386张"),
    ("d04", "6%左右", 6, "%", "approx", "target", "percent", QY, "2026", "地区生产总值增长6%左右"),
    ("d04", "5%", 5, "%", "exact", "target", "percent", QY, "2026", "一般公共预算收入增长5%"),
    ("d04", "3000人以上", 3000, "人", "lower_bound", "target", "jobs", QY, "2026", "城镇新增就业3000人以上"),
    ("d05", "32.46万人", 324600, "人", "exact", "level", "other", NQ, "2025", "宁强县户籍人口32.46万人"),
    ("d05", "27.8万人", 278000, "人", "exact", "level", "other", NQ, "2025", "常住人口27.8万人"),
    ("d05", "128.6亿元", 12860000000, "元", "exact", "level", "money", NQ, "2025", "宁强县实现地区生产总值128.6亿元"),
    ("d05", "5.4%", 5.4, "%", "exact", "change", "percent", NQ, "2025", "比上年增长5.4%"),
    ("d05", "21.36亿元", 2136000000, "元", "exact", "level", "money", NQ, "2025", "第一产业增加值21.36亿元"),
    ("d05", "3.9%", 3.9, "%", "exact", "change", "percent", NQ, "2025", "21.36亿元，增长3.9%"),
    ("d05", "38.42亿元", 3842000000, "元", "exact", "level", "money", NQ, "2025", "第二产业增加值38.42亿元"),
    ("d05", "6.2%", 6.2, "%", "exact", "change", "percent", NQ, "2025", "38.42亿元，增长6.2%"),
    ("d05", "68.82亿元", 6882000000, "元", "exact", "level", "money", NQ, "2025", "第三产业增加值68.82亿元"),
    ("d05", "5.3%", 5.3, "%", "exact", "change", "percent", NQ, "2025", "68.82亿元，增长5.3%"),
    ("d05", "36420元", 36420, "元", "exact", "level", "money", NQ, "2025", "全县城镇常住居民人均可支配收入36420元"),
    ("d05", "4.5%", 4.5, "%", "exact", "change", "percent", NQ, "2025", "36420元，增长4.5%"),
    ("d05", "14860元", 14860, "元", "exact", "level", "money", NQ, "2025", "农村常住居民人均可支配收入14860元"),
    ("d05", "6.8%", 6.8, "%", "exact", "change", "percent", NQ, "2025", "14860元，增长6.8%"),
    ("d05", "12.6", 126000, "吨", "exact", "level", "other", NQ, "2025", "粮食|12.6|1.8"),
    ("d05", "1.8", 1.8, "%", "exact", "change", "percent", NQ, "2025", "粮食|12.6|1.8"),
    ("d05", "0.42", 4200, "吨", "exact", "level", "other", NQ, "2025", "茶叶|0.42|7.6"),
    ("d05", "7.6", 7.6, "%", "exact", "change", "percent", NQ, "2025", "茶叶|0.42|7.6"),
    ("d05", "1086万人次", 10860000, "人次", "exact", "level", "other", NQ, "2025", "全县接待游客1086万人次"),
    ("d05", "62.4亿元", 6240000000, "元", "exact", "level", "money", NQ, "2025", "实现旅游综合收入62.4亿元"),
]


def _rows(text: str) -> str:
    """A table's rows with their cells joined by |: an rst simple table's cells are two or more spaces apart, a
    wikitable row's cells || apart after its opening |."""
    out = []
    for line in text.split("\n"):
        line = line.strip()
        if line.startswith("| ") and "||" in line:
            out.append("|".join(c.strip() for c in line[2:].split("||")))
        elif re.search(r"\S {2,}\S", line) and not line.startswith(("=", ":")):
            out.append("|".join(re.split(r" {2,}", line)))
    return "\n".join(out)


def _clean(doc: str) -> str:
    """The text a context must lie in: the markup of d01 and d05 taken out, d03's parts joined, d04's marks dropped."""
    if doc == "d01":
        text = D01.replace(":sup:`2`", "²").replace("\\ ", "").replace("**", "").replace("``", "").replace("*", "")
        return text.replace("[#]_", "") + _rows(D01)
    if doc == "d03":
        return D03_A + D03_B
    if doc == "d04":
        return re.sub("[\u2160-\u217f]．\t?", "", D04)
    if doc == "d05":
        text = re.sub(r"<ref[^>]*?/>|<ref[^>]*>.*?</ref>", "", D05)
        text = re.sub(r"\[\[(?:[^]|]*\|)?([^]]*)\]\]", r"\1", text).replace("'''", "")
        return text + _rows(D05)
    return D02


# the clean text, lines joined (table rows kept a line each, for contexts with |)
_probe = joined(_clean, rows_kept=True)


def main() -> None:
    """Write the texts, the manifest and the gold (damaged28's `write_set`), after checking that the damage of d02
    and d03 reads back to the clean text and that d04's marks are the Number Forms' (which NFKC folds to Latin)."""
    assert b"\xff\xfe" not in TEXTS["d02"][:2] and TEXTS["d02"].decode("utf-16-le").replace("\r\n", "\n") == D02
    parts = re.findall(r"内容：\(\d/\d\)(.*)", TEXTS["d03"].decode("utf-8"))
    assert "".join(parts) == D03_A + D03_B
    assert unicodedata.normalize("NFKC", "ⅲ．2025") == "iii.2025"
    write_set(OUT, TEXTS, MANIFEST, F, _probe)


if __name__ == "__main__":
    main()
