"""Practice cases: loading the YAML files into decision points, and checking them against the
domain logic (one source of truth: a case never decides an outcome on its own).

A case is walked as a list of decision points, in this order:
  the decisions for step 1 and those without a step (special routes), as written,
  the kindcheck questions (they belong to step 1),
  the decisions for steps 2 to 4,
  the afwegingen (step 4),
  the decisions for step 5,
  the final question: which outcome fits.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from bot.meldcode import afwegingskader, kindcheck
from bot.meldcode.answers import Answer
from bot.meldcode.contacts import CONTACTS
from bot.meldcode.outcomes import Advice, Outcome
from bot.meldcode.routes import Route, detect_routes, resolve, route_advice
from bot.meldcode.sectors import Sector
from bot.meldcode.steps import STEPS

from .schema import NUMBER_PLACEHOLDER, OPTION_KEYS, CaseValidationError, validate_file

CASES_DIR = Path(__file__).resolve().parent / "cases"

# Short Dutch names for the outcomes as answer options in practice (the advice texts themselves
# come from bot.meldcode.outcomes).
OUTCOME_OPTION_LABELS: dict[Outcome, str] = {
    Outcome.BEL_112: "Direct 112 bellen",
    Outcome.MELDEN_VEILIG_THUIS: "Melden bij Veilig Thuis",
    Outcome.ADVIES_VEILIG_THUIS: "Advies vragen aan Veilig Thuis",
    Outcome.HULP_ORGANISEREN: "Hulp bieden of organiseren en volgen of die werkt",
    Outcome.HULP_AFRONDEN: "De hulp afronden, met afspraken over monitoring",
    Outcome.AFSLUITEN: "Afsluiten en je afweging vastleggen in het dossier",
    Outcome.MELDPLICHT_MEDEWERKER: "De route bij een vermoeden tegen een medewerker",
    Outcome.CENTRUM_SEKSUEEL_GEWELD: "Contact met het Centrum Seksueel Geweld",
    Outcome.GRENSOVERSCHRIJDEND_GEDRAG_KINDEREN: "Het protocol voor seksueel gedrag tussen kinderen",
    Outcome.HULP_VOOR_JEZELF: "Het kind of slachtoffer zelf naar hulp verwijzen",
}
# Distractors when a case names no outcome_options: the expected outcome plus the first three
# of these that differ from it, shown in this fixed order.
_DEFAULT_OUTCOME_CHOICES = {
    "afwegingen": (Outcome.MELDEN_VEILIG_THUIS, Outcome.ADVIES_VEILIG_THUIS,
                   Outcome.HULP_ORGANISEREN, Outcome.AFSLUITEN),
    "kindcheck": (Outcome.AFSLUITEN, Outcome.ADVIES_VEILIG_THUIS, Outcome.MELDEN_VEILIG_THUIS,
                  Outcome.BEL_112),
    "route": (Outcome.BEL_112, Outcome.MELDEN_VEILIG_THUIS, Outcome.ADVIES_VEILIG_THUIS,
              Outcome.MELDPLICHT_MEDEWERKER),
}
_OUTCOME_ORDER = list(Outcome)

ANSWER_LABELS = {
    Answer.JA: "Ja",
    Answer.NEE: "Nee",
    Answer.TWIJFEL: "Twijfel",
    Answer.NOG_NIET_BEKEND: "Nog niet bekend",
}


@dataclass(frozen=True)
class DecisionPoint:
    """One question the trainee answers; options are keyed (A-E, or ja/nee/... for afwegingen)."""

    id: str  # unique within the case: stap1, stap3b, route, kindcheck2, afweging4, uitkomst
    kind: str  # "stap" | "route" | "kindcheck" | "afweging" | "uitkomst"
    number: int | None  # step, kindcheck question or afweging number
    question: str
    options: tuple[tuple[str, str], ...]  # (key, label)
    right: tuple[str, ...]  # keys that count as right; the first is the case's own answer
    feedback: str
    review: str  # what to review when this one went wrong
    short: str = ""  # a one-line title for the trainer's view

    @property
    def answer(self) -> str:
        return self.right[0]

    def label(self, key: str) -> str:
        return dict(self.options).get(key, key)


@dataclass(frozen=True)
class Case:
    id: str
    title: str
    sector: Sector
    solo: bool
    situation: str
    points: tuple[DecisionPoint, ...]
    afwegingen: dict[int, Answer] = field(default_factory=dict)
    afwegingen_also_right: dict[int, tuple[Answer, ...]] = field(default_factory=dict)
    kindcheck: dict[int, Answer] = field(default_factory=dict)
    kindcheck_also_right: dict[int, tuple[Answer, ...]] = field(default_factory=dict)
    route: Route | None = None
    route_text: str | None = None
    expected_outcome: Outcome = Outcome.AFSLUITEN
    source: str = ""

    def point(self, point_id: str) -> DecisionPoint | None:
        return next((p for p in self.points if p.id == point_id), None)


def fill_numbers(text: str) -> str:
    """Replace {nummer:veilig_thuis} by the number from CONTACTS (the one place numbers live)."""
    return NUMBER_PLACEHOLDER.sub(lambda m: CONTACTS[m.group(1)].number, text.strip())


def domain_advice(case: Case) -> Advice:
    """The advice the domain logic gives for the case's own answers (the source of truth)."""
    if case.route is not None:
        text = case.route_text or case.situation
        return route_advice(case.route, detect_routes(text), case.sector, text)
    if case.afwegingen:
        advice = afwegingskader.decide(case.afwegingen, case.sector)
    else:
        advice = kindcheck.decide(case.kindcheck)
    if advice is None:
        raise CaseValidationError([f"{case.source}: de antwoorden leiden nog niet tot een "
                                   "uitkomst: er ontbreekt een vraag."])
    return advice


