"""Reading quantities: digits in both scripts, number words, money and percentages."""
import pytest

from checker.extract import read_quantities
from checker.extract.duals import counted_dual, has_counted_dual


@pytest.mark.parametrize(
    "text, expected",
    [
        ("وصل عدد المتطوعين إلى 50 ألف شخس.", [(50000, "50 ألف", "")]),
        ("ويبلغ عدد عسكرييها 2500 لكنها أعلنت", [(2500, "2500", "")]),
        ("ويبلغ عدد عسكرييها ٢٥٠٠ جندي", [(2500, "٢٥٠٠", "")]),
        ("مقتل وإصابة 18 عسكريًّا ومدنيًّا", [(18, "18", "")]),
        ("مقتل 13 عسكريًّا إضافة إلى إصابة 5 آخرين", [(13, "13", ""), (5, "5", "")]),
        ("أرسلت ثلاثة آلاف جندي", [(3000, "ثلاثة آلاف", "")]),
        ("نحو ألفين شخص", [(2000, "ألفين", "")]),
        ("خمسة وعشرون ألف لاجئ", [(25000, "خمسة وعشرون ألف", "")]),
        ("بلغت الكلفة ٢٫٥ مليون دولار", [(2_500_000, "٢٫٥ مليون", "USD")]),
        ("سجل ١٬٢٥٠ شخصاً", [(1250, "١٬٢٥٠", "")]),
        ("بنسبة ٣٠٪ من الأصوات", [(30, "٣٠٪", "%")]),
        ("ارتفعت 12 في المئة", [(12, "12 في المئة", "%")]),
        ("عشرة أشخاص", [(10, "عشرة", "")]),
        ("2.5 million people", [(2_500_000, "2.5 million", "")]),
        ("reached 50,000.", [(50000, "50,000", "")]),
        ("with 2,500 troops", [(2500, "2,500", "")]),
        ("a deal worth $1.13bn", [(1.13e9, "$1.13bn", "USD")]),
        ("a £600m contract", [(600e6, "£600m", "GBP")]),
        ("the page has 25K followers", [(25000, "25K", "")]),
        ("rose 4.5% in May", [(4.5, "4.5%", "%")]),
        ("rose 7 percent", [(7, "7 percent", "%")]),
        ("three thousand troops", [(3000, "three thousand", "")]),
        ("twenty-five soldiers", [(25, "twenty-five", "")]),
        ("a hundred and twenty people", [(120, "hundred and twenty", "")]),
    ],
)
def test_read_quantities(text, expected):
    # ANNOTATION.md's unit (`measure`): an ISO code, "%" or a time unit, empty for plain counts; `unit` keeps
    # what is shown beside the number (for a plain count, the counted word).
    found = [(q.value, q.text, q.measure) for q in read_quantities(text)]
    assert found == [(pytest.approx(v), t, u) for v, t, u in expected]


@pytest.mark.parametrize(
    "text",
    [
        "صوّت البرلمان في 5 كانون الثاني/يناير 2020",  # the year is part of a date
        "أعلن أواخر العام 2017 انتصاره",
        "the vote of 5/1/2020",
        "since 2014",
        "قمة G7 وجائحة COVID-19",  # digits inside names
        "آلاف الأشخاص",  # "thousands of", not a figure
        "one of the largest",
        "",
    ],
)
def test_no_quantity(text):
    assert read_quantities(text) == ()


