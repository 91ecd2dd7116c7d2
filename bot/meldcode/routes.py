"""Special routes that never go through the five steps alone: precedence and advice.

Which routes a message points to is read by the keyword safety net in route_detection.py
(`detect_routes`, re-exported here), next to the NLU model's intent.
"""
from __future__ import annotations

from enum import Enum
from typing import Callable, Iterable

from .answers import Answer, answers_over_command, opens_with_answer
from .contacts import CONTACTS
from .kindcheck import only_names_children
from .outcomes import Advice, Outcome
from .sectors import Sector


_EMERGENCY = CONTACTS["112"].number


class Route(str, Enum):
    DANGER_NOW = "danger_now"
    CHILD_OR_VICTIM = "child_or_victim"
    STAFF_SUSPECT = "staff_suspect"
    SEXUAL_VIOLENCE_RECENT = "sexual_violence_recent"
    SEXUAL_BEHAVIOUR_CHILDREN = "sexual_behaviour_children"
    HONOUR_VIOLENCE = "honour_violence"


# Highest priority first: when several routes match, the first row wins.
PRECEDENCE: tuple[tuple[Route, Outcome, str], ...] = (
    (Route.DANGER_NOW, Outcome.BEL_112,
     f"Geweld nu of een leven in gevaar: {_EMERGENCY} gaat voor alles."),
    (Route.CHILD_OR_VICTIM, Outcome.HULP_VOOR_JEZELF,
     "Een kind of slachtoffer krijgt hulp, niet de procedure voor professionals."),
    (Route.STAFF_SUSPECT, Outcome.MELDPLICHT_MEDEWERKER,
     "Een medewerker als verdachte: de wettelijke route van de sector, niet alleen de meldcode."),
    (Route.SEXUAL_VIOLENCE_RECENT, Outcome.CENTRUM_SEKSUEEL_GEWELD,
     "Seksueel geweld binnen 7 dagen: snelle medische zorg en sporen, Centrum Seksueel Geweld."),
    (Route.SEXUAL_BEHAVIOUR_CHILDREN, Outcome.GRENSOVERSCHRIJDEND_GEDRAG_KINDEREN,
     "Seksueel gedrag tussen kinderen: het protocol van de organisatie."),
    (Route.HONOUR_VIOLENCE, Outcome.ADVIES_VEILIG_THUIS,
     "Eergerelateerd geweld, huwelijksdwang, achterlating, meisjesbesnijdenis: altijd Veilig "
     "Thuis (melden_veilig_thuis bij acuut, onomkeerbaar risico)."),
)

INTENT_TO_ROUTE: dict[str, Route] = {route.value: route for route in Route}

# The routes that must win in any state of any conversation (the keyword net in the NLU pipeline
# makes them the intent). The other two routes' words also occur in ordinary questions about them.
SAFETY_ROUTES = frozenset({Route.DANGER_NOW, Route.CHILD_OR_VICTIM, Route.STAFF_SUSPECT,
                           Route.SEXUAL_VIOLENCE_RECENT})
# A message the model reads as one safety route often fits a second one too ("een collega schudt
# een baby door elkaar": danger now and a staff suspect); a second safety route at >= 0.5 in the
# ranking gets its advice added. The ranking's confidences sum to 1 (DIET's softmax, and since
# 2026-12-06 the blend of it with the linear model), so this happens when the keyword net has
# overridden the model (the net's route is the intent, the model's own choice stays in the
# ranking), not when the model alone decides. Chosen on the looked-at set with the model of
# 2026-11-23 (docs/nlu.md). Re-measured with the blended model on the looked-at and dev sets
# (2026-12-06): at 0.2, one more message got its own route's advice and 15 got advice for a
# route they do not signal (a professional told "Ben jij zelf in gevaar?"), so it stays 0.5.
SECONDARY_ROUTE_CONFIDENCE = 0.5
# The key under which the NLU pipeline's last step (bot/nlu/safety_net.py) puts every route a
# message signals into its parse data, highest precedence first; the actions read it there.
ROUTES_KEY = "safety_routes"
# Next to it, the routes the keyword net itself read (possibly none): the actions tell a route
# the net read from one that only the model read (actions/outcomes.py).
NET_ROUTES_KEY = "safety_net_routes"


