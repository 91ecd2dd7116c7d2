"""Practice mode ("oefenen") for meldcode training sessions.

- `cases`: the practice cases (YAML in `cases/`), their decision points, and the check that each
  case agrees with the domain logic in bot.meldcode (one source of truth).
- `schema`: validation of case files with Dutch messages naming the file and the field.
- `grading`: right or wrong per decision point, with the reasoning; the score and what to review.
- `flow`: the practice conversation as a state machine without Rasa (actions/training.py glues
  it to Rasa).
- `sessions`: group sessions (code, trainer token, counts per question per option) in SQLite.
- `web`: the trainer's page and the JSON API on the widget server (`add_training_routes`).
- `python -m bot.training`: the command line (cases, validate, sessions start|show).
"""
