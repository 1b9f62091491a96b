"""Lead-N: earlier sentences score higher."""

from __future__ import annotations


def rank(doc, name="lead"):
    from . import Ranking

    n = len(doc.sentences)
    return Ranking([1.0 - i / n for i in range(n)])
