"""Lenient reading of JSON answers: what a generated ``from_dict`` calls when a value is not what the spec says.

The models of every generated package import this one module. Generated
readers check each value inline against its declared type, which is the whole
cost when the answer matches the spec. Only a value that does not match reaches
a helper here, which

* coerces it when that loses nothing and the intent is clear (``"5"`` for an
  integer, ``123`` for a string id, ``"+0000"`` offsets or epoch milliseconds for
  a date-time, ``"true"`` for a boolean);
* otherwise keeps it when its type still fits the field (an enum value the spec
  does not list stays a plain ``str``/``int``), or sets the field to ``None``
  (an unparseable date-time, a string where a number belongs...);

and reports a ``Deviation`` to the reporter in force (``REPORTER``, a context
variable the crmtasks wrapper sets while it reads an answer: it warns, logs, or
raises in strict mode). Whatever happens to a field, the model keeps the JSON
object it was read from (``model.raw``), so nothing the server sent is lost.

The helpers that read a value return ``Any``: a model's field types tell what
a conforming answer holds (``id: str``), and what a helper makes of a
deviation, None included, is reported rather than typed. Each one's docstring
says what it gives.
"""

from __future__ import annotations

import datetime
import logging
from collections.abc import Callable, ItemsView, Iterator, KeysView, Mapping, MutableMapping, ValuesView
from contextvars import ContextVar
from dataclasses import dataclass
from enum import Enum
from typing import Any, TypeVar, overload

__all__ = [
    "REPORTER",
    "Deviation",
    "MapModel",
    "NotAnObjectError",
    "as_object",
    "boolean",
    "date",
    "date_time",
    "enum",
    "integer",
    "item",
    "items",
    "missing",
    "model",
    "model_repr",
    "moment_item",
    "naive",
    "not_a_list",
    "number",
    "parse_date",
    "parse_date_time",
    "string",
    "typed_properties",
    "typed_property",
    "unlike_its_model",
    "zoned",
]

_logger = logging.getLogger("crmtasks")
_EnumT = TypeVar("_EnumT", bound=Enum)
_ModelT = TypeVar("_ModelT")
_EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.UTC)
# Epoch numbers at or above this are milliseconds (it is 1973 in milliseconds, 5138 in seconds).
_MILLISECONDS_FROM = 100_000_000_000
_MAX_DIGITS = 4000  # int() refuses longer strings (sys.get_int_max_str_digits(), 4300): none is a real number


@dataclass(frozen=True, slots=True)
class Deviation:
    """One value of an answer that is not what the spec declares, and what the reader made of it."""

    where: str
    """The field, as ``Model.json_name`` (``Task.priority``); list items add ``[]``."""
    expected: str
    """What the spec declares (``TaskPriority``, ``string``, ``date-time``, ``object``...)."""
    value: Any
    """The value as it came."""
    outcome: str
    """What the field holds now (``kept as str``, ``read as 5``, ``set to None``...)."""

    def __str__(self) -> str:
        shown = repr(self.value)
        shown = shown if len(shown) <= 80 else shown[:77] + "..."
        return f"{self.where}: expected {self.expected}, got {shown}; {self.outcome}"


Reporter = Callable[[Deviation], None]
REPORTER: ContextVar[Reporter | None] = ContextVar("crmtasks_reading_reporter", default=None)


# What generated readers try first (the fast path): module attributes, one lookup each.
parse_date_time = datetime.datetime.fromisoformat
parse_date = datetime.date.fromisoformat


class NotAnObjectError(TypeError):
    """A model was asked to read something that is not a JSON object (at the top of an answer)."""


def _report(where: str, expected: str, value: Any, outcome: str) -> None:
    deviation = Deviation(where, expected, value, outcome)
    reporter = REPORTER.get()
    if reporter is None:  # read outside a crmtasks call (a user's own from_dict): log only
        _logger.debug("answer deviates from the spec: %s", deviation)
    else:
        reporter(deviation)


