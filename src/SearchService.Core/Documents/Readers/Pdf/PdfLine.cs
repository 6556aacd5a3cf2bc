namespace SearchService.Core.Documents.Readers.Pdf;

/// <summary>One line of text on a PDF page with its position (PDF units, y grows upwards).</summary>
/// <param name="Text">The line's words joined by spaces.</param>
/// <param name="Left">Left edge.</param>
/// <param name="Right">Right edge.</param>
/// <param name="Baseline">Baseline height.</param>
/// <param name="FontSize">Largest point size on the line.</param>
internal sealed record PdfLine(string Text, double Left, double Right, double Baseline, double FontSize);
