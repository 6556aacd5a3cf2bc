namespace SearchService.Core.Search.Queries;

/// <summary>
/// The work one request may spend looking for near spellings (<see cref="VocabularyNeighbours"/>), for
/// typo tolerance and "did you mean" alike, and for other-diacritics spellings (<see cref="DiacriticRestorations"/>). A Levenshtein automaton grows with its word and each lookup
/// walks the term dictionary, so a query of long made-up words, a different one each time so that no
/// cache helps, cost up to 1.5 s of CPU. The budget bounds it by design: only words of plausible length
/// are looked up, only a few per request, only for the first few words of a query (<see cref="MaxWords"/>:
/// a query of many rare words is pasted text or garbage, not a typo), and each lookup takes only a few
/// candidates. When it is spent
/// the request gets fewer expansions, never a slower answer. A word whose runs of letters rule it out
/// (<see cref="VocabularyGrams"/>) is not looked up and uses none of the lookups. What the request
/// spent (<see cref="WorkUnits"/>) is added to the <see cref="WorkMeter.Current"/> meter, which a rate
/// limit weighted by cost reads.
/// </summary>
internal sealed class NeighbourBudget
{
    /// <summary>Longest end of a word looked up with edits: the automaton's size (and the time to build it)
    /// grows with the word, so a longer word's first letters must match as written (<see cref="VocabularyNeighbours"/>),
    /// and its automaton is of its last this many. Swedish compounds run long, and a typo in one is common
    /// ("anhöriginvandirng", 17 letters, was refused at 16 and its known item fell from rank 1 to 9 on the Riksdag
    /// corpus; "belastningsbostämmelserna", 25, found nothing when longer words were refused); the lookups per
    /// request and candidates visited still bound the cost.</summary>
    public const int MaxWordLength = 24;

    /// <summary>Lookups per request, typo clauses and suggestions together (one two-edit lookup cost 5–40 ms
    /// on a 100,000-paragraph index on a loaded 2-core machine).</summary>
    public const int MaxLookups = 3;

    /// <summary>Candidate terms all lookups of a request may enumerate together.</summary>
    public const int MaxTermsVisited = 2_000;

    /// <summary>Other-diacritics lookups (<see cref="DiacriticRestorations"/>) per request: each builds and
    /// walks an automaton (0.3–1 ms), and every rare word asks for four (base form, written form, parts,
    /// suggestion), so 32 made-up words would cost up to ~100 ms.</summary>
    public const int MaxRestorations = 24;

    /// <summary>Words of a query looked up at all (near spellings, other diacritics, "did you mean"): the first
    /// ones that ask, as the query is read. Each lookup is cheap next to the request but a query may have 32
    /// words, each asking for four or five: on a 100,000-paragraph index 32 made-up words cost 13 ms of
    /// CPU, most of it their lookups and the checks that rule lookups out. Every query of the seed
    /// relevance set has at most 4 words.</summary>
    public const int MaxWords = 4;

    /// <summary>Pairs of words side by side tried as one compound ("asyl prövning" → "asylprövning") per
    /// request: each costs a split of the joined word by the decompounder (~0.1 ms for a made-up pair).</summary>
    public const int MaxJoins = 8;

    /// <summary><see cref="WorkUnits"/> a near-spelling lookup costs (building or finding, then walking its
    /// automaton: about 20 other-diacritics lookups' time).</summary>
    public const int LookupUnits = 20;

    /// <summary>Candidate terms enumerated per work unit.</summary>
    public const int TermsPerUnit = 100;

    private readonly WorkMeter? meter = WorkMeter.Current;
    private readonly HashSet<string> words = new(StringComparer.Ordinal);
    private readonly HashSet<(string, string)> joins = [];
    private int termsLeft = MaxTermsVisited;
    private int restorationsLeft = MaxRestorations;
    private string? word;

    /// <summary>A budget that has spent what this one has, for work that goes on from here apart from it (a query
    /// plan's relaxed build and its suggestion); what it spends counts on the meter of the request making the copy.</summary>
    public NeighbourBudget Copy()
    {
        var copy = new NeighbourBudget
        {
            termsLeft = termsLeft,
            restorationsLeft = restorationsLeft,
            word = word,
            RefusedWords = RefusedWords,
            RefusedJoins = RefusedJoins,
            Lookups = Lookups,
            Refused = Refused,
            Skipped = Skipped,
            RefusedRestorations = RefusedRestorations,
        };
        copy.words.UnionWith(words);
        copy.joins.UnionWith(joins);
        return copy;
    }

