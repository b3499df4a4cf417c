"""A record with every field filled, built from the schema models themselves (new fields included)."""

from __future__ import annotations

import types
import typing
from typing import Any, Literal, get_args, get_origin

import pytest
from pydantic import BaseModel

from dateline.schema import Article


def _fill(annotation: Any, depth: int = 0) -> Any:
    origin = get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in get_args(annotation) if a is not type(None)]
        return _fill(args[0], depth)
    if origin is Literal:
        return get_args(annotation)[-1]
    if origin is list:
        return [_fill(get_args(annotation)[0], depth + 1) for _ in range(2)]
    if origin is tuple:
        return tuple(_fill(a, depth + 1) for a in get_args(annotation) if a is not Ellipsis)
    if origin is dict:
        return {"GLOBALEVENTID": 7, "Actor1Name": "CANADA", "AvgTone": -1.5, "Actor2Name": None}
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return {name: _fill(field.annotation, depth + 1) for name, field in annotation.model_fields.items()}
    return {str: "filled \u201cvalue\u201d", int: 3, float: 2.5, bool: True}.get(annotation, "x")


def filled_article() -> Article:
    """An Article whose every field, nested ones too, holds a non-default value."""
    data = _fill(Article)
    data["id"] = "f" * 64
    data["body"] = "OTTAWA \u2013 Prime Minister Stephen Harper said \u201cwe will\u201d on Monday."
    data["published"]["value"] = "2015-03-22"
    return Article.model_validate(data)


@pytest.fixture
def filled() -> Article:
    return filled_article()
