"""The kindcheck: for professionals who work with adults (part of step 1 of the meldcode)."""
from __future__ import annotations

import re
from typing import Mapping

from .afwegingskader import Question, _as_answer
from .answers import Answer, content_yes, looks_like_question
from .text import normalise, tokens
from .outcomes import Advice, Outcome

SLOT_NAMES = {1: "kc_situatie", 2: "kc_kinderen", 3: "kc_zorgen"}

QUESTIONS: dict[int, Question] = {
    q.number: q
    for q in (
        Question(
            1,
            "Situatie van de cliënt kan schadelijk zijn voor kinderen",
            "Kan de situatie van je volwassen cliënt schadelijk zijn voor kinderen? Denk aan "
            "ernstige psychiatrische problemen of een crisis, verslaving, partnergeweld, een "
            "(poging tot) zelfdoding of zelfbeschadiging, een verstandelijke beperking, dreigende "
            "huisuitzetting of het bezit van vuurwapens.",
        ),
        Question(
            2,
            "Cliënt zorgt voor minderjarige kinderen of is zwanger",
            "Zorgt je cliënt voor minderjarige kinderen, of kan ze zwanger zijn? Het gaat om "
            "kinderen die (een deel van de week) bij de cliënt wonen, ook kinderen van een "
            "(nieuwe) partner.",
        ),
        Question(
            3,
            "Zorgen over de kinderen weggenomen",
            "Zijn je zorgen overtuigend weggenomen nadat je de kindcheck-vragen hebt gesteld? "
            "Vraag bijvoorbeeld: wie wonen er bij je, wie zorgt er nog meer voor de kinderen, waar "
            "zijn ze overdag, lukt het je om ze genoeg zorg en veiligheid te geven, en wil je daar "
            "hulp bij?",
        ),
    )
}

_VT = ("veilig_thuis",)

# Questions answered with their content, no ja / nee in it but a clear yes: the client's
# situation (1: "ze is verslaafd", "hij zit in een psychose"), the children themselves (2: "ze
# heeft 2 kids", "een zoontje van 4", "ze is in verwachting").
_CONTENT = {
    1: re.compile(
        r"\b(verslaafd|verslaving|drinkt|drank|alcohol|drugs|blowt|gebruikt|psychose|psychotisch|"
        r"psychiatrisch\w*|depressie|depressief|suicid\w*|suicidaal|zelfmoord\w*|zelfdoding|"
        r"zelfbeschadiging|snijdt|huisuitzetting|uitzetting|schulden|partnergeweld|"
        r"huiselijk geweld|wapen\w*|vuurwapen\w*|verstandelijke beperking|crisis|opgenomen)\b"
    ),
    2: re.compile(
        r"\b(kind|kinderen|kindje|kindjes|kids|zoon|zoons|zonen|zoontje|dochter|dochters|"
        r"dochtertje|baby|babys|tweeling|peuter|kleuter|puber|tiener|stiefkind\w*|pleegkind\w*|"
        r"zwanger|in verwachting|uitgerekend)\b"
    ),
}

# Every other word a message may hold and still only say who the client's children are: who
# has them, how many, how old, where they live. No word of harm, fear, time or place of danger
# ("alleen", "huilt", "nu") is here, so a message with one is read as a case as before.
_FAMILY_FACT_WORDS = frozenset(
    "ik hij zij ze we wij mijn haar hun client clienten mevrouw meneer man vrouw "
    "partner vriend vriendin moeder vader de het een er die en ook nog wel ja nee geen of "
    "heeft hebben heb is zijn was woont wonen wonend krijgt verwacht zorgt zorgen voor bij "
    "thuis deels week weekend om in huis van jaar jaren jarig maand maanden maandjes weken oud "
    "jong jonge jongen jongens meisje meisjes meid kleine twee drie vier vijf zes zeven acht "
    "negen tien elf twaalf dertien veertien vijftien zestien zeventien half anderhalf eerste "
    "tweede derde vierde".split()
)


def only_names_children(text: str | None) -> bool:
    """True when a message says nothing but who the client's children are ("hij heeft een
    dochter van 4", "ze heeft twee kids van 3 en 7"): the answer to question 2, which can tell
    no danger and no case. The NLU model read "hij heeft een dochter van 4" as danger now at
    0.66 (stop 22's model, docs/nlu.md); bot.meldcode.routes.describes_a_case uses this."""
    words = tokens(normalise(text))
    return bool(words) and bool(_CONTENT[2].search(" ".join(words))) and all(
        word.isdigit() or word in _FAMILY_FACT_WORDS or _CONTENT[2].fullmatch(word)
        for word in words)


# Question 3 ("Zijn je zorgen overtuigend weggenomen?") turns ja and nee around: "geen zorgen
# meer" is a yes, "ik maak me nog zorgen" a no. Checked in this order: concerns that stay (also
# "niet gerust"), concerns gone (also "niet meer ongerust"), then any word of worry.
_CONCERNS_STAY = re.compile(
    r"\b((niet|allerminst|absoluut niet|helemaal niet) (echt |helemaal )?gerust|"
    r"(niet|nog niet) veilig|nog (steeds |altijd )?(zorgen|bezorgd|ongerust)|"
    r"(meer|nieuwe|grote|veel|flinke) zorgen|zorgen (blijven|bleven|zijn er nog|zijn gebleven)|"
    r"maak (me|ik me) (nog|nog steeds|wel|meer|grote|veel|ernstig) (\w+ )?zorgen)\b"
)
_CONCERNS_GONE = re.compile(
    r"\b(geen zorgen|zorgen (zijn |ben ik )?(\w+ )?(weg|weggenomen|verdwenen|opgelost|voorbij)|"
    r"(ben|voel me|was) (\w+ )?(gerust|gerustgesteld)|gerustgesteld|niet (meer )?(ongerust|bezorgd)|"
    r"(kinderen|kids|kind|ze|zij) (zijn|is) (\w+ )?veilig)\b"
)
_WORRY = re.compile(r"\b(zorgen|ongerust|bezorgd|twijfels over)\b")


