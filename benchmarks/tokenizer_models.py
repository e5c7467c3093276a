"""Forward-pass speed of Stanza tokenizer models, in characters per CPU-second (run by hand).

    .venv/bin/python benchmarks/tokenizer_models.py                       # the shipped model
    .venv/bin/python benchmarks/tokenizer_models.py src/lvextract/models/lv_lvtb_tokenizer.pt \\
        build/tok-h32-flat/model.pt build/tok-h32-hier/model.pt         # compare several
    .venv/bin/python benchmarks/tokenizer_models.py --runs 5 --repeat 3 MODEL.pt ...

The corpus texts (corpus/*.txt, decoded with `lvextract.reading.decode`, so cp1257 files
read right) are repeated `--repeat` times, cut into Stanza's evaluation chunks for each
model, and batched (`--batch` chunks, length-sorted) once, outside the timing. What is
timed, with `time.process_time()` and one torch thread, is the model's forward pass alone
(no data preparation, no decoding of the predictions, no repairs). Every model is timed
`--runs` times, the models taking turns so that a change in the machine's load hits all of
them alike, after one untimed warm-up pass; the table gives the median run. Prints a
Markdown table: model, hidden size, hierarchical, parameters, chars per CPU-second. Not
part of the test suite: timings depend on the machine and its load.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))


def corpus_text(corpus: Path, repeat: int) -> str:
    from lvextract.reading import decode

    texts = [decode(path.read_bytes())[0] for path in sorted(corpus.glob("*.txt"))]
    return "\n\n".join([text for text in texts if text] * repeat)


def spaced(number: float) -> str:
    """12 345 678: thousands separated by spaces, as MODEL_CARD.md writes them."""
    return f"{number:,.0f}".replace(",", " ")


class Bench:
    """One model, with the corpus already cut into its evaluation batches."""

    def __init__(self, path: Path, raw: str, batch: int):
        from stanza.models.tokenization.data import SortedDataset, TokenizationDataset
        from stanza.models.tokenization.trainer import Trainer

        self.path = path
        trainer = Trainer(model_file=str(path), device="cpu")
        self.config = dict(trainer.args)
        self.model = trainer.model.eval()
        self.params = sum(p.numel() for p in self.model.parameters())
        dataset = TokenizationDataset(self.config, input_text=raw, vocab=trainer.vocab, evaluation=True)
        self.chars = sum(len(paragraph) for paragraph in dataset.data)
        chunks = SortedDataset(dataset)
        self.batches = [chunks.collate([chunks[j] for j in range(i, min(i + batch, len(chunks)))])
                        for i in range(0, len(chunks), batch)]
        self.seconds: list[float] = []

    def forward(self) -> float:
        import torch

        started = time.process_time()
        with torch.no_grad():
            for units, _labels, features, raw in self.batches:
                self.model(units, features, [len(chunk) for chunk in raw], raw)
        return time.process_time() - started

    def row(self) -> str:
        speed = self.chars / statistics.median(self.seconds)
        try:
            name = self.path.resolve().relative_to(REPO)
        except ValueError:
            name = self.path
        return (f"| `{name}` | {self.config['hidden_dim']} | {'yes' if self.config['hierarchical'] else 'no'} "
                f"| {spaced(self.params)} | {spaced(speed)} |")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("models", nargs="*", type=Path,
                        default=[REPO / "src" / "lvextract" / "models" / "lv_lvtb_tokenizer.pt"],
                        help="tokenizer .pt files (default: the shipped one)")
    parser.add_argument("--corpus", type=Path, default=REPO / "corpus")
    parser.add_argument("--repeat", type=int, default=3, help="times the corpus is repeated (default 3)")
    parser.add_argument("--batch", type=int, default=128, help="chunks per forward call (default 128)")
    parser.add_argument("--runs", type=int, default=5, help="timed passes per model; the median counts (default 5)")
    args = parser.parse_args()

    import torch

    torch.set_num_threads(1)
    raw = corpus_text(args.corpus, args.repeat)
    benches = [Bench(path, raw, args.batch) for path in args.models]
    for bench in benches:
        bench.forward()  # warm-up
    for _ in range(args.runs):
        for bench in benches:
            bench.seconds.append(bench.forward())

    print(f"{spaced(len(raw))} chars of corpus text; forward pass only, 1 torch thread, "
          f"median of {args.runs} runs (time.process_time)\n")
    print("| model | hidden | hierarchical | params | chars per CPU-s (forward pass) |")
    print("|---|---|---|---|---|")
    for bench in benches:
        print(bench.row())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