def _null(where: str, expected: str, nullable: bool) -> None:
    if not nullable:
        _report(where, expected, None, "read as None")


def _unusable(where: str, expected: str, value: Any) -> None:
    _report(where, expected, value, "set to None (the value stays in .raw)")


def as_object(value: Any, name: str) -> Mapping[str, Any]:
    """The top of an answer as a mapping; anything else cannot be read as the model ``name``."""
    if isinstance(value, Mapping):
        return value  # pyright: ignore[reportUnknownVariableType] - a JSON object's keys are strings
    raise NotAnObjectError(f"expected a JSON object for {name}, got {type(value).__name__}")


def missing(where: str, outcome: str = "missing; read as None", empty: Callable[[], Any] | None = None) -> Any:
    """Report a required member the answer lacks: the field reads None, or ``empty()`` (a map member's empty map)."""
    _report(where, "a required member", None, outcome)
    return None if empty is None else empty()


def string(value: Any, where: str, nullable: bool) -> Any:
    """A string field's value that is not a string: numbers become their decimal text."""
    if value is None:
        _null(where, "string", nullable)
        return None
    if isinstance(value, int | float) and not isinstance(value, bool):
        text = str(value)
        _report(where, "string", value, f"read as {text!r}")
        return text
    _unusable(where, "string", value)
    return None


def _int_from(value: Any) -> int | None:
    """``value`` as an int when that is lossless, else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        text = value.strip()
        digits = text[1:] if text[:1] in "+-" else text
        if digits.isascii() and digits.isdigit() and len(digits) <= _MAX_DIGITS:  # what int() reads, no "--5" or "²"
            return int(text)
        try:
            number = float(text)
        except ValueError:
            return None
        return int(number) if number.is_integer() else None
    return None


def integer(value: Any, where: str, nullable: bool) -> Any:
    """An integer field's value that is not an int: numeric strings and integral floats are read as ints."""
    if value is None:
        _null(where, "integer", nullable)
        return None
    number = _int_from(value)
    if number is None:
        _unusable(where, "integer", value)
    else:
        _report(where, "integer", value, f"read as {number}")
    return number


def number(value: Any, where: str, nullable: bool) -> Any:
    """A number field's value that is neither int nor float: numeric strings are read as floats."""
    if value is None:
        _null(where, "number", nullable)
        return None
    if isinstance(value, str):
        try:
            parsed = float(value)
        except ValueError:
            pass
        else:
            _report(where, "number", value, f"read as {parsed}")
            return parsed
    _unusable(where, "number", value)
    return None


_BOOLEANS = {"true": True, "false": False, "1": True, "0": False}


def boolean(value: Any, where: str, nullable: bool) -> Any:
    """A boolean field's value that is not a bool: ``"true"``/``"false"`` and 0/1 are read as booleans."""
    if value is None:
        _null(where, "boolean", nullable)
        return None
    key = value.strip().lower() if isinstance(value, str) else str(value) if value in (0, 1) else None
    if key in _BOOLEANS:
        _report(where, "boolean", value, f"read as {_BOOLEANS[key]}")
        return _BOOLEANS[key]
    _unusable(where, "boolean", value)
    return None


def _from_epoch(value: float) -> datetime.datetime:
    seconds = value / 1000 if abs(value) >= _MILLISECONDS_FROM else value
    return _EPOCH + datetime.timedelta(seconds=seconds)


def date_time(value: Any, where: str, nullable: bool) -> Any:
    """A date-time that ``datetime.fromisoformat`` did not read: epoch numbers (seconds or
    milliseconds) become aware UTC date-times; anything else reads None (and stays in ``.raw``)."""
    if value is None:
        _null(where, "date-time", nullable)
        return None
    epoch: float | None = None
    if isinstance(value, int | float) and not isinstance(value, bool):
        epoch = value
    elif isinstance(value, str) and value.strip().isascii() and value.strip().isdigit():
        epoch = int(value) if len(value.strip()) <= _MAX_DIGITS else None
    if epoch is not None:
        try:
            parsed = _from_epoch(epoch)
        except (OverflowError, ValueError):
            pass
        else:
            _report(where, "date-time", value, f"read as epoch {parsed.isoformat()}")
            return parsed
    _unusable(where, "date-time", value)
    return None


