"""Misses the closing note of stop 31 left alone, each fixed generally: a data release's table whose level cells write
their own unit and whose growth cells are bare numbers under a head's percent mark (指标 绝对值 增长%), set out with
wide gaps and blank cells (—); a notice's count of posts to fill; from–to pairs and next steps in news items; a
project's posts to come in a web copy. Sentences and tables invented, in the style of such texts."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_a_tables_bare_growth_cells_under_a_percent_mark_are_changes(extractor: Extractor) -> None:
    """指标 绝对值 增长% over 地区生产总值 428.6亿元 5.4: the level writes its unit, the growth is a bare number in a
    column whose head carries the percent mark: a change in percent. A blank level (— 7.3) gives the growth alone; a
    rate's growth (5.2% -0.3: percent or points?) gives none."""
    text = ("本报讯 一季度全县经济运行平稳。\n一季度全县主要经济指标\n指标 绝对值 增长%\n地区生产总值 86.4亿元 5.1\n"
            "规上工业增加值 — 6.8\n城镇调查失业率 5.2% -0.3\n社会消费品零售总额 31.5亿元 4.4\n")
    got = _got(_run(extractor, text, "2025-04-22", source="某某日报"), "unit", "role", "period")
    assert got == [("86.4亿元", "CNY", "level", "2025Q1"), ("5.1", "percent", "change", "2025Q1"),
                   ("6.8", "percent", "change", "2025Q1"), ("5.2%", "percent", "level", "2025Q1"),
                   ("31.5亿元", "CNY", "level", "2025Q1"), ("4.4", "percent", "change", "2025Q1")]


def test_a_table_set_out_with_wide_gaps_and_blank_cells_reads_row_by_row(extractor: Extractor) -> None:
    """The same table with wide gaps between its cells (a text extractor's layout mode) and a head of short words
    (指标    总量    增长%): a table's head, not a line spaced out character by character, so its rows are not taken
    for glued columns and read down."""
    text = ("本报讯 前三季度全区经济稳中有进。\n前三季度全区主要经济指标\n\n指标              总量              增长%\n"
            "地区生产总值      215.3亿元         5.6\n规上工业增加值        —             7.1\n"
            "一般公共预算收入  12.8亿元          3.9\n\n全区经济运行总体平稳。\n")
    got = _got(_run(extractor, text, "2025-10-28", source="某某日报"), "unit", "role")
    assert got == [("215.3亿元", "CNY", "level"), ("5.6", "percent", "change"), ("7.1", "percent", "change"),
                   ("12.8亿元", "CNY", "level"), ("3.9", "percent", "change")]


def test_a_bare_number_under_a_column_with_no_percent_mark_gives_no_figure(extractor: Extractor) -> None:
    """指标 绝对值 增长 (no mark) over 86.4亿元 5.1: an amount or a rate? The bare growth gives no figure; the level
    that writes its unit is still read in its sentence."""
    text = "本报讯 一季度全县经济运行平稳。\n指标 绝对值 增长\n地区生产总值 86.4亿元 5.1\n"
    got = _got(_run(extractor, text, "2025-04-22", source="某某日报"), "unit")
    assert ("5.1", "percent") not in got


def test_a_notices_posts_are_targets_where_a_column_breaks_its_sentence_after_the_count(extractor: Extractor) -> None:
    """某县2025年公开招聘…公告 over 面向社会公开招聘社区工作者30名， / 其中定向招聘退役军人6名。: the line that ends in a
    comma is a sentence a column broke off, no heading that ends the notice's section: both counts are posts to fill."""
    pad, indent = " " * 38, " " * 41  # (the notice set in a column of its own, on the right of the page)
    text = ("本报讯（记者 李想）“五一”假期，全县接待游客12.5万人次，实现旅游收入1.1亿元。\n\n"
            f"{pad}某某县2025年公开招聘社区工作者公告\n\n{indent}根据工作需要，某某县面向社会公开招聘社区工作者30名，\n"
            f"{pad}其中定向招聘退役军人6名。\n{indent}报考人员年龄在35周岁以下，报名时间为5月13日至5月17日\n"
            f"{pad}，咨询电话：0794-5832106。\n")
    got = _got(_run(extractor, text, "2025-05-09", source="某某日报"), "role")
    assert got == [("12.5万人次", "level"), ("1.1亿元", "level"), ("30名", "target"), ("6名", "target")]


