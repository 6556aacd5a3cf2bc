using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using SearchService.Core.Indexing;

namespace SearchService.Core.Search.Scoring;

/// <summary>
/// Every knob of ranking in one place: the similarity, the weight of each field, how a word's fields
/// combine, how many of several words must match, the weights of the clauses the Swedish analysis adds
/// to a word, and the thresholds that decide when a search relaxes or a word gets other spellings. The
/// query builder (<c>LuceneQueryBuilder</c>, <c>SwedishWordClauses</c>) reads them here; the
/// term-at-a-time path reads them from the built query's weights, so it cannot disagree.
/// <para>
/// The similarity is Lucene's classic TF-IDF (<see cref="DefaultSimilarity"/>, Lucene.Net 4.8's
/// default), shared by the writer (which stores each field's length norm) and every searcher.
/// BM25 (Elasticsearch's default) was measured on the relevance set and ranked worse with our field
/// and clause weights: nDCG@10 0.759 against 0.796 (standard chain 0.506 against 0.496), with
/// <c>dotnet run --project src/SearchService.Indexer -c Release -- eval --qrels tests/eval/relevance.json --analysis both</c>.
/// Both encode length norms alike, so switching here needs only a new relevance run; the norm's floor under a
/// short paragraph (<see cref="ShortestParagraphWords"/>) is written at indexing, so changing it rebuilds indexes
/// (a new <c>CommitMetadata.AnalysisVersion</c>).
/// A change to any value here is checked with that same run.
/// </para>
/// </summary>
internal static class Ranking
{
    /// <summary>The similarity for writers and searchers.</summary>
    public static DefaultSimilarity Similarity { get; } = new ParagraphSimilarity();

    /// <summary>The fewest searched words (stop words not counted) a paragraph's text is scored as having
    /// (<see cref="ParagraphSimilarity"/>): a shorter one has the length norm of one this long, about a sentence.
    /// The classic length norm (1/√length) otherwise let a fragment outrank every paragraph that says something
    /// with the same word: on the Riksdag corpus "utbildningsminister" gave ten formulaic lead-ins ("Min fråga till
    /// utbildningsministern är:", two searched words), "barn" "FINLANDS BARN”" and "Sökanden har vårdnaden om
    /// barnet;". Generated known-item sets (seed 3 / 7) 0.868 / 0.896 → 0.882 / 0.907, the seed set 0.900 → 0.904; at 12
    /// and 16 the generated sets rose further (0.887, 0.889), whose targets are never short, and the seed set,
    /// judged by people, fell (0.888: a short paragraph that is the answer fell below a long one).</summary>
    public const int ShortestParagraphWords = 8;

    /// <summary>The fields a word or phrase is searched in, with their weights: the paragraph text
    /// counts most, its section heading and document title less. A heading is short, so its length norm
    /// is many times a paragraph's: at 0.5 / 0.3, for a third of 100 common Riksdag words most of the first
    /// ten hits were paragraphs of one interpellation whose title held the word and whose text did not
    /// ("turkisk": 9 of 10 under "Turkiskt EU-medlemskap"); share of the first ten holding the word in the
    /// text 0.836 → 0.994 at 0.25 / 0.15, generated known-item sets (seeds 3 / 7 / part+elliptic) 0.884 /
    /// 0.879 / 0.807 → 0.880 / 0.892 / 0.809, the seed set unchanged (docs/swedish.md).</summary>
    public static IReadOnlyList<(string Field, float Boost)> Fields { get; } =
    [
        (ParagraphFields.Text, 1.0f),
        (ParagraphFields.Section, 0.25f),
        (ParagraphFields.Title, 0.15f),
    ];

    /// <summary>Factor of a heading field's weight for a term found in <paramref name="headingParagraphs"/> paragraphs'
    /// headings of that field and in <paramref name="textParagraphs"/> paragraphs' text, of <paramref name="paragraphs"/>:
    /// the heading scores the term with the rarity of the commoner of the two (<see cref="BlendedRarity"/>), as
    /// Elasticsearch's cross-field queries blend a term's frequencies. A word common in text and rare in titles
    /// ("tillräcklig": 1 295 paragraphs, one interpellation's title) otherwise ranked every paragraph under that
    /// title, none of which held the word, above those that did.</summary>
    public static float HeadingRarity(int headingParagraphs, int textParagraphs, int paragraphs) =>
        headingParagraphs > 0 ? BlendedRarity(headingParagraphs, textParagraphs, paragraphs) : 1f;

    /// <summary>Share of the other fields' scores added to the best field's (disjunction-max tie-breaker):
    /// the best field counts, the others add a little.</summary>
    public const float FieldTieBreaker = 0.1f;

    /// <summary>Share of the weaker score added when a part of a split compound matches both as a word and
    /// as a compound part: none, a part counts once.</summary>
    public const float WordOrPartTieBreaker = 0.0f;

