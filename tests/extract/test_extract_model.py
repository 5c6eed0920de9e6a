"""The learned scorer: committed weights load, scores stay in [0, 1], every queued score has a reason."""
import pytest
from hypothesis import assume, given, settings, strategies as st

from checker.extract import DEFAULT_THRESHOLD, score_sentence
from checker.extract.evaluate import average_precision, precision_recall_f1
from checker.extract.features import _TOKEN_RE, gram_features, lexical_grams, token_spans
from checker.extract.model import load_model
from checker.extract.score import analyse_unit, rule_score
from checker.extract.view import view_of, word_spans


def test_committed_model_loads():
    model = load_model()
    assert model is not None and len(model.weights) > 1000
    assert any(name.startswith("cue:") for name in model.weights)


@pytest.mark.parametrize(
    "text",
    ["وزارة الصحة تعلن تسجيل حالات جديدة بفيروس كورونا اليوم",
     "The health ministry reported new coronavirus cases today",
     "صباح الخير", ""],
)
def test_scores_are_bounded_and_explained(text):
    score, reasons, _ = score_sentence(text, "ar")
    assert 0.0 <= score <= 1.0
    if score >= DEFAULT_THRESHOLD:
        assert reasons
    for reason in reasons:
        assert text[reason.start:reason.end] == reason.evidence


@pytest.mark.parametrize(
    "scores, labels, expected",
    [([0.9, 0.8, 0.1], [True, False, True], (1 + 2 / 3) / 2),
     ([0.9, 0.8, 0.1], [False, False, False], 0.0),
     ([1, 1, 0], [True, True, False], 1.0)],
)
def test_average_precision(scores, labels, expected):
    assert average_precision(scores, labels) == pytest.approx(expected)


def test_precision_recall_at_threshold():
    assert precision_recall_f1([0.9, 0.6, 0.4], [True, False, True], 0.5) == pytest.approx((0.5, 0.5, 0.5))


@pytest.mark.parametrize(
    "text",
    ["قال الوزير إن 50 ألف متطوع سيغادرون بحلول 31 كانون الأول/ديسمبر",
     "The ministry denied that 2,500 troops would leave, a spokesman said.",
     "هل تعتقد أن هذا صحيح؟ شاركوا الرابط @user http://t.co/x",
     "صباح الخير", ""],
)
def test_fast_scoring_matches_the_training_features(text):
    """The scorer's lookups give the log-odds of the dictionary the model was trained on."""
    model = load_model()
    reasons, penalties, words, readable = analyse_unit(text)
    rule = rule_score(reasons, penalties, len(words))
    assert model.readable_logit(reasons, penalties, len(words), rule) == model.logit(readable)
    assert model.gram_logit(words) == pytest.approx(model.logit(gram_features(words)) - model.intercept, abs=1e-12)


@pytest.mark.parametrize(
    "text",
    ["قال الوزير إن 50 ألف متطوع سيغادرون بحلول 31 كانون الأول/ديسمبر",
     "The ministry denied that 2,500 troops would leave, a spokesman said.",
     "مرحبا مرحبا مرحبا", ""],
)
def test_weights_looked_up_once_give_the_same_score_and_pushes(text):
    """The score and the words shown as reasons may share one lookup of the unit's n-gram weights."""
    model = load_model()
    words = analyse_unit(text)[2]
    weights = model.gram_weights(words)
    assert len(weights[0]) == len(weights[1]) == len(words)
    assert model.gram_logit(words, weights) == model.gram_logit(words)
    assert model.word_pushes(words, weights) == model.word_pushes(words)
    assert sum(model.word_pushes(words)) == pytest.approx(model.gram_logit(words), abs=1e-12)


@pytest.mark.parametrize(
    "text",
    [
        "قالَ الوزيرُ إنَّ النسبة بلغت ٪٥٠ في عام ٢٠١٩ في المئة",  # marks inside words, "٪", Arabic-Indic digits
        "Read https://example.com/a b and @user then <link> a a a",  # links, a handle, a word repeated
        "wa wa-wa wawa wa",  # a token that is also the start of later ones
        "£5 and $6 and 7% of €8",
    ],
)
def test_token_spans_place_each_wanted_word_where_the_token_pattern_finds_it(text):
    matches = list(_TOKEN_RE.finditer(text))
    wanted = list(range(len(matches)))
    assert token_spans(text, len(matches), wanted) == [match.span() for match in matches]
    assert token_spans(text, len(matches), wanted[-1:]) == [matches[-1].span()]
    assert token_spans(text, len(matches), [1, 3]) == [matches[1].span(), matches[3].span()]


def test_token_spans_refuse_a_unit_whose_words_split_differently():
    assert token_spans("two words", 3, [0]) is None


# Letters that folding unifies or lowers, digits, "_", the signs, a mark that folding drops, a mark that case
# folding turns into a letter, a ligature that NFKC splits, and what links and handles start with.
_UNIT_CHARACTERS = "اأإآىةؤئبت وقال aAbZ 0123٣ _%$£€٪ .,-/:@ \u064e\u0640\u0345\ufb01 http www."


@given(st.text(alphabet=_UNIT_CHARACTERS, max_size=40), st.data())
@settings(max_examples=300, deadline=None)
def test_the_views_words_are_placed_where_the_units_own_tokens_are(text, data):
    view = view_of(text)
    assume(view.words)
    wanted = sorted(data.draw(st.sets(st.integers(0, len(view.words) - 1), min_size=1)))
    spans = word_spans(view, wanted)
    if spans is not None:  # None: the caller tokenises the unit itself (token_spans)
        assert spans == token_spans(text, len(view.words), wanted)


@pytest.mark.parametrize("text", ["Oil rose 5 % in 2020_21", "قال الوزير إن النسبة بلغت 50 في المئة"])
def test_the_views_words_are_placed_without_tokenising_again_where_folding_kept_every_character(text):
    view = view_of(text)
    wanted = list(range(len(view.words)))
    assert word_spans(view, wanted) == token_spans(text, len(view.words), wanted) is not None


@pytest.mark.parametrize("text", ["قالَ الوزير", "see https://x.org now", "ask @user now"])
def test_a_unit_folded_out_of_line_is_left_to_its_own_tokens(text):
    assert word_spans(view_of(text), [0]) is None


@pytest.mark.parametrize(
    "text",
    ["قال الوزير إن 50 ألف متطوع سيغادرون بحلول 31 كانون الأول/ديسمبر",
     "عاجل: وزارة الصحة تعلن 300 حالة جديدة",
     "The ministry denied that 2,500 troops would leave, a spokesman said.",
     "Trump said the same people voted twice", ""],
)
def test_gram_weights_are_the_weights_of_the_named_grams(text):
    """Each word's weights are those of its unigram and of the bigram it closes, by their names in the model."""
    model = load_model()
    words = analyse_unit(text)[2]
    unigrams, bigrams = model.gram_weights(words)
    names = lexical_grams(words)
    assert unigrams == [model.weights.get("w:" + name, 0.0) for name in names[0]]
    assert bigrams == [model.weights.get("b:" + name, 0.0) for name in names[1]]
    assert len(words) < 3 or any(bigrams)  # the sample units hold weighted bigrams: the lookup is exercised
