"""Prepared data cached by digest: a warm start loads the rules and the extractor instead of building them."""

from __future__ import annotations

import io
import os
import pickle
import shutil
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from stats.read.sources import source_from_text
from stats.rules import prepared as prep
from stats.rules.rulefile import DEFAULT_RULES, load_rules
from stats.run.document import bulk_extractor
from stats.run.lean import lean_command
from stats.run.pipeline import Extractor

from .conftest import ROOT

PAGE = "今年全市新增就业岗位1.2万个，城镇调查失业率5.1%。\n去年末全区共有医院床位3200张，比上年增长4.5%。\n"


def test_prepared_builds_once_then_loads_and_a_changed_input_builds_again(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("STATS_CACHE_DIR", str(tmp_path))
    builds: list[int] = []

    def build() -> dict:
        builds.append(1)
        return {"n": len(builds)}

    assert prep.prepared("demo", (b"a",), build) == {"n": 1}
    assert prep.prepared("demo", (b"a",), build) == {"n": 1}  # from the pickle: no second build
    assert builds == [1]
    assert prep.prepared("demo", (b"b",), build) == {"n": 2}


def test_a_damaged_entry_is_rebuilt_and_replaced(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("STATS_CACHE_DIR", str(tmp_path))
    path = prep.entry_path("demo", b"x")
    prep.prepared("demo", (b"x",), lambda: [1, 2, 3])
    path.write_bytes(path.read_bytes()[:10])  # truncated, as by a full disk
    assert prep.prepared("demo", (b"x",), lambda: [4]) == [4]
    assert prep.load(path) == [4]


def test_an_entry_others_may_write_is_never_unpickled(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("STATS_CACHE_DIR", str(tmp_path))
    path = prep.entry_path("demo", b"w")
    prep.prepared("demo", (b"w",), lambda: "mine")
    path.chmod(0o666)
    with pytest.raises(PermissionError):
        prep.load(path)
    assert prep.prepared("demo", (b"w",), lambda: "rebuilt") == "rebuilt"


def test_shared_objects_are_referred_to_not_copied(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("STATS_CACHE_DIR", str(tmp_path))
    big = {"words": list(range(1000))}
    prep.prepared("demo", (b"s",), lambda: {"uses": big}, shared={"big": big})
    other = {"words": []}
    got = prep.prepared("demo", (b"s",), lambda: None, shared={"big": other})
    assert got["uses"] is other


def test_only_the_newest_entries_of_a_kind_are_kept(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("STATS_CACHE_DIR", str(tmp_path))
    for i in range(prep.KEEP + 3):
        prep.prepared("demo", (str(i).encode(),), lambda i=i: i)
    assert len(list((tmp_path / "prepared").glob("demo-*.pickle"))) == prep.KEEP


def test_an_unpicklable_build_is_used_and_said_once(tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("STATS_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(prep, "_warned", set())
    got = prep.prepared("lambdas", (b"1",), lambda: (lambda: 7))
    assert got() == 7
    prep.prepared("lambdas", (b"2",), lambda: (lambda: 8))
    assert capsys.readouterr().err.count("cannot be cached") == 1


def test_the_bulk_extractor_pickles_and_extracts_what_a_fresh_one_does() -> None:
    """Whoever adds state the pickle cannot carry (a lambda, an open file) to the extractor learns it here,
    not from every start silently paying the full build again."""
    rules = load_rules()
    fresh = Extractor(rules, timeout=None, all_verdicts=False)
    shared = rules.shared()
    blob = bytearray()

    class Sink:
        def write(self, data: bytes) -> None:
            blob.extend(data)

    prep._Pickler(Sink(), shared).dump(fresh)
    loaded = prep._Unpickler(__import__("io").BytesIO(bytes(blob)), shared).load()
    assert loaded.rules is rules
    src = source_from_text(PAGE, "page")
    for name, table in fresh.extract_tables(src).items():
        assert loaded.extract_tables(src)[name].equals(table), name
    assert bulk_extractor(rules) is bulk_extractor(rules)


def test_a_rule_set_loads_from_the_cache_in_a_new_process_and_an_edit_is_seen(tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    shutil.copytree(DEFAULT_RULES, rules)
    env = {"STATS_CACHE_DIR": str(tmp_path / "cache"), "PATH": "/usr/bin:/bin"}
    code = ("import sys; from stats.rules.rulefile import load_rules\n"
            f"r = load_rules({str(rules)!r})\n"
            "print(len(r.metrics), 'yaml' in sys.modules)")

    def run() -> list[str]:
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env,
                             check=True)
        return out.stdout.split()

    first = run()
    assert first[1] == "True"  # parsed
    assert run() == [first[0], "False"]  # loaded: no YAML parsed, not even imported
    metrics = sorted((rules / "metrics").glob("*.yaml"))
    metrics[0].unlink()
    edited = run()
    assert int(edited[0]) < int(first[0]) and edited[1] == "True"


@pytest.mark.parametrize(("argv", "lean"), [
    (["extract", "x.txt", "--out", "o"], True),
    (["extract", "x.txt", "--engine", "dask"], False),
    (["extract", "--engine=dask", "x.txt"], False),
    (["build", "x.txt"], True),
    (["serve"], False),
    (["--version"], False),
    ([], False),
])
def test_which_command_lines_start_lean(argv: list[str], lean: bool) -> None:
    assert lean_command(argv) is lean


def test_the_lean_command_line_writes_the_rows_the_library_does(tmp_path: Path) -> None:
    """`python -m stats extract` runs pyarrow without numpy (pyarrow's own conversion builds the
    columns); in this process pyarrow has numpy (the columns are built from buffers): same rows."""
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    code = ("import runpy, sys\n"
            f"sys.argv = ['stats', 'extract', {str(page)!r}, '--out', {str(tmp_path / 'out')!r}, '-j1', '-q', "
            "'--no-cache']\n"
            "try: runpy.run_module('stats', run_name='__main__')\n"
            "except SystemExit: pass\n"
            "print('numpy' in sys.modules, 'pandas' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.split()[-2:] == ["False", "False"], out.stderr
    tables = bulk_extractor(load_rules()).extract_tables(source_from_text(PAGE, "page"))
    for name in ("figures", "articles", "sentences"):
        written = pq.read_table(tmp_path / "out" / f"{name}.parquet")
        assert written.num_rows == tables[name].num_rows > 0, name
        assert written.to_pylist() == tables[name].to_pylist(), name


def test_pickle_of_a_regex_pattern_skips_the_pattern_parser() -> None:
    """Why caching compiled patterns pays: `regex` pickles a pattern as its compiled form."""
    import copyreg

    import regex

    pattern = regex.compile(r"(?P<n>\d+)(?:万|亿)?元")
    rebuild, _ = copyreg.dispatch_table[type(pattern)](pattern)
    assert rebuild is not regex.compile  # the C engine's constructor, not the parser
    assert pickle.loads(pickle.dumps(pattern)).findall("投入3万元和5元") == ["3", "5"]


def test_rule_digest_taken_once_follows_every_edit(tmp_path: Path) -> None:
    """The hash of the rule files is kept for the process, but only while their bytes are the
    same: an edit, even one of the same size, gives the hash of the new bytes (the kept one
    must never let a changed rule reuse old results)."""
    import hashlib

    from stats.digest import files_digest

    root = tmp_path / "rules"
    shutil.copytree(DEFAULT_RULES, root)
    files = sorted(root.rglob("*.yaml"))

    def direct() -> str:
        h = hashlib.sha256()
        for p in files:
            h.update(str(p.relative_to(root)).encode())
            h.update(p.read_bytes())
        return h.hexdigest()

    first = files_digest(root, files)
    assert first == direct() == files_digest(root, list(reversed(files)))
    data = files[0].read_bytes()
    files[0].write_bytes(data[:-1] + (b"#" if data[-1:] != b"#" else b"\n"))  # same size, other bytes
    assert files_digest(root, files) == direct() != first
    files[0].write_bytes(data)
    assert files_digest(root, files) == first
    ruleset = load_rules(root)
    assert ruleset.digest() == first


def test_a_standard_re_pattern_comes_back_from_its_compiled_code() -> None:
    """The prepared pickle carries a standard `re` pattern as its compiled code (no parse at a start):
    it comes back equal (the same code and flags) and finds what the pattern compiled from text finds."""
    import io
    import re

    patterns = [re.compile(r"[报本讯日月年]"), re.compile(r"(?P<y>\d{4})(?:\.\d+)?年", re.M), re.compile("a|b", re.I),
                re.compile(r"^[一-鿿]+$"), re.compile(b"ab")]
    blob = io.BytesIO()
    prep._Pickler(blob, {}).dump(patterns)
    assert b"_compiled_re" in blob.getvalue()
    loaded = prep._Unpickler(io.BytesIO(blob.getvalue()), {}).load()
    assert loaded == patterns and [p.groupindex for p in loaded] == [p.groupindex for p in patterns]
    assert loaded[1].search("2023.5年末").group("y") == "2023" and loaded[2].match("B")


def test_the_codes_standard_re_patterns_are_kept_by_their_text_and_come_back_equal(tmp_path: Path,
                                                                                   monkeypatch) -> None:
    """`compiled_re` compiles a pattern it has no code for as `re` does and keeps its code when the process
    ends; the next process builds it from that code: the same pattern (`==` compares the code and flags), and
    no parse. A damaged file or one others may write is no code at all."""
    import re

    monkeypatch.setenv("STATS_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(prep, "_RE_CODES", None)
    monkeypatch.setattr(prep, "_MADE", {})  # (a new process has made no pattern yet)
    monkeypatch.setattr(prep, "_RE_NEW", set())
    texts = [(r"(?P<y>\d{4})(?:\.\d+)?年", re.M), (r"[报本讯日月年]", 0), ("a|b", re.I), (r"(?m)^[一-鿿]+$", 0)]
    first = [prep.compiled_re(p, f) for p, f in texts]
    assert first == [re.compile(p, f) for p, f in texts] and len(prep._RE_NEW) == len(texts)
    prep._keep_re_codes()
    path = prep._re_codes_path()
    assert path.is_file() and not prep._RE_NEW
    monkeypatch.setattr(prep, "_RE_CODES", None)  # a new process
    monkeypatch.setattr(prep, "_MADE", {})
    again = [prep.compiled_re(p, f) for p, f in texts]
    assert again == first and not prep._RE_NEW  # every one from its code
    assert [p.groupindex for p in again] == [p.groupindex for p in first]
    assert again[0].search("2023.5年末").group("y") == "2023" and again[2].match("B")
    path.write_bytes(path.read_bytes()[:20])  # truncated
    monkeypatch.setattr(prep, "_RE_CODES", None)
    monkeypatch.setattr(prep, "_MADE", {})  # (a new process has made no pattern yet)
    assert [prep.compiled_re(p, f) for p, f in texts] == first and len(prep._RE_NEW) == len(texts)
    prep._keep_re_codes()
    path.chmod(0o666)
    monkeypatch.setattr(prep, "_RE_CODES", None)
    monkeypatch.setattr(prep, "_MADE", {})  # (a new process has made no pattern yet)
    assert prep.compiled_re(*texts[0]) == first[0] and prep._RE_NEW  # not read: compiled from the text


def test_a_second_process_compiles_none_of_the_codes_re_patterns_from_their_text(tmp_path: Path) -> None:
    """The layout's, the finder's and the gazetteer's module patterns (~90, 15% of a start) come from kept code."""
    script = ("import stats.repair.layout, stats.context.situate, stats.find.tablerows\n"
              "from stats.rules import prepared\nprint(len(prepared._RE_NEW))\n")
    env = {**os.environ, "STATS_CACHE_DIR": str(tmp_path)}
    runs = [subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True,
                           cwd=ROOT).stdout.strip() for _ in range(2)]
    assert int(runs[0]) > 50 and runs[1] == "0"


def test_the_codes_regex_patterns_come_back_from_what_regex_pickles(tmp_path: Path, monkeypatch) -> None:
    """`compiled_regex` keeps a `regex` pattern as the module pickles it (its engine's arguments) and builds it
    from that in the next process: it finds what the pattern compiled from its text finds."""
    import regex

    monkeypatch.setenv("STATS_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(prep, "_RE_CODES", None)
    monkeypatch.setattr(prep, "_MADE", {})  # (a new process has made no pattern yet)
    monkeypatch.setattr(prep, "_RE_NEW", set())
    texts = [(r"(?<=\d)(?:[\u00b9\u00b2\u00b3]|\[\d\])(?=[ \t]*[\p{Han}%])", 0), (r"^\p{Ps}(?P<w>\w+)\p{Pe}", regex.M)]
    first = [prep.compiled_regex(p, f) for p, f in texts]
    prep._keep_re_codes()
    monkeypatch.setattr(prep, "_RE_CODES", None)
    monkeypatch.setattr(prep, "_MADE", {})  # (a new process has made no pattern yet)
    again = [prep.compiled_regex(p, f) for p, f in texts]
    assert not prep._RE_NEW and [(p.pattern, p.flags, p.groupindex) for p in again] == \
        [(p.pattern, p.flags, p.groupindex) for p in first]
    page = "常住人口27.86²万人\n（总量）增长\n"
    assert [m.span() for m in again[0].finditer(page)] == [m.span() for m in first[0].finditer(page)] == [(9, 10)]
    assert again[1].search(page).group("w") == first[1].search(page).group("w") == "总量"


def test_equal_strings_come_back_as_one_object_and_the_rest_as_it_was() -> None:
    """`share_equal_strings` reads every string equal to one written before it as that one (YAML makes a
    new string for every key and word: the rule set's pickle held ~21,000 strings of ~7,600 values), and
    keeps what the pickle shares by identity (an object met twice, a cycle, an object outside it)."""
    outside = ["the rule set"]  # written as a reference, as `prepared` writes the rule set an extractor holds
    shared_list = ["x" * 3]
    rows = [{"".join(["va", "lue"]): i, "".join(["mea", "sure"]): "".join(["个", "人"])} for i in range(50)]
    cycle: list[object] = ["head"]
    cycle.append(cycle)
    obj = {"rows": rows, "twice": [shared_list, shared_list], "cycle": cycle, "outside": outside,
           "tuple": ("".join(["a", "b"]), "".join(["a", "b"]), 1.5, None), "big": "长" * 70000}
    assert rows[0]["measure"] is not rows[1]["measure"]  # (built: equal, not one object)
    buf = io.BytesIO()
    prep._Pickler(buf, {"outside": outside}).dump(obj)
    plain = buf.getvalue()
    shared = prep.share_equal_strings(plain)
    assert len(shared) < len(plain)
    back = prep._Unpickler(io.BytesIO(shared), {"outside": outside}).load()
    assert back["rows"] == rows and back["tuple"] == obj["tuple"] and back["big"] == obj["big"]
    assert back["rows"][0]["measure"] is back["rows"][49]["measure"]
    assert next(iter(back["rows"][0])) is next(iter(back["rows"][49]))  # (keys too)
    assert back["tuple"][0] is back["tuple"][1]
    assert back["twice"][0] is back["twice"][1] == shared_list
    assert back["cycle"][1] is back["cycle"] and back["cycle"][0] == "head"
    assert back["outside"] is outside
    # a pickle this module's pickler does not write (protocol 2 numbers its memo by PUT) is left as it is
    old = pickle.dumps(obj["rows"], protocol=2)
    assert prep.share_equal_strings(old) == old


def test_the_prepared_rule_set_loads_the_same_from_its_shared_strings(tmp_path: Path) -> None:
    """The rule set as `store` writes it (equal strings shared) comes back as the same graph of objects as
    from the pickler's own stream: each pickled again, the same stream (a set's order is the order it was
    filled in, so the two compared are both loaded ones)."""
    rules = load_rules()
    path = tmp_path / "rules-x.pickle"
    assert prep.store(path, rules)
    back = prep.load(path)

    def stream(obj: object) -> bytes:
        buf = io.BytesIO()
        prep._Pickler(buf, {}).dump(obj)
        return buf.getvalue()

    plain = stream(rules)
    assert path.stat().st_size < len(plain)
    assert prep.share_equal_strings(stream(back)) == prep.share_equal_strings(stream(pickle.loads(plain)))
    words = [w for r in back.metrics for w in r.cues]
    assert len({id(w) for w in words}) == len(set(words))  # one object a value


def test_each_engine_keeps_its_own_codes_taken_from_the_newest_file_there_is(tmp_path: Path, monkeypatch) -> None:
    """The codes are kept per engine (`engine_digest`): a file every checkout and version wrote to grew to the cap
    (3,508 codes, ~55 ms to read at each start). A new engine's first process builds its patterns from the newest
    file there is (none compiled from its text) and writes its own, of only the codes it used; the next process
    reads that one. Another engine's patterns never enter it."""
    import re

    monkeypatch.setenv("STATS_CACHE_DIR", str(tmp_path))
    texts = [(r"[报本讯日月年]", 0), (r"(?P<y>\d{4})年", re.M)]
    unused = [(rf"[甲乙]{i}", 0) for i in range(30)]  # (another engine's patterns)

    def new_process(engine: str) -> None:
        monkeypatch.setattr(prep, "engine_digest", lambda: engine)
        for name, value in (("_RE_CODES", None), ("_MADE", {}), ("_RE_NEW", set()), ("_RE_USED", set()),
                            ("_RE_SEEDED", False)):
            monkeypatch.setattr(prep, name, value, raising=False)

    new_process("a" * 16)
    first = [prep.compiled_re(p, f) for p, f in texts + unused]
    prep._keep_re_codes()
    new_process("b" * 16)
    again = [prep.compiled_re(p, f) for p, f in texts]
    assert again == first[:2] and not prep._RE_NEW  # from engine a's codes
    prep._keep_re_codes()
    kept = prep.load(prep._re_codes_path())
    assert prep._re_codes_path().name.endswith("b" * 16 + ".pickle") and set(kept) == set(texts)
    new_process("b" * 16)
    assert [prep.compiled_re(p, f) for p, f in texts] == first[:2] and not prep._RE_NEW and not prep._RE_SEEDED
    assert len(prep.load(tmp_path / "prepared" / f"{prep._re_codes_kind()}-{'a' * 16}.pickle")) == len(first)
