"""Readings of the guide's claim rules that the gate adds to its features (see gate.gate_features).

Whether a future is pinned to a day ("tomorrow") or reported beside a settled fact ("said X happened and that
it would appeal"), whether a negation denies that something was done ("We did
not ask"), and whether the unit is boilerplate: a meeting's stock phrases ("discussed ways to strengthen
bilateral ties") or a service headline ("طقس اليوم"). Kept apart from gate.py, which holds the gate's plumbing.
"""
from __future__ import annotations

import re
from collections import Counter

from checker.extract.gate_words import SAYS_THAT_RE, UNSETTLED_WORDS

# Day words that pin a future to a day: "would come into effect tomorrow" is a decided action with a date
# (ANNOTATION.md, "Plans"). "today" and "أمس" mostly date the saying ("said today it would"), not the action.
FUTURE_DAYS = frozenset("tomorrow tonight غدا".split())
# A negated action or finding: "We did not ask any country", "they were not at all verified",
# "has not been going on". "is not enough" (a judgement) is left out: only done/doing verbs qualify.
_NEGATED_ACTION_RE = re.compile(
    r"\b(?:did|does|do|has|have|had)\s*(?:not|n[’']t)\s+(?:at\s+all\s+|yet\s+|ever\s+)?(?!need|think|believe|"
    r"expect|want|know|see|seem|like|feel|care|mind|mean|agree|foresee|plan|intend)[a-z]{2,}"
    r"|\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:not|n[’']t|never)\s+(?:at\s+all\s+|yet\s+)?"
    r"(?:[a-z]{2,}ed|made|taken|given|paid|sold|held|seen|told|found|shown|sent|done|met|signed|asked)\b")
_NEGATION_MARKS = ("not", "n't", "n’t", "never")


def pins_a_day(dates: list) -> bool:
    """A day word that sets a deadline for a future ("tomorrow", "غدا")."""
    return any(d.text.casefold().strip() in FUTURE_DAYS for _, _, d in dates)


# A report's further reported clause, its complementiser repeated: "said the faults concerned paperwork ... and that
# it would appeal", "وقال إن الأخطاء ... وإنه سوف يستأنف" (the words are folded: "وإنه" is "وانه").
_NEXT_REPORTED_RE = re.compile(r" (?:and|but) that | [وف](?:ان|انه|انها|انهم|بان) ")
_NEXT_REPORTED_MARKS = (" that ", " وان", " فان", " وبان")
MIN_FACT_WORDS = 3  # a reported clause of fewer words ("and that it") states nothing on its own


def reports_beside_a_future(words: list[str]) -> bool:
    """A report of two or more clauses, one of them free of future, plan or hedge words: the future clause
    ("and that it would appeal") stands beside a reported fact, so the unit is not a pure plan (ANNOTATION.md)."""
    joined = " ".join(words)
    if not any(mark in joined for mark in _NEXT_REPORTED_MARKS):
        return False
    clauses = _NEXT_REPORTED_RE.split(joined)
    report = SAYS_THAT_RE.search(clauses[0]) if len(clauses) > 1 else None
    if report is None:
        return False
    clauses[0] = clauses[0][report.end() - 1:]  # what was reported, not who reported it
    settled = [UNSETTLED_WORDS.isdisjoint(clause.split()) for clause in clauses]
    return not all(settled) and any(
        free and len(clause.split()) >= MIN_FACT_WORDS for free, clause in zip(settled, clauses))


def negates_an_action(text: str) -> bool:
    """An English statement that something was not done or not found ("We did not ask", "were not verified")."""
    return any(mark in text for mark in _NEGATION_MARKS) and _NEGATED_ACTION_RE.search(text) is not None


def _holds(words: list[str], triggers: frozenset[str], pattern: re.Pattern) -> bool:
    """One of the trigger words is among the unit's words, and the pattern matches them joined by spaces (the
    pattern runs only where it can match)."""
    return not triggers.isdisjoint(words) and pattern.search(" ".join(words)) is not None


