"""Reading quantities: digits in both scripts, number words, money and percentages."""
import pytest

from checker.extract import read_quantities


@pytest.mark.parametrize(
    "text, expected",
    [
        ("وصل عدد المتطوعين إلى 50 ألف شخس.", [(50000, "50 ألف", "شخس")]),
        ("ويبلغ عدد عسكرييها 2500 لكنها أعلنت", [(2500, "2500", "")]),
        ("ويبلغ عدد عسكرييها ٢٥٠٠ جندي", [(2500, "٢٥٠٠", "جندي")]),
        ("مقتل وإصابة 18 عسكريًّا ومدنيًّا", [(18, "18", "عسكريًّا")]),
        ("مقتل 13 عسكريًّا إضافة إلى إصابة 5 آخرين", [(13, "13", "عسكريًّا"), (5, "5", "آخرين")]),
        ("أرسلت ثلاثة آلاف جندي", [(3000, "ثلاثة آلاف", "جندي")]),
        ("نحو ألفين شخص", [(2000, "ألفين", "شخص")]),
        ("خمسة وعشرون ألف لاجئ", [(25000, "خمسة وعشرون ألف", "لاجئ")]),
        ("بلغت الكلفة ٢٫٥ مليون دولار", [(2_500_000, "٢٫٥ مليون", "دولار")]),
        ("سجل ١٬٢٥٠ شخصاً", [(1250, "١٬٢٥٠", "شخصاً")]),
        ("بنسبة ٣٠٪ من الأصوات", [(30, "٣٠٪", "%")]),
        ("ارتفعت 12 في المئة", [(12, "12 في المئة", "%")]),
        ("عشرة أشخاص", [(10, "عشرة", "أشخاص")]),
        ("2.5 million people", [(2_500_000, "2.5 million", "people")]),
        ("reached 50,000.", [(50000, "50,000", "")]),
        ("with 2,500 troops", [(2500, "2,500", "troops")]),
        ("a deal worth $1.13bn", [(1.13e9, "$1.13bn", "USD")]),
        ("a £600m contract", [(600e6, "£600m", "GBP")]),
        ("the page has 25K followers", [(25000, "25K", "followers")]),
        ("rose 4.5% in May", [(4.5, "4.5%", "%")]),
        ("rose 7 percent", [(7, "7 percent", "%")]),
        ("three thousand troops", [(3000, "three thousand", "troops")]),
        ("twenty-five soldiers", [(25, "twenty-five", "soldiers")]),
        ("a hundred and twenty people", [(120, "hundred and twenty", "people")]),
    ],
)
def test_read_quantities(text, expected):
    found = [(q.value, q.text, q.unit) for q in read_quantities(text)]
    assert found == [(pytest.approx(v), t, u) for v, t, u in expected]


@pytest.mark.parametrize(
    "text",
    [
        "صوّت البرلمان في 5 كانون الثاني/يناير 2020",  # the year is part of a date
        "أعلن أواخر العام 2017 انتصاره",
        "the vote of 5/1/2020",
        "since 2014",
        "قمة G7 وجائحة COVID-19",  # digits inside names
        "بهمة وطنية واحدة",  # "one" as an adjective
        "آلاف الأشخاص",  # "thousands of", not a figure
        "one of the largest",
        "",
    ],
)
def test_no_quantity(text):
    assert read_quantities(text) == ()
