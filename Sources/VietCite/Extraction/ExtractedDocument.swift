/// A document and the citations found in it, in document order.
///
/// ```swift
/// let document = CitationExtractor().extract(from: SourceText("Căn cứ Luật Đất đai năm 2013;"))
/// document.citations.map(\.text)   // ["Luật Đất đai năm 2013"]
/// ```
public struct ExtractedDocument: Sendable {
    /// The document's original bytes.
    public let source: SourceText
    /// Every mention, in the order of their spans.
    public let citations: [Citation]
}
