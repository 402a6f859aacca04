#!/usr/bin/env python3
"""Precision, recall and field accuracy of `vietcite extract` against expected records.

    python3 Benchmarks/Scripts/evaluate.py [EXPECTED.jsonl] [DOCUMENTS_DIR]

Defaults: Corpus/expected/seeds.jsonl and Corpus/documents. Records are matched by (file name, start, end);
the expected rows carry a `format` (party, state, normative, short-form, name-only) that gives recall per family.
Run `swift build -c release` first.
"""
import collections, json, os, subprocess, sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
expected_path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "Corpus/expected/seeds.jsonl")
documents = sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, "Corpus/documents")
gold = [json.loads(line) for line in open(expected_path, encoding="utf-8") if line.strip()]
output = subprocess.run([os.path.join(ROOT, ".build/release/vietcite"), "extract", documents],
                        capture_output=True, text=True).stdout
found = [json.loads(line) for line in output.splitlines()]
G = {(g["doc"], g["start"], g["end"]): g for g in gold}
P = {(os.path.basename(p["document"]), p["start"], p["end"]): p for p in found}
hits = set(G) & set(P)
print(f"expected {len(G)}, found {len(P)}, matched {len(hits)}: "
      f"P = {len(hits) / max(1, len(P)):.3f}, R = {len(hits) / max(1, len(G)):.3f}")
families, matched = collections.Counter(), collections.Counter()
for key, row in G.items():
    families[row["format"]] += 1
    matched[row["format"]] += key in hits
print("recall by family: " + ", ".join(f"{f} {matched[f]}/{n}" for f, n in sorted(families.items())))
for field in ["type", "number", "symbol", "date", "issuer", "self"]:
    wrong = [(k, G[k][field], P[k].get(field)) for k in sorted(hits) if G[k][field] != P[k].get(field)]
    print(f"{field}: {len(hits) - len(wrong)}/{len(hits)}" + (f"  e.g. {wrong[:2]}" if wrong else ""))
for key in sorted(set(G) - set(P)):
    print("missed", key, G[key]["text"])
for key in sorted(set(P) - set(G)):
    print("extra", key, P[key]["text"])
