namespace SearchService.Api.Tests.Web;

/// <summary>Pages of a pretend region web site, served from another origin, that paste the two embed lines.</summary>
internal static class EmbeddingSite
{
    // The rule from the issue: a host page that would wreck any widget that shared its styles.
    public const string HostileCss = "* { color: red !important; font-size: 40px; font-family: monospace; background: yellow; line-height: 3; }";

    private const string LayoutCss = ".column { max-width: 720px; margin: 0 auto; font-family: Georgia, serif; }";

    public static string Page(string name, string apiBase) => name switch
    {
        "plain" => Html(apiBase, "", """<policy-search region="Skåne" query="vårdplatser"></policy-search>"""),
        "hostile" => Html(apiBase, HostileCss, """<policy-search region="Skåne" query="vårdplatser"></policy-search>"""),
        _ => Html(apiBase, "policy-search.themed { --policy-search-accent: rgb(0, 110, 60); }", $"""
            <policy-search region="Skåne" placeholder="Sök i Region Skånes dokument"></policy-search>
            <policy-search class="themed" api="{apiBase}" query="vårdplatser" page-size="2"></policy-search>
            """),
    };

    private static string Html(string apiBase, string css, string body) => $"""
        <!doctype html>
        <html lang="sv">
        <head><meta charset="utf-8"><title>Region X – nyheter</title><style>{LayoutCss} {css}</style></head>
        <body>
          <main class="column">
            <h1 id="host-heading">Sök bland regionernas beslut</h1>
            <script src="{apiBase}/widget.js" defer></script>
            {body}
          </main>
        </body>
        </html>
        """;
}
