"""Load and check the rule files in rules/: lexicon, macros, exclusions and metric rules.

Every problem is collected before anything is raised, so one `stats rules check` shows
them all as `path:line: rule 'id': reason` (dateparser/Sigma style). Macros are resolved
by name, never by file order, with undefined names and cycles reported.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import regex

from stats.digest import bytes_digest, files_digest, hashed_bytes
from stats.errors import RuleErrors, RuleFileError

from .lexicon import QUALIFIERS, Lexicon, load_lexicon
from .patterns import nested_repeat
from .prepared import plain_regex_flags, prepared
from .topics import Topic, load_topics
from .yamlfile import LINE, key_line, line_of, load_yaml, strip_lines

if TYPE_CHECKING:
    import pyarrow as pa

DEFAULT_RULES = Path(__file__).resolve().parents[2] / "rules"
ROLES = ("level", "target", "change")
STATUSES = ("stable", "test", "experimental")
SCOPES = ("clause", "sentence", "lead", "after")
EXAMPLE_KEYS = {"text", "expect", "reason", LINE}
FIGURE_KEYS = {"quote", "value", "value_high", "measure", "unit", "qualifier", "role", "metric", "period", LINE}
METRIC_KEYS = {
    "id", "metric", "topic", "label_zh", "label_en", "description", "units", "measures", "unit",
    "cues", "requires", "roles", "priority", "status", "examples", "not", "todo", "falsepositives", "covers_changes",
    "scope", "cue_window_after", "running_total", "done_as", "lends", "cue_not", LINE,
}
EXCLUSION_KEYS = {"id", "description", "pattern", "requires", "sentence_requires", "status", "examples", "not", "todo",
                  "why", LINE}
_MACRO = regex.compile(r"\{([A-Z][A-Z0-9_]*)\}")
_LIST = regex.compile(r"\\L<\w+>")


@dataclass
class Example:
    """A sentence of a rule with the figures it must (or, under `not:`, must not) yield."""

    text: str
    expect: list[dict[str, Any]]
    line: int | None
    reason: str = ""


@dataclass(kw_only=True)
class Rule:
    """What every rule carries: where it is defined and the examples that prove it."""

    id: str
    status: str
    file: str
    line: int | None
    description: str = ""
    examples: list[Example] = field(default_factory=list)
    negatives: list[Example] = field(default_factory=list)
    todo: list[Example] = field(default_factory=list)


@dataclass(kw_only=True)
class MetricRule(Rule):
    """A rule that names a figure's metric from its unit, measure word and cue words."""

    metric: str
    topic: str
    label_zh: str
    label_en: str
    units: tuple[str, ...]
    measures: tuple[str, ...]
    unit: str | None
    cues: tuple[str, ...]
    requires: tuple[str, ...]
    roles: tuple[str, ...]
    priority: int
    covers_changes: bool = False  # a change right after its figure, with no subject of its own, measures it too
    # false for a whole whose parts reports list with no cue of their own (固定资产投资增长8%，其中工业投资增长10%):
    # its figure is named by its own clause only, and lends its metric to no part, list item or pair after it
    lends: bool = True
    # the rule of the total its figures add to (新增床位310张，累计达到1080张: beds added, then all beds), where a
    # clause of nothing but a total word after its figure counts another thing; '' for the rule itself
    running_total: str = ""
    # the rule of what was done of its plans, where it names plans only (计划新增养老床位300张，实际新增326张: beds
    # planned, then beds added): a clause of nothing but what was done counts that; '' where the rule takes levels
    done_as: str = ""
    # where a cue may stand: the figure's clause; anywhere in its sentence; in the clause right before the
    # figure's own (`lead`: 民宿26家，床位320张, the kind counted just before its beds, not one named after them, which
    # may head another count); or only right after the number (设有60个床位: the noun after its count)
    scope: str = "clause"
    cue_window_after: int = 8  # characters after the figure where a cue still names it (layout.yaml)
    # longer words that hold a cue but are none of it (a cue that is two syllables of two words: the cue's characters
    # across a word's end and the next word's start): where one stands, the cue in it names nothing
    cue_not: tuple[str, ...] = ()


@dataclass(kw_only=True)
class ExclusionRule(Rule):
    """A pattern whose matches are no figures (dates, ordinals, document numbers)."""

    why: str
    pattern: regex.Pattern[str]
    requires: str = ""  # characters of which every match holds one: a sentence with none is skipped
    # words of which every sentence the pattern matches in holds one, in the match or in what a lookbehind reads
    # before it: narrower than `requires` where a branch's match holds only a common character (元) and its word
    # (到手价) stands behind it; a sentence with none is not searched (tests/test_speed52.py proves each)
    sentence_requires: tuple[str, ...] = ()


