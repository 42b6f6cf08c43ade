# cython: language_level=3, boundscheck=False, wraparound=False, cdivision=True
"""model.python_score_context compiled: stage two's columns from stage one's scores, the
same float64 matrix bit for bit.

The Python builder makes about forty numpy calls on arrays of a page's lines (shifts,
cumulative sums, window means, running maxima, the regions of high scores): a fixed cost
per page that is most of its time. Here each column is one loop over the lines. Sums are
made in numpy's order and precision (cumsum and bincount add row after row; the scores, which
the trees give as float32, are summed and divided in float32 where numpy does so), divisions
are IEEE divisions of the same operands, and the one pairwise sum (numpy's sum of the page's
mass) is asked of numpy. tests/test_textmode_scores.py holds the two to the same bits.
"""

import numpy as np

from .model import REGION_GAP, SCORE_NAMES, SCORE_WINDOWS

cdef Py_ssize_t N_COLUMNS = len(SCORE_NAMES)
cdef Py_ssize_t N_WINDOWS = len(SCORE_WINDOWS)
cdef Py_ssize_t[::1] WINDOW_HALVES = np.array(SCORE_WINDOWS, dtype=np.intp)
cdef Py_ssize_t C_REGION_GAP = REGION_GAP
# The columns by name: a renamed, moved or new column fails here, at import, not silently.
cdef dict COLUMN = {name: j for j, name in enumerate(SCORE_NAMES)}
cdef Py_ssize_t S_SCORE = COLUMN["score"], S_PREV = COLUMN["score_prev"]
cdef Py_ssize_t S_NEXT = COLUMN["score_next"], S_WINDOWS = COLUMN[f"score_w{SCORE_WINDOWS[0]}"]
cdef Py_ssize_t S_MASS_BEFORE = COLUMN["mass_before"], S_MASS_AFTER = COLUMN["mass_after"]
cdef Py_ssize_t S_MAX = COLUMN["page_max"], S_TO_MAX = COLUMN["score_to_max"]
cdef Py_ssize_t S_ABOVE_HALF = COLUMN["page_share_above_half"]
cdef Py_ssize_t S_MAX_SO_FAR = COLUMN["max_so_far"], S_MAX_FROM = COLUMN["max_from_here"]
cdef Py_ssize_t S_REGION_MASS = COLUMN["region_mass"]
cdef Py_ssize_t S_LARGEST = COLUMN["region_is_largest"]
cdef Py_ssize_t S_REGION_TEMPLATED = COLUMN["region_templated"]
cdef Py_ssize_t S_REGION_ORDER = COLUMN["region_order"]
if N_COLUMNS != 18 or [COLUMN[f"score_w{w}"] for w in SCORE_WINDOWS] != list(
        range(S_WINDOWS, S_WINDOWS + N_WINDOWS)):
    raise ImportError("model.SCORE_NAMES changed: _scores.pyx computes 18 columns, the "
                      "window means side by side")


def score_context(const float[:] scores, const double[:] sizes, const double[:] templated):
    """model.python_score_context's columns (SCORE_NAMES) for stage one's `scores` (float32,
    as the trees give them), the lines' token counts `sizes` and their `templated` feature
    (float64, as columns of the feature matrix)."""
    cdef Py_ssize_t n = scores.shape[0], i, k, w, lo, hi, r, count = 0, largest
    if n == 0:
        raise IndexError("score_context: no lines")  # as the Python builder's cumsum[-1]
    result = np.zeros((n, N_COLUMNS))
    cdef double[:, ::1] out = result
    mass_array = np.empty(n)
    cdef double[::1] mass = mass_array
    cumulative_array = np.empty(n)
    cdef double[::1] cumulative = cumulative_array
    sums_array = np.empty(n + 1, dtype=np.float32)
    cdef float[::1] sums = sums_array  # np.cumsum of float32 scores adds in float32
    cdef float top = scores[0], top_plus, running
    cdef double total, above = 0
    for i in range(n):
        mass[i] = <double>scores[i] * sizes[i]
        # numpy's cumsum starts from the first value itself, not from 0 + it.
        cumulative[i] = cumulative[i - 1] + mass[i] if i else mass[i]
        sums[i + 1] = sums[i] + scores[i] if i else scores[i]
        if scores[i] > top:
            top = scores[i]
        if scores[i] > 0.5:
            above += 1
    sums[0] = 0.0
    total = cumulative[n - 1] + 1e-9
    # A float32 maximum plus a Python float stays float32 (numpy's weak Python scalars).
    top_plus = top + <float>1e-9
    for i in range(n):
        out[i, S_SCORE] = scores[i]
        out[i, S_PREV] = scores[i - 1] if i else 0.0
        out[i, S_NEXT] = scores[i + 1] if i + 1 < n else 0.0
        for k in range(N_WINDOWS):
            w = WINDOW_HALVES[k]
            lo = i - w if i > w else 0
            hi = i + w + 1 if i + w + 1 < n else n
            out[i, S_WINDOWS + k] = (<double>sums[hi] - <double>sums[lo]) / <double>(hi - lo)
        out[i, S_MASS_BEFORE] = (cumulative[i] - mass[i]) / total
        out[i, S_MASS_AFTER] = 1.0 - cumulative[i] / total
        out[i, S_MAX] = top
        out[i, S_TO_MAX] = <float>(scores[i] / top_plus)
        out[i, S_ABOVE_HALF] = above / <double>n
    running = scores[0]
    for i in range(n):
        if scores[i] > running:
            running = scores[i]
        out[i, S_MAX_SO_FAR] = running
    running = scores[n - 1]
    for i in range(n - 1, -1, -1):
        if scores[i] > running:
            running = scores[i]
        out[i, S_MAX_FROM] = running

    # Regions: runs of lines scoring above one half, gaps of up to REGION_GAP - 1 closed
    # (model.region_columns). Lines outside every region keep zeros.
    regions = np.zeros((2, n), dtype=np.intp)
    cdef Py_ssize_t[::1] firsts = regions[0], lasts = regions[1]
    cdef Py_ssize_t last_high = -1
    for i in range(n):
        if scores[i] > 0.5:
            if last_high < 0 or i - last_high > C_REGION_GAP:
                firsts[count] = i
                count += 1
            lasts[count - 1] = i
            last_high = i
    if count == 0:
        return result
    region_sums = np.zeros((2, count))
    cdef double[::1] region_mass = region_sums[0], region_templated = region_sums[1]
    cdef double page_mass = float(mass_array.sum()) + 1e-9  # numpy's pairwise sum
    largest = 0
    for r in range(count):
        for i in range(firsts[r], lasts[r] + 1):
            region_mass[r] += mass[i]
            region_templated[r] += templated[i]
        region_mass[r] = region_mass[r] / page_mass
        region_templated[r] = region_templated[r] / <double>(lasts[r] + 1 - firsts[r])
        if region_mass[r] > region_mass[largest]:
            largest = r
    for r in range(count):
        for i in range(firsts[r], lasts[r] + 1):
            out[i, S_REGION_MASS] = region_mass[r]
            out[i, S_LARGEST] = r == largest
            out[i, S_REGION_TEMPLATED] = region_templated[r]
            out[i, S_REGION_ORDER] = r / <double>count
    return result
