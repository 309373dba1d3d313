"""
Build data/gold/damaged47: five texts of our own, each in a form real text comes in that no damaged set used yet
(one kind a text; the texts are written clean, the form is made by the code below):

- x01 (会同县, Hunan, jobs): a bureau's year summary put together by a script from the parts its offices send (a
  `cat` of text files, an editor that keeps each pasted part's bytes), CRLF line ends: the report in UTF-8, but the
  one line the employment service centre sent from an old Windows machine (its public posts: two figures) in GBK,
  as it came. Read as UTF-8 that line is undecodable (its digits stand among broken bytes), and read as GB18030 the
  rest is mojibake; and it is short enough next to the rest (27 bad runs among 557 wide characters) that the file
  passes as UTF-8 with rare damage.
- x02 (平果市, Guangxi, beds): a health bureau's report as Word saves it as a web page (.htm, "Save as Web Page",
  renamed .txt) in GB2312: the Office namespaces, the meta charset=gb2312 and ProgId/Generator lines, the conditional
  <!--[if gte mso 9]><xml> block of o:DocumentProperties (Pages 2, Words 468, Characters 2671, Version 16.00: the
  file's own numbers, no figures) and w:WordDocument, a <style> in a comment with @font-face panose numbers and
  mso- properties (font sizes in pt, margins), the body in <div class=WordSection1>, each paragraph a
  <p class=MsoNormal> whose runs are <span>s: the Han text in 仿宋_GB2312, each run of digits in a
  <span lang=EN-US> of Times New Roman, <o:p></o:p> at each paragraph's end, a mso-spacerun &nbsp; run, a
  MsoNormalTable of <td>s each holding a <p>; and Word's source lines folded at about 78 characters at a space,
  inside tags too (<span lang=EN-US | style='…'>: a tag over two lines).
- x03 (临洮县, Gansu, money): a crawler's output as a JSON-lines file (a Scrapy feed export, .jl renamed .txt): one
  item a line, every non-ASCII character written \\uXXXX as Python's json.dumps does by default (the figures'
  digits between escapes), the article's paragraphs joined by \\n in its content field, and the items the spider
  took from the column's list page before it (a title, a date and an address each: no figures), with the crawl's
  own fields (a crawl time, a page id 1286543, a status 200, a download latency 0.412: no figures).
- x04 (岳西县, Anhui, jobs): a county TV item's subtitles as an automatic captioner cuts them (.srt): the narration
  with its commas and full stops dropped, each cue at most 13 characters, a clause too long for one cue cut where the
  count falls: between a label and its number, and inside figures too: at a point (105. | 4%, 12 | .8万人),
  between digits (512 | 0人次, 300 | 0人以上) and between a number and its unit (204 | 人, 1.86亿 | 元).
- x05 (通渭县, Gansu, beds and money): a county paper's phone edition (手机报, a PDF of small pages in large type) read
  by pdftotext: each page holds two lines of the text, so every other line is the page's running head (the paper's
  name and date: 通渭手机报 2026年1月26日 第3期) or its foot (第3页 共9页), a form feed at each page's end, the text's
  lines wrapped at 15 characters wherever that falls between a label and its number (never inside a number).

The gold is written by hand from the clean texts per /work/shared/gold/GUIDE.md, never from what stats extracts:
quotes and contexts as in the clean text, table rows as their cells joined by |, values in base units.

    .venv/bin/python scripts/gold_damaged47.py      # writes data/gold/damaged47/{texts,damaged47.jsonl}
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
from gold_damaged28 import joined, wrap, write_set  # noqa: E402

OUT = ROOT / "data" / "gold" / "damaged47"

# x01: the summary's lines; a line marked G| came in GBK.
X01_LINES = [
    "会同县2025年就业工作情况汇总",
    "（县人力资源和社会保障局　2026年1月19日）",
    "2025年，县委、县政府把稳就业摆在“六稳”“六保”首位，全县上下围绕重点群体、重点产业和重点项目抓就业，"
    "全年就业形势总体稳定，各项目标任务全面完成，现将有关情况汇总如下。",
    "一、主要指标完成情况",
    "全县城镇新增就业2236人，完成年度目标任务的111.8%；城镇失业人员再就业486人，就业困难人员实现就业152人。"
    "年末城镇调查失业率5.1%，控制在省定目标以内。",
    "二、劳动力转移就业",
    "全年转移农村劳动力就业9.86万人，其中县外转移6.42万人。依托驻外劳务工作站和“湘妹子”等劳务品牌，"
    "实现劳务收入38.6亿元，同比增长6.4%。",
    "三、公益性岗位和技能培训",
    "G|全年开发公益性岗位386个，安置脱贫劳动力就业312人。",
    "围绕县内茶油、竹木加工和康养旅游等产业用工需求，开展职业技能培训3480人次，发放职业培训补贴426万元，"
    "培训后实现就业的人员大多在县内企业上岗。",
    "四、创业带动就业",
    "全年发放创业担保贷款1.12亿元，扶持创业728人，带动就业2145人。县返乡创业园新入驻企业和个体工商户，"
    "吸纳周边群众就近就业；各乡镇利用闲置校舍和村部建设就业帮扶车间，让留守妇女和老年人在家门口上班，"
    "实现顾家、增收两不误。",
    "五、2026年工作打算",
    "2026年，全县计划城镇新增就业2200人以上，城镇调查失业率控制在5.5%以内，继续抓好高校毕业生、农民工、"
    "退役军人等重点群体就业，落实落细各项稳岗政策，"
    "持续开展“春风行动”“就业援助月”和“民营企业招聘月”等公共就业服务活动。",
]


def _x01() -> bytes:
    return b"".join(ln[2:].encode("gbk") + b"\r\n" if ln.startswith("G|") else (ln + "\r\n").encode("utf-8")
                   for ln in X01_LINES)


def _x01_clean() -> str:
    return "\n".join(ln.removeprefix("G|") for ln in X01_LINES)


# x02: the report's paragraphs (the first the headline) and its table
X02_TITLE = "平果市2025年卫生健康事业发展情况"
X02_PARAS = [
    "截至2025年末，全市共有医疗卫生机构268个，其中医院12个。医疗卫生机构实有床位2864张，比上年末增加146张，"
    "增长5.4%。其中，医院床位2218张，基层医疗卫生机构床位584张，专业公共卫生机构床位62张。"
    "每千常住人口医疗卫生机构床位6.12张。",
    "全年完成卫生健康领域投资3.26亿元。市人民医院新院区一期投入使用，新增床位300张；市中医医院新增康复床位80张。",
]
X02_CAPTION = "表1　2025年平果市医疗卫生机构床位情况"
X02_ROWS = [("机构类别", "2025年（张）", "2024年（张）"), ("医院", "2218", "2106"), ("基层医疗卫生机构", "584", "552"),
            ("专业公共卫生机构", "62", "60")]
X02_LAST = "2026年，全市计划新增床位200张，每千常住人口医疗卫生机构床位达到6.5张。"

_FS = "font-size:16.0pt;font-family:仿宋_GB2312"
_EN = "font-size:16.0pt;font-family:\"Times New Roman\";mso-fareast-font-family:仿宋_GB2312"


def _word_runs(text: str) -> str:
    """A paragraph's text as Word writes its runs: Han text in one span, each run of digits and points in a
    span lang=EN-US of its own."""
    out = []
    for part in re.findall(r"[0-9.%]+|[^0-9.%]+", text):
        if re.match(r"[0-9.%]", part):
            out.append(f"<span lang=EN-US style='{_EN}'>{part}</span>")
        else:
            out.append(f"<span style='{_FS}'>{part}</span>")
    return "".join(out)


def _fold(html: str, width: int = 78) -> str:
    """Word's folding of its HTML source: a line longer than `width` is broken at its last space before it."""
    lines = []
    for line in html.split("\n"):
        while len(line) > width and " " in line[1:width]:
            cut = line.rindex(" ", 1, width)
            lines.append(line[:cut])
            line = line[cut + 1:]
        lines.append(line)
    return "\r\n".join(lines)


