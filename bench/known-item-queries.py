#!/usr/bin/env python3
"""Generates known-item development queries on a folder of plain-text documents (e.g. the Riksdag corpus of
../shared/realcorpus, unpacked) for `indexer eval --qrels`. The output quotes the corpus (keys are paragraph
beginnings): keep it outside the project.

usage: known-item-queries.py --docs DIR --indexer "dotnet path/SearchService.Indexer.dll" [--seed 7] [--per-kind 25] [--kinds a,b] --out Q.json

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
  part          one part of a rare compound the analysis splits (e.g. "helikopter" for "ambulanshelikoptrarna"),
                when at most 5 paragraphs have a word holding that part (checked with the analysis)
  elliptic      a compound written with its head left out ("vårdplats- och personalbristen"), asked for whole
                ("vårdplatsbrist"); relevant are the paragraphs with the ellipsis or the compound itself
Kinds are drawn at random per target paragraph until each has --per-kind queries.
"""
import argparse, collections, json, os, random, re, shlex, subprocess

WORD = re.compile(r"[a-zåäöéü]+")
ELLIPSIS = re.compile(r"\b([A-Za-zÅÄÖåäöé]{4,})- (och|eller|samt) ([a-zåäöé]{8,})")
KINDS = ["plain", "inflection", "compound", "typo", "nodiacritics", "multi", "part", "elliptic"]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", required=True)
    ap.add_argument("--indexer", required=True, help="command that runs the indexer CLI (its `analyze` subcommand is used)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--per-kind", type=int, default=25)
    ap.add_argument("--kinds", default=",".join(KINDS), help="comma-separated subset of the kinds")
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    kinds = a.kinds.split(",")
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

    vocabulary = sorted(df)

    def holding(part_text):
        """Words of the corpus with part_text inside them (a cheap pre-filter before the analysis checks)."""
        return [w for w in vocabulary if part_text in w]

    queries = collections.defaultdict(list)

    def add(kind, query, ids):
        relevant = [{"key": paras[i][:60], "grade": 2} for i in ids if key_count[paras[i][:60]] == 1][:5]
        if relevant and len(queries[kind]) < a.per_kind:
            queries[kind].append({"id": f"{kind[:3]}{len(queries[kind]):02d}", "query": query, "kind": kind, "region": None, "relevant": relevant})

    candidates = [i for i, p in enumerate(paras) if 200 <= len(p) <= 1200 and key_count[p[:60]] == 1]
    rng.shuffle(candidates)
    for i in candidates:
        if all(len(queries[k]) >= a.per_kind for k in kinds):
            break
        p = paras[i]
        words = [w for w in words_of[i] if len(w) >= 6]
        rare = sorted(w for w in words if df[w] <= 3)
        common = sorted(w for w in words if 5 <= df[w] <= 300)
        kind = rng.choice(kinds)
        if len(queries[kind]) >= a.per_kind or (not rare and kind not in ("part", "elliptic")):
            continue
        w = rng.choice(rare) if rare else None
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
        elif kind == "part":
            _, parts = analyze(p)
            options = []
            for spans in parts.values():
                word = p[min(s for s, _, _ in spans):max(e for _, e, _ in spans)].lower()
                base = min(s for s, _, _ in spans)
                leaves = sorted(x for x in spans if not any(y != x and y[0] >= x[0] and y[1] <= x[1] for y in spans))
                if df.get(word, 99) <= 3 and len(leaves) == 2:
                    for s0, e0, t in leaves:
                        if len(t) >= 5 and len(p[s0:e0]) >= 5:
                            options.append((word, t, p[s0:e0].lower()))
            if options:
                word, term, surface = rng.choice(sorted(options))
                # every word with the part's stem in it, however inflected ("mass" of "massa", "vattenmassorna")
                stem = os.path.commonprefix([term, surface])
                words = holding(stem) if len(stem) >= 4 else []
                if words and sum(df[x] for x in words) <= 8:
                    # a word counts when the part is one of its own analysed terms, not a chance run of letters
                    own = []
                    for x in words:
                        xs, xp = analyze(x)
                        if xs.get(x) == term or any(t == term for spans in xp.values() for _, _, t in spans):
                            own.append(x)
                    ids = sorted({i2 for x in own for i2 in containing(x)})
                    if i in ids and len(ids) <= 5:
                        add(kind, term, ids)
        elif kind == "elliptic":
            m = ELLIPSIS.search(p)
            if m:
                first, second = m.group(1).lower(), m.group(3).lower()
                _, parts = analyze(second)
                # the head the ellipsis shares is all of the second word after its first part ("vägledare" of
                # "yrkesvägledare"): the longest part that ends the word
                heads = [s0 for spans in parts.values() for s0, e0, _ in spans if s0 > 0 and e0 == len(second)]
                if heads and len(second) - min(heads) >= 4:
                    head = second[min(heads):]
                    query = first + head
                    stems, _ = analyze(query)
                    whole = [x for x in vocabulary if x.startswith(first + head[:max(3, len(head) - 2)])]
                    ids = sorted(set(i2 for i2, q in enumerate(paras) if f"{m.group(1)}- {m.group(2)} {m.group(3)}".lower() in q.lower())
                                 | {i2 for x in whole for i2 in containing(x)})
                    if len(stems) == 1 and i in ids and len(ids) <= 5:
                        add(kind, query, ids)
        elif kind == "multi" and len(common) >= 2:
            x, y = rng.sample(common, 2)
            ids = containing(w, x, y)
            if len(ids) <= 2:
                add(kind, f"{w} {x} {y}" if rng.random() < 0.5 else f"{x} {w} {y}", ids)
    result = [q for k in kinds for q in queries[k]]
    with open(a.out, "w", encoding="utf-8") as f:
        json.dump(result, f, ensure_ascii=False, indent=1)
    print({k: len(queries[k]) for k in kinds})


if __name__ == "__main__":
    main()
