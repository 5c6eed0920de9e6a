"""The words speakers are found by: Arabic reporting verbs and source words, the words that close a name, and
the marks every speaker reader shares (checker/extract/speaker.py and the modules it calls)."""
from __future__ import annotations

import re

# Attribution verbs after fold_with_offsets (أ→ا, ى→ي, ؤ→و); "و"/"ف" may be glued on.
ARABIC_SAY_VERBS = (
    "قال قالت يقول تقول قالوا اكد اكدت يوكد توكد اكدوا اعلن اعلنت يعلن تعلن اعلنوا اشار اشارت "
    "اضاف اضافت صرح صرحت ذكر ذكرت افاد افادت اوضح اوضحت كشف كشفت شدد شددت اعتبر اعتبرت "
    "تساءل تساءلت عزا عزت لفت لفتت وصف وصفت وصفه وصفته توقع توقعت يتوقع تتوقع رد ردت اظهر اظهرت "
    "لاحظ لاحظت يري تري تابع تابعت حذر حذرت تحدث تحدثت انتقد انتقدت نقل نقلت اكده اكدته اوضحه ذكره "
    "اعلنه ينتقد تنتقد"
).split()
ARABIC_DENY_VERBS = "نفي نفت ينفي تنفي نفوا".split()
# Verbs that name a speaker without reporting a fact (calls, rejections, praise, hopes), admissions, counts and
# the present tense of reports: ANNOTATION.md fills the speaker of attributed opinions too. They are kept out of
# the sentence scorer's "attribution" cue, which its weights were fitted with.
ARABIC_OPINION_VERBS = (
    "اعرب اعربت دعا دعت يدعو تدعو طالب طالبت يطالب تطالب رفض رفضت اشاد اشادت ندد نددت استنكر استنكرت "
    "رجح رجحت اتهم اتهمت نبه نبهت نوه نوهت اوصي اوصت اقترح اقترحت رحب رحبت يرحب ترحب"
).split()
ARABIC_MORE_REPORT_VERBS = (
    "ابرز ابرزت اورد اوردت بينت يشير تشير يضيف تضيف يوضح توضح يبرز تبرز يكشف تكشف اقر اقرت اعترف اعترفت "
    "يفيد تفيد احصي احصت اردف اردفت كتبت غرد غردت اعلم اعلمت اخبر اخبرت افصح افصحت خلص خلصت"
).split()
ARABIC_STANCE_VERBS = ARABIC_OPINION_VERBS + ARABIC_MORE_REPORT_VERBS
# Verbs that call on someone: their subject comes first, then whom they call on ("ودعا الاتحاد الحكومة إلى").
ARABIC_CALL_VERBS = frozenset("دعا دعت يدعو تدعو طالب طالبت يطالب تطالب".split())
# Verbs of praise and welcome: what they praise follows the subject with "ب" ("ورحب الاتحاد بالقرار").
ARABIC_PRAISE_VERBS = frozenset("رحب رحبت يرحب ترحب اشاد اشادت ندد نددت نوه نوهت".split())
# Verbs that describe something as something: subject, then its object, then "ب" ("ووصف النائب القرار بأنه كارثي").
# (With an object pronoun, "ووصفه وزير الدفاع بالخطير", only the "ب" ends the subject.)
ARABIC_DESCRIBE_VERBS = frozenset("وصف وصفت وصفه وصفته".split())
# Definite adjectives that still belong to the subject before such an object ("النائب المستقل القرار"); nisba
# adjectives ("الاقتصادي", "الأسبق" aside) end in "ي" and are found by it.
ARABIC_SUBJECT_ADJECTIVES = frozenset("السابق الاسبق الجديد المستقل الاول العام المكلف المساعد الحالي".split())
# Whom a call is addressed to, when it follows the subject ("ودعا الاتحاد الحكومة إلى"): the name stops there.
ARABIC_ADDRESSEES = frozenset("""الحكومه السلطات الدوله الجميع كافه جميع المواطنين المجتمع الاطراف البرلمان النواب
    الوزاره الوزارات الهياكل المصالح الاداره الادارات المسوولين الشباب التونسيين الفلاحين المنظمات الاحزاب
    الجهات الاوليا الاولياء المستهلكين الشركات""".split())
