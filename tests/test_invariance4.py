"""Damage the sweep (`scripts/damage_sweep.py`) left wrong, fourth round: two paragraphs set side by side whose
lines an extractor read across, where the line between a number cut at a line's end and its tail opens with a
character that opens a word a number may take (基 of 基点) but not with the word itself (基层):
it cannot go on with the number, the cut is sure, and the head and the tail are left out (a wrong value is worse
than a missing one). Read in order, the same lines keep every figure."""

from __future__ import annotations

from stats.repair.interleave import read_across
from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got

_WORDS = frozenset({"个", "万", "元", "张", "人", "人次", "基点", "月"})
_GOES_ON = frozenset(w[0] for w in _WORDS)
_ENDS = "。，；"


def test_a_line_between_opening_on_a_word_no_number_takes_makes_the_cut_sure() -> None:
    """586 | 基层… | 0张: 基 opens 基点 but 基层 is no word a number takes: 586 and 0 are made unreadable."""
    text = ("截至8月底，全县医疗卫生机构实有床位586\n"
            "基层卫生院提质增效，全县乡镇卫生院设置\n"
            "0张，比上年末增加142张，每千人口床位\n")
    out = read_across(text, _GOES_ON, _ENDS, _WORDS)
    assert len(out) == len(text)
    assert "床位\ufffd\ufffd\ufffd\n" in out and "\n\ufffd张，" in out
    assert "142张" in out
    # (without the words, the first character alone tells: 基 may go on, the cut is unsure and left)
    assert read_across(text, _GOES_ON, _ENDS) == text


def test_a_unit_after_the_line_between_is_the_cut_numbers_where_the_line_between_cannot_go_on() -> None:
    """312 | 基层站所… | 人次，: the unit is a whole word (人次) and 基层 no number takes: the number is the cut's."""
    text = ("今年以来，全镇开展职业技能培训共计312\n"
            "基层站所培训结束后将统一安排镇内就业\n"
            "人次，其中农村劳动力培训180人次。\n")
    out = read_across(text, _GOES_ON, _ENDS, _WORDS)
    assert "共计\ufffd\ufffd\ufffd\n" in out and "180人次" in out


def test_a_hard_wrap_over_the_same_words_is_left_as_it_is() -> None:
    """Read in order, the number goes on in the next line (586 | 0张，…): no cut is taken."""
    text = ("截至8月底，全县医疗卫生机构实有床位586\n"
            "0张，比上年末增加142张，每千人口床位\n"
            "基层卫生院提质增效，全县乡镇卫生院设置\n")
    assert read_across(text, _GOES_ON, _ENDS, _WORDS) == text
    unit = ("今年以来，全镇开展职业技能培训共计312\n"
            "人次，其中农村劳动力培训180人次，全镇\n"
            "基层站所培训结束后将统一安排镇内就业\n")
    assert read_across(unit, _GOES_ON, _ENDS, _WORDS) == unit


def test_two_columns_read_across_give_no_wrong_figure(extractor: Extractor) -> None:
    """The whole pipeline: the cut number (5860张) is left out, never read as 0张 or 586."""
    text = ("本报讯\n"
            "截至8月底，全县医疗卫生机构实有床位586\n"
            "基层卫生院提质增效，全县乡镇卫生院设置\n"
            "0张，比上年末增加142张，每千人口床位\n"
            "床位165张，其中康复、护理床位31张。\n")
    got = {q for q, in _got(_run(extractor, text, "2025-09-20"))}
    assert "0张" not in got and "586" not in got and "5860张" not in got
    assert {"142张", "165张", "31张"} <= got


def test_a_unit_word_cut_across_two_columns_leaves_its_numbers_out() -> None:
    """1.2个和0.4个百分 | 1%。… | 点。: the unit is whole only with the line after next; 0.4 and 1.2 (which shares
    its unit) are made unreadable. Read in order (个百分 | 点。) nothing is cut."""
    words = frozenset({"个", "个百分点", "百分点", "万", "人", "人次", "%"})
    text = ("全县城镇化率分别高于全省、全市1.2个和0.4个百分\n"
            "1%，其中农村常住居民人均可支配收入同比增长较快\n"
            "点，居全市第一位。\n")
    out = read_across(text, frozenset("个百万人%"), _ENDS, words)
    assert "全市\ufffd" in out and "1.2个和" not in out and "0.4" not in out
    wrapped = "全县城镇化率分别高于全省、全市1.2个和0.4个百分\n点，居全市第一位，农村常住居民收入增长\n"
    assert read_across(wrapped, frozenset("个百万人%"), _ENDS, words) == wrapped
    # (a unit whole by itself, 观众近85万人 | … | 次: the line between goes on with no number word)
    composite = ("全年举办惠民演出1260场次，观众近85万人\n"
                 "读书空间52个，城区14个、乡镇11个阅读点\n"
                 "次，比上年增加12万人次。\n")
    out = read_across(composite, frozenset("个百万人%"), _ENDS, words)
    assert "近\ufffd\ufffd\ufffd\ufffd\n" in out and "12万人次" in out


def test_a_bound_word_cut_across_two_columns_leaves_its_number_out() -> None:
    """占比不 | … | 低于70%: 低于 alone bounds the number the other way; it is left out. 不 | 低于70% read in order
    is 不低于70%, left as it is."""
    bounds = frozenset({("不低于", "lower_bound"), ("低于", "upper_bound"), ("大约", "approx"), ("约", "approx")})
    text = ("全县养老床位总数达到2.2万张，护理型床位占比不\n"
            "1200人，生活不能自理的特困人员集中供养率达到\n"
            "低于70%，每个乡镇至少建成1个区域性养老中心。\n")
    out = read_across(text, frozenset("万人%个"), _ENDS, frozenset(), bounds)
    assert "低于\ufffd\ufffd%" in out
    wrapped = ("全县养老床位总数达到2.2万张，护理型床位占比不\n"
               "低于70%，每个乡镇至少建成1个区域性养老中\n心。\n")
    assert read_across(wrapped, frozenset("万人%个"), _ENDS, frozenset(), bounds) == wrapped
    # (约 alone bounds as 大约 does: nothing to leave out)
    same = ("全县养老床位总数进一步扩大，护理型床位占比扩大\n"
            "1200人，生活不能自理的特困人员集中供养率达到\n"
            "约70%，每个乡镇至少建成1个区域性养老中心。\n")
    assert read_across(same, frozenset("万人%个"), _ENDS, frozenset(), bounds) == same


def test_a_unit_going_on_with_the_line_betweens_number_is_no_cut() -> None:
    """新增实训工位1200个 | ；…达到52.6万 | 人，: 个人 is a word, but the 人 goes on with 52.6万 read in order."""
    words = frozenset({"个", "个人", "万", "人"})
    text = ("11所，县职教中心新增实训工位1200个\n"
            "；全县基本养老保险参保人数达到52.6万\n"
            "人，城乡居民医保参保率稳定在95%以上。\n")
    assert read_across(text, frozenset("个万人%"), _ENDS, words) == text
    # (the line between goes on with the number's sentence: 次 is its 层次's)
    clause = ("年末全市专业技术人才4.26万人，全年新增技能人才2150人\n"
              "，其中高技能人才612人。全年引进各类高层\n"
              "次人才45人。\n")
    assert read_across(clause, frozenset("个万人%"), _ENDS, frozenset({"人", "人次", "万"})) == clause
