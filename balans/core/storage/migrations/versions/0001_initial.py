"""The journal and the current-state tables.

Revision ID: 0001
Revises:
"""
import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

Seq = sa.BigInteger().with_variant(sa.Integer, "sqlite")


def upgrade() -> None:
    op.create_table(
        "events",
        sa.Column("seq", Seq, primary_key=True, autoincrement=True),
        sa.Column("id", sa.String(200), unique=True),
        sa.Column("t", sa.BigInteger, nullable=False),
        sa.Column("ts", sa.String(64), nullable=False),
        sa.Column("type", sa.String(32), nullable=False),
        sa.Column("employee", sa.String(200)),
        sa.Column("contact", sa.String(200)),
        sa.Column("task", sa.String(200)),
        sa.Column("actor", sa.String(200)),
        sa.Column("data", sa.Text, nullable=False),
    )
    op.create_index("ix_events_t", "events", ["t"])
    # Only the rare definition events need finding by type; a full (type, t) index would cost
    # every insert for nothing.
    definitions = sa.text("type IN ('employee.added', 'reason.defined')")
    op.create_index("ix_events_definitions", "events", ["type"], sqlite_where=definitions,
                    postgresql_where=definitions)
    op.create_index("ix_events_task_t", "events", ["task", "t"])
    op.create_index("ix_events_contact", "events", ["contact"])
    op.create_table(
        "employees",
        sa.Column("id", sa.String(200), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("channels", sa.Text, nullable=False),
        sa.Column("mode", sa.String(16), nullable=False),
        sa.Column("mode_since", sa.BigInteger),
    )
    op.create_table(
        "reasons",
        sa.Column("id", sa.String(200), primary_key=True),
        sa.Column("label", sa.String(400), nullable=False),
        sa.Column("demand", sa.String(16), nullable=False),
    )
    op.create_table(
        "contacts",
        sa.Column("id", sa.String(200), primary_key=True),
        sa.Column("channel", sa.String(16), nullable=False),
        sa.Column("reason", sa.String(200)),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("arrived", sa.BigInteger, nullable=False),
        sa.Column("answered", sa.BigInteger),
        sa.Column("closed", sa.BigInteger),
        sa.Column("employee", sa.String(200), sa.ForeignKey("employees.id")),
        sa.Column("outcome", sa.String(16)),
        sa.Column("task", sa.String(200)),
    )
    op.create_index("ix_contacts_status", "contacts", ["status"])
    op.create_index("ix_contacts_arrived", "contacts", ["arrived"])
    op.create_table(
        "tasks",
        sa.Column("id", sa.String(200), primary_key=True),
        sa.Column("title", sa.String(400), nullable=False),
        sa.Column("kind", sa.String(100)),
        sa.Column("due", sa.BigInteger),
        sa.Column("estimate_min", sa.Float),
        sa.Column("contact", sa.String(200)),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("holder", sa.String(200), sa.ForeignKey("employees.id")),
        sa.Column("created", sa.BigInteger, nullable=False),
        sa.Column("closed", sa.BigInteger),
        sa.Column("last_activity", sa.BigInteger, nullable=False),
    )
    op.create_index("ix_tasks_status", "tasks", ["status"])
    op.create_index("ix_tasks_created", "tasks", ["created"])
    op.create_index("ix_tasks_closed", "tasks", ["closed"])
    op.create_table(
        "shifts",
        sa.Column("seq", Seq, sa.ForeignKey("events.seq"), primary_key=True),
        sa.Column("employee", sa.String(200), sa.ForeignKey("employees.id"), nullable=False),
        sa.Column("start", sa.BigInteger, nullable=False),
        sa.Column("end", sa.BigInteger, nullable=False),
    )
    op.create_index("ix_shifts_start", "shifts", ["start"])
    op.create_table(
        "role_blocks",
        sa.Column("seq", Seq, sa.ForeignKey("events.seq"), primary_key=True),
        sa.Column("employee", sa.String(200), sa.ForeignKey("employees.id"), nullable=False),
        sa.Column("start", sa.BigInteger, nullable=False),
        sa.Column("end", sa.BigInteger, nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
    )
    op.create_index("ix_role_blocks_start", "role_blocks", ["start"])
    op.create_index("ix_role_blocks_end", "role_blocks", ["end"])


def downgrade() -> None:
    for table in ("role_blocks", "shifts", "tasks", "contacts", "reasons", "employees", "events"):
        op.drop_table(table)
