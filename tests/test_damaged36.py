"""What the blind set data/gold/damaged36 found: five texts of our own, each in a form no damaged set used (a Big5
file; a JSON API's reply with every non-ASCII character escaped as \\uXXXX; pangu spacing between Han and digits; a
mail saved whole whose GBK text part is base64; a forum post's BBCode). Blind, main refused the Big5 file, read no
figure out of the JSON escapes nor out of the base64 mail (no Han word left in either), lost the units and a change's
word that BBCode tags stood between, and read a forum head's clock seconds as a count (09:15:42 | 只看该作者: 42只).
Sentences invented, in the style of such texts.
"""

from __future__ import annotations

import base64
import json

import pytest

from stats.errors import InputError
from stats.read.bbcode import bbcode_plain
from stats.read.decode import decode_bytes
from stats.read.jsonescapes import json_escapes_read
from stats.run.pipeline import Extractor
from tests.chunked import decoded_in_chunks as _chunked
from tests.dated import dated_figures as _run
from tests.goldsets import scored


def _got(extractor: Extractor, text: str, published: str = "2026-02-10") -> set[tuple[float, str, str, str]]:
    """Each figure's value, measure, qualifier and role."""
    return {(f["value"], f["measure"], f["qualifier"], f["role"]) for f in _run(extractor, text, published)}


_TRAD = ("某縣2025年經濟運行情況\n　　2025年，全縣實現地區生產總值186.4億元，同比增長5.2%。全縣城鎮新增就業3260人，"
         "年末醫療衛生機構床位1420張，比上年增加86張。全縣引進僑資項目12個。\n")
_TRAD_WANT = {(18640000000.0, "元", "exact", "level"), (5.2, "%", "exact", "change"), (3260.0, "人", "exact", "level"),
              (1420.0, "张", "exact", "level"), (86.0, "张", "exact", "change"), (12.0, "个", "exact", "level")}


def test_a_big5_file_is_read_as_big5(extractor: Extractor) -> None:
    """Traditional text saved in Big5 (cp950) reads as GB18030 into mojibake among whole digits: it is read as Big5,
    recorded so with a note, and every figure is found."""
    d = decode_bytes(_TRAD.encode("cp950"), "big5.txt")
    assert d.encoding == "cp950" and d.text == _TRAD
    assert any("Big5" in w for w in d.warnings)
    assert _got(extractor, d.text) == _TRAD_WANT


def test_gbk_is_never_read_as_big5() -> None:
    """A GBK file's bytes fall in Big5's rows too, but GB18030 reads it as Chinese first: it stays GBK, simplified or
    traditional, and a file neither reads (Big5-HKSCS's own characters) is still refused."""
    simple = "全县城镇新增就业3260人，年末医疗卫生机构床位1420张，比上年增加86张。"
    assert decode_bytes(simple.encode("gbk"), "gbk.txt").encoding == "gb18030"
    assert decode_bytes(_TRAD.encode("gbk"), "trad_gbk.txt") == decode_bytes(_TRAD.encode("gb18030"), "t.txt")
    assert decode_bytes(_TRAD.encode("gbk"), "trad_gbk.txt").text == _TRAD
    with pytest.raises(InputError, match="no Big5"):
        decode_bytes("佢哋話喺屯門嘅醫院冇增加病床，啲新職位有6500個，咗1200張。".encode("big5hkscs"), "hk.txt")


_CONTENT = ("2025年，某县城镇新增就业5260人，同比增长4.6%；\"家门口\"就业车间吸纳就业820人。\n"
            "发放创业担保贷款1.36亿元，扶持创业1180人。\r\n2026年计划城镇新增就业5000人以上。")
_API = json.dumps({"code": 0, "data": {"id": 86021, "hits": 2318, "publishTime": "2026-01-18 09:30:00",
                                       "title": "某县就业工作成效", "content": _CONTENT}}) + "\n"
_API_WANT = {(5260.0, "人", "exact", "level"), (4.6, "%", "exact", "change"), (820.0, "人", "exact", "level"),
             (136000000.0, "元", "exact", "level"), (1180.0, "人", "exact", "level"),
             (5000.0, "人", "lower_bound", "target")}


def test_a_json_reply_with_escaped_characters_reads_as_its_article(extractor: Extractor) -> None:
    """An API's reply serialised with every non-ASCII character escaped (\\u4e1a5260\\u4eba): the escapes are the
    characters, \\n and \\r\\n line ends, \\" a quote mark, and the article's figures are all read."""
    assert "\\u4eba" in _API and "人" not in _API
    text = decode_bytes(_API.encode("ascii"), "api.txt").text
    assert "城镇新增就业5260人" in text and '"家门口"' in text and "\\" not in text
    assert "1180人。\n2026年" in text
    assert _got(extractor, text) == _API_WANT


