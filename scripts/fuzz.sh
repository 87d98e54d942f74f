#!/usr/bin/env bash
# Runs one libFuzzer target for SECONDS, building it first when needed, and prints the
# executions per second and the coverage reached. Exits 1 when the target crashed, hung,
# broke one of its checks or ran out of memory; the input that did it is kept and named.
#
# Usage: scripts/fuzz.sh TARGET SECONDS     TARGET: text, pdf-text, pdf-bbox, browser
#        scripts/fuzz.sh all SECONDS        each target in turn (what scripts/test.sh runs)
#        scripts/fuzz.sh --list             the targets, one a line
#
# Every run starts from the seeds made from the test fixtures (.build-fuzz/seeds/TARGET,
# made anew each time), the inputs of past findings (the `fuzz/` folders under
# Tests/*/Fixtures, each a regression test too) and the corpus earlier runs grew
# (.build-fuzz/corpus/TARGET, kept). The libFuzzer log is .build-fuzz/logs/TARGET-Ns.log;
# a crashing input lands in .build-fuzz/artifacts/TARGET/. Long runs on a shared machine:
# `nice -n 19 scripts/fuzz.sh text 1800`. FUZZ_TIMEOUT (seconds, default 20) is how long
# one input may take before it counts as a hang; FUZZ_ARGS adds libFuzzer flags.
#
# The targets are built only here: Package.swift declares them only when
# KAMERVRAGEN_FUZZ is set, into their own scratch path, optimised (ten times the
# executions of a debug build) with libFuzzer's coverage and the address sanitizer.
set -euo pipefail
cd "$(dirname "$0")/.."

targets=(text pdf-text pdf-bbox browser)

usage() { echo "usage: scripts/fuzz.sh TARGET|all SECONDS (targets: ${targets[*]})" >&2; exit 64; }

[ "${1:-}" = --list ] && { printf '%s\n' "${targets[@]}"; exit 0; }
[ $# -eq 2 ] || usage
target=$1 seconds=$2
[[ $seconds =~ ^[0-9]+$ ]] || usage
if [ "$target" = all ]; then
    for t in "${targets[@]}"; do "$0" "$t" "$seconds"; done
    exit 0
fi

# Per target: product, dictionary, largest input, fixture folder of its past findings.
case $target in
    text)     product=FuzzText    dict=text    max_len=32768 findings=Tests/KamervragenKitTests/Fixtures/fuzz/text ;;
    pdf-text) product=FuzzPDFText dict=text    max_len=32768 findings=Tests/KamervragenKitTests/Fixtures/fuzz/pdf-text ;;
    pdf-bbox) product=FuzzPDFBBox dict=bbox    max_len=65536 findings=Tests/KamervragenKitTests/Fixtures/fuzz/pdf-bbox ;;
    browser)  product=FuzzBrowser dict=browser max_len=16384 findings=Tests/BrowserCoreTests/Fixtures/fuzz/browser ;;
    *) usage ;;
esac

scratch=.build-fuzz
mkdir -p "$scratch/logs"
build_log="$scratch/logs/build-$target.log"
if ! KAMERVRAGEN_FUZZ=1 swift build -c release --scratch-path "$scratch" --product "$product" \
        --sanitize fuzzer -Xswiftc -sanitize=fuzzer,address -Xswiftc -enable-testing >"$build_log" 2>&1; then
    grep -v "Cannot export local symbol" "$build_log" | tail -40 >&2
    echo "fuzz.sh: building $product failed (log: $build_log)" >&2
    exit 1
fi
binary="$scratch/release/$product"