def _x02() -> bytes:
    head = """<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=gb2312">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<meta name=Originator content="Microsoft Word 15">
<link rel=File-List href="2025年卫生健康事业发展情况.files/filelist.xml">
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>pgwjj</o:Author>
  <o:LastAuthor>办公室</o:LastAuthor>
  <o:Revision>3</o:Revision>
  <o:TotalTime>12</o:TotalTime>
  <o:Created>2026-01-20T02:13:00Z</o:Created>
  <o:LastSaved>2026-01-21T07:46:00Z</o:LastSaved>
  <o:Pages>2</o:Pages>
  <o:Words>468</o:Words>
  <o:Characters>2671</o:Characters>
  <o:Lines>22</o:Lines>
  <o:Paragraphs>6</o:Paragraphs>
  <o:CharactersWithSpaces>3133</o:CharactersWithSpaces>
  <o:Version>16.00</o:Version>
 </o:DocumentProperties>
</xml><![endif]--><!--[if gte mso 9]><xml>
 <w:WordDocument>
  <w:SpellingState>Clean</w:SpellingState>
  <w:GrammarState>Clean</w:GrammarState>
  <w:TrackMoves>false</w:TrackMoves>
  <w:DrawingGridVerticalSpacing>7.8 磅</w:DrawingGridVerticalSpacing>
  <w:DisplayHorizontalDrawingGridEvery>0</w:DisplayHorizontalDrawingGridEvery>
  <w:DisplayVerticalDrawingGridEvery>2</w:DisplayVerticalDrawingGridEvery>
  <w:ValidateAgainstSchemas/>
  <w:Compatibility>
   <w:SpaceForUL/>
   <w:BalanceSingleByteDoubleByteWidth/>
   <w:UseFELayout/>
  </w:Compatibility>
 </w:WordDocument>
</xml><![endif]-->
<style>
<!--
 /* Font Definitions */
 @font-face
	{font-family:宋体;
	panose-1:2 1 6 0 3 1 1 1 1 1;
	mso-font-charset:134;
	mso-generic-font-family:auto;
	mso-font-pitch:variable;
	mso-font-signature:3 680460288 22 0 262145 0;}
@font-face
	{font-family:仿宋_GB2312;
	mso-font-charset:134;
	mso-generic-font-family:modern;
	mso-font-pitch:fixed;
	mso-font-signature:1 135135232 16 0 262144 0;}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{mso-style-unhide:no;
	mso-style-qformat:yes;
	mso-style-parent:"";
	margin:0cm;
	text-align:justify;
	text-justify:inter-ideograph;
	mso-pagination:none;
	font-size:10.5pt;
	mso-bidi-font-size:12.0pt;
	font-family:"Times New Roman",serif;
	mso-fareast-font-family:宋体;
	mso-font-kerning:1.0pt;}
@page WordSection1
	{size:595.3pt 841.9pt;
	margin:72.0pt 90.0pt 72.0pt 90.0pt;
	mso-header-margin:42.55pt;
	mso-footer-margin:49.6pt;
	mso-paper-source:0;
	layout-grid:15.6pt;}
div.WordSection1
	{page:WordSection1;}
-->
</style>
</head>

<body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'>

<div class=WordSection1 style='layout-grid:15.6pt'>
"""
    body = [f"<p class=MsoNormal align=center style='text-align:center;line-height:28.0pt;mso-line-height-rule:"
            f"exactly'><b><span style='font-size:22.0pt;font-family:方正小标宋简体'>{X02_TITLE}</span></b>"
            "<b><span lang=EN-US style='font-size:22.0pt'><o:p></o:p></span></b></p>",
            "<p class=MsoNormal style='line-height:28.0pt;mso-line-height-rule:exactly'><span lang=EN-US "
            "style='font-size:16.0pt'><o:p>&nbsp;</o:p></span></p>"]
    for p in X02_PARAS:
        body.append("<p class=MsoNormal style='text-indent:32.0pt;line-height:28.0pt;mso-line-height-rule:exactly'>"
                    f"{_word_runs(p)}<span lang=EN-US style='{_EN}'><o:p></o:p></span></p>")
    body.append("<p class=MsoNormal align=center style='text-align:center;line-height:28.0pt;mso-line-height-rule:"
                f"exactly'><b><span style='{_FS}'>{X02_CAPTION.split('　')[0]}</span></b><b><span lang=EN-US "
                f"style='{_EN}'><span style='mso-spacerun:yes'>&nbsp; </span></span></b><b>"
                f"{_word_runs(X02_CAPTION.split('　')[1])}</b></p>")
    body.append("<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 align=center style='border-collapse:"
                "collapse;border:none;mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184;mso-padding-alt:0cm "
                "5.4pt 0cm 5.4pt'>")
    for i, row in enumerate(X02_ROWS):
        body.append(f"<tr style='mso-yfti-irow:{i};height:22.7pt'>")
        for k, cell in enumerate(row):
            width = 212 if k == 0 else 132
            body.append(f"<td width={width} valign=center style='width:{width * 0.75:.1f}pt;border:solid windowtext "
                        "1.0pt;padding:0cm 5.4pt 0cm 5.4pt;height:22.7pt'>")
            body.append("<p class=MsoNormal align=center style='text-align:center'>"
                        f"{_word_runs(cell)}<span lang=EN-US style='{_EN}'><o:p></o:p></span></p>")
            body.append("</td>")
        body.append("</tr>")
    body.append("</table>")
    body.append("<p class=MsoNormal style='text-indent:32.0pt;line-height:28.0pt;mso-line-height-rule:exactly'>"
                f"{_word_runs(X02_LAST)}<span lang=EN-US style='{_EN}'><o:p></o:p></span></p>")
    html = head + "\n\n".join(body) + "\n\n</div>\n\n</body>\n\n</html>\n"
    return _fold(html).encode("gb2312")


