"""What the blind pages p81-p82 found (data/gold/pages: 晋江经济报's 前两版 read by pypdf's layout mode at 1.7; 云南日报's
民生 page read by pdfplumber's plain text at 1.9): on a page whose lines run two articles' columns into one, a space
between them, a table's head (州（市） 城镇新增就业 医疗机构床位) was cut at its spaces as a row of column lines, so the
rows under it had no head and gave no figure; 州（市）, a province's word for its prefectures (云南), headed no table of
places, nor did a table's column of new urban jobs or of beds under a unit note of two units (单位：万人、万张); and a
headline right after such a table's rows, sharing only a figure's unit (万人) and 全省 with the article above, was taken
for that article's own, its figure dated by the table's caption; on p81's second page, the headline of the next item
after a lead taken up under （上接第1版） was taken for the lead's own (it shares the news's words), and its city placed the
lead's 全市. Sentences invented, in the style of such pages."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def _glued(*columns: list[str]) -> str:
    """Columns set side by side as pdfplumber prints them: a row of lines across the page, a space between."""
    return "\n".join(" ".join(row) for row in zip(*columns, strict=True))


# two items side by side, each in two columns (their lines cut where the columns end), then a table across the page
_LEFT = ["本报讯（记者 某某）记者从省人", "社厅获悉，2025年，全省城镇新",
         "增就业48.2万人，完成年度目标", "的103.6%；其中省外转移就业"]
_LEFT2 = ["126.4万人。今年，全省计划城", "镇新增就业45万人以上，其中",
          "高校毕业生就业8万人以上。全", "省将举办招聘活动1200场。"]
_RIGHT = ["本报讯（记者 某某）记者从省卫", "生健康委获悉，截至2025年底，",
          "全省医疗卫生机构床位达到31.6", "万张，每千人口床位数6.9张；"]
_RIGHT2 = ["执业（助理）医师12.8万人，每", "千人口执业（助理）医师2.86人",
           "。去年全省新增三级医院9家，", "新增二级医院15家。"]
_TABLE = ("2025年部分州（市）城镇新增就业和医疗机构床位（单位：万人、万张）\n"
          "州（市） 城镇新增就业 医疗机构床位\n玉溪 4.36 1.92\n保山 3.18 1.64\n楚雄州 3.45 1.88\n")
_PAGE = ("云南日报 2026年2月12日 星期四 第7版 民生\n全省城镇新增就业48.2万人 全省每千人口医疗机构床位达6.9张\n"
         + _glued(_LEFT, _LEFT2, _RIGHT, _RIGHT2) + "\n" + _TABLE)


def test_a_tables_head_on_a_page_of_glued_columns_is_kept_whole(extractor: Extractor) -> None:
    """The head's words a space apart are no row of column lines: kept whole, the rows under it read, each cell of
    its row's 州 or 市 (a 州 by its short form), counting new urban jobs or beds in the unit note's 万人 and 万张."""
    got = _got(_run(extractor, _PAGE, "2026-02-12", source="云南日报"), "value", "place", "period")
    cells = [g for g in got if g[0] in ("4.36", "1.92", "3.45", "1.88")]
    assert cells == [("4.36", 43600, "玉溪市", "2025"), ("1.92", 19200, "玉溪市", "2025"),
                     ("3.45", 34500, "楚雄彝族自治州", "2025"), ("1.88", 18800, "楚雄彝族自治州", "2025")]


def test_the_article_text_around_such_a_table_still_reads(extractor: Extractor) -> None:
    """The glued columns are still put back in order: the jobs item's figures and the health item's each whole."""
    got = _got(_run(extractor, _PAGE, "2026-02-12", source="云南日报"), "value")
    assert ("126.4万人", 1264000) in got and ("45万人以上", 450000) in got and ("12.8万人", 128000) in got


def test_a_table_of_prefectures_under_zhou_shi_reads_each_rows_place(extractor: Extractor) -> None:
    """州（市） heads a first column of places as 市（州） does; 城镇新增就业 and 医疗机构床位 are level columns, each taking
    the one unit of the note's two it counts in (万人 people, 万张 beds): jobs and beds of each row's place."""
    text = ("表2 2025年各州（市）就业和床位情况\n（单位：万人、万张）\n州（市） 城镇新增就业 医疗机构床位\n"
            "丽江 2.34 1.21\n文山州 3.07 1.56\n")
    figs = _run(extractor, text, "2026-02-12")
    got = [(f["quote"], f["value"], f["place"], f["metric"].split(".")[0]) for f in figs]
    assert got == [("2.34", 23400, "丽江市", "jobs"), ("1.21", 12100, "丽江市", "beds"),
                   ("3.07", 30700, "文山壮族苗族自治州", "jobs"), ("1.56", 15600, "文山壮族苗族自治州", "beds")]


def test_a_column_word_with_no_unit_of_the_note_reads_no_table(extractor: Extractor) -> None:
    """A column whose word counts in none of the note's units (床位 under 单位：万人、亿元) gives no figure: no unit
    is guessed for it."""
    text = "表2 2025年各州（市）情况\n（单位：万人、亿元）\n州（市） 城镇新增就业 医疗机构床位\n丽江 2.34 1.21\n"
    assert _run(extractor, text, "2026-02-12") == []


def test_a_headline_after_a_tables_rows_opens_the_next_item(extractor: Extractor) -> None:
    """A headline after the rows, sharing with the article above only 全省 and its figure's unit (万人, in the
    caption's unit note too), is the next item's: its figure is that item's body's, of its month (截至1月31日)."""
    text = (_PAGE + "全省2634.8万人完成今年医保参保缴费\n"
            "本报讯（记者 某某）记者从省医保局获悉，截至1月31日，全省已有2634.8万人完成2026年度城乡居民医保参保缴费。\n")
    got = _got(_run(extractor, text, "2026-02-12", source="云南日报"), "period")
    assert [g for g in got if g[0] == "2634.8万人"] == [("2634.8万人", "2026-01"), ("2634.8万人", "2026-01")]


def test_a_headline_after_an_article_taken_up_from_another_page_is_the_next_items(extractor: Extractor) -> None:
    """An article taken up under its jump mark (（上接第1版）) had its headline on its first page: a headline after its
    body that shares the news's words (外贸, 进出口) is the next item's, set in a pair beside another, not the article's
    own; its 全市 stays the paper's city, not the city the headline names."""
    text = ("昆山日报 2026年1月20日 星期二 要闻\n\n本报讯（记者 某某）今年，全市计划新建学校6所。\n\n"
            "（上接第1版）外贸方面，去年全市进出口总额5680.2亿元，增长9.2%，其中出口4962.1亿元。\n\n"
            "昆山港货物吞吐量创新高\n\n苏州去年外贸进出口增长7.1%\n\n"
            "本报讯（记者 某某）2025年，昆山港完成货物吞吐量2856.3万吨。\n")
    got = _got(_run(extractor, text, "2026-01-20", source="昆山日报"), "place")
    assert got == [("6所", "昆山市"), ("5680.2亿元", "昆山市"), ("9.2%", "昆山市"), ("4962.1亿元", "昆山市"),
                   ("7.1%", "苏州市"), ("2856.3万吨", "昆山市")]


