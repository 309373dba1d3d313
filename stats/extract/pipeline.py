"""One document through the pipeline: read → repair layout → segment → quantities → rules.

`Extractor` compiles the rule set once; `extract_source` turns one text into rows for
every table; `stats.run.runner` runs a corpus and keeps going past a bad file, recording
it in the `errors` table.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

import pyarrow as pa

from stats.rules.rulefile import ExclusionRule, RuleSet

from .classify import Classifier, Context
from .layout import Paragraph, repair_stream
from .metrics import RuleIndex, Verdict, choose
from .quantities import Quantity, QuantityFinder
from .read import Source, source_from_text
from .rows import RowSink
from .segment import Sentence, iter_sentences, segment


@dataclass
class Candidate:
    """A quantity with everything decided about it; `explain` prints these."""

    q: Quantity
    sentence_start: int
    excluded_by: str = ""
    qualifier: str = "exact"
    role: str = "level"
    role_cue: str = ""
    changed: bool = False  # a change verb governs it, whatever its role (增长6%以上 as a target)
    period: str = ""
    rule_id: str = ""
    metric: str = ""
    topic: str = ""
    unit: str = ""
    verdicts: list[Verdict] = field(default_factory=list)
    follows: str = ""  # the figure whose metric this change took (`_follow_subjects`)


@dataclass
class DocResult:
    figures: list[dict[str, Any]]
    articles: list[dict[str, Any]]
    sentences: list[dict[str, Any]]
    document: dict[str, Any]
    errors: list[dict[str, str]] = field(default_factory=list)  # `errors` rows, path filled in by the caller


@dataclass
class Tables:
    figures: pa.Table
    articles: pa.Table
    sentences: pa.Table
    documents: pa.Table
    errors: pa.Table

    def as_dict(self) -> dict[str, pa.Table]:
        return {"figures": self.figures, "articles": self.articles, "sentences": self.sentences,
                "documents": self.documents, "errors": self.errors}


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


class Extractor:
    def __init__(self, rules: RuleSet, timeout: float = 1.0, all_verdicts: bool = True) -> None:
        """all_verdicts=False judges only the rules a quantity's unit and measure admit (bulk runs):
        the same figures, but `explain` wants every verdict."""
        self.rules = rules
        self.timeout = timeout  # seconds one exclusion pattern may spend on one sentence
        index = RuleIndex(rules.metrics)
        self._choose = (lambda q, roles, ctx: choose(rules.metrics, q, roles, ctx)) if all_verdicts else index.choose
        self.finder = QuantityFinder(rules.lexicon)
        self.classifier = Classifier(rules.lexicon)
        self.exclusions = [r for r in rules.exclusions if r.status != "experimental"]
        self._rules_by_id = {r.id: r for r in rules.metrics}
        self._exclusion_checks = [(r, frozenset(r.requires) if r.requires else None) for r in self.exclusions]

    def excluded_spans(self, text: str, timed_out: list[str] | None = None) -> list[tuple[int, int, ExclusionRule]]:
        """Spans the exclusion rules claim. A pattern that backtracks past the timeout is
        skipped for this sentence only (its id appended to `timed_out`), so one bad rule
        cannot hang a run."""
        spans = []
        chars = set(text)
        for rule, needs in self._exclusion_checks:
            if needs is not None and needs.isdisjoint(chars):
                continue  # cheap pre-check: none of the characters every match holds
            try:
                matches = list(rule.pattern.finditer(text, timeout=self.timeout))
            except TimeoutError:
                if timed_out is not None:
                    timed_out.append(rule.id)
                continue
            for m in matches:
                g = "x" if "x" in rule.pattern.groupindex and m.group("x") is not None else 0
                spans.append((m.start(g), m.end(g), rule))
        return spans

    def candidates(self, text: str, sentence_start: int = 0, timed_out: list[str] | None = None,
                   listed: str = "") -> list[Candidate]:
        """Every quantity of one sentence, decided; excluded ones are kept, marked.

        listed: the cue of a target list an earlier sentence opened (`ListScope`)."""
        if not self.finder.pattern.search(text):
            return []
        excluded = self.excluded_spans(text, timed_out)

        def excluded_by(q: Quantity) -> ExclusionRule | None:
            return next((r for s, e, r in excluded if _overlaps((s, e), (q.num_start, q.num_end))), None)

        quantities = self.finder.find(text, blocked=lambda q: excluded_by(q) is not None)
        out, contexts = [], []
        for q in quantities:
            c = Candidate(q, sentence_start)
            out.append(c)
            hit = excluded_by(q)
            if hit is not None:
                c.excluded_by = hit.id
                continue
            ctx = self.classifier.context(text, q)
            contexts.append((c, ctx))
            c.qualifier = self.classifier.qualifier(text, q, ctx, quantities)
            c.role, c.role_cue = self.classifier.role(text, q, ctx, listed)
            c.changed = c.role == "change" or bool(self.classifier.change_verb(text, q))
            c.period = self.classifier.period(text, q)
        self._share_list_roles(text, out)
        for c, ctx in contexts:
            roles = {c.role, "change"} if c.changed else {c.role}
            rule, c.verdicts = self._choose(c.q, roles, ctx)
            if rule is not None:
                c.rule_id, c.metric, c.topic, c.unit = rule.id, rule.metric, rule.topic, rule.unit or c.q.unit
        self._follow_subjects(text, [(c, ctx) for c, ctx in contexts if c.rule_id])
        return out

    def _follow_subjects(self, text: str, named: list[tuple[Candidate, Context]]) -> None:
        """城镇调查失业率5.2%，比上年下降0.3个百分点: a change whose clause names no subject
        (only its verb and comparison words, and only a fallback rule took it) measures the
        figure just before it, where that figure's rule says so (`covers_changes`)."""
        for (prev, _), (cur, ctx) in zip(named, named[1:], strict=False):
            rule, before = self._rules_by_id[cur.rule_id], self._rules_by_id[prev.rule_id]
            if (cur.changed and not rule.cues and before.covers_changes
                    and self.classifier.bare_change(text, cur.q, ctx, prev.q.end)):
                cur.rule_id, cur.metric, cur.topic = before.id, before.metric, before.topic
                cur.follows = prev.q.quote

    def _share_list_roles(self, text: str, cands: list[Candidate]) -> None:
        """分别提高2.1个、0.7个百分点: a verb written once governs the whole list after it."""
        live = [c for c in cands if not c.excluded_by]
        for prev, cur in zip(live, live[1:], strict=False):
            if prev.role == "change" and cur.role == "level" and self.finder.linked(text, prev.q.end, cur.q.start):
                cur.role, cur.role_cue, cur.changed = "change", prev.role_cue, True

    def extract_source(self, src: Source) -> DocResult:
        """Rows as dicts: for one text (examples, `explain`, tests)."""
        sink = RowSink(batch_rows=None)
        self.extract_into(src, sink)
        errors = [{k: v for k, v in e.items() if k != "path"} for e in sink.rows["errors"]]  # the caller's path
        return DocResult(sink.rows["figures"], sink.rows["articles"], sink.rows["sentences"],
                         sink.rows["documents"][0], errors)

    def extract_tables(self, src: Source, spill: Callable[[str, pa.Table], None] | None = None) -> dict[str, pa.Table]:
        """Rows as Arrow tables, built in batches (or handed to `spill` batch by batch): for corpora."""
        sink = RowSink(spill=spill)
        self.extract_into(src, sink)
        return sink.tables()

    def extract_into(self, src: Source, sink: RowSink,
                     trace: list[tuple[Sentence, list[Candidate]]] | None = None,
                     layout_notes: list[str] | None = None) -> None:
        """Every row of one document into sink, an article at a time: the text streams through
        layout repair and segmentation, so a page of any size holds one article's text.
        `trace` collects every sentence with its decided candidates, `layout_notes` what the
        layout repair would not join and why (`explain`)."""
        lex = self.rules.lexicon
        chars = 0

        def counted(pieces: Iterable[str]) -> Iterator[str]:
            nonlocal chars
            for piece in pieces:
                chars += len(piece)
                yield piece

        for warning in src.warnings:
            sink.add("errors", {"path": src.path, "stage": "read", "message": warning})
        n_articles = 0
        paragraphs = repair_stream(counted(src.pieces()), lex.article_start, lex.sentence_end,
                                   closing=lex.closing, complete=lex.line_complete, notes=layout_notes)
        opens_at = src.layout.article_starts if src.layout is not None else frozenset()
        titles_at = src.layout.title_starts if src.layout is not None else frozenset()
        for art in segment(src.doc_id, paragraphs, lex, opens_at=opens_at, titles_at=titles_at):
            n_articles += 1
            n_art = 0
            scope = ListScope(self.classifier)
            for sent in iter_sentences(art, lex):
                sink.add("sentences", {"sentence_id": sent.sentence_id, "article_id": art.article_id,
                                       "doc_id": src.doc_id, "text": sent.text, "start": sent.start, "end": sent.end})
                timed_out: list[str] = []
                listed = scope.cue(sent)
                cands = self.candidates(sent.text, sent.start, timed_out, listed)
                scope.update(sent, cands, listed)
                if trace is not None:
                    trace.append((sent, cands))
                for rid in timed_out:
                    sink.add("errors", {"path": src.path,
                                        **_timeout_error(rid, self.timeout, sent.sentence_id, sent.text)})
                for c in cands:
                    if c.excluded_by or not c.rule_id:
                        continue
                    start, end = sent.start + c.q.start, sent.start + c.q.end
                    s0, s1 = sent.paragraph.src_span(start, end)
                    box = src.layout.span(s0, s1) if src.layout is not None else None
                    sink.add("figures", {
                        "figure_id": f"{src.doc_id}:{start}-{end}", "doc_id": src.doc_id,
                        "article_id": art.article_id, "sentence_id": sent.sentence_id,
                        "metric": c.metric, "topic": c.topic, "value": c.q.value, "value_high": c.q.value_high,
                        "unit": c.unit, "measure": c.q.measure, "qualifier": c.qualifier, "role": c.role,
                        "period": c.period or None, "quote": c.q.quote, "sentence": sent.text,
                        "start": start, "end": end, "src_start": s0, "src_end": s1, "rule_id": c.rule_id,
                        **_box_columns(box),
                    })
                    n_art += 1
            a0, a1 = art.src_span()
            sink.add("articles", {
                "article_id": art.article_id, "doc_id": src.doc_id, "seq": art.seq,
                "title": " / ".join(art.titles), "byline": art.byline, "dateline": art.dateline,
                "text": art.text, "start": art.start, "end": art.end, "src_start": a0, "src_end": a1,
                "n_figures": n_art,
            })
        sink.add("documents", {
            "doc_id": src.doc_id, "path": src.path, "encoding": src.encoding, "sha256": src.sha256,
            "bytes": src.size, "chars": chars, "n_articles": n_articles,
            "n_figures": sink.counts["figures"]})

    def extract_text(self, text: str, doc_id: str = "text") -> DocResult:
        return self.extract_source(source_from_text(text, doc_id))


