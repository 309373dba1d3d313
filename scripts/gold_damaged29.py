"""Build data/gold/damaged29: five texts of our own, each damaged the way text really comes to us (one kind a text):

- w01 (盈江县, health): a page saved from a browser as text: HTML character references left in (&nbsp; &gt;
  &ldquo; &rdquo;), a <br> at each line's end, a breadcrumb, 发布时间/来源/浏览次数, 上一篇/下一篇 lines with their
  dates, and the footer (版权所有, 网站标识码, ICP number, a visitor counter).
- w02 (陇川县, jobs and social security): a Word document exported to text: a table in | pipes with its rule row, a
  second table in runs of tabs, footnote numbers glued after the figures (the superscript lost: 2860人1), page
  breaks as form feeds and the notes at the end.
- w03 (镇康县, a statistics bulletin): a two-column PDF page read across by a naive extractor: each line is the
  left column's line and the right column's, joined with spaces (the columns are cut from the text by code below,
  never inside a number).
- w04 (喀什日报, a newspaper page): the 麦盖提县 lead on page 1 breaks off at （下转第2版）, a brief on 叶城县
  follows, and on page 2 its （上接第1版） continuation ends straight on another article's lines (泽普县).
- w05 (察哈尔右翼中旗, farming): a GBK file with full-width digits in some figures (１２６．８万亩, ０．５%).

The gold is written by hand from the text per /work/shared/gold/GUIDE.md, never from what stats extracts. Quotes
are written in half-width digits, without spaces (GUIDE: as if unbroken).

    .venv/bin/python scripts/gold_damaged29.py      # writes data/gold/damaged29/{texts,damaged29.jsonl}
"""
# ruff: noqa: E501, RUF001  (the texts are written as the pages are, full-width marks included)

from __future__ import annotations

import html
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
from gold_damaged28 import write_set  # noqa: E402

OUT = ROOT / "data" / "gold" / "damaged29"

W01 = """您当前的位置：首页&nbsp;&gt;&nbsp;政务公开&nbsp;&gt;&nbsp;部门动态<br>
盈江县2025年卫生健康事业发展成效明显<br>
发布时间：2026-03-12&nbsp;10:26&nbsp;&nbsp;来源：盈江县卫生健康局&nbsp;&nbsp;浏览次数：&nbsp;532<br>
&nbsp;&nbsp;&nbsp;&nbsp;2025年，盈江县围绕&ldquo;健康盈江&rdquo;建设目标，持续深化医药卫生体制改革。截至2025年末，全县共有医疗卫生机构312个，实有床位2146张，比上年末增加158张，增长7.9%；每千常住人口床位7.12张。<br>
&nbsp;&nbsp;&nbsp;&nbsp;全年总诊疗人次182.6万人次，同比增长4.3%；出院患者6.84万人次。县人民医院住院综合楼投入使用，新增床位300张，编制床位达到800张。<br>
&nbsp;&nbsp;&nbsp;&nbsp;全县卫生技术人员2380人，全年新增执业（助理）医师126人，每千常住人口执业（助理）医师2.61人。<br>
&nbsp;&nbsp;&nbsp;&nbsp;今年，全县将新增医疗卫生床位200张以上，力争每千常住人口床位达到7.5张。<br>
<br>
【打印本页】&nbsp;&nbsp;【关闭窗口】<br>
上一篇：盈江县开展春季爱国卫生运动&nbsp;&nbsp;2026-03-05<br>
下一篇：德宏州卫生健康工作会议召开&nbsp;&nbsp;2026-02-20<br>
版权所有：盈江县人民政府&nbsp;&nbsp;主办：盈江县人民政府办公室<br>
网站标识码：5331230001&nbsp;&nbsp;滇ICP备05004321号-1&nbsp;&nbsp;您是第1286534位访问者<br>
"""

