"""Import member profiles from the service's member list (CSV or XLSX), all or nothing.

    python scripts/import_members.py members.csv
Columns: openid (required), gender (男/女), city, city_tier (S/A/B/C), tags (separated by 、 , ; or spaces,
from 血压 超重 高脂 家族 饮酒 结节 乳腺 甲状腺 增生), display_name. Existing members are updated.
"""
from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import select  # noqa: E402

from bot import create_app  # noqa: E402
from bot.db import session_scope  # noqa: E402
from models import CITY_TIERS, HEALTH_TAGS, Member  # noqa: E402

SPLIT = re.compile(r"[、,;，；\s]+")


def read_rows(path: Path) -> list[dict[str, str]]:
    """Rows of a CSV or XLSX file as dicts of strings."""
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        from openpyxl import load_workbook

        sheet = load_workbook(path, read_only=True).active
        values = [[("" if c is None else str(c)).strip() for c in row] for row in sheet.iter_rows(values_only=True)]
        header, body = values[0], values[1:]
        return [dict(zip(header, row)) for row in body]
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(fh)]


def validate(row: dict[str, str]) -> tuple[dict[str, object], list[str]]:
    """A clean profile and the problems found in one row."""
    errors: list[str] = []
    openid = row.get("openid", "")
    if not openid:
        errors.append("openid 为空")
    gender = row.get("gender") or None
    if gender not in (None, "男", "女"):
        errors.append(f"性别应为 男/女：{gender}")
    tier = (row.get("city_tier") or "").upper() or None
    if tier not in (None, *CITY_TIERS):
        errors.append(f"城市等级应为 S/A/B/C：{tier}")
    tags = [t for t in SPLIT.split(row.get("tags", "")) if t]
    unknown = [t for t in tags if t not in HEALTH_TAGS]
    if unknown:
        errors.append(f"未知标签：{'、'.join(unknown)}")
    profile = {"openid": openid, "gender": gender, "city": row.get("city") or None, "city_tier": tier,
               "health_tags": tags, "display_name": row.get("display_name") or None}
    return profile, errors


def import_members(path: Path) -> tuple[int, list[str]]:
    """Import every row or none; returns (rows imported, errors by row number)."""
    problems: list[str] = []
    profiles = []
    for number, row in enumerate(read_rows(path), start=2):
        profile, errors = validate(row)
        problems += [f"第 {number} 行：{e}" for e in errors]
        profiles.append(profile)
    if problems:
        return 0, problems
    with session_scope() as session:
        for profile in profiles:
            member = session.scalars(select(Member).where(Member.openid == profile["openid"])).first()
            if member is None:
                member = Member(openid=profile["openid"], subscribed=True)
                session.add(member)
            for key, value in profile.items():
                setattr(member, key, value)
    return len(profiles), []


def main() -> int:
    """Command-line entry point."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("file", type=Path)
    args = ap.parse_args()
    create_app({"RUN_OUTBOX_IN_PROCESS": False})
    count, problems = import_members(args.file)
    if problems:
        print("nothing imported; fix these rows:", *problems, sep="\n  ", file=sys.stderr)
        return 1
    print(f"imported {count} members")
    return 0


if __name__ == "__main__":
    sys.exit(main())
