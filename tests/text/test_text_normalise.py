"""Arabic and search normalisation: table rows a reviewer recognises, plus idempotence."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.text import (
    fold_with_offsets,
    normalise_arabic,
    normalise_for_search,
    search_tokens,
    source_span,
    to_ascii_digits,
)


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("مُحَمَّدٌ", "محمد"),  # harakat and tanween removed
        ("الإنسحاب", "الانسحاب"),  # hamza-under alef
        ("أكّد", "اكد"),  # hamza-over alef and shadda
        ("آلاف", "الاف"),  # madda alef
        ("ٱلرَّحْمَٰن", "الرحمن"),  # alef wasla and superscript alef
        ("مدرسة", "مدرسه"),  # ta marbuta
        ("مستشفى", "مستشفي"),  # alef maqsura
        ("مؤتمر", "موتمر"),  # hamza on waw
        ("رئيس", "رييس"),  # hamza on ya
        ("تحالفـــاً", "تحالفا"),  # tatweel and tanween
        ("٢٥٠٠", "2500"),  # Arabic-Indic digits
        ("۲۵۰۰", "2500"),  # Persian digits
        ("٢٫٥", "2.5"),  # Arabic decimal separator
        ("٥٠٬٠٠٠", "50,000"),  # Arabic thousands separator
        ("Iraq", "Iraq"),  # Latin untouched
    ],
)
def test_normalise_arabic(raw, expected):
    assert normalise_arabic(raw) == expected


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("«نفت» السلطاتُ، العراقيّة؟", "نفت السلطات العراقيه"),
        ("  The  U.S.   said: \"No!\" ", "the u s said no"),
        ("وصل إلى ٥٠٬٠٠٠ شخص.", "وصل الي 50,000 شخص"),
        ("ﻻ", "لا"),  # presentation-form ligature through NFKC
        ("2.5% rise", "2.5 rise"),
        ("Straße", "strasse"),
        ("", ""),
    ],
)
def test_normalise_for_search(raw, expected):
    assert normalise_for_search(raw) == expected


def test_search_tokens_keeps_the_article():
    assert search_tokens("البرلمانُ العراقيّ صوّت") == ["البرلمان", "العراقي", "صوت"]


@pytest.mark.parametrize("raw, expected", [("١٢٣", "123"), ("۴۵", "45"), ("abc 7", "abc 7"), ("٣٠٪", "30٪")])
def test_to_ascii_digits(raw, expected):
    assert to_ascii_digits(raw) == expected


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_normalise_for_search_is_idempotent(text):
    once = normalise_for_search(text)
    assert normalise_for_search(once) == once


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_fold_offsets_point_into_the_source(text):
    folded, origin = fold_with_offsets(text)
    assert len(origin) == len(folded) + 1
    assert origin == sorted(origin) and origin[-1] == len(text)
    if folded:
        start, end = source_span(origin, 0, len(folded), text)
        assert 0 <= start <= end <= len(text)
