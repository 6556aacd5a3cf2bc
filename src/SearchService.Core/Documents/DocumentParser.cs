using SearchService.Core.Documents.Readers;

namespace SearchService.Core.Documents;

/// <summary>Turns a source document into a parsed one: paragraphs, then metadata detected from the
/// text, then any operator override applied.</summary>
public static class DocumentParser
{
    /// <summary>Parses <paramref name="source"/>, letting <paramref name="metadataOverride"/> replace detected fields.</summary>
    public static ParsedDocument Parse(SourceDocument source, MetadataOverride? metadataOverride = null)
    {
        var split = ParagraphSplitter.Split(source.Text, source.HeadingsMarked);
        var regions = RegionDetector.Detect(source.Text);
        var detected = OrganisationDetector.WithPublisher(
            source.Text,
            new DocumentMetadata(source.Title ?? TitleDetector.Detect(split, source.Id), regions.Region, regions.Mentioned, DateDetector.Detect(source.Text)));
        var paragraphs = split.Paragraphs;
        if (source.PageStarts is { Count: > 0 } pageStarts)
        {
            var pages = new ExtractedDocument(source.Text, source.Title, pageStarts);
            paragraphs = paragraphs.Select(p => p with { Page = pages.PageAt(p.StartOffset) }).ToList();
        }
        return new ParsedDocument(source.Id, source.FileName, MetadataSidecar.Apply(detected, metadataOverride), paragraphs);
    }

    /// <summary>Parses a file's content, read with the reader its name calls for.</summary>
    /// <exception cref="UnreadableDocumentException">The file cannot be read.</exception>
    public static ParsedDocument Parse(string fileName, byte[] content, MetadataOverride? metadataOverride = null)
    {
        var extracted = DocumentReaders.Read(fileName, content);
        var source = new SourceDocument(Path.GetFileNameWithoutExtension(fileName), fileName, extracted.Text, extracted.Title, extracted.PageStarts, extracted.HeadingsMarked);
        return Parse(source, metadataOverride);
    }
}
