"""The demo office's people, contact reasons and texts: plain data the simulator works from.

Each employee has a weekly pattern of shifts and a few habits. The habits are what make the demo
journal look like a real front office: some people start admin between customers, some flip their
mode back and forth while doing so, some leave tasks running instead of pausing them.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from balans.core.i18n import QT_TRANSLATE_NOOP

MON, TUE, WED, THU, FRI = range(5)
ALL_WEEK = (MON, TUE, WED, THU, FRI)


@dataclass(frozen=True, slots=True)
class Member:
    """One team member of the simulation."""

    id: str
    name: str
    channels: tuple[str, ...]     # live channels first, in the order they are served
    shift: tuple[float, float]    # local hours, e.g. (8.0, 16.5)
    weekdays: tuple[int, ...] = ALL_WEEK
    admin_habit: float = 0.0      # chance per quiet moment in contact mode to start some admin
    toggles: bool = False         # sets the mode to back office for that admin, and back
    pause_rate: float = 0.6       # chance to pause a task properly when leaving it
    absence: float = 0.04         # chance to be away (leave, sick) on a working day

    @property
    def home(self) -> str:
        return self.channels[0]


@dataclass(frozen=True, slots=True)
class Reason:
    """A contact reason in the customer's words, with how it usually ends."""

    id: str
    label: str
    demand: str                         # "value" or "failure"
    weights: dict[str, float]           # relative frequency per channel
    resolved: float                     # chance of "resolved"
    follow_up: float                    # chance of a follow-up task; otherwise "referred"
    task: tuple[str, str, float]        # (title template, kind, mean estimate in minutes)


@dataclass(frozen=True, slots=True)
class Team:
    members: tuple[Member, ...]
    reasons: tuple[Reason, ...]
    by_id: dict[str, Member] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_id", {m.id: m for m in self.members})


# Seventeen people, fourteen or fifteen on a day (everyone on Monday). The brief's volumes need
# that many: 650 calls of 290 s keep eight to eleven people on the phones all day (Erlang A,
# patience 90 s), the counter three to four, chat one, and the backlog one or two more. Most
# start at 08:00 because the phones peak right after opening; breaks fall in the lunch dip.
MEMBERS = (
    Member("anna", "Anna", ("phone", "chat", "email"), (8.0, 16.5), pause_rate=0.8),
    Member("bram", "Bram", ("phone",), (8.0, 16.5), admin_habit=0.08, pause_rate=0.3),
    Member("daan", "Daan", ("phone", "counter"), (8.5, 17.0), pause_rate=0.5),
    Member("eva", "Eva", ("counter", "phone", "chat"), (8.0, 12.5), (MON, TUE, THU, FRI)),
    Member("fleur", "Fleur", ("counter", "phone"), (8.5, 17.0), admin_habit=0.3, toggles=True,
           pause_rate=0.2),
    Member("jesse", "Jesse", ("phone",), (8.0, 12.5), (MON, WED, THU, FRI)),
    Member("joost", "Joost", ("counter", "phone"), (8.5, 17.0), (MON, TUE, WED, THU),
           admin_habit=0.1),
    Member("kim", "Kim", ("chat", "phone"), (8.0, 16.5), (MON, TUE, WED, FRI)),
    Member("lieke", "Lieke", ("phone", "chat"), (8.5, 17.0), (MON, WED, THU, FRI),
           admin_habit=0.04),
    Member("lotte", "Lotte", ("chat", "phone", "email"), (12.5, 17.0), (MON, TUE, WED, THU)),
    Member("milan", "Milan", ("phone", "email"), (8.0, 16.5), (MON, TUE, WED, THU),
           pause_rate=0.4),
    Member("noor", "Noor", ("counter", "phone"), (8.5, 13.0), (MON, TUE, WED, FRI),
           admin_habit=0.15),
    Member("ruben", "Ruben", ("phone",), (8.0, 16.5), pause_rate=0.7),
    Member("sanne", "Sanne", ("phone", "chat", "email"), (8.5, 17.0), admin_habit=0.05),
    Member("sem", "Sem", ("phone",), (12.5, 17.0), (MON, TUE, THU, FRI)),
    Member("thijs", "Thijs", ("phone", "email"), (8.5, 17.0), (MON, TUE, THU, FRI),
           pause_rate=0.5),
    Member("youssef", "Youssef", ("counter", "phone"), (8.0, 16.5), (MON, TUE, WED, FRI)),
)