@dataclass
class RuleSet:
    """A rules folder loaded and checked: what an extractor is made from (treat it as read-only)."""

    lexicon: Lexicon
    metrics: list[MetricRule]
    exclusions: list[ExclusionRule]
    files: list[Path]
    root: Path
    topics: dict[str, Topic] = field(default_factory=dict)  # rules/topics.yaml, in precedence order

    # the hash of the rule files' bytes as they were when this rule set was loaded (`load_rules`): a file edited
    # after the load must not give an extractor made from the old rules the new rules' key in a cache
    loaded_digest: str = ""

    def digest(self) -> str:
        """Hash of every rule file: a changed rule re-extracts everything (incremental builds).
        The bytes the rules were loaded from where known, else taken once per process while the files' bytes stay
        the same (`files_digest`)."""
        return self.loaded_digest or files_digest(self.root, self.files)

    def shared(self) -> dict[str, object]:
        """The rule set and its rules by stable names: what an object prepared from them (an
        extractor) refers to, kept out of its cached pickle so that it shares them when loaded
        (`stats.rules.prepared`)."""
        out: dict[str, object] = {"ruleset": self, "lexicon": self.lexicon, "metrics": self.metrics,
                                  "exclusions": self.exclusions, "topics": self.topics}
        out.update((f"metric:{r.id}", r) for r in self.metrics)
        out.update((f"exclusion:{r.id}", r) for r in self.exclusions)
        out.update((f"topic:{name}", t) for name, t in self.topics.items())
        return out

    def catalog_tables(self) -> dict[str, pa.Table]:
        """The `metrics`, `units` and `rules` tables published beside the figures."""
        import pyarrow as pa  # publishing only: extraction and the rule check start without it

        seen: dict[str, MetricRule] = {}
        named: set[str] = set()  # metrics some rule names by a cue word, not by its unit alone
        for r in self.metrics:
            seen.setdefault(r.metric, r)
            if r.cues or r.requires:
                named.add(r.metric)
        def table(columns: dict[str, list[str]]) -> pa.Table:
            # typed string columns: inferring the type of a Python list imports pandas (0.6 s of CPU)
            return pa.Table.from_arrays([pa.array(v, pa.string()) for v in columns.values()], names=list(columns))

        metrics = table({
            "metric": [r.metric for r in seen.values()],
            "topic": [r.topic for r in seen.values()],
            "label_zh": [r.label_zh for r in seen.values()],
            "label_en": [r.label_en for r in seen.values()],
            "unit": [r.unit or ",".join(r.units) for r in seen.values()],
            "description": [r.description for r in seen.values()],
        })
        # a metric no rule names by a cue is a fallback by unit (every count of 个, every growth rate):
        # its figures count different things, so the series view charts none of them
        metrics = metrics.append_column("catch_all", pa.array([int(m not in named) for m in seen], pa.int64()))
        cat = self.lexicon.unit_catalog
        units = table({
            "unit": list(cat),
            "label_zh": [str(v.get("label_zh", "")) for v in cat.values()],
            "label_en": [str(v.get("label_en", "")) for v in cat.values()],
            "description": [str(v.get("description", "")) for v in cat.values()],
        })
        rows = [(r.id, r.file, r.metric, r.status, "metric") for r in self.metrics]
        rows += [(r.id, r.file, "", r.status, "exclusion") for r in self.exclusions]
        rules = table({
            "rule_id": [r[0] for r in rows],
            "file": [r[1] for r in rows],
            "metric": [r[2] for r in rows],
            "status": [r[3] for r in rows],
            "kind": [r[4] for r in rows],
        })
        return {"metrics": metrics, "units": units, "rules": rules}


class _Collector:
    def __init__(self, root: Path) -> None:
        self.errors: list[RuleFileError] = []
        self.root = root

    def add(self, path: Path, line: int | None, rule_id: str | None, reason: str) -> None:
        self.errors.append(RuleFileError(self._rel(path), line, rule_id, reason))

    def _rel(self, path: Path) -> str:
        try:
            return str(path.relative_to(self.root.parent))
        except ValueError:
            return str(path)


