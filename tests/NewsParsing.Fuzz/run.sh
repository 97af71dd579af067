#!/usr/bin/env bash
# Coverage-guided fuzzing of the parser and the cleaning pipeline with SharpFuzz.
#
#   tests/NewsParsing.Fuzz/run.sh [SECONDS] [--engine libfuzzer|afl] [--seed N] [--replay-only]
#
# Publishes the harness, instruments NewsParsing.dll with the sharpfuzz tool, replays the seed corpus and every saved
# finding (tests/NewsParsing.Fuzz/findings), then fuzzes for SECONDS (default 120). Exits non-zero on a crash, a hang
# or a failed replay, and prints where the input was saved. Needs clang with libclang-rt-14-dev (libFuzzer) or afl++:
#   apt-get install clang libclang-rt-14-dev afl++
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
seconds=120
engine=libfuzzer
seed=20240501
replay_only=0
while (( $# > 0 )); do
  case "$1" in
    --engine) engine="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    --replay-only) replay_only=1; shift ;;
    [0-9]*) seconds="$1"; shift ;;
    *) echo "run.sh: unknown argument '$1'" >&2; exit 2 ;;
  esac
done

out="$root/artifacts/fuzz"
app="$out/app"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# Bound the .NET process's memory: a blow-up becomes an OutOfMemoryException, which is reported as a crash.
export DOTNET_GCHeapHardLimit=0x40000000

echo "== publish and instrument the harness" >&2
cd "$root"
dotnet tool restore >/dev/null
rm -rf "$app"
dotnet publish "$here/NewsParsing.Fuzz.csproj" -c Release -o "$app" -v quiet -nologo >/dev/null
dotnet tool run sharpfuzz "$app/NewsParsing.dll" >/dev/null

echo "== replay the seed corpus and saved findings" >&2
"$app/NewsParsing.Fuzz" replay "$here/corpus" "$here/findings"
if (( replay_only )); then
  exit 0
fi

mkdir -p "$out/$engine"
case "$engine" in
  libfuzzer)
    command -v clang >/dev/null || { echo "run.sh: clang is missing (apt-get install clang libclang-rt-14-dev)" >&2; exit 2; }
    clang -O2 -fsanitize=fuzzer "$here/driver/libfuzzer-sharpfuzz.c" -o "$out/libfuzzer-sharpfuzz"
    rm -rf "$out/libfuzzer/corpus" "$out/libfuzzer/crashes"
    mkdir -p "$out/libfuzzer/corpus" "$out/libfuzzer/crashes"
    echo "== libFuzzer for ${seconds}s, seed $seed" >&2
    status=0
    "$out/libfuzzer-sharpfuzz" --target_path="$app/NewsParsing.Fuzz" --target_arg=libfuzzer \
      -max_total_time="$seconds" -seed="$seed" -timeout=10 -max_len=65536 -rss_limit_mb=2048 \
      -dict="$here/newsparsing.dict" -artifact_prefix="$out/libfuzzer/crashes/" -print_final_stats=1 \
      "$out/libfuzzer/corpus" "$here/corpus" 2>"$out/libfuzzer/log.txt" || status=$?
    grep -E "^(#[0-9]+ +DONE|Done|stat::|==[0-9]+== ERROR|SUMMARY)" "$out/libfuzzer/log.txt" >&2 || true
    found=$(find "$out/libfuzzer/crashes" -type f | head -20)
    ;;
  afl)
    command -v afl-fuzz >/dev/null || { echo "run.sh: afl-fuzz is missing (apt-get install afl++)" >&2; exit 2; }
    rm -rf "$out/afl/state"
    echo "== AFL++ for ${seconds}s, seed $seed" >&2
    status=0
    AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_AFFINITY=1 \
      afl-fuzz -V "$seconds" -s "$seed" -i "$here/corpus" -o "$out/afl/state" -x "$here/newsparsing.dict" -t 10000 -m none \
      -- "$app/NewsParsing.Fuzz" afl >"$out/afl/log.txt" 2>&1 || status=$?
    tail -n 5 "$out/afl/log.txt" >&2
    grep -E "^(execs_done|execs_per_sec|run_time|saved_crashes|saved_hangs|bitmap_cvg)" "$out/afl/state/default/fuzzer_stats" >&2 || true
    found=$(find "$out/afl/state/default/crashes" "$out/afl/state/default/hangs" -type f ! -name README.txt 2>/dev/null | head -20)
    ;;
  *) echo "run.sh: unknown engine '$engine' (libfuzzer or afl)" >&2; exit 2 ;;
esac

if [[ -n "$found" || "$status" != "0" ]]; then
  echo "run.sh: the fuzzer found a problem (exit $status). Inputs:" >&2
  echo "${found:-(none saved; see $out/$engine/log.txt)}" >&2
  echo "Replay one with: $app/NewsParsing.Fuzz replay FILE; then copy it to tests/NewsParsing.Fuzz/findings/ and fix." >&2
  exit 1
fi
echo "run.sh: no crash or hang in ${seconds}s ($engine)." >&2
