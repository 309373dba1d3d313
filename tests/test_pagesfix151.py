"""The newest newspaper pages' layout damage (pagesfix151; the pages set's p98 and p94, and the line-by-line path).

- A headline set upright beside its item (a 农垦报's 瓜菜增收 down the item's left edge) was read apart only on the bulk
  path: a page whose lines break with \\r\\n, or a layout-keeping extractor's pages joined by form feeds, goes line by
  line, and there its characters ran into the item's lines (瓜本报讯…新菜 | …万增吨…). Where the headline's first
  character had the item's first line beside it, the bulk path left that line out (本报讯…, the item's dateline and
  its first figures gone); and a line that had held one of its characters alone, made blank, cut the item's
  paragraph in two where the line above it was short (…陵水黎族自治县新 | 建冬季瓜菜…).
- A chart printed a box a line by pdfminer (each value, then each tick of its axis, between blank lines) under a
  paragraph that broke off open (…天然橡胶产量21.8 | 1至10月…单位：万吨): each line ending on a digit was taken for
  a number a column break cut, and the values ran into one (3.12.81.91.65.26420白沙). The chart's caption, its unit
  note a gap after its title (1至10月部分市县天然橡胶产量　单位：万吨), had gone on the sentence broken off above it
  (…产量21.81至10月…; over a caption opening on a count, …达到8.7 | 4个区… read a wrong value 8.74个) and run on into
  the next item's headline.

Sentences invented, in the style of such pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from stats.repair.layout import repair
from stats.rules.rulefile import RuleSet
from stats.run.pipeline import Extractor
from tests.dated import dated_figures, quoted
from tests.repaired import at_columns, paragraphs
from tests.test_layout_bulk import _paragraphs

_at = at_columns

_HEAD = _at((6, "琼中日报 2026年11月5日 星期四 第2版 综合"))

# an item under a headline set upright at its left edge (护林增绿), its text beside it; the headline's first
# character has the item's first line beside it
_UPRIGHT = "\n".join([
    _HEAD, "",
    _at((6, "护"), (12, "本报讯（记者  吴倩）今年以来，县林业局组织开展")),
    _at((6, "林")),
    _at((10, "国土绿化行动，1至10月完成植树造林4600亩，新建")),
    _at((6, "增"), (10, "森林防火通道38公里，全县森林覆盖率达到87.2%。")),
    _at((6, "绿")),
    "",
]) + "\n"


@pytest.mark.parametrize("breaks", ["\n", "\r\n", "form feed"])
def test_a_headline_set_upright_is_read_apart_however_the_page_breaks_its_lines(ruleset: RuleSet, breaks: str) -> None:
    """护 | 本报讯… | 林 | 国土… | 增   森林…: the characters down the item's edge are its headline on a page broken
    by \\n, by \\r\\n and on one that ends on a form feed (the line-by-line path) alike; the item reads whole, its first
    line too (本报讯…组织开展国土绿化行动，1至10月…)."""
    page = _UPRIGHT.replace("\n", "\r\n") if breaks == "\r\n" else _UPRIGHT + "\f" if breaks == "form feed" \
        else _UPRIGHT
    pars = paragraphs(ruleset.lexicon, page)
    assert "护林增绿" in pars
    body = next(p for p in pars if p.startswith("本报讯"))
    assert "组织开展国土绿化行动，1至10月完成植树造林4600亩，新建森林防火通道38公里" in body


def test_the_bulk_and_line_by_line_paths_read_an_upright_headline_alike() -> None:
    """The two paths give the same paragraphs and offsets for such a page: the item's first line beside the
    headline's first character is read by both (the bulk path had left it out)."""
    bulk, line_by_line = _paragraphs([_UPRIGHT], bulk=True), _paragraphs([_UPRIGHT], bulk=False)
    assert bulk == line_by_line
    assert any(p[1].startswith("本报讯（记者吴倩）今年以来") for p in bulk[0])


def test_a_line_that_held_an_upright_character_alone_cuts_no_paragraph(ruleset: RuleSet) -> None:
    """A short first line beside the headline (…县新, its byline spaced out), the line under it holding the
    headline's next character alone, then the item's text: one paragraph (…县新建冬季瓜菜基地…), on both paths."""
    page = "\n".join([
        _HEAD, "",
        _at((6, "瓜")),
        _at((12, "本报讯（通讯员  陵宣）今年以来，陵水黎族自治县新")),
        _at((6, "菜")),
        _at((10, "建冬季瓜菜基地16个，1至10月，全县冬季瓜菜产量26.3万")),
        _at((6, "增"), (10, "吨，实现产值18.5亿元，带动农户就业1.6万人。全县今年")),
        _at((10, "计划新增种植面积3000亩。")),
        _at((6, "收")),
        "",
    ]) + "\n"
    for text in (page, page + "\f"):
        pars = paragraphs(ruleset.lexicon, text)
        assert "瓜菜增收" in pars
        assert any("陵水黎族自治县新建冬季瓜菜基地16个" in p and "产量26.3万吨" in p for p in pars)


