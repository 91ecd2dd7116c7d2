import itertools

import pytest

from bot.meldcode.outcomes import Outcome, render_advice
from bot.meldcode.routes import (
    INTENT_TO_ROUTE, PRECEDENCE, advised_routes, SAFETY_ROUTES, SECONDARY_ROUTE_CONFIDENCE, Route, detect_routes,
    honour_acute, in_precedence_order, mentions_suicide, resolve, route_advice, signalled_routes,
    NET_ROUTES_KEY, OPEN_QUESTION_ROUTE_CONFIDENCE, unsure_model_route, fallback_offers, offers_staff_route,
    answer_with_a_case,
)
from bot.meldcode.sectors import Sector

R = Route
POSITIVES = [
    # danger now: violence happening now, life at risk this moment
    ("hij slaat haar nu", R.DANGER_NOW),
    ("Ze wordt nu mishandeld!", R.DANGER_NOW),
    ("hij heeft een mes en dreigt", R.DANGER_NOW),
    ("er wordt nu geschoten", R.DANGER_NOW),
    ("het is levensgevaar", R.DANGER_NOW),
    ("de moeder is bewusteloos", R.DANGER_NOW),
    ("hij wurgt haar", R.DANGER_NOW),
    ("het kind is alleen thuis met een dronken vader, nu", R.DANGER_NOW),
    ("de baby is alleen thuis", R.DANGER_NOW),
    ("op dit moment slaat de vader het kind", R.DANGER_NOW),
    ("het kind is nu in gevaar", R.DANGER_NOW),
    ("hij dreigt haar te vermoorden", R.DANGER_NOW),
    ("ik hoor de buren vechten, hij slaat haar op dit moment", R.DANGER_NOW),
    # a child or a victim writing
    ("mijn vader slaat mij", R.CHILD_OR_VICTIM),
    ("ik ben 12", R.CHILD_OR_VICTIM),
    ("ik ben 14 jaar en bang", R.CHILD_OR_VICTIM),
    ("ik word thuis geslagen", R.CHILD_OR_VICTIM),
    ("mijn vriend mishandelt me", R.CHILD_OR_VICTIM),
    ("mijn stiefvader zit aan mij", R.CHILD_OR_VICTIM),
    ("ik durf niet naar huis", R.CHILD_OR_VICTIM),
    ("mijn man slaat me al jaren", R.CHILD_OR_VICTIM),
    ("ik zit in groep 7 en mijn moeder slaat mijn broertje", R.CHILD_OR_VICTIM),
    # a staff member as suspect
    ("ik heb een vermoeden tegen een collega", R.STAFF_SUSPECT),
    ("de juf slaat een kind", R.STAFF_SUSPECT),
    ("een stagiair heeft een leerling betast", R.STAFF_SUSPECT),
    ("de man van de gastouder raakt kinderen aan", R.STAFF_SUSPECT),
    ("grensoverschrijdend gedrag van een medewerker", R.STAFF_SUSPECT),
    ("een leerling is misbruikt door een leraar", R.STAFF_SUSPECT),
    ("een leidster is heel ruw met de peuters", R.STAFF_SUSPECT),
    ("een vrijwilliger heeft een relatie met een leerling van 15", R.STAFF_SUSPECT),
    ("mijn collega knijpt kinderen hard in hun arm", R.STAFF_SUSPECT),
    ("de begeleider heeft seksueel contact met een cliënt", R.STAFF_SUSPECT),
    # sexual violence within 7 days
    ("ze is gisteren verkracht", R.SEXUAL_VIOLENCE_RECENT),
    ("een leerling is vannacht aangerand", R.SEXUAL_VIOLENCE_RECENT),
    ("ze werd 3 dagen geleden verkracht", R.SEXUAL_VIOLENCE_RECENT),
    ("een cliënt vertelt dat ze vijf dagen geleden is verkracht", R.SEXUAL_VIOLENCE_RECENT),
    ("afgelopen weekend is een meisje seksueel misbruikt", R.SEXUAL_VIOLENCE_RECENT),
    ("ze is net verkracht", R.SEXUAL_VIOLENCE_RECENT),
    ("zojuist vertelde ze dat ze is aangerand", R.SEXUAL_VIOLENCE_RECENT),
    # sexual behaviour between children
    ("twee kinderen zitten aan elkaars geslachtsdelen", R.SEXUAL_BEHAVIOUR_CHILDREN),
    ("een leerling betast een andere leerling", R.SEXUAL_BEHAVIOUR_CHILDREN),
    ("kleuters spelen doktertje", R.SEXUAL_BEHAVIOUR_CHILDREN),
    ("seksueel grensoverschrijdend gedrag tussen leerlingen", R.SEXUAL_BEHAVIOUR_CHILDREN),
    ("een jongen stuurt naaktfoto's van een klasgenoot rond", R.SEXUAL_BEHAVIOUR_CHILDREN),
    # honour-related violence
    ("ze moet trouwen met haar neef", R.HONOUR_VIOLENCE),
    ("ik maak me zorgen over eerwraak", R.HONOUR_VIOLENCE),
    ("het gaat om de eer van de familie", R.HONOUR_VIOLENCE),
    ("ze wordt uitgehuwelijkt", R.HONOUR_VIOLENCE),
    ("vermoeden van huwelijksdwang", R.HONOUR_VIOLENCE),
    ("ik ben bang voor achterlating", R.HONOUR_VIOLENCE),
    ("ik ben bang dat ze achtergelaten wordt in het land van herkomst", R.HONOUR_VIOLENCE),
    ("risico op meisjesbesnijdenis", R.HONOUR_VIOLENCE),
    ("signalen van vgv", R.HONOUR_VIOLENCE),
]