def _examples(raw: Any, path: Path, rule_id: str, key: str, col: _Collector) -> list[Example]:
    out: list[Example] = []
    if raw is None:
        return out
    if not isinstance(raw, list):
        col.add(path, None, rule_id, f"'{key}' must be a list")
        return out
    for item in raw:
        if isinstance(item, str):
            out.append(Example(item, [], None))
            continue
        if not isinstance(item, dict) or "text" not in item:
            col.add(path, line_of(item), rule_id, f"each entry of '{key}' needs a 'text'")
            continue
        unknown = set(item) - EXAMPLE_KEYS
        if unknown:
            col.add(path, line_of(item), rule_id, f"unknown key(s) {sorted(unknown)} in an example")
        expect = item.get("expect", [])
        if not isinstance(expect, list):
            col.add(path, line_of(item), rule_id, "'expect' must be a list of figures")
            expect = []
        figures = []
        for fig in expect:
            if not isinstance(fig, dict):
                col.add(path, key_line(item, "expect"), rule_id, f"each expected figure must be a mapping, got {fig!r}")
                continue
            bad = set(fig) - FIGURE_KEYS
            if bad:
                col.add(path, line_of(fig) or line_of(item), rule_id, f"unknown figure field(s) {sorted(bad)}")
            for problem in _figure_problems(fig):
                col.add(path, line_of(fig) or line_of(item), rule_id, problem)
            figures.append(fig)
        out.append(Example(str(item["text"]), strip_lines(figures), line_of(item), str(item.get("reason", ""))))
    return out


def _did_you_mean(word: str, known: set[str], form: str = "'%s'") -> str:
    """' (did you mean 'priority'?)' for a near miss, so a typo is fixed without opening the docs."""
    from difflib import get_close_matches  # only for a rule file with a problem

    close = get_close_matches(word, sorted(known), n=1, cutoff=0.75)
    return f" (did you mean {form % close[0]}?)" if close else ""


def _figure_problems(fig: dict) -> list[str]:
    """Values an expected figure can never match: the example would fail, or crash the comparison."""
    out = []
    for key in ("value", "value_high"):
        v = fig.get(key)
        if v is not None and (isinstance(v, bool) or not isinstance(v, (int, float))):
            out.append(f"'{key}' of an expected figure must be a number, got {v!r}")
    if "qualifier" in fig and fig["qualifier"] not in ("exact", *QUALIFIERS):
        out.append(f"qualifier '{fig['qualifier']}' is not one of {('exact', *QUALIFIERS)}")
    if "role" in fig and fig["role"] not in ROLES:
        out.append(f"role '{fig['role']}' is not one of {ROLES}")
    return out


def _word_list(rule: dict, key: str, path: Path, rid: str, col: _Collector) -> tuple[str, ...]:
    value = rule.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, (str, int)) for v in value):
        col.add(path, key_line(rule, key), rid, f"'{key}' must be a list of words")
        return ()
    return tuple(str(v) for v in value)


def _check_keys(rule: Any, path: Path, col: _Collector, allowed: set[str],
                required: tuple[str, ...]) -> tuple[str | None, int | None] | None:
    """Unknown and missing keys of one rule, all reported; None when the rule is unusable."""
    if not isinstance(rule, dict):
        col.add(path, None, None, "each rule must be a mapping")
        return None
    rid = str(rule.get("id", "")) or None
    line = line_of(rule)
    for key in sorted(set(rule) - allowed, key=str):
        col.add(path, key_line(rule, key), rid, f"unknown key '{key}'" + _did_you_mean(str(key), allowed - {LINE}))
    for key in required:
        if key not in rule:
            col.add(path, line, rid, f"missing required field '{key}'")
    return rid, line