@pytest.mark.parametrize("size", [5, 7, 11, 13, 64])
def test_a_json_escape_cut_between_chunks_is_read_whole(size: int) -> None:
    """A file decoded a chunk at a time reads an escape a chunk's edge cuts (\\u4e | 1a, \\ | n) as one."""
    data = _API.encode("ascii")
    assert _chunked(data, size) == decode_bytes(data, "api.txt").text


def test_a_few_backslashes_of_plain_text_stay() -> None:
    """Text with only a stray \\uXXXX or two (a path, a code) is no JSON reply: nothing in it is read as an escape,
    and a surrogate pair and a lone surrogate of a reply read as one character and U+FFFD."""
    plain = "资料存于D:\\data\\u2025\\new，全县新增就业860人"
    assert json_escapes_read(plain) == plain
    reply = "\\u5168\\u53bf\\u65b0\\u589e\\u5c31\\u4e1a860\\u4eba\\ud83d\\udc4d\\ud800"
    assert json_escapes_read(reply) == "全县新增就业860人\U0001f44d\ufffd"


def _mail(body: str, attachment: bytes = b"") -> bytes:
    """A mail as Foxmail saves it: its text part GBK in base64, 76 characters a line; an attachment in base64."""
    text = base64.encodebytes(body.encode("gbk")).decode("ascii")
    parts = ["From: =?GBK?B?xLPP2A==?= <a@163.com>", "Subject: =?GBK?B?sai4zg==?=", "Mime-Version: 1.0",
             'Content-Type: multipart/mixed;\n\tboundary="----=_Part_1"', "", "This is a multi-part message.", "",
             "------=_Part_1", 'Content-Type: text/plain;\n\tcharset="GBK"', "Content-Transfer-Encoding: base64", "",
             text, "------=_Part_1", 'Content-Type: application/octet-stream; name="a.xlsx"',
             "Content-Transfer-Encoding: base64", "", base64.encodebytes(attachment).decode("ascii"),
             "------=_Part_1--", ""]
    return "\r\n".join(parts).encode("ascii")


_BODY = ("各乡镇：\n    2025年，全县城乡居民基本养老保险参保26.8万人，参保率达到97.6%；全年发放养老金2.86亿元，"
         "同比增长5.1%。城镇职工养老保险参保3.62万人，比上年增加1860人。\n某县人社局\n")
_BODY_WANT = {(268000.0, "人", "exact", "level"), (97.6, "%", "exact", "level"), (286000000.0, "元", "exact", "level"),
              (5.1, "%", "exact", "change"), (36200.0, "人", "exact", "level"), (1860.0, "人", "exact", "change")}


def test_a_mails_base64_text_part_is_read(extractor: Extractor) -> None:
    """A mail saved whole whose text part is base64 (no Han word, digits glued to letters): the part is read back as
    the GBK it stands for, its figures all found; the headers and the attachment's base64 stay as they are and give
    none."""
    data = _mail(_BODY, bytes(range(256)) * 3)
    d = decode_bytes(data, "mail.eml.txt")
    assert d.encoding == "base64-mail/gb18030" and any("base64" in w for w in d.warnings)
    assert "参保率达到97.6%" in d.text and "Content-Type: application/octet-stream" in d.text
    assert _got(extractor, d.text, "2026-01-26") == _BODY_WANT


def _alternative(body: str, plain: bool = True) -> bytes:
    """A mail sent as plain text and HTML (multipart/alternative), both base64 UTF-8; or as HTML alone."""
    page = "<html><body>" + "".join(f"<p>{line}</p>" for line in body.split("\n")) + "</body></html>"
    parts = [("text/plain", body)] if plain else []
    lines = ["Subject: report", "Mime-Version: 1.0", 'Content-Type: multipart/alternative; boundary="b1"', ""]
    for kind, text in [*parts, ("text/html", page)]:
        lines += ["--b1", f'Content-Type: {kind}; charset="utf-8"', "Content-Transfer-Encoding: base64", "",
                  base64.encodebytes(text.encode("utf-8")).decode("ascii")]
    return "\r\n".join([*lines, "--b1--", ""]).encode("ascii")


