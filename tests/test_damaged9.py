"""What the blind set data/gold/damaged9 found: six texts copied from shapes of web page damaged8 lacks (a news
portal's copy with its source line, 原标题, a video's caption and the correction button; a news app's share page; a
一图读懂 page of bulleted figure lines and pictures; a disclosure page with its index pasted a cell a row and its
attachments with their sizes; a search engine's cached copy under the query and its cut snippets; a mailbox page of
messages and their replies) from Sichuan, Jiangsu, Anhui, Shandong, Hubei and Shaanxi. Sentences invented, in the
style of such pages; the figures worked out by hand from GUIDE.md."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got

_PORTAL = ("新华网 > 四川频道 > 正文\n"
           "叙永：县医院新院区启用\n"
           "2025-05-12 08:46:21　来源：泸州日报　作者：　责任编辑：杨帆\n"
           "字号 默认 超大 | 打印 | \n"
           "扫一扫在手机打开当前页\n"
           "　　（记者 陈某 通讯员 罗某）叙永县人民医院新院区新增开放床位400张。\n"
           "视频加载中...\n"
           "【纠错】【责任编辑：杨帆】\n"
           "网友评论\n"
           "登录 | 注册\n"
           "已有0条评论\n")

_APP = ("打开APP\n"
        "某某县：家门口就业\n"
        "记者 周某 2025-03-18 16:32\n"
        "关注\n"
        "　　招聘会提供岗位6850个。\n"
        "展开全文\n"
        "　　2024年，某某县城镇新增就业1.18万人。\n"
        "举报\n"
        "评论 12\n"
        "收藏\n"
        "打开APP 阅读全文\n"
        "热门评论\n"
        "家门口就业真好，点赞！　回复　赞 5\n"
        "猜你喜欢\n"
        "某某县一季度新增就业超3000人　打开APP看\n")


def test_a_news_portals_chrome_gives_no_figure_and_its_channel_places_nothing(extractor: Extractor) -> None:
    """The portal's channel path without 首页 (新华网 > 四川频道 > 正文), its font buttons (字号 默认 超大 | 打印),
    the correction and editor's buttons, the video player's line and the comment box (已有0条评论) are made
    spaces: the province of the channel is not the figure's place, and no counter is a figure."""
    got = _got(_run(extractor, _PORTAL, "2025-05-12"), "value", "place")
    assert got == [("400张", 400, "叙永县")]


def test_a_news_apps_share_page_gives_only_its_texts_figures(extractor: Extractor) -> None:
    """An app's buttons (打开APP, 展开全文, 举报, 评论 12), a reader's comment with its buttons and the titles
    under 猜你喜欢 with their 打开APP看 are made spaces: a title's figure is another page's."""
    got = _got(_run(extractor, _APP, "2025-03-18"), "value")
    assert got == [("6850个", 6850), ("1.18万人", 11800)]


def test_a_search_engines_cached_copy_reads_its_snippets_years(extractor: Extractor) -> None:
    """The cache's head (百度快照, the query, the stamp of the copy) is made spaces; a snippet cut by dots keeps its
    year after them (...2024年，… → 2024, as the dots are no decimal point), and a number cut off by them
    (…床位数达到7.1...) gives no figure."""
    text = ("百度快照\n"
            "您查询的关键词是：某某县 养老床位。以下是该网页在北京时间2025年06月03日 21:14:07的快照。\n"
            "百度和网页 http://www.example.gov.cn/t20250529_318.html 的作者无关，不对其内容负责。\n"
            "...2024年，某某县新增养老床位560张，全县养老服务床位总数达到...\n"
            "...全县每千常住人口医疗卫生机构床位数达到7.1...\n")
    got = _got(_run(extractor, text, "2025-05-29"), "value", "period")
    assert got == [("560张", 560, "2024")]


def test_a_disclosure_pages_index_pasted_with_tabs_and_its_attachments_sizes_are_no_text(
        extractor: Extractor) -> None:
    """The index of a disclosure page pasted a row a line with a tab for the colon (索引号	…/2025-00186, 有效性
    有效) and the attachments with their sizes (（18.6KB）) are made spaces."""
    text = ("首页 > 政府信息公开 > 统计数据\n"
            "索引号\t11371724004309876Q/2025-00186\n"
            "发文机关\t某某县人力资源和社会保障局\n"
            "有效性\t有效\n"
            "　　一季度，全县城镇新增就业2136人。\n"
            "附件：1.一季度主要指标.xlsx（18.6KB）\n"
            "　　　2.一季度就业数据说明.docx（25KB）\n")
    got = _got(_run(extractor, text, "2025-04-23"), "value")
    assert got == [("2136人", 2136)]


