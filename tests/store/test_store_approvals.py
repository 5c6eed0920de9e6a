"""Only what was approved is public: approvals keep their own copy, and who may approve (issue 11)."""
from __future__ import annotations

import uuid

import pytest
from sqlmodel import select

from checker.store.claims import review as claim_store
from checker.store.claims.tables import Article, Claim
from checker.store.claims.wording import save_wording
from checker.store.errors import Forbidden, InvalidTransition, StaleEdit
from checker.store.people.claimants import set_claim_claimant
from checker.store.search_index import matching
from checker.store.search_index.tables import ClaimMatch
from checker.store.verdicts.approvals import approvals
from checker.store.verdicts.corrections import reopen_for_correction
from checker.store.verdicts.published import ReportFilter, iter_fact_check_records
from checker.store.verdicts.tables import Rating, Verdict
from checker.store.sources import claim_sources as source_store
from checker.store.verdicts import approvals as approval_store
from checker.store.verdicts import revisions as verdict_store


def _url(claim_id: int) -> str:
    return f"https://checker.example/fact-checks/{claim_id}"


def _claim(session, text: str = "The ministry said 50,000 troops will leave.") -> Claim:
    article = Article(title="Article", body=uuid.uuid4().hex, content_hash=uuid.uuid4().hex, language="en")
    session.add(article)
    session.flush()
    claim = Claim(article_id=article.id, position=0, start=0, end=10, language="en", queued=True,
                  original_text=text, checkable_wording=text, speaker="The ministry", score=0.5)
    session.add(claim)
    session.commit()
    return claim


def _rating(session, key: str = "false") -> int:
    return session.exec(select(Rating).where(Rating.key == key)).one().id


def _submitted(session, claim: Claim, reviewer) -> Claim:
    source_store.add_source(session, claim, reviewer, "https://example.org/first", title="First source")
    verdict_store.save_verdict(session, claim, reviewer, _rating(session), "Not so", "Explanation.", claim.version)
    approval_store.submit_for_approval(session, claim, reviewer, claim.version)
    return claim


def _public(session, claim_id: int):
    session.expire_all()
    return next(iter_fact_check_records(session, _url, ReportFilter(claim_id=claim_id)), None)


@pytest.fixture
def second_editor(make_user):
    return make_user("editor", "eman", display_name="Eman Editor")


def test_a_published_claims_wording_and_claimant_change_only_through_a_correction(session, reviewer, editor):
    claim = _submitted(session, _claim(session), reviewer)
    approval_store.approve(session, claim, editor, claim.version)
    with pytest.raises(InvalidTransition):
        save_wording(session, claim, reviewer, "A different wording", claim.version)
    with pytest.raises(InvalidTransition):
        set_claim_claimant(session, claim, reviewer, "Someone else", claim.version)
    assert _public(session, claim.id).checkable_wording == "The ministry said 50,000 troops will leave."


def test_the_public_sees_the_approved_copy_until_the_correction_is_approved(session, reviewer, editor,
                                                                            second_editor):
    claim = _submitted(session, _claim(session), reviewer)
    approval_store.approve(session, claim, editor, claim.version)
    reopen_for_correction(session, claim, editor, "The wording was too broad.", "correction", claim.version)
    save_wording(session, claim, reviewer, "50,000 US troops will leave Iraq", claim.version)
    set_claim_claimant(session, claim, reviewer, "The defence ministry", claim.version)
    source_store.add_source(session, claim, reviewer, "https://example.org/second", title="Second source")
    source_store.remove_source(session, claim, source_store.sources(session, claim.id)[0], reviewer, claim.version)
    verdict_store.save_verdict(session, claim, reviewer, _rating(session, "misleading"), "Partly", "Corrected.",
                               claim.version)
    record = _public(session, claim.id)
    assert (record.checkable_wording, record.claimant, record.explanation) == (
        "The ministry said 50,000 troops will leave.", "The ministry", "Explanation.")
    assert [s.url for s in record.sources] == ["https://example.org/first"]

    approval_store.submit_for_approval(session, claim, reviewer, claim.version)
    approval_store.approve(session, claim, second_editor, claim.version)
    record = _public(session, claim.id)
    assert (record.checkable_wording, record.claimant, record.explanation) == (
        "50,000 US troops will leave Iraq", "The defence ministry", "Corrected.")
    assert [s.url for s in record.sources] == ["https://example.org/second"]


def test_approvals_are_records_that_keep_the_first_approver_and_date(session, reviewer, editor, second_editor):
    claim = _submitted(session, _claim(session), reviewer)
    approval_store.approve(session, claim, editor, claim.version)
    reopen_for_correction(session, claim, second_editor, "Added context.", "correction", claim.version)
    source_store.add_source(session, claim, reviewer, "https://example.org/context")
    approval_store.submit_for_approval(session, claim, reviewer, claim.version)
    approval_store.approve(session, claim, editor, claim.version)  # the same revision, approved again
    session.expire_all()
    first, second = approvals(session, claim.id)
    assert (first.approver_id, second.approver_id) == (editor.id, editor.id)
    assert (first.submitted_by_id, second.submitted_by_id) == (reviewer.id, reviewer.id)
    assert first.revision == second.revision == 1 and first.approved_at < second.approved_at
    verdict = session.exec(select(Verdict).where(Verdict.claim_id == claim.id)).one()
    assert (verdict.approver_id, verdict.published_at) == (editor.id, first.approved_at)
    record = _public(session, claim.id)
    assert (record.published_at, record.updated_at) == (first.approved_at, second.approved_at)