ARABIC_SOURCE_WORDS = ("بحسب", "حسب", "وفق", "وفقا ل", "نقلا عن", "جاء في")
# Words that close the speaker's name: "إن/أن" opening the reported speech,
# and words that start an adverbial ("في بيان", "بشدة", "اليوم") instead.
AR_STOPS = set(
    """ان انه انها انهم بان لان في خلال امس اليوم يوم مساء صباح بشده ايضا علي عن الي حتي
    موخرا رسميا مجددا سابقا حاليا لاحقا تابعته تابعتها نقلته فان فانه فانها فقد الذي التي الذين كما حيث
    وذلك بانه بانها بانهم وان وانه وانها وبان اواخر اوايل مطلع منتصف نهايه بدايه مشيرا مشيره مضيفا مضيفه موكدا موكده معتبرا معتبره لافتا لافته
    موضحا موضحه قايلا قايله بالقول نشرته اعدته صدر بخصوص بشان حول ازاء ما""".split()
)
# Whom a reporting verb's words were told, after its subject: "وقال المدير لمراسلة الجوهرة إن" (after "وفقا ل" the
# same word is the source: "وفقا للموقع الإلكتروني").
ARABIC_TOLD_TO = frozenset("""لمراسل لمراسله لمراسلنا لمراسلتنا لموفد لموفده لموقع لاذاعه لوكاله لصحيفه لجريده لقناه
    للصحفيين للصحافه لوسايل""".split())
# Interview labels before the words: "س:", "ج:", "Q:", "A:".
INTERVIEW_LABEL_RE = re.compile(r"^\s*(?:س|ج|q|a)\s*[:：]\s*", re.IGNORECASE)
WORD_RE = re.compile(r"\S+")
QUOTES = "\"'«»“”‘’"
PUNCT = ".,،؛:!?؟"
Span = tuple[int, int, str]  # (start, end, text) of a speaker inside its unit
# Places that head a unit before a colon as its dateline, not its speaker: "الجزائر : التحالف الحاكم يفوز",
# "Algeria: ruling coalition wins" (a country, a capital, a Tunisian governorate; every word of the name must be
# one of these). As a verb's subject a country still speaks: "أكدت قطر".
DATELINE_PLACES = frozenset("""تونس الجزائر المغرب ليبيا مصر السودان موريتانيا السعوديه السعودية المملكه المملكة
    العربيه العربية قطر الكويت البحرين الامارات الإمارات عمان سلطنه سلطنة اليمن العراق سوريا سوريه سورية لبنان
    الاردن الأردن فلسطين غزه غزة اسرائيل إسرائيل تركيا ايران إيران فرنسا المانيا ألمانيا بريطانيا ايطاليا إيطاليا
    اسبانيا إسبانيا روسيا الصين اليابان الهند باكستان افغانستان أفغانستان امريكا أمريكا اميركا أميركا الولايات
    المتحده المتحدة اوكرانيا أوكرانيا كندا البرازيل بلجيكا سويسرا النمسا اليونان هولندا
    الرباط طرابلس القاهره القاهرة الخرطوم الرياض جده جدة الدوحه الدوحة المنامه المنامة ابوظبي أبوظبي دبي مسقط
    صنعاء بغداد دمشق بيروت عمّان القدس رام الله انقره أنقرة طهران باريس لندن برلين روما مدريد موسكو بكين واشنطن
    نيويورك بروكسل جنيف
    اريانه أريانة باجه باجة بن عروس بنزرت تطاوين توزر جندوبه جندوبة زغوان سليانه سليانة سوسه سوسة سيدي بوزيد صفاقس
    قابس قبلي القصرين قفصه قفصة القيروان الكاف المهديه المهدية منوبه منوبة مدنين المنستير نابل
    tunisia algeria morocco libya egypt sudan saudi arabia qatar kuwait bahrain emirates oman yemen iraq syria
    lebanon jordan palestine gaza israel turkey iran france germany britain uk italy spain russia china japan
    india pakistan afghanistan ukraine canada brazil belgium switzerland greece united states us u.s. kingdom
    tunis algiers rabat tripoli cairo khartoum riyadh jeddah doha manama dubai muscat sanaa baghdad damascus
    beirut amman jerusalem ankara tehran paris london berlin rome madrid moscow beijing washington new york
    brussels geneva tokyo delhi""".split())
