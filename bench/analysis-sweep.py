#!/usr/bin/env python3
"""What two builds' Swedish analysis makes of the most frequent words of a folder of documents, and where they differ:
each word's base form (the text field's term) and compound parts (the parts field's terms). Run it after every change
to the analysis: the gold data and the known-item sets miss what a change does to common words (stop 31 found that
compounds with an irregular head, "medlemsländer", had stopped splitting, and that an irregular-list row turned
"handskar" into "handskära").

usage: analysis-sweep.py --docs DIR --before "dotnet A/SearchService.Indexer.dll" --after "dotnet B/SearchService.Indexer.dll" [--words 40000]

Prints one line per word whose analysis differs, most frequent first: count, word, before, after
("base form | part+part"). With only --before it prints every word's analysis instead. The words are read from the
folder (lower case, letters only); nothing is written.
"""
import argparse, collections, os, re, shlex, subprocess, sys

WORD = re.compile(r"[a-zåäöéü]+")
CHUNK = 3000


def frequent_words(folder, limit):
    counts = collections.Counter()
    for name in sorted(os.listdir(folder)):
        path = os.path.join(folder, name)
        if os.path.isfile(path):
            with open(path, encoding="utf-8", errors="replace") as f:
                counts.update(WORD.findall(f.read().lower()))
    return counts.most_common(limit)


def analyse(indexer, words):
    """word -> "base form | parts" for each word, through the indexer's `analyze` command (one call per chunk; the
    words are separated by a full stop so that each stays at its own position)."""
    result = {}
    for start in range(0, len(words), CHUNK):
        chunk = words[start:start + CHUNK]
        out = subprocess.run(shlex.split(indexer) + ["analyze", " . ".join(chunk)], capture_output=True, text=True, check=True).stdout
        base, parts = {}, collections.defaultdict(list)
        for line in out.splitlines():
            columns = line.split()
            if len(columns) < 5:
                continue
            field, position, term = columns[0], int(columns[1]), columns[4]
            if field == "text":
                base.setdefault(position, term)
            elif field == "text.parts":
                parts[position].append(term)
        for position, word in enumerate(chunk):
            result[word] = f"{base.get(position, '-')} | {'+'.join(parts.get(position, []))}"
    return result


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", required=True)
    ap.add_argument("--before", required=True, help="command that runs one build's indexer CLI")
    ap.add_argument("--after", help="command that runs the other build's indexer CLI")
    ap.add_argument("--words", type=int, default=40000)
    a = ap.parse_args()
    if not os.path.isdir(a.docs):
        sys.exit(f"error: {a.docs} is not a folder")
    ranked = frequent_words(a.docs, a.words)
    words = [w for w, _ in ranked]
    before = analyse(a.before, words)
    if a.after is None:
        for word, count in ranked:
            print(f"{count}\t{word}\t{before[word]}")
        return
    after = analyse(a.after, words)
    changed = [(count, word) for word, count in ranked if before[word] != after[word]]
    for count, word in changed:
        print(f"{count}\t{word}\t{before[word]}\t=>\t{after[word]}")
    print(f"{len(changed)} of {len(words)} words analysed differently", file=sys.stderr)


if __name__ == "__main__":
    main()
