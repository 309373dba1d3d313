"""What the blind pages p79-p80 found (data/gold/pages: 贵州日报's 市州 page read by pdfplumber's words at a y tolerance
of 5 points, 1.6; 扬子晚报's 经济 page read by pdfplumber's words at 1.7): a row of three items' headlines printed on one
line, their bodies read after it in another order, left the bodies that say only 全州 under no headline, placed in the
paper's province; and an advert's terms after its from-price (售价…万元起，首付低至…万元) read as figures. Sentences
invented, in the style of such pages."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got

# a 市州 page: an item, then a row of three items' headlines on one line, then their bodies, the first under a
# credit to a city's paper (no dateline), the others each under its own dateline, in another order than the row's
_ROW = ("贵州日报 2025年11月12日 星期三 第5版 市州\n\n毕节新增学位3.2万个\n\n据毕节日报消息　今年全市新增学位3.2万个。\n\n"
        "恩施州：新增养老床位1200张    十堰外贸进出口增长12.4%    黔西南州：游客突破6000万人次\n\n"
        "据十堰日报报道　今年前三季度，全市外贸进出口总额完成312.6亿元，同比增长12.4%。\n\n"
        "{a}\n\n{b}\n")
_BEDS = "本报讯（记者 李某）记者从州民政局了解到，今年全州新增养老床位1200张，其中护理型床位760张。"
_VISITORS = "本报讯（记者 王某）记者从州文旅局获悉，今年前三季度，全州接待游客6120万人次，同比增长9.5%。"


def _places(extractor: Extractor, text: str, *quotes: str) -> list[tuple]:
    got = _got(_run(extractor, text, "2025-11-12", source="贵州日报"), "place")
    return [g for g in got if g[0] in quotes]


def test_items_under_a_row_of_headlines_take_the_headline_their_lead_restates(extractor: Extractor) -> None:
    """Each body that opens on its dateline under no headline takes the one headline of the row before it that its
    lead restates (新增养老床位1200张, 接待游客): its 全州 is that 州, not the paper's province, in either order."""
    got = _places(extractor, _ROW.format(a=_BEDS, b=_VISITORS), "760张", "6120万人次")
    assert got == [("760张", "恩施土家族苗族自治州"), ("6120万人次", "黔西南布依族苗族自治州")]
    got = _places(extractor, _ROW.format(a=_VISITORS, b=_BEDS), "760张", "6120万人次")
    assert got == [("6120万人次", "黔西南布依族苗族自治州"), ("760张", "恩施土家族苗族自治州")]


def test_a_body_restating_no_headline_of_the_row_takes_none(extractor: Extractor) -> None:
    """A body whose lead restates none of the row's headlines (or two of them alike) takes none: its 全州 names no
    州 the text tells, and the paper's province is not one, so it places nothing (it took the province until
    tests/test_placeprobe112.py: an area word below the province with no area of its level in a province's item)."""
    other = "本报讯（记者 赵某）记者从州林业局获悉，今年全州完成造林面积18.6万亩。"
    got = _places(extractor, _ROW.format(a=other, b=""), "18.6万亩")
    assert got == [("18.6万亩", None)]
    both = "本报讯（记者 赵某）今年全州新增养老服务站点，游客突破历年纪录，全州林地面积达到86万亩。"
    got = _places(extractor, _ROW.format(a=both, b=""), "86万亩")
    assert got == [("86万亩", None)]


def test_an_adverts_terms_after_its_from_price_are_no_figures(extractor: Extractor) -> None:
    """售价12.98万元起，首付低至1.99万元，置换再补贴8000元: the offer's down payment and bonus are its terms, no figure; a
    sum after a from-price that is no term of it (全年门票收入3200万元) stays, and so does a wage's extra pay."""
    text = "【新春购车季】新能源SUV限时售价12.98万元起，首付低至1.99万元，置换再补贴8000元。"
    assert _got(_run(extractor, text, "2026-01-21", source="扬子晚报")) == []
    text = "景区门票60元起，全年门票收入3200万元。"
    assert _got(_run(extractor, text, "2026-01-21", source="扬子晚报")) == [("3200万元",)]
    text = "招聘普工若干名，月薪4200元起，另有交通补贴300元。"
    assert _got(_run(extractor, text, "2026-01-21", source="扬子晚报")) == [("4200元起",), ("300元",)]


