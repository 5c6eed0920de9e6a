"""Find who a unit attributes its statement to ("the speaker"): Arabic (speaker_arabic.py), English
(speaker_english.py), or a short name before a headline's colon."""
from __future__ import annotations

import re

from checker.extract.speaker_arabic import AR_GATE, arabic_speaker
from checker.extract.speaker_english import EN_GATE, english_speaker, span
from checker.extract.speaker_words import (
    ARABIC_DENY_VERBS, ARABIC_MORE_REPORT_VERBS, ARABIC_OPINION_VERBS, ARABIC_SAY_VERBS, ARABIC_SOURCE_WORDS,
    DATELINE_PLACES, INTERVIEW_LABEL_RE, Span,
)
from checker.extract.view import UnitView, view_of, with_prefixes

__all__ = ["ARABIC_DENY_VERBS", "ARABIC_SAY_VERBS", "Span", "find_speaker", "read_speaker", "reporting_speaker"]

_HEADLINE_SPEAKER_RE = re.compile(r"^\s*([^:\n\d\"“”]{2,60}?)\s*:\s+\S")
# A service headline names its day or its topic before the colon, not a speaker: "طقس اليوم الجمعة: أمطار".
_NOT_HEADLINE_SPEAKERS = frozenset("""طقس الطقس اليوم أمس امس غدا الأحد الاحد الاثنين الإثنين الثلاثاء الأربعاء
    الاربعاء الخميس الجمعة السبت weather today tomorrow yesterday""".split())
_ANY_GATE = AR_GATE | EN_GATE
# A unit whose only Arabic verb of speech is an opinion's ("دعا", "رفض", "أعرب عن") names a speaker, but the article
# gate was fitted on speakers of reports: for it, such a speaker is no source (ANNOTATION.md: opinions are no claims).
_OPINION_WORDS = with_prefixes(ARABIC_OPINION_VERBS, "وف")
_REPORT_WORDS = with_prefixes(ARABIC_SAY_VERBS + ARABIC_DENY_VERBS + ARABIC_MORE_REPORT_VERBS
                              + [w.split()[0] for w in ARABIC_SOURCE_WORDS] + ["بين"], "وف") | EN_GATE


def _headline_speaker(text: str) -> Span | None:
    """"مهدي جمعة : جدّدت عقدا", "Minister: prices will fall": a short name before a colon, not a place's."""
    match = _HEADLINE_SPEAKER_RE.match(text)
    if not match or INTERVIEW_LABEL_RE.match(text):
        return None
    name = match.group(1).strip()
    words = name.casefold().split()
    if not 1 <= len(words) <= 6 or not _NOT_HEADLINE_SPEAKERS.isdisjoint(words) or DATELINE_PLACES.issuperset(words):
        return None  # a service headline's day, or a place: the unit's dateline ("الجزائر : التحالف الحاكم …")
    return span(text, match.start(1), match.end(1))


def find_speaker(text: str, view: UnitView | None = None) -> Span | None:
    """The person or body a unit quotes or attributes to, as (start, end, text) in the unit; None when none."""
    view = view_of(text) if view is None else view
    if not view.mentions(_ANY_GATE):
        return _headline_speaker(text) if ":" in text else None  # most units: one set test instead of two
    found = arabic_speaker(text, view) if view.mentions(AR_GATE) else None
    if found is None and view.mentions(EN_GATE):
        found = english_speaker(text, view)
    if found is None and ":" in text:
        found = _headline_speaker(text)
    return found


def read_speaker(text: str) -> str:
    """The person or body a unit quotes or attributes to, best effort; "" when none."""
    found = find_speaker(text)
    return found[2] if found else ""


def reporting_speaker(speaker: Span | None, view: UnitView) -> str:
    """The speaker as the article gate reads it: "" when none, or when only an opinion's verb names it."""
    if not speaker or (view.mentions(_OPINION_WORDS) and not view.mentions(_REPORT_WORDS)):
        return ""
    return speaker[2]