def test_a_notice_whose_heading_is_the_headline_opens_posts_to_fill(extractor: Extractor) -> None:
    """A notice set as an item of its own, its heading the headline (某县2025年公开招聘社区工作者公告): the posts it
    opens are targets, as under the same heading inside an item. A headline of news of hiring done stays levels."""
    text = ("某某县2025年公开招聘社区工作者公告\n\n　　根据工作需要，某某县面向社会公开招聘社区工作者30名，"
            "其中定向招聘退役军人6名。\n　　报考人员年龄在35周岁以下。\n")
    got = _got(_run(extractor, text, "2025-05-09", source="某某县人民政府"), "role")
    assert got == [("30名", "target"), ("6名", "target")]
    text = "某某县医院充实医护力量\n\n　　今年以来，某某县人民医院招聘医护人员45名。\n"
    got = _got(_run(extractor, text, "2025-05-09", source="某某县人民政府"), "role")
    assert got == [("45名", "level")]


def test_next_steps_take_no_deadline_from_a_later_clauses_own_goal(extractor: Extractor) -> None:
    """下一步，…新建高标准农田5万亩，新打机井600眼，到2030年实现…: the next steps are due whenever done; 到2030年 is the
    deadline of the clause's own goal. A word of a plan before the later time (预计2027年底前建成) still sets it."""
    text = ("本报讯 今年全县新增高标准农田3.1万亩。下一步，全县将新建高标准农田5万亩，新打机井600眼，"
            "到2030年实现永久基本农田全部建成高标准农田。下一步，全县将新建冷库9座，预计2027年底前建成。")
    got = _got(_run(extractor, text, "2026-04-24", source="某某日报"), "role", "period")
    assert got == [("3.1万亩", "level", "2026"), ("5万亩", "target", None), ("600眼", "target", None),
                   ("9座", "target", "2027")]
    # (a time standing alone as the frame of the goals after it, 到2027年底，…, is the deadline the steps work towards)
    text = "本报讯 下一步，某某县将新建和改扩建养老机构5所，到2027年底，全县养老服务床位达到3600张。"
    got = _got(_run(extractor, text, "2026-05-29", source="某某日报"), "period")
    assert got == [("5所", "2027"), ("3600张", "2027")]


def test_a_fairs_matches_are_the_host_countys_not_the_partner_firms_home(extractor: Extractor) -> None:
    """某县…专场招聘会在县城举行，来自宁波市北仑区的38家企业提供岗位2600余个，现场达成就业意向420人: the firms and the
    posts they offer are the partner district's (its clause names it after 来自); the matches made at the fair are the
    host county's."""
    text = ("本报讯 3月18日，望谟县东西部劳务协作春季专场招聘会在县城举行，来自浙江省宁波市北仑区的41家企业提供就业岗位"
            "2300余个，现场达成就业意向380人。")
    got = _got(_run(extractor, text, "2026-03-20", source="黔西南日报"), "place")
    assert got == [("41家", "北仑区"), ("2300余个", "北仑区"), ("380人", "望谟县")]


def test_a_plans_from_end_is_the_level_now_not_the_time_before(extractor: Extractor) -> None:
    """…去年出院患者2.8万人次。新院区投用后，床位数将由5.12张提高到6.3张左右: the from end is the level the plan starts
    from, as it stands in the item's year, not in 去年 of the sentence before; the goal names no time."""
    text = ("本报讯 某某县人民医院现有编制床位380张，去年出院患者2.8万人次。新院区投用后，全县每千人口医疗机构床位数将由"
            "5.12张提高到6.3张左右。")
    got = _got(_run(extractor, text, "2026-06-18", source="怀化日报"), "role", "period")
    assert got[-2:] == [("5.12张", "level", "2026"), ("6.3张左右", "target", None)]


