"""What the functions inside the locator and the metadata readers cost a page.

    python -m bench.parts [--sets fundus_dev] [--repeats 3] [--limit N]

bench.speed --passes times core.extract's passes; this times, on the *train* pages of
--sets (the figure steers speed work), the functions those passes spend their time in,
each wrapped where its caller looks it up and timed with `time.process_time`: the
parse's steps (the input's checks, its UTF-8, the attribute cap's scan, libxml2's parse
through lxml, the head's end), the locator's segmentation, feature matrix, model, vetoes
and structure (tables, figures, links and emphasis), the metadata readers, and every
other pass core.extract calls (clean, reveal, rescue, the fallback date, the edges' trim,
the language, the credits, finish), with `core.rest` for what extract spends outside its
passes (the options, the record, the release of the tree and of the passes' objects when
it returns), so that the passes and the rest add up to extract a page. `gc` is the
cyclic garbage collector's time (gc.callbacks), inside whichever function it interrupted:
it runs on few pages, so its mean over all pages is its share. A name
nested in another is timed inside it too (trees.leaf_sums inside
LocatorModel.predict_proba). The table gives, per function, the pages it ran on, the
median over those pages of the median over repeats, and the mean over all pages (a
function that runs on few pages but costs much there shows in the mean only). A cProfile
of the same pages misleads here: the compiled walks (_walk.pyx, _features.pyx,
_trees.pyx) are invisible to it, so their time shows as their Python callers' own, and
its overhead a call inflates the small Python functions.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import statistics
import time
from collections.abc import Callable

from bench import datasets
from bench.anchors import page_url
from bench.report import header, table
from bench.speed import timed
from pressclip import core

# (module or class, attribute): each is replaced, for the run, where its callers find it.
_TIMED = (
    ("pressclip.core", "read_page"),
    ("pressclip.parse.html", "check_page"),
    ("pressclip.parse.html", "utf8"),
    ("pressclip.parse.html", "cap_attributes"),
    ("pressclip.parse.html", "_parse"),
    ("pressclip.parse.html", "_end_head"),
    ("pressclip.core", "read_metadata"),
    ("pressclip.core", "clean"),
    ("pressclip.core", "locate_article"),
    ("pressclip.locate", "segment"),
    ("pressclip.locate", "build_matrix"),
    # build_matrix's two halves: the compiled columns and the last ones (prose context).
    ("pressclip.locate.features", "_compiled_matrix"),
    ("pressclip.locate.features", "_compiled_prose"),
    ("pressclip.locate", "container_groups"),
    ("pressclip.locate.model:LocatorModel", "predict_proba"),
    ("pressclip.model.trees:TreeEnsemble", "leaf_sums"),
    ("pressclip.locate", "_vetoed"),
    ("pressclip.locate", "_drop_furniture_beside_prose"),
    ("pressclip.locate", "drop_link_clouds"),
    ("pressclip.locate", "_fill_gaps"),
    ("pressclip.locate", "drop_ad_labels"),
    ("pressclip.locate", "drop_outside_tail"),
    ("pressclip.locate", "drop_unended_tail"),
    ("pressclip.locate", "drop_stamps"),
    ("pressclip.locate", "drop_rights_lines"),
    ("pressclip.locate", "drop_notices"),
    ("pressclip.locate", "drop_labelled_boxes"),
    ("pressclip.locate", "_drop_orphan_headings"),
    ("pressclip.locate", "_drop_link_labels"),
    ("pressclip.locate", "_evidence"),
    ("pressclip.locate", "_from_lead"),
    ("pressclip.locate", "_opening"),
    ("pressclip.locate", "shape"),
    ("pressclip.locate.structure", "_figures"),
    # Shape.blocks holds the links' and emphasis' spans: InlineMarks is compiled
    # (_walk.pyx), a type whose methods cannot be wrapped.
    ("pressclip.locate.structure:Shape", "blocks"),
    ("pressclip.core", "reveal"),
    ("pressclip.core", "rescue"),
    ("pressclip.core", "fallback_date"),
    ("pressclip.core", "trim_edges"),
    ("pressclip.core", "detect_language"),
    ("pressclip.core", "_take_credits"),
    ("pressclip.core", "finish"),
    # The compiled walk that lists the tags the readers read, in one pass of the page.
    ("pressclip.metadata", "_page_tags"),
    ("pressclip.metadata", "read_meta"),
    ("pressclip.metadata", "read_jsonld"),
    ("pressclip.metadata", "find_marks"),
    ("pressclip.metadata", "choose_title"),
    ("pressclip.metadata", "clean_authors"),
    ("pressclip.metadata", "window_around"),
    # The canonical and image addresses made absolute (urllib's urljoin).
    ("pressclip.metadata", "_absolute"),
    ("pressclip.metadata", "wire_agencies"),
    ("pressclip.metadata", "shown_beside_data"),
    ("pressclip.metadata", "_cosigners"),
    ("pressclip.metadata", "read_byline"),
    ("pressclip.metadata.byline", "_marks"),
    ("pressclip.metadata.byline", "_bylines"),
    ("pressclip.metadata", "read_microdata"),
    ("pressclip.metadata", "shown"),
    ("pressclip.metadata", "in_page_script"),
    ("pressclip.metadata", "read_author_marks"),
    ("pressclip.metadata", "read_comments"),
)


# The passes core.extract calls itself: what they leave of its time is `core.rest`.
_PASSES = {f"core.{name}" for where, name in _TIMED if where == "pressclip.core"}


def _owner(where: str) -> object:
    module, _, name = where.partition(":")
    owner = importlib.import_module(module)
    return getattr(owner, name) if name else owner


def _collector_timer(spent: dict[str, float]) -> Callable[[str, dict], None]:
    """A gc callback adding each collection's CPU time to spent["gc"]."""
    started: list[float] = []

    def callback(phase: str, info: dict) -> None:
        if phase == "start":
            started.append(time.process_time())
        elif started:
            spent["gc"] = spent.get("gc", 0.0) + time.process_time() - started.pop()

    return callback


