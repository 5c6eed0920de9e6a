"""Index forms of words: search normalisation plus stemming, so "والوزراء" finds "الوزراء" and "diplomas" "diploma"."""
from __future__ import annotations

import re
from functools import lru_cache

import Stemmer

from checker.text.normalise import normalise_for_search

# English words take Snowball's English (Porter 2) stemmer from PyStemmer; Arabic keeps the light stemmer below.
# Measured with bench/search_quality.py on the CheckThat! queries: Snowball English raised English MAP@5 by about
# 0.01 over stripping plurals; Snowball Arabic lowered Arabic MAP@5 by 0.01 (0.03 on dev) against the light one.
_ENGLISH = Stemmer.Stemmer("english")

# Light10-style affixes (Larkey et al.), written in normalised spelling (ة→ه, ى→ي, hamza carriers folded).
# Light10 leaves the prepositions ل and ب attached, yet fact-check summaries write "صورة لماكرون", "مقطع فيديو
# لطائرة" where the tweet says "ماكرون", "طائرة". They come off a word that keeps four letters or more ("لماكرون",
# "بكورونا"; not "لبن", "بلد"). Chosen on the 294 Arabic train queries (bench/search_quality.py's ranking): MAP@5
# 0.881 -> 0.891 at four letters (the gold claim placed higher for 9, lower for 8), 0.884 at five, 0.886 at three;
# taking ف and ك off as well gave 0.888 ("كورونا" lost its ك).
_AR_PREFIXES = ("وال", "بال", "كال", "فال", "لل", "ال", "و", "ل", "ب")
_CLITIC_PREPOSITIONS = ("ل", "ب")
_MIN_STEM_AFTER_PREPOSITION = 4
_AR_SUFFIXES = ("ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي")
_MIN_STEM = 3
# Links, shared-picture links and @handles: addresses, not words of a claim (a handle is rare, so it would
# otherwise weigh more than any word the claim shares with its fact-check).
_URL_RE = re.compile(r"(?:https?://|www\.|pic\.twitter\.com/)\S+|(?<!\w)@\w+", re.IGNORECASE)
# An English possessive or an acronym's plural written with an apostrophe ("Egypt's", "GCSE's") is the word itself.
_APOSTROPHE_S_RE = re.compile(r"(?<=[A-Za-z])['\u2019]s\b", re.IGNORECASE)
_THOUSANDS_RE = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")

# One index word per month, whichever dialect names it (normalised spelling): "ماي 2015", "أيار 2015" and
# "مايو 2015" must share their month word. The same names as checker/extract/date_patterns.py holds (the text room
# cannot import the extraction room); each maps to the Egyptian and Gulf name, which the stemmer leaves alone.
_MONTH_NAMES = {
    1: ("يناير", "جانفي", "كانون الثاني"), 2: ("فبراير", "فيفري", "شباط"), 3: ("مارس", "اذار"),
    4: ("ابريل", "افريل", "نيسان"), 5: ("مايو", "ماي", "ايار"), 6: ("يونيو", "يونيه", "جوان", "حزيران"),
    7: ("يوليو", "يوليه", "جويليه", "جويليا", "يوليوز", "تموز"), 8: ("اغسطس", "اوت", "غشت", "اب"),
    9: ("سبتمبر", "شتنبر", "ايلول"), 10: ("اكتوبر", "تشرين الاول"), 11: ("نوفمبر", "نونبر", "تشرين الثاني"),
    12: ("ديسمبر", "دجنبر", "كانون الاول"),
}
_MONTHS = {name: names[0] for names in _MONTH_NAMES.values() for name in names}
# "اب" is also "father": it is a month only next to a number ("آب 2019", "15 آب").
_MONTH_NEEDS_NUMBER = frozenset({"اب"})
_MONTH_PREFIXES = ("و", "ب", "ل", "وب", "ول")
_MONTH_WORDS = frozenset(_MONTHS.values())
# Every written form (a name with or without a clitic) -> the name; one dict probe per word.
_MONTH_FORMS = {prefix + name: name for prefix in ("", *_MONTH_PREFIXES) for name in _MONTHS}
_PAIR_STARTS = frozenset(form.split()[0] for form in _MONTH_FORMS if " " in form)


