import ArgumentParser
import VietCite
import VietCiteGraph

#if canImport(Glibc)
import Glibc
#endif

/// `vietcite graph`: the citation graph of a batch of documents, built in parallel.
struct Graph: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the citation graph of documents and export it.",
        discussion: """
            Files and directories (recursively: *.txt, *.htm, *.html as text, *.jsonl as {"id", "text"} lines) or \
            - for standard input. A file that cannot be read, or a JSON Lines line that is not an {"id", "text"} \
            object, is reported on standard error and skipped; the exit status is then 1. With --format csv and \
            --output DIR, DIR/nodes.csv and DIR/relationships.csv are written for neo4j-admin import.
            """
    )

    @Argument(help: "Files or directories to read; - reads standard input.")
    var paths: [String] = []

    @Option(help: "Output format: json, jsonl, graphml, dot, csv or html.")
    var format: GraphFormat = .json

    @Option(help: "Write to this file (a directory for csv) instead of standard output.")
    var output: String?

    @Option(help: "Documents read at once (default: one per core).")
    var jobs: Int = ProcessInfoCores.count

    @Flag(help: "No progress line and no summary on standard error.")
    var quiet = false

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        var failures = 0
        let files = InputFiles.expand(paths.isEmpty ? ["-"] : paths, failures: &failures,
                                      extensions: InputFiles.documentExtensions + [".jsonl"])
        let batch = Batch(files: files, jobs: jobs, keepContext: format == .html,
                          progress: !quiet && isatty(2) == 1)
        let (builder, result) = batch.run()
        failures += result.skipped
        let graph = (consume builder).build(jobs: jobs)
        try GraphOutput.write(graph, format: format, jobs: jobs, to: output)
        if !quiet {
            InputFiles.warn("vietcite graph: \(files.count) files, \(result.documents) documents, "
                + "\(Batch.megabytes(result.bytes)) MB, \(result.citations) citations → \(graph.nodes.count) nodes, "
                + "\(graph.edges.count) edges; \(failures) skipped")
        }
        if failures > 0 { throw ExitCode(1) }
    }
}

extension GraphFormat: ExpressibleByArgument {}

enum ProcessInfoCores {
    static var count: Int { max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }
}

/// Writing a graph to standard output, a file, or (csv) a directory.
enum GraphOutput {
    static func write(_ graph: CitationGraph, format: GraphFormat, jobs: Int, to path: String?) throws {
        if format == .csv, let path {
            mkdir(path, 0o755)
            try withFile(path + "/nodes.csv") { out in CSVExport.writeNodes(graph) { out(Array($0.utf8)) } }
            try withFile(path + "/relationships.csv") { out in
                CSVExport.writeRelationships(graph) { out(Array($0.utf8)) }
            }
            return
        }
        if let path {
            try withFile(path) { format.write(graph, jobs: jobs, bytes: $0) }
        } else {
            let out = OutputStream()
            format.write(graph, jobs: jobs, bytes: out.write)
            out.flush()
        }
    }

    private static func withFile(_ path: String, _ body: (([UInt8]) -> Void) -> Void) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else {
            throw ValidationError("\(path): \(String(cString: strerror(errno)))")
        }
        defer { close(fd) }
        let out = OutputStream(fd: fd)
        body { out.write($0) }
        out.flush()
    }
}