# Hard negatives: general questions and ordinary meldcode talk.
NEGATIVES = {
    "wat is acute onveiligheid?": set(),
    "wat doe ik bij gevaar?": set(),
    "wanneer bel ik 112?": set(),
    "wat is structurele onveiligheid": set(),
    "is er sprake van acute onveiligheid bij een wurgpoging vorige week?": set(),
    "een collega vertelde dat een leerling thuis geslagen wordt": set(),
    "mijn collega zag blauwe plekken bij een kind": set(),
    "een collega vertelde dat de vader het kind slaat": set(),
    "ik ben 35 en leerkracht": set(),
    "ze is 3 weken geleden verkracht": set(),
    "ze is twaalf dagen geleden aangerand": set(),
    "ik heb eerst overlegd met de intern begeleider": set(),
    "ik heb het eerder gezien": set(),
    "de vader slaat het kind regelmatig": set(),
    "een kind wordt seksueel misbruikt door haar oom": set(),
    "ik werk in het onderwijs": set(),
    "ja": set(), "nee": set(), "twijfel": set(), "": set(),
    "stap 4": set(),
    "hoe voer ik een gesprek met ouders?": set(),
    "wat als een leerling vertelt dat hij thuis wordt geslagen?": set(),
    # A professional about someone else's suicidal thoughts: a FAQ question, not a victim.
    "ik heb een leerling met zelfmoordgedachten": set(),
    "ik heb een cliënt die suïcidaal is, waar verwijs ik naar": set(),
    "ik had een gesprek over zelfmoordgedachten met een jongere": set(),
    "wat is de route bij een vermoeden tegen een medewerker?": {R.STAFF_SUSPECT},
}


@pytest.mark.parametrize("text,route", POSITIVES)
def test_detects_route(text, route):
    assert route in detect_routes(text)


@pytest.mark.parametrize("text,routes", list(NEGATIVES.items()))
def test_hard_negatives(text, routes):
    assert detect_routes(text) == routes


def test_danger_now_only_for_danger_now():
    for text, route in POSITIVES:
        if route is not R.DANGER_NOW:
            assert R.DANGER_NOW not in detect_routes(text), text


