"""Find who a unit attributes its statement to ("the speaker")."""
from __future__ import annotations

import re
from bisect import bisect_left
from itertools import islice

from checker.extract.view import UnitView, find_word, view_of, with_prefixes
from checker.text import source_span

# Attribution verbs after fold_with_offsets (أ→ا, ى→ي, ؤ→و); "و"/"ف" may be glued on.
ARABIC_SAY_VERBS = (
    "قال قالت يقول تقول قالوا اكد اكدت يوكد توكد اكدوا اعلن اعلنت يعلن تعلن اعلنوا اشار اشارت "
    "اضاف اضافت صرح صرحت ذكر ذكرت افاد افادت اوضح اوضحت كشف كشفت شدد شددت اعتبر اعتبرت "
    "تساءل تساءلت عزا عزت لفت لفتت وصف وصفت وصفه وصفته توقع توقعت يتوقع تتوقع رد ردت اظهر اظهرت "
    "لاحظ لاحظت يري تري تابع تابعت حذر حذرت تحدث تحدثت انتقد انتقدت نقل نقلت اكده اكدته اوضحه ذكره "
    "اعلنه ينتقد تنتقد"
).split()
ARABIC_DENY_VERBS = "نفي نفت ينفي تنفي نفوا".split()
# Verbs that name a speaker without reporting a fact (calls, rejections, praise, hopes) or that report one in the
# present tense: ANNOTATION.md fills the speaker of attributed opinions too. Kept out of the "attribution" cue.
ARABIC_STANCE_VERBS = (
    "اعرب اعربت دعا دعت يدعو تدعو طالب طالبت يطالب تطالب رفض رفضت اشاد اشادت ندد نددت استنكر استنكرت "
    "ابرز ابرزت اورد اوردت رجح رجحت اتهم اتهمت نبه نبهت بينت يشير تشير يضيف تضيف يوضح توضح "
    "يبرز تبرز يكشف تكشف"
).split()
ARABIC_SOURCE_WORDS = ("بحسب", "حسب", "وفق", "وفقا ل", "نقلا عن", "جاء في")
_AR_VERB_RE = re.compile(
    rf"(?<!\w)[وف]?(?:{'|'.join(ARABIC_SAY_VERBS + ARABIC_DENY_VERBS + ARABIC_STANCE_VERBS)})(?!\w)"
    # "بيّن" (stated) reads like "بين" (between) once folded: a verb only when "أنّ" follows.
    r"|(?<!\w)[وف]?بين(?=\s+(?:\S+\s+){1,6}?(?:ان|انه|انها|بان)(?!\w))")
_AR_SOURCE_RE = re.compile(rf"(?<!\w)[وف]?(?:{'|'.join(ARABIC_SOURCE_WORDS)})(?:\s|(?<=ل))")
# Words that close the speaker's name: "إن/أن" opening the reported speech,
# and words that start an adverbial ("في بيان", "بشدة", "اليوم") instead.
_AR_STOPS = set(
    """ان انه انها انهم بان لان في خلال امس اليوم يوم مساء صباح بشده ايضا علي عن الي حتي
    موخرا رسميا مجددا سابقا حاليا لاحقا تابعته تابعتها نقلته فان فانه فانها فقد الذي التي الذين كما حيث
    وذلك اواخر اوائل مطلع منتصف نهايه بدايه مشيرا مشيره مضيفا مضيفه موكدا موكده معتبرا معتبره لافتا لافته
    موضحا موضحه قائلا قائله بالقول نشرته اعدته صدر بخصوص بشان حول ازاء ما""".split()
)
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
# Interview labels before the words: "س:", "ج:", "Q:", "A:".
_INTERVIEW_LABEL_RE = re.compile(r"^\s*(?:س|ج|q|a)\s*[:：]\s*", re.IGNORECASE)
_MAX_SOURCE_WORDS = 6  # after "بحسب"/"وفق" a long run is rarely a name
_WORD_RE = re.compile(r"\S+")
_QUOTES = "\"'«»“”‘’"
_MAX_WORDS = 12
_MAX_HITS = 16  # reporting words tried per unit: a speaker comes early, and a run of "قال قال …" stays linear

