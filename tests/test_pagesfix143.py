"""The newest newspaper pages' layout damage (pagesfix143; the pages set's p96, p95 and p93).

- A page pdfplumber's layout mode printed at a tight pitch (p96's lower half): a headline set upright down an item's
  left edge, one character a line, each printed at the start of a line or a wide space before the item's text
  (护 | 本报讯… | 薪 | …社会保障厅… | 行   至8月…): read across, its characters ran into the item's lines (…1行至8月…,
  no 1至8月 left to date its figures). A row of two headlines whose left one wraps inside its number in its narrow
  cell (…扩至320 | 0人): the tail went on the row's last headline (…投用0人), a wrong value 0人. Under them, the left
  item's byline spaced out by three spaces (通讯员   固司) was taken for a column's start and its column cut in
  three, a number there left out (3200人 lost); the right item's first line, its byline spaced out and the left
  column blank on that row, was dealt one piece a column; and the left column's last line, under the right one's
  end, was read after the right item, its figures of the right item's place.
- A page PDFium read at a loose pitch (p95): a 数说 box's title under a paragraph's last line (…岗位1200个。 |
  数说·1至7月) went on that paragraph, so the box's entries took no time of its own (the month of publication).
- A box of figures over labels, each line a paragraph of its own as stats' PDF reader sets it (p93): the label went
  on with no figure (its indent opened a paragraph), read as the headline of the next entry (4.3% read with no
  label, 9月份城镇调查失业率 dating the next figure); an entry set figure first is dated by the time of its own label
  (4.3%9月份城镇调查失业率 is of September, 862万人次7月份接待游客 of July), which dates no other entry.

Sentences invented, in the style of such pages."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from stats.read.manifest import DocMeta
from stats.read.sources import read_pdf
from stats.rules.rulefile import RuleSet
from stats.run.pipeline import Extractor
from tests.dated import dated_figures, quoted
from tests.repaired import at_columns, paragraphs

_at = at_columns

_HEAD = _at((6, "宁夏法治报 2026年9月16日 星期三 第3版 综合"))

# an item under a headline set upright at its left edge (安薪行动), its text in two columns beside it
_UPRIGHT = "\n".join([
    _HEAD, "",
    _at((6, "安")),
    _at((12, "本报讯（记者  韩梅）今年以来，市人力资源和社"), (56, "截至8月末，全市在建工程项目农民工实名制管理覆盖")),
    _at((6, "薪")),
    _at((10, "会保障局联合住建、交通等部门开展根治欠薪行动，1"),
        (56, "率达到97.4%，工资专用账户开户率达到95.8%。全市今年新")),
    _at((6, "行"), (10, "至8月共检查用人单位3260户，为1.6万名劳动者追发工资待"),
        (56, "增就业见习岗位4200个，吸纳高校毕业生见习2600人。")),
    _at((10, "遇2.18亿元。")),
    _at((6, "动")),
    "",
]) + "\n"


def test_a_headline_set_upright_beside_its_item_is_a_paragraph_of_its_own(ruleset: RuleSet) -> None:
    """安 | 本报讯… | 薪 | … | 行   至8月…: the characters down the item's left edge are its headline, read apart; the
    item's text runs on whole (1至8月, …待遇2.18亿元。截至8月末…)."""
    pars = paragraphs(ruleset.lexicon, _UPRIGHT)
    assert "安薪行动" in pars
    body = next(p for p in pars if p.startswith("本报讯"))
    assert "1至8月共检查用人单位3260户" in body and "追发工资待遇2.18亿元。截至8月末" in body
    assert "社会保障局联合住建" in body


def test_a_column_of_one_character_labels_is_no_upright_headline(ruleset: RuleSet) -> None:
    """A table's label column of one character a row (男 | 女 | 合), each row its cells, sets no line at its own pitch
    between them: no headline is read out of it."""
    table = "\n".join([_HEAD, "", _at((6, "男"), (12, "1260人"), (24, "52.4%")),
                       _at((6, "女"), (12, "1146人"), (24, "47.6%")),
                       _at((6, "合"), (12, "2406人"), (24, "100%")), ""]) + "\n"
    assert "男女合" not in paragraphs(ruleset.lexicon, table)


