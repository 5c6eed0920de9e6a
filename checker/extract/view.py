"""One reading of a unit shared by every stage: folded text, its map to the source, and its words.

Every stage (dates, quantities, cues, speaker, model) used to fold the unit again and scan it with
every pattern it knows. Folding once and asking the set of words first lets a stage skip patterns
whose words are absent: a pattern runs only on units that can match it.
"""
from __future__ import annotations

import re
from typing import Iterable, NamedTuple, Sequence

from checker.text import fold_with_origin

# Digits read as 0 (folding has already made every decimal digit ASCII); a regex substitution
# stays in C where str.translate looks every Arabic character up in a dictionary.
_DIGIT_RE = re.compile("[0-9]")
_NONZERO_RE = re.compile("[1-9]")
# Links and @handles are one token each: their wording is noise, their presence is not.
_LINK_RE = re.compile(r"https?://\S+|www\.\S+|<link>")
_USER_RE = re.compile(r"@\w+")
_WORD_RE = re.compile(r"[^\W_]+|[%$£€]")
# The same words in a text without "_" (nearly every one): a plain word class is cheaper for the regex engine
# than a class with an exception.
_PLAIN_WORD_RE = re.compile(r"\w+|[%$£€]")


class UnitView(NamedTuple):
    """A unit as the stages read it (a named tuple: one is made for every unit of every article)."""

    text: str
    folded: str  # fold_with_origin's text: Arabic letters unified, marks dropped, ASCII digits, casefolded
    origin: Sequence[int]  # folded offset -> source offset (a range when folding kept every character)
    words: list[str]  # the words as the model reads them (digits as 0, links as "url", handles as "user")
    has_digit: bool
    masked: bool = False  # links or handles were replaced, so some folded words are not in `words`

    def mentions(self, keys: frozenset[str]) -> bool:
        """True when any of the keys is one of the unit's words."""
        # Testing the word list against the keys is cheaper than building a set of the words first.
        return not keys.isdisjoint(self.words)

    def mentions_anywhere(self, keys: frozenset[str]) -> bool:
        """mentions, counting the words inside links and handles too ("@share")."""
        return self.mentions(keys) or (self.masked and not keys.isdisjoint(_WORD_RE.findall(self.folded)))


def view_of(text: str) -> UnitView:
    """Fold a unit once and read its words."""
    folded, origin = fold_with_origin(text)
    zeroed = _NONZERO_RE.sub("0", folded) if _DIGIT_RE.search(folded) else folded
    masked = False
    if "http" in zeroed or "www." in zeroed or "<link>" in zeroed:
        zeroed, masked = _LINK_RE.sub(" url ", zeroed), True
    if "@" in zeroed:
        zeroed, masked = _USER_RE.sub(" user ", zeroed), True
    words = (_WORD_RE if "_" in zeroed else _PLAIN_WORD_RE).findall(zeroed)
    return UnitView(text, folded, origin, words, "0" in zeroed, masked)


# The one character whose case folding makes a word character of a mark (U+0345 folds to a Greek iota): with it,
# the unit's own words may split differently from the folded text's.
_FOLDS_INTO_WORD = "\u0345"


def word_spans(view: UnitView, wanted: list[int]) -> list[tuple[int, int]] | None:
    """(start, end) in the unit itself of the words at the `wanted` indices (ascending), or None when the folded
    text does not line up with the unit character for character (a mark was dropped, a link or handle masked).

    Where it lines up, a word of the folded text is a word of the unit at the same offsets: folding there maps
    each character to one character of the same class (letters to letters, digits stay digits), so the unit's
    own tokens (features.token_spans) are these words, and they need not be found again.
    """
    if view.masked or type(view.origin) is not range or _FOLDS_INTO_WORD in view.text:
        return None
    zeroed = _NONZERO_RE.sub("0", view.folded) if view.has_digit else view.folded
    return place_words(zeroed, view.words, wanted)


def place_words(text: str, words: Sequence[str], wanted: list[int]) -> list[tuple[int, int]]:
    """(start, end) of the words at the `wanted` indices (ascending), `words` being a tokenisation of `text` in
    order: each is the first occurrence of its own text at or after the end of the one before, since only
    characters no token starts with lie between them. Only the wanted ones are placed (no match object per word).
    """
    spans = []
    at = 0
    wanted_at = iter(wanted)
    target = next(wanted_at, -1)
    for index, word in enumerate(words):
        start = text.find(word, at)
        at = start + len(word)
        if index == target:
            spans.append((start, at))
            target = next(wanted_at, -1)
            if target < 0:
                break
    return spans


def with_prefixes(words: Iterable[str], prefixes: Iterable[str]) -> frozenset[str]:
    """Every word with and without each clitic prefix ("قال", "وقال", "فقال")."""
    prefixes = ["", *prefixes]
    return frozenset(prefix + word for word in words for prefix in prefixes)


def first_words(alternation: str) -> set[str]:
    """First words of a plain "a|b c|ds?" alternation (an optional final "s?" gives both forms)."""
    found = set()
    for alternative in alternation.split("|"):
        word = alternative.split(" ")[0].replace("\\s+", " ").split(" ")[0]
        if word.endswith("s?"):
            found.update({word[:-2], word[:-2] + "s"})
        else:
            found.add(word)
    return found


def find_word(view: UnitView, keys: frozenset[str]) -> list[int]:
    """Folded offsets where any key present in the unit's words starts (candidate match positions)."""
    positions = []
    for word in keys.intersection(view.words):
        at = view.folded.find(word)
        while at >= 0:
            positions.append(at)
            at = view.folded.find(word, at + 1)
    return sorted(positions)
