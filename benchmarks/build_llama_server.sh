#!/usr/bin/env bash
# Build llama.cpp's C++ `llama-server` from the llama.cpp vendored in the pinned llama-cpp-python
# source distribution, so that benchmarks compare kogata against the same llama.cpp version.
#
#     bash benchmarks/build_llama_server.sh          # prints the path of the binary on its last line
#
# Release, CPU only (ggml defaults, i.e. GGML_NATIVE=ON like llama-cpp-python's own build), static,
# no OpenSSL/CURL, no web UI, no tests/examples; only the `llama-server` target is built.
# Everything lives in a cache folder outside the repository; the binary is never committed.
# Idempotent: if the binary already exists, nothing is rebuilt.
#
# Environment:
#   KOGATA_BENCH_CACHE      cache folder (default ~/.cache/kogata-bench)
#   LLAMA_CPP_PYTHON_SDIST  an already downloaded llama_cpp_python-<version>.tar.gz to use instead of pip
#   PYTHON                  Python whose pip downloads the sdist (default: python3)
#   JOBS                    parallel compile jobs (default 2)
set -euo pipefail

VERSION="0.3.36"
CACHE="${KOGATA_BENCH_CACHE:-$HOME/.cache/kogata-bench}"
PYTHON="${PYTHON:-python3}"
JOBS="${JOBS:-2}"

SDIST_DIR="$CACHE/sdist"
SRC_DIR="$CACHE/src/llama_cpp_python-$VERSION"
BUILD_DIR="$CACHE/llama-server-$VERSION"
BINARY="$BUILD_DIR/bin/llama-server"

log() { echo "[build_llama_server] $*" >&2; }

fetch_sdist() {
    local tarball="$SDIST_DIR/llama_cpp_python-$VERSION.tar.gz"
    mkdir -p "$SDIST_DIR"
    if [[ -n "${LLAMA_CPP_PYTHON_SDIST:-}" && ! -f "$tarball" ]]; then
        log "using sdist $LLAMA_CPP_PYTHON_SDIST"
        cp "$LLAMA_CPP_PYTHON_SDIST" "$tarball"
    fi
    if [[ ! -f "$tarball" ]]; then
        log "downloading llama-cpp-python==$VERSION sdist into $SDIST_DIR"
        "$PYTHON" -m pip download --no-deps --no-binary=llama-cpp-python "llama-cpp-python==$VERSION" -d "$SDIST_DIR" >&2
    fi
    echo "$tarball"
}

unpack_sdist() {
    local tarball="$1"
    if [[ ! -f "$SRC_DIR/vendor/llama.cpp/CMakeLists.txt" ]]; then
        log "unpacking $tarball"
        mkdir -p "$CACHE/src"
        tar -xzf "$tarball" -C "$CACHE/src"
    fi
}

configure_and_build() {
    log "configuring into $BUILD_DIR"
    cmake -S "$SRC_DIR/vendor/llama.cpp" -B "$BUILD_DIR" \
        -DCMAKE_BUILD_TYPE=Release \
        -DBUILD_SHARED_LIBS=OFF \
        -DLLAMA_OPENSSL=OFF \
        -DLLAMA_BUILD_TESTS=OFF \
        -DLLAMA_BUILD_EXAMPLES=OFF \
        -DLLAMA_BUILD_TOOLS=ON \
        -DLLAMA_BUILD_SERVER=ON \
        -DLLAMA_BUILD_UI=OFF \
        -DLLAMA_USE_PREBUILT_UI=OFF \
        -DGGML_CUDA=OFF -DGGML_VULKAN=OFF -DGGML_METAL=OFF -DGGML_BLAS=OFF \
        >&2
    log "building llama-server with $JOBS jobs (several minutes on 2 cores)"
    cmake --build "$BUILD_DIR" --config Release --target llama-server -j"$JOBS" >&2
}

main() {
    if [[ -x "$BINARY" ]]; then
        log "already built"
    else
        unpack_sdist "$(fetch_sdist)"
        configure_and_build
    fi
    echo "$BINARY"
}

main "$@"
