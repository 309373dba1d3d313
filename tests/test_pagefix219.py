"""What p116 of data/gold/pages left (pagefix219): a county paper's 要闻 page read by pdfplumber's plain text with a
y_tolerance of 1, the smaller sidebar's (链接) and the briefs' (乡镇简讯) lines on baselines of their own between an
item's rows. A line ending mid-number took the wrong rest: …新增家庭养老床位24 read 24张 with the next row's 张。 (the unit
of another column's cut …医养结合床位80), the number's own rest 0张。 two rows down; …企业达到186 read 186户 with the briefs'
户，同比增长… (the rest of ■…新增市场主体620). Now

- a row's head piece whose bracket the next piece closes (本报讯（记者 | 陈静）11月10日，…) takes it up to twice the
  width around (`_rejoin`): the dateline is one line, the row as many pieces as the item's columns;
- a line alone in its row breaking off on digits goes on two rows down into a line alone that is a number's rest
  (0张。), the row between of several pieces (`rhythm_of`);
- a number's rest alone that one line only claims, that line's other claims being units alone (张。) another line
  ending on digits claims too, is joined first (`Interleave._rests_first`);
- a row's pieces reading as headlines over a row of datelines only are headlines: nothing goes on into them nor from
  them, no column's top is looked for over them, and a column above them has ended (`headed`);
- the last row of its kind in a run of alternating rows goes on past the other kind's row under it (`down`), and a
  row so reached holds the lines of the columns that went on (`same_place`);
- a line alone right under the rows that ends its paragraph (320栋。) is a fragment of its own (`_split_rows`);
- on glued rows, a unit's line in the row right under in another column's place gets no bonus for the stride.

The pages set: recall 0.9621 -> 0.9633, precision 0.999 -> 0.9994 (p116 alone recall 0.9032 -> 1.0, precision
0.9655 -> 1.0). Sentences invented, in the style of such pages (p116's, p92's and p107's forms, other words and
figures)."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures, quoted

# a county paper's page as pdfplumber prints it at y_tolerance 1: a sidebar (链接) beside an item of two columns, and a
# column of briefs beside another, their lines on rows of their own
_SIDEBAR_PAGE = [
    "今日北流 2026年10月14日 星期三 第1版 要闻 1",
    "全市1—10月农村劳动力转移就业21.6万人",
    "稳岗拓岗促增收 群众家门口就业有保障",
    "本报讯（记者 黎晓）11月16日，记者从县人力资源和社 万个；发放创业担保贷款8600万元，扶持创业320人，带动就业9",
    "会保障局获悉，1—10月，全市农村劳动力转移就业21.6万人， 60人。",
    "其中县外转移就业15.8万人，实现劳务收入68.4亿元；城镇新增 截至10月底，全市城乡居民基本养老保险参保人数达到52.8",
    "就业3660人，完成年度目标任务的102.5%。 万人，参保率97.6%。明年，全市计划农村劳动力转移就业22万",
    "今年以来，全市举办各类招聘活动38场，提供就业岗位1.36 人以上。",
    "前三季度部分镇百香果生产（单位：万吨）",
    "百香果喜获丰收",
    "镇 产量 销量",
    "自良镇 6.8 5.2",
    "本报讯（记者 覃军）记者从县 ，全市百香果综合产值达到37.6亿",
    "民乐镇 4.6 3.9",
    "农业农村局获悉，今年全市百香果 元。",
    "种植面积达到18.6万亩，预计总产 前三季度，全市电商销售沙田 六王镇 3.2 2.7",
    "量32.5万吨，同比增长5.4%。去年 柚6.2万吨，销售额8.6亿元。",
    "黎村镇 2.4 2.1",
    "市人民医院新增床位420张 民乐：养殖产业富农家",
    "本报讯（记者 蒙丽）11月 。截至10月底，全市医疗卫生 本报讯（通讯员 民宣）今年以来，民乐镇新建标准化生猪",
    "13日，北流市人民医院外科综合 机构床位达到4660张，每千人 养殖场12个，生猪出栏8.6万头，带动农户540户，户均增收1.5万",
    "大楼投入使用，新增床位420 口医疗卫生机构床位数6.3 元。",
    "张，医院编制床位达到1250张 张。",
    "链接",
    "市中医医院康复楼投用",
    "今年，全市计划新建村级养老",
    "服务站36个，新增家庭养老床位36",
    "本报讯（记者 覃芳）11月10日，北流市中 张。",
    "0张。",
    "医医院康复综合楼投入使用，总投资2.35亿 截至10月底，全市养老机构床位达到274",
    "元，新增康复床位150张、医养结合床位60 0张，其中护理型床位1040张。",
    "新圩：新建农贸市场 大坡：劳务输出增收 北流：经济运行平稳",
    "本报讯 新圩镇投资2600万元新建农 本报讯 今年以来，大坡镇向广东省 本报讯 前三季度，玉林市地区生产",
    "贸市场，设置摊位420个，预计新增就业 输送务工人员1260人，人均月收入4600 总值1625.8亿元，同比增长5.6%。",
    "岗位160个。 元。",
    "县域商贸消费回暖 乡镇简讯",
    "■ 隆盛镇今年新修村道18公里，总",
    "本报讯（记者 韦琳）前三季度，全 家。",
    "投资1480万元。",
    "县社会消费品零售总额64.2亿元，同比增 10月末，全市金融机构各项存款余额",
    "■ 山围镇1—10月新增市场主体430",
    "长4.8%；限额以上批发零售企业达到274 316.4亿元，比年初增加18.6亿元。",
    "户，同比增长9.8%。",
    "■ 民安镇本月发放农业补贴资金420",
    "万元，惠及农户2300户。",
    "中共北流市县委主管主办 责任编辑：覃丽 美编：莫杰 校对：梁芳 1",
]

# a city paper's page (pdfplumber, words at y_tolerance 5): an item of one column beside an item of two, its last
# line alone under the other's last line
_ONE_BESIDE_TWO = [
    "海东晚报 2026年4月16日 星期四 A02 城事 1",
    "一季度海东经济实现“开门稳”",
    "本报讯（记者 马丽）4月15日，记 一季度，全市规模以上工业增加值增 增长5.3%。其中，城镇居民人均可支配收",
    "者从市统计局获悉，一季度，全市实现地 长9.8%，其中新能源制造业增加值增长24 入13920元，增长4.9%；农村居民人均可",
    "区生产总值412.6亿元，按不变价格计算 .6%；固定资产投资增长5.6%；社会消费 支配收入5540元，增长6.7%。（下转A03",
    "，同比增长5.1%，比上年同期加快0.3个 品零售总额168.3亿元，增长4.2%。 版）",
    "百分点。 全市居民人均可支配收入11860元，",
    "图表新闻一季度海东经济",
    "412.6亿元 5.1% 9.8% 168.3亿元",
    "地区生产总值 地区生产总值增长 规上工业增加值增长 社会消费品零售总额",
    "一季度全市城镇新增就业6420人 乐都：高原夏菜抢“鲜”上市",
    "本报讯（通讯员 韩宣）今年，乐都",
    "本报讯（记者 李芳）记者从市人社 3月末，全市城镇调查失业率为5.3%",
    "区计划种植高原夏菜10.5万亩，预计产量",
    "局获悉，一季度，全市城镇新增就业6420 。今年，全市计划城镇新增就业3万人以",
    "达到38万吨。一季度，全区新建温室大棚",
    "人，完成年度目标的24.8%；失业人员再 上，开发公益性岗位900个。",
    "260栋。",
    "就业1860人，就业困难人员就业540人。",
    "市二院住院综合楼投入使用 区县简讯",
    "■城东区一季度新增市场主体1860",
    "本报讯（记者 张敏 通讯员 海卫）4月 截至3月末，全市医疗卫生机构床位",
    "户。",
    "14日，海东市第二人民医院住院综合楼投 数达到2.38万张，每千人口医疗卫生机构",
    "■城西区3月份接待游客86.5万人次",
    "入使用，新增床位300张，全院开放床位 床位数9.4张。今年，全市将新增托位1500",
    "，增长21.3%。",
    "达到1100张。 个。",
    "■大通县今年计划造林5.6万亩。",
    "■湟源县一季度完成固定资产投资1",
    "2.8亿元。",
    "■城中区截至3月末培育“个转企”",
    "企业46家。",
    "■全省一季度地区生产总值增长5.0",
    "%。",
    "城东区部分区域停电公告",
    "因电力线路检修需要，定于4月20日8时至18时对城东区八一",
    "路、东关大街部分区域暂停供电。",
    "请相关用户提前做好准备。如有疑问，请拨打服务热线9659",
    "8。",
    "国网海东供电公司 2026年4月16日",
    "4月12日，在城北区一家光伏企业，工人正在组装光伏组件。一季度，",
    "该企业实现产值5.6亿元，增长28.5%。（记者 王刚 摄）",
    "海东晚报社出版 责任编辑：马红梅 美编：祁军 校对：韩静 A02",
]

# a county paper's page (pdfplumber, x_tolerance 14): a lead beside a column of briefs
_BRIEFS_BESIDE = [
    "今日榆树 2026年4月22日 星期三 第1版 要闻 1",
    "开局起步稳 发展势头好",
    "一季度全县地区生产总值增长6.2%",
    "本报讯（记者 张振宇）4月20日，记 一季度，全县社会消费品零售总额38 今年，全县力争地区生产总值增长6.",
    "者从县统计局获悉，一季度，全县地区生.6亿元，增长5.3%；农村居民人均可支配5%以上，粮食总产量稳定在65亿斤以上",
    "产总值完成126.8亿元，同比增长6.2%；规收入6820元，增长7.1%。3月末，全县金。（转第2版）",
    "模以上工业增加值增长8.5%，固定资产投融机构各项存款余额612.5亿元，比年初",
    "资增长12.4%。 增加41.3亿元。",
    "合隆镇农产品加工项目总投资超18亿元 县医院新病房楼主体封顶",
    "本报讯（通讯员 合宣）元。一季度，全镇农产品加工 本报讯（记者 李红）4月1，医院编制床位达到1500张。",
    "今年以来，合隆镇新签约农产业实现产值5.2亿元，同比增 8日，榆树县人民医院新病房 截至3月末，全县医疗卫",
    "品加工项目7个，总投资18.6亿长14.6%，带动就业1260人。 楼主体封顶。新病房楼建筑面生机构床位达到3860张，每千",
    "积3.2万平方米，总投资2.6亿人口医疗卫生机构床位数4.1",
    "元，建成后将新增床位600张张。",
    "一季度部分乡镇新增市场主体 单位：户 市场主体活力增强",
    "400 386",
    "312 本报讯（记者 王丽）记者从月末，全县实有市场主体达到5.42",
    "300",
    "县市场监督管理局获悉，一季度，万户。",
    "245",
    "198 全县新增市场主体2860户，其中新 今年以来，合隆镇新增市场主",
    "200",
    "164 增企业615户，同比增长18.3%。3体386户，弓棚镇新增312户。",
    "100",
    "0",
    "合隆镇 弓棚镇五棵树镇哈拉海镇巴吉垒镇",
    "春季劳务输出势头良好 一季度部分乡镇劳务输出（单位：人）",
    "乡镇 劳务输出 其中省外",
    "三盛玉镇 4260 1850",
    "本报讯（记者 刘佳）记者从县人力资源和社会保障局获悉，一季度，",
    "开安镇 3580 1420",
    "全县城镇新增就业1150人，完成年度目标任务的28.8%；组织农村劳动力",
    "青山口乡 2940 1160",
    "转移就业5.6万人次，实现劳务收入4.2亿元。",
    "今年以来，全县举办“春风行动”招聘会18场，提供就业岗位6400个 黄鱼圈乡 2310 980",
    "。今年，全县计划城镇新增就业4000人。 前岗乡 1870 760",
    "黑土地保护利用扎实推进 乡镇简讯",
    "■ 弓棚镇今年新建日光温室120栋，",
    "本报讯（记者 赵军）记者从县农业8亿斤，玉米种植面积342万亩。",
    "总投资960万元。",
    "农村局获悉，今年，全县计划实施黑土地 4月以来，全县已备春耕化肥12.6万吨",
    "■ 五棵树镇一季度出栏肉牛1.6万头",
    "保护性耕作面积180万亩，新建高标准农，种子备货率达到98%以上。",
    "，同比增长8.4%。",
    "田12万亩。去年，全县粮食总产量达到64.",
    "■ 于家镇本月发放春耕贷款3200",
    "万元，惠及农户860户。",
    "全县养老床位达到2650张 链接",
    "县社会福利服务中心位于榆树",
    "本报讯（记者 孙丽）记者从县民政局获幸福院126个。 镇，设置床位420张，现入住老人3",
    "悉，截至3月末，全县养老机构床位达到2650 今年，全县计划新增养老床位300张，为 86名，护理员62名。",
    "张，其中护理型床位1180张；建成农村互助500户特殊困难老年人家庭实施适老化改造。",
    "中共榆树县委主管主办 责任编辑：张振宇 美编：高雪 校对：刘畅 1",
]


def _got(extractor: Extractor, lines: list[str], published: str, source: str) -> set[tuple]:
    figs = dated_figures(extractor, "\n".join(lines) + "\n", published, source)
    return set(quoted(figs, "value", "role", "metric", "place", "period"))


def _quotes(got: set[tuple]) -> list[str]:
    return [g[0] for g in got]


def test_a_sidebars_number_goes_on_in_its_rest_two_rows_down(extractor: Extractor) -> None:
    """…新增家庭养老床位36 | (the item's row) | 0张。: 360张, no 36张; the item's …医养结合床位60 goes on at its second
    column's top, 张。: 60张, no 600张 (the sidebar's rest no number of the item's)."""
    quotes = _quotes(_got(extractor, _SIDEBAR_PAGE, "2026-10-14", "今日北流"))
    assert "360张" in quotes and "36张" not in quotes
    assert "60张" in quotes and "600张" not in quotes
    assert "2740张" in quotes and "1040张" in quotes


def test_a_column_foot_over_a_brief_goes_on_at_its_next_columns_top(extractor: Extractor) -> None:
    """…企业达到274 (the item's first column's foot, a brief's line under it) goes on at the second column's top, 家。,
    and the brief's …新增市场主体430 in its own next line, 户，同比增长9.8%。"""
    got = _got(extractor, _SIDEBAR_PAGE, "2026-10-14", "今日北流")
    quotes = _quotes(got)
    assert "274家" in quotes and "274户" not in quotes
    assert ("430户", 430.0, "level", "quantity.enterprises", "北流市", "2026M01-M10") in got


def test_headlines_over_a_row_of_datelines_go_on_from_no_column(extractor: Extractor) -> None:
    """市人民医院新增床位420张 民乐：养殖产业富农家 over two datelines: headlines; the item above ends …去年 | ，全市…综合产
    值达到37.6亿元 (last year's), and the hospital's item reads its own 420张 and 6.3张."""
    got = _got(extractor, _SIDEBAR_PAGE, "2026-10-14", "今日北流")
    assert ("37.6亿元", 3760000000.0, "level", "money.output", "北流市", "2025") in got
    quotes = _quotes(got)
    assert quotes.count("420张") == 2 and "6.3张" in quotes


def test_a_columns_last_line_alone_under_a_briefs_line_stays_its_items(extractor: Extractor) -> None:
    """…全区新建温室大棚 | 260栋。 (the one-column item's) and …失业人员再 | 就业1860人… (the two-column item's last line,
    alone under 260栋。): each goes on in its own column."""
    got = _got(extractor, _ONE_BESIDE_TWO, "2026-04-16", "海东晚报")
    assert ("260栋", "乐都区") in {(g[0], g[4]) for g in got}
    assert ("1860人", "jobs.reemployment") in {(g[0], g[3]) for g in got}


def test_a_leads_foot_goes_on_past_a_briefs_row(extractor: Extractor) -> None:
    """…新建高标准农 | (a brief's row) | 田12万亩。去年，…: the lead's plan reads 12万亩 a target, and 342万亩 (…玉米种植面
    积) stays last year's level, no tail of the plan's line."""
    got = {(g[0], g[2]) for g in _got(extractor, _BRIEFS_BESIDE, "2026-04-22", "今日榆树")}
    assert ("12万亩", "target") in got
    assert ("342万亩", "level") in got
