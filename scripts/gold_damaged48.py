"""Build data/gold/damaged48: five texts of our own, each in a form real text comes in that no damaged set used yet
(one kind a text; the texts are written clean, the form is made by the code below):

- q01 (蕉岭县, Guangdong, jobs): a bureau's column as its Atom feed serves it (atom.xml saved from the browser): the
  feed's head (title, subtitle, links, id, updated, a generator with a version 2.3), the article's entry with its
  published and updated times (2026-01-20T09:30:00+08:00), author, category and a summary with no figure, its content
  type="html": the article's HTML escaped once more into the XML (&lt;p&gt;, &lt;strong&gt;1862&lt;/strong&gt;人,
  &amp;nbsp; indents, &amp;ldquo; quotes, one 万 as &amp;#x4E07;), then three more entries of the column (a title, a
  link with a post number, a date and a summary each: no figures).
- q02 (永顺县, Hunan, beds): a report written in TextEdit on a Mac and saved as RTF (a .rtf renamed .txt): Cocoa's
  head (\\cocoartf2761, \\cocoatextscaling0, a paper size and view size in twips, a tab stop every 567 twips), the
  document declared \\ansicpg1252, but its text in a font of charset 134 (PingFang SC, GB2312), so every Han
  character is its two GBK bytes as \\'hh escapes under a Western code page; each line ends on Cocoa's backslash and
  line break, the headline bold at \\fs32.
- q03 (石阡县, Guizhou, money): a meeting outline kept in 幕布 (Mubu) and exported as OPML: each item an <outline>
  whose text attribute holds the item (quotes as &quot;, a note in _note with &#10; line breaks), and 幕布's own
  copies of both rich, URL-encoded (_mubu_text="%3Cspan%3E%E4%B8%80…%3C%2Fspan%3E", its bytes' hex digits standing
  between the figures' digits), nested three deep.
- q04 (托克逊县, Xinjiang, jobs): a bureau's ledger kept in a DokuWiki and copied from its edit box: ====== headings,
  **bold** and //italic// figures, a footnote ((…)) with a figure of its own inside a sentence, an image's width
  ({{ :jiuye:2025tubiao.png?600 |…}}: no figure), a link to last year's page, list items (  * ), and a table of ^
  head cells and | cells, its units in the row labels (（万人）, （人）).
- q05 (宁蒗彝族自治县, Yunnan, beds and money): a county radio's news item with its captions as an LRC file (.lrc, what
  an audio player shows line by line): [ti:] [ar:] [al:] [by:] [offset:] tags, then a [mm:ss.xx] time before each
  clause, the narration's commas and full stops dropped, a clause longer than 12 characters cut where the count
  falls (never inside a number).

The gold is written by hand from the clean texts per /work/shared/gold/GUIDE.md, never from what stats extracts:
quotes and contexts as in the clean text, table rows as their cells joined by |, values in base units.

    .venv/bin/python scripts/gold_damaged48.py      # writes data/gold/damaged48/{texts,damaged48.jsonl}
"""

from __future__ import annotations

import html
import re
import sys
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
from gold_damaged28 import joined, wrap, write_set  # noqa: E402

OUT = ROOT / "data" / "gold" / "damaged48"

# q01: the article (the first the headline); {s}…{/s} marks a <strong>, {n} the CMS's indent, {w} 万 as a reference
Q01_TITLE = "蕉岭县2025年就业工作取得新成效"
Q01_PARAS = [
    "{n}2025年，蕉岭县城镇新增就业{s}1862{/s}人，完成年度目标任务的{s}116.4%{/s}；城镇失业人员再就业415人，"
    "就业困难人员实现就业138人，年末城镇调查失业率4.9%。",
    "{n}全年转移农村劳动力就业3.86万人，其中县外转移2.14万人，实现劳务收入19.2亿元，同比增长5.8%。",
    "{n}全县开发公益性岗位264个，围绕{q}春风行动{/q}开展职业技能培训2960人次，发放职业培训补贴318万元。",
    "{n}全年发放创业担保贷款8650{w}元，扶持创业486人，带动就业1530人。",
    "{n}2026年，全县计划城镇新增就业1800人以上，城镇调查失业率控制在5.5%以内。",
]
_Q01_HTML = {"{n}": "&nbsp;&nbsp;&nbsp;&nbsp;", "{s}": "<strong>", "{/s}": "</strong>", "{w}": "&#x4E07;",
             "{q}": "&ldquo;", "{/q}": "&rdquo;"}
