import Foundation
import VietCite

/// Builds the large benchmark corpora from `Corpus/`, deterministically (a seeded generator), so two runs on two
/// machines measure the same bytes.
///
/// - `nfc`: the seed pages repeated, clean NFC (what a web crawl gives);
/// - `nfd`: the same text decomposed (Word, macOS and PDF copies);
/// - `sparse`: plain prose from the seeds' sentences without citations, one citation per ~20 KB;
/// - `noisy`: `nfc` with the noise of real text: `Ð` lookalikes, en dashes and spaces inside symbols, NBSP,
///   zero-width spaces, glued tokens.
public struct CorpusGenerator {
    private var state: UInt64

    /// A generator whose output is fixed by `seed`: the same seed builds the same corpora, byte for byte.
    public init(seed: UInt64 = 0x5EED_C17E) { state = seed }

    /// splitmix64.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// The seeds repeated to at least `size` bytes; returns the text and its citation count.
    public static func nfc(size: Int) -> (bytes: [UInt8], citations: Int) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(size + BenchmarkCorpus.seeds.count)
        var copies = 0
        while bytes.count < size {
            bytes += BenchmarkCorpus.seeds
            copies += 1
        }
        return (bytes, copies * BenchmarkCorpus.citationsPerCopy)
    }

    /// NFD of a text (Foundation's canonical decomposition).
    public static func nfd(_ bytes: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count * 5 / 4)
        var start = 0
        // Decompose line by line to keep the working set small.
        while start < bytes.count {
            var end = start
            while end < bytes.count && bytes[end] != 0x0A { end += 1 }
            if end < bytes.count { end += 1 }
            let text = String(decoding: bytes[start..<end], as: UTF8.self)
            result += Array(text.decomposedStringWithCanonicalMapping.utf8)
            start = end
        }
        return result
    }

    /// Prose with one planted citation per ~20 KB.
    public mutating func sparse(size: Int) -> (bytes: [UInt8], citations: Int) {
        let extractor = CitationExtractor()
        let text = String(decoding: BenchmarkCorpus.seeds, as: UTF8.self)
        let sentences = text.split(whereSeparator: { $0 == "." || $0 == "\n" })
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { $0.count > 40 && !$0.contains(where: \.isNumber) && extractor.citations(in: $0).isEmpty }
        let planted = [
            "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư.",
            "Thực hiện Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư.",
            "Theo Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ.",
        ]
        var bytes: [UInt8] = []
        bytes.reserveCapacity(size + 30_000)
        var citations = 0
        var sinceCitation = 0
        while bytes.count < size {
            if sinceCitation >= 20_000 {
                bytes += Array(planted[Int(next() % UInt64(planted.count))].utf8) + [0x0A]
                citations += 1
                sinceCitation = 0
            }
            let sentence = Array(sentences[Int(next() % UInt64(sentences.count))].utf8) + Array(". ".utf8)
            bytes += sentence
            sinceCitation += sentence.count
            if next() % 8 == 0 { bytes.append(0x0A) }
        }
        return (bytes, citations)
    }

    /// `nfc` with noise inside and around symbols; the citation count is unchanged.
    public mutating func noisy(_ clean: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(clean.count * 21 / 20)
        var index = 0
        while index < clean.count {
            let byte = clean[index]
            let roll = next() % 16
            if byte == 0xC4 && index + 1 < clean.count && clean[index + 1] == 0x90 && roll < 4 {
                result += [0xC3, 0x90]  // Đ → Ð
                index += 2
                continue
            }
            if byte == 0x2D && index > 0 && clean[index - 1] >= 0x41 && roll < 4 {
                result += [0xE2, 0x80, 0x93]  // - → – between letters
            } else if byte == 0x20 && roll == 0 {
                result += [0xC2, 0xA0]  // NBSP
            } else if byte == 0x20 && roll == 1 {
                result += [0x20, 0xE2, 0x80, 0x8B]  // a zero-width space after a space
            } else {
                result.append(byte)
            }
            index += 1
        }
        return result
    }
}