W02 = """陇川县人力资源和社会保障局2025年工作总结

一、就业工作
2025年，全县城镇新增就业2860人1，完成州下达目标任务的110.0%；城镇调查失业率4.6%。全年新增农村劳动力转移就业5120人，农村劳动力转移就业总量达到11.3万人，其中省外转移3.2万人，实现劳务收入42.6亿元2。
表1  2025年陇川县就业主要指标
|指标|单位|2025年|比上年增长（%）|
|---|---|---|---|
|城镇新增就业|人|2860|3.6|
|农村劳动力转移就业|万人|11.3|2.7|
|劳务收入|亿元|42.6|6.2|
\f二、社会保障
全年城乡居民基本养老保险参保人数达到14.8万人，参保率96.5%；发放城乡居民基础养老金1.12亿元。全县城乡低保对象1.26万人，全年发放低保资金9860万元。
表2  2025年社会保险参保情况
险种\t\t\t参保人数（万人）\t比上年增长（%）
城乡居民基本养老保险\t14.8\t\t\t2.1
城乡居民基本医疗保险\t26.4\t\t\t1.8
工伤保险\t\t\t1.35\t\t\t6.3
三、2026年工作打算
2026年，力争城镇新增就业2900人以上，农村劳动力转移就业总量稳定在11万人以上。
\f注：
1 数据来源于全省就业信息监测系统。
2 劳务收入为抽样调查推算数。
"""

W03_HEAD = """镇康县2025年国民经济和社会发展统计公报
镇康县统计局
2026年3月30日
"""

W03_BODY = """一、综合
初步核算，全县地区生产总值完成98.36亿元，按不变价格计算，比上年增长5.8%。其中，第一产业增加值29.14亿元，增长4.6%；第二产业增加值21.05亿元，增长6.9%；第三产业增加值48.17亿元，增长5.9%。年末全县常住人口16.82万人。
二、农业
全年粮食播种面积35.6万亩，粮食总产量9.86万吨，增长2.4%。甘蔗产量62.3万吨，茶叶产量0.82万吨。
三、人民生活
全年城镇常住居民人均可支配收入39420元，增长4.8%；农村常住居民人均可支配收入15860元，增长7.1%。年末全县医疗卫生机构床位1268张，卫生技术人员1326人。全年城镇新增就业1530人。
"""

W04 = """喀什日报　2026年4月18日　星期六　第1版
麦盖提县一季度经济运行开局良好
本报讯（记者 阿依努尔·买买提）记者从麦盖提县统计局获悉，一季度，全县实现地区生产总值28.6亿元，同比增长6.2%。其中，规模以上工业增加值增长9.4%；固定资产投资完成15.2亿元，同比增长12.3%，
（下转第2版）
叶城县新增城镇就业岗位1200个
本报讯 今年以来，叶城县多措并举稳就业，一季度共开发城镇就业岗位1200个，帮助860名高校毕业生实现就业。
\f喀什日报　2026年4月18日　星期六　第2版
（上接第1版）其中工业投资5.8亿元。一季度，全县社会消费品零售总额5.36亿元，增长5.8%；城镇新增就业620人。截至3月末，全县金融机构各项存款余额186.4亿元，比年初增长3.1%。全县将力争上半年地区生产总值增长7%左右。
泽普县养老服务中心投入使用
本报讯（通讯员 古丽）新建的县养老服务中心日前正式投入使用，中心设置床位260张，可为全县600余名失能半失能老人提供集中照护服务。截至3月末，全县已建成农村幸福院42个，养老床位总数达到1860张。
"""

W05 = """察哈尔右翼中旗2025年农牧业生产情况简析
察右中旗统计局
２０２５年，全旗农牧业生产总体平稳。全年粮食播种面积１２６．８万亩，比上年增长０．５%；粮食总产量４２．６万吨，增长3.8%。其中，马铃薯种植面积３８．２万亩，产量１０２．４万吨，增长６．１%。
年末牛存栏８．６万头，比上年增长２．４%；羊存栏１０６．３万只，下降１．２%；全年肉类总产量４．１２万吨，增长0.9%。
全年农牧民人均可支配收入16280元，增长７．２%。全旗建成高标准农田５．６万亩，新增节水灌溉面积１．２万亩。
2026年，全旗计划粮食播种面积稳定在１２５万亩以上。
"""

COLUMN = 20  # a column's width in full-width characters
GAP = 4  # the spaces at least between the columns


