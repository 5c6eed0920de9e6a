"""What a number counts, as ANNOTATION.md writes it, and which numbers are names or ranks, not quantities.

Units: ISO 4217 codes for money, "%" and "percentage point", time units ("days", "months", …);
empty for plain counts (the counted noun is kept apart, for display). Numbers that are not
quantities: ordinals ("الـ 28", "ال19", "28th"), numbers in names and labels ("France 2", "فرانس 2",
"إف 15", "F-15"), and age or grade ranges ("14-19 qualifications").
"""
from __future__ import annotations

import re

# Currency words after fold_with_offsets, with the ISO code they mean alone; an adjective of
# nationality after the word ("دينار تونسي", "جنيه مصري") names the currency exactly.
CURRENCY_WORDS = {
    "دولار": "USD", "دولارا": "USD", "دولارات": "USD", "يورو": "EUR", "دينار": "TND", "دينارا": "TND",
    "دنانير": "TND", "جنيه": "EGP", "جنيها": "EGP", "جنيهات": "EGP", "ريال": "SAR", "ريالا": "SAR",
    "ريالات": "SAR", "درهم": "AED", "درهما": "AED", "دراهم": "AED", "ليره": "LBP", "ليرات": "LBP",
    "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "pound": "GBP", "pounds": "GBP",
    "اورو": "EUR", "dinar": "TND", "dinars": "TND", "riyal": "SAR", "riyals": "SAR", "usd": "USD", "eur": "EUR",
    "gbp": "GBP", "iqd": "IQD", "dlrs": "USD", "dlr": "USD", "stg": "GBP",
    "tnd": "TND", "sar": "SAR", "egp": "EGP", "yen": "JPY", "yuan": "CNY",
}
_NATIONALITY = {
    "تونسي": "TND", "عراقي": "IQD", "اردني": "JOD", "كويتي": "KWD", "بحريني": "BHD", "ليبي": "LYD",
    "جزائري": "DZD", "سعودي": "SAR", "قطري": "QAR", "عماني": "OMR", "يمني": "YER", "ايراني": "IRR",
    "اماراتي": "AED", "مغربي": "MAD", "مصري": "EGP", "سوداني": "SDG", "استرليني": "GBP", "لبناني": "LBP",
    "لبنانيه": "LBP", "تركي": "TRY", "تركيه": "TRY", "سوري": "SYP", "سوريه": "SYP", "امريكي": "USD",
    "اميركي": "USD", "كندي": "CAD", "استرالي": "AUD", "us": "USD", "canadian": "CAD", "australian": "AUD",
    "egyptian": "EGP", "tunisian": "TND", "iraqi": "IQD", "saudi": "SAR",
}
TIME_UNITS = {
    "days": "يوم يوما ايام يومين يومان day days",
    "weeks": "اسبوع اسبوعا اسابيع اسبوعين اسبوعان week weeks",
    "months": "شهر شهرا اشهر شهور شهرين شهران month months",
    "years": "سنه سنوات سنين عام عاما اعوام سنتين عامين year years",
    "hours": "ساعه ساعات ساعتين hour hours",
    "minutes": "دقيقه دقائق دقيقتين minute minutes",
}
_TIME = {word: unit for unit, words in TIME_UNITS.items() for word in words.split()}
PERCENT_POINT_RE = re.compile(r"\s*(?:percentage\s+points?|(?:نقط(?:ه|تين|تان)|نقاط)\s+م[ئي]?وي(?:ه|تين|تان))")


def unit_for(noun: str, after: str = "") -> str:
    """The guide's unit for the word after a number (and the word after that): ISO code, time unit or ""."""
    if noun in CURRENCY_WORDS:
        return _NATIONALITY.get(after, CURRENCY_WORDS[noun])
    if noun.startswith("ب") and noun[1:] in CURRENCY_WORDS:  # "بـ100 دولار" reads the same
        return _NATIONALITY.get(after, CURRENCY_WORDS[noun[1:]])
    return _TIME.get(noun, "")


