"""The team and its roster: members with their channels, shifts per week, roster CSV imports."""
