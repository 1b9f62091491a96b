#!/usr/bin/env python3
"""Fit the default taxonomy's key-point model on hand-labelled articles; report held-out figures.

    python benchmarks/fit_keypoints.py SET [SET ...] [--test SET ...] [--write]
        [--split dev|blind] [--test-split dev|blind] [--prior [MODEL_JSON]] [--threshold T]

Each SET is a folder of an evaluation set (manifest.jsonl, texts/<id>.txt, labels/<id>.json;
see evalsets/README.md) or tests/gold (the project's own gold files). Every labelled
article of the SETs is used, whatever its split: the sets given are the ones the model may
learn from. The model is one logistic regression per category (L2, fitted with scipy)
over group/learned.py's features; a sentence labelled "allowed" in a category is left out
of that category's fit (the scorer counts it neither way).

The regularisation and the decision threshold are chosen by 5-fold cross-validation over
the training articles, on the mean key-point macro-F1 the scorer of
benchmarks/realset_eval.py computes. The folds hold whole sets out (by article with fewer
than five sets): a set is one labeller's reading of one round, like the next set to come.
--split learns from one half of each set only, --test-split scores one half of the --test
sets (learn from the dev halves, score the blind ones). --prior pulls each weight toward the
shipped model's (--prior FILE: that model file's) instead of toward zero, so that what it
learned from articles no longer at hand stays where the new ones say nothing against it. Its
cross-validated figure flatters it when the prior was fitted on the same articles (the held-out
sets are then not new to it): judge a prior-pulled fit on sets neither model saw.
--language LANG (with --prior, on sets of that language) refits only that language's own
features, its cues' and its word stems', and keeps every other weight and the threshold of the
prior: the other languages' briefs stay as they were.
--threshold fixes the decision threshold; the penalties are still chosen by cross-validation. --test SETs are then scored once with the chosen model, beside the rules' thresholds. A
category whose cross-validated F1 the model does not raise above the rules' own is saved
as null: its threshold decides. --write saves the model as summit_cli/taxonomies/summit/model.json (the
taxonomy's companion folder).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

import numpy as np
from scipy import optimize, sparse

ROOT = Path(__file__).resolve().parent.parent
# The rules whose evidence the model learns from are this checkout's, as the model file it writes
# is: run from a worktree, a script would otherwise import whichever summit_cli is installed.
sys.path.insert(0, str(ROOT))

import manifest  # noqa: E402
from summit_cli import ingest, quotes  # noqa: E402
from summit_cli.gold import keypoint_f1  # noqa: E402
from summit_cli.group import classify, learned, subject, taxonomy as taxonomy_mod  # noqa: E402
from summit_cli.pipeline import language_of, sentences_of  # noqa: E402

OUT = ROOT / "summit_cli" / "taxonomies" / "summit" / "model.json"
# Both grids reach past the last choices made on them (l2 0.3, threshold 0.4 sat on their edges).
L2 = (0.1, 0.3, 1.0, 3.0, 10.0, 30.0, 100.0, 300.0)
THRESHOLDS = (0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7)
WORDS = (1.0, 3.0, 10.0)
MIN_COUNT = 2  # a feature seen in fewer training sentences gets no weight


def labelled(folder: Path, split: str | None = None):
    if (folder / "manifest.jsonl").exists():
        for row in manifest.rows(folder, split):
            lab = folder / "labels" / f"{row['id']}.json"
            if lab.exists():
                yield folder / "texts" / f"{row['id']}.txt", json.loads(lab.read_text(encoding="utf-8"))
    else:
        for lab in sorted(folder.glob("*.keypoints.json")):
            gold = json.loads(lab.read_text(encoding="utf-8"))
            yield ROOT / gold["document"], gold


def load(folders: list[str], split: str | None = None) -> list[dict]:
    base = taxonomy_mod.load(None)
    out = []
    for folder in folders:
        for path, gold in labelled(Path(folder), split):
            if sorted(gold["categories"]) != sorted(base.ids()):
                continue  # labelled for another taxonomy
            article = ingest.read(str(path))
            language = language_of(article, None)
            tax = base.for_language(language)
            sents = sentences_of(article, language)
            found = quotes.find(sents, language, classify.actors_of(tax, language))
            ev = classify.evidence_of(sents, tax, language, found)
            thresholds = tuple(c.threshold for c in tax.categories)
            feats = [learned.features(ev, i, s.text, language, thresholds) for i, s in enumerate(sents)]
            labels = []
            for s in sents:
                hits = [g for g in gold["sentences"] if g["match"] in s.text]
                labels.append(({c for g in hits for c in g["required"]}, {c for g in hits for c in g["allowed"]}))
            out.append(
                dict(
                    set=Path(folder).name,
                    language=language,
                    sents=sents,
                    ev=ev,
                    feats=feats,
                    labels=labels,
                    gold=gold,
                    on=subject.about(sents, tax, language),
                    thresholds=thresholds,
                    ids=tax.ids(),
                )
            )
    return out


def _by_language(made):
    """A model file's record of how it was made, as {"prior": ..., language: ...}: a value a
    --language refit already split keeps its entries, any other becomes the prior's."""
    return made if isinstance(made, dict) and "prior" in made else {"prior": made}


