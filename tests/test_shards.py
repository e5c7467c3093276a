"""Sharded runs (`parse --dask ADDRESS -o DIRECTORY/`): workers read the inputs and write the parts.

On LocalClusters on loopback: two in-process workers with the memory:// filesystem (which
only threads of one process share) and two worker processes with file://, one of them
killed mid-partition. The parts, concatenated in name order, must be the local run's records.
"""
from __future__ import annotations

import json
import os
import re
import signal
import threading
import time
from pathlib import Path

import pytest

pytest.importorskip("distributed")
fsspec = pytest.importorskip("fsspec")

from distributed import Client, LocalCluster  # noqa: E402

from cli_helpers import run_cli  # noqa: E402
from lvextract import runner, shards, storage  # noqa: E402
from lvextract.reading import Source, UsageError, find_inputs  # noqa: E402
from lvextract.shard_task import RecordOptions  # noqa: E402

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
# Small documents (about 1.0–1.5 kB each), one in a Windows code page; with this partition
# size a partition holds two or three of them.
DOCUMENTS = ("102_cesis_karjeras_darbnica.txt", "105_ogre_portals_senioriem.txt", "108_cp1257.txt",
             "111_biedriba_tiksanas_sievietem.txt", "117_tukums_lekciju_cikls.txt",
             "118_kf_udenssaimnieciba_aizpute.txt")
PARTITION_BYTES = 2_500


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> Path:
    """The documents, one of them in a subdirectory, and a binary file (an error record)."""
    root = tmp_path_factory.mktemp("releases")
    for i, name in enumerate(DOCUMENTS):
        target = root / ("sub" if i == 3 else "") / name
        target.parent.mkdir(exist_ok=True)
        target.write_bytes((CORPUS / name).read_bytes())
    (root / "zz_binary.txt").write_bytes(b"\x00\x01\x02" * 200)
    return root


@pytest.fixture(scope="module")
def local_lines(inputs) -> list[str]:
    """The local run's JSON Lines over the same files (plain paths)."""
    sources = find_inputs([str(inputs)])
    return [record.model_dump_json() for record in runner.run(sources, runner.RunOptions(jobs=1))]


@pytest.fixture(scope="module")
def threads_cluster():
    # Two workers in this process: memory:// is shared, and monkeypatching reaches them.
    with LocalCluster(processes=False, n_workers=2, threads_per_worker=1, protocol="tcp", host="127.0.0.1",
                      dashboard_address=None) as cluster, Client(cluster, set_as_default=False) as client:
        yield client


def _renamed(lines: list[str], old: str, new: str) -> list[str]:
    """Records whose `source` starts with `old` as a run over `new` names them (in `source`
    and in error messages)."""
    assert all(json.loads(line)["source"].startswith(old) for line in lines)
    return [line.replace(old, new) for line in lines]


def _parts(fs, directory: str, suffix: str = ".jsonl") -> list[str]:
    return sorted(p for p in fs.ls(directory, detail=False) if p.endswith(suffix))


def _concatenated(fs, directory: str) -> list[str]:
    return [line for part in _parts(fs, directory) for line in fs.cat(part).decode("utf-8").splitlines()]


def _to_memory(inputs: Path, bucket: str) -> str:
    fs = fsspec.filesystem("memory")
    for path in sorted(inputs.rglob("*")):
        if path.is_file():
            fs.pipe(f"/{bucket}/releases/{path.relative_to(inputs).as_posix()}", path.read_bytes())
    return f"memory://{bucket}/releases/"


# --- listing and partitions ---------------------------------------------------------------------

