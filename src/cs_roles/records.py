"""Read-only records for the core's own data (a role, a definition, a resolution).

What `dataclasses` would give them, made by a small metaclass instead: building a slotted
dataclass compiles its generated methods and then builds the class a second time, a cost
every start-up pays for each class on the path of a command. Here the class body's
annotations become the slots and its values the defaults, and one `__init__` serves
every record. The type checker sees frozen dataclasses (`dataclass_transform`).

`results.Result`, the type of what commands print, is such a record that also knows its
JSON keys.

A default is shared by every record that takes it, so a default that is a container must
not be changed: records are never changed after they are built (assigning raises).
"""

from __future__ import annotations

from typing import Any, ClassVar, dataclass_transform


@dataclass_transform(frozen_default=True)
class RecordType(type):
    """Makes each annotation of the class body a slot, its value a default."""

    def __new__(
        mcs, name: str, bases: tuple[type, ...], namespace: dict[str, Any], **kwargs: Any
    ) -> RecordType:
        names = tuple(n for n in namespace.get("__annotations__", ()) if not n.startswith("_"))
        namespace["_defaults"] = {n: namespace.pop(n) for n in names if n in namespace}
        namespace["_fields"] = names
        namespace["__slots__"] = names
        return super().__new__(mcs, name, bases, namespace, **kwargs)


class Record(metaclass=RecordType):
    """A record whose fields are given by position or by name, and never change; equal to
    a record of its class with equal fields."""

    __slots__ = ()
    _defaults: ClassVar[dict[str, Any]]
    _fields: ClassVar[tuple[str, ...]]

    def __init__(self, *args: Any, **values: Any) -> None:
        fields = self._fields
        if not args and len(values) == len(fields):  # every field by name
            try:
                for name in fields:
                    object.__setattr__(self, name, values[name])
                return
            except KeyError:
                pass  # a field misnamed: the full path below says which
        if not values and len(args) == len(fields):  # every field by position
            for name, value in zip(fields, args, strict=True):
                object.__setattr__(self, name, value)
            return
        if len(args) > len(fields):
            raise TypeError(f"{type(self).__name__}: {len(args)} values for {len(fields)} fields")
        for name, value in zip(fields, args, strict=False):
            object.__setattr__(self, name, value)
        for name in fields[len(args) :]:
            if name in values:
                value = values.pop(name)
            elif name in self._defaults:
                value = self._defaults[name]
            else:
                raise TypeError(f"{type(self).__name__}: {name} is required")
            object.__setattr__(self, name, value)
        if values:
            raise TypeError(f"{type(self).__name__}: no field {', '.join(values)}")

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"{type(self).__name__} is read-only")

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in self._fields)

    def __hash__(self) -> int:
        return hash(tuple(getattr(self, n) for n in self._fields))

    def __repr__(self) -> str:
        shown = ", ".join(f"{n}={getattr(self, n)!r}" for n in self._fields)
        return f"{type(self).__name__}({shown})"