@pytest.mark.slow
def test_an_upright_headline_on_pages_joined_by_form_feeds_reads_apart(tmp_path: Path, ruleset: RuleSet) -> None:
    """A page typeset with an upright headline beside its item and read by pdfplumber's layout mode, its pages
    joined by form feeds: the headline a paragraph of its own, the item's figures in one paragraph."""
    pdfplumber = pytest.importorskip("pdfplumber")
    from tests import pdfnews
    from tests.pdfnews import Page, Vertical
    from tests.pdfpages import Article, Region

    county = Article("", [
        "本报讯（通讯员 陵宣）今年以来，陵水黎族自治县新建冬季瓜菜基地16个，1至10月，全县冬季瓜菜产量26.3万吨，实现产值"
        "18.5亿元，带动农户就业1.6万人。全县今年计划新增种植面积3000亩。"])
    pdf = tmp_path / "upright.pdf"
    pdfnews.typeset_news(pdf, [Page([Vertical("瓜菜增收", 40.0, 240.0),
                                     Region(county, 70.0, 300.0, 240.0, 330.0, 1, leading=1.3, head_size=14.0)])],
                         "海南农垦报 2026年11月12日 星期四 第1版 要闻")
    with pdfplumber.open(pdf) as doc:
        text = "\f".join(p.extract_text(layout=True) for p in doc.pages) + "\f"
    pars = paragraphs(ruleset.lexicon, text)
    assert "瓜菜增收" in pars
    assert any("陵水黎族自治县新建冬季瓜菜基地16个" in p and "26.3万吨，实现产值18.5亿元" in p for p in pars)


# a paragraph broken off inside a number at its column's foot, then a chart as pdfminer prints it (its caption, each
# value, the axis's ticks and each label a box between blank lines)
_CHART = ("三亚日报 2026年11月12日 星期四 第1版 要闻\n\n"
          "本报讯（记者 黎明）11月11日，记者从市农业农村局获悉\n，1至10月，全市热带水果产量达到38.6万吨，同比增长6.\n"
          "4%；其中，芒果产量12.4万吨，荔枝产量达到8.7\n\n"
          "1至10月部分区芒果产量\u3000单位：万吨\n\n"
          + "\n\n".join("4.2 3.6 2.5 1.8 6 4 2 0 海棠 吉阳 天涯 崖州".split()) + "\n\n")


@pytest.mark.parametrize("feed", ["", "\f"])
def test_a_charts_values_printed_a_box_a_line_stay_apart(ruleset: RuleSet, feed: str) -> None:
    """4.2 | 3.6 | 2.5 | 1.8 | 6 | 4 | 2 | 0 under a paragraph left open: each value and tick a paragraph of its own, on
    both paths, never one number of them (4.23.62.51.8642 0海棠), nor a tick run into the label under it."""
    pars = paragraphs(ruleset.lexicon, _CHART + feed)
    for value in ("4.2", "3.6", "2.5", "1.8", "6", "4", "2", "0", "海棠"):
        assert value in pars
    assert not any("4.23.6" in p for p in pars)


def test_a_number_a_column_break_cut_still_runs_on(ruleset: RuleSet) -> None:
    """A number cut at a column's foot goes on with its unit and sentence past the blank line (…产量21. | | 8万吨，…):
    no value standing alone."""
    page = ("三亚日报 2026年11月12日 星期四 第1版 要闻\n\n"
            "本报讯（记者 黎明）11月11日，记者从市农业农村局获悉，1至10月，全市热\n带水果产量达到38.6万吨，同比增长"
            "6.4%；其中，芒果产量21.\n\n8万吨，增长5.2%。\n")
    for text in (page, page + "\f"):
        assert any("芒果产量21.8万吨，增长5.2%。" in p for p in paragraphs(ruleset.lexicon, text))


def _paragraphs_with_tables(extractor: Extractor, page: str) -> list[str]:
    """The page's paragraphs after layout repair with the pipeline's table reader (its unit notes)."""
    lex = extractor.rules.lexicon
    return repair(page, lex.article_start, lex.sentence_end, closing=lex.closing, complete=lex.line_complete,
                  alone=lex.running_head, heading=lex.heading, tables=extractor.tables).text.split("\n")


_CAPTIONED = ("三亚日报 2026年11月12日 星期四 第1版 要闻\n\n"
              "本报讯（记者 黎明）11月11日，记者从市农业农村局获悉\n，1至10月，全市热带水果产量达到38.6万吨，同比增长6.\n"
              "4%；其中，芒果产量12.4万吨，荔枝产量达到8.7\n\n"
              "{caption}\u3000单位：万吨\n\n"
              "海棠区芒果产量居全市首位\n\n"
              "本报讯（通讯员 海宣）今年以来，海棠区新建芒果标准化基地6个。\n")


@pytest.mark.parametrize("feed", ["", "\f"])
def test_a_charts_caption_with_its_unit_note_is_a_paragraph_of_its_own(extractor: Extractor, feed: str) -> None:
    """…荔枝产量达到8.7 | | 1至10月各区芒果产量　单位：万吨 | | 海棠区…: the caption, its unit note after a gap, neither
    goes on the sentence broken off above it (8.71至10月…) nor runs on into the next item's headline."""
    pars = _paragraphs_with_tables(extractor, _CAPTIONED.format(caption="1至10月各区芒果产量") + feed)
    assert any(p.endswith("荔枝产量达到8.7") for p in pars)
    assert "1至10月各区芒果产量\u3000单位：万吨" in pars or "1至10月各区芒果产量单位：万吨" in pars
    assert "海棠区芒果产量居全市首位" in pars


@pytest.mark.slow
def test_a_number_broken_off_over_a_charts_caption_takes_no_digit_of_it(extractor: Extractor) -> None:
    """A caption opening on a count (4个区芒果产量　单位：万吨) under a sentence broken off in a number (…达到8.7):
    no figure 8.74个 of the two run together, a wrong value."""
    text = _CAPTIONED.format(caption="4个区芒果产量") + "\f"
    got = quoted(dated_figures(extractor, text, "2026-11-12", "三亚日报"), "value")
    assert not any(abs(v - 8.74) < 1e-9 for _q, v in got)
    assert ("12.4万吨", 124000) in got
