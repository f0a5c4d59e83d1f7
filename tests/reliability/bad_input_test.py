#!/usr/bin/env python3
"""The bad-input suite: hostile files through `chidao import` and `chidao parse`.

For every case of bad_inputs.py, both commands must, within the case's time and memory bounds:
- refused cases: exit 2 with exactly one stderr line `chidao: FILE: reason`;
- readable cases: exit 0, stderr at most one line per warning, each naming the file;
and after each import the archive must pass integrity_check with every document stored before
unchanged (refused cases: nothing at all changed). Then a batch of 1,000 files, and files that
vanish or turn into something unreadable in the middle of a batch import.

Usage: bad_input_test.py CHIDAO [--sanitize]   (--sanitize: bounds for an ASan build, x3)
Prints a table: case, command, exit code, seconds, peak MiB, the message.
"""
import hashlib
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bad_inputs  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
failures = []


def fail(message):
    failures.append(message)
    print("FAIL " + message)


def run(argv, seconds, cwd):
    """Runs argv; returns (exit code, stdout, stderr, wall seconds, peak RSS MiB). A run over
    `seconds` is killed and reported as exit -9."""
    start = time.monotonic()
    proc = subprocess.Popen(argv, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out_chunks, err_chunks = [], []
    readers = [threading.Thread(target=lambda s=s, c=c: c.append(s.read()))
               for s, c in ((proc.stdout, out_chunks), (proc.stderr, err_chunks))]
    for r in readers:
        r.start()
    timer = threading.Timer(seconds, lambda: proc.send_signal(signal.SIGKILL))
    timer.start()
    _, status, usage = os.wait4(proc.pid, 0)
    timer.cancel()
    for r in readers:
        r.join()
    proc.returncode = os.waitstatus_to_exitcode(status)
    elapsed = time.monotonic() - start
    return (proc.returncode, b"".join(out_chunks).decode("utf-8", "replace"),
            b"".join(err_chunks).decode("utf-8", "replace"), elapsed, usage.ru_maxrss / 1024)


def snapshot(db):
    """integrity_check, row counts per table and a digest of each document's stored content."""
    con = sqlite3.connect(db)
    try:
        integrity = con.execute("PRAGMA integrity_check").fetchone()[0]
        # FTS5 tables need chidao's tokenizer to be read: count their shadow tables instead.
        virtual = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE%'")]
        tables = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name") if r[0] not in virtual]
        counts = {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
        docs = {}
        for doc_id, in con.execute("SELECT id FROM documents ORDER BY id"):
            h = hashlib.sha256()
            for table, key in (("documents", "id"), ("pages", "document_id"),
                               ("tasks", "document_id")):
                for row in con.execute(f'SELECT * FROM "{table}" WHERE {key} = ? ORDER BY rowid',
                                       (doc_id,)):
                    h.update(repr(row).encode())
            docs[doc_id] = h.hexdigest()
        return integrity, counts, docs
    finally:
        con.close()


def check_message(case, command, code, err, want_code):
    lines = [l for l in err.splitlines() if l.strip()]
    name = os.path.basename(case.path)
    if want_code == 2:
        if len(lines) != 1:
            fail(f"{case.name}: {command}: want one error line, got {len(lines)}: {err!r}")
            return
        m = re.match(r"^chidao: (.+?): (.+)$", lines[0])
        if not m or not m.group(1).endswith(name):
            fail(f"{case.name}: {command}: error line does not name the file: {lines[0]!r}")
        elif not re.search(case.reason, m.group(2)):
            fail(f"{case.name}: {command}: reason {m.group(2)!r} does not match /{case.reason}/")
    else:
        for line in lines:
            if name not in line:
                fail(f"{case.name}: {command}: a warning that names no file: {line!r}")


def main():
    chidao = os.path.abspath(sys.argv[1])
    factor = 3 if "--sanitize" in sys.argv[2:] else 1
    work = tempfile.mkdtemp(prefix="chidao-bad-input.")
    try:
        cases = bad_inputs.write_cases(work, os.path.join(ROOT, "corpus"))
        db = os.path.join(work, "archive.db")
        seeds = os.path.join(ROOT, "corpus", "seeds")
        code, _, err, _, _ = run([chidao, "import", seeds, "--db", db, "-q"], 300, work)
        if code != 0:
            fail(f"importing the seed corpus: exit {code}: {err}")
            return
        print(f"{'case':48} {'command':7} {'exit':>4} {'s':>6} {'MiB':>5}  message")
        for case in cases:
            want = 2 if case.refused else 0
            for command in case.commands:
                before = snapshot(db)
                argv = [chidao, command, case.path] + (["--db", db, "-q"] if command == "import"
                                                       else [])
                code, out, err, secs, mib = run(argv, case.seconds * factor, work)
                first = (err.strip().splitlines() or [""])[0]
                print(f"{case.name[:48]:48} {command:7} {code:>4} {secs:6.2f} {mib:5.0f}  "
                      f"{first[:110]}")
                if code != want:
                    fail(f"{case.name}: {command}: exit {code}, want {want}: {err.strip()}")
                check_message(case, command, code, err, want)
                if secs > case.seconds * factor:
                    fail(f"{case.name}: {command}: {secs:.1f} s, bound {case.seconds * factor} s")
                if factor == 1 and mib > case.rss_mib:
                    fail(f"{case.name}: {command}: {mib:.0f} MiB, bound {case.rss_mib} MiB")
                after = snapshot(db)
                if after[0] != "ok":
                    fail(f"{case.name}: {command}: integrity_check says {after[0]}")
                if case.refused and after != before:
                    fail(f"{case.name}: {command}: a refused file changed the archive")
                if any(after[2].get(k) != v for k, v in before[2].items()):
                    fail(f"{case.name}: {command}: a document stored earlier changed")
        batch_tests(chidao, work, db, factor)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def batch_tests(chidao, work, db, factor):
    # A folder of 1,000 files: all imported, one line each on stdout, in bounded time.
    folder = bad_inputs.write_batch(work, 1000)
    before = snapshot(db)
    code, out, err, secs, mib = run([chidao, "import", folder, "--db", db], 120 * factor, work)
    imported = len(re.findall(r"^imported #", out, re.M))
    print(f"{'a folder of 1,000 files':48} {'import':7} {code:>4} {secs:6.2f} {mib:5.0f}  "
          f"{imported} imported")
    if code != 0 or imported != 1000:
        fail(f"1,000 files: exit {code}, {imported} imported: {err[:500]}")
    after = snapshot(db)
    if after[1]["documents"] != before[1]["documents"] + 1000 or after[0] != "ok":
        fail(f"1,000 files: documents {before[1]['documents']} -> {after[1]['documents']}")
    if factor == 1 and mib > 600:
        fail(f"1,000 files: {mib:.0f} MiB, bound 600 MiB")

    # Files that go away or become unreadable while a batch is being imported. chmod 000 does
    # not stop root (CI runs as root), so the unreadable cases are ones that stop anybody: a
    # dangling symlink (the file was deleted after the folder was listed), a FIFO named .txt
    # (opening it would block forever), and files deleted while the import runs.
    folder = os.path.join(work, "vanishing")
    os.makedirs(folder)
    for i in range(300):
        with open(os.path.join(folder, f"cv-{i:03d}.txt"), "w", encoding="utf-8") as f:
            f.write(f"ỦY BAN NHÂN DÂN TỈNH HÀ NAM\nSố: {5000 + i}/UBND-KT\nV/v việc số {i}\n"
                    f"Kính gửi: Sở Tài chính.\n1. Sở Tài chính chủ trì rà soát nội dung {i}.\n")
    os.symlink(os.path.join(work, "deleted-before-reading.txt"),
               os.path.join(folder, "dangling.txt"))
    os.mkfifo(os.path.join(folder, "pipe.txt"))
    before = snapshot(db)
    proc = subprocess.Popen([chidao, "import", folder, "--db", db, "--jobs", "1"], cwd=work,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deleted = 0
    for i in range(299, 150, -3):  # from the end of the batch, while the start is imported
        try:
            os.unlink(os.path.join(folder, f"cv-{i:03d}.txt"))
            deleted += 1
        except FileNotFoundError:
            pass
        time.sleep(0.002)
    try:
        out, err = proc.communicate(timeout=120 * factor)
    except subprocess.TimeoutExpired:
        proc.kill()
        out, err = proc.communicate()
        fail("vanishing files: the import hung (a FIFO or a deleted file blocked it)")
    imported = len(re.findall(r"^imported #", out, re.M))
    # Progress lines ("[12/300] FILE", stderr when it is not a terminal) are not errors.
    errors = [l for l in err.splitlines() if l.strip() and not re.match(r"^\[\d+/\d+\] ", l)]
    print(f"{'files vanishing mid-batch (+symlink, FIFO)':48} {'import':7} {proc.returncode:>4} "
          f"{'':6} {'':5}  {imported} imported, {len(errors)} errors, {deleted} deleted")
    if proc.returncode != 1:
        fail(f"vanishing files: exit {proc.returncode}, want 1 (some inputs failed)")
    for line in errors:
        if not re.match(r"^chidao: \S*(dangling|pipe|cv-\d{3})\.txt: .+", line):
            fail(f"vanishing files: unexpected stderr line {line!r}")
    if not any("dangling.txt" in l for l in errors) or not any("pipe.txt" in l for l in errors):
        fail("vanishing files: the dangling symlink and the FIFO are each reported")
    after = snapshot(db)
    if after[0] != "ok" or after[1]["documents"] != before[1]["documents"] + imported:
        fail(f"vanishing files: {imported} reported imported, documents "
             f"{before[1]['documents']} -> {after[1]['documents']}")
    if imported + len(errors) < 300 - deleted + 2 or imported < 150:
        fail(f"vanishing files: {imported} imported + {len(errors)} errors for "
             f"{300 - deleted} files still there + 2")
    if any(after[2].get(k) != v for k, v in before[2].items()):
        fail("vanishing files: a document stored earlier changed")


if __name__ == "__main__":
    main()
    print(f"{len(failures)} failure(s)")
    sys.exit(1 if failures else 0)
