"""Prepared data cached across processes by digest: what a start would otherwise rebuild every time.

Loading the rule files (YAML parse, validation, macro expansion) and compiling what they
feed (the quantity grammar, the gazetteer's patterns) took most of a second of CPU at
every start, for the same inputs each time. `prepared(kind, parts, build)` returns
`build()` the first time and a pickle of it afterwards, as long as every input in
`parts` (file bytes, digests, settings) and the stats code are unchanged. A compiled
`regex` pattern pickles as the compiled form its C engine takes (`_regex.compile`'s
arguments), so loading one skips the pattern parser, which is where compiling spends
its time.

Objects the caller already holds and that the prepared object refers to (the rule set
an extractor was made from) are passed as `shared`: they are written as references,
not copies, and the live objects are put back on loading, so a prepared extractor and
the rule set loaded beside it are one rule set in memory.

The pickles live in the user's cache folder (`stats.digest.cache_root`, beside the
stamps of checks passed), written by this user's own runs and read only if they are this
user's files that nobody else can write. Anything that goes wrong
with one (unreadable, truncated, from another library version) only costs a rebuild;
a build that cannot be pickled is used as it is and reported once per kind on stderr
as `stats: note: …`, since every later start then pays the full cost again.
"""

from __future__ import annotations

import hashlib
import io
import os
import pickle
import re
import sys
import tempfile
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, TypeVar

from stats.digest import cache_root, engine_digest

T = TypeVar("T")
KEEP = 6  # prepared entries kept per kind (rule sets being edited, other checkouts): older ones are removed
_FOLDER = "prepared"
_warned: set[str] = set()


def _versions() -> bytes:
    """Libraries whose objects end up in the pickles: another version may not read them the same way."""
    import regex

    return f"{sys.version_info[:3]}|regex {regex.__version__}|pickle {pickle.HIGHEST_PROTOCOL}".encode()


def entry_path(kind: str, *parts: bytes) -> Path:
    """Where the prepared object of `kind` for these inputs lives (it may not exist)."""
    h = hashlib.sha256(_versions())
    for part in parts:
        h.update(hashlib.sha256(part).digest())
    return cache_root() / _FOLDER / f"{kind}-{h.hexdigest()[:32]}-{engine_digest()}.pickle"


class _Pickler(pickle.Pickler):
    def __init__(self, file: Any, shared: Mapping[str, object]) -> None:
        super().__init__(file, protocol=pickle.HIGHEST_PROTOCOL)
        self._ids = {id(obj): name for name, obj in shared.items()}

    def persistent_id(self, obj: object) -> str | None:
        return self._ids.get(id(obj))

    def reducer_override(self, obj: Any) -> Any:
        """A standard `re` pattern as its compiled code, as `regex` pickles its own: the standard
        library pickles only the pattern's text, which is parsed and compiled again on loading (a
        class of many Han characters, as the gazetteer's or a line gate's, costs about half a
        millisecond: tens of them at every start). The pickle is read only by this Python
        (`_versions`), and a code the engine refuses is compiled from the text instead."""
        if type(obj) is not re.Pattern or not isinstance(obj.pattern, str):
            return NotImplemented
        try:
            from re import _compiler, _parser  # type: ignore[attr-defined]

            parsed = _parser.parse(obj.pattern, obj.flags)
            code = [int(c) for c in _compiler._code(parsed, obj.flags)]  # (named constants as plain numbers)
            groupindex = dict(parsed.state.groupdict)
            indexgroup = [None] * parsed.state.groups
            for name, i in groupindex.items():
                indexgroup[i] = name
        except Exception:  # noqa: BLE001 - another Python's internals: pickled as the library does
            return NotImplemented
        return _compiled_re, (obj.pattern, obj.flags | parsed.state.flags, code, parsed.state.groups - 1,
                              groupindex, tuple(indexgroup))