    /// <summary>Words written side by side all must occur when there are at most this many of them.</summary>
    public const int AllWordsRequiredUpTo = 2;

    /// <summary>Of more words side by side, how many must occur: three in four (rounded down).</summary>
    public static int WordsRequired(int words) => words * 3 / 4;

    /// <summary>When fewer paragraphs than this have all the words of a query (a query of words side by
    /// side, not joined by OCH/AND), the search also takes those with only some of them, ranked after
    /// those with all and by how many and how rare the words they have are: a page is never empty
    /// because one word of several is missing.</summary>
    public const int RelaxBelow = 10;

    /// <summary>Weight of "has all the words" in a relaxed search: far above any sum of word scores,
    /// so every paragraph with all the words ranks first.</summary>
    public const float AllWordsBoost = 1000f;

    /// <summary>Weight of the other base form an adjective's forms in "-a" are read as (<c>SwedishLexicon.AdjectiveReadings</c>):
    /// "klar" also searches "klara" (which the dictionary lists as a verb, to manage), "klara" also "klar". Below the word itself:
    /// the other base form also holds the other word's forms.</summary>
    public const float AdjectiveReadingBoost = 0.5f;

    /// <summary>Weight of a match on a compound part. Every Swedish clause weighs less than the word itself
    /// in the paragraph text (1.0), so a whole-word match always ranks first.</summary>
    public const float PartBoost = 0.5f;

    /// <summary>Weight of a match on a compound part when the word is found whole in at least
    /// <see cref="WholeWordParagraphs"/> paragraphs: a paragraph's parts field is much shorter than its text,
    /// so at <see cref="PartBoost"/> a compound ranked above the word itself ("kammaren": "Kammarkollegiet",
    /// "kammaråklagaren" first). For 100 common Riksdag words the first hit held the word whole 0.590 → 0.950.</summary>
    public const float CommonWordPartBoost = 0.1f;

    /// <summary>Paragraphs with the word whole from which its compound-part matches weigh
    /// <see cref="CommonWordPartBoost"/>: three pages of whole-word hits. Below it (the seeds' words, a rare
    /// word) compounds keep mixing in, which the seed set's compound and plain queries need (at 10: seed set
    /// 0.851 → 0.819).</summary>
    public const int WholeWordParagraphs = 30;

    /// <summary>The weight of a word's compound-part clause, by how many paragraphs have the word whole: the
    /// word as typed, and as restored from other diacritics alike ("smaforetagarens": "småföretagarklimat" ranked
    /// above "småföretagarens" itself).</summary>
    public static float PartBoostFor(int wholeWordParagraphs) =>
        wholeWordParagraphs >= WholeWordParagraphs ? CommonWordPartBoost : PartBoost;

    /// <summary>Weight of a spelling that differs from the typed word only in its diacritics.</summary>
    public const float FoldedBoost = 0.4f;

    /// <summary>Weight of the parts of a compound query word occurring as words within
    /// <c>SplitEvidence.Reach</c> words of each other ("brist på personal").</summary>
    public const float SplitBoost = 0.3f;

    /// <summary>Least weight of an inflected query word as typed among the words as written (no length
    /// norm, so its share grows with the form's rarity), added to its base form's match: every form of
    /// "konsult" matches "konsulten", and the paragraphs that have "konsulten" rank first among them. A base
    /// form as typed gets none. Alone (before <see cref="WrittenFormSpecificityBoost"/>) 0.015 / 0.03 / 0.06 /
    /// 0.1 gave generated known-item queries over the Riksdag corpus plain 0.788 / 0.829 / 0.898 / 0.918 and
    /// the seed set 0.851 / 0.844 / 0.827 / 0.801 (docs/swedish.md).</summary>
    public const float WrittenFormBoost = 0.01f;

    /// <summary>Further weight of the form as typed by how much more it says than its base form:
    /// <c>1 − idf(base form) / idf(form)</c>, 0 when every paragraph with the word has this form ("vårdplatser"
    /// in a region's plans), near 1 when the form is rare and the word common ("arbetsmarknadsministrarna":
    /// 2 paragraphs, its base form in 1 579 short ones, which buried the two). Least weight / this, on
    /// generated Riksdag sets (seeds 3 and 7), a set typing another form than the paragraph's, and the
    /// seed set's typo, no-diacritics and filter queries: 0.03 / 0 → 0.852, 0.829, 0.550, 0.859;
    /// 0.03 / 0.4 → 0.892, 0.886, 0.538, 0.859; 0.01 / 0.5 → 0.889, 0.880, 0.560, 0.864; 0 / 0.4 → 0.872,
    /// 0.856, –, 0.864 (docs/swedish.md).</summary>
    public const float WrittenFormSpecificityBoost = 0.5f;

