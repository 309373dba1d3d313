r"""Build data/gold/damaged51: five texts of our own, each in a form real text comes in that no damaged set used yet
(one kind a text; the texts are written clean, the form is made by the code below):

- n01 (太和县, Anhui, jobs): a bureau's year summary kept in Notion and exported as Markdown (Export → Markdown &
  CSV): the # title, then the page's property block (Created: January 20, 2026 9:30 AM, Last edited time, Tags,
  状态, 负责人: one line each), an <aside> callout with its emoji, **bold** figures, a link to the database the
  page sits beside, written as Notion writes it: its address relative, URL-encoded, and ending in the page's
  32-digit hex id (2025%E5%B9%B4…%20b7d3e91f4a2c4e6f8d0a1b2c3d4e5f60.csv: digits, no figure), a pipe table of
  three years' numbers whose units stand in the label's brackets, and the year's targets as to-do items (- [ ]).
- n02 (安仁县, Hunan, beds): a health bureau's page in Confluence as its storage format holds it (the page source
  an admin or the REST API's body.storage gives): ac:layout sections, an info macro with its ac:macro-id (a UUID)
  and a <time datetime>, <strong> figures inside <p>, an ac:link to another page by ri:page and its CDATA link body,
  an ac:image of a ri:attachment whose file name holds years (床位变化2021-2025.png) and ac:width 640, a table with
  its colgroup widths (226.0px) whose head gives the units (床位（张）), a status macro and a task list whose
  <ac:task-id>7</ac:task-id> stands right before the task's body (a target with its year: 7 is no figure and is
  never joined to it).
- n03 (黄龙县, Shaanxi, jobs): a bureau's PDF report as Apache Tika's XHTML output gives it (tika --xml): the XML
  declaration, a <head> of <meta> lines (pdf:PDFVersion 1.7, xmpTPg:NPages 2, pdf:charsPerPage, Content-Length
  286412, dates), then each page a <div class="page"> whose every line is a <p> of its own: the text wrapped at 22
  characters (never inside a number: between a number and its unit at times, 1000 | 人以上), the page's foot (— 1 —)
  and an empty <p/> at each page's start; the page break falls inside a sentence.
- n04 (宜川县, Shaanxi, money): a finance bureau's draft downloaded from Google Docs as plain text (File →
  Download → .txt): a BOM and CRLF line ends, the reviewers' comment marks [a] [b] … left where their ranges ended,
  right after a figure, between a number and its magnitude (2.41[b]亿元) and between a word of change and its
  number (增长[c]5.8%), footnote marks [1] after a figure, then the footnotes and the comments' texts (a name and a
  date, 2026-01-20: no figures) at the end.
- n05 (和顺县, Shanxi, beds and money): a researcher's note kept in Obsidian (.md): YAML front matter (created
  2026-01-14 16:20, tags, aliases, cssclasses), [[wikilinks]] with and without an alias ([[和顺县人民医院|县医院]]),
  callouts (> [!info] 来源, > [!warning]), ==highlighted== figures, an embed with its width (![[床位结构2025.png|600]]),
  block ids after a line's end (^b7e2c1, ^2d4c6e: hex digits), Dataview inline fields (调研日期:: 2026-01-13), tags
  (#待办) and done tasks with their date (✅ 2026-01-10).

The gold is written by hand from the clean texts per /work/shared/gold/GUIDE.md, never from what stats extracts.
Quotes are written as the figure stands in the clean text; a table cell's measure from its label's or head's unit.

    .venv/bin/python scripts/gold_damaged51.py      # writes data/gold/damaged51/{texts,damaged51.jsonl}
"""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
from gold_damaged28 import joined, wrap, write_set  # noqa: E402

OUT = ROOT / "data" / "gold" / "damaged51"

# In the clean paragraphs below a figure set off by the form (bold, highlighted) stands in {braces}.
_MARKED = re.compile(r"\{([^{}]+)\}")


def _plain(s: str) -> str:
    return _MARKED.sub(r"\1", s)


# n01: the Notion page (title, callout, sections; a section is a heading and its blocks)
N01_TITLE = "太和县2025年就业工作总结"
N01_PROPS = ["Created: January 20, 2026 9:30 AM", "Last edited time: January 21, 2026 4:12 PM", "Tags: 就业, 年度总结",
             "状态: 已定稿", "负责人: 王晓梅"]
