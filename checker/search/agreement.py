"""Do two claims agree on who and where? Places and actors named in both must overlap (pure).

A repeat can use other words for everything except what makes the claim itself: "inflation hit 30% in Egypt" is
not "inflation hit 30% in Turkey", however many words the two share. Word overlap cannot tell a synonym from
another country, so the best-known places (a country with its demonym and main cities) and the people most
often fact-checked in Arabic and English news are listed here; when both texts name some of one kind and share
none, the pair disagrees. Entries are written in plain spelling and read through the index forms, so "المصرية",
"مصر" and "Egyptian" all land on Egypt.
"""
from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from checker.text.search_forms import index_terms

PLACES = {
    "egypt": "Egypt Egyptian Cairo Alexandria مصر المصري القاهرة الإسكندرية",
    "saudi": "Saudi Riyadh Jeddah Mecca السعودية السعودي الرياض مكة",
    "turkey": "Turkey Turkish Ankara Istanbul تركيا التركي أنقرة إسطنبول اسطنبول",
    "iran": "Iran Iranian Tehran إيران الإيراني طهران",
    "iraq": "Iraq Iraqi Baghdad Basra Mosul العراق العراقي بغداد البصرة الموصل",
    "syria": "Syria Syrian Damascus Aleppo سوريا السوري دمشق حلب",
    "lebanon": "Lebanon Lebanese Beirut لبنان اللبناني بيروت",
    "jordan": "Jordanian Amman الأردن الأردني",
    "palestine": "Palestine Palestinian Gaza Ramallah فلسطين الفلسطيني غزة",
    "israel": "Israel Israeli إسرائيل الإسرائيلي",
    "qatar": "Qatar Qatari Doha قطر القطري الدوحة",
    "emirates": "Emirates Emirati UAE Dubai Dhabi الإمارات الإماراتي دبي أبوظبي",
    "kuwait": "Kuwait Kuwaiti الكويت الكويتي",
    "oman": "Oman Omani Muscat مسقط",
    "bahrain": "Bahrain Bahraini Manama البحرين البحريني المنامة",
    "yemen": "Yemen Yemeni Sanaa Aden اليمن اليمني صنعاء عدن",
    "libya": "Libya Libyan Tripoli Benghazi ليبيا الليبي طرابلس بنغازي",
    "tunisia": "Tunisia Tunisian Tunis تونس التونسي",
    "algeria": "Algeria Algerian Algiers الجزائر الجزائري",
    "morocco": "Morocco Moroccan Rabat Casablanca المغرب المغربي الرباط كازابلانكا",
    "sudan": "Sudan Sudanese Khartoum السودان السوداني الخرطوم",
    "usa": "America American USA Washington York أمريكا أميركا الأمريكي الأميركي واشنطن نيويورك",
    "uk": "Britain British England UK London بريطانيا البريطاني لندن",
    "france": "France French Paris فرنسا الفرنسي باريس",
    "germany": "Germany German Berlin ألمانيا الألماني برلين",
    "italy": "Italy Italian Rome إيطاليا الإيطالي روما",
    "spain": "Spain Spanish Madrid إسبانيا الإسباني مدريد",
    "russia": "Russia Russian Moscow روسيا الروسي موسكو",
    "china": "China Chinese Beijing Wuhan الصين الصيني بكين ووهان",
    "india": "India Indian Delhi Mumbai الهند الهندي دلهي مومباي",
    "pakistan": "Pakistan Pakistani Islamabad باكستان الباكستاني",
    "afghanistan": "Afghanistan Afghan Kabul أفغانستان الأفغاني كابول",
    "japan": "Japan Japanese Tokyo اليابان الياباني طوكيو",
    "brazil": "Brazil Brazilian البرازيل البرازيلي",
    "canada": "Canada Canadian Toronto كندا الكندي تورنتو",
    "mexico": "Mexico Mexican المكسيك المكسيكي",
    "ukraine": "Ukraine Ukrainian Kyiv Kiev أوكرانيا الأوكراني كييف",
    "nigeria": "Nigeria Nigerian نيجيريا النيجيري",
    "australia": "Australia Australian Sydney أستراليا الأسترالي سيدني",
}
ACTORS = {
    "trump": "Trump ترامب ترمب", "biden": "Biden بايدن", "obama": "Obama أوباما اوباما",
    "clinton": "Clinton كلينتون", "putin": "Putin بوتين", "erdogan": "Erdogan أردوغان",
    "sisi": "Sisi السيسي", "assad": "Assad", "macron": "Macron ماكرون", "merkel": "Merkel ميركل",
    "netanyahu": "Netanyahu نتنياهو", "modi": "Modi مودي", "khamenei": "Khamenei خامنئي",
    "zelensky": "Zelensky Zelenskyy زيلينسكي", "pelosi": "Pelosi بيلوسي",
    "sanders": "Sanders ساندرز", "gates": "غيتس جيتس", "musk": "Musk ماسك",
    "rouhani": "Rouhani روحاني", "tebboune": "Tebboune تبون", "saied": "Saied",
}

# Index forms that are also common words once lightly stemmed: البحرين→بحر (sea), السودان→سود (black),
# لبنان→لبن (milk), السوري→سور (wall), روحاني→روح (soul), الألماني→مان, بوتين→بوت, ووهان→هان, إيران→اير,
# عدن (Eden). Such a form would name a country in every text about the sea; the other spellings still count.
AMBIGUOUS_FORMS = frozenset({"بحر", "سود", "لبن", "سور", "روح", "مان", "بوت", "هان", "اير", "عدن"})


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, tuple[str, str]]:
    """Index form of each listed word -> (kind, entity)."""
    words: dict[str, tuple[str, str]] = {}
    for kind, table in (("place", PLACES), ("actor", ACTORS)):
        for entity, names in table.items():
            for term in index_terms(names):
                if len(term) > 1 and term not in AMBIGUOUS_FORMS:
                    words.setdefault(term, (kind, entity))
    return words


def entities(terms: Iterable[str]) -> dict[str, frozenset[str]]:
    """The listed places and actors a text's index terms name: {"place": {...}, "actor": {...}}."""
    lexicon = _lexicon()
    found: dict[str, set[str]] = {"place": set(), "actor": set()}
    for term in terms:
        hit = lexicon.get(term)
        if hit:
            found[hit[0]].add(hit[1])
    return {kind: frozenset(names) for kind, names in found.items()}


def disagreements(query_terms: Iterable[str], text_terms: Iterable[str]) -> frozenset[str]:
    """The kinds ("place", "actor") both texts name and on which they share nothing."""
    left, right = entities(query_terms), entities(text_terms)
    return frozenset(kind for kind in left if left[kind] and right[kind] and not left[kind] & right[kind])
