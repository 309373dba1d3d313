"""Place and period leftovers of context carry (context310).

- Aid between places: figures of a clause after one that sent people to serve in the article's own area
  (江苏省选派…医疗专家到平武县开展组团式帮扶，帮助医院新建科室6个 in 平武县's item) are of the place served, not of the
  sender the sentence opens with; what the sender sends or pays (places.yaml served_sent: 投入援助资金) stays the
  sender's, and in the sender's own item all stay the sender's (`Placer._served_before`).
- A part's from-to pair that names no time (…由2023年的2150张增至2940张，其中护理型床位由1020张增至1860张): each end is of
  the time of the same end of the whole's pair before it (`Situator._part_pair_end`).
- The from end of a pair after a whole year a start word follows (今年起，…由每人每月163元提高到183元) is the value held
  until then, of the year before (periods.yaml start_after; `Situator._held_until_start`); a from end with a year of
  its own keeps it, and a day (自7月1日起) parts no year.
- A clause of nothing but where a part of a total went (…转移农村劳动力18.6万人，省外5.2万人，省内13.4万人) counts what
  the total counts, of its area (context.yaml list_item).
"""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_figures_done_where_people_were_sent_to_serve_are_the_served_places(extractor: Extractor) -> None:
    text = ("本报讯 今年以来，江苏省先后选派4批共31名医疗专家到平武县开展组团式帮扶，帮助医院新建科室6个，"
            "开展新技术新项目28项，其中9项填补了全县空白。")
    got = _got(_run(extractor, text, "2026-12-05", source="平武县卫生健康局"), "place")
    assert got == [("4批", "平武县"), ("31名", "平武县"), ("6个", "平武县"), ("28项", "平武县"), ("9项", "平武县")]
    text = "本报讯 今年以来，江苏省选派12名医疗专家到平武县开展帮扶，投入援助资金860万元，帮助医院新建科室6个。"
    got = _got(_run(extractor, text, "2026-12-05", source="平武县卫生健康局"), "place")
    assert got == [("12名", "平武县"), ("860万元", "江苏省"), ("6个", "平武县")]
    text = "本报讯 今年以来，我区选派12名医疗专家到平武县开展帮扶，帮助医院新建科室6个。"
    got = _got(_run(extractor, text, "2026-12-05", source="江宁区卫生健康委"), "place")
    assert got == [("12名", "江宁区"), ("6个", "江宁区")]


def test_a_parts_pair_takes_the_ends_of_the_wholes_pair(extractor: Extractor) -> None:
    text = "本报讯 全市养老机构床位由2023年的2150张增至2940张，其中护理型床位由1020张增至1860张。"
    got = _got(_run(extractor, text, "2026-12-08", source="绵阳市民政局"), "period")
    assert [p[:4] for _, p in got] == ["2023", "2026", "2023", "2026"]
    assert got[2] == ("1020张", "2023") and got[3][1] == got[1][1]


def test_the_from_end_of_a_pair_from_this_year_on_is_of_the_year_before(extractor: Extractor) -> None:
    text = "本报讯 今年起，全市城乡居民基础养老金最低标准由每人每月163元提高到每人每月183元。"
    assert _got(_run(extractor, text, "2026-03-08", source="绵阳市人社局"), "period") == [
        ("163元", "2025"), ("183元", "2026")]
    text = "本报讯 2026年起，全市大病保险起付线由1.6万元降低到1.3万元。"
    assert _got(_run(extractor, text, "2026-03-05", source="绵阳市医保局"), "period") == [
        ("1.6万元", "2025"), ("1.3万元", "2026")]
    text = "本报讯 今年起，全市大病保险起付线由2024年的1.6万元降低到1.3万元。"
    assert _got(_run(extractor, text, "2026-03-05", source="绵阳市医保局"), "period") == [
        ("1.6万元", "2024"), ("1.3万元", "2026")]
    text = "本报讯 自7月1日起，全市低保标准由每人每月780元提高到每人每月820元。"
    assert [p for _, p in _got(_run(extractor, text, "2026-08-05", source="绵阳市民政局"), "period")] == [
        "2026-07", "2026-07"]


def test_where_a_part_of_a_total_went_counts_what_the_total_counts(extractor: Extractor) -> None:
    text = "本报讯 今年平武县转移农村劳动力18.6万人，省外5.2万人，县外省内7.1万人。"
    got = _got(_run(extractor, text, "2026-11-05", source="平武县人社局"), "metric", "place")
    assert got == [("18.6万人", "jobs.labour_transfer", "平武县"), ("5.2万人", "jobs.labour_transfer", "平武县"),
                   ("7.1万人", "jobs.labour_transfer", "平武县")]