_EN_SAY = (r"(?:said|says|told|tells|announced|announces|stated|added|adds|denied|denies|confirmed|confirms|"
           r"claimed|warned|warns|insisted|insists|reported|predicted|predicts|showed|estimated|forecast|"
           r"suggested|suggests|noted|argued|argues|commented|explained|explains|expects|believes|wrote|writes|"
           r"revealed|say|expect|indicate|indicates|indicated|point\s+out|pointed\s+out|points\s+out|"
           r"found\s+that|finds\s+that|stressed|stresses|reiterated|reiterates|emphasised|emphasized|acknowledged|"
           r"conceded|cautioned|admitted|asserted|questioned|urged|called\s+on|agreed\s+that|"
           r"(?:states|shows|reports|claims|estimates|forecasts|notes)\s+that)")
_EN_VERB_RE = re.compile(rf"(?<![\w-]){_EN_SAY}\b")
# Verbs that report speech outright; the others (showed, indicate, expect, found that, urged …) report a finding, a
# view or a call, and name the speaker only when no outright one does.
_EN_OUTRIGHT = frozenset("""said says told tells announced announces stated added adds denied denies confirmed confirms
    claimed reported wrote writes""".split())
_EN_PASSIVE_RE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+$", re.IGNORECASE)
_CURLY_QUOTED_RE = re.compile(r"“[^“”]*”")
_EN_LOOKBACK = 200  # a subject longer than this is not a name
# The clause before a verb: back to the last mark that ends one (a decimal point, "7.0", does not).
_EN_CLAUSE_RE = re.compile(r"(?:[^.;:!?\"“”]|(?<=\d)\.(?=\d))*$")
# Lower-case words that open a subject: pronouns, "the", possessives and quantifiers ("its own review found",
# "some economists said"); any other lower-case opening is an apposition or a participle.
_EN_SUBJECT_OPENERS = frozenset("""he she they it we i you the its their his her our my some many most several both
    all few other these those""".split())
# "Penner sees little hope … and said", "economist Warren Jestin was less optimistic … and said": the subject of a
# coordinated verb ends where its own verb starts.
_EN_AND_BEFORE_RE = re.compile(r"\s(?:and|but)\s+(?:[a-z]+ly\s+)?$")
_EN_OWN_VERB_RE = re.compile(r"\s(?:is|was|are|were|has|had|have|will|would|could|can|may|might|also|[a-z]{3,}(?:s|ed))\b")
_EN_ACCORDING_RE = re.compile(r"\baccording to\s+([^,.;:!?\"“”]{2,80})", re.IGNORECASE)
# "Reuters quoted a ministry official as saying": the official's words carry the claim (a nested report).
_EN_QUOTED_AS_RE = re.compile(r"\bquoted\s+([^,.;:!?\"“”]{2,80}?)\s+as\s+saying\b")
_EN_PRONOUNS = {"he", "she", "they", "it", "we", "i", "you"}
# Words between a subject and its verb: "Economists have predicted", "The authorities firmly denied".
_EN_TAIL_RE = re.compile(r"(?:\s+(?:have|has|had|would|will|also|generally|further|previously|earlier|recently|"
                         r"today|yesterday|then|later|again|did|does|do|not|don't|doesn't|didn't|[a-z]+ly))+$")
_EN_AFTER_TAIL_RE = re.compile(r"\s*(.+?)(?:,\s+(?:who|which|adding|in\s+a)\b.*)?[.!?]?\s*$")
_QUOTE_CLOSED_RE = re.compile(r"[,.!?…][\"”’']")  # the end of a quotation
_TAG_END_RE = re.compile(r"\s*(?:[.,;!?]|$)")  # "..., the company said." / "..., he said, adding"
_HEADLINE_SPEAKER_RE = re.compile(r"^\s*([^:\n\d\"“”]{2,60}?)\s*:\s+\S")
# Only units holding one of these words can name a speaker: the others skip every pattern.
_AR_GATE = with_prefixes(ARABIC_SAY_VERBS + ARABIC_DENY_VERBS + ARABIC_STANCE_VERBS
                         + [w.split()[0] for w in ARABIC_SOURCE_WORDS] + ["بين"], "وف")