# Ranks: "الـ 28", "ال19", "للمرة الـ 3"; the article may carry a glued preposition or conjunction.
_AR_ORDINAL_BEFORE_RE = re.compile(r"(?:^|[\s(«\"])[وفبلك]*(?:ال|لل)[ـ\-]?\s*$")
_EN_ORDINAL_AFTER_RE = re.compile(r"(?:st|nd|rd|th)\b")
_DECADE_RE = re.compile(r"'?s\b")  # "the 1990s", "the 80's"
# A capitalised word or acronym right before the digits names a thing: "France 2", "Channel 4", "F 15".
_EN_NAME_BEFORE_RE = re.compile(r"(?:^|[^\w'’])([A-Z][A-Za-z]*)[ \-/]$")  # also "Personal System/2", "OS/2"
_NOT_NAMES = frozenset(
    """The A An About Around Almost Nearly Over Under Some Only Just Roughly Approximately More Less Fewer At In
    On By Of To For With From Since Until After Before Up Down And But Or All Another Top Than Between Among
    Each Every Its Their His Her Our Your My These Those This That Last Next Past First Only Total Just Exactly
    Another Additional Further Least Most Than Be Are Is Was Were Has Have Had Will Would Could Should May Might
    Latest Almost Barely Roughly Estimated Another Some Including Across Per Via Within Without Against Toward
    Towards Says Said Killing Kill Killed Injured Injuring Lost Won Got Get Gave Give Paid Pay Cost Costs Buy
    Bought Sold Sell Raised Raise Cut Add Added Hit Reach Reached Record Around Just Many""".split()
)
# Arabic spellings of Latin letters and of names that carry a number ("إف 15", "فرانس 24", "ميغ 29").
_AR_NAME_WORDS = frozenset(
    """اف بي سي دي جي تي كيه ام اس اكس زد واي يو كيو ار اتش فرانس ميغ ميج سو سوخوي بوينغ بوينج ايرباص
    كوفيد باتريوت توماهوك ويندوز ايفون جالاكسي فورمولا""".split()
)
# The name may be glued to its number ("بكوفيد19", "كوفيد١٩"), as a verb may be to a figure ("ناهزت500").
_AR_WORD_BEFORE_RE = re.compile(r"(?:^|\s)([^\W\d_]+)[ \-]?$")
# Nouns whose number is a label or a rank: "الفصل 26", "المركز 78", "article 50", "flight 17".
_LABEL_NOUNS = frozenset(
    """الفصل الفصلين الفصول الماده المادتين المواد البند البندين عيار المركز المرتبه الترتيب الرتبه رقم
    الدائره الطريق الساعه الخط فصله مادته فصلها مادتها الجوله الدوره النقطه الكيلومتر القرار الجهويه الوطنيه
    الطابق القسم القرن الملعب الصنف الحلقه المحطه الجزء الباب المجلد article articles section sections chapter
    clause clauses paragraph paragraphs page pages chapters
    room flight rank ranked number no platform gate route round version""".split()
)
_LABEL_WORD_BEFORE_RE = re.compile(r"(?:^|\s)[وبل]?(\w+)\.?\s+$")
# A unit of measure after the number makes it a length, a weight or an area even after a label noun:
# "طول الطريق 45 كلم" is 45 km, where "الطريق 17" alone names a road.
_MEASURE_AFTER_RE = re.compile(
    r"\s*(?:كلم|كم|كيلومتر\w*|متر|مترا|امتار|هكتار\w*|طن|اطنان|كغ|كلغ|كيلوغرام\w*|لتر|لترا|لترات|"
    r"km|kilomet\w+|miles?|met(?:re|er)s?|tonnes?|tons?|hectares?|acres?|kg)(?!\w)")
# A number followed by a region adverb is a rank: "المركز 31 دوليا", "و18 عربيا".
# "القانون عدد 52 لسنة 1992", "الأمر عدد 1234 المؤرخ في": the number of a legal text.
_TEXT_NUMBER_AFTER_RE = re.compile(r"\s*(?:لسنه|لعام|المورخ)(?!\w)")
# "القانون عدد 117 المتعلق بـ", "بمقتضى الأمر عدد 12": a legal text's number even without its year after it,
# and with the adjective that names its kind ("الأمر الحكومي عدد 1052", "القانون الأساسي عدد 22").
_TEXT_NUMBER_BEFORE_RE = re.compile(
    r"(?:^|\s)[وبل]?(?:ال|لل)?(?:قانون|امر|مرسوم|قرار|منشور|مقرر|اتفاقيه|ملف|قضيه)(?:\s+ال\w+)?\s+عدد\s+$")
# "5G", "3D": a capital glued to the digits makes a name.
_GLUED_CAPITAL_RE = re.compile(r"[A-Z](?![a-z])")
# "at 10 a.m.", "الساعة 10 صباحا": a time of day.
_CLOCK_AFTER_RE = re.compile(r"\s*(?:[ap]\.m\.|[ap]m\b|o['’]clock\b|صباحا|مساء|ليلا|:\d\d|(?:EDT|EST|GMT|BST|CET|CST|PST|PDT|UTC|hrs)\b"
                             r"|local\s+time\b|(?:Pacific|Eastern|Central|Mountain)\s+(?:Standard|Daylight)\s+Time\b)")
