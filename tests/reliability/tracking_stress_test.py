#!/usr/bin/env python3
"""Crash and concurrency proof for task tracking (issue 7).

1. Concurrency: 4 writers (`chidao status`, each entry with a unique note) and 4 readers
   (tasks, checklist, history, due, report, search, show) on one archive for SECONDS
   (default 30). Every command must exit 0 (readers' JSON must parse), and afterwards every
   status entry a writer was told was recorded is in the history exactly once, in the order
   that writer recorded it, and nothing else was added.
2. SIGKILL: KILLS times (default 24, half `chidao status`, half `chidao checklist --format xlsx
   -o`), the command is killed at a random moment of its run. After each: integrity_check ok,
   the history recorded before is unchanged, a killed status is either wholly there or absent,
   the checklist file is either the previous complete one or a new complete one (never a torn
   file), and the archive takes the next status at once.

Usage: tracking_stress_test.py CHIDAO [--seconds N] [--kills N]
Prints the figures: commands run per kind, status entries written and found, kills that
landed before or after the commit.
"""
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import zipfile

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
WRITERS = 4
READERS = 4
failures = []
lock = threading.Lock()


def fail(message):
    with lock:
        failures.append(message)
        print("FAIL " + message, flush=True)


def chidao(binary, db, *args, timeout=60):
    return subprocess.run([binary, *args], env=dict(os.environ, CHIDAO_DB=db),
                          capture_output=True, text=True, timeout=timeout)


def history(db):
    """Every status and edit row, in id order: the record that must never change."""
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as con:
        status = con.execute("SELECT id, task_id, status, effective_on, note, user, recorded_at "
                             "FROM task_status ORDER BY id").fetchall()
        edits = con.execute("SELECT * FROM task_edits ORDER BY id").fetchall()
    return status, edits


def integrity(db):
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as con:
        return con.execute("PRAGMA integrity_check").fetchone()[0]


def task_ids(db):
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as con:
        return [r[0] for r in con.execute("SELECT id FROM tasks WHERE deleted = 0 ORDER BY id")]


def writer(binary, db, tasks, index, deadline, written):
    rng = random.Random(index)
    states = ["in-progress", "done", "blocked", "open"]
    n = 0
    while time.monotonic() < deadline:
        note = f"w{index}-{n}"
        task = rng.choice(tasks)
        r = chidao(binary, db, "status", str(task), rng.choice(states), "--note", note)
        if r.returncode != 0:
            fail(f"writer {index}: status {task} exit {r.returncode}: {r.stderr.strip()}")
            return
        written.append((task, note))
        n += 1


def reader(binary, db, tasks, index, deadline, counts):
    rng = random.Random(100 + index)
    while time.monotonic() < deadline:
        kind, args = rng.choice([
            ("tasks", ["tasks", "--body", "so y te", "--json"]),
            ("checklist", ["checklist", "--body", "so y te", "--format", "json"]),
            ("history", ["history", str(rng.choice(tasks)), "--json"]),
            ("due", ["due", "--overdue", "--today", "01/06/2022", "--json"]),
            ("report", ["report", "--today", "01/06/2022", "--format", "json"]),
            ("search", ["search", "tiem vac xin", "--json"]),
            ("show", ["show", "1", "--json"]),
        ])
        r = chidao(binary, db, *args)
        if r.returncode != 0:
            fail(f"reader {index}: {' '.join(args)} exit {r.returncode}: {r.stderr.strip()}")
            return
        try:
            json.loads(r.stdout)
        except ValueError as e:
            fail(f"reader {index}: {' '.join(args)} printed invalid JSON: {e}")
            return
        with lock:
            counts[kind] = counts.get(kind, 0) + 1


def concurrency(binary, db, seconds):
    tasks = task_ids(db)
    before, _ = history(db)
    deadline = time.monotonic() + seconds
    written = [[] for _ in range(WRITERS)]
    counts = {}
    threads = [threading.Thread(target=writer, args=(binary, db, tasks, i, deadline, written[i]))
               for i in range(WRITERS)]
    threads += [threading.Thread(target=reader, args=(binary, db, tasks, i, deadline, counts))
                for i in range(READERS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    after, _ = history(db)
    if after[:len(before)] != before:
        fail("concurrency: history recorded before the run changed")
    new = after[len(before):]
    notes = [row[4] for row in new]
    expected = sum(len(w) for w in written)
    if len(new) != expected:
        fail(f"concurrency: {expected} status entries reported recorded, {len(new)} in history")
    for i, entries in enumerate(written):
        mine = [(row[1], row[4]) for row in new if row[4].startswith(f"w{i}-")]
        if mine != entries:
            fail(f"concurrency: writer {i}'s {len(entries)} entries are not in history as "
                 f"written ({len(mine)} found)")
    if len(set(notes)) != len(notes):
        fail("concurrency: a status entry is in history twice")
    if integrity(db) != "ok":
        fail("concurrency: integrity_check failed")
    print(f"concurrency: {seconds} s, {WRITERS} writers wrote {expected} status entries, "
          f"{len(new)} found in history; readers ran "
          + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())), flush=True)


