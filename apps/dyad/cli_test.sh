#!/usr/bin/env bash
# End-to-end checks of the dyad command: exit statuses, stdin, formats, the store's idempotence, help texts.
# Usage: cli_test.sh DYAD_BINARY SOURCE_DIR DICT_DIR
set -u
dyad="$1"; src="$2"; export DYAD_DICT_DIR="$3"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
failures=0; passed=0
check() {  # check NAME EXPECTED_STATUS ACTUAL_STATUS
  if [[ "$2" == "$3" ]]; then passed=$((passed + 1)); else echo "FAIL: $1 (expected $2, got $3)"; failures=$((failures + 1)); fi
}
contains() {  # contains NAME FILE TEXT
  if grep -qF -- "$3" "$2"; then passed=$((passed + 1)); else echo "FAIL: $1: '$3' not in $2"; cat "$2"; failures=$((failures + 1)); fi
}

"$dyad" --help > "$tmp/help" 2>&1; check "dyad --help" 0 $?
contains "help shows examples" "$tmp/help" "dyad code examples/"
"$dyad" code --help > "$tmp/codehelp" 2>&1; check "dyad code --help" 0 $?
contains "code help shows --date" "$tmp/codehelp" "--date YYYY-MM-DD"
"$dyad" frobnicate > /dev/null 2>&1; check "unknown command" 2 $?
"$dyad" code --format xml "$src/examples" > /dev/null 2>&1; check "bad --format" 2 $?
"$dyad" code --date 2019-13-40 "$src/examples" > /dev/null 2>&1; check "bad --date" 2 $?
"$dyad" code > /dev/null 2>&1; check "no input" 2 $?
"$dyad" code "$tmp/does-not-exist.txt" > /dev/null 2> "$tmp/err"; check "missing input" 1 $?
contains "missing input names the file" "$tmp/err" "does-not-exist.txt"

echo "Kazakhstan's foreign minister met Uzbekistan's foreign minister in Tashkent. The Uzbek minister praised Kazakhstan." |
  "$dyad" code --date 2021-03-05 - > "$tmp/stdin.jsonl" 2>/dev/null; check "stdin" 0 $?
contains "stdin 04x event" "$tmp/stdin.jsonl" '"source":{"code":"KAZGOV","country":"KAZ","sectors":["GOV"]'
contains "stdin 04x code" "$tmp/stdin.jsonl" '"cameo":"040","root":"04","quad_class":1'
contains "stdin 05x event" "$tmp/stdin.jsonl" '"cameo":"051","root":"05"'
contains "stdin date" "$tmp/stdin.jsonl" '"date":"2021-03-05","date_precision":"document"'

# A WARC archive on stdin is recognised by its content and streamed; it codes as the same archive on disk does.
gzip -c "$src/testdata/golden/crawl_archive.warc" > "$tmp/crawl.warc.gz"
"$dyad" code -q "$tmp/crawl.warc.gz" > "$tmp/warc_file.jsonl"; check "warc file" 0 $?
cat "$tmp/crawl.warc.gz" | "$dyad" code -q - > "$tmp/warc_stdin.jsonl"; check "warc on stdin" 0 $?
check "warc on stdin codes events" 1 "$([[ -s "$tmp/warc_stdin.jsonl" ]] && echo 1 || echo 0)"
check "warc on stdin codes as from disk" \
  "$(grep -o '"cameo":"[0-9]*"' "$tmp/warc_file.jsonl" | tr '\n' ' ')" \
  "$(grep -o '"cameo":"[0-9]*"' "$tmp/warc_stdin.jsonl" | tr '\n' ' ')"

# Force without a named target is an event only with --targetless (except by the police), and its target stays
# empty.
echo "Rebels opened fire in the air." | "$dyad" code --date 2021-03-05 -q - > "$tmp/untargeted.jsonl"
check "no targetless events by default" 0 "$(wc -l < "$tmp/untargeted.jsonl")"
echo "Rebels opened fire in the air." | "$dyad" code --targetless --date 2021-03-05 -q - > "$tmp/targetless.jsonl"
check "targetless" 0 $?
contains "targetless event has an empty target" "$tmp/targetless.jsonl" '"target":{"code":"","country":"","sectors":[],"text":""},"cameo":"193"'

"$dyad" code --format tsv --explain -o "$tmp/out.tsv" "$src/examples" 2>/dev/null; check "tsv to file" 0 $?
contains "tsv header" "$tmp/out.tsv" "doc_id"