# "an 8086-based system": a part number that a product is built on.
_MODEL_SUFFIX_RE = re.compile(r"-based\b|-[A-Z]\b")  # also a form's name: "form 10-K", "its 10-Q report"
_CLOCK_BEFORE_RE = re.compile(r"\d[:h]$")  # the minutes of "14:30", "10h30"
_RANK_AFTER_RE = re.compile(r"\s*(?:دوليا|عالميا|عربيا|افريقيا|اقليميا|اوروبيا|اسيويا|مغاربيا)(?!\w)")
_GLUED_HYPHEN_BEFORE_RE = re.compile(r"[^\W\d_]-$")  # "إف-15", "كوفيد-19", "G-7"
_RANGE_AFTER_RE = re.compile(r"-\d{1,2}(?!\d)(?!\s*(?:%|٪|percent|في\s*الم|بالم))")
_RANGE_BEFORE_RE = re.compile(r"(?<![\d.,])\d{1,2}-$")
# "fiscal '87", "the class of ’92": two digits after an apostrophe shorten a year, they count nothing.
_SHORT_YEAR_BEFORE_RE = re.compile(r"(?:^|[\s(])['’]$")
# "Intel Corp <INTC> 80386": digits right after a wire ticker belong to the company's product or name.
_TICKER_BEFORE_RE = re.compile(r"<[A-Z][A-Z.]*>\s*$")
# "the 747 to Qantas", "the 737-300": "the" before a bare, unround number with no noun after it names a model
# ("the 747"), where a count names what it counts ("the 347 passengers") or is round ("the 500 in custody").
_THE_BEFORE_RE = re.compile(r"(?:^|\s)[Tt]he\s+$")
_MODEL_DIGITS_RE = re.compile(r"\d{2,3}[1-9]")
_NO_NOUN_AFTER_RE = re.compile(r"\s*(?:$|-\d|[^\w\s-]|(?:to|and|or|with|for|from|by|is|was|has|had|will|would)\b)")


_WORD_AFTER_RE = re.compile(r"\s*(\w+)")
# "9/11", "24/7", "3/6/20", "2014/15": digits joined by a slash to other digits are a date or a label. A wire
# fraction ("1/2", "35-1/4") is read whole before this test, and fiscal years ("1986/87") go to the dates.
_SLASH_BEFORE_RE = re.compile(r"\d/$")
_SLASH_AFTER_RE = re.compile(r"/\d")
# Digits inside a link ("https://t.co/976mfpkKFn", "www.example.com/2019/story") name a page, not a figure.
_LINK_BEFORE_RE = re.compile(r"(?:https?://|www\.|\w\.[a-z]{2,6}/)\S*$")
# A number word in capitals after a capitalised word, with "of" between or not, names a thing: "Group of Seven",
# "Channel Four", "the Big Three" — unless the whole unit is written in capitals, as headlines are.
_NAME_BEFORE_WORD_RE = re.compile(r"(?:^|\s)[A-Z][\w'’.-]*\s+(?:of\s+(?:the\s+)?)?$")
_LOWER_WORD_RE = re.compile(r"(?:^|\s)[a-z]{4,}")
# A label noun before a number word: "Number four", "Chapter Eleven", "round two" ("no" only before digits: "No. 2",
# where "no two cases" is a count).
_WORD_LABEL_NOUNS = frozenset(("no",))
# "3.30pm", "10.45 a.m.": a time of day written with a point.
_CLOCK_DECIMAL_RE = re.compile(r"(?:[01]?\d|2[0-3])[.:][0-5]\d")
# "+44 20 7946 0958", "GMT+2": a plus sign glued before digits opens a telephone number or a time zone's offset
# (the groups after the first are coordinated with it, so they go too).
_PLUS_BEFORE_RE = re.compile(r"(?:^|[\s(]|GMT|UTC)\+$")
# "1. Iran 2. Kuwait 3. Bahrain": a number with a point or a bracket before a capital inside one unit numbers the
# items of a list (the splitter would have ended a sentence there).
_LIST_ITEM_AFTER_RE = re.compile(r"[.)]\s+[A-Z]")
_LIST_ITEM_BEFORE_RE = re.compile(r"(?:^|\s)$")


def _counts_time(folded_after: str) -> bool:
    """"الـ 48 ساعة الماضية", "ال10 أشهر الأولى": the article before digits that count a time unit makes a
    period ("the past 48 hours"), not a rank; so does a unit of measure ("عمق البحر ال120 مترا")."""
    word = _WORD_AFTER_RE.match(folded_after)
    return bool(word) and word.group(1) in _TIME or _MEASURE_AFTER_RE.match(folded_after) is not None