_Q01_SHOWN = {"{n}": "", "{s}": "", "{/s}": "", "{w}": "万", "{q}": "“", "{/q}": "”"}
_Q01_OTHERS = [
    ("关于举办2026年春风行动专场招聘会的通知", "2841288", "2026-01-16T16:05:00+08:00",
     "县人社局将于春节后在县人力资源市场举办专场招聘会，欢迎求职者参加。"),
    ("蕉岭县开展根治欠薪冬季专项行动", "2840975", "2026-01-12T10:20:00+08:00",
     "县人社局联合住建、交通等部门开展专项检查。"),
    ("关于公布第四季度公益性岗位人员名单的公告", "2840511", "2026-01-06T09:00:00+08:00", "名单详见附件。"),
]


def _fill(text: str, table: dict[str, str]) -> str:
    for k, v in table.items():
        text = text.replace(k, v)
    return text


def _q01() -> str:
    body = "".join(f"<p>{_fill(p, _Q01_HTML)}</p>" for p in Q01_PARAS)
    base = "http://www.jiaoling.gov.cn/jlrsj/gzdt"
    head = ['<?xml version="1.0" encoding="utf-8"?>',
            '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">',
            "  <title>蕉岭县人力资源和社会保障局 - 工作动态</title>",
            "  <subtitle>蕉岭县人民政府门户网站</subtitle>",
            f'  <link href="{base}/" rel="alternate"/>',
            f'  <link href="{base}/atom.xml" rel="self"/>',
            f"  <id>{base}/</id>",
            "  <updated>2026-01-20T09:30:00+08:00</updated>",
            '  <generator uri="http://www.jiaoling.gov.cn/" version="2.3">政务网站群管理系统</generator>']
    entry = ["  <entry>", f"    <title>{Q01_TITLE}</title>",
             f'    <link href="{base}/content/post_2841365.html"/>',
             f"    <id>{base}/content/post_2841365.html</id>",
             "    <published>2026-01-20T09:30:00+08:00</published>",
             "    <updated>2026-01-20T09:30:00+08:00</updated>",
             "    <author><name>蕉岭县人力资源和社会保障局</name></author>",
             '    <category term="工作动态"/>',
             '    <summary type="text">2025年，蕉岭县就业形势总体稳定，各项目标任务全面完成。</summary>',
             f'    <content type="html">{html.escape(body, quote=False)}</content>',
             "  </entry>"]
    others = []
    for title, post, when, summary in _Q01_OTHERS:
        others += ["  <entry>", f"    <title>{title}</title>", f'    <link href="{base}/content/post_{post}.html"/>',
                   f"    <id>{base}/content/post_{post}.html</id>", f"    <published>{when}</published>",
                   f"    <updated>{when}</updated>", f'    <summary type="text">{summary}</summary>', "  </entry>"]
    return "\n".join([*head, *entry, *others, "</feed>"]) + "\n"


def _q01_clean() -> str:
    return "\n".join([Q01_TITLE, *(_fill(p, _Q01_SHOWN) for p in Q01_PARAS)])


# q02: the report's paragraphs (the first the headline)
Q02_PARAS = [
    "永顺县2025年医疗卫生资源情况",
    "截至2025年末，全县共有医疗卫生机构486个，其中医院14个。医疗卫生机构实有床位3218张，比上年末增加164张，"
    "增长5.4%。",
    "其中，医院床位2436张，基层医疗卫生机构床位706张，专业公共卫生机构床位76张。每千常住人口医疗卫生机构床位7.12张。",
    "全年完成卫生健康领域投资2.84亿元，县人民医院外科大楼投入使用，新增床位260张。",
    "2026年，全县计划新增床位180张，每千常住人口医疗卫生机构床位达到7.5张。",
]


def _rtf_gbk(text: str) -> str:
    """Text as Cocoa writes it in a font of charset 134: ASCII as it is, each GBK byte \\'hh."""
    out = []
    for ch in text:
        if ord(ch) < 128:
            out.append("\\" + ch if ch in "\\{}" else ch)
        else:
            out.append("".join(f"\\'{b:02x}" for b in ch.encode("gbk")))
    return "".join(out)


