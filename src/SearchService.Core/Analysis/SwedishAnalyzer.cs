using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Analysis.Standard;
using LuceneSwedishAnalyzer = Lucene.Net.Analysis.Sv.SwedishAnalyzer;
using Lucene.Net.Tartarus.Snowball.Ext;
using SearchService.Core.Indexing;

namespace SearchService.Core.Analysis;

/// <summary>
/// The service's Swedish text analysis: standard tokenizer, lower case, Swedish stop words and
/// Swedish Snowball stemming. One class so that later language work extends a single chain that
/// indexing, searching and highlighting all share.
/// </summary>
public sealed class SwedishAnalyzer : Analyzer
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
