using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using SearchService.Core.Analysis;
using SearchService.Core.Documents;
using SearchService.Core.Indexing;
using SearchService.Core.Search.Facets;
using SearchService.Tests;

namespace SearchService.Core.Tests.Search.Facets;

// A facet is one descriptor: indexing, filtering and counting read the list, so a descriptor the
// service does not have is indexed, filtered on and counted with nothing else added.
public sealed class NewFacetTests : IDisposable
{
    private readonly TemporaryFolder folder = new();

    // The first word of the publisher: "Region", "Vänsterpartiet", "Nationellt" …
    private static readonly MetadataFacet PublisherKind =
        new("publisherKind", m => m.Organisation?.Split(' ')[0], _ => null, ExactTerm: false, "Utgivare");

    [Fact]
    public void A_new_descriptor_is_indexed_filtered_and_counted()
    {
        IReadOnlyList<MetadataFacet> facets = [.. MetadataFacet.All, PublisherKind];
        var overrides = MetadataSidecar.Read(RepositoryPaths.Seeds);
        var parsed = SourceFolder.Files(RepositoryPaths.Seeds)
            .Select(f => SourceFolder.Parse(Path.GetFileName(f), File.ReadAllBytes(f), MetadataSidecar.ForFile(f, overrides))).ToList();
        using var directory = FSDirectory.Open(folder.Path);
        using (var analysis = TextAnalysis.Create(AnalysisMode.Swedish))
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneInfo.Version, analysis.Analyzer)))
        {
            foreach (var document in parsed)
            {
                writer.AddDocuments(ParagraphDocumentFactory.Create(document, facets: facets));
            }
        }
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);
        var byRegions = parsed.Where(d => d.Metadata.Organisation!.StartsWith("Region ", StringComparison.Ordinal)).Sum(d => d.Paragraphs.Count);

        var top = TopScoreDocCollector.Create(1_000, docsScoredInOrder: true);
        var collector = new FacetCollector([.. facets.Select(f => f.Field)], [new SearchFilter(PublisherKind, PublisherKind.Term("region"))], top);
        searcher.Search(new MatchAllDocsQuery(), collector);
        var counts = collector.Result();
        var hits = top.GetTopDocs().ScoreDocs.Select(d => searcher.Doc(d.Doc)).ToList();

        // Filtered (any case, as organisation is): only the paragraphs of documents a region published.
        Assert.True(byRegions > 0);
        Assert.Equal(byRegions, hits.Count);
        Assert.All(hits, h => Assert.StartsWith("Region ", h.Get(ParagraphFields.Organisation), StringComparison.Ordinal));
        // Stored as written, for hits.
        Assert.All(hits, h => Assert.Equal("Region", h.Get(PublisherKind.Field)));
        // Counted: the facet ignores its own filter, so every kind of publisher shows.
        Assert.Equal(byRegions, counts[PublisherKind.Field].Single(v => v.Value == "Region").Count);
        Assert.Equal(parsed.Sum(d => d.Paragraphs.Count), counts[PublisherKind.Field].Sum(v => v.Count));
        Assert.Contains(counts[PublisherKind.Field], v => v.Value == "Vänsterpartiet");
    }

    public void Dispose() => folder.Dispose();
}
