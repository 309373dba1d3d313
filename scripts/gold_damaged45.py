r"""
Build data/gold/damaged45: five texts of our own, each in a form real text comes in that no damaged set used yet
(one kind a text; the texts are written clean, the form is made by the code below):

- a01 (秭归县, Hubei, jobs): a WeChat 公众号 article's page saved from the browser (mp.weixin.qq.com, 网页另存为): the
  head's og: metas and the msg_ variables of its script (a publish time ct = "1769047800", a biz id, the cover's
  size), then the js_content div (style="visibility: hidden;") whose text an editor (135编辑器, 秀米) set in nested
  <section>s with long style attributes (font-size: 15px; letter-spacing: 1.5px; line-height: 1.75em), every run
  of text in a <span leaf="">, the headline and each highlighted figure set one character a <span> (a coloured or
  animated number: <span style="color: rgb(0, 112, 192);">3</span><span …>1</span>…), an image with its data-ratio
  and data-w, and the counters' script at the end (read_num, like_num: the page's, no figures).
- a02 (浦江县, Zhejiang, beds): a health bureau's table exported to CSV by a web system that writes the UTF-8
  byte-order mark Excel wants and then the rows in GBK (as PHP exports that prepend "\xEF\xBB\xBF" and convert to
  GBK for old Excel do): the title and the unit in cells of their own, a head row, quoted thousands (“2,846”), a
  note row of prose with figures of its own, the source and the export's time in the last rows.
- a03 (石柱土家族自治县, Chongqing, money and jobs): a county TV item's AI subtitles as bilibili keeps them (the BCC
  JSON a video's subtitle link serves): font_size 0.4, background_alpha 0.5, a version, then body: one cue an
  object with from/to seconds, sid, location 2 and content, one clause a cue with no punctuation at all, and two
  long clauses cut between two cues, between the label and its number; written compact, on one line.
- a04 (桓仁满族自治县, Liaoning, beds and money): a web page clipped into Evernote and exported (.enex): the
  en-export root with its export date, a note's title, created/updated times (20260123T063000Z), tags, the
  note-attributes (latitude 41.2675, longitude 125.3607, the source URL), the content as ENML inside CDATA (its own
  XML declaration and doctype, <en-note>, <div>s with font-size styles, figures in <b>, a <br/> inside a sentence,
  an <en-media> with its hash and width 640, an <en-todo/> check item), and a resource whose base64 image data
  holds digits.
- a05 (洛南县, Shaanxi, money): a finance report's PDF converted by pdf2htmlEX, as many government sites publish
  PDFs: the generator comment, a <style> with the converter's classes (.ff1 .m0 transform matrices, .x1{left:…px},
  .y2{bottom:…px}, .fs0{font-size:…px}), the page container, each page a pf div holding a background image in
  base64 and each PDF line a div "t m0 x1 h2 y3 ff1 fs0 fc0 sc0 ls0 ws0"; the digits in a font of their own
  (<span class="ff2">7.42</span>), spacing spans (<span class="_ _1"></span>) wherever the glyphs' advance was
  adjusted, inside numbers too, and the lines cut at 26 characters (never inside a number); the page's foot
  (— 1 —) and the pi div's ctm data.

The gold is written by hand from the clean texts per /work/shared/gold/GUIDE.md, never from what stats extracts:
quotes and contexts as in the clean text (a03's without punctuation, as the cues hold it), table rows as their cells
joined by |, values in base units.

    .venv/bin/python scripts/gold_damaged45.py      # writes data/gold/damaged45/{texts,damaged45.jsonl}
"""

from __future__ import annotations

import base64
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
from gold_damaged28 import joined, wrap, write_set  # noqa: E402

OUT = ROOT / "data" / "gold" / "damaged45"

