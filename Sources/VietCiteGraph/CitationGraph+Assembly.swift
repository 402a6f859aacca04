import VietCite

/// The work of ``CitationGraph/Builder/build()``: one pass over the sorted records.
struct Assembly {
    private let taught: [String: Set<String>]
    private var nodes: [String: NodeDraft] = [:]
    private var edges: [EdgeKey: [CitationGraph.Occurrence]] = [:]
    private var conflicts: Set<CitationGraph.Conflict> = []

    struct EdgeKey: Hashable {
        let source: String
        let target: String
        let relation: Relation
    }

    /// A node while the batch is read: every value seen for each attribute, chosen at the end by frequency.
    struct NodeDraft {
        var values: [String: [String: Int]] = [:]
        var citedBy: Set<String> = []
        var citedDates: [String: Set<String>] = [:]
        var file: String?
        var identity: String?
        var isResolved = true

        mutating func note(_ attribute: String, _ value: String?) {
            guard let value, !value.isEmpty else { return }
            values[attribute, default: [:]][value, default: 0] += 1
        }

        func value(_ attribute: String) -> String? {
            values[attribute]?.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key
        }
    }

    init(taught: [String: Set<String>]) {
        self.taught = taught
    }

    /// Adds what `later` assembled from the documents that follow this one's: the same state as one assembly
    /// that added all of them in order (tallies add up, sets join, the later source wins where one value is
    /// kept, occurrences keep their order).
    mutating func merge(_ later: Assembly) {
        for (id, draft) in later.nodes {
            update(id) { node in
                for (attribute, tally) in draft.values {
                    node.values[attribute, default: [:]].merge(tally, uniquingKeysWith: +)
                }
                node.citedBy.formUnion(draft.citedBy)
                node.citedDates.merge(draft.citedDates) { $0.union($1) }
                if let file = draft.file { node.file = node.file.map { min($0, file) } ?? file }
                if let identity = draft.identity { node.identity = identity }
                node.isResolved = node.isResolved && draft.isResolved
            }
        }
        edges.merge(later.edges) { $0 + $1 }
        conflicts.formUnion(later.conflicts)
    }

    mutating func add(_ record: CitationGraph.DocumentRecord) {
        let identity = record.identity
        let sourceID: String
        if let symbol = identity.symbol {
            sourceID = Identity.key(symbol: symbol, family: identity.family, date: identity.date, term: nil)
        } else {
            sourceID = "file:" + record.name
        }
        update(sourceID) { source in
            source.file = source.file.map { min($0, record.name) } ?? record.name
            source.identity = identity.symbol == nil ? "file name" : "header"
            source.note("type", identity.type)
            source.note("number", identity.number)
            source.note("symbol", identity.symbol)
            source.note("issuer", identity.issuer)
            source.note("issuerCode", identity.issuerCode)
            source.note("date", identity.date?.description)
            source.note("title", identity.title)
            if let year = identity.date?.year { source.note("year", String(year)) }
        }

        // Within a document a symbol keeps the node its first dated mention gave it.
        var keyOfSymbol: [String: String] = [:]
        for (index, citation) in record.citations.enumerated() where !citation.isSelf {
            let target = targetKey(citation, record: record, keyOfSymbol: &keyOfSymbol)
            guard target != sourceID else { continue }
            var conflict: CitationGraph.Conflict?
            update(target) { node in
                node.note("type", citation.type)
                node.note("number", citation.number)
                node.note("symbol", citation.symbol ?? (target.hasPrefix("doc:") ? citation.refersTo : nil))
                node.note("issuer", citation.issuer)
                node.note("issuerCode", citation.issuerCode)
                node.note("term", citation.term)
                node.note("name", citation.name)
                if let date = citation.date {
                    node.note("date", date.description)
                    node.citedDates[date.description, default: []].insert(record.name)
                    if let own = identity.date, (date.year, date.month, date.day) > (own.year, own.month, own.day) {
                        conflict = CitationGraph.Conflict(
                            kind: "date-after-citing-document", node: target,
                            detail: "cited as of \(date), in a document dated \(own)", documents: [record.name])
                    }
                }
                if let year = citation.year ?? citation.symbol.flatMap(Identity.year(ofSymbol:)) ?? citation.date?.year {
                    node.note("year", String(year))
                }
                if target.hasPrefix("short:") { node.isResolved = false }
                node.citedBy.insert(sourceID)
            }
            if let conflict { conflicts.insert(conflict) }
            let context = index < record.contexts.count ? record.contexts[index] : nil
            edges[EdgeKey(source: sourceID, target: target, relation: citation.relation), default: []].append(
                CitationGraph.Occurrence(document: record.name, span: citation.span, text: citation.text,
                                         pinpoint: citation.pinpoint?.text, context: context))
        }
    }

