# dyad: the two commands a new user needs are `make demo` and `make test`. Both install what is missing
# (scripts/bootstrap, Debian packages), configure and build first.
BUILD      ?= build
ASAN_BUILD ?= build-asan
JOBS       ?= $(shell nproc)
SHARED     ?= ../shared
CMAKE_ARGS ?=

.PHONY: all bootstrap configure build test demo asan bench eval format clean

all: build

bootstrap:
	@scripts/bootstrap

configure: bootstrap
	@cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Release -DDYAD_DEVELOPER_MODE=ON $(CMAKE_ARGS) >/dev/null

build: configure
	@cmake --build $(BUILD) -j $(JOBS)

# Unit, golden end-to-end, bad-input and fuzz-seed tests, all through ctest.
test: build
	@ctest --test-dir $(BUILD) --output-on-failure -j $(JOBS)

# Codes the bundled examples into an embedded SQLite store and prints what was found.
demo: configure
	@cmake --build $(BUILD) -j $(JOBS) --target dyad_cli dyad_dict_data
	@rm -f $(BUILD)/demo.sqlite $(BUILD)/demo.sqlite-wal $(BUILD)/demo.sqlite-shm
	@$(BUILD)/dyad code examples --db $(BUILD)/demo.sqlite -o $(BUILD)/demo-events.jsonl
	@$(BUILD)/dyad show --db $(BUILD)/demo.sqlite
	@echo
	@echo "JSON lines: $(BUILD)/demo-events.jsonl   database: $(BUILD)/demo.sqlite"

# The same tests under AddressSanitizer and UndefinedBehaviorSanitizer (CI runs this too).
asan: bootstrap
	@cmake -S . -B $(ASAN_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Debug -DDYAD_SANITIZE=ON >/dev/null
	@cmake --build $(ASAN_BUILD) -j $(JOBS)
	@ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 ctest --test-dir $(ASAN_BUILD) --output-on-failure -j $(JOBS)

# Micro-benchmarks per stage, then whole-pipeline throughput on the shared corpora when they are present.
bench: build
	@for b in $(BUILD)/bench/bench_*; do $$b --benchmark_min_time=0.2; done
	@if [ -d $(SHARED)/data/corpora ]; then \
	  $(BUILD)/dyad bench $(SHARED)/data/corpora/bbc-2225 && \
	  $(BUILD)/dyad bench $(SHARED)/data/corpora/bbc-sentences.jsonl; \
	else echo "bench: $(SHARED)/data/corpora is absent: whole-pipeline corpus benchmark skipped"; fi

# Scores the validation suites in $(SHARED)/data/gold against the floors in eval/floors.txt (fails below a floor).
eval: configure
	@cmake --build $(BUILD) -j $(JOBS) --target dyad_cli dyad_dict_data
	@SHARED=$(SHARED) DYAD=$(BUILD)/dyad scripts/eval

format:
	@clang-format -i $$(git ls-files '*.cc' '*.h')

clean:
	@rm -rf $(BUILD) $(ASAN_BUILD)