def _is_arabic(word: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in word)


def _strip_once(word: str) -> str:
    if _is_arabic(word):
        for prefix in _AR_PREFIXES:
            least = _MIN_STEM_AFTER_PREPOSITION if prefix in _CLITIC_PREPOSITIONS else _MIN_STEM
            if word.startswith(prefix) and len(word) - len(prefix) >= least:
                return word[len(prefix):]
        for suffix in _AR_SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= _MIN_STEM:
                return word[: -len(suffix)]
        return word
    if word.isalpha() and word.isascii():
        # Plurals first: Snowball keeps the s of an acronym's plural ("gcses"), which the desk writes both ways.
        if word.endswith("ies") and len(word) > 4:
            word = word[:-3] + "y"
        elif word.endswith("s") and len(word) > 3 and word[-2] not in "sui":
            word = word[:-1]
        return _ENGLISH.stemWord(word)
    return word


def stem_word(word: str) -> str:
    """A normalised word reduced by stemming, repeated until nothing more applies."""
    # Repeating to a fixpoint makes the form idempotent: a stem has no strippable affix left. (Snowball reaches
    # it in one or two steps; the bound only guards against a rule pair that would undo each other.)
    for _ in range(8):
        stripped = _strip_once(word)
        if stripped == word:
            return word
        word = stripped
    return word


def _number_form(word: str) -> str:
    # "50,000" and "50000" are one number; the comma only groups thousands.
    while True:
        joined = _THOUSANDS_RE.sub("", word)
        if joined == word:
            return word
        word = joined


@lru_cache(maxsize=100_000)  # words repeat (Zipf): most are stemmed once per process
def index_form(word: str) -> str:
    """The form a normalised word takes in the search index."""
    if any(ch.isdigit() for ch in word):
        return _number_form(word)
    return stem_word(word)


def _with_months(words: list[str]) -> list[str]:
    """Two-word Levantine month names joined, every dialect's month name replaced by its one index word."""
    out: list[str] = []
    i = 0
    while i < len(words):
        word = words[i]
        if word in _PAIR_STARTS and i + 1 < len(words) and f"{word} {words[i + 1]}" in _MONTH_FORMS:
            out.append(_MONTHS[_MONTH_FORMS[f"{word} {words[i + 1]}"]])
            i += 2
            continue
        name = _MONTH_FORMS.get(word)
        if name is not None and name in _MONTH_NEEDS_NUMBER:
            nearby = (words[i - 1] if i else "") + (words[i + 1] if i + 1 < len(words) else "")
            name = name if any(ch.isdigit() for ch in nearby) else None
        out.append(_MONTHS[name] if name is not None else word)
        i += 1
    return out


def index_terms(text: str) -> list[str]:
    """The index terms of a text: links dropped, normalised, months unified, numbers joined, words stemmed."""
    words = _with_months(normalise_for_search(_APOSTROPHE_S_RE.sub("", _URL_RE.sub(" ", text))).split())
    return [w if w in _MONTH_WORDS else _stable(index_form(w)) for w in words]


# English month names and their usual abbreviations, read through index_terms by `month_terms`.
_ENGLISH_MONTH_NAMES = ("January February March April May June July August September October November December "
                        "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec")


@lru_cache(maxsize=1)
def month_terms() -> frozenset[str]:
    """The index words that name a month: Arabic's one word per month, the English stems and abbreviations."""
    return _MONTH_WORDS | frozenset(index_terms(_ENGLISH_MONTH_NAMES))


def _stable(form: str) -> str:
    # A stem that spells a month name ("مايه" → "ماي") takes the month's word too, so that indexing an index
    # text again changes nothing.
    return _MONTHS[form] if form in _MONTHS and form not in _MONTH_NEEDS_NUMBER else form


def index_text(text: str) -> str:
    """The index terms of a text joined by spaces (what the full-text index stores)."""
    return " ".join(index_terms(text))
