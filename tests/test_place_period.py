"""Where and when: the place and period of figures, and the manifest that dates a document.

Sentences are short inventions in the style of news reports and work reports; the expected
places and periods are worked out by hand from GUIDE.md (Place, Period).
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from stats.context.place import PlaceTracker
from stats.errors import InputError
from stats.read.manifest import DocMeta, read_manifest
from stats.read.sources import source_from_text
from stats.run.pipeline import Extractor
from stats.run.runner import collect
from tests.dated import dated_figures as _run

ROOT = Path(__file__).resolve().parents[1]




def _where(ex: Extractor, text: str, **meta: str) -> list[tuple]:
    return [(f["quote"], f["place"]) for f in _run(ex, text, **meta)]


def _when(ex: Extractor, text: str, published: str = "2023-07-20") -> list[tuple]:
    return [(f["quote"], f["period"]) for f in _run(ex, text, published=published)]


# -- place ------------------------------------------------------------------------------

def test_place_named_in_the_clause_with_code_and_level(extractor: Extractor) -> None:
    figs = _run(extractor, "万州区新增养老床位1200张，璧山区新增养老床位800张。")
    assert [(f["quote"], f["place"], f["place_code"], f["place_level"]) for f in figs] == [
        ("1200张", "万州区", "500101", "county"), ("800张", "璧山区", "500120", "county")]


def test_place_carries_over_to_the_next_sentence(extractor: Extractor) -> None:
    text = "六盘水市水城县人民医院迁建项目已开工。项目编制床位600张，总投资9.5亿元。"
    assert _where(extractor, text) == [("600张", "水城县"), ("9.5亿元", "水城县")]


def test_short_forms_are_written_out(extractor: Extractor) -> None:
    assert _where(extractor, "重庆新增就业岗位3.5万个，成都新增就业岗位4.1万个。") == [
        ("3.5万个", "重庆市"), ("4.1万个", "成都市")]


def test_whole_city_words_take_the_manifest_place(extractor: Extractor) -> None:
    text = "今年以来，全市城镇新增就业6.2万人。"
    assert _where(extractor, text, place="绵阳市") == [("6.2万人", "绵阳市")]
    assert _where(extractor, text, source="重庆日报") == [("6.2万人", "重庆市")]  # the source's area


def test_whole_city_words_take_the_dateline_place(extractor: Extractor) -> None:
    text = "新华网兰州3月5日电 全省城镇新增就业4.3万人，全市新增2.1万人。"
    assert _where(extractor, text) == [("4.3万人", "甘肃省"), ("2.1万人", "兰州市")]


def test_a_dateline_names_its_place_by_a_short_form_that_is_a_common_word(extractor: Extractor) -> None:
    # 黄山 and 普洱 are no place in running text (a mountain, a tea), but right before a dateline's
    # end or its date they name where the story was filed: the prefecture, not its own district
    assert _where(extractor, "本报黄山讯（记者 王明）一季度，全市接待游客1200万人次。") == [("1200万人次", "黄山市")]
    assert _where(extractor, "新华社普洱5月3日电 今年全市咖啡生豆产量6.5万吨。") == [("6.5万吨", "普洱市")]
    assert _where(extractor, "本报讯 黄山接待游客1200万人次。") == [("1200万人次", None)]


def test_a_dateline_over_two_items_headlines_places_the_story(extractor: Extractor) -> None:
    # a page swept into one text puts two other items' headlines (a county of another city, another
    # city) over this story: they say nothing of it, its dateline says where it was filed
    gaz = extractor.situator.gazetteer
    titles = ["江油市今年计划开发公益岗位", "攀枝花市钒钛产业产值稳步增长"]
    area, why = PlaceTracker.article_area(gaz, None, "四川日报", "本报宜宾讯", titles, [])
    assert (area.name if area else None, why.split(" ")[0]) == ("宜宾市", "the")
    assert "dateline" in why
    # one headline on a place of the dateline's province is what the story is about
    area, _ = PlaceTracker.article_area(gaz, None, "四川日报", "本报绵阳讯", titles[:1], [])
    assert area is not None and area.name == "江油市"


def test_national_words_and_national_datelines(extractor: Extractor) -> None:
    assert _where(extractor, "全国养老服务床位达到820万张。") == [("820万张", "全国")]
    assert _where(extractor, "新华社北京3月9日电 城镇新增就业1244万人。") == [("1244万人", "全国")]


def test_the_subject_of_a_comparison_not_its_base(extractor: Extractor) -> None:
    text = "江北区城镇调查失业率为4.9%，比全市低0.4个百分点。"
    assert _where(extractor, text) == [("4.9%", "江北区"), ("0.4个百分点", "江北区")]
    text = "全市规模以上工业增加值增长7.2%，快于全省0.5个百分点。"
    assert _where(extractor, text, place="九江市") == [("7.2%", "九江市"), ("0.5个百分点", "九江市")]
    # the field of a rank named after the figure is no place of it
    text = "全市粮食总产量146.2亿斤，稳居全省前列；外贸进出口额86亿元，位居全省第三。"
    assert _where(extractor, text, place="盐城市") == [("146.2亿斤", "盐城市"), ("86亿元", "盐城市")]


def test_a_whole_area_word_after_a_sibling_area_is_that_area(extractor: Extractor) -> None:
    # 全县 right after another county of the province (a unit's head or the subject carried over) goes
    # on about that county, not the county the article is placed in
    text = "栾川县今年新增康养床位300张。宜阳县人社局负责人说，今年全县计划新增就业6000人。"
    assert _where(extractor, text) == [("300张", "栾川县"), ("6000人", "宜阳县")]
    text = "栾川县今年新增康养床位300张。宜阳县举办招聘会12场。截至1月底，全县扶持创业1060人。"
    assert _where(extractor, text)[-1] == ("1060人", "宜阳县")
    # the paper's or the speaker's own area (我县) and the article's area after a base stay as they were
    text = "栾川县今年新增康养床位300张。宜阳县举办招聘会12场。我县新增就业800人。"
    assert _where(extractor, text)[-1] == ("800人", "栾川县")
    text = "平遥县接待游客186万人次。今年以来，运城市城镇新增就业2.6万人。截至8月底，全市发放创业贷款4.8亿元。"
    assert _where(extractor, text)[-1] == ("4.8亿元", "运城市")  # 全市 of 平遥县 is 晋中市: a sibling too
    text = "平遥县接待游客186万人次。截至8月底，全市发放创业贷款4.8亿元。"
    assert _where(extractor, text)[-1] == ("4.8亿元", "晋中市")
    text = "栾川县今年新增康养床位300张，比宜阳县多50张，全县新增就业800人。"
    assert _where(extractor, text)[-1] == ("800人", "栾川县")
    # carried over only where that county is the last place named: not past the head of a unit of
    # the article's own county
    text = "栾川县今年新增康养床位300张。宜阳县新增互助点18个，栾川县民政局负责人说，全县将新增床位200张。" \
           "全县每千名老人拥有床位34张。"
    assert _where(extractor, text)[-1] == ("34张", "栾川县")


def test_a_district_of_another_province_is_no_campus(extractor: Extractor) -> None:
    # 江北 and 江南 are districts of Chongqing, not campuses of a Harbin hospital
    text = "哈尔滨市第一医院分为江南、江北两个院区，江北院区编制床位500张。"
    assert dict(_where(extractor, text))["500张"] == "哈尔滨市"


def test_a_county_short_form_inside_the_article_province(extractor: Extractor) -> None:
    assert _where(extractor, "江津今年新增市场主体1.8万户。", place="重庆市") == [("1.8万户", "江津区")]
    assert _where(extractor, "江津今年新增市场主体1.8万户。", place="山东省") == [("1.8万户", "山东省")]


def test_a_name_shared_by_districts_of_several_cities_is_the_one_inside_the_area_named(extractor: Extractor) -> None:
    # Chongqing's 江北区 (merged into 两江新区 in 2025) and Ningbo's 江北区: the one under the city
    # named before it, the article's or the paper's
    assert _where(extractor, "宁波市江北区新增就业1.2万人。") == [("1.2万人", "江北区")]
    for text, source, code in (("宁波市今年经济平稳。江北区新增就业1.2万人。", "", "330205"),
                               ("重庆江北区新增就业1.2万人。", "", "500105"),
                               ("本报讯 江北区新增就业1.2万人，全区参保28万人。", "重庆日报", "500105"),
                               ("本报讯 江北区新增就业1.2万人。", "宁波日报", "330205"),
                               ("今年，江北新增就业1.2万人。", "重庆日报", "500105"),
                               ("福建省今年经济平稳。鼓楼区新增就业1.2万人。", "", "350102"),
                               ("南京市鼓楼区新增就业1.2万人。", "", "320106"),
                               ("吉林省今年经济平稳。朝阳区新增就业1.2万人。", "", "220104"),
                               ("舟山市普陀区新增就业1.2万人。", "", "330903"),
                               ("本报讯 城关区新增就业1.2万人。", "西藏日报", "540102")):
        assert _run(extractor, text, source=source)[0]["place_code"] == code, text
    # a district of Chongqing listed with another is still inside the city: the list is the city's
    assert _where(extractor, "九龙坡区、江北区新增就业1.2万人。", source="重庆日报") == [("1.2万人", "重庆市")]
    # a manifest's place by such a name: the one inside the area of the paper it names
    for source, code in (("重庆日报", "500105"), ("宁波日报", "330205"), ("南京日报", "320106"), ("福州日报", "350102")):
        name = "鼓楼区" if source in ("南京日报", "福州日报") else "江北区"
        assert _run(extractor, "全区新增就业1.2万人。", source=source, place=name)[0]["place_code"] == code
    # a name the newer table holds in the same province is that division recoded, not a second one
    gaz = extractor.situator.gazetteer
    assert [a.code for a in gaz.full["公主岭市"]] == ["220184"]


def test_places_listed_together_and_respectively(extractor: Extractor) -> None:
    assert _where(extractor, "来自济南、青岛、烟台等地的300多家企业参会。") == [("300多家", "山东省")]
    text = "绵阳、德阳新增就业分别为3.2万人和2.5万人。"
    assert _where(extractor, text) == [("3.2万人", "绵阳市"), ("2.5万人", "德阳市")]


def test_a_destination_after_xiang_is_not_the_place(extractor: Extractor) -> None:
    text = "麦积区有组织输转劳动力4.1万人，向天津、江苏等地输转1.85万人。"
    assert _where(extractor, text) == [("4.1万人", "麦积区"), ("1.85万人", "麦积区")]


def test_a_destination_is_not_the_place(extractor: Extractor) -> None:
    text = "本市医疗队120名队员奔赴孝感。"
    assert _where(extractor, text, place="重庆市") == [("120名", "重庆市")]


def test_no_place_where_the_text_gives_none(extractor: Extractor) -> None:
    assert _where(extractor, "该医院编制床位500张。") == [("500张", None)]


def test_unknown_manifest_place_is_an_error_row(extractor: Extractor) -> None:
    src = dataclasses.replace(source_from_text("全市新增就业2万人。"),
                              meta=DocMeta("2023-01-05", "", "不存在的地方", "manifest.csv:7"))
    result = extractor.extract_source(src)
    assert any("manifest.csv:7" in e["message"] and "不存在的地方" in e["message"] for e in result.errors)


# -- period -----------------------------------------------------------------------------

def test_from_to_pair_takes_its_own_ends_and_a_change_the_span(extractor: Extractor) -> None:
    text = "2015-2022年，全市养老床位由2.1万张增加到3.6万张，增长71.4%。"
    assert _when(extractor, text) == [("2.1万张", "2015"), ("3.6万张", "2022"), ("71.4%", "2015-2022")]


@pytest.mark.parametrize(("text", "want"), [
    ("上半年，全省城镇新增就业30.5万人。", "2023H1"),
    ("一季度，全市城镇新增就业2.6万人。", "2023Q1"),
    ("前三季度，全省城镇新增就业41万人。", "2023Q1-Q3"),
    ("1-5月，全市城镇新增就业4.4万人。", "2023M01-M05"),
    ("前十个月，全市城镇新增就业7.4万人。", "2023M01-M10"),
    ("今年前5月，全市城镇新增就业4.1万人。", "2023M01-M05"),
    ("2022年前11个月，全市城镇新增就业7.9万人。", "2022M01-M11"),
    ("今年3季度，全市城镇新增就业2.1万人。", "2023Q3"),
    ("未来三年，全市将新增养老床位6000张。", "2023-2025"),
    ("截至6月底，全市养老床位达到2.3万张。", "2023-06"),
    ("去年全市城镇新增就业8.1万人。", "2022"),
    ("2021年一季度，全市城镇新增就业2.2万人。", "2021Q1"),
    ("到2025年，全市养老床位达到3万张。", "2025"),
    ("“十四五”期间，全省城镇新增就业累计达到550万人。", "2021-2025"),
    ("全市城镇新增就业3.1万人，比上年同期增长5.2%。", "2023-12"),
    # 过去一年 in December looks back on the year now closing, as 一年来 there does (periods.yaml year_closing; a
    # report of January reads it as the year before, tests/test_reports91.py)
    ("过去一年，全省城镇新增就业68万人。", "2023"),
    ("过去五年，全省城镇新增就业累计310万人。", "2018-2022"),
    ("五年来，全县累计新增就业2.6万人。", "2018-2022"),
    # a year with 以来 is no count of years (21年以来); it runs to the document's year, as “十四五”以来 does
    ("2021年以来，全市累计新增就业9.6万人。", "2021-2023"),
    ("到“十四五”末，全市经济总量力争突破1万亿元。", "2025"),
    ("“十四五”以来，全市累计新增城镇就业8.2万人。", "2021-2023"),
    ("全市就业形势好于去年。全年城镇新增就业3万人。", "2023"),  # 好于去年: a base, no year spoken of
])
def test_period_forms(extractor: Extractor, text: str, want: str) -> None:
    # a December date: every part of the year named has passed (a result of a quarter not
    # yet over would be last year's)
    assert _when(extractor, text, published="2023-12-20")[-1][1] == want  # the last: 前十个月 is a figure too (a duration)


def test_the_year_of_a_comparison_base_is_no_period(extractor: Extractor) -> None:
    assert _when(extractor, "全市城镇新增就业5.6万人，比2019年增长12%。") == [
        ("5.6万人", "2023-07"), ("12%", "2023-07")]


def test_a_time_carries_over_to_the_next_sentence(extractor: Extractor) -> None:
    text = "前三季度，全市城镇新增就业5.2万人。失业人员再就业1.3万人。"
    assert _when(extractor, text, published="2023-10-20") == [("5.2万人", "2023Q1-Q3"), ("1.3万人", "2023Q1-Q3")]
    # in July the first three quarters of this year are not over: the report is of last year's
    assert _when(extractor, text, published="2023-07-20") == [("5.2万人", "2022Q1-Q3"), ("1.3万人", "2022Q1-Q3")]


def test_a_year_inside_a_five_year_review_names_one_end_and_the_span_goes_on(extractor: Extractor) -> None:
    """过去五年 in a report of January 2022 is 2017-2021. 2021年达到… written inside a sentence is
    the end of one series: a yearly average after it, a cumulative total and the next sentences keep
    the span, and a from–to pair takes its ends; a level reached (分别达到…) is of the span's last
    year, a total (累计达到…) of the span. A sentence that opens with a year turns to it."""
    text = ("过去五年，全县经济实力明显增强。地区生产总值年均增长6.1%，2021年达到120.5亿元；"
            "财政收入年均增长4.2%。累计新建农村公路860公里。人均床位数由4.1张增加到5.6张。"
            "城乡居民人均可支配收入分别达到31200元和16800元，城镇新增就业累计达到1.2万人。"
            "2021年，全县城镇新增就业3200人。")
    assert _when(extractor, text, published="2022-01-12")[1:] == [  # [0]: 五年, a duration
        ("6.1%", "2017-2021"), ("120.5亿元", "2021"), ("4.2%", "2017-2021"), ("860公里", "2017-2021"),
        ("4.1张", "2017"), ("5.6张", "2021"), ("31200元", "2021"), ("16800元", "2021"), ("1.2万人", "2017-2021"),
        ("3200人", "2021")]


def test_a_year_word_in_the_first_months_of_a_year_closes_the_year_just_over(extractor: Extractor) -> None:
    """全年, 年末, 年度 with no year named: in January–March the results of the year before (GUIDE,
    Period: relative words resolve against the document's date); a target keeps this year."""
    text = "全年全市城镇新增就业3.6万人。年末全市常住人口512.4万人。今年，全市力争城镇新增就业3万人以上。"
    want = [("3.6万人", "2023"), ("512.4万人", "2023"), ("3万人以上", "2024")]
    assert _when(extractor, text, published="2024-02-06") == want
    # a year-end summary of December speaks of its own year
    assert _when(extractor, text, published="2023-12-28")[:2] == [("3.6万人", "2023"), ("512.4万人", "2023")]
    # the date of the news before the figure says nothing of when; the year-word after it does
    text = "记者1月8日从市人社局获悉，全市城镇新增就业2.3万人，完成年度目标任务的104%。"
    assert _when(extractor, text, published="2024-01-09") == [("2.3万人", "2023"), ("104%", "2023")]
    # a year named in the article is the year the year-word speaks of
    text = "2022年，全市新增市场主体1200户。全年新增就业见习岗位800个。"
    assert _when(extractor, text, published="2024-02-06")[-1] == ("800个", "2022")


def test_a_target_takes_its_due_date_even_after_it(extractor: Extractor) -> None:
    assert _when(extractor, "该院规划床位1200张，预计2026年底建成。") == [("1200张", "2026")]


def test_what_a_project_gives_once_built_is_due_when_built(extractor: Extractor) -> None:
    """建成后…达到 names no time it is due: no period, not the document's year; a year named in
    its sentence still dates it."""
    assert _when(extractor, "新院区建成后，医院床位数达到900张。") == [("900张", None)]
    assert _when(extractor, "到2026年，新院区建成后医院床位数达到900张。") == [("900张", "2026")]


def test_a_target_under_a_plan_headline_is_due_over_the_plan(extractor: Extractor) -> None:
    """A target that names no time it is due, under a headline naming a plan under way, is due over
    the plan's years; one naming its time keeps it, and a level keeps the document's."""
    text = ("某省“十四五”养老服务规划印发\n\n本报讯 到2025年，全省养老床位达到30万张。"
            "全省将确保护理型床位占比不低于55%。上半年全省新增养老床位8000张。\n")
    assert _when(extractor, text, published="2022-08-20") == [
        ("30万张", "2025"), ("不低于55%", "2021-2025"), ("8000张", "2022H1")]


def test_without_a_document_date_relative_words_give_nothing(extractor: Extractor) -> None:
    assert _when(extractor, "今年一季度，全市城镇新增就业2.6万人。", published="") == [("2.6万人", None)]


def test_a_dated_header_dates_a_document_without_manifest(extractor: Extractor) -> None:
    text = "全省就业形势稳定\n2019年08月02日 09:30 来源：某某日报\n上半年，全省城镇新增就业30万人。"
    result = extractor.extract_text(text)
    assert result.document["published"] == "2019-08-02"
    assert [f["period"] for f in result.figures] == ["2019H1"]


# -- manifest ---------------------------------------------------------------------------

def test_the_shipped_corpus_manifest_lists_every_text_with_a_date() -> None:
    folder = ROOT / "data" / "corpus"
    meta = read_manifest(folder / "manifest.csv")
    texts = sorted(p.name for p in folder.glob("*.txt"))
    assert sorted(meta) == texts
    assert all(len(m.published) == 10 and m.published[:2] == "20" for m in meta.values())
    assert all(m.source for m in meta.values())


def test_manifest_in_gbk_with_place_column(tmp_path: Path) -> None:
    (tmp_path / "manifest.csv").write_bytes("file,published,source,place\na.txt,2021/3/5,四川日报,成都\n".encode("gbk"))
    assert read_manifest(tmp_path / "manifest.csv") == {
        "a.txt": DocMeta("2021-03-05", "四川日报", "成都", f"{tmp_path / 'manifest.csv'}:2")}


@pytest.mark.parametrize(("body", "line", "reason"), [
    ("file,published\na.txt,2021-13-40\n", 2, "no date"),
    ("name,published\na.txt,2021-03-05\n", 1, "no 'file' column"),
    ("file,published\na.txt,2021-03-05\nb.txt,2021-03-06\na.txt,2021-03-07\n", 4, "listed twice"),
    ("file,published\na.txt,2021-03-05,extra\n", 2, "fields"),
])
def test_bad_manifest_lines_name_file_and_line(tmp_path: Path, body: str, line: int, reason: str) -> None:
    path = tmp_path / "manifest.csv"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(InputError) as err:
        read_manifest(path)
    assert f"manifest.csv:{line}" in str(err.value) and reason in str(err.value)


def test_documents_table_gets_the_manifest_and_figures_its_date(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("上半年，全市城镇新增就业3.3万人。", encoding="utf-8")
    (tmp_path / "b.txt").write_text("上半年，全市城镇新增就业1.1万人。", encoding="utf-8")
    (tmp_path / "manifest.csv").write_text("file,published,source,place\na.txt,2022-07-15,宜宾日报,宜宾市\n",
                                           encoding="utf-8")
    tables = collect([tmp_path])
    docs = {d["doc_id"]: d for d in tables.documents.to_pylist()}
    assert (docs["a"]["published"], docs["a"]["source"], docs["a"]["place"], docs["a"]["place_code"]) == (
        "2022-07-15", "宜宾日报", "宜宾市", "511500")
    assert docs["b"]["published"] is None  # not in the manifest
    figs = {f["doc_id"]: f for f in tables.figures.to_pylist()}
    assert (figs["a"]["place"], figs["a"]["period"]) == ("宜宾市", "2022H1")
    assert (figs["b"]["place"], figs["b"]["period"]) == (None, None)


def test_a_bad_manifest_stops_the_run_before_extraction(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("全市城镇新增就业3.3万人。", encoding="utf-8")
    (tmp_path / "manifest.csv").write_text("file,published\na.txt,yesterday\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"manifest.csv:2"):
        collect([tmp_path])


@pytest.mark.parametrize("text", [
    "市公安局新招聘辅警120名。",  # 公安县
    "人力资源市场提供岗位800个。",  # 资源县
    "推广安全生产标准化企业300家。",  # 广安市
    "医保定点医疗机构新增45家。",  # 保定市
    "加大社区排查力度，排查住户2000户。",  # an old table's 大社区
])
def test_common_words_are_no_places(extractor: Extractor, text: str) -> None:
    assert {place for _, place in _where(extractor, text)} == {None}


def test_the_article_area_named_after_a_purpose_clause(extractor: Extractor) -> None:
    text = "为完成新增就业5万人的目标，我市将开展专项招聘行动。"
    assert _where(extractor, text, place="南充市") == [("5万人", "南充市")]


def test_whole_city_in_a_province_report_is_the_city_it_speaks_of(extractor: Extractor) -> None:
    text = "绵阳市今年新增就业2万人。全市城镇调查失业率为5.1%。"
    assert _where(extractor, text, place="四川省") == [("2万人", "绵阳市"), ("5.1%", "绵阳市")]


def test_places_and_periods_yaml_are_checked_at_their_lines(tmp_path: Path) -> None:
    import shutil

    from stats.errors import RuleErrors
    from stats.rules.rulefile import load_rules

    root = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", root)
    places, periods = root / "lexicon" / "places.yaml", root / "lexicon" / "periods.yaml"
    text = places.read_text(encoding="utf-8")
    places.write_text(text.replace("  全市: [prefecture]", "  全市: [city]"), encoding="utf-8")
    line = text[:text.index("  全市: [prefecture]")].count("\n") + 1
    ptext = periods.read_text(encoding="utf-8")
    periods.write_text(ptext.replace("month: '", "mnth: '"), encoding="utf-8")
    pline = ptext[:ptext.index("month: '")].count("\n") + 1
    with pytest.raises(RuleErrors) as info:
        load_rules(root)
    details = "\n".join(info.value.details)
    assert f"rules/lexicon/places.yaml:{line}: area_words.全市.0: 'city' is not one of" in details
    assert f"rules/lexicon/periods.yaml:{pline}: mnth: unknown key 'mnth' (did you mean 'month'?)" in details


def test_a_unit_placed_after_its_figure_in_the_same_clause(extractor: Extractor) -> None:
    assert _where(extractor, "该企业带着120项专利落户德阳市旌阳区。") == [("120项", "旌阳区")]
    # the location of the next clause is another unit's
    text = "成都市第一医院新建东西两个院区。东院区床位900张；西院区位于德阳市旌阳区。"
    assert dict(_where(extractor, text))["900张"] == "成都市"


def test_a_unit_of_another_province_placed_by_where_it_settles(extractor: Extractor) -> None:
    # the head of the firm's name says whose firm it is; 落户 says where its figures are
    text = "浙江华盛精密机械有限公司带着60项发明专利落户成都市郫都区。"
    assert _where(extractor, text, source="四川日报") == [("60项", "郫都区")]


def test_a_unit_name_places_only_its_own_clause_and_carries_nothing(extractor: Extractor) -> None:
    text = ("万州区人民政府副区长介绍，该区将新建两个院区。"
            "上海市第六人民医院将派专家30名，该区为专家提供的补贴不低于原单位收入的1.5倍。")
    assert _where(extractor, text, source="重庆日报") == [
        ("两个", "万州区"), ("30名", "上海市"), ("1.5倍", "万州区")]


def test_a_sibling_district_office_leaves_the_carried_district(extractor: Extractor) -> None:
    # a speaker's office in another district: the project is the city's, not 綦江区's
    text = "綦江区新建医院床位800张。两江新区管委会副主任介绍，新项目已开工。该项目总投资30亿元。"
    assert _where(extractor, text, source="重庆日报") == [("800张", "綦江区"), ("30亿元", "重庆市")]


def test_a_headline_unit_is_no_article_area(extractor: Extractor) -> None:
    gaz = extractor.situator.gazetteer
    area, why = PlaceTracker.article_area(gaz, None, "重庆日报", "", ["广州某大学附属医院接管北碚区中医院"], [])
    assert (area.name if area else None, why.split(" ")[0]) == ("重庆市", "the")
    assert "source" in why


def test_our_city_in_a_national_story_run_by_a_local_paper(extractor: Extractor) -> None:
    # a national dateline has no city: 我市 is the paper's
    text = "新华社北京3月9日电 我市参保企业减缴医保费2.3亿元。"
    assert _where(extractor, text, source="重庆日报") == [("2.3亿元", "重庆市")]
    assert _where(extractor, text) == [("2.3亿元", "全国")]


def test_a_part_of_the_area_in_force_named_after_the_figure_in_its_clause(extractor: Extractor) -> None:
    text = "3月2日，装着30吨脐橙的货车从奉节县出发。"
    assert _where(extractor, text, source="重庆日报") == [("30吨", "奉节县")]
    # a place outside the area in force, named after the figure, does not place it
    assert _where(extractor, text, place="四川省") == [("30吨", "四川省")]


def test_whole_city_in_a_county_level_city_is_that_city(extractor: Extractor) -> None:
    text = "瑞金市2023年统计公报\n\n全年全市地区生产总值280亿元，比上年增长5%。"
    assert _where(extractor, text, published="2024-03-20") == [("280亿元", "瑞金市"), ("5%", "瑞金市")]
    # 全市 in an article about a district is still the city above it
    assert _where(extractor, "万州区新增就业1.2万人。全市新增就业6万人。") == [("1.2万人", "万州区"), ("6万人", "重庆市")]


def test_a_headline_on_the_province_beats_the_capital_dateline(extractor: Extractor) -> None:
    text = ("四川一季度外贸进出口增长6%\n\n新华社成都4月18日电 记者从成都海关获悉，一季度四川省进出口总值2100亿元。"
            "其中，出口1300亿元。\n")
    assert _where(extractor, text, published="2024-04-18") == [("6%", "四川省"), ("2100亿元", "四川省"),
                                                               ("1300亿元", "四川省")]


def test_the_whole_area_as_a_subject_takes_the_carried_place_back(extractor: Extractor) -> None:
    text = ("分城市看，成都市进出口1900亿元；绵阳市进出口90亿元。"
            "同期，全省外贸企业达4600家。民营企业进出口1000亿元。")
    assert _where(extractor, text, place="四川省") == [("1900亿元", "成都市"), ("90亿元", "绵阳市"),
                                                      ("4600家", "四川省"), ("1000亿元", "四川省")]


def test_a_year_word_takes_the_year_the_report_speaks_of(extractor: Extractor) -> None:
    text = "2023年，全区新增就业2.8万人。年末城镇登记失业率为2.1%。全年发放创业担保贷款1.3亿元。"
    assert _when(extractor, text, published="2024-01-18") == [("2.8万人", "2023"), ("2.1%", "2023"),
                                                              ("1.3亿元", "2023")]
    # a dated day is no year spoken of; with nothing before it 全年 is the document's year
    assert _when(extractor, "2024年3月8日，记者获悉。全年新增就业3万人。", published="2024-03-08") == [
        ("3万人", "2024")]


def test_respectively_runs_over_sibling_places_heading_their_own_clauses(extractor: Extractor) -> None:
    text = "哈尔滨市粮食产量296亿斤，齐齐哈尔市粮食产量282亿斤，分别占全省的19.0%和18.1%。"
    assert _where(extractor, text) == [("296亿斤", "哈尔滨市"), ("282亿斤", "齐齐哈尔市"),
                                       ("19.0%", "哈尔滨市"), ("18.1%", "齐齐哈尔市")]


def test_a_clause_about_the_places_listed_together_takes_the_area_holding_them(extractor: Extractor) -> None:
    text = "西安市城镇新增就业8.6万人，宝鸡市2.4万人，两市合计占全省的35.2%。"
    assert _where(extractor, text) == [("8.6万人", "西安市"), ("2.4万人", "宝鸡市"), ("35.2%", "陕西省")]
    # a clause that does not open with such a word stays with the place before it
    text = "西安市城镇新增就业8.6万人，宝鸡市2.4万人，增长3.1%。"
    assert _where(extractor, text)[2] == ("3.1%", "宝鸡市")


def test_a_county_short_form_that_is_a_preposition_swallows_no_name(extractor: Extractor) -> None:
    """从江 (a Guizhou county) before 江北区 or 江苏 is 从 + the next name."""
    assert _where(extractor, "近日，从江北区医疗保障局获悉，我区参保人数28.6万人。", source="重庆日报") == [
        ("28.6万人", "江北区")]
    assert _where(extractor, "该企业从江苏引进投资5亿元。") == [("5亿元", "江苏省")]


def test_a_quarter_not_yet_over_at_the_document_date_is_last_year_s(extractor: Extractor) -> None:
    """A release of January 2024 on 2023: 分季度看，一季度… are 2023's quarters; 1-2月 in March is this year's."""
    text = "2023年全国国内生产总值比上年增长5.2%。分季度看，一季度增长4.5%，四季度增长5.2%。"
    assert _when(extractor, text, published="2024-01-17") == [("5.2%", "2023"), ("4.5%", "2023Q1"), ("5.2%", "2023Q4")]
    assert _when(extractor, "1-2月，全市城镇新增就业1.1万人。", published="2024-03-20") == [("1.1万人", "2024M01-M02")]
    # a target for a quarter ahead keeps the document's year
    assert _when(extractor, "力争二季度新增就业2万人。", published="2024-03-20") == [("2万人", "2024Q2")]


def test_a_breakdown_into_parts_places_its_own_sentence_only(extractor: Extractor) -> None:
    """其中，X县… and sibling parts each heading a clause name parts of the area in force: the next
    sentence, which names no place, speaks of the whole again (a bulletin's next section)."""
    one = "全市粮食产量86.5万吨。其中，富县粮食产量9.1万吨。全年社会消费品零售总额412亿元。"
    assert _where(extractor, one, place="延安市") == [
        ("86.5万吨", "延安市"), ("9.1万吨", "富县"), ("412亿元", "延安市")]
    siblings = "宝塔区地区生产总值增长6.1%，子长市地区生产总值增长4.3%。全年城镇新增就业2.1万人。"
    assert _where(extractor, siblings, place="延安市") == [
        ("6.1%", "宝塔区"), ("4.3%", "子长市"), ("2.1万人", "延安市")]
    # one part named without a breakdown word is what the text goes on about (a county's own news)
    alone = "富县今年新建果园1.2万亩。新增就业800人。"
    assert _where(extractor, alone, place="延安市") == [("1.2万亩", "富县"), ("800人", "富县")]


def test_a_league_word_is_the_article_area(extractor: Extractor) -> None:
    """全盟 speaks of the league the article is about (锡林郭勒盟), not of the banner carried from before."""
    text = "正蓝旗今年粮食产量5.2万吨。全盟牲畜存栏980万头。"
    assert _where(extractor, text, place="锡林郭勒盟") == [("5.2万吨", "正蓝旗"), ("980万头", "锡林郭勒盟")]


def test_whole_district_word_in_a_prefecture_named_diqu(extractor: Extractor) -> None:
    """全区 in a 地区's bulletin is that 地区, not its province (黑龙江省 is no autonomous region) nor
    the county carried from the sentence before; after times (年末全区…) it takes the whole back."""
    text = "全区粮食产量38.5万吨。塔河县接待游客86万人次。年末全区常住人口33.1万人。全年城镇新增就业6820人。"
    assert _where(extractor, text, place="大兴安岭地区") == [
        ("38.5万吨", "大兴安岭地区"), ("86万人次", "塔河县"), ("33.1万人", "大兴安岭地区"), ("6820人", "大兴安岭地区")]
    # in an autonomous region's report 全区 is still the region
    assert _where(extractor, "全区城镇新增就业36万人。", place="广西壮族自治区") == [("36万人", "广西壮族自治区")]


def test_a_national_superlative_after_the_figure_is_no_place(extractor: Extractor) -> None:
    """建成全国首个…基地: 全国 after the figure ranks it, the figure stays the article's."""
    text = "光伏装机突破2000万千瓦，建成全国首个千万千瓦级光伏基地。"
    assert _where(extractor, text, place="海西蒙古族藏族自治州")[0] == ("突破2000万千瓦", "海西蒙古族藏族自治州")


def test_a_headline_on_a_city_of_the_dateline_s_province_beats_the_capital_dateline(extractor: Extractor) -> None:
    """An agency's bureau files from the capital; its headline, led by a county-level city's
    short form and a colon, says what the item is about (全市 is that city)."""
    text = ("绥芬河：外贸企业数量稳步增长\n\n新华社哈尔滨6月3日电（记者 张明）今年以来，全市新增外贸企业126家。"
            "截至5月底，全市共有外贸企业1380家。")
    assert _where(extractor, text, published="2024-06-03") == [("126家", "绥芬河市"), ("1380家", "绥芬河市")]
    # a site's dateline ending 消息 is a dateline: the headline wins over its city as well
    text = "敦化：一季度接待游客增长两成\n\n央广网长春4月8日消息（记者 王林）一季度，全市接待游客112万人次。"
    assert _where(extractor, text, published="2024-04-08") == [("两成", "敦化市"), ("112万人次", "敦化市")]


def test_a_local_paper_s_item_led_by_a_place_inside_its_city(extractor: Extractor) -> None:
    """本报讯 gives no place: the paper's city (the source) holds the article, and a lead that
    names a county-level city inside it says what the item is about."""
    text = "本报讯（记者 刘青）今年以来，庄河市海产品加工业加快发展。前三季度，全市海产品加工产值86亿元。"
    assert _where(extractor, text, published="2024-10-20", source="大连日报") == [("86亿元", "庄河市")]
    text = "本报讯（记者 刘青）前三季度，全市海产品加工产值312亿元。"
    assert _where(extractor, text, published="2024-10-20", source="大连日报") == [("312亿元", "大连市")]


def test_whole_city_heading_its_clause_after_a_district(extractor: Extractor) -> None:
    text = "上半年，新城区新建充电桩820个，全市充电桩总数达到5.1万个。"
    assert _where(extractor, text, source="西安日报") == [("820个", "新城区"), ("5.1万个", "西安市")]


def test_plan_so_far_and_recent_years(extractor: Extractor) -> None:
    """“十四五”以来 runs from the plan's first year to the document's, in the first months of a year to the year
    before (the full years so far, as a report of March counts them); 近三年 is the three years up to the year the
    text speaks of, and is carried to no later sentence."""
    text = "“十四五”以来，全省累计新增城镇就业152万人。"
    assert _when(extractor, text, published="2024-07-18") == [("152万人", "2021-2024")]
    assert _when(extractor, text, published="2024-03-18") == [("152万人", "2021-2023")]
    text = "今年全县粮食播种面积86万亩。近三年，全县累计建成高标准农田21万亩。全县农机总动力达到95万千瓦。"
    got = [(q, p) for q, p in _when(extractor, text, published="2024-09-10") if q != "近三年"]
    assert got == [("86万亩", "2024"), ("21万亩", "2022-2024"), ("95万千瓦", "2024")]
    text = "2023年，全县粮食产量52万吨。近三年，全县累计投入农田建设资金6.2亿元。"
    got = [(q, p) for q, p in _when(extractor, text, published="2024-02-01") if q != "近三年"]
    assert got == [("52万吨", "2023"), ("6.2亿元", "2021-2023")]


def test_a_country_abroad_where_the_text_stands_there(extractor: Extractor) -> None:
    """在老挝… puts the figures of its sentence abroad, and nothing after it; a trade partner,
    a visitor's home and a country in a list of destinations are no figure's place."""
    text = ("本报讯 今年以来，全省对俄罗斯进出口86亿元，接待俄罗斯游客3.1万人次。"
            "在老挝万象，中老合作物流园完成投资2.4亿元。全省新增外贸企业210家。")
    assert _where(extractor, text, published="2024-06-20", source="黑龙江日报") == [
        ("86亿元", "黑龙江省"), ("3.1万人次", "黑龙江省"), ("2.4亿元", "老挝"), ("210家", "黑龙江省")]
    text = "本报讯 上半年，全市新开通至日本、韩国的航线4条。"
    assert _where(extractor, text, published="2024-07-20", source="大连日报") == [("4条", "大连市")]
    figs = _run(extractor, "在哈萨克斯坦，展销中心销售额1200万元。", published="2024-07-20")
    assert [(f["place"], f["place_code"], f["place_level"]) for f in figs] == [("哈萨克斯坦", None, "abroad")]


def test_a_country_abroad_that_frames_its_sentence_places_its_units(extractor: Extractor) -> None:
    """在老挝万象，… opening a sentence puts its figures abroad, whoever's units they are (我省企业,
    a shop with a city's name); a time there (在日本访问期间) frames nothing, and the next sentence is home."""
    text = ("本报讯 在老挝万象，我省企业建设的产业园完成投资2.4亿元。在越南河内，昆明鲜花专卖店销售鲜花80吨。"
            "在日本访问期间，我省签约项目12个。全省新增外贸企业210家。")
    assert _where(extractor, text, published="2024-06-20", source="云南日报") == [
        ("2.4亿元", "老挝"), ("80吨", "越南"), ("12个", "云南省"), ("210家", "云南省")]
    # 在海外，… heading its sentence: a country named anywhere in it is where; 在海外 inside a clause is not
    text = ("本报讯 在海外，我省企业参与运营的柬埔寨西港特区新增入驻企业20家。"
            "全省企业在海外市场表现亮眼，对泰国出口额15亿元。")
    assert _where(extractor, text, published="2024-06-20", source="云南日报") == [
        ("20家", "柬埔寨"), ("15亿元", "云南省")]


def test_a_headline_in_the_first_person_of_a_district_takes_the_lead_office(extractor: Extractor) -> None:
    """我区… over an item of a municipality's paper: the district whose office gives the news in the
    lead is the one the headline speaks for; a unit of another province names none."""
    text = "我区新增养老床位800张\n\n本报讯 近日，从沙坪坝区民政局获悉，今年我区新增养老床位800张。\n"
    assert _where(extractor, text, published="2024-09-10", source="重庆日报") == [
        ("800张", "沙坪坝区"), ("800张", "沙坪坝区")]
    text = "我县新增养老床位800张\n\n本报讯 近日，从广州某医院获悉，今年我县新增养老床位800张。\n"
    assert _where(extractor, text, published="2024-09-10", source="赣州日报") == [
        ("800张", "赣州市"), ("800张", "赣州市")]


def test_places_listed_in_a_headline_are_no_chain(extractor: Extractor) -> None:
    """辽宁省及锦州市、凌海市 lists three releases side by side: the article is the province's, not the
    county-level city's at the end, so 全市 after 锦州市统计局… is 锦州市 and stays so."""
    text = ("辽宁省及锦州市、凌海市发布2023年统计公报\n\n辽宁省统计局日前发布2023年全省国民经济和社会发展统计公报。"
            "全年全省粮食产量2480万吨。\n\n锦州市统计局同日发布的公报显示，全年全市地区生产总值1260亿元。"
            "全市城镇新增就业2.3万人。\n")
    assert _where(extractor, text, published="2024-03-30", source="辽宁日报") == [
        ("2480万吨", "辽宁省"), ("1260亿元", "锦州市"), ("2.3万人", "锦州市")]


def test_a_time_that_dates_the_thing_named_after_it_is_no_period_of_the_figure(extractor: Extractor) -> None:
    # 去年 tells when the hospital was built; its beds are counted now, in the document's year
    assert _when(extractor, "今年，全县新增就业1.2万人。去年建成的县人民医院现有床位500张。",
                 published="2024-04-10") == [("1.2万人", "2024"), ("500张", "2024")]
    # without the attribute the same year is the figure's
    assert _when(extractor, "今年，全县新增就业1.2万人。去年县人民医院床位500张。",
                 published="2024-04-10") == [("1.2万人", "2024"), ("500张", "2023")]


# -- monthly and quarterly releases, national news --------------------------------------

def test_a_region_named_without_its_people_is_written_out(extractor: Extractor) -> None:
    """新疆 for 新疆维吾尔自治区, 伊犁 for 伊犁哈萨克自治州: a people's name without 族 leaves the short form too."""
    assert _where(extractor, "1—10月，新疆铁路累计发送货物1.8亿吨。伊犁接待游客3200万人次。") == [
        ("1.8亿吨", "新疆维吾尔自治区"), ("3200万人次", "伊犁哈萨克自治州")]


def test_a_headline_on_the_whole_country_is_national_news(extractor: Extractor) -> None:
    text = ("前三季度全国城镇新增就业1000万人\n\n本报北京10月25日讯 人力资源和社会保障部25日召开发布会。"
            "前三季度，三项社会保险基金总收入6.1万亿元。\n")
    assert _where(extractor, text, published="2024-10-26") == [
        ("1000万人", "全国"), ("三项", "全国"), ("6.1万亿元", "全国")]
    # a dateline of a provincial capital keeps its own area; 健全国家… names no country
    local = "全国首批试点启动\n\n本报成都5月6日讯 全市新增就业2万人。\n"
    assert _where(extractor, local, published="2024-05-06") == [("2万人", "成都市")]
    assert _where(extractor, "健全国家应急管理体系\n\n本报讯 全市新增就业2万人。\n", source="重庆日报") == [
        ("2万人", "重庆市")]
    # a provincial paper's item under a national headline stays the paper's; a paper of no place
    # with no dateline (a trade paper) gives national news
    assert _where(extractor, "全国两会代表热议发展\n\n本报讯 代表说，粮食产量1324亿斤。\n", source="河南日报",
                  published="2024-03-08") == [("1324亿斤", "河南省")]
    assert _where(extractor, "2023年我国卫生健康事业发展统计公报发布\n\n本报讯 医院床位810万张。\n",
                  source="健康报", published="2024-08-30") == [("810万张", "全国")]


def test_a_breakdown_word_breaks_a_national_story_into_provinces(extractor: Extractor) -> None:
    text = ("新华社北京12月13日电 全国粮食总产量14000亿斤。分省份看，黑龙江省粮食产量1600亿斤，河南省1340亿斤。"
            "13个粮食主产省粮食产量占全国的78%。")
    assert _where(extractor, text) == [("14000亿斤", "全国"), ("1600亿斤", "黑龙江省"), ("1340亿斤", "河南省"),
                                       ("13个", "全国"), ("78%", "全国")]


def test_a_month_a_january_release_reports_is_last_year_s(extractor: Extractor) -> None:
    """12月份 (or a month's change) in a release of January 2024 is December 2023; a bare month
    of a plan ahead (12月底前建成) stays in the document's year."""
    text = "12月份，全省规上工业增加值同比增长7.6%。12月，居民消费价格同比上涨0.3%。"
    assert _when(extractor, text, published="2024-01-25") == [("7.6%", "2023-12"), ("0.3%", "2023-12")]
    assert _when(extractor, "全市计划12月底前建成养老床位300张。", published="2024-01-25") == [("300张", "2024-12")]
    # a policy from a month ahead, though it raises an amount, is of the document's year
    assert _when(extractor, "自4月起，全市养老金每人每月提高50元。", published="2024-01-25") == [("50元", "2024-04")]


def test_a_time_after_a_comparison_word_is_a_base_whatever_it_names(extractor: Extractor) -> None:
    text = "1—10月份，全省规上工业增加值增长7.1%，比1—9月份加快0.2个百分点。"
    assert _when(extractor, text, published="2024-11-18") == [("7.1%", "2024M01-M10"), ("0.2个百分点", "2024M01-M10")]
    figs = _run(extractor, text, published="2024-11-18")
    assert [f["role"] for f in figs] == ["change", "change"]  # 加快 is a change verb


def test_last_year_s_same_period_at_a_clause_head_is_its_sentence_s_time(extractor: Extractor) -> None:
    text = "今年以来，全省城镇新增就业8.9万人。去年同期，全省城镇新增就业8.4万人。春节后，全省提供岗位86万个。"
    assert _when(extractor, text, published="2024-03-13") == [
        ("8.9万人", "2024"), ("8.4万人", "2023"), ("86万个", "2024")]
    # after a comparison word it is the base, as before
    assert _when(extractor, "全市新增就业2万人，比去年同期增长5%。", published="2024-03-13")[-1] == ("5%", "2024-03")


def test_a_yearly_average_takes_the_span_of_its_sentence(extractor: Extractor) -> None:
    text = "五年来，全省地区生产总值从2018年的9.3万亿元增加到2023年的12.8万亿元，年均增长5.6%；财政收入年均增长4.1%。"
    assert _when(extractor, text, published="2024-01-22")[-2:] == [("5.6%", "2019-2023"), ("4.1%", "2019-2023")]
    text = "全市地区生产总值从2018年的900亿元增加到2023年的1200亿元，年均增长5.9%。"
    assert _when(extractor, text, published="2024-01-22") == [
        ("900亿元", "2018"), ("1200亿元", "2023"), ("5.9%", "2018-2023")]


def test_this_year_s_months_make_this_year_the_one_the_whole_year_speaks_of(extractor: Extractor) -> None:
    text = "疆煤外运量由2019年的1520万吨增加到2023年的8960万吨。今年1—10月外运量为8100万吨。预计全年外运量将突破1亿吨。"
    assert _when(extractor, text, published="2024-11-11")[-1] == ("突破1亿吨", "2024")


def test_an_autonomous_area_written_with_its_level_word(extractor: Extractor) -> None:
    """大理州 is 大理白族自治州 (大理 alone is a common word, no place); 石林县 is 石林彝族自治县."""
    text = "大理州一季度接待游客增长一成以上。石林县接待游客320万人次。"
    assert _where(extractor, text, published="2024-05-06") == [
        ("一成以上", "大理白族自治州"), ("320万人次", "石林彝族自治县")]


def test_a_county_short_form_after_a_goal_word(extractor: Extractor) -> None:
    text = "今年，沧州市计划完成港口投资56亿元，力争黄骅港全年货物吞吐量达到3.4亿吨。"
    assert _where(extractor, text, published="2024-03-15") == [("56亿元", "沧州市"), ("3.4亿吨", "黄骅市")]


def test_places_listed_side_by_side_carry_on_together(extractor: Extractor) -> None:
    """After 广东、江苏、山东、浙江…分别为…, the next sentence speaks of them together or of the
    whole again (四省…合计占全国的35.6%), not of the first of them."""
    text = ("新华社北京7月27日电 上半年，广东、江苏地区生产总值分别为6.6万亿元、6.3万亿元。"
            "上半年，两省地区生产总值合计占全国的21.6%。")
    assert _where(extractor, text, published="2024-07-28") == [
        ("6.6万亿元", "广东省"), ("6.3万亿元", "江苏省"), ("21.6%", "全国")]
    cities = "南京、苏州两市上半年新增就业14万人。两市城镇调查失业率为4.6%。"
    assert _where(extractor, cities, published="2024-07-28")[-1] == ("4.6%", "江苏省")


def test_whole_prefecture_word_of_a_diqu(extractor: Extractor) -> None:
    """全地区 in an item on 阿克苏地区 is that prefecture, after a sentence on one of its cities too."""
    text = "库车市1—7月农产品出口额4.6亿元。预计全年全地区农产品出口额将超过20亿元。"
    assert _where(extractor, text, place="阿克苏地区") == [("4.6亿元", "库车市"), ("超过20亿元", "阿克苏地区")]


def test_a_papers_own_dateline_from_elsewhere_places_the_story_there_but_its_we_is_the_paper(
        extractor: Extractor) -> None:
    # 本报济南讯 opens an article (a provincial story filed by a Qingdao paper's bureau): 全省 is the
    # province of the dateline; 我市, the paper speaking, is still Qingdao
    text = ("本报济南讯（记者 李明）去年，全省城镇新增就业118.2万人，完成年度目标的107%。"
            "我市全年城镇新增就业23.5万人，全市城镇调查失业率为4.9%。全市扶持创业4.2万人。")
    assert _where(extractor, text, source="青岛日报") == [
        ("118.2万人", "山东省"), ("107%", "山东省"), ("23.5万人", "青岛市"), ("4.9%", "青岛市"), ("4.2万人", "青岛市")]
    # a paper of the province filing from its capital: 我省 is the same province either way
    text = "本报兰州讯（记者 王芳）前三季度，全省地区生产总值8100.5亿元，同比增长6.2%。"
    assert _where(extractor, text, source="甘肃日报") == [("8100.5亿元", "甘肃省"), ("6.2%", "甘肃省")]


def test_a_unit_named_on_the_way_does_not_narrow_what_the_next_sentence_is_about(extractor: Extractor) -> None:
    text = ("本报讯（记者 张华）记者从昆明海关获悉，前三季度，我省外贸进出口总值1480亿元，同比增长7.6%。"
            "其中，对东盟进出口690.2亿元，增长10.8%。")
    where = _where(extractor, text, source="云南日报")
    assert where[0] == ("1480亿元", "云南省")
    assert where[2:] == [("690.2亿元", "云南省"), ("10.8%", "云南省")]  # 我省 carried on, not 昆明


def test_a_bay_is_no_city(extractor: Extractor) -> None:
    text = "宁波杭州湾新区今年新引进汽车零部件项目15个。"
    assert _where(extractor, text, source="宁波日报") == [("15个", "宁波市")]


def test_the_place_stage_cuts_clauses_where_the_classifier_does(extractor: Extractor) -> None:
    """One rule for "the figure's clause": role, place and period all read the bounds the
    classifier gives, so a place named in the next clause never reaches back."""
    from stats.classify.roles import clause_bounds

    text = "今年全市新增就业1.2万人；其中，长沙县城镇新增就业3000人，同比增长5%。"
    qs = extractor.finder.find(text)
    marks = extractor.classifier.clause_marks(text)
    assert marks == [i for i, ch in enumerate(text) if ch in "；，。"]
    for q in qs:
        ctx = extractor.classifier.context(text, q)
        assert clause_bounds(marks, q.start, q.end, len(text)) == (ctx.clause_start, ctx.clause_end)
        assert "，" not in text[ctx.clause_start:ctx.clause_end] and "；" not in text[ctx.clause_start:ctx.clause_end]
    rows = _where(extractor, text, published="2023-07-20", place="长沙市")
    assert [r[0] for r in rows] == ["1.2万人", "3000人", "5%"]
    assert rows[0][1] != rows[1][1]  # 长沙县 is in the second clause only


def test_area_word_heading_an_earlier_clause_goes_on_over_a_place_named_before_it(extractor: Extractor) -> None:
    # 长沙海关 names a city before 全省; 全省 heads the clause of the total, and the growth in the
    # next clause is still the province's, not the city's of the customs office
    text = "记者从长沙海关获悉，今年前两个月，全省外贸进出口总值800亿元，同比增长5.2%。"
    assert _where(extractor, text, place="湖南省") == [("800亿元", "湖南省"), ("5.2%", "湖南省")]
    # 我市 inside the clause, not heading it: the place the sentence names inside it is the subject
    text = "万州区是我市第二大城区，常住人口150万人。"
    assert _where(extractor, text, place="重庆市") == [("150万人", "万州区")]


def test_a_place_word_inside_a_quoted_name_names_no_area(extractor: Extractor) -> None:
    # “技能四川” is a campaign's name: the figures are the city's, whose article it is
    text = "去年全市开展“技能四川”行动，完成职业技能培训12.6万人次。"
    assert _where(extractor, text, place="绵阳市") == [("12.6万人次", "绵阳市")]
    # a place named outside the quotes still places the figure
    text = "德阳市开展“技能四川”行动，完成职业技能培训3.1万人次。"
    assert _where(extractor, text, place="绵阳市") == [("3.1万人次", "德阳市")]


def test_the_time_of_a_from_figure_is_not_the_time_of_the_to_figure(extractor: Extractor) -> None:
    # 由去年的32张提高到36张: 去年 dates the first figure only; the second is of the time in force
    text = ("本报讯 今年以来，全市新增养老床位2600张，每千名老年人拥有养老床位数由去年的32张提高到36张。"
            "全市城镇调查失业率由一季度的5.6%下降到二季度的5.1%。")
    got = [(f["quote"], f["period"]) for f in _run(extractor, text, published="2024-10-17")]
    assert got == [("2600张", "2024"), ("32张", "2023"), ("36张", "2024"), ("5.6%", "2024Q1"), ("5.1%", "2024Q2")]


def test_a_sentence_without_figures_turning_to_the_rest_of_the_year_carries_no_time(extractor: Extractor) -> None:
    # 下半年要… in a report of August speaks of plans: the figures after it are of the first half in
    # force before it, not of last year's second half
    text = ("本报讯 上半年，全省地区生产总值同比增长5.8%。"
            "有关负责人表示，上半年全省经济稳中有进，下半年要持续扩大有效需求。"
            "全省居民人均可支配收入19180元，增长5.9%。")
    assert _when(extractor, text, published="2024-08-22") == [("5.8%", "2024H1"), ("19180元", "2024H1"),
                                                              ("5.9%", "2024H1")]


def test_an_item_glued_in_as_a_line_places_only_its_own_figure(extractor: Extractor) -> None:
    # a brief's line (佛冈县今年新增…560名) glued between two lines of another item's sentence: its county
    # is the place of its own figure, not of the figures of the sentence around it
    text = ("本报讯 在青少年体育锦标赛中，清远市代表团共获得金牌23枚、银牌18枚、铜牌\n"
            "佛冈县今年新增社会体育指导员560名\n"
            "27枚，奖牌总数比上年增加19枚。\n")
    got = _where(extractor, text, published="2024-12-10", source="清远日报")
    assert got == [("23枚", "清远市"), ("18枚", "清远市"), ("560名", "佛冈县"), ("27枚", "清远市"), ("19枚", "清远市")]
    # a line ending on a figure where the sentence runs on is no glued item when it opens with no place
    text = "本报讯 全市今年新建高标准农田12.5万亩\n带动清远市佛冈县农民增收1.2亿元。\n"
    assert _where(extractor, text, published="2024-12-10")[-1] == ("1.2亿元", "佛冈县")


def test_an_autonomous_county_written_short_with_its_level_word_is_a_name_before_a_mark(extractor: Extractor) -> None:
    # 巴里坤县 for 巴里坤哈萨克自治县 heads a list (、) as well as a clause; 分别 gives each its figure
    text = "本报讯 分区域看，巴里坤县、伊吾县新能源装机分别达到486万千瓦和392.5万千瓦。"
    assert _where(extractor, text, published="2024-12-10", source="哈密日报") == [
        ("486万千瓦", "巴里坤哈萨克自治县"), ("392.5万千瓦", "伊吾县")]


def test_a_level_as_it_stands_now_and_recent_years_early_in_a_year(extractor: Extractor) -> None:
    """现有 dates a level at the document's month, past a season or year carried from the sentence
    before; not where its sentence names a time before it, nor in a January review of last year.
    近三年 in an April report that has named no whole year counts the full years before it; a
    from–to pair under it takes the span's ends, and the sentence that breaks a figure down (其中)
    takes that figure's time."""
    text = "本榨季糖料蔗收购首付价为每吨530元。全市现有糖厂16家，日榨能力达到17.8万吨。"
    assert _when(extractor, text, published="2024-11-15") == [
        ("530元", "2024-2025"), ("16家", "2024-11"), ("17.8万吨", "2024-11")]
    text = "2023年，全市接待游客30万人次。截至2023年底，全市现有养老机构120家。"
    assert _when(extractor, text, published="2024-11-15")[-1] == ("120家", "2023")
    text = "2023年工作总结。全区现有医疗机构186个。"
    assert _when(extractor, text, published="2024-01-15") == [("186个", "2023")]
    text = "在现有基础上，力争新增就业1万人。"  # (a goal that names no time it is due: no period)
    assert _when(extractor, text, published="2024-11-15") == [("1万人", None)]
    text = ("一季度，全市专利授权量2086件。近三年，全市发明专利授权量年均增长超过20%，累计达到5420件；"
            "高新技术企业数量由568家增加到1035家。其中，甲县、乙区高新技术企业分别达到186家和97家。")
    got = dict(q for q in _when(extractor, text, published="2024-04-26") if q[0] != "近三年")
    assert (got["超过20%"], got["5420件"], got["1035家"], got["186家"], got["97家"]) == (
        "2021-2023", "2021-2023", "2023", "2023", "2023")
    got = dict(_when(extractor, text, published="2024-09-26"))
    assert (got["超过20%"], got["1035家"]) == ("2022-2024", "2024")


def test_an_aside_sentence_leaves_the_trackers_as_they_were(extractor: Extractor) -> None:
    """A headline of another item read inside a paragraph (aside) places and dates its own figures;
    the trackers after it are those before it, whatever it changed in them, in place or not."""
    situator = extractor.situator
    doc = situator.document(DocMeta("2024-06-30", "", "", "manifest.csv:2"))
    art = situator.article(doc, "", (), ["万州区今年新增就业1.2万人。"])
    art.lazy = False  # (each sentence read as it comes: with no figure, one set aside is not read at all)
    art.sentence("2023年，万州区新增就业1.2万人。", [])
    art.periods.before = {"level": "2023"}
    before_places, before_periods = vars(art.places).copy(), vars(art.periods).copy()
    places, periods = art.places, art.periods
    art.sentence("去年，璧山区新增就业8000人。", [], aside=True)
    assert art.places is places and art.periods is periods
    assert vars(art.places) == before_places and vars(art.periods) == before_periods
    assert art.periods.before == {"level": "2023"}


def test_a_word_pointing_back_to_a_unit_takes_the_area_its_name_gives(extractor: Extractor) -> None:
    # 该院 is the whole hospital, of the city its name gives, not the district its new campus stands in
    text = ("本报讯 遵义市第一人民医院新院区项目在红花岗区正式开工。项目规划设置床位2000张。"
            "据了解，该院现有编制床位1800张。新院区建成后，全院床位总数将达到3800张。")
    assert _where(extractor, text, source="遵义日报") == [("2000张", "红花岗区"), ("1800张", "遵义市"), ("3800张", "遵义市")]
    assert _where(extractor, "本报讯 万州区人民医院今年新增床位200张。该院现有职工1500人。", source="重庆日报") == [
        ("200张", "万州区"), ("1500人", "万州区")]
    # a province's hospital stands where the text places it (云南省…医院 in an article on 昭通市)
    text = "本报讯 云南省滇东北中心医院今年新增床位200张。该院现有职工1500人。"
    assert _where(extractor, text, place="昭通市") == [("200张", "昭通市"), ("1500人", "昭通市")]


def test_a_two_character_county_after_a_dateline_or_a_word_a_place_follows(extractor: Extractor) -> None:
    # 威县 right after 本报讯 or 在 is the county; inside a longer word (提高县级, 完成县域) no place
    assert _where(extractor, "本报讯 威县今年新增就业5000人。全县新增市场主体3000户。", source="邢台日报") == [
        ("5000人", "威县"), ("3000户", "威县")]
    assert _where(extractor, "本报讯 今年在威县新增就业5000人。", source="邢台日报") == [("5000人", "威县")]
    assert _where(extractor, "本报讯 全市提高县级医院床位500张。", source="邢台日报") == [("500张", "邢台市")]
    assert _where(extractor, "本报讯 全市完成县域内投资50亿元。", source="陇南日报") == [("50亿元", "陇南市")]
    # a county's short form right after a dateline, or after 在 before a mark, is the county
    assert _where(extractor, "本报讯 巩义今年新增就业2万人。", source="郑州日报") == [("2万人", "巩义市")]
    assert _where(extractor, "本报讯 在巩义，今年新增就业2万人。", source="郑州日报") == [("2万人", "巩义市")]
    assert _where(extractor, "本报讯 外环路北，新建停车位300个。", source="唐山劳动日报") == [("300个", "唐山市")]


def test_two_years_each_with_its_word_joined_by_a_link_are_one_span(extractor: Extractor) -> None:
    for text in ("2022年至2024年，全市累计新增就业15万人。", "2022年-2024年，全市累计新增就业15万人。",
                 "2022年底至2024年底，全市累计新增就业15万人。", "2022—2024年，全市累计新增就业15万人。"):
        assert _when(extractor, text, published="2024-12-18") == [("15万人", "2022-2024")], text
    # a year and a word for now that opens with a link: from that year to the document's
    assert _when(extractor, "2023年至今，全市累计新增就业15万人。", published="2024-12-18") == [("15万人", "2023-2024")]
    # a from–to pair keeps its own ends
    text = "全市地区生产总值从2019年的2000亿元增加到2023年的2770亿元。"
    assert _when(extractor, text, published="2024-12-18") == [("2000亿元", "2019"), ("2770亿元", "2023")]


def test_months_counted_from_the_document_month(extractor: Extractor) -> None:
    # 上月 in a report of January is last December; a base of a comparison (环比上月) is no period
    assert _when(extractor, "上月，全市新增就业3000人。", published="2024-01-18") == [("3000人", "2023-12")]
    assert _when(extractor, "全市本月新增就业3000人，环比上月增长5%。", published="2024-03-18") == [
        ("3000人", "2024-03"), ("5%", "2024-03")]


def test_places_named_one_by_one_then_together(extractor: Extractor) -> None:
    # 两区合计 after two sentences each on a district: the city that holds both
    text = "今年以来，沙县区新增就业3000人。三元区新增就业2000人。两区合计新增5000人。"
    assert _where(extractor, text, source="三明日报") == [("3000人", "沙县区"), ("2000人", "三元区"), ("5000人", "三明市")]
    text = "今年以来，三明市沙县区新增就业3000人。三明市三元区新增就业2000人。两区合计新增5000人。"
    assert _where(extractor, text)[-1] == ("5000人", "三明市")


def test_a_quotation_is_its_speakers_who_is_named_after_it(extractor: Extractor) -> None:
    # “…。”市人社局负责人说: the city's office speaks for the city from the quotation on, not only after
    # it; the county carried before is carried no further
    text = ("截至4月底，全市参保人数达到41.6万人。歙县茶叶春季产值增长12.6%。"
            "“我们将力争全年新增参保2万人以上。”市人社局负责人说，到2027年，全市参保率将稳定在99%左右。")
    assert _where(extractor, text, source="黄山日报")[2:] == [("2万人以上", "黄山市"), ("99%左右", "黄山市")]
    # a speaker of no office (他说) leaves the county in force
    text = "歙县茶叶春季产值增长12.6%。“全县新增参保2万人。”他说。"
    assert _where(extractor, text, source="黄山日报")[-1] == ("2万人", "歙县")


def test_a_line_glued_into_the_middle_of_a_sentence_is_no_headline_of_it(extractor: Extractor) -> None:
    # another item's headline the page set into the middle of a sentence that names no place: its county
    # places its own figure only, not the rest of the sentence nor the sentences after it
    text = ("甲县新闻\n"
            "本报讯（记者 王明）今年以来，富源县持续推进紧密型县域医共体建设，以县人民医院为牵头单位组建\n"
            "医共体2个，覆盖12个乡镇卫生院。1至8月，县域内就诊率达到91.3%，比上年同期提高2.4个百分\n"
            "点；医共体内向上转\n"
            "师宗县新建乡镇卫生院周转房120套\n"
            "诊患者1.16万人次，下转患者3860人次。全县每千人口执业（助理）医师2.36人、注册护士2.9人。\n")
    got = dict(_where(extractor, text, source="曲靖日报", published="2025-09-23"))
    assert (got["120套"], got["1.16万人次"], got["3860人次"], got["2.9人"]) == ("师宗县", "富源县", "富源县", "富源县")
