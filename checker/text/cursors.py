"""Keyset-pagination cursors: opaque in the URL, validated on the way back so a forged one is only ignored."""
from __future__ import annotations

import base64
import binascii
import json
import math
import re
from datetime import datetime
from typing import Any

MAX_CURSOR_LENGTH = 200
MAX_TEXT_VALUE = 100
MIN_INT, MAX_INT = -(2**63), 2**63 - 1  # what a 64-bit database integer holds
_ALPHABET = re.compile(r"[A-Za-z0-9_-]+")
CursorValue = int | float | str | datetime


def encode_cursor(values: tuple[CursorValue, ...]) -> str:
    """An opaque, URL-safe cursor for the last row's sort values (datetimes as ISO 8601)."""
    plain = [v.isoformat() if isinstance(v, datetime) else v for v in values]
    return base64.urlsafe_b64encode(json.dumps(plain, allow_nan=False).encode()).decode().rstrip("=")


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a cursor value")  # JSON's NaN, Infinity and -Infinity


def _read_value(value: Any, kind: type) -> CursorValue | None:
    """The value as `kind` (int, float, str or datetime), or None when it is not one a database would take."""
    if isinstance(value, bool):
        return None  # bool is an int to Python, not to a cursor
    if kind is int:
        return value if isinstance(value, int) and MIN_INT <= value <= MAX_INT else None
    if kind is float:
        if isinstance(value, int) and MIN_INT <= value <= MAX_INT:
            return float(value)
        return value if isinstance(value, float) and math.isfinite(value) else None
    if kind is str:
        # PostgreSQL refuses NUL in text and an unprintable value never came from Checker.
        return value if isinstance(value, str) and len(value) <= MAX_TEXT_VALUE and value.isprintable() else None
    if kind is datetime:
        if not isinstance(value, str) or len(value) > 40:
            return None
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            return None
    raise TypeError(f"cursors hold no {kind!r}")


def decode_cursor(cursor: str, kinds: tuple[type, ...]) -> tuple[CursorValue, ...] | None:
    """The sort values in a cursor, each of the kind its column holds, or None when it is damaged or forged."""
    if not isinstance(cursor, str) or not 0 < len(cursor) <= MAX_CURSOR_LENGTH or not _ALPHABET.fullmatch(cursor):
        return None
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        values = json.loads(raw.decode("utf-8"), parse_constant=_refuse_constant)
    except (binascii.Error, UnicodeDecodeError, ValueError, RecursionError):
        return None
    if not isinstance(values, list) or len(values) != len(kinds):
        return None
    read = tuple(_read_value(value, kind) for value, kind in zip(values, kinds))
    return None if any(value is None for value in read) else read
