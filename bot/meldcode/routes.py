"""Special routes that never go through the five steps alone, and their precedence.

`detect_routes` is a conservative keyword safety net that runs on every message next to the NLU
model: a false alarm on danger is acceptable, a miss is not. General questions ("wat is acute
onveiligheid?", "wat doe ik bij gevaar?") must not count as danger now: danger now is violence
happening now or a life at risk this moment.
"""
from __future__ import annotations

import re
from enum import Enum
from typing import Iterable

from .contacts import CONTACTS
from .outcomes import Advice, Outcome
from .sectors import Sector
from .text import normalise


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


def _rx(pattern: str) -> re.Pattern:
    return re.compile(pattern)


# --- danger now -----------------------------------------------------------------------------
_VIOLENCE_NOW_VERBS = (
    r"(slaat|slaan|schopt|schoppen|trapt|mishandelt|mishandeld|mishandelen|wurgt|wurgen|steekt|"
    r"bedreigt|bedreigd|valt \w+ aan|aangevallen|geslagen|geschopt|gewurgd|vecht|vechten|"
    r"verkracht|misbruikt|duwt|knijpt|schiet|beschoten|bloedt|sleurt|slaat \w+ in elkaar|"
    r"in elkaar geslagen|tuigt|afgetuigd|pijn doet)"
)
_NOW = r"(nu|op dit moment|op dit ogenblik|nu op dit moment|momenteel|op het moment|nog steeds bezig|terwijl ik (dit )?(typ|schrijf))"
_DANGER_PATTERNS = (
    _rx(rf"\b{_VIOLENCE_NOW_VERBS}\b.{{0,40}}\b{_NOW}\b"),
    _rx(rf"\b{_NOW}\b.{{0,40}}\b{_VIOLENCE_NOW_VERBS}\b"),
    _rx(r"\b(wurgt|wurgen|verstikt|knijpt \w+ keel)\b"),
    _rx(r"\b(mes|messen|pistool|vuurwapen|geweer|wapen|bijl|hamer)\b.{0,40}\b(dreigt|bedreigt|zwaait|richt|steekt|schiet)\b"),
    _rx(r"\b(dreigt|bedreigt|zwaait|richt|staat|loopt|heeft)\b.{0,30}\b(met een|een) (mes|pistool|vuurwapen|geweer|wapen|bijl)\b"),
    _rx(r"\ber wordt (nu |op dit moment )?geschoten\b|\bschiet(en)? (op|om zich heen)\b"),
    _rx(r"\blevensgevaar\b|\bbewusteloos\b|\bbuiten bewustzijn\b|\bademt niet\b|\bniet meer aanspreekbaar\b"),
    _rx(r"\b(ernstig|zwaar) gewond\b|\bzwaargewond\b|\bbloedt (heel )?(erg|hevig|veel)\b|\bveel bloed\b|\boverdosis\b"),
    _rx(r"\b(is|zijn|loopt|lopen|verkeert|verkeren|ben)\s+(nu\s+|op dit moment\s+|echt\s+)?(in\s+)?(direct|acuut|onmiddellijk|levens)\s*gevaar\b"),
    _rx(r"\b(is|zijn|ben|loopt|lopen)\s+(nu|op dit moment)\s+in\s+gevaar\b"),
    _rx(r"\b(gaat|ga|wil|dreigt)\b.{0,30}\b(vermoorden|dood te maken|doodmaken|dood maken|doden|van kant)\b"),
    _rx(r"\b(vermoordt|maakt \w+ dood)\b"),
    _rx(r"\b(kind|kinderen|baby|peuter|kleuter|dochter|zoon|zoontje|dochtertje|meisje|jongen|broertje|zusje)\b.{0,40}\balleen (thuis|gelaten)\b.{0,60}\b(nu|op dit moment|momenteel|al uren|vannacht)\b"),
    _rx(r"\b(baby|peuter|kleuter)\b.{0,30}\balleen (thuis|gelaten)\b"),
    _rx(r"\b(nu|vanavond|vannacht|straks)\b.{0,40}\b(zelfmoord|mezelf van kant|een eind aan (mijn|m n|het) leven|van het leven beroven|springen)\b"),
    _rx(r"\b(zelfmoord|een eind aan (mijn|m n|het) leven)\b.{0,40}\b(nu|vanavond|vannacht)\b"),
    _rx(r"\b(steekt|stak)\b.{0,30}\bin brand\b"),
)

