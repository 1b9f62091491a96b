"""LexRank, TextRank and Reduction with sumy's exact maths, on sparse matrices.

sumy builds these sentence graphs with pure-Python n x n loops (about 16 s for
LexRank on a 1,700-sentence text). Here the graph is one sparse product of the
sentence x term matrix with its transpose, so only sentence pairs that share a
term cost anything, and neither NLTK nor sumy is imported. Tokens, stems and stop
words are the ones sumy_algos gives sumy, and every formula, threshold and stopping
rule below is sumy's, so the same sentences are picked (tests/test_rank.py checks
this against sumy itself).
"""

from __future__ import annotations

import numpy as np

from ..text import tokens

LEXRANK_THRESHOLD, LEXRANK_EPSILON = 0.1, 0.1
TEXTRANK_EPSILON, TEXTRANK_DAMPING = 1e-4, 0.85


def _counts(doc):
    """Sentence x term counts (scipy CSR) and each sentence's number of terms.

    sumy's words: our tokenizer, lower-cased, stop words dropped, then stemmed.
    """
    from scipy import sparse

    stops = tokens.stop_words(doc.language)
    stem = tokens.stemmer(doc.language)
    vocab: dict[str, int] = {}
    rows, cols = [], []
    for i, sentence in enumerate(doc.sentences):
        for word in tokens.words(sentence):
            word = word.lower()
            if word not in stops:
                rows.append(i)
                cols.append(vocab.setdefault(stem(word), len(vocab)))
    n = len(doc.sentences)
    counts = sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(n, max(len(vocab), 1)))
    counts.sum_duplicates()
    return counts, np.bincount(np.asarray(rows, dtype=np.int64), minlength=n)


def _overlap_over_log_lengths(counts, lengths, single_word_pairs: float):
    """sumy's TextRank/Reduction edge: shared words / (log |s_i| + log |s_j|), sparse."""
    shared = (counts @ counts.T).tocoo()
    logs = np.log(np.maximum(lengths, 1))
    norm = logs[shared.row] + logs[shared.col]
    weight = np.where(
        np.isclose(norm, 0.0), shared.data * single_word_pairs, shared.data / np.where(norm == 0, 1, norm)
    )
    return shared.row, shared.col, weight


def lexrank(doc) -> list[float]:
    from scipy import sparse

    counts, _ = _counts(doc)
    n = counts.shape[0]
    present = counts.copy()
    present.data[:] = 1.0
    df = np.asarray(present.sum(axis=0)).ravel()
    idf = np.log(n / (1.0 + df))
    max_tf = counts.max(axis=1).toarray().ravel()
    tf = sparse.diags(1.0 / np.where(max_tf > 0, max_tf, 1.0)) @ counts
    weighted = tf @ sparse.diags(idf)
    norms = np.sqrt(np.asarray(weighted.multiply(weighted).sum(axis=1)).ravel())
    unit = sparse.diags(1.0 / np.where(norms > 0, norms, 1.0)) @ weighted
    cosine = (unit @ unit.T).tocoo()
    keep = cosine.data > LEXRANK_THRESHOLD
    rows, cols = cosine.row[keep], cosine.col[keep]
    degrees = np.maximum(np.bincount(rows, minlength=n), 1).astype(float)
    matrix = sparse.csr_matrix((1.0 / degrees[rows], (rows, cols)), shape=(n, n))
    p = np.full(n, 1.0 / n)
    change = 1.0
    while change > LEXRANK_EPSILON:
        nxt = matrix.T @ p
        nxt /= np.linalg.norm(nxt)
        change = np.linalg.norm(nxt - p)
        p = nxt
    return p.tolist()


def textrank(doc) -> list[float]:
    from scipy import sparse

    counts, lengths = _counts(doc)
    n = counts.shape[0]
    rows, cols, weight = _overlap_over_log_lengths(counts, lengths, single_word_pairs=1.0)
    weights = sparse.csr_matrix((weight, (rows, cols)), shape=(n, n))
    row_sums = np.asarray(weights.sum(axis=1)).ravel() + 1e-7
    weights = sparse.diags(TEXTRANK_DAMPING / row_sums) @ weights
    jump = (1.0 - TEXTRANK_DAMPING) / n
    p = np.full(n, 1.0 / n)
    change = 1.0
    while change > TEXTRANK_EPSILON:
        nxt = jump * p.sum() + weights.T @ p
        change = np.linalg.norm(nxt - p)
        p = nxt
    return p.tolist()


def reduction(doc) -> list[float]:
    counts, lengths = _counts(doc)
    rows, cols, weight = _overlap_over_log_lengths(counts, lengths, single_word_pairs=0.0)
    off_diagonal = rows != cols
    return np.bincount(rows[off_diagonal], weights=weight[off_diagonal], minlength=counts.shape[0]).tolist()


def rank(doc, name):
    from . import Ranking
    from . import tie_safe

    # A text of stop words only divides zero by zero: tie_safe turns that NaN into 0,
    # and numpy's warning must not reach the user's stderr on a successful run.
    with np.errstate(all="ignore"):
        scores = {"lexrank": lexrank, "textrank": textrank, "reduction": reduction}[name](doc)
    return Ranking(tie_safe(scores))