def _step_point(raw: dict, point_id: str) -> DecisionPoint:
    step = raw.get("step")
    if step is not None:
        review = raw.get("review") or f"Stap {step}: {STEPS[step].title.lower()}"
    else:
        review = raw.get("review") or "Speciale routes: wanneer de vijf stappen niet (alleen) gelden"
    return DecisionPoint(
        id=point_id,
        kind="stap" if step is not None else "route",
        number=step,
        question=fill_numbers(raw["question"]),
        options=tuple((str(k), fill_numbers(v)) for k, v in raw["options"].items()),
        right=(raw["answer"],),
        feedback=fill_numbers(raw["feedback"]),
        review=review,
    )


def _answer_point(item: dict, kind: str, number: int, sector: Sector) -> DecisionPoint:
    if kind == "afweging":
        question = f"Afweging {number}: {afwegingskader.question_text(number, sector)}"
        title = afwegingskader.QUESTIONS[number].title
        short = f"Afweging {number}: {title}"
        review = f"Afweging {number}: {title.lower()}"
        keys = [Answer.JA, Answer.NEE, Answer.TWIJFEL]
        if number == 5:
            keys.append(Answer.NOG_NIET_BEKEND)
    else:
        question = f"Kindcheck, vraag {number}: {kindcheck.QUESTIONS[number].text}"
        title = kindcheck.QUESTIONS[number].title
        short = f"Kindcheck, vraag {number}: {title}"
        review = f"Kindcheck, vraag {number}: {title.lower()}"
        keys = [Answer.JA, Answer.NEE, Answer.TWIJFEL]
    return DecisionPoint(
        id=f"{kind}{number}",
        kind=kind,
        number=number,
        question=question,
        options=tuple((a.value, ANSWER_LABELS[a]) for a in keys),
        right=(item["answer"], *item.get("also_right", [])),
        feedback=fill_numbers(item["feedback"]),
        review=item.get("review") or review,
        short=short,
    )