# --- a child or victim writing ---------------------------------------------------------------
_RELATIONS = (
    r"(vader|moeder|papa|mama|pappa|mamma|pa|ma|stiefvader|stiefmoeder|stiefvader|ouders|broer|"
    r"zus|oom|tante|opa|oma|neef|vriend|vriendje|vriendin|man|vrouw|partner|ex|echtgenoot|"
    r"echtgenote|leraar|juf|meester|trainer|stiefpa|stiefma|oppas|buurman)"
)
_HURT = (
    r"(slaat|sloeg|slaan|schopt|schopte|mishandelt|mishandelde|misbruikt|misbruikte|verkracht|"
    r"verkrachtte|bedreigt|bedreigde|duwt|duwde|wurgt|wurgde|betast|betastte|zit aan|zat aan|"
    r"raakt \w+ aan|scheldt|doet pijn|deed pijn|sluit \w+ op|slaat \w+ in elkaar|knijpt|trapt|"
    r"pest|chanteert|dwingt)"
)
_CHILD_PATTERNS = (
    _rx(rf"\b(mijn|m n|mn)\s+(stief)?{_RELATIONS}\b.{{0,40}}\b{_HURT}\b.{{0,30}}\b(mij|me|ons|mijn \w+)\b"),
    _rx(rf"\b(mijn|m n|mn)\s+(stief)?{_RELATIONS}\b.{{0,20}}\b(mij|me|ons)\b.{{0,30}}\b(geslagen|geschopt|mishandeld|misbruikt|verkracht|bedreigd|pijn)\b"),
    _rx(r"\bik (word|werd|wordt|ben)\s+(\w+\s+){0,4}(geslagen|geschopt|mishandeld|misbruikt|verkracht|aangerand|bedreigd|opgesloten|gewurgd|in elkaar geslagen)\b"),
    _rx(r"\b(hij|zij|ze) (slaat|schopt|mishandelt|misbruikt|verkracht|bedreigt|wurgt|betast) (mij|me)\b"),
    _rx(r"\bik durf niet (meer )?(naar huis|thuis)\b|\bik ben bang (voor|van) (mijn|m n|mn) \w+\b|\bik wil niet (meer )?naar huis\b"),
    _rx(r"\bik zit in (groep [1-8]|de brugklas|klas [1-6]|de [1-6]e klas)\b"),
    _rx(r"\bik ben (een )?(kind|meisje|jongen|tiener|scholier) van\b"),
    _rx(r"\bik wil (niet meer leven|dood)\b|\bik wil er niet meer zijn\b"),
)
_MY_AGE = re.compile(r"\bik ben (\d{1,2}|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien)( jaar)?\b")
_AGE_WORDS = {"acht": 8, "negen": 9, "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13,
              "veertien": 14, "vijftien": 15, "zestien": 16, "zeventien": 17}

