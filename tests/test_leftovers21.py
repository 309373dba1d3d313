"""Leftovers of the pages sets: two items side by side read block by block (pdftotext without -layout) whose second
blocks were glued onto the other item's text (…总数达到2970张 | …完成年, a box's title 数说 between …稳定在2. and 4万亩…),
a number box printed a row of figures over a row of labels (pdfplumber), a column's cut unit alone in a row of fewer
pieces (…提供就业岗位1.62万 | 个。), and aid money spent where the next clause builds (在X建成). Pages and sentences
invented, in the style of city papers' county pages."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got

# a county page read by plain pdftotext: two pairs of items side by side, each item's columns printed as blocks in
# turn (the left item's first, the right one's, the left one's second, the right one's), a number box's title 数说
# printed between the second pair's rows of blocks, and the box's figures over their labels
_BLOCKS = (
    '德州日报 2025年11月20日 星期四 第2版 综合\n'
    '\n'
    '1\n'
    '\n'
    '全市重点项目建设提速增效\n'
    '（上接第1版）前10个月\n'
    '，全市458个市级重点项目完\n'
    '成投资612.8亿元，完成年度计\n'
    '划的91.6%；其中产业类项目2\n'
    '\n'
    '86个，完成投资385.4亿元，同\n'
    '比增长12.3%。\n'
    '德城区前10个月新开工\n'
    '项目37个，总投资156.2亿元。\n'
    '\n'
    '乐陵市前10个月纺织产业实现\n'
    '产值186.3亿元，增长9.1%。\n'
    '市发展改革委有关负责人\n'
    '表示，全市重点项目全年完成\n'
    '\n'
    '投资力争达到680亿元以上。\n'
    '\n'
    '宁津县新增托育床位620张\n'
    '\n'
    '武城县开发公益性岗位2400个\n'
    '\n'
    '本报讯（记者 张伟 通讯\n'
    '员 李静）今年以来，宁津县\n'
    '完成镇级托育园改造项目5个\n'
    '，新增托育床位620张，全县\n'
    '托育机构床位总数达到2970张\n'
    '\n'
    '本报讯（记者 王磊）今\n'
    '年，武城县开发城乡公益性岗位\n'
    '2400个，安置农村大龄劳动力\n'
    '就业2350人；前10个月，全县\n'
    '城镇新增就业6120人，完成年\n'
    '\n'
    '，其中护理型床位1180张。\n'
    '截至10月底，全县建成农\n'
    '村幸福院218处、日间照料中\n'
    '心32个。\n'
    '\n'
    '度目标的108.5%。\n'
    '武城县人社局有关负责人介\n'
    '绍，明年全县计划开展职业技\n'
    '能培训1.2万人次。\n'
    '\n'
    '夏津县棉纺产业综合产值达32.6亿元\n'
    '\n'
    '临邑县完成技改投资19.4亿元\n'
    '\n'
    '本报讯（记者 刘洋）前10\n'
    '个月，夏津县棉纺产业实现综合\n'
    '产值32.6亿元，同比增长15.4%\n'
    '。全县棉纺种植面积稳定在2.\n'
    '\n'
    '本报讯（记者 赵敏 通讯\n'
    '员 孙浩）前10个月，临邑县实\n'
    '施工业技改项目64个，完成技\n'
    '\n'
    '数说\n'
    '\n'
    '4万亩，带动0.9万户农户增\n'
    '收。\n'
    '夏津县计划到2027年棉纺产\n'
    '业综合产值突破50亿元。\n'
    '\n'
    '改投资19.4亿元，增长18.6%；\n'
    '全县规上工业企业达到268家\n'
    '，比去年底净增19家。\n'
    '\n'
    '前10个月全市民生\n'
    '\n'
    '1.86万人\n'
    '\n'
    '4.35万张\n'
    '\n'
    '城镇新增就业\n'
    '\n'
    '医疗卫生机构床位\n'
    '\n'
    '96.2亿元\n'
    '\n'
    '1280个\n'
    '\n'
    '民生支出\n'
    '\n'
    '新增普惠托位\n'
    '\n'
    '庆云县新增冷库库容3.5万吨\n'
    '本报讯（记者 周涛）今年以来，庆云县新建冷链仓储项目6\n'
    '个，新增冷库库容3.5万吨；全县农产品冷链流通率达到42%。\n'
    '\n'
    '图片新闻 11月18日，在陵城区一家铝材加工企业，工人正在检验产品\n'
    '。前10个月，陵城区铝产业实现产值426.5亿元，同比增长7.8%。（记者\n'
    '陈晨 摄）\n'
    '\n'
    '责任编辑：张蕾\n'
    '\n'
    '版式：王帅\n'
    '\n'
    '校对：刘娜\n'
    '\n'
    '2\n'
    '\n'
    '\x0c'
)

# the same kind of page read by pdfplumber a row at a time, one space between the columns
_ROWS = (
    '邵阳日报 2026年4月16日 星期四 第3版 县区 1\n'
    '一季度全市经济运行开局良好\n'
    '（上接第1版）一季度，全市固定资 元，增长5.2%。 元。\n'
    '产投资同比增长6.8%，其中工业投资增长 3月末，全市金融机构本外币各项贷 市统计局有关负责人表示，全年全市\n'
    '11.5%；社会消费品零售总额完成198.6亿 款余额2186.4亿元，比年初增加102.7亿 地区生产总值力争增长6%左右。\n'
    '隆回县医疗床位扩容 洞口县劳务协作促增收 武冈市农产品加工开局好\n'
    '本报讯（记者 曾颖）隆回县人民医 本报讯（记者 罗丹）一季度，新化 本报讯（记者 刘芳）一季度，涟源\n'
    '院新院区3月底投入使用，开放床位800张 县新增农村劳动力转移就业5120人，组织 市农产品加工业实现产值42.3亿元，同比\n'
    '；全县每千人口医疗卫生机构床位数达 专场招聘会26场，提供就业岗位1.62万 增长8.9%；新增省级农业龙头企业5家。\n'
    '到7.2张。 个。\n'
    '邵东市新材料产业产值增长14.2% 大祥区新签约项目23个\n'
    '本报讯（记者 谢军 通讯 工业企业达到186家。 本报讯（记者 李娟）一 增经营主体4120户，同比增长\n'
    '员 彭亮）一季度，邵东市 邵东市今年计划新增规 季度，大祥区新签约招商项目 6.3%。\n'
    '新材料产业实现产值56.8亿元 上工业企业20家以上。 23个，合同引资86.5亿元；新\n'
    '，同比增长14.2%；全市规上\n'
    '数说一季度全市民生\n'
    '2.58万人 1380张 31.8亿元 98.6%\n'
    '城镇新增就业 新增养老床位 民生支出 基本医保参保率\n'
    '图片新闻\n'
    '4月13日，在洞口县罗洪镇，农民正在育秧。今年洞口县早稻种植 '
    '4月14日，在武冈市一家服饰企业，工人在赶制订单。一季度，该企业\n'
    '面积约36万亩。（记者 罗丹 摄） 出口额达到1200万美元。（记者 刘芳 摄）\n'
    '责任编辑：邹敏 版式：曾亮 校对：肖娟 3'
)


def _places(figs: list[dict]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for f in figs:
        out.setdefault(f["quote"], set()).add(f["place"])
    return out


def test_side_by_side_blocks_go_on_each_in_its_own_item(extractor: Extractor) -> None:
    """The left item's second block opens with a clause's mark (，其中护理型床位…): it goes on from the left item's first
    block (…总数达到2970张), not from the right one's printed right before it (…完成年), which goes on in the block
    after (度目标的108.5%). The box's title between the second pair's rows of blocks is a block of its own: the left
    item's number cut at a decimal point goes on (稳定在2. | 4万亩), and each item's figures keep its county."""
    places = _places(_run(extractor, _BLOCKS, "2025-11-20", source="德州日报"))
    assert places["1180张"] == {"宁津县"}
    assert places["218处"] == {"宁津县"}
    assert places["108.5%"] == {"武城县"}
    assert places["2.4万亩"] == {"夏津县"}
    assert places["0.9万户"] == {"夏津县"}
    assert places["19.4亿元"] == {"临邑县"}
    assert places["268家"] == {"临邑县"}


def test_a_box_printed_block_by_block_pairs_each_figure_with_its_label(extractor: Extractor) -> None:
    """The box's two runs of two figures, each over its two labels: each figure is named by its own label."""
    figs = {f["quote"]: f for f in _run(extractor, _BLOCKS, "2025-11-20", source="德州日报")}
    assert figs["1.86万人"]["topic"] == "jobs"
    assert figs["4.35万张"]["topic"] == "beds"


