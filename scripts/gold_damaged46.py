"""
Build data/gold/damaged46: five texts of our own, each in a form real text comes in that no damaged set used yet
(one kind a text; the texts are written clean, the form is made by the code below):

- v01 (和政县, Gansu, jobs): a county account's long Weibo post as the mobile site's API serves it
  (m.weibo.cn/statuses/extend?id=…, saved from the browser): {"ok":1,"data":{…}} on one line, the post's HTML in
  longTextContent: the #topic# a link whose address holds the topic URL-encoded (%E5%92%8C…%23), <br /> for each
  line break, emoji as <span class="url-icon"><img alt=[赞] …></span> right after two figures, a t.cn link
  (网页链接), and the post's own counters (reposts_count, comments_count, attitudes_count, pending_approval_count:
  the page's, no figures), its slashes escaped (\\/) as PHP's json_encode writes them.
- v02 (闻喜县, Shanxi, beds): a county health bureau's site handed over as a database backup (mysqldump of a
  DedeCMS database, a .sql renamed .txt): the dump's head comments and /*!40101 SET … */ lines, DROP TABLE and
  CREATE TABLE with their column types (int(10) unsigned, varchar(80), smallint(5)), AUTO_INCREMENT=1287, LOCK
  TABLES, the archives row (ids, a click count 2743, unix times 1769218335, the picture's path with its digits) and
  the article's row in dede_addonarticle: the body one SQL string whose quotes are escaped (\\") and whose line
  breaks are written \\r\\n, each paragraph a <p style=\\"text-indent: 2em;\\">, an <img> with its width and height.
- v03 (宁武县, Shanxi, money): an article's part copied from a browser and saved as the Windows clipboard holds it
  (CF_HTML, "HTML Format", as clipboard tools save it): the head Version:0.9, StartHTML, EndHTML, StartFragment and
  EndFragment (ten-digit byte offsets, no figures) and SourceURL, then <html><body> and the fragment between
  <!--StartFragment--> and <!--EndFragment-->: a TRS_Editor div of <p>s and a table (its unit 万元 in its caption,
  one row a <tr>, each cell a <td> with width and style), CRLF line ends.
- v04 (巴林右旗, Inner Mongolia, jobs): a mail client's local folder (Thunderbird's Inbox, an mbox file) holding two
  mails: each opens with a From - line and X-Mozilla-Status lines, Received lines with addresses and dates, RFC 2047
  headers; the first (Foxmail) sends its text part as 8bit GB2312, the second (a reply, from a phone) as 8bit UTF-8,
  so the file is GB2312 and UTF-8 at once, each part as its header says (neither codec reads the whole file). The
  reply holds one figure of its own; its quote of the first mail (> lines) none.
- v05 (永和县, Shanxi, beds and money): an online document (飞书/Lark docx) as its open API returns its blocks
  (documents/:id/blocks, saved from the console): {"code":0,"data":{"has_more":false,"items":[…]}} on one line,
  each block with its block_id, block_type (1 page, 3/4 headings, 2 text, 31 table, 32 table cell), parent_id and
  children; a text block's elements are text_runs that styles and comment anchors cut wherever they fall, inside
  numbers too ({"content":"6"},{"content":"42张"}), each with its text_element_style; the table a property block
  (row_size 3, column_size 3, column_width [180,100,100]) whose cells hold text blocks of their own, listed after
  it in the blocks' order.

The gold is written by hand from the clean texts per /work/shared/gold/GUIDE.md, never from what stats extracts:
quotes and contexts as in the clean text, table rows as their cells joined by |, values in base units.

    .venv/bin/python scripts/gold_damaged46.py      # writes data/gold/damaged46/{texts,damaged46.jsonl}
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
from gold_damaged28 import joined, write_set  # noqa: E402

OUT = ROOT / "data" / "gold" / "damaged46"

# v01: the Weibo long post; @@ after a figure marks where an emoji image stands.
V01_TOPIC = "#和政县2025年就业工作成绩单#"
V01_PARAS = [
    "2025年，和政县城镇新增就业2168人@@，完成年度目标任务的108.4%；失业人员再就业436人，就业困难人员实现就业128人。",
    "全年输转城乡富余劳动力5.12万人，其中有组织输转1.86万人，实现劳务收入12.6亿元@@，同比增长7.2%。",
    "全县开展职业技能培训4260人次，发放创业担保贷款8650万元，扶持创业612人，带动就业1835人；开发公益性岗位365个。",
    "2026年，全县计划城镇新增就业2000人以上，城镇调查失业率控制在5.5%以内。",
]
_EMOJI = ('<span class="url-icon"><img alt=[赞] src="https://h5.sinaimg.cn/m/emoticon/icon/others/h_zan-44ddc70637.png" '
          'style="width:1em; height:1em;" /></span>')


def _v01() -> str:
    tag = V01_TOPIC
    enc = quote(tag, safe="")
    link = (f'<a  href="https://m.weibo.cn/search?containerid=231522type%3D1%26t%3D10%26q%3D{enc}'
            f'&extparam={enc}&luicode=10000011&lfid=1076037654321098" data-hide=""><span class="surl-text">{tag}'
            '</span></a>')
    body = "<br />".join(p.replace("@@", _EMOJI) for p in V01_PARAS)
    url = ('<a data-url="http://t.cn/A6kQ2w8Z" href="https://weibo.cn/sinaurl?u=http%3A%2F%2Fwww.hezheng.gov.cn%2Fart'
           '%2F2026%2F1%2F23%2Fart_10563_1120458.html" data-hide=""><span class="url-icon"><img style="width: 1rem;'
           'height: 1rem" src="https://h5.sinaimg.cn/upload/2015/09/25/3/timeline_card_small_web_default.png">'
           '</span><span class="surl-text">网页链接</span></a>')
    content = f"{link}<br />{body}<br />详情请戳{url} "
    data = {"ok": 1, "data": {"ok": 1, "longTextContent": content, "reposts_count": 58, "comments_count": 23,
                              "attitudes_count": 415, "pending_approval_count": 0,
                              "url_struct": [{"url_title": "网页链接", "url_type_pic":
                                              "https://h5.sinaimg.cn/upload/2015/09/25/3/timeline_card_small_web_default.png",
                                              "ori_url": "http://www.hezheng.gov.cn/art/2026/1/23/art_10563_1120458.html",
                                              "short_url": "http://t.cn/A6kQ2w8Z", "h5_target_url":
                                              "http://www.hezheng.gov.cn/art/2026/1/23/art_10563_1120458.html",
                                              "result": True, "log": "su=A6kQ2w8Z&mark=&qid=&title=网页链接"}],
                              "created_at": "Fri Jan 23 18:30:05 +0800 2026", "id": "5258437196481233",
                              "isLongText": True}}
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("/", "\\/")


def _v01_clean() -> str:
    return "\n".join([V01_TOPIC, *(p.replace("@@", "") for p in V01_PARAS), "详情请戳网页链接"])


# v02: the database backup.
V02_TITLE = "闻喜县2025年卫生健康事业发展情况"
V02_PARAS = [
    "截至2025年底，闻喜县共有医疗卫生机构386个，医疗卫生机构实有床位2035张，比上年末增加118张，增长6.2%。",
    "其中，医院床位1526张，基层医疗卫生机构床位462张，专业公共卫生机构床位47张；每千常住人口医疗卫生机构床位5.68张。",
    "全年县人民医院门急诊大楼项目完成投资1.38亿元，新增床位200张；县中医院新增康复床位60张。全年卫生健康支出2.86亿元，同比增长4.7%。",
    "2026年，全县计划新增床位150张，每千常住人口医疗卫生机构床位达到6张。",
]


def _sql_str(s: str) -> str:
    return "'" + s.replace("\\", "\\\\").replace("'", "\\'").replace('"', '\\"').replace("\r", "\\r").replace(
        "\n", "\\n") + "'"


def _v02() -> str:
    img = '<p style="text-align: center;"><img alt="" src="/uploads/allimg/260124/1-260124093215A3.jpg" ' \
          'style="width: 600px; height: 400px;" /></p>'
    body = "\r\n".join([img, *(f'<p style="text-indent: 2em;">{p}</p>' for p in V02_PARAS)])
    pic = "/uploads/allimg/260124/1-260124093215A3.jpg"
    archives = (f"(1286,5,0,'',0,1,0,0,2743,0,0,0,{_sql_str(V02_TITLE)},'','','闻喜县卫健局','闻喜县卫生健康局',"
                f"'{pic}','',1769218335,1769218335,1769218335,1,1,'html',0,'','',0,0,0,0,0,0,'','','')")
    addon = f"(1286,5,{_sql_str(body)},'','','','127.0.0.1')"
    return f"""-- MySQL dump 10.13  Distrib 5.7.44, for Linux (x86_64)
