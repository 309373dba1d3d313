"""YAML loading that remembers line numbers, so rule errors can say `file:line`."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from stats.errors import RuleFileError

LINE = "__line__"


class LineMap(dict):
    """A mapping that remembers the line of each of its keys, so an error points at the key."""

    key_lines: dict[Any, int]


class LineList(list):
    """A sequence that remembers the line of each item, so a bad pattern in a list of strings is located."""

    item_lines: list[int]


@lru_cache(maxsize=1)
def _loaders() -> tuple[type, type]:
    """(libyaml's loader where the wheel has it, the pure-Python one), both keeping line numbers.

    Made on first use, so a start that finds its rules in the prepared-data cache never
    imports yaml. Both build the same nodes with the same marks: the pure-Python parser
    spent about 1 s of every start on the rule files, so it only parses again a file with a
    syntax error, for the messages the docs show."""
    import yaml

    def construct_mapping(loader: yaml.SafeLoader, node: yaml.MappingNode) -> dict[str, Any]:
        mapping = LineMap(loader.construct_mapping(node, deep=True))
        mapping.key_lines = {}
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = loader.construct_object(key_node)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"duplicate key {key!r}", key_node.start_mark
                )
            seen.add(key)
            if isinstance(key, str):
                mapping.key_lines[key] = key_node.start_mark.line + 1
        mapping[LINE] = node.start_mark.line + 1
        return mapping

    def construct_sequence(loader: yaml.SafeLoader, node: yaml.SequenceNode) -> list[Any]:
        items = LineList(loader.construct_sequence(node, deep=True))
        items.item_lines = [child.start_mark.line + 1 for child in node.value]
        return items

    class LineLoader(yaml.SafeLoader):
        """SafeLoader whose mappings carry the line they start on under the key `__line__`."""

    class FastLineLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
        """The same on libyaml's parser."""

    for loader in (LineLoader, FastLineLoader):
        loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, construct_mapping)
        loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, construct_sequence)
    return FastLineLoader, LineLoader


def load_yaml(path: Path) -> Any:
    """Parse one YAML file; a syntax error becomes a RuleFileError with its line."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleFileError(str(path), None, None, f"cannot read rule file: {exc}") from exc
    import yaml

    fast, plain = _loaders()
    try:
        return yaml.load(text, Loader=fast)  # noqa: S506 - SafeLoader subclass
    except yaml.YAMLError:
        pass  # reported below, in the words of the pure-Python parser
    try:
        return yaml.load(text, Loader=plain)  # noqa: S506 - SafeLoader subclass
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        reason = f"YAML syntax: {exc.problem or exc}"
        if exc.context and exc.context_mark and exc.context_mark.line + 1 != line:
            reason += f" ({exc.context} that starts on line {exc.context_mark.line + 1})"
        raise RuleFileError(str(path), line, None, reason) from exc
    except yaml.YAMLError as exc:
        raise RuleFileError(str(path), None, None, f"YAML syntax: {exc}") from exc


def line_of(obj: Any) -> int | None:
    return obj.get(LINE) if isinstance(obj, dict) else None


def key_line(obj: Any, key: str) -> int | None:
    """The line of `key` in a loaded mapping, else the line the mapping starts on."""
    lines = getattr(obj, "key_lines", None)
    return (lines or {}).get(key) or line_of(obj)


def item_line(obj: Any, index: int) -> int | None:
    """The line of item `index` of a loaded sequence, if known."""
    lines = getattr(obj, "item_lines", None)
    return lines[index] if lines and 0 <= index < len(lines) else None


def line_at(data: Any, path: Sequence[Any]) -> int | None:
    """The line of the value at `path` (keys and indexes) in loaded data: the nearest one known."""
    line = line_of(data)
    node = data
    for step in path:
        if isinstance(node, dict) and step in node:
            line = key_line(node, step) or line
            node = node[step]
        elif isinstance(node, list) and isinstance(step, int) and 0 <= step < len(node):
            line = line_of(node[step]) or item_line(node, step) or line
            node = node[step]
        else:
            break
    return line


def strip_lines(obj: Any) -> Any:
    """The same data without the `__line__` bookkeeping, for values handed to the engine."""
    if isinstance(obj, dict):
        return {k: strip_lines(v) for k, v in obj.items() if k != LINE}
    if isinstance(obj, list):
        return [strip_lines(v) for v in obj]
    return obj
