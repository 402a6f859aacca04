import VietCite

/// `json` and `jsonl`, written as bytes through ``JSONObject`` (a `String` per field made rendering the slowest
/// part of a graph run after extraction).
enum JSONExport {
    static func write(_ graph: CitationGraph, jobs: Int = 1, to sink: ([UInt8]) -> Void) {
        sink(Array("{\"nodes\":[".utf8))
        ParallelRender.forEach(graph.nodes, jobs: jobs, render: { index, node, bytes in
            separate(index, &bytes)
            append(node, to: &bytes)
        }, sink: sink)
        sink(Array("\n],\"edges\":[".utf8))
        ParallelRender.forEach(graph.edges, jobs: jobs, render: { index, edge, bytes in
            separate(index, &bytes)
            append(edge, labels: nil, to: &bytes)
        }, sink: sink)
        sink(Array("\n],\"conflicts\":[".utf8))
        var bytes: [UInt8] = []
        for (index, conflict) in graph.conflicts.enumerated() {
            separate(index, &bytes)
            append(conflict, to: &bytes)
        }
        bytes.append(contentsOf: "\n]}\n".utf8)
        sink(bytes)
    }

    static func writeLines(_ graph: CitationGraph, jobs: Int = 1, to sink: ([UInt8]) -> Void) {
        let nodes = Dictionary(uniqueKeysWithValues: graph.nodes.map { ($0.id, $0) })
        ParallelRender.forEach(graph.edges, jobs: jobs, render: { _, edge, bytes in
            append(edge, labels: (nodes[edge.source]?.label, nodes[edge.target]?.label), to: &bytes)
            bytes.append(0x0A)
        }, sink: sink)
    }

    /// The line break before an array's item, after a comma unless it is the first.
    private static func separate(_ index: Int, _ bytes: inout [UInt8]) {
        if index > 0 { bytes.append(0x2C) }
        bytes.append(0x0A)
    }

    static func append(_ node: CitationGraph.Node, to bytes: inout [UInt8]) {
        var object = JSONObject(taking: &bytes)
        object.string("id", node.id)
        object.string("label", node.label)
        object.string("type", node.type, orNull: true)
        object.string("number", node.number, orNull: true)
        object.string("symbol", node.symbol, orNull: true)
        object.string("issuer", node.issuer, orNull: true)
        object.string("issuerCode", node.issuerCode, orNull: true)
        object.string("date", node.date, orNull: true)
        object.string("term", node.term, orNull: true)
        object.string("title", node.title, orNull: true)
        object.string("name", node.name, orNull: true)
        object.string("file", node.file, orNull: true)
        object.string("identity", node.identity, orNull: true)
        object.number("year", node.year)
        object.number("citedBy", node.citedBy)
        object.bool("resolved", node.isResolved)
        object.strings("candidates", node.candidates)
        object.close(into: &bytes)
    }

    /// An edge; with `labels`, the nodes' labels follow their ids (`jsonl`, read without the nodes).
    static func append(_ edge: CitationGraph.Edge, labels: (source: String?, target: String?)?,
                       to bytes: inout [UInt8]) {
        var object = JSONObject(taking: &bytes)
        object.string("source", edge.source)
        if let labels { object.string("sourceLabel", labels.source, orNull: true) }
        object.string("target", edge.target)
        if let labels { object.string("targetLabel", labels.target, orNull: true) }
        object.string("relation", edge.relation.rawValue)
        object.number("count", edge.count)
        object.objects("occurrences", edge.occurrences) { object, occurrence in
            object.string("document", occurrence.document)
            object.number("start", occurrence.span.lowerBound)
            object.number("end", occurrence.span.upperBound)
            object.string("text", occurrence.text)
            object.string("pinpoint", occurrence.pinpoint, orNull: true)
        }
        object.close(into: &bytes)
    }

    static func append(_ conflict: CitationGraph.Conflict, to bytes: inout [UInt8]) {
        var object = JSONObject(taking: &bytes)
        object.string("kind", conflict.kind)
        object.string("node", conflict.node)
        object.string("detail", conflict.detail)
        object.strings("documents", conflict.documents)
        object.close(into: &bytes)
    }
}