def signalled_routes(keyword_routes: Iterable[Route], intent: str | None,
                     ranking: Iterable[dict] = ()) -> set[Route]:
    """Every route a message signals: the keyword net's (`detect_routes(text)`), the intent's,
    and, when the intent is a safety route, any other safety route the model scores at least
    SECONDARY_ROUTE_CONFIDENCE in Rasa's intent_ranking ([{"name", "confidence"}, ...])."""
    routes = set(keyword_routes)
    intent_route = INTENT_TO_ROUTE.get(intent or "")
    if intent_route:
        routes.add(intent_route)
    if intent_route in SAFETY_ROUTES:
        for entry in ranking or ():
            route = INTENT_TO_ROUTE.get(str(entry.get("name") or ""))
            if route in SAFETY_ROUTES and \
                    float(entry.get("confidence") or 0.0) >= SECONDARY_ROUTE_CONFIDENCE:
                routes.add(route)
    return routes


# Below this the model's reading of a special route does not interrupt a question the assistant
# asked (actions/outcomes.py): the same line below which its affirm or deny is not taken as an
# answer either (bot.meldcode.answers.INTENT_ANSWER_CONFIDENCE). Typed answers that the model misread
# as a route ("hij heeft geen kids" as danger now, 0.58) were mostly below it
# (docs/nlu.md, "Typed answers"). A route the keyword net reads is always taken.
OPEN_QUESTION_ROUTE_CONFIDENCE = 0.6
# A message that opens with an answer word ("jazeker, het meisje vertelde dat papa mama slaat")
# leaves the model's route unsure up to this confidence: the model of 2026-12-07 read more typed
# answers as a route at 0.6-0.75, and none of the 646 safety messages of the held-out, route and
# dev sets that only the model read as a safety route opens with an answer word in that band.
ANSWER_WORD_ROUTE_CONFIDENCE = 0.75


def unsure_model_route(parse: dict) -> Route | None:
    """The special route that only the NLU model read in a parse (Rasa's parse data), with a
    confidence below OPEN_QUESTION_ROUTE_CONFIDENCE (ANSWER_WORD_ROUTE_CONFIDENCE when it opens
    with an answer word) or in a short message (no case description).
    None when the keyword net read a route as well, when the model is sure of it in a case
    description, and when the parse lacks the net's own reading (NET_ROUTES_KEY): then the
    route is taken.

    Short typed answers are where models trained on different machines differ most: the same
    training data gave "hij heeft geen kids" danger now at 0.72 on a slower CPU type (docs/nlu.md,
    "Models differ between machines"). Of the 637 safety messages of the held-out, route and dev
    sets that only the model read as a safety route (stop 18), one is shorter than six words:
    the keyword net reads short ones."""
    net_routes = parse.get(NET_ROUTES_KEY)
    if not isinstance(net_routes, list) or net_routes:
        return None
    intent = parse.get("intent") or {}
    route = INTENT_TO_ROUTE.get(str(intent.get("name") or ""))
    limit = ANSWER_WORD_ROUTE_CONFIDENCE if opens_with_answer(parse.get("text")) \
        else OPEN_QUESTION_ROUTE_CONFIDENCE
    sure = float(intent.get("confidence") or 0.0) >= limit
    if route is None or (sure and describes_a_case(parse.get("text"))):
        return None
    return route


def answer_over_unsure_route(text: str | None, intent_confidence: float,
                             content_answer: Callable[[str], Answer | None] | None = None) -> bool:
    """True when a message with an unsure route (unsure_model_route) answers the open question
    instead: it opens with an answer word, or, when it is short (no case description), answers
    with the question's content ("ze heeft 2 kids", "ik heb alles genoteerd"). A case description
    that names a child is not taken as an answer to "Heeft de cliënt kinderen?": of 31 safety
    messages with an unsure route, 14 would have been (bot.meldcode.answers.answers_over_command)."""
    return answers_over_command(text, intent_confidence,
                                None if describes_a_case(text) else content_answer)


