#!/bin/bash
# regen.sh — regenerate the expected outputs of the golden tests with CPython (pyref).
#
#   tests/regen.sh                 every tests/**/NAME.aio that has a NAME.out (tests/parser excluded)
#   tests/regen.sh FILE.aio ...    just these programs (creates NAME.out when missing)
#
# Each program runs as `pyref /abs/path/NAME.aio` in a fresh temporary directory, as the golden
# runner runs aio. Sibling helper modules (NAME.aio without NAME.out) are made importable for
# CPython through symlinks NAME.py in a temporary PYTHONPATH directory. NAME.out receives stdout;
# when the program exits non-zero, NAME.err receives the last non-empty line of stderr
# (and a stale NAME.err is removed when it exits 0). Never edit NAME.out/NAME.err by hand.
#
# A program containing the line "# regen: python3" runs under plain python3 instead of pyref:
# CPython 3.11 prints its "Did you mean: ..." suggestions for NameError/AttributeError only in
# the interpreter's own traceback report, which pyref (traceback.print_exception) lacks.
set -u
here=$(cd "$(dirname "$0")" && pwd)
PYREF=${PYREF:-$here/../../shared/tools/pyref}
[ -x "$PYREF" ] || PYREF=/work/shared/tools/pyref

if [ $# -eq 0 ]; then
	set -- $(find "$here" -path "$here/parser" -prune -o -name '*.aio' -print | sort | while read -r f; do
		[ -f "${f%.aio}.out" ] && echo "$f"
	done)
fi

status=0
for f in "$@"; do
	abs=$(cd "$(dirname "$f")" && pwd)/$(basename "$f")
	dir=$(dirname "$abs")
	base=${abs%.aio}
	tmp=$(mktemp -d)
	mkdir "$tmp/cwd" "$tmp/path"
	for m in "$dir"/*.aio; do
		[ "$m" = "$abs" ] && continue
		[ -f "${m%.aio}.out" ] && continue
		ln -s "$m" "$tmp/path/$(basename "${m%.aio}").py"
	done
	run=$PYREF
	grep -qx '# regen: python3' "$abs" && run=python3
	start=$(date +%s%N)
	(cd "$tmp/cwd" && PYTHONPATH="$tmp/path" PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 \
		timeout 20 "$run" "$abs" >"$tmp/stdout" 2>"$tmp/stderr" </dev/null)
	rc=$?
	# keep the old NAME.out when only object addresses changed (the runner ignores them)
	if ! [ -f "$base.out" ] || ! cmp -s <(sed -E 's/0x[0-9a-fA-F]+/0x?/g' "$tmp/stdout") \
		<(sed -E 's/0x[0-9a-fA-F]+/0x?/g' "$base.out"); then
		cp "$tmp/stdout" "$base.out"
	fi
	ms=$(( ($(date +%s%N) - start) / 1000000 ))
	if [ $rc -ne 0 ]; then
		grep -v '^[[:space:]]*$' "$tmp/stderr" | tail -n 1 | sed 's/[[:space:]]*$//' >"$base.err"
		echo "$f: exit $rc: $(cat "$base.err")"
	else
		rm -f "$base.err"
	fi
	[ $ms -gt 2000 ] && { echo "$f: slow (${ms} ms)"; status=1; }
	rm -rf "$tmp"
done
exit $status
