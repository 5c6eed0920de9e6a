"""The review desk's store: the queue's filters and keyset pages, "take next" under real concurrency, assigning,
bulk actions, wording revisions, claimants, comments and notifications, drafts, corrections and the dashboard."""
from __future__ import annotations

import threading
import uuid
from datetime import date, datetime, timedelta, timezone

import pytest
from sqlmodel import select

from checker.store.audit import Event
from checker.store.claims import assignment
from checker.store.claims.dashboard import dashboard
from checker.store.claims.manual_claims import ManualClaim, add_manual_claim
from checker.store.claims.queue import QueueFilters, queue_page
from checker.store.claims.tables import Article, Claim, ClaimStatus, WordingRevision
from checker.store.claims.wording import save_wording
from checker.store.db import new_session
from checker.store.errors import Forbidden, InvalidInput, InvalidTransition, StaleEdit
from checker.store.people.claimants import claimant_claims, find_or_create, set_claim_claimant
from checker.store.people.notifications import mark_all_read, unread_count
from checker.store.people.tables import Notification, User
from checker.store.verdicts.comments import add_comment
from checker.store.verdicts.corrections import corrections, reopen_for_correction
from checker.store.verdicts.drafts import get_draft, save_draft
from checker.store.verdicts.tables import Rating
from checker.text.diff import word_diff
from checker.store.sources import claim_sources as source_store
from checker.store.verdicts import approvals as approval_store
from checker.store.verdicts import revisions as verdict_store

S = ClaimStatus


def make_article(session, **overrides) -> Article:
    fields = {"title": "Article", "body": uuid.uuid4().hex, "content_hash": uuid.uuid4().hex, "language": "en"}
    fields.update(overrides)
    article = Article(**fields)
    session.add(article)
    session.flush()
    return article


def make_claim(session, article: Article | None = None, **overrides) -> Claim:
    """A queued claim; keyword arguments override its fields."""
    article = article or make_article(session)
    position = session.exec(select(Claim).where(Claim.article_id == article.id)).all()
    fields = {"article_id": article.id, "position": len(position), "start": 0, "end": 10, "language": "en",
              "queued": True, "original_text": "The ministry said 50,000 troops will leave.", "score": 0.5}
    fields.update(overrides)
    fields.setdefault("checkable_wording", fields["original_text"])
    claim = Claim(**fields)
    session.add(claim)
    session.commit()
    return claim


def _rating(session, key="false") -> Rating:
    return session.exec(select(Rating).where(Rating.key == key)).one()


def _fresh(session, model, id_):
    session.expire_all()
    return session.get(model, id_)


# --- the queue ----------------------------------------------------------------------------------------------

def _all_pages(session, filters: QueueFilters, user_id: int, limit: int = 3) -> list[int]:
    ids, pages = [], 0
    while True:
        page = queue_page(session, filters, user_id, limit=limit)
        ids += [claim.id for claim, _article, _user in page.rows]
        pages += 1
        assert pages < 50
        if page.next_cursor is None:
            return ids
        filters = QueueFilters(**{**vars(filters), "after": page.next_cursor})


@pytest.mark.parametrize("sort", ["score", "date", "status"])
def test_keyset_pages_cover_every_claim_once_in_order(session, reviewer, sort):
    article = make_article(session)
    statuses = [S.NEW, S.IN_REVIEW, S.NEW, S.DISMISSED, S.NEW, S.AWAITING_APPROVAL, S.NEW, S.NEW]
    for i, status in enumerate(statuses):
        make_claim(session, article, score=[0.9, 0.5, 0.5, 0.7, 0.5, 0.2, 0.95, 0.5][i], status=status.value)
    make_claim(session, article, queued=False)  # not in the queue
    ids = _all_pages(session, QueueFilters(sort=sort), reviewer.id)
    claims = {c.id: c for c in session.exec(select(Claim).where(Claim.queued == True))}  # noqa: E712
    assert sorted(ids) == sorted(claims) and len(ids) == len(set(ids)) == 8
    key = {"score": lambda c: (c.score, c.id), "date": lambda c: (c.created_at, c.id),
           "status": lambda c: (c.status, c.score, c.id)}[sort]
    assert ids == [c.id for c in sorted(claims.values(), key=key, reverse=True)]


