"""Stanza's tokenizer inference, without Stanza's per-character Python.

Stanza runs a small character BiLSTM, which is cheap, and wraps it in Python that walks
every character several times (features, decoding, a search of the text for every token
to find its offsets, a `Document` of objects per token): on lvextract's texts that wrapper
cost as much as the network. This module keeps the network and what it computes — the same
checkpoint, the same paragraphs, the same windows over paragraphs longer than `max_seqlen`
with the same lengths — but runs it in large calls across documents, and does the rest with
NumPy over whole paragraphs.
It returns what `stanza.Pipeline(processors="tokenize")` returns, as character offsets;
tests/test_stanza_inference.py checks that on the corpus and on hostile text.

Checkpoints that need what this module does not reimplement (a character language model,
dictionary features, `skip_newline`, languages that drop spaces) raise `Unsupported`, and
segmentation.py falls back to Stanza's own pipeline for them.

Beside this module (loading, paragraphs, features, calls of the network, windows over long
paragraphs): directional_lstm.py runs the LSTMs one direction at a time, stanza_decoding.py
turns labels into token offsets, stanza_paragraph.py is the paragraph they all pass around.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from . import stanza_decoding
from .directional_lstm import Directional, reversal, zero_after
from .stanza_paragraph import Paragraph
from .token_offsets import TokenOffsets

# Stanza's training uses 32; its pipeline takes the batch size from the checkpoint.
DEFAULT_BATCH_SIZE = 32
# Units (rows × padded width) per call of the network. The LSTMs cost about the same per unit
# at any batch shape, and more once a call's tensors outgrow the CPU caches (measured: 16 K
# units per call 15 % cheaper than 32 K, 40 % cheaper than 64 K): what saves time is padding
# less, which sorting the paragraphs of many documents together does. One call's tensors stay
# at a few MB whatever the input.
CALL_CELLS = 16_384
CALL_FILL = 0.8
# A call costs about as much as 1 500 units of padding beyond its units (oneDNN builds a
# primitive for each new call shape, ~1.3 ms, and each call has Python and tensor set-up):
# the short rows of the batches' many lengths are cheaper padded into a few calls than run in
# dozens of small ones (395 real pages in batches of 16: 489 calls → 181 with 22 % more units
# run, and 1.27x less CPU time; benchmarks/RESULTS.md).
PAD_CELLS = 1_500
# ... but never a row shorter than a quarter of the call's width: a short row padded into a
# long call would save no call (the short rows make a call of their own anyway).
CALL_FLOOR = 0.25


class Unsupported(Exception):
    """The checkpoint needs a part of Stanza's inference that this module does not have."""


def label_scores(tok0, sent0, mwt0, torch):
    """Stanza's per-unit label log-probabilities from the three heads' logits: not a token end,
    a token end, a sentence end (and, with multi-word tokens, their MWT variants)."""
    functional = torch.nn.functional
    nontok, tok = functional.logsigmoid(-tok0), functional.logsigmoid(tok0)
    nonsent, sent = functional.logsigmoid(-sent0), functional.logsigmoid(sent0)
    if mwt0 is not None:
        nonmwt, mwt = functional.logsigmoid(-mwt0), functional.logsigmoid(mwt0)
        return torch.cat([nontok, tok + nonsent + nonmwt, tok + sent + nonmwt, tok + nonsent + mwt, tok + sent + mwt], 2)
    return torch.cat([nontok, tok + nonsent, tok + sent], 2)


