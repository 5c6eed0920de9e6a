"""Arabic speakers: the subject of a reporting verb, the complement of "بحسب/وفق", a nested or relayed source."""
from __future__ import annotations

import re
from bisect import bisect_left
from itertools import islice

from checker.extract.speaker_documents import author_end
from checker.extract.speaker_words import (
    AR_STOPS, ARABIC_ADDRESSEES, ARABIC_CALL_VERBS, ARABIC_DENY_VERBS, ARABIC_DESCRIBE_VERBS, ARABIC_PRAISE_VERBS,
    ARABIC_SUBJECT_ADJECTIVES, ARABIC_TOLD_TO,
    ARABIC_SAY_VERBS, ARABIC_SOURCE_WORDS, ARABIC_STANCE_VERBS, INTERVIEW_LABEL_RE, PUNCT,
    QUOTES, WORD_RE, Span,
)
from checker.extract.view import UnitView, find_word, with_prefixes
from checker.text import source_span

_AR_VERB_RE = re.compile(
    rf"(?<!\w)[وف]?(?:{'|'.join(ARABIC_SAY_VERBS + ARABIC_DENY_VERBS + ARABIC_STANCE_VERBS)})(?!\w)"
    # "بيّن" (stated) reads like "بين" (between) once folded: a verb only when "أنّ" follows.
    r"|(?<!\w)[وف]?بين(?=\s+(?:\S+\s+){1,6}?(?:ان|انه|انها|بان)(?!\w))")
_AR_SOURCE_RE = re.compile(rf"(?<!\w)[وف]?(?:{'|'.join(ARABIC_SOURCE_WORDS)})(?:\s|(?<=ل))")
# The last mark before a verb that closes a phrase: ".", "..", ":", "؛", "،", ",", a dash between spaces.
_LAST_MARK_RE = re.compile(r"(?:[.:؛،,!?؟]+|\s[-–—])\s+(?=[^.:؛،,!?؟\-–—]*$)")
# A quoted name, alone before its verb (after an optional "و"): '"أنا يقظ" تنتقد'.
_QUOTED_NAME_RE = re.compile(r"\s*[وف]?[\"«“]([^\"«»“”]{2,40})[\"»”]\s*")
# Between a source ("بحسب وكالة الأنباء") and the verb of the report it carries: "فقد", "فإنّ", quotes, a comma.
_NESTED_GAP_RE = re.compile(r"[\s(),،]*(?:[\"«“][^\"«»“”]{1,30}[\"»”])?[\s(),،]*(?:فقد|قد|فان)?\s*")
# The reported words open right after a speaker: "بأن", "أنّ", "إنّه".
_AR_OPENER_AFTER_RE = re.compile(r"\s*(?:ان|انه|انها|انهم|بان|بانه|بانها)(?!\w)")
_ADDRESSEE_RE = re.compile(r"^ل[ـ\u0640]?(?:$|[\"'«»“”(])")
# Honorifics that carry a pronoun and name the speaker: "وأكد سموه", "أوضح معاليه".
_HONORIFICS = ("معالي", "سمو", "فخامت", "جلالت", "سعادت", "سيادت", "دولت")
# A preposition with a pronoun right after the verb belongs to the verb: "أفاد به", "صرح لها".
_PRONOUN_OBJECTS = frozenset("به بها له لها لهم عنه عنها".split())
_MAX_SOURCE_WORDS = 6  # after "بحسب"/"وفق" a long run is rarely a name
_MAX_WORDS = 12
_MAX_HITS = 16  # reporting words tried per unit: a speaker comes early, and a run of "قال قال …" stays linear
# Only units holding one of these words can name an Arabic speaker: the others skip every pattern.
AR_GATE = with_prefixes(ARABIC_SAY_VERBS + ARABIC_DENY_VERBS + ARABIC_STANCE_VERBS
                        + [w.split()[0] for w in ARABIC_SOURCE_WORDS] + ["بين"], "وف")
_AR_VERB_WORDS = with_prefixes(ARABIC_SAY_VERBS + ARABIC_DENY_VERBS + ARABIC_STANCE_VERBS + ["بين"], "وف")
# After "في" a title continues ("المتحدث باسم قوة المهام في التحالف جويل هاربر") only if the
# reported speech follows; "في بيان" / "في مؤتمر" opens an adverbial instead.
_AR_SPEECH_OPENERS = {"ان", "انه", "انها", "انهم", "بان"}
_AR_VENUES = set("بيان تصريح تصريحات موتمر حديث مقابله كلمه اتصال لقاء رساله تغريده منشور بلاغ ندوه جلسه حوار "
                 "اجتماع".split())