def test_combined_signals():
    found = detect_routes("mijn vader slaat mij nu")
    assert {R.DANGER_NOW, R.CHILD_OR_VICTIM} <= found
    assert resolve(found) is R.DANGER_NOW
    found = detect_routes("ik ben 14 en ik ben gisteren verkracht")
    assert {R.CHILD_OR_VICTIM, R.SEXUAL_VIOLENCE_RECENT} <= found
    assert resolve(found) is R.CHILD_OR_VICTIM


def test_mentions_suicide():
    for text in ("ik wil niet meer leven", "ze praat over zelfmoord", "suïcide", "zelfdoding",
                 "ik wil dood", "ik doe mezelf iets aan"):
        assert mentions_suicide(text), text
    for text in ("ik heb een vermoeden", "de hulp loopt nog", "", None):
        assert not mentions_suicide(text)


def test_honour_acute():
    for text in ("morgen vliegt ze naar het buitenland", "volgende week gaat ze naar het land van herkomst",
                 "ze heeft al een ticket", "ze gaat op vakantie naar het land van herkomst en komt niet terug"):
        assert honour_acute(text), text
    for text in ("ze moet trouwen met haar neef", "vermoeden van huwelijksdwang", ""):
        assert not honour_acute(text), text


# --- precedence ---------------------------------------------------------------------------------
ORDER = [R.DANGER_NOW, R.CHILD_OR_VICTIM, R.STAFF_SUSPECT, R.SEXUAL_VIOLENCE_RECENT,
         R.SEXUAL_BEHAVIOUR_CHILDREN, R.HONOUR_VIOLENCE]


def test_precedence_table():
    assert [row[0] for row in PRECEDENCE] == ORDER
    assert dict((r, o) for r, o, _ in PRECEDENCE) == {
        R.DANGER_NOW: Outcome.BEL_112,
        R.CHILD_OR_VICTIM: Outcome.HULP_VOOR_JEZELF,
        R.STAFF_SUSPECT: Outcome.MELDPLICHT_MEDEWERKER,
        R.SEXUAL_VIOLENCE_RECENT: Outcome.CENTRUM_SEKSUEEL_GEWELD,
        R.SEXUAL_BEHAVIOUR_CHILDREN: Outcome.GRENSOVERSCHRIJDEND_GEDRAG_KINDEREN,
        R.HONOUR_VIOLENCE: Outcome.ADVIES_VEILIG_THUIS,
    }
    assert all(why for _, _, why in PRECEDENCE)


@pytest.mark.parametrize("a,b", list(itertools.combinations(ORDER, 2)))
def test_every_pair(a, b):
    # ORDER is highest first, so a always wins, whatever the order of the input.
    assert resolve([a, b]) is a
    assert resolve([b, a]) is a
    assert resolve({a.value, b.value}) is a


def test_resolve_all_and_none():
    assert resolve(ORDER) is R.DANGER_NOW
    assert resolve([]) is None
    for route in ORDER:
        assert resolve([route]) is route


def test_intent_to_route():
    assert INTENT_TO_ROUTE == {
        "danger_now": R.DANGER_NOW, "child_or_victim": R.CHILD_OR_VICTIM,
        "staff_suspect": R.STAFF_SUSPECT, "sexual_violence_recent": R.SEXUAL_VIOLENCE_RECENT,
        "sexual_behaviour_children": R.SEXUAL_BEHAVIOUR_CHILDREN,
        "honour_violence": R.HONOUR_VIOLENCE,
    }


# --- advice per route ---------------------------------------------------------------------------
SECTORS = [None, *Sector]


@pytest.mark.parametrize("sector", SECTORS)
def test_route_outcomes_follow_precedence_table(sector):
    for route, outcome, _ in PRECEDENCE:
        assert route_advice(route, {route}, sector, "").outcome is outcome


@pytest.mark.parametrize("sector", SECTORS)
def test_danger_contacts(sector):
    assert route_advice(R.DANGER_NOW, {R.DANGER_NOW}, sector).contacts == ("112", "veilig_thuis")
    child = route_advice(R.DANGER_NOW, {R.DANGER_NOW, R.CHILD_OR_VICTIM}, sector)
    assert child.contacts[0] == "112" and "kindertelefoon" in child.contacts


