"""The cheap checks in front of the grammar and the rules never drop what the full check keeps."""

from __future__ import annotations

import functools
import re
from pathlib import Path

import pytest

from stats.find.quantities import QuantityFinder
from stats.metrics.match import _cue_distance
from stats.read.manifest import DocMeta
from stats.rules.rulefile import load_rules
from stats.run.pipeline import Extractor
from stats.run.runner import collect
from tests.pagetext import WHOLE, shipped_paths

ROOT = Path(__file__).resolve().parent.parent


def _texts() -> list[str]:
    """Every rule example's text and every sentence of the shipped corpus (extracted once per process)."""
    return list(_texts_once())


@functools.cache
def _texts_once() -> tuple[str, ...]:
    rules = load_rules()
    texts = [e.text for r in [*rules.metrics, *rules.exclusions] for e in (*r.examples, *r.negatives, *r.todo)]
    texts += collect([ROOT / "data" / "corpus"]).sentences.column("text").to_pylist()
    return tuple(texts)


def test_a_sentence_the_grammar_finds_a_number_in_passes_the_cheap_scan() -> None:
    finder = QuantityFinder(load_rules().lexicon)
    texts = _texts()
    skipped = [t for t in texts if not finder.may_hold(t)]
    assert skipped, "the scan skips sentences without numbers"
    assert [t for t in skipped if finder.pattern.search(t)] == []


def _slow_cue_distance(words: tuple[str, ...], before: str, after: str, window: int) -> tuple[int, str] | None:
    """The word-by-word definition the pre-checked version must agree with."""
    best = None
    for w in words:
        pos = before.rfind(w)
        if pos >= 0 and (best is None or len(before) - (pos + len(w)) < best[0]):
            best = (len(before) - (pos + len(w)), w)
        pos = after.find(w)
        if 0 <= pos < window and (best is None or pos + 1 < best[0]):
            best = (pos + 1, w)
    return best


def test_cue_distance_with_its_pre_check_agrees_with_the_word_by_word_search() -> None:
    ex = Extractor(load_rules())
    words = [(w, r.cue_window_after) for r in ex.rules.metrics for w in (r.cues, r.requires) if w]
    for text in _texts()[:400]:
        for cut in range(0, len(text), 7):
            for w, window in words:
                before, after = text[:cut], text[cut:]
                assert _cue_distance(w, before, after, window) == _slow_cue_distance(w, before, after, window)


def test_a_bare_number_parsed_only_when_kept_gives_what_parsing_every_match_gives() -> None:
    lazy = QuantityFinder(load_rules().lexicon)
    eager = QuantityFinder(load_rules().lexicon)
    eager._lazy = False  # every match parsed as it comes, as before the fast path
    assert lazy._lazy, "the shipped link words hold no numeral, so bare numbers are parsed late"
    texts = _texts() + ["分别提高2.1个、0.7个百分点", "从3到5万元", "接待游客人次1.3亿", "统一部署，一是加强"]
    found = 0
    for text in texts:
        got = lazy.find(text)
        assert got == eager.find(text), text
        found += len(got)
    assert found > 100


def _slow_measure_before(finder: QuantityFinder, num_start: int, text: str) -> object:
    """The definition: the text before the number ends with a measure word and a link, and no
    numeral stands right before the word (3英镑50便士: 英镑 measures the 3)."""
    before = text[:num_start]
    for link in (*finder.lex.measure_before_links, ""):
        for word, m in finder.lex.measure_before.items():
            if before.endswith(word + link):
                head = len(before) - len(word + link)
                return None if head > 0 and finder._candidate.match(text, head - 1) else m
    return None


def test_the_measure_word_before_a_number_is_found_with_or_without_the_character_pre_check() -> None:
    finder = QuantityFinder(load_rules().lexicon)
    hits = 0
    for text in [*_texts()[:600], "接待游客人次1.3亿", "旅游收入为52亿元"]:
        for i in range(len(text)):
            got = finder._measure_before(i, text)
            assert got == _slow_measure_before(finder, i, text), (text, i)
            hits += got is not None
    assert hits


def test_a_number_that_opens_its_sentence_takes_no_measure_word_from_the_sentence_end() -> None:
    """A measure word is looked for before the number only: at the sentence's start there is
    none, whatever the sentence ends with (a negative offset once wrapped round to the end)."""
    finder = QuantityFinder(load_rules().lexicon)
    word = next(iter(finder.lex.measure_before))
    assert finder._measure_before(len(word), word + "1.3") is not None
    for text in (f"1.3{word}", f"1.3，{word}", f"5{word}"):
        assert finder._measure_before(0, text) is None, text


