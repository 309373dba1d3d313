"""The word tables of rules/lexicon/, checked and typed, so the engine holds no domain words."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import regex

from stats.errors import RuleErrors, RuleFileError

from .lexschema import schema_errors
from .patterns import LexPattern, pattern_problem
from .yamlfile import LINE, item_line, key_line, line_of, load_yaml, strip_lines

QUALIFIERS = ("approx", "lower_bound", "upper_bound")
# Patterns from rule files run without a timeout on the hot path: the loader refuses nested
# unbounded repeats (`stats.rules.patterns`) and the runner's CPU budget per document stops
# what remains (`stats.run.document`). This is the limit (seconds) for callers that want one.
PATTERN_TIMEOUT = 2.0


@dataclass(frozen=True)
class Measure:
    """A measure word of units.yaml: the unit it counts in, scaled (万元 is 10,000 yuan)."""

    word: str
    unit: str
    measure: str
    scale: float = 1.0
    not_before: tuple[str, ...] = ()
    only_after: tuple[str, ...] = ()  # 零下5度: a measure word only where one of these stands before the number
    # 摄氏30度, 华氏100度: a word right before the number (or its sign) that names the measure word it is read as
    named_before: tuple[tuple[str, str], ...] = ()
    # 发电5亿度, 沪指收于3200点: a word earlier in the number's clause that makes the word a measure word (read as
    # the one it names) where it is none by itself; with only_after, either opens it. The word nearest the number
    # decides: one that names "" (null in the YAML: 用电高峰气温达40度) keeps it none
    in_clause: tuple[tuple[str, str], ...] = ()
    in_sentence: bool = False  # in_clause's words are looked for in the whole sentence before the number
    # 增长3个点: words right before the number (a 了 or a qualifier between) that make the word this measure where no
    # word of in_clause stands before it (with one, that word decides)
    right_after: tuple[str, ...] = ()
    # 3点 is a clock's hour, 三点半 half past it: a value below this (or with a half) is no such measure
    min_value: float = 0.0
    # 十成 is all (100 %): a value above this in the reported measure (十成五, 十一成 as 105 %, 110 %) is no reading
    max_value: float = 0.0
    # a word written before the number (measure_before) that measures it only where the number has a magnitude or a
    # bound word inside it (新增就业1.2万, 带动就业3万余): a bare count after it (就业1, 就业2025) may be a number cut by
    # the page or a year, never a sure count
    scaled: bool = False


@dataclass(frozen=True)
class Magnitude:
    """A magnitude word of numerals.yaml and its value (万 is 10,000), unless a word follows it."""

    word: str
    value: float
    not_before: tuple[str, ...] = ()


@dataclass(frozen=True)
class Half:
    """半 (numerals.yaml `half`): a half after a measure word, or alone before a duration."""

    word: str = ""
    value: float = 0.5
    units: tuple[str, ...] = ()  # units 半 alone may measure (半年, 半个月)
    not_before: tuple[str, ...] = ()  # 半数, 半岛: 半 starts another word
    spans: tuple[str, ...] = ()  # 月 of 十天半月: a unit a half measures though it is no measure word alone
    words: tuple[str, ...] = ()  # 成 of 半成: measure words 半 alone may measure besides those of `units`


@dataclass(frozen=True)
class CueCancel:
    """Words that, in the clause of a cue, show it is none (roles.yaml target.cancel)."""

    preceded_by: tuple[str, ...] = ()
    followed_by: tuple[str, ...] = ()
    before_number: bool = False  # a number right after the cue is its object
    right_after: tuple[str, ...] = ()  # a word between the cue and a number right after it (计划的108.3%)
    later: tuple[str, ...] = ()  # a word anywhere after the cue in its sentence (…，比上年同期增加…: a result)
    # the cue reads as done where its clause names a year before the document's before it, or in a review of such a
    # year (2025年争取…资金18.6亿元 in a report of 2026: money obtained)
    past: bool = False
    # a word anywhere after the cue in its sentence that, in a document of the year's last months (target.closing_months),
    # reads the cue as done (今年全市争取…68.5亿元，比上年增加12.3亿元 in December: what the year brought in)
    closing: tuple[str, ...] = ()
    # longer words holding a word of `preceded_by` that are none of it (占比 holding 占: the share named as the
    # subject, 护理型床位占比预计达到65%左右, is no base of a share done, 占预计播种面积的99.2%)
    preceded_not: tuple[str, ...] = ()


def _cancels(data: Any, path: Path) -> dict[str, CueCancel]:
    out = {}
    for cue, entry in strip_lines(data or {}).items():
        keys = {"preceded_by", "followed_by", "before_number", "right_after", "later", "past", "closing", "preceded_not"}
        if not isinstance(entry, dict) or set(entry) - keys - {LINE}:
            raise RuleFileError(str(path), line_of(data), None, f"target.cancel '{cue}': expected a map with "
                                "preceded_by, preceded_not, followed_by, right_after, later, past, closing "
                                "and/or before_number")
        out[str(cue)] = CueCancel(tuple(str(w) for w in entry.get("preceded_by", ())),
                                  tuple(str(w) for w in entry.get("followed_by", ())),
                                  bool(entry.get("before_number", False)),
                                  tuple(str(w) for w in entry.get("right_after", ())),
                                  tuple(str(w) for w in entry.get("later", ())),
                                  bool(entry.get("past", False)),
                                  tuple(str(w) for w in entry.get("closing", ())),
                                  tuple(str(w) for w in entry.get("preceded_not", ())))
    return out


@dataclass(frozen=True)
class CarryWords:
    """What carries over between clauses (lexicon/context.yaml, read by stats/context/carry.py)."""

    part_of: tuple[str, ...] = ()
    share_done: regex.Pattern[str] | None = None
    # the same pattern read right to left (regex's REVERSE): it says how a clause's text ends, so asked from the end
    # it is found or refused at the text's last characters instead of being tried at every start (~4x quicker on a
    # bulletin's clauses); whether it matches anywhere is the same either way, and that is all `carry` asks
    # (made from share_done, here and by `replace`: never given)
    share_done_back: regex.Pattern[str] | None = field(default=None, init=False, repr=False, compare=False)
    list_item: regex.Pattern[str] | None = None  # a clause that names only the next item of a list (a place)
    subject_lead: tuple[str, ...] = ()
    subject_trail: tuple[str, ...] = ()
    subject_max: int = 14
    sentence_window: int = 120  # characters either side of a figure where a `scope: sentence` cue may stand
    lean_back: tuple[str, ...] = ()  # a clause opening with one (分别为…) reads the clause before it too
    lean_back_after: str = ""  # the marks that may end that clause before it (a comma, not a semicolon)
    leader_lead: regex.Pattern[str] | None = None  # a clause naming a leader (…最多的是X): the figure after reads it too
    view_lead: regex.Pattern[str] | None = None  # a view (从X看) heading a leader's clause: read with it
    part_view: regex.Pattern[str] | None = None  # a sentence opening on a view (分设区市看，) lists parts, as 其中 does
    part_row: regex.Pattern[str] | None = None  # a sentence opening on a place and a verb (某县新增320人): a part too
    # a clause opening on a place the gazetteer names, written out in full, then a word of planning and a verb of the
    # list (天津市力争新增): the next item of a list, as list_item is
    place_item: regex.Pattern[str] | None = None
    time_list_link: regex.Pattern[str] | None = None  # what joins two times of a list 分别 pairs (2024年和2025年)
    share_back_head: regex.Pattern[str] | None = None  # places taken together (两地分别) opening a share done
    label_marks: str = ""  # a figure right after one (新增床位：320张) counts what the clause before the mark names
    bound_only: tuple[str, ...] = ()  # a clause of nothing but one and its figure bounds the figure before it
    bound_goal: regex.Pattern[str] | None = None  # bound_only written with the year it is due (规划目标为2025年达到)
    part_list_ends: str = ""  # the marks that end a list 其中 opens inside a sentence (a semicolon)
    part_head: regex.Pattern[str] | None = None  # a sentence's opening that names the whole its list is of (床位中，)
    respective: tuple[str, ...] = ()  # a clause of changes opening with one pairs them with the levels before it
    respective_base: tuple[str, ...] = ()  # a comparison's base that may stand before it (同比分别增长…)
    pair_links: tuple[str, ...] = ()  # nothing but one between two figures of one unit: the second is the first's kin
    item_links: tuple[str, ...] = ()  # one right after a figure ends its item of a list: the next item names its own
    total_only: tuple[str, ...] = ()  # a clause of nothing but one and its figure: the total the figure before adds to
    done_only: tuple[str, ...] = ()  # a clause of nothing but one and its figure: what was done of the plan before it
    done_repeat: tuple[str, ...] = ()  # …or one, a verb of the plan's clause and its figure (实际开发1236个)
    done_repeat_marks: str = ""  # the marks that open the plan's clause that verb is looked for in
    total_lead: regex.Pattern[str] | None = None  # a time or goal lead such a clause may open with (…启用后将)
    total_time: regex.Pattern[str] | None = None  # the time such a clause's verb names its figure at (增加到目前的)
    done_lead: regex.Pattern[str] | None = None  # a time a done clause may open with (全年实际新增…)
    time_only: regex.Pattern[str] | None = None  # a clause of a time and a verb only: what the quiet sentence before named
    item_label: regex.Pattern[str] | None = None  # a numbered list item's label before its colon: what its figures count
    list_lead: regex.Pattern[str] | None = None  # a lead-in before a colon (…情况如下：): what the list after it counts
    list_row: regex.Pattern[str] | None = None  # a sentence that is a row of places (甲县180张。): what the lead-in named
    place_row: regex.Pattern[str] | None = None  # a list row opened by a place and a colon: what its heading named

    def __post_init__(self) -> None:
        object.__setattr__(self, "share_done_back", _reversed(self.share_done))


def _reversed(pattern: regex.Pattern[str] | None) -> regex.Pattern[str] | None:
    """pattern compiled to match right to left, for a search that only asks whether it matches; None where it does
    not compile so (the pattern is then searched as it is)."""
    if pattern is None:
        return None
    try:
        return regex.compile(pattern.pattern, pattern.flags | regex.REVERSE)
    except regex.error:
        return None


def _carry_words(data: Any, patterns: list[LexPattern]) -> CarryWords:
    """lexicon/context.yaml (schema-checked), optional: without it nothing carries over but what
    roles.yaml says."""
    if not isinstance(data, dict):
        return CarryWords()
    subject = data.get("subject") or {}
    share = next((p.pattern for p in patterns if p.what == "context.share_done"), None)
    return CarryWords(
        part_of=tuple(str(w) for w in data.get("part_of", ())),
        share_done=share,
        list_item=next((p.pattern for p in patterns if p.what == "context.list_item"), None),
        subject_lead=tuple(sorted((str(w) for w in subject.get("lead", ())), key=len, reverse=True)),
        subject_trail=tuple(sorted((str(w) for w in subject.get("trail", ())), key=len, reverse=True)),
        subject_max=int(subject.get("max_chars", 14)),
        sentence_window=int(data.get("sentence_window", 120)),
        lean_back=tuple(str(w) for w in data.get("lean_back", ())),
        lean_back_after=str(data.get("lean_back_after", "")),
        leader_lead=next((p.pattern for p in patterns if p.what == "context.leader_lead"), None),
        view_lead=next((p.pattern for p in patterns if p.what == "context.view_lead"), None),
        part_view=next((p.pattern for p in patterns if p.what == "context.part_view"), None),
        part_row=next((p.pattern for p in patterns if p.what == "context.part_row"), None),
        place_item=next((p.pattern for p in patterns if p.what == "context.place_item"), None),
        time_list_link=next((p.pattern for p in patterns if p.what == "context.time_list_link"), None),
        share_back_head=next((p.pattern for p in patterns if p.what == "context.share_back_head"), None),
        label_marks=str(data.get("label_marks", "")),
        bound_only=tuple(str(w) for w in data.get("bound_only", ())),
        bound_goal=next((p.pattern for p in patterns if p.what == "context.bound_goal"), None),
        pair_links=tuple(str(w) for w in data.get("pair_links", ())),
        item_links=tuple(str(w) for w in data.get("item_links", ())),
        respective=tuple(str(w) for w in data.get("respective", ())),
        respective_base=tuple(sorted((str(w) for w in data.get("respective_base", ())), key=len, reverse=True)),
        total_only=tuple(str(w) for w in data.get("total_only", ())),
        done_only=tuple(str(w) for w in data.get("done_only", ())),
        done_repeat=tuple(str(w) for w in data.get("done_repeat", ())),
        done_repeat_marks=str(data.get("done_repeat_marks", "")),
        total_lead=next((p.pattern for p in patterns if p.what == "context.total_lead"), None),
        total_time=next((p.pattern for p in patterns if p.what == "context.total_time"), None),
        done_lead=next((p.pattern for p in patterns if p.what == "context.done_lead"), None),
        time_only=next((p.pattern for p in patterns if p.what == "context.time_only"), None),
        item_label=next((p.pattern for p in patterns if p.what == "context.item_label"), None),
        list_lead=next((p.pattern for p in patterns if p.what == "context.list_lead"), None),
        list_row=next((p.pattern for p in patterns if p.what == "context.list_row"), None),
        place_row=next((p.pattern for p in patterns if p.what == "context.place_row"), None),
        part_list_ends=str(data.get("part_list_ends", "")),
        part_head=next((p.pattern for p in patterns if p.what == "context.part_head"), None),
    )


@dataclass
class Lexicon:
    """Every word list and pattern of rules/lexicon, as the engine reads them (loaded once per rule set)."""

    digits: dict[str, int]
    units: dict[str, int]
    sections: dict[str, int]
    tens: dict[str, int]  # 廿 = 20, 卅 = 30
    approx_digit: str  # 几 in 十几万
    # digits that stand alone inside common words (a financial form that is also a word's character): a numeral
    # only where another numeral character follows them
    word_digits: frozenset[str]
    counters: list[str]  # 个 in 两个亿, 一个半月
    # marks after a magnitude (and its unit) that make it a class of size: a counter before it is the measure
    size_classes: list[str]
    size_class_kinds: list[str]  # 企业 in 十亿元企业: sized by a magnitude above 亿, as a class is
    half: Half
    mixed_tail_not_before: list[str]
    tenths_after: list[str]  # 一米八 = 1.8 米
    tenths_before: list[str]  # 八五折 = 8.5 折
    tenths_not_last: list[str]  # 三块二两: no 3.22 元
    place_not_last: list[str]  # 二百两: 200 两 of weight, never 220
    ten_not_beside: list[str]  # 两 of 两十, 十两万: malformed, no figure
    round_and_smaller: list[str]  # 八 of 千八百, 百八十: a round number and a smaller one, about that many
    times_signs: list[str]  # × in 1.2×10⁴ (scientific notation)
    fraction_of: str  # 分之 in 三分之二 (read only in a text that is nothing but the number)
    fraction_and: str  # 又 in 一又二分之一 (1.5): a whole number and a fraction
    money_after: dict[str, str]  # money words 角/分 may follow → the measure word reported (块 → 元)
    money_fractions: dict[str, float]  # 角 = 0.1, 分 = 0.01
    magnitudes: list[Magnitude]
    percent_prefix: dict[str, Measure]  # 百分之 → the % measure, 千分之 → ‰
    decimal_points: list[str]
    range_separators: list[str]
    dashes: list[str]
    range_inclusive: list[str]
    from_words: list[str]
    to_words: list[str]
    minus_signs: list[str]
    list_links: list[str]
    neighbour_links: list[str]  # 5、6万人: neighbouring numbers sharing the second's places and unit
    neighbour_not_after: list[str]  # 分别: a list of figures, one each, not a range
    neighbour_typed_links: list[str]  # 5，6万人: a comma typed where 、 is meant
    neighbour_unsure_links: list[str]  # 增长3，5%, 比例为3：5万人: the number after the mark is unsure
    neighbour_unsure_labels: tuple[str, ...]  # 表1：12家: a label's number before the mark, the second sure
    neighbour_label_not: tuple[str, ...]  # 代表: a word that ends as a label does and names none
    neighbour_cut_links: tuple[str, ...]  # 十七，八人: a comma between Chinese neighbours the second cuts short
    neighbour_ordinal_before: tuple[str, ...]  # 第三，四人: an ordinal's first, the count after it sure
    neighbour_list_end: tuple[str, ...]  # 不等: a word after a list's last item that says its items differ
    neighbour_list_end_not: tuple[str, ...]  # 不等于: a longer word that begins so and says no such thing
    between_links: list[str]  # 和 in 介于20和30元之间: two figures that are the ends of one range
    between_end: list[str]  # 之间
    spoken_money: dict[str, str]  # 块 → 元 where it ends a clause that speaks of money
    spoken_money_cues: list[str]
    restate_brackets: tuple[str, ...]  # （）: 叁仟元（3000元） restates one amount
    spoken_money_per: tuple[str, ...]  # 三百块一个: a price per unit after the amount (heads, then units)
    spoken_money_per_units: tuple[str, ...]
    group_marks: list[str]  # 1，234，567: a full-width comma between groups of three digits
    letter_words: list[str]  # GDP1.2万美元: Latin words a figure may follow (not a code such as G20)
    loose_pairs: list[str]  # 三五: two digits, not neighbours, that are a range where they head a numeral
    bare_codes: list[str]  # patterns of a text that is a code, not a number (13812345678, 0231234)
    numeral_examples: dict[float, list[str]]
    numeral_sentences: list[tuple[str, str, list[dict[str, Any]], int | None]]  # class, text, expect, line
    unit_catalog: dict[str, dict[str, str]]
    # the units of each kind of units.yaml (`kind:`): spans of time, rates, points (each the rate it is a gap
    # between: `points_of`) and multiples
    durations: frozenset[str]
    rate_units: frozenset[str]
    point_units: dict[str, str]
    multiple_units: frozenset[str]
    rated_units: frozenset[str]  # rates, points and multiples: what a change in a rate is said in
    measures: dict[str, Measure]
    measure_before: dict[str, Measure]
    currency_links: list[str]  # 美元共3亿元: more words between a currency name and its amount
    currency_yuan: list[str]  # 元 of 港币3亿元: measure words that take the currency named beside
    currency_names: dict[str, Measure]  # 港币 → its measure (港元, HKD), longest first
    people_nouns: list[str]
    people_measure: Measure
    measure_before_links: list[str]
    measure_before_adverbs: tuple[str, ...]  # 营收首次破亿: a word of when before the link, the amount all the same
    measure_before_not_before: list[str]  # 工资3月份, 收入1号文件: a date or an ordinal after, no amount
    people_gap: int
    qual_prefix: dict[str, str]
    qual_prefix_not_after: dict[str, tuple[str, ...]]
    qual_prefix_round: dict[str, str]  # 过万人, 小一万人: prefixes that bound only a round number
    qual_prefix_compared: tuple[tuple[str, ...], tuple[str, ...]]  # (小,), (比, 较): 比上年小一万人 is no bound
    qual_infix: dict[str, str]
    qual_infix_after_place: list[str]  # 二十来个: 来 only after 十 百 千 万
    qual_infix_after_lone_place: list[str]  # 万把人: 把 only after 百 千 万 with no digit before (一万把伞 counts 把)
    bound_links: list[str]  # 且 in 大于20且小于35个: two bounds of one quantity, the measure written once
    qual_suffix: dict[str, str]
    qual_suffix_marks: tuple[str, ...]  # (含) in 3万元(含)以上: the bound after it still qualifies
    qual_suffix_at_end: tuple[str, ...]  # 三成强, 30%弱: bounds only where the clause ends after them (强劲 is a word)
    qual_suffix_at_end_measures: tuple[str, ...]  # the measures (%) such a bound follows
    qual_suffix_at_end_any: tuple[str, ...]  # of those, the bounds that follow any measure at a clause's end
    qual_suffix_at_end_money: tuple[str, ...]  # of those, the bounds that follow money or a share (5000元封顶)
    qual_governing: dict[str, str]
    # 不到 of 不到全县老年人的5%: a bound word heading a clause that bounds the share after the whole it is of
    qual_governing_share: dict[str, str]
    qual_governing_share_leads: tuple[str, ...]  # 仅 of 仅不到…的5%: words that may stand before such a bound word
    qual_governing_share_of: str  # 的: the word that ends the whole, right before the share
    target_before: list[str]
    target_after: list[str]
    target_after_compared: list[str]  # 低于3.5%的控制目标: a bound word before a goal compares another figure with it
    target_not: list[str]
    target_patterns: list[regex.Pattern[str]]
    target_cancel: dict[str, CueCancel]
    target_list: str  # marks after a cue that open a list running on past its sentence (：)
    target_list_end: list[str]  # words in a sentence's first clause that end such a list (去年)
    # list_end words that end no list whose lead names a year ahead (到2030年…目标是：…五年累计新增就业…: the plan's total)
    target_list_end_ahead_not: list[str]
    change_verbs: list[str]
    change_links: list[str]
    change_not: list[str]
    change_bare: list[str]  # words a change clause may hold and still name no subject (比上年下降)
    level_reset: list[str]
    article_start: list[regex.Pattern[str]]
    article_end: list[regex.Pattern[str]]
    byline: regex.Pattern[str]
    headline_max: int
    sentence_end: str
    clause_end: str
    year: regex.Pattern[str]
    comparison_base: list[str]
    not_headline: list[regex.Pattern[str]] = field(default_factory=list)  # short lines that name no article
    running_head: list[regex.Pattern[str]] = field(default_factory=list)  # a line that is a paragraph alone (layout)
    jump_in: list[regex.Pattern[str]] = field(default_factory=list)  # takes up an article jumped from a page (layout)
    page_note: list[regex.Pattern[str]] = field(default_factory=list)  # an editors' line at a page's foot (layout)
    photo_caption: list[regex.Pattern[str]] = field(default_factory=list)  # a picture's caption and credit (layout)
    page_foot: list[regex.Pattern[str]] = field(default_factory=list)  # a printed page's number at its foot (layout)
    footnote: list[regex.Pattern[str]] = field(default_factory=list)  # how a page's first footnote opens (layout)
    footnote_rule: regex.Pattern[str] | None = None  # the line drawn over a page's footnotes (layout)
    lead_after_figure: str = ""  # a lead's opening on its year, under a headline glued to it (layout)
    dateline_glued: str = ""  # a headline and a dateline run on after a sentence's end in one paragraph (layout)
    # how a footnote opens over a page's foot where no rule is printed over it (layout)
    footnote_unruled: list[regex.Pattern[str]] = field(default_factory=list)
    web_page: list[regex.Pattern[str]] = field(default_factory=list)  # words only a web page's copy holds (layout)
    web_chrome: list[regex.Pattern[str]] = field(default_factory=list)  # a line of a web page's chrome (layout)
    heading: list[regex.Pattern[str]] = field(default_factory=list)  # a numbered heading line: alone after a full stop
    level_reset_not: list[str] = field(default_factory=list)  # words a reset word starts that reset nothing
    level_cumulative: list[str] = field(default_factory=list)  # reset words a goal's own words may hold (累计)
    # clauses that report what is done whatever cue came before (…；1—11月，…: the months so far, results)
    level_reset_patterns: list[regex.Pattern[str]] = field(default_factory=list)
    # a clause that repeats the goal's verb with the number right after it (计划新增…6000张，新增6380张): the result
    level_repeat_done: list[regex.Pattern[str]] = field(default_factory=list)
    # a rate paid per unit (每张补助5000元): a standard, a level under any plan (its clause before it, searched)
    level_standard: list[regex.Pattern[str]] = field(default_factory=list)
    # a stock the figure counts, named right after it (96万人口的住院需求): a level under any plan (matched at its end)
    level_stock_after: list[regex.Pattern[str]] = field(default_factory=list)
    # the base's own value written between the comparison word and its verb (比2025年的2.6人提高…): a level under any
    # plan (the clause before it, searched)
    level_base_value: list[regex.Pattern[str]] = field(default_factory=list)
    # the base a goal builds on, named right after the figure (4.3万元的基础上): a level (matched at its end)
    level_base_after: list[regex.Pattern[str]] = field(default_factory=list)
    # a clause after a goal's that opens on a time past (…达到500家，2025年为360家; 去年为6.7%): the value the goal is set
    # against, a level (matched at the clause's start; group `year` must be before the document's)
    level_past_clause: list[regex.Pattern[str]] = field(default_factory=list)
    # a clause after a goal's, under the review of a year past, that opens on what the year did (…，全年完成投资1286亿元):
    # the result set beside the goal, a level (matched at the clause's start)
    level_done_clause: list[regex.Pattern[str]] = field(default_factory=list)
    level_done_cues: tuple[str, ...] = ()  # the goal cues a done clause sets a result beside (计划, 目标, 任务)
    level_reset_not_after: list[regex.Pattern[str]] = field(default_factory=list)  # 三年累计: a plan's total, no reset
    # a horizon between a cue and its cumulative word (力争到2027年底，累计新增…): the total is the goal's, no reset
    level_cumulative_horizon: list[regex.Pattern[str]] = field(default_factory=list)
    # a cumulative word inside its clause's own words, right before the figure (…，建成高标准农田累计42万亩): the total of
    # the goal due by a horizon before it, though a figure stands between
    level_cumulative_own: list[regex.Pattern[str]] = field(default_factory=list)
    # the sentence up to a cumulative word that looks ahead (下半年，…将力争…，全年累计…): the year's total is the goal's
    level_cumulative_ahead: list[regex.Pattern[str]] = field(default_factory=list)
    closing: str = ""  # closing quotes and brackets: they stay with the sentence before them
    line_complete: str = ""  # a line ending with one of these ends its paragraph (layout)
    unit_whole: str = ""  # a number and one of these at a line's end is whole: no line need go on from it (layout)
    ocr_one: str = ""  # OCR's dash for the numeral one: a pattern, `=>`, the numeral (layout)
    ocr_reads: tuple[str, ...] = ()  # a point OCR read as another mark, on a page it read: patterns `=>` the point (layout)
    misreads: tuple[str, ...] = ()  # a character read for another where the text shows which (layout)
    unit_open: tuple[str, ...] = ()  # units a longer unit opens with (千瓦 of 千瓦时): a line's end on one is cut (layout)
    # what may follow a number: each measure word's, magnitude's and numeral unit's first character, and layout.yaml's
    # number_after (月, 余, 至 …): a line opening with none of these goes on with no number cut above it (layout)
    number_after: str = ""
    # the words themselves (measure words, magnitudes, numeral units and number_after's characters): a line between
    # opening with 基层 goes on with no number, though 基 opens 基点 (layout `read_across`)
    number_words: frozenset[str] = frozenset()
    # a word of a number cut at a line's end, as (end, opening) pairs (百分 | 之六十八点五): the line ending on the first
    # goes on in the line opening with the second, no other item's headline set in between (layout.yaml word_cuts)
    word_cuts: tuple[tuple[str, str], ...] = ()
    # words a number is written right after (完成全年目标任务的 | 114%, 零售总额 | 132.6亿元): a swept line ending on
    # one goes on into a line opening with a number, as one ending on a change verb does (layout.yaml number_lead)
    number_lead: tuple[str, ...] = ()
    brief_dateline: regex.Pattern[str] | None = None  # a brief's dateline (■本报讯): it has no headline of its own
    box_entry: regex.Pattern[str] | None = None  # an entry of a number box (■ 6.8% …): a headline over it opens the box
    box_title: regex.Pattern[str] | None = None  # a number box's title (数说·1至8月): the box is an item of its own
    # a block's dateline on a page of 一图读懂 (● 重点任务): the lines under it are its body, though no mark ends them
    block_dateline: regex.Pattern[str] | None = None
    cue_window_after: int = 8  # characters after a figure where a metric cue still names it
    change_window: int = 8  # characters before a number where its change verb is looked for
    base_window: int = 8  # characters before a year where a comparison word makes it a base
    files: list[Path] = field(default_factory=list)
    periods: dict[str, Any] = field(default_factory=dict)  # periods.yaml whole: stats/context/period.py reads it
    places: dict[str, Any] = field(default_factory=dict)  # places.yaml: stats/context/place.py reads it
    tables: dict[str, Any] = field(default_factory=dict)  # tables.yaml: stats/find/tablerows.py reads it
    patterns: list[LexPattern] = field(default_factory=list)  # every pattern above, with its file and line
    carry: CarryWords = field(default_factory=CarryWords)  # lexicon/context.yaml
    # a year's number glued before a name a measure word merely opens (2024人才计划: a programme of that year, no
    # count of 2024 人): units.yaml `year_name`, matched where the measure word starts
    year_name: regex.Pattern[str] | None = None
    # suffix words that begin another word before one of these (许 of 两万元许, not of 3家许可): no bound there
    qual_suffix_not_before: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # words that end in one of a prefix's `prefix_not_after` characters and are no word with the prefix (补贴近3万元: a
    # subsidy of nearly, where 贴近 is "close to"): after them the prefix bounds the number still
    qual_prefix_still_after: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # measure words of a span of time before which a prefix at the head of its clause names the span just past (近三年,
    # 近6个月: the recent years, months) and bounds nothing
    qual_prefix_head_off: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # a sign written as a word that says a number is above zero (零上3℃): read as written, and before a range's high
    # end it makes that end's sign sure where the low end's is a word (零下5℃到零上3℃: −5 to 3)
    plus_words: tuple[str, ...] = ()
    # plus words that sign a range's high end alone, and only after a low end a minus word signs (负二到正二个百分点:
    # −2 to 2); before any other number they are no sign (正二十面体, 正五品)
    plus_word_high: tuple[str, ...] = ()
    # sign words that sign a range's low end alone where both ends write their own measure word (零下5℃至3℃: −5 to 3)
    sign_word_own_end: tuple[str, ...] = ()
    # sign words that sign a range's low end alone where both ends write the same numeral (负百分之五至百分之五: −5 to 5)
    sign_word_band: tuple[str, ...] = ()
    # bound words that compare a value below zero written with a sign word as signed (低于零下5℃: colder than −5), where
    # others bound how far below zero it is (超过零下30度, 不到零下5度: which way is unsure)
    sign_word_compare: tuple[str, ...] = ()
    # what, written right before a sign word, makes the sign part of another word (背负3万元债务, 肩负3项任务: a verb,
    # never −3万 元): the number after it is read unsigned
    minus_word_not_after: tuple[str, ...] = ()
    reach_words: tuple[str, ...] = ()  # 从约3万增至约5万人: a verb of reaching between a from-figure and its to-figure
    # words of a fall that end in one of those (下降负5%: the fall was below zero): the sign after them is a sign
    minus_word_still_after: tuple[str, ...] = ()
    minus_brackets: tuple[str, ...] = ()  # （ of -（3.5%）: a sign before it is the bracketed number's
    # dashes that are a minus sign only before a rate's measure (同比—3.2%), and the units they sign (来源—3家: no sign
    # is sure there, no figure)
    minus_rate_only: tuple[tuple[str, ...], frozenset[str]] = ((), frozenset())
    minus_money_after: tuple[str, ...] = ()  # 利润为—3.5亿元: a dash after these words is money's minus too
    change_gap: list[regex.Pattern[str]] = field(default_factory=list)  # 低于控制目标1.34个百分点: a change
    change_after: list[regex.Pattern[str]] = field(default_factory=list)  # a change named after the number
    # words before a rate that name its growth as a noun (经济增长约为3.2%): a change, though a `not` word (增长为) says a
    # count reached a level (由6215人增长为8188人); matched at the words before the number
    change_rate: list[regex.Pattern[str]] = field(default_factory=list)
    # after a gap's words, the base's own value (低于全省7.6张的平均水平): no gap, a level
    change_gap_not_after: list[regex.Pattern[str]] = field(default_factory=list)
    # the goal a share done is taken of (完成全年目标任务1.5万人的62.4%): its clause before it, the text after it
    target_goal_before: list[regex.Pattern[str]] = field(default_factory=list)
    target_goal_after: list[regex.Pattern[str]] = field(default_factory=list)
    change_base: list[regex.Pattern[str]] = field(default_factory=list)  # a clause naming only a comparison's base
    change_cause: list[regex.Pattern[str]] = field(default_factory=list)  # a clause saying only why, before a change
    # the words between a change and a bracket after it restating that change a year before (（上年为3.1%）)
    change_restated: list[regex.Pattern[str]] = field(default_factory=list)
    # the words between a result and a gap to its goal after it that may name the goal's own value instead
    # (达到245.6万人，超过年度目标任务240万人): see `Extractor._goal_not_gap`
    change_gap_goal: list[regex.Pattern[str]] = field(default_factory=list)
    # the least share of the result such a number reaches to be the goal's value, not the lead (roles.change.gap_goal_share)
    change_gap_goal_share: float = 0.5
    # words that make a gap one to the goal itself, as a plan word in it does (超额完成600户: the quota is the base)
    change_gap_to_goal: tuple[str, ...] = ()
    target_clause_only: list[str] = field(default_factory=list)  # cues that govern their own clause only
    # words opening the clause after a clause-only cue's (规划床位1200张，其中…) that the cue still governs: the
    # parts of a planned total
    target_clause_parts: list[str] = field(default_factory=list)
    # cues that, written after the subject of their clause (产量预计达到…), reach later clauses only where those name
    # no subject of their own (…，同比增长6.5%左右)
    target_subject_bound: list[str] = field(default_factory=list)
    target_subject_free: list[str] = field(default_factory=list)  # 本报讯…预计: words that end no subject
    # 综合判断，预计全年…；…: a clause before a cue that only says what the estimate rests on, which the cue still heads
    target_head_leads: list[str] = field(default_factory=list)
    # 预计明年投用，…，总投资2.65亿元: words opening a clause that state what a project is, out of an event cue's reach
    target_event_not: list[str] = field(default_factory=list)
    # the words right after a cue that make it a cue of an event (计划明年投用，): see roles.yaml target.event_clause
    target_event_clause: list[regex.Pattern[str]] = field(default_factory=list)
    # 产量预计38.5亿斤: the estimated figure itself right after the cue, no verb between (not a time: 预计6月投用)
    target_subject_number: list[regex.Pattern[str]] = field(default_factory=list)
    target_subject_verbs: list[str] = field(default_factory=list)  # 预计达到: the verb of the estimated figure
    # 预计…，失业率控制在5.5%左右: verbs holding a later clause's figure at a bound, which such a cue reaches
    target_subject_held: list[str] = field(default_factory=list)
    target_announce: list[regex.Pattern[str]] = field(default_factory=list)  # 《规划》明确，…: goals follow
    target_scope_end: str = ""  # marks that end a cue's reach unless it opened a list (；)
    # cues (2025年底前) whose reach ends at the next scope mark even where they head their sentence
    target_scope_bounded: list[regex.Pattern[str]] = field(default_factory=list)
    # openings (matched right after a scope mark) of a clause that goes on with the cue's plan (；另对…)
    target_scope_continue: list[regex.Pattern[str]] = field(default_factory=list)
    # openings of the clause right after a clause-only cue's own that revise the amount it plans (，调整为…)
    target_clause_revised: list[regex.Pattern[str]] = field(default_factory=list)
    target_section: list[regex.Pattern[str]] = field(default_factory=list)  # 二、2024年重点工作: a plan section
    target_section_levels: list[regex.Pattern[str]] = field(default_factory=list)  # 一、 （一） 1.: heading ranks
    # ——经济发展。…: marks of a list's items that rank no heading, one paragraph an item (`ListScope._item_level`)
    target_list_items: list[regex.Pattern[str]] = field(default_factory=list)
    # the end of a list's lead (before its mark) that names how the goals went (目标完成情况是：): a list of results
    target_list_done: list[regex.Pattern[str]] = field(default_factory=list)
    # the end of the words before a mark that part a total the sentence gave (其中：): the items end with the sentence
    target_list_part: list[regex.Pattern[str]] = field(default_factory=list)
    # 乌审旗2026年十项民生实事: an article's headline naming the year's programme of works (group `year`)
    target_title: list[regex.Pattern[str]] = field(default_factory=list)
    # a block's heading that is a part of a plan only on a page that has shown a plan before it (● 资金保障)
    target_title_in_plan: list[regex.Pattern[str]] = field(default_factory=list)
    # a numbered heading under such a headline that describes the body itself (一、部门基本情况): its section is no plan
    target_title_pause: list[regex.Pattern[str]] = field(default_factory=list)
    target_section_unnumbered: list[regex.Pattern[str]] = field(default_factory=list)  # 2025年主要预期目标
    target_section_lead: list[regex.Pattern[str]] = field(default_factory=list)  # 重点抓好以下工作：
    target_review: list[regex.Pattern[str]] = field(default_factory=list)  # 某局2025年工作总结: a review of a year
    # 二、重点工作 under 某县2025年就业工作总结: under a headline's review of a past year, the key work done, no plan
    target_section_in_review_not: list[regex.Pattern[str]] = field(default_factory=list)
    target_review_so_far: list[regex.Pattern[str]] = field(default_factory=list)  # 某县2026年前三季度就业工作情况
    target_resume: list[regex.Pattern[str]] = field(default_factory=list)  # 去年…，今年…: the plan taken up again
    # 同时，…: a sentence going on with the plan whose goal ended the sentence before it
    target_carry_on: list[regex.Pattern[str]] = field(default_factory=list)
    # a plan cue naming its horizon (到2025年末…达到, group `year`): one before the document's year is over, a level
    target_past_horizon: list[regex.Pattern[str]] = field(default_factory=list)
    # a deadline of a month's end (到9月底建成, group `month`): after the month of publication, works still to come
    target_month_ahead: list[regex.Pattern[str]] = field(default_factory=list)
    # a later clause of the deadline's run whose words end on a verb of attainment (，达标率达到95%以上): due by it too
    target_month_ahead_reach: list[regex.Pattern[str]] = field(default_factory=list)
    # the months so far a clause opens on under a plan in force (1-6月开工…, group `month` or a group m<N>): where they end
    # after the document's month in the plan's year, still to come, the plan's goal
    target_months_ahead: list[regex.Pattern[str]] = field(default_factory=list)
    # a sentence's first clause naming a span of years alone (“十四五”期间，): over once its last year is before the
    # document's
    target_past_span: list[regex.Pattern[str]] = field(default_factory=list)
    # a sentence's opening on the year just over (全年…) in a document of the year's first closing_open_months months
    target_closing_open: list[regex.Pattern[str]] = field(default_factory=list)
    target_closing_open_months: int = 0
    target_closing_months: int = 0
    target_closing_not: tuple[str, ...] = ()
    # a speaker's headline stating a figure of the year with a bound (…县长张明：今年新增城镇就业8000人以上): a goal
    target_headline_goal: list[regex.Pattern[str]] = field(default_factory=list)
    target_after_clause: list[regex.Pattern[str]] = field(default_factory=list)  # …300张，预计明年6月建成
    target_title_months: int = 0  # a headline of the document's own year names a plan up to this month
    spoken_money_only: tuple[str, ...] = ()  # 毛, 角: spoken money where 块 would be, else no measure word at all
    # the marks after such an amount that make it a list's item or a label (八角、桂皮; 八角：5200吨): money there
    # only where the clause speaks of money
    spoken_money_only_not_alone_before: tuple[str, ...] = ()
    qual_suffix_open: tuple[str, ...] = ()  # + of 90%+: a lower bound where no term follows it
    # 来 of 5米来长, 两斤来重的鱼: "about" after the measure word, only before a word of size that ends its phrase
    # (qualifiers.yaml suffix_size); matched where the measure word ends, the word of about alone
    qual_suffix_size: regex.Pattern[str] | None = None
    qual_suffix_through: tuple[str, ...] = ()  # 的目标 of 4.5%的目标以内: words a suffix bound reaches across
    qual_suffix_through_bounds: tuple[str, ...] = ()  # the bounds that reach across them (以内, 以下, 以上)
    qual_shared_after: tuple[str, ...] = ()  # 分别 of 分别超过300万千瓦和260万千瓦: one bound for a whole list
    qual_shared_between: str = ""  # 按每人每月 of 分别按每人每月不低于100元、300元: what may stand between the two
    zero_words: tuple[str, ...] = ()  # 找零: words ending in a numeral character that hold no numeral
    lone_step_verbs: tuple[str, ...] = ()  # 迈上 of 迈上万亿元台阶: a verb of reaching a level
    lone_step_levels: tuple[str, ...] = ()  # 台阶 of 迈上万亿元台阶: the level reached
    numeral_words: tuple[str, ...] = ()  # 进一步, 统一: common words whose digit character is no number
    restate_after: tuple[str, ...] = ()  # 整 of 伍拾万元整（￥500,000.00）: a word between an amount and its restatement
    # 小写 of 伍万元整（小写：¥50000元）: a label an invoice puts before an amount's restatement, inside its bracket
    restate_labels: tuple[str, ...] = ()
    # ， of 叁仟元整，小写3000元: a mark after which a label and the amount's restatement follow with no bracket
    restate_joins: tuple[str, ...] = ()
    # 含 of 5万元以内（含5万元）: a word opening a bracket that says whether a bound's own amount is included
    restate_inclusion: tuple[str, ...] = ()
    # 四分之一 in running text: the denominators whose shares are read as percent, and that measure word
    share_denominators: list[str] = field(default_factory=list)
    share_measure: str = ""
    share_not_before: tuple[str, ...] = ()  # 八分之一决赛: a round of a cup, no share
    # 占比达3/5: the words after which a fraction typed with a slash is a share too, no date (`Links._slash_shares`)
    share_slash_after: tuple[str, ...] = ()
    share_slash_of: tuple[str, ...] = ()  # 占全市的1/4: the word after the whole a share is of
    per_signs: tuple[str, ...] = ()  # 元/吨: the sign that opens a rate's base after a measure word (units.yaml)
    # 100MW/200MWh: pairs of measure words a per sign between two numbers in them lists (units.yaml slash_lists), and
    # the list's mark the finder reads that sign as
    slash_pairs: tuple[tuple[str, str], ...] = ()
    slash_mark: str = ""
    # 1000 of 32156元3: the whole a spoken tenth after 元 or 米 stays below (0: any); larger, the digit is no tenth
    tenths_whole_below: float = 0.0

    def named_lists(self) -> dict[str, list[str]]:
        """The word lists rule patterns may use as `\\L<name>` (regex named lists), so a pattern
        names the lexicon's digits or range separators instead of declaring them again."""
        return {
            "digits": list(self.digits), "numeral_units": list(self.units), "sections": list(self.sections),
            "magnitudes": [m.word for m in self.magnitudes], "decimal_points": list(self.decimal_points),
            "tens": list(self.tens) or ["\x00"], "dashes": list(self.dashes) or ["-"],
            # every mark between the ends of a range: the words and the dashes (2013-2019年)
            "range_separators": list(self.range_separators) + list(self.dashes), "minus_signs": list(self.minus_signs),
            "list_links": list(self.list_links), "comparison_base": list(self.comparison_base),
            "share_denominators": list(self.share_denominators) or ["\x00"],
            "measures": list(self.measures) or ["\x00"],  # every measure word (units.yaml)
        }


