using System.Text;
using SearchService.Tests;

namespace SearchService.Api.Tests.Follow;

/// <summary>The API over one document of <see cref="Paragraphs"/> short paragraphs that all mention
/// vårdplatser: more matches than search's 10,000-hit window.</summary>
public sealed class ManyMatchesApiFactory : SearchApiFactory
{
    public const int Paragraphs = 10_050;

    private static readonly TemporaryFolder Sources = WriteSources();

    public ManyMatchesApiFactory() : base(Sources.Path)
    {
    }

    private static TemporaryFolder WriteSources()
    {
        var folder = new TemporaryFolder();
        var text = new StringBuilder("Region Skåne\n\nVårdplatser i protokollet\n\n");
        for (var i = 1; i <= Paragraphs; i++)
        {
            text.Append("Punkt ").Append(i).Append(": fler vårdplatser, sa \"nämnden\".\n\n");
        }
        File.WriteAllText(Path.Combine(folder.Path, "protokoll.txt"), text.ToString());
        return folder;
    }
}
