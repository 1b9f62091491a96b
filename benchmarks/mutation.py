"""Mutation testing of the core: how many one-line defects would the tests let through?

Run by hand (minutes to an hour), never in CI:

    python benchmarks/mutation.py                        # every target, 40 mutants each
    python benchmarks/mutation.py --per-module 0         # every mutant (hours)
    python benchmarks/mutation.py --only rank --json out.json
    python benchmarks/mutation.py --tests-from REF       # the same mutants against the tests of a git ref

Each mutant is one change to one module: a number (n -> 0, 0 -> 1), a comparison
(< <=, == !=, in / not in), and/or, not, + - * /, True/False, an `if` condition
negated, or one statement (`out += ...`, `out.append(...)`) removed. The package is
copied to a temporary folder, the mutant written there, and the tests that exercise
that module (TESTS below, a fast selection) run against it with PYTHONPATH pointing at
the copy. A mutant is killed when the tests fail or time out; it survives when they pass.
Mutants are sampled with a fixed seed, so two runs (before and after a change to the
tests) see the same mutants.
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "summit_cli"

# target (a module or a folder of summit_cli) -> the tests that exercise it, fastest first
TESTS = {
    "text": [
        "tests/test_split.py",
        "tests/test_clean.py",
        "tests/test_core_mutations.py",
        "tests/test_title.py",
        "tests/test_language.py",
    ],
    "rank": [
        "tests/test_rank.py",
        "tests/test_user_visible.py",
        "tests/test_core_mutations.py",
        "tests/test_quality_gate.py",
    ],
    "group": [
        "tests/test_taxonomy.py",
        "tests/test_keypoints.py",
        "tests/test_core_mutations.py",
        "tests/test_rules.py",
        "tests/test_subject.py",
        "tests/test_language.py",
    ],
    "quote_spans.py": [
        "tests/test_quotes.py",
        "tests/test_properties.py",
        "tests/test_core_mutations.py",
    ],
    "english_subjects.py": [
        "tests/test_quotes.py",
        "tests/test_rules.py",
        "tests/test_core_mutations.py",
    ],
    "antecedents.py": [
        "tests/test_quotes.py",
        "tests/test_rules.py",
        "tests/test_core_mutations.py",
    ],
    "quotes.py": [
        "tests/test_quotes.py",
        "tests/test_core_mutations.py",
        "tests/test_rules.py",
        "tests/test_language.py",
    ],
    "render": [
        "tests/test_render_html_text.py",
        "tests/test_render_docx.py",
        "tests/test_render_pdf.py",
        "tests/test_user_visible.py",
        "tests/test_core_mutations.py",
        "tests/test_digest.py",
    ],
}


@dataclass
class Mutant:
    module: str
    site: int
    line: int
    change: str
    outcome: str = ""  # killed, survived, timeout
    seconds: float = 0.0


_COMPARE_SWAP = {
    ast.Lt: ast.LtE,
    ast.LtE: ast.Lt,
    ast.Gt: ast.GtE,
    ast.GtE: ast.Gt,
    ast.Eq: ast.NotEq,
    ast.NotEq: ast.Eq,
    ast.In: ast.NotIn,
    ast.NotIn: ast.In,
    ast.Is: ast.IsNot,
    ast.IsNot: ast.Is,
}
_BINOP_SWAP = {
    ast.Add: ast.Sub,
    ast.Sub: ast.Add,
    ast.Mult: ast.Div,
    ast.Div: ast.Mult,
    ast.FloorDiv: ast.Mult,
    ast.Pow: ast.Mult,
    ast.Mod: ast.FloorDiv,
}


def _docstring_nodes(tree: ast.AST) -> set[int]:
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                out.add(id(first))
    return out


def _annotations(tree: ast.AST) -> set[int]:
    """Nodes inside type annotations: mutating them changes nothing at run time."""
    out: set[int] = set()
    for node in ast.walk(tree):
        notes = []
        if isinstance(node, ast.AnnAssign):
            notes.append(node.annotation)
        elif isinstance(node, ast.arg) and node.annotation is not None:
            notes.append(node.annotation)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.returns is not None:
            notes.append(node.returns)
        for note in notes:
            out.update(id(n) for n in ast.walk(note))
    return out


def sites(tree: ast.AST) -> list[tuple[ast.AST, str, int]]:
    """Every place one mutation can go: (node, what changes, line)."""
    skip = _docstring_nodes(tree) | _annotations(tree)
    found = []
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        line = getattr(node, "lineno", 0)
        if isinstance(node, ast.Constant) and type(node.value) in (int, float) and not isinstance(node.value, bool):
            found.append((node, f"{node.value!r} -> {0 if node.value else 1}", line))
        elif isinstance(node, ast.Constant) and isinstance(node.value, bool):
            found.append((node, f"{node.value} -> {not node.value}", line))
        elif isinstance(node, ast.Compare) and type(node.ops[0]) in _COMPARE_SWAP:
            found.append((node, f"{type(node.ops[0]).__name__} -> {_COMPARE_SWAP[type(node.ops[0])].__name__}", line))
        elif isinstance(node, ast.BoolOp):
            found.append((node, f"{type(node.op).__name__} -> {'Or' if isinstance(node.op, ast.And) else 'And'}", line))
        elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
            found.append((node, "not x -> x", line))
        elif isinstance(node, (ast.BinOp, ast.AugAssign)) and type(node.op) in _BINOP_SWAP:
            found.append((node, f"{type(node.op).__name__} -> {_BINOP_SWAP[type(node.op)].__name__}", line))
        elif isinstance(node, ast.If):
            found.append((node, "if c -> if not c", line))
        if (
            isinstance(node, (ast.AugAssign, ast.Expr))
            and id(node) not in skip
            and not (isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant))
        ):
            found.append((node, "statement removed", line))
    return found


class _Apply(ast.NodeTransformer):
    def __init__(self, target: ast.AST, change: str):
        self.target, self.change = target, change

    def visit(self, node):
        if node is not self.target:
            return self.generic_visit(node)
        if self.change == "statement removed":
            return ast.copy_location(ast.Pass(), node)
        if self.change == "if c -> if not c":
            node.test = ast.UnaryOp(ast.Not(), node.test)
        elif isinstance(node, ast.Constant):
            node.value = (not node.value) if isinstance(node.value, bool) else (0 if node.value else 1)
        elif isinstance(node, ast.Compare):
            node.ops = [_COMPARE_SWAP[type(node.ops[0])]()] + node.ops[1:]
        elif isinstance(node, ast.BoolOp):
            node.op = ast.Or() if isinstance(node.op, ast.And) else ast.And()
        elif isinstance(node, ast.UnaryOp):
            return node.operand
        elif isinstance(node, (ast.BinOp, ast.AugAssign)):
            node.op = _BINOP_SWAP[type(node.op)]()
        return node


def mutated_source(source: str, site: int) -> str:
    tree = ast.parse(source)
    node, change, _ = sites(tree)[site]
    tree = _Apply(node, change).visit(tree)
    return ast.unparse(ast.fix_missing_locations(tree))


def modules_of(target: str) -> list[Path]:
    path = PACKAGE / target
    return sorted(path.rglob("*.py")) if path.is_dir() else [path]


def _in_target(module: str, target: str) -> bool:
    return module == target or module.startswith(target + "/")


def run_tests(copy_root: Path, tests: list[str], timeout: float, tests_root: Path) -> str:
    env = {**os.environ, "PYTHONPATH": str(copy_root), "PYTHONDONTWRITEBYTECODE": "1", "CI": "true"}
    cmd = [sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider", "--no-header", *tests]
    try:
        proc = subprocess.run(cmd, cwd=tests_root, env=env, capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return "timeout"
    return "survived" if proc.returncode == 0 else "killed"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", action="append", choices=sorted(TESTS), help="targets (default: all)")
    parser.add_argument("--per-module", type=int, default=40, help="mutants sampled per target (0: all)")
    parser.add_argument("--seed", type=int, default=17)
    parser.add_argument("--tests-from", metavar="REF", help="use the tests of this git ref (e.g. main)")
    parser.add_argument("--json", type=Path, help="write every mutant and its outcome here")
    parser.add_argument(
        "--rerun",
        type=Path,
        metavar="JSON",
        help="only the mutants that survived in an earlier --json (with a superset of its tests, the others stay killed)",
    )
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="summit-mutation-") as tmp:
        tmp_path = Path(tmp)
        copy_root = tmp_path / "src"
        shutil.copytree(PACKAGE, copy_root / "summit_cli", ignore=shutil.ignore_patterns("__pycache__"))
        # The tests run from a copy, never from the checkout: `python -m` puts the working
        # folder first on sys.path, where the unmutated summit_cli would shadow the mutant.
        tests_root = tmp_path / "tree"
        tests_root.mkdir()
        if args.tests_from:
            archive = subprocess.run(
                ["git", "-C", str(ROOT), "archive", args.tests_from, "tests", "seeds", "fixtures"],
                capture_output=True,
                check=True,
            ).stdout
            subprocess.run(["tar", "-x", "-C", str(tests_root)], input=archive, check=True)
        else:
            for part in ("tests", "seeds", "fixtures"):
                shutil.copytree(ROOT / part, tests_root / part, ignore=shutil.ignore_patterns("__pycache__"))

        results: list[Mutant] = []
        for target in args.only or sorted(TESTS):
            tests = [t for t in TESTS[target] if (tests_root / t).exists()]
            started = time.monotonic()
            if run_tests(copy_root, tests, 900, tests_root) != "survived":
                print(f"{target}: the tests fail without any mutant; skipped", file=sys.stderr)
                continue
            timeout = max(30.0, 3 * (time.monotonic() - started))
            candidates = []
            for path in modules_of(target):
                rel = path.relative_to(PACKAGE)
                count = len(sites(ast.parse(path.read_text(encoding="utf-8"))))
                candidates += [(rel, i) for i in range(count)]
            if args.rerun:
                earlier = json.loads(args.rerun.read_text(encoding="utf-8"))
                alive = {(m["module"], m["site"]) for m in earlier if m["outcome"] == "survived"}
                ran = {(m["module"], m["site"]) for m in earlier}
                results += [
                    Mutant(m["module"], m["site"], m["line"], m["change"], m["outcome"], m["seconds"])
                    for m in earlier
                    if m["outcome"] != "survived" and _in_target(m["module"], target)
                ]
                candidates = [(rel, i) for rel, i in candidates if (str(rel), i) in alive]
                print(
                    f"{target}: {len(candidates)} survivors of {len([k for k in ran if _in_target(k[0], target)])}"
                    " earlier mutants rerun",
                    file=sys.stderr,
                )
            rng = random.Random(f"{args.seed}:{target}")
            chosen = (
                sorted(rng.sample(candidates, min(len(candidates), args.per_module)))
                if args.per_module and not args.rerun
                else candidates
            )
            print(f"{target}: {len(chosen)} of {len(candidates)} mutants; tests: {' '.join(tests)}", file=sys.stderr)
            for rel, site in chosen:
                original = (PACKAGE / rel).read_text(encoding="utf-8")
                _, change, line = sites(ast.parse(original))[site]
                mutant = Mutant(str(rel), site, line, change)
                dest = copy_root / "summit_cli" / rel
                try:
                    dest.write_text(mutated_source(original, site), encoding="utf-8")
                    t0 = time.monotonic()
                    mutant.outcome = run_tests(copy_root, tests, timeout, tests_root)
                    mutant.seconds = round(time.monotonic() - t0, 1)
                finally:
                    dest.write_text(original, encoding="utf-8")
                results.append(mutant)
                print(f"  {mutant.outcome:8} {rel}:{line} {change}", file=sys.stderr)

    by_target: dict[str, list[Mutant]] = {}
    for m in results:
        by_target.setdefault(m.module.split("/")[0] if "/" in m.module else m.module, []).append(m)
    print(f"{'target':12} {'mutants':>8} {'survived':>9} {'rate':>6}")
    for target, ms in sorted(by_target.items()):
        alive = sum(m.outcome == "survived" for m in ms)
        print(f"{target:12} {len(ms):8} {alive:9} {alive / len(ms):6.0%}")
    alive = sum(m.outcome == "survived" for m in results)
    if results:
        print(f"{'all':12} {len(results):8} {alive:9} {alive / len(results):6.0%}")
    if args.json:
        args.json.write_text(json.dumps([asdict(m) for m in results], indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
