@_spi(Stages) import VietCite

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
            // (The encoding told once for the document: ``SourceText/text(in:)`` tells it on every call.)
            let reader = keepContext ? document.source.reader : nil
            contexts = reader.map { reader in document.citations.map { Self.context(of: $0.span, in: reader) } } ?? []
        }

        /// The sentence around a span: back to the line start or a sentence end, at most 240 bytes each way. In a
        /// UTF-16 source the walk goes a code unit at a time.
        static func context(of span: Range<Int>, in source: SourceText.Reader) -> Context {
            let bytes = source.bytes
            let utf16 = source.isUTF16
            let step = utf16 ? 2 : 1
            // The ASCII character at `offset` (0x80 for any other): in UTF-16, a unit whose other byte is NUL, in
            // either byte order (`3B 00` and `00 3B` are `;`).
            func ascii(_ offset: Int) -> UInt8 {
                guard utf16 else { return bytes[offset] }
                let (first, second) = (bytes[offset], bytes[offset + 1])
                return first == 0 ? (second < 0x80 ? second : 0x80) : second == 0 && first < 0x80 ? first : 0x80
            }
            var start = span.lowerBound
            while start >= step && span.lowerBound - start < 240 {
                let character = ascii(start - step)
                if character == 0x0A || character == 0x0D || (character == 0x2E && ascii(start) == 0x20) { break }
                start -= step
            }
            var end = span.upperBound
            while end + step <= bytes.count && end - span.upperBound < 240 {
                let character = ascii(end)
                if character == 0x0A || character == 0x0D { break }
                end += step
                if character == 0x2E || character == 0x3B { break }
            }
            // Keep whole UTF-8 sequences at both ends.
            if !utf16 {
                while start < span.lowerBound && bytes[start] & 0xC0 == 0x80 { start += 1 }
                while end > span.upperBound && end < bytes.count && bytes[end] & 0xC0 == 0x80 { end -= 1 }
            }
            let before = source.text(in: start..<span.lowerBound)
            let mention = source.text(in: span)
            let after = source.text(in: span.upperBound..<end)
            let offset = before.utf8.count
            return Context(sentence: before + mention + after, mention: offset..<offset + mention.utf8.count)
        }
    }
}