@pytest.mark.parametrize("sector", SECTORS)
def test_danger_with_a_second_route_adds_that_route_s_advice(sector):
    alone = route_advice(R.DANGER_NOW, {R.DANGER_NOW}, sector)
    staff = route_advice(R.DANGER_NOW, {R.DANGER_NOW, R.STAFF_SUSPECT}, sector)
    assert staff.outcome is Outcome.BEL_112 and staff.contacts == alone.contacts
    assert staff.todo[:len(alone.todo)] == alone.todo
    assert "bij jullie werkt" in staff.todo[-1] and "leidinggevende of het bestuur" in staff.todo[-1]
    sexual = route_advice(R.DANGER_NOW, {R.DANGER_NOW, R.SEXUAL_VIOLENCE_RECENT}, sector)
    assert sexual.contacts == ("112", "csg", "veilig_thuis")
    assert "Centrum Seksueel Geweld" in sexual.todo[-1]
    # A child in danger gets no professional's procedure, whatever else the message signals.
    child = route_advice(R.DANGER_NOW, {R.DANGER_NOW, R.CHILD_OR_VICTIM, R.STAFF_SUSPECT}, sector)
    assert not any("bij jullie werkt" in line for line in child.todo)


def test_child_contacts():
    base = route_advice(R.CHILD_OR_VICTIM, {R.CHILD_OR_VICTIM}, None, "mijn vader slaat mij")
    assert base.contacts == ("kindertelefoon", "veilig_thuis", "112")
    suicide = route_advice(R.CHILD_OR_VICTIM, {R.CHILD_OR_VICTIM}, None, "ik wil niet meer leven")
    assert set(suicide.contacts) == {"113", "kindertelefoon", "veilig_thuis", "112"}
    sexual = route_advice(R.CHILD_OR_VICTIM, {R.CHILD_OR_VICTIM, R.SEXUAL_VIOLENCE_RECENT}, None, "")
    assert set(sexual.contacts) == {"csg", "kindertelefoon", "veilig_thuis", "112"}
    assert base.todo == ()  # no professional procedure


STAFF_EXPECTED = {
    None: ("vertrouwensinspecteur", "veilig_thuis"),
    Sector.ONDERWIJS: ("vertrouwensinspecteur", "veilig_thuis"),
    Sector.KINDEROPVANG: ("vertrouwensinspecteur", "veilig_thuis"),
    Sector.ZORG: ("veilig_thuis",),
    Sector.JEUGDHULP: ("veilig_thuis",),
    Sector.MAATSCHAPPELIJKE_ONDERSTEUNING: ("veilig_thuis",),
    Sector.JUSTITIE: ("veilig_thuis",),
    Sector.ANDERS: ("veilig_thuis",),
}
STAFF_WORDS = {
    None: ["vertrouwensinspecteur", "houder", "IGJ", "toezichthouder van de gemeente", "bestuur"],
    Sector.ONDERWIJS: ["bestuur", "bevoegd gezag", "niet alleen de directeur", "overlegplicht",
                       "aangifteplicht", "minderjarige leerling", "lichamelijk geweld"],
    Sector.KINDEROPVANG: ["houder", "vertrouwensinspecteur", "politie", "mishandeling",
                          "huisgenoten van de gastouder"],
    Sector.ZORG: ["IGJ"], Sector.JEUGDHULP: ["IGJ"],
    Sector.MAATSCHAPPELIJKE_ONDERSTEUNING: ["toezichthouder van de gemeente"],
}


@pytest.mark.parametrize("sector", SECTORS)
def test_staff_route_per_sector(sector):
    advice = route_advice(R.STAFF_SUSPECT, {R.STAFF_SUSPECT}, sector)
    assert advice.outcome is Outcome.MELDPLICHT_MEDEWERKER
    assert advice.contacts == STAFF_EXPECTED[sector]
    text = advice.reason + " " + " ".join(advice.todo)
    for word in STAFF_WORDS.get(sector, []):
        assert word in text, (sector, word)
    recent = route_advice(R.STAFF_SUSPECT, {R.STAFF_SUSPECT, R.SEXUAL_VIOLENCE_RECENT}, sector)
    assert recent.contacts == ("csg",) + STAFF_EXPECTED[sector]


