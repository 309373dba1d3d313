"""Texts written a paragraph a line (web pages, files): a heading, a headline or a short title line with no
mark stands as a paragraph of its own instead of running into the paragraph under it; a hard-wrapped page
and a line cut inside a number still join. Short invented texts."""

from __future__ import annotations

from stats.repair.layout import _paragraph_a_line, repair_stream
from stats.rules.rulefile import load_rules
from tests.repaired import paragraphs

LEX = load_rules().lexicon


def test_an_unnumbered_part_title_of_a_work_report_is_a_paragraph_of_its_own() -> None:
    """创新驱动发展 (no pattern names it) between two paragraphs, and the report's title over the first one."""
    page = ("某市人民政府工作报告\n"
            "过去一年，全市经济运行总体平稳，地区生产总值达到3250亿元，增长5.2%，城镇新增就业5.6万人。\n"
            "创新驱动发展\n"
            "今年全市将新增高新技术企业300家以上，全社会研发经费投入增长10%，技术合同成交额突破80亿元。\n"
            "一是扩大有效投资。全年安排市重点项目300个，完成投资1200亿元以上，其中产业项目占比60%。\n")
    assert paragraphs(LEX, page) == [
        "某市人民政府工作报告",
        "过去一年，全市经济运行总体平稳，地区生产总值达到3250亿元，增长5.2%，城镇新增就业5.6万人。",
        "创新驱动发展",
        "今年全市将新增高新技术企业300家以上，全社会研发经费投入增长10%，技术合同成交额突破80亿元。"
        "一是扩大有效投资。全年安排市重点项目300个，完成投资1200亿元以上，其中产业项目占比60%。",
    ]


def test_a_news_items_headline_and_subheads_with_no_marks_stay_out_of_its_paragraphs() -> None:
    """The headline over its subhead stays one paragraph (a headline set over two lines is one too); a
    subhead inside the item (工业生产较快增长) opens the part under it."""
    page = ("全市经济运行稳中向好\n"
            "一季度地区生产总值增长5.6%\n"
            "记者从市统计局获悉，一季度全市实现地区生产总值812.5亿元，同比增长5.6%，增速比上年提高0.3个百分点。\n"
            "分产业看，第一产业增加值45.2亿元，增长3.1%；第二产业增加值320.6亿元，增长6.2%。\n"
            "工业生产较快增长\n"
            "一季度，全市规模以上工业增加值同比增长7.1%，其中制造业增长7.8%，高技术制造业增长12.3%。\n")
    pars = paragraphs(LEX, page)
    assert pars[0] == "全市经济运行稳中向好一季度地区生产总值增长5.6%"
    assert pars[1].startswith("记者从市统计局获悉") and pars[1].endswith("增长6.2%。")
    assert pars[2:] == ["工业生产较快增长",
                        "一季度，全市规模以上工业增加值同比增长7.1%，其中制造业增长7.8%，高技术制造业增长12.3%。"]


def test_a_line_cut_inside_a_number_or_a_sentence_still_joins() -> None:
    """On a page written a paragraph a line, a short piece a break cut off inside a number (…达到6.72 | 万亿元)
    goes on with it, and so does a short line under a line that breaks off mid-sentence (a running head there)."""
    page = ("过去一年，全省经济运行稳中有进，固定资产投资增长4.1%，社会消费品零售总额增长5.3%。\n"
            "全省地区生产总值达到6.72\n"
            "万亿元，增长5.6%，一般公共预算收入5862亿元，同比增长4.6%，其中税收收入增长3.2%。\n"
            "五年来，全省经济总量先后跨越两个万亿元台阶，城镇新增就业累计达到486万人，城乡居民\n"
            "人均可支配收入年均分别增长5.1%和6.8%，民生支出占一般公共预算支出比重保持在七成以上。\n")
    pars = paragraphs(LEX, page)
    assert len(pars) == 1 and "达到6.72万亿元，增长5.6%" in pars[0] and "城乡居民人均可支配收入" in pars[0]


def test_a_hard_wrapped_column_still_joins_its_short_lines() -> None:
    """A narrow column broken at its width: its lines share a width and break off mid-sentence, so the page is
    no paragraph-a-line text, and its short lines (a piece before a number) join as before."""
    page = ("今年以来，全市扎实做好稳就业\n"
            "各项工作，城镇新增就业岗位\n"
            "1.2万个，同比增长5.6%，完成\n"
            "年度目标任务的58.3%。\n"
            "全市新增\n"
            "创业担保贷款2.6亿元，扶持创\n"
            "业人数达到1860人，带动就业\n"
            "5200人。\n")
    assert not _paragraph_a_line(page, LEX.line_complete)
    assert paragraphs(LEX, page) == ["今年以来，全市扎实做好稳就业各项工作，城镇新增就业岗位1.2万个，同比增长5.6%，"
                                     "完成年度目标任务的58.3%。全市新增创业担保贷款2.6亿元，扶持创业人数达到1860人，"
                                     "带动就业5200人。"]


def test_a_title_line_is_set_apart_alike_in_bulk_and_line_by_line() -> None:
    page = ("一季度经济运行情况\n"
            "今年以来，全市上下坚持稳中求进工作总基调，经济运行持续恢复向好，一季度地区生产总值增长5.3%。\n"
            "规模以上工业增加值增长6.8%，社会消费品零售总额增长5.9%，固定资产投资增长4.2%。\n")

    def pars(bulk: bool) -> list[tuple]:
        return [(p.start, p.text, list(p.offsets), p.opened_at)
                for p in repair_stream([page], LEX.article_start, LEX.sentence_end, closing=LEX.closing,
                                       complete=LEX.line_complete, bulk=bulk, alone=LEX.running_head,
                                       heading=LEX.heading)]

    assert pars(True) == pars(False)
    assert [p[1] for p in pars(True)][0] == "一季度经济运行情况"
