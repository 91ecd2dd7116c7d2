"""Understanding ja / nee / twijfel / nog niet bekend from free Dutch text and buttons.

Deterministic on purpose: the same text always gives the same answer, so the routing of the
afwegingskader never depends on a statistical model. Order matters: "weet ik niet" contains
"niet", so not-yet-known and doubt are checked before "nee".
"""
from __future__ import annotations

import re
from enum import Enum
from typing import Callable

from .text import correct_typos, has_phrase, normalise, tokens


class Answer(str, Enum):
    JA = "ja"
    NEE = "nee"
    TWIJFEL = "twijfel"
    NOG_NIET_BEKEND = "nog_niet_bekend"


# The NLU intents that are an answer (the forms, the steps' checks and bot/answer_eval.py read
# them alike).
INTENT_ANSWERS = {
    "affirm": Answer.JA,
    "deny": Answer.NEE,
    "twijfel": Answer.TWIJFEL,
    "nog_niet_bekend": Answer.NOG_NIET_BEKEND,
}
# Button payloads (intent names) and bare slot values.
_PAYLOADS = {**INTENT_ANSWERS, "ja": Answer.JA, "nee": Answer.NEE}

_QUESTION_WORDS = {
    "wat", "wie", "waar", "waarom", "hoe", "wanneer", "welke", "welk", "hoeveel", "waarmee",
    "waarover", "waardoor", "wat's",
}
# Verbs that open a yes/no question ("is dat acute onveiligheid?").
_QUESTION_VERBS = {
    "is", "zijn", "kan", "kun", "kunt", "mag", "moet", "moeten", "betekent", "bedoel", "bedoelt",
    "telt", "geldt", "heb", "hebben", "hoort", "valt", "klopt", "wordt", "zou", "zal",
}

_NOT_YET_KNOWN = (
    "nog niet bekend", "nog onbekend", "weet ik nog niet", "weet ik het nog niet",
    "weet het nog niet", "ik weet het nog niet", "nog niet duidelijk", "nog niet te zeggen",
    "kan ik nog niet zeggen", "kan nog niet zeggen", "valt nog niet te zeggen", "nog te vroeg",
    "te vroeg om", "moet nog blijken", "nog geen zicht", "nog geen resultaat", "hulp loopt",
    "loopt net", "loopt nog", "net begonnen", "net gestart", "pas begonnen", "pas gestart",
    "nog bezig", "nog niet afgelopen", "nog niet klaar", "nog niet ingezet", "nog niet gestart",
    "nog niet begonnen", "weten we nog niet", "weten nog niet",
)
# "nog niet" / "nog geen" anywhere ("de termijn is nog niet om", "er is nog geen evaluatie
# geweest", "het effect weten we nog niet"): the answer is not known yet, never a plain no.
# "nog steeds niet" (still not) is a no and does not match.
_NOT_YET = re.compile(r"\bnog (niet|geen)\b")
_FLEMISH = {"nie": "niet", "nieje": "niet"}
_NOT_YET_KNOWN_EXACT = {"nog niet", "nnb", "onbekend", "nog_niet_bekend", "nog niet bekend"}

