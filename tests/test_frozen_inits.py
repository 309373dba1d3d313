"""The frozen dataclasses built per candidate, figure or division have their `__init__` written out (the generated
one of a frozen dataclass sets each field through `object.__setattr__`, more than twice the cost): each must take
its fields in their declared order with their defaults, set every one of them, and keep equality, hash, repr,
`replace`, pickling and frozenness exactly as the generated class would have them."""

from __future__ import annotations

import dataclasses
import inspect
import pickle
from typing import Any

import pytest

from stats.classify.roles import Context
from stats.context.place import Area, Mention
from stats.find.numerals import Number
from stats.find.quantity import Quantity

_AREA = Area("万州区", "500101", "county")
# each class with a value for every field, none of them its field's default
_CASES: list[tuple[type, dict[str, Any]]] = [
    (Quantity, dict(start=2, end=9, quote="增长3.5%", value=3.5, value_high=4.0, measure="%", unit="%",
                    qualifier="约", how="measure", word="个百分点", num_start=4, num_end=7)),
    (Context, dict(clause_start=1, clause_end=12, before="全市生产总值", after="，同比增长", sentence_before="今年",
                   sentence_after="。", lead="一季度")),
    (Area, dict(name="石阡县", code="520623", level="county")),
    (Number, dict(value=30.0, high=40.0, approx=True)),
    (Mention, dict(start=3, end=6, word="万州区", areas=(_AREA,), short=True, levels=("county",), aside="base",
                   unit=True, located=True, origin=True, hosted=True, seat=True)),
]
_IDS = [cls.__name__ for cls, _ in _CASES]


def _twin(cls: type) -> type:
    """The class as `@dataclass(frozen=True)` would generate it from the same fields (no written-out methods)."""
    twin = dataclasses.make_dataclass(
        cls.__name__, [(f.name, f.type, dataclasses.field(default=f.default)) if f.default is not dataclasses.MISSING
                       else (f.name, f.type) for f in dataclasses.fields(cls)], frozen=True)
    twin.__qualname__ = cls.__qualname__
    return twin


@pytest.mark.parametrize(("cls", "values"), _CASES, ids=_IDS)
def test_the_written_out_init_takes_the_fields_in_order_with_their_defaults(cls: type, values: dict[str, Any]) -> None:
    params = list(inspect.signature(cls.__init__).parameters.values())[1:]
    fields = dataclasses.fields(cls)
    assert [p.name for p in params] == [f.name for f in fields]
    assert [p.default for p in params] == [inspect.Parameter.empty if f.default is dataclasses.MISSING else f.default
                                           for f in fields]
    assert all(p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD for p in params)
    assert set(values) == {f.name for f in fields}


@pytest.mark.parametrize(("cls", "values"), _CASES, ids=_IDS)
def test_an_instance_behaves_as_the_generated_class_would(cls: type, values: dict[str, Any]) -> None:
    obj = cls(**values)
    twin = _twin(cls)(**values)
    assert {f.name: getattr(obj, f.name) for f in dataclasses.fields(cls)} == values
    assert vars(obj) == vars(twin)
    positional = cls(*values.values())
    assert positional == obj and hash(positional) == hash(obj)
    assert repr(obj) == repr(twin)
    assert hash(obj) == hash(twin)
    assert dataclasses.astuple(obj) == dataclasses.astuple(twin)
    # replace builds through __init__: one field changed, the rest kept
    name, value = next(iter(values.items()))
    changed = dataclasses.replace(obj, **{name: type(value)()})
    assert changed == cls(**{**values, name: type(value)()}) and changed != obj
    back = pickle.loads(pickle.dumps(obj))
    assert back == obj and hash(back) == hash(obj) and vars(back) == vars(obj)
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(obj, name, value)
    with pytest.raises(dataclasses.FrozenInstanceError):
        delattr(obj, name)


@pytest.mark.parametrize(("cls", "values"), [c for c in _CASES if any(
    f.default is not dataclasses.MISSING for f in dataclasses.fields(c[0]))], ids=["Context", "Number", "Mention"])
def test_the_defaults_are_the_declared_ones(cls: type, values: dict[str, Any]) -> None:
    required = {f.name: values[f.name] for f in dataclasses.fields(cls) if f.default is dataclasses.MISSING}
    obj = cls(**required)
    assert vars(obj) == vars(_twin(cls)(**required))


def test_a_missing_field_is_an_error_as_before() -> None:
    with pytest.raises(TypeError):
        Quantity(1, 2, "3元", 3.0, None, "元", "元", "", "measure", "元", 1)  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        Area("石阡县", "520623")  # type: ignore[call-arg]
