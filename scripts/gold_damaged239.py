r"""Build data/gold/damaged239: five texts of our own, each in a form real text comes in that no damaged set used yet
(one kind a text; the texts are written clean, the form is made by the code below):

- x01 (上林县, Guangxi, jobs): a research team's Slack channel as Slack's workspace export holds it (one day's file,
  2026-01-20.json): a JSON list of messages indented four spaces, slashes escaped (https:\/\/…), each message's
  text twice: as its "text" (mrkdwn: *bold*, <@U05K2R7PZ3M> mentions, <https:\/\/…|原文> links, • bullets) and
  again as its "blocks" (rich_text sections and a bullet list whose elements a bold style cuts wherever it falls,
  between a number and its unit too: {"text": "2186", "style": {"bold": true}}, {"text": "人，完成…"}), the
  ts (1768872610.002300), client_msg_id UUIDs, user ids, the user_profile (avatar hash, image_72 address),
  reactions with counts, a thread's reply_count and reply_users, a shared file's size (186420) and width.
- x02 (会宁县, Gansu, beds): a county health system's 钉钉 (DingTalk) work group's records as the PC client copies
  them (多选 → 合并转发 → 复制): the group's name and the date, each message under its sender's line (a name, the
  office in full-width brackets, a date and a clock time 2026/1/15 09:31), @所有人, emoji codes ([OK] [赞]), [图片],
  a [文件] line with a file's name and size (86.2KB), a 撤回了一条消息 line, a reply quoting its message cut short
  (「张丽：@所有人 2025年床位…」), a DING line with a deadline's date and clock time; a town's clinic takes the county.
- x03 (凤庆县, Yunnan, money): a finance bureau's analysis written in R Markdown and knitted to GitHub Markdown
  (md_document, variant gfm, preserve_yaml): the YAML head (params year: 2025, unit: 10000), echoed R chunks in
  ``` r fences whose code holds numbers of its own (sheet = 2, 1e4, round(…, 2)) and whose printed output knitr
  sets under them indented, each line behind its ## comment mark (## [1] 47200.35, a tibble's rows with their
  widths and years): no figures; a kable pipe table whose heads give the unit (2025年（万元）) with its alignment
  row and its Table: caption under it; a plot's picture with knitr's <!-- --> after it.
- x04 (岢岚县, Shanxi, jobs): a bureau's report saved by Word 2003 as an XML document (Word 2003 XML, w:wordDocument):
  the <?mso-application progid="Word.Document"?> instruction, o:DocumentProperties (Revision 7, TotalTime 142,
  Pages 2, Words 512, Characters 2920, Version 11.5604: the file's own numbers), w:fonts with their panose and
  signature attributes, w:docPr, then the body on one line: wx:sect and wx:sub-section, runs cut inside numbers
  (<w:t>12</w:t></w:r><w:r>…<w:t>68</w:t>), a tracked change (an aml:annotation Word.Deletion holding the old
  figure in w:delText, a Word.Insertion holding the new one), a reviewer's comment (aml:annotation Word.Comment
  whose aml:content paragraph, a date in its attributes, stands right after a figure), a picture's base64 bytes
  in w:binData, a table one cell a <w:tc>, w:sectPr with the page's size and margins.
- x05 (临洮县, Gansu, beds and money): a researcher's page kept in Logseq (pages/临洮县2025年床位调研.md): page
  properties (created:: [[Jan 14th, 2026]]), every line a block (- ) indented by tabs, a block's id:: property (a
  UUID) on the line under it and a block reference ((65a3f1c2-…)) to it, **bold** figures, [[links]] to pages,
  #tags, DONE/TODO/LATER markers, a :LOGBOOK: with its CLOCK line (times and a duration), SCHEDULED: <2026-01-20
  Tue>, collapsed:: true, {{embed [[…]]}}; a town's clinic takes the county.

The gold is written by hand from the clean texts per /work/shared/gold/GUIDE.md, never from what stats extracts.
Quotes are written as the figure stands in the clean text; a table cell's measure from its label's or head's unit.

    .venv/bin/python scripts/gold_damaged239.py      # writes data/gold/damaged239/{texts,damaged239.jsonl}
"""

from __future__ import annotations

import base64
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
from gold_damaged28 import joined, write_set  # noqa: E402

OUT = ROOT / "data" / "gold" / "damaged239"

# In the clean paragraphs below a figure set off by the form (bold) stands in {braces}; a run's cut stands as ^.
_MARKED = re.compile(r"\{([^{}]+)\}")


def _plain(s: str) -> str:
    return _MARKED.sub(r"\1", s).replace("^", "")


# x01: the Slack channel's day file: (user, ts, clean text, kind) with kind "p" a paragraph, "l" a bullet list
X01_USERS = {"U05K2R7PZ3M": ("lixiang", "李想"), "U05L8Q1VW6N": ("zhoumin", "周敏"), "U06A3D9XK2T": ("wanglei", "王磊")}
X01_MSGS = [
    ("U05K2R7PZ3M", "1768872610.002300", "p", ["各位，上林县人社局今天发了2025年就业数据，我摘了几条："]),
    ("U05K2R7PZ3M", "1768872655.004100", "l", ["全县城镇新增就业{2186}人，完成年度目标任务的{109.3%}",
                                               "城镇失业人员再就业{534人}，就业困难人员实现就业{172}人",
                                               "年末城镇登记失业率{2.8}%"]),
    ("U05L8Q1VW6N", "1768873022.006900", "p", ["转移就业那块也有：全县农村劳动力转移就业{16.42万人}，其中区外就业"
                                               "{9.87万}人，实现劳务收入{58.6亿元}，同比增长{4.9%}。"]),
    ("U05K2R7PZ3M", "1768873310.008200", "p", ["补充一下，全年发放创业担保贷款{3260万元}，扶持创业386人，"
                                               "带动就业1150人。"]),
    ("U05L8Q1VW6N", "1768873594.010500", "p", ["乡镇层面，白圩镇新增就业{268人}，巷贤镇新增就业{231人}。"
                                               "对比一下，2024年全县城镇新增就业是2052人。"]),
    ("U06A3D9XK2T", "1768874120.012700", "p", ["2026年的目标：城镇新增就业{2000人以上}，城镇登记失业率控制在"
                                               "{4%以内}。"]),
]
X01_LINK = "https://www.shanglin.gov.cn/xxgk/gzdt/t20260120_4821635.html"


