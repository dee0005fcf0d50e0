# The two commands of the README. Each installs what is missing, then builds with CMake + Ninja.
BUILD ?= build
.PHONY: deps configure build run test clean

deps:
	bash scripts/install-deps.sh

configure: deps
	cmake -S . -B $(BUILD) -G Ninja -DLLVM_DIR=/usr/lib/llvm-19/lib/cmake/llvm

build: configure
	cmake --build $(BUILD)

run: build
	$(BUILD)/minigo run samples/showcase.go

test: build
	cd $(BUILD) && ctest --output-on-failure -j2

clean:
	rm -rf $(BUILD)
