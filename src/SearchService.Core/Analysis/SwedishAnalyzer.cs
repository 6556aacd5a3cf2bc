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
/// <item><see cref="ParagraphFields.TextWords"/>: the lower-case words as written, stop words dropped, the vocabulary for suggestions.</item>
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

    private ThreadLocal<ParagraphTokenStreams>? paragraphStreams;

    /// <summary>The decompounder of the calling thread, the one its analysis chains share (and so its
    /// caches): for splitting a query word as the index split it.</summary>
    public Decompounder Decompounder => perThread.Value!.Item1;

    /// <summary>The lexicon the analysis stands on.</summary>
    public SwedishLexicon Lexicon => lexicon;

    /// <summary>This thread's streams for indexing a paragraph's text in all three fields from one tokenisation.</summary>
    public ParagraphTokenStreams ParagraphStreams() =>
        LazyInitializer.EnsureInitialized(ref paragraphStreams, () => new ThreadLocal<ParagraphTokenStreams>(() => new ParagraphTokenStreams(this))).Value!;

    // The field name under which the chains' common beginning (words and completed ellipses) is read once for
    // ParagraphTokenStreams; never indexed.
    internal const string WordsAndEllipses = "\0words-and-ellipses";

    /// <inheritdoc />
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new WordTokenizer(reader);
        if (fieldName == ParagraphFields.TextWords)
        {
            return new TokenStreamComponents(tokenizer, WrittenWords(tokenizer));
        }
        var (decompounder, lemmatizer) = perThread.Value!;
        TokenStream words = new HyphenEllipsisFilter(tokenizer, decompounder);
        return new TokenStreamComponents(tokenizer,
            fieldName == WordsAndEllipses ? words : Terms(words, fieldName == ParagraphFields.TextParts, decompounder, lemmatizer));
    }

    /// <summary>The rest of a field's chain over its words (with completed ellipses): for the parts field only
    /// the parts of compounds, then stop words dropped, then base forms.</summary>
    internal TokenStream Terms(TokenStream words, bool partsOnly)
    {
        var (decompounder, lemmatizer) = perThread.Value!;
        return Terms(words, partsOnly, decompounder, lemmatizer);
    }

    private static TokenStream Terms(TokenStream words, bool partsOnly, Decompounder decompounder, SwedishLemmatizer lemmatizer)
    {
        var stream = partsOnly ? new CompoundPartFilter(words, decompounder, partsOnly: true) : words;
        return new SwedishStemFilter(WithoutStopWords(stream), lemmatizer);
    }

    /// <summary>The rest of <see cref="ParagraphFields.TextWords"/>'s chain over its words: stop words dropped, as
    /// from every other text field. No query searches one ("och" alone is refused, and in a query it is
    /// dropped), so a stop word there only made a suggestion no search can use ("ochh" → "och") and cost indexing
    /// a third of the field's tokens.</summary>
    internal static TokenStream WrittenWords(TokenStream words) => WithoutStopWords(words);

    private static TokenStream WithoutStopWords(TokenStream stream) =>
        new StopFilter(LuceneInfo.Version, stream, LuceneSwedishAnalyzer.DefaultStopSet);

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            perThread.Dispose();
            paragraphStreams?.Dispose();
        }
        base.Dispose(disposing);
    }
}
