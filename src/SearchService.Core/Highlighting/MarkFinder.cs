using Lucene.Net.Analysis;
using SearchService.Core.Analysis;
using SearchService.Core.Indexing;
using SearchService.Core.Search.Queries;

namespace SearchService.Core.Highlighting;

/// <summary>
/// Finds the words of a paragraph that a query matched, by analysing the stored text again with the
/// index's analyzer, field by field, and keeping the tokens whose term the query searched for in that
/// field. A token is marked only as evidence for a query word: the word, its inflections, a compound
/// containing it, its ellipsis, its folded or near spelling; the parts of a compound query word only
/// where they stand near each other (<see cref="SplitEvidence"/>). Where matches overlap
/// the stronger kind wins (exact, stem, prefix, ellipsis, compound, part, folded, fuzzy), then the longer
/// ("vårdplats" over "vård"); a compound part is marked as just that part.
/// At most <see cref="MaxMarks"/> words of a paragraph are considered, so the cost of marking stays
/// bounded whatever a paragraph holds.
/// </summary>
internal sealed class MarkFinder(Analyzer analyzer)
{
    /// <summary>Most candidate marks taken from one paragraph (in text order, per analysed field); a real
    /// paragraph has a few, and paragraphs are split at <see cref="Documents.ParagraphSplitter.MaxParagraphLength"/> characters.</summary>
    public const int MaxMarks = 1_000;

    // For tests: analyse every field for every text, to compare with the shortcut below.
    internal bool AlwaysAnalyse { get; init; }

    private static readonly string[] Strength =
        [MarkKinds.Exact, MarkKinds.Stem, MarkKinds.Prefix, MarkKinds.Ellipsis, MarkKinds.Compound, MarkKinds.Part, MarkKinds.Folded, MarkKinds.Fuzzy];

    // The tokens of the paragraph being marked, one list of each field per thread, refilled for every hit: the
    // lists of every hit's tokens were a twelfth of what a search allocated. Only Find uses them, and only
    // until it returns.
    [ThreadStatic]
    private static List<AnalyzedToken>? wordsRead;

    [ThreadStatic]
    private static List<AnalyzedToken>? partsRead;

    /// <summary>The matched ranges of <paramref name="text"/>, in order and not overlapping.</summary>
    public IReadOnlyList<TextMark> Find(string text, HighlightTerms query)
    {
        var candidates = new List<TextMark>();
        // The Swedish analysis reads the paragraph's words once for both fields (as indexing does), and makes
        // each field's terms without a Lucene filter stage per rule: most of what marking a hit cost.
        var paragraph = (analyzer as SwedishAnalyzer)?.ParagraphStreams();
        paragraph?.Read(text);
        var words = paragraph is null
            ? TokenReader.Read(analyzer, ParagraphFields.Text, text, wordsRead ??= [])
            : TokenReader.Read(paragraph.TextTerms, wordsRead ??= []);
        foreach (var token in words)
        {
            if (TextKind(text, token, query) is { } kind)
            {
                candidates.Add(new TextMark(token.Start, token.End, kind));
                if (candidates.Count == MaxMarks)
                {
                    break;
                }
            }
        }
        if (analyzer is SwedishAnalyzer swedish)
        {
            IReadOnlyList<AnalyzedToken>? parts = null;
            IReadOnlyList<AnalyzedToken> Parts() => parts ??= TokenReader.Read(paragraph!.PartsTerms, partsRead ??= []);
            string? lowerText = null;
            string Lower() => lowerText ??= LowerCase.Of(text);
            AddPartMatches(candidates, text, query, Parts, Lower);
            if (query.SplitWords.Count > 0)
            {
                // As for part matches: a part can only be where the letters its base form begins with
                // are, and evidence needs both the modifier and the head.
                var lower = Lower();
                var mayHoldParts = AlwaysAnalyse || query.SplitWords.Exists(s =>
                    MayBeWritten(lower, s.Modifier, swedish.Lexicon.LongestChange).Any() && MayBeWritten(lower, s.Head, swedish.Lexicon.LongestChange).Any());
                SplitEvidence.Add(candidates, text, query, mayHoldParts ? [.. words, .. Parts()] : words);
            }
            if (candidates.Count == 0 && query.ModifierTerms.Count > 0)
            {
                AddModifierMatches(candidates, query, [.. words, .. Parts()]);
            }
        }
        return WithoutOverlaps(candidates, text.Length);
    }

    // A paragraph found only through a compound query word's first part ("hyrpersonal" for a rare
    // "personalbrist") shows that part, as a word or inside a compound: a hit is never shown unmarked.
    private static void AddModifierMatches(List<TextMark> candidates, HighlightTerms query, IEnumerable<AnalyzedToken> tokens)
    {
        foreach (var token in tokens)
        {
            if (query.ModifierTerms.Contains(token.Term) && token.Type != TokenSources.Ellipsis)
            {
                candidates.Add(new TextMark(token.Start, token.End, MarkKinds.Part));
                if (candidates.Count == MaxMarks)
                {
                    return;
                }
            }
        }
    }

