# sitrep — build, run and test entry points (DESIGN §2). Every target that
# needs the machine set up depends on `setup`, which is idempotent and fast
# when everything is already installed.
SHELL := /bin/bash
BUILD ?= build
JOBS ?= $(shell nproc)
DB ?= sitrep.db

APT_PACKAGES := g++ make cmake pkg-config git python3 \
  libicu-dev libmecab-dev mecab mecab-ipadic-utf8 libcld2-dev libgumbo-dev \
  libsqlite3-dev sqlite3 nlohmann-json3-dev libcli11-dev libfmt-dev \
  libgtest-dev libgmock-dev libbenchmark-dev libcpp-httplib-dev \
  libgeonames-common gettext chromium wrk \
  libpqxx-dev postgresql-15 pybind11-dev python3-dev python3-distributed python3-dask

.PHONY: setup apt npm build build-run run test test-sanitize test-tsan bench bench-serve bench-fusion fuzz clean

setup: apt npm

# Installs only what is missing, so re-running costs a dpkg query. Node.js and
# npm come from Debian only when the machine has no npm (a NodeSource nodejs
# conflicts with Debian's npm package).
apt:
	@missing=$$(for p in $(APT_PACKAGES); do \
	  dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'install ok installed' || echo $$p; done); \
	if ! command -v npm >/dev/null 2>&1; then missing="$$missing nodejs npm"; fi; \
	if [ -n "$$missing" ]; then \
	  echo "setup: installing $$missing"; \
	  export DEBIAN_FRONTEND=noninteractive; \
	  apt-get update -q && apt-get install -y -q --no-install-recommends $$missing; \
	fi

# npm data (GeoNames cities500, country names) and the web page's libraries.
npm: node_modules/.sitrep-installed
node_modules/.sitrep-installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

$(BUILD)/Makefile: CMakeLists.txt
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo

# Everything: the binary, every test and benchmark.
build: setup $(BUILD)/Makefile
	cmake --build $(BUILD) -j $(JOBS)

# Only what `make run` runs: the sitrep binary and the compiled gazetteer (no
# tests, no benchmarks), so a new user waits minutes, not half an hour.
build-run: setup $(BUILD)/Makefile
	@echo "make run: building the sitrep binary only (make test builds the tests)"
	cmake --build $(BUILD) -j $(JOBS) --target sitrep

run: build-run
	rm -f $(DB) $(DB)-wal $(DB)-shm
	$(BUILD)/sitrep ingest examples --db $(DB)
	$(BUILD)/sitrep docs --db $(DB)
	$(BUILD)/sitrep events --db $(DB) --format table

test: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)
	$(MAKE) test-sanitize

# The input-facing tests again under AddressSanitizer and UndefinedBehaviorSanitizer
# (issue 15): the readers (txt, HTML, JSON Lines, charsets), text (normalizer,
# sentence splitter, tokenizers), the time grammars and the wikitext/infobox
# battles reader, with the libraries below them, in a second build folder (gcc's
# sanitizers: no extra package). Only those modules are built and only their
# tests run (ctest labels), so CI stays within its time limit.
SANITIZE_BUILD ?= build-sanitize
empty :=
space := $(empty) $(empty)
SANITIZE_MODULES := base document lang ingest text time battles
test-sanitize: setup
	cmake -S . -B $(SANITIZE_BUILD) -DCMAKE_BUILD_TYPE=Debug -DSITREP_SANITIZE=ON
	cmake --build $(SANITIZE_BUILD) -j $(JOBS) --target $(patsubst %,sitrep_%_test,$(SANITIZE_MODULES))
	cd $(SANITIZE_BUILD) && \
	  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=1 \
	  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	  ctest --output-on-failure -j $(JOBS) -L '^($(subst $(space),|,$(SANITIZE_MODULES)))$$'

# The multi-threaded paths under ThreadSanitizer (issue 15): the whole
# pipeline is built with -fsanitize=thread in a third build folder and the
# tests that run work on several threads at once run there: documents on
# several workers (ParallelRunner over both languages, namesake places, the
# window) and the HTTP server's workers answering concurrent clients over one
# store pool (HttpServerTest, with httplib's own threads), with the compiled
# gazetteer they link places with. Not part of `make
# test`: its build is every stage library again (~10 min on 2 cores), which CI's
# time limit has no room for; run it after touching anything a worker shares.
TSAN_BUILD ?= build-tsan
test-tsan: setup
	cmake -S . -B $(TSAN_BUILD) -DCMAKE_BUILD_TYPE=Debug -DSITREP_TSAN=ON
	cmake --build $(TSAN_BUILD) -j $(JOBS) --target sitrep_gazetteer sitrep_pipeline_test sitrep_api_test
	cd $(TSAN_BUILD) && TSAN_OPTIONS=halt_on_error=1:second_deadlock_stack=1 \
	  ctest --output-on-failure -j $(JOBS) -R 'ParallelRunnerTest|HttpServerTest'

# BENCH_SIZES: the corpus sizes (MB) of the whole-pipeline bench. The scaling
# bench then times each hostile input shape at 10 KB, 100 KB and 1 MB (CPU s/MB
# and the 1 MB / 10 KB ratio per shape: flat is ~1).
BENCH_SIZES ?= 1,10,50
bench: build
	$(BUILD)/sitrep_pipeline_bench --sizes $(BENCH_SIZES)
	$(BUILD)/sitrep_scaling_bench
	$(BUILD)/sitrep_bench
	$(BUILD)/sitrep_kb_bench
	$(MAKE) bench-serve
	$(MAKE) bench-fusion

# The HTTP API: /api/events latency with 100,000 events stored, and a bounded
# loopback load (20,000 requests, 50 connections); see bench/serve_bench_main.cc.
bench-serve: build
	$(BUILD)/sitrep_serve_bench

# Fusion of 10k-100k generated events (time, growth, memory), then through a
# SQLite store; see bench/fusion_bench_main.cc.
bench-fusion: build
	$(BUILD)/sitrep_fusion_bench

# libFuzzer with ASan and UBSan (fuzz/): the readers (stdin sniffing, HTML,
# JSON Lines), each stage alone (text, time, counts, linker, events, the two
# infobox readers, battles) and the whole pipeline. clang and its runtime are
# installed here, not by `setup`, since only this needs them. FUZZ_SECONDS per
# target, FUZZ_TARGETS to run only some (names as in fuzz/run.sh); crashes land
# in $(FUZZ_BUILD)/fuzz-crashes/.
FUZZ_BUILD ?= build-fuzz
FUZZ_SECONDS ?= 60
FUZZ_TARGETS ?=
FUZZ_PACKAGES := clang libclang-rt-14-dev
fuzz: setup
	@missing=$$(for p in $(FUZZ_PACKAGES); do \
	  dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "fuzz: installing $$missing"; \
	  export DEBIAN_FRONTEND=noninteractive; apt-get update -q && apt-get install -y -q --no-install-recommends $$missing; \
	fi
	cmake -S . -B $(FUZZ_BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ -DSITREP_FUZZ=ON
	ASAN_OPTIONS=detect_leaks=0 cmake --build $(FUZZ_BUILD) -j $(JOBS) --target sitrep_fuzzers
	fuzz/run.sh $(FUZZ_BUILD) $(FUZZ_SECONDS) $(FUZZ_TARGETS)

clean:
	rm -rf $(BUILD)
