"""A kept block that is only the word for "advertisement" leaves; the word in text stays."""

from types import SimpleNamespace

import numpy as np

from pressclip.locate.adlabels import drop_ad_labels, is_ad_label


def test_the_labels_of_several_languages_are_labels():
    for text in ("Advertisement", "ANZEIGE", "Publicité", " Werbung ", "광고", "- Reklama -"):
        assert is_ad_label(text), text


def test_the_word_inside_text_or_beside_other_words_is_no_label():
    for text in ("Advertisement for a new bakery on the corner", "Die Anzeige wurde erstattet.",
                 "AD 1066", "Sponsored content policy", ""):
        assert not is_ad_label(text), text


def test_only_kept_labels_leave():
    raw = [SimpleNamespace(text=t) for t in
           ("The council met on Tuesday to vote on the budget.", "Advertisement",
            "It passed by nine votes to four.", "Anzeige")]
    keep = np.array([True, True, True, False])
    assert drop_ad_labels(raw, keep).tolist() == [True, False, True, False]
    assert keep.tolist() == [True, True, True, False]