def _x01_elements(s: str) -> list[dict]:
    out: list[dict] = []
    for i, part in enumerate(_MARKED.split(s)):
        if part:
            out.append({"type": "text", "text": part, **({"style": {"bold": True}} if i % 2 else {})})
    return out


def _x01() -> str:
    msgs = []
    for n, (user, ts, kind, paras) in enumerate(X01_MSGS):
        name, real = X01_USERS[user]
        if kind == "l":
            text = "\n".join("• " + _MARKED.sub(r"*\1*", p) for p in paras)
            elements = [{"type": "rich_text_list", "elements": [
                {"type": "rich_text_section", "elements": _x01_elements(p)} for p in paras],
                "style": "bullet", "indent": 0, "border": 0}]
        else:
            text = _MARKED.sub(r"*\1*", paras[0])
            elements = [{"type": "rich_text_section", "elements": _x01_elements(paras[0])}]
        if n == 0:
            text += f" <{X01_LINK}|原文>"
            elements[0]["elements"].append({"type": "link", "url": X01_LINK, "text": "原文"})
        if n == 5:
            text = "<@U05K2R7PZ3M> " + text
            elements[0]["elements"].insert(0, {"type": "user", "user_id": "U05K2R7PZ3M"})
        msg: dict = {"user": user, "type": "message", "ts": ts,
                     "client_msg_id": f"{n + 3:x}c1e9a4{n}-5b2d-4f{n}8-9a3e-{ts[-6:]}7d2f1b",
                     "text": text, "team": "T04RZ9H2M1Q", "user_team": "T04RZ9H2M1Q", "source_team": "T04RZ9H2M1Q",
                     "user_profile": {"avatar_hash": f"g{n}4f8a2c91d3e", "image_72":
                                      f"https://secure.gravatar.com/avatar/{n}4f8a2c91d3e.jpg?s=72&d=1",
                                      "first_name": real[1:], "real_name": real, "display_name": real,
                                      "team": "T04RZ9H2M1Q", "name": name, "is_restricted": False,
                                      "is_ultra_restricted": False},
                     "blocks": [{"type": "rich_text", "block_id": f"{n}Xq{n + 7}B", "elements": elements}]}
        if n == 1:
            msg.update({"thread_ts": ts, "reply_count": 2, "reply_users_count": 1, "latest_reply": X01_MSGS[3][1],
                        "reply_users": ["U05K2R7PZ3M"], "is_locked": False, "subscribed": False})
            msg["reactions"] = [{"name": "+1", "users": ["U05L8Q1VW6N", "U06A3D9XK2T"], "count": 2}]
        if n == 3:
            msg.update({"thread_ts": X01_MSGS[1][1], "parent_user_id": "U05K2R7PZ3M"})
        msgs.append(msg)
        if n == 2:
            msgs.append({"type": "message", "text": "", "files": [{
                "id": "F06B2K9P3QX", "created": 1768873101, "timestamp": 1768873101, "name": "shanglin_2025.png",
                "title": "上林县就业图表", "mimetype": "image/png", "filetype": "png", "user": "U05L8Q1VW6N",
                "size": 186420, "original_w": 1280, "original_h": 720, "is_public": True}],
                "upload": False, "user": "U05L8Q1VW6N", "display_as_bot": False, "ts": "1768873102.007300"})
    return json.dumps(msgs, ensure_ascii=False, indent=4).replace("/", "\\/") + "\n"


def _x01_clean() -> str:
    return "\n".join(_plain(p) for *_, paras in X01_MSGS for p in paras)


# x02: the DingTalk group's copied records: (sender line, message lines)
X02_GROUP = "会宁县卫健系统统计工作群"
X02_MSGS = [
    ("张丽（规划财务股） 2026/1/15 09:31", ["@所有人 2025年床位年报数已汇总，请各单位核对：",
                                         "全县医疗卫生机构实有床位2418张，比上年末增加106张，"
                                         "每千常住人口医疗卫生机构床位5.76张。"]),
    ("王建军（县人民医院） 2026/1/15 09:36", ["县医院编制床位600张，实际开放床位712张，核对无误[OK]"]),
    ("王建军（县人民医院） 2026/1/15 09:37", ["王建军撤回了一条消息"]),
    ("李娜（县中医医院） 2026/1/15 09:42", ["中医医院开放床位320张，其中康复科新增床位40张。"]),
    ("马小平（郭城驿镇卫生院） 2026/1/15 09:50", ["[图片]", "郭城驿镇卫生院床位58张，比上年增加8张[赞]"]),
    ("张丽（规划财务股） 2026/1/15 10:05", ["[文件] 会宁县2025年床位统计表（终版）.xlsx 86.2KB"]),
    ("张丽（规划财务股） 2026/1/15 10:12", ["民政口的数据也补上：全县养老机构床位1680张，其中护理型床位904张，"
                                         "护理型床位占比53.8%。"]),
    ("赵刚（规划财务股） 2026/1/15 10:20", ["「张丽：@所有人 2025年床位年报数已汇总…」",
                                         "- - - - - - - - - - - - - - -",
                                         "项目这块：2025年全县卫生健康项目完成投资2.15亿元，同比增长12.4%。"]),
    ("张丽（规划财务股） 2026/1/15 10:31", ["今年安排：2026年全县计划新增床位150张，每千常住人口医疗卫生机构床位"
                                         "达到6张。"]),
    ("张丽（规划财务股） 2026/1/15 10:33", ["[DING] 请各单位于1月16日12:00前在群内回复“已核对”"]),
]


