using System.Diagnostics;
using System.Runtime;
using System.Text.Json;
using SearchService.Core;
using SearchService.Core.Search;
using SearchService.Core.Search.Queries;

namespace SearchService.Api.Hosting;

/// <summary>
/// Searches the service runs on itself at start-up. The first search pays for JIT compilation and for loading
/// the term dictionaries; it runs on a thread of its own while the host starts, so the first user's answer
/// finds most of that done (on the Riksdag index, start to first answer 3.06 → 2.68 s mean of four alternated
/// starts, bench/RESULTS.md "Stop 31"; with the warm-up turned off it runs before the host starts). Then, in the
/// background for at most <see cref="SearchOptions.WarmUpSeconds"/>, a round of typical
/// requests (common and rare words, typos, missing diacritics, phrases, prefixes, operators, a filter, a
/// later page) is repeated, and each answer serialized as the API writes it, until the runtime has compiled
/// nothing for a few rounds: .NET first runs new code unoptimised and recompiles what has run 30 times, so
/// without this a fresh service answered its first few hundred searches 2–3 times slower (seeds, one client
/// over HTTP: p50 4.0 ms for the first 260 requests, 1.5 ms once warm). Until the warm-up ends and the per-segment letter runs it started reading are read
/// (<see cref="VocabularyGrams"/>), <c>/health</c> answers 503 "warming" (the service is live and
/// answers searches, but is not yet ready for a load balancer's full share). The warm-up bypasses the result
/// cache, the search metrics and the query analytics.
/// </summary>
public sealed class SearchWarmUp
{
    private volatile bool finished;

    /// <summary>Whether the warm-up has ended (at once when it is turned off).</summary>
    public bool Finished => finished;

    private const string FirstQuery = "vårdplatser";

    // Words of Swedish policy documents in the shapes users type; one that is not in the index still takes
    // the paths of a rare or misspelt word.
    private static readonly SearchRequest[] Round =
    [
        new("vårdplatser"),
        new("vård"),
        new("regionen"),
        new("kollektivtrafik"),
        new("personalbrist"),
        new("vårdplaster"),
        new("vardplatser"),
        new("psykisk ohälsa barn"),
        new("personal kompetens rekrytering"),
        new("\"nära vård\""),
        new("vård*"),
        new("budget OR ekonomi"),
        new("sjukhus -tandvård"),
        new("(akut OR ambulans) OCH region"),
        new("vård", Region: "Skåne"),
        new("vård", Page: 3, PageSize: 20),
    ];

    // Rounds before the warm-up may end: enough for the hot methods to be called well over 30 times each.
    private const int LeastRounds = 40;

    // Rounds in a row in which the runtime compiled nothing, after which the warm-up ends (≥ 100 ms of searches:
    // the runtime waits that long without new methods before it counts calls). A fixed 40 rounds left the
    // optimised recompilation unfinished: at 200 000 paragraphs a client's first ~8 s after ready ran at half
    // speed or less (bench/RESULTS.md, "Stop 26").
    private const int QuietRounds = 5;

    /// <summary>Runs the first search now, and the rest once <paramref name="app"/> has started.</summary>
    internal void Start(WebApplication app, ParagraphIndex index, SearchOptions options)
    {
        // Without query plans: every round builds its queries again, so the builder's code is compiled optimised too.
        var searcher = new ParagraphSearcher(index, queryPlans: 0);
        if (options.WarmUpSeconds <= 0)
        {
            searcher.Search(new SearchRequest(FirstQuery));
            finished = true;
            return;
        }
        // The first search runs while the host starts, on a thread of its own (the other core of a 2-core machine).
        var first = Task.Factory.StartNew(() => searcher.Search(new SearchRequest(FirstQuery)),
            CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SearchWarmUp));
        var stopping = app.Lifetime.ApplicationStopping;
        // On a thread of its own: on the thread pool of a 2-core machine it (and the reads it starts) kept the
        // server from accepting its first connection for 0.5-1 s.
        app.Lifetime.ApplicationStarted.Register(() => Task.Factory.StartNew(
            () => { first.Wait(stopping); Run(index, searcher, TimeSpan.FromSeconds(options.WarmUpSeconds), logger, stopping); },
            CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default));
    }

    private void Run(ParagraphIndex index, ParagraphSearcher searcher, TimeSpan budget, ILogger logger, CancellationToken stopping)
    {
        var stopwatch = Stopwatch.StartNew();
        var searches = 0;
        try
        {
            var quiet = 0;
            for (var round = 0; (round < LeastRounds || quiet < QuietRounds) && stopwatch.Elapsed < budget && !stopping.IsCancellationRequested; round++)
            {
                var compiled = JitInfo.GetCompiledMethodCount();
                foreach (var request in Round)
                {
                    JsonSerializer.SerializeToUtf8Bytes(searcher.Search(request), AnswerJson.Default.SearchResult);
                    searches++;
                }
                quiet = JitInfo.GetCompiledMethodCount() == compiled ? quiet + 1 : 0;
            }
            // The searches started reading each segment's runs of letters in the background (VocabularyGrams, seconds
            // at 200 000 paragraphs); ready means those are read too, not competing with the first users' requests.
            using (var lease = index.Acquire())
            {
                Task.WaitAll([.. VocabularyGrams.SearchedFields.Select(field => VocabularyGrams.Ready(lease.Searcher.IndexReader, field))], stopping);
            }
            logger.LogInformation("Warmed up with {Searches} searches in {Milliseconds} ms", searches, stopwatch.ElapsedMilliseconds);
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or QueryBuildException or OperationCanceledException or AggregateException)
        {
            // The host stopped (the index closed) while warming, or a request the index cannot search: nothing to warm.
            logger.LogDebug(e, "Warm-up ended after {Searches} searches", searches);
        }
        finally
        {
            finished = true;
        }
    }
}
