"""Reading dates: Levantine, Egyptian/Gulf, Maghrebi and English month names, numbers and years."""
from datetime import date

import pytest

from checker.extract import read_dates

PUBLISHED = date(2021, 12, 4)  # a Saturday, the sample article's date


@pytest.mark.parametrize(
    "text, expected",
    [
        ("صوّت في 5 كانون الثاني/يناير 2020 على", [("2020-01-05", "5 كانون الثاني/يناير 2020")]),
        ("في الحادي والثلاثين من كانون الأول/ديسمبر الحالي", [("--12-31", "الحادي والثلاثين من كانون الأول/ديسمبر")]),
        ("في الأول من تموز 2019", [("2019-07-01", "الأول من تموز 2019")]),
        ("في الخامس عشر من آذار", [("--03-15", "الخامس عشر من آذار")]),
        ("في الثاني والعشرين من شباط ٢٠٢١", [("2021-02-22", "الثاني والعشرين من شباط ٢٠٢١")]),
        ("يوم ٥ أيار ٢٠٢١", [("2021-05-05", "٥ أيار ٢٠٢١")]),
        ("في 9 نيسان 2003", [("2003-04-09", "9 نيسان 2003")]),
        ("في 14 تشرين الثاني 2020", [("2020-11-14", "14 تشرين الثاني 2020")]),
        ("في 2 أغسطس 1990", [("1990-08-02", "2 أغسطس 1990")]),
        ("في 25 يناير 2011", [("2011-01-25", "25 يناير 2011")]),
        ("في 30 يونيه 2013", [("2013-06-30", "30 يونيه 2013")]),
        ("في 3 جانفي 2021", [("2021-01-03", "3 جانفي 2021")]),
        ("في 14 جويلية 2021", [("2021-07-14", "14 جويلية 2021")]),
        ("في 1 أوت 2020", [("2020-08-01", "1 أوت 2020")]),
        ("في 20 فيفري 2011", [("2011-02-20", "20 فيفري 2011")]),
        ("في 12 دجنبر 2019", [("2019-12-12", "12 دجنبر 2019")]),
        ("في 9 شتنبر 2023", [("2023-09-09", "9 شتنبر 2023")]),
        ("في 30 يوليوز 2022", [("2022-07-30", "30 يوليوز 2022")]),
        ("في 20 غشت 2022", [("2022-08-20", "20 غشت 2022")]),
        ("حتى 5/1/2020", [("2020-01-05", "5/1/2020")]),
        ("on 2020-01-05", [("2020-01-05", "2020-01-05")]),
        # ANNOTATION.md: the text leaves out prepositions and a generic noun before a number (عام 2019 → "2019").
        ("أواخر العام 2017 في عام 2014", [("2017", "2017"), ("2014", "2014")]),
        ("the date, 31 December, is fixed", [("--12-31", "31 December")]),
        ("by December 31, 2021", [("2021-12-31", "December 31, 2021")]),
        ("on Jan. 5, 2020", [("2020-01-05", "Jan. 5, 2020")]),
        ("in May 2020", [("2020-05", "May 2020")]),
        ("in 2017", [("2017", "2017")]),
        ("the vote of 5 January 2020", [("2020-01-05", "5 January 2020")]),
    ],
)
def test_read_dates(text, expected):
    assert [(d.iso, d.text) for d in read_dates(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "أمين عام وزارة البيشمركة",  # "general secretary", not a year
        "عدد عسكرييها 2500",
        "on 35/13/2020",
        "",
    ],
)
def test_no_date(text):
    assert read_dates(text) == ()


@pytest.mark.parametrize(
    "text, expected",
    [
        # Without a publication date a relative date is recognised but not placed.
        ("في الرابع من الشهر الماضي", [("", "الرابع من الشهر الماضي")]),
        ("last Thursday evening", [("", "last Thursday")]),
    ],
)
def test_relative_dates_without_publication_date(text, expected):
    mentions = read_dates(text)
    assert [(d.iso, d.text) for d in mentions] == expected
    assert all(d.relative for d in mentions)


