"""What pages8 left on data/gold/pages: a page printed a row at a time (pdfplumber), whose first
column's last line (an indented first line, narrower than the column) goes on in a short line alone
under the row, the other columns having ended. Pages and sentences invented, in the style of such pages."""

from __future__ import annotations

from stats.extract.layout import repair
from stats.rules.rulefile import RuleSet


def _pars(ruleset: RuleSet, page: str) -> list[str]:
    lex = ruleset.lexicon
    return repair(page, lex.article_start, lex.sentence_end, closing=lex.closing, complete=lex.line_complete,
                  alone=lex.running_head, heading=lex.heading).text.split("\n")


def test_a_line_alone_under_a_row_ending_its_paragraph_goes_on_from_the_first_column(ruleset: RuleSet) -> None:
    """The row 今年，丙县计划新增普 | 及全体人民。 | 持返乡创业…带动就业 | …安全感。 is the last of four columns;
    under it, alone, 惠养老床位400张。 (short: the paragraph's last line). The columns that ended are the
    ones after the first: the line goes on from the first column's, however short. Before, it was judged
    by its width as if it might be any column's, and 400张 lost its 计划 (a level, not a target)."""
    rows = ["城市日报 2024年2月22日 星期四 第2版 综合",
            "甲县建成康养床位900张 乙县返乡创业人员超千人",
            "本报讯（记者 李明） 甲县民政局负责人介绍 本报讯（记者 王芳） 5600余人。",
            "去年以来，甲县投入资金1. ，接下来将进一步完善工作机 今年春节期间，乙县举办返 乙县人社局相关负责人",
            "8亿元，改造提升乡镇敬老院1 制，压实各方责任，加强跟踪 乡人员招聘会10场，1.6万余名 说，将继续把这项工作作为重",
            "2所，建成乡村康养床位900 调度和督促检查，及时协调解 求职者进场求职，初步达成就 要民生实事来抓，细化任务清",
            "张。全县每千名老年人拥有养 决群众反映强烈的突出问题， 业意向3200人。 单，强化资金保障，确保各项",
            "老床位由30张提高到38张。 让改革发展成果更多更公平惠 截至1月底，全县累计扶 措施落地见效，不断增强群众",
            "今年，丙县计划新增普 及全体人民。 持返乡创业980人，带动就业 的获得感、幸福感、安全感。",
            "惠养老床位400张。",
            "全市去年新增城镇就业6.5万人",
            "本报讯（记者 赵强）记者从市人社局获悉，2023年，全市城镇新增就业6.5万人。"]
    pars = _pars(ruleset, "\n".join(rows) + "\n")
    assert any(p.startswith("今年，丙县计划新增普惠养老床位400张。") for p in pars)
    assert "截至1月底，全县累计扶持返乡创业980人，带动就业5600余人。" in pars
    assert ("去年以来，甲县投入资金1.8亿元，改造提升乡镇敬老院12所，建成乡村康养床位900张。"
            "全县每千名老年人拥有养老床位由30张提高到38张。") in pars
