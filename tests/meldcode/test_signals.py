"""Signal checklists per age group: fixed keys, short labels, short factual recording advice."""
from __future__ import annotations

import re

import pytest

from bot.meldcode.contacts import CONTACTS
from bot.meldcode.signals import (
    GROUPS, groups, known_keys, list_intro, parse_group, recording_advice, signals,
)
from tests.test_faq_responses import MAX_SENTENCE_WORDS, MIN_READING_EASE, reading_ease, sentences

KEY = re.compile(r"^[a-z][a-z0-9_]{1,29}$")
MAX_ADVICE_WORDS = 80  # the advice without the list of ticked labels
GROUP_KEYS = [g.key for g in groups()]


def fixed_part(text: str) -> str:
    """The advice without the ticked labels (the '- label' lines)."""
    return "\n".join(line for line in text.splitlines() if not line.startswith("- "))


def test_the_three_child_age_groups_exist_in_order():
    assert GROUP_KEYS == ["0-4", "4-12", "12-18"]


@pytest.mark.parametrize("group", GROUP_KEYS)
def test_every_group_has_six_to_nine_signals_with_unique_keys_and_short_labels(group):
    items = signals(group)
    assert 6 <= len(items) <= 9
    keys = [s.key for s in items]
    assert len(set(keys)) == len(keys), "duplicate key"
    assert all(KEY.match(k) for k in keys), keys
    labels = [s.label for s in items]
    assert len(set(labels)) == len(labels), "duplicate label"
    assert all(1 <= len(label.split()) <= 6 and label == label.strip() for label in labels), labels


def test_unknown_group_has_no_signals():
    assert signals("18-99") == ()
    assert signals("") == ()


@pytest.mark.parametrize("text,expected", [
    ("0-4", "0-4"), ("4-12", "4-12"), ("12-18", "12-18"), (" 4-12 ", "4-12"),
    ("checklist signalen kleuter", "4-12"), ("signalen aanvinken voor een peuter", "0-4"),
    ("kinderen van 0 tot 4 jaar", "0-4"), ("checklist signalen puber", "12-18"),
    ("jongeren 12 tot 18", "12-18"), ("baby's", "0-4"), ("een kind op de basisschool", "4-12"),
    ("signalen afvinken", None), ("", None), (None, None), ("18-99", None),
    ("peuter en puber", None),  # two groups: ask rather than guess
    # Ages: in years (digits or words), ranges by their lower end, babies in months.
    ("een negenjarige", "4-12"), ("hij is een 9-jarige", "4-12"), ("een meisje van 15", "12-18"),
    ("zoon van 3", "0-4"), ("kindjes van nul tot vier", "0-4"), ("14 jaar oud", "12-18"),
    ("een baby van 8 maanden", "0-4"), ("een kind van 10 maanden", "0-4"),
    ("groep 7", "4-12"), ("brugklas", "12-18"), ("kdv", "0-4"),
    ("kinderen tussen 4 en 12 jaar", "4-12"), ("leerlingen tussen de 12 en 18", "12-18"),
    # Years that are no age.
    ("al 3 jaar bezig", None), ("2 jaar geleden", None), ("een kind van 19", None),
    ("tussen 2 en 3 uur", None),
])
def test_parse_group(text, expected):
    assert parse_group(text) == expected


def test_known_keys_keeps_list_order_and_drops_unknown_and_repeated_keys():
    assert known_keys("4-12", ["agressief", "honger", "bestaat_niet", "honger", 3, None]) == [
        "honger", "agressief"]
    assert known_keys("4-12", ["blauwe_plekken"]) == []  # a 0-4 key is not a 4-12 key
    assert known_keys("onbekend", ["honger"]) == []


@pytest.mark.parametrize("group", GROUP_KEYS)
def test_advice_names_every_ticked_label_and_how_to_record(group):
    ticked = [s.key for s in signals(group)][:3]
    text = recording_advice(group, ticked)
    labels = {s.key: s.label for s in signals(group)}
    for key in ticked:
        assert f"- {labels[key]}" in text
    for key in set(labels) - set(ticked):
        assert labels[key] not in text
    person = "de jongere" if group == "12-18" else "het kind"
    for fact in ("feitelijk", "datum", "wie erbij was", f"woorden van {person} letterlijk",
                 "geen uitleg", "tegen je zorg", "stap 2", "aandachtsfunctionaris"):
        assert fact in text, fact
    assert "Veilig Thuis: " + CONTACTS["veilig_thuis"].number in text
    assert "Bel " + CONTACTS["112"].number in text


def test_unknown_keys_are_ignored_in_the_advice():
    text = recording_advice("0-4", ["brandwonden", "bestaat_niet", "honger"])
    assert "- Brandwonden" in text
    assert "bestaat_niet" not in text and "honger" not in text.lower()
    assert text.count("\n- ") == 1


def test_nothing_ticked_is_fine_and_says_how_to_go_on():
    for ticked in ([], ["bestaat_niet"]):
        text = recording_advice("12-18", ticked)
        assert text.startswith("Je hebt niets aangevinkt.")
        assert "stap 2" in text and CONTACTS["veilig_thuis"].number in text
        assert "- " not in text


def all_texts():
    for group in GROUP_KEYS:
        everything = [s.key for s in signals(group)]
        yield f"{group}-all", recording_advice(group, everything)
        yield f"{group}-none", recording_advice(group, [])
        yield f"{group}-intro", list_intro(group)


@pytest.mark.parametrize("name,text", list(all_texts()), ids=[n for n, _ in all_texts()])
def test_texts_are_short_b1_dutch(name, text):
    body = fixed_part(text)
    assert len(body.split()) <= MAX_ADVICE_WORDS, f"{name}: {len(body.split())} words"
    assert all(len(s.split()) <= MAX_SENTENCE_WORDS for s in sentences(body)), name
    assert reading_ease(body) >= MIN_READING_EASE, f"{name}: {reading_ease(body):.1f}"


def test_group_titles_are_what_the_buttons_show():
    assert [GROUPS[k].title for k in GROUP_KEYS] == ["0 tot 4 jaar", "4 tot 12 jaar", "12 tot 18 jaar"]
