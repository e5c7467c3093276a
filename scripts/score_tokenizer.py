"""Score the shipped tokenizer on the held-out test half, raw and with lvextract's repairs.

    python scripts/score_tokenizer.py            # after scripts/train_tokenizer.py

Reads the raw text and gold CoNLL-U that train_tokenizer.py laid out under build/tokenizer
(the 2023 test half that neither trained the model nor picked its checkpoint), segments the
text the way `lvextract` does and scores tokens / sentences with Stanza's CoNLL 2018
evaluation. Prints JSON; MODEL_CARD.md quotes it.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))


def to_conllu(text: str, sentences) -> str:
    lines = []
    for sentence in sentences:
        for i, (start, end) in enumerate(sentence, 1):
            glued = i < len(sentence) and sentence[i][0] == end
            form = text[start:end].replace(" ", "").replace("\n", "")  # the scorer ignores spaces
            lines.append(f"{i}\t{form}\t_\t_\t_\t_\t{0 if i == 1 else 1}\t_\t_\t{'SpaceAfter=No' if glued else '_'}")
        lines.append("")
    return "\n".join(lines) + "\n"


def score(gold: Path, text: str, sentences) -> dict[str, float]:
    from stanza.models.common.utils import ud_scores

    with tempfile.NamedTemporaryFile("w", suffix=".conllu", delete=False, encoding="utf-8") as handle:
        handle.write(to_conllu(text, sentences))
    evaluation = ud_scores(str(gold), handle.name)
    Path(handle.name).unlink()
    return {key.lower(): round(100 * evaluation[key].f1, 2) for key in ("Tokens", "Sentences", "Words")}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=REPO / "build" / "tokenizer" / "data" / "tokenize")
    parser.add_argument("--split", default="test", choices=("dev", "test"))
    parser.add_argument("--model", default=None, help="tokenizer .pt (default: the bundled one)")
    args = parser.parse_args()

    from lvextract.repairs import repair
    from lvextract.segmentation import stanza_sentences

    text = (args.data / f"lv_lvtb.{args.split}.txt").read_text(encoding="utf-8")
    gold = args.data / f"lv_lvtb.{args.split}.gold.conllu"
    raw = stanza_sentences(text, args.model)
    result = {
        "split": args.split,
        "model": score(gold, text, raw),
        "model_with_repairs": score(gold, text, repair(text, raw)),
    }
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
