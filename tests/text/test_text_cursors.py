"""Queue cursors survive the round trip; forged ones are refused (None), never passed to the database."""
from __future__ import annotations

import base64
import json
from datetime import datetime, timezone

import pytest

from checker.text.cursors import decode_cursor, encode_cursor

SCORE, DATE, STATUS = (float, int), (datetime, int), (str, float, int)
WHEN = datetime(2026, 11, 29, 14, 5, 7, 123456, tzinfo=timezone.utc)


def forge(payload: str) -> str:
    """A cursor made by hand from raw JSON text, as an attacker would."""
    return base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")


@pytest.mark.parametrize("values, kinds", [
    ((0.93, 1041), SCORE), ((0.0, 1), SCORE), ((1, 7), SCORE), ((WHEN, 88), DATE),
    ((datetime(2026, 1, 2, 3, 4, 5), 9), DATE), (("in_review", 0.5, 12), STATUS), (("new", 1.0, 2**63 - 1), STATUS),
])
def test_round_trip(values, kinds):
    assert decode_cursor(encode_cursor(values), kinds) == tuple(values)


@pytest.mark.parametrize("cursor, kinds", [
    ("", SCORE), ("!!!", SCORE), ("WzEsMl0=", SCORE), ("a" * 201, SCORE), ("%00", SCORE), ("====", SCORE),
    (forge("not json"), SCORE), (forge("{\"a\": 1}"), SCORE), (forge("[1]"), SCORE), (forge("[1, 2, 3]"), SCORE),
    (forge("[\"x\", 1]"), SCORE),                       # text where a score goes
    (forge("[{\"a\": 1}, 1]"), SCORE),                  # an object (500 on SQLite and PostgreSQL today)
    (forge("[[1], 1]"), SCORE), (forge("[null, 1]"), SCORE), (forge("[true, 1]"), SCORE),
    (forge("[0.5, 1.5]"), SCORE),                       # ids are whole numbers
    (forge("[0.5, 99999999999999999999999]"), SCORE),   # out of a 64-bit integer: 500 on PostgreSQL today
    (forge("[0.5, -99999999999999999999999]"), SCORE),
    (forge("[NaN, 1]"), SCORE), (forge("[Infinity, 1]"), SCORE), (forge("[-Infinity, 1]"), SCORE),
    (forge("[1e400, 1]"), SCORE),                       # read as infinity
    (forge("[\"yesterday\", 1]"), DATE), (forge("[12, 1]"), DATE), (forge("[\"2026-13-40\", 1]"), DATE),
    (forge("[\"" + "2" * 60 + "\", 1]"), DATE),
    (forge("[\"new\\u0000\", 0.5, 1]"), STATUS),        # NUL: PostgreSQL refuses it in text
    (forge("[\"" + "x" * 101 + "\", 0.5, 1]"), STATUS), (forge("[5, 0.5, 1]"), STATUS),
    (base64.urlsafe_b64encode(b"\xff\xfe[1,2]").decode().rstrip("="), SCORE),   # not UTF-8
    (forge("[" * 150 + "]" * 150), SCORE),
])
def test_forged_cursors_are_refused(cursor, kinds):
    assert decode_cursor(cursor, kinds) is None


def test_a_whole_number_score_is_read_as_a_float():
    assert decode_cursor(forge("[1, 5]"), SCORE) == (1.0, 5)


def test_encode_refuses_what_it_could_not_read_back():
    with pytest.raises(ValueError):
        encode_cursor((float("nan"), 1))


def test_cursors_are_url_safe():
    cursor = encode_cursor(("awaiting_approval", 0.999, 123456789))
    assert json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))) == ["awaiting_approval", 0.999,
                                                                                        123456789]
    assert set(cursor) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