def own_features(base, language: str):
    """Whether a feature is the language's own: one of its cues (c<k>:<cue>, a counter-cue's
    with its "-") or one of its word stems (w:<xx>:<stem>)."""
    spec = base.for_language(language)
    cues = {f"c{k}:{sign}{cue}" for k, cat in enumerate(spec.categories) for cue in cat.cues for sign in ("", "-")}
    words = f"w:{language[:2]}:"
    return lambda name: name.startswith(words) or name in cues


def matrix(arts: list[dict], vocab: dict[str, int] | None = None):
    rows = [f for a in arts for f in a["feats"]]
    if vocab is None:
        count: dict[str, int] = {}
        for r in rows:
            for k in r:
                count[k] = count.get(k, 0) + 1
        vocab = {k: j for j, k in enumerate(sorted(k for k, c in count.items() if c >= MIN_COUNT))}
    data, ri, ci = [], [], []
    for n, r in enumerate(rows):
        for k, v in r.items():
            j = vocab.get(k)
            if j is not None:
                data.append(v)
                ri.append(n)
                ci.append(j)
    return sparse.csr_matrix((data, (ri, ci)), shape=(len(rows), len(vocab))), vocab


def fit(arts: list[dict], l2: float, words: float = 1.0, prior: learned.Model | None = None):
    """One logistic regression per category; `words` multiplies the penalty of the word-stem
    features (thousands, each seen in few articles) over that of the rules' few features.
    With a prior (the shipped model), the penalty pulls each weight toward the prior's, not
    toward zero: what the prior learned from articles no longer at hand stays where these
    articles say nothing against it."""
    X, vocab = matrix(arts)
    if prior is not None:
        extra = sorted({k for w in prior.weights if w for k in w} - set(vocab))
        vocab = {**vocab, **{k: len(vocab) + n for n, k in enumerate(extra)}}
        X = sparse.hstack([X, sparse.csr_matrix((X.shape[0], len(extra)))]).tocsr()
    bias = vocab["bias"]
    penal = np.array([words if name.startswith("w:") else 1.0 for name in sorted(vocab, key=vocab.__getitem__)])
    penal[bias] = 0.0
    weights = []
    for k, cat in enumerate(arts[0]["ids"]):
        b0 = np.zeros(X.shape[1])
        if prior is not None and prior.weights[k]:
            for name, v in prior.weights[k].items():
                b0[vocab[name]] = v
        y = np.array([1.0 if cat in req else 0.0 for a in arts for req, _ in a["labels"]])
        w = np.array([0.0 if cat in alw and cat not in req else 1.0 for a in arts for req, alw in a["labels"]])

        def loss(b, X=X, y=y, w=w, penal=penal, b0=b0):
            p = 1.0 / (1.0 + np.exp(-(X @ b)))
            eps = 1e-12
            d = b - b0
            value = -np.sum(w * (y * np.log(p + eps) + (1 - y) * np.log(1 - p + eps))) + l2 * np.sum(penal * d * d)
            return value, X.T @ (w * (p - y)) + 2 * l2 * penal * d

        b = optimize.minimize(loss, b0.copy(), jac=True, method="L-BFGS-B", options={"maxiter": 500}).x
        weights.append({name: float(b[j]) for name, j in vocab.items() if abs(b[j]) >= 1e-4})
    return weights


def macro(arts: list[dict], model: learned.Model | None) -> float:
    """Mean key-point macro-F1 of the articles' key points as classify.select makes them
    (model None: the thresholds)."""
    per = by_category(arts, model)
    return sum(per.values()) / len(per) if per else 0.0


