import Foundation
import Testing

@Suite("vietcite extract")
struct ExtractCommandTests {
    static func records(_ output: String) throws -> [[String: Any]] {
        try output.split(separator: "\n").map {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
        }
    }

    @Test("JSON Lines records with the contract's keys, offsets into the original bytes")
    func jsonLines() throws {
        let text = "Căn cứ Nghị\u{00A0}định số 107/2021/NĐ–CP ngày 06/12/2021 của Chính phủ;"
        let path = try CLI.temporaryFile(Array(text.utf8))
        defer { CLI.remove(path) }
        let result = try CLI.run(["extract", path])
        #expect(result.status == 0)
        let records = try Self.records(result.output)
        #expect(records.count == 1)
        let record = records[0]
        #expect(record["document"] as? String == path)
        let start = record["start"] as! Int
        let end = record["end"] as! Int
        #expect(String(decoding: Array(text.utf8)[start..<end], as: UTF8.self) == "Nghị\u{00A0}định số 107/2021/NĐ–CP")
        #expect(record["text"] as? String == "Nghị\u{00A0}định số 107/2021/NĐ–CP")
        #expect(record["symbol"] as? String == "107/2021/NĐ-CP")
        #expect(record["type"] as? String == "Nghị định")
        #expect(record["number"] as? String == "107")
        #expect(record["date"] as? String == "2021-12-06")
        #expect(record["issuer"] as? String == "Chính phủ")
        #expect(record["self"] as? Bool == false)
        #expect(record["family"] as? String == "normative")
    }

    @Test("the seeds directory: 84 records, in document then file order, with relations")
    func corpus() throws {
        let result = try CLI.run(["extract", CLI.corpus + "/documents"])
        #expect(result.status == 0)
        let records = try Self.records(result.output)
        #expect(records.count == 84)
        #expect(records.filter { $0["family"] as? String == "name" }.count == 8)
        #expect(records.allSatisfy { $0["relation"] is String })
        let documents = records.map { $0["document"] as! String }
        #expect(documents == documents.sorted())
    }

    @Test("records of raw legacy bytes: the text as the original bytes decode (U+FFFD for each bad one), fields read")
    func legacyBytes() throws {
        // TCVN3, byte for byte: `Căn cứ Nghị định số 24/2014/NĐ-CP ngày 04/4/2014 của Chính phủ;`.
        let bytes: [UInt8] = Array("C".utf8) + [0xA8] + Array("n c".utf8) + [0xF8] + Array(" Ngh".utf8)
            + [0xDE, 0x20, 0xAE, 0xDE]
            + Array("nh s".utf8) + [0xE8] + Array(" 24/2014/N".utf8) + [0xA7] + Array("-CP ng".utf8) + [0xB5]
            + Array("y 04/4/2014 c".utf8) + [0xF1] + Array("a Ch".utf8) + [0xDD] + Array("nh ph".utf8) + [0xF1, 0x3B]
        let path = try CLI.temporaryFile(bytes)
        defer { CLI.remove(path) }
        let result = try CLI.run(["extract", path])
        #expect(result.status == 0)
        let records = try Self.records(result.output)
        #expect(records.count == 1)
        let start = try #require(records.first?["start"] as? Int)
        let end = try #require(records.first?["end"] as? Int)
        #expect(records.first?["text"] as? String == String(decoding: bytes[start..<end], as: UTF8.self))
        #expect((records.first?["text"] as? String)?.contains("\u{FFFD}") == true)
        #expect(records.first?["symbol"] as? String == "24/2014/NĐ-CP")
        #expect(records.first?["issuer"] as? String == "Chính phủ")
        #expect(records.first?["relationTrigger"] as? String == String(decoding: bytes[0..<6], as: UTF8.self))
    }

