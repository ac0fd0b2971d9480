"""Typed SQLAlchemy models: the append-only journal and the current-state tables derived from it.

Times are stored twice where they matter: as the original ISO text (so an export gives back the
exact journal) and as integer microseconds since the epoch (exact, sortable, index-friendly on
both SQLite and PostgreSQL).
"""
from __future__ import annotations

from sqlalchemy import BigInteger, Boolean, Float, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# SQLite only makes INTEGER PRIMARY KEY a rowid alias (fast, monotonic); PostgreSQL gets BIGINT.
SeqType = BigInteger().with_variant(Integer, "sqlite")
DEFINITIONS = "type IN ('employee.added', 'reason.defined')"
TEAM_CHANGES = "type IN ('employee.changed', 'employee.deactivated')"  # migration 0006
HAS_TASK, HAS_CONTACT = "task IS NOT NULL", "contact IS NOT NULL"


class Base(DeclarativeBase):
    pass


class EventRow(Base):
    """One journal entry. Rows are never updated or deleted."""

    __tablename__ = "events"

    seq: Mapped[int] = mapped_column(SeqType, primary_key=True, autoincrement=True)
    id: Mapped[str | None] = mapped_column(String(200))  # unique: ux_events_id (migration 0010)
    t: Mapped[int] = mapped_column(BigInteger)  # event time, microseconds since the epoch
    ts: Mapped[str] = mapped_column(String(64))  # event time as written
    type: Mapped[str] = mapped_column(String(32))
    employee: Mapped[str | None] = mapped_column(String(200))
    contact: Mapped[str | None] = mapped_column(String(200))
    task: Mapped[str | None] = mapped_column(String(200))
    actor: Mapped[str | None] = mapped_column(String(200))
    data: Mapped[str] = mapped_column(Text)  # the type-specific fields, JSON, in written order

    __table_args__ = (
        Index("ux_events_id", "id", unique=True),
        Index("ix_events_t", "t"),
        Index("ix_events_definitions", "type",
              sqlite_where=text(DEFINITIONS), postgresql_where=text(DEFINITIONS)),
        Index("ix_events_team_changes", "type",
              sqlite_where=text(TEAM_CHANGES), postgresql_where=text(TEAM_CHANGES)),
        # Only events that name one (migration 0011); a look-up by value rules NULL out.
        Index("ix_events_task_t", "task", "t", sqlite_where=text(HAS_TASK),
              postgresql_where=text(HAS_TASK)),
        Index("ix_events_contact", "contact", sqlite_where=text(HAS_CONTACT),
              postgresql_where=text(HAS_CONTACT)),
    )


class EmployeeRow(Base):
    __tablename__ = "employees"

    id: Mapped[str] = mapped_column(String(200), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    channels: Mapped[str] = mapped_column(Text, default="[]")  # JSON list
    mode: Mapped[str] = mapped_column(String(16), default="offline")
    mode_since: Mapped[int | None] = mapped_column(BigInteger)
    active: Mapped[bool] = mapped_column(Boolean, default=True)  # False after employee.deactivated


class ReasonRow(Base):
    __tablename__ = "reasons"

    id: Mapped[str] = mapped_column(String(200), primary_key=True)
    label: Mapped[str] = mapped_column(String(400))
    demand: Mapped[str] = mapped_column(String(16))
    agreement: Mapped[str | None] = mapped_column(Text)  # "how we handle this"
    usual_outcome: Mapped[str | None] = mapped_column(String(16))
    retired: Mapped[int | None] = mapped_column(BigInteger)  # when it was retired, if it was


class ContactRow(Base):
    """A customer contact; status is waiting, answered, ended or abandoned."""

    __tablename__ = "contacts"

    id: Mapped[str] = mapped_column(String(200), primary_key=True)
    channel: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str | None] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(16))
    arrived: Mapped[int] = mapped_column(BigInteger)
    answered: Mapped[int | None] = mapped_column(BigInteger)
    closed: Mapped[int | None] = mapped_column(BigInteger)  # ended or abandoned
    employee: Mapped[str | None] = mapped_column(ForeignKey("employees.id"))
    outcome: Mapped[str | None] = mapped_column(String(16))
    task: Mapped[str | None] = mapped_column(String(200))

    __table_args__ = (Index("ix_contacts_status", "status"), Index("ix_contacts_arrived", "arrived"),
                      Index("ix_contacts_closed", "closed"))


class TaskRow(Base):
    """A backlog item or case; status is open, in_progress, paused, finished or cancelled."""

    __tablename__ = "tasks"

    id: Mapped[str] = mapped_column(String(200), primary_key=True)
    title: Mapped[str] = mapped_column(String(400))
    kind: Mapped[str | None] = mapped_column(String(100))
    due: Mapped[int | None] = mapped_column(BigInteger)
    estimate_min: Mapped[float | None] = mapped_column(Float)
    contact: Mapped[str | None] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(16))
    holder: Mapped[str | None] = mapped_column(ForeignKey("employees.id"))  # who has it in progress or paused it
    created: Mapped[int] = mapped_column(BigInteger)
    closed: Mapped[int | None] = mapped_column(BigInteger)
    last_activity: Mapped[int] = mapped_column(BigInteger)

    __table_args__ = (
        Index("ix_tasks_status_closed", "status", "closed"),  # migration 0005
        Index("ix_tasks_created", "created"),
        Index("ix_tasks_closed", "closed"),
    )


class ShiftRow(Base):
    """A shift.planned (adds working time) or shift.cancelled (takes it away) row; read them in
    seq order, as ``balans.core.roster.spans`` does, to get the shifts that hold."""

    __tablename__ = "shifts"

    seq: Mapped[int] = mapped_column(SeqType, ForeignKey("events.seq"), primary_key=True)
    employee: Mapped[str] = mapped_column(ForeignKey("employees.id"))
    start: Mapped[int] = mapped_column(BigInteger)
    end: Mapped[int] = mapped_column(BigInteger)
    cancelled: Mapped[bool] = mapped_column(Boolean, default=False)

    __table_args__ = (Index("ix_shifts_start", "start"),
                      Index("ix_shifts_employee_start", "employee", "start"))


class RoleBlockRow(Base):
    """A planned role block; where blocks overlap the one with the higher seq wins."""

    __tablename__ = "role_blocks"

    seq: Mapped[int] = mapped_column(SeqType, ForeignKey("events.seq"), primary_key=True)
    employee: Mapped[str] = mapped_column(ForeignKey("employees.id"))
    start: Mapped[int] = mapped_column(BigInteger)
    end: Mapped[int] = mapped_column(BigInteger)
    role: Mapped[str] = mapped_column(String(16))

    __table_args__ = (Index("ix_role_blocks_start", "start"), Index("ix_role_blocks_end", "end"))


class QueueIntervalRow(Base):
    """Interval statistics imported from another system (``queue.interval``); where two rows
    cover the same source, channel and start, the one with the higher seq wins."""

    __tablename__ = "queue_intervals"

    seq: Mapped[int] = mapped_column(SeqType, ForeignKey("events.seq"), primary_key=True)
    source: Mapped[str] = mapped_column(String(200))
    channel: Mapped[str] = mapped_column(String(16))
    start: Mapped[int] = mapped_column(BigInteger)
    end: Mapped[int] = mapped_column(BigInteger)
    offered: Mapped[int] = mapped_column(Integer)
    answered: Mapped[int | None] = mapped_column(Integer)
    abandoned: Mapped[int | None] = mapped_column(Integer)
    handle_s: Mapped[float | None] = mapped_column(Float)

    __table_args__ = (Index("ix_queue_intervals_start", "start"),)
