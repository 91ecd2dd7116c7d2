"""Outcomes of a conversation: the vocabulary, the Advice record and the Dutch outcome message.

An outcome is advice given, never a melding made: the assistant cannot know whether the user
called, so report labels say "geadviseerd ...".
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from .contacts import CONTACTS, contact_line
from .sectors import Sector


class Outcome(str, Enum):
    BEL_112 = "bel_112"
    MELDEN_VEILIG_THUIS = "melden_veilig_thuis"
    ADVIES_VEILIG_THUIS = "advies_veilig_thuis"
    HULP_ORGANISEREN = "hulp_organiseren"
    HULP_AFRONDEN = "hulp_afronden"
    AFSLUITEN = "afsluiten"
    MELDPLICHT_MEDEWERKER = "meldplicht_medewerker"
    CENTRUM_SEKSUEEL_GEWELD = "centrum_seksueel_geweld"
    GRENSOVERSCHRIJDEND_GEDRAG_KINDEREN = "grensoverschrijdend_gedrag_kinderen"
    HULP_VOOR_JEZELF = "hulp_voor_jezelf"


REPORT_LABELS: dict[Outcome, str] = {
    Outcome.BEL_112: f"geadviseerd {CONTACTS['112'].number} te bellen",
    Outcome.MELDEN_VEILIG_THUIS: "geadviseerd te melden bij Veilig Thuis",
    Outcome.ADVIES_VEILIG_THUIS: "geadviseerd advies te vragen bij Veilig Thuis",
    Outcome.HULP_ORGANISEREN: "geadviseerd hulp te bieden of te organiseren en de effecten te volgen",
    Outcome.HULP_AFRONDEN: "geadviseerd de hulp af te ronden met afspraken over monitoring",
    Outcome.AFSLUITEN: "geadviseerd af te sluiten en vast te leggen in het dossier",
    Outcome.MELDPLICHT_MEDEWERKER: "verwezen naar de route bij een vermoeden tegen een medewerker",
    Outcome.CENTRUM_SEKSUEEL_GEWELD: "verwezen naar het Centrum Seksueel Geweld",
    Outcome.GRENSOVERSCHRIJDEND_GEDRAG_KINDEREN: "verwezen naar het protocol voor seksueel gedrag tussen kinderen",
    Outcome.HULP_VOOR_JEZELF: "verwezen naar hulp voor een kind of slachtoffer",
}

# Outcomes that advise a melding or a legal duty to act: the decision is never taken alone.
REPORTING_OUTCOMES = frozenset({Outcome.MELDEN_VEILIG_THUIS, Outcome.MELDPLICHT_MEDEWERKER})


@dataclass(frozen=True)
class Advice:
    outcome: Outcome
    reason: str  # Dutch: which afweging, question or route led here
    deciding_question: int | None
    contacts: tuple[str, ...]  # keys of CONTACTS, most important first
    todo: tuple[str, ...]  # Dutch: what is still to do
    handover_step: int | None = None  # meldcode step to continue with


def _number(key: str) -> str:
    return CONTACTS[key].number


_HEADLINES: dict[Outcome, str] = {
    Outcome.BEL_112: f"Bel nu {_number('112')}.",
    Outcome.MELDEN_VEILIG_THUIS: "Advies: doe een melding bij Veilig Thuis.",
    Outcome.ADVIES_VEILIG_THUIS: "Advies: vraag Veilig Thuis om advies voordat je verder beslist.",
    Outcome.HULP_ORGANISEREN: "Advies: bied of organiseer hulp en volg wat die hulp doet.",
    Outcome.HULP_AFRONDEN: "Advies: rond de hulp af en maak afspraken over de monitoring.",
    Outcome.AFSLUITEN: "Advies: sluit af en leg je afweging vast in het dossier.",
    Outcome.MELDPLICHT_MEDEWERKER: "Dit vraagt een eigen route: een vermoeden tegen iemand die bij jullie werkt.",
    Outcome.CENTRUM_SEKSUEEL_GEWELD: "Neem nu contact op met het Centrum Seksueel Geweld.",
    Outcome.GRENSOVERSCHRIJDEND_GEDRAG_KINDEREN: "Dit gaat over seksueel gedrag tussen kinderen: volg het protocol van je organisatie.",
    Outcome.HULP_VOOR_JEZELF: "Fijn dat je dit vertelt. Je staat er niet alleen voor.",
}

_EXPLANATIONS: dict[Outcome, str] = {
    Outcome.BEL_112: (
        "Als er nu geweld is of iemands leven in gevaar is, gaat veiligheid voor alles. "
        "Bel eerst, de meldcode komt daarna. Meld daarna ook bij Veilig Thuis."
    ),
    Outcome.MELDEN_VEILIG_THUIS: (
        "Veilig Thuis beoordeelt de veiligheid (meestal binnen 5 werkdagen) en kan meteen "
        "handelen als dat nodig is. Je meldt met je eigen naam. Na de melding blijf je meestal "
        "zelf ook hulp bieden."
    ),
    Outcome.ADVIES_VEILIG_THUIS: (
        "Bij een adviesvraag denkt Veilig Thuis met je mee. Dat kan zonder de naam van het gezin. "
        "Jij blijft verantwoordelijk voor de volgende stap."
    ),
    Outcome.HULP_ORGANISEREN: (
        "Spreek met de betrokkenen af welke hulp er komt en wat die moet opleveren. Plan nu een "
        "moment om samen te kijken of de hulp werkt, en beantwoord dan afweging 5 opnieuw. "
        "Stopt de onveiligheid niet, of komt ze terug? Dan meld je alsnog bij Veilig Thuis."
    ),
    Outcome.HULP_AFRONDEN: (
        "De hulp heeft gezorgd voor blijvende veiligheid. Spreek af wie de situatie blijft volgen "
        "en wanneer. Komt de onveiligheid terug? Dan meld je alsnog bij Veilig Thuis."
    ),
    Outcome.AFSLUITEN: (
        "Er is nu geen reden om verder te gaan met de meldcode. Blijf alert: zie je nieuwe "
        "signalen, begin dan opnieuw bij stap 1."
    ),
    Outcome.MELDPLICHT_MEDEWERKER: (
        "Bij een vermoeden tegen een collega, stagiair, vrijwilliger of andere medewerker volg je "
        "niet alleen de vijf stappen van de meldcode. Praat er niet eerst zelf over met die persoon."
    ),
    Outcome.CENTRUM_SEKSUEEL_GEWELD: (
        "Binnen 7 dagen na seksueel geweld is snelle hulp belangrijk: medische zorg (vooral in de "
        "eerste 72 uur) en het bewaren van sporen. Ook bij oudere gebeurtenissen, en voor advies "
        "aan jou als professional, kun je er terecht."
    ),
    Outcome.GRENSOVERSCHRIJDEND_GEDRAG_KINDEREN: (
        "Dit is niet de route voor medewerkers en ook niet alleen de vijf stappen. Bespreek het "
        "met de aandachtsfunctionaris, volg het protocol van je organisatie en informeer de ouders "
        "van alle betrokken kinderen."
    ),
    Outcome.HULP_VOOR_JEZELF: (
        "Wat er gebeurt is niet jouw schuld. Praat erover met iemand die je vertrouwt. "
        "Je kunt ook bellen of chatten met mensen die je willen helpen:"
    ),
}

_DOSSIER: dict[Outcome, str] = {
    Outcome.BEL_112: "Leg daarna in het dossier vast wat je zag en hoorde, wat je deed en wanneer.",
    Outcome.MELDEN_VEILIG_THUIS: (
        "Leg in het dossier vast: je afweging en de reden, met wie je besliste, wanneer je meldde "
        "en wat je met de cliënt besprak."
    ),
    Outcome.ADVIES_VEILIG_THUIS: (
        "Leg in het dossier vast: je vraag aan Veilig Thuis, het advies en wat je ermee doet."
    ),
    Outcome.HULP_ORGANISEREN: (
        "Leg in het dossier vast: welke hulp er komt, de afspraken en het moment van herbeoordeling."
    ),
    Outcome.HULP_AFRONDEN: (
        "Leg in het dossier vast: het resultaat van de hulp en de afspraken over monitoring."
    ),
    Outcome.AFSLUITEN: "Leg in het dossier vast: je afweging en waarom je afsluit.",
    Outcome.MELDPLICHT_MEDEWERKER: (
        "Leg in het dossier feitelijk vast wat je zag en hoorde, wie je informeerde en wanneer. "
        "Schrijf interpretaties apart op en noem ze zo."
    ),
    Outcome.CENTRUM_SEKSUEEL_GEWELD: "Leg in het dossier feitelijk vast wat je hoorde, wat je deed en wanneer.",
    Outcome.GRENSOVERSCHRIJDEND_GEDRAG_KINDEREN: (
        "Leg in het dossier feitelijk vast wat er gebeurde, wie je informeerde en welke "
        "afspraken er zijn."
    ),
}

DECIDE_TOGETHER = (
    "Beslis samen met de aandachtsfunctionaris of de persoon die jullie meldcode noemt. "
    "Je neemt deze beslissing niet alleen."
)
TELL_THE_CLIENT = (
    "Vertel de cliënt (bij een kind: de ouders of verzorgers) dat je meldt en waarom. Je vraagt "
    "geen toestemming, maar je meldt ook niet stiekem: zonder toestemming is niet zonder "
    "medeweten. Alleen als vertellen iemand in gevaar brengt, zeg je het niet vooraf; leg dan "
    "vast waarom."
)
SOLO_LINE = (
    "Je werkt zonder collega's. Overleg daarom met de aandachtsfunctionaris van je "
    "gastouderbureau of branchevereniging, of met Veilig Thuis."
)


def _sector_notes(outcome: Outcome, sector: Sector | None) -> list[str]:
    notes = []
    if sector is Sector.ONDERWIJS and outcome in (
        Outcome.HULP_ORGANISEREN, Outcome.HULP_AFRONDEN, Outcome.MELDEN_VEILIG_THUIS,
    ):
        notes.append(
            "In het onderwijs organiseert niet één leerkracht de hulp, maar de intern begeleider "
            "of de zorgcoördinator."
        )
    if sector is Sector.KINDEROPVANG and outcome is Outcome.MELDEN_VEILIG_THUIS:
        notes.append(
            "In de kinderopvang voert meestal de leidinggevende het gesprek met de ouders, niet "
            "de pedagogisch medewerker."
        )
    return notes


def _step_title(step: int) -> str:
    from .steps import STEPS, lower_first  # local import: steps does not depend on outcomes

    return lower_first(STEPS[step].title) if step in STEPS else ""


def render_advice(advice: Advice, sector: Sector | None = None, solo: bool = False) -> str:
    """The Dutch outcome message: what to do now and why, numbers, dossier, who decides."""
    outcome = advice.outcome
    parts: list[str] = [_HEADLINES[outcome]]
    if advice.reason:
        parts.append(advice.reason)
    parts.append(_EXPLANATIONS[outcome])

    if outcome is Outcome.BEL_112 and "kindertelefoon" in advice.contacts:
        # Danger now for a child or victim writing: kind words, no professional procedure.
        parts = [_HEADLINES[outcome], advice.reason, *advice.todo]
        parts.append("\n".join(f"- {contact_line(k)}" for k in advice.contacts))
        return "\n\n".join(parts)
    if outcome is Outcome.HULP_VOOR_JEZELF:
        parts.append("\n".join(f"- {contact_line(k)}" for k in advice.contacts))
        parts.append(f"Ben je nu in gevaar? Bel dan {_number('112')}.")
        return "\n\n".join(parts)

    if advice.todo:
        parts.append("Wat nu:\n" + "\n".join(f"- {item}" for item in advice.todo))
    if advice.handover_step:
        parts.append(
            f"Ga daarna verder met stap {advice.handover_step} van de meldcode "
            f"({_step_title(advice.handover_step)})."
        )
    parts.extend(_sector_notes(outcome, sector))
    if outcome in REPORTING_OUTCOMES:
        parts.append(DECIDE_TOGETHER)
    if outcome is Outcome.MELDEN_VEILIG_THUIS:
        parts.append(TELL_THE_CLIENT)
    if solo and outcome is not Outcome.BEL_112:
        parts.append(SOLO_LINE)

    numbers = list(advice.contacts)
    if "veilig_thuis" not in numbers:
        numbers.append("veilig_thuis")
    parts.append("Nummers:\n" + "\n".join(f"- {contact_line(k)}" for k in numbers))
    if outcome is not Outcome.BEL_112:
        safety = "Je kunt Veilig Thuis altijd om advies vragen."
        if "112" not in advice.contacts:
            safety += f" Is er nu direct gevaar? Bel dan {_number('112')}."
        parts.append(safety)
    parts.append(_DOSSIER[outcome])
    return "\n\n".join(parts)


def advice_payload(advice: Advice) -> dict:
    """Custom payload for the widget: the outcome and its contacts (for call buttons)."""
    return {
        "data": {
            "uitkomst": advice.outcome.value,
            "contacts": [
                {
                    "key": CONTACTS[k].key,
                    "name": CONTACTS[k].name,
                    "number": CONTACTS[k].number,
                    "tel": CONTACTS[k].tel,
                    "when": CONTACTS[k].when,
                }
                for k in advice.contacts
            ],
        }
    }
