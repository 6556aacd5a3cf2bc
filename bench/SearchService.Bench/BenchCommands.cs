using System.CommandLine;
using SearchService.Bench.Corpus;
using SearchService.Bench.Latency;
using SearchService.Bench.Load;

namespace SearchService.Bench;

/// <summary>The benchmark tools bench/run.sh drives: generate a corpus, measure in-process latency, write the
/// request paths wrk sends.</summary>
internal static class BenchCommands
{
    public static RootCommand Create()
    {
        var root = new RootCommand("SearchService benchmark tools (see bench/run.sh).");
        root.Subcommands.Add(CorpusCommand());
        root.Subcommands.Add(LatencyCommand());
        root.Subcommands.Add(RegionsCommand());
        root.Subcommands.Add(CostlyCommand());
        root.Subcommands.Add(MixCommand());
        root.Subcommands.Add(StreamCommand());
        return root;
    }

    private static Command CorpusCommand()
    {
        var paragraphs = new Option<int>("--paragraphs") { Description = "Number of paragraphs to generate.", Required = true };
        var seed = new Option<int>("--seed") { Description = "Random seed; the same seed gives the same corpus.", DefaultValueFactory = _ => 1 };
        var seeds = new Option<string>("--seeds") { Description = "Folder of seed documents to learn from.", DefaultValueFactory = _ => "seeds" };
        var output = new Option<string>("--out") { Description = "Folder to create (must not exist).", Required = true };
        var command = new Command("corpus", "Generates a Swedish-like corpus of .txt documents from the seeds.") { paragraphs, seed, seeds, output };
        command.SetAction(parse =>
        {
            var target = parse.GetValue(output)!;
            if (Directory.Exists(target) || parse.GetValue(paragraphs) <= 0)
            {
                Console.Error.WriteLine($"error: {(Directory.Exists(target) ? $"{target} exists" : "--paragraphs must be positive")}");
                return 1;
            }
            var generator = new CorpusGenerator(SeedText.Read(parse.GetValue(seeds)!), parse.GetValue(seed));
            var report = generator.Write(parse.GetValue(paragraphs), target);
            Console.WriteLine($"documents={report.Documents} paragraphs={report.Paragraphs} bytes={report.Bytes} compounds={report.Compounds}");
            return 0;
        });
        return command;
    }

    // bench/run.sh feeds these to wrk, so HTTP and in-process runs measure the same mix.
    private static Command MixCommand()
    {
        var command = new Command("mix", "Prints the query mix as /api/search request paths, one a line.");
        command.SetAction(_ =>
        {
            foreach (var entry in QueryMix.All)
            {
                var region = entry.Region is null ? "" : "&region=" + Uri.EscapeDataString(entry.Region);
                Console.WriteLine($"/api/search?q={Uri.EscapeDataString(entry.Query)}{region}");
            }
            return 0;
        });
        return command;
    }

    private static Command LatencyCommand() =>
        MeasuredCommand("latency", "Prints in-process search latency percentiles for the query mix as markdown.",
            (index, warmup, rounds) => LatencyRunner.Markdown(LatencyRunner.Run(index, warmup, rounds)));

    private static Command RegionsCommand() =>
        MeasuredCommand("regions", "Prints in-process latency of the region comparison beside search's for the unfiltered query mix as markdown.",
            (index, warmup, rounds) => RegionLatency.Markdown(RegionLatency.Run(index, warmup, rounds)));

    private static Command CostlyCommand() =>
        MeasuredCommand("costly", "Prints the CPU time and wall time of made-up-word searches beside a typical and a misspelt one as markdown.",
            CostlyWords.Markdown);

    private static Command MeasuredCommand(string name, string description, Func<string, int, int, string> measure)
    {
        var index = new Option<string>("--index") { Description = "Folder of the index to search.", Required = true };
        var warmup = new Option<int>("--warmup") { Description = "Rounds of the mix run before measuring.", DefaultValueFactory = _ => 20 };
        var rounds = new Option<int>("--rounds") { Description = "Measured rounds of the mix.", DefaultValueFactory = _ => 200 };
        var command = new Command(name, description) { index, warmup, rounds };
        command.SetAction(parse =>
        {
            if (parse.GetValue(rounds) <= 0 || parse.GetValue(warmup) < 0)
            {
                Console.Error.WriteLine("error: --rounds must be positive and --warmup not negative");
                return 1;
            }
            Console.Write(measure(parse.GetValue(index)!, parse.GetValue(warmup), parse.GetValue(rounds)));
            return 0;
        });
        return command;
    }

    private static Command StreamCommand()
    {
        var index = new Option<string>("--index") { Description = "Folder of the index whose vocabulary the queries use.", Required = true };
        var requests = new Option<int>("--requests") { Description = "Number of request paths.", DefaultValueFactory = _ => 100_000 };
        var distinct = new Option<int>("--distinct") { Description = "Number of distinct queries they are drawn from.", DefaultValueFactory = _ => 20_000 };
        var seed = new Option<int>("--seed") { Description = "Random seed; the same seed gives the same stream.", DefaultValueFactory = _ => 1 };
        var command = new Command("stream", "Prints a Zipf-shaped stream of /api/search request paths over many distinct queries, one a line.") { index, requests, distinct, seed };
        command.SetAction(parse =>
        {
            if (parse.GetValue(requests) <= 0 || parse.GetValue(distinct) <= 0)
            {
                Console.Error.WriteLine("error: --requests and --distinct must be positive");
                return 1;
            }
            foreach (var path in QueryStream.Paths(parse.GetValue(index)!, parse.GetValue(requests), parse.GetValue(distinct), parse.GetValue(seed)))
            {
                Console.WriteLine(path);
            }
            return 0;
        });
        return command;
    }
}
