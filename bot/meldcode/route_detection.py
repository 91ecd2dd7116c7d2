"""The keyword safety net: which special routes a message points to, read from its words.

`detect_routes` runs on every message next to the NLU model: a false alarm on danger is
acceptable, a miss is not. General questions ("wat is acute onveiligheid?", "wat doe ik bij
gevaar?") must not count as danger now: danger now is violence happening now or a life at risk
this moment. The routes themselves, their precedence and their advice are in routes.py.
"""
from __future__ import annotations

import re
from typing import Iterable

from .contacts import CONTACTS
from .routes import Route
from .text import normalise


def _rx(pattern: str) -> re.Pattern:
    return re.compile(pattern)


def _alt(words: Iterable[str]) -> str:
    """One regex group that matches any entry of a lexicon (entries are regex fragments)."""
    return "(?:" + "|".join(words) + ")"


# The safety net reads normalised text (bot.meldcode.text.normalise): lower case, no accents,
# punctuation turned into spaces, so "pm'er" is "pm er", "m'n" is "m n", "foto's" is "foto s"
# and "zo-even" is "zo even". Lexicons are regex fragments, grouped by meaning so that a new word
# goes into one named place. Professionals and children type fast: common misspellings
# ("verkragt", "aangerant", "gister", "k word", "me pa") are part of the lexicons on purpose.

# "nu 12" is an age; "bel nu" with the emergency number is not.
_EMERGENCY = CONTACTS["112"].number

# --- shared lexicons ----------------------------------------------------------------------------

# Intimate body parts, in every pattern that reads touching as sexual; each place adds its own
# context words ("benen", "onderbroek").
_INTIMATE_PARTS = (r"billen|borsten|kruis|piemel|plasser|plassertje|vagina|geslachtsdeel|"
                   r"geslachtsdelen")

# A pattern that repeats over weeks is structural unsafety (Veilig Thuis), not danger this moment.
_HABITUAL = _rx(
    r"\b(vaak|vaker|regelmatig|soms|altijd|weleens|wel eens|steeds vaker|elke (dag|week|keer|avond)|"
    r"iedere (dag|week|keer|avond)|al (jaren|maanden|weken|een tijd|tijden)|"
    r"(jaren|maanden|weken) lang|de laatste (tijd|weken|maanden)|sinds (jaren|maanden|weken)|"
    # A condition that recurs: "papa slaat me als hij boos is", "... als we te laat zijn",
    # "schudt baby's door elkaar als ze huilen".
    r"(als|wanneer) (hij|ze|zij|we|wij|ik) (\w+ ){0,2}(boos|kwaad|driftig|dronken|zat|gedronken heeft|"
    r"te laat|niet luister\w*|huilt|huilen))\b"
)
# Sexual violence longer ago than 7 days: the Centrum Seksueel Geweld route is for recent events.
_LONG_AGO = _rx(
    r"\b(((\d+|twee|drie|vier|vijf|zes|een paar|paar|enkele|vele) )?(weken|maanden|jaren|jaar) geleden|lang geleden|"
    r"een (maand|jaar) geleden|vorige maand|vorig jaar|vorige zomer|vroeger|toen (ik|ze|hij) (klein|jong|\d+) was|"
    r"als kind|in haar jeugd|in zijn jeugd|in mijn jeugd|jaren lang|al (jaren|maanden))\b"
)
# People the writer reports about, followed by a telling verb: first-person words after this are
# a quote ("een leerling zegt: hij slaat me"), so the writer is a professional, not the victim.
_REPORTER = _alt((
    r"((een|de|het|mijn|onze|die|deze|dit) )?(leerling|leerlinge|kind|kindje|client|cliente|jongere|"
    r"jeugdige|meisje|meiske|jongen|jongetje|pupil|bewoner|bewoonster|patient|patiente|peuter|peutertje|kleuter|"
    r"kleutertje|student|"
    r"studente|deelnemer|puber|tiener|scholier)",
    r"(een|de|die|deze) (moeder|vader|ouder|oma|opa|buurvrouw|buurman|dochter|zoon|vrouw|man)",
))
_TELLS = _alt((
    r"zegt", r"zei", r"vertelt", r"vertelde", r"vertelden", r"gaf aan", r"geeft aan", r"schreef",
    r"schrijft", r"appte", r"appt", r"riep", r"roept", r"huilde", r"fluisterde", r"liet weten",
    r"heeft verteld", r"heeft gezegd", r"had verteld", r"had gezegd", r"kwam vertellen", r"vroeg", r"vraagt",
))
_QUOTED = _rx(rf"\b{_REPORTER}\b(\s+\w+){{0,6}}?\s+{_TELLS}\b")

# --- danger now -----------------------------------------------------------------------------
# Words that put violence in this very moment. "nu" is strong; the weak words ("net",
# "help", "hier", "terwijl") count only right next to physical violence and not in a story
# about a pattern, a colleague or past sexual violence (see _danger_now).
_NOW_STRONG = (
    r"nu", r"nu meteen", r"op dit moment", r"op dit ogenblik", r"momenteel", r"op het moment",
    r"nog steeds bezig", r"nog bezig", r"is (nog steeds|nog) (aan het|bezig)",
    r"terwijl ik (dit )?(typ|type|schrijf|bel|app|hier zit|wacht)", r"op ditmoment",
)
# Seen through a window as it happens (also of a colleague, unlike the weak words).
_WINDOW = r"ik zie (\w+ )?(door|vanuit|uit) (het|de|mijn) (raam|raampje|ruit|ruitje|deurraam|glas)"
_NOW_WEAK = (
    r"net", r"zojuist", r"zonet", r"daarnet", r"zo even", r"zoeven", r"zo net", r"terwijl",
    r"hier", r"help", r"snel", r"nog binnen", r"nog in huis", r"spoed", r"nood", r"dringend", r"meteen", r"direct",
    r"ik hoor (het|hem|haar|ze|de|het kind)", r"kom (snel|nu|direct|meteen)", r"112",
    r"bel (de )?politie", r"politie bellen", r"(ik zie|zie ik) (\w+ ){0,2}(dat|hoe)",
    r"ik zie (\w+ )?(door|vanuit|uit) (het|de|mijn) deur", r"ligt op de grond",
    r"ik kijk (er |ernaar |het )?(\w+ )?(vanuit|uit|door) (het|de|mijn|ons) \w+",
    r"waar (ik|we|wij|iedereen|de kinderen|alle kinderen) (bij|naast) (sta|staan|staat|ben|zijn|zit|zitten)",
    r"voor (mijn|onze|ieders) ogen", r"(de |het |haar |zijn )?(kinderen|kind|baby|kids) (zijn|is|zitten|zit) (nog )?"
    r"(thuis|binnen)",
    # A child hiding while it happens: "papa slaat mama en ik zit onder mijn bed".
    r"ik (zit|lig|ben) (\w+ )?(onder (het|mijn|ons|de) (bed|tafel|dekens)|in (de|mijn) kast)",
)
# Scenes at the organisation's door: violence told in the present tense there is going on
# (not in a story told afterwards: "de conciërge zag een vader slaan bij het hek").
_SCENE = (
    r"in de hal", r"op het (schoolplein|plein)", r"bij het hek", r"bij de (ingang|voordeur|deur)",
    r"in de gang", r"op de gang", r"op straat", r"op de stoep", r"voor de deur", r"in de kantine",
    r"in de wachtkamer", r"op de parkeerplaats", r"in (mijn|de) (klas|groep|lokaal)", r"op de groep", r"voor de (school|opvang|bso|deur)",
    r"voor het (kinderdagverblijf|kdv|huis|gebouw|raam)", r"(ik ben|we zijn|ik zit) (\w+ )?op huisbezoek",
    r"(ik ben|we zijn|ik zit|ik sta) (nu )?bij (hen|ze|(een|de|het|die) (\w+ )?\w+) thuis",
)
# A child who plays or draws what happens at home: a signal to act on, not violence now.
_PLAYED_OUT = _rx(r"\b(speelt|spelen|speelde|speelden|doet|doen|deed|deden) (\w+ ){0,4}na\b|"
                  r"\bnaspel\w*|\b(tekent|tekende|tekening)\b")
_PAST_STORY = _rx(
    r"\b(zag|zagen|hoorde|hoorden|gezien|gehoord|gisteren|gister|eergisteren|vanochtend|vorige (week|keer|maand)|"
    r"toen|was|waren|had|hadden|vertelde|vertelden)\b"
)
_CALM_AGAIN = r"(poeslief|lief|aardig|normaal|gezellig|rustig|kalm|vriendelijk)"
# Phrases with "nu" or "net" that do not mean "at this moment".
_NOT_NOW = _rx(
    r"\b(wat|en|hoe) nu( verder)?\b|\bwat (moet|kan|moeten|kunnen|doe|doen|zal|ga|gaan) (ik|we|wij|je|jij) "
    r"(dan |nou |eigenlijk )?nu\b|\bwat (ik|we|wij|je|jij|ze|zij|hij) (dan |nou )?nu (moet|moeten|moest|kan|kunnen|"
    r"doe|doen|ga|gaan|zou)\b|\bwat (moet|moeten|kan|kunnen) (de|het|ons|onze) \w+ (dan |nou )?nu\b|"
    r"\bnu (al )?(\d+|twee|drie|vier|vijf|een paar|meerdere|een aantal) (keer|maal)\b|"
    r"\b(zit|zitten|ben|zijn|is) (\w+ )?nu (\w+ )?(veilig|in veiligheid)\b|^(oma|opa|mevrouw|meneer) hier\b|"
    r"\bnu (al )?(jaren|maanden|weken|een tijd|tijden)\b|\btot nu toe\b|"
    r"\bnu pas\b|\bnu niet meer\b|\bvanaf nu\b|\bnu (is|zijn) (ze|hij|zij|het kind|de kinderen) (weer )?"
    r"(veilig|rustig|thuis|weg|het huis uit|uit huis)\b|"
    # Calm again: "nu doet hij weer poeslief", "hij nu weer heel lief doet".
    r"\bnu (doet|is) (hij|ze|zij) (weer )?(heel |super |zo )?" + _CALM_AGAIN + r"\b|"
    r"\bnu (weer )?(heel |super |zo )?" + _CALM_AGAIN + r" (is|doet)\b|"
    r"\b(is|zijn) (nu|nu weer) (veilig|rustig|thuis|weg|opgenomen|"
    r"in het ziekenhuis|uit huis|het huis uit|bij)\b|"
    # The one who hit has gone: "hij is nu naar zn werk", "ze is nu op school en veilig".
    r"\b(is|zijn) (nu|nu weer) (naar|op) (zijn |haar |z n |zn |d r |het )?(werk|school|kantoor)\b|"
    r"\b(is|zijn) nu (de deur uit|vertrokken|weggegaan|weggereden)\b|"
    # The same told the other way round, or he is out or asleep: "nu is hij naar zijn werk",
    # "hij is nu niet thuis", "nu slaapt hij zijn roes uit", "nu is het weer rustig".
    r"\bnu (is|zijn) (hij|ze|zij) (weer )?(naar|op) (zijn |haar |z n |zn |d r |het )?(werk|school|kantoor)\b|"
    r"\b(nu (is|zijn) (hij|ze|zij)|(hij|ze|zij) (is|zijn) nu) (weer )?niet (thuis|meer thuis)\b|"
    r"\bnu (slaapt|slapen) (hij|ze|zij)\b|\bnu is het (weer )?(rustig|stil)\b|"
    r"\b(ben|is|werk|werkt) hier (pas|nog maar|sinds|al)\b|"
    # "nu" that dates the telling: "nu is ze 15 en vertelt ze het", "het is nu maart".
    r"\bnu (is|ben|zijn) (ze|hij|zij|het kind|ik) (\d+|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien)\b|"
    r"\b(het is|is het|nu is het) (nu )?(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|"
    r"december|zomer|winter|herfst|lente|voorjaar|najaar)\b|\bnu (?!" + _EMERGENCY + r"\b)(\d+|twaalf|dertien|veertien|vijftien|zestien|"
    r"zeventien)\b|"
    r"\b(woont|wonen|zit|zitten|werkt|verblijft|verblijven|slaapt) nu\b|"
    r"\b(buiten westen|bewusteloos|buiten bewustzijn|gedrogeerd) (was|waren|lag|lagen|raakte|geweest)\b|"
    r"\b(was|waren|lag|lagen|raakte) (\w+ )?(buiten westen|bewusteloos|buiten bewustzijn)\b|\bnet (als|zo|zoals|niet|wel|\d+|een|iets)\b|\b(is|ben|zijn) net (\d+|"
    r"twaalf|dertien|veertien|vijftien|zestien|zeventien|begonnen|nieuw|verhuisd|gescheiden)\b|"
    r"\b(vertel\w*|zei|zegt|belde|meldde|liet weten|hoorde|las|kreeg|mailde|appte|sprak)"
    r"( (me|mij|ons|het|dat))? (net|zojuist|zonet|daarnet|zo even)\b|\bhelp (me|mij|ons) (met|bij|even|door)\b"
)
# The writer says they are safe now: "ik zit nu veilig bij een vriendin". Only the writer: "de
# kinderen zijn veilig" says nothing about the mother he is hitting.
_SAFE_NOW = _rx(r"\b(ik|we|wij) (zit|zitten|ben|zijn) (nu |inmiddels |nu wel |al |weer )?"
                r"(veilig|in veiligheid)\b")
