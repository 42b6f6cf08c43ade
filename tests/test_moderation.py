"""A kept block that states the rules of the page's comments leaves; a paragraph that
mentions comments or their moderation in passing stays."""

from pressclip.locate.moderation import is_comment_policy


def test_comment_policies_in_several_languages():
    assert is_comment_policy("Note: all comments subject to approval")
    assert is_comment_policy("Comments are limited to 150 words.")
    assert is_comment_policy("Please stay on topic. Comments are moderated.")
    assert is_comment_policy("Comment posters are responsible for what they write here.")
    assert is_comment_policy("Comment policy: be kind, stay on topic, no links.")
    assert is_comment_policy("Kommentare werden vor der Freischaltung geprüft.")
    assert is_comment_policy("Bitte beachten Sie unsere Netiquette.")
    assert is_comment_policy("Les commentaires sont modérés a priori.")
    assert is_comment_policy("Los comentarios son moderados antes de publicarse.")
    assert is_comment_policy("Reacties worden gemodereerd.")


def test_comments_in_passing_are_no_policy():
    assert not is_comment_policy("His comments closed the debate on the harbour.")
    assert not is_comment_policy("The mayor's comments were reviewed by the council.")
    assert not is_comment_policy("Readers asked about the comment rules, said Tomas Velk.")
    assert not is_comment_policy(
        "I moved the old post to a page of its own after the storm of replies; it kept its "
        "text as it was, and comments are closed there now.")

