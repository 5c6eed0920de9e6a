"""Rewordings of a published claim are suggested; the same words with another number, date, place or actor are not.

Every published claim below is an external fact-check in one small real index (migrated database, store functions,
the ranking and the calibration the intake uses). Each row is a new claim and what seen before must say about it:
SAME (suggested at or above `match_suggest_threshold`, with the published claim among the suggestions) or
DIFFERENT (not suggested, or suggested with "numbers differ").
"""
from __future__ import annotations

import pytest

from checker.config import Settings
from checker.search.rank import read_facts
from checker.search.seen_before import suggest_for_text
from checker.store.sources.archive import ExternalFactCheckDraft, add_external_fact_check
from checker.store.db import install_listeners, make_engine, new_session
from checker.store.migrate import upgrade_database

SUGGEST = Settings.__dataclass_fields__["match_suggest_threshold"].default
SAME, DIFFERENT = "same", "different"

PUBLISHED = {
    "flag": "ورفرف العلم الفلسطيني لأول مرة على مقر الأمم المتحدة في ماي 2015",
    "cases": "أعلنت وزارة الصحة المصرية تسجيل 50 ألف إصابة بفيروس كورونا خلال شهر مارس",
    "refugees": "قال الرئيس التركي أردوغان إن بلاده استقبلت أربعة ملايين لاجئ سوري",
    "inflation": "ارتفع معدل التضخم في مصر إلى 30 بالمئة في سبتمبر 2023",
    "baghdad": "الحكومة العراقية تقرر تعطيل الدوام الرسمي في بغداد بسبب ارتفاع درجات الحرارة",
    "khartoum": "صورة تظهر فيضانات تجتاح شوارع الخرطوم بعد أمطار غزيرة",
    "wave": "منظمة الصحة العالمية تحذر من موجة ثانية لفيروس كورونا في أوروبا",
    "umrah": "السعودية تمنع دخول المعتمرين من 25 دولة بسبب انتشار فيروس كورونا",
    "imam": "وفاة الفنان المصري عادل إمام عن عمر ناهز 83 عاما",
    "rates": "البنك المركزي الأردني يرفع سعر الفائدة بمقدار نصف نقطة مئوية",
    "derna": "انهيار سد في ليبيا يودي بحياة أكثر من 11 ألف شخص في مدينة درنة",
    "solar": "افتتاح أكبر محطة للطاقة الشمسية في العالم بالإمارات بقدرة 2 غيغاواط",
    "worldcup": "قطر تعلن استضافة كأس العالم 2022 في ثمانية ملاعب",
    "paris": "ترامب يعلن انسحاب الولايات المتحدة من اتفاق باريس للمناخ",
    "border": "الجزائر تغلق حدودها البرية مع المغرب منذ عام 1994",
    "quake": "تسجيل زلزال بقوة 7.8 درجات جنوب تركيا وشمال سوريا في فبراير 2023",
    "exams": "وزير التعليم يعلن إلغاء امتحانات الثانوية العامة هذا العام",
    "aramco": "شركة أرامكو تحقق أرباحا بقيمة 161 مليار دولار في 2022",
    "homes": "الاحتلال يهدم 30 منزلا في القدس الشرقية خلال شهر يناير",
    "satellite": "إطلاق أول قمر صناعي مصري لرصد الأرض من قاعدة في الصين",
    "cars": "منع استيراد السيارات المستعملة في الجزائر اعتبارا من يوليو",
    "gaza": "توقف محطات الكهرباء في غزة بسبب نفاد الوقود",
    "pfizer": "وصول أول شحنة من لقاح فايزر إلى المغرب تضم مليون جرعة",
    "crash": "مقتل 12 شخصا في حادث تصادم حافلتين على طريق أسيوط",
    "hunger": "الأمم المتحدة: نصف سكان اليمن يعانون من الجوع",
    "un_flag": "The Palestinian flag was raised for the first time at United Nations headquarters in May 2015",
    "infections": "Egypt's health ministry recorded 50,000 coronavirus infections in March",
    "guantanamo": "Obama released 122 Guantanamo detainees who returned to terrorism",
    "turkey_inflation": "Inflation in Turkey rose to 85 percent in October 2022",
    "microchips": "Bill Gates plans to put microchips in coronavirus vaccines",
    "pandemic": "The WHO declared the coronavirus outbreak a pandemic on 11 March 2020",
    "driving": "Saudi Arabia will allow women to drive from June 2018",
    "hot_water": "Drinking hot water every 15 minutes kills the coronavirus",
    "sputnik": "Putin said Russia has registered the world's first coronavirus vaccine",
    "mast": "A 5G mast was set on fire in Birmingham after conspiracy claims",
    "oxygen": "The Amazon rainforest produces 20 percent of the world's oxygen",
    "popular_vote": "Donald Trump won the popular vote in the 2016 election",
    "petrol": "The UK government will ban sales of new petrol cars from 2030",
    "shark": "A shark was photographed swimming on a flooded highway in Houston after the hurricane",
    "twitter_ban": "Nigeria has banned Twitter after the company deleted a post by the president",
    "nuclear": "Germany closed its last three nuclear power plants in April 2023",
    "garlic": "Eating garlic prevents infection with the new coronavirus",
    "payment": "Canada will give every citizen a monthly payment of 2,000 dollars",
    "sanitizer": "Hand sanitizer left in a hot car can explode and start a fire",
    "lab": "Chinese scientists created the coronavirus in a laboratory in Wuhan",
    "masks": "France has made wearing face masks compulsory in all enclosed public spaces",
    "wall": "Mexico will pay for the border wall, Trump says",
    "wage": "The minimum wage in Germany rises to 12 euros an hour in October",
    "greta": "Greta Thunberg was photographed eating lunch in front of poor children on a train",
    "queen": "Queen Elizabeth II died at Balmoral on 8 September 2022",
}
# Other fact-checks on the same subjects, so that idf and the ranking face near misses as in a real archive.
NEIGHBOURS = [
    "وزارة الصحة المصرية تنفي تسجيل إصابات جديدة بفيروس كورونا في المدارس",
    "الأمم المتحدة ترفع علم دولة جنوب السودان لأول مرة",
    "الرئيس التركي أردوغان يزور السعودية لبحث العلاقات الثنائية",
    "ارتفاع أسعار الخبز في مصر بنسبة 50 بالمئة",
    "السعودية تعلن عودة العمرة تدريجيا بعد توقفها بسبب كورونا",
    "البنك الدولي يتوقع تراجع النمو الاقتصادي في المنطقة العربية",
    "فيضانات تغرق قرى في شمال السودان",
    "منظمة الصحة العالمية تعلن انتهاء حالة الطوارئ الصحية",
    "زلزال بقوة 5 درجات يضرب سواحل المغرب",
    "صورة قديمة لحريق في سوق بغداد تنتشر على أنها حديثة",
    "Egypt's health ministry denies new coronavirus cases in schools",
    "The UN flag was lowered to half mast after the death of the Secretary-General",
    "Obama signed an order to close Guantanamo Bay within a year",
    "Bill Gates funded a vaccine trial that paralysed children in India",
    "The WHO said masks are not needed for healthy people",
    "Drinking bleach cures the coronavirus",
    "A photo shows a flooded street in Houston after a storm in 2017",
    "Twitter suspended the account of the Nigerian president",
    "Germany will phase out coal power by 2038",
    "The UK government will ban the sale of plastic straws from April",
    "Canada legalised recreational cannabis in October 2018",
    "Trump said Mexico is sending criminals across the border",
]

