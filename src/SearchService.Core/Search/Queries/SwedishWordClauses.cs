using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchService.Core.Analysis;
using SearchService.Core.Indexing;
using SearchService.Core.Search.Scoring;

namespace SearchService.Core.Search.Queries;

/// <summary>
/// The clauses the Swedish analysis adds to a single searched word, each weaker than the word itself
/// in the paragraph text (1.0), so a whole-word match always ranks first: the word as a compound part
/// (<see cref="Ranking.PartBoost"/>), the index's spellings of it with other diacritics
/// (<see cref="Ranking.FoldedBoost"/>: "vardplatser" finds "vårdplatser", "sjukvården" finds "sjukvarden",
/// words and parts alike, found in the term dictionary at query time by <see cref="DiacriticRestorations"/>),
/// the parts of a compound query word found as separate words (<see cref="Ranking.SplitBoost"/>), and, when the
/// word is rare in the index, its other spellings weigh more (<see cref="Ranking.RestoredBoost"/>) or else its
/// near spellings are searched (<see cref="Ranking.FuzzyBoost"/>). A word common as typed
/// (<see cref="Ranking.CommonDocumentFrequency"/>) only gets the part clause, and a phrase of such words no
/// other spellings.
/// </summary>
internal sealed class SwedishWordClauses(TextAnalysis analysis)
{
    private readonly Analyzer analyzer = analysis.Analyzer;

    /// <summary>Adds the clauses for the word <paramref name="typed"/>, analysed to <paramref name="term"/>,
    /// to <paramref name="query"/>; without a <paramref name="reader"/> only the part and split clauses.
    /// An excluded (<paramref name="negated"/>) word gets no near spellings, and near spellings are looked
    /// up only as far as <paramref name="budget"/> allows.</summary>
    public void AddTo(DisjunctionMaxQuery query, string typed, string term, IndexReader? reader, HighlightTerms? highlight, bool negated = false, NeighbourBudget? budget = null)
    {
        query.Add(Boosted(new TermQuery(new Term(ParagraphFields.TextParts, term)), Ranking.PartBoost));
        highlight?.PartTerms.Add(term);
        var asTyped = reader?.DocFreq(new Term(ParagraphFields.Text, term)) ?? 0;
        if (asTyped >= Ranking.CommonDocumentFrequency)
        {
            return;
        }
        var found = asTyped + (reader?.DocFreq(new Term(ParagraphFields.TextParts, term)) ?? 0);
        if (Split(typed, reader) is (var split, var splitWord))
        {
            query.Add(Boosted(split, Ranking.SplitBoost));
            highlight?.SplitWords.Add(splitWord);
            if (reader is not null && found < Ranking.RelaxBelow)
            {
                query.Add(Boosted(ModifierAlone(split), Ranking.ModifierBoost));
            }
        }
        if (reader is null)
        {
            return;
        }
        var rare = !negated && found <= Ranking.RareDocumentFrequency;
        var boost = rare ? Ranking.RestoredBoost : Ranking.FoldedBoost;
        var written = typed.ToLowerInvariant();
        var words = Spellings(reader, term, written, budget);
        foreach (var word in words)
        {
            query.Add(Boosted(new TermQuery(new Term(ParagraphFields.Text, word)), boost));
            highlight?.FoldedTerms.Add(word);
        }
        var parts = DiacriticRestorations.Find(reader, ParagraphFields.TextParts, term, Ranking.SpellingsPerWord, budget);
        foreach (var part in parts)
        {
            query.Add(Boosted(new TermQuery(new Term(ParagraphFields.TextParts, part)), boost * Ranking.PartBoost));
            highlight?.FoldedPartTerms.Add(part);
        }
        if (!rare)
        {
            return;
        }
        highlight?.RareWords.Add(written);
        if (words.Count > 0 || parts.Count > 0)
        {
            return;
        }
        foreach (var (neighbour, distance) in Neighbours(reader, written, term, budget))
        {
            query.Add(Boosted(new TermQuery(new Term(ParagraphFields.Text, neighbour)), Ranking.FuzzyBoost / distance));
            query.Add(Boosted(new TermQuery(new Term(ParagraphFields.TextParts, neighbour)), Ranking.FuzzyBoost / distance * Ranking.PartBoost));
            highlight?.FuzzyTerms.Add(neighbour);
        }
    }