# --- routes offered with a button when the assistant is not sure -----------------------------
# Rasa's intent for a message the FallbackClassifier found unsure (DEFAULT_NLU_FALLBACK_INTENT_NAME;
# named here so that plain Python and the actions need not import Rasa).
FALLBACK_INTENT = "nlu_fallback"
# The fallback asks about a safety route among the model's three best intents at this confidence
# or more (actions/outcomes.py), with a button to it, instead of guessing.
FALLBACK_OFFER_CONFIDENCE = 0.15
# A typed start of six words or more is a case description ("de vader van een peuter ruikt
# vaak naar bier"), not a command such as "meldcode doorlopen" or a button.
CASE_DESCRIPTION_MIN_WORDS = 6


def describes_a_case(text: str | None) -> bool:
    """A typed message of CASE_DESCRIPTION_MIN_WORDS words or more, unless it only says who a
    client's children are (bot.meldcode.kindcheck.only_names_children): "hij heeft een dochter
    van 4" answers the kindcheck and is, like a short answer, never a case."""
    text = (text or "").strip()
    return not text.startswith("/") and len(text.split()) >= CASE_DESCRIPTION_MIN_WORDS \
        and not only_names_children(text)


# The intent of a case to act on: the five steps. The NLU model reads a case description as it.
CASE_INTENT = "start_meldcode"


def answer_with_a_case(text: str | None, intent: str | None) -> bool:
    """True when a message that opens with an answer word tells a case after it ("jazeker, het
    meisje vertelde dat papa mama slaat als hij gedronken heeft"): it answers the open question.
    The NLU model reads the case as CASE_INTENT, the start of the walk-through, and may be sure
    of it (0.82 on stop 21's model), but the user asked for no new start."""
    return intent == CASE_INTENT and describes_a_case(text) and opens_with_answer(text)


def fallback_offers(ranking: Iterable[dict]) -> list[str]:
    """The safety routes the fallback offers as buttons: those among the first three entries of
    Rasa's intent_ranking ([{"name", "confidence"}], nlu_fallback included) at
    FALLBACK_OFFER_CONFIDENCE or more, in ranking order."""
    safety = {route.value for route in SAFETY_ROUTES}
    return [str(entry.get("name")) for entry in list(ranking or ())[:3]
            if entry.get("name") in safety
            and float(entry.get("confidence") or 0.0) >= FALLBACK_OFFER_CONFIDENCE]


def offers_staff_route(text: str | None, taken: Route | None) -> bool:
    """True when the reply asks whether the case is about someone who works there, with a
    button to the staff route: a case description that starts the walk-through (taken None) or
    recent sexual violence, when a staff member plays a part in the story. The NLU model reads
    some cases about a colleague as either (docs/nlu.md)."""
    if taken is None and not describes_a_case(text):
        return False
    return taken in (None, Route.SEXUAL_VIOLENCE_RECENT) and mentions_staff_member(text)


def in_precedence_order(routes: Iterable[Route | str]) -> list[str]:
    """Route names, highest precedence first (as stored in a message's parse data)."""
    wanted = {Route(r) for r in routes}
    return [route.value for route, _outcome, _why in PRECEDENCE if route in wanted]


def resolve(routes: Iterable[Route | str]) -> Route | None:
    """The route that goes first according to PRECEDENCE, or None."""
    wanted = {Route(r) for r in routes}
    for route, _outcome, _why in PRECEDENCE:
        if route in wanted:
            return route
    return None


# The second routes whose advice route_advice adds to the advice of the route that goes first.
_ADDED_ADVICE: dict[Route, frozenset[Route]] = {
    Route.DANGER_NOW: frozenset({Route.CHILD_OR_VICTIM, Route.STAFF_SUSPECT,
                                 Route.SEXUAL_VIOLENCE_RECENT}),
    Route.CHILD_OR_VICTIM: frozenset({Route.SEXUAL_VIOLENCE_RECENT}),
    Route.STAFF_SUSPECT: frozenset({Route.SEXUAL_VIOLENCE_RECENT}),
}


