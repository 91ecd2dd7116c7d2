"""Bad input gets an answer, never a crash (seeded random strings through every parser)."""
import random
import string

from bot.meldcode import (
    afwegingskader, detect_routes, kindcheck, mentions_suicide, parse_answer, parse_sector,
    parse_step,
)
from bot.meldcode.signals import age_groups_in, parse_group
from bot.meldcode.text import MAX_CORRECTED_WORDS, correct_to_vocabulary

ALPHABET = string.ascii_letters + string.digits + " ?!.,'/{}\"-_éëï€😀\n\t"


def test_random_text_never_crashes():
    rng = random.Random(2026)
    for _ in range(1500):
        text = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 80)))
        assert isinstance(detect_routes(text), set)
        assert parse_answer(text, allow_not_yet_known=True) is None or parse_answer(text)
        parse_sector(text)
        step = parse_step(text)
        assert step is None or 1 <= step <= 5
        assert mentions_suicide(text) in (True, False)
        assert isinstance(correct_to_vocabulary(text, VOCABULARY), str)
        assert set(age_groups_in(text)) <= {"0-4", "4-12", "12-18"}
        parse_group(text)


VOCABULARY = frozenset({"vader", "moeder", "slaat", "geslagen", "kindcheck", "meldcode"})


def test_typo_correction_stops_after_the_first_words():
    # A long message of unknown words must not cost seconds: the tail stays as typed.
    text = " ".join(["vaderr"] * (MAX_CORRECTED_WORDS + 10))
    words = correct_to_vocabulary(text, VOCABULARY).split()
    assert words[:MAX_CORRECTED_WORDS] == ["vader"] * MAX_CORRECTED_WORDS
    assert words[MAX_CORRECTED_WORDS:] == ["vaderr"] * 10


def test_none_inputs():
    assert detect_routes(None) == set()
    assert correct_to_vocabulary(None, VOCABULARY) == "" and age_groups_in(None) == []
    assert parse_sector(None) is None and parse_step(None) is None and parse_answer(None) is None
    assert afwegingskader.next_question(None, None) == 1
    assert afwegingskader.decide(None, None) is None
    assert kindcheck.next_question(None) == 1 and kindcheck.decide(None) is None
