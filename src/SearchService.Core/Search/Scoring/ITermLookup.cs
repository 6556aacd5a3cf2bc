using Lucene.Net.Index;

namespace SearchService.Core.Search.Scoring;

/// <summary>
/// A query's term lookups, each term sought once per segment by the query's build and kept
/// (<see cref="Queries.QueryTerms"/>). The term-at-a-time search reads every clause's postings in a
/// count pass and asks each segment's frequencies several times; seeking each term again through a new
/// terms enumerator for every one of those was the largest single cost of a word with many matches
/// (a fifth of "våld i nära relationer"), and its allocations most of the rest.
/// </summary>
internal interface ITermLookup
{
    /// <summary>The paragraphs of the whole index holding <paramref name="term"/> (at least those of any
    /// one segment).</summary>
    int DocFreq(Term term);

    /// <summary>A terms enumerator of <paramref name="leaf"/> positioned on <paramref name="term"/>, or null
    /// when the segment lacks it; valid until the next call.</summary>
    TermsEnum? Positioned(AtomicReaderContext leaf, Term term);
}
