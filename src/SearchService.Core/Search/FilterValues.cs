using System.Collections;
using System.Collections.Immutable;

namespace SearchService.Core.Search;

/// <summary>A request's filter values by field, compared by content: requests are the keys of the
/// answer caches, so two requests with the same filters must be equal.</summary>
internal sealed class FilterValues : IReadOnlyDictionary<string, string>, IEquatable<FilterValues>
{
    private readonly ImmutableSortedDictionary<string, string> values;

    private FilterValues(ImmutableSortedDictionary<string, string> values) => this.values = values;

    public static FilterValues Empty { get; } = new(ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal));

    /// <summary>The non-blank entries of <paramref name="values"/>.</summary>
    public static FilterValues Of(IReadOnlyDictionary<string, string>? values) =>
        values switch
        {
            null => Empty,
            FilterValues same => same,
            _ => values.Aggregate(Empty, (all, pair) => all.With(pair.Key, pair.Value)),
        };

    /// <summary>These values with <paramref name="field"/> set to <paramref name="value"/>, or removed when it is blank.</summary>
    public FilterValues With(string field, string? value) =>
        new(string.IsNullOrWhiteSpace(value) ? values.Remove(field) : values.SetItem(field, value));

    public string this[string key] => values[key];

    public IEnumerable<string> Keys => values.Keys;

    public IEnumerable<string> Values => values.Values;

    public int Count => values.Count;

    public bool ContainsKey(string key) => values.ContainsKey(key);

    public bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);

    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => values.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public bool Equals(FilterValues? other) => other is not null && values.Count == other.values.Count && values.SequenceEqual(other.values);

    public override bool Equals(object? obj) => Equals(obj as FilterValues);

    public override int GetHashCode() => values.Aggregate(0, (hash, pair) => HashCode.Combine(hash, pair.Key, pair.Value));
}
