"""Build data/gold/bulletins19: three county/city 统计公报 of 2025 of our own typeset as PDF and read back by real
extractors, each a different one from those bulletins18 used.

The typesetting and the hand-annotation format are bulletins18's (scripts/gold_bulletins18.py: P/H/T/C blocks, one
PDF per bulletin with reportlab in invariant mode); only the bulletins and the readers are new:
`pdftotext -layout` (columns kept apart by runs of spaces), pypdfium2's get_text_range() (each page's text in
drawing order) and pdfplumber's extract_text(layout=True) (a character grid, the page's blank margins kept). The gold
file is written from the hand annotation below (prose figures listed by hand, table cells from each table's own
column description), never from what stats extracts.

    .venv/bin/python scripts/gold_bulletins19.py      # writes data/gold/bulletins19/{texts,bulletins19.jsonl}
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

_spec = importlib.util.spec_from_file_location("gold_bulletins18", ROOT / "scripts" / "gold_bulletins18.py")
assert _spec is not None and _spec.loader is not None
g18 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(g18)
P, H, T, C = g18.P, g18.H, g18.T, g18.C


def _num(cell: str, mag: int = 1) -> int | float:
    """The value a cell or quote writes, in exact decimal arithmetic (168.42亿元 is 16842000000, where a float product
    gives 16841999999.999998): whole where it is, or where a magnitude scaled a decimal."""
    v = Decimal(cell) * mag
    return int(v) if v == int(v) and (mag > 1 or "." not in cell) else float(v)


g18._num = _num  # (bulletins18's gold stays as written; this set's values are exact)

OUT = ROOT / "data" / "gold" / "bulletins19"

# the units this set's 单位 columns name, beyond bulletins18's: (measure, magnitude, topic)
g18.UNITS.update({"万立方米": ("立方米", 10**4, "other"), "吨": ("吨", 1, "other"), "万吨": ("吨", 10**4, "other"),
                  "亿千瓦时": ("千瓦时", 10**8, "other"), "个": ("个", 1, "other"), "张": ("张", 1, "beds"),
                  "人": ("人", 1, "other")})

DOCS = [
    ("r1", "2026-04-22", "瑞丽市统计局", "pdftotext-layout", "瑞丽市", "瑞丽市2025年国民经济和社会发展统计公报",
     "瑞丽市统计局  2026年4月22日", [
        P("2025年，全市坚持以高质量发展为主题，口岸经济加快恢复，经济运行总体平稳、稳中有进。"),
        H("一、综合"),
        P("初步核算，全年全市地区生产总值168.42亿元，按不变价格计算，比上年增长6.1%。其中，第一产业增加值22.35亿元，"
          "增长4.2%；第二产业增加值41.87亿元，增长7.5%；第三产业增加值104.20亿元，增长5.9%。年末全市常住人口26.83万人，"
          "比上年末增加0.41万人，常住人口城镇化率63.52%。",
          ("168.42亿元", "元", "level", "money"), ("6.1%", "%", "change", "percent"),
          ("22.35亿元", "元", "level", "money"), ("4.2%", "%", "change", "percent"),
          ("41.87亿元", "元", "level", "money"), ("7.5%", "%", "change", "percent"),
          ("104.20亿元", "元", "level", "money"), ("5.9%", "%", "change", "percent"),
          ("26.83万人", "人", "level", "other"), ("0.41万人", "人", "change", "other"),
          ("63.52%", "%", "level", "percent")),
        T("表1  2025年瑞丽市主要经济指标", "", [["指标", "单位", "数量", "比上年"], ["", "", "", "增长（%）"]], [
            ("地区生产总值", 0, ["亿元", "168.42", "6.1"]),
            ("其中：第一产业", 1, ["亿元", "22.35", "4.2"]),
            ("第二产业", 2, ["亿元", "41.87", "7.5"]),
            ("第三产业", 2, ["亿元", "104.20", "5.9"]),
            ("规模以上工业增加值", 0, ["亿元", "—", "8.4"]),
            ("固定资产投资", 0, ["亿元", "—", "-3.6"]),
            ("社会消费品零售总额", 0, ["亿元", "72.58", "4.7"]),
            ("外贸进出口总额", 0, ["亿元", "386.50", "12.3"]),
            ("一般公共预算收入", 0, ["万元", "186420", "5.2"]),
            ("接待国内外游客", 0, ["万人次", "1052.6", "9.8"]),
            ("城镇常住居民人均可支配收入", 0, ["元", "41236", "4.6"]),
            ("农村常住居民人均可支配收入", 0, ["元", "18975", "6.8"]),
        ], ["unit", None, C("%", "change", "percent", "2025")],
          note="注：地区生产总值及各产业增加值绝对数按现价计算，增长速度按不变价格计算。"),
        H("二、农业"),
        P("全年粮食播种面积18.64万亩，比上年增长0.6%；粮食总产量3.86万吨，增长1.8%。甘蔗产量48.62万吨，同比增长3.6%。"
          "年末生猪存栏6.35万头，全年生猪出栏9.82万头，同比下降2.1%。",
          ("18.64万亩", "亩", "level", "other"), ("0.6%", "%", "change", "percent"),
          ("3.86万吨", "吨", "level", "other"), ("1.8%", "%", "change", "percent"),
          ("48.62万吨", "吨", "level", "other"), ("3.6%", "%", "change", "percent"),
          ("6.35万头", "头", "level", "other"), ("9.82万头", "头", "level", "other"),
          ("2.1%", "%", "change", "percent")),
        T("表2  2025年主要农产品产量", "单位：万吨",
          [["品种", "产量", "", "比上年"], ["", "2025年", "2024年", "增长（%）"]], [
            ("粮食", 0, ["3.86", "3.79", "1.8"]),
            ("其中：稻谷", 1, ["2.12", "2.10", "1.0"]),
            ("玉米", 2, ["1.41", "1.36", "3.7"]),
            ("甘蔗", 0, ["48.62", "46.95", "3.6"]),
            ("蔬菜", 0, ["12.35", "11.82", "4.5"]),
            ("水果", 0, ["9.74", "9.31", "4.6"]),
            ("茶叶", 0, ["0.36", "0.35", "2.9"]),
        ], [C("吨", "level", "other", "2025", 10**4), C("吨", "level", "other", "2024", 10**4),
            C("%", "change", "percent", "2025")],
          note="注：粮食产量为国家统计局反馈数。"),
        H("三、财政"),
        P("全年一般公共预算收入186420万元，比上年增长5.2%，其中税收收入112635万元，增长3.8%。一般公共预算支出42.87亿元，"
          "同比下降2.3%。",
          ("186420万元", "元", "level", "money"), ("5.2%", "%", "change", "percent"),
          ("112635万元", "元", "level", "money"), ("3.8%", "%", "change", "percent"),
          ("42.87亿元", "元", "level", "money"), ("2.3%", "%", "change", "percent")),
        T("表3  2025年一般公共预算收支", "单位：万元", [["项目", "2025年", "比上年"], ["", "绝对数", "增长（%）"]], [
            ("一般公共预算收入", 0, ["186420", "5.2"]),
            ("其中：税收收入", 1, ["112635", "3.8"]),
            ("非税收入", 2, ["73785", "7.4"]),
            ("一般公共预算支出", 0, ["428716", "-2.3"]),
            ("其中：教育支出", 1, ["86214", "4.1"]),
            ("社会保障和就业支出", 2, ["62508", "6.7"]),
            ("卫生健康支出", 2, ["38912", "-1.5"]),
        ], [C("元", "level", "money", "2025", 10**4), C("%", "change", "percent", "2025")],
          note="注：支出增速按同口径计算。"),
    ]),
    ("r2", "2026-04-28", "丹寨县统计局", "pypdfium2", "丹寨县", "丹寨县2025年国民经济和社会发展统计公报",
     "丹寨县统计局  2026年4月28日", [
        H("一、综合"),
        P("经初步核算，2025年全县实现地区生产总值52.37亿元，同比增长5.4%。分产业看，第一产业增加值13.64亿元，"
          "增长4.1%；第二产业增加值9.15亿元，增长6.3%；第三产业增加值29.58亿元，增长5.6%。年末全县户籍人口18.62万人，"
          "常住人口13.47万人。",
          ("52.37亿元", "元", "level", "money"), ("5.4%", "%", "change", "percent"),
          ("13.64亿元", "元", "level", "money"), ("4.1%", "%", "change", "percent"),
          ("9.15亿元", "元", "level", "money"), ("6.3%", "%", "change", "percent"),
          ("29.58亿元", "元", "level", "money"), ("5.6%", "%", "change", "percent"),
          ("18.62万人", "人", "level", "other"), ("13.47万人", "人", "level", "other")),
        T("表1  2025年全县地区生产总值", "单位：亿元、%",
          [["指标", "2025年", "比上年", "占GDP"], ["", "绝对数", "增长（%）", "比重（%）"]], [
            ("地区生产总值", 0, ["52.37", "5.4", "—"]),
            ("第一产业", 0, ["13.64", "4.1", "26.0"]),
            ("第二产业", 0, ["9.15", "6.3", "17.5"]),
            ("其中：工业", 1, ["5.82", "7.0", "11.1"]),
            ("建筑业", 2, ["3.33", "5.2", "6.4"]),
            ("第三产业", 0, ["29.58", "5.6", "56.5"]),
        ], [C("元", "level", "money", "2025", 10**8), C("%", "change", "percent", "2025"),
            C("%", "level", "percent", "2025")],
          note="注：绝对数按现价计算，增长速度按不变价格计算。"),
        H("二、工业和投资"),
        P("全年规模以上工业增加值同比增长7.8%。规模以上工业企业实现营业收入16.25亿元，增长9.1%；利润总额1.18亿元，"
          "下降4.6%。全年固定资产投资比上年增长3.2%，其中工业投资增长15.7%，民间投资下降6.4%。",
          ("7.8%", "%", "change", "percent"), ("16.25亿元", "元", "level", "money"), ("9.1%", "%", "change", "percent"),
          ("1.18亿元", "元", "level", "money"), ("4.6%", "%", "change", "percent"),
          ("3.2%", "%", "change", "percent"), ("15.7%", "%", "change", "percent"),
          ("6.4%", "%", "change", "percent")),
        T("表2  2025年规模以上工业主要产品产量", "", [["产品名称", "单位", "产量", "比上年"], ["", "", "", "增长（%）"]], [
            ("原木", 0, ["万立方米", "12.36", "3.1"]),
            ("精制茶", 0, ["吨", "2846", "8.2"]),
            ("水泥", 0, ["万吨", "35.72", "-5.3"]),
            ("商品混凝土", 0, ["万立方米", "41.08", "-2.7"]),
            ("发电量", 0, ["亿千瓦时", "6.84", "5.7"]),
        ], ["unit", None, C("%", "change", "percent", "2025")]),
        H("三、人民生活"),
        P("全年全县居民人均可支配收入21846元，比上年增长6.2%。其中，城镇常住居民人均可支配收入38615元，增长4.8%；"
          "农村常住居民人均可支配收入14372元，增长7.1%。全年社会消费品零售总额18.36亿元，同比增长5.3%。",
          ("21846元", "元", "level", "money"), ("6.2%", "%", "change", "percent"),
          ("38615元", "元", "level", "money"), ("4.8%", "%", "change", "percent"),
          ("14372元", "元", "level", "money"), ("7.1%", "%", "change", "percent"),
          ("18.36亿元", "元", "level", "money"), ("5.3%", "%", "change", "percent")),
        T("表3  2025年居民收入与消费", "单位：元",
          [["指标", "2025年", "2024年", "比上年"], ["", "", "", "增长（%）"]], [
            ("全体居民人均可支配收入", 0, ["21846", "20571", "6.2"]),
            ("其中：工资性收入", 1, ["9635", "9102", "5.9"]),
            ("经营净收入", 2, ["5218", "4946", "5.5"]),
            ("城镇常住居民人均可支配收入", 0, ["38615", "36847", "4.8"]),
            ("农村常住居民人均可支配收入", 0, ["14372", "13419", "7.1"]),
            ("全体居民人均消费支出", 0, ["17264", "16398", "5.3"]),
        ], [C("元", "level", "money", "2025"), C("元", "level", "money", "2024"), C("%", "change", "percent", "2025")],
          note="注：人均可支配收入按常住人口计算。"),
    ]),
    ("r3", "2026-05-08", "乐东黎族自治县统计局", "pdfplumber-layout", "乐东黎族自治县",
     "乐东黎族自治县2025年国民经济和社会发展统计公报", "乐东黎族自治县统计局  2026年5月8日", [
        H("一、综合"),
        P("初步核算，全年全县地区生产总值246.73亿元，比上年增长4.9%。全年一般公共预算收入21.35亿元，同比增长3.4%；"
          "一般公共预算支出58.62亿元，增长1.2%。年末全县常住人口44.18万人，其中城镇人口22.71万人。"
          "居民消费价格比上年上涨0.4%。",
          ("246.73亿元", "元", "level", "money"), ("4.9%", "%", "change", "percent"),
          ("21.35亿元", "元", "level", "money"), ("3.4%", "%", "change", "percent"),
          ("58.62亿元", "元", "level", "money"), ("1.2%", "%", "change", "percent"),
          ("44.18万人", "人", "level", "other"), ("22.71万人", "人", "level", "other"),
          ("0.4%", "%", "change", "percent")),
        H("二、农业和渔业"),
        P("全年农林牧渔业总产值142.56亿元，按可比价格计算，比上年增长4.3%。全年水产品产量18.27万吨，增长2.6%，"
          "其中海洋捕捞产量9.84万吨，海水养殖产量6.92万吨。",
          ("142.56亿元", "元", "level", "money"), ("4.3%", "%", "change", "percent"),
          ("18.27万吨", "吨", "level", "other"), ("2.6%", "%", "change", "percent"),
          ("9.84万吨", "吨", "level", "other"), ("6.92万吨", "吨", "level", "other")),
        T("表1  2025年农林牧渔业总产值", "单位：万元",
          [["指标", "总产值", "比上年", "构成"], ["", "（现价）", "增长（%）", "（%）"]], [
            ("农林牧渔业总产值", 0, ["1425600", "4.3", "100.0"]),
            ("农业", 0, ["612400", "3.8", "43.0"]),
            ("林业", 0, ["58300", "2.1", "4.1"]),
            ("牧业", 0, ["246800", "-1.6", "17.3"]),
            ("渔业", 0, ["478100", "6.9", "33.5"]),
            ("其中：海水产品", 1, ["402600", "7.4", "28.2"]),
            ("农林牧渔专业及辅助性活动", 0, ["30000", "5.0", "2.1"]),
        ], [C("元", "level", "money", "2025", 10**4), C("%", "change", "percent", "2025"),
            C("%", "level", "percent", "2025")],
          note="注：增长速度按可比价格计算。"),
        H("三、旅游和对外经济"),
        P("全年接待游客人数612.4万人次，同比增长10.6%；实现旅游总收入58.93亿元，增长12.8%。全年货物进出口总额"
          "93.47亿元，比上年下降5.2%，其中出口31.26亿元，增长8.9%；进口62.21亿元，下降10.8%。",
          ("612.4万人次", "人次", "level", "other"), ("10.6%", "%", "change", "percent"),
          ("58.93亿元", "元", "level", "money"), ("12.8%", "%", "change", "percent"),
          ("93.47亿元", "元", "level", "money"), ("5.2%", "%", "change", "percent"),
          ("31.26亿元", "元", "level", "money"), ("8.9%", "%", "change", "percent"),
          ("62.21亿元", "元", "level", "money"), ("10.8%", "%", "change", "percent")),
        T("表2  2025年货物进出口情况", "单位：亿元",
          [["指标", "2025年", "", "比上年"], ["", "金额", "比重（%）", "增长（%）"]], [
            ("进出口总额", 0, ["93.47", "100.0", "-5.2"]),
            ("出口", 0, ["31.26", "33.4", "8.9"]),
            ("其中：一般贸易", 1, ["24.58", "26.3", "11.2"]),
            ("进口", 0, ["62.21", "66.6", "-10.8"]),
            ("其中：农产品", 1, ["21.36", "22.9", "-14.5"]),
        ], [C("元", "level", "money", "2025", 10**8), C("%", "level", "percent", "2025"),
            C("%", "change", "percent", "2025")]),
        H("四、教育和卫生"),
        P("年末全县共有各级各类学校186所，在校学生8.62万人。年末全县医疗卫生机构床位2846张，卫生技术人员3912人。",
          ("186所", "所", "level", "other"), ("8.62万人", "人", "level", "other"),
          ("2846张", "张", "level", "beds"), ("3912人", "人", "level", "other")),
        T("表3  2025年末卫生资源情况", "", [["指标", "单位", "2025年"], ["", "", "年末数"]], [
            ("医疗卫生机构", 0, ["个", "318"]),
            ("其中：医院", 1, ["个", "9"]),
            ("基层医疗卫生机构", 2, ["个", "302"]),
            ("床位数", 0, ["张", "2846"]),
            ("其中：医院床位", 1, ["张", "2215"]),
            ("卫生技术人员", 0, ["人", "3912"]),
            ("其中：执业（助理）医师", 1, ["人", "1436"]),
            ("注册护士", 2, ["人", "1725"]),
        ], ["unit", None], note="注：床位数为实有床位数。"),
    ]),
]


def extract(pdf: Path, tool: str) -> str:
    """The text one real reader gives of the PDF, page by page."""
    if tool == "pdfplumber-layout":
        import pdfplumber

        with pdfplumber.open(pdf) as doc:
            return "\n".join((p.extract_text(layout=True) or "") for p in doc.pages) + "\n"
    if tool == "pypdfium2":
        import pypdfium2

        doc = pypdfium2.PdfDocument(str(pdf))
        try:
            return "\n".join(doc[k].get_textpage().get_text_range() for k in range(len(doc))) + "\n"
        finally:
            doc.close()
    return subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout


def main() -> None:
    g18.build(OUT, DOCS, extract)


if __name__ == "__main__":
    main()