@pytest.mark.parametrize(
    "text, iso, fragment",
    [
        ("في الرابع من الشهر الماضي اتفقت بغداد وواشنطن", "2021-11-04", "الرابع من الشهر الماضي"),
        ("هجوم مساء الخميس الماضي", "2021-12-02", "الخميس الماضي"),
        ("an attack last Thursday evening", "2021-12-02", "last Thursday"),
        ("وصل أمس إلى بغداد", "2021-12-03", "أمس"),
        ("arrived yesterday", "2021-12-03", "yesterday"),
        ("ارتفعت الأسعار الشهر الماضي", "2021-11", "الشهر الماضي"),
        ("prices rose last month", "2021-11", "last month"),
        ("العام الماضي", "2020", "العام الماضي"),
        ("next year", "2022", "next year"),
        ("يوم الأحد المقبل", "2021-12-05", "يوم الأحد المقبل"),
        ("in the first week of next month", "2022-01", "next month"),
    ],
)
def test_relative_dates_resolve_against_publication(text, iso, fragment):
    [mention] = read_dates(text, PUBLISHED)
    assert (mention.iso, mention.text, mention.relative, mention.inferred) == (iso, fragment, True, False)


@pytest.mark.parametrize(
    "text, published, iso",
    [
        ("the date, 31 December, is fixed", PUBLISHED, "2021-12-31"),
        ("منذ 25 ديسمبر", date(2022, 1, 10), "2021-12-25"),  # nearest year, not the article's calendar year
        ("before 3 January", date(2021, 12, 20), "2022-01-03"),
    ],
)
def test_year_inferred_from_publication(text, published, iso):
    [mention] = read_dates(text, published)
    assert (mention.iso, mention.inferred, mention.relative) == (iso, True, False)


def test_a_day_with_this_month_is_relative():
    # ANNOTATION.md: deictic words ("الحالي", "الجاري") make the date relative (it used to be inferred only).
    [mention] = read_dates("في الحادي والثلاثين من كانون الأول/ديسمبر الحالي", PUBLISHED)
    assert (mention.iso, mention.inferred, mention.relative) == ("2021-12-31", True, True)


def test_written_year_is_not_inferred():
    [mention] = read_dates("صوّت في 5 كانون الثاني/يناير 2020", PUBLISHED)
    assert (mention.iso, mention.inferred) == ("2020-01-05", False)


@pytest.mark.parametrize(
    "text, iso, fragment",
    [
        ("في 15 رمضان 1442 هـ", "1442-09-15", "15 رمضان 1442 هـ"),
        ("خلال شهر ذي الحجة 1443", "1443-12", "شهر ذي الحجة 1443"),
        ("منذ عام 1441هـ", "1441", "1441هـ"),
        ("في 3 ربيع الأول 1445", "1445-03-03", "3 ربيع الأول 1445"),
    ],
)
def test_hijri_dates(text, iso, fragment):
    [mention] = read_dates(text, PUBLISHED)
    assert (mention.iso, mention.text, mention.calendar, mention.inferred) == (iso, fragment, "hijri", False)


@pytest.mark.parametrize("text", ["حصل على صفر من عشرة", "قال رجب طيب أردوغان", "رمضان كريم"])
def test_hijri_month_words_alone_are_not_dates(text):
    assert read_dates(text, PUBLISHED) == ()


TUESDAY = date(2019, 11, 19)


