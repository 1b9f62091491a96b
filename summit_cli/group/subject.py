"""Is an article about the taxonomy's subject at all?

A taxonomy may declare what its subject looks like ([subject] words and actors). An
article where too few sentences name any of them (a football report under the summit taxonomy) gets
no key points: cue words in their everyday sense ("goal", "offer", "hope") would
otherwise fill the categories with stray points. A text shorter than twice that many
sentences is too short to judge and keeps its key points; a taxonomy without [subject]
takes every article as its own.
"""

from __future__ import annotations

from ..model import Sentence
from ..text.tokens import stemmer
from .actors import Actors
from .taxonomy import Taxonomy
from .words import Words, compile_cue, hits


def about(sentences: list[Sentence], taxonomy: Taxonomy, language: str = "english") -> bool:
    subject = taxonomy.subject
    if subject is None:
        return True
    stem = stemmer(language)
    cues = [compile_cue(w, stem) for w in subject.words]
    named = Actors({a: taxonomy.actors[a] for a in subject.actors})
    need = subject.min_sentences
    if len(sentences) < 2 * need:
        return True  # too short to judge: a few sentences on their own
    found = 0
    for s in sentences:
        w = Words(s.text, stem)
        if any(hits(c, w) for c in cues) or any(True for _ in named.finditer(s.text)):
            found += 1
            if found >= need:
                return True
    return False


def note(taxonomy: Taxonomy) -> str:
    """What the brief says, once, instead of key points."""
    what = taxonomy.subject.description if taxonomy.subject and taxonomy.subject.description else taxonomy.description
    return f"Not about {what or 'the taxonomy’s subject'}: no key points under the {taxonomy.name} taxonomy."
