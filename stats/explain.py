"""`stats explain`: the quantities found in a sentence, the rules tried, the winner and why."""

from __future__ import annotations

import dataclasses

from stats.read.manifest import DocMeta
from stats.read.sources import source_from_text
from stats.run.pipeline import Candidate, Extractor
from stats.split.segment import Sentence
from stats.tables.rows import RowSink


def _shown(value: float) -> str:
    """A value as the tables hold it, every digit: `:g` kept six significant digits, so 一千二百万零五元 (12000005)
    showed as 1.2e+07, a value the extractor never wrote."""
    return str(int(value)) if value.is_integer() and abs(value) < 1e16 else repr(value)


def explain(ex: Extractor, text: str, meta: DocMeta | None = None) -> str:
    """meta: the document's date and default place, as a manifest line would give them."""
    lines: list[str] = []
    trace: list[tuple[Sentence, list[Candidate]]] = []
    sink = RowSink(batch_rows=None)
    notes: list[str] = []
    ex.extract_into(dataclasses.replace(source_from_text(text), meta=meta), sink, trace, notes)
    lines += [f"layout: {note}" for note in notes]
    lines += [f"note: {e['message']}" for e in sink.rows["errors"]]
    for sent, cands in trace:
        lines.append(f"sentence {sent.sentence_id}: {sent.text}")
        if not cands:
            lines.append("  no quantity found")
        for number, why in ex.dropped(sent.text, cands):
            lines.append(f"  dropped «{number}»: {why}")
        for c in cands:
            q = c.q
            high = f"-{_shown(q.value_high)}" if q.value_high is not None else ""
            lines.append(f"  «{q.quote}» [{q.start}:{q.end}] value={_shown(q.value)}{high} measure={q.measure or '-'} "
                         f"unit={q.unit or '-'} ({q.how or 'no measure'})")
            if c.excluded_by:
                lines.append(f"    excluded by {c.excluded_by}")
                continue
            cue = f" (cue '{c.role_cue}')" if c.role_cue else ""
            lines.append(f"    qualifier={c.qualifier} role={c.role}{cue}")
            level = f" ({c.place_level} {c.place_code})" if c.place else ""
            lines.append(f"    place={c.place or '-'}{level}: {c.place_why}")
            lines.append(f"    period={c.period or '-'}: {c.period_why}")
            for v in sorted(c.verdicts, key=lambda v: (not v.fits, [-x for x in v.score])):
                mark = "WIN " if v.rule.id == c.chosen else ("fits" if v.fits else "  - ")
                if v.fits or v.rule.id == c.chosen or not v.reason.startswith(("unit", "measure")):
                    lines.append(f"    {mark} {v.rule.id:34} {v.reason}")
            if c.rule_id:
                lines.append(f"    subject «{c.subject or '-'}»: {c.subject_why or 'none chosen'}"
                             + (f", metric {c.metric}" if c.follows else ""))
            if not c.rule_id:
                lines.append("    no rule names it: not published")
    return "\n".join(lines)
