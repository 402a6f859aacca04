import VietCite

extension CitationGraph {
    /// Builds the graph document by document: each ``add(_:)`` folds a document into the graph being built and
    /// keeps nothing of it but its contribution (tallies, edges, occurrences), so memory grows with the graph,
    /// not with the documents read.
    ///
    /// ```swift
    /// var builder = CitationGraph.Builder()
    /// for (name, bytes) in files {
    ///     builder.add(CitationGraph.DocumentRecord(extractor.extract(from: SourceText(bytes: bytes)), name: name))
    /// }
    /// let graph = builder.build()
    /// ```
    /// Documents may be added in any order, and several builders (one per thread) may be merged: the graph does
    /// not depend on either. A name cited in one document and stated with its number in another
    /// (`Luật Đầu tư công số 49/2014/QH13`) is resolved in ``build()``, when every document is in.
    public struct Builder: Sendable {
        private var assembly = Assembly()

        /// An empty builder.
        public init() {}

        /// Adds a document.
        ///
        /// - Complexity: O(*c*) expected, in the document's citations.
        public mutating func add(_ record: DocumentRecord) {
            assembly.add(record)
        }

        /// Adds everything another builder was given (a builder per thread, merged at the end).
        ///
        /// - Complexity: O(size of `other`'s graph).
        public mutating func merge(_ other: Builder) {
            assembly.merge(other.assembly)
        }

        /// The graph of every document added. The builder is consumed: what it holds becomes the graph
        /// without a copy.
        ///
        /// - Complexity: O(*e* log *e*) in the number of nodes and edges.
        public consuming func build() -> CitationGraph {
            var builder = consume self
            return builder.assembly.finish()
        }
    }
}

/// Node identity (`documents.md` §8).
enum Identity {
    /// The node of a symbol: normative by the symbol; state and consolidated with the year; Party with the term.
    static func key(symbol: String, family: String?, date: CitationDate?, term: String?, year: Int? = nil) -> String {
        switch family {
        case "party":
            let written = term.flatMap { $0.allSatisfy { "IVXL".contains($0) } ? $0 : nil }
            return "doc:\(symbol)#\(date?.partyTerm ?? written ?? "?")"
        case "state", "consolidated":
            return "doc:\(symbol)@\((date?.year ?? year).map(String.init) ?? "?")"
        default:
            return "doc:\(symbol)"
        }
    }

    static func nameKey(_ name: String) -> String {
        VietnameseKey.folded(name).split(separator: " ").joined(separator: " ")
    }

    /// `49/2014/QH13` → 2014.
    static func year(ofSymbol symbol: String) -> Int? {
        let parts = symbol.split(separator: "/")
        guard parts.count >= 3, parts[1].count == 4 else { return nil }
        return Int(parts[1])
    }

    /// The family a symbol's shape implies (`N-X/Y` Party, `N/YYYY/…` normative, `N/VBHN-…`, `N/X-Y` state).
    static func family(ofSymbol symbol: String) -> String {
        if symbol.contains("/VBHN") { return "consolidated" }
        if year(ofSymbol: symbol) != nil { return "normative" }
        let head = symbol.split(separator: "/").first ?? ""
        return head.contains("-") ? "party" : "state"
    }
}
