using SearchService.Core.Indexing;
using LuceneSwedishAnalyzer = Lucene.Net.Analysis.Sv.SwedishAnalyzer;

namespace SearchService.Core.Analysis;

/// <summary>
/// What a text field makes of a paragraph's words once they are read and their ellipses completed
/// (<see cref="WordTokenizer"/>, <see cref="HyphenEllipsisFilter"/>), word by word:
/// <list type="bullet">
/// <item><see cref="FieldTermKind.BaseForms"/> (<see cref="ParagraphFields.Text"/>, section, title): each word's
/// term (<see cref="SwedishLemmatizer"/>: "skolan" → "skola").</item>
/// <item><see cref="FieldTermKind.Parts"/> (<see cref="ParagraphFields.TextParts"/>): only the parts of compound
/// words and every run of adjacent parts (<see cref="Decompounder.Components"/>), as terms ("plats" for
/// "platserna", "arbete" for "arbets"), typed <see cref="TokenSources.Compound"/>, with offsets covering just the part
/// ("plats" in "vårdplatsbrist"; the visible fragment for a word an ellipsis implies), so highlighting can mark
/// the part; at the compound's position.</item>
/// <item><see cref="FieldTermKind.Written"/> (<see cref="ParagraphFields.TextWords"/>): the words as written, without
/// the words ellipses imply.</item>
/// </list>
/// Stop words are dropped from all three; the positions they held stay as gaps, added to the next term kept
/// (and the positions after the last kept term to the field's end), as Lucene's stop filter keeps them.
/// The one home of these rules: the analyzer's chains run them as a filter (<see cref="FieldTermsFilter"/>), and
/// a paragraph's analysis for indexing and highlighting (<see cref="ParagraphTokenStreams"/>) runs them over its
/// words read once, without a Lucene filter stage per rule (those stages were most of what marking a hit cost).
/// Not thread-safe: one per chain or paragraph reader.
/// </summary>
internal sealed class FieldTerms(FieldTermKind kind, Decompounder decompounder, SwedishLemmatizer lemmatizer)
{
    // Lucene's Swedish stop words, looked up by span alike for a word in a buffer and for a part's base form.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StopWords =
        new HashSet<string>(LuceneSwedishAnalyzer.DefaultStopSet, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // Positions of dropped stop words since the last term kept.
    private int gap;

    // Positions of the words read since the last part kept (a word without parts passes its position on).
    private int beforeParts;

    /// <summary>A term of the field: its text, offsets in the paragraph, source and position increment. A word kept
    /// as written has no text of its own (null): it is the word given to <see cref="Add"/> at <paramref name="Word"/>
    /// in its buffer, <c>End - Start</c> letters long.</summary>
    public readonly record struct Term(string? Text, int Start, int End, string Type, int Increment, int Word = 0);

    /// <summary>Positions dropped after the last term kept: added to the field's final position increment.</summary>
    public int TrailingGap => gap;

    /// <summary>Forgets the words read, for a new text.</summary>
    public void Reset()
    {
        gap = 0;
        beforeParts = 0;
    }

    /// <summary>Adds to <paramref name="terms"/> what the field makes of one word: the lower-case
    /// <paramref name="buffer"/>[<paramref name="offset"/>..+<paramref name="length"/>], at <paramref name="start"/>..<paramref name="end"/>
    /// in the text, of source <paramref name="type"/>, <paramref name="increment"/> positions after the word before it.</summary>
    public void Add(char[] buffer, int offset, int length, int start, int end, string type, int increment, List<Term> terms)
    {
        var word = buffer.AsSpan(offset, length);
        switch (kind)
        {
            case FieldTermKind.BaseForms:
                if (!Dropped(buffer, offset, length, increment))
                {
                    Keep(lemmatizer.Term(word), start, end, type, increment, terms);
                }
                return;
            case FieldTermKind.Written:
                // A word an ellipsis implies is not written: it takes no position of its own (it stands at its fragment's).
                if (type != TokenSources.Ellipsis && !Dropped(buffer, offset, length, increment))
                {
                    terms.Add(new Term(null, start, end, type, increment + gap, offset));
                    gap = 0;
                }
                return;
            default:
                AddParts(word, start, end, type, increment, terms);
                return;
        }
    }

    private void AddParts(ReadOnlySpan<char> word, int start, int end, string type, int increment, List<Term> terms)
    {
        beforeParts += increment;
        // A word implied by an ellipsis is not in the text: its parts point at the visible fragment.
        var visible = type != TokenSources.Ellipsis && end - start == word.Length;
        // By index: a foreach over the interface boxed an enumerator for every word.
        var components = decompounder.Components(word);
        for (var i = 0; i < components.Count; i++)
        {
            var part = components[i];
            var partStart = visible ? start + part.Start : start;
            var partEnd = visible ? partStart + part.Length : end;
            var partIncrement = beforeParts;
            beforeParts = 0;
            if (StopWords.Contains(part.Lemma.AsSpan()))
            {
                gap += partIncrement;
                continue;
            }
            Keep(lemmatizer.PartTerm(part.Lemma), partStart, partEnd, TokenSources.Compound, partIncrement, terms);
        }
    }

    private bool Dropped(char[] buffer, int offset, int length, int increment)
    {
        if (!StopWords.Contains(buffer.AsSpan(offset, length)))
        {
            return false;
        }
        gap += increment;
        return true;
    }

    private void Keep(string text, int start, int end, string type, int increment, List<Term> terms)
    {
        terms.Add(new Term(text, start, end, type, increment + gap));
        gap = 0;
    }
}

/// <summary>Which text field's terms <see cref="FieldTerms"/> makes.</summary>
internal enum FieldTermKind
{
    /// <summary>Base forms: <see cref="ParagraphFields.Text"/>, section and title.</summary>
    BaseForms,

    /// <summary>Compound parts: <see cref="ParagraphFields.TextParts"/>.</summary>
    Parts,

    /// <summary>Words as written: <see cref="ParagraphFields.TextWords"/>.</summary>
    Written,
}
