"""A document named as a speaker takes its author along: "تقرير سابق أعدته "بي بي سي"", "تقرير صادر عن البنك الدولي"."""
from __future__ import annotations

import re

from checker.extract.speaker_words import AR_STOPS, QUOTES, WORD_RE
from checker.extract.view import UnitView
from checker.text import source_span

# A report, a study or figures, then who made them: "تقرير سابق أعدته "بي بي سي"", "أحدث بيانات أتاحها المركز",
# "تقرير صادر عن البنك الدولي". The document speaks for its author, so the author belongs to the speaker.
_DOCUMENTS = frozenset("""تقرير تقارير دراسه بيانات استطلاع احصائيات احصاءات ارقام معطيات بيان نشريه وثيقه مسح
    سبر بلاغ نتايج تقديرات موشرات""".split())
_AUTHORED_BY = frozenset("""اعده اعدته اعدها اعدتها اتاحه اتاحته اتاحها اتاحتها نشره نشرته نشرها نشرتها اجراه اجرته
    اجراها اجرتها اصدره اصدرته اصدرها اصدرتها انجزه انجزته انجزها انجزتها صادر صادره الصادر الصادره""".split())
_AUTHOR_RE = re.compile(r"\s+(\S+)(?:\s+عن)?((?:\s+[\"«“]?[^\s\"«»“”.,،؛:!?؟()]+[\"»”]?){1,5})")


def _is_document(word: str) -> bool:
    """"تقرير", "والتقرير", "لدراسة" once folded: a document noun under its clitics and article."""
    for prefix in ("", "و", "ب", "ل", "وب", "ول"):
        if word.startswith(prefix):
            bare = word[len(prefix):]
            if bare in _DOCUMENTS or (bare.startswith("ال") and bare[2:] in _DOCUMENTS):
                return True
    return word.startswith("لل") and word[2:] in _DOCUMENTS


def author_end(text: str, view: UnitView, words: list[tuple[int, int]], end: int) -> int:
    """The end of the speaker with the author of the document it names, when "أعدّه/صادر عن X" follows; else `end`."""
    if not any(_is_document(view.folded[a:b]) for a, b in words[:3]):
        return end
    last = words[-1] if len(words) < 2 or view.folded[slice(*words[-1])] not in _AUTHORED_BY else words[-2]
    after = _AUTHOR_RE.match(view.folded, last[1])  # the name may already hold "صادر" and stop before "عن"
    if not after or after.group(1) not in _AUTHORED_BY:
        return end
    # The author runs to the first word that starts an adverbial or the reported words.
    author_end = after.start(2)
    for word in WORD_RE.finditer(view.folded, after.start(2), after.end(2)):
        if word.group(0).strip(QUOTES) in AR_STOPS:
            break
        author_end = word.end()
    if author_end == after.start(2):
        return end
    return source_span(view.origin, words[0][0], author_end, text)[1]
