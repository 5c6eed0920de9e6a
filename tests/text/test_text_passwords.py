"""Common and weak passwords are refused, in Arabic as in English; the messages read in both languages."""
from __future__ import annotations

import pytest
from babel.support import Translations

from checker.text.passwords import (HAS_USERNAME, MESSAGE_PARAMS, TOO_COMMON, TOO_LONG, TOO_SHORT, TOO_WEAK,
                                    password_problem)
from tests.conftest import PROJECT_ROOT


@pytest.mark.parametrize("password, username, expected", [
    # the desk's own findings
    ("12345678", "sara", TOO_COMMON),
    ("password", "sara", TOO_COMMON),
    # English lists and patterns
    ("Password1", "sara", TOO_COMMON),
    ("P@ssw0rd!", "sara", TOO_COMMON),
    ("qwertyuiop", "sara", TOO_COMMON),
    ("1q2w3e4r5t", "sara", TOO_COMMON),
    ("iloveyou2024", "sara", TOO_WEAK),                  # a listed password and a year
    ("aaaaaaaaaaaa", "sara", TOO_WEAK),
    ("abcdefgh", "sara", TOO_WEAK),
    ("Xk9#mQ2p", "sara", TOO_WEAK),                      # 8 random characters: 10^8 guesses, under the bar
    # Arabic: digits, the Arabic keyboard layout, Arabic common passwords
    ("١٢٣٤٥٦٧٨", "sara", TOO_COMMON),                    # 12345678 in Arabic-Indic digits
    ("۱۲۳۴۵۶۷۸", "sara", TOO_COMMON),                    # and in Persian digits
    ("حشسسصخقي", "sara", TOO_COMMON),                    # "password" typed with the Arabic layout on
    ("حشسسصخقي1", "sara", TOO_COMMON),
    ("كلمةالسر", "sara", TOO_COMMON),                    # "password" in Arabic
    ("كلمة السر", "sara", TOO_COMMON),
    ("بسم الله الرحمن الرحيم", "sara", TOO_COMMON),
    ("محمد1234", "sara", TOO_WEAK),
    # the username, the product's own words
    ("admin2024!", "admin", HAS_USERNAME),
    ("xxSaraxx99", "sara", HAS_USERNAME),               # whatever the case
    ("checker2024", "sara", TOO_WEAK),
    # length
    ("", "sara", TOO_SHORT),
    ("Ab1!", "sara", TOO_SHORT),
    ("كلمة", "sara", TOO_SHORT),
    ("x" * 1025, "sara", TOO_LONG),
    # accepted: phrases and long random strings in either script
    ("correct horse battery staple", "sara", None),
    ("Xk9#mQ2pz", "sara", None),
    ("Tr0ub4dor&3", "sara", None),
    ("القدس عاصمة فلسطين", "sara", None),
    ("الصحافةالحرة", "sara", None),
    ("الصحافة الحرة تكشف 7 أخطاء", "sara", None),
    ("long phrase of unrelated words " * 5, "sara", None),   # past zxcvbn's 72 characters, judged on those 72
    ("sa" + "Qz8!vLw3pR", "sa", None),                   # a two-letter username is not searched for
])
def test_password_problem(password, username, expected):
    assert password_problem(password, username) == expected


def test_other_words_are_refused_too():
    assert password_problem("AlJazeera2025", "sara", other_words=["aljazeera"]) in (TOO_COMMON, TOO_WEAK)


ARABIC = Translations.load(str(PROJECT_ROOT / "translations"), ["ar"])


@pytest.mark.parametrize("message", [TOO_SHORT, TOO_LONG, HAS_USERNAME, TOO_COMMON, TOO_WEAK])
def test_messages_read_in_english_and_arabic(message):
    english = message % MESSAGE_PARAMS
    arabic = ARABIC.gettext(message) % MESSAGE_PARAMS
    assert "%(" not in english and "%(" not in arabic
    assert arabic != english and any("\u0621" <= ch <= "\u064a" for ch in arabic)
