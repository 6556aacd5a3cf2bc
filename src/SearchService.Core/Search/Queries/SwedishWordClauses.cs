using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Spans;
using SearchService.Core.Analysis;
using SearchService.Core.Highlighting;
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
    /// to <paramref name="query"/>; without the index's <paramref name="terms"/> only the part and split clauses.
    /// How far the word is expanded is decided from its statistics, read once per query (<see cref="QueryTerms"/>).
    /// An excluded (<paramref name="negated"/>) word gets no near spellings, and near spellings are looked
    /// up only as far as <paramref name="budget"/> allows.</summary>
    public void AddTo(DisjunctionMaxQuery query, string typed, string term, QueryTerms? terms, HighlightTerms? highlight, bool negated = false, NeighbourBudget? budget = null)
    {
        var asTyped = terms?.DocFreq(ParagraphFields.Text, term) ?? 0;
        query.Add(Boosted(QueryTerms.Query(terms, ParagraphFields.TextParts, term), Ranking.PartBoostFor(asTyped)));
        highlight?.PartTerms.Add(term);
        // The other base form an adjective's forms are read as, no rarer than the word itself: a rare verb reading
        // ("samstämmer" for "samstämd") is not to outrank the word.
        foreach (var other in analysis.Decompounder?.Lexicon.AdjectiveReadings(term) ?? [])
        {
            var paragraphs = terms?.DocFreq(ParagraphFields.Text, other) ?? 1;
            if (paragraphs > 0)
            {
                var rarity = terms is null ? 1f : Ranking.BlendedRarity(paragraphs, asTyped, terms.Documents);
                query.Add(Boosted(QueryTerms.Query(terms, ParagraphFields.Text, other), Ranking.AdjectiveReadingBoost * rarity));
                highlight?.Terms.Add(other);
            }
        }
        if (asTyped >= Ranking.CommonDocumentFrequency)
        {
            return;
        }
        var found = asTyped + (terms?.DocFreq(ParagraphFields.TextParts, term) ?? 0);
        if (Split(typed, terms) is (var split, var splitWord))
        {
            query.Add(Boosted(split, Ranking.SplitBoost));
            highlight?.SplitWords.Add(splitWord);
            if (terms is not null && found < Ranking.RelaxBelow)
            {
                query.Add(Boosted(ModifierAlone(splitWord.Modifier), Ranking.ModifierBoost));
                highlight?.ModifierTerms.Add(splitWord.Modifier);
            }
        }
        if (terms is null)
        {
            return;
        }
        var rare = !negated && found <= Ranking.RareDocumentFrequency;
        var boost = rare ? Ranking.RestoredBoost : Ranking.FoldedBoost;
        var written = typed.ToLowerInvariant();
        var words = Spellings(terms, term, written, budget);
        foreach (var (word, writtenAs) in words)
        {
            query.Add(Boosted(Word(terms, word, writtenAs), boost));
            highlight?.FoldedTerms.Add(word);
        }
        var parts = terms.Restorations(ParagraphFields.TextParts, term, Ranking.SpellingsPerWord, budget);
        foreach (var part in parts)
        {
            query.Add(Boosted(terms.Query(ParagraphFields.TextParts, part), boost * Ranking.PartBoostFor(terms.DocFreq(ParagraphFields.Text, part))));
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
        var neighbours = Neighbours(terms, written, term, budget).ToList();
        // One rarity for every near spelling in a field, that of the most common: as Lucene's fuzzy query blends them.
        var mostInText = neighbours.Select(n => terms.DocFreq(ParagraphFields.Text, n.Term)).DefaultIfEmpty(0).Max();
        var mostInParts = neighbours.Select(n => terms.DocFreq(ParagraphFields.TextParts, n.Term)).DefaultIfEmpty(0).Max();
        foreach (var (neighbour, writtenAs, distance) in neighbours)
        {
            query.Add(Boosted(Word(terms, neighbour, writtenAs), Ranking.FuzzyBoost / distance
                * Ranking.BlendedRarity(terms.DocFreq(ParagraphFields.Text, neighbour), mostInText, terms.Documents)));
            // Its parts weigh as the word's own would (Ranking.PartBoostFor): at the full part weight a typo of a
            // common word ranked its compounds first ("förtreonde": "politikerförtroende" above "förtroende").
            query.Add(Boosted(terms.Query(ParagraphFields.TextParts, neighbour), Ranking.FuzzyBoost / distance
                * Ranking.PartBoostFor(terms.DocFreq(ParagraphFields.Text, neighbour))
                * Ranking.BlendedRarity(terms.DocFreq(ParagraphFields.TextParts, neighbour), mostInParts, terms.Documents)));
            highlight?.FuzzyTerms.Add(neighbour);
        }
    }

    /// <summary>The spelling with å, ä or ö that the index has of <paramref name="written"/>, a word it never has as
    /// written: the user left the diacritics out ("lander" for "länder", "rattigheterna" for "rättigheterna"). Only
    /// diacritics are added, none taken away ("ovänlig" is not "ovanlig"); of several, the one with the fewest letters
    /// changed, then the commonest ("gangen": "gången" before "gängen"). Null when the index has the word as
    /// written, has no such spelling, or the request's budget allows no lookup.
    /// Asked before the word's own clauses are built: whether its base form is common in the index does not
    /// matter, since a word left without its diacritics often reads as another, common word ("ratt", "land").</summary>
    public string? Respelling(string written, QueryTerms? terms, NeighbourBudget? budget)
    {
        if (terms is null || terms.DocFreq(ParagraphFields.TextWords, written) > 0)
        {
            return null;
        }
        budget?.BeginWord(written);
        return terms.Restorations(ParagraphFields.TextWords, written, Ranking.SpellingsPerWord, budget)
            .FirstOrDefault(spelling => DiacriticFolding.AddsDiacritics(written, spelling));
    }

    /// <summary>The word of the index one edit from <paramref name="written"/>, a word neither the index has as written
    /// nor the dictionary knows, which the rule stemmer changed into <paramref name="term"/>: a typo whose letters the
    /// stemmer read as another word ("naturigt" as "natur", "skyddde" as "skydd", "kvinnoorna" as "kvinno", a fragment
    /// of "kvinno- och tjejjourer"), so it was never searched for near spellings. The near word's base form is not
    /// <paramref name="term"/>; of several, the commonest. Null when none is one edit away, and for a word the stemmer
    /// leaves as it is: the index may have it inside compounds or in other forms ("petersberg" of
    /// "petersbergsuppgifter", the corpus's own "entrepenören").</summary>
    public string? NearSpelling(string written, string term, QueryTerms? terms, NeighbourBudget? budget)
    {
        if (terms is null || term == written || analysis.Lemmatizer is not { } lemmatizer
            || terms.DocFreq(ParagraphFields.TextWords, written) > 0 || lemmatizer.Lemma(written) is not null)
        {
            return null;
        }
        budget?.BeginWord(written);
        return terms.Neighbours(ParagraphFields.TextWords, written, Ranking.SpellingsPerWord, budget)
            .TakeWhile(n => n.Distance == 1)
            .Select(n => n.Term)
            .FirstOrDefault(near => WithBaseForms([near]).Any(w => w.Term != term));
    }

    /// <summary>The text clause of a word: its base form <paramref name="term"/>, with a bonus
    /// (<see cref="Ranking.WrittenFormWeight"/>) where the paragraph has it written as <paramref name="written"/>.</summary>
    public static Query WithWrittenForm(QueryTerms? terms, string term, string written)
    {
        var weight = terms is null ? Ranking.WrittenFormBoost
            : Ranking.WrittenFormWeight(terms.DocFreq(ParagraphFields.Text, term), terms.DocFreq(ParagraphFields.TextWords, written), terms.Documents);
        return new TermSumQuery(
            QueryTerms.Query(terms, ParagraphFields.Text, term),
            (TermQuery)Boosted(QueryTerms.Query(terms, ParagraphFields.TextWords, written), weight));
    }

    /// <summary>The term of the compound that two query words side by side make when written together
    /// ("asyl prövning" → "asylprövning", "utbildning verksamhet" → "utbildningsverksamhet", with a linking
    /// form of the first word), when the index has it; otherwise null. Algolia's concatenation: a user who
    /// writes a compound's parts apart still finds the compound first.</summary>
    public string? Joined(string first, string second, QueryTerms terms)
    {
        if (analysis.Decompounder is not { } decompounder || first.Length < Decompounder.MinimumPartLength || second.Length < Decompounder.MinimumPartLength)
        {
            return null;
        }
        var (modifier, head) = (first.ToLowerInvariant(), second.ToLowerInvariant());
        if (!modifier.All(char.IsLetter) || !head.All(char.IsLetter) || TokenReader.Read(analyzer, ParagraphFields.Text, modifier) is not [var modifierToken])
        {
            return null;
        }
        // The decompounder must split the joined word right after the linking form, into the typed
        // modifier's base form: "vårdplats" + "brist", not a word that merely begins the same way. Of the linking
        // forms the index has compounds of, the commonest: the corpus's own "utbildningminister" is no reason to
        // miss its 1 400 "utbildningsminister".
        string? best = null;
        var bestParagraphs = 0;
        foreach (var form in LinkingForms(modifier))
        {
            var written = form + head;
            if (decompounder.ModifierAndHead(written) is var (split, _) && split.Length == form.Length
                && TokenReader.Read(analyzer, ParagraphFields.Text, split.Lemma) is [var splitToken] && splitToken.Term == modifierToken.Term
                && TokenReader.Read(analyzer, ParagraphFields.Text, written) is [var joined]
                && terms.DocFreq(ParagraphFields.Text, joined.Term) is var paragraphs && paragraphs > bestParagraphs)
            {
                (best, bestParagraphs) = (joined.Term, paragraphs);
            }
        }
        return best;
    }

    // A word's candidate forms at the start of a compound: as written, with a linking s, with a linking e after
    // a consonant (skatt → skatte-, lön → löne-), without its final vowel (skola → skol-) or with an s in its place
    // (arbete → arbets-), with its final a as o (hälsa → hälso-), e (flicka → flicke-), u (gata → gatu-) or es
    // (hyra → hyres-).
    private static IEnumerable<string> LinkingForms(string word)
    {
        yield return word;
        yield return word + "s";
        if (word[^1] is 'a' or 'e' or 'o')
        {
            yield return word[..^1];
            yield return word[..^1] + "s";
        }
        else if (word[^1] is not ('i' or 'u' or 'y' or 'å' or 'ä' or 'ö'))
        {
            yield return word + "e";
        }
        if (word[^1] == 'a')
        {
            yield return word[..^1] + "o";
            yield return word[..^1] + "e";
            yield return word[..^1] + "u";
            yield return word[..^1] + "es";
        }
    }

    // The index's spellings of a word with other diacritics, among the base forms and among the words as
    // written, whose base forms count (with the written form, which the paragraphs that have it as
    // written rank first by): a word typed without its diacritics need not analyse like the
    // word with them ("ostlanken" is no form of "östlänk", "storst" none of "stor").
    private List<(string Term, string? Written)> Spellings(QueryTerms terms, string term, string written, NeighbourBudget? budget) =>
        [.. terms.Restorations(ParagraphFields.Text, term, Ranking.SpellingsPerWord, budget).Select(t => (Term: t, Written: (string?)null))
            .Concat(WithBaseForms(terms.Restorations(ParagraphFields.TextWords, written, Ranking.SpellingsPerWord, budget)).Select(w => (w.Term, Written: (string?)w.Written)))
            .Where(w => w.Term != term)
            .GroupBy(w => w.Term).Select(g => g.OrderBy(w => w.Written is null).First())];

    // Near spellings among the words as written (by their base forms): a misspelt word does not
    // lemmatise like the word ("eritera" is no form of "eritrea"); among the base forms only when that
    // finds none, so a rare word costs one lookup of the request's budget. Only the nearest are kept
    // (Meilisearch's and Algolia's "fewer typos first"): a spelling two edits away is searched only when none
    // is one edit away, so it neither outranks the word meant ("grupparas": "gruppers" of the common "grupp"
    // above "grupperas") nor swells the total with its matches.
    private IEnumerable<(string Term, string? Written, int Distance)> Neighbours(QueryTerms terms, string written, string term, NeighbourBudget? budget)
    {
        var found = terms.Neighbours(ParagraphFields.TextWords, written, Ranking.SpellingsPerWord, budget)
            .SelectMany(n => WithBaseForms([n.Term]).Select(t => (t.Term, Written: (string?)t.Written, n.Distance)))
            .Where(n => n.Term != term)
            .ToList();
        if (found.Count == 0)
        {
            found = [.. terms.Neighbours(ParagraphFields.Text, term, Ranking.SpellingsPerWord, budget).Select(n => (n.Term, (string?)null, n.Distance))];
        }
        var nearest = found.Count == 0 ? 0 : found.Min(n => n.Distance);
        return found.Where(n => n.Distance == nearest).GroupBy(n => n.Term).Select(g => g.First()).Take(Ranking.SpellingsPerWord);
    }

    // Words as written with their base forms.
    private IEnumerable<(string Term, string Written)> WithBaseForms(IEnumerable<string> words) =>
        words.Select(w => (Tokens: TokenReader.Read(analyzer, ParagraphFields.Text, w), Written: w)).Where(t => t.Tokens.Count == 1).Select(t => (t.Tokens[0].Term, t.Written));

    // A base form's text clause, with the written-form bonus when the written form is known.
    private static Query Word(QueryTerms terms, string term, string? written) => written is null ? terms.Query(ParagraphFields.Text, term) : WithWrittenForm(terms, term, written);

    /// <summary>The searched phrase with each word also in the index's spellings of it with other
    /// diacritics; null when there are none, or when every word is common as typed. Spellings are looked up
    /// only as far as <paramref name="budget"/> allows.</summary>
    public Query? FoldedPhrase(string text, IReadOnlyList<AnalyzedToken> tokens, QueryTerms? terms, HighlightTerms? highlight, NeighbourBudget? budget = null)
    {
        if (terms is null || tokens.All(t => terms.DocFreq(ParagraphFields.Text, t.Term) >= Ranking.CommonDocumentFrequency))
        {
            return null;
        }
        var phrase = new MultiPhraseQuery();
        var respelled = false;
        foreach (var token in tokens)
        {
            var written = text[token.Start..token.End].ToLowerInvariant();
            var spellings = Spellings(terms, token.Term, written, budget).ConvertAll(s => s.Term);
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
    // compound's modifier and head as words within the reach the marks show (SplitEvidence.Reach words).
    // As words or parts anywhere in the paragraph they found unrelated words: "vårdplatser" matched
    // "arbetsplats … vårdtagare" above paragraphs with "vårdplatser" itself. (The parts field has no
    // positions: they would cost index size for this one clause.)
    // A part found nowhere makes the clause match nothing: it is left out, and its parts are not
    // marked (a typo can look like a compound: "vårdplaster" is "vård" + "plaster").
    private (SpanNearQuery Query, SplitWord Parts)? Split(string typed, QueryTerms? terms)
    {
        var word = typed.ToLowerInvariant();
        if (analysis.Decompounder?.ModifierAndHead(word) is not var (modifier, head))
        {
            return null;
        }
        var partTerms = new List<string>();
        foreach (var part in (CompoundPart[])[modifier, head])
        {
            var tokens = TokenReader.Read(analyzer, ParagraphFields.Text, part.Lemma);
            if (tokens.Count != 1 || (terms is not null && terms.DocFreq(ParagraphFields.Text, tokens[0].Term) == 0))
            {
                return null;
            }
            partTerms.Add(tokens[0].Term);
        }
        var near = new SpanNearQuery([new SpanTermQuery(new Term(ParagraphFields.Text, partTerms[0])), new SpanTermQuery(new Term(ParagraphFields.Text, partTerms[1]))], SplitEvidence.Reach - 1, inOrder: false);
        return (near, new SplitWord(partTerms[0], partTerms[1]));
    }

    private static SmallDisjunctionMaxQuery ModifierAlone(string modifier) => new(Ranking.WordOrPartTieBreaker)
    {
        new TermQuery(new Term(ParagraphFields.Text, modifier)),
        new TermQuery(new Term(ParagraphFields.TextParts, modifier)),
    };

    private static Query Boosted(Query query, float boost)
    {
        query.Boost = boost;
        return query;
    }
}
