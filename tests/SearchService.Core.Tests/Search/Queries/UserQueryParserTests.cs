using SearchService.Core.Search.Queries;

namespace SearchService.Core.Tests.Search.Queries;

public class UserQueryParserTests
{
    [Fact]
    public void Words_side_by_side_are_an_implicit_all()
    {
        var all = Assert.IsType<AllQuery>(UserQueryParser.Parse("psykisk ohälsa"));
        Assert.False(all.IsExplicit);
        Assert.Equal([new WordQuery("psykisk"), new WordQuery("ohälsa")], all.Parts);
    }

    [Theory]
    [InlineData("tolk OR vårdplatser")]
    [InlineData("tolk ELLER vårdplatser")]
    [InlineData("tolk eller vårdplatser")]
    public void Or_and_eller_make_an_any(string input)
    {
        var any = Assert.IsType<AnyQuery>(UserQueryParser.Parse(input));
        Assert.Equal(2, any.Parts.Count);
    }

    [Theory]
    [InlineData("vård -privat")]
    [InlineData("vård INTE privat")]
    [InlineData("vård NOT privat")]
    public void Exclusions_are_not_queries(string input)
    {
        var all = Assert.IsType<AllQuery>(UserQueryParser.Parse(input));
        Assert.Equal(new ExcludedQuery(new WordQuery("privat")), all.Parts[1]);
    }

    [Fact]
    public void Quotes_make_a_phrase_and_an_unclosed_quote_closes_at_the_end()
    {
        Assert.Equal(new QuotedPhraseQuery("våld i nära relationer"), UserQueryParser.Parse("\"våld i nära relationer\""));
        Assert.Equal(new QuotedPhraseQuery("våld i nära"), UserQueryParser.Parse("\"våld i nära"));
    }

    [Fact]
    public void A_trailing_star_makes_a_prefix_and_a_leading_one_is_dropped()
    {
        Assert.Equal(new WordQuery("vård", IsPrefix: true), UserQueryParser.Parse("vård*"));
        Assert.Equal(new WordQuery("vård"), UserQueryParser.Parse("*vård"));
    }

    [Fact]
    public void Parentheses_group_and_explicit_och_requires_all()
    {
        var all = Assert.IsType<AllQuery>(UserQueryParser.Parse("(tolk ELLER vård) OCH region"));
        Assert.True(all.IsExplicit);
        Assert.IsType<AnyQuery>(all.Parts[0]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("OR")]
    [InlineData("()")]
    [InlineData("\"\"")]
    [InlineData("- ")]
    public void Nothing_to_search_for_parses_to_null(string input) =>
        Assert.Null(UserQueryParser.Parse(input));

    [Theory]
    [InlineData("((((((((((((((((((((vård")]
    [InlineData("vård))))")]
    [InlineData("a OR OR b")]
    [InlineData("-(-(-x))")]
    [InlineData("title:foo~2 bar^3 [a TO b] {c}")]
    [InlineData("\\vård\"")]
    public void Malformed_input_never_throws_and_still_finds_its_words(string input)
    {
        var parsed = UserQueryParser.Parse(input);
        Assert.NotNull(parsed);
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_is_flattened()
    {
        var deep = new string('(', 1000) + "vård" + new string(')', 1000);
        Assert.Equal(new WordQuery("vård"), UserQueryParser.Parse(deep));
    }
}
