"""Contacts from other systems: telephony/ACD and queue-ticket exports, read through a column
mapping saved per source."""
