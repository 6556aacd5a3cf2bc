using SearchService.Bench.Corpus;
using SearchService.Core.Documents;
using SearchService.Tests;

namespace SearchService.Bench.Tests.Corpus;

public sealed class CorpusGeneratorTests : IDisposable
{
    private const int Paragraphs = 300;
    private readonly TemporaryFolder folder = new();
    private static readonly SeedText Seeds = SeedText.Read(RepositoryPaths.Seeds);

    public void Dispose() => folder.Dispose();

    private string Generate(int seed, string name)
    {
        var target = Path.Combine(folder.Path, name);
        new CorpusGenerator(Seeds, seed).Write(Paragraphs, target);
        return target;
    }

    private static Dictionary<string, string> Files(string corpus) =>
        Directory.EnumerateFiles(corpus).ToDictionary(f => Path.GetFileName(f), File.ReadAllText);

    [Fact]
    public void The_same_seed_writes_the_same_files()
    {
        var first = Files(Generate(seed: 42, "a"));
        var second = Files(Generate(seed: 42, "b"));

        Assert.Equal(first.Keys.Order(), second.Keys.Order());
        Assert.All(first, pair => Assert.Equal(pair.Value, second[pair.Key]));
    }

    [Fact]
    public void Another_seed_writes_other_text()
    {
        var first = Files(Generate(seed: 1, "a"));
        var second = Files(Generate(seed: 2, "b"));

        Assert.NotEqual(first[CorpusGenerator.FileName(1)], second[CorpusGenerator.FileName(1)]);
    }

    [Fact]
    public void The_indexer_reads_exactly_the_requested_paragraphs_in_documents_of_20_to_80()
    {
        var read = SourceFolder.Read(Generate(seed: 3, "c"));

        Assert.Empty(read.Skipped);
        Assert.Equal(Paragraphs, read.Documents.Sum(d => d.Paragraphs.Count));
        Assert.All(read.Documents.SkipLast(1), d => Assert.InRange(d.Paragraphs.Count, CorpusGenerator.MinParagraphsPerDocument, CorpusGenerator.MaxParagraphsPerDocument));
        Assert.Contains(read.Documents, d => d.Paragraphs.Any(p => p.Section is not null));
    }

    [Fact]
    public void Documents_name_their_region_so_that_region_detection_finds_it()
    {
        var corpus = Generate(seed: 4, "d");
        var read = SourceFolder.Read(corpus);

        foreach (var document in read.Documents)
        {
            var title = File.ReadLines(Path.Combine(corpus, document.FileName)).First();
            var named = SwedishRegions.All.Select(r => r.Name).FirstOrDefault(r => title.EndsWith("Region " + r, StringComparison.Ordinal));
            if (named is not null)
            {
                Assert.Equal(named, document.Metadata.Region);
            }
        }
        Assert.True(read.Documents.Count(d => d.Metadata.Region is not null) >= read.Documents.Count / 2);
    }

    [Fact]
    public void The_vocabulary_grows_with_the_corpus()
    {
        Assert.True(CompoundCoiner.Available(10_000_000) > 10 * CompoundCoiner.Available(100_000));
        var coiner = new CompoundCoiner(Seeds.CompoundParts, seed: 5);
        var compounds = Enumerable.Range(0, 200).Select(coiner.Coin).ToList();
        Assert.Contains(compounds, c => !Seeds.CompoundParts.Contains(c));
        Assert.Equal(compounds, Enumerable.Range(0, 200).Select(new CompoundCoiner(Seeds.CompoundParts, seed: 5).Coin));
    }
}
