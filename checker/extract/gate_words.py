"""The words and patterns the article gate reads a unit with (see gate.gate_features).

Word groups (hedges, judgements, ways of reporting, changes, vague amounts, things done), the guide's patterns
for denials, reports, stances and conditions, and the labels of an interview. Kept apart from gate.py, which
builds the features and holds the model.
"""
from __future__ import annotations

import re

# Words after fold_with_offsets (Arabic letters unified, lower case).
NEGATION = frozenset("not no never nor none nobody nothing n't cannot لم لن ليس ليست لا غير ما عدم".split())
HEDGES = frozenset(
    """hope hopes hoped hoping wish wants wanted should must need needs ought could might may would perhaps
    maybe likely unlikely possible possibly feel feels felt believe believes believed think thinks thought
    fear fears feared urge urges urged call calls called يجب ينبغي نامل يامل تامل امل اتمني نتمني يمكن
    يمكنه قد ربما لعل يبدو نعتقد اعتقد يعتقد تعتقد ندعو يدعو تدعو دعا دعت طالب طالبت يطالب تطالب""".split()
)
FIRST_PERSON = frozenset("i we our ours us my me انا نحن لنا علينا لدينا اننا".split())
SECOND_PERSON = frozenset("you your انت انتم لكم".split())
JUDGEMENTS = frozenset(
    """important significant major serious crucial dramatic mistake misguided disgrace shame scandal
    unacceptable unconstitutional satisfactory satisfactorily positive negative good bad better worse best
    worst dismal sluggish strong weak healthy unhealthy normal ideal fair unfair false choice
    مهم هام خطير خطيره ايجابي سلبي جيد سيء ضروري كارثي كارثيا فادح مقبول اهميه ضروره importance necessity
    need needed necessary unnecessary appropriate inappropriate justified unjustified welcome enough sufficient
    insufficient adequate inadequate cautious popular creditworthy pretty excellent difficult hard
    easy clear unclear safe risky dangerous impressive disappointing encouraging worrying success successful
    failure problem problems بمثابه يعد تعد ناجح ناجحه فاشل فاشله صعب صعبه مهمه هامه خطيرا ايجابيه
    سلبيه ضعيف قوي ممتاز""".split()
)
# Denials in the guide's sense ("denied", "نفى", "لا صحة"); a rejection ("rejected", "رفض") is an opinion.
DENIAL_RE = re.compile(r"(?<!\w)(?:[وف]?(?:نفي|نفت|ينفي|تنفي|نفوا)|لا صحه|غير صحيح|عار عن الصحه|denied|denies|deny|"
                        r"denying|untrue|not true|there (?:s|was|were|is|are|has been|have been) no"
                        # "there was no need/doubt": a judgement, not a denial
                        r"(?! (?:immediate |urgent |real )?(?:need|reason|doubt|question|point|alternative|hurry"
                        r"|rush))"
                        # no casualties: "no one was injured", "لم يسفر الحادث عن أي إصابات"
                        r"|(?:no one|nobody) (?:was|were|has been|had been) (?:injured|killed|hurt|harmed)"
                        # talks denied: "We have had no talks with anyone", "لم تجر أي محادثات", "لا توجد مفاوضات"
                        r"|(?:have|has|had) (?:had |held )?no (?:talks|contacts?|discussions|negotiations|dealings)"
                        r"|[وف]?(?:لم|لا) (?:تجر|يجر|نجر|تجري|يجري|توجد|يوجد) (?:اي )?(?:محادثات|مفاوضات|اتصالات)"
                        r"|[وف]?لم (?:يسفر|تسفر) (?:\S+ ){0,2}?عن (?:اي )?(?:اصابات|اصابه|ضحايا|خساير بشريه|قتلي))(?!\w)")
# A reporting verb followed by what was reported: "قال إن", "أكد أن", "said that".
SAYS_THAT_RE = re.compile(r"(?<!\w)[وف]?(?:قال|قالت|اكد|اكدت|اعلن|اعلنت|افاد|افادت|اوضح|اوضحت|ذكر|ذكرت|اضاف|اضافت|"
                           r"كشف|كشفت|بين|بينت|اشار|اشارت)\s+(?:\S+\s+){0,8}?(?:ان|انه|انها|انهم|بان)(?!\w)"
                           r"|\b(?:said|says|told \w+|added|reported|announced|confirmed)\s+(?:that\s+)?[a-z]")
# A finding reported like a statement: "the inquiry found that", "It concluded that", "وخلصت اللجنة إلى أن".
FINDING_THAT_RE = re.compile(r"\b(?:found|finds|concluded|concludes)\s+that\b"
                             r"|(?<!\w)[وف]?(?:خلص|خلصت|توصل|توصلت)\s+(?:\S+\s+){0,6}?(?:الي|إلى)\s+(?:ان|أن|انه|انها)(?!\w)")
