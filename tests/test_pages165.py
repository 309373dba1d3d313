"""What the blind pages p103 and p104 of data/gold/pages showed (pages165): a 盟's daily 要闻 page read by pdftotext in its
reading order (锡林郭勒日报-style) and a city 晚报's 民生 page read by pdfminer with its boxes ordered by height
(重庆晚报-style).

On the 盟 page a table of the 盟's 旗, 县 and 市 under 旗县市 (内蒙古's word for them) beside a jobs item, printed a
cell a line, read no cell: 旗县市 was no place head, and 高校毕业生就业 no column's word, so its head was gathered short
and every row ran into the next. Its lead, three columns swept a line at a time under a headline the extractor printed
in one box with the dateline's line, lost its first column's foot (…社会消费品零售总额 | 132.6亿元，…, the second
column's top) and joined the second column's foot to that top (…存栏达到128 | 132.6亿元: 128132.6亿元, a wrong figure).
On the 晚报 page a lead of two columns swept a line at a time went on from …完成全年目标任务的 into the other column's
line, so 114% was cut off. A count of bee colonies in 群 (中蜂16.5万群) was no figure. Sentences invented, in the style
of such pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from stats.run.pipeline import Extractor
from tests.dated import dated_figures, quoted
from tests.goldsets import scored

_PAGES = Path(__file__).resolve().parents[1] / "data" / "gold" / "pages" / "texts"


def _quotes(ex: Extractor, text: str) -> list[tuple[str, float, str]]:
    return [(f["quote"], f["value"], f["measure"]) for f in ex.extract_text(text).figures]


def test_bee_colonies_and_flocks_are_counted_by_the_qun(extractor: Extractor) -> None:
    """群 counts bee colonies and flocks (中蜂16.5万群, 养羊120群); 群众, 群体 and 群岛 are words, no count."""
    assert _quotes(extractor, "今年，全县中蜂养殖规模达到16.5万群，养羊120群。") == [
        ("16.5万群", 165000, "群"), ("120群", 120, "群")]
    assert _quotes(extractor, "全县3万群众参与，服务1200群体，走访12群岛。") == [("3万", 30000, "人")]


# a table of a 盟's 旗, 县 and 市 beside an item, as pdftotext prints it: its title at its height, then the item, then
# the head and the rows a cell a line, a blank line after each
_LEAGUE_TABLE = (
    "8月部分旗县市就业情况（单位：人）\n\n稳就业 促增收\n\n"
    "本报讯（记者 乌云）1至8月，全盟城镇新增就业1.18万人。\n\n"
    "旗县市\n\n城镇新增就业\n\n高校毕业生就业\n\n阿巴嘎旗\n\n620\n\n185\n\n多伦\n\n1130\n\n306\n\n"
    "镶黄旗\n\n540\n\n142\n\n数说\n")


def test_a_table_under_qixianshi_printed_a_cell_a_line_reads_its_rows(extractor: Extractor) -> None:
    """旗县市 heads a column of a 盟's divisions, 高校毕业生就业 a column of persons under 单位：人: each row its
    banner's or county's (多伦 the short form of 多伦县), of the caption's month."""
    got = quoted(dated_figures(extractor, _LEAGUE_TABLE, "2026-09-17", "锡林郭勒日报"), "value", "place", "period")
    assert ("620", 620, "阿巴嘎旗", "2026-08") in got and ("185", 185, "阿巴嘎旗", "2026-08") in got
    assert ("1130", 1130, "多伦县", "2026-08") in got and ("306", 306, "多伦县", "2026-08") in got
    assert ("540", 540, "镶黄旗", "2026-08") in got and ("142", 142, "镶黄旗", "2026-08") in got