# a01: the WeChat article; @@…@@ marks a highlighted figure, set one character a span.
A01_TITLE = "秭归县2025年稳就业工作成效明显"
A01_PARAS = [
    "2025年，秭归县城镇新增就业@@3128@@人，完成年度目标任务的115.9%；失业人员再就业692人，就业困难人员实现就业186人。",
    "全年新增转移农村劳动力4250人，农村劳动力转移就业总量达到@@10.36@@万人，实现劳务收入32.8亿元，同比增长6.3%。",
    "全县发放创业担保贷款@@1.68@@亿元，扶持创业1036人，带动就业3315人；开发公益性岗位512个。",
    "2026年，全县计划城镇新增就业3000人以上，城镇调查失业率控制在5.5%以内。",
]
A01_FOOT = ('<section style="margin: 24px 8px 0px;font-size: 13px;color: rgb(136, 136, 136);"><p>'
            '<span leaf="">来源：秭归县人力资源和社会保障局</span></p>'
            '<p><span leaf="">编辑：王雪 审核：陈刚</span></p></section>')
_SPAN = '<span style="color: rgb(0, 112, 192);font-size: 17px;letter-spacing: 1.5px;">'


def _chars(s: str, style: str) -> str:
    return "".join(f"{style}{c}</span>" for c in s)