# --- a staff member as suspect ---------------------------------------------------------------
_STAFF = (
    r"(collega|collegas|collega s|leraar|lerares|leerkracht|docent|docente|juf|meester|leidster|"
    r"pedagogisch medewerker|pedagogisch medewerkster|pm er|medewerker|medewerkster|stagiair|"
    r"stagiaire|stagiaires|vrijwilliger|vrijwilligster|gastouder|begeleider|begeleidster|mentor|"
    r"gymleraar|gymdocent|conciërge|concierge|directeur|invalkracht|invaller|groepsleider|"
    r"groepsleiding|verpleegkundige|verzorgende|hulpverlener|zorgverlener|therapeut|"
    r"(man|vrouw|partner|vriend|zoon|huisgenoot|echtgenoot) van de gastouder|houder|"
    r"teamleider|leidinggevende|onderwijsassistent|klassenassistent|chauffeur)"
)
_STAFF_ACTS = (
    r"(slaat|sloeg|schopt|schopte|mishandelt|mishandelde|misbruikt|misbruikte|betast|betastte|"
    r"zit aan|zat aan|raakt \w+ aan|raakte \w+ aan|aanraakt|aanraakte|zoent|zoende|knijpt|"
    r"kneep|duwt|duwde|trekt aan|sleurt|sluit \w+ op|vastbindt|bindt \w+ vast|seks|seksueel|"
    r"seksuele|grensoverschrijdend|naaktfoto|naaktfotos|intiem|ongewenst|ruw|hardhandig|"
    r"verkracht|aanrandt|randde|heeft een relatie)"
)
_OTHER_SUSPECTS = r"\b(vader|moeder|ouder|ouders|stiefvader|stiefmoeder|broer|zus|oom|opa|partner van de moeder|vriend van)\b"
_STAFF_PATTERNS = (
    _rx(rf"\b(vermoeden|verdenking|verdacht|beschuldiging|beschuldigd|aantijging|klacht|zorgen|signalen)\w*\s+(\w+\s+){{0,3}}(tegen|over|van|dat|bij)\s+(een|de|mijn|onze|haar|zijn)?\s*{_STAFF}\b"),
    _rx(rf"\b(geslagen|geschopt|misbruikt|mishandeld|aangeraakt|betast|aangerand|verkracht|misbruik|mishandeling|geweld|grensoverschrijdend gedrag|grensoverschrijdende|seksueel|ongewenst)\b.{{0,40}}\bdoor\s+(een|de|mijn|onze|haar|zijn|hun)?\s*{_STAFF}\b"),
    _rx(rf"\b(grensoverschrijdend gedrag|geweld|misbruik|mishandeling|zedendelict|zedenzaak)\s+(van|door)\s+(een|de|mijn|onze)?\s*{_STAFF}\b"),
    _rx(rf"\b{_STAFF}\b\s+(heeft\s+|had\s+)?(\w+\s+){{0,5}}?{_STAFF_ACTS}\b"),
    _rx(rf"\b{_STAFF}\b.{{0,20}}\b(relatie|seks|appt|appjes|chat)\b.{{0,20}}\b(met een|met de) (leerling|kind|cliënt|client|minderjarige)\b"),
)

# --- sexual violence within 7 days -----------------------------------------------------------
_SEXUAL_VIOLENCE = _rx(
    r"\b(verkracht\w*|aangerand|aanranding|aanrandde|randde|seksueel geweld|seksueel misbruik\w*|"
    r"seksueel misbruikt|misbruikt|gedwongen seks|seks tegen (haar|zijn|mijn) (wil|zin)|"
    r"tegen (haar|zijn|mijn) zin (seks|betast|aangeraakt)|betast|gedrogeerd|ongewenste seks|"
    r"zedendelict|seksueel overschrijdend|seksueel grensoverschrijdend)\b"
)
_NUMBER_WORDS = {"een": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7,
                 "acht": 8, "negen": 9, "tien": 10}
_RECENT = _rx(
    r"\b(vandaag|gisteren|gisteravond|gisternacht|eergisteren|vannacht|vanochtend|vanmorgen|"
    r"vanmiddag|vanavond|afgelopen (week|dagen|weekend|nacht|nachten|vrijdag|zaterdag|zondag)|"
    r"vorige week|vorig weekend|dit weekend|deze week|net|zojuist|zonet|daarnet|pas geleden|"
    r"kort geleden|een week geleden|(een paar|paar|enkele) (uur|uren|dagen) geleden|\d+ uur geleden|"
    r"uur geleden)\b"
)
_DAYS_AGO = _rx(r"\b(\d+|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien) dag(en)? geleden\b")

