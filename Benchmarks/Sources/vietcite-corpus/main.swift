import BenchmarkSupport
import Foundation

// vietcite-corpus DIR [MEGABYTES]: writes nfc.txt, nfd.txt, sparse.txt, noisy.txt and a 5 MB slice of each,
// plus counts.txt with the citations each holds. Deterministic.
let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
    FileHandle.standardError.write(Data("usage: vietcite-corpus DIR [MEGABYTES]\n".utf8))
    exit(2)
}
let directory = arguments[1]
let megabytes = arguments.count > 2 ? Int(arguments[2]) ?? 100 : 100
try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
var generator = CorpusGenerator()
let nfc = CorpusGenerator.nfc(size: megabytes << 20)
let sparse = generator.sparse(size: megabytes << 20)
let outputs: [(String, [UInt8], Int)] = [
    ("nfc", nfc.bytes, nfc.citations),
    ("nfd", CorpusGenerator.nfd(nfc.bytes), nfc.citations),
    ("sparse", sparse.bytes, sparse.citations),
    ("noisy", generator.noisy(nfc.bytes), nfc.citations),
]
var counts = ""
for (name, bytes, citations) in outputs {
    try Data(bytes).write(to: URL(fileURLWithPath: "\(directory)/\(name).txt"))
    // The 5 MB slice ends at a line break so no citation is cut.
    var end = min(bytes.count, 5 << 20)
    while end < bytes.count && bytes[end - 1] != 0x0A { end += 1 }
    try Data(bytes[..<end]).write(to: URL(fileURLWithPath: "\(directory)/\(name)-5MB.txt"))
    counts += "\(name)\t\(bytes.count)\t\(citations)\n"
}
try Data(counts.utf8).write(to: URL(fileURLWithPath: "\(directory)/counts.txt"))
print(counts, terminator: "")
