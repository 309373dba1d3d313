"""A filled-in form saved as text (a 自评表, a 统计报表, a 申报表 from a Word template): each value typed on the
form's underline, the underline's runs of underscores kept on either side of it (实际完成____1638____人,
完成率____109.2____%).

Left in, a run of underscores parts a number from its unit, and the Markdown reading after this one
(`markdown_plain`) takes two underscores as the marks of bold text: it pairs the runs across the fields and drops
them where they fall, so that one field's value keeps its unit while the next loses it (109.2__% reads as no
percentage). An underline is three underscores or more (a Markdown mark is two); a number with an underline on
each side of it (spaces between allowed) is a value typed on its field, and is read as if typed bare, its
underlines out. An underline with no number on it (an empty field, ____人; a template's blank year, 20____年, whose
20 is no value; a rule over a page's footnotes) stays as it is, and a single underscore between digits (1_000, a
programmer's digit group) is no underline.
"""

from __future__ import annotations

from stats.rules.prepared import compiled_re

_FIELD = compiled_re(r"_{3,}[ \u3000]*([0-9][0-9.,]*)[ \u3000]*_{3,}")


def underlines_out(buf: str) -> str:
    """buf with each value typed on a form's field (see above) read bare, its underlines out; text holding no run of
    three underscores is returned as it is, found so by a containment test in C."""
    if "___" not in buf:
        return buf
    return _FIELD.sub(r"\1", buf)
