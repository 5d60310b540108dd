"""`flask kb ...`: the editors' command line (output in Chinese, for editors)."""
from __future__ import annotations

import getpass
import json
import os
import sys
import time
from functools import wraps
from typing import Any, Callable

import click
from flask.cli import AppGroup

from .errors import ImportFailed, InvalidEntry, KnowledgeBaseError

kb_cli = AppGroup("kb", help="知识库：条目编辑、导入导出、重建索引、试问。")


def default_author() -> str:
    """$USER, else the login name."""
    try:
        return os.environ.get("USER") or getpass.getuser()
    except Exception:
        return "unknown"


def _author_option(fn: Callable[..., Any]) -> Callable[..., Any]:
    """--author and --note options."""
    fn = click.option("--note", default="", help="修改说明（写入版本记录）")(fn)
    return click.option("--author", default=default_author, show_default="$USER", help="修改人")(fn)


def _friendly(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Turn knowledge-base errors into readable messages and exit code 1."""
    @wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except ImportFailed as exc:
            click.echo(f"导入失败，未导入任何条目（{len(exc.row_errors)} 行有问题）：", err=True)
            for row, problems in sorted(exc.row_errors.items()):
                for problem in problems:
                    click.echo(f"  第{row}行：{problem}" if row else f"  {problem}", err=True)
            sys.exit(1)
        except InvalidEntry as exc:
            click.echo("条目有问题：", err=True)
            for problem in exc.errors:
                click.echo(f"  - {problem}", err=True)
            sys.exit(1)
        except KnowledgeBaseError as exc:
            raise click.ClickException(str(exc)) from exc
    return wrapper


def _index_note(indexed: bool | None) -> None:
    """Say whether the index followed the change."""
    if indexed is False:
        click.echo("注意：索引未更新（尚未建立或模型已更换），请运行 `flask kb reindex`。")


def _print_entry(entry: Any) -> None:
    """One entry, readable."""
    click.echo(f"#{entry.id} [{entry.status}] v{entry.version} {entry.topic}/{entry.department} key={entry.key or '-'}")
    click.echo(f"  问题：{entry.question}")
    for s in entry.similar or []:
        click.echo(f"  相似：{s}")
    click.echo(f"  标签：{' '.join(entry.tags or []) or '-'}")
    click.echo(f"  答案（{len(entry.answer)}字）：{entry.answer}")


def _entry_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Content options shared by add and edit."""
    for option in reversed([
        click.option("--question", "-q", help="标准问题"),
        click.option("--answer", "-a", help="答案（80-300字）"),
        click.option("--topic", help="主题（见 knowledge_base/topics.tsv）"),
        click.option("--department", help="科室（默认为主题对应科室）"),
        click.option("--similar", "-s", multiple=True, help="相似问法，可重复给出"),
        click.option("--tags", help="健康标签，空格或逗号分隔"),
        click.option("--key", help="稳定标识，如 hypertension-grades"),
    ]):
        fn = option(fn)
    return fn


def _changes(**opts: Any) -> dict[str, Any]:
    """Only the options given on the command line."""
    out = {k: v for k, v in opts.items() if v not in (None, ())}
    if "similar" in out:
        out["similar"] = list(out["similar"])
    return out


@kb_cli.command("add")
@_entry_options
@click.option("--publish", is_flag=True, help="直接发布")
@_author_option
@_friendly
def add_command(publish: bool, author: str, note: str, **opts: Any) -> None:
    """新建条目（默认草稿）。"""
    from . import store

    data = _changes(**opts)
    if data.get("topic") and not data.get("department"):
        data["department"] = store.topics().get(data["topic"], "")
    entry = store.create(data, author, note or "新建", status="published" if publish else "draft")
    click.echo(f"已新建条目 #{entry.id}（{entry.status}）")


@kb_cli.command("edit")
@click.argument("entry_id", type=int)
@_entry_options
@_author_option
@_friendly
def edit_command(entry_id: int, author: str, note: str, **opts: Any) -> None:
    """修改条目；已发布的条目立即更新索引。"""
    from . import store

    changes = _changes(**opts)
    if not changes:
        raise click.UsageError("没有要修改的内容")
    entry = store.edit(entry_id, changes, author, note or "修改")
    click.echo(f"条目 #{entry.id} 现为 v{entry.version}（{entry.status}）")


@kb_cli.command("publish")
@click.argument("entry_ids", type=int, nargs=-1, required=True)
@_author_option
@_friendly
def publish_command(entry_ids: tuple[int, ...], author: str, note: str) -> None:
    """发布条目：立即可以回答会员。"""
    from . import store

    for entry_id in entry_ids:
        entry = store.publish(entry_id, author, note or "发布")
        click.echo(f"已发布条目 #{entry.id} v{entry.version}")


@kb_cli.command("archive")
@click.argument("entry_ids", type=int, nargs=-1, required=True)
@_author_option
@_friendly
def archive_command(entry_ids: tuple[int, ...], author: str, note: str) -> None:
    """下线条目：立即停止回答。"""
    from . import store

    for entry_id in entry_ids:
        entry = store.archive(entry_id, author, note or "下线")
        click.echo(f"已下线条目 #{entry.id} v{entry.version}")


@kb_cli.command("show")
@click.argument("entry_id", type=int)
@_friendly
def show_command(entry_id: int) -> None:
    """查看条目和版本记录。"""
    from . import store

    _print_entry(store.get(entry_id))
    click.echo("版本记录：")
    for v in store.history(entry_id):
        click.echo(f"  v{v.version} {v.created_at:%Y-%m-%d %H:%M} {v.author} [{v.status}] {v.note}")


@kb_cli.command("list")
@click.option("--status", type=click.Choice(["draft", "published", "archived"]))
@click.option("--topic")
@_friendly
def list_command(status: str | None, topic: str | None) -> None:
    """列出条目。"""
    from . import store

    entries = store.list_entries(status=status, topic=topic)
    for e in entries:
        click.echo(f"#{e.id}\t{e.status}\tv{e.version}\t{e.topic}\t{e.question}")
    click.echo(f"共 {len(entries)} 条")


@kb_cli.command("import")
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
@_author_option
@_friendly
def import_command(path: str, author: str, note: str) -> None:
    """从 CSV/XLSX 导入：任何一行有错则全部不导入，并列出每行的问题。"""
    from .transfer import import_file

    report = import_file(path, author, note or None)
    click.echo(f"导入完成：新建 {len(report.created)}，更新 {len(report.updated)}，未变 {len(report.unchanged)}")
    _index_note(report.indexed)


@kb_cli.command("export")
@click.argument("path", type=click.Path(dir_okay=False))
@click.option("--status", type=click.Choice(["draft", "published", "archived"]))
@_friendly
def export_command(path: str, status: str | None) -> None:
    """导出为 CSV/XLSX（按扩展名），可再导入。"""
    from .transfer import export_file

    click.echo(f"已导出 {export_file(path, status)} 条到 {path}")


@kb_cli.command("seed")
@click.option("--dir", "directory", type=click.Path(exists=True, file_okay=False), default=None,
              help="种子目录（默认 knowledge_base/seed）")
@click.option("--publish", is_flag=True, help="新条目直接发布（草稿也一并发布）")
@_friendly
def seed_command(directory: str | None, publish: bool) -> None:
    """载入种子条目（按 key 幂等；人工改过的条目不覆盖）。"""
    from .seed import SEED_DIR, load_seed

    report = load_seed(directory or SEED_DIR, publish=publish)
    click.echo(f"种子：新建 {len(report.created)}，更新 {len(report.updated)}，发布 {len(report.published)}，"
               f"未变 {len(report.unchanged)}，人工改过未覆盖 {len(report.kept_edited)}")
    for key in report.kept_edited:
        click.echo(f"  未覆盖（已被人工修改）：{key}")
    _index_note(report.indexed)


@kb_cli.command("reindex")
@click.option("--no-calibrate", is_flag=True, help="保留默认阈值，不在验证集上校准")
@_friendly
def reindex_command(no_calibrate: bool) -> None:
    """用全部已发布条目重建索引，并在验证集上校准阈值。"""
    from . import runtime, store

    started = time.perf_counter()
    docs = store.published_docs()
    click.echo(f"重建索引：{len(docs)} 条已发布条目，模型 {runtime.settings().model_path}")
    index = runtime.rebuild(docs, progress=True, calibrate=not no_calibrate)
    th = index.thresholds
    anchors = sum(index.is_decline(e) for e in index.entries)
    click.echo(f"完成：{len(index.entries) - anchors} 条，另有 {anchors} 组拒答示例，{index.ntotal} 个向量，"
               f"用时 {time.perf_counter() - started:.1f} 秒")
    click.echo(f"阈值：融合权重 {th.weight}，最低分 {th.min_score}，最小主题分差 {th.min_margin}，"
               f"与拒答示例的最小分差 {th.min_decline_gap}，已知字比例 ≥ {th.min_known_share}，"
               f"单条近似匹配 ≥ {th.min_lone_score}（{th.calibrated_on}）")
    if th.report:
        click.echo("验证集：" + json.dumps(th.report, ensure_ascii=False))


@kb_cli.command("ask")
@click.argument("question")
@click.option("--json", "as_json", is_flag=True, help="输出 JSON")
@_friendly
def ask_command(question: str, as_json: bool) -> None:
    """试问：哪个条目会回答这个问题，分数多少。"""
    from . import runtime

    index, scored = runtime.score(question)
    th = index.thresholds
    ranking = index.rank(scored, th.weight)
    result = index.decide(scored)
    rows = [{"entry_id": None if index.is_decline(s.entry_id) else s.entry_id,
             "topic": index.entries[s.entry_id]["topic"], "decline": index.is_decline(s.entry_id),
             "question": index.entries[s.entry_id]["question"], "score": round(s.fused(th.weight), 4),
             "cosine": round(s.cosine, 4), "bm25": round(s.bm25, 4)} for s in ranking.ranked[:5]]
    if as_json:
        click.echo(json.dumps({"answer": result.best.entry_id if result.best else None, "candidates": rows,
                               "margin": round(ranking.margin, 4), "decline_gap": round(ranking.decline_gap, 4),
                               "known_share": round(ranking.known_share, 4), "retrievers_agree": ranking.agree,
                               "thresholds": {"weight": th.weight, "min_score": th.min_score,
                                              "min_margin": th.min_margin, "min_decline_gap": th.min_decline_gap,
                                              "min_known_share": th.min_known_share,
                                              "min_lone_score": th.min_lone_score}, "lone": round(ranking.lone, 4)},
                              ensure_ascii=False))
        return
    for r in rows:
        label = "拒答示例" if r["decline"] else f"#{r['entry_id']:<5}"
        click.echo(f"  {label} {r['score']:.3f}（向量 {r['cosine']:.3f}，BM25 {r['bm25']:.3f}）"
                   f" {r['topic']}：{r['question']}")
    click.echo(f"阈值：分数 ≥ {th.min_score}，与其他主题的分差 ≥ {th.min_margin}，与拒答示例的分差 ≥ "
               f"{th.min_decline_gap}，已知字比例 ≥ {th.min_known_share}，或单条近似匹配 ≥ {th.min_lone_score}；"
               f"本题分数 {ranking.score:.3f}，单条近似匹配 {ranking.lone:.3f}，"
               f"分差 {ranking.margin:.3f}，拒答分差 {ranking.decline_gap:.3f}，已知字比例 {ranking.known_share:.2f}，"
               f"向量与 BM25 首选{'一致' if ranking.agree else '不一致'}")
    if result.best:
        click.echo(f"会回答：条目 #{result.best.entry_id}（{result.best.department}）\n{result.best.answer}")
    else:
        click.echo("不会回答：转人工健康顾问。")


@kb_cli.command("unanswered")
@click.option("--limit", default=20, show_default=True)
@click.option("--days", default=30, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="输出 JSON")
@_friendly
def unanswered_command(limit: int, days: int, as_json: bool) -> None:
    """未能回答的问题，按相似度分组（可据此新建条目）。"""
    from .unanswered import unanswered_groups

    groups = unanswered_groups(limit=limit, days=days)
    if as_json:
        click.echo(json.dumps(groups, ensure_ascii=False, indent=1))
        return
    if not groups:
        click.echo(f"最近 {days} 天没有未能回答的问题。")
    for n, g in enumerate(groups, 1):
        click.echo(f"{n}. 【{g['size']} 条】{g['question']}（{g['department'] or '-'}，最近 {g['last_at']}）")
        for text in g["examples"][1:]:
            click.echo(f"     · {text}")
