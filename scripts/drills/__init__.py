"""Fault drills: each starts its own servers on loopback ports, runs bounded load, injects one fault and checks
the outcome in PostgreSQL. Run one with `python scripts/drills/<name>.py`; `make bench` runs them all."""
