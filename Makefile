# The commands of the README. Each installs what is missing, then builds with CMake + Ninja.
BUILD ?= build
SANITIZE_BUILD ?= build-san
.PHONY: deps configure build run test test-sanitize clean

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

# The compiler, runtime and unit tests under ASan and UBSan, in a build directory of their own.
test-sanitize: deps
	cmake -S . -B $(SANITIZE_BUILD) -G Ninja -DLLVM_DIR=/usr/lib/llvm-19/lib/cmake/llvm -DMINIGO_SANITIZE=ON
	cmake --build $(SANITIZE_BUILD)
	cd $(SANITIZE_BUILD) && ctest --output-on-failure -j2

clean:
	rm -rf $(BUILD) $(SANITIZE_BUILD)
