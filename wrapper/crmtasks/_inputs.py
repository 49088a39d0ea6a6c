"""Checking and converting user input against the specs, before anything is sent.

Every rule here is read from a generated ``spec_data`` module (the flattened
schemas of request bodies and parameters, Keap's filter grammar). Values come
in as Python objects (``datetime``, enums, plain literals) and leave as what
the generated client expects: JSON-ready values for bodies, generated enum
members and dates for query parameters. Every string on its way out is checked
once to be encodable as UTF-8 (``utf8_text``): a lone surrogate would
otherwise fail deep inside httpx, half-way through sending.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections.abc import Mapping, Sequence
from types import ModuleType
from typing import TYPE_CHECKING, Any, cast

from ._exceptions import ValidationError

if TYPE_CHECKING:
    from ._seam import Filter, Param, Search, SearchKey, TypedProperties, TypedProperty

__all__ = [
    "as_sequence",
    "build_filter",
    "build_search",
    "check_text",
    "merge_properties",
    "object_to_json",
    "property_text",
    "query_args",
    "to_json",
    "to_param",
    "utf8_text",
]

Schema = dict[str, Any]

_LOCAL_DATE_TIME = "%Y-%m-%dT%H:%M:%S"
_FILTER_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
# Characters that would end or change a Keap filter clause if sent inside a value.
_FILTER_GRAMMAR = re.compile(r"[;=<>]")


def _type_name(value: object) -> str:
    return type(value).__name__


def utf8_text(text: str, field: str) -> str:
    """``text`` if UTF-8 can encode it, as a JSON body and a URL need; else ValidationError naming ``field``.

    Only a lone surrogate (``"\\ud800"``, left by a bad decode) cannot be encoded.
    """
    if text.isascii():  # nearly every string: no encoding needed to know
        return text
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as error:
        code = ord(text[error.start])
        raise ValidationError(
            field, f"holds U+{code:04X} at position {error.start}, a lone surrogate that UTF-8 cannot encode"
        ) from None
    return text


def _member_field(where: str, name: str) -> str:
    # A name that cannot be encoded cannot be printed either: the error shows it escaped.
    return f"{where}[{name!r}]" if where else repr(name)


def check_text(value: object, field: str) -> None:
    """Refuse any str UTF-8 cannot encode in ``value``: a str, or mappings (names too) and lists of them, nested.

    For what is sent as given, with no schema to go through (untyped members, ``extra_body``, query extras).
    """
    if isinstance(value, str):
        utf8_text(value, field)
    elif isinstance(value, Mapping):
        mapping: Mapping[object, object] = value  # pyright: ignore[reportUnknownVariableType]
        for name, item in mapping.items():
            member = f"{field}[{name!r}]"  # repr: a name UTF-8 cannot encode cannot be printed either
            if isinstance(name, str):
                utf8_text(name, member)
            check_text(item, member)
    elif isinstance(value, list | tuple):
        for index, item in enumerate(cast("Sequence[object]", value)):
            check_text(item, f"{field}[{index}]")


def as_sequence(value: object, field: str) -> Sequence[Any]:
    """``value`` as a sequence of items (a str is not one); ValidationError otherwise."""
    if isinstance(value, str | bytes) or not isinstance(value, Sequence):
        raise ValidationError(field, f"expected a list, got {_type_name(value)}")
    items: Sequence[Any] = value  # pyright: ignore[reportUnknownVariableType]
    return items


def to_json(schema: Schema, value: Any, field: str) -> Any:
    """Check ``value`` against ``schema`` and return it as JSON (raises ValidationError naming ``field``)."""
    if value is None:
        if schema.get("nullable"):
            return None
        raise ValidationError(field, "may not be None")
    if isinstance(value, enum.Enum):
        value = value.value
    if "enum" in schema and value not in schema["enum"]:
        allowed = ", ".join(repr(v) for v in schema["enum"])
        raise ValidationError(field, f"{value!r} is not one of {allowed}")
    kind = schema.get("type")
    if kind == "string":
        return _string(schema, value, field)
    if kind in ("integer", "number"):
        return _number(schema, value, field)
    if kind == "boolean":
        if not isinstance(value, bool):
            raise ValidationError(field, f"expected a bool, got {_type_name(value)}")
        return value
    if kind == "array":
        return _array(schema, value, field)
    if kind == "object" or "properties" in schema:
        if not isinstance(value, Mapping):
            raise ValidationError(field, f"expected a mapping, got {_type_name(value)}")
        mapping: Mapping[str, Any] = value  # pyright: ignore[reportUnknownVariableType]
        return object_to_json(schema, mapping, field)
    check_text(value, field)  # sent as it is: no schema says what it holds
    return value


def _string(schema: Schema, value: Any, field: str) -> str:
    fmt = schema.get("format")
    if fmt == "date-time":
        if not isinstance(value, dt.datetime):
            raise ValidationError(field, f"expected a datetime, got {_type_name(value)}")
        if value.tzinfo is None:
            raise ValidationError(field, "needs a timezone-aware datetime (the API reads it as an instant)")
        return value.isoformat()
    if fmt == "local-date-time":
        if isinstance(value, dt.datetime):
            if value.tzinfo is not None:
                raise ValidationError(field, "takes a local (naive) datetime; the API stores no timezone")
            value = value.strftime(_LOCAL_DATE_TIME)
        elif not isinstance(value, str):
            raise ValidationError(field, f"expected a datetime, got {_type_name(value)}")
    elif fmt == "date":
        if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
            raise ValidationError(field, f"expected a date, got {_type_name(value)}")
        return value.isoformat()
    if not isinstance(value, str):
        raise ValidationError(field, f"expected a str, got {_type_name(value)}")
    utf8_text(value, field)
    if "maxLength" in schema and len(value) > schema["maxLength"]:
        raise ValidationError(field, f"is {len(value)} characters long; at most {schema['maxLength']} are allowed")
    if "minLength" in schema and len(value) < schema["minLength"]:
        raise ValidationError(field, f"needs at least {schema['minLength']} character(s)")
    if "pattern" in schema and not re.search(schema["pattern"], value):
        raise ValidationError(field, f"{value!r} does not match {schema['pattern']}")
    return value


def _number(schema: Schema, value: Any, field: str) -> int | float:
    integer = schema["type"] == "integer"
    if isinstance(value, bool) or not isinstance(value, int if integer else (int, float)):
        raise ValidationError(field, f"expected {'an int' if integer else 'a number'}, got {_type_name(value)}")
    if schema.get("format") == "int32" and not -(2**31) <= value < 2**31:
        raise ValidationError(field, f"must fit in 32 bits, got {value}")
    if "minimum" in schema and value < schema["minimum"]:
        raise ValidationError(field, f"must be at least {schema['minimum']}, got {value}")
    if "maximum" in schema and value > schema["maximum"]:
        raise ValidationError(field, f"must be at most {schema['maximum']}, got {value}")
    result: int | float = value
    return result


def _array(schema: Schema, value: Any, field: str) -> list[Any]:
    sequence = as_sequence(value, field)
    if "minItems" in schema and len(sequence) < schema["minItems"]:
        raise ValidationError(field, f"needs at least {schema['minItems']} item(s)")
    if "maxItems" in schema and len(sequence) > schema["maxItems"]:
        raise ValidationError(field, f"takes at most {schema['maxItems']} items")
    if schema.get("uniqueItems") and len(set(map(repr, sequence))) < len(sequence):
        raise ValidationError(field, "may not repeat an item")
    items = schema.get("items", {})
    return [to_json(items, item, f"{field}[{i}]") for i, item in enumerate(sequence)]


def object_to_json(schema: Schema, fields: Mapping[str, Any], where: str = "") -> dict[str, Any]:
    """Check a mapping of fields against an object schema; return the JSON object.

    Unknown names, missing required fields and an unmet "at least one of"
    each raise a ValidationError that names the field.
    """
    properties: Schema = schema.get("properties", {})
    prefix = f"{where}." if where else ""
    extra: Schema | None = schema.get("additionalProperties")  # a map's values (names known at run time)
    for name in fields:
        if isinstance(name, str) and not name.isascii():  # pyright: ignore[reportUnnecessaryIsInstance]
            utf8_text(name, _member_field(where, name))
        if name not in properties and extra is None:
            raise ValidationError(prefix + name, f"is not a field here; known fields: {', '.join(properties)}")
    for name in schema.get("required", []):
        if name not in fields:
            raise ValidationError(prefix + name, "is required")
    group = schema.get("at_least_one_of")
    if group and not any(name in fields for name in group):
        raise ValidationError(prefix + group[0], f"at least one of {', '.join(group)} is required")
    return {name: to_json(properties.get(name) or extra or {}, value, prefix + name) for name, value in fields.items()}


def to_param(models: ModuleType, schema: Schema, value: Any, field: str) -> Any:
    """Check a query or path parameter; return what the generated function takes."""
    if schema.get("type") == "array":
        items = schema.get("items", {})
        sequence = as_sequence(value, field)
        return [to_param(models, items, item, f"{field}[{i}]") for i, item in enumerate(sequence)]
    if schema.get("format") == "date":
        to_json(schema, value, field)
        return value
    checked = to_json(schema, value, field)
    if "enum_class" in schema:
        return getattr(models, schema["enum_class"])(checked)
    return checked


def query_args(models: ModuleType, params: Mapping[str, Param], given: Mapping[str, Any]) -> dict[str, Any]:
    """Check keyword arguments against an operation's parameters (keyed by Python name)."""
    args: dict[str, Any] = {}
    for name, value in given.items():
        if name not in params:
            raise ValidationError(name, f"is not a parameter here; known: {', '.join(params)}")
        args[name] = to_param(models, params[name]["schema"], value, name)
    return args


