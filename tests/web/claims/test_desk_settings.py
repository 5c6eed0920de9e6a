"""The review desk's settings: fetch_allow_hosts and allow_self_approval from checker.toml and the environment,
and self-approval through the web with and without the setting."""
from __future__ import annotations

from dataclasses import replace

import pytest

from checker.config import load_settings
from checker.store.claims.tables import Claim
from tests.store.test_desk_store import _to_approval, make_claim


@pytest.mark.parametrize("toml, env, hosts, self_approval", [
    ("", {}, (), False),
    ('fetch_allow_hosts = ["127.0.0.1", "10.0.0.0/8"]\nallow_self_approval = true\n', {},
     ("127.0.0.1", "10.0.0.0/8"), True),
    ('fetch_allow_hosts = ["127.0.0.1"]\nallow_self_approval = true\n',
     {"CHECKER_FETCH_ALLOW_HOSTS": "intranet.local, 192.168.1.0/24", "CHECKER_ALLOW_SELF_APPROVAL": "no"},
     ("intranet.local", "192.168.1.0/24"), False),
    ("", {"CHECKER_ALLOW_SELF_APPROVAL": "yes"}, (), True),
])
def test_desk_settings_from_file_and_environment(tmp_path, monkeypatch, toml, env, hosts, self_approval):
    for name in ("CHECKER_FETCH_ALLOW_HOSTS", "CHECKER_ALLOW_SELF_APPROVAL"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    (tmp_path / "checker.toml").write_text(toml, encoding="utf-8")
    settings = load_settings(tmp_path, database_url="sqlite://", secret_key="x")
    assert (settings.fetch_allow_hosts, settings.allow_self_approval) == (hosts, self_approval)


def test_editor_approves_own_verdict_only_with_the_setting(app, client_as, session, editor):
    claim = make_claim(session)
    _to_approval(session, claim, editor)
    edward = client_as(editor)
    page = edward.get(f"/claims/{claim.id}").get_data(as_text=True)
    assert "Approve and publish" not in page
    edward.post(f"/claims/{claim.id}/approve", {"version": str(claim.version)})
    assert "another editor must approve it" in edward.get(f"/claims/{claim.id}").get_data(as_text=True)
    session.expire_all()
    assert session.get(Claim, claim.id).status == "awaiting_approval"
    app.config["CHECKER"] = replace(app.config["CHECKER"], allow_self_approval=True)
    assert "Approve and publish" in edward.get(f"/claims/{claim.id}").get_data(as_text=True)
    edward.post(f"/claims/{claim.id}/approve", {"version": str(claim.version)})
    session.expire_all()
    assert session.get(Claim, claim.id).status == "published"
