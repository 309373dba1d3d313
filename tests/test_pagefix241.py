"""Newspaper page leftovers (pagefix241): a row of two items' headlines printed side by side, the second item's
headline read into the first item's lines, and other breaks a reader leaves on a page. Sentences invented, in the
style of such pages."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures, quoted

# two items set side by side under their headlines on one line (pdftotext's row): the second headline is set aside in
# the first item, whose lines come first; the second item's body, after it, restates its figure with its time
_ROW_OF_HEADS = ("贵州日报 2026年3月5日 星期四 第6版 民生 1\n"
                 "全省城镇新增就业48.2万人 全省每千人口医疗机构床位达7.2张\n"
                 "本报讯（记者 王芳）3月4 今年，全省计划城镇新增就 本报讯（记者 李明 通讯 去年，全省新增三级医院9\n"
                 "日，记者从省人力资源社会 业45万人以上。 员 赵亮）记者从省卫生健 家。\n"
                 "保障厅获悉，2025年，全省 康委获悉，截至2025年底，\n"
                 "城镇新增就业48.2万人，完 全省医疗卫生机构床位达到\n"
                 "成年度目标的103.6%；城镇 28.6万张，每千人口医疗机\n"
                 "调查失业率平均为5.2%。 构床位数7.2张。\n")


def test_a_headline_set_beside_another_takes_the_time_its_items_body_gives(extractor: Extractor) -> None:
    """全省每千人口医疗机构床位达7.2张, printed beside the first item's headline: its item's body, the next, restates
    its figure 截至2025年底: the headline's figure is of 2025 too, not of the paper's month."""
    got = quoted(dated_figures(extractor, _ROW_OF_HEADS, "2026-03-05", "贵州日报"), "value", "period")
    assert got.count(("7.2张", 7.2, "2025")) == 2, got
    assert ("48.2万人", 482000.0, "2025") in got


def test_a_headline_set_beside_another_keeps_its_month_where_no_body_restates_it(extractor: Extractor) -> None:
    """The same row where the next item's body states another figure: the headline names its own time, the paper's."""
    text = _ROW_OF_HEADS.replace("床位数7.2张", "床位数6.9张")
    got = quoted(dated_figures(extractor, text, "2026-03-05", "贵州日报"), "value", "period")
    assert ("7.2张", 7.2, "2026-03") in got, got


# pdfplumber's rows (x_tolerance 1.5: the columns a space apart), an item in two columns beside an item in one, its
# first column a line longer than the others, left alone in its row right over a table's caption and head
_LONGER_COLUMN = ("中国人口报 2026年11月20日 星期五 第3版 地方 1\n"
                  "淮南市人民医院新院区启用 宿州：托育服务惠民生\n"
                  "本报讯（通讯员 淮卫）11 重症监护床位32张，新院区 本报讯（通讯员 宿宣）今年以来，宿州市新建普惠托育机\n"
                  "月18日，淮南市人民医院新 总投资9.8亿元。至此，医院 构36家，新增普惠托位2800个，普惠托位占比达到56.2%，\n"
                  "院区正式启用，开放床位 编制床位达到1600张。 每个新增托位补助1万元。\n"
                  "800张，其中儿科床位120张、\n"
                  "截至10月底部分市托位情况\n"
                  "市 托位数（个） 每千人口托位数（个）\n"
                  "淮南市 12680 4.2\n"
                  "马鞍山市 10940 4.9\n")


def test_a_first_columns_last_line_alone_over_a_caption_goes_on_its_column(extractor: Extractor) -> None:
    """800张，其中儿科床位120张、 alone in its row under the rows of three columns, over the table's caption: no caption
    (it ends on a clause's mark), but the first column's foot, going on from …开放床位: the hospital's beds, 淮南市's."""
    got = quoted(dated_figures(extractor, _LONGER_COLUMN, "2026-11-20", "中国人口报"), "value", "topic", "place")
    assert ("800张", 800.0, "beds", "淮南市") in got, got
    assert ("120张", 120.0, "beds", "淮南市") in got, got
