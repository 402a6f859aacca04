import ArgumentParser
import Foundation
import VietCite

/// `vietcite extract`: citation records for each input, streamed.
struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the citations of Vietnamese documents as JSON Lines, JSON or a table.",
        discussion: """
            Files and directories (read recursively, *.txt, *.htm, *.html) are read in the order given; - reads \
            standard input. With --input jsonl, standard input holds {"id": …, "text": …} lines and each record's \
            document is the id. An unreadable file is reported on standard error and the run goes on; the exit \
            status is then 1.
            """
    )

    @Argument(help: "Files or directories to read; - or nothing reads standard input.")
    var paths: [String] = []

    @Option(help: "Output format: jsonl, json or table.")
    var format: RecordWriter.Format = .jsonl

    @Option(help: "Input format: text (files) or jsonl ({\"id\", \"text\"} lines on standard input).")
    var input: InputFormat = .text

    enum InputFormat: String, CaseIterable, ExpressibleByArgument {
        case text, jsonl
    }

    func run() throws {
        let extractor = CitationExtractor()
        let writer = RecordWriter(out: OutputStream(), format: format)
        var failures = 0
        if input == .jsonl {
            failures += JSONLinesInput.forEachDocument(InputFiles.readStandardInput()) { id, bytes in
                writer.write(extractor.extract(from: SourceText(bytes: bytes)).citations, document: id)
            }
        } else {
            for path in InputFiles.expand(paths.isEmpty ? ["-"] : paths, failures: &failures) {
                do {
                    let bytes = try InputFiles.read(path)
                    writer.write(extractor.extract(from: SourceText(bytes: bytes)).citations, document: path)
                } catch {
                    InputFiles.warn(error.description)
                    failures += 1
                }
            }
        }
        writer.finish()
        if failures > 0 { throw ExitCode(1) }
    }
}

extension RecordWriter.Format: ExpressibleByArgument {}

/// `{"id": …, "text": …}` per line, as Spark's `pipe` and similar tools produce.
enum JSONLinesInput {
    private struct Line: Decodable {
        let id: String
        let text: String
        enum CodingKeys: String, CodingKey { case id, text }
        init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            if let text = try? container.decode(String.self, forKey: .id) {
                id = text
            } else {
                id = String(try container.decode(Int.self, forKey: .id))
            }
            text = try container.decode(String.self, forKey: .text)
        }
    }

    /// Calls `body` for each well-formed line; reports the others (line number and problem) and counts them.
    static func forEachDocument(_ bytes: [UInt8], path: String = "-", _ body: (String, [UInt8]) -> Void) -> Int {
        var failures = 0
        var lineNumber = 0
        let decoder = JSONDecoder()
        for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) { continue }
            do {
                let parsed = try decoder.decode(Line.self, from: Data(line))
                body(parsed.id, Array(parsed.text.utf8))
            } catch {
                // One line per bad line, up to five per file; then a count, so a wrong file is not a flood.
                failures += 1
                if failures <= 5 {
                    InputFiles.warn("vietcite: \(path): line \(lineNumber): not a {\"id\", \"text\"} JSON object")
                }
            }
        }
        if failures > 5 {
            InputFiles.warn("vietcite: \(path): \(failures - 5) more lines that are not {\"id\", \"text\"}")
        }
        return failures
    }
}