def _need(data: Any, key: str, path: Path, kind: type | tuple[type, ...]) -> Any:
    if not isinstance(data, dict) or key not in data:
        raise RuleFileError(str(path), line_of(data), None, f"missing required key '{key}'")
    value = data[key]
    if not isinstance(value, kind):
        kinds = " or ".join(k.__name__ for k in (kind if isinstance(kind, tuple) else (kind,)))
        raise RuleFileError(str(path), line_of(data), None, f"'{key}' must be a {kinds}, got {type(value).__name__}")
    return value


def _words_by_qualifier(data: dict, path: Path) -> dict[str, str]:
    out: dict[str, str] = {}
    for qual, words in data.items():
        if qual == LINE:
            continue
        if qual not in QUALIFIERS:
            raise RuleFileError(str(path), line_of(data), None, f"unknown qualifier '{qual}' (one of {QUALIFIERS})")
        for w in words:
            out.setdefault(str(w), qual)
    return out


def _suffix_size(data: dict) -> regex.Pattern[str] | None:
    """qualifiers.yaml suffix_size as one pattern: a word of about (来) right after the measure word, then a word of
    size (长, 重) with no Han character after it but a word of `then` (5米来长, 两斤来重的鱼). Why the size word must
    end its phrase: after a measure word 来 is as often the verb "come" (3000人来长沙, 30人来重庆), and a size word
    that begins a longer word there (长沙, 重庆, 深圳) is a place the people come to, no size."""
    words = [str(w) for w in data.get("words", []) or []]
    sizes = [str(w) for w in data.get("sizes", []) or []]
    if not words or not sizes:
        return None
    alt = "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))
    size = "|".join(regex.escape(w) for w in sorted(sizes, key=len, reverse=True))
    then = "".join(f"{regex.escape(str(w))}|" for w in data.get("then", []) or [])
    return regex.compile(rf"(?:{alt})(?=(?:{size})(?:{then}(?!\p{{Han}})))")


