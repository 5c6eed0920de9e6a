"""checker/fetch is a pure room: no Flask, no database (fold into tests/test_layout.py once main has the room)."""
from __future__ import annotations

import ast
from pathlib import Path

FETCH = Path(__file__).resolve().parents[2] / "checker" / "fetch"
FORBIDDEN = {"flask", "flask_babel", "flask_login", "flask_wtf", "flask_htmx", "wtforms",
             "sqlmodel", "sqlalchemy", "alembic", "psycopg"}


def test_fetch_room_imports_no_flask_and_no_database():
    offenders = {}
    for path in sorted(FETCH.rglob("*.py")):
        names = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module.split(".")[0])
        if names & FORBIDDEN:
            offenders[path.name] = names & FORBIDDEN
    assert offenders == {}