N01_CALLOUT = "本页数据来源为县就业服务中心业务系统，统计截至年末。"
N01_P1 = ("2025年，太和县城镇新增就业{5862人}，完成年度目标任务的{117.2%}；城镇失业人员再就业{1236人}，"
          "就业困难人员实现就业{418人}。年末城镇调查失业率为{4.6%}。")
N01_LIST = ["全县农村劳动力转移就业{38.6万人}，其中省外就业{24.3万人}；",
            "实现劳务收入{196.4亿元}，同比增长{6.8%}。"]
N01_LINK = "2025年劳务输出台账"
N01_ID = "b7d3e91f4a2c4e6f8d0a1b2c3d4e5f60"
N01_TABLE = [("项目", "2025年", "2024年"),
             ("发放创业担保贷款（万元）", "18600", "16200"),
             ("扶持创业（人）", "1420", "1315"),
             ("开展职业技能培训（人次）", "12860", "11940")]
N01_TODO = ["城镇新增就业5500人以上", "城镇调查失业率控制在5.5%以内", "开发公益性岗位300个"]
N01_TODO_HEAD = "2026年目标"


def _n01() -> str:
    link = quote(N01_LINK) + "%20" + N01_ID + ".csv"
    lines = [f"# {N01_TITLE}", "", *N01_PROPS, "", "<aside>", f"💡 {N01_CALLOUT}", "</aside>", "",
             "## 一、主要指标", "", _MARKED.sub(r"**\1**", N01_P1), "", "## 二、劳务输出", "",
             *("- " + _MARKED.sub(r"**\1**", x) for x in N01_LIST), "", f"详见 [{N01_LINK}]({link})", "",
             "## 三、创业和技能培训", "", "| " + " | ".join(N01_TABLE[0]) + " |", "| --- | --- | --- |",
             *("| " + " | ".join(r) + " |" for r in N01_TABLE[1:]), "", f"## 四、{N01_TODO_HEAD}", "",
             *(f"- [ ] {x}" for x in N01_TODO), ""]
    return "\n".join(lines)


def _n01_clean() -> str:
    return "\n".join([N01_TITLE, N01_CALLOUT, _plain(N01_P1), *map(_plain, N01_LIST), N01_LINK,
                      *("|".join(r) for r in N01_TABLE), N01_TODO_HEAD, *N01_TODO])


# n02: the Confluence page's storage format
N02_TITLE = "安仁县2025年医疗卫生资源情况"
N02_INFO = "本页数据为2025年卫生健康统计年报快报数，更新于"
N02_P1 = ("截至2025年末，安仁县共有医疗卫生机构{412个}，其中医院{9个}，乡镇卫生院{13个}，村卫生室{186个}。"
          "全县医疗卫生机构实有床位{2846张}，比上年末增加{132张}，每千常住人口医疗卫生机构床位{7.12张}。")
N02_LINK = "2025年卫生健康统计年报"
N02_H2 = "分类床位"
N02_TABLE = [("机构类别", "床位（张）", "比上年增加（张）"),
             ("县级医院", "1560", "86"), ("乡镇卫生院", "1020", "40"), ("民营医院", "266", "6")]
N02_P2 = ("2025年，全县完成卫生健康项目投资{3.26亿元}，同比增长{9.4%}。县人民医院住院综合楼建成投用，"
          "新增床位{300张}；县中医医院康复病区新增床位{60张}。")
N02_TASKS = ["2026年全县计划新增床位200张", "2026年每千常住人口医疗卫生机构床位达到7.5张"]