_DOUBT_PHRASES = (
    "weet ik niet", "weet het niet", "weet niet", "weet ik eigenlijk niet", "ik weet het niet",
    "geen idee", "geen flauw idee", "niet zeker", "niet helemaal zeker", "niet echt zeker",
    "lastig te zeggen", "moeilijk te zeggen", "lastig", "moeilijk", "kan ik niet inschatten",
    "niet in te schatten", "lastig in te schatten", "ja en nee", "ja of nee", "ja nee misschien",
    "dat is de vraag", "weet ik veel", "ik ben er niet uit", "niet uit", "twee kanten",
    "weet ik niet goed", "kan het niet zeggen", "kan ik niet zeggen", "een beetje", "deels",
    "gedeeltelijk", "half", "min of meer", "soms", "onduidelijk", "niet duidelijk",
    "niet goed inschatten", "niet inschatten", "durf ik niet te zeggen", "durf ik niet",
    "niet te zeggen",
)
# "weet ik echt niet", "weet het eigenlijk niet": a filler word must not turn the doubt into the
# no phrase "echt niet"; "geen zicht op", "nooit gevraagd": the user does not know.
_DOUBT_PATTERN = re.compile(
    r"\bweet (ik |het |ik het |je |we )?(echt |eigenlijk |gewoon |ook |zelf |dus )?niet\b|"
    r"\bgeen zicht\b|\b(nooit|niet) (naar )?gevraagd\b|"
    # "zeker ben ik niet", "wel en niet", "n beetje wel n beetje niet": two sides.
    r"\bzeker (ben|weet) (ik|je|we) (het )?(nog )?niet\b|\bwel en niet\b|"
    r"\b(een |n )?beetje wel,? (en )?(een |n )?beetje niet\b|"
    # "moeder wel, vader niet": one yes, one no.
    r"\b\w+ wel,? (maar |en )?(de |het |haar |zijn )?\w+ niet\b"
)
_DOUBT_WORDS = {"misschien", "mogelijk", "wellicht", "onzeker", "twijfel", "twijfels", "eventueel",
                "mwah", "mwa", "tja", "hmm", "hm", "pff"}
_DOUBT_WORD = re.compile(r"^(tw[ijey]{1,3}[fv]e?l?e?[a-z]*|twijfl[a-z]*|twjifel[a-z]*)$")

_NO_PHRASES = (
    "niet echt", "helemaal niet", "zeker niet", "absoluut niet", "klopt niet", "denk het niet",
    "geen vermoeden",
    "denk ik niet", "denk van niet", "eigenlijk niet", "totaal niet", "echt niet", "niet het geval",
    "geen sprake", "is niet zo", "dat is niet zo", "lukt niet", "niet mogelijk", "gaat niet",
    "nee hoor", "zeker weten van niet", "juist niet", "liever niet", "niet nodig", "hoeft niet",
)
_NO_WORDS = {"nee", "neen", "nope", "nah", "neu", "no", "nooit", "geenszins", "neuh", "nee!"}
_NO_WORD = re.compile(r"^n+e{2,}n?$|^ne$|^neh$")

_YES_PHRASES = (
    "ja hoor", "dat klopt", "zeker weten", "denk het wel", "denk ik wel", "dat is zo", "is zo",
    "moet lukken", "gaat lukken", "gaat wel lukken", "gaat ons lukken",
    "wel degelijk", "zeker wel", "jazeker", "ja zeker", "dat lukt", "dat gaat", "is het geval",
    "is wel zo", "ik denk het", "dat denk ik",
)
_YES_WORDS = {
    "ja", "jawel", "jazeker", "jep", "jup", "yes", "yep", "klopt", "zeker", "inderdaad",
    "absoluut", "correct", "precies", "natuurlijk", "tuurlijk", "uiteraard", "affirmatief",
    "juist", "akkoord", "jaja", "waar",
}
_YES_WORD = re.compile(r"^j+a+h?$|^ja+wel$|^joa+$")
# Words that turn a sentence around: a yes phrase with one is no yes ("dat lukt ons niet"), and
# a plain sentence with one is a no (parse_answer's last resort). Also read by steps.py.
NEGATION = re.compile(r"\b(niet|geen|nooit|niks|niets|niemand|nergens)\b")

_VOCABULARY = sorted(
    {"klopt", "zeker", "inderdaad", "misschien", "absoluut", "natuurlijk", "jazeker", "twijfel",
     "helemaal", "eigenlijk", "mogelijk", "wellicht", "uiteraard", "bekend", "onbekend", "duidelijk",
     "begonnen", "gestart"}
)


def _is_question(text: str, words: list[str]) -> bool:
    if not words:
        return False
    if words[0] in _QUESTION_WORDS:
        return True
    if text.endswith("?"):
        if any(w in _QUESTION_WORDS for w in words):
            return True
        if len(words) > 1 and words[0] in _QUESTION_VERBS:
            return True
    return False