def _filter_value(schema: Schema, value: Any, key: str, spec: Filter, wildcard_field: bool) -> str:
    if isinstance(value, enum.Enum):
        value = value.value
    if schema.get("type") == "array":
        sequence = as_sequence(value, key)
        items = schema.get("items", {})
        parts = [_filter_value(items, v, f"{key}[{i}]", spec, False) for i, v in enumerate(sequence)]
        if not parts or any("," in p for p in parts):
            raise ValidationError(key, "needs one or more values, none containing ','")
        return ",".join(parts)
    if schema.get("format") == "date-time" or isinstance(value, dt.datetime):
        if not isinstance(value, dt.datetime) or value.tzinfo is None:
            raise ValidationError(key, "needs a timezone-aware datetime")
        text = value.astimezone(dt.UTC).isoformat(timespec=spec.get("datetime_timespec", "milliseconds"))
        return text.replace("+00:00", "Z")
    if isinstance(value, bool):
        if schema and schema.get("type") != "boolean":
            raise ValidationError(key, f"expected {schema.get('type')}, got bool")
        return ("true" if value else "false") if schema else ("1" if value else "0")
    if isinstance(value, dt.date):
        raise ValidationError(key, "needs a datetime with a timezone; the API rejects date-only values")
    if schema:
        value = to_json(schema, value, key)
    if not isinstance(value, str | int | float):
        raise ValidationError(key, f"cannot filter on a {_type_name(value)}")
    text = utf8_text(str(value), key)
    if _FILTER_GRAMMAR.search(text):
        raise ValidationError(key, f"{text!r} contains ';', '=', '<' or '>', which would break the filter")
    if wildcard_field and spec.get("prefix_wildcard", "*") in text:
        raise ValidationError(key, f"{text!r} contains the wildcard character; use the __startswith keyword")
    return text


