"""The end-of-day summary (CONTRACT.md section 3) on small hand-made journals.

Every expected number is worked out by hand in the comments and written literally.
"""
from __future__ import annotations

from datetime import date, datetime

import pytest

from balans.core.summary.compute import SummarySettings, format_summary, summarize
from tests.core.builders import DAY, TZ, Journal, at





def shift(j: Journal, who: str, start: datetime, end: datetime) -> None:
    j.add("shift.planned", at("06:00", date(2026, 11, 20)), employee=who, start=start, end=end)


def role(j: Journal, who: str, start: datetime, end: datetime, what: str) -> None:
    j.add("role.planned", at("06:00", date(2026, 11, 20)), employee=who, start=start, end=end,
          role=what)


def modes(j: Journal, who: str, *changes: tuple[str, str]) -> None:
    for when, mode in changes:
        j.add("mode.changed", at(when), employee=who, mode=mode)


def contact(j: Journal, cid: str, channel: str, arrived: datetime, answered: datetime | None,
            ended: datetime | None, who: str = "anna", outcome: str = "resolved", **extra):
    arrive = {"reason": extra.pop("reason")} if "reason" in extra else {}
    j.add("contact.arrived", arrived, contact=cid, channel=channel, **arrive)
    if answered is not None:
        j.add("contact.answered", answered, contact=cid, employee=who)
    if ended is not None:
        j.add("contact.ended", ended, contact=cid, employee=who, outcome=outcome, **extra)


def employee(result, who):
    return next(e for e in result["employees"] if e["employee"] == who)


# -- the main journal --------------------------------------------------------------------------

def busy_day() -> Journal:
    fri, thu, wed = date(2026, 11, 20), date(2026, 11, 19), date(2026, 11, 18)
    sat = date(2026, 11, 21)
    j = Journal()
    j.add("employee.added", at("07:00", wed), employee="anna", name="Anna")
    j.add("employee.added", at("07:00", wed), employee="bram", name="Bram")
    j.add("employee.added", at("07:00", wed), employee="cees", name="Cees")  # not there today
    j.add("reason.defined", at("07:00", wed), reason="addr", label="Address", demand="value")
    j.add("reason.defined", at("07:00", wed), reason="permit", label="Permit", demand="failure")
    # Earlier history that the day depends on (open tasks, a waiting e-mail) and some it doesn't.
    j.add("task.created", at("09:00", wed), task="T5", title="Old, done")
    j.add("task.finished", at("10:00", fri), task="T5", employee="bram")
    j.add("task.created", at("09:00", thu), task="T3", title="Taken over")
    j.add("task.started", at("11:00", fri), task="T3", employee="bram")
    j.add("task.created", at("10:00", fri), task="T1", title="Check permit file",
          due=at("12:00"))
    j.add("contact.arrived", at("16:00", fri), contact="e0", channel="email")
    j.add("task.created", at("10:00", sat), task="T6", title="Not needed")
    j.add("mode.changed", at("20:00", date(2026, 11, 22)), employee="anna", mode="contact")

    shift(j, "anna", at("08:00"), at("16:00"))
    role(j, "anna", at("08:00"), at("12:00"), "contact")
    role(j, "anna", at("12:00"), at("16:00"), "backoffice")
    role(j, "anna", at("11:30"), at("12:30"), "break")  # later block wins where they overlap
    # planned: contact 08:00-11:30 (210), break 11:30-12:30 (60), back office 12:30-16:00 (210)
    modes(j, "anna", ("08:00", "contact"), ("11:30", "break"), ("12:30", "backoffice"),
          ("14:00", "contact"), ("14:30", "backoffice"))
    # actual: contact 08:00-11:30 + 14:00-14:30 = 240; break 60;
    # back office 12:30-14:00 + 14:30-16:00 (last change holds to the shift's end) = 180

    j.add("task.created", at("08:00"), task="T4", title="Callback", due=at("10:00"))
    j.add("task.changed", at("08:05"), task="T4", due=at("09:00", date(2026, 11, 25)))
    j.add("task.cancelled", at("09:00"), task="T6")
    contact(j, "c1", "phone", at("08:10"), at("08:10:15"), at("08:15:15"), reason="addr")
    contact(j, "c2", "phone", at("09:00"), at("09:00:50"), at("09:10:50"), outcome="follow_up",
            reason="permit", task="T2")
    j.add("task.created", at("09:10:50"), task="T2", title="Follow up c2", contact="c2")
    j.add("task.changed", at("09:12"), task="T2", due=at("17:00"))
    j.add("task.started", at("09:30"), task="T4", employee="anna")
    j.add("contact.arrived", at("10:00"), contact="c3", channel="phone")
    j.add("contact.abandoned", at("10:01"), contact="c3")
    contact(j, "c7", "phone", at("10:00:20"), at("10:00:30"), at("10:05:30"), reason="addr")
    j.add("task.started", at("10:30"), task="T4", employee="bram")  # bram takes T4 over
    j.add("contact.answered", at("10:40"), contact="e0", employee="bram")
    j.add("contact.ended", at("10:50"), contact="e0", employee="bram", outcome="resolved",
          reason="addr")
    contact(j, "c6", "phone", at("11:00"), at("11:00:05"), at("11:10:05"), reason="addr")
    j.add("obstacle.logged", at("11:45"), employee="anna", text="printer jammed")
    j.add("task.started", at("12:40"), task="T1", employee="anna")
    j.add("task.started", at("13:00"), task="T3", employee="anna")
    j.add("task.finished", at("13:30"), task="T3", employee="anna")
    contact(j, "c4", "counter", at("14:00"), at("14:05"), at("14:20"), outcome="referred",
            reason="permit")
    contact(j, "c5", "phone", at("15:00"), at("15:00:10"), at("15:30:10"))
    j.add("task.paused", at("15:45"), task="T1", employee="anna")
    # The next day must not count.
    j.add("mode.changed", at("08:00", date(2026, 11, 24)), employee="anna", mode="contact")
    j.add("contact.arrived", at("08:01", date(2026, 11, 24)), contact="n1", channel="chat")
    return j