def _n02() -> str:
    strong = _MARKED.sub(r"<strong>\1</strong>", N02_P1)
    strong2 = _MARKED.sub(r"<strong>\1</strong>", N02_P2)
    cols = "".join(f'<col style="width: {w}px;" />' for w in ("226.0", "140.0", "168.0"))
    head = "".join(f"<th><p><strong>{c}</strong></p></th>" for c in N02_TABLE[0])
    body = "".join("<tr>" + "".join(f"<td><p>{c}</p></td>" for c in r) + "</tr>" for r in N02_TABLE[1:])
    tasks = "".join(f"<ac:task><ac:task-id>{7 + i}</ac:task-id><ac:task-status>incomplete</ac:task-status>"
                    f"<ac:task-body>{t}</ac:task-body></ac:task>" for i, t in enumerate(N02_TASKS))
    parts = [
        '<ac:layout><ac:layout-section ac:type="single"><ac:layout-cell>',
        f"<h1>{N02_TITLE}</h1>",
        '<ac:structured-macro ac:name="info" ac:schema-version="1" '
        'ac:macro-id="5c1f8e2a-93b4-4d07-a6e1-2b8f0c9d3e71"><ac:parameter ac:name="title">数据说明</ac:parameter>'
        f'<ac:rich-text-body><p>{N02_INFO}<time datetime="2026-01-16" />。</p></ac:rich-text-body>'
        "</ac:structured-macro>",
        f"<p>{strong}</p>",
        f'<p>详见<ac:link><ri:page ri:space-key="WJJ" ri:content-title="{N02_LINK}" />'
        f"<ac:plain-text-link-body><![CDATA[{N02_LINK}]]></ac:plain-text-link-body></ac:link>。</p>",
        '<ac:image ac:align="center" ac:layout="center" ac:original-height="720" ac:original-width="1280" '
        'ac:width="640"><ri:attachment ri:filename="床位变化2021-2025.png" ri:version-at-save="3" /></ac:image>',
        "</ac:layout-cell></ac:layout-section>",
        '<ac:layout-section ac:type="single"><ac:layout-cell>',
        f"<h2>{N02_H2}</h2>",
        f'<table data-layout="default" ac:local-id="9a3e7c1b-2f48-4d6a-b015-7e8c9d0f1a2b"><colgroup>{cols}'
        f"</colgroup><tbody><tr>{head}</tr>{body}</tbody></table>",
        f"<p>{strong2}</p>",
        '<p><ac:structured-macro ac:name="status" ac:schema-version="1" '
        'ac:macro-id="e0b4d2c6-7a19-4f83-9c5e-61d8a2b3f4c7"><ac:parameter ac:name="colour">Green</ac:parameter>'
        '<ac:parameter ac:name="title">已审核</ac:parameter></ac:structured-macro></p>',
        f"<ac:task-list>{tasks}</ac:task-list>",
        "</ac:layout-cell></ac:layout-section></ac:layout>",
    ]
    return "\n".join(parts) + "\n"


def _n02_clean() -> str:
    return "\n".join([N02_TITLE, "数据说明", N02_INFO + "2026-01-16。", _plain(N02_P1), f"详见{N02_LINK}。", N02_H2,
                      *("|".join(r) for r in N02_TABLE), _plain(N02_P2), *N02_TASKS])


# n03: the PDF's text (pages of paragraphs) as Tika's XHTML
N03_HEAD = "黄龙县人力资源和社会保障局"
N03_TITLE = "黄龙县2025年就业工作情况"
N03_PARAS = [
    "2025年，全县城镇新增就业1086人，完成年度目标任务的120.7%；城镇失业人员再就业263人，"
    "就业困难人员实现就业85人，年末城镇登记失业率为2.9%。",
    "全年转移农村劳动力就业1.92万人，其中县外转移1.24万人，实现劳务收入4.8亿元，同比增长5.3%。",
    "全年发放创业担保贷款2860万元，扶持创业212人，带动就业648人；开展职业技能培训1760人次，"
    "发放职业培训补贴126万元。",
    "开发公益性岗位318个，安置脱贫劳动力就业296人；举办招聘会16场，提供就业岗位4350个。",
    "2026年，全县计划城镇新增就业1000人以上，城镇登记失业率控制在4%以内。",
]
_N03_WIDTH = 22
_N03_PAGE_AT = 8  # the page's lines before its foot


def _n03_lines() -> list[str]:
    lines = [N03_HEAD, N03_TITLE]
    for p in N03_PARAS:
        lines += wrap("　　" + p, _N03_WIDTH)
    return lines


def _n03() -> str:
    lines = _n03_lines()
    pages = [lines[:_N03_PAGE_AT], lines[_N03_PAGE_AT:]]
    metas = [("pdf:PDFVersion", "1.7"), ("xmp:CreatorTool", "WPS 文字"), ("pdf:hasXFA", "false"),
             ("access_permission:can_modify", "true"), ("pdf:encrypted", "false"),
             ("dcterms:created", "2026-01-22T08:41:16Z"), ("dcterms:modified", "2026-01-22T08:41:16Z"),
             ("xmpTPg:NPages", "2"), ("pdf:charsPerPage", "186"), ("pdf:charsPerPage", "152"),
             ("pdf:unmappedUnicodeCharsPerPage", "0"), ("pdf:unmappedUnicodeCharsPerPage", "0"),
             ("Content-Length", "286412"), ("Content-Type", "application/pdf"),
             ("resourceName", N03_TITLE + ".pdf"), ("X-TIKA:Parsed-By", "org.apache.tika.parser.DefaultParser"),
             ("X-TIKA:Parsed-By", "org.apache.tika.parser.pdf.PDFParser")]
    out = ['<?xml version="1.0" encoding="UTF-8"?><html xmlns="http://www.w3.org/1999/xhtml">', "<head>"]
    out += [f'<meta name="{n}" content="{html.escape(v)}"/>' for n, v in metas]
    out += [f"<title>{N03_TITLE}</title>", "</head>", "<body>"]
    for k, page in enumerate(pages, 1):
        out.append('<div class="page"><p/>')
        out += [f"<p>{html.escape(x)}</p>" for x in page]
        out += [f"<p>— {k} —</p>", "<p/>", "</div>"]
    out += ["</body></html>"]
    return "\n".join(out) + "\n"


