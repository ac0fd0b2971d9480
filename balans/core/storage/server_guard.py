"""What the team server checks and derives itself when a planner or an employee login appends.

An employee login has no INSERT or UPDATE on the state tables. After each insert into ``events``
by such a login, one statement-level trigger (running with the owner's rights, its search path
pinned) checks every new event the way ``validation`` and ``state`` do in the app (field names
and values, times, references, transitions) and derives the state rows from it. A planner
login's events get the same checks of shape and values; its state rows come from the app, as the
owner's do. The SQL is generated from the event registry, so it knows what the program knows;
``balans server init`` (re)creates it.
"""
from __future__ import annotations

from balans.core.journal.events import SCHEMA, TIME_FIELDS
from balans.core.journal.validation import MAX_ID
from balans.core.vocabulary import Channel, Demand, Mode, Outcome, Role

MODES, ROLES, CHANNELS = tuple(map(str, Mode)), tuple(map(str, Role)), tuple(map(str, Channel))
OUTCOMES, DEMANDS = tuple(map(str, Outcome)), tuple(map(str, Demand))

SAFE_PATH = "pg_catalog, public, pg_temp"
_IDS = ("employee", "contact", "task", "reason", "source")
_TEXTS = {"name": 400, "label": 400, "title": 400, "kind": 400, "text": 2000, "agreement": 2000}
_CHOICES = {"mode": MODES, "role": ROLES, "channel": CHANNELS, "outcome": OUTCOMES,
            "demand": DEMANDS, "usual_outcome": OUTCOMES}
_TIMES = TIME_FIELDS
# ISO 8601 with a UTC offset, as the app writes and reads it.
ISO = r"^\d{4}-\d\d-\d\d[T ]\d\d:\d\d(:\d\d(\.\d{1,6})?)?(Z|[+-]\d\d(:?\d\d)?)$"
# Control characters, and the line breaks JSON allows raw but JavaScript and Python split on.
CONTROL = r"[\x01-\x1f\x7f-\x9f\u2028\u2029]"


def _list(values: tuple[str, ...]) -> str:
    return "ARRAY[" + ", ".join(f"'{v}'" for v in values) + "]::text[]"


def _field_checks() -> str:
    parts = []
    for name in _IDS:
        parts.append(f"""
        IF d ? '{name}' AND jsonb_typeof(d -> '{name}') <> 'null' AND (
             jsonb_typeof(d -> '{name}') <> 'string' OR btrim(d ->> '{name}') = ''
             OR length(d ->> '{name}') > {MAX_ID} OR d ->> '{name}' ~ '{CONTROL}') THEN
            RAISE EXCEPTION '{name} must be a short text without control characters'
                USING ERRCODE = 'check_violation';
        END IF;""")
    for name, limit in _TEXTS.items():
        parts.append(f"""
        IF d ? '{name}' AND jsonb_typeof(d -> '{name}') <> 'null' AND (
             jsonb_typeof(d -> '{name}') <> 'string' OR btrim(d ->> '{name}') = ''
             OR length(d ->> '{name}') > {limit}) THEN
            RAISE EXCEPTION '{name} must be a text of at most {limit} characters'
                USING ERRCODE = 'check_violation';
        END IF;""")
    for name, values in _CHOICES.items():
        parts.append(f"""
        IF d ? '{name}' AND jsonb_typeof(d -> '{name}') <> 'null'
           AND NOT coalesce(d ->> '{name}' = ANY({_list(values)}), false) THEN
            RAISE EXCEPTION '{name} is not one of {", ".join(values)}'
                USING ERRCODE = 'check_violation';
        END IF;""")
    for name in _TIMES:
        parts.append(f"""
        IF d ? '{name}' AND jsonb_typeof(d -> '{name}') <> 'null' THEN
            PERFORM public.balans_micros(d ->> '{name}');
        END IF;""")
    parts.append(f"""
        IF d ? 'estimate_min' AND jsonb_typeof(d -> 'estimate_min') <> 'null' AND (
             jsonb_typeof(d -> 'estimate_min') <> 'number' OR (d ->> 'estimate_min')::float8 < 0)
        THEN
            RAISE EXCEPTION 'estimate_min must be a number of minutes, 0 or more'
                USING ERRCODE = 'check_violation';
        END IF;
        IF d ? 'channels' AND jsonb_typeof(d -> 'channels') <> 'null' AND (
             jsonb_typeof(d -> 'channels') <> 'array' OR EXISTS (
                SELECT 1 FROM jsonb_array_elements(d -> 'channels') AS c(v)
                WHERE jsonb_typeof(c.v) <> 'string'
                   OR NOT (c.v #>> '{{}}') = ANY({_list(CHANNELS)})))
        THEN
            RAISE EXCEPTION 'channels must be a list of {", ".join(CHANNELS)}'
                USING ERRCODE = 'check_violation';
        END IF;""")
    return "".join(parts)


def _allowed_case() -> str:
    whens = []
    for kind, (required, optional) in SCHEMA.items():
        whens.append(f"WHEN '{kind}' THEN {_list(tuple(required) + tuple(optional))}")
    return "CASE kind " + " ".join(whens) + " END"