def _x02() -> str:
    lines = [f"{X02_GROUP}的聊天记录", "2026-01-15", ""]
    for head, body in X02_MSGS:
        lines += [head, *body, ""]
    return "\n".join(lines)


_X02_CHROME = ("@所有人 ", "[OK]", "[赞]")


def _x02_clean() -> str:
    out = []
    for _, body in X02_MSGS:
        for line in body:
            if line.startswith(("[", "「", "- ")) or line.endswith("撤回了一条消息"):
                continue
            for c in _X02_CHROME:
                line = line.replace(c, "")
            out.append(line)
    return "\n".join(out)


# x03: the knitted R Markdown (GitHub Markdown)
X03_YAML = ["---", 'title: "凤庆县2025年财政收支分析"', 'author: "县财政局预算股"', 'date: "2026-01-18"', "output:",
            "  md_document:", "    variant: gfm", "    preserve_yaml: true", "params:", "  year: 2025",
            "  unit: 10000", "---"]
X03_P1 = ("2025年，凤庆县一般公共预算收入完成4.72亿元，同比增长5.6%，完成预算的101.8%。其中，税收收入2.96亿元，"
          "增长4.3%；非税收入1.76亿元，增长7.9%。")
X03_P2 = "全县一般公共预算支出完成31.86亿元，同比增长3.2%。其中民生支出25.41亿元，占一般公共预算支出的79.8%。"
X03_TABLE = [("项目", "2025年（万元）", "2024年（万元）", "增长（%）"),
             ("教育支出", "58620", "56340", "4.0"),
             ("社会保障和就业支出", "62480", "59150", "5.6"),
             ("卫生健康支出", "34160", "33520", "1.9")]
X03_CAPTION = "2025年凤庆县主要民生支出"
X03_P3 = "全县争取上级转移支付资金24.6亿元，其中一般性转移支付19.8亿元。"
X03_P4 = "2026年全县一般公共预算收入预期增长5%左右，一般公共预算支出安排32.5亿元。"


def _x03() -> str:
    w = [max(len(r[i]) for r in X03_TABLE) + 2 for i in range(4)]
    table = ["| " + " | ".join(c.ljust(w[i]) if i == 0 else c.rjust(w[i]) for i, c in enumerate(r)) + " |"
             for r in X03_TABLE]
    table.insert(1, "|:" + "-" * (w[0] + 1) + "|" + "|".join("-" * (w[i] + 1) + ":" for i in range(1, 4)) + "|")
    lines = [*X03_YAML, "", "``` r", "library(dplyr)", "library(knitr)",
             'fin <- readxl::read_excel("data/fin_2025.xlsx", sheet = 2)', "```", "", "## 一、收入", "", X03_P1, "",
             "``` r", "round(sum(fin$income) / params$unit, 2)", "```", "", "    ## [1] 47200.35", "",
             "``` r", "fin %>% group_by(year) %>% summarise(income = sum(income) / 1e4)", "```", "",
             "    ## # A tibble: 2 × 2", "    ##    year income", "    ##   <dbl>  <dbl>", "    ## 1  2024 44697.",
             "    ## 2  2025 47200.", "", "## 二、支出", "", X03_P2, "", *table, "", f"Table: {X03_CAPTION}", "",
             "![](fin_report_files/figure-gfm/expend-plot-1.png)<!-- -->", "", "## 三、转移支付", "", X03_P3, "",
             "## 四、2026年预算", "", X03_P4, ""]
    return "\n".join(lines)


def _x03_clean() -> str:
    return "\n".join([X03_P1, X03_P2, *("|".join(r) for r in X03_TABLE), X03_CAPTION, X03_P3, X03_P4])


# x04: the Word 2003 XML document; ^ is where a run is cut, [del:old] a tracked deletion, [c] the comment
X04_TITLE = "岢岚县2025年就业创业工作情况"
X04_PARAS = [
    "2025年，岢岚县城镇新增就业[del:1260]12^68人[c]，完成年度目标任务的115.^3%；城镇失业人员再就业3^12人，"
    "就业困难人员实现就业96人，年末城镇登记失业率2.^6%。",
    "全年转移农村劳动力就业2.3^6万人，其中县外转移1.48万^人，实现劳务收入6.2亿元，同比增长5.1%。",
    "全年发放创业担保贷款18^60万元，扶持创业156人，带动就业4^52人；开展职业技能培训2140人次。",
]
X04_COMMENT = "已与省就业信息系统核对"
X04_TABLE_HEAD = "表1 2025年部分乡镇就业情况"
X04_TABLE = [("乡镇", "新增就业（人）", "转移就业（人）"), ("岚漪镇", "386", "5120"), ("三井镇", "214", "4360")]
X04_P4 = "2026年，全县计划城镇新增就业1200人以上，城镇登记失业率控制在4%以内。"
_W = "http://schemas.microsoft.com/office/word/2003/wordml"
_RPR = ('<w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:fareast="仿宋_GB2312" w:h-ansi="仿宋_GB2312" w:hint="fareast"/>'
        '<wx:font wx:val="仿宋_GB2312"/><w:sz w:val="32"/><w:sz-cs w:val="32"/><w:lang w:fareast="ZH-CN"/></w:rPr>')
