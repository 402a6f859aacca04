import Foundation
import VietCite

/// Benchmark inputs built from `../Corpus` once, outside the measured region.
public enum BenchmarkCorpus {
    /// `Corpus/documents` of the main package.
    public static let root: String = {
        var path = #filePath
        for _ in 0..<4 { path = String(path[..<path.lastIndex(of: "/")!]) }
        return path + "/Corpus/documents"
    }()

    static let seedNames = [
        "000_81c76d2a00275e34.txt", "001_7e563e5b399331bf.txt", "002_12b88236d2fb5db6.txt",
        "003_80b070889012a684.txt", "004_a60f6c122bdf73f6.txt",
    ]

    /// The bytes of a file, or nothing.
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

    /// The five seed pages as published (NBSP and all).
    public static let pages: [[UInt8]] = seedNames.map { read(root + "/" + $0) }

    /// The seeds, each followed by a blank line, NBSP turned into spaces: text the normalizer does not change.
    public static let seeds: [UInt8] = {
        var clean: [UInt8] = []
        for page in pages {
            var index = 0
            while index < page.count {
                if index + 1 < page.count && page[index] == 0xC2 && page[index + 1] == 0xA0 {
                    clean.append(0x20)
                    index += 2
                } else {
                    clean.append(page[index])
                    index += 1
                }
            }
            clean += [0x0A, 0x0A]
        }
        return clean
    }()

    /// The citations in one copy of ``seeds`` (all 84 gold mentions).
    public static let citationsPerCopy = 84
}
