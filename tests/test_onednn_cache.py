"""oneDNN's primitive cache is capped before the tokenizer's first call, unless the user chose."""
import os

from lvextract import segmentation


def test_capped_when_the_user_set_nothing(monkeypatch):
    monkeypatch.delenv(segmentation.ONEDNN_CACHE_ENV, raising=False)
    segmentation.bound_onednn_cache()
    assert os.environ[segmentation.ONEDNN_CACHE_ENV] == str(segmentation.ONEDNN_CACHE_CAPACITY)


def test_the_users_capacity_wins(monkeypatch):
    monkeypatch.setenv(segmentation.ONEDNN_CACHE_ENV, "1024")
    segmentation.bound_onednn_cache()
    assert os.environ[segmentation.ONEDNN_CACHE_ENV] == "1024"


def test_set_before_the_model_runs(monkeypatch):
    # Every way to the network (the fast tokenizer and Stanza's pipeline) sets torch's threads
    # first; the cap rides on that, before any primitive exists.
    monkeypatch.delenv(segmentation.ONEDNN_CACHE_ENV, raising=False)
    monkeypatch.setenv("LVEXTRACT_TORCH_THREADS", str(__import__("torch").get_num_threads()))
    segmentation.limit_torch_threads()
    assert os.environ[segmentation.ONEDNN_CACHE_ENV] == str(segmentation.ONEDNN_CACHE_CAPACITY)
