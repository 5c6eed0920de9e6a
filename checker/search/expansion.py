"""Unknown query words read as the archive spells them: a glued pair apart, or a loanword's usual spelling.

A word no indexed text holds finds nothing and, being the rarest, weighs most in the ranking's denominator. Its
other spellings (checker/text/word_variants.py) are looked up in `searchterm` with one key probe each, all in one
statement, and the word is replaced by the most common spelling the archive holds, or else by the two parts of a
glued pair that it holds both of. Only unknown words are expanded, so a query of known words costs nothing more.
"""
from __future__ import annotations

from sqlmodel import Session

from checker.search.candidates import document_frequencies
from checker.text.word_variants import SHORTEST_WORD, bare_form, is_arabic, spelling_variants, splits

MAX_UNKNOWN = 8  # unknown words expanded per query: bounds the lookup (tweets carry names, emoji and typos)


def _cuts(word: str, hashtags: frozenset[str]) -> list[tuple[str, str]]:
    # English running text rarely glues two words, and cutting an unknown one ("understandably") finds two that
    # are not meant: on the English train texts it tripled the false alarms of seen before. A hashtag glues them.
    return splits(word) if is_arabic(word) or word in hashtags else []


def _choice(word: str, dfs: dict[str, int], hashtags: frozenset[str]) -> list[str]:
    known = [(dfs.get(v, 0), v) for v in spelling_variants(word)]
    best = max((pair for pair in known if pair[0] > 0), default=None)
    if best is not None:
        return [best[1]]
    pairs = [(min(dfs.get(a, 0), dfs.get(b, 0)), a, b) for a, b in _cuts(word, hashtags)]
    glued = max((p for p in pairs if p[0] > 0), default=None)
    return [glued[1], glued[2]] if glued is not None else [word]


def archive_spellings(session: Session, terms: list[str], dfs: dict[str, int],
                      hashtags: frozenset[str] = frozenset()) -> tuple[dict[str, list[str]], dict[str, int]]:
    """Each unknown query word the archive spells otherwise, with its spelling there (one word, or the two parts
    of a glued pair), and the count of every word looked at; `hashtags` as for `expand_unknown`."""
    unknown = [t for t in terms if dfs.get(t, 0) == 0 and len(t) >= SHORTEST_WORD and t.isalpha()][:MAX_UNKNOWN]
    if not unknown:
        return {}, dfs
    proposals = {w for t in unknown for w in (*spelling_variants(t), *(p for pair in splits(t) for p in pair))}
    found = document_frequencies(session, sorted(proposals - dfs.keys()))
    counts = {**found, **dfs}
    chosen = {t: _choice(t, counts, hashtags) for t in dict.fromkeys(unknown)}
    return {t: words for t, words in chosen.items() if words != [t]}, counts


def as_archive_spells(terms: list[str], spellings: dict[str, list[str]]) -> list[str]:
    """The words in their order (repeats kept), each unknown one replaced by its spelling in the archive."""
    return [w for t in terms for w in spellings.get(t, [t])]


def expand_unknown(session: Session, terms: list[str], dfs: dict[str, int],
                   hashtags: frozenset[str] = frozenset()) -> tuple[list[str], dict[str, int]]:
    """The query's words with each unknown one replaced by its spelling in the archive, and every word's count;
    `hashtags` are the words the query wrote as hashtags (checker.text.word_variants.hashtag_terms)."""
    spellings, counts = archive_spellings(session, terms, dfs, hashtags)
    if counts is dfs:
        return terms, dfs
    expanded = list(dict.fromkeys(as_archive_spells(terms, spellings)))
    return expanded, {t: counts.get(t, 0) for t in expanded}


def read_as_query_words(terms: list[str], texts: list[list[str]]) -> list[list[str]]:
    """Candidates' index words with each one that differs from a query word only by a verb's present-tense prefix
    or a pronoun suffix written as the query's word ("خاطب" and "يخاطب", "قلوبهم" and "قلوب")."""
    if not any(is_arabic(t) for t in terms):
        return texts  # English inflections are the Snowball stemmer's
    bare = {bare_form(t): t for t in terms}
    # Each word is looked at once per query, and only texts holding a word read otherwise are written again.
    read = {w: bare[b] for w in set().union(*texts).difference(terms) if (b := bare_form(w)) in bare}
    if not read:
        return texts
    return [[read.get(w, w) for w in text] if not read.keys().isdisjoint(text) else text for text in texts]
