import CVietCiteScan
import Foundation
import Testing

/// The C helpers of the CLI's record writer: the JSON string literal and the UTF-8 check.
@Suite("JSON strings")
struct JSONStringTests {
    /// Random well-formed strings of every length up to 40 bytes from pieces that need escapes and pieces that do not.
    static let samples: [String] = {
        let pieces = ["a", "Nghị", "đ", "\"", "\\", "\n", "\r", "\t", "\u{1}", "\u{1F}", "\u{7F}", "\u{2028}",
                      "\u{2029}", "\u{2013}", "“", "/", " ", "😀", "\u{0}", "QĐ-TTg", "0123456789abcdef"]
        var generator = SeededGenerator(seed: 7)
        var samples = [""] + pieces
        for _ in 0..<3000 {
            var text = ""
            let count = Int(generator.next() % 12)
            for _ in 0..<count { text += pieces[Int(generator.next() % UInt64(pieces.count))] }
            samples.append(text)
        }
        return samples
    }()

    @Test("a string written as a JSON literal reads back as itself, with no raw control character, U+2028 or U+2029")
    func literal() throws {
        var lengths = Set<Int>()
        for sample in Self.samples {
            let utf8 = Array(sample.utf8)
            var out = [UInt8](repeating: 0, count: 6 * utf8.count + 2)
            // A byte past the end, so that an empty sample has an address too.
            let written = (utf8 + [0]).withUnsafeBufferPointer { bytes in
                vietcite_json_write_string(&out, bytes.baseAddress!, utf8.count)
            }
            let literal = Array(out[..<written])
            lengths.insert(utf8.count)
            #expect(literal.first == 0x22 && literal.last == 0x22)
            #expect(!literal.contains { $0 < 0x20 }, "\(sample.debugDescription)")
            let text = String(decoding: literal, as: UTF8.self)
            #expect(!text.contains("\u{2028}") && !text.contains("\u{2029}"))
            let read = try JSONSerialization.jsonObject(with: Data(literal), options: .fragmentsAllowed) as? String
            #expect(read == sample, "\(sample.debugDescription) → \(text)")
        }
        // Short, eight-to-fifteen-byte and long fields each take their own path.
        #expect(lengths.contains { $0 < 8 } && lengths.contains { (8..<16).contains($0) }
                && lengths.contains { $0 > 16 })
    }

    @Test("the UTF-8 check agrees with the standard library's, on well-formed and ill-formed bytes")
    func wellFormed() {
        let pieces: [[UInt8]] = [
            Array("Nghị".utf8), Array("a".utf8), Array("😀".utf8), Array("abcdefgh".utf8), [0x80], [0xBF], [0xC0, 0xAF],
            [0xC2], [0xC3, 0xA9], [0xE0, 0x80, 0x80], [0xE0, 0xA0, 0x80], [0xED, 0xA0, 0x80], [0xED, 0x9F, 0xBF],
            [0xEF, 0xBF, 0xBD], [0xF0, 0x8F, 0xBF, 0xBF], [0xF0, 0x90, 0x80, 0x80], [0xF4, 0x8F, 0xBF, 0xBF],
            [0xF4, 0x90, 0x80, 0x80], [0xF5], [0xFF], [0x00], [0xE1, 0xBB],
        ]
        var generator = SeededGenerator(seed: 11)
        var checked = 0
        var illFormed = 0
        for _ in 0..<5000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int(generator.next() % 8) { bytes += pieces[Int(generator.next() % UInt64(pieces.count))] }
            let expected = String(validating: bytes, as: UTF8.self) != nil
            let found = (bytes + [0]).withUnsafeBufferPointer { buffer in
                vietcite_utf8_is_well_formed(buffer.baseAddress!, bytes.count) != 0
            }
            #expect(found == expected, "\(bytes)")
            checked += 1
            if !expected { illFormed += 1 }
        }
        // Both answers were met many times.
        #expect(illFormed > 1000 && checked - illFormed > 500)
    }
}
