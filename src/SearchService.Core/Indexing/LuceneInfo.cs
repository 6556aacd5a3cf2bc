using Lucene.Net.Util;

namespace SearchService.Core.Indexing;

/// <summary>The one Lucene version every analyzer, writer and parser in the service is created with.</summary>
public static class LuceneInfo
{
    /// <summary>Index format and analysis behaviour version.</summary>
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;
}
