"""`flask backup PATH` and `flask restore PATH`: a round trip keeps claims, sources, evidence files, verdicts and
history; a second backup into a used folder and a restore from a folder that is no backup are refused."""
from __future__ import annotations

from pathlib import Path

from sqlalchemy import func
from sqlmodel import select

from checker.store.audit import Event
from checker.store.claims.tables import Claim
from checker.store.db import new_session
from checker.store.sources.evidence import check_attachment, write_attachment
from checker.store.sources.tables import Source
from checker.store.verdicts.tables import Verdict
from tests.report.report_factory import CLAIM_EN, publish

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def _snapshot(app) -> dict:
    with new_session(app.extensions["checker_engine"]) as session:
        counts = {table.__name__: session.exec(select(func.count()).select_from(table)).one()
                  for table in (Claim, Source, Verdict, Event)}
        texts = sorted(session.exec(select(Claim.original_text)).all())
        files = sorted(session.exec(select(Source.attachment_path).where(Source.attachment_path != "")).all())
    folder = Path(app.instance_path) / "attachments"
    return {"counts": counts, "texts": texts, "files": {name: (folder / name).exists() and (folder / name).read_bytes() for name in files}}


def test_backup_and_restore_round_trip(app, session, reviewer, editor, client_as, tmp_path):
    claim = publish(session, reviewer, editor)
    attachment = check_attachment(PDF)
    write_attachment(Path(app.instance_path) / "attachments", attachment)
    name, mime = attachment.name, attachment.mime
    session.add(Source(claim_id=claim.id, url="https://example.org/report.pdf", attachment_path=name,
                       attachment_type=mime, added_by_id=reviewer.id))
    session.commit()
    before = _snapshot(app)
    assert before["counts"]["Verdict"] == 1 and before["counts"]["Event"] > 0 and before["files"] == {name: PDF}
    runner = app.test_cli_runner()
    result = runner.invoke(args=["backup", str(tmp_path / "copy")])
    assert result.exit_code == 0, result.output
    assert "1 files" in result.output

    publish(session, reviewer, editor, text=CLAIM_EN, language="en")  # work done after the backup …
    (Path(app.instance_path) / "attachments" / name).unlink()  # … and a lost evidence file
    session.close()
    changed = _snapshot(app)
    assert changed["counts"]["Claim"] == 2 and changed["files"] == {name: False}
    refused = runner.invoke(args=["backup", str(tmp_path / "copy")])
    assert refused.exit_code == 1 and "not empty" in refused.output

    result = runner.invoke(args=["restore", "--yes", str(tmp_path / "copy")])
    assert result.exit_code == 0, result.output
    assert _snapshot(app) == before
    source = new_session(app.extensions["checker_engine"]).exec(select(Source).where(Source.attachment_path == name)).one()
    download = client_as(reviewer).get(f"/claims/{claim.id}/sources/{source.id}/file")
    assert download.status_code == 200 and download.data == PDF


def test_restore_refuses_a_folder_that_is_no_backup(app, tmp_path):
    (tmp_path / "junk").mkdir()
    result = app.test_cli_runner().invoke(args=["restore", "--yes", str(tmp_path / "junk")])
    assert result.exit_code == 1 and "is not a Checker backup" in result.output and "Traceback" not in result.output
