"""Setting up a PostgreSQL server for a team: roles, grants, row-level security, logins.

Two group roles: ``balans_planner`` plans shifts and roles and manages employees and reasons;
``balans_employee`` appends events about their own work only. The journal is append-only for
every role (a trigger, see migration 0002) and no role is granted UPDATE or DELETE on it.
Row-level security ties an employee login to its employee id through the ``logins`` table.
"""
from __future__ import annotations

import re

import sqlalchemy as sa

from balans.core.storage.server_guard import SAFE_PATH, SETUP
from balans.core.storage.store import Store

PLANNER = "balans_planner"
EMPLOYEE = "balans_employee"
# What an employee login may record at all (an allow-list: a type added later is the planners'
# until it is named here, and server_guard derives the state of exactly these).
EMPLOYEE_TYPES = ("mode.changed", "contact.arrived", "contact.answered", "contact.ended",
                  "contact.abandoned", "task.created", "task.changed", "task.started",
                  "task.paused", "task.finished", "task.cancelled", "obstacle.logged")
LOGIN_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


class ServerError(Exception):
    """Setting up the server failed; one plain sentence."""


_SETUP = [
    f"""DO $$ BEGIN
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{PLANNER}') THEN
            CREATE ROLE {PLANNER} NOLOGIN; END IF;
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{EMPLOYEE}') THEN
            CREATE ROLE {EMPLOYEE} NOLOGIN; END IF;
    END $$""",
    # SECURITY DEFINER runs with the owner's rights: its search path is pinned, with the caller's
    # temporary schema last, and its table named with its schema, so that a caller's TEMP table
    # called "logins" cannot stand in for the real one.
    f"""CREATE OR REPLACE FUNCTION balans_login_employee() RETURNS text
       LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {SAFE_PATH}
       AS $$ SELECT employee FROM public.logins WHERE login = session_user $$""",
    f"GRANT USAGE ON SCHEMA public TO {PLANNER}, {EMPLOYEE}",
    f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {PLANNER}, {EMPLOYEE}",
    f"REVOKE ALL ON logins FROM {PLANNER}, {EMPLOYEE}",
    f"GRANT SELECT ON logins TO {PLANNER}, {EMPLOYEE}",
    f"REVOKE UPDATE, DELETE, TRUNCATE ON events FROM PUBLIC, {PLANNER}, {EMPLOYEE}",
    # No client chooses seq: INSERT on every column but that one; the sequence hands it out.
    f"REVOKE INSERT ON events FROM {PLANNER}, {EMPLOYEE}",
    f"GRANT INSERT (id, t, ts, type, employee, contact, task, actor, data) ON events "
    f"TO {PLANNER}, {EMPLOYEE}",
    f"""DO $$ BEGIN EXECUTE 'GRANT USAGE ON SEQUENCE '
        || pg_get_serial_sequence('public.events', 'seq') || ' TO {PLANNER}, {EMPLOYEE}'; END $$""",
    f"GRANT INSERT, UPDATE ON employees, reasons, contacts, tasks, shifts, role_blocks, "
    f"queue_intervals "
    f"TO {PLANNER}",
    # An employee changes state only by appending events: the database derives the rows
    # (server_guard), so a login cannot close a colleague's contact or task behind the journal.
    f"REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON employees, reasons, contacts, tasks, shifts, "
    f"role_blocks, queue_intervals FROM PUBLIC, {EMPLOYEE}",
    f"GRANT EXECUTE ON FUNCTION balans_login_employee() TO {PLANNER}, {EMPLOYEE}",
    "ALTER TABLE events ENABLE ROW LEVEL SECURITY",
    "ALTER TABLE employees ENABLE ROW LEVEL SECURITY",
    "DROP POLICY IF EXISTS events_read ON events",
    "CREATE POLICY events_read ON events FOR SELECT USING (true)",
    "DROP POLICY IF EXISTS events_planner ON events",
    f"CREATE POLICY events_planner ON events FOR INSERT TO {PLANNER} WITH CHECK (true)",
    "DROP POLICY IF EXISTS events_employee ON events",
    # Own work only; the one exception is handing over one's own task: a colleague's
    # task.started is allowed when this employee was the last to start or pause that task.
    f"""CREATE POLICY events_employee ON events FOR INSERT TO {EMPLOYEE} WITH CHECK (
        type IN ({", ".join(f"'{t}'" for t in EMPLOYEE_TYPES)})
        AND (employee IS NULL OR employee = balans_login_employee()
             OR (type = 'task.started' AND (
                 SELECT previous.employee FROM events AS previous
                 WHERE previous.task = events.task
                   AND previous.type IN ('task.started', 'task.paused')
                 ORDER BY previous.seq DESC LIMIT 1) = balans_login_employee())))""",
    "DROP POLICY IF EXISTS employees_read ON employees",
    "CREATE POLICY employees_read ON employees FOR SELECT USING (true)",
    "DROP POLICY IF EXISTS employees_planner ON employees",
    f"CREATE POLICY employees_planner ON employees FOR ALL TO {PLANNER} "
    "USING (true) WITH CHECK (true)",
    "DROP POLICY IF EXISTS employees_self ON employees",
    *SETUP,
]


