# Two commands do everything on a fresh machine: `make run` and `make test`.
# Each creates what it needs first: a virtual environment, the CPU build of torch
# (torch==2.13.0 resolves to the local CPU wheel here; a plain install would pull
# several GB of CUDA packages), then lvextract itself with its test extras.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.lvextract-installed
OUT ?= out

.PHONY: run test install schema bench clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@$(BIN)/python -c "import torch" 2>/dev/null || $(BIN)/python -m pip install -q torch==2.13.0
	$(BIN)/python -m pip install -q -e ".[dev,dask,parquet]"
	@touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	@mkdir -p $(OUT)
	$(BIN)/lvextract parse corpus/ -o $(OUT)/records.jsonl
	$(BIN)/lvextract eval corpus/gold $(OUT)/records.jsonl

test: $(STAMP)
	$(BIN)/python -m pytest

schema: $(STAMP)
	$(BIN)/lvextract schema -o schemas/record.schema.json

bench: $(STAMP)
	$(BIN)/python benchmarks/throughput.py

clean:
	rm -rf $(OUT) build/tokenizer/data .pytest_cache
