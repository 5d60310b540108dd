/* Console pages: the queue and the conversation view load from the JSON API and poll it for changes. */
"use strict";

const Console = (() => {
  const csrf = () => document.querySelector('meta[name="csrf-token"]').content;
  const TZ = document.body.dataset.tz || "Asia/Shanghai";
  const POLL_MS = Number(document.body.dataset.pollMs) || 3000; // how often pages ask the API for changes
  let clockOffset = 0; // server time minus browser time, in ms

  async function api(method, url, data) {
    const opts = { method, headers: { "Accept": "application/json" }, credentials: "same-origin" };
    if (method !== "GET") {
      opts.headers["X-CSRF-Token"] = csrf();
      opts.headers["Content-Type"] = "application/json";
      opts.body = JSON.stringify(data || {});
    }
    const res = await fetch(url, opts);
    if (res.status === 401) { location.href = "/console/login?next=" + encodeURIComponent(location.pathname); throw new Error("请先登录"); }
    const body = await res.json().catch(() => ({}));
    if (!res.ok) throw new Error(body.message || ("请求失败 " + res.status));
    return body;
  }

  function toast(message, isError) {
    const el = document.getElementById("toast");
    el.textContent = message;
    el.className = "toast" + (isError ? " error" : "");
    el.hidden = false;
    clearTimeout(toast.timer);
    toast.timer = setTimeout(() => { el.hidden = true; }, isError ? 6000 : 3000);
  }

  const esc = (s) => String(s == null ? "" : s).replace(/[&<>"']/g, (c) => (
    { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));

  const fmt = new Intl.DateTimeFormat("zh-CN", { timeZone: TZ, month: "2-digit", day: "2-digit",
    hour: "2-digit", minute: "2-digit", hour12: false });
  const fmtDay = new Intl.DateTimeFormat("zh-CN", { timeZone: TZ, year: "numeric", month: "long", day: "numeric" });
  const fmtTime = new Intl.DateTimeFormat("zh-CN", { timeZone: TZ, hour: "2-digit", minute: "2-digit", hour12: false });
  const time = (iso) => (iso ? fmt.format(new Date(iso)) : "");
  const now = () => Date.now() + clockOffset;
  const syncClock = (iso) => { if (iso) clockOffset = new Date(iso).getTime() - Date.now(); };

  function duration(seconds) {
    const s = Math.abs(Math.round(seconds));
    const d = Math.floor(s / 86400), h = Math.floor((s % 86400) / 3600), m = Math.floor((s % 3600) / 60), sec = s % 60;
    if (d) return `${d}天${h}小时`;
    if (h) return `${h}:${String(m).padStart(2, "0")}:${String(sec).padStart(2, "0")}`;
    return `${m}:${String(sec).padStart(2, "0")}`;
  }
  function ago(iso) {
    const m = Math.max(0, Math.floor((now() - new Date(iso).getTime()) / 60000));
    if (m < 1) return "刚刚";
    if (m < 60) return `${m} 分钟`;
    if (m < 1440) return `${Math.floor(m / 60)} 小时`;
    return `${Math.floor(m / 1440)} 天`;
  }

  /* The SLA cell: a live countdown until the first response, then met or late. */
  function slaHtml(t) {
    const sla = t.sla;
    if (sla.answered_at) return sla.met ? '<span class="pill good">已响应</span>' : '<span class="pill bad">超时后响应</span>';
    if (t.status === "resolved") return '<span class="muted">—</span>';
    return `<span class="sla" data-due="${esc(sla.due_at)}"></span>`;
  }
  function tickSla(root) {
    (root || document).querySelectorAll(".sla[data-due]").forEach((el) => {
      const left = (new Date(el.dataset.due).getTime() - now()) / 1000;
      el.textContent = left >= 0 ? `剩 ${duration(left)}` : `超时 ${duration(left)}`;
      el.className = "sla " + (left < 0 ? "late" : left < 600 ? "soon" : "ok");
      const row = el.closest("tr");
      if (row) row.classList.toggle("breached", left < 0);
    });
  }

  function deptHtml(t) {
    let html = esc(t.department);
    if (t.department_uncertain) html += ' <span class="pill warn">科室待确认</span>';
    else if (t.department_confidence != null) html += ` <span class="muted small">${Math.round(t.department_confidence * 100)}%</span>`;
    return html;
  }
  const STATUS = { open: "待认领", claimed: "处理中", resolved: "已结束" };

  /* ---- the queue ------------------------------------------------------------------------------------------ */
  function queuePage() {
    const saved = JSON.parse(sessionStorage.getItem("queue-filters") || "{}");
    const state = { filter: saved.filter || "all", department: saved.department || "", priority: saved.priority || "" };
    const seen = new Set();
    let first = true;
    const rows = document.getElementById("rows");
    const dept = document.getElementById("department"), pri = document.getElementById("priority");
    dept.value = state.department; pri.value = state.priority;

    function setFilter(name) {
      state.filter = name;
      document.querySelectorAll("#filters button").forEach((b) => b.classList.toggle("active", b.dataset.filter === name));
    }
    setFilter(state.filter);

    function row(t) {
      const isNew = !first && !seen.has(t.id);
      seen.add(t.id);
      const who = t.assignee ? esc(t.assignee.name) : "";
      const state = t.status === "claimed" ? `处理中 · ${who}` : t.status === "resolved"
        ? `已结束${t.rating ? ` · ${t.rating}分` : ""}` : "待认领";
      const claim = t.status === "open" && !t.assignee ? `<button class="small primary" data-claim="${t.id}">认领</button> ` : "";
      return `<tr data-id="${t.id}" class="${t.sla.breached ? "breached" : ""}${isNew ? " fresh" : ""}">
        <td><span class="pri ${esc(t.priority)}">${esc(t.priority)}</span></td>
        <td>${deptHtml(t)}</td>
        <td>${esc(t.member.name)}</td>
        <td class="summary" title="${esc(t.summary)}"><a href="/console/tickets/${t.id}">${esc(t.summary) || "（无文字）"}</a></td>
        <td>${esc(t.reason_label)}</td>
        <td>${state}</td>
        <td class="small">${ago(t.created_at)}</td>
        <td>${slaHtml(t)}</td>
        <td>${claim}<a href="/console/tickets/${t.id}">打开</a></td></tr>`;
    }

    async function load() {
      const params = new URLSearchParams({ filter: state.filter });
      if (state.department) params.set("department", state.department);
      if (state.priority) params.set("priority", state.priority);
      sessionStorage.setItem("queue-filters", JSON.stringify(state));
      try {
        const data = await api("GET", "/api/queue?" + params);
        syncClock(data.now);
        rows.innerHTML = data.tickets.length ? data.tickets.map(row).join("")
          : '<tr><td colspan="9" class="empty">这里没有工单。</td></tr>';
        first = false;
        Object.entries(data.counts).forEach(([k, v]) => {
          const el = document.querySelector(`[data-count="${k}"]`);
          if (el) el.textContent = v;
        });
        const badge = document.getElementById("nav-unassigned");
        if (badge) { badge.textContent = data.counts.unassigned; badge.hidden = !data.counts.unassigned; }
        tickSla(rows);
        document.getElementById("updated").textContent = "更新于 " + fmtTime.format(new Date(now()));
      } catch (e) { document.getElementById("updated").textContent = "刷新失败：" + e.message; }
    }

    document.getElementById("filters").addEventListener("click", (e) => {
      const b = e.target.closest("button[data-filter]");
      if (b) { setFilter(b.dataset.filter); first = true; load(); }
    });
    dept.addEventListener("change", () => { state.department = dept.value; load(); });
    pri.addEventListener("change", () => { state.priority = pri.value; load(); });
    rows.addEventListener("click", async (e) => {
      const b = e.target.closest("button[data-claim]");
      if (!b) return;
      b.disabled = true;
      try {
        await api("POST", `/api/tickets/${b.dataset.claim}/claim`);
        location.href = `/console/tickets/${b.dataset.claim}`;
      } catch (err) { toast(err.message, true); load(); }
    });
    load();
    setInterval(() => { if (!document.hidden) load(); }, POLL_MS);
    setInterval(() => tickSla(rows), 1000);
  }

  /* ---- the conversation view ------------------------------------------------------------------------------- */
  function ticketPage() {
    const chat = document.getElementById("chat");
    const id = chat.dataset.ticket;
    const box = document.getElementById("messages"), side = document.getElementById("side");
    const text = document.getElementById("text"), composer = document.getElementById("composer");
    const canned = JSON.parse(document.getElementById("canned-data").textContent);
    const departments = JSON.parse(document.getElementById("departments-data").textContent);
    let me = null, advisors = [], ticket = null, lastSig = "", lastSideSig = "";

    const DELIVERY = { pending: ["待发送", "warn"], sending: ["发送中", "warn"], failed: ["发送失败", "bad"] };

    function messageHtml(m) {
      if (m.msg_type === "event") return `<div class="msg event in"><div class="bubble">${esc(time(m.created_at))} 事件 ${esc(m.content)}</div></div>`;
      const kind = m.msg_type === "note" ? "note" : m.sender;
      const meta = [`<b>${esc(m.sender_label)}${m.author ? " · " + esc(m.author) : ""}</b>`, esc(time(m.created_at))];
      if (m.decision_reason === "kb_answer" && m.kb_entry_id) meta.push(`<span class="pill good">知识库 #${m.kb_entry_id}</span>`);
      let tools = "";
      if (m.direction === "out" && m.msg_type !== "note") {
        const st = DELIVERY[m.status];
        if (st) meta.push(`<span class="pill ${st[1]}">${st[0]}</span>`);
        else if (m.status === "sent" && m.delivery === "template") meta.push('<span class="pill">已发送 · 模板消息</span>');
        else if (m.status === "sent" && m.delivery === "custom") meta.push('<span class="pill good">已发送</span>');
        if (m.status === "failed") {
          tools += `<span class="small" style="color:var(--red)">${esc(m.last_error || "")}</span>
            <button class="small" data-retry="${m.id}">重发</button>`;
        }
        if (m.sender === "advisor" && m.msg_type === "text") tools += `<button class="small" data-draft="${m.id}">生成知识库草稿</button>`;
      }
      const content = m.content || (m.msg_type === "image" ? "[图片]" : m.msg_type === "voice" ? "[语音]" : "");
      return `<div class="msg ${m.direction} ${esc(kind)}${m.status === "failed" ? " failed" : ""}" data-id="${m.id}">
        <div class="meta">${meta.join(" ")}</div><div class="bubble">${esc(content)}</div>
        ${tools ? `<div class="tools">${tools}</div>` : ""}</div>`;
    }

    function renderMessages(t) {
      const sig = t.messages.map((m) => `${m.id}:${m.status}`).join(",");
      if (sig === lastSig) return;
      const atBottom = box.scrollHeight - box.scrollTop - box.clientHeight < 40 || !lastSig;
      lastSig = sig;
      let html = "", day = "", tk = null;
      for (const m of t.messages) {
        const d = fmtDay.format(new Date(m.created_at));
        if (d !== day) { html += `<div class="day">${esc(d)}</div>`; day = d; }
        if (m.ticket_id && m.ticket_id !== tk) {
          tk = m.ticket_id;
          html += `<div class="ticket-mark"><span>${tk == t.id ? "本工单" : "工单"} #${tk}</span></div>`;
        }
        html += messageHtml(m);
      }
      box.innerHTML = html || '<p class="empty">没有消息。</p>';
      if (atBottom) box.scrollTop = box.scrollHeight;
    }

    const mine = (t) => t.assignee && me && t.assignee.id === me.id;
    const canAct = (t) => !t.assignee || mine(t) || (me && me.role === "admin");

    function windowText(w) {
      if (w.open) return `<span class="pill good">可发客服消息</span> 剩 ${duration(w.remaining_seconds)} · 还可发 ${w.messages_left}/${w.cap} 条`;
      const why = w.last_inbound_at ? (w.messages_left ? "会员最后一条消息已超过 48 小时" : "已达 48 小时内条数上限") : "会员还没有发过消息";
      return `<span class="pill bad">窗口已关闭</span> ${why}；${w.template_fallback ? "回复将改用模板消息发送" : "未配置模板消息，回复会发送失败，等会员再次发消息后可重发"}`;
    }

    function sideHtml(t) {
      const w = t.window, m = t.member;
      const top3 = (t.departments_top3 || []).map(([d, p]) => `<div class="conf"><span class="name">${esc(d)}</span>
        <span class="bar"><i style="width:${Math.round(p * 100)}%"></i></span><span class="val">${Math.round(p * 100)}%</span></div>`).join("");
      const cands = (t.kb_candidates || []).map((c) => `<div class="kb-cand">
        <div>${esc(c.question || c.title || "")}</div>
        <div class="muted small">#${esc(c.entry_id ?? c.id ?? "")} · ${esc(c.topic || "")}${c.score != null ? " · 相似度 " + Number(c.score).toFixed(2) : ""}</div></div>`).join("");
      const labels = (t.labels || []).map((l) => `<div class="muted small">${esc(time(l.created_at))} ${esc(l.user || "")}：${esc(l.old_department)} → ${esc(l.new_department)}</div>`).join("");
      const open = t.status !== "resolved";
      const assignOpts = advisors.map((a) => `<option value="${a.id}" ${t.assignee && t.assignee.id === a.id ? "selected" : ""}>${esc(a.name)}</option>`).join("");
      const deptOpts = departments.map((d) => `<option ${d === t.department ? "selected" : ""}>${esc(d)}</option>`).join("");
      return `
      <div class="card">
        <h2>工单 #${t.id} <span class="pri ${esc(t.priority)}">${esc(t.priority)}</span>
          <span class="pill ${t.status === "resolved" ? "" : t.status === "open" ? "warn" : "good"}">${STATUS[t.status]}</span></h2>
        <dl class="kv">
          <dt>原因</dt><dd>${esc(t.reason_label)}</dd>
          <dt>创建</dt><dd>${esc(time(t.created_at))}（${ago(t.created_at)}前）</dd>
          <dt>响应时限</dt><dd>${slaHtml(t)} <span class="muted small">${esc(time(t.sla.due_at))}</span></dd>
          <dt>处理人</dt><dd>${t.assignee ? esc(t.assignee.name) : '<span class="muted">未认领</span>'}</dd>
          ${t.rating ? `<dt>满意度</dt><dd><b>${t.rating} 分</b></dd>` : ""}
        </dl>
        <div class="actions">
          ${t.status === "open" && !t.assignee ? '<button class="primary" data-act="claim">认领</button>' : ""}
          ${open && canAct(t) ? '<button data-act="resolve">结束工单</button>' : ""}
          ${!open ? '<button data-act="reopen">重新打开</button>' : ""}
        </div>
        ${open ? `<div class="inline-row"><select id="assign-to" aria-label="分配给">${assignOpts}</select><button data-act="assign">分配</button></div>` : ""}
      </div>
      <div class="card">
        <h2>科室 ${t.department_uncertain ? '<span class="pill warn">科室待确认</span>' : ""}</h2>
        <div>当前：<b>${esc(t.department)}</b>${t.department_confidence != null ? ` <span class="muted small">机器人判断置信度 ${Math.round(t.department_confidence * 100)}%</span>` : ""}</div>
        ${top3 ? `<div class="muted small" style="margin-top:6px">机器人判断（前三）</div>${top3}` : '<div class="muted small">机器人没有给出科室判断</div>'}
        <div class="inline-row"><select id="transfer-to" aria-label="转到科室">${deptOpts}</select><button data-act="transfer">转科室</button></div>
        <label class="check small" style="margin-top:6px"><input type="checkbox" id="transfer-keep"> 转后仍由我处理</label>
        ${labels ? `<div style="margin-top:6px">${labels}</div>` : ""}
      </div>
      <div class="card">
        <h2>会员</h2>
        <dl class="kv">
          <dt>称呼</dt><dd>${esc(m.name)}</dd>
          <dt>性别</dt><dd>${esc(m.gender || "—")}</dd>
          <dt>城市</dt><dd>${esc(m.city || "—")}${m.city_tier ? ` <span class="muted small">${esc(m.city_tier)} 级</span>` : ""}</dd>
          <dt>健康标签</dt><dd class="tagbox">${(m.health_tags || []).map((x) => `<span class="pill">${esc(x)}</span>`).join("") || "—"}</dd>
          <dt>关注</dt><dd>${m.subscribed ? "已关注" : '<span class="pill bad">已取消关注</span>'}</dd>
        </dl>
        <div class="small" style="margin-top:8px" id="window">${windowText(w)}</div>
      </div>
      <div class="card">
        <h2>知识库候选</h2>
        ${cands || '<div class="muted small">没有相近的条目</div>'}
      </div>`;
    }

    function renderSide(t) {
      const sig = JSON.stringify([t.status, t.assignee, t.priority, t.department, t.department_uncertain, t.rating,
        t.sla.answered_at, t.labels.length, t.window.open, t.window.messages_left, Math.floor(t.window.remaining_seconds / 60), advisors.length]);
      if (sig !== lastSideSig) {
        const keep = document.getElementById("transfer-keep");
        const kept = keep && keep.checked;
        side.innerHTML = sideHtml(t);
        if (kept) document.getElementById("transfer-keep").checked = true;
        lastSideSig = sig;
      }
      tickSla(side);
      document.getElementById("title").textContent = `${t.member.name} · 工单 #${t.id}`;
      document.getElementById("head-badges").innerHTML = `<span class="pri ${esc(t.priority)}">${esc(t.priority)}</span> ${deptHtml(t)}`;
      const closed = t.status === "resolved", blocked = !canAct(t);
      composer.classList.toggle("disabled", closed || blocked);
      document.getElementById("send-btn").disabled = closed || blocked;
      document.getElementById("window-hint").innerHTML = closed ? "工单已结束，重新打开后才能回复"
        : blocked ? `该工单由 ${esc(t.assignee.name)} 处理` : (t.window.open ? "" : '<span style="color:var(--red)">48 小时窗口已关闭</span>');
    }

    async function load() {
      try {
        const t = await api("GET", `/api/tickets/${id}`);
        syncClock(t.now);
        ticket = t;
        renderMessages(t);
        renderSide(t);
      } catch (e) { toast("刷新失败：" + e.message, true); }
    }

    async function act(name) {
      try {
        if (name === "resolve" && !confirm("结束该工单？会员将收到 1–5 分满意度提问。")) return;
        let data;
        if (name === "assign") data = { user_id: Number(document.getElementById("assign-to").value) };
        if (name === "transfer") data = { department: document.getElementById("transfer-to").value,
          keep: document.getElementById("transfer-keep").checked };
        await api("POST", `/api/tickets/${id}/${name}`, data);
        toast({ claim: "已认领", resolve: "工单已结束，已向会员发送满意度提问", reopen: "已重新打开",
          assign: "已分配", transfer: "已转科室" }[name]);
        lastSideSig = "";
        await load();
      } catch (e) { toast(e.message, true); }
    }

    side.addEventListener("click", (e) => { const b = e.target.closest("button[data-act]"); if (b) act(b.dataset.act); });
    box.addEventListener("click", async (e) => {
      const retry = e.target.closest("button[data-retry]"), draft = e.target.closest("button[data-draft]");
      try {
        if (retry) { retry.disabled = true; await api("POST", `/api/messages/${retry.dataset.retry}/retry`); toast("已重新排队发送"); await load(); }
        if (draft) {
          draft.disabled = true;
          const entry = await api("POST", "/api/kb/drafts/from-reply", { message_id: Number(draft.dataset.draft) });
          toast(`已生成草稿条目 #${entry.id}，知识编辑审核后发布`);
        }
      } catch (err) { toast(err.message, true); if (retry) retry.disabled = false; if (draft) draft.disabled = false; }
    });
    document.getElementById("canned").addEventListener("change", (e) => {
      const c = canned[e.target.value];
      if (c) { text.value = text.value ? text.value + "\n" + c.text : c.text; text.focus(); text.dispatchEvent(new Event("input")); }
      e.target.value = "";
    });
    text.addEventListener("input", () => { document.getElementById("count").textContent = `${text.value.length} / 2000`; });
    async function send(kind) {
      const value = text.value.trim();
      if (!value) { toast("请先输入内容", true); return; }
      const btn = document.getElementById(kind === "reply" ? "send-btn" : "note-btn");
      btn.disabled = true;
      try {
        await api("POST", `/api/tickets/${id}/${kind === "reply" ? "reply" : "notes"}`, { text: value });
        text.value = ""; text.dispatchEvent(new Event("input"));
        toast(kind === "reply" ? "已提交，正在发送给会员" : "已添加内部备注");
        lastSideSig = "";
        await load();
        box.scrollTop = box.scrollHeight;
      } catch (e) { toast(e.message, true); }
      finally { btn.disabled = false; if (ticket) renderSide(ticket); }
    }
    composer.addEventListener("submit", (e) => { e.preventDefault(); send("reply"); });
    document.getElementById("note-btn").addEventListener("click", () => send("note"));
    text.addEventListener("keydown", (e) => { if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) { e.preventDefault(); send("reply"); } });

    (async () => {
      try {
        me = (await api("GET", "/api/me")).user;
        advisors = await api("GET", "/api/advisors");
      } catch (e) { toast(e.message, true); }
      await load();
    })();
    setInterval(() => { if (!document.hidden) load(); }, POLL_MS);
    setInterval(() => tickSla(side), 1000);
  }

  /* ---- editor helpers --------------------------------------------------------------------------------------- */
  function entryForm() {
    const answer = document.getElementById("answer"), count = document.getElementById("answer-count");
    const topic = document.getElementById("topic"), dept = document.getElementById("department");
    if (answer && count) {
      const update = () => {
        const n = answer.value.length, ok = n >= Number(answer.dataset.min) && n <= Number(answer.dataset.max);
        count.textContent = `${n} 字（发布需 ${answer.dataset.min}–${answer.dataset.max} 字）`;
        count.style.color = ok ? "" : "var(--amber)";
      };
      answer.addEventListener("input", update);
      update();
    }
    if (topic && dept) topic.addEventListener("change", () => {
      const d = topic.selectedOptions[0] && topic.selectedOptions[0].dataset.dept;
      if (d && !dept.value) dept.value = d;
    });
  }

  function localTimes() {
    document.querySelectorAll("[data-utc]").forEach((el) => { el.textContent = time(el.dataset.utc); });
  }

  return { api, toast, queuePage, ticketPage, entryForm, localTimes };
})();