def _n03_clean() -> str:
    return "\n".join([N03_HEAD, N03_TITLE, *N03_PARAS])


# n04: the Google Docs draft: paragraphs with marks [a] [1] where the reviewers left them, then notes and comments
N04_TEXT = [
    "宜川县2025年财政预算执行情况",
    "（在县财政局年度工作务虚会上的汇报）",
    "",
    "一、一般公共预算收支",
    "2025年，全县一般公共预算收入完成3.86亿元[a]，同比增长6.2%[1]，完成预算的102.4%。其中，税收收入2.41[b]亿元，"
    "同比增长[c]5.8%；非税收入1.45亿元，增长6.9%。",
    "全县一般公共预算支出完成26.72亿元，同比增长4.1%，其中民生支出21.38亿元[d]，占一般公共预算支出的80.0%。",
    "二、政府性基金和债务",
    "全县政府性基金预算收入完成1.12亿元，同比下降8.6%；争取新增地方政府债券资金3.5亿元，其中专项债券2.9亿元[e]。",
    "三、重点民生投入",
    "全年教育支出4.36亿元，增长3.5%；社会保障和就业支出5.08亿元[f]，增长7.2%；卫生健康支出2.64亿元，增长5.1%。",
    "四、2026年预期",
    "2026年，全县一般公共预算收入预期增长5%左右[2]，一般公共预算支出安排27.5亿元。",
]
N04_NOTES = ["[1]按可比口径计算。", "[2]以县人大批准的预算为准。",
             "[a]王磊 2026-01-20：已与国库月报核对", "[b]刘静：税收收入用快报数，正式数以决算为准",
             "[c]王磊：同比口径已统一", "[d]刘静 2026-01-21：民生支出口径同省厅通知",
             "[e]王磊：专项债券已全部下达", "[f]刘静：含就业补助资金"]


def _n04() -> bytes:
    text = "\r\n".join([*N04_TEXT, "", *N04_NOTES]) + "\r\n"
    return b"\xef\xbb\xbf" + text.encode("utf-8")


def _n04_clean() -> str:
    return re.sub(r"\[[a-z0-9]\]", "", "\n".join(x for x in N04_TEXT if x))


# n05: the Obsidian note
N05_FRONT = ["---", "title: 和顺县2025年医疗和养老床位调研笔记", "created: 2026-01-14 16:20",
             "updated: 2026-01-15 09:05", "tags:", "  - 调研/卫生健康", "  - 床位", "aliases: [和顺床位2025]",
             "cssclasses: wide-page", "---"]
N05_H1 = "和顺县2025年医疗和养老床位调研"
N05_FIELDS = ["调研日期:: 2026-01-13", "调研人:: 张明"]
N05_SOURCE = "县卫健局、县民政局座谈材料；另见[[和顺县卫生健康统计2024]]。"
N05_P1 = ("截至2025年末，[[和顺县]]医疗卫生机构实有床位{1268张}，比上年末增加{64张}，"
          "每千常住人口医疗卫生机构床位{8.06张}。")
N05_P2 = "其中[[和顺县人民医院|县医院]]编制床位500张，实际开放床位568张；[[和顺县中医医院]]开放床位260张。"
N05_P3 = "全县有养老机构12个，养老床位1420张，其中护理型床位786张，护理型床位占比55.4%。"
N05_WARN = "农村互助幸福院不在上述统计内，全县有互助幸福院48个，床位960张。"
N05_LIST = ["2025年县级财政投入卫生健康和养老资金1.32亿元，同比增长7.6%。",
            "争取中央和省级补助资金8640万元"]
