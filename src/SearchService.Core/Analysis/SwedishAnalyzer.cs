using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using SearchService.Core.Analysis.Lexicon;
using SearchService.Core.Indexing;
using LuceneSwedishAnalyzer = Lucene.Net.Analysis.Sv.SwedishAnalyzer;

namespace SearchService.Core.Analysis;

/// <summary>
/// The service's Swedish analysis, one chain per field, shared by indexing, querying and highlighting:
/// <list type="bullet">
/// <item><see cref="ParagraphFields.Text"/>, section, title: lower-case words (<see cref="WordTokenizer"/>),
/// hyphen ellipses completed, stop words dropped, base forms (<see cref="SwedishLemmatizer"/>).</item>
/// <item><see cref="ParagraphFields.TextParts"/>: only the base forms of the parts of compound words.</item>
/// <item><see cref="ParagraphFields.TextWords"/>: the lower-case words as written, the vocabulary for suggestions.</item>
/// </list>
/// </summary>
public sealed class SwedishAnalyzer(SwedishLexicon lexicon) : Analyzer(PER_FIELD_REUSE_STRATEGY)
{
    /// <summary>The analyzer with the lexicon the service loads (<see cref="SwedishLexicon.Default"/>).</summary>
    public SwedishAnalyzer() : this(SwedishLexicon.Default)
    {
    }

    // Lucene keeps one chain per field and thread; the chains of one thread share one decompounder and
    // lemmatiser, so a word is split and lemmatised once for all fields (text, parts, section, title).
    private readonly ThreadLocal<(Decompounder, SwedishLemmatizer)> perThread = new(() =>
    {
        var decompounder = new Decompounder(lexicon);
        return (decompounder, new SwedishLemmatizer(decompounder));
    });

    /// <summary>The decompounder of the calling thread, the one its analysis chains share (and so its
    /// caches): for splitting a query word as the index split it.</summary>
    public Decompounder Decompounder => perThread.Value!.Item1;

    /// <summary>The lexicon the analysis stands on.</summary>
    public SwedishLexicon Lexicon => lexicon;

    /// <inheritdoc />
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new WordTokenizer(reader);
        TokenStream stream = tokenizer;
        if (fieldName == ParagraphFields.TextWords)
        {
            return new TokenStreamComponents(tokenizer, stream);
        }
        var (decompounder, lemmatizer) = perThread.Value!;
        stream = new HyphenEllipsisFilter(stream, decompounder);
        if (fieldName == ParagraphFields.TextParts)
        {
            stream = new CompoundPartFilter(stream, decompounder, partsOnly: true);
        }
        stream = new StopFilter(LuceneInfo.Version, stream, LuceneSwedishAnalyzer.DefaultStopSet);
        return new TokenStreamComponents(tokenizer, new SwedishStemFilter(stream, lemmatizer));
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            perThread.Dispose();
        }
        base.Dispose(disposing);
    }
}
