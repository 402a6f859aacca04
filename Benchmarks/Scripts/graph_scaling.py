#!/usr/bin/env python3
"""The graph job at scale: one directory of generated documents, `vietcite graph` on one job and on two.

    python3 Benchmarks/Scripts/graph_scaling.py [--megabytes 1024] [--runs 3]

The directory (Benchmarks/.corpus/graph-<N>MB/, never committed) is cut from the generated corpora
(nfc, noisy, nfd, sparse in turn) at line breaks into files of about 100 KB. Prints wall-clock medians, the
speed-up of two jobs over one, and the peak RSS of each run (GNU time). Run compare.py first: it builds the
release binary and the corpora this script reads.
"""
import argparse, os, subprocess, statistics, sys, time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CORPUS = os.path.join(ROOT, "Benchmarks", ".corpus")


def build_directory(megabytes):
    directory = os.path.join(CORPUS, "graph-%dMB" % megabytes)
    marker = os.path.join(directory, ".complete")
    if os.path.exists(marker):
        return directory
    os.makedirs(directory, exist_ok=True)
    sources = [open(os.path.join(CORPUS, name + ".txt"), "rb").read() for name in ("nfc", "noisy", "nfd", "sparse")]
    target, written, index = megabytes << 20, 0, 0
    offsets = [0] * len(sources)
    while written < target:
        which = index % len(sources)
        data, start = sources[which], offsets[which]
        if start >= len(data) - 1:
            start = 0
        end = data.find(b"\n", start + 100_000)
        end = len(data) if end < 0 else end + 1
        with open(os.path.join(directory, "%06d.txt" % index), "wb") as out:
            out.write(data[start:end])
        written += end - start
        offsets[which] = end
        index += 1
    open(marker, "w").close()
    return directory


def run(binary, directory, jobs):
    start = time.monotonic()
    result = subprocess.run(["/usr/bin/time", "-f", "%M", binary, "graph", directory, "--jobs", str(jobs), "--quiet",
                             "--output", os.devnull], stderr=subprocess.PIPE, text=True)
    seconds = time.monotonic() - start
    if result.returncode != 0:
        sys.exit("vietcite graph failed: " + result.stderr[-500:])
    return seconds, int(result.stderr.strip().splitlines()[-1]) / 1024


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--megabytes", type=int, default=1024)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    binary = os.path.join(ROOT, ".build", "release", "vietcite")
    directory = build_directory(args.megabytes)
    files = len([name for name in os.listdir(directory) if name.endswith(".txt")])
    size = sum(os.path.getsize(os.path.join(directory, name)) for name in os.listdir(directory)) / 1048576
    print("vietcite graph on %d files, %.0f MB, %d runs each (median)" % (files, size, args.runs))
    results = {}
    for jobs in (1, 2):
        runs = [run(binary, directory, jobs) for _ in range(args.runs)]
        seconds = statistics.median(r[0] for r in runs)
        rss = max(r[1] for r in runs)
        results[jobs] = seconds
        print("| %d job%s | %.1f s | %.0f MB/s | peak RSS %.0f MB |" % (jobs, "" if jobs == 1 else "s", seconds,
                                                                      size / seconds, rss))
    print("two jobs: %.2f× one job" % (results[1] / results[2]))


if __name__ == "__main__":
    main()