@pytest.fixture(scope="module")
def busy():
    return summarize(busy_day(), DAY, TZ).to_json()


def test_json_shape(busy):
    assert set(busy) == {"date", "employees", "team", "extra"}
    assert busy["date"] == "2026-11-23"
    assert set(busy["team"]) == {"channels", "first_contact_resolution", "failure_demand_share",
                                 "backlog", "reasons", "obstacles"}
    assert set(busy["employees"][0]) == {
        "employee", "planned_minutes", "actual_minutes", "adherence", "backoffice_realized",
        "switches", "interruptions", "context_switches_per_hour", "contacts_handled",
        "tasks_finished", "unfinished_tasks", "flags"}
    # Everyone with a shift or an event that day, sorted by id; cees had neither.
    assert [e["employee"] for e in busy["employees"]] == ["anna", "bram"]


def test_anna(busy):
    assert employee(busy, "anna") == {
        "employee": "anna",
        "planned_minutes": {"contact": 210.0, "backoffice": 210.0, "break": 60.0},
        "actual_minutes": {"contact": 240.0, "backoffice": 180.0, "break": 60.0},
        # same as plan: contact 210 + break 60 + back office 90 + 90 = 450 of 480
        "adherence": 0.94,
        # planned back office 12:30-16:00 (210) in back-office mode: 180, minus serving c5
        # 15:00:10-15:30:10 (c4 was served in contact mode): 150 / 210 = 0.714
        "backoffice_realized": 0.71,
        # contact, break, backoffice, contact, backoffice: a break between is not a switch
        "switches": 2,
        # c7 at 10:00:30 (T4 hers since 09:30), c4 at 14:05 and c5 at 15:00:10 (T1 since 12:40);
        # c6 at 11:00:05 is not: bram took T4 over at 10:30
        "interruptions": 3,
        "context_switches_per_hour": 0.71,  # (2 + 3) / 7 h
        "contacts_handled": 6,  # c1 c2 c7 c6 c4 c5
        "tasks_finished": 1,  # T3, taken over from bram
        "unfinished_tasks": ["T1"],  # paused at 15:45; T4's last start is bram's
        "flags": ["UNFINISHED_TASKS"],
    }


