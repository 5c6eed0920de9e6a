"""Numbers that are no quantities (ANNOTATION.md, "Quantities": dates, labels and names are not), by class, in
Arabic and English: digits joined by a slash, digits inside a link, telephone numbers and time-zone offsets,
times of day written with a point, and number words that name or label a thing."""
import pytest

from checker.extract import read_quantities


@pytest.mark.parametrize(
    "text, expected",
    [
        # A slash between digits writes a date or a label; the figure coordinated after it is still read.
        ("The attacks of 9/11 changed policy.", []),
        ("The cases rose on 3/6/20 to 233.", [(233, "233", "")]),
        ("It was open 24/7 and 300 people came.", [(300, "300", "")]),
        ("وتعمل المصحة 24/24 ساعة وتضم 300 سرير.", [(300, "300", "")]),
        # A wire fraction is still a figure.
        ("Prices rose 1/2 to 35-1/4.", [(0.5, "1/2", ""), (35.25, "35-1/4", "")]),
        # Digits inside a link name a page.
        ("See https://t.co/976mfpkKFn as 40 people came.", [(40, "40", "")]),
        ("التفاصيل على الرابط https://www.example.tn/news/2019/123 وشارك 50 شخصا.", [(50, "50", "")]),
        # A plus sign glued before digits: a telephone number or a time zone's offset.
        ("Call +44 20 7946 0958 for details.", []),
        ("للاتصال: +216 71 123 456 أو زيارة الموقع.", []),
        ("He arrived at 7pm GMT+2 with 3 aides.", [(3, "3", "")]),
        # A time of day written with a point, or "o'clock".
        ("The meeting starts at 3.30pm with 12 members.", [(12, "12", "")]),
        ("The meeting starts at 10 o'clock.", []),
        ("وانطلقت الجلسة على الساعة 10.30 صباحا بحضور 40 نائبا.", [(40, "40", "")]),
        # A decimal after a label noun is a label too.
        ("Version 2.0 of the software was released.", []),
        # A capitalised number word after a capitalised word names a thing.
        ("The Group of Seven finance ministers met in Paris.", []),
        ("The Big Three automakers cut 5,000 jobs.", [(5000, "5,000", "")]),
        # ... unless the unit is written in capitals, as headlines are, or the word before is no name.
        ("Police Say Three Killed in Crash", [(3, "Three", "")]),
        ("THE BIG THREE CUT JOBS", [(3, "THREE", "")]),
        ("The company employs Seven hundred people.", [(700, "Seven hundred", "")]),
        # A label noun before a number word labels, as before digits; a count after "no" stays a count.
        ("Number four, if you are under 26, you are covered.", [(26, "26", "")]),
        ("The talks reached round two with 30 delegates.", [(30, "30", "")]),
        ("وشارك 7 آلاف شخص في المسيرة.", [(7000, "7 آلاف", "")]),
    ],
)
def test_numbers_that_date_name_or_label_are_no_quantities(text, expected):
    found = [(q.value, q.text, q.measure) for q in read_quantities(text)]
    assert found == [(pytest.approx(v), t, u) for v, t, u in expected]
