"""A chat as Telegram Desktop exports it (result.json): each message's text read once, as the chat shows it.

The export is one JSON object: the chat's name, type and id, then "messages", each message an object of its id,
type, date and date_unixtime, sender (from, from_id), reply_to_message_id, edited and such, its text and the same
text again as "text_entities". A message's "text" is a string where the message has no formatting; where it has
some (a bold figure, a link, a mention) it is a list of plain strings and entity objects ({"type": "bold",
"text": "486"}) that cut the sentence at each: read as written, the figure stands on a line of its own between
JSON marks with no unit after it (486 | 人，转移…). And "text_entities" gives every message's text a second time
(a list of {"type": "plain", "text": …} objects): read as written, each of the chat's figures is found twice.

So, in a text that holds Telegram's "text_entities" or "date_unixtime" key (each message has both, the second
before its text): each "text_entities" value is dropped with its key, and
each "text" value (a string, or a list of strings and entity objects) is read as the message shows it, its parts
joined and its JSON escapes read (\\n a line's end), and set on a line of its own in place of its key (an empty one
goes with its line). The other keys (ids, dates, the sender, a photo's width and height) are left as they are: the
sender's name on its line, as a chat shows it over the message. A value the piece's end cuts waits for the next
piece (`chat_export_cut`); a file is judged an export by its head (`chat_export`), so that every piece of it is
read alike.

A Slack workspace's export (one JSON file a channel and day, 2026-01-20.json) gives each message's text twice
too: as its "text", written in Slack's mrkdwn (*2186*人 bold, <https://…|原文> a link, <@U05K2R7PZ3M> a mention,
&amp; &lt; &gt; escaped), and again as its "blocks": rich_text sections whose elements a bold style cuts wherever
it falls ({"text": "2186", "style": {"bold": true}}, {"text": "人，完成…"}), so read as written each figure is
found twice and a bold one without its unit. So, in a text that holds one of a Slack export's own keys
("client_msg_id", "rich_text_section"), each "blocks" value is dropped with its key, as "text_entities" is, and
each "text" is read as Slack shows it: a link as its label (or its address where it has none), a mention of a
member dropped, and a bold or italic mark around words dropped (*…*, _…_ between blanks or Han characters: never
one inside an address's or a name's letters and digits).
"""

from __future__ import annotations

import json
import re

from stats.rules.prepared import compiled_re

_MARKS = ('"text_entities"', '"date_unixtime"')  # Telegram's own keys: one of them stands before any message's text
_SLACK = ('"client_msg_id"', '"rich_text_section"')  # Slack's own keys: a member's message has both
# A message's "text", "text_entities" or "blocks" key: at a line's start (indented JSON) or after { or , (compact).
_KEY = compiled_re(r'(?:^|(?<=[{,]))[ \t]*"(text|text_entities|blocks)":[ \t]*(?=["\[])', re.M)
# Slack's mrkdwn: a mention of a member, a link (<address|label> or <address>), bold and italic marks around words.
_MENTION = compiled_re(r"<@[A-Z0-9]+(?:\|[^<>\n]*)?>[ \t]?")
_LINK = compiled_re(r"<((?:https?|mailto):[^<>|\s]+)(?:\|([^<>\n]+))?>")
_BOLD = compiled_re(r"(?<![A-Za-z0-9*])\*(?=[^\s*])([^*\n]*?[^\s*])\*(?![A-Za-z0-9*])")
_ITALIC = compiled_re(r"(?<![A-Za-z0-9_])_(?=[^\s_])([^_\n]*?[^\s_])_(?![A-Za-z0-9_])")
_AFTER = compiled_re(r"[ \t]*,?[ \t]*(?:\r?\n)?")
_DECODER = json.JSONDecoder()
_WINDOW = 1 << 16
_KEYS_WRITTEN = ('"text": ', '"text_entities": ', '"blocks": ')


_HEAD = 4096  # a file's head, as `stats.read.decode.detect` judges it: every piece of a large file is read alike