# Violence that is going on: verbs in the present tense and "aan het ..." forms.
_VIOLENCE_GOING_ON = (
    r"sla+[dt]", r"slaan", r"slaaat", r"schopt", r"schoppen", r"trapt", r"trappen", r"stompt",
    r"mept", r"mishandelt", r"wurgt", r"wurgen", r"verstikt", r"steekt", r"steken", r"schiet",
    r"schieten", r"vecht", r"vechten", r"duwt", r"knijpt", r"sleurt", r"sleept", r"gooit",
    r"smijt", r"schudt", r"rammelt", r"bedreigt", r"dreigt", r"tuigt", r"mishandeld wordt",
    r"wordt (\w+ ){0,6}(geslagen|geschopt|mishandeld|gewurgd|bedreigd|afgetuigd|gestoken|verkracht)",
    r"blijft (\w+ )?(slaan|schoppen|trappen|steken|stompen|duwen|dreigen|schreeuwen)",
    r"gaat (\w+ ){0,5}op (haar|hem|hen|mij|me|ons|de \w+) (af|in)", r"vechtpartij", r"steekpartij", r"knokpartij",
    r"wurggreep", r"verwurgt", r"agressiev\w*", r"woedend\w*", r"dreigend\w*",
    r"iets aan te doen", r"wat aan te doen", r"iets aandoet", r"wat aandoet", r"iets aandoen",
    r"aan het (vechten|slaan|schoppen|knokken|aftuigen|mishandelen|wurgen|trappen|steken|stompen)",
    r"knokken", r"(gaat|gaan) (\w+ ){0,3}te lijf", r"escaleert", r"slaat \w+ in elkaar",
    # "in elkaar" (geslagen, getrapt), not a child who cowers: "duikt in elkaar".
    r"(?<!duikt )(?<!duiken )(?<!dook )(?<!zakt )(?<!zakte )(?<!krimpt )(?<!kromp )in elkaar",
    # "valt een pm er aan", not "het valt me aan hem op".
    r"valt (\w+ ){1,3}aan(?! (\w+ ){1,2}op\b)", r"aangevallen", r"door het lint", r"flipt", r"helemaal los", r"agressief",
    r"slaat (alles|de boel) kapot", r"gooit met", r"trekt \w+ aan (haar|zijn|de) (haren|arm)",
    r"bloedt", r"gillen", r"gilt", r"schreeuwt om hulp", r"verkracht", r"misbruikt",
    r"pijn doet", r"met geweld", r"trekt", r"trekken", r"(mee )?(vandoor|ervandoor)", r"meenemen",
    r"mee te nemen", r"ontvoeren", r"wegrijden", r"weg te rijden", r"geslagen", r"gewurgd", r"geschopt", r"neergeslagen", r"gestoken",
    r"mishandeld", r"in elkaar geslagen", r"afgetuigd", r"bedreigd",
    # Smothering, in either word order: "een kussen op het gezicht van een baby drukt".
    r"(drukt|duwt|houdt) (\w+ ){0,4}(kussen|hand|handen|deken) (\w+ ){0,2}op (het|zijn|haar|de) (gezicht|mond|neus)",
    r"(kussen|hand|handen|deken) (\w+ ){0,2}op (het|zijn|haar|de) (gezicht|mond|neus)( \w+){0,4} (drukt|duwt|houdt)",
)
# Harm that already happened but where the weak time words ("net", "zojuist") make it acute.
_HARM_JUST_DONE = (
    r"geslagen", r"geschopt", r"gestoken", r"neergestoken", r"gewurgd", r"mishandeld",
    r"in elkaar geslagen", r"neergeslagen", r"afgetuigd", r"gegooid", r"geschud", r"geduwd",
    r"van de trap", r"tegen de muur", r"bedreigd", r"flauwgevallen", r"in elkaar gezakt", r"gevallen",
)
# A body in acute danger: no time word needed.
_BODY_IN_DANGER = (
    r"levensgevaar", r"levensgevaarlijk", r"bewusteloos", r"buiten bewustzijn", r"buiten westen",
    r"er gaat (iemand|hij|ze|zij|een kind|het kind|ze allebei) dood",
    r"niet (meer )?aanspreekbaar", r"reageert (helemaal )?niet meer(?! op)", r"reageert nergens (meer )?op",
    r"(ligt|valt|gevallen|slap|stil) (\w+ ){0,4}reageert niet", r"ademt (niet|nauwelijks|bijna niet)",
    r"ademt niet meer", r"geen adem", r"ademt (heel |erg |zo )?(moeilijk|raar|zwaar|slecht|niet goed)",
    r"(is|wordt) niet (meer )?wakker (te krijgen)?", r"niet wakker te krijgen", r"krijgt geen (lucht|adem)",
    r"(niet|geen) (meer )?kan ademen", r"kan (\w+ )?niet (meer )?ademen", r"blauw aangelopen",
    r"ligt (helemaal )?stil", r"ligt roerloos", r"beweegt niet meer", r"staat niet meer op",
    r"(ernstig|zwaar) gewond", r"zwaargewond", r"bloedt (heel |enorm |zo |erg )?(erg|hevig|veel|hard)",
    r"veel bloed", r"onder het bloed", r"steekwond", r"schotwond", r"neergestoken",
    r"met een mes gestoken", r"steekpartij", r"neergeschoten", r"overdosis",
    r"((slaap|pijn|kalmerings|xtc)?pillen|medicijnen|tabletten|drugs|xtc|coke|methadon|gif|schoonmaakmiddel) "
    r"(\w+ ){0,3}(geslikt|ingeslikt|ingenomen|genomen|op|gedronken|opgedronken|gegeten|opgegeten)",
    r"(heeft|hebben) (\w+ ){0,3}(pillen|medicijnen|tabletten|drugs) (\w+ ){0,2}(geslikt|ingeslikt)",
    r"(dreigt|wil|gaat|staat klaar om) (\w+ ){0,3}(te )?(springen|van het (dak|balkon|flat))",
    r"staat (\w+ ){0,2}op (het|de|een) (dak|balkon|brug|rand|spoor|flat)", r"ligt op het spoor",
    r"(is|zijn) gewapend", r"gewapende (man|vrouw|vader|moeder|jongen|jongens|ouder|ex)",
    r"heeft zich(zelf)? (opgehangen|verhangen)",
    r"(hangt|verhangt|ophangen|snijdt) (zich|zichzelf) (\w+ )?(nu|op)?",
    # Not the question "wat is acuut gevaar?".
    r"(?<!\bwat )(?<!\bwanneer )(is|zijn|loopt|lopen|verkeert|verkeren|ben|zit|zitten) (nu |op dit moment |echt |hier )?"
    r"(in )?(direct|acuut|onmiddellijk|levens) ?gevaar",
    r"(is|zijn|ben|loopt|lopen|zit|zitten) (nu|op dit moment|hier) in gevaar",
    r"(zwaar|ernstig) letsel", r"in (een|de) (hete|warme|gloeiend hete|bloedhete) auto",
    r"bloedt (\w+ )?uit (zijn|haar|het|de) (oor|oren|hoofd|mond)", r"(baby|peuter|kleuter|zuigeling) (is|zijn) (\w+ )?alleen\b", r"om hulp (schreeuw\w*|roep\w*|gil\w*)", r"gas (\w+ )?opengedraaid",
    r"gaskraan (\w+ )?open", r"(zijn|haar|mijn|de) polsen (\w+ )?(door|open)?gesneden",
    r"heeft zich(zelf)? (\w+ ){0,2}(gesneden|verwond|opgehangen|verhangen|in brand gestoken)",
    r"(baby|kindje|zuigeling|peuter) (\w+ ){0,3}huilt niet meer",
    r"(baby|kind|kindje|peuter|kleuter|kinderen) (\w+ ){0,4}(op|over|aan) (de|het|een) "
    r"(vensterbank|balkon|balkonrand|dak|dakrand|rand|reling|brug)",
    # One person held under ("duwt een kleuter onder water"), not a punishment told in general
    # ("duwt kinderen onder water als straf": a staff suspect).
    r"(duwt|drukt|houdt) (een|de|het|haar|hem|mijn|zijn|dat|die) (\w+ )?(\w+ )?onder (het )?water",
    r"steekt (\w+ ){0,3}in brand", r"stak (\w+ ){0,3}in brand", r"brand gesticht",
    r"staat in brand",
    # From the indirect training lines the net missed (2026-11-23).
    r"roept (\w+ )?om hulp", r"houdgreep", r"bij de (keel|strot) (gegrepen|gepakt)",
    r"(steekt|stak|zet|zette) (\w+ ){0,3}in de fik", r"in de fik (gestoken|gezet)",
    r"dreigt (\w+ ){0,4}(te laten vallen|het gas open)",
    r"dreig\w* (\w+ ){0,4}(uit het raam|van het balkon|over de reling|van de trap|in het water) te "
    r"(gooien|duwen|smijten|werpen)",
    # Stop 23, from helpers' lines written while it happens: bleeding that does not stop, pills
    # about to be taken, a rope ready.
    r"(bloed|bloeden|bloeding) (\w+ ){0,2}(stopt|houdt) niet",
    r"(slaap|pijn|kalmerings)?pillen\b.{0,40}\b(ze|die) (\w+ )?allemaal (\w+ )?(innemen|inslikken|slikken|nemen)",
    r"(alle|al mijn|al mn|de hele strip|een hele strip) (\w+ )?pillen (\w+ ){0,2}(innemen|inslikken|slikken|nemen)",
    r"touw (\w+ ){0,3}(klaargelegd|klaar gelegd|klaarhangen|klaar hangen|klaarliggen)",
)
# Weapons, near a threat or an attack.
_WEAPON = (
    r"mes", r"messen", r"keukenmes", r"stanleymes", r"pistool", r"vuurwapen", r"geweer",
    r"wapen", r"wapens", r"bijl", r"hamer", r"honkbalknuppel", r"knuppel", r"schaar",
    r"boksbeugel", r"machete", r"zwaard", r"revolver", r"gun", r"taser", r"stok", r"ijzeren staaf",
)
_THREAT_VERB = (
    r"dreigt", r"bedreigt", r"dreigde", r"bedreigde", r"zwaait", r"zwaaide", r"richt", r"steekt",
    r"stak", r"schiet", r"slaat", r"staat", r"stond", r"loopt", r"rent", r"heeft", r"zit", r"is",
    r"komt", r"binnen", r"gewapend", r"achter \w+ aan", r"zoekt", r"vecht", r"vechten", r"aan het",
)
# Threats to kill or to badly hurt someone, in the present or the near future.
_KILL = (
    r"vermoorden", r"te vermoorden", r"vermoordt", r"dood te maken", r"doodmaken", r"dood maken",
    r"maakt \w+ dood", r"doden", r"te doden", r"van kant (te )?maken", r"afmaken", r"af te maken",
    r"om te brengen", r"ombrengen", r"neer te steken", r"neersteken", r"neer te schieten",
    r"neerschieten", r"kapot te maken", r"de keel (door )?(te )?(snijden|doorsnijden)",
    r"afmaakt", r"dood maakt", r"doodmaakt",
    r"kapot maakt", r"kapot maken", r"kapotmaken", r"kapot te maken",
    r"niet (meer )?levend (\w+ )?(uitkomt|uitkom|uit|weg|thuis)",
)
_KILL_INTENT = (
    r"gaat", r"ga", r"gaan", r"wil", r"wilt", r"willen", r"dreigt", r"dreigen", r"zegt",
    r"roept", r"schreeuwt", r"roepen", r"schreeuwen", r"zal", r"zweert", r"belooft", r"komt",
)
# Someone forcing their way in, or a victim hiding from the attacker now.
_INTRUSION = (
    r"(probeert|wil|gaat) (\w+ ){0,3}(binnen te komen|naar binnen|de deur in te (trappen|slaan)|in te breken)",
    r"breekt (\w+ ){0,2}in", r"inbreker", r"inbraak", r"wordt (\w+ ){0,2}ingebroken",
    r"trapt (\w+ ){0,2}deur (\w+ ){0,4}in", r"deur (wordt )?ingetrapt",
    r"(wordt|werd) (\w+ ){0,3}(gebonkt|gebeukt|geramd)",
    r"bonkt (\w+ ){0,2}op (de|het|mijn|onze) (deur|raam)", r"slaat (\w+ ){0,2}(de deur|het raam) in",
    r"staat (\w+ ){0,3}(voor|aan|bij) (de|mijn|onze|het) (deur|raam|hek|voordeur|poort)(\w+ ){0,6}"
    r"(dreigt|schreeuwt|roept|agressief|bonkt|probeert|wil (binnen|naar binnen|haar|hem|het kind|de kinderen))",
    r"(ik heb|we hebben|wij hebben|heeft|hebben) (me|mij|ons|zich) (\w+ ){0,3}verstopt",
    r"(zich|me|mij|ons) (\w+ ){0,4}(heeft|hebben|heb) verstopt",
    r"(is|er is) (een )?(man|vrouw|iemand|hij|vader|de ex) binnen (die|en)",
    r"ik (zit|ben) (\w+ ){0,2}(opgesloten|verstopt)", r"hij zoekt (me|mij|ons|haar)",
    r"(onder (het|mijn|ons|de) (bed|tafel|dekens)|in (de|mijn) kast) (\w+ ){0,2}(gekropen|verstopt|gevlucht)",
    r"(gekropen|verstopt|gevlucht) (\w+ ){0,3}(onder (het|mijn|ons|de) (bed|tafel|dekens)|in (de|mijn) kast)",
    r"(laat|laten) (me|mij|ons|haar|hem) niet (weg|gaan|eruit|uitstappen)",
    r"(houdt|houden) (me|mij|haar|hem|ons) (vast|gevangen)",
    r"ontvoert", r"ontvoeren", r"ontvoerd", r"ontvoering",
)
# Stop 23, from helpers' lines written while it happens; only when nothing places it earlier or
# makes it a habit (_danger_now): a blade at a throat, blood on the floor, fighting begun, dragged
# into a car, kicking at the door, locked in, hiding from someone raging in the house.
_HAPPENING_NOW = _rx(
    r"\b((mes|pistool|wapen|schaar|geweer) (\w+ ){0,2}(bij|tegen|op) (mijn|mn|m n|haar|zijn|z n|d r|de|het) "
    r"(keel|hoofd|nek|buik|borst|gezicht|slaap)|"
    r"(er is|er ligt|overal) (\w+ )?bloed (op|over) (de|het) (vloer|grond|muur|bed)|"
    r"(is|zijn) (\w+ )?(weer )?begonnen met (slaan|schoppen|vechten|gooien|slopen|trappen)|"
    r"(sleuren|sleurt|duwen|duwt|trekken|trekt) (me|mij) (\w+ ){0,2}(de|een) auto|"
    r"(ramt|ramde|beukt|bonkt|trapt|schopt|slaat) (\w+ ){0,4}tegen (de|mijn|mn|m n|onze|het) (\w*deur|raam)|"
    r"(deur|raam) (\w+ )?(eruit|in) (te )?(slaat|trapt|schopt|ramt|beukt|slaan|trappen)|"
    r"(hebben|heeft) (me|mij|ons) (\w+ ){0,4}opgesloten|"
    r"(?<!school )(?<!werk )(ik|we|wij) (zit|zitten) (\w+ ){0,4}(in de kast|op de wc|in de badkamer|op het toilet|"
    r"onder (het|mijn|mn) bed)(?! (op|van) (school|het werk|mijn werk))(?=.*\b(dronken|slaat|schreeuwt|bonkt|trapt|"
    r"ramt|hoor (hem|haar)|op slot|doorgedraaid)\b))\b"
)
# Intoxicated carers about to drive off with or take a child.
_INTOXICATED = r"(dronken|stomdronken|bezopen|zat|onder invloed|stoned|high|onder de drugs|laveloos|lam)"
_TAKES_CHILD_AWAY = (
    r"(weg)?rijden", r"achter het stuur", r"in de auto", r"auto", r"meenemen", r"mee te nemen",
    r"ophalen", r"op te halen", r"wegrennen", r"ervandoor",
)
_CHILD_WORD = (
    r"kind", r"kinderen", r"kindje", r"baby", r"peuter", r"kleuter", r"dochter", r"zoon",
    r"zoontje", r"dochtertje", r"meisje", r"jongen", r"broertje", r"zusje", r"tweeling",
    r"leerling", r"pupil",
)

