"""Operator scripts: member import (all or nothing) and re-label export."""
from __future__ import annotations

import csv

from sqlalchemy import select

from bot.db import session_scope
from models import DepartmentLabel, Member, Ticket, utcnow
from scripts.export_labels import export
from scripts.import_members import import_members

from .conftest import member_with_conversation


def test_import_members_updates_profiles(app, tmp_path):
    path = tmp_path / "members.csv"
    path.write_text("openid,gender,city,city_tier,tags\no-1,女,上海,S,血压、结节\no-2,男,成都,A,\n", encoding="utf-8")
    assert import_members(path) == (2, [])
    with session_scope() as s:
        m = s.scalars(select(Member).where(Member.openid == "o-1")).one()
        assert (m.gender, m.city, m.city_tier, m.health_tags) == ("女", "上海", "S", ["血压", "结节"])


def test_import_with_a_bad_row_imports_nothing(app, tmp_path):
    path = tmp_path / "members.csv"
    path.write_text("openid,gender,city,city_tier,tags\no-1,女,上海,S,血压\no-2,男,成都,Z,吸烟\n", encoding="utf-8")
    count, problems = import_members(path)
    assert count == 0 and any("第 3 行" in p for p in problems)
    with session_scope() as s:
        assert s.scalars(select(Member)).first() is None


def test_export_labels_keeps_the_latest_per_ticket(app, tmp_path):
    with session_scope() as s:
        member, conv = member_with_conversation(s, "o-l")
        t = Ticket(member_id=member.id, conversation_id=conv.id, department="内科", priority="P2",
                   reason="no_answer", summary="牙龈老出血", sla_due_at=utcnow())
        s.add(t)
        s.flush()
        s.add_all([DepartmentLabel(ticket_id=t.id, text="牙龈老出血", old_department="内科", new_department="皮肤科"),
                   DepartmentLabel(ticket_id=t.id, text="牙龈老出血", old_department="皮肤科", new_department="口腔科")])
    out = tmp_path / "labels.csv"
    assert export(out) == 1
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert rows[0]["text"] == "牙龈老出血" and rows[0]["department"] == "口腔科"
