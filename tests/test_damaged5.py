"""What the blind set data/gold/damaged5 found: six items as web pages and office files give their text (a city's
half year on a web page, its table copied a cell a line with &nbsp; and no-break spaces; a city's seven months
with zero-width spaces and soft hyphens inside its numbers and CRLF and lone CR line ends; a city's jobs report
saved from a word processor, tab-indented lists and a tab table; a city's bulletin in GBK; a city's three
quarters with every digit and letter full-width; a county's half year in a web page's print view, the site's
head and the page's foot every 36 lines) from Henan, Hubei, Hunan and Fujian. Sentences invented, in the style
of such items; the figures worked out by hand from GUIDE.md."""

from __future__ import annotations

from stats.read.decode import decode_bytes
from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got

_GOALS = ("三、重点指标统计表\n指标\t单位\t目标任务\t1-10月完成\t完成比例（%）\n"
          "城镇新增就业\t人\t5500\t5862\t106.6\n职业技能培训\t人次\t6000\t6452\t107.5\n四、下一步工作打算\n")


def test_a_tab_table_of_goals_and_results_reads_its_rows(extractor: Extractor) -> None:
    """A report's table saved as text, tabs between its cells: a goal column (目标任务), the months' results
    (1-10月完成) and the share of the goal done (完成比例（%）), each row's unit in its unit cell."""
    got = [(f["quote"], f["value"], f["measure"], f["role"]) for f in _run(extractor, _GOALS, "2025-11-05")]
    assert got == [("5500", 5500, "人", "target"), ("5862", 5862, "人", "level"), ("106.6", 106.6, "%", "level"),
                   ("6000", 6000, "人次", "target"), ("6452", 6452, "人次", "level"), ("107.5", 107.5, "%", "level")]


def test_a_tab_between_two_numbers_never_joins_them(extractor: Extractor) -> None:
    """A tab between digits is a cell's gap, never justification inside a number: under a head no word of
    which is known the rows give no figure, and none reads 6000 6452 107.5 as 60006452107.5人次."""
    text = _GOALS.replace("目标任务", "任务数").replace("1-10月完成", "已完成").replace("完成比例（%）", "进度")
    assert _run(extractor, text, "2025-11-05") == []


def test_a_web_table_copied_a_cell_a_line_with_blank_cells(extractor: Extractor) -> None:
    """A web page's table copied as text, a cell a line (head cells, then row by row); a row may leave its
    unit and its level blank (—): the blanks keep their columns, the growth still reads."""
    text = ("附表：主要经济指标\n指标\n单位\n1-6月\n同比增长（%）\n地区生产总值\n亿元\n1386.52\n5.6\n"
            "规模以上工业增加值\n—\n—\n7.4\n接待游客\n万人次\n2156.8\n12.4\n市统计局有关负责人作了介绍。\n")
    assert _got(_run(extractor, text, "2025-07-25"), "value", "measure", "role") == [
        ("1386.52", 138652000000, "元", "level"), ("5.6", 5.6, "%", "change"), ("7.4", 7.4, "%", "change"),
        ("2156.8", 21568000, "人次", "level"), ("12.4", 12.4, "%", "change")]


def test_a_print_views_page_head_and_foot_inside_a_sentence(extractor: Extractor) -> None:
    """A web page printed: the page's foot (第1页 共2页) and the site's head (某某县人民政府网 | 打印 | 关闭) fall
    inside a sentence, inside its number even: dropped, the sentence and its number run on (7.6%, not 7 and
    .6%); the page number is no figure."""
    text = ("某某县人民政府网 | 打印 | 关闭\n全县金融机构各项存款余额312.8亿元，增\n长7\n第1页 共2页\n"
            "某某县人民政府网 | 打印 | 关闭\n.6%；贷款余额265.4亿元。\n第2页 共2页\n")
    assert _got(_run(extractor, text, "2025-08-05"), "value") == [
        ("312.8亿元", 31280000000), ("7.6%", 7.6), ("265.4亿元", 26540000000)]


def test_zero_width_spaces_soft_hyphens_and_carriage_returns(extractor: Extractor) -> None:
    """A web page's zero-width spaces and soft hyphens inside numbers print nothing; lone CR line ends (an old
    Mac's) break lines as LF does."""
    text = "本报讯 全市工业增加值增长8\u200b.6%，\r营业收入36\u00ad5.84亿元，\r\n新能源汽车销售3\u00ad,268辆。\r"
    assert _got(_run(extractor, text, "2025-08-20"), "value") == [
        ("8.6%", 8.6), ("365.84亿元", 36584000000), ("3,268辆", 3268)]


def test_a_gbk_file_with_crlf_reads_as_its_utf8_twin(extractor: Extractor) -> None:
    """A bulletin saved in GBK with Windows line ends decodes as GB18030 and gives the same figures."""
    text = "全年粮食总产量39.84万吨，增长1.8%。\r\n年末医疗卫生机构床位5236张。\r\n"
    decoded = decode_bytes(text.encode("gbk"), "g.txt")
    assert decoded.encoding == "gb18030" and decoded.text == text
    assert _got(_run(extractor, decoded.text, "2025-02-18"), "value") == [
        ("39.84万吨", 398400), ("1.8%", 1.8), ("5236张", 5236)]


def test_full_width_digits_and_letters(extractor: Extractor) -> None:
    """Every digit and letter full-width (ＧＤＰ, ５Ｇ, ＰＭ２．５): the numbers read, the names hold none."""
    text = ("全市地区生产总值（ＧＤＰ）２７６．８４亿元，增长６．２％。新建５Ｇ基站１８６个，"
            "ＰＭ２．５平均浓度为１８微克/立方米。")
    assert _got(_run(extractor, text, "2025-10-28"), "value", "measure") == [
        ("276.84亿元", 27684000000, "元"), ("6.2%", 6.2, "%"), ("186个", 186, "个"),
        ("18微克/立方米", 18, "微克/立方米")]


def test_a_clause_opening_on_gao_yu_after_a_figure_is_a_gap(extractor: Extractor) -> None:
    """高于 or 低于 opening a clause right after a figure (增长7.2%，高于城镇居民1.9个百分点) gives the gap between that
    figure and another's: a change; 低于 before a bare number is no such gap (低于5.5%的控制目标: the goal), nor is
    the other's value after 的 (高于国家规定的80%)."""
    text = ("本报讯 全市农村居民人均可支配收入增长7.2%，高于城镇居民1.9个百分点；城镇调查失业率5.1%，低于5.5%的控制目标；"
            "优良天数比例为86%，高于国家规定的80%。")
    assert _got(_run(extractor, text, "2025-07-01"), "role") == [
        ("7.2%", "change"), ("1.9个百分点", "change"), ("5.1%", "level"), ("低于5.5%", "target"), ("86%", "level"),
        ("80%", "level")]
