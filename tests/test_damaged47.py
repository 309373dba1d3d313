"""What the blind set data/gold/damaged47 found: five texts of our own, each in a form no damaged set used (a UTF-8
report with one line pasted in GBK; a Word document saved as a web page in GB2312; a crawler's JSON-lines feed with
\\u escapes; an automatic captioner's subtitles cut by a count of characters; a phone edition's PDF whose every other
line is a page's head or foot). Blind, main lost the GBK line's two figures (the file passed as UTF-8 with rare
damage, the line's Han characters U+FFFD), read Word's folded tags as text (fifteen 0cm and a 7.8磅 of its style
attributes, the table's cells one a line between tags, no figure), read the crawl's records as one line running
on, so that a list item's title (…开展预算绩效管理培训) made every figure of the article a target, and read numbers
the captioner cut (105. | 4%, 12 | .8万人, 512 | 0人次, 300 | 0人以上) as two; and the Word table's cells, once read, were
counts of nothing (a year's column naming its unit, 2025年（张）, under a caption naming beds). Sentences invented, in
the style of those forms.
"""

from __future__ import annotations

import json

import pytest

from stats.read.decode import decode_bytes, decode_chunks, detect
from stats.read.subtitles import cues_run_on
from stats.repair.layout import _typical_width, repair
from stats.rules.rulefile import RuleSet
from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.goldsets import scored

_UTF8_REPORT = ("某县2025年就业工作情况汇总\r\n"
                "2025年，全县城镇新增就业2236人，完成年度目标任务的111.8%；城镇失业人员再就业486人，就业困难人员实现"
                "就业152人。全年转移农村劳动力就业9.86万人，实现劳务收入38.6亿元，同比增长6.4%。\r\n"
                "全年发放创业担保贷款1.12亿元，扶持创业728人，带动就业2145人。县返乡创业园新入驻企业和个体工商户，"
                "吸纳周边群众就近就业；各乡镇利用闲置校舍和村部建设就业帮扶车间，让留守妇女和老年人在家门口上班。\r\n"
                "2026年，全县计划城镇新增就业2200人以上，继续抓好高校毕业生、农民工、退役军人等重点群体就业，"
                "落实落细各项稳岗政策，持续开展春风行动和就业援助月等公共就业服务活动。\r\n"
                "下一步，县人社局将围绕茶油、竹木加工和康养旅游等产业用工需求，组织开展订单式、定向式技能培训，"
                "推动培训与就业有效衔接，并加强对零就业家庭和就业困难人员的动态跟踪帮扶。\r\n")
_GBK_LINE = "开发公益性岗位386个。\r\n"


def _report(gbk_line: bytes) -> bytes:
    lines = _UTF8_REPORT.encode("utf-8").split(b"\r\n")
    return b"\r\n".join([*lines[:3], gbk_line.rstrip(b"\r\n"), *lines[3:]])


def test_a_utf8_report_with_one_line_in_gbk_reads_that_line_as_gbk() -> None:
    """A UTF-8 report whose one pasted line came in GBK has few enough bad bytes to pass as UTF-8 with rare damage;
    the line is read as GBK (its figures with their words, no U+FFFD), whole and a chunk at a time alike, the
    reading reported. Before, the line's Han characters were U+FFFD and its figures stood with no word."""
    data = _report(_GBK_LINE.encode("gbk"))
    got = decode_bytes(data, "x.txt")
    assert "开发公益性岗位386个" in got.text and "城镇新增就业2236人" in got.text and "\ufffd" not in got.text
    assert any("two encodings" in w for w in got.warnings)
    pieces = [data[i:i + 7] for i in range(0, len(data), 7)]
    d = detect(lambda: iter(pieces), data[:4096], False, "x.txt")
    assert "".join(decode_chunks(iter(pieces), d.encoding)) == got.text