@pytest.mark.parametrize(
    "text, expected",
    [
        # Bare years after a preposition, year ranges and coordinated years.
        ("في 2019 ارتفع العجز", [("2019", "2019", False)]),
        ("بحلول 2035 سيكون", [("2035", "2035", False)]),
        ("outlook for 1987", [("1987", "1987", False)]),
        ("the 1987 trade surplus", [("1987", "1987", False)]),
        ("بين عامي 2008 و2012", [("2008", "2008", False), ("2012", "2012", False)]),
        ("للموسم (2016-2017)", [("2016", "2016", False), ("2017", "2017", False)]),
        # Month pairs, months alone and with "last / next / this", in Tunisian and Gulf spellings.
        ("في نوفمبر/تشرين الثاني الماضي", [("نوفمبر/تشرين الثاني الماضي", "2018-11", True)]),
        ("أكتوبر الماضي", [("أكتوبر الماضي", "2019-10", True)]),
        ("أبريل المقبل", [("أبريل المقبل", "2020-04", True)]),
        ("جانفي الماضي", [("جانفي الماضي", "2019-01", True)]),
        ("خلال شهر أفريل الفارط", [("شهر أفريل الفارط", "2019-04", True)]),
        ("prices slipped in September", [("September", "2019-09", True)]),
        ("talks resume in January", [("January", "2020-01", True)]),  # up to three months ahead: coming
        ("last August", [("last August", "2019-08", True)]),
        ("It may rise", []),
        # Relative months and weeks.
        ("مطلع الشهر الجاري", [("الشهر الجاري", "2019-11", True)]),
        ("last month", [("last month", "2019-10", True)]),
        # A week is dated by its Monday (bench/gold/README.md).
        ("هذا الأسبوع", [("هذا الأسبوع", "2019-11-18", True)]),
        ("the rise agreed last week", [("last week", "2019-11-11", True)]),
        ("الأسبوع المقبل", [("الأسبوع المقبل", "2019-11-25", True)]),
        # Weekdays alone: the latest such day, the publication day included.
        ("قال الثلاثاء", [("الثلاثاء", "2019-11-19", True)]),
        ("تم تمريرها، الخميس", [("الخميس", "2019-11-14", True)]),
        ("said on Friday", [("Friday", "2019-11-15", True)]),
        ("يوم الاثنين", [("يوم الاثنين", "2019-11-18", True)]),
        ("الاثنين من الوزراء", []),  # "the two", not Monday
        # Coordinated days share their month and year.
        ("يوم 3 و4 مارس 2018", [("3", "2018-03-03", False), ("4 مارس 2018", "2018-03-04", False)]),
        ("on 3 and 4 March 2018", [("3", "2018-03-03", False), ("4 March 2018", "2018-03-04", False)]),
        ("يومي 19 و20 نوفمبر الجاري", [("19", "2019-11-19", True), ("20 نوفمبر", "2019-11-20", True)]),
    ],
)
def test_misread_date_classes(text, expected):
    assert [(d.text, d.iso, d.relative) for d in read_dates(text, TUESDAY)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("in fiscal 1986/87, ending soon", ["1986", "1987"]),
        ("K Mart said 1985 was restated", ["1985"]),
        ("compared with 1985, from 2.50 billion", ["1985"]),
        ("borrow in the 1986-90 plan period", ["1986", "1990"]),
        ("employs 2000 people", []),
        # A fiscal year opening the unit, and a year after a label's colon (wire-copy notes).
        ("1985/86 year.", ["1985", "1986"]),
        ("NOTE: 1985 period ended December 29", ["1985", "--12-29"]),
        ("NOTE: 1986 year net includes a charge", ["1986"]),
        ("Note: 1500 workers left", []),
    ],
)
def test_english_years(text, expected):
    assert [d.iso for d in read_dates(text)] == expected


def test_every_relative_rule_has_its_gate():
    from checker.extract.relative_dates import _COMPILED, _GATES
    assert len(_GATES) == len(_COMPILED)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("a mid-2020 target", [("2020", "2020", False)]),
        ("by end-2024", [("2024", "2024", False)]),
        ("this morning", [("this morning", "2019-11-19", True)]),
        ("last night", [("last night", "2019-11-18", True)]),
        ("the 3-4 March 2018 talks", [("3", "2018-03-03", False), ("4 March 2018", "2018-03-04", False)]),
        ("the March 3-4 talks", [("March 3", "2020-03-03", False), ("4", "2020-03-04", False)]),
    ],
)
def test_english_day_words_and_hyphens(text, expected):
    assert [(d.text, d.iso, d.relative) for d in read_dates(text, TUESDAY)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("وفي 2019 ارتفع العدد", ["2019"]),
        ("بالعام 2017 وقع الحادث", ["2017"]),
        ("the 1987 trade surplus", ["1987"]),
        ("عام 550 قبل الميلاد", ["0550"]),
        ("see http://example.com/in 2019 now", ["2019"]),  # a link hides "in" from the unit's words
        ("(2016-2017)", ["2016", "2017"]),
        ("into 1988 and beyond", ["1988"]),
        ("x1988 and 21988", []),
    ],
)
def test_year_patterns_gated_by_their_word(text, expected):
    assert [d.iso for d in read_dates(text)] == expected


