#!/usr/bin/env bash
# Times the cold command line against jsonschema2pojo-core on the speed corpus, in the same run, interleaved:
# `pictor generate` through the distribution's launcher (bin/pictor, with its class-data-sharing archive) and through
# `java -jar pictor.jar`, and jsonschema2pojo-core through its own API with its default options, one process for all
# schemas (dev.pictor.benchmarks.Jsonschema2pojoMain). Prints each run's wall time and peak RSS, and the median of the
# pair ratios (each Pictor run over the jsonschema2pojo run of the same round).
#
# The corpus: the 36 Cloudflare Workers AI catalog files of testdata/provider-data/cloudflare-workers-ai/catalog/
# (72 schemas); Pictor generates from them imported as model documents, jsonschema2pojo from the files' schema.input
# and schema.output. --large also times 3,800 models: the corpus copied under new model ids (and, for
# jsonschema2pojo, the same files copied into new packages).
#
# Build first, from the repository root:
#   mvn -B -q -DskipTests package
#   mvn -B -q -Pbenchmarks -DskipTests -pl runtime,generator-core,maven-plugin,schemas,generated-samples,benchmarks -am package
# Then: benchmarks/cold-vs-jsonschema2pojo.sh [--runs N] [--large | --large-only] [--large-runs N]
set -euo pipefail
cd "$(dirname "$0")/.."

runs=5
large=false
large_runs=1
corpus=true
while [ $# -gt 0 ]; do
    case $1 in
        --runs) runs=$2; shift 2 ;;
        --large) large=true; shift ;;
        --large-runs) large_runs=$2; shift 2 ;;
        --large-only) large=true; corpus=false; shift ;;
        *) echo "usage: $0 [--runs N] [--large | --large-only] [--large-runs N]" >&2; exit 2 ;;
    esac
done

dist=$(ls -d cli/target/pictor-*-dist/pictor-* 2>/dev/null | head -n 1 || true)
bench=benchmarks/target/benchmarks.jar
[ -n "$dist" ] && [ -x "$dist/bin/pictor" ] || { echo "no distribution: run mvn -B -q -DskipTests package" >&2; exit 2; }
[ -f "$bench" ] || { echo "no $bench: build the benchmarks (see benchmarks/README.md)" >&2; exit 2; }
catalog=testdata/provider-data/cloudflare-workers-ai/catalog
java=${JAVA_HOME:+$JAVA_HOME/bin/}java

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_CACHE_HOME=$work/cache