def test_a_utf8_report_with_a_byte_broken_stays_utf8_with_its_damage() -> None:
    """A UTF-8 line with a byte lost breaks once among characters that decode: no GBK line, the damage repaired as
    before (U+FFFD); and where a GBK line stands beside such a broken line, the file is damaged UTF-8 all the same
    (read as GB18030 the broken line would be mojibake whole)."""
    data = _UTF8_REPORT.encode("utf-8")
    cut = data.index("扶持".encode()) + 1
    broken = data[:cut] + data[cut + 1:]
    got = decode_bytes(broken, "x.txt")
    assert got.encoding == "utf-8" and got.text.count("\ufffd") == 1 and "带动就业2145人" in got.text
    both = _report(_GBK_LINE.encode("gbk"))
    cut = both.index("扶持".encode()) + 1
    got = decode_bytes(both[:cut] + both[cut + 1:], "x.txt")
    assert got.encoding == "utf-8" and "城镇新增就业2236人" in got.text and "公益性岗位" not in got.text


_WORD_HEAD = ('<html xmlns:v="urn:schemas-microsoft-com:vml"\r\nxmlns:o="urn:schemas-microsoft-com:office:office"\r\n'
              'xmlns:w="urn:schemas-microsoft-com:office:word"\r\nxmlns="http://www.w3.org/TR/REC-html40">\r\n\r\n'
              '<head>\r\n<meta http-equiv=Content-Type content="text/html; charset=gb2312">\r\n'
              '<meta name=ProgId content=Word.Document>\r\n<meta name=Generator content="Microsoft Word 15">\r\n'
              '<!--[if gte mso 9]><xml>\r\n <o:DocumentProperties>\r\n  <o:Pages>2</o:Pages>\r\n'
              '  <o:Words>468</o:Words>\r\n </o:DocumentProperties>\r\n</xml><![endif]-->\r\n<style>\r\n<!--\r\n'
              ' p.MsoNormal\r\n\t{margin:0cm;\r\n\tfont-size:10.5pt;}\r\n-->\r\n</style>\r\n</head>\r\n\r\n'
              "<body lang=ZH-CN style='tab-interval:21.0pt'>\r\n\r\n<div class=WordSection1>\r\n\r\n")
_SPAN = "<span style='font-size:16.0pt;font-family:仿宋_GB2312'>{}</span>"
_EN = "<span lang=EN-US\r\nstyle='font-size:16.0pt;font-family:\"Times New\r\nRoman\"'>{}</span>"


def _word_page() -> bytes:
    para = ("<p class=MsoNormal style='text-indent:32.0pt'>" + _SPAN.format("全县医疗卫生机构实有床位")
            + _EN.format("1386") + _SPAN.format("张。") + "<span lang=EN-US><o:p></o:p></span></p>\r\n\r\n")
    cell = ("<td width=132 valign=center style='width:99.0pt;border:solid windowtext\r\n1.0pt;padding:0cm 5.4pt 0cm "
            "5.4pt'>\r\n<p class=MsoNormal align=center style='text-align:center'>{}<o:p></o:p></p>\r\n</td>\r\n")
    rows = [("指标", "2025年", "2024年"), ("实有床位（张）", "1386", "1318")]
    table = "<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0>\r\n" + "".join(
        "<tr>\r\n" + "".join(cell.format(_SPAN.format(c) if not c.isdigit() else _EN.format(c)) for c in row)
        + "</tr>\r\n" for row in rows) + "</table>\r\n"
    return (_WORD_HEAD + para + table + "\r\n</div>\r\n\r\n</body>\r\n\r\n</html>\r\n").encode("gb2312")


def test_a_word_web_page_is_read_as_word_shows_it() -> None:
    """Word's page in GB2312, its tags folded over lines: read out, a paragraph a line with no tag nor size left, the
    table's rows a line each with their cells parted by tabs, the head's counts (Pages 2, Words 468) and styles gone;
    whole and a chunk at a time alike. Before, a folded tag's sizes (0cm 5.4pt) stood as text among the cells."""
    data = _word_page()
    got = decode_bytes(data, "x.txt")
    assert got.text.splitlines() == ["全县医疗卫生机构实有床位1386张。", "指标\t2025年\t2024年",
                                     "实有床位（张）\t1386\t1318"]
    pieces = [data[i:i + 11] for i in range(0, len(data), 11)]
    d = detect(lambda: iter(pieces), data[:4096], False, "x.txt")
    assert "".join(decode_chunks(iter(pieces), d.encoding)) == got.text


