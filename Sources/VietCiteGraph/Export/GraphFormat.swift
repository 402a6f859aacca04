/// The formats a ``CitationGraph`` exports to.
///
/// ```swift
/// GraphFormat.graphml.write(graph) { print($0, terminator: "") }
/// ```
/// Every format is deterministic: the same graph gives the same bytes.
public enum GraphFormat: String, Sendable, CaseIterable {
    /// Nodes, edges and conflicts in one JSON object (schema in the README).
    case json
    /// One edge per line, with its occurrences: streams into Spark or `jq`.
    case jsonl
    /// GraphML with typed attributes, for NetworkX `read_graphml` and Gephi.
    case graphml
    /// Graphviz DOT, labels in Vietnamese.
    case dot
    /// Neo4j bulk-import CSV: `nodes.csv` and `relationships.csv` (see ``CSVExport``).
    case csv
    /// One self-contained HTML page to read the graph in a browser.
    case html

    /// Writes the graph in this format, piece by piece, to `sink`. For ``csv`` this writes `nodes.csv` then
    /// `relationships.csv`, separated by a blank line; ``CSVExport`` writes them apart.
    ///
    /// - Parameter jobs: threads that render `json` and `jsonl` records (in batches, written in order: the
    ///   bytes are the same for any number of jobs); the other formats are written on the calling thread.
    /// - Complexity: O(size of the graph).
    public func write(_ graph: CitationGraph, jobs: Int = 1, to sink: (String) -> Void) {
        switch self {
        case .json: JSONExport.write(graph, jobs: jobs) { sink(String(decoding: $0, as: UTF8.self)) }
        case .jsonl: JSONExport.writeLines(graph, jobs: jobs) { sink(String(decoding: $0, as: UTF8.self)) }
        case .graphml: GraphMLExport.write(graph, to: sink)
        case .dot: DOTExport.write(graph, to: sink)
        case .csv:
            CSVExport.writeNodes(graph, to: sink)
            sink("\n")
            CSVExport.writeRelationships(graph, to: sink)
        case .html: HTMLExport.write(graph, to: sink)
        }
    }

    /// Writes the graph in this format to `sink` as UTF-8 bytes, the same bytes as ``write(_:jobs:to:)``. For
    /// `json` and `jsonl` the rendered pieces go to the sink as they are, with no `String` made of them: the
    /// way to write a large graph to a file or a socket.
    ///
    /// - Complexity: O(size of the graph).
    public func write(_ graph: CitationGraph, jobs: Int = 1, bytes sink: ([UInt8]) -> Void) {
        switch self {
        case .json: JSONExport.write(graph, jobs: jobs, to: sink)
        case .jsonl: JSONExport.writeLines(graph, jobs: jobs, to: sink)
        default: write(graph, jobs: jobs) { sink(Array($0.utf8)) }
        }
    }

    /// The whole export as one string (for small graphs and tests).
    public func render(_ graph: CitationGraph) -> String {
        var result = ""
        write(graph) { result += $0 }
        return result
    }
}
