"""The one query function: index candidates, re-ranked, filtered and filled in for whoever asked."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, select

from checker.search.calibration import pair_language, tree_log_odds
from checker.search.candidates import Candidate, candidates, collection_size, document_frequencies, idf
from checker.search.expansion import archive_spellings, as_archive_spells, read_as_query_words
from checker.search.pair_features import ranked_features
from checker.search.rank import Facts, coverage_score, fuzzy_part, read_facts
from checker.store.claims.tables import Article, Claim
from checker.store.search_index.tables import DocumentKind
from checker.store.sources.tables import ExternalFactCheck
from checker.store.verdicts.tables import Rating, Verdict
from checker.text.search_forms import index_terms
from checker.text.word_variants import hashtag_terms

CANDIDATES = 100  # re-ranked per query; more when filters may discard many
FILTERED_CANDIDATES = 1000
FUZZY_RERANKED = 12  # candidates that also get the rapidfuzz comparison (the costly step)
FUZZY_BY_RARE_WORDS = 6  # and the best by the rarity of the words they share with the query
# The first results are put in the order of the seen-before model (checker.search.calibration), which reads five
# candidates and tells a repeat's claim from same-topic ones better than the ranking score alone. The key is the
# trees' log-odds plus RANK_WEIGHT per ranking point (0–100): chosen out of fold on the CheckThat! train queries
# (each scored by a model fitted without it), where 0.1 ranked best (Arabic MAP@5 0.870 by the ranking alone,
# 0.877 by the trees alone, 0.879 both; 0.05 and 0.2 lower).
RANK_WEIGHT = 0.1
# How many first results the model orders: the first MODEL_ORDERED_LEAST; when it is not sure of any of them (the
# best tree log-odds under CONFIDENT), up to MODEL_ORDERED of those within MODEL_ORDER_GAP ranking points of the
# first. Both steps are cheap pre-scores: the measures of a pair cost about 0.35 ms (rapidfuzz's partial_ratio the
# most), and a candidate far behind rarely overtakes at 0.1 log-odds per point. Chosen on the CheckThat! train
# queries (MAP@5, at RANK_WEIGHT 0.1): Arabic 0.8954 with five, 0.8985 with ten, 0.9011 with fifteen, the same
# within 15 points of the first (7.5 ordered on average; 0.8985 within 10) and the same when only the unsure widen
# (24 % of the queries; 0.8994 at log-odds 0); English 0.8090, 0.8160, 0.8186, 0.8188 and 0.8189 (36 % widen).
MODEL_ORDERED_LEAST = 5
MODEL_ORDERED = 15
MODEL_ORDER_GAP = 15.0
CONFIDENT = 1.0  # tree log-odds (a probability of 0.73) at which the first five are ordered alone

@dataclass(frozen=True)
class SearchFilters:
    """What a search may be narrowed to; empty values mean no restriction."""

    verdict: str = ""  # a rating key of the scale
    language: str = ""
    outlet: str = ""  # part of the outlet or publisher name
    date_from: date | None = None
    date_to: date | None = None
    kind: str = ""  # "claim" or "external"
    exclude_claim_ids: frozenset[int] = frozenset()

    @property
    def narrows(self) -> bool:
        """Whether anything beyond the kind and exclusions is asked for."""
        return bool(self.verdict or self.language or self.outlet or self.date_from or self.date_to)


@dataclass(frozen=True)
class ClaimRef:
    """The claim of ours a hit is, as far as the results list shows it."""

    id: int
    status: str


@dataclass(frozen=True)
class SearchHit:
    """A claim or an external fact-check that matches a query, with what the results list shows."""

    kind: str
    ref_id: int
    score: float
    text: str
    language: str
    outlet: str
    published_on: date | None
    url: str
    rating: Rating | None
    verdict_label: str
    claim: ClaimRef | None = None
    fact_check: ExternalFactCheck | None = None


def term_weights(session: Session, terms: Iterable[str], size: int | None = None) -> dict[str, float]:
    """Each word's rarity in the archive (BM25's idf), as the ranking weighs the query's words; `size` is the
    collection size when the caller has already read it."""
    unique = list(dict.fromkeys(terms))
    size = size or max(collection_size(session), 1)
    return {t: idf(n, size) for t, n in document_frequencies(session, unique).items()}


@dataclass(frozen=True)
class ScoredCandidate:
    """A candidate and its re-ranked score (what the benchmarks read)."""

    candidate: Candidate
    score: float


def rank(session: Session, query: str, kind: str = "", limit: int = CANDIDATES,
         query_facts: Facts | None = None) -> list[ScoredCandidate]:
    """Candidates for a query from the index, re-ranked by words, their rarity and the stated facts."""
    return _ranked(session, query, kind, limit, query_facts)[0]


def rank_with_words(session: Session, query: str, kind: str = "", limit: int = CANDIDATES,
                    query_facts: Facts | None = None) -> tuple[list[ScoredCandidate], list[str]]:
    """`rank`, and the query's index words as the ranking read them (in order, each unknown word in the archive's
    spelling): what the seen-before model measures, so a glued or respelt word does not count as missing."""
    scored, _weights, _size, spellings = _ranked(session, query, kind, limit, query_facts)
    return scored, as_archive_spells(index_terms(query), spellings)


def _ranked(session: Session, query: str, kind: str, limit: int,
            query_facts: Facts | None) -> tuple[list[ScoredCandidate], dict[str, float], int, dict[str, list[str]]]:
    """`rank`, with the rarity of the query's words, the collection size it read (the model order reuses them) and
    the archive's spelling of its unknown words (checker.search.expansion)."""
    terms = list(dict.fromkeys(index_terms(query)))
    if not terms:
        return [], {}, 0, {}
    size = max(collection_size(session), 1)
    spellings, counts = archive_spellings(session, terms, document_frequencies(session, terms), hashtag_terms(query))
    terms = list(dict.fromkeys(as_archive_spells(terms, spellings)))
    dfs = {t: counts.get(t, 0) for t in terms}
    weights = {t: idf(n, size) for t, n in dfs.items()}
    facts = query_facts if query_facts is not None else read_facts(query)
    found = [c for c in candidates(session, terms, weights, dfs, limit, size) if not kind or c.kind == kind]
    # The ranking reads a candidate's words inflected otherwise as the query's ("خاطب" for "يخاطب"); the results
    # (and the seen-before model, fitted on the index words) keep the candidate's own.
    read_as = dict(zip((c.doc_id for c in found), read_as_query_words(terms, [c.text.split() for c in found])))
    # Word overlap for every candidate; the costly fuzzy comparison only for the best of them.
    cheap = sorted(((coverage_score(terms, read_as[c.doc_id], weights, facts, Facts.from_json(c.facts)), c)
                    for c in found), key=lambda pair: (-pair[0], -pair[1].lexical, pair[1].doc_id))
    # The fuzzy comparison goes to the best by word overlap and to the best by rare words read from the
    # index: a short text holding the query's rarest words can trail long texts on overlap alone.
    fuzzy = {c.doc_id for _s, c in cheap[:FUZZY_RERANKED]}
    fuzzy |= {c.doc_id for c in sorted(found, key=lambda c: (-c.lexical, c.doc_id))[:FUZZY_BY_RARE_WORDS]}
    joined = " ".join(terms)
    scored = []
    for score, candidate in cheap:
        if candidate.doc_id in fuzzy:
            score += fuzzy_part(joined, " ".join(read_as[candidate.doc_id]))
        scored.append(ScoredCandidate(candidate, round(max(0.0, min(1.0, score)) * 100, 2)))
    scored.sort(key=lambda s: (-s.score, -s.candidate.lexical, s.candidate.doc_id))
    return scored, weights, size, spellings