def _continues_after_fi(tokens: list[str]) -> bool:
    """True when the words after "في" run into the quotation or "أنّ", so they belong to the title."""
    for token in tokens[:_MAX_WORDS]:
        bare = token.strip(QUOTES + PUNCT + "()")
        if token[0] in QUOTES or bare in _AR_SPEECH_OPENERS:
            return True
        if not bare or bare in _AR_VENUES or bare in AR_STOPS or token != token.rstrip(QUOTES + PUNCT):
            return False
    return False


def _source_word(text: str, origin, word: re.Match) -> str:
    """A folded word as the unit writes it, without its punctuation."""
    start, end = source_span(origin, word.start(), word.end(), text)
    return text[start:end].strip(QUOTES + PUNCT + "()")


def _is_object(text: str, start: int, end: int) -> bool:
    """True when a would-be name ends in a pronoun suffix or holds a digit: an object or a time, not a speaker."""
    last = text[start:end].split()[-1].strip(QUOTES + PUNCT + "()") if text[start:end].split() else ""
    if any(ch.isdigit() for ch in text[start:end]):
        return True
    return _has_pronoun_suffix(last)


def _has_pronoun_suffix(word: str) -> bool:
    """"انتصاره", "التزامها" in its source spelling: a noun with a possessive (never one with "ال")."""
    if len(word) <= 3 or word.endswith(("الله", "اللّه")) or word.startswith(_HONORIFICS):
        return False
    if word.endswith(("ها", "هم", "هما")):
        return True  # "التزامها": even a word that starts like the article
    return word.endswith("ه") and not word.startswith(("ال", "وال", "بال", "لل"))


# "وكان وزير المالية قد أعلن": "كان" before the subject and "قد" after it belong to the verb.
_AUXILIARY_BEFORE_RE = re.compile(r"\s*[وف]?(?:كان|كانت)\s+")
_QAD_AFTER_RE = re.compile(r"\s+قد\s*$")


def _subject_before(text: str, view: UnitView, verb_start: int) -> Span | None:
    """"جمعة أكد أن", "الشركة الوطنية ... أعلنت يوم": a short subject from the unit's start to the verb, or from the
    last mark that closes a phrase before it ("#كورونا_لبنان.. مستشفى رفيق الحريري يعلن عن")."""
    head = INTERVIEW_LABEL_RE.match(view.folded)
    begin = head.end() if head else 0
    mark = _LAST_MARK_RE.search(view.folded, begin, verb_start)
    if mark:
        begin = mark.end()
    auxiliary = _AUXILIARY_BEFORE_RE.match(view.folded, begin, verb_start)
    if auxiliary:
        begin = auxiliary.end()
    verb_start = begin + len(_QAD_AFTER_RE.sub("", view.folded[begin:verb_start]))
    words = view.folded[begin:verb_start].split()
    if not 1 <= len(words) <= 8 or any(w.strip(QUOTES + PUNCT) in AR_STOPS for w in words):
        return None
    if any(ch in PUNCT for ch in view.folded[begin:verb_start].rstrip(" " + PUNCT)):
        return None
    start, end = source_span(view.origin, begin, begin + len(view.folded[begin:verb_start].rstrip()), text)
    if _is_object(text, start, end):
        return None
    return start, end, text[start:end]


# Words that date the statement rather than name its source: "اليوم الخميس أعلن الوزير" is verb first.
_TIME_WORDS = frozenset("""اليوم امس غدا يوم الاحد الاثنين الثلاثاء الاربعاء الخميس الجمعه السبت صباح مساء ظهر
    عشيه فجر ليله""".split())
_PAST_WITH_TA = frozenset("تحدث تحدثت تابع تابعت تساءل تساءلت".split())  # past tenses that open on ت
_NOT_SUBJECTS = AR_STOPS | {""} | frozenset("""من هذا هذه ذلك لذلك كذلك بالمقابل المقابل بالتوازي وقد قد اذ اذا بينما فيما
    لكن ولكن حين عندما بعدما ثم او لما كي لكي""".split())


def _names_no_time(view: UnitView, span: Span) -> bool:
    """True when the words before a fronted verb hold no time word and no preposition ("وفي هذا الإطار")."""
    words = view.folded[bisect_left(view.origin, span[0]):bisect_left(view.origin, span[1])].split()
    return not any(w in _TIME_WORDS or w.lstrip("وف") in _NOT_SUBJECTS or any(ch in PUNCT for ch in w)
                   for w in words)


def _fronted(view: UnitView, verb: re.Match) -> bool:
    """A present-tense verb without "و" after words at the unit's start: a headline's subject, then its verb
    ("المسار يدعو رئيس الجمهورية إلى", "وزير المالية يؤكد ارتفاع العجز"); "ويقول الوزير" opens on its verb."""
    return view.folded[verb.start()] in "يت" and view.folded[verb.start():verb.end()] not in _PAST_WITH_TA


