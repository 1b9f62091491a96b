"""sumy's summarizers, offline: our tokenizer, stemmer and stop words.

LexRank, TextRank and Reduction run vectorised in graph.py; their sumy classes stay
here as the reference the tests hold graph.py to. sumy returns only the chosen sentences; its shared helper `_get_best_sentences`
sees every sentence's rating, so a subclass records them there. That gives every
sumy algorithm the same `rank(doc) -> scores` call as ours.
"""

from __future__ import annotations

import importlib
import warnings

from ..text import tokens
from . import tie_safe

_CLASSES = {
    "lexrank": ("lex_rank", "LexRankSummarizer"),
    "textrank": ("text_rank", "TextRankSummarizer"),
    "lsa": ("lsa", "LsaSummarizer"),
    "luhn": ("luhn", "LuhnSummarizer"),
    "kl": ("kl", "KLSummarizer"),
    "sumbasic": ("sum_basic", "SumBasicSummarizer"),
    "reduction": ("reduction", "ReductionSummarizer"),
    "edmundson": ("edmundson", "EdmundsonSummarizer"),
}


class Tokenizer:
    """The two calls sumy makes of a tokenizer; NLTK's punkt is never needed."""

    def __init__(self, language: str):
        self.language = language

    def to_sentences(self, paragraph: str):
        from ..text.split import split_sentences

        return split_sentences(paragraph)

    def to_words(self, sentence: str):
        return tokens.words(sentence)


def _recording(cls):
    class Recording(cls):
        ratings = None

        def _get_best_sentences(self, sentences, count, rating, *args, **kwargs):
            rate = rating.__getitem__ if isinstance(rating, dict) else rating
            self.ratings = [float(rate(s, *args, **kwargs)) for s in sentences]
            return ()

    return Recording


def rank(doc, name):
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence

    from . import Ranking

    tokenizer = Tokenizer(doc.language)
    paragraphs, current, last = [], [], None
    for text, par in zip(doc.sentences, doc.paragraphs):
        if current and par != last:
            paragraphs.append(Paragraph(current))
            current = []
        current.append(Sentence(text, tokenizer))
        last = par
    paragraphs.append(Paragraph(current))
    document = ObjectDocumentModel(paragraphs)

    module, cls_name = _CLASSES[name]
    cls = getattr(importlib.import_module(f"sumy.summarizers.{module}"), cls_name)
    summarizer = _recording(cls)(tokens.stemmer(doc.language))
    stops = tokens.stop_words(doc.language)
    if name == "edmundson":
        title_words = [w.lower() for w in tokens.words(doc.title or "")]
        summarizer.bonus_words = [w for w in title_words if w not in stops] or ["news"]
        summarizer.stigma_words = ["however", "perhaps", "maybe", "reportedly"]
        summarizer.null_words = sorted(stops)
    else:
        summarizer.stop_words = stops
    import numpy

    # An article of stop words only ("The.") gives LexRank a zero vector to normalise:
    # no warning on stderr, and a NaN score is no score (NaN is not JSON).
    with numpy.errstate(all="ignore"), warnings.catch_warnings():
        # LSA warns on stderr when an article has fewer terms than sentences; a
        # successful run is quiet.
        warnings.simplefilter("ignore")
        summarizer(document, len(doc.sentences))
    ratings = summarizer.ratings
    if ratings is None:  # sumy returns early on degenerate input
        ratings = [0.0] * len(doc.sentences)
    return Ranking(tie_safe(ratings))
