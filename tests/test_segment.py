"""Articles open at datelines of any agency, paper or site, and a reporter credit after one is its byline."""

from __future__ import annotations

import pytest

from stats.extract.pipeline import Extractor


@pytest.mark.parametrize(("line", "dateline", "byline"), [
    ("新华社北京3月5日电（记者 王明）", "新华社北京3月5日电", "（记者王明）"),
    ("人民日报北京3月5日电（记者 张三）", "人民日报北京3月5日电", "（记者张三）"),
    ("中新网3月6日电 ", "中新网3月6日电", ""),
    ("经济日报讯 ", "经济日报讯", ""),
    ("本报讯（记者 李四）", "本报讯", "（记者李四）"),
])
def test_each_dateline_opens_its_own_article(extractor: Extractor, line: str, dateline: str, byline: str) -> None:
    text = f"本报讯 全市新增床位800张。\n{line}全年城镇新增就业60万人。\n通讯员报告显示，新增就业50万人。\n"
    arts = extractor.extract_text(text).articles
    assert [(a["dateline"], a["byline"]) for a in arts] == [("本报讯", ""), (dateline, byline)]
    figs = extractor.extract_text(text).figures
    assert [f["article_id"].split("/")[-1] for f in figs] == ["a01", "a02", "a02"]