# "between 1700 and 2100 hrs", "(2300 to 0300 hrs GMT)": the first time of a range of times of day.
_CLOCK_RANGE_AFTER_RE = re.compile(r"\s*(?:to|and|-|–)\s*(?:[01]\d|2[0-4])[0-5]\d(?!\d)")


def joined_by_slash(text: str, start: int, end: int) -> bool:
    """Digits in a date or label written with slashes ("9/11", "24/7", "3/6/20") or inside a link: no figure,
    and no label either, so a number coordinated after them ("24/7 and 300 staff") is still read."""
    return _SLASH_BEFORE_RE.search(text, max(0, start - 2), start) is not None or _SLASH_AFTER_RE.match(text, end) \
        is not None or "/" in text[max(0, start - 64):start] and _LINK_BEFORE_RE.search(text, max(0, start - 64), start) \
        is not None


def is_not_a_quantity(text: str, folded_before: str, start: int, end: int, digits: bool, percent: bool,
                      folded_after: str = "") -> bool:
    """True when the number at text[start:end] is a rank, part of a name or one end of an age or grade range.

    `folded_before` and `folded_after` are the folded text around the number; `digits`: the number is written in digits
    and nothing else; `percent`: it was read as a percentage (then a range "10-15%" stays two figures).
    """
    if not digits:
        return _CLOCK_DECIMAL_RE.fullmatch(text, start, end) is not None and _CLOCK_AFTER_RE.match(text, end) \
            is not None or _names_or_labels_a_word(text, folded_before, start, end, folded_after)
    before = text[max(0, start - 24):start]
    if joined_by_slash(text, start, end) or _PLUS_BEFORE_RE.search(before):
        return True
    if end - start <= 2 and _LIST_ITEM_AFTER_RE.match(text, end) and _LIST_ITEM_BEFORE_RE.search(before):
        return True
    if _AR_ORDINAL_BEFORE_RE.search(before) and not _counts_time(folded_after) \
            or _EN_ORDINAL_AFTER_RE.match(text, end) or _DECADE_RE.match(text, end):
        return True
    if _GLUED_HYPHEN_BEFORE_RE.search(before) or _CLOCK_BEFORE_RE.search(before):
        return True
    name = _EN_NAME_BEFORE_RE.search(before)
    if name and name.group(1) not in _NOT_NAMES:
        return True  # "France 2", "Channel 4", "Intel 80386": digits without a separator after a name
    if _MODEL_SUFFIX_RE.match(text, end):
        return True  # "an 8086-based system", "form 10-K"
    if end - start == 2 and _SHORT_YEAR_BEFORE_RE.search(before) or _TICKER_BEFORE_RE.search(before):
        return True
    if _THE_BEFORE_RE.search(before) and _MODEL_DIGITS_RE.fullmatch(text, start, end) \
            and _NO_NOUN_AFTER_RE.match(text, end):
        return True
    word = _AR_WORD_BEFORE_RE.search(folded_before[-24:])
    if word and (word.group(1) in _AR_NAME_WORDS or word.group(1)[0] in "وفبل" and word.group(1)[1:] in _AR_NAME_WORDS):
        return True
    label = _LABEL_WORD_BEFORE_RE.search(folded_before[-24:])
    if label and label.group(1) in _LABEL_NOUNS and not _MEASURE_AFTER_RE.match(folded_after) \
            or _TEXT_NUMBER_BEFORE_RE.search(folded_before[-32:]):
        return True
    if _RANK_AFTER_RE.match(folded_after) or _TEXT_NUMBER_AFTER_RE.match(folded_after):
        return True
    if _CLOCK_AFTER_RE.match(text, end) or _GLUED_CAPITAL_RE.match(text, end):
        return True
    if end - start == 4 and text[start] in "012":
        later = _CLOCK_RANGE_AFTER_RE.match(text, end)
        if later and _CLOCK_AFTER_RE.match(text, later.end()):
            return True
    if not percent and end - start <= 2 and (_RANGE_AFTER_RE.match(text, end) or _RANGE_BEFORE_RE.search(before)):
        return True
    return False


def _names_or_labels_a_word(text: str, folded_before: str, start: int, end: int, folded_after: str) -> bool:
    """A number word that names a thing ("Group of Seven", "Channel Four") or labels one ("Number four")."""
    written = text[start:end]
    if written[:1].isupper() and written[1:2].islower() and _NAME_BEFORE_WORD_RE.search(text[max(0, start - 32):start]) \
            and _LOWER_WORD_RE.search(text):
        return True
    label = _LABEL_WORD_BEFORE_RE.search(folded_before[-24:])
    return bool(label) and label.group(1) in _LABEL_NOUNS and label.group(1) not in _WORD_LABEL_NOUNS \
        and not _MEASURE_AFTER_RE.match(folded_after)
