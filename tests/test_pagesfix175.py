"""What the newest newspaper pages' leftovers showed (pagesfix175): p104 of data/gold/pages, a city 晚报's 民生 page read by
pdfminer with its boxes ordered by height, sets three columns of different widths side by side under two items (a
narrow item of two columns and a wider one of three lines), and the sweep prints their lines by height, so the rows'
stride is no one number. A kicker headline opening with a place's short name and its colon (九龙坡：新建社区食堂45个) was
read as a column's line and lost its number; the wider item's first line, its dateline's (本报讯（通讯员 …）…食堂4), was
judged against the narrow columns' width as a headline, so its number cut in two (4 | 5个) lost both halves; a number
cut at its point (…床位达到3. | 6万张) went unjoined a line past the stride while a line ending on a word took its tail on
the rhythm alone (…特殊困 | 6万张: a false 6万张). On p103, a 盟's lead of three columns swept a line at a time, the second
column's foot cut in a number (…存栏达到128) went on at no line, the third column's top opening with its tail (6.5万头只，
比上年…): both halves were left out. Sentences invented, in the style of such pages."""

from __future__ import annotations

import pytest

from stats.repair.interleave import _named_headline
from stats.run.pipeline import Extractor
from tests.dated import dated_figures, quoted

# a 晚报's 民生 page as pdfminer prints it (boxes by height, a blank line after each): a lead over two columns, a number
# box, then a narrow item of two columns (王川's) beside a wider item of three lines (北宣's) under its kicker headline
_PAGE = "\n\n".join([
    '江城晚报 2026年11月20日 星期五 第4版 民生',
    '1',
    '稳岗扩容见实效\u3000民生保障更有力\n前10个月全市城镇新增就业42.6万人',
    '本报讯（记者 周航）11月18日，记者从市人力社保局获悉',
    '发放稳岗资金3.6亿元，惠及企业2.1万户。10月末，全市企业职',
    '，前10个月，全市城镇新增就业42.6万人，完成全年目标任务的',
    '工基本养老保险参保人数达到846.3万人，比上年末增加15.2万',
    '108%；城镇调查失业率平均为5.2%，比上年同期下降0.1个百分',
    '人。',
    '点。',
    '明年，全市计划城镇新增就业45万人以上，城镇调查失业',
    '前10个月，全市帮扶3.2万名就业困难人员实现就业，发放',
    '率控制在5.5%以内。（下转第5版）',
    '数说托育服务',
    '2.4万个',
    '58.5%',
    '全市托育机构托位',
    '普惠性托位占比',
    '全市托育机构托位达到2.4万个',
    '江北：新建口袋公园38个',
    '本报讯（记者 王川）记',
    '人。',
    '本报讯（通讯员 北宣）今年以来，江北区新建口袋公园3',
    '前10个月，全市新增托育',
    '8个，累计接待市民26.4万人次；全区新建绿道里程16公里',
    '者从市卫健委获悉，截至10月',
    '末，全市托育机构托位达到2.',
    '托位5120个，为1.6万户双职工',
    '，每公里投入85万元。',
    '4万个，其中普惠性托位占比5',
    '家庭提供就近托育服务支持',
    '8.5%；建成社区托育服务点12',
    '。今年，全市还将新增普惠托',
    '60个，托育从业人员达到3.1万',
    '位1500个。',
    '图片新闻',
    '11月16日，南岸区一家社区托育中心内，保育员在照看幼儿。今年，南岸区新增托位1200个。（记者 李可 摄）',
    '区县简讯',
    '市妇幼保健院新院区投用',
    '本报讯（记者 黄敏 通讯员 卫宣）11',
    '截至10月末，全市医疗卫生机构床位',
    '月16日，市妇幼保健院新院区投入',
    '达到18.2万张，每千人口医疗卫生机构床',
    '使用，新院区设置床位800张，新增负压',
    '位数7.6张。明年，全市计划新增儿科床',
    '救护车12辆。',
    '位300张。',
    '■ 奉节县前10个月接待游客1260万',
    '人次，旅游综合收入突破70亿元。',
    '■ 长寿区今年以来新增市场主体1.2',
    '4万户，其中企业3860户。',
    '江城晚报社出版\u3000责任编辑：刘明\u3000美编：陈亮\u3000校对：张欣\u3000\u30004'
]) + "\n"


