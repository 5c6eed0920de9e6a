"""The `flask` commands: import, users create, export and setup, run through Flask's CLI runner."""
from __future__ import annotations

import codecs
import csv
import io
import json

import pytest
from sqlmodel import select
from werkzeug.security import check_password_hash

from checker.intake.take_in import take_in
from checker.store.audit import Event
from checker.store.claims.articles import ArticleDraft
from checker.store.claims.tables import Article, Claim
from checker.store.people.tables import Role, User
from checker.store.verdicts.tables import Rating
from tests.conftest import SAMPLES
from checker.store.sources import claim_sources as source_store
from checker.store.verdicts import approvals as approval_store
from checker.store.verdicts import revisions as verdict_store

SAMPLE_FILES = [SAMPLES / "ar-elaph-iraq-withdrawal.txt", SAMPLES / "en-iraq-withdrawal.txt"]


@pytest.fixture
def runner(app):
    return app.test_cli_runner()


def _articles(session) -> list[Article]:
    session.expire_all()
    return list(session.exec(select(Article).order_by(Article.id)))


def _users(session) -> list[User]:
    session.expire_all()
    return list(session.exec(select(User).order_by(User.id)))


# --- import -----------------------------------------------------------------------------------------

def test_import_samples_then_again_as_duplicates(runner, session):
    args = ["import", *map(str, SAMPLE_FILES)]
    first = runner.invoke(args=args)
    assert first.exit_code == 0, first.output
    assert "2 imported, 0 skipped as duplicate, 0 refused" in first.output
    articles = _articles(session)
    assert len(articles) == 2
    arabic = next(a for a in articles if a.language == "ar")
    meta = json.loads((SAMPLES / "ar-elaph-iraq-withdrawal.json").read_text(encoding="utf-8"))
    assert (arabic.title, arabic.outlet, arabic.published_on.isoformat()) == (
        meta["title"], meta["outlet"], meta["published_on"])
    english = next(a for a in articles if a.language == "en")
    assert english.title == SAMPLE_FILES[1].read_text(encoding="utf-8").split("\n", 1)[0].strip()

    second = runner.invoke(args=args)
    assert second.exit_code == 0, second.output
    assert "0 imported, 2 skipped as duplicate, 0 refused" in second.output
    assert len(_articles(session)) == 2


@pytest.mark.parametrize("name, content, reason", [
    ("empty.txt", b"", "The file is empty."),
    ("blank.txt", b"\n  \n", "The file is empty."),
    ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
    ("broken.txt", codecs.BOM_UTF16_LE + b"\x00\xd8", "UTF-16"),
])
def test_import_refuses_empty_and_binary_files_with_the_reason(runner, session, tmp_path, name, content, reason):
    path = tmp_path / name
    path.write_bytes(content)
    result = runner.invoke(args=["import", str(path), str(SAMPLE_FILES[1])])
    assert result.exit_code == 0, result.output
    refused = [line for line in result.output.splitlines() if line.startswith("refused")]
    assert len(refused) == 1 and name in refused[0] and reason in refused[0], result.output
    assert "1 imported, 0 skipped as duplicate, 1 refused" in result.output
    assert [a.language for a in _articles(session)] == ["en"]


def test_import_of_only_refused_files_fails(runner, session, tmp_path):
    empty, binary = tmp_path / "empty.txt", tmp_path / "binary.txt"
    empty.write_bytes(b"")
    binary.write_bytes(b"\x00\x01\x02" * 100)
    result = runner.invoke(args=["import", str(empty), str(binary)])
    assert result.exit_code == 1
    assert "0 imported, 0 skipped as duplicate, 2 refused" in result.output
    assert _articles(session) == []


def test_import_refuses_a_guessed_encoding(runner, session, tmp_path, sample_text):
    path = tmp_path / "cp1256.txt"
    path.write_bytes(sample_text.encode("cp1256"))
    result = runner.invoke(args=["import", str(path)])
    assert "convert it to UTF-8" in result.output
    assert "0 imported, 0 skipped as duplicate, 1 refused" in result.output
    assert _articles(session) == []