_PPR = '<w:pPr><w:spacing w:line="560" w:line-rule="exact"/><w:ind w:first-line-chars="200" w:first-line="640"/></w:pPr>'


def _x04_run(t: str) -> str:
    return f"<w:r>{_RPR}<w:t>{t}</w:t></w:r>"


def _x04_para(s: str, n: int) -> str:
    out = []
    for piece in re.split(r"(\[del:[^\]]+\]|\[c\]|\^)", s):
        if piece.startswith("[del:"):
            out.append(f'<aml:annotation aml:id="{n}1" w:type="Word.Deletion" aml:author="王芳" '
                       f'aml:createdate="2026-01-19T10:12:00Z"><aml:content><w:r>{_RPR}<w:delText>{piece[5:-1]}'
                       f'</w:delText></w:r></aml:content></aml:annotation><aml:annotation aml:id="{n}2" '
                       'w:type="Word.Insertion" aml:author="王芳" aml:createdate="2026-01-19T10:12:00Z"><aml:content>')
            out.append("#INS#")
        elif piece == "[c]":
            out.append(f'<aml:annotation aml:id="{n}3" aml:author="王芳" aml:createdate="2026-01-19T10:15:00Z" '
                       'w:type="Word.Comment" w:initials="WF"><aml:content><w:p><w:pPr><w:pStyle w:val="CommentText"/>'
                       f'</w:pPr><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>'
                       f"<w:r><w:t>{X04_COMMENT}</w:t></w:r></w:p></aml:content></aml:annotation>")
        elif piece and piece != "^":
            out.append(_x04_run(piece))
    body = "".join(out)
    if "#INS#" in body:  # the inserted figure's first run is the insertion's content
        head, tail = body.split("#INS#")
        first_end = tail.index("</w:r>") + len("</w:r>")
        body = head + tail[:first_end] + "</aml:content></aml:annotation>" + tail[first_end:]
    return f'<w:p wsp:rsidR="00A7{n}C3E1" wsp:rsidRDefault="00A7{n}C3E1">{_PPR}{body}</w:p>'


