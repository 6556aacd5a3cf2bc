namespace SearchService.Core.Search.Queries;

/// <summary>
/// The figures a query's build decides by when they must be a whole corpus's rather than the searched
/// index's: how many paragraphs hold a term (is a word rare, common, found at all) and which other
/// spellings of a word the vocabulary has. A cluster's shard holds part of the corpus, so a word rare on it
/// may be common in the whole, and its own vocabulary lacks spellings other shards have; with the
/// corpus's figures every shard builds the query one index over the whole corpus would. A null answer:
/// not known, read the index (<see cref="QueryTerms"/>).
/// </summary>
internal interface ICorpusVocabulary
{
    /// <summary>Paragraphs of the corpus (Lucene's <c>maxDoc</c> over every index of it): with
    /// <see cref="DocFreq"/>, how much a typed form narrows its word (<c>Ranking.WrittenFormWeight</c>).</summary>
    int? Documents { get; }

    /// <summary>Paragraphs of the corpus holding <paramref name="text"/> in <paramref name="field"/>.</summary>
    int? DocFreq(string field, string text);

    /// <summary>Every term of <paramref name="field"/> that is <paramref name="term"/> but for its diacritics,
    /// with its document frequency in the corpus (<see cref="DiacriticRestorations.Candidates"/>).</summary>
    IReadOnlyList<(string Term, int DocumentFrequency)>? Restorations(string field, string term, NeighbourBudget? budget);

    /// <summary>Every term of <paramref name="field"/> near <paramref name="term"/>, with its document frequency in
    /// the corpus (<see cref="VocabularyNeighbours.Find"/> with the default edits and prefix, unlimited).</summary>
    IReadOnlyList<Neighbour>? Neighbours(string field, string term, NeighbourBudget? budget);
}