# under the table, an item in two columns beside a narrow column (a 记者手记) whose lines fall one between each two rows
_SIDE = ("全省2634.8万人完成今年医保参保缴费 记者手记｜山路弯弯\n2018年春天，记者在怒江州贡山县采访时，\n"
         "本报讯（记者 某某）记者从省医保 去年，全省医保基金支出1086.3亿元\n一位村医说，山里人看病要走一天路。\n"
         "局获悉，截至1月31日，全省已有2634.8万 ，同比增长4.2%；住院费用政策范围内报\n2025年再去，卫生室已通了远程会诊。\n"
         "人完成2026年度城乡居民医保参保缴费， 销比例达到70.2%。今年，居民医保财政\n变化写在一条条山路上。\n"
         "集中缴费期延长至2月28日。 补助标准提高到每人每年710元。\n")


def test_a_tables_last_row_over_a_side_columns_lines_stays_the_tables(extractor: Extractor) -> None:
    """The table's last row stands alone right over the first row of glued columns, as the side column's lines do
    under it: a label and bare numbers, it is the table's row, not the side column's first line set apart after the
    page (where its cells would read under no head: none)."""
    got = _got(_run(extractor, _PAGE + _SIDE, "2026-02-12", source="云南日报"), "value", "place")
    assert [g for g in got if g[0] in ("3.45", "1.88", "1086.3亿元")] == [
        ("3.45", 34500, "楚雄彝族自治州"), ("1.88", 18800, "楚雄彝族自治州"), ("1086.3亿元", 108630000000, "云南省")]


def test_rows_labelled_by_those_words_still_read_under_their_head(extractor: Extractor) -> None:
    """城镇新增就业 and 医疗机构床位 label a bulletin's rows (城镇新增就业 人 1628 2.6): no column words of any table, so
    a table of indicators keeps reading them as its rows; and under a place head with other columns and a line of
    units (地区 城镇新增就业 比上年增长 / （人） （%）) the head is read with its units' line, as before."""
    text = "表4  2025年就业和社会保障主要指标\n\n指标\n\n单位\n\n2025年\n\n比上年增长\n\n（%）\n\n"
    text += "城镇新增就业\n\n人\n\n1628\n\n2.6\n\n医疗机构床位\n\n张\n\n2310\n\n1.4\n"  # (a cell a line)
    got = _got(_run(extractor, text, "2026-03-01"), "value")
    assert got == [("1628", 1628), ("2.6", 2.6), ("2310", 2310), ("1.4", 1.4)]
    text = ("表3 2025年各县城镇新增就业\n 地  区 ｜城镇新增就业｜比上年增长\n        ｜  （人）    ｜  （%）\n"
            " 泸水市 ｜ 3860 ｜  2.4\n")
    got = _got(_run(extractor, text, "2026-03-01"), "value", "place")
    assert got == [("3860", 3860, "泸水市"), ("2.4", 2.4, "泸水市")]
