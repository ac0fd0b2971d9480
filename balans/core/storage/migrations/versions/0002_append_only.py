"""The journal is append-only in the database itself; logins map server users to employees.

Revision ID: 0002
Revises: 0001
"""
import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "logins",
        sa.Column("login", sa.String(63), primary_key=True),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("employee", sa.String(200)),
    )
    if op.get_bind().dialect.name == "postgresql":
        op.execute("""
            CREATE OR REPLACE FUNCTION balans_journal_is_append_only() RETURNS trigger
            LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'the journal is append-only: events cannot be changed or deleted';
            END $$""")
        op.execute("""CREATE TRIGGER events_append_only BEFORE UPDATE OR DELETE ON events
                      FOR EACH ROW EXECUTE FUNCTION balans_journal_is_append_only()""")
        op.execute("""CREATE TRIGGER events_no_truncate BEFORE TRUNCATE ON events
                      FOR EACH STATEMENT EXECUTE FUNCTION balans_journal_is_append_only()""")
    else:
        for action in ("UPDATE", "DELETE"):
            op.execute(f"""CREATE TRIGGER events_no_{action.lower()} BEFORE {action} ON events
                BEGIN SELECT RAISE(ABORT, 'the journal is append-only: events cannot be changed
                or deleted'); END""")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER events_append_only ON events")
        op.execute("DROP TRIGGER events_no_truncate ON events")
        op.execute("DROP FUNCTION balans_journal_is_append_only()")
    else:
        op.execute("DROP TRIGGER events_no_update")
        op.execute("DROP TRIGGER events_no_delete")
    op.drop_table("logins")