# a lead of three columns swept a line at a time (pdftotext), its headline and the dateline's line one box; the first
# column's foot ends on 零售总额, the second column's top is its tail, the second column's foot is cut in a number
_SWEPT_THREE = "\n".join([
    "某某日报 2026年10月16日 星期五 第1版 要闻", "", "稳中有进　牧区经济持续向好", "",
    "前三季度全盟规上工业增加值增长6.9%", "本报讯（记者 巴图）10月14日，记", "",
    "98.4亿元，增长4.8%。", "", "3.6万头只，比上年同期增加21.5万头只。", "",
    "者从盟统计局获悉，前三季度，全盟规模以", "", "前三季度，全盟接待游客1210.6万人次", "",
    "今年，全盟力争规模以上工业增加值", "", "上工业增加值同比增长6.9%，其中能源工", "",
    "，实现旅游收入142.7亿元，分别增长10.5", "", "增长7%以上，旅游收入突破200亿元。（", "",
    "业增加值增长8.1%；社会消费品零售总额", "", "%和11.2%。9月末，全盟牲畜存栏达到96", "",
    "转第2版）", "", "九月以来草原秋季旅游火热", ""])


@pytest.mark.slow
def test_a_swept_columns_foot_goes_on_at_the_next_columns_top_under_a_headline_box(extractor: Extractor) -> None:
    """The first column's foot (…社会消费品零售总额) goes on at the second column's top (98.4亿元，增长4.8%。), the line
    after the box of the headline and the dateline's line: the item's first row. The second column's foot, cut in a
    number (…存栏达到96), takes no digits of its own column's top: no 9698.4亿元, and the third column's top, its
    tail, gives no figure of its own (3.6万头只)."""
    got = quoted(dated_figures(extractor, _SWEPT_THREE, "2026-10-16"), "value")
    assert ("98.4亿元", 9840000000) in got
    assert not any(v in (969840000000, 36000) for _, v in got)


@pytest.mark.slow
def test_a_swept_columns_foot_takes_no_number_from_its_own_columns_top(extractor: Extractor) -> None:
    """Where the first column's foot ends on a word no number follows as surely (…零售额达), nothing joins it; the
    second column's foot cut in a number (…达到96) is no head of its own column's top (98.4亿元，…): no 9698.4亿元."""
    page = _SWEPT_THREE.replace("前三季度全盟规上工业增加值增长6.9%\n本报讯", "前三季度全盟规上工业增加值增长6.9%\n\n本报讯")
    page = page.replace("社会消费品零售总额", "社会消费品零售额达")
    got = quoted(dated_figures(extractor, page, "2026-10-16"), "value")
    assert not any(v in (969840000000, 36000) for _, v in got)
    assert ("21.5万头只", 215000) in got and ("142.7亿元", 14270000000) in got


@pytest.mark.slow
def test_a_swept_line_ending_on_a_share_word_goes_on_into_the_number(extractor: Extractor) -> None:
    """p104's lead, two columns swept a line at a time among the page's other items: …完成全年目标任务的 goes on into
    the line a stride on that opens with its number (114%；…), as a line ending on a change verb does, and the other
    column's line (稳岗返还资金…) goes on from its own column's foot (…发放). The page's own text: a lead alone, as
    short, reads in order either way."""
    text = (_PAGES / "p104.txt").read_text(encoding="utf-8")
    got = quoted(dated_figures(extractor, text, "2026-11-25", "重庆晚报"), "value", "role")
    assert ("114%", 114, "level") in got
    assert ("5.1%", 5.1, "level") in got and ("0.2个百分点", 0.2, "change") in got


# a ruled table of numbered rows as pdfminer prints it with its boxes ordered by height: a head cell, the label
# column's head, the first column's head, its numbers and the next column's in one run, then the labels each after its
# row's number
_NUMBERED_RUN = (
    "某某晚报 2026年10月20日 星期二 第5版 民生\n\n前三季度部分区县新增养老床位（单位：张）\n护理型床位\n序号 区县\n\n"
    "新增床位\n\n"
    "640\n\n520\n\n410\n\n380\n\n260\n\n220\n\n1 江北区\n\n2 沙坪坝区\n\n3 涪陵区\n\n"
    "本报讯（记者 李静）前三季度，全市新增养老床位6860张。\n")