def build_filter(spec: Filter, filters: Mapping[str, Any], custom: Mapping[str, Any] | None) -> str | None:
    """Compose a Keap-style filter string from keyword filters and custom-field filters.

    ``spec`` is the operation's ``filter`` entry of spec_data: its keys map each
    keyword (``id__gte``, ``title__startswith``) to a field, an operator and
    whether the value is a prefix.
    """
    keys = spec["keys"]
    wildcard = spec.get("prefix_wildcard", "*")
    wildcard_fields = {key["field"] for key in keys.values() if key["prefix"]}
    clauses: list[str] = []
    for name, value in filters.items():
        if name not in keys:
            raise ValidationError(name, f"is not a filter; known filters: {', '.join(keys)}")
        key = keys[name]
        field = key["field"]
        text = _filter_value(spec["fields"][field], value, name, spec, field in wildcard_fields)
        clauses.append(f"{field}{key['operator']}{text}{wildcard if key['prefix'] else ''}")
    if custom:
        if not spec.get("custom_fields"):
            raise ValidationError("custom_fields", "this API does not filter on custom fields")
        for custom_key, value in custom.items():
            field, operator, prefix = _split_custom(custom_key, spec)
            text = _filter_value({}, value, f"custom_fields[{custom_key!r}]", spec, True)
            clauses.append(f"{field}{operator}{text}{wildcard if prefix else ''}")
    return spec["clause_separator"].join(clauses) if clauses else None


