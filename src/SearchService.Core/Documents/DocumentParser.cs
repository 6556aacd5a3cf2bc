namespace SearchService.Core.Documents;

/// <summary>Turns a source document into a parsed one: paragraphs, then metadata detected from the
/// text, then any operator override applied.</summary>
public static class DocumentParser
{
    /// <summary>Parses <paramref name="source"/>, letting <paramref name="metadataOverride"/> replace detected fields.</summary>
    public static ParsedDocument Parse(SourceDocument source, MetadataOverride? metadataOverride = null)
    {
        var split = ParagraphSplitter.Split(source.Text);
        var regions = RegionDetector.Detect(source.Text);
        var detected = new DocumentMetadata(
            TitleDetector.Detect(split, source.Id),
            regions.Region,
            regions.Mentioned,
            DateDetector.Detect(source.Text));
        return new ParsedDocument(source.Id, source.FileName, MetadataSidecar.Apply(detected, metadataOverride), split.Paragraphs);
    }
}
