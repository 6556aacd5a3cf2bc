using System.ComponentModel;
using SearchService.Core.Highlighting;

namespace SearchService.Core.Search.Documents;

/// <summary>The marks a <see cref="DocumentHighlighter"/> adds to a paragraph read with a query.</summary>
public sealed partial record DocumentParagraph
{
    /// <summary>The paragraph as HTML-escaped text with &lt;mark&gt; around the query's words, when the
    /// document was asked for with a query; otherwise null.</summary>
    [Description("With `q`: the paragraph HTML-escaped, with <mark> around the query's words (as in search hits); otherwise null.")]
    public string? Highlight { get; init; }

    /// <summary>The query's words as ranges of <see cref="Text"/>; empty without a query.</summary>
    [Description("With `q`: matched character ranges of `text`; otherwise empty.")]
    public IReadOnlyList<TextMark> Marks { get; init; } = [];
}
