"""Signal checklists per age group (step 1 of the meldcode: signalen in kaart brengen).

The user ticks fixed signals; nothing they type is kept. Each signal has a stable key (used in
button payloads, never shown) and a short Dutch label. Facts: MELDCODE.md "Signals" and the FAQ
answers signalen_0_4 / signalen_4_12 / signalen_12_18. A signal is never proof: the advice says so.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

from bot.meldcode.contacts import CONTACTS
from bot.meldcode.text import normalise


@dataclass(frozen=True)
class Signal:
    key: str
    label: str


@dataclass(frozen=True)
class AgeGroup:
    key: str  # "0-4", as in payloads
    title: str  # button title
    who: str  # "kinderen van 0 tot 4 jaar"
    person: str  # "het kind", in "de woorden van het kind"
    signals: tuple[Signal, ...]


def _signals(*pairs: tuple[str, str]) -> tuple[Signal, ...]:
    return tuple(Signal(key, label) for key, label in pairs)


GROUPS: dict[str, AgeGroup] = {
    g.key: g
    for g in (
        AgeGroup("0-4", "0 tot 4 jaar", "kinderen van 0 tot 4 jaar", "het kind", _signals(
            ("blauwe_plekken", "Blauwe plekken op vreemde plekken"),
            ("brandwonden", "Brandwonden"),
            ("slecht_groeien", "Groeit slecht"),
            ("slechte_verzorging", "Slechte verzorging of hygiëne"),
            ("vaak_ziek", "Vaak ziek"),
            ("veel_huilen", "Huilt heel veel"),
            ("bevroren", "Heel stil en waakzaam (bevroren)"),
            ("achterstand", "Achterstand in praten of bewegen"),
            ("anders_bij_ouders", "Bang of anders bij ouders"),
        )),
        AgeGroup("4-12", "4 tot 12 jaar", "kinderen van 4 tot 12 jaar", "het kind", _signals(
            ("letsel_zonder_uitleg", "Letsel zonder goede uitleg"),
            ("honger", "Heeft vaak honger"),
            ("slechte_hygiene", "Slechte hygiëne"),
            ("vaak_ziek_afwezig", "Vaak ziek of afwezig"),
            ("teruggetrokken", "Teruggetrokken of heel stil"),
            ("agressief", "Agressief gedrag"),
            ("bang_uitkleden", "Bang om zich uit te kleden"),
            ("terugval", "Valt terug in gedrag"),
            ("anders_bij_ouders", "Anders als ouders erbij zijn"),
        )),
        AgeGroup("12-18", "12 tot 18 jaar", "jongeren van 12 tot 18 jaar", "de jongere", _signals(
            ("spijbelen", "Spijbelt"),
            ("weglopen", "Loopt weg"),
            ("zelfbeschadiging", "Beschadigt zichzelf"),
            ("alcohol_drugs", "Gebruikt alcohol of drugs"),
            ("riskant_seksueel", "Riskant seksueel gedrag"),
            ("geweld_relatie", "Geweld in een relatie"),
            ("loverboy", "Dure spullen of veel oudere vriend"),
            ("somber_agressief", "Somber of agressief"),
            ("niet_naar_huis", "Wil niet naar huis"),
        )),
    )
}

# Free text: "0-4" and "0 tot 4" both normalise to "0 4" / "0 tot 4".
_GROUP_PATTERNS: dict[str, re.Pattern] = {
    "0-4": re.compile(
        r"\b(0 (tot )?4|baby s?|babys|dreumes\w*|peuter\w*|zuigeling\w*|kdv|kinderdagverblijf\w*|"
        r"creche\w*)\b"
    ),
    "4-12": re.compile(
        r"\b(4 (tot )?12|kleuter\w*|basisschool\w*|schoolkind\w*|bso|groep [1-8])\b"
    ),
    "12-18": re.compile(
        r"\b(12 (tot )?18|puber\w*|tiener\w*|jongere\w*|adolescent\w*|middelbare school\w*|"
        r"voortgezet onderwijs|vo|brugklas\w*|vmbo|havo|vwo|mbo)\b"
    ),
}

# An age in years ("negenjarige", "9 jarige", "een meisje van 9", "15 jaar oud", "van 3 tot 6
# jaar", "kinderen tussen 4 en 12") or a baby's age in months; numbers as digits or Dutch words
# up to 18. Bare "N jaar" is left out: "al 3 jaar" and "2 jaar geleden" are no ages.
_AGE_NUMBERS = {
    "nul": 0, "een": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7,
    "acht": 8, "negen": 9, "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14,
    "vijftien": 15, "zestien": 16, "zeventien": 17, "achttien": 18,
}
_N = r"(\d{1,2}|" + "|".join(sorted(_AGE_NUMBERS, key=len, reverse=True)) + r")"
_PERSON = (r"(?:kind\w*|meisje\w*|jongen\w*|leerling\w*|zoon\w*|dochter\w*|broer\w*|zus\w*|"
           r"pupil\w*|cliënt\w*|client\w*|jongere\w*|baby\w*|peuter\w*|kleuter\w*)")
_AGE_IN_YEARS = re.compile(
    rf"\b(?:{_N} ?jarigen?|{_N} jaar oud|{_PERSON} van {_N}(?! (?:maand|maanden|weken|week)\b)|"
    rf"{_N} (?:tot|t m|tot en met) {_N} jaar|"
    rf"tussen (?:de )?{_N} en {_N} jaar|{_PERSON} tussen (?:de )?{_N} en {_N})\b"
)
_AGE_IN_MONTHS = re.compile(rf"\b{_N} (maand|maanden|weken|week) oud\b|\bvan {_N} (maand|maanden|weken)\b")


def _group_of_age(years: int) -> str | None:
    if years <= 3:
        return "0-4"
    if years <= 11:
        return "4-12"
    return "12-18" if years <= 18 else None


def _ages_in_years(words: str) -> list[int]:
    ages = []
    for match in _AGE_IN_YEARS.finditer(words):
        # A range counts by its lower end ("van 4 tot 12 jaar" is the 4-12 group).
        number = next(group for group in match.groups() if group)
        ages.append(int(number) if number.isdigit() else _AGE_NUMBERS[number])
    return ages


def age_groups_in(text: str | None) -> list[str]:
    """Every age group a free text names (by a word such as "peuter", a school type or an age),
    in GROUPS order. Used by parse_group and as a feature of the FAQ topic selector
    (bot/nlu/tfidf_response_selector.py), where "signalen bij een negenjarige" must reach
    signalen_4_12."""
    words = normalise(text)
    found = {key for key, pattern in _GROUP_PATTERNS.items() if pattern.search(words)}
    found.update(filter(None, map(_group_of_age, _ages_in_years(words))))
    if _AGE_IN_MONTHS.search(words):
        found.add("0-4")
    return [key for key in GROUPS if key in found]


ASK_GROUP_TEXT = (
    "Voor welke leeftijd wil je de signalen zien? Je tikt daarna aan wat je zelf zag of hoorde."
)
UNKNOWN_GROUP_TEXT = "Die leeftijdsgroep ken ik niet. Kies een van de knoppen."
UNKNOWN_SIGNAL_TEXT = "Een van je keuzes ken ik niet. Die laat ik weg."


def groups() -> list[AgeGroup]:
    return list(GROUPS.values())


def signals(group: str) -> tuple[Signal, ...]:
    """The signals of `group` ("0-4", "4-12", "12-18"); empty for an unknown group."""
    found = GROUPS.get(group)
    return found.signals if found else ()


def parse_group(text: str | None) -> str | None:
    """The age group named in a payload value or free text; None if none or more than one."""
    if isinstance(text, str) and text.strip() in GROUPS:
        return text.strip()
    found = age_groups_in(text if isinstance(text, str) else None)
    return found[0] if len(found) == 1 else None


def known_keys(group: str, keys: Iterable[object]) -> list[str]:
    """The keys of `group` among `keys`, once each, in the list's order; the rest is dropped."""
    wanted = {k for k in keys if isinstance(k, str)}
    return [s.key for s in signals(group) if s.key in wanted]


