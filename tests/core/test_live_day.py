"""The day so far: figures and charts cut at now, and flags only for sustained patterns, while the
complete day keeps the contract's figures and flags."""
from __future__ import annotations

from datetime import timedelta

from balans.core.live.board import live_state
from balans.core.summary.compute import summarize
from balans.core.summary.model import SummarySettings
from balans.core.vocabulary import Flag
from tests.core.builders import DAY, TZ, Journal, at


def one_person() -> Journal:
    j = Journal()
    j.add("employee.added", at("06:00"), employee="anna", name="Anna")
    j.add("shift.planned", at("06:00"), employee="anna", start=at("08:00"), end=at("16:00"))
    j.add("role.planned", at("06:00"), employee="anna", start=at("08:00"), end=at("16:00"),
          role="contact")
    return j


def test_today_is_cut_at_now_and_the_chart_stops_there():
    j = one_person()
    j.add("mode.changed", at("08:00"), employee="anna", mode="contact")
    j.add("task.created", at("08:00"), task="T1", title="File")
    so_far = summarize(j, DAY, TZ, now=at("08:30"))
    anna = so_far.employee("anna")
    assert anna.actual_minutes.contact == 30  # not until the shift's end (480)
    assert anna.planned_minutes.contact == 30
    last = so_far.extra.intervals[-1].start
    assert last == at("08:15")  # the chart ends at now, not at 23:45
    whole = summarize(j, DAY, TZ)
    assert whole.employee("anna").actual_minutes.contact == 480
    assert whole.extra.intervals[-1].start == at("23:45")


def test_a_now_after_the_day_gives_the_contract_day():
    j = one_person()
    j.add("mode.changed", at("08:00"), employee="anna", mode="contact")
    j.add("mode.changed", at("08:00:30"), employee="anna", mode="backoffice")
    j.add("task.created", at("08:00"), task="T1", title="File")
    j.add("task.started", at("08:01"), task="T1", employee="anna")
    later = summarize(j, DAY, TZ, now=at("08:00") + timedelta(days=2))
    assert later.to_json() == summarize(j, DAY, TZ).to_json()


def switching_journal() -> Journal:
    j = one_person()
    j.add("mode.changed", at("08:00"), employee="anna", mode="contact")
    j.add("mode.changed", at("08:00:30"), employee="anna", mode="backoffice")
    return j


def test_one_switch_30_seconds_in_is_no_flag_while_the_day_runs():
    j = switching_journal()
    so_far = summarize(j, DAY, TZ, now=at("08:01"))
    anna = so_far.employee("anna")
    assert anna.switches == 1
    assert anna.context_switches_per_hour > 1.0  # the raw rate is huge after a minute ...
    assert Flag.CONTEXT_SWITCHING not in anna.flags  # ... but it is no pattern
    # The complete day keeps the contract's rule: 1 switch in 8 hours is under 1 an hour.
    assert Flag.CONTEXT_SWITCHING not in summarize(j, DAY, TZ).employee("anna").flags


def test_sustained_switching_flags_during_the_day():
    j = one_person()
    modes = ["contact", "backoffice"] * 3
    for k, mode in enumerate(modes):
        j.add("mode.changed", at("08:00") + timedelta(minutes=15 * k), employee="anna", mode=mode)
    # 5 switches in 90 minutes: enough time and enough of them
    anna = summarize(j, DAY, TZ, now=at("09:30")).employee("anna")
    assert anna.switches == 5
    assert Flag.CONTEXT_SWITCHING in anna.flags
    # The same 5 switches after 45 minutes of work are not yet a pattern (minimum time)
    early = summarize(j, DAY, TZ, now=at("08:45")).employee("anna")
    assert Flag.CONTEXT_SWITCHING not in early.flags
    # ... and with a lower minimum time the same moment does flag (the settings count)
    quick = SummarySettings(live_min_working_minutes=30)
    assert Flag.CONTEXT_SWITCHING in summarize(j, DAY, TZ, quick,
                                               now=at("08:45")).employee("anna").flags
    # two switches in two hours: under the minimum count, whatever the rate limit
    few = summarize(j, DAY, TZ, SummarySettings(switches_per_hour_limit=0.1),
                    now=at("08:35")).employee("anna")
    assert few.switches == 2 and Flag.CONTEXT_SWITCHING not in few.flags


def test_a_task_just_started_is_not_left_open():
    j = one_person()
    j.add("mode.changed", at("08:00"), employee="anna", mode="backoffice")
    j.add("task.created", at("08:00"), task="T1", title="File")
    j.add("task.started", at("08:01"), task="T1", employee="anna")
    anna = summarize(j, DAY, TZ, now=at("08:02")).employee("anna")
    assert anna.unfinished_tasks == ()
    assert Flag.UNFINISHED_TASKS not in anna.flags
    # put aside: counted at once, flagged after it has stayed aside a while
    j.add("task.paused", at("08:10"), task="T1", employee="anna")
    aside = summarize(j, DAY, TZ, now=at("08:15")).employee("anna")
    assert aside.unfinished_tasks == ("T1",)
    assert Flag.UNFINISHED_TASKS not in aside.flags
    long_aside = summarize(j, DAY, TZ, now=at("08:45")).employee("anna")
    assert Flag.UNFINISHED_TASKS in long_aside.flags
    # The complete day: the contract's flag for any task still open.
    assert Flag.UNFINISHED_TASKS in summarize(j, DAY, TZ).employee("anna").flags


def test_the_board_shows_no_flag_for_a_single_switch():
    j = switching_journal()
    anna = live_state(j, at("08:01"), TZ).employee("anna")
    assert anna.switches == 1 and anna.flags == ()