def _q02() -> str:
    tabs = "".join(f"\\tx{567 * i - (i // 2)}" for i in range(1, 13))
    head = ["{\\rtf1\\ansi\\ansicpg1252\\cocoartf2761",
            "\\cocoatextscaling0\\cocoaplatform0{\\fonttbl\\f0\\fnil\\fcharset134 PingFangSC-Regular;"
            "\\f1\\fnil\\fcharset134 PingFangSC-Semibold;}",
            "{\\colortbl;\\red255\\green255\\blue255;}",
            "{\\*\\expandedcolortbl;;}",
            "\\paperw11900\\paperh16840\\margl1440\\margr1440\\vieww11520\\viewh8400\\viewkind0",
            f"\\pard{tabs}\\pardirnatural\\partightenfactor0", "",
            "\\f1\\b\\fs32 \\cf0 " + _rtf_gbk(Q02_PARAS[0]) + "\\",
            "\\f0\\b0\\fs24 \\"]
    body = [_rtf_gbk(p) + "\\" for p in Q02_PARAS[1:]]
    body[-1] = body[-1][:-1] + "}"
    return "\n".join([*head, *body])


def _q02_clean() -> str:
    return "\n".join(Q02_PARAS)


# q03: the outline: (depth, text, note)
Q03_ITEMS = [
    (0, "石阡县2025年财政收支情况（汇报提纲）", ""),
    (1, "一、一般公共预算收入", ""),
    (2, "全县一般公共预算收入完成4.62亿元，同比增长5.3%", ""),
    (2, "其中税收收入2.98亿元，增长3.9%", "主要是增值税和资源税增收"),
    (1, "二、一般公共预算支出", ""),
    (2, "一般公共预算支出38.74亿元，增长2.6%", ""),
    (2, "其中民生支出30.12亿元，占一般公共预算支出的77.7%", "坚持\"三保\"支出优先"),
    (1, "三、上级补助和政府债券", ""),
    (2, "争取上级转移支付资金27.6亿元", ""),
    (2, "新增政府债券资金6.3亿元", "其中一般债券1.8亿元\n专项债券4.5亿元"),
    (1, "四、政府性基金预算", ""),
    (2, "政府性基金预算收入1.46亿元，下降9.8%", "受土地出让收入减少影响"),
    (1, "五、2026年预算安排", ""),
    (2, "一般公共预算收入预期增长5%左右", ""),
]


def _attr(text: str) -> str:
    return html.escape(text, quote=True).replace("&#x27;", "'").replace("\n", "&#10;")


def _q03() -> str:
    def mubu(text: str) -> str:
        rich = "".join(f"<span>{html.escape(part)}</span>" for part in text.split("\n"))
        return urllib.parse.quote(rich, safe="")

    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<opml version="2.0">', "  <head>",
           f"    <title>{Q03_ITEMS[0][1]}</title>", "  </head>", "  <body>"]
    for i, (depth, text, note) in enumerate(Q03_ITEMS):
        nxt = Q03_ITEMS[i + 1][0] if i + 1 < len(Q03_ITEMS) else 0
        pad = "    " + "  " * depth
        tag = (f'{pad}<outline text="{_attr(text)}" _mubu_text="{mubu(text)}" _note="{_attr(note)}" '
               f'_mubu_note="{mubu(note) if note else ""}"')
        out.append(tag + (">" if nxt > depth else "/>"))
        for d in range(depth - 1, nxt - 1, -1):
            if nxt < depth:
                out.append("    " + "  " * d + "</outline>")
    out += ["  </body>", "</opml>"]
    return "\n".join(out) + "\n"


def _q03_clean() -> str:
    return "\n".join(line for _, text, note in Q03_ITEMS for line in [text, *filter(None, note.split("\n"))])


