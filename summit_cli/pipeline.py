"""The straight line from an Article to a Brief: clean, split, rank, select, group, quote."""
from __future__ import annotations

from dataclasses import dataclass

from . import quotes as quotes_mod
from .errors import InputError
from .group import classify, taxonomy as taxonomy_mod
from .model import Article, Brief, Category, Scored, Sentence, Source, Stats
from .rank import Budget, Doc, rank, select
from .model import Block
from .text import language as language_mod
from .text.clean import clean_blocks, is_caption, is_furniture
from .text.normalize import normalize, squash
from .text.split import split_sentences
from .text.tokens import words

WORDS_PER_MINUTE = 230
TITLE_WORDS = 12
TITLE_CHARS = 120  # a 200,000-letter "word" is no title


@dataclass(frozen=True)
class Options:
    sentences: int | None = None
    ratio: float | None = None
    words: int | None = None
    algorithm: str = "default"
    taxonomy: str | None = None
    title: str | None = None
    language: str = language_mod.AUTO  # "auto": detected from the article
    max_points: int | None = None  # None: classify.default_max_points (grows with the article)
    labels: str = "english"  # category labels and headings: "english", or "article" (its language)


def sentences_of(article: Article, language: str = "english") -> list[Sentence]:
    lang = language_mod.data(language)
    # The language's furniture lines ("Читайте також", "Фото: ...") go before cleaning,
    # so that they neither become headings nor glue onto prose.
    blocks = tuple(Block("\n".join(line for line in b.text.split("\n") if not lang.is_furniture(line)), b.heading)
                   for b in article.blocks)
    paragraphs, _ = clean_blocks(tuple(b for b in blocks if b.text.strip()))
    out: list[Sentence] = []
    for p, para in enumerate(paragraphs):
        for text in split_sentences(para.text, lang.abbreviations):
            # A furniture line or caption can hide at the end of a paragraph when an
            # archive joined lines with " . "; a sentence is the unit that shows it.
            if not (is_furniture(text) or is_caption(text) or lang.is_furniture(text)):
                out.append(Sentence(len(out), text, p, para.section))
    return out


def language_of(article: Article, option: str | None) -> str:
    return language_mod.resolve(option, "\n".join(b.text for b in article.blocks[:200]))


def _title(article: Article, options: Options, sentences: list[Sentence]) -> str:
    given = squash(normalize(options.title or ""))  # as hostile as the article: same cleanup
    if given:
        return given
    if article.title:
        return article.title
    first = sentences[0].text.split()
    title = " ".join(first[:TITLE_WORDS]).rstrip(",;:") + ("…" if len(first) > TITLE_WORDS else "")
    return title if len(title) <= TITLE_CHARS else title[: TITLE_CHARS - 1].rstrip() + "…"


def make_brief(article: Article, options: Options | None = None) -> Brief:
    options = options or Options()
    language = language_of(article, options.language)
    tax = taxonomy_mod.load(options.taxonomy).for_language(language)
    sentences = sentences_of(article, language)
    if not sentences:
        raise InputError(f"{article.source_name}: no sentences found")
    doc = Doc(tuple(s.text for s in sentences), tuple(s.paragraph for s in sentences),
              article.title or options.title, language)
    ranking = rank(options.algorithm, doc)
    lengths = [len(words(s.text)) for s in sentences]
    budget = Budget(options.sentences, options.ratio, options.words)
    chosen = select(ranking, lengths, budget)
    summary = tuple(
        Scored(i, sentences[i].text, round(ranking.scores[i], 4),
               parts=tuple((k, round(v, 4)) for k, v in ranking.parts[i].items()) if ranking.parts else ())
        for i in chosen
    )
    key_points = classify.classify(sentences, tax, language, options.max_points)
    shown = tax.labelled(language) if options.labels == "article" else tax
    total_words = sum(lengths)
    return Brief(
        title=_title(article, options, sentences),
        source=Source(article.source_name, article.sha256, article.url, article.author, article.date, article.site),
        stats=Stats(len(sentences), total_words, len(summary), round(total_words / WORDS_PER_MINUTE, 1)),
        summary=summary,
        categories=tuple(Category(c.id, c.label, c.description) for c in shown.categories),
        key_points=key_points,
        quotes=quotes_mod.extract(sentences, language),
        algorithm=options.algorithm,
        taxonomy=tax.name,
        sentences=tuple(sentences),
        language=language,
        headings=language_mod.data(language).headings if options.labels == "article" else {},
        quote_marks=language_mod.data(language).quote_marks,
    )