def test_trimming_the_ends_of_a_subject_agrees_with_the_pattern_it_replaces() -> None:
    from stats.context.carry import _EDGE, _edge

    samples = ["", "，", "。\n", " 床位 ", "（一）就业", "就业：\n", "a,b\n", "——新增：", "，，就业，，"]
    for text in _texts()[:300]:
        samples += [text[i:i + 9] for i in range(0, len(text), 5)]
    for s in samples:
        assert _edge(s) == _EDGE.sub("", s), s


def test_bulk_rule_choice_names_every_figure_as_the_full_judgement_does() -> None:
    rules = load_rules()
    full, bulk = Extractor(rules), Extractor(rules, all_verdicts=False)
    named = 0
    for text in _texts():
        a = [(c.q, c.excluded_by, c.rule_id, c.role, c.subject) for c in full.candidates(text)]
        assert a == [(c.q, c.excluded_by, c.rule_id, c.role, c.subject) for c in bulk.candidates(text)], text
        named += sum(1 for x in a if x[2])
    assert named > 100


def test_the_grammar_tried_only_where_a_match_can_begin_finds_what_a_search_finds() -> None:
    """`_matches` tries the grammar at the characters a match can begin with; a plain search
    tries it everywhere. On every rule example and shipped sentence, and on each of them with
    a qualifier, a minus or a percent prefix of the lexicon put in front of a number, the two
    must give the same matches."""
    finder = QuantityFinder(load_rules().lexicon)
    finder._hidden_digits = frozenset()  # numeral words (进一步) passed over: the next test's
    finder._lone_digits = frozenset()  # digits alone between quiet characters passed over: a test below
    finder._dated = None  # the digits of a date passed over: a test below
    lex = finder.lex
    texts = _texts()
    lead_words = [*lex.qual_prefix, *lex.minus_signs, *lex.percent_prefix]
    texts += [f"{w}{n}" for w in lead_words for n in ("3", "5.2万", "十二")]
    # the words before a number in a row (a qualifier, a sign, a percent prefix), as the start check spells them
    texts += [f"增长{q}{m}{p}{n}" for q in ("", *lex.qual_prefix) for m in ("", *lex.minus_signs)
              for p in ("", *lex.percent_prefix) for n in ("5", "五")]

    def searched(text: str) -> list[tuple[int, int]]:
        out, pos = [], 0
        while (mt := finder.pattern.search(text, pos)) is not None:
            out.append(mt.span())
            pos = max(mt.end(), mt.start() + 1)
        return out

    found = 0
    for text in texts:
        want = searched(text)
        got = [mt.span() for mt in finder._matches(text)]
        # a from-to pair may be cut to its first end by `single`: compare where matches begin
        assert [a for a, _ in got] == [a for a, _ in want], text
        found += len(got)
    assert found > 1000


def test_answers_kept_by_the_words_they_depend_on_are_the_answers_worked_out_afresh() -> None:
    """The rule picked for a clause, the trimmed subject, the gap and the change verb are kept by
    their words (the same clause heads recur figure after figure): a text read with every answer
    kept from all the texts before it decides as one read with nothing kept."""
    from stats.context.carry import _subject_patterns

    rules = load_rules()
    ex = Extractor(rules, all_verdicts=False)
    kept = (ex._choose.__self__._picked, ex.classifier._gaps, ex.classifier._verbs, ex.classifier._bare_heads,
            _subject_patterns(rules.lexicon)[4])

    def decided(text: str) -> list[tuple]:
        return [(c.q, c.excluded_by, c.rule_id, c.role, c.role_cue, c.changed, c.subject, c.subject_why)
                for c in ex.candidates(text)]

    texts = _texts()
    for text in texts:
        decided(text)
    assert all(kept), "every cache holds answers after one pass"
    for text in texts:
        warm = decided(text)
        for cache in kept:
            cache.clear()
        assert decided(text) == warm, text


def _gold_lines(words: tuple[str, ...]) -> list[str]:
    """Every line of every gold text (data/gold/*/texts) that holds a numeral word."""
    has = re.compile("|".join(map(re.escape, words)))
    lines = []
    for path in sorted((ROOT / "data" / "gold").glob("*/texts/*.txt")):
        raw = path.read_bytes()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("gb18030", "replace")  # a page of the damaged sets saved in GBK
        lines += [line for line in text.splitlines() if has.search(line)]
    return lines


