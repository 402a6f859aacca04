import Foundation
import Testing

/// Runs the built `vietcite` binary, as a user would.
enum CLI {
    static var binary: URL {
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        return executable.deletingLastPathComponent().appendingPathComponent("vietcite")
    }

    static let corpus: String = {
        var path = #filePath
        for _ in 0..<3 { path = String(path[..<path.lastIndex(of: "/")!]) }
        return path + "/Corpus"
    }()

    struct Result {
        let status: Int32
        let stdout: [UInt8]
        let stderr: String
        var output: String { String(decoding: stdout, as: UTF8.self) }
    }

    static func run(_ arguments: [String], stdin: [UInt8]? = nil) throws -> Result {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let input = Pipe()
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin)) }
        try input.fileHandleForWriting.close()
        let stdoutData = out.fileHandleForReading.readDataToEndOfFile()
        let stderrData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: Array(stdoutData),
                      stderr: String(decoding: stderrData, as: UTF8.self))
    }

    /// Writes `bytes` to a new file in the temporary directory; the caller removes it with `remove(_:)`.
    static func temporaryFile(_ bytes: [UInt8]) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString + ".txt")
        try Data(bytes).write(to: url)
        return url.path
    }

    static func remove(_ path: String) {
        try? FileManager.default.removeItem(atPath: path)
    }
}

@Suite("vietcite normalize")
struct NormalizeCommandTests {
    @Test("a Unix filter: standard input to standard output")
    func filter() throws {
        let result = try CLI.run(["normalize"], stdin: Array("Nghi\u{0323} đi\u{0323}nh NÐ–CP\u{00A0}x".utf8))
        #expect(result.status == 0)
        #expect(result.output == "Nghị định NĐ-CP x")
    }

    @Test("--explain lists each change with its original offset")
    func explain() throws {
        let path = try CLI.temporaryFile(Array("ab\u{00A0}Ð\u{200B}".utf8) + [0xFF])
        defer { CLI.remove(path) }
        let result = try CLI.run(["normalize", "--explain", path])
        #expect(result.status == 0)
        let lines = result.output.split(separator: "\n").map(String.init)
        #expect(lines.count == 4)
        #expect(lines[0].hasPrefix("2\t1:3\t\"<U+00A0>\" [C2 A0] → \" \""))
        #expect(lines[1].contains("[C3 90] → \"Đ\"") && lines[1].hasSuffix("lookalike letter"))
        #expect(lines[2].hasPrefix("6\t") && lines[2].hasSuffix("invisible character removed"))
        #expect(lines[3].hasPrefix("9\t") && lines[3].hasSuffix("invalid UTF-8 → U+FFFD"))
    }

    @Test("an unreadable file: one line naming it, non-zero exit")
    func missingFile() throws {
        let result = try CLI.run(["normalize", "/nonexistent/vb.txt"])
        #expect(result.status != 0)
        #expect(result.stderr == "vietcite: /nonexistent/vb.txt: No such file or directory\n")
        #expect(result.stdout.isEmpty)
    }

    @Test("empty input, NUL bytes and a long line pass through")
    func oddInput() throws {
        #expect(try CLI.run(["normalize"], stdin: []).stdout.isEmpty)
        let nul: [UInt8] = [0x41, 0x00, 0x42]
        #expect(try CLI.run(["normalize"], stdin: nul).stdout == nul)
        let long = [UInt8](repeating: 0x61, count: 5_000_000) + Array("Ð".utf8)
        let result = try CLI.run(["normalize"], stdin: long)
        #expect(result.stdout.count == long.count)
        #expect(Array(result.stdout.suffix(2)) == Array("Đ".utf8))
    }
}
