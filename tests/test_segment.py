"""Articles open at datelines of any agency, paper or site, and a reporter credit after one is its byline."""

from __future__ import annotations

import pytest

from stats.run.pipeline import Extractor


@pytest.mark.parametrize(("line", "dateline", "byline"), [
    ("新华社北京3月5日电（记者 王明）", "新华社北京3月5日电", "（记者王明）"),
    ("人民日报北京3月5日电（记者 张三）", "人民日报北京3月5日电", "（记者张三）"),
    ("中新网3月6日电 ", "中新网3月6日电", ""),
    ("经济日报讯 ", "经济日报讯", ""),
    ("本报讯（记者 李四）", "本报讯", "（记者李四）"),
])
def test_each_dateline_opens_its_own_article(extractor: Extractor, line: str, dateline: str, byline: str) -> None:
    text = f"本报讯 全市新增床位800张。\n{line}全年城镇新增就业60万人。\n通讯员报告显示，新增就业50万人。\n"
    arts = extractor.extract_text(text).articles
    assert [(a["dateline"], a["byline"]) for a in arts] == [("本报讯", ""), (dateline, byline)]
    figs = extractor.extract_text(text).figures
    assert [f["article_id"].split("/")[-1] for f in figs] == ["a01", "a02", "a02"]


@pytest.mark.parametrize("line", [
    "本报记者 王明 摄",  # a photo credit
    "记者张华摄/视觉江城",
    "市民热线服务电话：12345",  # a hotline notice
    "食品安全投诉举报：12331",
    "（记者 李四）",  # a byline in brackets
    "（相关报道见5版）",  # a cross-reference
    "会议指出，要进一步做好",  # reported speech cut off by a column break
    "各区县要把稳就业摆在",  # ends in a word no headline ends in
    "今年以来，全市新",  # a last clause of one to three characters
])
def test_short_lines_that_name_no_article_are_no_headlines(extractor: Extractor, line: str) -> None:
    # blank lines keep the line a paragraph of its own (layout repair joins a bare line break)
    text = f"本报讯 全市新增床位800张。\n\n{line}\n\n本报讯 全年城镇新增就业60万人。\n"
    titles = [a["title"] for a in extractor.extract_text(text).articles]
    assert titles == ["", ""]


def test_a_headline_still_names_its_article(extractor: Extractor) -> None:
    text = "本报讯 全市新增床位800张。\n\n全市养老床位突破十万张，社区覆盖率过半\n\n本报讯 全年城镇新增就业60万人。\n"
    titles = [a["title"] for a in extractor.extract_text(text).articles]
    assert titles == ["全市养老床位突破十万张，社区覆盖率过半", ""]


def test_a_headline_after_a_body_it_does_not_echo_names_the_next_article(extractor: Extractor) -> None:
    # the article above has no title; the headline repeats none of its words but the next one's
    text = ("本报讯 全区城镇新增就业5万人，失业率为5.2%。\n\n东山县茶叶产值超过十亿元\n\n"
            "本报东山讯 东山县茶叶种植面积稳定在3万亩，产值超过十亿元。\n")
    arts = extractor.extract_text(text).articles
    assert [a["title"] for a in arts] == ["", "东山县茶叶产值超过十亿元"]
    # one that restates the body above still names it (a paper that prints headlines after the body)
    text = ("本报讯 全区城镇新增就业5万人，失业率为5.2%。\n\n全区城镇新增就业5万人\n\n"
            "本报东山讯 东山县茶叶种植面积稳定在3万亩。\n")
    arts = extractor.extract_text(text).articles
    assert [a["title"] for a in arts] == ["全区城镇新增就业5万人", ""]


def test_titles_of_the_shipped_pages_are_headlines(corpus_tables) -> None:
    """No photo credit, phone number, bracketed byline or cut-off line names an article of data/corpus."""
    import regex

    parts = [part for title in corpus_tables.articles.column("title").to_pylist() if title for part in title.split(" / ")]
    assert len(parts) > 30
    bad = [
        part
        for part in parts
        if regex.search(r"摄|\d{5,}|^[（(].*[)）]$|[，,][^，,]{1,3}$|[也的和与及在将把]$", part)
        or regex.search(r"^[^，]{0,24}(?:指出|表示|了解到)，", part)
    ]
    assert bad == []


def test_a_headline_at_the_top_of_a_page_names_the_article_under_it(extractor: Extractor) -> None:
    text = "四川一季度外贸进出口增长6%\n\n新华社成都4月18日电 今年一季度，全省进出口总值2100亿元。\n"
    articles = extractor.extract_text(text).articles
    assert [(a["title"], a["dateline"]) for a in articles] == [("四川一季度外贸进出口增长6%", "新华社成都4月18日电")]
