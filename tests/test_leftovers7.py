"""What the last stop left (leftovers7): places named as modifiers or as short forms that are also words,
caps on what may be had, and periods of spans since a month. Sentences invented."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted


def test_a_wider_area_after_the_clauses_area_word_names_a_programme(extractor: Extractor) -> None:
    """全县围绕…广东技工…开展培训: the county trains; the province names a programme, in the clauses after too."""
    figs = _run(extractor, "某县人社局\n新兴县稳就业取得成效\n全县围绕粤菜师傅、广东技工两项工程开展培训6800人次，"
                           "比去年同期增加1200人次，培训后就业率达78%。", "2026-06-01")
    assert {f["place"] for f in figs if f["quote"] != "两项"} == {"新兴县"}


def test_a_short_form_that_is_a_word_is_a_place_in_a_list_of_places(extractor: Extractor) -> None:
    """太原、大同两市: 大同 listed with a city is the city; 走向大同 alone stays the word."""
    figs = _run(extractor, "山西省政府工作报告\n全省新增规上工业企业1200家。太原、大同两市分别新增规上工业企业186家和94家。"
                           "推动社会走向大同，新增岗位500个。", "2025-03-01")
    assert quoted(figs, "place") == [("1200家", "山西省"), ("186家", "太原市"), ("94家", "大同市"), ("500个", "山西省")]


def test_a_cap_on_what_may_be_had_is_an_upper_bound(extractor: Extractor) -> None:
    """最高可申请400万元, 最高可贷2万元: a cap; 最高额度为30万元 states the cap's own value, exact."""
    figs = _run(extractor, "某市人社局\n小微企业最高可申请400万元，每人每年最高可贷2万元，担保贷款最高额度为30万元。",
                "2026-03-01")
    assert quoted(figs, "qualifier") == [("400万元", "upper_bound"), ("2万元", "upper_bound"), ("30万元", "exact")]


def test_a_month_since_which_a_thing_runs_is_a_span_to_the_documents_date(extractor: Extractor) -> None:
    """自去年10月运营以来 in an item of 2026-10: 2025-2026, of its own sentence only (46个 after it is now)."""
    figs = _run(extractor, "某县就业服务\n今年以来，全县新增就业1万人。零工市场自去年10月运营以来，累计发布岗位信息1.3万条，"
                           "促成就业7600余人次。县里还设立就业服务站46个。", "2026-10-29")
    assert quoted(figs, "period") == [("1万人", "2026"), ("1.3万条", "2025-2026"), ("7600余人次", "2025-2026"),
                                      ("46个", "2026")]


def test_last_year_in_a_bulletin_of_last_year_is_the_year_before_it_reports(extractor: Extractor) -> None:
    """由上年的7.06张 in a bulletin of 2024 published in 2025: 2023 (去年 would count from the date)."""
    figs = _run(extractor, "某市2024年卫生健康事业发展统计公报\n年末全市医疗卫生机构床位1.93万张。"
                           "每千人口医疗卫生机构床位数由上年的7.06张增加到7.38张。", "2025-06-05")
    assert quoted(figs, "period") == [("1.93万张", "2024"), ("7.06张", "2023"), ("7.38张", "2024")]


def test_a_count_of_the_places_listed_is_of_the_area_in_force(extractor: Extractor) -> None:
    """从乌鲁木齐、沈阳、重庆等7地起飞: the figure counts the places listed, the story is Wuhan's."""
    figs = _run(extractor, "武汉天河机场迎来驰援\n运输机依次从乌鲁木齐、沈阳、西宁、天津、张家口、成都、重庆等7地起飞，"
                           "满载物资抵达武汉天河机场。", "2020-02-15")
    assert quoted(figs, "place") == [("7地", "武汉市")]


def test_a_headline_of_another_place_before_a_quotation_places_its_own_figures_only(extractor: Extractor) -> None:
    """歙县…增长12.6% / “我们将力争…2万人以上。”市人社局负责人说: the line is another item's headline the page ran
    on into the quotation; the city office's goal is the city's."""
    figs = _run(extractor, "全市养老保险参保扩面\n本报讯 今年以来，全市共发放养老保险待遇18.5亿元。\n"
                           "歙县茶叶春季产值增长12.6%\n“我们将力争全年新增参保2万人以上。”市\n人社局负责人说，全市参保率将稳定在99%左右。",
                "2024-05-08", "黄山日报")
    assert quoted(figs, "place") == [("18.5亿元", "黄山市"), ("12.6%", "歙县"), ("2万人以上", "黄山市"),
                                     ("99%左右", "黄山市")]


def test_a_short_line_set_into_a_paragraph_is_another_items_headline(extractor: Extractor) -> None:
    """…物资折 / 船山区多措并举保障农民工返岗 / 价5400万元: a line much shorter than the one before it, with no
    figure and no mark, set into the middle of a sentence, names the place of another item."""
    figs = _run(extractor, "遂宁企业捐赠口罩\n本报讯 我市各界踊跃捐款捐物。截至2月17日，\n"
                           "全市各级慈善组织和红十字会累计接收社会捐赠款物价值1.86亿元，其中善款1.32亿元、物资折\n"
                           "船山区多措并举保障农民工返岗\n价5400万元；接收医用口罩116万只。", "2020-02-18", "遂宁日报")
    assert {f["place"] for f in figs} == {"遂宁市"}


def test_a_look_back_to_an_earlier_year_is_of_its_own_line(extractor: Extractor) -> None:
    """2024年全国粮食总产量…。2023年，全国粮食总产量为13912亿斤。/ 分省份看，…: the next line is of 2024 again."""
    figs = _run(extractor, "2024年全国粮食产量再创新高\n本报北京12月13日讯 2024年全国粮食总产量14135亿斤，"
                           "比上年增加223亿斤。2023年，全国粮食总产量为13912亿斤。\n分省份看，黑龙江省粮食产量1608.4亿斤，居全国首位。",
                "2024-12-14", "人民日报")
    assert quoted(figs, "period") == [("14135亿斤", "2024"), ("223亿斤", "2024"), ("13912亿斤", "2023"),
                                      ("1608.4亿斤", "2024")]