# q04: the wiki page's source
Q04 = """====== 托克逊县2025年就业工作台账 ======

上一年度见 [[jiuye:2024|2024年就业工作台账]]。

===== 一、总体情况 =====

2025年，全县城镇新增就业**2146人**，完成年度目标任务的**107.3%**((年度目标任务为2000人，由自治区下达。))；\
城镇失业人员再就业**392人**，就业困难人员实现就业**126人**。年末城镇调查失业率//4.8%//。

{{ :jiuye:2025tubiao.png?600 |2025年就业情况图}}

===== 二、重点群体就业 =====

^ 指标 ^ 2025年 ^ 2024年 ^
| 转移农村劳动力就业（万人） | 3.24 | 3.06 |
| 其中：县外转移（万人） | 0.86 | 0.79 |
| 高校毕业生就业（人） | 612 | 568 |
| 脱贫劳动力务工（人） | 8460 | 8215 |

===== 三、培训和创业 =====

  * 开展职业技能培训**4120人次**，发放培训补贴//386万元//
  * 发放创业担保贷款**1.28亿元**，扶持创业**534人**，带动就业**1680人**
  * 开发公益性岗位**436个**

===== 四、2026年目标 =====

全县城镇新增就业**2100人以上**，城镇调查失业率控制在**5.5%以内**。
"""


def _q04_clean() -> str:
    """The page as DokuWiki shows it: markup out, the footnote's text after the page, the table's rows as cells
    joined by |."""
    text = Q04
    notes = re.findall(r"\(\((.*?)\)\)", text)
    text = re.sub(r"\(\(.*?\)\)", "", text)
    text = re.sub(r"\{\{[^}]*\}\}", "", text)
    text = re.sub(r"\[\[[^|\]]*\|([^\]]*)\]\]", r"\1", text)
    text = re.sub(r"=+ ?(.*?) ?=+", r"\1", text).replace("**", "").replace("//", "").replace("  * ", "")
    lines = []
    for line in text.split("\n"):
        if line.startswith(("^", "|")):
            line = "|".join(c.strip() for c in re.split(r"[|^]", line)[1:-1])
        if line:
            lines.append(line)
    return "\n".join([*lines, *notes])


# q05: the narration (its first clause the headline)
Q05_TITLE = "宁蒗彝族自治县医疗卫生服务能力持续提升"
Q05_TEXT = ("记者从县卫生健康局获悉，截至2025年末，全县医疗卫生机构实有床位1968张，比上年末增加112张，"
            "每千常住人口医疗卫生机构床位6.84张。2025年，全县卫生健康支出3.12亿元，同比增长6.1%，"
            "争取中央和省级补助资金8460万元。县妇幼保健院迁建项目完成投资5630万元，新增床位120张。"
            "2026年，全县计划新增床位150张，卫生健康支出预期增长5%左右。")
_Q05_CUE = 12


def _q05() -> str:
    cues = [Q05_TITLE]
    for clause in filter(None, re.split("[，。；]", Q05_TEXT)):
        cues += wrap(clause, _Q05_CUE)
    out = ["[ti:宁蒗彝族自治县医疗卫生服务能力持续提升]", "[ar:宁蒗县融媒体中心]", "[al:宁蒗新闻 2026年1月23日]",
           "[by:讯飞听见]", "[offset:0]"]
    t = 0
    for cue in cues:
        out.append(f"[{t // 6000:02d}:{t // 100 % 60:02d}.{t % 100:02d}]{cue}")
        t += 80 + 24 * len(cue)
    return "\r\n".join(out) + "\r\n"


def _q05_clean() -> str:
    return Q05_TITLE + "\n" + Q05_TEXT


TEXTS = {"q01": _q01().encode("utf-8"), "q02": _q02().encode("ascii"), "q03": _q03().encode("utf-8"),
         "q04": Q04.encode("utf-8"), "q05": _q05().encode("utf-8")}

MANIFEST = [("q01", "2026-01-20", "蕉岭县人力资源和社会保障局"), ("q02", "2026-01-21", "永顺县卫生健康局"),
            ("q03", "2026-01-22", "石阡县财政局"), ("q04", "2026-01-22", "托克逊县人力资源和社会保障局"),
            ("q05", "2026-01-23", "宁蒗彝族自治县融媒体中心")]

