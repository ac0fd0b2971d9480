"""The database guards the journal itself: sequence numbers, known types, columns that agree.

- ``seq`` is handed out by the database (PostgreSQL: the column's sequence; SQLite: the rowid),
  never chosen by a client; on PostgreSQL every insert into ``events`` takes the journal's write
  lock first, so numbers follow commit order whoever inserts.
- PostgreSQL records which server login stored each event (``login``, filled by the database;
  no login may write it), so even events that name no employee are attributable.
- An event's type is one of the known types, its ``data`` is a JSON object holding the type's
  required fields, and the ``employee``/``contact``/``task`` columns (what row-level security
  checks) equal the same fields inside ``data`` (what the app reads).

Rows stored before this revision are not re-checked (PostgreSQL ``NOT VALID``): an old hostile
row must not stop every desktop from opening the database.

SQLite gets no such trigger: an SQLite file has one user, who could drop any trigger, and the app
validates every event before it writes; measured (bench/bench_guards.py), a row trigger with
these checks made a big import 20-45% slower for no protection.

Revision ID: 0004
Revises: 0003
"""
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

# The known types and their required fields when this revision was written. A later revision that
# adds a type replaces these constraints (tests/core/test_team_attacks.py compares them with the
# registry in balans.core.journal.events, so a forgotten one fails a test).
REQUIRED = {
    "employee.added": ("employee", "name"),
    "reason.defined": ("reason", "label", "demand"),
    "shift.planned": ("employee", "start", "end"),
    "role.planned": ("employee", "start", "end", "role"),
    "mode.changed": ("employee", "mode"),
    "contact.arrived": ("contact", "channel"),
    "contact.answered": ("contact", "employee"),
    "contact.ended": ("contact", "employee", "outcome"),
    "contact.abandoned": ("contact",),
    "task.created": ("task", "title"),
    "task.changed": ("task",),
    "task.started": ("task", "employee"),
    "task.paused": ("task", "employee"),
    "task.finished": ("task", "employee"),
    "task.cancelled": ("task",),
    "obstacle.logged": ("employee", "text"),
}
APPEND_LOCK = 4242002  # balans.core.journal.journal.APPEND_LOCK
_TYPES = ", ".join(f"'{t}'" for t in REQUIRED)
_REQUIRED = " ".join(
    f"WHEN '{t}' THEN (data::jsonb) ?& ARRAY[{', '.join(repr(f) for f in fields)}]"
    for t, fields in REQUIRED.items())
PG_CHECKS = {
    "events_known_type": f"type IN ({_TYPES})",
    "events_data_agrees": (
        "jsonb_typeof(data::jsonb) = 'object'"
        " AND NOT (data::jsonb) ?| ARRAY['id', 'ts', 'type', 'actor']"
        " AND employee IS NOT DISTINCT FROM (data::jsonb ->> 'employee')"
        " AND contact IS NOT DISTINCT FROM (data::jsonb ->> 'contact')"
        " AND task IS NOT DISTINCT FROM (data::jsonb ->> 'task')"),
    "events_required_fields": f"CASE type {_REQUIRED} ELSE false END",
}
def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return  # seq is SQLite's rowid already; see above for the checks
    op.execute("ALTER TABLE events ADD COLUMN login varchar(63)")  # old rows: unknown
    op.execute("ALTER TABLE events ALTER COLUMN login SET DEFAULT session_user")
    # A server attacked before this revision may hold a client-chosen seq near the top of the
    # range; no number could follow it. Say what to do instead of "bigint out of range".
    op.execute("""DO $$ BEGIN
        IF (SELECT MAX(seq) FROM events) > 4611686018427387904 THEN
            RAISE EXCEPTION 'the journal holds an event numbered % by a client, which no '
                'event could follow; see "Repairing a journal" in docs/team.md',
                (SELECT MAX(seq) FROM events);
        END IF; END $$""")
    op.execute("""SELECT setval(pg_get_serial_sequence('events', 'seq'),
                                COALESCE(MAX(seq), 0) + 1, false) FROM events""")
    op.execute(f"""CREATE OR REPLACE FUNCTION balans_events_lock() RETURNS trigger
        LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
        BEGIN PERFORM pg_advisory_xact_lock({APPEND_LOCK}); RETURN NULL; END $$""")
    op.execute("""CREATE TRIGGER events_lock BEFORE INSERT ON events
                  FOR EACH STATEMENT EXECUTE FUNCTION balans_events_lock()""")
    for name, check in PG_CHECKS.items():
        op.execute(f"ALTER TABLE events ADD CONSTRAINT {name} CHECK ({check}) NOT VALID")
    # Servers set up before this revision: pin the search path of the login look-up.
    op.execute("""DO $$ BEGIN
        IF to_regprocedure('public.balans_login_employee()') IS NOT NULL THEN
            ALTER FUNCTION public.balans_login_employee()
                SET search_path = pg_catalog, public, pg_temp;
        END IF; END $$""")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for name in PG_CHECKS:
        op.execute(f"ALTER TABLE events DROP CONSTRAINT {name}")
    op.execute("DROP TRIGGER events_lock ON events")
    op.execute("ALTER TABLE events DROP COLUMN login")
    op.execute("DROP FUNCTION balans_events_lock()")