# Words that place what is told before this moment.
_EARLIER_WORDS = (
    r"(gisteren|gister|eergisteren|vorige (week|maand|keer)|vorig jaar|(dagen|weken|maanden|jaren) geleden|"
    r"afgelopen (week|weekend|maand|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)|vorig weekend|"
    r"gisternacht|gisteravond|toen (ik|hij|ze|zij|het)|sinds (hij|ze|zij|die)|destijds|vroeger|ooit|in het verleden|"
    r"een keer)"
)
_EARLIER = _rx(rf"\b{_EARLIER_WORDS}\b")
# Up to 30 characters without an earlier time, then a weapon's article: what follows a threat verb.
_THEN_A_WEAPON = rf"(?:(?!\b{_EARLIER_WORDS}\b).){{0,30}}\b(met )?(een|zijn|haar|het|de) "

_NOW_STRONG_RX = _alt(_NOW_STRONG)
_NOW_WEAK_RX = _alt(_NOW_WEAK)
_GOING_ON_RX = _alt(_VIOLENCE_GOING_ON)
_DANGER_STRONG = (
    _rx(rf"\b{_GOING_ON_RX}\b.{{0,40}}\b{_NOW_STRONG_RX}\b"),
    _rx(rf"\b{_NOW_STRONG_RX}\b.{{0,40}}\b{_GOING_ON_RX}\b"),
    _rx(rf"\b(op dit moment|op dit ogenblik|terwijl ik (dit )?(typ|type|schrijf)|{_WINDOW})\b.{{0,80}}\b"
        rf"{_GOING_ON_RX}\b"),
    _rx(rf"\b{_alt(_BODY_IN_DANGER)}"),
    # Not the perfect tense: "dat zijn stiefvader hem met een stok heeft geslagen" is told afterwards.
    _rx(rf"\b{_alt(_WEAPON)}\b.{{0,40}}\b{_alt(_THREAT_VERB)}\b"
        r"(?! (\w+ ){0,2}(ge\w+(d|t|en)|bedreigd|verwond)\b)"),
    # Not with an earlier time between ("heeft gisteren zijn pistool laten zien"), nor hitting
    # with a stick without a word for now: "mama slaat mij met een stok" is how children tell a
    # habit (the now-patterns above and _DANGER_WEAK still read "hij slaat haar nu met een stok").
    _rx(rf"\b(?!slaat\b){_alt(_THREAT_VERB)}\b{_THEN_A_WEAPON}{_alt(_WEAPON)}\b"),
    _rx(rf"\bslaat\b{_THEN_A_WEAPON}{_alt(w for w in _WEAPON if w != 'stok')}\b"),
    _rx(r"\bmet (een |zijn |haar )?(mes|pistool|vuurwapen|geweer|wapen|bijl|knuppel|honkbalknuppel)\b"
        r".{0,30}\b(in (zijn|haar|de) hand|zwaaien|dreigen|bedreigd|gedreigd|aan het)\b"),
    _rx(rf"\b(gedreigd|bedreigd|dreigen) met (een|zijn|haar) {_alt(_WEAPON)}\b"),
    _rx(rf"\b(man|vrouw|vader|moeder|ouder|jongen|jongens|mannen|iemand|hij|ze|zij|ex|vriend|partner) "
        rf"(\w+ )?met (een |zijn |haar |hun )?{_alt(_WEAPON)}\b"),
    _rx(r"\b(gevecht|vechtpartij|knokpartij|steekpartij|mishandeling|geweld)\b (\w+ ){0,2}(is |zijn )?gaande\b|"
        r"\b(is|zijn) (\w+ ){0,3}(gevecht|vechtpartij|knokpartij|steekpartij) gaande\b"),
    _rx(r"\ber wordt (nu |op dit moment )?(geschoten|gestoken|gevochten)\b|\bschiet(en)? (op|om zich heen)\b"),
    # "hij wil haar vermoorden", not "ik wil me van kant maken" (suicide: a child or victim).
    # A threat with a condition ("als je het vertelt") is not this moment.
    _rx(rf"(?<!\bik )\b{_alt(_KILL_INTENT)}\b(?:(?!\b(?:mezelf|mijzelf|zich|zichzelf)\b).){{0,40}}?\b{_alt(_KILL)}\b"
        rf"(?! (als|wanneer|indien|zodra)\b)"),
    _rx(rf"\b(vecht\w*|gevecht|ruzie|dreigt|bedreigt|zwaait|steekt)\b.{{0,30}}\bmet (een |zijn |haar |hun )?{_alt(_WEAPON)}\b"),
    _rx(r"\b(wurgt|wurgen|verwurgt|verstikt|knijpt (\w+ ){0,2}keel( \w+)? dicht|knijpt \w+ keel|zit aan (haar|zijn) keel)\b"),
    _rx(rf"\b{_alt(_INTRUSION)}\b"),
    _rx(rf"\b{_INTOXICATED}\b.{{0,60}}\b(wil|gaat|probeert|staat|komt)\b.{{0,40}}\b{_alt(_TAKES_CHILD_AWAY)}\b"),
    _rx(rf"\b(rijdt|wegrijdt|rijdt weg|zit achter het stuur|stapt in de auto)\b.{{0,30}}\b{_INTOXICATED}\b|"
        rf"\b{_INTOXICATED}\b.{{0,30}}\b(rijdt|wegrijdt|achter het stuur|in de auto gestapt|rijdt weg)\b"),
    _rx(rf"\b{_alt(_CHILD_WORD)}\b.{{0,40}}\balleen (thuis|gelaten|achtergelaten)\b.{{0,60}}\b"
        r"(nu|op dit moment|momenteel|al uren|vannacht|al de hele dag|sinds vanochtend)\b"),
    _rx(r"\b(baby|babytje|peuter|peutertje|kleuter|kleutertje|zuigeling|dreumes|dreumesje)\b.{0,30}"
        r"\balleen (thuis|gelaten|achtergelaten)\b"),
    # A child alone by traffic or water; not a pupil who walks home alone, nor a habit ("elke
    # dag alleen naar school").
    _rx(r"^(?!.*\b(elke|iedere|vaak|altijd|regelmatig|soms|naar school|naar huis)\b).*"
        r"\b(kind|kindje|peuter\w*|kleuter\w*|baby|jongetje|meisje|dreumes\w*)\b.{0,80}"
        r"\b(alleen|in (zn|z n|zijn|haar|d r) eentje)\b.{0,20}\b(langs|op|over|aan|bij|naast|in|naar) (de|het|een) "
        r"(\w+ )?(snelweg|weg|straat|spoor|spoorlijn|rails|water|gracht|kanaal|sloot|rivier|vijver|kruispunt|rotonde)\b"),
    _rx(r"\b(nu|vanavond|vannacht|straks|zo meteen|vandaag)\b.{0,40}\b(zelfmoord|mezelf van kant|zichzelf van kant|"
        r"een eind aan (mijn|m n|het|zijn|haar) leven|van het leven (\w+ )?beroven|springen|ophangen|"
        r"(zichzelf|zich|mezelf) (en de kinderen )?iets (aan )?(te )?(doen|aandoet|aandoen)|op te hangen|"
        r"te springen|van kant te maken|(zich|zichzelf) (iets )?aan te doen)\b"),
    _rx(r"\b(zelfmoord|een eind aan (mijn|m n|het|zijn|haar) leven)\b.{0,40}\b(nu|vanavond|vannacht|straks)\b"),
    # Rage and blows in the present tense: "pa is door het dolle heen en mept op de kinderen";
    # not a habit ("als hij dronken is gaat hij vaak door het lint en slaat").
    _rx(r"^(?!.*\b(vaak|soms|altijd|regelmatig|elke|iedere|als|wanneer|toen)\b).*"
        r"\b(door het (lint|dolle heen)|buiten zinnen|helemaal los|flipt)\b.{0,30}\b(slaat|mept|schopt|trapt|"
        r"stompt|smijt|gooit (met|\w+ tegen)|duwt)\b"),
    # A bare alarm and nothing else: "NU GEVAAR", "gevaar!!".
    _rx(r"^\s*(nu |acuut |echt |groot )?gevaar( nu)?\s*$"),
    _rx(r"\b(zichzelf|zich) en (de|haar|zijn) (kinderen|kind|baby)\b.{0,30}\b(iets aandoet|iets aan te doen|iets aandoen|dood|vermoorden)\b"),
)
# A general question about a situation ("wat doe ik als ...", "valt het onder ... als ...").
_HYPOTHETICAL_QUESTION = _rx(
    r"^(wat|hoe|wanneer|welke|waar|valt|is het|is dat|moet ik|mag ik|kan ik|moet je|mag je|kun je|"
    r"telt|geldt)\b.*\b(als|wanneer|indien|bij|nadat)\b"
)
# Severe violence that leaves a body in danger, unless the message places it earlier in time.
_SEVERE = (
    r"(slaat|sloeg|bonkt|beukt|ramt|smijt|gooit) (\w+ ){0,3}(hoofd|kop) tegen",
    r"(hoofd|kop) tegen (de|het) (muur|grond|vloer|tafel|deur|kast|radiator) (\w+ )?(geslagen|gebonkt|gebeukt|gesmeten)",
    r"tegen de (grond|muur|vloer) (\w+ )?(gegooid|gesmeten|geslagen|gesmakt)",
    r"in het water (gegooid|geduwd|gesmeten)", r"van de trap (gegooid|geduwd|geschopt)",
    r"(schopt|trapt|schopte|trapte) (\w+ ){0,3}(tegen|in) (het|haar|zijn) (hoofd|buik|gezicht)",
    r"steekt (\w+ ){0,2}(neer|met)", r"wurgde", r"keel (\w+ )?dichtgeknepen",
    # Without a tense of their own: "vorige week in een wurggreep gehouden" is not this moment.
    r"wurggreep", r"handen om (haar|zijn) (keel|nek)",
    # A baby shaken: "zag gisteren een leidster een baby door elkaar schudden" is told afterwards.
    # Shaking going on ("schudt de baby nu") is in _VIOLENCE_GOING_ON.
    r"(schudt|schud|rammelt) (\w+ ){0,2}(baby|kindje|zuigeling|peuter)",
    r"(baby|kindje|zuigeling) (\w+ ){0,3}(door elkaar )?(geschud|schudden|gerammeld)",
    r"door elkaar (geschud|schudden|rammelen)",
    # A child thrown down, not a bag: "heeft de baby net op de grond gesmeten".
    rf"{_alt(_CHILD_WORD)} (\w+ ){{0,3}}op de (grond|vloer) (\w+ )?(gegooid|gesmeten|gesmakt|geworpen)",
    # Wounds open now ("een foto van haar polsen die open zijn"); "polsen doorgesneden" is in
    # _BODY_IN_DANGER. Not "ze snijdt zich" (self-harm as a pattern).
    r"(polsen|pols) (\w+ ){0,3}(open|opengehaald)",
)
_DANGER_SEVERE = _rx(rf"\b{_alt(_SEVERE)}\b")
# Told afterwards, with the one it happened to somewhere safe now: "vader zwaaide vorig weekend
# met een mes, ze logeert nu bij haar zus", "mama had gisteren pillen geslikt, ze is nu
# opgenomen". Only safe places: "nu is hij weer bij haar" is no such place.
_SAFE_PLACE_NOW = _rx(
    r"\b(is|zijn|slaapt|slapen|logeert|logeren|zit|zitten|verblijft|verblijven|ligt|woont)\s+(nu|inmiddels|nu weer)\s+"
    r"(\w+\s+){0,2}?(bij ((haar|zijn|een|de) )?(zus|broer|moeder|vader|oma|opa|tante|oom|vriendin|vriend|buren)|"
    r"in het ziekenhuis|opgenomen|op (school|de groep|het kdv|de opvang|de bso)|terug (op|in) de groep|veilig|"
    r"in (een|de) (blijf|crisis|opvang)\w*)\b"
    r"|\bnu (is|zijn|zit|zitten|ligt|slaapt|logeert|ben|slaap|logeer|woon) (ze|zij|het kind|de kinderen|mama|moeder|ik|we) "
    r"(\w+\s+){0,2}?(op (school|de groep|het kdv|de opvang|"
    r"de bso)|in het ziekenhuis|opgenomen|veilig|bij (haar|zijn|mijn|mn|m n|een) (zus|broer|moeder|vader|oma|opa|tante|oom|"
    r"vriendin|vriend))\b"
    r"|\b(ik|we) (ben|zijn|slaap|slapen|logeer|logeren|woon|wonen|zit|zitten) (nu|inmiddels|nu even) (\w+\s+){0,1}?"
    r"(bij (mijn|mn|m n|een|onze|de) (zus|broer|moeder|vader|oma|opa|tante|oom|vriendin|vriend|buren)|"
    r"op (mijn |mn |m n |het )?(werk|school))\b"
)
# ... unless the one who hit is at it again in the present tense ("maar hij staat nu voor de deur").
_STILL_THREATENING = _rx(
    r"\b(staat|staan) (\w+ ){0,3}(voor de deur|aan de deur|voor het huis|op de stoep)\b|\b(komt|komen) (eraan|terug|"
    r"haar halen|hem halen|ze halen)\b|\b(dreigt|bedreigt|zwaait|slaat|schopt|steekt|wurgt|achtervolgt|"
    r"is (weer )?binnen|breekt)\b"
)
_DANGER_WEAK = (
    _rx(rf"\b{_NOW_WEAK_RX}\b.{{0,40}}\b{_GOING_ON_RX}\b"),
    _rx(rf"\b{_GOING_ON_RX}\b.{{0,40}}\b{_NOW_WEAK_RX}\b"),
    _rx(rf"\b{_NOW_WEAK_RX}\b.{{0,40}}\b{_alt(_WEAPON)}\b|\b{_alt(_WEAPON)}\b.{{0,40}}\b{_NOW_WEAK_RX}\b"),
)
_DANGER_SCENE = (
    _rx(rf"\b{_alt(_SCENE)}\b.{{0,40}}\b{_GOING_ON_RX}\b"),
    _rx(rf"\b{_GOING_ON_RX}\b.{{0,40}}\b{_alt(_SCENE)}\b"),
    _rx(rf"\b{_alt(_SCENE)}\b.{{0,40}}\b{_alt(_WEAPON)}\b|\b{_alt(_WEAPON)}\b.{{0,40}}\b{_alt(_SCENE)}\b"),
    _rx(rf"\b(net|zojuist|zonet|daarnet|zo even|zoeven)\b(\s+\w+){{0,5}}\s+{_alt(_HARM_JUST_DONE)}\b"),
    _rx(r"\bik hoor (\w+ ){0,5}(vechten|gillen|gil|gegil|schreeuwen|geschreeuw|slaan|klappen|"
        r"huilen|om hulp roepen|hulp roepen|gekrijs|krijsen)\b"),
    _rx(r"(?<!\bik )(?<!\bwe )\b(kom|komen|stuur|bel) (snel|alsjeblieft|nu|meteen|direct|iemand)\b"),
)

