namespace SearchService.Core.Search.Queries;

/// <summary>A node of a parsed end-user query.</summary>
public abstract record UserQuery;

/// <summary>A word as typed; <see cref="IsPrefix"/> when it ended with <c>*</c>.</summary>
internal sealed record WordQuery(string Text, bool IsPrefix = false) : UserQuery;

/// <summary>Words in quotes, to be found next to each other in this order.</summary>
internal sealed record QuotedPhraseQuery(string Text) : UserQuery;

/// <summary>Something that must not occur (<c>-ord</c>, <c>INTE ord</c>).</summary>
internal sealed record ExcludedQuery(UserQuery Inner) : UserQuery;

/// <summary>Parts that should all occur. <see cref="IsExplicit"/> when joined with OCH/AND, which
/// makes every part required; parts merely written side by side may be relaxed by the search.</summary>
internal sealed record AllQuery(IReadOnlyList<UserQuery> Parts, bool IsExplicit) : UserQuery;

/// <summary>Parts of which at least one must occur (<c>OR</c>, <c>ELLER</c>).</summary>
internal sealed record AnyQuery(IReadOnlyList<UserQuery> Parts) : UserQuery;