REWORDINGS = [
    # The issue's case: another verb order, مبنى for مقر, مايو for ماي.
    ("flag", "العلم الفلسطيني رفرف لأول مرة على مبنى الأمم المتحدة في مايو 2015", SAME),
    ("flag", "رفع العلم الفلسطيني لأول مرة فوق مقر الأمم المتحدة في أيار ٢٠١٥", SAME),  # Levantine month, Indic digits
    ("flag", "رفرف العلم الفلسطيني على مقر الأمم المتحدة لأول مرة في مايو 2016", DIFFERENT),  # another year
    ("cases", "وزارة الصحة المصرية تعلن تسجيل ٥٠ ألف إصابة بكورونا في شهر آذار", SAME),
    ("cases", "أعلنت وزارة الصحة المصرية تسجيل 5 آلاف إصابة بفيروس كورونا خلال شهر مارس", DIFFERENT),
    ("cases", "أعلنت وزارة الصحة المغربية تسجيل 50 ألف إصابة بفيروس كورونا خلال شهر مارس", DIFFERENT),  # place
    ("refugees", "أردوغان: تركيا استقبلت 4 ملايين لاجئ سوري", SAME),  # a number in words, shorter
    ("refugees", "قال الرئيس الفرنسي ماكرون إن بلاده استقبلت أربعة ملايين لاجئ سوري", DIFFERENT),  # actor
    ("inflation", "معدل التضخم في مصر يرتفع ليبلغ 30% خلال سبتمبر 2023", SAME),
    ("inflation", "ارتفع معدل التضخم في تركيا إلى 30 بالمئة في سبتمبر 2023", DIFFERENT),  # place
    ("inflation", "ارتفع معدل التضخم في مصر إلى 38 بالمئة في سبتمبر 2023", DIFFERENT),  # number
    ("baghdad", "قررت الحكومة العراقية تعطيل الدوام الرسمي ببغداد لارتفاع درجات الحرارة", SAME),  # tense
    ("khartoum", "فيضانات تجتاح شوارع الخرطوم إثر أمطار غزيرة", SAME),  # shorter
    ("wave", "حذرت منظمة الصحة العالمية من موجة ثانية من فيروس كورونا في أوروبا", SAME),
    ("umrah", "منعت السعودية دخول المعتمرين القادمين من ٢٥ دولة بسبب تفشي فيروس كورونا", SAME),
    ("umrah", "السعودية تمنع دخول المعتمرين من 52 دولة بسبب انتشار فيروس كورونا", DIFFERENT),
    ("imam", "الفنان عادل إمام يتوفى عن 83 عاما", SAME),
    ("rates", "رفع البنك المركزي الأردني سعر الفائدة نصف نقطة مئوية", SAME),
    ("rates", "البنك المركزي المصري يرفع سعر الفائدة بمقدار نصف نقطة مئوية", DIFFERENT),  # place
    ("derna", "أكثر من 11 ألف شخص لقوا حتفهم في درنة بعد انهيار سد في ليبيا", SAME),  # word order
    ("derna", "انهيار سد في ليبيا يودي بحياة أكثر من 1100 شخص في مدينة درنة", DIFFERENT),
    ("solar", "الإمارات تفتتح أكبر محطة طاقة شمسية في العالم بقدرة ٢ غيغاواط", SAME),
    ("worldcup", "ثمانية ملاعب ستستضيف كأس العالم 2022 في قطر", SAME),
    ("paris", "أعلن ترامب انسحاب الولايات المتحدة من اتفاقية باريس للمناخ", SAME),
    ("paris", "بايدن يعلن انسحاب الولايات المتحدة من اتفاق باريس للمناخ", DIFFERENT),  # actor
    ("border", "الحدود البرية بين الجزائر والمغرب مغلقة منذ عام 1994", SAME),
    ("border", "الجزائر تغلق حدودها البرية مع المغرب منذ عام 2004", DIFFERENT),  # year
    ("quake", "زلزال بقوة 7.8 درجة يضرب جنوب تركيا وشمال سوريا في شباط 2023", SAME),
    ("quake", "تسجيل زلزال بقوة 6.4 درجات جنوب تركيا وشمال سوريا في فبراير 2023", DIFFERENT),
    ("exams", "إلغاء امتحانات الثانوية العامة هذا العام بقرار من وزير التعليم", SAME),
    ("aramco", "أرامكو حققت أرباحاً بلغت ١٦١ مليار دولار عام 2022", SAME),
    ("aramco", "شركة أرامكو تحقق أرباحا بقيمة 116 مليار دولار في 2022", DIFFERENT),
    ("homes", "هدم الاحتلال 30 منزلاً بالقدس الشرقية في كانون الثاني", SAME),  # Levantine two-word month
    ("satellite", "مصر تطلق أول قمر صناعي لرصد الأرض من قاعدة في الصين", SAME),
    ("cars", "الجزائر تمنع استيراد السيارات المستعملة ابتداء من جويلية", SAME),  # Algerian month
    ("cars", "منع استيراد السيارات المستعملة في تونس اعتبارا من يوليو", DIFFERENT),  # place
    ("gaza", "نفاد الوقود يوقف محطات الكهرباء في غزة", SAME),
    ("pfizer", "المغرب يتسلم أول شحنة من لقاح فايزر تضم مليون جرعة", SAME),
    ("pfizer", "وصول أول شحنة من لقاح فايزر إلى تونس تضم مليون جرعة", DIFFERENT),  # place
    ("crash", "حادث تصادم بين حافلتين على طريق أسيوط يسفر عن مقتل ١٢ شخصا", SAME),
    ("crash", "مقتل 21 شخصا في حادث تصادم حافلتين على طريق أسيوط", DIFFERENT),
    ("hunger", "نصف سكان اليمن يعانون الجوع بحسب الأمم المتحدة", SAME),
    ("un_flag", "For the first time, the Palestinian flag flew at the United Nations headquarters in May 2015", SAME),
    ("un_flag", "The Palestinian flag was raised for the first time at United Nations headquarters in May 2016",
     DIFFERENT),
    ("infections", "50000 coronavirus infections were recorded by Egypt's health ministry in March", SAME),
    ("infections", "Egypt's health ministry recorded 5,000 coronavirus infections in March", DIFFERENT),
    ("infections", "Morocco's health ministry recorded 50,000 coronavirus infections in March", DIFFERENT),
    ("guantanamo", "122 detainees released from Guantanamo by Obama returned to terrorism", SAME),
    ("guantanamo", "Trump released 122 Guantanamo detainees who returned to terrorism", DIFFERENT),  # actor
    ("turkey_inflation", "Turkey's inflation rate rose to 85% in October 2022", SAME),
    ("turkey_inflation", "Inflation in Egypt rose to 85 percent in October 2022", DIFFERENT),
    ("turkey_inflation", "Inflation in Turkey rose to 58 percent in October 2022", DIFFERENT),
    ("microchips", "Bill Gates is planning to put microchips in the coronavirus vaccine", SAME),  # tense, plural
    ("pandemic", "On March 11, 2020 the WHO declared the coronavirus outbreak a pandemic", SAME),
    ("pandemic", "The WHO declared the coronavirus outbreak a pandemic on 11 March 2021", DIFFERENT),
    ("driving", "Women in Saudi Arabia will be allowed to drive from June 2018", SAME),
    ("hot_water", "Drinking hot water every fifteen minutes kills the coronavirus", SAME),  # number in words
    ("hot_water", "Drinking hot water every 50 minutes kills the coronavirus", DIFFERENT),
    ("sputnik", "Russia has registered the world's first coronavirus vaccine, Putin said", SAME),
    ("sputnik", "Biden said America has registered the world's first coronavirus vaccine", DIFFERENT),
    ("mast", "5G mast set on fire in Birmingham after conspiracy claims", SAME),  # shorter
    ("oxygen", "20% of the world's oxygen is produced by the Amazon rainforest", SAME),
    ("oxygen", "The Amazon rainforest produces 6 percent of the world's oxygen", DIFFERENT),
    ("popular_vote", "In the 2016 election the popular vote was won by Donald Trump", SAME),
    ("popular_vote", "Hillary Clinton won the popular vote in the 2016 election", DIFFERENT),  # actor
    ("petrol", "Sales of new petrol cars will be banned by the UK government from 2030", SAME),
    ("petrol", "The UK government will ban sales of new petrol cars from 2040", DIFFERENT),
    ("shark", "Photo shows a shark swimming on a flooded highway in Houston after the hurricane", SAME),
    ("twitter_ban", "Nigeria banned Twitter after the company deleted a post by the president", SAME),
    ("twitter_ban", "India has banned Twitter after the company deleted a post by the president", DIFFERENT),
    ("nuclear", "Germany has closed its last three nuclear power plants in April 2023", SAME),
    ("nuclear", "Germany closed its last three nuclear power plants in April 2022", DIFFERENT),
    ("garlic", "Eating garlic can prevent infection with the new coronavirus", SAME),
    ("payment", "Canada will give every citizen a payment of 2000 dollars a month", SAME),
    ("payment", "Canada will give every citizen a monthly payment of 1,200 dollars", DIFFERENT),
    ("sanitizer", "Hand sanitizer can explode and start a fire if left in a hot car", SAME),
    ("lab", "The coronavirus was created by Chinese scientists in a laboratory in Wuhan", SAME),
    ("masks", "France made wearing face masks compulsory in all enclosed public spaces", SAME),
    ("masks", "Spain has made wearing face masks compulsory in all enclosed public spaces", DIFFERENT),
    ("wall", "Trump says Mexico will pay for the border wall", SAME),
    ("wage", "The minimum wage in Germany will rise to 12 euros an hour in October", SAME),
    ("wage", "The minimum wage in Germany rises to 15 euros an hour in October", DIFFERENT),
    ("greta", "Greta Thunberg photographed eating lunch on a train in front of poor children", SAME),
    ("queen", "On 8 September 2022 Queen Elizabeth II died at Balmoral", SAME),
]


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    """One migrated database holding every published claim and its neighbours as external fact-checks."""
    url = f"sqlite:///{tmp_path_factory.mktemp('rewordings') / 'checker.db'}"
    upgrade_database(url)
    install_listeners()  # the search index is written by the listeners, as in the app (whatever ran before)
    engine = make_engine(url)
    session = new_session(engine)
    ids = {}
    for key, text in PUBLISHED.items():
        language = "ar" if any("\u0600" <= ch <= "\u06ff" for ch in text) else "en"
        ids[key] = add_external_fact_check(session, ExternalFactCheckDraft(
            claim_text=text, url=f"https://checks.test/{key}", language=language))[0].id
    for i, text in enumerate(NEIGHBOURS):
        language = "ar" if any("\u0600" <= ch <= "\u06ff" for ch in text) else "en"
        add_external_fact_check(session, ExternalFactCheckDraft(
            claim_text=text, url=f"https://checks.test/n{i}", language=language))
    session.commit()
    yield session, ids
    session.close()
    engine.dispose()


