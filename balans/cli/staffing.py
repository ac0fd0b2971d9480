"""``balans staffing``: agents needed per interval (Erlang C, or Erlang A with --patience)."""
from __future__ import annotations

import argparse
import csv
import io
import json
import math
from pathlib import Path
from typing import Any

from balans.cli.common import CliError
from balans.core.staffing.erlang import StaffingDay, staff_day


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "staffing", help="agents needed per interval to meet a service level (Erlang C/A)",
        description="The least agents per interval that answer --target of the calls within "
                    "--within seconds, without going over --max-occupancy. Erlang C assumes "
                    "nobody hangs up; give --patience for Erlang A.")
    source = p.add_mutually_exclusive_group()
    source.add_argument("--arrivals", metavar="FILE.csv",
                        help="CSV with a header row and columns start,arrivals (calls per "
                             "interval; start is a label, kept as it is)")
    source.add_argument("--calls", type=float, metavar="N", help="calls in a single interval")
    p.add_argument("--aht", type=float, required=True, metavar="SECONDS",
                   help="average handling time per call")
    p.add_argument("--interval", type=float, default=15.0, metavar="MINUTES",
                   help="interval length (default 15)")
    p.add_argument("--target", type=float, default=0.8, metavar="FRACTION",
                   help="share of calls to answer within --within (default 0.8)")
    p.add_argument("--within", type=float, default=20.0, metavar="SECONDS",
                   help="target wait (default 20)")
    p.add_argument("--patience", type=float, metavar="SECONDS",
                   help="mean time callers wait before hanging up: use Erlang A")
    p.add_argument("--max-occupancy", type=float, default=1.0, metavar="FRACTION",
                   help="highest share of agent time spent on calls (default 1.0)")
    p.add_argument("--shrinkage", type=float, default=0.0, metavar="FRACTION",
                   help="share of paid time not available for calls; adds positions (default 0)")
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    _check_args(args)
    if args.arrivals is not None:
        starts, arrivals = read_arrivals(Path(args.arrivals))
    elif args.calls is not None:
        starts, arrivals = [None], [args.calls]
    else:
        raise CliError("give the calls: --arrivals FILE.csv for a day, or --calls N for one "
                       "interval")
    try:
        day = staff_day(arrivals, aht_s=args.aht, interval_s=args.interval * 60,
                        target=args.target, within_s=args.within, patience_s=args.patience,
                        max_occupancy=args.max_occupancy, shrinkage=args.shrinkage)
    except ValueError as exc:  # the checks above should have caught it; say it plainly anyway
        raise CliError(str(exc)) from None
    if args.json:
        print(json.dumps(_as_json(args, starts, day), indent=2))
    else:
        print(_as_text(args, starts, day))
    return 0


def read_arrivals(path: Path) -> tuple[list[str], list[float]]:
    """The start labels and arrivals of a CSV file, or a CliError naming the file and line.

    Commas or semicolons (as spreadsheets in comma-decimal locales write them, with "12,5").
    """
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise CliError(f"{path}: no such file") from None
    except UnicodeDecodeError:
        raise CliError(f"{path}: not a UTF-8 text file") from None
    except OSError as exc:
        raise CliError(f"{path}: cannot read it ({exc.strerror or exc})") from None
    if not text.strip():
        raise CliError(f"{path}: the file is empty (it needs a header row start,arrivals)")
    header = text.split("\n", 1)[0]
    delimiter = ";" if header.count(";") > header.count(",") else ","
    reader = csv.DictReader(io.StringIO(text), delimiter=delimiter)
    columns = {(name or "").strip().lower(): name for name in reader.fieldnames or []}
    for needed in ("start", "arrivals"):
        if needed not in columns:
            raise CliError(f"{path}: no '{needed}' column (the first row must name the columns "
                           f"start,arrivals)")
    starts: list[str] = []
    arrivals: list[float] = []
    for row in reader:
        where = f"{path}, line {reader.line_num}"
        raw = (row.get(columns["arrivals"]) or "").strip()
        if not raw:
            raise CliError(f"{where}: arrivals is empty")
        try:
            value = float(raw.replace(",", ".") if delimiter == ";" else raw)
        except ValueError:
            raise CliError(f"{where}: arrivals {raw!r} is not a number") from None
        if not math.isfinite(value) or value < 0:
            raise CliError(f"{where}: arrivals must be a number of 0 or more, not {raw!r}")
        starts.append((row.get(columns["start"]) or "").strip())
        arrivals.append(value)
    if not arrivals:
        raise CliError(f"{path}: no intervals below the header row")
    return starts, arrivals


