import Dispatch
import VietCite

/// The work of ``CitationGraph/Builder``: each document folded in as it comes, in any order.
struct Assembly: Sendable {
    /// Names the documents state with a number (`Luật Đầu tư công số 49/2014/QH13`): folded name (and
    /// `name@year`) → symbols.
    private var taught: [String: Set<ExactString>] = [:]
    /// Name-only citations: their node depends on what every document teaches, so they are connected last.
    private var deferred: [DeferredName] = []
    private var nodes: [ExactString: NodeDraft] = [:]
    /// Each edge's number, and its key by number. An edge two merged assemblies both hold (two files under one
    /// header) keeps a number from each: its keys meet when ``graph(jobs:)`` sorts the edges, and are joined there.
    private var edgeNumbers: [EdgeKey: UInt32] = [:]
    private var edgeKeys: [EdgeKey] = []
    /// Every occurrence, in the order it was added, with the number of its edge.
    private var occurrences: [CompactOccurrence] = []
    /// Node ids and the documents, texts and pinpoints of the occurrences.
    private var strings = StringTable()
    /// The sentences kept for the HTML view, when asked for.
    private var contexts: [CitationGraph.Context] = []
    private var conflicts: Set<CitationGraph.Conflict> = []

    init() {}

    /// Adds what another assembly was given: the same state as one assembly that added all the documents
    /// (tallies add up, sets join, files keep the least path; occurrences are sorted in ``finish()``).
    mutating func merge(_ later: Assembly) {
        // The later assembly's nodes, occurrences and names refer to its own strings: renumber them.
        let renumbered = strings.absorb(later.strings)
        for (id, draft) in later.nodes {
            update(id.string) { node in
                for (attribute, tally) in draft.values.enumerated() where !tally.isEmpty {
                    node.values[attribute].merge(tally)
                }
                for (date, documents) in draft.citedDates {
                    for document in documents { node.citedDates[date, default: []].insert(renumbered[Int(document)]) }
                }
                if let file = draft.file { node.file = node.file.map { min($0, file) } ?? file }
                if let identity = draft.identity { node.identity = identity }
                node.isResolved = node.isResolved && draft.isResolved
            }
        }
        // The later edges are appended, not looked up (hashing every edge of a batch again was most of the merge):
        // one it shares with this assembly is joined in ``graph(jobs:)``.
        let edgeBase = UInt32(edgeKeys.count)
        edgeKeys.reserveCapacity(edgeKeys.count + later.edgeKeys.count)
        for key in later.edgeKeys {
            edgeKeys.append(EdgeKey(source: renumbered[Int(key.source)], target: renumbered[Int(key.target)],
                                    relation: key.relation))
        }
        let contextBase = UInt32(contexts.count)
        contexts += later.contexts
        occurrences.reserveCapacity(occurrences.count + later.occurrences.count)
        for occurrence in later.occurrences {
            var moved = occurrence
            moved.edge = occurrence.edge + edgeBase
            moved.document = renumbered[Int(occurrence.document)]
            moved.text = renumbered[Int(occurrence.text)]
            if occurrence.pinpoint > 0 { moved.pinpoint = renumbered[Int(occurrence.pinpoint - 1)] + 1 }
            if occurrence.context > 0 { moved.context = occurrence.context + contextBase }
            occurrences.append(moved)
        }
        conflicts.formUnion(later.conflicts)
        taught.merge(later.taught) { $0.union($1) }
        deferred.reserveCapacity(deferred.count + later.deferred.count)
        for name in later.deferred {
            func optional(_ index: UInt32) -> UInt32 { index > 0 ? renumbered[Int(index - 1)] + 1 : 0 }
            var moved = name
            (moved.type, moved.number) = (optional(name.type), optional(name.number))
            (moved.issuer, moved.issuerCode) = (optional(name.issuer), optional(name.issuerCode))
            (moved.term, moved.name) = (optional(name.term), optional(name.name))
            (moved.pinpoint, moved.refersTo) = (optional(name.pinpoint), optional(name.refersTo))
            (moved.text, moved.source) = (renumbered[Int(name.text)], renumbered[Int(name.source)])
            (moved.document, moved.nameKey) = (renumbered[Int(name.document)], renumbered[Int(name.nameKey)])
            moved.fallback = renumbered[Int(name.fallback)]
            if name.context > 0 { moved.context = name.context + contextBase }
            deferred.append(moved)
        }
    }