# The labels go to the journal in the language of the app that creates the demo (English from
# the command line): balans.core.simulation.generate.team_events.
REASONS = (
    # failure demand: the customer contacts us because something was not done, or not right
    Reason("permit-status", QT_TRANSLATE_NOOP("DemoReasons", "Where is my permit?"), "failure",
           {"phone": 7, "chat": 2, "email": 2, "counter": 1}, 0.45, 0.15,
           (QT_TRANSLATE_NOOP("DemoTasks", "Call back {who} about the status of the permit"),
            "callback", 10)),
    Reason("letter-missing", QT_TRANSLATE_NOOP("DemoReasons", "Didn't receive the letter"),
           "failure",
           {"phone": 5, "chat": 2, "email": 2, "counter": 2}, 0.55, 0.14,
           (QT_TRANSLATE_NOOP("DemoTasks", "Resend the letter to {who}"), "case", 8)),
    Reason("tax-amount", QT_TRANSLATE_NOOP("DemoReasons", "Wrong amount on the tax bill"),
           "failure",
           {"phone": 6, "chat": 1, "email": 2, "counter": 1}, 0.35, 0.15,
           (QT_TRANSLATE_NOOP("DemoTasks", "Check the tax assessment of {who}"), "case", 20)),
    Reason("bin-missed", QT_TRANSLATE_NOOP("DemoReasons", "My bin wasn't emptied"), "failure",
           {"phone": 5, "chat": 2, "email": 1}, 0.60, 0.09,
           (QT_TRANSLATE_NOOP("DemoTasks", "Report missed collection for {who} to the waste service"),
            "case", 6)),
    Reason("no-callback", QT_TRANSLATE_NOOP("DemoReasons", "Nobody called me back"), "failure",
           {"phone": 3, "chat": 1, "email": 1}, 0.40, 0.20,
           (QT_TRANSLATE_NOOP("DemoTasks", "Call back {who} (second request)"), "callback", 12)),
    Reason("form-unclear", QT_TRANSLATE_NOOP("DemoReasons", "I don't understand the form"),
           "failure",
           {"phone": 3, "chat": 2, "counter": 2, "email": 1}, 0.70, 0.05,
           (QT_TRANSLATE_NOOP("DemoTasks", "Send {who} an explanation of the form"), "case", 10)),
    # value demand: what the municipality is there for
    Reason("passport", QT_TRANSLATE_NOOP("DemoReasons", "Apply for passport"), "value",
           {"phone": 7, "counter": 10, "chat": 2}, 0.75, 0.02,
           (QT_TRANSLATE_NOOP("DemoTasks", "Passport appointment for {who}"), "admin", 5)),
    Reason("street-light", QT_TRANSLATE_NOOP("DemoReasons", "Report a broken street light"),
           "value",
           {"phone": 7, "chat": 3, "email": 2}, 0.80, 0.02,
           (QT_TRANSLATE_NOOP("DemoTasks", "Forward street-light report from {who}"), "case", 5)),
    Reason("move", QT_TRANSLATE_NOOP("DemoReasons", "Register a move"), "value",
           {"phone": 6, "counter": 6, "chat": 2, "email": 2}, 0.65, 0.03,
           (QT_TRANSLATE_NOOP("DemoTasks", "Process the move registration of {who}"), "case", 15)),
    Reason("parking-permit", QT_TRANSLATE_NOOP("DemoReasons", "Request a parking permit"), "value",
           {"phone": 6, "counter": 2, "chat": 2, "email": 3}, 0.60, 0.04,
           (QT_TRANSLATE_NOOP("DemoTasks", "Parking permit application of {who}"), "case", 15)),
    Reason("bulky-waste", QT_TRANSLATE_NOOP("DemoReasons", "Book a bulky waste pickup"), "value",
           {"phone": 7, "chat": 2, "email": 2}, 0.80, 0.01,
           (QT_TRANSLATE_NOOP("DemoTasks", "Book bulky waste pickup for {who}"), "admin", 5)),
    Reason("birth", QT_TRANSLATE_NOOP("DemoReasons", "Register a birth"), "value",
           {"phone": 2, "counter": 5}, 0.85, 0.02,
           (QT_TRANSLATE_NOOP("DemoTasks", "Complete the birth registration of {who}"),
            "case", 15)),
)

SURNAMES = ("De Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "De Boer", "Mulder",
            "De Groot", "Bos", "Vos", "Peters", "Hendriks", "Van Leeuwen", "Dekker", "Brouwer",
            "De Wit", "Dijkstra", "Smits", "De Graaf", "Van der Meer", "Kok", "Jacobs", "Yilmaz",
            "El Amrani", "Nguyen", "Van Dijk", "Willems", "Kaya", "Postma")

# Work that lands on the team without a contact: (title, estimate in minutes). Like the reasons,
# task titles and obstacles are written in the language of the app that makes the demo.
DAILY_ADMIN = (
    (QT_TRANSLATE_NOOP("DemoTasks", "Scan and register the incoming post"), 30),
    (QT_TRANSLATE_NOOP("DemoTasks", "Process returned letters"), 20),
    (QT_TRANSLATE_NOOP("DemoTasks", "Check passport appointment no-shows"), 15),
    (QT_TRANSLATE_NOOP("DemoTasks", "Update the FAQ on waste collection"), 25),
    (QT_TRANSLATE_NOOP("DemoTasks", "Answer messages in the shared mailbox of the council"), 20),
    (QT_TRANSLATE_NOOP("DemoTasks", "Tidy up the callback list"), 15),
)

# Obstacles: (text, earliest hour, latest hour, handling-time factor afterwards).
OBSTACLES = (
    (QT_TRANSLATE_NOOP("DemoObstacles", "Printer at counter 2 jams"), 9.5, 15.5, 1.0),
    (QT_TRANSLATE_NOOP("DemoObstacles", "Case system slow after 14:00"), 14.1, 15.0, 1.15),
    (QT_TRANSLATE_NOOP("DemoObstacles", "Headset keeps dropping calls"), 8.5, 16.0, 1.0),
    (QT_TRANSLATE_NOOP("DemoObstacles", "No access to the tax system this morning"),
     8.6, 11.0, 1.1),
    (QT_TRANSLATE_NOOP("DemoObstacles", "Knowledge base article on parking permits is outdated"),
     9.0, 16.0, 1.0),
    (QT_TRANSLATE_NOOP("DemoObstacles", "Appointment system double-books passport slots"),
     9.0, 15.0, 1.0),
    (QT_TRANSLATE_NOOP("DemoObstacles", "Scanner in the back office is broken"),
     8.5, 15.0, 1.0),
    (QT_TRANSLATE_NOOP("DemoObstacles", "Callback list in the case system shows the wrong owner"),
     9.0, 16.0, 1.0),
)


def default_team() -> Team:
    return Team(MEMBERS, REASONS)