def _glued(col1: str, col2: str, width: int) -> list[str]:
    """Two columns of a text cut at `width` characters, printed a row at a time a space apart (pdfplumber's words
    rejoined a line per baseline)."""
    a = [col1[i:i + width] for i in range(0, len(col1), width)]
    b = [col2[i:i + width] for i in range(0, len(col2), width)]
    b += [""] * (len(a) - len(b))
    return [f"{x} {y}".strip() for x, y in zip(a, b, strict=True)]


_COL1 = ("本报讯（记者 周某）记者从市商务局获悉，2025年，全市消费品以旧换新累计带动销售额326亿元，惠及消费者286万人次；"
         "全年社会消费品零售总额达到2.36万亿元，同比增长4.8%。")
_COL2 = ("分区看，江岸区社会消费品零售总额1268.4亿元，增长5.2%。今年，全市将安排以旧换新资金12亿元，"
         "力争社会消费品零售总额增长5%左右。")


def test_an_adverts_lines_set_between_glued_rows_are_read_as_its_own_column(extractor: Extractor) -> None:
    """An advert's box beside an item's two columns, at a pitch of its own: each of its lines printed between two of
    the item's rows. Read as they came, the item's numbers cut at a line's end found no tail (…消费者286 | 万人次) and
    the advert's sentence ran into them; set apart as the column they are, the item reads whole and the advert's
    terms after its from-price stay out."""
    rows = _glued(_COL1, _COL2, 18)
    ad = ["【年货节】智能电视限时售", "价3999元起，首付低至999元，分期", "再补贴500元。", "活动时间：1月17日至2月8日",
          "咨询热线：027-86543210 地址：江", "岸区中山大道268号"]
    lines = ["江城晚报 2026年1月21日 星期三 A7 经济", "全市以旧换新带动销售额326亿元", ad[0]]
    for k, row in enumerate(rows):
        lines.append(row)
        if k + 1 < len(ad):
            lines.append(ad[k + 1])
    lines.append("责任编辑：王某 美编：李某 校对：赵某 A7")
    got = {q for (q,) in _got(_run(extractor, "\n".join(lines) + "\n", "2026-01-21", source="江城晚报"))}
    assert {"286万人次", "2.36万亿元", "12亿元", "5%左右", "1268.4亿元"} <= got
    assert not {"999元", "500元", "3999元起"} & got


def test_a_charts_lines_between_glued_rows_are_set_apart(extractor: Extractor) -> None:
    """A bar chart beside an item's two columns: its ticks and its bars' values on lines of their own between the
    item's rows, a value on a row's line before its first piece, the years under the bars. Read as they came, they
    broke the rows' order and offered their numbers as the tail of a column's number cut at a line's end (…收入76 |
    4000 | 52.5亿元); set apart, the item's numbers read whole, and the chart's bare numbers give no figure."""
    rows = _glued("本报讯（记者 钱某）记者从市工信局获悉，2025年，全市软件和信息服务业实现业务收入2652.5亿元，同比增长9.1%，"
                  "全市软件企业超过1800家。",
                  "今年，全市将加快建设软件名城，力争软件业务收入突破3000亿元，从业人员达到36.4万人。", 16)
    chart = ["3000 2652.5", "2416.8", "2230.2", None, "2000", "1912.4", None, "1000", None, "0"]
    lines = ["江城晚报 2026年1月21日 星期三 A7 经济", "软件业务收入 单位：亿元", "全市软件业务收入去年增长9.1%"]
    for k, row in enumerate(rows):
        if k < len(chart) and chart[k] is not None:
            lines.append(chart[k])
        lines.append(("1723.6 " if k == 1 else "") + row)
    lines.append("2021年 2022年 2023年 2024年 2025年")
    got = {q for (q,) in _got(_run(extractor, "\n".join(lines) + "\n", "2026-01-21", source="江城晚报"))}
    assert {"2652.5亿元", "突破3000亿元", "36.4万人"} <= got
    assert not {"2416.8", "1723.6", "2000", "1000"} & got
