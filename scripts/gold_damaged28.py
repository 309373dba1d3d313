"""Build data/gold/damaged28: five texts of our own, written already damaged the way text copied from government
websites and scans really is (the damage is typed by hand here, not made by code: each kind is in one text).

- h01 (临澧县, jobs): a web page saved as text: breadcrumb navigation, the headline, a 发布时间/来源/浏览次数 line,
  【字体：大 中 小】 打印本页 分享到, the article (去年 / 今年 only: its year comes from the page's date), a
  【打印本页】【关闭窗口】 line and a 相关链接 list of other articles with their dates (one with a figure of its own).
- h02 (玛曲县, a statistics bulletin): an OCR'd scan: spaces inside words and inside two numbers (4 2.68, 38 650),
  。 read as . , half-width commas, the page number "- 1 -" and the bulletin's title repeated as a running head
  between the lines of the text, and a date line under the title.
- h03 (清水河县, a quarterly analysis): a table flattened one cell per line (head row, then label, unit, value,
  growth, each cell on its own line; a dash for an empty cell) inside the report's prose.
- h04 (靖边县, livelihood projects): ①②③ footnote marks glued to numbers (18.6亿元①, 5260人②) and the notes
  under the article.
- h05 (吴堡县, health statistics): Windows line ends (CRLF) and a tab-separated table between two paragraphs.

The gold is written by hand from the text per /work/shared/gold/GUIDE.md, never from what stats extracts. Quotes
are written without spaces, in half-width digits (GUIDE: as if unbroken).

    .venv/bin/python scripts/gold_damaged28.py      # writes data/gold/damaged28/{texts,damaged28.jsonl}
"""
# ruff: noqa: E501, RUF001  (the texts are written as the pages are, full-width marks included)

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "data" / "gold" / "damaged28"

H01 = """首页 > 新闻中心 > 部门动态
临澧县城镇新增就业超额完成年度目标
发布时间：2026-01-20 09:32　来源：临澧县人力资源和社会保障局　浏览次数：1286
【字体：大 中 小】　打印本页　分享到：
　　近日，记者从临澧县人力资源和社会保障局获悉，去年全县城镇新增就业3120人，完成年度目标任务的104.0%；城镇失业人员再就业860人，就业困难人员实现就业215人，城镇调查失业率控制在5.2%以内。
　　去年全县新增农村劳动力转移就业3860人，农村劳动力转移就业总量达到14.2万人，实现劳务收入68.5亿元，同比增长6.1%。全年发放创业担保贷款1.36亿元，扶持创业620人，带动就业2150人，开展职业技能培训5400人次。
　　今年，临澧县将力争城镇新增就业3200人以上，新增农村劳动力转移就业3500人。
【打印本页】【关闭窗口】
相关链接：
· 临澧县召开就业工作会议部署今年重点任务　2026-01-08
· 常德市去年城镇新增就业5.8万人　2026-01-15
· 临澧县举办冬季就业招聘会　2025-12-19
"""

H02 = """玛曲县2025年国民经济和社会发展统计公报
玛 曲 县 统 计 局
2026年3月20日
一、综 合
初步核算,全县地区生产总值完成4 2.68亿元,按不变价格计算,比上年增长5.6% .其中,第一产业增加值18.25亿元,增长5.9%;第二产
业增加值6.12亿元,增长4.8%;第三产业增加值18.31亿元,增长5.7%.
- 1 -
玛曲县2025年国民经济和社会发展统计公报
二、农 牧 业
年末各类牲畜存栏112.6万头(只),比上年增长1.8%;全年牲畜出栏48.3万头(只),增长3.2%.肉类总产量2.86万吨,增长4.1%;牛奶产
量3.92万吨.
三、人民生活和社会保障
全年城镇居民人均可支配收入38 650元,增长5.1%;农村居民人均可支配收入17820元,增长7.3%.年末全县各类医疗卫生机构床位486张,
- 2 -
玛曲县2025年国民经济和社会发展统计公报
每千人口床位8.62张.全年城镇新增就业1180人,城镇登记失业率2.9%.
"""