_Source = tuple[str, str, Path, int | None]


def _goal_results(level: Any, path: Path) -> list[_Source]:
    """roles.yaml level.goal_result as reset patterns, one a pair: `(?<=goal between)(?:result)`, the result clause
    matched where the goal's clause stands right before it. Why a pair, not a pattern: the goal and the result are the
    two halves a reader tells apart (a goal on a growth, then the year's growth; a goal on a count, then the year's
    tally), and the marks between them, the end of the goal's clause, are written once for all."""
    block = level.get("goal_result") or {}
    pairs = block.get("pairs") or []
    between = str(block.get("between", ""))
    return [("roles.level.reset_patterns", f"(?<={pair['goal']}{between})(?:{pair['result']})", path,
             item_line(pairs, i) or key_line(block, "pairs")) for i, pair in enumerate(pairs)]


def _pattern_sources(layout: Any, roles: Any, period: Any, paths: dict[str, Path],
                     context: Any = None, context_path: Path | None = None) -> list[_Source]:
    """(what, source, file, line) of every pattern the lexicon holds, each at its own line."""
    out: list[_Source] = []
    for key in ("article_start", "article_end", "not_headline", "running_head", "heading", "jump_in", "page_note",
                "photo_caption", "page_foot", "footnote", "footnote_unruled", "web_page", "web_chrome"):
        items = layout.get(key) or []
        out += [(f"layout.{key}", str(p), paths["layout"], item_line(items, i) or key_line(layout, key))
                for i, p in enumerate(items)]
    out.append(("layout.byline", str(layout.get("byline", "")), paths["layout"], key_line(layout, "byline")))
    for key in ("brief_dateline", "box_entry", "box_title", "footnote_rule", "block_dateline"):
        if layout.get(key):
            out.append((f"layout.{key}", str(layout[key]), paths["layout"], key_line(layout, key)))
    target = roles.get("target") or {}
    items = target.get("patterns") or []
    out += [("roles.target.patterns", str(p), paths["roles"], item_line(items, i) or key_line(target, "patterns"))
            for i, p in enumerate(items)]
    for section, key in (("target", "announce"), ("target", "section"), ("target", "section_levels"),
                         ("target", "list_items"), ("target", "list_done"), ("target", "list_part"),
                         ("target", "title"), ("target", "title_in_plan"), ("target", "title_pause"),
                         ("target", "section_unnumbered"),
                         ("target", "after_clause"), ("target", "headline_goal"),
                         ("target", "section_lead"), ("target", "resume"), ("target", "carry_on"), ("target", "review"),
                         ("target", "section_in_review_not"), ("target", "review_so_far"), ("target", "past_horizon"),
                         ("target", "month_ahead"),
                         ("target", "month_ahead_reach"), ("target", "months_ahead"), ("target", "past_span"),
                         ("target", "closing_open"),
                         ("target", "scope_bounded"), ("target", "scope_continue"), ("target", "clause_revised"),
                         ("target", "goal_before"), ("target", "goal_after"), ("target", "event_clause"),
                         ("target", "subject_number"),
                         ("change", "gap"), ("change", "gap_not_after"), ("change", "rate"), ("change", "after"),
                         ("change", "base"), ("change", "cause"), ("change", "restated"),
                         ("change", "gap_goal"),
                         ("level", "reset_patterns"), ("level", "repeat_done"), ("level", "reset_not_after"),
                         ("level", "standard"),
                         ("level", "stock_after"), ("level", "cumulative_horizon"), ("level", "cumulative_own"),
                         ("level", "cumulative_ahead"),
                         ("level", "base_value"),
                         ("level", "base_after"), ("level", "past_clause"),
                         ("level", "done_clause")):
        block = roles.get(section) or {}
        items = block.get(key) or []
        out += [(f"roles.{section}.{key}", str(p), paths["roles"], item_line(items, i) or key_line(block, key))
                for i, p in enumerate(items)]
    out += _goal_results(roles.get("level") or {}, paths["roles"])
    out.append(("periods.year", str(period.get("year", "")), paths["periods"], key_line(period, "year")))
    for key in ("month", "ahead", "ahead_total", "first_months", "past", "session_since"):  # stats/context/period.py
        if period.get(key):
            out.append((f"periods.{key}", str(period[key]), paths["periods"], key_line(period, key)))
    items = period.get("published") or []
    out += [("periods.published", str(p), paths["periods"], item_line(items, i) or key_line(period, "published"))
            for i, p in enumerate(items)]
    if isinstance(context, dict) and context.get("share_done") and context_path is not None:
        out.append(("context.share_done", str(context["share_done"]), context_path, key_line(context, "share_done")))
    if isinstance(context, dict) and context.get("list_item") and context_path is not None:
        out.append(("context.list_item", str(context["list_item"]), context_path, key_line(context, "list_item")))
    # roles.py (Classifier.context), context/carry.py
    for key in ("leader_lead", "view_lead", "share_back_head", "part_view", "part_row", "place_item", "time_list_link"):
        if isinstance(context, dict) and context.get(key) and context_path is not None:
            out.append((f"context.{key}", str(context[key]), context_path, key_line(context, key)))
    if isinstance(context, dict) and context.get("total_lead") and context_path is not None:
        out.append(("context.total_lead", str(context["total_lead"]), context_path, key_line(context, "total_lead")))
    if isinstance(context, dict) and context.get("total_time") and context_path is not None:
        out.append(("context.total_time", str(context["total_time"]), context_path, key_line(context, "total_time")))
    if isinstance(context, dict) and context.get("done_lead") and context_path is not None:
        out.append(("context.done_lead", str(context["done_lead"]), context_path, key_line(context, "done_lead")))
    if isinstance(context, dict) and context.get("part_head") and context_path is not None:
        out.append(("context.part_head", str(context["part_head"]), context_path, key_line(context, "part_head")))
    if isinstance(context, dict) and context.get("bound_goal") and context_path is not None:
        out.append(("context.bound_goal", str(context["bound_goal"]), context_path, key_line(context, "bound_goal")))
    if isinstance(context, dict) and context.get("time_only") and context_path is not None:
        out.append(("context.time_only", str(context["time_only"]), context_path, key_line(context, "time_only")))
    if isinstance(context, dict) and context.get("item_label") and context_path is not None:
        out.append(("context.item_label", str(context["item_label"]), context_path, key_line(context, "item_label")))
    if isinstance(context, dict) and context.get("list_lead") and context_path is not None:
        out.append(("context.list_lead", str(context["list_lead"]), context_path, key_line(context, "list_lead")))
    if isinstance(context, dict) and context.get("list_row") and context_path is not None:
        out.append(("context.list_row", str(context["list_row"]), context_path, key_line(context, "list_row")))
    if isinstance(context, dict) and context.get("place_row") and context_path is not None:
        out.append(("context.place_row", str(context["place_row"]), context_path, key_line(context, "place_row")))
    return out


