#!/usr/bin/env bash
# Runs one libFuzzer target for SECONDS, building it first when needed, and prints the
# executions per second and the coverage reached. Exits 1 when the target crashed, hung,
# broke one of its checks or ran out of memory; the input that did it is kept and named.
#
# Usage: scripts/fuzz.sh TARGET SECONDS     TARGET: text, pdf-text, pdf-bbox, browser, docx
#        scripts/fuzz.sh all SECONDS        each target in turn (what scripts/test.sh runs)
#        scripts/fuzz.sh --list             the targets, one a line
#
# Every run starts from the seeds made from the test fixtures (.build-fuzz/seeds/TARGET,
# made anew each time), the inputs of past findings (the `fuzz/TARGET` folders under
# Tests/*/Fixtures, where a finding's input goes beside the unit test that replays it
# through the same path, FuzzFindingTests) and the corpus earlier runs grew
# (.build-fuzz/corpus/TARGET, kept). The libFuzzer log is .build-fuzz/logs/TARGET-Ns.log;
# a crashing, hanging or slow input lands in .build-fuzz/findings/TARGET/ (not in SwiftPM's
# artifacts/, which every build in the scratch path empties). Long runs on a shared machine:
# `nice -n 19 scripts/fuzz.sh text 1800`. FUZZ_TIMEOUT (seconds, default 20) is how long
# one input may take before it counts as a hang; FUZZ_ARGS adds libFuzzer flags.
#
# The targets are built only here: Package.swift declares them only when
# KAMERVRAGEN_FUZZ is set, into their own scratch path, optimised (ten times the
# executions of a debug build) with libFuzzer's coverage and the address sanitizer.
set -euo pipefail
cd "$(dirname "$0")/.."

# The whole script is one block, read before any of it runs, so that editing this file
# while a long run is going does not change what that run does next.
{

targets=(text pdf-text pdf-bbox browser docx)

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
    docx)     product=FuzzDocx    dict=docx    max_len=327680 findings=Tests/KamervragenKitTests/Fixtures/fuzz/docx ;;
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
mkdir -p "$seeds" "$scratch/corpus/$target" "$scratch/findings/$target"
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
    docx)
        # The Word files of the fixtures as they are (the archive form: the ZIP reader and
        # inflate), and their text-bearing parts in the target's parts form (name NUL bytes
        # NUL ..., see Fuzz/FuzzDocx/PartsInput.swift), where mutations reach the XML.
        parts='\[Content_Types\].xml|_rels/\.rels|word/(document|footnotes|endnotes|numbering|styles|settings|header[0-9]*)\.xml|word/_rels/(document|header[0-9]*)\.xml\.rels'
        for f in "$kit"/docx/*.docx; do
            name=$(basename "$f" .docx)
            cp "$f" "$seeds/$name.docx"
            for member in $(unzip -Z1 "$f" | grep -E "^($parts)\$"); do
                printf '%s\0' "$member"
                # unzip takes the name as a pattern, where [ ] * ? are wildcards.
                unzip -p "$f" "$(sed 's/[][*?]/\\&/g' <<<"$member")"
                printf '\0'
            done >"$seeds/$name.parts"
        done
        # A small package with every construction the walker knows: headings, a list,
        # footnote and endnote references, a hyperlink and a field, a header.
        w='xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
        ct='application/vnd.openxmlformats-officedocument.wordprocessingml'
        rel='http://schemas.openxmlformats.org/officeDocument/2006/relationships'
        run() { printf '<w:r><w:t xml:space="preserve">%s</w:t></w:r>' "$1"; }
        {
            printf '[Content_Types].xml\0<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="%s.document.main+xml"/><Override PartName="/word/footnotes.xml" ContentType="%s.footnotes+xml"/><Override PartName="/word/endnotes.xml" ContentType="%s.endnotes+xml"/><Override PartName="/word/numbering.xml" ContentType="%s.numbering+xml"/><Override PartName="/word/header1.xml" ContentType="%s.header+xml"/></Types>\0' "$ct" "$ct" "$ct" "$ct" "$ct"
            printf '_rels/.rels\0<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="%s/officeDocument" Target="word/document.xml"/></Relationships>\0' "$rel"
            printf 'word/_rels/document.xml.rels\0<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rF" Type="%s/footnotes" Target="footnotes.xml"/><Relationship Id="rE" Type="%s/endnotes" Target="endnotes.xml"/><Relationship Id="rN" Type="%s/numbering" Target="numbering.xml"/><Relationship Id="rH" Type="%s/header" Target="header1.xml"/><Relationship Id="rL" Type="%s/hyperlink" Target="https://nos.nl/a" TargetMode="External"/></Relationships>\0' "$rel" "$rel" "$rel" "$rel" "$rel"
            printf 'word/document.xml\0<?xml version="1.0"?><w:document %s><w:body>' "$w"
            printf '<w:p>%s</w:p>' "$(run 'Vragen van het lid X aan de minister (ingezonden 1 mei 2024)')"
            printf '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>%s<w:r><w:footnoteReference w:id="1"/></w:r>%s</w:p>' "$(run 'Kent u het bericht')" "$(run '?')"
            printf '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>%s<w:hyperlink r:id="rL">%s</w:hyperlink><w:r><w:endnoteReference w:id="2"/></w:r></w:p>' "$(run 'Zie ')" "$(run 'de NOS')"
            printf '<w:p>%s</w:p>' "$(run 'Antwoord van minister Y (ontvangen 2 juni 2024)')"
            printf '<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Vraag 1</w:t></w:r></w:p><w:p>%s</w:p>' "$(run 'Kent u het bericht?')"
            printf '<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Antwoord 1 en 2</w:t></w:r></w:p><w:p><w:fldSimple w:instr=" HYPERLINK &quot;http://example.org/x&quot; ">%s</w:fldSimple><w:r><w:tab/><w:sym w:font="Symbol" w:char="F0B7"/><w:br/></w:r>%s</w:p>' "$(run 'Ja')" "$(run 'Nee.')"
            printf '</w:body></w:document>\0'
            printf 'word/footnotes.xml\0<?xml version="1.0"?><w:footnotes %s><w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r>%s</w:p></w:footnote></w:footnotes>\0' "$w" "$(run ' NOS, 1 mei 2024 (https://nos.nl/a)')"
            printf 'word/endnotes.xml\0<?xml version="1.0"?><w:endnotes %s><w:endnote w:id="2"><w:p><w:r><w:endnoteRef/></w:r>%s</w:p></w:endnote></w:endnotes>\0' "$w" "$(run ' Eindnoot')"
            printf 'word/numbering.xml\0<?xml version="1.0"?><w:numbering %s><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>\0' "$w"
            printf 'word/header1.xml\0<?xml version="1.0"?><w:hdr %s><w:p>%s</w:p></w:hdr>' "$w" "$(run 'Datum 2 juni 2024 Onze referentie 12345')"
        } >"$seeds/small.parts"
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
    -artifact_prefix="$scratch/findings/$target/" ${FUZZ_ARGS:-} \
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
exit 0
}