    /// Changes a node in place (no copy of its tallies).
    private mutating func update(_ id: String, _ body: (inout NodeDraft) -> Void) {
        body(&nodes[id, default: NodeDraft()])
    }

    /// The node a citation points at.
    private func targetKey(_ citation: Citation, record: CitationGraph.DocumentRecord,
                           keyOfSymbol: inout [String: String]) -> String {
        if let symbol = citation.symbol {
            let key = Identity.key(symbol: symbol, family: citation.family, date: citation.date, term: citation.term)
            if key.hasSuffix("?"), let known = keyOfSymbol[symbol] { return known }
            if !key.hasSuffix("?") || keyOfSymbol[symbol] == nil { keyOfSymbol[symbol] = key }
            return key
        }
        if citation.family == "name", let name = citation.name {
            let key = Identity.nameKey(name)
            let year = citation.year ?? citation.date?.year
            let stated = year.map { taught[key + "@\($0)"] ?? [] } ?? (taught[key] ?? [])
            if stated.count == 1, let symbol = stated.first { return "doc:" + symbol }
            if let refersTo = citation.refersTo { return keyOfSymbol[refersTo] ?? "doc:" + refersTo }
            return "name:" + key + (year.map { "@\($0)" } ?? "")
        }
        if let refersTo = citation.refersTo {
            return keyOfSymbol[refersTo]
                ?? Identity.key(symbol: refersTo, family: Identity.family(ofSymbol: refersTo), date: nil, term: nil)
        }
        return "short:\(record.name)|\(citation.type ?? "")|\(citation.number ?? citation.text)"
    }

    func finish() -> CitationGraph {
        var result: [CitationGraph.Node] = []
        var bySymbol: [String: [String]] = [:]
        var conflicts = self.conflicts
        for (id, draft) in nodes {
            var node = CitationGraph.Node(id: id, label: "")
            node.type = draft.value("type")
            node.number = draft.value("number")
            node.symbol = draft.value("symbol")
            node.issuer = draft.value("issuer")
            node.issuerCode = draft.value("issuerCode")
            node.date = draft.value("date")
            node.term = draft.value("term")
            node.year = draft.value("year").flatMap { Int($0) }
            node.title = draft.value("title")
            node.name = draft.value("name")
            node.citedBy = draft.citedBy.count
            node.file = draft.file
            node.identity = draft.identity
            node.isResolved = draft.isResolved
            node.label = Self.label(node)
            if let symbol = node.symbol, id.hasPrefix("doc:") { bySymbol[symbol, default: []].append(id) }
            if draft.citedDates.count > 1 {
                let dates = draft.citedDates.keys.sorted()
                conflicts.insert(CitationGraph.Conflict(
                    kind: "dates", node: id, detail: "cited with dates " + dates.joined(separator: ", "),
                    documents: Array(draft.citedDates.values.reduce(into: Set<String>()) { $0.formUnion($1) }).sorted()))
            }
            result.append(node)
        }
        // Same symbol, a year or term left open: candidates, never merged.
        for index in result.indices {
            guard let symbol = result[index].symbol, let ids = bySymbol[symbol], ids.count > 1 else { continue }
            let id = result[index].id
            if id.hasSuffix("?") {
                result[index].candidates = ids.filter { $0 != id }.sorted()
            } else {
                result[index].candidates = ids.filter { $0 != id && $0.hasSuffix("?") }.sorted()
            }
        }
        let sortedEdges = edges.map { key, occurrences in
            CitationGraph.Edge(source: key.source, target: key.target, relation: key.relation,
                               occurrences: occurrences.sorted {
                                   ($0.document, $0.span.lowerBound) < ($1.document, $1.span.lowerBound)
                               })
        }.sorted { ($0.source, $0.target, $0.relation.rawValue) < ($1.source, $1.target, $1.relation.rawValue) }
        return CitationGraph(
            nodes: result.sorted { $0.id < $1.id }, edges: sortedEdges,
            conflicts: conflicts.sorted { ($0.node, $0.kind, $0.detail) < ($1.node, $1.kind, $1.detail) })
    }

    static func label(_ node: CitationGraph.Node) -> String {
        if let symbol = node.symbol { return [node.type, symbol].compactMap { $0 }.joined(separator: " ") }
        if let name = node.name { return name + (node.year.map { " (\($0))" } ?? "") }
        if let number = node.number { return [node.type, number].compactMap { $0 }.joined(separator: " ") }
        return node.title ?? node.file ?? node.id
    }
}
