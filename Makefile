# incidentd — convenience targets. Users run `make demo` and `make test`.
#
#   make deps           install missing Debian packages (deploy/install-deps.sh)
#   make build          configure + build in build/ (RelWithDebInfo)
#   make test           deps + build + all ctest suites, then test-asan and test-fuzz
#   make test-asan      ASan/UBSan build (optimised) in build-asan/: unit and extraction-case tests
#   make test-fuzz      clang libFuzzer build in build-fuzz/: fuzz extract for FUZZ_SECONDS
#   make bench          the extraction benchmark on 10,000 generated articles
#   make bench-pipeline end-to-end benchmark of `incidentd run` on real Kafka + PostgreSQL
#   make demo           deps + build + deploy/demo.sh
#   make services-up    start Kafka + PostgreSQL (default .run/ dirs)
#   make services-down  stop them
#   make clean          remove build trees
#   make distclean      clean + stop services + remove .run/ (data, jar cache)

SHELL       := /bin/bash
BUILD_DIR   ?= build
ASAN_DIR    ?= build-asan
FUZZ_DIR    ?= build-fuzz
FUZZ_SECONDS ?= 60
BUILD_TYPE  ?= RelWithDebInfo
JOBS        ?= 2
CMAKE_ARGS  ?=
CTEST_ARGS  ?=

.PHONY: all deps build test test-unit test-asan test-fuzz bench bench-pipeline demo services-up services-down clean distclean help

all: build

help:
	@sed -n '3,14s/^# \{0,1\}//p' $(firstword $(MAKEFILE_LIST))

deps:
	@deploy/install-deps.sh

build: deps
	cmake -S . -B $(BUILD_DIR) -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) $(CMAKE_ARGS)
	cmake --build $(BUILD_DIR) -j$(JOBS)

test: build
	ctest --test-dir $(BUILD_DIR) --output-on-failure -j$(JOBS) $(CTEST_ARGS)
	$(MAKE) --no-print-directory test-asan
	$(MAKE) --no-print-directory test-fuzz

test-unit: build
	ctest --test-dir $(BUILD_DIR) --output-on-failure -L unit $(CTEST_ARGS)

test-asan: deps
	cmake -S . -B $(ASAN_DIR) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DIDD_SANITIZE=ON $(CMAKE_ARGS)
	cmake --build $(ASAN_DIR) -j$(JOBS)
	ctest --test-dir $(ASAN_DIR) --output-on-failure -L 'unit|cases' $(CTEST_ARGS)

test-fuzz: deps
	CC=clang cmake -S . -B $(FUZZ_DIR) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DIDD_SANITIZE=ON -DIDD_FUZZ=ON \
	    -DIDD_FUZZ_SECONDS=$(FUZZ_SECONDS) $(CMAKE_ARGS)
	cmake --build $(FUZZ_DIR) --target fuzz_extract -j$(JOBS)
	ctest --test-dir $(FUZZ_DIR) --output-on-failure -L fuzz $(CTEST_ARGS)

bench: build
	python3 tests/bench/gen_articles.py --count 10000 > $(BUILD_DIR)/bench.jsonl
	$(BUILD_DIR)/tests/bench/bench_extract $(BUILD_DIR)/bench.jsonl 3

bench-pipeline: build
	INCIDENTD=$(BUILD_DIR)/worker/incidentd python3 tests/bench/bench_pipeline.py --count 20000 --runs 3

demo: build
	deploy/demo.sh

services-up: deps
	deploy/kafka.sh start
	deploy/pg.sh start

services-down:
	-deploy/kafka.sh stop
	-deploy/pg.sh stop

clean:
	rm -rf $(BUILD_DIR) $(ASAN_DIR) $(FUZZ_DIR)

distclean: clean services-down
	rm -rf .run
