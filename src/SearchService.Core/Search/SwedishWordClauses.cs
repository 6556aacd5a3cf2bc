using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchService.Core.Analysis;
using SearchService.Core.Indexing;

namespace SearchService.Core.Search;

/// <summary>
/// The clauses the Swedish analysis adds to a single searched word, each weaker than the word itself
/// in the paragraph text (1.0), so a whole-word match always ranks first: the word as a compound part
/// (<see cref="PartBoost"/>), without diacritics (<see cref="FoldedBoost"/>), the parts of a compound
/// query word found as separate words (<see cref="SplitBoost"/>), and, when the word is rare in the
/// index, the index words it is a diacritic-less spelling of (<see cref="RestoredBoost"/>: "vardplatser"
/// finds "vårdplatser" as a word) or else its near spellings (<see cref="FuzzyBoost"/>). A word
/// common as typed (<see cref="CommonDocumentFrequency"/>) only gets the part clause, and a phrase of
/// such words no folded phrase.
/// </summary>
public sealed class SwedishWordClauses(Analyzer analyzer)
{
    /// <summary>Weight of a match on a compound part.</summary>
    public const float PartBoost = 0.5f;

    /// <summary>Weight of a match with diacritics folded.</summary>
    public const float FoldedBoost = 0.4f;

    /// <summary>Weight of the parts of a compound query word occurring as words.</summary>
    public const float SplitBoost = 0.3f;

    /// <summary>Weight of an index word whose diacritics the typed word left out.</summary>
    public const float RestoredBoost = 0.8f;

    /// <summary>Weight of a near spelling at one edit (two edits count half of it).</summary>
    public const float FuzzyBoost = 0.3f;

    /// <summary>A word found in at most this many paragraphs is treated as possibly misspelt.</summary>
    public const int RareDocumentFrequency = 2;

    /// <summary>A word found as typed in at least this many paragraphs gets neither the folded nor the
    /// split clause: what they add would rank below this many whole-word matches, and at a million
    /// paragraphs they were most of the query's cost (the split of a common compound is a conjunction
    /// of two common words).</summary>
    public const int CommonDocumentFrequency = 1_000;

    private const int FuzzyTermLimit = 5;

    /// <summary>Adds the clauses for the word <paramref name="typed"/>, analysed to <paramref name="term"/>, to <paramref name="query"/>.</summary>
    public void AddTo(DisjunctionMaxQuery query, string typed, string term, IndexReader? reader, HighlightTerms? highlight)
    {
        query.Add(Boosted(new TermQuery(new Term(ParagraphFields.TextParts, term)), PartBoost));
        highlight?.PartTerms.Add(term);
        var asTyped = reader?.DocFreq(new Term(ParagraphFields.Text, term)) ?? 0;
        if (asTyped >= CommonDocumentFrequency)
        {
            return;
        }

        var folded = TokenReader.Read(analyzer, ParagraphFields.TextFolded, typed).Where(t => t.Type != TokenSources.Compound).ToList();
        if (folded.Count == 1)
        {
            query.Add(Boosted(new TermQuery(new Term(ParagraphFields.TextFolded, folded[0].Term)), FoldedBoost));
            highlight?.FoldedTerms.Add(folded[0].Term);
        }
        if (Split(typed, highlight) is { } split)
        {
            query.Add(Boosted(split, SplitBoost));
        }
        if (reader is null)
        {
            return;
        }
        var asWritten = asTyped + reader.DocFreq(new Term(ParagraphFields.TextParts, term));
        if (asWritten > RareDocumentFrequency)
        {
            return;
        }
        highlight?.RareWords.Add(typed.ToLowerInvariant());
        var restored = DiacriticRestorations.Find(reader, ParagraphFields.Text, term, FuzzyTermLimit);
        foreach (var word in restored)
        {
            AddAlternative(query, word, RestoredBoost);
            highlight?.FoldedTerms.Add(word);
        }
        if (restored.Count > 0)
        {
            return;
        }
        foreach (var neighbour in VocabularyNeighbours.Find(reader, ParagraphFields.Text, term, FuzzyTermLimit))
        {
            AddAlternative(query, neighbour.Term, FuzzyBoost / neighbour.Distance);
            highlight?.FuzzyTerms.Add(neighbour.Term);
        }
    }

    private static void AddAlternative(DisjunctionMaxQuery query, string term, float boost)
    {
        query.Add(Boosted(new TermQuery(new Term(ParagraphFields.Text, term)), boost));
        query.Add(Boosted(new TermQuery(new Term(ParagraphFields.TextParts, term)), boost * PartBoost));
    }

    /// <summary>A phrase without diacritics, for a searched phrase whose <paramref name="words"/> (analysed
    /// as typed) are not all common in the index.</summary>
    public Query? FoldedPhrase(string text, IEnumerable<string> words, IndexReader? reader)
    {
        if (reader is not null && words.All(word => reader.DocFreq(new Term(ParagraphFields.Text, word)) >= CommonDocumentFrequency))
        {
            return null;
        }
        var tokens = TokenReader.Read(analyzer, ParagraphFields.TextFolded, text).Where(t => t.Type != TokenSources.Compound).ToList();
        if (tokens.Count < 2)
        {
            return null;
        }
        var phrase = new Lucene.Net.Search.PhraseQuery();
        foreach (var token in tokens)
        {
            phrase.Add(new Term(ParagraphFields.TextFolded, token.Term), token.Position);
        }
        return Boosted(phrase, FoldedBoost);
    }

    // "personalbrist" also finds "brist på personal": every part of the compound, as a word or a part.
    private BooleanQuery? Split(string typed, HighlightTerms? highlight)
    {
        var word = typed.ToLowerInvariant();
        var parts = new Decompounder(CompoundLexicon.Default).OutermostSplit(word);
        if (parts.Count < 2)
        {
            return null;
        }
        var all = new BooleanQuery();
        foreach (var part in parts)
        {
            var tokens = TokenReader.Read(analyzer, ParagraphFields.Text, word.Substring(part.Start, part.Length));
            if (tokens.Count != 1)
            {
                return null;
            }
            var either = new SmallDisjunctionMaxQuery(0.0f)
            {
                new TermQuery(new Term(ParagraphFields.Text, tokens[0].Term)),
                new TermQuery(new Term(ParagraphFields.TextParts, tokens[0].Term)),
            };
            all.Add(either, Occur.MUST);
            highlight?.PartTerms.Add(tokens[0].Term);
        }
        return all;
    }

    private static Query Boosted(Query query, float boost)
    {
        query.Boost = boost;
        return query;
    }
}