def _x02_clean() -> str:
    rows = ["|".join(r) for r in X02_ROWS]
    return "\n".join([X02_TITLE, *X02_PARAS, X02_CAPTION, *rows, X02_LAST])


# x03: the article the spider took, and the list page's items before it
X03_TITLE = "临洮县2025年财政预算执行情况"
X03_PARAS = [
    "2025年，全县一般公共预算收入完成5.84亿元，同比增长6.2%，其中税收收入3.96亿元，增长4.8%。"
    "一般公共预算支出42.36亿元，增长3.1%，其中民生支出33.52亿元，占一般公共预算支出的79.1%。",
    "全年争取上级转移支付资金31.4亿元，新增政府债券资金8.6亿元。政府性基金预算收入2.18亿元，下降12.4%。",
    "全县发放各类惠民惠农补贴资金3.62亿元，惠及群众24.6万人次。",
    "2026年，全县一般公共预算收入预期增长5%左右，财政部门将继续加强收入征管，兜牢“三保”底线。",
]
X03_LIST = [("临洮县召开全县财政工作会议", "2026-01-21", "art_4312_1286497"),
            ("临洮县财政局开展预算绩效管理培训", "2026-01-16", "art_4312_1285862")]
_SITE = "http://www.lintao.gov.cn/art/2026/1/{day}/{art}.html"