def test_the_gate_words_are_read_off_the_year_patterns():
    """Every word in a year pattern's gate is one the pattern's own alternation accepts whole."""
    import re

    from checker.extract.date_patterns import _PATTERNS, _WORD_BEFORE_YEAR, DATE_RES

    assert set(_WORD_BEFORE_YEAR) < set(range(len(DATE_RES)))
    for index, words in _WORD_BEFORE_YEAR.items():
        prefix = re.compile(r"(?<!\w)(?:" + re.search(r"\(\?<!\\w\)\(\?:(.*?)\)(?:\\s[+*]|-)\(\?P<year>",
                                                       _PATTERNS[index]).group(1) + ")")
        assert all(prefix.fullmatch(word) for word in words), index


@pytest.mark.parametrize(
    "text, published, expected",
    [
        ("It was quoted at 3.72 today, little changed from 3.7 a year ago.", date(1987, 3, 11),
         [("today", "1987-03-11"), ("a year ago", "1986-03-11")]),
        ("A year ago, K Mart took a charge", date(1987, 3, 12), [("A year ago", "1986-03-12")]),
        ("two weeks ago", date(2021, 12, 4), [("two weeks ago", "2021-11-20")]),
        ("3 months ago", date(2021, 5, 31), [("3 months ago", "2021-02-28")]),
        ("ويتم الالتحاق بالتجنيد بداية من أول جويلية المقبل", date(2017, 3, 3), [("أول جويلية", "2017-07-01")]),
        ("أول مارس 2018", None, [("أول مارس 2018", "2018-03-01")]),
        ("وصل أول من أمس", date(2021, 12, 4), [("أول من أمس", "2021-12-02")]),
        ("ترتفع الأسعار ابتداء من غرة أفريل", date(2017, 3, 15), [("غرة أفريل", "2017-04-01")]),
        ("بداية من غرة جانفي 2018", None, [("غرة جانفي 2018", "2018-01-01")]),
        ("from the first of April", date(2017, 3, 15), [("April", "2017-04")]),  # English ordinals: unchanged
    ],
)
def test_counted_back_dates_and_the_first_of_a_month(text, published, expected):
    assert [(d.text, d.iso) for d in read_dates(text, published)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # ANNOTATION.md: a year is a date; in Arabic prose a recent year closing a phrase after a noun is one.
        ("وتم رصد هذه الاعتمادات في ميزانية 2018.", ["2018"]),
        ("الانتخابات البلدية 2018 التي تأجلت مرتين", ["2018"]),
        ("بين 2010 و2015.", ["2010", "2015"]),
        ("حسب أرقام 2016، تراجع العدد", ["2016"]),
        ("the 2018 budget", ["2018"]),
        # Counts stay counts: a counted noun after the number, or an approximation before it.
        ("بلغ عددهم 2000 شخص.", []),
        ("بلغ عددهم نحو 2000.", []),
        ("سجلت 2015 إصابة في الولاية.", []),
        ("paid 2015 dollars.", []),
    ],
)
def test_arabic_years_closing_a_phrase(text, expected):
    assert [d.iso for d in read_dates(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A month with its other name in brackets, as Levantine and Gulf outlets write it.
        ("في 21 آب (أغسطس) 2019، أعرب", [("2019-08-21", "21 آب (أغسطس) 2019")]),
        ("في كانون الثاني (يناير) 2019 قضت المحكمة", [("2019-01", "كانون الثاني (يناير) 2019")]),
        ("في 5 تشرين الثاني/نوفمبر 2019", [("2019-11-05", "5 تشرين الثاني/نوفمبر 2019")]),
    ],
)
def test_month_names_paired_in_brackets(text, expected):
    assert [(d.iso, d.text) for d in read_dates(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A range of days shares its month, as coordinated days do; the first day is no quantity.
        ("وتستمر الدورة من 3 إلى 7 جويلية 2017.", [("3", "2017-07-03"), ("7 جويلية 2017", "2017-07-07")]),
        ("ينتظم المهرجان من 12 الى 20 أوت 2016", [("12", "2016-08-12"), ("20 أوت 2016", "2016-08-20")]),
        ("The festival runs from 3 to 7 July 2017", [("3", "2017-07-03"), ("7 July 2017", "2017-07-07")]),
        ("talks on 3-7 July 2017", [("3", "2017-07-03"), ("7 July 2017", "2017-07-07")]),
        # A count before the preposition is not a day: it is too large, or not next to it.
        ("ارتفع العدد من 150 إلى 7 مارس 2018", [("7 مارس 2018", "2018-03-07")]),
        ("تم تأجيل الجلسة إلى 7 مارس 2018", [("7 مارس 2018", "2018-03-07")]),
    ],
)
def test_ranges_of_days_share_their_month(text, expected):
    assert [(d.text, d.iso) for d in read_dates(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Month names that are also words ("باب" door, "أب" father, the verb "مارس") are months alone only after
        # "شهر", a preposition, or before "الماضي/المقبل/الجاري".
        ("فتح باب الترشح للانتخابات البلدية", []),
        ("في باب الحريات العامة", []),
        ("وهو أب لطفلين", []),
        ("مارس الرياضة منذ صغره", []),
        ("قال إن آب الماضي شهد ارتفاعا", [("آب الماضي", "2019-08")]),
        ("خلال شهر مارس تراجع الإنتاج", [("شهر مارس", "2019-03")]),
        ("في مارس ارتفعت الأسعار", [("مارس", "2019-03")]),
        ("ومنذ آب تراجعت الصادرات", [("آب", "2019-08")]),
        # Other months alone are unchanged, in Arabic and English.
        ("في ديسمبر ارتفعت الأسعار", [("ديسمبر", "2019-12")]),
        ("prices rose in March", [("March", "2019-03")]),
    ],
)
def test_month_names_that_are_also_words(text, expected):
    assert [(d.text, d.iso) for d in read_dates(text, TUESDAY)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Copy typed without a space between a word and the year still names a month or a year.
        ("مع أستراليا في شهر نوفمبر2016.", [("شهر نوفمبر2016", "2016-11")]),
        ("ضحايا أحداث11 سبتمبر2001 بملاحقة السعودية", [("سبتمبر2001", "2001-09")]),
        ("في 15 مارس2017 أعلن الوزير", [("15 مارس2017", "2017-03-15")]),
        ("خلال نفس الفترة من سنة2014 أي بنسبة زيادة", [("2014", "2014")]),
        ("تفاقمت الظواهر بعد2011.", [("2011", "2011")]),
        ("تم حجز 2000 شخص", []),
        # A year after a preposition with a glued "و", and a year alone in brackets closing a phrase.
        ("وبحلول 2035 سيتضاعف العدد", [("2035", "2035")]),
        ("ومنذ 2011 تراجعت الصادرات", [("2011", "2011")]),
        ("إلى موفى الدورة النيابية القادمة (2017).", [("2017", "2017")]),
        ("the trade bill (1987), approved in March", [("1987", "1987"), ("March", "2019-03")]),
        ("قدرت الكلفة بـ (2000) دينار", []),
    ],
)
def test_glued_and_bracketed_years(text, expected):
    assert [(d.text, d.iso) for d in read_dates(text, TUESDAY)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # An English year opening the unit, or following a ticker, before a word it does not count.
        ("1986 net income was 872.5 mln dlrs", [("1986", "1986")]),
        ("TIME <TL> 1987 EARNINGS MAY BE 4.25 DLRS SHARE", [("1987", "1987")]),
        ("1500 workers were laid off", []),
        ("2000 شخص شاركوا في المسيرة", []),
    ],
)
def test_years_opening_a_unit(text, expected):
    assert [(d.text, d.iso) for d in read_dates(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "وفي الشهر الماضي ارتفعت الأسعار", "في العاشر من الشهر الجاري", "بالعام المقبل", "خلال الأسبوع الحالي",
        "هذا الأسبوع وهذا الشهر", "السابق للشهر الماضي", "الرئيس السابق قال هذا", "this is the last straw",
        "sales rose last month and will fall next year", "earlier this week, officials said",
        "see https://example.com/الشهر الماضي", "@week last", "this morning the 5 of last month",
    ],
)
def test_relative_rules_gated_by_their_noun_find_what_every_rule_finds(text):
    """The month, year and week rules skipped for want of their noun would have found nothing."""
    from checker.extract.relative_dates import find_relative
    from checker.extract.view import view_of

    view = view_of(text)
    every_rule = find_relative(view.folded, PUBLISHED)
    assert find_relative(view.folded, PUBLISHED, view.words, not view.masked) == every_rule