def advised_routes(signals: Iterable[Route | str]) -> set[Route]:
    """The routes whose advice reaches the user for these signals: the route that goes first
    and the second routes route_advice adds (a child in danger gets no staff procedure)."""
    signals = {Route(s) for s in signals}
    first = resolve(signals)
    if first is None:
        return set()
    added = signals & _ADDED_ADVICE.get(first, frozenset())
    if first is Route.DANGER_NOW and Route.CHILD_OR_VICTIM in signals:
        added.discard(Route.STAFF_SUSPECT)
    return {first} | added


# --- advice per route -------------------------------------------------------------------------

_STAFF_TEXT: dict[Sector, tuple[str, tuple[str, ...]]] = {
    Sector.ONDERWIJS: (
        "In het onderwijs gelden wettelijke plichten bij een vermoeden van een zedendelict "
        "(seksueel misbruik) door iemand die voor de school werkt (ook stagiairs en "
        "vrijwilligers) tegen een minderjarige leerling.",
        (
            "Zorg dat het bestuur (bevoegd gezag) het zelf hoort, niet alleen de directeur.",
            "Het bestuur moet overleggen met de vertrouwensinspecteur (overlegplicht).",
            "Is er een redelijk vermoeden? Dan doet het bestuur aangifte bij de politie "
            "(aangifteplicht), na de beschuldigde en de ouders te informeren.",
            "Gaat het om lichamelijk geweld door een leerkracht? Dan geldt geen wettelijke "
            "plicht, maar het bestuur en de vertrouwensinspecteur kunnen meedenken.",
        ),
    ),
    Sector.KINDEROPVANG: (
        "In de kinderopvang gelden wettelijke plichten bij een vermoeden van een zedendelict of "
        "mishandeling door iemand die er werkt: medewerkers, stagiairs, vrijwilligers, "
        "gastouders en huisgenoten van de gastouder.",
        (
            "Vertel het direct aan de houder.",
            "De houder overlegt met de vertrouwensinspecteur en doet bij een redelijk vermoeden "
            "aangifte bij de politie.",
            "Is de houder zelf de verdachte? Ga dan zelf naar de politie. Je mag de "
            "vertrouwensinspecteur bellen.",
        ),
    ),
    Sector.ZORG: (
        "In de zorg meldt de zorgaanbieder geweld door een zorgverlener tegen een cliënt bij de "
        "Inspectie Gezondheidszorg en Jeugd (IGJ).",
        (
            "Vertel het direct aan je leidinggevende of bestuurder, zodat de zorgaanbieder het "
            "meldt bij de IGJ.",
            "Zorg dat de cliënt veilig is.",
        ),
    ),
    Sector.JEUGDHULP: (
        "In de jeugdhulp meldt de jeugdhulpaanbieder geweld door een hulpverlener tegen een "
        "jeugdige bij de Inspectie Gezondheidszorg en Jeugd (IGJ).",
        (
            "Vertel het direct aan je leidinggevende of bestuurder, zodat de aanbieder het meldt "
            "bij de IGJ.",
            "Zorg dat de jeugdige veilig is.",
        ),
    ),
    Sector.MAATSCHAPPELIJKE_ONDERSTEUNING: (
        "Bij een Wmo-aanbieder meldt de aanbieder geweld door een medewerker tegen een cliënt "
        "bij de toezichthouder van de gemeente.",
        (
            "Vertel het direct aan je leidinggevende of bestuurder, zodat de aanbieder het meldt "
            "bij de toezichthouder van de gemeente.",
            "Zorg dat de cliënt veilig is.",
        ),
    ),
}
_STAFF_GENERIC = (
    "Bij een vermoeden tegen een medewerker hangt de route af van je sector.",
    (
        "Onderwijs: bij een zedendelict tegen een minderjarige leerling hoort het bestuur het; "
        "het bestuur overlegt met de vertrouwensinspecteur en doet aangifte bij een redelijk "
        "vermoeden.",
        "Kinderopvang: bij een zedendelict of mishandeling vertel je het direct aan de houder; "
        "de houder overlegt met de vertrouwensinspecteur en doet aangifte. Is de houder de "
        "verdachte? Ga dan zelf naar de politie.",
        "Zorg en jeugdhulp: de aanbieder meldt het bij de Inspectie Gezondheidszorg en Jeugd "
        "(IGJ). Wmo: de aanbieder meldt het bij de toezichthouder van de gemeente.",
        "Vertel het in elk geval direct aan je leidinggevende of het bestuur.",
    ),
)


