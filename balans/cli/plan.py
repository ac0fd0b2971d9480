"""`balans plan --date D [--json] [--evaluate]`: propose and store a role plan for the day."""
from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime

from balans.cli.common import CliError, add_db_option, iso_date, store_from_args, team_zone
from balans.core.journal.journal import Journal


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("plan", help="propose a role plan for the shifts of a day and store it")
    p.add_argument("--date", type=iso_date, required=True, help="the day (YYYY-MM-DD)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--min-block", type=int, default=60,
                   help="minimum length of a contact or back-office block in minutes (default 60)")
    p.add_argument("--time-limit", type=float, default=10.0,
                   help="seconds the optimiser may take (default 10)")
    p.add_argument("--dry-run", action="store_true", help="show the proposal without storing it")
    p.add_argument("--evaluate", action="store_true",
                   help="simulate the proposal against the forecast and compare it with "
                        "'everyone does everything'")
    p.add_argument("--backoffice-hours", type=float, metavar="HOURS",
                   help="reserve this much back-office time even at a cost to contact coverage "
                        "(pick a trade-off point)")
    p.add_argument("--days-to-clear", type=float, default=5.0,
                   help="clear the open backlog in this many working days (default 5)")
    p.add_argument("--seed", type=int, default=1, help="random seed for --evaluate")
    p.add_argument("--runs", type=int, default=5,
                   help="simulated days per plan for --evaluate, each on its own arrivals "
                        "(default 5)")
    p.add_argument("--switch-cost", type=float, default=180.0, metavar="SECONDS",
                   help="back-office time lost getting back into a task after contact work "
                        "(default 180; see docs/planner.md)")
    p.add_argument("--interruption-cost", type=float, default=60.0, metavar="SECONDS",
                   help="time lost resuming a task a customer interrupted (default 60)")
    add_db_option(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from balans.core.planning.day import PlanError, propose_day, store_plan
    from balans.core.planning.read import effective_roles

    if args.min_block < 15 or args.min_block % 15:
        raise CliError("--min-block must be a multiple of 15 minutes")
    if args.time_limit <= 0:
        raise CliError("--time-limit must be greater than 0")
    if args.backoffice_hours is not None and args.backoffice_hours < 0:
        raise CliError("--backoffice-hours cannot be negative")
    if args.days_to_clear <= 0:
        raise CliError("--days-to-clear must be greater than 0")
    if not 1 <= args.runs <= 100:
        raise CliError("--runs must be between 1 and 100")
    if not (0 <= args.switch_cost <= 3600 and 0 <= args.interruption_cost <= 3600):
        raise CliError("--switch-cost and --interruption-cost must be between 0 and 3600 seconds")
    tz = team_zone(args)
    store = store_from_args(args)
    journal = Journal(store)
    try:
        plan = propose_day(journal, args.date, tz, min_block=args.min_block // 15,
                           time_limit_s=args.time_limit, reserve_hours=args.backoffice_hours,
                           days_to_clear=args.days_to_clear)
        stored = effective_roles(journal, plan.grid)  # before this proposal is stored
        if not args.dry_run:
            store_plan(journal, plan, datetime.now(tz))
        evaluation = None
        if args.evaluate:
            from balans.core.planning.demand import load_skills
            from balans.core.planning.evaluate import compare_plans, load_backlog
            from balans.core.simulation.switching import SwitchCost
            cost = SwitchCost(args.switch_cost, args.interruption_cost)
            evaluation = compare_plans(plan, seed=args.seed, stored=stored, cost=cost,
                                       backlog=load_backlog(journal, args.date, tz),
                                       runs=args.runs, skills=load_skills(journal))
    except PlanError as exc:
        raise CliError(str(exc)) from None
    finally:
        store.dispose()
    data = plan.to_json()
    if evaluation is not None:
        data["evaluation"] = evaluation.to_json()
        data["evaluation_note"] = (
            f" (mean of {evaluation.runs} days; a switch back to back office costs "
            f"{evaluation.cost.after_switch_s:g} s, an interrupted task "
            f"{evaluation.cost.after_interruption_s:g} s)")
    if args.json:
        json.dump(data, sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(format_plan(data, stored=not args.dry_run))
    return 0


def format_plan(data: dict, stored: bool) -> str:
    glyph = {"contact": "#", "backoffice": "=", "break": "."}
    intervals = data["intervals"]
    start = datetime.fromisoformat(intervals[0]["start"]) if intervals else None
    lines = [f"Plan for {data['date']} ({'stored' if stored else 'not stored'}; "
             f"forecast from {data['forecast']})", ""]
    if start is not None:
        hours = "".join(f"{(start.hour + (i // 4)) % 24:02d}  " if i % 4 == 0 else ""
                        for i in range(len(intervals)))
        lines.append(f"{'':12}{hours}")
    for emp in data["employees"]:
        row = [" "] * len(intervals)
        for block in emp["blocks"]:
            s = round((datetime.fromisoformat(block["start"]) - start).total_seconds() / 900)
            e = round((datetime.fromisoformat(block["end"]) - start).total_seconds() / 900)
            for i in range(s, e):
                row[i] = glyph[block["role"]]
        lines.append(f"{emp['employee'][:11]:12}{''.join(row)}   {emp['switches']} switch"
                     f"{'' if emp['switches'] == 1 else 'es'}")
    lines.append(f"{'needed':12}" + "".join(_digit(i["required"]) for i in intervals))
    lines.append(f"{'planned':12}" + "".join(_digit(i["planned"]) for i in intervals))
    lines += ["", "# contact   = back office   . break",
              f"shortfall {data['shortfall_minutes']} person-minutes, "
              f"{data['total_switches']} switches in all"
              f"{' (proven optimal)' if data.get('optimal') else ''}"]
    if data.get("backoffice_demand"):
        demand = data["backoffice_demand"]
        level = data.get("expected_service_level")
        lines += ["", f"Back office: {data['backoffice_hours_planned']:g} h planned against "
                  f"{demand['hours']:g} h of work today (inflow {demand['inflow_hours']:g} h, "
                  f"due or overdue {demand['due_hours']:g} h, other open "
                  f"{demand['other_open_hours']:g} h over {demand['days_to_clear']:g} days); "
                  "expected service level "
                  f"{'—' if level is None else format(level, '.0%')}, abandoned "
                  f"{data['expected_abandon_rate']:.0%}"]
    if len(data.get("tradeoff", [])) > 1:
        lines.append("Trade-off (pick one with --backoffice-hours):")
        for point in data["tradeoff"]:
            level = point["service_level"]
            price = point.get("customers_per_backoffice_quarter")
            lines.append(f"  back office {point['backoffice_hours']:5g} h   service level "
                         f"{'—' if level is None else format(level, '.0%'):>4}   abandoned "
                         f"{point['abandon_rate']:.0%}   short {point['shortfall_minutes']} "
                         "person-minutes   " + ("contact first" if price is None else
                                              f"a back-office quarter-hour worth {price:g} "
                                              "customers on time"))
    if "evaluation" in data:
        lines += ["", evaluation_table(data["evaluation"], data.get("evaluation_note", ""))]
    return "\n".join(lines) + "\n"


EVALUATION_ROWS = (
    ("service level", "service_level", "{:.1%}"), ("abandoned", "abandon_rate", "{:.1%}"),
    ("back office done (h)", "backoffice_hours_done", "{:.1f}"),
    ("backlog at day end (h)", "backlog_end_hours", "{:.1f}"),
    ("switches planned", "planned_switches", "{:g}"),
    ("switches on the day", "switches", "{:g}"),
    ("pulled into contact", "pulled_into_contact", "{:g}"),
    ("tasks interrupted", "interruptions", "{:g}"),
    ("lost to resuming (h)", "resumption_hours", "{:.1f}"),
)


def evaluation_table(evaluation: dict, note: str) -> str:
    """The plans side by side, one column each."""
    names = list(evaluation)
    width = max(14, *(len(n) for n in names))
    lines = [f"Simulated side by side, the same arrivals for every plan{note}:",
             f"  {'':24}" + "".join(f"{n:>{width + 2}}" for n in names)]
    for label, key, fmt in EVALUATION_ROWS:
        cells = ["—" if evaluation[n].get(key) is None else fmt.format(evaluation[n][key])
                 for n in names]
        lines.append(f"  {label:24}" + "".join(f"{c:>{width + 2}}" for c in cells))
    return "\n".join(lines)


def _digit(n: int) -> str:
    return str(n) if n < 10 else "+"
