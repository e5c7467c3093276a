"""The tokenizer's network under ONNX Runtime against PyTorch, on the same calls (run by hand).

    .venv/bin/pip install onnxruntime
    .venv/bin/python benchmarks/onnx_tokenizer.py                # corpus/ + 300 synthetic documents
    .venv/bin/python benchmarks/onnx_tokenizer.py --docs 1000 --runs 5

The shipped checkpoint's network — what `stanza_inference.Tokenizer._argmax` computes: the
embeddings, each LSTM direction run densely over rows reversed within their lengths, the
classifiers and the most likely label per unit — is exported to ONNX (PyTorch's TorchScript
exporter, opset 17, batch and width dynamic) and run with onnxruntime, one thread, in place of
`_argmax`. Everything else (paragraphs, windows, calls of `CALL_CELLS` units, decoding) is
lvextract's own code, so both engines get exactly the same calls.

It prints whether the token and sentence offsets are identical on corpus/ and on the synthetic
set (benchmarks/throughput.py's `build_corpus`), then the CPU time of the network alone (the
`_argmax` calls) and of the whole segmentation, per million characters, for both engines, the
engines taking turns run by run so that a change in the machine's load hits both alike.
`time.process_time()`, one intra-op thread for each. Not a test: timings depend on the load.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "benchmarks"))

from lvextract.stanza_inference import CALL_CELLS, label_scores  # noqa: E402


def network_module(tokenizer):
    """`Tokenizer._argmax` as a torch Module of four tensors, for the exporter."""
    import torch

    class Directional(torch.nn.Module):
        def __init__(self, directional):
            super().__init__()
            self.forwards = torch.nn.ModuleList([pair[0] for pair in directional.layers])
            self.backwards = torch.nn.ModuleList([pair[1] for pair in directional.layers])

        def forward(self, x, reverse):
            for ahead_lstm, behind_lstm in zip(self.forwards, self.backwards):
                rows, width, depth = x.shape
                ahead, _ = ahead_lstm(x)
                flipped = x.reshape(rows * width, depth).index_select(0, reverse).reshape(rows, width, depth)
                behind, _ = behind_lstm(flipped)
                hidden = behind.shape[2]
                behind = behind.reshape(rows * width, hidden).index_select(0, reverse).reshape(rows, width, hidden)
                x = torch.cat([ahead, behind], 2)
            return x

    class Network(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.model = tokenizer.model
            self.rnn = Directional(tokenizer._rnn)
            self.rnn2 = Directional(tokenizer._rnn2) if tokenizer._rnn2 is not None else None
            self.invtemp = float(tokenizer.args["hier_invtemp"])
            self.use_mwt = tokenizer.use_mwt

        def forward(self, ids, features, reverse, mask):
            model = self.model
            emb = torch.cat([model.embeddings(ids), features], 2)
            # mask is 1 within a row's length, 0 after: what directional_lstm.zero_after does (× 1.0 is exact).
            hidden = self.rnn(emb, reverse) * mask
            tok0, sent0 = model.tok_clf(hidden), model.sent_clf(hidden)
            mwt0 = model.mwt_clf(hidden) if self.use_mwt else None
            if self.rnn2 is not None:
                hidden2 = hidden
                if self.invtemp > 0:
                    hidden2 = hidden2 * (1 - torch.sigmoid(-tok0 * self.invtemp))
                hidden2 = self.rnn2(hidden2, reverse) * mask
                tok0 = tok0 + model.tok_clf2(hidden2)
                sent0 = sent0 + model.sent_clf2(hidden2)
                if self.use_mwt:
                    mwt0 = mwt0 + model.mwt_clf2(hidden2)
            return torch.argmax(label_scores(tok0, sent0, mwt0, torch), 2)

    return Network().eval()


def export(tokenizer, path: Path) -> None:
    import torch

    rows, width = 3, 7
    ids = torch.zeros((rows, width), dtype=torch.int64)
    features = torch.zeros((rows, width, tokenizer.n_features), dtype=torch.float32)
    reverse = torch.arange(rows * width, dtype=torch.int64)
    mask = torch.ones((rows, width, 1), dtype=torch.float32)
    try:
        import onnx  # noqa: F401
    except ImportError:
        # The TorchScript exporter builds the model's bytes itself and needs the `onnx` package
        # only to splice in custom onnxscript functions, which this graph has none of.
        from torch.onnx._internal.torchscript_exporter import onnx_proto_utils

        onnx_proto_utils._add_onnxscript_fn = lambda model_bytes, custom_opsets: model_bytes
    with torch.no_grad():
        torch.onnx.export(network_module(tokenizer), (ids, features, reverse, mask), str(path), dynamo=False,
                          opset_version=17, input_names=["ids", "features", "reverse", "mask"],
                          output_names=["labels"],
                          dynamic_axes={"ids": {0: "rows", 1: "width"}, "features": {0: "rows", 1: "width"},
                                        "reverse": {0: "cells"}, "mask": {0: "rows", 1: "width"},
                                        "labels": {0: "rows", 1: "width"}})


class OnnxNetwork:
    """`_argmax(ids, features, lengths)` run by onnxruntime on one thread."""

    def __init__(self, path: Path):
        import onnxruntime

        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        options.execution_mode = onnxruntime.ExecutionMode.ORT_SEQUENTIAL
        self.session = onnxruntime.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])

    def __call__(self, ids, features, lengths):
        import numpy as np

        rows, width = ids.shape
        length = np.asarray(lengths, dtype=np.int64)[:, None]
        steps = np.arange(width, dtype=np.int64)[None, :]
        within = np.where(steps < length, length - 1 - steps, steps)
        reverse = (within + np.arange(rows, dtype=np.int64)[:, None] * width).reshape(-1)
        mask = (steps < length).astype(np.float32)[:, :, None]
        return self.session.run(None, {"ids": np.ascontiguousarray(ids, dtype=np.int64),
                                       "features": np.ascontiguousarray(features, dtype=np.float32),
                                       "reverse": reverse, "mask": mask})[0]


class Timed:
    """Wraps a network call and adds up its CPU time."""

    def __init__(self, call):
        self.call, self.seconds = call, 0.0

    def __call__(self, *args):
        started = time.process_time()
        try:
            return self.call(*args)
        finally:
            self.seconds += time.process_time() - started


def texts(docs: int) -> tuple[list[str], list[str]]:
    from lvextract.reading import decode
    import throughput

    corpus = [decode(p.read_bytes())[0] for p in sorted((REPO / "corpus").glob("*.txt"))]
    with tempfile.TemporaryDirectory() as folder:
        throughput.build_corpus(docs, Path(folder), seed=3)
        synthetic = [p.read_text(encoding="utf-8") for p in sorted(Path(folder).glob("*.txt"))]
    return [t for t in corpus if t], synthetic


def segment_in_batches(tokenizer, texts: list[str], batch_chars: int = 250_000):
    """As runner.py batches them: texts together up to about `batch_chars` characters."""
    out, batch, size = [], [], 0
    for text in texts:
        batch.append(text)
        size += len(text)
        if size >= batch_chars:
            out += tokenizer.segment(batch)
            batch, size = [], 0
    if batch:
        out += tokenizer.segment(batch)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=300, help="synthetic documents (default 300)")
    parser.add_argument("--runs", type=int, default=3, help="timed runs per engine (default 3)")
    parser.add_argument("--cells", type=int, nargs="+", default=[CALL_CELLS],
                        help=f"units per network call to time, each for both engines (default {CALL_CELLS})")
    args = parser.parse_args()

    import torch
    from lvextract import segmentation
    from lvextract.stanza_inference import Tokenizer

    torch.set_num_threads(1)
    model = str(segmentation.model_path())
    torch_tok, onnx_tok = Tokenizer(model), Tokenizer(model)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "tokenizer.onnx"
        export(torch_tok, path)
        size = os.path.getsize(path)
        onnx_network = OnnxNetwork(path)
    torch_net, onnx_net = Timed(torch_tok._argmax), Timed(onnx_network)
    torch_tok._argmax, onnx_tok._argmax = torch_net, onnx_net

    corpus, synthetic = texts(args.docs)
    for name, group in (("corpus/", corpus), (f"synthetic ({args.docs})", synthetic)):
        a, b = segment_in_batches(torch_tok, group), segment_in_batches(onnx_tok, group)
        differing = sum(x != y for x, y in zip(a, b))
        print(f"{name}: {len(group)} documents, {sum(map(len, group)):,} chars; "
              f"documents with different offsets: {differing}")

    chars = sum(map(len, synthetic))
    engines = [(name, cells, tok, net) for cells in args.cells
               for name, tok, net in (("torch", torch_tok, torch_net), ("onnx", onnx_tok, onnx_net))]
    totals = {(name, cells): [] for name, cells, _tok, _net in engines}
    network = {(name, cells): [] for name, cells, _tok, _net in engines}
    for _run in range(args.runs):
        for name, cells, tok, net in engines:
            tok.call_cells, net.seconds = cells, 0.0
            started = time.process_time()
            segment_in_batches(tok, synthetic)
            totals[name, cells].append(time.process_time() - started)
            network[name, cells].append(net.seconds)
    print(f"\nONNX file: {size / 1e6:.2f} MB; {args.runs} runs each, taking turns; median CPU-s per million chars "
          f"({chars:,} chars per run)\n")
    print("| engine | units per call | network CPU-s / M chars | segmentation CPU-s / M chars | runs (segmentation CPU-s) |")
    print("|---|---:|---:|---:|---|")
    for key in totals:
        print(f"| {key[0]} | {key[1]} | {statistics.median(network[key]) / chars * 1e6:.2f} | "
              f"{statistics.median(totals[key]) / chars * 1e6:.2f} | {', '.join(f'{s:.2f}' for s in totals[key])} |")
    for cells in args.cells:
        ratio = statistics.median(totals["torch", cells]) / statistics.median(totals["onnx", cells])
        print(f"\n{cells} units per call: torch / onnx, whole segmentation {ratio:.2f}x; network alone "
              f"{statistics.median(network['torch', cells]) / statistics.median(network['onnx', cells]):.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
