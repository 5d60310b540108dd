"""Load generator: N concurrent WeChat-like clients posting signed, unique member messages to a webhook.

    python scripts/loadgen.py --url http://127.0.0.1:8000/wechat --clients 16 --duration 20
    python scripts/loadgen.py --clients 4 --count 200 --json          # a fixed number of messages
    python scripts/loadgen.py --retries 2 ...                          # behave like WeChat: retry a timeout

Every message has its own MsgId and, by default, its own member (openid), so each one runs the whole
pipeline (safety, KB, classifier) and no per-member rate limit is hit. The questions are written for this
tool: mostly KB-answerable and routed questions, a few emergencies. Reports throughput, latency percentiles,
errors and how many replies were XML, 'success' or something else (which a member would see as
"该公众号暂时无法提供服务").
"""
from __future__ import annotations

import argparse
import hashlib
import http.client
import json
import random
import socket
import string
import sys
import threading
import time
import urllib.parse
import uuid
from dataclasses import asdict, dataclass, field
from xml.sax.saxutils import escape

__all__ = ["QUESTIONS", "Delivery", "LoadResult", "run_load", "percentile", "signed_query", "text_xml"]

# Member questions written for this benchmark; categories say which pipeline stage should answer them.
QUESTIONS: dict[str, list[str]] = {
    "kb": [
        "早上起来量血压145/92，算高血压吗，需要马上吃药吗",
        "在家用电子血压计怎么量才准，左手右手有区别吗",
        "体检说我体重指数28，属于肥胖吗，一个月减多少斤比较合适",
        "甘油三酯3.1偏高，平时饮食上要注意什么",
        "低密度脂蛋白高了一点，要不要吃降脂药",
        "我爸妈都有糖尿病，我需要多久查一次血糖",
        "每周喝三四次白酒，对肝有多大影响",
        "甲状腺结节TI-RADS 3类是什么意思，要手术吗",
        "CT报告写肺部有个4毫米的磨玻璃结节，多久复查",
        "乳腺B超BI-RADS 3类，需要穿刺吗",
        "来月经前乳房胀痛，是乳腺增生吗，会不会变成癌",
        "TSH偏高，FT4正常，这是甲减吗",
        "体检说轻度脂肪肝，能逆转吗",
        "尿酸480，没有痛风发作，要治疗吗",
        "空腹血糖6.5，是不是已经算糖尿病了",
        "呼气试验查出幽门螺杆菌阳性，家里人要一起查吗",
        "血红蛋白105，是贫血吗，吃什么补",
        "骨密度T值-2.6，平时要补钙吗",
        "长期对着电脑脖子和肩膀酸痛，有什么锻炼方法",
        "最近老是半夜醒来就睡不着，怎么调整作息",
        "孩子三岁发烧38.5度，在家怎么处理",
        "感冒咳嗽一个星期了还没好，要去医院吗",
        "吃完饭胃胀反酸，需要做胃镜吗",
        "手上湿疹反反复复，平时怎么护理",
        "刷牙的时候牙龈总出血怎么办",
        "HPV52阳性，宫颈细胞学正常，接下来怎么办",
        "明天早上体检，今晚几点以后不能吃东西",
        "体检报告上好几个箭头，哪里可以找人帮我解读",
        "首诊报告是什么，我需要准备哪些材料",
        "无限卡会员都包含哪些服务",
        "想预约三甲医院的专家号，怎么通过你们安排",
        "怎么联系健康顾问，几点到几点有人回复",
    ],
    "routed": [
        "右边膝盖上下楼梯的时候有点疼，蹲下去站起来更明显",
        "最近眼睛干涩发红，看电脑时间长了就模糊",
        "左耳一直嗡嗡响，晚上安静的时候更明显",
        "后腰酸痛，弯腰提东西之后疼得更厉害",
        "小便次数多，晚上要起来三四次",
        "脸上长了很多痘痘，用了好几种洗面奶都没用",
        "最近头发掉得特别多，洗头的时候一把一把的",
        "经常偏头痛，一侧太阳穴跳着疼",
        "体检查出尿蛋白一个加号，要紧吗",
        "肌酐偏高一点点，需要去看哪个科",
        "备孕半年了还没怀上，需要做哪些检查",
        "怀孕八周，最近孕吐很厉害",
        "月经推迟了十几天，验孕是阴性",
        "智齿发炎，腮帮子肿起来了",
        "口腔溃疡反复发作，一个月好几次",
        "鼻子一到春天就痒，一直打喷嚏流清鼻涕",
        "最近心里总是很烦躁，做什么都提不起兴趣",
        "想找中医调理一下体质，手脚总是冰凉",
        "乙肝小三阳，肝功能正常，需要吃药吗",
        "大便不成形，一天要跑好几次厕所",
        "脖子上摸到一个黄豆大小的疙瘩，不疼",
        "手指关节早上起来发僵，活动一会才好",
        "胆囊里有一个5毫米的结石，要不要切",
        "晚上睡觉打呼噜很响，家人说有时候会憋气",
        "肿瘤标志物CEA稍微高一点，要紧吗",
        "最近总是心慌，偶尔感觉心跳漏了一拍",
        "脚后跟早上下床第一步特别疼",
        "孩子五岁，最近总是揉眼睛眨眼睛",
    ],
    "emergency": [
        "我爸突然胸口剧烈疼痛，出了一身冷汗，喘不上气",
        "我妈突然说话含糊不清，一边嘴角歪了，手也抬不起来",
        "老人摔倒后叫不醒了，怎么办",
        "孩子吃东西呛到了，脸憋得发紫",
    ],
}
MIX = {"kb": 0.5, "routed": 0.45, "emergency": 0.05}
OPENERS = ["", "你好，", "医生您好，", "请问，", "麻烦问一下，", "您好，想咨询一下，"]
CLOSERS = ["", "谢谢", "麻烦了", "谢谢医生"]
WECHAT_TIMEOUT = 5.0  # WeChat waits 5 s per attempt
IDLE_RETRY_AFTER = 1.0  # seconds idle after which a kept-alive connection may have been closed by the server