H03 = """清水河县一季度经济运行情况分析
清水河县统计局
今年以来，全县上下认真落实稳增长各项政策措施，经济运行开局平稳。据初步核算，一季度全县地区生产总值21.36亿元，同比增长5.2%，增速比上年同期提高0.6个百分点。主要指标情况见下表。
表1　一季度清水河县主要经济指标
指标
单位
一季度
同比增长(%)
地区生产总值
亿元
21.36
5.2
规模以上工业增加值
亿元
—
7.8
社会消费品零售总额
亿元
6.85
4.9
一般公共预算收入
亿元
2.14
6.3
农村牧区常住居民人均可支配收入
元
5870
7.1
从表中看，工业仍是拉动增长的主要力量。一季度全县规模以上工业企业32户，实现营业收入46.2亿元，增长8.4%；新增市场主体1260户。下一步，全县将力争上半年地区生产总值增长6%左右。
"""

H04 = """靖边县去年12件民生实事全部办结
本报讯（记者 马晓燕）2月6日，记者从靖边县人民政府办公室获悉，2025年县委、县政府确定的12件民生实事全部办结，累计投入资金18.6亿元①。
全年城镇新增就业5260人②，农村劳动力转移就业6.8万人①，其中县外务工4.2万人；城镇登记失业率3.1%③。新建改扩建中小学4所，新增学位3600个。县人民医院新院区投入使用，新增床位400张②，全县医疗机构床位总数达到2680张，每千人口床位7.46张③。新增养老床位320张。
全县城乡居民基础养老金月人均提高到236元①，城乡低保标准分别提高到每人每月790元、每人每年6100元。
注：①为快报数。②含市级下达任务。③按常住人口计算。
"""

H05 = """吴堡县2025年卫生健康事业发展统计简报
发布日期：2026-02-26
截至2025年末，全县共有各级各类医疗卫生机构186个，其中医院6个、基层医疗卫生机构176个。全县医疗卫生机构实有床位1126张，比上年末增加86张，增长8.3%；每千常住人口床位5.94张。卫生技术人员1432人，其中执业（助理）医师516人、注册护士628人。
表1　2025年全县主要医疗机构床位情况
机构类别\t机构数（个）\t床位数（张）\t比上年增长（%）
县级医院\t3\t618\t9.4
乡镇卫生院\t8\t392\t6.5
民营医院\t3\t116\t8.4
合计\t14\t1126\t8.3
全年总诊疗人次86.4万人次，出院人数2.36万人。2026年，全县计划新增床位120张。
"""

TEXTS = {"h01": H01.encode("utf-8"), "h02": H02.encode("utf-8"), "h03": H03.encode("utf-8"),
         "h04": H04.encode("utf-8"), "h05": H05.replace("\n", "\r\n").encode("utf-8")}

MANIFEST = [("h01", "2026-01-20", "临澧县人民政府网"), ("h02", "2026-03-20", "玛曲县统计局"),
            ("h03", "2026-04-22", "清水河县统计局"), ("h04", "2026-02-08", "榆林日报"),
            ("h05", "2026-02-26", "吴堡县卫生健康局")]

