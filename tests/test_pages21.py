"""Reading order on real newspaper pages (pages21): a column that breaks off in a number whose tail alone
tops the next column, and more of what real pages hold (captions, continuations, a chart's axis, a vertical
headline, a notice). Pages invented, in the style of such pages."""

from __future__ import annotations

from pathlib import Path

from stats.read.sources import read_pdf
from stats.rules.rulefile import RuleSet
from stats.run.pipeline import Extractor
from tests.repaired import paragraphs, side_by_side


def _two_columns(top: str) -> str:
    return side_by_side([
        ["  本报讯（记者 周岚）东坪", "县今年计划新建高标准农田", "3.1万亩，总投资约1.2亿元，",
         "截至9月底已完成建设任务的7"],
        [top, "  今年，全县秋粮播种面积", "稳定在26万亩。"],
    ], [0, 20])


def test_a_numbers_tail_alone_atop_the_next_column_goes_on_from_the_column_before(ruleset: RuleSet) -> None:
    """The first column breaks off at its full width in a number (…任务的7) and the next column's top line is
    only the number's tail closing its paragraph (2%。): no item opens on such a line, so it is the
    column's tail (72% was left out: the lines could not tell the next column went on)."""
    text = "\n".join(paragraphs(ruleset.lexicon, _two_columns("2%。")))
    assert "截至9月底已完成建设任务的72%。" in text
    assert "今年，全县秋粮播种面积稳定在26万亩。" in text


def test_a_number_atop_the_next_column_that_runs_on_is_still_kept_apart(ruleset: RuleSet) -> None:
    """A top line whose number runs on into words (2023年，…) may open another item: not joined, the figure
    across the columns kept out, as before."""
    text = "\n".join(paragraphs(ruleset.lexicon, _two_columns("2023年全县新增")))
    assert "任务的72" not in text and "任务的7" in text


# two items side by side, each over two columns, read a row of blocks at a time (pdftotext with no flag): the
# left item's first column, the right item's (its dateline), the left item's second column, the right item's
_ROW_OF_BLOCKS = "\n".join([
    "城市日报 2024年11月14日 星期四 第2版 要闻", "",
    "全市工业稳", "",
    "本报讯 前三季度，全市规上工业增加值同比增长6.1%，工业投资增长9.2%，",
    "工业用电量增长5.5%。", "",
    "甲县修公路", "",
    "乙县稳就业", "",
    "（上接第1版）今年，甲县新建", "农村公路126公里，投资同比增", "",
    "本报讯（记者 王一）今", "年以来，乙县举办招聘会18场，", "带动高校毕业生和返乡青年在", "",
    "长8.5%。", "甲县计划明年再新建农村公路", "80公里。", "",
    "本地就业1200人。", "县人社局将继续做好服务。", "", "\f",
])


def test_two_items_side_by_side_read_a_row_of_blocks_at_a_time_go_on_each_in_its_own_column(
        ruleset: RuleSet) -> None:
    """The right item's first block opens with its dateline, so the left item's broken sentence (…同比增)
    goes on two blocks on (长8.5%。: 增长 is written often), and the right item's (…青年在) in the block after
    that: 8.5% was read into the right item (…青年在长8.5%), and its tail (就业1200人) into the left one."""
    pars = paragraphs(ruleset.lexicon, _ROW_OF_BLOCKS)
    assert "（上接第1版）今年，甲县新建农村公路126公里，投资同比增长8.5%。甲县计划明年再新建农村公路80公里。" in pars
    assert ("本报讯（记者王一）今年以来，乙县举办招聘会18场，带动高校毕业生和返乡青年在本地就业1200人。"
            "县人社局将继续做好服务。") in pars


def test_a_charts_ticks_values_and_years_read_from_the_pdf_each_stand_alone(tmp_path: Path,
                                                                            extractor: Extractor) -> None:
    """A bar chart's text is numbers alone, each a block of its own beside another on its row (the value
    axis's 40 beside the last bar's 35.2, the years under the bars): read as one line they made 4035.2 and
    202120222023, numbers that are none. Each stands alone now, and none of them is a figure (no unit)."""
    from tests import pdfnews
    from tests.pdfnews import Chart, Page
    from tests.pdfpages import Article, Region

    pdf = tmp_path / "chart.pdf"
    art = Article("东坪县文旅消费升温", ["本报讯 前三季度，东坪县接待游客126万人次，同比增长8.2%。"])
    pdfnews.typeset_news(pdf, [Page([Chart("2021—2023年东坪县旅游收入（亿元）", ["2021", "2022", "2023"],
                                           [21.4, 28.7, 35.2], [0, 10, 20, 30, 40], 40, 250, 60),
                                     Region(art, 270, 555, 60, 200, 2, head_size=14.0)])])
    lines = [ln.strip("\u3000") for ln in read_pdf(pdf).text.split("\n")]
    assert {"40", "35.2", "21.4", "28.7", "2021", "2022", "2023"} <= set(lines)
    assert {f["quote"] for f in extractor.extract_source(read_pdf(pdf)).figures} == {"126万人次", "8.2%"}


# pdfplumber's rows, one space between two columns, above a 数读 box whose rows set a figure and its label a
# space apart
_BOX_UNDER_ROWS = "\n".join([
    "本报讯（记者 王一）记者从县 今年，全县将力争实现城镇新",
    "统计局获悉，去年全县城镇新 增就业8000人以上，开发城乡",
    "增就业1.3万人，完成年度目 公益性岗位500个，城镇调查",
    "标任务的108%；失业人员再 失业率控制在5.5%以内。",
    "就业4200人，同比增长5.2%。",
    "数读去年全县民生",
    "■ 18.6亿元 发放城乡低保资金",
    "■ 4.9万户 改造老旧小区惠及居民",
    "■ 2860个 新增普惠性托位",
]) + "\n"


def test_a_figures_box_row_a_space_apart_is_no_row_of_columns(ruleset: RuleSet) -> None:
    """A row whose piece is a number alone with its unit (4.9万户) is a cell of a box or a table, as a piece
    of ASCII only was: not cut at its spaces into column lines (the labels were read as one column, 发放城乡低保
    资金改造老旧小区…, and the figures apart from the box's head, whose 去年 dates them)."""
    pars = paragraphs(ruleset.lexicon, _BOX_UNDER_ROWS)
    assert "■18.6亿元发放城乡低保资金" in pars
    assert "■4.9万户改造老旧小区惠及居民" in pars
    assert "■2860个新增普惠性托位" in pars


def test_projects_planned_with_mouhua_shishi_are_targets(extractor: Extractor) -> None:
    """谋划实施 plans the year's projects (as 计划实施): their count and investment are targets, the investment
    done by a month's end a level."""
    got = {f["quote"]: f["role"] for f in extractor.extract_text(
        "东坪县今年谋划实施新能源项目18个，总投资96亿元，截至11月底已完成投资61亿元。").figures}
    assert got == {"18个": "target", "96亿元": "target", "61亿元": "level"}
