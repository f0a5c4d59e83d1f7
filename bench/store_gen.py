#!/usr/bin/env python3
"""Synthetic archive for bench/store: N directives made by recombining corpus paragraphs.

Each generated directive is a plausible text file: the header block (issuer, national title,
number, place and date, type and subject) of one corpus document with a fresh số ký hiệu and
date, then 12-40 body paragraphs drawn from every corpus document, then a signature block.
So the archive has the vocabulary, paragraph lengths and word frequencies of real directives
(dense: every document shares the common administrative words), at any size.

Deterministic: the same --seed gives byte-identical files. Usage:
    bench/store_gen.py --count 10000 --out DIR [--seed 42] [--corpus corpus]
"""
import argparse
import os
import random
import re
import sys

TYPES = [("KH", "KẾ HOẠCH"), ("CT", "CHỈ THỊ"), ("TB", "THÔNG BÁO"), ("QĐ", "QUYẾT ĐỊNH"),
         ("CĐ", "CÔNG ĐIỆN"), ("HD", "HƯỚNG DẪN"), ("", "CÔNG VĂN")]
ISSUERS = ["UBND", "UBND-KGVX", "UBND-VX", "SYT", "SGDĐT", "UBND-NC"]
PROVINCES = ["Cao Bằng", "Nghệ An", "Hà Tĩnh", "Bình Định", "Lào Cai", "Phú Thọ", "Kiên Giang",
             "Tuyên Quang", "Thái Nguyên", "Đồng Tháp", "Quảng Ngãi", "Quảng Ninh"]


def read_corpus(root):
    docs = []
    for sub in ("seeds", "extra", "holdout"):
        folder = os.path.join(root, sub)
        if not os.path.isdir(folder):
            continue
        for name in sorted(os.listdir(folder)):
            if name.endswith(".txt"):
                with open(os.path.join(folder, name), encoding="utf-8") as f:
                    docs.append(f.read())
    if not docs:
        sys.exit("store_gen: no corpus .txt files under " + root)
    return docs


def paragraphs(text):
    """Non-empty lines longer than a heading: the unit recombined."""
    out = []
    for line in text.splitlines():
        line = line.strip()
        if len(line) >= 40 and "|" not in line:
            out.append(line)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--count", type=int, default=10000)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--corpus", default=os.path.join(os.path.dirname(__file__), "..", "corpus"))
    args = ap.parse_args()
    rng = random.Random(args.seed)
    docs = read_corpus(args.corpus)
    pool = [p for d in docs for p in paragraphs(d)]
    subjects = [p for p in pool if 40 <= len(p) <= 160]
    os.makedirs(args.out, exist_ok=True)
    total = 0
    for i in range(args.count):
        type_code, type_name = rng.choice(TYPES)
        issuer = rng.choice(ISSUERS)
        province = rng.choice(PROVINCES)
        number = rng.randint(1, 9999)
        year = rng.randint(2019, 2025)
        code = f"{number}/{type_code}-{issuer}" if type_code else f"{number}/{issuer}"
        day, month = rng.randint(1, 28), rng.randint(1, 12)
        subject = rng.choice(subjects)
        body = rng.sample(pool, rng.randint(12, 40))
        parts = [
            f"ỦY BAN NHÂN DÂN\nTỈNH {province.upper()}",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc",
            f"Số: {code}",
            f"{province}, ngày {day} tháng {month} năm {year}",
            (f"{type_name}\n{subject}" if type_code else f"V/v {subject}"),
            "\n".join(body),
            "Nơi nhận:\n- Như trên;\n- Lưu: VT.",
            "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
        ]
        text = "\n\n".join(parts) + "\n"
        data = text.encode("utf-8")
        total += len(data)
        with open(os.path.join(args.out, f"{i:05d}.txt"), "wb") as f:
            f.write(data)
    print(f"{args.count} files, {total} bytes in {args.out}")


if __name__ == "__main__":
    main()