def content_answer(number: int, text: str | None) -> Answer | None:
    """Question `number` answered with its content: ja for questions 1 and 2
    (bot.meldcode.answers.content_yes); for question 3 ja when the concerns are gone, nee when
    they stay. Read before parse_answer's last resort, which would read "geen zorgen meer" as
    nee (actions.forms.read_form_answer)."""
    if number == 3:
        norm = normalise(text or "")
        if not norm or looks_like_question(text):
            return None
        if _CONCERNS_STAY.search(norm):
            return Answer.NEE
        if _CONCERNS_GONE.search(norm):
            return Answer.JA
        return Answer.NEE if _WORRY.search(norm) else None
    pattern = _CONTENT.get(number)
    return content_yes(text, pattern) if pattern else None


def _answer(answers: Mapping, number: int) -> Answer | None:
    value = answers.get(number)
    if value is None:
        value = answers.get(str(number))
    if value is None:
        value = answers.get(SLOT_NAMES[number])
    answer = _as_answer(value)
    if answer is Answer.NOG_NIET_BEKEND:  # the kindcheck knows no "not yet known"
        return Answer.TWIJFEL
    return answer


def _decide_one(number: int, answer: Answer) -> Advice | None:
    if number == 1:
        if answer is Answer.NEE:
            return Advice(
                Outcome.AFSLUITEN,
                "Bij kindcheck-vraag 1 gaf je aan dat de situatie van de cliënt geen gevaar "
                "vormt voor kinderen.",
                1,
                _VT,
                ("Noteer in het dossier dat je de kindcheck hebt gedaan en wat de uitkomst is.",),
            )
        return None  # ja or twijfel: go on to question 2
    if number == 2:
        if answer is Answer.NEE:
            return Advice(
                Outcome.AFSLUITEN,
                "Bij kindcheck-vraag 2 gaf je aan dat de cliënt niet zorgt voor minderjarige "
                "kinderen en niet zwanger is.",
                2,
                _VT,
                ("Noteer in het dossier dat je de kindcheck hebt gedaan en wat de uitkomst is.",),
            )
        if answer is Answer.TWIJFEL:
            return Advice(
                Outcome.ADVIES_VEILIG_THUIS,
                "Bij kindcheck-vraag 2 gaf je aan dat je niet weet of de cliënt voor "
                "minderjarige kinderen zorgt of zwanger is.",
                2,
                _VT,
                (
                    "Vraag het de cliënt: wonen er kinderen bij je, ook een deel van de week? "
                    "Kinderen van een (nieuwe) partner? Kun je zwanger zijn?",
                    "Twijfel je daarna nog, vraag dan Veilig Thuis om advies.",
                ),
            )
        return None
    # number == 3: are the concerns convincingly removed?
    if answer is Answer.JA:
        return Advice(
            Outcome.AFSLUITEN,
            "Bij kindcheck-vraag 3 gaf je aan dat je zorgen over de kinderen overtuigend zijn "
            "weggenomen.",
            3,
            _VT,
            (
                "Leg in het dossier vast: het aantal kinderen en hun leeftijden, en wie er nog "
                "meer voor ze zorgt.",
            ),
        )
    if answer is Answer.TWIJFEL:
        return Advice(
            Outcome.ADVIES_VEILIG_THUIS,
            "Bij kindcheck-vraag 3 gaf je aan dat je twijfelt of je zorgen over de kinderen "
            "zijn weggenomen.",
            3,
            _VT,
            (
                "Ga na of er andere hulpverleners bij het gezin betrokken zijn.",
                "Overleg met een collega of de aandachtsfunctionaris, of vraag Veilig Thuis om "
                "advies.",
            ),
        )
    return Advice(
        Outcome.ADVIES_VEILIG_THUIS,
        "Bij kindcheck-vraag 3 gaf je aan dat je zorgen over de kinderen blijven.",
        3,
        _VT,
        (
            "Vertel de cliënt dat je de stappen van de meldcode volgt en Veilig Thuis "
            "inschakelt.",
            "Overleg met een collega of de aandachtsfunctionaris en vraag Veilig Thuis om "
            "advies.",
        ),
        handover_step=2,
    )


def _walk(answers: Mapping) -> tuple[int | None, Advice | None]:
    for number in sorted(QUESTIONS):
        answer = _answer(answers, number)
        if answer is None:
            return number, None
        advice = _decide_one(number, answer)
        if advice is not None:
            return None, advice
    raise AssertionError("kindcheck question 3 always decides")  # pragma: no cover


def next_question(answers: Mapping[int, Answer]) -> int | None:
    """The next kindcheck question to ask, or None when the answers lead to an advice."""
    return _walk(answers or {})[0]


def decide(answers: Mapping[int, Answer]) -> Advice | None:
    """The advice the kindcheck answers lead to, or None when another question is needed."""
    return _walk(answers or {})[1]
