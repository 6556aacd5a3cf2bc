using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using SearchService.Core.Analysis;
using SearchService.Core.Documents;
using SearchService.Core.Indexing;
using SearchService.Tests;

namespace SearchService.Core.Tests.Analysis;

// Indexing and highlighting read a paragraph's words once for its three text fields, without the analyzer's
// Lucene stages; each field must still get exactly the tokens (terms, positions, offsets, types, and the final
// state the indexer reads after the last token) that the analyzer's chain gives that field on its own, which is
// what queries are built on.
public class ParagraphTokenStreamsTests
{
    private static readonly string[] Fields = [ParagraphFields.Text, ParagraphFields.TextParts, ParagraphFields.TextWords];

    private static readonly string[] Written =
    [
        "Hälso- och sjukvården har brist på vårdplatser- och personal.",
        "kvälls-, natt- och helgöppet; vårdplats- och personalbristen i regionen",
        "Antalet vårdplatser ska öka med 2,5 procent till 10.000 år 2025, och det är",
        "covid-19 visade att IT-stöd och e-hälsa behövs - men inte",
        "och att det",
        "",
        "Vårdplatsbrist - eller",
        "Arbetsmarknadsutbildningarna för långtidsarbetslösa ungdomar inom kommunerna och regionerna",
        new string('x', 300) + " vård",
        "a- och b- och c; ett- två- tre- och fyrahundra",
        "bil- respektive; ö- och å-; vård- x omsorg- och tandvården",
        "Hälso- och sjukvård- och omsorgsnämnden har 10.000 kr:s budget 2024-2025",
    ];

    public static TheoryData<string> Texts()
    {
        var data = new TheoryData<string>();
        foreach (var text in Written)
        {
            data.Add(text);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Each_field_gets_the_tokens_the_analyzer_gives_it_on_its_own(string text)
    {
        using var analyzer = new SwedishAnalyzer();
        var streams = analyzer.ParagraphStreams();

        streams.Read(text);

        Assert.Equal(Tokens(analyzer.GetTokenStream(ParagraphFields.Text, text)), Tokens(streams.Text));
        Assert.Equal(Tokens(analyzer.GetTokenStream(ParagraphFields.TextParts, text)), Tokens(streams.Parts));
        Assert.Equal(Tokens(analyzer.GetTokenStream(ParagraphFields.TextWords, text)), Tokens(streams.Words));
    }

    [Fact]
    public void Every_seed_paragraph_gets_in_each_field_the_tokens_the_analyzer_gives_it()
    {
        using var analyzer = new SwedishAnalyzer();
        var streams = analyzer.ParagraphStreams();
        var paragraphs = SourceFolder.Files(RepositoryPaths.Seeds)
            .SelectMany(f => SourceFolder.Parse(Path.GetFileName(f), File.ReadAllBytes(f), null).Paragraphs)
            .Select(p => p.Text).ToList();
        Assert.True(paragraphs.Count > 100);

        var compared = 0;
        foreach (var text in paragraphs)
        {
            // Read again for each field: a stream replays the text read last, as often as the indexer asks.
            streams.Read(text);
            for (var i = 0; i < Fields.Length; i++)
            {
                var replayed = i switch { 0 => streams.Text, 1 => streams.Parts, _ => streams.Words };
                Assert.Equal(Tokens(analyzer.GetTokenStream(Fields[i], text)), Tokens(replayed));
                compared++;
            }
        }
        Assert.Equal(paragraphs.Count * Fields.Length, compared);
    }

    // Every token's term, increment, offsets and type, then the final increment and offset after End.
    private static List<string> Tokens(TokenStream stream)
    {
        var tokens = new List<string>();
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        try
        {
            stream.Reset();
            while (stream.IncrementToken())
            {
                tokens.Add($"{term} +{increment.PositionIncrement} {offset.StartOffset}-{offset.EndOffset} {type.Type}");
            }
            stream.End();
            tokens.Add($"end +{increment.PositionIncrement} {offset.StartOffset}-{offset.EndOffset}");
        }
        finally
        {
            stream.Dispose();
        }
        return tokens;
    }
}
