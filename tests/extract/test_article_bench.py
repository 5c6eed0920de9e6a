"""bench/extract_articles.py finds each gold file's text beside it first, then in --texts, and prints one JSON line."""
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TEXT = "VOTE SET FOR MAY\n\nRIYADH, March 15 - Turnout rose to 45% in 2019, officials said. It was a fine day.\n"


def _gold(text: str) -> dict:
    first = text.index("\n")
    dateline = text.index("RIYADH")
    sentence = text.index("Turnout")
    second = text.index("It was")
    return {"article": "x.txt", "language": "en", "published_on": "2019-06-01", "units": [
        {"start": 0, "end": first, "kind": "headline", "claim": False, "types": []},
        {"start": dateline, "end": sentence - 1, "kind": "dateline", "claim": False, "types": []},
        {"start": sentence, "end": second - 1, "kind": "sentence", "claim": True, "types": ["quantity"],
         "quantities": [{"text": "45%", "value": 45, "unit": "%"}],
         "dates": [{"text": "2019", "value": "2019", "relative": False}], "speaker": "officials"},
        {"start": second, "end": len(text.rstrip()), "kind": "sentence", "claim": False, "types": []},
    ]}


def _run(gold: Path, texts: Path) -> dict:
    out = subprocess.run([sys.executable, str(ROOT / "bench" / "extract_articles.py"), "--gold", str(gold),
                          "--texts", str(texts), "--json"], capture_output=True, text=True, check=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def test_text_beside_the_gold(tmp_path):
    (tmp_path / "x.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "x.json").write_text(json.dumps(_gold(TEXT)), encoding="utf-8")
    figures = _run(tmp_path, tmp_path / "nowhere")
    assert set(figures) == {f"{m}_{lang}" for lang in ("ar", "en") for m in (
        "boundary_f1", "claim_p", "claim_r", "claim_f1", "claim_ap", "all_f1", "qty_acc", "qty_prec", "date_acc",
        "speaker_acc")}
    assert figures["boundary_f1_en"] == 1.0
    assert figures["qty_acc_en"] == figures["date_acc_en"] == figures["speaker_acc_en"] == 1.0
    assert figures["claim_r_en"] == 1.0 and figures["all_f1_en"] < 1.0


def test_text_in_the_texts_folder(tmp_path):
    gold, texts = tmp_path / "gold", tmp_path / "texts"
    gold.mkdir()
    texts.mkdir()
    (texts / "x.txt").write_text(TEXT, encoding="utf-8")
    (gold / "x.json").write_text(json.dumps(_gold(TEXT)), encoding="utf-8")
    assert _run(gold, texts)["boundary_f1_en"] == 1.0
