"""The claim workflow in the store: status moves, verdict revisions, stale edits, the rules for
submitting and dismissing, the audit trail, and two people saving the same claim at the same moment."""
from __future__ import annotations

import threading
import uuid

import pytest
from sqlalchemy.exc import IntegrityError
from sqlmodel import select

from checker.store.audit import Event
from checker.store.claims import review as claim_store
from checker.store.claims.tables import Article, Claim, ClaimStatus
from checker.store.claims.workflow import move
from checker.store.db import new_session
from checker.store.errors import InvalidInput, InvalidTransition, StaleEdit
from checker.store.people.tables import User
from checker.store.sources.tables import Source
from checker.store.verdicts.tables import Rating, Verdict
from checker.store.sources import claim_sources as source_store
from checker.store.verdicts import approvals as approval_store
from checker.store.verdicts import revisions as verdict_store

S = ClaimStatus


def make_claim(session, **overrides) -> Claim:
    """A queued claim in an article of its own; keyword arguments override the claim's fields."""
    article = Article(title="Article", body=f"Body {uuid.uuid4().hex}", content_hash=uuid.uuid4().hex, language="en")
    session.add(article)
    session.flush()
    fields = {"article_id": article.id, "position": 1, "start": 0, "end": 40, "language": "en", "queued": True,
              "original_text": "The ministry said 50,000 troops will leave by 31 December.", "score": 0.8}
    fields.update(overrides)
    claim = Claim(**fields)
    session.add(claim)
    session.commit()
    return claim


def _rating(session, key: str = "false") -> Rating:
    return session.exec(select(Rating).where(Rating.key == key)).one()


def _events(session, claim_id: int) -> list[Event]:
    return list(session.exec(select(Event).where(Event.entity == "claim", Event.entity_id == claim_id)
                             .order_by(Event.id)))


def _fresh(session, claim_id: int) -> Claim:
    """The claim as the database has it now."""
    session.expire_all()
    return session.get(Claim, claim_id)


# --- status moves -----------------------------------------------------------------------------------

ALLOWED_MOVES = [
    (S.NEW, S.IN_REVIEW), (S.NEW, S.DISMISSED), (S.NEW, S.DUPLICATE),
    (S.IN_REVIEW, S.AWAITING_APPROVAL), (S.IN_REVIEW, S.DISMISSED), (S.IN_REVIEW, S.DUPLICATE), (S.IN_REVIEW, S.NEW),
    (S.AWAITING_APPROVAL, S.PUBLISHED), (S.AWAITING_APPROVAL, S.IN_REVIEW),
    (S.PUBLISHED, S.IN_REVIEW),  # reopened for a correction
    (S.DISMISSED, S.NEW), (S.DUPLICATE, S.NEW),
]
REFUSED_MOVES = [(a, b) for a in S for b in S if (a, b) not in ALLOWED_MOVES]


@pytest.mark.parametrize("current, new", ALLOWED_MOVES)
def test_allowed_move(session, make_user, current, new):
    user = make_user("editor")
    claim = make_claim(session, status=current.value)
    move(session, claim, new.value, user, note="why")
    session.commit()
    stored = _fresh(session, claim.id)
    assert (stored.status, stored.version) == (new, 2)
    [event] = _events(session, claim.id)
    assert (event.action, event.user_id) == ("claim.status", user.id)
    assert event.before == {"status": current.value}
    assert event.after == {"status": new.value, "note": "why"}


@pytest.mark.parametrize("current, new", REFUSED_MOVES)
def test_refused_move(session, make_user, current, new):
    user = make_user("editor")
    claim = make_claim(session, status=current.value)
    with pytest.raises(InvalidTransition) as refused:
        move(session, claim, new.value, user)
    assert str(refused.value).startswith("A claim that is ")
    assert "cannot become" in str(refused.value)
    session.commit()  # whatever move() left in the session would be written now
    stored = _fresh(session, claim.id)
    assert (stored.status, stored.version) == (current, 1)
    assert _events(session, claim.id) == []


def test_refused_move_names_both_statuses(session, make_user):
    claim = make_claim(session, status=S.NEW.value)
    with pytest.raises(InvalidTransition, match="A claim that is New cannot become Published."):
        move(session, claim, S.PUBLISHED.value, make_user())


