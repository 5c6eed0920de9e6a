"""Refusing common and easily guessed passwords (zxcvbn), in Arabic as in English."""
from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from zxcvbn import zxcvbn

from checker.text.decoding import N_

MIN_LENGTH = 8
MAX_LENGTH = 1024  # bounds the hashing work a sign-in form can ask for
# zxcvbn's score 3 means at least 10^8 guesses: "moderate protection from an offline slow-hash attack", the
# case that matters once a database backup leaks. Score 2 (10^6) only holds against throttled online guessing.
MIN_SCORE = 3
ZXCVBN_MAX_LENGTH = 72  # zxcvbn slows down sharply with length; the first 72 characters decide
# Params every message below may use: raise InvalidInput(problem, **MESSAGE_PARAMS).
MESSAGE_PARAMS = {"n": MIN_LENGTH, "max": MAX_LENGTH}

TOO_SHORT = N_("The password must have at least %(n)s characters.")
TOO_LONG = N_("The password may have at most %(max)s characters.")
HAS_USERNAME = N_("The password must not contain your username.")
TOO_COMMON = N_("This password is one of the most common ones; choose another.")
TOO_WEAK = N_("This password is too easy to guess: make it longer, for example a few unrelated words.")

# zxcvbn has English dictionaries only. These are well-known Arabic passwords ("password", "welcome", "I love
# you", names of God and the Prophet, ...) given to it as extra words; a seed, not a complete list.
ARABIC_COMMON = (
    "كلمةالسر", "كلمة السر", "كلمةالمرور", "كلمة المرور", "الرقم السري", "مرحبا", "اهلا", "اهلاوسهلا", "احبك",
    "بحبك", "الله", "اللهاكبر", "بسمالله", "بسم الله الرحمن الرحيم", "لاالهالاالله", "سبحانالله", "الحمدلله",
    "محمد", "محمدرسولالله", "فلسطين", "مصر", "السعودية", "الامارات", "العراق", "سوريا", "الاردن", "المغرب",
)
EXTRA_WORDS = ("checker", "fact", "factcheck", "verify", "تحقق", "مدقق", "تدقيق")

# Arabic (101) keyboard: the Latin key under each Arabic letter, so "password" typed with the Arabic layout
# still on ("حشسسصخقي") is judged as "password".
_ARABIC_KEYS = dict(zip("ضصثقفغعهخحجدشسيبلاتنمكطئءؤرىةوزظذ", "qwertyuiop[]asdfghjkl;'zxcvnm,./`"))
_ARABIC_INDIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def _latin_keys(password: str) -> str:
    """The keys pressed to type an Arabic-layout password; lam-alef is a single key, b."""
    text = password.replace("لا", "b")
    return "".join(_ARABIC_KEYS.get(ch, ch) for ch in text)


def _candidates(password: str) -> list[str]:
    """The forms of a password an attacker's list would hold: as typed, ASCII digits, Latin keys."""
    plain = unicodedata.normalize("NFKC", password).translate(_ARABIC_INDIC_DIGITS)
    forms = [plain]
    if any(ch in _ARABIC_KEYS for ch in plain):
        forms.append(_latin_keys(plain))
    return [form[:ZXCVBN_MAX_LENGTH] for form in forms]


def password_problem(password: str, username: str = "", other_words: Sequence[str] = ()) -> str | None:
    """Why this password is refused (an N_-marked message taking MESSAGE_PARAMS), or None when it is acceptable."""
    if len(password) < MIN_LENGTH:
        return TOO_SHORT
    if len(password) > MAX_LENGTH:
        return TOO_LONG
    name = unicodedata.normalize("NFKC", username).casefold().strip()
    if len(name) >= 3 and name in unicodedata.normalize("NFKC", password).casefold():
        return HAS_USERNAME
    words = [w for w in (name, *other_words, *EXTRA_WORDS, *ARABIC_COMMON) if w]
    weak = False
    for form in _candidates(password):
        result = zxcvbn(form, user_inputs=words)
        if result["score"] >= MIN_SCORE:
            continue
        weak = True
        # Nearly the whole password is one listed password or word (a suffix like "1" or "!" changes nothing).
        if any(match.get("dictionary_name") in ("passwords", "user_inputs") and len(match["token"]) >= len(form) - 2
               for match in result["sequence"]):
            return TOO_COMMON
    return TOO_WEAK if weak else None
