namespace SearchService.Bench.Corpus;

/// <summary>Derives independent random seeds from the corpus seed. (HashCode is randomised per
/// process, so it would make every run different.)</summary>
internal static class Seeds
{
    public static int Mix(int seed, int stream)
    {
        unchecked
        {
            var x = (uint)seed * 0x9E3779B1u ^ (uint)stream * 0x85EBCA77u;
            x ^= x >> 15;
            x *= 0xC2B2AE3Du;
            x ^= x >> 13;
            return (int)(x & 0x7FFFFFFF);
        }
    }
}