def _compiled_re(pattern: str, flags: int, code: list[int], groups: int, groupindex: dict[str, int],
                 indexgroup: tuple[str | None, ...]) -> re.Pattern[str]:
    """A standard `re` pattern from its compiled code (`_Pickler.reducer_override`); from its text where
    the engine refuses the code."""
    try:
        import _sre

        return _sre.compile(pattern, flags, code, groups, groupindex, indexgroup)
    except Exception:  # noqa: BLE001 - a code this engine does not take: compiled again
        return re.compile(pattern, flags)


class _Unpickler(pickle.Unpickler):
    def __init__(self, file: Any, shared: Mapping[str, object]) -> None:
        super().__init__(file)
        self._shared = shared

    def persistent_load(self, pid: Any) -> object:
        try:
            return self._shared[pid]
        except KeyError:
            raise pickle.UnpicklingError(f"no shared object {pid!r}") from None


def load(path: Path, shared: Mapping[str, object] | None = None) -> Any:
    """The object pickled at path; raises on any fault (the caller rebuilds).

    Unpickling runs code named in the file, so only a file this user owns and nobody else may
    write is read: a cache folder others can write to (a shared $STATS_CACHE_DIR) is no way in."""
    with open(path, "rb") as fh:
        st = os.fstat(fh.fileno())
        if hasattr(os, "getuid") and (st.st_uid != os.getuid() or st.st_mode & 0o022):
            raise PermissionError(f"{path}: not this user's own file")
        return _Unpickler(fh, shared or {}).load()


def store(path: Path, obj: object, shared: Mapping[str, object] | None = None) -> bool:
    """Pickle obj at path atomically and drop the oldest entries of its kind; False when obj cannot
    be pickled (the reason goes to stderr once per kind). A cache that cannot be written is no fault."""
    kind = path.name.split("-", 1)[0]
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp", dir=path.parent)
    except OSError:
        return True
    try:
        buf = io.BytesIO()
        _Pickler(buf, shared or {}).dump(obj)
        with os.fdopen(fd, "wb") as fh:
            fh.write(share_equal_strings(buf.getvalue()))
        os.replace(tmp, path)
    except OSError:
        Path(tmp).unlink(missing_ok=True)
        return True
    except (pickle.PicklingError, TypeError, AttributeError, RecursionError) as exc:
        Path(tmp).unlink(missing_ok=True)
        if kind not in _warned:
            _warned.add(kind)
            print(f"stats: note: the prepared {kind} cannot be cached, so every start builds it again "
                  f"({type(exc).__name__}: {exc})", file=sys.stderr)
        return False
    _prune(path.parent, kind)
    return True


_STRING_OPS = frozenset({"SHORT_BINUNICODE", "BINUNICODE", "BINUNICODE8"})


def share_equal_strings(data: bytes) -> bytes:
    """The pickle `data` with every string equal to one written before it read as that one (a memo get),
    and the memo entries nothing gets dropped, as `pickletools.optimize` drops them; `data` as it is
    where it is not one this module's pickler writes (protocol 4 or 5, memoized by MEMOIZE only).

    The pickler shares objects by identity only, and the rules come from YAML files that make a new
    string for every key and word: the rule set's pickle held ~21,000 strings of ~7,600 values (every
    example's `value`, `measure`, `quote`…), the extractor's ~19,000 of ~14,600. Each one is decoded,
    allocated and hashed again at every start (~30 M instructions for ~41,000 strings of a ~810 M
    start); loaded from this stream, equal strings are one object (the same values: nothing reads a
    string's identity), and the memo holds only what a get asks for."""
    scanned = _scan_strings(data)
    if scanned is None:
        return _share_equal_strings_read(data)
    if not scanned:
        return data
    ops, used, header = scanned
    return _rewrite(data, ops, used, header)


def _arg_sizes() -> list[int | None]:
    """By opcode byte: the bytes of its argument (>= 0), or -k where the argument is a length of k bytes (1, 4 or 8,
    little-endian) and that many bytes; None for an opcode `_scan_strings` does not read (protocol 0's, whose argument
    runs to a newline, and bytes that are no opcode)."""
    import pickletools

    prefixed = {pickletools.TAKEN_FROM_ARGUMENT1: -1, pickletools.TAKEN_FROM_ARGUMENT4: -4,
                pickletools.TAKEN_FROM_ARGUMENT4U: -4, pickletools.TAKEN_FROM_ARGUMENT8U: -8}
    sizes: list[int | None] = [None] * 256
    for op in pickletools.opcodes:
        sizes[ord(op.code)] = 0 if op.arg is None else op.arg.n if op.arg.n >= 0 else prefixed.get(op.arg.n)
    return sizes


