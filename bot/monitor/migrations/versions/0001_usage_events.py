"""The usage_events table.

Revision ID: 0001
Revises:
"""
import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "usage_events",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("event_id", sa.String(32), nullable=False, unique=True),
        sa.Column("conversation", sa.String(64), nullable=False),
        sa.Column("day", sa.Date, nullable=False),
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
    op.create_index("ix_usage_events_day", "usage_events", ["day"])


def downgrade() -> None:
    op.drop_index("ix_usage_events_day", "usage_events")
    op.drop_table("usage_events")
