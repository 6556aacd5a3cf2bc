using System.Text.RegularExpressions;
using SearchService.Core.Documents;
using LuceneSwedishAnalyzer = Lucene.Net.Analysis.Sv.SwedishAnalyzer;

namespace SearchService.Core.Analysis;

/// <summary>
/// The words of a document folder that can be compound parts: every word that occurs on its own at
/// least <see cref="MinimumOccurrences"/> times in the paragraphs, lower case, letters only, at
/// least <see cref="Decompounder.MinimumPartLength"/> letters, stop words left out. Generates
/// <c>Analysis/Lexicon/corpus-words.txt</c>.
/// </summary>
public static partial class CorpusWordList
{
    /// <summary>A word seen fewer times may be a typo or a name and is not a part.</summary>
    public const int MinimumOccurrences = 2;

    /// <summary>The words of the documents in <paramref name="sourceFolder"/>, sorted.</summary>
    public static IReadOnlyList<string> Build(string sourceFolder)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var paragraph in SourceFolder.Read(sourceFolder).Documents.SelectMany(d => d.Paragraphs))
        {
            foreach (Match match in Word().Matches(paragraph.Text))
            {
                var word = match.Value.ToLowerInvariant();
                counts[word] = counts.GetValueOrDefault(word) + 1;
            }
        }
        return counts
            .Where(c => c.Value >= MinimumOccurrences && c.Key.Length >= Decompounder.MinimumPartLength && !LuceneSwedishAnalyzer.DefaultStopSet.Contains(c.Key))
            .Select(c => c.Key)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();
}
