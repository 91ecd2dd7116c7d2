import pytest

from bot.meldcode.answers import (
    Answer, answers_over_command, looks_like_question, opens_with_answer, parse_answer,
)

JA, NEE, TW, NNB = Answer.JA, Answer.NEE, Answer.TWIJFEL, Answer.NOG_NIET_BEKEND

# text -> expected answer (with allow_not_yet_known=False)
CASES = {
    # ja
    "ja": JA, "Ja.": JA, "JA!": JA, "jaa": JA, "jaaa": JA, "jah": JA, "jawel": JA,
    "jazeker": JA, "ja zeker": JA, "ja hoor": JA, "klopt": JA, "dat klopt": JA, "klpot": JA,
    "zeker": JA, "zeker weten": JA, "inderdaad": JA, "inderdaat": JA, "absoluut": JA,
    "yes": JA, "jep": JA, "natuurlijk": JA, "ik denk het wel": JA, "dat lukt wel": JA,
    "/affirm": JA, "zeker wel": JA, "dat is zo": JA, "Jazeker, dat is zo": JA,
    # nee
    "nee": NEE, "Nee.": NEE, "neee": NEE, "neeee": NEE, "neen": NEE, "nee hoor": NEE,
    "niet echt": NEE, "helemaal niet": NEE, "zeker niet": NEE, "absoluut niet": NEE,
    "klopt niet": NEE, "ik denk het niet": NEE, "nope": NEE, "/deny": NEE, "nooit": NEE,
    "er is geen sprake van": NEE, "dat lukt niet": NEE, "ze willen het niet": NEE,
    "eigenlijk niet": NEE, "ja nee": NEE,
    # twijfel (checked before nee: "weet ik niet" contains "niet")
    "twijfel": TW, "ik twijfel": TW, "twijfl": TW, "twyfel": TW, "twijvel": TW,
    "weet ik niet": TW, "weet ik niet zeker": TW, "ik weet het niet": TW, "geen idee": TW,
    "misschien": TW, "misschein": TW, "lastig te zeggen": TW, "moeilijk te zeggen": TW,
    "niet zeker": TW, "ik ben niet zeker": TW, "ja en nee": TW, "nee, ik twijfel": TW,
    "mogelijk": TW, "wellicht": TW, "/twijfel": TW, "tja": TW, "deels": TW,
    "ik kan het niet goed inschatten": TW, "dat durf ik niet te zeggen": TW,
    # still not: a plain no, not "not yet known"
    "ze willen nog steeds niet": NEE,
    # nog niet bekend, without permission -> twijfel
    "nog niet bekend": TW, "dat weet ik nog niet, de hulp loopt net": TW, "/nog_niet_bekend": TW,
    # not answers
    "wat is structurele onveiligheid?": None, "wat betekent twijfel": None,
    "is dat acute onveiligheid?": None, "hoe werkt het afwegingskader?": None,
    "hallo": None, "": None, "   ": None, "?": None, "ik werk in het onderwijs": None,
    "/greet": None, "waarom is dat zo?": None, "kan ik ook twijfel kiezen?": None,
}

NOT_YET_KNOWN = [
    "nog niet bekend", "Nog niet bekend", "nog_niet_bekend", "/nog_niet_bekend", "nog niet bekent",
    "dat weet ik nog niet, de hulp loopt net", "weet ik nog niet", "de hulp loopt nog",
    "het is nog te vroeg om te zeggen", "dat moet nog blijken", "nog niet", "onbekend",
    "de hulp is net begonnen", "kan ik nog niet zeggen",
    # Typed during the afwegingskader and once read as "nee" (which advised a melding).
    "dat weten we nog niet", "we weten het nog niet", "dat weet ik nu nog niet",
    "de termijn is nog niet om", "er is nog geen evaluatie geweest", "nog geen resultaten",
    "het effect van de hulp weten we nog niet", "nee, nog niet",
    "de hulp is begonnen maar we weten nog niet of het werkt",
    "we hebben het resultaat nog niet gezien",
]


@pytest.mark.parametrize("text,want", list(CASES.items()))
def test_parse_answer(text, want):
    assert parse_answer(text) is want


@pytest.mark.parametrize("text,want", list(CASES.items()))
def test_allowing_not_yet_known_changes_only_not_yet_known(text, want):
    got = parse_answer(text, allow_not_yet_known=True)
    if text in NOT_YET_KNOWN:
        assert got is NNB
    else:
        assert got is want


@pytest.mark.parametrize("text", NOT_YET_KNOWN)
def test_not_yet_known(text):
    assert parse_answer(text, allow_not_yet_known=True) is NNB
    assert parse_answer(text) is TW


def test_none_and_odd_input_never_crash():
    assert parse_answer(None) is None
    assert parse_answer("/") is None
    assert parse_answer("/affirm{\"x\": 1}") is JA
    assert parse_answer("🙂") is None
    assert parse_answer("x" * 10000) is None