# --- a child or victim writing -------------------------------------------------------------------
# "mijn", and how children type it: "mn", "m n" (m'n), "me" (me pa), "mij", "ons" (ons pa).
_MY = r"(?:mijn|mn|m n|me|mij|mijne|ons|onze|mjin|mijm)"
# People at home or close by who hurt the writer.
_RELATIONS = (
    r"(stief|plus|bonus|schoon)?(vader|moeder|papa|mama|pappa|mamma|pa|ma|paps|mams|ouders|ouder)",
    r"broer", r"broertje", r"zus", r"zusje", r"oom", r"tante", r"opa", r"oma", r"neef", r"nicht",
    r"vriend", r"vriendje", r"vriendin", r"ex ?vriend", r"ex ?vriendin", r"ex", r"man", r"vrouw",
    r"partner", r"echtgenoot", r"echtgenote", r"zoon", r"dochter", r"kind", r"kinderen", r"puber",
    r"stiefbroer", r"stiefzus", r"halfbroer", r"halfzus", r"buurman", r"buurjongen", r"oppas",
    r"verzorger", r"voogd", r"kleinzoon", r"kleindochter", r"kleinkind", r"kleinkinderen",
    r"pleegvader", r"pleegmoeder", r"pleegouders", r"vriend van (mijn|mn|me|m n) (moeder|mama|ma|vader|papa|pa)",
    r"moeders vriend", r"mama s vriend", r"vaders vriendin",
)
# What they do to the writer (present and past tense, with children's spellings).
_HURT = (
    r"sla+[dt]", r"sloeg", r"slaan", r"sloegen", r"schopt", r"schopte", r"trapt", r"trapte",
    r"stompt", r"mept", r"mishandelt", r"mishandelde", r"misbruikt", r"misbruikte", r"verkracht",
    r"verkrachtte", r"verkragt", r"schelden", r"scholden", r"slaan", r"schoppen", r"mishandelen", r"bedreigt", r"bedreigde", r"duwt", r"duwde", r"wurgt", r"wurgde",
    r"betast", r"betastte", r"zit aan", r"zat aan", r"zitten aan", r"komt aan", r"kwam aan",
    r"raakt \w+ aan", r"scheldt", r"schold", r"doet pijn", r"deed pijn", r"sluit \w+ op",
    r"sloot \w+ op", r"slaat \w+ in elkaar", r"knijpt", r"kneep", r"pest", r"chanteert",
    r"dwingt", r"dwong", r"stalkt", r"achtervolgt", r"controleert", r"gooit", r"gooide",
    r"trekt", r"trok", r"vernedert", r"dreigt", r"dreigde", r"kleineert", r"laat \w+ niet", r"pakt (\w+ )?(mijn )?geld",
    r"pakken (\w+ )?(mijn )?geld", r"houdt \w+ vast", r"geeft (\w+ )?(klappen|een klap|slaag|tikken|een schop)",
    r"doet dingen", r"doet \w+ dingen", r"komt (s nachts|snachts|\w+ nachts) ", r"slaan",
    r"uitscheldt", r"uitschold",
)
# What happened to the writer (participles), for "ik word/werd/ben ... geslagen".
_HURT_DONE = (
    r"geslagen", r"geslage", r"geschopt", r"mishandeld", r"mishandelt", r"misbruikt", r"misbruik",
    r"verkracht", r"verkragt", r"aangerand", r"aangerant", r"bedreigd", r"opgesloten", r"gewurgd",
    r"in elkaar geslagen", r"uitgescholden", r"vernederd", r"gestalkt", r"betast", r"aangeraakt",
    r"gechanteerd", r"gedwongen", r"gepest", r"geknepen", r"geduwd", r"getrapt", r"gestompt",
    r"vastgebonden", r"uitgehuwelijkt", r"uitgebuit", r"achtervolgd", r"verwaarloosd",
    r"gebruikt", r"gemept", r"afgetuigd", r"bedreigt",
)
# Adults outside the family a child may name ("mijn juf zit aan me"); only with "mijn", because
# professionals write "onze juf" or "de juf".
_TRUSTED_ADULTS = (r"leraar", r"lerares", r"juf", r"meester", r"trainer", r"coach", r"mentor", r"oppas",
                   r"begeleider", r"begeleidster", r"groepsleider", r"groepsleidster")
_MY_STRICT = r"(?:mijn|mn|m n|me|mij)"
_WHO = rf"(?:{_MY}\s+{_alt(_RELATIONS)}|{_MY_STRICT}\s+{_alt(_TRUSTED_ADULTS)})"
# The writer or someone of theirs as the object; "mijn leerling" or "mijn cliënt" is a
# professional's word, not a victim's.
_ME = (r"(?:mij|me|ons|(?:mijn|mn|m n) (?!leerling|client|collega|pupil|groep|klas|kinderen op)\w+)")
_HURT_RX = _alt(_HURT)
# Children often write "papa slaat mama" without "mijn".
_CHILD_NAMES_FOR_PARENTS = r"(?:papa|pappa|paps|mama|mamma|mams)"
_TONIGHT = r"(vanavond|vannacht|vandaag|straks|morgen|nu|echt|gewoon|zo)"
_CHILD_PATTERNS = (
    _rx(rf"\b{_WHO}\b.{{0,40}}\b{_HURT_RX}\b.{{0,30}}\b{_ME}\b"),
    _rx(rf"\b{_WHO}\b.{{0,20}}\b(mij|me|ons)\b.{{0,30}}\b({_HURT_RX}|{_alt(_HURT_DONE)}|pijn)\b"),
    # Not "speelt na hoe papa mama slaat" (a child playing it out, told by a professional).
    _rx(rf"(?<!als )(?<!dat )(?<!wanneer )(?<!hoe )(?<!papa )(?<!mama )(?<!pappa )(?<!mamma )\b{_CHILD_NAMES_FOR_PARENTS}\b.{{0,30}}\b{_HURT_RX}\b"),
    _rx(rf"\b{_WHO}\b.{{0,30}}\b(sluit|sluiten|sloot|sloten) (mij|me|ons) (\w+ ){{0,4}}op\b"),
    _rx(rf"\b{_WHO}\b.{{0,40}}\b(wordt|is|word|werd) (\w+ ){{0,3}}(boos|kwaad|agressief|woedend) op (mij|me|ons)\b"),
    _rx(rf"\b{_HURT_RX}\s+{_CHILD_NAMES_FOR_PARENTS}\b"),
    # The verb first: "als ik een fout maak slaat mijn vader met een liniaal" (stop 23).
    _rx(r"\b(sla+[dt]|schopt|trapt|mept|knijpt|duwt|scheldt|schreeuwt)\s+(mijn|mn|m n)\s+(stief|plus|bonus)?"
        r"(vader|moeder|pa|ma|papa|mama|broer|oom|opa|man|vriend|partner|ex)\b"),
    # What a parent calls the writer: "mama zegt dat ik dom ben", "noemt me een mislukking".
    _rx(rf"\b({_WHO}|{_CHILD_NAMES_FOR_PARENTS})\b.{{0,20}}\b(zegt|zei|noemt|noemde|vindt)\b (\w+ ){{0,2}}"
        r"(ik|me|mij)\b (\w+ ){0,3}(dom|stom|lelijk|dik|hoer|slet|mislukking|ongeluk|waardeloos|niks waard|"
        r"nergens goed voor)\b"),
    _rx(rf"\b{_CHILD_NAMES_FOR_PARENTS}\b.{{0,20}}\b(mij|me|ons)\b.{{0,30}}\b({_HURT_RX}|{_alt(_HURT_DONE)}|pijn)\b"),
    _rx(rf"\b{_CHILD_NAMES_FOR_PARENTS} (heeft|had)\b.{{0,50}}\b(mij|me)\b (\w+ ){{0,4}}{_alt(_HURT_DONE)}\b"),
    # "ik word/werd/ben ... geslagen", also "k word", "ik wordt", "thuis word ik geslagen".
    _rx(rf"\b(ik|k|ikke) (\w+ ){{0,2}}(word|wordt|worde|werd|worden|ben)\s+(\w+\s+){{0,5}}{_alt(_HURT_DONE)}\b"),
    _rx(rf"\b(ik en {_MY} \w+|{_MY} \w+ en ik) (worden|worde|werden|zijn)\s+(\w+\s+){{0,5}}{_alt(_HURT_DONE)}\b"),
    _rx(rf"\b(word|wordt|werd) ik\s+(\w+\s+){{0,5}}{_alt(_HURT_DONE)}\b"),
    # Children leave out the "ik": "ben vorige week verkracht door een jongen van school".
    _rx(rf"^(ben|word|werd)\s+(\w+\s+){{0,5}}{_alt(_HURT_DONE)}\b"),
    _rx(r"\b(seks|sex) met (mij|me)\b.{0,40}\b(niet wilde|niet wou|niet wilden|tegen mijn (zin|wil))\b|"
        r"\b(tegen mijn (zin|wil)|terwijl ik (dat|het) niet wilde)\b.{0,40}\b(seks|sex)\b"),
    # Anyone who does it to "me": "hij slaat me", "de vriend van mn moeder zit aan me".
    _rx(r"\b(sla+[dt]|sloeg|schopt|schopte|trapt|stompt|mept|mishandelt|misbruikt|verkracht|verkragt|"
        r"wurgt|betast|zit aan|zat aan|zitten aan|komt aan|knijpt|duwt|dwingt|stalkt|"
        r"doet pijn|kust|kuste|zoent|zoende|streelt|streelde)\s+(mij|me)\b|\braakt (mij|me) aan\b|"
        r"\b(sluit|sloot|sloten|sluiten) (mij|me) (\w+ ){0,4}op\b|\b(zit|zat|zitten) (\w+ ){0,2}aan (mij|me|mijn lichaam|"
        rf"(mijn|mn|m n) ({_INTIMATE_PARTS}|kont|benen|lijf))\b"),
    _rx(r"\baan (mij|me) (zit|zat|zitten|gezeten|komt|kwam)\b"),
    _rx(rf"\b(?:ik|k) heb (\w+ ){{0,3}}(blauwe plekken|blauwe plek|wonden|een blauw oog|pijn|littekens|brandwonden) "
        rf"(van|door) {_WHO}\b"),
    _rx(r"\b(ik krijg|krijg ik|ik kreeg|kreeg ik|k krijg) (\w+ ){0,2}(klappen|slaag|een pak slaag|een klap|tikken|schoppen|stompen|"
        r"een schop|mep|meppen|ervan langs)\b"),
    _rx(r"\b(?:ik|k) krijg (thuis )?(bijna |vaak )?(nooit|geen) (eten|te eten)\b"),
    # Sextortion of the writer: "hij heeft naaktfoto's van mij rondgestuurd".
    _rx(r"\b(naaktfoto( s)?|naaktfotos|fotos|foto s|filmpjes?|video( s)?|beelden) van (mij|me)\b.{0,40}\b(rondgestuurd|"
        r"verspreid|gedeeld|online|gepost|doorgestuurd|verspreiden|delen|sturen)\b|\bdreigt (\w+ ){0,3}(mijn )?"
        r"(naaktfoto( s)?|naaktfotos|fotos|foto s|filmpjes?) (\w+ )?(te )?(verspreiden|delen|sturen|posten|online)|"
        r"\b(mijn|mn|m n) (naaktfoto( s)?|naaktfotos|blote foto( s)?|filmpjes?) (\w+ ){0,3}(rondgestuurd|verspreid|gedeeld|"
        r"online gezet|gepost|doorgestuurd)"),
    # "ik durf vanavond niet naar huis": a time word may come between (not "ik durf mijn leerling
    # niet naar huis te sturen", a professional).
    _rx(rf"\b(?:ik|k) (durf|durfde) ({_TONIGHT}\s+)?(echt )?(niet|nooit) (meer )?(naar huis|thuis|terug naar huis|terug)\b"),
    _rx(r"\b(?:ik|k) durf (het )?(niks|niets|niet|niemand) (te )?(zeggen|vertellen|te vertellen)\b.{0,30}"
        r"\b(want|omdat|anders|dan)\b"),
    _rx(rf"\b(?:ik|k) wil ({_TONIGHT}\s+)?niet (meer )?(naar huis|thuis wonen|terug naar huis|naar mijn vader|"
        r"naar mijn moeder)\b"),
    # "als ik het thuis niet meer trek": only with "thuis", since a professional writes "ik trek
    # het niet meer" about a heavy case.
    _rx(r"\b(?:ik|k) (het|t) thuis (niet|nie) meer (trek|aankan|aan kan|volhoud|vol hou|uithoud|uit hou)\b|"
        r"\b(?:ik|k) (hou|houd) (het|t) thuis (niet|nie) meer (vol|uit)\b"),
    _rx(rf"\b(?:ik|k) ben (zo |heel |erg |echt |super )?bang (voor|van) {_WHO}\b"),
    _rx(r"\b(?:ik|k) ben (zo |heel |erg |echt |super )?bang (thuis|tuis|om naar huis|om thuis)\b"),
    # "kan ik ergens praten over wat er bij ons thuis gebeurt": the writer's own home.
    _rx(r"\bwat er (bij ons|bij mij|bij mijn (ouders|vader|moeder)) thuis (gebeurt|gebeurd|speelt|aan de hand is)\b"),
    _rx(r"\b(?:ik|k) ben (zo |heel |erg )?bang (dat|als) (hij|ze|zij|mijn \w+|mn \w+|papa|mama) (me|mij|weer)\b"),
    _rx(r"\b(thuis|bij ons thuis) (is|voelt) (het )?(niet|nooit) (meer )?veilig\b|"
        r"\bhet bij (mij|ons) thuis (niet|nooit) (meer )?veilig\b|\b(?:ik|k) voel me thuis "
        r"(niet|nooit) (meer )?veilig\b|\b(?:ik|k) voel me (niet|nooit) (meer )?veilig (thuis|bij (mijn|mn|m n|me) \w+)\b"),
    _rx(r"\b(geslagen|slaat|slaan|ruzie|niet goed|niet veilig|geweld|schreeuw\w*|bang|pijn|klappen|"
        r"niet fijn|erg|rot|kut)\b.{0,20}\bbij ons thuis\b|\bhet gaat (\w+ )?niet (goed|fijn) (bij ons )?thuis$"),
    _rx(r"\bbij ons thuis\b.{0,40}\b(geslagen|slaat|slaan|ruzie|niet goed|niet veilig|geweld|"
        r"schreeuw\w*|bang|pijn|klappen)\b"),
    _rx(r"\b(?:ik|k) (wil|ga) (weglopen|wegrennen|weg van huis|weg van thuis|van huis weg)\b|\b(?:ik|k) ben "
        r"(\w+ )?(weggelopen|van huis weggelopen)\b|\b(?:ik|k) loop weg\b"),
    _rx(r"\bniemand gelooft (me|mij)\b|\b(?:ik|k) (ben|ben zelf|was) (een |het )?slachtoffer\b|"
        r"\b(?:ik|k) ben (een )?(kind|meisje|jongen|tiener|puber|scholier)\b"),
    _rx(r"\b(?:ik|k) zit in (groep [1-8]|groep (een|twee|drie|vier|vijf|zes|zeven|acht)|de brugklas|brugklas|"
        r"klas [1-6]|de [1-6]e klas|de [1-6]e|[1-6] (havo|vwo|vmbo|mavo|gym|atheneum)|(havo|vwo|vmbo|mavo) [1-6]|"
        r"de (onderbouw|bovenbouw))\b"),
    # Suicide and self-harm in the first person (suicide prevention is offered with it).
    _rx(r"\b(ik|k|ikke) (wil|will|wilt|wil gewoon) (niet meer leven|dood|er niet meer zijn|"
        r"er een eind(e)? aan maken|(me|mezelf) van kant maken|(me|mezelf) iets aandoen|"
        r"zelfmoord plegen|sterven|doodgaan|dood gaan|niet meer wakker worden|(me|mezelf) ophangen)\b"),
    _rx(r"\b(?:ik|k) denk (er )?(\w+ ){0,2}(aan|over) (om )?(zelfmoord|dood gaan|doodgaan|mezelf doden|er een eind aan|"
        r"mijn eigen dood|suicide|zelfdoding)\b"),
    _rx(r"\b(?:ik|k) heb geen zin meer (in het leven|om te leven|in leven)\b|\b(?:ik|k) zie het niet meer zitten\b"),
    # "ik heb (soms) zelfmoordgedachten", "ik ben suicidaal"; only adverbs may come between, so
    # that "ik heb een leerling met zelfmoordgedachten" (a professional) stays out.
    _rx(r"\b(?:ik|k) (heb|had|krijg) ((ook|echt|vaak|soms|steeds|weer|nog steeds|best vaak|heel vaak|"
        r"wel eens|weleens|af en toe|regelmatig|de laatste tijd|al (een )?(tijdje|tijd|lang|jaren)) )*"
        r"(zelfmoordgedachte\w*|zelfmoordneiging\w*|"
        r"suicidale (gedachte|neiging)\w*|doodsgedachte\w*|gedachte\w* (aan|over) (zelfmoord|zelfdoding|"
        r"suicide|dood gaan|doodgaan))\b|\b(?:ik|k) (ben|voel me) (\w+ )?suicidaal\b"),
    _rx(r"\b(?:ik|k) (snij|snijd|kras|beschadig|bekras) (\w+ ){0,2}(mezelf|me|in mijn)\b|"
        r"\b(?:ik|k) doe mezelf (pijn|iets aan)\b|\b(?:ik|k) heb (pillen|medicijnen|tabletten) (gespaard|verzameld)\b"),
)
_AGE = (r"(\d{1,2}|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|zestien|"
        r"zeventien)")
