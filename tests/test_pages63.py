"""What the blind pages p63-p64 found (data/gold/pages: 连云港日报's 经济 page read by pdfminer with its layout analysis
off, the whole page one line with no break and no space; 北海日报's 民生 page read by pdfminer's boxes ordered by height
at a line pitch of 1.9): on the one-line page a table of the city's counties ran into the next item's sentence, so a
county hospital's item (东海县人民医院…) was no longer a sentence naming that county only as a unit's head, and its
全县 in the sentence after fell back to the city carried from the lead. Sentences invented, in the style of such pages.
"""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got

# a prefecture paper's page as pdfminer -n gives it: one line, a table's rows (county, number) glued together and
# run into the next item's headline and lead
_PAGE = ("淮安日报 2025年10月16日 星期四 第2版 综合1前三季度全市城镇新增就业5.2万人本报讯（记者 李华）前三季度，"
         "全市城镇新增就业5.2万人，同比增长3.1%。前三季度各县区城镇新增就业（单位：人）县区新增就业淮阴区9120涟水县8460"
         "盱眙县7350金湖县5230盱眙县人民医院新门诊楼启用本报讯（通讯员 王军）10月14日，盱眙县人民医院新门诊楼投入使用，"
         "医院开放床位增至1100张。目前，{word}医疗卫生机构床位达到3960张，每千人口医疗机构床位数6.2张。")


def test_a_whole_county_word_after_a_county_hospitals_item_glued_to_a_table_is_that_county(
        extractor: Extractor) -> None:
    """全县 after a sentence whose last place, 盱眙县, heads a hospital's name: that county, though the table's rows
    read into the same sentence name other counties (and 盱眙县 itself as a row) before it."""
    got = _got(_run(extractor, _PAGE.format(word="全县"), "2025-10-16", source="淮安日报"), "place")
    assert ("1100张", "盱眙县") in got
    assert ("3960张", "盱眙县") in got
    assert ("6.2张", "盱眙县") in got
    assert ("5.2万人", "淮安市") in got


def test_a_whole_city_word_there_stays_the_papers_city(extractor: Extractor) -> None:
    """全市 in the same place is the paper's city: a county's hospital named last makes no county of a city-wide word."""
    got = _got(_run(extractor, _PAGE.format(word="全市"), "2025-10-16", source="淮安日报"), "place")
    assert ("3960张", "淮安市") in got
    assert ("6.2张", "淮安市") in got


def test_a_county_named_as_a_subject_before_the_hospital_does_not_take_the_whole_county_word(
        extractor: Extractor) -> None:
    """A county the sentence speaks of as its subject (涟水县…) before another county's hospital: 全县 after is the
    hospital's county, named last, not the one the sentence opened with."""
    text = ("淮安日报 2025年10月16日 星期四 第2版 综合1本报讯（记者 李华）前三季度，涟水县新开工项目36个，"
            "盱眙县人民医院新门诊楼投入使用，医院开放床位增至1100张。目前，全县医疗卫生机构床位达到3960张。")
    got = _got(_run(extractor, text, "2025-10-16", source="淮安日报"), "place")
    assert ("36个", "涟水县") in got
    assert ("3960张", "盱眙县") in got


def test_a_tables_cells_glued_on_a_one_line_page_give_no_number(extractor: Extractor) -> None:
    """淮阴区9120110.5涟水县…: a row's two cells run together with no mark between them; where the first ends cannot
    be told (9120 | 110.5, 91201 | 10.5), so no figure is read from them, while the item after keeps its own."""
    text = ("淮安日报 2025年10月16日 星期四 第2版 综合1前三季度各县区城镇新增就业（单位：人、%）县区新增就业完成目标"
            "淮阴区9120110.5涟水县8460104.2盱眙县7350108.6本报讯（记者 李华）前三季度，全市城镇新增就业5.2万人。")
    got = _got(_run(extractor, text, "2025-10-16", source="淮安日报"), "value")
    assert got == [("5.2万人", 52000.0)]
