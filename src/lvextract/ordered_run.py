"""The run loop: inputs read in order, cache hits answered, the rest batched for an executor,
and records handed back strictly in input order with a bounded window in flight."""
from __future__ import annotations

import logging
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import replace

from .reading import Decoded, Source, load
from .record import ErrorCode, Record
from .run_options import RunOptions

log = logging.getLogger(__name__)

# Records waiting for an earlier batch are held at most this many (plus the batches' own).
MAX_WAITING = 512


class _Batch:
    """A submitted batch; its records are fetched once, then handed out by position."""

    def __init__(self, decoded: list[Decoded], handle):
        self.decoded, self.handle, self._records = decoded, handle, None

    @property
    def fetched(self) -> bool:
        return self._records is not None

    def fetch(self, executor) -> list[Record]:
        if self._records is None:
            records = None
            for attempt in (1, 2):
                try:
                    records = self.handle.result()
                    if len(records) != len(self.decoded):
                        raise RuntimeError(f"{len(records)} records for {len(self.decoded)} inputs")
                    break
                except Exception as exc:  # a dead worker or lost connection fails this batch only
                    log.debug("batch failed (attempt %d)", attempt, exc_info=True)
                    executor.recover()
                    if attempt == 1:
                        # A killed worker (e.g. out of memory) takes every batch queued in its pool
                        # with it: each gets one more try in a fresh pool.
                        self.handle = executor.submit(self.decoded)
                        continue
                    from .pipeline import error_record

                    records = [error_record(d, ErrorCode.internal, f"{d.source.name}: worker failed: {type(exc).__name__}: {exc}")
                               for d in self.decoded]
            self._records, self.handle, self.decoded = records, None, None
        return self._records


class OrderedRun:
    """Reads inputs, batches the uncached ones, and yields records strictly in input order."""

    def __init__(self, options: RunOptions, cache, executor):
        self.options, self.cache, self.executor = options, cache, executor
        # Each slot is a finished Record or (batch, position): the output, in input order.
        self.slots: deque = deque()
        self.open: list[Decoded] = []   # the batch being filled
        self.open_chars = 0
        self.open_slots: list[list] = []  # its slots, filled in with the batch object on submit
        self.in_flight = 0

    def records(self, sources: Iterable[Source]) -> Iterator[Record]:
        for source in sources:
            decoded = load(source, self.options.max_bytes)
            if self.options.with_text:
                decoded = replace(decoded, with_text=True)
            if self.options.reference_date:
                decoded = replace(decoded, reference_date=self.options.reference_date)
            # A full batch is sent when the next input shows it is not the last one: a run
            # that is a single batch then needs no worker pool at all.
            if len(self.open) >= self.options.batch_docs or self.open_chars >= self.options.batch_chars:
                yield from self._make_room()
                self._submit(last=False)
            self._admit(decoded)
            if len(self.slots) > MAX_WAITING + self.options.batch_docs * max(1, self.in_flight):
                # Many cache hits waiting behind a half-filled batch: send it off now.
                if self.open:
                    yield from self._make_room()
                    self._submit(last=False)
                yield from self._drain(until_slots=MAX_WAITING // 2)
        if self.open:
            yield from self._make_room()
            self._submit(last=True)
        yield from self._drain(until_slots=0)

    def _admit(self, decoded: Decoded) -> None:
        if decoded.text is None:
            from .pipeline import error_record

            self.slots.append(error_record(decoded, decoded.error_code or ErrorCode.unreadable,
                                           decoded.error_message or "unreadable"))
            return
        cached = self.cache.get(decoded) if self.cache else None
        if cached is not None:
            if decoded.with_text:
                cached.text = decoded.text
            self.slots.append(cached)
            return
        slot = [None, len(self.open)]
        self.slots.append(slot)
        self.open_slots.append(slot)
        self.open.append(decoded)
        self.open_chars += len(decoded.text)

    def _submit(self, last: bool) -> None:
        batch = _Batch(self.open, self.executor.submit(self.open, last=last))
        for slot in self.open_slots:
            slot[0] = batch
        self.open, self.open_chars, self.open_slots = [], 0, []
        self.in_flight += 1

    def _make_room(self) -> Iterator[Record]:
        """Yield from the head until fewer than `window` batches are in flight."""
        while self.in_flight >= self.executor.window:
            yield self._pop()

    def _drain(self, until_slots: int) -> Iterator[Record]:
        while len(self.slots) > until_slots and not self._head_is_open():
            yield self._pop()

    def _head_is_open(self) -> bool:
        head = self.slots[0]
        return isinstance(head, list) and head[0] is None

    def _pop(self) -> Record:
        head = self.slots.popleft()
        if isinstance(head, Record):
            return head
        batch, position = head
        first_fetch = not batch.fetched
        records = batch.fetch(self.executor)
        if first_fetch:
            self.in_flight -= 1
            if self.cache:
                for record in records:
                    # The cache keeps records without their text: a run without --with-text reuses them too.
                    self.cache.put(record.model_copy(update={"text": None}) if record.text is not None else record)
        return records[position]
