"""Reading the speaker a unit attributes its statement to."""
import pytest

from checker.extract import read_speaker
from checker.extract.speaker import find_speaker


@pytest.mark.parametrize(
    "text, expected",
    [
        ("وقال المتحدّث باسم قيادة القوات المشتركة اللواء تحسين الخفاجي إنّ \"الحديث غير دقيق\"",
         "المتحدّث باسم قيادة القوات المشتركة اللواء تحسين الخفاجي"),
        ("وردًّا على ذلك نفت السلطات العراقية بشدّة تمديد موعد انسحاب القوات", "السلطات العراقية"),
        ("وقالت خلية الإعلام الأمني للقوات العراقية في بيان تابعته \"إيلاف\" أنّ", "خلية الإعلام الأمني للقوات العراقية"),
        ("ومن جانبه أكّد التحالف الدولي لمناهضة داعش أنّ دور التحالف", "التحالف الدولي لمناهضة داعش"),
        ("وأضافت الخلية أنّه جرى خلال الاجتماع", "الخلية"),
        ("وقال المتحدّث باسم قوة المهام المشتركة في التحالف جويل هاربر \"نحن الآن بالفعل نقوم بهذا الدور\"",
         "المتحدّث باسم قوة المهام المشتركة في التحالف جويل هاربر"),
        ("وقال وزير الخارجية في مؤتمر صحافي إنّ المحادثات مستمرة", "وزير الخارجية"),
        ("بحسب وزارة الصحة، بلغ عدد الإصابات 200", "وزارة الصحة"),
        ("وأكّد أنّ \"موعد خروج القوات ثابت\"", ""),  # "he said": no named speaker
        ("وأشارت إلى أنّه جرى الاتفاق", ""),
        ("The spokesman for the Joint Operations Command, Major General Tahseen al-Khafaji, said that",
         "Major General Tahseen al-Khafaji"),
        ("Joel Harper, a spokesman for the coalition, said: \"We are already doing this.\"", "Joel Harper"),
        ("The Iraqi authorities firmly denied that the date had been extended.", "The Iraqi authorities"),
        ("\"We will win,\" said John Smith.", "John Smith"),
        ("It rose 5%, according to the central bank.", "the central bank"),
        ("He said the plan would work.", ""),
        ("The talks covered security.", ""),
    ],
)
def test_read_speaker(text, expected):
    assert read_speaker(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "وقال المتحدّث باسم قيادة القوات المشتركة اللواء تحسين الخفاجي إنّ \"الحديث غير دقيق\"",
        "Joel Harper, a spokesman for the coalition, said: \"We are already doing this.\"",
        "It rose 5%, according to the central bank.",
    ],
)
def test_speaker_span_indexes_the_unit(text):
    start, end, name = find_speaker(text)
    assert text[start:end] == name == read_speaker(text)


def test_no_speaker_no_span():
    assert find_speaker("The talks covered security.") is None
