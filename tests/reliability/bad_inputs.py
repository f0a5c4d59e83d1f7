"""The hostile files of the bad-input suite, generated (deterministically) by the test itself.

Each case is a file or folder a user could hand to `chidao import` / `chidao parse`, and what
chidao must do with it: refuse it (exit 2, one line `chidao: FILE: reason`) or read it (exit 0).
"""
import os
import random
import struct
import zlib
from dataclasses import dataclass, field

VIETNAMESE = (
    "Sở Y tế chủ trì, phối hợp với Ủy ban nhân dân các huyện, thành phố triển khai "
    "tiêm vắc xin phòng COVID-19 cho người dân trên địa bàn tỉnh, hoàn thành trước ngày "
    "31/12/2026. "
)


@dataclass
class Case:
    name: str               # what the test prints
    path: str               # the input, relative to the work folder
    refused: bool           # True: exit 2 and one error line; False: read, exit 0
    reason: str = ""        # a regex the error line's reason must match (refused cases)
    seconds: float = 30.0   # wall-time bound for one command
    rss_mib: int = 400      # peak-memory bound for one command (normal build)
    commands: tuple = ("import", "parse")
    notes: list = field(default_factory=list)


def _png(width, height, raw_rows):
    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)  # 8-bit greyscale
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) +
            chunk(b"IDAT", zlib.compress(raw_rows)) + chunk(b"IEND", b""))


def _pdf(page_contents):
    """A minimal, valid PDF (correct xref offsets) with one page per content stream."""
    objects = []
    n_pages = len(page_contents)
    kids = " ".join(f"{3 + 2 * i} 0 R" for i in range(n_pages))
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {n_pages} >>".encode())
    for i, content in enumerate(page_contents):
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                       f"/Resources << >> /Contents {4 + 2 * i} 0 R >>".encode())
        objects.append(f"<< /Length {len(content)} >>\nstream\n".encode() + content +
                       b"\nendstream")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n"
            "%%EOF\n").encode()
    return bytes(out)


def _nested_list():
    """Numbered items nested ever deeper ("1.", "1.1.", "1.1.1."...) down to 10,000 levels,
    and a line of 10,000 nested brackets: whatever keeps a stack of levels meets its limit.
    Every level up to 200, then every 100th level to 10,000 (a line per level would be 100 MB)."""
    depths = list(range(1, 201)) + list(range(300, 10_001, 100))
    lines = ["ỦY BAN NHÂN DÂN TỈNH X", "Số: 1/KH-UBND", "KẾ HOẠCH", "Triển khai nhiệm vụ"]
    for depth in depths:
        lines.append("1." * depth + " Sở Y tế chủ trì thực hiện nhiệm vụ cấp " + str(depth) + ".")
    lines.append("(" * 10_000 + "Sở Tài chính" + ")" * 10_000)
    lines.append("- " * 10_000 + "Công an tỉnh phối hợp.")
    return "\n".join(lines) + "\n"


def write_cases(root, corpus):
    """Writes every input under `root` and returns the cases. `corpus` is the repo's corpus/."""
    rng = random.Random(20261122)
    def put(rel, data):
        path = os.path.join(root, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(data)
        return rel
    def corpus_bytes(rel):
        with open(os.path.join(corpus, rel), "rb") as f:
            return f.read()

    text_pdf = corpus_bytes("fixtures/003-kh-267-kh-ubnd-bao-dien-tu.pdf")
    cases = [
        Case("zero-byte file", put("in/empty.txt", b""), True, r"empty"),
        Case("truncated PDF (first 40%)",
             put("in/truncated.pdf", text_pdf[: len(text_pdf) * 2 // 5]), True,
             r"truncated|damaged|corrupt|cannot|not a valid"),
        Case("random bytes named .pdf", put("in/random.pdf", rng.randbytes(65536)), True,
             r"PDF|pdf|not|cannot|damaged|corrupt"),
        Case("random bytes named .png", put("in/random.png", rng.randbytes(65536)), True,
             r"image|PNG|png|not|cannot|corrupt"),
        Case("random bytes named .txt", put("in/random.txt", rng.randbytes(65536)), True,
             r"text|binary|encoding"),
        Case("password-protected PDF",
             put("in/encrypted.pdf", corpus_bytes("../tests/data/encrypted.pdf")), True,
             r"password"),
        Case("PDF whose pages have no text and no images",
             put("in/blank.pdf", _pdf([b"", b"q Q"])), True, r"no text|empty|blank"),
        Case("1x1 image", put("in/one-pixel.png", _png(1, 1, b"\x00\xff")), True,
             r"no text|small|empty|too"),
        Case("image declaring 30000x30000 pixels",
             put("in/huge.png", _png(30000, 30000, b"\x00" * 30001)), True,
             r"pixels|too large|limit"),
        Case("invalid UTF-8 (a valid file with stray bytes)",
             put("in/stray-bytes.txt",
                 VIETNAMESE.encode() * 5 + b"\xff\xfe\xc3(" + VIETNAMESE.encode() * 5),
             False),
        Case("UTF-16 without BOM", put("in/utf16-nobom.txt", (VIETNAMESE * 20).encode("utf-16-le")),
             False),
        Case("a 5 MB single line",
             put("in/one-line.txt", (VIETNAMESE * (5_000_000 // len(VIETNAMESE.encode()) + 1))
                 .encode()[:5_000_000].decode("utf-8", "ignore").encode()),
             False, seconds=60, rss_mib=600),
        Case("10,000 nested list levels", put("in/nested.txt", _nested_list().encode()), False,
             seconds=60, rss_mib=600),
        Case("a directive in English",
             put("in/english.txt", (
                 "MINISTRY OF HEALTH\nNo. 12/MOH\nOFFICIAL LETTER\nOn COVID-19 vaccination\n"
                 "1. The Department of Health shall organise vaccination for all residents "
                 "before 31 December 2026.\n2. Provincial People's Committees shall report "
                 "monthly.\nMinister\n").encode()), True, r"Vietnamese"),
    ]
    return cases


def write_batch(root, files=1000):
    """A folder of `files` small distinct directives (all importable)."""
    folder = os.path.join(root, "batch")
    os.makedirs(folder, exist_ok=True)
    for i in range(files):
        with open(os.path.join(folder, f"cv-{i:04d}.txt"), "w", encoding="utf-8") as f:
            f.write(f"ỦY BAN NHÂN DÂN TỈNH BẮC GIANG\nSố: {i + 1}/UBND-VX\n"
                    f"V/v triển khai nhiệm vụ số {i + 1}\n"
                    f"Bắc Giang, ngày {i % 28 + 1} tháng {i % 12 + 1} năm 2026\n"
                    f"Kính gửi: Sở Y tế.\n1. Sở Y tế chủ trì thực hiện nhiệm vụ {i + 1}, "
                    f"hoàn thành trước ngày 31/12/2026.\nCHỦ TỊCH\nNguyễn Văn A\n")
    return folder