def test_a_numbered_table_printed_a_column_at_a_time_reads_a_row_a_line(extractor: Extractor) -> None:
    """The run of six numbers makes two columns of the three numbered labels (1 江北区 …); the head cell right over the
    run heads the first (新增床位), the one printed over the label column's head (序号 区县) the second (护理型床位):
    each row's cells its district's, in 张 under the caption's unit note, of its 前三季度."""
    got = quoted(dated_figures(extractor, _NUMBERED_RUN, "2026-10-20", "重庆晚报"), "value", "place", "period")
    assert [g for g in got if g[0] != "6860张"] == [
        ("640", 640, "江北区", "2026Q1-Q3"), ("380", 380, "江北区", "2026Q1-Q3"),
        ("520", 520, "沙坪坝区", "2026Q1-Q3"), ("260", 260, "沙坪坝区", "2026Q1-Q3"),
        ("410", 410, "涪陵区", "2026Q1-Q3"), ("220", 220, "涪陵区", "2026Q1-Q3")]


@pytest.mark.slow
def test_p104s_ruled_table_of_numbered_rows_reads_every_cell(extractor: Extractor) -> None:
    """p104's table beside its 数说 box, swept with the page: the numbered labels stay lines of their own (no line goes
    on into 4 永川区 from 2 九龙坡区), and the two columns read under their heads, each row its 区县's (秀山县 the
    short form of 秀山土家族苗族自治县)."""
    text = (_PAGES / "p104.txt").read_text(encoding="utf-8")
    got = quoted(dated_figures(extractor, text, "2026-11-25", "重庆晚报"), "value", "place")
    for cell in [("1260", 1260, "渝北区"), ("870", 870, "渝北区"), ("720", 720, "永川区"), ("468", 468, "永川区"),
                 ("390", 390, "秀山土家族苗族自治县"), ("262", 262, "秀山土家族苗族自治县")]:
        assert cell in got


@pytest.mark.slow
def test_the_pages_set_with_p103_and_p104_scores_at_its_floors() -> None:
    """data/gold/pages with p103 (锡林郭勒日报-style, pdftotext in its reading order at 1.6) and p104 (重庆晚报-style,
    pdfminer's boxes by height at 1.7). Blind, p103-p104 alone: recall 0.7419, precision 0.9684, place 0.9565, period
    1.0 (both tables and p103's chart unread, 16.5万群 no figure, 114% and 132.6亿元 cut off, 128132.6亿元 and 6.5万头只
    read); the whole set recall 0.967, precision 0.9987, role 0.9901, place 0.9818, period 0.9922. After, p103-p104
    alone: recall 0.9274, precision 0.9914, place 0.9739, period 1.0 (left: p103's chart, its values set by height among
    the item's lines; 1286.5万头只 cut across two columns; p104's 3.6万张 and 45个 cut in its three swept columns, 6万张
    read from one); the whole set recall 0.972, precision 0.9991, role 0.9902, place 0.9821, period 0.9922. Floors,
    not the exact scores."""
    s = scored("pages")
    # (0.968 since p105/p106 joined the set, 0.965 since p107/p108 did, precision 0.998 and role 0.988 with them,
    # 0.963 since p109/p110 did: their own misses; see test_evaluate)
    assert s["recall"] >= 0.956 and s["precision"] >= 0.999  # with pages232 (p121-p122's own misses): 0.9591, 0.9993
    assert s["place_acc"] >= 0.982 and s["period_acc"] >= 0.992 and s["role_acc"] >= 0.989  # +pagefix233: 0.9835, 0.9932
    # pagesfix193 (p107's 8亿斤 and 4.1元 no longer read, 220万亩 a target): precision 0.9994, role 0.989
    assert s["precision"] >= 0.999 and s["role_acc"] >= 0.989  # role: p44's 2180亿元; precision 0.9994 (pagefix219)
