"""One reading of a unit shared by every stage: folded text, its map to the source, and its words.

Every stage (dates, quantities, cues, speaker, model) used to fold the unit again and scan it with
every pattern it knows. Folding once and asking the set of words first lets a stage skip patterns
whose words are absent: a pattern runs only on units that can match it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

from checker.text import fold_with_offsets

_ZERO = str.maketrans("123456789", "000000000")
# Links and @handles are one token each: their wording is noise, their presence is not.
_LINK_RE = re.compile(r"https?://\S+|www\.\S+|<link>")
_USER_RE = re.compile(r"@\w+")
_WORD_RE = re.compile(r"[^\W_]+|[%$£€]")


@dataclass(frozen=True)
class UnitView:
    """A unit as the stages read it."""

    text: str
    folded: str  # fold_with_offsets' text: Arabic letters unified, marks dropped, ASCII digits, casefolded
    origin: list[int]  # folded offset -> source offset
    words: list[str]  # the words as the model reads them (digits as 0, links as "url", handles as "user")
    vocabulary: frozenset[str]
    has_digit: bool

    def mentions(self, keys: frozenset[str]) -> bool:
        """True when any of the keys is one of the unit's words."""
        return not keys.isdisjoint(self.vocabulary)


def view_of(text: str) -> UnitView:
    """Fold a unit once and read its words."""
    folded, origin = fold_with_offsets(text)
    zeroed = folded.translate(_ZERO)
    if "http" in zeroed or "www." in zeroed or "<link>" in zeroed:
        zeroed = _LINK_RE.sub(" url ", zeroed)
    if "@" in zeroed:
        zeroed = _USER_RE.sub(" user ", zeroed)
    words = _WORD_RE.findall(zeroed)
    return UnitView(text, folded, origin, words, frozenset(words), "0" in zeroed)


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
    for word in keys & view.vocabulary:
        at = view.folded.find(word)
        while at >= 0:
            positions.append(at)
            at = view.folded.find(word, at + 1)
    return sorted(positions)