def _x04() -> str:
    props = ("<o:DocumentProperties><o:Title>岢岚县2025年就业创业工作情况</o:Title><o:Author>王芳</o:Author>"
             "<o:LastAuthor>李强</o:LastAuthor><o:Revision>7</o:Revision><o:TotalTime>142</o:TotalTime>"
             "<o:Created>2026-01-19T02:15:00Z</o:Created><o:LastSaved>2026-01-20T08:42:00Z</o:LastSaved>"
             "<o:Pages>2</o:Pages><o:Words>512</o:Words><o:Characters>2920</o:Characters>"
             "<o:Company>岢岚县人社局</o:Company><o:Lines>24</o:Lines><o:Paragraphs>6</o:Paragraphs>"
             "<o:CharactersWithSpaces>3426</o:CharactersWithSpaces><o:Version>11.5604</o:Version>"
             "</o:DocumentProperties>")
    fonts = ('<w:fonts><w:defaultFonts w:ascii="Times New Roman" w:fareast="宋体" w:h-ansi="Times New Roman" '
             'w:cs="Times New Roman"/><w:font w:name="宋体"><w:altName w:val="SimSun"/><w:panose-1 '
             'w:val="02010600030101010101"/><w:charset w:val="86"/><w:family w:val="Auto"/><w:pitch w:val="variable"/>'
             '<w:sig w:usb-0="00000003" w:usb-1="288F0000" w:usb-2="00000016" w:usb-3="00000000" w:csb-0="00040001" '
             'w:csb-1="00000000"/></w:font><w:font w:name="仿宋_GB2312"><w:panose-1 w:val="02010609030101010101"/>'
             '<w:charset w:val="86"/><w:family w:val="Modern"/><w:pitch w:val="fixed"/><w:sig w:usb-0="00000001" '
             'w:usb-1="080E0000" w:usb-2="00000010" w:usb-3="00000000" w:csb-0="00040000" w:csb-1="00000000"/>'
             "</w:font></w:fonts>")
    styles = ('<w:styles><w:versionOfBuiltInStylenames w:val="4"/><w:latentStyles w:defLockedState="off" '
              'w:latentStyleCount="156"/><w:style w:type="paragraph" w:default="on" w:styleId="a"><w:name '
              'w:val="Normal"/><wx:uiName wx:val="正文"/><w:pPr><w:jc w:val="both"/></w:pPr><w:rPr><wx:font '
              'wx:val="Times New Roman"/><w:kern w:val="2"/><w:sz w:val="21"/><w:sz-cs w:val="24"/><w:lang '
              'w:val="EN-US" w:fareast="ZH-CN" w:bidi="AR-SA"/></w:rPr></w:style></w:styles>')
    docpr = ('<w:docPr><w:view w:val="print"/><w:zoom w:percent="100"/><w:doNotEmbedSystemFonts/>'
             '<w:bordersDontSurroundHeader/><w:defaultTabStop w:val="420"/><w:drawingGridVerticalSpacing '
             'w:val="156"/><w:displayHorizontalDrawingGridEvery w:val="0"/><w:punctuationKerning/>'
             '<w:characterSpacingControl w:val="CompressPunctuation"/><w:compat><w:spaceForUL/></w:compat>'
             '<wsp:rsids><wsp:rsidRoot wsp:val="00A71C3E"/><wsp:rsid wsp:val="00A70C3E1"/></wsp:rsids></w:docPr>')
    title = ('<w:p wsp:rsidR="00A71C3E" wsp:rsidRDefault="00A71C3E"><w:pPr><w:jc w:val="center"/><w:spacing '
             'w:line="600" w:line-rule="exact"/></w:pPr><aml:annotation aml:id="0" w:type="Word.Bookmark.Start" '
             'w:name="_Toc2365"/><w:r><w:rPr><w:rFonts w:ascii="方正小标宋简体" w:fareast="方正小标宋简体" '
             'w:hint="fareast"/><wx:font wx:val="方正小标宋简体"/><w:sz w:val="44"/><w:sz-cs w:val="44"/></w:rPr>'
             f'<w:t>{X04_TITLE}</w:t></w:r><aml:annotation aml:id="0" w:type="Word.Bookmark.End"/></w:p>')
    png = base64.b64encode(bytes(range(7, 250, 3)) * 2).decode()
    pict = ('<w:p wsp:rsidR="00A71C3E" wsp:rsidRDefault="00A71C3E"><w:pPr><w:jc w:val="center"/></w:pPr><w:r>'
            f'<w:pict><w:binData w:name="wordml://02000001.png" xml:space="preserve">{png}</w:binData>'
            '<v:shape id="_x0000_i1025" type="#_x0000_t75" style="width:415.5pt;height:233.25pt"><v:imagedata '
            'src="wordml://02000001.png" o:title="就业图2025"/></v:shape></w:pict></w:r></w:p>')

    def cell(t: str, width: str) -> str:
        return (f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr><w:p><w:pPr><w:jc w:val="center"/>'
                f'</w:pPr>{_x04_run(t)}</w:p></w:tc>')

    rows = "".join("<w:tr>" + "".join(cell(c, w) for c, w in zip(r, ("2840", "2840", "2842"), strict=True)) + "</w:tr>"
                   for r in X04_TABLE)
    table = ('<w:tbl><w:tblPr><w:tblStyle w:val="a3"/><w:tblW w:w="8522" w:type="dxa"/><w:tblLook w:val="04A0"/>'
             '</w:tblPr><w:tblGrid><w:gridCol w:w="2840"/><w:gridCol w:w="2840"/><w:gridCol w:w="2842"/></w:tblGrid>'
             f"{rows}</w:tbl>")
    sect = ('<w:sectPr wsp:rsidR="00A71C3E"><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" '
            'w:bottom="1985" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/><w:cols w:space="425"/>'
            '<w:docGrid w:type="lines" w:line-pitch="312"/></w:sectPr>')
    paras = [_x04_para(p, i + 1) for i, p in enumerate(X04_PARAS)]
    body = (f"<w:body><wx:sect>{title}<wx:sub-section>{paras[0]}{pict}{paras[1]}{paras[2]}"
            f"{_x04_para(X04_TABLE_HEAD, 5)}{table}{_x04_para(X04_P4, 6)}{sect}</wx:sub-section></wx:sect></w:body>")
    ns = (f'xmlns:w="{_W}" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:w10="urn:schemas-microsoft-com:office:word" '
          'xmlns:sl="http://schemas.microsoft.com/schemaLibrary/2003/core" '
          'xmlns:aml="http://schemas.microsoft.com/aml/2001/core" '
          'xmlns:wx="http://schemas.microsoft.com/office/word/2003/auxHint" '
          'xmlns:o="urn:schemas-microsoft-com:office:office" '
          'xmlns:dt="uuid:C2F41010-65B3-11d1-A29F-00AA00C14882" '
          'xmlns:wsp="http://schemas.microsoft.com/office/word/2003/wordml/sp2" w:macrosPresent="no" '
          'w:embeddedObjPresent="no" w:ocxPresent="no" xml:space="preserve"')
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<?mso-application progid="Word.Document"?>\n'
            f"<w:wordDocument {ns}><w:ignoreSubtree w:val=\"http://schemas.microsoft.com/office/word/2003/wordml/sp2\"/>"
            f"{props}{fonts}{styles}{docpr}{body}</w:wordDocument>")


def _x04_clean() -> str:
    def plain(s: str) -> str:
        return re.sub(r"\[del:[^\]]+\]|\[c\]|\^", "", s)

    return "\n".join([X04_TITLE, *map(plain, X04_PARAS), X04_TABLE_HEAD, *("|".join(r) for r in X04_TABLE), X04_P4])


# x05: the Logseq page: (depth, clean block text, lines under it)
X05_PROPS = ["title:: 临洮县2025年床位调研", "tags:: 调研, 卫生健康, 床位", "type:: 调研笔记",
             "created:: [[Jan 14th, 2026]]", ""]
X05_ID = "65a3f1c2-7b8e-4d21-9c3a-0f1e2d3c4b5a"
X05_BLOCKS = [
    (0, "## 总体", []),
    (1, "截至2025年末，[[临洮县]]医疗卫生机构实有床位{2960张}，比上年末增加{138张}。", [f"id:: {X05_ID}"]),
    (1, "每千常住人口医疗卫生机构床位{6.42张}。", []),
    (1, "其中[[临洮县人民医院]]开放床位880张，[[临洮县中医医院]]开放床位460张。", []),
    (1, "太石镇中心卫生院床位66张。 #乡镇", ["collapsed:: true"]),
    (2, "{{embed [[临洮县卫生健康统计2024]]}}", []),
    (0, "## 养老", []),
    (1, "全县养老机构14个，养老床位{1860张}，其中护理型床位1020张，护理型床位占比54.8%。", []),
    (1, "农村互助老人幸福院不在上述统计内 #待核实", []),
    (0, "## 资金", []),
    (1, "2025年县级财政卫生健康支出{3.48亿元}，同比增长{6.1%}。", []),
    (1, "争取上级补助资金1.26亿元，用于县人民医院改扩建。", []),
    (1, f"口径同(({X05_ID}))所列床位数。", []),
    (0, "## 待办", []),
    (1, "DONE 与县卫健局核对床位数", [":LOGBOOK:", "CLOCK: [2026-01-14 Wed 15:02:11]--[2026-01-14 Wed 15:40:36] =>  "
                                   "00:38:25", ":END:"]),
    (1, "TODO 2026年计划新增护理型床位200张", ["SCHEDULED: <2026-01-20 Tue>"]),
    (1, "LATER 县人民医院新院区设计床位1200张，计划总投资6.8亿元 #项目", []),
]