# --- sexual behaviour between children -------------------------------------------------------
_CHILD_NOUN = r"(kind|kinderen|kindje|kindjes|leerling|leerlingen|jongen|jongens|meisje|meisjes|kleuter|kleuters|peuter|peuters|klasgenoot|klasgenoten|medeleerling|medeleerlingen|jongere|jongeren|broertje|zusje|pupil)"
_SEXUAL = r"(seksueel|seksuele|seks|piemel|plassertje|plasser|vagina|geslachtsdeel|geslachtsdelen|billen|borsten|kruis|doktertje|naaktfoto|naaktfotos|naakt|sexting|betast|betastte|aanraken|aangeraakt|aanraakt|zoenen|tongzoen|masturb\w*|grensoverschrijdend)"
_BETWEEN_CHILDREN_PATTERNS = (
    _rx(rf"\b{_SEXUAL}\b.{{0,60}}\btussen\s+(twee\s+|de\s+)?{_CHILD_NOUN}\b"),
    _rx(rf"\btussen\s+(twee\s+|de\s+)?{_CHILD_NOUN}\b.{{0,60}}\b{_SEXUAL}\b"),
    _rx(rf"\b{_CHILD_NOUN}\b.{{0,60}}\belkaar(s)?\b.{{0,40}}\b{_SEXUAL}\b"),
    _rx(rf"\b{_CHILD_NOUN}\b.{{0,60}}\b{_SEXUAL}\b.{{0,30}}\belkaar(s)?\b"),
    _rx(rf"\b{_CHILD_NOUN}\b.{{0,80}}\b{_SEXUAL}\b.{{0,60}}\b(een|de|zijn|haar|ander|andere)\s+(ander\s+|andere\s+|jongere\s+)?{_CHILD_NOUN}\b"),
    _rx(rf"\b{_CHILD_NOUN}\b.{{0,60}}\b(een|de|zijn|haar|ander|andere)\s+(ander\s+|andere\s+|jongere\s+)?{_CHILD_NOUN}\b.{{0,60}}\b{_SEXUAL}\b"),
    _rx(r"\b(seksueel|seksuele) (grensoverschrijdend )?gedrag (van|bij|tussen) (een |de )?(kind|kinderen|leerling|leerlingen|kleuter|kleuters|peuter|peuters|jongere|jongeren)\b"),
    _rx(r"\bdoktertje\b"),
)

# --- honour-related violence ------------------------------------------------------------------
_HONOUR = _rx(
    r"\b(eer|eerwraak|eergerelateerd\w*|eerzaak|familie eer|familieeer|huwelijksdwang|"
    r"gedwongen (huwelijk|te trouwen|trouwen)|uithuwelijk\w*|uitgehuwelijkt|moet trouwen met|"
    r"achterlating|achter(ge)?laten\b.{0,40}\b(buitenland|land van herkomst|herkomstland)|"
    r"(buitenland|land van herkomst|herkomstland)\b.{0,40}\bachter(ge)?laten|"
    r"meisjesbesnijdenis|besnijdenis|"
    r"besneden|vgv|genitale verminking|vrouwelijke genitale verminking)\b"
)
_HONOUR_ACUTE = (
    _rx(r"\b(morgen|overmorgen|vanavond|vannacht|straks|binnenkort|deze week|volgende week|dit weekend|over (een paar|paar|enkele|twee|drie|vier|\d+) (dagen|weken))\b.{0,60}\b(buitenland|land van herkomst|vliegt|vliegen|vertrekt|vertrekken|op vakantie|naar \w+ (gaat|gaan|vliegt|vertrekt)|terug naar|reis|reizen|weg)\b"),
    _rx(r"\b(buitenland|land van herkomst|vakantie|vliegt|vertrekt|reis)\b.{0,60}\b(morgen|overmorgen|vanavond|vannacht|straks|binnenkort|deze week|volgende week|dit weekend)\b"),
    _rx(r"\b(vliegticket|ticket|tickets|enkele reis)\b"),
    _rx(r"\b(komt|komen|mag) (daarna )?niet (meer )?terug\b|\bniet meer terugkomen\b"),
)

