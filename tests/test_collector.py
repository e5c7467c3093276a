"""The cyclic collector while extracting (worker_setup.CollectorTuning): what the model and
vocabularies leave alive is frozen once they are loaded, the thresholds are the extraction ones
for the run, and the caller's settings are back when the run ends. Speed is measured in
benchmarks/gc_settings.py, not here."""
import gc

import pytest

from lvextract import executors, fork_pool, runner, worker_setup
from lvextract.reading import Decoded, Source

DEFAULT = (700, 10, 10)


@pytest.fixture
def callers_collector():
    """A process with the interpreter's default collector, as a library caller's would be."""
    saved = gc.get_threshold()
    gc.unfreeze()
    gc.set_threshold(*DEFAULT)
    yield
    gc.unfreeze()
    gc.set_threshold(*saved)


def _decoded(text: str = "Rīgā, 2024. gada 5. martā.") -> Decoded:
    return Decoded(Source("a.txt"), "0" * 64, text)


def test_apply_freezes_what_is_alive_and_sets_the_thresholds_restore_undoes_both(callers_collector):
    tuning = worker_setup.CollectorTuning()
    tuning.apply()
    assert gc.get_freeze_count() > 0
    assert gc.get_threshold() == worker_setup.EXTRACTION_GC_THRESHOLDS
    tuning.apply()  # idempotent: the caller's settings are still the ones remembered
    tuning.restore()
    assert gc.get_freeze_count() == 0 and gc.get_threshold() == DEFAULT
    tuning.restore()
    assert gc.get_threshold() == DEFAULT


def test_in_process_runs_freeze_after_the_warm_up_and_give_the_settings_back(callers_collector, monkeypatch):
    seen_in_warm_up = []
    monkeypatch.setattr(executors, "warm_up", lambda model: seen_in_warm_up.append(gc.get_freeze_count()))
    executor = executors.InProcessExecutor(None, runner.TimeBudget())
    executor.submit([_decoded()], last=True)
    # The model and vocabularies are loaded first, then frozen with everything else alive.
    assert seen_in_warm_up == [0]
    assert gc.get_freeze_count() > 0 and gc.get_threshold() == worker_setup.EXTRACTION_GC_THRESHOLDS
    executor.close()
    assert gc.get_freeze_count() == 0 and gc.get_threshold() == DEFAULT


def test_a_whole_run_in_this_process_ends_with_the_callers_settings(callers_collector, monkeypatch):
    from lvextract import ordered_run

    monkeypatch.setattr(ordered_run, "load", lambda source, max_bytes: _decoded())
    thresholds_during = []
    for record in runner.run([Source("a.txt")], runner.RunOptions(jobs=1)):
        thresholds_during.append(gc.get_threshold())
        assert record.error is None
    assert thresholds_during == [worker_setup.EXTRACTION_GC_THRESHOLDS]
    assert gc.get_threshold() == DEFAULT and gc.get_freeze_count() == 0


def test_the_fork_pool_gives_the_settings_back_on_close(callers_collector, monkeypatch):
    """A pool that ran its only batch in this process, and one that tuned the collector before
    forking (the fork itself is not made here: test_workers.py runs real workers)."""
    monkeypatch.setattr(executors, "warm_up", lambda model: None)
    pool = fork_pool.ForkPoolExecutor(2, None, runner.TimeBudget())
    pool.submit([_decoded()], last=True)
    assert gc.get_threshold() == worker_setup.EXTRACTION_GC_THRESHOLDS
    pool._collector.apply()  # what _fork does in the parent before its first fork
    pool.close()
    assert gc.get_threshold() == DEFAULT and gc.get_freeze_count() == 0
