import VietCite

/// `json` and `jsonl`.
enum JSONExport {
    static func write(_ graph: CitationGraph, jobs: Int = 1, to sink: (String) -> Void) {
        sink("{\"nodes\":[")
        ParallelRender.forEach(graph.nodes, jobs: jobs, render: { index, node in
            (index == 0 ? "\n" : ",\n") + object(node)
        }, sink: sink)
        sink("\n],\"edges\":[")
        ParallelRender.forEach(graph.edges, jobs: jobs, render: { index, edge in
            (index == 0 ? "\n" : ",\n") + object(edge)
        }, sink: sink)
        sink("\n],\"conflicts\":[")
        for (index, conflict) in graph.conflicts.enumerated() {
            sink((index == 0 ? "\n" : ",\n") + object(conflict))
        }
        sink("\n]}\n")
    }

    static func writeLines(_ graph: CitationGraph, jobs: Int = 1, to sink: (String) -> Void) {
        let nodes = Dictionary(uniqueKeysWithValues: graph.nodes.map { ($0.id, $0) })
        ParallelRender.forEach(graph.edges, jobs: jobs, render: { _, edge in
            var fields = fieldsOf(edge)
            fields.insert(("sourceLabel", nodes[edge.source].map { Escaping.json($0.label) } ?? "null"), at: 1)
            fields.insert(("targetLabel", nodes[edge.target].map { Escaping.json($0.label) } ?? "null"), at: 3)
            return render(fields) + "\n"
        }, sink: sink)
    }

    static func object(_ node: CitationGraph.Node) -> String {
        var fields: [(String, String)] = [("id", Escaping.json(node.id)), ("label", Escaping.json(node.label))]
        let optional: [(String, String?)] = [
            ("type", node.type), ("number", node.number), ("symbol", node.symbol), ("issuer", node.issuer),
            ("issuerCode", node.issuerCode), ("date", node.date), ("term", node.term), ("title", node.title),
            ("name", node.name), ("file", node.file), ("identity", node.identity),
        ]
        for (key, value) in optional { fields.append((key, value.map(Escaping.json) ?? "null")) }
        fields.append(("year", node.year.map(String.init) ?? "null"))
        fields.append(("citedBy", String(node.citedBy)))
        fields.append(("resolved", node.isResolved ? "true" : "false"))
        fields.append(("candidates", "[" + node.candidates.map(Escaping.json).joined(separator: ",") + "]"))
        return render(fields)
    }

    static func fieldsOf(_ edge: CitationGraph.Edge) -> [(String, String)] {
        let occurrences = edge.occurrences.map { occurrence in
            render([
                ("document", Escaping.json(occurrence.document)), ("start", String(occurrence.span.lowerBound)),
                ("end", String(occurrence.span.upperBound)), ("text", Escaping.json(occurrence.text)),
                ("pinpoint", occurrence.pinpoint.map(Escaping.json) ?? "null"),
            ])
        }
        return [
            ("source", Escaping.json(edge.source)), ("target", Escaping.json(edge.target)),
            ("relation", Escaping.json(edge.relation.rawValue)), ("count", String(edge.count)),
            ("occurrences", "[" + occurrences.joined(separator: ",") + "]"),
        ]
    }

    static func object(_ edge: CitationGraph.Edge) -> String { render(fieldsOf(edge)) }

    static func object(_ conflict: CitationGraph.Conflict) -> String {
        render([
            ("kind", Escaping.json(conflict.kind)), ("node", Escaping.json(conflict.node)),
            ("detail", Escaping.json(conflict.detail)),
            ("documents", "[" + conflict.documents.map(Escaping.json).joined(separator: ",") + "]"),
        ])
    }

    static func render(_ fields: [(String, String)]) -> String {
        "{" + fields.map { "\"\($0.0)\":\($0.1)" }.joined(separator: ",") + "}"
    }
}
