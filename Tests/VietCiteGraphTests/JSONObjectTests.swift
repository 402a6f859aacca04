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
