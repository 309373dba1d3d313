"""stats.read.qqchat: a QQ text export's message that opens on a number run on to its sender's message before."""

from __future__ import annotations

from stats.read.qqchat import qq_runs_joined
from stats.run.pipeline import Extractor
from tests.dated import dated_figures

_HEAD = ("消息记录（此消息记录为文本格式，不支持重新导入）\n\n" + "=" * 64 + "\n消息分组:我的群聊\n" + "=" * 64
         + "\n消息对象:某县就业调度群(612345789)\n" + "=" * 64 + "\n\n")


def _chat(*messages: tuple[str, str, str]) -> str:
    return _HEAD + "".join(f"2026-11-04 {t} {who}\n{text}\n\n" for t, who, text in messages)


def test_a_label_and_its_number_sent_apart_are_one_message() -> None:
    text = _chat(("9:35:18", "甲镇-王涛(2894410573)", "甲镇10月底农村劳动力转移就业"),
                 ("9:35:29", "甲镇-王涛(2894410573)", "3.18万人，其中省外1.96万人"))
    assert qq_runs_joined(text).endswith("甲镇-王涛(2894410573)\n甲镇10月底农村劳动力转移就业3.18万人，其中省外1.96万人\n\n")


def test_messages_of_another_sender_a_later_time_or_a_closed_sentence_stay_apart() -> None:
    for first, second in ((("9:35:18", "甲镇-王涛(2894410573)", "甲镇新增就业"),
                           ("9:35:29", "乙镇-赵敏<zm0812@163.com>", "412人")),
                          (("9:35:18", "甲镇-王涛(2894410573)", "甲镇新增就业"),
                           ("9:41:02", "甲镇-王涛(2894410573)", "412人")),
                          (("9:35:18", "甲镇-王涛(2894410573)", "甲镇新增就业412人。"),
                           ("9:35:29", "甲镇-王涛(2894410573)", "2026年全年目标400人"))):
        text = _chat(first, second)
        assert qq_runs_joined(text) == text


def test_a_number_sent_after_its_label_counts_what_the_label_says(extractor: Extractor) -> None:
    """Before: 3.18万人 under a head of its own counted people of no known kind (quantity.people)."""
    text = _chat(("9:35:18", "甲镇-王涛(2894410573)", "另外甲镇10月底农村劳动力转移就业"),
                 ("9:35:29", "甲镇-王涛(2894410573)", "3.18万人"))
    figs = dated_figures(extractor, text, "2026-11-04")
    assert [(f["quote"], f["metric"][:5]) for f in figs] == [("3.18万人", "jobs.")]