# Meeting boilerplate (ANNOTATION.md: boilerplate is no claim): "discussed ways to strengthen bilateral ties",
# "issues of common interest", "exchanged views", "stressed the importance of dialogue", "بحث سبل تعزيز
# العلاقات الثنائية", "القضايا ذات الاهتمام المشترك", "تبادل وجهات النظر", "أكد أهمية الحوار". Matched on the
# unit's folded words joined by spaces, and only when one of the trigger words is among them.
_BOILERPLATE_RE = re.compile(
    r"\b(?:ways|means)\s+(?:to|of)\s+(?:strengthen|strengthening|boost|boosting|enhance|enhancing|develop|"
    r"developing|promote|promoting|improve|improving|deepen|deepening|expand|expanding)"
    r"|\b(?:bilateral|mutual)\s+(?:ties|relations|cooperation)|\bissues\s+of\s+(?:common|mutual)\s+(?:interest|concern)"
    r"|\bexchanged\s+views|\bthe\s+importance\s+of\s+(?:dialogue|cooperation|strengthening|boosting|continuing)"
    r"|(?<!\w)سبل\s+(?:تعزيز|تطوير|دعم|تدعيم|دفع)|(?<!\w)(?:العلاقات|التعاون)\s+الثنايي|(?<!\w)ذات\s+الاهتمام\s+المشترك"
    r"|(?<!\w)وجهات\s+النظر|(?<!\w)اهميه\s+(?:الحوار|التعاون|تعزيز|دعم|مواصله)"
    # A discussion that took place, told in the passive (ANNOTATION.md, "Plans": consultations without a parameter
    # are no claims): "جرى خلال الاجتماع بحث …", "تم التطرق إلى …", "were also discussed".
    r"|(?<!\w)[وف]?(?:تم|جري|جرت)\s+(?:\S+\s+){0,3}?(?:بحث|مناقشه|التطرق|استعراض|التداول)(?!\w)"
    r"|\b(?:was|were)\s+(?:also\s+)?discussed\b")
_BOILERPLATE_WORDS = frozenset("ways means bilateral mutual issues exchanged importance سبل العلاقات التعاون ذات "
                               "وجهات اهميه بحث مناقشه التطرق استعراض التداول discussed".split())



# A service headline (ANNOTATION.md: boilerplate), dated though it is: "طقس اليوم الجمعة: أمطار متفرقة",
# "حالة الطقس ليوم الأحد", "Weather: rain in the north".
_SERVICE_FIRST = frozenset("طقس الطقس weather".split())
_SERVICE_PAIRS = (["حاله", "الطقس"], ["احوال", "الطقس"], ["نشره", "الطقس"])


def is_service_headline(words: list[str]) -> bool:
    """A headline that announces a service (the weather) rather than news."""
    return bool(words) and (words[0] in _SERVICE_FIRST or words[:2] in _SERVICE_PAIRS)


# Stock phrases with nothing to check even when dated (ANNOTATION.md: boilerplate and refusals to comment are no
# claims): an interview's set-up, the interviewer saying when and where the talk took place ("we spoke to her at the
# company's headquarters on Wednesday", "التقينا أمس الأحد بالخبير"), told by its first-person plural verb of
# talking; and a refusal to comment ("declined to comment on Tuesday", "could not be reached for comment", "رفض
# التعليق", "امتنعت عن التعليق").
_ANY_DAY_RE = re.compile(
    r"\bwe\s+(?:spoke|talked|sat\s+down|caught\s+up)\s+(?:to|with)\b|\bwe\s+interviewed\b"
    r"|\bwe\s+met\s+(?:her|him|them)\b"
    # Told from the other side: "She spoke to us on Monday", "تحدث إلينا الخبير أمس".
    r"|\b(?:spoke|talked|speaks|talks)\s+(?:to|with)\s+us\b"
    r"|(?<!\w)[وف]?(?:تحدث|تحدثت)\s+(?:الينا|معنا)(?!\w)"
    r"|(?<!\w)[وف]?(?:التقينا|حاورنا|التقيناه|التقيناها|حاورناه|حاورناها|تحدثنا\s+(?:مع|الي|إلى))(?!\w)"
    r"|\b(?:declined|declines|refused|refuses)\s+(?:to\s+)?comment|\breached\s+for\s+comment"
    r"|\b(?:request|requests)\s+for\s+comment|\bno\s+comment\b"
    r"|(?<!\w)[وف]?(?:رفض|رفضت|يرفض|ترفض|امتنع|امتنعت|يمتنع|تمتنع)(?:\s+\S+){0,4}?\s+(?:عن\s+)?(?:التعليق|الادلاء)(?!\w)")