def run_and_kill(argv, db, delay):
    proc = subprocess.Popen(argv, env=dict(os.environ, CHIDAO_DB=db),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    return proc.returncode == -signal.SIGKILL  # False: it had finished before the kill


def duration(argv, db):
    start = time.monotonic()
    r = subprocess.run(argv, env=dict(os.environ, CHIDAO_DB=db), capture_output=True)
    if r.returncode != 0:
        fail(f"{' '.join(argv[1:3])}: exit {r.returncode}: {r.stderr.decode().strip()}")
    return time.monotonic() - start


def xlsx_complete(path):
    try:
        with zipfile.ZipFile(path) as z:
            return z.testzip() is None and "xl/worksheets/sheet1.xml" in z.namelist()
    except (zipfile.BadZipFile, OSError):
        return False


def kills(binary, db, count, work):
    rng = random.Random(7)
    tasks = task_ids(db)
    out = os.path.join(work, "so-y-te.xlsx")
    checklist = [binary, "checklist", "--body", "so y te", "--format", "xlsx", "-o", out]
    status_time = duration([binary, "status", str(tasks[0]), "in-progress"], db)
    checklist_time = duration(checklist, db)
    landed = {"status": [0, 0], "checklist": [0, 0]}  # [killed mid-run, finished first]
    for i in range(count):
        kind = "status" if i % 2 == 0 else "checklist"
        before_status, before_edits = history(db)
        before_file = open(out, "rb").read() if os.path.exists(out) else None
        note = f"kill-{i}"
        if kind == "status":
            argv = [binary, "status", str(rng.choice(tasks)), "done", "--note", note]
            delay = rng.uniform(0, status_time)
        else:
            argv = checklist
            delay = rng.uniform(0, checklist_time)
        killed = run_and_kill(argv, db, delay)
        landed[kind][0 if killed else 1] += 1
        if integrity(db) != "ok":
            fail(f"kill {i} ({kind}): integrity_check failed")
        after_status, after_edits = history(db)
        if after_status[:len(before_status)] != before_status or after_edits != before_edits:
            fail(f"kill {i} ({kind}): history recorded before the kill changed")
        added = after_status[len(before_status):]
        if kind == "status":
            if len(added) > 1 or (added and added[0][4] != note):
                fail(f"kill {i}: a killed status left {len(added)} unexpected entries")
        else:
            if added:
                fail(f"kill {i}: a checklist export added to the history")
            now = open(out, "rb").read() if os.path.exists(out) else None
            if now is not None and now != before_file and not xlsx_complete(out):
                fail(f"kill {i}: the checklist file was left torn")
        r = chidao(binary, db, "status", str(tasks[0]), "open", "--note", f"after-kill-{i}")
        if r.returncode != 0:
            fail(f"kill {i} ({kind}): the next status failed: {r.stderr.strip()}")
    print(f"kills: {count} SIGKILLs; status killed mid-run {landed['status'][0]}, finished "
          f"first {landed['status'][1]} (one run {status_time * 1000:.0f} ms); checklist killed "
          f"mid-run {landed['checklist'][0]}, finished first {landed['checklist'][1]} (one run "
          f"{checklist_time * 1000:.0f} ms)", flush=True)


def main():
    args = sys.argv[1:]
    if not args:
        print(__doc__)
        return 2
    binary = os.path.abspath(args[0])
    seconds, count = 30, 24
    if "--seconds" in args:
        seconds = float(args[args.index("--seconds") + 1])
    if "--kills" in args:
        count = int(args[args.index("--kills") + 1])
    work = tempfile.mkdtemp(prefix="chidao-stress-")
    try:
        db = os.path.join(work, "a.db")
        r = chidao(binary, db, "import", os.path.join(ROOT, "corpus", "seeds"), "--quiet",
                   timeout=600)
        if r.returncode != 0:
            print(f"FAIL import: exit {r.returncode}: {r.stderr}")
            return 1
        concurrency(binary, db, seconds)
        kills(binary, db, count, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"{len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