def arabic_speaker(text: str, view: UnitView) -> Span | None:
    """The speaker of the first reporting word that names one; after "بحسب/وفق X", a later reporting verb whose
    speaker opens the reported words ("وبحسب وكالة الأنباء فقد أفاد سائق السيارة بأن"): in a nested report the
    speaker is the one whose words carry the claim (ANNOTATION.md)."""
    verbs = {m.end(): m for m in _arabic_verbs(view)}
    hits = [(end, True) for end in verbs]
    hits += [(m.end(), False) for m in _AR_SOURCE_RE.finditer(view.folded)]
    hits = sorted(hits)[:_MAX_HITS]
    found = _speaker_at(text, view, verbs, hits)
    if found is not None and not found[3]:
        relayed = _relayed_source(text, view, verbs, found)
        if relayed:
            return relayed
    if found is None or not found[3] or not verbs:
        return found[:3] if found else None
    found_end = bisect_left(view.origin, found[1])  # back to folded offsets, where the verbs are
    # The verb must follow the source at once ("بحسب X فقد أفاد Y بأن"), not open a sentence of its own.
    later = [(position, True) for position, is_verb in hits if is_verb and verbs[position].start() >= found_end
             and _NESTED_GAP_RE.fullmatch(view.folded, found_end, verbs[position].start())]
    nested = _speaker_at(text, view, verbs, later) if later else None
    if nested and _AR_OPENER_AFTER_RE.match(view.folded, bisect_left(view.origin, nested[1])):
        return nested[:3]
    return found[:3]


# "ونقلت وكالة رويترز عن مسؤول في الوزارة قوله": the agency relays, the official's words carry the claim.
_RELAY_BEFORE_RE = re.compile(r"(?<!\w)[وف]?نقل(?:ت|وا)?\s+$")
_RELAY_FROM_RE = re.compile(r"\s+عن\s+")


def _relayed_source(text: str, view: UnitView, verbs: dict, found: tuple) -> Span | None:
    """The source a relaying subject quotes ("نقلت صحيفة الشروق عن مصادر مطلعة أن"): the nested speaker."""
    start, end = bisect_left(view.origin, found[0]), bisect_left(view.origin, found[1])
    if not _RELAY_BEFORE_RE.search(view.folded, max(0, start - 8), start):
        return None
    relay = _RELAY_FROM_RE.match(view.folded, end)
    if not relay:
        return None
    source = _speaker_at(text, view, verbs, [(relay.end(), False)])
    return source[:3] if source else None


def _arabic_verbs(view: UnitView) -> list[re.Match]:
    """The reporting verbs' matches, as finditer would find them, tried only where a verb is one of the words."""
    if view.masked:
        return list(_AR_VERB_RE.finditer(view.folded))  # a link or a handle may hide a word
    # Every match is one whole word of the unit (a verb with its clitic), so it starts where such a word does.
    matches: list[re.Match] = []
    for at in find_word(view, _AR_VERB_WORDS):
        match = _AR_VERB_RE.match(view.folded, at) if not matches or at >= matches[-1].end() else None
        if match:
            matches.append(match)
    return matches


def _is_verb_of(word: str, verbs: frozenset[str]) -> bool:
    """Whether a folded verb is one of `verbs`, with at most one conjunction "و"/"ف" before it: stripping every
    leading "و" would also take a verb's own first letter ("ووصف" is "و" + "وصف")."""
    return word in verbs or word[:1] in ("و", "ف") and word[1:] in verbs


def _subject_words(words: list[str]) -> int:
    """How many of a describing verb's words are its subject, the rest its object ("النائب القرار", "رئيس الحكومة
    القرار", "المحلل الاقتصادي الوضع"): an indefinite word takes the next as its complement (a genitive or a
    surname), then definite adjectives follow, and "و" joins another subject; the next definite word opens the
    object."""
    count = 0
    while count < len(words):
        count += 1
        while count < len(words) and not words[count - 1].startswith(("ال", "لل", "وال")):
            count += 1  # "رئيس الحكومة", "رئيس هيئة الانتخابات", "محمد الغنوشي"
        while count < len(words) and words[count].startswith("ال") and (
                words[count].endswith("ي") or words[count] in ARABIC_SUBJECT_ADJECTIVES):
            count += 1  # "النائب المستقل", "المحلل الاقتصادي", "رئيس الحكومة الأسبق"
        if count == len(words) or not words[count].startswith("و"):
            return count  # "… ورئيس حزب": a second subject joined by "و" is the speaker's too
    return count


