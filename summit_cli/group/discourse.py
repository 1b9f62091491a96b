"""What a reader carries from one sentence to the next: who the subject was, the scene,
whose words are being quoted, and the people the article has already placed.

One object with a small interface instead of loop variables, so that the classifier's
rules read "the pronoun takes the antecedent" rather than juggling counters.
"""

from __future__ import annotations

SCENE_SPAN = 3  # sentences for which a scene ("In Moscow, ...") places the private people in it
SUBJECT_SPAN = 1  # sentences naming nobody after which "he" still stands for the last subject


class Discourse:
    def __init__(self) -> None:
        self.antecedent: str | None = None  # the actor a "he"/"she"/"they" stands for
        self.antecedent_private = False  # and whether it stands for an ordinary person
        self.scene: str | None = None  # the actor whose place the last "In Kyiv, ..." set
        self.speaker: str | None = None  # the actor of the last quote, for a quote that continues
        self.known: dict[str, str] = {}  # names the article has placed ("X, a Ukrainian lawmaker")
        self.private: set[str] = set()  # names of ordinary people ("Olga, 62, a pensioner")
        self._scene_age = 0
        self._idle = 0

    def set_scene(self, actor: str | None) -> None:
        """A sentence opening on a place sets the scene; without one it fades after SCENE_SPAN."""
        if actor is not None:
            self.scene, self._scene_age = actor, 0
            return
        if self._scene_age >= SCENE_SPAN:
            self.scene = None
        self._scene_age += 1

    def learn(self, name: str, actor: str | None, private: bool) -> None:
        if actor is not None:
            self.known.setdefault(name, actor)
        if private:
            self.private.add(name)

    def is_private(self, speaker: str | None) -> bool:
        return speaker is not None and any(w in self.private for w in speaker.split())

    def close_sentence(self, subject: str | None, named_anyone: bool, private: bool = False) -> None:
        """A sentence that names nobody ("The talks lasted five hours.") leaves the subject as it
        was for SUBJECT_SPAN sentences; "he" after more of them is anybody's guess. `private`:
        the subject is an ordinary person, so "she hoped" after it is a wish, not a party's aim."""
        if named_anyone:
            self.antecedent, self.antecedent_private, self._idle = subject, private, 0
            return
        self._idle += 1
        if self._idle > SUBJECT_SPAN:
            self.antecedent, self.antecedent_private = None, False
