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


def room_files(room: str) -> list[Path]:
    """The modules of a room (a package, or `cli` whether it is a package or cli*.py modules)."""
    if room == "cli":
        return sorted([*CHECKER.glob("cli*.py"), *(CHECKER / "cli").rglob("*.py")])
    path = CHECKER / room
    return [path] if room.endswith(".py") else sorted(path.rglob("*.py"))


ROOMS = ("text", "extract", "fetch", "store", "search", "report", "intake", "webhooks", "tasks", "config.py", "web", "cli")
# report/exports.py and report/jobs.py read records from the store for render(); the formats themselves are pure.
REPORT_READERS = {"report/exports.py", "report/jobs.py"}
# What store may take from report: plain record types and the parsers/label tables of ClaimReview imports.
REPORT_FOR_STORE = {"checker.report.records", "checker.report.label_map", "checker.report.claimreview_import"}


@pytest.mark.parametrize("room", [r for r in ROOMS if r not in ("web", "cli")])
def test_only_web_and_cli_import_flask(room):
    offenders = {str(p.relative_to(CHECKER)): imported_top_modules(p) & FLASK for p in room_files(room)}
    assert {p: names for p, names in offenders.items() if names} == {}


@pytest.mark.parametrize("room", ["text", "extract", "fetch", "config.py", "report"])
def test_pure_rooms_import_no_sql(room):
    paths = [p for p in room_files(room) if str(p.relative_to(CHECKER)) not in REPORT_READERS]
    assert paths
    offenders = {str(p.relative_to(CHECKER)): imported_top_modules(p) & DATABASE for p in paths}
    assert {p: names for p, names in offenders.items() if names} == {}


@pytest.mark.parametrize("room, may_use", [
    ("text", set()),
    ("extract", {"text", "config"}),
    ("fetch", {"text", "config"}),
    ("store", {"extract", "text", "report", "config"}),
    ("search", {"store", "text", "extract", "config"}),
    ("report", {"store", "text", "config"}),
    ("intake", {"search", "store", "fetch", "text", "extract", "config"}),
    ("webhooks", {"store", "fetch", "text", "config"}),
    ("tasks", {"intake", "webhooks", "search", "report", "store", "fetch", "text", "extract", "config"}),
    ("cli", {"web", "tasks", "intake", "webhooks", "search", "report", "store", "fetch", "text", "extract", "config"}),
])
def test_dependencies_point_one_way(room, may_use):
    used: set[str] = set()
    for path in room_files(room):
        used |= imported_checker_rooms(path)
    assert used - may_use - {room} == set()


def imported_modules(path: Path) -> set[str]:
    """Full names of the checker modules a module imports from."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("checker."):
            names.add(node.module)
        elif isinstance(node, ast.Import):
            names |= {a.name for a in node.names if a.name.startswith("checker.")}
    return names


def test_store_imports_no_renderer():
    used = {name for path in room_files("store") for name in imported_modules(path) if name.startswith("checker.report")}
    assert used - REPORT_FOR_STORE == set()


def test_web_holds_no_sql():
    """Queries live in store or search and return plain records; web only calls them."""
    offenders = {}
    for path in room_files("web"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        found = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] in DATABASE:
                found |= {a.name for a in node.names} & {"select", "text", "update", "delete", "insert", "func"}
            elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                    and node.func.attr in ("exec", "execute", "query", "scalars", "scalar"):
                found.add(node.func.attr)
        if found:
            offenders[str(path.relative_to(CHECKER))] = found
    assert offenders == {}


TEMPLATES = CHECKER.parent / "templates"
# The documented exceptions (README "Architecture"): the API's prefix is versioned and it renders no templates;
# /healthz is an ops convention, registered without a prefix.
BLUEPRINT_EXCEPTIONS = {"api": "/api/v1", "health": None}


def blueprints_created() -> list[tuple[Path, str, str | None]]:
    """Every `Blueprint(name, …, url_prefix=…)` in checker/web: (module, name, prefix)."""
    found = []
    for path in room_files("web"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", "")) == "Blueprint":
                name = node.args[0].value
                prefix = next((k.value.value for k in node.keywords if k.arg == "url_prefix"), None)
                found.append((path, name, prefix))
    return found


def test_every_blueprint_is_a_package_named_like_it_with_its_templates_and_prefix():
    """Blueprint name = package = template folder = URL prefix (`_` read as `-` in the URL)."""
    found = blueprints_created()
    assert found
    wrong = {}
    for path, name, prefix in found:
        package = path.relative_to(CHECKER / "web").parts
        if len(package) < 2 or package[0] != name:
            wrong[name] = f"defined in {path.relative_to(CHECKER)}, not in the package checker/web/{name}/"
        elif name in BLUEPRINT_EXCEPTIONS:
            if prefix != BLUEPRINT_EXCEPTIONS[name]:
                wrong[name] = f"prefix {prefix!r}"
        elif prefix != "/" + name.replace("_", "-"):
            wrong[name] = f"prefix {prefix!r}, not /{name.replace('_', '-')}"
        elif not (TEMPLATES / name).is_dir():
            wrong[name] = f"no templates/{name}/ folder"
    assert wrong == {}


def test_no_top_level_web_module_creates_a_blueprint():
    assert [str(p.relative_to(CHECKER)) for p, _name, _prefix in blueprints_created() if p.parent == CHECKER / "web"] == []


def test_every_template_folder_belongs_to_a_blueprint():
    names = {name for _path, name, _prefix in blueprints_created()}
    assert {folder.name for folder in TEMPLATES.iterdir() if folder.is_dir()} - names == set()