def _reopened(session, claim, editor):
    reopen_for_correction(session, claim, editor, "A correction.", "correction", claim.version)


def _editor_edits_wording(session, claim, editor, reviewer):
    save_wording(session, claim, editor, "Edited by the editor", claim.version)


def _editor_edits_sources(session, claim, editor, reviewer):
    source_store.add_source(session, claim, editor, "https://example.org/editor")


def _editor_resaves_verdict(session, claim, editor, reviewer):
    verdict = verdict_store.current_verdict(session, claim.id)
    verdict_store.save_verdict(session, claim, editor, verdict.rating_id, verdict.verdict_line, verdict.explanation,
                               claim.version)


@pytest.mark.parametrize("step", [_editor_edits_wording, _editor_edits_sources, _editor_resaves_verdict])
def test_an_editor_who_reopened_and_changed_a_correction_cannot_approve_it(session, reviewer, editor,
                                                                          second_editor, step):
    claim = _submitted(session, _claim(session), reviewer)
    approval_store.approve(session, claim, second_editor, claim.version)
    _reopened(session, claim, editor)
    step(session, claim, editor, reviewer)
    approval_store.submit_for_approval(session, claim, editor, claim.version)
    with pytest.raises(Forbidden):
        approval_store.approve(session, claim, editor, claim.version)
    approval_store.approve(session, claim, editor, claim.version, allow_own=True)  # allow_self_approval on
    assert claim.status == "published"


def test_an_author_whose_text_a_reviewer_resaved_cannot_approve_it(session, reviewer, editor):
    claim = _claim(session)
    source_store.add_source(session, claim, editor, "https://example.org/first")
    verdict_store.save_verdict(session, claim, editor, _rating(session), "Not so", "Editor's text.", claim.version)
    verdict_store.save_verdict(session, claim, reviewer, _rating(session), "Not so", "Editor's text.", claim.version)
    approval_store.submit_for_approval(session, claim, reviewer, claim.version)
    with pytest.raises(Forbidden):
        approval_store.approve(session, claim, editor, claim.version)


def test_whoever_submitted_cannot_approve(session, reviewer, editor, second_editor):
    claim = _claim(session)
    source_store.add_source(session, claim, reviewer, "https://example.org/first")
    verdict_store.save_verdict(session, claim, reviewer, _rating(session), "Not so", "Text.", claim.version)
    approval_store.submit_for_approval(session, claim, editor, claim.version)
    assert claim.submitted_by_id == editor.id
    with pytest.raises(Forbidden):
        approval_store.approve(session, claim, editor, claim.version)
    approval_store.approve(session, claim, second_editor, claim.version)


def test_an_earlier_cycle_does_not_bar_an_editor(session, reviewer, editor, second_editor):
    claim = _submitted(session, _claim(session), reviewer)
    approval_store.approve(session, claim, editor, claim.version)
    _reopened(session, claim, second_editor)
    approval_store.submit_for_approval(session, claim, reviewer, claim.version)
    approval_store.approve(session, claim, editor, claim.version)  # editor only approved the last cycle
    assert claim.status == "published"


@pytest.mark.parametrize("status", ["awaiting_approval", "published"])
def test_take_is_refused_once_a_claim_left_review(session, reviewer, editor, make_user, status):
    claim = _submitted(session, _claim(session), reviewer)
    if status == "published":
        approval_store.approve(session, claim, editor, claim.version)
    with pytest.raises(InvalidTransition):
        claim_store.take(session, claim, make_user("reviewer"), claim.version)
    session.expire_all()
    assert session.get(Claim, claim.id).assignee_id == reviewer.id


def test_source_edits_removals_and_match_decisions_refuse_a_stale_version(session, reviewer, editor):
    claim = _claim(session)
    source = source_store.add_source(session, claim, reviewer, "https://example.org/first")
    loaded = claim.version
    save_wording(session, claim, editor, "Someone else's wording", claim.version)
    with pytest.raises(StaleEdit):
        source_store.edit_source(session, claim, source, reviewer, "https://example.org/changed", "", "", "",
                                 "context", None, loaded)
    with pytest.raises(StaleEdit):
        source_store.remove_source(session, claim, source, reviewer, loaded)
    other = _claim(session, "The ministry said 50,000 troops would leave.")
    match = ClaimMatch(claim_id=claim.id, target_kind="claim", target_id=other.id, score=0.9)
    session.add(match)
    session.commit()
    with pytest.raises(StaleEdit):
        matching.decide(session, match, reviewer, True, loaded)
    session.expire_all()
    assert session.get(ClaimMatch, match.id).state != "confirmed"
    assert [s.url for s in source_store.sources(session, claim.id)] == ["https://example.org/first"]
    source_store.edit_source(session, session.get(Claim, claim.id), session.get(type(source), source.id), reviewer,
                             "https://example.org/changed", "", "", "", "context", None, loaded + 1)
