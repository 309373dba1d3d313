"""What the blind set data/gold/damaged2 found: nine news items, a bulletin and a work report (jobs, beds, a
city's half year with a county's farm land read across it, foreign trade beside a county's jobs, a budget with
its table, a city's list of promises, industry, a holiday's tourism with another item glued in, a county's
report) from Sichuan, Henan, Liaoning, Shandong, Anhui, Hubei, Guangdong and Jilin, every one damaged as PDF
extractors damage text: column lines cut inside numbers with hyphen marks, spaced and full-width figures with
zero-width spaces in them, two columns read across to a tail where one column runs on alone, two columns set
side by side on one line, a page jump inside a word over an editor's line and a running head, GBK, CRLF, form
feeds, a table read as lines. Sentences invented, in the style of such items; the figures worked out by hand
from GUIDE.md."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_zero_width_spaces_inside_a_figure_print_nothing(extractor: Extractor) -> None:
    """6\u200b12张 and 1.26\u200b万张: a zero-width space (or a soft hyphen) a text layer strews between the
    characters is no gap between two numbers, nor between a number and its unit."""
    text = "本报讯 全市重症医学科床位6\u200b12张，护理型床位1.26\u200b万张，旅\u00ad游收入5.82亿元。"
    assert _got(_run(extractor, text, "2025-09-18"), "value") == [
        ("612张", 612), ("1.26万张", 12600), ("5.82亿元", 582000000)]


def test_a_hyphen_at_a_cut_number_is_a_mark_where_the_text_marks_its_breaks(extractor: Extractor) -> None:
    """Column lines that mark a number cut at a line's end with a hyphen proper (‐) elsewhere mark it with a
    hyphen-minus as well where the line fills its column: 1.8- | 6万人 is 1.86万人, no range from 1.8 to 6;
    without such a mark on the page a hyphen-minus after a digit stays a range's (3- | 5名)."""
    marked = "本报讯全市城镇新增就业人数1.8-\n6万人，完成年度目标任务的88.‐\n6%，全市发放稳岗返还资金达28-\n70万元。"
    assert _got(_run(extractor, marked, "2025-10-24"), "value") == [
        ("1.86万人", 18600), ("88.6%", 88.6), ("2870万元", 28700000)]
    plain = "本报讯 每个社区配备网格员3-\n5名，全市共配备网格员1260名。"
    assert _got(_run(extractor, plain, "2025-10-24"), "value", "value_high") == [
        ("3-5名", 3, 5), ("1260名", 1260, None)]


def test_the_tail_of_two_columns_read_across_runs_on_in_order(extractor: Extractor) -> None:
    """Two columns read across a line at a time, until the right one ends and the left runs on alone: there
    each line goes on in the very next one (…余额1 | 286.7亿元，比年初增加62. | 4亿元。), not two lines on."""
    a = ("本报讯（记者李明）上半年，全市地区生产总值完成312.6亿元，同比增长5.8%。其中，第一产业增加值41.3亿元，增长"
         "4.1%；第二产业增加值108.7亿元，增长6.9%；第三产业增加值162.6亿元，增长5.4%。全市规模以上工业增加值同比增长"
         "8.2%，高于全省平均水平1.5个百分点。社会消费品零售总额完成186.4亿元，增长5.2%。全市金融机构本外币各项贷款"
         "余额1286.7亿元，比年初增加62.4亿元。生猪出栏186.2万头，增长3.7%；肉牛出栏21.3万头，增长8.1%。")
    b = ("本报讯（记者赵丽）今年以来，彰武县新建高标准农田12万亩，总投资1.8亿元，亩均投资1500元。全县粮食播种面积稳定"
         "在195万亩以上，预计全年粮食总产量达到16.5亿斤。全县培育家庭农场326家、农民合作社412个，带动农户2.3万户增收。")
    left, right = [a[k:k + 16] for k in range(0, len(a), 16)], [b[k:k + 15] for k in range(0, len(b), 15)]
    lines = [x for k in range(len(left)) for x in (left[k], *right[k:k + 1])]
    assert len(left) > len(right) + 6  # the left column runs on alone for its last lines
    figures = _got(_run(extractor, "\n".join(lines), "2025-08-08"), "value")
    assert figures[-6:] == [("1286.7亿元", 128670000000), ("62.4亿元", 6240000000), ("186.2万头", 1862000),
                            ("3.7%", 3.7), ("21.3万头", 213000), ("8.1%", 8.1)]
    assert ("1500元", 1500) in figures and ("16.5亿斤", 1650000000) in figures


