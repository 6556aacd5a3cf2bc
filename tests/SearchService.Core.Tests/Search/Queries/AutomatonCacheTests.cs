using Lucene.Net.Util.Automaton;
using SearchService.Core.Search.Queries;

namespace SearchService.Core.Tests.Search.Queries;

public class AutomatonCacheTests
{
    [Fact]
    public void Builds_a_key_once_and_starts_over_when_full()
    {
        var cache = new AutomatonCache<string>(capacity: 2);
        static CompiledAutomaton Build(string word) => new(BasicAutomata.MakeString(word));

        var vård = cache.For("vård", Build);
        Assert.Same(vård, cache.For("vård", Build));
        cache.For("skola", Build);
        Assert.Equal(2, cache.Built);

        cache.For("region", Build);
        Assert.NotSame(vård, cache.For("vård", Build));
        Assert.Equal(4, cache.Built);
    }
}