def search(session: Session, query: str, filters: SearchFilters = SearchFilters(), limit: int = 20,
           min_score: float = 0.0, query_facts: Facts | None = None) -> list[SearchHit]:
    """Claims and external fact-checks matching a query, best first, narrowed by the filters."""
    pool = FILTERED_CANDIDATES if filters.narrows else CANDIDATES
    ranked, weights, size, spellings = _ranked(session, query, filters.kind, pool, query_facts)
    scored = [s for s in ranked if s.score >= min_score]
    scored = [s for s in scored if not (s.candidate.kind == DocumentKind.CLAIM
                                        and s.candidate.ref_id in filters.exclude_claim_ids)]
    if filters.language:
        scored = [s for s in scored if s.candidate.language == filters.language]
    scored = in_model_order(session, query, scored, weights, size, as_archive_spells(index_terms(query), spellings))
    hits: list[SearchHit] = []
    batch = limit if not filters.narrows else max(limit * 5, 50)
    for start in range(0, len(scored), batch):
        hits += [h for h in hydrate(session, scored[start:start + batch]) if _passes(h, filters)]
        if len(hits) >= limit:
            break
    return hits[:limit]


def in_model_order(session: Session, query: str, scored: list[ScoredCandidate], known: dict[str, float],
                   size: int, words_read: list[str] | None = None) -> list[ScoredCandidate]:
    """The first five candidates (more when the model is unsure of them: `model_ordered_count`) reordered by the
    seen-before model and their ranking score, the rest as they were. Each keeps its ranking score (what the
    results list shows).

    `known` holds the rarity of the query's words and `size` the collection size, as the ranking read them; only
    the candidates' other words are looked up. `words_read` are the query's words as the ranking read them
    (`rank_with_words`); without them, its index words.
    """
    first = scored[:MODEL_ORDERED_LEAST]
    if len(first) < 2:
        return scored
    terms = words_read if words_read is not None else index_terms(query)  # as the seen-before matcher reads a claim
    weights = dict(known)
    log_odds = _log_odds(session, terms, first, weights, size)
    wider = model_ordered_count(scored)
    if max(log_odds) < CONFIDENT and wider > len(first):
        # The leads over the other candidates are measured among those ordered, so all are measured again.
        first = scored[:wider]
        log_odds = _log_odds(session, terms, first, weights, size)
    keys = [odds + RANK_WEIGHT * s.score for odds, s in zip(log_odds, first)]
    # Texts with the same index words (a fact-check stored twice) take the best key among them, so they stay
    # together in the ranking's order: the model scores both alike and only their place set them apart.
    best_of_text: dict[str, float] = {}
    for s, key in zip(first, keys):
        best_of_text[s.candidate.text] = max(key, best_of_text.get(s.candidate.text, key))
    # Sorting is stable: ties keep the ranking's order.
    order = sorted(range(len(first)), key=lambda i: -best_of_text[first[i].candidate.text])
    return [first[i] for i in order] + scored[len(first):]


