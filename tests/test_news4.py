"""What the blind set data/gold/news4 found: news items on farming, energy, water, sugar, industry,
ports, patents and sport from autonomous prefectures, leagues and banners and county-level cities.
Sentences invented, in the style of such items; the figures worked out by hand from GUIDE.md."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_a_crop_season_across_the_years_turn_is_under_way(extractor: Extractor) -> None:
    """2024/25年榨季 (a sugar-cane crushing season, November to April) is 2024-2025: read as no time,
    the figures took the date of the day the mills opened (11月10日). A season that began in the
    document's year is no time still to come: its levels stay levels (not targets of 2025), and a
    level reached under it is not dated at the season's end. 本榨季 and 上榨季 count from the date."""
    text = ("11月10日，全县2023/24年榨季收官。本报讯 2024/25年榨季开榨。全县糖厂5家，日榨能力达到3.2万吨。"
            "本榨季全县甘蔗种植面积约86万亩，预计产糖42万吨。上榨季，全县入榨甘蔗512万吨。")
    figs = _run(extractor, text, "2024-11-12")
    assert _got(figs, "role", "period") == [
        ("5家", "level", "2024-2025"), ("3.2万吨", "level", "2024-2025"), ("约86万亩", "level", "2024-2025"),
        ("42万吨", "target", "2024-2025"), ("512万吨", "level", "2023-2024")]


def test_this_winter_and_next_spring_span_the_years_turn(extractor: Extractor) -> None:
    """今冬明春 in an item of November is this year and the next; in one of January, the winter began
    the year before. Unknown, the plan took the year of a later target (到明年5月底 → 2025-05)."""
    text = "今冬明春，全县计划新建小型水窖1200口，力争到明年5月底农村供水保障率达到92%以上。"
    assert _got(_run(extractor, text, "2024-11-20"), "period") == [("1200口", "2024-2025"), ("92%以上", "2025-05")]
    assert _got(_run(extractor, "今冬明春，全县计划新建小型水窖1200口。", "2025-01-08"), "period") == [
        ("1200口", "2024-2025")]


def test_a_forecast_is_a_target_and_a_share_of_an_expected_total_a_result(extractor: Extractor) -> None:
    """据…预测 forecasts what is to come (GUIDE: a forecast is a target); 占预计播种面积的96.5% is the
    share sown so far of the area expected, a result (预计 inside the base of a share)."""
    text = ("据气象部门预测，今冬全县降水量可能较常年偏少2至4成。"
            "截至11月18日，全县已播种油菜32.6万亩，占预计播种面积的96.5%。")
    assert _got(_run(extractor, text, "2024-11-20"), "role") == [
        ("2至4成", "target"), ("32.6万亩", "level"), ("96.5%", "level")]


def test_a_banner_written_by_its_papers_short_form_is_that_banner(extractor: Extractor) -> None:
    """科右中旗 is how papers write 科尔沁右翼中旗: no stem of the name, it was no place, and the second
    figure of a 分别 list took the first banner's place."""
    text = "本报讯 今年，突泉县、科右中旗玉米种植面积分别为96万亩和112.4万亩。"
    assert _got(_run(extractor, text, "2024-10-08"), "place") == [("96万亩", "突泉县"), ("112.4万亩", "科尔沁右翼中旗")]


def test_a_paper_named_by_a_common_word_short_form_places_its_items(extractor: Extractor) -> None:
    """清远日报: 清远 alone is held back as a common word, so the paper's own items (本报讯, 全市) were
    placed in the first county their body named. The paper's name is a publisher's: its head is
    the place. An event named by the province (省…锦标赛) is no place of the city's medals."""
    text = ("本报讯 今年以来，全市举办群众体育赛事860场次。其中，英德市举办赛事120场次。"
            "在2024年广东省青少年篮球锦标赛中，市代表团获得金牌6枚。")
    figs = _run(extractor, text, "2024-12-02", source="清远日报")
    assert _got(figs, "place") == [("860场次", "清远市"), ("120场次", "英德市"), ("6枚", "清远市")]
    # a paper whose name's head is the short form of districts only is no place (新华区, 光明区)
    figs = _run(extractor, "本报讯 今年以来，全市举办群众体育赛事860场次。", "2024-12-02", source="新华日报")
    assert [f["place"] or "" for f in figs] == [""]