def _x05() -> str:
    lines = list(X05_PROPS)
    for depth, text, under in X05_BLOCKS:
        tabs = "\t" * depth
        lines.append(f"{tabs}- " + (text if text.startswith("{{") else _MARKED.sub(r"**\1**", text)))
        lines += [f"{tabs}  {u}" for u in under]
    return "\n".join(lines) + "\n"


def _x05_clean() -> str:
    out = []
    for _, text, _under in X05_BLOCKS:
        text = re.sub(r"\[\[([^\]]+)\]\]", r"\1", _plain(text))
        text = re.sub(r"^(?:DONE|TODO|LATER) |^## | #\S+$", "", text)
        if not text.startswith(("{{", "口径同")):
            out.append(text)
    return "\n".join(out)


TEXTS = {"x01": _x01().encode("utf-8"), "x02": _x02().encode("utf-8"), "x03": _x03().encode("utf-8"),
         "x04": _x04().encode("utf-8"), "x05": _x05().encode("utf-8")}

MANIFEST = [("x01", "2026-01-20", "县域就业观察课题组"), ("x02", "2026-01-15", "会宁县卫生健康局"),
            ("x03", "2026-01-18", "凤庆县财政局"), ("x04", "2026-01-20", "岢岚县人力资源和社会保障局"),
            ("x05", "2026-01-14", "临洮县发展研究中心")]

