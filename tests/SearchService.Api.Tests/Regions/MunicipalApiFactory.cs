using SearchService.Tests;

namespace SearchService.Api.Tests.Regions;

/// <summary>The API over the seeds plus three dated municipal documents whose text names no region:
/// one each from Kiruna kommun (Norrbotten), Malmö stad (Skåne) and Umeå kommun (Västerbotten).</summary>
public sealed class MunicipalApiFactory : SearchApiFactory
{
    public const string Kiruna = """
        Kiruna kommun

        Fler vårdplatser i Kiruna

        [2024-03-05]

        Kiruna kommun vill ha fler vårdplatser nära hemmet när staden flyttar. Kommunstyrelsen föreslår att de nya vårdplatserna byggs vid det nya centrumet.

        Kommunen planerar också fler platser i hemtjänsten under året.
        """;

    public const string Malmö = """
        Malmö stad

        Vårdplatser och korttidsboende

        [2023-05-10]

        Malmö stad behöver fler vårdplatser i korttidsboendet, enligt en rapport till kommunfullmäktige.
        """;

    public const string Umeå = """
        Umeå kommun

        Hemsjukvård och vårdplatser

        [2025-01-20]

        Umeå kommun och vårdcentralerna samarbetar så att färre behöver vårdplatser på sjukhuset. Hemsjukvården & "trygg hemgång" byggs ut.
        """;

    private static readonly TemporaryFolder Sources = WriteSources();

    public MunicipalApiFactory() : base(Sources.Path)
    {
    }

    private static TemporaryFolder WriteSources()
    {
        var folder = new TemporaryFolder();
        foreach (var seed in Directory.EnumerateFiles(RepositoryPaths.Seeds))
        {
            File.Copy(seed, Path.Combine(folder.Path, Path.GetFileName(seed)));
        }
        File.WriteAllText(Path.Combine(folder.Path, "kiruna-vardplatser.txt"), Kiruna);
        File.WriteAllText(Path.Combine(folder.Path, "malmo-korttid.txt"), Malmö);
        File.WriteAllText(Path.Combine(folder.Path, "umea-hemsjukvard.txt"), Umeå);
        return folder;
    }
}
