"""Search over the database index and seen-before matching, on SQLite and PostgreSQL."""
from __future__ import annotations

import pytest
from sqlmodel import select

from checker.intake.take_in import take_in
from checker.search import SearchFilters, search
from checker.search.candidates import document_frequencies
from checker.search.seen_before import match_new_claims
from checker.store.audit import Event
from checker.store.claims.articles import ArticleDraft, get_article
from checker.store.verdicts.revisions import current_verdict, save_verdict
from checker.store.claims.tables import Claim
from checker.store.errors import InvalidTransition
from checker.store.search_index import matching
from checker.store.search_index.sync import count_terms, document_terms
from checker.store.search_index.tables import ClaimMatch, MatchState, SearchDocument, SearchTerm
from checker.store.sources.archive import ExternalFactCheckDraft, add_external_fact_check
from checker.store.verdicts.tables import Rating

FIFTY = "قالت وزارة الصحة العراقية إن 50 ألف شخص أصيبوا بفيروس كورونا خلال شهر آذار الماضي."
FIVE = "وقالت الوزارة إن 5 آلاف شخص أصيبوا بفيروس كورونا خلال شهر آذار الماضي."
REWORDED = "أعلنت وزارة الصحة العراقية أن 50 ألف شخص أصيبوا بفيروس كورونا خلال شهر آذار الماضي."
OTHER = "وأكد الوزير أن الحكومة ستفتح 12 مستشفى جديداً قبل نهاية العام."


def _import(session, body, title="t", outlet="إيلاف", user=None):
    return take_in(session, ArticleDraft(title=title, body=body, outlet=outlet), user).article


def _claim(session, text) -> Claim:
    return session.exec(select(Claim).where(Claim.original_text == text)).one()


@pytest.mark.parametrize("query", [
    "وزاره الصحه 50 الف اصيبوا",  # no hamza, ta marbuta as ha
    "وِزَارَةُ الصِّحَّةِ ٥٠ أَلْف أُصيبوا",  # diacritics and Arabic-Indic digits
    "وزارة الصحة ۵۰ إلف اصيبوا",  # Persian digits, other alef form
])
def test_arabic_aware_queries_find_the_claim(session, query):
    _import(session, FIFTY + "\n\n" + OTHER)
    hits = search(session, query)
    assert hits and hits[0].text == FIFTY


def test_different_numbers_count_against(session):
    _import(session, FIFTY + "\n\n" + FIVE)
    hits = search(session, "وزارة الصحة: 50 ألف شخص أصيبوا بفيروس كورونا")
    texts = [h.text for h in hits]
    assert texts[0] == FIFTY
    five = next(h for h in hits if h.text == FIVE)
    assert hits[0].score - five.score >= 20


def test_external_fact_checks_are_searched_and_filtered(session):
    add_external_fact_check(session, ExternalFactCheckDraft(
        claim_text="Obama released 122 Guantanamo detainees who returned to terrorism", url="https://snopes.test/1",
        headline="Did 122 prisoners return?", verdict_label="Mostly False", publisher="Snopes", language="en"))
    session.commit()
    _import(session, FIFTY)
    hits = search(session, "guantanamo detainees released")
    assert [(h.kind, h.outlet, h.verdict_label) for h in hits] == [("external", "Snopes", "Mostly False")]
    assert search(session, "guantanamo detainees", SearchFilters(language="ar")) == []
    assert search(session, "guantanamo detainees", SearchFilters(outlet="snop"))[0].url == "https://snopes.test/1"
    assert search(session, "guantanamo detainees", SearchFilters(kind="claim")) == []


def test_index_follows_verdict_saves(session, reviewer):
    _import(session, FIFTY)
    claim = _claim(session, FIFTY)
    rating = session.exec(select(Rating).where(Rating.key == "false")).one()
    assert search(session, "إحصاءات مفبركة") == []
    save_verdict(session, claim, reviewer, rating.id, "خطأ", "الأرقام الحقيقية إحصاءات مفبركة", claim.version)
    hits = search(session, "إحصاءات مفبركة")
    assert hits[0].ref_id == claim.id and hits[0].rating.key == "false"
    assert search(session, "إحصاءات مفبركة", SearchFilters(verdict="true")) == []
    assert len(session.exec(select(SearchDocument)).all()) == 1


def test_seen_before_suggests_groups_and_remembers_rejections(session, reviewer):
    _import(session, FIFTY + "\n\n" + OTHER, title="a")
    _import(session, REWORDED + "\n\n" + FIVE, title="b", outlet="الجزيرة")
    first, reworded, five = _claim(session, FIFTY), _claim(session, REWORDED), _claim(session, FIVE)
    found = matching.matches_for(session, [reworded.id, five.id], 70.0)
    assert [(m.target_id, m.same_batch) for m in found[reworded.id]] == [(first.id, True)]
    # 5 آلاف is not 50 ألف: amounts that differ are suggested with "numbers differ" at most
    assert all(m.numbers_differ for m in found.get(five.id, []))
    match = found[reworded.id][0]
    matching.decide(session, match, reviewer, confirmed=False)
    assert reworded.id not in matching.matches_for(session, [reworded.id], 0)
    # Matching the claim again does not bring the rejected pair back.
    match_new_claims(session, get_article(session, reworded.article_id))
    session.commit()
    rows = session.exec(select(ClaimMatch).where(ClaimMatch.claim_id == reworded.id)).all()
    assert [r.state for r in rows] == [MatchState.REJECTED]
    assert session.exec(select(Event).where(Event.action == "match.reject")).one().entity_id == reworded.id


