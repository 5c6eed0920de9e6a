"""The real Arabic sample and its English rendering: units, kinds and the claims they must yield."""
import json
from datetime import date
from pathlib import Path

import pytest

from checker.extract import DEFAULT_THRESHOLD, extract_claims, split_sentences

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
AR_TEXT = (SAMPLES / "ar-elaph-iraq-withdrawal.txt").read_text(encoding="utf-8")
EN_TEXT = (SAMPLES / "en-iraq-withdrawal.txt").read_text(encoding="utf-8")
AR_META = json.loads((SAMPLES / "ar-elaph-iraq-withdrawal.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def ar_candidates():
    return extract_claims(AR_TEXT)


@pytest.fixture(scope="module")
def en_candidates():
    return extract_claims(EN_TEXT)


PUBLISHED = date.fromisoformat(AR_META["published_on"])


@pytest.fixture(scope="module")
def dated_ar():
    return extract_claims(AR_TEXT, published_on=PUBLISHED)


@pytest.fixture(scope="module")
def dated_en():
    return extract_claims(EN_TEXT, published_on=PUBLISHED)


@pytest.mark.parametrize("which, fragment", [("ar", "الحادي والثلاثين من كانون الأول/ديسمبر"), ("en", "31 December")])
def test_thirty_first_of_december_takes_the_article_year(dated_ar, dated_en, which, fragment):
    claim = _claim_containing(dated_ar if which == "ar" else dated_en, fragment)
    [mention] = [d for d in claim.dates if d.month == 12 and d.day == 31]
    assert (mention.iso, mention.inferred) == ("2021-12-31", True)


@pytest.mark.parametrize(
    "which, fragment, iso",
    [("ar", "الرابع من الشهر الماضي", "2021-11-04"), ("ar", "مساء الخميس الماضي", "2021-12-02"),
     ("en", "last Thursday evening", "2021-12-02")],
)
def test_relative_dates_in_the_sample(dated_ar, dated_en, which, fragment, iso):
    [unit] = [c for c in (dated_ar if which == "ar" else dated_en) if fragment in c.sentence.text]
    assert iso in [d.iso for d in unit.dates if d.relative]


@pytest.mark.parametrize(
    "which, fragment, speaker",
    [("ar", "جويل هاربر", "المتحدّث باسم قوة المهام المشتركة في التحالف جويل هاربر"),
     ("ar", "نفت السلطات العراقية", "السلطات العراقية"),
     ("en", "Joel Harper", "Joel Harper"),
     ("en", "Tahseen al-Khafaji", "Major General Tahseen al-Khafaji")],
)
def test_speaker_spans_in_the_sample(ar_candidates, en_candidates, which, fragment, speaker):
    [claim] = [c for c in (ar_candidates if which == "ar" else en_candidates) if fragment in c.sentence.text]
    assert claim.speaker == speaker
    assert claim.sentence.text[claim.speaker_start:claim.speaker_end] == speaker


def _claim_containing(candidates, fragment):
    matches = [c for c in candidates if fragment in c.sentence.text]
    assert len(matches) == 1, f"expected one unit containing {fragment!r}, got {len(matches)}"
    assert matches[0].is_claim, f"{fragment!r} scored {matches[0].score}"
    return matches[0]


@pytest.mark.parametrize(
    "unit_text, kind",
    [
        ("إيلاف من لندن:", "dateline"),
        ("تعزيز مواجهة داعش", "subhead"),
        ("قادة عسكريون للجيش العراقي والبيشمركة والتحالف عقب اجتماعهم في بغداد اليوم السبت (الاعلام ألامني)", "caption"),
    ],
)
def test_non_claim_units_stand_alone(ar_candidates, unit_text, kind):
    [unit] = [c for c in ar_candidates if c.sentence.text == unit_text]
    assert unit.sentence.kind == kind
    assert not unit.is_claim and unit.score == 0


def test_json_lists_exactly_the_non_sentence_units(ar_candidates):
    others = [c.sentence.text for c in ar_candidates if c.sentence.kind != "sentence"]
    assert others == AR_META["non_claim_units"]


def test_dateline_is_followed_by_the_rest_of_its_sentence(ar_candidates):
    first, second = ar_candidates[0].sentence, ar_candidates[1].sentence
    assert first.text == "إيلاف من لندن:"
    assert second.text.startswith("فيما بحث رئيس الوزراء")


@pytest.mark.parametrize("text", [AR_TEXT, EN_TEXT])
def test_units_are_valid(text):
    units = split_sentences(text)
    for position, unit in enumerate(units):
        assert text[unit.start:unit.end] == unit.text
        assert unit.text == unit.text.strip() and unit.text
        assert any(ch.isalnum() for ch in unit.text), unit.text
        assert position == 0 or units[position - 1].end <= unit.start
    assert "".join(u.text for u in units).replace(" ", "") == "".join(text.split())


def test_arabic_sample_units_are_arabic(ar_candidates):
    assert {c.sentence.language for c in ar_candidates} == {"ar"}
    assert [c.position for c in ar_candidates] == list(range(len(ar_candidates)))


def test_fifty_thousand_volunteers(ar_candidates):
    claim = _claim_containing(ar_candidates, "50 ألف")
    assert 50000 in [q.value for q in claim.quantities]
    assert claim.claim_type == "statistic"


def test_denial_of_extension(ar_candidates):
    claim = _claim_containing(ar_candidates, "نفت السلطات العراقية بشدّة تمديد موعد انسحاب القوات الأميركية")
    assert "denial" in {r.code for r in claim.reasons}
    assert claim.claim_type == "denial"
    assert claim.speaker == "السلطات العراقية"


def test_thirty_first_of_december(ar_candidates):
    claim = _claim_containing(ar_candidates, "الحادي والثلاثين من كانون الأول/ديسمبر")
    assert [(d.month, d.day) for d in claim.dates] == [(12, 31)]


def test_coalition_troops(ar_candidates):
    claim = _claim_containing(ar_candidates, "عسكرييها 2500")
    assert 2500 in [q.value for q in claim.quantities]


def test_eighteen_killed_or_wounded(ar_candidates):
    claim = _claim_containing(ar_candidates, "مقتل وإصابة 18")
    assert [q.value for q in claim.quantities] == [18]
    assert "casualties" in {r.code for r in claim.reasons}


def test_thirteen_killed_five_wounded(ar_candidates):
    claim = _claim_containing(ar_candidates, "مقتل 13")
    assert [q.value for q in claim.quantities] == [13, 5]


def test_parliament_vote(ar_candidates):
    claim = _claim_containing(ar_candidates, "صوّت في 5 كانون الثاني/يناير 2020")
    assert [d.iso for d in claim.dates] == ["2020-01-05"]
    assert "vote" in {r.code for r in claim.reasons}
    assert not claim.quantities  # the year belongs to the date


def test_victory_end_of_2017(ar_candidates):
    claim = _claim_containing(ar_candidates, "أواخر العام 2017")
    assert 2017 in [d.year for d in claim.dates]


def test_reason_offsets_point_into_the_unit(ar_candidates, en_candidates):
    for candidate in ar_candidates + en_candidates:
        for reason in candidate.reasons:
            assert candidate.sentence.text[reason.start:reason.end] == reason.evidence


@pytest.mark.parametrize(
    "fragment, check",
    [
        ("50,000", lambda c: 50000 in [q.value for q in c.quantities]),
        ("2,500 troops", lambda c: 2500 in [q.value for q in c.quantities]),
        ("31 December", lambda c: (12, 31) in [(d.month, d.day) for d in c.dates]),
        ("firmly denied", lambda c: c.claim_type == "denial"),
        ("voted on 5 January 2020", lambda c: "2020-01-05" in [d.iso for d in c.dates]),
        ("killed 13", lambda c: [q.value for q in c.quantities] == [13, 5]),
        ("killed or wounded 18", lambda c: [q.value for q in c.quantities] == [18]),
        ("end of 2017", lambda c: 2017 in [d.year for d in c.dates]),
    ],
)
def test_english_sample_claims(en_candidates, fragment, check):
    assert check(_claim_containing(en_candidates, fragment))


def test_english_headline_and_dateline(en_candidates):
    kinds = [(c.sentence.kind, c.sentence.text) for c in en_candidates[:2]]
    assert kinds[0][0] == "headline"
    assert kinds[1] == ("dateline", "LONDON:")


def test_threshold_is_applied(ar_candidates):
    assert DEFAULT_THRESHOLD == 0.5
    for candidate in ar_candidates:
        assert candidate.is_claim == (candidate.sentence.kind == "sentence" and candidate.score >= 0.5)
    strict = extract_claims(AR_TEXT, threshold=1.01)
    assert not any(c.is_claim for c in strict)
