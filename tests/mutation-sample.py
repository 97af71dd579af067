#!/usr/bin/env python3
"""Runs a random sample of Stryker.NET's mutants through the real test suite, one build per mutant.

Stryker 5.1 compiles all mutants into one assembly and asks, at every mutated expression, which mutant is active;
in this library's byte loops that costs so much that every run times out (docs/reliability.md). This script keeps
Stryker's mutants (from a mutation-report.json) and runs them the slow, exact way: apply one mutant to the source,
build src/NewsParsing, copy the DLL next to the already-built tests, run the whole suite with
NEWSPARSING_MUTATION_RUN=1, and restore the source.

    python3 tests/mutation-sample.py REPORT.json --sample 60 --seed 1 --group parser --out results.jsonl

Groups: parser (everything outside Filtering/), filters (Filtering/**). Build the tests once first:
    dotnet build -c Release tests/NewsParsing.Tests
"""
import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LIB_DLL = os.path.join(ROOT, "artifacts", "bin", "NewsParsing", "release", "NewsParsing.dll")
TEST_DIR = os.path.join(ROOT, "artifacts", "bin", "NewsParsing.Tests", "release")
TEST_EXE = os.path.join(TEST_DIR, "NewsParsing.Tests")
SKIP = {"CompileError", "Ignored"}


def offsets(text, location):
    lines = text.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    start = starts[location["start"]["line"] - 1] + location["start"]["column"] - 1
    end = starts[location["end"]["line"] - 1] + location["end"]["column"] - 1
    return start, end


def group_of(path):
    return "filters" if "/Filtering/" in path.replace("\\", "/") else "parser"


def run(cmd, timeout, env=None):
    process = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env, start_new_session=True)
    try:
        output, _ = process.communicate(timeout=timeout)
        return process.returncode, output.decode("utf-8", "replace")
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        return None, ""


def main():
    # Turn SIGTERM into an exception, so the source file being mutated is restored by the finally block below.
    signal.signal(signal.SIGTERM, lambda *_: (_ for _ in ()).throw(KeyboardInterrupt()))
    parser = argparse.ArgumentParser()
    parser.add_argument("report")
    parser.add_argument("--sample", type=int, default=50)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--group", choices=["parser", "filters"], required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--timeout", type=int, default=60, help="seconds for one test run")
    parser.add_argument("--ids", help="comma-separated mutant ids to run instead of a random sample (e.g. earlier survivors)")
    args = parser.parse_args()

    report = json.load(open(args.report, encoding="utf-8"))
    candidates = []
    for path, entry in sorted(report["files"].items()):
        relative = path[path.index("src/NewsParsing/"):] if "src/NewsParsing/" in path else path
        if group_of(relative) != args.group:
            continue
        for mutant in entry["mutants"]:
            if mutant["status"] not in SKIP:
                candidates.append((relative, mutant))
    random.Random(args.seed).shuffle(candidates)
    sample = candidates[: args.sample]
    if args.ids:
        wanted = set(args.ids.split(","))
        sample = [c for c in candidates if c[1]["id"] in wanted]
    print(f"{len(candidates)} mutants in {args.group}; testing {len(sample)} (seed {args.seed})", flush=True)

    env = dict(os.environ, NEWSPARSING_MUTATION_RUN="1")
    counts = {}
    with open(args.out, "a", encoding="utf-8") as out:
        for n, (relative, mutant) in enumerate(sample, 1):
            source_path = os.path.join(ROOT, relative)
            original = open(source_path, encoding="utf-8-sig").read()
            start, end = offsets(original, mutant["location"])
            mutated = original[:start] + mutant["replacement"] + original[end:]
            started = time.time()
            try:
                open(source_path, "w", encoding="utf-8").write(mutated)
                code, log = run(["dotnet", "build", "src/NewsParsing", "-c", "Release", "--no-restore", "-v", "q", "-nologo"], 300)
                if code != 0:
                    status = "CompileError"
                else:
                    shutil.copy2(LIB_DLL, os.path.join(TEST_DIR, "NewsParsing.dll"))
                    code, log = run([TEST_EXE, "-stopOnFail", "-noColor", "-reporter", "quiet"], args.timeout, env)
                    status = "Timeout" if code is None else "Survived" if code == 0 else "Killed"
            finally:
                open(source_path, "w", encoding="utf-8").write(original)
            counts[status] = counts.get(status, 0) + 1
            record = {
                "id": mutant["id"], "file": relative, "line": mutant["location"]["start"]["line"],
                "mutator": mutant["mutatorName"], "original": original[start:end][:120],
                "replacement": mutant["replacement"][:120], "status": status, "seconds": round(time.time() - started, 1),
            }
            out.write(json.dumps(record) + "\n")
            out.flush()
            print(f"[{n}/{len(sample)}] {status:12} {relative}:{record['line']} {record['mutator']}: {record['original'][:50]!r} -> {record['replacement'][:50]!r}", flush=True)

    # Put the unmutated library back next to the tests.
    run(["dotnet", "build", "src/NewsParsing", "-c", "Release", "--no-restore", "-v", "q", "-nologo"], 300)
    shutil.copy2(LIB_DLL, os.path.join(TEST_DIR, "NewsParsing.dll"))
    tested = counts.get("Killed", 0) + counts.get("Survived", 0) + counts.get("Timeout", 0)
    detected = counts.get("Killed", 0) + counts.get("Timeout", 0)
    print(json.dumps(counts))
    if tested:
        print(f"{args.group}: score {100.0 * detected / tested:.1f}% ({detected}/{tested}; timeouts {counts.get('Timeout', 0)})")


if __name__ == "__main__":
    sys.exit(main())
