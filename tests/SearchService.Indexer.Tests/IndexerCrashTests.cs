using System.Diagnostics;
using System.Text;
using Lucene.Net.Index;
using FSDirectory = Lucene.Net.Store.FSDirectory;
using SearchService.Core.Indexing;
using SearchService.Core.Search;
using SearchService.Tests;

namespace SearchService.Indexer.Tests;

public class IndexerCrashTests
{
    private const string CorpusWord = "gnuskatt";

    [Fact]
    public async Task Killing_the_indexer_mid_run_leaves_the_previous_index_searchable_and_the_next_run_recovers()
    {
        using var corpus = new TemporaryFolder();
        using var folder = new TemporaryFolder();
        var indexPath = Path.Combine(folder.Path, "index");
        WriteCorpus(corpus.Path, files: 400, paragraphsPerFile: 100);
        var before = IndexUpdater.Rebuild(RepositoryPaths.Seeds, indexPath);
        var committedFiles = CommittedFiles(indexPath);

        using (var indexer = BuiltProgram.Start("SearchService.Indexer.dll", ["--source", corpus.Path, "--index", indexPath], _ => { }))
        {
            // Files of a segment flushed by the new run but not yet committed: the run is past its reading and mid-write.
            var midWrite = Stopwatch.StartNew();
            while (!Directory.EnumerateFiles(indexPath, "_*").Any(f => !committedFiles.Contains(Path.GetFileName(f))))
            {
                Assert.False(indexer.HasExited, "the indexer finished before it could be killed mid-write; the corpus is too small");
                Assert.True(midWrite.Elapsed < TimeSpan.FromMinutes(3), "the indexer wrote no segment within 3 minutes");
                await Task.Delay(10);
            }
            indexer.Kill(entireProcessTree: true); // SIGKILL: no finally blocks, no disposal, nothing flushed
            await indexer.WaitForExitAsync();
        }

        Assert.Contains(Directory.EnumerateFiles(indexPath, "_*"), f => !committedFiles.Contains(Path.GetFileName(f)));
        // The killed writer's lock file stays behind; the OS released the lock itself, so it must not block the next run.
        Assert.True(File.Exists(Path.Combine(indexPath, IndexWriter.WRITE_LOCK_NAME)));
        using (var index = ParagraphIndex.Open(indexPath))
        {
            var statistics = index.Statistics();
            Assert.Equal(before.Documents, statistics.Documents);
            Assert.Equal(before.Paragraphs, statistics.Paragraphs);
            var searcher = new ParagraphSearcher(index);
            Assert.True(searcher.Search(new SearchRequest("vårdplatser")).Total > 0);
            Assert.Equal(0, searcher.Search(new SearchRequest(CorpusWord)).Total);
        }

        using var rerun = BuiltProgram.Start("SearchService.Indexer.dll", ["--source", corpus.Path, "--index", indexPath], _ => { });
        await rerun.WaitForExitAsync();
        Assert.Equal(0, rerun.ExitCode);
        using (var index = ParagraphIndex.Open(indexPath))
        {
            Assert.Equal(400, index.Statistics().Documents);
            Assert.True(new ParagraphSearcher(index).Search(new SearchRequest(CorpusWord)).Total > 0);
        }
        // The killed run's unfinished segments are gone: the folder holds the new commit and nothing else.
        Assert.Equal(CommittedFiles(indexPath), Directory.EnumerateFiles(indexPath).Select(Path.GetFileName).Where(f => f != IndexWriter.WRITE_LOCK_NAME && f != "segments.gen").ToHashSet());
    }

    private static HashSet<string?> CommittedFiles(string indexPath)
    {
        using var directory = FSDirectory.Open(indexPath);
        var commit = DirectoryReader.ListCommits(directory).Single();
        return commit.FileNames.Select(f => (string?)f).ToHashSet();
    }

    // About 20 MB of Swedish-looking text: enough that the writer flushes segments well before its commit.
    private static void WriteCorpus(string folder, int files, int paragraphsPerFile)
    {
        string[] words = ["vård", "region", "skola", "budget", "tolk", "omsorg", "sjukhus", "personal", "plan", "mål", "kostnad",
            "invånare", "kommun", "tandvård", "primärvård", "ambulans", "utbildning", "trafik", "kollektivtrafik", "miljö", CorpusWord];
        var random = new Random(7);
        for (var f = 0; f < files; f++)
        {
            var text = new StringBuilder($"Dokument {f}\n\n");
            for (var p = 0; p < paragraphsPerFile; p++)
            {
                text.Append("Det gäller");
                for (var w = 0; w < 60; w++)
                {
                    text.Append(' ').Append(words[random.Next(words.Length)]);
                }
                text.Append(".\n\n");
            }
            File.WriteAllText(Path.Combine(folder, $"gen_{f:D4}.txt"), text.ToString());
        }
    }
}
