"""FAQ answers: short, readable Dutch (B1), only real phone numbers, enough topics and examples.

Readability: textstat's Dutch Flesch reading ease (textstat.set_lang("nl"), Flesch-Douma).
Professional terms a user must learn (meldrecht, beroepsgeheim, ...) are replaced by a short
word before scoring, so that the test judges the sentences around them, not the jargon.
Threshold chosen on the answers' distribution (docs/nlu.md): after the replacement the 67
answers score 69.8-106 (Q1 81.3, median 88.2, Q3 92.7); Tukey's lower fence Q1 - 1.5 IQR is
64.2, so 65 fails the outliers. The officialese sample below scores about 0, plain B1 sentences 85-100.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import textstat
import yaml

from bot.meldcode.contacts import CONTACTS

ROOT = Path(__file__).resolve().parent.parent
RESPONSES = ROOT / "data" / "responses" / "faq.yml"
NLU = ROOT / "data" / "nlu" / "faq.yml"
DOMAIN = ROOT / "domain.yml"

MAX_WORDS = 85
MIN_READING_EASE = 65.0
MAX_SENTENCE_WORDS = 25
MIN_TOPICS = 60
MIN_EXAMPLES = 10

# Terms the professional must learn; longest first so compounds are replaced whole.
PROFESSIONAL_TERMS = sorted(
    [
        "aandachtsfunctionarissen", "aandachtsfunctionaris", "afwegingskader", "afwegingen",
        "afweging", "beroepsgeheim", "meldrecht", "meldplicht", "meldcode", "kindermishandeling",
        "ouderenmishandeling", "huiselijk geweld", "letselduiding", "vertrouwensinspecteur",
        "zorgcoördinator", "huwelijksdwang", "achterlating", "meisjesbesnijdenis",
        "eergerelateerd", "kind-oudergeweld", "partnergeweld", "structurele onveiligheid",
        "acute onveiligheid", "onveiligheid", "kindcheck", "verwijsindex", "risicofactoren",
        "beschermende factoren", "veiligheidsbeoordeling", "maatschappelijke ondersteuning",
        "pedagogisch medewerker", "intern begeleider", "zelfdoding", "zedendelict",
        "Inspectie Gezondheidszorg en Jeugd", "Inspectie van het Onderwijs",
        "Centrum Seksueel Geweld", "Zelfmoordpreventie", "Kindertelefoon", "gastouderbureau",
        "Landelijk Knooppunt Huwelijksdwang en Achterlating",
    ],
    key=len,
    reverse=True,
)
_TERMS = re.compile("|".join(re.escape(t) for t in PROFESSIONAL_TERMS), re.IGNORECASE)

# Phone-number-like strings: 0800-2000, 0900-111 3 111, 0800 2000, 08002000, 112, 113.
_PHONE = re.compile(r"(?<![\w-])(?:0\d{2,3}[- ]?\d(?:[ -]?\d){2,}|1\d\d)(?![\w-])")


def load_responses(path: Path = RESPONSES) -> dict[str, list[dict]]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))["responses"]


def load_topics(path: Path = NLU) -> dict[str, list[str]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    topics = {}
    for item in data["nlu"]:
        lines = [ln.strip()[2:] for ln in item["examples"].splitlines() if ln.strip().startswith("- ")]
        topics[item["intent"]] = lines
    return topics


def reading_ease(text: str) -> float:
    textstat.set_lang("nl")
    return textstat.flesch_reading_ease(_TERMS.sub("term", text))


def sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.?!])\s+", text) if s.strip()]


def phone_numbers(text: str) -> list[str]:
    return [m.group(0).strip() for m in _PHONE.finditer(text)]


def allowed_numbers() -> set[str]:
    """Every number as written in contacts.py, plus each part of '113 of 0800-0113'."""
    allowed = set()
    for contact in CONTACTS.values():
        allowed.add(contact.number)
        allowed.update(part.strip() for part in contact.number.split(" of "))
    return allowed


def unknown_numbers(text: str) -> list[str]:
    allowed = allowed_numbers()
    return [n for n in phone_numbers(text) if n not in allowed]


RESPONSE_ITEMS = sorted(load_responses().items())


# --- the measuring tools themselves --------------------------------------------------------------

def test_phone_pattern_finds_wrong_and_right_numbers():
    assert unknown_numbers("Bel Veilig Thuis: 0800-2000 of 112.") == []
    assert unknown_numbers("Bel 0800-2001.") == ["0800-2001"]
    assert unknown_numbers("Bel 08002000 of 0800 2000.") == ["08002000", "0800 2000"]
    assert unknown_numbers("Bel 0900-111 3 112 (werkdagen).") == ["0900-111 3 112"]
    assert unknown_numbers("Bel 911.") == []  # not Dutch-looking; 1xx numbers are checked below
    assert unknown_numbers("Bel 114.") == ["114"]
    assert phone_numbers("binnen 5 werkdagen, 7 dagen, 8-17 uur, 1 juli 2013") == []


def test_reading_ease_tells_plain_from_officialese():
    plain = "Bel Veilig Thuis als je twijfelt. Dat kan dag en nacht. Je hoeft het niet alleen te doen."
    officialese = (
        "De beroepskracht dient conform het vigerende protocol de geconstateerde signalen "
        "zorgvuldig te documenteren teneinde adequate verantwoording af te kunnen leggen."
    )
    assert reading_ease(plain) >= MIN_READING_EASE
    assert reading_ease(officialese) < MIN_READING_EASE


# --- the answers -------------------------------------------------------------------------------

def test_every_topic_has_an_answer_and_enough_examples():
    topics = load_topics()
    answered = {key[len("utter_"):] for key, _ in RESPONSE_ITEMS}
    assert len(topics) >= MIN_TOPICS
    assert set(topics) == answered
    thin = {name: len(lines) for name, lines in topics.items() if len(lines) < MIN_EXAMPLES}
    assert not thin, f"topics with fewer than {MIN_EXAMPLES} examples: {thin}"
    for name in topics:
        assert re.fullmatch(r"faq/[a-z0-9_]+", name), name


@pytest.mark.parametrize("key,variants", RESPONSE_ITEMS, ids=[k for k, _ in RESPONSE_ITEMS])
def test_answer_is_short_and_readable(key, variants):
    for variant in variants:
        text = variant["text"]
        assert len(text.split()) <= MAX_WORDS, f"{key}: {len(text.split())} words"
        long = [s for s in sentences(text) if len(s.split()) > MAX_SENTENCE_WORDS]
        assert not long, f"{key}: sentences over {MAX_SENTENCE_WORDS} words: {long}"
        score = reading_ease(text)
        assert score >= MIN_READING_EASE, f"{key}: reading ease {score:.1f}"


@pytest.mark.parametrize("key,variants", RESPONSE_ITEMS, ids=[k for k, _ in RESPONSE_ITEMS])
def test_answer_uses_only_real_numbers(key, variants):
    for variant in variants:
        assert unknown_numbers(variant["text"]) == [], key


@pytest.mark.parametrize("key,variants", RESPONSE_ITEMS, ids=[k for k, _ in RESPONSE_ITEMS])
def test_answer_ends_with_a_next_step(key, variants):
    domain = yaml.safe_load(DOMAIN.read_text(encoding="utf-8"))
    intents, entities = set(domain["intents"]), set(domain["entities"])
    for variant in variants:
        buttons = variant.get("buttons") or []
        assert buttons, f"{key}: no buttons"
        for button in buttons:
            assert button["title"].strip()
            # "/intent" or "/intent{json entities}" (e.g. /signal_checklist{"leeftijdsgroep":"0-4"})
            intent, _, args = button["payload"].partition("{")
            assert intent.startswith("/") and intent[1:] in intents, button
            if args:
                assert set(json.loads("{" + args)) <= entities, button


_DISCOURAGING = re.compile(
    r"(niet|nooit|geen)\s+(\w+\s+){0,3}(bellen|contact|melden|advies|inschakelen)\s+(\w+\s+){0,2}veilig thuis"
    r"|veilig thuis\s+(\w+\s+){0,4}(niet|nooit)\s+(\w+\s+){0,2}(nodig|bedoeld|bellen|inschakelen|in te schakelen)"
    r"|(hoeft|hoef)\s+(\w+\s+){0,3}veilig thuis\s+(\w+\s+){0,2}niet"
    r"|\b(bel|neem|vraag|meld|schakel)\s+(\w+\s+){0,3}(niet|nooit|geen)\s+(\w+\s+){0,2}veilig thuis",
    re.IGNORECASE,
)


def discourages_veilig_thuis(text: str) -> bool:
    return bool(_DISCOURAGING.search(text))


def test_discouragement_detector_works():
    assert discourages_veilig_thuis("Je hoeft Veilig Thuis nog niet te bellen.")
    assert discourages_veilig_thuis("Veilig Thuis is hier niet voor bedoeld.")
    assert discourages_veilig_thuis("Bel in dat geval niet meteen Veilig Thuis.")
    assert not discourages_veilig_thuis("Twijfel je? Vraag advies aan Veilig Thuis (0800-2000).")
    assert not discourages_veilig_thuis("Je hoeft het niet alleen te weten. Bel Veilig Thuis.")


@pytest.mark.parametrize("key,variants", RESPONSE_ITEMS, ids=[k for k, _ in RESPONSE_ITEMS])
def test_answer_never_discourages_veilig_thuis(key, variants):
    for variant in variants:
        assert not discourages_veilig_thuis(variant["text"]), key
