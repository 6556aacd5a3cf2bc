namespace SearchService.Bench.Corpus;

/// <summary>An order-2 word Markov chain: the next word is drawn from the words that followed the
/// previous two in the training paragraphs, as often as they followed them there.</summary>
internal sealed class MarkovChain
{
    private const string Start = "";
    private readonly Dictionary<(string, string), List<string>> successors = [];

    public MarkovChain(IEnumerable<IReadOnlyList<string>> paragraphs)
    {
        foreach (var words in paragraphs)
        {
            var (first, second) = (Start, Start);
            foreach (var word in words)
            {
                Add(first, second, word);
                (first, second) = (second, word);
            }
        }
    }

    /// <summary>A paragraph of about <paramref name="length"/> words: it goes on to the end of the
    /// sentence it is in, and starts a new sentence from the chain's openings at dead ends.</summary>
    public List<string> Walk(Random random, int length)
    {
        var words = new List<string>(length + 16);
        var (first, second) = (Start, Start);
        while (true)
        {
            if (!successors.TryGetValue((first, second), out var next))
            {
                if (words.Count >= length)
                {
                    break;
                }
                (first, second) = (Start, Start);
                next = successors[(Start, Start)];
            }
            var word = next[random.Next(next.Count)];
            words.Add(word);
            (first, second) = (second, word);
            if (words.Count >= length && EndsSentence(word) || words.Count >= length * 3)
            {
                break;
            }
        }
        return words;
    }

    private static bool EndsSentence(string word) => word[^1] is '.' or '!' or '?';

    private void Add(string first, string second, string word)
    {
        if (!successors.TryGetValue((first, second), out var list))
        {
            successors[(first, second)] = list = [];
        }
        list.Add(word);
    }
}
