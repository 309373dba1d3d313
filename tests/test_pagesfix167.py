"""What the page p101 of data/gold/pages still showed (pagesfix167), on pages and lines of our own.

A page an extractor read block by block (pdftotext in its reading order, a blank line after each block) printed the
blocks of two columns out of order, and a sentence cut inside a change verb lost it: …各项贷款余额达到2368.4亿元，比年初增
and, printed far above it, 加96.3亿元。 (a rise read as a level), …雷山县接待游客486.7万人次，同 and 比增长18.6%。 (the
growth given to the lead's 全州, its county lost). The seam (增加, 同比) is written too seldom on such a page to join the
two. A line breaking off on a change verb's first half now goes on in the one line opening with the verb's rest right
before a number, where each is the other's only match.

A number cut at a block's end (…全州新建标准化村卫生室58) ran on into a table's caption opening with a span
(1至7月部分县（市）就业情况…: 581至7月, no figure) instead of the block opening with its unit's tail alone (个，所有县…):
digits cut at a line's end no longer run on into a line opening with a range whose start they would carry past its
end (581 over 7); a range they leave in order runs on as before (…时期：指202 | 6—2030年).

A page of our own typeset with the PDF page builder and read back by pdftotext in its reading order at the same
pitch (1.8) shows the county's cut (…平利县共接待游客205.7万人次，同 | 比增长16.4%。, printed after the chart).

Sentences invented, in the style of such pages."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from stats.repair.interleave import Interleave
from stats.rules.rulefile import RuleSet
from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def _interleave(ruleset: RuleSet) -> Interleave:
    """An Interleave with the rule files' change verbs and range marks, as the pipeline builds it."""
    lex = ruleset.lexicon
    return Interleave(number_before=lex.change_verbs, range_marks=(*lex.range_separators, *lex.dashes))


def test_a_change_verb_cut_at_a_lines_end_and_its_rest_before_a_number(ruleset: RuleSet) -> None:
    """比年初增 | 加52.8亿元。 and 同 | 比增长16.4%。 are one verb's halves before a number, 同比 | 增长16.4%。 two verbs
    before one; a line opening with a verb's rest that a word, not a number, follows (长江沿线…), or with a number's
    tail (万人次，…), is none."""
    il = _interleave(ruleset)
    assert il._verb_seam("各项贷款余额达到1368.4亿元，比年初增", "加52.8亿元。")
    assert il._verb_seam("平利县接待游客205.7万人次，同", "比增长16.4%。")
    assert il._verb_seam("平利县接待游客205.7万人次，同比", "增长16.4%。")  # (the cut between two verbs)
    assert not il._verb_seam("全市上下齐心协力推动经济增", "长江沿线港口吞吐量稳步提升。")
    assert not il._verb_seam("全市接待游客1260.5", "万人次，同比增长8.3%。")


def test_digits_cut_at_a_lines_end_run_into_no_range_they_would_carry_past_its_end(ruleset: RuleSet) -> None:
    """…卫生室46 | 1至8月…: 461 over 8, the range is the line's own; …指202 | 6—2030年 reads 2026 to 2030, and
    …增长1 | 1至12月 11 to 12: the digits may run on."""
    il = _interleave(ruleset)
    assert il._range_past("今年以来，全市新建标准化村卫生室46", "1至8月部分县区就业情况（单位：人）")
    assert not il._range_past("■“十五五”时期：指202", "6—2030年，即国民经济和社会发展第十五个五年规划时期。")
    assert not il._range_past("全市共举办招聘会1", "1至12月期间每周一场。")
    assert not il._range_past("全市城镇新增就业", "1至8月部分县区就业情况")


# a city paper's first page as pdftotext prints it in its reading order (a block a box, a blank line after each): a
# lead in two columns whose blocks came out of order, a loan balance's rise cut inside 增加 (加52.8亿元。 printed near the
# top), a chart's values a line between its ticks, and a county item whose last line's 同 | 比增长16.4%。 came before it
_PAGE = [
    "安康日报 2026年9月10日 星期四 第1版 要闻", "1",
    "前8个月全市固定资产投资增长6.4%\n本报讯（记者 李明）9月8日，记",
    "%。", "加52.8亿元。",
    "者从市统计局获悉，前8个月，全市固",
    "前8个月，全市接待游客1260.5万人次",
    "今年，全市力争规模以上工业增加值",
    "定资产投资同比增长6.4%，其中工业投资增长",
    "，实现旅游综合收入98.6亿元，分别增",
    "增长7%以上，旅游综合收入突破150亿元",
    "9.2%；规模以上工业增加值增长5.8%；",
    "长8.3%和9.1%。8月末，全市金融机构",
    "。（转第2版）",
    "社会消费品零售总额86.5亿元，增长4.2",
    "各项贷款余额达到1368.4亿元，比年初增",
    "前8个月部分县区接待游客\n600",
    "三县区乡村旅游持续升温", "单位：万人次", "462.3",
    "本报讯（记者 王芳）前8", "300", "比增长16.4%。",
    "个月，汉滨区接待游客462.3万人次", "今年以来，石泉县新评定星级",
    "，旬阳市接待游客318.6万人次，", "民宿36家；紫阳县前8个月实现旅游",
    "平利县接待游客205.7万人次，同", "综合收入12.6亿元，增长11.2%。",
    "0\n汉滨", "旬阳", "平利",
]


