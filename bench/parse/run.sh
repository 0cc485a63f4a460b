#!/bin/sh
# Times aio's parser against CPython's ast.parse on the same stdlib files, in one run.
# Usage: bench/parse/run.sh [-n ROUNDS] [-dir DIR] [-python PYTHON]
cd "$(dirname "$0")/../.." && go run ./bench/parse "$@"
