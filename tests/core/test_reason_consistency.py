"""Consistency per reason, checked against numbers worked out by hand."""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from balans.core.journal.journal import Journal as StoredJournal
from balans.core.reasons.consistency import (CatalogueFact, ConsistencySettings, ContactFact,
                                             consistency)
from balans.core.reasons.load import load_consistency, load_for_day
from balans.core.timeutil import to_micros
from tests.core.builders import DAY, TZ, Journal, at

DAY2 = DAY + timedelta(days=1)
SETTINGS = ConsistencySettings(repeat_days=7, cost_per_hour=60, working_days_per_year=250)


def _contact(j: Journal, cid: str, reason: str, start: str, end: str, outcome: str,
             day: date = DAY, task: str | None = None, who: str = "anna") -> None:
    j.add("contact.arrived", at(start, day), contact=cid, channel="phone", reason=reason)
    j.add("contact.answered", at(start, day), contact=cid, employee=who)
    extra = {"task": task} if task else {}
    j.add("contact.ended", at(end, day), contact=cid, employee=who, outcome=outcome, **extra)


def two_days() -> Journal:
    j = Journal()
    j.add("employee.added", at("08:00"), employee="anna", name="Anna")
    j.add("employee.added", at("08:00"), employee="bram", name="Bram")
    j.add("reason.defined", at("08:00"), reason="permit", label="Where is my permit?",
          demand="failure", agreement="Give the date.", usual_outcome="resolved")
    j.add("reason.defined", at("08:00"), reason="move", label="I'm moving", demand="value")
    _contact(j, "c1", "permit", "09:00", "09:06", "resolved")
    _contact(j, "c2", "permit", "09:10", "09:14", "follow_up", task="t1", who="bram")
    j.add("task.created", at("09:14"), task="t1", title="Call back", contact="c2")
    _contact(j, "c3", "permit", "10:00", "10:08", "resolved")
    _contact(j, "c4", "move", "10:00", "10:10", "follow_up", who="bram")
    _contact(j, "c5", "permit", "09:00", "09:02", "referred", DAY2, task="t1")
    _contact(j, "c6", "permit", "11:00", "11:04", "resolved", DAY2, who="bram")
    _contact(j, "c7", "move", "11:00", "11:20", "follow_up", DAY2)
    _contact(j, "c8", "move", "12:00", "12:06", "resolved", DAY2)
    return j


def test_two_days_by_hand(store):
    journal = StoredJournal(store)
    journal.append(two_days())
    report = load_consistency(journal, DAY, DAY2, TZ, SETTINGS)
    assert [r.reason for r in report.reasons] == ["permit", "move"]  # by count
    permit, move = report.reasons
    assert permit.count == 5
    assert permit.outcomes == {"resolved": 3, "follow_up": 1, "referred": 1}
    assert permit.reference_outcome == "resolved"  # agreed by the team
    assert permit.other_share == pytest.approx(2 / 5)
    # Monday 2 of 3 resolved; Tuesday has only 2 permit contacts (< 3), so it does not count.
    assert permit.day_range == pytest.approx((2 / 3, 2 / 3))
    assert permit.mean_handling_minutes == pytest.approx(4.8)  # 6, 4, 8, 2, 4
    assert permit.handling_cv == pytest.approx((20.8 / 5) ** 0.5 / 4.8)
    assert permit.came_back == 1  # c2's case t1 came back with c5 the next morning
    # 24 handling minutes over 2 observed days: 0.2 h a day x 250 days x 60 EUR.
    assert permit.cost_per_year == pytest.approx(3000)
    assert permit.saving_per_year == pytest.approx(3000)
    assert move.reference_outcome == "follow_up"  # nothing agreed: the most common
    assert move.other_share == pytest.approx(1 / 3)
    assert move.day_range is None
    assert move.cost_per_year == pytest.approx(36 / 60 / 2 * 250 * 60)  # 4500
    assert move.saving_per_year == 0
    assert report.days_observed == 2
    assert report.repeat_contacts == 1
    assert report.varies_most == ("permit",)  # move has fewer than 5 contacts
    assert report.failure_saving_per_year == pytest.approx(3000)
    data = report.to_json()
    assert data["reasons"][0]["days"] == [
        {"date": "2026-11-23", "outcomes": {"resolved": 2, "follow_up": 1, "referred": 0}},
        {"date": "2026-11-24", "outcomes": {"resolved": 1, "follow_up": 0, "referred": 1}}]
    assert data["reasons"][0]["came_back_share"] == 0.2


def test_repeat_window_and_single_day(store):
    journal = StoredJournal(store)
    journal.append(two_days())
    tight = ConsistencySettings(repeat_days=0)
    assert load_consistency(journal, DAY, DAY2, TZ, tight).repeat_contacts == 0
    monday = load_consistency(journal, DAY, DAY, TZ, SETTINGS)
    assert monday.reason("permit").count == 3 and monday.reason("permit").came_back == 0
    assert monday.days_observed == 1
    # The summary's period: the four weeks ending with the day, so Tuesday sees Monday.
    assert load_for_day(journal, DAY2, TZ, SETTINGS).reason("permit").count == 5


def test_undefined_reasons_and_ties():
    us = lambda t: to_micros(at(t))  # noqa: E731
    facts = [ContactFact("a", "x", "referred", us("09:00"), us("09:00"), us("09:10")),
             ContactFact("b", "x", "resolved", us("09:00"), us("09:00"), us("09:30")),
             ContactFact("c", None, "resolved", us("09:00"), us("09:00"), us("09:30"))]
    report = consistency(facts, {"y": CatalogueFact("Y", "failure")}, DAY, DAY, TZ)
    (x,) = report.reasons  # a contact without a reason is in no reason
    assert (x.label, x.demand, x.reference_outcome) == ("x", None, "resolved")  # tie: resolved
    assert x.other_share == 0.5 and x.saving_per_year == 0
    assert x.handling_cv == pytest.approx(10 / 20)  # 10 and 30 minutes: sd 10, mean 20


def test_today_the_table_is_cut_at_now_like_every_other_figure(store):
    from balans.core.summary.model import SummarySettings
    from balans.core.summary.view import load_summary_view

    journal = StoredJournal(store)
    journal.append(two_days())
    # On DAY2 at 10:00 only c5 (09:00-09:02) has ended; c6..c8 lie after now.
    view = load_summary_view(journal, DAY2, TZ, SummarySettings(), now=at("10:00", DAY2))
    per_reason = view.consistency
    assert per_reason.reason("permit").count == 4  # c1, c2, c3 yesterday and c5
    assert per_reason.reason("move").count == 1  # c4 yesterday; c7, c8 not yet
    assert per_reason.reason("permit").came_back == 1  # c5 came back: it arrived before now
    whole = load_summary_view(journal, DAY2, TZ, SummarySettings()).consistency
    assert whole.reason("permit").count == 5 and whole.reason("move").count == 3
    # A repeat that arrives after now has not happened yet.
    early = load_summary_view(journal, DAY2, TZ, SummarySettings(), now=at("08:00", DAY2))
    assert early.consistency.reason("permit").came_back == 0
