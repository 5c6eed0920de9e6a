"""The application factory."""
from __future__ import annotations

from datetime import timedelta
import os
from pathlib import Path

from flask import Flask, redirect, request, url_for
from jinja2 import ChoiceLoader, FileSystemLoader
from werkzeug.routing import IntegerConverter, ValidationError
from werkzeug.middleware.proxy_fix import ProxyFix

from checker.config import load_settings, setting_names
from checker.report.html_report import TEMPLATES_DIR as REPORT_TEMPLATES
from checker.text.identifiers import parse_id
from checker.text.security_headers import add_security_headers

PROJECT_ROOT = Path(__file__).resolve().parents[2]


def create_app(test_config: dict | None = None) -> Flask:
    """Build the Checker web app; `test_config` overrides settings (tests pass DATABASE_URL etc.)."""
    app = Flask(
        "checker",
        instance_path=str((test_config or {}).get("INSTANCE_PATH") or os.environ.get("CHECKER_INSTANCE_PATH")
                          or PROJECT_ROOT / "instance"),
        instance_relative_config=True,
        template_folder=str(PROJECT_ROOT / "templates"),
        static_folder=str(PROJECT_ROOT / "static"),
        root_path=str(PROJECT_ROOT),
    )
    # The report room's templates (report/…) too: the public fact-check page includes its fact-check partial.
    app.jinja_loader = ChoiceLoader([app.jinja_loader, FileSystemLoader(str(REPORT_TEMPLATES))])
    overrides = {k.lower(): v for k, v in (test_config or {}).items() if k.lower() in _SETTING_KEYS}
    settings = load_settings(app.instance_path, **overrides)
    app.config.update(
        SECRET_KEY=settings.secret_key,
        CHECKER=settings,
        # A reviewer's long edit must not fail on an expired token: tokens live as long as the login.
        WTF_CSRF_TIME_LIMIT=None,
        MAX_CONTENT_LENGTH=settings.max_article_bytes * 4 + 64_000,
        # A pasted article is a form field, not a file: without this, Flask's 500 KB default for form fields
        # refuses articles well below max_article_bytes (Arabic text URL-encodes to about 3 bytes per byte).
        MAX_FORM_MEMORY_SIZE=settings.max_article_bytes * 4 + 64_000,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_SECURE=settings.session_cookie_secure,
        REMEMBER_COOKIE_DURATION=timedelta(days=settings.remember_days),
        REMEMBER_COOKIE_HTTPONLY=True,
        REMEMBER_COOKIE_SAMESITE="Lax",
        REMEMBER_COOKIE_SECURE=settings.session_cookie_secure,
        BABEL_TRANSLATION_DIRECTORIES=str(PROJECT_ROOT / "translations"),
    )
    if test_config:
        app.config.update({k: v for k, v in test_config.items() if k.lower() not in _SETTING_KEYS})
    if settings.proxy_fix_hops > 0:
        # Behind a reverse proxy: trust that many hops of X-Forwarded-For/-Proto/-Host/-Prefix, and no more.
        hops = settings.proxy_fix_hops
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=hops, x_proto=hops, x_host=hops, x_prefix=hops)
    _wire(app)
    return app


_SETTING_KEYS = setting_names()


class IdConverter(IntegerConverter):
    """`<int:…>` in a route: ASCII digits within a database id's range (Werkzeug's own takes "²" and any size)."""

    regex = "[0-9]{1,19}"

    def to_python(self, value: str) -> int:
        if (number := parse_id(value, minimum=0)) is None:
            raise ValidationError()
        return number


# Every area is a package whose blueprint, template folder and URL prefix share its name (README "Architecture");
# the exceptions are api (versioned prefix /api/v1) and health (/healthz, an ops convention without a prefix).
AREAS = ("auth", "queue", "articles", "claims", "matches", "search", "claimants", "notifications", "dashboard",
         "audit", "exports", "fact_checks", "feeds", "admin", "account", "health")


def _wire(app: Flask) -> None:
    from importlib import import_module

    from checker import cli
    from checker.web import api, db, errors, intake, webhook_dispatch
    from checker.web.extensions import babel, csrf, htmx, login_manager
    from checker.web.form_attributes import use_plain_attribute_writer
    from checker.web.form_messages import FormMessagesRequest
    from checker.web.i18n import select_locale
    from checker.web.permissions import enforce_matrix
    from checker.web.templating import init_templating

    app.url_map.converters["int"] = IdConverter  # before any blueprint's routes are built

    @app.after_request
    def security_headers(response):
        add_security_headers(response.headers, https=app.config["CHECKER"].session_cookie_secure)
        return response

    db.init_app(app)
    use_plain_attribute_writer()  # WTForms' attributes without Markup.format: same HTML, less CPU per form
    app.request_class = FormMessagesRequest  # WTForms' messages read once per process, not once per request
    csrf.init_app(app)
    htmx.init_app(app)
    babel.init_app(app, locale_selector=select_locale)
    login_manager.init_app(app)
    login_manager.login_view = "auth.login"
    import_module("checker.web.signed_in")  # its user_loader joins login_manager
    app.before_request(enforce_matrix)
    for area in AREAS:
        app.register_blueprint(import_module(f"checker.web.{area}").bp)
    # The one app-level rule: the site's root is the queue (an old "/?status=new" keeps its filters).
    app.add_url_rule("/", "home", lambda: redirect(url_for("queue.index", **request.args.to_dict(flat=False))))
    api.init_app(app)
    intake.init_app(app)
    webhook_dispatch.init_app(app)
    errors.init_app(app)
    init_templating(app)
    cli.init_app(app)
