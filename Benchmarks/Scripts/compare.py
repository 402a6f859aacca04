#!/usr/bin/env python3
"""VietCite against the tools a user would otherwise reach for, on the same generated corpora, in one run.

    python3 Benchmarks/Scripts/compare.py [--megabytes 100] [--runs 3] [--skip-callgrind]

Builds the release binaries, generates the corpora into Benchmarks/.corpus (deterministic, never committed),
then measures, per corpus: VietCite's extractor in-process (bytes -> citation records) and as the CLI
(file -> JSON Lines), and the best regular expression we could write for the same numbered forms
(BenchmarkSupport/PeerPattern.swift) in Python `re`, PCRE2-JIT (`grep -P -o`), ripgrep (`rg -o`),
NSRegularExpression, Swift Regex, with `cat` and `wc -l` as the memory-speed floor. Wall times are medians.
Instructions per byte come from valgrind's callgrind on a 5 MB slice (stable on a busy machine).
Prints a Markdown table: MB/s, matches, and each tool's speed relative to VietCite in-process.
"""
import argparse, os, platform, re, shutil, statistics, subprocess, sys, tempfile, time

HERE = os.path.dirname(os.path.abspath(__file__))
BENCH = os.path.dirname(HERE)
ROOT = os.path.dirname(BENCH)
CORPUS = os.path.join(BENCH, ".corpus")


def sh(cmd, **kw):
    return subprocess.run(cmd, check=True, **kw)


def pattern():
    source = open(os.path.join(BENCH, "Sources/BenchmarkSupport/PeerPattern.swift"), encoding="utf-8").read()
    return "".join(re.findall(r'#"(.*?)"#', source))