def test_unknown_status_is_refused(session, make_user):
    claim = make_claim(session)
    with pytest.raises(InvalidTransition):
        move(session, claim, "deleted", make_user())
    assert _fresh(session, claim.id).status == S.NEW


# --- verdicts ---------------------------------------------------------------------------------------

def test_saving_twice_creates_revisions_and_keeps_the_first(session, reviewer):
    claim = make_claim(session)
    first = verdict_store.save_verdict(session, claim, reviewer, _rating(session, "false").id, "Not so",
                                       "The first explanation.", 1)
    assert (first.revision, claim.status, claim.version) == (1, S.IN_REVIEW, 2)
    second = verdict_store.save_verdict(session, claim, reviewer, _rating(session, "misleading").id, "Partly",
                                        "The second explanation.", 2)
    assert (second.revision, claim.version) == (2, 3)

    session.expire_all()
    revisions = verdict_store.verdict_revisions(session, claim.id)
    assert [v.revision for v in revisions] == [2, 1]
    kept = revisions[1]
    assert (kept.id, kept.rating_id, kept.verdict_line, kept.explanation) == (
        first.id, _rating(session, "false").id, "Not so", "The first explanation.")
    assert verdict_store.current_verdict(session, claim.id).explanation == "The second explanation."
    saves = [e for e in _events(session, claim.id) if e.action == "verdict.save"]
    assert saves[0].before is None and saves[0].after["revision"] == 1
    assert saves[1].before["explanation"] == "The first explanation."
    assert saves[1].after["explanation"] == "The second explanation."


@pytest.mark.parametrize("action", ["save_verdict", "take", "submit", "dismiss", "approve", "send_back"])
def test_stale_version_writes_nothing(session, reviewer, editor, action):
    claim = make_claim(session, status=S.IN_REVIEW.value, version=5)
    if action in ("approve", "send_back"):
        claim.status = S.AWAITING_APPROVAL.value
        session.add(claim)
        session.commit()
    counts_before = _row_counts(session)
    calls = {
        "save_verdict": lambda: verdict_store.save_verdict(session, claim, reviewer, _rating(session).id, "",
                                                           "Explanation.", 4),
        "take": lambda: claim_store.take(session, claim, reviewer, 4),
        "submit": lambda: approval_store.submit_for_approval(session, claim, reviewer, 4),
        "dismiss": lambda: claim_store.dismiss(session, claim, reviewer, "Opinion", 4),
        "approve": lambda: approval_store.approve(session, claim, editor, 4),
        "send_back": lambda: approval_store.send_back(session, claim, editor, "Check again", 4),
    }
    with pytest.raises(StaleEdit, match="Someone else changed this claim"):
        calls[action]()
    session.rollback()
    stored = _fresh(session, claim.id)
    assert stored.version == 5 and stored.assignee_id is None
    assert _row_counts(session) == counts_before


def _row_counts(session) -> dict[str, int]:
    return {model.__name__: len(session.exec(select(model)).all()) for model in (Verdict, Event, Source)}


def test_stale_edit_detected_in_the_database(session, app, reviewer):
    """A form loaded at version 1 whose claim object is also from version 1, while the row is at 2."""
    claim = make_claim(session)
    other = new_session(app.extensions["checker_engine"])
    try:
        claim_store.take(other, other.get(Claim, claim.id), other.get(User, reviewer.id), 1)
    finally:
        other.close()
    assert claim.version == 1  # this session has not seen the change
    with pytest.raises(StaleEdit):
        verdict_store.save_verdict(session, claim, reviewer, _rating(session).id, "", "Explanation.", 1)
    session.rollback()
    assert session.exec(select(Verdict)).all() == []
    assert _fresh(session, claim.id).version == 2


# --- submitting and dismissing ----------------------------------------------------------------------

def _add_source(session, claim, user) -> None:
    source_store.add_source(session, claim, user, "https://example.org/report", "Report", "Example", "", "refutes")