def test_confirmed_match_links_and_reuses_the_verdict(session, reviewer, editor):
    _import(session, FIFTY, title="a")
    first = _claim(session, FIFTY)
    rating = session.exec(select(Rating).where(Rating.key == "misleading")).one()
    save_verdict(session, first, reviewer, rating.id, "مضلل", "الرقم يخص عاماً كاملاً", first.version)
    _import(session, REWORDED, title="b")
    again = _claim(session, REWORDED)
    match = matching.matches_for(session, [again.id], 70.0)[again.id][0]
    with pytest.raises(InvalidTransition):
        matching.reuse_verdict(session, match, editor, again.version)  # confirm first
    session.rollback()
    matching.decide(session, match, editor, confirmed=True)
    assert session.get(Claim, again.id).duplicate_of_id == first.id
    verdict = matching.reuse_verdict(session, match, editor, session.get(Claim, again.id).version)
    assert (verdict.rating_id, verdict.verdict_line) == (rating.id, "مضلل")
    assert current_verdict(session, again.id).approver_id is None  # still needs approval
    assert session.get(Claim, again.id).status == "in_review"


def _stored_counts(session) -> dict[str, int]:
    return {t.term: t.doc_count for t in session.exec(select(SearchTerm))}


def _recount(session) -> dict[str, int]:
    return dict(count_terms(d.text for d in session.exec(select(SearchDocument))))


def _fact_check(session, claim_text: str, url: str):
    return add_external_fact_check(session, ExternalFactCheckDraft(
        claim_text=claim_text, url=url, verdict_label="False", publisher="Snopes", language="en"))[0]


def test_word_counts_follow_adds_changes_and_deletes(session):
    first = _fact_check(session, "Vaccines contain microchips", "https://snopes.test/chips")
    _fact_check(session, "Vaccines cause autism in children", "https://snopes.test/autism")
    # Before the commit the counts are pending, and the session's own queries already see them.
    assert document_frequencies(session, ["vaccin", "microchip", "unknown"]) == {
        "vaccin": 2, "microchip": 1, "unknown": 0}
    assert _stored_counts(session) == {}
    session.commit()
    assert _stored_counts(session) == _recount(session)
    assert _stored_counts(session)["vaccin"] == 2
    first.normalised_text = "5g towers spread the virus"
    session.commit()
    counts = _stored_counts(session)
    assert (counts["vaccin"], counts["tower"]) == (1, 1) and "microchip" not in counts  # none left: removed
    session.delete(first)
    session.commit()
    assert _stored_counts(session) == _recount(session) == {"vaccin": 1, "caus": 1, "autism": 1, "in": 1,
                                                             "children": 1}


def test_rolled_back_changes_are_not_counted(session):
    _fact_check(session, "Vaccines contain microchips", "https://snopes.test/chips")
    session.flush()
    session.rollback()
    _fact_check(session, "Drinking bleach cures covid", "https://snopes.test/bleach")
    session.commit()
    assert _stored_counts(session) == _recount(session)
    assert "microchip" not in _stored_counts(session)


def test_word_counts_follow_the_claim_queue(session):
    _import(session, FIFTY + "\n\n" + OTHER)
    session.commit()
    assert _stored_counts(session) == _recount(session)
    assert document_frequencies(session, ["مستشف", "كورونا"]) == {"مستشف": 1, "كورونا": 1}
    other = _claim(session, OTHER)
    other.queued = False  # a claim taken off the queue leaves the index, and its words' counts with it
    session.commit()
    assert document_frequencies(session, ["مستشف", "كورونا"]) == {"مستشف": 0, "كورونا": 1}
    assert _stored_counts(session) == _recount(session)


@pytest.mark.parametrize("index_text, counted", [
    ("وزاره صحه 50000 2.5", {"وزاره", "صحه", "50000", "2.5"}),
    ("< script> <script>alert", set()),  # the full-text index splits these: never counted, never queried
    ("covid-19 covid", {"covid"}),
    ("x" * 101 + " short", {"short"}),
])
def test_document_terms_are_whole_index_tokens(index_text, counted):
    assert document_terms(index_text) == counted


def test_markup_in_a_query_is_searched_safely(session):
    _import(session, FIFTY + "\n\n" + OTHER)
    session.commit()
    hits = search(session, "<script>alert(1)</script> وزارة الصحة 50 ألف")
    assert hits[0].text == FIFTY