def _measure(entry: dict, path: Path) -> Measure:
    allowed = {"word", "unit", "measure", "scale", "not_before", "only_after", "named_before", "in_clause",
               "in_sentence", "right_after", "min_value", "max_value", "scaled", LINE}
    unknown = set(entry) - allowed
    if unknown:
        raise RuleFileError(str(path), line_of(entry), None, f"unknown key(s) {sorted(unknown)} in measure entry")
    word = str(_need(entry, "word", path, (str, int)))
    return Measure(
        word=word,
        unit=str(_need(entry, "unit", path, str)),
        measure=str(entry.get("measure", word)),
        scale=float(entry.get("scale", 1.0)),
        not_before=tuple(str(w) for w in entry.get("not_before", ())),
        only_after=tuple(str(w) for w in entry.get("only_after", ())),
        named_before=tuple((str(k), str(v)) for k, v in strip_lines(entry.get("named_before") or {}).items()),
        in_clause=tuple((str(k), "" if v is None else str(v))
                        for k, v in strip_lines(entry.get("in_clause") or {}).items()),
        in_sentence=bool(entry.get("in_sentence", False)),
        right_after=tuple(str(w) for w in entry.get("right_after", ())),
        min_value=float(entry.get("min_value", 0.0)),
        max_value=float(entry.get("max_value", 0.0)),
        scaled=bool(entry.get("scaled", False)),
    )


