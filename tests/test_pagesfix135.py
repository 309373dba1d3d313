"""The newest newspaper pages' layout damage (pagesfix135; the pages set's p93, p94 and p91).

- A PDF page read by stats at a tight pitch: a 数说 box, its title set out left of its lines, and under it a short
  headline in a narrow cell, set in nearly the box's type and close enough to be read as the box's last lines; wrapped
  in the cell's width, the break falls inside its number (…覆盖3 | 72万人). Each of the box's lines is a paragraph of
  its own (set in from the title), and so was the headline's second line: 72万人, a wrong value. A line set in as
  far as the full line above it, that line ending on a digit and this one opening on one, goes on from it.
- A page pdfminer printed a line a box, swept across the columns: a lead's third column ends early on its jump line
  (（转第2版）) while the two before it go on under that row; the line swept right before the jump was taken for the
  foot of its column (an article jumped fills its columns), so its number cut before its unit (…达到128.6亿 | 斤，…)
  found no line and was left out. A column of the jump's row that runs on past it (a number running on a stride on)
  shows the columns go on. And a number cut before a whole unit closed by a mark (…医师6120 | 人。今年…) is as sure a
  seam as a number running on: with the sweep's rhythm it joins.
- 上半年，…增长8.3%，其中6月份增长9.6%；固定资产投资增长6.2%: the month after 其中 dates its part, inside its item;
  past the ； the figures keep the half-year.

Sentences invented, in the style of such pages."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from stats.read.manifest import DocMeta
from stats.read.sources import read_pdf
from stats.run.pipeline import Extractor
from tests.dated import dated_figures, quoted


def _box_page(tmp_path: Path) -> Path:
    """A lead in two columns at a pitch of 1.3 beside a 数说 box (10 points, its title at 11 set out left of its
    lines), and under the box a one-column item whose 11-point headline wraps in its cell inside its number."""
    from tests.pdfpages import Article, Region, typeset

    lead = Article("前三季度全市职工技能培训36.2万人次", [
        "本报讯（记者 马骏）记者从市总工会获悉，前三季度，全市各级工会开展职工技能培训36.2万人次，比去年同期增长9.4%；"
        "新增高技能人才1.36万人，全市高技能人才总量达到42.8万人。",
        "今年以来，市总工会投入职工素质工程资金1.08亿元，建成职工创新工作室326家，新增会员单位2.4万家。",
    ])
    box = Article("数说·前三季度", ["36.2万人次", "职工技能培训", "2.4万家", "新增会员单位"])
    item = Article("全市职工互助保障覆盖372万人", [
        "本报讯（记者 林珊）前三季度，市职工保障互助会给付互助保障金3.6亿元，惠及职工41.5万人次。",
    ])
    pdf = tmp_path / "box.pdf"
    typeset(pdf, [[Region(lead, 40.0, 390.0, 60.0, 330.0, 2, leading=1.3, head_size=16.0),
                   Region(box, 415.0, 555.0, 100.0, 190.0, 1, size=10.0, leading=1.5, head_size=11.0),
                   Region(item, 437.5, 555.0, 200.0, 330.0, 1, leading=1.3, head_size=11.0)]],
            running_head="滨江工人报 2026年10月27日 星期二 第2版")
    return pdf


@pytest.mark.slow
def test_a_headline_wrapped_inside_its_number_under_a_box_keeps_the_number_whole(tmp_path: Path,
                                                                                  extractor: Extractor) -> None:
    """…覆盖3 | 72万人: the headline's second line, set in from the box's title as far as its first line, goes on
    from that full line ending on a digit; 72万人 is never read."""
    pdf = _box_page(tmp_path)
    text = read_pdf(pdf).text
    assert "全市职工互助保障覆盖372万人" in text
    src = dataclasses.replace(read_pdf(pdf), meta=DocMeta("2026-10-27", "滨江工人报", "", "manifest.csv:2"))
    got = [f["quote"] for f in extractor.extract_source(src).figures]
    assert "372万人" in got and "72万人" not in got
    assert got.count("36.2万人次") == 3 and "2.4万家" in got  # (the box's own lines stay each a paragraph)


# the page as pdfminer (boxes_flow=None) prints it: each line its own box and a blank line after it. A lead in three
# columns, the third ending on its jump line in the third row while the first two go on two rows more; under it a
# hospital item in two columns beside a column of ■ briefs printed in order
_SWEPT = "\n\n".join([
    '松原日报 2026年11月18日 星期三 第1版 要闻',
    '1',
    '前10个月松原规上工业增加值增长6.9%',
    '本报讯（记者 宋阳）11月17日，记者',
    '前10个月，全市固定资产投资增长5.',
    '10月末，全市金融机构本外币各项存',
    '从市统计局获悉，前10个月，全市规模以',
    '4%，社会消费品零售总额312.6亿元，增',
    '款余额1986.3亿元，比年初增长8.1%。（',
    '上工业增加值同比增长6.9%，高于全省0.',
    '长4.7%。今年全市粮食总产量预计达到',
    '转第2版）',
    '5个百分点；其中，农产品加工业增加值',
    '136.4亿斤，比上年增加3.8亿斤，再创',
    '增长10.2%。',
    '历史新高。',
    '市人民医院新院区投用\u3000新增床位520张',
    '■乾安县前10个月接待游客268万人',
    '本报讯（记者 韩梅 通讯员 松卫）11',
    '截至10月末，全市医疗卫生机构床位',
    '次，增长12.3%。',
    '月16日，松原市人民医院新院区正',
    '数达到1.42万张，每千人口医疗卫生机构',
    '■长岭县今年新建高标准农田16.2万',
    '式投入使用，新增床位520张，医院编制',
    '床位数7.9张；全市执业（助理）医师5380',
    '亩。',
    '床位达到1600张，其中重症监护床位86',
    '名。今年，全市计划新增托位800个。',
    '■宁江区10月份新增市场主体412户。',
    '张。',
    '■扶余市前10个月完成外贸进出口4.',
    '前10个月全市城镇新增就业2.37万人',
    '6亿元。',
    '本报讯（记者 高远）记者从市人社',
    '业12.6万人。',
    '局获悉，前10个月，全市城镇新增就业2.',
    '10月末，全市城镇登记失业率为3.2%',
    '37万人，完成年度计划的104.2%；农村劳',
    '。明年，全市计划城镇新增就业2.4万人',
    '动力转移就业36.8万人，其中省外转移就',
    '，开发公益性岗位1200个。',
    '松原日报社出版\u3000责任编辑：孟华\u3000\u30001',
]) + "\n"


@pytest.fixture(scope="module")
def swept(extractor: Extractor) -> list[tuple]:
    return quoted(dated_figures(extractor, _SWEPT, "2026-11-18", "松原日报"), "value", "period", "metric")


@pytest.mark.slow
def test_a_jump_line_ending_its_short_column_early_is_no_foot_of_the_columns_before(swept: list[tuple]) -> None:
    """…粮食总产量预计达到 | 136.4亿斤，比上年…: the line swept right before the jump's (转第2版）) goes on a stride on,
    as the first column's line of that row does (…高于全省0. | 5个百分点), not at the next column's top; the figure is
    read in its sentence, of grain (it had opened a sentence of its own, its subject lost)."""
    assert ("136.4亿斤", 13640000000.0, "2026", "quantity.grain_output") in swept
    assert ("0.5个百分点", 0.5, "2026M01-M10", "percent.points") in swept


@pytest.mark.slow
def test_a_number_cut_before_its_whole_unit_goes_on_at_the_sweeps_stride(swept: list[tuple]) -> None:
    """…医师5380 | 名。今年…, …重症监护床位86 | 张。: a unit closed by a mark says a number was cut before it, and the
    page's stride agrees: joined (each had been left out, a number ending a line that no line was found to go on
    from); no brief's number is taken into either (…16.2万 | 亩。 goes on in its own brief)."""
    got = [f[:3] for f in swept]
    assert ("5380名", 5380.0, "2026-10") in got
    assert ("86张", 86.0, "2026-11") in got or ("86张", 86.0, "2026-10") in got
    assert ("16.2万亩", 162000.0, "2026") in got
    assert not [f for f in got if str(f[1]).startswith(("53804", "5386", "8616"))]


def test_a_month_of_a_part_dates_its_own_item_only(extractor: Extractor) -> None:
    """其中6月份…；: the month dates the part it opens and what goes on in its item; past the ； the half-year holds."""
    text = ("上半年，全县规模以上工业增加值增长7.2%，其中6月份增长8.5%，环比增长1.3%；固定资产投资增长4.6%，"
            "其中工业投资增长11.7%；社会消费品零售总额86.4亿元，增长3.9%。")
    got = quoted(dated_figures(extractor, text, "2026-07-20", "某县融媒"), "period")
    assert got == [("7.2%", "2026H1"), ("8.5%", "2026-06"), ("1.3%", "2026-06"), ("4.6%", "2026H1"),
                   ("11.7%", "2026H1"), ("86.4亿元", "2026H1"), ("3.9%", "2026H1")]
    # (a month of its own opening an item, no part of the figure before it, still dates the items after it)
    text = "上半年，全县新增城镇就业3260人；6月份，全县城镇调查失业率为4.8%；城镇登记失业人员再就业420人。"
    got = quoted(dated_figures(extractor, text, "2026-07-20", "某县融媒"), "period")
    assert got == [("3260人", "2026H1"), ("4.8%", "2026-06"), ("420人", "2026-06")]