_MY_AGE = re.compile(
    rf"\bik ben (pas |net |bijna |nu |al )?(?P<age>{_AGE[1:-1]})( jaar)?( oud)?\b"
    rf"|\bik ben (een )?(meisje|jongen|kind|tiener|puber) van (?P<age2>{_AGE[1:-1]})\b"
)
_AGE_WORDS = {"zes": 6, "zeven": 7, "acht": 8, "negen": 9, "tien": 10, "elf": 11, "twaalf": 12,
              "dertien": 13, "veertien": 14, "vijftien": 15, "zestien": 16, "zeventien": 17}
# "ik ben 8 jaar leerkracht", "ik ben 12 jaar in dienst": a professional telling their experience.
_AGE_IS_EXPERIENCE = re.compile(
    r"^ (uur|dagen|weken|maanden|minuten|keer|procent|kinderen|leerlingen|clienten)\b"
    r"|^ ?(\w+ ){0,2}(in dienst|werkzaam|aan het werk|ervaring|bezig|getrouwd|samen|"
    r"juf|meester|leerkracht|docent|leraar|lerares|mentor|pm er|leidster|begeleider|gastouder|"
    r"aandachtsfunctionaris|af|ib er|actief|verpleegkundige|in het onderwijs|in de zorg|"
    r"in de kinderopvang|in de jeugdhulp)\b"
)

# --- a staff member as suspect ---------------------------------------------------------------
# Anyone who works for the organisation, paid or not (the legal duties in onderwijs and
# kinderopvang cover staff, interns and volunteers; in zorg and jeugdhulp any care worker).
# Compounds ("gymdocent", "thuiszorgmedewerker", "woonbegeleider") are caught by the suffixes.
_STAFF_ROLES = (
    r"\w*collega", r"\w*collegas", r"collega s", r"oud collega", r"oud-collega", r"teamlid",
    # "mijn teamgenoot" is a colleague; "een teamgenoot" in sport is a child of the team.
    r"(?:^|(?<=mijn )|(?<=onze )|(?<=mn )|(?<=m n ))teamgeno(ot|te|ten)",
    r"personeelslid", r"\w*leerkracht", r"\w*leraar", r"\w*lerares", r"\w*docent", r"\w*docente",
    r"\w*juf", r"juffrouw", r"juffie", r"\w*meester", r"mentor", r"mentrix", r"\w*trainer", r"\w*coach",
    r"docent lichamelijke opvoeding", r"docent lo", r"leraar lo", r"\w*medewerker", r"\w*medewerkster",
    r"pm er", r"pmer", r"pm mer", r"pmmer", r"pedagogisch medewerker", r"\w*leidster", r"\w*leider",
    r"\w*begeleider", r"\w*begeleidster", r"\w*stagiair", r"\w*stagiaire", r"stagiaires", r"stagiairs",
    r"stagiar", r"stagiare", r"stagair", r"stagaire", r"stagaires", r"stagelopende?", r"invaller",
    r"invalster", r"invalkracht", r"inval juf", r"invaljuf", r"overblijfkracht", r"overblijfmoeder",
    r"overblijfvader", r"overblijfouder", r"overblijfjuf", r"tso ouder", r"hulpouder", r"leesouder",
    r"\w*vrijwilliger", r"\w*vrijwilligster", r"\w*vrijwilligers", r"gastouder", r"gastmoeder", r"gastvader",
    r"oppasmoeder", r"concierge", r"conciërge", r"directeur", r"(con)?rector", r"directrice", r"adjunct directeur",
    r"locatiemanager", r"locatieleider", r"leidinggevende", r"teamleider", r"manager",
    r"houder", r"eigenaar", r"eigenaresse", r"bestuurder", r"onderwijsassistent", r"klassenassistent",
    r"\w*assistent", r"\w*assistente", r"\w*kracht", r"\w*chauffeur", r"buschauffeur",
    r"\w*ondersteuner", r"zij ?instromer", r"\w*coordinator", r"\w*instructeur", r"voorzitter", r"\w*beheerder",
    r"avonddienst", r"dagdienst", r"schoonmaakster", r"iemand van de schoonmaak\w*", r"\w*agoog", r"remedial teacher",
    r"juffen", r"\w*leraren", r"(?<=de )leiding",
    r"\w*verpleegkundige", r"verpleger", r"verpleegster", r"zuster", r"\w*verzorgende", r"verzorgster",
    r"ziekenverzorgende", r"\w*hulpverlener", r"zorgverlener", r"\w*werker", r"\w*therapeut",
    r"psycholoog", r"orthopedagoog", r"gedragswetenschapper", r"behandelaar", r"\w*arts",
    r"specialist", r"tandarts", r"fysio", r"logopedist", r"groepsleiding", r"nachtdienst",
    r"nachtwacht", r"schoonmaker", r"kok", r"beveiliger", r"ib er", r"intern begeleider",
    r"zorgcoordinator", r"vertrouwenspersoon", r"kampleiding", r"jeugdleider", r"scoutingleider",
    r"(man|vrouw|partner|vriend|vriendin|zoon|dochter|huisgenoot|echtgenoot|broer|vader) van "
    r"(de|een|haar|zijn|hun|mijn|onze|een van (de|onze)) gastouders?",
    r"huishoudelijke hulp", r"thuishulp", r"alfahulp",
    r"iemand (van|uit) (ons|het|onze|de) (team|school|opvang|personeel|staf|instelling|organisatie|locatie)",
    r"iemand die (hier|bij ons|op school|op de opvang|in de instelling) werkt",
    r"iemand van het personeel",
    # Stop 23, from helpers' staff cases: function words and ways of naming one of the team.
    r"tso kracht", r"tso (mevrouw|meneer|moeder|vader)", r"(vaste|nieuwe|ervaren|jonge|oudere) kracht",
    r"slaapwacht", r"invalpool", r"zzp er", r"zzper", r"dirigent", r"koster", r"\w*ouderling",
    r"kraamhulp", r"\w*verzorgster", r"bbl er", r"bbler", r"bbl student", r"logopediste",
    r"\w*consulent", r"\w*consulente", r"slb er", r"slber",
    r"(bijles|gym|overblijf|zwem|muziek|taxi|bus) ?(meneer|mevrouw)",
    r"(meneer|mevrouw|juf|meester) van (de |het )?(gym|techniek|muziek|tekenen|handvaardigheid|bus|busje|"
    r"taxi|taxibusje|schoonmaak|kantine|overblijven|tso|bso|opvang|zwemles)",
    r"(avond|nacht|dag|vroege|late) ?ploeg", r"(die ene|iemand|een) van de (nacht|avond|late|vroege)(dienst)?",
    r"tante van de (bso|opvang|creche|kinderopvang)", r"een van (onze|ons) (mensen|krachten|medewerkers)",
    r"(?<=de )nieuwe(?= (op|in|bij|van) (de|het|onze|ons) )", r"(?<=mijn )baas", r"(?<=onze )baas",
)
# Words ending like a role that are not one ("achterwaarts", "kracht" alone, "meester" in
# "burgemeester"). Checked on the matched role.
_NOT_A_ROLE = frozenset({
    "kracht", "spierkracht", "wilskracht", "draagkracht", "veerkracht", "zeggingskracht",
    "achterwaarts", "voorwaarts", "zwarts", "burgemeester", "penningmeester", "vertrouwensarts",
    "huisarts", "verkracht", "koken",
})
# A doctor as where the victim goes ("moet ze naar een arts"), not as someone who works there.
_TO_A_DOCTOR = _rx(r"\bnaar (een|de) \w*arts$")
# What they do to a child or client: physical, restraint, humiliation, sexual, grooming.
# Ordinary school and care words are kept out or need context: "klappen" (applause), "tikken"
# (a game), "trekt" (trekt een lijn), "foto's" and "appt" (normal with parents), "op schoot".
_CHILD_OR_CLIENT = (
    r"leerling", r"leerlingen", r"leerlinge", r"kind", r"kinderen", r"kindje", r"kindjes", r"meisje",
    r"meisjes", r"jongen", r"jongens", r"peuter", r"peuters", r"kleuter", r"kleuters", r"baby",
    r"babys", r"baby s", r"client", r"cliente", r"clienten", r"jongere", r"jongeren", r"minderjarige",
    r"pupil", r"pupillen", r"clientje", r"clientjes", r"bewoner", r"bewoonster", r"bewoonsters", r"bewoners", r"patient", r"patiente", r"patienten",
    r"scholier", r"scholieren", r"student", r"studente", r"studenten", r"tiener", r"puber", r"stagiaire", r"deelnemer", r"deelnemers",
    r"meiden", r"kids", r"jochie", r"jochies", r"jongetje", r"jongetjes", r"dreumes", r"dreumesen", r"welp",
    r"welpen", r"tieners", r"pubers",
)
_CHILD_OR_CLIENT_RX = _alt(_CHILD_OR_CLIENT)
_SECRETIVE = (
    r"s avonds", r"snachts", r"s nachts", r"prive", r"stiekem", r"geheim", r"schatje", r"lieverd",
    r"liefje", r"schat", r"sexy", r"lekker", r"knap", r"mooi", r"verliefd", r"afspreken", r"afspraakje",
    r"naakt", r"bloot", r"kleedkamer", r"douche", r"wc", r"toilet", r"ondergoed", r"omkleden",
    r"omkleed", r"bikini", r"zwembroek", r"badpak", r"snapchat", r"instagram", r"tiktok", r"buiten schooltijd",
    r"in het weekend", r"thuis", r"verschoon\w*", r"(eigen|prive) (telefoon|mobiel)",
)
_ARTICLE = r"(?:een|de|het|mijn|onze|ons|haar|zijn|hun|die|deze|m n|mn|jullie)"
# What a child or client is tied with or to.
_TIED_WITH = (r"(touw|springtouw|laken|sjaal|handdoek|tape|plakband|kabel|stoel|box|bed|tafel|verwarming|radiator|"
              r"deken)")
