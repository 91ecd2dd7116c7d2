"""The one table of anonymised usage events. Changes go through a migration in `migrations/`."""
import sqlalchemy as sa

metadata = sa.MetaData()

usage_events = sa.Table(
    "usage_events",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    # Random per event, so that a batch retried after a lost connection is not written twice.
    sa.Column("event_id", sa.String(32), nullable=False, unique=True),
    # Keyed hash of the sender id under a random key replaced every day: joins one day's events
    # of one conversation, never conversations across days, never back to the sender id.
    sa.Column("conversation", sa.String(64), nullable=False),
    sa.Column("day", sa.Date, nullable=False, index=True),  # no time of day
    sa.Column("event", sa.String(20), nullable=False),
    sa.Column("channel", sa.String(10), nullable=False),
    sa.Column("sector", sa.String(40)),
    sa.Column("path", sa.String(30)),
    sa.Column("step", sa.SmallInteger),
    sa.Column("uitkomst", sa.String(40)),
    sa.Column("special_route", sa.String(40)),
    sa.Column("faq_topic", sa.String(60)),
    sa.Column("contact", sa.String(30)),
)
