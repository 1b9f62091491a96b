"""What a user would write without summit: sumy LexRank, 5 sentences, offline.

This follows sumy's README recipe (PlaintextParser, Stemmer, stop words) with one
change: sumy's default Tokenizer needs NLTK's punkt data, which must be downloaded,
so a small regex tokenizer object stands in for it (sumy only calls to_sentences
and to_words). sumy's Stemmer is kept: every sumy summarizer imports
sumy.nlp.stemmers (and so all of NLTK) whatever stemmer it is given, so a lighter
stemmer would not make this script any faster.

    python benchmarks/baseline_sumy.py ARTICLE [--sentences 5]
"""

from __future__ import annotations

import argparse
import re
import sys

# A sentence ends at . ! ? (optionally followed by closing quotes/brackets) before
# whitespace and an upper-case letter, digit or opening quote; also at line breaks.
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'\u201d\u2019)\]]*\s+(?=[\"'\u201c\u2018(\[]?[A-Z0-9])|\n+")
_WORD = re.compile(r"\w+(?:['\u2019]\w+)*")


class RegexTokenizer:
    """The two calls sumy makes of a tokenizer, without NLTK's punkt."""

    language = "english"

    def to_sentences(self, paragraph):
        return tuple(s.strip() for s in _SENTENCE_END.split(paragraph) if s and s.strip())

    def to_words(self, sentence):
        return tuple(_WORD.findall(sentence))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("article")
    parser.add_argument("--sentences", type=int, default=5)
    args = parser.parse_args(argv)

    from sumy.nlp.stemmers import Stemmer
    from sumy.parsers.plaintext import PlaintextParser
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.utils import get_stop_words

    with open(args.article, encoding="utf-8") as fh:
        text = fh.read()
    document = PlaintextParser.from_string(text, RegexTokenizer()).document
    summarizer = LexRankSummarizer(Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")
    for sentence in summarizer(document, args.sentences):
        print(sentence)
    print(f"baseline_sumy: {len(document.sentences)} sentences", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
