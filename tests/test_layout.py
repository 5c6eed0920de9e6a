"""The project holds itself to its own rules: rooms import only what they may."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

CHECKER = Path(__file__).resolve().parents[1] / "checker"
FLASK = {"flask", "flask_babel", "flask_login", "flask_wtf", "flask_htmx", "wtforms"}
DATABASE = {"sqlmodel", "sqlalchemy", "alembic", "psycopg"}


def imported_top_modules(path: Path) -> set[str]:
    """Top-level package names a module imports."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def imported_checker_rooms(path: Path) -> set[str]:
    """Checker rooms (checker.X) a module imports."""
    rooms: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("checker."):
            rooms.add(node.module.split(".")[1])
        elif isinstance(node, ast.Import):
            rooms |= {a.name.split(".")[1] for a in node.names if a.name.startswith("checker.")}
    return rooms


@pytest.mark.parametrize("room, forbidden", [
    ("text", FLASK | DATABASE),
    ("extract", FLASK | DATABASE),
    ("report", FLASK | DATABASE),
    ("store", FLASK),
    ("search", FLASK),
    ("config.py", FLASK | DATABASE),
])
def test_room_imports_nothing_forbidden(room, forbidden):
    paths = [CHECKER / room] if room.endswith(".py") else sorted((CHECKER / room).rglob("*.py"))
    assert paths
    offenders = {str(p.relative_to(CHECKER)): imported_top_modules(p) & forbidden for p in paths}
    assert {p: names for p, names in offenders.items() if names} == {}


@pytest.mark.parametrize("room, may_use", [
    ("text", set()),
    ("extract", {"text", "extract", "config"}),
    ("report", {"report", "text", "config"}),
    ("store", {"store", "extract", "text", "report", "config"}),
    ("search", {"search", "store", "text", "extract", "config"}),
])
def test_dependencies_point_one_way(room, may_use):
    used: set[str] = set()
    for path in (CHECKER / room).rglob("*.py"):
        used |= imported_checker_rooms(path)
    assert used - may_use - {room} == set()