# (doc, quote, value, measure, qualifier, role, topic, place, period, context[, tier])
JL, YS, SQ, TK, NL = "蕉岭县", "永顺县", "石阡县", "托克逊县", "宁蒗彝族自治县"
F: list[tuple] = [
    ("q01", "1862人", 1862, "人", "exact", "level", "jobs", JL, "2025", "蕉岭县城镇新增就业1862人"),
    ("q01", "116.4%", 116.4, "%", "exact", "level", "jobs", JL, "2025", "完成年度目标任务的116.4%"),
    ("q01", "415人", 415, "人", "exact", "level", "jobs", JL, "2025", "城镇失业人员再就业415人"),
    ("q01", "138人", 138, "人", "exact", "level", "jobs", JL, "2025", "就业困难人员实现就业138人"),
    ("q01", "4.9%", 4.9, "%", "exact", "level", "jobs", JL, "2025", "年末城镇调查失业率4.9%"),
    ("q01", "3.86万人", 38600, "人", "exact", "level", "jobs", JL, "2025", "全年转移农村劳动力就业3.86万人"),
    ("q01", "2.14万人", 21400, "人", "exact", "level", "jobs", JL, "2025", "其中县外转移2.14万人"),
    ("q01", "19.2亿元", 1920000000, "元", "exact", "level", "money", JL, "2025", "实现劳务收入19.2亿元"),
    ("q01", "5.8%", 5.8, "%", "exact", "change", "percent", JL, "2025", "同比增长5.8%"),
    ("q01", "264个", 264, "个", "exact", "level", "jobs", JL, "2025", "全县开发公益性岗位264个"),
    ("q01", "2960人次", 2960, "人次", "exact", "level", "jobs", JL, "2025", "开展职业技能培训2960人次"),
    ("q01", "318万元", 3180000, "元", "exact", "level", "money", JL, "2025", "发放职业培训补贴318万元"),
    ("q01", "8650万元", 86500000, "元", "exact", "level", "money", JL, "2025", "全年发放创业担保贷款8650万元"),
    ("q01", "486人", 486, "人", "exact", "level", "jobs", JL, "2025", "扶持创业486人"),
    ("q01", "1530人", 1530, "人", "exact", "level", "jobs", JL, "2025", "带动就业1530人"),
    ("q01", "1800人以上", 1800, "人", "lower_bound", "target", "jobs", JL, "2026", "全县计划城镇新增就业1800人以上"),
    ("q01", "5.5%以内", 5.5, "%", "upper_bound", "target", "jobs", JL, "2026", "城镇调查失业率控制在5.5%以内"),
    ("q02", "486个", 486, "个", "exact", "level", "other", YS, "2025", "全县共有医疗卫生机构486个"),
    ("q02", "14个", 14, "个", "exact", "level", "other", YS, "2025", "其中医院14个"),
    ("q02", "3218张", 3218, "张", "exact", "level", "beds", YS, "2025", "医疗卫生机构实有床位3218张"),
    ("q02", "164张", 164, "张", "exact", "change", "beds", YS, "2025", "比上年末增加164张"),
    ("q02", "5.4%", 5.4, "%", "exact", "change", "percent", YS, "2025", "164张，增长5.4%"),
    ("q02", "2436张", 2436, "张", "exact", "level", "beds", YS, "2025", "其中，医院床位2436张"),
    ("q02", "706张", 706, "张", "exact", "level", "beds", YS, "2025", "基层医疗卫生机构床位706张"),
    ("q02", "76张", 76, "张", "exact", "level", "beds", YS, "2025", "专业公共卫生机构床位76张"),
    ("q02", "7.12张", 7.12, "张", "exact", "level", "beds", YS, "2025", "每千常住人口医疗卫生机构床位7.12张"),
    ("q02", "2.84亿元", 284000000, "元", "exact", "level", "money", YS, "2025", "全年完成卫生健康领域投资2.84亿元"),
    ("q02", "260张", 260, "张", "exact", "level", "beds", YS, "2025", "新增床位260张"),
    ("q02", "180张", 180, "张", "exact", "target", "beds", YS, "2026", "全县计划新增床位180张"),
    ("q02", "7.5张", 7.5, "张", "exact", "target", "beds", YS, "2026", "医疗卫生机构床位达到7.5张"),
    ("q03", "4.62亿元", 462000000, "元", "exact", "level", "money", SQ, "2025", "全县一般公共预算收入完成4.62亿元"),
    ("q03", "5.3%", 5.3, "%", "exact", "change", "percent", SQ, "2025", "同比增长5.3%"),
    ("q03", "2.98亿元", 298000000, "元", "exact", "level", "money", SQ, "2025", "其中税收收入2.98亿元"),
    ("q03", "3.9%", 3.9, "%", "exact", "change", "percent", SQ, "2025", "2.98亿元，增长3.9%"),
    ("q03", "38.74亿元", 3874000000, "元", "exact", "level", "money", SQ, "2025", "一般公共预算支出38.74亿元"),
    ("q03", "2.6%", 2.6, "%", "exact", "change", "percent", SQ, "2025", "38.74亿元，增长2.6%"),
    ("q03", "30.12亿元", 3012000000, "元", "exact", "level", "money", SQ, "2025", "其中民生支出30.12亿元"),
    ("q03", "77.7%", 77.7, "%", "exact", "level", "percent", SQ, "2025", "占一般公共预算支出的77.7%"),
    ("q03", "27.6亿元", 2760000000, "元", "exact", "level", "money", SQ, "2025", "争取上级转移支付资金27.6亿元"),
    ("q03", "6.3亿元", 630000000, "元", "exact", "level", "money", SQ, "2025", "新增政府债券资金6.3亿元"),
    ("q03", "1.8亿元", 180000000, "元", "exact", "level", "money", SQ, "2025", "其中一般债券1.8亿元"),
    ("q03", "4.5亿元", 450000000, "元", "exact", "level", "money", SQ, "2025", "专项债券4.5亿元"),
    ("q03", "1.46亿元", 146000000, "元", "exact", "level", "money", SQ, "2025", "政府性基金预算收入1.46亿元"),
    ("q03", "9.8%", 9.8, "%", "exact", "change", "percent", SQ, "2025", "1.46亿元，下降9.8%"),
    ("q03", "5%左右", 5, "%", "approx", "target", "percent", SQ, "2026", "一般公共预算收入预期增长5%左右"),
    ("q04", "2146人", 2146, "人", "exact", "level", "jobs", TK, "2025", "全县城镇新增就业2146人"),
    ("q04", "107.3%", 107.3, "%", "exact", "level", "jobs", TK, "2025", "完成年度目标任务的107.3%"),
    ("q04", "2000人", 2000, "人", "exact", "target", "jobs", TK, "2025", "年度目标任务为2000人"),
    ("q04", "392人", 392, "人", "exact", "level", "jobs", TK, "2025", "城镇失业人员再就业392人"),
    ("q04", "126人", 126, "人", "exact", "level", "jobs", TK, "2025", "就业困难人员实现就业126人"),
    ("q04", "4.8%", 4.8, "%", "exact", "level", "jobs", TK, "2025", "年末城镇调查失业率4.8%"),
    ("q04", "3.24", 32400, "人", "exact", "level", "jobs", TK, "2025", "转移农村劳动力就业（万人）|3.24|3.06"),
    ("q04", "3.06", 30600, "人", "exact", "level", "jobs", TK, "2024", "转移农村劳动力就业（万人）|3.24|3.06"),
    ("q04", "0.86", 8600, "人", "exact", "level", "jobs", TK, "2025", "其中：县外转移（万人）|0.86|0.79"),
    ("q04", "0.79", 7900, "人", "exact", "level", "jobs", TK, "2024", "其中：县外转移（万人）|0.86|0.79"),
    ("q04", "612", 612, "人", "exact", "level", "jobs", TK, "2025", "高校毕业生就业（人）|612|568"),
    ("q04", "568", 568, "人", "exact", "level", "jobs", TK, "2024", "高校毕业生就业（人）|612|568"),
    ("q04", "8460", 8460, "人", "exact", "level", "jobs", TK, "2025", "脱贫劳动力务工（人）|8460|8215"),
    ("q04", "8215", 8215, "人", "exact", "level", "jobs", TK, "2024", "脱贫劳动力务工（人）|8460|8215"),
    ("q04", "4120人次", 4120, "人次", "exact", "level", "jobs", TK, "2025", "开展职业技能培训4120人次"),
    ("q04", "386万元", 3860000, "元", "exact", "level", "money", TK, "2025", "发放培训补贴386万元"),
    ("q04", "1.28亿元", 128000000, "元", "exact", "level", "money", TK, "2025", "发放创业担保贷款1.28亿元"),
    ("q04", "534人", 534, "人", "exact", "level", "jobs", TK, "2025", "扶持创业534人"),
    ("q04", "1680人", 1680, "人", "exact", "level", "jobs", TK, "2025", "带动就业1680人"),
    ("q04", "436个", 436, "个", "exact", "level", "jobs", TK, "2025", "开发公益性岗位436个"),
    ("q04", "2100人以上", 2100, "人", "lower_bound", "target", "jobs", TK, "2026", "全县城镇新增就业2100人以上"),
    ("q04", "5.5%以内", 5.5, "%", "upper_bound", "target", "jobs", TK, "2026", "城镇调查失业率控制在5.5%以内"),
    ("q05", "1968张", 1968, "张", "exact", "level", "beds", NL, "2025", "全县医疗卫生机构实有床位1968张"),
    ("q05", "112张", 112, "张", "exact", "change", "beds", NL, "2025", "比上年末增加112张"),
    ("q05", "6.84张", 6.84, "张", "exact", "level", "beds", NL, "2025", "每千常住人口医疗卫生机构床位6.84张"),
    ("q05", "3.12亿元", 312000000, "元", "exact", "level", "money", NL, "2025", "全县卫生健康支出3.12亿元"),
    ("q05", "6.1%", 6.1, "%", "exact", "change", "percent", NL, "2025", "同比增长6.1%"),
    ("q05", "8460万元", 84600000, "元", "exact", "level", "money", NL, "2025", "争取中央和省级补助资金8460万元"),
    ("q05", "5630万元", 56300000, "元", "exact", "level", "money", NL, "2025", "迁建项目完成投资5630万元"),
    ("q05", "120张", 120, "张", "exact", "level", "beds", NL, "2025", "新增床位120张"),
    ("q05", "150张", 150, "张", "exact", "target", "beds", NL, "2026", "全县计划新增床位150张"),
    ("q05", "5%左右", 5, "%", "approx", "target", "percent", NL, "2026", "卫生健康支出预期增长5%左右"),
]


