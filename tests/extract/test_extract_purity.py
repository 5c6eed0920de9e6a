"""The pure rooms import neither Flask nor the database layer."""
import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2] / "checker"
FORBIDDEN = {"flask", "sqlmodel", "sqlalchemy", "flask_htmx", "flask_login", "flask_wtf", "flask_babel"}
FILES = sorted(p for room in ("text", "extract") for p in (ROOT / room).rglob("*.py"))


def _imported_roots(path: Path) -> set[str]:
    roots = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            roots.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            roots.add(node.module.split(".")[0])
    return roots


def test_rooms_have_modules():
    assert len(FILES) >= 5


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_pure_room_imports(path):
    assert not _imported_roots(path) & FORBIDDEN