def test_bram_has_events_but_no_shift_or_modes(busy):
    assert employee(busy, "bram") == {
        "employee": "bram",
        "planned_minutes": {"contact": 0.0, "backoffice": 0.0, "break": 0.0},
        "actual_minutes": {"contact": 0.0, "backoffice": 0.0, "break": 0.0},
        "adherence": None,
        "backoffice_realized": None,
        "switches": 0,
        # e0 answered at 10:40 with T4 (and T3, since Friday) in progress with him
        "interruptions": 1,
        "context_switches_per_hour": None,  # no time in contact or back-office mode
        "contacts_handled": 1,
        "tasks_finished": 0,
        "unfinished_tasks": ["T4"],  # taken over at 10:30 and still open
        "flags": ["UNFINISHED_TASKS"],
    }


def test_channels(busy):
    assert busy["team"]["channels"] == {
        # c1 c2 c3 c5 c6 c7; waits 15 50 - 10 5 10 s; 4 within 20 s; handled 300 600 1800 600 300
        "phone": {"offered": 6, "answered": 5, "abandoned": 1, "service_level": 0.67,
                  "avg_wait_s": 18.0, "aht_s": 720.0},
        # 300 s wait is within a 300 s target
        "counter": {"offered": 1, "answered": 1, "abandoned": 0, "service_level": 1.0,
                    "avg_wait_s": 300.0, "aht_s": 900.0},
        # e-mail had no arrivals that day (e0 arrived on Friday): omitted; chat only tomorrow
    }


def test_team_figures(busy):
    team = busy["team"]
    # ended: c1 c2 c7 c6 c4 c5 e0; resolved all but c2 (follow_up) and c4 (referred): 5 / 7
    assert team["first_contact_resolution"] == 0.71
    # with a reason: all but c5 (6); failure demand (permit): c2, c4 -> 2 / 6
    assert team["failure_demand_share"] == 0.33
    assert team["backlog"] == {
        "open_start": 3,  # T1, T3, T6 (T5 was finished on Friday)
        "created": 2,  # T4, T2
        "finished": 1,  # T3
        "cancelled": 1,  # T6
        "open_end": 3,  # T1, T2, T4
        "overdue_end": 2,  # T1 due 12:00, T2 due 17:00 (changed); T4 moved to Wednesday
    }
    assert team["reasons"] == [
        {"reason": "addr", "count": 4, "handling_minutes": 30.0},  # c1 5, c7 5, c6 10, e0 10
        {"reason": "permit", "count": 2, "handling_minutes": 25.0},  # c2 10, c4 15
    ]
    assert team["obstacles"] == [
        {"employee": "anna", "ts": "2026-11-23T11:45:00+01:00", "text": "printer jammed"}]


def test_extras(busy):
    extra = busy["extra"]
    assert extra["reason_costs"] == [
        {"reason": "addr", "label": "Address", "demand": "value", "count": 4,
         "handling_minutes": 30.0, "cost": 20.0},
        {"reason": "permit", "label": "Permit", "demand": "failure", "count": 2,
         "handling_minutes": 25.0, "cost": 16.67},
    ]
    assert extra["total_cost"] == 36.67 and extra["failure_cost"] == 16.67
    assert extra["repeat_contacts"] == []  # c2 created T2, it did not come back about it
    intervals = extra["intervals"]
    assert len(intervals) == 96
    nine = intervals[36]  # 09:00-09:15
    assert nine["start"] == "2026-11-23T09:00:00+01:00"
    assert nine["offered"] == {"phone": 1, "counter": 0}
    assert nine["service_level"] == {"phone": 0.0, "counter": None}  # c2 waited 50 s
    # at 09:15: T1 T3 T4 T2 open (T6 cancelled at 09:00)
    assert nine["backlog_open_end"] == 4
    assert nine["planned"] == {"contact": 1.0, "backoffice": 0.0, "break": 0.0}
    assert intervals[56]["actual"] == {"contact": 1.0, "backoffice": 0.0, "break": 0.0}  # 14:00
    assert intervals[47]["planned"] == {"contact": 0.0, "backoffice": 0.0, "break": 1.0}  # 11:45
    # e0 waits from Friday until 10:40
    assert intervals[41]["waiting_end"] == 1 and intervals[42]["waiting_end"] == 0