def _a01() -> str:
    paras = []
    for i, p in enumerate(A01_PARAS):
        parts = re.split(r"@@([^@]+)@@", p)
        inner = "".join(f'<span leaf="">{t}</span>' if k % 2 == 0 else
                        f"<strong>{_chars(t, _SPAN)}</strong>" for k, t in enumerate(parts) if t)
        paras.append(
            f'<section data-role="paragraph" data-tools="135编辑器" data-id="{86318 + i}" style="margin: 0px 8px 24px;">'
            '<section style="font-size: 15px;letter-spacing: 1.5px;line-height: 1.75em;color: rgb(62, 62, 62);'
            f'text-indent: 2em;"><p style="margin-bottom: 0px;">{inner}</p></section></section>')
    head = _chars(A01_TITLE, '<span style="font-size: 18px;color: rgb(171, 25, 66);">')
    img = ('<section style="text-align: center;"><img class="rich_pages wxw-img" data-ratio="0.5625" data-s="300,640" '
           'data-src="https://mmbiz.qpic.cn/mmbiz_jpg/Qx2kz7Wbq0K8pT3dG/640?wx_fmt=jpeg" data-type="jpeg" '
           'data-w="1080" style="width: 100%;"></section>')
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0,viewport-fit=cover">
<meta property="og:title" content="{A01_TITLE}">
<meta property="og:url" content="http://mp.weixin.qq.com/s?__biz=MzA5NjQ1ODUxMg==&amp;mid=2651234567&amp;idx=1&amp;sn=3f2a9c8e71b04d55">
<meta property="og:image" content="https://mmbiz.qpic.cn/mmbiz_jpg/Qx2kz7Wbq0K8pT3dG/0?wx_fmt=jpeg">
<title>{A01_TITLE}</title>
<script type="text/javascript">
var biz = "MzA5NjQ1ODUxMg==";
var mid = "2651234567";
var idx = "1";
var ct = "1769047800";
var msg_title = '{A01_TITLE}'.html(false);
var msg_cdn_url = "https://mmbiz.qpic.cn/mmbiz_jpg/Qx2kz7Wbq0K8pT3dG/0?wx_fmt=jpeg";
var cdn_url_1_1 = "https://mmbiz.qpic.cn/mmbiz_jpg/Qx2kz7Wbq0K8pT3dG/300?wx_fmt=jpeg";
var cover_width = 900, cover_height = 383;
</script>
</head>
<body id="activity-detail" class="zh_CN wx_wap_page">
<div id="js_article" class="rich_media">
<div class="rich_media_inner">
<h1 class="rich_media_title " id="activity-name">
{A01_TITLE}
</h1>
<div id="meta_content" class="rich_media_meta_list">
<span class="rich_media_meta rich_media_meta_text">秭归县人社局</span>
<span class="rich_media_meta rich_media_meta_nickname" id="profileBt">
<a href="javascript:void(0);" id="js_name">秭归人社</a></span>
<em id="publish_time" class="rich_media_meta rich_media_meta_text">2026-01-22 10:10</em>
<em id="js_ip_wording_wrp" class="rich_media_meta_area">湖北</em>
</div>
<div class="rich_media_content js_underline_content autoTypeSetting24psection" id="js_content" style="visibility: hidden;">
<section style="margin: 0px 8px 16px;text-align: center;"><p><strong>{head}</strong></p></section>
{img}
{"".join(paras)}
{A01_FOOT}
<p style="display: none;"><mp-style-type data-value="3"></mp-style-type></p>
</div>
</div>
</div>
<script type="text/javascript">
var read_num = "3856" * 1;
var like_num = "47" * 1;
var old_like_num = "12" * 1;
window.__appmsg_skin_ver__ = "1768123456";
</script>
</body>
</html>
"""


def _a01_clean() -> str:
    return "\n".join([A01_TITLE, *(p.replace("@@", "") for p in A01_PARAS)])


# a02: the table, exported as CSV: a UTF-8 byte-order mark, then GBK.
A02_ROWS = [
    ["浦江县2025年医疗卫生机构床位情况统计表", "", "", ""],
    ["单位：张", "", "", ""],
    ["指标", "2025年", "2024年", "增长(%)"],
    ["医疗卫生机构床位总数", "2,846", "2,692", "5.7"],
    ["其中：医院", "2,128", "2,016", "5.6"],
    ["基层医疗卫生机构", "618", "580", "6.6"],
    ["专业公共卫生机构", "100", "96", "4.2"],
    ["每千常住人口床位数", "6.12", "5.84", "4.8"],
    ["备注", "2025年县人民医院新院区新增床位300张，县中医院新增康复床位50张，项目总投资2.35亿元；"
           "2026年全县计划新增床位180张。", "", ""],
    ["数据来源：浦江县卫生健康局", "", "", ""],
    ["导出时间：2026-01-26 10:32:15", "", "", ""],
]


def _csv_cell(c: str) -> str:
    return f'"{c}"' if ("," in c or '"' in c) else c


def _a02() -> bytes:
    text = "\r\n".join(",".join(_csv_cell(c) for c in row) for row in A02_ROWS) + "\r\n"
    return b"\xef\xbb\xbf" + text.encode("gbk")


def _a02_clean() -> str:
    return "\n".join("|".join(c for c in row if c) for row in A02_ROWS)


# a03: the subtitles, one clause a cue; a clause cut between two cues has a | at its cut.
A03_CUES = [
    "2025年石柱土家族自治县",
    "一般公共预算收入完成9.86亿元",
    "同比增长5.4%",
    "其中税收收入6.12亿元",
    "一般公共预算支出42.35亿元",
    "增长3.8%",
    "民生支出占一般公共预算支出的81.6%",
    "全年争取上级转移支付资金|28.7亿元",
    "全县城镇新增就业|4216人",
    "失业人员再就业865人",
    "发放创业担保贷款2.15亿元",
    "扶持创业1280人",
    "2026年全县一般公共预算收入",
    "预期增长5%左右",
    "城镇新增就业4000人以上",
]


def _a03() -> str:
    body = []
    t = 0.52
    sid = 0
    for cue in A03_CUES:
        for piece in cue.split("|"):
            sid += 1
            dur = round(0.9 + 0.21 * len(piece), 2)
            body.append({"from": round(t, 2), "to": round(t + dur, 2), "sid": sid, "location": 2,
                         "content": piece, "music": 0.0})
            t += dur + 0.08
    doc = {"font_size": 0.4, "font_color": "#FFFFFF", "background_alpha": 0.5, "background_color": "#9C27B0",
           "Stroke": "none", "type": "AIsubtitle", "lang": "zh", "version": "v1.7.0.4", "body": body}
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":"))


def _a03_clean() -> str:
    return "\n".join(c.replace("|", "") for c in A03_CUES)


# a04: the clipped page; @@…@@ is a figure set in <b>, ^^ a <br/>.
A04_TITLE = "桓仁满族自治县2025年卫生健康事业发展综述"
A04_PARAS = [
    "2025年末，桓仁满族自治县医疗卫生机构实有床位@@1386张@@，比上年末增加72张，增长5.5%。其中，医院床位1042张，"
    "基层医疗卫生机构床位296张。^^每千常住人口医疗卫生机构床位5.96张。",
    "县人民医院综合楼改扩建项目完成投资@@1.26亿元@@，新增床位180张；县中医院新增康复床位40张。",
    "全年卫生健康支出3.42亿元，同比增长4.9%，其中上级补助资金1.15亿元。",
    "2026年，全县计划新增床位100张，每千常住人口医疗卫生机构床位达到6.2张以上。",
]


def _a04() -> str:
    divs = [f'<div><span style="font-size: 20px;"><b>{A04_TITLE}</b></span></div>',
            '<div><span style="font-size: 12px; color: rgb(153, 153, 153);">来源：桓仁满族自治县人民政府网 '
            '发布时间：2026-01-22 09:40 浏览次数：1268</span></div>',
            '<div><en-media hash="8a5e2c0f4b7d91e3a6c4b2d0f1e9a877" type="image/jpeg" width="640"/></div>']
    for p in A04_PARAS:
        p = re.sub(r"@@([^@]+)@@", r"<b>\1</b>", p).replace("^^", "<br/>")
        divs.append(f'<div style="line-height: 1.75;"><span style="font-size: 16px;">{p}</span></div>')
    divs.append('<div><en-todo checked="false"/>核对床位数口径（截至12月31日）</div>')
    enml = ('<?xml version="1.0" encoding="UTF-8" standalone="no"?><!DOCTYPE en-note SYSTEM '
            '"http://xml.evernote.com/pub/enml2.dtd"><en-note>' + "".join(divs) + "</en-note>")
    img = base64.encodebytes(bytes(range(0, 256)) * 2).decode()
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE en-export SYSTEM "http://xml.evernote.com/pub/evernote-export4.dtd">
<en-export export-date="20260126T021530Z" application="Evernote" version="10.68.2">
  <note>
    <title>{A04_TITLE}</title>
    <created>20260123T063000Z</created>
    <updated>20260123T064512Z</updated>
    <tag>卫健</tag>
    <tag>2025年报</tag>
    <note-attributes>
      <latitude>41.2675</latitude>
      <longitude>125.3607</longitude>
      <altitude>216</altitude>
      <author>县卫健局办公室</author>
      <source>web.clip7</source>
      <source-url>http://www.hr.gov.cn/zwgk/202601/t20260122_1583.html</source-url>
    </note-attributes>
    <content>
      <![CDATA[{enml}]]>
    </content>
    <resource>
      <data encoding="base64">
{img}      </data>
      <mime>image/jpeg</mime>
      <width>1080</width>
      <height>720</height>
      <resource-attributes>
        <file-name>20260122094012_3365.jpg</file-name>
      </resource-attributes>
    </resource>
  </note>
</en-export>
"""