@pytest.mark.parametrize("with_verdict, with_source, message", [
    (False, False, "Save a verdict before submitting for approval."),
    (False, True, "Save a verdict before submitting for approval."),
    (True, False, "Add at least one source before submitting for approval."),
])
def test_submit_needs_a_verdict_and_a_source(session, reviewer, with_verdict, with_source, message):
    claim = make_claim(session, status=S.IN_REVIEW.value)
    if with_source:
        _add_source(session, claim, reviewer)
    if with_verdict:
        verdict_store.save_verdict(session, claim, reviewer, _rating(session).id, "", "Explanation.", claim.version)
    version, events = claim.version, len(_events(session, claim.id))
    with pytest.raises(InvalidInput) as refused:
        approval_store.submit_for_approval(session, claim, reviewer, version)
    assert str(refused.value) == message
    session.rollback()
    stored = _fresh(session, claim.id)
    assert (stored.status, stored.version) == (S.IN_REVIEW, version)
    assert len(_events(session, claim.id)) == events


def test_submit_with_verdict_and_source(session, reviewer):
    claim = make_claim(session)
    _add_source(session, claim, reviewer)
    verdict_store.save_verdict(session, claim, reviewer, _rating(session).id, "", "Explanation.", claim.version)
    approval_store.submit_for_approval(session, claim, reviewer, claim.version)
    assert _fresh(session, claim.id).status == S.AWAITING_APPROVAL


@pytest.mark.parametrize("reason", ["", "   ", "\n\t"])
def test_dismiss_needs_a_reason(session, reviewer, reason):
    claim = make_claim(session)
    with pytest.raises(InvalidInput, match="Give a reason for dismissing the claim."):
        claim_store.dismiss(session, claim, reviewer, reason, 1)
    session.rollback()
    stored = _fresh(session, claim.id)
    assert (stored.status, stored.version, stored.dismiss_reason) == (S.NEW, 1, "")
    assert _events(session, claim.id) == []


def test_dismiss_with_a_reason(session, reviewer):
    claim = make_claim(session)
    claim_store.dismiss(session, claim, reviewer, "  An opinion, not a fact.  ", 1)
    stored = _fresh(session, claim.id)
    assert (stored.status, stored.dismiss_reason) == (S.DISMISSED, "An opinion, not a fact.")
    [event] = _events(session, claim.id)
    assert event.before == {"status": "new"}
    assert event.after == {"status": "dismissed", "note": "An opinion, not a fact."}


def test_author_cannot_approve_own_verdict(session, editor):
    claim = make_claim(session)
    _add_source(session, claim, editor)
    verdict_store.save_verdict(session, claim, editor, _rating(session).id, "", "Explanation.", claim.version)
    approval_store.submit_for_approval(session, claim, editor, claim.version)
    version = claim.version
    with pytest.raises(Exception, match="You wrote this verdict; another editor must approve it."):
        approval_store.approve(session, claim, editor, version)
    session.rollback()
    assert (_fresh(session, claim.id).status, _fresh(session, claim.id).version) == (S.AWAITING_APPROVAL, version)


# --- the audit trail --------------------------------------------------------------------------------

def _publish(session, claim, reviewer, editor):
    _add_source(session, claim, reviewer)
    verdict_store.save_verdict(session, claim, reviewer, _rating(session).id, "Not so", "Explanation.", claim.version)
    approval_store.submit_for_approval(session, claim, reviewer, claim.version)
    approval_store.approve(session, claim, editor, claim.version)


CHANGES = {
    "take": (lambda s, c, r, e: claim_store.take(s, c, r, c.version),
             [("claim.status", {"status": "new"}, {"status": "in_review"}),
              ("claim.assign", {"assignee_id": None}, {"assignee_id": "REVIEWER"})]),
    "add_source": (lambda s, c, r, e: _add_source(s, c, r),
                   [("source.add", None, {"url": "https://example.org/report", "stance": "refutes"})]),
    "dismiss": (lambda s, c, r, e: claim_store.dismiss(s, c, r, "Opinion", c.version),
                [("claim.status", {"status": "new"}, {"status": "dismissed", "note": "Opinion"})]),
    "publish": (_publish,
                [("source.add", None, {"url": "https://example.org/report", "stance": "refutes"}),
                 ("claim.status", {"status": "new"}, {"status": "in_review"}),
                 ("verdict.save", None, {"revision": 1, "verdict_line": "Not so", "explanation": "Explanation."}),
                 ("claim.status", {"status": "in_review"}, {"status": "awaiting_approval"}),
                 ("claim.status", {"status": "awaiting_approval"}, {"status": "published"}),
                 ("verdict.approve", None, {"revision": 1, "approver_id": "EDITOR"})]),
    "promote": (lambda s, c, r, e: claim_store.promote(s, c, r),
                [("claim.promote", {"queued": False}, {"queued": True})]),
}


