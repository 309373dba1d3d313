"""Forms of pages p93-p94 (pages125): a 地级市 daily's front page read by pdfminer with its boxes top to bottom, left to
right (pdfminer-noflow) at a loose pitch, so that every line is a box of its own and the columns come out swept a line
of each in turn, a blank line after each; and a municipality's trade paper whose name names no place (劳动报 of 上海市).

On the swept page: a lead in three columns under a kicker ending on its jump line; a bar chart whose ticks and values
come out one a line among the lines of the item beside it; a number box, its row of figures a line each over its row of
labels, one label opening with its month (10月末存款余额); a hospital item beside a column of ■ briefs printed in order
to the page's foot, one brief cut on a number (5. | 2亿元。); a photo's caption, a block of lines set closer, beside a
jobs item in two columns. Sentences invented, in the style of such pages."""

from __future__ import annotations

import pytest

from stats.run.pipeline import Extractor
from tests.dated import dated_figures, quoted

# the page as pdfminer (boxes_flow=None) prints it: each line its own box and a blank line after it; the caption's
# three lines, set closer, are one box
_PAGE = "\n\n".join([
    '白城日报 2026年11月18日 星期三 第1版 要闻',
    '1',
    '工业农业双轮发力\u3000经济运行稳中向好\n前10个月白城规上工业增加值增长7.6%',
    '本报讯（记者 孙岩）11月17日，记者',
    '前10个月，全市固定资产投资增长8.',
    '10月末，全市金融机构本外币各项存',
    '从市统计局获悉，前10个月，全市规模以',
    '2%，社会消费品零售总额386.5亿元，增',
    '款余额2463.8亿元，比年初增长9.3%。（',
    '上工业增加值同比增长7.6%，高于全省1.',
    '长5.1%。今年全市粮食总产量达到128.6亿',
    '转第2版）',
    '2个百分点；其中，农产品加工业增加值',
    '斤 ， 比 上 年 增 加 4 . 3 亿 斤 ， 再 创 历 史 新',
    '增长11.4%。',
    '高。',
    '前10个月各县（市、区）规上工业增加值增速\u3000单位：%',
    '县域工业多点支撑',
    '9.5',
    '10',
    '8.1',
    '本报讯（记者 郭亮）前10个',
    '14户。',
    '8',
    '7.2',
    '6.8',
    '月，通榆县规上工业增加值增长9.',
    '大安市前10个月风电发电量23',
    '5.9',
    '6',
    '5%，增速居全市首位，玉米深加',
    '.6亿千瓦时，增长17.8%；镇赉县',
    '4',
    '工产值达到68.3亿元；伊通满族自',
    '今年新开工项目32个，完成投资41',
    '2',
    '治县增长8.1%，新增规上工业企业',
    '.7亿元。',
    '0',
    '洮北',
    '镇赉',
    '通榆',
    '伊通',
    '大安',
    '数说前10个月',
    '7.6%',
    '386.5亿元',
    '128.6亿斤',
    '2463.8亿元',
    '规上工业增加值增长',
    '社会消费品零售总额',
    '粮食总产量',
    '10月末存款余额',
    '县市区简讯',
    '市中心医院新住院楼投用\u3000新增床位650张',
    '■通榆县前10个月接待游客312万人',
    '本报讯（记者 何静 通讯员 白卫）11',
    '截至10月末，全市医疗卫生机构床位',
    '次，增长14.6%。',
    '月16日，白城市中心人民医院新住院楼正',
    '数达到1.58万张，每千人口医疗卫生机构',
    '■大安市今年新建高标准农田18.5万',
    '式投入使用，新增床位650张，医院编制',
    '床位数8.6张；全市执业（助理）医师6120',
    '亩。',
    '床位达到1800张。',
    '人。今年，全市计划新增托位900个。',
    '■ 洮 北 区 1 0 月 份 新 增 市 场 主 体 4 8 6',
    '户。',
    '■伊通县前10个月完成外贸进出口5.',
    '2亿元。',
    '■全省前10个月规上工业增加值增长',
    '6.4%。',
    '前10个月全市城镇新增就业2.86万人',
    '本报讯（记者 周楠）记者从市人社',
    '业15.8万人。',
    '局获悉，前10个月，全市城镇新增就业2.',
    '10月末，全市城镇登记失业率为3.1%',
    '86万人，完成年度计划的108.6%；农村劳',
    '。明年，全市计划城镇新增就业2.6万人',
    '动力转移就业42.3万人，其中省外转移就',
    '，开发公益性岗位1500个。',
    '11月12日，在通榆县一家玉米深加工企业，工\n人在包装车间作业。前10个月，该企业实现产\n'
    '值9.6亿元，同比增长21.4%。（记者 董宇 摄）',
    '白城日报社出版\u3000责任编辑：高建华\u3000美编：吴迪\u3000校对：陈芳\u3000\u30001',]) + "\n"


