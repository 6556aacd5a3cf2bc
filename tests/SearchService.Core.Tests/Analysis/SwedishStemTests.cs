using SearchService.Core.Analysis;

namespace SearchService.Core.Tests.Analysis;

public class SwedishStemTests
{
    [Theory]
    [InlineData("vårdplats", "vårdplat")]
    [InlineData("landstings", "landsting")]
    [InlineData("arbetet", "arb")]
    [InlineData("kurs", "kur")]
    [InlineData("hus", "hus")]
    [InlineData("process", "process")]
    public void Normalize_drops_genitive_s_and_definite_et_in_region_one(string stem, string normalized) =>
        Assert.Equal(normalized, SwedishStem.Normalize(stem));

    [Theory]
    [InlineData("arbete", "arbetet", "arbeten")]
    [InlineData("budget", "budgeten", "budgetens")]
    [InlineData("kurs", "kurser", "kursen")]
    public void All_forms_of_a_word_get_one_stem(params string[] forms)
    {
        var stem = new SwedishStem();
        Assert.Single(forms.Select(stem.Of).Distinct());
    }
}