@pytest.mark.parametrize("change", CHANGES)
def test_every_change_is_audited_with_before_and_after(session, reviewer, editor, change):
    do, expected = CHANGES[change]
    claim = make_claim(session, queued=change != "promote")
    do(session, claim, reviewer, editor)
    placeholders = {"REVIEWER": reviewer.id, "EDITOR": editor.id}
    events = _events(session, claim.id)
    assert [e.action for e in events] == [action for action, _, _ in expected]
    for event, (action, before, after) in zip(events, expected):
        assert event.before == before or (before is None and event.before is None), action
        for key, value in after.items():
            assert event.after[key] == placeholders.get(value, value), (action, key)
        assert event.created_at is not None and event.user_id in (reviewer.id, editor.id)


# --- two people at the same moment ------------------------------------------------------------------

def _race(app, claim_id: int, user_ids: list[int], act) -> list[object]:
    """Run `act(session, claim, user)` in two threads with their own sessions, started together after
    both have loaded the claim; returns what each raised (or "ok")."""
    engine = app.extensions["checker_engine"]
    loaded = threading.Barrier(len(user_ids), timeout=30)
    outcomes: list[object] = [None] * len(user_ids)

    def worker(index: int, user_id: int) -> None:
        session = new_session(engine)
        try:
            claim = session.get(Claim, claim_id)
            user = session.get(User, user_id)
            assert claim.version == 1
            session.commit()  # end the read transaction: each side now only holds its copy in memory
            loaded.wait()
            act(session, claim, user)
            outcomes[index] = "ok"
        except Exception as error:  # noqa: BLE001  (the test inspects what was raised)
            session.rollback()
            outcomes[index] = error
        finally:
            session.close()

    threads = [threading.Thread(target=worker, args=(i, uid)) for i, uid in enumerate(user_ids)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not any(thread.is_alive() for thread in threads), "a thread hung"
    return outcomes


def test_two_people_taking_the_same_claim_at_once(app, session, make_user):
    claim = make_claim(session)
    users = [make_user("reviewer"), make_user("reviewer")]
    outcomes = _race(app, claim.id, [u.id for u in users], lambda s, c, u: claim_store.take(s, c, u, 1))

    assert sorted(o == "ok" for o in outcomes) == [False, True], outcomes
    [loser] = [o for o in outcomes if o != "ok"]
    assert isinstance(loser, StaleEdit), repr(loser)
    winner = users[outcomes.index("ok")]
    stored = _fresh(session, claim.id)
    assert (stored.status, stored.version, stored.assignee_id) == (S.IN_REVIEW, 2, winner.id)
    assert [e.user_id for e in _events(session, claim.id)] == [winner.id, winner.id]


def test_two_people_saving_a_verdict_at_once(app, session, make_user, monkeypatch):
    claim = make_claim(session)
    users = [make_user("reviewer"), make_user("reviewer")]
    rating_id = _rating(session).id

    # Make "the same moment" exact: both read the (absent) previous revision before either writes.
    both_read = threading.Barrier(2, timeout=30)
    real_current_verdict = verdict_store.current_verdict

    def current_verdict_then_wait(db, claim_id):
        found = real_current_verdict(db, claim_id)
        both_read.wait()
        return found

    monkeypatch.setattr(verdict_store, "current_verdict", current_verdict_then_wait)
    outcomes = _race(app, claim.id, [u.id for u in users], lambda s, c, u: verdict_store.save_verdict(
        s, c, u, rating_id, "", f"Explanation by {u.username}.", 1))
    monkeypatch.undo()

    for outcome in outcomes:
        if isinstance(outcome, IntegrityError):
            raise outcome
    assert sorted(o == "ok" for o in outcomes) == [False, True], outcomes
    [loser] = [o for o in outcomes if o != "ok"]
    assert isinstance(loser, StaleEdit), repr(loser)
    winner = users[outcomes.index("ok")]
    session.expire_all()
    [verdict] = verdict_store.verdict_revisions(session, claim.id)
    assert (verdict.revision, verdict.author_id) == (1, winner.id)
    assert _fresh(session, claim.id).version == 2