"$dyad" code -q --db "$tmp/e.sqlite" -o "$tmp/a.jsonl" "$src/examples"; check "db first run" 0 $?
"$dyad" code --db "$tmp/e.sqlite" -o "$tmp/b.jsonl" "$src/examples" 2> "$tmp/second"; check "db second run" 0 $?
contains "second run stores nothing new" "$tmp/second" "8 already stored unchanged"
"$dyad" show --db "$tmp/e.sqlite" > "$tmp/show"; check "show" 0 $?
events=$(wc -l < "$tmp/a.jsonl")
contains "store holds each event once" "$tmp/show" "8 documents, $events events"
contains "show prints each event's place" "$tmp/show" "Washington, D.C. (USA)"
"$dyad" dict check > /dev/null 2>&1; check "dict check" 0 $?
"$dyad" validate "$src/testdata/suites/mini.xml" > "$tmp/validate" 2>/dev/null; check "validate" 0 $?
contains "validate summary" "$tmp/validate" "validate: records=3 correct=2 missing=0 extra=0 extra_records=0"
"$dyad" validate "$tmp/does-not-exist.xml" > /dev/null 2>&1; check "validate missing suite" 1 $?
printf 'GENDARME [~COP]\nHARBOUR_WARDEN {HARBOUR_WARDENS} [~COP]\n' > "$tmp/mini.agents"
"$dyad" dict convert -o "$tmp/converted.txt" "$tmp/mini.agents" 2>/dev/null; check "dict convert" 0 $?
contains "converted agent" "$tmp/converted.txt" "agent COP : gendarme"
contains "converted plural" "$tmp/converted.txt" "harbour wardens"

"$dyad" dict compile -o "$tmp/dict.dyadc" > /dev/null 2>&1; check "dict compile" 0 $?
"$dyad" dict stats "$tmp/dict.dyadc" > "$tmp/stats" 2>&1; check "dict stats compiled" 0 $?
contains "stats counts verb patterns" "$tmp/stats" "verb patterns per CAMEO code:"
echo "Kazakhstan's foreign minister met Uzbekistan's foreign minister in Tashkent." |
  "$dyad" code --dict-dir "$tmp/dict.dyadc" --date 2021-03-05 - > "$tmp/compiled.jsonl" 2>/dev/null; check "code with .dyadc" 0 $?
contains "compiled dictionary codes" "$tmp/compiled.jsonl" '"cameo":"040"'
head -c 100 "$tmp/dict.dyadc" > "$tmp/cut.dyadc"
"$dyad" dict stats "$tmp/cut.dyadc" > /dev/null 2> "$tmp/cut"; check "truncated .dyadc" 1 $?
contains "truncated names file and byte" "$tmp/cut" "cut.dyadc: byte 100: truncated"
"$dyad" dict lookup "police" > "$tmp/lookup" 2>&1; check "dict lookup" 0 $?
contains "lookup finds the agent" "$tmp/lookup" "agent COP"
"$dyad" dict explain --date 2021-03-05 "Kazakh police arrested three protesters." > "$tmp/explain" 2>&1
check "dict explain" 0 $?
contains "explain shows actor spans" "$tmp/explain" "actor spans"
contains "explain shows the fired pattern" "$tmp/explain" "FIRED"
"$dyad" dict explain "Kazakhstan will visit Russia. Kazakhstan said Russia must withdraw troops from Ukraine." \
  > "$tmp/explain2" 2>&1
contains "explain marks intended acts" "$tmp/explain2" "intended (governed by \"will\""
contains "explain marks demanded acts" "$tmp/explain2" "demanded by \"said\""

# dyad eval on a one-record plover-gsr set written here; the other sets are absent and said to be.
mkdir -p "$tmp/gold/plover-gsr"
echo '[{"id": "T-1", "event": "FIGHT", "text": "Kazakh police arrested three protesters in Almaty.",
  "source": [{"actorText": "Kazakh police", "code": "KAZ"}], "target": ""}]' > "$tmp/gold/plover-gsr/PLOVER_GSR_CAMEO.txt"
"$dyad" eval -q --gold-dir "$tmp/gold" > "$tmp/eval" 2>&1; check "dyad eval" 0 $?
contains "eval summary line" "$tmp/eval" "eval: set=plover-gsr sentences=1 "
contains "eval names absent sets" "$tmp/eval" "eval: cameo-100: absent"
"$dyad" eval --gold-dir "$tmp/gold" no-such-set > /dev/null 2>&1; check "dyad eval unknown set" 2 $?

echo "$passed passed, $failures failed"
[[ $failures == 0 ]]
