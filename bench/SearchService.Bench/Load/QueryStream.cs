using Lucene.Net.Index;
using Lucene.Net.Util;
using SearchService.Core.Indexing;
using SearchService.Core.Search;
using LuceneSwedishAnalyzer = Lucene.Net.Analysis.Sv.SwedishAnalyzer;

namespace SearchService.Bench.Load;

/// <summary>
/// A stream of search requests shaped like a public search box's log, for measuring HTTP load beyond
/// the fixed mix: many distinct queries (one word, sometimes two, a fifth of them limited to a
/// region), words drawn by how many paragraphs hold them, and requests drawn from the distinct
/// queries by a Zipf law (the k-th most popular query asked 1/k as often as the first), so a few are
/// asked by many people and most only once or twice. Same index and seed, same stream.
/// </summary>
internal static class QueryStream
{
    /// <summary>Request paths (<c>/api/search?q=…</c>), one per request.</summary>
    public static IReadOnlyList<string> Paths(string indexFolder, int requests, int distinct, int seed)
    {
        using var index = ParagraphIndex.Open(indexFolder);
        using var lease = index.Acquire();
        var reader = lease.Searcher.IndexReader;
        var random = new Random(seed);
        var words = new WeightedWords(reader);
        var regions = Terms(reader, ParagraphFields.Region).Select(t => t.Term).ToList();
        var queries = Enumerable.Range(0, distinct).Select(_ => Query(random, words, regions)).ToList();
        var popularity = new double[distinct];
        var sum = 0.0;
        for (var rank = 0; rank < distinct; rank++)
        {
            popularity[rank] = sum += 1.0 / (rank + 1);
        }
        return [.. Enumerable.Range(0, requests).Select(_ => queries[Pick(popularity, random.NextDouble() * sum)])];
    }

    private static string Query(Random random, WeightedWords words, List<string> regions)
    {
        var text = random.Next(10) < 7 ? words.Draw(random) : $"{words.Draw(random)} {words.Draw(random)}";
        var region = regions.Count > 0 && random.Next(5) == 0 ? "&region=" + Uri.EscapeDataString(regions[random.Next(regions.Count)]) : "";
        return $"/api/search?q={Uri.EscapeDataString(text)}{region}";
    }

    // The first index whose cumulative weight reaches the target.
    private static int Pick(double[] cumulative, double target)
    {
        var found = Array.BinarySearch(cumulative, target);
        return Math.Min(found >= 0 ? found : ~found, cumulative.Length - 1);
    }

    private static IEnumerable<(string Term, int DocumentFrequency)> Terms(IndexReader reader, string field)
    {
        var terms = MultiFields.GetTerms(reader, field)?.GetEnumerator();
        while (terms is not null && terms.MoveNext())
        {
            yield return (terms.Term.Utf8ToString(), terms.DocFreq);
        }
    }

    // The paragraph vocabulary as written (text.words), words of 4+ letters held by 2+ paragraphs and
    // not stop words (a query of stop words only is refused), each as likely as the paragraphs that hold it.
    private sealed class WeightedWords
    {
        private readonly string[] words;
        private readonly double[] cumulative;

        public WeightedWords(IndexReader reader)
        {
            var kept = Terms(reader, ParagraphFields.TextWords)
                .Where(t => t.DocumentFrequency >= 2 && t.Term.Length >= 4 && t.Term.All(char.IsLetter) && !LuceneSwedishAnalyzer.DefaultStopSet.Contains(t.Term))
                .ToList();
            if (kept.Count == 0)
            {
                throw new InvalidOperationException("The index has no words to search for.");
            }
            words = [.. kept.Select(t => t.Term)];
            cumulative = new double[kept.Count];
            var sum = 0.0;
            for (var i = 0; i < kept.Count; i++)
            {
                cumulative[i] = sum += kept[i].DocumentFrequency;
            }
        }

        public string Draw(Random random) => words[Pick(cumulative, random.NextDouble() * cumulative[^1])];
    }
}
