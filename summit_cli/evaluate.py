"""ROUGE of our summaries against reference summaries, several algorithms side by side.

Articles and references are paired by file name without extension
(articles/a1.txt <-> summaries/a1.txt). Scores are rouge-score's F1 for ROUGE-1,
ROUGE-2 and ROUGE-Lsum (summary-level LCS, one sentence per line), with Porter
stemming, averaged over the pairs: the usual way news summarizers are compared.
rouge-score is an optional extra (`pip install 'summit-cli[eval]'`): only people
choosing an algorithm need it, and it works offline (no data to download).
"""

from __future__ import annotations

import json
import os
import statistics
import time
from dataclasses import dataclass, field
from typing import Callable

from .errors import InputError, SummitError, UsageError

METRICS = ("rouge1", "rouge2", "rougeLsum")
HEADERS = {"rouge1": "ROUGE-1", "rouge2": "ROUGE-2", "rougeLsum": "ROUGE-Lsum"}


@dataclass(frozen=True)
class Pair:
    name: str
    article: str
    reference: str


@dataclass
class Report:
    algorithms: list[str]
    length: int | None  # fixed summary length, or None: each reference's own sentence count
    # name -> algorithm -> metric -> F1
    documents: dict[str, dict[str, dict[str, float]]] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)
    failures: list[SummitError] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)

    def mean(self, algorithm: str, metric: str) -> float:
        values = [doc[algorithm][metric] for doc in self.documents.values()]
        return statistics.fmean(values) if values else 0.0


def parse_algorithms(text: str) -> list[str]:
    from .rank import ALGORITHMS

    names = [a.strip() for a in text.split(",") if a.strip()]
    if names == ["all"]:
        return list(ALGORITHMS)
    unknown = [a for a in names if a not in ALGORITHMS]
    if unknown or not names:
        raise UsageError(
            f"unknown algorithm '{','.join(unknown) or text}' (choose from: {', '.join(ALGORITHMS)}, or all)"
        )
    return list(dict.fromkeys(names))


def _files(folder: str, what: str) -> dict[str, str]:
    if not os.path.isdir(folder):
        raise InputError(f"{folder}: {'no such folder' if not os.path.exists(folder) else 'not a folder'} ({what})")
    out = {}
    for entry in sorted(os.listdir(folder)):
        path = os.path.join(folder, entry)
        if not entry.startswith(".") and os.path.isfile(path):
            out.setdefault(os.path.splitext(entry)[0], path)
    return out


def pairs(articles_dir: str, summaries_dir: str) -> tuple[list[Pair], list[str]]:
    """Matched pairs, and one note per file that has no partner."""
    articles = _files(articles_dir, "articles")
    references = _files(summaries_dir, "reference summaries")
    matched = [Pair(name, articles[name], references[name]) for name in articles if name in references]
    notes = [
        f"{articles[n]}: no reference summary in {summaries_dir}, skipped" for n in articles if n not in references
    ]
    notes += [f"{references[n]}: no article in {articles_dir}, skipped" for n in references if n not in articles]
    if not matched:
        raise InputError(f"{articles_dir} and {summaries_dir}: no article has a reference summary of the same name")
    return matched, notes


def reference_sentences(text: str) -> list[str]:
    """The reference as sentences: one per line if it is written so, else split like articles."""
    from .text.normalize import normalize
    from .text.split import split_sentences

    out = []
    for line in normalize(text).split("\n"):
        if line.strip():
            out.extend(s for s in split_sentences(line.strip()) if any(ch.isalnum() for ch in s))
    return out


def scorer():
    try:
        from rouge_score import rouge_scorer
    except ImportError:
        raise UsageError("summit eval needs rouge-score: pip install 'summit-cli[eval]'") from None
    return rouge_scorer.RougeScorer(list(METRICS), use_stemmer=True)


def evaluate(
    articles_dir: str,
    summaries_dir: str,
    algorithms: list[str],
    sentences: int | None = None,
    language: str = "english",
    progress: Callable[[int, int], None] | None = None,
    notes: list[str] | None = None,
) -> Report:
    from . import ingest, make_brief

    rouge = scorer()
    matched, unpaired = pairs(articles_dir, summaries_dir)
    if notes is not None:
        notes.extend(unpaired)
    report = Report(algorithms, sentences, seconds={a: 0.0 for a in algorithms}, skipped=unpaired)
    for done, pair in enumerate(matched):
        if progress:
            progress(done, len(matched))
        try:
            article = ingest.read(pair.article)
            ref = reference_sentences(ingest.load_bytes(pair.reference).decode("utf-8", errors="replace"))
            if not ref:
                raise InputError(f"{pair.reference}: no sentences in the reference summary")
            n = sentences or len(ref)
            scores = {}
            for algorithm in algorithms:
                start = time.perf_counter()
                brief = make_brief(article, algorithm=algorithm, sentences=n, language=language)
                report.seconds[algorithm] += time.perf_counter() - start
                ours = "\n".join(s.text for s in brief.summary)
                result = rouge.score("\n".join(ref), ours)
                scores[algorithm] = {m: result[m].fmeasure for m in METRICS}
            report.documents[pair.name] = scores
        except InputError as exc:
            report.failures.append(exc)
    if progress:
        progress(len(matched), len(matched))
    return report


def as_table(report: Report) -> str:
    width = max(10, *map(len, report.algorithms))
    head = f"{'algorithm':<{width}} " + " ".join(f"{HEADERS[m]:>10}" for m in METRICS) + f" {'seconds':>8}"
    lines = [head]
    for a in report.algorithms:
        cells = " ".join(f"{100 * report.mean(a, m):>10.2f}" for m in METRICS)
        lines.append(f"{a:<{width}} {cells} {report.seconds[a]:>8.2f}")
    length = f"{report.length} sentences" if report.length else "each reference's sentence count"
    lines.append(f"{len(report.documents)} pairs; mean F1 x 100, stemmed; summary length: {length}")
    return "\n".join(lines) + "\n"


def as_json(report: Report) -> str:
    """Scores only (no timings), so the same corpus gives the same bytes."""
    data = {
        "schema": "summit-eval/1",
        "pairs": len(report.documents),
        "length": report.length if report.length else "reference",
        "metrics": list(METRICS),
        "algorithms": {a: {m: round(report.mean(a, m), 4) for m in METRICS} for a in report.algorithms},
        "documents": {
            name: {a: {m: round(v, 4) for m, v in scores.items()} for a, scores in algs.items()}
            for name, algs in report.documents.items()
        },
        "failures": [exc.message for exc in report.failures],
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