@pytest.mark.parametrize(
    "text, expected",
    [
        # Ranks, names and ranges are not quantities (ANNOTATION.md, "Not quantities").
        ("احتل المنتخب المرتبة الـ 28 عالميا", []),
        ("في الدورة ال19 للمهرجان", []),
        ("للمرة الـ3 على التوالي", []),
        ("the 28th edition of the festival", []),
        ("طائرات إف 15 وإف-15 الأمريكية", []),
        ("F-15 jets and an F 16", []),
        ("a report on France 2 and Channel 4", []),
        ("بثت قناة فرانس 2 تقريرا", []),
        ("teaching 14-19 qualifications", []),
        ("مقاتلات ميغ 29 وبوينغ 737", []),
        # Percentages with the word spelled in its variants, and percentage points.
        ("85 بالمائة من السكان", [(85, "85 بالمائة", "%")]),
        ("ارتفعت 12 بالمئة", [(12, "12 بالمئة", "%")]),
        ("نسبة 40 في المائة", [(40, "40 في المائة", "%")]),
        ("rose by 0.5 percentage points", [(0.5, "0.5", "percentage point")]),
        ("ارتفعت بنقطتين أي 2 نقطة مئوية", [(2, "2", "percentage point")]),
        # A plain count has no unit: the next word is not its unit ("430 ألفا قاموا").
        ("بلغ عددهم 430 ألفا قاموا بالتصويت", [(430000, "430 ألفا", "")]),
        ("مقتل خمسة أشخاص", [(5, "خمسة", "")]),
        ("five people died", [(5, "five", "")]),
        # ANNOTATION.md lists number words as quantities: "one" right after its noun is one (the old
        # table expected nothing for "بهمة وطنية واحدة"; the guide's gold counts "سنة واحدة", "عقدا واحدا").
        ("بهمة وطنية واحدة", [(1, "واحدة", "")]),
        ("أن عقدا واحدا تم تجديده", [(1, "واحدا", "")]),
        ("بغالبية ثلاثة أخماس الأعضاء", [(0.6, "ثلاثة أخماس", "")]),
        ("two thirds of voters", [(2 / 3, "two thirds", "")]),
        # Hundreds as folded ("مائة" folds to "مايه"), compound hundreds, halves of a scale, digits and a scale.
        ("أكثر من مائة شخص", [(100, "مائة", "")]),
        ("ثلاثمائة شخص", [(300, "ثلاثمائة", "")]),
        ("ألف ومائتي شخص", [(1200, "ألف ومائتي", "")]),
        ("بلغت مليار ونصف دينار", [(1.5e9, "مليار ونصف", "TND")]),
        ("3 آلاف و500 شخص", [(3500, "3 آلاف و500", "")]),
        ("مئات الأشخاص", []),
        ("بقيمة ملياري ريال", [(2e9, "ملياري", "SAR")]),
        ("بنسبة %5", [(5, "%5", "%")]),  # typed right to left
        # Money as ISO codes, time as time units.
        ("50 دينارا تونسيا", [(50, "50", "TND")]),
        ("رفع الأجور بـ 100 دينار تونسي", [(100, "100", "TND")]),
        ("بلغت 3 مليارات ريال سعودي", [(3e9, "3 مليارات", "SAR")]),
        ("a fee of 40 pounds", [(40, "40", "GBP")]),
        ("سجن لمدة 3 أشهر", [(3, "3", "months")]),
        ("for 10 years", [(10, "10", "years")]),
        ("خلال 48 ساعة", [(48, "48", "hours")]),
        ("10-15% of voters", [(10, "10", ""), (15, "15%", "%")]),
        ("About 300 people and Police said 12", [(300, "300", ""), (12, "12", "")]),
    ],
)
def test_misread_number_classes(text, expected):
    found = [(q.value, q.text, q.measure) for q in read_quantities(text)]
    assert found == [(pytest.approx(v), t, u) for v, t, u in expected]


@pytest.mark.parametrize(
    "text, unit, measure",
    [("with 2,500 troops", "troops", ""), ("وصل عدد المتطوعين إلى 50 ألف متطوع", "متطوع", ""),
     ("a deal worth $1.13bn", "USD", "USD"), ("بلغت 2.5 مليون دولار", "USD", "USD"), ("rose 7 percent", "%", "%")],
)
def test_a_plain_count_shows_its_noun_and_measures_nothing(text, unit, measure):
    [quantity] = read_quantities(text)
    assert (quantity.unit, quantity.measure) == (unit, measure)


