"""Helpers for the page-layout tests: a page's paragraphs after layout repair, and columns printed a
row at a time as a loose extractor prints them. Shared so that each test reads its page the one way the
pipeline does."""

from __future__ import annotations

from stats.repair.layout import repair
from stats.rules.lexicon import Lexicon


def paragraphs(lex: Lexicon, page: str) -> list[str]:
    """The page's lines after layout repair, with the repair settings the lexicon gives."""
    return repair(page, lex.article_start, lex.sentence_end, closing=lex.closing, complete=lex.line_complete,
                  alone=lex.running_head, heading=lex.heading,
                  unit_whole=lex.unit_whole, unit_open=lex.unit_open, byline=lex.byline).text.split("\n")


def swept(columns: list[list[str]]) -> list[str]:
    """The columns' lines a row at a time, as pdfminer prints a loosely set page."""
    return [c[r] for r in range(max(map(len, columns))) for c in columns if r < len(c)]


def side_by_side(columns: list[list[str]], starts: list[int], blank_after: tuple[int, ...] = ()) -> str:
    """The columns' lines a row at a time, each set at its column's start (pdfplumber's layout=True), a
    blank row after the rows named (where a line's pitch falls between two of the grid's rows)."""
    rows = []
    for r in range(max(map(len, columns))):
        line = ""
        for c, col in enumerate(columns):
            if r < len(col) and col[r]:
                line = line.ljust(starts[c]) + col[r]
        rows.append(line)
        if r in blank_after:
            rows.append("")
    return "\n".join(rows) + "\n"


# A page of four columns printed a row at a time (pdftotext without -layout), under a running head and a
# headline over two items: its columns' ends and a line alone under the last row are what page tests read.
FOUR_COLUMN_ROWS = [
    "城市日报 2024年2月22日 星期四 第2版 综合",
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
    "本报讯（记者 赵强）记者从市人社局获悉，2023年，全市城镇新增就业6.5万人。",
]


def at_columns(*pieces: tuple[int, str]) -> str:
    """One line as pdfplumber's layout mode prints it: each piece at its column (a character a column)."""
    line = ""
    for at, text in pieces:
        line = line.ljust(at) + text
    return line
