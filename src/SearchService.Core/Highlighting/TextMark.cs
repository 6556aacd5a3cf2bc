using System.ComponentModel;

namespace SearchService.Core.Highlighting;

/// <summary>A matched range of a paragraph's text.</summary>
/// <param name="Start">Start offset in the paragraph's plain text (UTF-16 code units).</param>
/// <param name="End">End offset (exclusive).</param>
/// <param name="Kind">How the range matched: <c>exact</c> (as typed), <c>stem</c> (another form of the word), <c>prefix</c>,
/// <c>compound</c> (a part of a compound word), <c>part</c> (a part of a compound query word, written near its other part; or its first part alone, in a paragraph with nothing else of the query), <c>ellipsis</c> (a word completed from a hyphen ellipsis), <c>folded</c>
/// (matched without diacritics) or <c>fuzzy</c> (a near spelling).</param>
public sealed record TextMark(
    [property: Description("Start offset in `text` (UTF-16 code units, as JavaScript strings count).")] int Start,
    [property: Description("End offset in `text`, exclusive.")] int End,
    [property: Description("How the range matched: exact, stem, prefix, compound (just the matched part of a compound), part (a part of a compound query word, near its other part: \"brist på personal\" for personalbrist; or its first part alone where nothing else matched: \"hyrpersonal\"), ellipsis, folded or fuzzy.")] string Kind);

/// <summary>The kinds of <see cref="TextMark"/>.</summary>
internal static class MarkKinds
{
    /// <summary>The word as typed.</summary>
    public const string Exact = "exact";

    /// <summary>Another inflection of the typed word, matched through stemming.</summary>
    public const string Stem = "stem";

    /// <summary>A word starting with a <c>prefix*</c> of the query.</summary>
    public const string Prefix = "prefix";

    /// <summary>A part of a compound word (the range covers just the part).</summary>
    public const string Compound = "compound";

    /// <summary>A part of a compound query word, written near its other part ("brist på personal" for
    /// personalbrist): the evidence of a split match. Also the first part alone in a paragraph with nothing
    /// else of the query to mark (<see cref="Search.Queries.HighlightTerms.ModifierTerms"/>).</summary>
    public const string Part = "part";

    /// <summary>The visible half of a hyphen ellipsis whose implied word matched.</summary>
    public const string Ellipsis = "ellipsis";

    /// <summary>A word matched with diacritics folded (vardplatser for vårdplatser).</summary>
    public const string Folded = "folded";

    /// <summary>A near spelling of a misspelt query word.</summary>
    public const string Fuzzy = "fuzzy";
}