_ARG_SIZES: list[int | None] = []
_STRING_CODES = frozenset(pickle.SHORT_BINUNICODE + pickle.BINUNICODE + pickle.BINUNICODE8)
_GET_CODES = frozenset(pickle.BINGET + pickle.LONG_BINGET)
_PUT_CODES = frozenset(pickle.PUT + pickle.BINPUT + pickle.LONG_BINPUT)
_FRAME_TARGET = 64 * 1024  # a frame is closed at the first opcode once it holds this many bytes (pickle's _Framer)


def _scan_strings(data: bytes) -> tuple[list[tuple[Any, int]], set[int], bytes] | bool | None:
    """`_share_equal_strings_read`'s reading of `data`, its opcodes taken apart by their argument sizes (`_arg_sizes`)
    in one loop instead of `pickletools`' generic reader (~half of this step's time: ~0.15 s of a cold start, which
    stores the rule set's and the extractor's pickles, ~400,000 opcodes). Its strings are compared as their UTF-8
    bytes (equal strings, equal bytes). What it gives: (the opcodes to write, the memo ids read, the PROTO opcode);
    False where `data` is to be left as it is (a pickler that numbers its memo by PUT); None where this loop does
    not read it (protocol below 4, an opcode of protocol 0, a truncated stream): `_share_equal_strings_read` does."""
    if not _ARG_SIZES:
        _ARG_SIZES.extend(_arg_sizes())
    sizes, strings, gets = _ARG_SIZES, _STRING_CODES, _GET_CODES
    memoize, frame, proto, stop = pickle.MEMOIZE[0], pickle.FRAME[0], pickle.PROTO[0], pickle.STOP[0]
    n = len(data)
    if n < 2 or data[0] != proto or data[1] < 4:
        return None
    ops: list[tuple[Any, int]] = []  # ("put", id), ("get", id), or a span of data copied
    append = ops.append
    first: dict[bytes, int] = {}  # a string's bytes -> the memo id of the first string of those bytes
    alias: dict[int, int] = {}  # the memo id of a repeated string -> the first one's
    used: set[int] = set()  # memo ids some get asks for
    memo = 0  # memo ids given so far (MEMOIZE takes the next one)
    value = b""  # the string just read (where `after_string`)
    repeats: int | None = None  # … and the memo id of the first string of its bytes, if one came before
    after_string = False
    pos = 2
    while True:
        if pos >= n:
            return None
        code = data[pos]
        size = sizes[code]
        if size is None:
            return None
        if size >= 0:
            start = end = pos + 1 + size
        else:
            start = pos + 1 - size
            end = start + int.from_bytes(data[pos + 1:start], "little")
        if end > n:
            return None
        if code in strings:
            value = data[start:end]
            repeats = first.get(value)
            if repeats is not None:
                used.add(repeats)
                append(("get", repeats))
            else:
                append((pos, end))
            after_string = True
            pos = end
            continue
        if code == memoize:
            if after_string and repeats is not None:
                alias[memo] = repeats
            else:
                if after_string:
                    first[value] = memo
                append(("put", memo))
            memo += 1
        elif code in gets:
            arg = int.from_bytes(data[pos + 1:end], "little")
            target = alias.get(arg, arg)
            used.add(target)
            append(("get", target))
        elif code in _PUT_CODES:
            return False
        elif code == proto:
            return False  # (a PROTO past the start: as the reader, left as it is)
        elif code != frame:
            append((pos, end))
            if code == stop:
                break
        after_string = False
        pos = end
    return ops, used, data[:2]