def test_repeat_contact_about_an_open_case():
    j = Journal()
    j.add("employee.added", at("07:00"), employee="anna", name="Anna")
    j.add("task.created", at("09:00", date(2026, 11, 20)), task="T1", title="Permit")
    contact(j, "c1", "phone", at("09:00"), at("09:00:05"), at("09:05"), outcome="follow_up",
            task="T1")
    contact(j, "c2", "phone", at("10:00"), at("10:00:05"), at("10:05"), outcome="follow_up",
            task="T2")
    j.add("task.created", at("10:05"), task="T2", title="New case")
    repeats = summarize(j, DAY, TZ).to_json()["extra"]["repeat_contacts"]
    assert repeats == [{"contact": "c1", "task": "T1", "employee": "anna", "channel": "phone",
                        "ts": "2026-11-23T09:05:00+01:00"}]


# -- the mode timeline's edge cases --------------------------------------------------------------

def one(j: Journal, who: str = "anna", settings: SummarySettings = SummarySettings()) -> dict:
    return employee(summarize(j, DAY, TZ, settings).to_json(), who)


def test_last_mode_is_clipped_to_the_shift_end():
    j = Journal()
    shift(j, "anna", at("08:00"), at("12:00"))
    modes(j, "anna", ("08:00", "contact"), ("11:00", "backoffice"))
    assert one(j)["actual_minutes"] == {"contact": 180.0, "backoffice": 60.0, "break": 0.0}


def test_mode_change_after_the_shift_end_holds_to_the_day_end():
    j = Journal()
    shift(j, "anna", at("08:00"), at("12:00"))
    modes(j, "anna", ("08:00", "contact"), ("12:30", "backoffice"))
    # contact holds until the next change (12:30); the last began after the shift's end,
    # so it holds until midnight: 12:30-24:00 = 690
    assert one(j)["actual_minutes"] == {"contact": 270.0, "backoffice": 690.0, "break": 0.0}


def test_mode_change_before_the_shift_start_holds_to_the_shift_end():
    j = Journal()
    shift(j, "anna", at("08:00"), at("12:00"))
    modes(j, "anna", ("07:45", "contact"))
    assert one(j)["actual_minutes"]["contact"] == 255.0


def test_no_shift_last_mode_holds_to_the_day_end():
    j = Journal()
    modes(j, "anna", ("22:00", "backoffice"))
    assert one(j)["actual_minutes"]["backoffice"] == 120.0


def test_offline_and_break_count_as_no_work_and_break_the_switch_pairs():
    j = Journal()
    shift(j, "anna", at("08:00"), at("12:00"))
    modes(j, "anna", ("08:00", "contact"), ("09:00", "offline"), ("10:00", "backoffice"),
          ("10:30", "break"), ("11:00", "contact"))
    e = one(j)
    assert e["actual_minutes"] == {"contact": 120.0, "backoffice": 30.0, "break": 30.0}
    assert e["switches"] == 0


def test_time_before_the_first_change_of_the_day_is_no_time():
    j = Journal()
    shift(j, "anna", at("08:00"), at("12:00"))
    j.add("mode.changed", at("20:00", date(2026, 11, 22)), employee="anna", mode="contact")
    modes(j, "anna", ("09:00", "backoffice"))
    assert one(j)["actual_minutes"] == {"contact": 0.0, "backoffice": 180.0, "break": 0.0}


def test_a_night_shift_from_the_day_before_ends_the_last_mode():
    j = Journal()
    shift(j, "anna", at("22:00", date(2026, 11, 22)), at("06:00"))
    modes(j, "anna", ("05:00", "contact"))
    assert one(j)["actual_minutes"]["contact"] == 60.0


