"""The value of a number as written: digits (Tunisian and spoken decimals too), number words and scale words,
and a run of them read into one figure ("خمسة وعشرون ألف", "6 ملايين و218 ألف")."""
from __future__ import annotations

import re

from checker.extract.number_words import CLITICS, HUNDREDS, MULTIPLIERS, VAGUE, WITH_ARTICLE, WORDS

_TUNISIAN_DECIMAL_RE = re.compile(r"(\d+)ر(\d+)")
# Words that read like a clitic and a number word but are not: "لست" is "am not", not "for six".
_NOT_NUMBER_WORDS = frozenset({"لست"})
ARABIC_AND = "و"


def parse_digits(token: str) -> float | None:
    """A token of digits as a number ("1,250.5", "2,5", "6ر12", "46،2"); None when it is not one."""
    tunisian = _TUNISIAN_DECIMAL_RE.fullmatch(token)
    if tunisian:
        return float(f"{tunisian.group(2)}.{tunisian.group(1)}")
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", token):
        return float(token.replace(",", ""))
    if re.fullmatch(r"\d+(?:\.\d+)?", token):
        return float(token)
    if "،" in token:
        return float(token.replace("،", "."))
    if re.fullmatch(r"\d+,\d{1,2}", token):
        return float(token.replace(",", "."))  # decimal comma: "2,5"
    return None



def word_value(word: str) -> float | None:
    """A number word's value, with or without a clitic glued to it ("بثلاثة"); None for other words."""
    if word in _NOT_NUMBER_WORDS:
        return None
    if word in WORDS:
        return WORDS[word]
    if word in WITH_ARTICLE:
        return WITH_ARTICLE[word]
    for clitic in CLITICS:
        if word.startswith(clitic) and (word[len(clitic):] in WORDS or word[len(clitic):] in WITH_ARTICLE):
            rest = word[len(clitic):]
            return WORDS.get(rest, WITH_ARTICLE.get(rest))
    return None


def bare_number_word(word: str) -> str:
    """A number word without the preposition or conjunction glued to it."""
    for clitic in sorted(CLITICS, key=len, reverse=True):
        rest = word[len(clitic):]
        if word.startswith(clitic) and (rest in WORDS or rest in WITH_ARTICLE):
            return rest
    return word


def multiplier(word: str) -> float | None:
    """A scale word's value ("ألف", "million", "وآلاف"); None for other words."""
    if word in MULTIPLIERS:
        return MULTIPLIERS[word]
    if word.startswith(ARABIC_AND) and word[1:] in MULTIPLIERS:
        return MULTIPLIERS[word[1:]]
    return None


def gap(text: str, left: re.Match, right: re.Match) -> str:
    """The text between two tokens."""
    return text[left.end():right.start()]


def joined_part(text: str, tokens: list[re.Match], j: int, value: float, mult: float, end: int,
                 ) -> tuple[float, int, int]:
    """"6 ملايين و218 ألف", "3 آلاف و500": a smaller part joined by "و" after a scale adds to the figure;
    the figure, its end and the next token."""
    if j + 1 < len(tokens) and tokens[j].group(0) == ARABIC_AND and tokens[j + 1].group(0)[0].isdigit() \
            and gap(text, tokens[j], tokens[j + 1]).strip() == "":
        smaller = multiplier(tokens[j + 2].group(0)) if j + 2 < len(tokens) else None
        part = parse_digits(tokens[j + 1].group(0))
        if smaller and part is not None and smaller < mult and gap(text, tokens[j + 1], tokens[j + 2]).strip() == "":
            return value + part * smaller, tokens[j + 2].end(), j + 3
        if not smaller and part is not None and part < 1000 <= mult and part == int(part):
            return value + part, tokens[j + 1].end(), j + 2  # "3 آلاف و500 شخص"
    return value, end, j


def read_words(text: str, tokens: list[re.Match], j: int) -> tuple[float | None, int]:
    """Sum a run of number words: "خمسة وعشرون ألف", "three thousand", "ثلاثة آلاف"."""
    total = current = 0.0
    last_scale = 1.0
    seen = False
    while j < len(tokens):
        word = tokens[j].group(0)
        if seen and gap(text, tokens[j - 1], tokens[j]).strip() not in ("", "-"):
            break
        if seen and word not in WORDS and word[:1] in "بلك" and word_value(word) is not None:
            break  # only "و" joins number words: "واحد لواحد" is one to one, not two
        unit = word_value(word)
        mult = multiplier(word)
        if unit is not None and unit < 1 and total and not current:
            total += unit * last_scale  # "مليار ونصف": half of the scale before it
        elif unit is not None:
            current += unit
        elif mult is not None and (seen or word.removeprefix(ARABIC_AND) not in VAGUE):  # "وآلاف": thousands of
            if word.lstrip(ARABIC_AND) in HUNDREDS:
                current = (current or 1) * mult
            else:
                total += (current or 1) * mult
                current = 0.0
                last_scale = mult
        elif seen and word == "and" and (total or current >= 100):  # "hundred and twenty", not "three and four"
            j += 1
            continue
        else:
            break
        seen = True
        j += 1
    if not seen:
        return None, j
    if tokens[j - 1].group(0) == "and":
        j -= 1
    return total + current, j