def _slack(text: str) -> bool:
    """Does the text hold one of a Slack export's own keys?"""
    return _SLACK[0] in text or _SLACK[1] in text


def _export(text: str) -> bool:
    """Does the text hold one of a Telegram or a Slack export's own keys?"""
    return _MARKS[0] in text or _MARKS[1] in text or _slack(text)


def _unmarked(said: str) -> str:
    """A Slack message's mrkdwn as Slack shows it (see above)."""
    said = _LINK.sub(lambda m: m.group(2) or m.group(1), _MENTION.sub("", said))
    said = _ITALIC.sub(r"\1", _BOLD.sub(r"\1", said))
    return said.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def chat_export(head: str | bytes) -> bool:
    """A text whose head (its first `_HEAD` characters or bytes) is this is a Telegram export: a JSON object with
    "messages" and one of Telegram's own keys (its first message stands in the head); or a Slack export's day: a
    JSON list whose first message, in the head, has its "ts" and one of Slack's own keys."""
    if isinstance(head, bytes):
        head = head[:_HEAD].decode("utf-8", "ignore")
    head = head[:_HEAD]
    if head.lstrip().startswith("["):
        return '"ts"' in head and _slack(head)
    return head.lstrip().startswith("{") and '"messages"' in head and _export(head)


def _said(value: object) -> str | None:
    """A message's text as the chat shows it: a string, or the parts of a list (strings and entities' texts) joined;
    None where the value is no message's text."""
    if isinstance(value, str):
        return value
    if not isinstance(value, list):
        return None
    parts = []
    for part in value:
        if isinstance(part, str):
            parts.append(part)
        elif isinstance(part, dict) and isinstance(part.get("text"), str):
            parts.append(part["text"])
        else:
            return None
    return "".join(parts)


def chat_export_plain(text: str, is_chat: bool | None = None) -> str:
    """text with a Telegram export's messages read once each (see above) where `is_chat` says it is an export's
    (None: where it holds one of Telegram's own keys); other text is returned as it is."""
    if not (_export(text) if is_chat is None else is_chat):
        return text
    out: list[str] = []
    pos = 0
    slack = _slack(text) and not (_MARKS[0] in text or _MARKS[1] in text)
    for m in _KEY.finditer(text):
        if m.start() < pos:
            continue
        if m.group(1) == "blocks" and not slack:
            continue
        try:
            value, end = _DECODER.raw_decode(text, m.end())
        except ValueError:
            continue
        said = None if m.group(1) != "text" else _said(value)
        if said is None and m.group(1) == "text":
            continue  # (a "text" key whose value is no message's text stays as written)
        if said and slack:
            said = _unmarked(said)
        out.append(text[pos:m.start()])
        if said and said.strip():
            out.append("\n" + said.strip() + "\n")
        pos = _AFTER.match(text, end).end()
    out.append(text[pos:])
    return "".join(out)


def chat_export_cut(text: str) -> int:
    """Where the first "text" or "text_entities" value that the end of `text` (a piece of a Telegram export) cuts
    starts (-1: none), so that the piece waits for the next and the value is read whole: the outermost, a message's
    list, not an entity's "text" inside it; a value the piece ends right after waits too. Looked for in the piece's
    last `_WINDOW` characters (a message's text and its entities are far shorter)."""
    start = text.rfind("\n", 0, max(0, len(text) - _WINDOW)) + 1
    for m in _KEY.finditer(text, start):
        try:
            _, end = _DECODER.raw_decode(text, m.end())
        except ValueError:
            return m.start()
        if not text[end:].strip(" \t\r\n,"):
            return m.start()  # (its comma and line end, which go with it, are in the next piece)
    last = text.rfind("\n") + 1
    tail = text[last:].lstrip(" \t")
    if last < len(text) and (not tail or any(key.startswith(tail) for key in _KEYS_WRITTEN)):
        return last  # (a line of blanks so far, or a key the piece's end cuts, "text_ent | ities": waits whole)
    return -1
