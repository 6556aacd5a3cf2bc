using SearchService.Core.Highlighting;
using SearchService.Core.Search.Queries;

namespace SearchService.Core.Tests.Search.Queries;

// The parts terms a hit may be marked for are made once per query, so they must follow the sets as a relaxed
// query adds to them, and a term in several sets takes the strongest kind.
public sealed class HighlightTermsTests
{
    [Fact]
    public void Part_kinds_take_the_strongest_kind_and_follow_terms_added_later()
    {
        var terms = new HighlightTerms();
        terms.PartTerms.Add("vård");
        terms.FoldedPartTerms.Add("vård");
        terms.FoldedPartTerms.Add("skane");
        Assert.Equal(new Dictionary<string, string> { ["vård"] = MarkKinds.Compound, ["skane"] = MarkKinds.Folded }, terms.PartKinds);

        terms.FuzzyTerms.Add("vrd");
        terms.FuzzyTerms.Add("skane");
        Assert.Equal(
            new Dictionary<string, string> { ["vård"] = MarkKinds.Compound, ["skane"] = MarkKinds.Folded, ["vrd"] = MarkKinds.Fuzzy },
            terms.PartKinds);
    }
}