def test_import_of_a_missing_file_is_a_usage_error(runner, session, tmp_path):
    result = runner.invoke(args=["import", str(tmp_path / "missing.txt")])
    assert result.exit_code == 2
    assert "does not exist" in result.output
    assert _articles(session) == []


# --- users ------------------------------------------------------------------------------------------

def test_users_create_stores_a_hashed_password(runner, session):
    result = runner.invoke(args=["users", "create", "layla", "--role", "editor"], input="amber kettle voyage 9\namber kettle voyage 9\n")
    assert result.exit_code == 0, result.output
    assert "Created editor layla." in result.output
    [user] = _users(session)
    assert (user.username, user.role, user.display_name) == ("layla", Role.EDITOR, "layla")
    assert user.password_hash != "amber kettle voyage 9" and "amber kettle voyage 9" not in user.password_hash
    assert check_password_hash(user.password_hash, "amber kettle voyage 9")


@pytest.mark.parametrize("args, password_input, message", [
    (["users", "create", "layla"], "amber kettle voyage 9\namber kettle voyage 9\n", "The username layla is taken or too like an existing one."),
    (["users", "create", "omar"], "short\nshort\n", "The password must have at least 8 characters."),
    (["users", "create", "omar"], "12345678\n12345678\n", "This password is one of the most common ones"),
    (["users", "create", "LAYLA"], "amber kettle voyage 9\namber kettle voyage 9\n", "too like an existing one"),
    (["users", "create", "   "], "amber kettle voyage 9\namber kettle voyage 9\n", "A username is required."),
    (["users", "create", "omar", "--role", "owner"], "amber kettle voyage 9\namber kettle voyage 9\n", "Invalid value for '--role'"),
])
def test_users_create_refusals(runner, session, args, password_input, message):
    assert runner.invoke(args=["users", "create", "layla"], input="amber kettle voyage 9\namber kettle voyage 9\n").exit_code == 0
    before = [(u.id, u.username, u.password_hash) for u in _users(session)]
    result = runner.invoke(args=args, input=password_input)
    assert result.exit_code != 0
    assert message in result.output
    assert [(u.id, u.username, u.password_hash) for u in _users(session)] == before


def test_users_create_refuses_mismatched_confirmation(runner, session):
    result = runner.invoke(args=["users", "create", "omar"], input="amber kettle voyage 9\npw87654321\n")
    assert result.exit_code != 0
    assert _users(session) == []


def test_users_set_password_replaces_a_forgotten_password(runner, session):
    runner.invoke(args=["users", "create", "layla"], input="amber kettle voyage 9\namber kettle voyage 9\n")
    result = runner.invoke(args=["users", "set-password", "layla"], input="new-secret-1\nnew-secret-1\n")
    assert result.exit_code == 0, result.output
    assert "Password of layla changed." in result.output
    session.expire_all()
    [user] = _users(session)
    assert check_password_hash(user.password_hash, "new-secret-1")
    assert session.exec(select(Event).where(Event.action == "user.password_reset")).first() is not None


@pytest.mark.parametrize("args, password_input, message", [
    (["users", "set-password", "nobody"], "new-secret-1\nnew-secret-1\n", "There is no account nobody."),
    (["users", "set-password", "layla"], "short\nshort\n", "The password must have at least 8 characters."),
])
def test_users_set_password_refusals(runner, session, args, password_input, message):
    runner.invoke(args=["users", "create", "layla"], input="amber kettle voyage 9\namber kettle voyage 9\n")
    before = [(u.id, u.password_hash) for u in _users(session)]
    result = runner.invoke(args=args, input=password_input)
    assert result.exit_code != 0
    assert message in result.output
    session.expire_all()
    assert [(u.id, u.password_hash) for u in _users(session)] == before


# --- export -----------------------------------------------------------------------------------------