_STAFF_ACTS = (
    # physical
    r"sla+[dt]", r"sloeg", r"slaan", r"geslagen", r"mept", r"gemept", r"schopt", r"schopte",
    r"geschopt", r"trapt", r"trapte", r"getrapt", r"knijpt", r"kneep", r"geknepen", r"duwt", r"duwde",
    r"geduwd", r"gesmeten", r"smeet", r"sleuren", r"aan (een|1|zijn|haar) (arm|been|oor) (\w+ )?(opgetild|opgetrokken|meegesleurd|"
    r"getrokken|opgepakt)", r"sleurt", r"sleurde", r"gesleurd", r"rukt", r"rukte", r"gerukt", r"smijt", r"gooit \w+",
    r"(trekt|trok|getrokken|pakt|pakte|gepakt|grijpt|greep|gegrepen|houdt|hield) (\w+ ){0,6}(aan|bij) "
    r"(de|haar|zijn|hun|z n) (haren|haar|arm|armen|oor|oren|kraag|nek|keel|hals|pols|polsen|capuchon|been|benen)",
    r"(trekt|trok|getrokken|pakt|pakte) (\w+ ){0,3}(hard|hardhandig|ruw|ruwe)", r"aan de haren",
    r"aan (zijn|haar|hun) (arm|armen|oor|oren|haar|haren)",
    r"(schudt|schudde|rammelt) (\w+ ){0,3}(door elkaar|heen en weer|hard)",
    r"door elkaar (schud\w*|geschud|gerammeld|rammel\w*)",
    r"hard (\w+ ){0,3}(vastpakt|vastgepakt|beetpakt|beetgepakt|neerzet|neergezet|neer|vast|geduwd|duwt|"
    r"neerleggen|neerlegt|neergelegd|neergesmeten|neersmijt|neergooit)",
    r"(een |de )?(klap|klapje|tik|tikje|mep|pets|schop|trap|stomp|draai om de oren|oorvijg|billenkoek)",
    r"(klappen|tikken|tikjes|meppen) (\w+ )?(geeft|gaf|gegeven|uitdeelt|uitdeelde|krijgen|kregen|gekregen)",
    r"geeft (\w+ ){0,3}(klappen|tikken|tikjes|meppen)", r"tikken op", r"op de billen", r"op (de|zijn|haar) vingers",
    r"vastbindt", r"vastgebonden", r"vast te binden", r"(bindt|bond) (\w+ ){1,6}vast", r"fixeert", r"gefixeerd",
    # Tied with or to something, not a wheelchair strapped in the bus ("met de riemen in de bus
    # vastzet"): "met een springtouw aan zijn stoel vastmaakt", "maakte hem met een sjaal vast".
    rf"(met|aan) (een|de|zijn|haar|hun) (\w+ )?{_TIED_WITH} (\w+ ){{0,4}}(vastmaakt|vastmaakte|vastzet|vastzette|"
    r"vastgezet|vastgemaakt)",
    rf"(maakt|maakte|zet|zette) (\w+ ){{1,4}}(met|aan) (een|de|zijn|haar|hun) (\w+ )?{_TIED_WITH} (\w+ ){{0,3}}vast\b",
    # Not "sluit het kamp op zaterdag af".
    r"(sluit|sloot) \w+ (\w+ )?op\b(?! (slot|tijd|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\b)",
    rf"(sluit|sloot) (\w+ )?({_ARTICLE} )?(\w+ )?({_CHILD_OR_CLIENT_RX}|hem|haar|ze) (\w+ ){{0,5}}op\b(?! slot)",
    rf"(dreigt|dreigde|gedreigd) (\w+ ){{0,2}}({_CHILD_OR_CLIENT_RX}|hem|haar|hen|hun)\b",
    # In underwear, made to or the staff member's own; not a toddler helped to the toilet.
    r"(laat|laten|liet|lieten|dwingt|dwong|moeten|moesten) (\w+ ){0,6}in (hun|zijn|haar|z n|d r) "
    r"(ondergoed|onderbroek\w*)",
    r"(loopt|liep|staat|stond|rent|komt|kwam|zit|zat|foto s|fotos|foto|filmpjes) (\w+ ){0,4}in (zijn|z n) (eigen )?"
    r"(ondergoed|onderbroek\w*)",
    r"(zijn|z n) (eigen )?broek (\w+ ){0,2}(naar beneden|omlaag|uit|open)", r"opgesloten", r"opsluiten", r"op te sluiten",
    r"in (de|een) (kast|hok|kelder|berging|donkere)", r"laat \w+ (\w+ )?(huilen|alleen|liggen|honger)",
    r"eten (onthoudt|onthouden|afpakt)", r"(te weinig|geen|niks|niets) (te )?(eten|drinken)",
    r"zonder (eten|drinken|water|avondeten|ontbijt|lunch|toetje)", r"slaappil\w*", r"slaapmiddel\w*",
    r"(medicijnen|pillen|iets) (\w+ ){0,2}(geeft|gegeven|in (hun|het|de) (eten|drinken|fles|flesje))",
    r"steelt", r"stal", r"gestolen", r"dwingt (\w+ ){0,4}(te eten|leeg te eten|op te eten|te slapen|stil te zitten)",
    r"(stopt|propt|duwt|stopte|propte|duwde) (\w+ ){0,3}eten in", r"eten (\w+ ){0,4}(propt|propte|gepropt)",
    r"kijkt (\w+ ){0,3}(mee|toe|naar) (\w+ ){0,4}(omkleden|douchen|uitkleden|naakt|bloot|plassen|wc|kleedkamer)",
    rf"{_alt(_SECRETIVE)} (\w+ ){{0,6}}(filmpjes|foto s|fotos|filmt|fotografeert|gefilmd)", r"(laat|trekt) (\w+ ){0,3}op (zijn|haar) schoot",
    r"trekt (\w+ ){0,3}op schoot",
    r"laat (\w+ ){0,5}(huilen|alleen|honger|in ((de|een|zijn|haar|hun|je|d r|z n) )?(eigen )?(vieze|natte|volle|poep|plas))",
    r"(te veel|extra|stiekem) (medicijnen|medicatie|pillen|kalmeringsmiddelen|rustgevers)",
    r"(dubbele|te hoge) (dosis|dosering)",
    r"(medicijnen|medicatie|pillen) (\w+ ){0,4}(zodat|om) (\w+ ){0,3}(rustig|slaapt|slapen|stil)",
    rf"(stuurt|stuurde|appt|appte) (\w+ ){{0,2}}{_CHILD_OR_CLIENT_RX} (\w+ ){{0,3}}(berichtjes|berichten|appjes|"
    rf"foto s|fotos|filmpjes|kusjes|hartjes|kussen|snaps|liefdesbrieven)", r"(pakt|neemt|pint|pinde|haalt) (\w+ ){0,3}geld",
    r"geld (\w+ ){0,2}(afpakt|afgepakt|weggenomen|opneemt|opgenomen)", r"mishandelt", r"mishandelde", r"mishandeld",
    r"mishandeling", r"ruw", r"ruwe", r"hardhandig", r"hardhandige", r"agressief", r"geweld",
    r"pijn (doet|gedaan|deed)",
    # Not "de fysio doet soms pijn": pain "aan mijn plasser" is told by a child.
    rf"(doet|deed) (\w+ )?pijn aan (mijn |mn |m n |haar |zijn |z n |d r )?({_INTIMATE_PARTS})",
    # Stop 22, from helpers' staff cases: silencing, taping down (not a drawing taped to the
    # wall), a knee in the back, a cold shower or a dark room as punishment, medication withheld.
    r"hand op (zijn|haar|z n|d r) mond", r"met (tape|plakband) (\w+ ){0,5}(vast\w*|dicht\w*)",
    r"knie in (zijn|haar|z n|d r) (rug|nek)", r"koud (af)?gedoucht", r"koude douche",
    r"(zet|zette|stopt|stopte|sluit|sloot) (\w+ ){0,4}in (een|het) (donker|leeg)\w* (\w+ )?(kamertje|kamer|hok|ruimte)",
    r"(geeft|gaf) (\w+ ){0,4}(zijn|haar|de) (medicatie|medicijnen) niet",
    # Stop 23: money or a bank card taken, slurs, "te stom om", ignored for a whole morning,
    # photos without clothes asked for, a secret shared with the child.
    r"geld (\w+ ){0,4}(neemt|pakt|haalt|steelt|afpakt)", r"(bankpas|pinpas) (\w+ ){0,2}(afgepakt|afpakt|afgenomen)",
    r"(trut|kutwijf|kutkind|hoer|slet|mongool|debiel|sukkel|idioot) (noemt|noemde|genoemd)",
    r"(is|bent|ben|zijn|zou) (\w+ )?te (stom|dom|lelijk|dik|lui) om", r"te (stom|dom|lelijk|dik|lui) (is|bent|zijn) om",
    r"beter dood",
    rf"(negeert|negeerde|genegeerd) ({_ARTICLE} )?(\w+ )?({_CHILD_OR_CLIENT_RX}|hem|haar) (\w+ ){{0,3}}"
    r"(de hele|het hele|urenlang|dagenlang|expres|bewust|compleet|volledig)",
    rf"({_CHILD_OR_CLIENT_RX}|hem|haar) (\w+ ){{0,4}}(de|het) hele (dag|ochtend|middag|week|weekend) (\w+ ){{0,2}}"
    r"(negeert|genegeerd|negeerde)",
    r"(foto|fotos|foto s|selfie|selfies|filmpje|filmpjes) (\w+ ){0,2}(zonder|in (zijn|haar|hun)) "
    r"(shirt|kleren|kleding|ondergoed|bh|onderbroek|bikini|badpak|zwembroek)",
    # Not a surprise for Mother's Day: "maakt met de kinderen een geheimpje voor moederdag".
    r"(ons|onze) geheim(pje|pjes)?", r"geheimpjes? (doet|doen|deed|heeft|hebben|met)\b",
    r"geheime? (kusje|kus|knuffel|kusjes)",
    r"(mag|mogen) (het |dat )?(aan )?niemand (\w+ )?(zeggen|vertellen)",
    # verbal, humiliation, neglect
    r"schreeuwt", r"schreeuwde", r"scheldt", r"schold", r"uitgescholden", r"uitschelden", r"uitscheldt",
    r"uitschold", r"vernedert",
    r"vernederd", r"vernederen", r"kleineert",
    r"noemt (\w+ ){0,4}(dik|dikke|vet|vette|dom|domme|stom|stomme|lelijk|lelijke|achterlijk\w*|hoer\w*|trut|"
    r"slet\w*|mongool|debiel\w*|koe|koeien|varken\w*)", r"lacht (\w+ ){0,4}uit", r"uitgelachen", r"uitlachen",
    r"uitlacht", r"uitlachte",
    r"belachelijk (maakt|maakte|gemaakt)", r"pest", r"pestte", r"treitert", r"bedreigt", r"bedreigde", r"bang maakt", r"intimideert",
    r"onder invloed", r"dronken",
    # sexual
    r"misbruikt", r"misbruikte", r"misbruik", r"verkracht", r"verkrachtte", r"aangerand", r"aanrandt",
    r"randde", r"betast", r"betastte", r"zit aan", r"zat aan", r"zitten aan",
    r"aan \w+ (\w+ ){0,2}(zit|zat|zitten|gezeten)",
    rf"(zit|zat|zitten|komt|kwam) (\w+ ){{0,4}}aan (de |het |haar |zijn |hun )?(\w+ )?({_CHILD_OR_CLIENT_RX}|"
    rf"{_INTIMATE_PARTS}|lichaam|benen|dijen)",
    rf"aan (de|haar|zijn|hun|mijn|mn|m n) ({_INTIMATE_PARTS})", r"raakt \w+ (\w+ ){0,3}aan", r"raakte \w+ (\w+ ){0,3}aan",
    r"aanraakt", r"aanraakte", r"aangeraakt", r"aanraken", r"aanrakingen", r"zoent", r"zoende", r"gezoend",
    r"zoenen", r"zoentjes", r"kust", r"kuste", r"gekust", r"tongzoen", r"streelt", r"streelde", r"gestreeld",
    r"masseert", r"gemasseerd",
    # Stop 22: a hand on a thigh, a kiss given, children made to undress completely (not
    # changing for gym).
    r"hand op (haar|zijn|z n|d r) (been|benen|bovenbeen|dij|dijen|knie|billen|borst|borsten)",
    r"(geeft|gaf) (\w+ ){0,4}(een kus|een kusje|kusjes)",
    r"(helemaal|naakt|poedelnaakt|bloot) (\w+ )?(uitkleden|uit (te )?kleden)",
    r"seks", r"seksueel", r"seksuele", r"seksistisch", r"intiem", r"intieme",
    r"naakt", r"naaktfoto( s)?", r"naaktfotos", r"bloot", r"porno", r"grooming", r"grensoverschrijdend",
    r"grensoverschrijdende", r"ongepast", r"ongepaste", r"ongewenst", r"ongewenste", r"over de grens",
    r"over grenzen", r"doet dingen", r"dingen (doet|gedaan|doen)", rf"in (zijn|haar|hun) ({_INTIMATE_PARTS})",
    r"onder (de|haar|zijn) (kleren|kleding|trui|rok|shirt)", r"knuffelt (te|veel|ongepast|lang)",
    r"mee naar (zijn|haar) huis", r"meegenomen (op|naar) (vakantie|reis|hotel|zijn huis|haar huis|huis)",
    r"(slapen|sliepen|sliep|slaapt) samen",
    r"(slaapt|sliep|slapen|sliepen) (\w+ ){0,2}bij (\w+ ){0,2}(op (de|hun|zijn|haar) kamer|in (bed|hun bed))", r"samen (\w+ )?(geslapen|sliepen)", r"in (zijn|haar|hetzelfde) bed", r"neemt \w+ mee naar (huis|zijn huis|haar huis)",
    rf"neemt ({_ARTICLE} )?(\w+ )?{_CHILD_OR_CLIENT_RX} (\w+ ){{0,5}}mee naar (zijn|haar) (eigen )?(huis|woning|kamer)",
    r"cadeautjes", r"verliefd", r"verkering",
    rf"((heeft|had|hebben) (\w+ ){{0,3}}iets|iets (heeft|had|hebben)) met (een|de|die|dat|haar|zijn) (\w+ )?{_CHILD_OR_CLIENT_RX}",
    r"(foto s|fotos|filmpjes|filmt|fotografeert|gefilmd|gefotografeerd) (\w+ ){0,4}(naakt\w*|blote|bloot|"
    r"in (hun|zijn|haar) ondergoed)",
    rf"alleen met (een|het|de|dat|die) (\w+ )?{_CHILD_OR_CLIENT_RX} (\w+ ){{0,4}}(deur (\w+ )?(dicht|op slot)|"
    rf"achter (een )?gesloten deur(en)?)",
    rf"alleen (achter )?met (een|het|de|dat|die) (\w+ )?{_CHILD_OR_CLIENT_RX} (\w+ ){{0,3}}(onder de douche|in de "
    rf"(douche|doucheruimte|kleedkamer)|op (zijn|haar) kamer|in (zijn|haar) auto)",
    rf"iets met (een|de|die|dat|haar|zijn) (\w+ )?{_CHILD_OR_CLIENT_RX} (\w+ ){{0,4}}(heeft|had|hebben|te hebben)\b",
    # too close to one pupil or client: the first thing colleagues notice of grooming
    rf"te (close|amicaal|aanhalig|knuffelig|klef|intiem|hecht|familiair|vertrouwelijk|persoonlijk) "
    rf"(\w+ ){{0,2}}(met|bij|naar|tegen) (\w+ ){{0,3}}{_CHILD_OR_CLIENT_RX}",
    # contact that needs a child or client, or secrecy, to count
    rf"(relatie|seks|verkering|date|afspraakje|chat|chatten|appt|appte|whatsappt|mailt|dm t|sms t|"
    rf"berichten|berichtjes|appjes|contact) (\w+ ){{0,4}}(met|naar|aan) (een |de |haar |zijn |die )?"
    rf"(\w+ )?{_CHILD_OR_CLIENT_RX}",
    rf"(appt|appte|whatsappt|belt|mailt|chat|chatte) ({_ARTICLE} )?(\w+ )?{_CHILD_OR_CLIENT_RX}\b(\s+\w+){{0,3}}\s+"
    rf"(na schooltijd|na het werk|na werktijd)",
    rf"(appt|appte|whatsappt|stuurt|stuurde|chat|chatten|berichten|appjes|foto s|fotos|filmpjes|filmt|"
    rf"gefilmd|fotografeert|gefotografeerd) (\w+ ){{0,6}}{_alt(_SECRETIVE)}",
    rf"(foto s|fotos|filmpjes|video s|beelden) (\w+ ){{0,3}}(van|naar) (\w+ )?{_CHILD_OR_CLIENT_RX} (\w+ ){{0,4}}"
    rf"{_alt(_SECRETIVE)}",
)
# Someone else is the suspect in the same stretch of text ("een collega zag dat de vader slaat").
_OTHER_SUSPECT_WORDS = (r"(vader|moeder|ouder|ouders|papa|mama|stiefvader|stiefmoeder|broer|broers|zus|oom|tante|opa|"
                        r"oma|familie|partner van|vriend van de moeder|vriend van moeder|buurman|buurjongen|zoon van|"
                        r"dochter van|kleinzoon|kleindochter|schoonzoon|schoondochter)")
