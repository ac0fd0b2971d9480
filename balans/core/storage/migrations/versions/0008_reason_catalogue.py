"""The reason catalogue (the team's agreement per reason, its usual outcome, retirement) and
interval statistics imported from telephony/ACD exports; the database's guard learns the three
new event types (reason.retired, contact.imported, queue.interval).

Revision ID: 0008
Revises: 0006
"""
import importlib.util
from pathlib import Path

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0006"
branch_labels = None
depends_on = None

# Read from the file beside this one, as Alembic reads revisions (a frozen build ships them as
# files, not as importable modules).
_spec = importlib.util.spec_from_file_location(
    "balans_revision_0006", Path(__file__).with_name("0006_roster.py"))
assert _spec is not None and _spec.loader is not None
_PREVIOUS = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_PREVIOUS)
# The known types and their required fields as of this revision (a test compares the newest
# list with the registry in balans.core.journal.events).
REQUIRED = {
    **_PREVIOUS.REQUIRED,
    "reason.retired": ("reason",),
    "contact.imported": ("contact", "channel", "source"),
    "queue.interval": ("source", "channel", "start", "end", "offered"),
}


def upgrade() -> None:
    with op.batch_alter_table("reasons") as batch:
        batch.add_column(sa.Column("agreement", sa.Text))
        batch.add_column(sa.Column("usual_outcome", sa.String(16)))
        batch.add_column(sa.Column("retired", sa.BigInteger))
    seq = sa.BigInteger().with_variant(sa.Integer, "sqlite")
    op.create_table(
        "queue_intervals",
        sa.Column("seq", seq, sa.ForeignKey("events.seq"), primary_key=True),
        sa.Column("source", sa.String(200), nullable=False),
        sa.Column("channel", sa.String(16), nullable=False),
        sa.Column("start", sa.BigInteger, nullable=False),
        sa.Column("end", sa.BigInteger, nullable=False),
        sa.Column("offered", sa.Integer, nullable=False),
        sa.Column("answered", sa.Integer),
        sa.Column("abandoned", sa.Integer),
        sa.Column("handle_s", sa.Float),
    )
    op.create_index("ix_queue_intervals_start", "queue_intervals", ["start"])
    _PREVIOUS.replace_guards(REQUIRED)


def downgrade() -> None:
    _PREVIOUS.replace_guards(_PREVIOUS.REQUIRED)
    op.drop_index("ix_queue_intervals_start", "queue_intervals")
    op.drop_table("queue_intervals")
    with op.batch_alter_table("reasons") as batch:
        batch.drop_column("retired")
        batch.drop_column("usual_outcome")
        batch.drop_column("agreement")