def _staff_advice(signals: set[Route], sector: Sector | None) -> Advice:
    reason, todo = _STAFF_TEXT.get(sector, _STAFF_GENERIC)
    if sector not in _STAFF_TEXT and sector is not None:
        # Justitie or another field: the sector has no specific rule in our reference.
        reason = (
            "Bij een vermoeden tegen een medewerker volg je de regeling van je organisatie, niet "
            "alleen de meldcode."
        )
        todo = (
            "Vertel het direct aan je leidinggevende of het bestuur.",
            "Bij een strafbaar feit kan aangifte bij de politie nodig zijn.",
            "Vraag Veilig Thuis om advies als je twijfelt.",
        )
    contacts: list[str] = []
    if Route.SEXUAL_VIOLENCE_RECENT in signals:
        contacts.append("csg")
        todo = todo + ("Was er seksueel geweld in de afgelopen 7 dagen? Bel dan ook het "
                       "Centrum Seksueel Geweld.",)
    if sector in (Sector.ONDERWIJS, Sector.KINDEROPVANG, None):
        contacts.append("vertrouwensinspecteur")
    contacts.append("veilig_thuis")
    return Advice(
        Outcome.MELDPLICHT_MEDEWERKER,
        "Je beschrijft een vermoeden tegen iemand die bij jullie werkt. " + reason,
        None,
        tuple(contacts),
        todo,
    )


