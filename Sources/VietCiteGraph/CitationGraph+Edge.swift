import VietCite

extension CitationGraph {
    /// Citing document → cited document, for one relation, with every place it is written.
    public struct Edge: Sendable, Hashable {
        /// The citing document's node.
        public let source: String
        /// The cited document's node.
        public let target: String
        /// How it is cited (`căn cứ`, `thay thế`, … `dẫn chiếu`).
        public let relation: Relation
        /// Every occurrence, by document and byte offset.
        public internal(set) var occurrences: [Occurrence]
        /// The number of occurrences.
        public var count: Int { occurrences.count }
    }

    /// One place a citation is written.
    public struct Occurrence: Sendable, Hashable {
        /// The citing file or id.
        public let document: String
        /// The mention's bytes in the original file.
        public let span: Range<Int>
        /// The mention as written.
        public let text: String
        /// The pinpoint (`Điều 14`), if any.
        public let pinpoint: String?
        /// The sentence around the mention and the mention's offset inside it (kept when the builder is asked to).
        public let context: Context?
    }

    /// The sentence a mention stands in: its text and where the mention is inside it (UTF-8 offsets).
    public struct Context: Sendable, Hashable {
        /// The sentence, invalid bytes as U+FFFD.
        public let sentence: String
        /// The mention's UTF-8 offsets inside ``sentence``.
        public let mention: Range<Int>
    }
}
