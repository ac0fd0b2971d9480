"""Staffing: Erlang C and Erlang A, and the forecast of demand from history."""
