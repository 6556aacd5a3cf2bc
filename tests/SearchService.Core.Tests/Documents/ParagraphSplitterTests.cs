using SearchService.Core.Documents;
using SearchService.Tests;

namespace SearchService.Core.Tests.Documents;

public class ParagraphSplitterTests
{
    private static SplitDocument SplitSeed(string prefix) => ParagraphSplitter.Split(File.ReadAllText(RepositoryPaths.Seed(prefix)));

    [Fact]
    public void Repeated_page_headers_of_the_Värmland_reply_are_dropped()
    {
        var paragraphs = SplitSeed("001").Paragraphs;
        Assert.DoesNotContain(paragraphs, p => p.Text.Contains("HSN/231430", StringComparison.Ordinal));
        Assert.DoesNotContain(paragraphs, p => p.Text.StartsWith("Datum", StringComparison.Ordinal));
    }

    [Fact]
    public void A_sentence_cut_by_a_page_header_is_joined_again()
    {
        var paragraphs = SplitSeed("001").Paragraphs;
        var joined = Assert.Single(paragraphs, p => p.Text.Contains("mottagningen för våldsutsatta", StringComparison.Ordinal));
        Assert.StartsWith("Interna samverkansrutiner", joined.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Bullet_items_joined_on_one_line_become_one_paragraph_each()
    {
        var paragraphs = SplitSeed("004").Paragraphs;
        var first = Assert.Single(paragraphs, p => p.Text.StartsWith("Att primärvårdsramen utökas med 155 miljoner", StringComparison.Ordinal));
        var second = Assert.Single(paragraphs, p => p.Text.StartsWith("Att patienten ska kunna komma i kontakt", StringComparison.Ordinal));
        Assert.Equal(first.Number + 1, second.Number);
        Assert.DoesNotContain('•', first.Text);
    }

    [Fact]
    public void Heading_lines_are_sections_not_paragraphs()
    {
        var split = SplitSeed("000");
        const string heading = "Vård efter behov – stärk patientsäkerheten";
        Assert.Contains(split.Headings, h => h.Text == heading);
        Assert.DoesNotContain(split.Paragraphs, p => p.Text == heading);
        var under = Assert.Single(split.Paragraphs, p => p.Text.StartsWith("Hälso- och sjukvårdslagen är tydlig", StringComparison.Ordinal));
        Assert.Equal(heading, under.Section);
    }

    [Fact]
    public void Markdown_markers_and_non_breaking_spaces_are_cleaned()
    {
        var all = new[] { "000", "001", "002", "003", "004" }.SelectMany(s => SplitSeed(s).Paragraphs).ToList();
        Assert.DoesNotContain(all, p => p.Text.Contains('*') || p.Text.StartsWith('#') || p.Text.Contains('\u00A0'));
        Assert.Contains(all, p => p.Text.StartsWith("Samlade bedömningen utifrån granskningens syfte är att Region Värmlands arbete", StringComparison.Ordinal));
    }

    [Fact]
    public void Table_captions_at_the_end_are_not_paragraphs()
    {
        var paragraphs = SplitSeed("004").Paragraphs;
        Assert.DoesNotContain(paragraphs, p => p.Text is "Resultaträkning" or "Investeringar" or "Resultaträkning Sjukvårdspartiet");
        Assert.EndsWith("kraftigt minska avskrivningar av fodringar.", paragraphs[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Offsets_point_at_the_paragraph_in_the_source()
    {
        var source = File.ReadAllText(RepositoryPaths.Seed("003"));
        foreach (var paragraph in ParagraphSplitter.Split(source).Paragraphs)
        {
            var original = source[paragraph.StartOffset..paragraph.EndOffset];
            Assert.Equal(paragraph.Text, TextCleaner.Clean(original));
        }
    }

    [Fact]
    public void Paragraphs_are_numbered_from_one_in_order()
    {
        var paragraphs = SplitSeed("002").Paragraphs;
        Assert.Equal(Enumerable.Range(1, paragraphs.Count), paragraphs.Select(p => p.Number));
    }

    [Theory]
    [InlineData("Rubrik\n\nEn mening utan punkt på slutet men lång nog att inte vara en rubrik för den är lång och fortsätter och fortsätter ända tills den är över hundratjugo tecken", 1)]
    [InlineData("Rubrik\n\n2023-06-13\n\nSida 2 av 9\n\n", 0)]
    [InlineData("", 0)]
    public void Synthetic_texts_split_as_expected(string text, int paragraphs) =>
        Assert.Equal(paragraphs, ParagraphSplitter.Split(text).Paragraphs.Count);
}