def test_a_numeral_word_passed_over_hides_no_figure_the_grammar_finds() -> None:
    """`_matches` passes over the digit of a numeral word (进一步, 统一: lexicon numeral_words) without trying
    the grammar there. On every rule example and gold text line that holds one, and on each word between the
    words a figure is made of (a measure, a magnitude, a link, a sign), the finder must find what it finds
    trying the grammar at every digit."""
    finder = QuantityFinder(load_rules().lexicon)
    finder._lone_digits = frozenset()  # a digit alone between quiet characters: the next test's
    words, hiding = finder.numeral_words, finder._hidden_digits
    assert words == finder.lex.numeral_words, "a listed numeral word is never used (see _hidden_words)"
    rules = load_rules()
    has = re.compile("|".join(map(re.escape, words)))
    texts = [e.text for r in [*rules.metrics, *rules.exclusions] for e in (*r.examples, *r.negatives, *r.todo)
             if has.search(e.text)] + _gold_lines(words)
    pres = ("", "3个、", "5万元", "百分之五、", "约", "传", "人次")
    posts = ("", "万元", "个", "、6万人", "到5万元", "余人", "以上")
    texts += [f"全市{p}{w}{q}。" for w in words for p in pres for q in posts]
    hidden = found = 0
    for text in texts:
        finder._hidden_digits = hiding
        got, fast = finder.find(text), len(list(finder._matches(text)))
        finder._hidden_digits = frozenset()
        assert got == finder.find(text), text
        found += len(got)
        hidden += len(list(finder._matches(text))) - fast
    assert found > 1000 and hidden > 500
    finder._hidden_digits = hiding
    # 一批 (批 is a measure word), 一万: no numeral word; 统一 of 传统一万元 stays a place the grammar is tried
    assert finder._hidden_end("进一步加强", 1) == 3 and finder._hidden_end("传统一万元", 2) == 0
    assert [q.quote for q in finder.find("传统一万元，统一批次")] == ["一万元", "一批次"]  # as the grammar reads them


def _shipped_lines(every: bool) -> list[str]:
    """Every line of every shipped page: data/corpus and the gold texts (data/gold/*/texts; of a sample of the gold sets
    unless every: tests.pagetext.shipped_paths)."""
    lines = []
    for path in shipped_paths(every):
        raw = path.read_bytes()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("gb18030", "replace")  # a page of the damaged sets saved in GBK
        lines += text.splitlines()
    return lines


@pytest.mark.parametrize("every", WHOLE)
def test_a_digit_alone_passed_over_hides_no_figure_the_grammar_finds(every: bool) -> None:
    """`_matches` passes over a digit that no word of the grammar's begins after or ends before, nor holds (一是,
    “两江”, 下转2版, 二是: `_lone`) without trying the grammar there. At every such digit of every rule example, shipped
    sentence and line of every shipped page, the grammar tried there reads no more than the digit, with no measure
    word, or nothing; and the finder finds on each text, and on each with the words a figure is made of put around
    such a digit (a measure word, a label's bracket, a link, a figure, a word holding a digit), what it finds
    trying the grammar at every such digit."""
    finder = QuantityFinder(load_rules().lexicon)
    lone = finder._lone_digits
    assert lone, "no shipped link word holds a digit"
    texts = [*_texts(), *_shipped_lines(every)]
    pres = ("", "3个、", "5万元", "百分之五、", "约", "人次", "（万元）", "〔万元〕", "从", "收入 ", "达", "第")
    posts = ("", "万元", "个", "、6万人", "到5万元", "余人", "以上", " 5", "，5%", "岁", "节", "”", "是")
    texts += [f"全市{p}{d}{q}。" for d in ("一", "两", "〇", "零", "3") for p in pres for q in posts]
    texts += [f"{p}“{d}节”{q}" for d in ("一", "5") for p in pres for q in posts]
    texts += [f"全市{pair}节{q}" for pair in finder._digit_pairs for q in posts]  # 零下: a word holding a digit
    passed = found = 0
    for text in texts:
        for at, ch in enumerate(text):
            if ch in lone and finder._lone(text, at):
                passed += 1
                mt = finder.pattern.match(text, at)
                assert mt is None or (mt.span() == (at, at + 1) and mt.group("meas") is None), (text, at)
        finder._lone_digits = lone
        got = finder.find(text)
        finder._lone_digits = frozenset()
        assert got == finder.find(text), text
        found += len(got)
    assert found > 1000 and passed > (2000 if every else 1000)  # (the sample of the gold sets holds fewer)
    finder._lone_digits = lone
    assert finder._lone("“两江”", 1) and finder._lone("一是", 0) and finder._lone("下转2版", 2)
    assert finder._lone("二是", 0) and not finder._lone("零下五度", 0)
    assert not finder._lone("共一节", 1) and not finder._lone("一个", 0) and not finder._lone("〕2节", 1)



