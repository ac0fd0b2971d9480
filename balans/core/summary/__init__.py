"""The end-of-day summary: the figures, their exact interval arithmetic, text and CSV."""
