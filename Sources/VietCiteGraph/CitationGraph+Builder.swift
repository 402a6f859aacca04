import Dispatch
import Synchronization
import VietCite

extension CitationGraph {
    /// Collects documents, then builds the graph: identities, merges, edges, conflicts.
    ///
    /// ```swift
    /// var builder = CitationGraph.Builder()
    /// for (name, bytes) in files {
    ///     builder.add(CitationGraph.DocumentRecord(extractor.extract(from: SourceText(bytes: bytes)), name: name))
    /// }
    /// let graph = builder.build()
    /// ```
    /// Records may be added in any order; ``build()`` sorts them first, so the graph does not depend on it.
    public struct Builder: Sendable {
        private var records: [DocumentRecord] = []

        /// An empty builder.
        public init() {}

        /// Adds a document.
        public mutating func add(_ record: DocumentRecord) {
            records.append(record)
        }

        /// The graph of every document added.
        ///
        /// - Parameter jobs: threads to assemble on. The documents are cut into `jobs` consecutive parts, each
        ///   part is assembled on its own thread, and the parts are merged in order; the graph is the same for
        ///   any number of jobs.
        /// - Complexity: O(*c* log *c*) in the number of citations.
        public func build(jobs: Int = 1) -> CitationGraph {
            let sorted = records.sorted(by: Self.order)
            let taught = Self.namesTaught(by: sorted)
            let parts = max(1, min(jobs, sorted.count / 64))
            guard parts > 1 else {
                var assembly = Assembly(taught: taught)
                for record in sorted { assembly.add(record) }
                return assembly.finish()
            }
            let assemblies = Mutex([Assembly?](repeating: nil, count: parts))
            DispatchQueue.concurrentPerform(iterations: parts) { part in
                var assembly = Assembly(taught: taught)
                for record in sorted[sorted.count * part / parts..<sorted.count * (part + 1) / parts] {
                    assembly.add(record)
                }
                assemblies.withLock { $0[part] = assembly }
            }
            var whole = assemblies.withLock { $0 }.map { $0! }
            var merged = whole.removeFirst()
            for later in whole { merged.merge(later) }
            return merged.finish()
        }

        private static func order(_ a: DocumentRecord, _ b: DocumentRecord) -> Bool {
            if a.name != b.name { return a.name < b.name }
            if a.citations.count != b.citations.count { return a.citations.count < b.citations.count }
            return (a.identity.symbol ?? "") < (b.identity.symbol ?? "")
        }

        /// Names the batch states with a number (`Luật Đầu tư công số 49/2014/QH13`): folded name (and
        /// `name@year`) → symbols.
        static func namesTaught(by records: [DocumentRecord]) -> [String: Set<String>] {
            var taught: [String: Set<String>] = [:]
            for record in records {
                for citation in record.citations {
                    guard let name = citation.name, let symbol = citation.symbol else { continue }
                    let key = Identity.nameKey(name)
                    taught[key, default: []].insert(symbol)
                    if let year = Identity.year(ofSymbol: symbol) { taught[key + "@\(year)", default: []].insert(symbol) }
                }
            }
            return taught
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
