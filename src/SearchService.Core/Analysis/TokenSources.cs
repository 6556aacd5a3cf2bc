namespace SearchService.Core.Analysis;

/// <summary>Where a token came from, carried in Lucene's type attribute through the chain and shown
/// by <c>/api/analyze</c>.</summary>
internal static class TokenSources
{
    /// <summary>A word as written in the text.</summary>
    public const string Word = "word";

    /// <summary>A word written with a trailing hyphen ("vårdplats-"), the first half of an ellipsis.</summary>
    public const string Hyphenated = "hyphenated";

    /// <summary>A part of a compound word ("brist" in "vårdplatsbrist").</summary>
    public const string Compound = "compound";

    /// <summary>A word implied by a hyphen ellipsis ("vårdplatsbristen" in "vårdplats- och personalbristen").</summary>
    public const string Ellipsis = "ellipsis";
}
