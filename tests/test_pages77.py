"""What the blind pages p77-p78 found (data/gold/pages: 今日长兴's 要闻 page, a county 融媒体中心's paper, read by
pypdf's plain mode at a pitch of 1.9; 长沙晚报's 民生 page read by pdfminer with its layout analysis off at 1.6): a
county's paper named 今日 and its county's short form placed nothing itself, so that a 村's item under it, which names
no county, took the city a 短讯 further down names (湖州市统计局…全市…) for every figure; a project's output and jobs
once at full production (达产后可实现年产值…，新增就业岗位…) read as results; and on the page read with no line breaks
an item's headline and dateline run on after the item before it (…3万个。（下转第6版）公交线网优化新开通线路28条本报1月8日讯
（…）…去年…), the headline's figure read in the last item's sentence and dated by the paper's year, not by the body's
去年. Sentences invented, in the style of such pages."""

from __future__ import annotations

from stats.repair.layout import repair
from stats.rules.rulefile import RuleSet
from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_a_county_paper_named_today_and_its_county_is_that_countys(extractor: Extractor) -> None:
    """今日安吉 (a 融媒体中心's paper): its items that name no county are 安吉县's, a village's item too, though a brief
    below it names the city (湖州市统计局…全市…), whose own figure stays the city's."""
    text = ("顾家村：竹林里走出致富路\n本报讯（记者 王某）今年1—10月，递铺街道顾家村接待游客18.6万人次，"
            "村集体经营性收入达到420万元。\n短讯\n■县中医院新病房楼投用，新增床位200张。\n"
            "■湖州市统计局数据显示，1—10月，全市规上工业增加值同比增长7.5%。")
    got = _got(_run(extractor, text, "2025-11-20", source="今日安吉"), "place")
    assert got == [("18.6万人次", "安吉县"), ("420万元", "安吉县"), ("200张", "安吉县"), ("7.5%", "湖州市")]


def test_a_paper_named_today_and_a_short_form_two_divisions_share_is_no_place(extractor: Extractor) -> None:
    """今日长兴 names 长兴县 (the only division of that short form), 今日乐清 the county-level city; 今日通州 names
    none (通州区 of 北京市 and of 南通市), nor does a paper of that head with no division after it."""
    gaz = extractor.situator.gazetteer
    assert gaz.paper_place("今日长兴").name == "长兴县"
    assert gaz.paper_place("今日乐清").name == "乐清市"
    assert gaz.paper_place("今日通州") is None
    assert gaz.paper_place("今日说法") is None


def test_output_and_jobs_once_at_full_production_are_targets(extractor: Extractor) -> None:
    """达产后可实现年产值30亿元，新增就业岗位800个: what the project is to give at full output, both targets; the
    investment before it (总投资18亿元) is a level, and so is what a project at full output gave this year."""
    text = "本报讯 12月12日，位于某镇的新型材料项目一期投产，总投资18亿元，达产后可实现年产值30亿元，新增就业岗位800个。"
    got = _got(_run(extractor, text, "2025-12-17", source="今日长兴"), "role")
    assert got == [("18亿元", "level"), ("30亿元", "target"), ("800个", "target")]
    text = "本报讯 该项目去年达产，今年实现产值28亿元。"
    assert _got(_run(extractor, text, "2025-12-17", source="今日长兴"), "role") == [("28亿元", "level")]


def test_a_headline_and_dateline_run_on_after_a_sentence_open_paragraphs(ruleset: RuleSet) -> None:
    """A page read with no line breaks: the headline after the last item's jump mark and the dateline after it each
    open a paragraph, every character still at its source offset; 据本报讯 inside a sentence, and a dateline with no
    byline's bracket after it, cut nothing."""
    source = ("今年全市计划新增公办学位3万个。（下转第6版）公交线网优化 新开通线路28条本报1月8日讯（记者 李娟）"
              "去年全市新开通线路28条。")
    glued = ruleset.lexicon.dateline_glued
    assert glued
    rep = repair(source, dateline_glued=glued)
    assert rep.text.split("\n") == ["今年全市计划新增公办学位3万个。（下转第6版）", "公交线网优化新开通线路28条",
                                    "本报1月8日讯（记者李娟）去年全市新开通线路28条。"]
    at = rep.text.index("28条")
    start, end = rep.src_span(at, at + 3)
    assert source[start:end] == "28条"
    at = rep.text.index("本报")
    assert source[rep.src_span(at, at + 7)[0]:].startswith("本报1月8日讯")
    for kept in ("今年全市计划新增公办学位3万个。据本报讯（记者 李娟）报道，去年全市新开通线路28条。",
                 "今年全市计划新增公办学位3万个。公交线网优化新开通线路28条本报讯 去年全市新开通线路28条。"):
        assert "\n" not in repair(kept, dateline_glued=glued).text


def test_a_glued_headlines_figure_takes_the_time_of_its_body(extractor: Extractor) -> None:
    """The headline cut from the item before it is the item's: its 28条 restates the body's, of 去年 in a January
    paper (2025), and the item before keeps its own year's goal (2026)."""
    text = ("长沙晚报 2026年1月9日 星期五 A5 民生今年，全市计划新增公办学位3万个。（下转第6版）公交线网优化 新开通线路28条"
            "本报1月8日讯（全媒体记者 李娟）记者从市交通运输局获悉，去年全市优化调整公交线路96条，新开通线路28条。")
    got = _got(_run(extractor, text, "2026-01-09", source="长沙晚报"), "period")
    assert got == [("3万个", "2026"), ("28条", "2025"), ("96条", "2025"), ("28条", "2025")]