# (doc, quote, value, measure, qualifier, role, topic, place, period, context[, tier])
L, S, M, H = "临澧县", "玛曲县", "清水河县", "靖边县"
W = "吴堡县"
F: list[tuple] = [
    ("h01", "3120人", 3120, "人", "exact", "level", "jobs", L, "2025", "去年全县城镇新增就业3120人"),
    ("h01", "104.0%", 104.0, "%", "exact", "level", "jobs", L, "2025", "完成年度目标任务的104.0%"),
    ("h01", "860人", 860, "人", "exact", "level", "jobs", L, "2025", "城镇失业人员再就业860人"),
    ("h01", "215人", 215, "人", "exact", "level", "jobs", L, "2025", "就业困难人员实现就业215人"),
    ("h01", "5.2%以内", 5.2, "%", "upper_bound", "level", "jobs", L, "2025", "城镇调查失业率控制在5.2%以内"),
    ("h01", "3860人", 3860, "人", "exact", "level", "jobs", L, "2025", "新增农村劳动力转移就业3860人"),
    ("h01", "14.2万人", 142000, "人", "exact", "level", "jobs", L, "2025", "转移就业总量达到14.2万人"),
    ("h01", "68.5亿元", 6850000000, "元", "exact", "level", "money", L, "2025", "实现劳务收入68.5亿元"),
    ("h01", "6.1%", 6.1, "%", "exact", "change", "percent", L, "2025", "同比增长6.1%"),
    ("h01", "1.36亿元", 136000000, "元", "exact", "level", "money", L, "2025", "发放创业担保贷款1.36亿元"),
    ("h01", "620人", 620, "人", "exact", "level", "other", L, "2025", "扶持创业620人"),
    ("h01", "2150人", 2150, "人", "exact", "level", "jobs", L, "2025", "带动就业2150人"),
    ("h01", "5400人次", 5400, "人次", "exact", "level", "other", L, "2025", "开展职业技能培训5400人次"),
    ("h01", "3200人以上", 3200, "人", "lower_bound", "target", "jobs", L, "2026", "力争城镇新增就业3200人以上"),
    ("h01", "3500人", 3500, "人", "exact", "target", "jobs", L, "2026", "新增农村劳动力转移就业3500人"),
    ("h01", "5.8万人", 58000, "人", "exact", "level", "jobs", "常德市", "2025", "常德市去年城镇新增就业5.8万人", "optional"),

    ("h02", "42.68亿元", 4268000000, "元", "exact", "level", "money", S, "2025", "地区生产总值完成42.68亿元"),
    ("h02", "5.6%", 5.6, "%", "exact", "change", "percent", S, "2025", "比上年增长5.6%"),
    ("h02", "18.25亿元", 1825000000, "元", "exact", "level", "money", S, "2025", "第一产业增加值18.25亿元"),
    ("h02", "5.9%", 5.9, "%", "exact", "change", "percent", S, "2025", "18.25亿元,增长5.9%"),
    ("h02", "6.12亿元", 612000000, "元", "exact", "level", "money", S, "2025", "第二产业增加值6.12亿元"),
    ("h02", "4.8%", 4.8, "%", "exact", "change", "percent", S, "2025", "6.12亿元,增长4.8%"),
    ("h02", "18.31亿元", 1831000000, "元", "exact", "level", "money", S, "2025", "第三产业增加值18.31亿元"),
    ("h02", "5.7%", 5.7, "%", "exact", "change", "percent", S, "2025", "18.31亿元,增长5.7%"),
    ("h02", "112.6万头", 1126000, "头", "exact", "level", "other", S, "2025", "年末各类牲畜存栏112.6万头(只)"),
    ("h02", "1.8%", 1.8, "%", "exact", "change", "percent", S, "2025", "比上年增长1.8%"),
    ("h02", "48.3万头", 483000, "头", "exact", "level", "other", S, "2025", "全年牲畜出栏48.3万头(只)"),
    ("h02", "3.2%", 3.2, "%", "exact", "change", "percent", S, "2025", "48.3万头(只),增长3.2%"),
    ("h02", "2.86万吨", 28600, "吨", "exact", "level", "other", S, "2025", "肉类总产量2.86万吨"),
    ("h02", "4.1%", 4.1, "%", "exact", "change", "percent", S, "2025", "2.86万吨,增长4.1%"),
    ("h02", "3.92万吨", 39200, "吨", "exact", "level", "other", S, "2025", "牛奶产量3.92万吨"),
    ("h02", "38650元", 38650, "元", "exact", "level", "money", S, "2025", "城镇居民人均可支配收入38650元"),
    ("h02", "5.1%", 5.1, "%", "exact", "change", "percent", S, "2025", "38650元,增长5.1%"),
    ("h02", "17820元", 17820, "元", "exact", "level", "money", S, "2025", "农村居民人均可支配收入17820元"),
    ("h02", "7.3%", 7.3, "%", "exact", "change", "percent", S, "2025", "17820元,增长7.3%"),
    ("h02", "486张", 486, "张", "exact", "level", "beds", S, "2025", "各类医疗卫生机构床位486张"),
    ("h02", "8.62张", 8.62, "张", "exact", "level", "beds", S, "2025", "每千人口床位8.62张"),
    ("h02", "1180人", 1180, "人", "exact", "level", "jobs", S, "2025", "全年城镇新增就业1180人"),
    ("h02", "2.9%", 2.9, "%", "exact", "level", "jobs", S, "2025", "城镇登记失业率2.9%"),

    ("h03", "21.36亿元", 2136000000, "元", "exact", "level", "money", M, "2026Q1", "一季度全县地区生产总值21.36亿元"),
    ("h03", "5.2%", 5.2, "%", "exact", "change", "percent", M, "2026Q1", "同比增长5.2%"),
    ("h03", "0.6个百分点", 0.6, "百分点", "exact", "change", "percent", M, "2026Q1", "增速比上年同期提高0.6个百分点"),
    ("h03", "21.36", 2136000000, "元", "exact", "level", "money", M, "2026Q1", "地区生产总值|亿元|21.36|5.2"),
    ("h03", "5.2", 5.2, "%", "exact", "change", "percent", M, "2026Q1", "地区生产总值|亿元|21.36|5.2"),
    ("h03", "7.8", 7.8, "%", "exact", "change", "percent", M, "2026Q1", "规模以上工业增加值|亿元|—|7.8"),
    ("h03", "6.85", 685000000, "元", "exact", "level", "money", M, "2026Q1", "社会消费品零售总额|亿元|6.85|4.9"),
    ("h03", "4.9", 4.9, "%", "exact", "change", "percent", M, "2026Q1", "社会消费品零售总额|亿元|6.85|4.9"),
    ("h03", "2.14", 214000000, "元", "exact", "level", "money", M, "2026Q1", "一般公共预算收入|亿元|2.14|6.3"),
    ("h03", "6.3", 6.3, "%", "exact", "change", "percent", M, "2026Q1", "一般公共预算收入|亿元|2.14|6.3"),
    ("h03", "5870", 5870, "元", "exact", "level", "money", M, "2026Q1", "农村牧区常住居民人均可支配收入|元|5870|7.1"),
    ("h03", "7.1", 7.1, "%", "exact", "change", "percent", M, "2026Q1", "农村牧区常住居民人均可支配收入|元|5870|7.1"),
    ("h03", "32户", 32, "户", "exact", "level", "other", M, "2026Q1", "规模以上工业企业32户"),
    ("h03", "46.2亿元", 4620000000, "元", "exact", "level", "money", M, "2026Q1", "实现营业收入46.2亿元"),
    ("h03", "8.4%", 8.4, "%", "exact", "change", "percent", M, "2026Q1", "46.2亿元，增长8.4%"),
    ("h03", "1260户", 1260, "户", "exact", "level", "other", M, "2026Q1", "新增市场主体1260户"),
    ("h03", "6%左右", 6, "%", "approx", "target", "percent", M, "2026H1", "上半年地区生产总值增长6%左右"),

    ("h04", "12件", 12, "件", "exact", "level", "other", H, "2025", "靖边县去年12件民生实事全部办结", "optional"),
    ("h04", "12件", 12, "件", "exact", "level", "other", H, "2025", "确定的12件民生实事", "optional"),
    ("h04", "18.6亿元", 1860000000, "元", "exact", "level", "money", H, "2025", "累计投入资金18.6亿元"),
    ("h04", "5260人", 5260, "人", "exact", "level", "jobs", H, "2025", "全年城镇新增就业5260人"),
    ("h04", "6.8万人", 68000, "人", "exact", "level", "jobs", H, "2025", "农村劳动力转移就业6.8万人"),
    ("h04", "4.2万人", 42000, "人", "exact", "level", "jobs", H, "2025", "其中县外务工4.2万人"),
    ("h04", "3.1%", 3.1, "%", "exact", "level", "jobs", H, "2025", "城镇登记失业率3.1%"),
    ("h04", "4所", 4, "所", "exact", "level", "other", H, "2025", "新建改扩建中小学4所"),
    ("h04", "3600个", 3600, "个", "exact", "level", "other", H, "2025", "新增学位3600个"),
    ("h04", "400张", 400, "张", "exact", "level", "beds", H, "2025", "新增床位400张"),
    ("h04", "2680张", 2680, "张", "exact", "level", "beds", H, "2025", "床位总数达到2680张"),
    ("h04", "7.46张", 7.46, "张", "exact", "level", "beds", H, "2025", "每千人口床位7.46张"),
    ("h04", "320张", 320, "张", "exact", "level", "beds", H, "2025", "新增养老床位320张"),
    ("h04", "236元", 236, "元", "exact", "level", "money", H, "2025", "月人均提高到236元"),
    ("h04", "790元", 790, "元", "exact", "level", "money", H, "2025", "每人每月790元"),
    ("h04", "6100元", 6100, "元", "exact", "level", "money", H, "2025", "每人每年6100元"),

    ("h05", "186个", 186, "个", "exact", "level", "other", W, "2025", "各级各类医疗卫生机构186个"),
    ("h05", "6个", 6, "个", "exact", "level", "other", W, "2025", "其中医院6个"),
    ("h05", "176个", 176, "个", "exact", "level", "other", W, "2025", "基层医疗卫生机构176个"),
    ("h05", "1126张", 1126, "张", "exact", "level", "beds", W, "2025", "实有床位1126张"),
    ("h05", "86张", 86, "张", "exact", "change", "beds", W, "2025", "比上年末增加86张"),
    ("h05", "8.3%", 8.3, "%", "exact", "change", "percent", W, "2025", "86张，增长8.3%"),
    ("h05", "5.94张", 5.94, "张", "exact", "level", "beds", W, "2025", "每千常住人口床位5.94张"),
    ("h05", "1432人", 1432, "人", "exact", "level", "other", W, "2025", "卫生技术人员1432人"),
    ("h05", "516人", 516, "人", "exact", "level", "other", W, "2025", "执业（助理）医师516人"),
    ("h05", "628人", 628, "人", "exact", "level", "other", W, "2025", "注册护士628人"),
    ("h05", "3", 3, "个", "exact", "level", "other", W, "2025", "县级医院|3|618|9.4"),
    ("h05", "618", 618, "张", "exact", "level", "beds", W, "2025", "县级医院|3|618|9.4"),
    ("h05", "9.4", 9.4, "%", "exact", "change", "percent", W, "2025", "县级医院|3|618|9.4"),
    ("h05", "8", 8, "个", "exact", "level", "other", W, "2025", "乡镇卫生院|8|392|6.5"),
    ("h05", "392", 392, "张", "exact", "level", "beds", W, "2025", "乡镇卫生院|8|392|6.5"),
    ("h05", "6.5", 6.5, "%", "exact", "change", "percent", W, "2025", "乡镇卫生院|8|392|6.5"),
    ("h05", "3", 3, "个", "exact", "level", "other", W, "2025", "民营医院|3|116|8.4"),
    ("h05", "116", 116, "张", "exact", "level", "beds", W, "2025", "民营医院|3|116|8.4"),
    ("h05", "8.4", 8.4, "%", "exact", "change", "percent", W, "2025", "民营医院|3|116|8.4"),
    ("h05", "14", 14, "个", "exact", "level", "other", W, "2025", "合计|14|1126|8.3"),
    ("h05", "1126", 1126, "张", "exact", "level", "beds", W, "2025", "合计|14|1126|8.3"),
    ("h05", "8.3", 8.3, "%", "exact", "change", "percent", W, "2025", "合计|14|1126|8.3"),
    ("h05", "86.4万人次", 864000, "人次", "exact", "level", "other", W, "2025", "全年总诊疗人次86.4万人次"),
    ("h05", "2.36万人", 23600, "人", "exact", "level", "other", W, "2025", "出院人数2.36万人"),
    ("h05", "120张", 120, "张", "exact", "target", "beds", W, "2026", "计划新增床位120张"),
]


