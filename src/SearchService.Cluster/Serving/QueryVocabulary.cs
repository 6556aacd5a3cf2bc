namespace SearchService.Cluster.Serving;

/// <summary>A term that is a searched word but for its diacritics, with the paragraphs holding it.</summary>
public sealed record Spelling(string Term, int DocumentFrequency);

/// <summary>A term near a searched word, its edit distance, and the paragraphs holding it.</summary>
public sealed record NearTerm(string Term, int Distance, int DocumentFrequency);

/// <summary>
/// The vocabulary figures a query's build decides by (what <c>ICorpusVocabulary</c> answers), each keyed by
/// field and term (<see cref="CorpusStatistics.Key"/>): document frequencies, and every other-diacritics
/// spelling and every near term of a word with its document frequency. Sent to the shards, the whole
/// corpus's figures; from a shard, those of its own index that the sent ones lacked.
/// </summary>
/// <param name="DocFreqs">Paragraphs holding each term.</param>
/// <param name="Restorations">Each word's spellings with other diacritics.</param>
/// <param name="Neighbours">Each word's near terms.</param>
public sealed record QueryVocabulary(
    Dictionary<string, int> DocFreqs,
    Dictionary<string, List<Spelling>> Restorations,
    Dictionary<string, List<NearTerm>> Neighbours)
{
    /// <summary>No figures.</summary>
    public static QueryVocabulary Empty() => new(new(StringComparer.Ordinal), new(StringComparer.Ordinal), new(StringComparer.Ordinal));

    /// <summary>Whether there are no figures.</summary>
    public bool IsEmpty => DocFreqs.Count == 0 && Restorations.Count == 0 && Neighbours.Count == 0;
}
