"""The simulated front office behind ``balans demo`` and plan evaluation."""