    // Strongest first, then in text order, each mark is kept unless a kept one covers part of its range:
    // one sweep over the characters the kept marks cover, instead of comparing every pair of marks.
    private static List<TextMark> WithoutOverlaps(List<TextMark> candidates, int length)
    {
        var covered = new bool[length];
        var chosen = new List<TextMark>(candidates.Count);
        candidates.Sort(ByStrengthThenPosition);
        foreach (var mark in candidates)
        {
            var range = covered.AsSpan(mark.Start, mark.End - mark.Start);
            if (!range.Contains(true))
            {
                range.Fill(true);
                chosen.Add(mark);
            }
        }
        chosen.Sort((a, b) => a.Start.CompareTo(b.Start));
        return chosen;
    }

    // Analysing the text again for compound parts is most of highlighting's cost, and usually finds
    // nothing new: a parts term (a base form) shares all but its last few letters with the part it came
    // from, so it can only match where those letters occur in the lower-cased text, and a match inside
    // a word already marked at least as strongly would lose to that mark. A hyphenated fragment ("hälso- och") may carry parts of a word the text
    // only implies: always analysed.
    private void AddPartMatches(List<TextMark> candidates, string text, HighlightTerms query, Func<IReadOnlyList<AnalyzedToken>> parts, Func<string> lower)
    {
        var kinds = query.PartKinds;
        var change = ((SwedishAnalyzer)analyzer).Lexicon.LongestChange;
        if (kinds.Count == 0 || !(AlwaysAnalyse || MayAddMatches(lower(), kinds, change, candidates)))
        {
            return;
        }
        var added = 0;
        foreach (var token in parts())
        {
            if (kinds.TryGetValue(token.Term, out var kind))
            {
                candidates.Add(new TextMark(token.Start, token.End, token.Type == TokenSources.Ellipsis ? MarkKinds.Ellipsis : kind));
                if (++added == MaxMarks)
                {
                    break;
                }
            }
        }
    }

    private static bool MayAddMatches(string lower, IReadOnlyDictionary<string, string> wanted, int change, List<TextMark> marked)
    {
        if (lower.Contains("- ", StringComparison.Ordinal) || lower.Contains("-,", StringComparison.Ordinal))
        {
            return true;
        }
        foreach (var (term, kind) in wanted)
        {
            foreach (var (at, length) in MayBeWritten(lower, term, change))
            {
                if (!CoveredAsStrongly(marked, at, length, StrengthOf(kind)))
                {
                    return true;
                }
            }
        }
        return false;
    }

    // Whether a mark at least as strong as the strength given covers the range (a loop: a lambda captured the range for every candidate).
    private static bool CoveredAsStrongly(List<TextMark> marked, int at, int length, int strength)
    {
        foreach (var m in marked)
        {
            if (m.Start <= at && at + length <= m.End && StrengthOf(m.Kind) <= strength)
            {
                return true;
            }
        }
        return false;
    }

    // Where a parts term (a base form) may have been written: all but its last few letters are.
    private static IEnumerable<(int At, int Length)> MayBeWritten(string lower, string term, int change)
    {
        var written = term[..Math.Max(1, term.Length - change)];
        for (var at = lower.IndexOf(written, StringComparison.Ordinal); at >= 0; at = lower.IndexOf(written, at + 1, StringComparison.Ordinal))
        {
            yield return (at, written.Length);
        }
    }

    private static int StrengthOf(string kind) => Array.IndexOf(Strength, kind);

    // Strongest first, then in text order, the longer first where two start together. A sort of the
    // candidates in place: every mark differs in one of the three, so the order is the one a stable sort gives.
    private static readonly Comparison<TextMark> ByStrengthThenPosition = (a, b) =>
        StrengthOf(a.Kind) != StrengthOf(b.Kind) ? StrengthOf(a.Kind).CompareTo(StrengthOf(b.Kind))
        : a.Start != b.Start ? a.Start.CompareTo(b.Start)
        : b.End.CompareTo(a.End);

    // The word as written is lower-cased only for a token that may be marked: most tokens of a paragraph are not.
    private static string? TextKind(string text, AnalyzedToken token, HighlightTerms query)
    {
        if (query.Terms.Contains(token.Term))
        {
            return token.Type == TokenSources.Ellipsis ? MarkKinds.Ellipsis
                : query.TypedWords.Contains(Written(text, token)) ? MarkKinds.Exact
                : MarkKinds.Stem;
        }
        if (query.FoldedTerms.Contains(token.Term))
        {
            return MarkKinds.Folded;
        }
        if (query.FuzzyTerms.Contains(token.Term))
        {
            return MarkKinds.Fuzzy;
        }
        if (query.Prefixes.Count == 0)
        {
            return null;
        }
        // A loop, not a lambda: a lambda capturing the token made every call allocate, for every token of every hit.
        var word = Written(text, token);
        foreach (var prefix in query.Prefixes)
        {
            if (word.StartsWith(prefix, StringComparison.Ordinal) || token.Term.StartsWith(prefix, StringComparison.Ordinal))
            {
                return MarkKinds.Prefix;
            }
        }
        return null;
    }

    private static string Written(string text, AnalyzedToken token) => LowerCase.Of(text.AsSpan(token.Start, token.End - token.Start));
}
