"""What the blind pages p73-p74 found (data/gold/pages: 今日古田's 要闻 page read by pypdf's layout mode at a pitch of 1.8
with every eleventh line spaced out; 河南日报's 地方 page read by pdfplumber's plain text at 1.7 with its digits full
width): a lead's three columns whose last lines pypdf set run together, the first column's line above it a paragraph's
indented first line, so the run-on row was not taken as the columns' and went on whole after the third column (its
figures in that column's sentence: 386.2亿元 a target); cut apart, the rest past the second column's line went on
into the third whole; the next item's headline row, set right under that row, was read as the columns' next lines;
and on the pdfplumber page a line whose number at its end was left out (…第3位) was taken as short, so the digits it
opens with (4亿元, the tail of 86.4亿元 cut in two) were read as a figure. Sentences and pages invented, in the style
of such pages."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def _row(*cols: str, at: tuple[int, ...] = (0, 25, 51)) -> str:
    """A text line of pypdf's layout mode: each column's piece where its column starts (characters)."""
    line = ""
    for start, col in zip(at, cols, strict=True):
        line = (line.ljust(start) if line else " " * start) + col
    return line.rstrip()


_LEAD = "\n".join([
    "平和县新闻 2025年12月3日 星期三 第1版 要闻",
    "",
    "县委常委会召开会议",
    "全力冲刺全年目标任务",
    "",
    _row("  本报讯（记者 王明）12月2日，县", "%；工业投资增长9.3%，其中技改投", "吨，占全省的35%以上。"),
    _row("委书记主持召开县委常委会会议，听取", "资增长12.6%；社会消费品零售总额42.8亿", "会议强调，要全力冲刺全年目标，力"),
    _row("全县经济运行情况汇报，研究部署下", "元，增长6.1%；农村居民人均可支配收入", "争全年地区生产总值增长6%以上，一般"),
    _row("阶段重点工作。", "增长7.2%。", "公共预算收入完成9.6亿元。年底前，全"),
    _row("  会议指出，1—11月，全县规模以上", "今年以来，全县蜜柚产业实现全产", "县计划再完成交通投资2.4亿元，新建高"),
    "工业总产值完成218.6亿元，同比增长10.2业链产值68.4亿元，蜜柚产量达到1.6万标准农田0.8万亩。",
    _row("全县新增城镇就业3120人", "", "简讯"),
    "",
])


def test_a_lead_whose_last_row_runs_three_columns_together_reads_each_column_whole(extractor: Extractor) -> None:
    """The run-on last row is the columns' (the first column's line above, an indented paragraph's first, is as
    full as the others), cut at each column's line: the third column's 0.8万亩 is the plan's of 年底前, 218.6亿元 the
    first column's level; the numbers at the cuts (10.2, 1.6) are left out, never joined to the wrong column's text."""
    got = _got(_run(extractor, _LEAD, "2025-12-03", source="平和县新闻"), "value", "role")
    assert ("218.6亿元", 21860000000, "level") in got
    assert ("0.8万亩", 8000, "target") in got
    assert ("68.4亿元", 6840000000, "level") in got
    assert all(value not in (10.2, 16000, 1.6) for _, value, _ in got)


def test_a_headline_row_under_the_columns_is_no_columns_line(extractor: Extractor) -> None:
    """全县新增城镇就业3120人 … 简讯 right under the run-on row opens items of their own: neither is run into the
    sentence of the column above it."""
    figs = _run(extractor, _LEAD, "2025-12-03", source="平和县新闻")
    sentence = {f["quote"]: f["sentence"] for f in figs}
    assert sentence["3120人"].startswith("全县新增城镇就业3120人")
    assert sentence["0.8万亩"].endswith("0.8万亩。")
    assert sentence["218.6亿元"].startswith("会议指出") and "3120" not in sentence["218.6亿元"]


_SWEPT = ("许昌跨境电商进出口额增长18.2% 数据\n"
          "■前三季度，全省跨境电商企业数\n"
          "本报讯（记者 张伟 许昌报道）今年 今年以来，许昌综合保税区（B型） 量达到3260余家，同比增长9.6\n"
          "前三季度，许昌市跨境电商进出口额完成52. 累计进出口货值达到13.4亿元。按照计划， %。\n"
          "■全省已建成跨境电商产业园\n"
          "7亿元，同比增长18.2%，增速居全省第5位 到2027年，全市跨境电商进出口额将突破100\n"
          "区28个，公共海外仓超过150个。\n"
          "。全市现有跨境电商企业260余家，建成海 亿元。\n"
          "■郑州、开封、许昌等6个城市获\n"
          "外仓11个，总面积8.6万平方米。 批省级跨境电商示范城市。\n")


def test_a_number_cut_at_a_lines_end_leaves_its_tail_out_though_that_line_lost_its_own(extractor: Extractor) -> None:
    """Swept a line at a time across an item's two columns and a sidebar: 52. ends a line and 7亿元 opens one that
    continues none found. That line's own number at its end (第5位) was left out too, which left it short, as an
    indented first line is; it was as full as the others, so its 7 is the tail of a number cut in two, no 7亿元."""
    got = _got(_run(extractor, _SWEPT, "2025-12-09", source="河南日报"), "value")
    assert ("13.4亿元", 1340000000) in got
    assert all(value != 700000000 for _, value in got)


def test_an_area_word_after_an_items_bullet_places_no_figure_before_it(extractor: Extractor) -> None:
    """A column's last line run on into a sidebar's first item (…增加1.6亿斤 | 数据 | ■前三季度，全省…): 全省 after the
    bullet is that item's, so the column's figures stay the city's of the item they are in (places.yaml item_bullets);
    the sidebar's own figure is the province's."""
    text = ("周口粮食总产量创新高\n本报讯（记者 张华 周口报道）今年，全市新建高标准农田42万亩。"
            "全年粮食总产量达到98.2亿斤，比上年增加1.6亿斤数据■前三季度，全省粮食产量达到1200亿斤。\n")
    got = _got(_run(extractor, text, "2025-12-09", source="河南日报"), "place")
    assert ("98.2亿斤", "周口市") in got and ("1.6亿斤", "周口市") in got
    assert ("1200亿斤", "河南省") in got


def test_an_interviewers_question_asks_of_the_papers_area_not_the_county_answered_before(extractor: Extractor) -> None:
    """记者：… after a 代表 of a county spoke: the question quotes the city's report, so its figure is the city's
    (places.yaml whole_again), while the county's own figure stays the county's."""
    text = ("代表委员热议政府工作报告\n本报讯（记者 林丽）来自常山县的代表说，常山县今年将新建农村公路120公里。\n"
            "记者：报告提出今年新增养老床位1000张，您怎么看？\n")
    got = _got(_run(extractor, text, "2026-01-30", source="衢州日报"), "place")
    assert got == [("120公里", "常山县"), ("1000张", "衢州市")]
