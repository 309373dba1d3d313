"""What the blind set data/gold/damaged35 found: five texts of our own, each in a form no damaged set used (a social
post with w and k for 万 and 千; a revised document exported as Markdown with each draft struck through before its
correction; a speech recogniser's digits mixed with 亿, 千 and 百分之 in words; an RSS item whose HTML is escaped once
more; a Chinese-English bilingual release). Blind, main read 2.3k人, 3.46w人 and 1.5w人次 as codes (no figure), left the
RSS item's doubly escaped references as letters between a number and its unit (286.4&nbsp;亿元: no figure), read a
growth whose struck draft stood between it and its word as a level (增长~~5.2%~~5.6%), and ran a post's target line on
into the line above it across a blank line (its 目标 lost). Sentences invented, in the style of such texts.
"""

from __future__ import annotations

import html

import pytest

from stats.read.decode import decode_bytes, decode_chunks
from stats.read.markdown import markdown_plain
from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.goldsets import scored


def _got(extractor: Extractor, text: str, published: str = "2026-01-20") -> set[tuple[float, str, str, str]]:
    """Each figure's value, measure, qualifier and role."""
    return {(f["value"], f["measure"], f["qualifier"], f["role"]) for f in _run(extractor, text, published)}


def test_w_and_k_before_a_measure_word_of_a_count_are_wan_and_thousand(extractor: Extractor) -> None:
    """A social post's 3.2k人, 2.6w人次 and 1.8K个 are 3200 人, 26000 人次 and 1800 个, bounds kept (1.5k人以上); a lamp
    of 30 watts (30W台灯) counts no 30万台, a 4K screen no 4000, and the post's counters with no unit (浏览 2.6w, 赞 1.3k)
    are no figures."""
    text = ("某县就业成绩单来啦\n去年全县城镇新增就业3.2k人，开展技能培训2.6w人次，开发公益性岗位1.8K个，"
            "今年计划新增就业1.5k人以上。购买30W台灯12盏、4K显示屏3台。\n浏览 2.6w · 赞 1.3k · 评论 86\n")
    got = _got(extractor, text)
    assert {(3200.0, "人", "exact", "level"), (26000.0, "人次", "exact", "level"), (1800.0, "个", "exact", "level"),
            (1500.0, "人", "lower_bound", "target"), (12.0, "盏", "exact", "level"),
            (3.0, "台", "exact", "level")} == got


def test_a_number_glued_to_other_latin_letters_stays_a_code(extractor: Extractor) -> None:
    """Only w, W, k and K before 人, 人次, 名, 户 or 个 read as magnitudes: 5G基站 and a 2B铅笔 stay none, 3kg is 3 kg."""
    got = {(v, m) for v, m, *_ in _got(extractor, "全县新建5G基站86个，发放大米3kg装1200袋，2B铅笔600支。")}
    assert got == {(86.0, "个"), (3.0, "kg"), (1200.0, "袋"), (600.0, "支")}


_ARTICLE = ('<p style="text-indent:2em;">2025年，全县地区生产总值186.2&nbsp;亿元，比上年增长5.3%。全年接待游客'
            '864&#19975;人次，城镇新增就业<strong>3260</strong>人。</p><p>年末实有床位1420&nbsp;张。</p>')
_RSS = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>\n<item>\n<title>某县2025年统计公报</title>\n'
        "<pubDate>Mon, 16 Mar 2026 10:20:00 +0800</pubDate>\n"
        f"<description>{html.escape(_ARTICLE)}</description>\n</item>\n</channel></rss>\n")
_WANT = {(18620000000.0, "元", "exact", "level"), (5.3, "%", "exact", "change"), (8640000.0, "人次", "exact", "level"),
         (3260.0, "人", "exact", "level"), (1420.0, "张", "exact", "level")}


def test_an_rss_items_doubly_escaped_html_reads_as_its_page(extractor: Extractor) -> None:
    """An RSS item's description holds the page's HTML escaped once more (&lt;p&gt;, 186.2&amp;nbsp;亿元,
    864&amp;#19975;人次): read, its tags go and its references are the characters they stand for, every figure read."""
    text = decode_bytes(_RSS.encode("utf-8"), "feed.txt").text
    assert "&" not in text and "<p " not in text and "</p>" not in text and "<strong>" not in text
    assert "186.2\xa0亿元" in text and "864万人次" in text
    assert _got(extractor, text, "2026-03-16") == _WANT


