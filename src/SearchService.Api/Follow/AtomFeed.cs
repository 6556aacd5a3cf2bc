using System.Globalization;
using System.Text;
using System.Xml;
using SearchService.Core.Indexing;
using SearchService.Core.Search;

namespace SearchService.Api.Follow;

/// <summary>Writes the newest matches of a search as an Atom feed (RFC 4287): one entry per paragraph,
/// updated at its document's date, linking to the paragraph on the document page.</summary>
internal static class AtomFeed
{
    private const string Atom = "http://www.w3.org/2005/Atom";

    /// <summary>The feed for <paramref name="request"/>, titled with its filters among <paramref name="facets"/>;
    /// <paramref name="self"/> is the feed's own URL and <paramref name="site"/> the service's origin, for links.</summary>
    public static byte[] Write(SearchRequest request, IReadOnlyList<MetadataFacet> facets, IReadOnlyList<SearchHit> hits, string self, string site, DateTimeOffset indexed)
    {
        var query = QueryString.Create(new Dictionary<string, string?> { ["q"] = request.Query }).ToUriComponent();
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) }))
        {
            xml.WriteStartElement("feed", Atom);
            xml.WriteElementString("title", Atom, $"Policysök: {request.Query}{Where(request, facets)}");
            xml.WriteElementString("subtitle", Atom, "De senaste styckena som matchar sökningen, nyaste dokumentet först.");
            xml.WriteElementString("id", Atom, self);
            xml.WriteElementString("updated", Atom, Time(hits.Count > 0 ? Dated(hits[0]) : indexed));
            Link(xml, "self", "application/atom+xml", self);
            Link(xml, "alternate", "text/html", $"{site}/{query}");
            xml.WriteStartElement("author", Atom);
            xml.WriteElementString("name", Atom, "Policysök");
            xml.WriteEndElement();
            foreach (var hit in hits)
            {
                xml.WriteStartElement("entry", Atom);
                xml.WriteElementString("title", Atom, hit.Section is null || hit.Section == hit.Title ? hit.Title : $"{hit.Title} – {hit.Section}");
                xml.WriteElementString("id", Atom, $"{site}/documents/{Uri.EscapeDataString(hit.DocumentId)}#p{hit.Paragraph}");
                xml.WriteElementString("updated", Atom, Time(Dated(hit)));
                Link(xml, "alternate", "text/html", $"{site}/documents/{Uri.EscapeDataString(hit.DocumentId)}{query}#p{hit.Paragraph}");
                if ((hit.Organisation ?? hit.Region) is { } author)
                {
                    xml.WriteStartElement("author", Atom);
                    xml.WriteElementString("name", Atom, author);
                    xml.WriteEndElement();
                }
                if (hit.Region is { } region)
                {
                    xml.WriteStartElement("category", Atom);
                    xml.WriteAttributeString("term", region);
                    xml.WriteEndElement();
                }
                // The snippet is escaped text with <mark>: HTML, which the writer escapes once more as Atom wants.
                xml.WriteStartElement("summary", Atom);
                xml.WriteAttributeString("type", "html");
                xml.WriteString(hit.Snippet);
                xml.WriteEndElement();
                xml.WriteStartElement("content", Atom);
                xml.WriteAttributeString("type", "text");
                xml.WriteString(hit.Text);
                xml.WriteEndElement();
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        return buffer.ToArray();
    }

    // "i Skåne, Malmö, budget": places (exact-term facets) first, then the other filters in facet order.
    private static string Where(SearchRequest request, IReadOnlyList<MetadataFacet> facets)
    {
        var filters = facets.OrderByDescending(f => f.ExactTerm).Select(f => request.Filter(f.Field)).OfType<string>();
        return string.Join(", ", filters) is { Length: > 0 } where ? $" i {where}" : "";
    }

    private static DateTimeOffset Dated(SearchHit hit) =>
        DateTimeOffset.ParseExact(hit.Date!, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    private static string Time(DateTimeOffset time) => time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static void Link(XmlWriter xml, string rel, string type, string href)
    {
        xml.WriteStartElement("link", Atom);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }
}
