import Foundation
import Testing

@Suite("vietcite graph")
struct GraphCommandTests {
    @Test("the Corpus: the same graph with one job and with two")
    func corpus() throws {
        let one = try CLI.run(["graph", "--quiet", "--jobs", "1", CLI.corpus + "/documents"])
        let two = try CLI.run(["graph", "--quiet", "--jobs", "2", CLI.corpus + "/documents"])
        #expect(one.status == 0 && two.status == 0)
        #expect(one.stdout == two.stdout)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(one.stdout)) as? [String: Any])
        #expect((object["nodes"] as? [Any])?.isEmpty == false)
        #expect(one.stderr.isEmpty)
    }

    @Test("a directory with a broken file and a bad JSON Lines line: reported, skipped, the rest graphed, exit 1")
    func brokenFile() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString).path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let text = Data("Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020;".utf8)
        try text.write(to: URL(fileURLWithPath: directory + "/a.txt"))
        try FileManager.default.createSymbolicLink(atPath: directory + "/broken.txt",
                                                   withDestinationPath: directory + "/missing")
        let lines = "{\"id\": \"doc-1\", \"text\": \"Thực hiện Chỉ thị số 16/CT-TTg ngày 31/3/2020\"}\nnot json\n"
        try Data(lines.utf8).write(to: URL(fileURLWithPath: directory + "/batch.jsonl"))
        let result = try CLI.run(["graph", "--format", "jsonl", directory])
        #expect(result.status == 1)
        #expect(result.stderr.contains("broken.txt: No such file or directory"))
        #expect(result.stderr.contains("batch.jsonl: line 2"))
        #expect(result.stderr.contains("2 skipped"))
        #expect(result.output.contains("\"target\":\"doc:30/2020/NĐ-CP\""))
        #expect(result.output.contains("\"source\":\"file:doc-1\""))
    }

    @Test("--format csv --output DIR writes nodes.csv and relationships.csv")
    func csv() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString).path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let result = try CLI.run(["graph", "--quiet", "--format", "csv", "--output", directory,
                                  CLI.corpus + "/documents"])
        #expect(result.status == 0)
        let nodes = try String(contentsOfFile: directory + "/nodes.csv", encoding: .utf8)
        let relationships = try String(contentsOfFile: directory + "/relationships.csv", encoding: .utf8)
        #expect(nodes.hasPrefix("id:ID,:LABEL,"))
        #expect(relationships.hasPrefix(":START_ID,:END_ID,:TYPE,"))
    }
}
