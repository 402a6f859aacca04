/// Graphviz DOT: boxes labelled with the document, edges with the relation and count.
enum DOTExport {
    static func write(_ graph: CitationGraph, to sink: (String) -> Void) {
        sink("digraph vietcite {\n  rankdir=LR;\n  node [shape=box, fontname=\"DejaVu Sans\"];\n")
        sink("  edge [fontname=\"DejaVu Sans\", fontsize=10];\n")
        for node in graph.nodes {
            var label = node.label
            if node.citedBy > 0 { label += "\n(\(node.citedBy) citing)" }
            let style = node.file != nil ? ", style=bold" : node.isResolved ? "" : ", style=dashed"
            sink("  \(Escaping.dot(node.id)) [label=\(Escaping.dot(label))\(style)];\n")
        }
        for edge in graph.edges {
            let label = edge.relation.rawValue + (edge.count > 1 ? " ×\(edge.count)" : "")
            sink("  \(Escaping.dot(edge.source)) -> \(Escaping.dot(edge.target)) [label=\(Escaping.dot(label))];\n")
        }
        sink("}\n")
    }
}
