"""Arabic dual nouns read as the figure two: "محطتان", "لفترتين", "شخصين", "دينارين" (ANNOTATION.md).

Words as they look after fold_with_offsets (أ→ا, ة→ه, ى→ي, ئ→ي). A dual with the article ("الدولتين") usually
names two things already mentioned, so only indefinite duals count.
"""
from __future__ import annotations

import re
from itertools import compress, repeat
from typing import Iterable

from checker.extract.number_words import TIME_DUALS
from checker.extract.types import Quantity
from checker.extract.view import UnitView
from checker.text import source_span

# Nouns with a broken plural, so that their "-ان/-ين" form can only be the dual (unlike "موظفين", a plural).
_COUNT_NOUNS = {
    "شخص": "", "طفل": "", "رجل": "", "قتيل": "", "جريح": "", "شهيد": "", "نايب": "", "وزير": "", "عضو": "",
    "بلد": "", "حزب": "", "مشروع": "", "جندي": "", "هدف": "", "مقعد": "", "طن": "", "متر": "", "مركز": "",
    "مصنع": "", "فندق": "", "سجين": "", "مسجد": "", "منزل": "", "قطاع": "", "شاب": "", "ضابط": "",
    "دينار": "TND", "دولار": "USD", "درهم": "", "ريال": "",
    "عقد": "", "قرن": "centuries",  # "عقدين": two decades or two contracts
}
_MASCULINE = {noun + ending: measure for noun, measure in _COUNT_NOUNS.items() for ending in ("ان", "ين")}
# Words that end like a feminine dual ("-تان", "-تين") and are not one.
_NOT_DUALS = frozenset("""بوتين روتين بروتين نيكوتين لاتين كريستين مارتين ساتين جيلاتين كيراتين ثابتين صامتين ساكتين
    ميتين مايتين بستان ستان كتان بهتان شتان نقطتين نقطتان كوينتين فالنتين اوغستين ايفرمكتين ايفرماكتين بلدان""".split())
# ("بلدان" is also the plural "countries".)
# ("نقطتين مئويتين" is a unit read with the number beside it: "بنقطتين أي 2 نقطة مئوية" is one figure.)
_CLITICS = ("وب", "ول", "فب", "و", "ب", "ل", "ف")  # longest first
_FEMININE_CLITICS = frozenset(("", "وب", "ول", "و", "ب", "ل"))  # "فتاتين" is "two girls", not "ف" + "تاتين"
_ARABIC_LETTERS = re.compile(r"[\u0621-\u064a]+")  # "پوتين" with a Persian letter is a foreign name


_DUAL_ENDS = ("ان", "ين")


def counted_dual(word: str) -> tuple[int, str] | None:
    """(length of the glued clitic, measure) when the folded word is an indefinite dual noun; else None."""
    if not word.endswith(_DUAL_ENDS):
        return None
    for clitic in (*_CLITICS, ""):  # "لفترتين" is "فترتين" with "ل" glued on
        if not word.startswith(clitic):
            continue
        bare = word[len(clitic):]
        if bare in _NOT_DUALS:
            return None  # "وبوتين", "بنقطتين": a name or a unit word under a clitic
        if bare in TIME_DUALS:
            return len(clitic), TIME_DUALS[bare]
        if bare in _MASCULINE:
            return len(clitic), _MASCULINE[bare]
        if (clitic in _FEMININE_CLITICS and bare.endswith(("تان", "تين")) and len(bare) >= 5
                and not bare.startswith("ال") and not bare.endswith(("ستان", "ستين"))
                and _ARABIC_LETTERS.fullmatch(bare)):
            return len(clitic), ""
    return None


def has_counted_dual(words: Iterable[str]) -> bool:
    """True when any of the folded words is a counted dual."""
    # Most words cannot be one (English units: none): their ending is tested in C, and only the few
    # words ending like a dual reach counted_dual's Python.
    words = list(words)
    return any(map(counted_dual, compress(words, map(str.endswith, words, repeat(_DUAL_ENDS)))))


# Whole words (letter runs) ending like a dual: the only words counted_dual can accept, found in one scan.
_DUAL_WORD_RE = re.compile(r"(?<![^\W\d_])[^\W\d_]*(?:ان|ين)(?![^\W\d_])")


def with_duals(text: str, view: UnitView, found: list[tuple[int, int, Quantity]]) -> list[tuple[int, int, Quantity]]:
    """The quantities with the Arabic duals no number word started ("محطتان", "لفترتين"), in text order; the
    adjective agreeing with a dual ("فترتين متتاليتين") is not a second figure."""
    if "ان" not in view.folded and "ين" not in view.folded:
        return found  # every dual ends so (most units with figures, and every English one, hold neither)
    duals: list[tuple[int, int, Quantity]] = []
    dual_end = -1  # folded end of the last dual
    for word in _DUAL_WORD_RE.finditer(view.folded):
        dual = counted_dual(word.group(0))
        if dual is None:
            continue
        adjective = dual_end >= 0 and view.folded[dual_end:word.start()].isspace()
        dual_end = word.end()
        start, end = source_span(view.origin, word.start() + dual[0], word.end(), text)
        if adjective or any(s < end and start < e for s, e, _ in found):
            continue
        duals.append((start, end, Quantity(value=2.0, text=text[start:end], unit=dual[1], measure=dual[1])))
    return sorted(found + duals, key=lambda item: item[0]) if duals else found