def test_an_html_page_that_is_no_word_page_is_read_as_before() -> None:
    """A page with no Word namespace (a site's page saved whole) is no Word page: its tags go as they went."""
    page = "<html>\n<body>\n<p>全县医疗卫生机构实有床位1386张。</p>\n</body>\n</html>\n"
    assert decode_bytes(page.encode("utf-8"), "x.txt").encoding == "utf-8"


def _feed(items: list[dict]) -> bytes:
    return "".join(json.dumps(it) + "\n" for it in items).encode("utf-8")


_ITEMS = [{"type": "list", "title": "某县财政局开展预算绩效管理培训", "date": "2026-01-16",
           "url": "http://www.example.gov.cn/art/2026/1/16/art_1_2.html"},
          {"type": "article", "page_id": 1286543, "title": "某县2025年财政收支情况", "pub_date": "2026-01-22 16:35",
           "content": "2025年，全县一般公共预算收入完成5.84亿元，同比增长6.2%。\n全年争取上级转移支付资金31.4亿元。",
           "status": 200, "download_latency": 0.412}]


def test_a_json_lines_feed_is_read_a_record_at_a_time() -> None:
    """A crawler's feed with \\u escapes: each record read as its strings, one a line, keys and numbers dropped, a
    blank line after it; whole and a chunk at a time alike (a record the chunk's end cuts waits whole). Before,
    the records were lines of keys and values that ran on into one another."""
    data = _feed(_ITEMS)
    got = decode_bytes(data, "x.txt").text
    assert got.split("\n\n")[0].splitlines()[1] == "某县财政局开展预算绩效管理培训"
    assert "全县一般公共预算收入完成5.84亿元" in got and "1286543" not in got and "0.412" not in got
    assert '"type"' not in got
    pieces = [data[i:i + 50] for i in range(0, len(data), 50)]
    d = detect(lambda: iter(pieces), data[:4096], False, "x.txt")
    assert "".join(decode_chunks(iter(pieces), d.encoding)) == got


def test_an_escaped_json_reply_of_one_record_is_read_as_before() -> None:
    """An API's reply on one line (no feed of records) has its escapes read and stays a line of keys and values."""
    got = decode_bytes(_feed(_ITEMS[1:]), "x.txt").text
    assert got.startswith('{"type": "article"') and "1286543" in got


def _srt(cues: list[str]) -> str:
    return "\n".join(f"{i}\n00:00:{i:02d},000 --> 00:00:{i:02d},900\n{c}\n" for i, c in enumerate(cues, 1))


def test_a_number_a_captioner_cut_by_count_is_one_number() -> None:
    """Cues cut at a count of 13 characters: a number cut at its point (…的105. | 4%, …就业12 | .8万人) or, in a cue of the
    full count, between its digits (…培训512 | 0人次) runs on whole; a cue that ends on a number at a pause (shorter
    than the count) is joined by the pause as before."""
    text = cues_run_on(_srt(["完成年度目标任务的105.", "4%", "全年转移农村劳动力就业12", ".8万人", "全县开展职业技能培训512",
                             "0人次", "全县排名全省第3", "2025年新增就业3162人"]))
    assert "完成年度目标任务的105.4%" in text and "就业12.8万人" in text and "职业技能培训5120人次" in text
    assert "第3\uff0c2025年" in text


def test_a_label_or_a_magnitude_a_captioner_cut_by_count_runs_on_with_its_number() -> None:
    """Cues cut at a count of 13 characters: a cue of the full count ending on a label (2025年全县城镇新增就业 | 3162人)
    runs on into the next that opens on a number with its unit, and one ending on a magnitude after its digits
    (发放创业担保贷款1.86亿 | 元) into the next that opens on a letter, the unit's. A cue of the full count that ends at a
    pause stays paused: on a unit (城镇失业人员再就业628人 | 就业困难…), or on a letter before a year (…总体稳定 |
    2026年…). Before, the label stood apart from its number (a count of people) and the unit from its amount."""
    text = cues_run_on(_srt(["2025年全县城镇新增就业", "3162人", "完成年度目标任务的105.", "4%", "城镇失业人员再就业628人",
                             "就业困难人员实现就业204", "人", "发放创业担保贷款1.86亿", "元", "全县就业形势保持了总体稳定",
                             "2026年计划新增就业3000人"]))
    assert "城镇新增就业3162人\uff0c" in text and "担保贷款1.86亿元\uff0c" in text
    assert "再就业628人\uff0c就业困难" in text and "总体稳定\uff0c2026年" in text