def test_sexual_violence_recent_contacts():
    advice = route_advice(R.SEXUAL_VIOLENCE_RECENT, {R.SEXUAL_VIOLENCE_RECENT}, None)
    assert advice.contacts == ("csg", "veilig_thuis")
    assert "7 dagen" in advice.reason
    danger = route_advice(R.SEXUAL_VIOLENCE_RECENT, {R.SEXUAL_VIOLENCE_RECENT, R.DANGER_NOW}, None)
    assert danger.contacts == ("112", "csg", "veilig_thuis")


def test_sexual_behaviour_children_advice():
    advice = route_advice(R.SEXUAL_BEHAVIOUR_CHILDREN, {R.SEXUAL_BEHAVIOUR_CHILDREN}, Sector.KINDEROPVANG)
    todo = " ".join(advice.todo)
    assert "aandachtsfunctionaris" in todo and "protocol" in todo and "ouders" in todo
    assert "Veilig Thuis" in todo and advice.contacts == ("veilig_thuis",)


def test_honour_advice():
    calm = route_advice(R.HONOUR_VIOLENCE, {R.HONOUR_VIOLENCE}, None, "vermoeden van huwelijksdwang")
    assert calm.outcome is Outcome.ADVIES_VEILIG_THUIS and calm.contacts == ("veilig_thuis",)
    todo = " ".join(calm.todo)
    assert "kring klein" in todo and "niet eerst met de familie" in todo
    acute = route_advice(R.HONOUR_VIOLENCE, {R.HONOUR_VIOLENCE}, None,
                         "morgen vliegt ze naar het land van herkomst")
    assert acute.outcome is Outcome.MELDEN_VEILIG_THUIS
    assert acute.contacts == ("veilig_thuis", "112")
    assert "Veilig Thuis en de politie direct" in acute.reason


def test_route_advice_accepts_strings():
    advice = route_advice("danger_now", ["danger_now"], None, "")
    assert advice.outcome is Outcome.BEL_112


RANKED = [{"name": "danger_now", "confidence": 1.0}, {"name": "staff_suspect", "confidence": 0.9},
          {"name": "start_meldcode", "confidence": 0.8}, {"name": "child_or_victim", "confidence": 0.2}]


def test_signalled_routes_adds_a_second_safety_route_the_model_reads():
    assert signalled_routes([], "danger_now", RANKED) == {R.DANGER_NOW, R.STAFF_SUSPECT}


@pytest.mark.parametrize("confidence,added", [
    (SECONDARY_ROUTE_CONFIDENCE - 0.01, False), (SECONDARY_ROUTE_CONFIDENCE, True), (1.0, True)])
def test_signalled_routes_threshold(confidence, added):
    ranking = [{"name": "child_or_victim", "confidence": 1.0},
               {"name": "sexual_violence_recent", "confidence": confidence}]
    routes = signalled_routes([], "child_or_victim", ranking)
    assert (R.SEXUAL_VIOLENCE_RECENT in routes) is added


@pytest.mark.parametrize("intent", ["faq", "start_meldcode", "nlu_fallback", None,
                                    "sexual_behaviour_children", "honour_violence"])
def test_a_ranking_adds_no_safety_route_to_a_message_that_takes_none(intent):
    ranking = [{"name": "danger_now", "confidence": 0.99}, {"name": "staff_suspect", "confidence": 0.9}]
    routes = signalled_routes([], intent, ranking)
    assert not routes & SAFETY_ROUTES


def test_signalled_routes_only_adds_safety_routes_from_the_ranking():
    ranking = [{"name": "honour_violence", "confidence": 0.99},
               {"name": "sexual_behaviour_children", "confidence": 0.99}]
    assert signalled_routes([], "danger_now", ranking) == {R.DANGER_NOW}


