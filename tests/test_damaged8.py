"""What the blind set data/gold/damaged8 found: six texts as a browser's select-all or a plain HTML-to-text tool
copies them from government portals and WeChat accounts (a county's jobs review, a county's health report on its
disclosure page, an account's job fair item, a county's statistics bulletin, an account's care beds item, a
county's quarter of jobs: the site's navigation, the meta line with its view counter, the buttons, the titles of
the pages before and after and of related ones with their dates, an account's head with the province it posted
from, its counters, the editors, the footer, HTML character references, tables pasted with tabs or a cell a
line) from Shandong, Gansu, Jiangxi, Fujian, Jilin and Guizhou. Sentences invented, in the style of such pages;
the figures worked out by hand from GUIDE.md."""

from __future__ import annotations

from stats.read.decode import decode_chunks, unescaped
from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got

_PORTAL = ("首页 > 新闻中心 > 部门动态\n"
           "某某县一季度就业工作稳中有进\n"
           "发布时间：2025-04-10 09:12  来源：县人社局  浏览次数：1289  【字体：大 中 小】\n"
           "分享到：\n"
           "字体：【大】【中】【小】 打印\n"
           "　　一季度，全县城镇新增就业1163人，发放创业担保贷款3860万元。\n"
           "【打印本页】 【关闭窗口】\n"
           "上一篇：我县上半年新增就业2100人\n"
           "下一篇：某某县召开就业工作会议\n"
           "相关阅读\n"
           "·我县新增养老床位460张　2025-03-28\n"
           "版权所有：某某县人民政府　鲁ICP备05012873号-1　网站标识码：3713210031\n"
           "联系电话：0539-3221234　邮编：276300\n")

_ACCOUNT = ("点击蓝字 关注我们\n"
            "原创 阳新发布 阳新发布 2025年03月04日 18:30 江西\n"
            "岗位超8000个！阳新县春风行动招聘会开场\n"
            "本次招聘会提供就业岗位8260个，达成就业意向1486人。\n"
            "编辑 | 张晓\n"
            "审核 | 刘华 周强\n"
            "阅读原文\n"
            "阅读 3562\n"
            "在看 28\n"
            "点赞 45\n")


def test_a_portal_pages_chrome_gives_no_figure(extractor: Extractor) -> None:
    """The navigation, the meta line and its counter, the buttons, the titles of other pages (上一篇：…2100人, a
    related page's title with its date) and the footer are made spaces: only the page's own text gives figures."""
    got = _got(_run(extractor, _PORTAL, "2025-04-10"), "value", "period")
    assert got == [("1163人", 1163, "2025Q1"), ("3860万元", 38600000, "2025Q1")]


def test_an_accounts_head_places_nothing_and_its_counters_are_no_figures(extractor: Extractor) -> None:
    """The province an account posted from (原创 … 18:30 江西) is not the place of the headline's figure, and the
    counters under the item (阅读 3562, 在看 28) give none."""
    got = _got(_run(extractor, _ACCOUNT, "2025-03-04"), "value", "place")
    assert got == [("超8000个", 8000, "阳新县"), ("8260个", 8260, "阳新县"), ("1486人", 1486, "阳新县")]


def test_without_a_web_pages_word_no_line_is_taken_for_chrome(extractor: Extractor) -> None:
    """A text with no word only a web page holds (ICP备, 浏览次数, 上一篇 …) keeps its lines: a headline with a
    date after it stays, and so does its figure."""
    text = "我县新增养老床位460张　2025-03-28\n　　全县新增养老床位460张。\n"
    got = _got(_run(extractor, text, "2025-03-28"), "value")
    assert got == [("460张", 460), ("460张", 460)]


def test_a_line_with_a_meta_word_and_a_sentence_in_it_stays(extractor: Extractor) -> None:
    """On a page with chrome, a line of the text that opens as a meta line does (活动时间：…) but goes on past a
    comma is a sentence: it stays, and so do its figures."""
    text = _ACCOUNT + "活动时间：2025年3月5日，参会企业120家，提供岗位3000个\n"
    got = _got(_run(extractor, text, "2025-03-04"), "value")
    assert ("120家", 120) in got and ("3000个", 3000) in got


def test_html_character_references_are_read_as_the_characters_they_stand_for(extractor: Extractor) -> None:
    """&nbsp; between a number and its unit, &ldquo; &rdquo; and &#8220; around words, &#9; between a table's
    head cells: read as a space, quotes and a tab, so the figures read as in the page."""
    assert unescaped("提供岗位3000&nbsp;个，&ldquo;春风行动&rdquo;&#8220;&#x201D;&#9;") == \
        "提供岗位3000\u00a0个，“春风行动”“”\t"
    assert unescaped("A&B; &copy 3&lt;5") == "A&B; &copy 3<5"  # (an unknown name, one with no semicolon: as written)
    text = ("全县城镇新增就业6218&nbsp;人，&ldquo;春风行动&rdquo;提供岗位3.26万个。\n"
            "行业&#9;岗位数（个）&#9;占比（%）\n制造业\t4630\t34.0\n建筑业\t2180\t16.0\n")
    got = _got(_run(extractor, text, "2025-03-04"), "value")
    assert ("6218人", 6218) in got and ("3.26万个", 32600) in got
    assert ("4630", 4630) in got and ("34.0", 34) in got and ("2180", 2180) in got


def test_a_reference_cut_by_a_chunks_end_waits_for_the_next() -> None:
    """A large file is decoded a chunk at a time: a reference cut in two by a chunk's end is read whole."""
    data = "岗位&ldquo;3000个&rdquo;。".encode()
    cut = data.index(b"quo") + 1
    assert "".join(decode_chunks([data[:cut], data[cut:]], "utf-8")) == "岗位“3000个”。"


def test_a_table_printed_a_cell_a_line_with_a_year_column(extractor: Extractor) -> None:
    """指标 | 单位 | 2024年 | 比上年增长（%）, each a line: the year is a column's head (no number box's figure under
    the label 单位), and each row's cells are read under it."""
    text = ("　　年末全县共有医疗卫生机构352个。\n各类医疗卫生机构床位情况\n指标\n单位\n2024年\n比上年增长（%）\n"
            "医疗卫生机构床位数\n张\n2136\n4.3\n卫生技术人员\n人\n2894\n3.8\n　　每千常住人口床位6.17张。\n")
    got = _got(_run(extractor, text, "2025-03-28"), "value", "role", "period")
    assert ("2136", 2136, "level", "2024") in got and ("4.3", 4.3, "change", "2024") in got
    assert ("2894", 2894, "level", "2024") in got and ("3.8", 3.8, "change", "2024") in got
