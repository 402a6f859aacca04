import CVietCiteScan
import Foundation
import Testing
@_spi(Stages) import VietCite

/// The byte scans of `Sources/CVietCiteScan` run AVX2, SSE2 or byte loops; every level must give the same answers.
@Suite("Scan levels", .serialized)
struct ScanLevelTests {
    /// Random text made of the bytes the scans care about: ASCII letters and digits, the type-word letters (`ậ`,
    /// `ế`, `ệ`, `ĩ` and their capitals), other Vietnamese letters, curly quotes, NBSP, Cyrillic, stray
    /// continuation bytes and invalid leads.
    static func text(seed: UInt64, pieces: Int) -> [UInt8] {
        var generator = SeededGenerator(seed: seed)
        let alphabet: [[UInt8]] = [
            Array("luật ".utf8), Array("LUẬT".utf8), Array("Luât".utf8), Array("lU".utf8),
            Array("quyết".utf8), Array("Hiến ".utf8), Array("lệnh".utf8),
            // The same words with the tone OCR lost, or written without marks; and what shares their letters.
            Array("quyêt".utf8), Array("LÊNH".utf8), Array("lê".utf8), Array("quyet ".utf8), Array("LENH".utf8),
            Array("yêu".utf8), Array("Ye".utf8), [0xC3], Array("Hiên".utf8), Array("hien ".utf8),
            Array("lĩnh".utf8), Array("LĨNH".utf8), Array("Nghị định số 15/2020/NĐ-CP ".utf8), Array("ngày ".utf8),
            Array("2024".utf8), Array("7".utf8), Array("a".utf8), Array("“".utf8), Array("\u{A0}".utf8),
            Array("Ж".utf8), Array("Ð".utf8), Array("ð".utf8), Array("Ɖ".utf8), Array("ắ".utf8), Array("đ".utf8),
            Array("ǎ".utf8), Array("Ǎ".utf8), Array("ǉ".utf8), Array("ƍ".utf8),
            [0x80], [0xE1], [0xC4], [0xE1, 0xBA], [0x0A], [0x20], [0x20, 0x20], Array("ẞ".utf8), Array("ỹ".utf8),
            // The E2 punctuation the clean scan keeps (U+2016–U+2027) and what stands either side of it.
            Array("”".utf8), Array("…".utf8), Array("•".utf8), Array("‖".utf8), Array("‧".utf8), Array("\u{2028}".utf8),
            Array("–".utf8), Array("\u{2015}".utf8), Array("\u{2009}".utf8), Array("\u{200B}".utf8),
            Array("\u{202F}".utf8), [0xE2, 0x80], [0xE2, 0x81, 0x9C], [0xE2],
        ]
        var bytes: [UInt8] = []
        for _ in 0..<pieces { bytes += alphabet[Int(generator.next() % UInt64(alphabet.count))] }
        return bytes
    }

    /// Runs `body` at each level the CPU has, and restores the best level afterwards.
    static func atEachLevel<Result>(_ body: () -> Result) -> [Result] {
        defer { _ = vietcite_scan_set_level(2) }
        var results: [Result] = []
        var level = 0
        while level <= 2 {
            let chosen = vietcite_scan_set_level(Int32(level))
            if chosen == Int32(level) { results.append(body()) }
            level += 1
        }
        return results
    }

    @Test("the clause-boundary scan finds the last boundary of every range at every level, as a byte loop does")
    func clauseBoundaries() {
        func endsClause(_ bytes: [UInt8], _ at: Int) -> Bool {
            let byte = bytes[at]
            if [0x0A, 0x0D, 0x3B, 0x21, 0x3F].contains(byte) { return true }
            return byte == 0x2E && at + 1 < bytes.count && (bytes[at + 1] == 0x20 || bytes[at + 1] == 0x0A)
        }
        var generator = SeededGenerator(seed: 7)
        let alphabet = Array("ab .;!?\n\r.. x".utf8) + [0xE1, 0xBA, 0xAD]
        for length in [0, 1, 15, 16, 17, 31, 32, 33, 70] {
            for _ in 0..<6 {
                let bytes = (0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }
                var expected: [Int] = []
                for lower in 0...length {
                    for upper in lower...length {
                        expected.append((lower..<upper).last { endsClause(bytes, $0) }.map { $0 + 1 } ?? -1)
                    }
                }
                let found = Self.atEachLevel {
                    bytes.withUnsafeBufferPointer { buffer in
                        (0...length).flatMap { lower in
                            (lower...length).map { upper in
                                vietcite_last_clause_boundary(buffer.baseAddress!, lower, upper, length)
                            }
                        }
                    }
                }
                #expect(found.count >= 2)
                #expect(found.allSatisfy { $0 == expected }, "length \(length)")
            }
        }
    }