# a row of two headlines, the left one wrapped inside its number; under them the right item's first line (its byline
# spaced out), then both items' lines side by side, the left one's byline spaced out by three spaces and its last
# line under the right column's end
_ROW = "\n".join([
    _HEAD, "",
    _at((30, "中卫：社区网格员队伍扩至460"), (66, "自治区第三人民医院扩建项目投用")),
    "",
    _at((30, "0人")),
    _at((57, "本报讯（记者  周岚）9月12日，自治")),
    _at((32, "本报讯（通讯员   卫司）今年以来，"), (54, "区第三人民医院扩建项目投入使用，新增")),
    _at((30, "中卫市新选聘专职社区网格员260名，全"), (54, "床位260张，医院总床位达到840张，项目")),
    _at((30, "市社区网格员达到4600人，1至8月化解矛"), (54, "总投资3.1亿元。")),
    _at((30, "盾纠纷3870件，化解率达到97.6%。")),
    "",
]) + "\n"


@pytest.mark.slow
def test_two_items_side_by_side_under_a_row_of_headlines_keep_their_figures(extractor: Extractor, ruleset: RuleSet) -> None:
    """The left headline's tail (0人) goes on from it: 4600人, no 0人; the left item's column is read whole, its
    spaced byline no column's start (4600人 in the body kept), and its last line (盾纠纷3870件…) before the right
    item, so that its figures are the left item's city's; the right item's first line is the right item's."""
    got = quoted(dated_figures(extractor, _ROW, "2026-09-16", "宁夏法治报"), "place", "period")
    quotes = [q for q, _, _ in got]
    assert "0人" not in quotes
    assert quotes.count("4600人") == 2
    assert ("3870件", "中卫市", "2026M01-M08") in got and ("97.6%", "中卫市", "2026M01-M08") in got
    assert ("260张", "宁夏回族自治区", "2026-09") in got
    pars = paragraphs(ruleset.lexicon, _ROW)
    assert any(p.startswith("本报讯（记者周岚）9月12日，自治区第三人民医院扩建项目投入使用") for p in pars)



# a page as PDFium prints it: a line of text a line, no indents; an item's last paragraph, then a 数说 box whose
# figures stand each over its label, the last label opening with its month
_BOXED = "\n".join([
    "天山日报 2026年8月20日 星期四 第1版 要闻 1",
    "1至7月全市城镇新增就业1.86万人",
    "本报讯（记者 陈立）记者从市人力资源",
    "和社会保障局获悉，1至7月，全市城镇新增",
    "就业1.86万人，完成年度目标任务的77.5%。",
    "今年，全市计划城镇新增就业2.4万人，",
    "开发公益性岗位900个。",
    "数说·1至7月",
    "8.6%",
    "规上工业增加值增长",
    "312.4亿元",
    "社会消费品零售总额",
    "426万人次",
    "7月份接待游客",
    "",
]) + "\n"


@pytest.mark.slow
def test_a_box_title_under_a_paragraphs_last_line_opens_the_box(extractor: Extractor) -> None:
    """数说·1至7月 under …岗位900个。: the box's title, not the item's last words; its entries are of its time (the
    month of publication before), the last one of its label's own month."""
    got = quoted(dated_figures(extractor, _BOXED, "2026-08-20", "天山日报"), "period")
    assert ("8.6%", "2026M01-M07") in got and ("312.4亿元", "2026M01-M07") in got
    assert ("426万人次", "2026-07") in got
    assert ("900个", "2026") in got


