using Lucene.Net.Index;
using Lucene.Net.Store;
using SearchService.Core.Analysis;
using SearchService.Core.Indexing;
using SearchService.Core.Search;
using SearchService.Tests;

namespace SearchService.Core.Tests.Indexing;

public sealed class IndexUpdaterTests : IDisposable
{
    private readonly TemporaryFolder source = new();
    private readonly TemporaryFolder index = new();

    public IndexUpdaterTests()
    {
        foreach (var seed in new[] { "001", "003", "004" })
        {
            File.Copy(RepositoryPaths.Seed(seed), Path.Combine(source.Path, Path.GetFileName(RepositoryPaths.Seed(seed))));
        }
    }

    public void Dispose()
    {
        source.Dispose();
        index.Dispose();
    }

    private UpdateReport Update(bool full = false) => IndexUpdater.Update(source.Path, index.Path, full);

    private int Total(string query)
    {
        using var opened = ParagraphIndex.Open(index.Path);
        return new ParagraphSearcher(opened).Search(new SearchRequest(query)).Total;
    }

    private string? CommitTime()
    {
        using var directory = FSDirectory.Open(index.Path);
        return DirectoryReader.ListCommits(directory)[^1].UserData[CommitMetadata.CommitTimeKey];
    }

    [Fact]
    public void A_second_run_over_an_unchanged_folder_changes_nothing_and_makes_no_commit()
    {
        var first = Update();
        Assert.Equal((3, 0, 0, 0), (first.Added, first.Changed, first.Removed, first.Unchanged));
        var committed = CommitTime();
        var second = Update();
        Assert.Equal((0, 0, 0, 3), (second.Added, second.Changed, second.Removed, second.Unchanged));
        Assert.Equal(0, second.ParagraphsWritten);
        Assert.Equal(first.ParagraphsInIndex, second.ParagraphsInIndex);
        Assert.Equal(committed, CommitTime());
    }

    [Fact]
    public void Segments_are_written_in_the_project_codec_and_hits_keep_their_paragraph_ids()
    {
        Update();
        using (var directory = FSDirectory.Open(index.Path))
        {
            var commit = new SegmentInfos();
            commit.Read(directory);
            Assert.All(commit.Segments, segment => Assert.Equal("SearchService2", segment.Info.Codec.Name));
            Assert.True(new CheckIndex(directory).DoCheckIndex().Clean);
        }
        using var opened = ParagraphIndex.Open(index.Path);
        var hit = new ParagraphSearcher(opened).Search(new SearchRequest("vårdplatser")).Hits[0];
        Assert.Equal(ParagraphDocumentFactory.ParagraphId(hit.DocumentId, hit.Paragraph), hit.Id);
        Assert.Matches(@"-p\d+$", hit.Id);
    }

    [Fact]
    public void New_changed_and_removed_files_are_applied_and_counted()
    {
        Update();
        File.WriteAllText(Path.Combine(source.Path, "ny.md"), "# Ny plan\n\nRegion Gotland bygger fler vårdplatser på ön.\n");
        File.AppendAllText(RepositoryPaths.Seed("003").Replace(RepositoryPaths.Seeds, source.Path, StringComparison.Ordinal), "\n\nTandvårdsundersköterskor anställs i Linköping.\n");
        File.Delete(System.IO.Directory.EnumerateFiles(source.Path, "004_*").Single());

        var report = Update();
        Assert.Equal((1, 1, 1, 1), (report.Added, report.Changed, report.Removed, report.Unchanged));
        Assert.Equal(1, Total("Gotland"));
        Assert.Equal(1, Total("tandvårdsundersköterskor"));
        Assert.Equal(0, Total("Sollefteå"));
        using var opened = ParagraphIndex.Open(index.Path);
        Assert.Equal(3, opened.Statistics().Documents);
    }

    [Fact]
    public void Statistics_are_those_of_the_served_commit()
    {
        Update();
        using var opened = ParagraphIndex.Open(index.Path);
        var before = opened.Statistics();
        File.WriteAllText(Path.Combine(source.Path, "ny.md"), "# Ny plan\n\nRegion Gotland bygger fler vårdplatser på ön.\n");
        Update();

        Assert.Equal(before, opened.Statistics());
        Assert.True(opened.Refresh());
        Assert.Equal(before.Documents + 1, opened.Statistics().Documents);
    }