def test_switches_count_contact_backoffice_pairs_only():
    j = Journal()
    shift(j, "anna", at("08:00"), at("10:00"))
    modes(j, "anna", ("08:00", "contact"), ("08:30", "backoffice"), ("09:00", "contact"),
          ("09:30", "backoffice"))
    e = one(j)
    assert e["switches"] == 3
    assert e["context_switches_per_hour"] == 1.5  # 3 / 2 h
    assert e["flags"] == ["CONTEXT_SWITCHING"]
    assert e["adherence"] is None and e["backoffice_realized"] is None  # no plan


def test_context_switching_threshold_is_a_setting_and_strict():
    j = Journal()
    shift(j, "anna", at("08:00"), at("10:00"))
    modes(j, "anna", ("08:00", "contact"), ("09:00", "backoffice"), ("09:30", "contact"))
    assert one(j)["context_switches_per_hour"] == 1.0  # 2 / 2 h: not above 1.0
    assert one(j)["flags"] == []
    assert one(j, settings=SummarySettings(switches_per_hour_limit=0.5))["flags"] == [
        "CONTEXT_SWITCHING"]


def test_backoffice_not_realized_needs_30_planned_minutes():
    j = Journal()
    shift(j, "anna", at("08:00"), at("10:00"))
    role(j, "anna", at("08:00"), at("08:30"), "backoffice")
    role(j, "anna", at("08:30"), at("10:00"), "contact")
    modes(j, "anna", ("08:00", "contact"))
    e = one(j)
    assert e["backoffice_realized"] == 0.0 and e["adherence"] == 0.75  # 90 of 120
    assert e["flags"] == ["BACKOFFICE_NOT_REALIZED"]  # 30 planned minutes: enough to flag
    role(j, "anna", at("08:25"), at("08:30"), "contact")  # now 25 planned minutes: too few
    assert one(j)["backoffice_realized"] == 0.0
    assert one(j)["flags"] == []
    j2 = Journal()
    shift(j2, "anna", at("08:00"), at("10:00"))
    role(j2, "anna", at("08:00"), at("08:30"), "backoffice")
    modes(j2, "anna", ("08:00", "backoffice"), ("08:20", "contact"))
    e2 = one(j2)
    assert e2["backoffice_realized"] == 0.67  # 20 of 30
    assert e2["flags"] == ["BACKOFFICE_NOT_REALIZED"]


def test_backoffice_realized_excludes_serving_a_contact():
    j = Journal()
    shift(j, "anna", at("08:00"), at("09:00"))
    role(j, "anna", at("08:00"), at("09:00"), "backoffice")
    modes(j, "anna", ("08:00", "backoffice"))
    contact(j, "c1", "counter", at("08:10"), at("08:15"), at("08:45"))
    e = one(j)
    assert e["adherence"] == 1.0
    assert e["backoffice_realized"] == 0.5  # 30 of 60 minutes spent serving c1
    assert e["flags"] == ["BACKOFFICE_NOT_REALIZED"]


def test_a_contact_still_being_served_at_midnight_counts_until_midnight():
    j = Journal()
    role(j, "anna", at("23:00"), at("00:00", date(2026, 11, 24)), "backoffice")
    modes(j, "anna", ("23:00", "backoffice"))
    contact(j, "c1", "phone", at("23:30"), at("23:30"), None)
    assert one(j)["backoffice_realized"] == 0.5


def test_interruptions_follow_the_last_lifecycle_event():
    j = Journal()
    modes(j, "anna", ("08:00", "contact"))
    j.add("task.created", at("07:00"), task="T1", title="x")
    j.add("task.started", at("08:00"), task="T1", employee="anna")
    contact(j, "c1", "phone", at("08:10"), at("08:10"), at("08:20"))  # in progress: counts
    j.add("task.paused", at("08:30"), task="T1", employee="anna")
    contact(j, "c2", "phone", at("08:40"), at("08:40"), at("08:50"))  # paused: no
    j.add("task.started", at("09:00"), task="T1", employee="anna")
    contact(j, "c3", "phone", at("09:00"), at("09:00"), at("09:10"))  # same second, after: counts
    j.add("task.finished", at("09:20"), task="T1", employee="anna")
    contact(j, "c4", "phone", at("09:30"), at("09:30"), at("09:40"))  # finished: no
    e = one(j)
    assert e["interruptions"] == 2
    assert e["tasks_finished"] == 1 and e["unfinished_tasks"] == []


