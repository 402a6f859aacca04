import VietCite

extension CitationGraph {
    /// What the graph keeps of one extracted document: its identity and its citations (and, when asked, the
    /// sentence around each), not its bytes. Made on any thread, then added to a ``Builder``.
    public struct DocumentRecord: Sendable {
        /// The file path or JSON Lines id.
        public let name: String
        let identity: SourceIdentity
        let citations: [Citation]
        let contexts: [Context?]

        /// The number of citations kept.
        public var citationCount: Int { citations.count }

        /// The number of self mentions (they identify the document and make no edge).
        public var selfCount: Int { citations.count { $0.isSelf } }

        /// Reads a document's identity and keeps its citations.
        ///
        /// - Parameters:
        ///   - document: the extracted document.
        ///   - name: its file path or id.
        ///   - keepContext: keep the sentence around each citation (for the HTML view).
        /// - Complexity: O(*n*) in the number of citations, plus the first 6 KB of the document.
        public init(_ document: ExtractedDocument, name: String, keepContext: Bool = false) {
            self.name = name
            identity = SourceIdentity(document)
            citations = document.citations
            let wide = keepContext && document.source.isUTF16
            contexts = keepContext
                ? document.citations.map { Self.context(of: $0.span, in: document.source, utf16: wide) } : []
        }

        /// The sentence around a span: back to the line start or a sentence end, at most 240 bytes each way; in whole
        /// code units when the source is UTF-16 (`utf16`, told once for the document).
        static func context(of span: Range<Int>, in source: SourceText, utf16: Bool) -> Context {
            let bytes = source.bytes
            var start = span.lowerBound
            while start > 0 && span.lowerBound - start < 240 {
                let byte = bytes[start - 1]
                if byte == 0x0A || byte == 0x0D || (byte == 0x2E && bytes[start] == 0x20) { break }
                start -= 1
            }
            var end = span.upperBound
            while end < bytes.count && end - span.upperBound < 240 {
                let byte = bytes[end]
                if byte == 0x0A || byte == 0x0D { break }
                end += 1
                if byte == 0x2E || byte == 0x3B { break }
            }
            // Keep whole UTF-8 sequences at both ends.
            while start < span.lowerBound && bytes[start] & 0xC0 == 0x80 { start += 1 }
            while end > span.upperBound && end < bytes.count && bytes[end] & 0xC0 == 0x80 { end -= 1 }
            // In UTF-16, whole code units: the same parity as the span's ends.
            if utf16 {
                start += (span.lowerBound - start) & 1
                end -= (end - span.upperBound) & 1
            }
            let before = source.text(in: start..<span.lowerBound)
            let mention = source.text(in: span)
            let after = source.text(in: span.upperBound..<end)
            let offset = before.utf8.count
            return Context(sentence: before + mention + after, mention: offset..<offset + mention.utf8.count)
        }
    }
}
