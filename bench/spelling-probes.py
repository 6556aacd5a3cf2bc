#!/usr/bin/env python3
"""Probes how a running service answers words typed wrong, on a folder of plain-text documents it has indexed (e.g.
the Riksdag corpus of ../shared/realcorpus, unpacked). Prints figures only: the words it makes quote the corpus, so
nothing is written to the project.

usage: spelling-probes.py --docs DIR --url http://127.0.0.1:5000 [--probes typos,diacritics,common] [--seed 5] [--count 120] [--misses]

Words are drawn from the corpus's own paragraphs (after its title line), counted by the paragraphs they are in:
"common" words are in 100-3 000 paragraphs, "rare" ones in 1-3. Each probe asks the service for a word and reads its
first ten hits; a hit "holds the word" when its text has the exact word meant.
  typos       a common or rare word of 8+ letters with one typo: two neighbouring letters swapped, one dropped, one
              doubled, or a vowel replaced (never a word of the corpus). Reports the share of first hits holding the
              word, nDCG@10 with every paragraph holding the word relevant (ideal: min(paragraphs, 10)), and for
              common words the share of the first ten holding it.
  diacritics  a common or rare word of 6+ letters with å, ä or ö, asked with a, a and o (never a word of the corpus).
              Same figures.
  common      a common word of 5+ letters typed right: the share of the first ten hits with a mark in their text
              (not found through their headings alone) and of first hits with one.
  apart       a common or rare word of 10+ letters that the service's analysis (/api/analyze) splits into exactly two
              parts, asked as the two parts' base forms written apart ("arbete plats" for "arbetsplatsen"); a hit
              holds the compound when its text has the compound's letters up to near the end of its last part.
              Not in the default set: it asks the service to analyse every word it tries.
--misses lists the words whose first hit does not hold the word.
"""
import argparse, collections, json, math, os, random, re, urllib.error, urllib.parse, urllib.request

WORD = re.compile(r"[a-zåäöéü]+")
VOWELS = "aeiouyåäö"


def corpus_frequencies(docs):
    df = collections.Counter()
    for name in sorted(os.listdir(docs)):
        lines = open(os.path.join(docs, name), encoding="utf-8").read().split("\n")
        for line in lines[2:]:
            if line.strip():
                df.update(set(WORD.findall(line.lower())))
    return df


def search(url, query):
    try:
        with urllib.request.urlopen(url.rstrip("/") + "/api/search?" + urllib.parse.urlencode({"q": query, "pageSize": 10})) as answer:
            return json.load(answer)
    except urllib.error.HTTPError:
        return None  # a query of stop words only is a 400


def typo(rng, word, df):
    for _ in range(20):
        kind = rng.choice(["swap", "drop", "double", "vowel"])
        i = rng.randrange(2, len(word) - 2)
        if kind == "swap":
            made = word[:i] + word[i + 1] + word[i] + word[i + 2:]
        elif kind == "drop":
            made = word[:i] + word[i + 1:]
        elif kind == "double":
            made = word[:i] + word[i] + word[i:]
        elif word[i] in VOWELS:
            made = word[:i] + rng.choice([v for v in VOWELS if v != word[i]]) + word[i + 1:]
        else:
            continue
        if made != word and made not in df:
            return made
    return None


def known_item(url, asked, meant, paragraphs):
    answer = search(url, asked)
    if answer is None:
        return None
    holds = [meant in set(WORD.findall(h["text"].lower())) for h in answer["hits"]]
    ideal = sum(1 / math.log2(i + 2) for i in range(min(paragraphs, 10)))
    ndcg = sum(1 / math.log2(i + 2) for i, h in enumerate(holds) if h) / ideal
    return bool(holds and holds[0]), ndcg, sum(holds) / 10


def two_parts(url, word):
    """The base forms of the two parts the service splits word into, and where the last begins; None otherwise."""
    with urllib.request.urlopen(url.rstrip("/") + "/api/analyze?" + urllib.parse.urlencode({"text": word})) as answer:
        tokens = json.load(answer)["tokens"]
    parts = [t for t in tokens if t["field"] == "text.parts"]
    if len([t for t in tokens if t["field"] == "text"]) != 1 or len(parts) != 2:
        return None
    first, last = sorted(parts, key=lambda t: t["start"])
    if first["start"] != 0 or first["end"] != last["start"] or last["end"] != len(word):
        return None
    return first["term"], last["term"], last["start"]