@pytest.mark.parametrize(
    "text, expected",
    [
        # Tunisian writing: "6ر12" is 12.6, "175 م د" 175 million dinars; spoken decimals.
        ("تراوحت بين 15 م د و22 م د", [(15e6, "15 م", "TND"), (22e6, "22 م", "TND")]),
        ("قدر بـ 6ر9 دينار", [(9.6, "6ر9", "TND")]),
        ("بقيمة 7.3 م.د", [(7.3e6, "7.3 م", "TND")]),
        ("بنسبة 46 فاصل 5 بالمائة", [(46.5, "46 فاصل 5 بالمائة", "%")]),
        ("بلغت 6 ملايين و218 ألف دينار", [(6218000, "6 ملايين و218 ألف", "TND")]),
        # Agency English: mln, pct, dlrs, cents.
        ("rose 22 PCT to 1.07 mln bpd", [(22, "22 PCT", "%"), (1.07e6, "1.07 mln", "")]),
        ("losses of 214 mln dlrs", [(214e6, "214 mln", "USD")]),
        ("closing at 76.58 cts", [(0.7658, "76.58", "USD")]),
        # Ranges share the scale and unit of their second end.
        ("three to five billion dlrs higher", [(3e9, "three", "USD"), (5e9, "five billion", "USD")]),
        ("between three and four pct", [(3, "three", "%"), (4, "four pct", "%")]),
        ("بين 15 و20 مليون دينار", [(15e6, "15", "TND"), (20e6, "20 مليون", "TND")]),
        # Labels and ranks.
        ("لتحتل تونس المركز 78 دوليا", []),
        ("في المرتبة الثانية عربيا و18 دوليا", []),
        ("طبق الفصلين 92 و93 من قانون", []),
        ("article 50 of the treaty", []),
        ("في الثامنة عشر من العمر", []),
        ("in the 1970s", []),
        # Number words with clitics or the article, fractions, duals of time, "one" before a unit.
        ("بثلاثة آلاف عام من الحضارة", [(3000, "ثلاثة آلاف", "years")]),
        ("خلال السنوات الخمس الأخيرة", [(5, "الخمس", "")]),
        ("قبلها بشهرين", [(2, "شهرين", "months")]),
        ("fell by a third", [(1 / 3, "third", "")]),
        ("half the workforce", [(0.5, "half", "")]),
        ("growth of one pct", [(1, "one pct", "%")]),
        # Hyphenated time units, names with a glued capital, halves of a period.
        ("a 13-year low", [(13, "13", "years")]),
        ("a 24-hour strike", [(24, "24", "hours")]),
        ("the 5G network and a 3D printer", []),
        ("in the second half", []),
        # Vague amounts are not figures.
        ("committed billion of dollars", []),
        ("several hundred million dlrs", []),
    ],
)
def test_more_number_classes(text, expected):
    found = [(q.value, q.text, q.measure) for q in read_quantities(text)]
    assert found == [(pytest.approx(v), t, u) for v, t, u in expected]


@pytest.mark.parametrize(
    "text",
    ["على الساعة 10 صباحا", "at 10 a.m. on Friday", "القانون عدد 52 لسنة 1992", "الأمر الحكومي عدد 1234 المؤرخ في"],
)
def test_times_of_day_and_legal_text_numbers_are_not_quantities(text):
    assert read_quantities(text) == ()


