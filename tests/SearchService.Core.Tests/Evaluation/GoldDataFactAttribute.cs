using SearchService.Tests;

namespace SearchService.Core.Tests.Evaluation;

/// <summary>A test that scores the analysis against the third-party gold data in
/// <c>../shared/eval/analysis</c> (beside the checkout, as in CI). The data is not part of the project, so
/// without it the test is skipped with the reason, never passed.</summary>
public sealed class GoldDataFactAttribute : FactAttribute
{
    /// <summary>The folder of <c>compounds.tsv</c> and <c>lemmas.tsv</c>.</summary>
    public static string Folder => Path.GetFullPath(Path.Combine(RepositoryPaths.Root, "..", "shared", "eval", "analysis"));

    public GoldDataFactAttribute()
    {
        if (!File.Exists(Path.Combine(Folder, "compounds.tsv")) || !File.Exists(Path.Combine(Folder, "lemmas.tsv")))
        {
            Skip = $"The gold data is not at {Folder}: analysis floors skipped (it is present in CI beside the checkout).";
        }
    }
}
