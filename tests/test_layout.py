"""Layout repair: broken lines, justification spaces, full-width forms, and the offset map."""

from __future__ import annotations

from stats.repair.layout import repair


def _back(src: str, r, start: int, end: int) -> str:
    s0, s1 = r.src_span(start, end)
    return src[s0:s1]


def test_spaced_characters_and_broken_numbers_are_joined() -> None:
    src = "近年来，全市卫生总费用从 440.93 亿元增加到\n1424 亿元，\n增 长 2.23 倍 ，年 均 增 长 27.87% ；"
    r = repair(src)
    assert "从440.93亿元增加到1424亿元，增长2.23倍，年均增长27.87%；" in r.text


def test_offsets_point_back_to_the_source() -> None:
    src = "全 市 总 床 位 数 由\n14.74万张增长至23.19\n万张"
    r = repair(src)
    i = r.text.index("23.19万张")
    assert _back(src, r, i, i + len("23.19万张")) == "23.19\n万张"
    assert len(r.offsets) == len(r.text) + 1


def test_full_width_digits_are_folded_and_still_located() -> None:
    src = "拨付预付金１．６亿元，占８０％"
    r = repair(src)
    assert r.text == "拨付预付金1.6亿元，占80%"
    i = r.text.index("1.6亿元")
    assert _back(src, r, i, i + 5) == "１．６亿元"


def test_a_dateline_opens_a_paragraph(ruleset) -> None:
    src = "市公安局召开全市公安机关安全稳定工作会\n\n本报讯（记者周松）3月19日，市政府公众信息网发布\n通知。"
    r = repair(src, ruleset.lexicon.article_start)
    assert r.text.split("\n") == [
        "市公安局召开全市公安机关安全稳定工作会",
        "本报讯（记者周松）3月19日，市政府公众信息网发布通知。",
    ]


def test_blank_line_inside_a_number_is_joined() -> None:
    # a column break between a number and its measure word (seen in the shipped pages)
    src = "据了解，对口支援队中有医护人员142\n\n人，来自我市6家市级医院和7个区县的11家医院"
    assert "医护人员142人，" in repair(src).text


def test_latin_words_keep_their_space_and_spaced_digits_join() -> None:
    assert repair("采用 ECMO 生命支持设备，Mobile World，管理病例 1 085 人").text == (
        "采用ECMO生命支持设备，Mobile World，管理病例1085人")


def _repair_page(lex, page: str) -> str:
    """A page repaired as a PDF extractor's text with no blank lines, running heads kept apart."""
    return repair(page, lex.article_start, lex.sentence_end, closing=lex.closing, complete=lex.line_complete,
                  alone=lex.running_head).text


def test_a_running_head_is_a_paragraph_of_its_own(ruleset, extractor) -> None:
    """An extractor that leaves no blank lines (pdfplumber) puts the running head right above the
    headline: joined, the page number and the date ran into the headline's figures and period."""
    page = ("城市日报 2024年2月22日 星期四 02 要闻 1\n去年全市地区生产总值增长5.6%\n"
            "本报讯（记者 王某）2023年，全市地区生产总值达到4210.5亿元。\n")
    text = _repair_page(ruleset.lexicon, page)
    assert text.split("\n")[:2] == ["城市日报2024年2月22日星期四02要闻1", "去年全市地区生产总值增长5.6%"]
    import dataclasses

    from stats.read.manifest import DocMeta
    from stats.read.sources import source_from_text

    src = dataclasses.replace(source_from_text(page), meta=DocMeta("2024-02-22", "城市日报", "", "manifest.csv:2"))
    figs = extractor.extract_source(src).figures
    assert [(f["quote"], f["period"]) for f in figs] == [("5.6%", "2023"), ("4210.5亿元", "2023")]  # not 2024-02


def test_a_running_head_spaced_across_the_page_is_not_cut_into_columns(ruleset) -> None:
    """A running head whose parts stand two spaces apart looks like a line across a gutter; cut
    there, its page number (1) was glued to the headline under it and the headline's 去年 lost to the
    head's date. It stays one line, a paragraph of its own."""
    page = ("城市日报  2024年6月5日  星期三  1\n去年全市森林覆盖率达到20.6%\n"
            "本报讯 记者从市林业局获悉，全市完成造林3.2万亩。\n")
    text = _repair_page(ruleset.lexicon, page)
    assert text.split("\n")[:2] == ["城市日报2024年6月5日星期三1", "去年全市森林覆盖率达到20.6%"]


