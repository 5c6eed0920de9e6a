"""Seen before as a decision: would the desk be told "checked before", and would it be right? Per language.

The archive is built from vclaims_LANG.tsv through the store (every verified claim an external fact-check, as in
bench/search_quality.py). Every retrieval query is a repeat: it should be suggested (calibrated score at or above
`match_suggest_threshold`) with its gold claim among the suggestions. Every check-worthiness row of the language
(tweets and debate lines, none of them in the collection) is a non-repeat: any suggestion is a false alarm.
Each text goes through the ranking and the calibration the intake uses (checker.search.rank, then
checker.search.calibration.suggestions: at most three suggestions, as stored per claim).

    seen_recall      repeats whose gold claim is suggested
    seen_precision   suggestions that are the gold claim, over all suggestions made for repeats
    false_alarm      non-repeats that get any suggestion
    auto_precision   of suggestions at or above match_auto_threshold (repeats and non-repeats), the share right
    bm25_seen_recall the same decision from BM25 scores, thresholded to give our false-alarm rate

A suggestion is right when it is the gold claim or an identical twin of it: the collections hold some
fact-checks twice under two ids with the same text and title (bench/common.py identical_twins), which nothing
can tell apart. `seen_recall_strict` and `auto_precision_strict` count the gold ids alone.

Splits: repeats by the organisers' split; Arabic non-repeats by theirs; English check-worthiness rows are all
"train", so the 2017–2019 debates and speeches (EN_HELD_OUT) are held out as English dev non-repeats and never used
to fit. `tools/train_match_model.py` fits the model on the train rows (through `collect_cached` below).

    .venv/bin/python bench/seen_before.py [--data DIR] [--split all|train|dev] [--json] [--cache FILE]

`--cache FILE` keeps the ranked candidates of every text (both splits) and the rarity of their words in FILE, so
training and reporting the splits rank each text once; scores are always recomputed with the model in the code.
"""
from __future__ import annotations

import argparse
import csv
import json
import pickle
import time
from dataclasses import dataclass
from pathlib import Path

from common import DEFAULT_DATA, LANGUAGES, identical_twins, load_retrieval, scratch_database, with_twins

EN_HELD_OUT = ("clef2019-en-2017", "clef2019-en-2018", "clef2019-en-2019")
LIMIT: int | None = None  # texts of each kind (--limit, for a quick look)
KEPT = 5  # ranked candidates kept per query, as many as the intake's model reads (three are suggested)
CACHE_FORMAT = 4  # cached candidates from another format are ranked again (4: query words as the ranking read them)


@dataclass
class Pair:
    """One ranked candidate of one query: its ranking score, index words and whether it is the gold claim."""

    rank_score: float
    words: list[str]
    gold: bool  # the gold claim or an identical twin of it
    vclaim_id: str
    twin: bool = False  # gold only as an identical twin of the gold claim
    features: tuple[float, ...] = ()
    score: float = 0.0


@dataclass
class Query:
    """A repeat (with gold claims) or a non-repeat, its split, its index terms and its best candidates."""

    repeat: bool
    split: str
    terms: list[str]
    pairs: list[Pair]  # best ranked first
    weights: dict[str, float]  # rarity in the archive of the query's and the candidates' words


def calibrate(queries: list[Query], score: bool = True) -> None:
    """Compute every pair's features and (unless training a new model) its calibrated score with the code now."""
    from checker.search.calibration import seen_before_scores
    from checker.search.pair_features import ranked_features

    for query in queries:
        ranked = [(pair.rank_score, pair.words) for pair in query.pairs]
        scores = seen_before_scores(query.terms, ranked, query.weights) if score else [0.0] * len(ranked)
        for pair, features, value in zip(query.pairs, ranked_features(query.terms, ranked, query.weights), scores):
            pair.features, pair.score = features, value


def _split_of_row(row: dict[str, str], language: str) -> str:
    if language == "en":
        return "dev" if row["source"].startswith(EN_HELD_OUT) else "train"
    return row["split"]


