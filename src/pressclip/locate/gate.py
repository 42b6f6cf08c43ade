"""Pass 5 of the locator: is what it selected an article at all?

A page of furniture (menus, a consent notice, a list of links, a section front's teasers)
still leaves a best-scoring region; the gate says whether that region is an article from a
few numbers about it (Evidence): how much text it holds, how sure the model is of it, how it
stands beside the rest of the page. A few shallow boosted trees trained by
training/train_no_article.py on the train split's pages, whole and with their article cut
out, and stored in JSON like the locator's.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import numpy as np

from ..model.trees import TreeEnsemble

MODEL_FILE = "no_article.json"


@dataclass(frozen=True, slots=True)
class Evidence:
    """How much article the selection holds and how sure the model is of it."""

    words: float  # script-aware word units of the kept blocks
    best: float  # the highest score among them
    fallback: bool  # nothing cleared the threshold: the best region was taken instead
    mean: float = 0.0  # the kept blocks' scores, weighted by their word units
    page_best: float = 0.0  # the highest score of any block of the page
    longest: float = 0.0  # word units of the longest kept block
    share: float = 0.0  # the kept blocks' share of the page's word units
    link_density: float = 0.0  # link characters per character of the kept blocks
    blocks: int = 0  # kept blocks
    prose: float = 0.0  # share of the kept word units in blocks that end like a sentence
    furniture: float = 0.0  # share of the kept word units in containers named as furniture
    stops: float = 0.0  # sentence ends per kept word unit
    frequent: float = 0.0  # share of the kept word units among the page's most frequent words

    def vector(self) -> np.ndarray:
        """The gate's inputs; counts on a log scale, where a page's size matters less."""
        return np.array([
            np.log1p(self.words), self.best, float(self.fallback), self.mean, self.page_best,
            np.log1p(self.longest), self.share, self.link_density, np.log1p(self.blocks),
            self.prose, self.furniture, self.stops, self.frequent,
        ])

    def is_article(self) -> bool:
        """False for a page of furniture: menus, a notice, a list of links, teasers."""
        if self.blocks == 1 and self.furniture >= 1.0:
            # One block, in a container named as furniture (a consent notice's paragraph, a
            # footer's note): on the train split's pages, 37 no-article pages and 3 article
            # pages, none of which had its article selected (selection body F1 under 0.5).
            # The trees, which weigh a missed article thirty times, do not learn so rare a
            # case from so few pages.
            return False
        return self.words > 0 and load_gate().says_article(self.vector())


NAMES = ("log_words", "best", "fallback", "mean", "page_best", "log_longest", "share",
         "link_density", "log_blocks", "prose", "furniture", "stops", "frequent")


@dataclass(frozen=True)
class Gate:
    trees: TreeEnsemble
    threshold: float  # an article when the trees' probability reaches it

    def probability(self, x: np.ndarray) -> float:
        return float(self.trees.predict_proba(x[None, :])[0])

    def says_article(self, x: np.ndarray) -> bool:
        return self.probability(x) >= self.threshold


@lru_cache(maxsize=1)
def load_gate() -> Gate:
    """The shipped gate; loaded once per process."""
    text = resources.files("pressclip.model").joinpath(MODEL_FILE).read_text("utf-8")
    return read_gate(json.loads(text))


def read_gate(data: dict) -> Gate:
    """A gate from its JSON form; refuses one trained on other inputs."""
    if tuple(data["feature_names"]) != NAMES:
        raise RuntimeError(f"{MODEL_FILE} was trained on other inputs than locate.gate "
                           "computes; retrain it with python -m training.train_no_article")
    return Gate(TreeEnsemble.from_json(data["trees"]), float(data["threshold"]))