def naive(value: datetime.datetime, where: str) -> None:
    """Report a date-time that came without an offset: it stays naive, since its zone is anyone's guess."""
    _report(where, "date-time with an offset", value.isoformat(), "read as a naive date-time")


def zoned(value: datetime.datetime, where: str) -> None:
    """Report a date-time with an offset where the API sends local time without one: it stays as it came."""
    _report(where, "local date-time (no offset)", value.isoformat(), "read as an aware date-time")


def date(value: Any, where: str, nullable: bool) -> Any:
    """A date that ``date.fromisoformat`` did not read: None (the value stays in ``.raw``)."""
    if value is None:
        _null(where, "date", nullable)
        return None
    _unusable(where, "date", value)
    return None


def moment_item(value: Any, where: str, date_only: bool) -> Any:
    """One item of a list of date-times (of dates, ``date_only``), read as such a field's value is."""
    if value.__class__ is str:
        try:
            return parse_date(value) if date_only else parse_date_time(value)
        except ValueError:
            pass
    return date(value, where, False) if date_only else date_time(value, where, False)


def enum(cls: type[_EnumT], value: Any, where: str, nullable: bool) -> Any:
    """An enum value: a member when it is one (after lossless coercion); otherwise the raw
    value when its type is the enum's (a value the API added since the spec), else None."""
    members = cls._value2member_map_
    int_valued = issubclass(cls, int)
    if type(value) is (int if int_valued else str):  # 2.0 or True would match 2 and 1: not without a report
        member = members.get(value)
        if member is not None:
            return member
    if value is None:
        _null(where, cls.__name__, nullable)
        return None
    coerced: Any = _int_from(value) if int_valued else value if isinstance(value, str) else None
    if coerced is None and not int_valued and isinstance(value, int | float) and not isinstance(value, bool):
        coerced = str(value)
    if coerced is None:
        _unusable(where, cls.__name__, value)
        return None
    member = members.get(coerced)
    if member is not None:
        _report(where, cls.__name__, value, f"read as {member!r}")
        return member
    kind = "int" if int_valued else "str"
    _report(where, cls.__name__, value, f"not a listed value; kept as {kind} {coerced!r}")
    return coerced


def model(value: Any, where: str, nullable: bool) -> Any:
    """An object field's value that is not a JSON object: the field reads None."""
    if value is None:
        _null(where, "object", nullable)
    else:
        _unusable(where, "object", value)
    return None


def not_a_list(value: Any, where: str, nullable: bool) -> Any:
    """A list field's value that is not a JSON array: the field reads None."""
    if value is None:
        _null(where, "array", nullable)
    else:
        _unusable(where, "array", value)
    return None


def item(cls: Callable[[Mapping[str, Any]], _ModelT], value: Any, where: str) -> _ModelT:
    """A list item that should be an object and is not: an empty model whose ``raw`` is the value.

    The item keeps its place, so a page never loses or shifts an item.
    """
    _report(where, "object", value, "read as an empty object (the value stays in .raw)")
    empty = cls({})
    object.__setattr__(empty, "_raw", value)
    return empty


def items(read: Callable[[Any, str, bool], Any], values: list[Any], where: str, fits: tuple[type, ...]) -> list[Any]:
    """A list of scalars of which some are not of the types that ``fits``: those are read with ``read``."""
    return [value if type(value) in fits else read(value, where, False) for value in values]


def _entries(container: Any) -> Mapping[str, Any]:
    """The entries of a map member (a generated map model, or a plain mapping); empty when there is none."""
    entries = getattr(container, "additional_properties", container)
    return entries if isinstance(entries, Mapping) else {}  # pyright: ignore[reportUnknownVariableType]


