"""Data flows one way: each step imports only earlier steps (plus the shared modules).

A step is a top-level module (``verify.py``) or a *wing*, a package whose modules have an order of
their own (``ingest/decode.py`` before ``ingest/html.py``). A module inside a wing may import
earlier wings (their ``__init__`` or their modules), the shared modules and the earlier modules of
its own wing; a wing's ``__init__`` may re-export any of its own modules. Nothing runs back up and
there are no circles.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "reprint_guard"
SHARED = ["models", "config", "errors", "_hanfreq", "textfold", "bidi", "weburl", "platforms"]
# The floors of the house, in data-flow order. Shims that keep moved names importable for one
# release (``extract``, ``index``, ``render``) sit right after what they re-export.
ORDER = [
    "ingest", "notice", "extract", "normalize", "shingle", "fingerprint", "store", "index",
    "candidates", "verify", "verdict", "upkeep", "engines", "manifest", "api", "report", "render", "cli",
]
# The modules of each wing, in their order.
WINGS = {
    "ingest": ["files", "wrappers", "decode", "tree", "channels", "meta", "html", "layout"],
    "notice": ["lettercase", "find", "contacts", "parse"],
    "store": ["base", "index", "sqlite", "redis_scripts", "redis_snapshot", "redis_watch", "redis", "replica"],
    "engines": ["base", "local", "ray"],
    "report": ["base", "machine", "terminal", "html", "writer"],
}
BELOW_API = ORDER[: ORDER.index("api")]


def _place_of_file(path: Path) -> tuple[str, str | None]:
    """``ingest/html.py`` → ("ingest", "html"); ``ingest/__init__.py`` → ("ingest", None)."""
    rel = path.relative_to(PACKAGE)
    if len(rel.parts) == 1:
        return rel.stem, None
    return rel.parts[0], (None if rel.stem == "__init__" else rel.stem)


def _files() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def _resolve(path: Path, node: ast.ImportFrom) -> list[str]:
    """Absolute dotted names a ``from … import …`` statement in ``path`` brings in."""
    package = ["reprint_guard", *path.relative_to(PACKAGE).parts[:-1]]
    if node.level:
        base = package[: len(package) - (node.level - 1)]
    else:
        base = []
    mod = [*base, *(node.module.split(".") if node.module else [])]
    if not mod or mod[0] != "reprint_guard":
        return []
    names = []
    for alias in node.names:
        sub = PACKAGE.joinpath(*mod[1:], alias.name)
        if sub.with_suffix(".py").exists() or (sub / "__init__.py").exists():
            names.append(".".join([*mod, alias.name]))  # a submodule
        else:
            names.append(".".join(mod))
    return names


def _internal_imports(path: Path) -> set[tuple[str, str | None]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[tuple[str, str | None]] = set()
    for node in ast.walk(tree):
        names: list[str] = []
        if isinstance(node, ast.ImportFrom):
            names = _resolve(path, node)
        elif isinstance(node, ast.Import):
            names = [a.name for a in node.names if a.name.startswith("reprint_guard.")]
        for name in names:
            parts = name.split(".")
            if len(parts) >= 2:
                found.add((parts[1], parts[2] if len(parts) > 2 else None))
    return found


def _allowed(src: tuple[str, str | None], dst: tuple[str, str | None]) -> bool:
    wing, module = src
    target, target_module = dst
    if target in SHARED:
        return wing not in SHARED or SHARED.index(target) != SHARED.index(wing)
    if wing in SHARED:
        return False  # shared modules sit below every step
    if target == wing:
        if target_module is None:
            return False  # a wing's modules never import their own __init__
        if module is None:
            return True  # __init__ re-exports its own modules
        floors = WINGS[wing]
        return floors.index(target_module) < floors.index(module)
    return ORDER.index(target) < ORDER.index(wing)


@pytest.mark.parametrize("path", _files(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_module_imports_only_earlier_steps(path: Path) -> None:
    src = _place_of_file(path)
    if src[0] == "__main__" or src == ("__init__", None):
        return  # the front door and ``python -m`` may import anything
    bad = {dst for dst in _internal_imports(path) if not _allowed(src, dst)}
    assert not bad, f"{path.relative_to(PACKAGE)} imports later or sideways steps: {sorted(map(str, bad))}"


def test_every_module_has_a_place() -> None:
    for path in _files():
        wing, module = _place_of_file(path)
        if wing in ("__init__", "__main__"):
            continue
        assert wing in SHARED or wing in ORDER, f"{wing} is in neither ORDER nor SHARED"
        if module is not None:
            assert module in WINGS.get(wing, []), f"{wing}/{module}.py is not listed in WINGS[{wing!r}]"


def test_the_rule_catches_a_backward_import() -> None:
    # The checker itself: these would be violations.
    assert not _allowed(("ingest", "decode"), ("ingest", "html"))
    assert not _allowed(("store", "sqlite"), ("api", None))
    assert not _allowed(("models", None), ("verify", None))
    assert not _allowed(("engines", "local"), ("engines", None))
    assert _allowed(("notice", "parse"), ("ingest", "layout"))
    assert _allowed(("store", "replica"), ("store", "base"))
    assert _allowed(("engines", None), ("engines", "local"))


@pytest.mark.parametrize(
    "path",
    [p for p in _files() if _place_of_file(p)[0] in BELOW_API],
    ids=lambda p: str(p.relative_to(PACKAGE)),
)
def test_nothing_below_the_api_prints_or_reads_the_environment(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            assert node.func.id != "print", f"{path.name} calls print()"
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            assert not (node.value.id == "os" and node.attr in {"environ", "getenv"}), f"{path.name} reads the environment"