class ListScope:
    """A target list running on past the sentence that opens it (今年主要预期目标是：…。…。).

    The list covers the next sentences of the paragraph up to the first one without a
    figure or one that speaks of the past (target.list_end); a cue sentence that ends
    its paragraph (主要预期目标：) hands the list to the next paragraph. One scope per
    article: a list never crosses into another.
    """

    def __init__(self, classifier: Classifier) -> None:
        self.classifier = classifier
        self.listed = ""  # the cue of the open list
        self.paragraph: Paragraph | None = None  # where the list runs
        self.pending: Paragraph | None = None  # the list starts in the paragraph after this one

    def cue(self, sent: Sentence) -> str:
        """The list cue in force for this sentence (once per sentence: it may close the list)."""
        if self.pending is not None and sent.paragraph is not self.pending:
            self.paragraph, self.pending = sent.paragraph, None
        if not self.listed or sent.paragraph is not self.paragraph:
            return ""
        if self.classifier.ends_list(sent.text):  # 去年，…: the list is over
            self.listed = ""
        return self.listed

    def update(self, sent: Sentence, cands: list[Candidate], listed: str) -> None:
        """After the sentence: `listed` is what `cue` gave it; it may end the list or open one."""
        if listed and not any(c.rule_id for c in cands):
            self.listed = ""  # a sentence without a figure ends the list
        opened = self.classifier.opens_list(sent.text)
        if opened:
            self.listed = opened
            ends_paragraph = sent.end == sent.paragraph.end
            self.paragraph = None if ends_paragraph else sent.paragraph
            self.pending = sent.paragraph if ends_paragraph else None


def _box_columns(box: tuple[int, float, float, float, float] | None) -> dict[str, Any]:
    """src_page and the quote's box on it (a PDF source); all null for text."""
    names = ("src_page", "src_x0", "src_y0", "src_x1", "src_y1")
    return dict(zip(names, box if box is not None else (None,) * 5, strict=True))


def _timeout_error(rule_id: str, timeout: float, sentence_id: str, sentence: str) -> dict[str, str]:
    shown = sentence if len(sentence) <= 80 else sentence[:80] + "…"
    return {"stage": "rules", "message": (
        f"rule '{rule_id}' timed out after {timeout:g} s on sentence {sentence_id} «{shown}»; the rule was skipped "
        "in that sentence, the rest was extracted (simplify the pattern: nested or overlapping repeats such as "
        "(a|aa)+ backtrack without end)")}

