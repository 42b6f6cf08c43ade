"""The locator's model file must match the features the code computes."""

import json
from importlib import resources

import pytest

from pressclip.locate.features import context_names, feature_names
from pressclip.locate.model import MODEL_FILE, load_model, read_model


def _shipped() -> dict:
    text = resources.files("pressclip.model").joinpath(MODEL_FILE).read_text("utf-8")
    return json.loads(text)


def test_shipped_model_matches_the_features():
    data = _shipped()
    assert data["stage1"]["feature_names"] == feature_names()
    assert data["stage2"]["feature_names"] == feature_names() + context_names()
    assert load_model().threshold_keep > 0


@pytest.mark.parametrize("stage", ["stage1", "stage2"])
def test_a_model_of_other_features_is_refused(stage):
    data = _shipped()
    names = list(data[stage]["feature_names"])
    names[0], names[1] = names[1], names[0]
    data[stage]["feature_names"] = names
    with pytest.raises(RuntimeError, match="other features"):
        read_model(data)