def test_a_numbered_heading_after_a_full_stop_is_a_paragraph_of_its_own(ruleset) -> None:
    """A report written a paragraph a line, no blank lines: 二、2024年工作安排 is a heading, not
    the start of the sentence under it (its words were read as that sentence's subject). A numbered
    line after a line that did not end complete, or one with a comma, runs on as before."""
    lex = ruleset.lexicon

    def pars(page: str) -> list[str]:
        return repair(page, lex.article_start, lex.sentence_end, closing=lex.closing, complete=lex.line_complete,
                      alone=lex.running_head, heading=lex.heading).text.split("\n")

    page = "全年新增就业4.1万人。\n二、2024年工作安排\n全市城镇新增就业4万人以上。\n（一）就业创业\n其中培训5万人次。"
    assert pars(page) == [
        "全年新增就业4.1万人。", "二、2024年工作安排", "全市城镇新增就业4万人以上。", "（一）就业创业", "其中培训5万人次。"]
    assert pars("全县卫生机构\n二、三级医院床位共计\n1800张。") == ["全县卫生机构二、三级医院床位共计1800张。"]
    assert pars("全年新增就业4.1万人。\n二、坚持就业优先，\n新增就业4万人。") == [
        "全年新增就业4.1万人。二、坚持就业优先，新增就业4万人。"]


def test_a_prepared_extractor_brings_its_line_alternations_compiled(ruleset, monkeypatch) -> None:
    """The alternations of openers, running heads and headings are compiled once, when the extractor
    is prepared, and come back with its pickle: a start then parses none of them again, and lines
    are judged as before (a dateline opens a paragraph)."""
    import pickle

    import regex

    from stats.repair import layout
    from stats.run.pipeline import Extractor

    lex = ruleset.lexicon
    blob = pickle.dumps(Extractor(ruleset, timeout=None, all_verdicts=False))  # what bulk runs prepare
    monkeypatch.setattr(layout, "_ALTERNATIONS", {})
    layout.starts_with_any.cache_clear()
    unpickled = pickle.loads(blob)
    assert len(unpickled.alternations) == 9  # repair_stream's four sets, its page notes, its photo captions and what
    # `looks` at, segment's two
    assert set(layout._ALTERNATIONS) == set(unpickled.alternations)

    def no_compiling(*args: object, **kwargs: object) -> None:
        raise AssertionError("compiled again")

    monkeypatch.setattr(regex, "compile", no_compiling)
    try:
        for pats in layout.line_pattern_sets(lex.article_start, lex.running_head, lex.heading):
            layout.starts_with_any(pats)
        src = "市公安局召开全市公安机关安全稳定工作会\n\n本报讯（记者周松）3月19日，市政府公众信息网发布\n通知。"
        assert repair(src, lex.article_start, alone=lex.running_head, heading=lex.heading).text.split("\n") == [
            "市公安局召开全市公安机关安全稳定工作会", "本报讯（记者周松）3月19日，市政府公众信息网发布通知。"]
    finally:
        layout.starts_with_any.cache_clear()


def test_a_table_of_whole_numbers_keeps_its_cells_apart(extractor) -> None:
    """Under a table's head, a row of whole numbers is a paragraph of its own, one space between its cells;
    without the tables lexicon the gaps are justification and the lines join (125130)."""
    src = "表2 卫生资源情况\n指标名称 单位 2022年 2023年\n医院 个 125 130\n床位 张 8 560 9 012\n"
    assert repair(src, tables=extractor.tables).text.split("\n") == [
        "表2卫生资源情况指标名称单位2022年2023年", "医院个125 130", "床位张8 560 9 012"]
    assert repair(src).text == "表2卫生资源情况指标名称单位2022年2023年医院个125130床位张85609012"


def test_a_unit_cell_before_whole_numbers_makes_a_row(extractor) -> None:
    """No head: a measure word standing alone before the numbers (医院 个) says row; a line that a gap in a
    number ends (全市共有医院 1 280 | 家) or that justification spaced out (达10 0 | %) is joined."""
    tables = extractor.tables
    assert repair("医院 个 125 130\n床位 张 8 560 9 012\n", tables=tables).text == "医院个125 130\n床位张8 560 9 012"
    assert repair("全市共有医院 1 280\n家，配备率达10 0\n%。", tables=tables).text == "全市共有医院1280家，配备率达100%。"
    assert repair("比 上 年 增 长 个 1 2\n倍。", tables=tables).text == "比上年增长个12倍。"
    # a line of numbers under one: both are rows, the first ends its paragraph on its numbers (not 125130床)
    assert repair("医院 125 130\n床位 8560 9012\n", tables=tables).text == "医院125130\n床位8560 9012"


def test_a_justified_sentence_spaced_out_is_no_row(extractor) -> None:
    """Justification spaces every character of a line apart, digits too: lines that end 涉 及 5 7 and
    和 2 4 are a sentence running on into its measure words, not rows (57件, 24件)."""
    src = "市 立 法 工 作 计 划 涉 及 5 7\n件 地 方 性 法 规 草 案 和 2 4\n件 政 府 规 章 。"
    assert repair(src, tables=extractor.tables).text == "市立法工作计划涉及57件地方性法规草案和24件政府规章。"