def _rewrite(data: bytes, ops: list[tuple[Any, int]], used: set[int], header: bytes) -> bytes:
    """The pickle of `ops` (`_scan_strings`), framed and numbered as `_share_equal_strings_read` writes it with
    pickle's own pickler (the same bytes: tests/test_speed286.py), each get of the new memo numbering."""
    pieces = [header]  # what is written, in order: the frames' headers and their opcodes
    frame: list[bytes] = []  # the opcodes of the frame being filled
    size = 0  # … and its bytes
    renumbered: dict[int, int] = {}
    for a, b in ops:
        if a == "put":
            if b not in used:
                continue
            piece = pickle.MEMOIZE
            renumbered[b] = len(renumbered)
        elif a == "get":
            i = renumbered[b]
            piece = pickle.BINGET + bytes((i,)) if i < 256 else pickle.LONG_BINGET + i.to_bytes(4, "little")
        else:
            piece = data[a:b]
            if len(piece) > _FRAME_TARGET:  # written outside any frame, the one before it closed
                if size >= 4:
                    pieces.append(pickle.FRAME + size.to_bytes(8, "little"))
                pieces += frame
                pieces.append(piece)
                frame, size = [], 0
                continue
        if size >= _FRAME_TARGET:
            pieces.append(pickle.FRAME + size.to_bytes(8, "little"))
            pieces += frame
            frame, size = [], 0
        frame.append(piece)
        size += len(piece)
    if size:
        if size >= 4:
            pieces.append(pickle.FRAME + size.to_bytes(8, "little"))
        pieces += frame
    return b"".join(pieces)


def _share_equal_strings_read(data: bytes) -> bytes:
    """`share_equal_strings` by `pickletools`' reader and pickle's own pickler (what `_scan_strings` and `_rewrite` do
    in fewer steps): where they do not read `data`, and the measure of what they write (tests/test_speed286.py)."""
    import pickletools

    ops: list[tuple[str, int] | tuple[int, int]] = []  # ("put", id), ("get", id), or a span of data copied
    first: dict[str, int] = {}  # a string's value -> the memo id of the first string of that value
    alias: dict[int, int] = {}  # the memo id of a repeated string -> the first one's
    used: set[int] = set()  # memo ids some get asks for
    memo = 0  # memo ids given so far (MEMOIZE takes the next one)
    last: tuple[str, int | None] | None = None  # the string just read: its value and the id it repeats
    header, proto = b"", 0
    for op, arg, pos, end in pickletools._genops(data, yield_end_pos=True):  # type: ignore[attr-defined]
        name = op.name
        if name == "MEMOIZE":
            if last is not None and last[1] is not None:
                alias[memo] = last[1]
            else:
                if last is not None:
                    first[last[0]] = memo
                ops.append(("put", memo))
            memo += 1
        elif "PUT" in name:
            return data  # (another pickler's numbering)
        elif name == "FRAME":
            pass
        elif "GET" in name:
            target = alias.get(arg, arg)
            used.add(target)
            ops.append(("get", target))
        elif name == "PROTO":
            proto = arg
            if pos != 0:
                return data
            header = data[pos:end]
        elif name in _STRING_OPS:
            repeats = first.get(arg)
            if repeats is not None:
                used.add(repeats)
                ops.append(("get", repeats))
            else:
                ops.append((pos, end))
            last = (arg, repeats)
            continue
        else:
            ops.append((pos, end))
        last = None
    if proto < 4:
        return data
    out = io.BytesIO()
    out.write(header)
    pickler = pickle._Pickler(out, proto)  # type: ignore[attr-defined] - its framer, as pickletools.optimize
    pickler.framer.start_framing()
    renumbered: dict[int, int] = {}
    for a, b in ops:
        frameless = False
        if a == "put":
            if b not in used:
                continue
            piece = pickler.put(len(renumbered))
            renumbered[b] = len(renumbered)
        elif a == "get":
            piece = pickler.get(renumbered[b])
        else:
            piece = data[a:b]  # type: ignore[misc]
            frameless = len(piece) > pickler.framer._FRAME_SIZE_TARGET
        pickler.framer.commit_frame(force=frameless)
        if frameless:
            pickler.framer.file_write(piece)
        else:
            pickler.write(piece)
    pickler.framer.end_framing()
    return out.getvalue()


