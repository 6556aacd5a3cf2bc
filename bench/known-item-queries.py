#!/usr/bin/env python3
"""Generates known-item development queries on a folder of plain-text documents (e.g. the Riksdag corpus of
../shared/realcorpus, unpacked) for `indexer eval --qrels`. The output quotes the corpus (keys are paragraph
beginnings): keep it outside the project.

usage: known-item-queries.py --docs DIR --indexer "dotnet path/SearchService.Indexer.dll" [--seed 7] [--per-kind 25] --out Q.json

Each query targets one paragraph (200-1200 characters, its first 60 characters unique in the corpus) through a
word found in at most 3 paragraphs; relevant are the paragraphs (up to 5) that hold what the query was made from:
  plain         the word as written
  typo          the word (7+ letters) with two inner letters swapped
  nodiacritics  a rare word with å, ä, ö written a, a, o
  inflection    the base form the Swedish analysis gives a rare inflected word (dictionary-dependent: it measures
                the analysis against itself, so read it beside the gold-data lemma measure)
  compound      a rare compound the analysis splits in two, asked for as its two parts' base forms written apart
  multi         the rare word and two words of the paragraph found in 5-300 paragraphs, at most 2 paragraphs
                having all three
Kinds are drawn at random per target paragraph until each has --per-kind queries.
"""
import argparse, collections, json, os, random, re, shlex, subprocess

WORD = re.compile(r"[a-zåäöéü]+")
KINDS = ["plain", "inflection", "compound", "typo", "nodiacritics", "multi"]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", required=True)
    ap.add_argument("--indexer", required=True, help="command that runs the indexer CLI (its `analyze` subcommand is used)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--per-kind", type=int, default=25)
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    paras = []
    for name in sorted(os.listdir(a.docs)):
        lines = open(os.path.join(a.docs, name), encoding="utf-8").read().split("\n")
        paras += [line.strip() for line in lines[2:] if line.strip()]
    key_count = collections.Counter(p[:60] for p in paras)
    words_of = [set(WORD.findall(p.lower())) for p in paras]
    df = collections.Counter(w for ws in words_of for w in ws)

    def containing(*forms):
        return [i for i, ws in enumerate(words_of) if all(f in ws for f in forms)]

    def analyze(text):
        out = subprocess.run(shlex.split(a.indexer) + ["analyze", text], capture_output=True, text=True).stdout
        stems, parts = {}, collections.defaultdict(list)
        for line in out.splitlines():
            c = line.split()
            if len(c) < 5:
                continue
            field, pos, span, term = c[0], int(c[1]), c[2], c[4]
            start, end = map(int, span.split("-"))
            if field == "text":
                stems[text[start:end].lower()] = term
            elif field == "text.parts":
                parts[pos].append((start, end, term))
        return stems, parts

    queries = collections.defaultdict(list)

    def add(kind, query, ids):
        relevant = [{"key": paras[i][:60], "grade": 2} for i in ids if key_count[paras[i][:60]] == 1][:5]
        if relevant and len(queries[kind]) < a.per_kind:
            queries[kind].append({"id": f"{kind[:3]}{len(queries[kind]):02d}", "query": query, "kind": kind, "region": None, "relevant": relevant})

    candidates = [i for i, p in enumerate(paras) if 200 <= len(p) <= 1200 and key_count[p[:60]] == 1]
    rng.shuffle(candidates)
    for i in candidates:
        if all(len(queries[k]) >= a.per_kind for k in KINDS):
            break
        p = paras[i]
        words = [w for w in words_of[i] if len(w) >= 6]
        rare = sorted(w for w in words if df[w] <= 3)
        common = sorted(w for w in words if 5 <= df[w] <= 300)
        if not rare:
            continue
        kind = rng.choice(KINDS)
        if len(queries[kind]) >= a.per_kind:
            continue
        w = rng.choice(rare)
        if kind == "plain":
            add(kind, w, containing(w))
        elif kind == "typo" and len(w) >= 7:
            j = rng.randrange(2, len(w) - 2)
            typo = w[:j] + w[j + 1] + w[j] + w[j + 2:]
            if typo != w and typo not in df:
                add(kind, typo, containing(w))
        elif kind == "nodiacritics":
            marked = [x for x in rare if re.search("[åäö]", x)]
            if marked:
                x = rng.choice(marked)
                add(kind, x.translate(str.maketrans("åäö", "aao")), containing(x))
        elif kind == "inflection":
            stems, _ = analyze(p)
            inflected = sorted(x for x in rare if x in stems and stems[x] != x and len(stems[x]) >= 5 and df.get(stems[x], 0) <= 20)
            if inflected:
                x = rng.choice(inflected)
                add(kind, stems[x], containing(x))
        elif kind == "compound":
            _, parts = analyze(p)
            options = []
            for spans in parts.values():
                word = p[min(s for s, _, _ in spans):max(e for _, e, _ in spans)].lower()
                leaves = sorted(x for x in spans if not any(y != x and y[0] >= x[0] and y[1] <= x[1] for y in spans))
                if df.get(word, 99) <= 3 and len(leaves) == 2 and all(len(t) >= 4 for _, _, t in leaves):
                    options.append((word, " ".join(t for _, _, t in leaves)))
            if options:
                word, query = rng.choice(sorted(options))
                add(kind, query, containing(word))
        elif kind == "multi" and len(common) >= 2:
            x, y = rng.sample(common, 2)
            ids = containing(w, x, y)
            if len(ids) <= 2:
                add(kind, f"{w} {x} {y}" if rng.random() < 0.5 else f"{x} {w} {y}", ids)
    result = [q for k in KINDS for q in queries[k]]
    with open(a.out, "w", encoding="utf-8") as f:
        json.dump(result, f, ensure_ascii=False, indent=1)
    print({k: len(queries[k]) for k in KINDS})


if __name__ == "__main__":
    main()