# Seeds: the fixtures as each target reads them, made here rather than committed.
seeds="$scratch/seeds/$target"
rm -rf "$seeds"
mkdir -p "$seeds" "$scratch/corpus/$target" "$scratch/artifacts/$target"
inputs=("$scratch/corpus/$target" "$seeds")
[ -d "$findings" ] && inputs+=("$findings")
kit=Tests/KamervragenKitTests/Fixtures
pdfs=("$kit"/pdf/*.pdf "$kit"/pdf/bad/image-only.pdf)

# Small documents of every heading and note form, quick to run and to mutate.
small_documents() {
    local dir=$1
    printf 'Vraag 1\nWat is dit?\n\nAntwoord 1\nJa.\n' >"$dir/small-1"
    printf 'Vraag 1\nEen?[footnoteRef:1] [1: Bron https://x.example/1]\n\nVraag 2 en 3\nTwee?[endnoteRef:2] [2: noot]\n\nAntwoord op vragen 1 tot en met 3\nDrie.\n' >"$dir/small-2"
    printf 'Vragen van het lid X aan de minister (ingezonden 1 mei 2024)\n\n1\nKent u het bericht "Titel" 1)?\n\n2. Kunt u dat?\n\nAntwoord van minister Y (ontvangen 2 juni 2024)\n\nAntwoord vraag 1:\nJa.\n\nAntwoorden 2l en 3\nNee.\n\n1) Bron, 1 mei 2024, Titel (https://nos.nl/a)\n' >"$dir/small-3"
    printf 'Mededeling van minister Z (ontvangen 3 juni 2024)\n\nDe vragen kunnen niet binnen de termijn worden beantwoord.\n' >"$dir/small-4"
    printf 'Vraag 1\nWat is \xee\x80\x80abc\xee\x80\x81 dit?\n\nAntwoord op vraag 1\nJa.\n' >"$dir/small-private-use"
    printf 'Vraag 1\nCO2 en verleidelijk1?\n\fah-tk-20232024-1 ISSN 0921 - 7398\n1 Bron, https://x.example\nAntwoord 1\nJa.\n' >"$dir/small-page-foot"
}

case $target in
    text)
        cp "$kit"/seed.txt "$kit"/corpus/seeds/* "$kit"/corpus/word-text/* "$seeds"/
        small_documents "$seeds"
        # The same documents in every encoding the reader accepts.
        printf '\xef\xbb\xbf' | cat - "$kit/seed.txt" >"$seeds/seed-bom"
        sed 's/$/\r/' "$kit/seed.txt" >"$seeds/seed-crlf"
        for f in "$kit/seed.txt" "$seeds/small-3"; do
            iconv -c -f UTF-8 -t WINDOWS-1252 "$f" >"$seeds/$(basename "$f")-cp1252"
        done
        ;;
    pdf-text)
        cp "$kit"/corpus/pdf-text/* "$seeds"/
        small_documents "$seeds"
        for f in "${pdfs[@]}"; do pdftotext -enc UTF-8 "$f" "$seeds/$(basename "$f").txt" 2>/dev/null; done
        ;;
    pdf-bbox)
        # Whole documents, and each page as a document of its own (small inputs mutate
        # faster), with the indentation pdftotext writes taken out.
        for f in "${pdfs[@]}"; do
            out="$seeds/$(basename "$f")"
            pdftotext -bbox-layout -enc UTF-8 "$f" - 2>/dev/null | sed 's/^ *//' >"$out.xhtml"
            awk -v out="$out" '
                !body && /<doc>/ { body = 1; next }
                !body { head = head $0 "\n"; next }
                /<page / { n++; page = "" }
                { page = page $0 "\n" }
                /<\/page>/ { file = sprintf("%s.page%d.xhtml", out, n); printf "%s<doc>\n%s</doc>\n</body>\n</html>\n", head, page > file; close(file) }
            ' "$out.xhtml"
        done
        printf '<doc>\n</doc>\n' >"$seeds/no-pages.xhtml"
        ;;
    browser)
        # KeyScript's layout: rows, columns, script length, script, document.
        docs=("$kit/seed.txt" "$kit/corpus/word-text/AH604.txt" "$kit/corpus/pdf-text/ah-tk-20232024-1031.pypdf.txt")
        extra="$scratch/seeds/browser-documents"
        rm -rf "$extra" && mkdir -p "$extra"
        small_documents "$extra"
        docs+=("$extra"/small-*)
        # A question citing many notes: the notes pane fills the screen.
        {
            printf 'Vraag 1\nTekst'
            for i in $(seq 1 300); do printf '[footnoteRef:%d]' "$i"; done
            printf ' '
            for i in $(seq 1 300); do printf '[%d: noot %d https://x.example/%d]' "$i" "$i" "$i"; done
            printf '\n\nAntwoord 1\nAntw.\n'
        } >"$extra/many-notes"
        docs+=("$extra/many-notes")
        # Scripts (printf formats): reading, links and notes, search, contents, help,
        # numbers, history, and resizes (0x00 rows columns) down to nothing and back.
        scripts=(
            ''
            'jjjj dGgbu\x1e\x1f\x83\x82\x84\x85'
            'f\t\t\no'
            'f\t\t\t\x1d\n\x80\x81'
            '/vraag\nnNn?antw\x1b/x\x7f\x7f\x1cN'
            't\x1f\x1f\n\x1et\x1b'
            '3g]a[]]a\x80\x80\x81'
            'h\x86jjj\x1b'
            '\x00\x01\x01jf\t\x00\x00\x00/x\x00\xff\xffn\x00\x05\x14\t\to'
            'f\x00\x0c\xff\t\t/x\x00\xff\xff\xa0\xb0\x00\x02\x02\x0c'
            '12\n99g\x0c\x1a\x07\x03q'
        )
        sizes=('24 80' '1 1' '255 255' '5 20' '3 200')
        n=0
        for d in "${docs[@]}"; do
            for s in "${scripts[@]}"; do
                read -r rows columns <<<"${sizes[$((n % ${#sizes[@]}))]}"
                keys="$extra/keys"
                printf "$s" >"$keys"
                length=$(wc -c <"$keys")
                {
                    printf "\\x$(printf %02x "$rows")\\x$(printf %02x "$columns")\\x$(printf %02x "$length")"
                    cat "$keys" "$d"
                } >"$seeds/$(basename "$d")-$n"
                n=$((n + 1))
            done
        done
                ;;