_OTHER_SUSPECTS = _rx(rf"\b{_OTHER_SUSPECT_WORDS}\b")
# The role is the writer's own ("ik ben begeleider en ...") or a witness ("een collega zag ...").
_WRITER_ROLE = _rx(r"(\b(ik ben|ik werk als|ik werk|je bent|je werkt als|ben als|werk als|werkzaam als|"
                   r"wij zijn|we zijn|ik ben zelf) (een |de |zelf )?(\w+ )?"
                   r"|\bals (?!een |de |het |mijn |onze |die |deze )(\w+ )?)$")
# Not a witness: words said to the child or client ("een verzorgende zei tegen een bewoonster: ..."),
# and a quote after the role ("van haar docent wiskunde: je ziet er lekker uit").
_SAID_TO_VICTIM = rf"(?! tegen ({_ARTICLE} )?(\w+ )?{_CHILD_OR_CLIENT_RX}\b)"
_WITNESS_AFTER = _rx(
    rf"^\s*((?!(je|jij|ik|u)\b)\w+\s+){{0,2}}(zag|ziet|zegt{_SAID_TO_VICTIM}|zei{_SAID_TO_VICTIM}|vertelt|vertelde|"
    r"hoorde|hoort|merkt|merkte|denkt|dacht|vermoedt|"
    r"vermoedde|maakt zich|maakte zich|twijfelt|signaleert|signaleerde|meldt|meldde|belde|vroeg|vraagt|"
    r"wil weten|heeft (\w+ ){0,3}(gezien|gehoord|gemerkt|gemeld)|is bezorgd|ontdekte|kreeg|wist|weet)\b"
)
# "pm er hier, ...": the role is the writer introducing themselves.
_INTRODUCES_WRITER = _rx(r"^\s*hier\b")
# The role in the passive: "een stagiaire van ons is vier dagen geleden aangerand" (not "de
# docent was dronken en heeft een leerling geslagen").
_ROLE_AS_VICTIM = _rx(
    r"^\s*(\w+\s+){0,6}?(is|werd|wordt|was|werden|worden) ((?!(heeft|had|hebben|en)\b)\w+\s+){0,8}?"
    r"(aangerand|verkracht|"
    r"geslagen|mishandeld|bedreigd|misbruikt|betast|aangevallen|lastiggevallen|uitgescholden|gestalkt)\b"
)
# The role as the target of someone else in the same clause: "een vader schreeuwde bij het
# ophalen tegen onze pm'er en trok zijn dochter mee", "een moeder heeft onze leidster geduwd".
# Narrow on purpose: a parent who brings a child to the gastouder ("naar de gastouder, en die
# slaat haar") or accuses the trainer keeps the staff member in the story.
_AGGRESSION = (r"(schreeuw\w*|scheld\w*|schold|tekeer|uitgevallen|viel (\w+ )?uit|agressief|woedend|"
               r"dreig\w*|verhaal (\w+ )?(halen|haalde|gehaald)|uitgevaren|voer (\w+ )?uit)")
_TARGET_BEFORE = _rx(
    rf"\b{_OTHER_SUSPECT_WORDS}\b(\s+\w+){{0,3}}?\s+{_AGGRESSION}(\s+\w+){{0,6}}?"
    rf"\s+(tegen|bij|naar|op|aan)\s+{_ARTICLE}\s+(\w+\s+)?$"
    # "een ouder dreigde een pm er te slaan"
    rf"|\b{_OTHER_SUSPECT_WORDS}\b(\s+\w+){{0,2}}?\s+(dreig\w*|bedreig\w*)\s+{_ARTICLE}\s+(\w+\s+)?$"
    # The parent's act right before the role: "een vader schold de leidster uit", "duwde de juf opzij".
    rf"|\b{_OTHER_SUSPECT_WORDS}\b(\s+\w+){{0,2}}?\s+(schold|scheldt|duwde|duwt|sloeg|beledigde|beledigt|"
    rf"bespuugde|bespuugt|greep|grijpt)\s+{_ARTICLE}\s+(\w+\s+)?$"
)
_HARMED_PARTICIPLE = (r"(uitgescholden|geduwd|geslagen|bedreigd|aangevallen|geschopt|gebeten|bespuugd|"
                      r"gekrabd|beledigd|weggestuurd|aangevlogen|vastgegrepen|bij de kraag gegrepen|"
                      r"een klap gegeven|geintimideerd|gestalkt)")
_TARGET_OF_PERFECT = _rx(
    rf"(?<!volgens de )(?<!volgens )\b{_OTHER_SUSPECT_WORDS}\b\s+((heeft|had)\s+)?"
    rf"((?!(dat|die|en)\b)\w+\s+){{0,5}}?{_ARTICLE}\s+(\w+\s+)?$"
)
# No object between the role and the participle: "heeft de juf haar zoon uitgescholden" is the
# juf's act; "heeft onze leidster bij het hek geduwd" is not.
_HARMED_AFTER = _rx(
    rf"^\s*((?!(en|dat|die|omdat|want|maar|haar|zijn|hun|een|{_CHILD_OR_CLIENT_RX})\b)\w+\s+){{0,5}}?"
    rf"{_HARMED_PARTICIPLE}\b"
)
# Where a stretch between role and act stops: another clause with its own subject.
_CLAUSE_BREAK = _rx(r"\b(dat|omdat|want|maar|terwijl|nadat|zodat|en (de|het|haar|zijn|hun|ik|we|wij|hij|ze|zij))\b")
# Messages to a pupil whose content is sexual: "appt een meisje dat ze er sexy uitziet".
_CONTACT_VERB = _rx(r"\b(appt|appte|whatsappt|stuurt|stuurde|schrijft|schreef|chat|chatte|mailt|belt|fluistert|zegt tegen)\b")
_SEXUAL_CONTENT = _rx(r"\b(sexy|verliefd|schatje|lekker ding|naakt\w*|seks\w*|zoenen|kusjes|mooi lichaam|"
                      r"borsten|billen|afspreken|geheim)\b")
_STAFF_RX = _alt(_STAFF_ROLES)
_STAFF_ACTS_RX = _alt(_STAFF_ACTS)
# With plurals ("een van onze pm'ers", "de leidsters"); _NOT_A_ROLE is checked on the singular.
_STAFF_ROLE_MATCH = _rx(rf"\b(?P<role>{_STAFF_RX})(?:s|en|n)?\b")
_STAFF_ACT_MATCH = _rx(rf"\b{_STAFF_ACTS_RX}\b")
_STAFF_PATTERNS = (
    # Nouns: "vermoeden tegen een collega", "misbruik door een leraar".
    _rx(rf"\b(vermoeden|verdenking|verdacht|beschuldiging|beschuldigd|aantijging|klacht|zorgen|signalen|"
        rf"melding|aangifte)\w*\s+(\w+\s+){{0,3}}(tegen|over|van|bij|rond)\s+{_ARTICLE}?\s*{_STAFF_RX}\b"),
    _rx(rf"\b(geslagen|geschopt|misbruikt|mishandeld|aangeraakt|betast|aangerand|verkracht|misbruik|"
        rf"mishandeling|geweld|grensoverschrijdend gedrag|grensoverschrijdende|seksueel|ongewenst|"
        rf"vastgepakt|geknepen|geduwd|opgesloten|vastgebonden|gefilmd|gefotografeerd|benaderd|gestraft|"
        rf"uitgescholden|vernederd|gezoend|gestreeld|gebeten|pijn gedaan|een klap gekregen|klappen gekregen)\b"
        rf".{{0,40}}\bdoor\s+{_ARTICLE}?\s*{_STAFF_RX}\b"),
    _rx(rf"\b(grensoverschrijdend gedrag|geweld|misbruik|mishandeling|zedendelict|zedenzaak|seksueel "
        rf"misbruik|ongewenst gedrag|ongewenste aanrakingen)\s+(van|door|bij)\s+{_ARTICLE}?\s*{_STAFF_RX}\b"),
    # "wordt door de juf geslagen", "is door een pm'er hard vastgepakt".
    _rx(rf"\bdoor\s+{_ARTICLE}?\s*{_STAFF_RX}\b(\s+\w+){{0,4}}\s+(geslagen|geschopt|misbruikt|mishandeld|"
        rf"aangeraakt|betast|aangerand|verkracht|vastgepakt|geknepen|geduwd|opgesloten|vastgebonden|"
        rf"gefilmd|gefotografeerd|benaderd|gestraft|uitgescholden|vernederd|gezoend|getikt|geslagen)\b"),
    # Verb first after an adverb or in a question: "volgens haar zit de gymleraar aan meisjes".
    _rx(rf"\b(sla+[dt]|sloeg|schopt|zit|zat|betast|misbruikt|mishandelt|appt|zoent|knijpt|duwt|raakt|"
        rf"heeft|had)\s+{_ARTICLE}\s+{_STAFF_RX}\b(\s+\w+){{0,4}}\s+({_STAFF_ACTS_RX})\b"),
    # The act first, then the role and the child: "dinsdag duwde een pm er een kind van de glijbaan".
    _rx(rf"\b(duwde|duwt|sloeg|slaat|schopte|schopt|trapte|trapt|kneep|knijpt|sleurde|sleurt|smeet|"
        rf"gooide|mepte|rukte|sloot|beet)\s+{_ARTICLE}\s+{_STAFF_RX}\s+({_ARTICLE}\s+)?(\w+\s+)?"
        rf"{_CHILD_OR_CLIENT_RX}\b"),
    # "volgens mij heeft de gymleraar iets met een meisje" (the act "heeft iets met" split).
    _rx(rf"\b(heeft|had)\s+{_ARTICLE}\s+{_STAFF_RX}\b(\s+\w+){{0,3}}?\s+iets met {_ARTICLE} (\w+ )?"
        rf"{_CHILD_OR_CLIENT_RX}\b"),
    # Money taken: "volgens mij haalt een thuiszorgcollega geld van haar pinpas".
    _rx(rf"\b(haalt|pakt|neemt|steelt|pint|haalde|pakte|nam|stal|pinde)\s+{_ARTICLE}\s+{_STAFF_RX}\b(\s+\w+){{0,3}}"
        rf"\s+geld\b"),
    # A relation with a pupil or client: "een leerling heeft een relatie met de docent".
    _rx(rf"\b(relatie|seks|verkering|date|afspraakje|appt|appcontact|contact|chat|chatten|zoenen|"
        rf"gezoend|naar bed)\b\s+met\s+{_ARTICLE}?\s*{_STAFF_RX}\b"),
)

# --- sexual violence within 7 days -----------------------------------------------------------
_SEXUAL_VIOLENCE_WORDS = (
    r"verkracht\w*", r"verkragt\w*", r"verkrachting\w*", r"aangerand", r"aangerant", r"aanranding",
    r"aanrandde", r"randde", r"seksueel geweld", r"seksueel misbruik\w*", r"seksueel misbruikt",
    r"seksueel (benaderd|aangevallen|belaagd|overvallen)", r"misbruikt", r"misbruik",
    r"(tot|tot het hebben van) (seks|seksuele handelingen) gedwongen", r"gedwongen (tot )?(seks|seksuele)",
    r"seks (moeten|moest|heeft moeten|hebben moeten)", r"(moest|moesten|moet) (\w+ )?seks",
    r"(seks|gemeenschap|seksueel contact) (\w+ ){0,2}(tegen|zonder) (haar|zijn|mijn|hun) (wil|zin|toestemming)",
    r"(seks|gemeenschap) zonder toestemming", r"tegen (haar|zijn|mijn) (wil|zin) (\w+ )?(seks|betast|aangeraakt|gepakt|gezoend)",
    r"tot seks (gedwongen|gedwongen heeft|dwong|dwingt)",
    r"(dwingt|dwong|dwongen|gedwongen|dwingen) (\w+ ){0,3}(tot )?(seks|seksuele|gemeenschap)",
    r"(seks|gemeenschap) (\w+ ){0,4}terwijl (ze|hij|ik) (sliep|dronken was|buiten westen|niet wilde|nee zei)",
    r"(stopte|stopten|ophield|ophielden) (\w+ ){0,2}niet (\w+ ){0,2}toen (ze|hij|zij|ik) (nee|stop) (zei|riep)",
    r"niet (\w+ )?(stopte|stopten|ophield|ophielden) toen (ze|hij|zij|ik) (nee|stop) (zei|riep)",
    r"betast", r"gedrogeerd", r"iets in (haar|zijn|mijn) (drinken|drankje|glas|drankje gedaan)",
    r"(drug|drugs|pil|pilletje|iets) in (haar|zijn|mijn) (drinken|drankje|glas)", r"ongewenste seks",
    r"zedendelict", r"zedenmisdrijf", r"seksueel overschrijdend", r"seksueel grensoverschrijdend",
    r"groepsverkrachting", r"gepenetreerd", r"vingers in", r"haar kleren (uitgetrokken|uitgedaan)",
    rf"(aan|in) (haar|zijn|mijn) ({_INTIMATE_PARTS}|onderbroek) (gezeten|gezet|gegrepen)",
    r"aan (haar|hem|mij|me) (\w+ )?(heeft |had |hebben |zou hebben )?gezeten", r"seksuele handelingen", r"onzedelijk\w*",
    rf"(aan|in) (haar|zijn|hun|d r|z n) ({_INTIMATE_PARTS}|onderbroek|kutje) "
    r"(\w+ ){0,2}(gezeten|gezet|gegrepen|gevoeld|aangeraakt)",
)
# Days that are surely within the last 7 days.
_STRONG_RECENT_WORDS = (
    r"vandaag", r"(eer)?gister(en)?( ?(avond|middag|ochtend|morgen|nacht))?", r"vannacht",
    r"afgelopen nacht", r"vorige nacht", r"vanochtend", r"vanmorgen", r"vanmiddag", r"vanavond",
    r"zojuist", r"zonet", r"daarnet", r"zo even", r"zoeven",
    r"(afgelopen|vorige|vorig|verleden|dit|deze) (week|weekend|weekeinde)",
    r"afgelopen (dagen|nachten)", r"deze dagen",
    r"(afgelopen|vorige|verleden|op) (maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\w*",
    r"(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)(avond|nacht|middag|ochtend|morgen)",
    r"(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag) (avond|nacht|middag|ochtend)",
    r"(een|1) week geleden", r"een weekje geleden", r"(een paar|paar|enkele|\d+) (uur|uren) geleden",
    r"(een paar|paar|enkele) dagen (geleden|terug)", r"uur geleden", r"minder dan (een|1|7|zeven) (week|dagen)",
    r"binnen (de )?(7|zeven) dagen", r"nog geen week",
)
# Vaguer words: recent unless the message describes a pattern.
_RECENT_WORDS = (
    r"(het|in het|tijdens het|van het) (weekend|weekeinde)", r"weekend",
    r"(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)", r"pas geleden",
    r"kort geleden", r"kortgeleden", r"recente?", r"recentelijk", r"onlangs", r"laatst",
)
# Occasions that are usually recent when no time is named.
_RECENT_OCCASIONS = (
    r"op (het|een) (feest|feestje|schoolfeest|kamp|schoolkamp)", r"na het (stappen|uitgaan|feest|feestje)",
)
_STRONG_RECENT = _rx(rf"\b{_alt(_STRONG_RECENT_WORDS)}\b")
# A weekday or "het weekend" after "elke"/"iedere" is a pattern, not one recent event.
_RECENT_HABITUAL = _rx(r"\b(elke|ieder|iedere|vaak|altijd|soms|meestal|steeds) (\w+ )?(week|weekend|maandag|"
                       r"dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|nacht|avond)\w*\b")
