"""A QQ chat as QQ's message manager exports it to text (消息管理器 → 导出消息记录 → .txt): a sentence its sender sent in
two messages read as one.

The export opens with a line saying it is a text export, then the group's or the friend's name between rules of
equal signs (a line of 64 =), then each message: a head line of its date, its time, the sender's name and, in
brackets, the sender's QQ number (2026-11-04 9:35:18 芒山镇-王涛(2894410573)) or mail address (<…@163.com>), the
message's lines under it and a blank line. A chat's sender often presses Enter before a figure's number, so that the
label and the number go as two messages a few seconds apart (另外芒山镇10月底农村劳动力转移就业 | 3.18万人，其中…):
read as written, the number stands under a head line of its own, parted from the label that says what it counts.

So, in a text that is such an export (a rule of equal signs and two message heads at least): a message that opens
with a digit is run on to the end of the message before it where both are the same sender's, sent within two
minutes, and the one before ends on a word (a Han character or a letter: no mark closes it), the head between them
dropped. Every other message stays as it is, under its head.
"""

from __future__ import annotations

import re
from datetime import datetime

from stats.read.cutout import cut_out
from stats.rules.prepared import compiled_re

_RULE = compiled_re(r"(?m)^={20,}[ \t]*$")
_HEAD = compiled_re(r"(?m)^(\d{4}-\d{2}-\d{2} \d{1,2}:\d{2}:\d{2}) ([^\n()<>]{1,80}?)"
                    r"(\(\d{5,12}\)|<[^<>\s@]{1,64}@[^<>\s]{1,64}>)[ \t]*\r?$")
_GAP_SECONDS = 120  # the longest pause between a label and its number sent as two messages
_WORD_END = compiled_re(r"[\u3400-\u9fffA-Za-z]\s*\Z")  # a message that ends on a word, no mark after it
_NUMBER_START = compiled_re(r"\A\s*\d")


def _when(head: re.Match[str]) -> datetime | None:
    try:
        return datetime.strptime(head.group(1), "%Y-%m-%d %H:%M:%S")
    except ValueError:
        return None


def qq_runs_joined(buf: str) -> str:
    """buf with each message of a QQ text export that carries on its sender's message before it run on to that
    message's end (see above); other text is returned as it is."""
    if "====" not in buf or _RULE.search(buf) is None:
        return buf
    heads = list(_HEAD.finditer(buf))
    if len(heads) < 2:
        return buf
    cuts: list[tuple[int, int]] = []
    for prev, head, after in zip(heads[:-1], heads[1:], [*heads[2:], None], strict=True):
        prev_body = buf[prev.end():head.start()]
        body = buf[head.end():after.start() if after is not None else len(buf)]
        then, now = _when(prev), _when(head)
        if then is None or now is None or not 0 <= (now - then).total_seconds() <= _GAP_SECONDS:
            continue
        if (prev.group(2), prev.group(3)) != (head.group(2), head.group(3)):
            continue
        if _WORD_END.search(prev_body) is None or _NUMBER_START.match(body) is None:
            continue
        start = prev.end() + len(prev_body.rstrip())
        end = head.end() + (len(body) - len(body.lstrip()))
        cuts.append((start, end))
    return cut_out(buf, cuts)
