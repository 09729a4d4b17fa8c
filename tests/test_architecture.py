"""Data flows one way: each pipeline module imports only earlier steps (plus the shared ones)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "reprint_guard"
SHARED = {"models", "config", "errors", "_hanfreq"}
ORDER = [
    "extract", "notice", "normalize", "shingle", "fingerprint", "store", "index",
    "candidates", "verify", "verdict", "api", "render", "cli",
]


def _internal_imports(module: str) -> set[str]:
    tree = ast.parse((PACKAGE / f"{module}.py").read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module:
            found.add(node.module.split(".")[0])
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("reprint_guard"):
            found.update(a.name for a in node.names) if node.module == "reprint_guard" else found.add(
                node.module.split(".")[1]
            )
    return found


@pytest.mark.parametrize("module", ORDER)
def test_module_imports_only_earlier_steps(module: str) -> None:
    allowed = SHARED | set(ORDER[: ORDER.index(module)])
    assert _internal_imports(module) <= allowed, _internal_imports(module) - allowed


def test_every_module_has_a_place() -> None:
    modules = {p.stem for p in PACKAGE.glob("*.py")} - {"__init__", "__main__"}
    assert modules <= SHARED | set(ORDER)


@pytest.mark.parametrize("module", ["extract", "notice", "normalize", "shingle", "fingerprint", "store",
                                    "index", "candidates", "verify", "verdict"])
def test_nothing_below_the_api_prints_or_reads_the_environment(module: str) -> None:
    tree = ast.parse((PACKAGE / f"{module}.py").read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            assert node.func.id != "print", f"{module} calls print()"
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            assert not (node.value.id == "os" and node.attr in {"environ", "getenv"}), f"{module} reads the environment"
