"""Read quantities (digits, Arabic and English number words, money, percentages) from text."""
from __future__ import annotations

import re
from bisect import bisect_left

from checker.extract.dates import find_dates
from checker.extract.duals import counted_dual, has_counted_dual, with_duals
from checker.extract.number_forms import with_fraction, without_repeats
from checker.extract.number_ranges import share_scales
from checker.extract.number_values import (
    ARABIC_AND, bare_number_word, gap, joined_part, multiplier, parse_digits, read_words, word_value)
from checker.extract.number_words import (
    AFTER_A, CLITICS, FRACTIONS, MULTIPLIERS, TIME_DUALS, WITH_ARTICLE, WORDS,
)
from checker.extract.quantity_units import (
    CURRENCY_WORDS, PERCENT_POINT_RE, is_not_a_quantity, joined_by_slash, unit_for)
from checker.extract.types import Quantity
from checker.extract.view import UnitView, view_of, with_prefixes
from checker.text import source_span

# Letter suffixes that only mean a multiplier when glued to a sum of money: £600m, $5k.
_MONEY_SUFFIX = {"m": 1e6, "k": 1e3, "b": 1e9}
_SYMBOLS = {"$": "USD", "£": "GBP", "€": "EUR"}
# "في المئة", "في المائة", "بالمائة" (folded: "بالمايه"), "بالمئة", "%", "percent".
_PERCENT_WORDS = re.compile(r"\s*(?:%|percent\b|per cent\b|pct\b|(?:في\s*|ب)الم(?:ئ|اي|ائ|ي)ه(?!\w))")
_CURRENCY_WORDS = frozenset(CURRENCY_WORDS)
_NOT_UNITS = set(
    """و في من على الى عن مع لكن لكنها لكنه او ثم حتي منذ قد التي الذي الذين ما لا ان انه كما بعد
    قبل عند خلال ضد بين كل and or of in on at to the a an for from by with but than is was were
    are has have had that which who as per since more less over about""".split()
)
# A quantity starts at digits, a currency sign or a number word: units without one are skipped.
_STARTERS = (with_prefixes(set(WORDS) | set(MULTIPLIERS), CLITICS) | frozenset(_SYMBOLS) | {"%"}
             | with_prefixes(set(WITH_ARTICLE) | set(TIME_DUALS), ("و", "ب", "ل")) | frozenset({"a"}))
# Units without digits are read only when one of these words is present ("a" alone is not enough).
_WORDED_STARTERS = (_STARTERS - {"a"}) | frozenset(AFTER_A)
# "6ر12" is the Tunisian way of writing 12.6 (the fraction first, then ر, then the integer); "46،2" with the
# Arabic comma glued between digits is 46.2 (Tunisian and Gulf copy write decimals so: "29،446 مليون دينار").
_TOKEN_RE = re.compile(r"\d+ر\d+(?!\d)|\d+،\d+|\d+(?:[.,]\d+)*|[^\W\d_]+|[$£€%]")
# Spoken decimals: "46 فاصل 5" is 46.5.
_SPOKEN_DECIMAL_RE = re.compile(r"\s+فاصل\s+(\d+)")
_COORDINATION_RE = re.compile(r"\s*(?:,|و|and|-|to|الى)?\s*")
# "الخامس عشر", "الحادية عشرة": only an ordinal word before "عشر" makes a rank ("القائمة عشرة أسماء" counts ten).
_ORDINAL_BEFORE_RE = re.compile(r"(?<!\w)[وفبل]?(?:ال|لل)(?:حادي|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع)ه?\s+$")
# "أحد"/"إحدى" alone is "one of" ("أحد أشهر المتاجر"), not a figure; "أحد عشر" still reads 11.
_ONE_OF = frozenset({"احد", "احدي"})
_CENTS = frozenset({"cts", "ct", "cents", "cent"})
_ORDINAL_WORDS = frozenset("first second third fourth fifth sixth seventh eighth ninth".split())
# "a third quarter", "a third-rate position", "a third term": a rank, not a fraction ("a third of the votes").
_RANK_AFTER_THIRD_RE = re.compile(r"-|\s+(?:quarter|period|round|term|party|time|world|country|place|division|"
                                  r"consecutive|straight|successive|year|month|week|day|session|reading)\b")
