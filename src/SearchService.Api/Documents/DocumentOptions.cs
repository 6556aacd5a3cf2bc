using System.ComponentModel.DataAnnotations;

namespace SearchService.Api.Documents;

/// <summary>The <c>Documents</c> configuration section: limits of the document write API.</summary>
public sealed class DocumentOptions
{
    public const string Section = "Documents";

    /// <summary>Largest accepted upload (file or JSON text), in bytes; larger requests get 413.</summary>
    [Range(1, 1L << 31)]
    public long MaxUploadBytes { get; set; } = 20 * 1024 * 1024;
}