def _outcome_point(raw: dict, expected: Outcome, kind: str, reason: str) -> DecisionPoint:
    if raw.get("outcome_options"):
        choices = [Outcome(v) for v in raw["outcome_options"]]
    else:
        others = [o for o in _DEFAULT_OUTCOME_CHOICES[kind] if o is not expected][:3]
        choices = sorted([expected, *others], key=_OUTCOME_ORDER.index)
    options = tuple((OPTION_KEYS[i], OUTCOME_OPTION_LABELS[o]) for i, o in enumerate(choices))
    right = OPTION_KEYS[choices.index(expected)]
    feedback = " ".join(part for part in (fill_numbers(raw.get("outcome_feedback", "")),
                                          f"Zo werkt het in de meldcode: {reason}") if part)
    return DecisionPoint(
        id="uitkomst",
        kind="uitkomst",
        number=None,
        question="Wat is in deze casus de juiste uitkomst?",
        options=options,
        right=(right,),
        feedback=feedback,
        review=f"De uitkomst: {OUTCOME_OPTION_LABELS[expected].lower()}",
    )


def build_case(raw: dict, source: str) -> Case:
    """A validated raw case as a Case with its decision points in walking order."""
    sector = Sector(raw["sector"])
    ids: dict[str, int] = {}

    def step_id(decision: dict) -> str:
        if decision.get("id"):
            return decision["id"]
        base = f"stap{decision['step']}" if decision.get("step") else "route"
        ids[base] = ids.get(base, 0) + 1
        return base if ids[base] == 1 else f"{base}{'abcdefghij'[ids[base] - 1]}"

    decisions = [(step_id(d), d) for d in raw["decisions"]]
    early = [_step_point(d, i) for i, d in decisions if (d.get("step") or 1) <= 1]
    middle = [_step_point(d, i) for i, d in decisions if (d.get("step") or 1) in (2, 3, 4)]
    late = [_step_point(d, i) for i, d in decisions if (d.get("step") or 1) == 5]
    kc = [_answer_point(it, "kindcheck", it["question"], sector) for it in raw.get("kindcheck", [])]
    aw = [_answer_point(it, "afweging", it["afweging"], sector) for it in raw.get("afwegingen", [])]

    route = Route(raw["route"]["expected"]) if raw.get("route") else None
    case = Case(
        id=raw["id"],
        title=raw["title"].strip(),
        sector=sector,
        solo=bool(raw.get("solo", False)),
        situation=fill_numbers(raw["situation"]),
        points=(),
        afwegingen={it["afweging"]: Answer(it["answer"]) for it in raw.get("afwegingen", [])},
        afwegingen_also_right={it["afweging"]: tuple(Answer(a) for a in it.get("also_right", []))
                               for it in raw.get("afwegingen", [])},
        kindcheck={it["question"]: Answer(it["answer"]) for it in raw.get("kindcheck", [])},
        kindcheck_also_right={it["question"]: tuple(Answer(a) for a in it.get("also_right", []))
                              for it in raw.get("kindcheck", [])},
        route=route,
        route_text=(raw.get("route") or {}).get("text"),
        expected_outcome=Outcome(raw["expected_outcome"]),
        source=source,
    )
    kind = "route" if route else ("afwegingen" if case.afwegingen else "kindcheck")
    try:
        reason = domain_advice(case).reason
    except CaseValidationError:
        reason = ""
    points = (*early, *kc, *middle, *aw, *late, _outcome_point(raw, case.expected_outcome, kind, reason))
    return Case(**{**case.__dict__, "points": tuple(points)})