def _a04_clean() -> str:
    return "\n".join([A04_TITLE, *(re.sub("@@|\\^\\^", "", p) for p in A04_PARAS)])


# a05: the report as pdf2htmlEX writes it; its lines cut at 26 characters, never inside a number.
A05_TITLE = "洛南县2025年财政预算执行情况"
A05_PARAS = [
    "2025年，洛南县一般公共预算收入完成7.42亿元，同比增长6.1%，其中税收收入4.86亿元，增长5.2%；非税收入2.56亿元。",
    "一般公共预算支出38.64亿元，增长4.3%，其中民生支出30.15亿元，占一般公共预算支出的78.0%。",
    "全年争取上级转移支付资金26.8亿元，新增政府债券资金8.2亿元。政府性基金预算收入3.15亿元，下降12.6%。",
    "2026年，全县一般公共预算收入预期增长5.5%左右。",
]


def _pdf2html_line(s: str, k: int) -> str:
    """A line's text as pdf2htmlEX writes it: the digits in their own font, a spacing span inside every third
    number (after its first digit) and after every seventh Han character."""
    out, han, n = [], 0, k
    for m in re.finditer(r"\d[\d.]*%?|[^\d]", s):
        t = m.group()
        if t[0].isdigit():
            n += 1
            if n % 3 == 0 and len(t) > 2:
                t = t[0] + '<span class="_ _1"></span>' + t[1:]
            out.append(f'<span class="ff2">{t}</span>')
            continue
        out.append(t)
        han += 1
        if han % 7 == 0:
            out.append('<span class="_ _0"></span>')
    return "".join(out)