def test_a_damaged_cursor_starts_from_the_top(session, reviewer):
    make_claim(session)
    page = queue_page(session, QueueFilters(after="not-a-cursor"), reviewer.id)
    assert len(page.rows) == 1


def test_queue_filters(session, reviewer, editor):
    ar_article = make_article(session, outlet="Elaph", language="ar")
    en_article = make_article(session, outlet="Reuters")
    mine = make_claim(session, ar_article, language="ar", assignee_id=reviewer.id, claim_type="statistic",
                      reasons=[{"code": "quantity", "label": "Number", "evidence": "50"}])
    theirs = make_claim(session, en_article, assignee_id=editor.id, status=S.IN_REVIEW.value,
                        reasons=[{"code": "denial", "label": "Denial", "evidence": "denied"}])
    nobody = make_claim(session, en_article, reasons=[{"code": "quantity_x", "label": "", "evidence": ""}])
    old = make_claim(session, en_article, created_at=datetime(2020, 1, 5, tzinfo=timezone.utc))
    cases = [
        (QueueFilters(language="ar"), {mine.id}),
        (QueueFilters(outlet="Reuters"), {theirs.id, nobody.id, old.id}),
        (QueueFilters(article=ar_article.id), {mine.id}),
        (QueueFilters(assignee="mine"), {mine.id}),
        (QueueFilters(assignee=str(editor.id)), {theirs.id}),
        (QueueFilters(assignee="unassigned"), {nobody.id, old.id}),
        (QueueFilters(status="in_review"), {theirs.id}),
        (QueueFilters(claim_type="statistic"), {mine.id}),
        (QueueFilters(reason="quantity"), {mine.id}),  # not the look-alike code "quantity_x"
        (QueueFilters(reason="denial"), {theirs.id}),
        (QueueFilters(date_from=date(2020, 1, 1), date_to=date(2020, 1, 31)), {old.id}),
        (QueueFilters(date_from=date(2021, 1, 1)), {mine.id, theirs.id, nobody.id}),
    ]
    for filters, expected in cases:
        assert set(_all_pages(session, filters, reviewer.id)) == expected, filters


def test_filters_round_trip_through_the_url():
    from checker.store.claims.queue import filters_from_args

    filters = QueueFilters(status="new", language="ar", assignee="mine", reason="quantity", sort="date",
                           date_from=date(2024, 5, 1))
    assert filters_from_args(filters.query_args()) == filters
    assert filters_from_args({"status": "bogus", "sort": "x", "assignee": "x", "date_from": "2024-13-01"}) == \
        QueueFilters()


# --- take next ----------------------------------------------------------------------------------------------

def test_take_next_gives_the_best_unassigned_new_claim(session, reviewer, editor):
    article = make_article(session)
    make_claim(session, article, score=0.99, assignee_id=editor.id)
    make_claim(session, article, score=0.98, status=S.DISMISSED.value)
    best = make_claim(session, article, score=0.9)
    make_claim(session, article, score=0.4)
    taken = assignment.take_next(session, reviewer)
    assert taken.id == best.id
    stored = _fresh(session, Claim, best.id)
    assert (stored.assignee_id, stored.status, stored.version) == (reviewer.id, S.IN_REVIEW, 2)
    actions = [e.action for e in session.exec(select(Event).where(Event.entity_id == best.id))]
    assert actions == ["claim.status", "claim.assign"]


def test_take_next_when_nothing_is_left(session, reviewer):
    make_claim(session, status=S.IN_REVIEW.value)
    assert assignment.take_next(session, reviewer) is None


