namespace SearchService.Core.Documents;

/// <summary>Why a source file was not indexed, in a few kinds that can be counted.</summary>
public enum SkipKind
{
    /// <summary>A supported file that is damaged, encrypted or holds no text.</summary>
    Unreadable,

    /// <summary>An extension that is not read, or content that does not match its name.</summary>
    UnsupportedFormat,

    /// <summary>The file's metadata (<c>&lt;file&gt;.meta.json</c>) is not valid.</summary>
    InvalidMetadata,

    /// <summary>The file could not be read from disk (gone, locked, no permission).</summary>
    FileAccess,

    /// <summary>Another file with the same name and another extension has the document id.</summary>
    DuplicateId,
}