def test_what_an_opening_gave_is_a_level_and_what_it_will_give_a_target(extractor: Extractor) -> None:
    """新院区投用后新增…岗位620个，目前已吸纳…: an opening for use, like 启用, has often happened already; with no word of
    the future after it the posts it brought are a level (as the sets read 住院楼投用后新增床位300张). 投入使用后可新增…,
    投用后…将达到… say what it will give: targets. 建成后新增… stays a plan."""
    text = ("本报讯 据了解，新院区投用后新增后勤保障、护工等岗位620个，目前已吸纳当地群众就业450人。"
            "某某区医院新院区投入使用后可新增床位150张。县中医院康复楼建成后新增床位120张。")
    got = _got(_run(extractor, text, "2025-05-12", source="某某日报"), "role")
    assert got == [("620个", "level"), ("450人", "level"), ("150张", "target"), ("120张", "target")]


_PAGE = ("某某县人民政府\n首页 > 政务公开 > 政策解读 > 图文解读\n{title}\n"
         "发布时间：2025-03-10 09:00　来源：县民政局　浏览次数：210\n图片\n{blocks}图片\n（图片来源：某某县民政局）\n")


def test_blocks_of_an_infographic_set_one_under_another_keep_their_lines(extractor: Extractor) -> None:
    """● 2024年成效 / ▲ 新增养老床位260张 / ● 重点任务 / ▲ …: two blocks in a row with no picture between; the lines of
    the first, unpunctuated, are its body, not headlines of the block after it: its results stay levels of 2024, the
    plan block's lines are targets."""
    blocks = ("● 总体目标\n到2027年，全县养老服务床位总数达到3000张以上\n图片\n● 2024年成效\n▲ 新增养老床位260张\n"
              "▲ 建成区域性养老服务中心3个\n● 重点任务\n▲ 新建县级失能照护中心1所，设置床位200张\n▲ 新增护理型床位300张\n")
    text = _PAGE.format(title="一图读懂《某某县养老服务提升行动方案（2025—2027年）》", blocks=blocks)
    got = _got(_run(extractor, text, "2025-03-10", source="某某县民政局"), "role", "period")
    assert got[:3] == [("3000张以上", "target", "2027"), ("260张", "level", "2024"), ("3个", "level", "2024")]
    assert [r for _, r, _ in got[3:]] == ["target", "target", "target"]


def test_a_funds_block_is_a_plans_only_on_a_page_of_a_plan(extractor: Extractor) -> None:
    """● 资金保障 after the blocks of a plan (● 重点任务) is the money the plan sets aside, a target; on a page of a year's
    results (● 2024年成效, then ● 资金保障) it is money spent, a level. The standard paid per bed stays a level."""
    funds = "图片\n● 资金保障\n▲ 县财政安排养老服务专项资金8000万元\n▲ 对新增护理型床位每张补助3000元\n"
    plan = _PAGE.format(title="一图读懂《某某县养老服务提升行动方案（2025—2027年）》",
                        blocks="● 重点任务\n▲ 新增护理型床位300张\n" + funds)
    got = _got(_run(extractor, plan, "2025-03-10", source="某某县民政局"), "role")
    assert got == [("300张", "target"), ("8000万元", "target"), ("3000元", "level")]
    results = _PAGE.format(title="一图读懂某某县2024年养老服务工作成效",
                           blocks="● 2024年成效\n▲ 新增养老床位260张\n" + funds)
    got = _got(_run(extractor, results, "2025-03-10", source="某某县民政局"), "role")
    assert got == [("260张", "level"), ("8000万元", "level"), ("3000元", "level")]