    @Test("the scan for hết finds the first before the clause ends, or where it ends, at every level, as bytes do")
    func clauseHet() {
        let het: [UInt8] = Array("hết".utf8)
        // The `hết` found, or -1 and where the clause ended.
        func expected(_ bytes: [UInt8], _ lower: Int, _ upper: Int) -> [Int] {
            for at in lower..<upper {
                if [0x2E, 0x3B, 0x0A, 0x0D].contains(bytes[at]) { return [-1, at] }
                if at + 5 <= upper && bytes[at] | 0x20 == 0x68 && Array(bytes[at + 1..<at + 5]) == Array(het[1...]) {
                    return [at]
                }
            }
            return [-1, upper]
        }
        var generator = SeededGenerator(seed: 11)
        let pieces: [[UInt8]] = [het, Array("Hết".utf8), Array("hệ".utf8), Array("hế".utf8), Array("ab ".utf8),
                                 [0x2E], [0x3B], [0x0A], [0x0D], [0xE1], [0xBA, 0xBF], Array("h".utf8)]
        for length in [0, 4, 5, 16, 20, 21, 22, 37, 70, 140] {
            for _ in 0..<6 {
                var bytes: [UInt8] = []
                while bytes.count < length { bytes += pieces[Int(generator.next() % UInt64(pieces.count))] }
                bytes = Array(bytes.prefix(length))
                let want = (0...length).flatMap { lower in (lower...length).map { expected(bytes, lower, $0) } }
                let found = Self.atEachLevel {
                    bytes.withUnsafeBufferPointer { buffer in
                        (0...length).flatMap { lower in
                            (lower...length).map { upper -> [Int] in
                                var stop = 0
                                let found = vietcite_clause_het(buffer.baseAddress!, lower, upper, &stop)
                                return found < 0 ? [found, stop] : [found]
                            }
                        }
                    }
                }
                #expect(found.count >= 2)
                #expect(found.allSatisfy { $0 == want }, "length \(length)")
            }
        }
    }

    @Test("the anchor scan finds the same anchors at every level, from every start")
    func anchors() {
        for seed in UInt64(1)...40 {
            let bytes = Self.text(seed: seed, pieces: 60)
            let found = Self.atEachLevel {
                bytes.withUnsafeBufferPointer { buffer in
                    (0...buffer.count).map { vietcite_next_anchor(buffer.baseAddress!, $0, buffer.count) }
                }
            }
            #expect(found.count >= 2)
            #expect(Set(found).count == 1, "seed \(seed)")
            let unmarked = Self.atEachLevel {
                bytes.withUnsafeBufferPointer { buffer in
                    (0...buffer.count).map { vietcite_next_anchor_unmarked(buffer.baseAddress!, $0, buffer.count) }
                }
            }
            #expect(Set(unmarked).count == 1, "seed \(seed)")
            // The unmarked scan finds every anchor the default one does, and more.
            #expect(zip(unmarked[0], found[0]).allSatisfy { $0 <= $1 })
            #expect(zip(unmarked[0], found[0]).contains { $0 < $1 })
        }
    }

    @Test("decomposed vowels and kept text read the same in C (levels 1, 2) as in Swift (level 0), map included")
    func decomposedVowels() {
        // Decomposed syllables, `đ`, marks the fast path leaves to the general one (three marks, a mark on `đ` or on
        // a composed letter, U+0340), and what ends a run (quotes, invalid bytes, NBSP), in random order and at
        // every distance from the end of the input.
        let alphabet: [[UInt8]] = [
            "Nghi\u{323} ", "đi\u{323}nh ", "quye\u{302}\u{301}t ", "Đa\u{309}ng ",
            "ngu\u{31B}\u{300}o\u{31B}\u{300}i ",
            "A\u{300}", "e\u{302}\u{303}\u{301}", "đ\u{301}", "ê\u{301}", "o\u{340}", "\u{301}", "x\u{301}", "i\u{323}",
            "số 15/2020/NĐ-CP ", "“", "\u{A0}", "abcdefghijklmnopqrstuvwxyz ", " ",
            // Kept letters and what stands among them on noisy pages (the kept-text loop in C and in Swift).
            "Việt Nam ", "Thông tư ", "ñ", "Ð", "ð", "Ж", "\u{200B}", "–", "…", "\u{2028}", "\u{202A}", "\u{202F}",
            "ẞ", "ǅ", "Ɖ", "ꞌ", "nǎm ", "Ǎ",
        ].map { Array($0.utf8) } + [[0xCC], [0x80], [0xC4], [0xE1, 0xBA], [0xC2], [0xE2, 0x80], [0xDF, 0xBF], [0xF0]]
        for seed in UInt64(1)...60 {
            var generator = SeededGenerator(seed: seed)
            var bytes: [UInt8] = []
            for _ in 0..<(20 + Int(generator.next() % 200)) {
                bytes += alphabet[Int(generator.next() % UInt64(alphabet.count))]
            }
            let normalized = Self.atEachLevel {
                let text = Normalizer().normalize(SourceText(bytes: bytes))
                return text.bytes.map(Int.init) + [-1] + text.bytes.indices.flatMap {
                    let source = text.map.sourceRange(ofOutputByte: $0)
                    return [source.lowerBound, source.upperBound]
                }
            }
            #expect(normalized.count >= 2)
            #expect(Set(normalized).count == 1, "seed \(seed)")
        }
    }