def test_many_reviewers_pressing_take_next_at_once_never_share_a_claim(app, session, make_user):
    article = make_article(session)
    claims = [make_claim(session, article, score=0.5 + i / 100) for i in range(5)]
    users = [make_user("reviewer") for _ in range(8)]
    engine = app.extensions["checker_engine"]
    start = threading.Barrier(len(users), timeout=30)
    results: dict[int, object] = {}

    def worker(user_id: int) -> None:
        db = new_session(engine)
        try:
            user = db.get(User, user_id)
            db.commit()
            start.wait()
            taken = assignment.take_next(db, user)
            results[user_id] = taken.id if taken else None
        except Exception as error:  # noqa: BLE001  (reported below)
            results[user_id] = error
        finally:
            db.close()

    threads = [threading.Thread(target=worker, args=(u.id,)) for u in users]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not any(isinstance(r, Exception) for r in results.values()), results
    taken = [r for r in results.values() if r is not None]
    assert sorted(taken) == sorted(c.id for c in claims)  # every claim once, nobody twice
    assert list(results.values()).count(None) == 3
    session.expire_all()
    for claim in claims:
        stored = session.get(Claim, claim.id)
        assert results[stored.assignee_id] == claim.id and stored.version == 2


# --- assigning and bulk actions -------------------------------------------------------------------------------

def test_assign_notifies_and_refuses_stale_or_closed(session, reviewer, editor):
    claim = make_claim(session)
    assignment.assign(session, claim, reviewer, editor, 1)
    session.commit()
    assert _fresh(session, Claim, claim.id).assignee_id == reviewer.id
    [note] = session.exec(select(Notification)).all()
    assert (note.user_id, note.kind, note.actor_id, note.claim_id) == (reviewer.id, "assigned", editor.id, claim.id)
    with pytest.raises(StaleEdit):
        assignment.assign(session, _fresh(session, Claim, claim.id), editor, editor, 1)
    session.rollback()
    closed = make_claim(session, status=S.PUBLISHED.value)
    with pytest.raises(InvalidTransition):
        assignment.assign(session, closed, reviewer, editor, 1)


def test_bulk_actions_report_each_refusal(session, reviewer):
    article = make_article(session)
    a, b, c = (make_claim(session, article) for _ in range(3))
    published = make_claim(session, article, status=S.PUBLISHED.value)
    outcome = assignment.bulk(session, [(a.id, 1), (b.id, 7), (published.id, 1), (999999, 1)],
                              lambda claim, v: assignment.dismiss_claim(session, claim, reviewer, "Opinion", v))
    assert outcome.done == [a.id]
    assert isinstance(outcome.refused[b.id], StaleEdit)
    assert isinstance(outcome.refused[published.id], InvalidTransition)
    assert outcome.refused[999999].message == "There is no claim %(id)s."
    assert (_fresh(session, Claim, a.id).status, _fresh(session, Claim, a.id).dismiss_reason) == ("dismissed", "Opinion")
    assert _fresh(session, Claim, b.id).status == "new"

    outcome = assignment.bulk(session, [(c.id, 1)], lambda claim, v: assignment.mark_duplicate(
        session, claim, c.id, reviewer, v))
    assert outcome.refused[c.id].message == "A claim cannot be a duplicate of itself."
    outcome = assignment.bulk(session, [(c.id, 1)], lambda claim, v: assignment.mark_duplicate(
        session, claim, a.id, reviewer, v))
    stored = _fresh(session, Claim, c.id)
    assert (stored.status, stored.duplicate_of_id) == ("duplicate", a.id)
    with pytest.raises(InvalidInput):
        assignment.bulk(session, [], lambda claim, v: None)


def test_parse_selection_ignores_damaged_values():
    assert assignment.parse_selection(["3:1", "x:1", "4", "5:2", ""]) == [(3, 1), (5, 2)]


# --- wording, claimants, comments, notifications, drafts -----------------------------------------------------

def test_wording_revisions_never_touch_the_original(session, reviewer, editor):
    claim = make_claim(session)
    original = claim.original_text
    save_wording(session, claim, reviewer, "  Troops:   50,000 leave  ", 1)
    save_wording(session, claim, editor, "50,000 US troops leave Iraq", 2)
    stored = _fresh(session, Claim, claim.id)
    assert (stored.original_text, stored.checkable_wording, stored.version) == (
        original, "50,000 US troops leave Iraq", 3)
    revisions = session.exec(select(WordingRevision).order_by(WordingRevision.revision)).all()
    assert [(r.revision, r.text, r.author_id) for r in revisions] == [
        (1, "Troops: 50,000 leave", reviewer.id), (2, "50,000 US troops leave Iraq", editor.id)]
    events = session.exec(select(Event).where(Event.action == "claim.wording").order_by(Event.id)).all()
    assert events[1].before == {"checkable_wording": "Troops: 50,000 leave"}
    with pytest.raises(StaleEdit):
        save_wording(session, stored, reviewer, "Late edit", 2)
    with pytest.raises(InvalidInput):
        save_wording(session, _fresh(session, Claim, claim.id), reviewer, "   ", 3)