def list_intro(group: str) -> str:
    return (
        f"Signalen bij {GROUPS[group].who}. Tik aan wat je zelf zag of hoorde. "
        "Tik nog een keer om het weg te halen. Kies daarna 'Klaar'. "
        "Een signaal is geen bewijs."
    )


def recording_advice(group: str, ticked_keys: Iterable[object]) -> str:
    """How to record the ticked signals factually, and that step 2 (overleggen) comes next."""
    veilig_thuis = CONTACTS["veilig_thuis"].number
    step_2 = (
        "Daarna volgt stap 2: overleg met een collega of je aandachtsfunctionaris. "
        f"Twijfel je? Vraag advies aan Veilig Thuis: {veilig_thuis}. "
        f"Is er nu direct gevaar? Bel {CONTACTS['112'].number}."
    )
    ticked = known_keys(group, ticked_keys)
    if not ticked:
        return (
            "Je hebt niets aangevinkt. Dat kan. Heb je toch zorgen? "
            "Schrijf dan feitelijk op wat je zag of hoorde, met de datum. " + step_2
        )
    labels = {s.key: s.label for s in signals(group)}
    listed = "\n".join(f"- {labels[key]}" for key in ticked)
    return (
        f"Je hebt aangevinkt:\n{listed}\n"
        "Schrijf dit feitelijk op in het dossier. Noteer de datum, wat je zag of hoorde en wie "
        f"erbij was. Schrijf de woorden van {GROUPS[group].person} letterlijk op. Geef geen "
        "uitleg en trek geen conclusie. Noteer ook wat tegen je zorg pleit. " + step_2
    )
