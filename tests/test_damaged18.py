"""What the blind set data/gold/damaged18 found: five texts of our own damaged by scripts/gold_damaged18.py (a fake
bold headline and lead, every character doubled, under a 内部资料 stamp read every five lines; a vertical headline
with an English subtitle and drop caps, m² and ×10⁴m²; zero-width characters and soft hyphens inside numbers and
words under a 样稿 stamp; a headline with its 注音 read inline and a caption cut into a number; two columns read right
column first). Blind, main lost the numbers a stamp line cut (38 | 内部资料 注意保存 | 00个, read 00个), a unit
a zero-width character opened the next line with (2.4个 | \\u200b百分点), a number a two-line caption cut (6 | 图为…。 |
（… 摄） | 00张, read 00张), the place, time and topic of a headline read with its pinyin, and the period of a vertical
headline an English subtitle was glued to. Sentences invented, in the style of such pages."""

from __future__ import annotations

from stats.repair.layout import undamaged
from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def _doubled(text: str) -> str:
    """Text in fake bold, as an extractor gives it: each character twice."""
    return "".join(ch * 2 for ch in text)


def test_a_stamp_line_inside_a_sentence_is_dropped_and_the_number_it_cut_is_read_whole(extractor: Extractor) -> None:
    """内部资料 注意保存 or 样 稿, a stamp behind the text read as a line between two of its lines: no line of the
    text; the number it cut (38 | 00个) is 3800个, never 00个; the unit it cut off (2.4个 | 百分点) is the number's."""
    text = ("本报讯 全县共举办专场招聘会12场，提供岗位38\n内部资料 注意保存\n00个。税收收入占比为68.7%，比上年提高2.4个\n"
            "样 稿\n百分点。\n")
    got = _got(_run(extractor, text, "2026-01-16", source="某某日报"), "value", "unit")
    assert got == [("12场", 12, "count"), ("3800个", 3800, "count"), ("68.7%", 68.7, "percent"),
                   ("2.4个百分点", 2.4, "percentage_point")]


def test_a_zero_width_character_opening_a_line_is_no_indent(extractor: Extractor) -> None:
    """…提高2.4个 | \\u200b百分点: the zero-width space prints nothing, so the line is not indented and opens no
    paragraph; the unit is the number's."""
    text = "全县税收收入占比为68.7%，比上年提高2.4个\n\u200b百分点，民生支出占比82.5%。\n"
    got = _got(_run(extractor, text, "2026-02-06", source="某某日报"), "value", "unit")
    assert ("2.4个百分点", 2.4, "percentage_point") in got


def test_a_whole_number_with_a_leading_zero_is_no_figure(extractor: Extractor) -> None:
    """00张 and 05人 are no quantities as a text writes one (the tail of a number something cut off): left out,
    never 0 张 or 5 人; 0.5张 stays."""
    text = "全县新增床位00张，其中儿科05人，每千人口床位增加0.5张，新建学校3所。\n"
    got = _got(_run(extractor, text, "2026-03-03", source="某某日报"), "value")
    assert got == [("0.5张", 0.5), ("3所", 3)]


def test_a_caption_over_two_lines_cut_into_a_number_is_read_after_it(extractor: Extractor) -> None:
    """设置床位6 | 图为…。 | （通讯员 … 摄） | 00张: the caption's sentence and its credit, each a line, are held as a
    one-line caption is; the number runs on past them, 600张."""
    text = ("本报讯 该楼总投资4.3亿元，设置床位6\n图为3月1日启用的某某县人民医院住院综合楼。\n（通讯员 李明 摄）\n"
            "00张，其中重症医学科床位36张。\n")
    got = _got(_run(extractor, text, "2026-03-03", source="某某日报"), "value")
    assert got == [("4.3亿元", 430000000), ("600张", 600), ("36张", 36)]


def test_a_headline_with_its_pinyin_read_inline_is_read_without_it(extractor: Extractor) -> None:
    """和hé平píng县xiàn去qù年nián…3260人rén: the syllables are made spaces, so the headline names its county, its year
    and new jobs, as the lead does."""
    text = ("和hé平píng县xiàn去qù年nián新xīn增zēng就jiù业yè3260人rén\n\n"
            "本报讯 3月2日，记者从和平县人社局获悉，2025年，全县城镇新增就业3260人。\n")
    figs = _run(extractor, text, "2026-03-03", source="某某日报")
    assert [(f["quote"], f["place"], f["period"], f["metric"]) for f in figs] == [
        ("3260人", "和平县", "2025", "jobs.urban_new")] * 2


def test_latin_words_after_a_han_character_are_no_pinyin() -> None:
    """A Latin word after a Han character bears no tone mark: 举办Python培训班 stays as written."""
    text = "某某县举办Python培训班和Excel课程，学员30人\n"
    assert undamaged(text) == text


def test_a_vertical_headline_with_an_english_subtitle_is_dated_by_its_article(extractor: Extractor) -> None:
    """A headline one character a line, its number set across (1500), an English subtitle under it, and a drop cap
    (泰 | 顺新闻网讯…): the subtitle is a line of its own, so the headline stays the article's and takes its year; the
    drop cap opens the dateline's paragraph."""
    text = ("泰\n顺\n床\n位\n突\n破\n1500\n张\nTaishun Health Report 2025: More Beds Closer to Home\n\n"
            "泰\n顺新闻网讯（记者 王红）截至2025年底，全县医疗卫生机构实有床位1526张，每千常住人口床位数9.12张。\n")
    got = _got(_run(extractor, text, "2026-02-27", source="某某日报"), "value", "period")
    assert got == [("突破1500张", 1500, "2025"), ("1526张", 1526, "2025"), ("9.12张", 9.12, "2025")]


def test_a_short_run_of_fake_bold_holding_a_number_reads_the_number_once(extractor: Extractor) -> None:
    """新新增增88人人 is 新增8人 drawn twice, never 88人; a longer run (城镇新增就业1122人 doubled) reads 1122 as
    the number 12, and 1122..55%% is 12.5%."""
    text = _doubled("新增8人") + "\n\n" + _doubled("全县城镇新增就业12人，增长12.5%。") + "\n"
    got = _got(_run(extractor, text, "2026-01-16", source="某某日报"), "value")
    assert got == [("8人", 8), ("12人", 12), ("12.5%", 12.5)]


def test_a_reduplicated_word_before_a_number_is_no_fake_bold() -> None:
    """人人 and 清清楚楚 are words; 11人 and 1100张 after plain text stay as written."""
    text = "全县人人参与，新增就业11人，床位1100张，清清楚楚地写着100人。"
    assert undamaged(text) == text