def _prune(folder: Path, kind: str) -> None:
    """Keep the KEEP most recently used entries of kind (a hit touches its file)."""
    try:
        entries = sorted((p for p in folder.glob(f"{kind}-*.pickle")), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in entries[KEEP:]:
            old.unlink(missing_ok=True)
    except OSError:
        pass


def prepared(kind: str, parts: tuple[bytes, ...], build: Callable[[], T],
             shared: Mapping[str, object] | None = None) -> T:
    """build(), or what an earlier build of the same inputs pickled (see the module docstring).

    kind: a short name without '-' (rules, extractor, gazetteer); parts: every input build
    depends on besides the stats code (file bytes or their digest, settings); shared:
    {name: object} the result refers to and the caller holds, kept out of the pickle."""
    path = entry_path(kind, *parts)
    try:
        obj = load(path, shared)
    except FileNotFoundError:
        pass
    except Exception:  # noqa: BLE001 - a damaged or foreign entry is a miss, rebuilt below
        try:
            Path(path).unlink(missing_ok=True)
        except OSError:
            pass
    else:
        try:
            os.utime(path)
        except OSError:
            pass
        return obj
    obj = build()
    store(path, obj, shared)
    return obj


# The standard `re` patterns of the code itself (a page's line classes, the gazetteer's heads, the
# layout's gates: ~90 at every start, ~150 M instructions of parsing and code generation, 15% of a
# start; and ~50 `regex` ones, ~55 M: `compiled_regex`) are built from their compiled code, as the
# prepared pickles load theirs (`_compiled_re`); the code is kept by (pattern, flags) in one file per
# Python and `regex` version (`_versions`): a pattern's code depends on nothing else. A pattern not
# in the file is compiled as before and its code added to the file when the process ends; a damaged
# or foreign file only costs compiling.
# One file per engine (`engine_digest`), as the prepared entries are: a file shared by every checkout and version
# that writes to the cache folder grew to the cap with their patterns (3,508 codes, ~7.5 MB, ~55 ms of CPU to read
# at every start of any of them, against ~5 ms for the ~730 one engine uses). A new engine's first process takes the
# codes of the newest file there is (an edit leaves most patterns as they were) and keeps only those it used.
_RE_CODES: dict[tuple[Any, ...], tuple[Any, ...]] | None = None
_RE_NEW: set[tuple[Any, ...]] = set()
_RE_USED: set[tuple[Any, ...]] = set()  # the keys this process built from kept codes
# the codes of the patterns this process compiled from their text, worked out as it compiled them (by `_RE_NEW`'s
# key): a cold start compiled ~1,000 patterns (~700 `re`) and then, at its end, parsed each `re` one again for its
# code and compiled again each `regex` one its module's cache had let go (~0.4 s of a ~5 s cold start)
_NEW_CODES: dict[tuple[Any, ...], tuple[Any, ...]] = {}
_RE_SEEDED = False  # the kept codes are another engine's file's: this process writes its own at exit
RE_CODES_KEPT = 4096  # a file grown past this (patterns built from rule files being edited) starts again
# The patterns this process made, by ("re" or "regex", pattern, flags): the same object again for the same text. Why:
# the layout repair builds its line classes from the rule words for every document (`_Lines`, `_Repairer`:
# ~13 patterns a document, each made from its kept code at ~20-80 us), as `re.compile`'s own cache would have
# spared it; a compiled pattern holds no state, so sharing one changes no answer. Emptied when full (patterns
# built from a changing text stay bounded).
_MADE: dict[tuple[Any, ...], Any] = {}
MADE_KEPT = 1024


def _re_codes_path() -> Path:
    return cache_root() / _FOLDER / f"{_re_codes_kind()}-{engine_digest()}.pickle"


def _re_codes_kind() -> str:
    """The start of the names of the code files this Python and `regex` can read (`_versions`)."""
    return f"recodes-{hashlib.sha256(_versions()).hexdigest()[:32]}"


def _re_code(pattern: str, flags: int) -> tuple[Any, ...]:
    """What `_sre.compile` takes after the pattern's text, as `re._compiler.compile` works it out."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(pattern, flags)
    code = [int(c) for c in _compiler._code(parsed, flags)]
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup)


def _re_codes() -> dict[tuple[Any, ...], tuple[Any, ...]]:
    """The kept codes, read from their file at the first pattern of the process; where this engine has none yet,
    the newest file of another engine (`_seed_codes`)."""
    global _RE_CODES
    if _RE_CODES is None:
        path = _re_codes_path()
        try:
            codes = load(path)
            _RE_CODES = codes if isinstance(codes, dict) else {}
        except FileNotFoundError:
            _RE_CODES = _seed_codes(path)
        except Exception:  # noqa: BLE001 - damaged or foreign: compiled as before
            _RE_CODES = {}
        else:
            try:
                os.utime(path)  # (a file read is one in use: `_prune` keeps the most recently used)
            except OSError:
                pass
    return _RE_CODES


def _seed_codes(path: Path) -> dict[tuple[Any, ...], tuple[Any, ...]]:
    """The codes of the newest other file of this Python and `regex` (another engine's, or the one file all
    engines shared before), of which the process keeps in its own file only those it uses; {} where none is read."""
    global _RE_SEEDED
    try:
        others = sorted((q for q in path.parent.glob(f"{_re_codes_kind()}*.pickle") if q != path),
                        key=lambda q: q.stat().st_mtime, reverse=True)
        codes = load(others[0]) if others else {}
    except Exception:  # noqa: BLE001 - unreadable, damaged or foreign: compiled as before
        return {}
    if not isinstance(codes, dict) or not codes:
        return {}
    _RE_SEEDED = True
    import atexit

    atexit.register(_keep_re_codes)
    return codes


def _new_code(key: tuple[Any, ...]) -> None:
    """A pattern compiled from its text: its code is kept when the process ends."""
    if not _RE_NEW:
        import atexit

        atexit.register(_keep_re_codes)
    _RE_NEW.add(key)


_PLAIN_FLAGS = False  # `plain_regex_flags` done


def plain_regex_flags() -> None:
    """Have the `regex` module's compiler work its flags out as plain numbers (once a process, before compiling
    from text). Its parser keeps them as members of `RegexFlag`, an `enum.IntFlag`, and each `&` or `|` of one is a
    call into `enum` written in Python (~370,000 of them in a cold start, which compiles ~800 patterns from their
    text: a third of the ~0.75 s `regex` takes there). The numbers are the same (an IntFlag is an int, its `&` and
    `|` give the int's value): the compiled patterns are the same, and the names the module exports (`regex.I`,
    `regex.VERBOSE`) stay as they were. Where the module's insides are not as expected, nothing is changed."""
    global _PLAIN_FLAGS
    if _PLAIN_FLAGS:
        return
    _PLAIN_FLAGS = True
    try:
        from regex import _main, _regex_core

        flag = _regex_core.RegexFlag
        compile_ = _main._compile
    except (ImportError, AttributeError):
        return
    if not (isinstance(flag, type) and issubclass(flag, int) and callable(compile_)):
        return

    def plain(value: Any) -> Any:
        return int(value) if isinstance(value, flag) else value

    for module in (_regex_core, _main):
        for name, value in list(vars(module).items()):
            if isinstance(value, flag):
                setattr(module, name, int(value))
            elif type(value) is dict and any(isinstance(k, flag) or isinstance(v, flag) for k, v in value.items()):
                setattr(module, name, {plain(k): plain(v) for k, v in value.items()})

    def _compile(pattern: Any, flags: Any = 0, *args: Any, **kwargs: Any) -> Any:
        # (the flags a caller gives, `regex.VERBOSE`, as a number: an IntFlag's `&` with a number is one again)
        return compile_(pattern, plain(flags), *args, **kwargs)

    _main._compile = _compile