def _x03() -> str:
    items = []
    for title, date, art in X03_LIST:
        items.append({"type": "list", "title": title, "date": date,
                      "url": _SITE.format(day=int(date[-2:]), art=art),
                      "list_url": "http://www.lintao.gov.cn/col/col4312/index.html?uid=18734&pageNum=1"})
    items.append({"type": "article", "url": _SITE.format(day=22, art="art_4312_1286543"), "page_id": 1286543,
                  "title": X03_TITLE, "pub_date": "2026-01-22 16:35", "source": "临洮县财政局",
                  "content": "\n".join(X03_PARAS), "status": 200, "download_latency": 0.412,
                  "crawl_time": "2026-01-23 08:12:45"})
    return "".join(json.dumps(it) + "\n" for it in items)


def _x03_clean() -> str:
    return "\n".join([X03_TITLE, *X03_PARAS])


# x04: the narration; each clause (its marks dropped) is cut into cues of at most 13 characters where the count
# falls (so inside numbers too).
X04_TITLE = "岳西县2025年就业工作成效明显"
X04_TEXT = ("记者从县人社局获悉，2025年全县城镇新增就业3162人，完成年度目标任务的105.4%。城镇失业人员再就业628人，"
            "就业困难人员实现就业204人，年末城镇调查失业率5.2%。全年转移农村劳动力就业12.8万人，实现劳务收入86.4亿元，"
            "同比增长5.6%。全县开展职业技能培训5120人次，发放创业担保贷款1.86亿元，扶持创业936人，带动就业2870人，"
            "开发公益性岗位512个。今年，全县计划城镇新增就业3000人以上。")
