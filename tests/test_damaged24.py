"""What the blind set data/gold/damaged24 found: five texts of our own damaged by scripts/gold_damaged24.py (a news
video's subtitle file, one clause a cue, numbered and timed; a web page as a reader tool's Markdown, its figures in
bold, its links and pictures with their addresses; an article as a site's JSON API returns it; a Weibo post in
mathematical bold digits with keycap list marks and counters; a bulletin two of whose paragraphs were decoded with
the wrong encoding). Blind, main lost a figure whose label a cue ended on (实现劳务收入 | 26.4亿元) and dated a goal
whose year was a cue of its own; lost the figures bold marks parted from their unit (增长**7.6**%, 新增床位**320**张)
and made 增加**138张** a level; read the previous page's title, a Markdown link, as figures of the page; read a bold
2025年 after a keycap as a figure; and read 3.2% out of a mojibake paragraph. Sentences invented, in the style of
such pages."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def _srt(cues: list[str]) -> str:
    """An SRT file of the cues, numbered and timed two seconds each."""
    return "".join(f"{i}\n00:00:{2 * i:02d},100 --> 00:00:{2 * i + 1:02d},900\n{cue}\n\n"
                   for i, cue in enumerate(cues, start=1))


def test_subtitle_cues_read_as_the_speech_they_are(extractor: Extractor) -> None:
    """A cue ends where a comma or a full stop stood: the label one cue ends on goes with the number the next opens
    with, a cue that is only a year dates the goal after it, and the cues' numbers and timings are no figures."""
    text = _srt(["某某县2025年城镇新增就业1520人", "2025年", "全县实现劳务收入", "18.6亿元", "同比增长6.4%",
                 "2026年", "全县计划城镇新增就业1500人以上"])
    got = _got(_run(extractor, text, "2026-01-20", source="某某县融媒体中心"), "value", "role", "period")
    assert got == [("1520人", 1520, "level", "2025"), ("18.6亿元", 1860000000, "level", "2025"),
                   ("6.4%", 6.4, "change", "2025"), ("1500人以上", 1500, "target", "2026")]
    # (two timing lines quoted in a text are no subtitle file: the text is read as written)
    quoted = "剪辑要求：\n1\n00:00:01,000 --> 00:00:02,000\n片头\n\n全县城镇新增就业1520人。\n"
    assert [f["quote"] for f in _run(extractor, quoted, "2026-01-20")] == ["1520人"]


def test_markdown_marks_part_no_figure_and_a_linked_title_is_no_figure(extractor: Extractor) -> None:
    """A reader tool bolds the figures: the marks between a number and its unit, or between 增加 and the number, are
    taken out. The previous page's title is a link in a list ([上一篇：…](address)) and a picture's address holds a
    date and an id: no figure of the page."""
    text = ("Title: 某某县卫生健康事业发展情况\n\nMarkdown Content:\n"
            "![Image 1](http://www.example.gov.cn/xwzx/202601/W020260114532012861.jpg)\n\n"
            "截至2025年底，某某县实有床位**1680张**，比上年末增加**96**张，增长**6.1**%。\n\n"
            "1\\. 县人民医院新增床位**200**张。\n\n"
            "*   [上一篇：某某县2025年城镇新增就业1420人](http://www.example.gov.cn/xwzx/202601/t20260112_1942107.html)\n")
    got = _got(_run(extractor, text, "2026-01-14", source="某某县人民政府网"), "value", "role")
    assert got == [("1680张", 1680, "level"), ("96张", 96, "change"), ("6.1%", 6.1, "change"), ("200张", 200, "level")]


def test_a_year_and_a_figure_in_bold_mathematical_digits(extractor: Extractor) -> None:
    """A social post writes 2025 and its figure in the mathematical bold digits, a keycap list mark (1️⃣) right before
    the year: the year is a date (not a figure, and not 12025) that dates the figure, read (and quoted) as 730人."""
    text = "1\ufe0f\u20e3𝟐𝟎𝟐𝟓年，某某县城镇新增就业𝟕𝟑𝟎人🎉，完成年度任务的104.3%；\n"
    got = _got(_run(extractor, text, "2026-01-22", source="某某发布"), "value", "period")
    assert got == [("730人", 730, "2025"), ("104.3%", 104.3, "2025")]


def test_a_paragraph_decoded_with_the_wrong_encoding_gives_no_figure(extractor: Extractor) -> None:
    """UTF-8 read as GBK and GBK read as UTF-8: the digits and % come through among characters no one can read back
    (the replacement characters mark the losses), so none of them is a figure; the clean paragraphs are read. A line
    with a bad byte or two but its marks is read as it is."""
    farm = "全年粮食总产量4.62万吨，比上年增长3.1%。年末牛存栏12.8万头。".encode().decode("gbk", errors="replace")
    life = "全体居民人均可支配收入21460元，增长6.2%。".encode("gbk").decode("utf-8", errors="replace")
    text = f"一、综合\n全县地区生产总值86.25亿元，比上年增长5.6%。\n二、农业\n{farm}\n三、人民生活\n{life}\n"
    got = _got(_run(extractor, text, "2026-03-20", source="某某县统计局"), "value")
    assert got == [("86.25亿元", 8625000000), ("5.6%", 5.6)]
    bad_bytes = "全县实有床位1260张，增长4.2%，其中\ufffd\ufffd医院床位480张。\n"
    assert [f["quote"] for f in _run(extractor, bad_bytes, "2026-03-20")] == ["1260张", "4.2%", "480张"]


def test_an_ocr_full_stop_after_a_word_ends_a_sentence_not_a_headline(extractor: Extractor) -> None:
    """damaged23's OCR'd bulletin: half-width marks for full-width ones, lines cut at a fixed width, one cut after 比.
    The short line under it ends on a full stop written as a point (…提高1.2个百分点.): a sentence's end, no headline of
    an item under it (a point after a word is no number's), so 比 | 上年末 stays one sentence and 上年末 dates nothing
    after it: the farming section is 2025's."""
    text = ("某某县2025年国民经济和社会发展统计公报\n一、综合\n2025年,某某县常住人口8.64万人,城镇化率41.2％,比\n"
            "上年末提高1.2个百分点.\n二、农业\n全年粮食总产量3.15万吨,比上年增长2.4％.\n")
    got = _got(_run(extractor, text, "2026-03-18", source="某某县统计局"), "value", "period")
    assert got == [("8.64万人", 86400, "2025"), ("41.2%", 41.2, "2025"), ("1.2个百分点", 1.2, "2025"),
                   ("3.15万吨", 31500, "2025"), ("2.4%", 2.4, "2025")]