def _metric_rule(rule: Any, path: Path, lex: Lexicon | None, topics: dict[str, Topic] | None,
                 col: _Collector) -> MetricRule | None:
    checked = _check_keys(rule, path, col, METRIC_KEYS, ("id", "metric", "topic", "examples"))
    if checked is None:
        return None
    rid, line = checked
    if not rid or "metric" not in rule:
        return None
    topic = str(rule.get("topic", "other"))
    metric = str(rule["metric"])
    units = _word_list(rule, "units", path, rid, col)
    measures = _word_list(rule, "measures", path, rid, col)
    if lex is not None:  # a broken lexicon is reported on its own; its words cannot be checked
        for key, u in [*(("units", u) for u in units), *([("unit", rule["unit"])] if rule.get("unit") else [])]:
            if u not in lex.unit_catalog:
                col.add(path, key_line(rule, key), rid, f"unknown unit '{u}' (see rules/lexicon/units.yaml)")
        known = {m.measure for m in lex.measures.values()} | {m.measure for m in lex.measure_before.values()}
        known.add(lex.people_measure.measure)
        for m in measures:
            if m not in known:
                col.add(path, key_line(rule, "measures"), rid, f"unknown measure word '{m}'")
    if topics is not None:  # a broken topics.yaml is reported on its own
        if topic not in topics:
            col.add(path, key_line(rule, "topic"), rid, f"topic '{topic}' is not one of {tuple(topics)} "
                    "(rules/topics.yaml)")
        else:
            for problem in topics[topic].rule_problems(metric, units):
                col.add(path, key_line(rule, "units" if "units" in problem else "metric"), rid, problem)
    roles = _word_list(rule, "roles", path, rid, col)
    for r in roles:
        if r not in ROLES:
            col.add(path, key_line(rule, "roles"), rid, f"role '{r}' is not one of {ROLES}")
    status = str(rule.get("status", "stable"))
    if status not in STATUSES:
        col.add(path, key_line(rule, "status"), rid, f"status '{status}' is not one of {STATUSES}")
    priority = rule.get("priority", 0)
    if isinstance(priority, bool) or not isinstance(priority, int):
        col.add(path, key_line(rule, "priority"), rid, f"'priority' must be a whole number, got {priority!r}")
        priority = 0
    covers = rule.get("covers_changes", False)
    if not isinstance(covers, bool):
        col.add(path, key_line(rule, "covers_changes"), rid, f"'covers_changes' must be true or false, got {covers!r}")
        covers = False
    lends = rule.get("lends", True)
    if not isinstance(lends, bool):
        col.add(path, key_line(rule, "lends"), rid, f"'lends' must be true or false, got {lends!r}")
        lends = True
    running = rule.get("running_total", "")
    if not isinstance(running, str):
        col.add(path, key_line(rule, "running_total"), rid, f"'running_total' must be a rule id, got {running!r}")
        running = ""
    done_as = rule.get("done_as", "")
    if not isinstance(done_as, str):
        col.add(path, key_line(rule, "done_as"), rid, f"'done_as' must be a rule id, got {done_as!r}")
        done_as = ""
    scope = str(rule.get("scope", "clause"))
    if scope not in SCOPES:
        col.add(path, key_line(rule, "scope"), rid, f"scope '{scope}' is not one of {SCOPES}")
    # a verb cue may stand past the noun phrase its count heads (1.3万名返乡人员在县内企业上岗): the
    # rule widens the lexicon's window after the figure for its own cues
    window = rule.get("cue_window_after", lex.cue_window_after if lex is not None else 8)
    if isinstance(window, bool) or not isinstance(window, int) or window < 0:
        col.add(path, key_line(rule, "cue_window_after"), rid,
                f"'cue_window_after' must be a whole number of characters, got {window!r}")
        window = lex.cue_window_after if lex is not None else 8
    cue_not = _word_list(rule, "cue_not", path, rid, col)
    cues = _word_list(rule, "cues", path, rid, col)
    for w in cue_not:
        if not any(c in w for c in cues):
            col.add(path, key_line(rule, "cue_not"), rid, f"'cue_not' word {w!r} holds none of the rule's cues")
    examples = _examples(rule.get("examples"), path, rid, "examples", col)
    if "examples" in rule and not examples:
        col.add(path, key_line(rule, "examples"), rid, "a rule needs at least one example")
    negatives = _examples(rule.get("not"), path, rid, "not", col)
    if rule.get("cues") and not negatives:
        col.add(path, key_line(rule, "cues") or line, rid,
                "a rule with cues needs a 'not:' example: a sentence holding a cue word where the rule must not fire")
    return MetricRule(
        id=rid, metric=metric, topic=topic,
        label_zh=str(rule.get("label_zh", "")), label_en=str(rule.get("label_en", "")),
        description=str(rule.get("description", "")).strip(),
        units=units, measures=measures, unit=rule.get("unit"),
        cues=cues, requires=_word_list(rule, "requires", path, rid, col), cue_not=cue_not,
        roles=roles, priority=priority, covers_changes=covers, lends=lends, scope=scope, status=status, file=col._rel(path),
        line=line, cue_window_after=window, running_total=running, done_as=done_as,
        examples=examples, negatives=negatives,
        todo=_examples(rule.get("todo"), path, rid, "todo", col),
    )


