"""A subtitle file (SRT, WebVTT) read as text: each cue's number and timing line taken out and the cues' texts run
on as the speech they are.

A news video's subtitles hold one clause a cue, the marks between clauses dropped (a cue ends where a comma or a
full stop stood), and a long clause cut in two cues wherever the speaker paused, between a figure's label and its
number too (实现劳务收入 | 26.4亿元). Read as written, each cue is a paragraph of its own between blank lines, a
number apart from its label and a cue that is only a year (2026年) apart from the goal it dates; and the timings
(00:00:48,020 --> 00:00:50,320) are numbers of no figure. So a run of cues is written as one paragraph: the cues'
texts joined by a comma, the mark of the pause a cue ends at (a space would run the clauses into one, and a goal's
计划 would govern nothing; the label cut from its number still stands in the number's sentence), a cue's own lines
run on as one (a space between two Latin words or numbers). Done where the text is read; the text before the first
cue and after the last stays.
"""

from __future__ import annotations

import unicodedata

from stats.rules.prepared import compiled_re

# a cue's head: its number on a line of its own (SRT; WebVTT may leave it out), then its timing line (start --> end,
# a comma or a point before the milliseconds, WebVTT's cue settings after it)
_TIME = r"(?:\d{1,2}:)?\d{1,2}:\d{2}[,.]\d{1,3}"
_CUE_HEAD = compiled_re(rf"(?m)^(?:\d{{1,6}}[ \t]*\r?\n)?{_TIME}[ \t]+-->[ \t]+{_TIME}[^\n]*(?:\n|\Z)")
_BLANK = compiled_re(r"\r?\n[ \t]*\r?\n")
_RUN_MIN = 3  # the fewest cues that are a subtitle file (one timing line may be quoted anywhere)
_PAUSE = unicodedata.lookup("FULLWIDTH COMMA")  # what a cue's end stands for (named: no mark in the engine's code)


def _cue_text(lines: list[str]) -> str:
    """A cue's lines run on as one (a space where a Latin word or a number would meet another)."""
    out = ""
    for line in lines:
        out += " " if out and out[-1].isascii() and out[-1].isalnum() and line[0].isascii() and line[0].isalnum() else ""
        out += line
    return out


def cues_run_on(buf: str) -> str:
    """buf with each run of subtitle cues written as one paragraph of their texts (see above)."""
    if "-->" not in buf:
        return buf
    heads = list(_CUE_HEAD.finditer(buf))
    if len(heads) < _RUN_MIN:
        return buf
    texts: list[str] = []
    end = heads[0].start()
    for i, head in enumerate(heads):
        stop = heads[i + 1].start() if i + 1 < len(heads) else len(buf)
        body = buf[head.end():stop]
        if i + 1 == len(heads):  # (the last cue's text ends at the first blank line: what follows is no cue's)
            blank = _BLANK.search(body)
            stop = head.end() + (blank.start() if blank else len(body))
            body = buf[head.end():stop]
        lines = [ln.strip() for ln in body.splitlines() if ln.strip()]
        if lines:
            texts.append(_cue_text(lines))
        end = stop
    tail = buf[end:].lstrip("\r\n")  # (a paragraph of its own after the cues)
    return buf[:heads[0].start()] + _PAUSE.join(texts) + ("\n\n" + tail if tail else "\n")
