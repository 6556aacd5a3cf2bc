using SearchService.Cluster.Ingest;
using SearchService.Cluster.Shipping;
using SearchService.Core.Search;

namespace SearchService.Cluster.Tests.Shipping;

public class CorruptDownloadTests
{
    [NatsFact]
    public async Task A_corrupted_download_is_rejected_and_fetched_again()
    {
        await using var rig = new ClusterRig(shards: 1);
        await rig.PublishSeedsAsync();
        await rig.StartIndexerAsync(0);
        var corrupting = new CorruptingStore(corruptions: 1);
        var replica = await rig.StartReplicaAsync(0, "replica", store => corrupting.Over(store));

        await replica.Loaded.WaitAsync(TimeSpan.FromSeconds(60));
        var (coordinator, _) = await rig.CoordinatorAsync();
        var answer = await coordinator.SearchAsync(new SearchRequest("vårdplatser"), CancellationToken.None);

        Assert.Equal(1, corrupting.Corrupted);
        Assert.False(answer.Partial);
        Assert.True(answer.Result!.Total > 0);
    }

    [NatsFact]
    public async Task A_generation_whose_files_stay_corrupt_is_not_applied_and_the_old_one_keeps_serving()
    {
        await using var rig = new ClusterRig(shards: 1);
        await rig.PublishSeedsAsync();
        await rig.StartIndexerAsync(0);
        var corrupting = new CorruptingStore(corruptions: 0);
        var replica = await rig.StartReplicaAsync(0, "replica", store => corrupting.Over(store));
        // Every seed first: a later commit of the seeds' own must not land between "before" and the corruption.
        await rig.HoldingEverySeedAsync([replica]);
        var (coordinator, connection) = await rig.CoordinatorAsync();
        var before = await coordinator.SearchAsync(new SearchRequest("vårdplatser"), CancellationToken.None);

        corrupting.CorruptEverything = true;
        await new IngestPublisher(connection).PublishAsync(new DocumentWrite("ny", "ny.txt", "Regionen behöver fler vårdplatser i Kiruna under vintern, enligt den nya planen för sjukvården.\n"u8.ToArray(), null, Deleted: false), CancellationToken.None);
        await ClusterRig.WaitUntilAsync(() => Task.FromResult(corrupting.Corrupted >= 3), 30, "the replica tried the new generation");
        var after = await coordinator.SearchAsync(new SearchRequest("vårdplatser"), CancellationToken.None);

        Assert.Equal(before.Generations, after.Generations);
        Assert.Equal(before.Result!.Total, after.Result!.Total);
    }

    /// <summary>Flips a byte of downloaded files: the first <c>corruptions</c> downloads, or all while <see cref="CorruptEverything"/>.</summary>
    private sealed class CorruptingStore(int corruptions)
    {
        private readonly Lock gate = new();
        private int corrupted;

        public bool CorruptEverything { get; set; }

        public int Corrupted
        {
            get
            {
                lock (gate)
                {
                    return corrupted;
                }
            }
        }

        public ISegmentStore Over(ISegmentStore inner) => new Store(this, inner);

        private bool TakeCorruption()
        {
            lock (gate)
            {
                if (!CorruptEverything && corrupted >= corruptions)
                {
                    return false;
                }
                corrupted++;
                return true;
            }
        }

        private sealed class Store(CorruptingStore owner, ISegmentStore inner) : ISegmentStore
        {
            public Task<bool> ContainsAsync(string sha256, CancellationToken cancellation) => inner.ContainsAsync(sha256, cancellation);

            public Task PutAsync(string sha256, string path, CancellationToken cancellation) => inner.PutAsync(sha256, path, cancellation);

            public async Task GetAsync(string sha256, string path, CancellationToken cancellation)
            {
                await inner.GetAsync(sha256, path, cancellation);
                if (owner.TakeCorruption())
                {
                    var bytes = await File.ReadAllBytesAsync(path, cancellation);
                    bytes[bytes.Length / 2] ^= 0xFF;
                    await File.WriteAllBytesAsync(path, bytes, cancellation);
                }
            }
        }
    }
}