def expand_macros(pattern: str, macros: dict[str, str], trail: tuple[str, ...] = ()) -> str:
    """Replace {NAME} by its definition, recursively; KeyError/ValueError name the culprit."""
    def sub(m: regex.Match[str]) -> str:
        name = m.group(1)
        if name in trail:
            raise ValueError(f"macro cycle: {' -> '.join((*trail, name))}")
        if name not in macros:
            raise KeyError(name)
        return expand_macros(macros[name], macros, (*trail, name))
    return _MACRO.sub(sub, pattern)


def _exclusion_rule(rule: Any, path: Path, macros: dict[str, str] | None, lists: dict[str, list[str]] | None,
                    col: _Collector) -> ExclusionRule | None:
    """An exclusion rule; with macros=None (macros.yaml is broken) a pattern that uses one is skipped,
    and with lists=None (the lexicon is broken) one that uses a lexicon list (\\L<name>)."""
    checked = _check_keys(rule, path, col, EXCLUSION_KEYS, ("id", "pattern", "examples"))
    if checked is None:
        return None
    rid, line = checked
    if not rid or "pattern" not in rule:
        return None
    at = key_line(rule, "pattern")
    status = str(rule.get("status", "stable"))
    if status not in STATUSES:
        col.add(path, key_line(rule, "status"), rid, f"status '{status}' is not one of {STATUSES}")
    if macros is None and _MACRO.search(str(rule["pattern"])):
        return None
    source = str(rule["pattern"])
    try:
        source = expand_macros(source, macros or {})
        if lists is None and _LIST.search(source):
            return None
        pattern = regex.compile(source, ignore_unused=True, **(lists or {}))
    except KeyError as exc:
        name = str(exc.args[0])
        hint = _did_you_mean(name, set(macros or {}), "{%s}") or f" (defined: {', '.join(sorted(macros or {}))})"
        col.add(path, at, rid, f"undefined macro {{{name}}}{hint}")
        return None
    except ValueError as exc:
        col.add(path, at, rid, str(exc))
        return None
    except regex.error as exc:
        known = f" (lexicon lists: {', '.join(sorted(lists or {}))})" if "named list" in str(exc) else ""
        col.add(path, at, rid, f"invalid regular expression: {exc} in '{source}'{known}")
        return None
    nested = nested_repeat(source)
    if nested:
        col.add(path, at, rid, f"nested unbounded repeat '{nested}' can backtrack catastrophically "
                               "(bound the inner or the outer repeat, or make the alternatives exclusive)")
        return None
    examples = _examples(rule.get("examples"), path, rid, "examples", col)
    return ExclusionRule(
        id=rid, description=str(rule.get("description", "")).strip(), why=str(rule.get("why", "other")),
        requires=str(rule.get("requires", "")), sentence_requires=_word_list(rule, "sentence_requires", path, rid, col),
        pattern=pattern, status=status, file=col._rel(path), line=line,
        examples=examples, negatives=_examples(rule.get("not"), path, rid, "not", col),
        todo=_examples(rule.get("todo"), path, rid, "todo", col),
    )


def _rules_of(path: Path, col: _Collector) -> list[Any]:
    try:
        data = load_yaml(path)
    except RuleFileError as exc:
        col.add(path, exc.line, None, exc.reason)
        return []
    if not isinstance(data, dict) or not isinstance(data.get("rules"), list):
        col.add(path, line_of(data), None, "a rule file holds a top-level 'rules:' list")
        return []
    return data["rules"]


# Rule sets loaded in this process, by folder, with the fingerprint of the files they came
# from: the CLI's check, the runner and (forked) workers share one load instead of three.
_LOADED: dict[Path, tuple[str, RuleSet]] = {}


def _fingerprint(root: Path) -> str:
    """Hash of every YAML file under root (names and bytes): a superset of the files a rule set
    reads, so any edit, added or removed file loads the rules again. Where the rule set reads
    every YAML file, the same hash as its `digest`, and taken once (`files_digest`)."""
    return files_digest(root, list(root.rglob("*.yaml")))


