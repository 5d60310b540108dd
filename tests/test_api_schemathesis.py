"""schemathesis against /api/openapi.json over real HTTP, signed in as an admin: no request may end in a 5xx."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import requests

from .test_queue import PASSWORD, make_ticket, make_user

CLI = Path(sys.executable).with_name("schemathesis")


@pytest.fixture
def backend(tmp_path):  # type: ignore[no-untyped-def]
    """The embedded backend is enough: this test is about the API's input handling."""
    return {"DATABASE_URL": f"sqlite:///{tmp_path / 'test.db'}", "REDIS_URL": "", "AUTO_MIGRATE": True}


@pytest.mark.skipif(not CLI.exists(), reason="schemathesis is not installed (pip install -r requirements-dev.txt)")
def test_no_server_errors_for_generated_requests(live_server, tmp_path):
    make_user("st-admin", "admin")
    make_ticket("o-st", "膝盖疼")
    http = requests.Session()
    res = http.post(live_server + "/api/login", json={"username": "st-admin", "password": PASSWORD})
    assert res.status_code == 200
    cookie = "; ".join(f"{c.name}={c.value}" for c in http.cookies)
    run = subprocess.run(
        [str(CLI), "run", live_server + "/api/openapi.json", "-H", f"Cookie: {cookie}",
         "-H", f"X-CSRF-Token: {res.json()['csrf_token']}", "-c", "not_a_server_error", "-n", "15",
         "--seed", "7", "--generation-deterministic", "--request-timeout", "10"],
        capture_output=True, text=True, timeout=300, cwd=tmp_path, env={**os.environ, "NO_COLOR": "1"})
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-2000:]
