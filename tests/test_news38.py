"""What the blind set data/gold/news38 found: seven county and city news items from 西藏, 青海, 海南, 贵州, 吉林 and 江西
(a 国庆黄金周 item under another city's dateline, a county's 上月 and 1—12月 against its 州 and province in January, a
春节假期 item, a 一季度 item in April, a 乡镇/街道 list of care beds, a county's beds per thousand, a 五一假期 item with
the whole city's): a county named by its short form right after the holiday a headline opens with (春节假期琼中…,
“五一”假期安福…) was read as inside a longer word and left the headline to the paper's or the dateline's area; 县内
in an item on a county (县内重点监测的16家商超) named no place. Sentences invented, in the style of such items."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_a_county_short_form_after_the_holiday_a_headline_opens_with_is_the_county(extractor: Extractor) -> None:
    """国庆黄金周保亭接待游客…: the holiday is a time, as 上半年 is (places.yaml `short_form_after`), so the county's
    short form after it starts a word and places the headline, not the paper's province."""
    text = "国庆黄金周保亭接待游客8.6万人次\n\n本报海口10月8日讯 假期期间，全县实现旅游收入6200万元。"
    got = _got(_run(extractor, text, "2026-10-09", source="海南日报"), "place")
    assert ("8.6万人次", "保亭黎族苗族自治县") in got
    text = "“五一”假期万安接待游客12.4万人次\n\n本报吉安5月5日讯 假期期间，万安县实现旅游收入9800万元。"
    got = _got(_run(extractor, text, "2026-05-06", source="江西日报"), "place")
    assert ("12.4万人次", "万安县") in got


def test_a_holiday_before_another_provinces_county_short_form_places_nothing_there(extractor: Extractor) -> None:
    """The holiday lets a short form start a word, but a county's short form still counts only inside the article's
    province: 安福 (a county of 江西) in a 海南日报 headline is no place of the item's."""
    text = "春节假期安福接待游客9.2万人次\n\n本报海口2月23日讯 全省旅游市场平稳有序。"
    got = _got(_run(extractor, text, "2026-02-24", source="海南日报"), "place")
    assert ("9.2万人次", "安福县") not in got


def test_xiannei_in_an_item_on_a_county_is_the_county(extractor: Extractor) -> None:
    """县内重点监测的商超 in an item on a county: 县内 stands for the county the item is about (places.yaml
    `area_words`), not the paper's province; in a city's item 县内就业 (by its counties) stays the city's."""
    text = ("春节假期白沙接待游客5.1万人次\n\n本报海口2月23日讯 白沙黎族自治县共接待游客5.1万人次。\n\n"
            "消费市场红火。假期期间，县内重点监测的12家商超实现销售额1460万元。")
    got = _got(_run(extractor, text, "2026-02-24", source="海南日报"), "place")
    assert ("12家", "白沙黎族自治县") in got and ("1460万元", "白沙黎族自治县") in got
    text = "本报讯 去年全市农村劳动力转移就业31.2万人，其中县内就业9.6万人。"
    got = _got(_run(extractor, text, "2026-02-10", source="娄底日报"), "place")
    assert ("9.6万人", "娄底市") in got