def test_an_infographics_block_of_the_years_plan_gives_targets(extractor: Extractor) -> None:
    """On a 一图读懂 page, a bulleted block's heading (● 2025年重点) is a paragraph of its own over its figure lines
    (▲ …), and a block of the plan makes them targets; a block of results (● 2024年成效) does not, and a picture's
    alt text ([图片：…三年行动方案]) is no text."""
    head = ("首页 > 政务公开 > 政策解读\n"
            "发布时间：2025-02-26 15:20　浏览次数：463\n"
            "[图片：一图读懂某某县养老服务三年行动方案]\n")
    plan = head + "● 2025年重点\n▲ 全年新增养老床位380张，其中护理型床位260张\n▲ 建成农村互助养老服务点40个\n"
    got = _got(_run(extractor, plan, "2025-02-26"), "value", "role", "period")
    assert got == [("380张", 380, "target", "2025"), ("260张", 260, "target", "2025"), ("40个", 40, "target", "2025")]
    done = head + "● 2024年成效\n▲ 新增养老床位420张\n▲ 建成区域性养老服务中心5个\n"
    got = _got(_run(extractor, done, "2025-02-26"), "value", "role", "period")
    assert got == [("420张", 420, "level", "2024"), ("5个", 5, "level", "2024")]


def test_a_plan_goes_on_past_a_semicolon_into_a_clause_adding_to_it(extractor: Extractor) -> None:
    """今年计划…；另对5所敬老院进行改造，新增床位120张: the clause opening on 另对 adds to the plan (roles.yaml
    target.scope_continue); a clause after the mark that states what there is besides (另有) is no plan."""
    got = _got(_run(extractor, "某县今年计划新增养老床位300张，预计年底建成；另对5所敬老院进行改造，新增床位120张。",
                    "2025-04-15"), "role")
    assert got == [("300张", "target"), ("5所", "target"), ("120张", "target")]
    got = _got(_run(extractor, "全县有床位2000张，今年计划新增300张；另有敬老院5所。", "2025-04-15"), "role")
    assert got == [("2000张", "level"), ("300张", "target"), ("5所", "level")]


def test_a_rate_paid_per_unit_under_a_plan_is_a_standard_not_a_goal(extractor: Extractor) -> None:
    """每张补助3000元, 给予一次性奖补2万元 under a plan word: what each one gets (roles.yaml level.standard), a level;
    the money the plan sets aside stays its goal."""
    got = _got(_run(extractor, "某县计划安排专项资金5000万元，对新增床位每张补助3000元，对入职毕业生给予一次性奖补2万元。",
                    "2025-02-26"), "role")
    assert got == [("5000万元", "target"), ("3000元", "level"), ("2万元", "level")]


def test_a_plans_years_a_goal_is_done_over_date_it_within_its_item(extractor: Extractor) -> None:
    """三年培训护理员1500人次 in a plan of 2025: the three years from the document's (periods.yaml ahead_total);
    the next goal, after a semicolon, is due at the year its sentence names."""
    got = _got(_run(extractor, "到2027年，某县计划三年培训护理员1500人次；新增养老岗位600个以上。", "2025-02-26"), "period")
    assert [g for g in got if g[0] != "三年"] == [("1500人次", "2025-2027"), ("600个以上", "2027")]  # (三年: a duration)


def test_a_notice_of_posts_to_fill_gives_targets(extractor: Extractor) -> None:
    """A notice's heading (某县2025年公开招聘社区工作者公告) or a sign-up still open after the figure (报名截止时间为…):
    the posts are to be filled, targets; a hiring of last year reported stays a level."""
    text = ("某县新闻\n　　本报讯 某县新增床位20张。\n某县2025年公开招聘社区工作者公告\n"
            "　　根据工作需要，某县面向社会公开招聘社区工作者25名。\n")
    assert _got(_run(extractor, text, "2025-05-10"), "role") == [("20张", "level"), ("25名", "target")]
    text = "某医院招聘护理人员40名，报名截止时间为5月20日。去年该院招聘医生12名。"
    got = _got(_run(extractor, text, "2025-05-10"), "role")
    assert got == [("40名", "target"), ("12名", "level")]


def test_a_goal_of_every_year_in_a_plan_its_headline_dates_takes_the_plans_years(extractor: Extractor) -> None:
    """一图读懂《…三年行动方案（2025—2027年）》 (periods.yaml plan_title): ▲ 计划每年为800户…, due at the plan's end, is a
    goal of every year of it (2025-2027); the item after it stays due at 2027."""
    text = ("一图读懂《某县养老服务三年行动方案（2025—2027年）》\n\n　　某县提出：\n"
            "▲ 计划每年为800户家庭实施适老化改造\n▲ 新建助餐点60个\n▲ 到2027年，覆盖率达到100%\n")
    got = _got(_run(extractor, text, "2025-02-26"), "role", "period")
    assert got == [("800户", "target", "2025-2027"), ("60个", "target", "2027"), ("100%", "target", "2027")]
