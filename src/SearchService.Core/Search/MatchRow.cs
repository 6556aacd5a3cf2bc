using SearchService.Core.Indexing;

namespace SearchService.Core.Search;

/// <summary>One matching paragraph as an export lists it: where it stands and what it says, unmarked.</summary>
public sealed record MatchRow(
    string Id,
    string DocumentId,
    string Title,
    string? Region,
    string? Municipality,
    string? Date,
    string? Section,
    int Paragraph,
    string Text)
{
    /// <summary>The stored fields a row is read from.</summary>
    internal static readonly ISet<string> Fields = new HashSet<string>(StringComparer.Ordinal)
    {
        ParagraphFields.DocumentId, ParagraphFields.Title, ParagraphFields.Region, ParagraphFields.Municipality,
        ParagraphFields.Date, ParagraphFields.Section, ParagraphFields.Number, ParagraphFields.Text,
    };
}

/// <summary>Where an export by document stopped: its last row's document and paragraph.</summary>
public sealed record MatchCursor(string DocumentId, int Paragraph);

/// <summary>A page of matches in document order (<see cref="MatchListing"/>): the rows, how many paragraphs the
/// query matched from the page's start on, and whether more follow.</summary>
public sealed record MatchPage(IReadOnlyList<MatchRow> Rows, int Total, bool More);
