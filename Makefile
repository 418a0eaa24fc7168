# lode: the two commands a new user needs are `make demo` and `make test`.
# Each one installs what is missing (tools/setup), configures, builds, then runs.
BUILD ?= build
CMAKE_FLAGS ?=
JOBS ?= $(shell nproc)

.PHONY: all setup configure build demo test test-asan bench clean

all: build

setup:
	@tools/setup

$(BUILD)/build.ninja: | setup
	cmake -S . -B $(BUILD) -G Ninja $(CMAKE_FLAGS)

configure: setup $(BUILD)/build.ninja

build: configure
	cmake --build $(BUILD) -j $(JOBS)

demo: build
	$(BUILD)/lode examples/demo.js

# Every test: C++ unit tests, test/parallel under lode and under node, test/lode.
test: build
	ctest --test-dir $(BUILD) -j $(JOBS) --output-on-failure --timeout 120

test-asan:
	$(MAKE) test BUILD=build-asan CMAKE_FLAGS="-DLODE_ASAN=ON -DCMAKE_BUILD_TYPE=Debug"

bench: build
	bench/run $(BUILD)/lode

clean:
	rm -rf $(BUILD) build-asan