FUNCTIONS = [
    f"""CREATE OR REPLACE FUNCTION balans_micros(value text) RETURNS bigint
        LANGUAGE plpgsql STABLE SET search_path = {SAFE_PATH} AS $$
        BEGIN
            IF value IS NULL OR value !~ '{ISO}' THEN
                RAISE EXCEPTION 'time % is not ISO 8601 with a UTC offset', value
                    USING ERRCODE = 'check_violation';
            END IF;
            RETURN (extract(epoch FROM value::timestamptz) * 1000000)::bigint;
        END $$""",
    f"""CREATE OR REPLACE FUNCTION balans_login_role() RETURNS text
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {SAFE_PATH}
        AS $$ SELECT role FROM public.logins WHERE login = session_user $$""",
    # One event's shape and values, as balans.core.journal.validation checks them.
    f"""CREATE OR REPLACE FUNCTION balans_check_event(kind text, ts text, t bigint,
            event_id text, actor text, d jsonb) RETURNS void
        LANGUAGE plpgsql STABLE SET search_path = {SAFE_PATH} AS $$
        DECLARE extra text;
        BEGIN
            IF public.balans_micros(ts) <> t THEN
                RAISE EXCEPTION 'the stored time does not match ts'
                    USING ERRCODE = 'check_violation';
            END IF;
            IF (event_id IS NOT NULL AND (btrim(event_id) = '' OR event_id ~ '{CONTROL}'))
               OR (actor IS NOT NULL AND (btrim(actor) = '' OR actor ~ '{CONTROL}')) THEN
                RAISE EXCEPTION 'ids must not be blank or hold control characters'
                    USING ERRCODE = 'check_violation';
            END IF;
            SELECT min(k) INTO extra FROM jsonb_object_keys(d) AS k
            WHERE k <> ALL({_allowed_case()});
            IF extra IS NOT NULL THEN
                RAISE EXCEPTION '% has no field %', kind, extra USING ERRCODE = 'check_violation';
            END IF;
            {_field_checks()}
        END $$""",
]

