"""What the probe periodprobe152 found: an item out in the first days of January whose opening names the day a
reporter learnt the news late in December (记者12月31日从市统计局获悉，今年全市…) or a day with its time of day
(12月30日上午，市统计局发布…) spoke of the year just over, but periods.yaml opening_day took only a day followed by
电 or a comma, so 今年 became the document's new year and 明年 the one after. Texts invented, in the style of city and
county news items; the other probes of the brief (a byline set off by commas before a text naming its year, 全年 and
去年 in January, 今年 and 明年 in December, 截至目前 in November, 同期 after 1-10月, 近三年 and 近五年, “十四五”以来 and
十四五期间, 一季度 in an April review of the year before, 上年末, 年末 and 年底, a headline's period carried into the
body) already held, in 58 texts of the probe."""

from __future__ import annotations

from pathlib import Path

import pytest

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import folder_figures
from tests.dated import quoted as _got

# (file, published, text, {quote: period}) for texts read from a folder with a manifest, as `stats extract` reads them
_DAYS_LEARNT = (
    ("a01.txt", "2027-01-03", "本报讯，记者12月31日从市统计局获悉，今年全市新增城镇就业4.2万人。",
     {"4.2万人": "2026"}),
    ("a02.txt", "2027-01-03", "本报讯（记者 张三）记者12月30日获悉，今年全市新增城镇就业4.2万人。",
     {"4.2万人": "2026"}),
    ("a03.txt", "2027-01-02", "12月30日上午，市统计局发布数据，今年全市新增城镇就业4.2万人。",
     {"4.2万人": "2026"}),
    ("a04.txt", "2027-01-04", "记者12月29日从县农业农村局了解到，今年全县粮食总产量达到41万吨，明年计划稳定在40万吨以上。",
     {"41万吨": "2026", "40万吨以上": "2027"}),
    # a day of the document's own month is no day of the year before
    ("a05.txt", "2026-06-04", "记者6月2日从县农业农村局了解到，今年全县夏粮总产量达到11万吨。", {"11万吨": "2026"}),
)


@pytest.mark.slow
def test_the_day_a_reporter_learnt_the_news_dates_an_item_of_early_january(tmp_path: Path) -> None:
    """Texts in a folder whose manifest dates them in early January: the day the opening names, the day a reporter
    learnt the news (记者12月31日从…获悉) or a day with its time (12月30日上午，), is last December's, and 今年 and
    明年 are counted from it."""
    by_doc = folder_figures(tmp_path / "texts", ((name, published, "某市日报", text)
                                                 for name, published, text, _ in _DAYS_LEARNT))
    for name, _, text, want in _DAYS_LEARNT:
        got = {f["quote"]: f["period"] for f in by_doc.get(Path(name).stem, [])}
        assert {q: got.get(q) for q in want} == want, text


@pytest.mark.slow
def test_a_day_with_its_time_of_day_opens_an_item_of_the_year_before(extractor: Extractor) -> None:
    """12月30日上午，… in an item of 2 January: 今年 there is the year just over."""
    text = "12月30日上午，市统计局发布数据，今年全市新增城镇就业4.2万人。\n"
    assert _got(_run(extractor, text, "2027-01-02", source="某市日报"), "period") == [("4.2万人", "2026")]