def _require_postgres(store: Store) -> None:
    if store.dialect != "postgresql":
        raise ServerError("team-server setup needs a PostgreSQL URL (postgresql+psycopg://...)")


def init_server(store: Store) -> None:
    """Create the roles, grants and policies (idempotent). The schema is already migrated."""
    _require_postgres(store)
    try:
        with store.engine.begin() as conn:
            conn.exec_driver_sql("SELECT pg_advisory_xact_lock(4242003)")
            with conn.connection.dbapi_connection.cursor() as cursor:
                for statement in _SETUP:  # no parameters: '%' in function bodies stays as is
                    cursor.execute(statement)
    except sa.exc.DBAPIError as exc:
        raise ServerError(_plain(exc)) from None


def add_user(store: Store, login: str, role: str, password: str,
             employee: str | None = None, *, replace: bool = False) -> None:
    """A server login for a planner or for one employee (whose events it may write).

    A login that exists already is only changed with ``replace`` (new password, role and
    employee), and only when Balans made it: the server's own roles stay out of reach."""
    _require_postgres(store)
    if not LOGIN_NAME.match(login) or login.startswith("pg_") or login in (PLANNER, EMPLOYEE):
        raise ServerError("a login is lower-case letters, digits and _, starting with a letter "
                          "(not pg_... and not a Balans group name)")
    if role not in ("planner", "employee"):
        raise ServerError("the role is 'planner' or 'employee'")
    if role == "employee" and not employee:
        raise ServerError("an employee login needs --employee (the employee's id)")
    if len(password) < 8:
        raise ServerError("the password needs at least 8 characters")
    from psycopg import sql

    group, other = (PLANNER, EMPLOYEE) if role == "planner" else (EMPLOYEE, PLANNER)
    try:
        with store.engine.begin() as conn:
            if employee and conn.execute(sa.text("SELECT 1 FROM employees WHERE id = :e"),
                                         {"e": employee}).first() is None:
                raise ServerError(f"there is no employee {employee!r} in the journal yet")
            # Roles belong to the whole server (every database on it): one Balans made is a
            # plain login in one of the two groups; anything else is not Balans's to change.
            exists = conn.execute(sa.text(
                "SELECT r.rolsuper OR r.rolcreaterole OR r.rolcreatedb OR r.rolreplication "
                "OR r.rolbypassrls OR NOT EXISTS (SELECT 1 FROM pg_auth_members m "
                "JOIN pg_roles g ON g.oid = m.roleid WHERE m.member = r.oid AND g.rolname IN "
                f"('{PLANNER}', '{EMPLOYEE}')) FROM pg_roles r WHERE r.rolname = :l"),
                {"l": login}).first()
            if exists and exists[0]:
                raise ServerError(f"{login!r} is a server role Balans did not create; "
                                  "choose another login name")
            if exists and not replace:
                raise ServerError(f"login {login!r} exists already; add --replace to give it "
                                  "a new password and role")
            raw = conn.connection.dbapi_connection
            with raw.cursor() as cur:
                cur.execute(sql.SQL("{} ROLE {} LOGIN PASSWORD {}").format(
                    sql.SQL("ALTER" if exists else "CREATE"), sql.Identifier(login),
                    sql.Literal(password)))
                if exists:
                    cur.execute(sql.SQL("REVOKE {} FROM {}").format(sql.Identifier(other),
                                                                   sql.Identifier(login)))
                cur.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(group),
                                                            sql.Identifier(login)))
            conn.execute(sa.text("DELETE FROM logins WHERE login = :l"), {"l": login})
            conn.execute(sa.text("INSERT INTO logins (login, role, employee) "
                                 "VALUES (:l, :r, :e)"),
                         {"l": login, "r": role, "e": employee if role == "employee" else None})
    except sa.exc.DBAPIError as exc:
        raise ServerError(_plain(exc)) from None


def _plain(exc: Exception) -> str:
    text = str(getattr(exc, "orig", exc)).splitlines()[0]
    if "permission denied" in text or "must be superuser" in text or "CREATEROLE" in text:
        return "this server user may not create roles; run it as the database owner or an admin"
    return text
