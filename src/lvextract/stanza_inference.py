"""Stanza's tokenizer inference, without Stanza's per-character Python.

Stanza runs a small character BiLSTM, which is cheap, and wraps it in Python that walks
every character several times (features, decoding, a search of the text for every token
to find its offsets, a `Document` of objects per token): on lvextract's texts that wrapper
cost as much as the network. This module keeps the network and its exact calls — the same
checkpoint, the same paragraphs, the same length-sorted batches, the same windows over
paragraphs longer than `max_seqlen` — and does the rest with NumPy over whole paragraphs.
It returns what `stanza.Pipeline(processors="tokenize")` returns, as character offsets;
tests/test_stanza_inference.py checks that on the corpus and on hostile text.

Checkpoints that need what this module does not reimplement (a character language model,
dictionary features, `skip_newline`, languages that drop spaces) raise `Unsupported`, and
segmentation.py falls back to Stanza's own pipeline for them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

# segmentation imports this module only when it segments, so this import closes no cycle.
from .segmentation import LINEAR_MASK_RE, TokenOffsets

# Stanza's training uses 32; its pipeline takes the batch size from the checkpoint.
DEFAULT_BATCH_SIZE = 32


class Unsupported(Exception):
    """The checkpoint needs a part of Stanza's inference that this module does not have."""