def _published_fact_check(session, sample_text, reviewer, editor) -> Claim:
    """Publish the sample's denial claim through the store, as the desk would."""
    outcome = take_in(session, ArticleDraft(title="Sample", body=sample_text, outlet="Elaph",
                                                   url="https://elaph.com/x.html"), reviewer)
    claim = next(c for c in session.exec(select(Claim).where(Claim.article_id == outcome.article.id,
                                                             Claim.queued == True))  # noqa: E712
                 if "نفت السلطات العراقية" in c.original_text)
    rating = session.exec(select(Rating).where(Rating.key == "false")).one()
    source_store.add_source(session, claim, reviewer, "https://www.reuters.com/world/iraq", "US mission ends",
                            "Reuters", "The mission ended.", "refutes")
    verdict_store.save_verdict(session, claim, reviewer, rating.id, "The date was not extended",
                               "Officials confirmed 31 December.", claim.version)
    approval_store.submit_for_approval(session, claim, reviewer, claim.version)
    approval_store.approve(session, claim, editor, claim.version)
    return claim


def test_export_csv(runner, session, sample_text, reviewer, editor):
    claim = _published_fact_check(session, sample_text, reviewer, editor)
    result = runner.invoke(args=["export", "--format", "csv"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout_bytes.decode("utf-8-sig"))))
    assert len(rows) == 1
    assert "نفت السلطات العراقية" in rows[0]["claim"]
    assert rows[0]["rating"] == "خاطئ"
    assert str(claim.id) in json.dumps(rows[0])


def test_export_claimreview(runner, session, sample_text, reviewer, editor, tmp_path):
    claim = _published_fact_check(session, sample_text, reviewer, editor)
    result = runner.invoke(args=["export", "--format", "claimreview"])
    assert result.exit_code == 0, result.output
    reviews = json.loads(result.stdout_bytes)["@graph"]
    assert len(reviews) == 1
    assert reviews[0]["@type"] == "ClaimReview"
    assert reviews[0]["reviewRating"]["ratingValue"] == 1
    assert reviews[0]["url"].endswith(f"/fact-checks/{claim.id}")

    out = tmp_path / "reviews.jsonld"
    result = runner.invoke(args=["export", "--format", "claimreview", "--output", str(out)])
    assert result.exit_code == 0, result.output
    assert json.loads(out.read_bytes())["@graph"][0]["@type"] == "ClaimReview"


def test_export_leaves_out_unpublished_claims(runner, session, sample_text, reviewer):
    take_in(session, ArticleDraft(title="Sample", body=sample_text), reviewer)
    result = runner.invoke(args=["export", "--format", "claimreview"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout_bytes)["@graph"] == []


# --- setup ------------------------------------------------------------------------------------------

def test_setup_loads_samples_and_creates_one_admin(runner, session):
    first = runner.invoke(args=["setup"])
    assert first.exit_code == 0, first.output
    assert first.output.count("First admin created.") == 1
    assert "2 imported, 0 skipped as duplicate, 0 refused" in first.output
    assert len(_articles(session)) == 2
    admins = [u for u in _users(session) if u.role == Role.ADMIN]
    assert len(admins) == 1
    password = first.output.split("with password ", 1)[1].split()[0]
    assert check_password_hash(admins[0].password_hash, password)
    assert password not in admins[0].password_hash

    second = runner.invoke(args=["setup"])
    assert second.exit_code == 0, second.output
    assert "First admin created." not in second.output
    assert "imported" not in second.output  # samples are loaded into an empty database only
    assert [u.id for u in _users(session) if u.role == Role.ADMIN] == [admins[0].id]
    assert len(_articles(session)) == 2


def test_setup_keeps_an_existing_admin(runner, session, make_user):
    make_user("admin", "boss")
    result = runner.invoke(args=["setup"])
    assert result.exit_code == 0, result.output
    assert "First admin created." not in result.output
    assert [u.username for u in _users(session) if u.role == Role.ADMIN] == ["boss"]
