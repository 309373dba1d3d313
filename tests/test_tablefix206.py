"""Columns run together on a page read by pypdf's layout mode (data/gold/pages p111): a column's line of many digits
prints wider in characters than a line of Han, and the next column's line follows with no gap. Where the printed
width tells which column a number at the cut is whole in, the number is kept (…照护床位2160 | 餐点…, the line with
2160 as wide as the column's full line, without its last digit short of it: 2160张 read on at the next column's top);
where it cannot, the number is left out, never read across the gap. A column's full line run on into the next
column's short last line (a paragraph's end, …就业意向12 | 务的102.4%。) is cut too: read whole, the next column's
top (40人。, the tail of 12 | 40人) was read as a figure of its own. Page text invented, set as pypdf's layout mode
prints it."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures, quoted


def _row(places: tuple[int, ...], *pieces: str) -> str:
    """A line of the page: each piece set at its column's place (a piece past its place follows the one before, no
    gap)."""
    line = ""
    for at, text in zip(places, pieces, strict=False):
        if text:
            line = line + " " * max(0, at - len(line)) + text
    return line


def _got(extractor: Extractor, lines: list[str]) -> list[tuple]:
    return quoted(dated_figures(extractor, "\n".join(lines) + "\n", "2026-12-01", source="某某晚报"), "value")


def test_a_number_the_width_tells_whole_at_a_columns_full_line_is_kept(extractor: Extractor) -> None:
    """Columns 13 characters wide: 床位1860张，改建床位2160 is 12 in printed width with its digits at half a character,
    as wide as the column's line with digits a little wider, and 216 alone short of it: the 2160 is the first
    column's whole, its unit the second column's top (张。)."""
    places = (0, 17, 34)
    got = _got(extractor, [
        "全区养老床位持续扩容", "",
        _row(places, "今年以来，全区新建社区嵌入", "张。全区家庭照护床位累计建", "前11个月，全区长护险基金"),
        _row(places, "式养老服务综合体12个，新增", "成1.2万张，长期护理保险累", "支出3.6亿元，同比增长8%。"),
        _row(places, "养老床位4600张，其中护理型", "计惠及老人4.8万人。全区助", "到2027年，全区养老床位将"),
        _row(places, "床位1860张，改建床位2160餐点覆盖全部街道。", "", "达到2万张。"),
    ])
    assert ("2160张", 2160.0) in got
    assert {("1860张", 1860.0), ("1.2万张", 12000.0), ("4.8万人", 48000.0), ("2万张", 20000.0)} <= set(got)
    assert not [q for q, _ in got if q.startswith("2160") and q != "2160张"]


def test_a_full_line_run_into_the_next_columns_short_last_line_reads_no_number_across_the_gap(
        extractor: Extractor) -> None:
    """…就业意向12 | 务的102.4%。: the second column's line ran on into the third's last line (a paragraph's end), and
    read whole, the third column's top 40人。 was read on after it as a figure of its own. Cut, the 12 (which column's
    digits, the width cannot tell: 1 or 12 fits) is made unreadable, so no 40人; 102.4% reads in its own sentence."""
    places = (0, 18, 36)
    got = _got(extractor, [
        "某某区冬季专场招聘会提供岗位3600个", "",
        _row(places, "本报讯 某某区中心医院新院", "11月29日，某某区举办冬季专", "40人。"),
        _row(places, "区启用，新增床位500张，医", "场招聘会，86家企业提供就业", "今年以来，某某区城镇新增就"),
        _row(places, "院核定床位达到1500张。", "岗位3600个，进场求职人员达", "业4.35万人，完成全年目标任"),
        _row(places, "", "4860人，现场达成就业意向12务的102.4%。"),
    ])
    quotes = [q for q, _ in got]
    assert not [q for q in quotes if q.endswith("40人")]
    assert {"4860人", "4.35万人", "102.4%"} <= set(quotes)


def test_a_bare_zhen_head_reads_a_towns_table_and_no_zhen_inside_chengzhen(extractor: Extractor) -> None:
    """镇 集体经济收入 经营性收入 under （单位：万元）: 镇 bare heads a column of towns, each row the county paper's own
    county's; a caption whose title runs into its head (各区县城镇新增就业 / 地区 城镇新增就业 …) opens no reading at
    城镇's 镇 (its columns 新增就业 and on, one column out)."""
    got = quoted(dated_figures(extractor, "\n".join([
        "前三季度部分镇村级集体经济收入（单位：万元）", "镇 集体经济收入 经营性收入", "马场镇 1460 920", "龙井镇 1180 760",
    ]) + "\n", "2026-10-14", "今日某县", place="湄潭县"), "value", "role", "place")
    for quote in ("1460", "920", "1180", "760"):
        assert (quote, float(quote) * 1e4, "level", "湄潭县") in got
    got = quoted(dated_figures(extractor, "\n".join([
        "表2  2025年各区县城镇新增就业和医疗卫生机构床位", "─" * 30,
        " 地  区 ｜城镇新增就业｜比上年增长｜ 床位数 ｜每千人口床位",
        "        ｜  （人）    ｜  （%）    ｜ （张） ｜  （张）",
        "─" * 30, " 全  市 ｜ 41280 ｜  2.9  ｜ 35160 ｜  7.92", " 江津区 ｜  8620 ｜  3.3  ｜  6940 ｜  8.31",
        " 永川区 ｜  7140 ｜  2.4  ｜  6480 ｜  7.65", "─" * 30,
    ]) + "\n", "2026-03-20", "某市统计局", place="重庆市"), "value", "measure", "place")
    assert ("8620", 8620, "人", "江津区") in got and ("6940", 6940, "张", "江津区") in got
    assert ("7140", 7140, "人", "永川区") in got and ("3.3", 3.3, "%", "江津区") in got
    assert not [g for g in got if g[0] in ("8620", "7140", "41280") and g[2] != "人"]