_PRESENT_PASSIVE = _rx(r"\b(wordt|worden) (\w+ ){0,4}(misbruikt|verkracht|betast|aangerand)\b")
_SEXUAL_VIOLENCE = _rx(rf"\b{_alt(_SEXUAL_VIOLENCE_WORDS)}\b")
_NUMBER_WORDS = {"een": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7,
                 "acht": 8, "negen": 9, "tien": 10, "elf": 11, "twaalf": 12}
_RECENT_TIME = _rx(rf"\b{_alt(_RECENT_WORDS)}\b")
_RECENT = _rx(rf"\b{_alt(_RECENT_WORDS + _RECENT_OCCASIONS)}\b")
# "net" is only a time word right next to the event ("is net verkracht", not "is net 14").
_JUST_BEFORE = _rx(r"\b(net|pas|zojuist) (\w+ ){0,2}(verkracht|verkragt|aangerand|misbruikt|betast|aangevallen)\b")
_DAYS_AGO = _rx(r"\b(\d+|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf) dag(en)? (geleden|terug|oud)\b")

# --- sexual behaviour between children -------------------------------------------------------
_CHILD_NOUN = r"(kind|kinderen|kindje|kindjes|leerling|leerlingen|jongen|jongens|meisje|meisjes|kleuter|kleuters|peuter|peuters|klasgenoot|klasgenoten|medeleerling|medeleerlingen|jongere|jongeren|broertje|zusje|pupil)"
_SEXUAL = rf"(seksueel|seksuele|seks|{_INTIMATE_PARTS}|doktertje|naaktfoto|naaktfotos|naakt|sexting|betast|betastte|aanraken|aangeraakt|aanraakt|zoenen|tongzoen|masturb\w*|grensoverschrijdend)"
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



def mentions_suicide(text: str | None) -> bool:
    """True when the text mentions suicide or self-harm (then suicide prevention is offered)."""
    return bool(_SUICIDE.search(normalise(text)))


def _danger_now(text: str, staff: bool, sexual_recent: bool) -> bool:
    """Violence now or a life at risk this moment (text is normalised)."""
    safe_now = _SAFE_NOW.search(text)
    # Both checked before _NOT_NOW removes its phrases ("ze is nu bij oma" is one of them).
    told_afterwards = _EARLIER.search(text)
    if told_afterwards and _SAFE_PLACE_NOW.search(text) and not _STILL_THREATENING.search(text):
        return False
    text = _NOT_NOW.sub(" ", text)
    habit = _HABITUAL.search(text) and not re.search(r"\b(op dit moment|op dit ogenblik|terwijl ik|nu meteen)\b", text)
    # "hij slaat haar nu vaak": a pattern. Only the body in danger, weapons and threats count.
    strong = _DANGER_STRONG[2:] if habit else _DANGER_STRONG
    if any(p.search(text) for p in strong):
        return True
    # Severe violence as a pattern ("schudt baby's door elkaar als ze huilen") is not this moment.
    if (_DANGER_SEVERE.search(text) or _HAPPENING_NOW.search(text)) and not told_afterwards and not habit:
        return True
    # Weak time words ("net", "help", "hier") next to violence: not when the message is about a
    # colleague's behaviour or past sexual violence (those routes fit better) or about a pattern.
    if (staff or sexual_recent or _HABITUAL.search(text) or _HYPOTHETICAL_QUESTION.search(text)
            or _PLAYED_OUT.search(text) or safe_now):
        return False
    if any(p.search(text) for p in _DANGER_WEAK):
        return True
    return not _PAST_STORY.search(text) and any(p.search(text) for p in _DANGER_SCENE)


def _child_or_victim(text: str) -> bool:
    """The writer is a child or a victim (first person), not a professional quoting one."""
    if _QUOTED.search(text):
        return False
    if any(p.search(text) for p in _CHILD_PATTERNS):
        return True
    for match in _MY_AGE.finditer(text):
        value = match.group("age") or match.group("age2")
        age = int(value) if value.isdigit() else _AGE_WORDS[value]
        after = text[match.end():match.end() + 40]
        if 6 <= age <= 17 and not _AGE_IS_EXPERIENCE.match(after):
            return True
    return False


def _staff_in_the_story(text: str):
    """(role match, the words after it up to the next clause) for each staff role in the text
    that is neither the writer's own job, nor a witness, nor the victim."""
    for role in _STAFF_ROLE_MATCH.finditer(text):
        if role.group(0) in _NOT_A_ROLE or role.group("role") in _NOT_A_ROLE:
            continue
        if _TO_A_DOCTOR.search(text[max(0, role.start() - 12):role.end()]):
            continue  # "moet ze naar een arts": where the victim goes for care
        if _WRITER_ROLE.search(text[max(0, role.start() - 40):role.start()]):
            continue  # "ik ben begeleider en ...": the writer's own job
        after = text[role.end():role.end() + 80]
        if _INTRODUCES_WRITER.match(after):
            continue  # "pm er hier, een peuter ...": the writer introduces themselves
        if _WITNESS_AFTER.match(after):
            continue  # "een collega zag ...": a witness
        if _target_of_someone_else(text, role):
            continue  # "een vader schreeuwde tegen onze pm'er": the target
        stop = _CLAUSE_BREAK.search(after)
        if stop:
            after = after[:stop.start()]
        if _ROLE_AS_VICTIM.match(after):
            continue  # "een stagiaire is zaterdag aangerand": the victim
        yield role, after


def _target_of_someone_else(text: str, role: re.Match) -> bool:
    """True when the role is what a parent or other family member acted on, in the clause that
    names them first: "een moeder heeft onze leidster geduwd" (_TARGET_BEFORE)."""
    before = _clause_before(text, role.start())
    return bool(_TARGET_BEFORE.search(before) or (
        _TARGET_OF_PERFECT.search(before) and _HARMED_AFTER.match(text[role.end():role.end() + 80])))


def _clause_before(text: str, end: int) -> str:
    """The words of the clause that ends at `end` (after the last comma or clause break)."""
    before = text[max(0, end - 100):end]
    cut = max(before.rfind(","), before.rfind("."), before.rfind("?"), before.rfind("!"))
    before = before[cut + 1:]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    return before[breaks[-1].end():] if breaks else before


# The writer's introduction before a colon or comma: "ib'er: ...", "gastouder, een kindje ...".
# Not "de trainer, die ik vertrouwde, ...": an introduction names no one with an article.
_INTRODUCTION = re.compile(r"^\s*(?!(de|het|een|mijn|mn|onze|ons|die|deze|zijn|haar)\b)"
                           r"(\w[\w'’-]*\s+){0,3}\w[\w'’-]*\s*[:,]", re.IGNORECASE)


def mentions_staff_member(text: str | None) -> bool:
    """True when someone who works for the organisation plays a part in the story told (not as
    the writer, a witness or the victim), whatever they did: a case that starts the walk-through
    then gets the question whether the staff route applies (actions/walkthrough.py)."""
    text = _INTRODUCTION.sub("", text or "", count=1)
    return any(True for _ in _staff_in_the_story(normalise(text)))


def _staff_suspect(text: str) -> bool:
    """Someone who works for the organisation is the suspect of violence against a child or client."""
    for pattern in _STAFF_PATTERNS:
        for match in pattern.finditer(text):
            # "een collega zag dat de vader slaat": the suspect is not the colleague; nor in "een
            # vader heeft mijn collega uitgescholden" ("heeft mijn collega ... uitgescholden").
            role = _STAFF_ROLE_MATCH.search(text, match.start(), match.end())
            if not _OTHER_SUSPECTS.search(match.group(0)) and not (
                    role and _target_of_someone_else(text, role)):
                return True
    for role, after in _staff_in_the_story(text):
        act = _STAFF_ACT_MATCH.search(after)
        if act and not _OTHER_SUSPECTS.search(after[:act.start()]):
            return True
        if _CONTACT_VERB.search(after) and _SEXUAL_CONTENT.search(text[role.end():role.end() + 80]):
            return True
    return False


def _sexual_violence_recent(text: str) -> bool:
    """Sexual violence within the last 7 days."""
    found = _SEXUAL_VIOLENCE.search(text)
    if not found:
        return False
    if _LONG_AGO.search(text):
        # "vorige week vertelde ze dat ze jaren geleden is misbruikt": only a recent word right
        # next to the event counts.
        near = text[max(0, found.start() - 40):found.end() + 40]
        return bool(_STRONG_RECENT.search(near) and not _LONG_AGO.search(near)) or bool(_JUST_BEFORE.search(text))
    if _STRONG_RECENT.search(text):
        return True
    for match in _DAYS_AGO.finditer(text):
        value = match.group(1)
        days = int(value) if value.isdigit() else _NUMBER_WORDS[value]
        if days <= 7:
            return True
    if _JUST_BEFORE.search(text):
        return True
    # Vaguer words ("het weekend", "zaterdag", "recent") do not count for a pattern
    # ("elke zaterdag", "wordt in het weekend misbruikt").
    if _RECENT_HABITUAL.search(text) or _HABITUAL.search(text) or _PRESENT_PASSIVE.search(text):
        return False
    return bool(_RECENT.search(text))


def _sexual_behaviour_children(text: str) -> bool:
    return any(p.search(text) for p in _BETWEEN_CHILDREN_PATTERNS)


def _honour(text: str) -> bool:
    return bool(_HONOUR.search(text))


def honour_acute(text: str | None) -> bool:
    """Acute, irreversible risk with honour-related violence: e.g. leaving the country soon."""
    norm = normalise(text)
    return any(p.search(norm) for p in _HONOUR_ACUTE)


# A point in time more than 7 days back ("vorig jaar", "twee maanden geleden", "in het verleden").
# Not the patterns of _LONG_AGO ("al maanden", "jaren lang"): what goes on for months may still
# go on now.
_PAST_POINT = _rx(
    r"\b(((\d+|twee|drie|vier|vijf|zes|een paar|paar|enkele|vele) )?(weken|maanden|jaren|jaar) geleden|"
    r"lang geleden|een (maand|jaar) geleden|vorige maand|vorig jaar|vorige zomer|vroeger|in het verleden|"
    r"destijds|toen (ik|ze|zij|hij) (klein|jong|\d+) was|als kind|in (haar|zijn|mijn) jeugd)\b"
)


# "en nu" that goes on telling (_NOT_NOW drops "en nu" as in "en nu?").
_AND_NOW = _rx(r"\ben nu (?!verder\b)\w")


def placed_long_ago(text: str | None) -> bool:
    """True when the message places what it tells more than 7 days back and nothing in it is
    recent or going on now: "vader heeft vorige maand zijn vrouw geslagen, hij is het huis uit".
    The NLU model reads some such messages as danger now or recent sexual violence; the pipeline's
    last step (bot/nlu/safety_net.py) then takes the model's route back."""
    norm = normalise(text)
    if not _PAST_POINT.search(norm):
        return False
    if _STRONG_RECENT.search(norm) or _JUST_BEFORE.search(norm) or _RECENT_TIME.search(norm):
        return False
    if any(int(m.group(1)) <= 7 if m.group(1).isdigit() else _NUMBER_WORDS[m.group(1)] <= 7
           for m in _DAYS_AGO.finditer(norm)):
        return False
    if _AND_NOW.search(norm):
        return False  # "hij sloeg haar vroeger en nu staat hij voor de deur"
    now = _NOT_NOW.sub(" ", norm)
    return not re.search(rf"\b({_NOW_STRONG_RX}|{_NOW_WEAK_RX})\b", now) and not _SUICIDE.search(norm)


def detect_routes(text: str | None) -> set[Route]:
    """Every special route the text points to (a keyword safety net next to the NLU)."""
    norm = normalise(text).replace(" ?", "")
    if not norm:
        return set()
    found: set[Route] = set()
    staff = _staff_suspect(norm)
    sexual_recent = _sexual_violence_recent(norm)
    if _danger_now(norm, staff, sexual_recent):
        found.add(Route.DANGER_NOW)
    if _child_or_victim(norm):
        found.add(Route.CHILD_OR_VICTIM)
    if staff:
        found.add(Route.STAFF_SUSPECT)
    if sexual_recent:
        found.add(Route.SEXUAL_VIOLENCE_RECENT)
    if _sexual_behaviour_children(norm):
        found.add(Route.SEXUAL_BEHAVIOUR_CHILDREN)
    if _honour(norm):
        found.add(Route.HONOUR_VIOLENCE)
    return found
