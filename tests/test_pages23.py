"""More of what real newspaper pages hold (pages23): a column of bulleted briefs that pdfminer read line by line
across with the article beside it, a number box's row of figures read before its row of labels, and a notice set
across the columns broken at a blank line. Pages invented, in the style of such pages."""

from __future__ import annotations

from stats.rules.rulefile import RuleSet
from stats.run.pipeline import Extractor
from tests.repaired import paragraphs

# a page read a line at a time (a blank line after each): a box of three figures over their labels, then a column
# of briefs (■乙河县…) beside an article's two columns, the briefs going on alone once the article ends, and a notice
_LINES = [
    "城市日报 2024年5月9日 星期四 第2版 综合", "图解一季度全市经济", "412.5亿元", "6.1%", "3.2万人",
    "全市地区生产总值", "规上工业增加值增长", "城镇新增就业", "简讯", "甲山县茶园扩面增效",
    "■乙河县今年新修乡村公路54公里", "本报讯（记者 王晓明）今年以来，", "甲山县计划到2026年，全县茶产业综",
    "，投入资金1.6亿元。", "甲山县新建标准化茶园0.8万亩，全县茶", "合产值达到30亿元，带动茶农2.1万户增",
    "■丙川县前三季度接待游客215万人", "园总面积达到12.4万亩；前三季度茶叶产", "收。", "次，同比增长9.6%。",
    "量0.62万吨，综合产值突破20亿元。", "■丁港县新增造林面积0.9万亩，森", "林覆盖率达到71.3%。",
    "■戊城县今年新增养老床位180张，", "全县养老床位总数达到640张。", "■己坪县前10个月城镇新增就业1530",
    "人，完成年度目标任务的46%。", "某某展销会启事", "展销会将于6月12日至14日在市体育中心举办，设置展",
    "位300个，预计吸引客商800家。",
]
_PAGE = "\n\n".join(_LINES) + "\n"


def test_bulleted_briefs_read_across_with_a_column_beside_go_on_line_by_line(ruleset: RuleSet) -> None:
    """A brief's bullet (■乙河县…, no dateline) opens an item: nothing goes on into it, and a run of such briefs
    printed in order once the article beside them ended goes on line by line (…就业1530 | 人，…), not a stride on
    into another brief (…森 | 全县养老床位…); the first brief's line goes on a stride on, beside the article."""
    pars = paragraphs(ruleset.lexicon, _PAGE)
    assert "■乙河县今年新修乡村公路54公里，投入资金1.6亿元。" in pars
    assert "■丁港县新增造林面积0.9万亩，森林覆盖率达到71.3%。" in pars
    assert "■戊城县今年新增养老床位180张，全县养老床位总数达到640张。" in pars
    assert "■己坪县前10个月城镇新增就业1530人，完成年度目标任务的46%。" in pars


def test_a_box_row_of_figures_before_its_row_of_labels_pairs_them_in_order(ruleset: RuleSet) -> None:
    """Three figures alone on their lines, then three labels: the k-th label names the k-th figure."""
    pars = paragraphs(ruleset.lexicon, _PAGE)
    assert ["412.5亿元全市地区生产总值", "6.1%规上工业增加值增长", "3.2万人城镇新增就业"] == [
        p for p in pars if p[:1].isdigit()][:3]
    # (one label fewer than the figures, a brief's line after them: no pairing, the figures stand alone)
    short = "\n\n".join(_LINES[:7] + _LINES[10:]) + "\n"
    assert "412.5亿元全市地区生产总值" not in paragraphs(ruleset.lexicon, short)


def test_a_notice_line_wider_than_the_columns_goes_on_in_the_next_line(ruleset: RuleSet) -> None:
    """A notice set across the columns, broken at a blank line mid-word (…设置展 | 位300个…), reads as one sentence."""
    pars = paragraphs(ruleset.lexicon, _PAGE)
    assert "展销会将于6月12日至14日在市体育中心举办，设置展位300个，预计吸引客商800家。" in pars


def test_the_briefs_page_figures(extractor: Extractor) -> None:
    """The brief's number cut at its line's end is read whole, and the brief's clauses name what it counts; the
    box's figures take the topics their labels name."""
    figures = {f["quote"]: f for f in extractor.extract_text(_PAGE).figures}
    got = {q: f["topic"] for q, f in figures.items()}
    assert got["1530人"] == "jobs" and got["46%"] == "jobs" and got["640张"] == "beds" and got["3.2万人"] == "jobs"
    # (a box's label naming a value and its verb after the figure, 6.1% 规上工业增加值增长: the growth)
    assert figures["6.1%"]["role"] == "change" and figures["412.5亿元"]["role"] == "level"
