"""The shape of the package (issue 18): no import circles, and no extractor importing another.

Read from the source with `ast`, imports inside functions included (a late import is how a
circle hides), so the tests need no model and run in a blink."""
import ast
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).parent.parent / "src" / "lvextract"


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports(path: Path, name: str, known: set[str]) -> set[str]:
    """The lvextract modules `path` imports, by full name."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[:len(anchor) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            # "from . import funding" names a module; "from .events import extract" a member
            targets = [f"{base}.{alias.name}" if f"{base}.{alias.name}" in known else base for alias in node.names]
        else:
            continue
        found.update(t for t in targets if t in known and t != name)
    return found


@pytest.fixture(scope="module")
def graph() -> dict[str, set[str]]:
    paths = {_module_name(p): p for p in PACKAGE.rglob("*.py")}
    known = set(paths)
    return {name: _imports(path, name, known) for name, path in paths.items()}


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return stack[stack.index(nxt):] + [nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (found := visit(node)):
            return found
    return None


def _extractor_of(module: str, extractors: set[str]) -> str | None:
    return next((e for e in extractors if module == e or module.startswith(e + ".")), None)


def test_no_import_circle(graph):
    # A package's __init__ importing its own submodules, which import back the package, is how a
    # package is built; a circle through two different top-level modules is not.
    cycle = _cycle({m: {t for t in targets if not (m.startswith(t + ".") or t.startswith(m + "."))}
                    for m, targets in graph.items()})
    assert cycle is None, " → ".join(cycle)


def test_no_extractor_imports_another(graph):
    def source(name: str) -> str:
        base = PACKAGE.parent / Path(*name.split("."))
        path = base / "__init__.py" if base.is_dir() else base.with_suffix(".py")
        return path.read_text(encoding="utf-8")

    # An extractor is a module or package right under extractors/ with extract(doc, record).
    extractors = {name for name in graph if name.startswith("lvextract.extractors.") and name.count(".") == 2
                  and "def extract(" in source(name)}
    assert {"lvextract.extractors.events", "lvextract.extractors.deadlines", "lvextract.extractors.budgets"} <= extractors
    crossings = sorted(f"{m} → {t}" for m, targets in graph.items() if (own := _extractor_of(m, extractors))
                       for t in targets if (other := _extractor_of(t, extractors)) and other != own)
    assert not crossings


def test_the_checks_see_a_circle():
    """The cycle finder itself: a two-module circle is found, a chain is not."""
    assert _cycle({"a": {"b"}, "b": {"a"}}) == ["a", "b", "a"]
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": set()}) is None


def test_the_language_resources_stand_below_the_extractors(graph):
    """latvian/ (letters, lemmas, names, places and their data) is read by every stage and reads
    no extractor, and below extractors/ nothing but the loaders names extractors/data/."""
    assert not sorted(f"{m} → {t}" for m, targets in graph.items() if m.startswith("lvextract.latvian")
                      for t in targets if t.startswith("lvextract.extractors"))
    # A path in a string literal is a read; docs may name the folder.
    path_literal = re.compile(r"""["']extractors/data/""")
    readers = {_module_name(p) for p in PACKAGE.rglob("*.py") if not _module_name(p).startswith("lvextract.extractors")
               and path_literal.search(p.read_text(encoding="utf-8"))}
    assert readers <= {"lvextract.datafiles"}


def test_every_data_file_ships_with_the_package():
    """pyproject's package-data globs cover each file under latvian/data/, extractors/data/ and temporal/data/, so a
    plain `pip install` (not only the editable one) finds them."""
    import fnmatch
    import tomllib

    pyproject = tomllib.loads((PACKAGE.parent.parent / "pyproject.toml").read_text(encoding="utf-8"))
    globs = pyproject["tool"]["setuptools"]["package-data"]["lvextract"]
    data = [p.relative_to(PACKAGE).as_posix() for folder in ("latvian/data", "extractors/data", "temporal/data")
            for p in (PACKAGE / folder).iterdir() if p.is_file()]
    assert data
    assert [path for path in data if not any(fnmatch.fnmatch(path, g) and "/" not in path[len(g.rpartition("/")[0]) + 1:]
                                             for g in globs)] == []


def test_the_events_map_names_every_module_bottom_up(graph):
    """docs/events.md lists the events package's modules so that each imports only modules above
    it: the map a reader follows stays true as modules are added."""
    text = (PACKAGE.parent.parent / "docs" / "events.md").read_text(encoding="utf-8")
    listed = re.findall(r"^\| `(\w+)` \|", text, re.MULTILINE)
    package = "lvextract.extractors.events"
    modules = sorted(m.rpartition(".")[2] for m in graph if m.startswith(package + "."))
    assert sorted(listed) == modules  # every module once, none gone
    position = {name: i for i, name in enumerate(listed)}
    below = sorted(f"{name} imports {t.rpartition('.')[2]}, listed below it" for name in listed
                   for t in graph[f"{package}.{name}"]
                   if t.startswith(package + ".") and position[t.rpartition(".")[2]] > position[name])
    assert below == []