def _phone(lines: list[str]) -> str:
    """A phone edition's PDF as pdftotext reads it: two lines of text a page, under the page's running head (the
    paper's name, date and issue) and over its foot, a form feed at each page's end."""
    pages = [lines[i:i + 2] for i in range(0, len(lines), 2)]
    return "".join(f"渭源手机报　2026年2月3日　第5期\n{chr(10).join(p)}\n第{n}页　共{len(pages)}页\n\f"
                   for n, p in enumerate(pages, 1))


def test_a_phone_editions_sentence_runs_on_past_each_page_foot_and_head(ruleset: RuleSet) -> None:
    """Pages of two lines under a head wider than them: the head, written the same over every page, is no line of
    the text's column, so that a line a little short of its full width still fills it (…养老床位 | foot | head |
    2860张); and a line with no mark over a page's foot is the page's last, no headline of an item opening there
    (…县社会 | 福利中心项目完成投资4260万 | foot | head | 元，…). Before, the head's width was the page's, and the
    sentence ended at both feet."""
    lex = ruleset.lexicon
    lines = ["渭源县2025年民政事业发展成效", "显著", "本报讯　截至2025年末，全县共", "有养老机构36个，养老床位",
             "2860张，比上年末增加120张，", "增长4.4%。全年民政事业支出3.", "18亿元，同比增长6.1%。县社会",
             "福利中心项目完成投资4260万", "元，新增床位200张。"]
    got = repair(_phone(lines), lex.article_start, lex.sentence_end, closing=lex.closing,
                 complete=lex.line_complete, alone=lex.running_head, heading=lex.heading,
                 page_foot=lex.page_foot).text.split("\n")
    body = next(p for p in got if p.startswith("本报讯"))
    assert "养老床位2860张" in body and "县社会福利中心项目完成投资4260万元，新增床位200张。" in body


def test_a_line_written_the_same_as_often_as_the_text_lines_is_text() -> None:
    """The typical width leaves out a running head wider than the text's lines only where those outnumber it: a list
    of entries written alike is the text, and its width the page's."""
    head = "渭源手机报　2026年2月3日　第5期"
    lines = ["增长4.4%。全年民政事业支出3.", head, "全县共有养老机构36个，养老床位", head, "有养老机构36个，养老床位", head]
    assert _typical_width("\n".join(lines)) == 16.0
    assert _typical_width("\n".join([*lines, "18亿元，同比增长6.1%。县社会"])) == 14.0
    # (a line written the same that is narrower than the text's, a slide's foot under its few lines, counts as before)
    foot = "某某县卫生健康局汇报材料"
    slides = ["全县医疗卫生机构156个，其中医院6个", foot, "实有床位1120张，比上年末增加64张", foot,
              "总诊疗人次62.8万人次，增长2.7%", foot, "病床使用率74.3%，比上年提高1.2个百分点", foot,
              "出院人数2.46万人次，增长3.1%"]
    assert _typical_width("\n".join(slides)) == 12.0


def test_a_year_column_naming_its_unit_counts_what_the_caption_names(extractor: Extractor) -> None:
    """表1 …医疗卫生机构床位情况 over 机构类别 | 2025年（张） | 2024年（张）: the year's column names when and its unit,
    not what; the caption's title says what 医院 2218 counts (beds), as under 单位：张 over 2025年 | 2024年. Before,
    the cells were counts of nothing (quantity.items)."""
    text = ("某市2025年卫生健康事业发展情况\n表1　2025年某市医疗卫生机构床位情况\n机构类别\t2025年（张）\t2024年（张）\n"
            "医院\t2218\t2106\n基层医疗卫生机构\t584\t552\n")
    got = {(f["value"], f["period"]): f["metric"] for f in _run(extractor, text, "2026-01-21")}
    assert got[(2218.0, "2025")].startswith("beds.") and got[(552.0, "2024")].startswith("beds.")
    text = text.replace("2025年（张）\t2024年（张）", "2025年床位数（张）\t2024年床位数（张）")
    got = {(f["value"], f["period"]): f["metric"] for f in _run(extractor, text, "2026-01-21")}
    assert got[(2218.0, "2025")].startswith("beds.")