@pytest.mark.parametrize("size", [5, 9, 13, 17, 31, 64])
def test_a_doubly_escaped_reference_or_tag_cut_between_chunks_is_read_whole(size: int) -> None:
    """A file decoded a chunk at a time reads a doubly escaped reference (&am | p;nbsp;) or an escaped tag
    (&lt;p sty | le=…&gt;) a chunk's edge cuts as one."""
    data = _RSS.encode("utf-8")
    whole = decode_bytes(data, "feed.txt").text
    chunked = "".join(decode_chunks([data[i:i + size] for i in range(0, len(data), size)], "utf-8"))
    assert chunked == whole and "186.2\xa0亿元" in chunked and "就业3260人" in chunked


def test_an_ampersand_of_plain_text_stays() -> None:
    """An escaped ampersand alone is an ampersand (R&amp;D is R&D), and text with no reference is left as written."""
    assert decode_bytes("研发R&amp;D投入2.6亿元，A&B两区".encode(), "x.txt").text == "研发R&D投入2.6亿元，A&B两区"


def test_a_struck_draft_before_its_correction_is_dropped(extractor: Extractor) -> None:
    """A revision exported as Markdown (床位~~1420~~1436张, 增长~~4.1%~~4.6%): the draft is dropped, so the numbers do not
    run into one (14201436张) and the growth keeps its word; a wave of tildes around words (好消息~~…~~) drops nothing."""
    assert markdown_plain("床位~~1420~~1436张，增加~~60~~76张") == "床位1436张，增加76张"
    assert markdown_plain("好消息~~新增就业2300人~~2026年继续") == "好消息~~新增就业2300人~~2026年继续"
    text = ("# 某县2025年卫生健康工作总结\n\n截至2025年底，全县实有床位~~1420~~1436张，比上年增加~~60~~76张，"
            "增长~~4.1%~~5.6%；完成投资~~1.2亿元~~1.38亿元。\n")
    got = _got(extractor, text)
    assert got == {(1436.0, "张", "exact", "level"), (76.0, "张", "exact", "change"), (5.6, "%", "exact", "change"),
                   (138000000.0, "元", "exact", "level")}


def test_an_emoji_after_a_blank_line_opens_a_paragraph(extractor: Extractor) -> None:
    """A post's line that opens with an emoji after a blank line (📌2026年目标：…) is a paragraph of its own, though the
    line above it ends with no full stop: its target stays a target, the line above's rate a level."""
    text = ("某县就业成绩单\n去年全县城镇新增就业3260人，完成全年任务的108.2%\n"
            "年末城镇登记失业率2.8%，低于全省平均水平～\n\n"
            "📌2026年目标：城镇新增就业3300人以上，农村劳动力转移就业稳定在4.2万人左右！\n")
    got = _got(extractor, text)
    assert (3300.0, "人", "lower_bound", "target") in got and (42000.0, "人", "approx", "target") in got
    assert (2.8, "%", "exact", "level") in got


@pytest.mark.slow  # a gold set extracted: the quick suite is near its limit
def test_the_damaged35_gold_set_scores_at_its_floors() -> None:
    """data/gold/damaged35 (five texts of our own in forms no damaged set used, by scripts/gold_damaged35.py). Blind,
    main scored recall 0.8542, precision 1.0, role 0.9756, place 0.9634, topic_beds 0.8571, topic_jobs 0.875, the rest
    1.0; after: recall 0.9896 (860+人 left: exclusions.yaml exclude.plus_after, read as 860 人 at least since numforms46),
    every other score 1.0. Floors, not the exact scores."""
    s = scored("damaged35")
    assert s["recall"] >= 0.98 and s["precision"] >= 0.99
    assert s["role_acc"] >= 0.99 and s["qualifier_acc"] >= 0.99
    assert s["place_acc"] >= 0.99 and s["period_acc"] >= 0.99
    assert s["topic_beds_acc"] >= 0.99 and s["topic_jobs_acc"] >= 0.99