def seen_before(session, text: str):
    """What the desk is told about a new claim: the calibrated suggestions at the suggest threshold."""
    return suggest_for_text(session, text, read_facts(text), SUGGEST)


def test_there_are_forty_rows_in_each_language():
    arabic = [r for r in REWORDINGS if any("\u0600" <= ch <= "\u06ff" for ch in r[1])]
    assert len(arabic) >= 40 and len(REWORDINGS) - len(arabic) >= 40


@pytest.mark.parametrize("key, new, expected", REWORDINGS, ids=[f"{r[0]}-{i}" for i, r in enumerate(REWORDINGS)])
def test_rewording(archive, key, new, expected):
    session, ids = archive
    found = seen_before(session, new)
    published = [s for s in found if s.kind == "external" and s.ref_id == ids[key]]
    if expected == SAME:
        assert published, f"not suggested: {[(s.ref_id, s.score) for s in found]}"
    else:
        assert not published or published[0].numbers_differ, f"suggested at {published[0].score}"


def test_the_issues_repeat_is_suggested_on_a_queued_claim_through_import(session):
    """The near-verbatim repeat of a queued claim, imported in another article, is stored above the threshold."""
    from sqlmodel import select

    from checker.intake.take_in import take_in
    from checker.store.claims.articles import ArticleDraft
    from checker.store.claims.tables import Claim
    from checker.store.search_index.tables import ClaimMatch

    published = PUBLISHED["flag"] + "."
    repeat = "العلم الفلسطيني رفرف لأول مرة على مبنى الأمم المتحدة في مايو 2015."
    take_in(session, ArticleDraft(title="أ", body=published, outlet="إيلاف"), None)
    take_in(session, ArticleDraft(title="ب", body=repeat, outlet="الجزيرة"), None)
    first = session.exec(select(Claim).where(Claim.original_text == published)).one()
    again = session.exec(select(Claim).where(Claim.original_text == repeat)).one()
    match = session.exec(select(ClaimMatch).where(ClaimMatch.claim_id == again.id)).one()
    assert (match.target_id, match.score >= SUGGEST) == (first.id, True)
