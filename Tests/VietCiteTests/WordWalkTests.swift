import CVietCiteScan
import Testing
@_spi(Stages) import VietCite
import VietCiteTestSupport

/// The word walks of `WordWalk.c` against the Swift rules they replaced (`Tokenizer+Reference.swift`), at every byte
/// of random text with every kind of scalar and ill-formed byte, and of the seeds.
@Suite("Word walks")
struct WordWalkTests {
    /// Random text of letters in every script the tokenizer knows, digits, punctuation, and ill-formed UTF-8:
    /// stray continuations, truncated sequences, overlongs, surrogates, and leads past U+10FFFF.
    static func text(seed: UInt64, pieces: Int) -> [UInt8] {
        var generator = SeededGenerator(seed: seed)
        let alphabet: [[UInt8]] = [
            Array("Nghị".utf8), Array("định".utf8), Array("ĐỊNH".utf8), Array("QH15".utf8), Array("số".utf8),
            Array("ç".utf8), Array("Ж".utf8), Array("λ".utf8), Array("\u{0301}".utf8), Array("ẞ".utf8),
            Array("漢字".utf8), Array("한".utf8), Array("ア".utf8), Array("😀".utf8), Array("\u{2013}".utf8),
            Array("“".utf8), Array("\u{A0}".utf8), Array("×".utf8), Array("a".utf8), Array("Z".utf8), Array("7".utf8),
            Array("2024".utf8), [0x20], [0x0A], [0x0D, 0x0A], [0x0D], [0x2F], [0x2D], [0x80], [0xBF], [0xC3],
            [0xE1, 0xBB],
            [0xE0, 0x80, 0x80], [0xE0, 0x83, 0x80],
            [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xC0, 0xAF], [0xFF], [0x00], Array("abcdefghij".utf8),
        ]
        var bytes: [UInt8] = []
        for _ in 0..<pieces { bytes += alphabet[Int(generator.next() % UInt64(alphabet.count))] }
        return bytes
    }

    /// The first index of `bytes` where a walk differs from its rule, with the walk's name, or nil: every walk from
    /// every index (the key's walk with limits at, before and past the word's end).
    static func firstDifference(_ bytes: [UInt8]) -> String? {
        bytes.withUnsafeBufferPointer { buffer in
            let p = buffer.baseAddress!
            let count = buffer.count
            for index in 0..<count {
                if vietcite_word_end(p, index, count) != Tokenizer.referenceWordEnd(p, from: index, count) {
                    return "word end from \(index)"
                }
                if (vietcite_is_word_start(p, index, count) != 0) != Tokenizer.referenceIsWordStart(p, index, count) {
                    return "word start at \(index)"
                }
                for limit in [index + 1, index + 3, min(count, index + 12), count] where limit <= count {
                    var key: UInt64 = 0
                    let end = vietcite_word_end_key(p, index, limit, count, &key)
                    let reference = Tokenizer.referenceWordEndAndKey(p, from: index, limit: limit, count)
                    if end != reference.end || key != reference.key { return "word key from \(index) to \(limit)" }
                }
                var sawDigit: Int32 = 0
                let start = vietcite_word_start_before(p, index + 1, count, &sawDigit)
                let reference = Tokenizer.referenceWordStart(before: index + 1, p, count)
                if start != reference.start || (sawDigit != 0) != reference.sawDigit {
                    return "word start before \(index + 1)"
                }
            }
            return nil
        }
    }

    @Test("the C word walks answer as the Swift rules at every byte of random text, ill-formed bytes included")
    func randomText() {
        for seed in 1...40 as ClosedRange<UInt64> {
            let bytes = Self.text(seed: seed, pieces: 200)
            #expect(Self.firstDifference(bytes) == nil, "seed \(seed)")
        }
    }

    @Test("the C word walks answer as the Swift rules at every byte of the seeds")
    func seeds() {
        for name in Corpus.seedNames {
            let bytes = Corpus.bytes("documents/" + name)
            #expect(bytes.count > 1000)
            #expect(Self.firstDifference(bytes) == nil, "\(name)")
        }
    }