def _check_args(args: argparse.Namespace) -> None:
    """One clear sentence per bad number, naming the option."""
    def bad(option: str, rule: str, value: float) -> CliError:
        return CliError(f"{option} must be {rule} (got {value:g})")

    if args.calls is not None and not (math.isfinite(args.calls) and args.calls >= 0):
        raise bad("--calls", "a number of 0 or more", args.calls)
    if not (math.isfinite(args.aht) and args.aht > 0):
        raise bad("--aht", "more than 0 seconds", args.aht)
    if not (math.isfinite(args.interval) and args.interval > 0):
        raise bad("--interval", "more than 0 minutes", args.interval)
    if not 0 <= args.target < 1:
        raise bad("--target", "a fraction from 0 up to (not including) 1, e.g. 0.8",
                  args.target)
    if not (math.isfinite(args.within) and args.within >= 0):
        raise bad("--within", "0 seconds or more", args.within)
    if args.patience is not None and not (math.isfinite(args.patience) and args.patience > 0):
        raise bad("--patience", "more than 0 seconds", args.patience)
    if not 0 < args.max_occupancy <= 1:
        raise bad("--max-occupancy", "a fraction above 0 and at most 1, e.g. 0.85",
                  args.max_occupancy)
    if not 0 <= args.shrinkage < 1:
        raise bad("--shrinkage", "a fraction from 0 up to (not including) 1, e.g. 0.3",
                  args.shrinkage)


def _model(args: argparse.Namespace) -> str:
    return "erlang-c" if args.patience is None else "erlang-a"


def _as_json(args: argparse.Namespace, starts: list[str | None],
             day: StaffingDay) -> dict[str, Any]:
    intervals = [{"start": start, **row} for start, row in zip(starts, day.rows())]
    parameters = {"aht_s": args.aht, "interval_s": args.interval * 60, "target": args.target,
                  "within_s": args.within, "patience_s": args.patience,
                  "max_occupancy": args.max_occupancy, "shrinkage": args.shrinkage}
    return {"model": _model(args), "parameters": parameters, "intervals": intervals,
            **day.totals()}


def _as_text(args: argparse.Namespace, starts: list[str | None], day: StaffingDay) -> str:
    erlang_a = args.patience is not None
    shrink = args.shrinkage > 0
    lines = [f"{'Erlang A' if erlang_a else 'Erlang C'}: {args.target:.0%} answered within "
             f"{args.within:g} s, AHT {args.aht:g} s, {args.interval:g}-minute intervals"
             + (f", patience {args.patience:g} s" if erlang_a else "")
             + (f", occupancy at most {args.max_occupancy:.0%}" if args.max_occupancy < 1 else "")
             + (f", shrinkage {args.shrinkage:.0%}" if shrink else "")]
    head = ["start", "arrivals", "agents", "service", "ASA s", "occupancy"]
    head += ["abandoned"] * erlang_a + ["positions"] * shrink
    table = [head]
    for start, row in zip(starts, day.rows()):
        cells = [start or "-", f"{row['arrivals']:g}", str(row["agents"]),
                 f"{row['service_level']:.1%}", f"{row['asa_s']:.1f}", f"{row['occupancy']:.1%}"]
        if erlang_a:
            cells.append(f"{row['abandon_rate']:.1%}")
        if shrink:
            cells.append(str(row["positions"]))
        table.append(cells)
    widths = [max(len(r[i]) for r in table) for i in range(len(head))]
    for r in table:
        lines.append("  ".join([r[0].ljust(widths[0])]
                               + [c.rjust(w) for c, w in zip(r[1:], widths[1:])]))
    t = day.totals()
    summary = (f"day: {t['arrivals']:g} calls, peak {t['peak_agents']} agents, "
               f"{t['agent_hours']:g} agent-hours, service level {t['service_level']:.1%}, "
               f"ASA {t['asa_s']:.1f} s, occupancy {t['occupancy']:.1%}")
    if erlang_a:
        summary += f", abandoned {t['abandon_rate']:.1%}"
    if shrink:
        summary += f", peak {t['peak_positions']} positions ({t['position_hours']:g} hours)"
    if len(day) > 1:
        lines.append(summary)
    return "\n".join(lines)
