"""Every way a claim enters goes through `take_in`, and its new claims are matched against earlier ones (or wait,
marked pending, for a resumable step that matches them)."""
from __future__ import annotations

import io
from dataclasses import replace

import pytest
from sqlmodel import select

from checker.tasks import enqueue
from checker.intake.take_in import IntakeRules, complete_pending_matching, take_in
from checker.store.claims.articles import ArticleDraft
from checker.store.claims.tables import Article, Claim
from checker.store.search_index.tables import ClaimMatch

CLAIM = "The health ministry said 50,000 people were infected with the virus in March 2021."
EARLIER = f"Officials met in Baghdad on Monday. {CLAIM} The minister denied that schools would close."
# Several claims with numbers, so an article of them is "long" for a low match_at_import_max_claims.
LONG = " ".join(f"The ministry said {n},000 people were infected in district {n} in March 2021." for n in range(2, 9))


@pytest.fixture
def earlier(session, reviewer) -> Claim:
    """A queued claim from an earlier article: what every new arrival of the same claim must be matched to."""
    take_in(session, ArticleDraft(title="Earlier", body=EARLIER), reviewer)
    return session.exec(select(Claim).where(Claim.original_text == CLAIM)).one()


def matched_to(session, claim_id: int) -> set[int]:
    """The earlier claims a claim was matched to."""
    session.expire_all()
    return set(session.exec(select(ClaimMatch.target_id).where(ClaimMatch.claim_id == claim_id)))


def newest_claim_like(session, text: str) -> Claim:
    session.expire_all()
    return session.exec(select(Claim).where(Claim.original_text.contains(text), Claim.queued == True)  # noqa: E712
                        .order_by(Claim.id.desc())).first()


def unqueued_article(session, reviewer, body: str) -> Article:
    """An article whose sentences were all left out of the queue (to promote, select, split or merge by hand)."""
    return take_in(session, ArticleDraft(title="Later", body=body), reviewer, IntakeRules(claim_threshold=2.0)).article


# --- each entry point ----------------------------------------------------------------------------------

def test_paste(client_as, session, reviewer, earlier):
    client_as(reviewer).post("/articles/new", {"title": "Pasted", "body": f"Today. {CLAIM}", "outlet": "",
                                               "url": "", "published_on": "", "language": ""})
    assert earlier.id in matched_to(session, newest_claim_like(session, CLAIM).id)


def test_upload(client_as, session, reviewer, earlier):
    data = {"upload-file": (io.BytesIO(f"Uploaded. {CLAIM}".encode()), "a.txt"), "upload-title": "Uploaded"}
    client_as(reviewer).post("/articles/upload", data, content_type="multipart/form-data")
    assert earlier.id in matched_to(session, newest_claim_like(session, CLAIM).id)


def test_flask_import(app, session, earlier, tmp_path):
    path = tmp_path / "later.txt"
    path.write_text(f"Imported.\n\n{CLAIM}", encoding="utf-8")
    result = app.test_cli_runner().invoke(args=["import", str(path)])
    assert result.exit_code == 0, result.output
    assert earlier.id in matched_to(session, newest_claim_like(session, CLAIM).id)


def test_add_claim(client_as, session, reviewer, earlier):
    client_as(reviewer).post("/claims/new", {"text": CLAIM, "origin": "tip"})
    assert earlier.id in matched_to(session, newest_claim_like(session, CLAIM).id)


def test_promote(client_as, session, reviewer, earlier):
    article = unqueued_article(session, reviewer, f"Later. {CLAIM}")
    unit = session.exec(select(Claim).where(Claim.article_id == article.id, Claim.original_text == CLAIM)).one()
    client_as(reviewer).post(f"/articles/{article.id}/units/{unit.id}/promote")
    assert earlier.id in matched_to(session, unit.id)


def test_selection(client_as, session, reviewer, earlier):
    body = f"Reports: {CLAIM[:-1]}, and more."
    article = unqueued_article(session, reviewer, body)
    start = body.index(CLAIM[:-1])
    client_as(reviewer).post(f"/articles/{article.id}/claims",
                             {"start": str(start), "end": str(start + len(CLAIM) - 1), "text": CLAIM[:-1]})
    assert earlier.id in matched_to(session, newest_claim_like(session, CLAIM[:-1]).id)