def _width(text: str) -> int:
    """Half-width units a string takes on the page (a Han character or full-width mark two, a digit one)."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _wrap(paragraph: str) -> list[str]:
    """A paragraph's lines in a column COLUMN wide; a number and its unit are never cut, nor a line opened
    on a mark (typesetters keep to both)."""
    lines, line = [], ""
    for token in re.findall(r"[\d.]+[%万亿元张人吨亩个]*|.", paragraph):
        if line and _width(line + token) > 2 * COLUMN and token not in "，。；、）":  # (no line opens on a mark)
            lines.append(line)
            line = ""
        line += token
    return [*lines, line] if line else lines


def two_columns(body: str) -> str:
    """The body set in two columns and read across: the left half of the lines beside the right half."""
    lines = [ln for p in body.splitlines() for ln in _wrap(p)]
    half = (len(lines) + 1) // 2
    left, right = lines[:half], lines[half:]
    out = []
    for i, ln in enumerate(left):
        other = right[i] if i < len(right) else ""
        out.append((ln + " " * (2 * COLUMN - _width(ln) + GAP) + other).rstrip())
    return "\n".join(out) + "\n"


W03 = W03_HEAD + two_columns(W03_BODY)

TEXTS = {"w01": W01.encode("utf-8"), "w02": W02.encode("utf-8"), "w03": W03.encode("utf-8"),
         "w04": W04.encode("utf-8"), "w05": W05.encode("gbk")}

MANIFEST = [("w01", "2026-03-12", "盈江县人民政府网"), ("w02", "2026-01-28", "陇川县人力资源和社会保障局"),
            ("w03", "2026-03-30", "镇康县统计局"), ("w04", "2026-04-18", "喀什日报"),
            ("w05", "2026-02-10", "察哈尔右翼中旗统计局")]

# (doc, quote, value, measure, qualifier, role, topic, place, period, context[, tier])
Y, L, Z, M = "盈江县", "陇川县", "镇康县", "麦盖提县"
C = "察哈尔右翼中旗"
F: list[tuple] = [
    ("w01", "312个", 312, "个", "exact", "level", "other", Y, "2025", "全县共有医疗卫生机构312个"),
    ("w01", "2146张", 2146, "张", "exact", "level", "beds", Y, "2025", "实有床位2146张"),
    ("w01", "158张", 158, "张", "exact", "change", "beds", Y, "2025", "比上年末增加158张"),
    ("w01", "7.9%", 7.9, "%", "exact", "change", "percent", Y, "2025", "158张，增长7.9%"),
    ("w01", "7.12张", 7.12, "张", "exact", "level", "beds", Y, "2025", "每千常住人口床位7.12张"),
    ("w01", "182.6万人次", 1826000, "人次", "exact", "level", "other", Y, "2025", "全年总诊疗人次182.6万人次"),
    ("w01", "4.3%", 4.3, "%", "exact", "change", "percent", Y, "2025", "同比增长4.3%"),
    ("w01", "6.84万人次", 68400, "人次", "exact", "level", "other", Y, "2025", "出院患者6.84万人次"),
    ("w01", "300张", 300, "张", "exact", "level", "beds", Y, "2025", "新增床位300张"),
    ("w01", "800张", 800, "张", "exact", "level", "beds", Y, "2025", "编制床位达到800张"),
    ("w01", "2380人", 2380, "人", "exact", "level", "other", Y, "2025", "全县卫生技术人员2380人"),
    ("w01", "126人", 126, "人", "exact", "level", "other", Y, "2025", "新增执业（助理）医师126人"),
    ("w01", "2.61人", 2.61, "人", "exact", "level", "other", Y, "2025", "每千常住人口执业（助理）医师2.61人"),
    ("w01", "200张以上", 200, "张", "lower_bound", "target", "beds", Y, "2026", "新增医疗卫生床位200张以上"),
    ("w01", "7.5张", 7.5, "张", "exact", "target", "beds", Y, "2026", "力争每千常住人口床位达到7.5张"),

    ("w02", "2860人", 2860, "人", "exact", "level", "jobs", L, "2025", "全县城镇新增就业2860人"),
    ("w02", "110.0%", 110.0, "%", "exact", "level", "jobs", L, "2025", "完成州下达目标任务的110.0%"),
    ("w02", "4.6%", 4.6, "%", "exact", "level", "jobs", L, "2025", "城镇调查失业率4.6%"),
    ("w02", "5120人", 5120, "人", "exact", "level", "jobs", L, "2025", "新增农村劳动力转移就业5120人"),
    ("w02", "11.3万人", 113000, "人", "exact", "level", "jobs", L, "2025", "转移就业总量达到11.3万人"),
    ("w02", "3.2万人", 32000, "人", "exact", "level", "jobs", L, "2025", "其中省外转移3.2万人"),
    ("w02", "42.6亿元", 4260000000, "元", "exact", "level", "money", L, "2025", "实现劳务收入42.6亿元"),
    ("w02", "2860", 2860, "人", "exact", "level", "jobs", L, "2025", "|城镇新增就业|人|2860|3.6|"),
    ("w02", "3.6", 3.6, "%", "exact", "change", "percent", L, "2025", "|城镇新增就业|人|2860|3.6|"),
    ("w02", "11.3", 113000, "人", "exact", "level", "jobs", L, "2025", "|农村劳动力转移就业|万人|11.3|2.7|"),
    ("w02", "2.7", 2.7, "%", "exact", "change", "percent", L, "2025", "|农村劳动力转移就业|万人|11.3|2.7|"),
    ("w02", "42.6", 4260000000, "元", "exact", "level", "money", L, "2025", "|劳务收入|亿元|42.6|6.2|"),
    ("w02", "6.2", 6.2, "%", "exact", "change", "percent", L, "2025", "|劳务收入|亿元|42.6|6.2|"),
    ("w02", "14.8万人", 148000, "人", "exact", "level", "other", L, "2025", "基本养老保险参保人数达到14.8万人"),
    ("w02", "96.5%", 96.5, "%", "exact", "level", "percent", L, "2025", "参保率96.5%"),
    ("w02", "1.12亿元", 112000000, "元", "exact", "level", "money", L, "2025", "发放城乡居民基础养老金1.12亿元"),
    ("w02", "1.26万人", 12600, "人", "exact", "level", "other", L, "2025", "全县城乡低保对象1.26万人"),
    ("w02", "9860万元", 98600000, "元", "exact", "level", "money", L, "2025", "全年发放低保资金9860万元"),
    ("w02", "14.8", 148000, "人", "exact", "level", "other", L, "2025", "城乡居民基本养老保险|14.8|2.1"),
    ("w02", "2.1", 2.1, "%", "exact", "change", "percent", L, "2025", "城乡居民基本养老保险|14.8|2.1"),
    ("w02", "26.4", 264000, "人", "exact", "level", "other", L, "2025", "城乡居民基本医疗保险|26.4|1.8"),
    ("w02", "1.8", 1.8, "%", "exact", "change", "percent", L, "2025", "城乡居民基本医疗保险|26.4|1.8"),
    ("w02", "1.35", 13500, "人", "exact", "level", "other", L, "2025", "工伤保险|1.35|6.3"),
    ("w02", "6.3", 6.3, "%", "exact", "change", "percent", L, "2025", "工伤保险|1.35|6.3"),
    ("w02", "2900人以上", 2900, "人", "lower_bound", "target", "jobs", L, "2026", "力争城镇新增就业2900人以上"),
    ("w02", "11万人以上", 110000, "人", "lower_bound", "target", "jobs", L, "2026", "转移就业总量稳定在11万人以上"),

    ("w03", "98.36亿元", 9836000000, "元", "exact", "level", "money", Z, "2025", "地区生产总值完成98.36亿元"),
    ("w03", "5.8%", 5.8, "%", "exact", "change", "percent", Z, "2025", "比上年增长5.8%"),
    ("w03", "29.14亿元", 2914000000, "元", "exact", "level", "money", Z, "2025", "第一产业增加值29.14亿元"),
    ("w03", "4.6%", 4.6, "%", "exact", "change", "percent", Z, "2025", "29.14亿元，增长4.6%"),
    ("w03", "21.05亿元", 2105000000, "元", "exact", "level", "money", Z, "2025", "第二产业增加值21.05亿元"),
    ("w03", "6.9%", 6.9, "%", "exact", "change", "percent", Z, "2025", "21.05亿元，增长6.9%"),
    ("w03", "48.17亿元", 4817000000, "元", "exact", "level", "money", Z, "2025", "第三产业增加值48.17亿元"),
    ("w03", "5.9%", 5.9, "%", "exact", "change", "percent", Z, "2025", "48.17亿元，增长5.9%"),
    ("w03", "16.82万人", 168200, "人", "exact", "level", "other", Z, "2025", "年末全县常住人口16.82万人"),
    ("w03", "35.6万亩", 356000, "亩", "exact", "level", "other", Z, "2025", "全年粮食播种面积35.6万亩"),
    ("w03", "9.86万吨", 98600, "吨", "exact", "level", "other", Z, "2025", "粮食总产量9.86万吨"),
    ("w03", "2.4%", 2.4, "%", "exact", "change", "percent", Z, "2025", "9.86万吨，增长2.4%"),
    ("w03", "62.3万吨", 623000, "吨", "exact", "level", "other", Z, "2025", "甘蔗产量62.3万吨"),
    ("w03", "0.82万吨", 8200, "吨", "exact", "level", "other", Z, "2025", "茶叶产量0.82万吨"),
    ("w03", "39420元", 39420, "元", "exact", "level", "money", Z, "2025", "城镇常住居民人均可支配收入39420元"),
    ("w03", "4.8%", 4.8, "%", "exact", "change", "percent", Z, "2025", "39420元，增长4.8%"),
    ("w03", "15860元", 15860, "元", "exact", "level", "money", Z, "2025", "农村常住居民人均可支配收入15860元"),
    ("w03", "7.1%", 7.1, "%", "exact", "change", "percent", Z, "2025", "15860元，增长7.1%"),
    ("w03", "1268张", 1268, "张", "exact", "level", "beds", Z, "2025", "医疗卫生机构床位1268张"),
    ("w03", "1326人", 1326, "人", "exact", "level", "other", Z, "2025", "卫生技术人员1326人"),
    ("w03", "1530人", 1530, "人", "exact", "level", "jobs", Z, "2025", "全年城镇新增就业1530人"),

    ("w04", "28.6亿元", 2860000000, "元", "exact", "level", "money", M, "2026Q1", "全县实现地区生产总值28.6亿元"),
    ("w04", "6.2%", 6.2, "%", "exact", "change", "percent", M, "2026Q1", "同比增长6.2%"),
    ("w04", "9.4%", 9.4, "%", "exact", "change", "percent", M, "2026Q1", "规模以上工业增加值增长9.4%"),
    ("w04", "15.2亿元", 1520000000, "元", "exact", "level", "money", M, "2026Q1", "固定资产投资完成15.2亿元"),
    ("w04", "12.3%", 12.3, "%", "exact", "change", "percent", M, "2026Q1", "同比增长12.3%"),
    ("w04", "1200个", 1200, "个", "exact", "level", "jobs", "叶城县", "2026Q1", "叶城县新增城镇就业岗位1200个"),
    ("w04", "1200个", 1200, "个", "exact", "level", "jobs", "叶城县", "2026Q1", "一季度共开发城镇就业岗位1200个"),
    ("w04", "860名", 860, "名", "exact", "level", "jobs", "叶城县", "2026Q1", "帮助860名高校毕业生实现就业"),
    ("w04", "5.8亿元", 580000000, "元", "exact", "level", "money", M, "2026Q1", "其中工业投资5.8亿元"),
    ("w04", "5.36亿元", 536000000, "元", "exact", "level", "money", M, "2026Q1", "社会消费品零售总额5.36亿元"),
    ("w04", "5.8%", 5.8, "%", "exact", "change", "percent", M, "2026Q1", "5.36亿元，增长5.8%"),
    ("w04", "620人", 620, "人", "exact", "level", "jobs", M, "2026Q1", "城镇新增就业620人"),
    ("w04", "186.4亿元", 18640000000, "元", "exact", "level", "money", M, "2026-03", "各项存款余额186.4亿元"),
    ("w04", "3.1%", 3.1, "%", "exact", "change", "percent", M, "2026-03", "比年初增长3.1%"),
    ("w04", "7%左右", 7, "%", "approx", "target", "percent", M, "2026H1", "上半年地区生产总值增长7%左右"),
    ("w04", "260张", 260, "张", "exact", "level", "beds", "泽普县", "2026", "中心设置床位260张"),
    ("w04", "600余名", 600, "名", "lower_bound", "level", "other", "泽普县", "2026", "可为全县600余名失能半失能老人"),
    ("w04", "42个", 42, "个", "exact", "level", "other", "泽普县", "2026-03", "已建成农村幸福院42个"),
    ("w04", "1860张", 1860, "张", "exact", "level", "beds", "泽普县", "2026-03", "养老床位总数达到1860张"),

    ("w05", "126.8万亩", 1268000, "亩", "exact", "level", "other", C, "2025", "全年粮食播种面积126.8万亩"),
    ("w05", "0.5%", 0.5, "%", "exact", "change", "percent", C, "2025", "比上年增长0.5%"),
    ("w05", "42.6万吨", 426000, "吨", "exact", "level", "other", C, "2025", "粮食总产量42.6万吨"),
    ("w05", "3.8%", 3.8, "%", "exact", "change", "percent", C, "2025", "42.6万吨，增长3.8%"),
    ("w05", "38.2万亩", 382000, "亩", "exact", "level", "other", C, "2025", "马铃薯种植面积38.2万亩"),
    ("w05", "102.4万吨", 1024000, "吨", "exact", "level", "other", C, "2025", "产量102.4万吨"),
    ("w05", "6.1%", 6.1, "%", "exact", "change", "percent", C, "2025", "102.4万吨，增长6.1%"),
    ("w05", "8.6万头", 86000, "头", "exact", "level", "other", C, "2025", "年末牛存栏8.6万头"),
    ("w05", "2.4%", 2.4, "%", "exact", "change", "percent", C, "2025", "比上年增长2.4%"),
    ("w05", "106.3万只", 1063000, "只", "exact", "level", "other", C, "2025", "羊存栏106.3万只"),
    ("w05", "1.2%", 1.2, "%", "exact", "change", "percent", C, "2025", "下降1.2%"),
    ("w05", "4.12万吨", 41200, "吨", "exact", "level", "other", C, "2025", "全年肉类总产量4.12万吨"),
    ("w05", "0.9%", 0.9, "%", "exact", "change", "percent", C, "2025", "4.12万吨，增长0.9%"),
    ("w05", "16280元", 16280, "元", "exact", "level", "money", C, "2025", "农牧民人均可支配收入16280元"),
    ("w05", "7.2%", 7.2, "%", "exact", "change", "percent", C, "2025", "16280元，增长7.2%"),
    ("w05", "5.6万亩", 56000, "亩", "exact", "level", "other", C, "2025", "全旗建成高标准农田5.6万亩"),
    ("w05", "1.2万亩", 12000, "亩", "exact", "level", "other", C, "2025", "新增节水灌溉面积1.2万亩"),
    ("w05", "125万亩以上", 1250000, "亩", "lower_bound", "target", "other", C, "2026", "粮食播种面积稳定在125万亩以上"),
]


_HALF = str.maketrans("０１２３４５６７８９．", "0123456789.")


def _flat(doc: str) -> str:
    """The text a context is looked up in: the page as its reader sees it (references decoded, tags, blanks and
    glued footnote numbers out, full-width digits half-width, the columns read down), lines joined; a table's
    cells joined by bars."""
    text = W03_HEAD + W03_BODY if doc == "w03" else TEXTS[doc].decode("gbk" if doc == "w05" else "utf-8")
    text = html.unescape(text.replace("<br>", "")).replace("\f", "")
    text = re.sub("\t+", "|", text)
    text = re.sub(r"(?<=[人元])[12](?=[，。])", "", text)
    text = text.translate(_HALF)
    return re.sub(r"[ \u3000\u00a0]", "", text)


def _probe(doc: str, ctx: str) -> str:
    """The text a context must lie in: lines joined, or kept where a table row's cells are joined by bars."""
    flat = _flat(doc)
    return flat if "|" in ctx else flat.replace("\n", "")


def main() -> None:
    """Write the texts, the manifest and the gold (damaged28's `write_set`)."""
    write_set(OUT, TEXTS, MANIFEST, F, _probe)


if __name__ == "__main__":
    main()
