namespace SearchService.Core.Search.Scoring;

/// <summary>
/// A counting collector that takes a segment's matches as one set (<see cref="DocBits"/>) rather than a call per
/// match: the count pass of a word in half the paragraphs passed 100,000 documents one by one through the
/// facet counts and the total.
/// </summary>
internal interface ISetCounter
{
    /// <summary>Counts every document of <paramref name="matches"/> in the current segment of <paramref name="maxDoc"/>
    /// documents, as collecting each would; the number of matches, or null (nothing counted) when this collector
    /// must take them one by one.</summary>
    int? CountAll(ulong[] matches, int maxDoc);
}
