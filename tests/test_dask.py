"""`parse --dask` with a file output: the same records, in the same order, from a Dask cluster on
loopback (with a directory output, workers write parts themselves: test_shards.py)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

pytest.importorskip("distributed")

from distributed import LocalCluster  # noqa: E402

from lvextract import runner  # noqa: E402
from lvextract.reading import Source  # noqa: E402

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


@pytest.fixture(scope="module")
def cluster():
    # One in-process worker thread: no second copy of torch, and it still goes through the
    # scheduler, serialisation, the worker plugin and futures like a remote worker does.
    with LocalCluster(processes=False, protocol="tcp", n_workers=1, threads_per_worker=1, host="127.0.0.1",
                      dashboard_address=None) as local_cluster:
        yield local_cluster


def _lines(records) -> list[str]:
    return [record.model_dump_json() for record in records]


def test_dask_output_equals_local_output(cluster, tmp_path):
    missing = Source(str(tmp_path / "nav.txt"))
    sources = [Source(str(p)) for p in sorted(CORPUS.glob("*.txt"))] + [missing]
    local = _lines(runner.run(sources, runner.RunOptions(jobs=1)))
    # Small batches so that several tasks are in flight at once and must be put back in order.
    remote = _lines(runner.run(sources, runner.RunOptions(dask_address=cluster.scheduler_address, batch_docs=2)))
    assert [json.loads(line)["source"] for line in remote] == [s.name for s in sources]
    assert remote == local
    assert json.loads(remote[-1])["error"]["code"] == "not_found"


def test_dask_run_uses_the_cache(cluster, tmp_path):
    sources = [Source(str(p)) for p in sorted(CORPUS.glob("*.txt"))[:3]]
    options = runner.RunOptions(dask_address=cluster.scheduler_address, cache_dir=str(tmp_path / "cache"))
    first = _lines(runner.run(sources, options))
    assert len(list((tmp_path / "cache").rglob("*.json"))) == 3
    assert _lines(runner.run(sources, options)) == first


def test_unreachable_scheduler_is_reported_before_any_output(monkeypatch):
    from lvextract import distributed as lv_distributed

    monkeypatch.setattr(lv_distributed, "CONNECT_TIMEOUT", "1s")
    with pytest.raises(runner.ExecutorUnavailable, match="cannot reach"):
        runner.run([], runner.RunOptions(dask_address="tcp://127.0.0.1:9"))


def test_cli_with_a_file_output_still_writes_one_file(cluster, tmp_path):
    # A sharded run needs a directory output; with a file, --dask keeps this client reading and writing.
    from cli_helpers import run_cli

    paths = [str(p) for p in sorted(CORPUS.glob("*.txt"))[:2]]
    output = tmp_path / "records.jsonl"
    code, _stdout, stderr = run_cli("parse", *paths, "--dask", cluster.scheduler_address, "-o", output, "-q")
    assert code == 0, stderr
    assert output.read_text("utf-8").splitlines() == _lines(runner.run([Source(p) for p in paths]))
    assert not list(tmp_path.glob("part-*")) and not (tmp_path / "_SUCCESS").exists()