    @Test("records of a file saved as UTF-16: offsets into its bytes, the text read as UTF-16")
    func utf16File() throws {
        let text = "Căn cứ Nghị định số 24/2014/NĐ-CP ngày 04/4/2014 của Chính phủ;"
        let bytes: [UInt8] = [0xFF, 0xFE] + Array(text.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let path = try CLI.temporaryFile(bytes)
        defer { CLI.remove(path) }
        let result = try CLI.run(["extract", path])
        #expect(result.status == 0)
        let records = try Self.records(result.output)
        #expect(records.count == 1)
        #expect(records.first?["text"] as? String == "Nghị định số 24/2014/NĐ-CP")
        #expect(records.first?["start"] as? Int == 2 + 2 * "Căn cứ ".utf16.count)
        #expect(records.first?["end"] as? Int == 2 + 2 * "Căn cứ Nghị định số 24/2014/NĐ-CP".utf16.count)
        #expect(records.first?["issuer"] as? String == "Chính phủ")
        #expect(records.first?["relationTrigger"] as? String == "Căn cứ")
    }

    @Test("a broken file among good ones: one line naming it, the others still extracted, exit 1")
    func brokenFile() throws {
        let good = try CLI.temporaryFile(Array("Chỉ thị 16/CT-TTg".utf8))
        defer { CLI.remove(good) }
        let result = try CLI.run(["extract", "/nonexistent/a.txt", good])
        #expect(result.status == 1)
        #expect(result.stderr == "vietcite: /nonexistent/a.txt: No such file or directory\n")
        #expect(try Self.records(result.output).count == 1)
    }

    @Test("a directory's files are all read, whatever their names: Vietnamese, one letter, 240 bytes")
    func directoryNames() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        var names = ["Quyết định số 15.txt", "a.txt", String(repeating: "đ", count: 118) + ".txt"]
        names += (0..<200).map { String(repeating: "x", count: $0 % 40) + "\($0).txt" }
        for name in names {
            try Data("Nghị định số 15/2020/NĐ-CP".utf8).write(to: directory.appendingPathComponent(name))
        }
        let result = try CLI.run(["extract", directory.path])
        #expect(result.status == 0)
        let documents = try Self.records(result.output).compactMap { $0["document"] as? String }
        #expect(Set(documents) == Set(names.map { directory.path + "/" + $0 }))
        #expect(documents.count == names.count)
    }

    @Test("nothing to find is success")
    func nothing() throws {
        let result = try CLI.run(["extract"], stdin: Array("quyết định đúng đắn".utf8))
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
    }

    @Test("--input jsonl: the id names the document; a bad line is reported and skipped")
    func jsonlInput() throws {
        let input = """
            {"id": "vb-1", "text": "Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư"}
            not json
            {"id": 7, "text": "Chỉ thị 16/CT-TTg"}

            """
        let result = try CLI.run(["extract", "--input", "jsonl"], stdin: Array(input.utf8))
        #expect(result.status == 1)
        #expect(result.stderr.contains("line 2"))
        let records = try Self.records(result.output)
        #expect(records.map { $0["document"] as! String } == ["vb-1", "7"])
        #expect(records[0]["issuer"] as? String == "Ban Bí thư")
    }

    @Test("records escape what JSON must: a quote, a backslash, control characters, U+2028, a line break in a span")
    func escaping() throws {
        // The id is the record's document; the first mention's span crosses a Windows line break.
        let line = #"{"id": "a\"b\\c\u0001d\u2028", "text": "Căn cứ Nghị\r\nđịnh số 30/2020/NĐ-CP ngày 05/3/2020 của "#
            + #"Chính phủ; Căn cứ Thông tư số 12/2021/TT-BTC của Bộ Tài chính \"về\" thuế;"}"# + "\n"
        let result = try CLI.run(["extract", "--input", "jsonl"], stdin: Array(line.utf8))
        #expect(result.status == 0)
        let records = try Self.records(result.output)
        #expect(records.count == 2)
        #expect(records.first?["document"] as? String == "a\"b\\c\u{1}d\u{2028}")
        #expect(records.first?["text"] as? String == "Nghị\r\nđịnh số 30/2020/NĐ-CP")
        #expect(result.output.contains(#"{"document":"a\"b\\c\u0001d\u2028","start":10,"#))
        #expect(result.output.contains(#""text":"Nghị\r\nđịnh số 30/2020/NĐ-CP","type":"Nghị định","#))
        #expect(records.last?["issuer"] as? String == "Bộ Tài chính")
    }

    @Test("--format json is one array; --format table is readable")
    func formats() throws {
        let text = Array("Chỉ thị 16/CT-TTg và Kết luận số 114-KL/TW".utf8)
        let json = try CLI.run(["extract", "--format", "json"], stdin: text)
        let array = try JSONSerialization.jsonObject(with: Data(json.stdout)) as! [[String: Any]]
        #expect(array.count == 2)
        let empty = try CLI.run(["extract", "--format", "json"], stdin: [])
        #expect(empty.output == "[]\n")
        let table = try CLI.run(["extract", "--format", "table"], stdin: text)
        let lines = table.output.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[1].contains("16/CT-TTg") && lines[2].contains("114-KL/TW"))
    }
}
