import VietCite

/// What an ``Assembly`` keeps while the graph is built: compact records of occurrences and waiting names, node
/// tallies, and the views of a citation and its document that connecting one reads.
extension Assembly {
    /// An occurrence while the graph is built: 28 bytes, strings by their index in ``strings``.
    struct CompactOccurrence: Sendable {
        var edge: UInt32
        var document: UInt32
        var start: UInt32
        var end: UInt32
        var text: UInt32
        /// Index + 1 in ``strings``; 0 for none.
        var pinpoint: UInt32
        /// Index + 1 in ``contexts``; 0 for none.
        var context: UInt32
    }

    /// An edge: source and target node ids as indices in ``strings``.
    struct EdgeKey: Hashable, Sendable {
        let source: UInt32
        let target: UInt32
        let relation: Relation
    }

    /// The attributes a node tallies.
    enum Attribute: Int, CaseIterable {
        case type, number, symbol, issuer, issuerCode, date, term, year, title, name
    }

    /// A node while the batch is read: every value seen for each attribute, chosen at the end by frequency.
    struct NodeDraft {
        /// A tally per ``Attribute``, by its raw value.
        var values = [Tally](repeating: Tally(), count: Attribute.allCases.count)
        /// By date cited, the citing documents: indices in ``strings`` (hashing a number, not a string, for each
        /// citation). The citing nodes are counted from the edges, in ``Assembly/graph(jobs:)``.
        var citedDates: [String: Set<UInt32>] = [:]
        var file: String?
        var identity: String?
        var isResolved = true

        mutating func note(_ attribute: Attribute, _ value: String?) {
            guard let value, !value.isEmpty else { return }
            values[attribute.rawValue].add(ExactString(value))
        }

        /// The value noted most often; the least one among equals.
        func value(_ attribute: Attribute) -> String? {
            values[attribute.rawValue].mostNoted
        }
    }

    /// How often each value of one attribute of a node was noted. Nearly every node is cited with one value of an
    /// attribute (one type, one issuer), kept apart from the table: noting it again compares its bytes instead of
    /// hashing them.
    struct Tally {
        private var first: ExactString?
        private var firstCount = 0
        private var others: [ExactString: Int] = [:]

        var isEmpty: Bool { first == nil }

        mutating func add(_ value: ExactString, count: Int = 1) {
            guard let first else {
                (first, firstCount) = (value, count)
                return
            }
            if first == value {
                firstCount += count
            } else {
                others[value, default: 0] += count
            }
        }

        mutating func merge(_ other: Tally) {
            if let value = other.first { add(value, count: other.firstCount) }
            for (value, count) in other.others { add(value, count: count) }
        }

        /// The value noted most often; the least one among equals.
        var mostNoted: String? {
            guard var best = first else { return nil }
            var bestCount = firstCount
            for (value, count) in others where count > bestCount || (count == bestCount && value < best) {
                (best, bestCount) = (value, count)
            }
            return best.string
        }
    }

    /// A name-only citation waiting for ``taught``: the node is the symbol the batch states for the name when
    /// there is exactly one, else `fallback` (what the document itself resolved, or the name's own node).
    /// Kept compact (strings as indices in ``strings``, + 1 where optional), as names are many in a large batch.
    struct DeferredName: Sendable {
        var type, number, issuer, issuerCode, term, name, pinpoint, refersTo: UInt32
        var text, source, document, nameKey, fallback: UInt32
        var date, documentDate: CitationDate?
        var year, nameYear: Int32
        var start, end: UInt32
        var context: UInt32
        var relation: Relation
    }

    /// What ``connect(_:to:edge:)`` reads of a citation.
    struct Cited {
        var type, number, symbol, issuer, issuerCode, term, name, refersTo, pinpoint: String?
        var text: String
        var date: CitationDate?
        var year: Int?
        var span: Range<Int>
        var relation: Relation

        init(_ citation: Citation) {
            type = citation.type
            number = citation.number
            symbol = citation.symbol
            issuer = citation.issuer
            issuerCode = citation.issuerCode
            term = citation.term
            name = citation.name
            refersTo = citation.refersTo
            pinpoint = citation.pinpoint?.text
            text = citation.text
            date = citation.date
            year = citation.year
            span = citation.span
            relation = citation.relation
        }

        init(_ name: DeferredName, strings: StringTable) {
            func optional(_ index: UInt32) -> String? { index > 0 ? strings[index - 1] : nil }
            type = optional(name.type)
            number = optional(name.number)
            symbol = nil
            issuer = optional(name.issuer)
            issuerCode = optional(name.issuerCode)
            term = optional(name.term)
            self.name = optional(name.name)
            refersTo = optional(name.refersTo)
            pinpoint = optional(name.pinpoint)
            text = strings[name.text]
            date = name.date
            year = name.year > 0 ? Int(name.year) : nil
            span = Int(name.start)..<Int(name.end)
            relation = name.relation
        }
    }

    /// What an edge needs of the citing document. The ids are interned once per document, not per citation.
    struct EdgeContext: Sendable {
        let source: String
        let document: String
        /// `source` and `document` in ``strings``.
        let sourceIndex: UInt32
        let documentIndex: UInt32
        let documentDate: CitationDate?
        let context: CitationGraph.Context?
    }
}