_EN_GATE = frozenset(re.sub(r"\\s\+\w+|\(\?:|\)|\\s\+", " ", _EN_SAY).replace("|", " ").split() + ["according", "quoted"])
_ANY_GATE = _AR_GATE | _EN_GATE
_AR_VERB_WORDS = with_prefixes(ARABIC_SAY_VERBS + ARABIC_DENY_VERBS + ARABIC_STANCE_VERBS + ["بين"], "وف")


Span = tuple[int, int, str]
_PUNCT = ".,،؛:!?؟"
# After "في" a title continues ("المتحدث باسم قوة المهام في التحالف جويل هاربر") only if the
# reported speech follows; "في بيان" / "في مؤتمر" opens an adverbial instead.
_AR_SPEECH_OPENERS = {"ان", "انه", "انها", "انهم", "بان"}
_AR_VENUES = set("بيان تصريح تصريحات موتمر حديث مقابله كلمه اتصال لقاء رساله تغريده منشور بلاغ ندوه جلسه حوار "
                 "اجتماع".split())


def _continues_after_fi(tokens: list[str]) -> bool:
    """True when the words after "في" run into the quotation or "أنّ", so they belong to the title."""
    for token in tokens[:_MAX_WORDS]:
        bare = token.strip(_QUOTES + _PUNCT + "()")
        if token[0] in _QUOTES or bare in _AR_SPEECH_OPENERS:
            return True
        if not bare or bare in _AR_VENUES or bare in _AR_STOPS or token != token.rstrip(_QUOTES + _PUNCT):
            return False
    return False


def _source_word(text: str, origin, word: re.Match) -> str:
    """A folded word as the unit writes it, without its punctuation."""
    start, end = source_span(origin, word.start(), word.end(), text)
    return text[start:end].strip(_QUOTES + _PUNCT + "()")


def _is_object(text: str, start: int, end: int) -> bool:
    """True when a would-be name ends in a pronoun suffix or holds a digit: an object or a time, not a speaker."""
    last = text[start:end].split()[-1].strip(_QUOTES + _PUNCT + "()") if text[start:end].split() else ""
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
    head = _INTERVIEW_LABEL_RE.match(view.folded)
    begin = head.end() if head else 0
    mark = _LAST_MARK_RE.search(view.folded, begin, verb_start)
    if mark:
        begin = mark.end()
    auxiliary = _AUXILIARY_BEFORE_RE.match(view.folded, begin, verb_start)
    if auxiliary:
        begin = auxiliary.end()
    verb_start = begin + len(_QAD_AFTER_RE.sub("", view.folded[begin:verb_start]))
    words = view.folded[begin:verb_start].split()
    if not 1 <= len(words) <= 8 or any(w.strip(_QUOTES + _PUNCT) in _AR_STOPS for w in words):
        return None
    if any(ch in _PUNCT for ch in view.folded[begin:verb_start].rstrip(" " + _PUNCT)):
        return None
    start, end = source_span(view.origin, begin, begin + len(view.folded[begin:verb_start].rstrip()), text)
    if _is_object(text, start, end):
        return None
    return start, end, text[start:end]