@pytest.mark.slow
def test_a_change_verb_cut_at_a_blocks_end_goes_on_in_the_one_block_of_its_rest(extractor: Extractor) -> None:
    """…比年初增 | 加52.8亿元。: a rise; …平利县接待游客205.7万人次，同 | 比增长16.4%。: 平利's
    growth, not the item's first county's."""
    got = _got(_run(extractor, "\n\n".join(_PAGE) + "\n\f", "2026-09-10"), "value", "role", "place")
    assert [(q, role) for q, _, role, _ in got if q == "52.8亿元"] == [("52.8亿元", "change")]
    assert ("16.4%", 16.4, "change", "平利县") in got


# the same paper's page 2 as pdftotext prints it: a beds item whose last sentence broke off on a number (…村卫生室46),
# its unit's tail (家，所有乡镇…) printed at the top, a jobs item, and a table's caption opening with a span
_PAGE2 = [
    "家，所有乡镇卫生院均建成发热门诊。1至8月，全市县域内就诊率达到90.6%。",
    "疗卫生机构床位达到1.96万张，每千人口医",
    "今年，全市计划新增医疗卫生机构床位",
    "疗卫生机构床位数6.8张；全市执业（助理）",
    "800张，到2027年每千人口执业（助理）医",
    "医师0.92万人。", "师数达到3.1人。",
    "今年以来，全市新建标准化村卫生室46",
    "稳岗位", "1至8月",
    "本报讯（记者 周涛）记者从市人力资源和社会保障局",
    "今年以来，全市开展“春风行动”等招聘活动142场，",
    "获悉，1至8月，全市城镇新增就业1.26万人，完成年度目标",
    "提供就业岗位3.6万个。8月末，全市城镇登记失业率为3.2",
    "任务的72.5%；农村劳动力转移就业新增1.84万人。",
    "%。", "1至8月部分县区就业情况（单位：人）",
]


@pytest.mark.slow
def test_a_number_cut_at_a_blocks_end_skips_a_caption_opening_with_a_span(extractor: Extractor) -> None:
    """…卫生室46 and the caption 1至8月部分县区… (461至8月): the digits run on into no range, and the one block opening
    with the unit's tail alone (家，所有…) is the cut number's: 46家."""
    got = [q for q, *_ in _got(_run(extractor, "\n\n".join(_PAGE2) + "\n\f", "2026-09-10"))]
    assert "46家" in got
    assert not any(q.startswith("461") for q in got)


def _pdftotext_page(tmp_path: Path) -> str:
    """A 要闻 page of our own typeset as p101's (a lead in three columns and a county item in two at a pitch of 1.8, a
    chart between), read back by pdftotext in its reading order."""
    from tests import pdfnews
    from tests.pdfnews import Chart, Page
    from tests.pdfpages import Article, Region

    lead = Article("前8个月全市固定资产投资增长6.4%", [
        "本报讯（记者 李明）9月8日，记者从市统计局获悉，前8个月，全市固定资产投资同比增长6.4%，其中工业投资增长9.2%；"
        "规模以上工业增加值增长5.8%；社会消费品零售总额86.5亿元，增长4.2%。",
        "前8个月，全市接待游客1260.5万人次，实现旅游综合收入98.6亿元，分别增长8.3%和9.1%。8月末，全市金融机构各项贷款"
        "余额合计达到1368.4亿元，比年初增加52.8亿元。",
        "今年，全市力争规模以上工业增加值增长7%以上，旅游综合收入突破150亿元。"])
    item = Article("三县区乡村旅游持续升温", [
        "本报讯（记者 王芳）前8个月，汉滨区接待游客462.3万人次，旬阳市接待游客318.6万人次，平利县共接待游客205.7万人次，"
        "同比增长16.4%。",
        "今年以来，石泉县新评定星级民宿36家；紫阳县前8个月实现旅游综合收入12.6亿元，增长11.2%。"])
    pdf = tmp_path / "p.pdf"
    pdfnews.typeset_news(pdf, [Page([
        Region(lead, 40.0, 555.0, 60.0, 200.0, 3, leading=1.8, head_size=18.0),
        Chart("前8个月部分县区接待游客　单位：万人次", ["汉滨", "旬阳", "平利"], [462.3, 318.6, 205.7],
              [0, 300, 600], 40.0, 250.0, 206.0, inside=False),
        Region(item, 270.0, 555.0, 206.0, 340.0, 2, leading=1.8, head_size=14.0),
    ])], "安康日报 2026年9月10日 星期四 第1版 要闻")
    return subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True).stdout


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler's pdftotext not installed")
def test_a_pdf_pages_county_growth_cut_inside_its_verb_stays_the_countys(tmp_path: Path, extractor: Extractor) -> None:
    """pdftotext prints 比增长16.4%。 before the item's lines and …平利县共接待游客205.7万人次，同 after the chart: joined,
    the growth is 平利县's (not 汉滨区's, the item's first county), and the lead's rise 比年初增 | 加52.8亿元 a change."""
    text = _pdftotext_page(tmp_path)
    assert any(line.endswith("，同") for line in text.splitlines())  # (the page cuts the verb as p101's did)
    got = _got(_run(extractor, text, "2026-09-10"), "value", "role", "place")
    assert ("16.4%", 16.4, "change", "平利县") in got
    assert [(q, role) for q, _, role, _ in got if q == "52.8亿元"] == [("52.8亿元", "change")]
