"""Group sessions: a trainer starts a session, trainees join with a short code, the trainer sees
per question how many chose what. Counts only: no names, no free text, nothing about a person.

Storage: SQLite through SQLAlchemy 1.4 (Core), because the action server (trainees answering in
the chat) and the widget server (the trainer's page, the JSON API) are separate processes that
must see the same figures; an in-memory store could not be shared between them. The URL comes
from TRAINING_DATABASE_URL (default: sqlite file var/training.sqlite3 in the repository).

What is stored: the session code, a hash of the trainer token (never the token itself), the
day it started, the chosen cases, random participant ids, and per participant and question the
option key (A-E, ja/nee/...). Sessions are deleted after TRAINING_SESSION_DAYS (default 7).
"""
from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import itertools
import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Mapping

import sqlalchemy as sa

from .cases import Case, all_cases
from .flow import CODE_ALPHABET

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_URL = f"sqlite:///{ROOT / 'var' / 'training.sqlite3'}"
CODE_LENGTH = 6

metadata = sa.MetaData()
sessions_table = sa.Table(
    "training_sessions", metadata,
    sa.Column("code", sa.String(CODE_LENGTH), primary_key=True),
    sa.Column("token_hash", sa.String(64), nullable=False),
    sa.Column("started_on", sa.Date, nullable=False),  # a day, no time: nothing to link
    sa.Column("case_ids", sa.Text, nullable=True),  # JSON list, or NULL for all cases
)
participants_table = sa.Table(
    "training_participants", metadata,
    sa.Column("id", sa.String(32), primary_key=True),
    sa.Column("code", sa.String(CODE_LENGTH),
              sa.ForeignKey("training_sessions.code", ondelete="CASCADE"), nullable=False,
              index=True),
    # For trainees in the chat: a keyed hash of the conversation id (key random per action
    # server process, see actions/training.py), so that no group code has to live in a slot.
    sa.Column("member", sa.String(64), nullable=True, index=True),
)
answers_table = sa.Table(
    "training_answers", metadata,
    sa.Column("code", sa.String(CODE_LENGTH),
              sa.ForeignKey("training_sessions.code", ondelete="CASCADE"), primary_key=True),
    sa.Column("participant_id", sa.String(32), primary_key=True),
    sa.Column("question_id", sa.String(160), primary_key=True),  # "<case id>/<point id>"
    sa.Column("option", sa.String(20), nullable=False),
)


class SessionError(ValueError):
    """Bad input from a trainer or trainee; the message is Dutch and safe to show."""


class SessionNotFound(SessionError):
    pass


class NotAllowed(SessionError):
    pass


@dataclass(frozen=True)
class OptionCount:
    key: str
    label: str
    count: int
    right: bool


@dataclass(frozen=True)
class QuestionCount:
    question_id: str
    case_title: str
    question: str
    options: tuple[OptionCount, ...]

    @property
    def total(self) -> int:
        return sum(o.count for o in self.options)


@dataclass(frozen=True)
class SessionResults:
    code: str
    started_on: dt.date
    participants: int
    case_ids: tuple[str, ...]
    questions: tuple[QuestionCount, ...]

    def as_dict(self) -> dict:
        return {
            "code": self.code,
            "started_on": self.started_on.isoformat(),
            "participants": self.participants,
            "cases": list(self.case_ids),
            "questions": [
                {"id": q.question_id, "case": q.case_title, "question": q.question,
                 "total": q.total,
                 "options": [{"key": o.key, "label": o.label, "count": o.count, "right": o.right}
                             for o in q.options]}
                for q in self.questions
            ],
        }


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def new_code() -> str:
    """Six characters from an unambiguous alphabet, always with a digit (see flow.parse_group_code)."""
    digits = [c for c in CODE_ALPHABET if c.isdigit()]
    while True:
        code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
        if any(c in digits for c in code) and any(c.isalpha() for c in code):
            return code


def new_token() -> str:
    """A trainer token that never starts with "-": the trainer passes it on the command line
    (`sessions show CODE --token TOKEN`), where argparse reads "-..." as an option (1 token in
    64 failed so)."""
    while True:
        token = secrets.token_urlsafe(24)
        if not token.startswith("-"):
            return token


def normalise_code(code: str | None) -> str:
    return (code or "").strip().upper().replace(" ", "").replace("-", "")