def compiled_regex(pattern: str, flags: int = 0) -> Any:
    """`regex.compile(pattern, flags)` (no named lists), from what the `regex` module pickles a pattern as
    (its engine's arguments, no parse) where an earlier process kept it, as `compiled_re` does for `re`."""
    key = ("regex", pattern, int(flags))
    made = _MADE.get(key)
    if made is None:
        made = _remember(key, _compiled_regex_new(key, pattern, flags))
    return made


def _compiled_regex_new(key: tuple[Any, ...], pattern: str, flags: int) -> Any:
    """`compiled_regex` for a pattern this process has not made yet."""
    import regex

    entry = _re_codes().get(key)
    if entry is not None:
        try:
            made = regex._regex.compile(*entry)
            _RE_USED.add(key)
            return made
        except Exception:  # noqa: BLE001 - arguments this engine refuses: compiled from the text
            pass
    _new_code(key)
    plain_regex_flags()
    made = regex.compile(pattern, flags)
    data = getattr(made, "_pickled_data", None)  # (what `_keep_re_codes` keeps: no second compiling at the end)
    if data is not None:
        _NEW_CODES[key] = data
    return made


def _remember(key: tuple[Any, ...], made: Any) -> Any:
    """Keep a pattern this process made (`_MADE`), and give it back."""
    if len(_MADE) >= MADE_KEPT:
        _MADE.clear()
    _MADE[key] = made
    return made