N05_TASKS = [("[ ]", "2026年计划新增护理型床位120张 #待办"),
             ("[x]", "县医院新院区完成规划：计划总投资3.8亿元，设计床位800张 ✅ 2026-01-10")]


def _n05() -> str:
    lines = [*N05_FRONT, "", f"# {N05_H1}", "", *N05_FIELDS, "", "> [!info] 来源", f"> {N05_SOURCE}", "",
             "## 医疗床位", "", _MARKED.sub(r"==\1==", N05_P1) + " ^b7e2c1", N05_P2, "",
             "![[床位结构2025.png|600]]", "", "## 养老床位", "", N05_P3 + " ^3f9a0d", "", "> [!warning] 注意",
             f"> {N05_WARN}", "", "## 投入", "", f"- {N05_LIST[0]}", f"- {N05_LIST[1]} ^2d4c6e",
             *(f"- {m} {t}" for m, t in N05_TASKS), ""]
    return "\n".join(lines)


def _unlink(s: str) -> str:
    return re.sub(r"\[\[(?:[^\]|]*\|)?([^\]]*)\]\]", r"\1", s)


def _n05_clean() -> str:
    return "\n".join(_unlink(x) for x in [N05_H1, *N05_FIELDS, N05_SOURCE, _plain(N05_P1), N05_P2, N05_P3, N05_WARN,
                                          *N05_LIST, *(t for _, t in N05_TASKS)])


TEXTS = {"n01": _n01().encode("utf-8"), "n02": _n02().encode("utf-8"), "n03": _n03().encode("utf-8"),
         "n04": _n04(), "n05": _n05().encode("utf-8")}

MANIFEST = [("n01", "2026-01-21", "太和县人力资源和社会保障局"), ("n02", "2026-01-16", "安仁县卫生健康局"),
            ("n03", "2026-01-22", "黄龙县人力资源和社会保障局"), ("n04", "2026-01-23", "宜川县财政局"),
            ("n05", "2026-01-15", "和顺县发展研究中心")]

