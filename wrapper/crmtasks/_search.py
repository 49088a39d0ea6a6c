"""``x-search``: a search's keywords (one per property and operator) as the body's groups of filters.

HubSpot searches with a body of filter groups (OR'ed), each a list of
filters (AND'ed); the spec's ``x-search`` declares a keyword per property
and operator (``hs_task_status__in``, ``hs_timestamp__between``), what each
takes, and the API's limits of groups and filters, checked before sending.
Values are written as the typed properties are (crmtasks._properties).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ._exceptions import ValidationError
from ._inputs import _type_name, as_sequence, utf8_text  # pyright: ignore[reportPrivateUsage]
from ._properties import property_text

if TYPE_CHECKING:
    from ._seam import Search, SearchKey

__all__ = ["build_search"]


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