def test_signalled_routes_keeps_the_keyword_routes_and_the_intent_route():
    routes = signalled_routes({R.HONOUR_VIOLENCE}, "sexual_behaviour_children", [])
    assert routes == {R.HONOUR_VIOLENCE, R.SEXUAL_BEHAVIOUR_CHILDREN}
    assert signalled_routes([], "greet", []) == set()
    assert signalled_routes([], "danger_now", [{"name": "staff_suspect"}, {}]) == {R.DANGER_NOW}


def test_in_precedence_order():
    assert in_precedence_order({"honour_violence", R.DANGER_NOW, "staff_suspect"}) == [
        "danger_now", "staff_suspect", "honour_violence"]
    assert in_precedence_order([]) == []


# What each route's own advice shows, so that advised_routes can be checked against the text.
def _shows(advice, route) -> bool:
    text = " ".join((advice.reason,) + advice.todo)
    return {
        R.DANGER_NOW: advice.contacts[:1] == ("112",),
        R.CHILD_OR_VICTIM: "kindertelefoon" in advice.contacts,
        R.STAFF_SUSPECT: "bij jullie werkt" in text,
        R.SEXUAL_VIOLENCE_RECENT: "csg" in advice.contacts,
        R.SEXUAL_BEHAVIOUR_CHILDREN: "tussen kinderen" in text,
        R.HONOUR_VIOLENCE: "eergerelateerd" in text,
    }[route]


@pytest.mark.parametrize("signals", [set(c) for n in range(1, 4)
                                     for c in itertools.combinations(list(Route), n)])
def test_advised_routes_are_the_routes_the_advice_shows(signals):
    advice = route_advice(resolve(signals), signals, None, "")
    advised = advised_routes(signals)
    assert resolve(signals) in advised
    for route in signals:
        assert _shows(advice, route) is (route in advised), route


@pytest.mark.parametrize("sector", SECTORS)
@pytest.mark.parametrize("route", list(Route))
def test_every_route_s_advice_names_112_and_veilig_thuis(route, sector):
    # bot/nlu_eval.py relies on this when it counts safety messages that take any route.
    text = render_advice(route_advice(route, {route}, sector, ""), sector)
    assert "112" in text and "Veilig Thuis" in text


def test_advised_routes_of_nothing():
    assert advised_routes([]) == set()


@pytest.mark.parametrize("parse,expected", [
    # Only the model read a route, unsure: the caller asks instead of routing.
    ({"intent": {"name": "danger_now", "confidence": 0.45}, NET_ROUTES_KEY: []}, R.DANGER_NOW),
    ({"intent": {"name": "honour_violence", "confidence": 0.59}, NET_ROUTES_KEY: []},
     R.HONOUR_VIOLENCE),
    # Sure, but a short message (no case description): asked too.
    ({"text": "hij heeft geen kids", "intent": {"name": "danger_now", "confidence": 0.72},
      NET_ROUTES_KEY: []}, R.DANGER_NOW),
    ({"intent": {"name": "danger_now", "confidence": 0.9}, NET_ROUTES_KEY: []}, R.DANGER_NOW),
    # Sure of a case description, read by the net as well, or no net reading in the parse: the
    # route is taken.
    ({"text": "hij slaat haar en ik weet niet wat ik moet doen",
      "intent": {"name": "danger_now", "confidence": OPEN_QUESTION_ROUTE_CONFIDENCE},
      NET_ROUTES_KEY: []}, None),
    ({"intent": {"name": "danger_now", "confidence": 0.45}, NET_ROUTES_KEY: ["danger_now"]}, None),
    ({"intent": {"name": "danger_now", "confidence": 0.45}, NET_ROUTES_KEY: ["staff_suspect"]},
     None),
    ({"intent": {"name": "danger_now", "confidence": 0.45}}, None),
    # A case description that opens with an answer word: unsure up to 0.75, sure from there.
    ({"text": "jazeker, het meisje vertelde dat papa mama slaat als hij gedronken heeft",
      "intent": {"name": "child_or_victim", "confidence": 0.67}, NET_ROUTES_KEY: []},
     R.CHILD_OR_VICTIM),
    ({"text": "jazeker, het meisje vertelde dat papa mama slaat als hij gedronken heeft",
      "intent": {"name": "child_or_victim", "confidence": 0.75}, NET_ROUTES_KEY: []}, None),
    # Not a route at all.
    ({"intent": {"name": "affirm", "confidence": 0.45}, NET_ROUTES_KEY: []}, None),
    ({"intent": {}, NET_ROUTES_KEY: []}, None),
    ({}, None),
])
def test_unsure_model_route(parse, expected):
    assert unsure_model_route(parse) is expected


