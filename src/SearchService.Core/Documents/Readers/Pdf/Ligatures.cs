using System.Text;

namespace SearchService.Core.Documents.Readers.Pdf;

/// <summary>Replaces typographic ligatures (ﬁ, ﬂ, ﬀ, ﬃ, ﬄ, ﬅ, ﬆ) with their letters and composes
/// letters a PDF gives as base plus combining mark (a + ̊ → å), so the words can be found.</summary>
internal static class Ligatures
{
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '\uFB00' => "ff",
                '\uFB01' => "fi",
                '\uFB02' => "fl",
                '\uFB03' => "ffi",
                '\uFB04' => "ffl",
                '\uFB05' or '\uFB06' => "st",
                _ => c.ToString(),
            });
        }
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
