/// One self-contained HTML page (no scripts, no network): the most-cited documents, each source document's
/// citations in the sentence they stand in, highlighted, and links between documents.
enum HTMLExport {
    static func write(_ graph: CitationGraph, to sink: (String) -> Void) {
        var anchors: [String: String] = [:]
        for (index, node) in graph.nodes.enumerated() { anchors[node.id] = "n\(index)" }
        let byID = Dictionary(uniqueKeysWithValues: graph.nodes.map { ($0.id, $0) })
        func link(_ id: String) -> String {
            "<a href=\"#\(anchors[id] ?? "")\">\(Escaping.xml(byID[id]?.label ?? id))</a>"
        }
        sink("""
            <!DOCTYPE html>
            <html lang="vi"><head><meta charset="utf-8"><title>VietCite citation graph</title>
            <style>
            body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.45}
            table{border-collapse:collapse}td,th{padding:.2rem .6rem;border-bottom:1px solid #ddd;text-align:left}
            mark{background:#ffe27a}.rel{color:#555;font-size:.9em}\
            .doc{margin:1.5rem 0;padding-top:.5rem;border-top:2px solid #333}
            li{margin:.4rem 0}.meta{color:#555;font-size:.9em}
            </style></head><body>
            <h1>Citation graph</h1>
            <p>\(graph.nodes.count) documents, \(graph.edges.count) citation links, \
            \(graph.conflicts.count) conflicts.</p>

            """)
        sink("<h2>Most cited</h2>\n<table><tr><th>Document</th><th>Type</th><th>Cited by</th></tr>\n")
        let ranked = graph.nodes.filter { $0.citedBy > 0 }.sorted { ($1.citedBy, $0.id) < ($0.citedBy, $1.id) }
        for node in ranked.prefix(50) {
            let type = Escaping.xml(node.type ?? "")
            sink("<tr><td>\(link(node.id))</td><td>\(type)</td><td>\(node.citedBy)</td></tr>\n")
        }
        sink("</table>\n<h2>Documents and their citations</h2>\n")
        let outgoing = Dictionary(grouping: graph.edges, by: \.source)
        let incoming = Dictionary(grouping: graph.edges, by: \.target)
        for node in graph.nodes {
            sink("<section class=\"doc\" id=\"\(anchors[node.id]!)\"><h3>\(Escaping.xml(node.label))</h3>\n")
            let meta = [node.file, node.title, node.issuer, node.date].compactMap { $0 }
            if !meta.isEmpty { sink("<p class=\"meta\">\(meta.map(Escaping.xml).joined(separator: " · "))</p>\n") }
            if let edges = outgoing[node.id] {
                sink("<ul>\n")
                let occurrences = edges.flatMap { edge in edge.occurrences.map { (edge, $0) } }
                    .sorted { ($0.1.document, $0.1.span.lowerBound) < ($1.1.document, $1.1.span.lowerBound) }
                for (edge, occurrence) in occurrences {
                    let relation = Escaping.xml(edge.relation.rawValue)
                    let target = link(edge.target)
                    sink("<li>\(sentence(occurrence)) <span class=\"rel\">→ \(target) (\(relation))</span></li>\n")
                }
                sink("</ul>\n")
            }
            if let edges = incoming[node.id] {
                let sources = Array(Set(edges.map(\.source))).sorted()
                sink("<p class=\"meta\">Cited by: \(sources.map(link).joined(separator: ", "))</p>\n")
            }
            sink("</section>\n")
        }
        if !graph.conflicts.isEmpty {
            sink("<h2>Conflicts</h2>\n<ul>\n")
            for conflict in graph.conflicts {
                sink("<li>\(link(conflict.node)): \(Escaping.xml(conflict.detail))</li>\n")
            }
            sink("</ul>\n")
        }
        sink("</body></html>\n")
    }

    /// The sentence with the mention highlighted, or the mention alone when no context was kept.
    static func sentence(_ occurrence: CitationGraph.Occurrence) -> String {
        guard let context = occurrence.context else { return "<mark>\(Escaping.xml(occurrence.text))</mark>" }
        let bytes = Array(context.sentence.utf8)
        let before = String(decoding: bytes[..<context.mention.lowerBound], as: UTF8.self)
        let mention = String(decoding: bytes[context.mention], as: UTF8.self)
        let after = String(decoding: bytes[context.mention.upperBound...], as: UTF8.self)
        return Escaping.xml(before) + "<mark>" + Escaping.xml(mention) + "</mark>" + Escaping.xml(after)
    }
}