@pytest.mark.parametrize(
    "text, expected",
    [
        ("reserves are now two-thirds depleted", [("two-thirds", 2 / 3)]),
        ("Over one-third of tax income", [("one-third", 1 / 3)]),
        ("one third of voters", [("one third", 1 / 3)]),
        ("three-quarters of the seats", [("three-quarters", 0.75)]),
        ("the twenty-third session opened", []),  # a rank, not 20
        ("in the twenty-first century", []),
        ("twenty-five people", [("twenty-five", 25.0)]),
    ],
)
def test_fractions_and_compound_ranks(text, expected):
    assert [(q.text, pytest.approx(q.value)) for q in read_quantities(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("مليونا و200 ألف", [("مليونا و200 ألف", 1_200_000)]),  # a scale word, then a smaller part joined by "و"
        ("مليار و300 مليون دينار", [("مليار و300 مليون", 1_300_000_000)]),
        ("25 ألفا و300", [("25 ألفا و300", 25_300)]),  # the part may end the unit
        ("6 ملايين و218 ألف ساكن", [("6 ملايين و218 ألف", 6_218_000)]),
        ("آلاف و200 شخص", [("200", 200)]),  # "thousands" alone stays vague
    ],
)
def test_parts_joined_to_a_scale(text, expected):
    assert [(q.text, q.value) for q in read_quantities(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # The number of a legal text or a case is a label, with or without its year after it.
        ("على معنى القانون عدد 117 المتعلق بحماية المستهلك", []),
        ("بمقتضى الأمر عدد 12 الصادر في", []),
        ("في القضية عدد 5 المنشورة", []),
        ("law No. 117 on consumers", []),
        # "عدد" without a legal text before it counts: "بلغ عدد 117 شخصا".
        ("بلغ عدد 117 شخصا", [(117, "117", "")]),
        # Only "و" joins number words; a preposition starts another phrase ("one to one", not two).
        ("مكتب (واحد لواحد) للبحوث", []),
        ("ثلاثة بثلاثة أمتار", [(3, "ثلاثة", ""), (3, "ثلاثة", "")]),
        ("خمسة وعشرون ألف شخص", [(25000, "خمسة وعشرون ألف", "")]),
        ("three to one", [(3, "three", "")]),
    ],
)
def test_labels_and_joined_number_words(text, expected):
    found = [(q.value, q.text, q.measure) for q in read_quantities(text)]
    assert found == [(pytest.approx(v), t, u) for v, t, u in expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        # ANNOTATION.md: an Arabic dual noun is the figure two, written without its glued preposition.
        ("ولم يدخل منها حيز الاستغلال سوى محطتان.", [(2, "محطتان", "")]),
        ("البقاء رئيسا لفترتين متتاليتين.", [(2, "فترتين", "")]),  # the agreeing adjective is not a second figure
        ("أسفر الحادث عن مقتل شخصين وإصابة ثلاثة آخرين.", [(2, "شخصين", ""), (3, "ثلاثة", "")]),
        ("أصيب جنديان بجروح.", [(2, "جنديان", "")]),
        ("دفع دينارين فقط.", [(2, "دينارين", "TND")]),
        ("لمدة شهرين.", [(2, "شهرين", "months")]),
        # A dual with the article names two things already mentioned; names and plurals that end alike are not duals.
        ("بين الدولتين علاقات قوية.", []),
        ("التقى بوتين نظيره الأمريكي.", []),
        ("وسط جمهور من الموظفين والمواطنين.", []),
        ("The two sides met twice.", [(2, "two", ""), (2, "twice", "")]),
        ("Two people were hurt.", [(2, "Two", "")]),
        # Labels: the number names a round, an article, a road or the minutes of a time of day.
        ("في مباراة الجولة 12 من الرابطة.", []),
        ("المجلة الجزائية في فصلها 96.", []),
        ("بالطريق الجهوية 17.", []),
        ("على الساعة 14:30.", []),
        ("in round 12 of the league, at 14:30", []),
        ("وبلغ العدد 300 شخص.", [(300, "300", "")]),
    ],
)
def test_duals_and_labels(text, expected):
    found = [(q.value, q.text, q.measure) for q in read_quantities(text)]
    assert found == [(pytest.approx(v), t, u) for v, t, u in expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        # Words that read like a number and are not one.
        ('قال: "أنا لست مسلما".', []),  # "لست" is "am not", not "for six"
        ("أحد أشهر متاجر الحلويات في بيروت.", []),  # "one of", not a figure
        ("أحد عشر لاعبا.", [(11, "أحد عشر", "")]),
        ("بحرائق كبيرة وآلاف السكان يغادرون منازلهم.", []),  # "and thousands of": vague
        ("بابا الفاتيكان بندكت الخامس عشر.", []),  # a masculine ordinal
        # Names that end like a feminine dual, and a dual under "ف" that belongs to the word.
        ("پوتين له تفكير مخالف.", []),
        ("عن دواء إيفرماكتين.", []),
        ("عودة الشرعية في بلدان كثيرة.", []),  # "بلدان" is also the plural "countries"
        ("بقتل فتاتين من البيض.", [(2, "فتاتين", "")]),
        # Digits followed by the same number in words are one quantity (ANNOTATION.md).
        ("في 3 (ثلاثة) أيام", [(3, "3", "")]),
        ("the ratio was three to 3", [(3, "three", ""), (3, "3", "")]),
        # Wire-copy prices in eighths and quarters; a date is no fraction.
        ("Shares rose 1/2 to 35-1/4.", [(0.5, "1/2", ""), (35.25, "35-1/4", "")]),
        ("it traded at 21 7/8 dlrs", [(21.875, "21 7/8", "USD")]),
        ("the vote of 5/1/2020", []),
    ],
)
def test_misread_words_names_and_repeated_numbers(text, expected):
    found = [(q.value, q.text, q.measure) for q in read_quantities(text)]
    assert found == [(pytest.approx(v), t, u) for v, t, u in expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        # "عشر" after an ordinal word is a rank; after any other definite noun it counts.
        ("وتضم القائمة عشرة أسماء.", [(10, "عشرة", "")]),
        ("وتضم المجموعة عشر دول.", [(10, "عشر", "")]),
        ("الدورة الحادية عشرة للمهرجان.", []),
        ("للمرة الثانية عشرة", []),
        ("في القرن التاسع عشر", []),
        # A label noun names a road or a kilometre post, unless a unit of measure follows the number.
        ("يبلغ طول الطريق 45 كلم.", [(45, "45", "")]),
        ("الطريق الجهوية 17 مغلقة", []),
        ("على مستوى الكيلومتر 12 من الطريق", []),
        ("the route 66 stretches 2,448 miles", [(2448, "2,448", "")]),
        # The first day of a range of days is a date, not a count.
        ("من 3 إلى 7 جويلية", []),
        ("from 3 to 7 July", []),
        # The article before digits makes a rank, unless the digits count a time unit: a period.
        ("خلال ال10 أشهر الأولى من السنة", [(10, "10", "months")]),
        ("خلال الـ 48 ساعة الماضية", [(48, "48", "hours")]),
        ("للمرة الـ 3", []),
        ("الدورة الـ 28 للمهرجان", []),
        # A century is a rank; the Maghrebi spelling of the euro is a currency.
        ("ويعود تاريخ المعلم إلى القرن 12.", []),
        ("بكلفة 40 مليون أورو.", [(40e6, "40 مليون", "EUR")]),
    ],
)
def test_ranks_periods_measures_and_day_ranges(text, expected):
    found = [(q.value, q.text, q.measure) for q in read_quantities(text)]
    assert found == [(pytest.approx(v), t, u) for v, t, u in expected]