esac

# The run uses its own copy of the binary and its own log, so a short run (the test
# suite's) can rebuild the target while a long one is going.
log="$scratch/logs/$target-${seconds}s.log"
mkdir -p "$scratch/run"
copy="$scratch/run/$product.$$"
cp "$binary" "$copy"
trap 'rm -f "$copy"' EXIT
echo "fuzz.sh: $target for $seconds s ($binary; log $log)"
status=0
"$copy" -max_total_time="$seconds" -print_final_stats=1 -max_len="$max_len" \
    -timeout="${FUZZ_TIMEOUT:-20}" -rss_limit_mb=2048 -dict="Fuzz/dictionaries/$dict.dict" \
    -artifact_prefix="$scratch/artifacts/$target/" ${FUZZ_ARGS:-} \
    "${inputs[@]}" >"$log" 2>&1 || status=$?

final_stat() { sed -n "s/^stat::$1: *//p" "$log" | tail -1; }
edges=$(sed -n 's/.*(\([0-9]*\) inline 8-bit counters).*/\1/p' "$log" | head -1)
last=$(grep -E '^#[0-9]+' "$log" | tail -1 || true)
cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$last")
ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$last")
corp=$(sed -n 's/.* corp: \([0-9]*\)\/.*/\1/p' <<<"$last")
echo "fuzz.sh: $target: $(final_stat number_of_executed_units) inputs in $seconds s, $(final_stat average_exec_per_sec) exec/s;" \
    "coverage ${cov:-?} of ${edges:-?} edges, ${ft:-?} features; corpus ${corp:-?} inputs; peak RSS $(final_stat peak_rss_mb) MB"
if [ $status -ne 0 ]; then
    grep -v '^#[0-9]' "$log" | tail -60 >&2
    artifact=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log" | tail -1)
    echo "fuzz.sh: $target FAILED (libFuzzer exit $status); input: ${artifact:-see $log}" >&2
    echo "fuzz.sh: replay it with $binary ${artifact:-INPUT}" >&2
    exit 1
fi
