"""The live board: queues, backlog, who does what now, suggestions."""
