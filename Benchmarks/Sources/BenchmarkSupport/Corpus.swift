import Foundation
import VietCite

/// Benchmark inputs built from `../Corpus` once, outside the measured region: the seeds repeated to a size,
/// and the same text decomposed (NFD), deterministically.
public enum BenchmarkCorpus {
    public static let root: String = {
        var path = #filePath
        for _ in 0..<4 { path = String(path[..<path.lastIndex(of: "/")!]) }
        return path + "/Corpus/documents"
    }()

    static let seedNames = [
        "000_81c76d2a00275e34.txt", "001_7e563e5b399331bf.txt", "002_12b88236d2fb5db6.txt",
        "003_80b070889012a684.txt", "004_a60f6c122bdf73f6.txt",
    ]

    public static func read(_ path: String) -> [UInt8] {
        guard let file = fopen(path, "rb") else { return [] }
        defer { fclose(file) }
        var result: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let got = fread(&chunk, 1, chunk.count, file)
            if got == 0 { break }
            result.append(contentsOf: chunk[0..<got])
        }
        return result
    }

    /// The seeds, concatenated with line breaks, NBSP turned into spaces (so the text needs no change).
    public static let seeds: [UInt8] = {
        var bytes: [UInt8] = []
        for name in seedNames { bytes += read(root + "/" + name) + [0x0A] }
        var clean: [UInt8] = []
        var index = 0
        while index < bytes.count {
            if index + 1 < bytes.count && bytes[index] == 0xC2 && bytes[index + 1] == 0xA0 {
                clean.append(0x20)
                index += 2
            } else {
                clean.append(bytes[index])
                index += 1
            }
        }
        return clean
    }()

    /// `seeds` repeated to at least `size` bytes.
    public static func repeated(_ size: Int) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(size + seeds.count)
        while bytes.count < size { bytes += seeds }
        return bytes
    }

    /// NFD of a text (Foundation's canonical decomposition), as Word, macOS and PDF copies produce it.
    public static func decomposed(_ bytes: [UInt8]) -> [UInt8] {
        Array(String(decoding: bytes, as: UTF8.self).decomposedStringWithCanonicalMapping.utf8)
    }
}