# Scale words that are also the dual before a noun, having lost their ن ("ملياران" → "مليارا دينار" is two
# billion dinars); alone, or before "و", they are the singular ("مليونا و200 ألف").
_CONSTRUCT_DUALS = frozenset({"مليونا", "مليارا", "الفا"})


def _after_noun(text: str, tokens: list[re.Match], i: int, word: str) -> bool:
    """"عقدا واحدا", "سنة واحدة": Arabic "one" right after the noun it counts (ANNOTATION.md lists it)."""
    if not word.startswith("واحد") or i == 0 or gap(text, tokens[i - 1], tokens[i]).strip():
        return False
    noun = tokens[i - 1].group(0)
    return len(noun) > 2 and not noun[0].isdigit() and noun not in _NOT_UNITS and noun.endswith(("ا", "ه"))


def _counts_next(text: str, tokens: list[re.Match], j: int) -> bool:
    """True when token j is a noun counted by the scale word before it ("مليارا دينار"), not "و" or a particle."""
    if j >= len(tokens) or gap(text, tokens[j - 1], tokens[j]).strip():
        return False
    word = tokens[j].group(0)
    return word.isalpha() and word not in _NOT_UNITS and not word.startswith(ARABIC_AND) and not word.isascii()


def _unit_follows(text: str, tokens: list[re.Match], j: int) -> bool:
    """True when a percent, a currency or a time unit follows token j - 1: "one pct", "one year"."""
    if _PERCENT_WORDS.match(text, tokens[j - 1].end()):
        return True
    return j < len(tokens) and bool(unit_for(tokens[j].group(0)))


def find_quantities(text: str, dates: list | None = None, view: UnitView | None = None,
                    ) -> list[tuple[int, int, Quantity]]:
    """Quantities in a text with (start, end) offsets of the number expression.

    `dates` and `view` are find_dates' and view_of's answers when the caller has them.
    """
    view = view_of(text) if view is None else view
    found = _numbers(text, dates, view)
    if not view.has_digit and not view.mentions(_WORDED_STARTERS) and not has_counted_dual(view.words):
        return found  # no dual, and no figure either
    found = with_duals(text, view, found)
    return without_repeats(text, found) if len(found) > 1 else found


def _numbers(text: str, dates: list | None, view: UnitView) -> list[tuple[int, int, Quantity]]:
    """Quantities started by digits, a currency sign or a number word, in text order."""
    if not view.has_digit and not view.mentions(_WORDED_STARTERS):
        return []
    folded, origin = view.folded, view.origin
    dates = find_dates(text, view=view) if dates is None else dates
    masked_text = folded
    for start, end, _ in dates:
        # Dates go first: the 2020 of "5 كانون الثاني/يناير 2020" is not a quantity.
        first, last = bisect_left(origin, start), bisect_left(origin, end)
        if last > first:
            masked_text = masked_text[:first] + " " * (last - first) + masked_text[last:]
    tokens = list(_TOKEN_RE.finditer(masked_text))
    words = list(map(re.Match.group, tokens))
    # A quantity starts at digits, a sign or a number word: find those tokens in one pass, then read from each
    # one that an earlier quantity did not swallow.
    present = _STARTERS.intersection(words)
    found: list[tuple[int, int, Quantity]] = []
    label_end = -1  # folded end of the last number that was a label: "الفصلين 92 و93" are both labels
    reached = 0  # the first token after the last quantity read
    for i in [i for i, word in enumerate(words) if word[0].isdigit() or word in present]:
        if i < reached:
            continue
        result = _read_at(masked_text, tokens, i)
        if result is None:
            continue
        next_i, f_start, f_end, value, unit_span, unit_code = result
        start, end = source_span(origin, f_start, f_end, text)
        written = text[start:end]
        coordinated = label_end >= 0 and _COORDINATION_RE.fullmatch(masked_text, label_end, f_start) is not None
        if coordinated or is_not_a_quantity(text, masked_text[:f_start], start, end, written.isdigit(),
                                            unit_code == "%", masked_text[f_end:f_end + 16]):
            if not joined_by_slash(text, start, end):
                label_end = f_end
            reached = next_i
            continue
        if written in ("عشر", "عشرة") and _ORDINAL_BEFORE_RE.search(masked_text[max(0, f_start - 16):f_start]):
            reached = next_i
            continue  # "الثامنة عشر": an ordinal
        unit, noun = unit_code, ""
        if unit_span:
            word = masked_text[unit_span[0]:unit_span[1]]
            after = re.match(r"\s+(\w+)", masked_text[unit_span[1]:])
            unit = unit or unit_for(word, after.group(1) if after else "")
            if word in _CENTS and not unit_code:
                value, unit = value / 100, "USD"  # "76.85 cts" is 0.7685 of a dollar
            if not unit:
                noun = text[slice(*source_span(origin, *unit_span, text))]  # type: ignore[call-arg]
        found.append((start, end, Quantity(value=value, text=written, unit=unit or noun, measure=unit)))
        reached = next_i
    return share_scales(text, found) if len(found) > 1 else found


