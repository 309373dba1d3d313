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


# pdfplumber's rows again: an item in two columns under a row of two headlines, its own and that of a column of briefs
# beside it (各地简讯), whose lines stand on rows of their own between the item's, each brief opening on its bullet
_BRIEFS_BESIDE = ("中国人口报 2026年11月20日 星期五 第3版 地方 1\n"
                  "婴幼儿照护服务扩面提质\n"
                  "本报合肥11月19日讯（记者 程立新） 服务点。 前三季度，全省托育从业人员达到5.\n"
                  "记者从安徽省卫生健康委获悉，截至10月 "
                  "今年以来，全省新建普惠托育机构36 9万人，同比增长11.6%，其中持证上岗人\n"
                  "底，全省托育服务机构达到5860家，提供 0家，新增普惠托位2.12万个，普惠托位 员4.8万人。\n"
                  "托位36.2万个，每千人口拥有3岁以下婴 "
                  "占比达到56.4%；省级财政安排托育服务 到2027年，全省每千人口托位数力争\n"
                  "幼儿托位数达到4.4个，比上年末增加0.7 补助资金2.8亿元，每个新增普惠托位补 达到5个以上。\n"
                  "个；全省已有1160个社区建成嵌入式托育 助1万元。\n"
                  "流动人口健康服务进社区 各地简讯\n"
                  "■ 淮北市1—10月新增普惠托位2160\n"
                  "本报讯（记者 汪洋）今年以来，淮 业形态劳动者提供服务3.6万人次。\n"
                  "个，完成年度任务的108.2%。\n"
                  "北市在城市社区建成流动人口健康服务站 全市今年为社区卫生服务中心招聘医务\n"
                  "■ 铜陵市今年培训育婴员1800人，\n"
                  "214个，开展健康体检12.4万人次，为新就 人员460名，明年计划再招聘500名。\n"
                  "其中实现就业1320人。\n"
                  "■ 黄山区本月开放区级托育综合服务\n"
                  "中心，设托位120个。\n")


def test_an_items_columns_beside_a_column_of_briefs_read_whole(extractor: Extractor) -> None:
    """The item's first line, set in (本报讯（记者 汪洋）今年以来，淮: its byline's brackets closed, it breaks off inside a
    word), goes on a stride on (北市在…); its first column's foot (…为新就) goes on at its second column's top (业形态…), not
    into the brief under it (■ 黄山区…: a bullet opens an item); no column's line runs into a brief: the item's figures
    are 淮北市's, the briefs' their own places'."""
    got = quoted(dated_figures(extractor, _BRIEFS_BESIDE, "2026-11-20", "中国人口报"), "value", "place", "sentence")
    places = {(q, p) for q, _, p, _ in got}
    assert ("214个", "淮北市") in places and ("12.4万人次", "淮北市") in places, got
    assert ("3.6万人次", "淮北市") in places, got
    assert ("1800人", "铜陵市") in places and ("120个", "黄山区") in places, got
    assert any(q == "214个" and "新就业形态劳动者" in s for q, _, _, s in got), got


def _swept(heads: list[str], columns: list[list[str]]) -> str:
    """pdfminer's sweep at a loose pitch: every line a box of its own, a blank line after each, the columns' lines a row
    at a time, under the headlines printed a line each (under an item of one line)."""
    rows = [c[r] for r in range(max(map(len, columns))) for c in columns if r < len(c)]
    return "\n\n".join(["健康报 2026年10月20日 星期二 第4版 地方", "基层服务能力持续提升",
                        "本报讯 今年以来，全省新增家庭医生团队320个，签约居民186万人。", *heads, *rows]) + "\n"


# two items of two columns each, swept: the first item's first column ends on …新增床位15, its second opens 00张，…
_SWEPT_ITEMS = _swept(["三亚市人民医院海棠湾院区开诊", "琼海卫生人才招聘会提供岗位520个"], [
    ["本报讯（通讯员 林琼）10", "月18日，三亚市人民医院海棠", "湾院区正式开诊，新增床位15"],
    ["00张，医院编制床位达到2800", "张，其中重症医学科床位80张", "。新院区总投资22.4亿元。"],
    ["本报讯（记者 符丽）10月", "16日，琼海市举办卫生健康人", "才专场招聘会，38家医疗卫生", "机构提供岗位520个，现场达"],
    ["成就业意向260人。", "今年以来，琼海市累计引", "进卫生人才410人，其中高层", "次人才26人。"]])


def test_a_number_cut_at_a_columns_foot_goes_on_at_the_next_columns_top(extractor: Extractor) -> None:
    """…新增床位15 | 00张，…: the next column's top opens with a number's tail (a zero no number opens with, its unit
    closed by a mark), and the climb reached the item's first row: 1500张. The headline of the second item, wider than
    a column (琼海卫生人才招聘会提供岗位520个, right over the first item's dateline), goes on into no line, and the first
    item's lead restating its own headline, not that one, the item stays 三亚市's."""
    got = quoted(dated_figures(extractor, _SWEPT_ITEMS, "2026-10-20", "健康报"), "value", "place")
    assert ("1500张", 1500.0, "三亚市") in got, got
    assert ("22.4亿元", 2240000000.0, "三亚市") in got, got
    assert not [q for q, _, _ in got if q.startswith("00") or q == "15"], got
