"""Typed answers to the assistant's own questions (tests/nlu_answers/, bot/answer_eval.py).

A professional who types "ik heb het vastgelegd" at step 1 or "hij heeft geen kids" at the
kindcheck must get the next question, not "Bel nu 112" or "Dat begreep ik niet". The fast tests
check how a parse is read in each place; the slow test parses the blind sets with the trained
model and asserts floors just under the measured figures.
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from bot import answer_eval, nlu_eval

ROOT = Path(__file__).resolve().parent.parent
MODEL = ROOT / "models" / "meldcode.tar.gz"


def parse(intent: str, confidence: float = 0.9, routes=(), net=None) -> dict:
    parsed = {"intent": {"name": intent, "confidence": confidence}, "safety_routes": list(routes)}
    if net is not None:
        parsed["safety_net_routes"] = list(net)
    return parsed


@pytest.mark.parametrize("question,text,parsed,expected", [
    # A special route goes first anywhere: that is a false alarm for an answer.
    ("stap_1", "ja", parse("affirm", routes=["danger_now"]), "route:danger_now"),
    ("kindcheck_2", "ja", parse("affirm", routes=["staff_suspect"]), "route:staff_suspect"),
    # A route only the model read, unsure: the assistant asks about it, then asks again.
    ("stap_1", "zo", parse("danger_now", 0.5, ["danger_now"], net=[]), "not_understood"),
    ("stap_1", "zo", parse("danger_now", 0.5, ["danger_now"], net=["danger_now"]),
     "route:danger_now"),
    # Sure, in a short message: asked too; sure, in a case description: taken.
    ("stap_1", "zo", parse("danger_now", 0.6, ["danger_now"], net=[]), "not_understood"),
    ("stap_1", "hij slaat haar en ik weet niet wat ik moet doen",
     parse("danger_now", 0.6, ["danger_now"], net=[]), "route:danger_now"),
    # A short message with the step's work named as done answers the step over an unsure route.
    ("stap_1", "ik heb alles genoteerd", parse("child_or_victim", 0.52, ["child_or_victim"], net=[]),
     "ja"),
    # Steps read the intent.
    ("stap_1", "ik heb het vastgelegd", parse("affirm"), "ja"),
    ("stap_2", "gedaan", parse("next_step"), "ja"),
    ("stap_2", "nog niet", parse("nog_niet_bekend"), "nee"),
    ("stap_3", "geen idee", parse("twijfel"), "twijfel"),
    ("stap_3", "de ib", parse("nlu_fallback", 0.4), "not_understood"),
    ("stap_3", "wat is de meldcode", parse("faq"), "not_understood"),
    # ... and a FAQ question or the fallback reads a typed answer first, strictly.
    ("stap_3", "twijfel nog over de ouders", parse("faq"), "twijfel"),
    ("stap_1", "jazeker alles staat erin", parse("nlu_fallback", 0.4), "ja"),
    ("stap_2", "nee nog niet", parse("out_of_scope", 0.5), "nee"),
    ("stap_2", "kan ik niet anoniem bellen", parse("faq"), "not_understood"),
    # A message that opens with an answer word answers the check, even when the model read a
    # command or, unsure, a route in it (actions.common.opening_step_answer).
    ("stap_2", "nee", parse("start_meldcode", 0.7), "nee"),
    ("stap_2", "opnieuw beginnen", parse("start_meldcode", 0.7), "not_understood"),
    ("stap_2", "nee", parse("start_meldcode", 0.8), "not_understood"),  # a sure command
    ("stap_5", "ja, met de AF besluiten we te melden", parse("start_afwegingskader", 0.65),
     "ja"),
    ("stap_1", "ja, de plekken staan erin", parse("child_or_victim", 0.5, ["child_or_victim"],
                                                   net=[]), "ja"),
    ("stap_1", "ja, de plekken staan erin", parse("child_or_victim", 0.5, ["child_or_victim"],
                                                   net=["child_or_victim"]),
     "route:child_or_victim"),
    ("stap_4", "laten we dat doen", parse("start_afwegingskader"), "ja"),
    ("stap_4", "ga maar door", parse("next_step"), "nee"),
    # Forms read the text first ...
    ("afweging_1", "jazeker", parse("nlu_fallback", 0.4), "ja"),
    ("afweging_5", "de hulp loopt nog", parse("nlu_fallback", 0.4), "nog_niet_bekend"),
    ("afweging_4", "de hulp loopt nog", parse("nlu_fallback", 0.4), "twijfel"),
    # ... then a content answer (only kindcheck question 2) ...
    ("kindcheck_2", "ze heeft 2 kids", parse("nlu_fallback", 0.4), "ja"),
    ("kindcheck_1", "ze heeft 2 kids", parse("nlu_fallback", 0.4), "not_understood"),
    # ... which comes before the last resort: "geen zorgen meer" is no "nee" at question 3.
    ("kindcheck_3", "geen zorgen meer", parse("nlu_fallback", 0.4), "ja"),
    ("kindcheck_2", "ze heeft geen kinderen", parse("nlu_fallback", 0.4), "nee"),
    # ... then a confident intent; an intent that interrupts the form is no answer.
    ("afweging_3", "dat kunnen wij bieden", parse("nlu_fallback", 0.4), "ja"),  # content
    ("afweging_3", "blauw", parse("affirm", 0.8), "ja"),
    ("afweging_3", "blauw", parse("affirm", 0.5), "not_understood"),
    ("afweging_3", "stap 2", parse("go_to_step", 0.95), "not_understood"),
    # ... unless the message opens with an answer word (actions.forms.answer_extractor); a
    # route the keyword net reads still goes first.
    ("afweging_5", "nee, na drie maanden nog dezelfde zorgen", parse("start_meldcode", 0.68),
     "nee"),
    ("kindcheck_1", "ja mevrouw is depressief", parse("start_meldcode", 0.74), "ja"),
    ("afweging_2", "ja, ik heb een vraag", parse("ask_question", 0.93), "not_understood"),
    # ... or gives the question's content.
    ("kindcheck_2", "ze heeft twee kinderen", parse("start_kindcheck", 0.53), "ja"),
    ("kindcheck_3", "ik maak me geen zorgen meer",  # not over an unsure route: asked about
     parse("child_or_victim", 0.49, ["child_or_victim"], net=[]), "not_understood"),
    ("kindcheck_2", "ze heeft twee kinderen", parse("start_kindcheck", 0.85), "not_understood"),
    ("afweging_1", "jazeker, ze vertelde het zelf", parse("child_or_victim", 0.45,
                                                        ["child_or_victim"], net=[]), "ja"),
    ("afweging_1", "jazeker, ze vertelde het zelf", parse("child_or_victim", 0.45,
                                                        ["child_or_victim"],
                                                        net=["child_or_victim"]),
     "route:child_or_victim"),
    # "ja" read as a route at 0.9: the model is sure of a command, so no answer; short, so asked.
    ("afweging_1", "ja", parse("child_or_victim", 0.9, ["child_or_victim"], net=[]),
     "not_understood"),
    ("afweging_1", "ja, ze vertelde het zelf aan de juf", parse("child_or_victim", 0.9,
                                                               ["child_or_victim"], net=[]),
     "route:child_or_victim"),
])
def test_reading_an_answer_in_its_place(question, text, parsed, expected):
    assert answer_eval.reading(question, text, parsed) == expected


@pytest.mark.parametrize("name", sorted(p.name for p in answer_eval.ANSWER_DIR.glob("*.yml")))
def test_every_blind_set_covers_every_question(name):
    lines = answer_eval.load_answers(answer_eval.ANSWER_DIR / name)
    per_question = Counter(line.question for line in lines)
    assert set(per_question) == answer_eval.QUESTIONS
    assert min(per_question.values()) >= 10
    # Counted, not compared as sets: a failing comparison would print the blind lines.
    duplicates = len(lines) - len({(line.question, line.text) for line in lines})
    assert duplicates == 0
    assert name in FLOORS  # every set is scored with a floor


def test_a_set_with_an_unknown_question_is_refused(tmp_path):
    path = tmp_path / "bad.yml"
    path.write_text('answers:\n  - {question: stap_9, answer: ja, text: "ja"}\n')
    with pytest.raises(ValueError):
        answer_eval.load_answers(path)


# Set -> (at least this many read right, at most this many special routes), five lines and two
# routes from the figures measured at stop 20 (docs/nlu.md, "Typed answers"), after
# data/nlu/typed_answers.yml and INTENT_ANSWER_CONFIDENCE 0.7. The first two sets and the fourth guided the answer reading; the
# third was scored at stops 15 to 20, the fifth once before and once after stop 17's changes and
# at stops 18 to 20, never read.
FLOORS = {
    "blind_answers.yml": (127, 6),    # measured 132 and 4 (125 and 4 at stop 19; 85 and 11 at stop 14)
    "blind_answers_2.yml": (115, 2),  # measured 120 and 0 (116 and 3 at stop 19; 88 and 5 at stop 14)
    "blind_answers_3.yml": (146, 2),  # measured 151 and 0 (146 and 1 at stop 19; 136 and 3 at stop 15)
    "blind_answers_4.yml": (131, 11),  # measured 136 and 9 (130 and 6 at stop 19; 118 and 6 blind)
    "blind_answers_5.yml": (133, 3),  # measured 138 and 1, blind (133 and 2 at stop 19)
}


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(FLOORS))
def test_typed_answers_are_read_right_and_rarely_take_a_route(name):
    if not MODEL.is_file():
        pytest.fail(f"no trained model at {MODEL}: run `make install` (or `rasa train`) first")
    lines = answer_eval.load_answers(answer_eval.ANSWER_DIR / name)
    parses = nlu_eval.parse_texts(MODEL, [line.text for line in lines])
    report = answer_eval.score(lines, parses, nlu_eval.shared_with_training(lines))
    # The sets are blind: print figures, never their lines.
    print(name, answer_eval.format_report(report))
    min_right, max_routes = FLOORS[name]
    assert report.right >= min_right
    assert report.false_alarms <= max_routes