def route_advice(route: Route | str, signals: Iterable[Route | str] = (),
                 sector: Sector | None = None, text: str = "") -> Advice:
    """The advice for a special route; `signals` are all routes seen, `text` the message."""
    route = Route(route)
    signals = {Route(s) for s in signals} | {route}
    suicide = mentions_suicide(text)

    if route is Route.DANGER_NOW:
        if Route.CHILD_OR_VICTIM in signals:
            contacts = ["112", "kindertelefoon", "veilig_thuis"]
            todo = (
                f"Bel nu {_EMERGENCY}. Zeg waar je bent en wat er gebeurt.",
                "Ga als het kan naar een veilige plek of naar iemand die je vertrouwt.",
            )
        else:
            contacts = ["112", "veilig_thuis"]
            todo = (
                f"Bel nu {_EMERGENCY}.",
                "Let ook op je eigen veiligheid.",
                "Meld daarna bij Veilig Thuis en overleg met de aandachtsfunctionaris.",
            )
        if suicide:
            contacts.insert(1, "113")
        if Route.SEXUAL_VIOLENCE_RECENT in signals:
            contacts.insert(contacts.index("112") + 1, "csg")
            todo += ("Ging het om seksueel geweld? Bel daarna ook het Centrum Seksueel Geweld.",)
        if Route.STAFF_SUSPECT in signals and Route.CHILD_OR_VICTIM not in signals:
            todo += ("Is de pleger iemand die bij jullie werkt? Vertel het daarna direct aan je "
                     "leidinggevende of het bestuur: dan gelden ook de regels voor een vermoeden "
                     "tegen een medewerker.",)
        reason = (
            "Het klinkt alsof je nu in gevaar bent. Jouw veiligheid gaat voor alles."
            if Route.CHILD_OR_VICTIM in signals
            else "Je beschrijft geweld dat nu gebeurt of een leven dat nu in gevaar is. Dan gaat "
            f"{_EMERGENCY} voor alles."
        )
        return Advice(
            Outcome.BEL_112,
            reason,
            None,
            tuple(contacts),
            todo,
        )

    if route is Route.CHILD_OR_VICTIM:
        contacts = ["kindertelefoon", "veilig_thuis", "112"]
        if Route.SEXUAL_VIOLENCE_RECENT in signals:
            contacts.insert(1, "csg")
        if suicide:
            contacts.insert(0, "113")
        return Advice(
            Outcome.HULP_VOOR_JEZELF,
            "Het klinkt alsof je dit zelf meemaakt. Deze assistent is gemaakt voor professionals, "
            "maar er zijn mensen die jou willen helpen.",
            None,
            tuple(contacts),
            (),
        )

    if route is Route.STAFF_SUSPECT:
        return _staff_advice(signals, sector)

    if route is Route.SEXUAL_VIOLENCE_RECENT:
        contacts = ["csg", "veilig_thuis"]
        if Route.DANGER_NOW in signals:
            contacts.insert(0, "112")
        return Advice(
            Outcome.CENTRUM_SEKSUEEL_GEWELD,
            "Je beschrijft seksueel geweld van minder dan 7 dagen geleden. Dan telt het als acuut "
            "en is snelle hulp van het Centrum Seksueel Geweld belangrijk.",
            None,
            tuple(contacts),
            (
                "Bel het Centrum Seksueel Geweld. Zij vertellen wat nodig is voor medische zorg "
                "en het bewaren van sporen, en geven jou ook advies.",
                "Gebeurde het thuis of in het gezin? Neem dan ook contact op met Veilig Thuis.",
                "Bespreek het met de aandachtsfunctionaris.",
            ),
        )

    if route is Route.SEXUAL_BEHAVIOUR_CHILDREN:
        where = {
            Sector.KINDEROPVANG: " In de kinderopvang is dit de derde route van het protocol, "
                                 "naast de thuissituatie en een vermoeden tegen een medewerker.",
            Sector.ONDERWIJS: " Op school gaat het dan om een leerling tegen een leerling.",
        }.get(sector, "")
        return Advice(
            Outcome.GRENSOVERSCHRIJDEND_GEDRAG_KINDEREN,
            "Je beschrijft seksueel gedrag tussen kinderen. Daarvoor heeft je organisatie een "
            "eigen route." + where,
            None,
            ("veilig_thuis",),
            (
                "Bespreek het met de aandachtsfunctionaris.",
                "Volg het protocol van je organisatie voor seksueel gedrag tussen kinderen.",
                "Informeer de ouders van alle betrokken kinderen.",
                "Vraag Veilig Thuis om advies.",
            ),
        )

    # HONOUR_VIOLENCE
    keep_small = (
        "Houd de kring klein: vertel het alleen aan wie het echt moet weten.",
        "Praat niet eerst met de familie: dat kan de plannen versnellen.",
    )
    if honour_acute(text) or Route.DANGER_NOW in signals:
        return Advice(
            Outcome.MELDEN_VEILIG_THUIS,
            "Je beschrijft signalen van eergerelateerd geweld, huwelijksdwang, achterlating of "
            "meisjesbesnijdenis, met een risico dat snel onomkeerbaar kan zijn, zoals een kind dat "
            "binnenkort naar het buitenland vertrekt. Schakel dan Veilig Thuis en de politie "
            "direct in.",
            None,
            ("veilig_thuis", "112"),
            ("Bel Veilig Thuis en de politie direct: vandaag nog, niet na de vakantie.",)
            + keep_small,
        )
    return Advice(
        Outcome.ADVIES_VEILIG_THUIS,
        "Je beschrijft signalen van eergerelateerd geweld, huwelijksdwang, achterlating of "
        "meisjesbesnijdenis. Vraag daarbij altijd Veilig Thuis om advies: zij hebben hier "
        "speciale kennis. Het Landelijk Knooppunt Huwelijksdwang en Achterlating zit bij Veilig "
        "Thuis Haaglanden.",
        None,
        ("veilig_thuis",),
        ("Bel Veilig Thuis voor advies voordat je andere stappen zet.",) + keep_small,
    )


# The safety net needs Route (above); callers import it from here, next to resolve().
from .route_detection import (  # noqa: E402,F401
    detect_routes, honour_acute, mentions_staff_member, mentions_suicide, placed_long_ago,
)
