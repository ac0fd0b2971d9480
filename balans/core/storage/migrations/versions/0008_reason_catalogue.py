"""The reason catalogue (the team's agreement per reason, its usual outcome, retirement) and
interval statistics imported from telephony/ACD exports.

Revision ID: 0008
Revises: 0003
"""
import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0003"
branch_labels = None
depends_on = None


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


def downgrade() -> None:
    op.drop_index("ix_queue_intervals_start", "queue_intervals")
    op.drop_table("queue_intervals")
    with op.batch_alter_table("reasons") as batch:
        batch.drop_column("retired")
        batch.drop_column("usual_outcome")
        batch.drop_column("agreement")
