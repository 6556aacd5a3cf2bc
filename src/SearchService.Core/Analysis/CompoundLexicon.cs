using System.Collections.Frozen;
using System.Reflection;

namespace SearchService.Core.Analysis;

/// <summary>
/// The words compounds are split into. Two lists ship inside the assembly (see
/// <c>Analysis/Lexicon/README.md</c>): words that occur on their own in the seed corpus, and a short
/// domain list the project wrote. Corpus words count only from <see cref="MinimumCorpusWordLength"/>
/// letters: short words taken from running text ("tar", "vet", "ska") split "underlättar" and
/// "kulturarvet" into nonsense, so three-letter parts ("tal", "lag") come from the domain list only.
/// Also holds the stems of the words, so an inflected last part ("bristen") is recognised by its stem.
/// </summary>
public sealed class CompoundLexicon
{
    private static readonly Lazy<CompoundLexicon> Embedded = new(LoadEmbedded);
    private readonly FrozenSet<string> words;
    private readonly FrozenSet<string> stems;

    /// <summary>A lexicon of the given lower-case words.</summary>
    public CompoundLexicon(IEnumerable<string> words)
    {
        this.words = words.Where(w => w.Length >= Decompounder.MinimumPartLength).ToFrozenSet(StringComparer.Ordinal);
        var stem = new SwedishStem();
        stems = this.words.Select(stem.Of).ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>Shortest word taken from the corpus list.</summary>
    public const int MinimumCorpusWordLength = 4;

    private const string CorpusResource = "corpus-words.txt";

    /// <summary>The lexicon that ships with the service.</summary>
    public static CompoundLexicon Default => Embedded.Value;

    /// <summary>Number of words.</summary>
    public int Count => words.Count;

    /// <summary>Whether <paramref name="word"/> is a word of the lexicon as written.</summary>
    public bool Contains(ReadOnlySpan<char> word) => words.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>Whether <paramref name="stem"/> is the stem of a word of the lexicon.</summary>
    public bool ContainsStem(string stem) => stems.Contains(stem);

    private static CompoundLexicon LoadEmbedded()
    {
        var assembly = typeof(CompoundLexicon).Assembly;
        var words = new List<string>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.EndsWith("-words.txt", StringComparison.Ordinal)))
        {
            var minimum = name.EndsWith(CorpusResource, StringComparison.Ordinal) ? MinimumCorpusWordLength : Decompounder.MinimumPartLength;
            words.AddRange(ReadLines(assembly, name).Where(w => w.Length >= minimum));
        }
        return new CompoundLexicon(words);
    }

    private static IEnumerable<string> ReadLines(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            var word = line.Trim();
            if (word.Length > 0 && word[0] != '#')
            {
                yield return word.ToLowerInvariant();
            }
        }
    }
}