# (doc, quote, value, measure, qualifier, role, topic, place, period, context[, tier])
SL, HN, FQ, KL, LT = "上林县", "会宁县", "凤庆县", "岢岚县", "临洮县"
F: list[tuple] = [
    ("x01", "2186人", 2186, "人", "exact", "level", "jobs", SL, "2025", "全县城镇新增就业2186人"),
    ("x01", "109.3%", 109.3, "%", "exact", "level", "jobs", SL, "2025", "完成年度目标任务的109.3%"),
    ("x01", "534人", 534, "人", "exact", "level", "jobs", SL, "2025", "城镇失业人员再就业534人"),
    ("x01", "172人", 172, "人", "exact", "level", "jobs", SL, "2025", "就业困难人员实现就业172人"),
    ("x01", "2.8%", 2.8, "%", "exact", "level", "jobs", SL, "2025", "年末城镇登记失业率2.8%"),
    ("x01", "16.42万人", 164200, "人", "exact", "level", "jobs", SL, "2025", "全县农村劳动力转移就业16.42万人"),
    ("x01", "9.87万人", 98700, "人", "exact", "level", "jobs", SL, "2025", "其中区外就业9.87万人"),
    ("x01", "58.6亿元", 5860000000, "元", "exact", "level", "money", SL, "2025", "实现劳务收入58.6亿元"),
    ("x01", "4.9%", 4.9, "%", "exact", "change", "percent", SL, "2025", "同比增长4.9%"),
    ("x01", "3260万元", 32600000, "元", "exact", "level", "money", SL, "2025", "全年发放创业担保贷款3260万元"),
    ("x01", "386人", 386, "人", "exact", "level", "jobs", SL, "2025", "扶持创业386人"),
    ("x01", "1150人", 1150, "人", "exact", "level", "jobs", SL, "2025", "带动就业1150人"),
    ("x01", "268人", 268, "人", "exact", "level", "jobs", SL, "2025", "白圩镇新增就业268人"),
    ("x01", "231人", 231, "人", "exact", "level", "jobs", SL, "2025", "巷贤镇新增就业231人"),
    ("x01", "2052人", 2052, "人", "exact", "level", "jobs", SL, "2024", "2024年全县城镇新增就业是2052人"),
    ("x01", "2000人以上", 2000, "人", "lower_bound", "target", "jobs", SL, "2026", "城镇新增就业2000人以上"),
    ("x01", "4%以内", 4, "%", "upper_bound", "target", "jobs", SL, "2026", "城镇登记失业率控制在4%以内"),
    ("x02", "2418张", 2418, "张", "exact", "level", "beds", HN, "2025", "全县医疗卫生机构实有床位2418张"),
    ("x02", "106张", 106, "张", "exact", "change", "beds", HN, "2025", "比上年末增加106张"),
    ("x02", "5.76张", 5.76, "张", "exact", "level", "beds", HN, "2025", "每千常住人口医疗卫生机构床位5.76张"),
    ("x02", "600张", 600, "张", "exact", "level", "beds", HN, "2025", "县医院编制床位600张"),
    ("x02", "712张", 712, "张", "exact", "level", "beds", HN, "2025", "实际开放床位712张"),
    ("x02", "320张", 320, "张", "exact", "level", "beds", HN, "2025", "中医医院开放床位320张"),
    ("x02", "40张", 40, "张", "exact", "level", "beds", HN, "2025", "其中康复科新增床位40张"),
    ("x02", "58张", 58, "张", "exact", "level", "beds", HN, "2025", "郭城驿镇卫生院床位58张"),
    ("x02", "8张", 8, "张", "exact", "change", "beds", HN, "2025", "比上年增加8张"),
    ("x02", "1680张", 1680, "张", "exact", "level", "beds", HN, "2025", "全县养老机构床位1680张"),
    ("x02", "904张", 904, "张", "exact", "level", "beds", HN, "2025", "其中护理型床位904张"),
    ("x02", "53.8%", 53.8, "%", "exact", "level", "beds", HN, "2025", "护理型床位占比53.8%"),
    ("x02", "2.15亿元", 215000000, "元", "exact", "level", "money", HN, "2025", "全县卫生健康项目完成投资2.15亿元"),
    ("x02", "12.4%", 12.4, "%", "exact", "change", "percent", HN, "2025", "同比增长12.4%"),
    ("x02", "150张", 150, "张", "exact", "target", "beds", HN, "2026", "2026年全县计划新增床位150张"),
    ("x02", "6张", 6, "张", "exact", "target", "beds", HN, "2026", "每千常住人口医疗卫生机构床位达到6张"),
    ("x03", "4.72亿元", 472000000, "元", "exact", "level", "money", FQ, "2025", "凤庆县一般公共预算收入完成4.72亿元"),
    ("x03", "5.6%", 5.6, "%", "exact", "change", "percent", FQ, "2025", "4.72亿元，同比增长5.6%"),
    ("x03", "101.8%", 101.8, "%", "exact", "level", "percent", FQ, "2025", "完成预算的101.8%"),
    ("x03", "2.96亿元", 296000000, "元", "exact", "level", "money", FQ, "2025", "其中，税收收入2.96亿元"),
    ("x03", "4.3%", 4.3, "%", "exact", "change", "percent", FQ, "2025", "2.96亿元，增长4.3%"),
    ("x03", "1.76亿元", 176000000, "元", "exact", "level", "money", FQ, "2025", "非税收入1.76亿元"),
    ("x03", "7.9%", 7.9, "%", "exact", "change", "percent", FQ, "2025", "1.76亿元，增长7.9%"),
    ("x03", "31.86亿元", 3186000000, "元", "exact", "level", "money", FQ, "2025", "全县一般公共预算支出完成31.86亿元"),
    ("x03", "3.2%", 3.2, "%", "exact", "change", "percent", FQ, "2025", "31.86亿元，同比增长3.2%"),
    ("x03", "25.41亿元", 2541000000, "元", "exact", "level", "money", FQ, "2025", "其中民生支出25.41亿元"),
    ("x03", "79.8%", 79.8, "%", "exact", "level", "percent", FQ, "2025", "占一般公共预算支出的79.8%"),
    ("x03", "58620", 586200000, "元", "exact", "level", "money", FQ, "2025", "教育支出|58620|56340|4.0"),
    ("x03", "56340", 563400000, "元", "exact", "level", "money", FQ, "2024", "教育支出|58620|56340|4.0"),
    ("x03", "4.0", 4.0, "%", "exact", "change", "percent", FQ, "2025", "教育支出|58620|56340|4.0"),
    ("x03", "62480", 624800000, "元", "exact", "level", "money", FQ, "2025", "社会保障和就业支出|62480|59150|5.6"),
    ("x03", "59150", 591500000, "元", "exact", "level", "money", FQ, "2024", "社会保障和就业支出|62480|59150|5.6"),
    ("x03", "5.6", 5.6, "%", "exact", "change", "percent", FQ, "2025", "社会保障和就业支出|62480|59150|5.6"),
    ("x03", "34160", 341600000, "元", "exact", "level", "money", FQ, "2025", "卫生健康支出|34160|33520|1.9"),
    ("x03", "33520", 335200000, "元", "exact", "level", "money", FQ, "2024", "卫生健康支出|34160|33520|1.9"),
    ("x03", "1.9", 1.9, "%", "exact", "change", "percent", FQ, "2025", "卫生健康支出|34160|33520|1.9"),
    ("x03", "24.6亿元", 2460000000, "元", "exact", "level", "money", FQ, "2025", "全县争取上级转移支付资金24.6亿元"),
    ("x03", "19.8亿元", 1980000000, "元", "exact", "level", "money", FQ, "2025", "其中一般性转移支付19.8亿元"),
    ("x03", "5%左右", 5, "%", "approx", "target", "percent", FQ, "2026", "一般公共预算收入预期增长5%左右"),
    ("x03", "32.5亿元", 3250000000, "元", "exact", "target", "money", FQ, "2026", "一般公共预算支出安排32.5亿元"),
    ("x04", "1268人", 1268, "人", "exact", "level", "jobs", KL, "2025", "岢岚县城镇新增就业1268人"),
    ("x04", "115.3%", 115.3, "%", "exact", "level", "jobs", KL, "2025", "完成年度目标任务的115.3%"),
    ("x04", "312人", 312, "人", "exact", "level", "jobs", KL, "2025", "城镇失业人员再就业312人"),
    ("x04", "96人", 96, "人", "exact", "level", "jobs", KL, "2025", "就业困难人员实现就业96人"),
    ("x04", "2.6%", 2.6, "%", "exact", "level", "jobs", KL, "2025", "年末城镇登记失业率2.6%"),
    ("x04", "2.36万人", 23600, "人", "exact", "level", "jobs", KL, "2025", "全年转移农村劳动力就业2.36万人"),
    ("x04", "1.48万人", 14800, "人", "exact", "level", "jobs", KL, "2025", "其中县外转移1.48万人"),
    ("x04", "6.2亿元", 620000000, "元", "exact", "level", "money", KL, "2025", "实现劳务收入6.2亿元"),
    ("x04", "5.1%", 5.1, "%", "exact", "change", "percent", KL, "2025", "同比增长5.1%"),
    ("x04", "1860万元", 18600000, "元", "exact", "level", "money", KL, "2025", "全年发放创业担保贷款1860万元"),
    ("x04", "156人", 156, "人", "exact", "level", "jobs", KL, "2025", "扶持创业156人"),
    ("x04", "452人", 452, "人", "exact", "level", "jobs", KL, "2025", "带动就业452人"),
    ("x04", "2140人次", 2140, "人次", "exact", "level", "jobs", KL, "2025", "开展职业技能培训2140人次"),
    ("x04", "386", 386, "人", "exact", "level", "jobs", KL, "2025", "岚漪镇|386|5120"),
    ("x04", "5120", 5120, "人", "exact", "level", "jobs", KL, "2025", "岚漪镇|386|5120"),
    ("x04", "214", 214, "人", "exact", "level", "jobs", KL, "2025", "三井镇|214|4360"),
    ("x04", "4360", 4360, "人", "exact", "level", "jobs", KL, "2025", "三井镇|214|4360"),
    ("x04", "1200人以上", 1200, "人", "lower_bound", "target", "jobs", KL, "2026", "全县计划城镇新增就业1200人以上"),
    ("x04", "4%以内", 4, "%", "upper_bound", "target", "jobs", KL, "2026", "城镇登记失业率控制在4%以内"),
    ("x05", "2960张", 2960, "张", "exact", "level", "beds", LT, "2025", "临洮县医疗卫生机构实有床位2960张"),
    ("x05", "138张", 138, "张", "exact", "change", "beds", LT, "2025", "比上年末增加138张"),
    ("x05", "6.42张", 6.42, "张", "exact", "level", "beds", LT, "2025", "每千常住人口医疗卫生机构床位6.42张"),
    ("x05", "880张", 880, "张", "exact", "level", "beds", LT, "2025", "临洮县人民医院开放床位880张"),
    ("x05", "460张", 460, "张", "exact", "level", "beds", LT, "2025", "临洮县中医医院开放床位460张"),
    ("x05", "66张", 66, "张", "exact", "level", "beds", LT, "2025", "太石镇中心卫生院床位66张"),
    ("x05", "14个", 14, "个", "exact", "level", "other", LT, "2025", "全县养老机构14个"),
    ("x05", "1860张", 1860, "张", "exact", "level", "beds", LT, "2025", "养老床位1860张"),
    ("x05", "1020张", 1020, "张", "exact", "level", "beds", LT, "2025", "其中护理型床位1020张"),
    ("x05", "54.8%", 54.8, "%", "exact", "level", "beds", LT, "2025", "护理型床位占比54.8%"),
    ("x05", "3.48亿元", 348000000, "元", "exact", "level", "money", LT, "2025", "县级财政卫生健康支出3.48亿元"),
    ("x05", "6.1%", 6.1, "%", "exact", "change", "percent", LT, "2025", "同比增长6.1%"),
    ("x05", "1.26亿元", 126000000, "元", "exact", "level", "money", LT, "2025", "争取上级补助资金1.26亿元"),
    ("x05", "200张", 200, "张", "exact", "target", "beds", LT, "2026", "2026年计划新增护理型床位200张"),
    ("x05", "1200张", 1200, "张", "exact", "target", "beds", LT, "", "新院区设计床位1200张"),
    ("x05", "6.8亿元", 680000000, "元", "exact", "target", "money", LT, "", "计划总投资6.8亿元"),
]