_ANY_DAY_WORDS = frozenset("""we us الينا معنا التقينا والتقينا فالتقينا حاورنا وحاورنا التقيناه التقيناها حاورناه حاورناها تحدثنا
    وتحدثنا comment التعليق الادلاء""".split())


# What opens another clause beside a refusal or a set-up: a report or a contrast ("declined to comment, but said
# sales rose 5 pct", "قال … لكنه رفض التعليق"). Without one, the unit's figures are what was not commented on.
_OTHER_CLAUSE_WORDS = frozenset("""said says told added but while although however قال قالت وقال وقالت اضاف اضافت
    واضاف واضافت لكن لكنه لكنها بينما""".split())


def is_boilerplate(words: list[str], dated: bool, counted: bool = False) -> bool:
    """A meeting's stock phrases (who met whom to discuss what) when the unit has no date and no figure, or an
    interview's set-up or a refusal to comment, dated or not: nothing a checker could verify. With a figure, the
    set-up or refusal must be the unit's only clause ("declined to comment on whether the board would cut the
    dividend of 20 cts", "days before the board votes on a £180m expansion": figures presupposed, ANNOTATION.md)."""
    if not dated and not counted and _holds(words, _BOILERPLATE_WORDS, _BOILERPLATE_RE):
        return True
    return _holds(words, _ANY_DAY_WORDS, _ANY_DAY_RE) and (not counted or _OTHER_CLAUSE_WORDS.isdisjoint(words))


# An English attributed characterisation or reaction (ANNOTATION.md, "Claim": characterisations, rejections, calls
# and judgements attributed to a source are opinions, not claims; a number in them is presupposed): "described the
# plan as a disaster", "called the rise \"a tax on failure\"", "called for an inquiry", "welcomed the decision",
# "criticised the cuts". Only when it is the unit's only clause: "welcomed the vote but said pay fell 3 pct" also
# reports. "called the police", "a company called Foo" and "phone calls" are no characterisations.
_CHARACTERISES_RE = re.compile(
    r"\b(?:described|describes|hailed|hails|dismissed|dismisses)\s+(?:\S+\s+){1,6}?as\b"
    r"|\b(?:welcomed|welcomes|criticised|criticized|criticises|criticizes|condemned|condemns|praised)\b"
    r"|\b(?:called|calls)\s+for\b"
    r"|\bcalled\s+(?:it|them|this|that|the\s+(?:\S+\s+){0,2}?\S+)\s+(?:a\s|an\s|[\"“])")
_CHARACTERISES_WORDS = frozenset("""described describes hailed hails dismissed dismisses welcomed welcomes criticised
    criticized criticises criticizes condemned condemns praised called calls""".split())


def characterises(text: str, words: list[str]) -> bool:
    """An English unit whose only clause is a source's characterisation of, or reaction to, something."""
    return not _CHARACTERISES_WORDS.isdisjoint(words) and _OTHER_CLAUSE_WORDS.isdisjoint(words) \
        and _CHARACTERISES_RE.search(text) is not None


