import VietCite

/// A citation graph: one node per document, however it was written, and one edge per citing document, cited
/// document and relation, with every occurrence.
///
/// Build it from extracted documents, then export it:
/// ```swift
/// var builder = CitationGraph.Builder()
/// builder.add(CitationGraph.DocumentRecord(CitationExtractor().extract(from: source), name: "a.txt"))
/// let graph = builder.build()
/// print(GraphFormat.json.render(graph))
/// ```
/// The graph is deterministic: the same documents added in any order give the same nodes, edges and
/// conflicts, in the same order.
public struct CitationGraph: Sendable {
    /// The documents, sorted by identifier.
    public let nodes: [Node]
    /// The citations, sorted by citing document, cited document and relation.
    public let edges: [Edge]
    /// What does not agree across the batch: one symbol with two dates, a citation dated after its citing
    /// document.
    public let conflicts: [Conflict]

    /// Something the batch disagrees on, reported rather than hidden.
    public struct Conflict: Sendable, Hashable {
        /// `dates` (one document cited with different dates) or `date-after-citing-document`.
        public let kind: String
        /// The node concerned.
        public let node: String
        /// What disagrees, in words.
        public let detail: String
        /// The citing documents where it shows.
        public let documents: [String]
    }
}