def test_claimants_are_matched_arabic_aware_and_list_claims(session, reviewer):
    first = find_or_create(session, "وزارة الدفاع العراقية", reviewer, "organisation")
    again = find_or_create(session, "وزارة  الدفاع  العراقيه", reviewer)
    assert first.id == again.id
    claim = make_claim(session, speaker="وزارة الدفاع العراقية")
    set_claim_claimant(session, claim, reviewer, claim.speaker, 1)
    assert _fresh(session, Claim, claim.id).claimant_id == first.id
    [(listed, verdict)] = claimant_claims(session, first.id)
    assert (listed.id, verdict) == (claim.id, None)


def test_comment_mentions_notify_once_and_not_the_author(session, reviewer, editor, make_user):
    claim = make_claim(session)
    gone = make_user("reviewer", "gone")
    gone.active = False
    session.add(gone)
    session.commit()
    add_comment(session, claim, reviewer, "@edward please look; mail x@edward.org; @rania @gone @nobody @edward")
    notes = session.exec(select(Notification)).all()
    assert [(n.user_id, n.kind) for n in notes] == [(editor.id, "mentioned")]
    assert unread_count(session, editor.id) == 1
    mark_all_read(session, editor.id)
    assert unread_count(session, editor.id) == 0
    with pytest.raises(InvalidInput):
        add_comment(session, claim, reviewer, "   ")


def test_drafts_are_per_user_and_go_when_the_verdict_is_saved(session, reviewer, editor):
    claim = make_claim(session)
    save_draft(session, claim.id, reviewer, None, "Line", "Half-written")
    save_draft(session, claim.id, reviewer, _rating(session).id, "Line", "Half-written explanation")
    save_draft(session, claim.id, editor, None, "", "Editor's note")
    assert get_draft(session, claim.id, reviewer.id).explanation == "Half-written explanation"
    verdict_store.save_verdict(session, claim, reviewer, _rating(session).id, "Line", "Final.", 1)
    assert get_draft(session, claim.id, reviewer.id) is None
    assert get_draft(session, claim.id, editor.id).explanation == "Editor's note"


# --- approval, sending back, corrections ----------------------------------------------------------------------

def _to_approval(session, claim, reviewer):
    source_store.add_source(session, claim, reviewer, "https://example.org/report", stance="refutes")
    verdict_store.save_verdict(session, claim, reviewer, _rating(session).id, "Not so", "Explanation.", claim.version)
    approval_store.submit_for_approval(session, claim, reviewer, claim.version)


def test_send_back_and_publish_notify_the_reviewer(session, reviewer, editor):
    claim = make_claim(session)
    _to_approval(session, claim, reviewer)
    approval_store.send_back(session, claim, editor, "Cite the ministry.", claim.version)
    approval_store.submit_for_approval(session, claim, reviewer, claim.version)
    approval_store.approve(session, claim, editor, claim.version)
    notes = session.exec(select(Notification).order_by(Notification.id)).all()
    assert [(n.user_id, n.kind, n.note) for n in notes if n.user_id == reviewer.id] == [
        (reviewer.id, "sent_back", "Cite the ministry."), (reviewer.id, "published", "")]
    # Each submission also tells the editor a verdict awaits approval.
    assert [(n.user_id, n.kind) for n in notes if n.user_id == editor.id] == [
        (editor.id, "awaiting_approval"), (editor.id, "awaiting_approval")]