# An English attributed assessment (ANNOTATION.md, "Claim": attributed opinions, characterisations and forecasts
# without a figure or a date are not claims): what the source says is a forecast or a possibility ("could",
# "would", "is likely to"), an explanation ("a result of", "caused", "contributed to", "reflects", "means",
# "signals") or a characterisation hedged by degree ("too much", "very well", "broadly on track", "merely").
# The gate asks for it only of an attributed unit with no figure, no specific date, no day pinning a future and
# no denial: "Bankers said this had encouraged cartel-style banking" is analysis, "The official said China has
# taken measures" is a reported fact. Arabic "قد" also means "has" before a past verb, and Arabic analysis is
# rare in the tuning set: Arabic is left to the learned gate.
_ASSESSMENT_WORDS = frozenset(
    """would could may might will should must likely unlikely expect expects expected expecting
    because result resulted results caused cause causes contributed contribute contributes due reflects reflect
    reflected means meant signal signals signalled indicate indicates indicated shows showed suggests suggested
    encouraged helped too very pretty quite rather fairly broadly largely greatly significantly considerably
    clearly certainly probably merely slightly partly dearly highly extremely increasingly""".split())


def assesses(words: list[str]) -> bool:
    """English words that make a reported statement a forecast, an explanation or a hedged characterisation."""
    return not _ASSESSMENT_WORDS.isdisjoint(words)


# The lines of an interview's answers ("A: …", "ج: …"): every unit on such a line is the interviewee's, though only
# the first carries the label (ANNOTATION.md: "a claim in an answer has type attribution").
_ANSWER_LINE_RE = re.compile(r"^[ \t]*(?:a|ج)[ \t]*[:：]", re.IGNORECASE | re.MULTILINE)


def on_answer_lines(text: str, starts: list[int]) -> list[bool]:
    """For each unit's start offset, whether the unit stands on the line of an interview answer."""
    lines = {match.start() for match in _ANSWER_LINE_RE.finditer(text)} if ":" in text or "：" in text else ()
    return [text.rfind("\n", 0, start) + 1 in lines for start in starts] if lines else [False] * len(starts)


# An interview's question lines, labelled or not ("How many carers are there?", "Carer's Allowance is £83.30 a week.
# Is that enough?"): the interviewer's question and its set-up, never claims (ANNOTATION.md, "Interviews";
# bench/gold/README.md: an interviewer's statement on a question's line is part of the question). A question line
# ends on its only question mark and holds at most one sentence before it; an opinion's rhetorical paragraph
# ("… 16 بالمائة في ماي الماضي. ولم يقترن ذلك …. فهل يعقل …؟") has more, or asks several questions. Only where
# two lines or more besides the headline are such (an interview's run of questions); a quoted question ends on
# its quotation mark, and an answer's line keeps its label.
_QUESTION_LINE_END_RE = re.compile(r"[?؟][ \t]*$", re.MULTILINE)
MIN_QUESTION_LINES = 2
MAX_UNITS_ON_A_QUESTION_LINE = 2  # the set-up and the question


def on_question_lines(text: str, starts: list[int]) -> list[bool]:
    """For each unit's start offset (all the article's units), whether it stands on an interview's question line."""
    if "?" not in text and "؟" not in text:
        return [False] * len(starts)
    unit_lines = [text.rfind("\n", 0, start) + 1 for start in starts]
    units_on_line = Counter(unit_lines)  # counted once: a pasted page of question lines must not cost lines x units
    headline = text.rfind("\n", 0, len(text) - len(text.lstrip())) + 1
    lines = set()
    for end in (match.start() for match in _QUESTION_LINE_END_RE.finditer(text)):
        line = text.rfind("\n", 0, end) + 1
        if line != headline and units_on_line[line] <= MAX_UNITS_ON_A_QUESTION_LINE \
                and "?" not in text[line:end] and "؟" not in text[line:end]:
            lines.add(line)
    ordered = sorted(lines)
    lines.difference_update(line for line, answer in zip(ordered, on_answer_lines(text, ordered)) if answer)
    if len(lines) < MIN_QUESTION_LINES:
        return [False] * len(starts)
    return [line in lines for line in unit_lines]
