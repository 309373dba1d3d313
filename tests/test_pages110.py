"""Forms of pages p89-p90 (pages110): a city paper's front page read by pdftotext in its reading order at a wide
pitch, each line a block of its own and the columns' lines in a sweep across the page. Where the lead's third column
ended two rows before the others, the second column's last paragraph opens in the sweep's last rows and breaks off
on a number (…工业增加值增长8. | 2%，固定资产投资…: its tail is the third column's top, printed far back); a number
box's title after it opens with a year (…增长8. | 2025年聊城经济“成绩单”), which is no fraction's tail. And a row of
two items under headlines side by side, the first naming its county by its short form and a colon (阳谷：…), after
an item's column line that went on nowhere."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures, quoted

_HEAD = ["聊城日报 2026年2月10日 星期二 第1版 要闻", "产业协同发力", "1", "开局良好"]

# the lead in three columns (five rows, the third column's three), swept a row at a time, a blank line after each
_LEAD = [
    "2025年全市地区生产总值增长5.9%\n本报讯（记者 王芳 通讯员 李统）记",
    "分产业看，第一产业增加值312.5亿",
    "2%，固定资产投资增长3.8%，社会消费",
    "者9日从市统计局获悉，2025年，全市实",
    "元，增长4.1%；第二产业增加值1186.3亿",
    "品零售总额1263.8亿元，增长5.6%。（转",
    "现地区生产总值3016.4亿元，按不变价格",
    "元，增长6.8%；第三产业增加值1517.6亿",
    "第2版）",
    "计算，同比增长5.9%，增速高于全省0.4",
    "元，增长5.2%。",
    "个百分点。",
    "全年全市规模以上工业增加值增长8.",
]
_BOX = ["图表新闻", "2025年聊城经济“成绩单”", "3016.4亿元", "5.9%", "8.2%", "地区生产总值", "地区生产总值增长",
        "规上工业增加值增长"]


def _page(*blocks: list[str]) -> str:
    """The page as pdftotext prints it: each line a block, a blank line after it (a block's own lines close)."""
    return "\n\n".join(line for block in blocks for line in block) + "\n"


def test_a_column_foot_in_the_sweeps_last_rows_goes_on_at_the_next_columns_top(extractor: Extractor) -> None:
    """…增长8. (the second column's last line, alone in the sweep's last row) goes on at the third column's top
    (2%，…), three lines on from the second column's top: 8.2% is read, no 2% of its tail (a wrong value), and the
    box's title no fraction's tail (8.2025年 would have been)."""
    figs = quoted(dated_figures(extractor, _page(*_BLOCKS), "2026-02-10", "聊城日报"), "role", "period")
    lead = figs[:14]
    assert ("8.2%", "change", "2025") in lead
    assert [f for f in lead if f[0] == "2%"] == []
    assert [f[0] for f in lead] == ["5.9%", "3016.4亿元", "5.9%", "0.4个百分点", "312.5亿元", "4.1%", "1186.3亿元",
                                    "6.8%", "1517.6亿元", "5.2%", "8.2%", "3.8%", "1263.8亿元", "5.6%"]


def test_a_number_box_after_the_lead_is_dated_by_its_titles_year(extractor: Extractor) -> None:
    """The box's title (2025年聊城经济“成绩单”), kept whole, dates its figures (they had taken the page's 2026)."""
    figs = quoted(dated_figures(extractor, _page(*_BLOCKS), "2026-02-10", "聊城日报"), "period")
    assert figs[14:17] == [("3016.4亿元", "2025"), ("5.9%", "2025"), ("8.2%", "2025")]


# an item in two columns beside a column of briefs, then a row of two items, their headlines side by side
_TRADE = [
    "1月份全市外贸进出口实现开门红\n本报讯（记者 刘强）据聊城海关统",
    "业达到1136家，比去年同期增加58家。",
    "计，1月份，全市外贸进出口总额41.3亿元",
    "今年，全市力争外贸进出口总额突破",
    "，同比增长10.6%，其中出口28.7亿元，增",
    "530亿元，新增有进出口实绩企业80家以",
    "长12.4%。",
    "上。",
    "■东阿县1月份接待游客36.2万人次\n，增长15.4%。\n■莘县今年计划新建改建农村公\n路150公里。\n■高唐县截至1月末规上工业企业达",
    "截至1月末，全市有进出口实绩的企",
    "到286家。\n■临清市1月份新签约项目12个。\n■冠县1月份新增市场主体320个。\n■全省1月份居民消费价格同比上涨\n0.8%。",
]
_ROW = [
    "阳谷：黄河岸边建起“果蔬园”",
    "新春走基层｜“合作社的分红又涨了”",
    "本报讯（通讯员 张伟 记者 韩雪）去年，全县新建高标准果",
    "本报讯（记者 赵悦）2月10日，冠县清泉街道后屯社区举行",
    "蔬大棚1420个，果蔬种植面积达到18.5万亩，总产量突破120万",
    "集体经济分红大会，全村412户村民共分得红利46.2万元，户均1",
    "吨，带动农户增收1.6亿元。",
    "121元，比上年增加186元。",
    "今年，全县计划再建设高标准大棚900个，果蔬总产量力\n争达到130万吨。",
    "聊城日报社出版",
    "责任编辑：高明",
    "合作社理事长介绍，去年合作社经营收入达到96万元，今\n年目标是突破110万元。",
]


_BLOCKS = (_HEAD, _LEAD, _BOX, _TRADE, _ROW)  # (the page's own seams teach the sweep its pairs: read whole)


def test_a_headline_opening_with_its_countys_short_name_and_a_colon_is_a_headline(extractor: Extractor) -> None:
    """阳谷：黄河岸边建起“果蔬园” right above the row's second headline is a headline though its colon is a mark (the
    line before it, the trade item's 截至1月末…的企, had run into it and kept it from naming the item): 全县 is
    阳谷县."""
    figs = quoted(dated_figures(extractor, _page(*_BLOCKS), "2026-02-10", "聊城日报"), "place", "period")
    assert ("1420个", "阳谷县", "2025") in figs
    assert ("18.5万亩", "阳谷县", "2025") in figs
    assert ("412户", "冠县", "2026-02") in figs


# a lead over three columns, then a row of two headlines over an item in two narrow columns beside a wider column
# of this year's goals, as pdfminer sweeps them at a wide pitch (each line a box, a blank line after it)
_GOALS = "\n".join([
    "山西日报 2026年1月27日 星期二 第3版 要闻",
    "",
    "1",
    "",
    "谋划“十五五”\u3000奋进新征程",
    "省十四届人大四次会议在太原开幕",
    "",
    "本报讯（记者 王磊 李静）1月26日上",
    "",
    "年工作，提出了2026年和“十五五”时期",
    "",
    "业增加值增长7.1%；社会消费品零售总额",
    "",
    "午，山西省第十四届人民代表大会第四次",
    "",
    "的目标任务。",
    "",
    "0.84万亿元，增长4.8%；粮食总产量298.6",
    "",
    "会议在太原开幕。省长代表省人民政府",
    "",
    "报告指出，2025年全省地区生产总值",
    "",
    "亿斤，再创历史新高。",
    "",
    "作政府工作报告，回顾了过去五年和2025",
    "",
    "达到2.61万亿元，增长5.6%；规模以上工",
    "",
    "过去五年成就",
    "",
    "今年目标",
    "",
    "过去五年，全省地区生产",
    "",
    "5万人，建成高标准农田1020",
    "",
    "2026年全省经济社会发展的主要预期目标是：地区生产总",
    "",
    "总值从2020年的1.98万亿元增",
    "",
    "万亩，新建改建农村公路1.9",
    "",
    "值增长5%左右；一般公共预算收入增长3%；城镇新增就业46万",
    "",
    "加到2.61万亿元，年均增长5.4",
    "",
    "万公里，新增养老床位4.6万",
    "",
    "人以上，城镇调查失业率5.5%左右；居民消费价格涨幅2%左右",
    "",
    "%；一般公共预算收入累计完",
    "",
    "张。",
    "",
    "；粮食产量稳定在280亿斤以上；单位地区生产总值能耗降低2.5",
    "",
    "成1.34万亿元，年均增长4.1%",
    "",
    "创新动能持续增强，高新",
    "",
    "%左右。",
    "",
    "；城乡居民人均可支配收入年",
    "",
    "技术企业由2020年的6800家增",
    "",
    "“十五五”时期，全省地区生产总值年均增长5%左右，到2",
    "",
    "均分别增长5.2%和7.0%。",
    "",
    "加到2025年的1.13万家，研发",
    "",
    "030年常住人口城镇化率达到66%。",
    "",
    "五年累计新增城镇就业45",
    "",
    "经费投入强度提高到2.1%。",
]) + "\n"


def test_a_wider_columns_first_line_set_in_goes_on_in_its_column(extractor: Extractor) -> None:
    """2026年全省…主要预期目标是：地区生产总 (the goals column's first line, set in by its indent and wider than the
    narrow columns beside it) goes on at 值增长5%左右…: its seven goals are this year's targets (they had been read
    as changes and levels of the 过去五年 column's years), and the 过去五年 column's first line, under the row of
    headlines, is judged by the columns under them (its from-to pair of 2020 and 2025, not 2026)."""
    figs = quoted(dated_figures(extractor, _GOALS, "2026-01-27", "山西日报"), "role", "period")
    goals = [f for f in figs if f[1] == "target" and f[2] == "2026"]
    assert [f[0] for f in goals] == ["5%左右", "3%", "46万人以上", "5.5%左右", "2%左右", "280亿斤以上", "2.5%左右"]
    assert ("1.98万亿元", "level", "2020") in figs and ("5.4%", "change", "2021-2025") in figs


def test_a_goals_lead_closing_its_own_items_hands_no_list_to_the_next_paragraph(extractor: Extractor) -> None:
    """主要预期目标是：… with its goals in its own sentence, closed by its stop, ends its list there: the next paragraph
    (a blank line apart),
    of the five years past (由2020年的…增加到2025年的…, 提高到2.3%), is levels (they had been the list's targets)."""
    text = ("山西日报 2026年1月27日 星期二 第3版 要闻\n"
            "2026年全省经济社会发展的主要预期目标是：地区生产总值增长5%左右；城镇新增就业46万人以上；粮食产量稳定在"
            "280亿斤以上。\n\n"
            "创新动能持续增强，高新技术企业由2020年的6800家增加到2025年的1.13万家，研发经费投入强度提高到2.3%。\n")
    figs = quoted(dated_figures(extractor, text, "2026-01-27", "山西日报"), "role", "period")
    assert figs == [("5%左右", "target", "2026"), ("46万人以上", "target", "2026"), ("280亿斤以上", "target", "2026"),
                    ("6800家", "level", "2020"), ("1.13万家", "level", "2025"), ("2.3%", "level", "2025")]


def test_a_goals_lead_ending_its_paragraph_on_its_colon_still_hands_its_list_on(extractor: Extractor) -> None:
    """The lead alone (主要预期目标是：, its item the paragraph after it) still hands it its list: no figure of its own."""
    text = ("山西日报 2026年1月27日 星期二 第3版 要闻\n"
            "2026年全省经济社会发展的主要预期目标是：\n\n"
            "地区生产总值增长5%左右，城镇新增就业46万人以上。\n")
    figs = quoted(dated_figures(extractor, text, "2026-01-27", "山西日报"), "role", "period")
    assert figs == [("5%左右", "target", "2026"), ("46万人以上", "target", "2026")]
