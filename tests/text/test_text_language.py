"""Language detection by script."""
import pytest

from checker.text import detect_language


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