    /// Assemblies filled on several threads, as one: each first connects the names its documents cite, on a thread
    /// of its own, from what all the documents taught; the rest is merged after.
    static func joined(_ assemblies: consuming [Assembly]) -> Assembly {
        var parts = assemblies
        guard parts.count > 1 else { return parts.popLast() ?? Assembly() }
        let taught = parts.reduce(into: [String: Set<ExactString>]()) { taught, assembly in
            taught.merge(assembly.taught) { $0.union($1) }
        }
        // In place, each part by one thread: a copy would copy its tables when it first changed.
        parts.withUnsafeMutableBufferPointer { buffer in
            let slots = Parts(base: buffer.baseAddress!)
            DispatchQueue.concurrentPerform(iterations: buffer.count) { index in
                slots.base[index].taught = taught
                slots.base[index].connectDeferred()
                slots.base[index].taught = [:]
            }
        }
        // Moved out, not copied, so merging into the first changes it in place.
        var merged = parts.removeFirst()
        for later in parts { merged.merge(later) }
        merged.taught = taught
        return merged
    }

    /// The assemblies being joined, each changed by one thread.
    private struct Parts: @unchecked Sendable {
        let base: UnsafeMutablePointer<Assembly>
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
            source.note(.type, identity.type)
            source.note(.number, identity.number)
            source.note(.symbol, identity.symbol)
            source.note(.issuer, identity.issuer)
            source.note(.issuerCode, identity.issuerCode)
            source.note(.date, identity.date?.description)
            source.note(.title, identity.title)
            if let year = identity.date?.year { source.note(.year, String(year)) }
        }

