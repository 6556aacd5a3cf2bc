using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SearchService.Core.Documents;

/// <summary>
/// Finds a place by the name people type: any case, hyphens, slashes and spaces alike, a prefix
/// ("region ") or suffix (" län", " kommun") and a genitive s dropped, and without diacritics when that
/// leaves only one place ("skane" is Skåne; a folded name two places share is found only as written).
/// </summary>
internal sealed partial class NameLookup<T>
    where T : class
{
    private readonly Dictionary<string, T> written = new(StringComparer.Ordinal);
    private readonly Dictionary<string, T?> folded = new(StringComparer.Ordinal);
    private readonly string[] prefixes;
    private readonly string[] suffixes;

    /// <summary>A lookup of <paramref name="names"/> (a place may have several), stripping any of
    /// <paramref name="prefixes"/> and <paramref name="suffixes"/> (lower case, with their spaces).</summary>
    public NameLookup(IEnumerable<(string Name, T Place)> names, string[] prefixes, string[] suffixes)
    {
        this.prefixes = prefixes;
        this.suffixes = suffixes;
        foreach (var (name, place) in names)
        {
            written[Key(name)] = place;
            var key = Fold(Key(name));
            // A folded name of two places (Habo, Håbo) finds neither.
            folded[key] = folded.TryGetValue(key, out var known) && !ReferenceEquals(known, place) ? null : place;
        }
    }

    /// <summary>The place <paramref name="name"/> names, or null.</summary>
    public T? Find(string name)
    {
        var key = Key(name);
        return Candidates(key, prefixes, suffixes).Select(c => written.GetValueOrDefault(c)).FirstOrDefault(p => p is not null)
            ?? Candidates(Fold(key), [.. prefixes.Select(Fold)], [.. suffixes.Select(Fold)])
                .Select(c => folded.GetValueOrDefault(c)).FirstOrDefault(p => p is not null);
    }

    private static IEnumerable<string> Candidates(string key, string[] prefixes, string[] suffixes)
    {
        var bare = prefixes.FirstOrDefault(p => key.StartsWith(p, StringComparison.Ordinal)) is { } prefix ? key[prefix.Length..] : key;
        var stem = suffixes.OrderByDescending(s => s.Length).FirstOrDefault(s => bare.EndsWith(s, StringComparison.Ordinal)) is { } suffix
            ? bare[..^suffix.Length]
            : bare;
        foreach (var candidate in new[] { key, bare, stem }.Distinct())
        {
            yield return candidate;
            // The genitive: "Skånes", "Lunds kommun", "Västra Götalandsregionen" less its suffix.
            if (candidate.Length > 2 && candidate[^1] == 's')
            {
                yield return candidate[..^1];
            }
        }
    }

    private static string Key(string name) => Separators().Replace(name.Trim().ToLowerInvariant(), " ");

    private static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    [GeneratedRegex(@"[\s\-/_]+")]
    private static partial Regex Separators();
}