def test_self_approval_only_when_allowed(session, editor):
    claim = make_claim(session)
    _to_approval(session, claim, editor)
    with pytest.raises(Forbidden):
        approval_store.approve(session, claim, editor, claim.version)
    session.rollback()
    claim = _fresh(session, Claim, claim.id)
    approval_store.approve(session, claim, editor, claim.version, allow_own=True)
    assert _fresh(session, Claim, claim.id).status == "published"


def test_correction_reopens_and_needs_approval_again(session, reviewer, editor, make_user):
    claim = make_claim(session)
    _to_approval(session, claim, reviewer)
    first = approval_store.approve(session, claim, editor, claim.version)
    with pytest.raises(Forbidden):
        reopen_for_correction(session, claim, reviewer, "Wrong date", "correction", claim.version)
    with pytest.raises(InvalidInput):
        reopen_for_correction(session, claim, editor, "  ", "correction", claim.version)
    reopen_for_correction(session, claim, editor, "The date was 9 December.", "correction", claim.version)
    assert claim.status == "in_review"
    verdict_store.save_verdict(session, claim, reviewer, _rating(session, "misleading").id, "Partly", "Fixed.",
                               claim.version)
    approval_store.submit_for_approval(session, claim, reviewer, claim.version)
    with pytest.raises(Forbidden):  # the editor reopened it: another editor approves the correction
        approval_store.approve(session, claim, editor, claim.version)
    second = approval_store.approve(session, claim, make_user("editor"), claim.version)
    session.expire_all()
    kept = verdict_store.verdict_revisions(session, claim.id)
    assert [v.revision for v in kept] == [2, 1] and kept[1].explanation == "Explanation." and first.id == kept[1].id
    assert second.published_at is not None
    [correction] = corrections(session, claim.id)
    assert (correction.note, correction.kind, correction.author_id) == ("The date was 9 December.", "correction",
                                                                        editor.id)
    with pytest.raises(InvalidTransition):
        reopen_for_correction(session, make_claim(session), editor, "x", "correction", 1)


# --- hand-added claims, the dashboard, diffs ------------------------------------------------------------------

def test_manual_claim_is_queued_with_where_and_who(session, reviewer):
    claim = add_manual_claim(session, ManualClaim(
        text="الوزير قال إن 50 ألف جندي سيغادرون", origin="social", url="https://x.com/a/status/1",
        platform="X", appeared_on=date(2024, 3, 1), claimant="الوزير"), reviewer)
    article = session.get(Article, claim.article_id)
    assert (claim.queued, claim.language, claim.status) == (True, "ar", "new")
    assert (article.origin, article.outlet, article.url, article.published_on) == (
        "social", "X", "https://x.com/a/status/1", date(2024, 3, 1))
    assert claim.claimant_id is not None
    with pytest.raises(InvalidInput):
        add_manual_claim(session, ManualClaim(text="x", origin="rumour"), reviewer)
    with pytest.raises(InvalidInput):
        add_manual_claim(session, ManualClaim(text="x", origin="tip", url="ftp://x"), reviewer)


def test_dashboard_figures(session, reviewer, editor):
    claim = make_claim(session, created_at=datetime.now(timezone.utc) - timedelta(hours=5))
    _to_approval(session, claim, reviewer)
    approval_store.approve(session, claim, editor, claim.version)
    make_claim(session)
    figures = dashboard(session)
    assert figures.by_status == {"published": 1, "new": 1}
    assert figures.per_day[-1][1] == 1 and len(figures.per_day) == 30
    assert 4.9 < figures.median_hours < 5.2
    [row] = [r for r in figures.reviewers if r.user.id == reviewer.id]
    assert (row.revisions, row.published, row.assigned) == (1, 1, 1)


@pytest.mark.parametrize("old, new, expected", [
    ("a b c", "a b c", [("same", "a b c")]),
    ("a b c", "a x c", [("same", "a "), ("del", "b"), ("ins", "x"), ("same", " c")]),
    ("", "نص جديد", [("ins", "نص جديد")]),
    ("نفت الوزارة", "أكدت الوزارة", [("del", "نفت"), ("ins", "أكدت"), ("same", " الوزارة")]),
])
def test_word_diff(old, new, expected):
    assert [(p.op, p.text) for p in word_diff(old, new)] == expected