def test_unfinished_needs_the_last_start_on_that_day():
    j = Journal()
    j.add("task.created", at("09:00", date(2026, 11, 20)), task="T1", title="x")
    j.add("task.started", at("09:00", date(2026, 11, 20)), task="T1", employee="anna")
    j.add("task.created", at("07:00"), task="T2", title="y")
    j.add("task.started", at("09:00"), task="T2", employee="anna")
    j.add("task.paused", at("10:00"), task="T2", employee="anna")
    modes(j, "anna", ("08:00", "backoffice"))
    assert one(j)["unfinished_tasks"] == ["T2"]  # T1's last start was on Friday


# -- day shapes ------------------------------------------------------------------------------

def test_a_day_with_no_plan_and_no_contacts_gives_nulls():
    j = Journal()
    modes(j, "anna", ("08:00", "backoffice"))
    out = summarize(j, DAY, TZ).to_json()
    e = employee(out, "anna")
    assert e["planned_minutes"] == {"contact": 0.0, "backoffice": 0.0, "break": 0.0}
    assert e["adherence"] is None and e["backoffice_realized"] is None
    assert e["context_switches_per_hour"] == 0.0
    team = out["team"]
    assert team["channels"] == {} and team["reasons"] == [] and team["obstacles"] == []
    assert team["first_contact_resolution"] is None and team["failure_demand_share"] is None
    assert team["backlog"] == {"open_start": 0, "created": 0, "finished": 0, "cancelled": 0,
                               "open_end": 0, "overdue_end": 0}


def test_an_empty_journal():
    out = summarize([], DAY, TZ).to_json()
    assert out["employees"] == [] and out["team"]["channels"] == {}


def test_a_planned_employee_who_never_showed_is_listed():
    j = Journal()
    role(j, "anna", at("08:00"), at("10:00"), "contact")
    e = one(j)
    assert e["planned_minutes"]["contact"] == 120.0 and e["adherence"] == 0.0


@pytest.mark.parametrize("day, hours", [(date(2026, 3, 29), 23), (date(2026, 10, 25), 25),
                                        (date(2026, 11, 23), 24)])
def test_dst_days_have_23_or_25_hours(day, hours):
    j = Journal()
    j.add("role.planned", at("06:00", day), employee="anna", start=at("00:00", day),
          end=at("00:00", date(day.year, day.month, day.day + 1)), role="backoffice")
    j.add("mode.changed", at("00:00", day), employee="anna", mode="backoffice")
    # 02:00-04:00 local spans the DST jump: 1 h in spring, 3 h in autumn
    j.add("mode.changed", at("02:00" if hours != 25 else "01:00", day), employee="anna",
          mode="contact")
    j.add("mode.changed", at("04:00", day), employee="anna", mode="backoffice")
    out = summarize(j, day, TZ).to_json()
    e = out["employees"][0]
    contact_min = {23: 60.0, 25: 240.0, 24: 120.0}[hours]
    assert e["planned_minutes"]["backoffice"] == hours * 60
    assert e["actual_minutes"] == {"contact": contact_min,
                                   "backoffice": hours * 60 - contact_min, "break": 0.0}
    assert len(out["extra"]["intervals"]) == hours * 4


def test_format_summary_reads_kindly():
    text = format_summary(summarize(busy_day(), DAY, TZ))
    assert text.startswith("Summary of Monday 23 November 2026")
    assert text.index("TEAM") < text.index("PEOPLE") < text.index("\n  anna\n")
    assert "1 task left open (T1)" in text
    assert "printer jammed" in text
    j = Journal()
    shift(j, "anna", at("08:00"), at("10:00"))
    modes(j, "anna", ("08:00", "contact"), ("08:30", "backoffice"), ("09:00", "contact"),
          ("09:30", "backoffice"))
    assert "pulled into contacts 3 times" in format_summary(summarize(j, DAY, TZ))
