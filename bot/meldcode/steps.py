"""The five steps of the meldcode (stappenplan), with sector notes and a check per step."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .answers import NEGATION, Answer, looks_like_question, parse_answer
from .contacts import CONTACTS
from .sectors import Sector
from .text import correct_typos, normalise


@dataclass(frozen=True)
class Step:
    number: int
    title: str


STEPS: dict[int, Step] = {
    s.number: s
    for s in (
        Step(1, "Signalen in kaart brengen"),
        Step(2, "Collegiale consultatie en zo nodig Veilig Thuis raadplegen"),
        Step(3, "Gesprek met de cliënt"),
        Step(4, "Wegen met het afwegingskader"),
        Step(5, "Beslissen: melden en hulp"),
    )
}

def lower_first(title: str) -> str:
    """'Gesprek met de cliënt' -> 'gesprek met de cliënt' (keeps 'Veilig Thuis' intact)."""
    return title[:1].lower() + title[1:]


_CHECKS = {
    1: "Heb je de signalen feitelijk vastgelegd?",
    2: "Heb je dit besproken met een collega of de aandachtsfunctionaris?",
    3: "Heb je het gesprek gevoerd, of is er een goede reden om het over te slaan?",
    4: "Zullen we het afwegingskader samen doorlopen?",
    5: "Weet je welke beslissing je neemt, en met wie?",
}

_SOLO = (
    "Werk je zonder collega's? Overleg dan met de aandachtsfunctionaris van je gastouderbureau "
    "of branchevereniging, of met Veilig Thuis."
)
_ADULT_SECTORS = (Sector.ZORG, Sector.MAATSCHAPPELIJKE_ONDERSTEUNING, Sector.JUSTITIE)


def _step1(sector: Sector | None) -> list[str]:
    kindcheck = (
        "Je werkt met volwassenen: doe de kindcheck. Zorgt je cliënt voor kinderen, en zijn die veilig?"
        if sector in _ADULT_SECTORS
        else "Werk je met volwassenen, of met jongeren die broertjes of zusjes hebben? Doe dan de kindcheck."
    )
    return [
        "Schrijf feitelijk op wat je ziet en hoort. Noteer ook wat je zorg tegenspreekt, en "
        "risicofactoren en beschermende factoren.",
        kindcheck,
        "Is er acuut gevaar? Neem dan meteen contact op met Veilig Thuis of de politie "
        f"({CONTACTS['112'].number}), nog vóór stap 2.",
        "Dossier: de signalen, feitelijk en met bron. Interpretaties noteer je apart.",
    ]


def _step2(sector: Sector | None, solo: bool) -> list[str]:
    parts = [
        "Bespreek je zorg met de aandachtsfunctionaris of een collega die er verstand van heeft. "
        "Je doet dit nooit alleen. Vraag zo nodig Veilig Thuis om advies, of bij letsel een "
        "deskundige in letselduiding. Zonder namen schend je je beroepsgeheim niet.",
    ]
    if sector is Sector.ONDERWIJS:
        parts.append("Op school is dat vaak de intern begeleider, zorgcoördinator of aandachtsfunctionaris.")
    if solo:
        parts.append(_SOLO)
    parts.append("Dossier: met wie je overlegde, wanneer, en wat jullie afspraken.")
    return parts


def _step3(sector: Sector | None) -> list[str]:
    parts = [
        "Praat met de cliënt; bij een kind met de ouders of verzorgers, en met het kind als dat "
        "kan. Noem eerst de feiten, vraag dan om een reactie en geef daarna je uitleg.",
        "Sla het gesprek alleen over als het jou, de cliënt of anderen in gevaar brengt, of als "
        "je goede redenen hebt om te denken dat de cliënt het contact verbreekt.",
    ]
    if sector is Sector.KINDEROPVANG:
        parts.append("In de kinderopvang voert meestal de leidinggevende dit gesprek, niet de pedagogisch medewerker.")
    parts.append("Dossier: het gesprek en de afspraken, of waarom je het oversloeg.")
    return parts


def _step4(sector: Sector | None) -> list[str]:
    parts = [
        "In deze stap weeg je het geweld of de mishandeling met het afwegingskader: vijf "
        "afwegingen, van je vermoeden tot het resultaat van de hulp. Twijfel je? Vraag dan "
        "altijd Veilig Thuis om advies.",
    ]
    if sector is Sector.ONDERWIJS:
        parts.append(
            "Het onderwijs heeft één afwegingskader. Bij ja of twijfel bij afweging 2 bel je "
            "Veilig Thuis direct om te melden."
        )
    parts.append("Dossier: elke afweging met je antwoord en de reden.")
    return parts


def _step5(sector: Sector | None, solo: bool) -> list[str]:
    parts = [
        "Je neemt twee beslissingen. Eén: is een melding bij Veilig Thuis nodig? Twee: is hulp "
        "bieden of organiseren (ook) mogelijk? Na een melding blijf je meestal zelf ook helpen.",
        "Beslis samen met de aandachtsfunctionaris of de persoon die jullie meldcode noemt.",
    ]
    if sector in (Sector.ONDERWIJS, Sector.KINDEROPVANG):
        parts.append("Op school en in de kinderopvang beslist meestal niet de leerkracht of pedagogisch medewerker alleen.")
    if solo:
        parts.append(_SOLO)
    parts.append("Dossier: beide beslissingen, de reden en wie meebesliste.")
    return parts


def step_check(step: int) -> str:
    """The check question before moving on from this step."""
    return _CHECKS[step]


def step_text(step: int, sector: Sector | None = None, solo: bool = False) -> str:
    """What to do in this step for this sector, what to record, and the check question."""
    if step not in STEPS:
        raise ValueError(f"unknown step {step!r}")
    body = {
        1: lambda: _step1(sector) + ([_SOLO] if solo else []),
        2: lambda: _step2(sector, solo),
        3: lambda: _step3(sector),
        4: lambda: _step4(sector),
        5: lambda: _step5(sector, solo),
    }[step]()
    header = f"Stap {step}: {lower_first(STEPS[step].title)}."
    return "\n\n".join([header, " ".join(body), step_check(step)])


# --- understanding "ik ben bij stap 4" ----------------------------------------------------------

_NUMBER_WORDS = {
    "1": 1, "een": 1, "eerste": 1, "1e": 1, "2": 2, "twee": 2, "tweede": 2, "2e": 2,
    "3": 3, "drie": 3, "derde": 3, "3e": 3, "4": 4, "vier": 4, "vierde": 4, "4e": 4,
    "5": 5, "vijf": 5, "vijfde": 5, "5e": 5, "laatste": 5,
}
_NUM = r"(1e|2e|3e|4e|5e|[1-5]|een|twee|drie|vier|vijf|eerste|tweede|derde|vierde|vijfde|laatste)"
# "stp 3" and "stapp 3" are typed as often as "stap 3".
_STEP_WORD = r"(?:stap|stp|stapp|stapje)"
_STEP_NUMBER = (
    re.compile(rf"\b{_STEP_WORD}\s*{_NUM}\b"),
    re.compile(rf"\b{_NUM}\s+stap\b"),
)
_DONE = re.compile(
    r"\b(gedaan|gehad|afgerond|klaar|achter de rug|gevoerd|geweest|voorbij|gebeurd|overlegd|"
    r"besproken|geconsulteerd|in kaart gebracht|vastgelegd|opgeschreven|genoteerd|gesproken|"
    r"gebeld|doorlopen|ingevuld|gewogen|afgewogen|geraadpleegd|gevraagd|gepraat|plaatsgevonden|"
    r"ingebracht|voorgelegd|aangekaart)\b"
)
# The single words of _DONE, for reading them through a typo ("besproke met de ib er").
_DONE_WORDS = frozenset(re.findall(r"[a-z]{5,}", _DONE.pattern)) - {"achter"}
# (step, pattern), most specific first.
_TOPICS = (
    (4, re.compile(r"\b(afwegingskader|afwegingsvragen|afweging(en)?|wegen)\b")),
    (5, re.compile(r"\b(beslissing|beslissen|besluit|besluiten|beslis)\b")),
    (2, re.compile(r"\b(collegiale consultatie|consultatie|consult|overleg|overlegd|overleggen|geconsulteerd|aandachtsfunctionaris|veilig thuis( \w+){0,3} (gebeld|geraadpleegd|om advies))\b")),
    (3, re.compile(r"\b(\w*gesprek|gesproken met de (ouders|client|cliënt|ouder|verzorgers)|"
                   r"met de (ouders|client|cliënt|ouder|verzorgers|moeder|vader) (gesproken|gepraat)|"
                   r"om tafel)\b")),
    (1, re.compile(r"\b(signalen|signaal|in kaart|kindcheck)\b")),
)


def parse_step(text: str | None) -> int | None:
    """The step the user wants to be at; a step that is done means the next one."""
    norm = normalise(text).replace(" ?", "")
    if not norm:
        return None
    done = bool(_DONE.search(norm))
    for pattern in _STEP_NUMBER:
        match = pattern.search(norm)
        if match:
            step = _NUMBER_WORDS[match.group(1)]
            return min(step + 1, 5) if done else step
    for step, pattern in _TOPICS:
        if pattern.search(norm):
            return min(step + 1, 5) if done else step
    return None


# --- a step's check answered in the user's own words ---------------------------------------------

# Step 4 asks "Zullen we het afwegingskader samen doorlopen?", step 5 "Weet je welke beslissing
# je neemt, en met wie?": agreeing and naming the decision are a yes.
_AGREE = re.compile(r"\b(laten we|doen we|goed idee|lijkt me goed|graag|prima|is goed|oke|ok|top)\b")
# Step 1 asks "Heb je de signalen feitelijk vastgelegd?": "staat in het dossier" is a yes.
_RECORDED = re.compile(r"\bin (het|mijn|ons|t) \w*(dossier|systeem|verslag|logboek)\b")
# Step 3 asks "Heb je het gesprek gevoerd, of is er een goede reden om het over te slaan?":
# skipping it for a reason, or having sat down with the parents, is a yes.
_TALKED = re.compile(r"\b(overgeslagen|overslaan (want|omdat)|om tafel (gezeten|gezet|gegaan))\b")
# The step's work planned for later: not done yet.
_PLANNED = re.compile(r"\b(gepland|ingepland|in de agenda|(volgende|komende) (week|keer|maandag|dinsdag|"
                      r"woensdag|donderdag|vrijdag))\b")
_DECIDED = re.compile(r"\b(besloten|beslist|(gaan|ga|gaat) (\w+ )?melden|we melden|ik meld|melden we|"
                      r"(gaan|ga) (\w+ )?(advies vragen|hulp bieden|hulp organiseren)|"
                      r"(zet|zetten) (\w+ ){0,2}hulp in|hulp inzetten)\b|^melden\b")


def says_step_done(step: int, text: str | None) -> bool:
    """True when `text` says in so many words that step `step`'s check is done: "ik heb het
    vastgelegd" (step 1), "met de ib'er overlegd" (2), "het gesprek is geweest" (3), "laten we
    dat doen" (4), "we gaan melden, samen met de AF" (5). A negation or a question is never a
    yes; naming another step's work ("ik heb overlegd" at step 1) is no answer to this one."""
    norm = " ".join(correct_typos(normalise(text).replace(" ?", "").split(), _DONE_WORDS))
    if not norm or looks_like_question(text) or NEGATION.search(norm):
        return False
    if step == 3 and _TALKED.search(norm):
        return True
    if step == 1 and _RECORDED.search(norm):
        return True
    if step == 4 and _AGREE.search(norm):
        return True
    if step == 5 and _DECIDED.search(norm):
        return True
    if not _DONE.search(norm):
        return False
    named = next((topic for topic, pattern in _TOPICS if pattern.search(norm)), None)
    return named is None or named == step


def read_step_answer(step: int, text: str | None) -> Answer | None:
    """A typed answer to step `step`'s check in a message the model read as something else:
    ja / nee / twijfel / nog niet read strictly (a question stays a question), the step's work
    named as done (says_step_done), or planned for later ("het gesprek staat volgende week in de
    agenda": not yet)."""
    answer = parse_answer(text, allow_not_yet_known=True, strict=True)
    if answer is None and says_step_done(step, text):
        answer = Answer.JA
    if answer is None and _PLANNED.search(normalise(text)) and not looks_like_question(text):
        answer = Answer.NOG_NIET_BEKEND
    return answer