def _box_page(tmp_path: Path) -> Path:
    """A lead in two columns at a pitch of 1.3 over a 数说 box whose entries are each a figure over its label, the
    second label opening with its month; stats' PDF reader sets each of the box's lines a paragraph, indented."""
    from tests.pdfpages import Article, Region, typeset

    lead = Article("前三季度全市新增就业岗位12.4万个", [
        "本报讯（记者 李明）10月26日，记者从市人力资源和社会保障局获悉，前三季度，全市新增就业岗位12.4万个，"
        "完成全年目标任务的90.5%；帮助引领成功创业6200人。",
        "9月份，全市城镇调查失业率为4.1%，比上月下降0.1个百分点。今年，全市计划新增就业岗位14万个。",
    ])
    box = Article("数说·前三季度", ["12.4万个", "新增就业岗位", "4.1%", "9月份城镇调查失业率", "86.2万人次",
                                 "职工技能培训", "326家", "职工创新工作室"])
    pdf = tmp_path / "box.pdf"
    typeset(pdf, [[Region(lead, 40.0, 390.0, 60.0, 290.0, 2, leading=1.3, head_size=16.0),
                   Region(box, 40.0, 200.0, 300.0, 600.0, 1, size=10.0, leading=1.5, head_size=11.0)]],
            running_head="滨江工人报 2026年10月27日 星期二 第2版")
    return pdf


@pytest.mark.slow
def test_a_box_label_under_its_figure_goes_on_with_it_and_dates_it(tmp_path: Path, extractor: Extractor) -> None:
    """4.1% | 9月份城镇调查失业率, each line a paragraph of its own and indented: the label goes on with its figure
    (an unemployment rate of September), not over the next entry as its headline (86.2万人次 of the box's 前三季度)."""
    pdf = _box_page(tmp_path)
    src = dataclasses.replace(read_pdf(pdf), meta=DocMeta("2026-10-27", "滨江工人报", "", "manifest.csv:2"))
    figs = extractor.extract_source(src).figures
    box = [f for f in figs if f["sentence"].startswith(f["quote"])]
    got = {(f["quote"], f["period"], f["metric"]) for f in box}
    assert ("4.1%", "2026-09", "jobs.unemployment_rate") in got
    assert ("86.2万人次", "2026Q1-Q3", "jobs.training") in got
    assert ("326家", "2026Q1-Q3") in {(q, p) for q, p, _ in got}


@pytest.mark.slow
def test_a_typeset_row_of_headlines_read_by_pdfplumber_keeps_a_wrapped_number_whole(tmp_path: Path,
                                                                                  extractor: Extractor) -> None:
    """Two items side by side at a pitch of 1.3, their 18-point headlines on one row, the left one wrapped in its
    cell inside its number (…扩至460 | 0人), the page read by pdfplumber's layout mode: the tail goes on from the
    left headline, not on the row's last one; 0人 is never read."""
    pdfplumber = pytest.importorskip("pdfplumber")
    from tests.pdfpages import Article, Region, typeset

    left = Article("中卫：社区网格员队伍扩至4600人", [
        "本报讯（通讯员 卫司）今年以来，中卫市新选聘专职社区网格员260名，全市社区网格员达到4600人，"
        "1至8月化解矛盾纠纷3870件，化解率达到97.6%。"])
    right = Article("自治区第三人民医院新楼投用", [
        "本报讯（记者 周岚）9月12日，自治区第三人民医院扩建项目投入使用，新增床位260张，医院总床位达到840张，"
        "项目总投资3.1亿元。"])
    pdf = tmp_path / "row.pdf"
    typeset(pdf, [[Region(left, 40.0, 287.0, 100.0, 330.0, 1, leading=1.3, head_size=18.0),
                   Region(right, 302.0, 545.0, 100.0, 330.0, 1, leading=1.3, head_size=18.0)]],
            running_head="宁夏法治报 2026年9月16日 星期三 第3版 综合")
    with pdfplumber.open(pdf) as doc:
        text = doc.pages[0].extract_text(layout=True)
    assert "扩至460 " in text and "\n      0人" in text  # (the damage as the reader leaves it)
    got = [q for q, in quoted(dated_figures(extractor, text, "2026-09-16", "宁夏法治报"))]
    assert "0人" not in got
    assert got.count("4600人") == 2