def compiled_re(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, from the code an earlier process kept where there is one (see above)."""
    if not isinstance(pattern, str):
        return re.compile(pattern, flags)
    made = _MADE.get(("re", pattern, int(flags)))
    if made is None:
        made = _remember(("re", pattern, int(flags)), _compiled_re_new(pattern, int(flags)))
    return made


def _compiled_re_new(pattern: str, flags: int) -> re.Pattern[str]:
    """`compiled_re` for a pattern this process has not made yet."""
    key = (pattern, flags)
    entry = _re_codes().get(key)
    if entry is not None:
        try:
            import _sre

            made = _sre.compile(pattern, *entry)
            _RE_USED.add(key)
            return made
        except Exception:  # noqa: BLE001 - a code this engine refuses: compiled from the text
            pass
    _new_code(key)
    try:
        import _sre

        entry = _re_code(pattern, flags)  # (as `re.compile` works it out; a bad pattern raises as there)
        made = _sre.compile(pattern, *entry)
    except re.error:
        raise
    except Exception:  # noqa: BLE001 - another Python's internals: compiled as the library does
        return re.compile(pattern, flags)
    _NEW_CODES[key] = entry
    return made


def _keep_re_codes() -> None:
    """Add the codes of the patterns this process compiled from their text to this engine's file (atomically);
    where the process read another engine's file (`_seed_codes`), also those of it the process used."""
    global _RE_SEEDED
    if not _RE_NEW and not _RE_SEEDED:
        return
    path = _re_codes_path()
    try:
        codes = load(path)
        codes = codes if isinstance(codes, dict) and len(codes) < RE_CODES_KEPT else {}
    except Exception:  # noqa: BLE001 - none yet or damaged: a new file
        codes = {}
    if _RE_SEEDED and _RE_CODES:
        codes.update((key, _RE_CODES[key]) for key in _RE_USED if key in _RE_CODES)
    if not codes and not _RE_NEW:
        return  # (a process that made no pattern: an empty file would only hide the seed from the next one)
    try:
        for key in _RE_NEW:
            if key in _NEW_CODES:
                codes[key] = _NEW_CODES[key]
            elif len(key) == 2:
                codes[key] = _re_code(*key)
            else:  # ("regex", pattern, flags): what the `regex` module pickles a pattern as
                import regex

                codes[key] = regex.compile(key[1], key[2])._pickled_data
    except Exception:  # noqa: BLE001 - another Python's internals: nothing kept
        return
    _RE_NEW.clear()
    _NEW_CODES.clear()
    _RE_SEEDED = False
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp", dir=path.parent)
    except OSError:
        return  # a cache that cannot be written only costs the next start its compiling
    try:
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(codes, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        Path(tmp).unlink(missing_ok=True)
        return
    _prune(path.parent, _re_codes_kind())  # (the files of the KEEP engines run last: not the one all shared before)