    /// <summary>Lookups refused because their word came after the query's first <see cref="MaxWords"/>.</summary>
    public int RefusedWords { get; private set; }

    /// <summary>Word pairs not tried as a compound because the request had tried <see cref="MaxJoins"/>.</summary>
    public int RefusedJoins { get; private set; }

    /// <summary>Words (or phrases) that lookups were allowed for.</summary>
    public int Words => words.Count;

    /// <summary>Pairs of words tried as one compound.</summary>
    public int Joins => joins.Count;

    /// <summary>Sets the word (or phrase) the next lookups are for; the same word again (a relaxed query
    /// built a second time, its suggestion) is the same word.</summary>
    public void BeginWord(string text) => word = text;

    /// <summary>Whether lookups may run for the current word (<see cref="BeginWord"/>): it is among the
    /// first <see cref="MaxWords"/> words that asked, or becomes one. Always true before any word is set.
    /// Asked before the cheap checks that rule a lookup out, which cost too when repeated for 32 words.</summary>
    public bool AdmitsWord()
    {
        if (word is null || words.Contains(word))
        {
            return true;
        }
        if (words.Count < MaxWords)
        {
            words.Add(word);
            return true;
        }
        RefusedWords++;
        return false;
    }

    /// <summary>Whether the words <paramref name="first"/> and <paramref name="second"/> side by side may be
    /// tried as one compound: the pair was tried before in this request, or fewer than <see cref="MaxJoins"/> were.</summary>
    public bool TryJoin(string first, string second)
    {
        if (joins.Contains((first, second)))
        {
            return true;
        }
        if (joins.Count < MaxJoins)
        {
            joins.Add((first, second));
            meter?.Add(1);
            return true;
        }
        RefusedJoins++;
        return false;
    }

    /// <summary>Lookups started so far.</summary>
    public int Lookups { get; private set; }

    /// <summary>Lookups refused because the request had used its lookups or visited its candidates.</summary>
    public int Refused { get; private set; }

    /// <summary>Candidate terms enumerated so far.</summary>
    public int TermsVisited => MaxTermsVisited - Math.Max(0, termsLeft);

    /// <summary>Whether a lookup for <paramref name="term"/> may start; counts it when it may.</summary>
    public bool TryStart(string term)
    {
        if (Lookups >= MaxLookups || termsLeft <= 0)
        {
            Refused++;
            return false;
        }
        Lookups++;
        meter?.Add(LookupUnits);
        return true;
    }

    /// <summary>Lookups skipped because no term of the index can be near the word.</summary>
    public int Skipped { get; private set; }

    /// <summary>Counts a lookup skipped because no term of the index can be near the word.</summary>
    public void Skip() => Skipped++;

    /// <summary>The work spent: <see cref="LookupUnits"/> per near-spelling lookup, one per
    /// other-diacritics lookup, per compound tried and per <see cref="TermsPerUnit"/> candidate terms.</summary>
    public int WorkUnits => Lookups * LookupUnits + Restorations + Joins + TermsVisited / TermsPerUnit;

    /// <summary>Other-diacritics lookups run.</summary>
    public int Restorations => MaxRestorations - Math.Max(0, restorationsLeft);

    /// <summary>Whether any lookup was refused: some word got fewer expansions than it asked for.</summary>
    public bool Exhausted => Refused > 0 || RefusedRestorations > 0 || RefusedWords > 0 || RefusedJoins > 0;

    /// <summary>Other-diacritics lookups refused because the request had used its share.</summary>
    public int RefusedRestorations { get; private set; }

    /// <summary>Whether one more other-diacritics lookup may run; counts it when it may.</summary>
    public bool TryRestore()
    {
        if (restorationsLeft-- > 0)
        {
            meter?.Add(1);
            return true;
        }
        RefusedRestorations++;
        return false;
    }

    /// <summary>Whether one more candidate term may be enumerated; counts it when it may.</summary>
    public bool TryVisit()
    {
        if (termsLeft-- <= 0)
        {
            return false;
        }
        if ((MaxTermsVisited - termsLeft) % TermsPerUnit == 0)
        {
            meter?.Add(1);
        }
        return true;
    }
}
