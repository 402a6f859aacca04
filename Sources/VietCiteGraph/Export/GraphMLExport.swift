/// GraphML with typed attribute keys (NetworkX `read_graphml`, Gephi).
enum GraphMLExport {
    static let nodeKeys: [(id: String, type: String)] = [
        ("label", "string"), ("type", "string"), ("number", "string"), ("symbol", "string"), ("issuer", "string"),
        ("issuerCode", "string"), ("date", "string"), ("term", "string"), ("year", "int"), ("title", "string"),
        ("name", "string"), ("file", "string"), ("citedBy", "int"), ("resolved", "boolean"),
    ]
    static let edgeKeys: [(id: String, type: String)] = [
        ("relation", "string"), ("count", "int"), ("documents", "string"),
    ]

    static func write(_ graph: CitationGraph, to sink: (String) -> Void) {
        sink("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        sink("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n")
        for key in nodeKeys {
            sink("  <key id=\"\(key.id)\" for=\"node\" attr.name=\"\(key.id)\" attr.type=\"\(key.type)\"/>\n")
        }
        for key in edgeKeys {
            sink("  <key id=\"\(key.id)\" for=\"edge\" attr.name=\"\(key.id)\" attr.type=\"\(key.type)\"/>\n")
        }
        sink("  <graph id=\"vietcite\" edgedefault=\"directed\">\n")
        for node in graph.nodes {
            sink("    <node id=\"\(Escaping.xml(node.id))\">\n")
            let values: [(String, String?)] = [
                ("label", node.label), ("type", node.type), ("number", node.number), ("symbol", node.symbol),
                ("issuer", node.issuer), ("issuerCode", node.issuerCode), ("date", node.date), ("term", node.term),
                ("year", node.year.map(String.init)), ("title", node.title), ("name", node.name), ("file", node.file),
                ("citedBy", String(node.citedBy)), ("resolved", node.isResolved ? "true" : "false"),
            ]
            for case let (key, value?) in values {
                sink("      <data key=\"\(key)\">\(Escaping.xml(value))</data>\n")
            }
            sink("    </node>\n")
        }
        for (index, edge) in graph.edges.enumerated() {
            sink("    <edge id=\"e\(index)\" source=\"\(Escaping.xml(edge.source))\" "
                + "target=\"\(Escaping.xml(edge.target))\">\n")
            sink("      <data key=\"relation\">\(Escaping.xml(edge.relation.rawValue))</data>\n")
            sink("      <data key=\"count\">\(edge.count)</data>\n")
            let documents = Array(Set(edge.occurrences.map(\.document))).sorted().joined(separator: "\n")
            sink("      <data key=\"documents\">\(Escaping.xml(documents))</data>\n")
            sink("    </edge>\n")
        }
        sink("  </graph>\n</graphml>\n")
    }
}
