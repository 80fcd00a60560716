"""Batch jobs: a specialist's work over every row of a table (`kogata batch`)."""
