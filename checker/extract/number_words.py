"""The number words quantities are read from: Arabic and English cardinals, scales, fractions and duals.

Words as they look after fold_with_offsets (أ→ا, ة→ه, ى→ي, ئ→ي, lower case); checker/extract/numbers.py
and number_values.py read them.
"""
from __future__ import annotations

# Number words as they look after fold_with_offsets (أ→ا, ة→ه, ى→ي).
WORDS = {
    "واحد": 1, "واحده": 1, "واحدا": 1, "اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2, "اثنا": 2, "اثني": 2,
    "ثلاث": 3, "ثلاثه": 3, "اربع": 4, "اربعه": 4, "خمس": 5, "خمسه": 5, "ست": 6, "سته": 6,
    "سبع": 7, "سبعه": 7, "ثماني": 8, "ثمانيه": 8, "ثمان": 8, "تسع": 9, "تسعه": 9,
    "عشر": 10, "عشره": 10, "احد": 1, "احدي": 1,
    "عشرون": 20, "عشرين": 20, "ثلاثون": 30, "ثلاثين": 30, "اربعون": 40, "اربعين": 40,
    "خمسون": 50, "خمسين": 50, "ستون": 60, "ستين": 60, "سبعون": 70, "سبعين": 70,
    "ثمانون": 80, "ثمانين": 80, "تسعون": 90, "تسعين": 90,
    "مئه": 100, "مائه": 100, "مئتان": 200, "مئتين": 200, "مائتان": 200, "مائتين": 200,
    # The same once folded (ئ becomes ي): "مئة" reads "ميه", "مائة" "مايه".
    "ميه": 100, "مايه": 100, "ميتان": 200, "ميتين": 200, "مايتان": 200, "مايتين": 200, "ميتي": 200, "مايتي": 200,
    **{unit + hundred: n * 100 for unit, n in (("ثلاث", 3), ("اربع", 4), ("خمس", 5), ("ست", 6), ("سبع", 7),
                                               ("ثمان", 8), ("تسع", 9)) for hundred in ("مايه", "ميه")},
    "الفان": 2000, "الفين": 2000, "الفي": 2000, "مئتي": 200, "مائتي": 200,
    "مليونان": 2_000_000, "مليونين": 2_000_000, "مليوني": 2_000_000,
    "ملياران": 2e9, "مليارين": 2e9, "ملياري": 2e9,
    "نصف": 0.5, "ثلث": 1 / 3, "ربع": 0.25, "ثلثي": 2 / 3, "ثلثا": 2 / 3,
    "half": 0.5, "twice": 2, "double": 2,
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
MULTIPLIERS = {
    "الف": 1e3, "الفا": 1e3, "الاف": 1e3, "مليون": 1e6, "مليونا": 1e6, "ملايين": 1e6,
    "مليار": 1e9, "مليارا": 1e9, "مليارات": 1e9, "بليون": 1e9, "ترليون": 1e12, "تريليون": 1e12,
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "bn": 1e9, "mn": 1e6, "tn": 1e12, "mln": 1e6, "bln": 1e9, "billions": 1e9,
}
# Cardinals an Arabic writer puts after the noun with the article ("السنوات الخمس", "الاربعة ملايين").
WITH_ARTICLE = {"ال" + w: v for w, v in {
    "ثلاث": 3, "ثلاثه": 3, "اربع": 4, "اربعه": 4, "خمس": 5, "خمسه": 5, "ست": 6, "سته": 6, "سبع": 7,
    "سبعه": 7, "ثماني": 8, "ثمانيه": 8, "تسع": 9, "تسعه": 9, "عشر": 10, "عشره": 10}.items()}
# Two of a unit of time in one word: "شهرين" (ANNOTATION.md: a dual noun is the figure).
TIME_DUALS = {
    "يومين": "days", "يومان": "days", "اسبوعين": "weeks", "اسبوعان": "weeks", "شهرين": "months",
    "شهران": "months", "سنتين": "years", "سنتان": "years", "عامين": "years", "عامان": "years",
    "ساعتين": "hours", "ساعتان": "hours", "دقيقتين": "minutes",
}
# Fractions and multiples that need a word before them to be a figure: "a third", "a quarter".
AFTER_A = {"third": 1 / 3, "quarter": 0.25}
CLITICS = ("و", "ب", "ل", "وب", "ول", "فب")
FRACTIONS = {"اخماس": 5, "ارباع": 4, "اثلاث": 3, "اعشار": 10, "fifths": 5, "quarters": 4, "thirds": 3, "third": 3,
             "fifth": 5, "tenths": 10}
# Plurals that mean "thousands of", "millions of" unless a number precedes them.
VAGUE = {"الاف", "ملايين", "مليارات"}
HUNDREDS = {"مئه", "مائه", "ميه", "مايه", "hundred"}
