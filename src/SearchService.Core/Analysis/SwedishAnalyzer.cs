using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using SearchService.Core.Indexing;
using LuceneSwedishAnalyzer = Lucene.Net.Analysis.Sv.SwedishAnalyzer;

namespace SearchService.Core.Analysis;

/// <summary>
/// The service's Swedish analysis, one chain per field, shared by indexing, querying and highlighting:
/// <list type="bullet">
/// <item><see cref="ParagraphFields.Text"/>, section, title: lower-case words (<see cref="WordTokenizer"/>),
/// hyphen ellipses completed, stop words dropped, consistent Snowball stems (<see cref="SwedishStem"/>).</item>
/// <item><see cref="ParagraphFields.TextParts"/>: only the stemmed parts of compound words.</item>
/// <item><see cref="ParagraphFields.TextWords"/>: the lower-case words as written, the vocabulary for suggestions.</item>
/// </list>
/// </summary>
public sealed class SwedishAnalyzer(CompoundLexicon lexicon) : Analyzer(PER_FIELD_REUSE_STRATEGY)
{
    /// <summary>The analyzer with the lexicon that ships with the service.</summary>
    public SwedishAnalyzer() : this(CompoundLexicon.Default)
    {
    }

    /// <inheritdoc />
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new WordTokenizer(reader);
        TokenStream stream = tokenizer;
        if (fieldName == ParagraphFields.TextWords)
        {
            return new TokenStreamComponents(tokenizer, stream);
        }
        stream = new HyphenEllipsisFilter(stream, lexicon);
        if (fieldName == ParagraphFields.TextParts)
        {
            stream = new CompoundPartFilter(stream, lexicon, partsOnly: true);
        }
        stream = new StopFilter(LuceneInfo.Version, stream, LuceneSwedishAnalyzer.DefaultStopSet);
        return new TokenStreamComponents(tokenizer, new SwedishStemFilter(stream));
    }
}
