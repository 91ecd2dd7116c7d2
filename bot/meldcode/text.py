"""Small text helpers shared by the parsers (normalising free Dutch input)."""
from __future__ import annotations

import difflib
import functools
import re
import unicodedata

_NON_WORD = re.compile(r"[^a-z0-9?]+")


def normalise(text: str | None) -> str:
    """Lower case, accents removed, punctuation (except '?') turned into single spaces."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKD", str(text))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = text.replace("?", " ? ")
    return " ".join(_NON_WORD.sub(" ", text).split())


def tokens(text: str) -> list[str]:
    """Words of an already normalised text, without question marks."""
    return [t for t in text.split() if t != "?"]


# Ordinary words that sit close to a vocabulary word and must never be "corrected"
# ("loopt" is not "klopt", "collega" is not "college").
COMMON_WORDS = frozenset({
    "loopt", "kloppen", "collega", "collegas", "zeggen", "zeven", "zelfde", "helemaal",
    "moeder", "kinder", "werken", "werker", "zorgen", "ouders", "ouder", "gezien", "lukken",
    "besloten", "gestopt", "bekende", "verder", "zeker",
})


@functools.lru_cache(maxsize=8)
def _words_by_length(vocabulary: frozenset) -> dict[int, tuple[str, ...]]:
    """The vocabulary's words by length, sorted: a typo is only compared with words of about its
    own length, not with the whole vocabulary. Built once per vocabulary."""
    by_length: dict[int, list[str]] = {}
    for word in sorted(vocabulary):
        by_length.setdefault(len(word), []).append(word)
    return {length: tuple(words) for length, words in by_length.items()}


def correct_typos(words: list[str], vocabulary, min_length: int = 5,
                  keep_first_letter: bool = False) -> list[str]:
    """Replace words that are close to a vocabulary word (for common typos like 'klpot').
    With keep_first_letter, only by a word that starts with the same letter (see
    correct_to_vocabulary)."""
    by_length = _words_by_length(frozenset(vocabulary))
    fixed = []
    for word in words:
        if len(word) >= min_length and word not in vocabulary and word not in COMMON_WORDS:
            candidates = [v for length in (len(word) - 1, len(word), len(word) + 1)
                          for v in by_length.get(length, ())
                          if not keep_first_letter or v[0] == word[0]]
            match = difflib.get_close_matches(word, candidates, n=1, cutoff=0.8)
            if match:
                word = match[0]
        fixed.append(word)
    return fixed


def vocabulary_of(texts, min_length: int = 4) -> frozenset[str]:
    """The normalised words of the texts that correct_typos can correct to (it corrects words
    of 5+ letters to candidates at most one letter shorter)."""
    return frozenset(word for text in texts for word in normalise(text).split()
                     if len(word) >= min_length)


# Each unknown word costs a scan of the vocabulary: 2,000 characters (the widget's limit) of
# unknown words took 1.6 s to parse, 0.33 s with this cap. Chat messages are far shorter; words
# after these stay as typed.
MAX_CORRECTED_WORDS = 50


def correct_to_vocabulary(text: str | None, vocabulary) -> str:
    """The normalised text with every unknown word of 5+ letters that is close to a known one
    with the same first letter replaced by it: "mijn vader slaaat mij" -> "mijn vader slaat
    mij". `vocabulary`: a set (all training words, thousands). Typos keep the first letter
    ("gewurgt", "direkteur", "slachtofer"); a new first letter makes another word: "tegenpartij"
    became "steekpartij" (danger now) and "duikt" "ruikt" (stop 22, docs/nlu.md)."""
    return _corrected(normalise(text), frozenset(vocabulary))


# The safety net and the linear intent model (bot/nlu/linear_intent_blend.py) learn the same
# words (all training examples) and read the same message: the cache spares the second of their
# corrections. The FAQ selector learns only its FAQ examples' words, so its correction is its
# own. The cache only needs the message in hand, so it keeps few texts in memory (and never on
# disk).
@functools.lru_cache(maxsize=16)
def _corrected(normalised: str, vocabulary: frozenset) -> str:
    words = normalised.split()
    return " ".join(correct_typos(words[:MAX_CORRECTED_WORDS], vocabulary, keep_first_letter=True)
                    + words[MAX_CORRECTED_WORDS:])


def has_phrase(text: str, phrases) -> bool:
    """True when one of the phrases occurs in text as whole words."""
    padded = f" {text} "
    return any(f" {phrase} " in padded for phrase in phrases)
