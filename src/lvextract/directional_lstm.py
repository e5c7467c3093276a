"""Stanza's bidirectional LSTMs run one direction at a time over dense batches (see
`stanza_inference.Tokenizer._argmax` for why): the layers, and the index and mask helpers
for rows of different lengths. Torch is passed in or imported late: importing this module
does not load it."""


class Directional:
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


def reversal(rows: int, width: int, lengths: list[int], torch):
    """Indices into a (rows × width) batch, flattened, that reverse each row's first
    `length` steps and leave the rest; applying them twice gives the identity."""
    steps = torch.arange(width).expand(rows, width)
    length = torch.tensor(lengths).unsqueeze(1)
    within_row = torch.where(steps < length, length - 1 - steps, steps)
    return (within_row + torch.arange(rows).unsqueeze(1) * width).reshape(-1)


def _reordered(x, flat_indices):
    rows, width, depth = x.shape
    return x.reshape(rows * width, depth).index_select(0, flat_indices).reshape(rows, width, depth)


def zero_after(hidden, lengths: list[int], torch):
    if min(lengths) == hidden.shape[1]:
        return hidden
    mask = torch.arange(hidden.shape[1]).unsqueeze(0) < torch.tensor(lengths).unsqueeze(1)
    return hidden * mask.unsqueeze(2)