FINDING_WORDS = frozenset("found finds concluded concludes خلص خلصت توصل توصلت وخلص وخلصت وتوصل وتوصلت".split())
# How a statement is reported: neutral reporting, argument and advice, or a forecast.
SAY_NEUTRAL = frozenset("""said says told tells added adds reported reports noted confirmed confirms announced
    announces stated showed shows revealed قال قالت اعلن اعلنت افاد افادت ذكر ذكرت اوضح اوضحت كشف كشفت اكد اكدت
    اضاف اضافت""".split())
SAY_OPINION = frozenset("""argued argues suggested suggests believes believed stressed reiterated warned warns urged
    urges called welcomed criticised criticized insisted insists described questioned accused hoped feared wants
    wanted proposed recommended اعتبر اعتبرت شدد شددت حذر حذرت دعا دعت طالب طالبت انتقد انتقدت وصف وصفت
    رحب رحبت اقترح اقترحت""".split())
SAY_FORECAST = frozenset("""predicted predicts expects expected forecast forecasts estimated estimates projected
    توقع توقعت يتوقع تتوقع قدر قدرت""".split())
MODALS = frozenset("could might may should must would ought perhaps maybe يمكن قد ربما لعل يجب ينبغي".split())
WISHES = frozenset("""hope hopes hoped hoping wish want wants wanted fear fears feared concerned confident
    optimistic pessimistic نامل يامل تامل امل اتمني نتمني""".split())
# A change or a record: what moved, and how ("rose 3%", "تراجع", "doubled").
CHANGE = frozenset("""rose rise rises risen fell fall falls fallen increased increase increases decreased decrease
    declined decline declines dropped drop drops grew grow grows soared slipped slumped jumped climbed doubled
    tripled halved cut cuts boosted reached reaches totalled totaled surged plunged gained lost higher lower
    ارتفع ارتفعت ارتفاع انخفض انخفضت انخفاض تراجع تراجعت زاد زادت زياده بلغ بلغت بلغ سجل سجلت تضاعف
    ناهز ناهزت قفز قفزت هبط هبطت تقلص تقلصت""".split())
# Vague amounts and descriptions (ANNOTATION.md: "many", "عدد من" are not claims).
VAGUE = frozenset("""many several some various numerous few dozens hundreds thousands millions much lots
    عده عدد بعض العديد كثير كثيره مختلف عشرات ميات الاف ملايين موسعه واسعه مكثفه""".split())
# Something was done: English past tenses (regular ones end in -ed) and Arabic "تم/جرى" + verbal noun or a
# feminine past verb opening the unit ("وأوقفت الحكومة", "فرضت السويد").
IRREGULAR_PAST = frozenset("""took made met won lost held sent began left fled struck shot hit sold bought paid
    rose fell grew led set put cut gave went came brought built spent broke caught chose drew drove ran
    stood threw wrote became""".split())
NOT_ACTIONS = SAY_NEUTRAL | SAY_OPINION | SAY_FORECAST | frozenset(
    "need needed based used supposed concerned interested expected called discussed reviewed examined explored "
    "considered addressed emphasised emphasized underlined highlighted focused".split())  # talk, not a deed
AR_FIRST_VERB_RE = re.compile(r"^[وف]?(?!\w*ات\s)[اأإ]?\w{2,5}ت\s+(?:ال|\w+\s+ال)")
NEWS_DAYS = frozenset("اليوم امس أمس today yesterday tonight tomorrow غدا".split())
ED_RE = re.compile(r"\b[a-z]{3,}ed\b")
# A capital after the first word: a name, usually. Written from the capital back to the space before it, so the
# regex engine jumps from capital to capital instead of testing every character for a space; the count is that
# of "\\s[A-Z]" (two such matches can never share a character).
CAPITAL_RE = re.compile(r"[A-Z](?<=\s.)")
GROUPS = (("words:negation", NEGATION), ("words:hedge", HEDGES), ("words:first_person", FIRST_PERSON),
           ("words:second_person", SECOND_PERSON), ("words:judgement", JUDGEMENTS),
           ("words:say_neutral", SAY_NEUTRAL), ("words:say_opinion", SAY_OPINION),
           ("words:say_forecast", SAY_FORECAST), ("words:modal", MODALS), ("words:wish", WISHES),
           ("words:change", CHANGE), ("words:vague", VAGUE),
           ("event:done", IRREGULAR_PAST | frozenset("تم وتم فتم تمت وتمت جري وجري جرت وجرت".split())),
           ("trigger:denial", frozenset("""نفي نفت ينفي تنفي نفوا ونفي ونفت وينفي وتنفي ونفوا فنفي فنفت صحه صحيح
                                        يسفر تسفر محادثات مفاوضات اتصالات denied denies deny denying untrue true no
                                        nobody""".split())))
