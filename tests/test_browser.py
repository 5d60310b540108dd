"""The console in headless Chromium (Debian's, driven by Playwright) against the live server and fake WeChat.

Screenshots go to test-artifacts/ (1366x768, a laptop screen).
"""
from __future__ import annotations

import hashlib
import json
import re
import shutil
import time
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from bot import outbound
from bot.db import session_scope
from models import Ticket
from scripts.simulate import message_xml

from .conftest import REQUIRE_SERVICES, ROOT
from .test_api import ENTRY
from .test_queue import PASSWORD, make_ticket, make_user
from .test_webhook import UNCOVERED

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = ROOT / "test-artifacts"
VIEWPORT = {"width": 1366, "height": 768}

if not Path(CHROMIUM).exists():
    message = f"{CHROMIUM} is not installed (apt-get install chromium); browser tests need it"
    if REQUIRE_SERVICES:
        raise RuntimeError(message)
    pytest.skip(message, allow_module_level=True)

sync_api = pytest.importorskip("playwright.sync_api")


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    """One headless Chromium for the module."""
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=[
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync"])
        yield b
        b.close()


@pytest.fixture(scope="module")
def model_dir(request: pytest.FixtureRequest) -> Path:
    """A small embedding model trained on the seed phrasings, as the KB tests do; kept in pytest's cache
    (keyed by the seed content), so only the first run pays the training time."""
    from knowledge_base.seed import seed_groups
    from knowledge_base.training import TrainConfig, train

    groups = seed_groups()
    key = hashlib.sha256(json.dumps(groups, ensure_ascii=False, sort_keys=True, default=str).encode()).hexdigest()
    out = Path(request.config.cache.mkdir("console-embedder")) / key[:16]
    if not (out / ".built").exists():
        shutil.rmtree(out, ignore_errors=True)
        train(groups, out, TrainConfig(max_epochs=8, patience=2, final_fit=False), verbose=False)
        (out / ".built").touch()
    return out


@pytest.fixture
def backend(tmp_path: Path, model_dir: Path) -> dict[str, object]:
    """The embedded backend (the other backend is covered by the API tests), our model, a private index."""
    return {"DATABASE_URL": f"sqlite:///{tmp_path / 'test.db'}", "REDIS_URL": "", "AUTO_MIGRATE": True,
            "EMBEDDING_MODEL": str(model_dir), "KB_INDEX_PATH": str(tmp_path / "kb_index"),
            "CONSOLE_POLL_MS": 1000}


@pytest.fixture
def worker(app) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """The outbox worker as a background thread, as in the embedded setup."""
    outbound.start_in_process(app)
    yield
    outbound.stop_in_process()


@pytest.fixture
def page(browser, live_server: str):  # type: ignore[no-untyped-def]
    """A fresh browser context (own cookies) at laptop size; dialogs are accepted."""
    ARTIFACTS.mkdir(exist_ok=True)
    context = browser.new_context(viewport=VIEWPORT, locale="zh-CN", timezone_id="Asia/Shanghai")
    context.set_default_timeout(10_000)
    pg = context.new_page()
    pg.on("dialog", lambda d: d.accept())
    yield pg
    context.close()


def login(page, base: str, username: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(base + "/console/login")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")


def shot(page, name: str) -> None:  # type: ignore[no-untyped-def]
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"))


def wait_until(check, timeout: float = 10.0) -> None:  # type: ignore[no-untyped-def]
    end = time.monotonic() + timeout
    while not check():
        if time.monotonic() > end:
            raise AssertionError("condition not met in time")
        time.sleep(0.1)


def test_login_claim_reply_resolve_and_rating(page, live_server, wx, fake_wechat, worker):  # type: ignore[no-untyped-def]
    make_user("alice")
    # Already waiting: a child's fever past its response time, and an emergency (P0) from WeChat.
    make_ticket("o-waiting", text="孩子发烧两天了，今天退了又烧起来", priority="P1", department="儿科",
                age=timedelta(hours=3), due_in=timedelta(hours=1))
    wx.post(message_xml("o-emergency", "text", "我爸胸口剧痛满头大汗"))
    login(page, live_server, "alice")
    page.wait_for_url(re.compile(r"/console/queue$"))
    page.locator("#rows tr.breached", has_text="发烧").wait_for()
    assert page.locator("#rows tr").first.locator(".pri").inner_text() == "P0"

    # A member writes in WeChat: the ticket appears without a reload.
    status, reply, _ = wx.post(message_xml("o-browser", "text", UNCOVERED))
    assert status == 200 and "健康顾问" in reply
    row = page.locator("#rows tr", has_text="膝盖")
    row.wait_for()
    assert "待认领" in row.inner_text() and page.locator("[data-count=unassigned]").inner_text() == "3"
    shot(page, "01-queue")

    row.locator("button[data-claim]").click()
    page.wait_for_url(re.compile(r"/console/tickets/\d+$"))
    page.locator(".side", has_text="处理中").wait_for()
    page.locator(".msg.member", has_text="膝盖").wait_for()
    page.locator(".msg.bot").first.wait_for()  # the bot's answer is part of the history

    page.select_option("#canned", label="问候")
    assert "健康顾问" in page.input_value("#text")
    page.fill("#text", "您好，我是健康顾问小王。膝盖响多久了？上下楼时疼不疼？")
    page.click("#send-btn")
    page.locator(".msg.advisor .pill", has_text="已发送").wait_for()
    sent = fake_wechat.wait_for(1)
    assert sent[-1]["touser"] == "o-browser" and "健康顾问小王" in sent[-1]["text"]["content"]

    page.click(".msg.advisor button[data-draft]")
    page.locator("#toast", has_text="已生成草稿条目").wait_for()

    page.fill("#text", "会员可能需要骨科面诊")
    page.click("#note-btn")
    page.locator(".msg.note", has_text="骨科面诊").wait_for()

    # The member answers: it joins the ticket and shows up by itself.
    wx.post(message_xml("o-browser", "text", "大概两个月了，上楼时有点疼"))
    page.locator(".msg.member", has_text="两个月").wait_for()
    shot(page, "02-conversation")

    page.click("button[data-act=resolve]")
    page.locator(".side", has_text="已结束").wait_for()
    wait_until(lambda: any("1–5" in m["text"]["content"] for m in fake_wechat.sent))
    _, thanks, _ = wx.post(message_xml("o-browser", "text", "5"))
    assert "感谢" in thanks
    with session_scope() as db:
        ticket = db.scalars(select(Ticket).where(Ticket.summary == UNCOVERED)).one()
        assert ticket.status == "resolved" and ticket.rating == 5 and ticket.first_response_at is not None
    page.locator(".side", has_text="5 分").wait_for()
    shot(page, "03-resolved")

    page.goto(live_server + "/console/stats")
    assert "5.00" in page.locator("table").inner_text()


def test_editor_publishes_and_the_bot_answers_with_it(page, live_server, wx, app):  # type: ignore[no-untyped-def]
    from knowledge_base import runtime, store
    from knowledge_base.seed import load_seed

    load_seed(publish=True)
    runtime.rebuild(store.published_docs(), progress=False)
    question = ENTRY["similar"][1]
    _, before, _ = wx.post(message_xml("o-kb", "text", question))
    assert ENTRY["answer"][:20] not in before

    make_user("ed", "editor")
    login(page, live_server, "ed")
    page.wait_for_url(re.compile(r"/console/kb$"))
    page.click("text=新建条目")
    page.fill("input[name=question]", ENTRY["question"])
    page.fill("textarea[name=similar]", "\n".join(ENTRY["similar"]))
    page.fill("textarea[name=answer]", ENTRY["answer"])
    page.select_option("select[name=topic]", ENTRY["topic"])
    page.select_option("select[name=department]", ENTRY["department"])
    page.fill("input[name=note]", "新增：体检前夜宵")
    page.click("#entry-form button[type=submit]")
    page.locator(".flash", has_text="已保存草稿").wait_for()
    page.click("#publish-btn")
    page.locator(".flash", has_text="已发布").wait_for()
    shot(page, "04-kb-entry")
    page.click("text=差异")
    page.locator(".diff").wait_for()
    shot(page, "05-kb-diff")

    _, after, _ = wx.post(message_xml("o-kb2", "text", question))
    assert ENTRY["answer"][:20] in after

    wx.post(message_xml("o-kb3", "text", "我右边膝盖上下楼梯有响声"))
    wx.post(message_xml("o-kb4", "text", "右膝盖蹲起的时候咔咔响"))
    page.goto(live_server + "/console/kb/unanswered")
    page.locator("h1", has_text="未回答问题").wait_for()
    shot(page, "06-unanswered")


def test_screens_fit_a_laptop(page, live_server):  # type: ignore[no-untyped-def]
    """No page scrolls sideways at 1366 px."""
    make_user("root", "admin")
    page.goto(live_server + "/console/login")
    shot(page, "00-login")
    login(page, live_server, "root")
    page.wait_for_url(re.compile(r"/console/queue$"))
    for path, name in (("/console/queue", None), ("/console/kb", None), ("/console/users", "07-users"),
                       ("/console/audit", "08-audit"), ("/console/stats", None)):
        page.goto(live_server + path)
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= VIEWPORT["width"], (path, width)
        if name:
            shot(page, name)
