using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchService.Core.Analysis;
using SearchService.Core.Analysis.Lexicon;
using SearchService.Core.Indexing;

namespace SearchService.Core.Search;

/// <summary>
/// The clauses the Swedish analysis adds to a single searched word, each weaker than the word itself
/// in the paragraph text (1.0), so a whole-word match always ranks first: the word as a compound part
/// (<see cref="PartBoost"/>), the index's spellings of it with other diacritics
/// (<see cref="FoldedBoost"/>: "vardplatser" finds "vårdplatser", "sjukvården" finds "sjukvarden",
/// words and parts alike, found in the term dictionary at query time by <see cref="DiacriticRestorations"/>),
/// the parts of a compound query word found as separate words (<see cref="SplitBoost"/>), and, when the
/// word is rare in the index, its other spellings weigh more (<see cref="RestoredBoost"/>) or else its
/// near spellings are searched (<see cref="FuzzyBoost"/>). A word common as typed
/// (<see cref="CommonDocumentFrequency"/>) only gets the part clause, and a phrase of such words no
/// other spellings.
/// </summary>
public sealed class SwedishWordClauses(Analyzer analyzer)
{
    /// <summary>Weight of a match on a compound part.</summary>
    public const float PartBoost = 0.5f;

    /// <summary>Weight of a spelling that differs from the typed word only in its diacritics.</summary>
    public const float FoldedBoost = 0.4f;

    /// <summary>Weight of the parts of a compound query word occurring as words.</summary>
    public const float SplitBoost = 0.3f;

    /// <summary>Weight of an other-diacritics spelling when the word as typed is rare: the typed word
    /// most likely lacks the diacritics the index has.</summary>
    public const float RestoredBoost = 0.8f;

    /// <summary>Weight of a near spelling at one edit (two edits count half of it).</summary>
    public const float FuzzyBoost = 0.3f;

    /// <summary>A word found in at most this many paragraphs is treated as possibly misspelt.</summary>
    public const int RareDocumentFrequency = 2;

    /// <summary>A word found as typed in at least this many paragraphs gets neither the other-diacritics
    /// nor the split clause: what they add would rank below this many whole-word matches, and at a
    /// million paragraphs they were most of the query's cost (the split of a common compound is a
    /// conjunction of two common words).</summary>
    public const int CommonDocumentFrequency = 1_000;

    private const int SpellingLimit = 5;

    /// <summary>Adds the clauses for the word <paramref name="typed"/>, analysed to <paramref name="term"/>,
    /// to <paramref name="query"/>; without a <paramref name="reader"/> only the part and split clauses.
    /// An excluded (<paramref name="negated"/>) word gets no near spellings.</summary>
    public void AddTo(DisjunctionMaxQuery query, string typed, string term, IndexReader? reader, HighlightTerms? highlight, bool negated = false)
    {
        query.Add(Boosted(new TermQuery(new Term(ParagraphFields.TextParts, term)), PartBoost));
        highlight?.PartTerms.Add(term);
        var asTyped = reader?.DocFreq(new Term(ParagraphFields.Text, term)) ?? 0;
        if (asTyped >= CommonDocumentFrequency)
        {
            return;
        }
        if (Split(typed, reader, highlight) is { } split)
        {
            query.Add(Boosted(split, SplitBoost));
        }
        if (reader is null)
        {
            return;
        }
        var rare = !negated && asTyped + reader.DocFreq(new Term(ParagraphFields.TextParts, term)) <= RareDocumentFrequency;
        var boost = rare ? RestoredBoost : FoldedBoost;
        var words = DiacriticRestorations.Find(reader, ParagraphFields.Text, term, SpellingLimit);
        foreach (var word in words)
        {
            query.Add(Boosted(new TermQuery(new Term(ParagraphFields.Text, word)), boost));
            highlight?.FoldedTerms.Add(word);
        }
        var parts = DiacriticRestorations.Find(reader, ParagraphFields.TextParts, term, SpellingLimit);
        foreach (var part in parts)
        {
            query.Add(Boosted(new TermQuery(new Term(ParagraphFields.TextParts, part)), boost * PartBoost));
            highlight?.FoldedPartTerms.Add(part);
        }
        if (!rare)
        {
            return;
        }
        highlight?.RareWords.Add(typed.ToLowerInvariant());
        if (words.Count > 0 || parts.Count > 0)
        {
            return;
        }
        foreach (var neighbour in VocabularyNeighbours.Find(reader, ParagraphFields.Text, term, SpellingLimit))
        {
            query.Add(Boosted(new TermQuery(new Term(ParagraphFields.Text, neighbour.Term)), FuzzyBoost / neighbour.Distance));
            query.Add(Boosted(new TermQuery(new Term(ParagraphFields.TextParts, neighbour.Term)), FuzzyBoost / neighbour.Distance * PartBoost));
            highlight?.FuzzyTerms.Add(neighbour.Term);
        }
    }

    /// <summary>The searched phrase with each word also in the index's spellings of it with other
    /// diacritics; null when there are none, or when every word is common as typed.</summary>
    public Query? FoldedPhrase(IReadOnlyList<AnalyzedToken> tokens, IndexReader? reader, HighlightTerms? highlight)
    {
        if (reader is null || tokens.All(t => reader.DocFreq(new Term(ParagraphFields.Text, t.Term)) >= CommonDocumentFrequency))
        {
            return null;
        }
        var phrase = new MultiPhraseQuery();
        var respelled = false;
        foreach (var token in tokens)
        {
            var spellings = DiacriticRestorations.Find(reader, ParagraphFields.Text, token.Term, SpellingLimit);
            respelled |= spellings.Count > 0;
            foreach (var spelling in spellings)
            {
                highlight?.FoldedTerms.Add(spelling);
            }
            phrase.Add([.. spellings.Prepend(token.Term).Select(t => new Term(ParagraphFields.Text, t))], token.Position);
        }
        return respelled ? Boosted(phrase, FoldedBoost) : null;
    }

    // "personalbrist" also finds "brist på personal", "vårdplatsbrist" "brist på vårdplatser": the
    // compound's modifier and head, each as a word or a part.
    // A part found nowhere makes the clause match nothing: it is left out, and its parts are not
    // marked (a typo can look like a compound: "vårdplaster" is "vård" + "plaster").
    private BooleanQuery? Split(string typed, IndexReader? reader, HighlightTerms? highlight)
    {
        var word = typed.ToLowerInvariant();
        if (new Decompounder(SwedishLexicon.Default).ModifierAndHead(word) is not var (modifier, head))
        {
            return null;
        }
        var all = new BooleanQuery();
        var terms = new List<string>();
        foreach (var part in (CompoundPart[])[modifier, head])
        {
            var tokens = TokenReader.Read(analyzer, ParagraphFields.Text, part.Lemma);
            if (tokens.Count != 1 || (reader is not null && reader.DocFreq(new Term(ParagraphFields.Text, tokens[0].Term)) + reader.DocFreq(new Term(ParagraphFields.TextParts, tokens[0].Term)) == 0))
            {
                return null;
            }
            terms.Add(tokens[0].Term);
            var either = new SmallDisjunctionMaxQuery(0.0f)
            {
                new TermQuery(new Term(ParagraphFields.Text, tokens[0].Term)),
                new TermQuery(new Term(ParagraphFields.TextParts, tokens[0].Term)),
            };
            all.Add(either, Occur.MUST);
        }
        highlight?.PartTerms.UnionWith(terms);
        return all;
    }

    private static Query Boosted(Query query, float boost)
    {
        query.Boost = boost;
        return query;
    }
}