_CUE = 13


def _cues(text: str) -> list[str]:
    out = []
    for clause in filter(None, re.split("[，。；]", text)):
        while len(clause) > _CUE:
            out.append(clause[:_CUE])
            clause = clause[_CUE:]
        out.append(clause)
    return out


def _srt_time(ms: int) -> str:
    return f"{ms // 3600000:02d}:{ms // 60000 % 60:02d}:{ms // 1000 % 60:02d},{ms % 1000:03d}"


def _x04() -> str:
    out, t = [], 4200
    for i, cue in enumerate([X04_TITLE, *_cues(X04_TEXT)], 1):
        dur = 600 + 240 * len(cue)
        out.append(f"{i}\n{_srt_time(t)} --> {_srt_time(t + dur)}\n{cue}\n")
        t += dur + 120
    return "\n".join(out)


def _x04_clean() -> str:
    return X04_TITLE + "\n" + X04_TEXT


# x05: the phone edition's text; its lines are wrapped at 15 characters (never inside a number), two a page
X05_TEXT = [
    "通渭县2025年卫生健康事业稳步发展",
    "本报讯　截至2025年末，全县共有医疗卫生机构412个，医疗卫生机构实有床位2146张，比上年末增加98张，增长4.8%。"
    "其中，医院床位1580张，基层医疗卫生机构床位512张，专业公共卫生机构床位54张。每千常住人口医疗卫生机构床位6.86张。",
    "全年卫生健康支出2.34亿元，同比增长4.2%。县第二人民医院住院楼项目完成投资7860万元，新增床位150张。"
    "全年争取中央和省级补助资金6420万元。",
    "2026年，全县计划新增床位120张，卫生健康支出预期增长5%左右。（记者　王晓东）",
]
_X05_WIDTH = 15


def _x05() -> str:
    lines = [part for line in X05_TEXT for part in wrap(line, _X05_WIDTH)]
    pages = [lines[i:i + 2] for i in range(0, len(lines), 2)]
    out = []
    for n, page in enumerate(pages, 1):
        out.append("通渭手机报　2026年1月26日　第3期\n" + "\n".join(page) + f"\n第{n}页　共{len(pages)}页\n\f")
    return "".join(out)


def _x05_clean() -> str:
    return "\n".join(X05_TEXT)


TEXTS = {"x01": _x01(), "x02": _x02(), "x03": _x03().encode("utf-8"), "x04": _x04().encode("utf-8"),
         "x05": _x05().encode("utf-8")}

MANIFEST = [("x01", "2026-01-20", "会同县人力资源和社会保障局"), ("x02", "2026-01-21", "平果市卫生健康局"),
            ("x03", "2026-01-22", "临洮县财政局"), ("x04", "2026-01-23", "岳西县融媒体中心"),
            ("x05", "2026-01-26", "通渭县融媒体中心")]