# (doc, quote, value, measure, qualifier, role, topic, place, period, context[, tier])
TH, AR, HL, YC, HS = "太和县", "安仁县", "黄龙县", "宜川县", "和顺县"
F: list[tuple] = [
    ("n01", "5862人", 5862, "人", "exact", "level", "jobs", TH, "2025", "太和县城镇新增就业5862人"),
    ("n01", "117.2%", 117.2, "%", "exact", "level", "jobs", TH, "2025", "完成年度目标任务的117.2%"),
    ("n01", "1236人", 1236, "人", "exact", "level", "jobs", TH, "2025", "城镇失业人员再就业1236人"),
    ("n01", "418人", 418, "人", "exact", "level", "jobs", TH, "2025", "就业困难人员实现就业418人"),
    ("n01", "4.6%", 4.6, "%", "exact", "level", "jobs", TH, "2025", "年末城镇调查失业率为4.6%"),
    ("n01", "38.6万人", 386000, "人", "exact", "level", "jobs", TH, "2025", "全县农村劳动力转移就业38.6万人"),
    ("n01", "24.3万人", 243000, "人", "exact", "level", "jobs", TH, "2025", "其中省外就业24.3万人"),
    ("n01", "196.4亿元", 19640000000, "元", "exact", "level", "money", TH, "2025", "实现劳务收入196.4亿元"),
    ("n01", "6.8%", 6.8, "%", "exact", "change", "percent", TH, "2025", "同比增长6.8%"),
    ("n01", "18600", 186000000, "元", "exact", "level", "money", TH, "2025", "发放创业担保贷款（万元）|18600|16200"),
    ("n01", "16200", 162000000, "元", "exact", "level", "money", TH, "2024", "发放创业担保贷款（万元）|18600|16200"),
    ("n01", "1420", 1420, "人", "exact", "level", "jobs", TH, "2025", "扶持创业（人）|1420|1315"),
    ("n01", "1315", 1315, "人", "exact", "level", "jobs", TH, "2024", "扶持创业（人）|1420|1315"),
    ("n01", "12860", 12860, "人次", "exact", "level", "jobs", TH, "2025", "开展职业技能培训（人次）|12860|11940"),
    ("n01", "11940", 11940, "人次", "exact", "level", "jobs", TH, "2024", "开展职业技能培训（人次）|12860|11940"),
    ("n01", "5500人以上", 5500, "人", "lower_bound", "target", "jobs", TH, "2026", "城镇新增就业5500人以上"),
    ("n01", "5.5%以内", 5.5, "%", "upper_bound", "target", "jobs", TH, "2026", "城镇调查失业率控制在5.5%以内"),
    ("n01", "300个", 300, "个", "exact", "target", "jobs", TH, "2026", "开发公益性岗位300个"),
    ("n02", "412个", 412, "个", "exact", "level", "other", AR, "2025", "安仁县共有医疗卫生机构412个"),
    ("n02", "9个", 9, "个", "exact", "level", "other", AR, "2025", "其中医院9个"),
    ("n02", "13个", 13, "个", "exact", "level", "other", AR, "2025", "乡镇卫生院13个"),
    ("n02", "186个", 186, "个", "exact", "level", "other", AR, "2025", "村卫生室186个"),
    ("n02", "2846张", 2846, "张", "exact", "level", "beds", AR, "2025", "全县医疗卫生机构实有床位2846张"),
    ("n02", "132张", 132, "张", "exact", "change", "beds", AR, "2025", "比上年末增加132张"),
    ("n02", "7.12张", 7.12, "张", "exact", "level", "beds", AR, "2025", "每千常住人口医疗卫生机构床位7.12张"),
    ("n02", "1560", 1560, "张", "exact", "level", "beds", AR, "2025", "县级医院|1560|86"),
    ("n02", "86", 86, "张", "exact", "change", "beds", AR, "2025", "县级医院|1560|86"),
    ("n02", "1020", 1020, "张", "exact", "level", "beds", AR, "2025", "乡镇卫生院|1020|40"),
    ("n02", "40", 40, "张", "exact", "change", "beds", AR, "2025", "乡镇卫生院|1020|40"),
    ("n02", "266", 266, "张", "exact", "level", "beds", AR, "2025", "民营医院|266|6"),
    ("n02", "6", 6, "张", "exact", "change", "beds", AR, "2025", "民营医院|266|6"),
    ("n02", "3.26亿元", 326000000, "元", "exact", "level", "money", AR, "2025", "全县完成卫生健康项目投资3.26亿元"),
    ("n02", "9.4%", 9.4, "%", "exact", "change", "percent", AR, "2025", "同比增长9.4%"),
    ("n02", "300张", 300, "张", "exact", "level", "beds", AR, "2025", "住院综合楼建成投用，新增床位300张"),
    ("n02", "60张", 60, "张", "exact", "level", "beds", AR, "2025", "康复病区新增床位60张"),
    ("n02", "200张", 200, "张", "exact", "target", "beds", AR, "2026", "2026年全县计划新增床位200张"),
    ("n02", "7.5张", 7.5, "张", "exact", "target", "beds", AR, "2026", "每千常住人口医疗卫生机构床位达到7.5张"),
    ("n03", "1086人", 1086, "人", "exact", "level", "jobs", HL, "2025", "全县城镇新增就业1086人"),
    ("n03", "120.7%", 120.7, "%", "exact", "level", "jobs", HL, "2025", "完成年度目标任务的120.7%"),
    ("n03", "263人", 263, "人", "exact", "level", "jobs", HL, "2025", "城镇失业人员再就业263人"),
    ("n03", "85人", 85, "人", "exact", "level", "jobs", HL, "2025", "就业困难人员实现就业85人"),
    ("n03", "2.9%", 2.9, "%", "exact", "level", "jobs", HL, "2025", "年末城镇登记失业率为2.9%"),
    ("n03", "1.92万人", 19200, "人", "exact", "level", "jobs", HL, "2025", "全年转移农村劳动力就业1.92万人"),
    ("n03", "1.24万人", 12400, "人", "exact", "level", "jobs", HL, "2025", "其中县外转移1.24万人"),
    ("n03", "4.8亿元", 480000000, "元", "exact", "level", "money", HL, "2025", "实现劳务收入4.8亿元"),
    ("n03", "5.3%", 5.3, "%", "exact", "change", "percent", HL, "2025", "同比增长5.3%"),
    ("n03", "2860万元", 28600000, "元", "exact", "level", "money", HL, "2025", "全年发放创业担保贷款2860万元"),
    ("n03", "212人", 212, "人", "exact", "level", "jobs", HL, "2025", "扶持创业212人"),
    ("n03", "648人", 648, "人", "exact", "level", "jobs", HL, "2025", "带动就业648人"),
    ("n03", "1760人次", 1760, "人次", "exact", "level", "jobs", HL, "2025", "开展职业技能培训1760人次"),
    ("n03", "126万元", 1260000, "元", "exact", "level", "money", HL, "2025", "发放职业培训补贴126万元"),
    ("n03", "318个", 318, "个", "exact", "level", "jobs", HL, "2025", "开发公益性岗位318个"),
    ("n03", "296人", 296, "人", "exact", "level", "jobs", HL, "2025", "安置脱贫劳动力就业296人"),
    ("n03", "16场", 16, "场", "exact", "level", "other", HL, "2025", "举办招聘会16场"),
    ("n03", "4350个", 4350, "个", "exact", "level", "jobs", HL, "2025", "提供就业岗位4350个"),
    ("n03", "1000人以上", 1000, "人", "lower_bound", "target", "jobs", HL, "2026", "全县计划城镇新增就业1000人以上"),
    ("n03", "4%以内", 4, "%", "upper_bound", "target", "jobs", HL, "2026", "城镇登记失业率控制在4%以内"),
    ("n04", "3.86亿元", 386000000, "元", "exact", "level", "money", YC, "2025", "全县一般公共预算收入完成3.86亿元"),
    ("n04", "6.2%", 6.2, "%", "exact", "change", "percent", YC, "2025", "3.86亿元，同比增长6.2%"),
    ("n04", "102.4%", 102.4, "%", "exact", "level", "percent", YC, "2025", "完成预算的102.4%"),
    ("n04", "2.41亿元", 241000000, "元", "exact", "level", "money", YC, "2025", "其中，税收收入2.41亿元"),
    ("n04", "5.8%", 5.8, "%", "exact", "change", "percent", YC, "2025", "2.41亿元，同比增长5.8%"),
    ("n04", "1.45亿元", 145000000, "元", "exact", "level", "money", YC, "2025", "非税收入1.45亿元"),
    ("n04", "6.9%", 6.9, "%", "exact", "change", "percent", YC, "2025", "1.45亿元，增长6.9%"),
    ("n04", "26.72亿元", 2672000000, "元", "exact", "level", "money", YC, "2025", "全县一般公共预算支出完成26.72亿元"),
    ("n04", "4.1%", 4.1, "%", "exact", "change", "percent", YC, "2025", "26.72亿元，同比增长4.1%"),
    ("n04", "21.38亿元", 2138000000, "元", "exact", "level", "money", YC, "2025", "其中民生支出21.38亿元"),
    ("n04", "80.0%", 80.0, "%", "exact", "level", "percent", YC, "2025", "占一般公共预算支出的80.0%"),
    ("n04", "1.12亿元", 112000000, "元", "exact", "level", "money", YC, "2025", "全县政府性基金预算收入完成1.12亿元"),
    ("n04", "8.6%", 8.6, "%", "exact", "change", "percent", YC, "2025", "同比下降8.6%"),
    ("n04", "3.5亿元", 350000000, "元", "exact", "level", "money", YC, "2025", "争取新增地方政府债券资金3.5亿元"),
    ("n04", "2.9亿元", 290000000, "元", "exact", "level", "money", YC, "2025", "其中专项债券2.9亿元"),
    ("n04", "4.36亿元", 436000000, "元", "exact", "level", "money", YC, "2025", "全年教育支出4.36亿元"),
    ("n04", "3.5%", 3.5, "%", "exact", "change", "percent", YC, "2025", "4.36亿元，增长3.5%"),
    ("n04", "5.08亿元", 508000000, "元", "exact", "level", "money", YC, "2025", "社会保障和就业支出5.08亿元"),
    ("n04", "7.2%", 7.2, "%", "exact", "change", "percent", YC, "2025", "5.08亿元，增长7.2%"),
    ("n04", "2.64亿元", 264000000, "元", "exact", "level", "money", YC, "2025", "卫生健康支出2.64亿元"),
    ("n04", "5.1%", 5.1, "%", "exact", "change", "percent", YC, "2025", "2.64亿元，增长5.1%"),
    ("n04", "5%左右", 5, "%", "approx", "target", "percent", YC, "2026", "一般公共预算收入预期增长5%左右"),
    ("n04", "27.5亿元", 2750000000, "元", "exact", "target", "money", YC, "2026", "一般公共预算支出安排27.5亿元"),
    ("n05", "1268张", 1268, "张", "exact", "level", "beds", HS, "2025", "和顺县医疗卫生机构实有床位1268张"),
    ("n05", "64张", 64, "张", "exact", "change", "beds", HS, "2025", "比上年末增加64张"),
    ("n05", "8.06张", 8.06, "张", "exact", "level", "beds", HS, "2025", "每千常住人口医疗卫生机构床位8.06张"),
    ("n05", "500张", 500, "张", "exact", "level", "beds", HS, "2025", "县医院编制床位500张"),
    ("n05", "568张", 568, "张", "exact", "level", "beds", HS, "2025", "实际开放床位568张"),
    ("n05", "260张", 260, "张", "exact", "level", "beds", HS, "2025", "和顺县中医医院开放床位260张"),
    ("n05", "12个", 12, "个", "exact", "level", "other", HS, "2025", "全县有养老机构12个"),
    ("n05", "1420张", 1420, "张", "exact", "level", "beds", HS, "2025", "养老床位1420张"),
    ("n05", "786张", 786, "张", "exact", "level", "beds", HS, "2025", "其中护理型床位786张"),
    ("n05", "55.4%", 55.4, "%", "exact", "level", "beds", HS, "2025", "护理型床位占比55.4%"),
    ("n05", "48个", 48, "个", "exact", "level", "other", HS, "2025", "全县有互助幸福院48个"),
    ("n05", "960张", 960, "张", "exact", "level", "beds", HS, "2025", "互助幸福院48个，床位960张"),
    ("n05", "1.32亿元", 132000000, "元", "exact", "level", "money", HS, "2025", "投入卫生健康和养老资金1.32亿元"),
    ("n05", "7.6%", 7.6, "%", "exact", "change", "percent", HS, "2025", "同比增长7.6%"),
    ("n05", "8640万元", 86400000, "元", "exact", "level", "money", HS, "2025", "争取中央和省级补助资金8640万元"),
    ("n05", "120张", 120, "张", "exact", "target", "beds", HS, "2026", "2026年计划新增护理型床位120张"),
    ("n05", "3.8亿元", 380000000, "元", "exact", "target", "money", HS, "", "计划总投资3.8亿元"),
    ("n05", "800张", 800, "张", "exact", "target", "beds", HS, "", "设计床位800张"),
]