def test_a_left_column_running_on_alone_under_glued_columns_is_read_before_the_right_one(extractor: Extractor) -> None:
    """Two columns set side by side on each line (pdftotext -layout), the right one ending first: the left
    column's lines under it go on with its sentence (…增长6 | .9%。全市… | ，增长42.3%。), before the right
    column, whose item (its headline, then 本报讯) keeps its own county."""
    rows = [("枣庄前10个月外贸进出口增长9.4%", "滕州新增城镇就业1.2万人"),
            ("本报讯 1-10月，全市货物贸易进出口", "本报讯 今年以来，滕州市新增"),
            ("总值183.5亿元，同比增长9.4%。其", "城镇就业1.2万人，完成全年任务"),
            ("中，薛城区进出口23.1亿元，增长6", "的104%。"),
            (".9%。全市跨境电商进出口8.6亿元", ""), ("，增长42.3%。", ""),
            ("从商品看，机电产品出口68.3亿元，", ""), ("增长15.6%。", "")]
    text = "\n".join((x + " " * (40 - sum(2 if ord(c) > 255 else 1 for c in x)) + y).rstrip() for x, y in rows)
    got = _got(_run(extractor, text, "2025-11-12", source="枣庄日报"), "place")
    assert got[-6:] == [("42.3%", "枣庄市"), ("68.3亿元", "枣庄市"), ("15.6%", "枣庄市"),
                        ("1.2万人", "滕州市"), ("1.2万人", "滕州市"), ("104%", "滕州市")]


def test_a_sentence_jumped_to_the_next_page_inside_a_word_goes_on(extractor: Extractor) -> None:
    """…技术改造投资增 | （下转第2版） | 责任编辑：陈静  版式：黄丽 | (form feed) a running head | （上接第1版） |
    长21.3%。: the jump's marks, the editor's line and the running head between are dropped and 增长 read
    whole, a change; the item goes on after it (place and period)."""
    text = ("揭阳工业投资增长15.2%\n本报讯 1-5月，全市工业投资完成126.8亿元，同比增长15.2%，\n其中技术改造投资增\n"
            "（下转第2版）\n责任编辑：陈静  版式：黄丽\n\f揭阳日报  2025年6月12日  第2版  要闻\n（上接第1版）\n"
            "长21.3%。全市在建工业项目152个。")
    got = _got(_run(extractor, text, "2025-06-12", source="揭阳日报"), "role", "place")
    assert got[-2:] == [("21.3%", "change", "揭阳市"), ("152个", "level", "揭阳市")]


def test_an_editors_line_inside_a_sentence_is_dropped(extractor: Extractor) -> None:
    """责任编辑：郑伟 (or a piece of an editors' line glued columns cut, 美编：程丽 校对：韩冰) set under a line that
    breaks off mid-sentence is no text of it: 增 | 长7.8% is read whole, a change; after a finished sentence
    it stands alone."""
    text = ("本报讯 全市规上工业企业营业收入达到862.4亿元，比上年同期增\n责任编辑：郑伟\n长7.8%。忻州市前8个月\n"
            "美编：程丽 校对：韩冰\n接待游客2650万人次。\n责任编辑：郑伟")
    assert _got(_run(extractor, text, "2025-09-12"), "role", "period") == [
        ("862.4亿元", "level", "2025-09"), ("7.8%", "change", "2025-09"), ("2650万人次", "level", "2025M01-M08")]


def test_a_sentence_another_item_broke_into_goes_on_after_that_item(extractor: Extractor) -> None:
    """…汽摩配、缝制设备出口分别增长15.3%和8.6 | % | (another item's headline and 本报讯 …, its county named)
    | ；医药产品出口72.3亿元…: a line opening with a clause's mark under the item's last sentence takes up the
    sentence broken off above the item, which is read after it: the city's figures stay the city's."""
    text = ("台州前8月外贸进出口增长9.3%\n本报讯 前8个月，台州市外贸进出口总值2156.8亿元，同比增长9.3%。"
            "从产品看，机电产品出口986.5\n"
            "亿元，增长11.7%，汽摩配、缝制设备出口分别增长15.3%和8.6\n%\n温岭新增专精特新企业21家\n"
            "本报讯 今年以来，温岭市新增专精特新中小企业21家，累计达到\n186家。\n；医药产品出口72.3亿元，下降3.2%。"
            "全市外贸企业达1.12万家。")
    got = _got(_run(extractor, text, "2025-09-12", source="台州日报"), "place")
    assert [q for q in got if q[0] in ("72.3亿元", "3.2%", "1.12万家", "8.6%")] == [
        ("8.6%", "台州市"), ("72.3亿元", "台州市"), ("3.2%", "台州市"), ("1.12万家", "台州市")]
    assert ("186家", "温岭市") in got


def test_a_place_name_read_across_a_word_is_none(extractor: Extractor) -> None:
    """新增城区公共充电桩 holds 增城区 by chance (新增 and 城区): the figure is the city's of the dateline."""
    text = "本报讯 揭阳市今年新增城区公共充电桩1200个，全市充电桩总数达到8600个。"
    assert _got(_run(extractor, text, "2025-06-01"), "place") == [("1200个", "揭阳市"), ("8600个", "揭阳市")]
