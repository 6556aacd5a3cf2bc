using System.Globalization;
using System.Text;

namespace SearchService.Bench.Corpus;

/// <summary>
/// Writes a corpus of exactly the requested number of paragraphs as .txt documents of 20–80
/// paragraphs: a markdown title naming the document's region, a date, and paragraphs from the seed
/// chain under markdown section headings. Each document is drawn from its own random stream derived
/// from the seed, so documents are generated in parallel and the same seed gives the same files.
/// </summary>
internal sealed class CorpusGenerator(SeedText seeds, int seed)
{
    public const int MinParagraphsPerDocument = 20;
    public const int MaxParagraphsPerDocument = 80;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly MarkovChain chain = new(seeds.Paragraphs);
    private readonly CompoundCoiner coiner = new(seeds.CompoundParts, seed);
    private readonly RegionSpread regions = new(seed);
    private readonly double meanLength = seeds.Lengths.Average();

    /// <summary>What was written.</summary>
    public sealed record Report(int Documents, int Paragraphs, long Bytes, int Compounds);

    private sealed record Plan(int Number, int ParagraphsBefore, int Paragraphs);

    /// <summary>Writes <paramref name="paragraphs"/> paragraphs into <paramref name="folder"/>, which
    /// appears only when complete (written under a temporary name, then renamed).</summary>
    public Report Write(int paragraphs, string folder)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(paragraphs);
        var partial = folder.TrimEnd('/') + ".partial";
        if (Directory.Exists(partial))
        {
            Directory.Delete(partial, recursive: true);
        }
        Directory.CreateDirectory(partial);
        var plans = Plans(paragraphs);
        long bytes = 0;
        Parallel.ForEach(plans, plan =>
        {
            var data = Utf8.GetBytes(Document(plan));
            File.WriteAllBytes(Path.Combine(partial, FileName(plan.Number)), data);
            Interlocked.Add(ref bytes, data.Length);
        });
        Directory.Move(partial, folder);
        return new Report(plans.Count, paragraphs, bytes, CompoundCoiner.Available((long)(paragraphs * meanLength)));
    }

    /// <summary>The file name of document <paramref name="number"/>.</summary>
    public static string FileName(int number) => string.Create(CultureInfo.InvariantCulture, $"d{number:D7}.txt");

    private List<Plan> Plans(int paragraphs)
    {
        var random = new Random(seed);
        var plans = new List<Plan>();
        var before = 0;
        while (before < paragraphs)
        {
            var count = Math.Min(random.Next(MinParagraphsPerDocument, MaxParagraphsPerDocument + 1), paragraphs - before);
            plans.Add(new Plan(plans.Count + 1, before, count));
            before += count;
        }
        return plans;
    }

    private string Document(Plan plan)
    {
        var random = new Random(Seeds.Mix(seed, plan.Number));
        var region = regions.Draw(random);
        var text = new StringBuilder(plan.Paragraphs * 400);
        var title = seeds.Headings[random.Next(seeds.Headings.Count)];
        text.Append("# ").Append(title).Append(region is null ? "" : " – Region " + region).Append("\n\n");
        text.Append(new DateOnly(2015, 1, 1).AddDays(random.Next(11 * 365)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append("\n\n");
        var wordsBefore = (long)(plan.ParagraphsBefore * meanLength);
        var untilHeading = random.Next(3, 9);
        for (var i = 0; i < plan.Paragraphs; i++)
        {
            if (--untilHeading == 0)
            {
                text.Append("## ").Append(seeds.Headings[random.Next(seeds.Headings.Count)]).Append("\n\n");
                untilHeading = random.Next(3, 9);
            }
            var words = chain.Walk(random, seeds.Lengths[random.Next(seeds.Lengths.Count)]);
            AppendParagraph(text, words, region, random, wordsBefore);
            wordsBefore += words.Count;
        }
        return text.ToString();
    }

    private void AppendParagraph(StringBuilder text, List<string> words, string? region, Random random, long wordsBefore)
    {
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (word.Contains(SeedText.RegionMark, StringComparison.Ordinal))
            {
                word = word.Replace(SeedText.RegionMark, "Region " + (region ?? regions.Any(random)), StringComparison.Ordinal);
            }
            else if (word.Length >= 5 && word.All(char.IsLower) && random.NextDouble() < CompoundCoiner.Rate)
            {
                word = coiner.Pick(random, CompoundCoiner.Available(wordsBefore + i));
            }
            if (i == words.Count - 1)
            {
                word = word.TrimEnd(',', ';', ':', '–', '-');
                if (word.Length == 0 || word[^1] is not ('.' or '!' or '?'))
                {
                    word += ".";
                }
            }
            text.Append(word).Append(i == words.Count - 1 ? "\n\n" : " ");
        }
    }
}
