using Lucene.Net.Index;
using Lucene.Net.Store;
using SearchService.Core.Analysis;
using SearchService.Core.Documents;
using SearchService.Core.Indexing;
using SearchService.Tests;

namespace SearchService.Api.Tests.Search;

/// <summary>The API over an index of paragraphs written to attack the page that shows them: markup, event
/// handlers, ampersands, quotes, and (added through Core, since a source file that is not UTF-8 is skipped)
/// broken surrogate pairs, as a document sent by a program could hold.</summary>
public sealed class HostileTextApiFactory : SearchApiFactory
{
    public const string HostileFile = """
        Farliga stycken

        Vårdplatser <script>alert("xss")</script> ska bli fler.

        Bilden <img src=x onerror="alert('xss')"> visar vårdplatser & köer &amp; mer.

        Vårdplatser kostar "mycket" & 'lite' <b>samtidigt</b> </mark><mark> i år.
        """;

    public const string BrokenSurrogates = "Trasiga tecken\n\nVårdplatser \uD800 ensam, \uDC00 omvänd och \uDFFF\uD800 i fel ordning.\n";

    private static readonly TemporaryFolder Sources = WriteSources();

    public HostileTextApiFactory() : base(Sources.Path)
    {
        using var directory = FSDirectory.Open(IndexPath);
        using var analyzer = new SwedishAnalyzer();
        using var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneInfo.Version, analyzer) { OpenMode = OpenMode.APPEND });
        writer.AddDocuments(ParagraphDocumentFactory.Create(DocumentParser.Parse(new SourceDocument("trasig", "trasig.txt", BrokenSurrogates))));
        writer.Commit();
    }

    private static TemporaryFolder WriteSources()
    {
        var folder = new TemporaryFolder();
        File.WriteAllText(Path.Combine(folder.Path, "farlig.txt"), HostileFile);
        return folder;
    }
}