def _a05() -> str:
    lines = [(A05_TITLE, "h1", "fs1")]
    for p in A05_PARAS:
        lines += [(ln, "h2", "fs0") for ln in wrap("\u3000\u3000" + p, 26)]
    divs = []
    for i, (ln, h, fs) in enumerate(lines):
        x = "x2" if i == 0 else ("x1" if ln.startswith("\u3000") else "x0")
        divs.append(f'<div class="t m0 {x} {h} y{i + 1:x} ff1 {fs} fc0 sc0 ls0 ws0">'
                    f'{_pdf2html_line(ln.lstrip(chr(0x3000)), i)}</div>')
    bg = base64.b64encode(bytes(range(0, 256)) * 3).decode()
    ys = "".join(f".y{i + 1:x}{{bottom:{1012.5 - 42.75 * i:.6f}px;}}" for i in range(len(lines)))
    return f"""<!DOCTYPE html>
<!-- Created by pdf2htmlEX (https://github.com/pdf2htmlex/pdf2htmlex) -->
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta charset="utf-8"/>
<meta name="generator" content="pdf2htmlEX"/>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"/>
<style type="text/css">
#sidebar{{position:absolute;top:0;left:0;bottom:0;width:250px;padding:0;margin:0;overflow:auto}}
#page-container{{position:absolute;top:0;left:0;margin:0;padding:0;border:0}}
.ff1{{font-family:ff1;line-height:1.056000;font-style:normal;font-weight:normal;visibility:visible;}}
.ff2{{font-family:ff2;line-height:0.925000;font-style:normal;font-weight:normal;visibility:visible;}}
.m0{{transform:matrix(0.250000,0.000000,0.000000,0.250000,0,0);}}
._0{{margin-left:-1.024000px;}}
._1{{width:1.536000px;}}
.fs0{{font-size:64.000000px;}}
.fs1{{font-size:88.000000px;}}
.h1{{height:92.928000px;}}
.h2{{height:67.584000px;}}
.x0{{left:108.000000px;}}
.x1{{left:140.000000px;}}
.x2{{left:236.500000px;}}
{ys}
.w0{{width:892.500000px;}}
.h0{{height:1263.000000px;}}
</style>
<title>{A05_TITLE}</title>
</head>
<body>
<div id="sidebar"><div id="outline"></div></div>
<div id="page-container">
<div id="pf1" class="pf w0 h0" data-page-no="1"><div class="pc pc1 w0 h0">
<img class="bi x0 y0 w1 h0" alt="" src="data:image/png;base64,{bg}"/>
{chr(10).join(divs)}
<div class="t m0 x3 h2 y{len(lines) + 1:x} ff1 fs0 fc0 sc0 ls0 ws0">— <span class="ff2">1</span> —</div>
</div><div class="pi" data-data='{{"ctm":[1.500000,0.000000,0.000000,1.500000,0.000000,0.000000]}}'></div></div>
</div>
<div class="loading-indicator"></div>
</body>
</html>
"""


def _a05_clean() -> str:
    return "\n".join([A05_TITLE, *A05_PARAS])


TEXTS = {"a01": _a01().encode("utf-8"), "a02": _a02(), "a03": _a03().encode("utf-8"),
         "a04": _a04().encode("utf-8"), "a05": _a05().encode("utf-8")}

