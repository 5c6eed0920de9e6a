"""Settings in one place: defaults, then `instance/checker.toml`, then environment variables."""
from __future__ import annotations

import os
import secrets
import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path

MAX_ARTICLE_BYTES = 1_000_000


@dataclass(frozen=True)
class Settings:
    """Everything Checker can be configured with."""

    instance_path: Path
    database_url: str
    secret_key: str
    claim_threshold: float = 0.5
    max_article_bytes: int = MAX_ARTICLE_BYTES
    organisation_name: str = "Checker"
    organisation_url: str = "http://127.0.0.1:5000/"
    # Seen-before match scores (0–100): from "suggest" up a claim shows "possibly checked before",
    # from "auto" up it is flagged as a likely duplicate. See README, "How matching works".
    match_suggest_threshold: float = 50.0
    match_auto_threshold: float = 98.0
    # Hosts, addresses or networks ("intranet.local", "10.0.0.0/8") that fetching a source may reach although they
    # are private, loopback or link-local; everything else private is refused.
    fetch_allow_hosts: tuple[str, ...] = ()
    # One-person teams: an editor may approve and publish a verdict they wrote themselves.
    allow_self_approval: bool = False
    # Intake: an article queuing more claims than this is committed first and matched afterwards, in batches
    # of `match_batch_size` claims (see checker/intake).
    match_at_import_max_claims: int = 60
    match_batch_size: int = 50
    # Served over HTTPS: session and remember-me cookies are sent only over HTTPS, and browsers are told to
    # keep to HTTPS (Strict-Transport-Security).
    session_cookie_secure: bool = False
    # How long "Remember me" keeps a browser signed in.
    remember_days: int = 14
    # Task queue (checker/tasks): empty means a SQLite queue file in the instance folder (instance/tasks.db);
    # "redis://host:6379/0" puts it on Redis so workers on several machines share it.
    task_broker_url: str = ""
    # An export job whose progress has not moved for this long is taken as dead (its worker was killed) and is
    # run again once; a second death marks it failed.
    job_stale_seconds: int = 900
    # Export files are deleted this many days after their job finished.
    export_keep_days: int = 7
    # Behind this many reverse proxies, trust their X-Forwarded-For/-Proto/-Host/-Prefix headers (0: trust none).
    proxy_fix_hops: int = 0
    # The JSON API: requests per minute one token may make (counted in the database, across workers).
    api_rate_limit: int = 120


def setting_names() -> set[str]:
    """The names of every setting an instance may configure (all fields but the instance folder)."""
    return {f.name for f in fields(Settings)} - {"instance_path"}


def _secret_key(instance_path: Path) -> str:
    """Read the instance's secret key, creating one on first start so sessions survive restarts."""
    key_file = instance_path / "secret_key"
    if key_file.exists():
        return key_file.read_text().strip()
    key = secrets.token_hex(32)
    key_file.write_text(key)
    key_file.chmod(0o600)
    return key


def load_settings(instance_path: str | Path, **overrides) -> Settings:
    """Build the settings for one instance folder; keyword overrides win (tests use them)."""
    instance = Path(instance_path)
    instance.mkdir(parents=True, exist_ok=True)
    from_file: dict = {}
    toml_path = instance / "checker.toml"
    if toml_path.exists():
        from_file = tomllib.loads(toml_path.read_text(encoding="utf-8"))
    env = os.environ
    database_url = (
        overrides.pop("database_url", None)
        or env.get("DATABASE_URL")
        or from_file.get("database_url")
        or f"sqlite:///{instance / 'checker.db'}"
    )
    secret_key = (
        overrides.pop("secret_key", None)
        or env.get("CHECKER_SECRET_KEY")
        or from_file.get("secret_key")
        or _secret_key(instance)
    )
    settings = Settings(instance_path=instance, database_url=database_url, secret_key=secret_key)
    known = setting_names() - {"database_url", "secret_key"}
    values = {k: v for k, v in from_file.items() if k in known}
    if "CHECKER_CLAIM_THRESHOLD" in env:
        values["claim_threshold"] = float(env["CHECKER_CLAIM_THRESHOLD"])
    if "CHECKER_FETCH_ALLOW_HOSTS" in env:
        values["fetch_allow_hosts"] = env["CHECKER_FETCH_ALLOW_HOSTS"].split(",")
    if "CHECKER_ALLOW_SELF_APPROVAL" in env:
        values["allow_self_approval"] = env["CHECKER_ALLOW_SELF_APPROVAL"]
    if "CHECKER_SESSION_COOKIE_SECURE" in env:
        values["session_cookie_secure"] = env["CHECKER_SESSION_COOKIE_SECURE"]
    for name in ("task_broker_url", "proxy_fix_hops", "job_stale_seconds", "export_keep_days"):
        if f"CHECKER_{name.upper()}" in env:
            values[name] = env[f"CHECKER_{name.upper()}"]
    values.update({k: v for k, v in overrides.items() if k in known})
    for name in ("proxy_fix_hops", "job_stale_seconds", "export_keep_days"):
        if name in values:
            values[name] = int(values[name])
    if "fetch_allow_hosts" in values:
        hosts = values["fetch_allow_hosts"]
        hosts = hosts.split(",") if isinstance(hosts, str) else hosts
        values["fetch_allow_hosts"] = tuple(h.strip() for h in hosts if h.strip())
    for name in ("allow_self_approval", "session_cookie_secure"):
        if name in values:
            values[name] = _truthy(values[name])
    return replace(settings, **values)


def _truthy(value: object) -> bool:
    """A yes/no setting from TOML (a boolean) or the environment ("1", "true", "yes", "on")."""
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes", "on")
    return bool(value)