def _speaker_at(text: str, view: UnitView, verbs: dict, hits: list) -> tuple[int, int, str, bool] | None:
    """The first speaker the reporting words at `hits` name, and whether a source word ("بحسب") named it."""
    folded, origin = view.folded, view.origin
    for position, is_verb in hits:
        by_source = not is_verb
        if is_verb:
            after = folded[position:position + 8].lstrip()
            verb = verbs[position]
            if verb.start() > 0 and _QUOTED_NAME_RE.fullmatch(folded, 0, verb.start()):
                # '"أنا يقظ" تنتقد …': a quoted name opens the unit and its verb follows.
                quoted = _QUOTED_NAME_RE.fullmatch(folded, 0, verb.start())
                start, end = source_span(origin, quoted.start(1), quoted.end(1), text)
                return start, end, text[start:end], False
            opener = after.startswith(("ان", "انه", "انها", "بان", "الي", "علي", "ب", "ل", "عن", "يوم"))
            if 0 < verb.start() < 160 and (opener or _fronted(view, verb)):
                # Subject, then verb, then what was said (or whom it calls on): the subject comes first.
                before = _subject_before(text, view, verb.start())
                if before and (opener or _names_no_time(view, before)):
                    return (*before, False)
        limit = _MAX_WORDS if is_verb else _MAX_SOURCE_WORDS
        words: list[tuple[int, int]] = []
        tokens = list(islice(WORD_RE.finditer(folded, position), limit + 4))
        if not is_verb and tokens and tokens[0].group(0) in ("ما", "لما") and len(tokens) > 1:
            # "وفق ما نقلته وكالة …", "حسب ما أفاد به المدير …": the reporting verb comes first.
            tokens = tokens[2:]
            is_verb, limit = True, _MAX_WORDS
        if tokens and tokens[0].group(0) in _PRONOUN_OBJECTS:
            tokens = tokens[1:]  # "أفاد به المدير"
        tokens = tokens[:limit + 1]
        verb_word = folded[verbs[position].start():position] if is_verb and position in verbs else ""
        calls = _is_verb_of(verb_word, ARABIC_CALL_VERBS)
        # "ورحب الاتحاد بالقرار", "وأشاد الوزير بالنتائج": what is praised or welcomed follows with "ب".
        praises = _is_verb_of(verb_word, ARABIC_PRAISE_VERBS)
        # "ووصف النائب القرار بأنه كارثي": what is described follows the subject, then "ب" says as what.
        describes = _is_verb_of(verb_word, ARABIC_DESCRIBE_VERBS)
        for index, word in enumerate(tokens):
            token = word.group(0)
            bare = token.strip(QUOTES + PUNCT + "()")
            if bare == "في" and words and _continues_after_fi([t.group(0) for t in tokens[index + 1:]]):
                pass
            elif bare == "علي" and words and not _source_word(text, origin, word).endswith("ى"):
                pass  # the name Ali ("علي"), not the preposition "على" (both fold to "علي")
            elif not bare or bare in AR_STOPS or token[0] in QUOTES or len(words) >= limit:
                break
            elif _ADDRESSEE_RE.match(token) or words and is_verb and bare in ARABIC_TOLD_TO \
                    or calls and words and bare in ARABIC_ADDRESSEES or praises and words and bare.startswith("بال") \
                    or describes and words and bare.startswith("ب"):
                break  # "لـ(وات)", "لمراسلة الجوهرة": to whom it was said; "ودعا الاتحاد الحكومة": whom it calls on
            elif words and _has_pronoun_suffix(text[slice(*source_span(origin, word.start(), word.end(), text))]
                                               .strip(QUOTES + PUNCT + "()")):
                break  # "أكدت قطر التزامها": the object starts
            elif not is_verb and len(words) >= 2 and bare.startswith("ي"):
                break  # "وحسب هذه الرزنامة يفتح": a verb follows the source
            words.append((word.start(), word.start() + len(token.rstrip(QUOTES + PUNCT))))
            if token != token.rstrip(QUOTES + PUNCT):
                break  # punctuation closes the name
        if describes and len(words) > 1:
            words = words[:_subject_words([folded[begin:end] for begin, end in words])]
        if words and len(words) >= limit and not is_verb:
            words = words[:3]  # "وحسب هذه الرزنامة يفتح ...": the source is the first words
        if words and len(words) < limit:
            start, end = source_span(origin, words[0][0], words[-1][1], text)
            if not _is_object(text, start, end):
                end = author_end(text, view, words, end)
                return start, end, text[start:end], by_source
        # "وعزا المتحدث تقلص الإنتاج ...", "تتوقع السلطات استدعاء 13 ألف": no clear end, so the subject
        # is the run of definite words the verb opens on.
        definite = []
        for begin, end in words:
            if not folded[begin:end].startswith(("ال", "لل")):
                break
            definite.append((begin, end))
        if is_verb and definite and len(definite) <= 3:
            start, end = source_span(origin, definite[0][0], definite[-1][1], text)
            return start, end, text[start:end], False
    return None
