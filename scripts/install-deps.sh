#!/usr/bin/env bash
# Installs the Debian 12 packages minigo needs to build and test, skipping those already present.
set -euo pipefail
packages=(
  build-essential cmake ninja-build ccache python3  # python3 runs lit
  llvm-19-dev llvm-19-tools       # LLVM 19 libraries, FileCheck-19 and lit
  libboost1.81-dev                # Boost.Spirit X3 and Boost.Multiprecision (header-only)
  libgc-dev                       # Boehm GC for compiled programs' heap
  libicu-dev                      # Unicode categories of identifiers (also a libxml2-dev dependency)
  libgtest-dev                    # GoogleTest unit tests
  zlib1g-dev libzstd-dev libedit-dev libxml2-dev libffi-dev libncurses-dev  # LLVMConfig.cmake link deps
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
