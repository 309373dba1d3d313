"""speed297 (issue 13): what a cold start does twice, done once.

A cold start (no cache yet: the first run after installing or changing stats or its rules) compiles ~1,000 patterns
from their text (~700 of the standard `re`, ~300 of `regex`) and at its end keeps their codes for the next process
(`prepared._keep_re_codes`). It worked each `re` code out there a second time (a parse and a code generation per
pattern) and compiled again each `regex` pattern its module's cache had let go: ~0.45 s of a ~5 s cold start. The
code is now kept as the pattern is compiled. And the `regex` module's parser worked its flags out as members of an
`enum.IntFlag`, each `&` and `|` a call into `enum` written in Python (~370,000 in a cold start, a third of the time
`regex` took compiling): `prepared.plain_regex_flags` has it work them out as the same numbers. Patterns invented."""

from __future__ import annotations

import cProfile
import pstats
import re
from pathlib import Path

import pytest

from stats.rules import prepared as prep


def _new_process(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("STATS_CACHE_DIR", str(tmp_path))
    for name, value in (("_RE_CODES", None), ("_MADE", {}), ("_RE_NEW", set()), ("_RE_USED", set()),
                        ("_RE_SEEDED", False), ("_NEW_CODES", {})):
        monkeypatch.setattr(prep, name, value, raising=False)


def test_a_pattern_compiled_from_its_text_is_not_parsed_again_when_its_code_is_kept(tmp_path: Path,
                                                                                     monkeypatch) -> None:
    import regex

    _new_process(monkeypatch, tmp_path)
    texts = [(r"(?P<y>\d{4})(?:\.\d+)?年末", re.M), (r"[甲乙丙]{2,}|丁", 0)]
    wide = [(r"(?<=\d)(?:[\u00b9\u00b2]|\[\d\])(?=[ \t]*\p{Han})", 0)]
    first = [prep.compiled_re(p, f) for p, f in texts]
    first_wide = [prep.compiled_regex(p, f) for p, f in wide]
    assert first == [re.compile(p, f) for p, f in texts]  # (the same code and flags as `re` makes)
    assert first[0].search("2023.5年末").group("y") == "2023" and first[1].fullmatch("乙丙甲")

    def no_second(*_args: object, **_kw: object) -> object:
        raise AssertionError("compiled a second time at the end")

    with monkeypatch.context() as m:
        m.setattr(prep, "_re_code", no_second)
        m.setattr(regex, "compile", no_second)
        prep._keep_re_codes()
    kept = prep.load(prep._re_codes_path())
    assert set(kept) == {*texts, *(("regex", p, f) for p, f in wide)}
    _new_process(monkeypatch, tmp_path)  # the next process builds them from the kept codes
    assert [prep.compiled_re(p, f) for p, f in texts] == first and not prep._RE_NEW
    again = prep.compiled_regex(*wide[0])
    assert not prep._RE_NEW and again.pattern == first_wide[0].pattern
    assert [m.span() for m in again.finditer("总量27²万人")] == [m.span() for m in first_wide[0].finditer("总量27²万人")]


def test_a_bad_pattern_still_fails_as_re_compile_does(tmp_path: Path, monkeypatch) -> None:
    _new_process(monkeypatch, tmp_path)
    with pytest.raises(re.error):
        prep.compiled_re(r"(?P<a>x", 0)
    assert not prep._NEW_CODES


def test_the_regex_compiler_works_its_flags_out_as_plain_numbers_and_they_still_hold() -> None:
    import regex

    prep.plain_regex_flags()
    verbose_lines = regex.VERBOSE | regex.MULTILINE  # (the caller's own `|`, outside the profile)
    profile = cProfile.Profile()
    profile.enable()
    caseless = regex.compile(r"(?P<w>[a-c]+)\s*(?i:Yuan)元", regex.IGNORECASE)
    verbose = regex.compile(r""" ^ (?P<y> \d{4} )  # a year
                                 年 """, verbose_lines)
    scoped = regex.compile(r"(?i)ab(?-i:C)", regex.V1)
    profile.disable()
    calls = sum(counts[1] for (path, _line, _func), counts in pstats.Stats(profile).stats.items()
                if path.endswith("enum.py"))
    # (before: ~850 calls of __and__, __or__, __call__, __new__… for these three; left: the one `|` of the flags with
    # the module's default version, `regex.DEFAULT_VERSION` as exported, that ends each compile)
    assert calls < 100, calls
    assert caseless.search("全年 BCA yuan元").group("w") == "BCA" and caseless.flags & regex.IGNORECASE
    assert verbose.findall("x\n2024年\n2025 年") == ["2024"]
    assert scoped.fullmatch("ABC") and not scoped.fullmatch("ABc")
    assert regex.I is regex.RegexFlag.IGNORECASE and isinstance(regex.VERBOSE, regex.RegexFlag)  # (as exported)


# What every document's layout repair made again from the rules' words (each rule example is a document of its own:
# ~1,050 of them in a cold start's check, each paying it)

def test_a_label_columns_head_pattern_is_made_once_for_the_same_words(monkeypatch) -> None:
    from stats.repair import columns

    labels = ["指标", "项目", "地区名称"]
    first = columns.Cells(lambda _line: 0, labels)
    escaped: list[str] = []
    escape = re.escape
    monkeypatch.setattr(re, "escape", lambda s: escaped.append(s) or escape(s))
    second = columns.Cells(lambda _line: 0, list(labels))
    assert not escaped  # (before: every word escaped again, for every document)
    assert second.opens is first.opens and second.words == frozenset(labels) and second.longest == 8
    assert second.opens.search("注：\n  项目  \n") and not second.opens.search("项目名称")


def test_whether_a_page_is_of_glued_rows_is_worked_out_once_and_only_when_asked(monkeypatch) -> None:
    from stats.repair import layout

    asked: list[object] = []
    monkeypatch.setattr(layout, "glued_page", lambda lines: asked.append(lines) or True)
    glued = layout._GluedOnce(["甲 乙", "丙 丁"])
    assert not asked
    assert glued() and glued() and glued()
    assert len(asked) == 1


def test_the_marks_no_headline_holds_are_worked_out_once_for_the_same_sets(monkeypatch) -> None:
    from stats.repair import layout

    sets = ("。！？", "，；：", "”）", "。")
    first = layout.untitled_marks(*sets)
    told: list[str] = []
    category = layout.unicodedata.category
    monkeypatch.setattr(layout.unicodedata, "category", lambda c: told.append(c) or category(c))
    assert layout.untitled_marks(*sets) == first == "。！，：；？"
    assert not told


def test_a_pages_foot_and_web_chrome_are_made_once_for_the_same_patterns() -> None:
    import regex

    from stats.repair import layout

    foot = [regex.compile(r"第\d+页\s*共\d+页")]
    note = [regex.compile(r"注[:：]")]
    rule = regex.compile(r"[—_]{5,}")
    feet = layout._Feet.of(foot, note, rule)
    assert feet is not None and layout._Feet.of(list(foot), tuple(note), rule) is feet
    assert feet.foot("第3页 共10页") and feet.ruled("——————") and not feet.ruled("——")
    other = layout._Feet.of([regex.compile(foot[0].pattern, cache_pattern=False)], note, rule)  # (equal, not one)
    assert other is not feet and other.foot("第3页 共10页")
    assert layout._Feet.of([], note, rule) is None
    page, chrome = [regex.compile("责任编辑")], [regex.compile(r"浏览次数[:：]?\s*\d+")]
    made = layout._Chrome.of(page, chrome)
    assert made is not None and layout._Chrome.of(page, chrome) is made and layout._Chrome.of(page, []) is None
    assert made.lines.search("正文。\n浏览次数：35\n").group().strip() == "浏览次数：35"