# --- suicide ----------------------------------------------------------------------------------
_SUICIDE = _rx(
    r"\b(zelfmoord\w*|zelfdoding|suicid\w*|suicide|suizid\w*|suicidaal|dood willen|wil dood|"
    r"niet meer (willen )?leven|wil niet meer leven|niet meer wil leven|er niet meer (willen )?zijn|"
    r"een eind(e)? (aan|maken aan) (mijn|m n|zijn|haar|het) leven|van het leven beroven|"
    r"mezelf (iets )?aan(doen)?|mezelf van kant|mezelf (snijden|snij|pijn doen)|ik snijd mezelf|"
    r"zelfbeschadiging|automutilatie)\b"
)

_QUESTION_START = re.compile(r"^(wat|wanneer|hoe|welke|welk|waarom|moet ik|mag ik|kan ik|wie)\b")


def mentions_suicide(text: str | None) -> bool:
    """True when the text mentions suicide or self-harm (then suicide prevention is offered)."""
    return bool(_SUICIDE.search(normalise(text)))


def _danger_now(text: str) -> bool:
    return any(p.search(text) for p in _DANGER_PATTERNS)


def _child_or_victim(text: str) -> bool:
    if any(p.search(text) for p in _CHILD_PATTERNS):
        return True
    for match in _MY_AGE.finditer(text):
        value = match.group(1)
        age = int(value) if value.isdigit() else _AGE_WORDS[value]
        if 6 <= age <= 17:
            return True
    return False


def _staff_suspect(text: str) -> bool:
    for pattern in _STAFF_PATTERNS:
        for match in pattern.finditer(text):
            # "een collega zag dat de vader slaat": the suspect is not the colleague.
            if not re.search(_OTHER_SUSPECTS, match.group(0)):
                return True
    return False


def _sexual_violence_recent(text: str) -> bool:
    if not _SEXUAL_VIOLENCE.search(text):
        return False
    if _RECENT.search(text):
        return True
    for match in _DAYS_AGO.finditer(text):
        value = match.group(1)
        days = int(value) if value.isdigit() else _NUMBER_WORDS[value]
        if days <= 7:
            return True
    return False


def _sexual_behaviour_children(text: str) -> bool:
    return any(p.search(text) for p in _BETWEEN_CHILDREN_PATTERNS)


def _honour(text: str) -> bool:
    return bool(_HONOUR.search(text))


def honour_acute(text: str | None) -> bool:
    """Acute, irreversible risk with honour-related violence: e.g. leaving the country soon."""
    norm = normalise(text)
    return any(p.search(norm) for p in _HONOUR_ACUTE)


def detect_routes(text: str | None) -> set[Route]:
    """Every special route the text points to (a keyword safety net next to the NLU)."""
    norm = normalise(text).replace(" ?", "")
    if not norm:
        return set()
    found: set[Route] = set()
    if _danger_now(norm):
        found.add(Route.DANGER_NOW)
    if _child_or_victim(norm):
        found.add(Route.CHILD_OR_VICTIM)
    if _staff_suspect(norm):
        found.add(Route.STAFF_SUSPECT)
    if _sexual_violence_recent(norm):
        found.add(Route.SEXUAL_VIOLENCE_RECENT)
    if _sexual_behaviour_children(norm):
        found.add(Route.SEXUAL_BEHAVIOUR_CHILDREN)
    if _honour(norm):
        found.add(Route.HONOUR_VIOLENCE)
    return found


def resolve(routes: Iterable[Route | str]) -> Route | None:
    """The route that goes first according to PRECEDENCE, or None."""
    wanted = {Route(r) for r in routes}
    for route, _outcome, _why in PRECEDENCE:
        if route in wanted:
            return route
    return None


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
