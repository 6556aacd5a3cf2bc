using System.IO.Compression;
using System.Xml;

namespace SearchService.Core.Documents.Readers;

/// <summary>
/// Checks a Word file's zip before DocumentFormat.OpenXml opens it: few enough entries, XML parts
/// that inflate to a bounded size and nest no deeper than <see cref="DocumentLimits.MaxXmlDepth"/>,
/// and no DTD. OpenXml's recursion overflows the stack on deep nesting, an exception that cannot be
/// caught and ends the process, so the check reads every XML part with a plain streaming
/// <see cref="XmlReader"/> that keeps no tree and recurses not at all.
/// </summary>
internal static class WordPackage
{
    /// <summary>Throws when <paramref name="content"/> breaks a limit.</summary>
    /// <exception cref="UnreadableDocumentException">Hostile (<see cref="UnreadableDocumentException.IsHostile"/>) or not a zip.</exception>
    public static void Check(byte[] content)
    {
        using var zip = OpenZip(content);
        if (zip.Entries.Count > DocumentLimits.MaxPackageEntries)
        {
            throw DocumentLimits.Exceeded($"the Word file holds {zip.Entries.Count} zip entries; at most {DocumentLimits.MaxPackageEntries} are read");
        }
        long declared = 0;
        foreach (var entry in zip.Entries.Where(IsXml))
        {
            // Declared sizes may lie, so the reader below also counts what actually inflates.
            declared += entry.Length;
            if (entry.Length > DocumentLimits.MaxXmlPartCharacters || declared > DocumentLimits.MaxXmlPackageBytes)
            {
                throw DocumentLimits.Exceeded($"its XML inflates to more than {DocumentLimits.MaxXmlPackageBytes / (1024 * 1024)} MiB (part {entry.FullName} is {entry.Length} bytes)");
            }
            CheckXml(entry);
        }
    }

    private static ZipArchive OpenZip(byte[] content)
    {
        try
        {
            return new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
        }
        catch (InvalidDataException e)
        {
            throw new UnreadableDocumentException($"damaged Word file ({e.Message})", e);
        }
    }

    private static bool IsXml(ZipArchiveEntry entry) =>
        entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || entry.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);

    private static void CheckXml(ZipArchiveEntry entry)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = DocumentLimits.MaxXmlPartCharacters,
            IgnoreWhitespace = true,
            IgnoreComments = true,
        };
        try
        {
            using var stream = entry.Open();
            using var xml = XmlReader.Create(stream, settings);
            while (xml.Read())
            {
                if (xml.Depth > DocumentLimits.MaxXmlDepth)
                {
                    throw DocumentLimits.Exceeded($"part {entry.FullName} nests elements more than {DocumentLimits.MaxXmlDepth} deep");
                }
            }
        }
        catch (XmlException e) when (e.Message.Contains("MaxCharactersInDocument", StringComparison.Ordinal) || e.Message.Contains("DTD", StringComparison.Ordinal))
        {
            throw DocumentLimits.Exceeded($"part {entry.FullName}: {e.Message}");
        }
        catch (Exception e) when (e is XmlException or InvalidDataException)
        {
            throw new UnreadableDocumentException($"damaged Word file (part {entry.FullName}: {e.Message})", e);
        }
    }
}