def load_rules(rules_dir: Path | None = None) -> RuleSet:
    """The whole rule set, or RuleErrors listing every problem found.

    Loaded once per process and folder while its files are unchanged (the same object is
    returned: treat it as read-only), and across processes from the prepared-data cache
    (`stats.rules.prepared`): a start with unchanged rule files and code parses no YAML.
    A rule set with problems is never cached, so its errors are reported at every start."""
    root = Path(rules_dir) if rules_dir else DEFAULT_RULES
    if not root.is_dir():
        return _load_rules(root)  # raises: no such folder
    key, where = _fingerprint(root), root.resolve()
    hit = _LOADED.get(where)
    if hit is not None and hit[0] == key:
        return hit[1]
    taken = hashed_bytes(root, list(root.rglob("*.yaml")))  # the bytes `key` is the hash of
    # the folder is part of the key: a rule set holds the paths of its files
    ruleset = prepared("rules", (str(where).encode(), key.encode()), lambda: _load_rules(root))
    if taken and all(p in taken for p in ruleset.files):
        ruleset.loaded_digest = bytes_digest(root, {p: taken[p] for p in ruleset.files})
    _LOADED[where] = (key, ruleset)
    return ruleset


def _load_rules(root: Path) -> RuleSet:
    plain_regex_flags()  # (the rule set's patterns, and the grammar's after them, compiled from their text)
    col = _Collector(root)
    if not root.is_dir():
        raise RuleErrors([RuleFileError(str(root), None, None, "rules folder not found (use --rules DIR)")])
    lex = _lexicon(root / "lexicon", col)
    files = list(lex.files) if lex else []
    topics = _topics(root / "topics.yaml", col)
    files.append(root / "topics.yaml")
    macros: dict[str, str] | None = {}
    macro_file = root / "macros.yaml"
    if macro_file.exists():
        files.append(macro_file)
        macros = _macros(macro_file, col)
    exclusions: list[ExclusionRule] = []
    metrics: list[MetricRule] = []
    ids: dict[str, str] = {}
    excl_file = root / "exclusions.yaml"
    rule_files = ([excl_file] if excl_file.exists() else []) + sorted((root / "metrics").glob("*.yaml"))
    for path in rule_files:
        files.append(path)
        for raw in _rules_of(path, col):
            rule = (_exclusion_rule(raw, path, macros, lex.named_lists() if lex else None, col) if path == excl_file
                    else _metric_rule(raw, path, lex, topics, col))
            if rule is None:
                continue
            if rule.id in ids:
                col.add(path, rule.line, rule.id, f"duplicate id (first defined in {ids[rule.id]})")
                continue
            ids[rule.id] = f"{col._rel(path)}:{rule.line}"
            (exclusions if isinstance(rule, ExclusionRule) else metrics).append(rule)
    if col.errors or lex is None or topics is None:
        raise RuleErrors(col.errors)
    return RuleSet(lex, metrics, exclusions, files, root, topics)


def _topics(path: Path, col: _Collector) -> dict[str, Topic] | None:
    """The topics, or None with their problems collected."""
    if not path.exists():
        col.add(path, None, None, "topics file not found (every rules folder holds a topics.yaml)")
        return None
    try:
        return load_topics(path)
    except (RuleFileError, RuleErrors) as exc:
        _collect(exc, col)
    return None


def _collect(exc: RuleFileError | RuleErrors, col: _Collector) -> None:
    """One problem or many, each at its own file and line."""
    for e in exc.errors if isinstance(exc, RuleErrors) else [exc]:
        col.add(Path(e.path), e.line, None, e.reason)


def _lexicon(lexicon_dir: Path, col: _Collector) -> Lexicon | None:
    """The lexicon, or None with its problems collected, so the rule files are still checked."""
    try:
        return load_lexicon(lexicon_dir)
    except (RuleFileError, RuleErrors) as exc:
        _collect(exc, col)
    except (TypeError, ValueError, AttributeError, KeyError) as exc:  # a value of the wrong shape
        col.add(lexicon_dir, None, None, f"malformed lexicon entry: {type(exc).__name__}: {exc}")
    return None


def _macros(path: Path, col: _Collector) -> dict[str, str] | None:
    """{NAME: definition}, or None when macros.yaml is broken (reported once, not at every use)."""
    try:
        data = load_yaml(path)
    except RuleFileError as exc:
        col.add(path, exc.line, None, exc.reason)
        return None
    table = data.get("macros") if isinstance(data, dict) else None
    if not isinstance(table, dict) or not all(isinstance(v, str) for k, v in table.items() if k != LINE):
        col.add(path, line_of(data), None, "macros.yaml holds a top-level 'macros:' mapping of NAME: pattern")
        return None
    return {str(k): v for k, v in strip_lines(table).items()}
