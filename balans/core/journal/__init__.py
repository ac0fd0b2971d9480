"""The journal: events, validation, all-or-nothing appends, current state and the user's actions."""