def _clean(doc: str) -> str:
    """The text as its program shows it (a table's rows as cells joined by |)."""
    return {"x01": _x01_clean, "x02": _x02_clean, "x03": _x03_clean, "x04": _x04_clean, "x05": _x05_clean}[doc]()


_probe = joined(_clean, rows_kept=True)


def main() -> None:
    """Write the texts, the manifest and the gold (damaged28's `write_set`), after checking that each form holds
    the clean text: x01's messages read back out of the JSON, x04's runs out of the XML (deleted text and the
    comment left out), x02's, x03's and x05's lines found in the file."""
    import xml.etree.ElementTree as ET

    msgs = json.loads(TEXTS["x01"].decode("utf-8"))
    got = ["".join(e.get("text", "") for s in m["blocks"][0]["elements"]
                   for e in (s["elements"] if s["type"] == "rich_text_section" else
                             [x for sec in s["elements"] for x in sec["elements"]]) if e["type"] == "text")
           for m in msgs if m.get("blocks")]
    assert "".join(got) == _x01_clean().replace("\n", ""), got
    root = ET.fromstring(TEXTS["x04"].decode("utf-8"))
    w, aml = "{" + _W + "}", "{http://schemas.microsoft.com/aml/2001/core}"
    comments = {id(p) for a in root.iter(f"{aml}annotation") for p in a.iter(f"{w}p")}
    lines = []
    for p in root.iter(f"{w}p"):
        if id(p) not in comments:
            text = "".join(t.text or "" for t in p.iter(f"{w}t") if not any(
                t in c.iter(f"{w}t") for c in root.iter(f"{aml}annotation") if c.get(f"{w}type") == "Word.Comment"))
            lines.append(text)
    assert [x for x in lines if x] == [x for x in _x04_clean().replace("|", "\n").split("\n")], lines
    for doc in ("x02", "x03", "x05"):
        text = TEXTS[doc].decode("utf-8").replace("**", "")
        text = re.sub(r"\[\[([^\]]+)\]\]", r"\1", text).replace("| ", "|").replace(" |", "|")
        text = re.sub(r" +\|", "|", re.sub(r"\| +", "|", text))
        for line in _clean(doc).split("\n"):
            assert line in text, (doc, line)
    write_set(OUT, TEXTS, MANIFEST, F, _probe)


if __name__ == "__main__":
    main()
