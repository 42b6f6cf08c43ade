"""The shipped line model: two stages of boosted trees, evaluated with numpy.

Stage one scores each line from its own and its neighbours' features. Stage two also sees
stage one's scores around the line (article lines come in runs, and where most of the
page's article-like mass lies says a lot about one line) and the region the line lies in:
runs of high-scoring lines, how much of the page's article-like mass each holds, whether it
is the largest, how templated its lines are (a comment thread is prose between repeated
"Posted by … at …" lines; an article is not). The trees are trained by
training/train_textmode.py and stored as plain arrays in model/textmode.json; all trees are
walked at once, one level per step, for all lines of a page.

The trees read the line matrix (features.py), the layout columns (layout.py: steps of the
flattener's indentation) and, after them, the lexicon's columns (lexicon.py): the words
that are furniture on many train sites, learnt with the trees and shipped in the same file.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from pathlib import Path

import numpy as np

from ..model.trees import TreeEnsemble
from . import layout, lexicon
from .decode import DecodeParams, decode
from .features import FEATURE_NAMES, line_matrix, window_means

MODEL_FILE = "textmode.json"
# What the trees read: the line matrix, the layout columns, then the lexicon's columns.
MODEL_FEATURES = FEATURE_NAMES + layout.LAYOUT_NAMES + lexicon.LEXICON_NAMES
# Window half-widths (lines) of the stage-one score means stage two sees.
SCORE_WINDOWS = (2, 5, 12, 30)
_LOG_TOKENS = FEATURE_NAMES.index("log_tokens")
_TEMPLATED = FEATURE_NAMES.index("templated")
SCORE_NAMES = (
    "score", "score_prev", "score_next",
    *(f"score_w{w}" for w in SCORE_WINDOWS),
    "mass_before", "mass_after", "page_max", "score_to_max", "page_share_above_half",
    "max_so_far", "max_from_here",
    "region_mass", "region_is_largest", "region_templated", "region_order",
)  # fmt: skip
# Lines scoring above one half make a region; gaps of up to REGION_GAP - 1 lines are closed.
REGION_GAP = 3


def region_columns(scores: np.ndarray, mass: np.ndarray, templated: np.ndarray) -> np.ndarray:
    """Per line: its region's share of the page's mass, whether that region is the largest,
    the share of templated lines in it, its rank in page order (0 outside every region)."""
    n = len(scores)
    cols = np.zeros((n, 4))
    high = np.flatnonzero(scores > 0.5)
    if len(high) == 0:
        return cols
    opens = np.concatenate(([True], np.diff(high) > REGION_GAP))
    firsts, lasts = high[opens], high[np.concatenate((opens[1:], [True]))]
    bounds = np.zeros(n + 1, dtype=np.int64)
    # Each of firsts and lasts holds a line once: plain fancy indexing adds as np.add.at.
    bounds[firsts] += 1
    bounds[lasts + 1] -= 1
    inside = np.cumsum(bounds[:n]) > 0
    marks = np.zeros(n, dtype=np.int64)
    marks[firsts] = 1
    region = (np.cumsum(marks) - 1)[inside]
    count = len(firsts)
    region_mass = np.bincount(region, weights=mass[inside], minlength=count) / (mass.sum() + 1e-9)
    region_templated = (np.bincount(region, weights=templated[inside], minlength=count)
                        / np.maximum(np.bincount(region, minlength=count), 1))
    cols[inside, 0] = region_mass[region]
    cols[inside, 1] = region == int(np.argmax(region_mass))
    cols[inside, 2] = region_templated[region]
    cols[inside, 3] = region / count
    return cols


def score_context(scores: np.ndarray, sizes: np.ndarray, templated: np.ndarray) -> np.ndarray:
    """Stage two's extra columns (SCORE_NAMES) from stage one's scores, line token counts
    and the lines' `templated` feature: compiled (_scores.pyx) where it was built and the
    arrays have the types the trees (float32) and line_matrix (float64) give them."""
    if (_compiled_score_context is not None and scores.dtype == np.float32
            and sizes.dtype == templated.dtype == np.float64):
        return _compiled_score_context(scores, sizes, templated)
    return python_score_context(scores, sizes, templated)


def python_score_context(scores: np.ndarray, sizes: np.ndarray, templated: np.ndarray
                         ) -> np.ndarray:
    """score_context in numpy: the reference _scores.score_context is held to, bit for bit,
    and the builder where that extension was not built."""
    n = len(scores)
    mass = scores * sizes
    cumulative = np.cumsum(mass)
    total = cumulative[-1] + 1e-9
    top = scores.max()
    cols = [
        scores,
        np.concatenate(([0.0], scores[:-1])),
        np.concatenate((scores[1:], [0.0])),
        *window_means(scores, SCORE_WINDOWS),
        (cumulative - mass) / total,
        1.0 - cumulative / total,
        np.full(n, top),
        scores / (top + 1e-9),
        np.full(n, float((scores > 0.5).mean())),
        np.maximum.accumulate(scores),
        np.maximum.accumulate(scores[::-1])[::-1],
    ]
    return np.hstack((np.column_stack(cols), region_columns(scores, mass, templated)))


@dataclass(frozen=True)
class LineModel:
    stage_one: TreeEnsemble
    stage_two: TreeEnsemble
    decode: DecodeParams
    lexicon: dict[str, float]

    def matrix(self, lines: list[str], text: str | None = None) -> np.ndarray:
        """The rows the trees read (MODEL_FEATURES), one per line of `lines`, split from
        `text` (without it, the layout columns are those of a text without indentation)."""
        return np.hstack((line_matrix(lines), layout.columns(text, len(lines)),
                          lexicon.columns(lines, self.lexicon)))

    def probabilities(self, x: np.ndarray, sizes: np.ndarray) -> np.ndarray:
        first = self.stage_one.predict_proba(x)
        if len(first) == 0:
            return first
        context = score_context(first, sizes, x[:, _TEMPLATED])
        return self.stage_two.predict_proba(np.hstack((x, context)))

    def locate(self, lines: list[str], threshold_shift: float = 0.0, text: str | None = None
               ) -> tuple[list[bool], np.ndarray, np.ndarray, np.ndarray]:
        """Which lines are article text, each line's token count, its probability and
        whether its template (first and last words) recurs in the page. `threshold_shift`
        moves the decoder's threshold (options.TEXT_SHIFTS); `text` is what `lines` were
        split from (its indentation, layout.py)."""
        x = self.matrix(lines, text)
        sizes = np.expm1(x[:, _LOG_TOKENS])
        proba = self.probabilities(x, sizes)
        params = replace(self.decode, threshold=self.decode.threshold + threshold_shift)
        return decode(proba, sizes, params), sizes, proba, x[:, _TEMPLATED] > 0


@cache
def load_model(path: Path | None = None) -> LineModel:
    """The shipped model, or one written by training/train_textmode.py --out PATH."""
    source = resources.files("pressclip.model").joinpath(MODEL_FILE) if path is None else path
    data = json.loads(source.read_text(encoding="utf-8"))
    if tuple(data["feature_names"]) != MODEL_FEATURES:
        raise RuntimeError(f"{source} was trained on other features: retrain it")
    return LineModel(
        TreeEnsemble.from_json(data["stage_one"]),
        TreeEnsemble.from_json(data["stage_two"]),
        DecodeParams.from_json(data["decode"]),
        data["lexicon"],
    )


# Stage two's columns compiled (textmode/_scores.pyx), when the extension was built at
# install: a loop over the lines per column instead of about forty numpy calls on small
# arrays. Imported last because it reads the names and constants above.
try:
    from ._scores import score_context as _compiled_score_context
except ImportError:  # installed without a C compiler: python_score_context gives the same
    _compiled_score_context = None
