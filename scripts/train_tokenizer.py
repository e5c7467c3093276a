"""Train lvextract's Latvian tokenizer + sentence splitter with Stanza's own training code.

Data: the Latvian UD treebank (LVTB, CC BY-SA 4.0) in ../shared/data/lvtb/.
Split: train = 2017 train + 2025 dev; the 2023 test, minus any sentence already in
train, is cut at a document boundary into dev (picks the checkpoint) and a held-out
test (the model card's scores). Sentences are deduplicated by their `# text =` line.

    python scripts/train_tokenizer.py            # the shipped model: 10 000 steps, hidden 32

writes src/lvextract/models/lv_lvtb_tokenizer.pt and a JSON of the measured scores
(build/tokenizer/scores.json) that MODEL_CARD.md quotes.

Model size (passed through to Stanza's tokenizer; the defaults are the shipped model's:
hidden 32 — half Stanza's default, 2.5x faster and as accurate here, see MODEL_CARD.md —,
embeddings 32, one hierarchical BiLSTM layer, no conv residual). A variant goes to its own
directory, never over the shipped model:

    python scripts/train_tokenizer.py --steps 5000 --hidden-dim 64 \
        --work build/tok-h64 --out build/tok-h64/model.pt

The chosen sizes are recorded under "model_size" in WORK/scores.json.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TREEBANK = "UD_Latvian-LVTB"
SHORT = "lv_lvtb"


def read_sentences(path: Path) -> list[tuple[str, str, bool]]:
    """(text, block, starts_new_doc) for each sentence of a CoNLL-U file."""
    sentences = []
    for block in path.read_text(encoding="utf-8").split("\n\n"):
        block = block.strip("\n")
        if not block:
            continue
        text = next((line[len("# text = "):] for line in block.splitlines()
                     if line.startswith("# text = ")), None)
        if text is None:
            continue
        sentences.append((text, block, "# newdoc" in block))
    return sentences


def dedup(sentences, seen: set[str]):
    kept = []
    for text, block, newdoc in sentences:
        if text in seen:
            continue
        seen.add(text)
        kept.append((text, block, newdoc))
    return kept


def write_conllu(path: Path, sentences) -> None:
    path.write_text("\n\n".join(block for _, block, _ in sentences) + "\n\n", encoding="utf-8")


def build_ud_tree(lvtb: Path, udbase: Path) -> dict[str, int]:
    seen: set[str] = set()
    train = dedup(read_sentences(lvtb / "lv-ud2017-train.conllu"), seen)
    train += dedup(read_sentences(lvtb / "lv_lvtb-ud-dev.conllu"), seen)
    held = dedup(read_sentences(lvtb / "lv_lvtb-ud2023-test.conllu"), seen)
    # Cut at the document boundary nearest the middle, so neither half starts mid-text.
    doc_starts = [i for i, (_, _, newdoc) in enumerate(held) if newdoc] or [len(held) // 2]
    cut = min(doc_starts, key=lambda i: abs(i - len(held) // 2)) or len(held) // 2
    dev, test = held[:cut], held[cut:]
    if test and not test[0][2]:
        first = test[0]
        test[0] = (first[0], "# newdoc\n" + first[1], True)
    out = udbase / TREEBANK
    out.mkdir(parents=True, exist_ok=True)
    write_conllu(out / f"{SHORT}-ud-train.conllu", train)
    write_conllu(out / f"{SHORT}-ud-dev.conllu", dev)
    write_conllu(out / f"{SHORT}-ud-test.conllu", test)
    return {"train": len(train), "dev": len(dev), "test": len(test)}


SCORE_TABLE = re.compile(r"Tokens\s+Sentences\s+Words\s*\n\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)")


def scores_after(log: str, marker: str) -> dict[str, float]:
    """Token / sentence / word F1 of the CoNLL 2018 evaluation Stanza prints after `marker`."""
    at = log.rfind(marker)
    found = SCORE_TABLE.search(log, at) if at >= 0 else None
    if not found:
        return {}
    return dict(zip(("tokens", "sentences", "words"), map(float, found.groups())))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lvtb", type=Path, default=REPO.parent / "shared" / "data" / "lvtb")
    parser.add_argument("--work", type=Path, default=REPO / "build" / "tokenizer")
    parser.add_argument("--steps", type=int, default=10000)
    parser.add_argument("--eval-steps", type=int, default=250)
    parser.add_argument("--out", type=Path, default=REPO / "src" / "lvextract" / "models" / "lv_lvtb_tokenizer.pt")
    size = parser.add_argument_group("model size (passed through to stanza.models.tokenizer)")
    size.add_argument("--hidden-dim", type=int, default=32, help="BiLSTM hidden units per direction (default: 32)")
    size.add_argument("--emb-dim", type=int, default=32, help="character embedding size (default: 32)")
    size.add_argument("--no-hierarchical", dest="hierarchical", action="store_false",
                      help="drop the second (token-level) BiLSTM (default: hierarchical)")
    size.add_argument("--rnn-layers", type=int, default=1, help="stacked BiLSTM layers (default: 1)")
    size.add_argument("--conv-res", default=None, help='convolutional residual filters, e.g. "1,2" (default: none)')
    args = parser.parse_args()
    model_size = {"hidden_dim": args.hidden_dim, "emb_dim": args.emb_dim, "hierarchical": args.hierarchical,
                  "rnn_layers": args.rnn_layers, "conv_res": args.conv_res}
    size_args = ["--hidden_dim", str(args.hidden_dim), "--emb_dim", str(args.emb_dim),
                 "--rnn_layers", str(args.rnn_layers)]
    if not args.hierarchical:
        size_args.append("--no-hierarchical")
    if args.conv_res:
        size_args += ["--conv_res", args.conv_res]

    udbase, data_root, save_dir = args.work / "ud", args.work / "data", args.work / "saved"
    for d in (udbase, data_root, save_dir):
        d.mkdir(parents=True, exist_ok=True)
    counts = build_ud_tree(args.lvtb, udbase)
    print(f"sentences after dedup: {counts}", flush=True)

    env = dict(os.environ, UDBASE=str(udbase), DATA_ROOT=str(data_root))
    run = lambda *cmd: subprocess.run([sys.executable, "-m", *cmd], env=env, check=True,  # noqa: E731
                                      stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True).stdout
    started = time.time()
    log = run("stanza.utils.datasets.prepare_tokenizer_treebank", TREEBANK)
    log += run("stanza.utils.training.run_tokenizer", TREEBANK, "--no_charlm",
               "--save_dir", str(save_dir), "--steps", str(args.steps), "--eval_steps", str(args.eval_steps), *size_args)
    minutes = (time.time() - started) / 60
    (args.work / "train.log").write_text(log, encoding="utf-8")

    model = next(save_dir.glob("*tokenizer*.pt"))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(model, args.out)
    scores = {
        "sentences": counts,
        "steps": args.steps,
        "model_size": model_size,
        "minutes": round(minutes, 1),
        "dev": scores_after(log, "Finished running dev set"),
        "test": scores_after(log, "Finished running test set"),
        "model_bytes": args.out.stat().st_size,
    }
    (args.work / "scores.json").write_text(json.dumps(scores, indent=2), encoding="utf-8")
    print(json.dumps(scores, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
