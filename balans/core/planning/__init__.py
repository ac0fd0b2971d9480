"""Role plans: the rules, the optimiser, the quick preview, a real day's plan and its evaluation."""