def _rate_refusals(measures: dict[str, Measure], per_signs: tuple[str, ...],
                   rate_joiners: tuple[str, ...]) -> dict[str, Measure]:
    """Each measure word refusing, besides its own, what a longer word it opens refuses as a rate's start.

    A longer word refuses a per sign after it (人次 before /小时, 千瓦时 before /人): a rate no measure word names.
    The shorter word it opens would then read the number with the rest of the longer word left over (3000人 of
    3000人次/小时, 5000千瓦 of 5000千瓦时/人: a count of people, a power), a wrong measure where none is the honest
    answer; so the shorter word refuses that rest with the per sign (or, for a rate, the joiner) after it."""
    out = dict(measures)
    by_head: dict[str, list[str]] = {}
    for w in measures:
        by_head.setdefault(w[:1], []).append(w)
    for word, m in measures.items():
        extra = []
        for longer in by_head.get(word[:1], ()):
            lm = measures[longer]
            if len(longer) > len(word) and longer.startswith(word):
                signs = per_signs + (rate_joiners if any(s in longer for s in per_signs) else ())
                extra += [rest for s in signs if s in lm.not_before
                          if not (rest := longer[len(word):] + s).startswith(m.not_before)]  # 元 refuses / already
        if extra:
            out[word] = replace(m, not_before=m.not_before + tuple(dict.fromkeys(extra)))
    return out