def _flat(text: str) -> str:
    """The text a context is looked up in: spaces, tabs and line breaks out, OCR's points and commas read back,
    a flattened table's cells joined by a bar, footnote marks dropped."""
    text = re.sub(r"\n- \d+ -\n[^\n]*统计公报\n", "", text)
    text = text.replace("\t", "|").replace("\r", "")
    text = re.sub(r"[ \u3000]", "", text)
    return re.sub("[\u2460-\u2462]", "", text)


def write_set(out: Path, texts: dict[str, bytes], manifest: list[tuple[str, str, str]], figures: list[tuple],
              probe: Callable[[str, str], str]) -> None:
    """Write a damaged set's texts, manifest and gold (out's name names the gold file), checking that each quote
    lies in its context and each context in the text `probe(doc, context)` gives: what this builder and damaged29's
    each did in their main."""
    folder = out / "texts"
    folder.mkdir(parents=True, exist_ok=True)
    for doc, data in texts.items():
        (folder / f"{doc}.txt").write_bytes(data)
    (folder / "manifest.csv").write_text("file,published,source\n" + "".join(
        f"{d}.txt,{p},{s}\n" for d, p, s in manifest), encoding="utf-8")
    rows = []
    for doc, quote, value, measure, qual, role, topic, place, period, ctx, *tier in figures:
        assert ctx in probe(doc, ctx), (doc, ctx)
        assert quote in ctx.replace("|", ""), (doc, quote, ctx)
        rows.append({"doc": doc, "quote": quote, "value": value, "value_high": None, "measure": measure,
                     "qualifier": qual, "role": role, "topic": topic, "tier": tier[0] if tier else "must",
                     "context": ctx, "place": place, "period": period})
    (out / f"{out.name}.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                                           encoding="utf-8")
    print(len(rows), "figures;", {d: sum(r["doc"] == d for r in rows) for d, *_ in manifest})


def joined(clean: Callable[[str], str], rows_kept: bool = False) -> Callable[[str, str], str]:
    """The probe the later sets (37 on) give `write_set`: a document's clean text (`clean(doc)`) with its lines
    joined, as a context runs on over a line break; with `rows_kept` a context holding | (a table row's cells) is
    looked up in the text whose lines stay apart, so it cannot run on into the next row."""

    def probe(doc: str, ctx: str) -> str:
        text = clean(doc)
        return text if rows_kept and "|" in ctx else text.replace("\n", "")

    return probe


def wrap(line: str, width: int) -> list[str]:
    """Cut a line every `width` characters, moved left while the cut would fall inside a number."""
    out: list[str] = []
    while len(line) > width:
        cut = width
        while cut > 1 and re.match(r"[\d.%]", line[cut]) and re.match(r"[\d.]", line[cut - 1]):
            cut -= 1
        out.append(line[:cut])
        line = line[cut:]
    return out + [line]


def _probe(doc: str, ctx: str) -> str:
    """The text a context must lie in: lines joined, or, for the flattened table's cells in order, by bars."""
    flat = _flat(TEXTS[doc].decode("utf-8"))
    return flat.replace("\n", "|") if doc == "h03" and "|" in ctx else flat.replace("\n", "")


def main() -> None:
    """Write the texts, the manifest and the gold (`write_set`)."""
    write_set(OUT, TEXTS, MANIFEST, F, _probe)


if __name__ == "__main__":
    main()