@pytest.mark.parametrize(
    "words, expected",
    [
        (["ولم", "يدخل", "سوي", "محطتان"], True),
        (["البقاء", "لفترتين"], True),
        (["بين", "الدولتين", "علاقات"], False),  # with the article
        (["التقي", "بوتين", "نظيره"], False),  # a name that ends like a dual
        (["two", "sides", "met"], False),
        ([], False),
    ],
)
def test_has_counted_dual_finds_only_counted_duals(words, expected):
    assert has_counted_dual(words) == expected
    assert has_counted_dual(words) == any(map(counted_dual, words))  # the same answer as testing every word


@pytest.mark.parametrize(
    "text, expected",
    [
        # The Arabic comma glued between digits is a decimal point, as Tunisian and Gulf copy writes it.
        ("بنسبة 46،2 بالمائة", [(46.2, "46،2 بالمائة", "%")]),
        ("في حدود 29،446 مليون دينار", [(29_446_000, "29،446 مليون", "TND")]),
        ("عجز بـ12620،5 مليون دينار", [(12_620_500_000, "12620،5 مليون", "TND")]),
        ("وقد تم إيقاف 3، 4 و5 أشخاص", [(3, "3", ""), (4, "4", ""), (5, "5", "")]),  # with a space: a list
        ("rose to 46.2 pct", [(46.2, "46.2 pct", "%")]),
        # A scale word in the dual before the noun it counts, its ن dropped: two of the scale.
        ("مليارا دينار عائدات السياحة", [(2e9, "مليارا", "TND")]),
        ("شارك في المسيرة ألفا شخص", [(2000, "ألفا", "")]),
        ("بلغ عدد الوافدين مليونا و200 ألف سائح", [(1_200_000, "مليونا و200 ألف", "")]),  # the singular
        ("بلغ عدد الزوار مليونا.", [(1e6, "مليونا", "")]),
        ("وصوت 430 ألفا قاموا بالتسجيل", [(430_000, "430 ألفا", "")]),
        ("two million dinars", [(2e6, "two million", "TND")]),
        # A legal text's number with the adjective naming its kind is a label; the article before a
        # measured number is no rank.
        ("وينص الأمر الحكومي عدد 1052 على إحداث 300 خطة", [(300, "300", "")]),
        ("القانون الأساسي عدد 22 المتعلق بالنفاذ", []),
        ("Decree No. 1052 creates 300 posts", [(300, "300", "")]),
        ("حيث يفوق عمق البحر ال120 مترا", [(120, "120", "")]),
        ("احتلت المركز الـ 28 عالميا", []),
    ],
)
def test_tunisian_decimals_construct_duals_and_labels(text, expected):
    found = [(q.value, q.text, q.measure) for q in read_quantities(text)]
    assert found == [(pytest.approx(v), t, u) for v, t, u in expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        # Part and product numbers, forms, times of day in a time zone are no quantities (ANNOTATION.md: numbers
        # in names and labels); the counts beside them still are.
        ("a new system based on the Intel 80386 chip", []),
        ("an 8086-based system costs 1,695 dlrs", [(1695, "1,695", "USD")]),
        ("IBM calls it the Personal System/2 and sold 3 of them", [(3, "3", "")]),
        ("file its annual report on form 10-K", []),
        ("(NYFK 21512) REUTER", []),
        ("The offer expired at 2400 EDT yesterday", []),
        ("fully crushed by noon (0900 GMT).", []),
        ("trading begins at 0630 Pacific Daylight Time with 3 brokers", [(3, "3", "")]),
        ("talks start at 1400 local time", []),
        # The first time of a range of times of day; a range of amounts stays two figures.
        ("trading between 1700 and 2100 hrs central U.S. time", []),
        ("(2300 to 0300 hrs GMT)", []),
        ("sold between 1700 and 2100 tonnes", [(1700, "1700", ""), (2100, "2100", "")]),
        ("he worked 40 hours a week", [(40, "40", "hours")]),
        ("reciprocity clauses 183 to 186 of the act", []),
        ("a 13-year low", [(13, "13", "years")]),
        # "a third" is a fraction only when no rank follows it.
        ("It expects a third quarter loss of 200,000 dlrs", [(200_000, "200,000", "USD")]),
        ("from dropping to a third-rate position", []),
        ("a sale of the company to a third party", []),
        ("He won a third of the votes", [(1 / 3, "third", "")]),
        # A year shortened by an apostrophe, digits after a wire ticker and "the" before a model's number
        # ("the 747") are no quantities; counts after "the" name what they count or are round.
        ("Sales in fiscal '87 rose 12 pct", [(12, "12 pct", "%")]),
        ("the class of ’92 met again", []),
        ("Intel Corp <INTC> 80386 chips are scarce", []),
        ("Boeing sold the 747 to Qantas and the 737-300 to Ansett", []),
        ("Of the 347 passengers, the 120 on board survived", [(347, "347", ""), (120, "120", "")]),
        ("the 300-member union said", [(300, "300", "")]),
        ("Acme <ACM> sold 50 pct of its unit", [(50, "50 pct", "%")]),
        # Digits in brackets keep their scale; letters glued before digits make a name unless they are clitics.
        ("وتبلغ قيمة المنحة (200) ألف ريال.", [(200_000, "(200) ألف", "SAR")]),
        ("وسجلت الوزارة 30 إصابة بكوفيد١٩ أمس", [(30, "30", "")]),
        ("حالات كوفيد19 في تراجع", []),
        ("بعائدات ناهزت500 مليون دينار", [(500_000_000, "500 مليون", "TND")]),
        ("بلغ ب250 دينارا و7 آلاف", [(250, "250", "TND"), (7000, "7 آلاف", "")]),
        # Arabic labels and counts are unchanged.
        ("قناة فرانس 24 أفادت بمقتل 3 أشخاص", [(3, "3", "")]),
    ],
)
def test_english_labels_times_and_ranks(text, expected):
    found = [(q.value, q.text, q.measure) for q in read_quantities(text)]
    assert found == [(pytest.approx(v), t, u) for v, t, u in expected]
