import BenchmarkSupport
import Foundation
@_spi(Stages) import VietCite

// vietcite-peers MODE FILE [RUNS]: in-process throughput of one stage (or baseline) on a file, median of RUNS.
// Prints: MODE <tab> MB/s <tab> count <tab> median seconds. The file is read before timing starts.
let arguments = CommandLine.arguments
guard arguments.count >= 3 else {
    FileHandle.standardError.write(Data(
        "usage: vietcite-peers load|extract|normalize|tokenize|match|scan|nsregex|swiftregex FILE [RUNS]\n".utf8))
    exit(2)
}
let mode = arguments[1]
var bytes = BenchmarkCorpus.read(arguments[2])
let runs = arguments.count > 3 ? Int(arguments[3]) ?? 5 : 5
if mode == "swiftregex" {
    // Swift Regex runs at about 1 MB/s: measure the first 2 MB only.
    bytes = Array(bytes.prefix(2 << 20))
}
let source = SourceText(bytes: bytes)
let normalized = Normalizer().normalize(source)
let text = String(decoding: bytes, as: UTF8.self)

func measure(_ body: () -> Int) -> (Double, Int) {
    var times: [Double] = []
    var count = 0
    for _ in 0..<runs {
        let start = DispatchTime.now().uptimeNanoseconds
        count = body()
        times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    return (times.sorted()[times.count / 2], count)
}

let (seconds, count): (Double, Int)
switch mode {
case "load":
    (seconds, count) = measure { bytes.count }
case "extract":
    let extractor = CitationExtractor()
    (seconds, count) = measure { extractor.extract(from: source).citations.count }
case "normalize":
    let normalizer = Normalizer()
    (seconds, count) = measure { normalizer.normalize(source).bytes.count }
case "tokenize":
    (seconds, count) = measure { Tokenizer.tokens(in: normalized.bytes).count }
case "match":
    (seconds, count) = measure { Matcher.matches(in: normalized.bytes).count }
case "scan":
    // The floor: a scalar loop that looks at every byte (counts slashes).
    (seconds, count) = measure {
        bytes.withUnsafeBufferPointer { buffer in
            var slashes = 0
            for byte in buffer where byte == 0x2F { slashes += 1 }
            return slashes
        }
    }
case "nsregex":
    let regex = try NSRegularExpression(pattern: PeerPattern.numbered)
    (seconds, count) = measure { regex.numberOfMatches(in: text, range: NSRange(text.startIndex..., in: text)) }
case "swiftregex":
    let regex = try Regex(PeerPattern.numbered)
    (seconds, count) = measure { text.matches(of: regex).count }
default:
    FileHandle.standardError.write(Data("vietcite-peers: unknown mode \(mode)\n".utf8))
    exit(2)
}
let megabytesPerSecond = String(format: "%.1f", Double(bytes.count) / 1_048_576 / seconds)
print("\(mode)\t\(megabytesPerSecond)\t\(count)\t\(String(format: "%.4f", seconds))")