class Tokenizer:
    """A Stanza tokenizer checkpoint, ready to segment batches of documents."""

    def __init__(self, model_path: str):
        import torch
        from stanza.models.tokenization import data as stanza_data
        from stanza.models.tokenization.model import Tokenizer as StanzaTokenizer
        from stanza.models.tokenization.vocab import Vocab

        # What stanza's tokenization Trainer.load does, without the Trainer: it also builds an
        # Adam optimizer, whose import of torch._dynamo alone costs a second per process.
        checkpoint = torch.load(model_path, lambda storage, loc: storage, weights_only=True)
        args = checkpoint["config"]
        if args.get("use_mwt") is None:
            args["use_mwt"] = True  # Stanza's default for checkpoints that predate the flag
        vocab = Vocab.load_state_dict(checkpoint["vocab"])
        if args.get("charlm_forward_file") or args.get("use_dictionary") or args.get("skip_newline") \
                or args.get("conv_res") or vocab.lang_replaces_spaces:
            raise Unsupported(f"{model_path}: needs Stanza's own pipeline "
                              "(charlm, dictionary, conv_res, skip_newline or a language without spaces)")
        model = StanzaTokenizer(args, args["vocab_size"], args["emb_dim"], args["hidden_dim"],
                                dropout=args["dropout"], feat_dropout=args["feat_dropout"])
        model.load_state_dict(checkpoint["model"], strict=False)
        self._torch = torch
        self.model = model.eval()
        self.args = args
        self._rnn = Directional(self.model.rnn)
        self._rnn2 = Directional(self.model.rnn2) if args["hierarchical"] else None
        self.vocab = vocab
        self.batch_size = args.get("batch_size") or DEFAULT_BATCH_SIZE
        # Stanza's pipeline: max(1000, the processor's max_seqlen, which defaults to 1000).
        self.max_seqlen = 1000
        self.call_cells = CALL_CELLS
        self.pad_id = self.vocab.unit2id("<PAD>")
        self.use_mwt = bool(args.get("use_mwt"))

        self._newline_whitespace = stanza_data.NEWLINE_WHITESPACE_RE
        self._whitespace = stanza_data.WHITESPACE_RE
        feat_funcs = args["feat_funcs"]
        per_char = [f for f in feat_funcs if f not in stanza_data.POSITION_FEAT_FUNCS and f not in stanza_data.STRUCTURAL_FEATURES]
        unknown = [f for f in per_char if f not in stanza_data.PER_CHAR_FEAT_FUNCS]
        if unknown:
            raise Unsupported(f"{model_path}: unknown feature functions {unknown}")
        self._char_features = [stanza_data.PER_CHAR_FEAT_FUNCS[f] for f in per_char]
        self._end_of_para = "end_of_para" in feat_funcs
        self._start_of_para = "start_of_para" in feat_funcs
        self._structural = [regex for name, regex in stanza_data.STRUCTURAL_FEATURES.items() if name in feat_funcs]
        self.n_features = len(self._char_features) + self._end_of_para + self._start_of_para + len(self._structural)
        self._unit_cache: dict[int, tuple[int, tuple[float, ...]]] = {}

    # --- text → paragraphs ---------------------------------------------------------------

    def paragraphs(self, text: str, document: int = 0) -> list[Paragraph]:
        """Stanza's paragraphs of `text`: cut at blank lines, right-stripped, every whitespace
        character turned into a space and runs of spaces kept as their first space."""
        found, start = [], 0
        for separator in [*self._newline_whitespace.finditer(text), None]:
            end = separator.start() if separator else len(text)
            chunk = text[start:end].rstrip()
            if chunk:
                normalised = self._whitespace.sub(" ", chunk)
                codes = np.frombuffer(normalised.encode("utf-32-le"), dtype=np.uint32)
                space = codes == 32
                kept = ~(space & np.concatenate(([False], space[:-1])))
                units = re.sub(" {2,}", " ", normalised)
                found.append(Paragraph(document, units, start + np.flatnonzero(kept)))
            if separator:
                start = separator.end()
        return found

    # --- paragraphs → model input ---------------------------------------------------------

    def _unit(self, code: int) -> tuple[int, tuple[float, ...]]:
        cached = self._unit_cache.get(code)
        if cached is None:
            char = chr(code)
            cached = (self.vocab.unit2id(char), tuple(float(f(char)) for f in self._char_features))
            if len(self._unit_cache) < 65536:
                self._unit_cache[code] = cached
        return cached

    def _call_inputs(self, paragraphs: list[Paragraph], rows: list["_Row"], width: int):
        """Unit ids and features of `rows` (windows of paragraphs), padded to `width`: what
        Stanza's collate builds for a paragraph, cut where Stanza's advanced batch cuts it."""
        takes = np.array([r.take for r in rows], dtype=np.int64)
        total = int(takes.sum())
        codes = np.frombuffer("".join(paragraphs[r.paragraph].units[r.start:r.start + r.take] for r in rows)
                              .encode("utf-32-le"), dtype=np.uint32)
        distinct, inverse = np.unique(codes, return_inverse=True)
        looked_up = [self._unit(int(c)) for c in distinct]
        n_char = len(self._char_features)
        # Where each unit goes in the flattened (rows × width) call.
        row_base = np.arange(len(rows), dtype=np.int64) * width
        first_unit = np.concatenate(([0], np.cumsum(takes)[:-1]))
        destination = np.repeat(row_base - first_unit, takes) + np.arange(total, dtype=np.int64)
        ids = np.full(len(rows) * width, self.pad_id, dtype=np.int64)
        ids[destination] = np.array([u[0] for u in looked_up], dtype=np.int64)[inverse]
        features = np.zeros((len(rows) * width, self.n_features), dtype=np.float32)
        features[destination, :n_char] = np.array([u[1] for u in looked_up], dtype=np.float32).reshape(len(distinct), n_char)[inverse]
        column = n_char
        if self._end_of_para:
            ends = [i for i, r in enumerate(rows) if r.start + r.take == len(paragraphs[r.paragraph].units)]
            features[row_base[ends] + takes[ends] - 1, column] = 1
            column += 1
        if self._start_of_para:
            features[row_base[[i for i, r in enumerate(rows) if r.start == 0]], column] = 1
            column += 1
        for regex in self._structural:
            for i, r in enumerate(rows):
                for match in regex.finditer(paragraphs[r.paragraph].units):
                    begin, end = max(match.start(), r.start), min(match.end(), r.start + r.take)
                    if begin < end:
                        features[row_base[i] + begin - r.start:row_base[i] + end - r.start, column] = 1
            column += 1
        return ids.reshape(len(rows), width), features.reshape(len(rows), width, self.n_features)

    def _argmax(self, ids: np.ndarray, features: np.ndarray, lengths: list[int]) -> np.ndarray:
        """Stanza's `Tokenizer.forward` in eval mode, then the most likely label per unit.

        Stanza packs the padded batch for its bidirectional LSTMs, which sends them down
        PyTorch's slow path for packed sequences. Each direction is run here as its own
        LSTM over a dense batch instead — the backward one over each row reversed within
        its length — so padding only ever follows a row's real units and never reaches
        their states: the same function, about twice as fast on CPU (oneDNN)."""
        torch = self._torch
        model, args = self.model, self.args
        with torch.no_grad():
            ids_t = torch.from_numpy(np.ascontiguousarray(ids))
            emb = torch.cat([model.embeddings(ids_t), torch.from_numpy(np.ascontiguousarray(features))], 2)
            reverse = reversal(ids.shape[0], ids.shape[1], lengths, torch)
            hidden = self._rnn(emb, reverse)
            hidden = zero_after(hidden, lengths, torch)  # pad_packed_sequence leaves zeros there
            tok0 = model.tok_clf(hidden)
            sent0 = model.sent_clf(hidden)
            mwt0 = model.mwt_clf(hidden) if self.use_mwt else None
            if self._rnn2 is not None:
                hidden2 = hidden
                if args["hier_invtemp"] > 0:
                    hidden2 = hidden2 * (1 - torch.sigmoid(-tok0 * args["hier_invtemp"]))
                hidden2 = zero_after(self._rnn2(hidden2, reverse), lengths, torch)
                tok0 = tok0 + model.tok_clf2(hidden2)
                sent0 = sent0 + model.sent_clf2(hidden2)
                if self.use_mwt:
                    mwt0 = mwt0 + model.mwt_clf2(hidden2)
            pred = label_scores(tok0, sent0, mwt0, torch)
        return np.argmax(pred.numpy(), axis=2)

    def _run(self, paragraphs: list[Paragraph], rows: list["_Row"]) -> list[np.ndarray]:
        """Labels of each row's first `length` units. Rows are independent of each other (each
        LSTM direction sees only its own row, up to its own length), so they go into calls of
        at most `call_cells` units longest first: the rows of a call have nearly the same
        length, and little of the work is padding. O(units + rows log rows)."""
        order = sorted(range(len(rows)), key=lambda i: rows[i].length, reverse=True)
        labels: list[np.ndarray | None] = [None] * len(rows)
        at = 0
        while at < len(order):
            width = rows[order[at]].length
            end, limit = at + 1, at + max(1, self.call_cells // width)
            # A row shorter than CALL_FILL of the call's width starts the next call, unless the
            # call's padding stays within PAD_CELLS (and the row is not below CALL_FLOOR of the
            # width): padding stays under a fifth of a large call's work, and the short rows
            # of the many lengths do not each pay for a call of their own.
            padding = 0
            while end < min(limit, len(order)):
                length = rows[order[end]].length
                if length < CALL_FILL * width and (padding + width - length > PAD_CELLS or length < CALL_FLOOR * width):
                    break
                padding += width - length
                end += 1
            chunk = order[at:end]
            count = len(chunk)
            chunk_rows = [rows[i] for i in chunk]
            ids, features = self._call_inputs(paragraphs, chunk_rows, width)
            predicted = self._argmax(ids, features, [r.length for r in chunk_rows]).astype(np.int8)
            for i, row, row_labels in zip(chunk, chunk_rows, predicted):
                labels[i] = row_labels[:row.length]
            at += count
        return labels

    def _label(self, paragraphs: list[Paragraph]) -> list[np.ndarray]:
        """Stanza's `predict` for every paragraph: labels per unit (0 inside a token, 1 token
        end, 2 sentence end; 3/4 the same for multi-word tokens).

        A paragraph of at most `max_seqlen` units is one window that depends on nothing else:
        all of them go into large calls together, across documents. A longer one is read in
        windows that end at the last sentence break the model saw, as Stanza does; Stanza gives
        every row of a batch's later windows the batch's padded length, so those depend on the
        other long paragraphs of the same batch. The batches are therefore the ones Stanza makes
        for the document alone (its paragraphs longest first, `batch_size` at a time), and the
        output of a document does not depend on the documents it is segmented with. Only the
        rows that are not finished run in later windows; each window is cut from the
        paragraph where the row stands, so a long paragraph costs O(its length)."""
        window = self.max_seqlen
        pieces: list[list[np.ndarray]] = [[] for _ in paragraphs]
        done = [0] * len(paragraphs)
        first_rows = [_Row(i, 0, min(len(p.units), window), min(len(p.units) + 1, window)) for i, p in enumerate(paragraphs)]
        for row, labels in zip(first_rows, self._run(paragraphs, first_rows)):
            self._advance(paragraphs[row.paragraph], row, labels, pieces, done)
        groups = self._long_groups(paragraphs)
        while groups:
            rows = []
            for group in groups:
                unfinished = [i for i in group if done[i] < len(paragraphs[i].units)]
                if unfinished:
                    length = min(max(len(paragraphs[i].units) - done[i] for i in unfinished), window)
                    rows += [_Row(i, done[i], min(len(paragraphs[i].units) - done[i], length), length) for i in unfinished]
            groups = [g for g in groups if any(done[i] < len(paragraphs[i].units) for i in g)]
            if not rows:
                break
            for row, labels in zip(rows, self._run(paragraphs, rows)):
                self._advance(paragraphs[row.paragraph], row, labels, pieces, done)
        return [p[0] if len(p) == 1 else np.concatenate(p) for p in pieces]

    def _advance(self, paragraph: Paragraph, row: "_Row", labels: np.ndarray, pieces, done) -> None:
        """Keep a window's labels up to its last sentence break (all of them in the paragraph's
        last window), as Stanza's `predict` does."""
        n, i = len(paragraph.units), row.paragraph
        span = min(n - done[i], self.max_seqlen)
        if n <= self.max_seqlen:
            pieces[i].append(labels)  # one window: stanza_decoding.finish cuts it to the paragraph
            done[i] = n
            return
        breaks = np.flatnonzero((labels == 2) | (labels == 4))
        if len(breaks) == 0 or done[i] >= n - self.max_seqlen:
            advance = span
        else:
            advance = int(breaks.max()) + 1
        pieces[i].append(labels[:advance])
        done[i] += advance

    def _long_groups(self, paragraphs: list[Paragraph]) -> list[list[int]]:
        """Stanza's batches of long paragraphs for each document alone: its paragraphs sorted
        longest first (ties in text order), `batch_size` at a time; short ones never reach a
        later window, so only the long ones are kept."""
        by_document: dict[int, list[int]] = {}
        for i, p in enumerate(paragraphs):
            by_document.setdefault(p.document, []).append(i)
        groups = []
        for members in by_document.values():
            ordered = sorted(members, key=lambda i: len(paragraphs[i].units), reverse=True)
            for at in range(0, len(ordered), self.batch_size):
                long = [i for i in ordered[at:at + self.batch_size] if len(paragraphs[i].units) > self.max_seqlen]
                if long:
                    groups.append(long)
        return groups

    # --- the whole way ---------------------------------------------------------------------

    def segment(self, texts: list[str]) -> list[list[list[TokenOffsets]]]:
        """Sentences of token offsets for each text, all texts batched together; each text's
        result is what Stanza gives for it alone."""
        paragraphs = [p for i, text in enumerate(texts) for p in self.paragraphs(text, i)]
        labels = [stanza_decoding.finish(p, l) for p, l in zip(paragraphs, self._label(paragraphs))]
        return stanza_decoding.sentences(paragraphs, labels, len(texts))


@dataclass
class _Row:
    """One window of a paragraph in a call: `take` units from `start`, then padding; the
    LSTMs see `length` steps (Stanza's length for it, padding included)."""
    paragraph: int
    start: int
    take: int
    length: int


@lru_cache(maxsize=4)
def tokenizer(model_path: str) -> Tokenizer:
    """One loaded checkpoint per process and path."""
    return Tokenizer(model_path)