class SessionStore:
    def __init__(self, url: str | None = None, cases: Mapping[str, Case] | None = None,
                 keep_days: int | None = None):
        self.url = url or os.environ.get("TRAINING_DATABASE_URL") or DEFAULT_URL
        if self.url.startswith("sqlite:///") and self.url != "sqlite:///:memory:":
            Path(self.url[len("sqlite:///"):]).parent.mkdir(parents=True, exist_ok=True)
        connect_args = {"timeout": 10} if self.url.startswith("sqlite") else {}
        self.engine = sa.create_engine(self.url, future=True, connect_args=connect_args)
        if self.url.startswith("sqlite"):
            sa.event.listen(self.engine, "connect",
                            lambda conn, _rec: conn.execute("PRAGMA foreign_keys=ON"))
        metadata.create_all(self.engine)
        self._cases = cases
        self.keep_days = keep_days if keep_days is not None else int(
            os.environ.get("TRAINING_SESSION_DAYS", "7"))

    @property
    def cases(self) -> Mapping[str, Case]:
        return self._cases if self._cases is not None else all_cases()

    # --- trainer ------------------------------------------------------------------------------
    def start(self, case_ids: list[str] | None = None, today: dt.date | None = None
              ) -> tuple[str, str]:
        """A new session: (code, trainer token). The token is shown once and stored hashed."""
        today = today or dt.date.today()
        unknown = [c for c in case_ids or [] if c not in self.cases]
        if unknown:
            raise SessionError(f"Onbekende casus: {', '.join(unknown)}. "
                               f"Kies uit: {', '.join(self.cases)}.")
        self.purge(today)
        token = new_token()
        with self.engine.begin() as conn:
            while True:
                code = new_code()
                exists = conn.execute(sa.select(sessions_table.c.code)
                                      .where(sessions_table.c.code == code)).first()
                if not exists:
                    break
            conn.execute(sessions_table.insert().values(
                code=code, token_hash=_hash(token), started_on=today,
                case_ids=json.dumps(case_ids) if case_ids else None))
        return code, token

    def check_token(self, code: str, token: str | None) -> bool:
        row = self._session(code)
        return bool(token) and hmac.compare_digest(row.token_hash, _hash(token))

    def results(self, code: str, token: str | None) -> SessionResults:
        """Counts per question per option; only with the trainer's token."""
        code = normalise_code(code)
        row = self._session(code)
        if not token or not hmac.compare_digest(row.token_hash, _hash(token)):
            raise NotAllowed("Deze trainerscode klopt niet.")
        with self.engine.connect() as conn:
            participants = conn.execute(
                sa.select(sa.func.count()).select_from(participants_table)
                .where(participants_table.c.code == code)).scalar_one()
            counted = conn.execute(
                sa.select(answers_table.c.question_id, answers_table.c.option, sa.func.count())
                .where(answers_table.c.code == code)
                .group_by(answers_table.c.question_id, answers_table.c.option)).all()
        counts: dict[str, dict[str, int]] = {}
        for question_id, option, count in counted:
            counts.setdefault(question_id, {})[option] = count
        case_ids = self.session_cases(code)
        # Every question of the session's cases, in case order; with no cases chosen, the
        # questions that have answers.
        shown = list(case_ids) or sorted({q.split("/")[0] for q in counts},
                                         key=lambda c: list(self.cases).index(c)
                                         if c in self.cases else 0)
        questions = []
        for case_id in shown:
            case = self.cases.get(case_id)
            if case is None:
                continue
            for point in case.points:
                qid = f"{case.id}/{point.id}"
                if not case_ids and qid not in counts:
                    continue
                given = counts.get(qid, {})
                questions.append(QuestionCount(
                    qid, case.title, point.short or point.question,
                    tuple(OptionCount(key, label, given.get(key, 0), key in point.right)
                          for key, label in point.options)))
        return SessionResults(code, row.started_on, participants, tuple(case_ids),
                              tuple(questions))

    # --- trainee ------------------------------------------------------------------------------
    def session_cases(self, code: str) -> list[str]:
        row = self._session(code)
        return json.loads(row.case_ids) if row.case_ids else []

    def join(self, code: str, member: str | None = None) -> str:
        """A new anonymous participant id for this session.

        `member` (a keyed hash of a chat conversation) lets the chat find its group again; a
        conversation is in one group at a time.
        """
        code = normalise_code(code)
        self._session(code)
        participant = secrets.token_hex(8)
        with self.engine.begin() as conn:
            if member:
                conn.execute(participants_table.update()
                             .where(participants_table.c.member == member).values(member=None))
            conn.execute(participants_table.insert().values(id=participant, code=code,
                                                            member=member))
        return participant

    def membership(self, member: str) -> tuple[str, str] | None:
        """(code, participant) of the group this chat conversation joined, or None."""
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(participants_table.c.code, participants_table.c.id)
                               .where(participants_table.c.member == member)).first()
        return (row.code, row.id) if row else None

    def answer(self, code: str, participant: str, question_id: str, option: str) -> None:
        """Count one answer; a second answer to the same question replaces the first."""
        code = normalise_code(code)
        self._session(code)
        case_id, _, point_id = str(question_id).partition("/")
        case = self.cases.get(case_id)
        point = case.point(point_id) if case else None
        if point is None:
            raise SessionError(f"Onbekende vraag: {question_id!r}.")
        if option not in dict(point.options):
            raise SessionError(f"Onbekend antwoord {option!r}. Kies uit: "
                               f"{', '.join(k for k, _ in point.options)}.")
        allowed = self.session_cases(code)
        if allowed and case_id not in allowed:
            raise SessionError("Deze casus hoort niet bij deze groep.")
        with self.engine.begin() as conn:
            known = conn.execute(sa.select(participants_table.c.id).where(
                participants_table.c.id == participant,
                participants_table.c.code == code)).first()
            if not known:
                raise NotAllowed("Je doet niet mee met deze groep. Typ eerst de groepscode.")
            key = dict(code=code, participant_id=participant, question_id=question_id)
            updated = conn.execute(answers_table.update().filter_by(**key).values(option=option))
            if updated.rowcount == 0:
                conn.execute(answers_table.insert().values(**key, option=option))

    # --- housekeeping -------------------------------------------------------------------------
    def purge(self, today: dt.date | None = None) -> int:
        """Delete sessions older than keep_days, with their participants and answers."""
        cutoff = (today or dt.date.today()) - dt.timedelta(days=self.keep_days)
        with self.engine.begin() as conn:
            old = [r.code for r in conn.execute(
                sa.select(sessions_table.c.code).where(sessions_table.c.started_on < cutoff))]
            if old:
                conn.execute(answers_table.delete().where(answers_table.c.code.in_(old)))
                conn.execute(participants_table.delete()
                             .where(participants_table.c.code.in_(old)))
                conn.execute(sessions_table.delete().where(sessions_table.c.code.in_(old)))
        return len(old)

    def _session(self, code: str):
        code = normalise_code(code)
        if len(code) != CODE_LENGTH:
            raise SessionNotFound("Een groepscode heeft 6 tekens, bijvoorbeeld K7P2QX.")
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(sessions_table).where(sessions_table.c.code == code)
                               ).first()
        if row is None:
            raise SessionNotFound(f"Groep {code} bestaat niet (meer). Controleer de code.")
        return row