    @Test("the vector clean-text scan stops in the first scalar the normalizer must see, not at its block",
          .enabled(if: vietcite_scan_has_vectors() != 0, "no vector scan on this CPU"),
          arguments: ["\u{200B}", "\u{A0}", "\u{0301}", "–", "Ð", "Ж", "\u{FEFF}"])
    func cleanScanStopsAtTheByte(unclean: String) {
        // Clean text of every kind the scan passes (ASCII, two- and three-byte Vietnamese, kept punctuation), with
        // the unclean scalar at each offset of a 32-byte block and well inside the text.
        let clean = Array("Căn cứ “Nghị quyết” của Ủy ban nhân dân tỉnh … về việc phát triển ".utf8)
        for offset in 0..<40 {
            let prefix = Array((clean + clean).prefix(40 + offset))
            // The prefix ends inside a scalar when its last bytes are a lead and continuations: cut back to a boundary.
            var cut = prefix.count
            while cut > 0 && prefix[cut - 1] & 0xC0 == 0x80 { cut -= 1 }
            if cut > 0 && prefix[cut - 1] >= 0xC0 { cut -= 1 }
            // The scan starts at 2, after two spaces.
            let bytes = Array("  ".utf8) + prefix[..<cut] + Array(unclean.utf8) + clean + clean
            let stops = Self.atEachLevel {
                bytes.withUnsafeBufferPointer { vietcite_scan_clean($0.baseAddress!, 2, $0.count) }
            }
            // At the scalar, or at the byte inside it that shows it must change (`90` of `Ð`, `C3 90`); the same
            // with SSE2 and AVX2.
            let scalar = (2 + cut)..<(2 + cut + unclean.utf8.count)
            #expect(stops.dropFirst().allSatisfy { scalar.contains($0) && $0 == stops.last },
                    "offset \(offset): \(stops)")
        }
    }

    @Test("the clean-text scan stops at the same byte with SSE2 and AVX2, and extraction reads the same at every level")
    func cleanBlocks() {
        for seed in UInt64(1)...40 {
            // Mostly clean Vietnamese, with an occasional byte the normalizer must see.
            var bytes: [UInt8] = []
            var generator = SeededGenerator(seed: seed)
            for _ in 0..<40 {
                bytes += Array("Căn cứ Nghị quyết của Ủy ban nhân dân tỉnh về việc phát triển ".utf8)
                if generator.next() % 4 == 0 { bytes += Self.text(seed: generator.next(), pieces: 2) }
            }
            let stops = Self.atEachLevel {
                bytes.withUnsafeBufferPointer { buffer in
                    stride(from: 2, to: buffer.count, by: 7).map {
                        vietcite_scan_clean(buffer.baseAddress!, $0, buffer.count)
                    }
                }
            }
            // Level 0 has no vector scan (it returns each start); the vector levels must agree.
            #expect(Set(stops.dropFirst()).count == 1, "seed \(seed)")
            let extracted = Self.atEachLevel {
                let normalized = Normalizer().normalize(SourceText(bytes: bytes))
                return normalized.bytes.map(Int.init) + normalized.bytes.indices.flatMap {
                    let source = normalized.map.sourceRange(ofOutputByte: $0)
                    return [source.lowerBound, source.upperBound]
                }
                    + CitationExtractor().extract(from: SourceText(bytes: bytes))
                    .citations.flatMap { [$0.span.lowerBound, $0.span.upperBound] }
            }
            #expect(Set(extracted).count == 1, "seed \(seed)")
        }
    }
}