def _split_custom(key: str, spec: Filter) -> tuple[str, str, bool]:
    """Split a custom-field filter key such as ``cf_renewal__lte`` into name, operator and prefix flag."""
    prefix_suffix: str = spec["prefix_suffix"]
    name, operator, prefix = key, "==", False
    if key.endswith(prefix_suffix):
        name, prefix = key.removesuffix(prefix_suffix), True
    else:
        # Longest suffix first, so "__gte" wins over "__gt".
        for suffix, op in sorted(spec["suffixes"].items(), key=lambda item: -len(item[0])):
            if key.endswith(suffix):
                name, operator = key.removesuffix(suffix), op
                break
    if not _FILTER_NAME.fullmatch(name):
        raise ValidationError(f"custom_fields[{key!r}]", "is not a custom field name")
    return name, operator, prefix


def property_text(schema: TypedProperty, value: Any, keyword: str) -> str:
    """A typed property's value as the string the API stores (x-properties); ValidationError naming ``keyword``."""
    if isinstance(value, enum.Enum):
        value = value.value
    if schema.get("format") == "date-time":
        if not isinstance(value, dt.datetime):
            raise ValidationError(keyword, f"expected a datetime, got {_type_name(value)}")
        if value.tzinfo is None:
            raise ValidationError(keyword, "needs a timezone-aware datetime (the API reads it as an instant)")
        if schema.get("encoding") == "epoch-millis":
            return str(round(value.timestamp() * 1000))
        return value.astimezone(dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
    kind = schema["type"]
    if kind == "boolean":
        if not isinstance(value, bool):
            raise ValidationError(keyword, f"expected a bool, got {_type_name(value)}")
        return "true" if value else "false"
    if kind in ("integer", "number"):
        number = _number({"type": kind}, value, keyword)
        return str(number)
    text = _string(
        {"type": "string", **({"pattern": schema["pattern"]} if "pattern" in schema else {})}, value, keyword
    )
    if "enum" in schema and text not in schema["enum"]:
        allowed = ", ".join(repr(v) for v in schema["enum"])
        raise ValidationError(keyword, f"{text!r} is not one of {allowed}")
    return text


def merge_properties(typed: TypedProperties, args: dict[str, Any]) -> None:
    """Move the typed property keywords of ``args`` into its map member, each converted to its string."""
    declared = typed["properties"]
    given = {name: args.pop(name) for name in list(args) if name in declared}
    if not given:
        return
    field = typed["field"]
    existing: object = args.get(field)
    if existing is None:
        existing = {}
    if not isinstance(existing, Mapping):
        raise ValidationError(field, f"expected a mapping, got {_type_name(existing)}")
    merged: dict[str, Any] = dict(existing)  # pyright: ignore[reportUnknownArgumentType]
    for name, value in given.items():
        if name in merged:
            raise ValidationError(name, f"is given both as a keyword and in {field}=; give it once")
        merged[name] = property_text(declared[name], value, name)
    args[field] = merged


def _search_filter(spec: Search, key: SearchKey, value: Any, keyword: str) -> dict[str, Any]:
    """One filter of a search keyword: the property, the operator and its value(s) as the API takes them."""
    members = spec["members"]
    schema = spec["properties"][key["property"]]
    condition: dict[str, Any] = {members["property"]: key["property"], members["operator"]: key["operator"]}
    takes = key["takes"]
    if takes == "presence":
        if not isinstance(value, bool):
            raise ValidationError(keyword, f"expected a bool, got {_type_name(value)}")
        if not value:
            condition[members["operator"]] = key.get("negated", key["operator"])
    elif takes == "token":
        if not isinstance(value, str) or not value.strip():
            raise ValidationError(keyword, "expected a word (str)")
        condition[members["value"]] = utf8_text(value, keyword)
    elif takes == "range":
        pair = as_sequence(value, keyword)
        if len(pair) != 2:
            raise ValidationError(keyword, "expected (low, high)")
        condition[members["value"]] = property_text(schema, pair[0], f"{keyword}[0]")
        condition[members["high_value"]] = property_text(schema, pair[1], f"{keyword}[1]")
    elif takes == "values":
        items = as_sequence(value, keyword)
        if not items:
            raise ValidationError(keyword, "needs at least one value")
        condition[members["values"]] = [property_text(schema, v, f"{keyword}[{i}]") for i, v in enumerate(items)]
    else:
        condition[members["value"]] = property_text(schema, value, keyword)
    return condition


def _search_group(spec: Search, keywords: Mapping[str, Any], where: str) -> list[dict[str, Any]]:
    filters: list[dict[str, Any]] = []
    for keyword, value in keywords.items():
        key = spec["keys"].get(keyword)
        if key is None:
            raise ValidationError(f"{where}{keyword}", "is not a search keyword here")
        filters.append(_search_filter(spec, key, value, f"{where}{keyword}"))
    return filters


def build_search(spec: Search, args: dict[str, Any]) -> None:
    """Turn the search keywords of ``args`` (and ``any_of``) into the body's groups of filters.

    The keywords given outside ``any_of`` form one AND group, and join every group of ``any_of`` (OR'ed):
    ``a=1, any_of=[{b: 2}, {c: 3}]`` is (a and b) or (a and c). The API's limits of groups, of filters per
    group and of filters in all are checked here, before anything is sent.
    """
    groups_member = spec["groups"]
    keywords = {name: args.pop(name) for name in list(args) if name in spec["keys"]}
    any_of: object = args.pop("any_of", None)
    if not keywords and any_of is None:
        args.setdefault(groups_member, [])
        return
    if groups_member in args:
        raise ValidationError(groups_member, "give either filter keywords (and any_of) or raw groups, not both")
    common = _search_group(spec, keywords, "")
    groups: list[list[dict[str, Any]]] = []
    if any_of is None:
        groups.append(common)
    else:
        alternatives = as_sequence(any_of, "any_of")
        if not alternatives:
            raise ValidationError("any_of", "needs at least one group of keywords")
        for index, alternative in enumerate(alternatives):
            if not isinstance(alternative, Mapping):
                raise ValidationError(f"any_of[{index}]", f"expected a dict of keywords, got {_type_name(alternative)}")
            keyed: Mapping[str, Any] = alternative  # pyright: ignore[reportUnknownVariableType]
            groups.append([*common, *_search_group(spec, keyed, f"any_of[{index}].")])
    _check_search_limits(spec, groups, any_of is not None)
    args[groups_member] = [{spec["filters"]: group} for group in groups]


def _check_search_limits(spec: Search, groups: list[list[dict[str, Any]]], alternatives: bool) -> None:
    most_groups, most_in_group = spec["max_groups"], spec["max_group_filters"]
    if most_groups is not None and len(groups) > most_groups:
        raise ValidationError("any_of", f"makes {len(groups)} groups; the API takes at most {most_groups}")
    for index, group in enumerate(groups):
        if most_in_group is not None and len(group) > most_in_group:
            where = f"any_of[{index}]" if alternatives else None  # None: the keywords given as a whole
            raise ValidationError(
                where, f"makes a group of {len(group)} filters; the API takes at most {most_in_group}"
            )
    total = sum(len(group) for group in groups)
    most = spec.get("max_filters")
    if most is not None and total > most:
        raise ValidationError(
            "any_of" if alternatives else None,
            f"makes {total} filters in all (keywords repeat in every group); at most {most}",
        )