@pytest.fixture(scope="module")
def page(extractor: Extractor) -> list[tuple]:
    return quoted(dated_figures(extractor, _PAGE, "2026-11-18", "白城日报"), "role", "place", "metric")


@pytest.mark.slow
def test_a_lead_swept_in_three_columns_is_read_whole_above_briefs_printed_in_order(page: list[tuple]) -> None:
    """The page ends on a column of ■ briefs printed in order, each line going on in the next (…进出口5. | 2亿元。):
    the run of such lines at the page's tail had reached back over the chart, the box and the hospital item to the
    lead, whose lines then went on each into the very next (…投资增长8. | 10月末…), not three lines on. A line that
    goes on surely a stride on (a number running on) belongs to columns side by side and ends that run."""
    assert ("8.2%", "change", "白城市", "money.investment") in page
    assert ("1.2个百分点", "change", "白城市", "percent.points") in page
    assert ("2463.8亿元", "level", "白城市", "money.deposits") in page


@pytest.mark.slow
def test_a_box_label_opening_with_its_month_pairs_with_its_figure(page: list[tuple]) -> None:
    """The box's four figures a line each, then its four labels, the last 10月末存款余额: a label with the month it
    is of is still a label, so each figure is read with its own (the labels had been left unpaired, each figure
    then read with the label before it: 7.6% under 社会消费品零售总额)."""
    at = page.index(("7.6%", "change", "白城市", "money.value_added.industry"), 3)
    assert [f[0] for f in page[at:at + 4]] == ["7.6%", "386.5亿元", "128.6亿斤", "2463.8亿元"]
    assert [f[3] for f in page[at:at + 4]] == ["money.value_added.industry", "money.consumption",
                                               "quantity.grain_output", "money.deposits"]


@pytest.mark.slow
def test_an_item_beside_a_chart_is_measured_by_its_own_lines(page: list[tuple]) -> None:
    """The chart's ticks and values, a line each, fall between the lines of the item beside it, so within a few
    lines of its first line (本报讯（记者 郭亮）前10个) too few of its own lines stood to tell its column's width and
    the lead's wider one was taken: that line read as no full line, its 10个 a figure and its sentence cut off.
    Measured by its own lines a little further on, it goes on (前10个 | 月，通榆县…) and the column's foot goes on
    at the next column's top (…新增规上工业企业 | 14户。)."""
    assert not [f for f in page if f[0] == "10个"]
    assert ("14户", "level", "伊通满族自治县", "quantity.enterprises") in page


@pytest.mark.slow
def test_a_columns_foot_goes_on_at_the_next_columns_top_not_into_a_caption(page: list[tuple]) -> None:
    """The jobs item's first column ends …其中省外转移就; its second column's top, 业15.8万人。, was printed right
    after the item's dateline line. The sweep's rhythm pointed at the caption's block (11月12日，在通榆县…), lines set
    closer and wider than the column, which no column line runs into; and the climb up the column passed the item's
    own first line into the briefs above. The figure is the city's jobs figure, not the caption's county's."""
    assert ("15.8万人", "level", "白城市", "jobs.labour_transfer") in page


def test_a_municipalitys_trade_paper_places_its_whole_city(extractor: Extractor) -> None:
    """劳动报 (上海's trade-union paper, named for no place) is a city's paper: an item of its own that names no place,
    its headline's figure included, is 上海市's, not the district a photo's caption before it named (闵行区's job
    fair); a province's paper's item naming no place stays no place, its 全市 some city it does not name."""
    text = ("10月22日，在闵行区举行的专场招聘会上，86家企业提供岗位2300余个。（记者 孙毅 摄）\n\n"
            "前三季度职工技能培训98.2万人次\n\n本报讯（记者 王芳）记者从市总工会获悉，前三季度，全市各级工会开展"
            "职工技能培训98.2万人次，新增高技能人才3.6万人。")
    got = quoted(dated_figures(extractor, text, "2026-10-27", "劳动报"), "place")
    assert got == [("86家", "闵行区"), ("2300余个", "闵行区"), ("98.2万人次", "上海市"), ("98.2万人次", "上海市"),
                   ("3.6万人", "上海市")]
    got = quoted(dated_figures(extractor, text, "2026-10-27", "大众日报"), "place")
    assert all(place != "山东省" for _, place in got[2:])
