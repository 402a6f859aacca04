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

        /// Adds everything another builder was given (a builder per thread, merged at the end; ``joined(_:)`` joins
        /// such builders faster, on as many threads).
        ///
        /// - Complexity: O(size of `other`'s graph).
        public mutating func merge(_ other: Builder) {
            assembly.merge(other.assembly)
        }

        /// Builders filled on several threads (one each), joined into one. What can be done apart is done on as
        /// many threads first: each connects the names its documents cite, from what the documents of all of them
        /// teach. The graph is the one a single builder given every document would build.
        ///
        /// - Complexity: O(size of the builders' graphs).
        public static func joined(_ builders: consuming [Builder]) -> Builder {
            // Each assembly moved out of its builder, so that it stays the only reference to its tables.
            var builders = builders
            var assemblies: [Assembly] = []
            assemblies.reserveCapacity(builders.count)
            for index in builders.indices {
                assemblies.append(builders[index].assembly)
                builders[index] = Builder()
            }
            var joined = Builder()
            joined.assembly = Assembly.joined(assemblies)
            return joined
        }

        /// The graph of every document added. The builder is consumed: what it holds becomes the graph
        /// without a copy.
        ///
        /// - Parameter jobs: threads that turn the tallies into nodes and expand the edges (the graph is the same
        ///   for any number).
        /// - Complexity: O(*e* log *e*) in the number of nodes and edges.
        public consuming func build(jobs: Int = 1) -> CitationGraph {
            var builder = consume self
            return builder.assembly.finish(jobs: jobs)
        }
    }
}

/// Node identity (`documents.md` §8).
enum Identity {
    /// The node of a symbol: normative by the symbol; state and consolidated with the year; Party with the term.
    static func key(symbol: String, family: String?, date: CitationDate?, term: String?, year: Int? = nil) -> String {
        // The mark and what follows it are short (a small string, kept inline), and the key is written into one string
        // of its size: every citation of a batch is keyed, and appending the parts cost a reservation and three
        // appends each.
        var suffix: String
        switch family {
        case "party":
            let written = term.flatMap { $0.utf8.allSatisfy { "IVXL".utf8.contains($0) } ? $0 : nil }
            suffix = "#" + (date?.partyTerm ?? written ?? "?")
        case "state", "consolidated":
            suffix = "@" + ((date?.year ?? year).map(String.init) ?? "?")
        default:
            suffix = ""
        }
        var symbol = symbol
        return symbol.withUTF8 { symbol in
            suffix.withUTF8 { suffix in
                String(unsafeUninitializedCapacity: 4 + symbol.count + suffix.count) { out in
                    (out[0], out[1], out[2], out[3]) = (0x64, 0x6F, 0x63, 0x3A)  // doc:
                    _ = UnsafeMutableBufferPointer(rebasing: out[4...]).initialize(from: symbol)
                    _ = UnsafeMutableBufferPointer(rebasing: out[(4 + symbol.count)...]).initialize(from: suffix)
                    return 4 + symbol.count + suffix.count
                }
            }
        }
    }

    /// True for a key whose year or term is open (`doc:12/QĐ-UBND@?`). Read from the last byte: `hasSuffix` compares
    /// by characters, and every citation of a batch asks.
    static func isOpen(_ key: String) -> Bool { key.utf8.last == 0x3F }

    /// True for the key of a document (`doc:…`), by its bytes.
    static func isDocument(_ key: String) -> Bool { key.utf8.starts(with: "doc:".utf8) }

    /// True for the key of a short form left open (`short:…`), by its bytes.
    static func isShortForm(_ key: String) -> Bool { key.utf8.starts(with: "short:".utf8) }

    /// The folded name, its spaces single and trimmed (`Luật  Đất đai ` → `luat dat dai`).
    static func nameKey(_ name: String) -> String {
        var folded = VietnameseKey.folded(name)
        return folded.withUTF8 { bytes in
            String(unsafeUninitializedCapacity: bytes.count) { out in
                var count = 0
                for (index, byte) in bytes.enumerated()
                where byte != 0x20 || (count > 0 && index + 1 < bytes.count && bytes[index + 1] != 0x20) {
                    out[count] = byte
                    count += 1
                }
                return count
            }
        }
    }

    /// `49/2014/QH13` → 2014.
    static func year(ofSymbol symbol: String) -> Int? {
        // Read from the bytes: every citation of a batch asks. The parts are the non-empty runs between slashes;
        // the second one is the year when it is four digits and a third part follows.
        var symbol = symbol
        return symbol.withUTF8 { bytes -> Int? in
            var index = 0
            func part() -> Range<Int>? {
                while index < bytes.count && bytes[index] == 0x2F { index += 1 }
                guard index < bytes.count else { return nil }
                let start = index
                while index < bytes.count && bytes[index] != 0x2F { index += 1 }
                return start..<index
            }
            guard part() != nil, let second = part(), second.count == 4, part() != nil else { return nil }
            var year = 0
            for offset in second {
                guard bytes[offset] >= 0x30 && bytes[offset] <= 0x39 else { return nil }
                year = year * 10 + Int(bytes[offset] - 0x30)
            }
            return year
        }
    }

    /// The family a symbol's shape implies (`N-X/Y` Party, `N/YYYY/…` normative, `N/VBHN-…`, `N/X-Y` state).
    static func family(ofSymbol symbol: String) -> String {
        if symbol.contains("/VBHN") { return "consolidated" }
        if year(ofSymbol: symbol) != nil { return "normative" }
        let head = symbol.split(separator: "/").first ?? ""
        return head.contains("-") ? "party" : "state"
    }
}