def costs(sets: tuple[str, ...], repeats: int, limit: int | None) -> str:
    """The table of each timed function's CPU ms a page, on the train pages of `sets`."""
    pages = [{"html": row["html"], "url": page_url(row)}
             for name in sets for row in datasets.rows(name, split="train", limit=limit)]
    spent: dict[str, float] = {}
    originals = []
    for where, name in _TIMED:
        owner = _owner(where)
        label = f"{where.rpartition('.')[2].replace(':', '.')}.{name}"
        originals.append((owner, name, getattr(owner, name)))
        setattr(owner, name, timed(label, getattr(owner, name), spent))
    per_page: list[dict[str, list[float]]] = [{} for _ in pages]
    collector = _collector_timer(spent)
    gc.callbacks.append(collector)
    try:
        for page in pages[:10]:
            core.extract(page["html"], url=page["url"], facts=False)
        for _ in range(repeats):
            for page, seen in zip(pages, per_page, strict=True):
                spent.clear()
                started = time.process_time()
                core.extract(page["html"], url=page["url"], facts=False)
                spent["extract"] = time.process_time() - started
                # What extract spends outside its passes: the options, the record, and the
                # release of the tree and of the passes' objects when it returns.
                spent["core.rest"] = spent["extract"] - sum(
                    seconds for label, seconds in spent.items() if label in _PASSES)
                for label, seconds in spent.items():
                    seen.setdefault(label, []).append(seconds)
    finally:
        gc.callbacks.remove(collector)
        for owner, name, function in originals:
            setattr(owner, name, function)
    labels = ["extract", *dict.fromkeys(
        label for seen in per_page for label in seen if label != "extract")]
    rows = []
    for label in labels:
        medians = [statistics.median(seen[label]) * 1000 for seen in per_page if label in seen]
        rows.append((label, len(medians), f"{statistics.median(medians):.3f}",
                     f"{sum(medians) / len(pages):.3f}"))
    return "\n".join([
        f"{len(pages)} train pages of {', '.join(sets)}, facts off, medians of {repeats} "
        "runs in one process:\n",
        table(("function", "pages", "median CPU ms a page", "mean CPU ms a page"), rows),
    ])


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", nargs="+", default=["fundus_dev"])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args(argv)
    print(header("Functions inside the passes"))
    print(costs(tuple(args.sets), args.repeats, args.limit))


if __name__ == "__main__":
    main()
