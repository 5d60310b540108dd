"""Export advisors' department re-labels as training data for scripts/train_classifier.py --extra.

    python scripts/export_labels.py labels.csv           # columns: text, department, old_department, ticket_id, labelled_at
    python scripts/train_classifier.py --extra labels.csv
Only the latest re-label of each ticket is exported.
"""
from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import select  # noqa: E402

from bot import create_app  # noqa: E402
from bot.db import session_scope  # noqa: E402
from models import DepartmentLabel  # noqa: E402


def export(path: Path) -> int:
    """Write the latest re-label per ticket; returns the row count."""
    with session_scope() as session:
        latest: dict[int, DepartmentLabel] = {}
        for label in session.scalars(select(DepartmentLabel).order_by(DepartmentLabel.id)):
            latest[label.ticket_id] = label
        rows = [(lab.text, lab.new_department, lab.old_department, lab.ticket_id, lab.created_at.isoformat())
                for lab in latest.values() if lab.text.strip()]
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["text", "department", "old_department", "ticket_id", "labelled_at"])
        writer.writerows(rows)
    return len(rows)


def main() -> int:
    """Command-line entry point."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", type=Path, help="CSV file to write")
    args = ap.parse_args()
    create_app({"RUN_OUTBOX_IN_PROCESS": False})
    count = export(args.out)
    print(f"exported {count} re-labelled questions to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