    // The index's spellings of a word with other diacritics, among the base forms and among the words as
    // written, whose base forms count: a word typed without its diacritics need not analyse like the
    // word with them ("ostlanken" is no form of "östlänk", "storst" none of "stor").
    private List<string> Spellings(IndexReader reader, string term, string written, NeighbourBudget? budget) =>
        [.. DiacriticRestorations.Find(reader, ParagraphFields.Text, term, Ranking.SpellingsPerWord, budget)
            .Union(BaseForms(DiacriticRestorations.Find(reader, ParagraphFields.TextWords, written, Ranking.SpellingsPerWord, budget)))
            .Where(w => w != term)];

    // Near spellings among the words as written (by their base forms): a misspelt word does not
    // lemmatise like the word ("eritera" is no form of "eritrea"); among the base forms only when that
    // finds none, so a rare word costs one lookup of the request's budget.
    private IEnumerable<(string Term, int Distance)> Neighbours(IndexReader reader, string written, string term, NeighbourBudget? budget)
    {
        var found = VocabularyNeighbours.Find(reader, ParagraphFields.TextWords, written, Ranking.SpellingsPerWord, budget: budget)
            .SelectMany(n => BaseForms([n.Term]).Select(t => (Term: t, n.Distance)))
            .Where(n => n.Term != term)
            .ToList();
        if (found.Count == 0)
        {
            found = [.. VocabularyNeighbours.Find(reader, ParagraphFields.Text, term, Ranking.SpellingsPerWord, budget: budget).Select(n => (n.Term, n.Distance))];
        }
        return found.GroupBy(n => n.Term).Select(g => (g.Key, g.Min(n => n.Distance))).OrderBy(n => n.Item2).Take(Ranking.SpellingsPerWord);
    }

    private IEnumerable<string> BaseForms(IEnumerable<string> words) =>
        words.Select(w => TokenReader.Read(analyzer, ParagraphFields.Text, w)).Where(t => t.Count == 1).Select(t => t[0].Term);

    /// <summary>The searched phrase with each word also in the index's spellings of it with other
    /// diacritics; null when there are none, or when every word is common as typed. Spellings are looked up
    /// only as far as <paramref name="budget"/> allows.</summary>
    public Query? FoldedPhrase(string text, IReadOnlyList<AnalyzedToken> tokens, IndexReader? reader, HighlightTerms? highlight, NeighbourBudget? budget = null)
    {
        if (reader is null || tokens.All(t => reader.DocFreq(new Term(ParagraphFields.Text, t.Term)) >= Ranking.CommonDocumentFrequency))
        {
            return null;
        }
        var phrase = new MultiPhraseQuery();
        var respelled = false;
        foreach (var token in tokens)
        {
            var written = text[token.Start..token.End].ToLowerInvariant();
            var spellings = Spellings(reader, token.Term, written, budget);
            respelled |= spellings.Count > 0;
            foreach (var spelling in spellings)
            {
                highlight?.FoldedTerms.Add(spelling);
            }
            phrase.Add([.. spellings.Prepend(token.Term).Select(t => new Term(ParagraphFields.Text, t))], token.Position);
        }
        return respelled ? Boosted(phrase, Ranking.FoldedBoost) : null;
    }

    // "personalbrist" also finds "brist på personal", "vårdplatsbrist" "brist på vårdplatser": the
    // compound's modifier and head, each as a word or a part.
    // A part found nowhere makes the clause match nothing: it is left out, and its parts are not
    // marked (a typo can look like a compound: "vårdplaster" is "vård" + "plaster").
    private (BooleanQuery Query, SplitWord Parts)? Split(string typed, IndexReader? reader)
    {
        var word = typed.ToLowerInvariant();
        if (analysis.Decompounder?.ModifierAndHead(word) is not var (modifier, head))
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
            var either = new SmallDisjunctionMaxQuery(Ranking.WordOrPartTieBreaker)
            {
                new TermQuery(new Term(ParagraphFields.Text, tokens[0].Term)),
                new TermQuery(new Term(ParagraphFields.TextParts, tokens[0].Term)),
            };
            all.Add(either, Occur.MUST);
        }
        return (all, new SplitWord(terms[0], terms[1]));
    }

    private static SmallDisjunctionMaxQuery ModifierAlone(BooleanQuery split)
    {
        var alone = new SmallDisjunctionMaxQuery(Ranking.WordOrPartTieBreaker);
        foreach (var clause in (SmallDisjunctionMaxQuery)split.Clauses[0].Query)
        {
            alone.Add((Query)clause.Clone());
        }
        return alone;
    }

    private static Query Boosted(Query query, float boost)
    {
        query.Boost = boost;
        return query;
    }
}