MANIFEST = [("a01", "2026-01-22", "秭归县人力资源和社会保障局"), ("a02", "2026-01-26", "浦江县卫生健康局"),
            ("a03", "2026-01-20", "石柱土家族自治县融媒体中心"), ("a04", "2026-01-22", "桓仁满族自治县人民政府"),
            ("a05", "2026-01-27", "洛南县财政局")]

# (doc, quote, value, measure, qualifier, role, topic, place, period, context[, tier])
ZG, PJ, SZ, HR, LN = "秭归县", "浦江县", "石柱土家族自治县", "桓仁满族自治县", "洛南县"
F: list[tuple] = [
    ("a01", "3128人", 3128, "人", "exact", "level", "jobs", ZG, "2025", "秭归县城镇新增就业3128人"),
    ("a01", "115.9%", 115.9, "%", "exact", "level", "jobs", ZG, "2025", "完成年度目标任务的115.9%"),
    ("a01", "692人", 692, "人", "exact", "level", "jobs", ZG, "2025", "失业人员再就业692人"),
    ("a01", "186人", 186, "人", "exact", "level", "jobs", ZG, "2025", "就业困难人员实现就业186人"),
    ("a01", "4250人", 4250, "人", "exact", "level", "jobs", ZG, "2025", "全年新增转移农村劳动力4250人"),
    ("a01", "10.36万人", 103600, "人", "exact", "level", "jobs", ZG, "2025", "农村劳动力转移就业总量达到10.36万人"),
    ("a01", "32.8亿元", 3280000000, "元", "exact", "level", "money", ZG, "2025", "实现劳务收入32.8亿元"),
    ("a01", "6.3%", 6.3, "%", "exact", "change", "percent", ZG, "2025", "同比增长6.3%"),
    ("a01", "1.68亿元", 168000000, "元", "exact", "level", "money", ZG, "2025", "发放创业担保贷款1.68亿元"),
    ("a01", "1036人", 1036, "人", "exact", "level", "jobs", ZG, "2025", "扶持创业1036人"),
    ("a01", "3315人", 3315, "人", "exact", "level", "jobs", ZG, "2025", "带动就业3315人"),
    ("a01", "512个", 512, "个", "exact", "level", "jobs", ZG, "2025", "开发公益性岗位512个"),
    ("a01", "3000人以上", 3000, "人", "lower_bound", "target", "jobs", ZG, "2026", "全县计划城镇新增就业3000人以上"),
    ("a01", "5.5%以内", 5.5, "%", "upper_bound", "target", "jobs", ZG, "2026", "城镇调查失业率控制在5.5%以内"),
    ("a02", "2,846", 2846, "张", "exact", "level", "beds", PJ, "2025", "医疗卫生机构床位总数|2,846|2,692|5.7"),
    ("a02", "2,692", 2692, "张", "exact", "level", "beds", PJ, "2024", "医疗卫生机构床位总数|2,846|2,692|5.7"),
    ("a02", "5.7", 5.7, "%", "exact", "change", "percent", PJ, "2025", "医疗卫生机构床位总数|2,846|2,692|5.7"),
    ("a02", "2,128", 2128, "张", "exact", "level", "beds", PJ, "2025", "其中：医院|2,128|2,016|5.6"),
    ("a02", "2,016", 2016, "张", "exact", "level", "beds", PJ, "2024", "其中：医院|2,128|2,016|5.6"),
    ("a02", "5.6", 5.6, "%", "exact", "change", "percent", PJ, "2025", "其中：医院|2,128|2,016|5.6"),
    ("a02", "618", 618, "张", "exact", "level", "beds", PJ, "2025", "基层医疗卫生机构|618|580|6.6"),
    ("a02", "580", 580, "张", "exact", "level", "beds", PJ, "2024", "基层医疗卫生机构|618|580|6.6"),
    ("a02", "6.6", 6.6, "%", "exact", "change", "percent", PJ, "2025", "基层医疗卫生机构|618|580|6.6"),
    ("a02", "100", 100, "张", "exact", "level", "beds", PJ, "2025", "专业公共卫生机构|100|96|4.2"),
    ("a02", "96", 96, "张", "exact", "level", "beds", PJ, "2024", "专业公共卫生机构|100|96|4.2"),
    ("a02", "4.2", 4.2, "%", "exact", "change", "percent", PJ, "2025", "专业公共卫生机构|100|96|4.2"),
    ("a02", "6.12", 6.12, "张", "exact", "level", "beds", PJ, "2025", "每千常住人口床位数|6.12|5.84|4.8"),
    ("a02", "5.84", 5.84, "张", "exact", "level", "beds", PJ, "2024", "每千常住人口床位数|6.12|5.84|4.8"),
    ("a02", "4.8", 4.8, "%", "exact", "change", "percent", PJ, "2025", "每千常住人口床位数|6.12|5.84|4.8"),
    ("a02", "300张", 300, "张", "exact", "level", "beds", PJ, "2025", "县人民医院新院区新增床位300张"),
    ("a02", "50张", 50, "张", "exact", "level", "beds", PJ, "2025", "县中医院新增康复床位50张"),
    ("a02", "2.35亿元", 235000000, "元", "exact", "level", "money", PJ, "2025", "项目总投资2.35亿元"),
    ("a02", "180张", 180, "张", "exact", "target", "beds", PJ, "2026", "2026年全县计划新增床位180张"),
    ("a03", "9.86亿元", 986000000, "元", "exact", "level", "money", SZ, "2025", "一般公共预算收入完成9.86亿元"),
    ("a03", "5.4%", 5.4, "%", "exact", "change", "percent", SZ, "2025", "同比增长5.4%"),
    ("a03", "6.12亿元", 612000000, "元", "exact", "level", "money", SZ, "2025", "其中税收收入6.12亿元"),
    ("a03", "42.35亿元", 4235000000, "元", "exact", "level", "money", SZ, "2025", "一般公共预算支出42.35亿元"),
    ("a03", "3.8%", 3.8, "%", "exact", "change", "percent", SZ, "2025", "42.35亿元增长3.8%"),
    ("a03", "81.6%", 81.6, "%", "exact", "level", "percent", SZ, "2025", "民生支出占一般公共预算支出的81.6%"),
    ("a03", "28.7亿元", 2870000000, "元", "exact", "level", "money", SZ, "2025", "争取上级转移支付资金28.7亿元"),
    ("a03", "4216人", 4216, "人", "exact", "level", "jobs", SZ, "2025", "全县城镇新增就业4216人"),
    ("a03", "865人", 865, "人", "exact", "level", "jobs", SZ, "2025", "失业人员再就业865人"),
    ("a03", "2.15亿元", 215000000, "元", "exact", "level", "money", SZ, "2025", "发放创业担保贷款2.15亿元"),
    ("a03", "1280人", 1280, "人", "exact", "level", "jobs", SZ, "2025", "扶持创业1280人"),
    ("a03", "5%左右", 5, "%", "approx", "target", "percent", SZ, "2026", "一般公共预算收入预期增长5%左右"),
    ("a03", "4000人以上", 4000, "人", "lower_bound", "target", "jobs", SZ, "2026", "城镇新增就业4000人以上"),
    ("a04", "1386张", 1386, "张", "exact", "level", "beds", HR, "2025", "医疗卫生机构实有床位1386张"),
    ("a04", "72张", 72, "张", "exact", "change", "beds", HR, "2025", "比上年末增加72张"),
    ("a04", "5.5%", 5.5, "%", "exact", "change", "percent", HR, "2025", "72张，增长5.5%"),
    ("a04", "1042张", 1042, "张", "exact", "level", "beds", HR, "2025", "其中，医院床位1042张"),
    ("a04", "296张", 296, "张", "exact", "level", "beds", HR, "2025", "基层医疗卫生机构床位296张"),
    ("a04", "5.96张", 5.96, "张", "exact", "level", "beds", HR, "2025", "每千常住人口医疗卫生机构床位5.96张"),
    ("a04", "1.26亿元", 126000000, "元", "exact", "level", "money", HR, "2025", "改扩建项目完成投资1.26亿元"),
    ("a04", "180张", 180, "张", "exact", "level", "beds", HR, "2025", "1.26亿元，新增床位180张"),
    ("a04", "40张", 40, "张", "exact", "level", "beds", HR, "2025", "县中医院新增康复床位40张"),
    ("a04", "3.42亿元", 342000000, "元", "exact", "level", "money", HR, "2025", "全年卫生健康支出3.42亿元"),
    ("a04", "4.9%", 4.9, "%", "exact", "change", "percent", HR, "2025", "同比增长4.9%"),
    ("a04", "1.15亿元", 115000000, "元", "exact", "level", "money", HR, "2025", "其中上级补助资金1.15亿元"),
    ("a04", "100张", 100, "张", "exact", "target", "beds", HR, "2026", "全县计划新增床位100张"),
    ("a04", "6.2张以上", 6.2, "张", "lower_bound", "target", "beds", HR, "2026", "医疗卫生机构床位达到6.2张以上"),
    ("a05", "7.42亿元", 742000000, "元", "exact", "level", "money", LN, "2025", "一般公共预算收入完成7.42亿元"),
    ("a05", "6.1%", 6.1, "%", "exact", "change", "percent", LN, "2025", "同比增长6.1%"),
    ("a05", "4.86亿元", 486000000, "元", "exact", "level", "money", LN, "2025", "其中税收收入4.86亿元"),
    ("a05", "5.2%", 5.2, "%", "exact", "change", "percent", LN, "2025", "4.86亿元，增长5.2%"),
    ("a05", "2.56亿元", 256000000, "元", "exact", "level", "money", LN, "2025", "非税收入2.56亿元"),
    ("a05", "38.64亿元", 3864000000, "元", "exact", "level", "money", LN, "2025", "一般公共预算支出38.64亿元"),
    ("a05", "4.3%", 4.3, "%", "exact", "change", "percent", LN, "2025", "38.64亿元，增长4.3%"),
    ("a05", "30.15亿元", 3015000000, "元", "exact", "level", "money", LN, "2025", "其中民生支出30.15亿元"),
    ("a05", "78.0%", 78.0, "%", "exact", "level", "percent", LN, "2025", "占一般公共预算支出的78.0%"),
    ("a05", "26.8亿元", 2680000000, "元", "exact", "level", "money", LN, "2025", "争取上级转移支付资金26.8亿元"),
    ("a05", "8.2亿元", 820000000, "元", "exact", "level", "money", LN, "2025", "新增政府债券资金8.2亿元"),
    ("a05", "3.15亿元", 315000000, "元", "exact", "level", "money", LN, "2025", "政府性基金预算收入3.15亿元"),
    ("a05", "12.6%", 12.6, "%", "exact", "change", "percent", LN, "2025", "3.15亿元，下降12.6%"),
    ("a05", "5.5%左右", 5.5, "%", "approx", "target", "percent", LN, "2026", "一般公共预算收入预期增长5.5%左右"),
]


def _clean(doc: str) -> str:
    """The text as its program shows it (a table's rows as cells joined by |)."""
    return {"a01": _a01_clean, "a02": _a02_clean, "a03": _a03_clean, "a04": _a04_clean,
            "a05": _a05_clean}[doc]()


# the clean text, lines joined
_probe = joined(_clean)


def main() -> None:
    """Write the texts, the manifest and the gold (damaged28's `write_set`), after checking that each form holds
    the clean text: a02's rows read back as GBK after the mark, a03's cues read back out of the JSON."""
    import csv
    import io

    rows = list(csv.reader(io.StringIO(TEXTS["a02"][3:].decode("gbk"))))
    assert rows == A02_ROWS
    cues = [c["content"] for c in json.loads(TEXTS["a03"])["body"]]
    assert "".join(cues) == "".join(c.replace("|", "") for c in A03_CUES)
    write_set(OUT, TEXTS, MANIFEST, F, _probe)


if __name__ == "__main__":
    main()