def non_repeats(data: Path, language: str) -> list[tuple[str, str]]:
    """(text, split) of every check-worthiness row of a language."""
    path = data / f"checkworthy_{language}.tsv"
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as handle:
        return [(r["text"], _split_of_row(r, language)) for r in csv.DictReader(handle, delimiter="\t")]


def _queries(session, texts, relevant, twins) -> list[Query]:
    from checker.search.index import rank_with_words, term_weights

    out = []
    for text, split, gold in texts:
        ranked, terms = rank_with_words(session, text)  # unknown words as the archive spells them, as the intake
        right = with_twins(gold, twins)
        pairs = []
        for item in ranked[:KEPT]:
            words = item.candidate.text.split()
            vclaim_id = relevant.get(item.candidate.ref_id, "")
            pairs.append(Pair(item.score, words, vclaim_id in right, vclaim_id,
                              twin=vclaim_id in right and vclaim_id not in gold))
        weights = term_weights(session, [*terms, *(w for pair in pairs for w in pair.words)])
        out.append(Query(bool(gold), split, terms, pairs, weights))
    return out


def collect(data: Path, language: str, splits: set[str]) -> tuple[list[Query], dict]:
    """Build the archive through the store, rank every repeat and non-repeat of the wanted splits."""
    from checker.store.sources.archive import ExternalFactCheckDraft, add_external_fact_check
    from checker.store.db import install_listeners, make_engine, new_session

    install_listeners()  # the fact-checks added below are indexed by the search listeners
    retrieval = load_retrieval(data, language)
    engine = make_engine(scratch_database())
    session = new_session(engine)
    prefix = f"https://checkthat.invalid/{language}/"
    added = []
    for vclaim_id, text, title in retrieval.vclaims:
        check = add_external_fact_check(session, ExternalFactCheckDraft(
            claim_text=text, headline=title, url=prefix + vclaim_id, language=language))[0]
        added.append((check, vclaim_id))
    session.commit()
    by_ref = {check.id: vclaim_id for check, vclaim_id in added}
    texts = [(q, s, retrieval.relevant[qid]) for qid, q, s in retrieval.queries if s in splits][:LIMIT]
    texts += [(t, s, set()) for t, s in non_repeats(data, language) if s in splits][:LIMIT]
    started = time.perf_counter()
    queries = _queries(session, texts, by_ref, identical_twins(retrieval.vclaims))
    ms = (time.perf_counter() - started) / max(len(texts), 1) * 1000
    session.close()
    engine.dispose()
    return queries, {"texts": texts, "ms": ms}


class _CacheReader(pickle.Unpickler):
    """Reads a cache written by this file whether it ran as a script or was imported (tools/train_match_model.py)."""

    def find_class(self, module: str, name: str):
        if name in ("Pair", "Query"):
            return globals()[name]
        return super().find_class(module, name)


def collect_cached(data: Path, language: str, splits: set[str], cache: Path | None,
                   score: bool = True) -> tuple[list[Query], dict]:
    """collect() for both splits once, kept in the cache file; then the wanted splits."""
    if cache is None:
        queries, info = collect(data, language, splits)
        calibrate(queries, score)
        return queries, info
    stored = _CacheReader(cache.open("rb")).load() if cache.exists() else {}
    if stored.get("format") != CACHE_FORMAT:
        stored = {"format": CACHE_FORMAT}
    if language not in stored:
        stored[language] = collect(data, language, {"train", "dev"})
        cache.write_bytes(pickle.dumps(stored))
    queries, info = stored[language]
    keep = [i for i, q in enumerate(queries) if q.split in splits]
    calibrate([queries[i] for i in keep], score)
    return [queries[i] for i in keep], {"texts": [info["texts"][i] for i in keep], "ms": info["ms"]}


def _suggested(query: Query, threshold: float) -> list[Pair]:
    return [p for p in sorted(query.pairs, key=lambda p: -p.score) if p.score >= threshold][:3]


