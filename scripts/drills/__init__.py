"""Fault drills: each starts its own servers on loopback ports, runs bounded load, injects one fault and checks
the outcome in PostgreSQL. Run one with `python scripts/drills/<name>.py`, all with `python scripts/drills/run_all.py`."""