def test_a_mail_sent_as_plain_text_and_html_is_read_once(extractor: Extractor) -> None:
    """A mail client's plain part and its HTML copy: the plain part is read, the copy after it left as base64, so no
    figure is counted twice; a mail sent as HTML alone is read from its HTML."""
    both = decode_bytes(_alternative(_BODY), "alt.eml.txt").text
    assert both.count("参保率达到97.6%") == 1
    assert [f["value"] for f in _run(extractor, both, "2026-01-26")].count(1860.0) == 1
    alone = decode_bytes(_alternative(_BODY, plain=False), "html.eml.txt").text
    assert alone.count("参保率达到97.6%") == 1 and "<p>" not in alone
    assert _got(extractor, alone, "2026-01-26") == _BODY_WANT


@pytest.mark.parametrize("size", [3, 7, 50, 77, 4096])
def test_a_base64_line_cut_between_chunks_is_read_whole(size: int) -> None:
    """A mail decoded a chunk at a time reads a base64 line a chunk's edge cuts as one."""
    data = _mail(_BODY, bytes(range(200)))
    assert _chunked(data, size) == decode_bytes(data, "mail.eml.txt").text


_POST = ("[size=4][b]一、综合[/b][/size]\n全县实现地区生产总值[color=Red][b]58.6[/b][/color]亿元，比上年增长[b]5.3%[/b]；"
         "接待游客[b][color=#ff0000]612[/color][/b]万人次，增长[color=Red]11.2[/color]%。\n"
         "[img]https://bbs.example.cn/data/attachment/forum/202603/28/091532k2.jpg[/img]\n"
         "[url=http://www.example.gov.cn/tjxx/t20260326_1586.html]点击查看原文[/url]\n")
_POST_WANT = {(5860000000.0, "元", "exact", "level"), (5.3, "%", "exact", "change"), (6120000.0, "人次", "exact", "level"),
              (11.2, "%", "exact", "change")}


def test_a_forum_posts_bbcode_is_taken_out(extractor: Extractor) -> None:
    """A forum post's colour and bold tags around a number alone ([color=Red]58.6[/color]亿元, 增长[b]5.3%[/b]) go, so
    the unit and the word of change are the number's again; a picture's dated address goes with its tag, a link is
    its text, and a bracketed note of the text ([1]) stays."""
    text = bbcode_plain(_POST)
    assert "58.6亿元" in text and "增长5.3%" in text and "202603" not in text and "点击查看原文\n" in text
    assert bbcode_plain("见注释[1]和[注]，新增就业860人[/b]") == "见注释[1]和[注]，新增就业860人"
    assert _got(extractor, decode_bytes(_POST.encode(), "post.txt").text, "2026-03-28") == _POST_WANT


@pytest.mark.parametrize("size", [4, 9, 17, 33])
def test_a_bbcode_tag_cut_between_chunks_is_read_whole(size: int) -> None:
    """A post decoded a chunk at a time reads a tag or a picture a chunk's edge cuts ([col | or=Red]) as one."""
    data = _POST.encode("utf-8")
    assert _chunked(data, size) == decode_bytes(data, "post.txt").text


def test_a_forum_heads_clock_seconds_are_no_count(extractor: Extractor) -> None:
    """The seconds of a post's time (发表于 2026-3-8 09:15:42 | 只看该作者) are no count of 只, a day's single digit
    before the hour or not; the post's own figure stays."""
    text = "楼主 发表于 2026-3-8 09:15:42 | 只看该作者\n沙发 发表于 2026-3-28 10:02:17 | 只看该作者\n全镇新建公厕16座。"
    assert _got(extractor, text, "2026-03-28") == {(16.0, "座", "exact", "level")}


@pytest.mark.slow  # a gold set extracted: the quick suite is near its limit
def test_the_damaged36_gold_set_scores_at_its_floors() -> None:
    """data/gold/damaged36 (five texts of our own in forms no damaged set used, by scripts/gold_damaged36.py). Blind,
    main scored recall 0.3505, precision 0.9444, role 0.9706, the rest 1.0 (the Big5 file refused, the JSON reply and
    the base64 mail read as no Chinese at all); after: recall 1.0, precision 1.0, role 0.9897 (p04's 2026 line with no
    word of a plan, 参保率保持在97%以上, read as a level), the rest 1.0. Floors, not the exact scores."""
    s = scored("damaged36")
    assert s["recall"] >= 0.98 and s["precision"] >= 0.99
    assert s["role_acc"] >= 0.98 and s["qualifier_acc"] >= 0.99
    assert s["place_acc"] >= 0.99 and s["period_acc"] >= 0.99
    assert s["topic_beds_acc"] >= 0.99 and s["topic_jobs_acc"] >= 0.99