def figures(queries: list[Query], suggest: float, auto: float) -> dict[str, float]:
    """The decision's figures at these thresholds."""
    repeats = [q for q in queries if q.repeat]
    others = [q for q in queries if not q.repeat]
    made = [p for q in repeats for p in _suggested(q, suggest)]
    autos = [p for q in queries for p in _suggested(q, auto)]

    def share(count: int, total: int) -> float:
        return round(count / max(total, 1), 4)

    return {
        "repeats": len(repeats), "non_repeats": len(others),
        "seen_recall": share(sum(any(p.gold for p in _suggested(q, suggest)) for q in repeats), len(repeats)),
        "seen_recall_strict": share(sum(any(p.gold and not p.twin for p in _suggested(q, suggest)) for q in repeats),
                                    len(repeats)),
        "seen_precision": round(sum(p.gold for p in made) / max(len(made), 1), 4),
        "false_alarm": round(sum(bool(_suggested(q, suggest)) for q in others) / max(len(others), 1), 4),
        "auto_precision": share(sum(p.gold for p in autos), len(autos)),
        "auto_precision_strict": share(sum(p.gold and not p.twin for p in autos), len(autos)),
        "auto_matches": len(autos),
    }


def bm25_seen_recall(retrieval, info: dict, false_alarm: float) -> float:
    """BM25 (bm25s defaults, normalised text) thresholded on its top score to give the same false-alarm rate."""
    import bm25s

    from checker.text import normalise_for_search

    texts = info["texts"]
    twins = identical_twins(retrieval.vclaims)
    corpus = [normalise_for_search(f"{t} {h}") for _i, t, h in retrieval.vclaims]
    ids = [v for v, _t, _h in retrieval.vclaims]
    retriever = bm25s.BM25()
    retriever.index(bm25s.tokenize(corpus, stopwords=None, show_progress=False), show_progress=False)
    tokens = bm25s.tokenize([normalise_for_search(t) or "_" for t, _s, _g in texts], stopwords=None,
                            show_progress=False)
    results, scores = retriever.retrieve(tokens, k=3, show_progress=False)
    other_tops = sorted((float(row[0]) for (_t, _s, gold), row in zip(texts, scores) if not gold), reverse=True)
    allowed = int(false_alarm * len(other_tops))
    threshold = other_tops[allowed] + 1e-9 if allowed < len(other_tops) else 0.0
    repeats = [(with_twins(gold, twins), row, sc) for (_t, _s, gold), row, sc in zip(texts, results, scores) if gold]
    found = sum(any(ids[i] in right and s >= threshold for i, s in zip(row, sc)) for right, row, sc in repeats)
    return round(found / max(len(repeats), 1), 4)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--split", choices=["all", "train", "dev"], default="all")
    parser.add_argument("--json", action="store_true", help="print one JSON object as the last line")
    parser.add_argument("--cache", type=Path, help="keep ranked candidates here between runs")
    parser.add_argument("--language", choices=LANGUAGES, help="one language only")
    parser.add_argument("--limit", type=int, help="only the first N repeats and N non-repeats (a quick look)")
    args = parser.parse_args()
    global LIMIT
    LIMIT = args.limit
    from checker.config import Settings

    suggest = Settings.__dataclass_fields__["match_suggest_threshold"].default
    auto = Settings.__dataclass_fields__["match_auto_threshold"].default
    splits = {"train", "dev"} if args.split == "all" else {args.split}
    summary: dict[str, float] = {}
    for language in [args.language] if args.language else LANGUAGES:
        retrieval = load_retrieval(args.data, language)
        if retrieval is None:
            print(f"{language}: no retrieval files in {args.data}")
            continue
        queries, info = collect_cached(args.data, language, splits, args.cache)
        f = figures(queries, suggest, auto)
        f["bm25_seen_recall"] = bm25_seen_recall(retrieval, info, f["false_alarm"])
        print(f"\n{language} ({args.split}): {f['repeats']} repeats, {f['non_repeats']} non-repeats, "
              f"{info['ms']:.1f} ms per text; suggest ≥ {suggest:g}, auto ≥ {auto:g}")
        for key in ("seen_recall", "seen_recall_strict", "seen_precision", "false_alarm", "auto_precision",
                    "auto_precision_strict", "auto_matches", "bm25_seen_recall"):
            print(f"  {key:17} {f[key]}")
            if key != "auto_matches":
                summary[f"{key}_{language}"] = f[key]
    if args.json:
        print(json.dumps(summary))


if __name__ == "__main__":
    main()