def typed_property(
    container: Any, name: str, kind: str, allowed: tuple[str, ...], where: str, report: bool = False
) -> Any:
    """One entry of a map of strings, typed as its x-properties declaration says (None when absent or empty).

    A date-time is read from ISO 8601 or epoch milliseconds (naive ones as UTC), a number or boolean from its
    text; a value that does not read gives None, an unlisted enum value stays its str; either is reported
    when ``report`` (the map keeps every value as it came).
    """
    value = (container if container.__class__ is dict else _entries(container)).get(name)
    if value is None or value == "":
        return None
    if kind == "date-time":
        text = str(value).strip()
        try:
            moment = _from_epoch(int(text)) if text.isdigit() else datetime.datetime.fromisoformat(text)
        except (OverflowError, ValueError):
            if report:
                _unusable(where, "date-time", value)
            return None
        return moment if moment.tzinfo is not None else moment.replace(tzinfo=datetime.UTC)
    if kind in ("integer", "number"):
        number = _int_from(value) if kind == "integer" else _float_from(value)
        if number is None and report:
            _unusable(where, kind, value)
        return number
    if kind == "boolean":
        flag = {"true": True, "false": False}.get(str(value).lower())
        if flag is None and report:
            _unusable(where, "boolean", value)
        return flag
    text = value if isinstance(value, str) else str(value)
    if allowed and text not in allowed and report:
        _report(where, " | ".join(allowed), value, f"not a listed value; kept as str {text!r}")
    return text


def _float_from(value: Any) -> float | None:
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def typed_properties(container: Any, declared: Mapping[str, tuple[str, tuple[str, ...]]], where: str) -> None:
    """Report the typed entries of a map just read that are not what x-properties declares."""
    # Every task of a listing passes here: read the map's JSON as it came (not a copy of its entries), and
    # settle the common cases (a string, a listed one, an instant) inline, by a plan made once per declaration.
    raw: Any = getattr(container, "raw", None)
    entries: Mapping[str, Any] = raw if raw.__class__ is dict else _entries(container)
    plan = _PLANS.get(id(declared))
    if plan is None or plan[0] is not declared:
        plan = _PLANS[id(declared)] = (declared, *_plan(declared))
    _, texts, listed, instants, others = plan
    get = entries.get
    for name in texts:
        value = get(name)
        if value is not None and value.__class__ is not str:
            _deviating(entries, declared, name, where)
    for name, allowed in listed:
        value = get(name)
        if value is not None and value != "" and (value.__class__ is not str or value not in allowed):
            _deviating(entries, declared, name, where)
    for name in instants:
        value = get(name)
        if value is not None and value != "" and not (value.__class__ is str and _reads_as_instant(value)):
            _deviating(entries, declared, name, where)
    for name in others:
        value = get(name)
        if value is not None and value != "":
            _deviating(entries, declared, name, where)


_Plan = tuple[tuple[str, ...], tuple[tuple[str, frozenset[str]], ...], tuple[str, ...], tuple[str, ...]]
_PLANS: dict[int, tuple[Any, ...]] = {}  # id of an x-properties declaration -> (it, its plan)


def _plan(declared: Mapping[str, tuple[str, tuple[str, ...]]]) -> _Plan:
    """The typed entries by how a value is checked: any string, a listed string, an instant, anything else."""
    texts = tuple(name for name, (kind, allowed) in declared.items() if kind == "string" and not allowed)
    listed = tuple(
        (name, frozenset(allowed)) for name, (kind, allowed) in declared.items() if kind == "string" and allowed
    )
    instants = tuple(name for name, (kind, _) in declared.items() if kind == "date-time")
    others = tuple(name for name, (kind, _) in declared.items() if kind not in ("string", "date-time"))
    return texts, listed, instants, others


def _deviating(
    entries: Mapping[str, Any], declared: Mapping[str, tuple[str, tuple[str, ...]]], name: str, where: str
) -> None:
    kind, allowed = declared[name]
    typed_property(entries, name, kind, allowed, f"{where}.{name}", report=True)