def check_against_domain(case: Case) -> list[str]:
    """Problems where the case disagrees with bot.meldcode; empty when the case is right.

    - the afwegingen (and kindcheck questions) are exactly those the domain asks, in order;
    - the case's answers lead to its expected outcome, and so does every answer in also_right;
    - a kindcheck followed by afwegingen must hand over into the meldcode steps;
    - a route case's text takes that route in the real assistant; a case without a route does
      not accidentally trip a special route.
    """
    problems: list[str] = []
    where = case.source or case.id

    def walk(answers: dict[int, Answer], next_question, label: str) -> None:
        asked: list[int] = []
        given: dict[int, Answer] = {}
        while (number := next_question(given)) is not None and number in answers:
            asked.append(number)
            given[number] = answers[number]
        if list(answers) != asked or next_question(given) is not None:
            problems.append(f"{where}: {label}: de meldcode vraagt {asked or 'geen'} en dan "
                            f"{next_question(given)}, de casus heeft {list(answers)}.")

    if case.afwegingen:
        walk(case.afwegingen, lambda a: afwegingskader.next_question(a, case.sector), "afwegingen")
    if case.kindcheck:
        walk(case.kindcheck, kindcheck.next_question, "kindcheck")
        kc_advice = kindcheck.decide(case.kindcheck)
        if case.afwegingen and (kc_advice is None or kc_advice.handover_step is None):
            problems.append(f"{where}: kindcheck: de kindcheck sluit hier af "
                            f"({kc_advice and kc_advice.outcome.value}); dan volgen er geen "
                            "afwegingen.")
    if problems:
        return problems

    advice = domain_advice(case)
    if advice.outcome is not case.expected_outcome:
        problems.append(f"{where}: expected_outcome is {case.expected_outcome.value}, maar de "
                        f"meldcode-logica geeft {advice.outcome.value}: {advice.reason}")

    for label, answers, also, decide in (
        ("afweging", case.afwegingen, case.afwegingen_also_right,
         lambda a: afwegingskader.decide(a, case.sector)),
        ("kindcheck-vraag", case.kindcheck, case.kindcheck_also_right, kindcheck.decide),
    ):
        if label == "kindcheck-vraag" and case.afwegingen:
            continue  # the kindcheck hands over; the afwegingen decide the outcome
        for number, alternatives in also.items():
            for alternative in alternatives:
                changed = {**answers, number: alternative}
                alt_advice = decide(changed)
                if alt_advice is None or alt_advice.outcome is not case.expected_outcome:
                    got = alt_advice.outcome.value if alt_advice else "nog geen uitkomst"
                    problems.append(f"{where}: {label} {number}: also_right {alternative.value} "
                                    f"geeft {got}, niet {case.expected_outcome.value}.")

    found = detect_routes(case.route_text or case.situation)
    if case.route is not None:
        if resolve(found) is not case.route:
            problems.append(f"{where}: route.expected is {case.route.value}, maar de assistent "
                            f"herkent in de tekst {sorted(r.value for r in found) or 'geen route'}.")
    elif found:
        problems.append(f"{where}: de situatie zet de assistent op een speciale route "
                        f"({sorted(r.value for r in found)}), maar de casus heeft geen route.")
    return problems


def cases_dir() -> Path:
    """Where cases are read from: TRAINING_CASES_DIR, or bot/training/cases."""
    return Path(os.environ.get("TRAINING_CASES_DIR") or CASES_DIR)


def load_case_file(path: Path) -> Case:
    raw, errors = validate_file(path)
    if errors:
        raise CaseValidationError(errors)
    return build_case(raw, str(path))


def load_cases(directory: Path | None = None) -> dict[str, Case]:
    """All cases in a folder, by id, in file-name order; raises with every problem at once."""
    directory = directory or cases_dir()
    cases: dict[str, Case] = {}
    errors: list[str] = []
    for path in sorted(directory.glob("*.yml")) + sorted(directory.glob("*.yaml")):
        try:
            case = load_case_file(path)
        except CaseValidationError as exc:
            errors.extend(exc.errors)
            continue
        if case.id in cases:
            errors.append(f"{path}: veld 'id': '{case.id}' bestaat al in {cases[case.id].source}.")
            continue
        cases[case.id] = case
    if errors:
        raise CaseValidationError(errors)
    return cases


@lru_cache(maxsize=4)
def _cached(directory: str, stamp: tuple) -> dict[str, Case]:
    return load_cases(Path(directory))


def all_cases() -> dict[str, Case]:
    """The cases, reloaded when a file changes (an aandachtsfunctionaris may edit them live)."""
    directory = cases_dir()
    stamp = tuple((p.name, p.stat().st_mtime_ns) for p in sorted(directory.glob("*.y*ml")))
    return _cached(str(directory), stamp)