def questions_by_case(results: SessionResults) -> Iterator[tuple[str, list]]:
    """The questions under their case, in order: both trainer views show them this way."""
    for case_title, questions in itertools.groupby(results.questions, key=lambda q: q.case_title):
        yield case_title, list(questions)


def render_results(results: SessionResults) -> str:
    """The trainer's figures as plain text (the CLI; the web page shows the same numbers)."""
    lines = [f"Groep {results.code} (gestart {results.started_on.isoformat()}): "
             f"{results.participants} deelnemer(s)."]
    if not results.questions:
        lines.append("Nog geen antwoorden.")
    for case_title, questions in questions_by_case(results):
        lines.append("")
        lines.append(f"Casus: {case_title}")
        for q in questions:
            lines.append(f"  {q.question_id}  ({q.total} antwoord(en))  {q.question}")
            for o in q.options:
                mark = "*" if o.right else " "
                lines.append(f"    {mark} {o.key:<16} {o.count:>3}  {o.label}")
    lines.append("")
    lines.append("* = het goede antwoord volgens de casus.")
    return "\n".join(lines)


_default: SessionStore | None = None


def default_store() -> SessionStore:
    """One store per process, from TRAINING_DATABASE_URL (with .env loaded)."""
    global _default
    if _default is None:
        try:
            from dotenv import load_dotenv

            load_dotenv()
        except ImportError:  # pragma: no cover - python-dotenv is a pinned dependency
            pass
        _default = SessionStore()
    return _default