def _carried(art: object) -> tuple:
    """What an article's trackers carry on to the sentences after (every field of both, the area named in passing)."""
    return vars(art.places), vars(art.periods), art._passing  # type: ignore[attr-defined]


_GOLD_SETS = sorted(p.name for p in (ROOT / "data" / "gold").iterdir() if (p / "texts").is_dir())


@pytest.mark.parametrize("name", _GOLD_SETS)
def test_sentences_without_figures_read_only_when_asked_carry_what_reading_each_at_once_carries(
        extractor: Extractor, name: str) -> None:
    """`ArticleSituation.sentence` holds a sentence with no live figure back until something asks what carries
    (`settle`), and does not read one set aside at all. Over every line of every gold text, cut into sentences
    and read as one article per text, side by side with an article that reads each sentence at once (the full
    path, `lazy` off): wherever the pipeline would ask (a sentence with a digit standing in for one with a
    figure, a numbered heading, the end), both carry the same place and period, field by field."""
    situator = extractor.situator
    cut = re.compile(r"[^。！？]+[。！？]?")
    heading = re.compile(r"^[一二三四五六七八九十]+、")
    asked = 0
    for path in sorted((ROOT / "data" / "gold" / name / "texts").glob("*.txt")):
        raw = path.read_bytes()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("gb18030", "replace")  # a page of the damaged sets saved in GBK
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        doc = situator.document(DocMeta("2025-03-15", "", "", path.name), text[:200])
        fast = situator.article(doc, "", lines[:1], lines[1:4])
        full = situator.article(doc, "", lines[:1], lines[1:4])
        full.lazy = False
        for n, line in enumerate(lines):
            for i, m in enumerate(cut.finditer(line)):
                sent = m.group()
                for art in (fast, full):
                    if i == 0 and heading.match(line):
                        art.new_section(sent)
                    art.sentence(sent, [], aside=n % 7 == 3 and i == 0, opens=lambda i=i: i == 0, first=i == 0)
                if any(ch.isdigit() for ch in sent):
                    fast.settle()
                    assert _carried(fast) == _carried(full), (path.name, sent)
                    asked += 1
        fast.settle()
        assert _carried(fast) == _carried(full), path.name
    assert asked > 0


@pytest.mark.parametrize("every", WHOLE)
def test_the_digits_of_a_date_passed_over_hide_no_figure_the_grammar_finds(every: bool) -> None:
    """`_matches` passes over Arabic digits that a date or ordinal word follows (2月10日, 10时, 3号: `_dated_end`)
    without trying the grammar there. At every such place of every rule example, shipped sentence and line of every
    shipped page, the grammar tried there reads those digits alone, with no measure word; and the finder finds on each
    text, and on each with the words a figure is made of put around a date (a measure word, a label's bracket, a
    neighbour's link, a range, people, a figure right before it), what it finds trying the grammar at every date."""
    finder = QuantityFinder(load_rules().lexicon)
    dated = finder._dated
    assert dated is not None, "the shipped date words are looked ahead at only, and no link holds a digit"
    texts = [*_texts(), *_shipped_lines(every)]
    pres = ("", "3个、", "5万元", "百分之五、", "约", "人次", "（万元）", "收入 ", "从", "达", "第", "十多", "3",
            "2.", "月薪", "5%，", "大于20且小于", "2024年", "十多", "1—", "3、", "至")
    posts = ("月", "日", "月份", "日元", "号", "时", "月10日", "月、6万人", "日到5万元", "月余人", "号以上",
             "月 5", "日，5%", "月薪5000元", "时许")
    texts += [f"全市{p}{d}{q}。" for d in ("2", "10", "2024") for p in pres for q in posts]
    passed = found = 0
    for text in texts:
        for at in range(len(text)):
            end = finder._dated_end(text, at, None) if "0" <= text[at] <= "9" else 0
            if end:
                passed += 1
                mt = finder.pattern.match(text, at)
                assert mt is not None and mt.span() == (at, end), (text, at)
                assert [k for k, v in mt.groupdict().items() if v is not None] == ["n1"], (text, at)
        got, spans = finder.find(text), [mt.span() for mt in finder._matches(text)]
        finder._dated = None
        want, all_spans = finder.find(text), [mt.span() for mt in finder._matches(text)]
        finder._dated = dated
        assert got == want, text
        assert set(spans) <= set(all_spans), text
        found += len(got)
    # (the sample reads a third of the pages set's texts, tests/pagetext.py: 1823 places there, against 2320 when
    # it read them all; the floor taken down in proportion)
    assert found > 1000 and passed > (2000 if every else 1500)
    assert finder._dated_end("2月10日", 0, None) == 1 and finder._dated_end("2月10日", 2, None) == 4
    assert not finder._dated_end("收入10日元", 2, None) and not finder._dated_end("2.5月", 2, None)
    assert not finder._dated_end("月薪3月薪", 2, None) and not finder._dated_end("1—5月", 2, None)
    # a bare number right before the date is tried with it (a number running into the next); a year is no bare one
    bare, year = finder.pattern.match("十多2月", 0), finder.pattern.match("2024年3月", 0)
    assert bare is not None and bare.end() == 2 and not finder._dated_end("十多2月", 2, bare)
    assert year is not None and year.end() == 5 and finder._dated_end("2024年3月", 5, year) == 6