def _arabic_speaker(text: str, view: UnitView) -> Span | None:
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
            if after.startswith(("ان", "انه", "انها", "بان", "الي", "علي", "ب", "عن", "يوم")) and 0 < verb.start() < 160:
                # Subject, then verb, then what was said: the subject comes first.
                before = _subject_before(text, view, verb.start())
                if before:
                    return (*before, False)
        limit = _MAX_WORDS if is_verb else _MAX_SOURCE_WORDS
        words = []
        tokens = list(islice(_WORD_RE.finditer(folded, position), limit + 4))
        if not is_verb and tokens and tokens[0].group(0) in ("ما", "لما") and len(tokens) > 1:
            # "وفق ما نقلته وكالة …", "حسب ما أفاد به المدير …": the reporting verb comes first.
            tokens = tokens[2:]
            is_verb, limit = True, _MAX_WORDS
        if tokens and tokens[0].group(0) in _PRONOUN_OBJECTS:
            tokens = tokens[1:]  # "أفاد به المدير"
        tokens = tokens[:limit + 1]
        for index, word in enumerate(tokens):
            token = word.group(0)
            bare = token.strip(_QUOTES + _PUNCT + "()")
            if bare == "في" and words and _continues_after_fi([t.group(0) for t in tokens[index + 1:]]):
                pass
            elif bare == "علي" and words and not _source_word(text, origin, word).endswith("ى"):
                pass  # the name Ali ("علي"), not the preposition "على" (both fold to "علي")
            elif not bare or bare in _AR_STOPS or token[0] in _QUOTES or len(words) >= limit:
                break
            elif _ADDRESSEE_RE.match(token):
                break  # "لـ(وات)", "لـ\"الصباح\"": to whom it was said
            elif words and _has_pronoun_suffix(text[slice(*source_span(origin, word.start(), word.end(), text))]
                                               .strip(_QUOTES + _PUNCT + "()")):
                break  # "أكدت قطر التزامها": the object starts
            elif not is_verb and len(words) >= 2 and bare.startswith("ي"):
                break  # "وحسب هذه الرزنامة يفتح": a verb follows the source
            words.append((word.start(), word.start() + len(token.rstrip(_QUOTES + _PUNCT))))
            if token != token.rstrip(_QUOTES + _PUNCT):
                break  # punctuation closes the name
        if words and len(words) >= limit and not is_verb:
            words = words[:3]  # "وحسب هذه الرزنامة يفتح ...": the source is the first words
        if words and len(words) < limit:
            start, end = source_span(origin, words[0][0], words[-1][1], text)
            if not _is_object(text, start, end):
                end = _author_end(text, view, words, end)
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


def _author_end(text: str, view: UnitView, words: list[tuple[int, int]], end: int) -> int:
    """The end of the speaker with the author of the document it names, when "أعدّه/صادر عن X" follows; else `end`."""
    if not any(_is_document(view.folded[a:b]) for a, b in words[:3]):
        return end
    last = words[-1] if len(words) < 2 or view.folded[slice(*words[-1])] not in _AUTHORED_BY else words[-2]
    after = _AUTHOR_RE.match(view.folded, last[1])  # the name may already hold "صادر" and stop before "عن"
    if not after or after.group(1) not in _AUTHORED_BY:
        return end
    # The author runs to the first word that starts an adverbial or the reported words.
    author_end = after.start(2)
    for word in _WORD_RE.finditer(view.folded, after.start(2), after.end(2)):
        if word.group(0).strip(_QUOTES) in _AR_STOPS:
            break
        author_end = word.end()
    if author_end == after.start(2):
        return end
    return source_span(view.origin, words[0][0], author_end, text)[1]


def _span(text: str, start: int, end: int) -> Span:
    """A span trimmed of surrounding spaces and a final dot."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == "."):
        end -= 1
    return start, end, text[start:end]


def _quoted(text: str) -> list[tuple[int, int]]:
    """Spans inside quotation marks, when the unit's marks pair up (otherwise none: a quotation may run on)."""
    spans = []
    if text.count('"') % 2 == 0:
        marks = [at for at, ch in enumerate(text) if ch == '"']
        spans += list(zip(marks[::2], marks[1::2]))
    if text.count("“") == text.count("”"):
        spans += [(match.start(), match.end()) for match in _CURLY_QUOTED_RE.finditer(text)]
    return spans


def _english_speaker(text: str) -> Span | None:
    match = _EN_ACCORDING_RE.search(text) or _EN_QUOTED_AS_RE.search(text)
    if match:
        return _span(text, *match.span(1))
    # A headline in capitals ("K MART SAYS RECORD 1986 NET"): its verbs read in lower case, at the same offsets.
    searched = text.lower() if text.isupper() and text.isascii() else text
    verbs = [verb for verb in _EN_VERB_RE.finditer(searched)
             if not _EN_PASSIVE_RE.search(text, max(0, verb.start() - 12), verb.start())]  # "is forecast to rise"
    if len(verbs) > 1:
        # A verb of the quotation itself ("“They indicate that …,” he said") and a verb reporting a finding or a
        # view ("Partial indicators … indicate that …, Keating said") yield to one that reports speech outright.
        quoted = _quoted(text) if '"' in text or "“" in text else []
        verbs.sort(key=lambda verb: (any(a < verb.start() < b for a, b in quoted),
                                     verb.group(0) not in _EN_OUTRIGHT))
    for verb in verbs:
        found = _english_subject(text, verb)
        if found:
            return found
    return None