def test_listing_is_sorted_like_find_inputs(tmp_path):
    # Names where a walk in directory order and a sort of full paths disagree unless done right.
    for name in ("a.txt", "a-b.txt", "a/b.txt", "a/c/d.md", "ab.txt", "a.b/x.txt", "B.txt", "b.html", "skip.bin",
                 "z/y/x/w.htm"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x" * len(name))
    expected = [s.name for s in find_inputs([str(tmp_path)])]
    listed = list(storage.list_inputs([str(tmp_path)]))
    assert [name for name, _size in listed] == expected
    assert all(size == len(Path(name).relative_to(tmp_path).as_posix()) for name, size in listed)
    as_url = [name for name, _size in storage.list_inputs([f"file://{tmp_path}/"])]
    assert as_url == [f"file://{name}" for name in expected]
    # Several roots are merged into one sorted list, without duplicates.
    merged = [name for name, _ in storage.list_inputs([str(tmp_path / "a"), str(tmp_path / "a.txt"), str(tmp_path)])]
    assert merged == expected


def test_listing_errors_are_usage_errors(tmp_path):
    with pytest.raises(UsageError, match="no such file"):
        list(storage.list_inputs([str(tmp_path / "missing")]))
    (tmp_path / "empty").mkdir()
    with pytest.raises(UsageError, match="no input files under"):
        list(storage.list_inputs([str(tmp_path / "empty")]))


def test_paths_file_is_read_in_its_order_with_optional_sizes(tmp_path):
    listing = tmp_path / "paths.txt"
    listing.write_text("memory://b/z.txt\t120\n\nmemory://b/a.txt\n")
    assert list(storage.list_inputs([f"@{listing}"])) == [("memory://b/z.txt", 120),
                                                          ("memory://b/a.txt", storage.ASSUMED_BYTES)]


def test_partitions_are_cut_by_bytes_in_order():
    listing = [("a", 10), ("b", 10), ("c", 100), ("d", 1), ("e", 1)]
    cut = list(shards.partitions(listing, 20))
    assert [p.inputs for p in cut] == [("a", "b"), ("c",), ("d", "e")]
    assert [p.index for p in cut] == [0, 1, 2]
    assert [p.size for p in cut] == [20, 100, 2]


def test_directory_outputs_are_told_from_file_outputs(tmp_path):
    assert shards.is_directory_output("s3://bucket/records/")
    assert shards.is_directory_output(str(tmp_path) + "/new/")
    assert shards.is_directory_output(str(tmp_path))
    assert not shards.is_directory_output(str(tmp_path / "records.jsonl"))
    assert not shards.is_directory_output(None) and not shards.is_directory_output("-")


# --- runs on in-process workers -----------------------------------------------------------------

def test_memory_run_equals_local_run_and_a_rerun_extracts_nothing(threads_cluster, inputs, local_lines, monkeypatch):
    source = _to_memory(inputs, "run1")
    fs = fsspec.filesystem("memory")
    fs.pipe("/run1/records/part-00099.jsonl", b"left over from a longer run\n")
    options = shards.ShardOptions(output="memory://run1/records/", partition_bytes=PARTITION_BYTES)

    first = shards.run_shards(threads_cluster, [source], options)

    expected = _renamed(local_lines, str(inputs), "memory://run1/releases")
    assert _concatenated(fs, "/run1/records") == expected
    assert len(first.parts) >= 3 and first.skipped == 0
    assert not fs.exists("/run1/records/part-00099.jsonl")  # an earlier run's part beyond this run's
    assert not fs.exists("/run1/records/_temporary")
    success = shards.read_success("memory://run1/records/")
    assert success["complete"] is True and success["format"] == "jsonl"
    assert success["records"] == len(expected) and success["errors"] == 1
    assert success["errors_by_code"] == {"binary": 1}
    assert [p["part"] for p in success["parts"]] == [p.rsplit("/", 1)[-1] for p in _parts(fs, "/run1/records")]
    assert sum(p["records"] for p in success["parts"]) == len(expected)
    from lvextract import PIPELINE_VERSION

    assert success["pipeline_version"] == PIPELINE_VERSION
    manifest = json.loads(fs.cat("/run1/records/_parts/part-00000.json"))
    assert manifest["pipeline_version"] == PIPELINE_VERSION
    assert [name for name, _sha in manifest["inputs"]] == [json.loads(line)["source"] for line in
                                                           fs.cat("/run1/records/part-00000.jsonl").splitlines()]

    # Nothing changed: every part is kept, and the pipeline is never called.
    from lvextract import pipeline

    calls = []
    real = pipeline.process_batch
    monkeypatch.setattr(pipeline, "process_batch",
                        lambda batch, *a, **k: calls.append(len(batch)) or real(batch, *a, **k))
    second = shards.run_shards(threads_cluster, [source], options)
    assert calls == [] and second.skipped == len(second.parts) == len(first.parts)
    assert _concatenated(fs, "/run1/records") == expected
    assert shards.read_success("memory://run1/records/")["skipped_parts"] == len(first.parts)

    # One input changed: only its partition runs again.
    changed = "/run1/releases/102_cesis_karjeras_darbnica.txt"
    fs.pipe(changed, fs.cat(changed) + "\nPieteikšanās līdz 2024. gada 1. aprīlim.\n".encode())
    third = shards.run_shards(threads_cluster, [source], options)
    assert third.skipped == len(first.parts) - 1
    assert calls == [len(manifest["inputs"])]  # the changed input is in the first partition
    assert len(_concatenated(fs, "/run1/records")) == len(expected)


def test_an_old_manifest_never_vouches_for_a_newer_part(threads_cluster, inputs, local_lines, monkeypatch):
    from lvextract import shard_task

    source = _to_memory(inputs, "run3")
    fs = fsspec.filesystem("memory")
    options = shards.ShardOptions(output="memory://run3/records/", partition_bytes=PARTITION_BYTES)
    shards.run_shards(threads_cluster, [source], options)
    changed = "/run3/releases/102_cesis_karjeras_darbnica.txt"
    original = fs.cat(changed)
    fs.pipe(changed, original + "\nPieteikšanās līdz 2024. gada 1. aprīlim.\n".encode())

    class ManifestsFail:  # every attempt dies between moving its part in and writing its manifest
        loads = staticmethod(json.loads)

        @staticmethod
        def dumps(*args, **kwargs):
            raise OSError("storage went away")

    monkeypatch.setattr(shard_task, "json", ManifestsFail)
    with pytest.raises(shards.ShardRunFailed, match="storage went away"):
        shards.run_shards(threads_cluster, [source], options)
    assert shards.read_success("memory://run3/records/") is None  # an incomplete run is not taken for done
    monkeypatch.undo()
    fs.pipe(changed, original)  # the old input is back: its old part is not
    shards.run_shards(threads_cluster, [source], options)
    assert _concatenated(fs, "/run3/records") == _renamed(local_lines, str(inputs), "memory://run3/releases")


def test_cli_run_on_plain_paths_is_byte_identical_to_local_run(threads_cluster, inputs, tmp_path):
    local = tmp_path / "local.jsonl"
    out = tmp_path / "records"
    assert run_cli("parse", inputs, "-j", "1", "-q", "-o", local)[0] == 1  # the binary file's error
    code, _stdout, stderr = run_cli("parse", inputs, "--dask", threads_cluster.scheduler.address, "-o", f"{out}/",
                                    "--partition-bytes", PARTITION_BYTES)
    assert code == 1, stderr
    assert "binary file" in stderr and "unchanged and skipped" in stderr
    parts = sorted(out.glob("part-*.jsonl"))
    assert len(parts) >= 3
    assert b"".join(p.read_bytes() for p in parts) == local.read_bytes()
    assert json.loads((out / "_SUCCESS").read_text())["complete"] is True


def test_cli_refuses_what_a_sharded_run_cannot_write(threads_cluster, inputs, tmp_path):
    code, _, stderr = run_cli("parse", inputs, "--dask", threads_cluster.scheduler.address, "-o", f"{tmp_path}/",
                              "--format", "csv")
    assert code == 2 and "writes --format jsonl or parquet" in stderr
    code, _, stderr = run_cli("parse", inputs, "--format", "parquet", "-o", tmp_path / "x.parquet")
    assert code == 2 and "--format parquet writes the parts of a sharded run" in stderr
    code, _, stderr = run_cli("parse", tmp_path / "missing", "--dask", threads_cluster.scheduler.address,
                              "-o", f"{tmp_path}/out/")
    assert code == 2 and "no such file or directory" in stderr


def test_parquet_parts_hold_one_row_per_record_with_nested_fields(threads_cluster, inputs, local_lines):
    pq = pytest.importorskip("pyarrow.parquet")
    source = _to_memory(inputs, "run2")
    fs = fsspec.filesystem("memory")
    shards.run_shards(threads_cluster, [source], shards.ShardOptions(output="memory://run2/records/", fmt="parquet",
                                                                    partition_bytes=PARTITION_BYTES))
    rows = []
    for part in _parts(fs, "/run2/records", ".parquet"):
        with fs.open(part, "rb") as handle:
            rows.extend(pq.read_table(handle).to_pylist())
    expected = [json.loads(line) for line in _renamed(local_lines, str(inputs), "memory://run2/releases")]
    assert len(rows) == len(expected)
    for row, record in zip(rows, expected):
        # Amounts and percentages (int or float in JSON) are doubles in Parquet.
        assert json.loads(json.dumps(row), parse_int=float) == json.loads(json.dumps(record), parse_int=float)
    assert any(row["dates"] and row["dates"][0]["span"]["text"] for row in rows)
    assert shards.read_success("memory://run2/records/")["format"] == "parquet"


# --- a worker process killed mid-partition -----------------------------------------------------

def test_a_worker_killed_mid_partition_still_gives_complete_output(inputs, local_lines, tmp_path):
    out = tmp_path / "records"
    killed: list[int] = []

    def kill_the_first_writer():
        # A worker writing a part has its temporary under _temporary/, named with its pid.
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline and not killed:
            for temporary in (out / "_temporary").glob("part-*"):
                match = re.match(r"part-\d+\.(\d+)-", temporary.name)
                if match:
                    os.kill(int(match.group(1)), signal.SIGKILL)
                    killed.append(int(match.group(1)))
                    return
            time.sleep(0.02)

    with LocalCluster(processes=True, n_workers=2, threads_per_worker=1, protocol="tcp", host="127.0.0.1",
                      dashboard_address=None) as cluster, Client(cluster, set_as_default=False) as client:
        killer = threading.Thread(target=kill_the_first_writer, daemon=True)
        killer.start()
        summary = shards.run_shards(client, [f"file://{inputs}/"],
                                    shards.ShardOptions(output=f"file://{out}/", partition_bytes=PARTITION_BYTES))
        killer.join(timeout=1)
    assert killed, "no worker was caught writing a part"
    lines = [line for part in sorted(out.glob("part-*.jsonl")) for line in part.read_text("utf-8").splitlines()]
    assert lines == _renamed(local_lines, str(inputs), f"file://{inputs}")  # complete, in order, no duplicate
    assert summary.records == len(lines)
    assert not (out / "_temporary").exists()
    assert json.loads((out / "_SUCCESS").read_text())["records"] == len(lines)