def test_the_doubled_number_gate_lets_every_run_drawn_twice_through() -> None:
    """`undamaged` asks `_DOUBLED_NUMBER` (in `regex`) only of a page `_DOUBLED_NUMBER_GATE` (in `re`) finds something
    in: over every line holding a digit of every shipped and gold text, as written and drawn twice (each character
    doubled, by the line and by its halves), and over runs built with each kind of digit, point and per cent sign
    (full-width digits, and digits `regex` knows that `re` does not), no text the pattern matches is kept from it."""
    from stats.repair.layout import _DOUBLED_NUMBER, _DOUBLED_NUMBER_GATE

    lines = [line for p in sorted((ROOT / "data").rglob("*.txt"))
             for line in p.read_text(encoding="utf-8", errors="replace").split("\n") if re.search(r"\d", line)]

    def twice(s: str) -> str:
        return "".join(ch + ch for ch in s)

    texts = [*lines, *map(twice, lines), *(line[:len(line) // 2] + twice(line[len(line) // 2:]) for line in lines)]
    digits = ("8", "12", "1.5", "3%", "１２", "\U00010d41\U00010d42", "٣")
    texts += [f"{lead}{twice(a)}{twice(d)}{twice(b)}{tail}" for lead in ("", "本报讯 ", "\n")
              for a in ("新增", "增长", "全全") for d in digits for b in ("人", "个", "%") for tail in ("", "。", "\n")]
    hits = [t for t in texts if _DOUBLED_NUMBER.search(t) is not None]
    assert len(hits) > 1000
    assert [t for t in hits if _DOUBLED_NUMBER_GATE.search(t) is None] == []
    assert _DOUBLED_NUMBER_GATE.search("全市新增就业2.36万人，账目明明白白。") is None  # no run of pairs: nothing asked


@pytest.mark.parametrize("every", WHOLE)
def test_a_wrapped_label_and_a_page_head_are_told_as_a_step_per_character_tells_them(every: bool) -> None:
    """`_Repairer.wrapped_label` and `_page_head` test a line's characters in C (the marks' set, `map` of
    `str.isdigit`): over every line of every shipped page, stripped, and over its first few characters (short
    enough to be asked), they answer as the test of each character in turn they replaced."""
    from stats.repair.layout import _RUNNING_HEAD, _SPACES, _WRAP_LABEL, _Repairer

    rep = _Repairer.__new__(_Repairer)
    rep.marks = frozenset(["。", "！", "？", "；", "，", "、", "：", ";", ",", ":", "!", "?", "……"])
    lines = [line.strip(_SPACES) for line in _shipped_lines(every)]
    lines += [line[:n] for line in lines for n in (4, _WRAP_LABEL, _RUNNING_HEAD)]
    lines += ["医疗服务中心", "中心１２", "中心²", "甲，乙", "……", "合计", ""]
    labels = heads = 0
    for line in lines:
        label = len(line) <= _WRAP_LABEL and not any(ch.isdigit() or ch in rep.marks for ch in line)
        head = len(line) <= _RUNNING_HEAD and not any(ch in rep.marks for ch in line)
        assert rep.wrapped_label(line) == label, line
        assert rep._page_head(line) == head, line
        labels, heads = labels + label, heads + head
    assert labels > 1000 and heads > 1000
