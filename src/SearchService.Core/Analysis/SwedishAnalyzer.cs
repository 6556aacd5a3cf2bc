using Lucene.Net.Analysis;
using SearchService.Core.Analysis.Lexicon;
using SearchService.Core.Indexing;

namespace SearchService.Core.Analysis;

/// <summary>
/// The service's Swedish analysis, one chain per field, shared by indexing, querying and highlighting:
/// <list type="bullet">
/// <item><see cref="ParagraphFields.Text"/>, section, title: lower-case words (<see cref="WordTokenizer"/>),
/// hyphen ellipses completed, stop words dropped, base forms (<see cref="SwedishLemmatizer"/>).</item>
/// <item><see cref="ParagraphFields.TextParts"/>: only the base forms of the parts of compound words.</item>
/// <item><see cref="ParagraphFields.TextWords"/>: the lower-case words as written, stop words dropped, the vocabulary for suggestions.</item>
/// </list>
/// What each field makes of the words is <see cref="Analysis.FieldTerms"/>.
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

    /// <summary>The lemmatiser of the calling thread, the one its analysis chains share: for asking whether the
    /// dictionary knows a query word.</summary>
    internal SwedishLemmatizer Lemmatizer => perThread.Value!.Item2;

    /// <summary>The lexicon the analysis stands on.</summary>
    public SwedishLexicon Lexicon => lexicon;

    /// <summary>This thread's analysis of a paragraph's text for all three fields from one tokenisation: for indexing
    /// and for marking a hit. One instance serves both, since it holds only the text read last: indexing reads a
    /// paragraph and Lucene consumes its streams before the thread reads the next, and nothing marks in between.</summary>
    public ParagraphTokenStreams ParagraphStreams() =>
        LazyInitializer.EnsureInitialized(ref paragraphStreams, () => new ThreadLocal<ParagraphTokenStreams>(() => new ParagraphTokenStreams(this))).Value!;

    /// <inheritdoc />
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new WordTokenizer(reader);
        if (fieldName == ParagraphFields.TextWords)
        {
            return new TokenStreamComponents(tokenizer, new FieldTermsFilter(tokenizer, FieldTerms(FieldTermKind.Written)));
        }
        var words = new HyphenEllipsisFilter(tokenizer, perThread.Value!.Item1);
        return new TokenStreamComponents(tokenizer,
            new FieldTermsFilter(words, FieldTerms(fieldName == ParagraphFields.TextParts ? FieldTermKind.Parts : FieldTermKind.BaseForms)));
    }

    /// <summary>The rules that make a field's terms of its words (<see cref="Analysis.FieldTerms"/>), with this
    /// thread's decompounder and lemmatiser.</summary>
    internal FieldTerms FieldTerms(FieldTermKind kind)
    {
        var (decompounder, lemmatizer) = perThread.Value!;
        return new FieldTerms(kind, decompounder, lemmatizer);
    }

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
