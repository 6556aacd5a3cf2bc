namespace SearchService.Core.Search.Queries;

/// <summary>
/// Parses what people type into a search box. Understands words, <c>"phrases"</c>, <c>-exclude</c>,
/// <c>prefix*</c>, OR/ELLER, AND/OCH, NOT/INTE (Swedish operators in any case, English ones in
/// capitals) and parentheses. It never fails: anything it cannot read as an operator is read as
/// words, an unclosed quote or parenthesis closes at the end, and nesting deeper than
/// <see cref="MaxDepth"/> is flattened.
/// </summary>
public static class UserQueryParser
{
    /// <summary>Deepest parenthesis nesting honoured.</summary>
    public const int MaxDepth = 8;

    private enum TokenKind { Word, Phrase, Or, And, Not, Minus, Open, Close }

    private readonly record struct Token(TokenKind Kind, string Text);

    /// <summary>Parses <paramref name="input"/>; null when it holds nothing to search for.</summary>
    public static UserQuery? Parse(string input)
    {
        var tokens = Tokenize(input);
        var position = 0;
        return ParseAny(tokens, ref position, 0);
    }

    private static UserQuery? ParseAny(List<Token> tokens, ref int position, int depth)
    {
        var parts = new List<UserQuery>();
        while (position < tokens.Count)
        {
            var part = ParseAll(tokens, ref position, depth);
            if (part is not null)
            {
                parts.Add(part);
            }
            if (position < tokens.Count && tokens[position].Kind == TokenKind.Or)
            {
                position++;
                continue;
            }
            break;
        }
        return parts.Count switch { 0 => null, 1 => parts[0], _ => new AnyQuery(parts) };
    }

    private static UserQuery? ParseAll(List<Token> tokens, ref int position, int depth)
    {
        var parts = new List<UserQuery>();
        var isExplicit = false;
        while (position < tokens.Count)
        {
            var kind = tokens[position].Kind;
            if (kind == TokenKind.Or || (kind == TokenKind.Close && depth > 0))
            {
                break;
            }
            if (kind == TokenKind.And)
            {
                isExplicit = true;
                position++;
                continue;
            }
            if (kind == TokenKind.Close)
            {
                position++; // a stray ')' at top level is ignored
                continue;
            }
            var unary = ParseUnary(tokens, ref position, depth);
            if (unary is not null)
            {
                parts.Add(unary);
            }
        }
        return parts.Count switch { 0 => null, 1 => parts[0], _ => new AllQuery(parts, isExplicit) };
    }

    private static UserQuery? ParseUnary(List<Token> tokens, ref int position, int depth)
    {
        var token = tokens[position++];
        switch (token.Kind)
        {
            case TokenKind.Not or TokenKind.Minus:
                if (position >= tokens.Count || tokens[position].Kind is TokenKind.Or or TokenKind.And or TokenKind.Close)
                {
                    return null;
                }
                var inner = ParseUnary(tokens, ref position, depth);
                return inner is null or ExcludedQuery ? inner : new ExcludedQuery(inner);
            case TokenKind.Open:
                var group = ParseAny(tokens, ref position, depth + 1);
                if (position < tokens.Count && tokens[position].Kind == TokenKind.Close)
                {
                    position++;
                }
                return group;
            case TokenKind.Phrase:
                return new QuotedPhraseQuery(token.Text);
            default:
                if (!token.Text.Any(char.IsLetterOrDigit))
                {
                    return null;
                }
                return token.Text.EndsWith('*') && token.Text.Length > 1
                    ? new WordQuery(token.Text.TrimEnd('*'), IsPrefix: true)
                    : new WordQuery(token.Text.Trim('*'));
        }
    }

    private static List<Token> Tokenize(string input)
    {
        var tokens = new List<Token>();
        var depth = 0;
        var i = 0;
        while (i < input.Length)
        {
            var c = input[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                i++;
            }
            else if (c == '"')
            {
                var close = input.IndexOf('"', i + 1);
                var end = close < 0 ? input.Length : close;
                var phrase = input[(i + 1)..end].Trim();
                if (phrase.Length > 0)
                {
                    tokens.Add(new Token(TokenKind.Phrase, phrase));
                }
                i = end + 1;
            }
            else if (c == '(' && depth < MaxDepth)
            {
                depth++;
                tokens.Add(new Token(TokenKind.Open, "("));
                i++;
            }
            else if (c == ')' && depth > 0)
            {
                depth--;
                tokens.Add(new Token(TokenKind.Close, ")"));
                i++;
            }
            else if (c is '(' or ')')
            {
                i++; // beyond MaxDepth, or unbalanced: read as nothing
            }
            else if (c == '-' && i + 1 < input.Length && !char.IsWhiteSpace(input[i + 1]) && (i == 0 || char.IsWhiteSpace(input[i - 1]) || input[i - 1] == '('))
            {
                tokens.Add(new Token(TokenKind.Minus, "-"));
                i++;
            }
            else
            {
                var start = i;
                while (i < input.Length && !char.IsWhiteSpace(input[i]) && input[i] is not ('"' or '(' or ')'))
                {
                    i++;
                }
                tokens.Add(Classify(input[start..i]));
            }
        }
        return tokens;
    }

    private static Token Classify(string word) => word switch
    {
        "OR" or "||" or "|" => new Token(TokenKind.Or, word),
        "AND" or "&&" or "&" => new Token(TokenKind.And, word),
        "NOT" or "!" => new Token(TokenKind.Not, word),
        _ when word.Equals("eller", StringComparison.OrdinalIgnoreCase) => new Token(TokenKind.Or, word),
        _ when word.Equals("och", StringComparison.OrdinalIgnoreCase) => new Token(TokenKind.And, word),
        _ when word.Equals("inte", StringComparison.OrdinalIgnoreCase) => new Token(TokenKind.Not, word),
        _ => new Token(TokenKind.Word, word),
    };
}