# (doc, quote, value, measure, qualifier, role, topic, place, period, context[, tier])
HT, PG, LT, YX, TW = "会同县", "平果市", "临洮县", "岳西县", "通渭县"
F: list[tuple] = [
    ("x01", "2236人", 2236, "人", "exact", "level", "jobs", HT, "2025", "全县城镇新增就业2236人"),
    ("x01", "111.8%", 111.8, "%", "exact", "level", "jobs", HT, "2025", "完成年度目标任务的111.8%"),
    ("x01", "486人", 486, "人", "exact", "level", "jobs", HT, "2025", "城镇失业人员再就业486人"),
    ("x01", "152人", 152, "人", "exact", "level", "jobs", HT, "2025", "就业困难人员实现就业152人"),
    ("x01", "5.1%", 5.1, "%", "exact", "level", "jobs", HT, "2025", "年末城镇调查失业率5.1%"),
    ("x01", "9.86万人", 98600, "人", "exact", "level", "jobs", HT, "2025", "全年转移农村劳动力就业9.86万人"),
    ("x01", "6.42万人", 64200, "人", "exact", "level", "jobs", HT, "2025", "其中县外转移6.42万人"),
    ("x01", "38.6亿元", 3860000000, "元", "exact", "level", "money", HT, "2025", "实现劳务收入38.6亿元"),
    ("x01", "6.4%", 6.4, "%", "exact", "change", "percent", HT, "2025", "同比增长6.4%"),
    ("x01", "386个", 386, "个", "exact", "level", "jobs", HT, "2025", "全年开发公益性岗位386个"),
    ("x01", "312人", 312, "人", "exact", "level", "jobs", HT, "2025", "安置脱贫劳动力就业312人"),
    ("x01", "3480人次", 3480, "人次", "exact", "level", "jobs", HT, "2025", "开展职业技能培训3480人次"),
    ("x01", "426万元", 4260000, "元", "exact", "level", "money", HT, "2025", "发放职业培训补贴426万元"),
    ("x01", "1.12亿元", 112000000, "元", "exact", "level", "money", HT, "2025", "全年发放创业担保贷款1.12亿元"),
    ("x01", "728人", 728, "人", "exact", "level", "jobs", HT, "2025", "扶持创业728人"),
    ("x01", "2145人", 2145, "人", "exact", "level", "jobs", HT, "2025", "带动就业2145人"),
    ("x01", "2200人以上", 2200, "人", "lower_bound", "target", "jobs", HT, "2026", "全县计划城镇新增就业2200人以上"),
    ("x01", "5.5%以内", 5.5, "%", "upper_bound", "target", "jobs", HT, "2026", "城镇调查失业率控制在5.5%以内"),
    ("x02", "268个", 268, "个", "exact", "level", "other", PG, "2025", "全市共有医疗卫生机构268个"),
    ("x02", "12个", 12, "个", "exact", "level", "other", PG, "2025", "其中医院12个"),
    ("x02", "2864张", 2864, "张", "exact", "level", "beds", PG, "2025", "医疗卫生机构实有床位2864张"),
    ("x02", "146张", 146, "张", "exact", "change", "beds", PG, "2025", "比上年末增加146张"),
    ("x02", "5.4%", 5.4, "%", "exact", "change", "percent", PG, "2025", "146张，增长5.4%"),
    ("x02", "2218张", 2218, "张", "exact", "level", "beds", PG, "2025", "其中，医院床位2218张"),
    ("x02", "584张", 584, "张", "exact", "level", "beds", PG, "2025", "基层医疗卫生机构床位584张"),
    ("x02", "62张", 62, "张", "exact", "level", "beds", PG, "2025", "专业公共卫生机构床位62张"),
    ("x02", "6.12张", 6.12, "张", "exact", "level", "beds", PG, "2025", "每千常住人口医疗卫生机构床位6.12张"),
    ("x02", "3.26亿元", 326000000, "元", "exact", "level", "money", PG, "2025", "全年完成卫生健康领域投资3.26亿元"),
    ("x02", "300张", 300, "张", "exact", "level", "beds", PG, "2025", "新增床位300张"),
    ("x02", "80张", 80, "张", "exact", "level", "beds", PG, "2025", "市中医医院新增康复床位80张"),
    ("x02", "2218", 2218, "张", "exact", "level", "beds", PG, "2025", "医院|2218|2106"),
    ("x02", "2106", 2106, "张", "exact", "level", "beds", PG, "2024", "医院|2218|2106"),
    ("x02", "584", 584, "张", "exact", "level", "beds", PG, "2025", "基层医疗卫生机构|584|552"),
    ("x02", "552", 552, "张", "exact", "level", "beds", PG, "2024", "基层医疗卫生机构|584|552"),
    ("x02", "62", 62, "张", "exact", "level", "beds", PG, "2025", "专业公共卫生机构|62|60"),
    ("x02", "60", 60, "张", "exact", "level", "beds", PG, "2024", "专业公共卫生机构|62|60"),
    ("x02", "200张", 200, "张", "exact", "target", "beds", PG, "2026", "全市计划新增床位200张"),
    ("x02", "6.5张", 6.5, "张", "exact", "target", "beds", PG, "2026", "医疗卫生机构床位达到6.5张"),
    ("x03", "5.84亿元", 584000000, "元", "exact", "level", "money", LT, "2025", "一般公共预算收入完成5.84亿元"),
    ("x03", "6.2%", 6.2, "%", "exact", "change", "percent", LT, "2025", "同比增长6.2%"),
    ("x03", "3.96亿元", 396000000, "元", "exact", "level", "money", LT, "2025", "其中税收收入3.96亿元"),
    ("x03", "4.8%", 4.8, "%", "exact", "change", "percent", LT, "2025", "3.96亿元，增长4.8%"),
    ("x03", "42.36亿元", 4236000000, "元", "exact", "level", "money", LT, "2025", "一般公共预算支出42.36亿元"),
    ("x03", "3.1%", 3.1, "%", "exact", "change", "percent", LT, "2025", "42.36亿元，增长3.1%"),
    ("x03", "33.52亿元", 3352000000, "元", "exact", "level", "money", LT, "2025", "其中民生支出33.52亿元"),
    ("x03", "79.1%", 79.1, "%", "exact", "level", "percent", LT, "2025", "占一般公共预算支出的79.1%"),
    ("x03", "31.4亿元", 3140000000, "元", "exact", "level", "money", LT, "2025", "争取上级转移支付资金31.4亿元"),
    ("x03", "8.6亿元", 860000000, "元", "exact", "level", "money", LT, "2025", "新增政府债券资金8.6亿元"),
    ("x03", "2.18亿元", 218000000, "元", "exact", "level", "money", LT, "2025", "政府性基金预算收入2.18亿元"),
    ("x03", "12.4%", 12.4, "%", "exact", "change", "percent", LT, "2025", "2.18亿元，下降12.4%"),
    ("x03", "3.62亿元", 362000000, "元", "exact", "level", "money", LT, "2025", "发放各类惠民惠农补贴资金3.62亿元"),
    ("x03", "24.6万人次", 246000, "人次", "exact", "level", "other", LT, "2025", "惠及群众24.6万人次"),
    ("x03", "5%左右", 5, "%", "approx", "target", "percent", LT, "2026", "一般公共预算收入预期增长5%左右"),
    ("x04", "3162人", 3162, "人", "exact", "level", "jobs", YX, "2025", "2025年全县城镇新增就业3162人"),
    ("x04", "105.4%", 105.4, "%", "exact", "level", "jobs", YX, "2025", "完成年度目标任务的105.4%"),
    ("x04", "628人", 628, "人", "exact", "level", "jobs", YX, "2025", "城镇失业人员再就业628人"),
    ("x04", "204人", 204, "人", "exact", "level", "jobs", YX, "2025", "就业困难人员实现就业204人"),
    ("x04", "5.2%", 5.2, "%", "exact", "level", "jobs", YX, "2025", "年末城镇调查失业率5.2%"),
    ("x04", "12.8万人", 128000, "人", "exact", "level", "jobs", YX, "2025", "全年转移农村劳动力就业12.8万人"),
    ("x04", "86.4亿元", 8640000000, "元", "exact", "level", "money", YX, "2025", "实现劳务收入86.4亿元"),
    ("x04", "5.6%", 5.6, "%", "exact", "change", "percent", YX, "2025", "同比增长5.6%"),
    ("x04", "5120人次", 5120, "人次", "exact", "level", "jobs", YX, "2025", "全县开展职业技能培训5120人次"),
    ("x04", "1.86亿元", 186000000, "元", "exact", "level", "money", YX, "2025", "发放创业担保贷款1.86亿元"),
    ("x04", "936人", 936, "人", "exact", "level", "jobs", YX, "2025", "扶持创业936人"),
    ("x04", "2870人", 2870, "人", "exact", "level", "jobs", YX, "2025", "带动就业2870人"),
    ("x04", "512个", 512, "个", "exact", "level", "jobs", YX, "2025", "开发公益性岗位512个"),
    ("x04", "3000人以上", 3000, "人", "lower_bound", "target", "jobs", YX, "2026", "全县计划城镇新增就业3000人以上"),
    ("x05", "412个", 412, "个", "exact", "level", "other", TW, "2025", "全县共有医疗卫生机构412个"),
    ("x05", "2146张", 2146, "张", "exact", "level", "beds", TW, "2025", "医疗卫生机构实有床位2146张"),
    ("x05", "98张", 98, "张", "exact", "change", "beds", TW, "2025", "比上年末增加98张"),
    ("x05", "4.8%", 4.8, "%", "exact", "change", "percent", TW, "2025", "98张，增长4.8%"),
    ("x05", "1580张", 1580, "张", "exact", "level", "beds", TW, "2025", "其中，医院床位1580张"),
    ("x05", "512张", 512, "张", "exact", "level", "beds", TW, "2025", "基层医疗卫生机构床位512张"),
    ("x05", "54张", 54, "张", "exact", "level", "beds", TW, "2025", "专业公共卫生机构床位54张"),
    ("x05", "6.86张", 6.86, "张", "exact", "level", "beds", TW, "2025", "每千常住人口医疗卫生机构床位6.86张"),
    ("x05", "2.34亿元", 234000000, "元", "exact", "level", "money", TW, "2025", "全年卫生健康支出2.34亿元"),
    ("x05", "4.2%", 4.2, "%", "exact", "change", "percent", TW, "2025", "同比增长4.2%"),
    ("x05", "7860万元", 78600000, "元", "exact", "level", "money", TW, "2025", "住院楼项目完成投资7860万元"),
    ("x05", "150张", 150, "张", "exact", "level", "beds", TW, "2025", "新增床位150张"),
    ("x05", "6420万元", 64200000, "元", "exact", "level", "money", TW, "2025", "争取中央和省级补助资金6420万元"),
    ("x05", "120张", 120, "张", "exact", "target", "beds", TW, "2026", "全县计划新增床位120张"),
    ("x05", "5%左右", 5, "%", "approx", "target", "percent", TW, "2026", "卫生健康支出预期增长5%左右"),
]


