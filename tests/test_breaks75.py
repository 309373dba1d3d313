"""Guards from the breaks75 probe (numbers cut at a line's end on newspaper pages; a city's paper credited at an
item's head). A headline of a row cut inside its number (…突破9) over a line opening on a year keeps the two apart (a
wrong value, 92025, is worse than the headline's figure missing). An item opening 据某某日报报道 stays no dateline of
article_start: its paper's city is what places the item's 全市 (made a dateline, the credit left the item's text and
全市 fell to the paper's province). Pages and sentences invented, in the style of a provincial paper's 市州 page read
by pdfplumber's words (one space between the columns of a row)."""

from __future__ import annotations

from stats.rules.rulefile import load_rules
from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got
from tests.repaired import paragraphs

LEX = load_rules().lexicon

# a 州市 page of glued rows: a row of three items' headlines, the first cut inside its number (突破9), a line of its own
# under the row ({tail})
_PAGE = """云南日报 2025年12月10日 星期三 第6版 州市 1
曲靖：煤炭产业产值增长6.2% 玉溪：新增城镇就业3.1万人 保山新建农村公路1260公里
本报讯（记者 张华 曲靖报道）记者 本报讯（记者 刘敏）12月8日，记者 据保山日报消息 今年以来，全市新建
从市能源局获悉，今年前11个月，全市 从玉溪市人社局获悉，今年全市城镇 、改造农村公路1260公里，完成投资
煤炭产业实现产值836.5亿元，同比增长 新增就业3.1万人，完成年度目标的108.4 42.6亿元；建制村通客车率达到100%
6.2%；规模以上煤炭企业达到96家，比 %；农村劳动力转移就业4.8万人，城镇调 。明年，全市计划再改造公路800公里。
上年增加5家。 查失业率控制在5.5%以内。
红河州：接待游客突破9 昭通外贸进出口增长12.4% 文山州：新增养老床位1200张
{tail}
据昭通日报报道 今年前11个月，全市 本报讯（记者 陈静）12月9日，记者
本报讯（记者 周涛 通讯员 李强）记 外贸进出口总额完成48.6亿元，同比增 从州民政局了解到，今年全州新建乡镇
者从州文化和旅游局获悉，今年前11个 长12.4%，增速居全省第3位；其中出口3 （街道）综合养老服务中心18个，新增养
月，全州接待游客9120万人次，同比增长 6.2亿元，增长15.1%。全市有进出口实绩 老床位1200张，其中护理型床位760张。
8.6%；实现旅游综合收入912.4亿元，增长 的企业达到186家。 截至11月底，全州每千名老年人拥有养
10.5%。其中，建水古城接待游客620万人次。 老床位31.2张。
要闻简报
■陆良县今年蔬菜产量达到96.2万吨。
■腾冲市今年接待游客突破2000万人次。
责任编辑：王琳 版式：赵刚 校对：孙梅 6
"""


def test_a_line_opening_on_a_year_stays_apart_from_a_headline_ending_on_digits() -> None:
    """A row of headlines, the first cut inside its number (突破9), with a line opening on a year under it (2025年…):
    the headline's 9 is left out, never run into the year (92025), and the year stays the line's own."""
    pars = paragraphs(LEX, _PAGE.format(tail="2025年全州旅游工作会议召开"))
    assert not any("92025" in p for p in pars)
    assert any(p.startswith("2025年全州旅游工作会议召开") for p in pars)


def test_an_item_under_its_papers_credit_is_placed_by_that_papers_city(extractor: Extractor) -> None:
    """据铜仁日报报道 opening an item on a provincial paper's page: the credit stays the item's first words (it is not
    a dateline of layout.yaml's article_start), so the item's 全市 is the city its paper names; cut off as a
    dateline, the paper's city was lost and 全市 fell to the paper's province."""
    text = ("贵州日报 2025年11月12日 星期三 第5版 市州\n\n遵义白酒产值增长8.6%\n\n"
            "本报讯（记者 王某）记者从遵义市工信局获悉，今年前三季度，全市白酒产业实现产值1312.4亿元，同比增长8.6%。\n\n"
            "据铜仁日报报道　今年前三季度，全市外贸进出口总额完成62.3亿元，同比增长11.6%。\n")
    got = _got(_run(extractor, text, "2025-11-12", source="贵州日报"), "place")
    assert ("62.3亿元", "铜仁市") in got
    assert ("1312.4亿元", "遵义市") in got