# "kan ik ...", "moet je ...": a question even without a question mark (strict reading only).
# "heb het gister ingebracht" drops its "ik": "heb" opens a question only before a person.
_QUESTION_OPENING = re.compile(
    r"^((kan|kun|kunt|mag|moet|moeten|is|zijn|zal|zou|wordt|hoort|telt|geldt) "
    r"(ik|je|jij|we|wij|u|ze|zij|hij|men|dat|het|er|de|een)|"
    r"(heb|hebben) (ik|je|jij|we|wij|u|ze|zij|hij|men))\b"
)


def looks_like_question(text: str | None) -> bool:
    """True for a question ("wat is een kind?", "kan ik dat in het dossier zetten"): never
    read as an answer."""
    raw = str(text or "").strip()
    norm = normalise(raw)
    words = correct_typos(tokens(norm), _VOCABULARY)
    return (raw.endswith("?") or _is_question(norm, words)
            or bool(_QUESTION_OPENING.match(" ".join(words))))


def parse_answer(text: str | None, allow_not_yet_known: bool = False,
                 strict: bool = False) -> Answer | None:
    """The answer in a user's message, or None when the message is not an answer.

    allow_not_yet_known: only afweging 5 knows "nog niet bekend"; elsewhere it counts as twijfel.
    strict: for a message the model read as something else (a FAQ question): only explicit
    answer words count, not a bare "niet" / "wel", and "kan ik ..." is a question.
    """
    if text is None:
        return None
    raw = str(text).strip()
    if raw.startswith("/"):
        # Button payload such as "/affirm" or "/nog_niet_bekend{...}".
        intent = re.split(r"[{\s]", raw[1:], maxsplit=1)[0].lower()
        answer = _PAYLOADS.get(intent)
        if answer is Answer.NOG_NIET_BEKEND and not allow_not_yet_known:
            return Answer.TWIJFEL
        return answer

    norm = normalise(raw)
    # "nie" is Flemish (and a typo) for "niet": "nog nie", "kan nie".
    words = [_FLEMISH.get(w, w) for w in correct_typos(tokens(norm), _VOCABULARY)]
    if not words:
        return None
    if _is_question(norm, words):
        return None
    clean = " ".join(words)
    if strict and _QUESTION_OPENING.match(clean):
        return None

    if clean in _NOT_YET_KNOWN_EXACT or has_phrase(clean, _NOT_YET_KNOWN) or _NOT_YET.search(clean):
        return Answer.NOG_NIET_BEKEND if allow_not_yet_known else Answer.TWIJFEL
    if clean == "twijfel" or has_phrase(clean, _DOUBT_PHRASES) or _DOUBT_PATTERN.search(clean):
        return Answer.TWIJFEL
    if any(w in _DOUBT_WORDS or _DOUBT_WORD.match(w) for w in words):
        return Answer.TWIJFEL
    if has_phrase(clean, _NO_PHRASES) or any(w in _NO_WORDS or _NO_WORD.match(w) for w in words):
        return Answer.NEE
    if any(w in _YES_WORDS or _YES_WORD.match(w) for w in words):
        return Answer.JA
    # "dat lukt ons niet", "dat gaat boven onze pet, echt niks": a yes phrase turned around.
    if has_phrase(clean, _YES_PHRASES) and not NEGATION.search(clean):
        return Answer.JA
    if strict:
        return None
    # Last resort for plain sentences: "dat lukt wel" / "ze willen het niet" / "hier kunnen we
    # niks mee". A negation next to a "maar" weighs two sides ("het is beter, maar ik vertrouw
    # het niet"): doubt, which leads to advice to consult, never a plain no.
    if NEGATION.search(clean):
        return Answer.TWIJFEL if "maar" in words else Answer.NEE
    if "wel" in words:
        return Answer.JA
    return None


# Words a message can open with to answer a question ("ja, ze heeft twee kinderen", "nee helaas,
# vader drinkt weer"): the rest of such a message is context, whatever the model reads in it.
_OPENING_WORDS = {"ja", "jazeker", "jawel", "jep", "jup", "yes", "yep", "klopt", "inderdaad",
                  "nee", "neen", "nope", "twijfel"}


