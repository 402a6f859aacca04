import ArgumentParser
@_spi(Stages) import VietCite

/// `vietcite normalize`: a Unix filter printing the normalized text.
struct Normalize: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the normalized text of a file (NFC, clean spaces, dashes and lookalikes).",
        discussion: "With --explain, list each change with its original byte offset instead."
    )

    @Argument(help: "The file to read; - or nothing reads standard input.")
    var file: String = "-"

    @Flag(help: "List each change: source offset, original text and bytes, replacement.")
    var explain = false

    @Option(help: "Rewrite the tone placement of oa/oe/uy syllables: traditional (hòa) or modern (hoà).")
    var toneStyle: ToneStyle?

    func run() throws {
        let bytes: [UInt8]
        do {
            bytes = try InputFiles.read(file)
        } catch {
            InputFiles.warn(error.description)
            throw ExitCode(1)
        }
        let source = SourceText(bytes: bytes)
        let normalized = Normalizer(options: .init(toneStyle: toneStyle, repairsOCRDigits: true)).normalize(source)
        let out = OutputStream()
        if explain {
            let lines = SourceText.LineTable(source)
            // The map's edits, and the digits OCR wrote as letters (one byte for one, so not in the map).
            let repairs = normalized.repairedDigits.map { position in
                (source: normalized.sourceRange(of: position..<position + 1), output: position..<position + 1)
            }
            let edits = repairs.isEmpty ? normalized.map.edits
                : (normalized.map.edits + repairs).sorted { $0.source.lowerBound < $1.source.lowerBound }
            for edit in edits {
                out.write(Self.describe(edit, source: source, output: normalized, lines: lines))
                out.write("\n")
            }
        } else {
            out.write(normalized.bytes)
        }
        out.flush()
    }

    /// One `--explain` line: `offset line:column  "original" [hex] → "replacement"  (reason)`.
    static func describe(_ edit: (source: Range<Int>, output: Range<Int>), source: SourceText,
                         output: NormalizedText, lines: SourceText.LineTable) -> String {
        let original = Array(source.bytes[edit.source])
        let replacement = Array(output.bytes[edit.output])
        let hex = original.map { byte in
            let digits = String(byte, radix: 16, uppercase: true)
            return digits.count == 1 ? "0" + digits : digits
        }.joined(separator: " ")
        let location = lines.location(ofByte: edit.source.lowerBound)
        let shownOriginal = String(decoding: original, as: UTF8.self).unicodeScalars.map(Self.visible).joined()
        let shownReplacement = String(decoding: replacement, as: UTF8.self).unicodeScalars.map(Self.visible).joined()
        return "\(edit.source.lowerBound)\t\(location)\t\"\(shownOriginal)\" [\(hex)] → \"\(shownReplacement)\"\t"
            + EditReason(original: original, replacement: replacement).rawValue
    }

    /// Invisible and combining scalars written as `U+XXXX`.
    static func visible(_ scalar: Unicode.Scalar) -> String {
        let category = scalar.properties.generalCategory
        let invisible: Bool
        switch category {
        case .nonspacingMark, .format, .spaceSeparator, .control, .enclosingMark: invisible = true
        default: invisible = false
        }
        guard invisible && scalar != " " else { return String(scalar) }
        let digits = String(scalar.value, radix: 16, uppercase: true)
        return "<U+" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits + ">"
    }
}

extension ToneStyle: ExpressibleByArgument {}

/// Why the normalizer changed something, told from what it changed.
enum EditReason: String {
    case invalidUTF8 = "invalid UTF-8 → U+FFFD"
    case removed = "invisible character removed"
    case space = "space variant → space"
    case dash = "dash → hyphen-minus"
    case slash = "slash → solidus"
    case lookalike = "lookalike letter"
    case fullwidth = "fullwidth → ASCII"
    case composed = "composed (NFC)"
    case tone = "tone placement"
    case ocrDigit = "OCR letter → digit"

    init(original: [UInt8], replacement: [UInt8]) {
        let text = String(decoding: original, as: UTF8.self)
        let first = text.unicodeScalars.first?.value ?? 0
        if replacement == [0xEF, 0xBF, 0xBD] && text.unicodeScalars.contains("\u{FFFD}") {
            self = .invalidUTF8
        } else if original.count == 1 && replacement.count == 1 && (0x30...0x39).contains(replacement[0]) {
            self = .ocrDigit
        } else if replacement.isEmpty {
            self = .removed
        } else if replacement == [0x20] {
            self = .space
        } else if replacement == [0x2D] && first >= 0x2000 && first != 0xFF0D {
            self = .dash
        } else if first == 0x2044 || first == 0x2215 {
            self = .slash
        } else if (0xFF01...0xFF5E).contains(first) {
            self = .fullwidth
        } else if [0xD0, 0xF0, 0x189, 0x256, 0x1CD, 0x1CE].contains(first) || (0x400...0x4FF).contains(first) {
            self = .lookalike
        } else if text.unicodeScalars.count == String(decoding: replacement, as: UTF8.self).unicodeScalars.count
                    && text.unicodeScalars.count > 1 {
            self = .tone
        } else {
            self = .composed
        }
    }
}
