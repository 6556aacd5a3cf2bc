using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Store;
using SearchService.Core.Analysis;
using SearchService.Core.Documents;
using SearchService.Core.Indexing;
using SearchService.Core.Search;
using SearchService.Core.Search.Scoring;
using SearchService.Tests;
using Xunit.Abstractions;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace SearchService.Core.Tests.Indexing;

// Issue 13, "also prove": a kill -9 exactly during Commit leaves a readable index that the next run completes.
// A process killed at some point of a commit leaves on disk what the commit had written until then (the
// operating system keeps every byte a process wrote; only a power cut loses unsynced ones). So the commit
// runs on a directory that, at its k-th file operation (creating, syncing or deleting a file), copies the
// folder as it is — what a kill at that point leaves — and then fails; and, for a kill in the middle of
// writing a file, a second copy has the file being written cut in half. Every point of the commit is tried.
public sealed class CommitKillTests : IDisposable
{
    private const string NewWord = "kråkslottsplan";

    private readonly TemporaryFolder source = new();
    private readonly TemporaryFolder work = new();

    private readonly ITestOutputHelper output;

    public CommitKillTests(ITestOutputHelper output)
    {
        this.output = output;
        foreach (var seed in new[] { "001", "003" })
        {
            File.Copy(RepositoryPaths.Seed(seed), Path.Combine(source.Path, Path.GetFileName(RepositoryPaths.Seed(seed))));
        }
        IndexUpdater.Update(source.Path, Folder("before"));
        File.WriteAllText(Path.Combine(source.Path, "ny.txt"), $"Ny plan\n\nRegionen tar fram en {NewWord} för vården.\n\nDen gäller från nästa år.");
    }

    public void Dispose()
    {
        source.Dispose();
        work.Dispose();
    }

    [Fact]
    public void A_kill_at_any_point_of_a_commit_leaves_a_readable_index_that_the_next_run_completes()
    {
        var before = Paragraphs(Folder("before"));
        var points = CommitNew(Copy(Folder("before"), Folder("count")), killAt: int.MaxValue, snapshot: null);
        Assert.True(points >= 10, $"only {points} file operations in a commit");
        var sawOld = false;
        var sawNew = false;
        for (var k = 0; k < points; k++)
        {
            var killed = Folder($"killed-{k}");
            CommitNew(Copy(Folder("before"), Folder($"run-{k}")), killAt: k, snapshot: killed);
            foreach (var left in new[] { killed, CutLastFile(killed, Folder($"cut-{k}")) }.OfType<string>())
            {
                var paragraphs = Paragraphs(left);
                Assert.True(paragraphs == before || paragraphs > before, $"point {k}: {paragraphs} paragraphs readable in {left}");
                sawOld |= paragraphs == before;
                sawNew |= paragraphs > before;

                var report = IndexUpdater.Update(source.Path, left);

                Assert.Empty(report.Skipped);
                using var index = ParagraphIndex.Open(left);
                Assert.Equal(3, index.Statistics().Documents);
                Assert.Equal(1, new ParagraphSearcher(index).Search(new SearchRequest(NewWord)).Total);
            }
        }
        Assert.True(sawOld && sawNew, "kills before and after the commit point were both tried");
        output.WriteLine($"{points} points of a commit, each left whole and with its last file cut: all readable and completed");
    }

    // Adds the new file's document as IndexUpdater does and commits, through a directory that copies the
    // folder to snapshot and fails at the killAt-th file operation of the commit; the operations counted.
    private int CommitNew(string folder, int killAt, string? snapshot)
    {
        using var directory = new KillingDirectory(FSDirectory.Open(folder), folder, killAt, snapshot);
        using var analysis = TextAnalysis.Create(AnalysisMode.Swedish);
        var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneInfo.Version, analysis.Analyzer) { OpenMode = OpenMode.APPEND, Similarity = Ranking.Similarity });
        var content = File.ReadAllBytes(Path.Combine(source.Path, "ny.txt"));
        var parsed = SourceFolder.Parse("ny.txt", content, null);
        writer.UpdateDocuments(new Term(ParagraphFields.DocumentId, "ny"), ParagraphDocumentFactory.Create(parsed, contentHash: IndexUpdater.Hash("ny.txt", content, null)));
        writer.SetCommitData(new Dictionary<string, string>
        {
            [CommitMetadata.CommitTimeKey] = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
            [CommitMetadata.AnalysisKey] = AnalysisModes.Name(AnalysisMode.Swedish),
        });
        directory.Counting = true;
        try
        {
            writer.Commit();
            writer.Dispose();
        }
        catch (KilledException)
        {
            writer.Rollback();
        }
        return directory.Operations;
    }

    private static int Paragraphs(string folder)
    {
        using var directory = FSDirectory.Open(folder);
        using var reader = DirectoryReader.Open(directory);
        return reader.NumDocs;
    }

    private string Folder(string name) => Path.Combine(work.Path, name);

    private static string Copy(string from, string to)
    {
        System.IO.Directory.CreateDirectory(to);
        foreach (var file in System.IO.Directory.EnumerateFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
        return to;
    }

    // A copy of the folder with its most recently written file cut in half, as a kill while writing it leaves it.
    // The copy with its last written file cut in half, or null when that file belongs to the newest
    // complete commit: Lucene syncs a commit's files before it writes the commit point, so a kill cannot
    // leave one of them half written (and files written in the same clock tick make "last" ambiguous).
    private static string? CutLastFile(string from, string to)
    {
        Copy(from, to);
        var last = new DirectoryInfo(to).EnumerateFiles().Where(f => f.Name != IndexWriter.WRITE_LOCK_NAME).MaxBy(f => f.LastWriteTimeUtc)!;
        using (var directory = FSDirectory.Open(to))
        {
            var committed = new SegmentInfos();
            committed.Read(directory);
            if (committed.GetFiles(directory, true).Contains(last.Name))
            {
                return null;
            }
        }
        using var stream = last.Open(FileMode.Open);
        stream.SetLength(stream.Length / 2);
        return to;
    }

    private sealed class KilledException() : IOException("killed");

    private sealed class KillingDirectory(LuceneDirectory inner, string folder, int killAt, string? snapshot) : FilterDirectory(inner)
    {
        public bool Counting { get; set; }

        public int Operations { get; private set; }

        public override IndexOutput CreateOutput(string name, IOContext context)
        {
            Point();
            return base.CreateOutput(name, context);
        }

        public override void Sync(ICollection<string> names)
        {
            Point();
            base.Sync(names);
        }

        public override void DeleteFile(string name)
        {
            Point();
            base.DeleteFile(name);
        }

        private void Point()
        {
            if (!Counting)
            {
                return;
            }
            if (Operations++ == killAt)
            {
                CommitKillTests.Copy(folder, snapshot!);
                throw new KilledException();
            }
        }
    }
}