def report(name, rows, misses):
    rows = [r for r in rows if r[0] is not None]
    if not rows:
        return
    n = len(rows)
    first = sum(r[0][0] for r in rows) / n
    ndcg = "–" if rows[0][0][1] is None else f"{sum(r[0][1] for r in rows) / n:.3f}"
    share = sum(r[0][2] for r in rows) / n
    print(f"{name:22} n={n:4}  first hit holds the word {first:.3f}  nDCG@10 {ndcg}  share of the first ten {share:.3f}")
    if misses:
        for (hit, ndcg, _), asked, meant in rows:
            if not hit:
                print(f"    {asked} ({meant})" + ("" if ndcg is None else f" nDCG {ndcg:.3f}"))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", required=True)
    ap.add_argument("--url", required=True)
    ap.add_argument("--probes", default="typos,diacritics,common")
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--count", type=int, default=120, help="words per probe and group")
    ap.add_argument("--misses", action="store_true")
    a = ap.parse_args()
    df = corpus_frequencies(a.docs)
    probes = a.probes.split(",")
    groups = {"common": lambda c: 100 <= c <= 3000, "rare": lambda c: 1 <= c <= 3}
    if "typos" in probes:
        rng = random.Random(a.seed)
        for group, within in groups.items():
            pool = sorted(w for w, c in df.items() if within(c) and len(w) >= 8)
            rows = []
            for word in rng.sample(pool, min(a.count, len(pool))):
                if made := typo(rng, word, df):
                    rows.append((known_item(a.url, made, word, df[word]), made, word))
            report(f"typos, {group}", rows, a.misses)
    if "diacritics" in probes:
        rng = random.Random(a.seed)
        for group, within in groups.items():
            pool = sorted(w for w, c in df.items() if within(c) and len(w) >= 6 and re.search("[åäö]", w))
            rows = []
            for word in rng.sample(pool, min(a.count, len(pool))):
                asked = word.translate(str.maketrans("åäö", "aao"))
                if asked not in df:
                    rows.append((known_item(a.url, asked, word, df[word]), asked, word))
            report(f"no diacritics, {group}", rows, a.misses)
    if "apart" in probes:
        rng = random.Random(a.seed)
        for group, within in groups.items():
            pool = sorted(w for w, c in df.items() if within(c) and len(w) >= 10)
            rows = []
            for word in rng.sample(pool, min(a.count * 5, len(pool))):
                if len(rows) == a.count:
                    break
                if (split := two_parts(a.url, word)) is None:
                    continue
                modifier, head, at = split
                answer = search(a.url, f"{modifier} {head}")
                if answer is None:
                    continue
                shown = word[:at] + head[:max(2, len(head) - 2)]
                holds = [shown in h["text"].lower() for h in answer["hits"]]
                # Other forms and longer compounds hold it too, so there is no ideal ranking to divide by: no nDCG.
                rows.append(((bool(holds and holds[0]), None, sum(holds) / 10), f"{modifier} {head}", word))
            report(f"apart, {group}", rows, a.misses)
    if "common" in probes:
        rng = random.Random(a.seed)
        pool = sorted(w for w, c in df.items() if groups["common"](c) and len(w) >= 5)
        shares, firsts, n = 0.0, 0, 0
        for word in rng.sample(pool, min(a.count, len(pool))):
            answer = search(a.url, word)
            if answer is None or not answer["hits"]:
                continue
            marked = [bool(h["marks"]) for h in answer["hits"]]
            shares += sum(marked) / len(marked)
            firsts += marked[0]
            n += 1
            if a.misses and not all(marked):
                print(f"    {word}: {sum(marked)} of {len(marked)} hold it in their text")
        print(f"{'common words, typed':22} n={n:4}  share of the first ten holding the word in their text {shares / n:.3f}  first hit {firsts / n:.3f}")


if __name__ == "__main__":
    main()