def _clean(doc: str) -> str:
    """The text as its program shows it (a table's rows as cells joined by |)."""
    return {"n01": _n01_clean, "n02": _n02_clean, "n03": _n03_clean, "n04": _n04_clean, "n05": _n05_clean}[doc]()


_probe = joined(_clean, rows_kept=True)


def main() -> None:
    """Write the texts, the manifest and the gold (damaged28's `write_set`), after checking that each form holds
    the clean text: n02's and n03's text read out of their XML, n03's lines put back together, n04's marks
    taken out, n01's and n05's marks taken out."""
    import xml.etree.ElementTree as ET

    md = re.sub(r"\*\*|^- (\[ \] )?|^#+ |\[([^\]]*)\]\([^)]*\)", lambda m: m.group(2) or "",
                TEXTS["n01"].decode("utf-8"), flags=re.M)
    for line in _n01_clean().split("\n"):
        assert line in md.replace(" | ", "|").replace("| ", "").replace(" |", ""), line
    storage = TEXTS["n02"].decode("utf-8")
    got = re.sub(r"<!\[CDATA\[(.*?)\]\]>", r"\1", storage)
    got = re.sub(r'<time datetime="([^"]+)" />', r"\1", got)
    got = re.sub(r"<ac:task-id>\d+</ac:task-id>|<ac:parameter ac:name=\"colour\">[^<]*</ac:parameter>|"
                 r"<ac:parameter ac:name=\"title\">已审核</ac:parameter>", "", got)
    got = re.sub(r"</p></t[hd]>", "|", got).replace("数据说明</ac:parameter>", "数据说明\n")
    got = re.sub(r"</(?:p|h1|h2|tr|ac:task)>", "\n", got)
    got = re.sub(r"<[^>]+>", "", got).replace("incomplete", "").replace("|\n", "\n")
    assert [x for x in got.split("\n") if x.strip()] == _n02_clean().split("\n"), got
    root = ET.fromstring(TEXTS["n03"].decode("utf-8"))
    ns = "{http://www.w3.org/1999/xhtml}"
    lines = [p.text for p in root.iter(f"{ns}p") if p.text and not p.text.startswith("—")]
    assert lines == _n03_lines()
    assert "".join(lines).replace("　", "") == "".join(_n03_clean().split("\n"))
    assert TEXTS["n04"].decode("utf-8-sig").count("\r\n") == len(N04_TEXT) + len(N04_NOTES) + 1
    write_set(OUT, TEXTS, MANIFEST, F, _probe)


if __name__ == "__main__":
    main()