def test_the_noun_gate_words_are_accepted_by_their_rules():
    """Every noun form of a rule's gate, followed by a turn word its rule knows, is matched whole by that rule."""
    from checker.extract.relative_dates import _GATED, _RULES

    turns = {-1: ("الماضي", "last"), 0: ("الجاري", "this"), 1: ("المقبل", "next")}
    for (_, nouns, (pattern, _, _)), (_, unit, step) in zip(_GATED, _RULES):
        for noun in nouns:
            arabic, english = turns[step]
            phrase = f"{english} {noun}" if noun.isascii() else f"{noun} {arabic}"
            assert pattern.fullmatch(phrase), (unit, step, phrase)


@pytest.mark.parametrize(
    "text, expected",
    [
        # A weekday alone in a future clause is the coming one, the publication day (Tuesday 10 March 2026)
        # included; a report between the future and the weekday dates the saying, which is past.
        ("Schools will stay closed until Thursday.", ["2026-03-12"]),
        ("The health secretary is due to make a statement on Monday.", ["2026-03-16"]),
        ("The minister will visit the port on Tuesday.", ["2026-03-10"]),
        ("The board met on Monday.", ["2026-03-09"]),
        ("The plant will close, the company said on Monday.", ["2026-03-09"]),
        ("Talks will resume next week. They ended on Friday.", ["2026-03-16", "2026-03-06"]),
        ("وسوف يعقد المجلس اجتماعا يوم الخميس", ["2026-03-12"]),
        ("ومن المقرر أن يجتمع المجلس يوم الخميس", ["2026-03-12"]),
        ("اجتمع المجلس يوم الخميس", ["2026-03-05"]),
        ("سوف يغلق المصنع، قال الوزير يوم الاثنين", ["2026-03-09"]),
        # ANNOTATION.md: a weekday next to a day and month is left out.
        ("Tuesday, March 10, 2026", ["2026-03-10"]),
        ("On Friday, 6 March, the board met.", ["2026-03-06"]),
        ("وذلك يوم الثلاثاء 10 مارس 2026", ["2026-03-10"]),
        ("الجمعة، 6 مارس", ["2026-03-06"]),
        ("The board met on Friday and on 9 March.", ["2026-03-06", "2026-03-09"]),
    ],
)
def test_weekdays_by_tense_and_beside_a_day(text, expected):
    assert [mention.iso for mention in read_dates(text, date(2026, 3, 10))] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("domestic demand could fall slightly this financial year", ["this financial year"]),
        ("growth next financial year should match that of the current fiscal year",
         ["next financial year", "current fiscal year"]),
        ("the deficit last fiscal year", ["last fiscal year"]),
        ("وتتوقع الحكومة نموا بنسبة 3 بالمائة خلال السنة المالية المقبلة", ["السنة المالية المقبلة"]),
        ("عجز ميزانية العام المالي الحالي", ["العام المالي الحالي"]),
        ("وفي العام المالي الماضي", ["العام المالي الماضي"]),
        # Not a fiscal year named from the publication date.
        ("the fiscal policy of this government", []),
        ("السياسة المالية الحالية", []),
    ],
)
def test_fiscal_years_named_from_the_publication_date(text, expected):
    # A specific year (ANNOTATION.md, "Dates"), but when it starts depends on the country: no value.
    mentions = read_dates(text, date(1987, 3, 3))
    assert [d.text for d in mentions] == expected
    assert all(d.relative and d.iso == "" for d in mentions)
