"""Reusable widgets of the desktop panels."""
