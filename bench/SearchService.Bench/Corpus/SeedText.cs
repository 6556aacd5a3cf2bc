using System.Text.RegularExpressions;
using SearchService.Core.Documents;

namespace SearchService.Bench.Corpus;

/// <summary>What the generator learns from the seed documents, split by the real
/// <see cref="ParagraphSplitter"/>: paragraphs as words (every region mention replaced by
/// <see cref="RegionMark"/> so a generated document can name its own region), paragraph lengths,
/// headings, and the words compounds are coined from.</summary>
internal sealed class SeedText
{
    /// <summary>Stands for a region mention in the learned text.</summary>
    public const string RegionMark = "§R";

    private const int MinimumParagraphWords = 5;

    private SeedText(List<IReadOnlyList<string>> paragraphs, List<string> headings)
    {
        Paragraphs = paragraphs;
        Lengths = [.. paragraphs.Select(p => Math.Max(MinimumParagraphWords, p.Count))];
        Headings = headings;
        CompoundParts = [.. paragraphs.SelectMany(p => p)
            .Where(w => w.Length is >= 4 and <= 10 && w.All(char.IsLower))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)];
    }

    public IReadOnlyList<IReadOnlyList<string>> Paragraphs { get; }

    /// <summary>Paragraph lengths in words, one per seed paragraph (the distribution lengths are drawn from).</summary>
    public IReadOnlyList<int> Lengths { get; }

    /// <summary>Seed headings that name no region, for section headings and titles.</summary>
    public IReadOnlyList<string> Headings { get; }

    /// <summary>Lower-case seed words of 4–10 letters, sorted, that new compounds are made of.</summary>
    public IReadOnlyList<string> CompoundParts { get; }

    /// <summary>Reads every seed file of <paramref name="folder"/> in name order.</summary>
    public static SeedText Read(string folder)
    {
        var paragraphs = new List<IReadOnlyList<string>>();
        var headings = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in SourceFolder.Files(folder))
        {
            var split = ParagraphSplitter.Split(File.ReadAllText(file));
            foreach (var paragraph in split.Paragraphs)
            {
                var words = RegionMention().Replace(paragraph.Text, RegionMark)
                    .Split(' ', StringSplitOptions.RemoveEmptyEntries)
                    .Where(w => char.IsLetterOrDigit(w[0]) || w.StartsWith(RegionMark, StringComparison.Ordinal))
                    .ToList();
                if (words.Count > 0)
                {
                    paragraphs.Add(words);
                }
            }
            headings.UnionWith(split.Headings
                .Select(h => h.Text)
                .Where(h => h.Length is >= 4 and <= 60 && !RegionMention().IsMatch(h)));
        }
        if (paragraphs.Count == 0 || headings.Count == 0)
        {
            throw new InvalidDataException($"No paragraphs or headings to learn from in {Path.GetFullPath(folder)}");
        }
        return new SeedText(paragraphs, [.. headings]);
    }

    private static Regex RegionMention() => Mention.Value;

    private static readonly Lazy<Regex> Mention = new(() => new Regex(
        @"\b(?:region\s+)?(?:" + string.Join('|', SwedishRegions.All.SelectMany(r => r.Forms)) + @")\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled));
}