@dataclass
class Paragraph:
    """One of Stanza's paragraphs: its units (whitespace normalised and collapsed, one per
    character) and, for each unit, the offset of its character in the document."""
    document: int
    units: str
    offsets: np.ndarray


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
        self._rnn = _Directional(self.model.rnn)
        self._rnn2 = _Directional(self.model.rnn2) if args["hierarchical"] else None
        self.vocab = vocab
        self.batch_size = args.get("batch_size") or DEFAULT_BATCH_SIZE
        # Stanza's pipeline: max(1000, the processor's max_seqlen, which defaults to 1000).
        self.max_seqlen = 1000
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

    def _inputs(self, batch: list[Paragraph]):
        """Unit ids and features, padded as Stanza's collate pads them (to the longest + 1)."""
        pad_len = max(len(p.units) for p in batch) + 1
        ids = np.full((len(batch), pad_len), self.pad_id, dtype=np.int64)
        features = np.zeros((len(batch), pad_len, self.n_features), dtype=np.float32)
        codes = [np.frombuffer(p.units.encode("utf-32-le"), dtype=np.uint32) for p in batch]
        distinct, inverse = np.unique(np.concatenate(codes), return_inverse=True)
        looked_up = [self._unit(int(c)) for c in distinct]
        unit_ids = np.array([u[0] for u in looked_up], dtype=np.int64)[inverse]
        unit_features = np.array([u[1] for u in looked_up], dtype=np.float32).reshape(len(distinct), len(self._char_features))[inverse]
        at, n_char = 0, len(self._char_features)
        for row, (paragraph, paragraph_codes) in enumerate(zip(batch, codes)):
            n = len(paragraph_codes)
            ids[row, :n] = unit_ids[at:at + n]
            column = n_char
            features[row, :n, :n_char] = unit_features[at:at + n]
            if self._end_of_para:
                features[row, n - 1, column] = 1
                column += 1
            if self._start_of_para:
                features[row, 0, column] = 1
                column += 1
            for regex in self._structural:
                for match in regex.finditer(paragraph.units):
                    features[row, match.start():match.end(), column] = 1
                column += 1
            at += n
        return ids, features

    def _argmax(self, ids: np.ndarray, features: np.ndarray, lengths: list[int]) -> np.ndarray:
        """Stanza's `Tokenizer.forward` in eval mode, then the most likely label per unit.

        Stanza packs the padded batch for its bidirectional LSTMs, which sends them down
        PyTorch's slow path for packed sequences. Each direction is run here as its own
        LSTM over a dense batch instead — the backward one over each row reversed within
        its length — so padding only ever follows a row's real units and never reaches
        their states: the same function, about twice as fast on CPU (oneDNN)."""
        torch = self._torch
        functional = torch.nn.functional
        model, args = self.model, self.args
        with torch.no_grad():
            ids_t = torch.from_numpy(np.ascontiguousarray(ids))
            emb = torch.cat([model.embeddings(ids_t), torch.from_numpy(np.ascontiguousarray(features))], 2)
            reverse = _reversal(ids.shape[0], ids.shape[1], lengths, torch)
            hidden = self._rnn(emb, reverse)
            hidden = _zero_after(hidden, lengths, torch)  # pad_packed_sequence leaves zeros there
            tok0 = model.tok_clf(hidden)
            sent0 = model.sent_clf(hidden)
            mwt0 = model.mwt_clf(hidden) if self.use_mwt else None
            if self._rnn2 is not None:
                hidden2 = hidden
                if args["hier_invtemp"] > 0:
                    hidden2 = hidden2 * (1 - torch.sigmoid(-tok0 * args["hier_invtemp"]))
                hidden2 = _zero_after(self._rnn2(hidden2, reverse), lengths, torch)
                tok0 = tok0 + model.tok_clf2(hidden2)
                sent0 = sent0 + model.sent_clf2(hidden2)
                if self.use_mwt:
                    mwt0 = mwt0 + model.mwt_clf2(hidden2)
            nontok, tok = functional.logsigmoid(-tok0), functional.logsigmoid(tok0)
            nonsent, sent = functional.logsigmoid(-sent0), functional.logsigmoid(sent0)
            if self.use_mwt:
                nonmwt, mwt = functional.logsigmoid(-mwt0), functional.logsigmoid(mwt0)
                pred = torch.cat([nontok, tok + nonsent + nonmwt, tok + sent + nonmwt, tok + nonsent + mwt, tok + sent + mwt], 2)
            else:
                pred = torch.cat([nontok, tok + nonsent, tok + sent], 2)
        return np.argmax(pred.numpy(), axis=2)

    def _predict(self, batch: list[Paragraph]) -> list[np.ndarray]:
        """Stanza's `predict` for one batch: labels per unit (0 inside a token, 1 token end,
        2 sentence end; 3/4 the same for multi-word tokens)."""
        ids, features = self._inputs(batch)
        lengths = [len(p.units) + 1 for p in batch]
        if ids.shape[1] <= self.max_seqlen:
            labels = self._argmax(ids, features, lengths)
            return [labels[row] for row in range(len(batch))]
        return self._predict_windows(batch, ids, features, lengths)

    def _predict_windows(self, batch, ids, features, raw_lengths) -> list[np.ndarray]:
        """Paragraphs longer than max_seqlen, in windows that end at the last sentence break
        the model saw, exactly as Stanza does it (including its padding of later windows).

        Stanza's `advance_old_batch` copies what is left of every row after each window, which
        is quadratic in a paragraph's length (a 4 MB paragraph of "1. 2. 3. " took 93 s). Here
        the batch stays as it was built and each window is cut from it at the row's position:
        O(rows × max_seqlen) per window, linear over the paragraph."""
        para_lengths = [len(p.units) for p in batch]
        # Units of each row that Stanza's shrinking batch still holds: its real units (pads
        # never count) minus those dropped so far, which `consumed` tracks.
        real_lengths = (ids != self.pad_id).sum(1).tolist()
        consumed = [0] * len(batch)
        done = [0] * len(batch)
        pieces: list[list[np.ndarray]] = [[] for _ in batch]
        first = True
        while True:
            spans = [min(n - d, self.max_seqlen) for d, n in zip(done, para_lengths)]
            width = max(spans)
            if first:
                window_ids, window_features = ids[:, :width], features[:, :width]
                lengths = [min(n, width) for n in raw_lengths]
            else:
                window_ids, window_features = self._window(ids, features, consumed, real_lengths, width)
                # Stanza gives every row of an advanced batch the batch's padded length.
                lengths = [min(max(n - c for c, n in zip(consumed, real_lengths)), width)] * len(batch)
            labels = self._argmax(window_ids, window_features, lengths)
            first = False
            for j, row in enumerate(labels):
                breaks = np.flatnonzero((row == 2) | (row == 4))
                if len(breaks) == 0 or done[j] >= para_lengths[j] - self.max_seqlen:
                    advance = spans[j]
                else:
                    advance = int(breaks.max()) + 1
                pieces[j].append(row[:advance])
                done[j] += advance
                consumed[j] = min(consumed[j] + advance, real_lengths[j])
            if all(d >= n for d, n in zip(done, para_lengths)):
                break
        return [np.concatenate(p) for p in pieces]

    def _window(self, ids, features, consumed, real_lengths, width):
        """What Stanza's advanced batch holds in its first `width` columns: each row's units
        from where it stands, then padding."""
        window_ids = np.full((len(ids), width), self.pad_id, dtype=np.int64)
        window_features = np.zeros((len(ids), width, features.shape[2]), dtype=np.float32)
        for row, (at, n) in enumerate(zip(consumed, real_lengths)):
            take = max(0, min(width, n - at))
            window_ids[row, :take] = ids[row, at:at + take]
            window_features[row, :take] = features[row, at:at + take]
        return window_ids, window_features

    # --- labels → offsets ------------------------------------------------------------------

    def _finish(self, paragraph: Paragraph, labels: np.ndarray) -> np.ndarray:
        n = len(paragraph.units)
        labels = labels[:n].copy()
        # The paragraph's last unit always ends a sentence.
        labels[n - 1] = 2 if labels[n - 1] <= 2 else 4
        # E-mails and URLs stay whole (Stanza's update_pred_regex).
        for match in LINEAR_MASK_RE.finditer(paragraph.units):
            begin, end = match.span()
            labels[begin:end - 1] = 0
            if labels[end - 1] == 0:
                labels[end - 1] = 1
        return labels

    @staticmethod
    def _sentences(paragraph: Paragraph, labels: np.ndarray) -> list[list[TokenOffsets]]:
        ends = np.flatnonzero(labels >= 1)
        starts = np.concatenate(([0], ends[:-1] + 1))
        # A token's units start with at most one space (runs were collapsed); Stanza strips it,
        # and a token that was only that space is dropped — and does not end a sentence.
        leading_space = np.frombuffer(paragraph.units.encode("utf-32-le"), dtype=np.uint32)[starts] == 32
        starts = starts + leading_space
        kept = starts <= ends
        starts, ends = starts[kept], ends[kept]
        token_starts = paragraph.offsets[starts].tolist()
        token_ends = (paragraph.offsets[ends] + 1).tolist()
        sentence_end = np.isin(labels[ends], (2, 4)).tolist()
        sentences, current = [], []
        for start, end, closes in zip(token_starts, token_ends, sentence_end):
            current.append((start, end))
            if closes:
                sentences.append(current)
                current = []
        if current:
            sentences.append(current)
        return sentences

    # --- the whole way ---------------------------------------------------------------------

    def segment(self, texts: list[str]) -> list[list[list[TokenOffsets]]]:
        """Sentences of token offsets for each text, all texts batched together."""
        paragraphs = [p for i, text in enumerate(texts) for p in self.paragraphs(text, i)]
        # Longest first, ties in text order: Stanza's SortedDataset.
        order = sorted(range(len(paragraphs)), key=lambda i: len(paragraphs[i].units), reverse=True)
        labelled: dict[int, np.ndarray] = {}
        for at in range(0, len(order), self.batch_size):
            batch_indices = order[at:at + self.batch_size]
            batch = [paragraphs[i] for i in batch_indices]
            for i, labels in zip(batch_indices, self._predict(batch)):
                labelled[i] = self._finish(paragraphs[i], labels)
        results: list[list[list[TokenOffsets]]] = [[] for _ in texts]
        for i, paragraph in enumerate(paragraphs):
            results[paragraph.document].extend(self._sentences(paragraph, labelled[i]))
        return results


