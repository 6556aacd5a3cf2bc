using SearchService.Core.Documents;

namespace SearchService.Core.Tests.Documents;

// Issue 13, finding 5: a block with no blank line was one paragraph however long, and every hit on it
// was re-analysed and marked whole.
public class SentenceCutTests
{
    [Fact]
    public void A_block_of_a_megabyte_becomes_paragraphs_no_longer_than_the_limit_cut_at_sentence_ends()
    {
        var sentences = Enumerable.Range(1, 20_000).Select(i => $"Mening {i} handlar om vårdplatser i länet.").ToList();
        var block = string.Join(' ', sentences);

        var paragraphs = ParagraphSplitter.Split("# Lång text\n\n" + block).Paragraphs;

        Assert.True(block.Length > 800_000);
        Assert.All(paragraphs, p => Assert.InRange(p.Text.Length, 1, ParagraphSplitter.MaxParagraphLength));
        Assert.All(paragraphs, p => Assert.EndsWith("länet.", p.Text, StringComparison.Ordinal));
        Assert.Equal(block, string.Join(' ', paragraphs.Select(p => p.Text)));
        Assert.Equal(Enumerable.Range(1, paragraphs.Count), paragraphs.Select(p => p.Number));
        Assert.All(paragraphs.Zip(paragraphs.Skip(1)), pair => Assert.True(pair.First.StartOffset < pair.Second.StartOffset));
    }

    [Fact]
    public void A_sentence_longer_than_the_limit_is_cut_at_a_space_and_text_without_spaces_where_it_must()
    {
        var words = string.Join(' ', Enumerable.Repeat("vårdplatser", 1_000));
        var letters = new string('x', 10_000);

        var cutWords = SentenceCut.Pieces(words, 4_000).Select(p => words.Substring(p.Start, p.Length)).ToList();
        var cutLetters = SentenceCut.Pieces(letters, 4_000).Select(p => p.Length).ToList();

        Assert.All(cutWords, piece => Assert.Matches("^(vårdplatser ?)+$", piece));
        Assert.Equal(words, string.Concat(cutWords));
        Assert.Equal([4_000, 4_000, 2_000], cutLetters);
    }

    [Fact]
    public void A_paragraph_within_the_limit_is_kept_whole()
    {
        var text = string.Join(' ', Enumerable.Repeat("Vårdplatser ska bli fler.", 100));

        Assert.Equal(text, Assert.Single(ParagraphSplitter.Split(text).Paragraphs).Text);
    }
}
