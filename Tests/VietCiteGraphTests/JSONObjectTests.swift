import Foundation
import Testing
import VietCiteGraph

/// The JSON writer behind the exports and the CLI's records: fields written in place into spare bytes, and the
/// paths that append to the buffer itself (escapes, long numbers, arrays, nested objects).
@Suite("JSONObject")
struct JSONObjectTests {
    @Test("every kind of field, exactly, after bytes already in the buffer")
    func fields() {
        var buffer = Array("[".utf8)
        var object = JSONObject(taking: &buffer)
        object.string("symbol", "16/CT-TTg")
        object.number("start", 120)
        object.number("zero", 0)
        object.number("negative", -5)
        object.number("large", 123_456_789)
        object.string("issuer", nil, orNull: true)
        object.string("absent", nil)
        object.string("text", "a \"b\"\n\u{2028}")
        object.bool("self", false)
        object.strings("warnings", ["repaired-symbol", "x\ty"])
        object.objects("items", [1, 2]) { item, value in item.number("n", value) }
        object.raw("provision", "{\"article\":[\"5\"]}")
        object.close(into: &buffer)
        let expected = #"[{"symbol":"16/CT-TTg","start":120,"zero":0,"negative":-5,"large":123456789,"issuer":null,"#
            + #""text":"a \"b\"\n\u2028","self":false,"warnings":["repaired-symbol","x\ty"],"items":[{"n":1},{"n":2}],"#
            + #""provision":{"article":["5"]}}"#
        #expect(String(decoding: buffer, as: UTF8.self) == expected)
    }

    @Test("fields from UTF-8 bytes: copied when well-formed, escaped where JSON needs it, U+FFFD for bad bytes")
    func utf8Fields() {
        var buffer: [UInt8] = []
        var object = JSONObject(taking: &buffer)
        object.string("plain", utf8: ArraySlice("Ban Bí thư".utf8))
        object.string("escaped", utf8: ArraySlice("a \"b\"\n".utf8), wellFormed: true)
        object.string("bad", utf8: ArraySlice([0x4E, 0xFF, 0xC3, 0x28, 0xE1, 0xBA]))
        object.string("surrogate", utf8: ArraySlice([0xED, 0xA0, 0x80]))
        object.string("absent", utf8: nil, orNull: true)
        object.string("empty", utf8: ArraySlice([]))
        object.close(into: &buffer)
        let expected = #"{"plain":"Ban Bí thư","escaped":"a \"b\"\n","bad":"N\#u{FFFD}\#u{FFFD}(\#u{FFFD}","#
            + #""surrogate":"\#u{FFFD}\#u{FFFD}\#u{FFFD}","absent":null,"empty":""}"#
        #expect(String(decoding: buffer, as: UTF8.self) == expected)
    }

    @Test("the UTF-8 check agrees with Swift's decoder on random bytes and on every short sequence's edges")
    func wellFormedness() {
        var generator = SystemRandomNumberGenerator()
        var samples: [[UInt8]] = (0..<3000).map { _ in
            (0..<Int.random(in: 0...24, using: &generator)).map { _ in
                // Mostly the bytes around the UTF-8 edges, some ASCII runs for the eight-byte path.
                [0x41, 0x80, 0xBF, 0x9F, 0xA0, 0x8F, 0x90, 0xC2, 0xC1, 0xDF, 0xE0, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF]
                    .randomElement(using: &generator)!
            }
        }
        samples += [Array("Nghị định số 15/2020/NĐ-CP, ASCII only here".utf8), Array("😀 \u{10FFFF}".utf8), []]
        for sample in samples {
            let expected = String(validating: sample, as: UTF8.self) != nil
            var buffer: [UInt8] = []
            var object = JSONObject(taking: &buffer)
            object.string("v", utf8: ArraySlice(sample))
            object.close(into: &buffer)
            // Ill-formed bytes come out as U+FFFD: the record holds the bytes as they were only when they were valid.
            let written = Array(buffer.dropFirst(6).dropLast(2))
            let plain = sample.allSatisfy { $0 >= 0x20 && $0 != 0x22 && $0 != 0x5C }
            if plain { #expect((written == sample) == expected, "\(sample)") }
            #expect(String(validating: written, as: UTF8.self) != nil)
        }
    }

    @Test("values longer than the spare bytes, plain and escaped, parse back whole")
    func longValues() throws {
        let plain = String(repeating: "Nghị định số 15/2020/NĐ-CP ", count: 40)
        let escaped = String(repeating: "\"Luật\"\n", count: 200)
        var buffer: [UInt8] = []
        for _ in 0..<3 {
            var object = JSONObject(taking: &buffer)
            object.string("plain", plain)
            object.string("escaped", escaped)
            object.number("count", 3)
            object.close(into: &buffer)
            buffer.append(0x0A)
        }
        let lines = String(decoding: buffer, as: UTF8.self).split(separator: "\n")
        #expect(lines.count == 3)
        for line in lines {
            let parsed = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(parsed["plain"] as? String == plain)
            #expect(parsed["escaped"] as? String == escaped)
            #expect(parsed["count"] as? Int == 3)
        }
    }

    @Test("an object with no field")
    func empty() {
        var buffer: [UInt8] = []
        var object = JSONObject(taking: &buffer)
        object.close(into: &buffer)
        #expect(buffer == Array("{}".utf8))
    }
}