# Arabic news opens most sentences on a verb with "و" or "ف" glued to it ("وقال", "وأضاف", "واعتبر", "ودعا",
# "فارتفع"): an Arabic group word counts with either conjunction too, or the groups would miss most of its uses.
AR_CONJUNCTIONS = ("و", "ف")
WORD_GROUPS: dict[str, tuple[str, ...]] = {}
for _name, _group in GROUPS:
    for _word in _group:
        _forms = (_word,) if _word.isascii() else (_word, *(c + _word for c in AR_CONJUNCTIONS))
        for _form in _forms:
            if _name not in WORD_GROUPS.get(_form, ()):
                WORD_GROUPS[_form] = WORD_GROUPS.get(_form, ()) + (_name,)
GROUP_WORDS = frozenset(WORD_GROUPS)
# A future, a condition, a plan or a hope: checkable only with a figure or a date (ANNOTATION.md, "Claim": "hopes
# and intentions without a checkable parameter" are not claims, "a forecast with a figure or date" is). Arabic "قد"
# is left out: before a past verb it means "has", a fact.
UNSETTLED_WORDS = frozenset("""will would could should may might must if unless expect expects expected likely
    hope hopes hoped plan plans planned want wants سوف وسوف سيتم وسيتم يجب ويجب ينبغي يمكن ويمكن ربما اذا واذا لو ولو
    """.split())
# An attributed opinion in English (ANNOTATION.md: "attributed opinions ... are not claims", even around a figure):
# the speaker's own verb is a stance ("said he hoped", "argued", "called on") or a quotation opens on "I believe".
# Each family of stances is its own pattern, run only when one of its words is present: one pattern of all three
# was tried at every character of every English unit that held any of the words.
EN_STANCES = (
    (frozenset(("said", "says", "url", "user")),
     re.compile(r"\b(?:said|says)\s+(?:that\s+)?(?:he|she|they|we)\s+(?:hoped|hopes|believed|believes|thought|thinks|"
                r"felt|feels|(?:was|were|is|are)\s+(?:not\s+)?(?:satisfied|confident|optimistic|pessimistic|pleased|"
                r"happy|unhappy|disappointed|concerned|worried|surprised|amazed|encouraged|convinced|hopeful|"
                r"delighted))\b")),
    (frozenset(("argued", "argues", "questioned", "urged", "urges", "called", "calls", "url", "user")),
     re.compile(r"\b(?:argued|argues|questioned|urged|urges|called\s+on|calls\s+on)\b")),
    (frozenset(("i", "we", "url", "user")),
     re.compile(r"(?:^|[\"“]\s*)(?:I|We)\s+(?:do\s+not\s+|don't\s+)?(?:believe|think|feel|hope)\b")),
)
# Every match of a stance pattern holds one of its words as a whole word; "url" and "user" stand for links and
# handles, whose words the unit's word list no longer shows. A unit without any of them is spared the scans.
STANCE_WORDS = frozenset().union(*(words for words, _ in EN_STANCES))
# An English unit that opens on a condition is a hypothetical ("If crude stays below 20 dlrs, prospects are dismal",
# "As long as members adhere, Saudi Arabia will..."): not a claim even with a figure. Arabic "إذا" also opens the
# rules of a law ("وإذا طالت اتهامات الرئيس ... يمكن للبرلمان"), which are claims, so Arabic is left to the gate.
EN_CONDITION_OPENERS = frozenset(("if", "unless", "provided", "providing"))
# A condition of one participle states what the law sets ("If convicted, he faces up to 10 years"): a claim.
MIN_CONDITION_WORDS = 4
QUESTION_LABEL_RE = re.compile(r"^\s*(?:q|س)\s*[:：]", re.IGNORECASE)
ANSWER_LABEL_RE = re.compile(r"^\s*(?:a|ج)\s*[:：]", re.IGNORECASE)
QUOTES_RE = re.compile(r"[\"“”«»]")
# A unit opening on a pronoun or a demonstrative refers back ("That is a false choice", "It is useful to have a
# devaluation", "وهذا إجراء إيجابي"): without a figure or a date of its own it comments on a fact told before.
ANAPHORA_OPENERS = frozenset("""that this these those it who what there هذا وهذا هذه وهذه ذلك وذلك تلك وتلك هو وهو
    هي وهي""".split())
EVENT_CODES = frozenset(("quantity", "percentage", "money", "casualties", "denial", "vote", "comparison", "prediction"))
# What an interview label or a closing question mark can start or end with.
LABEL_FIRST = frozenset("qQسaAج")
QUESTION_ENDS = ("?", "؟", "?\"", "؟\"", "?”")


PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you"})
