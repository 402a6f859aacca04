/// Locates the repository's `Corpus/` from this file's path (SwiftPM resources cannot reach outside a target).
/// Shared by the test targets.
public enum Corpus {
    /// The absolute path of `Corpus/`.
    public static let root: String = {
        var path = #filePath
        for _ in 0..<3 { path = String(path[..<path.lastIndex(of: "/")!]) }
        return path + "/Corpus"
    }()

    /// The bytes of a corpus file (relative to `Corpus/`).
    public static func bytes(_ relativePath: String) -> [UInt8] {
        guard let file = fopen(root + "/" + relativePath, "rb") else { return [] }
        defer { fclose(file) }
        var result: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let got = fread(&chunk, 1, chunk.count, file)
            if got == 0 { break }
            result.append(contentsOf: chunk[0..<got])
        }
        return result
    }

    /// The seed documents, by file name.
    public static let seedNames = [
        "000_81c76d2a00275e34.txt", "001_7e563e5b399331bf.txt", "002_12b88236d2fb5db6.txt",
        "003_80b070889012a684.txt", "004_a60f6c122bdf73f6.txt",
    ]
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
