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
    p.add_argument("--seed", type=int, default=1, help="random seed for --evaluate")
    add_db_option(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from balans.core.planning.day import PlanError, propose_day, store_plan

    if args.min_block < 15 or args.min_block % 15:
        raise CliError("--min-block must be a multiple of 15 minutes")
    if args.time_limit <= 0:
        raise CliError("--time-limit must be greater than 0")
    tz = team_zone(args)
    store = store_from_args(args)
    journal = Journal(store)
    try:
        plan = propose_day(journal, args.date, tz, min_block=args.min_block // 15,
                           time_limit_s=args.time_limit)
        if not args.dry_run:
            store_plan(journal, plan, datetime.now(tz))
        evaluation = None
        if args.evaluate:
            from balans.core.planning.evaluate import compare_plans

            evaluation = compare_plans(plan, seed=args.seed)
    except PlanError as exc:
        raise CliError(str(exc)) from None
    finally:
        store.dispose()
    data = plan.to_json()
    if evaluation is not None:
        data["evaluation"] = evaluation.to_json()
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
    if "evaluation" in data:
        lines += ["", "Simulated (same arrivals for both plans):"]
        for name, figures in data["evaluation"].items():
            lines.append(f"  {name:24} " + ", ".join(f"{k} {v}" for k, v in figures.items()))
    return "\n".join(lines) + "\n"


def _digit(n: int) -> str:
    return str(n) if n < 10 else "+"