def by_category(arts: list[dict], model: learned.Model | None) -> dict[str, float]:
    """Each category's mean F1 over the articles."""
    out: dict[str, float] = {}
    for a in arts:
        chosen = classify.select(
            a["sents"], a["ev"], a["language"], a["thresholds"], model, classify.default_max_points(len(a["sents"]))
        )
        brief = {
            "key_points": {
                cat: [{"text": p.text} for p in pts] if a["on"] else [] for cat, pts in zip(a["ids"], chosen)
            }
        }
        for cat, v in keypoint_f1(brief, a["gold"]).items():
            out[cat] = out.get(cat, 0.0) + v / len(arts)
    return out


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sets", nargs="+")
    ap.add_argument("--test", nargs="*", default=[])
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--split", choices=("dev", "blind"), help="learn from this half of each set only")
    ap.add_argument("--test-split", choices=("dev", "blind"), help="score only this half of the --test sets")
    ap.add_argument(
        "--prior",
        nargs="?",
        const="shipped",
        metavar="MODEL_JSON",
        help="pull the weights toward the shipped model's (or this file's), not toward zero",
    )
    ap.add_argument(
        "--language",
        help="refit only this language's cues and word stems (with --prior); keep the rest of the prior",
    )
    ap.add_argument(
        "--threshold",
        type=float,
        help="decide at this threshold (the grid's choice for the rest): where cross-validation "
        "finds several within its noise, the one that keeps another floor (the seed's)",
    )
    args = ap.parse_args(argv)
    train = load(args.sets, args.split)
    base = taxonomy_mod.load(None)
    shipped = learned.model_for(base)
    prior = None
    if args.prior:
        # a file: the model a refit started from, when the shipped file is already that refit
        prior = shipped if args.prior == "shipped" else learned.read(Path(args.prior), base.ids())
    if args.language and (prior is None or any(a["language"] != args.language for a in train)):
        ap.error("--language needs --prior and sets of that language only")
    own = own_features(base, args.language) if args.language else None

    def merged(weights):
        """The fitted weights as the model keeps them: with --language, the prior's but for the language's own."""
        if own is None:
            return list(weights)
        return [
            None
            if p is None
            else {**{k: v for k, v in p.items() if not own(k)}, **{k: v for k, v in (w or {}).items() if own(k)}}
            for p, w in zip(prior.weights, weights)
        ]

    thresholds = (prior.threshold,) if own else (args.threshold,) if args.threshold else THRESHOLDS
    print(f"training articles: {len(train)}, sentences: {sum(len(a['sents']) for a in train)}", file=sys.stderr)
    # Folds by set, not by article: a set is one labeller's reading of one round, and a fold
    # held out whole is as new to the model as the next set will be (folds by article let
    # the fit learn a labeller's habits from the other half of the same set).
    # Fewer than five sets: folds by article.
    names = sorted({a["set"] for a in train})
    random.Random(0).shuffle(names)
    if len(names) >= 5:
        folds = [[a for a in train if a["set"] in names[f::5]] for f in range(5)]
    else:
        order = list(range(len(train)))
        random.Random(0).shuffle(order)
        folds = [[train[i] for i in order[f::5]] for f in range(5)]
    best = None
    for l2 in L2:
        for words in WORDS:
            fitted = []
            for f, held in enumerate(folds):
                rest = [a for g, fold in enumerate(folds) if g != f for a in fold]
                fitted.append((held, merged(fit(rest, l2, words, prior))))
            for t in thresholds:
                cv = sum(macro(held, learned.Model(tuple(w), t)) * len(held) for held, w in fitted) / len(train)
                print(
                    f"l2 {l2:<5} words x{words:<3} threshold {t:.2f}: cross-validated macro-F1 {cv:.3f}",
                    file=sys.stderr,
                )
                if best is None or cv > best[0]:
                    best = (cv, l2, words, t, fitted)
    assert best is not None
    cv, l2, words, t, fitted = best
    rules = by_category(train, None)
    if shipped is not None:
        now = by_category(train, shipped)
        print(
            f"shipped model on these articles: {sum(now.values()) / len(now):.3f} "
            + ", ".join(f"{c} {v:.3f}" for c, v in now.items())
        )
    print(
        f"chosen: l2 {l2}, words x{words}, threshold {t}"
        f" (cross-validated {cv:.3f}; rules {sum(rules.values()) / len(rules):.3f})"
    )
    # A category the model does not improve in cross-validation keeps the rules' threshold.
    cv_model: dict[str, float] = {}
    for held, w in fitted:
        for cat, v in by_category(held, learned.Model(tuple(w), t)).items():
            cv_model[cat] = cv_model.get(cat, 0.0) + v * len(held) / len(train)
    keep = {cat: cv_model[cat] > rules[cat] or own is not None for cat in rules}
    for cat in rules:
        print(f"  {cat}: rules {rules[cat]:.3f}, model {cv_model[cat]:.3f} -> {'model' if keep[cat] else 'rules'}")
    model = learned.Model(
        tuple(w if keep[cat] else None for cat, w in zip(train[0]["ids"], merged(fit(train, l2, words, prior)))), t
    )
    for name in args.test:
        test = load([name], args.test_split)
        print(f"{name}: {len(test)} articles, rules {macro(test, None):.3f} -> model {macro(test, model):.3f}")
    if args.write:
        ids = train[0]["ids"]
        made = {"fitted_on": sorted({a["set"] for a in train}), "articles": len(train), "l2": l2, "words": words}
        if own is not None:
            # the other languages' weights are still the prior's, made as the prior was
            prior_file = OUT if args.prior == "shipped" else Path(args.prior)
            before = json.loads(prior_file.read_text(encoding="utf-8"))
            # one level: a refit of a second language adds its entry beside the first one's
            made = {key: {**_by_language(before.get(key)), args.language: value} for key, value in made.items()}
        payload = {
            **made,
            "threshold": t,
            "categories": {
                cat: {k: round(v, 4) for k, v in sorted(w.items())} if w is not None else None
                for cat, w in zip(ids, model.weights)
            },
        }
        OUT.write_text(json.dumps(payload, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
        print(f"wrote {OUT} ({OUT.stat().st_size // 1024} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
