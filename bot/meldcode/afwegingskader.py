"""The afwegingskader: five afwegingen in order, answers in, advice out.

Routing follows MELDCODE.md exactly. Twijfel always means: ask Veilig Thuis for advice first,
except in onderwijs at afweging 2, where "ja of twijfel" means reporting to Veilig Thuis directly.
Acute onveiligheid leads to a melding, not to the emergency number (that is for danger right
now, see routes.py).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Mapping

from .answers import Answer, content_yes
from .contacts import CONTACTS
from .outcomes import Advice, Outcome
from .sectors import Sector


@dataclass(frozen=True)
class Question:
    number: int
    title: str  # short Dutch title for the dossier note
    text: str  # Dutch question plus one explaining sentence


QUESTIONS: dict[int, Question] = {
    q.number: q
    for q in (
        Question(
            1,
            "Vermoeden van huiselijk geweld of kindermishandeling",
            "Heb je op basis van de vorige stappen een vermoeden van huiselijk geweld "
            "of kindermishandeling? Je hebt geen bewijs nodig: het gaat om wat je signalen, het "
            "overleg en het gesprek je nu vertellen.",
        ),
        Question(
            2,
            "Acute of structurele onveiligheid",
            "Is er sprake van acute en/of structurele onveiligheid? Acuut onveilig "
            "betekent dat iemand direct fysiek gevaar loopt en snel beschermd moet worden, en "
            "structureel onveilig betekent dat er een patroon is dat steeds terugkomt en veiligheid "
            "of ontwikkeling bedreigt; dit is iets anders dan gevaar op dit moment, want dan bel je "
            f"direct {CONTACTS['112'].number}.",
        ),
        Question(
            3,
            "Passende hulp bieden of organiseren",
            "Ben jij of je organisatie in staat om passende hulp te bieden of te "
            "organiseren, zodat het risico op onveiligheid verdwijnt? Het gaat erom of de hulp die "
            "jullie kunnen inzetten de onveiligheid echt kan stoppen.",
        ),
        Question(
            4,
            "Betrokkenen accepteren de hulp",
            "Aanvaarden de betrokkenen deze hulp en zijn ze bereid zich daarvoor in te "
            "zetten? Denk aan de ouders of verzorgers en, waar het kan, het kind: zeggen ze ja "
            "tegen de hulp en houden ze zich aan de afspraken?",
        ),
        Question(
            5,
            "Hulp leidt tot blijvende veiligheid",
            "Leidt de hulp binnen de afgesproken tijd tot blijvende veiligheid en "
            "welzijn van alle betrokkenen? Loopt de hulp nog en weet je het daarom nog niet, kies "
            "dan 'nog niet bekend'.",
        ),
    )
}

_ONDERWIJS_NOTE_3 = (
    " In het onderwijs organiseert de intern begeleider of de zorgcoördinator de hulp, niet "
    "één leerkracht alleen."
)


def question_text(number: int, sector: Sector | None = None) -> str:
    """The question text, with the sector note where MELDCODE.md has one."""
    text = QUESTIONS[number].text
    if number == 3 and sector is Sector.ONDERWIJS:
        text += _ONDERWIJS_NOTE_3
    return text


def _as_answer(value) -> Answer | None:
    if value is None:
        return None
    if isinstance(value, Answer):
        return value
    try:
        return Answer(str(value))
    except ValueError:
        return None


def _answer(answers: Mapping, number: int) -> Answer | None:
    """The answer to afweging `number`; 'nog niet bekend' only exists at afweging 5."""
    value = answers.get(number)
    if value is None:
        value = answers.get(str(number))
    answer = _as_answer(value)
    if answer is Answer.NOG_NIET_BEKEND and number != 5:
        return Answer.TWIJFEL
    return answer


_VT = ("veilig_thuis",)

# Afwegingen answered with their content, without ja / nee but clearly yes (a negation or a
# question is no such answer: bot.meldcode.answers.content_yes).
_CONTENT = {
    1: re.compile(r"\b(vermoed\w*|vermoeden|verdenking|ernstige zorgen|aanwijzingen|"
                  r"wijst erop|wijzen erop|lijkt erop)\b"),
    2: re.compile(r"\b(structureel|structurele|patroon|acuut|acute|steeds weer|telkens|"
                  r"herhaaldelijk|keer op keer|al (weken|maanden|jaren)|onveilig|allebei|beide)\b"),
    3: re.compile(r"\b(hulp|zorg|begeleiding|ondersteuning|traject|hulpverlening|wijkteam|cjg|"
                  r"jeugdhulp|ggz|smw|maatschappelijk werk)\b.*\b(bieden|organiseren|inzetten|"
                  r"ingezet|regelen|geregeld|aanmelden|aangemeld|opstarten|opgestart)\b|"
                  r"\b(kunnen|kan|gaan|ga) (we|wij|ik|jullie|zij|ze) (\w+ ){0,3}(bieden|organiseren|"
                  r"inzetten|regelen|aanmelden|opstarten)\b"),
    4: re.compile(r"\b(accepteren|accepteert|aanvaarden|aanvaardt|werken mee|werkt mee|"
                  r"meewerken|staan open|staat open|houden zich aan|houdt zich aan|zeggen ja|"
                  r"zegt ja|gemotiveerd|willen hulp|wil hulp|willen het|wil het|"
                  r"(komen|komt) (\w+ ){0,2}(naar|op) (alle |de |elke )?afspraken?)\b"),
    5: re.compile(r"\b(gaat (\w+ ){0,3}(goed|beter|prima)|veilig|opgelost|"
                  r"verbeterd|stabiel|blijvend)\b"),
}


def content_answer(number: int, text: str | None) -> Answer | None:
    """Afweging `number` answered with its content ("het is een patroon" at 2): ja."""
    pattern = _CONTENT.get(number)
    return content_yes(text, pattern) if pattern else None



def _advies(number: int, what: str) -> Advice:
    return Advice(
        Outcome.ADVIES_VEILIG_THUIS,
        f"Bij afweging {number} gaf je aan dat je twijfelt {what}. Bij twijfel vraag je eerst "
        "Veilig Thuis om advies.",
        number,
        _VT,
        (
            "Bel Veilig Thuis voor een adviesvraag. Dat kan zonder de naam van de cliënt.",
            f"Beantwoord afweging {number} daarna opnieuw, met het advies van Veilig Thuis.",
        ),
    )


def _melden(number: int, reason: str, extra_todo: tuple[str, ...] = ()) -> Advice:
    return Advice(
        Outcome.MELDEN_VEILIG_THUIS,
        reason,
        number,
        _VT,
        ("Bel Veilig Thuis en doe een melding.",)
        + extra_todo
        + ("Vertel de cliënt dat je meldt, tenzij dat iemand in gevaar brengt.",),
    )


def _decide_one(number: int, answer: Answer, sector: Sector | None) -> Advice | None:
    """The advice after afweging `number`, or None when the next afweging follows."""
    with_vt = ("Beantwoord afweging 3 tot en met 5 samen met Veilig Thuis.",)
    if number == 1:
        if answer is Answer.NEE:
            return Advice(
                Outcome.AFSLUITEN,
                "Bij afweging 1 gaf je aan dat je geen vermoeden hebt van huiselijk geweld of "
                "kindermishandeling.",
                1,
                _VT,
                (
                    "Leg in het dossier vast dat je geen vermoeden hebt, en waarom.",
                    "Blijf alert op nieuwe signalen.",
                ),
            )
        if answer is Answer.TWIJFEL:
            return _advies(1, "of je een vermoeden hebt")
        return None
    if number == 2:
        if answer is Answer.JA:
            return _melden(
                2,
                "Bij afweging 2 gaf je aan dat er sprake is van acute of structurele "
                "onveiligheid. Dan meld je altijd bij Veilig Thuis.",
                with_vt,
            )
        if answer is Answer.TWIJFEL:
            if sector is Sector.ONDERWIJS:
                return _melden(
                    2,
                    "Bij afweging 2 gaf je aan dat je twijfelt over acute of structurele "
                    "onveiligheid. In het onderwijs geldt: bij ja of twijfel bel je Veilig Thuis "
                    "direct om te melden.",
                    with_vt,
                )
            return _advies(2, "of er sprake is van acute of structurele onveiligheid")
        return None
    if number == 3:
        if answer is Answer.NEE:
            return _melden(
                3,
                "Bij afweging 3 gaf je aan dat je niet in staat bent om passende hulp te bieden of "
                "te organiseren. Dan meld je bij Veilig Thuis.",
            )
        if answer is Answer.TWIJFEL:
            return _advies(3, "of je passende hulp kunt bieden of organiseren")
        return None
    if number == 4:
        if answer is Answer.NEE:
            return _melden(
                4,
                "Bij afweging 4 gaf je aan dat de betrokkenen de hulp niet aanvaarden of zich er "
                "niet voor willen inzetten. Dan meld je bij Veilig Thuis.",
            )
        if answer is Answer.TWIJFEL:
            return _advies(4, "of de betrokkenen de hulp aanvaarden")
        return None
    # number == 5
    if answer is Answer.JA:
        return Advice(
            Outcome.HULP_AFRONDEN,
            "Bij afweging 5 gaf je aan dat de hulp binnen de afgesproken tijd heeft geleid tot "
            "blijvende veiligheid en welzijn van alle betrokkenen.",
            5,
            _VT,
            (
                "Rond de hulp af en spreek af wie de situatie blijft volgen, en hoe lang.",
                "Leg de afspraken over monitoring vast in het dossier.",
            ),
        )
    if answer is Answer.NEE:
        return _melden(
            5,
            "Bij afweging 5 gaf je aan dat de hulp niet leidt tot blijvende veiligheid en "
            "welzijn. Dan meld je alsnog bij Veilig Thuis.",
        )
    if answer is Answer.TWIJFEL:
        return _advies(5, "of de hulp leidt tot blijvende veiligheid")
    return Advice(
        Outcome.HULP_ORGANISEREN,
        "Bij afweging 5 gaf je aan dat nog niet bekend is of de hulp werkt, omdat de hulp nog "
        "loopt. Dat is geen twijfel: je biedt of organiseert de hulp en volgt wat die doet.",
        5,
        _VT,
        (
            "Bied of organiseer de hulp en leg de afspraken vast.",
            "Volg de effecten van de hulp.",
            "Plan een moment om afweging 5 opnieuw te beantwoorden.",
        ),
    )


def _walk(answers: Mapping, sector: Sector | None) -> tuple[int | None, Advice | None]:
    """(next question, advice): exactly one of them is None."""
    for number in sorted(QUESTIONS):
        answer = _answer(answers, number)
        if answer is None:
            return number, None
        advice = _decide_one(number, answer, sector)
        if advice is not None:
            return None, advice
    raise AssertionError("afweging 5 always decides")  # pragma: no cover


def next_question(answers: Mapping[int, Answer], sector: Sector | None = None) -> int | None:
    """The next afweging to ask, or None when the answers already lead to an advice."""
    return _walk(answers or {}, sector)[0]


def decide(answers: Mapping[int, Answer], sector: Sector | None = None) -> Advice | None:
    """The advice the answers lead to, or None when another afweging is needed.

    Questions are looked at in order; answers given after a decision are ignored.
    """
    return _walk(answers or {}, sector)[1]
