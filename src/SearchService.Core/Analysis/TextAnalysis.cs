using Lucene.Net.Analysis;
using SearchService.Core.Analysis.Lexicon;

namespace SearchService.Core.Analysis;

/// <summary>
/// One text analysis as a whole: its <see cref="AnalysisMode"/>, the analyzer of that mode and, for the
/// Swedish analysis, the lexicon and the per-thread decompounder the analyzer's chains share (and so
/// their caches). The index writer, the query builder and the highlighter all take this one object, so
/// the mode a query is built for cannot differ from the analyzer its words go through.
/// </summary>
public sealed class TextAnalysis : IDisposable
{
    private TextAnalysis(AnalysisMode mode, Analyzer analyzer)
    {
        Mode = mode;
        Analyzer = analyzer;
    }

    /// <summary>Which analysis this is.</summary>
    public AnalysisMode Mode { get; }

    /// <summary>The analyzer of <see cref="Mode"/>, for indexing, queries and highlighting.</summary>
    public Analyzer Analyzer { get; }

    /// <summary>The lexicon the Swedish analysis stands on; null for <see cref="AnalysisMode.Standard"/>.</summary>
    public SwedishLexicon? Lexicon => (Analyzer as SwedishAnalyzer)?.Lexicon;

    /// <summary>The calling thread's decompounder, the one the analyzer's chains share, for splitting a query
    /// word as the index split it; null for <see cref="AnalysisMode.Standard"/>.</summary>
    public Decompounder? Decompounder => (Analyzer as SwedishAnalyzer)?.Decompounder;

    /// <summary>The calling thread's lemmatiser, the one the analyzer's chains share; null for <see cref="AnalysisMode.Standard"/>.</summary>
    internal SwedishLemmatizer? Lemmatizer => (Analyzer as SwedishAnalyzer)?.Lemmatizer;

    /// <summary>The analysis of <paramref name="mode"/>: <see cref="SwedishAnalyzer"/> over
    /// <see cref="SwedishLexicon.Default"/>, or Lucene's chain (<see cref="StandardSwedishAnalyzer"/>).</summary>
    public static TextAnalysis Create(AnalysisMode mode) =>
        new(mode, mode == AnalysisMode.Standard ? new StandardSwedishAnalyzer() : new SwedishAnalyzer());

    /// <inheritdoc />
    public void Dispose() => Analyzer.Dispose();
}
