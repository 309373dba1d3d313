"""What the blind set data/gold/news30 found: seven items of national and central outlets on the figures of places
they name (山西's jobs as 记者从山西省人社厅获悉 gives them, 长三角's cross-province medical bills with 青浦区's share,
four provinces' first-half jobs in turn, 国家卫健委's county health alliances with 磐安县's example, 诸城 under 潍坊,
开平 named only in the headline, 天津's help to 于田县): a destination's narrowing places (对口支援新疆和田地区于田县)
taken as the subject, a builder (天津援建的产业园) and a served people's home (为江苏、浙江参保人员) taken as the
figure's place, a county example carried into the ministry's closing words, a hiring event named 送岗下乡 left out of
jobs and 春节期间 in a February item left undated. Sentences invented, in the style of such items."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_the_places_a_destination_narrows_to_are_destinations_too(extractor: Extractor) -> None:
    """对口支援新疆伊犁哈萨克自治州昭苏县，…累计投入援疆资金: the helper's money, as with the county named alone;
    money handed to a county its province heads (向贵州省思南县拨付) stays the receiver's, and people sent to serve
    there (到…挂职) its."""
    text = "江苏省对口支援新疆伊犁哈萨克自治州昭苏县，“十四五”以来累计投入援疆资金12.4亿元，实施援疆项目208个。"
    got = _got(_run(extractor, text, "2026-01-20", source="人民日报"), "place", "period")
    assert got == [("12.4亿元", "江苏省", "2021-2025"), ("208个", "江苏省", "2021-2025")]
    text = "今年，相城区向贵州省思南县拨付财政援助资金5200万元。"
    assert _got(_run(extractor, text, "2026-06-20", source="人民日报"), "place") == [("5200万元", "思南县")]
    text = "今年，相城区选派专业技术人才42名到贵州省思南县挂职帮扶。"
    assert _got(_run(extractor, text, "2026-06-20", source="人民日报"), "place") == [("42名", "思南县")]


def test_a_builder_named_before_its_unit_is_not_where_the_unit_stands(extractor: Extractor) -> None:
    """在昭苏县，江苏援建的农产品加工园…: the park stands in 昭苏县, the place in force; 江苏 built it."""
    text = "在昭苏县，江苏援建的农产品加工园已入驻企业15家，吸纳当地群众就业1200余人。"
    got = _got(_run(extractor, text, "2026-01-20", source="人民日报"), "place")
    assert got == [("15家", "昭苏县"), ("1200余人", "昭苏县")]


def test_the_home_of_the_people_served_is_not_the_figures_place(extractor: Extractor) -> None:
    """嘉定区…为安徽、江西参保人员办理异地就医结算3.2万人次: the district's count, the provinces where those served are
    insured; a place served itself (为印江县提供岗位) is still the figure's."""
    text = "上海市嘉定区上半年为安徽、江西参保人员办理异地就医结算3.2万人次，比上年同期增加6000人次。"
    got = _got(_run(extractor, text, "2026-07-20", source="中国新闻网"), "place")
    assert got == [("3.2万人次", "嘉定区"), ("6000人次", "嘉定区")]


def test_a_national_body_closing_national_news_speaks_for_the_country(extractor: Extractor) -> None:
    """国家卫生健康委表示，到2027年… after a county's example in national news (a headline on 全国): the country's target,
    not the county's; so for an item filed in the capital (本报北京…电) whose headline names no place."""
    text = ("国家卫健委：全国县域内就诊率达到90.1%\n本报讯 国家卫生健康委近日举行新闻发布会。全国县域内就诊率达到90.1%。\n"
            "2025年，浦江县县域内就诊率达到92.3%。\n国家卫生健康委表示，到2027年，县域内就诊率力争稳定在90%左右。")
    got = _got(_run(extractor, text, "2026-03-20", source="健康报"), "place")
    assert got == [("90.1%", "全国"), ("90.1%", "全国"), ("92.3%", "浦江县"), ("90%左右", "全国")]
    text = ("多地就业形势总体稳定\n本报北京7月20日电 今年上半年，全国城镇新增就业690万人。\n在湖北省荆州市，石首市上半年"
            "开发公益性岗位860个。\n人力资源社会保障部有关负责人表示，预计今年高校毕业生规模达1270万人。")
    got = _got(_run(extractor, text, "2026-07-21", source="人民日报"), "place")
    assert got == [("690万人", "全国"), ("860个", "石首市"), ("1270万人", "全国")]


def test_a_hiring_event_that_brings_posts_to_villages_is_hiring(extractor: Extractor) -> None:
    """组织“送岗下乡”活动42场: hiring events, as 直播带岗 ones are."""
    text = "当地还组织“送岗下乡”活动42场，提供岗位8600余个。"
    got = _got(_run(extractor, text, "2026-07-24", source="人民日报"), "metric")
    assert got == [("42场", "jobs.hiring"), ("8600余个", "jobs.posts")]


def test_the_spring_festival_in_an_item_of_its_weeks_is_this_years(extractor: Extractor) -> None:
    """春节期间，全市各景区预计接待游客超过60万人次 in an item of February 2026: the festival of 2026."""
    text = "该市文旅部门负责人介绍，春节期间，全市各景区预计接待游客超过50万人次。"
    got = _got(_run(extractor, text, "2026-02-06", source="经济日报"), "role", "period")
    assert got == [("超过50万人次", "target", "2026")]