class _Directional:
    """A bidirectional `nn.LSTM` (any number of layers) as pairs of one-directional ones
    with the same weights, for dense batches whose rows have different lengths."""

    def __init__(self, lstm):
        import torch

        self.layers = []
        for layer in range(lstm.num_layers):
            pair = []
            for suffix in ("", "_reverse"):
                one = torch.nn.LSTM(lstm.input_size if layer == 0 else 2 * lstm.hidden_size, lstm.hidden_size,
                                    batch_first=True, bias=lstm.bias)
                with torch.no_grad():
                    for name in ("weight_ih", "weight_hh") + (("bias_ih", "bias_hh") if lstm.bias else ()):
                        getattr(one, f"{name}_l0").copy_(getattr(lstm, f"{name}_l{layer}{suffix}"))
                pair.append(one.eval())
            self.layers.append(pair)

    def __call__(self, x, reverse):
        import torch

        for forward, backward in self.layers:
            ahead, _ = forward(x)
            behind, _ = backward(_reordered(x, reverse))
            x = torch.cat([ahead, _reordered(behind, reverse)], 2)
        return x


def _reversal(rows: int, width: int, lengths: list[int], torch):
    """Indices into a (rows × width) batch, flattened, that reverse each row's first
    `length` steps and leave the rest; applying them twice gives the identity."""
    steps = torch.arange(width).expand(rows, width)
    length = torch.tensor(lengths).unsqueeze(1)
    within_row = torch.where(steps < length, length - 1 - steps, steps)
    return (within_row + torch.arange(rows).unsqueeze(1) * width).reshape(-1)


def _reordered(x, flat_indices):
    rows, width, depth = x.shape
    return x.reshape(rows * width, depth).index_select(0, flat_indices).reshape(rows, width, depth)


def _zero_after(hidden, lengths: list[int], torch):
    if min(lengths) == hidden.shape[1]:
        return hidden
    mask = torch.arange(hidden.shape[1]).unsqueeze(0) < torch.tensor(lengths).unsqueeze(1)
    return hidden * mask.unsqueeze(2)


@lru_cache(maxsize=4)
def tokenizer(model_path: str) -> Tokenizer:
    """One loaded checkpoint per process and path."""
    return Tokenizer(model_path)
