using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Tartarus.Snowball.Ext;
using SearchService.Core.Indexing;
using LuceneSwedishAnalyzer = Lucene.Net.Analysis.Sv.SwedishAnalyzer;

namespace SearchService.Core.Analysis;

/// <summary>
/// Lucene's Swedish chain as it ships (what Elasticsearch's <c>swedish</c> analyzer does): standard
/// tokenizer, lower case, Swedish stop words, Snowball stemming. Kept as the baseline that
/// <see cref="AnalysisMode.Standard"/> indexes with, so the Swedish features can be measured against it.
/// </summary>
internal sealed class StandardSwedishAnalyzer : Analyzer
{
    /// <inheritdoc />
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(LuceneInfo.Version, reader);
        TokenStream stream = new LowerCaseFilter(LuceneInfo.Version, tokenizer);
        stream = new StopFilter(LuceneInfo.Version, stream, LuceneSwedishAnalyzer.DefaultStopSet);
        stream = new SnowballFilter(stream, new SwedishStemmer());
        return new TokenStreamComponents(tokenizer, stream);
    }
}