# A message that names a path or stopping is a command, even after an answer word ("nee, ik wil
# de meldcode starten", "nee stop maar", "ja, ik heb een vraag").
_NAMES_A_PATH = re.compile(
    r"\b(meld ?code|afwegings ?kader|kind ?check|stap [1-5]|stop|stoppen|oefen\w*|opnieuw|"
    r"ik heb (nog )?(een )?(andere )?vraag(je)?)\b"
)


def _may_answer(text: str | None) -> bool:
    """Typed text that is no payload, no question and names no path (_NAMES_A_PATH)."""
    raw = str(text or "").strip()
    return bool(raw) and not raw.startswith("/") and not looks_like_question(raw) and \
        not _NAMES_A_PATH.search(normalise(raw))


def opens_with_answer(text: str | None) -> bool:
    """True when a typed message opens with an answer word, is not a question and names no path
    (_NAMES_A_PATH): it answers the question the assistant asked, even when the NLU model reads
    it as a command or, unsure, as a special route (actions/forms.py, actions/outcomes.py). What
    it answers is read from the whole text (parse_answer: "ja, maar ik twijfel" is doubt)."""
    if not _may_answer(text):
        return False
    words = tokens(normalise(str(text)))
    return bool(words) and (words[0] in _OPENING_WORDS or bool(_YES_WORD.match(words[0]))
                            or bool(_NO_WORD.match(words[0])))


# When the text itself is not clear, a confident NLU intent may still be a clear answer
# (INTENT_ANSWERS). Typed answers the model reads as affirm, deny, twijfel or
# nog_niet_bekend score >= 0.68 (mostly > 0.9); a word that means nothing here ("blauw") can
# still scrape past the fallback line (0.4) as twijfel. Below this line a form asks its question
# again, and a step's check reads the words before the intent (actions/answers.py). 0.7 since
# stop 20: that model reads "goe idee, doen we" as twijfel at 0.64; the typed-answer sets read
# 132 / 120 / 151 / 136 / 138 right with 0.7 against 133 / 121 / 151 / 135 / 138 with 0.6.
INTENT_ANSWER_CONFIDENCE = 0.7


# A command the NLU model reads at this confidence or above wins over an answer word that opens
# the message (stop 19's model read "ja, ik heb een vraag" as ask_question at 0.89; since stop 20
# that message names a path, _NAMES_A_PATH). The typed answers of the first two
# blind sets that the model read as a command (start_meldcode, start_afwegingskader) scored
# 0.51-0.74 (docs/nlu.md, "Typed answers").
SURE_COMMAND_CONFIDENCE = 0.8


def answers_over_command(text: str | None, intent_confidence: float,
                         content_answer: Callable[[str], Answer | None] | None = None) -> bool:
    """True when a message the model read as a command (or, unsure, as a special route) still
    answers the open question: the model is not sure, and the message opens with an answer word
    or answers with the question's content (`content_answer`: "ze heeft twee kinderen" read as
    start_kindcheck at 0.53, "ik maak me geen zorgen meer" as child_or_victim at 0.49) or with
    doubt ("ik twijfel nog steeds heen en weer" as start_meldcode at 0.45). Callers pass
    `content_answer` for a command, not for an unsure route: only an answer word goes over that."""
    if intent_confidence >= SURE_COMMAND_CONFIDENCE:
        return False
    if opens_with_answer(text):
        return True
    return content_answer is not None and _may_answer(text) and (
        content_answer(str(text)) is not None
        or parse_answer(text, strict=True) is Answer.TWIJFEL)


# Words that turn a content answer around ("ze willen niets", "vader weigert"): no yes then.
_CONTENT_NEGATION = re.compile(
    r"\b(niet|geen|nee|nooit|niks|niets|niemand|nergens|weiger\w*|afwijz\w*|wijzen \w* ?af)\b"
)


def content_yes(text: str | None, pattern: re.Pattern) -> Answer | None:
    """Ja when a question is answered with its content ("ze heeft 2 kids", "het is een
    patroon"): `pattern` finds the content in the normalised text. No reading for a question or
    a negation (parse_answer reads "niet" / "geen" as nee before this is asked)."""
    norm = normalise(text or "")
    if not norm or looks_like_question(text) or _CONTENT_NEGATION.search(norm):
        return None
    return Answer.JA if pattern.search(norm) else None
