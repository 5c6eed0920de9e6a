"""Language detection by script."""
import pytest

from checker.text import detect_language, letter_counts
from checker.text.language import MIXED_SHARE


@pytest.mark.parametrize(
    "text, expected",
    [
        ("نفت السلطات العراقية تمديد موعد الانسحاب", "ar"),
        ("The Iraqi authorities denied it", "en"),
        ("قال مسؤول في ISIS إن", "ar"),  # a short acronym does not make it mixed
        ("قالت الوزارة The ministry said", "mixed"),
        ("2500 !!", "en"),  # no letters: the default
        ("", "en"),
    ],
)
def test_detect_language(text, expected):
    assert detect_language(text) == expected


def test_detect_language_default_when_no_letters():
    assert detect_language("٢٠٢٠ - 31/12", default="ar") == "ar"


@pytest.mark.parametrize(
    "text",
    ["نفت السلطات", "٢٠٢٠ ، ٣١", "قال مسؤول في ISIS", "é ١", "Ünal قال", "ـــ ، ؟", "ﻻ ﺍﻟ"],
)
def test_detect_language_agrees_with_the_letter_counts(text):
    # Units without a Latin letter skip the counting: the answer must still be what the counts give.
    arabic, latin = letter_counts(text)
    total = arabic + latin
    counted = ("xx" if not total else "mixed" if min(arabic, latin) / total >= MIXED_SHARE
               else "ar" if arabic > latin else "en")
    assert detect_language(text, default="xx") == counted