def test_a_kicker_opening_with_a_name_and_its_colon_reads_as_a_headline() -> None:
    """A line opening with a short name and its colon, no other mark in it, is a kicker headline (its number at the
    end whole); a line holding a comma, or no colon after its first words, is a column's line."""
    assert _named_headline("江北：新建口袋公园38个")
    assert not _named_headline("江北：新建口袋公园3个，累计")
    assert not _named_headline("全区新建口袋公园38个")


@pytest.mark.slow
def test_three_swept_columns_of_different_widths_keep_their_cut_numbers(extractor: Extractor) -> None:
    """The kicker's 38个 and the wider item's 38个 (cut 3 | 8个 after its dateline's line) are both read; the narrow
    item's 2.4万个 (cut 2. | 4万个 a line past the stride) is read in its sentence as in the box, and no 4万个 is made of
    the tail joined to a line ending on a word (…为1.6万户双职工 | 4万个); the other figures stay."""
    got = quoted(dated_figures(extractor, _PAGE, "2026-11-20"), "value")
    assert got.count(("38个", 38)) == 2
    assert got.count(("2.4万个", 24000)) == 3
    assert not any(v == 40000 for _, v in got)
    for figure in (("3.1万人", 31000), ("26.4万人次", 264000), ("5120个", 5120), ("1.6万户", 16000), ("1260个", 1260),
                   ("85万元", 850000), ("1500个", 1500)):
        assert figure in got


# a lead of three columns swept a line at a time (pdftotext) under its headline's box with the dateline's line: the first
# column's foot goes on at the second column's top (76.2亿元，…), the second column's foot is cut in a number (…存栏达到31)
# whose tail, its fraction and unit closed by a mark, opens the third column (2.4万头，…)
_SWEPT_THREE = "\n".join([
    "某某日报 2026年8月20日 星期四 第1版 要闻", "", "稳中向好", "", "1", "", "产业活力持续释放", "",
    "上半年全市规上工业增加值增长6.4%", "本报讯（记者 高原）8月18日，记", "",
    "76.2亿元，增长5.1%。", "", "2.4万头，比上年同期增加1.3万头。", "",
    "者从市统计局获悉，上半年，全市规模以", "", "上半年，全市接待游客860.4万人次", "",
    "今年，全市力争规模以上工业增加值", "", "上工业增加值同比增长6.4%，其中制造", "",
    "，实现旅游收入92.5亿元，分别增长11.2", "", "增长7%以上，旅游收入突破180亿元。（", "",
    "业增加值增长7.5%；社会消费品零售总额", "", "%和12.6%。6月末，全市生猪存栏达到31", "",
    "转第2版）", "", "盛夏时节乡村旅游升温", ""])


@pytest.mark.slow
def test_a_columns_foot_cut_in_a_number_goes_on_at_the_next_columns_top(extractor: Extractor) -> None:
    """The second column's foot cut in a number (…存栏达到31) goes on at the third column's top, the line printed right
    after the second column's own top (the first column's foot went on there): a line opening with a number's tail,
    its fraction and unit closed by a mark (2.4万头，比上年…), which opens no text. 312.4万头, not 2.4万头 nor 31."""
    got = quoted(dated_figures(extractor, _SWEPT_THREE, "2026-08-20"), "value")
    assert ("312.4万头", 3124000) in got
    assert ("1.3万头", 13000) in got and ("76.2亿元", 7620000000) in got
    assert not any(v in (24000, 31) for _, v in got)
