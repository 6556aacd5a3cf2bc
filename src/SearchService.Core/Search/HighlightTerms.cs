namespace SearchService.Core.Search;

/// <summary>What a query asks to be marked in a paragraph: the indexed terms it searched for, the
/// prefixes of its <c>prefix*</c> words, and the words as typed (lower case), which tell an exact
/// match from a stemmed one.</summary>
public sealed class HighlightTerms
{
    /// <summary>Indexed terms of the text field that the query matched on.</summary>
    public HashSet<string> Terms { get; } = new(StringComparer.Ordinal);

    /// <summary>Prefixes of prefix words.</summary>
    public List<string> Prefixes { get; } = [];

    /// <summary>The query's words as typed, lower case.</summary>
    public HashSet<string> TypedWords { get; } = new(StringComparer.Ordinal);
}
