"""The daily routine: what is new or changed since the previous working day."""
