"""A calendar's event as an iCalendar file holds it (.ics, RFC 5545: what Outlook, 钉钉, a mail client's calendar or
a site's "add to calendar" link saves): the event's texts read out of its content lines, so that a briefing in its
DESCRIPTION reads as the invitation shows it and the file's codes and times are read as none.

An .ics file is lines of NAME;PARAMS:VALUE between BEGIN:VCALENDAR and END:VCALENDAR, CRLF at their ends; every line
longer than 75 octets is folded (a line's end and one space or tab), wherever that falls: inside a number
(8\\,00 | 0人) and between a number and its unit. A TEXT value escapes its line breaks as \\n (or \\N), its commas as
\\, (a thousands comma too: 8\\,260人), its semicolons as \\; and its backslashes as \\\\. Read as it is, the folds cut
figures in two, \\n glues its n to the next figure (\\n2025年) and the escaped comma cuts a number at its thousands;
the other lines (DTSTART:20260116T090000, a UID of forty digits, TZOFFSETFROM:+0800, TRIGGER:-PT15M, SEQUENCE:2)
are codes, times and counters of the file, no figures.

So, where a text opens with BEGIN:VCALENDAR (a byte-order mark or blank lines before it allowed), its lines are
unfolded and each event's human texts (SUMMARY, LOCATION, DESCRIPTION, COMMENT: the properties RFC 5545 types as
TEXT that a calendar shows) are written again, one after another, their escapes read; every other line is dropped,
Outlook's X-ALT-DESC too (the DESCRIPTION again as HTML: its figures would be read twice).
A file is read so in one piece only where it falls in one chunk of the reader (4 MB).
"""

from __future__ import annotations

import re

from stats.rules.prepared import compiled_re

_HEAD = compiled_re(r"\A[\ufeff\s]*BEGIN:VCALENDAR\r?\n")
_FOLD = compiled_re(r"\r?\n[ \t]")
_SHOWN = compiled_re(r"^(?:SUMMARY|LOCATION|DESCRIPTION|COMMENT)(?:;[^:\r\n]*)?:(.*?)\r?$", re.MULTILINE)
_ESCAPE = compiled_re(r"\\([nN,;\\])")


def calendar_plain(text: str) -> str:
    """text, if it is an iCalendar file (see above), as its events' shown texts, a paragraph each; any other text
    as it is."""
    if not _HEAD.match(text):
        return text
    values = [_ESCAPE.sub(_unescaped, m.group(1)).strip() for m in _SHOWN.finditer(_FOLD.sub("", text))]
    return "\n\n".join(v for v in values if v) + "\n"


def _unescaped(m: re.Match[str]) -> str:
    """The character an escape of a TEXT value stands for: \\n and \\N a line's end, the others themselves."""
    return "\n" if m.group(1) in "nN" else m.group(1)