def _units_of(catalog: dict[str, dict[str, str]], kind: str) -> frozenset[str]:
    """The units of units.yaml whose `kind` is kind."""
    return frozenset(u for u, v in catalog.items() if v.get("kind") == kind)


def load_lexicon(lexicon_dir: Path) -> Lexicon:
    """Read every lexicon file; any missing key or bad pattern names its file and line."""
    p_num, p_units = lexicon_dir / "numerals.yaml", lexicon_dir / "units.yaml"
    p_qual, p_roles = lexicon_dir / "qualifiers.yaml", lexicon_dir / "roles.yaml"
    p_layout, p_period = lexicon_dir / "layout.yaml", lexicon_dir / "periods.yaml"
    p_context = lexicon_dir / "context.yaml"  # optional: what carries over between clauses
    p_places = lexicon_dir / "places.yaml"  # optional: without it no figure names a place
    p_tables = lexicon_dir / "tables.yaml"  # optional: without it no table row read as a line gives a figure
    optional = [p for p in (p_places, p_context, p_tables) if p.exists()]
    paths = [p_num, p_units, p_qual, p_roles, p_layout, p_period] + optional
    loaded, problems = [], []
    for path in paths:
        try:
            loaded.append(load_yaml(path))
        except RuleFileError as exc:  # read every file first: one run reports every syntax error
            problems.append(exc)
    if problems:
        raise RuleErrors(problems)
    for path, data in zip(paths, loaded, strict=True):
        problems += schema_errors(path.name, data, str(path))
    if problems:  # every file checked against its schema first: one run reports every misspelt key
        raise RuleErrors(problems)
    num, units, qual, roles, layout, period = loaded[:6]
    extra = dict(zip(optional, loaded[6:], strict=True))
    places, context = extra.get(p_places) or {}, extra.get(p_context)
    tables = extra.get(p_tables) or {}
    sources = _pattern_sources(layout, roles, period, {"layout": p_layout, "roles": p_roles, "periods": p_period},
                               context, p_context)
    patterns = []
    if units.get("year_name"):
        sources.append(("units.year_name", str(units["year_name"]), p_units, key_line(units, "year_name")))
    for what, source, path, line in sources:
        compiled, problem = pattern_problem(source, regex.MULTILINE)
        if compiled is None:
            problems.append(RuleFileError(str(path), line, None, f"{what}: {problem}"))
        else:
            patterns.append(LexPattern(what, compiled, str(path), line))
    if problems:  # every bad pattern of every file, at its own line
        raise RuleErrors(problems)

    catalog = strip_lines(_need(units, "units", p_units, dict))
    for uid, entry in catalog.items():  # a point is a gap between two rates of a unit the catalogue holds
        of = entry.get("points_of")
        if (of is not None and of not in catalog) or (entry.get("kind") == "point") != (of is not None):
            problem = f"unknown unit '{of}'" if of is not None and of not in catalog else \
                "a point (kind: point) names the rate it is a gap between (points_of), no other unit does"
            raise RuleFileError(str(p_units), key_line(units["units"], uid), None, f"units.{uid}.points_of: {problem}")
    measures = {}
    per_signs = tuple(str(w) for w in units.get("per_signs", []))
    rate_joiners = tuple(str(w) for w in units.get("rate_joiners", []))
    for entry in _need(units, "measures", p_units, list):
        m = _measure(entry, p_units)
        # 3个/平方米: a measure word that opens a rate no measure word names measures nothing there
        m = replace(m, not_before=m.not_before + per_signs)
        if any(sign in m.word for sign in per_signs):
            # 50元/平方米·月: a rate whose base goes on past the word is a longer rate no measure word names; the
            # shorter one would report the wrong base, so it measures nothing there (as a unit before a per sign)
            m = replace(m, not_before=m.not_before + rate_joiners)
        if m.unit not in catalog:
            raise RuleFileError(str(p_units), line_of(entry), None, f"measure '{m.word}': unknown unit '{m.unit}'")
        if m.word in measures:
            raise RuleFileError(str(p_units), line_of(entry), None, f"measure '{m.word}' defined twice")
        measures[m.word] = m
    measures = _rate_refusals(measures, per_signs, rate_joiners)
    before = {}
    for entry in units.get("measure_before", []):
        m = _measure(entry, p_units)
        before[m.word] = m
    # the longest word first, as the finder takes the first that ends right before the number (a rate's base that
    # ends in a shorter word of its own, as one per 100,000 people ends in the word for population, is the rate)
    before = dict(sorted(before.items(), key=lambda kv: -len(kv[0])))
    currency = units.get("currency_yuan") or {}
    unknown = [w for w in (*currency.get("yuan", []), *currency.get("names", [])) if str(w) not in measures]
    unknown += [w for w in currency.get("signs", []) if str(w) not in before]
    if unknown:
        raise RuleFileError(str(p_units), line_of(currency), None, f"currency_yuan: not measure words (or signs) {unknown}")
    slashed = units.get("slash_lists") or {}
    stray = [w for pair in slashed.get("pairs", []) for w in pair if str(w) not in measures]
    if stray or (slashed.get("pairs") and len(str(slashed.get("mark") or "")) != 1):
        raise RuleFileError(str(p_units), line_of(slashed), None,
                            f"slash_lists: not measure words {stray}, or a mark of more than one character")

    mags = [
        Magnitude(str(_need(m, "word", p_num, str)), float(_need(m, "value", p_num, (int, float))),
                  tuple(m.get("not_before", ())))
        for m in _need(num, "magnitudes", p_num, list)
    ]
    prefixes = num.get("percent_prefix", {})
    if isinstance(prefixes, list):  # the old form: every prefix a percent
        prefixes = {w: "%" for w in prefixes}
    percent_prefix = {}
    for word, meas in strip_lines(prefixes).items():
        if str(meas) not in measures:
            raise RuleFileError(str(p_num), line_of(num), None,
                                f"percent_prefix '{word}': unknown measure word '{meas}' (units.yaml measures)")
        percent_prefix[str(word)] = measures[str(meas)]
    half = strip_lines(num.get("half") or {})
    if not isinstance(half, dict):
        raise RuleFileError(str(p_num), line_of(num), None, "'half' must be a map with word, value, units, not_before")
    unknown_units = [u for u in half.get("units", []) if u not in catalog]
    if unknown_units:
        raise RuleFileError(str(p_num), line_of(num), None, f"half.units: unknown unit(s) {unknown_units}")
    unknown_words = [w for w in half.get("words", []) if str(w) not in measures]
    if unknown_words:
        raise RuleFileError(str(p_num), line_of(num), None, f"half.words: not measure words {unknown_words}")
    from_to = strip_lines(num.get("from_to") or {})
    sentences = []
    for cls, items in (num.get("sentences") or {}).items():
        if cls == LINE:
            continue
        for item in items:
            if not isinstance(item, dict) or "text" not in item or not isinstance(item.get("expect", []), list):
                raise RuleFileError(str(p_num), line_of(item), None,
                                    f"sentences.{cls}: each item needs text and an expect list")
            sentences.append((str(cls), str(item["text"]), strip_lines(item.get("expect", [])), line_of(item)))
    examples = {float(k): [str(s) for s in v] for k, v in strip_lines(num.get("examples", {})).items()}
    target = _need(roles, "target", p_roles, dict)
    change = _need(roles, "change", p_roles, dict)
    starts = [p.pattern for p in patterns if p.what == "layout.article_start"]
    return Lexicon(
        year_name=next((p.pattern for p in patterns if p.what == "units.year_name"), None),
        digits=strip_lines(_need(num, "digits", p_num, dict)),
        units=strip_lines(_need(num, "units", p_num, dict)),
        sections=strip_lines(_need(num, "sections", p_num, dict)),
        tens=strip_lines(num.get("tens") or {}),
        approx_digit=str(num.get("approx_digit") or ""),
        word_digits=frozenset(str(w) for w in num.get("word_digits", [])),
        counters=[str(w) for w in num.get("counters", [])],
        size_classes=[str(w) for w in num.get("size_classes", [])],
        size_class_kinds=[str(w) for w in num.get("size_class_kinds", [])],
        half=Half(str(half.get("word", "")), float(half.get("value", 0.5)),
                  tuple(str(u) for u in half.get("units", [])), tuple(str(w) for w in half.get("not_before", [])),
                  tuple(str(w) for w in half.get("spans", [])), tuple(str(w) for w in half.get("words", []))),
        mixed_tail_not_before=[str(w) for w in num.get("mixed_tail_not_before", [])],
        tenths_after=[str(w) for w in num.get("tenths_after", [])],
        tenths_before=[str(w) for w in num.get("tenths_before", [])],
        tenths_not_last=[str(w) for w in num.get("tenths_not_last", [])],
        tenths_whole_below=float(num.get("tenths_whole_below") or 0),
        place_not_last=[str(w) for w in num.get("place_not_last", [])],
        ten_not_beside=[str(w) for w in num.get("ten_not_beside", [])],
        round_and_smaller=[str(w) for w in num.get("round_and_smaller", [])],
        times_signs=[str(w) for w in num.get("times_signs", [])],
        fraction_of=str(num.get("fraction_of") or ""),
        fraction_and=str(num.get("fraction_and") or ""),
        share_denominators=[str(w) for w in (num.get("shares") or {}).get("denominators", [])],
        share_measure=str((num.get("shares") or {}).get("measure") or ""),
        share_not_before=tuple(str(w) for w in (num.get("shares") or {}).get("not_before", [])),
        per_signs=per_signs,
        slash_pairs=tuple((str(a), str(b)) for a, b in (units.get("slash_lists") or {}).get("pairs", [])),
        slash_mark=str((units.get("slash_lists") or {}).get("mark") or ""),
        share_slash_after=tuple(str(w) for w in (num.get("shares") or {}).get("slash_after", [])),
        share_slash_of=tuple(str(w) for w in (num.get("shares") or {}).get("slash_of", [])),
        money_after={str(k): str(v) for k, v in strip_lines((num.get("money_fractions") or {}).get("after", {})).items()},
        money_fractions={str(k): float(v)
                         for k, v in strip_lines((num.get("money_fractions") or {}).get("words", {})).items()},
        magnitudes=sorted(mags, key=lambda m: -len(m.word)),
        percent_prefix=percent_prefix,
        decimal_points=[str(w) for w in num.get("decimal_points", [])],
        range_separators=[str(w) for w in _need(num, "range_separators", p_num, list)],
        dashes=[str(w) for w in num.get("dashes", [])],
        range_inclusive=[str(w) for w in num.get("range_inclusive", [])],
        from_words=[str(w) for w in from_to.get("from", [])],
        to_words=[str(w) for w in from_to.get("to", [])],
        reach_words=tuple(str(w) for w in from_to.get("reach", [])),
        minus_signs=[str(w) for w in num.get("minus_signs", [])],
        plus_words=tuple(str(w) for w in num.get("plus_words", [])),
        plus_word_high=tuple(str(w) for w in num.get("plus_word_high", [])),
        sign_word_own_end=tuple(str(w) for w in num.get("sign_word_own_end", [])),
        sign_word_band=tuple(str(w) for w in num.get("sign_word_band", [])),
        sign_word_compare=tuple(str(w) for w in num.get("sign_word_compare", [])),
        minus_word_not_after=tuple(str(w) for w in num.get("minus_word_not_after", [])),
        minus_word_still_after=tuple(str(w) for w in num.get("minus_word_still_after", [])),
        minus_brackets=tuple(str(w) for w in num.get("minus_brackets", [])),
        minus_rate_only=(tuple(str(w) for w in (num.get("minus_rate_only") or {}).get("marks", [])),
                         frozenset(str(w) for w in (num.get("minus_rate_only") or {}).get("units", []))),
        minus_money_after=tuple(str(w) for w in (num.get("minus_rate_only") or {}).get("money_after", [])),
        spoken_money_only=tuple(str(w) for w in (num.get("spoken_money") or {}).get("only", [])),
        spoken_money_only_not_alone_before=tuple(
            str(w) for w in (num.get("spoken_money") or {}).get("only_not_alone_before", [])),
        zero_words=tuple(str(w) for w in num.get("zero_words", [])),
        lone_step_verbs=tuple(str(w) for w in (num.get("lone_steps") or {}).get("verbs", [])),
        lone_step_levels=tuple(str(w) for w in (num.get("lone_steps") or {}).get("levels", [])),
        numeral_words=tuple(str(w) for w in num.get("numeral_words", [])),
        restate_after=tuple(str(w) for w in num.get("restate_after", [])),
        restate_labels=tuple(str(w) for w in num.get("restate_labels", [])),
        restate_joins=tuple(str(w) for w in num.get("restate_joins", [])),
        restate_inclusion=tuple(str(w) for w in num.get("restate_inclusion", [])),
        list_links=[str(w) for w in _need(num, "list_links", p_num, list)],
        neighbour_links=[str(w) for w in (num.get("neighbours") or {}).get("links", [])],
        neighbour_not_after=[str(w) for w in (num.get("neighbours") or {}).get("not_after", [])],
        neighbour_typed_links=[str(w) for w in (num.get("neighbours") or {}).get("typed_links", [])],
        neighbour_unsure_links=[str(w) for w in (num.get("neighbours") or {}).get("unsure_links", [])],
        neighbour_unsure_labels=tuple(str(w) for w in (num.get("neighbours") or {}).get("unsure_labels", [])),
        neighbour_label_not=tuple(str(w) for w in (num.get("neighbours") or {}).get("label_not", [])),
        neighbour_cut_links=tuple(str(w) for w in (num.get("neighbours") or {}).get("cut_links", [])),
        neighbour_ordinal_before=tuple(str(w) for w in (num.get("neighbours") or {}).get("ordinal_before", [])),
        neighbour_list_end=tuple(str(w) for w in (num.get("neighbours") or {}).get("list_end", [])),
        neighbour_list_end_not=tuple(str(w) for w in (num.get("neighbours") or {}).get("list_end_not", [])),
        between_links=[str(w) for w in (num.get("between") or {}).get("links", [])],
        between_end=[str(w) for w in (num.get("between") or {}).get("end", [])],
        spoken_money={str(k): str(v) for k, v in strip_lines((num.get("spoken_money") or {}).get("words", {})).items()},
        spoken_money_cues=[str(w) for w in (num.get("spoken_money") or {}).get("cues", [])],
        restate_brackets=tuple(str(w) for w in num.get("restate_brackets", []) if len(str(w)) == 2),
        spoken_money_per=tuple(str(w) for w in (num.get("spoken_money") or {}).get("per", [])),
        spoken_money_per_units=tuple(str(w) for w in (num.get("spoken_money") or {}).get("per_units", [])),
        group_marks=[str(w) for w in num.get("group_marks", [])],
        letter_words=[str(w) for w in num.get("letter_words", [])],
        bare_codes=[str(w) for w in num.get("bare_codes", [])],
        loose_pairs=[str(w) for w in num.get("loose_pairs", [])],
        numeral_examples=examples,
        numeral_sentences=sentences,
        unit_catalog=catalog,
        durations=_units_of(catalog, "duration"),
        rate_units=_units_of(catalog, "rate"),
        point_units={u: str(v.get("points_of", "")) for u, v in catalog.items() if v.get("kind") == "point"},
        multiple_units=_units_of(catalog, "multiple"),
        rated_units=_units_of(catalog, "rate") | _units_of(catalog, "point") | _units_of(catalog, "multiple"),
        measures=measures,
        measure_before=before,
        currency_yuan=[str(w) for w in currency.get("yuan", [])],
        currency_links=[str(w) for w in currency.get("links", [])],
        # a name is a measure word (港币) or a sign written only before the amount (HK$ of HK$3亿元: measure_before)
        currency_names={str(w): measures[str(w)] if str(w) in measures else before[str(w)]
                        for w in sorted([*currency.get("names", []), *currency.get("signs", [])], key=len, reverse=True)},
        people_nouns=[str(w) for w in units.get("people_nouns", [])],
        people_measure=_measure(_need(units, "people_measure", p_units, dict), p_units),
        measure_before_links=[str(w) for w in units.get("measure_before_links", [])],
        measure_before_adverbs=tuple(str(w) for w in units.get("measure_before_adverbs", [])),
        measure_before_not_before=[str(w) for w in units.get("measure_before_not_before", [])],
        people_gap=int(units.get("people_gap", 4)),
        qual_prefix=_words_by_qualifier(_need(qual, "prefix", p_qual, dict), p_qual),
        qual_prefix_not_after={str(k): tuple(str(w) for w in v)
                               for k, v in strip_lines(qual.get("prefix_not_after", {})).items()},
        qual_prefix_still_after={str(k): tuple(str(w) for w in v)
                                 for k, v in strip_lines(qual.get("prefix_still_after", {})).items()},
        qual_prefix_head_off={str(k): tuple(str(w) for w in v)
                              for k, v in strip_lines(qual.get("prefix_head_off", {})).items()},
        qual_prefix_round={str(k): str(v) for k, v in strip_lines(qual.get("prefix_round_only", {})).items()},
        qual_prefix_compared=(tuple(str(w) for w in (qual.get("prefix_compared") or {}).get("words", [])),
                              tuple(str(w) for w in (qual.get("prefix_compared") or {}).get("after", []))),
        qual_infix=_words_by_qualifier(qual.get("infix", {}), p_qual),
        qual_infix_after_place=[str(w) for w in qual.get("infix_after_place", [])],
        qual_infix_after_lone_place=[str(w) for w in qual.get("infix_after_lone_place", [])],
        bound_links=[str(w) for w in qual.get("bound_links", [])],
        qual_suffix=_words_by_qualifier(_need(qual, "suffix", p_qual, dict), p_qual),
        qual_suffix_marks=tuple(str(w) for w in qual.get("suffix_marks", [])),
        qual_suffix_not_before={str(k): tuple(str(w) for w in v)
                                for k, v in strip_lines(qual.get("suffix_not_before") or {}).items()},
        qual_suffix_at_end=tuple(str(w) for w in (qual.get("suffix_at_end") or {}).get("words", []))
        + tuple(str(w) for w in (qual.get("suffix_at_end") or {}).get("any_measure", []))
        + tuple(str(w) for w in (qual.get("suffix_at_end") or {}).get("money_or_share", [])),
        qual_suffix_at_end_any=tuple(str(w) for w in (qual.get("suffix_at_end") or {}).get("any_measure", [])),
        qual_suffix_at_end_money=tuple(str(w) for w in (qual.get("suffix_at_end") or {}).get("money_or_share", [])),
        qual_suffix_at_end_measures=tuple(str(w) for w in (qual.get("suffix_at_end") or {}).get("measures", [])),
        qual_suffix_open=tuple(str(w) for w in qual.get("suffix_open", [])),
        qual_suffix_size=_suffix_size(qual.get("suffix_size") or {}),
        qual_suffix_through=tuple(str(w) for w in (qual.get("suffix_through") or {}).get("words", [])),
        qual_suffix_through_bounds=tuple(str(w) for w in (qual.get("suffix_through") or {}).get("bounds", [])),
        qual_shared_after=tuple(str(w) for w in qual.get("shared_after", []) or []),
        qual_shared_between=str(qual.get("shared_between", "") or ""),
        qual_governing=_words_by_qualifier(qual.get("governing", {}), p_qual),
        qual_governing_share=_words_by_qualifier(qual.get("governing_share", {}), p_qual),
        qual_governing_share_leads=tuple(str(w) for w in qual.get("governing_share_leads", []) or []),
        qual_governing_share_of=str(qual.get("governing_share_of", "") or ""),
        target_before=list(_need(target, "before", p_roles, list)),
        target_after=list(target.get("after", [])),
        target_after_compared=[str(w) for w in target.get("after_compared", []) or []],
        target_not=list(target.get("not", [])),
        target_patterns=[p.pattern for p in patterns if p.what == "roles.target.patterns"],
        target_cancel=_cancels(target.get("cancel"), p_roles),
        target_list="".join(str(c) for c in target.get("list", [])),
        target_list_end=[str(w) for w in target.get("list_end", [])],
        target_list_end_ahead_not=[str(w) for w in target.get("list_end_ahead_not", [])],
        change_verbs=list(_need(change, "verbs", p_roles, list)),
        change_links=list(change.get("links", [])),
        change_not=[str(w) for w in change.get("not", [])],
        change_bare=[str(w) for w in change.get("bare", [])],
        change_gap_to_goal=tuple(str(w) for w in change.get("gap_to_goal", [])),
        level_reset=list(_need(roles, "level", p_roles, dict).get("reset", [])),
        level_reset_not=[str(w) for w in (roles["level"].get("not") or [])],
        level_cumulative=[str(w) for w in (roles["level"].get("cumulative") or [])],
        level_done_cues=tuple(str(w) for w in (roles["level"].get("done_cues") or [])),
        level_reset_patterns=[p.pattern for p in patterns if p.what == "roles.level.reset_patterns"],
        level_repeat_done=[p.pattern for p in patterns if p.what == "roles.level.repeat_done"],
        level_standard=[p.pattern for p in patterns if p.what == "roles.level.standard"],
        level_stock_after=[p.pattern for p in patterns if p.what == "roles.level.stock_after"],
        level_base_value=[p.pattern for p in patterns if p.what == "roles.level.base_value"],
        level_base_after=[p.pattern for p in patterns if p.what == "roles.level.base_after"],
        level_past_clause=[p.pattern for p in patterns if p.what == "roles.level.past_clause"],
        level_done_clause=[p.pattern for p in patterns if p.what == "roles.level.done_clause"],
        level_reset_not_after=[p.pattern for p in patterns if p.what == "roles.level.reset_not_after"],
        level_cumulative_horizon=[p.pattern for p in patterns if p.what == "roles.level.cumulative_horizon"],
        level_cumulative_ahead=[p.pattern for p in patterns if p.what == "roles.level.cumulative_ahead"],
        level_cumulative_own=[p.pattern for p in patterns if p.what == "roles.level.cumulative_own"],
        article_start=starts,
        article_end=[p.pattern for p in patterns if p.what == "layout.article_end"],
        byline=next(p.pattern for p in patterns if p.what == "layout.byline"),
        headline_max=int(layout.get("headline_max", 40)),
        not_headline=[p.pattern for p in patterns if p.what == "layout.not_headline"],
        running_head=[p.pattern for p in patterns if p.what == "layout.running_head"],
        jump_in=[p.pattern for p in patterns if p.what == "layout.jump_in"],
        page_note=[p.pattern for p in patterns if p.what == "layout.page_note"],
        photo_caption=[p.pattern for p in patterns if p.what == "layout.photo_caption"],
        page_foot=[p.pattern for p in patterns if p.what == "layout.page_foot"],
        footnote=[p.pattern for p in patterns if p.what == "layout.footnote"],
        footnote_unruled=[p.pattern for p in patterns if p.what == "layout.footnote_unruled"],
        footnote_rule=next((p.pattern for p in patterns if p.what == "layout.footnote_rule"), None),
        web_page=[p.pattern for p in patterns if p.what == "layout.web_page"],
        web_chrome=[p.pattern for p in patterns if p.what == "layout.web_chrome"],
        heading=[p.pattern for p in patterns if p.what == "layout.heading"],
        sentence_end=str(_need(layout, "sentence_end", p_layout, str)),
        clause_end=str(_need(layout, "clause_end", p_layout, str)),
        year=next(p.pattern for p in patterns if p.what == "periods.year"),
        comparison_base=[str(w) for w in period.get("comparison_base", [])],
        closing=str(layout.get("closing", "")),
        line_complete=str(layout.get("line_complete", "")),
        unit_whole=str(layout.get("unit_whole", "")),
        lead_after_figure=str(layout.get("lead_after_figure", "")),
        dateline_glued=str(layout.get("dateline_glued", "")),
        ocr_one=str(layout.get("ocr_one", "")),
        ocr_reads=tuple(str(w) for w in layout.get("ocr_reads", ())),
        misreads=tuple(str(w) for w in layout.get("misreads", ())),
        unit_open=tuple(str(w) for w in layout.get("unit_open", ())),
        number_after="".join(sorted({w[:1] for w in (*measures, *(m.word for m in mags), *strip_lines(num["units"]))}
                                    | set(str(layout.get("number_after", ""))))),
        number_words=frozenset({*measures, *(m.word for m in mags), *strip_lines(num["units"]),
                                *str(layout.get("number_after", ""))}),
        word_cuts=tuple(tuple(str(w).split("|", 1)) for w in layout.get("word_cuts", ()) if "|" in str(w)),
        number_lead=tuple(str(w) for w in layout.get("number_lead", ())),
        brief_dateline=next((p.pattern for p in patterns if p.what == "layout.brief_dateline"), None),
        box_entry=next((p.pattern for p in patterns if p.what == "layout.box_entry"), None),
        box_title=next((p.pattern for p in patterns if p.what == "layout.box_title"), None),
        block_dateline=next((p.pattern for p in patterns if p.what == "layout.block_dateline"), None),
        cue_window_after=int(layout.get("cue_window_after", 8)),
        change_window=int(change.get("window", 8)),
        base_window=int(period.get("base_window", 8)),
        files=[p_num, p_units, p_qual, p_roles, p_layout, p_period] + optional,
        periods=strip_lines(period) or {},
        places=strip_lines(places) or {},
        tables=strip_lines(tables) or {},
        patterns=patterns,
        carry=_carry_words(context, patterns),
        change_gap=[p.pattern for p in patterns if p.what == "roles.change.gap"],
        change_after=[p.pattern for p in patterns if p.what == "roles.change.after"],
        change_rate=[p.pattern for p in patterns if p.what == "roles.change.rate"],
        change_gap_not_after=[p.pattern for p in patterns if p.what == "roles.change.gap_not_after"],
        target_goal_before=[p.pattern for p in patterns if p.what == "roles.target.goal_before"],
        target_goal_after=[p.pattern for p in patterns if p.what == "roles.target.goal_after"],
        change_base=[p.pattern for p in patterns if p.what == "roles.change.base"],
        change_cause=[p.pattern for p in patterns if p.what == "roles.change.cause"],
        change_restated=[p.pattern for p in patterns if p.what == "roles.change.restated"],
        change_gap_goal=[p.pattern for p in patterns if p.what == "roles.change.gap_goal"],
        change_gap_goal_share=float(change.get("gap_goal_share", 0.5)),
        target_clause_only=[str(w) for w in target.get("clause_only", [])],
        target_clause_parts=[str(w) for w in target.get("clause_parts", [])],
        target_subject_bound=[str(w) for w in target.get("subject_bound", [])],
        target_subject_free=[str(w) for w in target.get("subject_free", [])],
        target_head_leads=[str(w) for w in target.get("head_leads", [])],
        target_event_not=[str(w) for w in target.get("event_not", [])],
        target_event_clause=[p.pattern for p in patterns if p.what == "roles.target.event_clause"],
        target_subject_number=[p.pattern for p in patterns if p.what == "roles.target.subject_number"],
        target_subject_verbs=[str(w) for w in target.get("subject_verbs", [])],
        target_subject_held=[str(w) for w in target.get("subject_held", [])],
        target_announce=[p.pattern for p in patterns if p.what == "roles.target.announce"],
        target_scope_end="".join(str(c) for c in target.get("scope_end", [])),
        target_section=[p.pattern for p in patterns if p.what == "roles.target.section"],
        target_scope_bounded=[p.pattern for p in patterns if p.what == "roles.target.scope_bounded"],
        target_scope_continue=[p.pattern for p in patterns if p.what == "roles.target.scope_continue"],
        target_clause_revised=[p.pattern for p in patterns if p.what == "roles.target.clause_revised"],
        target_section_levels=[p.pattern for p in patterns if p.what == "roles.target.section_levels"],
        target_list_items=[p.pattern for p in patterns if p.what == "roles.target.list_items"],
        target_list_done=[p.pattern for p in patterns if p.what == "roles.target.list_done"],
        target_list_part=[p.pattern for p in patterns if p.what == "roles.target.list_part"],
        target_title=[p.pattern for p in patterns if p.what == "roles.target.title"],
        target_title_in_plan=[p.pattern for p in patterns if p.what == "roles.target.title_in_plan"],
        target_title_pause=[p.pattern for p in patterns if p.what == "roles.target.title_pause"],
        target_title_months=int(target.get("title_months", 0) or 0),
        target_section_unnumbered=[p.pattern for p in patterns if p.what == "roles.target.section_unnumbered"],
        target_after_clause=[p.pattern for p in patterns if p.what == "roles.target.after_clause"],
        target_headline_goal=[p.pattern for p in patterns if p.what == "roles.target.headline_goal"],
        target_section_lead=[p.pattern for p in patterns if p.what == "roles.target.section_lead"],
        target_resume=[p.pattern for p in patterns if p.what == "roles.target.resume"],
        target_carry_on=[p.pattern for p in patterns if p.what == "roles.target.carry_on"],
        target_review=[p.pattern for p in patterns if p.what == "roles.target.review"],
        target_section_in_review_not=[p.pattern for p in patterns if p.what == "roles.target.section_in_review_not"],
        target_review_so_far=[p.pattern for p in patterns if p.what == "roles.target.review_so_far"],
        target_past_horizon=[p.pattern for p in patterns if p.what == "roles.target.past_horizon"],
        target_month_ahead=[p.pattern for p in patterns if p.what == "roles.target.month_ahead"],
        target_month_ahead_reach=[p.pattern for p in patterns if p.what == "roles.target.month_ahead_reach"],
        target_months_ahead=[p.pattern for p in patterns if p.what == "roles.target.months_ahead"],
        target_past_span=[p.pattern for p in patterns if p.what == "roles.target.past_span"],
        target_closing_open=[p.pattern for p in patterns if p.what == "roles.target.closing_open"],
        target_closing_open_months=int(target.get("closing_open_months", 0) or 0),
        target_closing_months=int(target.get("closing_months", 0) or 0),
        target_closing_not=tuple(str(w) for w in target.get("closing_not", [])),
    )