def _read_at(text: str, tokens: list[re.Match], i: int):
    """Read one quantity starting at token i; None when token i does not start one."""
    tok = tokens[i]
    word = tok.group(0)
    start, j = tok.start(), i
    currency = ""
    if word == "a":
        if i + 1 < len(tokens) and tokens[i + 1].group(0) in AFTER_A and gap(text, tok, tokens[i + 1]).strip() == "" \
                and not _RANK_AFTER_THIRD_RE.match(text, tokens[i + 1].end()):
            return i + 2, tokens[i + 1].start(), tokens[i + 1].end(), AFTER_A[tokens[i + 1].group(0)], None, ""
        return None
    dual = counted_dual(word)
    if dual is not None:
        return i + 1, start + dual[0], tok.end(), 2.0, None, dual[1]
    if word in _SYMBOLS and i + 1 < len(tokens) and gap(text, tok, tokens[i + 1]).strip() == "":
        currency = _SYMBOLS[word]
        j = i + 1
    elif word == "%":
        # "بنسبة %5": typed right to left, the sign comes first.
        if i + 1 < len(tokens) and tokens[i + 1].start() == tok.end() and tokens[i + 1].group(0)[0].isdigit():
            value = parse_digits(tokens[i + 1].group(0))
            if value is not None:
                return i + 2, start, tokens[i + 1].end(), value, None, "%"
        return None
    first = tokens[j].group(0)
    value = parse_digits(first) if first[0].isdigit() else None
    if value is not None:
        before = text[max(0, tokens[j].start() - 2):tokens[j].start()]
        if re.search(r"[a-z]-?$", before):
            return None  # G7, F-16, COVID-19: part of a name
        j += 1
        spoken = _SPOKEN_DECIMAL_RE.match(text, tokens[j - 1].end()) if "." not in first else None
        if spoken and j + 1 < len(tokens):
            value = float(f"{first}.{spoken.group(1)}")
            j += 2
        elif first.isdigit():
            value, j = with_fraction(text, tokens, j, value)
    else:
        value, j = read_words(text, tokens, j)
        if first == "half" and i > 0 and tokens[i - 1].group(0) in ("first", "second"):
            return None  # "in the second half": a period, not a fraction
        # "ثلاثة أخماس", "two-thirds", "one third": a count of fractions, less than one ("twenty-third" is a rank).
        fraction = value is not None and j < len(tokens) and tokens[j].group(0) in FRACTIONS \
            and gap(text, tokens[j - 1], tokens[j]).strip() in ("", "-") and value < FRACTIONS[tokens[j].group(0)]
        if value is None or (value == 1 and not fraction and not currency and not _unit_follows(text, tokens, j)
                             and not _after_noun(text, tokens, i, first)):
            return None  # a lone "one"/"واحدة" is an article, not a figure
        if value == 1 and first in _ONE_OF:
            return None
        if multiplier(first) and first.isascii() and (i == 0 or tokens[i - 1].group(0) not in ("a", "one")):
            return None  # "billion of dollars", "several hundred million": vague, not a figure
        if fraction:
            value /= FRACTIONS[tokens[j].group(0)]
            j += 1
        elif j < len(tokens) and tokens[j].group(0) in _ORDINAL_WORDS and gap(text, tokens[j - 1], tokens[j]) == "-":
            return None  # "the twenty-third session": a rank
        if word_value(first) is not None and first not in WORDS and first not in WITH_ARTICLE:
            start += len(first) - len(bare_number_word(first))  # "بثلاثة آلاف": the ب is not the number
        if first in _CONSTRUCT_DUALS and j == i + 1 and _counts_next(text, tokens, j):
            value *= 2  # "مليارا دينار": the dual before the noun it counts has lost its ن
    end = tokens[j - 1].end()
    # "(200) ألف ريال": digits in brackets, then their scale.
    bracketed = j < len(tokens) and first[0].isdigit() and start > 0 and text[start - 1] == "(" \
        and gap(text, tokens[j - 1], tokens[j]).strip() == ")" and multiplier(tokens[j].group(0)) is not None
    if bracketed:
        start -= 1
    # Multiplier after digits: "50 ألف", "2.5 million", "$1.13bn", "£600m".
    if j < len(tokens) and first[0].isdigit() and (bracketed or gap(text, tokens[j - 1], tokens[j]).strip() == ""):
        glued = tokens[j].start() == tokens[j - 1].end()
        nxt = tokens[j].group(0)
        mult = multiplier(nxt)
        if mult is None and currency and glued:
            mult = _MONEY_SUFFIX.get(nxt)
        elif mult is None and glued and nxt == "k":
            mult = 1e3  # "25K followers": a glued k means thousands even without a currency
        if mult is None and nxt in ("م", "ا") and j + 1 < len(tokens) and tokens[j + 1].group(0) == "د" \
                and gap(text, tokens[j], tokens[j + 1]).strip() in ("", "."):
            # Tunisian shorthand: "175 م د" is 175 million dinars, "30 أ د" 30 thousand.
            value *= 1e6 if nxt == "م" else 1e3
            return j + 2, start, tokens[j].end(), value, None, "TND"
        if mult is not None and (glued or nxt not in {"bn", "mn", "tn"}):
            value *= mult
            end = tokens[j].end()
            value, end, j = joined_part(text, tokens, j + 1, value, mult, end)
    elif not first[0].isdigit() and multiplier(tokens[j - 1].group(0)):
        # "مليونا و200 ألف", "مليار و300 مليون دينار": a scale word, then a smaller part joined by "و".
        value, end, j = joined_part(text, tokens, j, value, multiplier(tokens[j - 1].group(0)), end)  # type: ignore[arg-type]
    unit_span = None
    percent = _PERCENT_WORDS.match(text, end)
    if percent:
        end = percent.end()
        currency = "%"
    elif PERCENT_POINT_RE.match(text, end):
        currency = "percentage point"
        end_points = PERCENT_POINT_RE.match(text, end).end()
        while j < len(tokens) and tokens[j].start() < end_points:
            j += 1
    if percent:
        while j < len(tokens) and tokens[j].start() < end:
            j += 1
    elif j < len(tokens) and gap(text, tokens[j - 1], tokens[j]).strip() == "-" and unit_for(tokens[j].group(0)):
        unit_span = (tokens[j].start(), tokens[j].end())  # "a 13-year low", "a 24-hour strike"
    elif j < len(tokens) and gap(text, tokens[j - 1], tokens[j]).strip() == "":
        nxt = tokens[j].group(0)
        if not nxt[0].isdigit() and nxt not in _NOT_UNITS and nxt not in _SYMBOLS:
            unit_span = (tokens[j].start(), tokens[j].end())
            if nxt in _CURRENCY_WORDS and not currency:
                j += 1
    return j, start, end, value, unit_span, currency


def read_quantities(text: str) -> tuple[Quantity, ...]:
    """Quantities in a text, left to right; years inside dates are not quantities."""
    return tuple(quantity for _, _, quantity in find_quantities(text))
