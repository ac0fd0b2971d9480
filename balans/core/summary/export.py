"""The summary as CSV: one row per employee, then the team's channels, for spreadsheets."""
from __future__ import annotations

import csv
import io

from balans.core.summary.model import DaySummary
from balans.core.vocabulary import Role



def summary_csv(summary: DaySummary) -> str:
    data = summary.to_json()
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["date", "employee"] + [f"planned_{r}_min" for r in Role]
                    + [f"actual_{r}_min" for r in Role]
                    + ["adherence", "backoffice_realized", "switches", "interruptions",
                       "context_switches_per_hour", "contacts_handled", "tasks_finished",
                       "unfinished_tasks", "flags"])
    for emp in data["employees"]:
        writer.writerow([data["date"], emp["employee"]]
                        + [emp["planned_minutes"][r] for r in Role]
                        + [emp["actual_minutes"][r] for r in Role]
                        + [_blank(emp["adherence"]), _blank(emp["backoffice_realized"]),
                           emp["switches"], emp["interruptions"],
                           _blank(emp["context_switches_per_hour"]), emp["contacts_handled"],
                           emp["tasks_finished"], " ".join(emp["unfinished_tasks"]),
                           " ".join(emp["flags"])])
    writer.writerow([])
    writer.writerow(["date", "channel", "offered", "answered", "abandoned", "service_level",
                     "avg_wait_s", "aht_s"])
    for name, ch in data["team"]["channels"].items() if isinstance(
            data["team"]["channels"], dict) else ((c["channel"], c) for c in
                                                   data["team"]["channels"]):
        writer.writerow([data["date"], name, ch["offered"], ch["answered"], ch["abandoned"],
                         _blank(ch["service_level"]), _blank(ch["avg_wait_s"]),
                         _blank(ch["aht_s"])])
    return out.getvalue()


def _blank(value: object) -> object:
    return "" if value is None else value