STATE_FUNCTION = f"""CREATE OR REPLACE FUNCTION balans_guard_events() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = {SAFE_PATH} AS $$
    DECLARE
        who text := public.balans_login_role();
        r record; d jsonb; c record; k record; refs text[] := '{{}}'; ref text;
    BEGIN
        IF who IS NULL THEN RETURN NULL; END IF;  -- the owner: the app derives the state
        FOR r IN SELECT * FROM inserted ORDER BY seq LOOP
            d := r.data::jsonb;
            PERFORM public.balans_check_event(r.type, r.ts, r.t, r.id, r.actor, d);
            CONTINUE WHEN who <> 'employee';
            IF r.employee IS NOT NULL
               AND NOT EXISTS (SELECT 1 FROM public.employees WHERE id = r.employee) THEN
                RAISE EXCEPTION 'unknown employee %', r.employee USING ERRCODE = 'check_violation';
            END IF;
            IF r.type = 'mode.changed' THEN
                UPDATE public.employees SET mode = d ->> 'mode', mode_since = r.t
                WHERE id = r.employee;
            ELSIF r.type = 'contact.arrived' THEN
                IF EXISTS (SELECT 1 FROM public.contacts WHERE id = r.contact) THEN
                    RAISE EXCEPTION 'contact % has already arrived', r.contact
                        USING ERRCODE = 'check_violation';
                END IF;
                INSERT INTO public.contacts (id, channel, reason, status, arrived)
                VALUES (r.contact, d ->> 'channel', d ->> 'reason', 'waiting', r.t);
            ELSIF r.type LIKE 'contact.%' THEN
                SELECT * INTO c FROM public.contacts WHERE id = r.contact FOR UPDATE;
                IF NOT FOUND THEN
                    RAISE EXCEPTION 'unknown contact %', r.contact
                        USING ERRCODE = 'check_violation';
                END IF;
                IF r.type = 'contact.answered' THEN
                    IF c.status <> 'waiting' THEN
                        RAISE EXCEPTION 'contact % is % and cannot be answered', r.contact, c.status
                            USING ERRCODE = 'check_violation';
                    ELSIF r.t < c.arrived THEN
                        RAISE EXCEPTION 'contact % cannot be answered before it arrived', r.contact
                            USING ERRCODE = 'check_violation';
                    END IF;
                    UPDATE public.contacts SET status = 'answered', answered = r.t,
                        employee = r.employee WHERE id = r.contact;
                ELSIF r.type = 'contact.ended' THEN
                    IF c.status <> 'answered' THEN
                        RAISE EXCEPTION 'contact % is % and cannot end', r.contact, c.status
                            USING ERRCODE = 'check_violation';
                    ELSIF r.t < c.answered THEN
                        RAISE EXCEPTION 'contact % cannot end before it was answered', r.contact
                            USING ERRCODE = 'check_violation';
                    END IF;
                    UPDATE public.contacts SET status = 'ended', closed = r.t,
                        outcome = d ->> 'outcome', employee = r.employee,
                        reason = coalesce(nullif(d ->> 'reason', ''), reason),
                        task = coalesce(nullif(d ->> 'task', ''), task)
                    WHERE id = r.contact;
                    IF coalesce(d ->> 'task', '') <> '' THEN
                        refs := refs || ('task ' || (d ->> 'task'));
                    END IF;
                ELSE  -- contact.abandoned
                    IF c.status <> 'waiting' THEN
                        RAISE EXCEPTION 'contact % is % and cannot be abandoned', r.contact,
                            c.status USING ERRCODE = 'check_violation';
                    ELSIF r.t < c.arrived THEN
                        RAISE EXCEPTION 'contact % cannot be abandoned before it arrived',
                            r.contact USING ERRCODE = 'check_violation';
                    END IF;
                    UPDATE public.contacts SET status = 'abandoned', closed = r.t
                    WHERE id = r.contact;
                END IF;
            ELSIF r.type = 'task.created' THEN
                IF EXISTS (SELECT 1 FROM public.tasks WHERE id = r.task) THEN
                    RAISE EXCEPTION 'task % already exists', r.task
                        USING ERRCODE = 'check_violation';
                END IF;
                INSERT INTO public.tasks (id, title, kind, due, estimate_min, contact, status,
                                          created, last_activity)
                VALUES (r.task, d ->> 'title', d ->> 'kind',
                        CASE WHEN coalesce(d ->> 'due', '') <> ''
                             THEN public.balans_micros(d ->> 'due') END,
                        (d ->> 'estimate_min')::float8, d ->> 'contact', 'open', r.t, r.t);
                IF coalesce(d ->> 'contact', '') <> '' THEN
                    refs := refs || ('contact ' || (d ->> 'contact'));
                END IF;
            ELSIF r.type LIKE 'task.%' THEN
                SELECT * INTO k FROM public.tasks WHERE id = r.task FOR UPDATE;
                IF NOT FOUND THEN
                    RAISE EXCEPTION 'unknown task %', r.task USING ERRCODE = 'check_violation';
                END IF;
                IF r.type = 'task.changed' THEN
                    UPDATE public.tasks SET
                        title = CASE WHEN d ? 'title' THEN d ->> 'title' ELSE title END,
                        kind = CASE WHEN d ? 'kind' THEN d ->> 'kind' ELSE kind END,
                        estimate_min = CASE WHEN d ? 'estimate_min'
                            THEN (d ->> 'estimate_min')::float8 ELSE estimate_min END,
                        due = CASE WHEN NOT d ? 'due' THEN due
                            WHEN coalesce(d ->> 'due', '') = '' THEN NULL
                            ELSE public.balans_micros(d ->> 'due') END
                    WHERE id = r.task;
                ELSIF k.status IN ('finished', 'cancelled') THEN
                    RAISE EXCEPTION 'task % is already %', r.task, k.status
                        USING ERRCODE = 'check_violation';
                ELSIF r.type = 'task.started' THEN
                    UPDATE public.tasks SET status = 'in_progress', holder = r.employee
                    WHERE id = r.task;
                ELSIF r.type = 'task.paused' THEN
                    IF k.status <> 'in_progress' THEN
                        RAISE EXCEPTION 'task % is not in progress and cannot be paused', r.task
                            USING ERRCODE = 'check_violation';
                    END IF;
                    UPDATE public.tasks SET status = 'paused', holder = r.employee
                    WHERE id = r.task;
                ELSIF r.type = 'task.finished' THEN
                    UPDATE public.tasks SET status = 'finished', holder = r.employee, closed = r.t
                    WHERE id = r.task;
                ELSE  -- task.cancelled
                    UPDATE public.tasks SET status = 'cancelled', closed = r.t WHERE id = r.task;
                END IF;
                UPDATE public.tasks SET last_activity = greatest(last_activity, r.t)
                WHERE id = r.task;
            ELSIF r.type <> 'obstacle.logged' THEN
                RAISE EXCEPTION 'an employee login cannot record %', r.type
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
        END LOOP;
        FOREACH ref IN ARRAY refs LOOP  -- references a later event of the batch may satisfy
            IF (split_part(ref, ' ', 1) = 'task' AND NOT EXISTS (
                    SELECT 1 FROM public.tasks WHERE id = substr(ref, 6)))
               OR (split_part(ref, ' ', 1) = 'contact' AND NOT EXISTS (
                    SELECT 1 FROM public.contacts WHERE id = substr(ref, 9))) THEN
                RAISE EXCEPTION 'unknown %', ref USING ERRCODE = 'check_violation';
            END IF;
        END LOOP;
        RETURN NULL;
    END $$"""

SETUP = [
    *FUNCTIONS,
    STATE_FUNCTION,
    "DROP TRIGGER IF EXISTS events_guard ON events",
    """CREATE TRIGGER events_guard AFTER INSERT ON events REFERENCING NEW TABLE AS inserted
       FOR EACH STATEMENT EXECUTE FUNCTION balans_guard_events()""",
]