def test_split(client_as, session, reviewer, earlier):
    sentence = f"{CLAIM[:-1]}, while officials denied it."
    article = unqueued_article(session, reviewer, sentence)
    unit = session.exec(select(Claim).where(Claim.article_id == article.id)).one()
    cut = len(CLAIM)
    client_as(reviewer).post(f"/articles/{article.id}/units/{unit.id}/split",
                             {"text": sentence[:cut] + "\n" + sentence[cut:]})
    assert earlier.id in matched_to(session, newest_claim_like(session, CLAIM[:-1]).id)


def test_merge(client_as, session, reviewer, earlier):
    article = unqueued_article(session, reviewer, f"{CLAIM} Officials denied it.")
    first = session.exec(select(Claim).where(Claim.article_id == article.id).order_by(Claim.position)).first()
    client_as(reviewer).post(f"/articles/{article.id}/units/{first.id}/merge")
    merged = newest_claim_like(session, "Officials denied it.")
    assert merged.original_text == f"{CLAIM} Officials denied it." and earlier.id in matched_to(session, merged.id)


# --- long articles: matching pending, then completed ------------------------------------------------------

def test_a_long_article_is_committed_pending_then_matched_in_batches(session, reviewer, earlier):
    earlier_id = earlier.id
    rules = IntakeRules(match_at_import_max_claims=2, match_batch_size=2)
    intake = take_in(session, ArticleDraft(title="Long", body=f"{LONG} {CLAIM}"), reviewer, rules)
    assert intake.matching_pending and intake.article.matching_pending
    new = newest_claim_like(session, CLAIM).id
    assert matched_to(session, new) == set()
    complete_pending_matching(session, rules, max_batches=1)  # one bounded batch, then "the process dies"
    session.close()
    complete_pending_matching(session, rules)
    assert earlier_id in matched_to(session, new)
    assert not session.get(Article, intake.article.id).matching_pending


def test_reimporting_a_pending_article_finishes_its_matching(session, reviewer, earlier):
    rules = IntakeRules(match_at_import_max_claims=2)
    draft = ArticleDraft(title="Long", body=f"{LONG} {CLAIM}")
    first = take_in(session, draft, reviewer, rules)
    again = take_in(session, draft, reviewer, rules)
    assert not again.created and again.article.id == first.article.id
    assert earlier.id in matched_to(session, newest_claim_like(session, CLAIM).id)
    assert not session.get(Article, first.article.id).matching_pending


def test_flask_intake_resume_and_setup_finish_pending_matching(app, session, reviewer, earlier):
    take_in(session, ArticleDraft(title="Long", body=f"{LONG} {CLAIM}"), reviewer,
            IntakeRules(match_at_import_max_claims=2))
    result = app.test_cli_runner().invoke(args=["intake", "resume"])
    assert result.exit_code == 0 and "articles whose matching was pending" in result.output
    assert earlier.id in matched_to(session, newest_claim_like(session, CLAIM).id)
    assert "No matching was pending" in app.test_cli_runner().invoke(args=["intake", "resume"]).output


def test_a_long_pasted_article_is_matched_after_the_response(app, client_as, session, reviewer, earlier):
    app.config["CHECKER"] = replace(app.config["CHECKER"], match_at_import_max_claims=2)
    rania = client_as(reviewer)
    response = rania.post("/articles/new", {"title": "Long", "body": f"{LONG} {CLAIM}", "outlet": "", "url": "",
                                            "published_on": "", "language": ""})
    assert response.status_code == 302
    response.close()  # what a WSGI server does once the response is sent; the matching runs then
    assert earlier.id in matched_to(session, newest_claim_like(session, CLAIM).id)
    assert not session.exec(select(Article).where(Article.matching_pending == True)).all()  # noqa: E712


def test_a_worker_finishes_what_another_left_pending(app, session, reviewer, earlier):
    take_in(session, ArticleDraft(title="Long", body=f"{LONG} {CLAIM}"), reviewer,
            IntakeRules(match_at_import_max_claims=2))  # as if a `flask import` had died before matching
    enqueue(app.extensions["checker_queue"], "match_pending_articles")  # the worker's periodic pick-up
    assert earlier.id in matched_to(session, newest_claim_like(session, CLAIM).id)