# One timed run: "SECONDS KB" (wall time, peak RSS) on stdout; the command's own output is dropped.
timed() {
    if [ -x /usr/bin/time ]; then
        /usr/bin/time -f '%e %M' -o "$work/time" "$@" >"$work/log" 2>&1 || { cat "$work/log" >&2; return 1; }
        cat "$work/time"
    else
        local start end
        start=$(date +%s%N)
        "$@" >"$work/log" 2>&1 || { cat "$work/log" >&2; return 1; }
        end=$(date +%s%N)
        echo "$(( (end - start) / 1000000 ))e-3 0"
    fi
}

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# root FOLDER COPIES: a schemas root of the corpus, copied COPIES times under new model ids (1: as imported).
make_root() {
    local root=$1 models=$2
    mkdir -p "$root/cloudflare-workers-ai"
    cp schemas/cloudflare-workers-ai/provider.json "$root/cloudflare-workers-ai/"
    "$java" -jar "$dist/lib/pictor.jar" import cloudflare "$catalog"/*.json --into "$root" --doc-version 2026-12-07 >/dev/null
    if [ "$models" -gt 36 ]; then
        local base=$work/base
        mv "$root" "$base"
        mkdir -p "$root/cloudflare-workers-ai"
        cp "$base/cloudflare-workers-ai/provider.json" "$root/cloudflare-workers-ai/"
        local n=0 copy=0 doc rel id
        while [ "$n" -lt "$models" ]; do
            copy=$((copy + 1))
            for doc in "$base"/cloudflare-workers-ai/*/*/2026-12-07.json; do
                [ "$n" -lt "$models" ] || break
                rel=${doc#"$base"/cloudflare-workers-ai/}
                rel=${rel%/2026-12-07.json}
                mkdir -p "$root/cloudflare-workers-ai/$rel-c$copy"
                id=$(sed -n 's/^  "model": "\(.*\)",$/\1/p' "$doc")
                sed "s|^  \"model\": \"$id\",\$|  \"model\": \"$id-c$copy\",|" "$doc" \
                    >"$root/cloudflare-workers-ai/$rel-c$copy/2026-12-07.json"
                n=$((n + 1))
            done
        done
    fi
}

# peer_files FOLDER MODELS: the catalog files, copied into numbered folders (packages) up to MODELS files.
peer_files() {
    local folder=$1 models=$2 n=0 copy=0 f
    while [ "$n" -lt "$models" ]; do
        copy=$((copy + 1))
        mkdir -p "$folder/c$copy"
        for f in "$catalog"/*.json; do
            [ "$n" -lt "$models" ] || break
            cp "$f" "$folder/c$copy/"
            n=$((n + 1))
        done
    done
}

# compare LABEL MODELS ROUNDS
compare() {
    local label=$1 models=$2 rounds=$3
    local root=$work/root-$models peers=$work/peers-$models out=$work/out
    [ -d "$root" ] || make_root "$root" "$models"
    peer_files "$peers" "$models"
    echo "== $label: $models models, $rounds interleaved rounds ($(nproc) cores, $("$java" -version 2>&1 | head -n 1))"
    : >"$work/ratios-launcher"
    : >"$work/ratios-jar"
    : >"$work/t-launcher"
    : >"$work/t-jar"
    : >"$work/t-peer"
    local i l j p
    for i in $(seq 1 "$rounds"); do
        rm -rf "$out"
        l=$(timed "$dist/bin/pictor" generate --out "$out" "$root")
        echo "round $i: launcher $l (s, KB)"
        rm -rf "$out"
        p=$(timed "$java" -cp "$bench" dev.pictor.benchmarks.Jsonschema2pojoMain "$out" "$peers")
        echo "round $i: jsonschema2pojo $p (s, KB): $(cat "$work/log")"
        rm -rf "$out"
        j=$(timed "$java" -jar "$dist/lib/pictor.jar" generate --out "$out" "$root")
        echo "round $i: java -jar $j (s, KB)"
        echo "$l" >>"$work/t-launcher"
        echo "$j" >>"$work/t-jar"
        echo "$p" >>"$work/t-peer"
        awk -v a="${l%% *}" -v b="${p%% *}" 'BEGIN { print a / b }' >>"$work/ratios-launcher"
        awk -v a="${j%% *}" -v b="${p%% *}" 'BEGIN { print a / b }' >>"$work/ratios-jar"
    done
    rm -rf "$out"
    for side in launcher jar peer; do
        echo "median $side: $(cut -d' ' -f1 "$work/t-$side" | median) s, peak RSS $(cut -d' ' -f2 "$work/t-$side" | median) KB"
    done
    echo "median of pair ratios: launcher / jsonschema2pojo $(median <"$work/ratios-launcher"), java -jar / jsonschema2pojo $(median <"$work/ratios-jar")"
}

# The launcher's first run for this jar dumps its archive (on the corpus); it is reported, not counted.
make_root "$work/root-36" 36
echo "launcher, first run (dumps the archive): $(timed "$dist/bin/pictor" generate --out "$work/out" "$work/root-36") (s, KB)"
rm -rf "$work/out"
if [ "$corpus" = true ]; then
    compare corpus 36 "$runs"
fi
if [ "$large" = true ]; then
    compare large 3800 "$large_runs"
fi