def wall(cmd, runs, env=None, devnull=False):
    """Median wall time, output read through a pipe: GNU grep stops at the first match when its output is
    /dev/null, so only the floor tools (`cat`, `wc`), which do not, write there (`devnull`)."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        if devnull:
            subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        else:
            process = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
            while process.stdout.read(1 << 20):
                pass
            process.wait()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def count_lines(cmd, env=None):
    out = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env).stdout
    return out.count(b"\n")


def peers(mode, path, runs):
    out = subprocess.run([os.path.join(BENCH, ".build/release/vietcite-peers"), mode, path, str(runs)],
                         stdout=subprocess.PIPE, check=True, text=True).stdout.split("\t")
    return float(out[1]), int(out[2])


def python_re(path, pat, runs):
    code = ("import re,sys,time,statistics\n"
            "d=open(sys.argv[1],encoding='utf-8',errors='replace').read(); p=re.compile(sys.argv[2]); ts=[]\n"
            "for _ in range(int(sys.argv[3])):\n"
            "  t=time.perf_counter(); n=sum(1 for _ in p.finditer(d)); ts.append(time.perf_counter()-t)\n"
            "print(statistics.median(ts), n)")
    out = subprocess.run([sys.executable, "-c", code, path, pat, str(runs)], stdout=subprocess.PIPE,
                         check=True, text=True).stdout.split()
    return float(out[0]), int(out[1])


def callgrind(cmd, env=None):
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "cg.out")
        with open(os.path.join(tmp, "stdout"), "wb") as sink:  # a real file, not /dev/null (see wall)
            subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=" + out] + cmd,
                           stdout=sink, stderr=subprocess.DEVNULL, env=env, check=True)
        for line in open(out):
            if line.startswith("summary:") or line.startswith("totals:"):
                return int(line.split()[1])
    return None


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--megabytes", type=int, default=100)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--skip-callgrind", action="store_true")
    args = parser.parse_args()

    missing = [package for tool, package in [("rg", "ripgrep"), ("valgrind", "valgrind")] if shutil.which(tool) is None]
    if missing:
        sh(["apt-get", "update", "-qq"], stdout=subprocess.DEVNULL)
        sh(["apt-get", "install", "-y", "-qq"] + missing, stdout=subprocess.DEVNULL)
    sh(["swift", "build", "-c", "release", "--product", "vietcite"], cwd=ROOT, stdout=subprocess.DEVNULL)
    for product in ["vietcite-peers", "vietcite-corpus"]:
        sh(["swift", "build", "-c", "release", "--product", product], cwd=BENCH, stdout=subprocess.DEVNULL)
    counts_path = os.path.join(CORPUS, "counts.txt")
    if not os.path.exists(counts_path) or os.path.getsize(os.path.join(CORPUS, "nfc.txt")) < args.megabytes << 20:
        sh([os.path.join(BENCH, ".build/release/vietcite-corpus"), CORPUS, str(args.megabytes)],
           stdout=subprocess.DEVNULL)
    expected = {line.split("\t")[0]: int(line.split("\t")[2]) for line in open(counts_path)}
    pat = pattern()
    utf8 = dict(os.environ, LC_ALL="C.UTF-8")
    vietcite = os.path.join(ROOT, ".build/release/vietcite")

    cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
    print(f"Machine: {cpu}, {os.cpu_count()} cores, {platform.system()} {platform.release()}; "
          f"median of {args.runs} runs, single core.\n")
    print("| corpus | tool | MB/s | matches | vs VietCite in-process |")
    print("|---|---|---:|---:|---:|")
    for name in ["nfc", "nfd", "sparse", "noisy"]:
        path = os.path.join(CORPUS, name + ".txt")
        megabytes = os.path.getsize(path) / 1048576
        rows = []
        speed, found = peers("extract", path, args.runs)
        reference = speed
        note = "" if found == expected[name] else f" (expected {expected[name]})"
        rows.append(("VietCite extract, in-process (bytes → records)", speed, f"{found}{note}"))
        seconds = wall([vietcite, "extract", path], args.runs)
        rows.append(("`vietcite extract` CLI (file → JSON Lines)", megabytes / seconds,
                     count_lines([vietcite, "extract", path])))
        seconds = wall(["grep", "-P", "-o", pat, path], args.runs, env=utf8)
        rows.append(("PCRE2-JIT `grep -P -o`", megabytes / seconds, count_lines(["grep", "-P", "-o", pat, path], utf8)))
        seconds = wall(["rg", "-o", "--no-line-number", pat, path], args.runs)
        rows.append(("ripgrep `rg -o`", megabytes / seconds, count_lines(["rg", "-o", "--no-line-number", pat, path])))
        seconds, found = python_re(path, pat, max(1, args.runs // 2))
        rows.append(("Python `re`", megabytes / seconds, found))
        speed, found = peers("nsregex", path, 1)
        rows.append(("NSRegularExpression", speed, found))
        if name == "nfc":
            speed, found = peers("swiftregex", path, 1)
            rows.append(("Swift `Regex` (first 2 MB)", speed, found))
            speed, found = peers("normalize", path, args.runs)
            rows.append(("VietCite normalize only, in-process", speed, "-"))
        rows.append(("`cat > /dev/null`", megabytes / wall(["cat", path], args.runs, devnull=True), "-"))
        rows.append(("`wc -l`", megabytes / wall(["wc", "-l", path], args.runs, devnull=True), "-"))
        for tool, speed, found in rows:
            print(f"| {name} | {tool} | {speed:,.0f} | {found} | {speed / reference:.2f}× |")
    if not args.skip_callgrind:
        peers_binary = os.path.join(BENCH, ".build/release/vietcite-peers")
        with tempfile.TemporaryDirectory() as tmp:
            stripped = os.path.join(tmp, "vietcite-peers")
            shutil.copy(peers_binary, stripped)
            sh(["strip", "--strip-debug", stripped])  # valgrind cannot read Swift's newest debug info
            # Swift seeds its hashing per process, which moves the counts by about 0.05 a byte from run to run; a fixed
            # seed makes them repeat exactly.
            fixed = dict(os.environ, SWIFT_DETERMINISTIC_HASHING="1")
            print("\n| instructions per byte, 5 MB slice (callgrind) | extract | normalize | grep -P -o |")
            print("|---|---:|---:|---:|")
            for name in ["nfc", "nfd", "sparse"]:
                path = os.path.join(CORPUS, name + "-5MB.txt")
                size = os.path.getsize(path)
                base = callgrind([stripped, "load", path, "1"], env=fixed)
                extract = callgrind([stripped, "extract", path, "1"], env=fixed) - base
                normalize = callgrind([stripped, "normalize", path, "1"], env=fixed) - base
                grep = callgrind(["grep", "-P", "-o", pat, path], env=utf8)
                print(f"| {name} | {extract / size:.2f} | {normalize / size:.2f} | {grep / size:.1f} |")


if __name__ == "__main__":
    main()