def _clean(doc: str) -> str:
    """The text as its program shows it (a table's rows as cells joined by |)."""
    return {"x01": _x01_clean, "x02": _x02_clean, "x03": _x03_clean, "x04": _x04_clean,
            "x05": _x05_clean}[doc]()


_probe = joined(_clean, rows_kept=True)


def main() -> None:
    """Write the texts, the manifest and the gold (damaged28's `write_set`), after checking that each form holds
    the clean text: x01 is neither UTF-8 nor GB18030 whole, but each of its lines is one; x02's HTML with its tags
    dropped and x03's article read back hold the clean text; x04's cues and x05's pages put back give it."""
    raw = TEXTS["x01"]
    for codec in ("utf-8", "gbk"):
        try:
            raw.decode(codec)
        except UnicodeDecodeError:
            continue
        raise AssertionError(f"x01 decodes whole as {codec}")
    lines = []
    for line in raw.split(b"\r\n")[:-1]:
        try:
            lines.append(line.decode("utf-8"))
        except UnicodeDecodeError:
            lines.append(line.decode("gbk"))
    assert "\n".join(lines) == _x01_clean()
    page = TEXTS["x02"].decode("gb2312")
    body = re.sub(r"<[^>]*>", "", page[page.index("<body"):]).replace("&nbsp;", " ")
    text = re.sub(r"\s+", "", body)
    for p in [*X02_PARAS, X02_LAST, *("".join(r) for r in X02_ROWS)]:
        assert p in text, p
    art = json.loads(TEXTS["x03"].decode("ascii").splitlines()[-1])
    assert art["title"] + "\n" + art["content"] == _x03_clean()
    cues = [c.split("\n", 2)[2].strip() for c in TEXTS["x04"].decode("utf-8").split("\n\n")]
    assert "".join(cues) == re.sub("[，。；]", "", _x04_clean().replace("\n", ""))
    pages = TEXTS["x05"].decode("utf-8").split("\f")[:-1]
    assert "".join("".join(p.split("\n")[1:-2]) for p in pages) == _x05_clean().replace("\n", "")
    write_set(OUT, TEXTS, MANIFEST, F, _probe)


if __name__ == "__main__":
    main()