def _log_odds(session: Session, terms: list[str], first: list[ScoredCandidate], weights: dict[str, float],
              size: int) -> list[float]:
    """The model's tree log-odds for each of the first candidates; `weights` gains the rarity of their words."""
    words = [s.candidate.text.split() for s in first]
    missing = [w for text in words for w in text if w not in weights]
    weights.update(term_weights(session, missing, size))
    features = ranked_features(terms, [(s.score, text) for s, text in zip(first, words)], weights)
    return [tree_log_odds(f, pair_language(text)) for f, text in zip(features, words)]


def model_ordered_count(scored: list[ScoredCandidate]) -> int:
    """How many of the first candidates (in ranking order) the model orders when unsure of the first five."""
    if not scored:
        return 0
    close = sum(1 for s in scored[:MODEL_ORDERED] if s.score >= scored[0].score - MODEL_ORDER_GAP)
    return min(len(scored), max(MODEL_ORDERED_LEAST, close))


def _passes(hit: SearchHit, filters: SearchFilters) -> bool:
    if filters.verdict and (hit.rating is None or hit.rating.key != filters.verdict):
        return False
    if filters.outlet and filters.outlet.casefold() not in hit.outlet.casefold():
        return False
    if filters.date_from and (hit.published_on is None or hit.published_on < filters.date_from):
        return False
    if filters.date_to and (hit.published_on is None or hit.published_on > filters.date_to):
        return False
    return True


def hydrate(session: Session, scored: list[ScoredCandidate]) -> list[SearchHit]:
    """Fill scored candidates in with their claim, article, verdict or external fact-check, in order."""
    claim_ids = [s.candidate.ref_id for s in scored if s.candidate.kind == DocumentKind.CLAIM]
    external_ids = [s.candidate.ref_id for s in scored if s.candidate.kind == DocumentKind.EXTERNAL]
    # Only the columns a hit shows: whole rows would bring every article's body along.
    claims = {row.id: row for row in session.exec(
        select(Claim.id, Claim.checkable_wording, Claim.original_text, Claim.language, Claim.status,
               Article.outlet, Article.published_on, Article.url)
        .join(Article, Claim.article_id == Article.id).where(Claim.id.in_(claim_ids)))} if claim_ids else {}
    externals = {f.id: f for f in session.exec(
        select(ExternalFactCheck).where(ExternalFactCheck.id.in_(external_ids)))} if external_ids else {}
    verdicts = current_verdicts(session, claim_ids)
    ratings = {r.id: r for r in session.exec(select(Rating))}
    hits = []
    for item in scored:
        c = item.candidate
        if c.kind == DocumentKind.CLAIM and c.ref_id in claims:
            claim = claims[c.ref_id]
            verdict = verdicts.get(claim.id)
            rating = ratings.get(verdict.rating_id) if verdict else None
            hits.append(SearchHit(
                c.kind, claim.id, item.score, claim.checkable_wording or claim.original_text, claim.language,
                claim.outlet, claim.published_on, claim.url, rating, verdict.verdict_line if verdict else "",
                claim=ClaimRef(claim.id, claim.status)))
        elif c.kind == DocumentKind.EXTERNAL and c.ref_id in externals:
            check = externals[c.ref_id]
            hits.append(SearchHit(
                c.kind, check.id, item.score, check.claim_text, check.language, check.publisher,
                check.published_on, check.url, ratings.get(check.rating_id), check.verdict_label,
                fact_check=check))
    return hits


def current_verdicts(session: Session, claim_ids: list[int]) -> dict[int, Verdict]:
    """The newest verdict revision of each claim that has one."""
    if not claim_ids:
        return {}
    newest: dict[int, Verdict] = {}
    for verdict in session.exec(select(Verdict).where(Verdict.claim_id.in_(claim_ids))):
        if verdict.claim_id not in newest or verdict.revision > newest[verdict.claim_id].revision:
            newest[verdict.claim_id] = verdict
    return newest