def _clean(doc: str) -> str:
    """The text as its program shows it (a table's rows as cells joined by |)."""
    return {"q01": _q01_clean, "q02": _q02_clean, "q03": _q03_clean, "q04": _q04_clean, "q05": _q05_clean}[doc]()


_probe = joined(_clean, rows_kept=True)


def main() -> None:
    """Write the texts, the manifest and the gold (damaged28's `write_set`), after checking that each form holds
    the clean text: q01's content unescaped twice with its tags dropped, q02's escapes read as GBK, q03's text and
    note attributes (and 幕布's URL-encoded copies), q05's cues put back."""
    import xml.etree.ElementTree as ET

    ns = "{http://www.w3.org/2005/Atom}"
    entry = ET.fromstring(TEXTS["q01"]).find(f"{ns}entry")
    shown = html.unescape(re.sub(r"<[^>]*>", "", entry.find(f"{ns}content").text.replace("</p>", "\n")))
    assert entry.find(f"{ns}title").text + "\n" + shown.replace("\xa0", "").strip() == _q01_clean()
    lines = TEXTS["q02"].decode("ascii").split("\n")
    texts = [lines[7].split("\\cf0 ", 1)[1], *lines[9:]]
    got = [urllib.parse.unquote(re.sub(r"\\'([0-9a-f]{2})", r"%\1", t[:-1]), encoding="gbk") for t in texts]
    assert got == Q02_PARAS, got
    items = [(o.get("text"), o.get("_note")) for o in ET.fromstring(TEXTS["q03"]).iter("outline")]
    assert items == [(t, n) for _, t, n in Q03_ITEMS]
    for o in ET.fromstring(TEXTS["q03"]).iter("outline"):
        assert re.sub(r"<[^>]*>", "", urllib.parse.unquote(o.get("_mubu_text"))) == html.escape(
            o.get("text")).replace("&quot;", "&quot;") or "&" in o.get("text")
    cues = [ln.split("]", 1)[1] for ln in TEXTS["q05"].decode("utf-8").split("\r\n")[5:-1]]
    assert "".join(cues) == re.sub("[，。；]", "", _q05_clean().replace("\n", ""))
    write_set(OUT, TEXTS, MANIFEST, F, _probe)


if __name__ == "__main__":
    main()
