"""A subtitle file in (Advanced) SubStation Alpha (.ass, .ssa: what Aegisub and most fansub and TV captioning tools
save) read as text: its script's head and styles dropped and its Dialogue lines' texts run on as the speech they are.

Such a file is sections in brackets: [Script Info] (PlayResX: 1920, a zoom of 0.500000), an editor's own section
([Aegisub Project Garbage]: a video position, an active line), [V4+ Styles] or [V4 Styles] whose Style lines are
rows of numbers (a font size 62, &H colours, margins 10,10,36, codepage 134), and [Events]: a Format line naming
the fields, then one event a line, `Dialogue: 0,0:00:05.00,0:00:08.30,Default,解说,0,0,0,,text`, the text the last
field (it may hold commas). The text holds override tags in braces, around a figure or before it
({\\c&H00F0FF&\\b1}1960{\\b0\\c}人, {\\fad(300,300)\\pos(960,120)}), and \\N, \\n for a line break and \\h for a hard space.
A Comment line is an event the player does not show (a proofreader's note: its numbers are no figure of the
speech). Read as written, the styles' numbers stand as figures of nothing, the fields stand between the words, and
the tags cut a number from its label and its unit.

So, as with SRT cues (`subtitles.cues_run_on`): where a text holds an [Events] section with a Format line and three
Dialogue lines at least, the sections other than [Events] are dropped, Comment, Picture, Sound, Movie and Command
events with them; each Dialogue line is its text field, its tags dropped, a line break run on (a space where two
Latin words or numbers would meet) and a hard space a space; and the texts are joined by a comma, the pause a
subtitle's end stands for, as one paragraph. A text with no such section (prose quoting a Dialogue: line) is left as
it is. A file is read so in one piece only where its events fall in one chunk of the reader (4 MB).
"""

from __future__ import annotations

from stats.read.subtitles import run_on
from stats.rules.prepared import compiled_re

_SECTION = compiled_re(r"(?m)^\ufeff?\[[^\]\n]{1,60}\][ \t]*\r?$")
_EVENTS = compiled_re(r"(?m)^\[Events\][ \t]*\r?$")
_FORMAT = compiled_re(r"(?m)^Format:[ \t]*([^\n]*?)\r?$")
_DIALOGUE = compiled_re(r"(?m)^Dialogue:[ \t]*([^\n]*?)\r?$")
_OVERRIDE = compiled_re(r"\{[^{}\n]*\}")
_BREAK = compiled_re(r"\\[Nn]")
_HARD_SPACE = "\\h"
_RUN_MIN = 3  # the fewest Dialogue lines that are a subtitle file
_V4_FIELDS = 10  # Layer (or Marked), Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text


def dialogue_run_on(buf: str) -> str:
    """buf with a SubStation Alpha script written as one paragraph of its Dialogue lines' texts (see above)."""
    if "Dialogue:" not in buf or "[Events]" not in buf:
        return buf
    events = _EVENTS.search(buf)
    if events is None:
        return buf
    after = _SECTION.search(buf, events.end())
    section = buf[events.end():after.start() if after else len(buf)]
    fields = _fields(section)
    texts = [_text(m.group(1), fields) for m in _DIALOGUE.finditer(section)]
    if len(texts) < _RUN_MIN:
        return buf
    first = _SECTION.search(buf)
    head = buf[:first.start()] if first is not None else ""
    return head + run_on(texts) + "\n"


def _fields(section: str) -> int:
    """How many fields an event has, its Format line says (the text the last); v4's ten where none is given."""
    m = _FORMAT.search(section)
    if m is None:
        return _V4_FIELDS
    return max(1, len([f for f in m.group(1).split(",") if f.strip()]))


def _text(line: str, fields: int) -> str:
    """A Dialogue line's text: the last of its fields (commas in it kept), tags dropped, breaks run on."""
    parts = line.split(",", fields - 1)
    if len(parts) < fields:
        return ""
    text = _OVERRIDE.sub("", parts[-1]).replace(_HARD_SPACE, " ")
    out = ""
    for piece in _BREAK.split(text):
        piece = piece.strip()
        if not piece:
            continue
        latin = out and out[-1].isascii() and out[-1].isalnum() and piece[0].isascii() and piece[0].isalnum()
        out += (" " if latin else "") + piece
    return out
