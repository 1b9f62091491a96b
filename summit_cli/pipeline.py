"""The straight line from an Article to a Brief: clean, split, rank, select, group, quote."""

from __future__ import annotations

from dataclasses import dataclass

from . import display, quotes as quotes_mod, standalone
from .errors import InputError
from .group import classify, subject, taxonomy as taxonomy_mod
from .model import Article, Brief, Category, Quote, Scored, Sentence, Source, Stats
from .rank import Budget, Doc, Ranking, rank, select
from .model import Block
from .text import language as language_mod
from .text.clean import clean_blocks, is_caption, is_furniture
from .text.normalize import normalize, squash
from .text.split import split_sentences
from .text.title import without_list_marks
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
    blocks = tuple(
        Block("\n".join(line for line in b.text.split("\n") if not lang.is_furniture(line)), b.heading)
        for b in article.blocks
    )
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
    first = without_list_marks(sentences[0].text).split()  # "- ✓ The summit …": the item's words
    title = " ".join(first[:TITLE_WORDS]).rstrip(",;:") + ("…" if len(first) > TITLE_WORDS else "")
    return title if len(title) <= TITLE_CHARS else title[: TITLE_CHARS - 1].rstrip() + "…"


@dataclass(frozen=True)
class Analysis:
    """Every stage of a brief before selection: what a brief and a digest both start from."""

    article: Article
    sentences: tuple[Sentence, ...]
    scores: tuple[float, ...]  # the ranker's score of every sentence
    parts: tuple[dict[str, float], ...]
    lengths: tuple[int, ...]  # words per sentence
    budget: Budget  # the summary length the ranker was told
    key_points: tuple[tuple[Scored, ...], ...]  # parallel to taxonomy.categories; empty when off topic
    off_topic: str | None  # the note saying the article is not about the taxonomy's subject
    quotes: tuple[Quote, ...]
    title_quotes: tuple[Quote, ...]  # the headline's, when the article does not quote the words again
    found: tuple[quotes_mod.Found, ...]  # every quoted stretch, speech or not, for the layout
    taxonomy: taxonomy_mod.Taxonomy  # in the article's language
    language: str  # the article's, as given or detected


def analyse(
    article: Article, options: Options | None = None, taxonomy: taxonomy_mod.Taxonomy | None = None
) -> Analysis:
    """Clean, split, rank, group and quote one article (no summary chosen yet).

    `taxonomy`: options.taxonomy already loaded, when many articles share it (parsing
    the TOML again for each of 200 articles took a third of the time).
    """
    options = options or Options()
    language = language_of(article, options.language)
    tax = (taxonomy or taxonomy_mod.load(options.taxonomy)).for_language(language)
    sentences = sentences_of(article, language)
    if not sentences:
        raise InputError(f"{article.source_name}: no sentences found")
    lengths = tuple(len(words(s.text)) for s in sentences)
    budget = _budget(options, lengths)
    # The ranker weighs the lead by how much of the article the summary keeps.
    doc = Doc(
        tuple(s.text for s in sentences),
        tuple(s.paragraph for s in sentences),
        article.title or options.title,
        language,
        wanted=budget.expected(list(lengths)),
    )
    ranking = rank(options.algorithm, doc)
    in_headline, found = quotes_mod.find_under(article.title, sentences, language, classify.actors_of(tax, language))
    quotes = quotes_mod.extract(sentences, found, language)
    on_topic = subject.about(sentences, tax, language)
    return Analysis(
        article=article,
        sentences=tuple(sentences),
        scores=tuple(ranking.scores),
        parts=tuple(ranking.parts),
        lengths=lengths,
        budget=budget,
        key_points=classify.classify(sentences, tax, language, options.max_points, found)
        if on_topic
        else tuple(() for _ in tax.categories),
        off_topic=None if on_topic else subject.note(tax),
        quotes=quotes,
        title_quotes=quotes_mod.headline_quotes(in_headline, quotes),
        found=tuple(found),
        taxonomy=tax,
        language=language,
    )


def _budget(options: Options, lengths: tuple[int, ...]) -> Budget:
    """The summary length asked for; without one, a length that follows the article's."""
    budget = Budget(options.sentences, options.ratio, options.words)
    return budget if budget != Budget() else Budget(sentences=display.summary_length(sum(lengths)))


def build_brief(article: Article, options: Options | None = None) -> Brief:
    options = options or Options()
    a = analyse(article, options)
    sentences, tax, budget = a.sentences, a.taxonomy, a.budget
    total_words = sum(a.lengths)
    ranking = Ranking(list(a.scores), list(a.parts))
    info = standalone.describe([s.text for s in sentences], a.found, a.language)
    chosen = select(ranking, list(a.lengths), budget)
    leads: dict[int, tuple[int, ...]] = {}
    if options.algorithm != "lead":  # the baseline is the first sentences, by definition
        chosen, leads = standalone.stand_alone(chosen, a.scores, info, list(a.lengths), budget.words)
    summary = tuple(
        Scored(
            i,
            sentences[i].text,
            round(a.scores[i], 4),
            parts=tuple((k, round(v, 4)) for k, v in a.parts[i].items()) if a.parts else (),
        )
        for i in chosen
    )
    repeated = quotes_mod.repeats(a.quotes)
    quotes = tuple(q for k, q in enumerate(a.quotes) if k not in repeated)
    shown = display.plan(
        summary,
        leads,
        {k: i.speaker for k, i in enumerate(info) if i.speaker},
        sentences,
        [c.id for c in tax.categories],
        a.key_points,
        quotes,
        [(f.first, f.last) for k, f in enumerate(a.found) if k not in repeated],
        a.scores,
        total_words,
    )
    labelled = tax.labelled(a.language) if options.labels == "article" else tax
    return Brief(
        title=_title(article, options, list(sentences)),
        source=Source(article.source_name, article.sha256, article.url, article.author, article.date, article.site),
        stats=Stats(len(sentences), total_words, len(summary), round(total_words / WORDS_PER_MINUTE, 1)),
        summary=summary,
        categories=tuple(Category(c.id, c.label, c.description) for c in labelled.categories),
        key_points=a.key_points,
        quotes=quotes,
        title_quotes=a.title_quotes,
        algorithm=options.algorithm,
        taxonomy=tax.name,
        off_topic=a.off_topic,
        sentences=sentences,
        shown=shown,
        language=a.language,
        headings=language_mod.data(a.language).headings if options.labels == "article" else {},
        quote_marks=language_mod.data(a.language).quote_marks,
    )