# --- routes offered with a button ---------------------------------------------------------

@pytest.mark.parametrize("ranking,offered", [
    # The safety routes among the first three entries at 0.15 or more, in ranking order.
    ([{"name": "nlu_fallback", "confidence": 0.4}, {"name": "staff_suspect", "confidence": 0.32},
      {"name": "danger_now", "confidence": 0.2}], ["staff_suspect", "danger_now"]),
    ([{"name": "nlu_fallback", "confidence": 0.4}, {"name": "start_meldcode", "confidence": 0.3},
      {"name": "child_or_victim", "confidence": 0.15}], ["child_or_victim"]),
    # Below the line, fourth in line, or not a safety route: nothing.
    ([{"name": "nlu_fallback", "confidence": 0.4}, {"name": "danger_now", "confidence": 0.14}], []),
    ([{"name": "nlu_fallback", "confidence": 0.4}, {"name": "faq", "confidence": 0.3},
      {"name": "greet", "confidence": 0.2}, {"name": "danger_now", "confidence": 0.2}], []),
    ([{"name": "nlu_fallback", "confidence": 0.4}, {"name": "honour_violence", "confidence": 0.5}], []),
    ([], []),
    (None, []),
])
def test_fallback_offers(ranking, offered):
    assert fallback_offers(ranking) == offered


@pytest.mark.parametrize("text,taken,offered", [
    # A case that starts the walk-through, or recent sexual violence, with a staff member in it.
    ("onze invaller neemt steeds een kleuter apart in het kantoortje", None, True),
    ("de nieuwe stagiair heeft vrijdag een meisje in de kleedkamer aangeraakt",
     Route.SEXUAL_VIOLENCE_RECENT, True),
    # No staff member in the story, a command, or another route taken.
    ("een leerling is zaterdag op een feest verkracht", Route.SEXUAL_VIOLENCE_RECENT, False),
    ("meldcode doorlopen met een collega", None, False),
    ("de nieuwe stagiair heeft vrijdag een meisje in de kleedkamer aangeraakt",
     Route.STAFF_SUSPECT, False),
    ("onze invaller neemt steeds een kleuter apart in het kantoortje", Route.DANGER_NOW, False),
    ("", None, False),
])
def test_offers_staff_route(text, taken, offered):
    assert offers_staff_route(text, taken) is offered


@pytest.mark.parametrize("text,intent,answers", [
    # An answer word, then the case: the answer, whatever the model's confidence in the case.
    ("jazeker, het meisje vertelde dat papa mama slaat als hij gedronken heeft", "start_meldcode", True),
    ("nee hoor, de moeder zegt dat hij gewoon veel valt op school", "start_meldcode", True),
    # No answer word, too short for a case, another intent, or a question.
    ("het meisje vertelde dat papa mama slaat als hij gedronken heeft", "start_meldcode", False),
    ("ja, meldcode starten", "start_meldcode", False),
    ("jazeker, het meisje vertelde dat papa mama slaat als hij gedronken heeft", "start_afwegingskader", False),
    ("ja, maar wat doe ik als het meisje vertelt dat papa mama slaat?", "start_meldcode", False),
])
def test_an_answer_word_with_a_case_after_it_answers(text, intent, answers):
    assert answer_with_a_case(text, intent) is answers
