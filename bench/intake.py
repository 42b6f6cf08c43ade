"""The intake's policies, measured: the binary check, the HTML-or-text guess, decoding.

    python -m bench.intake [--write]

For every page of ../shared/data (HTML pages of every set, flattened texts of both text
sets), as str and as UTF-8 bytes: the share of non-text characters the binary check counts
(largest and 99.9th percentile, per set), and how often the HTML-or-text guess takes a page
for the other kind. Beside them, what binary input scores: seeded random bytes (seen byte
for byte, and after a UTF-16 byte-order mark) and "\\xff\\xfe" * n. MAX_NON_TEXT_SHARE in
pressclip/intake.py must sit between the two.

Decoding: every HTML page given as the bytes it was served in (the encoding its set records
in `extra.encoding`; characters that encoding cannot hold as character references), decoded
by pressclip (parse/encoding.py) and by the anchors' decoders: trafilatura's decode_file,
w3lib's html_to_unicode (Scrapy's), BeautifulSoup's UnicodeDammit; a page counts when the
text is exactly the one served (trafilatura's decoder takes no HTTP charset: it is given
none). Beside them, crafted pages: a UTF-8 page declaring
utf-16 (WHATWG: read as UTF-8), cp500, punycode, or a NUL in its HTTP charset.
"""

from __future__ import annotations

import argparse
import contextlib
import random
from collections.abc import Callable

from bench import datasets
from bench.report import header, table, write_section
from pressclip import intake
from pressclip.parse.encoding import decode

SECTION = "intake"
HTML_SETS = ("trafilatura", "dragnet", "l3s_gn1", "cleaneval", "cleanportaleval", "readability",
             "htmldate", "fundus_dev")
TEXT_SETS = ("textmode", "textmode_fundus_dev")


def _quantile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else 0.0


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--write", action="store_true", help="write into bench/RESULTS.md")
    args = parser.parse_args(argv)
    rows = []
    for name, field, is_html in ([(s, "html", True) for s in HTML_SETS]
                                 + [(s, "text", False) for s in TEXT_SETS]):
        shares, missed, binary = [], 0, 0
        for row in datasets.rows(name):
            page = row[field]
            for data in (page, page.encode("utf-8")):
                shares.append(intake.non_text_share(data))
                binary += intake.looks_binary(data)
                missed += intake.looks_like_html(data) is not is_html
        rows.append([name, "html" if is_html else "text", len(shares) // 2,
                     f"{max(shares):.4f}", f"{_quantile(shares, 0.999):.4f}", binary,
                     missed])
    rng = random.Random(17)
    noise = [bytes(rng.getrandbits(8) for _ in range(8192)) for _ in range(50)]
    synthetic = [
        ["random bytes (50 x 8 KB)", min(intake.non_text_share(b) for b in noise)],
        ["random bytes after a UTF-16 BOM",
         min(intake.non_text_share(b"\xff\xfe" + b) for b in noise)],
        ['"\\xff\\xfe" * 5000 (bytes, or as a str)', intake.non_text_share(b"\xff\xfe" * 5000)],
    ]
    lines = [
        header("Intake: the binary check and the HTML-or-text guess"),
        f"Binary check: refused above {intake.MAX_NON_TEXT_SHARE:.0%} non-text characters in "
        f"the first {intake.BINARY_SAMPLE} characters. Each page counted as str and as UTF-8 "
        "bytes (`refused` and `guess wrong` count both readings).\n",
        table(["set", "kind", "pages", "largest share", "99.9th pct", "refused",
               "guess wrong"], rows),
        "",
        table(["binary input", "smallest share"],
              [[name, f"{share:.3f}"] for name, share in synthetic]),
    ]
    lines += ["", *_decoding()]
    markdown = "\n".join(lines)
    print(markdown)
    if args.write:
        write_section(SECTION, markdown)


def _decoders() -> dict[str, Callable[[bytes, str | None], str]]:
    from bs4 import UnicodeDammit
    from trafilatura.utils import decode_file
    from w3lib.encoding import html_to_unicode

    def w3lib(data: bytes, charset: str | None) -> str:
        return html_to_unicode(f"text/html; charset={charset}" if charset else None, data)[1]

    def dammit(data: bytes, charset: str | None) -> str:
        known = [charset] if charset else []
        return UnicodeDammit(data, known_definite_encodings=known, is_html=True).unicode_markup

    return {
        "pressclip": lambda data, charset: decode(data, charset)[0],
        "trafilatura": lambda data, charset: decode_file(data),
        "w3lib": w3lib,
        "UnicodeDammit": dammit,
    }


def _served(row: dict) -> tuple[bytes, str]:
    """The page as the bytes it was served in, and the text those bytes hold."""
    encoding = ((row.get("extra") or {}).get("encoding") or "utf-8").split("(")[0]
    data = row["html"].encode(encoding, "xmlcharrefreplace")
    return data, data.decode(encoding)


_CRAFTED_BODY = ("<title>Le budget est voté</title></head><body><p>"
                 + "Le conseil a voté le budget de l'année, a indiqué le maire. " * 20
                 + "</p></body></html>")


def _crafted() -> list[tuple[str, bytes, str | None, str]]:
    page = "<html><head>{}" + _CRAFTED_BODY
    honest = page.format("")
    return [
        ('UTF-8 page, meta charset="utf-16"', page.format('<meta charset="utf-16">'), None),
        ('UTF-8 page, meta charset="cp500"', page.format('<meta charset="cp500">'), None),
        ('UTF-8 page, meta charset="punycode"', page.format('<meta charset="punycode">'), None),
        ("UTF-8 page, HTTP charset with a NUL", honest, "utf-8\x00"),
        ("UTF-8 page, HTTP charset utf-16", honest, "utf-16"),
    ]


def _decoding() -> list[str]:
    decoders = _decoders()
    rows = []
    for name in HTML_SETS:
        right = {split: dict.fromkeys(decoders, 0) for split in ("heldout", "train")}
        pages = dict.fromkeys(right, 0)
        for row in datasets.rows(name):
            data, text = _served(row)
            split = datasets.split_of(row)
            pages[split] += 1
            for label, decoder in decoders.items():
                # A decoder's crash is a wrong answer.
                with contextlib.suppress(Exception):
                    right[split][label] += decoder(data, None) == text
        rows += [[name, split, pages[split], *(right[split][label] for label in decoders)]
                 for split in right]
    crafted = []
    for case, text, charset in _crafted():
        data = text.encode("utf-8")
        answers = []
        for decoder in decoders.values():
            try:
                answers.append("right" if decoder(data, charset) == text else "wrong")
            except Exception as exc:  # noqa: BLE001
                answers.append(type(exc).__name__)
        crafted.append([case, *answers])
    return [
        "Decoding: pages given as the bytes they were served in, decoded to exactly the text "
        "served (the rule that valid UTF-8 beyond ASCII is UTF-8 was chosen on these pages: "
        "read the heldout rows).\n",
        table(["set", "split", "pages", *decoders], rows),
        "",
        table(["crafted page", *decoders], crafted),
    ]


if __name__ == "__main__":
    main()