def _english_subject(text: str, verb: re.Match) -> Span | None:
    """Who speaks with this reporting verb: the subject before it, or after it when a quotation precedes."""
    window = max(0, verb.start() - _EN_LOOKBACK)
    before = text[window:verb.start()]
    closings = list(_QUOTE_CLOSED_RE.finditer(before))
    quote_end = closings[-1].end() - 1 if closings else -1
    if quote_end >= 0 and before[:quote_end + 1].count('"') % 2 == 0 and before.count("“") <= before.count("”"):
        between = before[quote_end + 1:].strip(" ,")
        if not between:
            # '"...," said the chairman of the committee, Labour MP Barry Sheerman.'
            after = _EN_AFTER_TAIL_RE.match(text, verb.end())
            if after and after.group(1).strip() and len(after.group(1).split()) <= 16:
                return _span(text, after.start(1), after.end(1))
            return None
        if len(between.split()) <= 8:
            offset = window + quote_end + 1
            start = text.index(between, offset)
            return _trim_subject(text, start, start + len(between), tag=True)
    clause = _EN_CLAUSE_RE.search(text, window, verb.start())
    segments = []
    offset = clause.start()
    for piece in clause.group(0).split(","):
        if piece.strip():
            segments.append((offset, offset + len(piece)))
        offset += len(piece) + 1
    if not segments:
        return None
    start, end, name = _span(text, *segments[-1])
    first = _span(text, *segments[0])
    if _EN_AND_BEFORE_RE.search(text, max(0, verb.start() - 20), verb.start()):
        own_verb = _EN_OWN_VERB_RE.search(name)
        subject = name[:own_verb.start()] if own_verb else ""
        if subject and len(subject.split()) <= 6 and any(word[:1].isupper() for word in subject.split()):
            return _trim_subject(text, start, start + len(subject))
    # "Joel Harper, a spokesman for ..., said" / "An Eyewitness Poll, conducted for ..., showed": the
    # subject is the clause's first segment when the last one is an apposition or a participle.
    apposition = re.match(r"(?:a|an)\s", name) or (name[:1].islower() and name.split()[0].casefold() not in
                                                     _EN_SUBJECT_OPENERS)
    tag = _TAG_END_RE.match(text, verb.end()) is not None and len(segments) > 1
    if apposition and not tag and len(segments) > 1 and first[2][:1].isupper() and len(first[2].split()) <= 8:
        start, end, name = first
    return _trim_subject(text, start, end, tag)


def _trim_subject(text: str, start: int, end: int, tag: bool = False) -> Span | None:
    """A subject without the auxiliaries and adverbs before its verb; None when it is not a name.

    `tag`: the verb closes the sentence (", political analysts say."), so any short phrase is its subject.
    """
    start, end, name = _span(text, start, end)
    tail = _EN_TAIL_RE.search(name)
    if tail:
        start, end, name = _span(text, start, start + tail.start())
    if not name or len(name.split()) > (8 if tag else _MAX_WORDS):
        return None
    if not tag and name[:1].islower() and name.split()[0] not in _EN_SUBJECT_OPENERS:
        return None
    return start, end, name


def _headline_speaker(text: str) -> Span | None:
    """"مهدي جمعة : جدّدت عقدا", "Minister: prices will fall": a short name before a colon."""
    match = _HEADLINE_SPEAKER_RE.match(text)
    if not match or _INTERVIEW_LABEL_RE.match(text):
        return None
    name = match.group(1).strip()
    if not 1 <= len(name.split()) <= 6:
        return None
    return _span(text, match.start(1), match.end(1))


def find_speaker(text: str, view: UnitView | None = None) -> Span | None:
    """The person or body a unit quotes or attributes to, as (start, end, text) in the unit; None when none."""
    view = view_of(text) if view is None else view
    if not view.mentions(_ANY_GATE):
        return _headline_speaker(text) if ":" in text else None  # most units: one set test instead of two
    found = _arabic_speaker(text, view) if view.mentions(_AR_GATE) else None
    if found is None and view.mentions(_EN_GATE):
        found = _english_speaker(text)
    if found is None and ":" in text:
        found = _headline_speaker(text)
    return found


def read_speaker(text: str) -> str:
    """The person or body a unit quotes or attributes to, best effort; "" when none."""
    found = find_speaker(text)
    return found[2] if found else ""