--
-- Host: localhost    Database: wxwjw_cms
-- ------------------------------------------------------
-- Server version\t5.7.44-log

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET @OLD_CHARACTER_SET_RESULTS=@@CHARACTER_SET_RESULTS */;
/*!40101 SET @OLD_COLLATION_CONNECTION=@@COLLATION_CONNECTION */;
/*!40101 SET NAMES utf8 */;
/*!40103 SET @OLD_TIME_ZONE=@@TIME_ZONE */;
/*!40103 SET TIME_ZONE='+00:00' */;
/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;
/*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */;
/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_AUTO_VALUE_ON_ZERO' */;
/*!40111 SET @OLD_SQL_NOTES=@@SQL_NOTES, SQL_NOTES=0 */;

--
-- Table structure for table `dede_addonarticle`
--

DROP TABLE IF EXISTS `dede_addonarticle`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8 */;
CREATE TABLE `dede_addonarticle` (
  `aid` mediumint(8) unsigned NOT NULL DEFAULT '0',
  `typeid` smallint(5) unsigned NOT NULL DEFAULT '0',
  `body` mediumtext,
  `redirecturl` varchar(255) NOT NULL DEFAULT '',
  `templet` varchar(30) NOT NULL DEFAULT '',
  `userip` char(15) NOT NULL DEFAULT '',
  PRIMARY KEY (`aid`),
  KEY `typeid` (`typeid`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `dede_addonarticle`
--

LOCK TABLES `dede_addonarticle` WRITE;
/*!40000 ALTER TABLE `dede_addonarticle` DISABLE KEYS */;
INSERT INTO `dede_addonarticle` VALUES {addon};
/*!40000 ALTER TABLE `dede_addonarticle` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `dede_archives`
--

DROP TABLE IF EXISTS `dede_archives`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8 */;
CREATE TABLE `dede_archives` (
  `id` mediumint(8) unsigned NOT NULL DEFAULT '0',
  `typeid` smallint(5) unsigned NOT NULL DEFAULT '0',
  `click` mediumint(8) unsigned NOT NULL DEFAULT '0',
  `title` varchar(80) NOT NULL DEFAULT '',
  `writer` varchar(20) NOT NULL DEFAULT '',
  `source` varchar(30) NOT NULL DEFAULT '',
  `litpic` varchar(100) NOT NULL DEFAULT '',
  `pubdate` int(10) unsigned NOT NULL DEFAULT '0',
  `senddate` int(10) unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`)
) ENGINE=MyISAM AUTO_INCREMENT=1287 DEFAULT CHARSET=utf8;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `dede_archives` WRITE;
/*!40000 ALTER TABLE `dede_archives` DISABLE KEYS */;
INSERT INTO `dede_archives` VALUES {archives};
/*!40000 ALTER TABLE `dede_archives` ENABLE KEYS */;
UNLOCK TABLES;
/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;

/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;
/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;
/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;
/*!40111 SET SQL_NOTES=@OLD_SQL_NOTES */;

-- Dump completed on 2026-01-25  3:00:02
"""


def _v02_clean() -> str:
    return "\n".join([V02_TITLE, *V02_PARAS])


# v03: the clipboard's HTML Format.
V03_PARAS = [
    "2025年，宁武县一般公共预算收入完成8.36亿元，同比增长6.8%，其中税收收入5.92亿元，增长5.1%；非税收入2.44亿元。",
    "一般公共预算支出35.47亿元，增长3.6%，其中民生支出28.15亿元，占一般公共预算支出的79.4%。"
    "全年争取上级转移支付资金24.6亿元，新增政府债券资金6.5亿元。",
]
V03_CAPTION = "宁武县2025年一般公共预算收支情况表（单位：万元）"
V03_ROWS = [
    ["项目", "2025年", "2024年", "增长（%）"],
    ["一般公共预算收入", "83600", "78277", "6.8"],
    ["其中：税收收入", "59200", "56327", "5.1"],
    ["一般公共预算支出", "354700", "342375", "3.6"],
]
V03_LAST = "2026年，全县一般公共预算收入预期增长6%左右。"


def _v03() -> bytes:
    ps = "".join(f'<p style="text-indent: 2em; line-height: 2em;"><span style="font-family: 宋体; font-size: 16px;">'
                 f"{p}</span></p>" for p in V03_PARAS)
    rows = []
    for i, row in enumerate(V03_ROWS):
        cells = "".join(f'<td width="{140 if k == 0 else 96}" valign="center" style="border: 1px solid windowtext; '
                        f'padding: 0px 7px;"><p style="text-align: center;">{c}</p></td>' for k, c in enumerate(row))
        rows.append(f'<tr style="height: 28px;">{cells}</tr>' if i else f'<tr style="height: 32px;">{cells}</tr>')
    table = (f'<p style="text-align: center;"><strong>{V03_CAPTION}</strong></p><table border="1" cellspacing="0" '
             f'cellpadding="0" width="428" style="border-collapse: collapse;"><tbody>{"".join(rows)}</tbody></table>')
    frag = (f'<div class="TRS_Editor" style="color: rgb(51, 51, 51); font-family: &quot;Microsoft YaHei&quot;; '
            f'font-size: 14px;">{ps}{table}<p style="text-indent: 2em;"><span>{V03_LAST}</span></p></div>')
    url = "http://www.ningwu.gov.cn/nwxrmzf/zwgk/czxx/202601/t20260126_1857342.shtml"
    pre = "<html>\r\n<body>\r\n<!--StartFragment-->"
    post = "<!--EndFragment-->\r\n</body>\r\n</html>"
    head_tpl = ("Version:0.9\r\nStartHTML:{:010d}\r\nEndHTML:{:010d}\r\nStartFragment:{:010d}\r\nEndFragment:{:010d}\r\n"
                f"SourceURL:{url}\r\n")
    head_len = len(head_tpl.format(0, 0, 0, 0).encode("utf-8"))
    start_html = head_len
    start_frag = start_html + len(pre.encode("utf-8"))
    end_frag = start_frag + len(frag.encode("utf-8"))
    end_html = end_frag + len(post.encode("utf-8"))
    return (head_tpl.format(start_html, end_html, start_frag, end_frag) + pre + frag + post).encode("utf-8")


def _v03_clean() -> str:
    return "\n".join([*V03_PARAS, V03_CAPTION, *("|".join(r) for r in V03_ROWS), V03_LAST])


# v04: the mbox: the report in GB2312, the reply in UTF-8.
V04_SUBJECT = "巴林右旗2025年就业工作情况报告"
V04_PARAS = [
    "各位领导：",
    "现将巴林右旗2025年就业工作情况报告如下。",
    "2025年，全旗城镇新增就业1862人，完成年度目标任务的116.4%；城镇失业人员再就业395人，就业困难人员实现就业142人，"
    "城镇登记失业率2.8%。",
    "全年转移农牧区劳动力2.36万人次，实现劳务收入9.42亿元，同比增长5.9%。",
    "开展职业技能培训3150人次，发放创业担保贷款6280万元，扶持创业486人，带动就业1524人。",
    "2026年，全旗计划城镇新增就业1800人以上。",
    "旗就业服务中心",
    "2026年1月23日",
]
V04_REPLY = [
    "收到。另据旗人社局统计，2025年全旗开发公益性岗位428个，请在报告第三段后补充。",
    "",
    "发自我的手机",
]


def _b_word(s: str, charset: str) -> str:
    import base64

    return f"=?{charset}?B?{base64.b64encode(s.encode(charset)).decode('ascii')}?="


def _v04() -> bytes:
    m1_head = (
        "From - Fri Jan 23 09:05:12 2026\r\n"
        "X-Mozilla-Status: 0001\r\n"
        "X-Mozilla-Status2: 00000000\r\n"
        "X-Mozilla-Keys:                                                                                 \r\n"
        "Return-Path: <jyfwzx@blyq.gov.cn>\r\n"
        "Received: from mail.blyq.gov.cn (unknown [10.12.3.45])\r\n"
        "\tby mx.blyq.gov.cn (Coremail) with SMTP id AQAAfwD3_2kXw3JpZk1BAA--.21564S2;\r\n"
        "\tFri, 23 Jan 2026 09:04:58 +0800 (CST)\r\n"
        "Message-ID: <202601230904581867432@blyq.gov.cn>\r\n"
        f"From: {_b_word('旗就业服务中心', 'gb2312')} <jyfwzx@blyq.gov.cn>\r\n"
        f"To: {_b_word('旗人社局办公室', 'gb2312')} <rsjbgs@blyq.gov.cn>\r\n"
        f"Subject: {_b_word(V04_SUBJECT, 'gb2312')}\r\n"
        "Date: Fri, 23 Jan 2026 09:04:55 +0800\r\n"
        "X-Priority: 3\r\n"
        "X-Mailer: Foxmail 7.2.25.375[cn]\r\n"
        "MIME-Version: 1.0\r\n"
        'Content-Type: text/plain;\r\n\tcharset="gb2312"\r\n'
        "Content-Transfer-Encoding: 8bit\r\n"
        "\r\n")
    m1_body = "\r\n".join(V04_PARAS) + "\r\n\r\n"
    quoted = "\r\n".join(f"> {p}" if p else ">" for p in V04_PARAS[:2])
    m2_head = (
        "From - Fri Jan 23 10:31:40 2026\r\n"
        "X-Mozilla-Status: 0001\r\n"
        "X-Mozilla-Status2: 00000000\r\n"
        "Return-Path: <rsjbgs@blyq.gov.cn>\r\n"
        "Received: from [192.168.1.107] (unknown [117.136.24.58])\r\n"
        "\tby mx.blyq.gov.cn (Coremail) with SMTP id AQAAfwD3_2kXw3JpZk1BAA--.30217S2;\r\n"
        "\tFri, 23 Jan 2026 10:31:36 +0800 (CST)\r\n"
        "Message-ID: <9F3C2A71-4B6E-4D1A-8E25-7C0B5D3E1F64@blyq.gov.cn>\r\n"
        "In-Reply-To: <202601230904581867432@blyq.gov.cn>\r\n"
        f"From: {_b_word('旗人社局办公室', 'utf-8')} <rsjbgs@blyq.gov.cn>\r\n"
        f"To: {_b_word('旗就业服务中心', 'utf-8')} <jyfwzx@blyq.gov.cn>\r\n"
        f"Subject: Re: {_b_word(V04_SUBJECT, 'utf-8')}\r\n"
        "Date: Fri, 23 Jan 2026 10:31:33 +0800\r\n"
        "X-Mailer: iPhone Mail (21G93)\r\n"
        "MIME-Version: 1.0 (1.0)\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n"
        "Content-Transfer-Encoding: 8bit\r\n"
        "\r\n")
    m2_body = "\r\n".join([*V04_REPLY, "", "> 在 2026年1月23日，09:04，旗就业服务中心 <jyfwzx@blyq.gov.cn> 写道：", ">",
                           quoted, "> （下略）", "", ""])
    return (m1_head.encode("ascii") + m1_body.encode("gb2312") + m2_head.encode("ascii")
            + m2_body.encode("utf-8"))


def _v04_clean() -> str:
    return "\n".join([V04_SUBJECT, *V04_PARAS, *V04_REPLY])


# v05: the online document's blocks; | marks where one text run ends and the next begins.
V05_TITLE = "永和县2025年医疗卫生服务体系建设情况"
V05_BLOCKS: list[tuple[str, str]] = [
    ("h", "一、床位资源"),
    ("p", "截至2025年底，永和县医疗卫生机构实有床位|6|42张|，比上年末增加|38张|，增长6.|3%；其中医院床位468张，"
          "基层医疗卫生机构床位|174|张。"),
    ("p", "每千常住人口医疗卫生机构床位|10.1|2张|。"),
    ("h", "二、资金投入"),
    ("p", "全年卫生健康支出|1.26亿元|，同比增长5.3%，其中争取上级补助资金84|60万元。县人民医院住院楼项目完成投资|6850|万元，"
          "新增床位1|20张。"),
    ("t", "指标|2025年|2024年/实有床位（张）|642|604/卫生健康支出（万元）|12600|11966"),
    ("p", "2026年，全县计划新增床位|60张|，卫生健康支出预期增长5%左右。"),
]


def _bid(k: int) -> str:
    alphabet = "AbCdEfGhJkLmNpQrStUvWxYz"
    return "doxcn" + "".join(alphabet[(k * 7 + i * 5) % len(alphabet)] for i in range(10)) + f"{k * 37 % 97:02d}Qz"


def _style(bold: bool = False, comment: str | None = None) -> dict:
    s: dict = {"bold": bold, "inline_code": False, "italic": False, "strikethrough": False, "underline": False}
    if comment:
        s["comment_ids"] = [comment]
    return s


def _runs(text: str) -> list[dict]:
    out = []
    for i, piece in enumerate(text.split("|")):
        if piece:
            comment = f"73{2104865 + i * 311}" if i % 4 == 3 else None
            out.append({"text_run": {"content": piece, "text_element_style": _style(i % 2 == 1, comment)}})
    return out


def _v05() -> str:
    page = _bid(0)
    items: list[dict] = []
    top: list[str] = []
    k = 1
    for kind, text in V05_BLOCKS:
        bid = _bid(k)
        k += 1
        top.append(bid)
        if kind == "h":
            items.append({"block_id": bid, "block_type": 4, "heading2": {"elements": _runs(text), "style": {
                "align": 1, "folded": False}}, "parent_id": page})
        elif kind == "p":
            items.append({"block_id": bid, "block_type": 2, "parent_id": page, "text": {"elements": _runs(text),
                                                                                      "style": {"align": 1}}})
        else:
            rows = [r.split("|") for r in text.split("/")]
            cells, inner = [], []
            for row in rows:
                for c in row:
                    cid, tid = _bid(k), _bid(k + 1)
                    k += 2
                    cells.append(cid)
                    inner.append({"block_id": cid, "block_type": 32, "children": [tid], "parent_id": bid,
                                  "table_cell": {}})
                    inner.append({"block_id": tid, "block_type": 2, "parent_id": cid, "text": {"elements": _runs(
                        c), "style": {"align": 1 if c == row[0] else 3}}})
            items.append({"block_id": bid, "block_type": 31, "children": cells, "parent_id": page, "table": {
                "cells": cells, "property": {"column_size": 3, "column_width": [180, 100, 100], "header_row": True,
                                             "merge_info": [{"col_span": 1, "row_span": 1}] * 9, "row_size": 3}}})
            items.extend(inner)
    head = {"block_id": page, "block_type": 1, "children": top, "page": {"elements": [{"text_run": {
        "content": V05_TITLE, "text_element_style": _style()}}], "style": {"align": 1}}, "parent_id": ""}
    data = {"code": 0, "data": {"has_more": False, "items": [head, *items]}, "msg": "success"}
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def _v05_clean() -> str:
    lines = [V05_TITLE]
    for kind, text in V05_BLOCKS:
        lines.extend(text.split("/") if kind == "t" else [text.replace("|", "")])
    return "\n".join(lines)


TEXTS = {"v01": _v01().encode("utf-8"), "v02": _v02().encode("utf-8"), "v03": _v03(), "v04": _v04(),
         "v05": _v05().encode("utf-8")}

MANIFEST = [("v01", "2026-01-23", "和政县人力资源和社会保障局"), ("v02", "2026-01-24", "闻喜县卫生健康局"),
            ("v03", "2026-01-26", "宁武县财政局"), ("v04", "2026-01-23", "巴林右旗就业服务中心"),
            ("v05", "2026-01-27", "永和县卫生健康和体育局")]

# (doc, quote, value, measure, qualifier, role, topic, place, period, context[, tier])
HZ, WX, NW, BL, YH = "和政县", "闻喜县", "宁武县", "巴林右旗", "永和县"
F: list[tuple] = [
    ("v01", "2168人", 2168, "人", "exact", "level", "jobs", HZ, "2025", "和政县城镇新增就业2168人"),
    ("v01", "108.4%", 108.4, "%", "exact", "level", "jobs", HZ, "2025", "完成年度目标任务的108.4%"),
    ("v01", "436人", 436, "人", "exact", "level", "jobs", HZ, "2025", "失业人员再就业436人"),
    ("v01", "128人", 128, "人", "exact", "level", "jobs", HZ, "2025", "就业困难人员实现就业128人"),
    ("v01", "5.12万人", 51200, "人", "exact", "level", "jobs", HZ, "2025", "输转城乡富余劳动力5.12万人"),
    ("v01", "1.86万人", 18600, "人", "exact", "level", "jobs", HZ, "2025", "其中有组织输转1.86万人"),
    ("v01", "12.6亿元", 1260000000, "元", "exact", "level", "money", HZ, "2025", "实现劳务收入12.6亿元"),
    ("v01", "7.2%", 7.2, "%", "exact", "change", "percent", HZ, "2025", "同比增长7.2%"),
    ("v01", "4260人次", 4260, "人次", "exact", "level", "jobs", HZ, "2025", "开展职业技能培训4260人次"),
    ("v01", "8650万元", 86500000, "元", "exact", "level", "money", HZ, "2025", "发放创业担保贷款8650万元"),
    ("v01", "612人", 612, "人", "exact", "level", "jobs", HZ, "2025", "扶持创业612人"),
    ("v01", "1835人", 1835, "人", "exact", "level", "jobs", HZ, "2025", "带动就业1835人"),
    ("v01", "365个", 365, "个", "exact", "level", "jobs", HZ, "2025", "开发公益性岗位365个"),
    ("v01", "2000人以上", 2000, "人", "lower_bound", "target", "jobs", HZ, "2026", "全县计划城镇新增就业2000人以上"),
    ("v01", "5.5%以内", 5.5, "%", "upper_bound", "target", "jobs", HZ, "2026", "城镇调查失业率控制在5.5%以内"),
    ("v02", "386个", 386, "个", "exact", "level", "other", WX, "2025", "共有医疗卫生机构386个"),
    ("v02", "2035张", 2035, "张", "exact", "level", "beds", WX, "2025", "医疗卫生机构实有床位2035张"),
    ("v02", "118张", 118, "张", "exact", "change", "beds", WX, "2025", "比上年末增加118张"),
    ("v02", "6.2%", 6.2, "%", "exact", "change", "percent", WX, "2025", "118张，增长6.2%"),
    ("v02", "1526张", 1526, "张", "exact", "level", "beds", WX, "2025", "其中，医院床位1526张"),
    ("v02", "462张", 462, "张", "exact", "level", "beds", WX, "2025", "基层医疗卫生机构床位462张"),
    ("v02", "47张", 47, "张", "exact", "level", "beds", WX, "2025", "专业公共卫生机构床位47张"),
    ("v02", "5.68张", 5.68, "张", "exact", "level", "beds", WX, "2025", "每千常住人口医疗卫生机构床位5.68张"),
    ("v02", "1.38亿元", 138000000, "元", "exact", "level", "money", WX, "2025", "门急诊大楼项目完成投资1.38亿元"),
    ("v02", "200张", 200, "张", "exact", "level", "beds", WX, "2025", "1.38亿元，新增床位200张"),
    ("v02", "60张", 60, "张", "exact", "level", "beds", WX, "2025", "县中医院新增康复床位60张"),
    ("v02", "2.86亿元", 286000000, "元", "exact", "level", "money", WX, "2025", "全年卫生健康支出2.86亿元"),
    ("v02", "4.7%", 4.7, "%", "exact", "change", "percent", WX, "2025", "同比增长4.7%"),
    ("v02", "150张", 150, "张", "exact", "target", "beds", WX, "2026", "全县计划新增床位150张"),
    ("v02", "6张", 6, "张", "exact", "target", "beds", WX, "2026", "医疗卫生机构床位达到6张"),
    ("v03", "8.36亿元", 836000000, "元", "exact", "level", "money", NW, "2025", "一般公共预算收入完成8.36亿元"),
    ("v03", "6.8%", 6.8, "%", "exact", "change", "percent", NW, "2025", "同比增长6.8%"),
    ("v03", "5.92亿元", 592000000, "元", "exact", "level", "money", NW, "2025", "其中税收收入5.92亿元"),
    ("v03", "5.1%", 5.1, "%", "exact", "change", "percent", NW, "2025", "5.92亿元，增长5.1%"),
    ("v03", "2.44亿元", 244000000, "元", "exact", "level", "money", NW, "2025", "非税收入2.44亿元"),
    ("v03", "35.47亿元", 3547000000, "元", "exact", "level", "money", NW, "2025", "一般公共预算支出35.47亿元"),
    ("v03", "3.6%", 3.6, "%", "exact", "change", "percent", NW, "2025", "35.47亿元，增长3.6%"),
    ("v03", "28.15亿元", 2815000000, "元", "exact", "level", "money", NW, "2025", "其中民生支出28.15亿元"),
    ("v03", "79.4%", 79.4, "%", "exact", "level", "percent", NW, "2025", "占一般公共预算支出的79.4%"),
    ("v03", "24.6亿元", 2460000000, "元", "exact", "level", "money", NW, "2025", "争取上级转移支付资金24.6亿元"),
    ("v03", "6.5亿元", 650000000, "元", "exact", "level", "money", NW, "2025", "新增政府债券资金6.5亿元"),
    ("v03", "83600", 836000000, "元", "exact", "level", "money", NW, "2025", "一般公共预算收入|83600|78277|6.8"),
    ("v03", "78277", 782770000, "元", "exact", "level", "money", NW, "2024", "一般公共预算收入|83600|78277|6.8"),
    ("v03", "6.8", 6.8, "%", "exact", "change", "percent", NW, "2025", "一般公共预算收入|83600|78277|6.8"),
    ("v03", "59200", 592000000, "元", "exact", "level", "money", NW, "2025", "其中：税收收入|59200|56327|5.1"),
    ("v03", "56327", 563270000, "元", "exact", "level", "money", NW, "2024", "其中：税收收入|59200|56327|5.1"),
    ("v03", "5.1", 5.1, "%", "exact", "change", "percent", NW, "2025", "其中：税收收入|59200|56327|5.1"),
    ("v03", "354700", 3547000000, "元", "exact", "level", "money", NW, "2025", "一般公共预算支出|354700|342375|3.6"),
    ("v03", "342375", 3423750000, "元", "exact", "level", "money", NW, "2024", "一般公共预算支出|354700|342375|3.6"),
    ("v03", "3.6", 3.6, "%", "exact", "change", "percent", NW, "2025", "一般公共预算支出|354700|342375|3.6"),
    ("v03", "6%左右", 6, "%", "approx", "target", "percent", NW, "2026", "一般公共预算收入预期增长6%左右"),
    ("v04", "1862人", 1862, "人", "exact", "level", "jobs", BL, "2025", "全旗城镇新增就业1862人"),
    ("v04", "116.4%", 116.4, "%", "exact", "level", "jobs", BL, "2025", "完成年度目标任务的116.4%"),
    ("v04", "395人", 395, "人", "exact", "level", "jobs", BL, "2025", "城镇失业人员再就业395人"),
    ("v04", "142人", 142, "人", "exact", "level", "jobs", BL, "2025", "就业困难人员实现就业142人"),
    ("v04", "2.8%", 2.8, "%", "exact", "level", "jobs", BL, "2025", "城镇登记失业率2.8%"),
    ("v04", "2.36万人次", 23600, "人次", "exact", "level", "jobs", BL, "2025", "转移农牧区劳动力2.36万人次"),
    ("v04", "9.42亿元", 942000000, "元", "exact", "level", "money", BL, "2025", "实现劳务收入9.42亿元"),
    ("v04", "5.9%", 5.9, "%", "exact", "change", "percent", BL, "2025", "同比增长5.9%"),
    ("v04", "3150人次", 3150, "人次", "exact", "level", "jobs", BL, "2025", "开展职业技能培训3150人次"),
    ("v04", "6280万元", 62800000, "元", "exact", "level", "money", BL, "2025", "发放创业担保贷款6280万元"),
    ("v04", "486人", 486, "人", "exact", "level", "jobs", BL, "2025", "扶持创业486人"),
    ("v04", "1524人", 1524, "人", "exact", "level", "jobs", BL, "2025", "带动就业1524人"),
    ("v04", "1800人以上", 1800, "人", "lower_bound", "target", "jobs", BL, "2026", "全旗计划城镇新增就业1800人以上"),
    ("v04", "428个", 428, "个", "exact", "level", "jobs", BL, "2025", "全旗开发公益性岗位428个"),
    ("v05", "642张", 642, "张", "exact", "level", "beds", YH, "2025", "医疗卫生机构实有床位642张"),
    ("v05", "38张", 38, "张", "exact", "change", "beds", YH, "2025", "比上年末增加38张"),
    ("v05", "6.3%", 6.3, "%", "exact", "change", "percent", YH, "2025", "38张，增长6.3%"),
    ("v05", "468张", 468, "张", "exact", "level", "beds", YH, "2025", "其中医院床位468张"),
    ("v05", "174张", 174, "张", "exact", "level", "beds", YH, "2025", "基层医疗卫生机构床位174张"),
    ("v05", "10.12张", 10.12, "张", "exact", "level", "beds", YH, "2025", "每千常住人口医疗卫生机构床位10.12张"),
    ("v05", "1.26亿元", 126000000, "元", "exact", "level", "money", YH, "2025", "全年卫生健康支出1.26亿元"),
    ("v05", "5.3%", 5.3, "%", "exact", "change", "percent", YH, "2025", "同比增长5.3%"),
    ("v05", "8460万元", 84600000, "元", "exact", "level", "money", YH, "2025", "争取上级补助资金8460万元"),
    ("v05", "6850万元", 68500000, "元", "exact", "level", "money", YH, "2025", "住院楼项目完成投资6850万元"),
    ("v05", "120张", 120, "张", "exact", "level", "beds", YH, "2025", "新增床位120张"),
    ("v05", "642", 642, "张", "exact", "level", "beds", YH, "2025", "实有床位（张）|642|604"),
    ("v05", "604", 604, "张", "exact", "level", "beds", YH, "2024", "实有床位（张）|642|604"),
    ("v05", "12600", 126000000, "元", "exact", "level", "money", YH, "2025", "卫生健康支出（万元）|12600|11966"),
    ("v05", "11966", 119660000, "元", "exact", "level", "money", YH, "2024", "卫生健康支出（万元）|12600|11966"),
    ("v05", "60张", 60, "张", "exact", "target", "beds", YH, "2026", "全县计划新增床位60张"),
    ("v05", "5%左右", 5, "%", "approx", "target", "percent", YH, "2026", "卫生健康支出预期增长5%左右"),
]


def _clean(doc: str) -> str:
    """The text as its program shows it (a table's rows as cells joined by |)."""
    return {"v01": _v01_clean, "v02": _v02_clean, "v03": _v03_clean, "v04": _v04_clean,
            "v05": _v05_clean}[doc]()


_probe = joined(_clean, rows_kept=True)


def main() -> None:
    """Write the texts, the manifest and the gold (damaged28's `write_set`), after checking that each form holds
    the clean text: v01's post and v05's runs read back out of the JSON, v03's offsets point at its fragment, v04's
    parts decode each by its own charset (and the whole file by neither)."""
    post = json.loads(TEXTS["v01"])["data"]["longTextContent"]
    text = re.sub(r"<[^>]+>", "", post.replace("<br />", "\n"))
    assert text.strip() == _v01_clean(), text
    raw = TEXTS["v03"]
    head = dict(line.split(b":", 1) for line in raw.split(b"\r\n")[:5] if b":" in line)
    frag = raw[int(head[b"StartFragment"]):int(head[b"EndFragment"])].decode("utf-8")
    assert frag.startswith('<div class="TRS_Editor"') and frag.endswith("</div>")
    assert raw[int(head[b"EndHTML"]):] == b"" and raw[int(head[b"StartHTML"]):].startswith(b"<html>")
    mbox = TEXTS["v04"]
    for codec in ("utf-8", "gb18030"):
        try:
            whole = mbox.decode(codec)
        except UnicodeDecodeError:
            continue
        assert "就业" not in whole or "公益性岗位" not in whole, codec
    cut = mbox.index(b"From - Fri Jan 23 10:31")
    assert "1862人" in mbox[:cut].decode("gb2312") and "428个" in mbox[cut:].decode("utf-8")
    items = json.loads(TEXTS["v05"])["data"]["items"]
    runs = "".join(e["text_run"]["content"] for it in items for key in ("text", "heading2", "page") if key in it
                   for e in it[key]["elements"])
    assert runs == _v05_clean().replace("\n", "").replace("/", "").replace("|", ""), runs
    write_set(OUT, TEXTS, MANIFEST, F, _probe)


if __name__ == "__main__":
    main()