    /// <summary>Weight of the written-form clause of a word whose base form is in <paramref name="baseFormParagraphs"/>
    /// paragraphs and whose typed form is in <paramref name="formParagraphs"/>, of <paramref name="paragraphs"/>.</summary>
    public static float WrittenFormWeight(int baseFormParagraphs, int formParagraphs, int paragraphs)
    {
        var baseIdf = Similarity.Idf(baseFormParagraphs, paragraphs);
        var formIdf = Similarity.Idf(formParagraphs, paragraphs);
        var specificity = formIdf > 0 ? Math.Max(0f, 1f - baseIdf / formIdf) : 0f;
        return WrittenFormBoost + WrittenFormSpecificityBoost * specificity;
    }

    /// <summary>Factor that gives a near spelling found in <paramref name="paragraphs"/> paragraphs of a field the
    /// rarity (idf, squared as the similarity squares it) of the most common near spelling of the same word in
    /// that field, found in <paramref name="mostParagraphs"/>: which spelling the user meant is told by the
    /// edits, not by how rare a spelling is. Scored by its own rarity, the corpus's misspelling
    /// "arbetsmarkandsministern" (1 paragraph) ranked above "arbetsmarknadsministern" (1 575) for
    /// "arbetsmarknadsminstern". Lucene's fuzzy query blends its terms' frequencies the same way. Measured
    /// (docs/swedish.md): 80 typos of common Riksdag words, share of the first ten with the intended word
    /// 0.750 → 0.781, first hit 0.675 → 0.725; typos of rare words (generated known-item sets) 0.929 / 0.875 /
    /// 0.901 → 0.900 / 0.872 / 0.879; the seed set unchanged. Blending a word's text and parts fields together
    /// gained more on common words (0.869, first hit 0.875) but took the seed set's typo query 0.864 → 0.720.</summary>
    public static float BlendedRarity(int paragraphs, int mostParagraphs, int allParagraphs)
    {
        var own = Similarity.Idf(paragraphs, allParagraphs);
        var blended = Similarity.Idf(Math.Max(paragraphs, mostParagraphs), allParagraphs);
        return own > 0 ? blended * blended / (own * own) : 1f;
    }

    /// <summary>Weight of a compound query word's modifier alone ("vårdplats" of "vårdplatsbrist"), when the
    /// compound itself is in fewer than <see cref="RelaxBelow"/> paragraphs: the paragraphs about
    /// the modifier follow far below those with the compound or both its parts. On the seed
    /// relevance set elliptic nDCG@10 0.469 → 0.862, overall 0.819 → 0.850; on 96 known-item queries over
    /// the Riksdag corpus 0.747 → 0.742. Applied to every compound it inflated totals and facet counts
    /// ("vårdplatser" in Västernorrland: 16 → 128 paragraphs).</summary>
    public const float ModifierBoost = 0.05f;

    /// <summary>Weight of an other-diacritics spelling when the word as typed is rare: the typed word
    /// most likely lacks the diacritics the index has.</summary>
    public const float RestoredBoost = 0.8f;

    /// <summary>Weight of a near spelling at one edit (two edits, searched only when no spelling is one edit
    /// away, count half of it).</summary>
    public const float FuzzyBoost = 0.3f;

    /// <summary>A word found in at most this many paragraphs is treated as possibly misspelt: its
    /// other-diacritics spellings weigh <see cref="RestoredBoost"/>, or else its near spellings are searched.</summary>
    public const int RareDocumentFrequency = 2;

    /// <summary>A word found as typed in at least this many paragraphs gets neither the other-diacritics
    /// nor the split clause: what they add would rank below this many whole-word matches, and at a
    /// million paragraphs they were most of the query's cost (the split of a common compound is a
    /// conjunction of two common words).</summary>
    public const int CommonDocumentFrequency = 1_000;

    /// <summary>Other spellings (diacritics or near spellings) searched per word and per field.</summary>
    public const int SpellingsPerWord = 5;

    /// <summary>The weight of a paragraph's text when it only repeats what its document says elsewhere
    /// (<see cref="SearchService.Core.Documents.RepeatedText"/>), given at indexing: a closing list's one-sentence item otherwise
    /// ranked above the paragraph it repeats for its shortness alone. At 0.35 it scores as if about eight times
    /// as long (the length norm is 1/√length): below the paragraphs that hold the words and say more, and still
    /// found where it alone holds them. At 0.5 the seeds' item still ranked in a region's first ten.</summary>
    public const float RepeatedTextWeight = 0.35f;

    /// <summary>Creates the searchers of a <see cref="SearcherManager"/> with <see cref="Similarity"/>.</summary>
    public sealed class SearcherFactory : Lucene.Net.Search.SearcherFactory
    {
        /// <inheritdoc />
        public override IndexSearcher NewSearcher(Lucene.Net.Index.IndexReader reader) => new IndexVocabulary.Searcher(reader) { Similarity = Similarity };
    }
}