def test_a_row_of_figures_over_a_row_of_labels_pairs_them(extractor: Extractor) -> None:
    """数说: 2.58万人 1380张 31.8亿元 98.6% over 城镇新增就业 新增养老床位 民生支出 基本医保参保率: the k-th label names the
    k-th figure; read on, the figures ran together and the labels named none."""
    figs = {f["quote"]: f for f in _run(extractor, _ROWS, "2026-04-16", source="邵阳日报")}
    assert figs["2.58万人"]["topic"] == "jobs"
    assert figs["1380张"]["topic"] == "beds"


def test_a_cut_unit_alone_under_the_columns_that_went_on_goes_on_its_number(extractor: Extractor) -> None:
    """…提供就业岗位1.62万 | 个。: the row under holds two pieces, as many as the columns that went on (the third ended
    its paragraph, …5家。): the second is the middle column's, and its number is whole."""
    figs = _got(_run(extractor, _ROWS, "2026-04-16", source="邵阳日报"), "value")
    assert ("1.62万个", 16200) in figs


def test_aid_money_is_where_the_next_clause_spends_it(extractor: Extractor) -> None:
    """吴兴区还安排协作资金900万元，在正安县建成帮扶车间5个: the money is spent where the workshops are built, the
    receiving county's, as the workshops are. A part of the sender (在织里镇建成…) leaves it the sender's, and money
    of no aid words (安排资金…) keeps its clause's place."""
    text = ("湖州市吴兴区与遵义市正安县持续深化东西部协作。吴兴区还安排协作资金900万元，在正安县建成帮扶车间5个，"
            "吸纳当地群众就业310人。")
    got = _got(_run(extractor, text, "2025-06-20", source="遵义日报"), "place")
    assert ("900万元", "正安县") in got and ("5个", "正安县") in got
    text = "今年以来，吴兴区安排协作资金900万元，在织里镇建成共富工坊5个。"
    got = _got(_run(extractor, text, "2025-06-20", source="湖州日报"), "place")
    assert ("900万元", "吴兴区") in got
    text = "今年以来，吴兴区安排专项资金900万元，在正安县建成帮扶车间5个。"
    got = _got(_run(extractor, text, "2025-06-20", source="湖州日报"), "place")
    assert ("900万元", "吴兴区") in got
