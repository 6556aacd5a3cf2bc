using System.Globalization;

namespace SearchService.Api.Tests.Metrics;

/// <summary>Reads samples out of a Prometheus text exposition.</summary>
internal static class PrometheusText
{
    /// <summary>The sum of the samples of <paramref name="name"/> whose labels contain every one of <paramref name="labels"/>
    /// (written as in the exposition, <c>reason="unreadable"</c>); null when there is none.</summary>
    public static double? Sum(string exposition, string name, params string[] labels)
    {
        double? sum = null;
        foreach (var line in exposition.Split('\n'))
        {
            if (line.StartsWith('#') || !(line.StartsWith(name + "{", StringComparison.Ordinal) || line.StartsWith(name + " ", StringComparison.Ordinal)))
            {
                continue;
            }
            var labelEnd = line.LastIndexOf('}');
            var labelText = labelEnd < 0 ? "" : line[..labelEnd];
            if (labels.All(l => labelText.Contains(l, StringComparison.Ordinal)))
            {
                var value = line[(labelEnd + 1)..].Trim().Split(' ')[0];
                sum = (sum ?? 0) + double.Parse(value, CultureInfo.InvariantCulture);
            }
        }
        return sum;
    }
}
