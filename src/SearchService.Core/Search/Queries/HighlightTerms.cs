namespace SearchService.Core.Search.Queries;

/// <summary>What a query asks to be marked in a paragraph: the indexed terms it searched for in each
/// paragraph field, the prefixes of its <c>prefix*</c> words, and the words as typed (lower case),
/// which tell an exact match from a stemmed one.</summary>
internal sealed class HighlightTerms
{
    /// <summary>Indexed terms of the text field that the query matched on.</summary>
    public HashSet<string> Terms { get; } = new(StringComparer.Ordinal);

    /// <summary>Query words searched for as compound parts: terms of the parts field.</summary>
    public HashSet<string> PartTerms { get; } = new(StringComparer.Ordinal);

    /// <summary>Compound query words also searched for as their modifier and head written apart
    /// ("brist på personal" for "personalbrist"): their parts are evidence only near each other.</summary>
    public List<SplitWord> SplitWords { get; } = [];

    /// <summary>First parts of compound query words also searched alone ("personal" of a rare "personalbrist",
    /// <c>Ranking.ModifierBoost</c>): weak evidence, marked only in a paragraph with nothing else of the query
    /// to mark, so that no hit is shown without a mark.</summary>
    public HashSet<string> ModifierTerms { get; } = new(StringComparer.Ordinal);

    /// <summary>Text terms that are a query word but for its diacritics.</summary>
    public HashSet<string> FoldedTerms { get; } = new(StringComparer.Ordinal);

    /// <summary>Parts-field terms that are a query word but for its diacritics.</summary>
    public HashSet<string> FoldedPartTerms { get; } = new(StringComparer.Ordinal);

    /// <summary>Terms reached by typo tolerance, searched as words and as compound parts ("kammare" inside
    /// "kammaråklagaren" for "kammmaren").</summary>
    public HashSet<string> FuzzyTerms { get; } = new(StringComparer.Ordinal);

    /// <summary>Prefixes of prefix words.</summary>
    public List<string> Prefixes { get; } = [];

    /// <summary>The query's words as typed, lower case.</summary>
    public HashSet<string> TypedWords { get; } = new(StringComparer.Ordinal);

    /// <summary>Typed words that match (almost) nothing as written, candidates for "did you mean".</summary>
    public HashSet<string> RareWords { get; } = new(StringComparer.Ordinal);

    /// <summary>Makes what is derived from the sets now: a query plan's terms (<see cref="QueryPlan"/>) are
    /// then only read, by any number of searches at once.</summary>
    public void Freeze() => _ = PartKinds;

    /// <summary>A copy whose sets can grow apart from these (a plan's relaxed query adds to its copy).</summary>
    public HighlightTerms Copy()
    {
        var copy = new HighlightTerms();
        copy.Terms.UnionWith(Terms);
        copy.PartTerms.UnionWith(PartTerms);
        copy.SplitWords.AddRange(SplitWords);
        copy.ModifierTerms.UnionWith(ModifierTerms);
        copy.FoldedTerms.UnionWith(FoldedTerms);
        copy.FoldedPartTerms.UnionWith(FoldedPartTerms);
        copy.FuzzyTerms.UnionWith(FuzzyTerms);
        copy.Prefixes.AddRange(Prefixes);
        copy.TypedWords.UnionWith(TypedWords);
        copy.RareWords.UnionWith(RareWords);
        return copy;
    }

    private Dictionary<string, string>? partKinds;
    private (int Parts, int FoldedParts, int Fuzzy) partKindsOf;

    /// <summary>The terms of the compound-parts field a hit may be marked for, each with its mark kind: a part
    /// (compound), else a folded part, else a near spelling. Made once for all the hits of a page instead of for
    /// every hit, and made again if a set has grown since (the sets only grow: a relaxed query adds to them).</summary>
    public IReadOnlyDictionary<string, string> PartKinds
    {
        get
        {
            var of = (PartTerms.Count, FoldedPartTerms.Count, FuzzyTerms.Count);
            if (partKinds is null || partKindsOf != of)
            {
                (partKinds, partKindsOf) = (MakePartKinds(), of);
            }
            return partKinds;
        }
    }

    private Dictionary<string, string> MakePartKinds()
    {
        var kinds = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var term in PartTerms)
        {
            kinds[term] = Highlighting.MarkKinds.Compound;
        }
        foreach (var term in FoldedPartTerms)
        {
            kinds.TryAdd(term, Highlighting.MarkKinds.Folded);
        }
        foreach (var term in FuzzyTerms)
        {
            kinds.TryAdd(term, Highlighting.MarkKinds.Fuzzy);
        }
        return kinds;
    }
}

/// <summary>A compound query word's modifier and head as base forms ("personal", "brist" of "personalbrist").</summary>
/// <param name="Modifier">Base form of the first part.</param>
/// <param name="Head">Base form of the last part.</param>
internal sealed record SplitWord(string Modifier, string Head);
