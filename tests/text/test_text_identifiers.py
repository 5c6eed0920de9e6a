"""Ids from URLs and forms: ASCII digits within a 64-bit column, nothing else."""
from __future__ import annotations

import pytest

from checker.text.identifiers import MAX_ID, parse_id


@pytest.mark.parametrize("value, expected", [
    ("1", 1), ("42", 42), ("007", 7), (str(MAX_ID), MAX_ID), (42, 42),
    ("0", None),                                  # ids start at 1
    (str(MAX_ID + 1), None), ("99999999999999999999999", None), ("9" * 5000, None), (2**64, None),
    ("²", None), ("4²", None), ("١٢", None), ("۱۲", None), ("４２", None), ("𝟒𝟐", None), ("௪", None),
    ("-1", None), ("+1", None), (" 1", None), ("1 ", None), ("1\n", None), ("\t1", None), ("1\u00a0", None),
    ("1_000", None), ("1,000", None), ("4.0", None), ("1e3", None), ("0x1f", None), ("", None), ("abc", None),
    (None, None), (True, None), (4.0, None), (b"4", None), ([4], None), (-3, None),
])
def test_parse_id(value, expected):
    assert parse_id(value) == expected


@pytest.mark.parametrize("value, expected", [
    ("١٢", 12), ("۱۲", 12), ("٠٠٧", 7), ("4٢", 42), ("²", None), ("-١", None), ("١٢ ", None),
])
def test_parse_id_reads_arabic_digits_when_asked(value, expected):
    assert parse_id(value, arabic_digits=True) == expected


@pytest.mark.parametrize("value, minimum, expected", [("0", 0, 0), ("0", 1, None), ("5", 10, None)])
def test_parse_id_minimum(value, minimum, expected):
    assert parse_id(value, minimum=minimum) == expected