    [Fact]
    public void Changing_only_the_metadata_re_indexes_the_document()
    {
        Update();
        File.WriteAllText(Path.Combine(source.Path, "metadata.json"), """{ "003_f483bdd49a294f52.txt": { "documentType": "nyhet" } }""");
        var report = Update();
        Assert.Equal((0, 1, 2), (report.Added, report.Changed, report.Unchanged));
        using var opened = ParagraphIndex.Open(index.Path);
        var result = new ParagraphSearcher(opened).Search(new SearchRequest("primärvården", DocumentType: "NYHET"));
        Assert.True(result.Total > 0);
        Assert.All(result.Hits, h => Assert.Equal("nyhet", h.DocumentType));
    }

    [Fact]
    public void Full_rebuilds_every_document()
    {
        Update();
        var report = Update(full: true);
        Assert.Equal((3, 0, 0, 0), (report.Added, report.Changed, report.Removed, report.Unchanged));
        Assert.Equal(report.ParagraphsWritten, report.ParagraphsInIndex);
    }

    [Fact]
    public void A_file_that_turns_unreadable_is_skipped_and_keeps_its_last_good_version()
    {
        Update();
        var seed = System.IO.Directory.EnumerateFiles(source.Path, "003_*").Single();
        File.WriteAllBytes(seed, [0x48, 0xC3, 0x28, 0xFF]);
        File.WriteAllBytes(Path.Combine(source.Path, "trasig.pdf"), "%PDF-1.4 trasig"u8.ToArray());
        var report = Update();
        Assert.Equal(["003_f483bdd49a294f52.txt", "trasig.pdf"], report.Skipped.Select(s => s.FileName));
        Assert.Contains("not valid UTF-8", report.Skipped[0].Reason, StringComparison.Ordinal);
        Assert.Equal(0, report.Removed);
        Assert.True(Total("Novahuset") > 0);
    }

    [Fact]
    public void Two_files_with_one_id_index_the_first_and_report_the_other()
    {
        File.WriteAllText(Path.Combine(source.Path, "plan.txt"), "Plan för Halland.");
        File.WriteAllBytes(Path.Combine(source.Path, "plan.pdf"), SampleDocuments.Pdf());
        var report = Update();
        var skipped = Assert.Single(report.Skipped);
        Assert.Equal("plan.txt", skipped.FileName);
        Assert.Contains("plan.pdf", skipped.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void While_another_writer_holds_the_index_an_update_fails_and_changes_nothing()
    {
        Update();
        File.WriteAllText(Path.Combine(source.Path, "ny.txt"), "Region Gotland bygger fler vårdplatser.");
        using (var directory = FSDirectory.Open(index.Path))
        using (var analyzer = new SwedishAnalyzer())
        using (new IndexWriter(directory, new IndexWriterConfig(LuceneInfo.Version, analyzer)))
        {
            Assert.Throws<IndexBusyException>(() => Update());
        }
        Assert.Equal(0, Total("Gotland"));
        Assert.Equal(1, Update().Added);
    }

    [Fact]
    public void An_index_built_by_an_earlier_analysis_is_rebuilt_by_the_next_run()
    {
        Update();
        // What an index of an earlier version carries: the analysis name, no analysis version.
        using (var directory = FSDirectory.Open(index.Path))
        using (var analyzer = new SwedishAnalyzer())
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneInfo.Version, analyzer)))
        {
            writer.SetCommitData(new Dictionary<string, string> { [CommitMetadata.AnalysisKey] = "swedish" });
            writer.Commit();
        }
        Assert.True(CommitMetadata.IsStale(index.Path));

        var report = Update();

        Assert.Equal((3, 0), (report.Added, report.Unchanged));
        Assert.False(CommitMetadata.IsStale(index.Path));
    }

    [Fact]
    public void Pdf_paragraphs_are_indexed_with_their_page()
    {
        File.WriteAllBytes(Path.Combine(source.Path, "budget.pdf"), SampleDocuments.Pdf());
        Update();
        using var opened = ParagraphIndex.Open(index.Path);
        var hits = new ParagraphSearcher(opened).Search(new SearchRequest("vänster spalt börjar")).Hits;
        Assert.StartsWith("Vänster spalt börjar", hits[0].Text, StringComparison.Ordinal);
        Assert.Equal((2, "Region Värmland"), (hits[0].Page, hits[0].Organisation));
        Assert.Equal(1, new ParagraphSearcher(opened).Search(new SearchRequest("vårdplatser under året")).Hits.Single(h => h.Id == "budget-p1").Page);
    }
}