        learnNames(from: record)
        // Within a document a symbol keeps the node its first dated mention gave it. (Room for every citation at
        // once: grown a step at a time, the table rehashed its symbols at each step.)
        var keyOfSymbol: [ExactString: String] = [:]
        keyOfSymbol.reserveCapacity(record.citations.count)
        let (sourceIndex, documentIndex) = (strings.index(of: sourceID), strings.index(of: record.name))
        for (index, citation) in record.citations.enumerated() where !citation.isSelf {
            let edge = EdgeContext(source: sourceID, document: record.name, sourceIndex: sourceIndex,
                                   documentIndex: documentIndex, documentDate: identity.date,
                                   context: index < record.contexts.count ? record.contexts[index] : nil)
            if citation.symbol == nil, citation.family == "name", let name = citation.name {
                let folded = Identity.nameKey(name)
                let key = Identity.plenumKey(folded: folded, term: citation.term) ?? folded
                let year = citation.year ?? citation.date?.year
                let fallback = citation.refersTo.map { keyOfSymbol[ExactString($0)] ?? "doc:" + $0 }
                    ?? "name:" + key + (year.map { "@\($0)" } ?? "")
                postpone(citation, edge: edge, nameKey: key, year: year, fallback: fallback)
                continue
            }
            connect(Cited(citation), to: targetKey(citation, record: record, keyOfSymbol: &keyOfSymbol), edge: edge)
        }
    }

    /// Keeps a name-only citation, compactly, until every document is in.
    private mutating func postpone(_ citation: Citation, edge: EdgeContext, nameKey: String, year: Int?,
                                   fallback: String) {
        func optional(_ string: String?) -> UInt32 { string.map { strings.index(of: $0) + 1 } ?? 0 }
        var context: UInt32 = 0
        if let sentence = edge.context {
            contexts.append(sentence)
            context = UInt32(contexts.count)
        }
        deferred.append(DeferredName(
            type: optional(citation.type), number: optional(citation.number), issuer: optional(citation.issuer),
            issuerCode: optional(citation.issuerCode), term: optional(citation.term), name: optional(citation.name),
            pinpoint: optional(citation.pinpoint?.text), refersTo: optional(citation.refersTo),
            text: strings.index(of: citation.text), source: edge.sourceIndex,
            document: edge.documentIndex, nameKey: strings.index(of: nameKey),
            fallback: strings.index(of: fallback), date: citation.date, documentDate: edge.documentDate,
            year: Int32(citation.year ?? 0), nameYear: Int32(year ?? 0), start: UInt32(citation.span.lowerBound),
            end: UInt32(citation.span.upperBound), context: context, relation: citation.relation))
    }

    /// Records the names this document states with a number.
    private mutating func learnNames(from record: CitationGraph.DocumentRecord) {
        for citation in record.citations {
            guard let name = citation.name, let symbol = citation.symbol else { continue }
            let key = Identity.nameKey(name)
            taught[key, default: []].insert(ExactString(symbol))
            if let year = Identity.year(ofSymbol: symbol) {
                taught[key + "@\(year)", default: []].insert(ExactString(symbol))
            }
        }
    }

    /// Adds one citation's tallies to its node and its occurrence to the edge from the citing document.
    private mutating func connect(_ citation: Cited, to target: String, edge: EdgeContext) {
        guard target != edge.source else { return }
        var conflict: CitationGraph.Conflict?
        update(target) { node in
            node.note(.type, citation.type)
            node.note(.number, citation.number)
            node.note(.symbol, citation.symbol ?? (Identity.isDocument(target) ? citation.refersTo : nil))
            node.note(.issuer, citation.issuer)
            node.note(.issuerCode, citation.issuerCode)
            node.note(.term, citation.term)
            node.note(.name, citation.name)
            if let date = citation.date {
                let written = date.description
                node.note(.date, written)
                node.citedDates[written, default: []].insert(edge.documentIndex)
                if let own = edge.documentDate, (date.year, date.month, date.day) > (own.year, own.month, own.day) {
                    conflict = CitationGraph.Conflict(
                        kind: "date-after-citing-document", node: target,
                        detail: "cited as of \(date), in a document dated \(own)", documents: [edge.document])
                }
            }
            if let year = citation.year ?? citation.symbol.flatMap(Identity.year(ofSymbol:)) ?? citation.date?.year {
                node.note(.year, String(year))
            }
            if Identity.isShortForm(target) { node.isResolved = false }
        }
        if let conflict { conflicts.insert(conflict) }
        let key = EdgeKey(source: edge.sourceIndex, target: strings.index(of: target),
                          relation: citation.relation)
        var occurrence = CompactOccurrence(
            edge: edgeNumber(key), document: edge.documentIndex, start: UInt32(citation.span.lowerBound),
            end: UInt32(citation.span.upperBound), text: strings.index(of: citation.text), pinpoint: 0, context: 0)
        if let pinpoint = citation.pinpoint { occurrence.pinpoint = strings.index(of: pinpoint) + 1 }
        if let context = edge.context {
            contexts.append(context)
            occurrence.context = UInt32(contexts.count)
        }
        occurrences.append(occurrence)
    }

    /// The number of an edge, numbered when new.
    private mutating func edgeNumber(_ key: EdgeKey) -> UInt32 {
        if let number = edgeNumbers[key] { return number }
        let number = UInt32(edgeKeys.count)
        edgeKeys.append(key)
        edgeNumbers[key] = number
        return number
    }

    /// Changes a node in place (no copy of its tallies).
    private mutating func update(_ id: String, _ body: (inout NodeDraft) -> Void) {
        body(&nodes[ExactString(id), default: NodeDraft()])
    }

    /// The node a citation with a symbol, a short form or a resolved reference points at (names: ``finish()``).
    private func targetKey(_ citation: Citation, record: CitationGraph.DocumentRecord,
                           keyOfSymbol: inout [ExactString: String]) -> String {
        if let symbol = citation.symbol {
            let key = Identity.key(symbol: symbol, family: citation.family, date: citation.date, term: citation.term)
            let exact = ExactString(symbol)
            if Identity.isOpen(key), let known = keyOfSymbol[exact] { return known }
            keyOfSymbol[exact] = key
            return key
        }
        if let refersTo = citation.refersTo {
            return keyOfSymbol[ExactString(refersTo)]
                ?? Identity.key(symbol: refersTo, family: Identity.family(ofSymbol: refersTo), date: nil, term: nil)
        }
        return "short:\(record.name)|\(citation.type ?? "")|\(citation.number ?? citation.text)"
    }

    private static func expand(_ occurrence: CompactOccurrence, strings: StringTable,
                               contexts: [CitationGraph.Context]) -> CitationGraph.Occurrence {
        CitationGraph.Occurrence(
            document: strings[occurrence.document], span: Int(occurrence.start)..<Int(occurrence.end),
            text: strings[occurrence.text], pinpoint: occurrence.pinpoint > 0 ? strings[occurrence.pinpoint - 1] : nil,
            context: occurrence.context > 0 ? contexts[Int(occurrence.context - 1)] : nil)
    }

    /// The node of a name-only citation, once every document has taught its names.
    private func target(of name: DeferredName) -> String {
        let key = strings[name.nameKey]
        let stated = name.nameYear > 0 ? taught[key + "@\(name.nameYear)"] ?? [] : taught[key] ?? []
        if stated.count == 1, let symbol = stated.first { return "doc:" + symbol.string }
        return strings[name.fallback]
    }

    /// Connects the deferred names and turns the tallies into the graph; the compact occurrences are freed
    /// once expanded.
    mutating func finish(jobs: Int) -> CitationGraph {
        connectDeferred()
        // Every string and edge is numbered now: the look-up tables go before the graph is expanded, which is
        // when memory peaks.
        taught = [:]
        edgeNumbers = [:]
        strings.dropIndex()
        return graph(jobs: jobs)
    }

    /// Connects the names kept until every document was in.
    private mutating func connectDeferred() {
        let names = deferred
        deferred = []
        for name in names {
            let edge = EdgeContext(source: strings[name.source], document: strings[name.document],
                                   sourceIndex: name.source, documentIndex: name.document,
                                   documentDate: name.documentDate,
                                   context: name.context > 0 ? contexts[Int(name.context - 1)] : nil)
            connect(Cited(name, strings: strings), to: target(of: name), edge: edge)
        }
    }

    private mutating func graph(jobs: Int) -> CitationGraph {
        // The drafts become nodes on `jobs` threads, a chunk each; what a chunk finds of symbols and conflicts is
        // joined after.
        let drafts = Array(nodes)
        nodes = [:]
        let strings = self.strings
        let chunks = ParallelChunks.map(drafts.count, jobs: jobs) { range in
            var chunk = NodeChunk()
            chunk.nodes.reserveCapacity(range.count)
            for (key, draft) in drafts[range] {
                chunk.add(Self.node(key.string, draft), draft: draft, strings: strings)
            }
            return chunk
        }
        var result: [CitationGraph.Node] = []
        result.reserveCapacity(drafts.count)
        var bySymbol: [ExactString: [String]] = [:]
        var conflicts = self.conflicts
        for chunk in chunks {
            result += chunk.nodes
            bySymbol.merge(chunk.bySymbol, uniquingKeysWith: +)
            conflicts.formUnion(chunk.conflicts)
        }
        // Same symbol, a year or term left open: candidates, never merged.
        for index in result.indices {
            guard let symbol = result[index].symbol, let ids = bySymbol[ExactString(symbol)], ids.count > 1 else {
                continue
            }
            let id = result[index].id
            if Identity.isOpen(id) {
                result[index].candidates = ids.filter { $0 != id }.sorted()
            } else {
                result[index].candidates = ids.filter { $0 != id && Identity.isOpen($0) }.sorted()
            }
        }
        // Occurrences grouped by edge (a counting sort on the edge number), then expanded edge by edge.
        var starts = [Int](repeating: 0, count: edgeKeys.count + 1)
        for occurrence in occurrences { starts[Int(occurrence.edge) + 1] += 1 }
        for index in edgeKeys.indices { starts[index + 1] += starts[index] }
        var order = [UInt32](repeating: 0, count: occurrences.count)
        var next = starts
        for (index, occurrence) in occurrences.enumerated() {
            order[next[Int(occurrence.edge)]] = UInt32(index)
            next[Int(occurrence.edge)] += 1
        }
        // Edges in (source, target, relation) order: node ids are compared once, by sorting the nodes, and the
        // edges by the ranks that gives (comparing their strings again made this the slowest step of all).
        var sortedNodes = result.sorted { $0.id < $1.id }
        let (edgeOrder, rankOfString) = Self.edgeOrder(edgeKeys, strings: strings, sortedNodes: sortedNodes)
        let (edgeKeys, occurrences, contexts) = (self.edgeKeys, self.occurrences, self.contexts)
        // The numbers of one key (merged assemblies each numbered it) stand together in that order: an edge each.
        var firsts = edgeOrder.indices.filter { $0 == 0 || edgeKeys[edgeOrder[$0]] != edgeKeys[edgeOrder[$0 - 1]] }
        // A node is cited by each source with an edge to it, whatever the relation: the edges of one source and
        // target stand together too. (Counted here, not kept as a set per node through the batch: a set insert per
        // citation, and a merge of the sets after it.)
        var previousPair: (source: UInt32, target: UInt32)?
        for first in firsts {
            let key = edgeKeys[edgeOrder[first]]
            guard previousPair.map({ $0 != (key.source, key.target) }) ?? true else { continue }
            previousPair = (key.source, key.target)
            let rank = rankOfString[Int(key.target)]
            if rank >= 0 && rank < Int32.max { sortedNodes[Int(rank)].citedBy += 1 }
        }
        firsts.append(edgeOrder.count)
        let (layout, grouped, groups) = (starts, order, firsts)
        let sortedEdges = ParallelChunks.array(groups.count - 1, jobs: jobs) { edge in
            let numbers = edgeOrder[groups[edge]..<groups[edge + 1]]
            let key = edgeKeys[numbers.first!]
            var expanded = numbers.flatMap { grouped[layout[$0]..<layout[$0 + 1]] }.map {
                Self.expand(occurrences[Int($0)], strings: strings, contexts: contexts)
            }
            expanded.sort { ($0.document, $0.span.lowerBound) < ($1.document, $1.span.lowerBound) }
            return CitationGraph.Edge(source: strings[key.source], target: strings[key.target],
                                      relation: key.relation, occurrences: expanded)
        }
        self.occurrences = []
        return CitationGraph(
            nodes: sortedNodes, edges: sortedEdges,
            conflicts: conflicts.sorted { ($0.node, $0.kind, $0.detail) < ($1.node, $1.kind, $1.detail) })
    }

    /// The nodes of one chunk of drafts, with the ids of each symbol and the conflicts of dates they show.
    private struct NodeChunk: Sendable {
        var nodes: [CitationGraph.Node] = []
        var bySymbol: [ExactString: [String]] = [:]
        var conflicts: [CitationGraph.Conflict] = []

        mutating func add(_ node: CitationGraph.Node, draft: NodeDraft, strings: StringTable) {
            let id = node.id
            if let symbol = node.symbol, Identity.isDocument(id) {
                bySymbol[ExactString(symbol), default: []].append(id)
            }
            if draft.citedDates.count > 1 {
                let dates = draft.citedDates.keys.sorted()
                conflicts.append(CitationGraph.Conflict(
                    kind: "dates", node: id, detail: "cited with dates " + dates.joined(separator: ", "),
                    documents: Array(draft.citedDates.values.reduce(into: Set<String>()) { documents, indices in
                        for index in indices { documents.insert(strings[index]) }
                    }).sorted()))
            }
            nodes.append(node)
        }
    }

    /// A draft's node: each attribute the value noted most often.
    private static func node(_ id: String, _ draft: NodeDraft) -> CitationGraph.Node {
        var node = CitationGraph.Node(id: id, label: "")
        node.type = draft.value(.type)
        node.number = draft.value(.number)
        node.symbol = draft.value(.symbol)
        node.issuer = draft.value(.issuer)
        node.issuerCode = draft.value(.issuerCode)
        node.date = draft.value(.date)
        node.term = draft.value(.term)
        node.year = draft.value(.year).flatMap { Int($0) }
        node.title = draft.value(.title)
        node.name = draft.value(.name)
        node.file = draft.file
        node.identity = draft.identity
        node.isResolved = draft.isResolved
        node.label = label(node)
        return node
    }

    /// The edge numbers in the order of (source id, target id, relation name), and the rank of each string of the
    /// table that ends an edge (-1 for the others). Every end of an edge is a node, so its rank among `sortedNodes`
    /// orders it as its id would.
    static func edgeOrder(_ keys: [EdgeKey], strings: StringTable, sortedNodes: [CitationGraph.Node])
        -> (order: [Int], rankOfString: [Int32]) {
        // Ids hashed by their bytes: `String` hashing normalizes each non-ASCII scalar, and ids hold Vietnamese.
        var rankOfID: [ExactString: Int32] = [:]
        rankOfID.reserveCapacity(sortedNodes.count)
        for (rank, node) in sortedNodes.enumerated() { rankOfID[ExactString(node.id)] = Int32(rank) }
        var rankOfString = [Int32](repeating: -1, count: strings.strings.count)
        func rank(_ index: UInt32) {
            if rankOfString[Int(index)] < 0 {
                rankOfString[Int(index)] = rankOfID[ExactString(strings[index])] ?? Int32.max
            }
        }
        for key in keys {
            rank(key.source)
            rank(key.target)
        }
        // Both ranks packed in one integer, so the sort compares integers, not strings.
        var packed = keys.enumerated().map { number, key in
            let ranks = UInt64(UInt32(bitPattern: rankOfString[Int(key.source)])) << 32
                | UInt64(UInt32(bitPattern: rankOfString[Int(key.target)]))
            return (ranks: ranks, relation: relationRank[key.relation] ?? .max, number: number)
        }
        packed.sort { ($0.ranks, $0.relation, $0.number) < ($1.ranks, $1.relation, $1.number) }
        return (packed.map(\.number), rankOfString)
    }

    /// Each relation's place in the order of their names.
    static let relationRank = Dictionary(uniqueKeysWithValues: Relation.allCases.sorted { $0.rawValue < $1.rawValue }
        .enumerated().map { ($1, UInt8($0)) })

    static func label(_ node: CitationGraph.Node) -> String {
        if let symbol = node.symbol { return [node.type, symbol].compactMap { $0 }.joined(separator: " ") }
        if let name = node.name { return name + (node.year.map { " (\($0))" } ?? "") }
        if let number = node.number { return [node.type, number].compactMap { $0 }.joined(separator: " ") }
        return node.title ?? node.file ?? node.id
    }
}