@pytest.mark.slow  # (extractions: 1 s on a loaded machine)
def test_the_forms_give_their_figures(extractor: Extractor) -> None:
    """The GBK line's figures, the Word table's cells, and the feed's article figures as results (no list item's
    预算 makes them targets)."""
    got = {(f["value"], f["measure"]) for f in _run(extractor, decode_bytes(_report(_GBK_LINE.encode("gbk")),
                                                                            "x.txt").text, "2026-01-20")}
    assert {(386.0, "个"), (2236.0, "人")} <= got
    got = {(f["value"], f["measure"]) for f in _run(extractor, decode_bytes(_word_page(), "x.txt").text, "2026-01-21")}
    assert {(1386.0, "张"), (1318.0, "张")} <= got and not {0.0, 5.4, 1.0} & {v for v, _ in got}
    figs = _run(extractor, decode_bytes(_feed(_ITEMS), "x.txt").text, "2026-01-22")
    assert {(f["quote"], f["role"]) for f in figs} >= {("5.84亿元", "level"), ("6.2%", "change"), ("31.4亿元", "level")}


@pytest.mark.slow
def test_the_damaged47_gold_set_scores_at_its_floors() -> None:
    """data/gold/damaged47 (x01 a UTF-8 report with one GBK line, 会同县 jobs; x02 a Word web page in GB2312, 平果市
    beds; x03 a crawler's JSON-lines feed with \\u escapes, 临洮县 money; x04 an automatic captioner's .srt cut at 13
    characters, 岳西县 jobs; x05 a phone edition's PDF whose every other line is a page's head or foot, 通渭县 beds and
    money).
    Blind: recall=0.8171 precision=0.8072 qualifier=1.0 role=0.7761 place=1.0 period=0.9104 topic_beds=0.8889
    topic_jobs=0.9444 (82 must figures); now: recall=0.9634 precision=1.0 qualifier=1.0 role=0.9873 place=1.0
    period=1.0 topic_beds=0.9167 topic_jobs=0.9167. Left then: x04's cues the count cut between a number and its unit
    (就业困难人员实现就业204 | 人, 发放创业担保贷款1.86亿 | 元: a cue of the full count joined by no pause would run
    natural cues of that length into the next too) and between a label and its number (城镇新增就业 | 3162人: a count of
    people, its 105.4% a percent); x05's page foot under a line the wrap cut short (…投资7860万 | 第7页 共10页 | head |
    元; 每千 | 常住人口…床位 | foot | head | 6.86张; 计划新增床位 | foot | head | 120张: a level of items). Stop 65's
    reading repairs (a full-count cue ending on a label runs on into a number with its unit, one ending on a magnitude
    after its digits into its unit; the phone edition's head, written the same over every page, sets no width, and a
    line over a page's foot is no headline): recall=1.0 precision=1.0 qualifier=1.0 role=1.0 place=1.0 period=1.0
    topic_beds=1.0 topic_jobs=1.0. Left: nothing in the set. Floors, not the exact scores."""
    s = scored("damaged47")
    assert s["recall"] >= 0.99 and s["precision"] >= 0.995
    assert s["role_acc"] >= 0.99 and s["qualifier_acc"] >= 0.99
    assert s["place_acc"] >= 0.99 and s["period_acc"] >= 0.99
    assert s["topic_money_acc"] >= 0.99 and s["topic_beds_acc"] >= 0.99 and s["topic_jobs_acc"] >= 0.99


def test_a_reader_of_whole_files_holds_them_only_up_to_its_limit_and_passes_the_rest_on_unread() -> None:
    """Word pages and Lark replies are read whole (`transfer.held_whole`); a file past the limit comes back as the
    bytes held so far and the chunks not yet read, in order, so nothing is lost and nothing more is held."""
    from stats.read.transfer import held_whole

    chunks = [b"<html>", "床位".encode("gbk"), b"120", b"</html>"]
    data, rest = held_whole(iter(chunks), 100)
    assert data == b"".join(chunks) and rest is None
    data, rest = held_whole(iter(chunks), 8)
    assert rest is not None and data == b"".join(chunks[:2]) and list(rest) == chunks[2:]
