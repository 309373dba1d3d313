"""What the blind set data/gold/news12 found: the economy and daily life in cities and counties no set had
(湖州 tourism and vouchers, 许昌's statistics bureau release, 江门 trade, 湘潭 prices, 河源 transport, 亳州 grain,
新乡 housing, 寿光 consumption, 雅安 power, 浏阳 schools; three with page damage): a bound written once for a
list, a town's short form after 其中, two stations of a city and its district together, a harvest's rise
with its crop named, and the apparent power of transformers. Sentences invented, in the style of such items;
the figures worked out by hand from GUIDE.md."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_a_bound_written_once_before_a_list_bounds_each_figure(extractor: Extractor) -> None:
    """分别超过300万千瓦和260万千瓦: 超过 after 分别 is the bound of both figures (as 分别约 is of each);
    without 分别 the bound is the first figure's alone."""
    text = "本报讯 石棉县、汉源县水电装机分别超过310万千瓦和250万千瓦。两县光伏装机分别约12万千瓦、9万千瓦。"
    assert _got(_run(extractor, text, "2025-10-22", source="雅安日报"), "qualifier") == [
        ("超过310万千瓦", "lower_bound"), ("250万千瓦", "lower_bound"), ("约12万千瓦", "approx"),
        ("9万千瓦", "approx")]
    text = "本报讯 全县新增就业1200人和超过800人，新建项目超过20个和15个。"
    assert _got(_run(extractor, text, "2025-10-22"), "qualifier") == [
        ("1200人", "exact"), ("超过800人", "lower_bound"), ("超过20个", "lower_bound"), ("15个", "exact")]


def test_a_districts_short_form_after_qizhong_names_it(extractor: Extractor) -> None:
    """其中南浔古镇 starts a word at 南浔: the old town's figure is its district's, as after a comma."""
    text = "本报讯 国庆假期，全市重点景区接待游客306万人次，其中南浔古镇接待游客8.2万人次。"
    assert _got(_run(extractor, text, "2025-10-09", source="湖州日报"), "place") == [
        ("306万人次", "湖州市"), ("8.2万人次", "南浔区")]


def test_two_stations_of_a_city_and_its_district_together_are_the_citys(extractor: Extractor) -> None:
    """湖州站、湖州南浔站…合计: 湖州南浔 is one name (the district inside its city) and an item of the
    list; the total of both stations is the city's, the area holding them."""
    text = "本报讯 假期期间，湖州站、湖州南浔站发送旅客合计40.6万人次，比去年同期增加4.1万人次。"
    assert _got(_run(extractor, text, "2025-10-09", source="湖州日报"), "place") == [
        ("40.6万人次", "湖州市"), ("4.1万人次", "湖州市")]


def test_a_harvests_rise_with_its_crop_named_is_a_change(extractor: Extractor) -> None:
    """亩均增产粮食50公斤以上: the crop stands between the verb and the number, the figure is still the rise."""
    text = "本报讯 今年谯城区新建高标准农田12.6万亩，亩均增产粮食45公斤以上。"
    assert _got(_run(extractor, text, "2025-11-05", source="亳州晚报"), "role") == [
        ("12.6万亩", "level"), ("45公斤以上", "change")]


def test_transformer_capacity_in_kilovolt_amperes_is_a_figure(extractor: Extractor) -> None:
    """户均配变容量2.86千伏安: 千伏安 measures a transformer's apparent power, a unit of its own."""
    text = "本报讯 今年以来，全市农村户均配变容量提高到2.9千伏安。"
    assert _got(_run(extractor, text, "2025-10-22", source="雅安日报"), "measure", "unit") == [
        ("2.9千伏安", "千伏安", "kva")]
