"""Bad input gets an answer, never a crash (seeded random strings through every parser)."""
import random
import string

from bot.meldcode import (
    afwegingskader, detect_routes, kindcheck, mentions_suicide, parse_answer, parse_sector,
    parse_step,
)

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


def test_none_inputs():
    assert detect_routes(None) == set()
    assert parse_sector(None) is None and parse_step(None) is None and parse_answer(None) is None
    assert afwegingskader.next_question(None, None) == 1
    assert afwegingskader.decide(None, None) is None
    assert kindcheck.next_question(None) == 1 and kindcheck.decide(None) is None
