"""Place and metric leftovers of context carry (context264).

- A county's short form written with its level's word (三江县 for 三江侗族自治县) is read inside the article's province
  only; once a first county set the province, a second of another province went unread and its figure fell to the
  first. Where the form names one county of the whole country, of another province, whose stem names no division of
  the article's province, and it opens its clause as the clause's only place (no list), it names that county
  (`Gazetteer.elsewhere`, `_alone_in_clause`).
- 持证上岗 (workers in post who hold their trade's certificate) names no one taken into work: 护理员持证上岗率 is a
  rate (percent.rate), not jobs.other (jobs.yaml `cue_not`).
- A growth in percent right after 参保人数 carries the level's metric, insurance.enrolment, as tourist visits' and the
  other named counts' do (percent.yaml percent.growth_of_insurance_enrolment).
"""

from __future__ import annotations

import pytest

from stats.context.place import Gazetteer, PlaceWords
from stats.rules.rulefile import RuleSet
from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


@pytest.mark.parametrize(("text", "want"), [
    ("本报讯 琼中县一季度接待游客45万人次，三江县接待游客38万人次。",
     [("45万人次", "琼中黎族苗族自治县"), ("38万人次", "三江侗族自治县")]),
    ("本报讯 三江县一季度接待游客38万人次，琼中县接待游客45万人次。",
     [("38万人次", "三江侗族自治县"), ("45万人次", "琼中黎族苗族自治县")]),
    # two of another province in a list: neither alone, read as before (the province in force)
    ("本报讯 琼中县一季度接待游客45万人次，三江县、融水县接待游客38万人次。",
     [("45万人次", "琼中黎族苗族自治县"), ("38万人次", "琼中黎族苗族自治县")]),
])
def test_a_short_form_of_another_province_alone_at_its_clause_head(extractor: Extractor, text: str,
                                                                   want: list[tuple]) -> None:
    assert _got(_run(extractor, text, "2026-04-20", source="中国旅游报"), "place") == want


def test_a_short_form_whose_stem_names_a_division_of_the_province_stays_unread(ruleset: RuleSet) -> None:
    """Invented rows: 青禾县 and 白柳县 name one autonomous county each, in 广西; 海南 holds 白柳市, whose stem is
    白柳: in an item on 海南's 金杏 county 青禾县 is 广西's, 白柳县 nothing."""
    words = PlaceWords.from_yaml(ruleset.lexicon.places)
    rows = [("460000", "海南省"), ("469001", "金杏黎族自治县"), ("469002", "白柳市"),
            ("450000", "广西壮族自治区"), ("451200", "河池市"), ("451299", "青禾侗族自治县"),
            ("451298", "白柳瑶族自治县")]
    gaz = Gazetteer(words, rows)
    home = gaz.full["金杏黎族自治县"][0]
    got = {m.word: gaz.elsewhere(m, home) for m in gaz.mentions("据了解，青禾县新增就业1200人，白柳县新增就业900人。")}
    assert {w: (a.code if a is not None else "") for w, a in got.items()} == {"青禾县": "451299", "白柳县": ""}
    # inside its own province, or with no province known, resolve has it already: nothing to add
    assert all(gaz.elsewhere(m, None) is None for m in gaz.mentions("据了解，青禾县新增就业1200人。"))


@pytest.mark.parametrize(("text", "want"), [
    ("本报讯 今年以来，某县养老机构护理员持证上岗率达到95%。", [("95%", "percent.rate", "level")]),
    ("本报讯 全县养老护理员420名，其中持证上岗的310名，持证上岗率73.8%。",
     [("420名", "quantity.people", "level"), ("310名", "quantity.people", "level"),
      ("73.8%", "percent.rate", "level")]),
    # 上岗 alone still names people taken into work
    ("本报讯 全县返乡人员就近上岗1.3万名，持证上岗率达到95%。",
     [("1.3万名", "jobs.other", "level"), ("95%", "percent.rate", "level")]),
    ("本报讯 截至6月底，某县失业保险参保人数12.6万人，比上年增长3.2%。",
     [("12.6万人", "insurance.enrolment", "level"), ("3.2%", "insurance.enrolment", "change")]),
])
def test_certified_workers_and_an_enrolment_growth(extractor: Extractor, text: str, want: list[tuple]) -> None:
    assert _got(_run(extractor, text, "2026-07-20", source="中国社会报"), "metric", "role") == want
