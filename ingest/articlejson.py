"""An :class:`~ingest.model.Article` as JSON text and back, exactly.

The ingest reads each page once, in its first pass, and hands the article to
the second pass (which links the archive's names in it) through the ingest
cache and the process pool: both carry plain text, never pickled objects
from a file a page's inputs could reach.

Each model object is ``{"_": class name, field: value, ...}``; tuples and
lists are JSON arrays, and become tuples again inside the frozen model
classes (blocks, inlines) and lists inside ``Article`` and ``Metadata``.
``loads(dumps(article)) == article`` for every article a reader makes.
"""

from __future__ import annotations

import json
from dataclasses import fields, is_dataclass

from ingest import model

_CLASSES = {cls.__name__: cls for cls in vars(model).values() if isinstance(cls, type) and is_dataclass(cls)}
_TAG = "_"


def dumps(article: model.Article) -> str:
    """The article as compact JSON text. Raises RecursionError on a tree nested too deeply."""
    return json.dumps(_data(article), ensure_ascii=False, separators=(",", ":"))


def loads(text: str) -> model.Article:
    """The article :func:`dumps` wrote. Raises ValueError on text it did not write."""
    article = _object(json.loads(text), frozen=False)
    if not isinstance(article, model.Article):
        raise ValueError("not an article")
    return article


def _data(value: object) -> object:
    if is_dataclass(value):
        out: dict[str, object] = {_TAG: type(value).__name__}
        for f in fields(value):
            out[f.name] = _data(getattr(value, f.name))
        return out
    if isinstance(value, list | tuple):
        return [_data(item) for item in value]
    return value


def _object(value: object, frozen: bool) -> object:
    if isinstance(value, dict):
        cls = _CLASSES.get(str(value.get(_TAG)))
        if cls is None:
            raise ValueError(f"unknown model class {value.get(_TAG)!r}")
        inner = cls.__dataclass_params__.frozen  # type: ignore[attr-defined]
        return cls(**{name: _object(item, inner) for name, item in value.items() if name != _TAG})
    if isinstance(value, list):
        items = [_object(item, frozen) for item in value]
        return tuple(items) if frozen else items
    return value