def test_enum_values_are_slot_values():
    assert [a.value for a in Answer] == ["ja", "nee", "twijfel", "nog_niet_bekend"]
    assert Answer("ja") is JA and JA == "ja"


MORE = {
    "ja, maar ik twijfel": TW,
    "nee, er is geen acute onveiligheid": NEE,
    "ja er is structurele onveiligheid": JA,
    "er is geen sprake van acute onveiligheid": NEE,
    "ik heb geen vermoeden": NEE,
    "ja, ik heb een vermoeden": JA,
    "dat weet ik niet": TW,
    "hij slaat haar nu": None,
    # A filler word does not turn "weet ik niet" into the no phrase "echt niet".
    "ik weet het echt niet, het kan ook iets anders zijn": TW,
    "weet ik eigenlijk niet": TW,
    "echt niet": NEE,
    # Not knowing, in other words.
    "geen zicht op": TW,
    "dat heb ik nooit gevraagd eigenlijk": TW,
    # A yes phrase turned around is no yes.
    "dat lukt ons niet": NEE,
    "dat lukt wel": JA,
    "wij kunnen hier echt niks mee, dat gaat boven onze pet": NEE,
    # A plain negation with a "maar" weighs two sides: doubt, not a plain no.
    "het is beter maar ik vertrouw het niet helemaal": TW,
    "ze willen het niet": NEE,
    "volgens mij is er niks aan de hand": NEE,
    # Two sides in one breath (second stop of 2026-12-06).
    "ik denk aan een adviesvraag maar zeker weet ik het niet": TW,
    "wel en niet, het wisselt": TW,
    "een beetje wel een beetje niet": TW,
    "ik ben er zeker van": JA,
    "joa, staat erin": JA,
    "de ene ouder wel, de andere niet": TW,
    "ik heb geen vermoeden meer, het verhaal van de ouders klopt": NEE,
    "dat moet lukken met het wijkteam": JA,
    # Flemish "nie".
    "nog nie gedaan": TW,  # "nog niet": doubt, except at afweging 5
    "nee, da kan nie": NEE,
}


@pytest.mark.parametrize("text,want", list(MORE.items()))
def test_sentences(text, want):
    assert parse_answer(text) is want


@pytest.mark.parametrize("text,strict,expected", [
    ("kan ik niet gewoon anoniem melden", False, Answer.NEE),  # the forms' last resort
    ("kan ik niet gewoon anoniem melden", True, None),         # strictly: a question
    ("ze willen het niet", True, None),                        # no bare "niet"
    ("dat lukt wel", True, Answer.JA),                         # an answer phrase
    ("nee nog niet", True, Answer.TWIJFEL),
    ("jazeker", True, Answer.JA),
])
def test_strict_reading(text, strict, expected):
    assert parse_answer(text, strict=strict) is expected


@pytest.mark.parametrize("text,opens", [
    ("ja, al maanden stabiel", True), ("Jazeker, het meisje vertelde het zelf", True),
    ("nee helaas, vader drinkt weer", True), ("neee", True), ("jaaa hoor", True),
    ("klopt, ze heeft twee kinderen", True),
    ("ja maar mag ik dat zelf doen?", False),  # a question
    ("kan ik melden", False), ("we gaan melden, ja", False), ("jammer", False),
    # A path or stopping named: a command.
    ("nee, ik wil de meldcode starten", False), ("nee stop maar", False),
    ("ja, doe de kind check", False), ("ja, naar stap 3", False),
    ("/affirm", False), ("", False), (None, False),
])
def test_opens_with_answer(text, opens):
    assert opens_with_answer(text) is opens


def _no_content(text):
    return None


@pytest.mark.parametrize("text,confidence,with_content,over", [
    # Doubt answers over an unsure command, when the caller reads content (a command) ...
    ("ik twijfel nog steeds heen en weer", 0.45, True, True),
    # ... not over an unsure route (no content reader: only an answer word goes over it) ...
    ("ik twijfel nog steeds heen en weer", 0.45, False, False),
    # ... and never over a sure command or a question.
    ("ik twijfel nog steeds heen en weer", 0.85, True, False),
    ("twijfel ik terecht?", 0.45, True, False),
    ("ja, ik twijfel", 0.45, False, True),  # an answer word: always
])
def test_doubt_answers_over_an_unsure_command(text, confidence, with_content, over):
    assert answers_over_command(text, confidence, _no_content if with_content else None) is over


@pytest.mark.parametrize("text,question", [
    ("wat is een kind?", True), ("wat zet ik in het dossier", True),
    ("kan ik het in het dossier zetten", True), ("tellen stiefkinderen ook mee?", True),
    ("heb je dat gemeld", True), ("heb het gister in het overleg ingebracht", False),
    ("ze heeft 2 kids", False), ("ja", False), ("", False),
])
def test_looks_like_question(text, question):
    assert looks_like_question(text) is question