def _reads_as_instant(text: str) -> bool:
    """Whether typed_property reads ``text`` as a date-time without a report (ISO 8601, or epoch milliseconds)."""
    try:
        if text.isdigit() and text.isascii():  # digits first: a failed fromisoformat costs its exception
            _from_epoch(int(text))
        else:
            parse_date_time(text)
    except (OverflowError, ValueError):
        return False
    return True


_DECLARES: dict[type, bool] = {}  # per generated model class: whether its schema declares any member


def unlike_its_model(value: Any) -> bool:
    """Whether ``value`` is a model read from a JSON object that carries none of the members its schema declares.

    Such an answer (``{"error": "gateway timeout"}`` with a 200, or ``{}``) is no model: read leniently it would
    be one with every field empty, and a create would pass for done.
    """
    raw: Any = getattr(value, "raw", None)
    if raw.__class__ is not dict:
        return False
    cls: type = value.__class__
    declares = _DECLARES.get(cls)
    if declares is None:
        import attrs  # noqa: PLC0415 - once per model class; the models import it, import crmtasks need not

        declares = _DECLARES[cls] = attrs.has(cls) and any(not f.name.startswith("_") for f in attrs.fields(cls))
    undeclared: dict[str, Any] = value.additional_properties
    return declares and len(undeclared) == len(raw)


_SHOWN: dict[type, tuple[tuple[str, bool], ...]] = {}  # per model class: its shown fields, and whether required


def model_repr(self: object) -> str:  # bound as __repr__ in every generated model's class body
    """A generated model's repr: its required fields, and the others that hold a value (None and empty maps left
    out, so an Apollo task with five members set shows five, not forty). ``raw`` shows all that came."""
    cls: type = self.__class__
    shown = _SHOWN.get(cls)
    if shown is None:
        import attrs  # noqa: PLC0415 - once per model class

        shown = _SHOWN[cls] = tuple((f.name, f.default is attrs.NOTHING) for f in attrs.fields(cls) if f.repr)
    parts: list[str] = []
    for name, required in shown:
        value = getattr(self, name)
        if required or not (value is None or (isinstance(value, MapModel) and not value)):
            parts.append(f"{name}={value!r}")
    return f"{cls.__name__}({', '.join(parts)})"


_V = TypeVar("_V")
_D = TypeVar("_D")


class MapModel(MutableMapping[str, _V]):
    """The base of every generated map model (a schema of ``additionalProperties`` only): a mapping of its entries.

    A subclass reads its entries leniently into ``additional_properties``; every method here delegates to that
    dict. Subclasses bind ``__eq__`` and ``__repr__`` in their own body, so attrs writes neither (with no fields of
    its own, attrs' would find every map equal and show none of its entries).
    """

    __slots__ = ()
    __hash__ = None  # type: ignore[assignment]  # mutable, compared by its entries: unhashable, as a dict is

    @property
    def additional_properties(self) -> dict[str, _V]:
        raise NotImplementedError  # every generated subclass reads its own

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties)

    def __getitem__(self, key: str) -> _V:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: _V) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: object) -> bool:
        return key in self.additional_properties

    def __iter__(self) -> Iterator[str]:
        return iter(self.additional_properties)

    def __len__(self) -> int:
        return len(self.additional_properties)

    def keys(self) -> KeysView[str]:
        return self.additional_properties.keys()

    def items(self) -> ItemsView[str, _V]:
        return self.additional_properties.items()

    def values(self) -> ValuesView[_V]:
        return self.additional_properties.values()

    @overload
    def get(self, key: str, /) -> _V | None: ...

    @overload
    def get(self, key: str, default: _V | _D, /) -> _V | _D: ...

    def get(self, key: str, default: Any = None, /) -> Any:
        return self.additional_properties.get(key, default)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Mapping):
            return NotImplemented
        entries: Mapping[Any, Any] = other  # pyright: ignore[reportUnknownVariableType] - any mapping compares
        return self.additional_properties == (entries if entries.__class__ is dict else dict(entries.items()))

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.additional_properties!r})"