    @Test("the key packs the folded letters of a word of at most eight letters, and is 0 otherwise")
    func keys() {
        func key(_ word: String) -> UInt64 {
            let bytes = Array(word.utf8)
            return bytes.withUnsafeBufferPointer { buffer in
                var key: UInt64 = 0
                _ = vietcite_word_end_key(buffer.baseAddress!, 0, buffer.count, buffer.count, &key)
                return key
            }
        }
        #expect(key("Số") == 0x736F)
        #expect(key("ĐỊNH") == 0x64696E68)
        #expect(key("nghiêng") == 0x6E676869656E67)
        #expect(key("QH15") == 0)
        #expect(key("Жи") == 0)
        #expect(key("abcdefghi") == 0)
        #expect(key("abcdefgh") == 0x6162636465666768)
    }
    /// An open-addressed table of `keys` as `vietcite_next_keyed_word` reads one, and its shift.
    static func keySlots(_ keys: [UInt64]) -> (slots: [UInt64], shift: UInt32) {
        let bits = 6
        var slots = [UInt64](repeating: 0, count: 1 << bits)
        for key in keys {
            var slot = Int((key &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - bits))
            while slots[slot] != 0 { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = key
        }
        return (slots, UInt32(64 - bits))
    }

    @Test("the keyed-word scan stops at the first word whose key is in the table, as a walk with the Swift rules does")
    func keyedWords() {
        let words = ["can", "thuc", "sua", "thay", "bai", "quy", "huong", "dinh", "xet", "nghi", "so", "a"]
        let keys = words.map { $0.utf8.reduce(UInt64(0)) { $0 << 8 | UInt64($1) } }
        let (slots, shift) = Self.keySlots(keys)
        var generator = SeededGenerator(seed: 7)
        var texts = (1...30 as ClosedRange<UInt64>).map { Self.text(seed: $0, pieces: 150) }
        texts += Corpus.seedNames.map { Corpus.bytes("documents/" + $0) }
        var found = 0
        for bytes in texts {
            bytes.withUnsafeBufferPointer { buffer in
                let p = buffer.baseAddress!
                let count = buffer.count
                for _ in 0..<300 {
                    var cursor = Int(generator.next() % UInt64(count))
                    let limit = min(count, cursor + 1 + Int(generator.next() % 400))
                    // Every keyed word of the range in turn, each against the reference walk.
                    while cursor < limit {
                        var end = 0
                        var key: UInt64 = 0
                        let start = slots.withUnsafeBufferPointer {
                            vietcite_next_keyed_word(p, cursor, limit, count, $0.baseAddress!, $0.count, shift, &end,
                                                     &key)
                        }
                        var reference: (start: Int, end: Int, key: UInt64)?
                        var walk = cursor
                        while walk < limit {
                            guard Tokenizer.referenceIsWordStart(p, walk, count) else {
                                walk += 1
                                continue
                            }
                            let word = Tokenizer.referenceWordEndAndKey(p, from: walk, limit: limit, count)
                            if word.key != 0 && keys.contains(word.key) {
                                reference = (walk, word.end, word.key)
                                break
                            }
                            walk = word.end
                        }
                        guard let reference else {
                            #expect(start == limit)
                            break
                        }
                        #expect(start == reference.start && end == reference.end && key == reference.key)
                        found += 1
                        cursor = end
                    }
                }
            }
        }
        // The scan found words: the comparison is not of two empty answers.
        #expect(found > 1000)
    }
    @Test("the type-word reader's walk back collects the same letters as the Swift rule, from every byte, in two steps")
    func foldBack() {
        var texts = (1...30 as ClosedRange<UInt64>).map { Self.text(seed: $0, pieces: 150) }
        texts += Corpus.seedNames.map { Corpus.bytes("documents/" + $0) }
        // Type words spaced apart and broken across lines, as web and OCR text write them.
        texts.append(Array(("Nghị   định số 5; Thôngt ư 3, Nghị\nđịnh 4,\n\nQuyết  \n định 2 Luật 7 "
            + "Nghị    định 8 Nghị     định 9 Quyết      định 10 Nghị\r\nđịnh 11 Thông\r\n\r\ntư 12").utf8))
        var letters = [UInt8](repeating: 0, count: 24)
        var starts = [Int](repeating: 0, count: 24)
        var referenceLetters = letters
        var referenceStarts = starts
        var longWalks = 0
        for bytes in texts {
            bytes.withUnsafeBufferPointer { buffer in
                let p = buffer.baseAddress!
                for cursor in 0...buffer.count {
                    // Two letters first, then on to 24 from where the first step stopped, as the reader does.
                    var collected = vietcite_fold_back(p, cursor, buffer.count, &letters, &starts, 0, 2)
                    var reference = Tokenizer.referenceFoldBack(from: cursor, p, buffer.count,
                                                                letters: &referenceLetters, starts: &referenceStarts,
                                                                collected: 0, limit: 2)
                    if collected == 2 {
                        collected = vietcite_fold_back(p, starts[1], buffer.count, &letters, &starts, 2, 24)
                        reference = Tokenizer.referenceFoldBack(from: referenceStarts[1], p, buffer.count,
                                                                letters: &referenceLetters, starts: &referenceStarts,
                                                                collected: 2, limit: 24)
                    }
                    if collected > 6 { longWalks += 1 }
                    guard collected == reference, letters[..<collected] == referenceLetters[..<collected],
                          starts[..<collected] == referenceStarts[..<collected]
                    else {
                        Issue.record("walk back from \(cursor): \(collected) letters, the rule \(reference)")
                        return
                    }
                }
            }
        }
        #expect(longWalks > 1000)
    }
}
