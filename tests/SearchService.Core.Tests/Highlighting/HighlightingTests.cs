using SearchService.Core.Analysis;
using SearchService.Core.Highlighting;
using SearchService.Core.Search.Queries;

namespace SearchService.Core.Tests.Highlighting;

public class HighlightingTests
{
    private static IReadOnlyList<TextMark> Marks(string text, string query)
    {
        using var analysis = TextAnalysis.Create(AnalysisMode.Swedish);
        var built = new LuceneQueryBuilder(analysis).Build(UserQueryParser.Parse(query)!);
        return new MarkFinder(analysis.Analyzer).Find(text, built.Highlight);
    }

    [Fact]
    public void Stemmed_forms_are_marked_and_told_apart_from_the_typed_word()
    {
        const string text = "Fler vårdplatser behövs, och vårdplatsen på avdelningen räcker inte.";
        var marks = Marks(text, "vårdplatser");
        Assert.Equal(["vårdplatser", "vårdplatsen"], marks.Select(m => text[m.Start..m.End]));
        Assert.Equal([MarkKinds.Exact, MarkKinds.Stem], marks.Select(m => m.Kind));
    }

    [Fact]
    public void Excluded_words_are_not_marked()
    {
        const string text = "Tolk och vårdplatser.";
        Assert.Equal(["Tolk"], Marks(text, "tolk -vårdplatser").Select(m => text[m.Start..m.End]));
    }

    [Fact]
    public void Prefix_words_mark_every_word_they_start()
    {
        const string text = "Vårdcentralen och vårdplatserna, inte omsorgen.";
        Assert.Equal(["Vårdcentralen", "vårdplatserna"], Marks(text, "vård*").Select(m => text[m.Start..m.End]));
    }

    [Fact]
    public void Text_is_escaped_before_marks_are_inserted()
    {
        const string text = "<script>alert('x')</script> & \"vårdplatser\" <img src=x onerror=alert(1)>";
        var html = HtmlMarkup.Render(text, Marks(text, "vårdplatser"));
        Assert.Equal("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;<mark>vårdplatser</mark>&quot; &lt;img src=x onerror=alert(1)&gt;", html);
    }

    [Fact]
    public void A_broken_surrogate_pair_becomes_a_replacement_character()
    {
        Assert.Equal("a\uFFFDb\uD83D\uDE00", HtmlMarkup.Escape("a\uD800b\uD83D\uDE00"));
    }

    [Fact]
    public void The_snippet_is_the_window_around_the_matches_with_ellipses()
    {
        var filler = string.Join(' ', Enumerable.Repeat("ordet", 80));
        var text = $"{filler} här saknas vårdplatser i regionen {filler}";
        var snippet = SnippetWindow.Render(text, Marks(text, "vårdplatser"));
        Assert.StartsWith("…", snippet, StringComparison.Ordinal);
        Assert.EndsWith("…", snippet, StringComparison.Ordinal);
        Assert.Contains("<mark>vårdplatser</mark>", snippet, StringComparison.Ordinal);
        Assert.InRange(snippet.Replace("<mark>", "", StringComparison.Ordinal).Replace("</mark>", "", StringComparison.Ordinal).Length, 150, SnippetWindow.TargetLength + 2);
        Assert.DoesNotContain(" ordet…", snippet[..^1] + "x", StringComparison.Ordinal);
    }

    [Fact]
    public void A_short_paragraph_is_its_own_snippet()
    {
        const string text = "Fler vårdplatser.";
        Assert.Equal("Fler <mark>vårdplatser</mark>.", SnippetWindow.Render(text, Marks(text, "vårdplatser")));
    }
}
