using SearchService.Core.Highlighting;
using SearchService.Core.Search.Queries;

namespace SearchService.Core.Search.Documents;

/// <summary>Marks a query's words in every paragraph of a document exactly as search hits are marked,
/// so a reader who opens a hit sees the same words highlighted throughout the document.</summary>
public sealed class DocumentHighlighter(ParagraphIndex index)
{
    private readonly LuceneQueryBuilder builder = new(index.Analysis);
    private readonly ParagraphMarker marker = new(index.Analysis.Analyzer);

    /// <summary><paramref name="document"/> with <see cref="DocumentParagraph.Highlight"/> and
    /// <see cref="DocumentParagraph.Marks"/> filled in for <paramref name="query"/>.</summary>
    /// <exception cref="QueryBuildException">The query holds nothing searchable.</exception>
    public DocumentView Highlight(DocumentView document, string query) => Highlight(document, query, null);

    /// <summary><paramref name="document"/> marked for <paramref name="query"/>, its words expanded as
    /// <paramref name="corpus"/>'s figures decide (a cluster's shard marks as a search of the whole corpus does).</summary>
    /// <exception cref="QueryBuildException">The query holds nothing searchable.</exception>
    internal DocumentView Highlight(DocumentView document, string query, ICorpusVocabulary? corpus)
    {
        var parsed = UserQueryParser.Parse(query)
            ?? throw new QueryBuildException("The query has no words to search for.");
        HighlightTerms terms;
        using (var lease = index.Acquire())
        {
            // With the reader the query expands as a search does (compound parts, folding, typos).
            terms = builder.Build(parsed, lease.Searcher.IndexReader, corpus).Highlight;
        }
        return document with { Paragraphs = document.Paragraphs.Select(p => Mark(p, terms)).ToList() };
    }

    // As in search hits: `marks` are the matched ranges, `highlight` marks the whole words holding them.
    private DocumentParagraph Mark(DocumentParagraph paragraph, HighlightTerms terms)
    {
        var marked = marker.Mark(paragraph.Text, terms);
        return paragraph with { Highlight = marked.Html(), Marks = marked.Found };
    }
}
