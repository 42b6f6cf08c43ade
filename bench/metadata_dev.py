"""Development figures for pressclip.metadata (the lead's bench/metadata.py is the benchmark).

    python -m bench.metadata_dev --language      language identifiers compared
    python -m bench.metadata_dev --dates [--split train|heldout]
    python -m bench.metadata_dev --fields [--split train|heldout]

--language: agreement with the `lang` field of the trafilatura and readability sets (synthetic
pages left out) on titles, first body segments and body starts, with ms per call.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

from bench import datasets

LANGUAGE_SAMPLE_CHARS = 1000


def _language_samples() -> dict[str, list[tuple[str, str]]]:
    samples: dict[str, list[tuple[str, str]]] = {"titles": [], "first segment": [],
                                                 "body start": []}
    for row in datasets.rows("trafilatura"):
        if not row["lang"]:
            continue
        if row["title"]:
            samples["titles"].append((row["lang"], row["title"]))
        if row["with"]:
            samples["first segment"].append((row["lang"], row["with"][0]))
            samples["body start"].append(
                (row["lang"], " ".join(row["with"])[:LANGUAGE_SAMPLE_CHARS]))
    for row in datasets.rows("readability"):
        if row["lang"] and row["body"] and not row["extra"].get("synthetic"):
            samples["body start"].append((row["lang"], row["body"][:LANGUAGE_SAMPLE_CHARS]))
    return samples


def _language_identifiers() -> dict[str, Callable[[str], str | None]]:
    import py3langid

    from pressclip.metadata.language import detect_language

    return {"pressclip (fastText lid.176.ftz)": detect_language,
            "py3langid": lambda text: py3langid.classify(text)[0]}


def measure_language() -> None:
    identifiers = _language_identifiers()
    for identify in identifiers.values():
        identify("warm up the model")
    for kind, texts in _language_samples().items():
        mean_len = sum(len(t) for _, t in texts) / len(texts)
        for name, identify in identifiers.items():
            start = time.perf_counter()
            right = sum(identify(text) == lang for lang, text in texts)
            ms = (time.perf_counter() - start) / len(texts) * 1000
            print(f"{kind:14s} ({len(texts)}, ~{mean_len:.0f} chars) {name:32s} "
                  f"{right / len(texts):.3f}  {ms:.3f} ms/call")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--language", action="store_true")
    args = parser.parse_args(argv)
    if not datasets.available():
        raise SystemExit(f"no shared data at {datasets.DATA}")
    if args.language:
        measure_language()


if __name__ == "__main__":
    main()