def percentile(values: list[float], p: float) -> float:
    """The p-th percentile (nearest rank) of `values`; 0 for an empty list."""
    if not values:
        return 0.0
    ordered = sorted(values)
    rank = max(1, min(len(ordered), int(-(-p * len(ordered) // 100))))
    return ordered[rank - 1]


def signed_query(token: str, extra: dict[str, str] | None = None) -> str:
    """The query string WeChat adds to every callback: timestamp, nonce and their signature."""
    timestamp = str(int(time.time()))
    nonce = "".join(random.choices(string.digits, k=10))
    signature = hashlib.sha1("".join(sorted([token, timestamp, nonce])).encode()).hexdigest()
    return urllib.parse.urlencode({"signature": signature, "timestamp": timestamp, "nonce": nonce,
                                   **(extra or {})})


def text_xml(openid: str, text: str, msg_id: int, to_user: str = "gh_assistant") -> bytes:
    """The XML WeChat posts for one text message."""
    return (f"<xml><ToUserName><![CDATA[{to_user}]]></ToUserName><FromUserName><![CDATA[{openid}]]></FromUserName>"
            f"<CreateTime>{int(time.time())}</CreateTime><MsgType><![CDATA[text]]></MsgType>"
            f"<Content>{escape(text)}</Content><MsgId>{msg_id}</MsgId></xml>").encode("utf-8")


@dataclass
class Delivery:
    """One message and what happened to it (over all attempts)."""

    openid: str
    msg_id: int
    category: str
    text: str
    attempts: int = 0
    status: int = 0  # HTTP status of the last attempt; 0 = no response
    outcome: str = "error"  # xml | success | other | error
    latency: float = 0.0  # seconds, last attempt
    total: float = 0.0  # seconds from the first attempt to the final answer
    started: float = 0.0  # time.time() of the first attempt
    finished: float = 0.0
    error: str = ""
    body: str = field(default="", repr=False)

    @property
    def dedup_key(self) -> str:
        """The key the server stores the message under."""
        return f"msg:{self.openid}:{self.msg_id}"


@dataclass
class LoadResult:
    """All deliveries of one run and its wall time."""

    deliveries: list[Delivery]
    clients: int
    wall: float

    def summary(self) -> dict[str, float | int]:
        """Throughput, latency percentiles (ms) and outcome counts."""
        done = self.deliveries
        lat = [d.latency * 1000 for d in done if d.outcome != "error"]
        return {
            "clients": self.clients, "messages": len(done), "seconds": round(self.wall, 2),
            "throughput": round(len(done) / self.wall, 1) if self.wall else 0.0,
            "p50_ms": round(percentile(lat, 50), 1), "p90_ms": round(percentile(lat, 90), 1),
            "p99_ms": round(percentile(lat, 99), 1), "max_ms": round(max(lat, default=0.0), 1),
            "errors": sum(d.outcome in ("error", "other") for d in done),
            "xml": sum(d.outcome == "xml" for d in done), "success": sum(d.outcome == "success" for d in done),
            "non_xml": sum(d.outcome != "xml" for d in done), "retried": sum(d.attempts > 1 for d in done),
        }


class _Conn:
    """One keep-alive HTTP connection, reopened after any error."""

    def __init__(self, host: str, port: int, timeout: float) -> None:
        self.host, self.port, self.timeout = host, port, timeout
        self.conn: http.client.HTTPConnection | None = None
        self.last_used = 0.0

    def post(self, path: str, body: bytes) -> tuple[int, str]:
        """POST and read the whole answer; a kept-alive connection the server closed meanwhile is reopened."""
        # gunicorn closes keep-alive connections idle for 2 s; only then is a failure retried at once (a busy
        # connection that fails is a real error, e.g. a killed worker, and is left to the WeChat-style retries).
        idle = self.conn is not None and time.monotonic() - self.last_used > IDLE_RETRY_AFTER
        try:
            return self._post(path, body)
        except (BrokenPipeError, ConnectionResetError, http.client.RemoteDisconnected):
            if not idle:
                raise
            return self._post(path, body)
        finally:
            self.last_used = time.monotonic()

    def _post(self, path: str, body: bytes) -> tuple[int, str]:
        if self.conn is None:
            self.conn = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)
        try:
            self.conn.request("POST", path, body=body, headers={"Content-Type": "text/xml"})
            res = self.conn.getresponse()
            data = res.read().decode("utf-8", "replace")
            if res.getheader("Connection", "").lower() == "close":
                self.close()
            return res.status, data
        except BaseException:
            self.close()
            raise

    def close(self) -> None:
        """Drop the connection."""
        if self.conn is not None:
            self.conn.close()
            self.conn = None


def _classify(status: int, body: str) -> str:
    if status != 200:
        return "other"
    if body.startswith("<xml"):
        return "xml"
    return "success" if body in ("success", "") else "other"


class _Plan:
    """Hands out unique messages until the count or the time runs out."""

    def __init__(self, count: int | None, until: float, per_member: int, seed: int, prefix: str,
                 rate: float | None = None) -> None:
        self.count, self.until, self.per_member, self.rate = count, until, max(1, per_member), rate
        self.start = time.monotonic()
        self.lock = threading.Lock()
        self.issued = 0
        self.rng = random.Random(seed)
        self.run = uuid.uuid4().hex[:8]
        self.prefix = prefix
        self.msg_base = int(time.time() * 1000) * 1000  # unique across runs, like WeChat's 64-bit MsgIds

    def next(self) -> Delivery | None:
        """The next message to send, or None when done."""
        with self.lock:
            if (self.count is not None and self.issued >= self.count) or time.monotonic() >= self.until:
                return None
            n = self.issued
            self.issued += 1
            category = self.rng.choices(list(MIX), weights=list(MIX.values()))[0]
            text = self.rng.choice(OPENERS) + self.rng.choice(QUESTIONS[category]) + self.rng.choice(CLOSERS)
        if self.rate:  # open loop: message n is due at n / rate, however fast the server answers
            due = self.start + n / self.rate
            if due >= self.until:
                return None
            time.sleep(max(0.0, due - time.monotonic()))
        openid = f"{self.prefix}-{self.run}-{n // self.per_member:06d}"
        return Delivery(openid=openid, msg_id=self.msg_base + n, category=category, text=text)


def _decrypt(aes: object, envelope: str) -> str:
    """The plain reply inside a safe-mode envelope (the envelope itself if it does not decrypt)."""
    import xmltodict

    try:
        data = xmltodict.parse(envelope)["xml"]
        return aes.decrypt_message(envelope, data["MsgSignature"], data["TimeStamp"], data["Nonce"])  # type: ignore[attr-defined]
    except Exception:
        return envelope


def _send(conn: _Conn, path: str, token: str, d: Delivery, retries: int, retry_delay: float,
          aes: object | None) -> None:
    """Deliver one message; retry a timeout, a dropped connection or a 5xx as WeChat does."""
    xml = text_xml(d.openid, d.text, d.msg_id)
    d.started = time.time()
    first = time.perf_counter()
    for attempt in range(retries + 1):
        d.attempts = attempt + 1
        query = signed_query(token, {"openid": d.openid})
        body = xml
        if aes is not None:
            params = dict(urllib.parse.parse_qsl(query))
            envelope = aes.encrypt_message(xml.decode("utf-8"), params["nonce"], params["timestamp"])  # type: ignore[attr-defined]
            signature = envelope.split("<MsgSignature><![CDATA[", 1)[1].split("]]>", 1)[0]
            query += "&" + urllib.parse.urlencode({"encrypt_type": "aes", "msg_signature": signature})
            body = envelope.encode("utf-8")
        start = time.perf_counter()
        try:
            d.status, d.body = conn.post(f"{path}?{query}", body)
            d.error = ""
        except (OSError, http.client.HTTPException) as exc:
            d.status, d.body = 0, ""
            d.error = "timeout" if isinstance(exc, (socket.timeout, TimeoutError)) else type(exc).__name__
        d.latency = time.perf_counter() - start
        if aes is not None and d.status == 200 and d.body.startswith("<xml"):
            d.body = _decrypt(aes, d.body)
        d.outcome = "error" if d.status == 0 else _classify(d.status, d.body)
        if d.status and d.status < 500:
            break
        if attempt < retries:
            time.sleep(retry_delay)
    d.total = time.perf_counter() - first
    d.finished = time.time()


def run_load(url: str, token: str, *, clients: int = 16, duration: float | None = 10.0, count: int | None = None,
             retries: int = 0, retry_delay: float = 1.0, per_member: int = 1, seed: int = 1,
             prefix: str = "lg", aes_key: str | None = None, appid: str = "",
             timeout: float = WECHAT_TIMEOUT, rate: float | None = None, keepalive: bool = True) -> LoadResult:
    """Send messages from `clients` threads until `count` messages or `duration` seconds, whichever is first.

    Without `rate` each client sends its next message as soon as it has an answer (closed loop: the most the
    server can take); with `rate`, messages arrive at that many per second, like members do, and `clients`
    only caps how many are in flight. `keepalive=False` opens a new connection per message, so a new gunicorn
    worker gets its share at once instead of waiting for clients to reconnect."""
    if duration is None and count is None:
        raise ValueError("give a duration, a count or both")
    parsed = urllib.parse.urlsplit(url)
    if parsed.hostname not in ("127.0.0.1", "localhost", "::1"):
        raise ValueError("the load generator only sends to loopback addresses")
    aes = None
    if aes_key:
        from wechatpy.crypto import WeChatCrypto

        aes = WeChatCrypto(token, aes_key, appid)
    hard_limit = 3600.0 if duration is None else duration
    plan = _Plan(count, time.monotonic() + hard_limit, per_member, seed, prefix, rate)
    done: list[Delivery] = []
    done_lock = threading.Lock()

    def client() -> None:
        conn = _Conn(parsed.hostname or "127.0.0.1", parsed.port or 80, timeout)
        try:
            while (d := plan.next()) is not None:
                _send(conn, parsed.path or "/", token, d, retries, retry_delay, aes)
                if not keepalive:
                    conn.close()
                with done_lock:
                    done.append(d)
        finally:
            conn.close()

    start = time.perf_counter()
    threads = [threading.Thread(target=client, name=f"loadgen-{i}", daemon=True) for i in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(hard_limit + (retries + 1) * (timeout + retry_delay) + 5)
    wall = time.perf_counter() - start
    with done_lock:
        return LoadResult(deliveries=list(done), clients=clients, wall=wall)


def main() -> int:
    """Command-line entry point: prints a summary (or JSON with --json)."""
    import os

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--url", default=f"http://127.0.0.1:{os.environ.get('PORT', '8000')}/wechat")
    ap.add_argument("--token", default=os.environ.get("WECHAT_TOKEN", "dev-token"))
    ap.add_argument("--clients", type=int, default=16)
    ap.add_argument("--duration", type=float, default=None, help="seconds (default 10 unless --count is given)")
    ap.add_argument("--count", type=int, default=None, help="messages in all")
    ap.add_argument("--retries", type=int, default=0, help="WeChat-style retries after a timeout or 5xx (WeChat: 2)")
    ap.add_argument("--per-member", type=int, default=1, help="messages per openid")
    ap.add_argument("--rate", type=float, default=None, help="open loop: messages per second (default: closed loop)")
    ap.add_argument("--aes-key", default=None, help="safe mode: the server's WECHAT_AES_KEY")
    ap.add_argument("--appid", default=os.environ.get("WECHAT_APPID", "wx-dev-appid"))
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--json", action="store_true", help="print the summary as JSON")
    args = ap.parse_args()
    duration = args.duration if args.duration is not None else (None if args.count else 10.0)
    result = run_load(args.url, args.token, clients=args.clients, duration=duration, count=args.count,
                      retries=args.retries, per_member=args.per_member, seed=args.seed, aes_key=args.aes_key,
                      appid=args.appid, rate=args.rate)
    summary = result.summary()
    if args.json:
        print(json.dumps(summary, ensure_ascii=False))
    else:
        print(" ".join(f"{k}={v}" for k, v in summary.items()))
        errors = [asdict(d) for d in result.deliveries if d.outcome in ("error", "other")][:5]
        for e in errors:
            print(f"  error: status={e['status']} {e['error']} {e['body'][:120]!r}", file=sys.stderr)
    return 0 if summary["errors"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
